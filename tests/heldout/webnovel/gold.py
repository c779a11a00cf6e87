"""Gold answers for the 墨鱼小说 InkFish Novels held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "readers" / "users" / "用户" / "读者" = customer_id (one reader account, created at first open of the app or the mini
  program). Reader attributes (market / 市场, region, acquisition_channel, tier, segment, preferred_genre) come from
  customers.csv; the device (android / ios) and the channel (app / mini_program) of an event or an order are its own
  columns (a reader always uses one device and one channel);
- funnels follow DATA.md: a reader enters with their first step-1 event in the period and reaches step k with an
  event at step k's touchpoint after reaching step k-1, within the journey window from that first step-1 event
  (onboarding 7 d, coin_unlock 7 d, ad_unlock 1 d, vip_membership 40 d, cs_ticket 14 d). Any action counts (a
  tp_checkout with pay_result fail is still "payment started"). Rates are per reader; the tolerance covers both
  readings (later steps after the period end allowed or not) unless the question says which. A step's conversion
  ("checkout -> coins credited") = readers reaching the later step / readers reaching the earlier one in the same
  cohort. "Where do we lose the most" = the step after which the most readers never reach the next step (the loss
  between k and k+1 is attributed to step k; top entity = that step's touchpoint_id);
- event counts are rows of the touchpoint dated in the period: installs / new readers = tp_install, check-ins =
  tp_checkin, tickets = tp_ticket_open (by ticket_category / 工单类型), VIP activations = tp_vip_active, tips =
  tp_tip (coins tipped = sum of tp_tip.coins), ad views = tp_ad_start;
- per-event rates: ad completion rate = tp_ad_complete rows / tp_ad_start rows in the period; first-response time =
  mean tp_ticket_reply.response_hours of replies dated in the period; CSAT = mean tp_ticket_rated.csat;
- money is CNY orders.amount by order date orders.ts; revenue / 收入 / 流水 = status `paid` (refunded and cancelled
  orders are not money); top-up success rate = paid coin_topup orders / all coin_topup orders (a cancelled order is
  a payment that did not go through); VIP renewals = order_type vip_renewal; ARPPU = paid amount / distinct readers
  with a paid order in the period;
- zh top entities are the Chinese twins where the row has one (市场, 地区, 工单类型, 偏好类型 on customers; 类型 and
  book_title on events) and en ones the stored English values (market, region, ticket_category, genre,
  book_title_en); a touchpoint is its touchpoint_id, a month 'YYYY-MM', an experiment arm its variant, a device /
  channel / acquisition channel / ad network / pay method / store its stored value;
- feedback: "all" includes rows without ts (the social-listening vendor export); dated questions only count dated
  rows. Topic counts use text markers (checked against _truth/feedback_truth.csv) with a 5 % tolerance; NPS =
  share 9-10 minus share 0-6 (a fraction) within one survey_wave; app store rating = mean `rating` of channel
  app_review;
- experiment first_topup_2026: a reader converts with a paid coin_topup order within 14 days after assigned_at;
- periods are inclusive calendar dates; relative periods resolve against the item's as_of (2026-06-30, the last
  day of data); weeks run Monday-Sunday.
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
                    "sample_size=-1)")
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


def reached(journey, start, end, k, cond="1=1"):
    """readers reaching step k (1-based); both readings must agree within the tolerance."""
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


def step_month_rank(journey, months, a, b, margin, lowest=True):
    """the cohort month whose step a -> b conversion is lowest (or highest)."""
    tops = set()
    for bounded in (False, True):
        rows = []
        for (y, m) in months:
            c = funnel(journey, *month(y, m), bounded)
            rows.append((f"{y}-{m:02d}", c[b] / c[a]))
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


def ev_distinct(tps, start=None, end=None, cond="1=1"):
    return count(one(f"SELECT count(DISTINCT e.customer_id) {_ev(tps, start, end, cond)}"))


def ev_ratio(tp_num, tp_den, start, end, cond="1=1"):
    a = one(f"SELECT count(*) {_ev(tp_num, start, end, cond)}")
    b = one(f"SELECT count(*) {_ev(tp_den, start, end, cond)}")
    return rate(a / b)


def ev_share(tps, num_cond, start=None, end=None, cond="1=1"):
    return rate(one(f"SELECT avg(({num_cond})::int) {_ev(tps, start, end, cond)}"))


def ev_avg(tps, col, start=None, end=None, cond="1=1", rel=0.01, floor=0.05):
    return num(one(f"SELECT avg({col}) {_ev(tps, start, end, cond)} AND {col} IS NOT NULL"), rel, floor)


def ev_sum(tps, col, start=None, end=None, cond="1=1"):
    return count(one(f"SELECT sum({col}) {_ev(tps, start, end, cond)}"))


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


# ---------------------------------------------------------------- orders / money
def _ord(start, end, cond):
    return f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE {per('o.ts', start, end)} AND ({cond})"


def ord_count(start, end, cond):
    return count(one(f"SELECT count(*) {_ord(start, end, cond)}"))


def ord_sum(start, end, cond):
    return money(one(f"SELECT sum(o.amount) {_ord(start, end, cond)}"))


def ord_share(num_cond, start, end, cond):
    return rate(one(f"SELECT avg(({num_cond})::int) {_ord(start, end, cond)}"))


def ord_arppu(start, end, cond="1=1"):
    return money(one(f"SELECT sum(o.amount) / count(DISTINCT o.customer_id) {_ord(start, end, cond)} "
                     f"AND o.status = 'paid'"))


def ord_growth(a, b, cond):
    x = one(f"SELECT sum(o.amount) {_ord(*a, cond)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, cond)}")
    return rate((y - x) / x)


def ord_top(by, start, end, cond, margin=1.1, agg="sum(o.amount)", lowest=False):
    rows = q(f"SELECT {by}, {agg} v {_ord(start, end, cond)} GROUP BY 1 ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def ord_top_month(start, end, cond, agg, margin=1.05, lowest=False):
    rows = q(f"SELECT strftime(o.ts, '%Y-%m') m, {agg} v {_ord(start, end, cond)} GROUP BY 1 "
             f"ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- experiment
def exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = x.customer_id
                  AND o.order_type = 'coin_topup' AND o.status = 'paid' AND o.ts > x.assigned_at
                  AND o.ts <= x.assigned_at + INTERVAL 14 DAY))::int) r, count(*) n
                FROM experiments x WHERE x.experiment_id = 'first_topup_2026' GROUP BY 1 ORDER BY r DESC""")


