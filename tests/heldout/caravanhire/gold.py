"""Gold answers for the 途野房车 WildRoam Campers held-out batch (campervan / motorhome / caravan hire in Urumqi,
Kunming + Dali and Queenstown NZ), from plain DuckDB SQL over the raw CSVs written by generate.py (never from the
product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "renters" / "people" / "客户" / "用户" / "人" = customer_id. Customer attributes (region / region_zh =
  the market of the customer's home depot: Urumqi 乌鲁木齐, Kunming 昆明 (Kunming Changshui and Dali Erhai depots),
  Queenstown 皇后镇; home depot; segment / segment_zh; tier; os; acquisition_channel; licence_country) come from
  customers.csv as it stands at the extract (2026-06-30). "How many customers" counts every row of customers.csv
  (everyone who ever searched) unless the question narrows it.
- events are deduplicated on event_id first (~0.3 % of rows were sent twice with the same event_id; DATA.md loads
  them once).
- funnels follow DATA.md: a customer enters with their first step-1 event in the period and reaches step k with an
  event at step k's touchpoint after reaching step k-1, within the journey window counted from that first step-1 event
  (booking 14 d, pickup 7 d, roadside 2 d, return 30 d, claim 45 d). Rates are per customer. When the question does
  not state the window the tolerance covers both readings (later steps after the period end allowed or not); when it
  does, the DATA.md reading is the only one (tolerance 0.01). A step conversion ("details -> dates") = customers
  reaching the later step / customers reaching the earlier one in the same cohort. A filter on a channel ("started on
  the website") is on the customer's first step-1 event. "Where do we lose the most" = the step after which the most
  customers never reach the next step (top entity = that step's touchpoint_id). A cohort month is the month of the
  step-1 event.
- event counts are rows dated in the period (roadside calls = tp_roadside_call, drive-offs / vans out on hire =
  tp_drive_off, damage reports = tp_damage_report, calendar errors = tp_availability_error, bookings confirmed =
  tp_booking_confirmed); "how many people" counts distinct customers of those rows. Bond refund time = mean
  tp_bond_release.refund_days of releases dated in the period; roadside response = mean tp_tech_onsite.response_minutes;
  handover wait = mean tp_handover.wait_minutes; licence pass rate = tp_licence_upload rows with check_result 'pass' /
  all upload rows. A region filter on events uses the customer's region; a depot filter the event's depot_code.
- money is orders.amount in CNY (the group reporting currency; Queenstown orders are NZD converted at the fixed 4.30)
  by order date, `paid` orders only (refunded and cancelled orders are not money). Revenue = every order_type (rental,
  extras, extension, damage_charge, callout_fee) unless the question names one. NZD questions sum amount_local of
  Queenstown's paid orders. Rental refund rate = refunded / (paid + refunded) rental orders by order date. Insurance
  fee = insurance_fee_local of paid rental orders (local currency, before any coupon).
- the A/B test insurance_default_2025: premium take-up = the customer has a rental order with insurance_plan
  'premium' dated within 14 days after assigned_at / customers in the arm (any status: the choice was made; the
  tolerance also covers counting paid orders only; the arms' ranking is the same either way); booking conversion = a tp_booking_confirmed event within 14 days after assigned_at.
- zh top entities are the Chinese twins where the data has one (region_zh, depot_zh / home_depot_zh, segment_zh,
  issue_zh, item_zh, support_topic_zh, insurance_plan_zh, vehicle_model_zh) and en ones the stored English values; a
  touchpoint is its touchpoint_id, a month 'YYYY-MM', an experiment arm its variant.
- feedback: "all" includes the undated rows (public reviews exported without a date); dated questions only count dated
  rows. Topic counts use text markers (checked against _truth/feedback_truth.csv) with a 5 % tolerance; NPS = share
  9-10 minus share 0-6 (a fraction) of trip-review answers (the only rows with nps) dated in the period; 1-2 star
  share = rows with rating 1-2 / rows with a rating.
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


# ---------------------------------------------------------------- funnels
def steps_of(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded, cond="1=1"):
    steps, window = steps_of(journey)
    src = "events" if not bounded or start is None else \
        f"(SELECT * FROM events WHERE ts < DATE '{end}' + INTERVAL 1 DAY)"
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE s1 AS
        SELECT customer_id, t0, t0 AS t FROM (
            SELECT e.customer_id, e.ts AS t0, e.channel AS first_channel,
                   row_number() OVER (PARTITION BY e.customer_id ORDER BY e.ts, e.event_id) AS rn
            FROM events e WHERE e.touchpoint_id = '{steps[0]}' AND {per('e.ts', start, end)}) e
        JOIN customers c USING (customer_id) WHERE rn = 1 AND ({cond})""")
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


