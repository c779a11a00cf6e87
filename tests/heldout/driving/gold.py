"""Gold answers for the 安途驾校 AnTu Driving School held-out batch, from plain DuckDB SQL over the raw CSVs written
by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- a customer = one row of customers (customer_id). "Leads" = all customers; "students" (学员) = customers with a
  tp_signup event (signup_at is set exactly for them); counts of people are distinct customer_id;
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint (any action: a failed exam
  counts as reaching that exam step) after reaching step k-1, within the journey window (enrol 30 d, licence 365 d,
  refund 30 d) from the first step-1 event in the period; later steps count even when they fall after the period
  end (the questions say so); rates per customer. Drop-off rate at step k = 1 - reached(k+1) / reached(k);
- per-customer step rates without a window ("of those who took a trial lesson in 2025, the share who signed up"):
  customers whose first A event is in the period and who have a B event after it, at any time;
- lead-to-student conversion of an acquisition channel = customers of that channel with a sign-up / customers of
  that channel (customers table, all data);
- time between steps = per customer, first B ts - first A ts over customers that have both with B after A, in days;
  the period is on A or on B as the question says (licences issued in … = by B; signed up in … = by A);
- exams: tp_subject1..4 events, action pass / fail, attempt_no; fail share = fail rows / exam rows; first-attempt
  pass rate = pass share of rows with attempt_no = 1;
- money = orders with status `paid` (cancelled and refunded orders are no revenue), by order ts; order types
  course_package, retake_fee, simulator_pack, extra_hours, post_licence_practice; "per paying student" = paid
  amount / distinct customers with a paid order in the period; package refund rate = refunded packages /
  (paid + refunded packages);
- twin columns: zh questions are gold-named by the zh value (campus 龙泉驿校区, 城市 成都, 班型 C2自动), en questions
  by the en twin (campus_en Longquanyi, region Chengdu, course_type C2_auto); coach ids / coach groups (YB-2) and
  acquisition channels (referral) are language-neutral codes;
- feedback: negative = sentiment_label 'neg' (generator truth) over dated rows of the period; "all data" includes
  rows without ts; lesson surveys = channel lesson_survey, post-licence survey = licence_survey (nps 0-10, promoters
  nps >= 9); complaint tickets = channel complaint_ticket; topic counts by text markers with a 5 % tolerance;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's as_of; 暑假 / summer holidays = 07-01 .. 08-31 as stated in the question.
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
    for t in ("touchpoints", "journeys", "customers", "orders", "feedback"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, types={{'attempt_no': 'INTEGER', 'lesson_hours': 'INTEGER',
                    'exam_score': 'INTEGER'}})""")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def _num(v, rel=0.002, floor=0.05):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(floor, abs(v) * rel), 2))


def _cnt(v):
    return dict(value=int(v), tolerance=0.5)


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _top(rows, margin, lowest=False, rel=True):
    a, b = rows[0][1], rows[1][1]
    if rel:
        ok = (b > a * margin) if lowest else (a > b * margin)
    else:
        ok = abs(a - b) > margin
    assert ok, rows[:4]
    return dict(top_entity=rows[0][0])


# ---------- funnels (DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end):
    """Counts reaching each step; step 1 in the period, later steps within the window even past the period end."""
    steps, window = _steps(journey)
    CON.execute("CREATE OR REPLACE TEMP TABLE fev AS SELECT customer_id, ts, touchpoint_id FROM events")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM fev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, frm=1, to=None):
    c = funnel(journey, start, end)
    return _rate(c[(to or len(c)) - 1] / c[frm - 1])


def dropoff(journey, start, end, step):
    c = funnel(journey, start, end)
    return _rate(1 - c[step] / c[step - 1])


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    c = funnel(journey, start, end)
    lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
    best = max(range(len(lost)), key=lambda i: lost[i])
    assert lost[best] > sorted(lost)[-2] * 1.3, (c, lost)
    return dict(top_entity=steps[best])


# ---------- per-customer step rates and times ----------

def _pair(a_tp, b_tp):
    return f"""a AS (SELECT customer_id, min(ts) ta, arg_min(campus, ts) campus, arg_min(campus_en, ts) campus_en
                     FROM events WHERE touchpoint_id = '{a_tp}' GROUP BY 1),
               b AS (SELECT customer_id, min(ts) tb FROM events WHERE touchpoint_id = '{b_tp}' GROUP BY 1)"""


