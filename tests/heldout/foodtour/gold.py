"""Gold answers for the 巷味 LaneTaste Food Walks held-out batch (food and walking tours in Chengdu, Xi'an, Bangkok,
Lisbon and Mexico City), from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; rates are per customer
  (cohort = customers whose first step-1 event in the period falls in it). Each funnel gold is computed twice, with
  later steps allowed after the period end and with every step inside the period; the tolerance covers both readings.
  A failed payment (action `fail`) is still an event at tp_checkout. "In <city>" on a funnel = only events of that
  city. "Drop-off" of a step = customers who reached it but not the next one / customers who reached it;
- "people" / "customers" = distinct customer_id; a sign-up = a customer whose `signup_at` (account created at the
  first checkout attempt, booking or private enquiry) falls in the period; a booked customer = segment not prospect;
  a repeat customer = 2+ distinct bookings (tp_booking_confirmed booking_id);
- a booking = one tp_booking_confirmed event (= one tour order, any status); "public tour" = booking_kind public /
  order_type public_tour; direct = platform `direct` (website and WeChat mini program);
- money = orders with status `paid`, by the order's ts, in the city's local currency (CNY for Chengdu and Xi'an, THB,
  EUR, MXN) unless US dollars are asked (`amount_usd`); "tour revenue" excludes tips (order_type tip); net revenue
  = `net_amount` (after the OTA commission); rain refunds = status `refunded` with refund_reason rain_cancellation,
  by `refunded_at`;
- rain-hit bookings = tp_weather_cancel events (action refund or reschedule) by the event's ts; customer
  cancellations = tp_cancel events by ts;
- no-show rate = tp_noshow / (tp_noshow + tp_meetup) events in the period; late minutes = tp_meetup minutes_late;
  tipping share = tp_tip events / tp_tour_done events in the period; average tip = tip orders (amount, local);
  dietary miss share = tp_tour_done events with a dietary request whose dietary_handled is false / those with a
  request; guide assignment lead = tp_guide_assign hours_before_tour (by the assignment's ts);
- payment failure rate = tp_checkout events with action fail / all tp_checkout events (attempts);
- review rate after a review request = review requests (tp_review_request) in the period whose booking got a
  tp_review event / review requests in the period;
- private groups: an enquiry converts when the customer has a tp_booking_confirmed within 30 days of the enquiry;
  "quoted within 24 hours" = tp_private_quote response_hours < 24;
- experiment checkout_trust_badge_2026: assigned customers with a tp_booking_confirmed event after `assigned_at`
  within 7 days / assigned customers;
- zh questions expect the zh twin value (城市, 线路, 导游, 取消原因, 平台), en questions the en / raw one (city,
  tour_name, guide, group_type, platform, dietary); touchpoints by id; months as YYYY-MM;
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date, a dated
  question counts only dated rows; ratings average the rows that carry one; survey = channel `survey`;
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
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    all_varchar=true)""")
    for col, typ in (("ts", "TIMESTAMP"), ("hours_before_tour", "DOUBLE"), ("minutes_late", "DOUBLE"),
                     ("response_hours", "DOUBLE"), ("lead_days", "INTEGER"), ("guests", "INTEGER"),
                     ("tip_amount", "DOUBLE"), ("rating", "DOUBLE")):
        CON.execute(f'ALTER TABLE events ALTER "{col}" TYPE {typ} USING CAST("{col}" AS {typ})')
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'amount_usd': 'DOUBLE',
                    'net_amount': 'DOUBLE', 'refunded_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT f.*, t.topic, t.sentiment FROM read_csv_auto(
                    '{data / 'feedback.csv'}', header=true, sample_size=-1, types={{'ts': 'TIMESTAMP',
                    'rating': 'DOUBLE', 'nps': 'DOUBLE'}}) f JOIN read_csv_auto('{data / '_truth' /
                    'feedback_truth.csv'}') t USING (feedback_id)""")
    CON.execute(f"""CREATE TABLE experiments AS SELECT * FROM read_csv_auto('{data / 'experiments.csv'}',
                    header=true, types={{'assigned_at': 'TIMESTAMP'}})""")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return CON.execute(sql).fetchone()[0]


