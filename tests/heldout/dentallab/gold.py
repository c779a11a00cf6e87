"""Gold answers for the 铂瓷义齿 PlatiCera Dental Lab held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "clinics" / "customers" = rows of customers (a dental clinic, a chain-clinic branch, a hospital's dental department or
  a Hong Kong / Macau practice; leads that never signed are customers too, segment prospect). The onboarding funnel
  follows DATA.md per clinic: a clinic reaches step k with an event at step k's touchpoint after reaching step k-1,
  within 60 days from its first step-1 event in the period (tp_lead -> tp_trial_case -> tp_contract). Rates are per
  clinic; the tolerance covers both readings (later steps allowed after the period end, or not). "Where do we lose the
  most" = the step whose next step is not reached by the most clinics (the loss between step k and k+1 is attributed
  to step k). A split by a customer attribute filters the step-1 clinics by that attribute;
- a case = `session_id` CS… (a clinic's piece of work for one patient; a remake is a case of its own with
  `is_remake` true and `original_case_id`). Case questions are per case, as the questions say ("per case", "按病例算"):
  a case is in a period by the date of the event the question names (received, first plan, shipped, designed …).
  "Crown & bridge work" = every product but aligners. Remake rate = non-remake crown & bridge cases first shipped in the
  period that have a tp_remake (at any time) / those cases. Remake requests by reason = tp_remake rows by their ts.
  Aligner per-case funnel = cases whose first tp_plan is in the period, reaching tp_plan_approved, tp_production,
  tp_shipped afterwards (at any time). Impression / scan reject rate = tp_scan_check rows with attempt 1 and action
  rejected / attempt-1 rows, by check date. First-time QC failure = tp_qc attempt 1 action failed / attempt-1 rows.
  On time = tp_delivered.on_time (delivered no later than the case's due date; aligners have no due date);
- times between steps = per case, first B ts - first A ts (B after A), period by the date of A, median unless the
  question says average; only cases that reached B. Statement -> payment per statement (`session_id` ST…). Remake
  request -> remake shipped joins the remake case by `original_case_id`;
- money: orders.amount = units x unit price (+50 % rush fee; remakes the clinic is responsible for at half price; lab-
  fault remakes are free and have no order), by order ts (= case received). "Sales" / "revenue" = status paid + unpaid
  (cancelled cases are no sales); outstanding = status unpaid (statement not paid yet, incl. the not yet billed August
  2026); paid = status paid. Revenue per ordering clinic = sales / clinics with >= 1 such order. Units = orders.units;
- zh questions are checked against the Chinese twins (生产基地, 材料, 区域, 客户类型, 获客渠道, designer), en ones against
  site_en / material / region / customer_type / acquisition_channel / designer_en / raw codes; touchpoint_id for
  touchpoints in both;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); follow-up call ratings = channel `followup_call` (1-5 stars); rating by touchpoint =
  feedback.touchpoint_id over rows with a rating; negative = 1-2 stars; NPS = survey `nps` 0-10, NPS score = share
  9-10 minus share 0-6 (as a fraction), dated rows only when a period is named;
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
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true, "
                "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1, "
                    "all_varchar=true)")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


def _margin(rows, margin, lowest=False):
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]


def _rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


# ---------- onboarding funnel (per clinic, DATA.md rule) ----------

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


def conv(journey, start, end, cond="1=1"):
    a = funnel(journey, start, end, cond=cond)
    b = funnel(journey, start, end, bounded=True, cond=cond)
    v = a[-1] / a[0]
    tol = max(0.01, round(abs(v - b[-1] / b[0]) + 0.005, 4))
    return dict(value=round(v, 4), tolerance=round(tol, 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=20):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        _margin(rows, margin, lowest)
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


# ---------- per case ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def _has(tp, cond="1=1", sess="a.session_id"):
    return f"EXISTS (SELECT 1 FROM events x WHERE x.session_id = {sess} AND x.touchpoint_id = '{tp}' AND ({cond}))"


def case_share(tp, num, start, end, cond="1=1", first_cond="1=1"):
    """share of cases (first event at tp in the period, satisfying cond) for which num holds."""
    v = one(f"""SELECT avg(({num})::int) FROM {_first(tp, first_cond)} a LEFT JOIN customers c
                ON c.customer_id = a.customer_id WHERE {_in('a.t', start, end)} AND ({cond})""")
    return _rate(v)


def case_top_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=30, lowest=False):
    rows = q(f"""SELECT {by}, avg(({num})::int) r, count(*) n FROM {_first(tp)} a LEFT JOIN customers c
                 ON c.customer_id = a.customer_id WHERE {_in('a.t', start, end)} AND ({cond}) AND {by} IS NOT NULL
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}""")
    _margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def case_top_lost(steps, start, end, cond="1=1", margin=1.5):
    """per-case funnel over steps (each later step at any time after the one before); the step before the biggest
    loss."""
    parts = [f"(SELECT min(x.ts) FROM events x WHERE x.session_id = a.session_id AND x.touchpoint_id = '{tp}') AS t{k}"
             for k, tp in enumerate(steps[1:], 1)]
    rows = q(f"SELECT a.t, {', '.join(parts)} FROM {_first(steps[0])} a WHERE {_in('a.t', start, end)} AND ({cond})")
    counts = [len(rows)]
    for k in range(1, len(steps)):
        counts.append(sum(1 for r in rows if all(r[j] is not None and r[j] > r[j - 1] for j in range(1, k + 1))))
    lost = [counts[i] - counts[i + 1] for i in range(len(counts) - 1)]
    best = max(range(len(lost)), key=lambda i: lost[i])
    assert lost[best] > sorted(lost)[-2] * margin, (counts, lost)
    return dict(top_entity=steps[best])


def remake_rate(start, end, cond="1=1"):
    return case_share("tp_shipped", _has("tp_remake"), start, end,
                      f"a.is_remake = false AND a.product_type <> 'aligner' AND ({cond})")


UNITS = {"hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond, a_cond="1=1"):
    return f"""FROM {_first(a_tp, a_cond)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", a_cond="1=1"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400) {_gap(a_tp, b_tp, start, end, cond, a_cond)}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond, a_cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def top_step_time(a_tp, b_tp, start, end, by, agg="median", margin=1.25, min_n=20, a_cond="1=1"):
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t) / 86400) v, count(*) n "
             f"{_gap(a_tp, b_tp, start, end, '1=1', a_cond)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


