"""Gold answers for the 云端 SkyRope held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (purchase 7 d, visit 30 d, upsell 1 d,
  closure 14 d, revisit 90 d); rates are per customer (people); the tolerance covers both readings (later steps
  allowed after the period end, or not), except where the question says to count later steps. "Where do we lose the
  most" = the step whose next step is not reached by the most people (loss between k and k+1 attributed to step k).
  A funnel split by a customer attribute filters the step-1 people by that attribute;
- a ticket = one `session_id` (TK000123): tp_buy, [tp_closure,] [tp_refund requested/refunded,] tp_waiver
  (fail / e_sign / paper), tp_checkin, tp_harness (fitted / refit), tp_briefing, tp_course (completed / rescued),
  [tp_zipline], [tp_photo], [tp_review]. tp_discover, tp_ticket_page and tp_revisit have no session. Per-ticket rates
  count tickets whose first event at the named step A falls in the period (by its date) and look for step B (with
  the named action) in the same ticket at any time; ticket attributes (park / park_en, 园区城市 / park_city,
  线路难度 / course_level, 购票平台 / sales_channel, 客户类型 / customer_type, device) are read from the step-A event;
  "share of X" over visits = share of tp_course (or tp_harness) events in the period with that action;
- times between steps = per ticket, first B ts - first A ts (B after A), the period by the date of A; "queue / wait
  from check-in to harness" = tp_checkin -> tp_harness in minutes; refund time = tp_closure -> tp_refund in days
  (fractional; tolerance also covers whole calendar days); weekend = Saturday/Sunday of the check-in;
- money = orders with status `paid` (refunded tickets are no revenue), by order ts; revenue = ticket + group_ticket +
  zipline + photo + annual_pass; refunds paid out = `refund_amount` of tp_refund events with action `refunded`, by
  refund date; spend per paying customer = paid amount / customers with >= 1 paid order in the period; tickets sold
  = tp_buy events (one per ticket, including annual-pass reservations);
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (park, 园区城市, 线路难度, 客户类型, 购票平台, 获客渠道, order 订单类型), en ones against park_en / park_city /
  course_level / customer_type / sales_channel / acquisition_channel / order_type / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); star ratings = channels meituan_review / ctrip_review / app_review; rating by step =
  feedback.touchpoint_id over rows with a rating; negative = 1-2 stars; recommend score = survey `nps` (0-10),
  promoters = 9-10;
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

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    """share of bookings with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
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


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, trap=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
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


def step_time_share(a_tp, b_tp, start, end, thr, unit="days", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, unit="minutes", margin=1.25, cond="1=1", agg="median"):
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t) / {UNITS[unit]}) m {_gap(a_tp, b_tp, start, end, cond)} "
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


