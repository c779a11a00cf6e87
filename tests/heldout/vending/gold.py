"""Gold answers for the 随手购 SnapVend smart-vending held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; rates are per customer
  (cohort = customers with a step-1 event in the period; later steps may fall after the period end, and a ranking
  or a "lose the most" answer must be the same when later steps are cut at the period end). "Lose the most after a
  step" = the step with most customers who reached it but not the next one;
- per-event rates are stated in the question: door-open failure rate = tp_door_fail events / tp_scan events (every
  scan ends in exactly one of tp_door_open / tp_door_fail); "closed without taking" share = tp_close_no_take /
  tp_door_open; dispute rate = tp_dispute / tp_charge; first-attempt payment failure = purchase orders with a
  pay_fail_reason / purchase orders; uncollected = purchase orders with status cancelled; rejection share = disputes
  rejected / disputes resolved (refund or rejection), by the dispute's date;
- times between steps: dispute → resolution and payment failure → successful retry are read per order (order_id on
  every event of it); discovery → first charge and first charge → membership are read per customer (first A → first
  B after it); medians / means in the unit the question asks; cohort by A's date;
- money = orders; "sales" / revenue = purchase orders with status paid (refunded and cancelled excluded, membership
  fees excluded unless asked) by the order's ts; membership fees = order_type membership_fee; refunds = status
  refunded by refunded_at; spend per paying customer = those paid purchase orders / distinct customers having one;
- customer attributes (user_type / 用户类型, city / 城市, payment_method / 支付方式, acquisition_channel / 获客渠道,
  tier) from customers; venue_type / 场所类型, city / 城市, category / 品类, dispute_reason / 申诉原因 from the event,
  order or feedback row itself; zh questions expect the zh twin value, en questions the en one; a "member" for a
  period = member_since before the period starts;
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date; the city /
  venue of a comment = the feedback row's own columns;
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
    CON.execute("ALTER TABLE customers ALTER member_since TYPE TIMESTAMP USING CAST(nullif(member_since, '') AS TIMESTAMP)")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    all_varchar=true)""")
    CON.execute("ALTER TABLE events ALTER ts TYPE TIMESTAMP USING CAST(ts AS TIMESTAMP)")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    all_varchar=true)""")
    for col, typ in (("ts", "TIMESTAMP"), ("amount", "DOUBLE"), ("refunded_at", "TIMESTAMP"), ("paid_at", "TIMESTAMP")):
        CON.execute(f"ALTER TABLE orders ALTER {col} TYPE {typ} USING CAST(nullif({col}, '') AS {typ})")
    CON.execute(f"""CREATE TABLE feedback AS SELECT f.*, t.topic, t.sentiment, t.language FROM read_csv_auto(
                    '{data / 'feedback.csv'}', header=true, types={{'ts': 'TIMESTAMP', 'rating': 'DOUBLE'}}) f
                    JOIN read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}') t USING (feedback_id)""")


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


