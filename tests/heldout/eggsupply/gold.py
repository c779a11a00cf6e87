"""Gold answers for the 晨禾蛋品 MorningField Egg Supply held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "accounts" / "客户" = customer_id (one buying business: a prospect from its inquiry on, or an
  account). Attributes of the business (business_type / 客户类型, tier, segment, acquisition_channel) come from
  customers.csv; the city of an event, an order or a comment is its own `city` column (the customer's city);
- funnels follow DATA.md: a customer enters with their first step-1 event in the period and reaches step k with an
  event (any action: a failed checkout or a rejected claim review is still an event at that step) at step k's
  touchpoint after reaching step k-1, within the journey window from that first step-1 event (onboarding 45 d,
  mp_ordering 1 d, order_to_cash 75 d, breakage_claim 14 d). Rates are per customer; the tolerance covers both
  readings (later steps allowed after the period end, or not). "Where do we lose the most" = the step whose next
  step the most customers never reach (the loss between k and k+1 is attributed to step k). A funnel "by device"
  keeps only the step-1 events on that device; "by customer type / city / channel" splits by customers.* columns;
- a step conversion "from checkout to order confirmed" = customers reaching both / customers reaching checkout in
  the same funnel;
- event counts are rows of the touchpoint dated in the period (the 36 GPS delivery scans re-sent in November 2025
  carry the same event_id and are loaded once): inquiries = tp_inquiry, samples = tp_sample, new contracts =
  tp_contract, deliveries = tp_delivery (dated at arrival), breakage reports = tp_breakage_report, lost accounts =
  tp_account_lost;
- per-event rates: on-time delivery = on_time 'yes' / all tp_delivery rows; breakage rate = tp_breakage_report rows /
  tp_delivery rows of the same period; late payment share = tp_payment rows `late` / all tp_payment rows dated at
  payment; checkout failure = tp_mp_checkout rows with action `fail` / all tp_mp_checkout rows; claim approval =
  tp_claim_review `approved` / all reviews; days waiting for a review = mean days_waiting of tp_claim_review rows
  dated in the period;
- money is CNY (orders.amount; Macau orders keep MOP in amount_local), period by the order date orders.ts: "revenue"
  / "paid" / "回款金额" = status `paid`; "order value" / "订货额" = every order that is not cancelled or refunded;
  claim payouts = sum of tp_claim_settled.claim_cny;
- zh top entities are the Chinese twins where the same row has one (客户类型, 品名, 包装, 流失原因, 付款方式) and en
  ones the English values; a city is always the stored English value, a month 'YYYY-MM', a touchpoint its
  touchpoint_id, an experiment arm its variant, a device its stored value;
- feedback: "all" includes rows without ts (WeChat group exports, paper forms typed in later); topic counts are by
  text markers (checked against _truth/feedback_truth.csv) with a 5 % tolerance; NPS = share 9-10 minus share 0-6
  (a fraction) within one survey_wave; negative share = rating <= 2 among rated rows;
- experiment quote_followup_2025: a customer converts with a tp_contract event after assigned_at;
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


def conv(journey, start, end, cond="1=1", a=0, b=-1):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded, cond)
        vals.append(c[b] / c[a])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


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


def breakage_rate(start, end, cond="1=1"):
    b = one(f"SELECT count(*) {_ev('tp_breakage_report', start, end, cond)}")
    d = one(f"SELECT count(*) {_ev('tp_delivery', start, end, cond)}")
    return rate(b / d)


def breakage_top_month(start, end, margin=1.03, cond="1=1"):
    rows = q(f"""SELECT strftime(e.ts, '%Y-%m') m,
                 count(*) FILTER (WHERE e.touchpoint_id = 'tp_breakage_report') /
                 count(*) FILTER (WHERE e.touchpoint_id = 'tp_delivery') v
                 {_ev(('tp_breakage_report', 'tp_delivery'), start, end, cond)} GROUP BY 1 ORDER BY v DESC""")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- orders / money
LIVE = "o.status NOT IN ('cancelled', 'refunded')"
PAID = "o.status = 'paid'"


def _ord(start, end, cond):
    return f"FROM orders o WHERE {per('o.ts', start, end)} AND ({cond})"


def ord_sum(start, end, cond, col="o.amount"):
    return money(one(f"SELECT sum({col}) {_ord(start, end, cond)}"))


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


def ord_top_month(start, end, cond, agg="sum(o.amount)", margin=1.05):
    rows = q(f"SELECT strftime(o.ts, '%Y-%m') m, {agg} v {_ord(start, end, cond)} GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- experiment
def exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                  AND e.touchpoint_id = 'tp_contract' AND e.ts > x.assigned_at))::int) r, count(*) n
                FROM experiments x WHERE x.experiment_id = 'quote_followup_2025' GROUP BY 1 ORDER BY r DESC""")


