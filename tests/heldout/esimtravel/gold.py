"""Gold answers for the 漫游猫 RoamCat travel-eSIM held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "users" / "customers" / "用户" = customer_id (one app account). Customer attributes (region / region_zh, city /
  city_zh, segment / segment_zh, acquisition_channel, tier, auto_renew_enabled) come from customers.csv as they
  stand at the extract (2026-06-30). The three home regions are Mainland China 中国内地, Hong Kong 中国香港 and United
  Kingdom 英国. The traveller segments are leisure 休闲游客, business 商务出行, student 留学生, family 家庭出游,
  senior 长者出行.
- events are deduplicated on event_id first (~0.3 % of rows were sent twice with the same event_id; DATA.md loads
  them once).
- funnels follow DATA.md: a customer enters with their first step-1 event in the period and reaches step k with an
  event at step k's touchpoint after reaching step k-1, within the journey window counted from that first step-1
  event (onboarding 14 d, purchase 2 d, esim_setup 30 d, topup 2 d, support 7 d, refund 21 d). Rates are per
  customer; the tolerance covers both readings (later steps after the period end allowed or not) unless the question
  states the window ("30天窗口", "14天窗口", "在30天内"), which fixes the DATA.md reading (later steps may fall after
  the period end; tolerance 0.01). A step conversion ("downloaded -> installed") = customers reaching the later step / customers reaching
  the earlier one in the same cohort. "Where do we lose the most" = the step after which the most customers never
  reach the next step (top entity = that step's touchpoint_id). A cohort month is the month of the step-1 event.
- event counts are rows dated in the period (downloads = tp_app_open, sign-ups = tp_signup, install failures =
  tp_install_error, activations = tp_activate, refund requests = tp_refund_request, chats = tp_chat_start by
  chat_topic); the agent wait = mean tp_agent_joined.wait_minutes; chat score = mean tp_chat_rated.csat (the tolerance
  also covers the mean rating of chat_csat feedback rows); refund duration = mean tp_refund_paid.refund_days of
  refunds paid in the period.
- money is orders.amount in USD (the reporting currency) by order date, `paid` orders only (refunded and cancelled
  orders are not money). Revenue = every order_type (plan, topup, auto_renew) unless the question names one.
  Local-currency questions (pounds, 港币) sum amount_local of the region's paid orders. Refunded money = sum of
  refund_amount (USD) by refunded_at. Plan refund rate = refunded / (paid + refunded) plan orders by order date.
  Auto-renewal charges = auto_renew orders of any status by order date (= tp_auto_renew events).
- the A/B test install_video_guide_2026: a customer converts with a tp_profile_installed event within 3 days after
  assigned_at (their first payment).
- zh top entities are the Chinese twins where the table has one (destination_zh, segment_zh, region_zh, city_zh,
  refund_reason_zh, chat_topic_zh) and en ones the stored English values; a touchpoint is its touchpoint_id, a month
  'YYYY-MM', an experiment arm its variant, a team / fail_reason / channel its stored value.
- feedback: "all" includes the undated rows (social-listening posts without a date); dated questions only count dated
  rows. Topic counts use text markers (checked against _truth/feedback_truth.csv) with a 5 % tolerance; NPS = share
  9-10 minus share 0-6 (a fraction) of post-trip survey answers dated in the period; 1-2 star share = rows with
  rating 1-2 / rows with a rating.
- periods are inclusive calendar dates; relative periods resolve against the item's as_of; weeks run Monday-Sunday.
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
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    sample_size=-1) QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY ts) = 1""")
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


def count(n, tol=0.5):
    return dict(value=int(n), tolerance=tol)


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def num(v, rel=0.02, floor=0.05):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(1.0, abs(v) * 0.002), 2))


def clear_lead(rows, margin, lowest=False):
    """the winner must beat the runner-up by the ratio `margin` (values > 0)."""
    assert len(rows) >= 2, rows
    a, b = float(rows[0][1]), float(rows[1][1])
    ok = b > a * margin if lowest else a > b * margin
    assert ok, rows[:4]


