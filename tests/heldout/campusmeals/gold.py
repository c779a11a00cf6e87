"""Gold answers for the 饭点校园 FanDian Campus held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "users" / "用户" / "学生" = customer_id (one app account). Customer attributes (university, region / region_zh,
  segment, tier, acquisition_channel, faculty / 学院) come from customers.csv; an event's or order's device (ios /
  android) and channel (app / mini_program) are its own columns (one customer uses one device and one channel).
  The three universities are JHUT = 江汉理工大学 (region Wuhan / 武汉), QCU = 秦川大学 (Xi'an / 西安) and ULK =
  巴生谷大学 Universiti Lembah Klang (Kuala Lumpur / 吉隆坡).
- events are deduplicated on event_id first (~0.4 % of rows were sent twice with the same event_id; DATA.md loads
  them once).
- funnels follow DATA.md: a customer enters with their first step-1 event in the period and reaches step k with an
  event at step k's touchpoint after reaching step k-1, within the journey window counted from that first step-1
  event (activation 7 d, topup 1 d, preorder 1 d, refund 14 d, complaint 14 d, card_replace 14 d). Rates are per
  customer; the tolerance covers both readings (later steps after the period end allowed or not) unless the
  question fixes one. A step conversion ("paid -> credited") = customers reaching the later step / customers
  reaching the earlier one in the same cohort. "Where do we lose the most" = the step after which the most customers
  never reach the next step (top entity = that step's touchpoint_id).
- event counts are rows dated in the period: installs = tp_app_install, pickups = tp_pickup, complaints =
  tp_complaint_submit (by complaint_category / 投诉类型), lost cards = tp_card_lost; queue time = mean
  tp_pickup.queue_minutes; first-reply time = mean tp_complaint_reply.response_hours of replies dated in the period;
  complaint CSAT = mean tp_complaint_rated.csat.
- money is orders.amount (CNY; ULK orders keep currency MYR and amount_local, 1 MYR = 1.55 CNY) by order date.
  Pre-order sales / 预订餐销售额 = `paid` orders of order_type preorder (refunded and cancelled orders are not money);
  top-up volume / 充值金额 = `paid` orders of order_type topup (automatic top-ups included); a top-up or pre-order
  "count" is the number of such paid orders. Refund rate of pre-orders = refunded / (paid + refunded) preorder
  orders.
- the A/B test auto_topup_prompt_2026: a customer converts when they have a tp_auto_topup_on event within 14 days
  after assigned_at.
- zh top entities are the Chinese twins where the row has one (university_zh, region_zh, 学院 on customers; canteen,
  投诉类型 on events/orders) and en ones the stored English values (university_name, region, faculty, canteen_en,
  complaint_category); a touchpoint is its touchpoint_id, a month 'YYYY-MM', an experiment arm its variant, a device /
  channel / segment / pay method / store its stored value.
- feedback: "all" includes the undated rows (paper comment-box slips); dated questions only count dated rows. Topic
  counts use text markers (checked against _truth/feedback_truth.csv) with a 5 % tolerance; NPS = share 9-10 minus
  share 0-6 (a fraction) within one survey_wave; negative share = rows with rating 1-2 / rows with a rating.
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


def ev_users(tps, start=None, end=None, cond="1=1"):
    return count(one(f"SELECT count(DISTINCT e.customer_id) {_ev(tps, start, end, cond)}"))


def ev_avg(tps, col, start=None, end=None, cond="1=1"):
    return num(one(f"SELECT avg({col}) {_ev(tps, start, end, cond)}"))


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


def ord_top_month(start, end, cond, agg="sum(o.amount)", margin=1.05, lowest=False):
    rows = q(f"SELECT strftime(o.ts, '%Y-%m') m, {agg} v {_ord(start, end, cond)} GROUP BY 1 "
             f"ORDER BY v {'ASC' if lowest else 'DESC'}")
    clear_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- experiment
def exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                  AND e.touchpoint_id = 'tp_auto_topup_on' AND e.ts >= x.assigned_at
                  AND e.ts <= x.assigned_at + INTERVAL 14 DAY))::int) r, count(*) n
                FROM experiments x WHERE x.experiment_id = 'auto_topup_prompt_2026' GROUP BY 1 ORDER BY r DESC""")


def exp_top(margin):
    rows = exp_rates()
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def exp_rate(variant):
    return rate({r[0]: r[1] for r in exp_rates()}[variant])


