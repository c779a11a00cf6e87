"""Gold answers for the 蓝洞潜水 BlueHole Diving held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (trydive 14 d, ow_course 60 d, upgrade 90 d,
  repeat 180 d); rates are per customer; the tolerance covers both readings (later steps allowed after the period
  end, or not). "Where do we lose the most" = the step reached whose next step is not reached, largest count (the
  loss between step k and k+1 is attributed to step k, as in INTERFACE.md's drop-off rate).
- people: one row in customers per person; zh questions are checked against the Chinese twins (来源渠道, 学员类型,
  年龄段, 常住城市, centre, 延期原因, 装备), en ones against source / learner_type / age_band / home_city / centre_en /
  instructor_name / touchpoint_id. Age band, learner type, source, home city come from customers; centre, instructor,
  device, course level, weather reason, exam result from the event / order row itself.
- enquiry -> any booking = per customer, `tp_enquiry` in the period, and a `tp_trydive_booked`, `tp_course_booked`,
  `tp_trip_booked` or `tp_advanced_booked` at most 30 days after it;
- try-dive no-show = per `tp_trydive_booked` event (booking = session_id) with no `tp_trydive` of the same session;
- try-dive -> OW course by source = the `upgrade` journey per customer (first `tp_trydive` in the period,
  `tp_course_booked` within 90 d);
- medical: doctor share = `tp_medical` rows (by questionnaire date) with medical_result `doctor_required`; wait =
  `tp_medical_cleared` minus `tp_medical` of the same session (booking), among doctor_required questionnaires that were
  cleared, by questionnaire date, in days; "more than N days" is strict;
- e-learning wait = `tp_elearning` minus `tp_medical_cleared` of the same session, by e-learning date, device of the
  `tp_elearning` row; booking -> certificate = `tp_cert_issued` (cert_level ow) minus `tp_course_booked` of the same
  session, by certificate date; pool -> first open-water dive = first `tp_open_water` of the same session minus
  `tp_pool`, by pool date, sessions that had an open-water dive;
- weather postponements: scheduled dives = `tp_trydive` + `tp_open_water` + `tp_fun_dive` + `tp_dive_postponed` events
  (one event per dive, a postponement is one event per dive that was planned); postponed share =
  `tp_dive_postponed` / all of them, by event date and the event's centre;
- refunds = orders with order_type `refund` (status `refunded`, amount = money returned), `refund_reason` weather /
  medical; "refunded in month X" by order ts (money back); refund time = ts - requested_at, by requested_at;
- exams: pass rate = `tp_exam` rows with exam_result `pass` / all `tp_exam` rows (retakes are sittings too), by exam
  date; first attempt = attempt_no 1; instructor = instructor_name / instructor_level on the exam row; certificates =
  `tp_cert_issued` rows with cert_level ow (or all levels where the question says so);
- money = orders with status `paid` (CNY, gross: refunds are their own `refunded` rows and are not netted); revenue =
  all paid orders; course fees = order_type `course` (course_level try_dive / ow / aow); spend per paying customer =
  paid amount / customers with >= 1 paid order in the period; photo attach = paid try_dive course orders whose
  booking_id has a paid `photo` order;
- certified -> trip = the `repeat` journey per customer; by centre: customers whose first OW certificate is in the
  period, a `tp_trip_booked` within 180 days after it, centre of the certificate row;
- feedback: "comments" = all rows of all channels, "all the feedback" includes rows without a date; negative share =
  `sentiment_label = 'neg'` over rows dated in the period; topic counts by text markers with a 5 % tolerance; rating
  by step = feedback.touchpoint_id over rows with a rating (dated or not); recommend score = `nps` of `nps_survey` rows;
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


def conv(journey, start, end, cond="1=1"):
    vals = []
    for bounded in (False, True):
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


def conv_rank(journey, start, end, by, lowest=True, margin=0.05):
    """Conversion of a journey per group value (customers column), the winner must be clear in both readings."""
    tops = set()
    for bounded in (False, True):
        vals = []
        for v in [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]:
            c = funnel(journey, start, end, f"{by} = '{v}'", bounded=bounded)
            if c[0]:
                vals.append((v, c[-1] / c[0], c[0]))
        vals.sort(key=lambda r: r[1], reverse=not lowest)
        if lowest:
            assert vals[1][1] - vals[0][1] > margin, vals
        else:
            assert vals[0][1] - vals[1][1] > margin, vals
        tops.add(vals[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- enquiries and try-dives ----------

BOOKING_TPS = "('tp_trydive_booked', 'tp_course_booked', 'tp_trip_booked', 'tp_advanced_booked')"
ENQ_BOOK = f"""(SELECT e.customer_id, e.ts, c.source, c."来源渠道" AS src_zh, EXISTS (SELECT 1 FROM events b
               WHERE b.customer_id = e.customer_id AND b.touchpoint_id IN {BOOKING_TPS} AND b.ts > e.ts
               AND b.ts <= e.ts + INTERVAL 30 DAY) AS booked
               FROM events e JOIN customers c USING (customer_id) WHERE e.touchpoint_id = 'tp_enquiry')"""


def enq_book(start, end, cond="1=1"):
    return rate_val(one(f"SELECT avg(booked::int) FROM {ENQ_BOOK} x WHERE {_in('x.ts', start, end)} AND ({cond})"))


def bottom_enq_book(start, end, by, margin=0.1):
    rows = q(f"SELECT {by}, avg(booked::int) r, count(*) FROM {ENQ_BOOK} x WHERE {_in('x.ts', start, end)} "
             f"GROUP BY 1 ORDER BY r")
    return top(rows, margin, higher=False)


def trydive_noshow(start, end):
    return rate_val(one(f"""SELECT avg((s.session_id IS NULL)::int) FROM events b LEFT JOIN
                            (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_trydive') s
                            USING (session_id) WHERE b.touchpoint_id = 'tp_trydive_booked' AND {_in('b.ts', start, end)}"""))


# ---------- time between steps (same session) ----------

def _gap(tp_a, tp_b, by_b=False, first_b=False):
    agg = "min" if first_b else "max"
    return f"""(SELECT a.*, c.age_band, c.learner_type, epoch(b.tb - a.ts) / 86400.0 AS d, b.tb FROM events a
               JOIN (SELECT session_id, {agg}(ts) tb FROM events WHERE touchpoint_id = '{tp_b}' GROUP BY 1) b
               USING (session_id) JOIN customers c ON c.customer_id = a.customer_id
               WHERE a.touchpoint_id = '{tp_a}')"""


def gap(tp_a, tp_b, start, end, cond="1=1", agg="median(g.d)", by_b=False, first_b=True):
    col = "g.tb" if by_b else "g.ts"
    v = one(f"SELECT {agg} FROM {_gap(tp_a, tp_b, first_b=first_b)} g WHERE {_in(col, start, end)} AND ({cond})")
    return rate_val(v) if agg.startswith("avg((") else days_val(v)


def gap_back(tp_a, tp_b, start, end, cond="1=1", agg="median(g.d)"):
    """days from tp_a (earlier step) to tp_b, dated by tp_b's row (e.g. e-learning date)."""
    v = one(f"""SELECT {agg} FROM (SELECT b.*, epoch(b.ts - a.ta) / 86400.0 AS d FROM events b
                JOIN (SELECT session_id, min(ts) ta FROM events WHERE touchpoint_id = '{tp_a}' GROUP BY 1) a
                USING (session_id) WHERE b.touchpoint_id = '{tp_b}') g WHERE {_in('g.ts', start, end)} AND ({cond})""")
    return days_val(v)


def medical_share(start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg((e.medical_result = 'doctor_required')::int) FROM events e
                            JOIN customers c USING (customer_id)
                            WHERE e.touchpoint_id = 'tp_medical' AND {_in('e.ts', start, end)} AND ({cond})"""))


# ---------- dives and postponements ----------

DIVES = "('tp_trydive', 'tp_open_water', 'tp_fun_dive', 'tp_dive_postponed')"


def postponed_share(start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg((e.touchpoint_id = 'tp_dive_postponed')::int) FROM events e
                            WHERE e.touchpoint_id IN {DIVES} AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_postponed(start, end, by, margin=3.0):
    rows = q(f"""SELECT {by}, avg((e.touchpoint_id = 'tp_dive_postponed')::int) r, count(*) FROM events e
                 WHERE e.touchpoint_id IN {DIVES} AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY r DESC""")
    return top(rows, margin)


def events_at(tps, start, end, cond="1=1"):
    tps = tps if isinstance(tps, tuple) else (tps,)
    lst = ", ".join(f"'{t}'" for t in tps)
    return count_val(one(f"SELECT count(*) FROM events e JOIN customers c USING (customer_id) "
                         f"WHERE e.touchpoint_id IN ({lst}) AND {_in('e.ts', start, end)} AND ({cond})"))


def top_events(tp, by, start, end, margin=1.3, cond="1=1"):
    rows = q(f"""SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    return top(rows, margin)


# ---------- exams ----------

def pass_rate(start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg((e.exam_result = 'pass')::int) FROM events e JOIN customers c USING (customer_id)
                            WHERE e.touchpoint_id = 'tp_exam' AND {_in('e.ts', start, end)} AND ({cond})"""))


def rank_pass(by, start, end, min_n, lowest=False, margin=0.04, check_small=False):
    sql = f"""SELECT {by}, avg((e.exam_result = 'pass')::int) r, count(*) n FROM events e
              WHERE e.touchpoint_id = 'tp_exam' AND {_in('e.ts', start, end)}
              GROUP BY 1 HAVING count(*) >= {{n}} ORDER BY r {'ASC' if lowest else 'DESC'}, n DESC"""
    rows = q(sql.format(n=min_n))
    if lowest:
        assert rows[1][1] - rows[0][1] > margin, rows[:3]
    else:
        assert rows[0][1] - rows[1][1] > margin, rows[:3]
    if check_small:   # letting small groups in must change the winner (the minimum size matters)
        allr = q(sql.format(n=1))
        assert allr[0][0] != rows[0][0], allr[:3]
    return dict(top_entity=rows[0][0])


def certs(start, end, level="ow"):
    lv = "1=1" if level is None else f"cert_level = '{level}'"
    return count_val(one(f"SELECT count(*) FROM events WHERE touchpoint_id = 'tp_cert_issued' AND {lv} "
                         f"AND {_in('ts', start, end)}"))


# ---------- repeat after certification ----------

CERT_TRIP = """(SELECT x.customer_id, x.t, x.centre, x.centre_en, EXISTS (SELECT 1 FROM events b
               WHERE b.customer_id = x.customer_id AND b.touchpoint_id = 'tp_trip_booked' AND b.ts > x.t
               AND b.ts <= x.t + INTERVAL 180 DAY) AS came_back
               FROM (SELECT customer_id, min(ts) t, first(centre ORDER BY ts) centre,
                     first(centre_en ORDER BY ts) centre_en FROM events
                     WHERE touchpoint_id = 'tp_cert_issued' AND cert_level = 'ow' GROUP BY 1) x)"""


def bottom_cert_trip(start, end, by, margin=0.08):
    rows = q(f"""SELECT {by}, avg(came_back::int) r, count(*) FROM {CERT_TRIP} x WHERE {_in('x.t', start, end)}
                 GROUP BY 1 ORDER BY r""")
    return top(rows, margin, higher=False)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1", col="o.ts"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in(col, start, end)} AND ({cond})")
    if agg.startswith("count"):
        return count_val(v)
    if agg.startswith("avg(epoch"):
        return days_val(v)
    return money_val(v)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return rate_val((y - x) / x)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def photo_attach(start, end):
    return rate_val(one(f"""SELECT avg((p.booking_id IS NOT NULL)::int) FROM orders o LEFT JOIN
                            (SELECT DISTINCT booking_id FROM orders WHERE order_type = 'photo' AND status = 'paid') p
                            USING (booking_id) WHERE o.order_type = 'course' AND o.course_level = 'try_dive'
                            AND o.status = 'paid' AND {_in('o.ts', start, end)}"""))


def top_orders(by, start, end, agg="count(*)", cond="1=1", margin=1.2):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    return top(rows, margin)


def customers_share(num, cond="1=1"):
    return rate_val(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"))


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return rate_val(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def bottom_fb_avg(by, cond, min_n, margin=0.3):
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
Q3_25 = quarter(2025, 3)
ALL = ("2024-10-01", "2026-08-31")
NEG = "f.sentiment_label = 'neg'"
SEASICK_T = _like("f.text", ["晕船", "seasick"])
CROWD_T = _like("f.text", ["人太多", "挤", "crowded"])
GEAR_T = _like("f.text", ["旧", "worn-out", "really old", "old bcd"])
REFUND_T = _like("f.text", ["退款", "refund"])
INSTR_T = _like("f.text", ["教练", "instructor"]) + " AND f.sentiment_label = 'pos'"
WEATHER = "o.order_type = 'refund' AND o.refund_reason = 'weather'"
REFUND_DAYS = "avg(epoch(o.ts - o.requested_at) / 86400.0)"


def gold():
    return {
        # ---- enquiries and try-dives
        "dv01": lambda: conv("trydive", *quarter(2025, 1)),
        "dv02": lambda: bottom_enq_book(*H2_25, by="x.src_zh", margin=0.15),
        "dv03": lambda: enq_book(*H2_25, "x.source = 'douyin'"),
        "dv05": lambda: trydive_noshow(*H2_25),
        "dv06": lambda: conv("upgrade", *Y25),
        "dv07": lambda: conv_rank("upgrade", *Y25, by="c.source", lowest=True, margin=0.05),
        # ---- OW course
        "dv09": lambda: conv("ow_course", *Y25),
        "dv10": lambda: top_lost("ow_course", *Y25),
        "dv11": lambda: top_lost("ow_course", *Y25, "c.age_band = '45+'"),
        "dv12": lambda: medical_share(*Y25, "c.\"年龄段\" = '45岁以上'"),
        "dv13": lambda: medical_share(*Y25, "c.\"年龄段\" = '25-34岁'"),
        "dv14": lambda: gap("tp_medical", "tp_medical_cleared", *Y25, "g.medical_result = 'doctor_required'"),
        "dv15": lambda: gap("tp_medical", "tp_medical_cleared", *Y25, "g.medical_result = 'doctor_required'",
                            agg="avg((g.d > 14)::int)"),
        "dv16": lambda: gap_back("tp_medical_cleared", "tp_elearning", *Y25, "g.device = 'android'"),
        "dv17": lambda: gap_back("tp_medical_cleared", "tp_elearning", *Y25, "g.device = 'ios'"),
        "dv18": lambda: gap_back("tp_course_booked", "tp_cert_issued", *Y25, "g.cert_level = 'ow'",
                                 agg="avg(g.d)"),
        # ---- weather
        "dv19": lambda: top_postponed(*Q3_25, by="e.centre_en"),
        "dv20": lambda: postponed_share(*Q3_25, "e.centre_id = 'C03'"),
        "dv21": lambda: postponed_share("2026-07-01", "2026-08-31", "e.centre_id = 'C03'"),
        "dv22": lambda: gap("tp_pool", "tp_open_water", *Q3_25, "g.city = 'Xiamen'", agg="avg(g.d)"),
        "dv23": lambda: gap("tp_pool", "tp_open_water", *Q3_25, "g.city = 'Sanya'", agg="avg(g.d)"),
        "dv25": lambda: top_events("tp_dive_postponed", 'e."延期原因"', *H2_25, margin=1.3),
        "dv26": lambda: orders(*month(2025, 8), status="refunded", cond=WEATHER),
        "dv27": lambda: orders(*H2_25, agg=REFUND_DAYS, status="refunded", cond=WEATHER, col="o.requested_at"),
        "dv28": lambda: orders(*H1_25, agg=REFUND_DAYS, status="refunded", cond=WEATHER, col="o.requested_at"),
        # ---- exams and certificates
        "dv30": lambda: rank_pass("e.instructor_name", *ALL, min_n=30, check_small=True),
        "dv31": lambda: rank_pass("e.instructor_name", *Y25, min_n=20, lowest=True, margin=0.05),
        "dv32": lambda: pass_rate(*Y25),
        "dv33": lambda: pass_rate(*Y25, "c.age_band = '45+'"),
        "dv34": lambda: pass_rate(*Y25, "e.attempt_no = 1"),
        "dv35": lambda: pass_rate(*Y25, "e.instructor_level = 'junior'"),
        "dv36": lambda: certs(*Y25),
        "dv37": lambda: events_at("tp_trydive", *month(2026, 3)),
        "dv38": lambda: events_at(("tp_trydive", "tp_open_water", "tp_fun_dive"), "2025-10-01", "2025-10-07",
                                  "e.centre_id = 'C01'"),
        "dv39": lambda: events_at("tp_open_water", "2025-03-03", "2025-03-09"),
        # ---- money
        "dv41": lambda: orders(*quarter(2025, 4)),
        "dv42": lambda: orders_change(quarter(2025, 3), quarter(2025, 4)),
        "dv43": lambda: orders_change(H1_25, H1_26),
        "dv45": lambda: per_customer(*Y25),
        "dv46": lambda: per_customer(*Y25, "c.\"学员类型\" = '度假游客'"),
        "dv48": lambda: photo_attach(*H1_26),
        "dv49": lambda: photo_attach(*H1_25),
        "dv50": lambda: top_orders('o."装备"', *Y25, cond="o.order_type = 'rental'", margin=1.2),
        "dv52": lambda: customers_share("c.home_city = 'Shanghai'"),
        "dv54": lambda: conv("repeat", *Y25),
        "dv55": lambda: bottom_cert_trip(*Y25, by="x.centre_en"),
        # ---- feedback
        "dv57": lambda: fb_topic_count(SEASICK_T),
        "dv58": lambda: top_fb_count("f.centre", SEASICK_T, margin=2.0),
        "dv59": lambda: top_fb_count("f.centre_en", CROWD_T, margin=2.0),
        "dv61": lambda: fb_topic_count(f"{GEAR_T} AND f.centre_id = 'C03' AND {_in('f.ts', '2025-09-01', '2026-02-28')}"),
        "dv62": lambda: fb_topic_count(f"{GEAR_T} AND f.centre_id = 'C03' AND {_in('f.ts', '2026-03-01', '2026-08-31')}"),
        "dv63": lambda: fb_ratio(NEG, _in("f.ts", *Q3_25)),
        "dv65": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 20),
        "dv66": lambda: fb_avg("f.touchpoint_id = 'tp_trydive'"),
        "dv67": lambda: feedback_ids(INSTR_T),
        "dv68": lambda: fb_topic_count(REFUND_T),
        "dv69": lambda: fb_avg(f"f.channel = 'nps_survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        # ---- relative periods
        "dv76": lambda: events_at("tp_trydive", *month(2026, 7)),
        "dv77": lambda: events_at("tp_trydive", *month(2025, 7)),
        "dv78": lambda: orders(*Q3_25, status="refunded", cond=WEATHER),
        "dv79": lambda: certs("2026-01-01", "2026-06-30"),
        "dv80": lambda: orders(*H2_25, cond="o.order_type = 'course'"),
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
