"""Gold answers for the 翠芽农场 Jade Sprout Farms microgreens held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "accounts" / "客户" = customer_id (one buying business: a prospect or an account). Attributes of the
  business (business_type / 客户类型, tier, segment, acquisition_channel) come from customers.csv; the city of an event
  or an order is its own `city` column (always the customer's city);
- funnels follow DATA.md: a customer enters with their first step-1 event in the period and reaches step k with an
  event (any action: a declined account opening is still an event) at step k's touchpoint after reaching step k-1,
  within the journey window from that first step-1 event (trial_to_standing 45 d, complaint_resolution 14 d,
  contract_renewal 45 d). Rates are per customer; the tolerance covers both readings (later steps after the period
  end allowed, or not). A step's conversion ("tasting -> quote") = customers reaching the later step / customers
  reaching the earlier one in the same cohort. "Where do we lose the most" = the step whose next step the most
  customers never reach (the loss between k and k+1 is attributed to step k). A conversion "by business type" splits
  by customers.business_type, "by channel / source" by the enquiry's events.channel (= acquisition_channel);
- event counts are rows of the touchpoint dated in the period: enquiries = tp_enquiry, trial boxes = tp_trial_box,
  deliveries = tp_delivery (dated at arrival), complaints = tp_complaint, new standing orders = tp_standing_order,
  churned accounts = tp_churn, top-up orders = tp_adhoc_order;
- per-event rates: door rejection rate = tp_delivery rows part_rejected + rejected / all tp_delivery rows; on-time =
  on_time yes / all tp_delivery rows; late payment share = tp_payment rows `late` / all tp_payment rows dated at
  payment; days to pay = mean days_to_pay of tp_payment rows; days to close a complaint = mean days_open of
  tp_case_closed rows dated in the period; credit notes = sum of tp_remedy.credit_cny;
- money is CNY, orders.amount (value after door rejections) by the order date orders.ts: "paid" / "回款" = status
  `paid`; "order value" / "revenue booked" = every order that is not cancelled or returned (trial boxes included
  unless the question names standing or top-up orders);
- zh top entities are the Chinese twins where the same row has one (客户类型 on customers, 拒收原因 / 流失原因 / 品名 on
  events) and en ones the English values; a city is always the stored English value, a month is 'YYYY-MM', a
  touchpoint its touchpoint_id, an experiment arm its variant, a device or channel its stored value;
- feedback: "all" includes rows without ts (WeChat / WhatsApp group exports, paper delivery forms); topic counts are
  by text markers (checked against _truth/feedback_truth.csv) with a 5 % tolerance; NPS = share 9-10 minus share
  0-6 (a fraction) within one survey_wave; delivery survey = channel `delivery_survey`, chef tasting =
  `chef_tasting`;
- experiment trial_box_2026: a customer converts with a tp_standing_order event after assigned_at;
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
    for t in ("touchpoints", "journeys", "customers", "orders", "feedback", "experiments", "events"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1, all_varchar=false)")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
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


ONTIME = "lower(CAST(e.on_time AS VARCHAR)) IN ('yes', 'true')"
REJ = "e.action IN ('part_rejected', 'rejected')"
LIVE = "o.status NOT IN ('cancelled', 'returned')"


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


def reached(journey, start, end, k, cond="1=1"):
    """customers reaching step k (1-based); both readings must agree."""
    a, b = (funnel(journey, start, end, bounded, cond)[k - 1] for bounded in (False, True))
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


def step_month_rank(journey, year, a, b, margin):
    """the enquiry month (cohort) whose step a -> b conversion is lowest."""
    tops = set()
    for bounded in (False, True):
        rows = []
        for m in range(1, 13):
            c = funnel(journey, *month(year, m), bounded)
            rows.append((f"{year}-{m:02d}", c[b] / c[a]))
        rows.sort(key=lambda r: r[1])
        clear_lead(rows, margin, lowest=True)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def biggest_loss(journey, start, end, margin):
    steps, _ = steps_of(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded)
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


# ---------------------------------------------------------------- orders / money
def _ord(start, end, cond):
    return f"FROM orders o WHERE {per('o.ts', start, end)} AND ({cond})"


def ord_count(start, end, cond):
    return count(one(f"SELECT count(*) {_ord(start, end, cond)}"))


def ord_sum(start, end, cond):
    return money(one(f"SELECT sum(o.amount) {_ord(start, end, cond)}"))


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


def ord_top_month(start, end, cond, agg, margin=1.05):
    rows = q(f"SELECT strftime(o.ts, '%Y-%m') m, {agg} v {_ord(start, end, cond)} GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- experiment
def exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                  AND e.touchpoint_id = 'tp_standing_order' AND e.ts > x.assigned_at))::int) r, count(*) n
                FROM experiments x WHERE x.experiment_id = 'trial_box_2026' GROUP BY 1 ORDER BY r DESC""")


