"""Gold answers for the 启航 SailPrep (IELTS / TOEFL exam-prep school) held-out batch, from plain DuckDB SQL over the
raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (enroll 30 d, exam 240 d, renewal and
  referral 90 d); rates are per customer; the tolerance covers both readings (later steps allowed after the period
  end, or not), except for the exam journey asked as a cohort ("students who paid in H1 2025 ... finally got a
  score"), where later steps may fall after the period end. "Where do we lose the most" = the step reached whose next step is not reached, largest count (the
  loss between step k and k+1 is attributed to step k, as in INTERFACE.md's drop-off rate).
- people: a customer is a student (= a lead; one `tp_lead` each, = customers.signup_at). Source / city / student
  type / exam come from customers; zh top-entity golds use the Chinese twins (来源渠道, 城市, 课程类型, teacher_name,
  advisor_name), en ones the English values (source, city, campus_en, course_type, payment_method, touchpoint_id)
  except advisors, who only have a Chinese name (advisor_name).
- `tp_enroll_deposit` / `tp_balance_paid` are the first course only; a second course is `tp_renewal` (its orders
  carry purchase_type = renewal). New enrolments = `tp_enroll_deposit` events.
- deposit -> balance: per deposit (one per customer), by the deposit date; "within 30 days" = a `tp_balance_paid`
  at most 30 days after; the time = balance ts - deposit ts in days over deposits that were followed by a balance;
  "more than N days" is strict. lead -> balance time: per student, by the balance date.
- consultation -> deposit by advisor: per consultation (one per customer), by the consultation date, deposit within
  14 days after it; the advisor is the consultation event's advisor_name. placement test -> deposit: per customer,
  first test in the period, deposit within 30 days after it.
- classes: one `tp_class` event per scheduled lesson (its date is the period date); absence rate = attendance
  `absent` / all class events; rescheduled share = rescheduled = yes / all class events; classes attended =
  attendance `attended`; classes per student = attended / students with >= 1 attended class in the period; the
  campus of a class is campus_en (online classes: `Online`).
- mocks: `tp_mock_exam` events (by date), score `mock_score` (IELTS band or TOEFL points, by `exam`);
  improvement = mock_score - the student's placement test score (customers.placement_score); teacher =
  teacher_name on the mock event.
- scores: `tp_score_reported` events (by date), target hit = reached_target = yes (per score report); renewal /
  referral after a score = a `tp_renewal` / `tp_referral` of the same student within 90 days after it.
- money = orders with status `paid` (CNY); tuition / 学费 = order_type deposit + balance (new + renewal); revenue /
  营业额 = all paid orders (deposit, balance, materials, mock_exam_fee); refunds = amount of `refunded` orders (by
  refund date; refund_reason deposit_refund / score_guarantee / quit_midway); spend per paying student = paid
  amount / customers with >= 1 paid order in the period.
- feedback: "comments" = all rows of all channels, "all data" includes rows without a date; negative share =
  `sentiment_label = 'neg'` over rows dated in the period; topic counts by text markers with a 5 % tolerance;
  rating by step = feedback.touchpoint_id over rows with a rating (dated or not); NPS = `nps_survey` rows (`nps`).
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
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, all_varchar=false)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0


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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def rate_val(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def days_val(v):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


def money_val(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def count_val(v):
    return dict(value=int(v), tolerance=0.5)


def top(rows, margin, higher=True):
    """rows sorted best first: (entity, metric, ...); the winner must be clear."""
    a, b = rows[0][1], rows[1][1]
    ok = a > b * margin if higher else b - a > margin
    assert ok, rows[:4]
    return dict(top_entity=rows[0][0])


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cond="1=1", bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM events e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", both=True):
    """both=False: a cohort question (later steps may fall after the period end)."""
    vals = []
    for bounded in ((False, True) if both else (False,)):
        c = funnel(journey, start, end, cond, bounded=bounded)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def top_lost(journey, start, end, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, cond, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.2, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, col, margin=1.15):
    """The value of customers.col whose funnel converts best (both readings must agree)."""
    vals = [r[0] for r in q(f"SELECT DISTINCT {col} FROM customers c WHERE {col} IS NOT NULL")]
    rows = []
    for v in vals:
        c = funnel(journey, start, end, f"{col} = '{v}'")
        rows.append((v, c[-1] / c[0], c[0]))
    rows.sort(key=lambda r: -r[1])
    return top(rows, margin)


# ---------- step to step ----------

def _next_within(tp_from, tp_to, days, start, end, cond="1=1", same="customer_id"):
    return f"""(SELECT a.*, c.source AS c_source, EXISTS (SELECT 1 FROM events b WHERE b.{same} = a.{same}
               AND b.touchpoint_id = '{tp_to}' AND b.ts > a.ts AND b.ts <= a.ts + INTERVAL {days} DAY) AS ok
               FROM events a JOIN customers c USING (customer_id)
               WHERE a.touchpoint_id = '{tp_from}' AND {_in('a.ts', start, end)} AND ({cond}))"""


def step_rate(tp_from, tp_to, days, start, end, cond="1=1"):
    return rate_val(one(f"SELECT avg(ok::int) FROM {_next_within(tp_from, tp_to, days, start, end, cond)} x"))


def test_to_deposit(start, end, cond="1=1"):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events d WHERE d.customer_id = t.customer_id
                AND d.touchpoint_id = 'tp_enroll_deposit' AND d.ts > t.t AND d.ts <= t.t + INTERVAL 30 DAY))::int)
                FROM (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_placement_test'
                      GROUP BY 1) t JOIN customers c USING (customer_id)
                WHERE {_in('t.t', start, end)} AND ({cond})""")
    return rate_val(v)


