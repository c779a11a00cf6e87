"""Gold answers for the 印速达 PrintHub print-shop held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; rates are per customer.
  Later steps may fall after the period end (the questions state the window); for "lose the most" and rankings
  both readings (later steps inside / outside the period) must agree. "Lose the most after a step" = the step with
  the most customers who reached it but not the next one. A conversion between two inner steps = customers reaching
  the later step / customers reaching the earlier one, in the cohort of the journey's first step in the period;
  drop-off between them = 1 - that conversion;
- "users" / "customers" = customer_id; customer attributes (客户类型 / customer_type, 来源渠道 / acquisition_channel,
  会员等级 / tier, 城市 / city, 行业 / industry) come from customers; product, store, rush, courier from the event or
  order row. zh questions expect the zh twin value (产品类别, 门店, 客户类型, 来源渠道, 行业, 预检问题, 快递公司), en
  questions the en one;
- a print job is a `job_no` (on every event after the visit; orders carry it too). Times between steps are read per
  job (the job's first A -> the job's first B after it) and per customer (their first A -> their first B after it);
  the value is the per-job reading, the tolerance covers both (at least 3 %). Cohort by A's date unless stated;
- shares per job: "failed pre-press at least once" = uploaded jobs with a tp_preflight_fail, by upload date;
  reprint rate = printed jobs with a tp_reprint, by print date; late delivery = a delivery (`handover_method` =
  delivery) whose tp_handover ts is after the job's `promised_at`, by delivery date;
- money = orders with status `paid`, by the order's ts (amount includes rush and delivery fees); refunds = status
  `refunded` by `refunded_at`; fee totals = the rush_fee / delivery_fee / reprint_credit columns of paid orders;
  spend per paying customer = paid money / distinct customers with a paid order; "orders" = paid orders;
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date;
  ratings by step = by the feedback row's touchpoint_id; store of a comment = the feedback row's store;
- exact duplicate event rows (same event_id) are loaded once; periods are inclusive calendar dates; weeks run
  Monday-Sunday; relative periods resolve against the item's `as_of` (else 2026-06-30, the last day of the data).
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
    CON.execute("ALTER TABLE events ALTER promised_at TYPE TIMESTAMP USING CAST(promised_at AS TIMESTAMP)")
    CON.execute("ALTER TABLE events ALTER quantity TYPE INTEGER USING CAST(quantity AS INTEGER)")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'refunded_at': 'TIMESTAMP',
                    'rush_fee': 'DOUBLE', 'delivery_fee': 'DOUBLE', 'reprint_credit': 'DOUBLE',
                    'quantity': 'INTEGER', 'customer_id': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT f.*, t.topic, t.sentiment, t.language FROM read_csv_auto(
                    '{data / 'feedback.csv'}', header=true, types={{'ts': 'TIMESTAMP', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE', 'customer_id': 'VARCHAR'}}) f JOIN read_csv_auto(
                    '{data / '_truth' / 'feedback_truth.csv'}') t USING (feedback_id)""")


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
    c2 = funnel(journey, start, end, bounded=True, **kw)
    r = c[(b or len(c)) - 1] / c[a - 1]
    r2 = c2[(b or len(c2)) - 1] / c2[a - 1]
    print("    funnel", c, "bounded", c2, round(r2, 4))
    return rate(1 - r if drop else r)


def top_lost(journey, start, end, cust=None, first=1):
    """first: only steps from this one on (1-based) count ("of those who uploaded, where do we lose most")."""
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, cust=cust, bounded=bounded)
        lost = [c[i] - c[i + 1] if i >= first - 1 else -1 for i in range(len(c) - 1)]
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
    """per job: the job's first tp_a -> the job's first tp_b after it, in hours."""
    col = "a.ta" if by == "a" else "b.tb"
    per = f"AND {_in(col, start, end)}" if start else ""
    return f"""WITH a AS (SELECT e.job_no, e.customer_id, min(e.ts) AS ta FROM events e JOIN customers c
                          USING (customer_id) WHERE e.touchpoint_id = '{tp_a}' AND ({cond}) GROUP BY 1, 2),
               b AS (SELECT a.job_no, min(e.ts) AS tb FROM a JOIN events e ON e.job_no = a.job_no
                     AND e.touchpoint_id = '{tp_b}' AND e.ts > a.ta GROUP BY 1)
               SELECT a.customer_id, date_diff('second', a.ta, b.tb) / 3600.0 AS d FROM a JOIN b USING (job_no)
               WHERE 1=1 {per}"""


