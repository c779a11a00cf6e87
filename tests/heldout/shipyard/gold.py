"""Gold answers for the 海鸿修船 Haihong Ship Repair held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "owners" / "customers" / "船东" = customer_id (one vessel-owner account: a fishing company, an owner-operator, a ferry
  or workboat operator, a public agency). Customer attributes (segment, acquisition channel, tier, home port, yard) are
  read from customers.csv as stored at the end of the data. Vessel type and yard of a job are read from its events.
- funnels follow DATA.md: a customer reaches step k with an event (any action) at step k's touchpoint after reaching
  step k-1, within the journey window from their first step-1 event in the period (repair_enquiry 60 d,
  survey_docking 90 d, dock_to_delivery 60 d, invoice_to_cash 60 d); rates are per customer; the tolerance covers both
  readings (later steps allowed after the period end, or not) unless the question says later steps count. "The step
  where we lose the most" = the step whose next step is not reached by the most people (the loss between step k and
  k+1 is attributed to step k). A vessel no-show is still an event at tp_hull_inspection; a cancelled booking is still
  an event at tp_dock_booking. Acquisition-channel filters apply to the customer;
- per-job rates use the job number (session_id): quote-to-booking = jobs whose quote was sent in the period that have a
  `booked` dock-booking row (ever); quote turnaround = quote_hours on the quote row (= hours from the completed hull
  inspection to the quote), median, by quote time;
- per-record rates count event rows of a step: sea-trial pass rate = tp_sea_trial rows `passed` / all rows (every trial
  run counts, re-trials too) by trial time; first-attempt pass rate only over trial_no 1; change-order approval rate =
  tp_change_order rows `approved` / all rows; on-time redelivery = tp_redelivery rows with days_late <= 0 / all rows;
  docking delay = delay_days on tp_docking rows (days after the booked dock date), mean, by docking time; cancellation
  reasons from the `cancelled` tp_dock_booking rows by cancellation time;
- counts of a step = its event rows in the period (dockings = tp_docking rows; enquiries = tp_enquiry rows; survey
  requests = tp_survey_request rows; warranty claims = tp_warranty_claim rows, one per claim; progress reports sent =
  tp_progress_report rows);
- money in USD (`amount`; amount_local only when a local currency is asked): revenue = orders of order_type `invoice`
  with status `paid`, by invoice date orders.ts; `unpaid` / `written_off` invoices are not revenue. Docking contract value
  = order_type `docking` rows not `cancelled`, by booking date; approved change-order value = order_type `change_order`
  status `approved`, by the date raised. Days to pay = orders.days_to_pay of paid invoices (= paid_at - invoice ts),
  median, by invoice date;
- experiment quote_followup_2026: a customer converts when it has a `booked` tp_dock_booking row within 30 days after
  its assigned_at;
- zh top entities are the Chinese twins (船东类型, 获客渠道, 客户等级, 母港, 船型, 工程类别, 油漆品牌, 取消原因, 变更原因,
  失败原因, 索赔原因, 处理结果, 检验类型, yard) and en ones the English values (segment, acquisition_channel, tier,
  home_port, vessel_type, work_package, paint_brand, cancel_reason, co_reason, fail_reason, claim_reason, claim_outcome,
  survey_type, yard_en) or touchpoint_id; devices and event channels are the raw values;
- feedback: "all data" includes rows without ts; topic counts by text markers with a 5 % tolerance (checked exactly
  against _truth/feedback_truth.csv); owner survey = channel `survey` (rating 1-5 and NPS 0-10 after redelivery),
  captain reports = channel `captain_report`; NPS = share 9-10 minus share 0-6 (a fraction); rating by touchpoint over
  rows with a rating; yard of a comment = feedback.yard / yard_en;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates of the naive local timestamps;
  relative periods resolve against the item's `as_of`; a week is Monday..Sunday.
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
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def _lead(rows, margin, lowest=False):
    """the winner must clearly beat the runner-up (ratio `margin`)."""
    a, b = rows[0][1], rows[1][1]
    if lowest:
        assert b > a * margin, rows[:4]
    else:
        assert a > b * margin, rows[:4]


def _count(n):
    return dict(value=n, tolerance=0.5)


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def _num(v, rel=0.01, floor=0.05):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


# ---------- funnels (per customer, DATA.md rule) ----------

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


def conv(journey, start, end, cond="1=1", after_end=False, upto=None):
    """rate from step 1 to the last step (or to step `upto`); after_end: later steps after the period end count."""
    readings = (False,) if after_end else (False, True)
    vals = []
    for b in readings:
        c = funnel(journey, start, end, bounded=b, cond=cond)
        k = (upto or len(c)) - 1
        vals.append(c[k] / c[0])
    if len(vals) == 1:
        vals *= 2
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def step_conv(journey, start, end, a, b, cond="1=1"):
    """share of customers reaching step a that reach step b (1-based)."""
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[b - 1] / c[a - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


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


def rank_conv(journey, start, end, by, lowest=True, margin=1.3, min_n=30):
    tops = set()
    vals = q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")
    for bounded in (False, True):
        rows = []
        for (v,) in vals:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{v}'")
            if c[0] >= min_n:
                rows.append((v, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        _lead(rows, margin, lowest)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- events ----------

def _ev(tp, start, end, cond):
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) {_ev(tp, start, end, cond)}"))


def customers_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(DISTINCT e.customer_id) {_ev(tp, start, end, cond)}"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.05):
    return _num(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"), rel, floor)


def events_median(tp, col, start, end, cond="1=1", rel=0.03, floor=0.1):
    return _num(one(f"SELECT median({col}) {_ev(tp, start, end, cond)}"), rel, floor)


def events_sum(tp, col, start, end, cond="1=1"):
    return _money(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}"))


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_agg(tp, by, agg, start, end, cond="1=1", margin=1.2, lowest=False, min_n=20):
    rows = q(f"SELECT {by}, {agg} v, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY v {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=30, lowest=False):
    return top_events_agg(tp, by, f"avg(({num})::int)", start, end, cond, margin, lowest, min_n)


# ---------- jobs (per session) ----------

def _quotes(start, end, cond="1=1"):
    return f"""FROM events e LEFT JOIN customers c USING (customer_id)
               LEFT JOIN (SELECT DISTINCT session_id, 1 AS booked FROM events WHERE touchpoint_id = 'tp_dock_booking'
                          AND action = 'booked') b USING (session_id)
               WHERE e.touchpoint_id = 'tp_quote' AND {_in('e.ts', start, end)} AND ({cond})"""


def quote_to_booking(start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(coalesce(booked, 0)) {_quotes(start, end, cond)}"))


def rank_quote_to_booking(by, start, end, lowest=True, margin=1.2, min_n=50):
    rows = q(f"SELECT {by}, avg(coalesce(booked, 0)) v, count(*) n {_quotes(start, end)} GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY v {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def _ord(start, end, kind, cond, status):
    if status == "not_cancelled":
        st = "AND o.status <> 'cancelled'"
    else:
        st = f"AND o.status = '{status}'" if status else ""
    return (f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE o.order_type = '{kind}' {st} "
            f"AND {_in('o.ts', start, end)} AND ({cond})")


def revenue(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) {_ord(start, end, 'invoice', cond, 'paid')}"))


def order_sum(start, end, kind, status, cond="1=1", col="o.amount"):
    return _money(one(f"SELECT sum({col}) {_ord(start, end, kind, cond, status)}"))


def revenue_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(o.amount) {_ord(*a, 'invoice', cond, 'paid')}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, 'invoice', cond, 'paid')}")
    return _rate((y - x) / x)


def orders_count(start, end, kind, status, cond="1=1"):
    return _count(one(f"SELECT count(*) {_ord(start, end, kind, cond, status)}"))


def orders_avg(start, end, kind, status, cond="1=1"):
    v = float(one(f"SELECT avg(o.amount) {_ord(start, end, kind, cond, status)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def orders_median(col, start, end, kind, status, cond="1=1", rel=0.03):
    return _num(one(f"SELECT median({col}) {_ord(start, end, kind, cond, status)}"), rel, 0.1)


def top_orders(by, agg, start, end, kind, status, margin=1.15, lowest=False, min_n=20):
    rows = q(f"SELECT {by}, {agg} v, count(*) n {_ord(start, end, kind, '1=1', status)} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def status_count(kind, status):
    return _count(one(f"SELECT count(*) FROM orders WHERE order_type = '{kind}' AND status = '{status}'"))


def status_sum(kind, status):
    return _money(one(f"SELECT sum(amount) FROM orders WHERE order_type = '{kind}' AND status = '{status}'"))


# ---------- experiment ----------

def exp_rate(variant):
    v = one(f"""SELECT avg((b.customer_id IS NOT NULL)::int) FROM experiments x
                LEFT JOIN (SELECT DISTINCT x2.customer_id FROM experiments x2 JOIN events e
                           ON e.customer_id = x2.customer_id AND e.touchpoint_id = 'tp_dock_booking'
                           AND e.action = 'booked' AND e.ts > x2.assigned_at
                           AND e.ts <= x2.assigned_at + INTERVAL 30 DAY) b USING (customer_id)
                WHERE x.experiment_id = 'quote_followup_2026' AND x.variant = '{variant}'""")
    return _rate(v)


def exp_count(variant):
    return _count(one(f"SELECT count(*) FROM experiments WHERE experiment_id = 'quote_followup_2026' "
                      f"AND variant = '{variant}'"))


# ---------- customers ----------

def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def top_customers(by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topic):
    """the text markers must agree exactly with the generator's truth."""
    extra = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
                f"AND coalesce(truth.topic, '') <> '{topic}'")
    missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                 f"WHERE coalesce(truth.topic, '') = '{topic}' AND NOT ({cond})")
    assert extra == 0 and missed == 0, (topic, extra, missed)


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_score(cond):
    return _rate(one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
                     f"WHERE f.nps IS NOT NULL AND {cond}"))


