"""Gold answers for the 绿程轻卡租赁 GreenMile E-Truck Leasing held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "客户" / "lessees" = customer_id: one logistics business (a prospect from its enquiry on, or a lessee).
  Attributes of the business (business_type / 客户类型, tier, acquisition_channel / 获客渠道, segment) come from
  customers.csv; the city of an event, an order or a comment is its own `city` column (the customer's city);
- funnels follow DATA.md: a customer enters with their first step-1 event in the period and reaches step k with an
  event (any action: a rejected credit check is still an event at tp_credit_check) at step k's touchpoint after
  reaching step k-1, within the journey window from that first step-1 event (onboarding 60 d, charging_card 7 d,
  maintenance 14 d, breakdown 7 d, early_termination 45 d). Rates are per customer; the tolerance covers both
  readings (later steps allowed after the period end, or not). "Where do we lose the most" = the step whose next
  step the most customers never reach (the loss between k and k+1 is attributed to step k). A funnel "by business
  type / city / channel" splits by the customers.* column;
- a step conversion "from credit check to quote" = customers reaching both / customers reaching the credit check in
  the same funnel;
- event counts are rows of the touchpoint dated in the period (40 bank payment notifications re-sent in February 2026
  carry the same event_id and are loaded once): enquiries = tp_enquiry, handovers = tp_handover, breakdowns =
  tp_breakdown, early-termination requests = tp_termination_request, maintenance reminders = tp_maint_reminder;
- per-event rates: credit approval = tp_credit_check rows `approved` or `conditional` / all tp_credit_check rows (by
  check date); late payment share = tp_payment rows `late` / all tp_payment rows (by payment date); declined
  charging share = sum(declined_sessions) / sum(sessions) of tp_charging rows (one usage record per lessee and
  month, dated at the month's end, charge_month); rescue arrival time =
  mean arrive_minutes of tp_rescue_arrive rows; breakdowns per truck = tp_breakdown rows / trucks leased;
- money is CNY (orders.amount; Bangkok orders keep THB in amount_local), period by the order date orders.ts (the
  invoice / statement date; for paid rent the tolerance also covers the payment-date reading, paid_at):
  "rent revenue" / "租金收入" = order_type monthly_rent with status `paid`; "charging
  revenue" = order_type charging (always paid, deducted from the card); "billed" = every order that is not
  cancelled; deposits are not revenue;
- zh top entities are the Chinese twins where the same row has one (客户类型, 获客渠道, 退租原因, 拒绝原因, 故障类型,
  付款方式, 服务站) and en ones the English values; a city is always its stored English value, a month 'YYYY-MM', a
  touchpoint its touchpoint_id, an experiment arm its variant, a device its stored value;
- feedback: "all" includes rows without ts (WeChat service-group exports, Bangkok paper handover forms); topic
  counts are by text markers (checked against _truth/feedback_truth.csv) with a 5 % tolerance; NPS = share 9-10
  minus share 0-6 (a fraction) within one survey_wave; negative share = rating <= 2 among rated rows;
- experiment deposit_offer_2025: a customer converts with a tp_handover event after assigned_at;
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
    """customers reaching each step; cond filters the step-1 events (e.*) / the customer (c.*)."""
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


def conv(journey, start, end, cond="1=1", a=0, b=-1, readings=(False, True)):
    """readings=(False,) when the question says that later steps after the period end count."""
    vals = []
    for bounded in readings:
        c = funnel(journey, start, end, bounded, cond)
        vals.append(c[b] / c[a])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def conv_rank(journey, start, end, col, values, lowest, margin, a=0, b=-1):
    tops = set()
    for bounded in (False, True):
        rows = []
        for v in values:
            c = funnel(journey, start, end, bounded, f"{col} = '{v}'")
            rows.append((v, c[b] / c[a]))
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


def step_count(journey, start, end, k, cond="1=1"):
    """customers reaching step k (1-based); the tolerance covers both readings."""
    a = funnel(journey, start, end, False, cond)[k - 1]
    b = funnel(journey, start, end, True, cond)[k - 1]
    return dict(value=int(a), tolerance=max(0.5, abs(a - b) + 0.5))


# ---------------------------------------------------------------- events
def _ev(tps, start, end, cond):
    tps = (tps,) if isinstance(tps, str) else tps
    lst = ", ".join(f"'{t}'" for t in tps)
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id IN ({lst}) "
            f"AND {per('e.ts', start, end)} AND ({cond})")


def ev_count(tps, start=None, end=None, cond="1=1"):
    return count(one(f"SELECT count(*) {_ev(tps, start, end, cond)}"))


def ev_customers(tps, start=None, end=None, cond="1=1"):
    return count(one(f"SELECT count(DISTINCT e.customer_id) {_ev(tps, start, end, cond)}"))


def ev_share(tps, num_cond, start=None, end=None, cond="1=1"):
    return rate(one(f"SELECT avg(({num_cond})::int) {_ev(tps, start, end, cond)}"))


def ev_avg(tps, col, start=None, end=None, cond="1=1", rel=0.01, floor=0.05):
    return num(one(f"SELECT avg({col}) {_ev(tps, start, end, cond)} AND {col} IS NOT NULL"), rel, floor)


def ev_sum(tps, col, start=None, end=None, cond="1=1"):
    return money(one(f"SELECT sum({col}) {_ev(tps, start, end, cond)}"))


def ev_top(tps, by, start=None, end=None, cond="1=1", margin=1.2, agg="count(*)", lowest=False):
    rows = q(f"SELECT {by}, {agg} v {_ev(tps, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def ev_top_month(tps, start, end, cond="1=1", agg="count(*)", margin=1.05):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, {agg} v {_ev(tps, start, end, cond)} GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def decline_share(start_month, end_month, cond="1=1"):
    return rate(one(f"""SELECT sum(e.declined_sessions) / sum(e.sessions) FROM events e
                        WHERE e.touchpoint_id = 'tp_charging' AND e.charge_month BETWEEN '{start_month}'
                        AND '{end_month}' AND ({cond})"""))


def decline_top_month(cond="1=1", margin=1.05):
    rows = q(f"""SELECT e.charge_month, sum(e.declined_sessions) / sum(e.sessions) v FROM events e
                 WHERE e.touchpoint_id = 'tp_charging' AND ({cond}) GROUP BY 1 ORDER BY v DESC""")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- orders / money
BILLED = "o.status <> 'cancelled'"
RENT_PAID = "o.order_type = 'monthly_rent' AND o.status = 'paid'"


def _ord(start, end, cond):
    return f"FROM orders o WHERE {per('o.ts', start, end)} AND ({cond})"


def ord_sum(start, end, cond, col="o.amount"):
    return money(one(f"SELECT sum({col}) {_ord(start, end, cond)}"))


def ord_paid_sum(start, end, cond, col="o.amount"):
    """paid money by invoice date (orders.ts) or by payment date (paid_at); the tolerance covers both."""
    a = one(f"SELECT sum({col}) {_ord(start, end, cond)}")
    b = one(f"SELECT sum({col}) FROM orders o WHERE {per('o.paid_at', start, end)} AND ({cond})")
    return dict(value=round(float(a), 2), tolerance=round(max(abs(a) * 0.002, abs(a - b) * 1.05), 2))


def ord_count(start, end, cond):
    return count(one(f"SELECT count(*) {_ord(start, end, cond)}"))


def ord_avg(start, end, cond, col="o.amount"):
    return money(one(f"SELECT avg({col}) {_ord(start, end, cond)}"))


def ord_growth(a, b, cond):
    x = one(f"SELECT sum(o.amount) {_ord(*a, cond)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, cond)}")
    return rate((y - x) / x)


def ord_top(by, start, end, cond, margin=1.1, agg="sum(o.amount)"):
    rows = q(f"SELECT {by}, {agg} v {_ord(start, end, cond)} GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- experiment
def exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                  AND e.touchpoint_id = 'tp_handover' AND e.ts > x.assigned_at))::int) r, count(*) n
                FROM experiments x WHERE x.experiment_id = 'deposit_offer_2025' GROUP BY 1 ORDER BY r DESC""")


