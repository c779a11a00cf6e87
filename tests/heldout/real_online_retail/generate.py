"""Convert the UCI "Online Retail" transactions (a UK online gift-ware wholesaler, 2010-12-01 .. 2011-12-09) into a
DATA.md dataset folder.

    python generate.py OUTDIR [--raw DIR]

Raw input: `online_retail.csv` (541,909 invoice lines, written by extract_rda.py from the pinned .rda) in --raw DIR,
else $ONLINE_RETAIL_RAW, else /work/raw/online_retail/, else raw/ beside this file. When only the pinned
`transaction_data_all.rda` is there (or only the local git mirror of GitHub maxleungtszchun/customerAnalytics,
$HELDOUT_MIRRORS, default /work/.mirror), the CSV is first extracted from it (about 10 s, once).

Deterministic, no sampling, nothing random (the numpy seed below is fixed but unused: every row is real).
- orders: one per invoice that carries a CustomerID (22,190 = 18,536 sales invoices + 3,654 credit notes "C...").
  order_id = InvoiceNo; ts = the invoice's earliest line time; amount = |sum(Quantity x UnitPrice)| in GBP rounded to
  pence (postage, manual and discount lines included, as invoiced); status = paid for a sales invoice, cancelled for a
  credit note (InvoiceNo starting with C: the release calls them cancellations). Extras: country, lines, units,
  products, order_no (1, 2, 3, ... the customer's n-th sales invoice in the data; empty for credit notes).
- events: one per order, same id; touchpoint by order_no (first / second / third-or-later order) or the cancellation
  touchpoint for a credit note; action purchase / cancel; extras amount, country, units.
- customers: one per CustomerID (4,372); region = the country on the customer's latest invoice (8 customers have two);
  extras first_order_at (earliest sales invoice in the data, empty for the 33 customers with credit notes only),
  orders (sales invoices).
- touchpoints (4), journeys (1: first -> second -> third order, window 400 days = the whole log).
Dropped: the 3,710 invoices without a CustomerID (guest / unregistered; 135,080 lines, GBP 1.45M), and the line
items themselves (products, stock codes, unit prices) beyond the per-invoice counts above. No feedback, no experiments.
"""
import argparse
import hashlib
import os
import pathlib
import subprocess
import sys

import duckdb
import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
REPO = "maxleungtszchun/customerAnalytics"
COMMIT = "30ec77c1199254a3b38fa7d292172d3e87bd64cb"
RDA_PATH = "data/transaction_data_all.rda"
CSV_MD5 = "ef960d2dbf331cbf8d77392bb0ed5e70"
RNG = np.random.default_rng(20111209)  # fixed; nothing is sampled

TOUCHPOINTS = [
    # id, name, name_zh, name_en, stage, channel, kind, owner, aliases
    ("tp_first_order", "First order", "首次下单", "First order", "purchase", "web", "digital", "sales",
     "首单|第一单|首购|新客下单|first purchase|first invoice|new customer order"),
    ("tp_second_order", "Second order", "第二次下单（首次复购）", "Second order (first repeat)", "loyalty", "web", "digital", "account management",
     "复购|回购|二次购买|第二单|second purchase|repeat order|reorder|came back"),
    ("tp_repeat_order", "Third or later order", "第三次及以后下单", "Third or later order", "loyalty", "web", "digital", "account management",
     "多次复购|老客订单|第三单|third order|loyal customer order|regular reorder"),
    ("tp_cancellation", "Cancellation (credit note)", "取消 / 红字发票", "Cancellation (credit note)", "service", "web", "digital", "customer service",
     "取消订单|退单|退货|红冲|冲销|credit note|cancelled invoice|cancellation|refund"),
]


def find_csv(raw_arg):
    cands = [raw_arg, os.environ.get("ONLINE_RETAIL_RAW"), "/work/raw/online_retail", str(HERE / "raw")]
    for d in [c for c in cands if c]:
        p = pathlib.Path(d)
        if (p / "online_retail.csv").exists():
            return p / "online_retail.csv"
        if (p / "transaction_data_all.rda").exists():
            return extract(p / "transaction_data_all.rda", p / "online_retail.csv")
    mirror = pathlib.Path(os.environ.get("HELDOUT_MIRRORS", "/work/.mirror")) / REPO.replace("/", "+") / "repo"
    if mirror.exists():
        out = HERE / "raw"
        out.mkdir(exist_ok=True)
        rda = out / "transaction_data_all.rda"
        rda.write_bytes(subprocess.run(["git", "-C", str(mirror), "show", f"{COMMIT}:{RDA_PATH}"],
                                       check=True, capture_output=True).stdout)
        return extract(rda, out / "online_retail.csv")
    sys.exit("online_retail.csv not found: pass --raw DIR (see README.md, Provenance)")


def extract(rda, csv):
    sys.path.insert(0, str(HERE))
    import extract_rda
    extract_rda.main(str(rda), str(csv))
    return csv


