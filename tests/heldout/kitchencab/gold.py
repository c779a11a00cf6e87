"""Gold answers for the 匠橱 JiangChu custom-kitchen held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "people" / "leads" = customer_id (one phone number: an ad clicker, a lead, a showroom visitor or a
  buyer). Customer attributes (acquisition channel, showroom, city) are read from customers.csv as stored at the end
  of the data; events carry their own `showroom` / `city` columns where they are asked about by the event;
- funnels follow DATA.md: a customer reaches step k with an event (any action: a no-show consultation or a
  rescheduled measurement is still an event at that touchpoint) at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (online_lead 60 d, showroom_sales 45 d,
  design_to_contract 30 d, delivery_install 90 d); rates are per customer; the tolerance covers both readings
  (later steps allowed after the period end, or not). "Where do we lose the most people" = the step whose next step
  is not reached by the most customers (the loss between k and k+1 is attributed to step k). A "by ad platform" /
  "by showroom" funnel keeps only step-1 events with that value in the event's own column (ad_platform / showroom);
- new-customer conversion by acquisition channel = customers whose signup_at (first touch) falls in the period,
  converted when they have a tp_contract event (ever);
- per-event rates count event rows in the period (by the event's ts): call connect rate = tp_sales_call rows
  `connected` / all its rows (one row per lead, call_attempts inside); consultation no-show = tp_consultation rows
  `no_show` / all its rows; reschedule = tp_measurement `rescheduled` / all its rows; first-time acceptance pass =
  tp_acceptance rows with visit_no = 1 that are `passed` / all visit_no = 1 rows; first-visit installation =
  tp_installation rows with visit_no = 1; late delivery = tp_delivery rows with late_days > 0 / all its rows;
  repair shares over tp_after_sales rows (one row = one repair request; `revisit` = needed a second visit);
- counts: measurements = tp_measurement rows `measured`; contracts = tp_contract rows (`signed`, cancelled ones
  included); contract value = contract_amount_cny on those rows; repair requests = tp_after_sales rows;
  production time = production_days on the tp_production row (period by its ts, the day production finished);
- money is CNY (orders.amount), status `paid` only, by orders.ts: deposits 定金 = order_type `deposit`, final
  payments 尾款 = `final_payment`, change orders 增项 = `change_order`, add-on appliances 电器加购 = `appliance`,
  repair fees 维修费 = `repair_fee`; intention deposits 意向金 (`intent_deposit`, ¥1,000 in the 618 / Double 11
  promotions) are not income: `refunded` = given back, and they are left out of "money we took in"; refunded
  deposits = `deposit` orders with status `refunded` (period by the order's ts);
- zh top entities are the Chinese twins (门店, 套餐, 厨房布局, 电器, 问题, 报修类型, 问题类别, 安装队, 城市) and en ones the English
  values (showroom, package, kitchen_layout, appliance, issue, repair_type, ticket_category, install_team, city,
  ad_platform, acquisition_channel) or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers with a 5 % tolerance (checked
  against _truth/feedback_truth.csv); acceptance survey = channel `acceptance_survey` (1-5 after the acceptance
  check); NPS = channel `nps_callback` (0-10 follow-up call about a month after acceptance), NPS = share 9-10 minus
  share 0-6 (a fraction), period by the call's ts; Dianping reviews = channel `dianping`;
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
    return dict(value=int(n), tolerance=0.5)


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.002), 2))


def _median(v, floor=0.1):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, v * 0.03), 3))


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, first_cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM events e WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}
                    AND ({first_cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, first_cond="1=1"):
    vals = [funnel(journey, start, end, bounded=b, first_cond=first_cond) for b in (False, True)]
    vals = [c[-1] / c[0] for c in vals]
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def rank_conv(journey, start, end, col, values, lowest=True, margin=1.3):
    tops = set()
    for bounded in (False, True):
        rows = []
        for v in values:
            c = funnel(journey, start, end, bounded=bounded, first_cond=f"{col} = '{v}'")
            rows.append((v, c[-1] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        _lead(rows, margin, lowest)
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
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- new-customer conversion (signup -> a contract ever) ----------

def _newcomers(start, end):
    return f"""(SELECT c.*, EXISTS (SELECT 1 FROM events e WHERE e.customer_id = c.customer_id
                                    AND e.touchpoint_id = 'tp_contract') AS converted
               FROM customers c WHERE {_in('c.signup_at', start, end)}) v"""


def new_conv(start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(converted::int) FROM {_newcomers(start, end)} WHERE {cond}"))


def rank_new_conv(start, end, by, lowest=True, margin=1.3, min_n=100):
    rows = q(f"SELECT {by}, avg(converted::int) r, count(*) n FROM {_newcomers(start, end)} GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def _ev(tp, start, end, cond):
    per = f"AND {_in('e.ts', start, end)}" if start else ""
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' {per} "
            f"AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) {_ev(tp, start, end, cond)}"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.05):
    v = float(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


def events_sum(tp, col, start, end, cond="1=1"):
    return _money(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}"))


def events_median(tp, col, start, end, cond="1=1", floor=0.1):
    return _median(one(f"SELECT median({col}) {_ev(tp, start, end, cond)}"), floor)


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, by, col, start, end, cond="1=1", margin=1.2, agg="avg", lowest=False, min_n=30):
    rows = q(f"SELECT {by}, {agg}({col}) n, count(*) {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_events_sum(tp, by, col, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, sum({col}) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_revisions(start, end, by, margin=1.5):
    """average number of revisions per proposal (customer), by the showroom of the first presentation."""
    rows = q(f"""SELECT "{by}", avg(revs) n FROM (
                   SELECT e.customer_id, any_value(e."{by}") AS "{by}", max(e.revision_no) revs
                   FROM events e WHERE e.touchpoint_id = 'tp_design_proposal' AND e.customer_id IN (
                       SELECT customer_id FROM events WHERE touchpoint_id = 'tp_design_proposal'
                       AND action = 'presented' AND {_in('ts', start, end)})
                   GROUP BY 1) GROUP BY 1 ORDER BY n DESC""")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def appliance_attach(start, end):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM orders o WHERE o.contract_id = e.contract_id
                                    AND o.order_type = 'appliance' AND o.status = 'paid'))::int)
                {_ev('tp_contract', start, end, '1=1')}""")
    return _rate(v)