def exp_top(margin):
    rows = exp_rates()
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def exp_rate(variant):
    return rate({r[0]: r[1] for r in exp_rates()}[variant])


# ---------------------------------------------------------------- feedback
MARKERS = {
    "charging_card": ["充电卡", "charging card"], "rescue_slow": ["救援", "rescue"],
    "water_damage": ["涉水", "flood"], "deposit_refund": ["押金", "deposit"],
    "credit_check": ["审核", "credit check"], "price": ["租金", "expensive"], "billing": ["账单", "invoice"],
    "range": ["续航", "battery range"], "handover_delay": ["交车", "handover"],
    "maintenance_wait": ["保养", "maintenance"], "manager_praise": ["客户经理", "account manager"],
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


def fb_exact(cond, start=None, end=None):
    return count(one(f"SELECT count(*) FROM feedback f WHERE ({cond}) AND {per('f.ts', start, end)}"))


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


def fb_top_month(cond, start, end, margin=1.05):
    rows = q(f"SELECT strftime(f.ts, '%Y-%m') m, count(*) v FROM feedback f WHERE ({cond}) AND f.ts IS NOT NULL "
             f"AND {per('f.ts', start, end)} GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5
    return dict(citations_from=ids)


def nps(cond):
    return rate(one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
                    f"WHERE f.nps IS NOT NULL AND {cond}"))


def nps_rank(col, wave, values, lowest, margin):
    rows = []
    for v in values:
        r = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
                f"WHERE f.nps IS NOT NULL AND f.survey_wave = '{wave}' AND {col} = '{v}'")
        rows.append((v, r))
    rows.sort(key=lambda r: r[1], reverse=not lowest)
    a, b = rows[0][1], rows[1][1]
    assert (b - a if lowest else a - b) > margin, rows
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- periods and shorthands
Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
BTYPES = ["express_franchise", "same_day_delivery", "cold_chain", "retail_distribution", "owner_operator"]
CITIES = ["Shenzhen", "Chengdu", "Bangkok"]
ACQ = ["sales_visit", "douyin_ads", "baidu_search", "referral", "logistics_park", "dealer_partner", "website",
       "facebook_ads", "line_oa", "trade_fair"]