def remake_turnaround(start, end, agg="median"):
    """remake request -> the remake case's first shipment (joined by original_case_id)."""
    base = f"""FROM {_first('tp_remake')} a JOIN events r ON r.touchpoint_id = 'tp_case_received'
               AND r.original_case_id = a.session_id JOIN {_first('tp_shipped')} b ON b.session_id = r.session_id
               WHERE b.t > a.t AND {_in('a.t', start, end)}"""
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400) {base}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {base}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- events ----------

def _ev(tp, start, end, cond):
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) {_ev(tp, start, end, cond)}"), tolerance=0.5)


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    _margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


def statement_pay(start, end, cond="1=1", agg="median"):
    return step_time("tp_statement", "tp_payment", start, end, cond, agg)


# ---------- orders / customers ----------

SALES = "o.status IN ('paid', 'unpaid')"


def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders_sum(start, end, cond="1=1", status=SALES, col="o.amount"):
    return _money(one(f"SELECT sum({col}) FROM orders o LEFT JOIN customers c USING (customer_id) "
                      f"WHERE {status} AND {_in('o.ts', start, end)} AND ({cond})"))


def orders_all(status):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE {status}"))


def orders_change(a, b, cond="1=1", status=SALES):
    x, y = (one(f"SELECT sum(o.amount) FROM orders o WHERE {status} AND {_in('o.ts', *p)} AND ({cond})")
            for p in (a, b))
    return _rate((y - x) / x)


