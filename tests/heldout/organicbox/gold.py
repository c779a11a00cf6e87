"""Gold answers for the 青畦有机 Verdant Row Organics vegetable-box held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "subscribers" / "households" / "用户" / "客户" / "订户" = customer_id (one household account).
  Customer attributes (region / region_zh = city Beijing 北京, Nanjing 南京, Taipei 台北; segment / segment_zh;
  district; plan; box_size; acquisition_channel; tier; os) come from customers.csv as they stand at the extract
  (2026-06-30). "How many customers" counts rows of customers.csv (including people who only visited the home page)
  unless the question says subscribers / signed up (signup_at not empty).
- events are deduplicated on event_id first (~0.3 % of rows were sent twice with the same event_id; DATA.md loads
  them once).
- funnels follow DATA.md: a customer enters with their first step-1 event in the period and reaches step k with an
  event at step k's touchpoint after reaching step k-1, within the journey window counted from that first step-1
  event (onboarding 21 d, weekly_box 5 d, addon 7 d, quality_issue 10 d, cancellation 14 d). Rates are per customer;
  the tolerance covers both readings (later steps after the period end allowed or not) unless the question states the
  window, which fixes the DATA.md reading (tolerance 0.01). A step conversion ("address check -> first payment") =
  customers reaching the later step / customers reaching the earlier one in the same cohort. "Where do we lose the
  most" = the step after which the most customers never reach the next one (top entity = that step's touchpoint_id).
  A cohort month is the month of the step-1 event.
- event counts are rows dated in the period (deliveries = tp_delivered, skips = tp_skip_week, substitutions =
  tp_substitution, charge failures = tp_charge_fail, pauses = tp_pause, quality issues = tp_issue_report,
  completed cancellations = tp_cancel_done). Shares of events: substitution rate = boxes delivered with
  substituted = 'yes' / boxes delivered (tp_delivered rows); late share = tp_delivered rows with action 'late' /
  all tp_delivered rows; skip share = tp_skip_week rows / (tp_skip_week + tp_charge rows) in the period.
  A city filter uses the customer's region (every customer is served by their own city's hub only).
- money is orders.amount in CNY (the group reporting currency; Taipei orders are TWD converted at the fixed 0.225)
  by order date (ts), `paid` orders only (cancelled = the weekly charge failed for good; refunded = lost, undeliverable
  or warm boxes refunded). Revenue = every order_type (first_box, weekly_box, addon, gift_box) unless the question
  names one. 新台币 / TWD questions sum amount_local of Taipei's paid orders. "Box revenue" = first_box + weekly_box.
- the A/B test retention_offer_2025: a customer is lost when they have a tp_cancel_done event within 14 days after
  assigned_at (the moment they started cancelling); saved rate = 1 - lost rate.
- zh top entities are the Chinese twins where the data has one (region_zh, segment_zh, addon_name_zh, skip_reason_zh,
  cancel_reason_zh, item_out_zh) and en ones the stored English values; a touchpoint is its touchpoint_id, a month
  'YYYY-MM', an experiment arm its variant, a fail_reason / channel / platform its stored value.
- feedback: "all" includes the undated rows (social posts and app reviews exported without a date); dated questions
  count dated rows only. Topic counts use text markers in simplified, traditional and English forms (checked against
  _truth/feedback_truth.csv) with a 5 % tolerance; NPS = share 9-10 minus share 0-6 (a fraction) of nps_survey
  answers dated in the period; 1-2 star share = rows with rating 1-2 / rows with a rating; average rating over rows
  with a rating.
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
    tol = 0.01 if fixed else max(0.01, abs(vals[0] - vals[-1]) + 0.005)
    return dict(value=round(vals[0], 4), tolerance=round(tol, 4))


def reached(journey, start, end, k, cond="1=1"):
    """customers reaching step k (0-based) — the same under both readings is asserted."""
    vals = {funnel(journey, start, end, bounded, cond)[k] for bounded in (False, True)}
    assert len(vals) == 1, vals
    return count(vals.pop())


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


def ev_users(tps, start=None, end=None, cond="1=1"):
    return count(one(f"SELECT count(DISTINCT e.customer_id) {_ev(tps, start, end, cond)}"))


def ev_avg(tps, col, start=None, end=None, cond="1=1", rel=0.02):
    return num(one(f"SELECT avg({col}) {_ev(tps, start, end, cond)}"), rel=rel)


def ev_share(num_cond, tps, start=None, end=None, cond="1=1"):
    return rate(one(f"SELECT avg(({num_cond})::int) {_ev(tps, start, end, cond)}"))


def ev_top(tps, by, start=None, end=None, cond="1=1", margin=1.2, agg="count(*)", lowest=False):
    rows = q(f"SELECT {by}, {agg} v {_ev(tps, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def ev_top_month(tps, start, end, cond="1=1", margin=1.05, lowest=False):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, count(*) v {_ev(tps, start, end, cond)} GROUP BY 1 "
             f"ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def skip_share(start, end, cond="1=1"):
    s = one(f"SELECT count(*) {_ev('tp_skip_week', start, end, cond)}")
    ch = one(f"SELECT count(*) {_ev('tp_charge', start, end, cond)}")
    return rate(s / (s + ch))


def skip_share_rank(col, values, start, end, margin, show=None):
    rows = []
    for v in values:
        s = one(f"SELECT count(*) {_ev('tp_skip_week', start, end, f'{col} = {v!r}')}")
        ch = one(f"SELECT count(*) {_ev('tp_charge', start, end, f'{col} = {v!r}')}")
        rows.append((v, s / (s + ch)))
    rows.sort(key=lambda r: -r[1])
    clear_lead(rows, margin)
    return dict(top_entity=show[rows[0][0]] if show else rows[0][0])


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
    """lost rate per arm: a tp_cancel_done within 14 days after assigned_at."""
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                  AND e.touchpoint_id = 'tp_cancel_done' AND e.ts >= x.assigned_at
                  AND e.ts <= x.assigned_at + INTERVAL 14 DAY))::int) r, count(*) n
                FROM experiments x WHERE x.experiment_id = 'retention_offer_2025' GROUP BY 1 ORDER BY r""")


