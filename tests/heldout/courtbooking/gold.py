"""Gold answers for the 动吧球馆 RallyDome held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a player reaches step k with an event at step k's touchpoint after reaching step k-1
  (strictly later), within the journey window from their first step-1 event in the period (booking 3 d, visit 21 d,
  coaching 21 d, refund 7 d, rebook 30 d, topup 60 d); rates are per player (people); the tolerance covers both
  readings (later steps allowed after the period end, or not), except where the question says to count later steps.
  "Which step loses the most" = the step whose next step is not reached by the most people (the loss between k and
  k+1 is put on step k). A funnel split by a player attribute filters the step-1 people by that attribute;
- a booking = one `session_id` (BK0001234, the same id as orders.order_id of its court order): tp_app_open,
  tp_venue_search, tp_court_book, tp_pay_fail (0..n), tp_pay, [tp_coach_addon], then tp_cancel + tp_refund, or
  tp_noshow, or [tp_gate_fail] tp_gate_checkin, tp_play, [tp_lesson], [tp_review]. Per-booking rates count bookings
  whose first event at the named step A falls in the period (by its date) and look for step B (with its condition)
  in the same booking at any time; booking attributes (venue, sport, court type, 时段 / slot_type, payment method)
  are read from the A event, player attributes from customers;
- times between steps = per booking, first B ts - first A ts (B after A), the period by the date of A; minutes /
  hours / days as asked; "longer than X" is strict;
- money = orders with status `paid` (cancelled / refunded bookings and add-ons are no revenue), by order ts; court
  fees = order_type court, coaching = order_type coaching, top-ups = order_type topup (the amount paid, without the
  bonus credit); "paid bookings" counts = court orders with status paid; refunds paid out = `refund_amount` of
  `tp_refund` events by refund date; spend per paying player = paid amount / players with >= 1 such paid order;
- no-show rate = paid bookings (by the date of tp_pay) that got a tp_noshow; gate failure share = bookings checked
  in at the gate (by the date of tp_gate_checkin) that had a tp_gate_fail first; rain cancellation share = paid
  bookings with a tp_cancel whose cancel_reason is rain;
- player attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (venue, 场馆城市, 城市, 球友类型, 会员等级, 运动项目, 支付方式, 获客渠道, coach), en ones against venue_en /
  venue_city / region / customer_type / tier / sport / payment_method / acquisition_channel / coach_en /
  touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); app ratings = channel `app_review`; lesson ratings = app reviews at tp_lesson; rating
  by step = feedback.touchpoint_id over rows with a rating (app + Dianping); negative = 1-2 stars; NPS = survey `nps`
  (0-10), promoters 9-10;
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


def sq(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE {sq('%' + w.lower() + '%')}" for w in words) + ")"


# ---------- funnels (per player, DATA.md rule) ----------

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
        last = c[-1] if upto is None else c[upto - 1]
        vals.append(last / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30, unbounded_only=False):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in ((False,) if unbounded_only else (False, True)):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = {sq(g)}")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows[:5]])
        a, b = rows[0][1], rows[1][1]
        assert (b > a * margin) if lowest else (a > b * margin), rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.15):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = sorted(((c[i] - c[i + 1], steps[i]) for i in range(len(steps) - 1)), reverse=True)
        print("   ", c, lost[:3])
        assert lost[0][0] > lost[1][0] * margin, lost
        tops.add(lost[0][1])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def step_loss_rate(journey, start, end, k):
    """share of the people reaching step k who do not reach step k+1."""
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        vals.append(1 - c[k] / c[k - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


# ---------- per booking ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    if lowest:
        rows = rows[::-1]
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows[:4]])
    big = [r for r in rows if r[2] >= min_n]
    assert ((big[1][1] > big[0][1] * margin) if lowest else (big[0][1] > big[1][1] * margin)), big[:3]
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


def step_time_share(a_tp, b_tp, start, end, thr, unit="hours", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, margin=1.15, cond="1=1"):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t)) m, count(*) {_gap(a_tp, b_tp, start, end, cond)} GROUP BY 1 "
             "ORDER BY m DESC")
    print("   ", [(r[0], round(r[1] / 3600, 2), r[2]) for r in rows[:4]])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def top_events(tp, by, start, end, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) GROUP BY 1 ORDER BY n DESC")
    print("   ", rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def events_change(tp, p0, p1, cond="1=1"):
    a = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *p0)} AND ({cond})")
    b = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *p1)} AND ({cond})")
    return dict(value=round(b / a - 1, 4), tolerance=0.01)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.005), 2))


# ---------- money / orders ----------

def orders(start, end, cond="1=1", agg="sum(o.amount)"):
    v = one(f"SELECT {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    v = float(v)
    if agg.startswith("count"):
        return dict(value=int(v), tolerance=0.5)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def orders_change(p0, p1, cond="1=1"):
    a = orders(*p0, cond)["value"]
    b = orders(*p1, cond)["value"]
    return dict(value=round(b / a - 1, 4), tolerance=0.01)


def orders_share(num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_per_customer(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v FROM orders o
                 JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY v DESC""")
    print("   ", rows[:3])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_orders(by, start, end, cond="1=1", margin=1.1, agg="sum(o.amount)"):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:3])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- customers ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    print("   ", rows[:3])
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
    if topic and HAS_TRUTH:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.2, highest=False, trap=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    print("   ", [(r[0], round(r[1], 2), r[2]) for r in rows[:5]])
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    if trap:        # the minimum size matters: a small group tops the raw list
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.4):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    print("   ", rows[:3])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