def clear_gap(rows, gap, lowest=False):
    """the winner must beat the runner-up by the absolute difference `gap` (for rates that may be negative)."""
    assert len(rows) >= 2, rows
    a, b = float(rows[0][1]), float(rows[1][1])
    assert (b - a if lowest else a - b) >= gap, rows[:4]


# ---------------------------------------------------------------- funnels
def steps_of(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded, cond="1=1"):
    steps, window = steps_of(journey)
    src = "events" if not bounded or start is None else \
        f"(SELECT * FROM events WHERE ts < DATE '{end}' + INTERVAL 1 DAY)"
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


def conv(journey, start, end, cond="1=1", a=0, b=-1, fixed=False):
    """fixed: the question states the journey window, so the DATA.md reading (later steps may fall after the period
    end) is the only one and the tolerance is 0.01."""
    vals = []
    for bounded in ((False,) if fixed else (False, True)):
        c = funnel(journey, start, end, bounded, cond)
        vals.append(c[b] / c[a])
    tol = 0.01 if fixed else max(0.01, abs(vals[0] - vals[1]) + 0.005)
    return dict(value=round(vals[0], 4), tolerance=round(tol, 4))


def conv_rank(journey, start, end, col, values, lowest, margin, a=0, b=-1, cond="1=1", show=None):
    tops = set()
    for bounded in (False, True):
        rows = []
        for v in values:
            c = funnel(journey, start, end, bounded, f"{col} = '{v}' AND ({cond})")
            rows.append((v, c[b] / c[a]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        clear_lead(rows, margin, lowest)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    top = tops.pop()
    return dict(top_entity=show[top] if show else top)


def step_month_rank(journey, months, a, b, margin, lowest=True, cond="1=1"):
    """the cohort month whose step a -> b conversion (0-based steps) is lowest (or highest)."""
    tops = set()
    for bounded in (False, True):
        rows = []
        for (y, m) in months:
            c = funnel(journey, *month(y, m), bounded, cond)
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


def ev_avg(tps, col, start=None, end=None, cond="1=1", rel=0.02):
    return num(one(f"SELECT avg({col}) {_ev(tps, start, end, cond)}"), rel=rel)


def ev_top(tps, by, start=None, end=None, cond="1=1", margin=1.2, agg="count(*)", lowest=False):
    rows = q(f"SELECT {by}, {agg} v {_ev(tps, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def ev_top_month(tps, start, end, cond="1=1", margin=1.1):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, count(*) v {_ev(tps, start, end, cond)} GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- orders / money
def _ord(start, end, cond, col="o.ts"):
    return f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE {per(col, start, end)} AND ({cond})"


def ord_count(start, end, cond):
    return count(one(f"SELECT count(*) {_ord(start, end, cond)}"))


def ord_sum(start, end, cond, col="o.amount", tcol="o.ts"):
    return money(one(f"SELECT sum({col}) {_ord(start, end, cond, tcol)}"))


def ord_avg(start, end, cond, col="o.amount"):
    v = float(one(f"SELECT avg({col}) {_ord(start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def ord_share(num_cond, start, end, cond):
    return rate(one(f"SELECT avg(({num_cond})::int) {_ord(start, end, cond)}"))


def ord_top(by, start, end, cond, margin=1.1, agg="sum(o.amount)", lowest=False):
    rows = q(f"SELECT {by}, {agg} v {_ord(start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def ord_top_month(start, end, cond, agg="sum(o.amount)", margin=1.05):
    rows = q(f"SELECT strftime(o.ts, '%Y-%m') m, {agg} v {_ord(start, end, cond)} GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- experiment
def exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                  AND e.touchpoint_id = 'tp_profile_installed' AND e.ts >= x.assigned_at
                  AND e.ts <= x.assigned_at + INTERVAL 3 DAY))::int) r, count(*) n
                FROM experiments x WHERE x.experiment_id = 'install_video_guide_2026' GROUP BY 1 ORDER BY r DESC""")


def exp_top(margin):
    rows = exp_rates()
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def exp_rate(variant):
    return rate({r[0]: r[1] for r in exp_rates()}[variant])


# ---------------------------------------------------------------- feedback
MARKERS = {
    "auto_renew": ["自动续费", "自動續費", "auto-renew"],
    "install_failed": ["装不上", "裝唔到", "couldn't install"],
    "install_help": ["不会安装", "唔識裝", "didn't know how to install"],
    "no_signal": ["没信号", "冇訊號", "no signal"],
    "slow_speed": ["网速太慢", "網速好慢", "painfully slow"],
    "hotspot": ["开不了热点", "開唔到熱點", "hotspot doesn't work"],
    "refund_slow": ["退款太慢", "退款好慢", "refund took ages"],
    "cheap": ["比漫游便宜", "平過漫遊", "cheaper than roaming"],
    "easy": ["安装很简单", "安裝好簡單", "easy to set up"],
    "support_good": ["客服很耐心", "客服好有耐性", "support agent was really helpful"],
}


def marker(topic):
    return "(" + " OR ".join("lower(f.text) LIKE '%" + w.lower().replace("'", "''") + "%'"
                             for w in MARKERS[topic]) + ")"


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


def topic_share(topic, start, end):
    """share of the feedback rows dated in the period that match a topic; 5 % relative tolerance (text matching)."""
    v = float(one(f"SELECT avg(({marker(topic)})::int) FROM feedback f WHERE {per('f.ts', start, end)}"))
    return dict(value=round(v, 4), tolerance=round(max(0.005, v * 0.05), 4))


def fb_top_month(cond, start=None, end=None, margin=1.1):
    rows = q(f"SELECT strftime(f.ts, '%Y-%m') m, count(*) v FROM feedback f WHERE ({cond}) AND f.ts IS NOT NULL "
             f"AND {per('f.ts', start, end)} GROUP BY 1 ORDER BY v DESC")
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


def nps_sql(cond, start=None, end=None):
    return one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
               f"LEFT JOIN customers c USING (customer_id) "
               f"WHERE f.nps IS NOT NULL AND ({cond}) AND {per('f.ts', start, end)}")


def nps(start=None, end=None, cond="1=1"):
    return rate(nps_sql(cond, start, end))


def nps_rank(col, values, lowest, gap):
    rows = sorted(((v, nps_sql(f"{col} = '{v}'")) for v in values), key=lambda r: r[1], reverse=not lowest)
    clear_gap(rows, gap, lowest)
    return dict(top_entity=rows[0][0])


def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def top_customer(by, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, count(*) v FROM customers c WHERE {cond} GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- special cases
SEGMENTS = ["leisure", "business", "student", "family", "senior"]
SEG_ZH = {"leisure": "休闲游客", "business": "商务出行", "student": "留学生", "family": "家庭出游", "senior": "长者出行"}
REGIONS = ["Mainland China", "Hong Kong", "United Kingdom"]
REGION_ZH = {"Mainland China": "中国内地", "Hong Kong": "中国香港", "United Kingdom": "英国"}
ALL = ("2025-01-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
PAID_PLAN = "o.order_type = 'plan' AND o.status = 'paid'"


def plan_top_dest(col, start, end, cond, margin, agg="count(*)"):
    """top destination of paid plan orders; with count(*), the reading paid + refunded must agree."""
    a = ord_top(col, start, end, PAID_PLAN + f" AND ({cond})", margin=margin, agg=agg)
    if agg == "count(*)":
        b = ord_top(col, start, end, f"o.order_type = 'plan' AND o.status IN ('paid', 'refunded') AND ({cond})",
                    margin=margin, agg=agg)
        assert a == b, (a, b)
    return a


def chat_score(start, end):
    a = float(one(f"SELECT avg(e.csat) {_ev('tp_chat_rated', start, end, '1=1')}"))
    b = float(one(f"SELECT avg(f.rating) FROM feedback f WHERE f.channel = 'chat_csat' AND {per('f.ts', start, end)}"))
    return dict(value=round(a, 3), tolerance=round(max(0.05, abs(a - b) + 0.02), 3))


def topups_per_plan(start, end, margin):
    rows = q(f"""SELECT c.segment, count(*) FILTER (WHERE o.order_type = 'topup') * 1.0
                        / count(*) FILTER (WHERE o.order_type = 'plan') v
                 {_ord(start, end, "o.status = 'paid'")} GROUP BY 1 ORDER BY v DESC""")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def gold():
    Q1_26, Q2_26, Q4_25 = quarter(2026, 1), quarter(2026, 2), quarter(2025, 4)
    MAR26, FEB26, MAY26 = month(2026, 3), month(2026, 2), month(2026, 5)
    MONTHS = [(2025, m) for m in range(1, 13)] + [(2026, m) for m in range(1, 6)]
    UK, HK = "c.region = 'United Kingdom'", "c.region = 'Hong Kong'"
    return {
        # ---- onboarding / acquisition
        "et01": lambda: conv("onboarding", "2025-07-01", "2025-12-31", fixed=True),
        "et02": lambda: biggest_loss("onboarding", *Y25, margin=1.3),
        "et03": lambda: conv("onboarding", *ALL, UK),
        "et04": lambda: conv("onboarding", *ALL, HK),
        "et05": lambda: conv_rank("onboarding", *ALL, "c.region", REGIONS, lowest=True, margin=1.08, a=4, b=5,
                                  show=REGION_ZH),
        "et06": lambda: ev_top("tp_pay_fail", "e.fail_reason", None, None, UK, margin=1.5),
        "et07": lambda: ev_count("tp_app_open", *month(2025, 8)),
        "et08": lambda: ev_top("tp_app_open", "e.acquisition", *H1_26, margin=1.3),
        "et09": lambda: ev_count("tp_signup", "2025-10-01", "2025-10-07"),
        # ---- money / purchase
        "et10": lambda: ord_sum(*Q1_26, "o.status = 'paid'"),
        "et11": lambda: plan_top_dest("o.destination_zh", *Y25, "1=1", margin=1.3),
        "et12": lambda: plan_top_dest("o.destination_zh", *Y25, HK, margin=1.2),
        "et13": lambda: ord_sum(*H1_26, "o.status = 'paid' AND " + UK, col="o.amount_local"),
        "et14": lambda: ord_sum(*Y25, "o.status = 'paid' AND " + HK, col="o.amount_local"),
        "et15": lambda: ord_avg(*Y25, PAID_PLAN),
        "et16": lambda: ev_top_month("tp_app_open", *Y25, margin=1.1),
        "et17": lambda: ord_count(None, None, PAID_PLAN + " AND o.coupon_code = 'FIRSTTRIP'"),
        "et18": lambda: ord_top("o.destination", None, None, PAID_PLAN, margin=1.1),
        "et19": lambda: conv("purchase", *Q2_26),
        # ---- eSIM setup
        "et20": lambda: step_month_rank("esim_setup", MONTHS, 2, 3, margin=1.2),
        "et21": lambda: conv("esim_setup", *MAR26, a=2, b=3, fixed=True),
        "et22": lambda: conv("esim_setup", *FEB26, a=2, b=3, fixed=True),
        "et23": lambda: ev_top("tp_install_error", "e.fail_reason", *MAR26, margin=3.0),
        "et25": lambda: conv_rank("esim_setup", *ALL, "c.segment", SEGMENTS, lowest=True, margin=1.2, show=SEG_ZH),
        "et26": lambda: biggest_loss("esim_setup", *ALL, margin=1.5, cond="c.segment = 'senior'"),
        "et27": lambda: conv("esim_setup", *ALL, "c.segment = 'senior'"),
        "et28": lambda: conv("esim_setup", *ALL, "c.segment = 'business'"),
        "et29": lambda: conv("esim_setup", *Y25, b=4, fixed=True),
        "et30": lambda: exp_top(margin=1.15),
        "et31": lambda: exp_rate("text_guide"),
        "et32": lambda: exp_rate("video_guide"),
        # ---- top-ups
        "et33": lambda: conv("topup", *Y25),
        "et34": lambda: dict(top_entity=SEG_ZH[ord_top("c.segment", *Y25, "o.order_type = 'topup' AND "
                                                        "o.status = 'paid'", margin=1.15, agg="count(*)")["top_entity"]]),
        "et35": lambda: topups_per_plan(*Y25, margin=1.15),
        "et36": lambda: ord_sum(*H1_26, "o.order_type = 'topup' AND o.status = 'paid'"),
        # ---- auto-renew
        "et37": lambda: ord_count(*MAY26, "o.order_type = 'auto_renew'"),
        "et38": lambda: ord_share("o.status = 'refunded'", *Q2_26, "o.order_type = 'auto_renew'"),
        "et39": lambda: topic_share("auto_renew", *Q2_26),
        "et40": lambda: fb_count(marker("auto_renew"), *Q2_26),
        "et41": lambda: fb_count(marker("auto_renew"), *Q4_25),
        "et42": lambda: ev_top("tp_refund_request", "e.refund_reason", *Q2_26, margin=1.5),
        "et43": lambda: ev_top("tp_refund_request", "e.refund_reason_zh", *MAR26, margin=1.15),
        "et44": lambda: ev_top("tp_chat_start", "e.chat_topic", *Q2_26, margin=1.5),
        "et45": lambda: cust_count("c.auto_renew_enabled"),
        # ---- support
        "et46": lambda: ev_top("tp_agent_joined", "e.agent_team", None, None, agg="avg(e.wait_minutes)", margin=1.5),
        "et47": lambda: ev_avg("tp_agent_joined", "e.wait_minutes", *Y25, "e.agent_team = 'london_cs'"),
        "et48": lambda: conv("support", *H1_26, a=2, b=3),
        "et49": lambda: chat_score(*H1_26),
        # ---- refunds
        "et50": lambda: conv("refund", *Y25),
        "et51": lambda: ev_avg("tp_refund_paid", "e.refund_days", *Y25, "e.pay_method = 'card'"),
        "et52": lambda: ord_share("o.status = 'refunded'", *Y25,
                                  "o.order_type = 'plan' AND o.status IN ('paid', 'refunded')"),
        "et53": lambda: ord_sum(*MAR26, "o.status = 'refunded'", col="o.refund_amount", tcol="o.refunded_at"),
        # ---- feedback
        "et54": lambda: nps(*H1_26),
        "et55": lambda: nps(*Y25),
        "et56": lambda: nps_rank("c.segment", SEGMENTS, lowest=True, gap=0.15),
        "et57": lambda: fb_avg("f.channel = 'app_review'"),
        "et58": lambda: fb_share("f.rating <= 2", "f.rating IS NOT NULL", *Q2_26),
        "et59": lambda: fb_count(marker("cheap")),
        "et60": lambda: count(one("SELECT count(*) FROM feedback f WHERE f.ts IS NULL")),
        "et61": lambda: fb_count(marker("install_failed"), *MAR26),
        "et62": lambda: fb_ids(marker("install_failed") + " AND " + per("f.ts", *MAR26)),
        "et63": lambda: fb_top("f.destination_zh", marker("slow_speed"), margin=1.3),
        "et64": lambda: fb_top("f.touchpoint_id", "f.rating <= 2", *Q2_26, margin=1.4),
        # ---- customers
        "et65": lambda: cust_count(HK),
        "et66": lambda: cust_count("c.segment = 'senior'"),
        "et67": lambda: top_customer("c.city", UK, margin=2.0),
        # ---- relative periods
        "et68": lambda: ord_count(*MAY26, PAID_PLAN),
        "et69": lambda: ev_count("tp_refund_request", *MAR26),
        "et70": lambda: ev_count("tp_activate", "2026-05-11", "2026-05-17"),
        "et71": lambda: ord_sum(*H1_26, "o.order_type = 'auto_renew' AND o.status = 'paid'"),
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
