"""Gold answers for the 泡泡转 BubbleSpin laundromat held-out batch, from plain DuckDB SQL over the raw CSVs written
by generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "users" / "用户" / "顾客" / "人" = customer_id (one app account). Customer attributes (segment / segment_zh, region
  / region_zh = city, country, home store, tier, acquisition_channel, plan_status) come from customers.csv. An event's
  or order's store (store_id / store / store_en, ownership company|franchise, franchisee / franchisee_en) is its own
  column (the store where the machine stands; delivery orders carry the customer's home store). "加盟店 / franchise
  stores" = ownership 'franchise'; "直营店 / company-run stores" = ownership 'company'. Cities: Guangzhou 广州, Wuhan
  武汉, Kuala Lumpur 吉隆坡 (the event / order `city` column = the customer's region).
- events are deduplicated on event_id first (~0.33 % of rows were sent twice with the same event_id; DATA.md loads
  them once).
- funnels follow DATA.md: a customer enters with their first step-1 event in the period and reaches step k with an
  event at step k's touchpoint after reaching step k-1, within the journey window counted from that first step-1
  event (onboarding 14 d, self_wash 1 d, wallet_topup 1 d, pickup_delivery 7 d, monthly_plan 3 d, fault_repair 7 d).
  Rates are per customer; the tolerance covers both readings (later steps after the period end allowed or not)
  unless the question fixes one. A step conversion ("paid -> machine started") = customers reaching the later step /
  customers reaching the earlier one in the same cohort. "Where do we lose the most" = the step after which the most
  customers never reach the next step (top entity = that step's touchpoint_id). A segment/city condition on a funnel
  is the customer's attribute (customers.csv).
- event counts are rows dated in the period: sign-ups = tp_app_register, start failures = tp_machine_start_failed
  (by fail_reason), fault reports = tp_fault_report (by fault_type / fault_type_zh, store, ownership, franchisee),
  deliveries = tp_delivered, plan cancellations = tp_plan_cancel (by cancel_reason). Refund time = mean
  tp_cycle_refund.refund_hours; repair time = mean tp_fault_fixed.repair_hours (report -> fixed), by the date of the
  fix; delivery turnaround = mean tp_delivered.turnaround_hours.
- money is orders.amount (CNY; Kuala Lumpur orders keep currency MYR and amount_local, 1 MYR = 1.55 CNY) by order
  date. Only `paid` orders are money (refunded and cancelled orders are not). Self-service / 自助洗衣 spend =
  order_type self_service (washer and dryer cycles); top-up volume / 充值 = order_type topup (the bonus credit is not
  money); pickup & delivery / 上门洗 = order_type delivery (incl. the delivery fee); plan revenue / 月卡 = order_type
  plan (new + renew). Orders counts: "washes / cycles" = paid self_service orders. MYR / ringgit questions use
  amount_local of the Kuala Lumpur orders. Refunded delivery orders = status refunded, by order date.
- an A/B arm = experiments.variant; its outcome = a tp_topup_success within 7 days after assigned_at.
- top entities: zh questions use the Chinese twin where one exists (store, segment_zh, fault_type_zh,
  franchisee), en ones the stored English values (store_en, segment, fault_type, franchisee_en, service_type,
  cancel_reason, fail_reason); a touchpoint is its touchpoint_id, a month 'YYYY-MM', a city the stored region.
- feedback: "all" includes the undated rows (paper comment cards); dated questions only count dated rows. Topic
  counts use text markers (checked against _truth/feedback_truth.csv) with a 5 % tolerance; NPS = share 9-10 minus
  share 0-6 (a fraction) within one survey_wave; negative share = rows with rating 1-2 / rows with a rating; a
  feedback row's city / store are its own columns.
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


def sql_str(v: str) -> str:
    return str(v).replace("'", "''")


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


def num(v, rel=0.02, floor=0.05):
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


def conv(journey, start, end, cond="1=1", a=0, b=-1):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded, cond)
        vals.append(c[b] / c[a])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def reached(journey, start, end, k, cond="1=1"):
    """customers reaching step k (1-based); both readings must agree within the tolerance."""
    a, b = (funnel(journey, start, end, bounded, cond)[k - 1] for bounded in (False, True))
    return dict(value=int(a), tolerance=max(0.5, abs(a - b) + 0.5))


def conv_rank(journey, start, end, col, values, lowest, margin, a=0, b=-1, cond="1=1"):
    tops = set()
    for bounded in (False, True):
        rows = []
        for v in values:
            c = funnel(journey, start, end, bounded, f"{col} = '{sql_str(v)}' AND ({cond})")
            rows.append((v, c[b] / c[a]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        clear_lead(rows, margin, lowest)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


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


def users_or_events(tp, start, end, cond="1=1"):
    """customers with the event; the tolerance also covers counting the events."""
    n = one(f"SELECT count(DISTINCT e.customer_id) {_ev(tp, start, end, cond)}")
    m = one(f"SELECT count(*) {_ev(tp, start, end, cond)}")
    return dict(value=int(n), tolerance=max(0.5, m - n + 0.5))


# ---------------------------------------------------------------- orders / money
def _ord(start, end, cond):
    return f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE {per('o.ts', start, end)} AND ({cond})"


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


# ---------------------------------------------------------------- experiment
def exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                  AND e.touchpoint_id = 'tp_topup_success' AND e.ts >= x.assigned_at
                  AND e.ts <= x.assigned_at + INTERVAL 7 DAY))::int) r, count(*) n
                FROM experiments x WHERE x.experiment_id = 'topup_bonus_2026' GROUP BY 1 ORDER BY r DESC""")


