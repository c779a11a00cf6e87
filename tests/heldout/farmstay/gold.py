"""Gold answers for the 田园居 FarmNest held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (booking 7 d, stay 60 d, review 7 d,
  produce 30 d, refund 30 d, rebook 180 d); rates are per customer (people); the tolerance covers both readings
  (later steps allowed after the period end, or not), except where the question says later steps count.
  "Where do we lose the most" = the step whose next step is not reached by the most people (the loss between
  step k and k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1 people;
- a booking = one `session_id` (BK000123): [tp_rebook,] tp_book, tp_pay, tp_cancel / tp_refund, tp_directions,
  tp_checkin, tp_activity (0..n), tp_meal (0..n), tp_checkout, tp_produce / tp_delivery (/ tp_refund), tp_review.
  June bayberry push orders are their own sessions (PO00012) with tp_produce, tp_delivery (, tp_refund).
  Per-booking rates count bookings whose first event at step A falls in the period (by its date) and look for
  step B in the same booking at any time; booking attributes (farm, 农庄城市, 房型, 预订渠道 / booking_channel) are
  read from the step-A event. A paid booking = one with tp_pay; "stays" = bookings with a tp_checkin;
- times between steps = per booking, first B ts - first A ts (B after A), period by the date of A; minutes / days as
  asked (days fractional; the tolerance also covers whole calendar days);
- money = orders with status `paid` (refunded orders are no revenue), by order ts; revenue = room + activity
  tickets + meals + produce boxes; refunds = `refund_amount` of tp_refund events by refund date; spend per paying
  guest = paid amount / guests with >= 1 paid order in the period; room nights = `room_nights` of paid room orders
  by `stay_date`; ADR = paid room revenue / room nights (same stay-date window); refund rate of produce boxes =
  share of produce_box orders (by order date) whose status is refunded;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (farm, 农庄城市, 预订渠道, 活动类型, 出行类型, 会员等级, 常住城市), en ones against farm_en / booking_channel /
  travel_party / acquisition_channel / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked exactly
  against _truth/feedback_truth.csv); reviews = rated rows (ctrip_review, meituan_review, fliggy_review,
  mini_program_review); rating by step = feedback.touchpoint_id over rated rows; NPS answers use the survey `nps`;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of`; a week is Monday..Sunday.
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


def conv(journey, start, end, cond="1=1", unbounded_only=False, step=None):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[-1 if step is None else step - 1] / c[0])
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


def sess_rate(a_tp, b_tp, start, end, cond="1=1", by=None):
    """share of bookings with a first `a_tp` in the period that have a `b_tp`."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", min_n=1, margin=1.25, trap=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
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


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


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


