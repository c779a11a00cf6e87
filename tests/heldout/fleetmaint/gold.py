"""Gold answers for the 途修云 FleetMend fleet-maintenance SaaS held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "accounts" / "companies" = customer_id (one logistics company). Customer attributes (industry,
  acquisition channel, telematics provider, tier, CSM) are read from customers.csv as stored at the end of the data;
- funnels follow DATA.md: a customer reaches step k with an event (any action) at step k's touchpoint after reaching
  step k-1, within the journey window from their first step-1 event in the period (onboarding 30 d, renewal 60 d);
  rates are per customer; the tolerance covers both readings (later steps allowed after the period end, or not).
  "The step where we lose the most" = the step whose next step is not reached by the most people (the loss between
  step k and k+1 is attributed to step k). A failed import or link attempt is still an event at that touchpoint;
- trial-to-paid = share of customers whose tp_trial_signup falls in the period that have a tp_subscribe event after it
  ("ever", or within N days of the sign-up when the question says so); per customer;
- per-attempt / per-record rates count event rows: telematics link success = rows `succeeded` / all tp_telematics_link
  rows; import failures = tp_vehicle_import rows `failed`; app crash share = tp_wo_close rows `app_crash` / all
  tp_wo_close rows of that device; late parts deliveries = tp_parts_delivery rows `delivered_late` / all rows, by
  delivery time; SLA met = tp_ticket_resolved rows with sla_met `yes` / all, by resolution time;
- a maintenance work order (维保工单) = one tp_work_order `created` row (session_id = WO number; a trial's first work
  order has one too, next to its tp_first_wo milestone row); its close time =
  first tp_wo_close `completed` ts - created ts, period by creation, median in hours. Downtime = downtime_hours of the
  completed row. A support ticket (客服工单) = one tp_ticket row; resolution time = tp_ticket_resolved ts - opened ts;
- renewal rate: the renewal journey (notice -> renewed within 60 d, per customer; one notice per customer a year);
  per CSM it is per notice, CSM read from the notice; churn = tp_churn rows (each customer churns at most once),
  reasons from churn_reason / 流失原因 on that row, period by the churn ts;
- money: subscription revenue = orders with order_type `subscription` and status `paid`, by payment time orders.ts;
  parts sales = order_type `parts` and status `paid`; `cancelled` (failed payment / cancelled parts order),
  `refunded` and `returned` are not sales. Invoice delay = tp_invoice ts - orders.ts of its order_id, in days,
  period by the payment time of the bill;
- zh top entities are the Chinese twins (套餐, 配件类别, 流失原因, 对接失败原因, 问题类别, 供应商, 导入错误, 工单类型) and en ones
  the English values (plan, parts_category, churn_reason, link_error, ticket_category, supplier, import_error,
  wo_type, acquisition_channel, provider, csm, industry) or touchpoint_id; devices are the raw values;
- feedback: "all data" includes rows without ts; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); CSAT = channel `csat` (1-5 after a resolved ticket); NPS survey = channel `nps_survey`
  (quarterly waves in the first half of Jan/Apr/Jul/Oct), NPS = share 9-10 minus share 0-6 (a fraction); app store
  reviews = channel `app_review`; parts reviews = channel `order_review`; rating by touchpoint over rows with a rating;
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


def _median(v, w=None, floor=0.1):
    """a median duration; w = the same median computed another way (whole days), widening the tolerance."""
    v = float(v)
    tol = max(floor, v * 0.03)
    if w is not None:
        tol = max(tol, abs(v - float(w)) + 0.05)
    return dict(value=round(v, 3), tolerance=round(tol, 3))


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


def conv(journey, start, end, cond="1=1", after_end=False):
    """after_end: the question says later steps after the period end count (only the unbounded reading)."""
    vals = [funnel(journey, start, end, bounded=b, cond=cond) for b in ((False,) if after_end else (False, True))]
    vals = vals * 2 if after_end else vals
    vals = [c[-1] / c[0] for c in vals]
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


# ---------- trial to paid (per customer) ----------

def _trials(start, end, cond="1=1", within=None):
    lim = f"AND p.ts <= s.ts + INTERVAL {within} DAY" if within else ""
    return f"""(SELECT s.customer_id, s.ts AS t0, c.* EXCLUDE (customer_id), (SELECT min(p.ts) FROM events p WHERE p.customer_id =
               s.customer_id AND p.touchpoint_id = 'tp_subscribe' AND p.ts >= s.ts {lim}) AS tpaid
               FROM events s JOIN customers c USING (customer_id)
               WHERE s.touchpoint_id = 'tp_trial_signup' AND {_in('s.ts', start, end)} AND ({cond})) c"""


def trial_paid(start, end, cond="1=1", within=None):
    v = one(f"SELECT avg((tpaid IS NOT NULL)::int) FROM {_trials(start, end, cond, within)}")
    return _rate(v)


def rank_trial_paid(start, end, by, lowest=True, margin=1.3, min_n=40):
    tops = set()
    for within in (None, 30):
        rows = q(f"SELECT {by}, avg((tpaid IS NOT NULL)::int) r, count(*) n FROM {_trials(start, end, within=within)} "
                 f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}")
        _lead(rows, margin, lowest)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def days_to_paid(start, end):
    src = _trials(start, end)
    v = one(f"SELECT median(epoch(tpaid - t0) / 86400.0) FROM {src} WHERE tpaid IS NOT NULL")
    w = one(f"SELECT median(date_diff('day', t0::DATE, tpaid::DATE)) FROM {src} WHERE tpaid IS NOT NULL")
    return _median(v, w)


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


def events_avg(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.1, abs(v) * 0.01), 2))


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=30, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


# ---------- work orders and tickets (per session) ----------

def _gap(a_tp, a_act, b_tp, b_act, start, end, cond):
    return f"""FROM (SELECT session_id, min(ts) t FROM events WHERE touchpoint_id = '{a_tp}' AND action = '{a_act}'
                     GROUP BY 1) a
               JOIN (SELECT session_id, min(ts) t FROM events WHERE touchpoint_id = '{b_tp}' AND action = '{b_act}'
                     GROUP BY 1) b USING (session_id)
               JOIN (SELECT * FROM events WHERE touchpoint_id = '{a_tp}' AND action = '{a_act}') e USING (session_id)
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