def exp_top(margin):
    rows = exp_rates()
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def exp_rate(variant):
    return rate({r[0]: r[1] for r in exp_rates()}[variant])


# ---------------------------------------------------------------- feedback
MARKERS = {"dryer": ["烘不干", "dryer didn't dry"], "start_fail": ["付了钱机器没启动", "paid but the machine didn't start"],
           "refund_slow": ["退款还没到钱包", "refund hasn't reached my wallet"], "smell": ["衣服有异味", "clothes smell musty"],
           "busy": ["机器总是被占", "machines always taken"], "lost_item": ["少了一件", "an item was missing"],
           "late": ["送回来太晚", "delivery was late"], "dc_damage": ["干洗洗坏了", "dry cleaning damaged"],
           "fee": ["运费太贵", "delivery fee too high"], "crash": ["闪退", "app keeps crashing"],
           "clean": ["洗得很干净", "very clean wash"], "courier": ["小哥很准时", "courier was on time"]}


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


def fb_top(by, cond, start=None, end=None, margin=1.1, agg="count(*)", lowest=False, min_n=1):
    rows = q(f"SELECT {by}, {agg} v FROM feedback f WHERE ({cond}) AND {per('f.ts', start, end)} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5
    return dict(citations_from=ids)


def nps(cond):
    return rate(one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
                    f"WHERE f.nps IS NOT NULL AND {cond}"))


