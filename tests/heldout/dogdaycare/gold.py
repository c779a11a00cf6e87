"""Gold answers for the 汪乐园 WagPark dog daycare & grooming held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "owners" / "客户" / "用户" = customer_id (one household account with its dog). Customer attributes
  (region / region_zh = city Shanghai 上海, Suzhou 苏州, Vancouver 温哥华; home_branch; segment / segment_zh; breed /
  breed_zh; tier; os; acquisition_channel) come from customers.csv as they stand at the extract (2026-06-30).
  "How many customers" counts every row of customers.csv (the customer list, including people who only visited the
  landing page) unless the question says signed-up or member. One dog per customer, so "dogs" on a trial day or a
  temperament test = customers = events of that step.
- events are deduplicated on event_id first (~0.3 % of rows were sent twice with the same event_id; DATA.md loads
  them once).
- funnels follow DATA.md: a customer enters with their first step-1 event in the period and reaches step k with an
  event at step k's touchpoint after reaching step k-1, within the journey window counted from that first step-1
  event (onboarding 30 d, daycare_day 2 d, grooming 21 d, shuttle 2 d, renewal 14 d, vet_referral 30 d). Rates are per
  customer; the tolerance covers both readings (later steps after the period end allowed or not) unless the question
  states the window, which fixes the DATA.md reading (tolerance 0.01). A step conversion ("booking -> prepayment") =
  customers reaching the later step / customers reaching the earlier one in the same cohort. "Where do we lose the
  most" = the step after which the most customers never reach the next step (top entity = that step's
  touchpoint_id). A cohort month is the month of the step-1 event.
- event counts are rows dated in the period (check-ins = tp_checkin, trial days = tp_trial_day, temperament tests =
  tp_temperament_test incl. retests, vet referrals = tp_vet_referral, door pick-ups = tp_shuttle_pickup, finished
  grooms = tp_groom_done); lateness = mean tp_shuttle_pickup.late_minutes; photos = mean tp_report_card.photos_sent;
  pass rate = tp_temperament_test rows with result 'pass' / all test rows. A city filter uses the customer's region
  (every customer uses their home branch only, so it equals the events' branch).
- money is orders.amount in CNY (the group reporting currency; Vancouver orders are CAD converted at the fixed 5.20)
  by order date, `paid` orders only (refunded and cancelled orders are not money). Revenue = every order_type
  (trial, daycare_package, grooming, shuttle) unless the question names one. 加元 / CAD questions sum amount_local of
  Vancouver's paid orders. Renewal revenue = paid daycare_package orders with is_renewal. Grooming refund rate =
  refunded / (paid + refunded) grooming orders by order date.
- the A/B test live_photo_trial_2025: a customer converts with a tp_package_buy event within 14 days after
  assigned_at (their trial day).
- zh top entities are the Chinese twins where the data has one (region_zh, branch_zh, segment_zh, breed_zh,
  package_name_zh, vet_clinic_zh) and en ones the stored English values; a touchpoint is its touchpoint_id, a month
  'YYYY-MM', an experiment arm its variant, a groomer / fail_reason / health_issue / service / channel its stored
  value.
- feedback: "all" includes the undated rows (public reviews exported without a date); dated questions only count dated
  rows. Topic counts use text markers (checked against _truth/feedback_truth.csv) with a 5 % tolerance; NPS = share
  9-10 minus share 0-6 (a fraction) of post-visit survey answers (the only rows with nps) dated in the period; 1-2
  star share = rows with rating 1-2 / rows with a rating.
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


def ev_count(tps, start=None, end=None, cond="1=1"):
    return count(one(f"SELECT count(*) {_ev(tps, start, end, cond)}"))


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
                  AND e.touchpoint_id = 'tp_package_buy' AND e.ts >= x.assigned_at
                  AND e.ts <= x.assigned_at + INTERVAL 14 DAY))::int) r, count(*) n
                FROM experiments x WHERE x.experiment_id = 'live_photo_trial_2025' GROUP BY 1 ORDER BY r DESC""")


def exp_top(margin):
    rows = exp_rates()
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def exp_rate(variant):
    return rate({r[0]: r[1] for r in exp_rates()}[variant])


