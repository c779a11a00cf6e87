"""Gold answers for the Olist reviews batches: plain DuckDB SQL over the converted DATA.md files.

    python gold.py DATADIR batch1.yaml --write

DATADIR is what `python generate.py DATADIR` wrote. One small query per checked item (GOLD below); items in FIXED keep
the `expect` written in the YAML (an `ok` with no number: definitions, journey map, why-questions), and refusals /
clarifications keep theirs. Conventions:
- one order = one customer (the release has no customer identifier beyond the order), so "customers" = "orders";
- an order's period is its purchase time (orders.ts); an event count's period is the event's time; a review's period
  is the time the customer answered the survey (feedback.ts) unless the question says "orders placed in ...";
- money (GMV, revenue, order value) = orders.amount = products + freight (BRL), cancelled orders excluded;
- late delivery = delivered (delivered_at present) on a later calendar day than estimated_delivery_date; the stricter
  timestamp reading (delivered_at > estimated date 00:00) is covered by the tolerance (kind value2);
- negative review = 1-2 stars, positive = 4-5 stars;
- review topics come from the analysts' classification shipped with the release (analyst_subclass / analyst_class,
  majority of three votes; 171 comments have no majority): counts of a topic get a relative 5 % tolerance;
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint at or after the
  time they reached step k-1 and within window_days of their first step-1 event in the period (order_to_review:
  order -> payment approved -> delivered -> review, 60 days; order_to_delivery: order -> approved -> delivered,
  30 days); a drop-off at step k = reached k but not k+1;
- durations in days are fractional ((later - earlier) in seconds / 86400).
"Top" items are checked for ties: a tied first place makes the script fail.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import yaml

NOT_CANCELLED = "status <> 'cancelled'"
LATE = "delivered_at IS NOT NULL AND delivered_at::DATE > estimated_delivery_date::DATE"
LATE_TS = "delivered_at IS NOT NULL AND delivered_at > estimated_delivery_date"
DAYS = "(epoch({b}) - epoch({a})) / 86400.0"


def top(col: str, src: str, agg: str = "count(*)", order: str = "DESC", having: str = "") -> str:
    hv = f" HAVING {having}" if having else ""
    return f"SELECT {col} AS k, {agg} AS v FROM {src} GROUP BY 1{hv} ORDER BY 2 {order}, 1 LIMIT 2"


def ev(tp: str, a: str, b: str) -> str:
    return (f"SELECT count(*) FROM e WHERE touchpoint_id = '{tp}' AND ts >= TIMESTAMP '{a}' "
            f"AND ts < TIMESTAMP '{b}'")


def orders_in(a: str, b: str, where: str = "true") -> str:
    return f"o.ts >= TIMESTAMP '{a}' AND o.ts < TIMESTAMP '{b}' AND {where}"


def funnel(journey: str, period: str = "true") -> str:
    """One row per step: step, touchpoint_id, customers reaching it (DATA.md rule), for orders placed in period."""
    return f"""
    WITH RECURSIVE steps AS (SELECT * FROM j WHERE journey_id = '{journey}'),
    starts AS (
      SELECT e.customer_id, min(e.ts) AS t1, any_value(s.window_days) AS w FROM e
      JOIN steps s ON s.step = 1 AND e.touchpoint_id = s.touchpoint_id
      JOIN o ON o.customer_id = e.customer_id WHERE {period} GROUP BY 1),
    reach(customer_id, step, t, t1, w) AS (
      SELECT customer_id, 1, t1, t1, w FROM starts
      UNION ALL
      SELECT r.customer_id, r.step + 1,
             (SELECT min(e.ts) FROM e JOIN steps s ON s.step = r.step + 1 AND e.touchpoint_id = s.touchpoint_id
              WHERE e.customer_id = r.customer_id AND e.ts >= r.t AND e.ts <= r.t1 + to_days(r.w::INT)),
             r.t1, r.w
      FROM reach r WHERE r.t IS NOT NULL AND r.step < (SELECT max(step) FROM steps))
    SELECT s.step, s.touchpoint_id, count(r.t) AS n FROM steps s LEFT JOIN reach r ON r.step = s.step
    GROUP BY 1, 2 ORDER BY 1"""


def conv(journey: str, period: str = "true", k: int | None = None) -> str:
    last = k if k else f"(SELECT max(step) FROM j WHERE journey_id = '{journey}')"
    return f"SELECT max(n) FILTER (WHERE step = {last}) / max(n) FILTER (WHERE step = 1) FROM ({funnel(journey, period)})"


def biggest_drop(journey: str, period: str = "true") -> str:
    return f"""SELECT touchpoint_id AS k, n - coalesce(lead(n) OVER (ORDER BY step), n) AS v
               FROM ({funnel(journey, period)}) ORDER BY 2 DESC, 1 LIMIT 2"""


def share(cond: str, src: str = "f", where: str = "true") -> str:
    return f"SELECT avg(({cond})::INT) FROM {src} WHERE {where}"


# id -> (kind, sql, tolerance[, alternative sql]). kinds: value | value2 (tolerance widened to cover the alternative)
# | rel (tolerance = fraction of the value) | top (entity) | top_value (entity and its value) | top_value_only
GOLD: dict[str, tuple] = {
    "q01": ("value", "SELECT count(*) FROM o", 0.5),
    "q02": ("value", "SELECT count(*) FROM o WHERE order_status = 'canceled'", 0.5),
    "q03": ("value", "SELECT avg(rating) FROM f", 0.01),
    "q04": ("value", "SELECT count(*) FROM f WHERE rating = 1", 0.5),
    "q05": ("value", share("rating <= 2"), 0.005),
    "q06": ("top_value", top("customer_state", "o"), 0.5),
    "q07": ("top_value", top("product_category_en", "o"), 0.5),
    "q08": ("top", top("product_category_en", "o", "avg(review_score)", "ASC", "count(*) >= 50"), None),
    "q09": ("value", f"SELECT count(*) FROM o WHERE {orders_in('2017-11-01', '2017-12-01')}", 0.5),
    "q10": ("top_value_only", top("strftime(ts, '%Y-%m')", "o WHERE year(ts) = 2017"), 0.5),
    "q11": ("value", f"SELECT count(*) FROM o WHERE {orders_in('2018-01-01', '2018-04-01')}", 0.5),

    "q13": ("value", f"SELECT sum(amount) FROM o WHERE {orders_in('2017-01-01', '2018-01-01', NOT_CANCELLED)}", 1.0),
    "q14": ("value", f"SELECT avg(amount) FROM o WHERE {NOT_CANCELLED}", 0.5),

    "q16": ("value", f"SELECT sum(freight_value) / sum(amount) FROM o WHERE {NOT_CANCELLED}", 0.005),
    "q17": ("value2", share(LATE, "o", "delivered_at IS NOT NULL"), 0.005,
            share(LATE_TS, "o", "delivered_at IS NOT NULL")),
    "q18": ("value2", f"SELECT avg(review_score) FROM o WHERE delivered_at IS NOT NULL AND NOT ({LATE})", 0.02,
            f"SELECT avg(review_score) FROM o WHERE delivered_at IS NOT NULL AND NOT ({LATE_TS})"),
    "q19": ("value2", f"SELECT avg(review_score) FROM o WHERE {LATE}", 0.02,
            f"SELECT avg(review_score) FROM o WHERE {LATE_TS}"),
    "q20": ("value", f"SELECT avg({DAYS.format(a='ts', b='delivered_at')}) FROM o WHERE delivered_at IS NOT NULL", 0.3),
    "q21": ("top", top("customer_state", "o WHERE delivered_at IS NOT NULL", f"avg({DAYS.format(a='ts', b='delivered_at')})",
                       having="count(*) >= 50"), None),
    "q22": ("value", f"SELECT avg({DAYS.format(a='ts', b='approved_at')}) * 24 FROM o", 0.5),
    "q23": ("value", "SELECT count(*) FROM o WHERE delivered_at IS NULL", 0.5),
    "q24": ("value", "SELECT avg(review_score) FROM o WHERE delivered_at IS NULL", 0.02),
    "q25": ("value", conv("order_to_review"), 0.01),
    "q26": ("top", biggest_drop("order_to_review"), None),
    "q27": ("value", conv("order_to_delivery"), 0.01),
    "q28": ("value", conv("order_to_delivery", orders_in('2018-01-01', '2018-02-01')), 0.01),
    "q29": ("value", ev("tp_survey_sent", "2018-03-01", "2018-04-01"), 0.5),
    "q30": ("value", ev("tp_review", "2018-03-01", "2018-04-01"), 0.5),
    "q31": ("value", f"SELECT avg({DAYS.format(a='survey_sent_at', b='ts')}) FROM f", 0.1),
    "q32": ("rel", "SELECT count(*) FROM f WHERE analyst_subclass = 'atrasado'", 0.05),
    "q33": ("rel", "SELECT count(*) FROM f WHERE analyst_subclass = 'entrega_parcial'", 0.05),
    # topic shares: over all reviews; the tolerance also covers "over the 3,413 comments the analysts agreed on"
    "q34": ("value2", share("coalesce(analyst_class = 'problemas_de_entrega', false)"), 0.01,
            share("analyst_class = 'problemas_de_entrega'", "f", "analyst_class IS NOT NULL")),
    "q35": ("value", "SELECT avg(rating) FROM f WHERE analyst_class = 'problemas_de_entrega'", 0.02),
    "q36": ("rel", "SELECT count(*) FROM f WHERE analyst_subclass = 'diferente_do_anunciado'", 0.05),
    "q37": ("value2", share("coalesce(analyst_class = 'satisfeito_com_pedido', false)"), 0.01,
            share("analyst_class = 'satisfeito_com_pedido'", "f", "analyst_class IS NOT NULL")),
    "q38": ("top", top("customer_state", "f", "avg((rating <= 2)::INT)", having="count(*) >= 100"), None),
    "q39": ("top", top("customer_state", "o WHERE delivered_at IS NOT NULL", f"avg(({LATE})::INT)",
                       having="count(*) >= 100"), None),
    "q40": ("value", "SELECT avg(rating) FROM f WHERE customer_state = 'RJ'", 0.02),
    "q41": ("value", "SELECT avg(rating) FROM f WHERE customer_state = 'SP'", 0.02),
    "q42": ("value", f"SELECT avg(review_score) FROM o WHERE {orders_in('2018-03-01', '2018-04-01')}", 0.02),
    "q43": ("value2", share(LATE, "o", f"delivered_at IS NOT NULL AND {orders_in('2017-11-01', '2017-12-01')}"), 0.005,
            share(LATE_TS, "o", f"delivered_at IS NOT NULL AND {orders_in('2017-11-01', '2017-12-01')}")),
    "q44": ("value2", share(LATE, "o", f"delivered_at IS NOT NULL AND {orders_in('2017-12-01', '2018-01-01')}"), 0.005,
            share(LATE_TS, "o", f"delivered_at IS NOT NULL AND {orders_in('2017-12-01', '2018-01-01')}")),
    "q51": ("value", "SELECT count(*) FROM o WHERE items_qty > 1", 0.5),

    "q53": ("value", f"SELECT avg(amount) FROM o WHERE product_category_en = 'health_beauty' AND {NOT_CANCELLED}", 0.5),
    "q54": ("value", share("rating <= 2", "f", "product_category_en = 'furniture_decor'"), 0.005),
    "q55": ("value", "SELECT count(*) FROM o WHERE customer_state = 'RS'", 0.5),
    "q56": ("value", f"SELECT sum(amount) FROM o WHERE {orders_in('2018-02-01', '2018-03-01', NOT_CANCELLED)}", 1.0),
    "q57": ("value", f"SELECT count(*) FROM o WHERE {orders_in('2017-11-20', '2017-11-27')}", 0.5),
    # as_of 2018-04-19: last month = March 2018 (orders placed)
    "q58": ("value", f"SELECT count(*) FROM o WHERE {orders_in('2018-03-01', '2018-04-01')}", 0.5),
    # as_of Thursday 2018-04-19: last week = Mon 2018-04-09 .. Sun 2018-04-15 (reviews answered)
    "q59": ("value", ev("tp_review", "2018-04-09", "2018-04-16"), 0.5),
    # as_of 2018-04-19: this year so far = reviews answered 2018-01-01 .. 2018-04-19
    "q60": ("value", "SELECT avg(rating) FROM f WHERE ts >= TIMESTAMP '2018-01-01' AND ts < TIMESTAMP '2018-04-20'", 0.02),
    "q61": ("top", top("product_category_en", f"o WHERE {NOT_CANCELLED}", "avg(amount)", having="count(*) >= 50"), None),
    "q62": ("value", share("rating = 5"), 0.005),


    "q65": ("value", f"SELECT median({DAYS.format(a='ts', b='delivered_at')}) FROM o WHERE delivered_at IS NOT NULL", 0.3),
    "q66": ("value2", share("coalesce(analyst_subclass = 'antes_prazo', false)"), 0.01,
            share("analyst_subclass = 'antes_prazo'", "f", "analyst_subclass IS NOT NULL")),
    "q67": ("rel", "SELECT count(*) FROM f WHERE analyst_subclass = 'antes_prazo' AND customer_state = 'SP'", 0.05),
    # city names are not case-normalised in the release (Sao Paulo 438, SAO PAULO 40): the entity only
    "q68": ("top", top("customer_city", "o"), None),
    "q69": ("value", f"SELECT sum(freight_value) FROM o WHERE {orders_in('2017-10-01', '2018-01-01', NOT_CANCELLED)}", 1.0),
    "q70": ("rel", "SELECT count(*) FROM f WHERE rating <= 2 AND analyst_subclass = 'atrasado'", 0.05),
    "q71": ("value", f"SELECT count(*) FROM o WHERE {orders_in('2018-03-01', '2018-04-01', LATE)}", 0.5),
    "q72": ("value", "SELECT avg(rating) FROM f WHERE ts >= TIMESTAMP '2017-11-01' AND ts < TIMESTAMP '2017-12-01'", 0.02),
}
FIXED = {"q45", "q46", "q47", "q48", "q49", "q50", "q73"}


def connect(datadir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    rd = "read_csv('{}', header=true, auto_detect=true)"
    con.execute(f"CREATE VIEW o AS SELECT * FROM {rd.format(datadir / 'orders.csv')}")
    con.execute(f"CREATE VIEW f AS SELECT * FROM {rd.format(datadir / 'feedback.csv')}")
    con.execute(f"CREATE VIEW j AS SELECT * FROM {rd.format(datadir / 'journeys.csv')}")
    con.execute(f"CREATE VIEW e AS SELECT * REPLACE (ts::TIMESTAMP AS ts) FROM read_csv('{datadir / 'events.csv'}', "
                "header=true, all_varchar=true)")
    return con


def compute(con: duckdb.DuckDBPyConnection, item_id: str) -> dict:
    kind, sql, tol, *alt = GOLD[item_id]
    rows = con.execute(sql).fetchall()
    row = rows[0]
    expect: dict = {"status": "ok"}
    if kind in ("value", "value2", "rel"):
        value = float(row[0])
        if kind == "value2":
            other = float(con.execute(alt[0]).fetchone()[0])
            tol = max(tol, round(abs(other - value) + tol, 4))
        if kind == "rel":
            tol = max(0.5, round(value * tol, 1))
        expect.update(value=round(value, 4), tolerance=tol)
        return expect
    if len(rows) > 1 and rows[1][1] == row[1]:
        raise SystemExit(f"{item_id}: tied first place {rows} — the question has no single answer")
    if kind == "top":
        expect.update(top_entity=str(row[0]))
    elif kind == "top_value_only":
        expect.update(value=round(float(row[1]), 4), tolerance=tol)
    else:
        expect.update(top_entity=str(row[0]), value=round(float(row[1]), 4), tolerance=tol)
    return expect


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("datadir", type=Path)
    ap.add_argument("batch", type=Path)
    ap.add_argument("--write", action="store_true", help="write the computed expect into the YAML")
    ap.add_argument("--show", action="store_true", help="print the top rows of each top-kind query")
    args = ap.parse_args()
    con = connect(args.datadir)
    text = args.batch.read_text(encoding="utf-8")
    items = yaml.safe_load(text)
    missing = [i["id"] for i in items if i["expect"].get("status") == "ok" and i["id"] not in GOLD
                and i["id"] not in FIXED]
    if missing:
        raise SystemExit(f"answerable items without a gold query: {missing}")
    for item in items:
        if item["id"] in GOLD:
            item["expect"] = compute(con, item["id"])
            if args.show and GOLD[item["id"]][0].startswith("top"):
                print("   ", con.execute(GOLD[item["id"]][1]).fetchall())
        print(item["id"], item["expect"])
    if args.write:
        header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
        body = yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=200)
        args.batch.write_text(header + body, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
