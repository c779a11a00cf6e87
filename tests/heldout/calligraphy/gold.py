"""Gold answers for the 墨韵 InkFlow held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (trial 30 d, homework 14 d, exam 60 d,
  renewal 180 d); rates are per customer (people); the tolerance covers both readings (later steps allowed after the
  period end, or not). "Where do we lose the most" = the step whose next step is not reached by the most people
  (loss between step k and k+1 attributed to step k). A funnel split by a customer attribute filters the step-1
  people by it (customers table);
- "students in term X" = distinct customers with a tp_enrol or tp_renew event whose `term` is X; "renewed for term
  Y" = that customer has a tp_renew event with term Y; campus / student type from the term-X enrolment event;
- a homework = one `session_id` (HW000123) holding tp_homework and tp_critique; critique turnaround = critique ts -
  upload ts (only critiqued homework), period by the upload date; hours / days as asked; "longer than" is strict;
- cancelled classes = distinct `class_session_id` of tp_class_cancel events (one notice per student is sent for each
  cancelled class); the campus / term / reason are the event's columns;
- money = orders with status `paid` by order ts (refunded orders are no revenue); revenue = term fees + holiday
  intensive fees + exam fees + material kits; refunds = `refund_amount` of tp_refund events by refund date; kit
  refund rate = refunded / all material-kit orders placed in the period; spend per paying customer = paid amount /
  customers with >= 1 paid order in the period;
- new enrolments = tp_enrol events (first term only; renewals are tp_renew); exam pass rate = tp_exam events with
  exam_result = 'pass' / all tp_exam events (students who sat), by exam date;
- customer attributes are as stored (end of data); zh questions are checked against the Chinese twins (campus,
  城市, 课程, 学员类型, 停课原因, 材料包), en ones against campus_en / region / course_en / student_type /
  acquisition_channel / age_band / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `app_review`; rating by step = feedback.touchpoint_id over rows
  with a rating; negative = 1-2 stars; NPS = `nps` (0-10) of channel term_survey;
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


def q(sql):
    return CON.execute(sql).fetchall()


def one(sql):
    return q(sql)[0][0]


def _in(col, start, end):
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


# ---------- funnels ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1", steps=None, window=None):
    js, jw = _steps(journey) if journey else (None, None)
    steps, window = steps or js, window or jw
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


def conv(journey, start, end, cond="1=1", steps=None, window=None):
    vals = [funnel(journey, start, end, b, cond, steps, window) for b in (False, True)]
    v = [c[-1] / c[0] for c in vals]
    return dict(value=round(v[0], 4), tolerance=round(max(0.01, abs(v[0] - v[1]) + 0.005), 4))


def rank_conv(journey, start, end, by, lowest=False, min_n=30, margin=1.2, steps=None, window=None, trap=False):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded, f"{by} = '{g}'", steps, window)
            if c[0]:
                rows.append((g, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        big = [r for r in rows if r[2] >= min_n]
        if lowest:
            assert big[1][1] > big[0][1] * margin, big[:3]
        else:
            assert big[0][1] > big[1][1] * margin, big[:3]
        if trap:
            assert rows[0][0] != big[0][0], rows[:3]
        tops.add(big[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def trial_campus(start, end, min_n, col="campus_en"):
    """trial attendees (first trial in the period, campus from that event) enrolling within 30 days of the trial."""
    rows = q(f"""WITH a AS (SELECT customer_id, arg_min({col}, ts) campus, min(ts) t FROM events
                 WHERE touchpoint_id = 'tp_trial_attend' AND {_in('ts', start, end)} GROUP BY 1)
                 SELECT campus, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = a.customer_id
                   AND e.touchpoint_id = 'tp_enrol' AND e.ts > a.t AND e.ts <= a.t + INTERVAL 30 DAY))::int) r,
                   count(*) n FROM a GROUP BY 1 ORDER BY r DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * 1.1, big[:3]
    assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


# ---------- terms ----------

