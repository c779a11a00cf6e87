"""Gold answers for the 海丰 HaiFeng Aquafeed held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "farms" / "客户" / "养殖户" = customer_id (one farm business: a lead, or a farm that buys feed).
  Customer attributes (customer_type, tier, species, credit_terms, segment, market) come from customers.csv; the
  region of an event, order or comment is its own `region` column (always the same as the customer's);
- funnels follow DATA.md: a customer reaches step k with an event (any action: a failed trial, a visit where the
  farmer was not interested, is still an event at that touchpoint) at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (lead_to_first_order 120 d,
  first_order_care 45 d, first_to_reorder 60 d); rates are per customer; the tolerance covers both readings (later
  steps allowed after the period end, or not), except where the question says later steps count. "Where do we lose
  the most" = the step whose next step is not reached by the most customers (the loss between k and k+1 is
  attributed to step k). A conversion "by lead source / channel" keeps only step-1 events with that events.channel
  (trade_fair, sales_rep, dealer_referral, farmer_referral, online);
- per-event rates count event rows, the period by the event's ts: on-time delivery = tp_delivery rows with on_time
  'yes' / all tp_delivery rows (refused deliveries included); damp share = condition 'damp_bags' / all tp_delivery
  rows; refused = action 'refused'; below-target share = tp_growth_check rows 'below_target' / all growth checks;
  trial pass rate = tp_trial 'passed' / all trials; late payment share = tp_payment rows 'late' / all tp_payment
  rows (dated at payment; cash payments count as on time); win-back success = tp_winback 'won_back' / all calls;
  service first-time resolution = tp_service 'resolved' / all requests;
- counts: leads = tp_lead rows; farm visits = tp_farm_visit rows; trials = tp_trial rows; quotes = tp_quote rows
  (`sent` and `revised` both count unless the question says otherwise); feed orders = tp_first_order + tp_reorder
  rows (one per order, the same as the `feed_order` rows of orders.csv, cancelled ones included unless the question
  excludes them); growth checks = tp_growth_check rows (exact duplicate re-synced rows loaded once);
- money is CNY (orders.amount), the period by orders.ts (the order date): "sales" / "revenue" / "回款金额" = order_type
  `feed_order` with status `paid` unless the question says "ordered value, paid or not" (then all feed orders except
  cancelled and returned); technical-service income = order_type `tech_service` status `paid`;
- zh top entities are the Chinese twins where the same table has one (species_zh, plant_zh, carrier_zh, issue_zh,
  reason_zh, payment_method_zh on events; region_zh on customers) and en ones the English values or touchpoint_id;
  a month is 'YYYY-MM';
- feedback: "all data" includes rows without ts (farmer-meeting forms, WeChat group exports); topic counts by text
  markers with a 5 % tolerance (checked against _truth/feedback_truth.csv); NPS = share 9-10 minus share 0-6 (a
  fraction) by survey_wave; delivery callback = channel `delivery_callback`, growth-check survey =
  `growth_check_survey`, trial review = `trial_review`, service survey = `service_survey`;
- experiment trial_support_2025: a customer converts when they have a tp_first_order event after assigned_at;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; a week is
  Monday..Sunday.
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
    return dict(value=round(v, 2), tolerance=round(max(0.05, abs(v) * 0.002), 2))


def _num(v, rel=0.01, floor=0.1):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


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
                    FROM events e LEFT JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}
                    AND ({first_cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def _cover(vals):
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv(journey, start, end, first_cond="1=1", a=0, b=-1):
    vals = [funnel(journey, start, end, bounded=bd, first_cond=first_cond) for bd in (False, True)]
    return _cover([c[b] / c[a] for c in vals])


def conv_open(journey, start, end, first_cond="1=1", a=0, b=-1):
    """the question says later steps after the period end count: only that reading."""
    c = funnel(journey, start, end, bounded=False, first_cond=first_cond)
    return _rate(c[b] / c[a])


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


# ---------- events ----------

ORDER_TPS = "('tp_first_order', 'tp_reorder')"


def _ev(tp, start, end, cond):
    per = f"AND {_in('e.ts', start, end)}" if start else ""
    tps = f"e.touchpoint_id IN {tp}" if tp.startswith("(") else f"e.touchpoint_id = '{tp}'"
    return f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE {tps} {per} AND ({cond})"


def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) {_ev(tp, start, end, cond)}"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.1):
    return _num(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"), rel, floor)


def events_sum(tp, col, start, end, cond="1=1"):
    return _num(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}"), 0.002, 0.5)


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_sum(tp, by, col, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, sum({col}) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, by, col, start, end, cond="1=1", margin=1.2, lowest=False, min_n=30):
    rows = q(f"SELECT {by}, avg({col}) n, count(*) {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_month(tp, start, end, num=None, cond="1=1", margin=1.1):
    agg = f"avg(({num})::int)" if num else "count(*)"
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, {agg} n {_ev(tp, start, end, cond)} GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def share_change(tp, num, a, b, cond="1=1"):
    x = one(f"SELECT avg(({num})::int) {_ev(tp, *a, cond)}")
    y = one(f"SELECT avg(({num})::int) {_ev(tp, *b, cond)}")
    return _rate(y - x)


# ---------- orders ----------

def _ord(start, end, kind, cond, status="paid"):
    if status == "live":
        st = "AND o.status NOT IN ('cancelled', 'returned')"
    else:
        st = f"AND o.status = '{status}'" if status else ""
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    kd = f"AND o.order_type = '{kind}'" if kind else ""
    return f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE 1=1 {kd} {st} {per} AND ({cond})"


def revenue(start, end, kind="feed_order", cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) {_ord(start, end, kind, cond, status)}"))


def revenue_change(a, b, kind="feed_order", cond="1=1", status="paid"):
    x = one(f"SELECT sum(o.amount) {_ord(*a, kind, cond, status)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, kind, cond, status)}")
    return _rate((y - x) / x)


def orders_count(start, end, kind, cond="1=1", status="paid"):
    return _count(one(f"SELECT count(*) {_ord(start, end, kind, cond, status)}"))


def orders_avg(start, end, kind, col="o.amount", cond="1=1", status="paid"):
    return _money(one(f"SELECT avg({col}) {_ord(start, end, kind, cond, status)}"))


def top_revenue(by, start, end, kind="feed_order", cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, sum(o.amount) n {_ord(start, end, kind, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- customers, experiment ----------

def cust_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                AND e.touchpoint_id = 'tp_first_order' AND e.ts > x.assigned_at))::int) r, count(*)
                FROM experiments x WHERE x.experiment_id = 'trial_support_2025' GROUP BY 1 ORDER BY r DESC""")


