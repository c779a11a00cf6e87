"""Gold answers for the 栖木模块住宅 TimberNest Modular Homes held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "客户" / "leads" = customer_id (a homeowner household or a small-developer company; a developer that
  signs several contracts is one customer). A "contract" / "job" / "单" / "项目" = one contract_no = one
  tp_deposit_paid row; deposits signed = tp_deposit_paid rows dated in the period;
- funnels follow DATA.md: a customer enters with their first step-1 event in the period and reaches step k with an
  event (any action) at step k's touchpoint after reaching step k-1, within the journey window from that first step-1
  event (expo_to_deposit and web_to_deposit 120 d, deposit_to_handover 365 d). Rates are per customer; unless the
  question says that later steps after the period end count, the tolerance covers both readings (allowed or not).
  "Where do we lose the most" = the step after which the most customers never reach the next step (the loss between
  k and k+1 is attributed to step k). By region = the region of the step-1 event; by lead source =
  customers.acquisition_channel; by home show = the `expo` of the step-1 event;
- quote-to-deposit (as the question states it): customers whose first quote ever falls in the period; signed = a
  tp_deposit_paid event after that first quote and within 90 days of it;
- a consultant's close rate: customers whose first design consultation in the period was with that consultant;
  closed = any tp_deposit_paid event after that consultation (the data run to 2026-06-30);
- experiment vr_walkthrough_2025: share of each arm's customers with a tp_deposit_paid event after assigned_at;
- per-row measures: approval days = mean days_to_decision of the decisions (approved + refused) dated in the period;
  refusal share = refused / decisions; RFIs = tp_council_approval `rfi` rows; QC fail rate = `fail` rows / all
  tp_qc_inspection rows (a failed module is re-inspected: fail row then pass row); delivery delay share =
  `delivered` rows in the period whose contract has a `delayed` row / all `delivered` rows in the period; crane
  reschedule share = `rescheduled` rows / all tp_crane_install rows (each row a booked lift day); on-time handover =
  tp_handover rows with on_time = true / all handover rows; average days late counts on-time handovers as 0;
  app error share = tp_portal `error` rows / all tp_portal rows of that device; warranty claims = tp_warranty_claim
  rows, days to fix over closed claims; slot wait = mean slot_wait_days of tp_factory_start rows dated in the period;
- money is AUD: collections / revenue = orders.amount of `paid` orders by payment date (orders.ts); refunded
  deposits and cancelled invoices are no revenue; a developer's / region's amount is that of the order row;
  contract value = tp_deposit_paid.contract_value_aud;
- zh top entities are the Chinese twins where the row has one (缺陷类型, 延误原因, 改期原因, 报修类别, 取消原因, 变更类型)
  and en ones the English values; a region, factory, production line, model, consultant, home show, developer
  company, lead source or touchpoint is always its stored value; a month 'YYYY-MM';
- feedback: "all" includes the rows without ts (handover cards, Xiaohongshu posts); topic counts are by text markers
  (checked against _truth/feedback_truth.csv) with a 5 % tolerance; NPS = share 9-10 minus share 0-6 (a fraction);
  post-handover survey = channel `post_handover_survey`; developer survey = channel `developer_survey` with `survey`
  = dev_<wave>; the region of a comment is its own `region` column;
- the contact-centre system re-sent some 11-15 May 2026 progress calls with the same event_id: loaded once;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; weeks run Monday-Sunday.
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
    for t in ("touchpoints", "journeys", "customers", "orders", "feedback", "experiments"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', "
                "header=true, sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, all_varchar=true)")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def per(col: str, start, end) -> str:
    if start is None:
        return "1=1"
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    nxt = f"{y + (m == 12)}-{m % 12 + 1:02d}-01"
    last = one(f"SELECT (DATE '{nxt}' - INTERVAL 1 DAY)::DATE")
    return (f"{y}-{m:02d}-01", str(last))


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def count(n):
    return dict(value=int(n), tolerance=0.5)


def rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def num(v, rel=0.01, floor=0.05):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(1.0, abs(v) * 0.002), 2))


def clear_lead(rows, margin, lowest=False):
    """the winner must beat the runner-up by the ratio `margin`."""
    assert len(rows) >= 2, rows
    a, b = float(rows[0][1]), float(rows[1][1])
    ok = b > a * margin if lowest else a > b * margin
    assert ok, rows[:4]


# ---------------------------------------------------------------- funnels
def steps_of(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded, cond="1=1"):
    steps, window = steps_of(journey)
    src = "events" if not bounded else f"(SELECT * FROM events WHERE ts < DATE '{end}' + INTERVAL 1 DAY)"
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE s1 AS
        SELECT e.customer_id, min(e.ts) AS t0, min(e.ts) AS t FROM events e JOIN customers c USING (customer_id)
        WHERE e.touchpoint_id = '{steps[0]}' AND {per('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    out = [one("SELECT count(*) FROM s1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE s{k} AS
            SELECT s.customer_id, s.t0, min(e.ts) AS t FROM s{k - 1} s JOIN {src} e
            ON e.customer_id = s.customer_id AND e.touchpoint_id = '{tp}' AND e.ts > s.t
               AND e.ts <= s.t0 + INTERVAL {window} DAY
            GROUP BY 1, 2""")
        out.append(one(f"SELECT count(*) FROM s{k}"))
    return out