def _term_students(term, nxt, cond="1=1"):
    return f"""WITH a AS (SELECT customer_id, arg_min(campus, ts) campus, arg_min(campus_en, ts) campus_en,
                arg_min(student_type, ts) student_type, arg_min("学员类型", ts) "学员类型" FROM events
                WHERE touchpoint_id IN ('tp_enrol', 'tp_renew') AND term = '{term}' GROUP BY 1),
               r AS (SELECT DISTINCT customer_id FROM events WHERE touchpoint_id = 'tp_renew' AND term = '{nxt}')
               SELECT *, (r.customer_id IS NOT NULL)::int renewed FROM a LEFT JOIN r USING (customer_id)
               WHERE {cond}"""


def renew_rate(term, nxt, cond="1=1"):
    v = one(f"SELECT avg(renewed) FROM ({_term_students(term, nxt, cond)})")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_renew(term, nxt, by, lowest=True, margin=1.2):
    rows = q(f"SELECT {by}, avg(renewed) r, count(*) FROM ({_term_students(term, nxt)}) GROUP BY 1 "
             f"ORDER BY r {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows
    else:
        assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def cancelled_sessions(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(DISTINCT class_session_id) FROM events WHERE touchpoint_id = "
                          f"'tp_class_cancel' AND {_in('ts', start, end)} AND ({cond})"), tolerance=0.5)


