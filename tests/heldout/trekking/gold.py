"""Gold answers for the 行者 TrailMates hiking-club held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; rates are per customer
  (cohort = customers with a step-1 event in the period). Computed twice, with later steps allowed after the period
  end and with every step inside the period; the tolerance covers both readings unless the question states the
  window (then later steps may fall after the period end). A conversion between two inner steps = customers reaching
  the later step / customers reaching the earlier one, in the step-1 cohort; where the question names the inner
  step as the cohort ("people who signed up in September") the reading with that step as step 1 is computed too and
  the tolerance covers both. A device-filtered funnel uses only that device's events. "Drop-off rate" of a step =
  customers who reached it but not the next step / customers who reached it;
- "users" / "people" / "members" = distinct customer_id; a member = a customer with a `signup_at` (joined); customers
  without one are prospects who only discovered the club;
- a participation (one person on one hike) = one session_id: its sign-up, waitlist, payment, briefing, weather
  cancellation, refund, check-in, trailhead, drop-out / completion and review events share it, and its orders carry
  it as `participation_id`. Times between two steps are per participation (the session's first A event → its first
  B event after it), dated by A unless the question dates them by B ("refunds paid in Q2");
- drop-out rate = participations with a tp_dropout event / participations that reached the trailhead (the finished
  reading dropout / (dropout + complete) is also computed and covered by the tolerance). No-show rate = paid
  participations (dated by payment) on hikes that went ahead (no weather cancellation, no personal refund) without a
  check-in. Waitlist questions count waitlisted sign-ups (tp_waitlist);
- money = orders with status `paid` by the order's ts ("revenue" / 收入 = hike_fee + trek_package + gear_rental +
  insurance; 活动费 / hike fees = hike_fee; trek packages = trek_package). Refunded orders (status `refunded`, weather
  or personal, with `refunded_at` and `refund_amount`) are not revenue; weather refunds are summed by `refunded_at`
  and `refund_amount`. Counts of paid sign-ups = main orders (hike_fee + trek_package) with status paid; their
  tolerance covers also counting those paid and later refunded;
- customer attributes (hiker_level / 徒步水平, city / 城市, acquisition_channel / 获客渠道, tier / 会员等级) from customers;
  hike attributes (route / route_en, difficulty / 难度, trip_type / 活动类型, guide / 领队, city / 城市) from the event or
  order row; zh questions expect the zh twin value, en questions the en one (acquisition_channel has only raw
  English codes in the en twin);
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date;
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
                    types={{'signup_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    all_varchar=true)""")
    CON.execute("ALTER TABLE events ALTER ts TYPE TIMESTAMP USING CAST(ts AS TIMESTAMP)")
    CON.execute("ALTER TABLE events ALTER refund_amount TYPE DOUBLE USING CAST(refund_amount AS DOUBLE)")
    CON.execute("ALTER TABLE events ALTER guide_rating TYPE DOUBLE USING CAST(guide_rating AS DOUBLE)")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'refunded_at': 'TIMESTAMP',
                            'refund_amount': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT f.*, t.topic, t.sentiment, t.language FROM read_csv_auto(
                    '{data / 'feedback.csv'}', header=true, types={{'ts': 'TIMESTAMP', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE'}}) f JOIN read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}') t
                    USING (feedback_id)""")
    # one row per participation (session) with its outcome flags
    CON.execute("""CREATE TABLE parts AS SELECT session_id, any_value(customer_id) AS customer_id,
                   any_value(route) AS route, any_value(route_en) AS route_en, any_value(difficulty) AS difficulty,
                   any_value(trip_type) AS trip_type, any_value(guide) AS guide, any_value("领队") AS "领队",
                   any_value(city) AS city, any_value("城市") AS "城市",
                   min(ts) FILTER (WHERE touchpoint_id = 'tp_signup') AS t_signup,
                   min(ts) FILTER (WHERE touchpoint_id = 'tp_pay') AS t_pay,
                   min(ts) FILTER (WHERE touchpoint_id = 'tp_checkin') AS t_checkin,
                   min(ts) FILTER (WHERE touchpoint_id = 'tp_trailhead') AS t_trailhead,
                   bool_or(touchpoint_id = 'tp_waitlist') AS waitlisted,
                   bool_or(touchpoint_id = 'tp_cancel_weather') AS weather,
                   bool_or(touchpoint_id = 'tp_refund') AS refunded,
                   bool_or(touchpoint_id = 'tp_dropout') AS dropout,
                   bool_or(touchpoint_id = 'tp_complete') AS completed
                   FROM events WHERE session_id IS NOT NULL GROUP BY 1""")


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
    print("   ", [(r[0], round(float(r[1]), 3)) for r in rows[:5]])
    a, b = float(rows[0][1]), float(rows[1][1])
    if lowest:
        assert b > a * gap or b - a > 0.04, rows[:4]
    else:
        assert a > b * gap, rows[:4]
    return dict(top_entity=str(rows[0][0]))


# ---------- funnels ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust=None, evcond=None, bounded=False, first=0):
    """customers reaching each step; first = index of the step that starts the cohort."""
    steps, window = _steps(journey)
    steps = steps[first:]
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
    if evcond:
        ev += f" AND ({evcond})"
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


def conv(journey, start, end, a=1, b=None, both=True, inner=False, **kw):
    vals = []
    for bounded in ((False, True) if both else (False,)):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        vals.append(c[(b or len(c)) - 1] / c[a - 1])
        if inner:
            c2 = funnel(journey, start, end, bounded=bounded, first=a - 1, **kw)
            vals.append(c2[(b or len(c)) - a] / c2[0])
    print("    readings", [round(v, 4) for v in vals])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, max(abs(vals[0] - v) for v in vals) + 0.005), 4))


def top_dropoff(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        rates = [(c[i] - c[i + 1]) / c[i] for i in range(len(c) - 1)]
        order = sorted(range(len(rates)), key=lambda i: -rates[i])
        print("   ", c, [round(x, 3) for x in rates])
        assert rates[order[0]] - rates[order[1]] > 0.05
        tops.add(steps[order[0]])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, a=1, b=None, min_n=100, gap=0.05):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            vv = v.replace("'", "''")
            c = funnel(journey, start, end, cust=f"{column} = '{vv}'", bounded=bounded)
            if c[a - 1] >= min_n:
                rates[v] = c[(b or len(c)) - 1] / c[a - 1]
        order = sorted(rates, key=rates.get, reverse=True)
        print("   ", {k: round(v, 3) for k, v in rates.items()})
        assert rates[order[0]] - rates[order[1]] > gap, rates
        tops.add(order[0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


# ---------- times between steps (per participation) ----------

def gaps(tp_a, tp_b, unit="day"):
    div = 86400.0 if unit == "day" else 3600.0
    return f"""WITH a AS (SELECT session_id, min(ts) AS ta, any_value(city) AS city, any_value("城市") AS "城市",
                              any_value(trip_type) AS trip_type,
                              any_value(customer_id) AS customer_id
                       FROM events WHERE touchpoint_id = '{tp_a}' AND session_id IS NOT NULL GROUP BY 1),
               b AS (SELECT a.session_id, min(e.ts) AS tb FROM a JOIN events e
                     ON e.session_id = a.session_id AND e.touchpoint_id = '{tp_b}' AND e.ts > a.ta GROUP BY 1)
               SELECT a.*, b.tb, date_diff('second', a.ta, b.tb) / {div} AS d FROM a JOIN b USING (session_id)"""


def gap_value(tp_a, tp_b, start, end, cond="1=1", agg="median", by="a", unit="day", rel=0.03, floor=0.1):
    col = "ta" if by == "a" else "tb"
    v = one(f"SELECT {agg}(d) FROM ({gaps(tp_a, tp_b, unit)}) g WHERE {_in(col, start, end)} AND ({cond})")
    return num(v, rel=rel, floor=floor, nd=2)


def gap_share(tp_a, tp_b, days, start, end, by="a", cond="1=1"):
    col = "ta" if by == "a" else "tb"
    return rate(one(f"""SELECT avg((d > {days})::int) FROM ({gaps(tp_a, tp_b)}) g
                        WHERE {_in(col, start, end)} AND ({cond})"""))


def gap_top(tp_a, tp_b, col, cond="1=1", unit="hour", min_n=50, gap=1.1):
    tops = set()
    for agg in ("median", "avg"):
        rows = q(f"""SELECT {col}, {agg}(d) v FROM ({gaps(tp_a, tp_b, unit)}) g WHERE {cond} GROUP BY 1
                     HAVING count(*) >= {min_n} ORDER BY v DESC""")
        top(rows, gap)
        tops.add(str(rows[0][0]))
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def first_gap(tp_a, tp_b, start, end, agg="median"):
    """per customer: first A in the period → their first B after it (days)."""
    v = one(f"""WITH a AS (SELECT customer_id, min(ts) ta FROM events WHERE touchpoint_id = '{tp_a}'
                           AND {_in('ts', start, end)} GROUP BY 1),
                     b AS (SELECT a.customer_id, min(e.ts) tb FROM a JOIN events e ON e.customer_id = a.customer_id
                           AND e.touchpoint_id = '{tp_b}' AND e.ts > a.ta GROUP BY 1)
                SELECT {agg}(date_diff('second', ta, tb) / 86400.0) FROM a JOIN b USING (customer_id)""")
    return num(v, rel=0.03, floor=0.1, nd=2)


# ---------- participations ----------

def dropout_rate(cond="1=1"):
    a = one(f"""SELECT avg(p.dropout::int) FROM parts p JOIN customers c USING (customer_id)
                WHERE p.t_trailhead IS NOT NULL AND ({cond})""")
    b = one(f"""SELECT avg(p.dropout::int) FROM parts p JOIN customers c USING (customer_id)
                WHERE (p.dropout OR p.completed) AND ({cond})""")
    print(f"    trailhead {a:.4f}, finished {b:.4f}")
    return rate(a, round(max(0.01, abs(a - b) + 0.005), 4))


def dropout_top(col, min_n=100, gap=1.3, cond="1=1"):
    rows = q(f"""SELECT {col}, avg(p.dropout::int) v FROM parts p WHERE p.t_trailhead IS NOT NULL AND ({cond})
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC""")
    return top(rows, gap)


NOSHOW_BASE = "p.t_pay IS NOT NULL AND NOT p.weather AND NOT p.refunded"


def noshow_rate(start, end, cond="1=1"):
    return rate(one(f"""SELECT avg((p.t_checkin IS NULL)::int) FROM parts p WHERE {NOSHOW_BASE}
                        AND {_in('p.t_pay', start, end)} AND ({cond})"""))


def noshow_top(col, start, end, gap=1.3):
    return top(q(f"""SELECT {col}, avg((p.t_checkin IS NULL)::int) v FROM parts p WHERE {NOSHOW_BASE}
                     AND {_in('p.t_pay', start, end)} GROUP BY 1 ORDER BY v DESC"""), gap)


def signup_paid_share(start, end, device):
    """per sign-up (session): share of the sign-ups made on this device that were paid."""
    return rate(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events x WHERE x.session_id = e.session_id
                                           AND x.touchpoint_id = 'tp_pay'))::int)
                        FROM events e WHERE e.touchpoint_id = 'tp_signup' AND e.device = '{device}'
                        AND {_in('e.ts', start, end)}"""))


