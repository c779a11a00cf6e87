"""Gold answers for the 档立方 ArchiCube (archive digitisation) held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "clients" / "customers" = rows of customers (a hospital, a law firm or a council / public archive; leads that never
  signed are customers too, segment prospect). The sales funnel follows DATA.md per customer: a customer reaches step k
  with an event at step k's touchpoint after reaching step k-1, within 120 days from its first step-1 event in the
  period (tp_rfq -> tp_site_survey -> tp_quote -> tp_contract). Rates per customer; the tolerance covers both readings
  (later steps allowed after the period end, or not). "Where do we lose the most" = the step whose next step is not
  reached by the most customers (the loss between step k and k+1 is attributed to step k). A split by a customer
  attribute filters the step-1 customers;
- a batch = `session_id` JB... (boxes collected once). "Batches taken in" = tp_pickup rows with action collected
  (a missed van visit is a separate `missed` row, a cancelled booking a `cancelled` row). Pages scanned = page_count
  of tp_scan rows with action scanned (rescans excluded), by scan date. QC failure rate = tp_qc rows failed / tp_qc rows
  (a rescanned batch has a failed and a passed check), by QC date. On time = tp_delivery.on_time (delivered within the
  promised days after collection: 7 express, 20 standard, 25 large-format drawings), by delivery date. Acceptance
  rejection rate = tp_acceptance rows rejected / tp_acceptance rows. Times between steps per batch: first B ts - first A
  ts (pickup = the `collected` row), period by the date of A, median unless the question says average;
- scan on demand (调档) = `session_id` RT...: request tp_retrieval, delivery tp_retrieval_sent (on_time = within 4 h
  urgent / 24 h standard); invoice -> payment per invoice (`session_id` INV...), by invoice date;
- the A/B test exp_smart_search is per client (assigned 1-2 March 2026): a portal search (`session_id` PS..., one
  tp_portal row) belongs to the client's arm when made on or after 2026-03-01; success = a tp_doc_open in the same
  session. Exact duplicate event rows (tracker re-push) are loaded once;
- money: orders.amount in CNY; order_type batch (pages x price per page x plan factor x 1.4 express, ts = collection),
  retrieval (scan-on-demand fee), storage (monthly box storage, managed plan). "Revenue" / 收入 / 营收 = status paid +
  unpaid by order ts (cancelled bookings and refunded / credited orders excluded); outstanding / 欠款 = unpaid;
  refunds = refunded. Revenue per paying client = revenue / clients with >= 1 such order;
- zh questions are checked against the Chinese twins (扫描中心, 客户类型, 获客渠道, 缺陷类型, 文档类型, 投诉类型, 区域),
  en ones against centre_en / org_type / region / raw codes; touchpoint_id for touchpoints in both;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); acceptance survey = channel `acceptance_survey` (1-5 stars), negative = 1-2 stars; NPS =
  channel `nps_survey` 0-10, NPS score = share 9-10 minus share 0-6 (as a fraction), dated rows only when a period is
  named; lost-deal notes = channel `sales_note`;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of` (2026-07-03: "last month" =
  June 2026, "this year" = 2026-01-01 .. 2026-07-03, data ends 2026-06-30).
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


# ---------- sales funnel (per customer, DATA.md rule) ----------

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


def top_lost(journey, start, end, margin=1.15):
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


# ---------- per batch / request ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def _gap(a_tp, b_tp, start, end, cond, a_cond="1=1"):
    return f"""FROM {_first(a_tp, a_cond)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", a_cond="1=1", unit="hours"):
    div = 3600.0 if unit == "hours" else 86400.0
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {div}) {_gap(a_tp, b_tp, start, end, cond, a_cond)}")
    tol = max(0.05, v * 0.03)
    if unit == "days":
        w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond, a_cond)}")
        tol = max(tol, abs(v - w) + 0.05)
    return dict(value=round(v, 3), tolerance=round(tol, 3))


