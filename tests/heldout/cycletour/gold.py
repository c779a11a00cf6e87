"""Gold answers for the 踏行 PedalWays cycling-holiday held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; rates are per customer
  (cohort = customers whose first step-1 event in the period falls in it). Computed with later steps allowed after
  the period end and with every step inside the period; the tolerance covers both readings unless the question
  states the window. A conversion between two steps of a journey = customers reaching the later step / customers
  reaching the earlier one in that cohort; where a question names an inner step as its cohort the reading starting
  the journey at that step is computed too. "Drop-off rate" of a step = customers who reached it but not the next
  step / customers who reached it (the answer is the touchpoint where they were last seen);
- "people" / "customers" / "leads" = distinct customer_id; a new sign-up / new account = a customer whose
  `signup_at` (account created at the first brochure download or enquiry) falls in the period;
- a booking = one booking_id (the events' session_id `BK…`, the orders' booking_id). Per-booking shares (bike-fit
  form, briefing attendance, support calls per departure) are over bookings selected by the event that dates them
  (deposit date, or departure = tp_tour_start date); a departure = a booking with a tp_tour_start event;
- experiment deposit_page_2026 (1 Mar – 31 May 2026): deposit rate of a variant = assigned customers with a
  tp_deposit event after `assigned_at` (up to the end of the data) / assigned customers; cooling-off cancellation
  share = their post-assignment bookings with a tp_cancel event flagged cooling_off / those bookings;
- money = orders with status `paid` by the order's ts (revenue = deposit + balance + ebike_upgrade + single_room);
  refunded deposits (status `refunded`, with `refunded_at` and `refund_amount`) are not revenue; cancelled balance
  rows were never paid;
- times: enquiry reply = `reply_hours` on tp_enquiry; support wait = `response_min` on tp_support_call; days ahead of
  departure = departure_date − the deposit / balance event date, per booking;
- zh questions expect the zh twin value (tour, 目的地, 形式, 领队, 地区, 获客渠道, 咨询渠道, 故障类型, 取消原因),
  en questions the en / raw value (tour_en, destination, style, guide, region, acquisition_channel,
  enquiry_channel, issue_type, cancel_reason); variants and touchpoints by their raw ids;
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date, a dated
  question counts only dated rows; ratings average the rows that carry one;
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
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    all_varchar=true)""")
    for col, typ in (("ts", "TIMESTAMP"), ("reply_hours", "DOUBLE"), ("response_min", "DOUBLE"), ("pax", "INTEGER"),
                     ("departure_date", "DATE"), ("stars", "DOUBLE")):
        CON.execute(f'ALTER TABLE events ALTER "{col}" TYPE {typ} USING CAST("{col}" AS {typ})')
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'refunded_at': 'TIMESTAMP',
                    'refund_amount': 'DOUBLE', 'departure_date': 'DATE'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT f.*, t.topic, t.sentiment, t.language FROM read_csv_auto(
                    '{data / 'feedback.csv'}', header=true, sample_size=-1, types={{'ts': 'TIMESTAMP',
                    'rating': 'DOUBLE', 'nps': 'DOUBLE'}}) f JOIN read_csv_auto('{data / '_truth' /
                    'feedback_truth.csv'}') t USING (feedback_id)""")
    CON.execute(f"""CREATE TABLE experiments AS SELECT * FROM read_csv_auto('{data / 'experiments.csv'}',
                    header=true, types={{'assigned_at': 'TIMESTAMP'}})""")
    # one row per booking
    CON.execute("""CREATE TABLE bookings AS SELECT session_id AS booking_id, any_value(customer_id) AS customer_id,
                   any_value(tour_code) AS tour_code, any_value(tour) AS tour, any_value(tour_en) AS tour_en,
                   any_value(destination) AS destination, any_value("目的地") AS "目的地", any_value(style) AS style,
                   any_value("形式") AS "形式", any_value(guide) AS guide, any_value("领队") AS "领队",
                   any_value(departure_date) AS departure_date, any_value(pax) AS pax,
                   min(ts) FILTER (WHERE touchpoint_id = 'tp_deposit') AS t_deposit,
                   any_value(device) FILTER (WHERE touchpoint_id = 'tp_deposit') AS deposit_device,
                   min(ts) FILTER (WHERE touchpoint_id = 'tp_bikefit') AS t_fit,
                   min(ts) FILTER (WHERE touchpoint_id = 'tp_balance') AS t_balance,
                   min(ts) FILTER (WHERE touchpoint_id = 'tp_briefing') AS t_brief,
                   min(ts) FILTER (WHERE touchpoint_id = 'tp_tour_start') AS t_start,
                   min(ts) FILTER (WHERE touchpoint_id = 'tp_tour_end') AS t_end,
                   bool_or(touchpoint_id = 'tp_cancel' AND cooling_off = 'true') AS cooled_off,
                   bool_or(touchpoint_id = 'tp_cancel') AS cancelled,
                   count(*) FILTER (WHERE touchpoint_id = 'tp_support_call') AS calls
                   FROM events WHERE session_id LIKE 'BK%' GROUP BY 1""")


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


