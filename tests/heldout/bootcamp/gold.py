"""Gold answers for the coding-bootcamp (码上 CodeUp) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching step
  k-1, within the journey's window (window_days) from their first step-1 event in the period. Each rate is computed
  twice, with later steps allowed after the period end and with every step required inside the period; the tolerance
  covers both (`conv`). Where the question says later steps may fall after the period, only the open version is used
  (`conv_open`). A rate "from step a to step b" = reached b / reached a in that funnel; drop-off of a step = 1 - reached
  next / reached this step;
- "people / leads / students / 学员 / 人" = distinct customer_id. A lead = a tp_lead event (one per customer); a trial
  booking = a tp_trial_booked event, its outcome in `trial_status` (attended, no_show, cancelled, scheduled); an
  enrolment = a tp_deposit event (one per customer); a student who "started" = a tp_course_start event (one per
  customer, dated at the cohort's first class); drop-out / graduation / job of a started student = the customer has a
  tp_dropout / tp_graduate / tp_job event (at any time up to the end of the data);
- a customer's lead source / city / education / work status = the customers row (acquisition_channel /
  lead_source_zh, city / city_zh, education / education_en, work_status / work_status_en); course, class mode and
  teacher of an event are the event's own columns (course / course_en, class_mode / class_mode_en, teacher_id);
- time between two steps = days (fractional, epoch difference / 86400) from the customer's first event at the first
  step to their first event at the second step after it; the cohort is the period of the *second* step;
- TA response time = `ta_response_hours` of tp_ta_help events, dated by the event ts, mode = the event's class_mode;
- money = orders with status `paid` (deposits, full tuition, installments) dated by the order `ts`; refunds = orders
  with status `refunded`, dated by `refunded_at` when the question says when the money went back; spend per paying
  customer = paid amount / distinct customers with a paid order in the period;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value; complaint-topic counts use text markers with a
  5 % tolerance, checked against the truth topic; "all feedback" includes public reviews without a date or customer, a
  period filter keeps dated rows only; the city of a comment = its customer's city (public reviews have none);
  average rating by step = every rated row by touchpoint_id;
- periods are inclusive calendar dates; weeks run Monday..Sunday; relative periods resolve against `as_of` (else
  2026-05-31, the last day of the data).
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
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    all_varchar=true)""")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'trial_at': 'TIMESTAMP', 'ta_response_hours': 'DOUBLE',
                    'demo_score': 'DOUBLE', 'score': 'DOUBLE', 'week_no': 'DOUBLE', 'installment_no': 'DOUBLE',
                    'refund_amount': 'DOUBLE', 'call_minutes': 'DOUBLE', 'course_weeks': 'DOUBLE',
                    'session_id': 'VARCHAR', 'device': 'VARCHAR', 'teacher_id': 'VARCHAR', 'cohort_id': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'refunded_at': 'TIMESTAMP',
                    'list_price': 'DOUBLE', 'installment_no': 'DOUBLE', 'installment_total': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE', 'teacher_id': 'VARCHAR', 'touchpoint_id': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    for tp in ("tp_lead", "tp_deposit", "tp_course_start", "tp_graduate", "tp_tuition"):
        assert one(f"SELECT count(*) FROM (SELECT customer_id FROM events WHERE touchpoint_id = '{tp}' "
                   "GROUP BY 1 HAVING count(*) > 1)") == 0, tp
    assert one("""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                  WHERE e.city <> c.city OR e.course <> c.course_interest""") == 0
    assert one("SELECT max(ts) FROM events").date().isoformat() <= "2026-05-31"


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


# ---------- funnels (DATA.md rule) ----------

def _steps(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust=None, ev_cond=None, bounded=False) -> list[int]:
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
    if ev_cond:
        ev += f" AND ({ev_cond})"
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM ev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def _rate(c, a, b, drop):
    r = c[(b or len(c)) - 1] / c[a - 1]
    return 1 - r if drop else r