def exp_top(margin):
    rows = exp_rates()
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def exp_rate(variant):
    return rate({r[0]: r[1] for r in exp_rates()}[variant])


# ---------------------------------------------------------------- feedback
MARKERS = {
    "breakage": ["破损", "破損", "cracked"], "freshness": ["不新鲜", "新鮮", "not fresh"],
    "late": ["送货晚", "送貨遲", "late"], "mp_bug": ["小程序", "mini program", "mini-program"],
    "price": ["涨价", "加價", "price increase"], "claim_slow": ["理赔", "理賠", "claim"],
    "driver": ["司机", "司機", "driver"], "smell": ["异味", "異味", "smell"],
    "statement": ["对账单", "對賬單", "statement"],
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


# ---------------------------------------------------------------- periods and shorthands
Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
BTYPES = ["bakery", "restaurant", "canteen"]
CITIES = ["Nanjing", "Suzhou", "Macau"]
ACQ = ["sales_visit", "wechat", "website", "online_ads", "referral", "trade_show", "whatsapp"]


def gold():
    Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
    Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
    M = month
    ANDROID, IOS = "e.device = 'android'", "e.device = 'ios'"
    return {
        # ---- onboarding: inquiry -> sample -> quote -> contract -> first delivery (45 d)
        "es01": lambda: conv("onboarding", *Y25),
        "es02": lambda: conv_rank("onboarding", *Y25, "c.business_type", BTYPES, lowest=True, margin=1.3, a=2,
                                  b=3),
        "es03": lambda: conv("onboarding", *Y25, "c.business_type = 'canteen'", a=2, b=3),
        "es04": lambda: zh_twin("acquisition_channel", "获客渠道", conv_rank(
            "onboarding", *Y25, "c.acquisition_channel", ACQ, lowest=True, margin=1.15)),
        "es05": lambda: biggest_loss("onboarding", *Y25, margin=1.5),
        "es06": lambda: conv("onboarding", *Y25, "c.city = 'Macau'"),
        "es07": lambda: conv("onboarding", *Y25, "c.city = 'Nanjing'"),
        "es08": lambda: exp_top(margin=1.1),
        "es09": lambda: exp_rate("call_24h"),
        "es10": lambda: ev_count("tp_sample", *Y25),
        "es11": lambda: ev_count("tp_contract", *Q2_26),
        "es12": lambda: ev_count("tp_inquiry", "2025-05-19", "2025-05-25"),
        "es13": lambda: ev_share("tp_sample", "e.arrival_condition = 'smashed'", *Y25, "e.city = 'Macau'"),
        # ---- mini-program ordering (1 d)
        "es14": lambda: conv("mp_ordering", *M(2026, 3), a=3, b=4),
        "es15": lambda: conv("mp_ordering", *M(2026, 3), ANDROID, a=3, b=4),
        "es16": lambda: conv("mp_ordering", *M(2026, 3), IOS, a=3, b=4),
        "es17": lambda: ev_count("tp_mp_checkout", *M(2026, 3), f"e.action = 'fail' AND {ANDROID}"),
        "es19": lambda: biggest_loss("mp_ordering", *M(2026, 5), margin=1.5),
        "es20": lambda: ev_share("tp_mp_checkout", "e.action = 'fail'", *Q1_26),
        "es21": lambda: ev_top("tp_mp_checkout", "e.device", *M(2026, 3), agg="avg((e.action = 'fail')::int)",
                               margin=3),
        # ---- deliveries, breakage, claims
        "es22": lambda: ev_share("tp_delivery", "e.on_time = 'yes'", *Y25, "e.city = 'Macau'"),
        "es23": lambda: ev_top("tp_delivery", "e.city", *Y25, agg="avg((e.on_time = 'yes')::int)", lowest=True,
                               margin=1.1),
        "es24": lambda: ev_share("tp_delivery", "e.on_time = 'yes'", "2026-01-01", "2026-02-28", "e.city = 'Macau'"),
        "es25": lambda: ev_count("tp_delivery", *M(2025, 11)),
        "es26": lambda: breakage_rate(*M(2026, 1)),
        "es27": lambda: breakage_rate(*M(2025, 1)),
        "es28": lambda: breakage_top_month(None, None, margin=1.08),
        "es29": lambda: packaging_top(margin=2),
        "es30": lambda: count(one(f"SELECT sum(e.broken_eggs) {_ev('tp_breakage_report', *Q1_26, '1=1')}")),
        "es31": lambda: conv("breakage_claim", *Q1_26),
        "es32": lambda: conv("breakage_claim", *Q3_25),
        "es33": lambda: ev_avg("tp_claim_review", "e.days_waiting", *M(2026, 2)),
        "es34": lambda: ev_sum("tp_claim_settled", "e.claim_cny", *Y25),
        "es35": lambda: ev_share("tp_claim_review", "e.action = 'rejected'", *Y25),
        "es36": lambda: dict(ev_avg("tp_dispatch", "e.truck_temp_c", *M(2025, 7), "e.warehouse = 'Xiangcheng DC'"),
                             tolerance=0.2),
        # ---- statements and payments
        "es37": lambda: ev_share("tp_payment", "e.action = 'late'", *Y25),
        "es38": lambda: ev_top("tp_payment", 'c."客户类型"', *Y25, agg="avg((e.action = 'late')::int)", margin=1.5),
        "es39": lambda: ev_top("tp_payment", "e.payment_method", agg="avg((e.action = 'late')::int)", margin=1.5),
        # ---- money
        "es40": lambda: ord_sum(*Y25, PAID),
        "es41": lambda: ord_top("o.city", *Y25, PAID, margin=1.05),
        "es42": lambda: ord_growth(Q1_25, Q1_26, LIVE),
        "es43": lambda: ord_avg(*Y25, f"{LIVE} AND o.business_type = 'canteen'"),
        "es44": lambda: ord_sum("2025-08-01", "2025-09-30", f"{LIVE} AND o.product = 'salted_yolk'"),
        "es45": lambda: ord_top("o.product", *Y25, LIVE, margin=1.5),
        "es46": lambda: unit_price("fresh_egg", *Q2_26),
        "es47": lambda: ord_sum(*H1_26, f"{PAID} AND o.city = 'Macau'", col="o.amount_local"),
        "es48": lambda: ord_count(*Y25, "o.status = 'refunded'"),
        # ---- customers and churn
        "es49": lambda: count(one("SELECT count(*) FROM customers WHERE segment = 'active'")),
        "es50": lambda: ev_count("tp_account_lost", *Y25),
        "es51": lambda: ev_top("tp_account_lost", "e.lost_reason", margin=1.3),
        "es52": lambda: ev_top("tp_account_lost", 'e."流失原因"', None, None, "e.city = 'Macau'", margin=1.5),
        # ---- feedback
        "es54": lambda: fb_count(marker("breakage"), *Q1_26),
        "es55": lambda: fb_top_month(marker("breakage"), None, None, margin=1.1),
        "es56": lambda: fb_top("f.touchpoint_id", marker("breakage"), margin=2),
        "es57": lambda: fb_ids(f"{marker('mp_bug')} AND {per('f.ts', *M(2026, 3))}"),
        "es58": lambda: fb_count(marker("freshness"), "2025-07-01", "2025-08-31"),
        "es59": lambda: fb_count(marker("price"), *Q2_26),
        "es60": lambda: nps("f.survey_wave = '2026-06'"),
        "es61": lambda: nps("f.survey_wave = '2026-06' AND f.city = 'Macau'"),
        "es62": lambda: fb_avg("f.channel = 'delivery_survey'", start=Y25[0], end=Y25[1]),
        "es63": lambda: fb_share("f.rating <= 2", "f.channel = 'delivery_survey' AND f.rating IS NOT NULL", *Q1_26),
        "es64": lambda: fb_exact("1=1"),
        "es65": lambda: fb_exact("f.ts IS NULL"),
        "es66": lambda: fb_count(marker("claim_slow"), *Q1_26),
        # ---- relative periods (as_of on the item)
        "es70": lambda: ev_count("tp_contract", *M(2026, 6)),
        "es71": lambda: ev_share("tp_delivery", "e.on_time = 'yes'", *Q2_26),
        "es72": lambda: ev_count("tp_inquiry", "2026-06-15", "2026-06-21"),
    }


def zh_twin(col, zh_col, got):
    v = one(f"SELECT DISTINCT \"{zh_col}\" FROM customers WHERE {col} = '{got['top_entity']}'")
    return dict(top_entity=v)


def packaging_top(margin):
    rows = q("""SELECT "包装", count(*) FILTER (WHERE touchpoint_id = 'tp_breakage_report') /
                count(*) FILTER (WHERE touchpoint_id = 'tp_delivery') v FROM events
                WHERE touchpoint_id IN ('tp_breakage_report', 'tp_delivery') GROUP BY 1 ORDER BY v DESC""")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def unit_price(product, start, end):
    """mean unit price per order line and the case-weighted mean; the tolerance covers both."""
    cond = f"{LIVE} AND o.product = '{product}'"
    a = one(f"SELECT avg(o.unit_price_cny) {_ord(start, end, cond)}")
    b = one(f"SELECT sum(o.amount) / sum(o.cases) {_ord(start, end, cond)}")
    return dict(value=round(float(a), 2), tolerance=round(max(1.0, abs(a - b) + 0.5), 2))


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