def top_events_share(tp, num, by, start, end, margin=1.25, cond="1=1", min_n=1, trap=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY r DESC")
    if trap:
        assert rows[0][2] < min_n, rows[:3]
    rows = [r for r in rows if r[2] >= min_n]
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def per_customer_events(tp, start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


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


def top_per_customer(by, start, end, min_n, margin=1.1, trap=True):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]      # a tiny group tops the raw list
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


def orders_count(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def nps_share(cond):
    return dict(value=round(one(f"SELECT avg((f.nps >= 9)::int) FROM feedback f WHERE f.nps IS NOT NULL AND {cond}"), 4),
                tolerance=0.01)


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_25, Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
SUMMER_25 = ("2025-07-01", "2025-08-31")
WAIVER_BUG = ("2025-07-01", "2025-08-10")
(DISCOVER, PAGE, BUY, WAIVER, CHECKIN, HARNESS, BRIEF, COURSE, ZIP, PHOTO, CLOSURE, REFUND, REVIEW, REVISIT) = (
    "tp_discover", "tp_ticket_page", "tp_buy", "tp_waiver", "tp_checkin", "tp_harness", "tp_briefing", "tp_course",
    "tp_zipline", "tp_photo", "tp_closure", "tp_refund", "tp_review", "tp_revisit")
RATED = "f.channel IN ('meituan_review', 'ctrip_review', 'app_review')"
WEEKEND = "dayofweek(a.t) IN (0, 6)"
QUEUE_T = _like("f.text", ["排队", "queue", "waited in line"])
HARNESS_T = _like("f.text", ["不合身", "勒得疼", "didn't fit"])
STAFF_T = _like("f.text", ["态度", "rude"])
REFUND_T = _like("f.text", ["还没到账", "hasn't arrived"])
WAIVER_T = _like("f.text", ["闪退", "crash"])
HARD_T = _like("f.text", ["救", "rescue"])
PHOTO_T = _like("f.text", ["太贵", "overpriced"])
SCENERY_T = _like("f.text", ["风景", "views", "scenery"])
INSTR_T = _like("f.text", ["专业", "professional"])
ZIP_T = _like("f.text", ["滑索", "zip line"])
REFUNDED = "e.action = 'refunded'"


def gold():
    return {
        # ---- funnels / conversion
        "rc01": lambda: conv("purchase", *Y25),
        "rc02": lambda: top_lost("purchase", *Q3_25, margin=1.1),
        "rc03": lambda: rank_conv("purchase", *Y25, by="c.acquisition_channel", lowest=True, margin=1.25),
        "rc04": lambda: conv("purchase", *Y25, cond="c.acquisition_channel = 'ctrip'"),
        "rc05": lambda: conv("visit", *H2_25),
        "rc06": lambda: rate(BUY, WAIVER, *WAIVER_BUG, "a.device = 'android' AND a.sales_channel = 'own_app'",
                             b_cond="action = 'paper'"),
        "rc07": lambda: rate(BUY, WAIVER, *WAIVER_BUG, "a.device = 'ios' AND a.sales_channel = 'own_app'",
                             b_cond="action = 'paper'"),
        "rc08": lambda: conv("upsell", *Y25),
        "rc09": lambda: rank_rate(COURSE, ZIP, *Y25, by='a."线路难度"', margin=1.3),
        "rc10": lambda: rate(COURSE, PHOTO, *Y25, "a.customer_type = 'family'"),
        "rc11": lambda: rank_rate(COURSE, PHOTO, *Y25, by='a."客户类型"', margin=1.3),
        "rc12": lambda: conv("revisit", *H1_25, unbounded_only=True),
        "rc13": lambda: conv("revisit", *H1_25, cond="c.annual_pass", unbounded_only=True),
        "rc14": lambda: rate(BUY, CLOSURE, *Q2_25, "a.park_id = 'P1'"),
        # ---- queues / harness / rescue
        "rc15": lambda: top_step_time(CHECKIN, HARNESS, *SUMMER_25, by="a.park_en", cond=WEEKEND, margin=1.6),
        "rc16": lambda: step_time(CHECKIN, HARNESS, *SUMMER_25, f"a.park_id = 'P2' AND {WEEKEND}", unit="minutes"),
        "rc17": lambda: step_time(CHECKIN, HARNESS, *SUMMER_25, f"a.park_id = 'P2' AND NOT {WEEKEND}", unit="minutes"),
        "rc18": lambda: step_time_share(CHECKIN, HARNESS, *Y25, 30, unit="minutes"),
        "rc19": lambda: top_events_share(HARNESS, "e.action = 'refit'", "e.park", *H2_25, margin=1.8),
        "rc20": lambda: events_share(HARNESS, "e.action = 'refit'", *H2_25, "e.park_id = 'P3' AND e.course_level = 'kids'"),
        "rc21": lambda: events_share(HARNESS, "e.action = 'refit'", *Q2_26, "e.park_id = 'P4'"),
        "rc22": lambda: top_events_share(COURSE, "e.action = 'rescued'", "e.course_level", *Y25, margin=1.6),
        "rc23": lambda: events_share(COURSE, "e.action = 'rescued'", *Y25),
        "rc24": lambda: events_share(WAIVER, "e.action = 'paper'", *Y25, "e.customer_type IN ('school', 'company')"),
        # ---- closures / refunds
        "rc25": lambda: events_at(CLOSURE, *Q2_25, "e.park_id = 'P1'"),
        "rc26": lambda: _top_count(CLOSURE, "park", *Q2_25, margin=1.5),
        "rc27": lambda: step_time(CLOSURE, REFUND, *Y25, "a.sales_channel = 'meituan'", agg="avg"),
        "rc28": lambda: top_step_time(CLOSURE, REFUND, *Y25, by="a.sales_channel", unit="days", agg="avg", margin=1.3),
        "rc29": lambda: step_time(CLOSURE, REFUND, *Y25, "a.sales_channel = 'own_app'", agg="avg", unit="hours"),
        "rc30": lambda: events_sum(REFUND, "e.refund_amount", *Y25, f"{REFUNDED} AND e.refund_reason = 'weather_closure'"),
        # ---- money
        "rc32": lambda: orders(*Q3_25),
        "rc33": lambda: orders(*month(2026, 5)),
        "rc34": lambda: orders_change(H1_25, H1_26),
        "rc35": lambda: orders(*Y25, "o.order_type = 'zipline'"),
        "rc36": lambda: top_orders('o."订单类型"', *Y25, margin=1.3),
        "rc37": lambda: orders_count(*H1_26, "o.order_type = 'annual_pass'"),
        "rc38": lambda: top_orders("o.park_en", *H1_26, "o.order_type IN ('ticket', 'group_ticket')", margin=1.05),
        "rc39": lambda: orders(*quarter(2026, 2), "o.order_type = 'group_ticket'"),
        "rc40": lambda: per_customer(*Y25),
        "rc41": lambda: top_per_customer('c."客户类型"', *Y25, min_n=50, margin=1.12, trap=False),
        # ---- volumes / trends
        "rc43": lambda: events_at(BUY, "2025-09-29", "2025-10-05"),
        "rc44": lambda: events_at(BUY, *month(2025, 8)),
        "rc45": lambda: events_change(BUY, Q2_25, Q2_26),
        # ---- customers
        "rc47": lambda: customers_share("c.annual_pass"),
        "rc48": lambda: customers_count("c.region = 'overseas'"),
        "rc49": lambda: top_customers('c."获客渠道"', _in("c.signup_at", *H1_26), margin=1.05),
        "rc50": lambda: customers_count(_in("c.signup_at", *Q3_25)),
        # ---- feedback
        "rc51": lambda: fb_topic_count(QUEUE_T, "queue"),
        "rc52": lambda: top_fb_count("f.park_en", QUEUE_T, margin=1.5),
        "rc53": lambda: fb_topic_count(HARNESS_T, "harness_fit", period=_in("f.ts", *H2_25)),
        "rc54": lambda: top_fb_count("f.park", f"{HARNESS_T} AND {_in('f.ts', *H2_25)}", margin=1.5),
        "rc55": lambda: fb_topic_count(STAFF_T, "staff", period=_in("f.ts", *SUMMER_25)),
        "rc56": lambda: top_fb_count("f.park_city", f"{STAFF_T} AND {_in('f.ts', *SUMMER_25)}", margin=1.5),
        "rc57": lambda: fb_avg(f"f.channel = 'meituan_review' AND {_in('f.ts', *Y25)}"),
        "rc58": lambda: rank_fb_avg("f.park_en", f"{RATED} AND {_in('f.ts', *SUMMER_25)}", 50, margin=0.2),
        "rc59": lambda: fb_avg(f"{RATED} AND f.park_id = 'P2' AND {_in('f.ts', *SUMMER_25)}", tol=0.03),
        "rc60": lambda: fb_avg(f"{RATED} AND f.park_id = 'P2' AND {_in('f.ts', *Q2_25)}", tol=0.03),
        "rc61": lambda: fb_ratio("f.rating <= 2", f"{RATED} AND {_in('f.ts', *Y25)}"),
        "rc62": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "rc63": lambda: nps_share(f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}"),
        "rc64": lambda: feedback_ids(WAIVER_T),
        "rc65": lambda: fb_topic_count(REFUND_T, "refund_slow"),
        "rc66": lambda: rank_fb_avg("f.park_en", f"{RATED} AND {_in('f.ts', *Y25)}", 100, margin=0.1, highest=True),
        "rc67": lambda: fb_topic_count(SCENERY_T, "scenery", period=_in("f.ts", *H1_26)),
    }


def _top_count(tp, by, start, end, margin=1.2):
    rows = q(f"SELECT e.{by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((WAIVER_T, "waiver_app"), (HARD_T, "too_hard"), (PHOTO_T, "photo_price"),
                        (INSTR_T, "instructor"), (ZIP_T, "zipline")):
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        checks()
    fns = gold()
    if "--probe" in sys.argv:
        for k, fn in fns.items():
            try:
                print(k, fn())
            except AssertionError as e:
                print(k, "ASSERT", str(e)[:300])
        return 0
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