def exp_top_saved(margin):
    rows = [(v, 1 - r) for v, r, _ in exp_rates()]
    rows.sort(key=lambda r: -r[1])
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def exp_saved(variant):
    return rate({r[0]: 1 - r[1] for r in exp_rates()}[variant])


def exp_n(variant):
    return count({r[0]: r[2] for r in exp_rates()}[variant])


# ---------------------------------------------------------------- feedback
MARKERS = {
    "zone_error": ["不在配送范围", "不在配送範圍", "outside the delivery area"],
    "substitution": ["又被换菜", "又被換菜", "swapped out again"],
    "too_much": ["吃不完", "too much veg for one"],
    "wilted": ["叶子蔫了", "葉子蔫了", "greens were wilted"],
    "late": ["送晚了", "arrived late"],
    "charge_fail": ["扣款失败", "扣款失敗", "charge failed"],
    "plastic": ["塑料太多", "塑膠太多", "too much plastic"],
    "price": ["太贵了", "太貴了", "too pricey"],
    "fresh": ["特别新鲜", "特別新鮮", "super fresh"],
    "eggs": ["鸡蛋很香", "雞蛋很香", "eggs are amazing"],
    "variety": ["品种丰富", "品種豐富", "great variety"],
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


def _fb(cond, start, end):
    return f"FROM feedback f LEFT JOIN customers c USING (customer_id) WHERE ({cond}) AND {per('f.ts', start, end)}"


def fb_count(cond, start=None, end=None):
    n = one(f"SELECT count(*) {_fb(cond, start, end)}")
    return dict(value=int(n), tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", start=None, end=None):
    v = one(f"SELECT avg({col}) {_fb(cond, start, end)} AND {col} IS NOT NULL")
    return dict(value=round(float(v), 3), tolerance=0.03)


def fb_share(num_cond, cond, start=None, end=None):
    return rate(one(f"SELECT avg(({num_cond})::int) {_fb(cond, start, end)}"))


def topic_share(topic, start, end, cond="1=1"):
    v = float(one(f"SELECT avg(({marker(topic)})::int) {_fb(cond, start, end)}"))
    return dict(value=round(v, 4), tolerance=round(max(0.005, v * 0.05), 4))


def fb_top(by, cond, start=None, end=None, margin=1.1):
    rows = q(f"SELECT {by}, count(*) v {_fb(cond, start, end)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def topic_top(cond, start=None, end=None, margin=1.2):
    rows = sorted(((t, one(f"SELECT count(*) {_fb(cond + ' AND ' + marker(t), start, end)}")) for t in MARKERS),
                  key=lambda r: -r[1])
    clear_lead(rows, margin)
    return rows[0][0]


def fb_top_month(cond, start=None, end=None, margin=1.1):
    rows = q(f"SELECT strftime(f.ts, '%Y-%m') m, count(*) v {_fb(cond, start, end)} AND f.ts IS NOT NULL "
             f"GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT f.feedback_id {_fb(cond, None, None)} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def nps_sql(cond, start=None, end=None):
    return one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) {_fb(cond, start, end)} "
               f"AND f.nps IS NOT NULL AND f.channel = 'nps_survey'")


def nps(start=None, end=None, cond="1=1"):
    return rate(nps_sql(cond, start, end))


def nps_rank(col, values, lowest, gap, start=None, end=None, show=None):
    rows = sorted(((v, nps_sql(f"{col} = '{v}'", start, end)) for v in values), key=lambda r: r[1],
                  reverse=not lowest)
    clear_gap(rows, gap, lowest)
    return dict(top_entity=show[rows[0][0]] if show else rows[0][0])


def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def top_customer(by, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, count(*) v FROM customers c WHERE {cond} GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- batch
SEGMENTS = ["family_kids", "couple", "solo", "senior", "fitness"]
SEG_ZH = {"family_kids": "有娃家庭", "couple": "二人世界", "solo": "单身独居", "senior": "银发家庭", "fitness": "健身控"}
CITIES = ["Beijing", "Nanjing", "Taipei"]
CITY_ZH = {"Beijing": "北京", "Nanjing": "南京", "Taipei": "台北"}
ALL = ("2025-01-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
PAID = "o.status = 'paid'"
BJ, NJ, TPE = "c.region = 'Beijing'", "c.region = 'Nanjing'", "c.region = 'Taipei'"


def gold():
    Q1_26, Q2_26, Q1_25, Q2_25 = quarter(2026, 1), quarter(2026, 2), quarter(2025, 1), quarter(2025, 2)
    SEP25, OCT25, FEB26, MAR26, MAY26 = month(2025, 9), month(2025, 10), month(2026, 2), month(2026, 3), month(2026, 5)
    SUMMER25 = ("2025-06-01", "2025-08-31")
    M25 = [(2025, m) for m in range(1, 13)]
    WEEKLY, ADDON = "o.order_type = 'weekly_box'", "o.order_type = 'addon'"
    return {
        # ---- onboarding
        "ob01": lambda: conv("onboarding", *Y25, fixed=True),
        "ob02": lambda: biggest_loss("onboarding", *ALL, margin=1.5),
        "ob03": lambda: conv("onboarding", *OCT25, a=3, b=4, fixed=True),
        "ob04": lambda: conv("onboarding", *SEP25, a=3, b=4, fixed=True),
        "ob05": lambda: step_month_rank("onboarding", M25, 3, 4, margin=1.25),
        "ob06": lambda: ev_count("tp_zone_check", *OCT25, "e.zone_result = 'out_of_zone'"),
        "ob07": lambda: conv("onboarding", *OCT25, NJ, a=3, b=4, fixed=True),
        "ob08": lambda: conv("onboarding", *OCT25, TPE, a=3, b=4, fixed=True),
        "ob09": lambda: conv_rank("onboarding", *ALL, "c.segment", SEGMENTS, lowest=True, margin=1.5, a=2, b=3,
                                  show=SEG_ZH),
        "ob10": lambda: conv("onboarding", *ALL, "c.segment = 'solo'", a=2, b=3),
        "ob11": lambda: conv("onboarding", *ALL, "c.segment = 'family_kids'", a=2, b=3),
        "ob12": lambda: ev_count("tp_first_pay", *H1_26),
        # ---- weekly boxes
        "ob13": lambda: ev_count("tp_delivered", *Q1_26, TPE),
        "ob14": lambda: ev_top_month("tp_delivered", *Y25, margin=1.1),
        "ob15": lambda: ev_share("e.action = 'late'", "tp_delivered", *Y25, NJ),
        "ob16": lambda: conv("weekly_box", *MAR26, fixed=True),
        "ob17": lambda: ev_share("e.substituted = 'yes'", "tp_delivered", *Q2_26, BJ),
        "ob18": lambda: ev_share("e.substituted = 'yes'", "tp_delivered", *Q1_25, BJ),
        "ob19": lambda: ev_top("tp_substitution", "e.item_out", cond=BJ, margin=1.4),
        "ob20": lambda: ev_top("tp_substitution", "e.farm_zh", *H1_26, BJ, margin=1.8),
        # ---- skips and pauses
        "ob22": lambda: ev_count("tp_skip_week", *FEB26),
        "ob23": lambda: ev_top("tp_skip_week", "e.skip_reason", *Y25, margin=1.2),
        "ob24": lambda: ev_top("tp_skip_week", "e.skip_reason_zh", cond="c.segment = 'solo'", margin=2.0),
        "ob25": lambda: skip_share_rank("c.segment", SEGMENTS, *Y25, margin=1.4),
        "ob26": lambda: skip_share(*Y25),
        "ob27": lambda: ev_users("tp_pause", *Y25),
        "ob28": lambda: ev_count("tp_pause", *H2_25),
        # ---- charges
        "ob29": lambda: ev_top("tp_charge_fail", "e.fail_reason", cond=TPE, margin=1.3),
        "ob30": lambda: ev_count("tp_charge_fail", *Q1_26),
        # ---- add-ons
        "ob32": lambda: ord_top("o.addon_sku", *Y25, ADDON + " AND " + PAID, agg="count(*)", margin=1.5),
        "ob33": lambda: ord_sum(*H1_26, ADDON + " AND " + PAID),
        "ob34": lambda: conv("addon", *Y25, fixed=True),
        "ob35": lambda: biggest_loss("addon", *ALL, margin=1.25),
        "ob36": lambda: ord_top("o.addon_name_zh", *Y25, ADDON + " AND " + PAID, margin=1.3),
        # ---- money
        "ob37": lambda: ord_sum(*Y25, PAID),
        "ob38": lambda: ord_sum(*Q1_26, PAID + " AND " + NJ),
        "ob39": lambda: ord_top("c.region", *H1_26, PAID, margin=1.3),
        "ob40": lambda: ord_sum(*Y25, PAID + " AND " + TPE, col="o.amount_local"),
        "ob41": lambda: ord_count("2026-01-01", "2026-02-28", "o.gift_sku = 'cny_gift' AND " + PAID),
        "ob42": lambda: ord_avg(*Y25, WEEKLY + " AND " + PAID),
        "ob44": lambda: ord_sum(*ALL, "o.order_type = 'first_box' AND " + PAID),
        "ob45": lambda: ord_sum(*Q1_26, PAID),
        # ---- quality issues
        "ob46": lambda: ev_top("tp_issue_report", "e.issue_type_zh", *SUMMER25, margin=1.2),
        "ob47": lambda: conv("quality_issue", *ALL, fixed=True),
        # ---- cancellation and retention
        "ob49": lambda: exp_top_saved(margin=1.2),
        "ob50": lambda: exp_saved("pause_offer"),
        "ob51": lambda: ev_users("tp_cancel_done", *Y25),
        "ob52": lambda: ev_top("tp_cancel_reason", "e.cancel_reason_zh", cond="c.segment = 'solo'", margin=1.8),
        "ob53": lambda: ev_top("tp_cancel_reason", "e.cancel_reason", *H1_26, BJ, margin=2.5),
        "ob54": lambda: conv("cancellation", *H2_25, fixed=True),
        # ---- feedback
        "ob55": lambda: fb_count(marker("substitution"), *Q2_26),
        "ob56": lambda: fb_count(marker("substitution"), *Q2_25),
        "ob57": lambda: topic_share("substitution", *Q2_26),
        "ob58": lambda: fb_count(marker("zone_error"), *OCT25),
        "ob59": lambda: fb_ids(marker("zone_error") + " AND " + per("f.ts", *OCT25)),
        "ob60": lambda: nps(*Y25),
        "ob61": lambda: nps_rank("c.region", CITIES, lowest=True, gap=0.3, start=H1_26[0], end=H1_26[1]),
        "ob62": lambda: fb_avg("f.channel = 'delivery_rating'", start=Y25[0], end=Y25[1]),
        "ob63": lambda: count(one("SELECT count(*) FROM feedback f WHERE f.ts IS NULL")),
        "ob64": lambda: fb_count(marker("price") + " AND f.platform = 'xiaohongshu'"),
        "ob65": lambda: fb_top("f.touchpoint_id", "f.rating <= 2 AND " + BJ, *Q2_26, margin=1.5),
        "ob66": lambda: fb_count(marker("too_much") + " AND c.segment = 'solo'"),
        "ob67": lambda: fb_share("f.rating <= 2", "f.channel = 'delivery_rating' AND " + TPE, *Y25),
        # ---- customers
        "ob68": lambda: cust_count(TPE),
        "ob69": lambda: cust_count("c.segment = 'solo' AND c.signup_at IS NOT NULL"),
        "ob70": lambda: top_customer("c.acquisition_channel", "c.signup_at IS NOT NULL", margin=1.15),
        "ob71": lambda: cust_count("c.tier = 'gold'"),
        # ---- relative periods
        "ob72": lambda: ev_count("tp_delivered", *MAY26),
        "ob73": lambda: ev_count("tp_skip_week", "2026-06-01", "2026-06-07"),
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