def rank_fb_avg(by, cond, min_n, margin=0.2, lowest=True):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a {'ASC' if lowest else 'DESC'}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, steps, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q1_25, Q1_26, Q2_26, Q4_25 = quarter(2025, 1), quarter(2026, 1), quarter(2026, 2), quarter(2025, 4)
OCT25, NOV25, JUN26, MAR26 = month(2025, 10), month(2025, 11), month(2026, 6), month(2026, 3)
MAYJUN25, MAYJUN26 = ("2025-05-01", "2025-06-30"), ("2026-05-01", "2026-06-30")
ALL = ("2024-07-01", "2026-06-30")
(ENQ, SURVEY, INSP, QUOTE, BOOK, DOCK, WORKS, CO, REPORT, TRIAL, REDEL, INV, PAY, CLAIM) = (
    "tp_enquiry", "tp_survey_request", "tp_hull_inspection", "tp_quote", "tp_dock_booking", "tp_docking",
    "tp_repair_works", "tp_change_order", "tp_progress_report", "tp_sea_trial", "tp_redelivery", "tp_invoice",
    "tp_payment", "tp_warranty_claim")
DELAY_T = _like("f.text", ["坞期", "dock date"])
EXTRA_T = _like("f.text", ["追加费用", "extra charges"])
VIB_T = _like("f.text", ["振动", "vibration"])
PAINT_T = _like("f.text", ["油漆", "paint"])
UPDATE_T = _like("f.text", ["进度", "update"])
SLOWQ_T = _like("f.text", ["报价太慢", "quote took"])
PRICE_T = _like("f.text", ["太贵", "too expensive"])
INVOICE_T = _like("f.text", ["发票", "invoice"])
WORK_T = _like("f.text", ["手艺", "workmanship"])
PM_T = _like("f.text", ["项目经理", "project manager"])
TOPICS = ((DELAY_T, "dock_delay"), (EXTRA_T, "extra_charges"), (VIB_T, "vibration"), (PAINT_T, "paint"),
          (UPDATE_T, "no_updates"), (SLOWQ_T, "slow_quote"), (PRICE_T, "price"), (INVOICE_T, "invoice"),
          (WORK_T, "praise_work"), (PM_T, "praise_pm"))


