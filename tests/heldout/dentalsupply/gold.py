"""Gold answers for the 德诺齿科 Denora Dental Supply held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "clinics" / "customers" / "客户" / "诊所" = customer_id (one clinic or clinic group: a lead from its first enquiry
  on, or an account). Clinic attributes (clinic_type / 诊所类型, tier, specialty, acquisition_channel / 获客渠道) come
  from customers.csv; the city of an event, an order or a comment is its own `city` column (= the clinic's city);
- funnels follow DATA.md: a clinic enters with its first step-1 event in the period and reaches step k with an event
  (any action: a rejected licence check or a failed checkout is still an event at that step) at step k's touchpoint
  after reaching step k-1, within the journey window from that first step-1 event (onboarding 60 d, webshop 1 d,
  order_to_cash 120 d, returns 21 d). Rates are per clinic; the tolerance covers both readings (later steps allowed
  after the period end, or not). "Where do we lose the most" = the step whose next step the most clinics never
  reach (the loss between k and k+1 is attributed to step k). A funnel "for Taipei / solo clinics / online-ads
  leads" keeps the clinics with that customers.* value;
- a step conversion "from checkout to order confirmed" = clinics reaching both / clinics reaching checkout in the
  same funnel;
- event counts are rows of the touchpoint dated in the period (42 proofs of delivery re-sent by the courier API in
  January 2026 carry the same event_id and are loaded once): leads = tp_lead, sample kits = tp_sample, quotes =
  tp_quote, deliveries = tp_delivery (dated at arrival), returns = tp_return_request, rep visits = tp_rep_visit,
  lost accounts = tp_account_lost;
- per-event rates: on-time = on_time 'yes' / all tp_delivery rows; checkout failure = tp_checkout rows with action
  `fail` / all tp_checkout rows; wrong-item rate = tp_return_request rows with return_reason wrong_item / tp_delivery
  rows of the same period; late payment share = tp_payment rows `late` / all tp_payment rows dated at payment;
- money is CNY (orders.amount; Taipei orders also keep TWD in amount_local), period by the order date orders.ts:
  "revenue" / "sales" / "销售额" / "回款" = status `paid`; "order value" / "订货额" = every order that is not
  cancelled or returned; average order value = mean amount of those orders;
- zh top entities are the Chinese twins where the same row has one (诊所类型, 品类, 获客渠道, 流失原因, 付款方式,
  发货仓, 退货原因) and en ones the English stored values; a city is always the stored English value, a month
  'YYYY-MM', a touchpoint its touchpoint_id, an experiment arm its variant, a device its stored value;
- feedback: "all" includes rows without ts (WeChat / LINE group exports, paper forms from the trade-show booths);
  topic counts are by text markers (checked against _truth/feedback_truth.csv) with a 5 % tolerance; NPS = share 9-10
  minus share 0-6 (a fraction) within one survey_wave; negative share = rating <= 2 among rated rows;
- experiment one_page_checkout_2025: a clinic converts with a tp_order_confirm event within 14 days after assigned_at;
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
    """clinics reaching each step; cond filters the step-1 events (e.*) / the clinic (c.*)."""
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


def cohort_conv(journey, start, end, cond="1=1", a=0, b=-1):
    """cohort reading, stated in the question: later steps count even after the period end (DATA.md window only)."""
    c = funnel(journey, start, end, False, cond)
    return rate(c[b] / c[a])


def reach(journey, start, end, k, cond="1=1"):
    """number of clinics reaching step k (1-based); both readings must agree."""
    a = funnel(journey, start, end, False, cond)[k - 1]
    b = funnel(journey, start, end, True, cond)[k - 1]
    return dict(value=int(a), tolerance=max(0.5, abs(a - b) + 0.5))


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


def conv_top_month(journey, months, a, b, lowest=True, margin=1.1, cond="1=1"):
    rows = []
    for (y, m) in months:
        s, e = month(y, m)
        c = funnel(journey, s, e, False, cond)
        rows.append((f"{y}-{m:02d}", c[b] / c[a]))
    rows.sort(key=lambda r: r[1], reverse=not lowest)
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- events
def _ev(tps, start, end, cond):
    tps = (tps,) if isinstance(tps, str) else tps
    lst = ", ".join(f"'{t}'" for t in tps)
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id IN ({lst}) "
            f"AND {per('e.ts', start, end)} AND ({cond})")


def ev_count(tps, start=None, end=None, cond="1=1"):
    return count(one(f"SELECT count(*) {_ev(tps, start, end, cond)}"))


def ev_users(tps, start=None, end=None, cond="1=1"):
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


def ev_top_month(tps, start, end, cond="1=1", agg="count(*)", margin=1.05, lowest=False):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, {agg} v {_ev(tps, start, end, cond)} GROUP BY 1 "
             f"ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def wrong_rate(start, end, cond="1=1"):
    w = one(f"SELECT count(*) {_ev('tp_return_request', start, end, cond)} AND e.return_reason = 'wrong_item'")
    d = one(f"SELECT count(*) {_ev('tp_delivery', start, end, cond)}")
    return rate(w / d)


def wrong_rate_top(by, start, end, margin, cond="1=1"):
    """wrong-item returns / deliveries per value of an events column present on both (city)."""
    rows = q(f"""SELECT {by}, count(*) FILTER (WHERE e.touchpoint_id = 'tp_return_request'
                        AND e.return_reason = 'wrong_item') / count(*) FILTER (WHERE e.touchpoint_id = 'tp_delivery') v
                 {_ev(('tp_return_request', 'tp_delivery'), start, end, cond)} GROUP BY 1 ORDER BY v DESC""")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def wrong_rate_top_month(start, end, margin):
    rows = q(f"""SELECT strftime(e.ts, '%Y-%m') m, count(*) FILTER (WHERE e.touchpoint_id = 'tp_return_request'
                        AND e.return_reason = 'wrong_item') / count(*) FILTER (WHERE e.touchpoint_id = 'tp_delivery') v
                 {_ev(('tp_return_request', 'tp_delivery'), start, end, '1=1')} GROUP BY 1 ORDER BY v DESC""")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- orders / money
LIVE = "o.status NOT IN ('cancelled', 'returned')"
PAID = "o.status = 'paid'"


def _ord(start, end, cond):
    return f"FROM orders o WHERE {per('o.ts', start, end)} AND ({cond})"


def ord_sum(start, end, cond, col="o.amount"):
    return money(one(f"SELECT sum({col}) {_ord(start, end, cond)}"))


def ord_count(start, end, cond):
    return count(one(f"SELECT count(*) {_ord(start, end, cond)}"))


def ord_avg(start, end, cond, col="o.amount"):
    return money(one(f"SELECT avg({col}) {_ord(start, end, cond)}"))


def ord_share(num_cond, start, end, cond):
    return rate(one(f"SELECT avg(({num_cond})::int) {_ord(start, end, cond)}"))


def ord_growth(a, b, cond):
    x = one(f"SELECT sum(o.amount) {_ord(*a, cond)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, cond)}")
    return rate((y - x) / x)


def ord_top(by, start, end, cond, margin=1.1, agg="sum(o.amount)", lowest=False):
    rows = q(f"SELECT {by}, {agg} v {_ord(start, end, cond)} GROUP BY 1 ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def ord_top_month(start, end, cond, agg="sum(o.amount)", margin=1.05, lowest=False):
    rows = q(f"SELECT strftime(o.ts, '%Y-%m') m, {agg} v {_ord(start, end, cond)} GROUP BY 1 "
             f"ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- experiment
def exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                  AND e.touchpoint_id = 'tp_order_confirm' AND e.ts > x.assigned_at
                  AND e.ts <= x.assigned_at + INTERVAL 14 DAY))::int) r, count(*) n
                FROM experiments x WHERE x.experiment_id = 'one_page_checkout_2025' GROUP BY 1 ORDER BY r DESC""")