def waitlist_paid_share(start, end):
    return rate(one(f"""SELECT avg((p.t_pay IS NOT NULL)::int) FROM parts p WHERE p.waitlisted
                        AND {_in('p.t_signup', start, end)}"""))


def upgrade_share(cond):
    """members who completed at least one hike: share with a tp_upgrade event after their first completion."""
    return rate(one(f"""WITH d AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_complete'
                                   GROUP BY 1)
                        SELECT avg((EXISTS (SELECT 1 FROM events u WHERE u.customer_id = d.customer_id
                                            AND u.touchpoint_id = 'tp_upgrade' AND u.ts > d.t))::int)
                        FROM d JOIN customers c USING (customer_id) WHERE {cond}"""))


# ---------- events ----------

def ev_count(tp, start, end, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_top(tp, col, start, end, cond="1=1", gap=1.1):
    return top(q(f"""SELECT {col}, count(*) n FROM events e JOIN customers c USING (customer_id)
                     WHERE e.touchpoint_id = '{tp}' AND {col} IS NOT NULL AND {_in('e.ts', start, end)} AND ({cond})
                     GROUP BY 1 ORDER BY n DESC"""), gap)


def ev_month_top(tp, start, end, gap=1.1):
    return top(q(f"""SELECT strftime(e.ts, '%Y-%m') m, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                     AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC"""), gap)


def per_member(tp, start, end, cond="1=1"):
    v = one(f"""SELECT count(*) * 1.0 / count(DISTINCT e.customer_id) FROM events e JOIN customers c
                USING (customer_id) WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return num(v, rel=0.01, floor=0.01, nd=3)


def ev_growth(tp, a, b):
    x = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', *a)}")
    y = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', *b)}")
    print(f"    {x} -> {y}")
    return rate((y - x) / x)


def busiest_week(tp, start, end):
    rows = q(f"""SELECT date_trunc('week', e.ts) w, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:3])
    assert rows[0][1] > rows[1][1]
    assert start <= str(rows[0][0])[:10]
    return count(rows[0][1])