def exp_top(margin):
    rows = exp_rates()
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def exp_rate(variant):
    return rate({r[0]: r[1] for r in exp_rates()}[variant])


# ---------------------------------------------------------------- feedback
MARKERS = {
    "ads": ["广告太多", "too many ads"], "not_credited": ["没到账", "not credited"],
    "price": ["太贵", "too expensive"], "auto_renew": ["自动续费", "auto-renew"],
    "pay_options": ["付款方式", "payment option"], "update": ["断更", "stopped updating"],
    "typos": ["错别字", "typos"], "login": ["验证码", "verification code"], "crash": ["闪退", "crash"],
    "ad_reward": ["没解锁", "didn't unlock"], "plot": ["剧情", "plot"], "checkin": ["签到", "check-in"],
    "listen": ["听书", "read-aloud"],
}


def marker(topic):
    return "(" + " OR ".join("lower(f.text) LIKE '%" + w.lower().replace("'", "''") + "%'" for w in MARKERS[topic]) + ")"


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


def fb_top(by, cond, start=None, end=None, margin=1.1):
    rows = q(f"SELECT {by}, count(*) v FROM feedback f WHERE ({cond}) AND {per('f.ts', start, end)} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY v DESC")
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
ALL = (None, None)
ON, CU, AU, VIP, CS = "onboarding", "coin_unlock", "ad_unlock", "vip_membership", "cs_ticket"
PAID = "o.status = 'paid'"
TOPUP = "o.order_type = 'coin_topup'"


def my_share_h2_2025():
    cond = PAID + " AND o.market = 'Malaysia'"
    my = one(f"SELECT sum(o.amount) {_ord(*H2_25, cond)}")
    tot = one(f"SELECT sum(o.amount) {_ord(*H2_25, PAID)}")
    return rate(my / tot)


