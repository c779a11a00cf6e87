"""Gold answers for the 云程飞行学院 CloudPath Flight Academy held-out batch: plain DuckDB SQL over the raw CSVs written
by generate.py (never the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events are read once per event_id (the export repeats a few rows verbatim; DATA.md loads duplicates once);
- funnels follow DATA.md, per person: a customer reaches step k with an event at step k's touchpoint after reaching
  step k-1, within the journey window from their first step-1 event in the period (trial_flight 30 d, admissions
  60 d, career_fair 90 d, training 365 d, exam_to_licence 60 d, addon 180 d). Unless the question says later steps
  count, the tolerance covers both readings (later steps may fall after the period end, or not). A funnel "for a
  base" filters the person's first step-1 event in the period by its base; "by acquisition channel" filters the
  step-1 people by customers.acquisition_channel. "Which step loses the most" = the step whose next step is not
  reached by the most people (answered with that step's touchpoint_id);
- shares of a step's records are shares of that touchpoint's events in the period: theory-exam pass rate = 'pass'
  / all theory-exam sittings (resits count as sittings); check-ride first-attempt pass rate over attempt = 1;
  waitlisted share = 'waitlisted' / all lesson-booking requests; lesson cancellation shares over all flight-lesson
  records (completed + cancelled) by lesson date; medical pass rate over all medical records (re-examinations are
  records); visa refusal rate over visa decisions (granted + refused);
- flight lessons flown = tp_flight_lesson events with action 'completed'; flight hours = their flight_hours;
- money = orders with status 'paid' by order ts, `amount` in RMB (AUD / NZD at the fixed group rate);
  "in Australian dollars" = amount_local of the Perth Jandakot base; refunded orders counted by order ts; spend per
  paying customer = paid RMB / customers with >= 1 paid order;
- new students = tp_deposit events (one per student);
- zh top entities are Chinese values (base, 取消原因, 体检结论, 国籍, instructor_name as recorded), en ones English
  values (base_en, acquisition_channel, medical_finding, order_type, instructor_name_en) or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers (tolerance 5 %, checked against
  _truth/feedback_truth.csv); rated feedback = rows with a rating (app_review, course_survey, google_review);
  negative = rating 1-2; NPS = share of 9-10 minus share of 0-6 over the survey's rows, as a fraction;
- periods are inclusive calendar dates; relative periods resolve against the item's as_of.
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
    return "(" + " OR ".join("lower(" + col + ") LIKE '%" + w.lower().replace("'", "''") + "%'" for w in words) + ")"


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _count(n):
    return dict(value=int(n), tolerance=0.5)


def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


def _top(rows, margin, lowest=False):
    assert len(rows) >= 2, rows
    a, b = rows[0][1], rows[1][1]
    assert (b > a * margin) if lowest else (a > b * margin), rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- funnels (per person, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    """cond may use e.* (the step-1 event) and c.* (the customer)."""
    steps, window = _steps(journey)
    lim = f"AND ts < DATE '{end}' + INTERVAL 1 DAY" if bounded else ""
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1 {lim}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS
        SELECT customer_id, t1, t1 AS t FROM (
          SELECT e.customer_id, e.ts AS t1, ({cond}) AS ok,
                 row_number() OVER (PARTITION BY e.customer_id ORDER BY e.ts, e.event_id) rn
          FROM events e JOIN customers c USING (customer_id)
          WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}) WHERE rn = 1 AND ok""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", unbounded_only=False, upto=None, frm=0):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        k = len(c) - 1 if upto is None else upto
        vals.append(c[k] / c[frm])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, groups, margin=1.2, lowest=False, min_n=30, upto=None, label=None):
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            k = len(c) - 1 if upto is None else upto
            if c[0] >= min_n:
                rows.append((g, c[k] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        _top(rows, margin, lowest)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    t = tops.pop()
    return dict(top_entity=label[t] if label else t)


def top_lost(journey, start, end, margin=1.2):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                      f"AND ({cond})"))


def events_avg(tp, col, start, end, cond="1=1", agg="avg"):
    v = float(one(f"SELECT {agg}({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.1, abs(v) * 0.02), 2))


def events_sum(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.002), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(coalesce(({num}), false)::int) FROM events e WHERE e.touchpoint_id = '{tp}' "
                     f"AND {_in('e.ts', start, end)} AND ({cond})"))


def top_events_share(tp, num, by, start, end, margin=1.25, min_n=1, cond="1=1", lowest=False):
    rows = q(f"SELECT {by}, avg(coalesce(({num}), false)::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} "
             f"ORDER BY r {'' if lowest else 'DESC'}")
    return _top(rows, margin, lowest)


def top_events_count(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    return _top(rows, margin)


def lic_lag(start, end, cond="1=1"):
    """licence issued in the period -> days since the customer's last passing check ride before it, median"""
    sql = f"""FROM events l JOIN (SELECT customer_id, max(ts) t FROM events WHERE touchpoint_id = 'tp_check_ride'
              AND action = 'pass' GROUP BY 1) p USING (customer_id)
              WHERE l.touchpoint_id = 'tp_licence' AND p.t < l.ts AND {_in('l.ts', start, end)} AND ({cond})"""
    v = one(f"SELECT median(epoch(l.ts - p.t) / 86400) {sql}")
    w = one(f"SELECT median(date_diff('day', p.t::DATE, l.ts::DATE)) {sql}")
    return dict(value=round(v, 2), tolerance=round(max(0.3, v * 0.03, abs(v - w) + 0.1), 2))