def count(v, rel=0.0):
    v = int(v)
    return dict(value=v, tolerance=max(0.5, round(v * rel, 1)))


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=round(tol, 4))


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.002), 2))


def top(rows, gap=1.1, lowest=False):
    """rows sorted best first (value in column 1); asserts a clear leader."""
    print("   ", [(r[0], round(float(r[1]), 3)) for r in rows[:5]])
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


def funnel(journey, start, end, cust=None, bounded=False, first=0):
    """customers reaching each step; first = index of the step that starts the cohort."""
    steps, window = _steps(journey)
    steps = steps[first:]
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


def conv(journey, start, end, a=1, b=None, both=True, inner=False, extra=(), **kw):
    vals = []
    for bounded in ((False, True) if both else (False,)):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        print("    counts", c)
        vals.append(c[(b or len(c)) - 1] / c[a - 1])
        if inner:
            c2 = funnel(journey, start, end, bounded=bounded, first=a - 1, **kw)
            vals.append(c2[(b or len(c)) - a] / c2[0])
    vals += [float(x) for x in extra]
    print("    readings", [round(v, 4) for v in vals])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, max(abs(vals[0] - v) for v in vals) + 0.005), 4))


def top_dropoff(journey, start, end, margin=0.05, both=True):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in ((False, True) if both else (False,)):
        c = funnel(journey, start, end, bounded=bounded)
        rates = [(c[i] - c[i + 1]) / c[i] for i in range(len(c) - 1)]
        order = sorted(range(len(rates)), key=lambda i: -rates[i])
        print("   ", c, [round(x, 3) for x in rates])
        assert rates[order[0]] - rates[order[1]] > margin
        tops.add(steps[order[0]])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, min_n=100, gap=0.05, lowest=False):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            c = funnel(journey, start, end, cust=f"{column} = '{v}'", bounded=bounded)
            if c[0] >= min_n:
                rates[v] = c[-1] / c[0]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        print("   ", {k: round(v, 3) for k, v in rates.items()})
        assert abs(rates[order[0]] - rates[order[1]]) > gap, rates
        tops.add(order[0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


# ---------- bookings ----------

def fit_share(start, end, cond="1=1"):
    """bookings with a deposit in the period: share that got a bike fitting form."""
    return rate(one(f"""SELECT avg((b.t_fit IS NOT NULL)::int) FROM bookings b WHERE {_in('b.t_deposit', start, end)}
                        AND ({cond})"""))


def fit_conv(start, end):
    """deposit → bike-fit conversion: funnel reading (per customer) and per-booking reading."""
    per_booking = one(f"""SELECT avg((b.t_fit IS NOT NULL)::int) FROM bookings b
                          WHERE {_in('b.t_deposit', start, end)}""")
    return conv("pre_trip", start, end, a=1, b=2, both=False, extra=(per_booking,))


def rebook_share(start, end, cond="1=1", days=365):
    """customers who finished a tour in the period (first finish): share with a tp_rebook within `days` after it."""
    return rate(one(f"""WITH d AS (SELECT e.customer_id, min(e.ts) t FROM events e JOIN bookings b ON
                                   b.booking_id = e.session_id WHERE e.touchpoint_id = 'tp_tour_end'
                                   AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1)
                        SELECT avg((EXISTS (SELECT 1 FROM events u WHERE u.customer_id = d.customer_id
                                   AND u.touchpoint_id = 'tp_rebook' AND u.ts > d.t
                                   AND u.ts <= d.t + INTERVAL {days} DAY))::int) FROM d"""))


def booking_share(num_cond, date_col, start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(({num_cond})::int) FROM bookings b WHERE {_in(date_col, start, end)}
                        AND ({cond})"""))


def booking_top(col, date_col, start, end, cond="1=1", gap=1.1):
    return top(q(f"""SELECT {col}, count(*) n FROM bookings b WHERE {_in(date_col, start, end)} AND ({cond})
                     GROUP BY 1 ORDER BY n DESC"""), gap)


def calls_per_departure(start, end, cond="1=1"):
    v = one(f"""SELECT sum(b.calls) * 1.0 / count(*) FROM bookings b WHERE b.t_start IS NOT NULL
                AND {_in('b.t_start', start, end)} AND ({cond})""")
    return num(v, rel=0.02, floor=0.01, nd=3)


def lead_days(col, start, end, agg="avg", cond="1=1"):
    """days between a booking event and the departure date, per booking, for departures in the period."""
    v = one(f"""SELECT {agg}(date_diff('day', CAST({col} AS DATE), b.departure_date)) FROM bookings b
                WHERE {col} IS NOT NULL AND b.t_start IS NOT NULL AND {_in('b.departure_date', start, end)}
                AND ({cond})""")
    return num(v, rel=0.02, floor=0.5, nd=2)


# ---------- experiment ----------

def _exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_deposit' AND e.ts >= x.assigned_at))::int) r, count(*) n
                FROM experiments x GROUP BY 1 ORDER BY r DESC""")


def exp_best(gap=1.1):
    return top(_exp_rates(), gap)


def exp_rate(variant):
    return rate([r[1] for r in _exp_rates() if r[0] == variant][0])


def exp_cancel(variant):
    return rate(one(f"""SELECT avg(b.cooled_off::int) FROM experiments x JOIN bookings b
                        ON b.customer_id = x.customer_id AND b.t_deposit >= x.assigned_at
                        WHERE x.variant = '{variant}'"""))


def exp_reason_top(variant, col, gap=1.3):
    return top(q(f"""SELECT e.{col}, count(*) n FROM experiments x JOIN bookings b ON b.customer_id = x.customer_id
                     AND b.t_deposit >= x.assigned_at JOIN events e ON e.session_id = b.booking_id
                     AND e.touchpoint_id = 'tp_cancel' AND e.cooling_off = 'true'
                     WHERE x.variant = '{variant}' GROUP BY 1 ORDER BY n DESC"""), gap)


# ---------- events ----------

def ev_agg(expr, tp, start, end, cond="1=1", rel=0.03, floor=0.1, nd=2):
    v = one(f"""SELECT {expr} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return num(v, rel=rel, floor=floor, nd=nd)


def ev_count(tp, start, end, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                         AND ({cond})"""))


def ev_top(tp, col, start, end, cond="1=1", gap=1.1, measure="count(*)", having="", lowest=False):
    rows = q(f"""SELECT {col}, {measure} v FROM events e WHERE e.touchpoint_id = '{tp}' AND {col} IS NOT NULL
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 {having}
                 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    return top(rows, gap, lowest=lowest)


def ev_month_top(tp, start, end, gap=1.1):
    return top(q(f"""SELECT strftime(e.ts, '%Y-%m') m, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                     AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC"""), gap)


def ev_share(num_cond, tp, start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(({num_cond})::int) FROM events e WHERE e.touchpoint_id = '{tp}'
                        AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_growth(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', *b)} AND ({cond})")
    print(f"    {x} -> {y}")
    return rate((y - x) / x)


# ---------- orders / customers ----------

PAID = "o.status = 'paid'"


def orders_sum(start, end, cond=PAID, col="o.ts", what="o.amount"):
    return money(one(f"SELECT sum({what}) FROM orders o WHERE {_in(col, start, end)} AND ({cond})"))


def orders_avg(start, end, cond=PAID, what="o.amount"):
    v = one(f"SELECT avg({what}) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 2), tolerance=round(v * 0.005, 2))


def orders_top(col, start, end, cond=PAID, gap=1.1, measure="sum(o.amount)", join=""):
    return top(q(f"""SELECT {col}, {measure} v FROM orders o {join} WHERE {_in('o.ts', start, end)} AND ({cond})
                     AND {col} IS NOT NULL GROUP BY 1 ORDER BY v DESC"""), gap)


def growth(a, b, cond=PAID, measure="sum(o.amount)"):
    x = one(f"SELECT {measure} FROM orders o WHERE ({cond}) AND {_in('o.ts', *a)}")
    y = one(f"SELECT {measure} FROM orders o WHERE ({cond}) AND {_in('o.ts', *b)}")
    print(f"    {x} -> {y}")
    return rate((y - x) / x)


def per_buyer(start, end, cond=PAID):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE ({cond}) AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(v * 0.01, 2))


def attach_rate(start, end, kind, cond="1=1"):
    return rate(one(f"""SELECT avg((EXISTS (SELECT 1 FROM orders x WHERE x.booking_id = o.booking_id
                                           AND x.order_type = '{kind}' AND x.status = 'paid'))::int)
                        FROM orders o WHERE o.status = 'paid' AND o.order_type = 'balance'
                        AND {_in('o.ts', start, end)} AND ({cond})"""))


def signup_share(num_cond, start, end):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM customers c WHERE {_in('c.signup_at', start, end)}"))


def signup_top(col, start, end, gap=1.1):
    return top(q(f"""SELECT {col}, count(*) n FROM customers c WHERE {_in('c.signup_at', start, end)}
                     GROUP BY 1 ORDER BY n DESC"""), gap)


# ---------- feedback ----------

NEG = "f.sentiment = 'negative'"


def fb_count(cond, rel=0.0):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return count(n, rel)


def fb_ratio(num_cond, cond):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM feedback f WHERE {cond}"))


def fb_avg(col, cond, tol=0.05):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND ({cond})"), 3),
                tolerance=tol)


def fb_top(col, cond, gap=1.2):
    return top(q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND ({cond})
                     GROUP BY 1 ORDER BY n DESC"""), gap)