def orders_avg(start, end, cond="1=1"):
    v = one(f"SELECT avg(o.amount) FROM orders o WHERE {SALES} AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id) WHERE {SALES} AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", status=SALES, col="o.amount", margin=1.15):
    rows = q(f"""SELECT {by}, sum({col}) n FROM orders o LEFT JOIN customers c USING (customer_id)
                 WHERE {status} AND {_in('o.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_customers(by, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _margin(rows, margin)
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


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return _rate(v)


def top_nps(by, cond, margin=0.15, lowest=True):
    rows = q(f"SELECT {by}, avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) s, count(*) FROM feedback f "
             f"WHERE f.nps IS NOT NULL AND {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY s {'' if lowest else 'DESC'}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows
    return dict(top_entity=rows[0][0])


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
ALL = ("2025-01-01", "2026-08-31")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
(LEAD, TRIAL, CONTRACT, RECEIVED, CHECK, DESIGN, PLAN, APPROVED, PROD, QC, SHIPPED, DELIVERED, FITTING, REMAKE, CANCEL,
 STATEMENT, PAYMENT, FOLLOWUP) = (
    "tp_lead", "tp_trial_case", "tp_contract", "tp_case_received", "tp_scan_check", "tp_design", "tp_plan",
    "tp_plan_approved", "tp_production", "tp_qc", "tp_shipped", "tp_delivered", "tp_fitting", "tp_remake", "tp_cancel",
    "tp_statement", "tp_payment", "tp_followup")
CALL = "f.channel = 'followup_call'"
SURVEY = "f.channel = 'survey'"
NON_AL = "a.product_type <> 'aligner' AND a.is_remake = false"
FIT_T = _like("f.text", ["就位", "seat"])
OCC_T = _like("f.text", ["咬合高", "high bite", "occlusion"])
SHADE_T = _like("f.text", ["颜色", "比色", "shade", "colour"])
CONTACT_T = _like("f.text", ["邻接", "contact"])
CHIP_T = _like("f.text", ["崩瓷", "chip"])
LATE_T = _like("f.text", ["晚了", "延误", "超时", "没按时", "到晚了", "late", "overdue"])
CUSTOMS_T = _like("f.text", ["清关", "海关", "customs"])
RETAKE_T = _like("f.text", ["重新取模", "重取", "retake", "new impression"])
PLAN_T = _like("f.text", ["方案", "treatment plan", "setup"])
PRICE_T = _like("f.text", ["价格", "太贵", "price", "expensive", "pricey"])
STATEMENT_T = _like("f.text", ["对账", "账单", "statement", "invoice"])
QUALITY_T = _like("f.text", ["做工", "workmanship", "beautiful"])
FAST_T = _like("f.text", ["速度快", "出件快", "quick", "fast"])
OTHERLAB_T = _like("f.text", ["技工所", "current lab", "existing lab"])
TURN_T = _like("f.text", ["出件周期", "turnaround"])
TRIAL_T = _like("f.text", ["试做", "trial case"])
TOPICS = ((FIT_T, "fit"), (OCC_T, "occlusion"), (SHADE_T, "shade"), (CONTACT_T, "contact"), (CHIP_T, "chipping"),
          (LATE_T, "late"), (CUSTOMS_T, "customs"), (RETAKE_T, "retake"), (PLAN_T, "plan"), (PRICE_T, "price"),
          (STATEMENT_T, "statement"), (QUALITY_T, "quality"), (FAST_T, "fast"), (OTHERLAB_T, "other_lab"),
          (TURN_T, "turnaround"), (TRIAL_T, "trial"))


def gold():
    S2, S1 = "a.site = 'S2'", "a.site = 'S1'"
    return {
        # ---- onboarding (per clinic)
        "dl01": lambda: conv("onboarding", *Y25),
        "dl02": lambda: top_lost("onboarding", *Y25),
        "dl03": lambda: rank_conv("onboarding", *ALL, by="c.acquisition_channel", lowest=True, margin=1.8),
        "dl04": lambda: conv("onboarding", *ALL, cond="c.acquisition_channel = 'referral'"),
        "dl05": lambda: events_at(LEAD, *month(2026, 3)),
        "dl06": lambda: events_at(CONTRACT, *Q1_26),
        # ---- aligners (per case)
        "dl07": lambda: case_share(PLAN, _has(APPROVED), *H1_26),
        "dl08": lambda: case_top_lost([PLAN, APPROVED, PROD, SHIPPED], *Y25),
        "dl09": lambda: top_step_time(PLAN, APPROVED, *ALL, 'c.customer_type', margin=1.5),
        "dl10": lambda: step_time(PLAN, APPROVED, *ALL, "c.\"客户类型\" = '连锁口腔'"),
        "dl11": lambda: step_time(CHECK, PLAN, "2026-07-01", "2026-08-31", "a.product_type = 'aligner'",
                                  a_cond="action = 'passed'"),
        "dl12": lambda: step_time(CHECK, PLAN, "2025-07-01", "2025-08-31", "a.product_type = 'aligner'",
                                  a_cond="action = 'passed'"),
        # ---- impression / scan check
        "dl14": lambda: events_share(CHECK, "e.action = 'rejected'", "2025-06-01", "2025-08-31",
                                     "e.attempt = 1 AND e.impression_type = 'physical_impression'"),
        "dl15": lambda: events_share(CHECK, "e.action = 'rejected'", "2025-06-01", "2025-08-31",
                                     "e.attempt = 1 AND e.impression_type = 'digital_scan'"),
        # ---- QC
        "dl18": lambda: events_share(QC, "e.action = 'failed'", *Q4_25,
                                     "e.attempt = 1 AND e.site = 'S2' AND e.material = 'zirconia'"),
        "dl19": lambda: events_share(QC, "e.action = 'failed'", *Q4_25,
                                     "e.attempt = 1 AND e.site = 'S1' AND e.material = 'zirconia'"),
        "dl20": lambda: top_events_share(QC, "e.action = 'failed'", 'e."生产基地"', *Y25, "e.attempt = 1", margin=1.4),
        "dl21": lambda: top_events_count(QC, "e.qc_issue", *Q4_25, "e.site = 'S2' AND e.action = 'failed'",
                                         margin=2.0),
        # ---- remakes
        "dl23": lambda: remake_rate(*Y25),
        "dl24": lambda: case_top_share(DESIGN, _has(REMAKE, "x.remake_reason = 'occlusion'"), "a.designer", *ALL,
                                       margin=3.0),
        "dl25": lambda: case_share(DESIGN, _has(REMAKE, "x.remake_reason = 'occlusion'"), *ALL,
                                   "a.designer_en = 'Chen Zhiqiang'"),
        "dl26": lambda: case_top_share(SHIPPED, _has(REMAKE, "x.remake_reason = 'shade'"), 'a."材料"', *ALL,
                                       "a.is_remake = false", margin=3.0),
        "dl27": lambda: top_events_count(REMAKE, "e.remake_reason", *Q4_25, margin=1.8),
        "dl28": lambda: events_at(REMAKE, *Q2_26, "e.remake_reason = 'occlusion'"),
        "dl30": lambda: orders_sum(*Y25, "o.order_type = 'remake_charged'"),
        # ---- times
        "dl31": lambda: step_time(RECEIVED, SHIPPED, *Q2_26, f"{NON_AL} AND NOT a.rush"),
        "dl32": lambda: step_time(RECEIVED, SHIPPED, *Q2_26, f"{NON_AL} AND a.rush"),
        "dl33": lambda: step_time(SHIPPED, DELIVERED, *month(2026, 3), "c.region = 'Hong Kong'"),
        "dl34": lambda: step_time(SHIPPED, DELIVERED, *month(2025, 3), "c.region = 'Hong Kong'"),
        "dl35": lambda: events_share(DELIVERED, "e.on_time", *month(2026, 2), "e.on_time IS NOT NULL"),
        "dl36": lambda: events_share(DELIVERED, "e.on_time", *Y25, "e.on_time IS NOT NULL"),
        "dl37": lambda: statement_pay(*Y25, "c.customer_type = 'hospital'"),
        "dl38": lambda: top_step_time(STATEMENT, PAYMENT, *Y25, 'c."客户类型"', margin=1.8),
        "dl39": lambda: remake_turnaround(*H1_26),
        # ---- money
        "dl40": lambda: orders_sum(*Y25),
        "dl41": lambda: orders_sum(*month(2026, 7)),
        "dl42": lambda: orders_sum(*month(2026, 6)),
        "dl43": lambda: orders_change(H1_25, H1_26, "o.material = 'PFM'"),
        "dl44": lambda: orders_change(H1_25, H1_26, "o.product_type = 'implant_crown'"),
        "dl45": lambda: top_orders("o.material", *Y25, "o.product_type <> 'aligner'", margin=1.1),
        "dl46": lambda: top_orders('c."区域"', *Y25, margin=1.3),
        "dl47": lambda: orders_all("o.status = 'unpaid'"),
        "dl48": lambda: top_orders('c."客户类型"', *ALL, status="o.status = 'unpaid'", margin=1.2),
        "dl49": lambda: orders_sum(*H2_25, col="o.rush_fee"),
        "dl51": lambda: per_customer(*Y25),
        # ---- volumes / customers
        "dl54": lambda: events_at(RECEIVED, *month(2025, 10)),
        "dl55": lambda: events_at(RECEIVED, *month(2025, 10), "e.is_remake = false"),
        "dl56": lambda: events_at(SHIPPED, "2026-08-10", "2026-08-16"),
        "dl57": lambda: events_at(RECEIVED, "2026-01-12", "2026-01-18", "e.is_remake = false"),
        "dl58": lambda: customers_count("c.segment = 'vip'"),
        "dl59": lambda: top_customers('c."区域"', "c.\"区域\" <> '深圳'", margin=1.3),
        # ---- feedback
        "dl60": lambda: fb_topic_count(FIT_T),
        "dl61": lambda: top_fb_count("f.site_en", f"{FIT_T} AND {_in('f.ts', *Q4_25)}", margin=1.5),
        "dl62": lambda: fb_topic_count(OCC_T),
        "dl63": lambda: top_fb_count("f.designer", OCC_T, margin=3.0),
        "dl64": lambda: fb_topic_count(CUSTOMS_T),
        "dl65": lambda: fb_ratio("f.rating <= 2", f"{CALL} AND {_in('f.ts', *Y25)}"),
        "dl66": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.3),
        "dl67": lambda: fb_avg(f"{CALL} AND f.site = 'S2' AND {_in('f.ts', *Q4_25)}", tol=0.05),
        "dl68": lambda: nps_score(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "dl69": lambda: fb_avg(SURVEY, col="f.nps", tol=0.05),
        "dl70": lambda: fb_topic_count(STATEMENT_T),
        "dl71": lambda: feedback_ids(f"{CUSTOMS_T} AND f.region = 'Hong Kong' AND {_in('f.ts', '2026-03-01', '2026-04-30')}"),
        "dl72": lambda: fb_topic_count(f"{PRICE_T} AND f.channel = 'sales_note'"),
        "dl73": lambda: top_nps("f.customer_type", f"{SURVEY} AND {_in('f.ts', '2026-06-01', '2026-06-30')}"),
    }


def checks():
    """topic markers must match the generator's truth."""
    for cond, topic in TOPICS:
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if _has_truth():
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
    n_zh = sum(it["lang"] == "zh" for it in items)
    print(f"{len(items)} items: zh {n_zh}, en {len(items) - n_zh}; statuses",
          {s: sum(it['expect'].get('status') == s for it in items) for s in ('ok', 'clarify', 'unsupported')},
          "follow-ups", sum('follow_up_of' in it for it in items), "as_of", sum('as_of' in it for it in items))
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