HAS_TRUTH = False
(APP_OPEN, SEARCH, BOOK, PAY_FAIL, PAY, ADDON, TOPUP, CANCEL, REFUND, GATE_FAIL, CHECKIN, NOSHOW, PLAY, LESSON,
 REVIEW) = ("tp_app_open", "tp_venue_search", "tp_court_book", "tp_pay_fail", "tp_pay", "tp_coach_addon", "tp_topup",
            "tp_cancel", "tp_refund", "tp_gate_fail", "tp_gate_checkin", "tp_noshow", "tp_play", "tp_lesson",
            "tp_review")
APP = "f.channel = 'app_review'"
GATE_T = _like("f.text", ["闸机", "人脸识别", "扫码进场", "gate", "face recognition"])
RAIN_T = _like("f.text", ["下雨", "雨天", "梅雨", "rained", "of rain", "it rains"])
FULL_T = _like("f.text", ["订不到", "抢光", "全满", "get a court", "fully booked"])
PRICEY_T = _like("f.text", ["太贵", "有点贵", "too expensive", "overpriced"])
REFUND_T = _like("f.text", ["还没到账", "一直没到", "退款太慢", "refund still", "for my refund", "refund to alipay"])
HOT_T = _like("f.text", ["太热", "闷热", "热到", "空调", "too hot", "stifling", "air con"])
DIM_T = _like("f.text", ["灯光", "lights", "lighting"])
LATE_T = _like("f.text", ["迟到", "minutes late", "turned up late", "coach late"])
COACH_T = _like("f.text", ["很专业", "耐心", "讲得很清楚", "professional", "patient coach", "great coaching"])
GOOD_T = _like("f.text", ["场地很干净", "维护得很好", "clean courts", "well-kept"])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
MAR_APR_26 = ("2026-03-01", "2026-04-30")
PLUM_25 = ("2025-06-15", "2025-07-15")
PLUM_26 = ("2026-06-15", "2026-07-15")
SUMMER_26 = ("2026-06-01", "2026-08-31")
ALIPAY_BACKLOG = ("2025-10-15", "2025-12-15")
COURT = "o.order_type = 'court'"
RAIN_C = "cancel_reason = 'rain'"
V01_BAD_PEAK = "a.venue_id = 'V01' AND a.sport = 'badminton' AND a.slot_type = 'peak'"
V01_BAD_OFF = "a.venue_id = 'V01' AND a.sport = 'badminton' AND a.slot_type = 'off_peak'"
QUJIANG_COMPLAINTS = (f"f.venue_id = 'V07' AND {_in('f.ts', *SUMMER_26)} AND ({HOT_T} OR {RAIN_T} OR {LATE_T} OR "
                      f"{FULL_T} OR {PRICEY_T} OR {GATE_T} OR f.rating <= 2)")


