"""Gold answers for the 绿窗 GreenSill home-hydroponics held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "people" / "用户" / "客户" = customer_id (anonymous ad clickers and shop visitors have an id too).
  The city of an event, order or comment is its own `city` column; the ad platform of a funnel entry is the
  `ad_platform` of that step-1 event;
- funnels follow DATA.md: a customer enters with their first step-1 event in the period and reaches step k with an
  event at step k's touchpoint (any action: a failed payment attempt still reaches tp_checkout, a failed pairing
  attempt still reaches tp_app_pair) after reaching step k-1, within the journey window from that first step-1 event
  (ad_to_checkout 7 d, unbox_to_harvest 75 d, harvest_to_subscription 30 d). Rates are per customer; unless the
  question says later steps after the period end count (then only that reading), the tolerance covers both readings
  (later steps allowed after the period end, or not). "Where do we lose the most" = the step whose next step the
  most customers never reach (the loss between k and k+1 is attributed to step k);
- per-row rates are over event rows dated in the period: payment failure = tp_checkout `fail` / all payment
  attempts; pairing failure = tp_app_pair `fail` / all pairing attempts (first-try success = attempt 1 rows that
  succeeded / all attempt 1 rows); damage rate = tp_delivery `damaged` / all delivery rows (replacements included;
  "first shipments" = replacement false); germination rate = sum(pods_sprouted) / sum(pods_planted) over sprout
  check-ins (the app re-sent 40 check-ins in April 2026 with the same event_id: loaded once); chat resolution =
  tp_support_chat `resolved` / all chats; averages (delivery_days, days_to_harvest, handle_minutes) over the rows;
- return rate of kit orders = kit orders with status `returned` / all kit orders placed in the period (by order
  date, cancelled ones included in the base);
- money is CNY (orders.amount; GBP at 9.10 kept in amount_local), dated at orders.ts: revenue / 收入 / "paid" =
  status `paid` (returned, refunded and cancelled orders excluded); kit sales = order_type `kit`, refill revenue =
  `refill`, add-on pods = `pods_addon`; ad spend = sum of cpc_local over tp_ad_click rows (CNY for the China
  platforms);
- zh top entities are the Chinese twins where the same row has one (问题类型, 退货原因, 取消原因, 配网失败原因, 失败原因,
  种子包) and en ones the English values (issue_type, plan, skip_reason, cancel_reason, carrier, seed_kit, app_version);
  a city is always the stored English value, a month 'YYYY-MM', a touchpoint its touchpoint_id, an experiment arm its
  variant, a kit its kit_model, an ad platform its stored value (douyin, xiaohongshu, baidu, meta, google, tiktok);
- experiment onboarding_coach_2025 (assigned at the first successful app pairing, deliveries 2025-06 .. 2025-12):
  first-harvest rate of an arm = its customers with a tp_first_harvest after assigned_at / all assigned;
  subscription rate = a tp_sub_start after assigned_at;
- feedback: "all" includes rows without ts (social posts, paper insert cards); a period excludes them; topic counts
  are by text markers (checked against _truth/feedback_truth.csv) with a 5 % tolerance; NPS = share 9-10 minus
  share 0-6 (a fraction) within one survey_wave; post-harvest survey = channel `post_harvest_survey`, order reviews
  = channel `order_review`;
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
    return (f"{y}-{m:02d}-01", str(one(f"SELECT (DATE '{nxt}' - INTERVAL 1 DAY)::DATE")))


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
    """customers reaching each step; `cond` filters the step-1 events (alias e) and customers (alias c)."""
    steps, window = steps_of(journey)
    src = "events" if not bounded else f"(SELECT * FROM events WHERE ts < DATE '{end}' + INTERVAL 1 DAY)"
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE f1 AS
        SELECT e.customer_id, min(e.ts) AS t0, min(e.ts) AS t FROM events e JOIN customers c USING (customer_id)
        WHERE e.touchpoint_id = '{steps[0]}' AND {per('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    out = [one("SELECT count(*) FROM f1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE f{k} AS
            SELECT s.customer_id, s.t0, min(e.ts) AS t FROM f{k - 1} s JOIN {src} e
              ON e.customer_id = s.customer_id AND e.touchpoint_id = '{tp}' AND e.ts > s.t
             AND e.ts <= s.t0 + INTERVAL {window} DAY
            GROUP BY 1, 2""")
        out.append(one(f"SELECT count(*) FROM f{k}"))
    return out