def _in(col, start, end):
    return f"{col} >= TIMESTAMP '{start}' AND {col} < TIMESTAMP '{end}' + INTERVAL 1 DAY"


def month(y, m):
    return f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def quarter(y, k):
    a, b = month(y, 3 * k - 2), month(y, 3 * k)
    return a[0], b[1]


def count(v, rel=0.0):
    v = int(v)
    return dict(value=v, tolerance=max(0.5, round(v * rel, 1)))


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=round(tol, 4))


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.002), 2))


def num(v, rel=0.01, floor=0.05, nd=2):
    v = float(v)
    return dict(value=round(v, nd), tolerance=round(max(floor, abs(v) * rel), nd + 1))


def top(rows, gap=1.1, lowest=False):
    """rows sorted best first (value in column 1); asserts a clear leader."""
    print("   ", [(r[0], round(float(r[1]), 4)) for r in rows[:7]])
    a, b = float(rows[0][1]), float(rows[1][1])
    if lowest:
        assert b > a * gap, rows[:4]
    else:
        assert a > b * gap, rows[:4]
    return dict(top_entity=str(rows[0][0]))


# ---------- funnels ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, evc=None, cust=None, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
    if evc:
        ev += f" AND ({evc})"
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


def conv(journey, start, end, a=1, b=None, extra=(), **kw):
    """conversion from step a to step b (default: last); `extra` = other readings to cover."""
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        print("    counts", c)
        vals.append(c[(b or len(c)) - 1] / c[a - 1])
    vals += list(extra)
    print("    readings", [round(v, 4) for v in vals])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, max(abs(vals[0] - v) for v in vals) + 0.005), 4))


def top_dropoff(journey, start, end, margin=0.05, **kw):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        rates = [(c[i] - c[i + 1]) / c[i] for i in range(len(c) - 1)]
        order = sorted(range(len(rates)), key=lambda i: -rates[i])
        print("   ", c, [round(x, 3) for x in rates])
        assert rates[order[0]] - rates[order[1]] > margin
        tops.add(steps[order[0]])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def checkout_to_booking(city, start, end):
    """step 3 -> 4 of direct_booking in a city, plus the plain reading: customers with a checkout attempt in the
    period who got a booking confirmed within 7 days of their first attempt."""
    alt = one(f"""WITH k AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_checkout'
                             AND city = '{city}' AND {_in('ts', start, end)} GROUP BY 1)
                  SELECT avg((EXISTS (SELECT 1 FROM events b WHERE b.customer_id = k.customer_id
                         AND b.touchpoint_id = 'tp_booking_confirmed' AND b.city = '{city}' AND b.ts > k.t
                         AND b.ts <= k.t + INTERVAL 7 DAY))::int) FROM k""")
    return conv("direct_booking", start, end, a=3, evc=f"e.city = '{city}'", extra=[alt])


# ---------- private groups ----------

PRIV = """FROM events q JOIN events n ON n.enquiry_id = q.enquiry_id AND n.touchpoint_id = 'tp_private_enquiry'
          WHERE q.touchpoint_id = 'tp_private_quote'"""
CONVERTED = """(EXISTS (SELECT 1 FROM events b WHERE b.customer_id = n.customer_id
               AND b.touchpoint_id = 'tp_booking_confirmed' AND b.ts > n.ts AND b.ts <= n.ts + INTERVAL 30 DAY))"""


def private_rate(cond):
    v = one(f"SELECT avg({CONVERTED}::int) {PRIV} AND ({cond})")
    return rate(v)


def private_top(col, gap=1.1):
    rows = q(f"""SELECT n.{col}, avg({CONVERTED}::int) r, count(*) FROM events n
                 WHERE n.touchpoint_id = 'tp_private_enquiry' GROUP BY 1 ORDER BY r DESC""")
    print("   ", rows)
    return top(rows, gap)