def conv(journey, start, end, a=1, b=None, drop=False, **kw):
    vals = [_rate(funnel(journey, start, end, bounded=bd, **kw), a, b, drop) for bd in (False, True)]
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_open(journey, start, end, a=1, b=None, drop=False, **kw):
    return dict(value=round(_rate(funnel(journey, start, end, **kw), a, b, drop), 4), tolerance=0.01)


def top_lost(journey, start, end, **kw):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.3, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, min_n=100, gap=0.03, a=1, b=None, open_only=False):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in ((False,) if open_only else (False, True)):
        rates, n = {}, {}
        for v in vals:
            c = funnel(journey, start, end, cust=f"{column} = '{v}'", bounded=bounded)
            if c[a - 1] >= min_n:
                rates[v] = c[(b or len(c)) - 1] / c[a - 1]
                n[v] = c[a - 1]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- started students ----------

def _started(start, end, cond="1=1"):
    return f"""SELECT s.customer_id, s.teacher_id, s.course, s.course_en, s.class_mode, s.class_mode_en, c.*
               FROM events s JOIN customers c USING (customer_id)
               WHERE s.touchpoint_id = 'tp_course_start' AND {_in('s.ts', start, end)} AND ({cond})"""


def started_share(tp, start, end, cond="1=1"):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events x WHERE x.customer_id = st.customer_id
                                    AND x.touchpoint_id = '{tp}'))::int) FROM ({_started(start, end, cond)}) st""")
    return dict(value=round(v, 4), tolerance=0.01)


def per_started(tp, start, end, cond="1=1"):
    v = one(f"""SELECT (SELECT count(*) FROM events x WHERE x.touchpoint_id = '{tp}' AND x.customer_id IN
                        (SELECT customer_id FROM ({_started(start, end, cond)})))
                       / (SELECT count(*) FROM ({_started(start, end, cond)}))""")
    return dict(value=round(v, 3), tolerance=0.05)


# ---------- time between steps ----------

def _gaps(a_tp, b_tp, start, end, cond="1=1"):
    return f"""WITH a AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = '{a_tp}' GROUP BY 1),
               b AS (SELECT e.customer_id, min(e.ts) t FROM events e JOIN a USING (customer_id)
                     WHERE e.touchpoint_id = '{b_tp}' AND e.ts > a.t GROUP BY 1),
               k AS (SELECT customer_id, any_value(course) course, any_value(course_en) course_en FROM events
                     GROUP BY 1)
               SELECT c.*, k.course, k.course_en, epoch(b.t - a.t) / 86400 AS days
               FROM a JOIN b USING (customer_id) JOIN customers c USING (customer_id) JOIN k USING (customer_id)
               WHERE {_in('b.t', start, end)} AND ({cond})"""


def gap(a_tp, b_tp, start, end, agg="median", cond="1=1"):
    v = one(f"SELECT {agg}(days) FROM ({_gaps(a_tp, b_tp, start, end, cond)})")
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.03), 2))


def gap_share(a_tp, b_tp, start, end, limit, cond="1=1"):
    v = one(f"SELECT avg((days > {limit})::int) FROM ({_gaps(a_tp, b_tp, start, end, cond)})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_gap(a_tp, b_tp, start, end, col, gap_days=3, agg="median", lowest=False):
    rows = q(f"""SELECT {col}, {agg}(days) d FROM ({_gaps(a_tp, b_tp, start, end)}) GROUP BY 1
                 ORDER BY d {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[0][1] - rows[1][1]) > gap_days, rows
    return dict(top_entity=rows[0][0])


# ---------- events / customers ----------

def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} "
                          f"AND ({cond})", tp), tolerance=0.5)


def change(tp, prev, cur, cond="1=1"):
    a = users_at(tp, *prev, cond)["value"]
    b = users_at(tp, *cur, cond)["value"]
    return dict(value=round((b - a) / a, 4), tolerance=0.01)


