"""Gold answers for the 墨迹 InkHouse tattoo-studio held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; rates are per customer.
  Computed twice, with later steps allowed after the period end and with every step inside the period; the tolerance
  covers both readings (one reading only when the question states the window itself). "Lose the most after a step"
  = the step with the most customers who reached it but not the next one. A conversion between two inner steps
  (draft → deposit) = customers reaching the later step / customers reaching the earlier one, in the cohort of the
  journey's first step in the period. Drop-off between two steps = 1 − that conversion;
- times between steps are per customer: their first A event (cohort by A's date unless the question dates the
  cohort by B) → their first B event after it, in days; medians and means over customers who reached B;
- touch-up rate = customers whose first session in the period was followed by a tp_touchup within 60 days, over
  customers with a session in the period (first session in the period per customer);
- no-show share = customers whose first slot booking (tp_booked) in the period was followed by a tp_noshow at any
  later time, over customers with a booking in the period;
- money = orders with status `paid` by the order's ts (refunded deposits are not revenue); refunds = orders with
  status refunded, by `refunded_at`. Revenue "everything" = all paid lines (deposit, session balance, piercing
  jewellery, aftercare kit). The session line is the balance paid on the day (total − deposit);
- "clients" = customers with at least one tp_session; "all customers" = every row of customers.csv (leads too);
- customer attributes (city / 城市, acquisition_channel / 获客渠道, customer_type / 客户类型, style / 风格, age_band)
  from customers; artist / artist_level / 纹身师级别 / placement / hours from the event; zh questions expect the zh
  twin value, en questions the en one;
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date;
- exact duplicate event rows (same event_id) are loaded once; periods are inclusive calendar dates; weeks run
  Monday–Sunday; relative periods resolve against the item's `as_of` (else 2026-08-31, the last day of the data).
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
    CON.execute("ALTER TABLE events ALTER hours TYPE DOUBLE USING CAST(hours AS DOUBLE)")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'refunded_at': 'TIMESTAMP',
                            'total_price': 'DOUBLE', 'quoted_price': 'DOUBLE'}})""")
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


def conv(journey, start, end, a=1, b=None, both=True, drop=False, **kw):
    """both=False when the question states the window explicitly (later steps may fall after the period)."""
    vals = []
    for bounded in ((False, True) if both else (False, False)):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        r = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    print("    readings", [round(v, 4) for v in vals])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


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
    v = one(f"SELECT {agg}(d) FROM ({gaps(tp_a, tp_b, start, end, cond, by)})")
    return num(v, rel=rel, floor=0.1, nd=2)


def gap_share(tp_a, tp_b, days, start, end, by="a", cond="1=1"):
    return rate(one(f"SELECT avg((d > {days})::int) FROM ({gaps(tp_a, tp_b, start, end, cond, by)})"))


def gap_top(tp_a, tp_b, col, min_n=50, gap=1.3):
    tops = set()
    for agg in ("median", "avg"):
        rows = q(f"""SELECT {col}, {agg}(d) v FROM ({gaps(tp_a, tp_b)}) GROUP BY 1 HAVING count(*) >= {min_n}
                     ORDER BY v DESC""")
        print("   ", agg, rows)
        top(rows, gap)
        tops.add(str(rows[0][0]))
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per-customer outcomes ----------

def first_in(tp, start, end, cond="1=1"):
    return f"""SELECT e.customer_id, min(e.ts) AS t FROM events e JOIN customers c USING (customer_id)
               WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1"""


def touch_rate(start, end, cond="1=1"):
    return f"""SELECT avg((EXISTS (SELECT 1 FROM events x WHERE x.customer_id = s.customer_id
                    AND x.touchpoint_id = 'tp_touchup' AND x.ts > s.t AND x.ts <= s.t + INTERVAL 60 DAY))::int)
               FROM ({first_in('tp_session', start, end, cond)}) s"""


def touch_value(start, end, cond="1=1"):
    return rate(one(touch_rate(start, end, cond)))


def touch_top(col, start, end, gap=1.5):
    rows = []
    for (v,) in q(f"SELECT DISTINCT {col} FROM customers c WHERE {col} IS NOT NULL"):
        vv = v.replace("'", "''")
        rows.append((v, one(touch_rate(start, end, f"{col} = '{vv}'"))))
    rows.sort(key=lambda r: -r[1])
    print("   ", rows)
    return top(rows, gap)