# ---------------------------------------------------------------- feedback
MARKERS = {"queue": ["排队太久", "queue was too long"], "credit": ["充值没到账", "top-up not credited"],
           "cold": ["饭菜是凉的", "food was cold"], "salty": ["太咸", "too salty"], "hair": ["吃出头发", "found a hair"],
           "portion": ["分量太少", "portion too small"], "tasty": ["很好吃", "really tasty"],
           "fast": ["取餐很快", "quick pickup"], "refund_slow": ["退款太慢", "refund is slow"],
           "card_bind": ["绑不上卡", "can't link my card"], "crash": ["闪退", "app keeps crashing"],
           "rude": ["态度差", "rude staff"]}


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
Y25 = ("2025-01-01", "2025-12-31")          # the data start 2025-02-01
H1_26 = ("2026-01-01", "2026-06-30")
ALL_DATA = ("2025-02-01", "2026-07-31")
AC, TU, PO, RF, CP, CR = "activation", "topup", "preorder", "refund", "complaint", "card_replace"
PAID_TOPUP = "o.order_type = 'topup' AND o.status = 'paid'"
PAID_PRE = "o.order_type = 'preorder' AND o.status = 'paid'"
SEGMENTS = ["freshman", "undergraduate", "postgraduate", "exchange", "staff"]
REGIONS = ["Wuhan", "Xi'an", "Kuala Lumpur"]


def users_or_events(tp, start, end, cond="1=1"):
    """customers with the event; the tolerance also covers counting the events."""
    n = one(f"SELECT count(DISTINCT e.customer_id) {_ev(tp, start, end, cond)}")
    m = one(f"SELECT count(*) {_ev(tp, start, end, cond)}")
    return dict(value=int(n), tolerance=max(0.5, m - n + 0.5))


def never_picked_up(canteen, start, end):
    """per order: meal-ready notices dated in the period without a tp_pickup of the same order_id."""
    return rate(one(f"""SELECT avg((NOT EXISTS (SELECT 1 FROM events p WHERE p.order_id = e.order_id
                           AND p.touchpoint_id = 'tp_pickup'))::int)
                        {_ev('tp_meal_ready', start, end, "e.canteen_id = '" + canteen + "'")}"""))


def topup_local(start, end, uni):
    cond = PAID_TOPUP + f" AND o.university = '{uni}'"
    v = one(f"SELECT sum(o.amount_local) {_ord(start, end, cond)}")
    return money(v)