def exp_top(margin=1.1):
    rows = exp_rates()
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def exp_rate(variant):
    return _rate(dict((r[0], r[1]) for r in exp_rates())[variant])


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


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, steps, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
ALL = (None, None)
(LEAD, VISIT, TRIAL, QUOTE, FIRST, REORDER, DELIVERY, GROWTH, SERVICE, PAYMENT, WINBACK) = (
    "tp_lead", "tp_farm_visit", "tp_trial", "tp_quote", "tp_first_order", "tp_reorder", "tp_delivery",
    "tp_growth_check", "tp_service", "tp_payment", "tp_winback")
MARKERS = {
    "damp": ["受潮", "damp"], "late": ["送货晚", "late delivery"], "fines": ["粉末多", "fines"],
    "slow_growth": ["长得慢", "slow growth"], "fcr": ["料比", "fcr"], "technician": ["技术员", "technician"],
    "price": ["涨价", "price increase"], "credit_terms": ["账期", "credit terms"], "disease": ["病害", "disease"],
    "rep": ["业务员", "sales rep"], "trial": ["试料", "trial"], "driver": ["司机", "driver"],
    "statement": ["对账", "statement"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
CN = "e.region IN ('Guangdong', 'Guangxi', 'Hainan', 'Fujian', 'Hubei', 'Jiangsu')"
OS = "e.region IN ('Vietnam', 'Philippines', 'Indonesia', 'India')"
LEAD_CH = ["trade_fair", "sales_rep", "dealer_referral", "farmer_referral", "online"]


def gold():
    placed = "e.action = 'placed'"
    shrimp = "e.species = 'whiteleg_shrimp'"
    below = "e.action = 'below_target'"
    damp = "e.condition = 'damp_bags'"
    return {
        # ---- lead funnel, trials, experiment
        "aq01": lambda: conv_open("lead_to_first_order", *H1_25),
        "aq02": lambda: conv_open("lead_to_first_order", *H2_25),
        "aq03": lambda: rank_conv("lead_to_first_order", *Y25, "e.channel", LEAD_CH, margin=1.5),
        "aq04": lambda: conv_open("lead_to_first_order", *Y25, "e.channel = 'trade_fair'"),
        "aq05": lambda: top_lost("lead_to_first_order", *Y25, margin=1.5),
        "aq06": lambda: conv("lead_to_first_order", *Y25, "e.channel = 'trade_fair'", a=0, b=1),
        "aq07": lambda: conv_open("first_to_reorder", *Y25),
        "aq08": lambda: conv_open("first_order_care", *H1_25),
        "aq09": lambda: events_at(TRIAL, *Y25),
        "aq10": lambda: events_share(TRIAL, "e.action = 'passed'", *Y25),
        "aq11": lambda: exp_top(margin=1.2),
        "aq12": lambda: exp_rate("phone_followup"),
        "aq13": lambda: top_events_count(LEAD, "e.lead_source", *Y25, "e.channel = 'trade_fair'", margin=1.3),
        # ---- feed orders and quotes
        "aq14": lambda: events_at(ORDER_TPS, *Y25),
        "aq15": lambda: top_events_sum(ORDER_TPS, "e.region", "e.tonnes", *Y25, placed, margin=1.5),
        "aq16": lambda: events_at(ORDER_TPS, *month(2026, 2), "e.region IN ('Hubei', 'Jiangsu')"),
        "aq17": lambda: events_avg(ORDER_TPS, "e.tonnes", *Y25, f"{placed} AND {shrimp}", floor=0.01),
        "aq18": lambda: top_events_sum(ORDER_TPS, "e.species_zh", "e.tonnes", *Y25, placed, margin=1.2),
        "aq19": lambda: events_share(REORDER, "e.channel = 'wechat_mini_program'", *Q1_26),
        "aq20": lambda: orders_count(*Y25, "feed_order", status="cancelled"),
        "aq21": lambda: events_avg(QUOTE, "e.price_per_tonne_cny", *Q2_26, shrimp, rel=0.005),
        "aq22": lambda: events_avg(QUOTE, "e.price_per_tonne_cny", *H2_25, shrimp, rel=0.005),
        # ---- delivery
        "aq23": lambda: events_share(DELIVERY, "e.on_time = 'yes'", *Y25),
        "aq24": lambda: top_events_avg(DELIVERY, "e.carrier", f"({damp})::int", *Y25, margin=3),
        "aq25": lambda: events_share(DELIVERY, damp, *month(2025, 6)),
        "aq26": lambda: events_share(DELIVERY, damp, *month(2025, 10)),
        "aq27": lambda: events_at(DELIVERY, *Y25, "e.action = 'refused'"),
        "aq28": lambda: events_avg(DELIVERY, "e.hours_late", *Y25, "e.on_time = 'no'"),
        "aq29": lambda: events_share(DELIVERY, "e.on_time = 'yes'", *Y25, OS),
        # ---- growth checks
        "aq30": lambda: events_share(GROWTH, below, *month(2025, 9)),
        "aq31": lambda: events_share(GROWTH, below, *month(2025, 7)),
        "aq32": lambda: top_month(GROWTH, *Y25, num=below, margin=1.3),
        "aq33": lambda: top_events_count(GROWTH, "e.plant_zh", *month(2025, 9), below, margin=2),
        "aq34": lambda: events_avg(GROWTH, "e.fcr", *Y25, "e.species = 'tilapia'", floor=0.01),
        "aq35": lambda: events_at(GROWTH, *Y25),
        # ---- technical service
        "aq36": lambda: events_at(SERVICE, *Q3_25),
        "aq37": lambda: top_events_count(SERVICE, "e.issue_zh", *Y25, margin=1.3),
        "aq38": lambda: events_avg(SERVICE, "e.response_hours", *Y25, OS),
        "aq39": lambda: revenue(*Y25, kind="tech_service"),
        # ---- money and payments
        "aq40": lambda: revenue(*Y25),
        "aq41": lambda: top_revenue("o.region", *Y25, margin=1.5),
        "aq42": lambda: top_revenue("o.region", *H1_26, margin=1.5),
        "aq43": lambda: events_share(PAYMENT, "e.action = 'late'", *Y25),
        "aq44": lambda: top_events_avg(PAYMENT, "e.payment_terms", "(e.action = 'late')::int", *Y25, margin=1.3),
        "aq45": lambda: top_events_avg(PAYMENT, "e.species_zh", "(e.action = 'late')::int", *Y25, margin=1.3),
        "aq46": lambda: orders_count(None, None, "feed_order", status="overdue"),
        "aq47": lambda: revenue_change(Q1_25, Q1_26, status="live"),
        # ---- churn and customers
        "aq48": lambda: events_at(WINBACK, *Y25),
        "aq49": lambda: top_events_count(WINBACK, "e.outcome_reason", *ALL, margin=1.3),
        "aq50": lambda: events_share(WINBACK, "e.action = 'won_back'", *ALL),
        "aq51": lambda: cust_count("c.segment = 'churned'"),
        "aq52": lambda: cust_count("c.tier = 'A'"),
        # ---- feedback
        "aq53": lambda: top_fb_count("f.touchpoint_id", T["damp"], margin=5),
        "aq54": lambda: fb_count(T["damp"]),
        "aq55": lambda: fb_count(T["slow_growth"], _in("f.ts", "2025-09-01", "2025-10-31")),
        "aq56": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2025-11'"),
        "aq57": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2025-11' AND f.region = 'India'"),
        "aq58": lambda: fb_avg(f"f.channel = 'delivery_callback' AND {_in('f.ts', *Y25)}"),
        "aq59": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'growth_check_survey' AND {_in('f.ts', *Y25)}"),
        "aq60": lambda: feedback_ids(T["disease"]),
        "aq61": lambda: fb_count(T["price"], _in("f.ts", *H1_26)),
        # ---- relative periods (as_of)
        "aq62": lambda: events_at(LEAD, *month(2026, 3)),
        "aq63": lambda: events_share(DELIVERY, "e.on_time = 'yes'", *month(2026, 6)),
        "aq64": lambda: events_at(SERVICE, "2025-09-08", "2025-09-14"),
        "aq65": lambda: revenue(*Q3_25, status="live"),
        "aq66": lambda: events_at(GROWTH, "2026-01-01", "2026-05-20"),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    assert one(f"SELECT count(*) FROM events WHERE touchpoint_id IN {ORDER_TPS}") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'feed_order'")
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_payment'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'feed_order' AND status = 'paid'")
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_delivery' AND action = 'refused'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'feed_order' AND status = 'returned'")


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