def exp_top(margin):
    rows = exp_rates()
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def exp_rate(variant):
    return rate({r[0]: r[1] for r in exp_rates()}[variant])


# ---------------------------------------------------------------- feedback
MARKERS = {
    "soggy": ["受潮", "soggy"], "wilted": ["蔫", "wilted"], "yellowing": ["发黄", "yellowing"],
    "mould": ["发霉", "mould"], "wrong_item": ["送错", "wrong item"], "short_count": ["少送", "missing punnets"],
    "crushed": ["压坏", "crushed"], "temperature": ["温度", "warm"], "late": ["送晚", "late delivery"],
    "border": ["过关", "border"], "quote": ["报价", "quote"], "price": ["涨价", "price increase"],
    "invoice": ["账单", "invoice"], "min_order": ["起送量", "minimum order"], "flavour": ["口感", "flavour"],
    "driver": ["司机", "driver"], "plating": ["摆盘", "plating"],
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


def fb_top_month(cond, start, end, margin=1.1):
    rows = q(f"SELECT strftime(f.ts, '%Y-%m') m, count(*) v FROM feedback f WHERE ({cond}) AND "
             f"{per('f.ts', start, end)} GROUP BY 1 ORDER BY v DESC")
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
Y26 = ("2026-01-01", "2026-08-31")
ALL = (None, None)
TS = "trial_to_standing"
CR = "complaint_resolution"
RN = "contract_renewal"
BTYPES = ["restaurant", "hotel", "cafe", "bar", "caterer"]
CHANNELS = ["xiaohongshu", "instagram", "wechat", "website", "sales_visit", "referral", "trade_show"]


def tasting_score_2025():
    """the score reps record on tp_tasting and the rating of the chef_tasting comments (a subset) both read."""
    a = one(f"SELECT avg(e.tasting_score) {_ev('tp_tasting', *Y25, '1=1')}")
    b = one(f"SELECT avg(f.rating) FROM feedback f WHERE f.channel = 'chef_tasting' AND {per('f.ts', *Y25)}")
    return dict(value=round(float(a), 3), tolerance=round(max(0.03, abs(a - b) + 0.02), 3))


def gold():
    Q1_26, Q2_26, Q2_25 = quarter(2026, 1), quarter(2026, 2), quarter(2025, 2)
    HK, GZ = "c.city = 'Hong Kong'", "c.city = 'Guangzhou'"
    return {
        # ---- enquiry -> trial box -> tasting -> quote -> account -> standing order
        "mg01": lambda: conv(TS, *Y25),
        "mg02": lambda: biggest_loss(TS, *Y25, margin=1.5),
        "mg03": lambda: step_month_rank(TS, 2025, 2, 3, margin=1.5),
        "mg04": lambda: conv_open(TS, *month(2025, 10), a=2, b=3),
        "mg05": lambda: conv_open(TS, *month(2025, 9), a=2, b=3),
        "mg07": lambda: conv_rank(TS, *Y25, 'c."客户类型"', ["餐厅", "酒店", "咖啡馆", "酒吧", "宴会团餐"], lowest=True,
                                  margin=2.0),
        "mg08": lambda: conv(TS, *Y25, "c.business_type = 'cafe'"),
        "mg09": lambda: conv_rank(TS, *Y25, "e.channel", CHANNELS, lowest=True, margin=1.15),
        "mg10": lambda: conv(TS, *Y25, "e.channel = 'referral'"),
        "mg11": lambda: conv(TS, *Y25, HK),
        "mg12": lambda: conv(TS, *Y25, GZ),
        "mg13": lambda: exp_top(margin=1.5),
        "mg14": lambda: exp_rate("box_only"),
        "mg15": lambda: ev_count("tp_trial_box", *Q1_26),
        "mg16": lambda: ev_share("tp_trial_box", "e.arrival_condition = 'wilted'", "2025-07-01", "2025-08-31",
                                 "e.city = 'Hong Kong'"),
        "mg17": lambda: ev_count("tp_enquiry", cond="e.lead_source = 'HOFEX 2025'"),
        "mg18": lambda: ev_top("tp_enquiry", "e.city", *H1_26, margin=1.1),
        # ---- deliveries and quality at the door
        "mg19": lambda: ev_share("tp_delivery", REJ, *month(2026, 7)),
        "mg20": lambda: ev_share("tp_delivery", REJ, *month(2025, 7)),
        "mg21": lambda: ev_top("tp_delivery", 'e."拒收原因"', *Q2_26, margin=2.0),
        "mg22": lambda: ev_top("tp_delivery", "e.reject_reason", *Y25, margin=1.1),
        "mg23": lambda: ev_top("tp_delivery", "e.product", *Y26, "e.reject_reason = 'crushed'", margin=1.2),
        "mg24": lambda: ev_top("tp_delivery", "e.city", *Y25, agg=f"avg(({ONTIME})::int)", lowest=True, margin=1.03),
        "mg25": lambda: ev_share("tp_delivery", ONTIME, *Y25, "e.city = 'Hong Kong'"),
        "mg26": lambda: ev_count("tp_delivery", *month(2025, 12)),
        "mg27": lambda: ord_count(None, None, "o.cancel_reason = 'typhoon'"),
        "mg28": lambda: ord_top_month(*Y25, f"{LIVE} AND o.business_type = 'hotel'", "sum(o.punnets)", margin=1.2),
        "mg29": lambda: num(one(f"SELECT sum(o.punnets) {_ord(*month(2025, 12), LIVE + ' AND o.business_type = ' + chr(39) + 'hotel' + chr(39))}"), rel=0.005),
        # ---- complaints
        "mg30": lambda: ev_count("tp_complaint", *Y26),
        "mg31": lambda: conv(CR, *H1_26),
        "mg32": lambda: biggest_loss(CR, *H1_26, margin=1.3),
        "mg33": lambda: conv(CR, *Y25, HK, b=2),
        "mg34": lambda: ev_avg("tp_case_closed", "e.days_open", *Y25),
        "mg35": lambda: ev_sum("tp_remedy", "e.credit_cny", *Y25),
        # ---- feedback
        "mg36": lambda: fb_count(marker("soggy"), *month(2026, 6)),
        "mg37": lambda: fb_top_month(marker("soggy"), None, None, margin=1.05),
        "mg38": lambda: fb_count(marker("soggy")),
        "mg39": lambda: fb_ids(marker("soggy")),
        "mg40": lambda: fb_avg("f.channel = 'delivery_survey'", start=Y25[0], end=Y25[1]),
        "mg41": lambda: fb_share("f.rating <= 2", "f.channel = 'delivery_survey'", *Q2_26),
        "mg42": lambda: nps("f.survey_wave = '2026-06'"),
        "mg43": lambda: nps("f.survey_wave = '2026-06' AND f.city = 'Hong Kong'"),
        "mg44": lambda: fb_count(marker("quote"), "2025-10-01", "2025-11-30"),
        "mg45": lambda: fb_count(marker("min_order")),
        "mg46": tasting_score_2025,
        "mg47": lambda: fb_count(marker("driver")),
        "mg48": lambda: fb_count(marker("border")),
        # ---- orders and money
        "mg49": lambda: ord_sum(*H2_25, "o.status = 'paid'"),
        "mg50": lambda: ord_top("o.city", *Y25, "o.status = 'paid'", margin=1.15),
        "mg51": lambda: ord_avg(*Y25, f"{LIVE} AND o.order_type = 'standing' AND o.business_type = 'hotel'"),
        "mg52": lambda: ord_growth(Q2_25, Q2_26, LIVE),
        "mg53": lambda: ev_top("tp_adhoc_order", "e.device", *Y26, "e.channel = 'mini_program'", margin=1.08),
        "mg54": lambda: ev_count("tp_adhoc_order", *Y26, "e.channel = 'mini_program' AND e.device = 'android'"),
        "mg55": lambda: ord_count(None, None, "o.status = 'overdue'"),
        # ---- payments
        "mg56": lambda: ev_top("tp_payment", 'c."客户类型"', *Y25, agg="avg((e.action = 'late')::int)", margin=1.2),
        "mg57": lambda: ev_share("tp_payment", "e.action = 'late'", *Y25),
        "mg58": lambda: ev_top("tp_payment", "e.payment_method", agg="avg((e.action = 'late')::int)", margin=1.3),
        "mg59": lambda: ev_avg("tp_payment", "e.days_to_pay", *Y25),
        # ---- renewals and churn
        "mg60": lambda: conv(RN, *Y25),
        "mg61": lambda: conv_open(RN, *Q2_26),
        "mg63": lambda: ev_top("tp_churn", 'e."流失原因"', *Y26, margin=1.5),
        "mg64": lambda: ev_count("tp_churn", *Q2_26),
        "mg65": lambda: ev_top("tp_churn", "e.city", *Y26, margin=1.2),
        "mg66": lambda: ev_share("tp_churn", "e.churn_reason = 'packaging'", *Y26),
        # ---- relative periods (as_of 2026-08-31)
        "mg70": lambda: ev_count("tp_complaint", *month(2026, 7)),
        "mg71": lambda: ev_share("tp_delivery", REJ, *Q2_26),
        "mg72": lambda: ev_count("tp_standing_order", *Y26),
        "mg73": lambda: ev_share("tp_delivery", ONTIME, "2026-08-24", "2026-08-30", "e.city = 'Hong Kong'"),
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
