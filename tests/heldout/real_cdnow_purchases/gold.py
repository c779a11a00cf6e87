"""Gold answers for the CDNOW purchase-log batches: plain DuckDB SQL over the converted DATA.md files.

    python gold.py DATADIR batch1.yaml [--write]

DATADIR is what `python generate.py DATADIR` wrote. One small query per checked item (GOLD below); items listed in
STATUS_ONLY keep `status: ok` only (definition / why / journey-map questions whose wording no number can check),
and items with another status (unsupported, clarify) keep what the YAML says.

Conventions:
- a customer = a customer_id (23,570, every one acquired by a first-ever purchase in Jan..Mar 1997); an order /
  purchase / transaction = one purchase record (orders.csv row; several records can share a customer and a date);
  revenue / sales = sum of `amount` (USD) over the orders in the period (there are no cancellations or returns in
  the source, so every record counts); CDs sold = sum of `cds`; average order value = revenue / orders;
- a customer's purchase days are the distinct dates with a record; the first purchase day is the acquisition
  (customers.signup_at); a *repeat* purchase is a record on a later date than the first purchase day; the repeat
  rate = customers with a second purchase day / customers (of the cohort); "came back within N days" = second
  purchase day - first purchase day <= N days; days between purchases are calendar-day differences;
- the funnel is the journey repeat_purchase (first purchase -> second purchase -> third purchase, window 546
  days) under DATA.md's rule, computed on events: step k is reached by an event at step k's touchpoint strictly
  after the time step k-1 was reached, within 546 days of the first step-1 event; a cohort funnel takes the
  customers whose first purchase is in the period and follows them to the end of the log (30 June 1998).
  Lost at step k = reached k but not k+1;
- "customers who bought in a period" = distinct customers with at least one record dated in it; a week runs
  Monday to Sunday; "last week", "yesterday", "last month", "last quarter", "last year" resolve against the
  item's `as_of` (the as_of day itself is not in "last ..." periods);
- the log has dates only (no time of day), no products / artists, no channels, devices, demographics, returns,
  carts or feedback: questions about them must be refused;
- rates are fractions (tolerance 0.01); counts have tolerance 0.5; revenue totals USD tolerance 1; order-sized
  amounts (AOV, a single order) tolerance 0.05; CDs per order 0.01; days 0.5.
"Top" items are checked for ties: a tied first place makes the script fail, so every gold entity is unambiguous.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml

FIRST, END = "1997-01-01", "1998-07-01"  # covers every date of the log, end exclusive
WINDOW = 546
Q = {"97Q1": ("1997-01-01", "1997-04-01"), "97Q2": ("1997-04-01", "1997-07-01"),
     "97Q3": ("1997-07-01", "1997-10-01"), "97Q4": ("1997-10-01", "1998-01-01"),
     "98Q1": ("1998-01-01", "1998-04-01"), "98Q2": ("1998-04-01", "1998-07-01")}
Y97, H1_98, H2_97 = ("1997-01-01", "1998-01-01"), ("1998-01-01", "1998-07-01"), ("1997-07-01", "1998-01-01")
JAN97, FEB97, MAR97 = ("1997-01-01", "1997-02-01"), ("1997-02-01", "1997-03-01"), ("1997-03-01", "1997-04-01")


def orders(a: str = FIRST, b: str = END, where: str = "TRUE") -> str:
    """Orders dated in [a, b) with the extra condition."""
    return f"(SELECT * FROM o WHERE ts >= DATE '{a}' AND ts < DATE '{b}' AND ({where}))"


def agg(expr: str, **kw: str) -> str:
    return f"SELECT {expr} FROM {orders(**kw)}"


def buyers(a: str, b: str) -> str:
    return agg("count(DISTINCT customer_id)", a=a, b=b)


def cohort(a: str = FIRST, b: str = END) -> str:
    """Customers whose first purchase (signup_at) is in [a, b)."""
    return f"(SELECT * FROM c WHERE f >= DATE '{a}' AND f < DATE '{b}')"


# one row per customer: first / second / third purchase day, number of purchase days, spend
CUST = ("(SELECT customer_id, min(ts) FILTER (WHERE k = 1) AS d1, min(ts) FILTER (WHERE k = 2) AS d2, "
        "max(k) AS days, sum(amount) AS spend FROM o GROUP BY 1)")
GAP = f"(SELECT datediff('day', d1, d2) AS g FROM {CUST} WHERE d2 IS NOT NULL)"


def funnel(a: str = FIRST, b: str = END) -> str:
    """One row per customer whose first tp_first_purchase event is in [a, b); s1..s3 = when each step was reached."""
    return (f"(WITH f1 AS (SELECT customer_id, min(ts) AS s1 FROM e WHERE touchpoint_id = 'tp_first_purchase' "
            f"GROUP BY 1 HAVING min(ts) >= DATE '{a}' AND min(ts) < DATE '{b}'), "
            f"f2 AS (SELECT f1.*, (SELECT min(x.ts) FROM e x WHERE x.customer_id = f1.customer_id AND "
            f"x.touchpoint_id = 'tp_second_purchase' AND x.ts > f1.s1 AND x.ts <= f1.s1 + INTERVAL {WINDOW} DAY) "
            f"AS s2 FROM f1), "
            f"f3 AS (SELECT f2.*, (SELECT min(x.ts) FROM e x WHERE x.customer_id = f2.customer_id AND "
            f"x.touchpoint_id = 'tp_repeat_purchase' AND x.ts > f2.s2 AND x.ts <= f2.s1 + INTERVAL {WINDOW} DAY) "
            f"AS s3 FROM f2) SELECT * FROM f3)")


def lost_top() -> str:
    return (f"WITH F AS {funnel()} SELECT * FROM (SELECT 'tp_first_purchase' AS k, count(s1) - count(s2) AS v FROM F "
            f"UNION ALL SELECT 'tp_second_purchase', count(s2) - count(s3) FROM F) ORDER BY v DESC, k LIMIT 2")


def top(col: str, src: str, agg_: str = "count(*)") -> str:
    return f"SELECT {col} AS k, {agg_} AS v FROM {src} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 2"


def rev(p: tuple[str, str]) -> str:
    return f"({agg('sum(amount)', a=p[0], b=p[1])})"


# id -> (kind, sql, tolerance). kind: value | top (entity) | top_value (entity and its value) | top_value_only
GOLD: dict[str, tuple[str, str, object]] = {
    "cn01": ("value", "SELECT count(*) FROM c", 0.5),
    "cn02": ("value", agg("count(*)"), 0.5),
    "cn03": ("value", agg("sum(amount)"), 1.0),
    "cn04": ("value", agg("sum(amount)", a=Y97[0], b=Y97[1]), 1.0),
    "cn05": ("value", agg("sum(amount)", a=H1_98[0], b=H1_98[1]), 1.0),
    "cn06": ("value", agg("avg(amount)"), 0.05),
    "cn07": ("value", agg("avg(cds)"), 0.01),
    "cn08": ("value", agg("sum(cds)", a=Q["97Q4"][0], b=Q["97Q4"][1]), 0.5),
    "cn09": ("value", agg("sum(amount) / sum(cds)"), 0.05),
    "cn10": ("value", f"SELECT count(*) FROM {cohort(*MAR97)}", 0.5),
    "cn11": ("value", f"SELECT count(*) FROM {cohort(*FEB97)}", 0.5),
    "cn12": ("value", agg("max(amount)"), 0.05),
    "cn13": ("value", agg("count(*)", where="amount = 0"), 0.5),
    "cn14": ("value", agg("count(*)", where="amount >= 100"), 0.5),
    "cn15": ("top_value_only", top("strftime(ts, '%Y-%m')", orders(), "sum(amount)"), 1.0),
    "cn16": ("top_value_only", top("strftime(ts, '%Y-%m')", orders(), "sum(cds)"), 0.5),
    "cn17": ("top_value_only", top("dayname(ts)", orders()), 0.5),
    "cn18": ("top_value_only", top("ts", orders()), 0.5),
    "cn19": ("top_value", top("customer_id", orders(), "sum(amount)"), 1.0),
    "cn20": ("top_value_only", top("strftime(f, '%Y-%m')", "c"), 0.5),
    "cn21": ("top_value", lost_top(), 0.5),
    "cn22": ("value", f"SELECT count(s2) / count(*) FROM {funnel()}", 0.01),
    "cn23": ("value", f"SELECT count(s3) / count(s2) FROM {funnel()}", 0.01),
    # share of ALL customers whose second purchase day is within 90 days of the first (no second day = not)
    "cn24": ("value", f"SELECT count(*) FILTER (WHERE datediff('day', d1, d2) <= 90) / count(*) FROM {CUST}", 0.01),
    "cn25": ("value", f"SELECT median(g) FROM {GAP}", 0.5),
    "cn26": ("value", f"SELECT avg(g) FROM {GAP}", 0.5),
    "cn27": ("value", f"SELECT count(s2) / count(*) FROM {funnel(*FEB97)}", 0.01),
    "cn28": ("value", f"SELECT count(s2) / count(*) FROM {funnel(*JAN97)}", 0.01),
    "cn29": ("value", f"SELECT avg((days = 1)::INT) FROM {CUST}", 0.01),
    "cn30": ("value", f"SELECT count(*) FROM {CUST} WHERE days >= 10", 0.5),
    "cn31": ("value", f"SELECT count(s3) / count(*) FROM {funnel()}", 0.01),
    "cn32": ("value", f"SELECT count(s3) FROM {funnel(*MAR97)}", 0.5),
    "cn33": ("value", f"SELECT {rev(Q['98Q1'])} / {rev(Q['97Q1'])} - 1", 0.01),
    "cn34": ("value", f"SELECT ({buyers('1997-11-01', '1997-12-01')}) - ({buyers('1997-12-01', '1998-01-01')})", 0.5),
    "cn35": ("value", buyers("1998-06-01", "1998-07-01"), 0.5),
    "cn36": ("value", buyers("1998-01-01", "1998-02-01"), 0.5),
    "cn37": ("value", buyers(*H1_98), 0.5),
    "cn38": ("value", f"SELECT ({buyers(*H1_98)}) / (SELECT count(*) FROM c)", 0.01),
    "cn39": ("value", agg("sum(amount)", a=H2_97[0], b=H2_97[1]), 1.0),
    "cn40": ("top_value_only", top("strftime(ts, '%Y-%m')", orders(*H1_98), "sum(amount)"), 1.0),
    "cn41": ("value", f"SELECT {rev(('1998-03-01', '1998-04-01'))} / {rev(('1998-02-01', '1998-03-01'))} - 1", 0.01),
    "cn42": ("value", agg("sum(amount) FILTER (WHERE k > 1) / sum(amount)"), 0.01),
    "cn43": ("value", agg("avg(amount) FILTER (WHERE k > 1) - avg(amount) FILTER (WHERE k = 1)"), 0.05),
    "cn44": ("value", f"SELECT avg(spend) FROM {CUST}", 0.1),
    "cn45": ("value", f"SELECT median(spend) FROM {CUST}", 0.1),
    "cn46": ("value", agg("avg(cds)", a=H1_98[0], b=H1_98[1]), 0.01),
    "cn47": ("value", agg("count(*)", a=Q["97Q2"][0], b=Q["97Q2"][1]), 0.5),
    "cn48": ("value", agg("count(*)", a=Q["97Q3"][0], b=Q["97Q3"][1]), 0.5),
    "cn49": ("value", agg("count(*)", a="1997-03-10", b="1997-03-17"), 0.5),
    "cn50": ("value", agg("sum(amount)", a="1997-12-08", b="1997-12-15"), 1.0),
    # as_of 1998-07-01: last month = June 1998
    "cn51": ("value", agg("sum(amount)", a="1998-06-01", b="1998-07-01"), 1.0),
    # as_of 1998-07-01: last quarter = Q2 1998
    "cn52": ("value", buyers(*Q["98Q2"]), 0.5),
    # as_of 1997-03-02: yesterday = 1997-03-01
    "cn53": ("value", agg("count(*)", a="1997-03-01", b="1997-03-02"), 0.5),
    # as_of Mon 1998-04-06: last week = Mon 1998-03-30 .. Sun 1998-04-05
    "cn54": ("value", agg("count(*)", a="1998-03-30", b="1998-04-06"), 0.5),
    # as_of 1998-02-10: last year's Q4 = Q4 1997
    "cn55": ("value", agg("count(*)", a=Q["97Q4"][0], b=Q["97Q4"][1]), 0.5),
    "cn56": ("value", f"SELECT count(DISTINCT customer_id) FROM {orders(*H1_98)} WHERE customer_id IN "
                      f"(SELECT customer_id FROM {cohort(*JAN97)})", 0.5),
    "cn57": ("value", agg("avg((k = 1)::INT)"), 0.01),
    "cn76": ("top_value", top("touchpoint_id", "e", "sum(amount)"), 1.0),
    "cn77": ("value", agg("sum(amount)", where="k = 2"), 1.0),
}
STATUS_ONLY = {"cn58", "cn59", "cn60", "cn61"}


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"CREATE VIEW o AS SELECT order_id, customer_id, ts::DATE AS ts, amount::DOUBLE AS amount, "
                f"cds::INTEGER AS cds, purchase_day_no::INTEGER AS k "
                f"FROM read_csv('{datadir / 'orders.csv'}', header=true, all_varchar=true)")
    con.execute(f"CREATE VIEW e AS SELECT event_id, customer_id, ts::DATE AS ts, touchpoint_id, amount::DOUBLE AS amount "
                f"FROM read_csv('{datadir / 'events.csv'}', header=true, all_varchar=true)")
    con.execute(f"CREATE VIEW c AS SELECT customer_id, signup_at::DATE AS f, first_purchase_month AS m "
                f"FROM read_csv('{datadir / 'customers.csv'}', header=true, all_varchar=true)")
    return con


def compute(con: duckdb.DuckDBPyConnection, item_id: str) -> dict:
    kind, sql, tol = GOLD[item_id]
    rows = con.execute(sql).fetchall()
    expect: dict = {"status": "ok"}
    row = rows[0]
    if kind == "value":
        v = round(float(row[0]), 4)
    else:
        if len(rows) > 1 and rows[1][1] == row[1]:
            raise SystemExit(f"{item_id}: tied first place {rows} — the question has no single answer")
        v = round(float(row[1]), 4)
        if kind in ("top", "top_value"):
            expect["top_entity"] = str(row[0])
        if kind == "top":
            return expect
    expect.update(value=v, tolerance=tol)
    return expect


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("datadir", type=Path)
    ap.add_argument("batch", type=Path)
    ap.add_argument("--write", action="store_true", help="write the computed expect into the YAML")
    args = ap.parse_args()
    con = connect(args.datadir)
    text = args.batch.read_text(encoding="utf-8")
    items = yaml.safe_load(text)
    ids = [i["id"] for i in items]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate ids")
    missing = [i["id"] for i in items if i["expect"].get("status") == "ok"
               and i["id"] not in GOLD and i["id"] not in STATUS_ONLY]
    if missing:
        raise SystemExit(f"answerable items without a gold query: {missing}")
    stray = [k for k in GOLD if k not in ids]
    if stray:
        raise SystemExit(f"gold queries without an item: {stray}")
    for item in items:
        if item["id"] in GOLD:
            if item["expect"].get("status") != "ok":
                raise SystemExit(f"{item['id']} has a gold query but status {item['expect'].get('status')}")
            item["expect"] = compute(con, item["id"])
        print(item["id"], item["lang"], item.get("as_of", ""), item["question"][:70], item["expect"])
    if args.write:
        header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
        body = yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=200)
        args.batch.write_text(header + body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
