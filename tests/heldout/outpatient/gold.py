"""Gold answers for the 沐康医疗 MuKang Health outpatient held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a patient (customer_id) reaches step k with an event at step k's touchpoint strictly after
  reaching step k-1, within the journey window from their first step-1 event in the period (outpatient 14 d, lab 7 d,
  imaging 30 d, pharmacy 3 d, followup 30 d, claim 30 d); rates are per patient; the tolerance covers both readings
  (later steps allowed after the period end, or not). "Where do we lose the most" = the step whose next step is not
  reached by the most patients (the loss between step k and k+1 is attributed to step k). A funnel split by a patient
  attribute filters the step-1 patients by that customers-table attribute (segment);
- per-case rates use `session_id`: a visit V… (booking, payment or failed payment, cancel, check-in, consultation,
  lab, imaging, prescription, follow-up reminder, billing dispute) or a claim CL… (submit, [documents], review,
  approved / rejected, paid). They count cases whose first step-A event falls in the period and look for step B in
  the same case at any time; attributes (campus city, channel, modality, insurer, app version) come from the step-A
  event; experiment variant from experiments.csv;
- wait = `wait_minutes` on tp_consult (check-in to doctor); MRI wait = `exam_wait_days` on tp_imaging_exam (booked &
  paid to scan); pharmacy queue = `pickup_wait_minutes` on tp_pharmacy_pickup; lab turnaround = sample to report;
- money = orders with status `paid` by order ts; refunds = orders with status `refunded` by order ts; spend per paying
  patient = paid amount / patients with >= 1 paid order in the period; a failed payment leaves a `cancelled` order;
- customer attributes as stored; zh top entities use the Chinese twins where the table has one (科室, 院区, 检查类型,
  申诉原因, 客户类型 — for a funnel by segment), en ones the English values; doctor names are stored in Chinese only;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); rating by step = feedback.touchpoint_id over rows with a rating; negative = 1-2 stars;
  NPS = channel `nps_survey`, NPS score = share 9-10 minus share 0-6 (as a fraction); survey = channel `survey`;
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
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


def _assert_margin(rows, margin, lowest=False):
    if len(rows) == 1:
        return
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]


# ---------- funnels (per patient, DATA.md rule) ----------

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


def conv(journey, start, end, cond="1=1", upto=None):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        last = c[-1] if upto is None else c[upto - 1]
        vals.append(last / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


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


def rank_conv(journey, start, end, by, values, margin=0.05, lowest=True, label=None):
    """the attribute value whose step-1 patients convert worst (or best); `label` maps to the answer shown."""
    res = []
    for v in values:
        lo = hi = None
        for bounded in (False, True):
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{v}'")
            r = c[-1] / c[0]
            lo, hi = (r, r) if lo is None else (min(lo, r), max(hi, r))
        res.append((v, lo, hi))
    res.sort(key=lambda x: x[1] if lowest else -x[2])
    a, b = res[0], res[1]
    if lowest:
        assert b[1] - a[2] > margin, res
    else:
        assert a[1] - b[2] > margin, res
    return dict(top_entity=label[a[0]] if label else a[0])


# ---------- per case (session) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", by=None, lowest=False):
    """share of cases with a first `a_tp` in the period that have a `b_tp`."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b USING (session_id)
              LEFT JOIN customers c ON c.customer_id = a.customer_id
              LEFT JOIN (SELECT customer_id, variant FROM experiments WHERE experiment_id = 'exp_noshow_reminder') x
                   ON x.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {f"GROUP BY 1 ORDER BY r {'' if lowest else 'DESC'}" if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", min_n=1, margin=1.1, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by, lowest=lowest)
    big = [r for r in rows if r[2] >= min_n and r[0] is not None]
    _assert_margin(big, margin, lowest)
    return dict(top_entity=big[0][0])


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="avg", unit="days"):
    v = one(f"""SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) FROM {_first(a_tp)} a JOIN {_first(b_tp)} b
                USING (session_id) WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def events_agg(tp, expr, start, end, cond="1=1", agg="avg"):
    v = one(f"SELECT {agg}({expr}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.1, abs(float(v)) * 0.03), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_count(tp, by, start, end, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_agg(tp, expr, by, start, end, cond="1=1", margin=1.3, lowest=False):
    rows = q(f"SELECT {by}, avg({expr}) a FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'' if lowest else 'DESC'}")
    _assert_margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_avg(start, end, cond="1=1"):
    v = one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def orders_share(num, start, end, cond="1=1"):
    v = one(f"SELECT sum(CASE WHEN {num} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o "
            f"WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


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


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_nps(by, cond, margin=0.15):
    rows = q(f"SELECT {by}, avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) s FROM feedback f "
             f"WHERE f.nps IS NOT NULL AND {cond} GROUP BY 1 ORDER BY s")
    assert rows[1][1] - rows[0][1] > margin, rows
    return dict(top_entity=rows[0][0])


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:4]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
JAN_MAY_26 = ("2026-01-01", "2026-05-31")
Q4_25, Q1_26 = quarter(2025, 4), quarter(2026, 1)
MAR_26, FEB_26, JAN_26 = month(2026, 3), month(2026, 2), month(2026, 1)
EXP = ("2025-09-01", "2025-11-30")
SINCE_HIS = ("2025-10-13", "2026-05-31")
(BOOK, PAYFAIL, PAY, CANCEL, CHECKIN, CONSULT, TEST_ORDER, SAMPLE, REPORT, IMG_ORDER, IMG_APPT, IMG_EXAM, RX, RX_PAY,
 PICKUP, REMIND, CLAIM, CLAIM_OK, CLAIM_PAID, DISPUTE) = (
    "tp_booking", "tp_pay_fail", "tp_reg_payment", "tp_cancel", "tp_checkin", "tp_consult", "tp_test_order",
    "tp_sample", "tp_lab_report", "tp_imaging_order", "tp_imaging_appt", "tp_imaging_exam", "tp_prescription",
    "tp_rx_payment", "tp_pharmacy_pickup", "tp_followup_remind", "tp_claim_submit", "tp_claim_approved",
    "tp_claim_paid", "tp_dispute")
WAIT_T = _like("f.text", ["候诊", "waiting room"])
PAYFAIL_T = _like("f.text", ["支付失败", "payment fail"])
SLOT_T = _like("f.text", ["号源", "no slots"])
DOC_T = _like("f.text", ["耐心", "was patient", "very patient", "so patient"])
NURSE_T = _like("f.text", ["护士", "nurse"])
QUEUE_T = _like("f.text", ["取药", "pharmacy queue"])
REPORT_T = _like("f.text", ["报告出得太慢", "lab results took"])
BILL_T = _like("f.text", ["收费", "charged twice", "duplicate charge", "overcharged"])
CLAIM_T = _like("f.text", ["理赔", "insurance claim"])
PARK_T = _like("f.text", ["停车", "parking"])
MRI_T = _like("f.text", ["核磁", "mri"])
TOPICS = ((WAIT_T, "long_wait"), (PAYFAIL_T, "pay_fail"), (SLOT_T, "no_slot"), (DOC_T, "doctor_praise"),
          (NURSE_T, "nurse_praise"), (QUEUE_T, "pharmacy_queue"), (REPORT_T, "report_slow"), (BILL_T, "billing"),
          (CLAIM_T, "claim"), (PARK_T, "parking"), (MRI_T, "mri_wait"))
SURVEY = "f.channel = 'survey'"
NPS = "f.channel = 'nps_survey'"
SEG_ZH = {"self_pay": "自费", "insured": "商保", "corporate": "企业团体", "vip": "VIP会员"}


def gold():
    return {
        # ---- funnels (per patient)
        "op01": lambda: conv("outpatient", *Y25),
        "op02": lambda: conv("outpatient", *MAR_26),
        "op03": lambda: top_lost("outpatient", *MAR_26),
        "op04": lambda: top_lost("outpatient", *Y25),
        "op05": lambda: conv("outpatient", *Y25, cond="c.segment = 'corporate'", upto=3),
        "op06": lambda: conv("outpatient", *Y25, cond="c.segment = 'self_pay'", upto=3),
        "op07": lambda: rank_conv("outpatient", *Y25, "c.segment", list(SEG_ZH), label=SEG_ZH),
        "op08": lambda: conv("lab", *Y25),
        "op09": lambda: top_lost("lab", *Y25),
        "op10": lambda: conv("pharmacy", *Y25),
        "op13": lambda: conv("followup", *Y25),
        "op14": lambda: conv("claim", *Y25),
        # ---- per-case rates and times
        "op11": lambda: rank_rate(RX_PAY, PICKUP, *Y25, by="a.city", lowest=True, margin=1.05),
        "op12": lambda: events_agg(PICKUP, "e.pickup_wait_minutes", *Y25, "e.city = 'chengdu'"),
        "op15": lambda: rank_rate(CLAIM, CLAIM_OK, *Y25, by="a.insurer", lowest=True, margin=1.2),
        "op16": lambda: rate(CLAIM, CLAIM_OK, *Y25, "a.insurer = 'globalcare'"),
        "op17": lambda: step_time(CLAIM, CLAIM_PAID, *Y25),
        "op18": lambda: rank_rate(PAY, CHECKIN, *EXP, by="x.variant", cond="x.variant IS NOT NULL", margin=1.03),
        "op19": lambda: rate(PAY, CHECKIN, *EXP, "x.variant = 'control'"),
        "op20": lambda: rate(BOOK, PAY, *MAR_26, "a.channel = 'app'"),
        "op21": lambda: rate(BOOK, PAY, *FEB_26, "a.channel = 'app'"),
        "op22": lambda: events_at(PAYFAIL, *MAR_26),
        "op23": lambda: top_events_count(PAYFAIL, "e.app_version", "2026-01-01", "2026-03-28", margin=3),
        "op24": lambda: top_events_agg(CONSULT, "e.wait_minutes", "e.city", *Y25, margin=2.0),
        "op25": lambda: events_agg(CONSULT, "e.wait_minutes", *Y25, "e.city = 'wuhan'"),
        "op26": lambda: events_share(CONSULT, "e.wait_minutes > 60", *Y25),
        "op27": lambda: step_time(IMG_APPT, IMG_EXAM, *Y25, "a.city = 'hangzhou' AND a.modality = 'MRI'"),
        "op28": lambda: rate(IMG_ORDER, IMG_EXAM, *Y25, "a.city = 'hangzhou' AND a.modality = 'MRI'"),
        "op29": lambda: step_time(SAMPLE, REPORT, *Y25, agg="median", unit="hours"),
        # ---- volumes
        "op30": lambda: events_at(CANCEL, *Q4_25),
        "op31": lambda: events_at(DISPUTE, *JAN_26),
        "op32": lambda: events_at(DISPUTE, *JAN_MAY_26),
        "op33": lambda: top_events_count(DISPUTE, "e.dispute_reason", *SINCE_HIS, margin=2.0),
        "op34": lambda: events_at(BOOK, *JAN_26, "e.department = 'pediatrics'"),
        "op35": lambda: events_at(BOOK, *month(2025, 7), "e.department = 'pediatrics'"),
        "op36": lambda: top_events_count(CONSULT, "e.department", *Y25),
        "op37": lambda: events_share(BOOK, "e.channel = 'phone'", *Y25),
        "op38": lambda: events_at(BOOK, "2026-01-12", "2026-01-18"),
        "op39": lambda: events_at(REMIND, *Q1_26),
        "op40": lambda: top_events_count(IMG_EXAM, 'e."检查类型"', *Y25, margin=1.1),
        # ---- money
        "op41": lambda: orders(*Y25),
        "op42": lambda: orders(*Q1_26),
        "op43": lambda: top_orders("o.city", *Y25),
        "op44": lambda: orders(*Y25, "o.order_type = 'pharmacy'"),
        "op45": lambda: orders(*Y25, status="refunded"),
        "op46": lambda: per_customer(*Y25),
        "op47": lambda: orders_change(H1_25, H2_25),
        "op48": lambda: top_orders('o."科室"', *Y25, margin=1.1),
        "op49": lambda: orders_share("o.payment_method = 'insurance_direct'", *Y25),
        # ---- patients
        "op50": lambda: customers_count("c.segment = 'corporate'"),
        "op51": lambda: customers_share("c.preferred_language = 'en'"),
        "op52": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        # ---- feedback
        "op53": lambda: fb_topic_count(BILL_T),
        "op54": lambda: fb_ratio(BILL_T, _in("f.ts", *JAN_MAY_26)),
        "op55": lambda: fb_ratio(BILL_T, _in("f.ts", *H1_25)),
        "op56": lambda: top_fb_count("f.city", WAIT_T, margin=2.0),
        "op57": lambda: fb_avg(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "op58": lambda: fb_avg(f"{SURVEY} AND f.city = 'wuhan' AND {_in('f.ts', *Y25)}"),
        "op59": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.25),
        "op60": lambda: nps_score(f"{NPS} AND {_in('f.ts', *Y25)}"),
        "op61": lambda: rank_nps('f."院区"', f"{NPS} AND {_in('f.ts', *Y25)}"),
        "op62": lambda: top_fb_count("f.doctor_name", DOC_T, margin=2.0),
        "op63": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'app_review' AND {_in('f.ts', *MAR_26)}"),
        "op64": lambda: feedback_ids(MRI_T),
        "op65": lambda: fb_topic_count(PAYFAIL_T, _in("f.ts", *MAR_26)),
        "op66": lambda: top_fb_count("f.city", QUEUE_T, margin=2.0),
        "op67": lambda: fb_topic_count(PARK_T),
    }


def checks():
    """topic markers must match the generator's truth."""
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
        print(it["id"], it["lang"], it["question"][:70], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