def top_step_time(a_tp, b_tp, start, end, by, cond="1=1", agg="median", margin=1.25, min_n=20, unit="hours"):
    div = 3600.0 if unit == "hours" else 86400.0
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t) / {div}) v, count(*) n "
             f"{_gap(a_tp, b_tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} "
             f"ORDER BY v DESC")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


def search_success(start, end, variant):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events o WHERE o.session_id = a.session_id
                AND o.touchpoint_id = 'tp_doc_open'))::int)
                FROM events a JOIN experiments x ON x.customer_id = a.customer_id
                AND x.experiment_id = 'exp_smart_search'
                WHERE a.touchpoint_id = 'tp_portal' AND {_in('a.ts', start, end)} AND x.variant = '{variant}'""")
    return _rate(v)


# ---------- events ----------

def _ev(tp, start, end, cond):
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) {_ev(tp, start, end, cond)}"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}")
    return dict(value=float(v), tolerance=round(max(0.5, float(v) * 0.002), 1))


def events_avg(tp, col, start, end, cond="1=1", rel=0.005, tol=None):
    v = float(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 4), tolerance=tol if tol is not None else round(max(0.005, v * rel), 4))


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


def top_events_sum(tp, col, by, start, end, cond="1=1", margin=1.1, lowest=False):
    rows = q(f"SELECT {by}, sum({col}) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"ORDER BY n {'' if lowest else 'DESC'}")
    _margin(rows, margin, lowest)
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


def top_customers(by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


def exp_count(variant):
    return dict(value=one(f"SELECT count(DISTINCT customer_id) FROM experiments WHERE experiment_id = "
                          f"'exp_smart_search' AND variant = '{variant}'"), tolerance=0.5)


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


def _arm(variant):
    return (f"f.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = 'exp_smart_search' "
            f"AND variant = '{variant}')")


def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2025-01-01", "2026-06-30")
AB = ("2026-03-01", "2026-06-30")
Q1_26, Q2_26, Q4_25 = quarter(2026, 1), quarter(2026, 2), quarter(2025, 4)
(RFQ, SURVEY_TP, QUOTE, CONTRACT, PICKUP, SCAN, OCR, QC, INDEX, DELIVERY, ACCEPT, RETURN, RETR, RETR_SENT, PORTAL,
 DOC_OPEN, COMPL, INV, PAY) = (
    "tp_rfq", "tp_site_survey", "tp_quote", "tp_contract", "tp_pickup", "tp_scan", "tp_ocr", "tp_qc", "tp_index",
    "tp_delivery", "tp_acceptance", "tp_return", "tp_retrieval", "tp_retrieval_sent", "tp_portal", "tp_doc_open",
    "tp_complaint", "tp_invoice", "tp_payment")
ACC_SURVEY = "f.channel = 'acceptance_survey'"
NPS = "f.channel = 'nps_survey'"
OCR_T = _like("f.text", ["识别错", "ocr"])
LATE_T = _like("f.text", ["延期", "overdue"])
MISSING_T = _like("f.text", ["漏页", "missing pages"])
DAMAGED_T = _like("f.text", ["损坏", "damaged"])
INVOICE_T = _like("f.text", ["账单", "invoice"])
SEARCH_T = _like("f.text", ["搜不到", "search"])
RETR_T = _like("f.text", ["调档", "retrieval"])
PICKUP_T = _like("f.text", ["取件", "pickup"])
PRICE_T = _like("f.text", ["价格", "太贵", "price", "expensive"])
TENDER_T = _like("f.text", ["招标", "tender"])
FAST_T = _like("f.text", ["速度快", "quick"])
SECURE_T = _like("f.text", ["安全", "secure"])
PM_T = _like("f.text", ["项目经理", "project manager"])
TOPICS = ((OCR_T, "ocr_error"), (LATE_T, "late"), (MISSING_T, "missing_pages"), (DAMAGED_T, "damaged"),
          (INVOICE_T, "invoice"), (SEARCH_T, "search"), (RETR_T, "retrieval_slow"), (PICKUP_T, "pickup"),
          (PRICE_T, "price"), (TENDER_T, "tender"), (FAST_T, "fast"), (SECURE_T, "secure"), (PM_T, "pm"))
COLLECTED = "e.action = 'collected'"
FIRST_SCAN = "e.action = 'scanned'"


def gold():
    return {
        # ---- sales pipeline (per customer)
        "as01": lambda: conv("sales", *Y25),
        "as02": lambda: top_lost("sales", *ALL),
        "as03": lambda: rank_conv("sales", *ALL, by="c.org_type", lowest=True, margin=1.4),
        "as04": lambda: conv("sales", *ALL, cond="c.org_type = 'law_firm'"),
        "as05": lambda: rank_conv("sales", *ALL, by='c."获客渠道"', margin=1.15),
        "as06": lambda: events_at(RFQ, *month(2026, 4)),
        "as07": lambda: events_at(CONTRACT, *Q2_26),
        "as08": lambda: events_avg(QUOTE, "e.quote_amount", *Y25),
        # ---- volumes
        "as09": lambda: events_at(PICKUP, *month(2025, 12), COLLECTED),
        "as10": lambda: events_at(PICKUP, *month(2025, 12), f"{COLLECTED} AND c.org_type = 'council'"),
        "as11": lambda: events_sum(SCAN, "e.pages", *Q1_26, FIRST_SCAN),
        "as12": lambda: top_events_sum(SCAN, "e.pages", "e.centre_en", *H1_26, FIRST_SCAN, margin=1.3, lowest=True),
        # ---- QC / OCR
        "as13": lambda: events_share(QC, "e.action = 'failed'", "2025-09-01", "2025-10-31", "e.centre = 'S2'"),
        "as14": lambda: events_share(QC, "e.action = 'failed'", "2025-09-01", "2025-10-31", "e.centre = 'S1'"),
        "as15": lambda: top_events_count(QC, 'e."缺陷类型"', *ALL, "e.action = 'failed'", margin=1.4),
        "as16": lambda: top_events_share(QC, "e.action = 'failed'", "c.org_type", *Y25, margin=1.3),
        "as17": lambda: events_avg(OCR, "e.ocr_confidence", *Y25,
                                   "e.doc_type = 'medical_records' AND e.handwritten", tol=0.005),
        "as18": lambda: events_at(SCAN, *Y25, "e.action = 'rescan'"),
        # ---- turnaround
        "as19": lambda: step_time(PICKUP, DELIVERY, *Q1_26, "c.region = 'Hong Kong'", a_cond="action = 'collected'",
                                  unit="days"),
        "as20": lambda: step_time(PICKUP, DELIVERY, *Q4_25, "c.region = 'Hong Kong'", a_cond="action = 'collected'",
                                  unit="days"),
        "as21": lambda: events_share(DELIVERY, "e.on_time", *Y25),
        "as22": lambda: top_events_share(DELIVERY, "e.on_time", "e.centre_en", *month(2026, 5), lowest=True,
                                         margin=1.1),
        "as23": lambda: events_share(DELIVERY, "e.on_time", *month(2026, 6), "e.centre = 'S3'"),
        "as24": lambda: step_time(PICKUP, DELIVERY, *H1_26, "a.express", agg="avg", a_cond="action = 'collected'",
                                  unit="days"),
        # ---- acceptance / originals
        "as25": lambda: events_at(ACCEPT, *Y25, "e.action = 'rejected'"),
        "as26": lambda: events_share(ACCEPT, "e.action = 'rejected'", *Y25, "c.org_type = 'hospital'"),
        "as27": lambda: events_at(RETURN, *ALL, "e.damaged"),
        # ---- scan on demand
        "as28": lambda: events_at(RETR, *Y25, "c.org_type = 'law_firm'"),
        "as29": lambda: events_share(RETR_SENT, "e.on_time", *H1_26, "e.urgent"),
        "as30": lambda: top_step_time(RETR, RETR_SENT, *Q2_26, "a.centre_en", "a.urgent", margin=1.5),
        "as31": lambda: events_at(RETR, *month(2026, 6)),
        "as32": lambda: events_at(RETR, *month(2026, 6), "e.urgent"),
        # ---- portal and the A/B test
        "as33": lambda: search_success(*AB, "treatment"),
        "as34": lambda: search_success(*AB, "control"),
        "as35": lambda: exp_count("treatment"),
        "as36": lambda: events_at(PORTAL, *Y25, "e.device IN ('ios', 'android')"),
        "as37": lambda: fb_topic_count(f"{SEARCH_T} AND {_arm('treatment')}", _in("f.ts", *AB)),
        "as38": lambda: fb_topic_count(f"{SEARCH_T} AND {_arm('control')}", _in("f.ts", *AB)),
        # ---- money
        "as39": lambda: orders_sum(*Y25),
        "as40": lambda: orders_sum(*month(2026, 6)),
        "as41": lambda: orders_sum(*month(2026, 5)),
        "as42": lambda: top_orders('c."客户类型"', *Y25, margin=1.3),
        "as43": lambda: orders_all("o.status = 'unpaid'"),
        "as44": lambda: top_orders('c."客户类型"', *ALL, status="o.status = 'unpaid'", margin=1.2),
        "as45": lambda: orders_all("o.status = 'refunded'"),
        "as46": lambda: orders_change(H1_25, H1_26),
        "as47": lambda: orders_avg(*H1_26, "o.order_type = 'batch'"),
        "as48": lambda: orders_sum(*Y25, "o.order_type = 'retrieval'"),
        "as49": lambda: per_customer(*Y25),
        "as50": lambda: top_orders('o."文档类型"', *Y25, "o.order_type = 'batch'", margin=1.5),
        # ---- invoices
        "as51": lambda: step_time(INV, PAY, *Y25, "c.org_type = 'council'", unit="days"),
        "as52": lambda: top_step_time(INV, PAY, *Y25, 'c."客户类型"', margin=1.5, unit="days"),
        "as53": lambda: events_at(INV, *Y25, "e.invoice_error"),
        # ---- customers
        "as54": lambda: customers_count("c.segment = 'vip'"),
        "as55": lambda: top_customers("c.city", "c.segment <> 'prospect'"),
        "as56": lambda: distinct_customers(PICKUP, *month(2026, 6), COLLECTED),
        # ---- complaints & feedback
        "as57": lambda: top_events_count(COMPL, "e.complaint_type", *Y25, margin=1.3),
        "as58": lambda: fb_topic_count(OCR_T),
        "as59": lambda: fb_topic_count(MISSING_T),
        "as60": lambda: fb_topic_count(DAMAGED_T),
        "as61": lambda: fb_topic_count(PM_T),
        "as62": lambda: fb_avg(f"{ACC_SURVEY} AND {_in('f.ts', *Y25)}"),
        "as63": lambda: fb_ratio("f.rating <= 2", f"{ACC_SURVEY} AND {_in('f.ts', *H1_26)}"),
        "as64": lambda: nps_score(f"{NPS} AND {_in('f.ts', *month(2026, 6))}"),
        "as65": lambda: top_nps("f.region", f"{NPS} AND {_in('f.ts', *month(2026, 6))}"),
        "as66": lambda: fb_avg(NPS, col="f.nps", tol=0.05),
        "as67": lambda: fb_topic_count(f"{PRICE_T} AND f.channel = 'sales_note'"),
        "as68": lambda: feedback_ids(f"{SEARCH_T} AND {_in('f.ts', '2026-01-01', '2026-07-03')}"),
        "as69": lambda: fb_topic_count(INVOICE_T),
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