# ---------- orders ----------

def _ord(start, end, kind, cond, status="paid"):
    st = f"AND o.status = '{status}'" if status else ""
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    kd = f"AND o.order_type = '{kind}'" if kind else ""
    return f"FROM orders o WHERE 1=1 {kd} {st} {per} AND ({cond})"


def revenue(start, end, kind, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) {_ord(start, end, kind, cond, status)}"))


def revenue_change(a, b, kind, cond="1=1"):
    x = one(f"SELECT sum(o.amount) {_ord(*a, kind, cond)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, kind, cond)}")
    return _rate((y - x) / x)


def orders_count(start, end, kind, cond="1=1", status="paid"):
    return _count(one(f"SELECT count(*) {_ord(start, end, kind, cond, status)}"))


def top_revenue(by, start, end, kind, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, sum(o.amount) n {_ord(start, end, kind, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topic):
    extra = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
                f"AND truth.topic <> '{topic}'")
    missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                 f"WHERE truth.topic = '{topic}' AND NOT ({cond})")
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
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
OCT25, DEC25, JAN26, FEB26, MAR26 = month(2025, 10), month(2025, 12), month(2026, 1), month(2026, 2), month(2026, 3)
(AD, FORM, CALL, VISIT, CONSULT, MEASURE, PROPOSAL, CONTRACT, PROD, DELIVERY, INSTALL, ACCEPT, REPAIR, CS) = (
    "tp_ad_click", "tp_lead_form", "tp_sales_call", "tp_showroom_visit", "tp_consultation", "tp_measurement",
    "tp_design_proposal", "tp_contract", "tp_production", "tp_delivery", "tp_installation", "tp_acceptance",
    "tp_after_sales", "tp_customer_service")
