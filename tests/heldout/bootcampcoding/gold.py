"""Gold answers for the 跃码学院 LeapCode Academy held-out batch, from plain DuckDB SQL over the raw CSVs of generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint strictly after reaching
  step k-1, within the journey window from their first step-1 event in the period (admissions 45 d, learning 210 d,
  career 180 d, refund 30 d); rates are per person. The tolerance covers both readings (later steps allowed after
  the period end, or not), except where the question says later steps count (then only that reading). "Where do we
  lose the most" = the step whose next step is not reached by the most people (the loss between step k and k+1 is
  attributed to step k). A funnel split by a customer attribute filters the step-1 people by that attribute;
- an application = one `session_id` AP00012 (tp_webinar_signup, tp_webinar_attend, tp_trial_class, tp_interview);
  an enrolment = one `session_id` EN00012 (tp_tuition_paid, tp_cohort_start, tp_assignment weekly, tp_mentor_qa,
  tp_dropout, tp_graduation, tp_resume_review, tp_job_placed, tp_refund_request, tp_refund_done, tp_referral).
  Per-case rates count sessions whose first event at step A falls in the period (by its date) and look for step B
  in the same session at any time (or within N days of A when the question says so); attributes (track / 方向,
  campus / 校区, instructor / 讲师, payment_plan / 付款方式, acquisition channel of the sign-up) come from the A event;
- webinar show-up rate = sign-ups (applications) with a tp_webinar_attend / sign-ups; interview pass rate = tp_interview
  events with action `pass` / all interviews; on-time rate = tp_assignment rows with action `submitted` / all
  assignment rows (late and missed are not on time); drop-out rate = students with a cohort start who have a
  tp_dropout; placement rate = graduates with a tp_job_placed within 180 days of graduating;
- times between steps = per session, first B ts - first A ts (B after A), period by the date of A; days / minutes as
  asked; TA reply time = `response_minutes` of tp_mentor_qa;
- A/B test `webinar_followup`: per assigned customer, a tp_trial_class within 30 days after `assigned_at`;
- money = orders with status `paid` (refunded orders are no revenue), by order ts: full tuition + monthly instalments
  + the 面试冲刺包 interview-sprint add-on; refunds = `refund_amount` of tp_refund_done events with resolution
  `approved`, by decision date; salaries = `starting_salary` (monthly CNY) of tp_job_placed;
- customer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (讲师, 校区, 方向, 合作企业, 城市), en ones against instructor / campus / track / acquisition_channel / variant /
  touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); course reviews = channel `course_review`; rating by step = feedback.touchpoint_id over
  rows with a rating; negative = 1-2 stars; NPS = graduation-survey `nps` 0-10, NPS score = share 9-10 minus share
  0-6 (as a fraction);
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "experiments"):
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


# ---------- per session (application / enrolment) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None, within_days=None):
    """share of sessions with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
    sel = f"{by}, " if by else ""
    win = f"AND b.ts > a.t AND b.ts <= a.t + INTERVAL {within_days} DAY" if within_days else ""
    sql = f"""SELECT {sel}avg((EXISTS (SELECT 1 FROM events b WHERE b.session_id = a.session_id
                     AND b.touchpoint_id = '{b_tp}' AND ({b_cond}) {win}))::int) r, count(*) n
              FROM {_first(a_tp)} a LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", within_days=None):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond, within_days=within_days)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, lowest=False,
              within_days=None):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by, within_days=within_days)
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
    return dict(value=round(float(v), 2), tolerance=round(max(0.1, abs(float(v)) * 0.03), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=str(rows[0][0]))


def top_events_count(tp, by, start, end, cond="1=1", margin=1.25):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}"
             f" AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- experiment ----------

def _exp_rows(days=30):
    win = f"AND e.ts <= x.assigned_at + INTERVAL {days} DAY" if days else ""
    return q(f"""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                        AND e.touchpoint_id = 'tp_trial_class' AND e.ts > x.assigned_at {win}))::int) r, count(*) n
                 FROM experiments x WHERE x.experiment_id = 'webinar_followup' GROUP BY 1 ORDER BY r DESC""")


def exp_top(margin=1.15):
    tops = set()
    for days in (30, None):
        rows = _exp_rows(days)
        assert rows[0][1] > rows[1][1] * margin, rows
        tops.add(rows[0][0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


def exp_rate(variant):
    v = dict((r[0], r[1]) for r in _exp_rows(30))[variant]
    return dict(value=round(v, 4), tolerance=0.01)


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


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.2):
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


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


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


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
ALL = ("2025-01-01", "2026-07-31")
(SIGNUP, ATTEND, TRIAL, INTERVIEW, PAID, START, ASSIGN, QA, DROPOUT, GRAD, RESUME, JOB, REF_REQ, REF_DONE,
 REFERRAL) = ("tp_webinar_signup", "tp_webinar_attend", "tp_trial_class", "tp_interview", "tp_tuition_paid",
              "tp_cohort_start", "tp_assignment", "tp_mentor_qa", "tp_dropout", "tp_graduation", "tp_resume_review",
              "tp_job_placed", "tp_refund_request", "tp_refund_done", "tp_referral")
REVIEW = "f.channel = 'course_review'"
GSURVEY = "f.channel = 'graduation_survey'"
PACE_T = _like("f.text", ["跟不上", "pace"])
SALESY_T = _like("f.text", ["卖课", "推销", "sales pitch"])
TA_T = _like("f.text", ["助教", "the TAs"])
REFUND_T = _like("f.text", ["退费", "退款", "refund"])
INST_T = _like("f.text", ["分期", "instalments"])
FEWJOBS_T = _like("f.text", ["内推", "job leads"])
INSTRUCTOR_T = _like("f.text", ["透彻", "explain"])
PROJECTS_T = _like("f.text", ["实战", "portfolio"])
CAREER_T = _like("f.text", ["简历", "mock interview"])
OFFER_T = _like("f.text", ["offer"])
INVOICE_T = _like("f.text", ["发票", "invoice"])
TOPIC_MARKERS = ((PACE_T, "pace"), (SALESY_T, "salesy"), (TA_T, "ta_slow"), (REFUND_T, "refund_slow"),
                 (INST_T, "instalment"), (FEWJOBS_T, "few_jobs"), (INSTRUCTOR_T, "instructor"),
                 (PROJECTS_T, "projects"), (CAREER_T, "career_help"), (OFFER_T, "offer"), (INVOICE_T, "invoice"))


def gold():
    return {
        # ---- funnels / conversion / rates
        "bc01": lambda: conv("admissions", *Y25),
        "bc02": lambda: top_lost("admissions", *Q1_26),
        "bc03": lambda: rank_conv("admissions", *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "bc04": lambda: conv("admissions", *Y25, cond="c.acquisition_channel = 'referral'"),
        "bc05": lambda: events_share(INTERVIEW, "e.action = 'pass'", *H1_26),
        "bc06": lambda: rate(SIGNUP, ATTEND, *Y25),
        "bc07": lambda: rate(SIGNUP, ATTEND, *Y25, cond="a.channel = 'douyin_ads'"),
        "bc08": lambda: conv("learning", *Y25, unbounded_only=True),
        "bc09": lambda: rank_rate(START, DROPOUT, *H1_26, by="a.instructor", min_n=20, margin=1.5),
        "bc10": lambda: rate(START, DROPOUT, *H1_26, cond="a.instructor = 'Zhou Yi'"),
        "bc11": lambda: rate(START, DROPOUT, *Y25, cond="a.payment_plan = 'instalments'"),
        "bc12": lambda: rate(START, DROPOUT, *Y25, cond="a.payment_plan = 'full'"),
        "bc13": lambda: conv("career", *Y25, unbounded_only=True),
        "bc14": lambda: rank_rate(GRAD, JOB, *Y25, by='a."校区"', lowest=True, margin=1.2, within_days=180),
        "bc15": lambda: rank_rate(GRAD, JOB, *Y25, by="a.track", lowest=True, margin=1.4, within_days=180),
        "bc16": lambda: step_time(GRAD, JOB, *Y25, cond="a.track = 'data'"),
        "bc17": lambda: step_time(GRAD, JOB, *Y25, cond="a.track = 'frontend'"),
        "bc18": lambda: step_time(PAID, START, *Y25, agg="avg"),
        "bc19": lambda: events_agg(QA, "e.response_minutes", *H1_26, "e.delivery_mode = 'online'", agg="median"),
        "bc20": lambda: events_agg(QA, "e.response_minutes", *H1_26, "e.delivery_mode = 'campus'", agg="median"),
        "bc21": lambda: top_events_share(ASSIGN, "e.action <> 'submitted'", "e.week_no", *ALL,
                                         "e.track = 'frontend'", margin=1.8),
        "bc22": lambda: events_share(ASSIGN, "e.action = 'submitted'", *Y25),
        "bc23": lambda: exp_top(),
        "bc24": lambda: exp_rate("wechat_followup"),
        # ---- money
        "bc25": lambda: orders(*Y25),
        "bc26": lambda: orders(*H1_26, "o.order_type = 'career_addon'"),
        "bc27": lambda: orders(*month(2026, 6)),
        "bc28": lambda: orders(*month(2026, 5)),
        "bc29": lambda: orders_change(H1_25, H1_26),
        "bc30": lambda: events_sum(REF_DONE, "e.refund_amount", *Y25, "e.resolution = 'approved'"),
        "bc31": lambda: top_orders("o.campus", *Y25, margin=1.5),
        "bc32": lambda: events_share(PAID, "e.payment_plan = 'instalments'", *Y25),
        "bc33": lambda: events_agg(JOB, "e.starting_salary", *H1_26, "e.track = 'data'"),
        "bc34": lambda: events_agg(JOB, "e.starting_salary", *H1_26, "e.track = 'product'"),
        "bc35": lambda: top_events_count(JOB, 'e."合作企业"', *ALL, "e.track = 'frontend' AND e.\"合作企业\" <> '自主求职'",
                                         margin=1.5),
        "bc36": lambda: events_at(REF_DONE, *Y25, "e.resolution = 'approved'"),
        # ---- volumes / trends
        "bc37": lambda: events_at(SIGNUP, "2025-03-03", "2025-03-09"),
        "bc38": lambda: events_at(PAID, *month(2026, 3)),
        "bc39": lambda: events_at(PAID, *month(2026, 4)),
        "bc42": lambda: events_change(PAID, Q2_25, Q3_25),
        "bc43": lambda: events_at(GRAD, *Y25),
        "bc44": lambda: events_at(START, *Y25, "e.campus = 'Chengdu'"),
        # ---- customers
        "bc45": lambda: customers_share("c.acquisition_channel = 'douyin_ads'"),
        "bc46": lambda: customers_count("c.\"学员状态\" = '已就业' AND c.\"原行业\" = '销售'"),
        "bc47": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        "bc48": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'"),
        # ---- feedback
        "bc49": lambda: fb_topic_count(PACE_T),
        "bc50": lambda: top_fb_count("f.instructor", PACE_T, margin=2.0),
        "bc51": lambda: fb_topic_count(INST_T),
        "bc52": lambda: fb_topic_count(REFUND_T, _in("f.ts", *Q4_25)),
        "bc53": lambda: fb_avg(f"{REVIEW} AND f.instructor = 'Zhou Yi'"),
        "bc54": lambda: rank_fb_avg('f."讲师"', REVIEW, 20, margin=1.0),
        "bc55": lambda: fb_ratio("f.rating <= 2", f"{REVIEW} AND {_in('f.ts', *Y25)}"),
        "bc56": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 25, margin=0.3),
        "bc57": lambda: nps_score(f"{GSURVEY} AND {_in('f.ts', *H2_25)}"),
        "bc58": lambda: fb_avg(f"{GSURVEY} AND {_in('f.ts', *H1_26)}", col="f.nps", tol=0.05),
        "bc59": lambda: fb_topic_count(SALESY_T),
        "bc60": lambda: fb_topic_count(TA_T),
        "bc61": lambda: top_fb_count("f.campus", FEWJOBS_T, margin=1.5),
        "bc62": lambda: feedback_ids(f"{REFUND_T} AND {_in('f.ts', *Q4_25)}"),
        "bc63": lambda: fb_count("f.channel = 'social_post'"),
        "bc64": lambda: top_fb_count('f."讲师"', INSTRUCTOR_T, margin=2.0),
    }


def checks():
    """topic markers must match the generator's truth."""
    for cond, topic in TOPIC_MARKERS:
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