def conv(journey, start, end, cond="1=1", a=0, b=-1):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded, cond)
        vals.append(c[b] / c[a])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_open(journey, start, end, cond="1=1", a=0, b=-1):
    """the question says later steps after the period end count: only that reading."""
    c = funnel(journey, start, end, False, cond)
    return rate(c[b] / c[a])


def conv_rank(journey, start, end, col, values, lowest, margin, b=-1):
    tops = set()
    for bounded in (False, True):
        rows = []
        for v in values:
            c = funnel(journey, start, end, bounded, f"{col} = '{v}'")
            rows.append((v, c[b] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        clear_lead(rows, margin, lowest)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def biggest_loss(journey, start, end, margin, cond="1=1"):
    steps, _ = steps_of(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded, cond)
        lost = sorted(((steps[i], c[i] - c[i + 1]) for i in range(len(c) - 1)), key=lambda r: -r[1])
        clear_lead(lost, margin)
        tops.add(lost[0][0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


# ---------------------------------------------------------------- events
def _ev(tps, start, end, cond):
    tps = (tps,) if isinstance(tps, str) else tps
    lst = ", ".join(f"'{t}'" for t in tps)
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id IN ({lst}) "
            f"AND {per('e.ts', start, end)} AND ({cond})")


def ev_count(tps, start=None, end=None, cond="1=1"):
    return count(one(f"SELECT count(*) {_ev(tps, start, end, cond)}"))


def ev_share(tps, num_cond, start=None, end=None, cond="1=1"):
    return rate(one(f"SELECT avg(({num_cond})::int) {_ev(tps, start, end, cond)}"))


def ev_avg(tps, col, start=None, end=None, cond="1=1", rel=0.01, floor=0.05):
    return num(one(f"SELECT avg({col}) {_ev(tps, start, end, cond)} AND {col} IS NOT NULL"), rel, floor)


def ev_top(tps, by, start=None, end=None, cond="1=1", margin=1.2, agg="count(*)", lowest=False, having="1=1"):
    rows = q(f"SELECT {by}, {agg} v {_ev(tps, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 HAVING {having} "
             f"ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def ev_top_month(tps, start, end, cond="1=1", agg="count(*)", margin=1.05, lowest=False):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, {agg} v {_ev(tps, start, end, cond)} GROUP BY 1 "
             f"ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def delivery_delay_rows(start, end):
    return f"""SELECT e.region, (EXISTS (SELECT 1 FROM events d WHERE d.touchpoint_id = 'tp_site_delivery'
                  AND d.action = 'delayed' AND d.contract_no = e.contract_no))::int AS was_delayed
               FROM events e WHERE e.touchpoint_id = 'tp_site_delivery' AND e.action = 'delivered'
               AND {per('e.ts', start, end)}"""


def delivery_delay_share(start, end, region=None):
    cond = "1=1" if region is None else f"region = '{region}'"
    return rate(one(f"SELECT avg(was_delayed) FROM ({delivery_delay_rows(start, end)}) WHERE {cond}"))


def delivery_delay_top(start, end, margin):
    rows = q(f"SELECT region, avg(was_delayed) v FROM ({delivery_delay_rows(start, end)}) GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- sales specifics
def quote_to_deposit(start, end, days=90):
    return rate(one(f"""WITH fq AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_quote_issued'
                                   GROUP BY 1)
        SELECT avg((EXISTS (SELECT 1 FROM events d WHERE d.customer_id = fq.customer_id
                AND d.touchpoint_id = 'tp_deposit_paid' AND d.ts > fq.t AND d.ts <= fq.t + INTERVAL {days} DAY))::int)
        FROM fq WHERE {per('fq.t', start, end)}"""))


def consultant_rates(start, end, region):
    return q(f"""WITH fc AS (SELECT customer_id, arg_min(consultant, ts) cons, min(ts) t FROM events
                             WHERE touchpoint_id = 'tp_design_consult' GROUP BY 1)
        SELECT cons, avg((EXISTS (SELECT 1 FROM events d WHERE d.customer_id = fc.customer_id
                 AND d.touchpoint_id = 'tp_deposit_paid' AND d.ts > fc.t))::int) r, count(*) n
        FROM fc JOIN customers c USING (customer_id)
        WHERE {per('fc.t', start, end)} AND c.region = '{region}' GROUP BY 1 ORDER BY r DESC""")


def exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events d WHERE d.customer_id = x.customer_id
                   AND d.touchpoint_id = 'tp_deposit_paid' AND d.ts > x.assigned_at))::int) r, count(*) n
                FROM experiments x WHERE x.experiment_id = 'vr_walkthrough_2025' GROUP BY 1 ORDER BY r DESC""")


def top_of(rows, margin, lowest=False):
    rows = sorted(rows, key=lambda r: r[1], reverse=not lowest)
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def rate_of(rows, key):
    return rate({r[0]: r[1] for r in rows}[key])


# ---------------------------------------------------------------- orders / money
PAID = "o.status = 'paid'"


def _ord(start, end, cond):
    return f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE {per('o.ts', start, end)} AND ({cond})"


def ord_sum(start, end, cond, col="o.amount"):
    return money(one(f"SELECT sum({col}) {_ord(start, end, cond)}"))


def ord_share(start, end, num_cond, cond=PAID):
    return rate(one(f"SELECT sum(CASE WHEN {num_cond} THEN o.amount ELSE 0 END) / sum(o.amount) "
                    f"{_ord(start, end, cond)}"))


def ord_growth(a, b, cond):
    x = one(f"SELECT sum(o.amount) {_ord(*a, cond)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, cond)}")
    return rate((y - x) / x)


def ord_top(by, start, end, cond, margin=1.1, agg="sum(o.amount)"):
    rows = q(f"SELECT {by}, {agg} v {_ord(start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- feedback
MARKERS = {
    "leak": ["漏水", "leak"], "crane": ["吊装", "crane"], "delay": ["延期", "delay"], "price": ["涨价", "price increase"],
    "approval": ["审批", "council"], "consultant": ["设计顾问", "consultant"], "factory_tour": ["工厂参观", "factory tour"],
    "transport": ["运输", "transport"], "energy": ["保温", "insulation"], "warranty": ["保修", "warranty"],
    "workmanship": ["做工", "workmanship"], "app": ["进度照片", "photos"],
}


def marker(topic):
    return "(" + " OR ".join(f"lower(f.text) LIKE '%{w.lower()}%'" for w in MARKERS[topic]) + ")"


def check_markers():
    for topic in MARKERS:
        m = marker(topic)
        extra = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {m} "
                    f"AND t.topic <> '{topic}'")
        missed = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE t.topic = '{topic}' "
                     f"AND NOT {m}")
        assert extra == 0 and missed == 0, (topic, extra, missed)


def fb_count(cond, start=None, end=None):
    n = one(f"SELECT count(*) FROM feedback f WHERE ({cond}) AND {per('f.ts', start, end)}")
    return dict(value=int(n), tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", start=None, end=None):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND ({cond}) AND {per('f.ts', start, end)}")
    return dict(value=round(float(v), 3), tolerance=0.03)


def fb_share(num_cond, cond, start=None, end=None):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM feedback f WHERE ({cond}) AND {per('f.ts', start, end)}"))


def fb_top(by, cond, margin=1.5, start=None, end=None):
    rows = q(f"SELECT {by}, count(*) v FROM feedback f WHERE ({cond}) AND {by} IS NOT NULL "
             f"AND {per('f.ts', start, end)} GROUP BY 1 ORDER BY v DESC")
    if len(rows) > 1:
        clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def fb_top_month(cond, margin=1.2):
    rows = q(f"SELECT strftime(f.ts, '%Y-%m') m, count(*) v FROM feedback f WHERE ({cond}) AND f.ts IS NOT NULL "
             "GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5
    return dict(citations_from=ids)


def nps(cond, start=None, end=None):
    return rate(one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
                    f"WHERE f.nps IS NOT NULL AND {cond} AND {per('f.ts', start, end)}"))


# ---------------------------------------------------------------- periods and shorthands
Y24 = ("2024-01-01", "2024-12-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
REGIONS = ["Sydney", "Regional NSW", "Melbourne", "Regional VIC", "SE Queensland"]
WEB_SOURCES = ["google_ads", "facebook_ads", "organic", "xiaohongshu", "referral"]
DECIDED = "e.action IN ('approved', 'refused')"
EXPOS_25 = ["Bendigo Home & Lifestyle Expo 2025 (Apr)", "Brisbane Home Show 2025 (Jun)",
            "Melbourne Build Expo 2025 (Aug)", "Melbourne Build Expo 2025 (May)", "Orange Field Days 2025 (Oct)",
            "Sydney Home Show 2025 (Mar)", "Sydney Home Show 2025 (Sep)"]


def topic_month_negative(topic):
    rows = q(f"""SELECT strftime(f.ts, '%Y-%m') m, count(*) v FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {marker(topic)} AND t.sentiment = 'negative' AND f.ts IS NOT NULL GROUP BY 1 ORDER BY v DESC""")
    return rows[0][0]


def gold():
    Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
    Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
    W, X, B = "web_to_deposit", "expo_to_deposit", "deposit_to_handover"
    APP = ("2026-02-09", "2026-03-22")
    return {
        # ---- sales funnels
        "mh01": lambda: conv(W, *Y25),
        "mh02": lambda: conv(X, *Y25),
        "mh03": lambda: biggest_loss(X, *Y25, margin=1.5),
        "mh04": lambda: conv_rank(X, *Y25, "e.expo", EXPOS_25, lowest=True, margin=1.25),
        "mh05": lambda: conv(X, *Y25, "e.expo = 'Sydney Home Show 2025 (Sep)'"),
        "mh06": lambda: conv_rank(W, *Y25, "c.acquisition_channel", WEB_SOURCES, lowest=False, margin=1.15),
        "mh07": lambda: conv_rank(W, *Y25, "c.acquisition_channel", WEB_SOURCES, lowest=True, margin=1.1),
        "mh08": lambda: conv(W, *Y25, "c.acquisition_channel = 'google_ads'"),
        "mh09": lambda: conv_rank(W, *Y25, "e.region", REGIONS, lowest=True, margin=1.1),
        "mh10": lambda: conv_rank(X, *Y25, "e.region", REGIONS, lowest=False, margin=1.15),
        # ---- quotes, prices, contracts
        "mh11": lambda: quote_to_deposit(*Q2_25),
        "mh12": lambda: quote_to_deposit(*Q3_25),
        "mh13": lambda: fb_count(marker("price")),
        "mh14": lambda: ev_avg("tp_deposit_paid", "e.contract_value_aud", *Y25, "e.model = 'Grevillea 120'",
                               rel=0.005, floor=100),
        "mh15": lambda: ev_top("tp_deposit_paid", "e.model", *Y25, margin=1.3),
        "mh16": lambda: ev_count("tp_deposit_paid", *Y25),
        # ---- experiment
        "mh17": lambda: top_of(exp_rates(), margin=1.15),
        "mh18": lambda: rate_of(exp_rates(), "vr_walkthrough"),
        # ---- consultants
        "mh19": lambda: top_of([r[:2] for r in consultant_rates(*Y25, "Melbourne")], margin=1.15),
        "mh20": lambda: top_of([r[:2] for r in consultant_rates(*Y25, "Melbourne")], margin=1.15, lowest=True),
        # ---- approvals
        "mh21": lambda: ev_avg("tp_council_approval", "e.days_to_decision", *Y25,
                               f"{DECIDED} AND e.region = 'Sydney' AND e.approval_path = 'DA'"),
        "mh22": lambda: ev_top("tp_council_approval", "e.region", *Y25, DECIDED, agg="avg(e.days_to_decision)",
                               margin=1.1),
        "mh23": lambda: ev_share("tp_council_approval", "e.action = 'refused'", *Y25,
                                 f"{DECIDED} AND e.region = 'Sydney' AND e.approval_path = 'DA'"),
        "mh25": lambda: ev_top("tp_cancellation", 'e."取消原因"', *Y25, margin=1.15),
        # ---- factory
        "mh26": lambda: ev_avg("tp_factory_start", "e.slot_wait_days", *month(2025, 7), "e.factory = 'Geelong'"),
        "mh27": lambda: ev_count("tp_factory_start", *Q2_25, "e.factory = 'Geelong'"),
        "mh28": lambda: ev_share("tp_qc_inspection", "e.action = 'fail'", *Q4_25, "e.factory = 'Toowoomba'"),
        "mh29": lambda: ev_share("tp_qc_inspection", "e.action = 'fail'", *Q4_25, "e.factory = 'Geelong'"),
        "mh30": lambda: ev_top("tp_qc_inspection", 'e."缺陷类型"', *Q4_25, "e.factory = 'Toowoomba'", margin=2),
        "mh31": lambda: ev_top("tp_qc_inspection", "e.production_line", *Q4_25,
                               agg="avg((e.action = 'fail')::int)", margin=1.5),
        # ---- delivery and crane
        "mh32": lambda: delivery_delay_share(*Y25, "Sydney"),
        "mh33": lambda: ev_top("tp_site_delivery", 'e."延误原因"', *Y25, "e.region = 'Sydney'", margin=3),
        "mh34": lambda: delivery_delay_top(*Y25, margin=1.3),
        "mh35": lambda: ev_top("tp_crane_install", "e.model", *Y25, agg="avg((e.action = 'rescheduled')::int)",
                               margin=1.3),
        "mh36": lambda: ev_share("tp_crane_install", "e.action = 'rescheduled'", *Q1_26, "e.region = 'SE Queensland'"),
        "mh37": lambda: ev_count("tp_crane_install", *Q1_26, "e.reschedule_reason IN ('rain', 'high_wind')"),
        # ---- handover
        "mh38": lambda: ev_share("tp_handover", "e.on_time", *Y25),
        "mh39": lambda: ev_top("tp_handover", "e.region", *Y25, agg="avg(e.on_time::int)", lowest=True, margin=1.1),
        "mh40": lambda: ev_avg("tp_handover", "e.days_late", *Y25, "e.region = 'Sydney'"),
        "mh41": lambda: ev_count("tp_handover", *H1_26),
        "mh42": lambda: conv_open(B, *Y24),
        # ---- warranty
        "mh44": lambda: ev_top("tp_warranty_claim", "e.claim_category", margin=1.3),
        "mh45": lambda: ev_top("tp_warranty_claim", "e.factory", *H1_26, "e.claim_category = 'water_leak'",
                               margin=1.5),
        "mh46": lambda: ev_avg("tp_warranty_claim", "e.days_to_fix", cond="e.claim_category = 'water_leak' "
                                                                          "AND e.claim_status = 'closed'"),
        "mh47": lambda: ev_count("tp_warranty_claim", *H1_26),
        # ---- progress calls and the app
        "mh49": lambda: ev_count("tp_progress_call", *Q3_25, "e.region = 'Melbourne'"),
        "mh50": lambda: ev_share("tp_portal", "e.action = 'error'", *APP, "e.device = 'android'"),
        "mh51": lambda: ev_share("tp_portal", "e.action = 'error'", *APP, "e.device = 'ios'"),
        "mh52": lambda: fb_avg("f.channel = 'app_review'", start=month(2026, 3)[0], end=month(2026, 3)[1]),
        # ---- money
        "mh53": lambda: ord_sum(*Y25, PAID),
        "mh54": lambda: ord_share(*Y25, "o.customer_type = 'developer'"),
        "mh55": lambda: ev_top("tp_deposit_paid", "c.company_name", cond="c.customer_type = 'developer'", margin=1.5),
        "mh56": lambda: ord_growth(Q1_25, Q1_26, PAID),
        "mh57": lambda: ev_count("tp_cancellation", *Y25),
        "mh58": lambda: ev_share("tp_cancellation", "e.deposit_refunded", *Y25),
        # ---- feedback
        "mh60": lambda: nps("f.channel = 'post_handover_survey'", *Y25),
        "mh61": lambda: fb_avg("f.channel = 'post_handover_survey'", start=Y25[0], end=Y25[1]),
        "mh62": lambda: nps("f.survey = 'dev_2026H1'"),
        "mh63": lambda: nps("f.survey = 'dev_2025H2'"),
        "mh64": lambda: fb_count(marker("leak")),
        "mh66": lambda: fb_top("f.region", marker("transport"), margin=1.3),
        "mh67": lambda: fb_top_month(marker("app"), margin=1.1),
        "mh68": lambda: fb_ids(marker("leak")),
        "mh70": lambda: fb_share("f.rating <= 2", "f.channel = 'google_review'", *Y25),
        # ---- relative periods
        "mh75": lambda: ev_count("tp_deposit_paid", *month(2026, 6)),
        "mh76": lambda: ev_count("tp_warranty_claim", *Q2_26),
        "mh77": lambda: ev_count("tp_handover", "2026-06-22", "2026-06-28"),
        "mh78": lambda: ord_sum(*H1_26, PAID),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    fns = gold()
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        check_markers()
        got = fns["mh67"]()["top_entity"]
        assert topic_month_negative("app") == got, got
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    missing = set(fns) - set(ids)
    assert not missing, f"gold for ids not in the batch: {sorted(missing)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    status_only = []
    for it in items:
        exp = it.setdefault("expect", {})
        fn = fns.get(it["id"])
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp["status"] == "ok":
                status_only.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["lang"], it["question"][:70].replace("\n", " "), shown)
    langs = [it["lang"] for it in items]
    stats = [it["expect"]["status"] for it in items]
    print("status-only ok:", status_only)
    print(f"{len(items)} items: zh {langs.count('zh')} / en {langs.count('en')}; ok {stats.count('ok')}, "
          f"unsupported {stats.count('unsupported')}, clarify {stats.count('clarify')}; "
          f"follow-ups {sum('follow_up_of' in it for it in items)}; as_of {sum('as_of' in it for it in items)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