MARKERS = {
    "gaps": ["缝隙", "gap"], "colour": ["色差", "colour"], "odor": ["异味", "smell"], "delay": ["延期", "delay"],
    "charges": ["增项", "extra charge"], "deposit": ["定金", "deposit"], "measure": ["量尺", "measur"],
    "installer": ["师傅", "installer"], "designer": ["设计师", "designer"],
    "hinge": ["铰链", "滑轨", "hinge", "drawer"], "crack": ["开裂", "crack"], "aftersales": ["售后", "after-sales"],
    "spam": ["骚扰", "spam"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
FIRST = "e.visit_no = 1"


def gold():
    return {
        # ---- acquisition funnels
        "kc01": lambda: conv("online_lead", *Y25),
        "kc02": lambda: rank_conv("online_lead", *Y25, "e.ad_platform", ["douyin", "xiaohongshu", "baidu"], margin=2.5),
        "kc03": lambda: conv("online_lead", *Y25, "e.ad_platform = 'xiaohongshu'"),
        "kc04": lambda: events_share(CALL, "e.action = 'connected'", *H1_26),
        "kc05": lambda: events_share(CALL, "e.action IN ('no_answer', 'invalid_number')", *Y25,
                                     "c.acquisition_channel = 'douyin_ads'"),
        "kc06": lambda: conv("showroom_sales", *Y25),
        "kc07": lambda: top_lost("showroom_sales", *H2_25),
        "kc08": lambda: rank_new_conv(*Y25, "acquisition_channel", margin=3.0),
        "kc09": lambda: new_conv(*Y25, "acquisition_channel = 'referral'"),
        "kc10": lambda: rank_conv("design_to_contract", *Y25, "e.showroom", ["Shanghai Xuhui", "Shanghai Pudong",
                                  "Hangzhou Binjiang", "Nanjing Hexi", "Suzhou SIP", "Chengdu Gaoxin",
                                  "Wuhan Optics Valley"], margin=1.5),
        "kc11": lambda: conv("design_to_contract", *Y25, "e.showroom = 'Nanjing Hexi'"),
        "kc12": lambda: conv("design_to_contract", *Y25, "e.showroom = 'Suzhou SIP'"),
        "kc13": lambda: top_revisions(*Y25, "门店", margin=1.6),
        "kc14": lambda: events_share(CONSULT, "e.action = 'no_show'", *Y25),
        # ---- measurement and contracts
        "kc15": lambda: events_at(MEASURE, *Q2_26, "e.action = 'measured'"),
        "kc16": lambda: events_share(MEASURE, "e.action = 'rescheduled'", *Y25),
        "kc17": lambda: top_events_count(MEASURE, "e.kitchen_layout", *Y25, "e.action = 'measured'"),
        "kc18": lambda: events_at(CONTRACT, *Q4_25),
        "kc19": lambda: top_events_sum(CONTRACT, 'e."门店"', "e.contract_amount_cny", *H1_26, margin=1.15),
        "kc20": lambda: events_sum(CONTRACT, "e.contract_amount_cny", *Y25),
        "kc21": lambda: top_events_count(CONTRACT, 'e."套餐"', *Y25, margin=1.3),
        "kc22": lambda: events_avg(CONTRACT, "e.contract_amount_cny", *Y25, "e.package = 'signature'", rel=0.005),
        # ---- money
        "kc23": lambda: revenue(*Y25, "deposit"),
        "kc24": lambda: revenue(*Q1_26, "final_payment"),
        "kc25": lambda: revenue_change(H1_25, H1_26, None, "o.order_type <> 'intent_deposit'"),
        "kc26": lambda: top_revenue("o.appliance", *Y25, "appliance", margin=1.4),
        "kc27": lambda: top_revenue('o."电器"', *H1_26, "appliance", margin=1.15),
        "kc28": lambda: appliance_attach(*Y25),
        "kc29": lambda: orders_count(*Y25, "intent_deposit", status="refunded"),
        "kc30": lambda: orders_count(*Y25, "deposit", status="refunded"),
        "kc31": lambda: revenue(*Y25, "change_order"),
        # ---- production and delivery
        "kc32": lambda: events_median(PROD, "e.production_days", *DEC25, "e.factory = 'Jiaxing'"),
        "kc33": lambda: events_median(PROD, "e.production_days", *OCT25, "e.factory = 'Jiaxing'"),
        "kc34": lambda: events_share(DELIVERY, "e.late_days > 0", *DEC25),
        "kc35": lambda: events_avg(DELIVERY, "e.late_days", *JAN26, "e.late_days > 0", rel=0.02, floor=0.2),
        "kc36": lambda: events_share(INSTALL, "e.action = 'incomplete'", *Y25, FIRST),
        # ---- acceptance
        "kc37": lambda: events_share(ACCEPT, "e.action = 'passed'", *MAR26, FIRST),
        "kc38": lambda: events_share(ACCEPT, "e.action = 'passed'", *FEB26, FIRST),
        "kc39": lambda: top_events_avg(ACCEPT, "e.install_team", "(e.action = 'failed')::int", *MAR26, FIRST,
                                       margin=2.0, min_n=8),
        "kc40": lambda: top_events_count(ACCEPT, 'e."问题"', *MAR26, "e.action = 'failed'", margin=1.8),
        "kc41": lambda: top_events_avg(ACCEPT, "e.city", "(e.action = 'passed')::int", *Q1_26, FIRST, lowest=True,
                                       margin=1.1, min_n=20),
        "kc42": lambda: events_share(ACCEPT, "e.action = 'passed'", *Y25, FIRST),
        # ---- after-sales and service
        "kc43": lambda: events_at(REPAIR, *Y25),
        "kc44": lambda: top_events_count(REPAIR, 'e."报修类型"', *Y25, margin=1.15),
        "kc45": lambda: events_share(REPAIR, "e.repair_type = 'countertop_crack'", None, None,
                                     "e.countertop = 'sintered_stone'"),
        "kc46": lambda: events_share(REPAIR, "e.repair_type = 'countertop_crack'", None, None,
                                     "e.countertop = 'quartz'"),
        "kc47": lambda: events_median(REPAIR, "e.resolution_days", *H1_26),
        "kc48": lambda: top_events_count(CS, 'e."问题类别"', *DEC25, margin=2.0),
        "kc49": lambda: events_median(CS, "e.resolution_hours", *Y25, "e.ticket_category = 'complaint'"),
        # ---- feedback
        "kc50": lambda: top_fb_count("f.touchpoint_id", T["odor"], margin=5),
        "kc51": lambda: fb_count(T["odor"]),
        "kc52": lambda: fb_count(T["gaps"], _in("f.ts", *MAR26)),
        "kc53": lambda: top_fb_count("f.touchpoint_id", T["colour"], margin=1.8),
        "kc54": lambda: top_fb_count("f.touchpoint_id", T["charges"], margin=2.0),
        "kc55": lambda: fb_avg(f"f.channel = 'acceptance_survey' AND {_in('f.ts', *Y25)}"),
        "kc56": lambda: nps_score(f"f.channel = 'nps_callback' AND {_in('f.ts', *Q1_26)}"),
        "kc57": lambda: nps_score(f"f.channel = 'nps_callback' AND {_in('f.ts', *Q3_25)}"),
        "kc58": lambda: rank_fb_avg("f.showroom", "f.channel = 'dianping'", 30, margin=0.25),
        "kc59": lambda: feedback_ids(T["installer"]),
        "kc60": lambda: fb_count(T["deposit"]),
        "kc61": lambda: fb_count(T["spam"], _in("f.ts", *Y25)),
        # ---- relative periods (as_of)
        "kc62": lambda: events_at(CONTRACT, "2026-01-01", "2026-07-31"),
        "kc63": lambda: events_at(MEASURE, *month(2026, 4), "e.action = 'measured'"),
        "kc64": lambda: events_at(REPAIR, "2026-03-09", "2026-03-15"),
        "kc65": lambda: revenue(*Q4_25, "final_payment"),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # one deposit order per contract event
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_contract'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'deposit'")


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
