"""Gold answers for the 云端 SkyDrift balloon held-out batch, from plain DuckDB SQL over the raw CSVs of generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (booking 7 d, flight_day 60 d,
  weather_rebook 45 d, gift_voucher 180 d, after_flight 14 d); rates are per customer (people); the tolerance covers
  both readings (later steps allowed after the period end, or not) unless the question says later steps count.
  "Where do we lose the most" = the step k whose next step is not reached by the most people;
  a funnel split by a customer attribute filters the step-1 people by that attribute;
- a booking = one `session_id` (BK000123): tp_book, tp_pay (not for gift-voucher bookings), tp_weather_check (one per
  scheduled date), tp_weather_cancel / tp_rebook (0..n), tp_refund, tp_checkin, tp_flight, tp_landing, tp_photo_buy,
  tp_photo_delivery, tp_review. Per-booking rates count bookings whose first event at step A falls in the period
  and look for step B in the same booking at any time; attributes (site, product, booking_channel) from the A event;
- weather no-go rate = share of tp_weather_check events (one per booking and scheduled flight date) with
  action `no_go`, by the date of the call; "flights flown" = tp_flight events (one per booking); passengers = sum(pax);
- weather cancellation -> refund = per booking, from the weather cancellation (first or last one before the refund,
  the tolerance covers both) to the refund, median, for bookings first weather-cancelled in the period;
- times between steps = per booking, first B ts - first A ts, period by the date of A; "longer than X" is strict;
- money = orders with status `paid` by order ts (refunded flights / vouchers are no revenue); revenue = flights + photo
  packages + gift vouchers + VIP transfers; refunds = `refund_amount` of tp_refund events by refund date; spend per
  paying customer = paid amount / customers with >= 1 paid order in the period;
- gift voucher redemption = the voucher_code of a paid gift_voucher order appears on a tp_voucher_redeem event (any
  time up to the end of the data);
- zh top entities are the Chinese values (launch_site, 产品, pilot_name, 客源地 ...), en ones the English values
  (launch_site_en, product, pilot_name_en, acquisition_channel) or touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers (tolerance 5 %, checked against
  _truth/feedback_truth.csv); in-app reviews = channel `app_review`; negative = 1-2 stars; rating by step =
  feedback.touchpoint_id over rows with a rating; NPS score = survey `nps` 0-10; net promoter share =
  share of 9-10 minus share of 0-6, as a fraction;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; weeks Monday..Sunday.
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "events"):
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


# ---------- funnels ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM fev e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
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


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


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

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    return q(f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
                 LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b
                 USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE {_in('a.t', start, end)} AND ({cond}) {'GROUP BY 1 ORDER BY r DESC' if by else ''}""")


def rate(a_tp, b_tp, start, end, cond="1=1"):
    return dict(value=round(sess_rate(a_tp, b_tp, start, end, cond)[0][0], 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, margin=1.25):
    rows = sess_rate(a_tp, b_tp, start, end, by=by)
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_time_share(a_tp, b_tp, start, end, thr, unit="hours", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def refund_lag(start, end, cond, unit):
    """weather cancellation -> refund, median per booking; the first and the last cancellation before the refund
    (a booking rebooked and cancelled again) are both accepted readings."""
    vals = []
    for agg in ("min", "max"):
        vals.append(one(f"""SELECT median(epoch(r.t - a.t) / {UNITS[unit]}) FROM
            (SELECT session_id, {agg}(ts) t, any_value(booking_channel) booking_channel, min(ts) t0 FROM events
             WHERE touchpoint_id = 'tp_weather_cancel' GROUP BY 1) a
            JOIN {_first('tp_refund')} r USING (session_id)
            WHERE r.t > a.t AND {_in('a.t0', start, end)} AND ({cond})"""))
    v = vals[0]
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03) + abs(vals[0] - vals[1]), 3))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}"
                          f" AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.002), 2))


