"""Gold answers for the 翔云滑翔伞 SkyDrift Paragliding held-out batch: plain DuckDB SQL over the raw CSVs written by
generate.py (never the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md, per person: a customer reaches step k with an event (any action) at step k's touchpoint
  after reaching step k-1, within the journey window from their first step-1 event in the period (tandem 14 d,
  course 120 d, weather_reschedule 30 d). The tolerance covers both readings (later steps may fall after the period
  end, or not) unless the question says later steps count. Segment / channel filters use the customers table
  (segment, acquisition_channel); a site filter uses the person's first step-1 event. "Where do we lose the most" =
  the step whose next step is not reached by the most people (answered with that step's touchpoint_id);
- a booking = one session_id (BK000123). Per-booking rates count bookings whose first event at step A falls in the
  period and look for step B in the same booking at any time (photo take-up = tp_photo over tp_flight bookings);
- shares of a step's records are shares of that touchpoint's events in the period: deposit failure rate = action
  'fail' / all tp_deposit attempts; weather no-go share = action 'no_go' / tp_weather_check events; pickup late
  share = action 'late' / tp_pickup events;
- flights = tp_flight events (one per booking, whatever the pax); passengers = sum(pax) of those events;
- money = orders with status 'paid' by order ts, `amount` in CNY (NPR converted at 18.6 NPR per CNY); "in rupees"
  = amount_local of the Pokhara site; refunds = refund_amount of tp_weather_refund events (local currency) by
  refund date; refunded deposits = orders with status 'refunded'; spend per paying customer = paid CNY / customers
  with >= 1 paid order;
- A/B test exp_refund_badge: conversion = share of assigned customers with a successful tp_deposit event after
  assignment (any time);
- zh top entities are Chinese values (site, 获客渠道, 客群, pilot_name as recorded), en ones English values (site_en,
  acquisition_channel, segment, pilot_name_en, device) or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers (tolerance 5 %, checked against
  _truth/feedback_truth.csv); rated reviews = ctrip_review, dianping, google_review; negative = rating 1-2;
  NPS = share of 9-10 minus share of 0-6 over survey rows, as a fraction;
- periods are inclusive calendar dates; relative periods resolve against the item's as_of; weeks Monday..Sunday.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "events", "experiments"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1)")


def q(sql):
    return CON.execute(sql).fetchall()


def one(sql):
    return q(sql)[0][0]


def _in(col, start, end):
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join("lower(" + col + ") LIKE '%" + w.lower().replace("'", "''") + "%'" for w in words) + ")"


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _count(n):
    return dict(value=int(n), tolerance=0.5)


# ---------- funnels (per person, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    """cond may use e.* (the step-1 event) and c.* (the customer)."""
    steps, window = _steps(journey)
    lim = f"AND ts < DATE '{end}' + INTERVAL 1 DAY" if bounded else ""
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1 {lim}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS
        SELECT customer_id, t1, t1 AS t FROM (
          SELECT e.customer_id, e.ts AS t1, ({cond}) AS ok,
                 row_number() OVER (PARTITION BY e.customer_id ORDER BY e.ts, e.event_id) rn
          FROM events e JOIN customers c USING (customer_id)
          WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}) WHERE rn = 1 AND ok""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", unbounded_only=False, upto=None):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        k = len(c) - 1 if upto is None else upto
        vals.append(c[k] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, groups, margin=1.2, lowest=False, min_n=30, upto=None, label=None):
    """by: SQL over e./c. equal to each group value; label maps the winning group to the answer value."""
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            k = len(c) - 1 if upto is None else upto
            if c[0] >= min_n:
                rows.append((g, c[k] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    t = tops.pop()
    return dict(top_entity=label[t] if label else t)


def top_lost(journey, start, end, margin=1.2):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per booking ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def booking_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    v = one(f"""SELECT avg((b.session_id IS NOT NULL)::int) FROM {_first(a_tp)} a
                LEFT JOIN (SELECT DISTINCT session_id FROM events e WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
                USING (session_id) WHERE {_in('a.t', start, end)} AND ({cond})""")
    return _rate(v)


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_time_share(a_tp, b_tp, start, end, thr, unit="hours", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return _rate(v)


def cancel_to_refund(start, end, cond, unit="days"):
    """last weather cancellation before the refund -> refund, per booking, median; bookings by the date of that
    last cancellation."""
    v = one(f"""SELECT median(epoch(r.t - a.t) / {UNITS[unit]}) FROM
        (SELECT session_id, max(ts) t FROM events WHERE touchpoint_id = 'tp_weather_cancel' GROUP BY 1) a
        JOIN {_first('tp_refund')} r USING (session_id)
        WHERE r.t > a.t AND {_in('a.t', start, end)} AND ({cond.replace('a.', 'r.')})""")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                      f"AND ({cond})"))


def events_avg(tp, col, start, end, cond="1=1", agg="avg"):
    v = float(one(f"SELECT {agg}({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.1, abs(v) * 0.02), 2))


def events_sum(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.002), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' "
                     f"AND {_in('e.ts', start, end)} AND ({cond})"))


def top_events_share(tp, num, by, start, end, margin=1.25, min_n=1, cond="1=1"):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", col="o.amount"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_share(num, start, end):
    v = one(f"SELECT sum(CASE WHEN {num} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o "
            f"WHERE o.status = 'paid' AND {_in('o.ts', start, end)}")
    return _rate(v)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def customers_share(num, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"))


def top_customers(by, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def voucher_redeemed(start, end):
    return _rate(one(f"""SELECT avg((r.voucher_code IS NOT NULL)::int) FROM orders o
                LEFT JOIN (SELECT DISTINCT voucher_code FROM events WHERE touchpoint_id = 'tp_voucher_redeem') r
                USING (voucher_code)
                WHERE o.order_type = 'gift_voucher' AND o.status = 'paid' AND {_in('o.ts', start, end)}"""))


def redeem_to_book(start, end):
    v = one(f"""SELECT median(epoch(b.ts - r.ts) / 86400) FROM events r JOIN events b USING (voucher_code)
                WHERE r.touchpoint_id = 'tp_voucher_redeem' AND b.touchpoint_id = 'tp_book'
                AND {_in('r.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_share(cond):
    return _rate(one(f"SELECT avg((nps >= 9)::int) - avg((nps <= 6)::int) FROM feedback f "
                     f"WHERE nps IS NOT NULL AND {cond}"))


def rank_fb_avg(by, cond, min_n, margin=0.15, highest=True):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a {'DESC' if highest else ''}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def orders_count(start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def refunded_deposits(start, end):
    """refunded deposit orders by order date; the tolerance also admits tp_weather_refund events by refund date."""
    a = one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND o.status = 'refunded' "
            "AND o.order_type = 'deposit'")
    b = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = 'tp_weather_refund' AND {_in('e.ts', start, end)}")
    return dict(value=a, tolerance=max(0.5, abs(a - b) + 0.5))


def _exp_rows():
    return q("""SELECT x.variant, avg((d.customer_id IS NOT NULL)::int) r, count(*) n FROM experiments x
                LEFT JOIN (SELECT DISTINCT e.customer_id, x2.variant FROM events e JOIN experiments x2
                           USING (customer_id) WHERE e.touchpoint_id = 'tp_deposit' AND e.action = 'success'
                           AND e.ts >= x2.assigned_at) d
                USING (customer_id) WHERE x.experiment_id = 'exp_refund_badge' GROUP BY 1 ORDER BY r DESC""")


def exp_conv(variant):
    return _rate(dict((r[0], r[1]) for r in _exp_rows())[variant])


def exp_top(margin=1.1):
    rows = _exp_rows()
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- names ----------
Y25, Y26H1 = ("2025-01-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
Q1_25, Q1_26, Q2_26, Q3_25, Q4_25 = quarter(2025, 1), quarter(2026, 1), quarter(2026, 2), quarter(2025, 3), quarter(2025, 4)
(SITE, DATE, WEATHER, DEPOSIT, PICKUP, FLIGHT, PHOTO, ENQ, TRIAL, MEDICAL, CPAY, SOLO, RESCHED, REFUND, COMPLAINT,
 REVIEW) = ("tp_site_page", "tp_date_pick", "tp_weather_check", "tp_deposit", "tp_pickup", "tp_flight", "tp_photo",
            "tp_course_enquiry", "tp_trial_day", "tp_medical", "tp_course_pay", "tp_solo_cert", "tp_reschedule",
            "tp_weather_refund", "tp_complaint", "tp_review")
CN = "e.site_id IN ('S1', 'S2', 'S3')"
FAIL = "e.action = 'fail'"
RATED = "f.channel IN ('ctrip_review', 'dianping', 'google_review')"
WEATHER_T = _like("f.text", ["天气原因取消", "cancelled due to weather"])
SHUTTLE_T = _like("f.text", ["接驳车", "shuttle"])
PHOTO_T = _like("f.text", ["照片包太贵", "overpriced"])
DEPOSIT_T = _like("f.text", ["定金付不了", "deposit payment failed"])
REFUND_T = _like("f.text", ["退款还没到账", "refund still not"])
MEDICAL_T = _like("f.text", ["体检表", "medical form"])
PILOT_T = _like("f.text", ["教练很专业", "pilot was amazing"])
VIEW_T = _like("f.text", ["风景太美", "stunning views"])
SICK_T = _like("f.text", ["有点晕", "airsick"])
TOPICS = ((WEATHER_T, "weather_cancel"), (SHUTTLE_T, "shuttle"), (PHOTO_T, "photo_price"), (DEPOSIT_T, "deposit_fail"),
          (REFUND_T, "refund_slow"), (MEDICAL_T, "medical"), (PILOT_T, "pilot_praise"), (VIEW_T, "view"),
          (SICK_T, "airsick"))
ACQ = ["xiaohongshu", "ctrip", "walk_in", "hotel_concierge"]
CORP = "e.customer_id IN (SELECT customer_id FROM customers WHERE segment = 'corporate_team')"


def gold():
    return {
        # ---- funnels
        "pg01": lambda: conv("tandem", *Y25, upto=4),
        "pg02": lambda: top_lost("tandem", *Y26H1),
        "pg03": lambda: rank_conv("tandem", *Y25, by="c.acquisition_channel", groups=ACQ, lowest=True, upto=4),
        "pg04": lambda: conv("tandem", *Y25, cond="c.acquisition_channel = 'hotel_concierge'", upto=4),
        "pg05": lambda: conv("tandem", *H1_25, cond="c.acquisition_channel = 'xiaohongshu'", upto=4),
        "pg06": lambda: rank_conv("tandem", *Y25, by="c.segment", groups=["tourist", "corporate_team", "student"],
                                  lowest=True, upto=4, margin=1.05,
                                  label={"tourist": "游客", "corporate_team": "企业团建", "student": "学生"}),
        "pg07": lambda: conv("course", *Y25, unbounded_only=True),
        "pg08": lambda: top_lost("course", *Y25),
        "pg09": lambda: conv("course", *Y25, cond="c.segment = 'student'", upto=3),
        "pg10": lambda: conv("course", *Y25, cond="c.segment = 'corporate_team'", upto=3),
        "pg11": lambda: conv("weather_reschedule", *Y25),
        # ---- step records
        "pg12": lambda: events_share(DEPOSIT, FAIL, *month(2026, 4), "e.device = 'android'"),
        "pg13": lambda: events_share(DEPOSIT, FAIL, *month(2026, 4), "e.device = 'ios'"),
        "pg14": lambda: top_events_share(DEPOSIT, FAIL, "e.device", *month(2026, 4), margin=3, min_n=20),
        "pg15": lambda: events_at(DEPOSIT, *month(2026, 4), FAIL),
        "pg16": lambda: events_share(WEATHER, "e.action = 'no_go'", "2025-06-01", "2025-09-30", "e.site_id = 'S4'"),
        "pg17": lambda: events_share(WEATHER, "e.action = 'no_go'", "2025-04-01", "2025-06-30", "e.site_id = 'S2'"),
        "pg18": lambda: top_events_share(WEATHER, "e.action = 'no_go'", "e.site", *Y25, margin=1.25),
        "pg19": lambda: events_sum(REFUND, "e.refund_amount", *Y25, "e.site_id = 'S4'"),
        "pg20": lambda: events_avg(REFUND, "e.refund_days", *Y25, "e.channel = 'ctrip'", agg="median"),
        "pg21": lambda: events_avg(REFUND, "e.refund_days", *Y25, "e.channel <> 'ctrip'", agg="median"),
        "pg22": lambda: events_share(PICKUP, "e.action = 'late'", *Y25, "e.site_id = 'S1'"),
        "pg23": lambda: events_share(PICKUP, "e.action = 'late'", *Y26H1, "e.site_id = 'S1'"),
        "pg24": lambda: events_avg(PICKUP, "e.delay_min", *Y25, "e.site_id = 'S1' AND e.action = 'late'"),
        # ---- photo package / price change
        "pg25": lambda: booking_rate(FLIGHT, PHOTO, "2025-01-01", "2025-09-30", CN.replace("e.", "a.")),
        "pg26": lambda: booking_rate(FLIGHT, PHOTO, "2025-10-01", "2026-06-30", CN.replace("e.", "a.")),
        "pg27": lambda: booking_rate(FLIGHT, PHOTO, *Y25, "a.site_id = 'S4'"),
        "pg28": lambda: orders(*Q4_25, "o.order_type = 'photo_package'"),
        # ---- A/B
        "pg29": lambda: exp_conv("refund_badge"),
        "pg30": lambda: exp_conv("control"),
        "pg31": lambda: exp_top(),
        # ---- money
        "pg32": lambda: orders(*Y25),
        "pg33": lambda: orders_change(H1_25, Y26H1),
        "pg34": lambda: orders(*Q2_26, "o.site_id = 'S4'", col="o.amount_local"),
        "pg35": lambda: top_orders("o.site_en", *Y25, "o.order_type = 'course_fee'"),
        "pg36": lambda: orders_share("o.order_type = 'course_fee'", *Y25),
        "pg37": lambda: orders(*month(2026, 6)),
        "pg38": lambda: orders(*month(2026, 5)),
        "pg39": lambda: per_customer(*Y25),
        "pg40": lambda: refunded_deposits(*Y25),
        # ---- volumes
        "pg41": lambda: events_at(FLIGHT, *Y25, "e.site_id = 'S1'"),
        "pg42": lambda: events_at(FLIGHT, "2025-10-01", "2025-10-07"),
        "pg43": lambda: events_at(SOLO, *Y26H1),
        "pg44": lambda: events_at(FLIGHT, "2026-06-01", "2026-06-07"),
        "pg45": lambda: events_sum(FLIGHT, "e.pax", *Y25, CORP),
        "pg46": lambda: events_share(FLIGHT, "e.product = 'high_altitude'", *Y25),
        # ---- customers
        "pg47": lambda: customers_share("c.segment = 'student'"),
        "pg48": lambda: top_customers('c."获客渠道"', margin=1.15),
        "pg49": lambda: customers_count("c.acquisition_channel = 'hotel_concierge'"),
        # ---- feedback
        "pg50": lambda: fb_topic_count(SHUTTLE_T),
        "pg51": lambda: fb_topic_count(SHUTTLE_T, _in("f.ts", *Q1_26)),
        "pg52": lambda: top_fb_count("f.site", SHUTTLE_T, margin=3),
        "pg53": lambda: top_fb_count("f.touchpoint_id", f"f.rating <= 2 AND {RATED}", margin=1.2),
        "pg54": lambda: fb_topic_count(PHOTO_T),
        "pg55": lambda: rank_fb_avg("f.pilot_name_en", RATED, 50, margin=0.15),
        "pg56": lambda: fb_avg(f"f.channel = 'dianping' AND {_in('f.ts', *Y25)}"),
        "pg57": lambda: nps_share(f"f.channel = 'survey' AND f.touchpoint_id = 'tp_flight' AND {_in('f.ts', *Y26H1)}"),
        "pg58": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'ctrip_review' AND {_in('f.ts', *Y25)}"),
        "pg59": lambda: fb_topic_count(DEPOSIT_T),
        "pg60": lambda: feedback_ids(DEPOSIT_T),
        "pg61": lambda: fb_topic_count(REFUND_T),
        "pg62": lambda: fb_topic_count(MEDICAL_T),
        "pg63": lambda: fb_avg(f"f.channel = 'google_review' AND f.site_id = 'S4' AND {_in('f.ts', *Y25)}"),
        "pg80": lambda: fb_topic_count(SHUTTLE_T, _in("f.ts", *Q1_25)),
    }


def checks():
    for cond, topic in TOPICS:
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        checks()
    fns = {k: v for k, v in gold().items()}
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(fns) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    status_only = []
    for it in items:
        fn = fns.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                status_only.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["lang"], it["question"][:60], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