def zh_twin(table, col, zh_col, got):
    v = one(f"SELECT DISTINCT \"{zh_col}\" FROM {table} WHERE {col} = '{got['top_entity']}'")
    return dict(top_entity=v)


def gold():
    Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
    Q1_26 = quarter(2026, 1)
    M = month
    OWNER, COLD = "c.business_type = 'owner_operator'", "c.business_type = 'cold_chain'"
    SZ, CD, BKK = "e.city = 'Shenzhen'", "e.city = 'Chengdu'", "e.city = 'Bangkok'"
    JAN_MAY_26 = ("2026-01-01", "2026-05-31")
    WET_25 = ("2025-06-01", "2025-10-31")
    RENT_BILLED = "o.order_type = 'monthly_rent' AND o.status <> 'cancelled'"
    LESSEE = "segment IN ('active', 'new', 'at_risk')"
    return {
        # ---- onboarding: enquiry -> credit check -> quote -> contract -> deposit -> handover (60 d)
        "et01": lambda: conv("onboarding", *Y25),
        "et02": lambda: conv_rank("onboarding", *Y25, "c.business_type", BTYPES, lowest=True, margin=1.3),
        "et03": lambda: conv("onboarding", *Y25, OWNER),
        "et04": lambda: biggest_loss("onboarding", *Y25, margin=1.5, cond=OWNER),
        "et05": lambda: conv("onboarding", *M(2025, 9), a=1, b=2),
        "et06": lambda: conv("onboarding", *M(2025, 8), a=1, b=2),
        "et08": lambda: ev_share("tp_credit_check", "e.action IN ('approved', 'conditional')", *M(2025, 9)),
        "et09": lambda: ev_customers("tp_credit_check", cond="e.reject_reason = 'risk_model_v2'"),
        "et10": lambda: zh_twin("customers", "acquisition_channel", "获客渠道", conv_rank(
            "onboarding", *Y25, "c.acquisition_channel", ACQ, lowest=True, margin=1.15)),
        "et11": lambda: conv("onboarding", *Y25, "c.city = 'Bangkok'"),
        "et12": lambda: conv("onboarding", *Y25, "c.city = 'Chengdu'"),
        "et13": lambda: exp_top(margin=1.1),
        "et14": lambda: exp_rate("two_months"),
        "et15": lambda: count(one(f"SELECT sum(e.trucks) {_ev('tp_handover', *Q4_25, '1=1')}")),
        "et16": lambda: ev_count("tp_contract", *Q3_25),
        "et17": lambda: ev_count("tp_enquiry", *M(2026, 4)),
        "et18": lambda: ev_avg("tp_handover", "e.days_from_contract", *Q4_25, COLD),
        "et19": lambda: conv("onboarding", *Y25, COLD, a=4, b=5),
        # ---- charging
        "et20": lambda: decline_share("2026-03", "2026-03", SZ),
        "et21": lambda: decline_top_month(SZ, margin=1.1),
        "et22": lambda: dict(decline_share("2025-10", "2025-10", SZ), tolerance=0.002),
        "et23": lambda: fb_count(marker("charging_card"), *Q1_26),
        "et24": lambda: fb_top_month(marker("charging_card"), None, None, margin=1.08),
        "et25": lambda: fb_ids(f"{marker('charging_card')} AND f.city = 'Shenzhen' AND {per('f.ts', *M(2026, 2))}"),
        "et26": lambda: conv("charging_card", *M(2025, 11), "c.city = 'Shenzhen'", a=2, b=3),
        "et27": lambda: ord_sum(*Y25, "o.order_type = 'charging' AND o.status <> 'cancelled'"),
        # ---- maintenance
        "et28": lambda: conv("maintenance", *Y25, a=0, b=1),
        "et29": lambda: biggest_loss("maintenance", *Y25, margin=1.5),
        "et30": lambda: ev_count("tp_maint_done", *Q1_26),
        # ---- breakdowns
        "et31": lambda: ev_count("tp_breakdown", *WET_25, BKK),
        "et32": lambda: ev_avg("tp_rescue_arrive", "e.arrive_minutes", *WET_25, BKK),
        "et33": lambda: ev_avg("tp_rescue_arrive", "e.arrive_minutes", "2025-11-01", "2026-03-31", BKK),
        "et34": lambda: ev_top("tp_rescue_arrive", "e.city", agg="avg(e.arrive_minutes)", margin=1.3),
        "et35": lambda: ev_top("tp_breakdown", 'e."故障类型"', *WET_25, BKK, margin=1.5),
        "et36": lambda: ev_top("tp_breakdown", "e.fault_type", margin=1.2),
        "et37": lambda: ev_count("tp_repair_done", *Y25, "e.fix_type = 'towed'"),
        "et38": lambda: conv("breakdown", *Y25),
        "et39": lambda: ev_count("tp_breakdown", *M(2026, 3)),
        # ---- early termination and deposits
        "et40": lambda: ev_customers("tp_termination_request", *Q1_26, CD),
        "et41": lambda: ev_top("tp_termination_request", "e.termination_reason", margin=1.15),
        "et42": lambda: ev_top("tp_termination_request", 'e."退租原因"', cond=OWNER, margin=1.3),
        "et43": lambda: conv("early_termination", *Q1_26, readings=(False,)),
        "et44": lambda: conv("early_termination", *Y25),
        "et45": lambda: ev_avg("tp_deposit_refund", "e.days_after_return", *M(2026, 3)),
        "et46": lambda: fb_count(marker("deposit_refund"), *JAN_MAY_26),
        # ---- money and payments
        "et47": lambda: ord_paid_sum(*Y25, RENT_PAID),
        "et48": lambda: ord_top("o.city", *Y25, RENT_PAID, margin=1.1),
        "et49": lambda: ord_paid_sum(*JAN_MAY_26, f"{RENT_PAID} AND o.city = 'Bangkok'", col="o.amount_local"),
        "et50": lambda: ord_paid_sum(*H2_25, f"{RENT_PAID} AND o.city = 'Shenzhen'"),
        "et51": lambda: ev_share("tp_payment", "e.action = 'late'", *Y25),
        "et52": lambda: ev_top("tp_payment", 'c."客户类型"', *Y25, agg="avg((e.action = 'late')::int)", margin=1.5),
        "et53": lambda: ev_top("tp_payment", "e.payment_method", agg="avg((e.action = 'late')::int)", lowest=True,
                               margin=2),
        "et54": lambda: ord_sum(None, None, "o.order_type = 'monthly_rent' AND o.status = 'overdue'"),
        "et55": lambda: ord_growth(Q1_25, Q1_26, RENT_BILLED),
        "et56": lambda: ev_count("tp_payment", "2026-03-09", "2026-03-15", "e.action = 'late'"),
        # ---- customers
        "et57": lambda: count(one("SELECT count(*) FROM customers WHERE segment = 'at_risk'")),
        "et58": lambda: count(one(f"SELECT count(*) FROM customers WHERE city = 'Chengdu' AND {LESSEE}")),
        # ---- feedback
        "et59": lambda: nps("f.survey_wave = '2025-12'"),
        "et60": lambda: nps_rank("f.city", "2025-12", CITIES, lowest=True, margin=0.05),
        "et61": lambda: nps("f.survey_wave = '2026-05' AND f.city = 'Shenzhen'"),
        "et62": lambda: fb_avg("f.channel = 'handover_survey'", start=Y25[0], end=Y25[1]),
        "et63": lambda: fb_share("f.rating <= 2", "f.channel = 'rescue_survey' AND f.rating IS NOT NULL",
                                 "2025-07-01", "2025-09-30"),
        "et64": lambda: fb_top("f.city", marker("rescue_slow"), margin=1.3),
        "et65": lambda: fb_count(marker("water_damage")),
        "et66": lambda: fb_exact("1=1"),
        "et67": lambda: fb_exact("f.ts IS NULL"),
        "et68": lambda: fb_count(marker("credit_check"), "2025-09-01", "2025-10-31"),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        check_markers()
    fns = gold()
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
        print(it["id"], it["lang"], it["question"][:60].replace("\n", " "), shown)
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