def share_events(tp, start, end, num, cond="1=1"):
    v = one(f"""SELECT avg(({num})::int) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp)
    return dict(value=round(v, 4), tolerance=0.01)


def avg_events(tp, start, end, col, cond="1=1"):
    v = one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})",
            tp)
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.02), 2))


def top_avg_events(tp, start, end, col, by, min_n=30, gap=2.0):
    rows = q(f"""SELECT {by}, avg({col}) a, count(*) n FROM events e WHERE e.touchpoint_id = ?
                 AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a DESC""", tp)
    assert rows[0][1] > rows[1][1] + gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events(tp, col, start, end, cond="1=1", gap=1.5):
    rows = q(f"""SELECT {col}, count(*) n FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                 AND ({cond}) GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def monthly_peak(tp, start, end, agg="count(*)", cond="1=1"):
    rows = q(f"""SELECT strftime(e.ts, '%Y-%m') m, {agg} v FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY v DESC""", tp)
    assert rows[0][1] > rows[1][1] * 1.1, rows[:3]
    v = rows[0][1]
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.02), 2))


def customers_share(num):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c"), 4), tolerance=0.01)


def top_customers(col, gap=1.2):
    rows = q(f"SELECT {col}, count(*) n FROM customers c GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def never_booked():
    v = one("""SELECT count(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM events e
               WHERE e.customer_id = c.customer_id AND e.touchpoint_id = 'tp_trial_booked')""")
    assert v == one("SELECT count(*) FROM customers WHERE segment = 'lead'")
    return dict(value=v, tolerance=0.5)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1", date="o.ts"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in(date, start, end)} AND ({cond})")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(1.0, abs(v) * 0.001), 2))


def revenue_share(start, end, num):
    v = one(f"""SELECT sum(CASE WHEN {num} THEN amount ELSE 0 END) / sum(amount) FROM orders o
                WHERE status = 'paid' AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


def per_customer(start, end):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o
                WHERE status = 'paid' AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(v * 0.002, 2))


def top_orders(col, start, end, agg="sum(o.amount)", status="paid", gap=1.05):
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)}
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:4]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f JOIN truth t USING (feedback_id)
                                                    WHERE {cond} ORDER BY 1""")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"),
                tolerance=0.5)


