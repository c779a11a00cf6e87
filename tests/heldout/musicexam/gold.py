"""Gold answers for the 和弦考级 ChordMark held-out batch, from plain DuckDB SQL over the raw CSVs of generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer (candidate) reaches step k with an event at step k's touchpoint after reaching
  step k-1, within the journey window from their first step-1 event in the period (entry 30 d, exam_day 90 d,
  online_exam 90 d, certificate 90 d, appeal 60 d); rates per candidate; the tolerance covers both readings (later
  steps allowed after the period end, or not) unless the question says later steps count. "Loses the most" = the
  step whose next step is not reached by the most people (the loss between k and k+1 is given to step k);
- an entry (报考单) = one `session_id` (E000123). Per-entry rates count entries whose first event at step A falls in
  the period (or belongs to the named exam session) and look for step B in the same entry at any time; attributes
  (exam_session, centre, subject, device) come from the A event, customer attributes from customers.csv;
- late letter = `days_before_exam` < 14 on tp_letter (in-person) / tp_online_invite (online); no-show rate = in-person
  entries with a tp_letter that have a tp_no_show; pass = result_band <> 'fail' on tp_result (by result date);
  upload failure rate = tp_upload_fail / (tp_upload_fail + tp_video_ok) events, by event date and event device;
- A/B test exam_reminder_sms: per in-person entry whose tp_letter falls 2025-09-01..2026-04-30, of customers in the
  variant; the no-show rate as above;
- times between steps = per entry, first B ts - first A ts (B after A); the period by the date of A;
- money = orders with status `paid` in RMB (`amount_cny`; Hong Kong orders are HKD in `amount`, converted in
  amount_cny); "exam fee income" = order_type exam_fee; refunds = status refunded (order_type refund) amount_cny by
  refund date; HKD questions sum `amount` of C07 orders; unpaid entries = exam_fee orders with status cancelled;
- customer attributes are as stored (state at the end of the data); zh top-entity golds use Chinese twins (考点 name,
  科目, 报名途径), en ones centre_en / subject / acquisition_channel / touchpoint_id / examiner_id / exam_session;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); rating questions use rows with a rating (post_exam_survey and app_review) unless the
  question names the survey; 1-2 stars = negative when the question says so; NPS questions = mean of `nps` (0-10) of
  nps_survey rows, promoter share = nps >= 9;
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


ALL = ("2024-01-01", "2026-12-31")


# ---------- funnels (per candidate, DATA.md rule) ----------

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


def rank_conv(journey, start, end, by, margin=1.1, lowest=False, min_n=30, unbounded_only=False):
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


def top_lost(journey, start, end, margin=1.5, unbounded_only=False):
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


# ---------- per entry (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}') WHERE rn = 1)"""


def _period(col, period):
    if isinstance(period, str):                       # an exam session id
        return f"a.exam_session = '{period}'"
    return _in(col, *period)


def sess_rate(a_tp, b_tp, period, cond="1=1", b_cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    return q(f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
                 LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
                 USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                 LEFT JOIN experiments x ON x.customer_id = a.customer_id
                 WHERE {_period('a.t', period)} AND ({cond})
                 {'GROUP BY 1 ORDER BY r DESC' if by else ''}""")


def rate(a_tp, b_tp, period, cond="1=1", b_cond="1=1"):
    return dict(value=round(sess_rate(a_tp, b_tp, period, cond, b_cond)[0][0], 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, period, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, lowest=False):
    rows = sess_rate(a_tp, b_tp, period, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        big = big[::-1]
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def step_time(a_tp, b_tp, period, cond="1=1", agg="median", unit="days"):
    base = f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_period('a.t', period)} AND ({cond})"""
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {base}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {base}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- events ----------

def _ev_where(tp, period, cond):
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_period('e.ts', period).replace('a.', 'e.')} AND ({cond})")


def events_at(tp, period, cond="1=1"):
    return dict(value=one(f"SELECT count(*) {_ev_where(tp, period, cond)}"), tolerance=0.5)


def events_avg(tp, col, period, cond="1=1", tol_rel=0.02):
    v = float(one(f"SELECT avg({col}) {_ev_where(tp, period, cond)}"))
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * tol_rel), 3))