def noshow_rate(start, end, cond="1=1"):
    return f"""SELECT avg((EXISTS (SELECT 1 FROM events x WHERE x.customer_id = s.customer_id
                    AND x.touchpoint_id = 'tp_noshow' AND x.ts > s.t))::int), count(*)
               FROM ({first_in('tp_booked', start, end, cond)}) s"""


def noshow_value(start, end, cond="1=1"):
    return rate(one(noshow_rate(start, end, cond)))


def noshow_top(col, start, end, min_n=100, gap=1.3):
    rows = []
    for (v,) in q(f"SELECT DISTINCT {col} FROM customers c WHERE {col} IS NOT NULL"):
        vv = v.replace("'", "''")
        r, n = q(noshow_rate(start, end, f"{col} = '{vv}'"))[0]
        if n >= min_n:
            rows.append((v, r))
    rows.sort(key=lambda r: -r[1])
    print("   ", rows)
    return top(rows, gap)


def revisions_per_drafted(cond="1=1"):
    return one(f"""SELECT (SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                           WHERE e.touchpoint_id = 'tp_revision' AND ({cond}))
                          / (SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                             WHERE e.touchpoint_id = 'tp_draft' AND ({cond}))""")


def revisions_top(col, gap=1.5):
    rows = []
    for (v,) in q(f"SELECT DISTINCT {col} FROM customers c WHERE {col} IS NOT NULL"):
        vv = v.replace("'", "''")
        rows.append((v, revisions_per_drafted(f"{col} = '{vv}'")))
    rows.sort(key=lambda r: -r[1])
    print("   ", rows)
    return top(rows, gap)


def sessions_per_client(cond="1=1"):
    v = one(f"""SELECT count(*) * 1.0 / count(DISTINCT e.customer_id) FROM events e JOIN customers c
                USING (customer_id) WHERE e.touchpoint_id = 'tp_session' AND ({cond})""")
    return num(v, rel=0.02, floor=0.005)


def clients_share(num_cond):
    return rate(one(f"""SELECT avg(({num_cond})::int) FROM customers c WHERE customer_id IN
                        (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_session')"""))


# ---------- events ----------

