"""Gold answers for the 农管家 AgriMate farm-inputs held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer (farmer) reaches step k when they have an event at step k's touchpoint after
  reaching step k-1, within the journey's window_days from their first step-1 event in the period; rates are per
  farmer. Computed twice, with later steps allowed after the period end and with every step inside the period; the
  tolerance covers both readings. "Loses the most" = the step with the most farmers who reached it but not the next
  one. A conversion between two steps (browse → order) uses the cohort of the journey's first step in the period.
  A funnel "in the app" uses only events with channel `app`; "for farmers aged 60+ / on iPhone" filters customers
  (age_band, device);
- an order = one `order_no` (orders.csv has one row per order line: product lines, a delivery_fee line, a
  credit_interest line written when a credit order is repaid). "Orders placed" = tp_order events (also ones
  cancelled later), dated by the tp_order ts. Times between steps are per order (first A of the order → first B of
  the same order after it), dated by A and grouped by the A event's carrier / payment_method or the farmer's
  province;
- money = order lines with status `paid` (credit-after-harvest sales count when made; cancelled = never shipped,
  returned = cash-on-delivery goods never picked up, refunded = damaged goods refunded) by the line's ts. "Sales" =
  paid product lines unless the question says otherwise; delivery fees = line_type delivery_fee; credit interest =
  line_type credit_interest (ts = repayment time); refunds = status refunded, dated by `refunded_at`;
  an order value = the sum of its paid product lines;
- credit lateness = repaid date minus due_date in days (orders.csv), per credit order; every credit order placed
  in 2025 has been repaid by the end of the data;
- "back in H1 2026" = the farmer has a tp_order event in 2026-01-01 .. 06-30 (cohort: farmers with a tp_order in
  2025-01-01 .. 06-30), by the farmer's current village_agent; "reorder record" = a tp_reorder event;
- customer attributes from customers.csv; zh questions expect the zh twin value (省份, 县区, 农户类型, 主要作物,
  获客渠道, 品类, 付款方式, 承运商), en questions the en one (province, county, farmer_type, main_crop,
  acquisition_channel, product_category, payment_method, carrier); village_agent and agronomist are stored in
  Chinese only and expected as stored; age_band values (<40, 40-49, 50-59, 60+) are the same in both languages;
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date; a rating
  "by step" groups feedback by its touchpoint_id; province of a comment = the feedback row's province;
- exact duplicate event rows (same event_id) are loaded once; periods are inclusive calendar dates; weeks run
  Monday–Sunday; relative periods resolve against the item's `as_of` (else 2026-06-30, the last day of the data).
"""
from __future__ import annotations

