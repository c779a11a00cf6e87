"""Gold answers for the 路联 RoadLink coach held-out batch, from plain DuckDB SQL over the raw CSVs of generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a passenger reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (booking 3 d, trip 30 d, refund 14 d,
  rating 3 d, rebuy 60 d, parcel 7 d); rates are per person (customer_id); the tolerance covers both readings (later
  steps allowed after the period end, or not), except where the question says to count later steps. "Where do we
  lose the most" = the step whose next step is not reached by the most people (attributed to step k). A funnel
  split by a customer attribute filters the step-1 people by that attribute;
- a ticket = one `session_id` (TK000123): tp_search, tp_seat, tp_pay, [tp_rebook], [tp_insure], [tp_refund_req,
  tp_refund] or [tp_change], [tp_checkin_fail], tp_checkin, tp_board, tp_ride, [tp_rate]; a parcel = one
  `session_id` (PC00012): tp_parcel, tp_parcel_pick. Per-ticket rates count tickets whose first event at the named
  step A falls in the period (by its date) and look for step B in the same ticket at any time; ticket attributes
  (sales channel `channel` / 购票渠道, device, route, 出发站, seat type) are read from the step-A event;
- "passenger boardings" = tp_board events (one per passenger who rode, not one per bus); departure delay =
  `delay_min` there; on time = delay_min <= 15; queue = `queue_min` of manual (人工检票) tp_checkin events;
- times between steps = per ticket / parcel, first B ts - first A ts, the period by the date of A; minutes, hours or
  days as asked (days fractional; the tolerance also covers whole calendar days);
- money = orders with status `paid` (refunded tickets and their insurance are no revenue), by order ts; revenue =
  tickets + insurance + refund fees (退票手续费, kept when a ticket is refunded) + parcels; refunds paid out =
  `refund_amount` of tp_refund events by refund date; spend per paying passenger = paid amount / passengers with
  >= 1 paid order in the period; tickets sold = tp_pay events (including tickets refunded later);
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (route, 出发站, 城市, 乘客类型, 获客渠道), en ones against route_en / station_en / region / passenger_type /
  acquisition_channel / driver_id / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked exactly
  against _truth/feedback_truth.csv); app ratings = channel `app_review`; rating by step = feedback.touchpoint_id
  over rows with a rating; negative = 1-2 stars; NPS questions use survey `nps` (0-10), promoters 9-10;
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
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


# ---------- funnels (per person, DATA.md rule) ----------

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


# ---------- per ticket / parcel (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", by=None):
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


def top_step_time(a_tp, b_tp, start, end, by, unit="hours", margin=1.25, min_n=1):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / {UNITS[unit]}) m, count(*) n "
             f"{_gap(a_tp, b_tp, start, end, '1=1')} GROUP BY 1 ORDER BY m DESC")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


# ---------- events ----------

def _ev(tp, start, end, cond):
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) {_ev(tp, start, end, cond)}"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def events_stat(tp, col, start, end, cond="1=1", agg="median"):
    v = float(one(f"SELECT {agg}({col}) {_ev(tp, start, end, cond)} AND {col} IS NOT NULL"))
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) {_ev(tp, *a, cond)}")
    y = one(f"SELECT count(*) {_ev(tp, *b, cond)}")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_events(tp, expr, by, start, end, cond="1=1", min_n=1, lowest=False, margin=1.2, trap=False):
    rows = q(f"SELECT {by}, {expr} v, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY v {'' if lowest else 'DESC'}")
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def per_customer_events(tp, start, end, cond="1=1"):
    v = float(one(f"SELECT count(*) / count(DISTINCT e.customer_id) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 3), tolerance=round(max(0.02, v * 0.01), 3))


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


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_per_customer(by, start, end, min_n=1, margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


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
    if topic and HAS_TRUTH:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
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


HAS_TRUTH = False
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
Q3_25, Q4_25 = quarter(2025, 3), quarter(2025, 4)
QR_BUG = ("2025-08-11", "2025-09-21")
SEAT_LOCK = ("2026-05-06", "2026-06-14")
CHUNYUN_26 = ("2026-02-02", "2026-03-13")
APR_JUN_26 = ("2026-04-01", "2026-06-30")
(SEARCH, SEAT, PAY, INSURE, REFUND_REQ, REFUND, CHANGE, CHECKIN_FAIL, CHECKIN, BOARD, RIDE, RATE, REBOOK, PARCEL,
 PICK) = ("tp_search", "tp_seat", "tp_pay", "tp_insure", "tp_refund_req", "tp_refund", "tp_change", "tp_checkin_fail",
          "tp_checkin", "tp_board", "tp_ride", "tp_rate", "tp_rebook", "tp_parcel", "tp_parcel_pick")
APP = "f.channel = 'app_review'"
ONLINE = "a.channel IN ('app', 'mini_program')"
MANUAL = "e.checkin_method = 'manual'"
DELAY_T = _like("f.text", ["晚点", "延误", "late", "delay"])
QR_T = _like("f.text", ["二维码", "qr "])
QUEUE_T = _like("f.text", ["排队", "queue"])
FEE_T = _like("f.text", ["手续费", "cancellation fee", "refund fee"])
SLOW_T = _like("f.text", ["没到账", "waiting for my refund", "never showed up"])
DRIVER_T = _like("f.text", ["司机", "driver"])
SEAT_T = _like("f.text", ["卧铺", "座椅", "铺位", "berth", "seat"])
INS_T = _like("f.text", ["保险", "insurance"])
PARCEL_T = _like("f.text", ["包裹", "parcel"])
PRAISE_T = _like("f.text", ["准点", "很干净", "spotless", "on time"])


def gold():
    return {
        # ---- funnels / conversion
        "cb01": lambda: conv("booking", *Y25),
        "cb02": lambda: top_lost("booking", *Q3_25),
        "cb03": lambda: rank_conv("booking", *Y25, by="c.acquisition_channel", lowest=True, margin=1.15),
        "cb04": lambda: conv("booking", *Y25, cond="c.acquisition_channel = 'station'"),
        "cb05": lambda: conv("trip", *Y25),
        "cb06": lambda: rate(SEAT, PAY, *SEAT_LOCK, "a.channel = 'mini_program'"),
        "cb07": lambda: rate(SEAT, PAY, *SEAT_LOCK, "a.channel = 'app'"),
        "cb08": lambda: rate(PAY, CHECKIN_FAIL, *QR_BUG, "a.channel = 'app' AND a.device = 'android'"),
        "cb09": lambda: rate(PAY, CHECKIN_FAIL, *QR_BUG, "a.channel = 'app' AND a.device = 'ios'"),
        "cb10": lambda: rank_events(BOARD, "avg((e.delay_min <= 15)::int)", "e.route", *APR_JUN_26, min_n=100,
                                    lowest=True, margin=1.3, trap=True),
        "cb11": lambda: events_share(BOARD, "e.delay_min <= 15", *APR_JUN_26, "e.route_id = 'R06'"),
        "cb12": lambda: events_stat(BOARD, "e.delay_min", *CHUNYUN_26, "e.route_id = 'R04'"),
        "cb13": lambda: rank_events(BOARD, "median(e.delay_min)", "e.route_en", *Y25, margin=2.0),
        "cb14": lambda: events_share(BOARD, "e.delay_min <= 15", *Y25),
        "cb15": lambda: step_time(REFUND_REQ, REFUND, *Y25, "a.channel = 'ota'", agg="avg"),
        "cb16": lambda: step_time(REFUND_REQ, REFUND, *Y25, "a.channel = 'app'", agg="avg", unit="minutes"),
        "cb17": lambda: events_share(REFUND_REQ, "e.hours_before_departure < 24", *Y25),
        "cb18": lambda: orders(*Q4_25, "o.order_type = 'refund_fee'"),
        "cb19": lambda: orders(*Q3_25, "o.order_type = 'refund_fee'"),
        "cb20": lambda: events_stat(CHECKIN, "e.queue_min", *Y25, f"{MANUAL} AND e.origin_station = 'GZP'"),
        "cb21": lambda: rank_events(CHECKIN, "median(e.queue_min)", "e.station_en", *H1_26, MANUAL, min_n=30,
                                    margin=1.5),
        # ---- money
        "cb23": lambda: orders(*Q1_26),
        "cb24": lambda: orders(*month(2026, 2), "o.order_type = 'ticket'"),
        "cb25": lambda: orders_change(H1_25, H1_26),
        "cb26": lambda: top_orders("o.route", *Y25, "o.order_type = 'ticket'", margin=1.1),
        "cb27": lambda: orders(*Y25, "o.order_type = 'insurance'"),
        "cb28": lambda: orders(*H2_25, "o.order_type = 'parcel'"),
        "cb29": lambda: top_orders("o.route_en", *Y25, "o.order_type = 'parcel'", margin=1.1),
        "cb30": lambda: events_sum(REFUND, "e.refund_amount", *Y25),
        # ---- insurance attach
        "cb31": lambda: rate(PAY, INSURE, "2026-03-01", "2026-06-30", ONLINE),
        "cb32": lambda: rate(PAY, INSURE, "2026-01-01", "2026-02-28", ONLINE),
        "cb33": lambda: rate(PAY, INSURE, *Y25, "a.channel = 'store'"),
        # ---- per passenger
        "cb34": lambda: per_customer(*Y25),
        "cb35": lambda: per_customer(*Y25, "c.\"乘客类型\" = '商务出行'"),
        "cb36": lambda: top_per_customer("c.passenger_type", *Y25, margin=1.15),
        "cb37": lambda: per_customer_events(PAY, *Y25, "c.\"乘客类型\" = '务工人员'"),
        # ---- volumes / trends
        "cb38": lambda: events_at(PAY, *month(2026, 2)),
        "cb39": lambda: events_at(PAY, *month(2026, 1)),
        "cb40": lambda: events_at(PAY, "2025-10-06", "2025-10-12"),
        "cb41": lambda: events_change(PAY, Q3_25, Q4_25),
        # ---- customers
        "cb44": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        "cb45": lambda: customers_count("c.segment = 'at_risk'"),
        "cb46": lambda: top_customers('c."城市"', "c.\"城市\" <> '广州'"),
        # ---- repeat purchase
        "cb48": lambda: conv("rebuy", *H1_25, unbounded_only=True),
        "cb49": lambda: rank_conv("rebuy", *Y25, by='c."获客渠道"', lowest=True, margin=1.15, unbounded_only=True),
        # ---- feedback
        "cb50": lambda: fb_topic_count(DRIVER_T, "driver"),
        "cb51": lambda: top_fb_count("f.driver_id", DRIVER_T, margin=3.0),
        "cb52": lambda: fb_avg(f"{APP} AND f.driver_id = 'D10' AND {_in('f.ts', *Y25)}", tol=0.03),
        "cb53": lambda: top_fb_count("f.route", SEAT_T, margin=2.0),
        "cb54": lambda: fb_topic_count(DELAY_T, "delay", period=_in("f.ts", "2026-02-01", "2026-03-31")),
        "cb55": lambda: fb_topic_count(FEE_T, "refund_fee", period=_in("f.ts", "2025-10-01", "2026-06-30")),
        "cb56": lambda: fb_topic_count(FEE_T, "refund_fee", period=_in("f.ts", "2025-01-01", "2025-09-30")),
        "cb57": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "cb58": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 20, margin=0.3),
        "cb59": lambda: rank_fb_avg("f.route_en", f"{APP} AND {_in('f.ts', *Y25)}", 100, margin=0.3),
        "cb60": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "cb61": lambda: fb_ratio("f.nps >= 9", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "cb62": lambda: fb_topic_count(QR_T, "qr_fail", period=_in("f.ts", "2025-08-01", "2025-09-30")),
        "cb63": lambda: feedback_ids(QR_T),
        "cb65": lambda: fb_topic_count(INS_T, "insurance"),
        "cb66": lambda: step_time(PARCEL, PICK, *Y25, "a.route_id = 'R03'", unit="hours"),
        "cb67": lambda: top_step_time(PARCEL, PICK, *Y25, by="a.route_en", min_n=50),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((QUEUE_T, "queue"), (SLOW_T, "refund_slow"), (SEAT_T, "seat"), (PARCEL_T, "parcel"),
                        (PRAISE_T, "praise"), (QR_T, "qr_fail")):
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
    langs = [it["lang"] for it in items]
    stat = {}
    for it in items:
        stat[it["expect"]["status"]] = stat.get(it["expect"]["status"], 0) + 1
    print(f"{len(items)} items: zh {langs.count('zh')} / en {langs.count('en')}; {stat}; "
          f"follow-ups {sum('follow_up_of' in it for it in items)}; as_of {sum('as_of' in it for it in items)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
