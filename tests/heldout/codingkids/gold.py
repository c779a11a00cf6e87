"""Gold answers for the 码小匠 CodeKid held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "families" / "people" = customers (one parent account per child). Funnels follow DATA.md: a family reaches step k
  with an event at step k's touchpoint after reaching step k-1, within the journey window from its first step-1 event
  in the period (enrol 30 d: lead -> trial booked -> trial attended -> enrolment payment; makeup 21 d: missed lesson
  -> makeup booked -> makeup class; renewal 30 d: term review -> renewal; competition 150 d: sign-up -> result ->
  certificate; refund 30 d: request -> refund done). Rates are per family; the tolerance covers both readings (later
  steps allowed after the period end, or not). "Where do we lose the most" = the step whose next step is not reached by
  the most families (the loss between step k and k+1 is attributed to step k). A funnel split by a customer attribute
  filters the step-1 families by that attribute (customer attributes are the state at the end of the data);
- sessions: a trial = `session_id` TR… (tp_trial_book, tp_trial_attend, tp_placement); a term package = PK… (tp_pay of
  a new enrolment, tp_class, tp_leave, tp_makeup_book, tp_makeup_class, tp_term_review, tp_renewal (which names the
  next package in `new_package_id`), tp_referral, tp_refund_request, tp_refund_done); a competition entry = CP…
  (tp_comp_signup, tp_comp_result, tp_certificate). Per-session rates count sessions whose first event at step A falls
  in the period (by its date) and look for step B in the same session at any time (the tolerance also covers the
  journey window where one applies); attributes (campus, track, booking_source, competition, placement_override) are
  read from the step-A event. Trial show-up rate = bookings (tp_trial_book) with a tp_trial_attend in the same trial.
  Refund rate of new enrolments = tp_pay packages with a tp_refund_request. Renewal rate = term reviews followed by a
  tp_renewal of the same package;
- a missed lesson = one tp_leave event (action leave = asked for leave, no_show = just did not come); it is made up
  when a tp_makeup_class with the same session_id and lesson_no exists; makeup completion rate = made-up missed lessons /
  missed lessons, by the date of the tp_leave event. Attendance rate = tp_class / (tp_class + tp_leave) events in the
  period. Teacher-change share = tp_class events with teacher_changed = true;
- times between steps = per session (per lesson for makeups, per family for lead -> booking), first B ts - first A ts
  (B after A), period by the date of A; median unless the question says average; hours / days as asked;
- money = orders with status `paid` (refunded and cancelled orders are no revenue), by order ts; revenue = term
  packages + renewals + robotics kits + competition fees + holiday camps + 9.9 trial classes; refunds =
  `refund_amount` of tp_refund_done events with action `refunded`, by completion date; cancelled orders = status
  `cancelled`; spend per paying family = paid amount / families with >= 1 paid order in the period; ad spend =
  `lead_cost` of tp_lead events (referrals cost nothing and carry no cost);
- zh questions are checked against the Chinese twins (campus, 校区城市, 城市, 获客渠道, 课程线, 赛事, 预约方式,
  退费原因, 会员等级), en ones against campus_en / campus_city / region / acquisition_channel / track / competition /
  booking_source / refund_reason / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); lesson ratings = channel `lesson_rating`; rating by step = feedback.touchpoint_id over
  rows with a rating; negative = 1-2 stars when the question says so; NPS = end-of-term survey `nps` 0-10, NPS score =
  share 9-10 minus share 0-6 (as a fraction);
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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


def _assert_margin(rows, margin, lowest):
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]


# ---------- funnels (per family, DATA.md rule) ----------

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
    a = funnel(journey, start, end, cond=cond)
    v = a[-1] / a[0]
    tol = 0.01
    if not unbounded_only:
        b = funnel(journey, start, end, bounded=True, cond=cond)
        tol = max(tol, round(abs(v - b[-1] / b[0]) + 0.005, 4))
    return dict(value=round(v, 4), tolerance=round(tol, 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        _assert_margin(rows, margin, lowest)
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


# ---------- per session (trial / package / competition) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None, window=None):
    """share of sessions with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
    sel = f"{by}, " if by else ""
    win = f" AND b.t <= a.t + INTERVAL {window} DAY" if window else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT session_id, min(ts) t FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})
              GROUP BY 1) b ON b.session_id = a.session_id AND b.t > a.t{win}
              LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", window=None):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0][0]
    tol = 0.01
    if window:
        w = sess_rate(a_tp, b_tp, start, end, cond, b_cond, window=window)[0][0]
        tol = max(tol, round(abs(v - w) + 0.005, 4))
    return dict(value=round(v, 4), tolerance=tol)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, lowest=False, window=None):
    tops = set()
    for w in ((None, window) if window else (None,)):
        rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by, window=w)
        big = sorted([r for r in rows if r[2] >= min_n and r[0] is not None], key=lambda r: r[1], reverse=not lowest)
        _assert_margin(big, margin, lowest)
        tops.add(big[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond, b_cond="1=1"):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp, b_cond)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def _time(sql_from, agg, unit):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {sql_from}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {sql_from}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days", b_cond="1=1"):
    return _time(_gap(a_tp, b_tp, start, end, cond, b_cond), agg, unit)