import calendar
import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    types={{'signup_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    all_varchar=true)""")
    CON.execute("ALTER TABLE events ALTER ts TYPE TIMESTAMP USING CAST(ts AS TIMESTAMP)")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'refunded_at': 'TIMESTAMP',
                            'repaid_at': 'TIMESTAMP', 'due_date': 'DATE'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT f.*, t.topic, t.sentiment FROM read_csv_auto(
                    '{data / 'feedback.csv'}', header=true, types={{'ts': 'TIMESTAMP', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE'}}) f JOIN read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}') t
                    USING (feedback_id)""")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def num(v, rel=0.03, floor=0.01, nd=4):
    v = float(v)
    return dict(value=round(v, nd), tolerance=round(max(floor, abs(v) * rel), nd))


def count(v):
    return dict(value=int(v), tolerance=0.5)


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.002), 2))


def top(rows, gap=1.1, lowest=False):
    """rows sorted best first (value in column 1)."""
    print("   ", [(r[0], round(float(r[1]), 3)) for r in rows[:4]])
    a, b = rows[0][1], rows[1][1]
    if lowest:
        assert b > a * gap or b - a > 0.04, rows[:4]
    else:
        assert a > b * gap, rows[:4]
    return dict(top_entity=str(rows[0][0]))


# ---------- funnels ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cond=None, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cond:
        ev += f" AND ({cond})"
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM ev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, a=1, b=None, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        vals.append(c[(b or len(c)) - 1] / c[a - 1])
        print("    funnel", c)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        print("    funnel", c, "lost", lost)
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, a=1, b=None, lowest=False, min_n=50, gap=0.04, cond="1=1"):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            vv = str(v).replace("'", "''")
            c = funnel(journey, start, end, cond=f"{column} = '{vv}' AND ({cond})", bounded=bounded)
            if c[a - 1] >= min_n:
                rates[v] = c[(b or len(c)) - 1] / c[a - 1]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        print("   ", {k: round(v, 3) for k, v in rates.items()})
        assert abs(rates[order[0]] - rates[order[1]]) > gap, rates
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=str(tops.pop()))


def advice_to_order(soil: bool):
    """per farmer: first tp_advice in 2025; soil-tested = a tp_soil_test in the 30 days before it;
    converted = a tp_order within 30 days after it."""
    rows = q("""WITH a AS (SELECT customer_id, min(ts) ta FROM events WHERE touchpoint_id = 'tp_advice'
                           AND year(ts) = 2025 GROUP BY 1)
                SELECT (EXISTS (SELECT 1 FROM events s WHERE s.customer_id = a.customer_id
                                AND s.touchpoint_id = 'tp_soil_test' AND s.ts < a.ta
                                AND s.ts >= a.ta - INTERVAL 30 DAY)) AS soil,
                       count(*), avg((EXISTS (SELECT 1 FROM events o WHERE o.customer_id = a.customer_id
                                AND o.touchpoint_id = 'tp_order' AND o.ts > a.ta
                                AND o.ts <= a.ta + INTERVAL 30 DAY))::int)
                FROM a GROUP BY 1 ORDER BY 1""")
    print("   ", rows)
    return rate(dict((r[0], r[2]) for r in rows)[soil])


# ---------- per-order times between steps ----------

def ogaps(tp_a, tp_b, unit=86400.0):
    """per order: first tp_a of the order → first tp_b of the same order after it (unit: seconds per unit)."""
    return f"""WITH a AS (SELECT order_no, arg_min(customer_id, ts) AS customer_id, min(ts) AS ta,
                             arg_min(carrier, ts) AS carrier, arg_min("承运商", ts) AS "承运商",
                             arg_min(payment_method, ts) AS payment_method
                      FROM events WHERE touchpoint_id = '{tp_a}' AND order_no IS NOT NULL GROUP BY 1),
                    b AS (SELECT a.order_no, min(e.ts) AS tb FROM a JOIN events e ON e.order_no = a.order_no
                          AND e.touchpoint_id = '{tp_b}' AND e.ts > a.ta GROUP BY 1)
               SELECT a.*, c.province, c."省份", c.main_crop, date_diff('second', a.ta, b.tb) / {unit} AS d
               FROM a JOIN b USING (order_no) JOIN customers c USING (customer_id)"""


def ogap_value(tp_a, tp_b, cond="1=1", start=None, end=None, agg="median", unit=86400.0, rel=0.03):
    per = f"AND {_in('ta', start, end)}" if start else ""
    n, v = q(f"SELECT count(*), {agg}(d) FROM ({ogaps(tp_a, tp_b, unit)}) WHERE ({cond}) {per}")[0]
    print("    n =", n)
    return num(v, rel=rel, floor=0.05, nd=2)


def ogap_share(tp_a, tp_b, over, cond="1=1", start=None, end=None, unit=86400.0):
    per = f"AND {_in('ta', start, end)}" if start else ""
    return rate(one(f"SELECT avg((d > {over})::int) FROM ({ogaps(tp_a, tp_b, unit)}) WHERE ({cond}) {per}"))


def ogap_top(tp_a, tp_b, col, cond="1=1", start=None, end=None, min_n=50, gap=1.3, unit=86400.0):
    per = f"AND {_in('ta', start, end)}" if start else ""
    tops = set()
    for agg in ("median", "avg"):
        rows = q(f"""SELECT {col}, {agg}(d) v FROM ({ogaps(tp_a, tp_b, unit)}) WHERE ({cond}) {per} GROUP BY 1
                     HAVING count(*) >= {min_n} ORDER BY v DESC""")
        top(rows, gap)
        tops.add(str(rows[0][0]))
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- credit ----------

CREDIT = """SELECT o.order_no, any_value(o.customer_id) AS customer_id, min(o.ts) AS ts, max(o.due_date) AS due,
                   max(o.repaid_at) AS repaid, any_value(o.province) AS province, any_value(o."省份") AS "省份"
            FROM orders o WHERE o.payment_method = 'credit_after_harvest' AND o.line_type = 'product'
            AND o.status <> 'cancelled' GROUP BY 1"""


def credit_late_share(cond="1=1"):
    n, unpaid, v = q(f"""SELECT count(*), count(*) - count(repaid),
                                avg((date_diff('day', due, repaid::DATE) > 30)::int)
                         FROM ({CREDIT}) x JOIN customers c USING (customer_id)
                         WHERE year(x.ts) = 2025 AND ({cond})""")[0]
    print("    n =", n, "unpaid", unpaid)
    assert unpaid == 0
    return rate(v)


def credit_late_top(col, gap=1.5):
    return top(q(f"""SELECT {col}, avg((date_diff('day', due, repaid::DATE) > 30)::int) v
                     FROM ({CREDIT}) x WHERE year(x.ts) = 2025 GROUP BY 1 ORDER BY v DESC"""), gap)


# ---------- events ----------

def ev_count(tp, start, end, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_top(tp, col, start, end, cond="1=1", gap=1.1, distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    rows = q(f"""SELECT {col}, {what} n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {col} IS NOT NULL AND {_in('e.ts', start, end)} AND ({cond})
                 GROUP BY 1 ORDER BY n DESC""")
    return top(rows, gap)


def month_top(tp, start, end, gap=1.1):
    return top(q(f"""SELECT strftime(ts, '%Y-%m') m, count(*) n FROM events WHERE touchpoint_id = '{tp}'
                     AND {_in('ts', start, end)} GROUP BY 1 ORDER BY n DESC"""), gap)


def growth(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    print("   ", x, y)
    return rate((y - x) / x)


def busiest_week(tp, start, end):
    rows = q(f"""SELECT date_trunc('week', ts) w, count(*) n FROM events WHERE touchpoint_id = '{tp}'
                 AND {_in('ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    w0 = str(rows[0][0])[:10]
    print("   ", rows[:3])
    assert start <= w0 and rows[0][1] > rows[1][1] * 1.1, rows[:3]
    return count(rows[0][1])


def orders_per_buyer(start, end):
    v = one(f"""SELECT count(*) * 1.0 / count(DISTINCT customer_id) FROM events WHERE touchpoint_id = 'tp_order'
                AND {_in('ts', start, end)}""")
    return num(v, rel=0.02, floor=0.005)


def back_rate_top(min_n, gap=1.1):
    """farmers with a tp_order in H1 2025: share with a tp_order in H1 2026, by village_agent."""
    rows = q(f"""WITH a AS (SELECT DISTINCT customer_id FROM events WHERE touchpoint_id = 'tp_order'
                            AND {_in('ts', '2025-01-01', '2025-06-30')}),
                      b AS (SELECT DISTINCT customer_id FROM events WHERE touchpoint_id = 'tp_order'
                            AND {_in('ts', '2026-01-01', '2026-06-30')})
                 SELECT c.village_agent, avg((b.customer_id IS NOT NULL)::int) v, count(*) n
                 FROM a JOIN customers c USING (customer_id) LEFT JOIN b USING (customer_id)
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC, n DESC""")
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows[:4]])
    assert rows[0][1] > rows[1][1] + 0.05, rows[:3]
    return dict(top_entity=rows[0][0])


def reorder_share():
    return rate(one("""SELECT avg((EXISTS (SELECT 1 FROM events r WHERE r.customer_id = o.customer_id
                                          AND r.touchpoint_id = 'tp_reorder'))::int)
                       FROM (SELECT DISTINCT customer_id FROM events WHERE touchpoint_id = 'tp_order') o"""))


# ---------- orders / customers ----------

PAID = "o.status = 'paid'"
PROD = "o.line_type = 'product'"
SALES = f"{PAID} AND {PROD}"


def orders_sum(start, end, cond=SALES, col="o.ts"):
    return money(one(f"SELECT sum(o.amount) FROM orders o WHERE {_in(col, start, end)} AND ({cond})"))


def order_value(start, end, cond):
    v = one(f"""SELECT avg(s) FROM (SELECT o.order_no, sum(o.amount) s FROM orders o JOIN customers c
                USING (customer_id) WHERE {SALES} AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1)""")
    return dict(value=round(v, 2), tolerance=round(max(1.0, v * 0.005), 2))


def per_buyer(start, end, cond):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o JOIN customers c
                USING (customer_id) WHERE {SALES} AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 2), tolerance=round(v * 0.01, 2))


def per_buyer_top(col, gap=1.1, lowest=False):
    return top(q(f"""SELECT {col}, sum(o.amount) / count(DISTINCT o.customer_id) v FROM orders o
                     JOIN customers c USING (customer_id) WHERE {SALES} GROUP BY 1
                     ORDER BY v {'ASC' if lowest else 'DESC'}"""), gap, lowest)


def orders_top(col, start, end, cond=SALES, gap=1.1):
    return top(q(f"""SELECT {col}, sum(o.amount) v FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})
                     GROUP BY 1 ORDER BY v DESC"""), gap)


def amount_share(num_cond, start, end, cond=SALES):
    return rate(one(f"""SELECT sum(CASE WHEN {num_cond} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o
                        WHERE {_in('o.ts', start, end)} AND ({cond})"""))


def order_share(num_cond, start, end):
    """per order_no, orders not cancelled."""
    return rate(one(f"""SELECT avg(({num_cond})::int) FROM (SELECT order_no, any_value(payment_method) AS
                        payment_method FROM orders o WHERE {PROD} AND {_in('o.ts', start, end)} GROUP BY 1
                        HAVING bool_and(o.status <> 'cancelled')) o"""))


def refund_rate(cond="1=1"):
    return rate(one(f"""SELECT avg((o.status = 'refunded')::int) FROM orders o WHERE {PROD}
                        AND o.status IN ('paid', 'refunded') AND ({cond})"""))


def refund_top(col, gap=1.5):
    return top(q(f"""SELECT {col}, avg((o.status = 'refunded')::int) v FROM orders o WHERE {PROD}
                     AND o.status IN ('paid', 'refunded') GROUP BY 1 ORDER BY v DESC"""), gap)


def revenue_growth(a, b, cond=SALES):
    x = one(f"SELECT sum(amount) FROM orders o WHERE {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE {_in('o.ts', *b)} AND ({cond})")
    print("   ", x, y)
    return rate((y - x) / x)


def revenue_month_top(start, end, gap=1.1):
    return top(q(f"""SELECT strftime(o.ts, '%Y-%m') m, sum(o.amount) v FROM orders o WHERE {SALES}
                     AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC"""), gap)


def customers_share(num_cond, cond="1=1"):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM customers c WHERE {cond}"))


# ---------- feedback ----------

NEG = "f.sentiment = 'negative'"


def fb_count(cond, rel=0.0):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * rel, 1)))


