"""Gold answers for the 背包客栈 Nomad Hostels held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (online_booking 7 d, arrival 90 d, stay 30 d,
  refund 30 d, return 180 d); rates are per customer (people); the tolerance covers both readings (later steps
  allowed after the period end, or not). "Where do we lose the most" = the step whose next step is not reached by the
  most people (the loss between step k and k+1 is attributed to step k). Funnels split by a customer attribute
  filter the step-1 people by that attribute;
- a booking = one `session_id` (BK000123): page view, date search, booking, payment (or failed payments), pre-arrival
  message read, cancellation, refund, check-in, nights, activities, check-out, review (and tp_return on the booking
  step of a returning guest's booking). A paid booking = a `tp_pay` event; cancelled = the booking has a
  `tp_cancel`; no-show = a paid, not cancelled booking without `tp_checkin`; no-show rate = no-shows / paid, not
  cancelled bookings (the tolerance covers counting walk-ins, which never no-show, or not, unless the question
  excludes them);
- per-booking rates count bookings whose first event at the named step is in the period (by its date), or whose
  `checkin_date` is in the period when the question says "check-ins / check-in dates in ..."; the later event is
  looked for in the same booking at any time. Platform = `events.channel` at the booking steps (hostelworld,
  booking, meituan, app, walk_in); pre-arrival channel = `prearrival_channel` of the payment event;
- times between steps = per booking, first B ts - first A ts, the period by the date of A; in days (fractional; the
  tolerance also covers whole calendar days); "more than X days" is strict;
- money = orders with status `paid` (refunded and cancelled orders are no revenue), by order ts; revenue = room
  (deposit, full and balance payments) + activity + bar + breakfast; refunds = `refund_amount` of `tp_refund` events
  by refund date; spend per paying guest = paid amount / customers with >= 1 paid order in the period; "stays" =
  check-ins (`tp_checkin`), nights per stay = `nights` of the check-in, bed nights = `tp_stay` (night audit) events;
- customers' guest type / region / tier are as stored (state at the end of the data); zh questions are checked
  against the Chinese twins (hostel, 房型, 客人类型, 国籍地区, 活动), en ones against hostel_en / room_type /
  guest_type / region / activity_type / touchpoint_id; platform / channel answers are the raw values;
- feedback: "all data" includes undated rows; negative share = `sentiment_label = 'neg'` over rows dated in the
  period; topic counts by text markers with a 5 % tolerance (cross-checked against _truth/feedback_truth.csv);
  rating by step = feedback.touchpoint_id over rows with a rating; guest reviews = the *_review channels; NPS score
  = survey `nps` (0-10);
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday.
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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


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


def top_conv(journey, start, end, by, margin=1.3):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    rows = []
    for g in groups:
        c = funnel(journey, start, end, cond=f"{by} = '{g}'")
        if c[0] >= 30:
            rows.append((g, c[-1] / c[0], c[0]))
    rows.sort(key=lambda r: -r[1])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.3, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per booking (session) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def _period(start, end, by_checkin):
    return (f"a.checkin_date BETWEEN DATE '{start}' AND DATE '{end}'" if by_checkin else _in("a.t", start, end))


def sess_rate(a_tp, b_tp, start, end, cond="1=1", missing=False, by=None, having="1=1", b_cond="1=1",
              by_checkin=False):
    """share of bookings with a first `a_tp` in the period that have (or, missing=True, lack) a `b_tp`."""
    sel = f"{by}, " if by else ""
    hit = "b.session_id IS NULL" if missing else "b.session_id IS NOT NULL"
    sql = f"""SELECT {sel}avg(({hit})::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_period(start, end, by_checkin)} AND ({cond})
              {f'GROUP BY 1 HAVING {having} ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", missing=False, b_cond="1=1", by_checkin=False):
    v = sess_rate(a_tp, b_tp, start, end, cond, missing=missing, b_cond=b_cond, by_checkin=by_checkin)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", having="1=1", missing=False, b_cond="1=1", margin=1.3,
              by_checkin=False, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by, having=having, missing=missing, b_cond=b_cond,
                     by_checkin=by_checkin)
    if lowest:
        rows = rows[::-1]
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


NOT_CANCELLED = "a.session_id NOT IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_cancel')"
ONLINE = "a.channel <> 'walk_in'"