def top_step_rate(tp_from, tp_to, days, start, end, by, min_n, margin=1.15, check_small=False):
    sql = f"""SELECT {by}, avg(ok::int) r, count(*) n FROM {_next_within(tp_from, tp_to, days, start, end)} a
              GROUP BY 1 HAVING count(*) >= {{n}} ORDER BY r DESC"""
    rows = q(sql.format(n=min_n))
    res = top(rows, margin)
    if check_small:
        allr = q(sql.format(n=1))
        assert allr[0][0] != rows[0][0], allr[:3]
    return res


GAP_DB = """(SELECT d.customer_id, d.ts, c.student_type, epoch(b.ts - d.ts) / 86400.0 AS d FROM events d
             JOIN events b ON b.customer_id = d.customer_id AND b.touchpoint_id = 'tp_balance_paid'
             JOIN customers c ON c.customer_id = d.customer_id
             WHERE d.touchpoint_id = 'tp_enroll_deposit')"""


def gap_db(start, end, cond="1=1", agg="median(g.d)"):
    v = one(f"SELECT {agg} FROM {GAP_DB} g WHERE {_in('g.ts', start, end)} AND ({cond})")
    return rate_val(v) if agg.startswith("avg((") else days_val(v)


GAP_LB = """(SELECT b.customer_id, b.ts, epoch(b.ts - l.ts) / 86400.0 AS d FROM events b
             JOIN events l ON l.customer_id = b.customer_id AND l.touchpoint_id = 'tp_lead'
             WHERE b.touchpoint_id = 'tp_balance_paid')"""


