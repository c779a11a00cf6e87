"""Gold answers for the 小星牙儿童齿科 LittleStar Kids Dental held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "families" / "users" / "customers" / "家长" / "家庭" = customer_id (one parent account per family). Customer
  attributes come from customers.csv: `segment` = the child's age group when the family registered (toddler 0-2,
  preschool 3-5, school_age 6-11, teen 12+), `region` = city (Chengdu / Hangzhou / Hong Kong; `region_zh` 成都 /
  杭州 / 香港), acquisition_channel, tier, home clinic. An event's or order's clinic is its own clinic_id / clinic
  (zh) / clinic_en; device (ios / android) and channel (mini_program / app / store / sms / whatsapp / phone) are
  the event's own columns.
- events are deduplicated on event_id first (~0.3 % of rows were sent twice with the same event_id; DATA.md loads
  them once).
- funnels follow DATA.md: a customer enters with their first step-1 event in the period and reaches step k with an
  event at step k's touchpoint after reaching step k-1, within the journey window counted from that first step-1
  event (first_visit 30 d, treatment 60 d, prevention_package 30 d, recall 30 d, complaint 14 d). Rates are per
  customer; the tolerance covers both readings (later steps after the period end allowed or not) unless the
  question says the window may run past the period end (then only that reading counts). A step conversion
  ("child profile -> booking submitted") = customers reaching the later step / customers reaching the earlier one in
  the same cohort. "Where do we lose the most" = the step after which the most customers never reach the next step
  (top entity = that step's touchpoint_id).
- event counts are rows dated in the period (first checkups = tp_first_exam, recall visits = tp_recall_visit,
  booking errors = tp_booking_error, complaints = tp_complaint_submit by complaint_category / 投诉类型); waiting time =
  mean wait_minutes on tp_first_exam / tp_recall_visit; first-reply time = mean tp_complaint_reply.response_hours of
  replies dated in the period; complaint satisfaction = mean tp_complaint_rated.csat.
- money is orders.amount (CNY for every clinic; Hong Kong orders keep currency HKD and amount_local, 1 HKD = 0.92
  CNY) by order date. Revenue / 收入 / 营收 = `paid` orders (refunded and cancelled orders are not money); by kind
  order_type first_exam (初诊检查费), treatment (治疗费), package (护齿套餐). HKD questions use amount_local. A
  "number of packages sold" = paid package orders.
- the A/B test recall_card_2026: a customer converts when they have a tp_recall_book event within 14 days after
  assigned_at (inclusive).
- zh top entities are the Chinese twins where the row has one (clinic, 投诉类型, 治疗项目, 套餐, region_zh) and en
  ones the stored English values (clinic_en, complaint_category, treatment_type, package_code, region); a touchpoint
  is its touchpoint_id, a month 'YYYY-MM', an experiment arm its variant, a segment / channel / device / pay method
  its stored value.
- feedback: "all" includes the undated rows (paper comment cards); dated questions only count dated rows. Topic
  counts use text markers (checked against _truth/feedback_truth.csv) with a 5 % tolerance; NPS = share 9-10 minus
  share 0-6 (a fraction) of post-visit surveys in the period; negative share = rows with rating 1-2 / rows with a
  rating; average rating over rows with a rating.
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


def conv(journey, start, end, cond="1=1", a=0, b=-1, spill=False):
    """spill=True: the question says the window may run past the period end (only that reading counts)."""
    vals = []
    for bounded in ((False,) if spill else (False, True)):
        c = funnel(journey, start, end, bounded, cond)
        vals.append(c[b] / c[a])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


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


def users_or_events(tp, start, end, cond="1=1"):
    """customers with the event; the tolerance also covers counting the events."""
    n = one(f"SELECT count(DISTINCT e.customer_id) {_ev(tp, start, end, cond)}")
    m = one(f"SELECT count(*) {_ev(tp, start, end, cond)}")
    return dict(value=int(n), tolerance=max(0.5, m - n + 0.5))


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
                  AND e.touchpoint_id = 'tp_recall_book' AND e.ts >= x.assigned_at
                  AND e.ts <= x.assigned_at + INTERVAL 14 DAY))::int) r, count(*) n
                FROM experiments x WHERE x.experiment_id = 'recall_card_2026' GROUP BY 1 ORDER BY r DESC""")


def exp_top(margin):
    rows = exp_rates()
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def exp_rate(variant):
    return rate({r[0]: r[1] for r in exp_rates()}[variant])