def step_rate(a_tp, b_tp, start, end, cond="1=1"):
    v = one(f"""WITH {_pair(a_tp, b_tp)}
                SELECT avg((b.tb IS NOT NULL AND b.tb > a.ta)::int) FROM a LEFT JOIN b USING (customer_id)
                WHERE {_in('a.ta', start, end)} AND ({cond})""")
    return _rate(v)


def step_time(a_tp, b_tp, start, end, by="b", agg="avg", cond="1=1"):
    v = one(f"""WITH {_pair(a_tp, b_tp)}
                SELECT {agg}(epoch(tb - ta) / 86400.0) FROM a JOIN b USING (customer_id)
                WHERE tb > ta AND {_in('t' + by, start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.1, v * 0.02), 3))


def rank_step_time(a_tp, b_tp, by, start, end, margin=1.3):
    rows = q(f"""WITH {_pair(a_tp, b_tp)}
                 SELECT {by}, avg(epoch(tb - ta) / 86400.0) d FROM a JOIN b USING (customer_id)
                 WHERE tb > ta AND {_in('ta', start, end)} GROUP BY 1 ORDER BY d DESC""")
    return _top(rows, margin)


def wait_over(a_tp, b_tp, start, end, days, share=False):
    agg = f"avg((epoch(tb - ta) / 86400.0 > {days})::int)" if share else f"count_if(epoch(tb - ta) / 86400.0 > {days})"
    v = one(f"""WITH {_pair(a_tp, b_tp)} SELECT {agg} FROM a JOIN b USING (customer_id)
                WHERE tb > ta AND {_in('ta', start, end)}""")
    return _rate(v) if share else _cnt(v)


# ---------- exams ----------

def fail_share(cond="1=1"):
    return _rate(one(f"""SELECT avg((action = 'fail')::int) FROM events e
                         WHERE touchpoint_id LIKE 'tp_subject%' AND ({cond})"""))


def first_pass(cond="1=1"):
    return _rate(one(f"""SELECT avg((action = 'pass')::int) FROM events e
                         WHERE touchpoint_id LIKE 'tp_subject%' AND attempt_no = 1 AND ({cond})"""))


def top_fail_subject():
    rows = q("""SELECT touchpoint_id, avg((action = 'fail')::int) r FROM events
                WHERE touchpoint_id LIKE 'tp_subject%' GROUP BY 1 ORDER BY r DESC""")
    return _top(rows, 1.5)


def rank_first_pass(by, lowest=True, margin=0.05):
    rows = q(f"""SELECT {by}, avg((e.action = 'pass')::int) r FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = 'tp_subject2' AND e.attempt_no = 1 GROUP BY 1
                 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    return _top(rows, margin, rel=False)


# ---------- events / customers ----------

def events_at(tp, start, end, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return _cnt(one(f"SELECT {what} FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"))


def top_events(tp, start, end, by, margin=1.1):
    rows = q(f"""SELECT {by}, count(*) n FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 GROUP BY 1 ORDER BY n DESC""")
    return _top(rows, margin)


def per_student_events(tp, agg_expr, cond_students):
    v = one(f"""SELECT avg(n) FROM (SELECT c.customer_id, coalesce(sum({agg_expr}), 0) n FROM customers c
                LEFT JOIN events e ON e.customer_id = c.customer_id AND e.touchpoint_id = '{tp}'
                WHERE {cond_students} GROUP BY 1)""")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.01), 3))


def lesson_hours_per_student(start, end):
    v = one(f"""SELECT sum(lesson_hours) / count(DISTINCT customer_id) FROM events e
                WHERE touchpoint_id = 'tp_road_lesson' AND {_in('e.ts', start, end)}""")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.01), 3))