WO = ("tp_work_order", "created", "tp_wo_close", "completed")
TK = ("tp_ticket", "opened", "tp_ticket_resolved", "resolved")


def gap_hours(kind, start, end, cond="1=1"):
    return _median(one(f"SELECT median(epoch(b.t - a.t) / 3600.0) {_gap(*kind, start, end, cond)}"))


def top_gap_hours(kind, by, start, end, margin=1.5):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / 3600.0) v {_gap(*kind, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY v DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def downtime(start, end, cond="1=1"):
    return events_avg("tp_wo_close", "e.downtime_hours", start, end, f"e.action = 'completed' AND ({cond})")


# ---------- orders ----------

def _ord(start, end, kind, cond, status="paid"):
    st = f"AND o.status = '{status}'" if status else ""
    return (f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE o.order_type = '{kind}' {st} "
            f"AND {_in('o.ts', start, end)} AND ({cond})")


def revenue(start, end, kind="subscription", cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) {_ord(start, end, kind, cond)}"))


def revenue_change(a, b, kind="subscription", cond="1=1"):
    x = one(f"SELECT sum(o.amount) {_ord(*a, kind, cond)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, kind, cond)}")
    return _rate((y - x) / x)


def orders_count(start, end, kind, cond="1=1", status="paid"):
    return _count(one(f"SELECT count(*) {_ord(start, end, kind, cond, status)}"))


def orders_avg(start, end, kind, cond="1=1"):
    v = float(one(f"SELECT avg(o.amount) {_ord(start, end, kind, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def top_revenue(by, start, end, kind, margin=1.15):
    rows = q(f"SELECT {by}, sum(o.amount) n {_ord(start, end, kind, '1=1')} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def invoice_days(start, end, cond="1=1"):
    src = f"""FROM events e JOIN orders o USING (order_id) WHERE e.touchpoint_id = 'tp_invoice'
              AND {_in('o.ts', start, end)} AND ({cond})"""
    v = one(f"SELECT median(epoch(e.ts - o.ts) / 86400.0) {src}")
    w = one(f"SELECT median(date_diff('day', o.ts::DATE, e.ts::DATE)) {src}")
    return _median(v, w)


# ---------- renewal, churn ----------

def renew_rate_by(by, start, end, lowest=True, margin=1.15, min_n=20):
    rows = q(f"""SELECT {by}, avg((r.customer_id IS NOT NULL)::int) v, count(*) n FROM events e
                 LEFT JOIN (SELECT customer_id, ts FROM events WHERE touchpoint_id = 'tp_renewal') r
                 ON r.customer_id = e.customer_id AND r.ts > e.ts AND r.ts <= e.ts + INTERVAL 60 DAY
                 WHERE e.touchpoint_id = 'tp_renewal_notice' AND {_in('e.ts', start, end)}
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v {'ASC' if lowest else 'DESC'}""")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def renew_rate(start, end, cond="1=1"):
    v = one(f"""SELECT avg((r.customer_id IS NOT NULL)::int) FROM events e
                LEFT JOIN (SELECT DISTINCT customer_id, ts FROM events WHERE touchpoint_id = 'tp_renewal') r
                ON r.customer_id = e.customer_id AND r.ts > e.ts AND r.ts <= e.ts + INTERVAL 60 DAY
                WHERE e.touchpoint_id = 'tp_renewal_notice' AND {_in('e.ts', start, end)} AND ({cond})""")
    return _rate(v)


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


def rank_fb_avg(by, cond, min_n, margin=0.2):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, steps, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H2_25, H1_26 = ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q1_26, Q2_25, Q2_26, Q4_25 = quarter(2026, 1), quarter(2025, 2), quarter(2026, 2), quarter(2025, 4)
AUG25, SEP25, OCT25, JUL25, DEC25, JAN26, MAR26, APR26, JUL26 = (
    month(2025, 8), month(2025, 9), month(2025, 10), month(2025, 7), month(2025, 12), month(2026, 1), month(2026, 3),
    month(2026, 4), month(2026, 7))
MAR_APR26 = ("2026-03-01", "2026-04-30")
(SIGNUP, DEMO, IMPORT, LINK, FIRST_WO, SUBSCRIBE, WORK_ORDER, WO_CLOSE, PARTS_ORDER, PARTS_DELIVERY, INVOICE, TICKET,
 RESOLVED, NOTICE, RENEWAL, CHURN) = (
    "tp_trial_signup", "tp_demo", "tp_vehicle_import", "tp_telematics_link", "tp_first_wo", "tp_subscribe",
    "tp_work_order", "tp_wo_close", "tp_parts_order", "tp_parts_delivery", "tp_invoice", "tp_ticket",
    "tp_ticket_resolved", "tp_renewal_notice", "tp_renewal", "tp_churn")
SYNC_T = _like("f.text", ["同步", "sync"])
INVOICE_T = _like("f.text", ["发票", "invoice"])
CRASH_T = _like("f.text", ["闪退", "crash"])
IMPORT_T = _like("f.text", ["导入", "import"])
PRICE_T = _like("f.text", ["太贵", "too expensive"])
PARTS_LATE_T = _like("f.text", ["配件到货慢", "parts arrived late"])
SLOW_T = _like("f.text", ["响应慢", "slow to respond"])
PM_T = _like("f.text", ["保养提醒", "maintenance reminders"])
CSM_T = _like("f.text", ["客户成功经理", "customer success manager"])
TOPICS = ((SYNC_T, "sync"), (INVOICE_T, "invoice"), (CRASH_T, "crash"), (IMPORT_T, "import"), (PRICE_T, "price"),
          (PARTS_LATE_T, "parts_late"), (SLOW_T, "support_slow"), (PM_T, "praise_pm"), (CSM_T, "praise_csm"))


def gold():
    return {
        # ---- trial onboarding
        "fm01": lambda: conv("onboarding", *Y25),
        "fm02": lambda: top_lost("onboarding", *H2_25),
        "fm03": lambda: rank_trial_paid(*Y25, by="c.acquisition_channel", lowest=True, margin=1.6),
        "fm04": lambda: trial_paid(*Y25, "c.acquisition_channel = 'trade_show'"),
        "fm05": lambda: events_share(LINK, "e.action = 'succeeded'", *SEP25),
        "fm06": lambda: events_share(LINK, "e.action = 'succeeded'", *AUG25),
        "fm07": lambda: top_events_count(LINK, "e.provider", *SEP25, "e.action = 'failed'", margin=3.0),
        "fm08": lambda: top_events_count(LINK, 'e."对接失败原因"', *SEP25, "e.action = 'failed'", margin=2.0),
        "fm09": lambda: trial_paid(*Y25, within=30),
        "fm10": lambda: events_at(SIGNUP, *Q1_26),
        "fm11": lambda: days_to_paid(*Y25),
        "fm13": lambda: top_events_count(IMPORT, "e.import_error", *Y25, "e.action = 'failed'", margin=1.15),
        # ---- money
        "fm16": lambda: revenue(*Y25),
        "fm17": lambda: revenue_change(Q2_25, Q2_26),
        "fm18": lambda: top_revenue('o."套餐"', *Y25, "subscription"),
        "fm19": lambda: revenue(*Y25, kind="parts"),
        "fm20": lambda: top_revenue('o."配件类别"', *Y25, "parts", margin=1.3),
        "fm21": lambda: orders_count(*Y25, "parts", "o.parts_category = 'tires'"),
        # ---- renewal, churn
        "fm25": lambda: conv("renewal", *Y25, after_end=True),
        "fm26": lambda: renew_rate_by("e.csm", *Y25, lowest=True, margin=1.12),
        "fm28": lambda: top_events_count(CHURN, 'e."流失原因"', *Y25, margin=1.1),
        "fm29": lambda: top_events_count(CHURN, "e.churn_reason", *Q4_25, margin=1.3),
        "fm30": lambda: customers_at(CHURN, *Y25),
        "fm31": lambda: top_events_count(CHURN, "c.industry", *Y25, margin=1.3),
        # ---- work orders
        "fm33": lambda: events_at(WORK_ORDER, *Y25),
        "fm34": lambda: events_share(WORK_ORDER, "e.wo_type = 'preventive'", *Y25),
        "fm35": lambda: gap_hours(WO, *Y25),
        "fm36": lambda: top_gap_hours(WO, "e.wo_type", *Y25, margin=2.0),
        "fm37": lambda: events_at(WORK_ORDER, *SEP25, "e.source = 'telematics_alert'"),
        "fm38": lambda: events_at(WORK_ORDER, *AUG25, "e.source = 'telematics_alert'"),
        "fm39": lambda: events_at(WO_CLOSE, *MAR26, "e.action = 'app_crash'"),
        "fm40": lambda: events_share(WO_CLOSE, "e.action = 'app_crash'", *APR26, "e.device = 'android'"),
        "fm41": lambda: events_share(WO_CLOSE, "e.action = 'app_crash'", *APR26, "e.device = 'ios'"),
        "fm42": lambda: top_events_count(WO_CLOSE, "e.device", *Y25, "e.action = 'completed'", margin=2.0),
        "fm44": lambda: downtime(*Y25, "e.wo_type = 'accident'"),
        # ---- parts delivery
        "fm45": lambda: top_events_share(PARTS_DELIVERY, "e.action = 'delivered_late'", "e.supplier", *H1_26,
                                         margin=2.0),
        "fm46": lambda: events_share(PARTS_DELIVERY, "e.action = 'delivered_on_time'", *H1_26),
        # ---- invoices
        "fm48": lambda: invoice_days(*JAN26, "e.invoice_type = 'vat_special'"),
        "fm49": lambda: invoice_days(*DEC25, "e.invoice_type = 'vat_special'"),
        "fm51": lambda: fb_count(INVOICE_T, _in("f.ts", *JAN26)),
        # ---- support tickets
        "fm52": lambda: events_at(TICKET, *Y25),
        "fm53": lambda: top_events_count(TICKET, 'e."问题类别"', *SEP25, margin=2.0),
        "fm54": lambda: gap_hours(TK, *Y25, "e.ticket_category = 'telematics_sync'"),
        "fm55": lambda: events_share(RESOLVED, "e.sla_met = 'yes'", *Y25),
        "fm56": lambda: events_at(TICKET, *MAR_APR26, "e.ticket_category = 'mobile_app'"),
        # ---- feedback
        "fm58": lambda: fb_count(CRASH_T),
        "fm59": lambda: top_fb_count("f.touchpoint_id", CRASH_T, margin=5),
        "fm60": lambda: top_fb_count("f.touchpoint_id", SYNC_T, margin=5),
        "fm61": lambda: fb_avg(f"f.channel = 'csat' AND {_in('f.ts', *Y25)}"),
        "fm62": lambda: nps_score(f"f.channel = 'nps_survey' AND {_in('f.ts', *OCT25)}"),
        "fm63": lambda: nps_score(f"f.channel = 'nps_survey' AND {_in('f.ts', *JUL25)}"),
        "fm64": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'app_review' AND f.device = 'android' AND "
                                                  f"{_in('f.ts', *MAR_APR26)}"),
        "fm65": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30),
        "fm66": lambda: top_fb_count("f.touchpoint_id", PRICE_T, margin=2.0),
        "fm67": lambda: fb_count(PARTS_LATE_T),
        "fm68": lambda: feedback_ids(INVOICE_T),
        # ---- customers
        "fm70": lambda: customers_count("c.telematics_provider = 'g7'"),
        "fm72": lambda: top_customers("c.telematics_provider", margin=1.2),
        # ---- relative periods (as_of) and a week
        "fm73": lambda: revenue(*JUL26),
        "fm74": lambda: events_at(WORK_ORDER, "2026-08-03", "2026-08-09"),
        "fm75": lambda: revenue("2026-01-01", "2026-08-31", kind="parts"),
        "fm76": lambda: trial_paid(*Q1_26, within=30),
        "fm77": lambda: events_at(SIGNUP, "2025-09-08", "2025-09-14"),
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
