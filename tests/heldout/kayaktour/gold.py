"""Gold answers for the 漂流记 PaddleWild held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (booking 7 d, trip_day 60 d, photo 3 d,
  weather_refund 30 d, rebook 90 d); rates are per customer (people); the tolerance covers both readings (later
  steps allowed after the period end, or not), except where the question says later steps count. "Where do we lose
  the most" = the step whose next step is not reached by the most people (attributed to step k). A funnel split by a
  customer attribute filters the step-1 people by that attribute;
- a booking = one `session_id` (BK000123): [tp_rebook,] tp_book, tp_pay, then tp_cancel [+ tp_refund] or
  tp_weather_cancel + tp_refund, or tp_waiver (online, before the day), tp_checkin, tp_waiver (on paper, on site),
  tp_gear, tp_briefing, tp_trip, tp_changing, tp_lost_found, tp_photo, tp_review. A paid booking = it has a tp_pay.
  Per-booking rates: bookings whose first event at step A falls in the period (by its date) and that have step B at
  any time; "trips scheduled in <period>" instead selects paid bookings by their `trip_date`. Booking attributes
  (site, product, booking_channel, waiver_mode ...) come from the events of the booking;
- times between steps = per booking, first B ts - first A ts (B after A), the period by the date of A; minutes or
  days as the question asks (days fractional; tolerance also covers whole calendar days);
- money = orders with status `paid` by order ts (refunded orders are no revenue); revenue = tour tickets + private
  charters + photo packs + gear rental; refunds = `refund_amount` on tp_refund events by refund date; spend per paying
  customer = paid amount / customers with >= 1 paid order in the period; trips = tp_trip events;
- customer attributes as stored (end of data); zh questions are checked against the Chinese twins (site, 营地城市,
  客群, 获客渠道, 预订渠道, 常住城市, guide), en ones against site_en / group_type / acquisition_channel /
  booking_channel / region / guide_en / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers (checked against _truth) with a 5 %
  tolerance; OTA reviews = channels ctrip_review + meituan_review; rated reviews = rows with a rating; NPS = survey
  `nps` 0-10; rating by touchpoint = feedback.touchpoint_id over rated rows;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; weeks are Monday..Sunday.
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true, "
                "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1, "
                    "all_varchar=true)")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


# ---------- funnels (per customer, DATA.md rule) ----------

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
        vals.append(c[upto if upto is not None else -1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30, unbounded_only=False):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in ((False,) if unbounded_only else (False, True)):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        if lowest:
            assert rows[1][1] > rows[0][1] * margin, rows[:3]
        else:
            assert rows[0][1] > rows[1][1] * margin, rows[:3]
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


# ---------- per booking (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def _period(start, end, by_trip_date):
    return (f"a.trip_date BETWEEN DATE '{start}' AND DATE '{end}'" if by_trip_date else _in("a.t", start, end))


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None, by_trip_date=False):
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_period(start, end, by_trip_date)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by_trip_date=False):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by_trip_date=by_trip_date)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, trap=False,
              by_trip_date=False, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by, by_trip_date=by_trip_date)
    if lowest:
        rows = rows[::-1]
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:        # the minimum size matters: a small group tops the raw list
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def top_step_time(a_tp, b_tp, start, end, by, unit="days", agg="avg", margin=1.25):
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t) / {UNITS[unit]}) m {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY m DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def top_events(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def orders_share(num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_per_customer(by, start, end, min_n=1, margin=1.1, trap=False):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def top_orders(by, start, end, cond="1=1", margin=1.1):
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


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
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
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_25, Q3_25, Q4_25, Q2_26 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4), quarter(2026, 2)
SUMMER_26 = ("2026-06-01", "2026-08-31")
(BROWSE, BOOK, PAY, CANCEL, WCANCEL, REFUND, WAIVER, GEAR, CHECKIN, BRIEFING, TRIP, CHANGING, LOST, PHOTO, REVIEW,
 REBOOK) = ("tp_browse", "tp_book", "tp_pay", "tp_cancel", "tp_weather_cancel", "tp_refund", "tp_waiver", "tp_gear",
            "tp_checkin", "tp_briefing", "tp_trip", "tp_changing", "tp_lost_found", "tp_photo", "tp_review",
            "tp_rebook")
OTA = "f.channel IN ('ctrip_review', 'meituan_review')"
GUIDE_BAD_T = _like("f.text", ["玩手机", "态度很差", "不耐烦", "on his phone", "rude and impatient"])
CHANGING_T = _like("f.text", ["更衣室", "热水", "changing room", "hot water"])
LOST_T = _like("f.text", ["掉水里", "丢了", "找不到了", "lost my", "got lost"])
REFUND_T = _like("f.text", ["还没到账", "退款太慢", "still hasn't arrived", "taking forever"])
LATE_T = _like("f.text", ["才通知", "临时取消", "morning of the trip", "last-minute cancellation"])
PHOTO_T = _like("f.text", ["照片等了", "还没收到", "waiting for the photos", "photos took"])
CHECKIN_T = _like("f.text", ["排了好久", "签到排队", "waited ages", "waiver on site"])
BRIEF_T = _like("f.text", ["太草率", "救生衣不合身", "briefing was rushed", "jacket didn't fit"])
SCENERY_T = _like("f.text", ["风景太美", "水特别清", "stunning scenery", "crystal clear"])
GUIDE_GOOD_T = _like("f.text", ["很专业", "超级耐心", "guide was fantastic", "very patient guide"])


ONSITE = "a.session_id IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_waiver' AND waiver_mode = 'onsite')"
ONLINE = "a.session_id IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_waiver' AND waiver_mode = 'online')"
NO_GEAR = "a.session_id NOT IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_gear')"
TICKETS = "o.order_type IN ('tour_ticket', 'private_charter')"
ALL = ("2025-01-01", "2026-08-31")
JUN_25 = month(2025, 6)


def weather_count(site, start, end):
    n = one(f"""SELECT count(*) FROM {_first(PAY)} a WHERE a.site_id = '{site}' AND {_period(start, end, True)}
                AND a.session_id IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_weather_cancel')""")
    return dict(value=n, tolerance=0.5)


