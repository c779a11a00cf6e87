"""Gold answers for the 海逸游艇 SeaLeisure Yacht Charters held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (booking 14 d, trip 90 d, refund 30 d,
  review 14 d); rates are per customer (people); the tolerance covers both readings (later steps allowed after the
  period end, or not), except where the question says later steps count (then they count). "Where / after which step
  do we lose the most" = the step whose next step is not reached by the most people (the loss between step k and k+1
  is attributed to step k). A funnel split by a customer attribute filters the step-1 people by that attribute
  (customers.csv, as stored at the end of the data);
- a booking = one `session_id` BK000123, carried by every event of the case from the enquiry on: tp_enquiry, tp_quote,
  tp_deposit, tp_extra, tp_weather_check (one per planned sailing day; a rebooked trip is checked again), tp_rebook,
  tp_refund_request, tp_refund, tp_boarding, tp_trip_done, tp_balance, tp_photo, tp_review. Per-booking rates count
  bookings whose first event at step A (matching the question's condition, e.g. a "go" weather check) falls in the
  period and look for step B in the same booking at any time; booking attributes (city / 城市, marina, boat_size /
  游艇尺寸, captain / 船长, trip_type) are read from the step-A event, customer attributes (customer_type / 客群,
  acquisition_channel / 获客渠道) from customers;
- event-level shares count events: weather no-go rate = tp_weather_check rows with action `no_go` / all weather checks
  in the period (by check time); cut-short rate = tp_trip_done rows with action `cut_short` / all tp_trip_done rows;
  departure delay = `delay_minutes` of tp_boarding; no-show = a booking with a `go` weather check and no tp_boarding;
- times between steps = per booking, first B ts - first A ts (B after A), period by the timestamp of A; hours / days
  as asked;
- money = orders with status `paid` (refunded and cancelled orders are no revenue), by order ts: deposits + balances
  + extras (diving, photography, catering). Fuel surcharge = `fuel_surcharge` of paid balance orders. Refunds =
  `refund_amount` of tp_refund events by refund date. Expired deposit links = orders with status `cancelled`. Spend per
  paying customer = paid amount / customers with >= 1 paid order in the period. All amounts are CNY;
- customers: attributes as stored at the end of the data; a customer's first enquiry = `signup_at`;
- zh top entities are checked against the Chinese twins (船长, 游艇尺寸, 城市, 客群, 增值项目, 客源地, 获客渠道, marina),
  en ones against the English values (captain, boat_size, city, customer_type, extra_type, region, marina_en,
  trip_type, acquisition_channel) or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); post-trip surveys = channel `post_trip_survey` (rated 1-5 + NPS 0-10, one per tp_review
  event); OTA reviews = channel `ota_review` with `platform` ctrip / klook / getyourguide; TripAdvisor = channel
  `tripadvisor`; rating by step / captain = over rows with a rating; negative = 1-2 stars when the question says so;
  NPS score = share 9-10 minus share 0-6 (as a fraction);
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
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
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


def top_lost(journey, start, end, margin=1.2, unbounded_only=False):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per booking (session) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None, a_cond="1=1"):
    """share of bookings with a first `a_tp` (matching a_cond) in the period that have a `b_tp` (matching b_cond)."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp, a_cond)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", a_cond="1=1", complement=False):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond, a_cond=a_cond)[0][0]
    if complement:
        v = 1 - v
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", a_cond="1=1", min_n=1, margin=1.25,
              lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by, a_cond=a_cond)
    big = [r for r in rows if r[2] >= min_n and r[0] is not None]
    if lowest:
        big = big[::-1]
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond, b_cond="1=1"):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp, b_cond)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days", b_cond="1=1"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- events ----------