def fb_avg_top(col, cond="1=1", lowest=True, min_n=30, gap=0.25):
    rows = q(f"""SELECT {col}, avg(rating) v, count(*) FROM feedback f WHERE rating IS NOT NULL
                 AND {col} IS NOT NULL AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
    assert abs(rows[0][1] - rows[1][1]) > gap, rows
    return dict(top_entity=rows[0][0])


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


ALL = ("2024-07-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
FORM_BEFORE = ("2025-01-01", "2025-10-14")
FORM_AFTER = ("2025-10-15", "2026-02-28")
SINCE25 = ("2025-01-01", "2026-06-30")
MOBILE = "b.deposit_device IN ('ios', 'android')"
PUG = "b.tour_code = 'EU-PUG'"


def gold() -> dict:
    return {
        # ---- funnels
        "ct01": lambda: conv("lead_to_deposit", *Y25),
        "ct02": lambda: top_dropoff("lead_to_deposit", *quarter(2025, 2)),
        "ct03": lambda: top_conv("lead_to_deposit", *ALL, "c.acquisition_channel", gap=0.03),
        "ct04": lambda: conv("lead_to_deposit", *H2_25, cust="c.acquisition_channel = 'content'"),
        "ct05": lambda: conv("lead_to_deposit", *H2_25, cust="c.acquisition_channel = 'referral'"),
        "ct06": lambda: fit_conv(*FORM_AFTER),
        "ct07": lambda: fit_conv(*FORM_BEFORE),
        "ct08": lambda: top_dropoff("pre_trip", *H1_25, both=False),
        "ct09": lambda: conv("ride_again", *H1_25, both=False),
        "ct10": lambda: rebook_share(*H1_25, cond="b.style = 'guided'"),
        "ct11": lambda: rebook_share(*H1_25, cond="b.style = 'self_guided'"),
        "ct13": lambda: exp_best(),
        "ct14": lambda: exp_rate("control"),
        "ct15": lambda: exp_rate("flex_deposit"),
        "ct16": lambda: exp_cancel("flex_deposit"),
        "ct17": lambda: exp_cancel("control"),
        "ct18": lambda: exp_reason_top("flex_deposit", "cancel_reason"),
        # ---- times
        "ct19": lambda: ev_top("tp_enquiry", 'e."咨询渠道"', *ALL, measure="median(e.reply_hours)", gap=1.3),
        "ct20": lambda: ev_agg("median(e.reply_hours)", "tp_enquiry", *Y25, cond="e.enquiry_channel = 'email'"),
        "ct21": lambda: ev_agg("avg(e.response_min)", "tp_support_call", *SINCE25, cond="e.tour_code = 'EU-PUG'",
                               floor=1, nd=1),
        "ct22": lambda: ev_top("tp_support_call", "e.tour", *ALL, measure="avg(e.response_min)",
                               having="HAVING count(*) >= 20", gap=1.5),
        "ct23": lambda: lead_days("b.t_deposit", *Y25, cond="b.destination = 'europe'"),
        "ct24": lambda: lead_days("b.t_balance", *Y25, agg="median"),
        # ---- shares
        "ct25": lambda: ev_share("e.issue_type = 'ebike_battery'", "tp_support_call", *ALL,
                                 cond="e.tour_code = 'EU-PUG'"),
        "ct27": lambda: attach_rate(*Y25, "ebike_upgrade", cond="o.tour_code <> 'EU-PUG'"),
        "ct28": lambda: booking_share("b.t_brief IS NOT NULL", "b.t_start", *Y25,
                                      cond="b.t_start IS NOT NULL AND b.style = 'self_guided'"),
        "ct29": lambda: booking_share("b.t_brief IS NOT NULL", "b.t_start", *Y25,
                                      cond="b.t_start IS NOT NULL AND b.style = 'guided'"),
        "ct30": lambda: calls_per_departure(*Y25, cond=PUG),
        "ct31": lambda: calls_per_departure(*Y25, cond="b.tour_code <> 'EU-PUG'"),
        "ct32": lambda: booking_share("b.t_fit IS NOT NULL", "b.t_deposit", *FORM_AFTER, cond=MOBILE),
        # ---- rankings
        "ct33": lambda: booking_top("b.tour", "b.t_start", *Y25, gap=1.15),
        "ct34": lambda: orders_top("o.destination", *Y25),
        "ct35": lambda: orders_top('o."目的地"', *H1_26),
        "ct36": lambda: fb_avg_top("f.tour_en", "f.channel = 'post_trip_review'", min_n=40, gap=0.3),
        "ct37": lambda: fb_avg_top('f."领队"', "f.channel = 'post_trip_review'", lowest=False, min_n=30, gap=0.2),
        "ct38": lambda: ev_top("tp_support_call", "e.issue_type", *ALL, cond="e.tour_code = 'EU-PUG'", gap=2),
        "ct39": lambda: ev_top("tp_support_call", 'e."故障类型"', *ALL, cond="e.tour_code <> 'EU-PUG'", gap=1.5),
        "ct40": lambda: ev_month_top("tp_deposit", *Y25, gap=1.1),
        "ct41": lambda: ev_top("tp_brochure", "e.tour", *Y25, gap=1.08),
        "ct42": lambda: orders_top("c.region", *H1_26, join="JOIN customers c USING (customer_id)", gap=1.3),
        "ct43": lambda: signup_top('c."获客渠道"', *H2_25, gap=1.1),
        # ---- single values
        "ct44": lambda: orders_sum(*quarter(2025, 4)),
        "ct45": lambda: orders_sum(*month(2026, 1), cond="o.status = 'paid' AND o.order_type = 'deposit'"),
        "ct46": lambda: orders_sum("2026-03-01", "2026-05-31", cond="o.status = 'refunded'", col="o.refunded_at",
                                   what="o.refund_amount"),
        "ct47": lambda: ev_count("tp_brochure", *month(2026, 1)),
        "ct48": lambda: ev_growth("tp_brochure", month(2025, 1), month(2026, 1)),
        "ct49": lambda: ev_count("tp_tour_start", "2025-09-15", "2025-09-21"),
        "ct50": lambda: ev_count("tp_support_call", *Y25, distinct=True),
        "ct51": lambda: num(one(f"""SELECT avg(b.pax) FROM bookings b WHERE {_in('b.t_deposit', *Y25)}"""),
                            rel=0.01, floor=0.01, nd=3),
        "ct53": lambda: per_buyer(*Y25),
        "ct54": lambda: orders_sum(*month(2026, 5)),
        # ---- comparisons / trends
        "ct55": lambda: growth(H1_25, H1_26),
        "ct56": lambda: signup_share("c.acquisition_channel = 'content'", *H1_26),
        "ct57": lambda: growth(quarter(2025, 1), quarter(2026, 1), cond="o.order_type = 'deposit' AND o.status IN "
                               "('paid', 'refunded')", measure="count(*)"),
        # ---- feedback
        "ct58": lambda: fb_top("f.touchpoint_id", f"{NEG} AND {_in('f.ts', *H1_26)}", gap=1.4),
        "ct59": lambda: fb_count("f.topic = 'battery_died'", rel=0.05),
        "ct60": lambda: fb_count("f.topic = 'fit_form_confusing'", rel=0.05),
        "ct61": lambda: fb_ratio(NEG, "f.tour_code = 'CN-QHL'"),
        "ct62": lambda: fb_avg("rating", f"f.channel = 'post_trip_review' AND {_in('f.ts', *Y25)}"),
        "ct63": lambda: fb_avg("nps", f"f.channel = 'post_trip_review' AND {_in('f.ts', *Y25)}", tol=0.1),
        "ct64": lambda: fb_count("f.ts IS NULL"),
        "ct65": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "ct66": lambda: fb_avg("rating", "f.channel = 'post_trip_review' AND f.tour_code = 'CN-QHL'"),
        "ct67": lambda: fb_count("f.topic = 'slow_rescue'", rel=0.05),
        # ---- why-questions with quotes
        "ct68": lambda: fb_ids("f.tour_code = 'EU-PUG' AND f.topic IN ('battery_died', 'slow_rescue')"),
        "ct69": lambda: fb_ids("f.topic = 'fit_form_confusing' AND f.ts >= DATE '2025-10-15'"),
        "ct70": lambda: fb_ids("f.tour_code = 'CN-QHL' AND f.topic = 'hotel_basic'"),
        "ct71": lambda: fb_ids("f.topic = 'reply_slow'"),
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
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