def customers_count(cond):
    return _cnt(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def customers_share(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"))


def top_customers(by, cond="1=1", margin=1.1, lowest=False):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}")
    return _top(rows, margin, lowest=lowest)


def top_channel_conv(margin=0.08):
    rows = q("""SELECT acquisition_channel, avg((signup_at IS NOT NULL)::int) r FROM customers
                GROUP BY 1 ORDER BY r DESC""")
    return _top(rows, margin, rel=False)


def licensed_referrer_share():
    return _rate(one("""SELECT avg((r.customer_id IS NOT NULL)::int) FROM
                        (SELECT DISTINCT customer_id FROM events WHERE touchpoint_id = 'tp_licence') l
                        LEFT JOIN (SELECT DISTINCT customer_id FROM events WHERE touchpoint_id = 'tp_referral') r
                        USING (customer_id)"""))


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return _cnt(v) if agg.startswith("count") else _num(v)


def orders_all(agg, cond):
    v = one(f"SELECT {agg} FROM orders o WHERE {cond}")
    return _cnt(v) if agg.startswith("count") else _num(v)


def per_paying(start, end, cond="1=1"):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o
                WHERE status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return _num(v, rel=0.005)


def top_orders(by, start, end, cond="1=1", margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    return _top(rows, margin)


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_count(cond):
    return _cnt(one(f"SELECT count(*) FROM feedback f WHERE {cond}"))


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, tol=0.02):
    return dict(value=round(one(f"SELECT avg(f.rating) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def top_fb(by, cond, margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    return _top(rows, margin)


def lowest_group_rating(margin=0.4):
    rows = q("""SELECT coach_group, avg(rating) a FROM feedback WHERE channel = 'lesson_survey' AND rating IS NOT NULL
                GROUP BY 1 ORDER BY a ASC""")
    assert rows[1][1] - rows[0][1] > margin, rows[:4]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


ALL = ("2024-07-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
NEG = "f.sentiment_label = 'neg'"
VISIT, TRIAL, SIGN, FIRST = "tp_mp_visit", "tp_trial_lesson", "tp_signup", "tp_first_lesson"
LIC, REQ, DONE = "tp_licence", "tp_refund_request", "tp_refund_done"
T_ATTITUDE = _like("f.text", ["态度", "骂", "吼", "凶", "不耐烦", "抽烟", "红包", "rude", "yell", "shout", "smoke",
                              "red envelope", "impatient"])
T_SCHEDULE = _like("f.text", ["约不到", "约满", "排课", "排不上", "等了好久", "can't book", "lesson slot",
                              "fully booked", "waited far too long"])
T_S2 = _like("f.text", ["科目二", "subject 2"])
T_PAY = _like("f.text", ["支付", "付款", "payment"])
T_REFUND = _like("f.text", ["退费", "refund"])


def gold() -> dict:
    return {
        # ---- funnels / conversion
        "dv01": lambda: conv("enrol", *Y25),
        "dv02": lambda: top_lost("licence", *H1_25),
        "dv03": lambda: conv("licence", *quarter(2025, 1)),
        "dv04": lambda: dropoff("licence", *Y25, 3),
        "dv05": lambda: top_channel_conv(),
        "dv06": lambda: customers_share("c.signup_at IS NOT NULL", "c.acquisition_channel = 'douyin'"),
        "dv07": lambda: customers_share("c.signup_at IS NOT NULL", "c.acquisition_channel = 'referral'"),
        "dv08": lambda: step_rate(TRIAL, SIGN, *Y25),
        "dv09": lambda: conv("enrol", *month(2025, 11)),
        "dv10": lambda: conv("enrol", *month(2025, 10)),
        "dv11": lambda: conv("refund", *Y25),
        # ---- exams
        "dv12": lambda: top_fail_subject(),
        "dv13": lambda: first_pass("e.touchpoint_id = 'tp_subject2'"),
        "dv14": lambda: first_pass("e.touchpoint_id = 'tp_subject3'"),
        "dv15": lambda: rank_first_pass("c.course_type"),
        "dv16": lambda: dict(value=round(one(f"""SELECT avg(attempt_no) FROM events e WHERE touchpoint_id = 'tp_subject2'
                                              AND action = 'pass' AND {_in('e.ts', *Y25)}"""), 3), tolerance=0.02),
        "dv51": lambda: fail_share(f"e.touchpoint_id = 'tp_subject2' AND {_in('e.ts', *H1_26)}"),
        "dv52": lambda: fail_share(f"e.touchpoint_id = 'tp_subject2' AND {_in('e.ts', *H1_25)}"),
        # ---- time between steps
        "dv18": lambda: step_time(SIGN, LIC, *Y25, by="b"),
        "dv19": lambda: step_time(SIGN, LIC, *H1_26, by="b", agg="median"),
        "dv20": lambda: rank_step_time(SIGN, FIRST, "a.campus_en", *ALL),
        "dv21": lambda: step_time(SIGN, FIRST, *Y25, by="a", cond="a.campus = '龙泉驿校区'"),
        "dv22": lambda: step_time(SIGN, FIRST, *Y25, by="a", cond="a.campus = '高新校区'"),
        "dv23": lambda: wait_over(SIGN, FIRST, *Y25, 14),
        "dv24": lambda: wait_over(SIGN, FIRST, *Y25, 14, share=True),
        "dv25": lambda: step_time(REQ, DONE, *Y25, by="a"),
        "dv26": lambda: step_time(REQ, DONE, "2026-01-01", "2026-02-28", by="a"),
        # ---- per-customer averages
        "dv28": lambda: per_student_events("tp_road_lesson", "(e.customer_id IS NOT NULL)::int",
                                           f"""c.customer_id IN (SELECT customer_id FROM events WHERE
                                               touchpoint_id = '{LIC}' AND {_in('ts', *Y25)})"""),
        "dv29": lambda: lesson_hours_per_student(*Y25),
        "dv30": lambda: per_paying(*Y25),
        # ---- money
        "dv32": lambda: orders(*Y25),
        "dv33": lambda: orders(*quarter(2025, 4), cond="o.order_type = 'course_package'"),
        "dv34": lambda: orders_all("count(*)", "o.order_type = 'course_package' AND o.status = 'refunded'"),
        "dv35": lambda: _rate(one("""SELECT avg((status = 'refunded')::int) FROM orders
                                     WHERE order_type = 'course_package' AND status IN ('paid', 'refunded')""")),
        "dv36": lambda: top_orders("o.campus_en", *Y25, cond="o.order_type = 'course_package'", margin=1.1),
        "dv37": lambda: orders(*Y25, cond="o.order_type = 'retake_fee'"),
        "dv38": lambda: orders(*month(2025, 11), agg="count(*)", status="cancelled",
                               cond="o.order_type = 'course_package'"),
        # ---- shares / segments / rankings
        "dv39": lambda: customers_share("c.班型 = 'C2自动'", "c.signup_at IS NOT NULL"),
        "dv40": lambda: licensed_referrer_share(),
        "dv41": lambda: customers_count(f"c.acquisition_channel = 'referral' AND {_in('c.signup_at', *Y25)}"),
        "dv42": lambda: top_customers("c.region", _in("c.signup_at", *Y25), margin=1.15),
        "dv43": lambda: top_customers("c.班型", "c.signup_at IS NOT NULL", margin=1.5, lowest=True),
        "dv44": lambda: top_fb("f.coach_group", "f.channel = 'complaint_ticket'", margin=3),
        "dv45": lambda: lowest_group_rating(),
        "dv46": lambda: top_events(TRIAL, *Y25, "e.campus_en", margin=1.1),
        "dv47": lambda: top_customers("c.acquisition_channel", margin=1.4),
        # ---- trends / periods
        "dv48": lambda: events_at(SIGN, *month(2025, 11)),
        "dv49": lambda: events_at(SIGN, *month(2025, 10)),
        "dv53": lambda: events_at(SIGN, "2025-07-01", "2025-08-31"),
        "dv54": lambda: events_at("tp_road_lesson", "2025-08-11", "2025-08-17"),
        "dv55": lambda: events_at(LIC, *month(2026, 6)),
        "dv56": lambda: events_at(SIGN, *quarter(2026, 2)),
        "dv57": lambda: orders(*H2_25),
        # ---- feedback
        "dv60": lambda: fb_topic_count(T_ATTITUDE),
        "dv61": lambda: fb_topic_count(T_SCHEDULE),
        "dv62": lambda: top_fb("f.campus_en", T_SCHEDULE, margin=2),
        "dv63": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 4))),
        "dv64": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 2))),
        "dv65": lambda: fb_avg(f"f.channel = 'lesson_survey' AND {_in('f.ts', *Y25)}"),
        "dv66": lambda: fb_ratio("f.nps >= 9", "f.channel = 'licence_survey' AND f.nps IS NOT NULL"),
        "dv67": lambda: feedback_ids(f"{T_S2} AND {NEG}"),
        "dv69": lambda: fb_count("f.ts IS NULL"),
        "dv70": lambda: fb_avg("f.channel = 'lesson_survey' AND f.coach_group = 'YB-2'"),
        "dv71": lambda: fb_topic_count(f"{T_PAY} AND {_in('f.ts', *month(2025, 11))}"),
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
        print(it["id"], it["question"][:70], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