def _ev_where(tp, start, end, cond):
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) {_ev_where(tp, start, end, cond)}"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) {_ev_where(tp, start, end, cond)}")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_agg(tp, expr, start, end, cond="1=1", agg="avg"):
    v = one(f"SELECT {agg}({expr}) {_ev_where(tp, start, end, cond)}")
    return dict(value=round(float(v), 2), tolerance=round(max(0.1, abs(float(v)) * 0.03), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) {_ev_where(tp, *a, cond)}")
    y = one(f"SELECT count(*) {_ev_where(tp, *b, cond)}")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) {_ev_where(tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n {_ev_where(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_agg(tp, expr, by, start, end, agg="avg", margin=1.25, cond="1=1"):
    rows = q(f"SELECT {by}, {agg}({expr}) v {_ev_where(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", status="paid", col="o.amount"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
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

def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, steps, markers ----------

ALL = ("2024-10-01", "2026-04-30")
Y25 = ("2025-01-01", "2025-12-31")
Q3_25, Q4_25, Q1_25, Q1_26 = quarter(2025, 3), quarter(2025, 4), quarter(2025, 1), quarter(2026, 1)
MONSOON_25 = ("2025-05-01", "2025-10-31")
HIGH_25_26 = ("2025-11-01", "2026-04-30")
TYPHOON_WK = ("2025-09-22", "2025-09-26")
PK_BEFORE_FIX = ("2024-10-01", "2026-01-14")
PK_AFTER_FIX = ("2026-01-15", "2026-04-30")
(ENQ, QUOTE, DEPOSIT, EXTRA, WEATHER, REBOOK, REFUND_REQ, REFUND, BOARDING, TRIP_DONE, BALANCE, PHOTO, REVIEW) = (
    "tp_enquiry", "tp_quote", "tp_deposit", "tp_extra", "tp_weather_check", "tp_rebook", "tp_refund_request",
    "tp_refund", "tp_boarding", "tp_trip_done", "tp_balance", "tp_photo", "tp_review")
SURVEY = "f.channel = 'post_trip_survey'"
NOGO = "e.action = 'no_go'"
CUT = "e.action = 'cut_short'"
SEASICK_T = _like("f.text", ["晕船", "seasick"])
REFUND_T = _like("f.text", ["退款", "refund"])
LATE_T = _like("f.text", ["晚开", "才开船", "开船时间一拖再拖", "an hour late", "departure was delayed",
                          "an hour after the booked time"])
FEE_T = _like("f.text", ["燃油", "fuel"])
PHOTO_T = _like("f.text", ["照片", "photo"])
LANG_T = _like("f.text", ["中文", "spoke english"])
CAPTAIN_T = _like("f.text", ["船长", "captain", "skipper"])
DIVING_T = _like("f.text", ["浮潜", "潜水", "snorkel", "dive "])
FOOD_T = _like("f.text", ["海鲜", "餐饮", "seafood", "food and drinks"])
SCENERY_T = _like("f.text", ["风景", "views", "breathtaking"])
WEATHER_T = _like("f.text", ["天气原因", "台风天", "due to the weather", "weather cancelled"])
PRICEY_T = _like("f.text", ["偏贵", "有点贵", "pricey", "overpriced"])
REPLY_T = _like("f.text", ["回复", "my enquiry"])
TOPICS = ((SEASICK_T, "seasick"), (REFUND_T, "refund_slow"), (LATE_T, "late"), (FEE_T, "hidden_fee"),
          (PHOTO_T, "photo_slow"), (LANG_T, "language"), (CAPTAIN_T, "captain"), (DIVING_T, "diving"),
          (FOOD_T, "food"), (SCENERY_T, "scenery"), (WEATHER_T, "weather"), (PRICEY_T, "pricey"),
          (REPLY_T, "slow_reply"))


def gold():
    PK, SY = "a.city = 'Phuket'", "a.city = 'Sanya'"
    return {
        # ---- funnels / conversion
        "yc01": lambda: conv("booking", *Y25),
        "yc02": lambda: top_lost("booking", *Q4_25),
        "yc03": lambda: rank_conv("booking", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "yc04": lambda: conv("booking", *Y25, cond="c.acquisition_channel = 'wechat'"),
        "yc05": lambda: conv("trip", *Y25, unbounded_only=True),
        "yc06": lambda: top_lost("trip", *Y25, unbounded_only=True),
        "yc07": lambda: events_share(WEATHER, NOGO, *MONSOON_25, "e.city = 'Phuket'"),
        "yc08": lambda: events_share(WEATHER, NOGO, *HIGH_25_26, "e.city = 'Phuket'"),
        "yc09": lambda: events_at(WEATHER, *TYPHOON_WK, f"e.city = 'Sanya' AND {NOGO}"),
        "yc10": lambda: step_time(REFUND_REQ, REFUND, *PK_BEFORE_FIX, PK),
        "yc11": lambda: step_time(REFUND_REQ, REFUND, *PK_AFTER_FIX, PK),
        "yc12": lambda: top_events_agg(BOARDING, "e.delay_minutes", 'e."船长"', *Y25, margin=2.0),
        "yc13": lambda: events_agg(BOARDING, "e.delay_minutes", *Y25, "e.captain = 'Krit Saetang'"),
        "yc14": lambda: events_share(TRIP_DONE, CUT, *MONSOON_25, "e.city = 'Phuket' AND e.boat_size = 'small'"),
        "yc15": lambda: top_events_share(TRIP_DONE, CUT, "e.boat_size", *MONSOON_25, "e.city = 'Phuket'", margin=1.8),
        "yc16": lambda: rate(WEATHER, BOARDING, *Y25, a_cond="action = 'go'", complement=True),
        "yc17": lambda: rank_rate(WEATHER, BOARDING, *Y25, by='c."获客渠道"', a_cond="action = 'go'", lowest=True,
                                  margin=1.03),
        "yc18": lambda: rate(DEPOSIT, EXTRA, *Y25, PK, b_cond="extra_type = 'diving'"),
        "yc19": lambda: rate(DEPOSIT, EXTRA, *Y25, SY, b_cond="extra_type = 'diving'"),
        "yc20": lambda: rank_rate(DEPOSIT, EXTRA, *Y25, by='c."客群"', b_cond="extra_type = 'photography'",
                                  margin=1.5),
        "yc21": lambda: step_time(TRIP_DONE, PHOTO, *Q1_26, PK),
        "yc22": lambda: step_time(TRIP_DONE, PHOTO, *Q1_26, SY),
        "yc23": lambda: step_time(ENQ, QUOTE, *Y25, "a.channel = 'website'", unit="hours"),
        "yc24": lambda: step_time(ENQ, QUOTE, *Y25, "a.channel = 'wechat'", unit="hours"),
        "yc25": lambda: conv("review", *Y25),
        # ---- money
        "yc26": lambda: orders(*Y25),
        "yc27": lambda: orders(*month(2026, 4)),
        "yc28": lambda: orders(*month(2026, 3)),
        "yc29": lambda: orders_change(Q1_25, Q1_26),
        "yc30": lambda: top_orders("o.marina_en", *Y25, margin=1.2),
        "yc31": lambda: top_orders('o."增值项目"', *Y25, "o.order_type = 'extra'", margin=1.3),
        "yc32": lambda: events_sum(REFUND, "e.refund_amount", *Y25, "e.refund_reason = 'weather'"),
        "yc33": lambda: orders(*Q1_26, "o.order_type = 'balance' AND o.city = 'Sanya'", col="o.fuel_surcharge"),
        "yc34": lambda: per_customer(*Y25),
        "yc35": lambda: per_customer(*Y25, "c.customer_type = 'corporate'"),
        "yc36": lambda: top_orders("o.trip_type", *Y25, margin=1.3),
        "yc37": lambda: orders(*Y25, status="cancelled"),
        "yc38": lambda: step_time(TRIP_DONE, BALANCE, *Y25, "c.customer_type = 'corporate'"),
        "yc39": lambda: orders(*month(2026, 2), "o.city = 'Sanya'"),
        # ---- volumes / trends
        "yc40": lambda: events_at(TRIP_DONE, *month(2026, 2)),
        "yc41": lambda: events_at(TRIP_DONE, *month(2025, 2)),
        "yc44": lambda: events_change(ENQ, Q3_25, Q4_25),
        "yc45": lambda: events_at(ENQ, "2026-02-09", "2026-02-15"),
        # ---- customers
        "yc46": lambda: customers_share("c.region = 'australia'"),
        "yc47": lambda: customers_count("c.tier = 'gold'"),
        "yc48": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        "yc49": lambda: top_customers('c."客源地"', "c.region <> 'mainland_china'", margin=1.1),
        # ---- feedback
        "yc50": lambda: fb_topic_count(SEASICK_T),
        "yc51": lambda: top_fb_count("f.boat_size", SEASICK_T, margin=1.5),
        "yc52": lambda: fb_topic_count(REFUND_T),
        "yc53": lambda: top_fb_count('f."城市"', REFUND_T, margin=2.0),
        "yc54": lambda: fb_topic_count(FEE_T),
        "yc55": lambda: fb_topic_count(PHOTO_T),
        "yc56": lambda: rank_fb_avg("f.captain", SURVEY, 50, margin=0.15, highest=True),
        "yc57": lambda: rank_fb_avg('f."船长"', SURVEY, 50, margin=0.3),
        "yc58": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "yc59": lambda: nps_score(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "yc60": lambda: fb_avg("f.channel = 'tripadvisor'"),
        "yc61": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.25),
        "yc62": lambda: fb_topic_count(LANG_T),
        "yc63": lambda: feedback_ids(f"{PHOTO_T} AND {_in('f.ts', *Q1_26)}"),
        "yc64": lambda: fb_avg("f.channel = 'ota_review' AND f.platform = 'ctrip'"),
    }


def checks():
    """topic markers must match the generator's truth."""
    for cond, topic in TOPICS:
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if _has_truth():
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