def events_share(tp, num, period, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) {_ev_where(tp, period, cond)}"), 4), tolerance=0.01)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) {_ev_where(tp, a, cond)}")
    y = one(f"SELECT count(*) {_ev_where(tp, b, cond)}")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def top_events(tp, by, period, cond="1=1", num=None, avg=None, margin=1.2, min_n=1, lowest=False):
    if num:
        m = f"avg(({num})::int)"
    elif avg:
        m = f"avg({avg})"
    else:
        m = "count(*)"
    rows = q(f"SELECT {by}, {m} v, count(*) n {_ev_where(tp, period, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0]), rows


def upload_fail_rate(period, cond="1=1"):
    v = one(f"""SELECT avg((touchpoint_id = 'tp_upload_fail')::int) FROM events e
                WHERE touchpoint_id IN ('tp_upload_fail', 'tp_video_ok') AND {_in('e.ts', *period)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(period, cond="1=1", col="amount_cny", status="paid"):
    return _money(one(f"SELECT sum(o.{col}) FROM orders o WHERE o.status = '{status}' AND "
                      f"{_period('o.ts', period).replace('a.', 'o.')} AND ({cond})"))


def orders_count(period, cond="1=1", status="paid"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE o.status = '{status}' AND "
                          f"{_period('o.ts', period).replace('a.', 'o.')} AND ({cond})"), tolerance=0.5)


def avg_fee_change(a, b):
    f = "SELECT avg(amount_cny) FROM orders WHERE status = 'paid' AND order_type = 'exam_fee' AND exam_session = '{}'"
    x, y = one(f.format(a)), one(f.format(b))
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(period, cond="1=1"):
    v = one(f"""SELECT sum(o.amount_cny) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', *period)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, period, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount_cny) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', *period)}
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


def experiment_count(variant):
    return dict(value=one(f"SELECT count(DISTINCT customer_id) FROM experiments WHERE variant = '{variant}'"),
                tolerance=0.5)


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
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
BUG = ("2026-03-01", "2026-05-31")
EXP = ("2025-09-01", "2026-04-30")
NOSHOW = "'tp_no_show'"
PASS = "e.result_band <> 'fail'"
LETTER_T = _like("f.text", ["通知书", "timetable letter"])
EXAMINER_T = _like("f.text", ["考官", "examiner"])
CERT_T = _like("f.text", ["证书", "certificate"])
UPLOAD_T = _like("f.text", ["上传失败", "传不上去", "upload"])
QUEUE_T = _like("f.text", ["排队", "候考", "waiting room", "queue"])
FEE_T = _like("f.text", ["考试费", "exam fee"])
REFUND_T = _like("f.text", ["退款", "refund"])
HOTLINE_T = _like("f.text", ["热线", "helpline"])
APPEAL_T = _like("f.text", ["复议", "appeal"])
PRAISE_T = _like("f.text", ["流程顺畅", "很专业", "井井有条", "很贴心", "smooth", "well organised", "professional"])
PARK_T = _like("f.text", ["停车", "parking"])
RATED = "f.rating IS NOT NULL"
SURVEY = "f.channel = 'post_exam_survey'"
NPS = "f.channel = 'nps_survey'"