def conv(journey, start, end, cond="1=1", a=0, b=-1):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded, cond)
        vals.append(c[b] / c[a])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_open(journey, start, end, cond="1=1", a=0, b=-1):
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


def ev_ratio(tps, num, den, start=None, end=None, cond="1=1"):
    return rate(one(f"SELECT sum({num}) / sum({den}) {_ev(tps, start, end, cond)}"))


def ev_avg(tps, col, start=None, end=None, cond="1=1", rel=0.01, floor=0.05):
    return num(one(f"SELECT avg({col}) {_ev(tps, start, end, cond)} AND {col} IS NOT NULL"), rel, floor)


def ev_sum(tps, col, start=None, end=None, cond="1=1"):
    return money(one(f"SELECT sum({col}) {_ev(tps, start, end, cond)}"))


def ev_top(tps, by, start=None, end=None, cond="1=1", margin=1.2, agg="count(*)", lowest=False, having="1=1"):
    rows = q(f"SELECT {by}, {agg} v {_ev(tps, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 HAVING {having} "
             f"ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def ev_rows(tps, by, start=None, end=None, cond="1=1", agg="count(*)"):
    return q(f"SELECT {by}, {agg} v {_ev(tps, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY v DESC")


def ev_top_month(tps, start, end, cond="1=1", agg="count(*)", margin=1.05, lowest=False):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, {agg} v {_ev(tps, start, end, cond)} GROUP BY 1 "
             f"ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- orders / money
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


def ord_top_month(start, end, cond, margin=1.1):
    rows = q(f"SELECT strftime(o.ts, '%Y-%m'), sum(o.amount) v {_ord(start, end, cond)} GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- experiment
def exp_rates(tp):
    return q(f"""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                  AND e.touchpoint_id = '{tp}' AND e.ts > x.assigned_at))::int) r, count(*) n
                FROM experiments x WHERE x.experiment_id = 'onboarding_coach_2025' GROUP BY 1 ORDER BY r DESC""")


def exp_top(rows, margin):
    clear_lead([(r[0], r[1]) for r in rows], margin)
    return dict(top_entity=rows[0][0])


def exp_rate(rows, variant):
    return rate([r[1] for r in rows if r[0] == variant][0])


# ---------------------------------------------------------------- feedback
MARKERS = {
    "pairing": ["配网", "pairing"], "germination": ["发芽", "sprout"], "algae": ["藻", "algae"],
    "pump_noise": ["噪音", "noise"], "leak": ["漏水", "leak"], "damaged": ["破损", "damaged"],
    "piling": ["囤", "piling up"], "price": ["太贵", "price"], "harvest_praise": ["好吃", "tasty"],
    "app_tips": ["小贴士", "tips"], "support_praise": ["客服", "agent"], "refund": ["退款", "refund"],
    "grow_light": ["补光灯", "grow light"],
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


def nps(cond):
    return rate(one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
                    f"WHERE f.nps IS NOT NULL AND {cond}"))


# ---------------------------------------------------------------- periods and shorthands
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
PLATFORMS = ["douyin", "xiaohongshu", "baidu", "meta", "google", "tiktok"]
UK = "('London', 'Manchester', 'Edinburgh')"
CN = "('Shanghai', 'Beijing', 'Shenzhen', 'Chengdu')"
AD = "ad_to_checkout"
ON = "unbox_to_harvest"
SPROUT = ("e.pods_sprouted", "e.pods_planted")
KIT = "o.order_type = 'kit'"
PAID = "o.status = 'paid'"


def gold():
    Q4_25, Q1_25, Q1_26, Q2_26 = quarter(2025, 4), quarter(2025, 1), quarter(2026, 1), quarter(2026, 2)
    ND = ("2025-11-01", "2025-12-31")
    HIKE = ("2026-03-01", "2026-04-30")
    return {
        # ---- ads to checkout
        "hk01": lambda: conv_rank(AD, *Y25, "e.ad_platform", PLATFORMS, lowest=False, margin=1.05),
        "hk02": lambda: conv(AD, *Y25, "e.ad_platform = 'tiktok'"),
        "hk03": lambda: conv(AD, *Y25, "e.ad_platform = 'google'"),
        "hk04": lambda: biggest_loss(AD, *H1_26, margin=2),
        "hk05": lambda: ev_sum("tp_ad_click", "e.cpc_local", *Y25, "e.ad_platform = 'douyin'"),
        "hk06": lambda: ev_count("tp_ad_click", *month(2025, 11), "e.ad_platform = 'meta'"),
        "hk07": lambda: ev_count("tp_ad_click", "2025-11-17", "2025-11-23", "e.ad_platform = 'tiktok'"),
        "hk08": lambda: ord_count("2025-11-01", "2025-11-11", f"{KIT} AND o.city IN {CN}"),
        "hk09": lambda: ev_share("tp_checkout", "e.action = 'fail'", *Y25, f"e.city IN {UK}"),
        "hk10": lambda: ev_top("tp_checkout", 'e."失败原因"', *Y25, f"e.city IN {CN}", margin=1.2),
        # ---- delivery
        "hk11": lambda: ev_top("tp_delivery", "e.carrier", *ND, f"e.city IN {UK}",
                               agg="avg((e.action = 'damaged')::int)", margin=2),
        "hk12": lambda: ev_share("tp_delivery", "e.action = 'damaged'", *ND, "e.carrier = 'parcelswift'"),
        "hk13": lambda: ev_avg("tp_delivery", "e.delivery_days", *Y25, "e.carrier = 'sf' AND NOT e.replacement"),
        # ---- app pairing
        "hk14": lambda: ev_share("tp_app_pair", "e.action = 'fail'", "2025-11-03", "2025-12-14",
                                 "e.device = 'android'"),
        "hk15": lambda: ev_share("tp_app_pair", "e.action = 'fail'", "2025-11-03", "2025-12-14", "e.device = 'ios'"),
        "hk16": lambda: ev_top("tp_app_pair", 'e."配网失败原因"', *month(2025, 11), "e.device = 'android'", margin=3),
        "hk17": lambda: ev_top("tp_app_pair", 'e."配网失败原因"', *H1_26, margin=1.3),
        "hk18": lambda: ev_top("tp_app_pair", "e.app_version", agg="avg((e.action = 'fail')::int)", margin=2),
        "hk19": lambda: ev_share("tp_app_pair", "e.action = 'success'", *H1_26, "e.attempt = 1"),
        # ---- unboxing to first harvest
        "hk20": lambda: conv_open(ON, *Y25),
        "hk21": lambda: biggest_loss(ON, *Y25, margin=1.5),
        "hk22": lambda: conv_open(ON, *Q1_26, b=3),
        "hk23": lambda: ev_top("tp_first_harvest", 'e."种子包"', agg="avg(e.days_to_harvest)", margin=1.3),
        "hk24": lambda: ev_count("tp_first_harvest", "2026-01-01", "2026-07-02"),
        # ---- germination
        "hk25": lambda: ev_ratio("tp_germination", *SPROUT, *month(2025, 10), "e.seed_kit = 'herb_starter'"),
        "hk26": lambda: ev_ratio("tp_germination", *SPROUT, *month(2026, 1), "e.seed_kit = 'herb_starter'"),
        "hk27": lambda: ev_top("tp_germination", "e.seed_kit", *Q4_25, agg="sum(e.pods_sprouted) / sum(e.pods_planted)",
                               lowest=True, margin=1.08),
        # ---- grow coach chats
        "hk28": lambda: ev_top("tp_support_chat", 'e."问题类型"', "2025-06-01", "2025-09-30", "e.city = 'Shenzhen'",
                               margin=2),
        "hk29": lambda: ev_top("tp_support_chat", "e.issue_type", *Y25, agg="avg(e.handle_minutes)", margin=1.25),
        "hk30": lambda: ev_share("tp_support_chat", "e.action = 'resolved'", *Y25),
        "hk31": lambda: ev_count("tp_support_chat", *Q4_25, "e.issue_type = 'no_germination'"),
        "hk32": lambda: ev_share("tp_support_chat", "e.action = 'escalated'", *Q4_25, "e.issue_type = 'no_germination'"),
        # ---- returns
        "hk33": lambda: ord_share("o.status = 'returned'", "2025-04-01", "2025-08-31", f"{KIT} AND o.kit_model = 'tower'"),
        "hk34": lambda: ord_share("o.status = 'returned'", "2025-04-01", "2025-08-31", f"{KIT} AND o.kit_model = 'mini'"),
        "hk35": lambda: ev_top("tp_return", 'e."退货原因"', *Y25, "e.kit_model = 'tower'", margin=2),
        "hk36": lambda: ord_top("o.kit_model", *Y25, KIT, agg="avg((o.status = 'returned')::int)", margin=2),
        # ---- subscriptions
        "hk37": lambda: conv_open("harvest_to_subscription", *Y25),
        "hk38": lambda: ev_top("tp_sub_start", "e.plan", *Y25, margin=1.2),
        "hk39": lambda: ev_top("tp_sub_cancel", "e.cancel_reason", *HIKE, f"e.city IN {UK}", margin=3),
        "hk40": lambda: ev_count("tp_sub_cancel", *HIKE, f"e.city IN {UK}"),
        "hk41": lambda: ev_top("tp_sub_cancel", 'e."取消原因"', *Y25, margin=1.3),
        "hk42": lambda: ev_count("tp_refill_ship", *Q1_26),
        "hk43": lambda: ev_count("tp_refill_ship", "2026-06-01", "2026-06-07"),
        "hk44": lambda: ord_sum(*Y25, f"o.order_type = 'refill' AND {PAID}"),
        "hk45": lambda: ev_top("tp_sub_skip", "e.skip_reason", *Y25, margin=1.2),
        "hk46": lambda: ev_count("tp_sub_cancel", *Q2_26, f"e.city IN {UK}"),
        # ---- money
        "hk47": lambda: ord_sum(*Y25, f"{KIT} AND {PAID}"),
        "hk48": lambda: ord_sum(*Q1_26, PAID),
        "hk49": lambda: ord_top_month(*Y25, f"{KIT} AND {PAID}", margin=1.3),
        "hk50": lambda: ord_top("o.city", *Y25, f"{KIT} AND {PAID}", margin=1.1),
        "hk51": lambda: ord_growth(Q1_25, Q1_26, PAID),
        "hk52": lambda: ord_count(*month(2026, 6), KIT),
        # ---- onboarding coach experiment
        "hk53": lambda: exp_top(exp_rates("tp_first_harvest"), margin=1.08),
        "hk54": lambda: exp_rate(exp_rates("tp_first_harvest"), "coach_push"),
        "hk55": lambda: exp_top(exp_rates("tp_sub_start"), margin=1.1),
        "hk56": lambda: exp_rate(exp_rates("tp_sub_start"), "control"),
        # ---- feedback
        "hk57": lambda: fb_count(marker("germination"), *Y25),
        "hk58": lambda: fb_top("f.touchpoint_id", marker("pairing"), margin=1.5),
        "hk59": lambda: fb_count(marker("algae")),
        "hk60": lambda: fb_avg("f.channel = 'post_harvest_survey'", start=Y25[0], end=Y25[1]),
        "hk61": lambda: nps("f.survey_wave = '2026-06'"),
        "hk62": lambda: nps(f"f.survey_wave = '2026-06' AND f.city IN {UK}"),
        "hk63": lambda: fb_share("f.rating <= 2", f"f.channel = 'order_review' AND f.city IN {UK}", *ND),
        "hk64": lambda: fb_ids(marker("damaged")),
        "hk65": lambda: fb_top("f.city", marker("algae"), margin=1.5, start=Y25[0], end=Y25[1]),
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