def top_cancelled(by, start, end, margin=1.5):
    for expr in ("count(DISTINCT class_session_id)", "count(*)"):
        rows = q(f"SELECT {by}, {expr} n FROM events WHERE touchpoint_id = 'tp_class_cancel' "
                 f"AND {_in('ts', start, end)} GROUP BY 1 ORDER BY n DESC")
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def share_with_cancel(term):
    v = one(f"""WITH s AS (SELECT DISTINCT customer_id FROM events WHERE touchpoint_id IN ('tp_enrol', 'tp_renew')
                AND term = '{term}'), x AS (SELECT DISTINCT customer_id FROM events WHERE
                touchpoint_id = 'tp_class_cancel' AND term = '{term}')
                SELECT avg((x.customer_id IS NOT NULL)::int) FROM s LEFT JOIN x USING (customer_id)""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- homework ----------

def _hw(start, end, cond):
    return f"""FROM (SELECT session_id, min(ts) t, any_value(campus_en) campus_en, any_value(campus) campus
                     FROM events WHERE touchpoint_id = 'tp_homework' GROUP BY 1) a
               JOIN (SELECT session_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_critique' GROUP BY 1) b
               USING (session_id) WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


UNITS = {"hours": 3600.0, "days": 86400.0}


def critique_time(start, end, cond="1=1", unit="hours", agg="median"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_hw(start, end, cond)}")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))


def critique_share_over(start, end, hours):
    v = one(f"SELECT avg((epoch(b.t - a.t) / 3600 > {hours})::int) {_hw(start, end, '1=1')}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_critique_time(start, end, by, margin=1.5):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t)) m {_hw(start, end, '1=1')} GROUP BY 1 ORDER BY m DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def critiqued_share(start, end):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events b WHERE b.session_id = a.session_id
                AND b.touchpoint_id = 'tp_critique'))::int) FROM events a
                WHERE a.touchpoint_id = 'tp_homework' AND {_in('a.ts', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b):
    x = events_at(tp, *a)["value"]
    y = events_at(tp, *b)["value"]
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_sum(tp, col, start, end):
    v = float(one(f"SELECT sum({col}) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', start, end)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_events_share(tp, num, by, start, end, min_n, lowest=True, margin=1.15):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events WHERE touchpoint_id = '{tp}' "
             f"AND {_in('ts', start, end)} GROUP BY 1 ORDER BY r {'' if lowest else 'DESC'}")
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        assert big[1][1] > big[0][1] * margin, big
    else:
        assert big[0][1] > big[1][1] * margin, big
    return dict(top_entity=big[0][0])


def top_events(tp, by, start, end, margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', start, end)} "
             f"GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def per_customer_events(tp, start, end):
    v = float(one(f"SELECT count(*) / count(DISTINCT customer_id) FROM events WHERE touchpoint_id = '{tp}' "
                  f"AND {_in('ts', start, end)}"))
    return dict(value=round(v, 3), tolerance=round(max(0.02, v * 0.01), 3))


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE {_in('ts', start, end)} AND ({cond})"), tolerance=0.5)


def orders_change(a, b, cond="1=1"):
    x = float(orders(*a, cond)["value"])
    y = float(orders(*b, cond)["value"])
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def kit_refund_rate(start, end, cond="1=1"):
    v = one(f"SELECT avg((status = 'refunded')::int) FROM orders o WHERE order_type = 'material_kit' "
            f"AND {_in('ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(by, start, end, cond="1=1", margin=1.2, status="paid"):
    rows = q(f"SELECT {by}, sum(amount) n FROM orders o WHERE status = '{status}' AND {_in('ts', start, end)} "
             f"AND ({cond}) GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_orders_n(by, start, end, cond, margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM orders o WHERE {_in('ts', start, end)} AND ({cond}) "
             f"GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def per_customer(start, end, cond="1=1"):
    v = float(one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                      LEFT JOIN customers c USING (customer_id)
                      WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"""))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def top_per_customer(by, start, end, min_n=1, margin=1.1, trap=False):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def _check_topic(cond, topic):
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_count(cond, period="1=1"):
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


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
AUT_25 = ("2025-09-01", "2025-12-31")
SPR_26 = ("2026-03-01", "2026-06-30")
ALL = ("2025-01-01", "2026-06-30")
APP = "f.channel = 'app_review'"
CANCEL_T = _like("f.text", ["停课", "调课", "停了好几次课", "cancel"])
CROWD_T = _like("f.text", ["太挤", "人太多", "crowded", "too many kids", "packed room"])
SLOW_T = _like("f.text", ["点评太慢", "没点评", "点评等了", "critique"])
KIT_T = _like("f.text", ["掉毛", "shed"])
REFUND_T = _like("f.text", ["还没到账", "退费太慢", "refund still", "dragging on"])
PRAISE_T = _like("f.text", ["耐心", "patient"])


def gold():
    return {
        # funnels / conversion
        "cg01": lambda: conv("trial", *Y25),
        "cg02": lambda: top_lost("trial", *Q3_25),
        "cg03": lambda: rank_conv("trial", *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "cg04": lambda: conv("trial", *Y25, cond="c.acquisition_channel = 'referral'"),
        "cg05": lambda: conv(None, *Y25, steps=["tp_trial_attend", "tp_enrol"], window=30),
        "cg06": lambda: trial_campus(*H1_26, min_n=100),
        "cg07": lambda: renew_rate("2025A", "2026S"),
        "cg08": lambda: rank_renew("2025A", "2026S", '"campus"'),
        "cg09": lambda: renew_rate("2025A", "2026S", "campus_en = 'Hangzhou West Lake'"),
        "cg10": lambda: rank_renew("2025S", "2025A", "student_type", lowest=False),
        "cg11": lambda: renew_rate("2025S", "2025A", "student_type = 'adults'"),
        # cancellations
        "cg13": lambda: top_cancelled("campus", *AUT_25),
        "cg14": lambda: cancelled_sessions(*AUT_25, "campus_id = 'SZ1'"),
        "cg15": lambda: share_with_cancel("2025A"),
        "cg16": lambda: top_cancelled('"停课原因"', *ALL),
        # critique
        "cg17": lambda: critique_time(*Q4_25),
        "cg18": lambda: critique_time(*Q4_25, "campus_en = 'Online campus'", unit="days"),
        "cg19": lambda: top_critique_time(*Q4_25, "campus_en"),
        "cg20": lambda: critique_share_over(*Q4_25, 72),
        "cg21": lambda: critiqued_share(*Y25),
        # money
        "cg23": lambda: orders(*Q3_25),
        "cg24": lambda: orders(*month(2026, 3)),
        "cg25": lambda: orders(*month(2026, 2)),
        "cg26": lambda: orders(*Y25, "order_type = 'material_kit'"),
        "cg27": lambda: orders_change(H1_25, H1_26),
        "cg28": lambda: orders(*H2_25, "order_type = 'exam_fee'"),
        "cg29": lambda: events_sum("tp_refund", "refund_amount", *Q2_26),
        "cg30": lambda: top_orders("course_en", *Y25, "order_type = 'term_fee'"),
        "cg31": lambda: top_orders('"课程"', *H1_26, "order_type = 'term_fee'"),
        "cg32": lambda: per_customer(*Y25),
        "cg33": lambda: per_customer(*Y25, "c.\"学员类型\" = '成人'"),
        "cg34": lambda: top_per_customer("c.age_band", *Y25, margin=1.2),
        "cg35": lambda: kit_refund_rate("2026-03-01", "2026-04-30"),
        "cg36": lambda: kit_refund_rate(*Y25),
        "cg37": lambda: top_orders_n('"材料包"', *H1_26, "order_type = 'material_kit' AND status = 'refunded'"),
        # counts / trends
        "cg39": lambda: events_at("tp_enrol", "2025-09-01", "2025-09-07"),
        "cg40": lambda: events_at("tp_enrol", *month(2026, 3)),
        "cg41": lambda: events_at("tp_enrol", *month(2026, 2)),
        "cg44": lambda: events_change("tp_trial_attend", Q3_25, Q4_25),
        "cg46": lambda: events_at("tp_exam", *month(2026, 1)),
        "cg47": lambda: events_share("tp_exam", "exam_result = 'pass'", *month(2025, 7)),
        "cg48": lambda: rank_events_share("tp_exam", "exam_result = 'pass'", "course_en", *ALL, min_n=20),
        # customers
        "cg50": lambda: customers_share("c.student_type = 'adults'"),
        "cg51": lambda: customers_count("c.\"城市\" = '苏州' AND c.segment = 'active'"),
        "cg52": lambda: customers_count("c.signup_at >= DATE '2025-04-01' AND c.signup_at < DATE '2025-07-01'"),
        "cg53": lambda: top_customers('c."城市"', "c.\"城市\" <> '杭州'", margin=1.1),
        # feedback
        "cg54": lambda: fb_count(CROWD_T),
        "cg55": lambda: top_fb_count("f.campus_en", CROWD_T),
        "cg56": lambda: fb_avg(f"{APP} AND f.campus_en = 'Hangzhou West Lake' AND {_in('f.ts', *SPR_26)}"),
        "cg57": lambda: fb_count(SLOW_T),
        "cg58": lambda: top_fb_count("f.campus", SLOW_T),
        "cg59": lambda: fb_ratio("f.rating <= 2", f"{APP} AND f.rating IS NOT NULL AND {_in('f.ts', *Y25)}"),
        "cg60": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), min_n=30, margin=0.3),
        "cg61": lambda: fb_avg(f"{APP} AND f.campus_id = 'SZ1' AND {_in('f.ts', *AUT_25)}"),
        "cg62": lambda: fb_avg(f"{APP} AND f.campus_id = 'SZ1' AND {_in('f.ts', '2025-03-01', '2025-06-30')}"),
        "cg63": lambda: rank_fb_avg('f.city', f"{APP} AND {_in('f.ts', *Y25)}", min_n=80, highest=True),
        "cg64": lambda: fb_count(KIT_T, _in("f.ts", "2026-01-01", "2026-06-30")),
        "cg65": lambda: feedback_ids(f"{CANCEL_T} AND f.campus_id = 'SZ1'"),
        "cg67": lambda: fb_avg(f"f.channel = 'term_survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "cg68": lambda: fb_avg(f"f.channel = 'trial_survey' AND {_in('f.ts', *Y25)}"),
        "cg69": lambda: fb_count(CANCEL_T, _in("f.ts", *H2_25)),
    }


def checks():
    for cond, topic in ((CANCEL_T, "class_cancel"), (CROWD_T, "crowded"), (SLOW_T, "slow_critique"),
                        (KIT_T, "kit_defect"), (REFUND_T, "refund_slow"), (PRAISE_T, "teacher_praise")):
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
        print(it["id"], it["lang"], it["question"][:60], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
