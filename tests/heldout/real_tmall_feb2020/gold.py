"""Gold answers for the Tmall February-2020 order-report batches: plain DuckDB SQL over the converted DATA.md files.

    python gold.py DATADIR batch1.yaml [--write]

DATADIR is what `python generate.py DATADIR` wrote (only orders.csv is read: every number here is about orders).
One small query per checked item (GOLD below); items in STATUS_ONLY keep `status: ok` only (definition / why /
journey-map / trend questions whose wording no single number can check); items with another status (unsupported,
clarify) keep what the YAML says.

Conventions:
- an order = one row of orders.csv (28,010). The report has no buyer id: each order is its own customer, so
  "buyers" = orders and 客单价 = average order value;
- an order belongs to the day / week / period of its creation time `ts` (订单创建时间), also for its payment and
  refund (the source has no refund time); a week runs Monday to Sunday; "yesterday", "last week", "last month"
  resolve against the item's `as_of` (the as_of day itself is not in "last ..." periods);
- placed / created orders = all orders; a paid order = one with a payment time (`paid_at`; status paid, refunded
  or partially_refunded; 24,087); unpaid = no payment time (status cancelled; 3,923);
- order-to-payment conversion (付款转化率) = paid orders / orders placed, over the orders placed in the period
  (the journey order_to_payment under DATA.md's rule gives the same: every payment is within 1 day of its order);
  orders lost between placing and paying = orders placed - paid orders;
- payment lag = paid_at - ts over paid orders (seconds, or minutes = seconds / 60); "within 1 minute" = <= 60 s;
- a refund order = refund_amount > 0 (full refund: paid_amount = 0, status refunded; partial: both > 0);
  refund rate = refund orders / paid orders unless the question says "of all orders placed";
- money in yuan: 下单金额 / GMV incl. unpaid = sum(amount) over all orders; paid GMV / 成交额 / 成交金额 =
  sum(amount) over paid orders (refunds not deducted); actually paid / net of refunds / 实付 = sum(paid_amount);
  refunded money = sum(refund_amount); AOV of paid orders = paid GMV / paid orders; "over 100 yuan" = amount > 100
  (no order is exactly 100), ">= 1000" as written;
- provinces are the delivery province (`province` = customers.region) verbatim as published (上海, 广东省,
  广西壮族自治区, ...); a ranking "among provinces with at least N (paid) orders" applies that floor;
- growth "by how much / 增长了百分之多少" = later / earlier - 1 as a fraction;
- rates are fractions (tolerance 0.01); counts tolerance 0.5; money totals tolerance 1 yuan; averages and medians of
  money 0.05 (0.5 for the median), minutes 0.02 / 0.05, seconds 0.5.
Rankings check the winning entity (raw province value) and its value; rankings over days / hours / weekdays check
the winning value only (how a day or hour is written varies). The script refuses a tied first place.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml

PAID = "paid_at IS NOT NULL"
REF = "refund_amount > 0"
LAG = "epoch(paid_at - ts)"


def agg(expr: str, a: str = "2020-02-01", b: str = "2020-03-01", where: str = "TRUE") -> str:
    """One aggregate over the orders placed in [a, b)."""
    return f"SELECT {expr} FROM o WHERE ts >= TIMESTAMP '{a}' AND ts < TIMESTAMP '{b}' AND {where}"


def top(key: str, expr: str, having: str = "TRUE", where: str = "TRUE", asc: bool = False) -> str:
    return (f"SELECT {key} AS k, {expr} AS v FROM o WHERE {where} GROUP BY 1 HAVING {having} "
            f"ORDER BY v {'ASC' if asc else 'DESC'}, k LIMIT 2")


def prov(expr: str, name: str) -> str:
    return f"SELECT {expr} FROM o WHERE province = '{name}'"


CONV = f"count(*) FILTER (WHERE {PAID}) / count(*)"
RR = f"count(*) FILTER (WHERE {REF}) / count(*) FILTER (WHERE {PAID})"
PGMV = f"sum(amount) FILTER (WHERE {PAID})"

GOLD: dict[str, tuple[str, str, float]] = {
    "tf01": ("value", agg("count(*)"), 0.5),
    "tf02": ("value", agg("count(*)", where=PAID), 0.5),
    "tf03": ("value", agg(CONV), 0.01),
    "tf04": ("value", agg("count(*)", where="paid_at IS NULL"), 0.5),
    "tf05": ("value", agg(f"median({LAG})", where=PAID), 0.5),
    "tf06": ("value", agg(f"median({LAG}) / 60", where=PAID), 0.02),
    "tf07": ("value", agg(f"avg({LAG}) / 60", where=PAID), 0.05),
    "tf08": ("value", agg(f"avg(({LAG} <= 60)::INT)", where=PAID), 0.01),
    "tf09": ("value", agg("count(*)", where=f"{PAID} AND {LAG} > 3600"), 0.5),
    "tf10": ("value", agg(RR), 0.01),
    "tf11": ("value", agg(f"avg(({REF})::INT)"), 0.01),
    "tf12": ("value", agg("sum(refund_amount)"), 1.0),
    "tf13": ("value", agg("count(*)", where=f"{REF} AND paid_amount = 0"), 0.5),
    "tf14": ("value", agg("count(*)", where=f"{REF} AND paid_amount > 0"), 0.5),
    "tf15": ("top_value", top("province", RR, having=f"count(*) FILTER (WHERE {PAID}) >= 50"), 0.01),
    "tf16": ("value", prov(RR, "新疆维吾尔自治区"), 0.01),
    "tf17": ("top_value", top("province", RR, having=f"count(*) FILTER (WHERE {PAID}) >= 500"), 0.01),
    "tf18": ("value", prov(RR, "上海"), 0.01),
    "tf19": ("value", prov(RR, "广东省"), 0.01),
    "tf20": ("top_value", top("province", "count(*)", where=PAID), 0.5),
    "tf21": ("top_value", top("province", "count(*)", where=f"{PAID} AND province <> '上海'"), 0.5),
    "tf22": ("top_value", top("province", PGMV), 1.0),
    "tf23": ("value", prov(PGMV, "北京"), 1.0),
    "tf24": ("top_value", top("province", CONV, having="count(*) >= 100", asc=True), 0.01),
    "tf25": ("top_value", top("province", CONV, having="count(*) >= 100"), 0.01),
    "tf26": ("value", agg("avg(amount)", where=PAID), 0.05),
    "tf27": ("value", agg("median(amount)", where=PAID), 0.5),
    "tf28": ("top_value", top("province", f"avg(amount) FILTER (WHERE {PAID})",
                              having=f"count(*) FILTER (WHERE {PAID}) >= 100"), 0.05),
    "tf29": ("value", agg("count(*)", where=f"{PAID} AND amount > 100"), 0.5),
    "tf30": ("value", agg("avg((amount > 100)::INT)"), 0.01),
    "tf31": ("value", agg("count(*)", where=f"{PAID} AND amount >= 1000"), 0.5),
    "tf32": ("value", agg(PGMV), 1.0),
    "tf33": ("value", agg("sum(paid_amount)"), 1.0),
    "tf34": ("value", agg("sum(amount)"), 1.0),
    "tf35": ("top_value_only", top("ts::DATE", PGMV), 1.0),
    "tf36": ("top_value_only", top("ts::DATE", "sum(amount)"), 1.0),
    "tf38": ("top_value_only", top("ts::DATE", "count(*)"), 0.5),
    "tf39": ("value", agg("count(*)", a="2020-02-10", b="2020-02-17"), 0.5),
    "tf40": ("value", agg("count(*)", a="2020-02-17", b="2020-02-24"), 0.5),
    "tf42": ("value", agg(RR, a="2020-02-01", b="2020-02-10"), 0.01),
    "tf43": ("value", agg(RR, a="2020-02-17", b="2020-03-01"), 0.01),
    "tf45": ("value", f"SELECT ({agg('count(*)', a='2020-02-16', b='2020-03-01', where=PAID)}) / "
                      f"({agg('count(*)', a='2020-02-01', b='2020-02-16', where=PAID)}) - 1", 0.05),
    "tf46": ("value", f"SELECT ({agg(PGMV, a='2020-02-24', b='2020-03-02')}) / "
                      f"({agg(PGMV, a='2020-02-17', b='2020-02-24')}) - 1", 0.01),
    # as_of Mon 2020-03-02: last week = Mon 02-24 .. Sun 03-01
    "tf47": ("value", agg("count(*)", a="2020-02-24", b="2020-03-02"), 0.5),
    # as_of 2020-02-26: yesterday = 02-25
    "tf48": ("value", agg("count(*)", a="2020-02-25", b="2020-02-26", where=PAID), 0.5),
    "tf49": ("value", agg(CONV, a="2020-02-25", b="2020-02-26"), 0.01),
    # as_of 2020-03-10: last month = February 2020
    "tf50": ("value", agg("count(*)", where=REF), 0.5),
    # as_of Sat 2020-02-29: last week = Mon 02-17 .. Sun 02-23
    "tf51": ("value", agg(PGMV, a="2020-02-17", b="2020-02-24"), 1.0),
    "tf52": ("top_value_only", top("hour(ts)", "count(*)"), 0.5),
    "tf53": ("top_value_only", top("dayname(ts)", "count(*)"), 0.5),
    "tf54": ("value", prov("count(*)", "湖北省"), 0.5),
    "tf55": ("value", "SELECT count(DISTINCT province) FROM o", 0.5),
    "tf56": ("value", prov("sum(paid_amount)", "上海"), 1.0),
    "tf57": ("top_value", top("province", "count(*)", where=REF), 0.5),
    "tf58": ("value", prov(CONV, "广东省"), 0.01),
    "tf59": ("value", prov(CONV, "浙江省"), 0.01),
    "tf60": ("value", agg(RR, where="amount > 100"), 0.01),
    "tf61": ("value", agg(RR, where="amount <= 100"), 0.01),
    "tf65": ("top", "SELECT 'tp_order_created', 1", 0.0),  # the only step orders are lost from (placed, not paid)
    "tf67": ("value", agg(PGMV, a="2020-02-03", b="2020-02-10"), 1.0),
}
STATUS_ONLY = {"tf37", "tf41", "tf44", "tf62", "tf63", "tf64", "tf66"}


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"CREATE VIEW o AS SELECT order_id, ts::TIMESTAMP AS ts, amount::DOUBLE AS amount, status, province, "
                f"nullif(paid_at, '')::TIMESTAMP AS paid_at, paid_amount::DOUBLE AS paid_amount, "
                f"refund_amount::DOUBLE AS refund_amount "
                f"FROM read_csv('{datadir / 'orders.csv'}', header=true, all_varchar=true)")
    n, = con.execute("SELECT count(*) FROM o WHERE (paid_at IS NULL) <> (status = 'cancelled')").fetchone()
    if n:
        raise SystemExit(f"{n} orders whose status disagrees with paid_at")
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
        print(item["id"], item["lang"], item.get("as_of", ""), item["question"][:60], item["expect"])
    if args.write:
        header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
        body = yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=200)
        args.batch.write_text(header + body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