def gold():
    Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
    NOV, OCT, SEP = month(2025, 11), month(2025, 10), month(2025, 9)
    M25 = [(2025, m) for m in range(2, 13)]
    return {
        # ---- activation
        "cm01": lambda: conv(AC, *SEP),
        "cm02": lambda: biggest_loss(AC, *Y25, margin=1.3),
        "cm03": lambda: conv(AC, *ALL_DATA, "c.segment = 'exchange'"),
        "cm04": lambda: conv(AC, *ALL_DATA, "c.segment = 'freshman'"),
        "cm05": lambda: conv_rank(AC, *ALL_DATA, "c.segment", SEGMENTS, lowest=True, margin=2.0),
        "cm06": lambda: biggest_loss(AC, *ALL_DATA, margin=2.0, cond="c.segment = 'exchange'"),
        "cm07": lambda: ev_count("tp_app_install", *SEP),
        "cm08": lambda: users_or_events("tp_id_verify", *SEP, "c.university = 'QCU'"),
        # ---- top-up
        "cm10": lambda: step_month_rank(TU, M25, 2, 3, margin=1.08),
        "cm11": lambda: conv(TU, *NOV, "c.university = 'QCU'", a=2, b=3),
        "cm12": lambda: conv(TU, *OCT, "c.university = 'QCU'", a=2, b=3),
        "cm13": lambda: conv_rank(TU, *NOV, "c.region", REGIONS, lowest=True, margin=1.2, a=2, b=3),
        "cm14": lambda: ord_sum(*Q1_26, PAID_TOPUP),
        "cm15": lambda: topup_local(*H1_26, "ULK"),
        "cm17": lambda: ev_top("tp_topup_pay_failed", "e.fail_reason", None, None, "c.university = 'ULK'", margin=1.3),
        "cm18": lambda: ord_avg(*Y25, PAID_TOPUP + " AND o.university = 'JHUT'"),
        "cm19": lambda: users_or_events("tp_auto_topup_on", *month(2026, 4)),
        # ---- experiment
        "cm20": lambda: exp_top(margin=2.0),
        "cm21": lambda: exp_rate("control"),
        "cm22": lambda: exp_rate("smart_prompt"),
        # ---- pre-orders
        "cm23": lambda: conv(PO, "2026-03-01", "2026-06-30"),
        "cm24": lambda: biggest_loss(PO, *Y25, margin=2.0),
        "cm25": lambda: ev_avg("tp_pickup", "e.queue_minutes", *month(2026, 5),
                               "e.canteen_id = 'c_wh_east' AND e.meal_period = 'lunch'"),
        "cm26": lambda: ev_avg("tp_pickup", "e.queue_minutes", *month(2025, 5),
                               "e.canteen_id = 'c_wh_east' AND e.meal_period = 'lunch'"),
        "cm27": lambda: ev_top("tp_pickup", "e.canteen", *Q2_26, agg="avg(e.queue_minutes)", margin=2.0),
        "cm28": lambda: ord_top("o.canteen_en", *Y25, PAID_PRE, agg="count(*)", margin=1.3),
        "cm29": lambda: ord_sum(*Y25, PAID_PRE),
        "cm30": lambda: ord_sum(*H1_26, PAID_PRE + " AND o.university = 'QCU'"),
        "cm31": lambda: never_picked_up("c_wh_east", *Q2_26),
        "cm32": lambda: never_picked_up("c_wh_west", *Q2_26),
        "cm33": lambda: ord_top("o.meal_period", None, None, PAID_PRE + " AND o.university = 'ULK'", agg="count(*)",
                                margin=1.5),
        "cm35": lambda: ord_share("o.status = 'refunded'", *Y25,
                                  "o.order_type = 'preorder' AND o.status IN ('paid', 'refunded')"),
        "cm36": lambda: ord_top("o.refund_reason", *H1_26, "o.order_type = 'preorder' AND o.status = 'refunded'",
                                agg="count(*)", margin=2.0),
        "cm38": lambda: conv(RF, *Y25, "c.university = 'ULK'", a=2, b=3),
        "cm39": lambda: conv(RF, *Y25, "c.country = 'China'", a=2, b=3),
        "cm40": lambda: ev_count("tp_refund_request", *Y25),
        "cm41": lambda: ev_avg("tp_refund_credited", "e.refund_days", *H1_26, "c.university = 'ULK'"),
        # ---- complaints
        "cm42": lambda: ev_top("tp_complaint_submit", 'e."投诉类型"', *NOV, margin=2.0),
        "cm43": lambda: ev_top("tp_complaint_submit", "e.complaint_category", *Q2_26, "c.university = 'JHUT'",
                               margin=1.5),
        "cm44": lambda: ev_avg("tp_complaint_reply", "e.response_hours", *NOV, "c.university = 'QCU'"),
        "cm45": lambda: ev_avg("tp_complaint_reply", "e.response_hours", *OCT, "c.university = 'QCU'"),
        "cm46": lambda: ev_count("tp_complaint_submit", *H1_26),
        "cm47": lambda: num(one(f"SELECT avg(e.csat) {_ev('tp_complaint_rated', *H1_26, '1=1')}"), rel=0.015),
        "cm48": lambda: conv(CP, *Y25, b=3),
        # ---- lost cards
        "cm50": lambda: users_or_events("tp_card_lost", *Y25),
        "cm51": lambda: conv(CR, *ALL_DATA, b=2),
        "cm52": lambda: ord_sum(None, None, "o.order_type = 'card_replacement' AND o.status = 'paid'"),
        # ---- feedback
        "cm53": lambda: fb_count(marker("queue"), *Q2_26),
        "cm54": lambda: fb_top_month(marker("queue"), "2026-01-01", "2026-07-31", margin=1.5),
        "cm55": lambda: fb_top_month(marker("credit"), *Y25, margin=2.0),
        "cm56": lambda: fb_count(marker("credit"), *NOV),
        "cm57": lambda: nps("f.survey_wave = '2026-06' AND f.university = 'JHUT'"),
        "cm58": lambda: nps("f.survey_wave = '2026-06' AND f.university = 'QCU'"),
        "cm59": lambda: nps("f.survey_wave = '2025-12'"),
        "cm60": lambda: fb_avg("f.channel = 'in_app_rating'", start=Q2_26[0], end=Q2_26[1]),
        "cm61": lambda: fb_share("f.rating <= 2", "f.channel = 'in_app_rating' AND f.region = 'Wuhan'", *Q2_26),
        "cm62": lambda: count(one("SELECT count(*) FROM feedback f WHERE f.ts IS NULL")),
        "cm63": lambda: fb_top("f.touchpoint_id", "f.channel = 'in_app_rating' AND f.rating <= 2",
                               "2026-01-01", "2026-07-31", margin=1.3),
        "cm64": lambda: fb_ids(marker("refund_slow")),
        "cm65": lambda: fb_count(marker("hair")),
        "cm67": lambda: fb_count(marker("tasty"), *H1_26),
        # ---- customers
        "cm68": lambda: cust_count("c.segment = 'exchange'"),
        "cm69": lambda: top_customer('c."学院"', margin=1.2),
        "cm70": lambda: cust_count("c.region = 'Kuala Lumpur' AND c.tier = 'subsidised'"),
        "cm71": lambda: cust_count("c.auto_topup"),
        # ---- relative periods
        "cm72": lambda: ord_count(*month(2026, 6), PAID_PRE),
        "cm73": lambda: ord_sum(*month(2026, 5), PAID_TOPUP),
        "cm74": lambda: ev_count("tp_complaint_submit", *Q2_26),
        "cm75": lambda: ev_count("tp_pickup", "2026-04-13", "2026-04-19"),
        "cm76": lambda: ev_count("tp_app_install", "2026-01-01", "2026-07-31"),
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