# ---------- events ----------

def ev_count(tp, start, end, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                         AND ({cond})"""))


def ev_agg(expr, tp, start, end, cond="1=1", rel=0.02, floor=0.1, nd=2):
    v = one(f"""SELECT {expr} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return num(v, rel=rel, floor=floor, nd=nd)


def ev_share(num_cond, tp, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({num_cond})::int) FROM events e WHERE e.touchpoint_id = '{tp}'
                AND {_in('e.ts', start, end)} AND ({cond})""")
    return rate(v)


def ev_top(tp, col, start, end, cond="1=1", gap=1.1, measure="count(*)", having="", lowest=False):
    rows = q(f"""SELECT {col}, {measure} v FROM events e WHERE e.touchpoint_id = '{tp}' AND {col} IS NOT NULL
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 {having}
                 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    return top(rows, gap, lowest=lowest)


def ev_month_top(tp, start, end, cond="1=1", gap=1.05):
    return top(q(f"""SELECT strftime(e.ts, '%Y-%m') m, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                     AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC"""), gap)


def noshow(start, end, cond="1=1"):
    v = one(f"""SELECT avg((e.touchpoint_id = 'tp_noshow')::int) FROM events e
                WHERE e.touchpoint_id IN ('tp_noshow', 'tp_meetup') AND {_in('e.ts', start, end)} AND ({cond})""")
    return rate(v)


def noshow_top(col, start, end, gap=1.15):
    rows = q(f"""SELECT {col}, avg((e.touchpoint_id = 'tp_noshow')::int) r, count(*) FROM events e
                 WHERE e.touchpoint_id IN ('tp_noshow', 'tp_meetup') AND {_in('e.ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    print("   ", rows)
    return top(rows, gap)


def tip_share(start, end, cond="1=1"):
    t = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = 'tp_tip' AND {_in('e.ts', start, end)} AND ({cond})")
    d = one(f"""SELECT count(*) FROM events e WHERE e.touchpoint_id = 'tp_tour_done' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    print(f"    {t}/{d}")
    return rate(t / d)


def tip_share_top(col, start, end, gap=1.2):
    rows = q(f"""SELECT {col}, count(*) FILTER (WHERE e.touchpoint_id = 'tp_tip') * 1.0
                        / count(*) FILTER (WHERE e.touchpoint_id = 'tp_tour_done') r FROM events e
                 WHERE e.touchpoint_id IN ('tp_tip', 'tp_tour_done') AND {_in('e.ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    return top(rows, gap)


def review_rate(start, end):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events v WHERE v.touchpoint_id = 'tp_review'
                               AND v.booking_id = e.booking_id))::int)
                FROM events e WHERE e.touchpoint_id = 'tp_review_request' AND {_in('e.ts', start, end)}""")
    return rate(v)


def repeat_customers():
    return count(one("""SELECT count(*) FROM (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_booking_confirmed'
                        GROUP BY 1 HAVING count(DISTINCT booking_id) >= 2)"""))


def lead_days(city, start, end, home):
    v = one(f"""SELECT avg(e.lead_days) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = 'tp_booking_confirmed' AND e.city = '{city}' AND c.home_country = '{home}'
                AND {_in('e.ts', start, end)}""")
    return num(v, rel=0.02, floor=0.1)


# ---------- orders / customers ----------

PAID = "o.status = 'paid'"
TOURS = "o.order_type IN ('public_tour', 'private_tour')"


def orders_sum(start, end, cond=PAID, col="o.ts", what="o.amount"):
    return money(one(f"SELECT sum({what}) FROM orders o WHERE {_in(col, start, end)} AND ({cond})"))


def orders_avg(start, end, cond=PAID, what="o.amount"):
    return num(one(f"SELECT avg({what}) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"), rel=0.005,
               floor=0.5, nd=2)


def orders_top(col, start, end, cond=PAID, gap=1.08, measure="sum(o.amount_usd)"):
    return top(q(f"""SELECT {col}, {measure} v FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})
                     AND {col} IS NOT NULL GROUP BY 1 ORDER BY v DESC"""), gap)


def orders_month_top(start, end, cond, gap=1.04):
    return top(q(f"""SELECT strftime(o.ts, '%Y-%m') m, count(*) n FROM orders o WHERE {_in('o.ts', start, end)}
                     AND ({cond}) GROUP BY 1 ORDER BY n DESC"""), gap)


def direct_share(start, end):
    a = one(f"""SELECT avg((o.platform = 'direct')::int) FROM orders o WHERE o.order_type = 'public_tour'
                AND {_in('o.ts', start, end)}""")
    b = one(f"""SELECT avg((o.platform = 'direct')::int) FROM orders o WHERE o.order_type = 'public_tour'
                AND o.status = 'paid' AND {_in('o.ts', start, end)}""")
    print(f"    all statuses {a:.4f}, paid {b:.4f}")
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def signup_count(start, end):
    return count(one(f"SELECT count(*) FROM customers c WHERE {_in('c.signup_at', start, end)}"))


def signup_top(col, start, end, gap=1.08):
    return top(q(f"""SELECT {col}, count(*) n FROM customers c WHERE {_in('c.signup_at', start, end)}
                     GROUP BY 1 ORDER BY n DESC"""), gap)


def cust_top(col, cond, gap=1.2):
    return top(q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC"), gap)


# ---------- experiment ----------

def _exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_booking_confirmed' AND e.ts >= x.assigned_at
                       AND e.ts <= x.assigned_at + INTERVAL 7 DAY))::int) r, count(*) n
                FROM experiments x GROUP BY 1 ORDER BY r DESC""")


def exp_best(gap=1.1):
    return top(_exp_rates(), gap)


def exp_rate(variant):
    return rate([r[1] for r in _exp_rates() if r[0] == variant][0])


# ---------- feedback ----------

NEG = "f.sentiment = 'negative'"


def fb_count(cond, rel=0.0):
    return count(one(f"SELECT count(*) FROM feedback f WHERE {cond}"), rel)


def fb_ratio(num_cond, cond):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM feedback f WHERE {cond}"))


def fb_avg(col, cond, tol=0.05):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND ({cond})"), 3),
                tolerance=tol)


def fb_top(col, cond, gap=1.15):
    return top(q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND ({cond})
                     GROUP BY 1 ORDER BY n DESC"""), gap)


