"""Gold answers for the 瑞检宠物诊断 RuiJian VetLab held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "clinics" / "customers" = rows of customers (a vet clinic, a chain branch, a 24-hour hospital or a university
  teaching hospital; leads that never got an account are customers too, segment prospect). The onboarding funnel
  follows DATA.md per clinic: a clinic reaches step k with an event at step k's touchpoint after reaching step k-1,
  within 60 days from its first step-1 event in the period (tp_enquiry -> tp_credential -> tp_account -> tp_submit).
  Rates are per clinic; the tolerance covers both readings (later steps allowed after the period end, or not).
  "Where do we lose the most" = the step whose next step is not reached by the most clinics (the loss between step k
  and k+1 is attributed to step k). A split by a customer attribute filters the step-1 clinics by that attribute;
- a sample = `session_id` SM... (one test request; a re-collected sample after a rejection is a new sample with
  `is_recollect` true and `original_sample_id`). Sample questions are per sample, as the questions say; a sample is in a
  period by the date of the event the question names (submitted, received, released ...). Rejection rate =
  tp_received rows with action rejected / tp_received rows (one per sample). On time = tp_report.on_time (released
  within the promised hours after receipt: 24 h routine blood, 48 h T4 / SDMA, 6 h urgent STAT blood, 120 h biopsy,
  168 h tumour margins, 72 h PCR). Missed pickup = tp_pickup action missed (the courier came the next day);
- times between steps = per sample, first B ts - first A ts (B after A), period by the date of A, median unless the
  question says average; only samples that reached B; "pickup" is the courier's actual pickup (action picked_up) and
  the tolerance covers counting from a missed attempt too. Add-on within 7 days = a tp_addon row of the same sample
  (accepted or declined) within 7 days after its tp_report. Invoice -> payment per invoice (`session_id` INV...);
- the A/B test exp_report_v2 (from 1 March 2026) is per clinic: a report belongs to the clinic's variant when released
  on or after 2026-03-01;
- money: orders.amount = list price x plan factor (monthly 0.95, annual package 0.85) x 1.5 for urgent STAT bloods, by
  order ts (= request submitted; add-ons at their request). "Revenue" / "sales" / 收入 = status paid + unpaid (rejected
  samples are cancelled and not charged; refunded orders are no revenue); outstanding / 欠款 = status unpaid (invoice
  not paid yet, incl. July 2026 not yet invoiced); refunds = status refunded. Revenue per ordering clinic = revenue /
  clinics with >= 1 such order;
- zh questions are checked against the Chinese twins (实验室, 区域, 诊所类型, 城市, 拒收原因, 快递, 检测类型, 投诉类型),
  en ones against site_en / region / clinic_type / courier_en / raw codes; touchpoint_id for touchpoints in both;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); report survey = channel `report_survey` (1-5 stars); negative = 1-2 stars; NPS = channel
  `nps_survey` 0-10, NPS score = share 9-10 minus share 0-6 (as a fraction), dated rows only when a period is named;
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
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1, "
                    "all_varchar=true)")


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


def _margin(rows, margin, lowest=False):
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:4]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:4]


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


# ---------- per sample ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def _gap(a_tp, b_tp, start, end, cond, a_cond="1=1"):
    return f"""FROM {_first(a_tp, a_cond)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", a_cond="1=1", unit="hours", alt_a_cond=None):
    div = 3600.0 if unit == "hours" else 86400.0
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {div}) {_gap(a_tp, b_tp, start, end, cond, a_cond)}")
    tol = max(0.05, v * 0.03)
    if alt_a_cond is not None:
        w = one(f"SELECT {agg}(epoch(b.t - a.t) / {div}) {_gap(a_tp, b_tp, start, end, cond, alt_a_cond)}")
        tol = max(tol, abs(v - w) + 0.05)
    if unit == "days":
        w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond, a_cond)}")
        tol = max(tol, abs(v - w) + 0.05)
    return dict(value=round(v, 3), tolerance=round(tol, 3))


def top_step_time(a_tp, b_tp, start, end, by, cond="1=1", agg="median", margin=1.25, min_n=20):
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t) / 3600) v, count(*) n "
             f"{_gap(a_tp, b_tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} "
             f"ORDER BY v DESC")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