# ---------------------------------------------------------------- feedback
MARKERS = {"upsell": ["推销", "upsell"], "wait": ["等太久", "waited too long"],
           "dob_bug": ["出生日期", "date of birth"], "price": ["太贵", "too expensive"],
           "too_young": ["孩子太小", "too young"], "rude": ["前台态度", "front desk was rude"],
           "refund_slow": ["退款很慢", "slow refund"], "crash": ["闪退", "keeps crashing"],
           "filling": ["补的牙掉了", "filling fell out"], "patient": ["很耐心", "so patient"],
           "not_scared": ["不怕", "wasn't scared"], "environment": ["环境", "kid-friendly"],
           "easy_booking": ["预约很方便", "easy to book"]}


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


def nps(cond, start=None, end=None):
    return rate(one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
                    f"WHERE f.nps IS NOT NULL AND ({cond}) AND {per('f.ts', start, end)}"))


def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def top_customer(by, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, count(*) v FROM customers c WHERE {cond} GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- shorthands
FV, TR, PK, RC, CP = "first_visit", "treatment", "prevention_package", "recall", "complaint"
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ALL_DATA = ("2025-01-01", "2026-06-30")
PAID = "o.status = 'paid'"
SEGMENTS = ["toddler", "preschool", "school_age", "teen"]
CITIES = ["Chengdu", "Hangzhou", "Hong Kong"]


def gold():
    NOV, OCT = month(2025, 11), month(2025, 10)
    Q1_26, Q2_26, Q4_25 = quarter(2026, 1), quarter(2026, 2), quarter(2025, 4)
    H1_25 = ("2025-01-01", "2025-06-30")
    M25 = [(2025, m) for m in range(1, 13)]
    PAID_TR = PAID + " AND o.order_type = 'treatment'"
    PAID_PK = PAID + " AND o.order_type = 'package'"
    PAID_FE = PAID + " AND o.order_type = 'first_exam'"
    SURVEY = "f.channel = 'post_visit_survey'"
    return {
        # ---- first checkup booking
        "kd01": lambda: conv(FV, *Q1_26, spill=True),
        "kd02": lambda: biggest_loss(FV, *NOV, margin=1.2),
        "kd03": lambda: step_month_rank(FV, M25, 2, 3, margin=1.2),
        "kd04": lambda: conv(FV, *NOV, "c.first_channel = 'mini_program'", a=2, b=3, spill=True),
        "kd05": lambda: conv(FV, *NOV, "c.first_channel = 'app'", a=2, b=3, spill=True),
        "kd06": lambda: ev_count("tp_booking_error", *NOV),
        "kd07": lambda: ev_top("tp_booking_error", "e.error_code", *NOV, margin=3.0),
        "kd08": lambda: ev_count("tp_first_exam", *Y25),
        "kd09": lambda: ev_count("tp_first_exam", "2025-09-01", "2026-06-30", "e.clinic_id = 'CD-TF'"),
        "kd10": lambda: ord_share("o.status = 'refunded'", *H1_26,
                                  "o.order_type = 'first_exam' AND o.status IN ('paid', 'refunded')"),
        "kd11": lambda: ord_sum(*Y25, PAID_FE),
        "kd12": lambda: ev_top("tp_first_exam", "e.clinic_en", *H1_26, margin=1.15),
        # ---- treatment plans
        "kd13": lambda: conv_rank(TR, *Y25, "c.segment", SEGMENTS, lowest=True, margin=1.5, a=0, b=1),
        "kd14": lambda: conv(TR, *Y25, "c.segment = 'toddler'", a=0, b=1),
        "kd15": lambda: conv(TR, *Y25, "c.segment = 'school_age'", a=0, b=1),
        "kd16": lambda: biggest_loss(TR, *ALL_DATA, margin=2.0, cond="c.segment = 'toddler'"),
        "kd17": lambda: fb_ids(marker("too_young")),
        "kd18": lambda: ord_sum(*H1_26, PAID_TR),
        "kd19": lambda: ord_top('o."治疗项目"', *Y25, PAID_TR, margin=1.5),
        "kd20": lambda: ord_avg(*Y25, PAID_TR + " AND o.region = 'Hong Kong'", col="o.amount_local"),
        "kd21": lambda: conv(TR, *Y25, spill=True),
        # ---- prevention packages
        "kd22": lambda: ord_top("o.package_code", *Y25, PAID_PK, agg="count(*)", margin=1.3),
        "kd23": lambda: ord_count(*H1_26, PAID_PK + " AND o.region = 'Chengdu'"),
        "kd24": lambda: ord_count(*H1_25, PAID_PK + " AND o.region = 'Chengdu'"),
        "kd25": lambda: ord_sum(*Q1_26, PAID_PK),
        "kd26": lambda: biggest_loss(PK, *Y25, margin=1.5),
        "kd27": lambda: conv(PK, *Y25),
        "kd28": lambda: ev_count("tp_pkg_offer", *Q2_26, "e.region = 'Chengdu'"),
        "kd62": lambda: ord_top("o.region", *H1_26, PAID_PK + " AND o.region IN ('Chengdu', 'Hangzhou')",
                                agg="count(*)", margin=1.5),
        # ---- recall
        "kd29": lambda: conv(RC, *Y25),
        "kd30": lambda: conv_rank(RC, *Y25, "c.region", CITIES, lowest=True, margin=1.15, a=0, b=1),
        "kd31": lambda: conv(RC, *Y25, "c.region = 'Hong Kong'", a=0, b=1),
        "kd32": lambda: exp_top(margin=1.15),
        "kd33": lambda: exp_rate("cartoon_card"),
        "kd34": lambda: exp_rate("plain_text"),
        "kd35": lambda: ev_count("tp_recall_visit", *Q2_26, "e.region = 'Hangzhou'"),
        # ---- complaints
        "kd36": lambda: ev_top("tp_complaint_submit", 'e."投诉类型"', *Q2_26, margin=2.0),
        "kd37": lambda: ev_top("tp_complaint_submit", "e.complaint_category", *NOV, margin=2.0),
        "kd38": lambda: ev_avg("tp_complaint_reply", "e.response_hours", *NOV),
        "kd39": lambda: ev_avg("tp_complaint_reply", "e.response_hours", *OCT),
        "kd40": lambda: ev_count("tp_complaint_submit", *Y25),
        "kd41": lambda: conv(CP, *Y25, b=2),
        "kd42": lambda: num(one(f"SELECT avg(e.csat) {_ev('tp_complaint_rated', *H1_26, '1=1')}"), rel=0.015),
        "kd43": lambda: ev_top("tp_complaint_submit", "e.clinic_en", None, None,
                               "e.complaint_category = 'upselling'", margin=1.2),
        # ---- feedback
        "kd44": lambda: fb_count(marker("upsell"), *Q2_26),
        "kd45": lambda: fb_count(marker("upsell"), *Q4_25),
        "kd46": lambda: fb_count(marker("wait")),
        "kd47": lambda: count(one("SELECT count(*) FROM feedback f WHERE f.ts IS NULL")),
        "kd48": lambda: fb_avg(SURVEY, start=H1_26[0], end=H1_26[1]),
        "kd49": lambda: fb_avg(SURVEY + " AND f.region = 'Chengdu'", start=H1_26[0], end=H1_26[1]),
        "kd50": lambda: nps(SURVEY + " AND f.region = 'Chengdu'", *Q2_26),
        "kd51": lambda: nps(SURVEY + " AND f.region = 'Chengdu'", *quarter(2025, 2)),
        "kd52": lambda: fb_share("f.rating <= 2", "f.channel = 'dianping' AND f.rating IS NOT NULL", *H1_26),
        "kd53": lambda: fb_count(marker("dob_bug"), *NOV),
        "kd54": lambda: fb_top("f.touchpoint_id", SURVEY + " AND f.rating <= 2", *H1_26, margin=1.3),
        "kd55": lambda: fb_share("f.language = 'en'", "f.region = 'Hong Kong'"),
        "kd56": lambda: fb_count(marker("not_scared"), *Y25),
        "kd57": lambda: fb_top("f.clinic", marker("patient"), margin=1.1),
        "kd73": lambda: fb_ids(marker("upsell") + " AND f.region = 'Chengdu'"),
        # ---- customers
        "kd58": lambda: cust_count("c.signup_at >= DATE '2025-01-01' AND c.signup_at < DATE '2026-01-01'"),
        "kd59": lambda: top_customer("c.acquisition_channel",
                                     "c.signup_at >= DATE '2025-01-01' AND c.signup_at < DATE '2026-01-01'"),
        "kd60": lambda: cust_count("c.segment = 'toddler'"),
        "kd61": lambda: cust_count("c.tier = 'vip'"),
        "kd69": lambda: top_customer("c.acquisition_channel", "c.region = 'Hong Kong' AND "
                                     "c.signup_at >= DATE '2025-01-01' AND c.signup_at < DATE '2026-01-01'"),
        # ---- relative periods and windows
        "kd63": lambda: ev_count("tp_first_exam", *month(2026, 5)),
        "kd64": lambda: ord_sum(*Q1_26, PAID_TR),
        "kd65": lambda: ev_count("tp_recall_visit", "2026-03-09", "2026-03-15"),
        "kd66": lambda: cust_count("c.signup_at >= DATE '2026-01-01' AND c.signup_at < DATE '2026-07-01'"),
        "kd67": lambda: ev_count("tp_complaint_submit", "2026-04-13", "2026-04-19"),
        "kd68": lambda: conv(FV, "2025-07-01", "2025-08-31", a=4, b=5, spill=True),
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