def md5(path):
    h = hashlib.md5()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--raw")
    a = ap.parse_args()
    csv = find_csv(a.raw)
    if md5(csv) != CSV_MD5:
        sys.exit(f"{csv}: MD5 differs from {CSV_MD5}; not the pinned extraction")
    out = pathlib.Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    con.execute("SET threads=2")
    con.execute(f"""
        CREATE TABLE line AS SELECT InvoiceNo AS inv, StockCode AS sc, CAST(Quantity AS INTEGER) AS q,
               CAST(InvoiceDate AS TIMESTAMP) AS ts, CAST(UnitPrice AS DECIMAL(18,3)) AS p,
               NULLIF(CustomerID, '') AS cid, Country AS country
        FROM read_csv('{csv}', header=true, all_varchar=true)""")
    n = con.execute("SELECT count(*), count(DISTINCT inv), count(DISTINCT cid) FROM line").fetchone()
    assert n == (541909, 25900, 4372), n
    # one row per invoice with a customer (no invoice mixes customers or countries)
    con.execute("""
        CREATE TABLE inv AS
        SELECT inv, any_value(cid) AS cid, min(ts) AS ts, any_value(country) AS country,
               starts_with(inv, 'C') AS credit, count(*) AS lines, sum(abs(q)) AS units,
               count(DISTINCT sc) AS products, round(abs(sum(q * p)), 2) AS amount,
               count(DISTINCT cid) AS ncid, count(DISTINCT country) AS nco
        FROM line WHERE cid IS NOT NULL GROUP BY inv""")
    assert con.execute("SELECT max(ncid), max(nco), count(*) FROM inv").fetchone() == (1, 1, 22190)
    con.execute("""
        CREATE TABLE o AS
        SELECT i.*, CASE WHEN credit THEN NULL ELSE row_number() OVER (PARTITION BY cid, credit ORDER BY ts, inv) END AS order_no
        FROM inv i""")
    con.execute("""
        COPY (SELECT inv AS order_id, cid AS customer_id, strftime(ts, '%Y-%m-%dT%H:%M:%S') AS ts,
                     printf('%.2f', amount) AS amount, CASE WHEN credit THEN 'cancelled' ELSE 'paid' END AS status,
                     'web' AS channel, country, lines, units, products, order_no
              FROM o ORDER BY ts, inv) TO '{}' (HEADER, DELIMITER ',')""".format(out / "orders.csv"))
    con.execute("""
        COPY (SELECT inv AS event_id, cid AS customer_id, strftime(ts, '%Y-%m-%dT%H:%M:%S') AS ts,
                     CASE WHEN credit THEN 'tp_cancellation' WHEN order_no = 1 THEN 'tp_first_order'
                          WHEN order_no = 2 THEN 'tp_second_order' ELSE 'tp_repeat_order' END AS touchpoint_id,
                     CASE WHEN credit THEN 'cancel' ELSE 'purchase' END AS action, 'web' AS channel,
                     printf('%.2f', amount) AS amount, country, units
              FROM o ORDER BY ts, inv) TO '{}' (HEADER, DELIMITER ',')""".format(out / "events.csv"))
    con.execute("""
        COPY (SELECT cid AS customer_id, arg_max(country, ts ORDER BY ts) AS region,
                     strftime(min(ts) FILTER (WHERE NOT credit), '%Y-%m-%dT%H:%M:%S') AS first_order_at,
                     count(*) FILTER (WHERE NOT credit) AS orders
              FROM o GROUP BY cid ORDER BY cid) TO '{}' (HEADER, DELIMITER ',')""".format(out / "customers.csv"))
    con.execute("CREATE TABLE tp (touchpoint_id VARCHAR, name VARCHAR, name_zh VARCHAR, name_en VARCHAR, stage VARCHAR, "
                "channel VARCHAR, kind VARCHAR, owner VARCHAR, aliases VARCHAR)")
    con.executemany("INSERT INTO tp VALUES (?,?,?,?,?,?,?,?,?)", TOUCHPOINTS)
    con.execute(f"COPY tp TO '{out / 'touchpoints.csv'}' (HEADER, DELIMITER ',')")
    con.execute("""COPY (SELECT * FROM (VALUES
        ('repeat_order', '复购旅程 / Repeat order journey', '复购旅程', 'Repeat order journey', 1, 'tp_first_order', 400),
        ('repeat_order', '复购旅程 / Repeat order journey', '复购旅程', 'Repeat order journey', 2, 'tp_second_order', 400),
        ('repeat_order', '复购旅程 / Repeat order journey', '复购旅程', 'Repeat order journey', 3, 'tp_repeat_order', 400))
        t(journey_id, journey_name, journey_name_zh, journey_name_en, step, touchpoint_id, window_days))
        TO '{}' (HEADER, DELIMITER ',')""".format(out / "journeys.csv"))
    for f in sorted(out.glob("*.csv")):
        print(f.name, sum(1 for _ in open(f, encoding="utf-8")) - 1)


if __name__ == "__main__":
    main()
