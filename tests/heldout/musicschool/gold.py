"""Gold answers for the 乐途 MelodyPath (music school chain) held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (enrol 30 d, onboarding 30 d, exam 180 d,
  renewal 365 d); rates are per customer; the tolerance covers both readings (later steps allowed after the period
  end, or not). "Where do we lose the most" = the step reached whose next step is not reached, largest count (the
  loss between step k and k+1 is attributed to step k). A filter on the funnel ("Xiaohongshu leads", "24-lesson
  packs") applies to the step-1 event / the customer;
- people: a lead = a `tp_lead` event (one per customer, = customers.signup_at); a new student = a customer with a
  `tp_purchase` (first package; later packages are `tp_renewal`); "paying students" = customers with a `tp_purchase`;
  source / age band / instrument / campus come from customers (zh questions are checked against the Chinese twins
  来源渠道 / 年龄段 / 乐器 / campus, en ones against source / age_band / instrument / campus_en / teacher_level);
- trial-to-purchase by source or campus = customers whose first `tp_trial_attended` is in the period, share with a
  `tp_purchase` within 30 days after it;
- lessons: one lesson = one `session_id` (L000123). A scheduled lesson = a `tp_lesson_scheduled` event (its date
  is the period date); no-show rate = scheduled lessons whose session has a `tp_no_show` / scheduled lessons. Lessons
  attended = `tp_lesson_attended` events (by date). School cancellations = `tp_lesson_cancelled` with
  `cancelled_by = 'school'` (these lessons have no scheduled event). Lessons per student = attended lessons / students
  with >= 1 attended lesson in the period;
- wait for the first lesson = per first package (`tp_purchase`, by purchase date): first `tp_lesson_attended` with
  the same package_id minus the purchase time, in days; packages that never had a lesson are left out; "more than 7
  days" is strict. Lead -> trial = per customer, first `tp_trial_attended` minus the lead time, in days;
- teacher changes because a teacher left = distinct customers with a `tp_teacher_assigned` event whose assign_reason
  is `teacher_left`, by the event date;
- renewal after a package ran out = the lesson with lesson_no = package_size that was attended or missed
  (`tp_lesson_attended` / `tp_no_show`), dated in the period, followed by a `tp_renewal` of the same customer within
  30 days after it;
- exams: a sitting = exam_sitting (YYYY-MM of the exam day); pass rate = results that are not `fail` / results;
  "results in 2025" = `tp_exam_result` events dated 2025; registrations = `tp_exam_registered` events;
- money = orders with status `paid` (CNY); package sales = order_type `package` (new + renewal); 营业额 / revenue =
  all paid orders (package, exam_fee, rental); refunds = amount of `refunded` orders (order_type `refund`); spend
  per paying customer = paid amount / customers with >= 1 paid order in the period; average package order =
  mean amount of paid package orders;
- feedback: "comments" = all rows of all channels, "all data" includes rows without a date; negative share =
  `sentiment_label = 'neg'` over rows dated in the period; topic counts by text markers with a 5 % tolerance;
  rating by step = feedback.touchpoint_id (rows with a rating, all rows); campus ratings = rows with a rating of that
  campus; NPS = `nps_survey` rows (`nps` 0-10);
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
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0


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
    """both=False: later steps may fall after the period end (renewal / exam windows run months past it)."""
    vals = []
    for bounded in ((False, True) if both else (False,)):
        c = funnel(journey, start, end, cond, bounded=bounded)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.2, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def trial_buy_rank(start, end, by, having="1=1", margin=1.15, check_small=False):
    sql = f"""WITH t AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_trial_attended'
                         GROUP BY 1)
              SELECT {by}, avg((EXISTS (SELECT 1 FROM events p WHERE p.customer_id = t.customer_id
                     AND p.touchpoint_id = 'tp_purchase' AND p.ts > t.t AND p.ts <= t.t + INTERVAL 30 DAY))::int) r,
                     count(*) n
              FROM t JOIN customers c USING (customer_id) WHERE {_in('t.t', start, end)}
              GROUP BY 1 HAVING {{having}} ORDER BY r DESC"""
    rows = q(sql.format(having=having))
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    if check_small:   # letting small campuses in must change the winner (the minimum size matters)
        allr = q(sql.format(having="1=1"))
        assert allr[0][0] != rows[0][0], allr[:3]
    return dict(top_entity=rows[0][0])


# ---------- per session (trial booking, lesson) ----------

def sess_rate(a_tp, b_tp, start, end, cond="1=1", by=None, having="1=1"):
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM events a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b USING (session_id)
              JOIN customers c ON c.customer_id = a.customer_id
              WHERE a.touchpoint_id = '{a_tp}' AND {_in('a.ts', start, end)} AND ({cond})
              {f'GROUP BY 1 HAVING {having} ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1"):
    return dict(value=round(sess_rate(a_tp, b_tp, start, end, cond)[0][0], 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", having="1=1", margin=1.3):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by, having=having)
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- waits ----------

WAIT = """(SELECT p.customer_id, p.ts, p.campus_id, epoch(a.t - p.ts) / 86400.0 AS d
           FROM events p JOIN (SELECT package_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_lesson_attended'
                               GROUP BY 1) a USING (package_id)
           WHERE p.touchpoint_id = 'tp_purchase')"""


def wait_first(start, end, cond="1=1", agg="median(w.d)"):
    v = one(f"""SELECT {agg} FROM {WAIT} w JOIN customers c USING (customer_id)
                WHERE {_in('w.ts', start, end)} AND ({cond})""")
    if agg.startswith("avg((") or agg.startswith("avg(( "):
        return dict(value=round(v, 4), tolerance=0.01)
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


def rank_wait(start, end, by, min_n, margin=1.5):
    rows = q(f"""SELECT {by}, median(w.d) m, count(*) n FROM {WAIT} w JOIN customers c USING (customer_id)
                 WHERE {_in('w.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY m DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def lead_to_trial(start, end):
    v = one(f"""SELECT avg(epoch(t.t - l.t) / 86400.0) FROM
                (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_lead' GROUP BY 1) l
                JOIN (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_trial_attended' GROUP BY 1) t
                USING (customer_id) WHERE {_in('l.t', start, end)}""")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1", distinct=None):
    agg = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return dict(value=one(f"SELECT {agg} FROM events e JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b):
    x = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)}")
    y = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)}")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({num})::int) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def per_student(tp, start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.05, float(v) * 0.01), 3))