def gold():
    return {
        # ---- funnels
        "mx01": lambda: conv("entry", *Y25),
        "mx02": lambda: rank_conv("entry", *Y25, by="c.acquisition_channel", lowest=True, margin=1.1),
        "mx03": lambda: conv("entry", *Y25, cond="c.acquisition_channel = 'school'"),
        "mx04": lambda: top_lost("exam_day", "2025-06-01", "2025-07-31", unbounded_only=True),
        "mx05": lambda: conv("online_exam", "2026-03-01", "2026-04-30", unbounded_only=True),
        "mx06": lambda: upload_fail_rate(BUG, "e.device = 'android'"),
        "mx07": lambda: upload_fail_rate(BUG, "e.device = 'ios'"),
        "mx08": lambda: rate("tp_online_invite", "tp_video_ok", ("2026-03-01", "2026-04-30"),
                             "c.phone_os = 'android'"),
        "mx09": lambda: conv("certificate", *Q2_25),
        "mx10": lambda: rate("tp_result", "tp_appeal", Y25),
        # ---- letters / no-shows / A/B
        "mx11": lambda: events_share("tp_letter", "e.days_before_exam < 14", "2025U"),
        "mx12": lambda: events_share("tp_letter", "e.days_before_exam < 14", "2025W"),
        "mx13": lambda: rate("tp_letter", "tp_no_show", ALL, "a.days_before_exam < 14"),
        "mx14": lambda: top_events("tp_letter", "e.exam_session", ALL, num="e.days_before_exam < 14",
                                   margin=3)[0],
        "mx15": lambda: rate("tp_letter", "tp_no_show", EXP, "x.variant = 'sms_reminder'"),
        "mx16": lambda: rate("tp_letter", "tp_no_show", EXP, "x.variant = 'control'"),
        "mx17": lambda: experiment_count("sms_reminder"),
        # ---- results / examiners / appeals
        "mx18": lambda: events_share("tp_result", PASS, Y25),
        "mx19": lambda: top_events("tp_result", 'e.centre', ALL, num=PASS, margin=1.05, min_n=500)[0],
        "mx20": lambda: top_events("tp_exam_sat", "e.examiner_id", ALL, avg="e.start_delay_minutes",
                                   cond="e.centre_id = 'C03'", margin=3)[0],
        "mx21": lambda: events_avg("tp_exam_sat", "e.start_delay_minutes", ("2025-09-01", "2026-06-30"),
                                   "e.examiner_id = 'EX07'"),
        "mx22": lambda: events_share("tp_result", PASS, ("2025-09-01", "2026-06-30"), "e.examiner_id = 'EX07'"),
        "mx23": lambda: events_share("tp_result", PASS, Y25, "e.subject = 'voice'"),
        "mx24": lambda: events_share("tp_result", "e.result_band = 'distinction'", Y25, "e.subject = 'piano'"),
        "mx25": lambda: rank_rate("tp_result", "tp_appeal", ALL, by='a."科目"', margin=1.5),
        "mx26": lambda: events_share("tp_appeal_outcome", "e.appeal_outcome = 'upheld'", Y25),
        "mx27": lambda: step_time("tp_appeal", "tp_appeal_outcome", Y25, agg="avg"),
        "mx28": lambda: events_avg("tp_result", "e.marks", Y25, "e.subject = 'piano' AND e.grade = 8"),
        # ---- certificates
        "mx29": lambda: step_time("tp_result", "tp_cert_posted", Q4_25),
        "mx30": lambda: step_time("tp_result", "tp_cert_posted", Q2_25),
        "mx31": lambda: events_at("tp_cert_posted", month(2026, 1)),
        "mx32": lambda: step_time("tp_cert_posted", "tp_cert_received", ALL, "a.centre_id = 'C07'", agg="avg"),
        # ---- centre operations / volumes
        "mx33": lambda: top_events("tp_checkin", "e.centre", ALL, avg="e.wait_minutes", margin=2)[0],
        "mx34": lambda: step_time("tp_checkin", "tp_exam_sat", Y25, "a.centre_id = 'C01'", agg="avg",
                                  unit="minutes"),
        "mx35": lambda: events_at("tp_exam_sat", Y25),
        "mx36": lambda: events_at("tp_reschedule", "2026S"),
        "mx37": lambda: events_at("tp_entry", ("2025-05-19", "2025-05-25")),
        "mx38": lambda: events_change("tp_entry", "2025U", "2026U"),
        "mx39": lambda: events_at("tp_hotline", ("2025-07-01", "2025-08-31")),
        "mx40": lambda: top_events("tp_hotline", "e.call_reason", Y25, margin=2)[0],
        "mx41": lambda: events_at("tp_withdraw", Q1_26),
        # ---- money
        "mx42": lambda: orders(Y25, "o.order_type = 'exam_fee'"),
        "mx43": lambda: orders(Q1_26),
        "mx44": lambda: orders(Y25, status="refunded"),
        "mx45": lambda: orders("2025U", "o.order_type = 'late_entry_fee'"),
        "mx46": lambda: orders(Y25, "o.centre_id = 'C07'", col="amount"),
        "mx47": lambda: avg_fee_change("2025S", "2026S"),
        "mx48": lambda: top_orders('o."科目"', Y25, "o.order_type = 'exam_fee'", margin=2),
        "mx49": lambda: per_customer(Y25, "c.acquisition_channel = 'school'"),
        "mx50": lambda: orders_count(Y25, "o.order_type = 'exam_fee'", status="cancelled"),
        "mx51": lambda: orders(month(2026, 6)),
        # ---- customers
        "mx52": lambda: customers_count("c.region = '西南'"),
        "mx53": lambda: customers_share("c.segment = 'returning'"),
        "mx54": lambda: customers_count(_in("c.signup_at", *H1_26)),
        "mx55": lambda: top_customers("c.acquisition_channel", margin=1.2),
        # ---- feedback
        "mx56": lambda: fb_topic_count(CERT_T, "cert_delay"),
        "mx57": lambda: fb_topic_count(LETTER_T, "late_letter", period=_in("f.ts", "2025-06-01", "2025-08-31")),
        "mx58": lambda: top_fb_count('f."考点"', EXAMINER_T),
        "mx59": lambda: fb_avg(f"{SURVEY} AND f.centre_id = 'C01' AND {_in('f.ts', *Y25)}"),
        "mx60": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "mx61": lambda: rank_fb_avg("f.touchpoint_id", RATED, 30, margin=0.5),
        "mx62": lambda: fb_avg(f"{NPS} AND {_in('f.ts', *H1_26)}", col="f.nps", tol=0.05),
        "mx63": lambda: fb_ratio("f.nps >= 9", f"{NPS} AND {_in('f.ts', *Y25)}"),
        "mx64": lambda: fb_topic_count(UPLOAD_T, "upload_fail"),
        "mx65": lambda: fb_topic_count(FEE_T, "fee", period=_in("f.ts", *H1_26)),
        "mx66": lambda: feedback_ids(HOTLINE_T),
        "mx67": lambda: feedback_ids(REFUND_T),
        "mx68": lambda: fb_topic_count(QUEUE_T, "queue"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((HOTLINE_T, "hotline"), (REFUND_T, "refund_slow"), (PRAISE_T, "praise"),
                        (APPEAL_T, "appeal"), (PARK_T, "neutral"), (EXAMINER_T, "examiner")):
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