def order_share(num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def room_nights(start, end, cond="1=1"):
    v = one(f"SELECT sum(room_nights) FROM orders o WHERE status = 'paid' AND order_type = 'room' "
            f"AND {_in('o.stay_date', start, end)} AND ({cond})")
    return dict(value=int(v), tolerance=0.5)


def adr(start, end, cond="1=1"):
    v = one(f"SELECT sum(amount) / sum(room_nights) FROM orders o WHERE status = 'paid' AND order_type = 'room' "
            f"AND {_in('o.stay_date', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_per_customer(by, start, end, min_n, margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    assert rows[0][0] != big[0][0], rows[:3]          # a tiny group tops the raw list
    return dict(top_entity=big[0][0])


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


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False, trap=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
GOLDEN_WEEK = ("2025-10-01", "2025-10-07")
(DISCOVER, LISTING, BOOK, PAY, CANCEL, REFUND, DIRECTIONS, CHECKIN, ACTIVITY, MEAL, CHECKOUT, PRODUCE, DELIVERY,
 REVIEW, REBOOK) = ("tp_discover", "tp_listing", "tp_book", "tp_pay", "tp_cancel", "tp_refund", "tp_directions",
                    "tp_checkin", "tp_activity", "tp_meal", "tp_checkout", "tp_produce", "tp_delivery", "tp_review",
                    "tp_rebook")
RATED = "f.rating IS NOT NULL"
BUGS_T = _like("f.text", ["蚊子", "虫子", "蚊虫", "mosquito", "bugs", "insects"])
NOISE_T = _like("f.text", ["隔音", "公鸡", "吵", "walls are thin", "rooster", "noisy"])
ROAD_T = _like("f.text", ["导航", "山路", "土路", "路不好找", "navigation", "road"])
FOOD_T = _like("f.text", ["太咸", "上菜", "上齐", "不新鲜", "厨房太慢", "salty", "dinner was slow", "taste fresh"])
PICK_T = _like("f.text", ["摘光", "没几个果子", "又小又少", "picked clean", "hardly any fruit"])
DMG_T = _like("f.text", ["烂", "压坏", "rotten", "crushed"])
REFUND_T = _like("f.text", ["退款还没到账", "退款太慢", "refund still", "taking ages"])
SCENERY_T = _like("f.text", ["风景", "空气", "stunning views", "scenery", "flower fields was"])
KIDS_T = _like("f.text", ["孩子玩疯", "亲子农场很棒", "带娃来", "kids loved", "our kids"])


def gold():
    return {
        # ---- funnels / conversion
        "fs01": lambda: conv("booking", *Y25),
        "fs02": lambda: top_lost("booking", *Q3_25),
        "fs03": lambda: rank_conv("booking", *Y25, by="c.acquisition_channel", lowest=True, margin=1.15),
        "fs04": lambda: conv("booking", *Y25, cond="c.acquisition_channel = 'xiaohongshu'"),
        "fs05": lambda: conv("booking", *H1_26),
        "fs06": lambda: rate(PAY, CANCEL, *Y25),
        "fs07": lambda: rank_rate(PAY, CANCEL, *Y25, by='a."预订渠道"', margin=1.1),
        "fs08": lambda: rate(PAY, CANCEL, *Y25, "a.booking_channel = 'ctrip'"),
        "fs09": lambda: conv("rebook", *H1_25, unbounded_only=True),
        "fs10": lambda: rank_conv("rebook", *H1_25, by='c."出行类型"', margin=1.1, unbounded_only=True),
        "fs11": lambda: conv("produce", *Y25, step=2),
        "fs12": lambda: conv("review", *Y25),
        "fs13": lambda: rate(CHECKIN, DIRECTIONS, *Y25, "a.farm_id = 'F04'"),
        "fs14": lambda: rank_rate(CHECKIN, DIRECTIONS, *Y25, by="a.farm", margin=2.0),
        "fs15": lambda: rate(CHECKIN, DIRECTIONS, *Y25, "a.farm_id <> 'F04'"),
        "fs16": lambda: conv("stay", *Y25, unbounded_only=True),
        # ---- times between steps
        "fs17": lambda: step_time(DIRECTIONS, CHECKIN, *Y25, "a.farm_id = 'F04'", unit="minutes"),
        "fs18": lambda: step_time(CANCEL, REFUND, *Y25, "a.booking_channel = 'douyin'", agg="avg"),
        "fs19": lambda: step_time(CANCEL, REFUND, *Y25, "a.booking_channel = 'wechat'", agg="avg", unit="minutes"),
        "fs20": lambda: step_time(PAY, CHECKIN, *Y25),
        # ---- money
        "fs22": lambda: orders(*Q3_25),
        "fs23": lambda: orders(*month(2025, 10)),
        "fs24": lambda: orders(*month(2025, 9)),
        "fs25": lambda: orders(*Y25, "o.order_type = 'room'"),
        "fs26": lambda: orders(*H1_26, "o.order_type = 'activity'"),
        "fs27": lambda: top_orders('o."活动类型"', *Y25, "o.order_type = 'activity'", margin=1.1),
        "fs28": lambda: orders_change(H1_25, H1_26),
        "fs29": lambda: orders(*month(2026, 6), "o.product = '杨梅礼盒'"),
        "fs30": lambda: order_share("o.status = 'refunded'", *month(2025, 6),
                                    "o.order_type = 'produce_box' AND o.farm_id = 'F05'"),
        "fs31": lambda: order_share("o.status = 'refunded'", *month(2026, 6),
                                    "o.order_type = 'produce_box' AND o.farm_id = 'F05'"),
        "fs32": lambda: events_sum(REFUND, "e.refund_amount", *Y25),
        "fs33": lambda: top_orders("o.farm_en", *Y25, "o.order_type = 'room'", margin=1.05),
        "fs34": lambda: top_orders('o."预订渠道"', *H1_26, "o.order_type = 'room'", margin=1.1),
        "fs35": lambda: per_customer(*Y25),
        "fs36": lambda: per_customer(*Y25, "c.\"出行类型\" = '亲子家庭'"),
        "fs37": lambda: top_per_customer("c.travel_party", *Y25, min_n=100),
        "fs38": lambda: room_nights(*month(2025, 10)),
        "fs39": lambda: adr(*Y25),
        # ---- volumes / trends
        "fs40": lambda: events_at(PAY, "2025-07-07", "2025-07-13"),
        "fs41": lambda: events_at(CHECKIN, *GOLDEN_WEEK),
        "fs44": lambda: events_change(PAY, Q2_25, Q3_25),
        "fs45": lambda: events_share(PAY, "e.booking_channel = 'wechat'", *H1_26),
        "fs46": lambda: events_share(PAY, "e.booking_channel = 'wechat'", *H1_25),
        # ---- customers
        "fs47": lambda: customers_share("c.travel_party = 'family_kids'"),
        "fs48": lambda: customers_count("c.region = 'Shanghai' AND c.tier = 'gold'"),
        "fs50": lambda: top_customers("c.acquisition_channel", _in("c.signup_at", *H1_26), margin=1.2),
        # ---- feedback
        "fs51": lambda: fb_topic_count(BUGS_T, "bugs"),
        "fs52": lambda: top_fb_count("f.farm_en", BUGS_T, margin=1.5),
        "fs53": lambda: top_fb_count("f.farm", NOISE_T, margin=2.0),
        "fs54": lambda: fb_topic_count(f"{NOISE_T} AND f.farm_id = 'F02'"),
        "fs55": lambda: fb_topic_count(ROAD_T, "road"),
        "fs56": lambda: rank_fb_avg("f.farm", _in("f.ts", *Y25), 30, margin=0.2, trap=True),
        "fs57": lambda: fb_avg(f"f.farm_id = 'F06' AND {_in('f.ts', *Y25)}", tol=0.05),
        "fs58": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.5),
        "fs59": lambda: fb_avg(f"f.channel = 'ctrip_review' AND {_in('f.ts', *Y25)}"),
        "fs60": lambda: fb_ratio("f.rating <= 2", f"{RATED} AND {_in('f.ts', *Y25)}"),
        "fs62": lambda: fb_ratio("f.nps >= 9", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "fs63": lambda: fb_avg(f"f.farm_id = 'F03' AND {_in('f.ts', '2025-06-01', '2025-09-30')}", tol=0.05),
        "fs64": lambda: fb_avg(f"f.farm_id = 'F03' AND {_in('f.ts', '2025-10-01', '2025-12-31')}", tol=0.05),
        "fs65": lambda: feedback_ids(f"{FOOD_T} AND f.farm_id = 'F06'"),
        "fs66": lambda: fb_topic_count(DMG_T, "produce_damaged", period=_in("f.ts", *Y25)),
        "fs67": lambda: fb_topic_count(REFUND_T, "refund_slow"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((FOOD_T, "food"), (PICK_T, "picking_poor"), (SCENERY_T, "scenery"), (KIDS_T, "kids_happy"),
                        (NOISE_T, "noise")):
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
