"""Gold answers for the Online Retail batches: plain DuckDB SQL over the converted DATA.md files.

    python gold.py DATADIR batch1.yaml [--write]

DATADIR is what `python generate.py DATADIR` wrote. One small query per checked item (GOLD below); items listed in
STATUS_ONLY keep `status: ok` only (definition / why / journey-map questions whose wording no number can check),
and items with another status (unsupported, clarify) keep what the YAML says.

Conventions:
- a customer = a customer_id (4,372 registered customers; invoices without a CustomerID were dropped by generate.py);
  an order = one invoice (orders.csv row). A *sales* order has status paid (18,536); a *cancellation* is a credit
  note, status cancelled (3,654), dated when it was issued, with `amount` = the credited value as a positive number.
  "All orders" / "全部订单" counts both; "excluding / not counting cancellations" counts paid rows only;
- sales / revenue (销售额) = sum of `amount` over paid orders in the period (GBP, before credit notes: the questions
  say "before cancellations" / "不扣取消" where it matters); net sales = paid minus cancelled amounts; average order
  value = sales / paid orders; units = sum of `units`; a country is the invoice's `country` (orders.csv), and
  "customers in Germany" counts customers.region (the country on the customer's latest invoice);
- the cancellation rate = cancelled orders / all orders (paid + cancelled) in the scope the question names;
- customers who ordered in a period = distinct customers with a paid order in it; a *new* customer of a period =
  one whose first paid order in the data (customers.first_order_at) falls in it (the log starts 2010-12-01, so
  "new" means new to the data);
- the k-th order of a customer is the k-th paid order by time (orders.order_no); "placed at least two orders" counts
  customers with order_no 2; the repeat rate = customers with a second order / customers with a first order; the
  funnel is the journey repeat_order (first -> second -> third-or-later order, window 400 days) under DATA.md's rule
  on events: step k is reached by an event at step k's touchpoint strictly after the time step k-1 was reached,
  within 400 days of the first step-1 event (14 customers' second invoice carries the same minute as their first,
  so the strict funnel is up to 14 lower than the plain count; rate tolerances cover it); a cohort funnel takes
  the customers whose first order is in the period and follows them to the end of the log (2011-12-09). Lost at
  step k = reached k but not k+1;
- days between orders are calendar-day differences of the order dates; "came back on a later day" = a paid order
  dated after the date of the first paid order;
- a week runs Monday to Sunday; "last week", "yesterday", "last month", "last quarter" resolve against the item's
  `as_of` (the as_of day itself is not in "last ..." periods); "去年12月" with as_of 2011-05-01 = December 2010;
- there are no products in the converted folder (line items are collapsed to invoice counts), no web visits,
  costs / margins, marketing channels, demographics, deliveries or feedback: those questions must be refused;
- rates are fractions (tolerance 0.01); counts tolerance 0.5; money totals GBP tolerance 1 (0.05 for order-sized
  amounts); days 1.
"Top" items are checked for ties: a tied first place makes the script fail, so every gold entity is unambiguous.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml

FIRST, END = "2010-12-01", "2011-12-10"
WINDOW = 400
PAID, CANC = "status = 'paid'", "status = 'cancelled'"
DE = "country = 'Germany'"
FR = "country = 'France'"
NOT_UK = "country <> 'United Kingdom'"
IE = "country = 'EIRE'"
UK = "country = 'United Kingdom'"


def orders(a: str = FIRST, b: str = END, where: str = "TRUE") -> str:
    return f"(SELECT * FROM o WHERE ts >= TIMESTAMP '{a}' AND ts < TIMESTAMP '{b}' AND ({where}))"


def agg(expr: str, a: str = FIRST, b: str = END, where: str = PAID) -> str:
    return f"SELECT {expr} FROM {orders(a, b, where)}"


def sales(a: str = FIRST, b: str = END, where: str = "TRUE") -> str:
    return f"({agg('sum(amount)', a, b, f'{PAID} AND ({where})')})"


def buyers(a: str, b: str) -> str:
    return agg("count(DISTINCT customer_id)", a, b)


def top(col: str, src: str, agg_: str = "count(*)", order: str = "DESC") -> str:
    return f"SELECT {col} AS k, {agg_} AS v FROM {src} GROUP BY 1 ORDER BY 2 {order}, 1 LIMIT 2"


# one row per customer with a paid order: first / second order time, orders, spend
CUST = ("(SELECT customer_id, min(ts) FILTER (WHERE k = 1) AS t1, min(ts) FILTER (WHERE k = 2) AS t2, "
        "count(*) AS n, sum(amount) AS spend, "
        "count(*) FILTER (WHERE ts::DATE > (SELECT min(x.ts)::DATE FROM o x WHERE x.customer_id = p.customer_id "
        "AND x.k = 1)) AS later FROM o p WHERE status = 'paid' GROUP BY 1)")


def funnel(a: str = FIRST, b: str = END) -> str:
    """One row per customer whose first tp_first_order event is in [a, b); s1..s3 = when each step was reached."""
    return (f"(WITH f1 AS (SELECT customer_id, min(ts) AS s1 FROM e WHERE touchpoint_id = 'tp_first_order' "
            f"GROUP BY 1 HAVING min(ts) >= TIMESTAMP '{a}' AND min(ts) < TIMESTAMP '{b}'), "
            f"f2 AS (SELECT f1.*, (SELECT min(x.ts) FROM e x WHERE x.customer_id = f1.customer_id AND "
            f"x.touchpoint_id = 'tp_second_order' AND x.ts > f1.s1 AND x.ts <= f1.s1 + INTERVAL {WINDOW} DAY) "
            f"AS s2 FROM f1), "
            f"f3 AS (SELECT f2.*, (SELECT min(x.ts) FROM e x WHERE x.customer_id = f2.customer_id AND "
            f"x.touchpoint_id = 'tp_repeat_order' AND x.ts > f2.s2 AND x.ts <= f2.s1 + INTERVAL {WINDOW} DAY) "
            f"AS s3 FROM f2) SELECT * FROM f3)")


def lost_top() -> str:
    return (f"WITH F AS {funnel()} SELECT * FROM (SELECT 'tp_first_order' AS k, count(s1) - count(s2) AS v FROM F "
            f"UNION ALL SELECT 'tp_second_order', count(s2) - count(s3) FROM F) ORDER BY v DESC, k LIMIT 2")


def canc_rate(where: str) -> str:
    return f"SELECT avg(({CANC})::INT) FROM o WHERE {where}"


Q2, Q3, Q4 = ("2011-04-01", "2011-07-01"), ("2011-07-01", "2011-10-01"), ("2011-10-01", END)
DEC10, Y11 = ("2010-12-01", "2011-01-01"), ("2011-01-01", END)
SEP11, OCT11, NOV11 = ("2011-09-01", "2011-10-01"), ("2011-10-01", "2011-11-01"), ("2011-11-01", "2011-12-01")

# id -> (kind, sql, tolerance). kind: value | top (entity) | top_value (entity and its value) | top_value_only
GOLD: dict[str, tuple[str, str, object]] = {
    "or01": ("value", "SELECT count(*) FROM c", 0.5),
    "or02": ("value", "SELECT count(*) FROM o", 0.5),
    "or03": ("value", f"SELECT {sales()}", 1.0),
    "or04": ("value", f"SELECT {sales(*Y11)}", 1.0),
    "or05": ("value", f"SELECT {sales(*DEC10)}", 1.0),
    "or06": ("value", agg("avg(amount)"), 0.05),
    "or07": ("value", agg("avg(units)"), 0.05),
    "or08": ("value", agg("count(*)", *Q3), 0.5),
    "or09": ("value", buyers(*Q4), 0.5),
    "or10": ("value", agg("max(amount)"), 0.05),
    "or12": ("value", agg("median(amount)"), 0.05),
    "or13": ("top_value_only", top("strftime(ts, '%Y-%m')", orders(where=PAID), "sum(amount)"), 1.0),
    "or14": ("top_value", top("country", orders(where=f"{PAID} AND country <> 'United Kingdom'"), "sum(amount)"), 1.0),
    "or15": ("top", top("country", orders(where="country <> 'United Kingdom'")), None),
    "or16": ("top_value", top("country", orders(where="country <> 'United Kingdom'"), "count(DISTINCT customer_id)"), 0.5),
    "or17": ("top_value", top("customer_id", orders(where=PAID), "sum(amount)"), 1.0),
    "or18": ("top", top("dayname(ts)", orders()), None),
    "or19": ("top_value_only", top("hour(ts)", orders(where=PAID)), 0.5),
    "or20": ("top_value_only", top("strftime(ts, '%Y-%m')", orders("2011-01-01", "2011-12-01", PAID), "sum(amount)", "ASC"), 1.0),
    "or21": ("top_value", top("country", orders(where=f"{CANC} AND country <> 'United Kingdom'")), 0.5),
    "or22": ("value", f"SELECT {sales(*NOV11)} / {sales(*OCT11)} - 1", 0.01),
    "or23": ("value", f"SELECT {sales(*Q3)} / {sales(*Q2)} - 1", 0.01),
    "or24": ("value", f"SELECT {sales(where=DE)} - {sales(where=FR)}", 1.0),
    "or25": ("value", buyers(*SEP11), 0.5),
    "or26": ("value", buyers(*OCT11), 0.5),
    "or27": ("value", f"SELECT count(*) FROM c WHERE f >= TIMESTAMP '{SEP11[0]}' AND f < TIMESTAMP '{SEP11[1]}'", 0.5),
    "or28": ("value", "SELECT count(*) FROM c WHERE f >= TIMESTAMP '2011-03-01' AND f < TIMESTAMP '2011-04-01'", 0.5),
    "or29": ("value", f"SELECT {sales(*NOV11, where=NOT_UK)} / {sales(*NOV11)}", 0.01),
    "or30": ("value", agg("count(*)", where=CANC), 0.5),
    "or31": ("value", canc_rate("TRUE"), 0.01),
    "or32": ("value", agg("sum(amount)", where=CANC), 1.0),
    "or33": ("value", f"SELECT {sales()} - ({agg('sum(amount)', where=CANC)})", 1.0),
    "or34": ("top_value_only", top("strftime(ts, '%Y-%m')", orders(where=CANC)), 0.5),
    "or35": ("value", canc_rate("country = 'Germany'"), 0.01),
    "or36": ("value", canc_rate("country = 'France'"), 0.01),
    "or37": ("value", agg("count(DISTINCT customer_id)", where=CANC), 0.5),
    "or38": ("value", f"SELECT ({agg('count(DISTINCT customer_id)', where=CANC)}) / (SELECT count(*) FROM c)", 0.01),
    "or39": ("value", f"SELECT count(t2) FROM {CUST}", 0.5),
    "or40": ("value", f"SELECT count(s2) / count(*) FROM {funnel()}", 0.01),
    "or41": ("value", f"SELECT count(s3) / count(s2) FROM {funnel()}", 0.01),
    "or42": ("top", lost_top(), None),
    "or43": ("value", f"SELECT count(*) FROM {CUST} WHERE n = 1", 0.5),
    "or44": ("value", f"SELECT median(datediff('day', t1::DATE, t2::DATE)) FROM {CUST} WHERE t2 IS NOT NULL", 1.0),
    "or45": ("value", f"SELECT count(*) FROM {CUST} WHERE later > 0", 0.5),
    "or46": ("value", f"SELECT count(s2) / count(*) FROM {funnel('2011-01-01', '2011-02-01')}", 0.01),
    "or47": ("value", f"SELECT count(s2) / count(*) FROM {funnel(*DEC10)}", 0.01),
    "or48": ("value", f"SELECT count(*) FROM {CUST} WHERE n >= 10", 0.5),
    "or49": ("value", f"SELECT sum(spend) / (SELECT sum(spend) FROM {CUST}) FROM "
                      f"(SELECT spend FROM {CUST} ORDER BY spend DESC LIMIT 100)", 0.01),
    "or50": ("value", f"SELECT count(*) FROM {CUST} WHERE spend > 5000", 0.5),
    "or51": ("value", "SELECT count(*) FROM c WHERE region = 'Germany'", 0.5),
    "or52": ("value", agg("avg(amount)", where=f"{PAID} AND country = 'Australia'"), 0.05),
    "or53": ("value", agg("avg(amount)", where=f"{PAID} AND country = 'Switzerland'"), 0.05),
    "or54": ("top_value", f"SELECT country AS k, avg(amount) AS v FROM {orders(where=PAID)} GROUP BY 1 "
                          f"HAVING count(*) >= 50 ORDER BY 2 DESC, 1 LIMIT 2", 0.05),
    "or55": ("value", f"SELECT {sales(*Y11, where=IE)}", 1.0),
    "or56": ("value", f"SELECT {sales(where=UK)} / {sales()}", 0.01),
    # as_of 2011-12-01: last month = November 2011
    "or57": ("value", f"SELECT {sales(*NOV11)}", 1.0),
    # as_of 2011-10-10: last quarter = Q3 2011
    "or58": ("value", buyers(*Q3), 0.5),
    # as_of Wed 2011-06-15: last week = Mon 2011-06-06 .. Sun 2011-06-12
    "or59": ("value", agg("count(*)", "2011-06-06", "2011-06-13"), 0.5),
    # as_of 2011-09-02: yesterday = 2011-09-01
    "or60": ("value", f"SELECT {sales('2011-09-01', '2011-09-02')}", 1.0),
    "or61": ("value", f"SELECT {sales('2011-11-14', '2011-11-21')}", 1.0),
    # as_of 2011-05-01: last year's December = December 2010
    "or62": ("value", agg("count(*)", *DEC10), 0.5),
    "or63": ("value", "SELECT count(*) FROM o WHERE dayofweek(ts) = 6", 0.5),
    "or64": ("value", agg("avg((dayofweek(ts) = 0)::INT)"), 0.01),
}
STATUS_ONLY = {"or65", "or66", "or67", "or68", "or69"}


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(f"CREATE VIEW o AS SELECT order_id, customer_id, ts::TIMESTAMP AS ts, amount::DOUBLE AS amount, "
                f"status, country, lines::INTEGER AS lines, units::INTEGER AS units, order_no::INTEGER AS k "
                f"FROM read_csv('{datadir / 'orders.csv'}', header=true, all_varchar=true)")
    con.execute(f"CREATE VIEW e AS SELECT event_id, customer_id, ts::TIMESTAMP AS ts, touchpoint_id "
                f"FROM read_csv('{datadir / 'events.csv'}', header=true, all_varchar=true)")
    con.execute(f"CREATE VIEW c AS SELECT customer_id, region, first_order_at::TIMESTAMP AS f "
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