def gold():
    fm, zs = "e.yard_id = 'FM'", "e.yard_id = 'ZS'"
    return {
        # ---- enquiry / survey to docking
        "sy01": lambda: conv("repair_enquiry", *Y25),
        "sy02": lambda: top_lost("repair_enquiry", *H2_25),
        "sy03": lambda: rank_conv("repair_enquiry", *Y25, by="c.acquisition_channel", lowest=True, margin=2.0),
        "sy04": lambda: conv("repair_enquiry", *Y25, cond="c.acquisition_channel = 'class_surveyor'"),
        "sy05": lambda: conv("survey_docking", *Y25, after_end=True),
        "sy06": lambda: conv("dock_to_delivery", *Q1_26, after_end=True),
        # ---- quotes
        "sy07": lambda: quote_to_booking(*Y25),
        "sy08": lambda: rank_quote_to_booking("e.yard_en", *Y25, lowest=True, margin=1.15),
        "sy09": lambda: top_events_agg(QUOTE, "e.yard_en", "median(e.quote_hours)", *Y25, margin=2.0),
        "sy10": lambda: events_median(QUOTE, "e.quote_hours", *Y25, fm),
        "sy11": lambda: exp_rate("followup_call"),
        "sy12": lambda: exp_rate("control"),
        # ---- sea trials
        "sy13": lambda: events_share(TRIAL, "e.action = 'passed'", *NOV25),
        "sy14": lambda: events_share(TRIAL, "e.action = 'passed'", *OCT25),
        "sy15": lambda: top_events_count(TRIAL, "e.fail_reason", *NOV25, "e.action = 'failed'", margin=3.0),
        "sy16": lambda: top_events_count(TRIAL, 'e."失败原因"', *Y25, "e.action = 'failed'", margin=1.4),
        # ---- docking, cancellations, redelivery
        "sy18": lambda: events_avg(DOCK, "e.delay_days", *MAYJUN25, zs),
        "sy19": lambda: events_avg(DOCK, "e.delay_days", *MAYJUN26, zs),
        "sy20": lambda: top_events_agg(DOCK, "e.yard_en", "avg(e.delay_days)", *Y25, margin=1.5),
        "sy21": lambda: events_at(BOOK, *Y25, "e.action = 'cancelled'"),
        "sy22": lambda: top_events_count(BOOK, "e.cancel_reason", *Y25, "e.action = 'cancelled'", margin=1.2),
        "sy23": lambda: top_events_count(BOOK, 'e."取消原因"', *MAYJUN25, f"e.action = 'cancelled' AND {zs}",
                                         margin=2.0),
        "sy24": lambda: events_at(DOCK, *Y25),
        "sy25": lambda: events_avg(REDEL, "e.dock_days_actual", *Y25, "e.vessel_type = 'ro_pax_ferry'"),
        "sy26": lambda: events_share(REDEL, "e.days_late <= 0", *Y25),
        # ---- works and change orders
        "sy27": lambda: top_events_agg(WORKS, 'e."工程类别"', "sum(e.man_hours)", *Y25, margin=1.3),
        "sy28": lambda: top_events_agg(WORKS, "e.work_package", "avg(e.man_hours)", *Y25, margin=1.2),
        "sy29": lambda: events_share(CO, "e.action = 'approved'", *Y25),
        "sy30": lambda: top_events_count(CO, "e.co_reason", *Y25, margin=1.3),
        "sy31": lambda: order_sum(*Y25, "change_order", "approved"),
        "sy32": lambda: top_fb_count("f.yard", UPDATE_T, margin=3.0),
        # ---- money
        "sy33": lambda: revenue(*Y25),
        "sy34": lambda: top_orders("o.yard_en", "sum(o.amount)", *Y25, "invoice", "paid", margin=1.12),
        "sy35": lambda: revenue(*Y25, "o.yard_id = 'AK'"),
        "sy36": lambda: revenue_change(Q1_25, Q1_26),
        "sy37": lambda: orders_avg(*Y25, "invoice", "paid", "c.segment = 'ferry_operator'"),
        "sy38": lambda: status_count("invoice", "unpaid"),
        "sy39": lambda: status_sum("invoice", "written_off"),
        "sy40": lambda: top_orders("c.segment", "median(o.days_to_pay)", *Y25, "invoice", "paid", margin=1.2),
        "sy41": lambda: orders_median("o.days_to_pay", *Y25, "invoice", "paid", "c.segment = 'fishing_company'"),
        "sy42": lambda: order_sum(*Y25, "docking", "not_cancelled"),
        "sy43": lambda: top_orders("o.vessel_type", "sum(o.amount)", *Y25, "docking", "not_cancelled", margin=1.4),
        "sy44": lambda: order_sum(*Y25, "invoice", "paid", "o.yard_id = 'FR'", col="o.amount_local"),
        # ---- warranty
        "sy45": lambda: top_events_count(CLAIM, 'e."索赔原因"', *Y25, margin=2.0),
        "sy46": lambda: top_events_count(CLAIM, "e.paint_brand", *ALL, "e.claim_reason = 'paint_failure'", margin=3.0),
        "sy47": lambda: events_share(CLAIM, "e.action = 'accepted'", *ALL,
                                     "e.claim_reason = 'paint_failure' AND e.paint_brand = 'haidun'"),
        "sy48": lambda: events_at(CLAIM, *H1_26),
        # ---- customers, enquiries
        "sy49": lambda: customers_count("c.segment = 'owner_operator'"),
        "sy50": lambda: top_customers('c."获客渠道"', "c.tier = 'key_account'", margin=2.0),
        "sy51": lambda: top_events_count(ENQ, "e.channel", *Y25, margin=1.3),
        "sy52": lambda: events_at(ENQ, *Y25, "e.channel = 'mini_program'"),
        "sy53": lambda: events_at(ENQ, *Y25, "e.channel = 'mini_program' AND e.device = 'android'"),
        # ---- feedback
        "sy54": lambda: fb_count(EXTRA_T),
        "sy55": lambda: top_fb_count("f.touchpoint_id", EXTRA_T, margin=5.0),
        "sy56": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "sy57": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "sy58": lambda: fb_count(VIB_T),
        "sy59": lambda: fb_count(DELAY_T, _in("f.ts", *Y25)),
        "sy60": lambda: feedback_ids(PAINT_T),
        "sy61": lambda: fb_avg(f"f.channel = 'captain_report' AND {_in('f.ts', *Y25)}"),
        # ---- relative periods (as_of) and a week
        "sy66": lambda: events_at(REDEL, *JUN26),
        "sy67": lambda: events_at(DOCK, *Q2_26),
        "sy68": lambda: events_at(ENQ, "2026-06-22", "2026-06-28"),
    }


def checks():
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
    langs = [it["lang"] for it in items]
    stats = [it["expect"]["status"] for it in items]
    print(f"{len(items)} items: zh {langs.count('zh')} / en {langs.count('en')}; "
          f"ok {stats.count('ok')}, unsupported {stats.count('unsupported')}, clarify {stats.count('clarify')}; "
          f"follow-ups {sum('follow_up_of' in it for it in items)}; as_of {sum('as_of' in it for it in items)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