def ev_count(tps, start=None, end=None, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return count(one(f"SELECT {what} {_ev(tps, start, end, cond)}"))


def ev_avg(tps, col, start=None, end=None, cond="1=1", rel=0.02):
    return num(one(f"SELECT avg({col}) {_ev(tps, start, end, cond)}"), rel=rel)


def ev_share(num_cond, tps, start=None, end=None, cond="1=1"):
    return rate(one(f"SELECT avg(({num_cond})::int) {_ev(tps, start, end, cond)}"))


def ev_top(tps, by, start=None, end=None, cond="1=1", margin=1.2, agg="count(*)", lowest=False):
    rows = q(f"SELECT {by}, {agg} v {_ev(tps, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def ev_top_month(tps, start, end, cond="1=1", margin=1.05):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, count(*) v {_ev(tps, start, end, cond)} GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- orders / money
def _ord(start, end, cond, col="o.ts"):
    return f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE {per(col, start, end)} AND ({cond})"


def ord_count(start, end, cond):
    return count(one(f"SELECT count(*) {_ord(start, end, cond)}"))


def ord_sum(start, end, cond, col="o.amount"):
    return money(one(f"SELECT sum({col}) {_ord(start, end, cond)}"))


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
def exp_rates(kind):
    if kind in ("premium", "premium_paid"):
        paid = "AND o.status = 'paid'" if kind == "premium_paid" else ""
        outcome = f"""EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = x.customer_id AND o.order_type = 'rental'
                     {paid} AND o.insurance_plan = 'premium' AND o.ts >= x.assigned_at
                     AND o.ts <= x.assigned_at + INTERVAL 14 DAY)"""
    else:
        outcome = """EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                     AND e.touchpoint_id = 'tp_booking_confirmed' AND e.ts >= x.assigned_at
                     AND e.ts <= x.assigned_at + INTERVAL 14 DAY)"""
    return q(f"""SELECT x.variant, avg(({outcome})::int) r, count(*) n FROM experiments x
                 WHERE x.experiment_id = 'insurance_default_2025' GROUP BY 1 ORDER BY r DESC""")


def exp_top(kind, margin):
    rows = exp_rates(kind)
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def exp_rate(kind, variant):
    v = {r[0]: r[1] for r in exp_rates(kind)}[variant]
    if kind != "premium":
        return rate(v)
    # premium take-up: a booking with premium cover (any status) or only the paid ones; the tolerance covers both
    w = {r[0]: r[1] for r in exp_rates("premium_paid")}[variant]
    return rate(v, tol=round(max(0.01, abs(v - w) + 0.005), 4))


# ---------------------------------------------------------------- feedback
MARKERS = {
    "calendar_bug": ["日历显示没车", "calendar showed no vans"],
    "young_surcharge": ["年轻司机附加费", "young driver surcharge"],
    "bond_slow": ["押金退得太慢", "bond refund took forever"],
    "roadside_slow": ["救援等了好久", "waited ages for roadside"],
    "dirty_van": ["车里不干净", "van wasn't clean"],
    "heater_broke": ["暖风坏了", "heater stopped working"],
    "insurance_confusing": ["保险条款看不懂", "insurance options were confusing"],
    "new_van": ["车况很新", "was like new"],
    "handover": ["讲解很耐心", "handover was really thorough"],
    "scenery": ["风景绝美", "scenery was unreal"],
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


def topic_share(topic, start, end):
    """share of the feedback rows dated in the period that match a topic; 5 % relative tolerance (text matching)."""
    v = float(one(f"SELECT avg(({marker(topic)})::int) {_fb('1=1', start, end)}"))
    return dict(value=round(v, 4), tolerance=round(max(0.005, v * 0.05), 4))


def fb_top(by, cond, start=None, end=None, margin=1.1):
    rows = q(f"SELECT {by}, count(*) v {_fb(cond, start, end)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def fb_top_month(cond, start=None, end=None, margin=1.1):
    rows = q(f"SELECT strftime(f.ts, '%Y-%m') m, count(*) v {_fb(cond, start, end)} AND f.ts IS NOT NULL "
             f"GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT f.feedback_id {_fb(cond, None, None)} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def nps(start=None, end=None, cond="1=1"):
    return rate(one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) {_fb(cond, start, end)} "
                    f"AND f.nps IS NOT NULL"))


def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def top_customer(by, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, count(*) v FROM customers c WHERE {cond} GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- batch
SEGMENTS = ["family", "couple", "friends", "senior", "backpacker"]
SEG_ZH = {"family": "亲子家庭", "couple": "情侣夫妻", "friends": "结伴自驾", "senior": "银发旅居",
          "backpacker": "年轻背包客"}
REGIONS = ["Urumqi", "Kunming", "Queenstown"]
REGION_ZH = {"Urumqi": "乌鲁木齐", "Kunming": "昆明", "Queenstown": "皇后镇"}
ALL = ("2025-01-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
PAID = "o.status = 'paid'"
URC, KMG, ZQN = "c.region = 'Urumqi'", "c.region = 'Kunming'", "c.region = 'Queenstown'"
RENTAL = "o.order_type = 'rental'"


def gold():
    Q1_26, Q2_26, Q3_25, Q4_25 = quarter(2026, 1), quarter(2026, 2), quarter(2025, 3), quarter(2025, 4)
    MAR26, FEB26, JAN26, MAY26 = month(2026, 3), month(2026, 2), month(2026, 1), month(2026, 5)
    MONTHS = [(2025, m) for m in range(1, 13)] + [(2026, m) for m in range(1, 7)]
    return {
        # ---- online booking funnel
        "ch01": lambda: conv("booking", *Y25, fixed=True),
        "ch02": lambda: biggest_loss("booking", *ALL, margin=1.1),
        "ch03": lambda: step_month_rank("booking", MONTHS, 1, 2, margin=1.4),
        "ch04": lambda: conv("booking", *MAR26, a=1, b=2, fixed=True),
        "ch05": lambda: conv("booking", *FEB26, a=1, b=2, fixed=True),
        "ch06": lambda: conv("booking", *MAR26, "first_channel = 'web'", a=1, b=2, fixed=True),
        "ch07": lambda: ev_count("tp_availability_error", *MAR26),
        "ch09": lambda: conv_rank("booking", *ALL, "c.segment", SEGMENTS, lowest=True, margin=1.8, a=3, b=4,
                                  show=SEG_ZH),
        "ch10": lambda: conv("booking", *ALL, "c.segment = 'backpacker'", a=3, b=4),
        "ch11": lambda: conv("booking", *ALL, "c.segment = 'family'", a=3, b=4),
        "ch12": lambda: conv("booking", *H2_25, ZQN, fixed=True),
        "ch13": lambda: conv_rank("booking", *Y25, "c.region", REGIONS, lowest=True, margin=1.15),
        "ch14": lambda: ev_share("e.check_result = 'pass'", "tp_licence_upload"),
        "ch15": lambda: ev_top("tp_licence_upload", "e.check_result", cond="e.check_result <> 'pass'", margin=1.3),
        "ch16": lambda: ev_count("tp_booking_confirmed", *Y25, "c.acquisition_channel = 'ctrip'", distinct=True),
        # ---- insurance and the A/B test
        "ch17": lambda: exp_top("premium", margin=1.25),
        "ch18": lambda: exp_rate("premium", "control"),
        "ch19": lambda: exp_rate("booking", "control"),
        "ch20": lambda: ord_share("o.insurance_plan = 'premium'", *Y25, RENTAL + " AND " + PAID),
        "ch21": lambda: ord_sum(*Y25, RENTAL + " AND " + PAID + " AND o.region = 'Queenstown'",
                                col="o.insurance_fee_local"),
        # ---- pickup
        "ch23": lambda: conv("pickup", *Q3_25, a=0, b=1, fixed=True),
        "ch24": lambda: ev_avg("tp_handover", "e.wait_minutes", *JAN26, "e.depot_code = 'ZQN-FR'"),
        "ch25": lambda: ev_top("tp_handover", "e.depot", *Y25, agg="avg(e.wait_minutes)", margin=1.15),
        # ---- roadside
        "ch28": lambda: ev_top("tp_roadside_call", "e.issue_zh", cond=URC, margin=1.3),
        "ch29": lambda: ev_top("tp_roadside_call", "e.issue", cond=KMG, margin=1.3),
        "ch30": lambda: ev_top("tp_tech_onsite", "c.region_zh", agg="avg(e.response_minutes)", margin=1.3),
        "ch31": lambda: ev_avg("tp_tech_onsite", "e.response_minutes", *Y25, URC),
        "ch32": lambda: conv("roadside", *ALL, a=0, b=2, fixed=True),
        "ch33": lambda: ord_sum(None, None, "o.order_type = 'callout_fee' AND " + PAID),
        # ---- return and bond
        "ch34": lambda: ev_avg("tp_bond_release", "e.refund_days", *Q2_26),
        "ch35": lambda: ev_avg("tp_bond_release", "e.refund_days", *Q3_25),
        "ch36": lambda: conv("return", *Q1_26, a=0, b=2, fixed=True),
        "ch37": lambda: ev_share("e.refund_days > 7", "tp_bond_release", *H1_26),
        "ch38": lambda: ev_top_month("tp_support", *ALL, "e.support_topic = 'bond_refund'", margin=1.1),
        "ch39": lambda: ev_top("tp_support", "e.support_topic_zh", *H1_26, margin=1.3),
        # ---- damage and claims
        "ch41": lambda: conv("claim", *ALL, fixed=True),
        "ch42": lambda: ev_top("tp_damage_report", "e.damage_type", cond=URC, margin=1.3),
        "ch43": lambda: ord_sum(*Y25, "o.order_type = 'damage_charge' AND " + PAID),
        # ---- money
        "ch44": lambda: ord_sum(*Y25, PAID),
        "ch45": lambda: ord_sum(*Q1_26, PAID + " AND o.region = 'Kunming'"),
        "ch46": lambda: ord_top("o.region", *H1_26, PAID, margin=1.1),
        "ch47": lambda: ev_top_month("tp_drive_off", *Y25, URC, margin=1.1),
        "ch48": lambda: ord_sum(*Y25, PAID + " AND o.region = 'Queenstown'", col="o.amount_local"),
        "ch49": lambda: ord_avg(*Y25, RENTAL + " AND " + PAID),
        "ch50": lambda: ord_top("o.vehicle_model", *Y25, RENTAL + " AND " + PAID, margin=1.1),
        "ch51": lambda: ord_count(*Y25, RENTAL + " AND o.status = 'refunded'"),
        "ch52": lambda: ord_share("o.status = 'refunded'", *Y25, RENTAL + " AND o.status IN ('paid', 'refunded')"),
        "ch53": lambda: ord_sum(*Y25, "o.order_type = 'extras' AND " + PAID),
        # ---- feedback
        "ch55": lambda: fb_count(marker("bond_slow"), *Q2_26),
        "ch56": lambda: fb_count(marker("bond_slow"), *Q4_25),
        "ch57": lambda: topic_share("bond_slow", *Q2_26),
        "ch58": lambda: fb_count(marker("calendar_bug"), *MAR26),
        "ch59": lambda: fb_ids(marker("calendar_bug")),
        "ch60": lambda: fb_top("f.depot_zh", marker("dirty_van"), margin=1.3),
        "ch61": lambda: fb_avg("f.channel = 'trip_review'", start=Y25[0], end=Y25[1]),
        "ch62": lambda: nps(*Y25),
        "ch63": lambda: count(one("SELECT count(*) FROM feedback f WHERE f.ts IS NULL")),
        "ch64": lambda: fb_count(marker("young_surcharge")),
        "ch65": lambda: fb_share("f.rating <= 2", "f.platform = 'ctrip' AND f.rating IS NOT NULL"),
        "ch66": lambda: fb_top("f.touchpoint_id", "f.rating <= 2", *H1_26, margin=1.2),
        "ch68": lambda: fb_avg("f.channel = 'pickup_survey'", start=Y25[0], end=Y25[1]),
        # ---- customers
        "ch69": lambda: cust_count(ZQN),
        "ch70": lambda: cust_count("c.segment = 'backpacker'"),
        "ch72": lambda: top_customer("c.licence_country", ZQN, margin=1.4),
        "ch73": lambda: top_customer("c.acquisition_channel", ZQN, margin=1.2),
        # ---- relative periods
        "ch74": lambda: ev_count("tp_roadside_call", *MAY26),
        "ch75": lambda: ord_sum(*Q1_26, PAID),
        "ch76": lambda: ev_count("tp_booking_confirmed", "2026-03-09", "2026-03-15", distinct=True),
        "ch77": lambda: ev_count("tp_drive_off", *H1_26),
        "ch87": lambda: fb_top_month("f.channel = 'app_review'", *ALL, margin=1.5),
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