def topic_count(marker, topics, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE ({marker}) AND {extra}")
    tl = ", ".join(f"'{t}'" for t in topics)
    truth = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE t.topic IN ({tl}) AND {extra}")
    assert abs(n - truth) <= max(1, 0.05 * truth), (n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f JOIN truth t USING (feedback_id) WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    v = one(f"SELECT avg(({num})::int) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}")
    return dict(value=round(v, 4), tolerance=tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def top_rating(col, cond="1=1", gap=0.15, highest=False, min_n=1):
    rows = q(f"""SELECT {col}, avg(f.rating) r, count(*) n FROM feedback f
                 WHERE f.rating IS NOT NULL AND {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r {'DESC' if highest else 'ASC'}""")
    assert abs(rows[1][1] - rows[0][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_neg_share(col, cond="1=1", gap=0.04, join=""):
    rows = q(f"""SELECT {col}, avg((t.sentiment = 'neg')::int) r FROM feedback f JOIN truth t USING (feedback_id) {join}
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


def top_topic(col, marker, cond="1=1", gap=1.5, join=""):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f {join} WHERE ({marker}) AND {col} IS NOT NULL AND {cond}
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2024-09-01", "2026-05-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
TA_CUT = ("2025-10-01", "2026-01-31")
FAST = ("2025-09-01", "2026-02-28")
NEG = "t.sentiment = 'neg'"
TOO_FAST = "(f.text LIKE '%太快%' OR lower(f.text) LIKE '%too fast%')"
TA_SLOW = ("((f.text LIKE '%助教%' AND (f.text LIKE '%慢%' OR f.text LIKE '%不回%' OR f.text LIKE '%没人理%' "
           "OR f.text LIKE '%才有人理%')) OR (f.text LIKE '%TA%' AND (lower(f.text) LIKE '%slow%' "
           "OR lower(f.text) LIKE '%hours%' OR lower(f.text) LIKE '%a day%')))")
JOB = ("(f.text LIKE '%包就业%' OR f.text LIKE '%保就业%' OR f.text LIKE '%承诺%' OR lower(f.text) LIKE '%promise%' "
       "OR lower(f.text) LIKE '%guarantee%')")
REFUND = "(f.text LIKE '%退费%' OR f.text LIKE '%退款%' OR lower(f.text) LIKE '%refund%')"
CJ = "JOIN customers c USING (customer_id)"
JAVA = "s.course_en = 'Java Backend Engineering'"


def gold() -> dict:
    return {
        # ---- funnels (DATA.md rule)
        "bc01": lambda: conv("admissions", *Y25),
        "bc02": lambda: conv("admissions", *Y25, cust="c.acquisition_channel = 'douyin_ads'"),
        "bc03": lambda: top_conv("admissions", *Y25, "c.acquisition_channel", lowest=True, min_n=200),
        "bc04": lambda: top_conv("admissions", *Y25, "c.lead_source_zh", min_n=200),
        "bc05": lambda: share_events("tp_trial_booked", *quarter(2025, 3), "e.trial_status = 'attended'"),
        "bc06": lambda: share_events("tp_trial_booked", *Y25, "e.trial_status = 'no_show'",
                                     "c.acquisition_channel = 'douyin_ads'"),
        "bc07": lambda: share_events("tp_trial_booked", *Y25, "e.trial_status = 'no_show'",
                                     "c.acquisition_channel = 'referral'"),
        "bc08": lambda: top_lost("admissions", *ALL),
        "bc09": lambda: conv("admissions", *Y25, a=4, cust="c.city = 'Shanghai'"),
        "bc10": lambda: conv("admissions", *Y25, a=4, cust="c.city = 'Beijing'"),
        "bc11": lambda: top_conv("admissions", *Y25, "c.education", a=3, min_n=50),
        "bc12": lambda: top_conv("admissions", *Y25, "c.work_status_en"),
        "bc13": lambda: conv_open("enrol_to_start", *H1_25),
        "bc14": lambda: conv_open("completion", *Y25),
        "bc15": lambda: started_share("tp_dropout", *FAST, JAVA),
        "bc16": lambda: started_share("tp_dropout", "2025-03-01", "2025-08-31", JAVA),
        "bc17": lambda: top_conv("placement", *H2_25, "c.city_zh", lowest=True, min_n=50),
        "bc18": lambda: conv_open("placement", *H1_25),
        # ---- time between steps
        "bc19": lambda: gap("tp_lead", "tp_deposit", *Y25),
        "bc20": lambda: gap("tp_trial_attended", "tp_deposit", *Y25, agg="avg"),
        "bc21": lambda: gap_share("tp_graduate", "tp_job", *Y25, 60),
        "bc22": lambda: top_gap("tp_graduate", "tp_job", *Y25, "course", lowest=True),
        "bc23": lambda: gap("tp_deposit", "tp_course_start", *Y25, agg="avg"),
        # ---- TA support
        "bc24": lambda: avg_events("tp_ta_help", *month(2025, 11), "e.ta_response_hours", "e.class_mode = '线上'"),
        "bc25": lambda: avg_events("tp_ta_help", *month(2025, 11), "e.ta_response_hours",
                                   "e.class_mode_en = 'offline'"),
        "bc27": lambda: share_events("tp_ta_help", *TA_CUT, "e.ta_response_hours > 12", "e.class_mode = '线上'"),
        # ---- volumes and trends
        "bc26": lambda: monthly_peak("tp_trial_attended", *Y25),
        "bc28": lambda: users_at("tp_lead", "2025-03-03", "2025-03-09", "c.acquisition_channel = 'douyin_ads'"),
        "bc29": lambda: users_at("tp_lead", "2025-02-24", "2025-03-02", "c.acquisition_channel = 'douyin_ads'"),
        "bc30": lambda: monthly_peak("tp_lead", *Y25),
        "bc31": lambda: users_at("tp_deposit", *month(2025, 10)),
        "bc32": lambda: change("tp_lead", quarter(2025, 1), quarter(2025, 2)),
        "bc33": lambda: users_at("tp_course_start", *month(2026, 4)),
        "bc34": lambda: users_at("tp_course_start", *month(2026, 3)),
        "bc35": lambda: events_at("tp_assignment", "2026-03-02", "2026-03-08"),
        "bc36": lambda: per_started("tp_assignment", *Y25),
        "bc44": lambda: users_at("tp_course_start", *Y25, "e.course = 'Web前端开发' AND e.class_mode = '线下'"),
        # ---- money
        "bc37": lambda: orders(*Y25),
        "bc38": lambda: top_orders("o.course", *Y25),
        "bc39": lambda: share_events("tp_tuition", *Y25, "e.payment_plan = 'installment'"),
        "bc40": lambda: share_events("tp_tuition", *ALL, "e.payment_plan = 'installment'", "c.work_status = '待业'"),
        "bc41": lambda: orders(*Y25, status="refunded", date="o.refunded_at"),
        "bc42": lambda: per_customer(*Y25),
        "bc43": lambda: revenue_share(*Y25, "o.class_mode_en = 'online'"),
        # ---- customers
        "bc45": lambda: top_customers("c.education_en", gap=1.1),
        "bc46": never_booked,
        # ---- feedback
        "bc47": lambda: topic_count(TOO_FAST, ["too_fast"]),
        "bc48": lambda: topic_count(TA_SLOW, ["ta_slow"]),
        "bc49": lambda: topic_count(TA_SLOW, ["ta_slow"], _in("f.ts", *TA_CUT)),
        "bc50": lambda: topic_count(JOB, ["job_promise"]),
        "bc51": lambda: top_topic("c.city_zh", JOB, join=CJ),
        "bc52": lambda: topic_count(REFUND, ["refund_dispute"]),
        "bc53": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 4))),
        "bc54": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 1))),
        "bc55": lambda: top_rating("f.touchpoint_id", min_n=30, gap=0.3),
        "bc56": lambda: fb_avg("f.rating", f"f.touchpoint_id = 'tp_demo' AND {_in('f.ts', *Y25)}"),
        "bc57": lambda: nps(f"f.touchpoint_id = 'tp_demo' AND {_in('f.ts', *Y25)}"),
        "bc58": lambda: top_topic("f.teacher_id", "t.topic = 'great_mentor'", join="JOIN truth t USING (feedback_id)"),
        "bc59": lambda: top_avg_events("tp_demo", *ALL, "e.demo_score", "e.teacher_id", min_n=30),
        "bc60": lambda: started_share("tp_graduate", *Y25, "s.teacher_id = 'T07'"),
        "bc61": lambda: top_neg_share("f.class_mode", _in("f.ts", *Y25)),
        "bc62": lambda: fb_count("f.ts IS NULL"),
        "bc63": lambda: top_events("tp_dropout", "e.dropout_reason", *ALL),
        "bc64": lambda: fb_avg("f.rating", f"f.touchpoint_id = 'tp_ta_help' AND f.class_mode_en = 'online' "
                                           f"AND {_in('f.ts', *TA_CUT)}"),
        # ---- why-questions
        "bc65": lambda: feedback_ids("t.topic = 'too_fast' AND (f.course_en = 'Java Backend Engineering' "
                                     "OR f.customer_id IS NULL)"),
        "bc66": lambda: feedback_ids("t.topic = 'ta_slow' AND (f.class_mode_en = 'online' OR f.customer_id IS NULL)"),
        "bc67": lambda: feedback_ids("t.topic = 'job_promise' AND f.city = 'Shanghai'"),
        "bc68": lambda: feedback_ids("f.teacher_id = 'T07' AND t.sentiment = 'pos'"),
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
        assert it["lang"] in ("zh", "en"), it["id"]
    missing = []
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                missing.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:70], shown)
    print("status-only ok items:", missing)
    n_zh = sum(it["lang"] == "zh" for it in items)
    print(f"{len(items)} items: {n_zh} zh / {len(items) - n_zh} en;",
          {s: sum(it['expect']['status'] == s for it in items) for s in ("ok", "unsupported", "clarify")},
          "follow-ups:", sum("follow_up_of" in it for it in items))
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