# ---------------------------------------------------------------- feedback
MARKERS = {
    "shuttle_late": ["接送迟到", "shuttle was late"],
    "prepay_fail": ["付不了款", "payment wouldn't go through"],
    "temperament_fail": ["测评没通过", "failed the temperament test"],
    "groom_bad": ["剪得太短", "cut too short"],
    "no_photos": ["没收到照片", "didn't get any photos"],
    "price_high": ["太贵了", "too expensive"],
    "kennel_cough": ["犬窝咳", "kennel cough"],
    "staff_love": ["老师很有爱", "staff clearly love the dogs"],
    "happy_tired": ["回家累瘫了", "came home happy and tired"],
    "groom_great": ["剪得很漂亮", "looks gorgeous"],
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


def fb_top_month(cond, start=None, end=None, margin=1.1):
    rows = q(f"SELECT strftime(f.ts, '%Y-%m') m, count(*) v {_fb(cond, start, end)} AND f.ts IS NOT NULL "
             f"GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def fb_top(by, cond, start=None, end=None, margin=1.1):
    rows = q(f"SELECT {by}, count(*) v {_fb(cond, start, end)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY v DESC")
    clear_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT f.feedback_id {_fb(cond, None, None)} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def nps_sql(cond, start=None, end=None):
    return one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) {_fb(cond, start, end)} "
               f"AND f.nps IS NOT NULL")


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
SEGMENTS = ["working_professional", "family", "puppy_parent", "rescue_adopter", "multi_dog"]
SEG_ZH = {"working_professional": "上班族", "family": "有娃家庭", "puppy_parent": "幼犬新手",
          "rescue_adopter": "领养犬家庭", "multi_dog": "多狗家庭"}