def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def top_customer(by, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, count(*) v FROM customers c WHERE {cond} GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- shorthands
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
ALL_DATA = ("2025-01-01", "2026-06-30")
OB, SW, TU, PD, MP, FR = "onboarding", "self_wash", "wallet_topup", "pickup_delivery", "monthly_plan", "fault_repair"
PAID_SS = "o.order_type = 'self_service' AND o.status = 'paid'"
PAID_TU = "o.order_type = 'topup' AND o.status = 'paid'"
PAID_DL = "o.order_type = 'delivery' AND o.status = 'paid'"
PAID_PL = "o.order_type = 'plan' AND o.status = 'paid'"
SEGMENTS = ["student", "family", "young_professional", "small_business"]
CITY = ["Guangzhou", "Wuhan", "Kuala Lumpur"]


def reached_or_users(journey, start, end, k, tp, cond):
    """customers reaching step k of the journey; the tolerance also covers counting every customer with the step's
    event in the period."""
    r = reached(journey, start, end, k, cond)
    n = one(f"SELECT count(DISTINCT e.customer_id) {_ev(tp, start, end, cond)}")
    r["tolerance"] = max(r["tolerance"], abs(n - r["value"]) + 0.5)
    return r


def extra_dry_share(start, end):
    """paid dryer cycles at Guangzhou franchise stores that were the 15-minute extra dry."""
    return ord_share("o.program = 'extra_dry'", start, end,
                     PAID_SS + " AND o.machine_type = 'dryer' AND o.ownership = 'franchise' AND o.city = 'Guangzhou'")


def gold():
    Q1_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 1), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
    MAR26, FEB26, SEP25 = month(2026, 3), month(2026, 2), month(2025, 9)
    M12 = [(2025, m) for m in range(7, 13)] + [(2026, m) for m in range(1, 7)]
    WH, GZ, KL = "c.region = 'Wuhan'", "c.region = 'Guangzhou'", "c.region = 'Kuala Lumpur'"
    return {
        # ---- onboarding
        "lm01": lambda: conv(OB, *SEP25),
        "lm02": lambda: biggest_loss(OB, *Y25, margin=1.2),
        "lm03": lambda: ev_count("tp_app_register", *MAR26),
        "lm04": lambda: reached_or_users(OB, *Q1_26, 2, "tp_phone_verify", WH),
        # ---- self-service wash / Wuhan firmware
        "lm05": lambda: conv(SW, *MAR26, WH, a=2, b=3),
        "lm06": lambda: conv(SW, *FEB26, WH, a=2, b=3),
        "lm07": lambda: step_month_rank(SW, M12, 2, 3, margin=1.05),
        "lm08": lambda: ev_top("tp_machine_start_failed", "e.fail_reason", *MAR26, WH, margin=3.0),
        "lm09": lambda: ev_count("tp_machine_start_failed", *MAR26, WH),
        "lm10": lambda: ev_avg("tp_cycle_refund", "e.refund_hours", *MAR26, WH),
        "lm11": lambda: ev_avg("tp_cycle_refund", "e.refund_hours", *MAR26, GZ, rel=0.05),
        "lm12": lambda: ord_top("o.store_en", *Q4_25, PAID_SS, agg="count(*)", margin=1.1),
        "lm13": lambda: ord_sum(*Y25, PAID_SS),
        "lm14": lambda: ord_avg(*H1_26, PAID_SS + " AND o.city = 'Kuala Lumpur'", col="o.amount_local"),
        "lm15": lambda: extra_dry_share(*Q2_26),
        "lm16": lambda: extra_dry_share(*Q1_25),
        "lm17": lambda: ev_count("tp_machine_start_failed", "2026-03-09", "2026-03-15", "e.city = 'Wuhan'"),
        # ---- wallet top-ups and the A/B test
        "lm18": lambda: ord_sum(*H1_26, PAID_TU),
        "lm19": lambda: ev_top("tp_topup_failed", "e.fail_reason", None, None, KL, margin=2.0),
        "lm20": lambda: conv(TU, *Y25, KL, a=2, b=3),
        "lm21": lambda: conv(TU, *Y25, GZ, a=2, b=3),
        "lm23": lambda: exp_top(margin=1.3),
        "lm24": lambda: exp_rate("control"),
        "lm25": lambda: exp_rate("bonus_15"),
        # ---- pickup & delivery
        "lm26": lambda: conv(PD, *ALL_DATA, "c.segment = 'student'", a=2, b=3),
        "lm27": lambda: conv(PD, *ALL_DATA, "c.segment = 'family'", a=2, b=3),
        "lm28": lambda: conv_rank(PD, *ALL_DATA, "c.segment", SEGMENTS, lowest=True, margin=1.5),
        "lm29": lambda: biggest_loss(PD, *H1_26, margin=1.5),
        "lm30": lambda: ord_sum(*H1_26, PAID_DL),
        "lm31": lambda: ord_top("o.service_type", *Y25, PAID_DL, agg="count(*)", margin=1.5),
        "lm32": lambda: ord_avg(*Y25, PAID_DL + " AND o.service_type = 'dry_clean'"),
        "lm33": lambda: ord_count(*Y25, "o.order_type = 'delivery' AND o.status = 'refunded'"),
        "lm34": lambda: ev_top("tp_delivered", "e.courier_partner", None, None, KL, agg="avg(e.turnaround_hours)",
                               margin=1.1),
        "lm35": lambda: ev_count("tp_delivered", *Q1_26, GZ),
        # ---- monthly plans
        "lm36": lambda: ev_top("tp_plan_cancel", "e.cancel_reason", *H1_26, "e.plan_code LIKE 'family%'", margin=2.0),
        "lm37": lambda: conv(MP, *Y25),
        "lm38": lambda: conv(MP, *H1_26),
        "lm39": lambda: ord_count(*SEP25, PAID_PL + " AND o.plan_action = 'new'"),
        "lm40": lambda: ord_sum(*Q2_26, PAID_PL),
        "lm41": lambda: ord_count(*H1_26, PAID_PL + " AND o.plan_action = 'renew' AND o.plan_code = 'family_monthly'"),
        # ---- faults
        "lm42": lambda: ev_count("tp_fault_report", *Y25),
        "lm43": lambda: ev_top("tp_fault_report", "e.city", *MAR26, margin=2.0),
        "lm44": lambda: ev_avg("tp_fault_fixed", "e.repair_hours", None, None, "e.ownership = 'franchise'"),
        "lm45": lambda: ev_avg("tp_fault_fixed", "e.repair_hours", None, None, "e.ownership = 'company'"),
        "lm46": lambda: ev_top("tp_fault_fixed", "e.franchisee_en", None, None, "e.ownership = 'franchise'",
                               agg="avg(e.repair_hours)", margin=1.2),
        "lm47": lambda: ev_top("tp_fault_report", "e.fault_type_zh", *H1_26, "e.city = 'Guangzhou'", margin=1.2),
        "lm48": lambda: conv(FR, *Y25, b=3),
        # ---- feedback
        "lm49": lambda: fb_count(marker("dryer"), *Q2_26),
        "lm50": lambda: fb_count(marker("dryer"), *Q1_25),
        "lm51": lambda: fb_count(marker("dryer"), *Q4_25),
        "lm52": lambda: fb_avg("f.channel = 'in_app_rating' AND f.ownership = 'franchise' AND f.city = 'Guangzhou'",
                               start=Q2_26[0], end=Q2_26[1]),
        "lm53": lambda: fb_count(marker("start_fail") + " AND f.city = 'Wuhan'", *MAR26),
        "lm54": lambda: fb_share("f.rating <= 2", "f.channel = 'in_app_rating'", *Y25),
        "lm55": lambda: nps("f.survey_wave = '2026-06' AND f.city = 'Guangzhou'"),
        "lm56": lambda: nps("f.survey_wave = '2026-06' AND f.city = 'Kuala Lumpur'"),
        "lm57": lambda: fb_count(marker("fee")),
        "lm58": lambda: count(one("SELECT count(*) FROM feedback f WHERE f.ts IS NULL")),
        "lm59": lambda: fb_ids(marker("refund_slow")),
        "lm60": lambda: fb_share("f.language = 'en'", "f.city = 'Kuala Lumpur'"),
        "lm61": lambda: fb_top("f.city", "f.channel = 'in_app_rating' AND f.rating <= 2", *MAR26, margin=2.0),
        "lm62": lambda: nps("f.survey_wave = '2025-12'"),
        # ---- customers
        "lm63": lambda: cust_count("c.segment = 'student'"),
        "lm64": lambda: top_customer("c.acquisition_channel", KL, margin=1.2),
        "lm65": lambda: cust_count("c.plan_status = 'active'"),
        "lm66": lambda: cust_count("c.home_store_ownership = 'franchise'"),
        # ---- relative periods
        "lm67": lambda: ord_count(*month(2026, 6), PAID_SS),
        "lm68": lambda: ord_sum(*Q2_26, PAID_TU),
        "lm69": lambda: ev_count("tp_fault_report", "2026-06-08", "2026-06-14"),
        "lm70": lambda: ev_count("tp_app_register", "2026-01-01", "2026-06-30"),
        "lm71": lambda: ord_count(*H2_25, PAID_DL),
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
        assert it["lang"] in ("zh", "en"), it["id"]
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
        print(it["id"], it["lang"], it["question"][:70].replace("\n", " "), shown)
    langs = [it["lang"] for it in items]
    stats = [it["expect"]["status"] for it in items]
    print("status-only ok:", status_only)
    print(f"{len(items)} items: zh {langs.count('zh')} / en {langs.count('en')}; ok {stats.count('ok')}, "
          f"unsupported {stats.count('unsupported')}, clarify {stats.count('clarify')}; "
          f"follow-ups {sum('follow_up_of' in it for it in items)}; as_of {sum('as_of' in it for it in items)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
        print("written", batch)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