def gold():
    return {
        # ---- funnels / conversion (per player)
        "cb01": lambda: conv("booking", *Y25),
        "cb02": lambda: top_lost("booking", *Q1_26, margin=1.5),
        "cb03": lambda: rank_conv("booking", *Y25, by="c.acquisition_channel", lowest=True, margin=1.4),
        "cb04": lambda: conv("booking", *Y25, cond="c.acquisition_channel = 'friend'"),
        "cb08": lambda: conv("coaching", *H2_25),
        "cb09": lambda: conv("rebook", *H1_26, unbounded_only=True),
        "cb10": lambda: conv("rebook", *Y25, cond="c.tier = 'regular'", unbounded_only=True),
        "cb11": lambda: conv("rebook", *Y25, cond="c.tier = 'silver'", unbounded_only=True),
        "cb12": lambda: conv("topup", *Y25, unbounded_only=True),
        # ---- per booking
        "cb05": lambda: rate(SEARCH, BOOK, *H1_26, V01_BAD_PEAK),
        "cb06": lambda: rate(SEARCH, BOOK, *H1_26, V01_BAD_OFF),
        "cb07": lambda: rank_rate(SEARCH, BOOK, *H1_26, by="a.venue_en", cond="a.slot_type = 'peak'", min_n=100,
                                  margin=1.15, lowest=True),
        "cb14": lambda: rank_rate(CHECKIN, GATE_FAIL, *MAR_APR_26, by="a.venue_en", margin=3),
        "cb15": lambda: rate(CHECKIN, GATE_FAIL, *MAR_APR_26, "a.venue_id = 'V06'"),
        "cb16": lambda: rate(PAY, CANCEL, *PLUM_25, "a.venue_id = 'V05'", RAIN_C),
        "cb17": lambda: rank_rate(PAY, CANCEL, *PLUM_26, by="a.venue_en", b_cond=RAIN_C, margin=1.8),
        "cb18": lambda: rate(PAY, NOSHOW, *Y25, "c.customer_type = 'corporate'"),
        "cb19": lambda: rank_rate(PAY, NOSHOW, *Y25, by='c."球友类型"', margin=2),
        "cb20": lambda: rate(PAY, NOSHOW, *H1_26),
        "cb21": lambda: rate(PAY, ADDON, *Y25, "a.sport = 'tennis'"),
        "cb22": lambda: rate(PAY, ADDON, *Y25, "a.sport = 'badminton'"),
        "cb23": lambda: top_orders("o.coach_en", *Y25, "o.order_type = 'coaching'", agg="count(*)", margin=1.25),
        "cb24": lambda: orders_share("o.slot_type = 'peak'", *Q4_25, f"{COURT} AND o.sport = 'badminton'"),
        "cb25": lambda: orders_share("o.slot_type = 'peak'", *Q2_25, f"{COURT} AND o.sport = 'badminton'"),
        # ---- times
        "cb26": lambda: step_time(CANCEL, REFUND, *ALIPAY_BACKLOG, "a.payment_method = 'alipay'", unit="hours"),
        "cb27": lambda: step_time(CANCEL, REFUND, *ALIPAY_BACKLOG, "a.payment_method = 'wechat_pay'", unit="hours"),
        "cb28": lambda: top_step_time(CANCEL, REFUND, *Q4_25, by='a."支付方式"', margin=2),
        "cb29": lambda: step_time_share(CANCEL, REFUND, *Q4_25, 24, unit="hours"),
        "cb30": lambda: step_time(PAY, CHECKIN, *Y25, unit="days"),
        "cb31": lambda: step_time(GATE_FAIL, CHECKIN, *MAR_APR_26, "a.venue_id = 'V06'", unit="minutes"),
        # ---- money
        "cb32": lambda: orders(*Q3_25, COURT),
        "cb33": lambda: orders(*month(2025, 11), "o.order_type = 'topup'"),
        "cb34": lambda: orders(*month(2025, 10), "o.order_type = 'topup'"),
        "cb35": lambda: orders_change(H1_25, H1_26, COURT),
        "cb36": lambda: orders(*Y25, "o.order_type = 'coaching'"),
        "cb37": lambda: top_orders('o."场馆城市"', *Y25, COURT, margin=1.15),
        "cb38": lambda: per_customer(*Y25, COURT),
        "cb39": lambda: top_per_customer('c."球友类型"', *Y25, COURT, margin=1.4),
        "cb40": lambda: events_sum(REFUND, "e.refund_amount", *Q3_25),
        "cb41": lambda: orders(*month(2026, 7), COURT, agg="count(*)"),
        "cb42": lambda: orders(*month(2025, 7), COURT, agg="count(*)"),
        "cb43": lambda: orders("2025-11-03", "2025-11-09", "o.order_type = 'topup'", agg="count(*)"),
        "cb46": lambda: events_change(PAY, Q3_25, Q4_25, "sport = 'tennis'"),
        # ---- players
        "cb47": lambda: customers_share("c.customer_type = 'student'"),
        "cb48": lambda: customers_count("c.\"城市\" = '武汉' AND c.\"会员等级\" = '金卡会员'"),
        "cb49": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        # ---- feedback
        "cb51": lambda: fb_topic_count(GATE_T, "gate"),
        "cb52": lambda: top_fb_count("f.venue_en", GATE_T, margin=2),
        "cb53": lambda: fb_topic_count(REFUND_T, "refund_slow", period=_in("f.ts", *Q4_25)),
        "cb54": lambda: top_fb_count("f.venue", FULL_T, margin=3),
        "cb55": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "cb56": lambda: rank_fb_avg("f.venue", f"{APP} AND {_in('f.ts', *SUMMER_26)}", 50, margin=0.4, trap=True),
        "cb57": lambda: fb_avg(f"{APP} AND f.venue_id = 'V07' AND {_in('f.ts', *SUMMER_26)}", tol=0.03),
        "cb58": lambda: rank_fb_avg("f.coach", f"{APP} AND f.touchpoint_id = 'tp_lesson' AND {_in('f.ts', *Y25)}",
                                    15, margin=0.4),
        "cb59": lambda: fb_avg(f"{APP} AND f.touchpoint_id = 'tp_lesson' AND f.coach = '李伟' AND "
                               f"{_in('f.ts', *Y25)}", tol=0.03),
        "cb60": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "cb61": lambda: fb_ratio("f.nps >= 9", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "cb62": lambda: fb_topic_count(RAIN_T, "rain", period=_in("f.ts", "2025-06-01", "2025-07-31")),
        "cb63": lambda: fb_topic_count(PRICEY_T, "pricey", period=_in("f.ts", "2025-09-01", "2026-02-28")),
        "cb64": lambda: feedback_ids(QUJIANG_COMPLAINTS),
        "cb65": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.3),
        "cb66": lambda: fb_topic_count(COACH_T, "coach_great"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((GATE_T, "gate"), (RAIN_T, "rain"), (FULL_T, "full"), (PRICEY_T, "pricey"),
                        (REFUND_T, "refund_slow"), (HOT_T, "hot"), (DIM_T, "dim"), (LATE_T, "coach_late"),
                        (COACH_T, "coach_great"), (GOOD_T, "court_good")):
        _check_topic(cond, topic)


def main() -> int:
    global HAS_TRUTH
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    HAS_TRUTH = bool(one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"))
    if HAS_TRUTH:
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