CITIES = ["Shanghai", "Suzhou", "Vancouver"]
CITY_ZH = {"Shanghai": "上海", "Suzhou": "苏州", "Vancouver": "温哥华"}
ALL = ("2025-01-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
PAID = "o.status = 'paid'"
SH, SZ, VAN = "c.region = 'Shanghai'", "c.region = 'Suzhou'", "c.region = 'Vancouver'"


def gold():
    Q1_26, Q2_26, Q3_25, Q4_25 = quarter(2026, 1), quarter(2026, 2), quarter(2025, 3), quarter(2025, 4)
    SEP25, AUG25, MAR26, MAY26 = month(2025, 9), month(2025, 8), month(2026, 3), month(2026, 5)
    M25 = [(2025, m) for m in range(1, 13)]
    PREPAY = "o.order_type = 'grooming' AND o.status = 'paid'"
    return {
        # ---- new-dog onboarding / trial days
        "dd01": lambda: conv("onboarding", *Y25, fixed=True),
        "dd02": lambda: biggest_loss("onboarding", *ALL, margin=1.5),
        "dd03": lambda: conv_rank("onboarding", *ALL, "c.segment", SEGMENTS, lowest=True, margin=1.15, a=3, b=4,
                                  show=SEG_ZH),
        "dd04": lambda: conv("onboarding", *ALL, "c.segment = 'rescue_adopter'", a=3, b=4),
        "dd05": lambda: conv("onboarding", *ALL, "c.segment = 'working_professional'", a=3, b=4),
        "dd06": lambda: ev_count("tp_temperament_test", *Y25),
        "dd07": lambda: ev_share("e.result = 'pass'", "tp_temperament_test"),
        "dd08": lambda: ev_count("tp_trial_day", *H2_25, VAN),
        "dd09": lambda: ev_top("tp_trial_form", "c.acquisition_channel", *Y25, margin=1.1),
        "dd10": lambda: conv("onboarding", *Y25, a=4, b=5),
        "dd11": lambda: exp_top(margin=1.15),
        "dd12": lambda: exp_rate("live_photos"),
        # ---- daycare days
        "dd14": lambda: ev_count("tp_checkin", *MAR26, "e.branch_code = 'VAN-RMD'"),
        "dd15": lambda: ev_top("tp_checkin", "e.branch_zh", *Y25, margin=1.15),
        "dd16": lambda: conv("daycare_day", *Q1_26, b=2, fixed=True),
        "dd17": lambda: ev_avg("tp_report_card", "e.photos_sent", *Y25),
        "dd18": lambda: ev_top_month("tp_checkin", *Y25, margin=1.05),
        # ---- grooming
        "dd20": lambda: conv("grooming", *SEP25, a=1, b=2, fixed=True),
        "dd21": lambda: conv("grooming", *AUG25, a=1, b=2, fixed=True),
        "dd22": lambda: step_month_rank("grooming", M25, 1, 2, margin=1.2),
        "dd23": lambda: ev_top("tp_payment_fail", "e.fail_reason", *SEP25, margin=3.0),
        "dd24": lambda: conv("grooming", *SEP25, "c.os = 'android'", a=1, b=2, fixed=True),
        "dd25": lambda: conv("grooming", *SEP25, "c.os = 'ios'", a=1, b=2, fixed=True),
        "dd26": lambda: ord_top("o.service", *Y25, PREPAY, margin=1.2),
        "dd27": lambda: ord_sum(*H1_26, PREPAY + " AND o.region = 'Vancouver'", col="o.amount_local"),
        "dd29": lambda: fb_top("f.groomer", marker("groom_bad"), margin=1.5),
        "dd30": lambda: ord_share("o.status = 'refunded'", *Y25,
                                  "o.order_type = 'grooming' AND o.status IN ('paid', 'refunded')"),
        # ---- shuttle
        "dd32": lambda: ev_avg("tp_shuttle_pickup", "e.late_minutes", *Q2_26, SH),
        "dd33": lambda: ev_avg("tp_shuttle_pickup", "e.late_minutes", *Q3_25, SH),
        "dd34": lambda: ev_count("tp_shuttle_pickup", *H1_26, SZ),
        "dd35": lambda: conv("shuttle", *Y25),
        # ---- renewals
        "dd37": lambda: conv("renewal", *H1_26, VAN, fixed=True),
        "dd38": lambda: conv("renewal", *H2_25, VAN, fixed=True),
        "dd39": lambda: conv_rank("renewal", *H1_26, "c.region", CITIES, lowest=True, margin=1.3, show=CITY_ZH),
        "dd40": lambda: biggest_loss("renewal", *H1_26, margin=1.3, cond=VAN),
        "dd41": lambda: ord_sum(*Y25, "o.order_type = 'daycare_package' AND o.is_renewal AND " + PAID),
        "dd42": lambda: ord_top("o.package_name_zh", *H1_26, "o.order_type = 'daycare_package' AND o.is_renewal AND "
                                + PAID, agg="count(*)", margin=1.15),
        # ---- vet referrals
        "dd43": lambda: ev_top("tp_vet_referral", "e.health_issue", *Y25, margin=1.2),
        "dd44": lambda: ev_count("tp_vet_referral", *Y25),
        "dd45": lambda: conv("vet_referral", *ALL, fixed=True),
        "dd46": lambda: ev_top("tp_vet_referral", "e.vet_clinic_zh", margin=1.2),
        # ---- money
        "dd47": lambda: ord_sum(*Y25, PAID),
        "dd48": lambda: ord_sum(*Q1_26, PAID + " AND o.region = 'Suzhou'"),
        "dd49": lambda: ord_top("o.region", *H1_26, PAID, margin=1.3),
        "dd50": lambda: ord_top_month(*Y25, PAID, margin=1.08),
        "dd51": lambda: ord_count(*Y25, "o.order_type = 'daycare_package' AND " + PAID),
        "dd52": lambda: ord_sum(*Y25, PAID + " AND o.region = 'Vancouver'", col="o.amount_local"),
        # ---- feedback
        "dd54": lambda: fb_count(marker("shuttle_late"), *Q2_26),
        "dd55": lambda: fb_count(marker("shuttle_late"), *Q4_25),
        "dd56": lambda: topic_share("shuttle_late", *Q2_26),
        "dd58": lambda: nps(*Y25),
        "dd59": lambda: nps_rank("c.region", CITIES, lowest=True, gap=0.15, start=H1_26[0], end=H1_26[1],
                                 show=CITY_ZH),
        "dd60": lambda: fb_avg("f.channel = 'grooming_review'", start=Y25[0], end=Y25[1]),
        "dd61": lambda: fb_count(marker("prepay_fail"), *SEP25),
        "dd62": lambda: fb_ids(marker("prepay_fail") + " AND " + per("f.ts", *SEP25)),
        "dd63": lambda: count(one("SELECT count(*) FROM feedback f WHERE f.ts IS NULL")),
        "dd64": lambda: fb_count(marker("kennel_cough")),
        "dd65": lambda: fb_share("f.rating <= 2", "f.platform = 'dianping' AND f.rating IS NOT NULL"),
        "dd66": lambda: fb_top("f.touchpoint_id", "f.rating <= 2", *Q2_26, margin=1.3),
        "dd67": lambda: dict(top_entity=SEG_ZH[fb_top("c.segment", marker("temperament_fail"),
                                                      margin=1.5)["top_entity"]]),
        "dd68": lambda: fb_count(marker("price_high") + " AND f.region = 'Vancouver'", *H1_26),
        # ---- customers
        "dd69": lambda: cust_count(VAN),
        "dd70": lambda: cust_count("c.segment = 'rescue_adopter'"),
        "dd71": lambda: cust_count("c.tier = 'gold'"),
        "dd72": lambda: top_customer("c.breed", SH, margin=1.4),
        "dd73": lambda: top_customer("c.breed_zh", VAN, margin=1.3),
        # ---- relative periods
        "dd74": lambda: ev_count("tp_groom_done", *MAY26),
        "dd75": lambda: ord_sum(*Q1_26, PAID),
        "dd76": lambda: ev_count("tp_checkin", "2026-05-11", "2026-05-17"),
        "dd77": lambda: ev_count("tp_trial_day", *H1_26),
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
