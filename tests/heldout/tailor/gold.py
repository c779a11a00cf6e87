"""Gold answers for the 巧裁坊 StitchCraft tailoring held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; rates are per customer.
  Computed with later steps allowed after the period end (the questions state the window) — for "lose the most" and
  channel / tier rankings both readings (later steps inside / outside the period) must agree. "Lose the most after a
  step" = the step with the most customers who reached it but not the next one. A conversion between two inner steps
  = customers reaching the later step / customers reaching the earlier one, in the cohort of the journey's first step
  in the period; drop-off between them = 1 − that conversion;
- times between steps: a garment order is a `job_no` (on every event of that order). Read per order (the job's
  deposit → the same job's ready notice) and per customer (their first A → their first B after it); the value is
  the per-order reading and the tolerance covers both (at least 3 %). Cohort by A's date unless the question dates
  the cohort by B ("garments ready in Q1");
- orders ("单", "orders placed") = tp_order events (one per job); "orders with a first fitting" = jobs with a
  tp_fitting1 event; remake rate = those jobs with a tp_remake; second-fitting share = those jobs with a tp_fitting2;
  late = the ready notice's date after the job's promised_date; rush share = tp_order events with rush = yes;
- money = order lines with status `paid` by the line's ts (deposit, balance, rush_surcharge); refunds = lines with
  status refunded, by `refunded_at`; spend per paying customer = paid money / distinct customers with a paid line;
  per order = paid money per job_no, by the job's tp_order date;
- customer attributes (获客渠道 / acquisition_channel, 会员等级 / tier, shop / 门店, gender / 性别) from customers;
  garment (品类 / garment_type), tailor, rush, collect_method from the event; zh questions expect the zh twin value,
  en questions the en one;
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date; shop of a
  comment = the feedback row's shop column;
- exact duplicate event rows (same event_id) are loaded once; periods are inclusive calendar dates; weeks run
  Monday–Sunday; relative periods resolve against the item's `as_of` (else 2026-07-31, the last day of the data).
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
    CON.execute("ALTER TABLE events ALTER promised_date TYPE DATE USING CAST(promised_date AS DATE)")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'refunded_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT f.*, t.topic, t.sentiment, t.language FROM read_csv_auto(
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


def top(rows, gap=1.1, lowest=False, absgap=None):
    """rows sorted best first (value in column 1)."""
    a, b = rows[0][1], rows[1][1]
    if absgap is not None:
        assert abs(a - b) > absgap, rows[:4]
    elif lowest:
        assert b > a * gap, rows[:4]
    else:
        assert a > b * gap, rows[:4]
    return dict(top_entity=str(rows[0][0]))


def esc(v: str) -> str:
    return v.replace("'", "''")


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


def conv(journey, start, end, a=1, b=None, drop=False, **kw):
    c = funnel(journey, start, end, **kw)
    r = c[(b or len(c)) - 1] / c[a - 1]
    print("    funnel", c)
    return rate(1 - r if drop else r)


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        print("    funnel", c, lost)
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
            c = funnel(journey, start, end, cust=f"{column} = '{esc(v)}'", bounded=bounded)
            if c[a - 1] >= min_n:
                rates[v] = c[(b or len(c)) - 1] / c[a - 1]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        print("   ", {k: round(v, 3) for k, v in rates.items()})
        assert abs(rates[order[0]] - rates[order[1]]) > gap, rates
        tops.add(order[0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


# ---------- times between steps ----------

def gaps_job(tp_a, tp_b, start=None, end=None, cond="1=1", by="a"):
    """per order (job_no): the job's first tp_a → the job's first tp_b after it, in days."""
    col = "a.ta" if by == "a" else "b.tb"
    per = f"AND {_in(col, start, end)}" if start else ""
    return f"""WITH a AS (SELECT e.job_no, e.customer_id, min(e.ts) AS ta FROM events e JOIN customers c
                          USING (customer_id) WHERE e.touchpoint_id = '{tp_a}' AND ({cond}) GROUP BY 1, 2),
               b AS (SELECT a.job_no, min(e.ts) AS tb FROM a JOIN events e ON e.job_no = a.job_no
                     AND e.touchpoint_id = '{tp_b}' AND e.ts > a.ta GROUP BY 1)
               SELECT a.customer_id, date_diff('second', a.ta, b.tb) / 86400.0 AS d FROM a JOIN b USING (job_no)
               WHERE 1=1 {per}"""


def gaps_cust(tp_a, tp_b, start=None, end=None, cond="1=1", by="a"):
    """per customer: first tp_a → first tp_b after it (events filtered by cond), in days."""
    col = "a.ta" if by == "a" else "b.tb"
    per = f"AND {_in(col, start, end)}" if start else ""
    return f"""WITH e AS (SELECT e.* FROM events e JOIN customers c USING (customer_id) WHERE ({cond})),
               a AS (SELECT customer_id, min(ts) AS ta FROM e WHERE touchpoint_id = '{tp_a}' GROUP BY 1),
               b AS (SELECT a.customer_id, min(e.ts) AS tb FROM a JOIN e ON e.customer_id = a.customer_id
                     AND e.touchpoint_id = '{tp_b}' AND e.ts > a.ta GROUP BY 1)
               SELECT a.customer_id, date_diff('second', a.ta, b.tb) / 86400.0 AS d FROM a JOIN b USING (customer_id)
               WHERE 1=1 {per}"""


def gap_pair(tp_a, tp_b, start=None, end=None, cond="1=1", agg="median", by="a"):
    x = one(f"SELECT {agg}(d) FROM ({gaps_job(tp_a, tp_b, start, end, cond, by)})")
    y = one(f"SELECT {agg}(d) FROM ({gaps_cust(tp_a, tp_b, start, end, cond, by)})")
    return x, y


def gap_value(tp_a, tp_b, start=None, end=None, cond="1=1", agg="median", by="a", rel=0.03):
    x, y = gap_pair(tp_a, tp_b, start, end, cond, agg, by)
    print("    readings (job, customer)", round(x, 3), round(y, 3))
    return dict(value=round(x, 2), tolerance=round(max(0.1, abs(x) * rel, abs(x - y) + 0.05), 2))


def gap_share(tp_a, tp_b, days, start, end, by="a", cond="1=1"):
    x = one(f"SELECT avg((d > {days})::int) FROM ({gaps_job(tp_a, tp_b, start, end, cond, by)})")
    y = one(f"SELECT avg((d > {days})::int) FROM ({gaps_cust(tp_a, tp_b, start, end, cond, by)})")
    print("    readings (job, customer)", round(x, 4), round(y, 4))
    return dict(value=round(x, 4), tolerance=round(max(0.01, abs(x - y) + 0.005), 4))


def gap_diff(tp_a, tp_b, p1, p2, cond):
    x1, y1 = gap_pair(tp_a, tp_b, *p1, cond)
    x2, y2 = gap_pair(tp_a, tp_b, *p2, cond)
    print("    readings", x1, y1, x2, y2)
    v, w = x2 - x1, y2 - y1
    return dict(value=round(v, 2), tolerance=round(max(0.3, abs(v) * 0.05, abs(v - w) + 0.1), 2))


def gap_top(tp_a, tp_b, col, min_n=50, gap=1.2):
    tops = set()
    for fn in (gaps_job, gaps_cust):
        for agg in ("median", "avg"):
            rows = q(f"""SELECT {col}, {agg}(d) v FROM ({fn(tp_a, tp_b)}) g JOIN customers c USING (customer_id)
                         GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC""")
            print("   ", fn.__name__, agg, [(r[0], round(r[1], 2)) for r in rows])
            tops.add(top(rows, gap)["top_entity"])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per order (job) ----------

def jobs_with(tp, start=None, end=None, cond="1=1"):
    per = f"AND {_in('e.ts', start, end)}" if start else ""
    return f"""SELECT e.job_no, min(e.ts) AS t FROM events e JOIN customers c USING (customer_id)
               WHERE e.touchpoint_id = '{tp}' AND ({cond}) {per} GROUP BY 1"""


def job_share(tp, other, start=None, end=None, cond="1=1"):
    return f"""SELECT avg((EXISTS (SELECT 1 FROM events x WHERE x.job_no = j.job_no
                              AND x.touchpoint_id = '{other}'))::int), count(*)
               FROM ({jobs_with(tp, start, end, cond)}) j"""


def job_share_value(tp, other, start=None, end=None, cond="1=1"):
    v, n = q(job_share(tp, other, start, end, cond))[0]
    print("    n", n)
    return rate(v)


def job_share_top(tp, other, col, min_n=100, gap=1.3):
    rows = []
    for (v,) in q(f"SELECT DISTINCT {col} FROM customers c WHERE {col} IS NOT NULL"):
        r, n = q(job_share(tp, other, cond=f"{col} = '{esc(v)}'"))[0]
        if n >= min_n:
            rows.append((v, r, n))
    rows.sort(key=lambda r: -r[1])
    print("   ", rows)
    return top(rows, gap)


def late_share(start, end):
    v, n = q(f"""SELECT avg((CAST(ts AS DATE) > promised_date)::int), count(*) FROM events
                 WHERE touchpoint_id = 'tp_ready' AND {_in('ts', start, end)}""")[0]
    print("    n", n)
    return rate(v)


def rush_share(start, end, cond="1=1"):
    return rate(one(f"""SELECT avg((e.rush = 'yes')::int) FROM events e WHERE e.touchpoint_id = 'tp_order'
                        AND {_in('e.ts', start, end)} AND ({cond})"""))


def rush_top(col, gap=1.2):
    rows = q(f"""SELECT {col}, avg((e.rush = 'yes')::int) v, count(*) FROM events e WHERE e.touchpoint_id = 'tp_order'
                 GROUP BY 1 ORDER BY v DESC""")
    print("   ", rows)
    return top(rows, gap)


def ev_share(tp, num_cond, start, end):
    return rate(one(f"""SELECT avg(({num_cond})::int) FROM events e WHERE e.touchpoint_id = '{tp}'
                        AND {_in('e.ts', start, end)}"""))


def adjust_per_job(garment):
    v = one(f"""SELECT (SELECT count(*) FROM events WHERE touchpoint_id = 'tp_adjust' AND garment_type = '{garment}')
                / (SELECT count(DISTINCT job_no) FROM events WHERE touchpoint_id = 'tp_fitting1'
                   AND garment_type = '{garment}')""")
    return num(v, rel=0.02, floor=0.01)


def jobs_per_customer(cond):
    v = one(f"""SELECT count(*) * 1.0 / count(DISTINCT e.customer_id) FROM events e JOIN customers c
                USING (customer_id) WHERE e.touchpoint_id = 'tp_deposit' AND ({cond})""")
    return num(v, rel=0.02, floor=0.005)


def customers_share(num_cond):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM customers c"))


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
    print("   ", rows[:4])
    return top(rows, gap)


def month_top(tp, start, end, cond="1=1", gap=1.1):
    rows = q(f"""SELECT strftime(ts, '%Y-%m') m, count(*) n FROM events e WHERE touchpoint_id = '{tp}'
                 AND {_in('ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:4])
    return top(rows, gap)


def growth(tp, a, b):
    x = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)}")
    y = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)}")
    print("    ", x, "->", y)
    return rate((y - x) / x)