def events_change(tp, a, b):
    x = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)}")
    y = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)}")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, margin=1.25, min_n=1):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def voucher_redeemed(start, end):
    v = one(f"""SELECT avg((r.voucher_code IS NOT NULL)::int) FROM orders o
                LEFT JOIN (SELECT DISTINCT voucher_code FROM events WHERE touchpoint_id = 'tp_voucher_redeem') r
                USING (voucher_code)
                WHERE o.order_type = 'gift_voucher' AND o.status = 'paid' AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


def redeem_to_book(start, end):
    """per recipient: first tp_book after the redemption, median days."""
    v = one(f"""SELECT median(epoch(b - r) / 86400) FROM (
                  SELECT e.customer_id, min(e.ts) r, (SELECT min(b.ts) FROM events b WHERE b.customer_id = e.customer_id
                     AND b.touchpoint_id = 'tp_book' AND b.ts > min(e.ts)) b
                  FROM events e WHERE e.touchpoint_id = 'tp_voucher_redeem' GROUP BY 1)
                WHERE b IS NOT NULL AND {_in('r', start, end)}""")
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


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_share(cond):
    v = one(f"SELECT avg((nps >= 9)::int) - avg((nps <= 6)::int) FROM feedback f WHERE nps IS NOT NULL AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a {'DESC' if highest else ''}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q2_25, Q3_25, Q4_25, Q2_26 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4), quarter(2026, 2)
SPRING_25 = ("2025-03-01", "2025-05-31")
SUMMER_26 = ("2026-06-01", "2026-08-31")
BACKLOG = ("2025-10-01", "2025-11-09")
MAR_AUG_26 = ("2026-03-01", "2026-08-31")
ALL = ("2025-01-01", "2026-08-31")
(DISCOVER, PRODUCT, BOOK, PAY, REDEEM, WCHECK, WCANCEL, REBOOK, REFUND, CHECKIN, FLIGHT, LANDING, PHOTO, DELIVERY,
 REVIEW) = ("tp_discover", "tp_product", "tp_book", "tp_pay", "tp_voucher_redeem", "tp_weather_check",
            "tp_weather_cancel", "tp_rebook", "tp_refund", "tp_checkin", "tp_flight", "tp_landing", "tp_photo_buy",
            "tp_photo_delivery", "tp_review")
APP = "f.channel = 'app_review'"
NOGO = "e.action = 'no_go'"
ROUGH = "e.landing_type IN ('bumpy', 'drag')"
LATE = "e.shuttle_delay_min > 15"
OTA = "a.booking_channel IN ('ctrip', 'fliggy')"
DIRECT = "a.booking_channel IN ('app', 'mini_program')"
WEATHER_T = _like("f.text", ["天气原因取消", "cancelled due to weather"])
REFUND_T = _like("f.text", ["还没到账", "still hasn't arrived"])
LANDING_T = _like("f.text", ["很颠", "bumpy landing"])
SHUTTLE_T = _like("f.text", ["接驳车迟到", "shuttle was late"])
PHOTO_T = _like("f.text", ["没收到照片", "photos took forever"])
VOUCHER_T = _like("f.text", ["约不到", "gift voucher"])
PRICE_T = _like("f.text", ["贵", "pricey"])
VIEW_T = _like("f.text", ["风景太美", "breathtaking"])
PILOT_T = _like("f.text", ["机长很专业", "pilot was fantastic"])
TOPICS = ((WEATHER_T, "weather_cancel"), (REFUND_T, "refund_slow"), (LANDING_T, "hard_landing"),
          (SHUTTLE_T, "shuttle_late"), (PHOTO_T, "photo_late"), (VOUCHER_T, "voucher_dates"), (PRICE_T, "pricey"),
          (VIEW_T, "view"), (PILOT_T, "pilot"))


def gold():
    return {
        # ---- funnels
        "bl01": lambda: conv("booking", *Y25),
        "bl02": lambda: top_lost("booking", *Q2_26),
        "bl03": lambda: rank_conv("booking", *Y25, by="c.acquisition_channel", lowest=True),
        "bl04": lambda: conv("booking", *Y25, cond="c.acquisition_channel = 'xiaohongshu'"),
        "bl05": lambda: conv("flight_day", *H1_25, unbounded_only=True),
        "bl06": lambda: conv("weather_rebook", *Y25),
        "bl07": lambda: conv("gift_voucher", *Y25, unbounded_only=True),
        "bl08": lambda: conv("after_flight", *H1_26, upto=1),
        # ---- per booking rates
        "bl09": lambda: events_share(WCHECK, NOGO, *Y25),
        "bl10": lambda: events_share(WCHECK, NOGO, *SPRING_25, "e.site_id = 'S2'"),
        "bl11": lambda: top_events_share(WCHECK, NOGO, "e.launch_site", *SUMMER_26, margin=1.4),
        "bl12": lambda: events_share(WCHECK, NOGO, *SUMMER_26, "e.site_id = 'S3'"),
        "bl13": lambda: rate(WCANCEL, REBOOK, *Y25),
        "bl14": lambda: rate(PAY, FLIGHT, *Y25),
        "bl15": lambda: rate(PAY, REFUND, *Y25),
        "bl16": lambda: events_share(LANDING, ROUGH, *Y25, "e.pilot_id = 'P05'"),
        "bl17": lambda: top_events_share(LANDING, ROUGH, "e.pilot_name", *ALL, margin=1.6, min_n=100),
        "bl18": lambda: rate(LANDING, PHOTO, *Y25),
        "bl19": lambda: rank_rate(LANDING, PHOTO, *Y25, by='a."产品"', margin=1.5),
        # ---- times
        "bl20": lambda: step_time(PHOTO, DELIVERY, *BACKLOG, unit="hours"),
        "bl21": lambda: step_time(PHOTO, DELIVERY, *month(2025, 8), unit="hours"),
        "bl22": lambda: step_time_share(PHOTO, DELIVERY, *Q4_25, 72, unit="hours"),
        "bl23": lambda: refund_lag(*Y25, OTA, "days"),
        "bl24": lambda: refund_lag(*Y25, DIRECT, "hours"),
        "bl25": lambda: events_share(CHECKIN, LATE, *Y25, "e.site_id = 'S4'"),
        "bl26": lambda: top_events_share(CHECKIN, LATE, "e.launch_site_en", *Y25, margin=2.0),
        "bl27": lambda: events_share(CHECKIN, LATE, *MAR_AUG_26, "e.site_id = 'S4'"),
        # ---- money
        "bl28": lambda: orders(*Q3_25),
        "bl29": lambda: orders(*month(2025, 10), "o.order_type = 'flight'"),
        "bl30": lambda: orders(*Y25, "o.order_type = 'gift_voucher'"),
        "bl31": lambda: orders_change(H1_25, H1_26),
        "bl32": lambda: events_sum(REFUND, "e.refund_amount", *Q2_25),
        "bl33": lambda: top_orders("o.launch_site", *Y25, "o.order_type = 'flight'", margin=1.2),
        "bl35": lambda: per_customer(*Y25),
        "bl36": lambda: per_customer(*Y25, "c.customer_type = 'family'"),
        "bl37": lambda: orders(*month(2026, 8)),
        "bl38": lambda: orders(*month(2026, 7)),
        # ---- volumes
        "bl39": lambda: events_at(FLIGHT, *month(2025, 10)),
        "bl40": lambda: events_at(FLIGHT, "2025-10-01", "2025-10-07"),
        "bl41": lambda: events_at(WCANCEL, *month(2026, 4)),
        "bl42": lambda: events_change(PAY, Q3_25, Q4_25),
        "bl43": lambda: events_sum(FLIGHT, "e.pax", *Y25),
        "bl44": lambda: events_at(PAY, "2025-07-14", "2025-07-20"),
        # ---- customers / vouchers
        "bl46": lambda: customers_count("c.acquisition_channel = 'gift_voucher'"),
        "bl47": lambda: customers_share("c.region = 'Overseas'"),
        "bl49": lambda: top_customers("c.acquisition_channel", "c.acquisition_channel <> 'douyin'"),
        "bl50": lambda: voucher_redeemed(*Y25),
        "bl51": lambda: redeem_to_book(*Y25),
        # ---- feedback
        "bl52": lambda: fb_topic_count(LANDING_T, "hard_landing"),
        "bl53": lambda: top_fb_count("f.pilot_name_en", LANDING_T, margin=2.0),
        "bl54": lambda: fb_topic_count(SHUTTLE_T, "shuttle_late", period=_in("f.ts", *Y25)),
        "bl55": lambda: top_fb_count("f.launch_site", SHUTTLE_T, margin=1.5),
        "bl56": lambda: fb_topic_count(PHOTO_T, "photo_late"),
        "bl57": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "bl58": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.5),
        "bl59": lambda: fb_avg(f"{APP} AND f.site_id = 'S4' AND {_in('f.ts', *Y25)}"),
        "bl60": lambda: fb_avg(f"{APP} AND f.site_id = 'S4' AND {_in('f.ts', *MAR_AUG_26)}", tol=0.04),
        "bl61": lambda: rank_fb_avg("f.pilot_name_en", f"{APP} AND {_in('f.ts', *Y25)}", 50, margin=0.15),
        "bl62": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "bl63": lambda: nps_share(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "bl64": lambda: fb_topic_count(WEATHER_T, "weather_cancel", period=_in("f.ts", *H1_26)),
        "bl65": lambda: fb_topic_count(VOUCHER_T, "voucher_dates"),
        "bl66": lambda: feedback_ids(REFUND_T),
        "bl67": lambda: fb_topic_count(PILOT_T, "pilot"),
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
    fns = gold()
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