def fb_ratio(num_cond, cond):
    n, v = q(f"SELECT count(*), avg(({num_cond})::int) FROM feedback f WHERE {cond}")[0]
    print("    n =", n)
    return rate(v)


def fb_avg(col, cond, tol=0.05):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_top(col, cond, gap=1.2):
    return top(q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                     GROUP BY 1 ORDER BY n DESC"""), gap)


def fb_avg_top(col, cond, lowest=False, min_n=30, gap=0.2):
    rows = q(f"""SELECT {col}, avg(rating) v, count(*) FROM feedback f WHERE rating IS NOT NULL
                 AND {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
    assert abs(rows[0][1] - rows[1][1]) > gap, rows
    return dict(top_entity=rows[0][0])


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
SPRING26 = ("2026-03-01", "2026-05-31")
APP = "e.channel = 'app'"
HLJ = "province = 'Heilongjiang'"
CREDIT_GX_FRUIT = "c.province = 'Guangxi' AND c.main_crop = 'fruit'"


def gold() -> dict:
    return {
        # ---- funnels
        "fs01": lambda: conv("purchase", *Y25),
        "fs02": lambda: top_lost("purchase", *quarter(2026, 1)),
        "fs03": lambda: conv("purchase", *Y25, a=1, b=2, cond=f"{APP} AND c.age_band = '60+'"),
        "fs04": lambda: conv("purchase", *Y25, a=1, b=2, cond=f"{APP} AND c.age_band = '<40'"),
        "fs05": lambda: top_conv("purchase", *Y25, "c.age_band", a=1, b=2, lowest=True, cond=APP),
        "fs06": lambda: conv("purchase", *Y25, a=1, b=2, cond=f"{APP} AND c.device = 'ios'"),
        "fs07": lambda: conv("purchase", *Y25, a=1, b=2, cond=f"{APP} AND c.device = 'android'"),
        "fs08": lambda: conv("soil", *Y25),
        "fs09": lambda: advice_to_order(True),
        "fs10": lambda: advice_to_order(False),
        "fs11": lambda: conv("onboarding", *H2_25),
        "fs12": lambda: top_conv("onboarding", *Y25, 'c."获客渠道"', lowest=True),
        "fs13": lambda: conv("delivery", *Y25),
        # ---- times between steps (per order)
        "fs15": lambda: ogap_value("tp_ship", "tp_village_point", HLJ, *month(2026, 4)),
        "fs16": lambda: ogap_value("tp_ship", "tp_village_point", HLJ, *month(2025, 4)),
        "fs17": lambda: ogap_top("tp_ship", "tp_village_point", "carrier", "1=1", *SPRING26, min_n=50),
        "fs18": lambda: ogap_share("tp_ship", "tp_village_point", 5, HLJ, *SPRING26),
        "fs19": lambda: ogap_value("tp_order", "tp_pay", "payment_method = 'cod'", *Y25),
        "fs20": lambda: ogap_value("tp_village_point", "tp_pickup", "1=1", *Y25, unit=3600.0),
        "fs21": lambda: ogap_value("tp_pay", "tp_repay", "payment_method = 'credit_after_harvest'", *Y25,
                                   agg="avg"),
        # ---- credit
        "fs22": lambda: credit_late_share(CREDIT_GX_FRUIT),
        "fs23": lambda: credit_late_top('x."省份"'),
        "fs24": lambda: orders_sum(*Y25, f"{PAID} AND o.line_type = 'credit_interest'"),
        # ---- per customer
        "fs25": lambda: per_buyer(*Y25, "c.farmer_type = 'cooperative'"),
        "fs26": lambda: per_buyer(*Y25, "c.farmer_type = 'smallholder'"),
        "fs27": lambda: orders_per_buyer(*Y25),
        "fs28": lambda: order_value(*quarter(2026, 2), "c.farmer_type = 'large_grower'"),
        # ---- shares
        "fs29": lambda: order_share("o.payment_method = 'credit_after_harvest'", *Y25),
        "fs30": lambda: amount_share("o.product_category = 'fertiliser'", *Y25),
        "fs31": lambda: refund_rate("o.product_category = 'drip_irrigation'"),
        "fs32": lambda: refund_top("o.product_category"),
        "fs33": lambda: customers_share("c.farmer_type = 'cooperative'"),
        "fs35": lambda: reorder_share(),
        # ---- rankings
        "fs36": lambda: back_rate_top(20),
        "fs37": lambda: back_rate_top(1),
        "fs38": lambda: fb_avg_top("f.agronomist", "f.channel = 'followup_survey'", min_n=30, gap=0.1),
        "fs39": lambda: ev_top("tp_order", "c.county", *Y25, distinct=True, gap=1.2),
        "fs40": lambda: month_top("tp_order", *Y25),
        "fs41": lambda: per_buyer_top("c.main_crop", lowest=True),
        "fs42": lambda: orders_top('o."品类"', *Y25),
        "fs43": lambda: fb_top("f.province", "f.topic = 'delivery_late'", gap=2.0),
        # ---- single values
        "fs44": lambda: orders_sum(*month(2025, 10)),
        "fs45": lambda: ev_count("tp_order", "2025-03-03", "2025-03-09"),
        "fs46": lambda: orders_sum(*quarter(2025, 2), "o.status = 'refunded'", col="o.refunded_at"),
        "fs48": lambda: ev_count("tp_soil_test", *H2_25, distinct=True),
        "fs49": lambda: orders_sum(*quarter(2025, 3), f"{PAID} AND o.line_type = 'delivery_fee'"),
        "fs50": lambda: ev_count("tp_register", *month(2026, 5)),
        # ---- comparisons and trends
        "fs51": lambda: growth("tp_order", ("2025-03-01", "2025-04-30"), ("2026-03-01", "2026-04-30")),
        "fs52": lambda: revenue_growth(quarter(2025, 1), quarter(2026, 1)),
        "fs53": lambda: busiest_week("tp_order", *Y25),
        "fs54": lambda: revenue_month_top(*H1_26),
        "fs55": lambda: growth("tp_soil_test", H1_25, H1_26),
        "fs56": lambda: growth("tp_order", month(2026, 4), month(2026, 5)),
        # ---- feedback
        "fs57": lambda: fb_top("f.touchpoint_id", NEG, gap=1.2),
        "fs58": lambda: fb_count("f.topic = 'delivery_late'", rel=0.05),
        "fs59": lambda: fb_count("f.topic = 'delivery_late' AND f.province = 'Heilongjiang'", rel=0.05),
        "fs60": lambda: fb_count("f.topic = 'app_hard'", rel=0.05),
        "fs61": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "fs62": lambda: fb_avg_top("f.touchpoint_id", "1=1", lowest=True, min_n=100, gap=0.2),
        "fs63": lambda: fb_count("f.ts IS NULL"),
        "fs64": lambda: fb_avg("nps", f"f.channel = 'nps_survey' AND {_in('f.ts', *Y25)}", tol=0.1),
        "fs65": lambda: fb_ratio(NEG, f"f.province = 'Heilongjiang' AND {_in('f.ts', *quarter(2026, 2))}"),
        "fs66": lambda: fb_ratio(NEG, f"f.province = 'Shandong' AND {_in('f.ts', *quarter(2026, 2))}"),
        "fs67": lambda: fb_ids("f.topic = 'agent_helpful'"),
        "fs68": lambda: fb_ids("f.topic = 'fertiliser_effective'"),
        "fs69": lambda: top(q(f"""SELECT strftime(f.ts, '%Y-%m') m, count(*) n FROM feedback f
                                  WHERE f.topic = 'price_high' AND {_in('f.ts', *Y25)} GROUP BY 1
                                  ORDER BY n DESC"""), gap=1.1),
        # ---- why-questions with quotes
        "fs73": lambda: fb_ids(f"f.topic = 'delivery_late' AND f.province = 'Heilongjiang' AND "
                               f"{_in('f.ts', '2026-03-01', '2026-06-30')}"),
        "fs74": lambda: fb_ids("f.topic = 'app_hard'"),
        "fs75": lambda: fb_ids(f"f.topic = 'price_high' AND {_in('f.ts', '2025-07-01', '2025-12-31')}"),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(checks) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    missing = []
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                missing.append(it["id"])
            continue
        print(it["id"], it["question"][:90])
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print("   =>", shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