def gaps_cust(tp_a, tp_b, start=None, end=None, cond="1=1", by="a"):
    """per customer: first tp_a (in the period when by a) -> first tp_b after it (events filtered by cond), hours."""
    col = "a.ta" if by == "a" else "b.tb"
    pa = f"AND {_in('e.ts', start, end)}" if start and by == "a" else ""
    pb = f"AND {_in(col, start, end)}" if start and by == "b" else ""
    return f"""WITH e AS (SELECT e.* FROM events e JOIN customers c USING (customer_id) WHERE ({cond})),
               a AS (SELECT customer_id, min(ts) AS ta FROM e WHERE touchpoint_id = '{tp_a}' {pa} GROUP BY 1),
               b AS (SELECT a.customer_id, min(e.ts) AS tb FROM a JOIN e ON e.customer_id = a.customer_id
                     AND e.touchpoint_id = '{tp_b}' AND e.ts > a.ta GROUP BY 1)
               SELECT a.customer_id, date_diff('second', a.ta, b.tb) / 3600.0 AS d FROM a JOIN b USING (customer_id)
               WHERE 1=1 {pb}"""


def gap_pair(tp_a, tp_b, start=None, end=None, cond="1=1", agg="median", by="a", unit=1.0):
    x = one(f"SELECT {agg}(d) FROM ({gaps_job(tp_a, tp_b, start, end, cond, by)})") / unit
    y = one(f"SELECT {agg}(d) FROM ({gaps_cust(tp_a, tp_b, start, end, cond, by)})") / unit
    return x, y


def gap_value(tp_a, tp_b, start=None, end=None, cond="1=1", agg="median", by="a", unit=1.0):
    x, y = gap_pair(tp_a, tp_b, start, end, cond, agg, by, unit)
    n = one(f"SELECT count(*) FROM ({gaps_job(tp_a, tp_b, start, end, cond, by)})")
    print(f"    per job {x:.3f} (n {n}), per customer {y:.3f}")
    d = abs(x - y) + 0.05 if abs(x - y) <= 0.1 * abs(x) else 0.0     # far-off customer reading: per job only
    return dict(value=round(x, 2), tolerance=round(max(abs(x) * 0.03, d), 2))


def gap_share(tp_a, tp_b, threshold, start, end, cond="1=1", by="a"):
    x = one(f"SELECT avg((d > {threshold})::int) FROM ({gaps_job(tp_a, tp_b, start, end, cond, by)})")
    y = one(f"SELECT avg((d > {threshold})::int) FROM ({gaps_cust(tp_a, tp_b, start, end, cond, by)})")
    print(f"    per job {x:.4f}, per customer {y:.4f}")
    return rate(x, round(max(0.01, abs(x - y) + 0.005 if abs(x - y) < 0.03 else 0.0), 4))


def gap_top(tp_a, tp_b, col, min_n=100, gap=1.15, cond="1=1"):
    tops = set()
    for fn in (gaps_job, gaps_cust):
        for agg in ("median", "avg"):
            rows = q(f"""SELECT {col}, {agg}(d) v FROM ({fn(tp_a, tp_b, cond=cond)}) g JOIN customers c
                         USING (customer_id) GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC""")
            print("   ", fn.__name__, agg, [(r[0], round(r[1], 2)) for r in rows])
            tops.add(top(rows, gap)["top_entity"])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per job shares ----------

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


def job_share_diff(tp, other, p1, p2, cond="1=1"):
    a = q(job_share(tp, other, *p1, cond))[0]
    b = q(job_share(tp, other, *p2, cond))[0]
    print("    ", a, "->", b)
    return rate(b[0] - a[0])


def job_share_top(tp, other, col, min_n=300, gap=1.5):
    rows = []
    for (v,) in q(f"SELECT DISTINCT {col} FROM events e WHERE {col} IS NOT NULL AND touchpoint_id = '{tp}'"):
        r, n = q(job_share(tp, other, cond=f"{col} = '{esc(v)}'"))[0]
        if n >= min_n:
            rows.append((v, r, n))
    rows.sort(key=lambda r: -r[1])
    print("   ", rows)
    return top(rows, gap)


def late_sql(start, end, cond="1=1"):
    return f"""SELECT avg((e.ts > e.promised_at)::int), count(*) FROM events e WHERE e.touchpoint_id = 'tp_handover'
               AND e.handover_method = 'delivery' AND {_in('e.ts', start, end)} AND ({cond})"""