def noshow(start, end, cond="1=1", by_checkin=True):
    """no-show rate; tolerance covers including walk-ins (never no-shows) or not."""
    vals = [sess_rate("tp_pay", "tp_checkin", start, end, f"{NOT_CANCELLED} AND ({cond}){extra}", missing=True,
                      by_checkin=by_checkin)[0][0] for extra in ("", f" AND {ONLINE}")]
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def noshow_rank(start, end, by, min_paid, margin=1.25):
    """highest no-show rate among groups with >= min_paid paid bookings (cancelled ones included in the size)."""
    tops = set()
    for extra in ("", f" AND {ONLINE}"):
        rows = q(f"""SELECT {by}, avg((b.session_id IS NULL)::int) FILTER (WHERE {NOT_CANCELLED}) r, count(*) n
                     FROM {_first('tp_pay')} a
                     LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_checkin') b
                     USING (session_id)
                     WHERE {_period(start, end, True)} {extra} GROUP BY 1 ORDER BY r DESC""")
        big = [r for r in rows if r[2] >= min_paid]
        assert big[0][1] > big[1][1] * margin, big[:3]
        assert rows[0][0] != big[0][0], rows[:3]     # the minimum size matters: a small hostel tops the raw list
        tops.add(big[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def _gap(a_tp, b_tp, start, end, cond, a_cond="1=1"):
    return f"""FROM {_first(a_tp, a_cond)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_period(start, end, False)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", a_cond="1=1"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond, a_cond)}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond, a_cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_time_share(a_tp, b_tp, start, end, thr, cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / 86400.0 > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_avg(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT avg({col}) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


def events_change(tp, a, b):
    x = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)}")
    y = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)}")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def top_events(tp, by, start, end, margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def visits_per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = 'tp_checkin' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


# ---------- orders / customers ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


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


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
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


def fb_topic_count(cond, topic=None):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    if topic:   # the text markers must agree with the generator's truth
        t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
                f"AND NOT list_contains(string_split(truth.topics, '|'), '{topic}')")
        m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                f"WHERE list_contains(string_split(truth.topics, '|'), '{topic}') AND NOT ({cond})")
        assert t == 0 and m == 0, (topic, t, m)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def bottom_fb_avg(by, cond, min_n, margin=0.15):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 2)
APP_BUG = ("2025-11-10", "2025-12-20")
LISTING, SEARCH, BOOK, PAY, PAY_FAIL, CANCEL, REFUND, PRE, CHECKIN, STAY, ACTIVITY, CHECKOUT, REVIEW = (
    "tp_listing", "tp_search", "tp_book", "tp_pay", "tp_pay_fail", "tp_cancel", "tp_refund", "tp_prearrival",
    "tp_checkin", "tp_stay", "tp_activity", "tp_checkout", "tp_review")
NEG = "f.sentiment_label = 'neg'"
REVIEWS = "f.channel LIKE '%\\_review' ESCAPE '\\'"
NOISE_T = _like("f.text", ["吵", "噪音", "打呼", "noisy", "noise", "loud", "snor"])
LOCKER_T = _like("f.text", ["储物柜", "柜子", "locker"])
WIFI_T = _like("f.text", ["wifi", "wi-fi", "网速", "internet"])
STAFF_T = _like("f.text", ["热情", "友好", "friendly", "amazing staff"])
LOC_T = _like("f.text", ["位置", "地段", "交通方便", "location", "located"])
REFUND_SLOW_T = (_like("f.text", ["退款", "refund"]) + " AND " +
                 _like("f.text", ["还没", "太慢", "等了", "still", "forever", "waited"]))
UNREAD = "a.session_id NOT IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_prearrival')"


def gold():
    return {
        # ---- funnels / conversion
        "ho01": lambda: conv("online_booking", *Y25),
        "ho02": lambda: top_lost("online_booking", *Q3_25),
        "ho03": lambda: rate(BOOK, PAY, *APP_BUG, "a.channel = 'app' AND a.device = 'android'"),
        "ho04": lambda: rate(BOOK, PAY, *APP_BUG, "a.channel = 'app' AND a.device = 'ios'"),
        "ho05": lambda: rank_rate(SEARCH, BOOK, *Y25, by="a.channel", lowest=True, margin=1.25),
        "ho06": lambda: rate(PAY, PRE, *H2_25, ONLINE),
        "ho07": lambda: rank_rate(PAY, PRE, *Y25, by="a.prearrival_channel", cond=ONLINE, lowest=True, margin=1.15),
        "ho08": lambda: rate(PAY, CHECKIN, *Y25, f"{NOT_CANCELLED} AND {ONLINE} AND {UNREAD}", missing=True,
                             by_checkin=True),
        "ho09": lambda: rate(PAY, CHECKIN, *Y25, f"{NOT_CANCELLED} AND {ONLINE} AND NOT {UNREAD}", missing=True,
                             by_checkin=True),
        "ho10": lambda: rate(PAY, CHECKIN, *Y25, f"{NOT_CANCELLED} AND {ONLINE} AND a.payment_type = 'deposit'",
                             missing=True, by_checkin=True),
        "ho11": lambda: rate(PAY, CHECKIN, *Y25, f"{NOT_CANCELLED} AND {ONLINE} AND a.payment_type = 'full'",
                             missing=True, by_checkin=True),
        "ho12": lambda: noshow_rank(*Q2_26, by="a.hostel_en", min_paid=100),
        "ho13": lambda: rate(PAY, CHECKIN, *Q2_26, f"{NOT_CANCELLED} AND {ONLINE} AND a.hostel_id = 'H7'",
                             missing=True, by_checkin=True),
        "ho14": lambda: conv("stay", *Y25),
        "ho15": lambda: conv("return", *H1_25, unbounded_only=True),
        "ho16": lambda: top_conv("return", *H1_25, by='c."客人类型"'),
        "ho17": lambda: rate(CHECKIN, ACTIVITY, *Y25),
        "ho18": lambda: rate(CHECKIN, ACTIVITY, *Y25, "c.\"客人类型\" = '家庭'"),
        "ho19": lambda: rate(CHECKIN, ACTIVITY, *Y25, "c.\"客人类型\" = '背包客'"),
        "ho20": lambda: top_events(ACTIVITY, 'e."活动"', *Y25, margin=1.1),
        # ---- times between steps
        "ho21": lambda: step_time(PAY, CHECKIN, *Y25, ONLINE),
        "ho22": lambda: step_time(PAY, CHECKIN, *Y25, "a.channel = 'meituan'"),
        "ho23": lambda: step_time(CANCEL, REFUND, *Y25, "a.channel = 'hostelworld'"),
        "ho24": lambda: step_time(CANCEL, REFUND, *Y25, "a.channel = 'app'"),
        "ho25": lambda: step_time_share(CANCEL, REFUND, *Q3_25, 7),
        # ---- money
        "ho27": lambda: orders(*Q3_25, cond="o.order_type = 'room'"),
        "ho28": lambda: orders(*month(2025, 11)),
        "ho29": lambda: orders(*month(2025, 10)),
        "ho30": lambda: orders(*Q3_25, cond="o.order_type = 'bar' AND o.hostel_id = 'H3'"),
        "ho31": lambda: top_orders("o.hostel", *Y25, cond="o.order_type = 'breakfast'", margin=1.05),
        "ho32": lambda: top_orders("o.activity_type", *Y25, cond="o.order_type = 'activity'", margin=1.1),
        "ho33": lambda: orders_change(H1_25, ("2026-01-01", "2026-06-30")),
        "ho34": lambda: events_sum(REFUND, "e.refund_amount", *month(2025, 8)),
        "ho35": lambda: top_orders('o."房型"', *Y25, cond="o.order_type = 'room'", margin=1.1),
        # ---- per customer
        "ho37": lambda: per_customer(*Y25),
        "ho38": lambda: per_customer(*Y25, "c.region = 'North America'"),
        "ho39": lambda: top_per_customer("c.region", *Y25, min_n=50),
        "ho40": lambda: events_avg(CHECKIN, "e.nights", *Y25, "c.\"客人类型\" = '数字游民'"),
        "ho41": lambda: events_avg(CHECKIN, "e.nights", *Y25, "c.\"客人类型\" = '背包客'"),
        # ---- volumes / trends
        "ho43": lambda: events_at(PAY, "2025-03-03", "2025-03-09"),
        "ho44": lambda: events_at(STAY, *month(2025, 8)),
        "ho45": lambda: events_change(CHECKIN, Q3_25, Q4_25),
        "ho49": lambda: events_at(CHECKIN, *Q2_26),
        "ho50": lambda: events_at(CANCEL, *H2_25),
        # ---- customers
        "ho51": lambda: customers_share("c.\"客人类型\" = '数字游民'"),
        "ho52": lambda: customers_count("c.tier = 'gold' AND c.region = 'Europe'"),
        "ho53": lambda: top_customers('c."国籍地区"', "c.\"国籍地区\" NOT IN ('中国大陆', '港澳台')", margin=2.0),
        "ho54": lambda: customers_count(_in("c.signup_at", *H2_25)),
        # ---- feedback
        "ho56": lambda: fb_topic_count(NOISE_T, "noise"),
        "ho57": lambda: top_fb_count("f.hostel_en", NOISE_T, margin=2.0),
        "ho58": lambda: top_fb_count("f.room_type", f"{NOISE_T} AND f.hostel_id = 'H3'", margin=1.5),
        "ho59": lambda: top_fb_count("f.hostel", LOCKER_T, margin=2.0),
        "ho60": lambda: fb_topic_count(f"{LOCKER_T} AND f.hostel_id = 'H4' AND {_in('f.ts', '2025-09-01', '2025-12-31')}"),
        "ho61": lambda: bottom_fb_avg("f.hostel", f"{REVIEWS} AND {_in('f.ts', '2025-07-01', '2025-08-31')}", 30,
                                      margin=0.2),
        "ho62": lambda: fb_ratio(NEG, _in("f.ts", *H1_26)),
        "ho63": lambda: bottom_fb_avg("f.touchpoint_id", _in("f.ts", "2025-11-01", "2025-12-31"), 10, margin=0.5),
        "ho64": lambda: bottom_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.3),
        "ho66": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "ho68": lambda: fb_topic_count(WIFI_T, "wifi"),
        "ho69": lambda: top_fb_count("f.hostel", STAFF_T, margin=1.5),
        "ho70": lambda: feedback_ids(f"{LOC_T} AND f.hostel_id = 'H5'"),
        "ho71": lambda: fb_topic_count(REFUND_SLOW_T, "refund_slow"),
        "ho72": lambda: fb_avg(f"f.touchpoint_id = 'tp_activity' AND {_in('f.ts', *Y25)}"),
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
    status_only = []
    for it in items:
        fn = checks.get(it["id"])
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