def exp_top(margin):
    rows = exp_rates()
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def exp_rate(variant):
    return rate({r[0]: r[1] for r in exp_rates()}[variant])


# ---------------------------------------------------------------- feedback
MARKERS = {
    "wrong_item": ["错发", "錯發", "wrong item"], "late": ["送货慢", "送貨慢", "late delivery"],
    "expiry": ["效期", "expiry"], "checkout": ["结账失败", "結帳失敗", "checkout"],
    "price": ["涨价", "漲價", "price increase"], "invoice": ["发票", "發票", "invoice"],
    "gloves": ["手套", "gloves"], "rep": ["业务代表", "業務代表", "sales rep"],
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


def nps_top(by, cond, lowest, margin):
    rows = q(f"SELECT {by}, avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) v FROM feedback f "
             f"WHERE f.nps IS NOT NULL AND {cond} GROUP BY 1 ORDER BY v {'ASC' if lowest else 'DESC'}")
    a, b = float(rows[0][1]), float(rows[1][1])
    assert abs(a - b) >= margin, rows
    return dict(top_entity=rows[0][0])


def zh_twin(table, col, zh_col, got):
    v = q(f"SELECT DISTINCT \"{zh_col}\" FROM {table} WHERE {col} = '{got['top_entity']}'")
    assert len(v) == 1, v
    return dict(top_entity=v[0][0])


# ---------------------------------------------------------------- periods and shorthands
Y25 = ("2025-01-01", "2025-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
JAN_AUG_26 = ("2026-01-01", "2026-08-31")
CTYPES = ["solo_clinic", "group_clinic", "specialist"]
ACQ = ["sales_visit", "trade_show", "website", "online_ads", "referral", "wechat", "line"]
ALL_MONTHS = [(2025, m) for m in range(3, 13)] + [(2026, m) for m in range(1, 9)]


def gold():
    Q4_25 = quarter(2025, 4)
    Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
    Q2_25 = quarter(2025, 2)
    M = month
    TPE = "c.city = 'Taipei'"
    return {
        # ---- onboarding: lead -> rep visit -> sample -> quote -> licence check -> order (60 d)
        "ds01": lambda: cohort_conv("onboarding", *Y25),
        "ds02": lambda: conv_rank("onboarding", *Y25, "c.clinic_type", CTYPES, lowest=True, margin=1.5),
        "ds03": lambda: cohort_conv("onboarding", *Y25, "c.clinic_type = 'solo_clinic'", a=3, b=4),
        "ds04": lambda: zh_twin("customers", "acquisition_channel", "获客渠道", conv_rank(
            "onboarding", *Y25, "c.acquisition_channel", ACQ, lowest=True, margin=1.3)),
        "ds05": lambda: biggest_loss("onboarding", *Y25, margin=1.2),
        "ds06": lambda: cohort_conv("onboarding", *Y25, TPE),
        "ds07": lambda: cohort_conv("onboarding", *Y25, "c.city = 'Shanghai'"),
        "ds08": lambda: ev_count("tp_lead", "2025-10-20", "2025-10-26"),
        "ds09": lambda: ev_count("tp_sample", *Y25),
        "ds10": lambda: ev_count("tp_license_check", *H1_26, "e.action = 'rejected'"),
        "ds11": lambda: ev_count("tp_license_check", *Q2_26, "e.action = 'approved'"),
        # ---- webshop: login -> catalogue -> product -> cart -> checkout -> confirmed (1 d)
        "ds12": lambda: conv("webshop", *M(2026, 3), a=4, b=5),
        "ds13": lambda: conv("webshop", *M(2026, 3), TPE, a=4, b=5),
        "ds14": lambda: ev_share("tp_checkout", "e.action = 'fail'", *M(2026, 3), "e.city = 'Taipei'"),
        "ds15": lambda: conv_top_month("webshop", ALL_MONTHS, a=4, b=5, lowest=True, margin=1.05),
        "ds16": lambda: biggest_loss("webshop", *M(2026, 5), margin=1.4),
        "ds17": lambda: ev_top("tp_checkout", "e.error_code", *M(2026, 3), "e.action = 'fail'", margin=3),
        "ds19": lambda: ord_top("o.device", None, None, "o.channel = 'webshop'", agg="count(*)", margin=1.5),
        # ---- deliveries
        "ds20": lambda: ev_share("tp_delivery", "e.on_time = 'yes'", *M(2025, 9), "e.city = 'Guangzhou'"),
        "ds21": lambda: ev_top("tp_delivery", "e.city", *M(2025, 9), agg="avg((e.on_time = 'yes')::int)",
                               lowest=True, margin=1.1),
        "ds22": lambda: ev_count("tp_delivery", *M(2025, 11)),
        "ds23": lambda: ev_count("tp_delivery", *M(2026, 1)),
        "ds24": lambda: ev_avg("tp_delivery", "e.hours_late", *Y25, "e.on_time = 'no'", rel=0.02),
        # ---- returns and wrong items
        "ds25": lambda: wrong_rate(*M(2025, 12)),
        "ds26": lambda: ord_top("o.warehouse", *Q4_25, "o.wrong_item = 'yes'", agg="count(*)", margin=2),
        "ds27": lambda: ord_top("o.warehouse", *Q1_26, "o.wrong_item = 'yes'", agg="count(*)", margin=2),
        "ds28": lambda: cohort_conv("returns", *M(2026, 1), "c.city = 'Guangzhou'"),
        "ds29": lambda: ev_count("tp_return_request", *Y25),
        "ds30": lambda: zh_twin("events", "return_reason", "退货原因",
                                ev_top("tp_return_request", "e.return_reason", margin=1.8)),
        # ---- invoices and payments
        "ds32": lambda: ev_share("tp_payment", "e.action = 'late'", *Y25),
        "ds33": lambda: ev_top("tp_payment", 'c."诊所类型"', agg="avg((e.action = 'late')::int)", margin=1.5),
        "ds34": lambda: ev_avg("tp_payment", "e.days_late", *H1_26, "e.action = 'late'", rel=0.02),
        "ds35": lambda: ev_sum("tp_invoice", "e.invoice_cny", *M(2026, 1)),
        # ---- money
        "ds37": lambda: ord_sum(*Y25, PAID),
        "ds38": lambda: ord_top("o.city", *Y25, PAID, margin=1.1),
        "ds39": lambda: ord_avg(*Y25, f"{LIVE} AND o.clinic_type = 'group_clinic'"),
        "ds40": lambda: ord_growth(Q2_25, Q2_26, LIVE),
        "ds41": lambda: ord_top("o.category", *Y25, LIVE, margin=1.3),
        "ds42": lambda: zh_twin("orders", "category", "品类", ord_top("o.category", *JAN_AUG_26, LIVE, margin=1.3)),
        "ds43": lambda: ord_sum(*H1_26, f"{PAID} AND o.city = 'Taipei'", col="o.amount_local"),
        "ds44": lambda: ord_count(*Y25, "o.status = 'cancelled'"),
        "ds45": lambda: ord_share("o.channel = 'webshop'", *Y25, "1=1"),
        "ds46": lambda: ord_top_month(*JAN_AUG_26, LIVE, lowest=True, margin=1.1),
        # ---- accounts and churn
        "ds47": lambda: ev_count("tp_account_lost", *Q2_26),
        "ds48": lambda: zh_twin("events", "lost_reason", "流失原因", ev_top("tp_account_lost", "e.lost_reason",
                                                                         margin=2)),
        "ds49": lambda: count(one("SELECT count(*) FROM customers WHERE segment = 'at_risk'")),
        "ds51": lambda: specialty_top(margin=1.5),
        # ---- experiment
        "ds52": lambda: exp_top(margin=1.2),
        "ds53": lambda: exp_rate("classic"),
        # ---- feedback
        "ds54": lambda: fb_count(marker("wrong_item"), *M(2025, 12)),
        "ds55": lambda: fb_count(marker("wrong_item"), "2025-11-01", "2026-01-31"),
        "ds56": lambda: fb_count(marker("checkout"), *M(2026, 3)),
        "ds57": lambda: fb_count(marker("price"), "2026-04-01", "2026-08-31"),
        "ds58": lambda: nps("f.survey_wave = '2026-08'"),
        "ds59": lambda: nps("f.survey_wave = '2025-09'"),
        "ds60": lambda: fb_avg("f.channel = 'delivery_survey'", start=H2_25[0], end=H2_25[1]),
        "ds61": lambda: fb_share("f.rating <= 2", "f.channel = 'delivery_survey' AND f.rating IS NOT NULL "
                                                  "AND f.city = 'Guangzhou'", *M(2025, 9)),
        "ds62": lambda: fb_exact("1=1"),
        "ds63": lambda: fb_exact("f.ts IS NULL"),
        "ds64": lambda: fb_ids(f"{marker('checkout')} AND f.city = 'Taipei' AND {per('f.ts', *M(2026, 3))}"),
        "ds65": lambda: fb_count(marker("gloves")),
        "ds66": lambda: fb_top("f.touchpoint_id", marker("wrong_item"), margin=2),
        "ds67": lambda: nps("f.survey_wave = '2026-03' AND f.city = 'Taipei'"),
        # ---- relative periods (as_of on the item)
        "ds72": lambda: ev_count("tp_lead", *M(2026, 7)),
        "ds73": lambda: ev_share("tp_delivery", "e.on_time = 'yes'", *Q2_26),
        "ds74": lambda: ord_sum(*M(2026, 8), LIVE),
    }


def specialty_top(margin):
    rows = q(f"""SELECT c.specialty, sum(o.amount) v FROM orders o JOIN customers c USING (customer_id)
                 WHERE {PAID} AND c.clinic_type = 'specialist' GROUP BY 1 ORDER BY v DESC""")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


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