def busiest_week(tp, start, end):
    rows = q(f"""SELECT date_trunc('week', ts) w, count(*) n FROM events WHERE touchpoint_id = '{tp}'
                 AND {_in('ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:3])
    w0 = str(rows[0][0])[:10]
    assert start <= w0 and rows[0][1] > rows[1][1], rows[:3]      # a full week inside the period, unique
    return count(rows[0][1])


# ---------- orders ----------

PAID = "o.status = 'paid'"


def orders_sum(start, end, cond=PAID, col="o.ts"):
    return money(one(f"SELECT sum(o.amount) FROM orders o WHERE {_in(col, start, end)} AND ({cond})"))


def orders_top(col, start, end, cond=PAID, gap=1.1):
    rows = q(f"""SELECT {col}, sum(o.amount) v FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})
                 GROUP BY 1 ORDER BY v DESC""")
    print("   ", rows[:4])
    return top(rows, gap)


def revenue_growth(a, b):
    x = one(f"SELECT sum(amount) FROM orders o WHERE {PAID} AND {_in('o.ts', *a)}")
    y = one(f"SELECT sum(amount) FROM orders o WHERE {PAID} AND {_in('o.ts', *b)}")
    print("    ", x, "->", y)
    return rate((y - x) / x)


def per_buyer(start, end):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o WHERE {PAID}
                AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(v * 0.01, 2))


def per_order_top(col, start, end, gap=1.3):
    rows = q(f"""WITH j AS (SELECT job_no, customer_id FROM events WHERE touchpoint_id = 'tp_order'
                            AND {_in('ts', start, end)}),
                      m AS (SELECT j.job_no, j.customer_id, sum(o.amount) v FROM j JOIN orders o USING (job_no)
                            WHERE {PAID} GROUP BY 1, 2)
                 SELECT {col}, avg(v) a FROM m JOIN customers c USING (customer_id) GROUP BY 1 ORDER BY a DESC""")
    print("   ", rows)
    return top(rows, gap)


# ---------- feedback ----------

NEG = "f.sentiment = 'negative'"


def fb_count(cond, rel=0.0):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * rel, 1)))


def fb_ratio(num_cond, cond, rel=0.0):
    v = one(f"SELECT avg(({num_cond})::int) FROM feedback f WHERE {cond}")
    return rate(v, round(max(0.01, v * rel), 4))


def fb_avg(col, cond, tol=0.05):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_top(col, cond, gap=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                 GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:4])
    return top(rows, gap)


def fb_avg_top(col, cond="1=1", lowest=True, min_n=30, absgap=0.3):
    rows = q(f"""SELECT {col}, avg(rating) v, count(*) n FROM feedback f WHERE rating IS NOT NULL AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v {'ASC' if lowest else 'DESC'}""")
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
    return top(rows, absgap=absgap)


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


ALL = ("2025-01-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
PD_LATE = ("2025-10-01", ALL[1])
CO, OF, RV, RP = "consult_to_order", "order_fulfilment", "review_after_pickup", "repeat_order"


def gold() -> dict:
    return {
        # ---- funnels
        "sc01": lambda: conv(CO, *Y25),
        "sc02": lambda: top_lost(CO, *quarter(2025, 3)),
        "sc03": lambda: top_conv(CO, *ALL, 'c."获客渠道"', a=1, b=3, lowest=True),
        "sc04": lambda: conv(CO, *H1_26, a=1, b=3, cust="c.acquisition_channel = 'xiaohongshu'"),
        "sc05": lambda: conv(CO, *H1_26, a=1, b=3, cust="c.acquisition_channel = 'dianping'"),
        "sc06": lambda: conv(OF, *H2_25, a=2, b=3, drop=True),
        "sc07": lambda: conv(OF, *H2_25, a=2, b=3, drop=True, cust="c.shop = 'Pudong'"),
        "sc08": lambda: conv(RV, *quarter(2025, 4)),
        "sc09": lambda: conv(RP, *H1_25, cust="c.tier = 'gold'"),
        "sc10": lambda: conv(RP, *H1_25, cust="c.tier = 'regular'"),
        "sc11": lambda: top_conv(RP, *ALL, "c.tier", min_n=100, gap=0.05),
        # ---- times between steps
        "sc13": lambda: gap_value("tp_deposit", "tp_ready", *H2_25),
        "sc14": lambda: gap_top("tp_deposit", "tp_ready", "c.shop"),
        "sc15": lambda: gap_value("tp_deposit", "tp_ready", *PD_LATE, "c.shop = 'Pudong'", agg="avg"),
        "sc16": lambda: gap_value("tp_deposit", "tp_ready", *PD_LATE, "c.shop = 'Xuhui'", agg="avg"),
        "sc17": lambda: gap_share("tp_deposit", "tp_ready", 10, *quarter(2026, 1), by="b"),
        "sc18": lambda: gap_value("tp_ready", "tp_collect", agg="avg"),
        "sc19": lambda: gap_value("tp_consult", "tp_order", cond="e.garment_type = 'bespoke suit'", agg="avg"),
        "sc20": lambda: gap_value("tp_fitting1", "tp_fitting2", cond="e.garment_type = 'bespoke suit'"),
        # ---- per customer / per order
        "sc21": lambda: per_buyer(*Y25),
        "sc22": lambda: jobs_per_customer("c.tier = 'gold'"),
        "sc23": lambda: adjust_per_job("wedding gown"),
        # ---- shares
        "sc24": lambda: late_share(*quarter(2025, 4)),
        "sc25": lambda: late_share(*quarter(2025, 2)),
        "sc27": lambda: rush_share(*quarter(2026, 2), "e.order_kind = 'alteration'"),
        "sc28": lambda: job_share_value("tp_fitting1", "tp_fitting2", cond="e.garment_type = 'wedding gown'"),
        "sc29": lambda: ev_share("tp_collect", "e.collect_method = 'delivery'", *H1_26),
        # ---- rankings
        "sc26": lambda: orders_top('o."品类"', *H1_26, gap=1.5),
        "sc30": lambda: ev_top("tp_order", "e.tailor", *H1_26, gap=1.2),
        "sc31": lambda: fb_avg_top("f.tailor", lowest=False, min_n=30, absgap=0.15),
        "sc32": lambda: fb_avg_top("f.tailor", lowest=False, min_n=1, absgap=0.15),
        "sc33": lambda: ev_top("tp_order", "e.garment_type", *Y25),
        "sc34": lambda: month_top("tp_order", *Y25, "e.garment_type = 'wedding gown'"),
        "sc35": lambda: job_share_top("tp_fitting1", "tp_remake", "c.shop"),
        "sc36": lambda: ev_top("tp_consult", 'c."获客渠道"', *ALL, distinct=True),
        "sc37": lambda: rush_top('e."品类"'),
        "sc38": lambda: per_order_top("c.gender", *Y25),
        # ---- single values
        "sc39": lambda: orders_sum(*month(2025, 10), f"{PAID} AND o.order_type = 'deposit'"),
        "sc40": lambda: orders_sum(*Y25, "o.status = 'refunded'", col="o.refunded_at"),
        "sc41": lambda: ev_count("tp_order", *month(2026, 3), "e.garment_type = 'wedding gown'"),
        "sc42": lambda: ev_count("tp_order", *month(2026, 4), "e.garment_type = 'wedding gown'"),
        "sc43": lambda: ev_count("tp_consult", "2025-03-03", "2025-03-09"),
        "sc44": lambda: orders_sum(*Y25, f"{PAID} AND o.order_type = 'rush_surcharge'"),
        "sc45": lambda: ev_count("tp_collect", *month(2026, 6), distinct=True),
        "sc46": lambda: orders_sum(*H2_25),
        "sc47": lambda: ev_count("tp_order", "2026-07-01", "2026-07-20"),
        "sc48": lambda: ev_count("tp_order", *month(2026, 6)),
        # ---- comparisons and trends
        "sc49": lambda: growth("tp_consult", quarter(2026, 1), quarter(2026, 2)),
        "sc50": lambda: revenue_growth(month(2025, 5), month(2026, 5)),
        "sc51": lambda: growth("tp_order", month(2026, 5), month(2026, 6)),
        "sc52": lambda: busiest_week("tp_order", *quarter(2025, 4)),
        "sc53": lambda: gap_diff("tp_deposit", "tp_ready", quarter(2025, 2), quarter(2025, 4), "c.shop = 'Pudong'"),
        "sc54": lambda: month_top("tp_consult", *Y25),
        # ---- feedback
        "sc55": lambda: fb_top("f.touchpoint_id", NEG),
        "sc56": lambda: fb_count("f.topic = 'late_ready'", rel=0.05),
        "sc57": lambda: fb_count("f.topic = 'poor_fit'", rel=0.05),
        "sc58": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "sc59": lambda: fb_ratio(NEG, "f.shop = 'Pudong'"),
        "sc60": lambda: fb_avg_top("f.touchpoint_id", lowest=True, min_n=30, absgap=0.3),
        "sc61": lambda: fb_count(f"f.topic = 'price_high' AND {_in('f.ts', *H1_26)}", rel=0.05),
        "sc62": lambda: fb_count("f.ts IS NULL"),
        "sc63": lambda: fb_avg("nps", f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}", tol=0.1),
        "sc64": lambda: fb_avg("rating", "f.touchpoint_id = 'tp_measure'"),
        # ---- why-questions with quotes
        "sc70": lambda: fb_ids(f"f.topic IN ('late_ready', 'poor_fit') AND f.shop = 'Pudong' "
                               f"AND f.ts >= DATE '2025-10-01'"),
        "sc71": lambda: fb_ids(f"f.topic = 'price_high' AND {_in('f.ts', *H1_26)}"),
        # ---- device follow-ups
        "sc74": lambda: ev_count("tp_review", *quarter(2026, 2), "e.device = 'ios'"),
        "sc75": lambda: ev_count("tp_review", *quarter(2026, 2), "e.device = 'android'"),
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
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:80], shown)
    print("status-only ok items:", missing)
    langs = [it["lang"] for it in items]
    print(f"{len(items)} items: zh {langs.count('zh')}, en {langs.count('en')};",
          {s: sum(1 for it in items if it['expect'].get('status') == s) for s in ("ok", "unsupported", "clarify")},
          "follow-ups", sum(1 for it in items if "follow_up_of" in it),
          "as_of", sum(1 for it in items if "as_of" in it))
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