def late_share(start, end, cond="1=1"):
    v, n = q(late_sql(start, end, cond))[0]
    print("    n", n)
    return rate(v)


def late_top(col, min_n=100, gap=1.5):
    rows = q(f"""SELECT {col}, avg((e.ts > e.promised_at)::int) v, count(*) n FROM events e
                 WHERE e.touchpoint_id = 'tp_handover' AND e.handover_method = 'delivery'
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC""")
    print("   ", rows)
    return top(rows, gap)


def ev_share(tp, num_cond, start, end, cond="1=1"):
    v, n = q(f"""SELECT avg(({num_cond})::int), count(*) FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} AND ({cond})""")[0]
    print("    n", n)
    return rate(v)


def job_channel(ch):
    """the job was uploaded through this channel (mini_program / web / store / account_manager)."""
    return f"e.job_no IN (SELECT job_no FROM events WHERE touchpoint_id = 'tp_upload' AND channel = '{ch}')"


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
    print("   ", rows[:5])
    return top(rows, gap)


# ---------- orders ----------

PAID = "o.status = 'paid'"


def orders_sum(start, end, cond=PAID, col="o.ts", what="o.amount"):
    return money(one(f"SELECT sum({what}) FROM orders o WHERE {_in(col, start, end)} AND ({cond})"))


def orders_count(start, end, cond="1=1"):
    """paid orders; the tolerance also covers every payment (tp_pay / order rows later cancelled or refunded)."""
    x = one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND {PAID} AND ({cond})")
    y = one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    print("    paid", x, "all payments", y)
    return dict(value=int(x), tolerance=y - x + 0.5)


def order_share(num_cond, start, end, cond="1=1"):
    """share of paid orders; the tolerance also covers every payment (orders later cancelled or refunded)."""
    x, n = q(f"""SELECT avg(({num_cond})::int), count(*) FROM orders o WHERE {PAID} AND {_in('o.ts', start, end)}
                 AND ({cond})""")[0]
    y = one(f"SELECT avg(({num_cond})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    print(f"    paid {x:.4f} (n {n}), all payments {y:.4f}")
    return rate(x, round(max(0.01, abs(x - y) + 0.005), 4))


def orders_top(col, start, end, cond=PAID, what="sum(o.amount)", gap=1.1, join=False):
    j = "JOIN customers c USING (customer_id)" if join else ""
    rows = q(f"""SELECT {col}, {what} v FROM orders o {j} WHERE {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY v DESC""")
    print("   ", rows[:5])
    return top(rows, gap)


def month_top(start, end, cond=PAID, gap=1.08):
    rows = q(f"""SELECT strftime(o.ts, '%Y-%m') m, count(*) n FROM orders o WHERE {_in('o.ts', start, end)}
                 AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:4])
    return top(rows, gap)


def aov_top(col, min_n, gap=1.1):
    rows = q(f"""SELECT {col}, avg(o.amount) v, count(*) n FROM orders o JOIN customers c USING (customer_id)
                 WHERE {PAID} AND {col} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC""")
    print("   ", [(r[0], round(r[1], 1), r[2]) for r in rows])
    return top(rows, gap)


def growth_orders(a, b, what="count(*)"):
    x = one(f"SELECT {what} FROM orders o WHERE {PAID} AND {_in('o.ts', *a)}")
    y = one(f"SELECT {what} FROM orders o WHERE {PAID} AND {_in('o.ts', *b)}")
    print("    ", x, "->", y)
    return rate((y - x) / x)


def per_buyer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o JOIN customers c USING (customer_id)
                WHERE {PAID} AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 2), tolerance=round(v * 0.01, 2))


def orders_per_customer(cond):
    v = one(f"""SELECT count(*) * 1.0 / count(DISTINCT o.customer_id) FROM orders o JOIN customers c
                USING (customer_id) WHERE {PAID} AND ({cond})""")
    return num(v, rel=0.02, floor=0.005)


def busiest_week(start, end, cond=PAID):
    rows = q(f"""SELECT date_trunc('week', o.ts) w, count(*) n FROM orders o WHERE {_in('o.ts', start, end)}
                 AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:3])
    w0 = str(rows[0][0])[:10]
    assert start <= w0 and rows[0][1] > rows[1][1], rows[:3]      # a full week inside the period, unique
    return count(rows[0][1])


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


def fb_top(col, cond, gap=1.25):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                 GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:4])
    return top(rows, gap)


