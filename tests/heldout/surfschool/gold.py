"""Gold answers for the 浪潮 SwellSurf held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (booking 7 d, camp 40 d, surf_day 10 d,
  cancel_refund 30 d, repeat 180 d); rates are per customer (people); the tolerance covers both readings (later steps
  allowed after the period end, or not), except where the question says later steps count (repeat trips). "The
  biggest drop-off to the next step" = the step k whose people most often do not reach step k+1 (counted in people,
  attributed to step k). A funnel split by a customer attribute filters the step-1 people by that attribute;
- a booking = one `session_id` (SW000123): [tp_rebook,] tp_book, tp_pay (full price for lessons, 30 % deposit for
  camps), tp_balance (camps), tp_cancel (cancel_reason weather / personal / balance_unpaid), tp_reschedule,
  tp_refund, tp_checkin, tp_rental, tp_lesson (one per surf day, lesson_no 1..n), tp_video, tp_review. A paid
  booking = it has a `tp_pay`; per-booking rates count bookings whose first event at the named step A falls in the
  period (by its date, unless the question says "scheduled for", then by the booking's `start_date`) and look for
  the later step B in the same booking at any time; booking attributes (spot, 目的地 / destination, 产品 / product,
  level, channel) are read from the step-A event;
- times between steps = per booking, first B ts - first A ts (B after A), the period by the date of A; for video
  delivery A = the booking's last surf session (last tp_lesson); days fractional (the tolerance also covers whole
  calendar days);
- money = orders with status `paid` (refunded lesson fees / video packages are no revenue; kept camp deposits are),
  by order ts; revenue = lessons + camp deposits + camp balances + rentals + video packages; refunds = `refund_amount`
  of tp_refund events by refund date; spend per paying customer = paid amount / customers with >= 1 paid order in the
  period; paid bookings = tp_pay events (one per booking); forfeited deposits = paid camp_deposit orders of bookings
  cancelled for `balance_unpaid`, by cancellation date;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (spot, 目的地, 产品, 常住城市, 获客渠道, 会员等级, 浪级), en ones against spot_en / destination / product /
  region / acquisition_channel / age_band / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); post-surf reviews = channel `app_review` (1-5 stars); OTA reviews = `ota_review`;
  rating by step = feedback.touchpoint_id over rows with a rating; negative = 1-2 stars when the question says so;
  camp survey = channel `survey` with `nps` 0-10, promoters = 9-10;
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
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1)")


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


def conv(journey, start, end, cond="1=1", unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[-1] / c[0])
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

def _first(tp, last=False):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts {'DESC' if last else ''}, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None, pcol="a.t"):
    """share of bookings with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in(pcol, start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", pcol="a.t"):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond, pcol=pcol)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def video_attach(start, end):
    v = one(f"""SELECT avg((v.booking_id IS NOT NULL)::int) FROM {_first('tp_pay')} a
                LEFT JOIN (SELECT DISTINCT booking_id FROM orders WHERE order_type = 'video_package') v
                ON v.booking_id = a.session_id WHERE {_in('a.t', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


def _gap(a_tp, b_tp, start, end, cond, a_last=False):
    return f"""FROM {_first(a_tp, last=a_last)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", a_last=False):
    g = _gap(a_tp, b_tp, start, end, cond, a_last)
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {g}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {g}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def top_step_time(a_tp, b_tp, start, end, by, margin=1.5, a_last=False):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / 86400.0) m {_gap(a_tp, b_tp, start, end, '1=1', a_last)} "
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


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.1, min_n=30):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY r DESC")
    rows = [r for r in rows if r[2] >= min_n]
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


def forfeited_deposits(start, end):
    return _money(one(f"""SELECT sum(o.amount) FROM orders o JOIN events e ON e.session_id = o.booking_id
                          WHERE o.order_type = 'camp_deposit' AND o.status = 'paid' AND e.touchpoint_id = 'tp_cancel'
                          AND e.cancel_reason = 'balance_unpaid' AND {_in('e.ts', start, end)}"""))


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


def top_orders(by, start, end, cond="1=1", margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


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


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.2, highest=False, trap=False):
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
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
AUG_OCT_25 = ("2025-08-01", "2025-10-31")
LESSON = "a.product IN ('group_lesson', 'private_lesson')"
CAMP = "a.product IN ('camp_5d', 'camp_7d')"
APP = "f.channel = 'app_review'"
WEATHER_T = _like("f.text", ["因为天气", "台风", "浪太大", "weather", "typhoon", "totally flat"])
VIDEO_T = _like("f.text", ["视频", "video", "footage"])
WETSUIT_T = _like("f.text", ["防寒衣", "wetsuit"])
CROWD_T = _like("f.text", ["人太多", "顾不过来", "too many people", "too crowded"])
DEPOSIT_T = _like("f.text", ["定金", "deposit"])
REFUND_T = _like("f.text", ["退款", "refund"])
DORM_T = _like("f.text", ["宿舍", "dorm"])
STOOD_T = _like("f.text", ["站起来", "stood up"])
COACH_T = _like("f.text", ["耐心", "patient"])
PRICE_T = _like("f.text", ["太贵", "pricey", "expensive"])
TOPICS = {"weather": WEATHER_T, "video_late": VIDEO_T, "wetsuit": WETSUIT_T, "crowded": CROWD_T, "deposit": DEPOSIT_T,
          "refund_slow": REFUND_T, "dorm": DORM_T, "stood_up": STOOD_T, "coach": COACH_T, "price": PRICE_T}
PAY, BAL, CANCEL, RESCHED, REFUND, CHECKIN, RENTAL, LESSON_TP, VIDEO, REVIEW = (
    "tp_pay", "tp_balance", "tp_cancel", "tp_reschedule", "tp_refund", "tp_checkin", "tp_rental", "tp_lesson",
    "tp_video", "tp_review")
FIRST_WW = "e.lesson_no = 1 AND e.level = 'whitewater'"


def gold():
    return {
        # ---- funnels / conversion
        "sf01": lambda: conv("booking", *Y25),
        "sf02": lambda: top_lost("booking", *Q3_25),
        "sf03": lambda: rank_conv("booking", *Y25, by="c.acquisition_channel", lowest=True, margin=1.25),
        "sf04": lambda: conv("booking", *Y25, cond="c.acquisition_channel = 'referral'"),
        "sf06": lambda: rate(PAY, BAL, *Y25, CAMP),
        "sf07": lambda: rate(PAY, BAL, *Y25, f"{CAMP} AND c.acquisition_channel = 'xiaohongshu'"),
        "sf08": lambda: rank_conv("repeat", *H1_25, by="c.acquisition_channel", lowest=True, margin=1.3,
                                  unbounded_only=True),
        "sf09": lambda: conv("repeat", *H1_25, unbounded_only=True),
        "sf10": lambda: rate(PAY, RENTAL, *Y25),
        "sf11": lambda: rank_rate(PAY, RENTAL, *Y25, by='a."产品"', margin=1.2),
        "sf12": lambda: video_attach(*Y25),
        "sf13": lambda: events_share(LESSON_TP, "e.stood_up", *Y25, FIRST_WW),
        "sf14": lambda: top_events_share(LESSON_TP, "e.stood_up", "e.spot", *Y25, FIRST_WW),
        "sf15": lambda: conv("camp", *Y25),
        # ---- weather, cancellations, refunds
        "sf16": lambda: rate(PAY, CANCEL, *AUG_OCT_25, f"{LESSON} AND a.destination = 'Hainan'",
                             "cancel_reason = 'weather'", pcol="a.start_date"),
        "sf17": lambda: rate(PAY, CANCEL, *AUG_OCT_25, f"{LESSON} AND a.destination = 'Bali'",
                             "cancel_reason = 'weather'", pcol="a.start_date"),
        "sf18": lambda: events_at(CANCEL, *month(2025, 9), "e.cancel_reason = 'weather'"),
        "sf19": lambda: rate(CANCEL, RESCHED, *Y25, "a.cancel_reason = 'weather'"),
        "sf20": lambda: step_time(CANCEL, REFUND, *Y25, "a.channel = 'ota'"),
        "sf21": lambda: step_time(CANCEL, REFUND, *Y25, "a.channel <> 'ota'"),
        "sf22": lambda: events_sum(REFUND, "e.refund_amount", *Q3_25),
        # ---- money
        "sf23": lambda: orders(*Q1_26),
        "sf24": lambda: orders(*month(2026, 6)),
        "sf25": lambda: orders(*month(2026, 5)),
        "sf26": lambda: orders(*Y25, "o.order_type IN ('camp_deposit', 'camp_balance')"),
        "sf27": lambda: orders(*month(2025, 7), "o.order_type = 'video_package'"),
        "sf28": lambda: orders_change(H1_25, H1_26),
        "sf29": lambda: top_orders("o.spot_en", *Y25, "o.order_type = 'lesson'", margin=1.08),
        "sf30": lambda: orders(*Y25, "o.\"目的地\" = '巴厘岛'"),
        "sf31": lambda: per_customer(*Y25),
        "sf32": lambda: top_per_customer("c.age_band", *Y25, min_n=100, margin=1.08),
        "sf33": lambda: orders(*Q4_25, "o.order_type = 'rental'"),
        "sf34": lambda: forfeited_deposits(*Y25),
        # ---- volumes / trends
        "sf35": lambda: events_at(PAY, "2025-10-06", "2025-10-12"),
        "sf36": lambda: events_at(PAY, *month(2026, 2)),
        "sf37": lambda: events_at(PAY, *month(2026, 1)),
        "sf38": lambda: events_change(PAY, Q3_25, Q4_25),
        "sf41": lambda: events_at(CHECKIN, *Y25, "e.action = 'camp_checkin'"),
        # ---- customers
        "sf43": lambda: customers_share("c.acquisition_channel = 'xiaohongshu'"),
        "sf44": lambda: customers_count("c.region = 'Shanghai' AND c.tier = 'gold'"),
        "sf45": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        # ---- step times
        "sf48": lambda: step_time(LESSON_TP, VIDEO, *Q3_25, a_last=True),
        "sf49": lambda: step_time(LESSON_TP, VIDEO, *Q3_25, "a.spot_id = 'S4'", a_last=True),
        "sf50": lambda: top_step_time(LESSON_TP, VIDEO, *Y25, by="a.spot_en", a_last=True),
        "sf51": lambda: step_time(PAY, CHECKIN, *Y25, CAMP),
        # ---- feedback
        "sf52": lambda: fb_topic_count(VIDEO_T),
        "sf53": lambda: top_fb_count("f.spot", VIDEO_T, margin=1.5),
        "sf54": lambda: fb_topic_count(WETSUIT_T),
        "sf55": lambda: top_fb_count("f.spot_en", WETSUIT_T, margin=1.5),
        "sf56": lambda: feedback_ids(f"{WETSUIT_T} AND f.spot_id = 'S2'"),
        "sf57": lambda: fb_avg(f"{APP} AND f.spot_id = 'S1' AND {_in('f.ts', *month(2026, 2))}"),
        "sf58": lambda: fb_avg(f"{APP} AND f.spot_id = 'S1' AND {_in('f.ts', '2025-11-01', '2025-12-31')}"),
        "sf59": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "sf60": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 20, margin=0.3),
        "sf61": lambda: rank_fb_avg("f.spot", f"{APP} AND {_in('f.ts', *Y25)}", 100, margin=0.1, highest=True),
        "sf62": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "sf63": lambda: fb_ratio("f.nps >= 9", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "sf64": lambda: fb_topic_count(WEATHER_T, _in("f.ts", *Y25)),
        "sf65": lambda: fb_topic_count(CROWD_T, _in("f.ts", "2026-01-01", "2026-03-31")),
        "sf67": lambda: top_fb_count("f.spot_en", DORM_T, margin=2),
    }


def checks():
    """every topic's text markers must match the generator's truth exactly."""
    for topic, cond in TOPICS.items():
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
    status_only, failed = [], []
    for it in items:
        fn = fns.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                status_only.append(it["id"])
            continue
        try:
            got = fn()
        except AssertionError as e:
            failed.append(it["id"])
            print("FAILED", it["id"], e)
            continue
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["lang"], it["question"][:70], shown)
    print("status-only ok items:", status_only)
    assert not failed, failed
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