# ---------- orders / customers ----------

PAID = "o.status = 'paid'"
MAIN_PAID = "o.status = 'paid' AND o.order_type IN ('hike_fee', 'trek_package')"
MAIN_ANY = "o.status IN ('paid', 'refunded') AND o.order_type IN ('hike_fee', 'trek_package')"


def orders_sum(start, end, cond=PAID, col="o.ts", what="o.amount"):
    return money(one(f"SELECT sum({what}) FROM orders o WHERE {_in(col, start, end)} AND ({cond})"))


def orders_top(col, start, end, cond=PAID, gap=1.1, measure="sum(o.amount)"):
    return top(q(f"""SELECT {col}, {measure} v FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})
                     AND {col} IS NOT NULL GROUP BY 1 ORDER BY v DESC"""), gap)


def month_top(start, end, cond, gap=1.08):
    tops = set()
    for cc in (cond, cond.replace("o.status = 'paid'", "o.status IN ('paid', 'refunded')")):
        tops.add(top(q(f"""SELECT strftime(o.ts, '%Y-%m') m, count(*) n FROM orders o
                           WHERE {_in('o.ts', start, end)} AND ({cc}) GROUP BY 1 ORDER BY n DESC"""), gap)["top_entity"])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def growth(a, b, cond=MAIN_PAID, alt=MAIN_ANY, measure="count(*)"):
    vals = []
    for cc in ((cond, alt) if alt else (cond,)):
        x = one(f"SELECT {measure} FROM orders o WHERE ({cc}) AND {_in('o.ts', *a)}")
        y = one(f"SELECT {measure} FROM orders o WHERE ({cc}) AND {_in('o.ts', *b)}")
        print(f"    {x} -> {y}")
        vals.append((y - x) / x)
    return rate(vals[0], round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def per_buyer(start, end, cond=PAID, who="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o JOIN customers c
                USING (customer_id) WHERE ({cond}) AND {_in('o.ts', start, end)} AND ({who})""")
    return dict(value=round(v, 2), tolerance=round(v * 0.01, 2))


def attach_rate(start, end, kind="insurance", cond="o.order_type = 'hike_fee'"):
    return rate(one(f"""SELECT avg((EXISTS (SELECT 1 FROM orders x WHERE x.related_order_id = o.order_id
                                           AND x.order_type = '{kind}'))::int)
                        FROM orders o WHERE o.status = 'paid' AND ({cond}) AND {_in('o.ts', start, end)}"""))


def customers_share(num_cond, cond="1=1"):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM customers c WHERE {cond}"))


def signups(start, end):
    return count(one(f"SELECT count(*) FROM customers c WHERE {_in('c.signup_at', start, end)}"))


def cust_top(col, start, end, gap=1.1):
    return top(q(f"""SELECT {col}, count(*) n FROM customers c WHERE {_in('c.signup_at', start, end)}
                     GROUP BY 1 ORDER BY n DESC"""), gap)


# ---------- feedback ----------

NEG = "f.sentiment = 'negative'"


def fb_count(cond, rel=0.0):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * rel, 1)))


def fb_ratio(num_cond, cond):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM feedback f WHERE {cond}"))


def fb_avg(col, cond, tol=0.05):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_top(col, cond, gap=1.2):
    return top(q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                     GROUP BY 1 ORDER BY n DESC"""), gap)