def top_events(tp, start, end, by, agg="count(*)", cond="1=1", margin=1.5):
    rows = q(f"""SELECT {by}, {agg} n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})
                 GROUP BY 1 ORDER BY n DESC""")
    assert len(rows) > 1 and rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- renewals after a package ran out ----------

RAN_OUT = """(SELECT e.customer_id, e.ts, e.campus_id, e.campus, e.campus_en,
              EXISTS (SELECT 1 FROM events r WHERE r.customer_id = e.customer_id AND r.touchpoint_id = 'tp_renewal'
                      AND r.ts > e.ts AND r.ts <= e.ts + INTERVAL 30 DAY) AS renewed
              FROM events e WHERE e.touchpoint_id IN ('tp_lesson_attended', 'tp_no_show')
              AND e.lesson_no = e.package_size)"""


def renew_rate(start, end, cond="1=1"):
    v = one(f"SELECT avg(renewed::int) FROM {RAN_OUT} x WHERE {_in('x.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def bottom_renew(start, end, by, min_n=20, margin=0.1):
    rows = q(f"""SELECT {by}, avg(renewed::int) r, count(*) FROM {RAN_OUT} x WHERE {_in('x.ts', start, end)}
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r""")
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- exams ----------

def exam_rate(num, cond):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = 'tp_exam_result' AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_exam(num, by, cond="1=1", margin=1.5, min_n=10):
    rows = q(f"""SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = 'tp_exam_result'
                 AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders_change(a, b, cond):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def order_share(cond_share, start, end, cond="1=1"):
    v = one(f"SELECT avg(({cond_share})::int) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


PAYING = "c.customer_id IN (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_purchase')"


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


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
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def bottom_fb_avg(by, cond, min_n, margin=0.15):
    rows = q(f"""SELECT {by}, avg(f.rating) a, count(*) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}
                 AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a""")
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
MP = ("2026-03-01", "2026-05-31")
WINTER = ("2025-10-01", "2026-03-31")
ALL = ("2024-01-01", "2026-06-30")
SCHED, ATT, NOSHOW, CANCEL = "tp_lesson_scheduled", "tp_lesson_attended", "tp_no_show", "tp_lesson_cancelled"
NEG = "f.sentiment_label = 'neg'"
NOISY_T = _like("f.text", ["隔音", "吵", "noisy", "soundproof"])
SCHED_T = _like("f.text", ["排课", "约不到", "没有空位", "时间段", "schedul", "slot"])
PUSHY_T = _like("f.text", ["推销", "逼单", "催着报名", "pushy", "hard sell"])
EXAMP_T = _like("f.text", ["考级辅导", "考前辅导", "模拟考", "exam prep", "mock exam"]) + " AND f.sentiment_label = 'pos'"


def gold():
    return {
        # ---- trial to enrolment
        "ms01": lambda: conv("enrol", *Y25),
        "ms02": lambda: top_lost("enrol", *quarter(2025, 3)),
        "ms03": lambda: conv("enrol", *Y25, cond="c.source = 'xiaohongshu'"),
        "ms04": lambda: conv("enrol", *Y25, cond="c.source = 'referral'"),
        "ms05": lambda: trial_buy_rank(*Y25, by='c."来源渠道"', margin=1.15),
        "ms06": lambda: trial_buy_rank("2025-10-01", "2026-06-30", by="c.campus_en", having="count(*) >= 100",
                                       margin=1.1, check_small=True),
        "ms07": lambda: rate("tp_trial_booked", "tp_trial_attended", *MP,
                             "a.channel = 'mini_program' AND a.device = 'android'"),
        "ms08": lambda: rate("tp_trial_booked", "tp_trial_attended", *MP,
                             "a.channel = 'mini_program' AND a.device = 'ios'"),
        # ---- enrolment to first lesson
        "ms11": lambda: wait_first(*Y25, "w.campus_id = 'C1'"),
        "ms12": lambda: wait_first(*Y25, "w.campus_id = 'C3'"),
        "ms13": lambda: wait_first(*Y25, "w.campus_id = 'C1'", agg="avg((w.d > 7)::int)"),
        "ms14": lambda: rank_wait(*Y25, by="c.campus", min_n=30),
        "ms15": lambda: lead_to_trial(*H1_25),
        "ms16": lambda: conv("onboarding", *Y25),
        # ---- lessons
        "ms17": lambda: rank_rate(SCHED, NOSHOW, *Y25, by='c."年龄段"', margin=1.5),
        "ms18": lambda: rate(SCHED, NOSHOW, *Y25, "c.age_band = 'adult'"),
        "ms19": lambda: rate(SCHED, NOSHOW, *Y25, "c.age_band = '7-9'"),
        "ms20": lambda: events_change(ATT, month(2024, 10), month(2025, 10)),
        "ms23": lambda: events_at(CANCEL, *quarter(2025, 4), "e.cancelled_by = 'school' AND e.campus_id = 'C4'"),
        "ms24": lambda: per_student(ATT, *Y25),
        "ms25": lambda: per_student(ATT, *Y25, "c.instrument = 'piano'"),
        "ms26": lambda: per_student(ATT, *Y25, "c.instrument = 'violin'"),
        # ---- teacher turnover and renewals
        "ms27": lambda: top_events("tp_teacher_assigned", *H2_25, by="e.campus", agg="count(DISTINCT e.customer_id)",
                                   cond="e.assign_reason = 'teacher_left'", margin=3),
        "ms28": lambda: events_at("tp_teacher_assigned", "2025-09-01", "2025-12-31", "e.assign_reason = 'teacher_left'",
                                  distinct="e.customer_id"),
        "ms30": lambda: bottom_renew(*WINTER, by="x.campus", min_n=20, margin=0.1),
        "ms31": lambda: renew_rate(*WINTER, "x.campus_id = 'C4'"),
        "ms32": lambda: conv("renewal", *H1_25, cond="e.package_size = 24", both=False),
        # ---- exams
        "ms33": lambda: exam_rate("e.exam_result <> 'fail'", "e.exam_sitting = '2026-01'"),
        "ms34": lambda: exam_rate("e.exam_result <> 'fail'", "e.exam_sitting = '2025-07'"),
        "ms35": lambda: top_exam("e.exam_result = 'fail'", "e.campus", "e.exam_sitting = '2026-01'", margin=1.4),
        "ms36": lambda: exam_rate("e.\"考级结果\" = '优秀'", _in("e.ts", *Y25)),
        "ms37": lambda: top_exam("e.exam_result = 'fail'", "e.teacher_level", margin=1.5),
        "ms38": lambda: events_at("tp_exam_registered", "2025-10-01", "2025-11-30"),
        "ms39": lambda: conv("exam", "2025-04-01", "2025-05-31", both=False),
        # ---- money
        "ms40": lambda: orders(*Y25, cond="o.order_type = 'package'"),
        "ms41": lambda: orders(*quarter(2025, 4)),
        "ms42": lambda: orders(*quarter(2025, 4), status="refunded"),
        "ms43": lambda: per_customer(*Y25),
        "ms44": lambda: order_share("o.payment_method = 'installment'", *Y25,
                                    "o.order_type = 'package' AND o.purchase_type = 'new'"),
        "ms45": lambda: top_orders('o."乐器"', *Y25, cond="o.order_type = 'package'", margin=1.5),
        "ms46": lambda: orders(*H1_26, cond="o.order_type = 'rental'"),
        "ms47": lambda: orders(*quarter(2025, 4), agg="avg(o.amount)", cond="o.order_type = 'package'"),
        "ms48": lambda: orders(*quarter(2025, 2), agg="avg(o.amount)", cond="o.order_type = 'package'"),
        "ms49": lambda: orders_change(month(2026, 4), month(2026, 5), "o.order_type = 'package'"),
        "ms50": lambda: orders(*month(2025, 12), agg="count(*)", cond="o.order_type = 'package' AND "
                               "o.package_size = 96"),
        # ---- leads and customers
        "ms51": lambda: events_at("tp_lead", *month(2025, 7)),
        "ms52": lambda: events_change("tp_lead", ("2025-05-01", "2025-06-30"), ("2025-07-01", "2025-08-31")),
        "ms53": lambda: customers_share("c.age_band = 'adult'", PAYING),
        "ms54": lambda: events_share("tp_lead", "c.\"来源渠道\" = '小红书'", *Y25),
        "ms55": lambda: customers_count(f"{PAYING} AND c.campus_id = 'C5'"),
        # ---- feedback
        "ms57": lambda: fb_topic_count(NOISY_T),
        "ms58": lambda: top_fb_count("f.campus", NOISY_T, margin=2.0),
        "ms59": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "ms60": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 10, margin=0.3),
        "ms61": lambda: fb_avg("f.channel = 'dianping' AND f.campus_id = 'C2'", tol=0.03),
        "ms62": lambda: fb_topic_count(SCHED_T),
        "ms63": lambda: feedback_ids(EXAMP_T),
        "ms64": lambda: fb_avg(f"f.channel = 'nps_survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "ms65": lambda: fb_topic_count(PUSHY_T),
        "ms66": lambda: fb_ratio(NEG, f"{_in('f.ts', *quarter(2025, 4))} AND f.campus_id = 'C4'"),
        # ---- relative periods
        "ms71": lambda: events_at("tp_trial_attended", *month(2025, 10)),
        "ms72": lambda: events_at("tp_purchase", *month(2026, 6)),
        "ms73": lambda: events_at("tp_purchase", *month(2026, 5)),
        "ms74": lambda: events_at("tp_lead", "2025-03-03", "2025-03-09"),
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