def fb_avg_top(col, cond="1=1", lowest=True, min_n=15, gap=0.2):
    rows = q(f"""SELECT {col}, avg(rating) v, count(*) FROM feedback f WHERE rating IS NOT NULL
                 AND {col} IS NOT NULL AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
    assert abs(rows[0][1] - rows[1][1]) > gap, rows
    return dict(top_entity=rows[0][0])


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    print(f"    {len(ids)} ids")
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


ALL = ("2024-11-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
MEX_WIN = ("2026-02-10", "2026-04-05")
JA25 = ("2025-07-01", "2025-08-31")
BKK = "e.city = 'Bangkok'"
CTU = "e.city = 'Chengdu'"
LIS = "e.city = 'Lisbon'"
MEX = "e.city = 'Mexico City'"
YAO = "e.tour_id = 'BKK-YAO'"


def gold() -> dict:
    return {
        # ---- funnels
        "ft01": lambda: conv("direct_booking", *Y25),
        "ft02": lambda: checkout_to_booking("Mexico City", *MEX_WIN),
        "ft03": lambda: checkout_to_booking("Lisbon", *MEX_WIN),
        "ft04": lambda: conv("social_to_booking", *Y25),
        "ft05": lambda: conv("private_group", *Y25),
        "ft06": lambda: private_rate("q.response_hours < 24"),
        "ft07": lambda: private_rate("q.response_hours >= 24"),
        "ft08": lambda: private_top("group_type"),
        "ft09": lambda: ev_top("tp_private_quote", 'e."城市"', *ALL, measure="avg(e.response_hours)", gap=1.5),
        "ft10": lambda: conv("tour_day_to_review", *quarter(2025, 4)),
        "ft11": lambda: top_dropoff("tour_day_to_review", *Y25),
        "ft12": lambda: review_rate("2025-09-01", "2026-06-30"),
        "ft13": lambda: review_rate("2024-11-01", "2025-08-31"),
        # ---- bookings and money
        "ft14": lambda: orders_top('o."平台"', *Y25, cond="o.order_type = 'public_tour' AND o.platform <> 'direct'",
                                   measure="count(*)", gap=1.05),
        "ft15": lambda: direct_share(*H1_26),
        "ft16": lambda: direct_share(*H1_25),
        "ft17": lambda: orders_sum(*quarter(2025, 3), cond=f"{PAID} AND {TOURS} AND o.city = 'Lisbon'",
                                   what="o.net_amount"),
        "ft18": lambda: orders_sum(*month(2025, 10), cond=f"{PAID} AND {TOURS} AND o.city = 'Chengdu'"),
        "ft19": lambda: orders_top("o.city", *Y25),
        "ft20": lambda: orders_sum(*H1_26, what="o.amount_usd"),
        "ft21": lambda: orders_avg(*Y25, cond=f"{PAID} AND o.order_type = 'public_tour' AND o.platform = 'viator'",
                                   what="o.amount_usd"),
        "ft22": lambda: orders_month_top(*Y25, cond="o.order_type = 'public_tour' AND o.city = 'Chengdu'", gap=1.15),
        "ft23": lambda: ev_count("tp_booking_confirmed", *month(2026, 5)),
        "ft24": lambda: orders_sum(*quarter(2026, 1), cond=f"{PAID} AND {TOURS} AND o.city = 'Xi''an'"),
        "ft25": lambda: ev_count("tp_cancel", *quarter(2026, 2)),
        "ft26": lambda: ev_top("tp_cancel", 'e."取消原因"', *ALL, gap=1.5),
        "ft27": lambda: orders_sum(*Y25, cond="o.status = 'refunded' AND o.refund_reason = 'rain_cancellation' "
                                              "AND o.city = 'Bangkok'", col="o.refunded_at"),
        "ft29": lambda: lead_days("Chengdu", *Y25, "China"),
        # ---- rain
        "ft30": lambda: ev_month_top("tp_weather_cancel", *Y25, cond=BKK, gap=1.5),
        "ft31": lambda: ev_count("tp_weather_cancel", "2025-06-01", "2025-10-31", cond=BKK),
        "ft32": lambda: ev_share("e.action = 'reschedule'", "tp_weather_cancel", "2025-11-01", "2026-06-30"),
        "ft33": lambda: ev_share("e.action = 'reschedule'", "tp_weather_cancel", "2024-11-01", "2025-10-31"),
        "ft34": lambda: ev_top("tp_weather_cancel", 'e."线路"', *ALL, gap=1.15),
        # ---- guides and tips
        "ft35": lambda: ev_share("e.hours_before_tour < 24", "tp_guide_assign", *JA25, cond=LIS),
        "ft36": lambda: ev_share("e.hours_before_tour < 24", "tp_guide_assign", "2025-01-01", "2025-06-30", cond=LIS),
        "ft37": lambda: fb_avg("rating", f"f.channel = 'survey' AND f.city = 'Lisbon' AND {_in('f.ts', *JA25)}"),
        "ft38": lambda: fb_avg_top("f.city", f"f.channel = 'survey' AND {_in('f.ts', *JA25)}"),
        "ft39": lambda: orders_top('o."导游"', "2025-01-01", "2026-06-30", cond="o.order_type = 'tip' AND "
                                   "o.city = 'Mexico City'", measure="avg(o.amount)", gap=1.3),
        "ft40": lambda: orders_avg(*ALL, cond="o.order_type = 'tip' AND o.city = 'Mexico City'"),
        "ft41": lambda: tip_share_top('e."城市"', *Y25),
        "ft42": lambda: tip_share(*Y25, cond=CTU),
        # ---- dietary
        "ft44": lambda: ev_share("e.dietary_handled = 'false'", "tp_tour_done", "2025-01-01", "2025-10-31",
                                 cond=f"{CTU} AND e.dietary IS NOT NULL"),
        "ft45": lambda: ev_share("e.dietary_handled = 'false'", "tp_tour_done", "2025-11-01", "2026-06-30",
                                 cond=f"{CTU} AND e.dietary IS NOT NULL"),
        "ft46": lambda: ev_top("tp_dietary_form", "e.dietary", *ALL, gap=1.3),
        "ft47": lambda: ev_top("tp_tour_done", 'e."线路"', *Y25, cond=f"{CTU} AND e.dietary IS NOT NULL",
                               measure="avg((e.dietary_handled = 'false')::int)", gap=1.5),
        # ---- no-shows
        "ft48": lambda: noshow_top("e.platform", *ALL),
        "ft49": lambda: noshow(*Y25, cond=YAO),
        "ft50": lambda: noshow("2026-01-10", "2026-06-30", cond=YAO),
        "ft51": lambda: ev_agg("avg(e.minutes_late)", "tp_meetup", *Y25, cond=YAO, rel=0.02, floor=0.2),
        # ---- checkout
        "ft52": lambda: ev_share("e.action = 'fail'", "tp_checkout", *MEX_WIN, cond=MEX),
        "ft53": lambda: ev_top("tp_checkout", "e.error_code", *MEX_WIN, cond=f"{MEX} AND e.action = 'fail'", gap=2),
        "ft54": lambda: fb_count("f.topic = 'payment_failed'", rel=0.05),
        # ---- experiment
        "ft55": lambda: exp_best(),
        "ft56": lambda: exp_rate("control"),
        # ---- customers
        "ft57": lambda: signup_count(*quarter(2026, 1)),
        "ft58": lambda: cust_top("c.home_country", "c.segment <> 'prospect' AND c.home_country <> 'China'", gap=1.5),
        "ft59": lambda: repeat_customers(),
        "ft60": lambda: signup_top("c.acquisition_channel", *H1_26),
        # ---- feedback
        "ft61": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "ft62": lambda: fb_top("f.touchpoint_id", f"{NEG} AND f.city = 'Bangkok'", gap=1.1),
        "ft63": lambda: fb_avg("rating", "f.channel = 'dianping'"),
        "ft64": lambda: fb_count("f.ts IS NULL"),
        "ft65": lambda: fb_ids("f.city = 'Chengdu' AND f.topic = 'dietary_ignored'"),
        "ft66": lambda: fb_ids(f"f.city = 'Lisbon' AND {NEG} AND {_in('f.ts', '2025-06-01', '2025-08-31')}"),
        "ft67": lambda: fb_ids("f.topic = 'rain_refund'"),
        "ft68": lambda: fb_ids("f.topic = 'quote_slow'"),
        "ft69": lambda: fb_count("f.topic = 'meeting_point'", rel=0.05),
        "ft70": lambda: fb_avg("nps", f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}", tol=0.1),
        "ft71": lambda: ev_count("tp_meetup", "2026-06-01", "2026-06-07"),
        "ft84": lambda: ev_count("tp_booking_confirmed", *H1_26, cond="e.booking_kind = 'private'"),
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
        print(it["id"], it["question"][:100])
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print("   ->", shown)
    print("status-only ok items:", missing)
    langs = [it["lang"] for it in items]
    print(f"{len(items)} items: zh {langs.count('zh')}, en {langs.count('en')}; statuses",
          {s: sum(1 for it in items if it['expect'].get('status') == s) for s in ('ok', 'clarify', 'unsupported')})
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
