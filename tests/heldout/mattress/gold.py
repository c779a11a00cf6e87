"""Gold answers for the 眠趣 SleepWell mattress held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; rates are per customer.
  Computed twice (later steps allowed after the period end / every step inside the period); the tolerance covers
  both readings unless the question states the window explicitly. "Lose the most" = the step with the most customers
  who reached it but not the next one. An inner conversion (product page → order) = customers reaching the later
  step / customers reaching the earlier one, in the cohort of the journey's first step in the period;
- two-step rates outside a journey (order → payment by device, trial nap → order by showroom) are per customer: the
  cohort is the customer's first A event in the period (with the stated attribute on that event), success = any B
  event after it (within the stated window);
- return rate = mattress order lines with status `refunded` / mattress lines with status `paid` or `refunded`
  (cancelled = never paid, not "sold"), grouped by the order line's model / the customer's attributes; "tried a
  showroom nap" = the customer has a tp_nap event before the mattress order;
- times between steps are per customer: their first A event → their first B event after it; the cohort is dated by
  A's date unless the question dates it by B ("delivered in Q1 2026"); medians and means over customers who reached B;
- money = order lines with status `paid` (refunded and cancelled lines are not revenue), by the order's ts; refunds
  = lines with status refunded, summed by `refunded_at`. Mattresses "sold" = mattress lines not cancelled, counted
  by order ts. "Spend per paying customer" = paid amount / customers with a paid line in the period;
- re-purchases = tp_repurchase events; "customers who received a mattress" = customers with a tp_delivered event;
- late delivery = tp_delivered event with on_time = 'no'; old mattress removal = old_mattress_removed = 'yes';
- customer attributes (city / 城市, city_tier / 城市等级, acquisition_channel / 获客渠道, buyer_type / 买家类型,
  sleep_position / 睡姿) from customers; model / 型号, channel / 销售渠道 from the order line; showroom / 门店 from
  the nap event; zh questions expect the zh twin value, en questions the en one. Sleep position is blank for
  customers who never took the quiz nor ordered: shares of customers by position are over customers with one;
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date; rating
  averages are over rows with a rating;
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
                    all_varchar=true)""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    all_varchar=true)""")
    CON.execute("ALTER TABLE events ALTER ts TYPE TIMESTAMP USING CAST(ts AS TIMESTAMP)")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    all_varchar=true)""")
    CON.execute("""ALTER TABLE orders ALTER ts TYPE TIMESTAMP USING CAST(ts AS TIMESTAMP);
                   ALTER TABLE orders ALTER amount TYPE DOUBLE USING CAST(amount AS DOUBLE);
                   ALTER TABLE orders ALTER refunded_at TYPE TIMESTAMP USING CAST(refunded_at AS TIMESTAMP)""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT f.*, t.topic, t.sentiment FROM read_csv_auto(
                    '{data / 'feedback.csv'}', header=true, types={{'ts': 'TIMESTAMP', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE'}}) f JOIN read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}') t
                    USING (feedback_id)""")
    CON.execute("""CREATE TABLE mat AS SELECT o.*, c.sleep_position, c."睡姿", c.buyer_type, c.city_tier,
                   c."城市等级", EXISTS (SELECT 1 FROM events n WHERE n.customer_id = o.customer_id
                   AND n.touchpoint_id = 'tp_nap' AND n.ts < o.ts) AS napped
                   FROM orders o JOIN customers c USING (customer_id)
                   WHERE o.order_type = 'mattress' AND o.status IN ('paid', 'refunded')""")


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
    print("   ", [(r[0], round(float(r[1]), 4)) for r in rows[:4]])
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


def funnel(journey, start, end, cust=None, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
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


def conv(journey, start, end, a=1, b=None, both=True, **kw):
    """both=False when the question states the window explicitly (later steps may fall after the period)."""
    vals = []
    for bounded in ((False, True) if both else (False, False)):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        vals.append(c[(b or len(c)) - 1] / c[a - 1])
    print("   ", c)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        print("   ", c, lost)
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, a=1, b=None, lowest=False, min_n=100, gap=0.04):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            vv = v.replace("'", "''")
            c = funnel(journey, start, end, cust=f"{column} = '{vv}'", bounded=bounded)
            if c[a - 1] >= min_n:
                rates[v] = c[(b or len(c)) - 1] / c[a - 1]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, rates
        print("   ", {k: round(v, 3) for k, v in rates.items()})
        tops.add(order[0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


def step_sql(tp_a, tp_b, start=None, end=None, a_cond="1=1", window=None):
    per = f"AND {_in('e.ts', start, end)}" if start else ""
    win = f"AND b.ts <= a.ta + INTERVAL {window} DAY" if window else ""
    return f"""WITH a AS (SELECT e.customer_id, min(e.ts) AS ta, arg_min(e.showroom, e.ts) AS showroom,
                                 arg_min(e."门店", e.ts) AS "门店"
                          FROM events e JOIN customers c USING (customer_id)
                          WHERE e.touchpoint_id = '{tp_a}' {per} AND ({a_cond}) GROUP BY 1)
               SELECT a.*, EXISTS (SELECT 1 FROM events b WHERE b.customer_id = a.customer_id
                                   AND b.touchpoint_id = '{tp_b}' AND b.ts > a.ta {win}) AS ok FROM a"""


def step_rate(tp_a, tp_b, start=None, end=None, a_cond="1=1", window=None):
    n, v = q(f"SELECT count(*), avg(ok::int) FROM ({step_sql(tp_a, tp_b, start, end, a_cond, window)})")[0]
    print("    n =", n)
    return rate(v)


def step_top(tp_a, tp_b, col, min_n, window=None, gap=1.03):
    return top(q(f"""SELECT {col}, avg(ok::int) v, count(*) n FROM ({step_sql(tp_a, tp_b, window=window)})
                     GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC, n DESC"""), gap)


# ---------- returns ----------

def ret_rate(cond="1=1"):
    n, v = q(f"SELECT count(*), avg((status = 'refunded')::int) FROM mat m WHERE {cond}")[0]
    print("    n =", n)
    return rate(v)


def ret_top(col, min_n=100, gap=1.2):
    return top(q(f"""SELECT {col}, avg((status = 'refunded')::int) v FROM mat m WHERE {col} IS NOT NULL
                     GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC"""), gap)


# ---------- times between steps ----------

def gaps(tp_a, tp_b, start=None, end=None, cond="1=1", by="a"):
    """per customer: first tp_a → first tp_b after it, in days; cohort by A's (or B's) date."""
    col = "a.ta" if by == "a" else "b.tb"
    per = f"AND {_in(col, start, end)}" if start else ""
    return f"""WITH a AS (SELECT customer_id, min(ts) AS ta FROM events WHERE touchpoint_id = '{tp_a}' GROUP BY 1),
               b AS (SELECT a.customer_id, min(e.ts) AS tb FROM a JOIN events e ON e.customer_id = a.customer_id
                     AND e.touchpoint_id = '{tp_b}' AND e.ts > a.ta GROUP BY 1)
               SELECT c.*, date_diff('second', a.ta, b.tb) / 86400.0 AS d FROM a JOIN b USING (customer_id)
               JOIN customers c USING (customer_id) WHERE 1=1 {per} AND ({cond})"""


def gap_value(tp_a, tp_b, start=None, end=None, cond="1=1", agg="median", by="a", rel=0.03):
    n, v = q(f"SELECT count(*), {agg}(d) FROM ({gaps(tp_a, tp_b, start, end, cond, by)})")[0]
    print("    n =", n)
    return num(v, rel=rel, floor=0.1, nd=2)


def gap_share(tp_a, tp_b, days, start, end, by="a", cond="1=1", within=False):
    """share slower than `days` (or, within=True, reached B within `days`) among customers who reached B."""
    op = "<=" if within else ">"
    n, v = q(f"SELECT count(*), avg((d {op} {days})::int) FROM ({gaps(tp_a, tp_b, start, end, cond, by)})")[0]
    print("    n =", n)
    return rate(v)


def gap_top(tp_a, tp_b, col, min_n=50, gap=1.3):
    tops = set()
    for agg in ("median", "avg"):
        rows = q(f"""SELECT {col}, {agg}(d) v FROM ({gaps(tp_a, tp_b)}) GROUP BY 1 HAVING count(*) >= {min_n}
                     ORDER BY v DESC""")
        top(rows, gap)
        tops.add(str(rows[0][0]))
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- events ----------

def ev_count(tp, start, end, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_share(tp, num_cond, start=None, end=None, cond="1=1"):
    per = f"AND {_in('e.ts', start, end)}" if start else ""
    n, v = q(f"""SELECT count(*), avg(({num_cond})::int) FROM events e WHERE e.touchpoint_id = '{tp}' {per}
                 AND ({cond})""")[0]
    print("    n =", n)
    return rate(v)


def ev_share_top(tp, col, num_cond, min_n=50, gap=1.5):
    return top(q(f"""SELECT {col}, avg(({num_cond})::int) v FROM events e WHERE e.touchpoint_id = '{tp}'
                     GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC"""), gap)


def month_top(tp, start, end, gap=1.05, distinct=False):
    what = "count(DISTINCT customer_id)" if distinct else "count(*)"
    return top(q(f"""SELECT strftime(ts, '%Y-%m') m, {what} n FROM events WHERE touchpoint_id = '{tp}'
                     AND {_in('ts', start, end)} GROUP BY 1 ORDER BY n DESC"""), gap)


def busiest_week(tp, start, end):
    rows = q(f"""SELECT date_trunc('week', ts) w, count(*) n FROM events WHERE touchpoint_id = '{tp}'
                 AND {_in('ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:3])
    w0 = str(rows[0][0])[:10]
    assert start <= w0 and rows[0][1] > rows[1][1], rows[:3]      # a full week inside the period, unique
    return count(rows[0][1])


def growth_payers(a, b):
    x = one(f"SELECT count(DISTINCT customer_id) FROM events WHERE touchpoint_id = 'tp_payment' AND {_in('ts', *a)}")
    y = one(f"SELECT count(DISTINCT customer_id) FROM events WHERE touchpoint_id = 'tp_payment' AND {_in('ts', *b)}")
    return rate((y - x) / x)


# ---------- orders / customers ----------

PAID = "o.status = 'paid'"
SOLD = "o.order_type = 'mattress' AND o.status <> 'cancelled'"


def orders_sum(start, end, cond=PAID, col="o.ts"):
    return money(one(f"SELECT sum(o.amount) FROM orders o WHERE {_in(col, start, end)} AND ({cond})"))


def orders_count(start, end, cond):
    return count(one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def orders_avg(start, end, cond):
    v = one(f"SELECT avg(o.amount) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 2), tolerance=round(max(1.0, v * 0.003), 2))


def orders_top(col, start, end, cond, agg="sum(o.amount)", gap=1.1):
    return top(q(f"""SELECT {col}, {agg} v FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})
                     GROUP BY 1 ORDER BY v DESC"""), gap)


def orders_month_top(start, end, cond, gap=1.1):
    return top(q(f"""SELECT strftime(o.ts, '%Y-%m'), count(*) v FROM orders o WHERE {_in('o.ts', start, end)}
                     AND ({cond}) GROUP BY 1 ORDER BY v DESC"""), gap)


def mat_share(num_cond, cond="1=1", start=None, end=None):
    per = f"AND {_in('m.ts', start, end)}" if start else ""
    n, v = q(f"SELECT count(*), avg(({num_cond})::int) FROM mat m WHERE ({cond}) {per}")[0]
    print("    n =", n)
    return rate(v)


def revenue_growth(a, b):
    x = one(f"SELECT sum(amount) FROM orders o WHERE {PAID} AND {_in('o.ts', *a)}")
    y = one(f"SELECT sum(amount) FROM orders o WHERE {PAID} AND {_in('o.ts', *b)}")
    return rate((y - x) / x)


def per_buyer(start, end):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o WHERE {PAID}
                AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(v * 0.01, 2))


RECEIVED = "SELECT DISTINCT customer_id FROM events WHERE touchpoint_id = 'tp_delivered'"


def repurchase_per(cond="1=1"):
    v = one(f"""SELECT count(e.customer_id) * 1.0 / count(DISTINCT r.customer_id) FROM ({RECEIVED}) r
                JOIN customers c USING (customer_id) LEFT JOIN events e ON e.customer_id = r.customer_id
                AND e.touchpoint_id = 'tp_repurchase' WHERE {cond}""")
    return num(v, rel=0.02, floor=0.005)


def repurchase_top(col, gap=1.5):
    return top(q(f"""SELECT {col}, count(e.customer_id) * 1.0 / count(DISTINCT r.customer_id) v FROM ({RECEIVED}) r
                     JOIN customers c USING (customer_id) LEFT JOIN events e ON e.customer_id = r.customer_id
                     AND e.touchpoint_id = 'tp_repurchase' GROUP BY 1 ORDER BY v DESC"""), gap)


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
    n, v = q(f"SELECT count(*), avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")[0]
    print("    n =", n)
    return dict(value=round(v, 3), tolerance=tol)


def fb_top(col, cond, gap=1.3):
    return top(q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                     GROUP BY 1 ORDER BY n DESC"""), gap)


def fb_avg_top(col, cond="1=1", lowest=True, min_n=20):
    rows = q(f"""SELECT {col}, avg(rating) v FROM feedback f WHERE rating IS NOT NULL AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v {'ASC' if lowest else 'DESC'}""")
    print("   ", rows)
    assert abs(rows[0][1] - rows[1][1]) > 0.4, rows
    return dict(top_entity=rows[0][0])


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    print("    ids:", len(ids))
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


ALL = ("2025-01-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
WUHAN = "c.city = 'Wuhan'"


def gold() -> dict:
    return {
        # ---- funnels and conversions
        "ms01": lambda: conv("quiz_to_pay", *Y25),
        "ms02": lambda: top_lost("quiz_to_pay", *quarter(2025, 4)),
        "ms03": lambda: top_conv("quiz_to_pay", *ALL, 'c."获客渠道"'),
        "ms04": lambda: top_conv("quiz_to_pay", *ALL, "c.acquisition_channel", lowest=True),
        "ms05": lambda: conv("quiz_to_pay", *H1_26, a=2, b=3),
        "ms06": lambda: step_rate("tp_order", "tp_payment", *month(2026, 3), "e.device = 'ios'"),
        "ms07": lambda: step_rate("tp_order", "tp_payment", *month(2026, 3), "e.device = 'android'"),
        "ms08": lambda: gap_share("tp_payment", "tp_delivered", 7, *month(2025, 10), within=True),
        "ms09": lambda: conv("trial_return", *H1_26),
        "ms10": lambda: step_top("tp_nap", "tp_order", '"门店"', 50, window=14),
        "ms11": lambda: step_top("tp_nap", "tp_order", '"门店"', 1, window=14),
        # ---- returns
        "ms12": lambda: ret_rate("napped"),
        "ms13": lambda: ret_rate("NOT napped"),
        "ms14": lambda: ret_top("model", gap=1.5),
        "ms15": lambda: ret_rate("sleep_position = 'side' AND model = 'Core'"),
        "ms16": lambda: ret_rate("sleep_position = 'back' AND model = 'Core'"),
        "ms17": lambda: ret_top("sleep_position", gap=1.1),
        "ms18": lambda: top(q("""SELECT return_reason, count(*) n FROM events WHERE touchpoint_id = 'tp_return_req'
                                 GROUP BY 1 ORDER BY n DESC"""), 1.3),
        # ---- times between steps
        "ms19": lambda: gap_value("tp_payment", "tp_delivered", *H2_25),
        "ms20": lambda: gap_top("tp_payment", "tp_delivered", "city", gap=1.15),
        "ms21": lambda: gap_value("tp_payment", "tp_delivered", "2025-09-01", ALL[1], WUHAN, agg="avg"),
        "ms22": lambda: gap_value("tp_payment", "tp_delivered", ALL[0], "2025-08-31", WUHAN, agg="avg"),
        "ms23": lambda: gap_share("tp_payment", "tp_delivered", 10, *quarter(2026, 1), by="b"),
        "ms24": lambda: gap_value("tp_return_req", "tp_return_pickup", "2025-12-01", ALL[1]),
        "ms25": lambda: gap_value("tp_return_req", "tp_return_pickup", ALL[0], "2025-11-30"),
        "ms26": lambda: gap_share("tp_return_req", "tp_return_pickup", 7, *H1_26),
        "ms27": lambda: gap_value("tp_delivered", "tp_return_req", agg="avg"),
        # ---- per customer
        "ms28": lambda: per_buyer(*Y25),
        "ms29": lambda: repurchase_per("c.buyer_type = 'family'"),
        "ms30": lambda: repurchase_top("c.buyer_type"),
        "ms31": lambda: orders_avg(*H1_26, f"{PAID} AND o.order_type = 'mattress'"),
        # ---- shares
        "ms32": lambda: ev_share("tp_delivered", "e.old_mattress_removed = 'yes'", *Y25),
        "ms33": lambda: mat_share("payment_type = 'instalment'", "m.\"城市等级\" = '二线'"),
        "ms34": lambda: mat_share("payment_type = 'instalment'", "m.\"城市等级\" = '一线'"),
        "ms35": lambda: ev_share("tp_delivered", "e.on_time = 'no'", *quarter(2025, 4), "e.city = 'Wuhan'"),
        "ms36": lambda: customers_share("c.sleep_position = 'side'", "c.sleep_position IS NOT NULL"),
        # ---- rankings
        "ms37": lambda: orders_top('o."城市"', *Y25, SOLD, agg="count(*)"),
        "ms38": lambda: orders_top("o.channel", *Y25, f"{PAID} AND o.order_type = 'mattress'"),
        "ms39": lambda: orders_top('o."型号"', *H1_26, SOLD, agg="count(*)"),
        "ms40": lambda: orders_month_top(*Y25, SOLD),
        "ms41": lambda: fb_top('f."型号"', "f.topic = 'smell'", gap=2),
        "ms42": lambda: ev_share_top("tp_delivered", "e.city", "e.on_time = 'no'"),
        # ---- single values
        "ms43": lambda: orders_sum(*quarter(2025, 3), "o.status = 'refunded'", col="o.refunded_at"),
        "ms44": lambda: orders_sum(*H2_25),
        "ms45": lambda: ev_count("tp_quiz", "2025-03-03", "2025-03-09"),
        "ms46": lambda: ev_count("tp_nap", *month(2026, 4), distinct=True),
        "ms47": lambda: ev_count("tp_return_req", *quarter(2026, 1)),
        "ms48": lambda: orders_sum(*H1_26, f"{PAID} AND o.order_type = 'pillow'"),
        "ms49": lambda: orders_count("2026-06-01", "2026-06-20", SOLD),
        "ms50": lambda: orders_count(*month(2026, 5), SOLD),
        # ---- comparisons and trends
        "ms51": lambda: revenue_growth(month(2025, 6), month(2026, 6)),
        "ms52": lambda: busiest_week("tp_order", *quarter(2025, 4)),
        "ms53": lambda: month_top("tp_quiz", *H1_26, gap=1.1, distinct=True),
        # ---- feedback
        "ms54": lambda: fb_top("f.touchpoint_id", NEG, gap=1.2),
        "ms55": lambda: fb_count("f.topic = 'too_firm'", rel=0.05),
        "ms56": lambda: fb_count("f.topic = 'delivery_late'", rel=0.05),
        "ms57": lambda: fb_ratio(NEG, _in("f.ts", *H1_26)),
        "ms58": lambda: fb_avg("rating", "f.touchpoint_id = 'tp_return_pickup'"),
        "ms59": lambda: fb_avg_top("f.touchpoint_id"),
        "ms60": lambda: fb_count("f.topic = 'back_pain_improved'", rel=0.05),
        "ms61": lambda: fb_ids("f.topic = 'smell'"),
        "ms62": lambda: fb_ids("f.topic = 'great_value'"),
        "ms63": lambda: fb_count("f.ts IS NULL"),
        "ms64": lambda: fb_avg("nps", "f.channel = 'checkin_reply'", tol=0.1),
        "ms65": lambda: fb_ids(f"{NEG} AND {_in('f.ts', *H1_26)}"),
        "ms66": lambda: fb_ratio(NEG, "f.city = 'Wuhan'"),
        # ---- why-questions with quotes
        "ms70": lambda: fb_ids("f.topic = 'delivery_late' AND f.city = 'Wuhan'"),
        "ms71": lambda: fb_ids("f.topic = 'payment_failed'"),
        "ms72": lambda: fb_ids("f.topic = 'too_firm'"),
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
            exp.setdefault("status", "ok")
            assert exp["status"] in ("ok", "clarify", "unsupported"), it["id"]
            if exp["status"] == "ok":
                missing.append(it["id"])
            continue
        print(it["id"], it["question"][:90])
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print("   ->", shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
