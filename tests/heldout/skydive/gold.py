"""Gold answers for the 飞跃 SkyLeap wind-tunnel & tandem-skydive held-out batch: plain DuckDB SQL over the raw
CSVs written by generate.py (never the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md, per person: a customer reaches step k with an event at step k's touchpoint after reaching
  step k-1, within the journey window from their first step-1 event in the period (booking 7 d, pre_flight 60 d,
  on_site 1 d, weather_reschedule 60 d, media_upsell 7 d, gift_voucher 180 d, repeat_flyer 90 d). The tolerance
  covers both readings (later steps may fall after the period end, or not) unless the question says later steps
  count. A funnel "for a site" filters the person's first step-1 event in the period by that event's site; a funnel
  "by acquisition channel" filters the step-1 people by customers.acquisition_channel. "Where do we lose the most"
  = the step whose next step is not reached by the most people (answered with that step's touchpoint_id);
- a booking = one session_id (BK000123). Per-booking rates count bookings whose first event at step A falls in the
  period and look for B in the same booking at any time; times between steps = first B ts - first A ts of the same
  booking, period by the date of A;
- shares of a step's records (waiver failures, weather no-gos at the check, on-the-day cancellations) are shares of
  that touchpoint's events in the period. E-waiver failure rate = action 'fail' / all online attempts
  (waiver_method face_verification or online_signature; paper signatures at the desk are not attempts);
- flights / jumps = tp_flight events (one per booking); repeat sessions = tp_repeat events;
- money = orders with status 'paid' by order ts, `amount` in RMB (AUD / NZD converted at the fixed group rate);
  "in Australian dollars" = amount_local of the Melbourne site; refunds = refund_amount of tp_refund events
  (local currency) by refund date; spend per paying customer = paid RMB / customers with >= 1 paid order;
- gift voucher redeemed = the voucher_code of a paid gift_voucher order appears on a tp_voucher_redeem event
  (any time up to the end of the data); redeem -> booking = the tp_book with the same voucher_code;
- zh top entities are Chinese values (site, 获客渠道, instructor_name as recorded), en ones English values (site_en,
  acquisition_channel, instructor_name_en) or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers (tolerance 5 %, checked against
  _truth/feedback_truth.csv); app reviews = channel 'app_review'; negative = rating 1-2; rated feedback =
  app_review, dianping, google_review; NPS = share of 9-10 minus share of 0-6 over survey rows, as a fraction;
- periods are inclusive calendar dates; relative periods resolve against the item's as_of; weeks Monday..Sunday;
  weekends = Saturday and Sunday of the event date.
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


# ---------- names ----------
Y25, Y26H1 = ("2025-01-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
Q1_26, Q2_26, Q3_25, Q4_25 = quarter(2026, 1), quarter(2026, 2), quarter(2025, 3), quarter(2025, 4)
(AD, PRODUCT, BOOK, PAY, GIFT, VBUY, REDEEM, PRECHECK, WAIVER, WCANCEL, RESCHED, REFUND, CHECKIN, BRIEFING, FLIGHT,
 MEDIA, DELIVERY, MEMBER, REPEAT, REVIEW) = (
    "tp_ad", "tp_product", "tp_book", "tp_pay", "tp_gift_page", "tp_voucher_buy", "tp_voucher_redeem", "tp_precheck",
    "tp_waiver", "tp_weather_cancel", "tp_reschedule", "tp_refund", "tp_checkin", "tp_briefing", "tp_flight",
    "tp_media_buy", "tp_media_delivery", "tp_membership", "tp_repeat", "tp_review")
CN_SITES = "e.site_id IN ('S1', 'S2', 'S4')"
ONLINE_WAIVER = "e.waiver_method IN ('face_verification', 'online_signature')"
FAIL = "e.action = 'fail'"
DZ = "e.site_type = 'dropzone'"
TUNNEL = "e.site_type = 'tunnel'"
WEEKEND = "dayofweek(e.ts) IN (0, 6)"
APP = "f.channel = 'app_review'"
RATED = "f.channel IN ('app_review', 'dianping', 'google_review')"
WEATHER_T = _like("f.text", ["天气原因取消", "called off for weather"])
WEIGHT_T = _like("f.text", ["体重", "weight limit"])
WAIVER_T = _like("f.text", ["人脸识别", "face verification"])
QUEUE_T = _like("f.text", ["排队", "queue"])
PUSHY_T = _like("f.text", ["推销", "hard sell"])
VIDEO_T = _like("f.text", ["视频还没", "still waiting for my video"])
REFUND_T = _like("f.text", ["退款还没到账", "refund still hasn't"])
VOUCHER_T = _like("f.text", ["礼品券过期", "voucher expired"])
PRICE_T = _like("f.text", ["太贵", "pricey"])
INSTR_T = _like("f.text", ["教练很专业", "instructor was amazing"])
THRILL_T = _like("f.text", ["太刺激了", "adrenaline"])
TOPICS = ((WEATHER_T, "weather"), (WEIGHT_T, "weight"), (WAIVER_T, "waiver_face"), (QUEUE_T, "queue"),
          (PUSHY_T, "pushy"), (VIDEO_T, "video_late"), (REFUND_T, "refund_slow"), (VOUCHER_T, "voucher_expired"),
          (PRICE_T, "price"), (INSTR_T, "instructor"), (THRILL_T, "thrill"))
SITE_EN = {"S1": "Shanghai Tunnel", "S2": "Chengdu Tunnel", "S3": "Melbourne Tunnel", "S4": "Wanning Dropzone",
           "S5": "Taupo Dropzone"}
ACQ_ZH = {"wechat_channels": "视频号", "douyin": "抖音", "xiaohongshu": "小红书", "instagram": "Instagram",
          "tiktok": "TikTok", "facebook": "Facebook"}


def gold():
    ads = list(ACQ_ZH)
    return {
        # ---- funnels
        "sd01": lambda: conv("booking", *Y25),
        "sd02": lambda: top_lost("booking", *Q1_26),
        "sd03": lambda: rank_conv("booking", *Y25, by="c.acquisition_channel", groups=ads, lowest=True),
        "sd04": lambda: conv("booking", *Y25, cond="c.acquisition_channel = 'xiaohongshu'"),
        "sd05": lambda: conv("booking", *Y26H1, cond="c.acquisition_channel = 'wechat_channels'"),
        "sd06": lambda: conv("pre_flight", *H2_25, unbounded_only=True),
        "sd07": lambda: conv("on_site", *Q3_25, cond="e.site_type = 'dropzone'"),
        "sd08": lambda: conv("weather_reschedule", *Y25),
        "sd09": lambda: conv("media_upsell", *Y26H1, upto=1),
        "sd10": lambda: conv("gift_voucher", *Y25, unbounded_only=True),
        "sd11": lambda: conv("repeat_flyer", *Y25, upto=1, cond="e.site_type = 'tunnel'"),
        "sd12": lambda: rank_conv("repeat_flyer", *Y25, by="e.site_id", groups=["S1", "S2", "S3"], upto=1,
                                  margin=1.3, label={"S1": "上海风洞", "S2": "成都风洞", "S3": "墨尔本风洞"}),
        # ---- step records
        "sd13": lambda: events_share(WAIVER, FAIL, *month(2026, 3), f"{CN_SITES} AND {ONLINE_WAIVER}"),
        "sd14": lambda: events_share(WAIVER, FAIL, *month(2026, 2), f"{CN_SITES} AND {ONLINE_WAIVER}"),
        "sd15": lambda: events_share(PRECHECK, "e.check_result = 'weather'", "2025-07-01", "2025-09-30",
                                     "e.site_id = 'S4'"),
        "sd16": lambda: events_share(PRECHECK, "e.check_result = 'weather'", "2025-06-01", "2025-08-31",
                                     "e.site_id = 'S5'"),
        "sd17": lambda: top_events_count(WCANCEL, "e.site_en", "2025-07-01", "2025-10-31", margin=1.4),
        "sd18": lambda: events_share(WCANCEL, "e.cancel_timing = 'on_the_day'", *Y25),
        "sd19": lambda: booking_rate(WCANCEL, RESCHED, *Y25, b_cond="e.reschedule_reason = 'weather'"),
        "sd20": lambda: events_at(PRECHECK, *Y25, "e.check_result = 'overweight'"),
        "sd21": lambda: top_events_share(PRECHECK, "e.check_result = 'overweight'", "e.site_en", *Y25, margin=1.8),
        # ---- times
        "sd23": lambda: cancel_to_refund(*Y25, "a.booking_channel IN ('meituan', 'klook')"),
        "sd24": lambda: cancel_to_refund(*Y25, "a.booking_channel IN ('web', 'app', 'mini_program')"),
        "sd25": lambda: step_time(MEDIA, DELIVERY, *Y25, "a.site_type = 'dropzone'", unit="hours"),
        "sd26": lambda: step_time_share(MEDIA, DELIVERY, *Y25, 72, cond="a.site_type = 'dropzone'"),
        "sd27": lambda: events_avg(CHECKIN, "e.wait_min", *Y25, f"e.site_id = 'S1' AND {WEEKEND}"),
        "sd28": lambda: events_avg(CHECKIN, "e.wait_min", *Y25, f"e.site_id = 'S1' AND NOT {WEEKEND}"),
        # ---- money
        "sd30": lambda: orders(*Q3_25),
        "sd32": lambda: top_orders("o.site", *Y26H1, "o.order_type = 'booking'"),
        "sd33": lambda: orders_change(H1_25, Y26H1),
        "sd34": lambda: orders(*Y25, "o.order_type = 'gift_voucher'"),
        "sd35": lambda: orders(*Q2_26, "o.site_id = 'S3'", col="o.amount_local"),
        "sd36": lambda: events_sum(REFUND, "e.refund_amount", *Y25, "e.site_id = 'S4' AND e.refund_reason = 'weather'"),
        "sd37": lambda: per_customer(*Y25),
        "sd38": lambda: orders_share("o.order_type = 'membership'", *Y25),
        "sd39": lambda: orders(*month(2026, 7)),
        "sd40": lambda: orders(*month(2026, 6)),
        # ---- volumes
        "sd41": lambda: events_at(FLIGHT, *Y25, DZ),
        "sd42": lambda: events_at(FLIGHT, "2025-10-01", "2025-10-07"),
        "sd43": lambda: events_at(FLIGHT, "2025-07-14", "2025-07-20", TUNNEL),
        "sd44": lambda: events_change(PAY, Q3_25, Q4_25, "e.action = 'success'"),
        "sd46": lambda: events_at(FLIGHT, "2026-06-01", "2026-06-07", TUNNEL),
        # ---- customers / vouchers
        "sd47": lambda: customers_count("c.acquisition_channel = 'gift_voucher'"),
        "sd48": lambda: customers_share("c.traveller_type = 'international_tourist'"),
        "sd49": lambda: top_customers('c."获客渠道"', "c.acquisition_channel <> 'douyin'"),
        "sd50": lambda: voucher_redeemed(*Y25),
        "sd51": lambda: redeem_to_book(*Y25),
        # ---- feedback
        "sd52": lambda: fb_topic_count(WAIVER_T),
        "sd53": lambda: fb_topic_count(WAIVER_T, _in("f.ts", *month(2026, 3))),
        "sd54": lambda: top_fb_count("f.touchpoint_id", WEIGHT_T, margin=3),
        "sd55": lambda: top_fb_count("f.site", PUSHY_T, margin=3),
        "sd56": lambda: fb_topic_count(QUEUE_T, _in("f.ts", *Y25)),
        "sd57": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "sd58": lambda: fb_avg(f"{APP} AND f.site_id = 'S1' AND {_in('f.ts', *Y25)}"),
        "sd59": lambda: fb_avg(f"{APP} AND f.site_id = 'S2' AND {_in('f.ts', *Y25)}"),
        "sd60": lambda: rank_fb_avg("f.instructor_name", RATED, 50, margin=0.15),
        "sd61": lambda: nps_share(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "sd63": lambda: fb_topic_count(VIDEO_T),
        "sd64": lambda: fb_topic_count(REFUND_T),
        "sd65": lambda: top_fb_count("f.touchpoint_id", f"f.rating <= 2 AND {RATED}", margin=1.2),
        "sd66": lambda: feedback_ids(REFUND_T),
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