def gold():
    return {
        # ---- funnels
        "kt01": lambda: conv("booking", *Y25),
        "kt02": lambda: top_lost("booking", *Q3_25),
        "kt03": lambda: rank_conv("booking", *Y25, by="c.acquisition_channel", lowest=True, margin=1.25),
        "kt04": lambda: conv("booking", *Y25, cond="c.acquisition_channel = 'xiaohongshu'"),
        "kt05": lambda: conv("trip_day", *Y25),
        "kt06": lambda: conv("photo", *Y25),
        "kt07": lambda: conv("rebook", *H1_25, unbounded_only=True),
        "kt08": lambda: rank_conv("rebook", *H1_25, by="c.group_type", min_n=100, margin=1.2, unbounded_only=True),
        "kt09": lambda: conv("rebook", *H1_25, cond="c.group_type = 'corporate'", unbounded_only=True),
        # ---- weather / cancellations / refunds
        "kt10": lambda: rank_rate(PAY, WCANCEL, *Q3_25, by="a.site_en", by_trip_date=True, margin=1.5),
        "kt11": lambda: rate(PAY, WCANCEL, *Q3_25, cond="a.site_id = 'S03'", by_trip_date=True),
        "kt12": lambda: rank_rate(PAY, WCANCEL, *JUN_25, by="a.site", by_trip_date=True, margin=1.5),
        "kt13": lambda: weather_count("S06", *JUN_25),
        "kt14": lambda: rate(PAY, CANCEL, *Y25),
        "kt15": lambda: step_time(WCANCEL, REFUND, *Y25, "a.booking_channel = 'ctrip'", agg="avg"),
        "kt16": lambda: step_time(WCANCEL, REFUND, *Y25, "a.booking_channel = 'own_site'", agg="avg"),
        "kt17": lambda: top_step_time(WCANCEL, REFUND, *Y25, by="a.booking_channel"),
        "kt18": lambda: events_sum(REFUND, "e.refund_amount", *Q3_25, "e.cancel_reason <> 'customer'"),
        # ---- waiver / check-in
        "kt19": lambda: rate(CHECKIN, WAIVER, *Y25, b_cond="waiver_mode = 'online'"),
        "kt20": lambda: rank_rate(CHECKIN, WAIVER, *Y25, by='a."预订渠道"', b_cond="waiver_mode = 'online'",
                                  lowest=True, margin=1.3),
        "kt21": lambda: step_time(CHECKIN, TRIP, *Y25, ONSITE, unit="minutes"),
        "kt22": lambda: step_time(CHECKIN, TRIP, *Y25, ONLINE, unit="minutes"),
        # ---- photo / lost items / lead time
        "kt23": lambda: rank_rate(TRIP, PHOTO, *Y25, by="a.site", margin=1.2),
        "kt24": lambda: rate(TRIP, PHOTO, *Y25),
        "kt25": lambda: rank_rate(TRIP, LOST, *ALL, by="a.site_en", min_n=100, margin=1.5, trap=True),
        "kt26": lambda: rate(TRIP, LOST, *ALL, cond=f"a.site_id = 'S06' AND {NO_GEAR}"),
        "kt27": lambda: step_time(PAY, TRIP, *Y25),
        # ---- money
        "kt28": lambda: orders(*Q3_25),
        "kt29": lambda: orders(*month(2025, 8)),
        "kt30": lambda: orders(*month(2025, 7)),
        "kt31": lambda: orders(*H2_25, "o.order_type = 'photo_pack'"),
        "kt32": lambda: orders(*Y25, "o.order_type = 'private_charter'"),
        "kt33": lambda: orders_change(H1_25, H1_26),
        "kt34": lambda: top_orders('o."项目"', *Y25, TICKETS, margin=1.2),
        "kt35": lambda: orders(*month(2025, 8), "o.order_type = 'gear_rental'"),
        "kt36": lambda: per_customer(*Y25),
        "kt37": lambda: top_per_customer("c.group_type", *Y25, margin=2),
        "kt38": lambda: orders_share("o.status = 'refunded'", *Q2_26, TICKETS),
        # ---- volumes
        "kt39": lambda: events_at(TRIP, "2025-08-04", "2025-08-10"),
        "kt40": lambda: events_at(PAY, *month(2026, 8)),
        "kt41": lambda: events_change(TRIP, Q3_25, Q4_25),
        "kt42": lambda: events_at(TRIP, *Y25, "e.time_slot = 'sunset'"),
        # ---- customers
        "kt45": lambda: customers_share("c.can_swim = 'no'"),
        "kt46": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        "kt47": lambda: top_customers('c."常住城市"', "c.\"常住城市\" <> '上海'", margin=1.1),
        # ---- feedback
        "kt48": lambda: fb_topic_count(CHANGING_T, "changing_room"),
        "kt49": lambda: top_fb_count("f.site", CHANGING_T, margin=2),
        "kt50": lambda: fb_avg(f"f.site_id = 'S01' AND {_in('f.ts', *Y25)}"),
        "kt51": lambda: fb_avg(f"f.site_id = 'S01' AND {_in('f.ts', '2026-04-01', '2026-08-31')}", tol=0.04),
        "kt52": lambda: top_fb_count("f.guide", GUIDE_BAD_T, margin=3),
        "kt53": lambda: fb_avg(f"f.guide_id = 'G05' AND {_in('f.ts', *Y25)}"),
        "kt54": lambda: fb_topic_count(LOST_T, "lost_item"),
        "kt55": lambda: feedback_ids(f"{LOST_T} AND f.site_id = 'S06'"),
        "kt56": lambda: fb_ratio("f.rating <= 2", f"{OTA} AND {_in('f.ts', *Y25)}"),
        "kt57": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 10, margin=0.5),
        "kt58": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "kt59": lambda: fb_ratio("f.nps >= 9", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "kt60": lambda: fb_topic_count(REFUND_T, "refund_slow"),
        "kt61": lambda: fb_topic_count(PHOTO_T, "photo_slow", period=_in("f.ts", "2025-07-01", "2025-08-31")),
        "kt62": lambda: fb_topic_count(BRIEF_T, "briefing"),
        "kt64": lambda: fb_topic_count(CHECKIN_T, "checkin_wait"),
    }


def checks():
    """topic markers must match the truth."""
    for cond, topic in ((GUIDE_BAD_T, "guide_bad"), (CHANGING_T, "changing_room"), (LOST_T, "lost_item"),
                        (REFUND_T, "refund_slow"), (LATE_T, "cancel_late"), (PHOTO_T, "photo_slow"),
                        (CHECKIN_T, "checkin_wait"), (BRIEF_T, "briefing"), (SCENERY_T, "scenery"),
                        (GUIDE_GOOD_T, "guide_good")):
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
        print(it["id"], it["lang"], it["question"][:70], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