def addon_share(start, end, cond="1=1"):
    """share of reports released in the period (cond on the report row / customer / variant) with an add-on request of
    the same sample within 7 days after the report."""
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events x WHERE x.session_id = a.session_id
                AND x.touchpoint_id = 'tp_addon' AND x.ts > a.t AND x.ts <= a.t + INTERVAL 7 DAY))::int)
                FROM {_first('tp_report')} a LEFT JOIN customers c ON c.customer_id = a.customer_id
                LEFT JOIN experiments x2 ON x2.customer_id = a.customer_id AND x2.experiment_id = 'exp_report_v2'
                WHERE {_in('a.t', start, end)} AND ({cond})""")
    return _rate(v)


# ---------- events ----------

def _ev(tp, start, end, cond):
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) {_ev(tp, start, end, cond)}"), tolerance=0.5)


def distinct_customers(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(DISTINCT e.customer_id) {_ev(tp, start, end, cond)}"), tolerance=0.5)


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=30, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    _margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

SALES = "o.status IN ('paid', 'unpaid')"


def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders_sum(start, end, cond="1=1", status=SALES):
    return _money(one(f"SELECT sum(o.amount) FROM orders o LEFT JOIN customers c USING (customer_id) "
                      f"WHERE {status} AND {_in('o.ts', start, end)} AND ({cond})"))


def orders_all(status):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE {status}"))


def orders_change(a, b, cond="1=1"):
    x, y = (one(f"SELECT sum(o.amount) FROM orders o WHERE {SALES} AND {_in('o.ts', *p)} AND ({cond})") for p in (a, b))
    return _rate((y - x) / x)


def orders_avg(start, end, cond="1=1"):
    v = one(f"SELECT avg(o.amount) FROM orders o WHERE {SALES} AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id) WHERE {SALES} AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", status=SALES, margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o LEFT JOIN customers c USING (customer_id)
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


def exp_count(variant):
    return dict(value=one(f"SELECT count(DISTINCT customer_id) FROM experiments WHERE experiment_id = 'exp_report_v2' "
                          f"AND variant = '{variant}'"), tolerance=0.5)


# ---------- feedback ----------

def _check_topic(cond, topic):
    t = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE t.topic = '{topic}' "
            f"AND NOT ({cond})")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE t.topic <> '{topic}' AND ({cond})")
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


def top_fb_avg(by, cond, margin=0.15, highest=True):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows
    return dict(top_entity=rows[0][0])


def _arm(variant):
    return (f"f.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = 'exp_report_v2' "
            f"AND variant = '{variant}')")


def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2025-01-01", "2026-07-31")
YTD26 = ("2026-01-01", "2026-07-31")
AB = ("2026-03-01", "2026-07-31")
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
(ENQ, CRED, ACC, SUBMIT, PICKUP, RECV, BLOOD, HISTO, PCR, REPORT, ADDON, COMPL, INV, PAY) = (
    "tp_enquiry", "tp_credential", "tp_account", "tp_submit", "tp_pickup", "tp_received", "tp_run_blood",
    "tp_run_histo", "tp_run_pcr", "tp_report", "tp_addon", "tp_complaint", "tp_invoice", "tp_payment")
SURVEY = "f.channel = 'report_survey'"
NPS = "f.channel = 'nps_survey'"
SLOW_T = _like("f.text", ["出报告慢", "slow"])
COURIER_T = _like("f.text", ["取样", "pickup"])
REJECTED_T = _like("f.text", ["拒收", "rejected"])
UNCLEAR_T = _like("f.text", ["看不懂", "hard to interpret"])
INVOICE_T = _like("f.text", ["账单", "invoice"])
ADDON_T = _like("f.text", ["追加", "add-on"])
PRICE_T = _like("f.text", ["价格", "太贵", "price", "expensive"])
FAST_T = _like("f.text", ["出报告快", "fast turnaround"])
PATH_T = _like("f.text", ["病理医生", "pathologist"])
ACCURATE_T = _like("f.text", ["准确", "accurate"])
OTHERLAB_T = _like("f.text", ["现在合作的实验室", "current lab"])
LICENCE_T = _like("f.text", ["资质", "执业许可证", "licence"])
TOPICS = ((SLOW_T, "slow"), (COURIER_T, "courier"), (REJECTED_T, "rejected"), (UNCLEAR_T, "unclear"),
          (INVOICE_T, "invoice"), (ADDON_T, "addon_declined"), (PRICE_T, "price"), (FAST_T, "fast"),
          (PATH_T, "pathologist"), (ACCURATE_T, "accurate"), (OTHERLAB_T, "other_lab"), (LICENCE_T, "licence"))
THIRD = "e.courier IN ('sf_cold', 'jd_cold')"


def gold():
    return {
        # ---- onboarding (per clinic)
        "vl01": lambda: conv("onboarding", *Y25),
        "vl02": lambda: top_lost("onboarding", *ALL),
        "vl03": lambda: rank_conv("onboarding", *ALL, by="c.acquisition_channel", lowest=True, margin=1.4),
        "vl04": lambda: conv("onboarding", *ALL, cond="c.acquisition_channel = 'referral'"),
        "vl05": lambda: events_at(ENQ, *month(2026, 4)),
        "vl06": lambda: events_at(ACC, *Q2_26),
        # ---- volumes
        "vl07": lambda: events_at(SUBMIT, *month(2025, 10)),
        "vl08": lambda: events_at(RECV, "2026-06-08", "2026-06-14"),
        "vl09": lambda: events_at(PCR, *month(2026, 7)),
        "vl10": lambda: top_events_count(RECV, "e.site_en", *H1_26, margin=1.4),
        "vl80": lambda: top_events_count(SUBMIT, "e.species", *ALL, margin=1.2),
        # ---- rejections
        "vl11": lambda: events_share(RECV, "e.action = 'rejected'", *Y25),
        "vl12": lambda: top_events_count(RECV, 'e."拒收原因"', *ALL, margin=1.4),
        "vl13": lambda: events_share(RECV, "coalesce(e.reject_reason = 'hemolysed', false)", *ALL,
                                     "e.test_type = 'blood' AND c.clinic_type = 'independent'"),
        "vl14": lambda: events_share(RECV, "coalesce(e.reject_reason = 'hemolysed', false)", *ALL,
                                     "e.test_type = 'blood' AND c.clinic_type = 'chain'"),
        "vl15": lambda: events_share(RECV, "coalesce(e.reject_reason = 'temperature', false)", "2025-07-01",
                                     "2025-08-31", THIRD),
        "vl16": lambda: top_events_share(RECV, "coalesce(e.reject_reason = 'temperature', false)", 'e."快递"',
                                         "2026-01-26", "2026-02-22", margin=1.5),
        "vl17": lambda: events_at(SUBMIT, *Y25, "e.is_recollect"),
        # ---- courier
        "vl18": lambda: step_time(PICKUP, RECV, *month(2026, 2), "a.courier = 'sf_cold'", a_cond="action = 'picked_up'",
                                  alt_a_cond="1=1"),
        "vl19": lambda: step_time(PICKUP, RECV, *month(2025, 2), "a.courier = 'sf_cold'", a_cond="action = 'picked_up'",
                                  alt_a_cond="1=1"),
        "vl20": lambda: events_at(PICKUP, *Y25, "e.action = 'missed'"),
        "vl21": lambda: top_events_share(PICKUP, "e.action = 'missed'", 'e."快递"', *ALL, lowest=True, margin=2.0),
        # ---- turnaround
        "vl22": lambda: step_time(RECV, REPORT, *Q1_26, "a.site = 'S3' AND a.test_type = 'histology'", unit="days"),
        "vl23": lambda: step_time(RECV, REPORT, *Q1_26, "a.site = 'S1' AND a.test_type = 'histology'", unit="days"),
        "vl24": lambda: events_share(REPORT, "e.on_time", *Y25, "e.test_type = 'blood'"),
        "vl25": lambda: top_events_share(REPORT, "e.on_time", 'e.test_type', *H1_26, lowest=True, margin=1.1),
        "vl26": lambda: step_time(RECV, REPORT, "2026-03-09", "2026-03-22",
                                  "c.region = 'Southwest China' AND a.test_type = 'pcr'"),
        "vl27": lambda: top_step_time(RECV, REPORT, *YTD26, "a.site_en", "a.test_type = 'histology'", margin=1.2),
        "vl28": lambda: step_time(RECV, REPORT, *H1_26, "a.test_type = 'blood' AND a.urgent"),
        "vl29": lambda: step_time(SUBMIT, REPORT, *Y25, "a.test_code = 'CBC' AND NOT a.urgent"),
        "vl58": lambda: events_share(REPORT, "e.on_time", *Q1_26, "e.test_type = 'histology' AND e.site = 'S3'"),
        # ---- add-ons and the A/B test
        "vl30": lambda: addon_share(*Y25, "a.test_type = 'blood'"),
        "vl31": lambda: events_at(ADDON, *ALL, "e.action = 'declined'"),
        "vl32": lambda: addon_share(*AB, "a.test_type = 'blood' AND x2.variant = 'treatment'"),
        "vl33": lambda: addon_share(*AB, "a.test_type = 'blood' AND x2.variant = 'control'"),
        "vl35": lambda: exp_count("treatment"),
        # ---- money
        "vl36": lambda: orders_sum(*Y25),
        "vl37": lambda: orders_sum(*month(2026, 6)),
        "vl38": lambda: orders_sum(*month(2026, 5)),
        "vl39": lambda: orders_change(H1_25, H1_26, "o.test_type = 'pcr'"),
        "vl40": lambda: top_orders('c."区域"', *Y25, margin=1.3),
        "vl41": lambda: orders_all("o.status = 'unpaid'"),
        "vl42": lambda: top_orders('c."诊所类型"', *ALL, status="o.status = 'unpaid'", margin=1.1),
        "vl43": lambda: orders_all("o.status = 'refunded'"),
        "vl44": lambda: orders_sum(*Y25, "o.order_type = 'addon'"),
        "vl45": lambda: per_customer(*Y25),
        "vl46": lambda: orders_avg(*H1_26, "o.order_type = 'test'"),
        "vl47": lambda: top_orders("o.test_code", *Y25, margin=1.15),
        # ---- invoices
        "vl48": lambda: step_time(INV, PAY, *Y25, "c.clinic_type = 'teaching'", unit="days"),
        "vl49": lambda: top_step_time(INV, PAY, *Y25, "c.clinic_type", margin=1.5),
        "vl50": lambda: events_at(INV, *Y25, "e.invoice_error"),
        # ---- customers
        "vl51": lambda: customers_count("c.segment = 'vip'"),
        "vl52": lambda: top_customers('c."城市"', "c.segment <> 'prospect'", margin=1.1),
        "vl53": lambda: distinct_customers(SUBMIT, *month(2026, 7)),
        # ---- complaints & feedback
        "vl54": lambda: top_events_count(COMPL, 'e."投诉类型"', *Y25, margin=1.15),
        "vl55": lambda: fb_topic_count(COURIER_T),
        "vl56": lambda: fb_topic_count(UNCLEAR_T),
        "vl57": lambda: fb_topic_count(PATH_T),
        "vl59": lambda: fb_avg(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "vl60": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "vl61": lambda: nps_score(f"{NPS} AND {_in('f.ts', '2026-06-01', '2026-06-30')}"),
        "vl62": lambda: top_nps('f."区域"', f"{NPS} AND {_in('f.ts', '2026-06-01', '2026-06-30')}"),
        "vl63": lambda: fb_avg(NPS, col="f.nps", tol=0.05),
        "vl64": lambda: fb_topic_count(f"{PRICE_T} AND f.channel = 'sales_note'"),
        "vl65": lambda: feedback_ids(f"{REJECTED_T} AND {_in('f.ts', *YTD26)}"),
        "vl66": lambda: fb_topic_count(INVOICE_T),
        "vl34": lambda: fb_topic_count(f"{UNCLEAR_T} AND {_in('f.ts', *AB)} AND {_arm('treatment')}"),
        "vl67": lambda: fb_topic_count(f"{UNCLEAR_T} AND {_in('f.ts', *AB)} AND {_arm('control')}"),
    }


def checks():
    """topic markers must match the generator's truth."""
    for cond, topic in TOPICS:
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0:
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