def cust_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="hours"):
    """per family: first a_tp in the period -> first b_tp after it."""
    frm = f"""FROM (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = '{a_tp}' AND {_in('ts', start, end)}
                    GROUP BY 1) a
              JOIN LATERAL (SELECT min(e.ts) t FROM events e WHERE e.customer_id = a.customer_id
                            AND e.touchpoint_id = '{b_tp}' AND e.ts > a.t) b ON true
              LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE b.t IS NOT NULL AND ({cond})"""
    return _time(frm, agg, unit)


# ---------- missed lessons, makeups, attendance ----------

def _missed(start, end, cond):
    return f"""FROM events l LEFT JOIN (SELECT session_id, lesson_no, min(ts) t FROM events
               WHERE touchpoint_id = 'tp_makeup_class' GROUP BY 1, 2) m
               ON m.session_id = l.session_id AND m.lesson_no = l.lesson_no
               WHERE l.touchpoint_id = 'tp_leave' AND {_in('l.ts', start, end)} AND ({cond})"""


def makeup_rate(start, end, cond="1=1"):
    return dict(value=round(one(f"SELECT avg((m.t IS NOT NULL)::int) {_missed(start, end, cond)}"), 4),
                tolerance=0.01)


def rank_makeup(start, end, by, margin=1.3, lowest=True, min_n=50):
    rows = q(f"SELECT {by}, avg((m.t IS NOT NULL)::int) r, count(*) n {_missed(start, end, '1=1')} "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    _assert_margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def makeup_time(start, end, cond="1=1", agg="median"):
    frm = f"""FROM (SELECT l.ts AS t, l.session_id, l.lesson_no FROM events l
                    WHERE l.touchpoint_id = 'tp_leave' AND {_in('l.ts', start, end)} AND ({cond})) a
              JOIN (SELECT session_id, lesson_no, min(ts) t FROM events WHERE touchpoint_id = 'tp_makeup_class'
                    GROUP BY 1, 2) b ON a.session_id = b.session_id AND a.lesson_no = b.lesson_no"""
    return _time(frm, agg, "days")


def attendance(start, end, cond="1=1"):
    v = one(f"""SELECT avg((touchpoint_id = 'tp_class')::int) FROM events e
                WHERE touchpoint_id IN ('tp_class', 'tp_leave') AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_agg(tp, expr, start, end, cond="1=1", agg="avg"):
    v = one(f"SELECT {agg}({expr}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.1, abs(float(v)) * 0.02), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_count(tp, by, start, end, cond="1=1", margin=1.25):
    rows = q(f"SELECT {by}, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _assert_margin(rows, margin, False)
    return dict(top_entity=rows[0][0])


def top_events_agg(tp, expr, by, start, end, agg="avg", margin=1.25, cond="1=1"):
    rows = q(f"SELECT {by}, {agg}({expr}) v FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}"
             f" AND ({cond}) AND {by} IS NOT NULL AND {expr} IS NOT NULL GROUP BY 1 ORDER BY v DESC")
    _assert_margin(rows, margin, False)
    return dict(top_entity=rows[0][0])


def top_step_time(a_tp, b_tp, by, start, end, margin=1.5, agg="median"):
    rows = q(f"SELECT a.{by}, {agg}(epoch(b.t - a.t) / 86400) v {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY v DESC")
    _assert_margin(rows, margin, False)
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
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
    _assert_margin(rows, margin, False)
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _assert_margin(rows, margin, False)
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


def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic and _has_truth():
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
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


# ---------- periods, touchpoints, topic markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
ALL = ("2025-01-01", "2026-07-31")
SPRING_26 = ("2026-03-01", "2026-06-30")
AI_ERA = ("2025-10-01", "2026-03-31")
PUDONG_WIN = ("2025-10-01", "2026-01-31")
(LEAD, BOOK, ATTEND, PLACE, PAY, CLASS, LEAVE, MK_BOOK, MK_CLASS, REVIEW, RENEW, C_SIGN, C_RES, CERT, REFER, RF_REQ,
 RF_DONE) = ("tp_lead", "tp_trial_book", "tp_trial_attend", "tp_placement", "tp_pay", "tp_class", "tp_leave",
             "tp_makeup_book", "tp_makeup_class", "tp_term_review", "tp_renewal", "tp_comp_signup", "tp_comp_result",
             "tp_certificate", "tp_referral", "tp_refund_request", "tp_refund_done")
LESSON = "f.channel = 'lesson_rating'"
KEEPUP_T = _like("f.text", ["跟不上", "can't keep up"])
MAKEUP_T = _like("f.text", ["补课", "makeup class"])
TEACHER_T = _like("f.text", ["换了", "换老师", "teacher changed", "changing the teacher"])
CERT_T = _like("f.text", ["证书", "certificate"])
REFUND_T = _like("f.text", ["退费", "refund"])
CALLS_T = _like("f.text", ["电话", "calling", "sales calls"])
PRICE_T = _like("f.text", ["贵", "expensive", "pricier"])
PATIENT_T = _like("f.text", ["耐心", "patient"])
LOVES_T = _like("f.text", ["喜欢", "loves"])
AWARD_T = _like("f.text", ["奖", "won a prize", "award"])


def gold():
    return {
        # ---- enrolment funnel, trials, placement
        "ck01": lambda: conv("enrol", *Y25),
        "ck02": lambda: top_lost("enrol", *Q1_26),
        "ck03": lambda: rank_conv("enrol", *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "ck04": lambda: conv("enrol", *Y25, cond="c.acquisition_channel = 'referral'"),
        "ck05": lambda: conv("enrol", *H1_26, cond="c.\"获客渠道\" = '抖音广告'"),
        "ck06": lambda: rate(BOOK, ATTEND, *AI_ERA, "a.booking_source = 'ai_call'"),
        "ck07": lambda: rate(BOOK, ATTEND, *AI_ERA, "a.booking_source = 'advisor'"),
        "ck08": lambda: rank_rate(BOOK, ATTEND, *H1_26, by="a.booking_source", lowest=True, margin=1.3),
        "ck09": lambda: rate(BOOK, ATTEND, *Q4_25),
        # ---- refunds
        "ck10": lambda: rate(PAY, RF_REQ, *ALL, "a.placement_override"),
        "ck11": lambda: rate(PAY, RF_REQ, *ALL, "NOT a.placement_override"),
        "ck12": lambda: rank_rate(PAY, RF_REQ, *Y25, by="a.track", margin=1.25),
        "ck13": lambda: events_at(RF_REQ, *Y25, "e.refund_reason = 'cant_keep_up'"),
        "ck14": lambda: events_sum(RF_DONE, "e.refund_amount", *Y25, "e.action = 'refunded'"),
        "ck15": lambda: step_time(RF_REQ, RF_DONE, *Q1_26, b_cond="action = 'refunded'"),
        "ck16": lambda: step_time(RF_REQ, RF_DONE, *Q2_26, b_cond="action = 'refunded'"),
        # ---- makeups, attendance, teachers, renewals
        "ck17": lambda: makeup_rate(*SPRING_26, "l.campus_id = 'BJ1'"),
        "ck18": lambda: rank_makeup(*SPRING_26, "l.campus_en"),
        "ck19": lambda: makeup_time(*Y25),
        "ck20": lambda: conv("makeup", *Y25, unbounded_only=True),
        "ck21": lambda: attendance(*Q4_25),
        "ck22": lambda: attendance("2025-07-01", "2025-08-31"),
        "ck23": lambda: events_at(CLASS, *month(2026, 6)),
        "ck24": lambda: events_share(CLASS, "e.teacher_changed", "2025-09-01", "2025-12-31", "e.campus_id = 'SH1'"),
        "ck25": lambda: rank_rate(REVIEW, RENEW, *PUDONG_WIN, by="a.campus_en", lowest=True, window=30, min_n=30),
        "ck26": lambda: rate(REVIEW, RENEW, *PUDONG_WIN, "a.campus_id = 'SH1'", window=30),
        "ck27": lambda: conv("renewal", *Y25, unbounded_only=True),
        "ck28": lambda: rank_rate(REVIEW, RENEW, *ALL, by='a."课程线"', lowest=True, window=30, margin=1.1),
        # ---- competitions
        "ck29": lambda: top_step_time(C_RES, CERT, "competition", *ALL, margin=2.0),
        "ck30": lambda: step_time(C_RES, CERT, *ALL, "a.competition = 'lanqiao'"),
        "ck31": lambda: step_time(C_RES, CERT, *ALL, "a.competition = 'wro'"),
        "ck32": lambda: rate(C_SIGN, C_RES, *Y25, b_cond="action = 'award'"),
        # ---- money
        "ck33": lambda: orders(*Y25),
        "ck34": lambda: orders(*month(2026, 7)),
        "ck35": lambda: orders(*month(2026, 6)),
        "ck36": lambda: orders_change(H1_25, H1_26),
        "ck37": lambda: top_orders("o.campus_en", *Y25),
        "ck38": lambda: top_orders('o."课程线"', *Y25, margin=1.3),
        "ck39": lambda: orders("2025-07-01", "2025-08-31", "o.order_type = 'camp'"),
        "ck40": lambda: orders(*Y25, status="cancelled"),
        "ck41": lambda: per_customer(*Y25),
        "ck42": lambda: per_customer(*Y25, "c.track = 'robotics'"),
        "ck43": lambda: events_sum(LEAD, "e.lead_cost", *Y25, "e.channel = 'douyin'"),
        "ck44": lambda: top_events_agg(LEAD, "e.lead_cost", 'e."获客渠道"', *Y25, margin=1.5),
        # ---- volumes / customers
        "ck45": lambda: events_at(LEAD, "2025-07-07", "2025-07-13"),
        "ck46": lambda: events_at(LEAD, *month(2026, 2)),
        "ck47": lambda: events_at(LEAD, *month(2026, 3)),
        "ck50": lambda: events_at(PAY, *ALL, "e.campus_id = 'WH1'"),
        "ck51": lambda: cust_time(LEAD, BOOK, *Y25, unit="hours"),
        "ck52": lambda: customers_count("c.segment = 'active'"),
        "ck54": lambda: top_customers('c."城市"', "c.\"城市\" <> '北京'", margin=1.5),
        "ck55": lambda: top_events_count(PLACE, "e.suggested_track", *ALL, "e.child_age BETWEEN 8 AND 9", margin=1.5),
        # ---- feedback
        "ck56": lambda: fb_topic_count(KEEPUP_T, "cant_keep_up"),
        "ck57": lambda: fb_topic_count(CALLS_T, "pushy_calls"),
        "ck58": lambda: top_fb_count("f.campus_en", MAKEUP_T, margin=2.0),
        "ck59": lambda: top_fb_count("f.campus", PATIENT_T, margin=2.0),
        "ck60": lambda: fb_avg(f"{LESSON} AND {_in('f.ts', *Y25)}"),
        "ck61": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}"),
        "ck62": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'dianping' AND {_in('f.ts', *Y25)}"),
        "ck63": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 15, margin=0.5),
        "ck64": lambda: feedback_ids(REFUND_T),
        "ck65": lambda: top_fb_count("f.campus", TEACHER_T, margin=2.0),
    }


def checks():
    """topic markers must match the generator's truth."""
    for cond, topic in ((KEEPUP_T, "cant_keep_up"), (MAKEUP_T, "makeup_full"), (TEACHER_T, "teacher_change"),
                        (CERT_T, "cert_delay"), (REFUND_T, "refund_slow"), (CALLS_T, "pushy_calls"),
                        (PRICE_T, "pricey"), (PATIENT_T, "patient"), (LOVES_T, "kid_loves"), (AWARD_T, "award")):
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