def ground_to_licence(start, end, cond="1=1"):
    """licences issued in the period -> days from the student's first ground-school class, median"""
    sql = f"""FROM events l JOIN (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_ground_school'
              GROUP BY 1) g USING (customer_id)
              WHERE l.touchpoint_id = 'tp_licence' AND {_in('l.ts', start, end)} AND ({cond})"""
    v = one(f"SELECT median(epoch(l.ts - g.t) / 86400) {sql}")
    w = one(f"SELECT median(date_diff('day', g.t::DATE, l.ts::DATE)) {sql}")
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.02, abs(v - w) + 0.1), 2))


# ---------- orders / customers ----------

def orders(start, end, cond="1=1", col="o.amount", status="paid"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def orders_share(num, start, end):
    v = one(f"SELECT sum(CASE WHEN {num} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o "
            f"WHERE o.status = 'paid' AND {_in('o.ts', start, end)}")
    return _rate(v)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    return _top(rows, margin)


def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


DEPOSITORS = "c.customer_id IN (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_deposit')"


def customers_share(num, cond="1=1"):
    return _rate(one(f"SELECT avg(coalesce(({num}), false)::int) FROM customers c WHERE {cond}"))


def top_customers(by, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    return _top(rows, margin)


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(coalesce(({num}), false)::int) FROM feedback f WHERE {cond}"))


def nps_share(cond):
    return _rate(one(f"SELECT avg((nps >= 9)::int) - avg((nps <= 6)::int) FROM feedback f "
                     f"WHERE nps IS NOT NULL AND {cond}"))


def rank_fb_avg(by, cond, min_n, margin=0.15, highest=True):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a {'DESC' if highest else ''}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- names ----------
Y25, H1_25, H2_25, H1_26 = ("2025-01-01", "2025-12-31"), ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), \
    ("2026-01-01", "2026-06-30")
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
ALL = ("2024-07-01", "2026-08-31")
(ENQ, FAIR, TBOOK, TRIAL, COUNS, MED, ENROL, DEP, VISA, GROUND, LBOOK, LESSON, PACK, SOLO, THEORY, CHECK, LIC, ADDON,
 WITHDRAW) = ("tp_enquiry", "tp_career_fair", "tp_trial_booking", "tp_trial_flight", "tp_counselling", "tp_medical",
              "tp_enrol", "tp_deposit", "tp_visa", "tp_ground_school", "tp_lesson_booking", "tp_flight_lesson",
              "tp_hour_package", "tp_solo", "tp_theory_exam", "tp_check_ride", "tp_licence", "tp_addon_rating",
              "tp_withdrawal")
CN = "e.country = 'CN'"
PASS = "e.action = 'pass'"
DONE = "e.action = 'completed'"
RATED = "f.rating IS NOT NULL"
SLOTS_T = _like("f.text", ["约不到", "can't get a slot"])
QBANK_T = _like("f.text", ["新题库", "new question bank"])
WEATHER_T = _like("f.text", ["天气取消", "cancelled for weather"])
AIRCRAFT_T = _like("f.text", ["飞机停场", "aircraft unserviceable"])
HIDDEN_T = _like("f.text", ["额外收费", "hidden fees"])
MEDICAL_T = _like("f.text", ["体检预约", "medical appointment"])
VISA_T = _like("f.text", ["签证太慢", "visa took forever"])
EXAMINER_T = _like("f.text", ["等考试员", "waiting for an examiner"])
LICENCE_T = _like("f.text", ["执照迟迟", "licence still hasn"])
REFUND_T = _like("f.text", ["退费还没", "refund is still pending"])
TPRICE_T = _like("f.text", ["体验飞行太贵", "trial flight was overpriced"])
INSTR_T = _like("f.text", ["教员很耐心", "patient instructor"])
SOLO_T = _like("f.text", ["第一次单飞", "first solo"])
TFUN_T = _like("f.text", ["体验飞行太爽了", "trial flight was amazing"])
GROUND_T = _like("f.text", ["理论课讲得很清楚", "ground school was excellent"])
TOPICS = ((SLOTS_T, "slots"), (QBANK_T, "question_bank"), (WEATHER_T, "weather"), (AIRCRAFT_T, "aircraft"),
          (HIDDEN_T, "hidden_cost"), (MEDICAL_T, "medical_wait"), (VISA_T, "visa_slow"),
          (EXAMINER_T, "examiner_wait"), (LICENCE_T, "licence_slow"), (REFUND_T, "refund_slow"),
          (TPRICE_T, "trial_price"), (INSTR_T, "instructor"), (SOLO_T, "first_solo"), (TFUN_T, "trial_fun"),
          (GROUND_T, "ground_good"))
LEAD_CH = ["douyin", "xiaohongshu", "wechat", "baidu_search", "referral", "career_fair", "google_search", "facebook",
           "instagram"]


def gold():
    return {
        # ---- funnels
        "fs01": lambda: conv("trial_flight", *Y25),
        "fs02": lambda: rank_conv("trial_flight", *Y25, by="c.acquisition_channel", groups=LEAD_CH, lowest=True,
                                  margin=2.0),
        "fs03": lambda: conv("trial_flight", *Y25, cond="c.acquisition_channel = 'xiaohongshu'", unbounded_only=True),
        "fs04": lambda: conv("trial_flight", *H1_26, cond="c.acquisition_channel = 'douyin'", upto=1,
                                unbounded_only=True),
        "fs05": lambda: conv("admissions", *Y25, unbounded_only=True),
        "fs06": lambda: top_lost("admissions", *Q1_26),
        "fs07": lambda: conv("career_fair", *Y25, unbounded_only=True),
        "fs08": lambda: conv("training", *H1_25, unbounded_only=True),
        "fs09": lambda: conv("training", *H1_25, unbounded_only=True, upto=2),
        "fs10": lambda: conv("addon", *Y25, unbounded_only=True),
        "fs12": lambda: events_share(THEORY, PASS, *month(2026, 3), CN),
        "fs13": lambda: events_share(THEORY, PASS, *month(2026, 2), CN),
        "fs14": lambda: events_share(LBOOK, "e.action = 'waitlisted'", *Q4_25, "e.base_id = 'ZUH'"),
        "fs15": lambda: events_share(LBOOK, "e.action = 'waitlisted'", *Q2_25, "e.base_id = 'ZUH'"),
        "fs16": lambda: top_events_share(LBOOK, "e.action = 'waitlisted'", "e.base", *H1_26, margin=1.5),
        "fs17": lambda: events_share(LESSON, "e.cancel_reason = 'weather'", "2025-06-01", "2025-08-31",
                                     "e.base_id = 'HLZ'"),
        "fs18": lambda: events_share(LESSON, "e.cancel_reason = 'aircraft_unserviceable'", *month(2025, 11),
                                     "e.base_id = 'JAD'"),
        "fs19": lambda: events_share(LESSON, "e.cancel_reason = 'aircraft_unserviceable'", *month(2025, 10),
                                     "e.base_id = 'JAD'"),
        "fs20": lambda: top_events_count(LESSON, 'e."取消原因"', *Y25, "e.action = 'cancelled'", margin=2),
        "fs21": lambda: events_avg(SOLO, "e.hours_at_solo", *Y25, "e.base_id = 'ZUH'"),
        "fs23": lambda: events_share(CHECK, PASS, *Y25, "e.attempt = 1"),
        "fs24": lambda: top_events_share(CHECK, PASS, "e.base", *ALL, cond="e.attempt = 1", margin=1.08, lowest=True),
        "fs25": lambda: events_avg(CHECK, "e.examiner_wait_days", *Y25, "e.base_id = 'PCH'"),
        "fs26": lambda: events_share(MED, PASS, *Y25),
        "fs27": lambda: top_events_count(MED, "e.medical_finding", *ALL, "e.action <> 'pass'", margin=1.3),
        "fs28": lambda: events_share(VISA, "e.action = 'refused'", *Y25, "e.action IN ('granted', 'refused')"),
        "fs29": lambda: events_avg(VISA, "e.processing_days", *Y25, "e.country = 'AU' AND e.action <> 'submitted'",
                                   agg="median"),
        "fs30": lambda: events_at(WITHDRAW, *H1_26),
        "fs31": lambda: events_avg(LBOOK, "e.request_lead_days", *H1_26, "e.base_id = 'ZUH'"),
        "fs32": lambda: lic_lag(*Y25, CN.replace("e.", "l.")),
        "fs34": lambda: orders(*Y25),
        "fs35": lambda: orders_change(Q2_25, Q2_26),
        "fs36": lambda: top_orders("o.order_type", *Y25, margin=2),
        "fs37": lambda: orders_share("o.order_type = 'hour_package'", *Y25),
        "fs38": lambda: orders(*Y25, "o.base_id = 'JAD'", col="o.amount_local"),
        "fs39": lambda: orders(*Y25, "o.order_type IN ('theory_exam_fee', 'check_ride_fee')"),
        "fs40": lambda: top_orders("o.base", *Y25, margin=1.1),
        "fs41": lambda: orders(*H1_26, "o.order_type = 'trial_flight'"),
        "fs43": lambda: per_customer(*Y25),
        "fs44": lambda: orders(*month(2026, 3), "o.order_type = 'tuition_deposit'"),
        "fs45": lambda: orders(*month(2026, 7)),
        "fs46": lambda: orders_change(month(2026, 6), month(2026, 7)),
        # ---- volumes
        "fs47": lambda: events_at(TRIAL, *Y25),
        "fs48": lambda: events_at(TRIAL, "2025-10-01", "2025-10-07"),
        "fs49": lambda: events_at(LIC, *H1_26, "e.licence_type = 'CPL'"),
        "fs50": lambda: events_at(LIC, *H1_26, "e.licence_type = 'PPL'"),
        "fs51": lambda: events_change(DEP, Q1_25, Q1_26),
        "fs52": lambda: events_sum(LESSON, "e.flight_hours", *Y25, f"e.base_id = 'HLZ' AND {DONE}"),
        "fs54": lambda: customers_count("c.acquisition_channel = 'airline_cadet'"),
        "fs55": lambda: customers_share("c.student_type = 'international'", DEPOSITORS),
        "fs57": lambda: fb_topic_count(SLOTS_T),
        "fs58": lambda: top_fb_count("f.base_en", SLOTS_T, margin=3),
        "fs59": lambda: fb_topic_count(QBANK_T),
        "fs60": lambda: rank_fb_avg("f.touchpoint_id", RATED, 50, margin=0.3, highest=False),
        "fs61": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'app_review' AND {_in('f.ts', *Y25)}"),
        "fs62": lambda: fb_avg(f"f.channel = 'course_survey' AND f.base_id = 'ZUH' AND {_in('f.ts', *H1_26)}"),
        "fs63": lambda: fb_avg(f"f.channel = 'course_survey' AND f.base_id = 'PCH' AND {_in('f.ts', *H1_26)}"),
        "fs64": lambda: rank_fb_avg("f.instructor_name", RATED, 40, margin=0.3),
        "fs65": lambda: nps_share(f"f.channel = 'trial_survey' AND {_in('f.ts', *Y25)}"),
        "fs66": lambda: fb_topic_count(HIDDEN_T),
        "fs67": lambda: fb_topic_count(WEATHER_T, _in("f.ts", *Y25)),
        "fs68": lambda: feedback_ids(VISA_T),
        "fs69": lambda: top_fb_count("f.base", EXAMINER_T, margin=1.8),
    }


def checks():
    for cond, topic in TOPICS:
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