def fb_avg_top(col, cond="1=1", lowest=True, min_n=30, absgap=0.2):
    rows = q(f"""SELECT {col}, avg(rating) v, count(*) n FROM feedback f WHERE rating IS NOT NULL AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v {'ASC' if lowest else 'DESC'}""")
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
    return top(rows, absgap=absgap)


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    print("    ", len(ids), "ids")
    return dict(citations_from=ids)


ALL = ("2025-01-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
OC, PR, RP = "order_conversion", "production", "repeat"


DELIVERED = "e.job_no IN (SELECT job_no FROM events WHERE touchpoint_id = 'tp_pay' AND handover_method = 'delivery')"


def courier_jobs(name):
    return f"e.job_no IN (SELECT job_no FROM events WHERE touchpoint_id = 'tp_handover' AND courier = '{name}')"


def gold() -> dict:
    return {
        # ---- funnels
        "ps01": lambda: conv(OC, *Y25),
        "ps02": lambda: top_lost(OC, *quarter(2025, 4)),
        "ps03": lambda: top_lost(OC, *quarter(2025, 4), first=2),
        "ps04": lambda: top_conv(OC, *ALL, 'c."来源渠道"', a=2, b=3, lowest=True, gap=0.04),
        "ps05": lambda: conv(OC, *quarter(2025, 3), a=2, b=3, cust="c.acquisition_channel = 'mini_program'"),
        "ps06": lambda: conv(OC, *quarter(2025, 4), a=2, b=3, cust="c.acquisition_channel = 'mini_program'"),
        "ps07": lambda: conv(OC, *Y25, cust="c.customer_type = 'Student'"),
        "ps08": lambda: conv(OC, *Y25, cust="c.customer_type = 'Enterprise'"),
        "ps09": lambda: conv(PR, *quarter(2026, 1)),
        "ps10": lambda: conv(RP, *H1_25, cust="c.customer_type = 'Enterprise'"),
        "ps11": lambda: conv(RP, *H1_25, cust="c.customer_type = 'Student'"),
        "ps12": lambda: top_conv(RP, *ALL, "c.customer_type", min_n=100, gap=0.1),
        # ---- times between steps (hours, per job)
        "ps13": lambda: gap_value("tp_pay", "tp_handover", *quarter(2026, 1)),
        "ps14": lambda: gap_value("tp_upload", "tp_pay", *Y25, cond="c.customer_type = 'Enterprise'", agg="avg"),
        "ps15": lambda: gap_value("tp_pay", "tp_handover",
                                  cond="e.product_category = 'thesis_binding' AND e.rush = 'yes'"),
        "ps16": lambda: gap_value("tp_preflight_fail", "tp_reupload", *quarter(2025, 4),
                                  cond=job_channel("mini_program")),
        "ps17": lambda: gap_share("tp_pay", "tp_handover", 72, *quarter(2026, 2), cond=DELIVERED),
        "ps18": lambda: gap_share("tp_pay", "tp_handover", 72, *quarter(2025, 4), cond=DELIVERED),
        "ps19": lambda: gap_value("tp_print", "tp_handover", *quarter(2026, 2), cond=courier_jobs("J&T Express"),
                                  agg="avg"),
        "ps20": lambda: gap_value("tp_print", "tp_handover", *quarter(2026, 2), cond=courier_jobs("SF Express"),
                                  agg="avg"),
        # ---- per customer
        "ps21": lambda: per_buyer(*Y25),
        "ps22": lambda: orders_per_customer("c.customer_type = 'Enterprise'"),
        "ps23": lambda: per_buyer(*H1_26, cond="c.customer_type = 'Student' AND o.product_category = 'thesis_binding'"),
        # ---- shares
        "ps24": lambda: job_share_value("tp_upload", "tp_preflight_fail", *quarter(2025, 3)),
        "ps25": lambda: job_share_value("tp_upload", "tp_preflight_fail", *quarter(2025, 4),
                                        cond=job_channel("mini_program")),
        "ps26": lambda: job_share_value("tp_upload", "tp_preflight_fail", *quarter(2025, 3),
                                        cond=job_channel("mini_program")),
        "ps27": lambda: late_share(*quarter(2026, 2)),
        "ps28": lambda: late_share(*quarter(2025, 4)),
        "ps29": lambda: job_share_value("tp_print", "tp_reprint", "2025-11-01", ALL[1], cond="e.store = 'Xinjiekou'"),
        "ps30": lambda: order_share("o.rush = 'yes'", *quarter(2026, 1), cond="o.product_category = 'thesis_binding'"),
        "ps31": lambda: customers_share("c.customer_type = 'Student'"),
        "ps32": lambda: ev_share("tp_preflight_fail", "e.preflight_issue = 'unspecified'", *quarter(2025, 4)),
        # ---- rankings
        "ps33": lambda: orders_top('o."产品类别"', *Y25, gap=1.5),
        "ps34": lambda: job_share_top("tp_print", "tp_reprint", "e.store", min_n=300),
        "ps35": lambda: aov_top("c.industry", 50, gap=1.1),
        "ps36": lambda: aov_top("c.industry", 1, gap=1.3),
        "ps37": lambda: ev_top("tp_preflight_fail", 'e."预检问题"', *H1_26, gap=1.5),
        "ps38": lambda: late_top("e.courier", min_n=100),
        "ps39": lambda: month_top(*Y25, cond=f"{PAID} AND o.product_category = 'thesis_binding'", gap=1.3),
        "ps40": lambda: month_top(*H1_26),
        "ps41": lambda: fb_avg_top('f."产品类别"', lowest=True, min_n=30, absgap=0.2),
        "ps42": lambda: fb_avg_top("f.product_category", lowest=False, min_n=50, absgap=0.08),
        "ps43": lambda: fb_avg_top('f."产品类别"', lowest=False, min_n=1, absgap=0.5),
        # ---- single values
        "ps44": lambda: orders_sum(*month(2026, 3)),
        "ps45": lambda: orders_sum(*month(2025, 10), what="o.rush_fee"),
        "ps46": lambda: orders_sum(*quarter(2026, 1), what="o.delivery_fee"),
        "ps47": lambda: orders_sum(*H2_25, what="o.reprint_credit"),
        "ps48": lambda: orders_sum(*Y25, cond="o.status = 'refunded'", col="o.refunded_at"),
        "ps49": lambda: orders_count("2025-03-03", "2025-03-09"),
        "ps50": lambda: ev_count("tp_upload", *month(2026, 5)),
        "ps51": lambda: ev_count("tp_upload", "2026-06-01", "2026-06-15"),
        "ps52": lambda: count(one(f"""SELECT sum(quantity) FROM orders o WHERE {PAID} AND
                                      o.product_category = 'business_cards' AND {_in('o.ts', *quarter(2026, 2))}""")),
        # ---- comparisons and trends
        "ps53": lambda: growth_orders(quarter(2025, 2), quarter(2026, 2), what="sum(amount)"),
        "ps54": lambda: growth_orders(month(2026, 4), month(2026, 5)),
        "ps55": lambda: busiest_week(*quarter(2025, 4)),
        # ---- feedback
        "ps56": lambda: fb_top("f.touchpoint_id", NEG, gap=1.2),
        "ps57": lambda: fb_count("f.topic = 'colour_off'", rel=0.05),
        "ps58": lambda: fb_count(f"f.topic = 'file_rejected' AND {_in('f.ts', *quarter(2025, 4))}", rel=0.05),
        "ps59": lambda: fb_ratio(NEG, _in("f.ts", *H1_26)),
        "ps60": lambda: fb_avg_top("f.touchpoint_id", lowest=True, min_n=30, absgap=0.3),
        "ps61": lambda: fb_avg("rating", "f.touchpoint_id = 'tp_handover'"),
        "ps62": lambda: fb_avg("nps", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", tol=0.1),
        "ps63": lambda: fb_count(f"f.topic = 'late_delivery' AND {_in('f.ts', *quarter(2026, 2))}", rel=0.05),
        "ps64": lambda: fb_ratio(NEG, "f.store = 'Xinjiekou' AND f.ts >= DATE '2025-11-01'"),
        # ---- why-questions with quotes
        "ps68": lambda: fb_ids(f"f.topic = 'file_rejected' AND {_in('f.ts', *quarter(2025, 4))}"),
        "ps69": lambda: fb_ids("f.topic = 'colour_off' AND f.store = 'Xinjiekou' AND f.ts >= DATE '2025-11-01'"),
        "ps70": lambda: fb_ids(f"f.topic = 'late_delivery' AND {_in('f.ts', *quarter(2026, 2))}"),
        # ---- device follow-ups
        "ps72": lambda: orders_count(*quarter(2026, 1), cond="o.device = 'ios'"),
        "ps73": lambda: orders_count(*quarter(2026, 1), cond="o.device = 'android'"),
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