def vip_cancel_readers(start, end):
    """readers who turned auto-renew off; the tolerance also covers counting the events."""
    n = one(f"SELECT count(DISTINCT e.customer_id) {_ev('tp_vip_cancel', start, end, '1=1')}")
    m = one(f"SELECT count(*) {_ev('tp_vip_cancel', start, end, '1=1')}")
    return dict(value=int(n), tolerance=max(0.5, m - n + 0.5))


def csat_2025():
    """the CSAT on tp_ticket_rated and the rating of the ticket comments (a subset) both read."""
    a = one(f"SELECT avg(e.csat) {_ev('tp_ticket_rated', *Y25, '1=1')}")
    b = one(f"SELECT avg(f.rating) FROM feedback f WHERE f.channel = 'ticket' AND {per('f.ts', *Y25)}")
    return dict(value=round(float(a), 3), tolerance=round(max(0.03, abs(a - b) + 0.02), 3))


def lowest_store():
    rows = q("SELECT f.store, avg(f.rating) v FROM feedback f WHERE f.channel = 'app_review' AND f.rating IS NOT NULL "
             "GROUP BY 1 ORDER BY v")
    clear_lead(rows, 1.08, lowest=True)
    return dict(top_entity=rows[0][0])


def top_customer(by, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, count(*) v FROM customers c WHERE {cond} GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def gold():
    Q1_26, Q2_26, Q3_25 = quarter(2026, 1), quarter(2026, 2), quarter(2025, 3)
    NOV, OCT = month(2025, 11), month(2025, 10)
    MY, CN = "c.market = 'Malaysia'", "c.market = 'China'"
    M25 = [(2025, m) for m in range(1, 13)]
    return {
        # ---- onboarding
        "wn01": lambda: conv(ON, *Y25),
        "wn02": lambda: biggest_loss(ON, *H1_26, margin=1.2),
        "wn03": lambda: conv(ON, *Y25, "e.channel = 'mini_program'", a=1, b=2),
        "wn04": lambda: conv(ON, *Y25, "e.channel = 'app'", a=1, b=2),
        "wn05": lambda: conv(ON, *Y25, "c.acquisition_channel = 'douyin_ads'", b=3),
        "wn06": lambda: conv(ON, *Y25, "c.acquisition_channel = 'app_store_search'", b=3),
        "wn07": lambda: ev_count("tp_install", *month(2026, 3)),
        "wn08": lambda: ev_top("tp_install", "c.acquisition_channel", *Y25, margin=1.15),
        # ---- coin top-up
        "wn09": lambda: ord_share(PAID, *NOV, TOPUP),
        "wn10": lambda: ord_share(PAID, *OCT, TOPUP),
        "wn11": lambda: step_month_rank(CU, M25, 2, 3, margin=1.15),
        "wn13": lambda: ord_share(PAID, *NOV, TOPUP + " AND o.device = 'android'"),
        "wn14": lambda: ord_share(PAID, *NOV, TOPUP + " AND o.device = 'ios'"),
        "wn15": lambda: conv(CU, *Y25, MY),
        "wn16": lambda: conv(CU, *Y25, CN),
        "wn17": lambda: conv_rank(CU, *H1_26, "c.market", ["China", "Malaysia"], lowest=True, margin=1.3, a=1, b=2),
        "wn18": lambda: ord_top("o.package", *Y25, f"{PAID} AND {TOPUP} AND o.market = 'China'", margin=1.2,
                                agg="count(*)"),
        "wn19": lambda: ord_sum(*Q1_26, f"{PAID} AND {TOPUP}"),
        "wn20": lambda: ord_sum(*Y25, PAID),
        "wn21": my_share_h2_2025,
        "wn22": lambda: ord_arppu(*H1_26),
        "wn23": lambda: ord_count(None, None, f"{PAID} AND o.promo = 'double11_2025'"),
        "wn24": lambda: ev_top_month("tp_install", *H1_26, margin=1.08),
        "wn25": lambda: ord_count("2025-11-10", "2025-11-16", f"{TOPUP} AND o.status = 'cancelled'"),
        "wn26": lambda: ord_count(None, None, "o.refund_reason = 'auto_renew_dispute'"),
        # ---- VIP
        "wn27": lambda: conv(VIP, *Y25, b=2),
        "wn28": lambda: conv(VIP, *Y25, a=2, b=3),
        "wn29": lambda: ord_count(*Q3_25, f"{PAID} AND o.order_type = 'vip_renewal'"),
        "wn30": lambda: vip_cancel_readers(*H1_26),
        "wn31": lambda: ord_sum(*H1_26, f"{PAID} AND o.order_type = 'vip_renewal'"),
        # ---- rewarded ads
        "wn33": lambda: ev_ratio("tp_ad_complete", "tp_ad_start", *month(2026, 5)),
        "wn34": lambda: ev_ratio("tp_ad_complete", "tp_ad_start", *month(2026, 1)),
        "wn35": lambda: conv(AU, *Q2_26),
        "wn36": lambda: ev_top("tp_ad_start", "e.ad_network", *Y25, "e.market = 'Malaysia'", margin=1.5),
        "wn37": lambda: fb_top_month(marker("ads"), *H1_26, margin=1.5),
        "wn38": lambda: fb_count(marker("ads"), *Q2_26),
        # ---- tips and books
        "wn40": lambda: ev_top("tp_tip", "e.book_title", *Y25, margin=1.5),
        "wn41": lambda: ev_sum("tp_tip", "e.coins", *Q1_26),
        "wn42": lambda: ev_top("tp_tip", "e.genre", *Y25, margin=1.4),
        "wn43": lambda: ev_top("tp_paywall", "e.book_title_en", None, None, "e.market = 'Malaysia'", margin=1.1),
        # ---- customer service
        "wn44": lambda: ev_top("tp_ticket_open", 'e."工单类型"', *NOV, margin=1.5),
        "wn45": lambda: ev_count("tp_ticket_open", *NOV, "e.ticket_category = 'topup_not_credited'"),
        "wn46": lambda: conv(CS, *Y25, MY, b=2),
        "wn47": lambda: conv(CS, *Y25, CN, b=2),
        "wn48": lambda: ev_avg("tp_ticket_reply", "e.response_hours", *H1_26, "e.agent_team = 'kl_support'"),
        "wn49": csat_2025,
        "wn50": lambda: biggest_loss(CS, *H1_26, margin=1.5),
        # ---- feedback
        "wn51": lambda: nps("f.survey_wave = '2026-06'"),
        "wn52": lambda: nps("f.survey_wave = '2026-06' AND f.market = 'Malaysia'"),
        "wn53": lambda: nps("f.survey_wave = '2025-12'"),
        "wn54": lambda: fb_share("f.rating <= 2", "f.channel = 'app_review'", *Q2_26),
        "wn56": lowest_store,
        "wn57": lambda: fb_count(marker("update")),
        "wn58": lambda: fb_ids(marker("auto_renew")),
        "wn59": lambda: fb_count(marker("not_credited"), *NOV),
        "wn60": lambda: fb_count("f.ts IS NULL"),
        "wn61": lambda: fb_count(marker("price") + " AND f.market = 'Malaysia'", *H1_26),
        "wn63": lambda: fb_count(marker("pay_options") + " AND f.market = 'Malaysia'"),
        # ---- readers
        "wn64": lambda: cust_count("c.segment = 'at_risk'"),
        "wn65": lambda: top_customer("c.region", margin=1.2),
        "wn66": lambda: top_customer('c."地区"', "c.market = 'Malaysia'", margin=1.15),
        "wn67": lambda: cust_count("c.tier = 'heavy'"),
        # ---- experiment
        "wn68": lambda: exp_top(margin=1.4),
        "wn69": lambda: exp_rate("control"),
        # ---- relative periods (as_of 2026-06-30)
        "wn70": lambda: ord_sum(*month(2026, 5), PAID),
        "wn71": lambda: ev_count("tp_install", *Q1_26),
        "wn72": lambda: ev_count("tp_ticket_open", *month(2026, 6)),
        "wn73": lambda: ev_ratio("tp_ad_complete", "tp_ad_start", "2026-06-22", "2026-06-28"),
        "wn74": lambda: ev_count("tp_vip_active", *H1_26),
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