def conv(journey, start, end, a=1, b=None, drop=False, explicit=False, **kw):
    """explicit: the question says later steps count even after the period end (tolerance 0.01); otherwise the
    tolerance also covers the reading with later steps cut at the period end."""
    c = funnel(journey, start, end, **kw)
    cb = funnel(journey, start, end, bounded=True, **kw)
    r = c[(b or len(c)) - 1] / c[a - 1]
    rb = cb[(b or len(cb)) - 1] / cb[a - 1]
    print("    funnel", c, "bounded", cb)
    v = 1 - r if drop else r
    return rate(v, 0.01 if explicit else round(max(0.01, abs(r - rb) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        print("    funnel", c, lost)
        assert lost[best] > sorted(lost)[-2] * 1.2, (c, lost)
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

def gaps_order(tp_a, tp_bs, start, end, unit=3600.0):
    """per order: the order's first tp_a → its first event in tp_bs after it, cohort by tp_a's date."""
    bs = ", ".join(f"'{b}'" for b in tp_bs)
    return f"""WITH a AS (SELECT order_id, min(ts) AS ta FROM events WHERE touchpoint_id = '{tp_a}' GROUP BY 1),
               b AS (SELECT a.order_id, min(e.ts) AS tb FROM a JOIN events e ON e.order_id = a.order_id
                     AND e.touchpoint_id IN ({bs}) AND e.ts > a.ta GROUP BY 1)
               SELECT a.order_id, date_diff('second', a.ta, b.tb) / {unit} AS d FROM a JOIN b USING (order_id)
               WHERE {_in('a.ta', start, end)}"""


def gaps_cust(tp_a, tp_b, start, end, cond="1=1", unit=86400.0, by="a"):
    """per customer: first tp_a → first tp_b after it, cohort by the date of A (or of B)."""
    col = "a.ta" if by == "a" else "b.tb"
    return f"""WITH a AS (SELECT e.customer_id, min(e.ts) AS ta FROM events e JOIN customers c USING (customer_id)
                          WHERE e.touchpoint_id = '{tp_a}' AND ({cond}) GROUP BY 1),
               b AS (SELECT a.customer_id, min(e.ts) AS tb FROM a JOIN events e ON e.customer_id = a.customer_id
                     AND e.touchpoint_id = '{tp_b}' AND e.ts > a.ta GROUP BY 1)
               SELECT a.customer_id, date_diff('second', a.ta, b.tb) / {unit} AS d FROM a JOIN b USING (customer_id)
               WHERE {_in(col, start, end)}"""


def gap_stat(sql, agg="median", rel=0.03, floor=0.1):
    v, n = q(f"SELECT {agg}(d), count(*) FROM ({sql})")[0]
    print("    n", n)
    return dict(value=round(v, 2), tolerance=round(max(floor, abs(v) * rel), 2))


def gap_share(sql, threshold):
    v, n = q(f"SELECT avg((d > {threshold})::int), count(*) FROM ({sql})")[0]
    print("    n", n)
    return rate(v)


# ---------- per-event rates ----------

def ev_ratio(tp_num, tp_den, start, end, cond="1=1"):
    n, d = q(f"""SELECT count(*) FILTER (WHERE touchpoint_id = '{tp_num}'),
                        count(*) FILTER (WHERE touchpoint_id = '{tp_den}')
                 FROM events e WHERE {_in('e.ts', start, end)} AND ({cond})""")[0]
    print("    ", n, "/", d)
    return rate(n / d)


def ev_ratio_top(tp_num, tp_den, col, start, end, gap=1.3, min_n=200, lowest=False):
    rows = q(f"""SELECT {col}, count(*) FILTER (WHERE touchpoint_id = '{tp_num}') * 1.0
                        / count(*) FILTER (WHERE touchpoint_id = '{tp_den}') v,
                        count(*) FILTER (WHERE touchpoint_id = '{tp_den}') n
                 FROM events e WHERE {_in('e.ts', start, end)} AND {col} IS NOT NULL GROUP BY 1
                 HAVING n >= {min_n} ORDER BY v {'ASC' if lowest else 'DESC'}""")
    print("   ", [(r[0], round(r[1], 4), r[2]) for r in rows])
    return top(rows, gap, lowest=lowest)


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


def month_top(tp, start, end, cond="1=1", gap=1.05, lowest=False):
    rows = q(f"""SELECT strftime(ts, '%Y-%m') m, count(*) n FROM events e WHERE touchpoint_id = '{tp}'
                 AND {_in('ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    print("   ", rows[:4])
    return top(rows, gap, lowest=lowest)


def growth(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    print("    ", x, "->", y)
    return rate((y - x) / x)


def busiest_week(tp, start, end):
    rows = q(f"""SELECT date_trunc('week', ts) w, count(*) n FROM events WHERE touchpoint_id = '{tp}'
                 AND {_in('ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:3])
    w0 = str(rows[0][0])[:10]
    assert start <= w0 and rows[0][1] > rows[1][1] * 1.04, rows[:3]
    return count(rows[0][1])


def rejected_share(start, end):
    v, n = q(f"""WITH d AS (SELECT order_id, min(ts) td FROM events WHERE touchpoint_id = 'tp_dispute' GROUP BY 1),
                      r AS (SELECT order_id, max((touchpoint_id = 'tp_dispute_rejected')::int) rej FROM events
                            WHERE touchpoint_id IN ('tp_refund', 'tp_dispute_rejected') GROUP BY 1)
                 SELECT avg(rej), count(*) FROM d JOIN r USING (order_id) WHERE {_in('td', start, end)}""")[0]
    print("    n", n)
    return rate(v)


# ---------- orders ----------

SALES = "o.order_type = 'purchase' AND o.status = 'paid'"


def orders_sum(start, end, cond=SALES, col="o.ts"):
    return money(one(f"SELECT sum(o.amount) FROM orders o WHERE {_in(col, start, end)} AND ({cond})"))


def orders_top(col, start, end, cond=SALES, gap=1.1):
    rows = q(f"""SELECT {col}, sum(o.amount) v FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})
                 GROUP BY 1 ORDER BY v DESC""")
    print("   ", rows[:4])
    return top(rows, gap)


def orders_share(num_cond, start, end, cond="o.order_type = 'purchase'"):
    v, n = q(f"""SELECT avg(({num_cond})::int), count(*) FROM orders o WHERE {_in('o.ts', start, end)}
                 AND ({cond})""")[0]
    print("    n", n)
    return rate(v)


def orders_share_top(num_cond, col, start, end, cond="o.order_type = 'purchase'", gap=1.3):
    rows = q(f"""SELECT {col}, avg(({num_cond})::int) v, count(*) FROM orders o WHERE {_in('o.ts', start, end)}
                 AND ({cond}) GROUP BY 1 ORDER BY v DESC""")
    print("   ", rows)
    return top(rows, gap)


def revenue_growth(a, b, cond=SALES):
    x = one(f"SELECT sum(amount) FROM orders o WHERE ({cond}) AND {_in('o.ts', *a)}")
    y = one(f"SELECT sum(amount) FROM orders o WHERE ({cond}) AND {_in('o.ts', *b)}")
    print("    ", x, "->", y)
    return rate((y - x) / x)


def per_buyer(start, end, cond=SALES):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o WHERE ({cond})
                AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(v * 0.01, 2))


def orders_per_buyer(start, end, ccond="1=1"):
    v = one(f"""SELECT count(*) * 1.0 / count(DISTINCT o.customer_id) FROM orders o JOIN customers c
                USING (customer_id) WHERE {SALES} AND {_in('o.ts', start, end)} AND ({ccond})""")
    return num(v, rel=0.02, floor=0.01)


# ---------- feedback ----------

NEG = "f.sentiment = 'negative'"


def fb_count(cond, rel=0.0):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * rel, 1)))


def fb_ratio(num_cond, cond, rel=0.0):
    v, n = q(f"SELECT avg(({num_cond})::int), count(*) FROM feedback f WHERE {cond}")[0]
    print("    n", n)
    return rate(v, round(max(0.01, v * rel), 4))


def fb_avg(col, cond, tol=0.05):
    v, n = q(f"SELECT avg({col}), count(*) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")[0]
    print("    n", n)
    return dict(value=round(v, 3), tolerance=tol)


def fb_top(col, cond, gap=1.2):
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
    print("    ids", len(ids))
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


ALL = ("2025-01-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
FP, PU, DI, ME, RP = "first_purchase", "purchase", "dispute", "membership", "repeat"
RESOLVED = ("tp_refund", "tp_dispute_rejected")


def gold() -> dict:
    student, bank = "c.user_type = 'student'", "o.order_type = 'purchase' AND o.payment_method = 'bank_card'"
    hz_q3 = f"f.city = 'Hangzhou' AND {_in('f.ts', *quarter(2025, 3))}"
    return {
        # ---- funnels
        "vd01": lambda: conv(PU, *quarter(2025, 3)),
        "vd02": lambda: top_lost(PU, *H1_26),
        "vd03": lambda: top_conv(FP, *ALL, 'c."获客渠道"', lowest=True),
        "vd04": lambda: conv(FP, *Y25, cust="c.acquisition_channel = 'app'"),
        "vd05": lambda: conv(FP, *Y25, cust="c.acquisition_channel = 'qr_poster'"),
        "vd06": lambda: conv(DI, *H1_26),
        "vd07": lambda: conv(DI, *H2_25),
        "vd08": lambda: conv(ME, *month(2025, 9), explicit=True),
        "vd09": lambda: conv(ME, *month(2025, 9), explicit=True, cust=student),
        "vd10": lambda: top_conv(RP, *Y25, "c.user_type"),
        "vd11": lambda: conv(RP, *H2_25, cust=student),
        # ---- per-event rates
        "vd12": lambda: ev_ratio_top("tp_door_fail", "tp_scan", "e.venue_type", *ALL, gap=2.0),
        "vd13": lambda: ev_ratio("tp_door_fail", "tp_scan", *month(2026, 3), "e.venue_type = 'metro'"),
        "vd14": lambda: ev_ratio("tp_door_fail", "tp_scan", *month(2026, 3), "e.venue_type = 'office'"),
        "vd15": lambda: ev_top("tp_door_fail", "e.cabinet_id", *ALL, gap=1.25),
        "vd16": lambda: ev_ratio_top("tp_close_no_take", "tp_door_open", 'e."场所类型"', *ALL, gap=1.5),
        "vd17": lambda: ev_ratio("tp_close_no_take", "tp_door_open", *quarter(2026, 1), "e.venue_type = 'hospital'"),
        # ---- times between steps
        "vd18": lambda: gap_stat(gaps_order("tp_dispute", RESOLVED, *quarter(2025, 4))),
        "vd19": lambda: gap_stat(gaps_order("tp_dispute", RESOLVED, "2026-04-01", "2026-05-31")),
        "vd20": lambda: gap_share(gaps_order("tp_dispute", RESOLVED, "2026-03-01", "2026-05-31"), 48),
        "vd21": lambda: gap_stat(gaps_order("tp_pay_fail", ["tp_charge"], *ALL), agg="avg"),
        "vd22": lambda: gap_stat(gaps_cust("tp_charge", "tp_member_join", *Y25, cond="c.signup_at >= '2025-01-01'",
                                           by="b"), agg="avg"),
        "vd23": lambda: gap_stat(gaps_cust("tp_discover", "tp_charge", *Y25, unit=3600.0)),
        # ---- per customer
        "vd24": lambda: per_buyer(*Y25),
        "vd25": lambda: orders_per_buyer(*quarter(2025, 4), student),
        "vd26": lambda: orders_per_buyer(*H1_26, "c.member_since < TIMESTAMP '2026-01-01'"),
        "vd27": lambda: orders_per_buyer(*H1_26, "c.tier = 'regular'"),
        # ---- shares
        "vd28": lambda: orders_share("o.status = 'cancelled'", *Y25, bank),
        "vd29": lambda: orders_share_top("o.pay_fail_reason IS NOT NULL", 'o."支付方式"', *ALL),
        "vd30": lambda: orders_share("o.category = 'fresh food'", *month(2025, 10)),
        "vd31": lambda: rate(one("SELECT avg((tier = 'member')::int) FROM customers")),
        "vd32": lambda: rejected_share(*H1_26),
        # ---- rankings
        "vd34": lambda: orders_top('o."品类"', *H2_25, gap=1.2),
        "vd35": lambda: ev_ratio_top("tp_dispute", "tp_charge", "e.city", *quarter(2025, 3), gap=1.5, min_n=100),
        "vd37": lambda: month_top("tp_scan", *H1_26, lowest=True, gap=1.3),
        "vd38": lambda: fb_avg_top("f.venue_type", lowest=False, min_n=30, absgap=0.15),
        "vd39": lambda: fb_avg_top("f.venue_type", lowest=False, min_n=1, absgap=0.15),
        "vd40": lambda: ev_top("tp_dispute", 'e."申诉原因"', *Y25, gap=1.5),
        "vd41": lambda: fb_top("f.city", "f.topic = 'expired_food' AND f.ts >= DATE '2025-10-01'", gap=2.0),
        # ---- single values
        "vd42": lambda: orders_sum(*month(2025, 10)),
        "vd43": lambda: orders_sum(*Y25, "o.status = 'refunded'", col="o.refunded_at"),
        "vd44": lambda: orders_sum(*Y25, "o.order_type = 'membership_fee' AND o.status = 'paid'"),
        "vd45": lambda: ev_count("tp_scan", "2025-03-03", "2025-03-09"),
        "vd46": lambda: ev_count("tp_discover", *month(2026, 5), distinct=True),
        "vd47": lambda: ev_count("tp_discover", *month(2026, 4), distinct=True),
        "vd48": lambda: ev_count("tp_member_join", *month(2025, 10), distinct=True),
        "vd49": lambda: ev_count("tp_member_join", *month(2025, 9), distinct=True),
        "vd50": lambda: ev_count("tp_dispute", *quarter(2026, 1)),
        "vd51": lambda: ev_count("tp_charge", *H2_25, distinct=True),
        # ---- comparisons and trends
        "vd52": lambda: revenue_growth(quarter(2025, 2), quarter(2026, 2)),
        "vd53": lambda: growth("tp_scan", month(2026, 2), month(2026, 3)),
        "vd54": lambda: growth("tp_charge", month(2026, 1), month(2026, 2), "e.venue_type = 'campus'"),
        "vd55": lambda: busiest_week("tp_charge", *quarter(2025, 2)),
        # ---- feedback
        "vd58": lambda: fb_top("f.touchpoint_id", NEG),
        "vd59": lambda: fb_count("f.topic = 'door_not_open'", rel=0.05),
        "vd60": lambda: fb_count("f.topic = 'expired_food'", rel=0.05),
        "vd61": lambda: fb_ratio(NEG, f"f.city = 'Shenzhen' AND {_in('f.ts', *quarter(2025, 4))}"),
        "vd62": lambda: fb_avg_top("f.touchpoint_id", lowest=True, min_n=30, absgap=0.3),
        "vd63": lambda: fb_avg("rating", f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}"),
        "vd64": lambda: fb_count("f.ts IS NULL"),
        "vd65": lambda: fb_count(f"f.topic = 'charged_not_taken' AND {hz_q3}", rel=0.05),
        # ---- why-questions with quotes
        "vd71": lambda: fb_ids(f"f.topic = 'charged_not_taken' AND {hz_q3}"),
        "vd72": lambda: fb_ids(f"f.topic IN ('refund_slow', 'dispute_rejected') AND {_in('f.ts', *H1_26)}"),
        "vd73": lambda: fb_ids("f.topic IN ('expired_food', 'cabinet_empty') AND f.city = 'Shenzhen' "
                               "AND f.ts >= DATE '2025-10-01'"),
        "vd74": lambda: fb_ids("f.topic = 'cabinet_empty' AND f.venue_type = 'hospital'"),
        # ---- device follow-ups
        "vd75": lambda: ev_count("tp_dispute", *quarter(2026, 1), "e.device = 'ios'"),
        "vd76": lambda: ev_count("tp_dispute", *quarter(2026, 1), "e.device = 'android'"),
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