def gap_lb(start, end, agg="avg(g.d)"):
    return days_val(one(f"SELECT {agg} FROM {GAP_LB} g WHERE {_in('g.ts', start, end)}"))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1", agg="count(*)"):
    return count_val(one(f"SELECT {agg} FROM events e JOIN customers c USING (customer_id) "
                         f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return rate_val((y - x) / x)


def events_share(tp, num, start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg(({num})::int) FROM events e JOIN customers c USING (customer_id)
                            WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_events_share(tp, num, start, end, by, margin=1.5, having="1=1", lowest=False):
    rows = q(f"""SELECT {by}, avg(({num})::int) r, count(*) FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 HAVING {having}
                 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    return top(rows, margin, higher=not lowest)


def top_events_count(tp, start, end, by, margin=1.3):
    rows = q(f"""SELECT {by}, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    return top(rows, margin)


def per_student(start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = 'tp_class' AND e.attendance = 'attended' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.05, float(v) * 0.01), 3))


def events_avg(tp, col, start, end, cond="1=1", tol=None):
    v = float(one(f"""SELECT avg({col}) FROM events e JOIN customers c USING (customer_id)
                      WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))
    return dict(value=round(v, 3), tolerance=tol if tol is not None else round(max(0.02, abs(v) * 0.005), 3))


def top_mock_gain(start, end, cond, min_n, margin=1.2, check_small=False):
    sql = f"""SELECT e.teacher_name, avg(e.mock_score - c.placement_score) g, count(*) n FROM events e
              JOIN customers c USING (customer_id) WHERE e.touchpoint_id = 'tp_mock_exam'
              AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING count(*) >= {{n}} ORDER BY g DESC"""
    rows = q(sql.format(n=min_n))
    res = top(rows, margin)
    if check_small:
        allr = q(sql.format(n=1))
        assert allr[0][0] != rows[0][0], allr[:3]
    return res


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return count_val(v) if agg.startswith("count") else money_val(v)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return rate_val((y - x) / x)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def refund_share(num, start, end):
    v = one(f"""SELECT sum(CASE WHEN {num} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o
                WHERE o.status = 'refunded' AND {_in('o.ts', start, end)}""")
    return rate_val(v)


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    return top(rows, margin)


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return rate_val(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def bottom_fb_avg(by, cond, min_n, margin=0.15):
    rows = q(f"""SELECT {by}, avg(f.rating) a, count(*) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}
                 AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a""")
    return top(rows, margin, higher=False)


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    return top(rows, margin)


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
WINTER = ("2025-11-01", "2026-02-28")
SINCE_SEP = ("2025-09-01", "2026-05-31")
ALL = ("2024-09-01", "2026-05-31")
NEG = "f.sentiment_label = 'neg'"
ABSENT = "e.attendance = 'absent'"
PUSHY_T = _like("f.text", ["逼单", "推销", "催着交定金", "太强势", "pushy", "pressur"])
LAG_T = _like("f.text", ["卡顿", "掉线", "lag", "freez"])
BIG_T = _like("f.text", ["人太多", "三十多个人", "快四十人", "大班", "too big", "class size", "too large"])
GUAR_T = _like("f.text", ["保分", "score guarantee"])
PRAISE_T = _like("f.text", ["讲得太好", "超级负责", "特别专业", "great teacher"]) + " AND f.sentiment_label = 'pos'"


def gold():
    return {
        # ---- lead to enrolment
        "ie01": lambda: conv("enroll", *Y25),
        "ie02": lambda: top_lost("enroll", *Y25, "c.source = 'xiaohongshu'"),
        "ie03": lambda: test_to_deposit(*H2_25, "c.source = 'xiaohongshu'"),
        "ie04": lambda: test_to_deposit(*H2_25, "c.source = 'referral'"),
        "ie05": lambda: top_conv("enroll", *Y25, 'c."来源渠道"', margin=1.3),
        "ie06": lambda: top_step_rate("tp_consultation", "tp_enroll_deposit", 14, *Y25, by="a.advisor_name",
                                      min_n=40, margin=1.2, check_small=True),
        "ie07": lambda: step_rate("tp_enroll_deposit", "tp_balance_paid", 30, *Y25, "a.advisor_name = '赵磊'"),
        "ie08": lambda: step_rate("tp_enroll_deposit", "tp_balance_paid", 30, *Y25, "a.advisor_name <> '赵磊'"),
        "ie09": lambda: top_fb_count("f.advisor_name", PUSHY_T, margin=1.8),
        "ie10": lambda: orders(*Y25, status="refunded", cond="o.refund_reason = 'deposit_refund'"),
        # ---- time between steps
        "ie11": lambda: gap_db(*Y25),
        "ie12": lambda: gap_db(*Y25, "g.student_type = 'working'"),
        "ie13": lambda: gap_db(*Y25, "g.student_type = 'working'", agg="avg((g.d > 14)::int)"),
        "ie14": lambda: gap_lb(*Y25),
        # ---- classes
        "ie15": lambda: events_share("tp_class", ABSENT, *Y25),
        "ie16": lambda: top_events_share("tp_class", ABSENT, *WINTER, by="e.course_type", margin=2.0),
        "ie17": lambda: events_share("tp_class", ABSENT, *WINTER, "e.course_type = 'online' AND e.device = 'android'"),
        "ie18": lambda: events_share("tp_class", ABSENT, *WINTER, "e.course_type = 'online' AND e.device = 'ios'"),
        "ie19": lambda: events_share("tp_class", ABSENT, *quarter(2025, 3), "e.course_type = 'online'"),
        "ie20": lambda: per_student(*Y25),
        "ie21": lambda: events_at("tp_class", "2025-03-03", "2025-03-09", "e.attendance = 'attended'"),
        "ie22": lambda: events_share("tp_class", "e.rescheduled", *quarter(2025, 4), "e.campus_en = 'Chengdu Hi-Tech'"),
        "ie23": lambda: top_events_share("tp_class", "e.rescheduled", *quarter(2025, 4), by="e.campus_en", margin=3.0),
        # ---- mocks
        "ie25": lambda: events_avg("tp_mock_exam", "e.mock_score", *Y25, "e.exam = 'IELTS'"),
        "ie26": lambda: events_avg("tp_mock_exam", "e.mock_score", *Y25, "e.exam = 'TOEFL'", tol=0.3),
        "ie27": lambda: top_mock_gain(*ALL, "e.exam = 'IELTS'", min_n=30, margin=1.3, check_small=True),
        "ie28": lambda: events_avg("tp_mock_exam", "e.mock_score - c.placement_score", *SINCE_SEP,
                                   "e.exam = 'IELTS' AND e.mock_no = 2 AND e.course_type = 'group' "
                                   "AND e.campus_en = 'Shanghai Xuhui'", tol=0.05),
        # ---- real exam
        "ie30": lambda: events_share("tp_score_reported", "e.reached_target", *Y25),
        "ie31": lambda: top_events_share("tp_score_reported", "e.reached_target", *Y25, by="e.course_type",
                                         margin=0.1, lowest=True),
        "ie32": lambda: conv("exam", *H1_25, both=False),
        "ie33": lambda: events_at("tp_exam_registered", *month(2025, 10)),
        # ---- renewal / referral
        "ie34": lambda: step_rate("tp_score_reported", "tp_renewal", 90, *Y25),
        "ie35": lambda: step_rate("tp_score_reported", "tp_renewal", 90, *Y25, "NOT a.reached_target"),
        "ie36": lambda: step_rate("tp_score_reported", "tp_referral", 90, *Y25),
        "ie37": lambda: events_at("tp_referral", *quarter(2025, 3)),
        # ---- money
        "ie38": lambda: orders(*Y25, cond="o.order_type IN ('deposit', 'balance')"),
        "ie39": lambda: orders(*quarter(2025, 3)),
        "ie40": lambda: orders_change(quarter(2025, 3), quarter(2025, 4)),
        "ie41": lambda: orders(*quarter(2026, 1), status="refunded"),
        "ie42": lambda: refund_share("o.refund_reason = 'score_guarantee'", *Y25),
        "ie43": lambda: per_customer(*Y25),
        "ie44": lambda: top_events_count("tp_enroll_deposit", *Y25, by='e."课程类型"', margin=1.3),
        "ie45": lambda: events_share("tp_enroll_deposit", "e.course_type = 'one_on_one'", *Y25),
        "ie46": lambda: orders(*Y25, cond="o.order_type = 'mock_exam_fee'"),
        "ie47": lambda: orders(*Y25, cond="o.order_type = 'materials'"),
        "ie48": lambda: top_orders("o.payment_method", *Y25, agg="count(*)", cond="o.order_type = 'balance'",
                                   margin=1.5),
        "ie49": lambda: events_share("tp_enroll_deposit", "e.guarantee", *Y25),
        # ---- trends
        "ie52": lambda: events_change("tp_lead", ("2025-05-01", "2025-06-30"), ("2025-07-01", "2025-08-31")),
        # ---- feedback
        "ie55": lambda: fb_topic_count(LAG_T),
        "ie56": lambda: top_fb_count('f."城市"', BIG_T, margin=3.0),
        "ie57": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 4))),
        "ie58": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 4)) + " AND f.city = 'Shanghai'"),
        "ie59": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.2),
        "ie60": lambda: feedback_ids(PRAISE_T),
        "ie61": lambda: fb_topic_count(GUAR_T),
        "ie62": lambda: fb_avg(f"f.channel = 'app_review' AND {_in('f.ts', *H1_26)}", tol=0.05),
        "ie63": lambda: fb_avg(f"f.channel = 'nps_survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "ie64": lambda: fb_avg(f"f.channel = 'nps_survey' AND {_in('f.ts', *quarter(2026, 1))}", col="f.nps",
                               tol=0.05),
        "ie65": lambda: top_fb_count("f.teacher_name", PRAISE_T, margin=1.25),
        # ---- relative periods
        "ie71": lambda: events_at("tp_score_reported", *month(2026, 5), agg="count(DISTINCT e.customer_id)"),
        "ie72": lambda: events_at("tp_score_reported", *month(2026, 4), agg="count(DISTINCT e.customer_id)"),
        "ie73": lambda: events_at("tp_placement_test", "2026-05-11", "2026-05-17"),
        "ie74": lambda: events_at("tp_enroll_deposit", "2026-01-01", "2026-05-31"),
        "ie75": lambda: events_at("tp_enroll_deposit", *month(2025, 10)),
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
    zh = sum(it["lang"] == "zh" for it in items)
    print(f"{len(items)} items ({zh} zh / {len(items) - zh} en); status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