def fb_avg_top(col, cond="1=1", lowest=True, min_n=30, gap=0.25):
    rows = q(f"""SELECT {col}, avg(rating) v FROM feedback f WHERE rating IS NOT NULL AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v {'ASC' if lowest else 'DESC'}""")
    print("   ", [(r[0], round(r[1], 3)) for r in rows])
    assert abs(rows[0][1] - rows[1][1]) > gap, rows
    return dict(top_entity=rows[0][0])


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


ALL = ("2025-01-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Y26 = ("2026-01-01", "2026-07-31")
SLOW = ("2026-03-01", "2026-07-31")
BEFORE = ("2025-01-01", "2026-02-28")
SEP25 = month(2025, 9)
HZ_DAY = "g.city = 'Hangzhou' AND g.trip_type = 'day_hike'"


def gold() -> dict:
    return {
        # ---- funnels
        "tk01": lambda: conv("acquire", *Y25),
        "tk02": lambda: top_dropoff("acquire", *quarter(2025, 3)),
        "tk03": lambda: top_conv("acquire", *ALL, "c.acquisition_channel"),
        "tk04": lambda: conv("acquire", *H1_26, cust="c.acquisition_channel = 'xiaohongshu'"),
        "tk05": lambda: conv("acquire", *H1_26, cust="c.acquisition_channel = 'friend_referral'"),
        "tk06": lambda: signup_paid_share(*SEP25, "android"),
        "tk07": lambda: signup_paid_share(*SEP25, "ios"),
        "tk08": lambda: conv("hike_day", *quarter(2026, 2), a=1, b=5, both=False),
        "tk09": lambda: top_dropoff("hike_day", "2026-05-01", "2026-06-30"),
        "tk10": lambda: conv("step_up", *Y25, a=1, b=3, both=False),
        "tk11": lambda: waitlist_paid_share(*Y25),
        # ---- times between steps
        "tk13": lambda: gap_value("tp_cancel_weather", "tp_refund", *SLOW),
        "tk14": lambda: gap_value("tp_cancel_weather", "tp_refund", *BEFORE),
        "tk15": lambda: gap_share("tp_cancel_weather", "tp_refund", 5, *quarter(2026, 2), by="b"),
        "tk16": lambda: gap_value("tp_checkin", "tp_trailhead", *SLOW, cond=HZ_DAY, agg="avg", unit="hour"),
        "tk17": lambda: gap_value("tp_checkin", "tp_trailhead", *BEFORE, cond=HZ_DAY, agg="avg", unit="hour"),
        "tk18": lambda: gap_top("tp_checkin", "tp_trailhead", 'g."城市"', cond="g.trip_type = 'day_hike'", gap=1.1),
        "tk19": lambda: first_gap("tp_join", "tp_signup", *Y25),
        # ---- per customer
        "tk20": lambda: per_buyer(*Y25),
        "tk21": lambda: per_member("tp_complete", *H1_26),
        "tk22": lambda: per_buyer(*H1_26, cond="o.status = 'paid' AND o.order_type = 'gear_rental'"),
        # ---- shares
        "tk23": lambda: attach_rate(*Y25),
        "tk24": lambda: noshow_rate(*Y25),
        "tk25": lambda: noshow_rate(*Y25, cond="p.difficulty = 'easy' AND p.trip_type = 'day_hike'"),
        "tk26": lambda: dropout_rate("c.hiker_level = 'beginner' AND p.difficulty = 'challenging' "
                                     "AND p.trip_type = 'day_hike'"),
        "tk27": lambda: customers_share("c.tier = 'gold'", "c.signup_at IS NOT NULL"),
        "tk28": lambda: customers_share("c.acquisition_channel = 'xiaohongshu'", _in("c.signup_at", *Y26)),
        "tk29": lambda: upgrade_share("c.hiker_level = 'beginner'"),
        # ---- rankings
        "tk30": lambda: dropout_top("p.guide", min_n=100, gap=1.5),
        "tk31": lambda: dropout_top('p."领队"', min_n=100, gap=1.5),
        "tk32": lambda: fb_avg_top('f."领队"', "f.channel = 'post_hike_review'", min_n=30, gap=0.3),
        "tk33": lambda: orders_top('o."城市"', *Y25),
        "tk34": lambda: orders_top('o."城市"', *H1_26),
        "tk35": lambda: ev_top("tp_cancel_weather", "e.city", *Y26, gap=1.2),
        "tk36": lambda: orders_top('o."物品"', *ALL, cond="o.order_type = 'gear_rental'", measure="count(*)",
                                   gap=1.5),
        "tk37": lambda: noshow_top("p.difficulty", *Y25, gap=1.4),
        "tk38": lambda: month_top(*Y25, cond="o.status = 'paid' AND o.order_type = 'trek_package'", gap=1.08),
        "tk39": lambda: ev_top("tp_waitlist", "e.route_en", *Y25, gap=1.4),
        "tk40": lambda: cust_top('c."获客渠道"', *Y25, gap=1.2),
        "tk41": lambda: ev_month_top("tp_cancel_weather", *Y26, gap=1.5),
        # ---- single values
        "tk42": lambda: orders_sum(*month(2025, 10), cond="o.status = 'paid' AND o.order_type = 'hike_fee'"),
        "tk43": lambda: orders_sum(*month(2025, 11), cond="o.status = 'paid' AND o.order_type = 'hike_fee'"),
        "tk44": lambda: ev_count("tp_checkin", "2025-03-03", "2025-03-09"),
        "tk45": lambda: ev_count("tp_checkin", "2025-03-10", "2025-03-16"),
        "tk46": lambda: ev_count("tp_cancel_weather", *month(2026, 6)),
        "tk47": lambda: orders_sum(*quarter(2026, 2), cond="o.status = 'refunded' AND o.refund_reason = 'weather'",
                                   col="o.refunded_at", what="o.refund_amount"),
        "tk48": lambda: signups(*month(2026, 5)),
        "tk49": lambda: ev_count("tp_checkin", *month(2025, 10), distinct=True),
        "tk50": lambda: orders_sum(*H1_26, cond="o.status = 'paid' AND o.order_type = 'trek_package'"),
        # ---- comparisons and trends
        "tk51": lambda: growth(quarter(2025, 2), quarter(2026, 2), alt=None),
        "tk52": lambda: growth(H1_25, H2_25, cond=PAID, alt=None, measure="sum(o.amount)"),
        "tk53": lambda: ev_growth("tp_cancel_weather", month(2025, 6), month(2026, 6)),
        "tk54": lambda: busiest_week("tp_checkin", *H1_26),
        "tk80": lambda: per_member("tp_checkin", *Y25, cond="c.tier = 'gold'"),
        "tk81": lambda: top(q(f"""SELECT c.age_band, sum(o.amount) v FROM orders o JOIN customers c USING (customer_id)
                                   WHERE {PAID} AND {_in('o.ts', *Y25)} GROUP BY 1 ORDER BY v DESC"""), 1.2),
        # ---- feedback
        "tk55": lambda: fb_top("f.touchpoint_id", f"{NEG} AND f.city = 'Hangzhou' AND {_in('f.ts', '2026-03-01', '2026-05-31')}",
                               gap=1.3),
        "tk56": lambda: fb_count("f.topic = 'bus_late'", rel=0.05),
        "tk57": lambda: fb_count("f.topic = 'refund_slow'", rel=0.05),
        "tk58": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "tk59": lambda: fb_ratio(NEG, _in("f.ts", *H1_26)),
        "tk60": lambda: fb_ratio(NEG, "f.guide = 'Kevin'"),
        "tk61": lambda: fb_avg("rating", "f.touchpoint_id = 'tp_trailhead'"),
        "tk62": lambda: fb_count("f.ts IS NULL"),
        "tk63": lambda: fb_count("f.topic = 'pace_too_fast' AND f.guide = 'Kevin'", rel=0.05),
        "tk64": lambda: fb_avg("nps", f"f.channel = 'post_hike_review' AND {_in('f.ts', *H1_26)}", tol=0.1),
        "tk65": lambda: fb_ids("f.topic = 'refund_slow' AND f.ts >= DATE '2026-03-01'"),
        # ---- why-questions with quotes
        "tk66": lambda: fb_ids(f"{NEG} AND f.city = 'Hangzhou' AND f.ts >= DATE '2026-03-01'"),
        "tk67": lambda: fb_ids("f.topic = 'pace_too_fast' AND f.guide = 'Kevin'"),
        "tk68": lambda: fb_ids("f.topic = 'payment_fail'"),
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
        print("   ->", shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