def ev_count(tp, start, end, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_top(tp, col, start, end, cond="1=1", gap=1.1):
    rows = q(f"""SELECT {col}, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {col} IS NOT NULL AND {_in('e.ts', start, end)} AND ({cond})
                 GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:4])
    return top(rows, gap)


def ev_avg_top(tp, col, val, only, gap=1.1):
    rows = q(f"""SELECT {col}, avg({val}) v FROM events e WHERE e.touchpoint_id = '{tp}' AND {col} IS NOT NULL
                 GROUP BY 1 ORDER BY v DESC""")
    print("   ", rows)
    assert rows[0][0] in only
    return top([r for r in rows if r[0] in only], gap)


def level_wait_top(col, gap=1.2):
    """per customer: first deposit → first session after it, grouped by that session's artist level."""
    tops = set()
    for agg in ("median", "avg"):
        rows = q(f"""WITH a AS (SELECT customer_id, min(ts) AS ta FROM events WHERE touchpoint_id = 'tp_deposit'
                                GROUP BY 1),
                          s AS (SELECT a.customer_id, a.ta, arg_min(e.ts, e.ts) AS ts,
                                       arg_min(e."纹身师级别", e.ts) AS "纹身师级别" FROM a JOIN events e
                                ON e.customer_id = a.customer_id AND e.touchpoint_id = 'tp_session' AND e.ts > a.ta
                                GROUP BY 1, 2)
                     SELECT {col}, {agg}(date_diff('second', s.ta, s.ts) / 86400.0) v FROM s GROUP BY 1
                     ORDER BY v DESC""")
        print("   ", agg, rows)
        tops.add(top(rows, gap)["top_entity"])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


def month_top(tp, start, end, gap=1.1):
    rows = q(f"""SELECT strftime(ts, '%Y-%m') m, count(*) n FROM events WHERE touchpoint_id = '{tp}'
                 AND {_in('ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
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


def orders_count(start, end, cond):
    return count(one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def orders_top(col, start, end, cond, gap=1.1, alt="o.amount"):
    tops = set()
    for val in ("o.amount", alt):
        rows = q(f"""SELECT {col}, sum({val}) v FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})
                     GROUP BY 1 ORDER BY v DESC""")
        print("   ", rows[:4])
        tops.add(top(rows, gap)["top_entity"])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


def kit_share(start, end):
    return rate(one(f"""SELECT avg((EXISTS (SELECT 1 FROM orders x WHERE x.customer_id = o.customer_id
                              AND x.ts = o.ts AND x.status = 'paid' AND x.order_type = 'aftercare_kit'))::int)
                        FROM orders o WHERE o.order_type = 'session' AND o.status = 'paid'
                        AND {_in('o.ts', start, end)}"""))


def revenue_growth(a, b):
    x = one(f"SELECT sum(amount) FROM orders o WHERE {PAID} AND {_in('o.ts', *a)}")
    y = one(f"SELECT sum(amount) FROM orders o WHERE {PAID} AND {_in('o.ts', *b)}")
    print("    ", x, "->", y)
    return rate((y - x) / x)


def per_buyer(start, end):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o WHERE {PAID}
                AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(v * 0.01, 2))


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
    print("   ", rows)
    return top(rows, absgap=absgap)


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


ALL = ("2025-01-01", "2026-08-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Y26 = ("2026-01-01", "2026-08-31")
CD_LATE = ("2025-09-01", ALL[1])
CJ = "consult_to_session"


def gold() -> dict:
    return {
        # ---- consultation funnel
        "tt01": lambda: conv(CJ, *Y25, both=False),
        "tt02": lambda: top_lost(CJ, *quarter(2025, 3)),
        "tt03": lambda: top_conv(CJ, *ALL, 'c."获客渠道"', a=1, b=3, lowest=True),
        "tt04": lambda: conv(CJ, *H1_26, a=1, b=3, cust="c.acquisition_channel = 'xiaohongshu'", both=False),
        "tt05": lambda: conv(CJ, *H1_26, a=1, b=3, cust="c.acquisition_channel = 'mini_program'", both=False),
        "tt06": lambda: conv(CJ, *Y25, a=2, b=3, cust="c.style = 'realism'", both=False),
        "tt07": lambda: conv(CJ, *H2_25, a=3, b=5, drop=True, both=False),
        # ---- touch-ups
        "tt08": lambda: touch_value(*Y25, "c.style = 'fine line'"),
        "tt09": lambda: touch_value(*Y25, "c.style = 'realism'"),
        "tt10": lambda: touch_top("c.style", *ALL),
        # ---- times between steps
        "tt11": lambda: gap_value("tp_deposit", "tp_session", *H2_25),
        "tt12": lambda: gap_top("tp_deposit", "tp_session", "city"),
        "tt13": lambda: gap_value("tp_deposit", "tp_session", *CD_LATE, "c.\"城市\" = '成都'", agg="avg"),
        "tt14": lambda: gap_value("tp_deposit", "tp_session", *CD_LATE, "c.\"城市\" = '上海'", agg="avg"),
        "tt15": lambda: gap_share("tp_deposit", "tp_session", 30, *quarter(2026, 1), by="b"),
        "tt16": lambda: gap_value("tp_consult", "tp_draft", *Y26),
        "tt17": lambda: gap_value("tp_consult", "tp_deposit", cond="c.style = 'realism'", agg="avg"),
        # ---- per customer
        "tt18": lambda: num(revisions_per_drafted("c.style = 'realism'"), rel=0.02, floor=0.01),
        "tt19": lambda: per_buyer(*Y25),
        "tt20": lambda: sessions_per_client("c.customer_type = 'collector'"),
        # ---- shares
        "tt21": lambda: kit_share(*quarter(2026, 2)),
        "tt22": lambda: clients_share("c.customer_type = 'collector'"),
        "tt24": lambda: noshow_value(*Y25),
        "tt25": lambda: noshow_value(*Y25, "c.customer_type = 'first-timer'"),
        # ---- rankings
        "tt26": lambda: orders_top("o.artist", *H1_26, f"{PAID} AND o.order_type = 'session'", alt="o.total_price"),
        "tt27": lambda: fb_avg_top("f.artist", lowest=False, min_n=30, absgap=0.15),
        "tt28": lambda: fb_avg_top("f.artist", lowest=False, min_n=1, absgap=0.15),
        "tt29": lambda: ev_top("tp_session", 'c."城市"', *Y25),
        "tt30": lambda: month_top("tp_consult", *Y25, gap=1.1),
        "tt31": lambda: revisions_top('c."风格"'),
        "tt32": lambda: ev_top("tp_consult", "e.placement", *ALL, "c.customer_type = 'first-timer'", gap=1.25),
        # ---- single values
        "tt33": lambda: orders_sum(*month(2025, 10), f"{PAID} AND o.order_type = 'deposit'"),
        "tt34": lambda: orders_sum(*quarter(2025, 4), "o.status = 'refunded'", col="o.refunded_at"),
        "tt35": lambda: ev_count("tp_session", *month(2026, 3)),
        "tt36": lambda: ev_count("tp_consult", "2025-03-03", "2025-03-09"),
        "tt37": lambda: orders_count(*Y25, f"{PAID} AND o.order_type = 'piercing_jewellery'"),
        "tt38": lambda: orders_sum(*quarter(2025, 3)),
        "tt39": lambda: ev_count("tp_touchup", *month(2026, 7), distinct=True),
        # ---- comparisons and trends
        "tt40": lambda: growth("tp_consult", quarter(2026, 1), quarter(2026, 2)),
        "tt41": lambda: revenue_growth(month(2025, 6), month(2026, 6)),
        "tt42": lambda: growth("tp_session", month(2026, 5), month(2026, 6)),
        "tt43": lambda: busiest_week("tp_booked", *quarter(2026, 2)),
        "tt46": lambda: conv("second_tattoo", *Y25, cust="c.customer_type = 'first-timer'", both=False),
        "tt47": lambda: conv("second_tattoo", *Y25, cust="c.customer_type = 'collector'", both=False),
        # ---- feedback
        "tt48": lambda: fb_top("f.touchpoint_id", NEG),
        "tt49": lambda: fb_count("f.topic = 'slot_wait'", rel=0.05),
        "tt50": lambda: fb_count("f.topic = 'healing_problem'", rel=0.05),
        "tt51": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "tt52": lambda: fb_ratio(NEG, "f.\"城市\" = '成都'"),
        "tt53": lambda: fb_avg_top("f.touchpoint_id", lowest=True, min_n=30, absgap=0.3),
        "tt54": lambda: fb_count(f"f.topic = 'price_over_quote' AND {_in('f.ts', '2026-03-01', '2026-04-30')}",
                                 rel=0.05),
        "tt55": lambda: fb_count("f.ts IS NULL"),
        "tt56": lambda: fb_avg("nps", f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}", tol=0.1),
        "tt57": lambda: fb_ratio("f.topic = 'healing_problem'", _in("f.ts", "2025-07-01", "2025-08-31"), rel=0.05),
        "tt59": lambda: fb_avg("rating", _in("f.ts", *quarter(2026, 2))),
        # ---- why-questions with quotes
        "tt63": lambda: fb_ids(f"f.topic = 'slot_wait' AND f.city = 'Chengdu' AND f.ts >= DATE '2025-09-01'"),
        "tt64": lambda: fb_ids(f"f.topic = 'price_over_quote' AND {_in('f.ts', '2026-03-01', '2026-04-30')}"),
        # ---- follow-ups on device / this month
        "tt76": lambda: ev_count("tp_consult", *month(2026, 7), "e.device = 'ios'"),
        "tt77": lambda: ev_count("tp_consult", *month(2026, 7), "e.device = 'android'"),
        "tt78": lambda: ev_count("tp_booked", "2026-08-01", "2026-08-20"),
        "tt79": lambda: ev_count("tp_booked", *month(2026, 7)),
        # ---- twin columns
        "tt80": lambda: noshow_top("c.customer_type", *ALL),
        "tt81": lambda: level_wait_top('s."纹身师级别"'),
        "tt82": lambda: noshow_top("c.age_band", *ALL, min_n=100),
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
