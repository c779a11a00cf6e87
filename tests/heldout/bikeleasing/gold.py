"""Gold answers for the 骑享福利 RidePerk employee e-bike leasing held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1, within
  the journey window from their first step-1 event in the period (portal_apply 14 d, lease_onboarding 60 d,
  employer_onboarding 150 d, lease_end 60 d); rates are per customer (people); the tolerance covers both readings
  (later steps allowed after the period end, or not). Any event at a touchpoint counts as reaching it (a rejected HR
  decision reaches tp_employer_approval; a failed face check reaches tp_esign). "Where do we lose the most" = the
  step whose next step is not reached by the most people (the loss between step k and k+1 is attributed to step k).
  A funnel split by application channel filters on the `channel` of the person's first step-1 event;
- "employees" = customers with account_type = 'employee' (customers.csv also holds the employer accounts, E001…, with
  account_type = 'employer'); "employers" = those accounts (one per company). An application = one `session_id`
  (A00123), a lease = one lease order (order_id = lease_id L00123, the same number);
- times between steps are per application: first B ts − first A ts, period by the time of A, median unless asked
  otherwise (days or hours as the question says; the tolerance also covers calendar-day counting). Delivery time =
  tp_esign `signed` → tp_shop_delivery; HR approval time = tp_apply → the tp_employer_approval decision (approved,
  rejected or expired); pickup wait = tp_shop_delivery → tp_pickup; shop wait = `wait_days` of tp_service_visit;
- event-level shares count events in the period: HR approval rate = `approved` / all tp_employer_approval decisions;
  deduction failure rate = tp_salary_deduction `failed` / all tp_salary_deduction rows (by deduction time); amounts
  deducted = `deduction_amount` of `deducted` rows; e-sign completion = people with a `signed` tp_esign event / people
  with any tp_esign event (by their first tp_esign event);
- money = `amount` of orders with status `paid` by order ts. Lease orders (order_type lease): ts = pickup (lease
  start) when paid, cancellation time when cancelled, signing time when still pending; "leases started" = paid lease
  orders; amount = contract bike value (bike price + accessories). Buyouts, damage fees (refunded ones excluded) and
  leaver settlements are their own order types. Cancel share = cancelled / lease orders signed in the period
  (`contract_signed_at`). Amounts in CNY;
- customers: attributes as stored at the end of the data (2026-07-31); employee sign-ups by `signup_at`;
- experiment lease_end_offer_test: buyout rate of a variant = share of its assigned employees with a tp_buyout event
  (any time up to the end of the data);
- zh top entities are the Chinese twins (企业, 门店, 城市, 品牌, 车型类别, 拒绝原因, 失败原因, 取消原因, 薪资系统, 咨询类型,
  服务类型, 获客渠道, 职级), en ones the English / raw values (employer_en, shop_en, city, brand, bike_type,
  reject_reason, fail_reason, cancel_reason, payroll_system, contact_topic, service_type, acquisition_channel,
  job_grade) or touchpoint_id / variant / event channel;
- feedback: "all data" includes rows without ts; a dated question only counts dated rows; topic counts by text
  markers with a 5 % tolerance (checked to agree exactly with the generator's truth file); NPS = share 9-10 − share
  0-6 of the rows with an nps; ratings are averaged over rows with a rating;
- periods are inclusive calendar periods (Beijing time as stored); weeks run Monday-Sunday.
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "experiments"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true, "
                "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1)")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def _assert_lead(rows, margin, lowest=False):
    """the winner must clearly beat the runner-up (ratio `margin`)."""
    a, b = rows[0][1], rows[1][1]
    if lowest:
        assert b > a * margin, rows[:3]
    else:
        assert a > b * margin, rows[:3]


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    """cond filters the step-1 people; it may use c.* (customer) and f.* (their first step-1 event)."""
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id, channel FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS
                    SELECT f.customer_id, f.ts AS t1, f.ts AS t FROM (
                        SELECT e.*, row_number() OVER (PARTITION BY e.customer_id ORDER BY e.ts) rn FROM fev e
                        WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}) f
                    LEFT JOIN customers c USING (customer_id) WHERE f.rn = 1 AND ({cond})""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", upto=None):
    """people reaching the last step (or step `upto`) / people at step 1."""
    vals = []
    for b in (False, True):
        c = funnel(journey, start, end, bounded=b, cond=cond)
        vals.append((c[upto - 1] if upto else c[-1]) / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=50, upto=None):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM events f LEFT JOIN customers c USING (customer_id) "
                              f"WHERE {by} IS NOT NULL AND f.touchpoint_id = (SELECT touchpoint_id FROM journeys "
                              f"WHERE journey_id = '{journey}' AND step = 1)")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, (c[upto - 1] if upto else c[-1]) / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        _assert_lead(rows, margin, lowest)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per application (session) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})) WHERE rn = 1)"""


def _gap(a, b, start, end, cond):
    return f"""FROM {_first(*a)} a JOIN {_first(*b)} b USING (session_id)
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def _tp(x):
    return (x,) if isinstance(x, str) else x


def step_time(a, b, start, end, cond="1=1", unit="days"):
    a, b = _tp(a), _tp(b)
    v = one(f"SELECT median(epoch(b.t - a.t) / 86400.0) {_gap(a, b, start, end, cond)}")
    if unit == "hours":
        v *= 24
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.05), 2))
    w = one(f"SELECT median(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a, b, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def top_step_time(a, b, by, start, end, margin=1.5, min_n=20):
    a, b = _tp(a), _tp(b)
    rows = q(f"SELECT a.{by}, median(epoch(b.t - a.t)) v, count(*) n {_gap(a, b, start, end, '1=1')} "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC")
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def _ev(tp, start, end, cond):
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) {_ev(tp, start, end, cond)}"), tolerance=0.5)


def events_people(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(DISTINCT e.customer_id) {_ev(tp, start, end, cond)}"), tolerance=0.5)


def events_agg(tp, col, start, end, cond="1=1", agg="avg"):
    v = float(one(f"SELECT {agg}({col}) {_ev(tp, start, end, cond)} AND {col} IS NOT NULL"))
    return dict(value=round(v, 3), tolerance=round(max(0.05, abs(v) * 0.01), 3))


def events_sum(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.002), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) {_ev(tp, *a, cond)}")
    y = one(f"SELECT count(*) {_ev(tp, *b, cond)}")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"), 4), tolerance=0.01)


def people_share(tp, num_action, start, end, cond="1=1"):
    """people with a `num_action` event at tp / people with any event at tp (by their first event in the period)."""
    v = one(f"""SELECT avg((e.customer_id IN (SELECT customer_id FROM events WHERE touchpoint_id = '{tp}'
                AND action = '{num_action}'))::int) FROM (SELECT customer_id, min(ts) ts, arg_min(channel, ts) channel
                FROM events WHERE touchpoint_id = '{tp}' GROUP BY 1) e WHERE {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=20):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC")
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2, lowest=False):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"ORDER BY n {'ASC' if lowest else 'DESC'}")
    _assert_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_events_agg(tp, col, by, start, end, cond="1=1", agg="median", margin=1.5, min_n=20):
    rows = q(f"SELECT {by}, {agg}({col}) v, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC")
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.002), 2))


def _ord(start, end, cond, col="o.ts"):
    return f"FROM orders o WHERE {_in(col, start, end)} AND ({cond})"


LEASE = "o.order_type = 'lease'"
PAID = "o.status = 'paid'"
STARTED = f"{LEASE} AND {PAID}"


def orders_sum(start, end, cond):
    return _money(one(f"SELECT sum(o.amount) {_ord(start, end, f'{PAID} AND ({cond})')}"))


def orders_count(start, end, cond):
    return dict(value=one(f"SELECT count(*) {_ord(start, end, cond)}"), tolerance=0.5)


def orders_avg(start, end, cond):
    v = float(one(f"SELECT avg(o.amount) {_ord(start, end, f'{PAID} AND ({cond})')}"))
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.005), 2))


def orders_change(a, b, cond, agg="count(*)"):
    x = one(f"SELECT {agg} {_ord(*a, cond)}")
    y = one(f"SELECT {agg} {_ord(*b, cond)}")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def orders_share(num, start, end, cond="1=1", col="o.ts"):
    v = one(f"SELECT avg(({num})::int) {_ord(start, end, cond, col)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(by, start, end, cond, margin=1.1, agg="count(*)", col="o.ts"):
    rows = q(f"SELECT {by}, {agg} n {_ord(start, end, cond, col)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- customers / experiment ----------

EMP = "c.account_type = 'employee'"
EMPLOYER = "c.account_type = 'employer'"


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond, margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def _exp():
    return """SELECT x.variant, avg((x.customer_id IN (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_buyout'))
              ::int) r, count(*) n FROM experiments x GROUP BY 1 ORDER BY r DESC"""


def exp_best(margin=1.1):
    rows = q(_exp())
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def exp_rate(variant):
    return dict(value=round([r[1] for r in q(_exp()) if r[0] == variant][0], 4), tolerance=0.01)


# ---------- feedback ----------

def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topic):
    """the text markers must agree exactly with the generator's truth."""
    extra = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
                f"AND coalesce(truth.topics, '') <> '{topic}'")
    missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                 f"WHERE coalesce(truth.topics, '') = '{topic}' AND NOT ({cond})")
    assert extra == 0 and missed == 0, (topic, extra, missed)


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def employer_contract_rank(margin=1.2, min_n=15):
    """share of demo'd employers (by lead source = the employer account's acquisition_channel) reaching step 2
    (tp_employer_contract) of employer_onboarding (DATA.md funnel, all data); lowest first."""
    return rank_conv("employer_onboarding", *ALL, by="c.acquisition_channel", margin=margin, lowest=True, min_n=min_n, upto=2)


# ---------- periods, steps, markers ----------

ALL = ("2023-07-01", "2026-07-31")
Y24, Y25 = ("2024-01-01", "2024-12-31"), ("2025-01-01", "2025-12-31")
H2_25, H1_26 = ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q1_25, Q2_25, Q1_26, Q2_26 = quarter(2025, 1), quarter(2025, 2), quarter(2026, 1), quarter(2026, 2)
JUL25, AUG25, FEB26, MAR26, MAY26 = month(2025, 7), month(2025, 8), month(2026, 2), month(2026, 3), month(2026, 5)
(DEMO, CONTRACT, LAUNCH, PAGE, CONFIG, APPLY, APPROVAL, ESIGN, DELIVERY, PICKUP, DEDUCT, SERVICE, CLAIM, SUPPORT, LEAVER,
 OFFER, BUYOUT, RETURN) = (
    "tp_employer_demo", "tp_employer_contract", "tp_employer_launch", "tp_benefit_page", "tp_bike_config", "tp_apply",
    "tp_employer_approval", "tp_esign", "tp_shop_delivery", "tp_pickup", "tp_salary_deduction", "tp_service_visit",
    "tp_claim", "tp_support", "tp_early_termination", "tp_lease_end_offer", "tp_buyout", "tp_return")
SIGNED = (ESIGN, "action = 'signed'")
FAILED = "e.action = 'failed'"
SURVEY = "f.channel = 'survey'"
APPREV = "f.channel = 'app_review'"
DELAY_T = _like("f.text", ["到货", "delay"])
SHOP_T = _like("f.text", ["修车", "repair"])
FACE_T = _like("f.text", ["人脸", "face"])
DEDUCT_T = _like("f.text", ["扣", "deduct"])
RETURN_T = _like("f.text", ["定损", "damage"])
APPROVAL_T = _like("f.text", ["审批", "approv"])
INVOICE_T = _like("f.text", ["发票", "invoice"])
CRASH_T = _like("f.text", ["闪退", "crash"])
TOPICS = ((DELAY_T, "delivery_delay"), (SHOP_T, "shop_service"), (FACE_T, "esign_face"), (DEDUCT_T, "deduction_error"),
          (RETURN_T, "return_fee"), (APPROVAL_T, "approval_slow"), (INVOICE_T, "hr_invoice"), (CRASH_T, "app_crash"))


def gold():
    return {
        # ---- employee application funnels, e-sign
        "bl01": lambda: conv("lease_onboarding", *Y25),
        "bl02": lambda: conv("lease_onboarding", *Y25, cond="f.channel = 'mini_program'"),
        "bl03": lambda: rank_conv("lease_onboarding", *Y25, by="f.channel", lowest=True, margin=1.3),
        "bl04": lambda: top_lost("lease_onboarding", *H2_25),
        "bl05": lambda: people_share(ESIGN, "signed", *Y25, "e.channel = 'mini_program'"),
        "bl07": lambda: events_at(ESIGN, *Y25, "e.action = 'face_failed'"),
        "bl08": lambda: conv("portal_apply", *Q1_26),
        # ---- HR approval
        "bl10": lambda: top_step_time(APPLY, APPROVAL, "employer_en", *ALL, margin=2.0),
        "bl11": lambda: step_time(APPLY, APPROVAL, *ALL, "a.employer_id = 'E003'"),
        "bl12": lambda: events_share(APPROVAL, "e.action = 'approved'", *Y25),
        "bl13": lambda: top_events_count(APPROVAL, "e.reject_reason", *ALL, "e.action = 'rejected'", margin=1.2),
        "bl14": lambda: events_at(APPROVAL, *ALL, "e.action = 'expired'"),
        # ---- delivery, cancellations, pickup
        "bl15": lambda: step_time(SIGNED, DELIVERY, *AUG25),
        "bl16": lambda: step_time(SIGNED, DELIVERY, *JUL25),
        "bl18": lambda: orders_share("o.status = 'cancelled'", *Y25, LEASE, col="o.contract_signed_at"),
        "bl19": lambda: top_orders('o."取消原因"', "2025-08-01", "2025-09-30", f"{LEASE} AND o.status = 'cancelled'",
                                   margin=2.0, col="o.contract_signed_at"),
        "bl20": lambda: step_time(DELIVERY, PICKUP, *Y25),
        # ---- payroll deductions
        "bl21": lambda: events_share(DEDUCT, FAILED, *MAR26),
        "bl22": lambda: events_share(DEDUCT, FAILED, *FEB26),
        "bl23": lambda: top_events_share(DEDUCT, FAILED, "e.payroll_system", *MAR26, margin=3.0),
        "bl24": lambda: top_events_count(DEDUCT, 'e."失败原因"', *MAR26, FAILED, margin=3.0),
        "bl25": lambda: events_sum(DEDUCT, "e.deduction_amount", *Y25, "e.action = 'deducted'"),
        # ---- shop service
        "bl27": lambda: top_events_agg(SERVICE, "e.wait_days", "e.shop_en", *Y25, "e.service_type = 'repair'",
                                       margin=2.0),
        "bl28": lambda: events_agg(SERVICE, "e.wait_days", *Y25, "e.service_type = 'repair' AND e.shop_id = 'S07'",
                                   agg="median"),
        "bl30": lambda: events_at(SERVICE, *Q2_26),
        "bl31": lambda: top_events_count(SERVICE, "e.service_type", *Y25, margin=1.5),
        # ---- end of lease
        "bl32": lambda: conv("lease_end", *H1_26),
        "bl33": lambda: exp_best(margin=1.15),
        "bl34": lambda: exp_rate("standard_offer"),
        "bl35": lambda: events_at(RETURN, *Y25),
        "bl36": lambda: events_share(RETURN, "e.damage_fee > 0", *ALL),
        "bl37": lambda: orders_sum(*Y25, "o.order_type = 'buyout'"),
        # ---- leases (orders)
        "bl39": lambda: orders_sum(*Y25, LEASE),
        "bl40": lambda: orders_sum(*Y24, LEASE),
        "bl41": lambda: orders_change(Q2_25, Q2_26, STARTED),
        "bl42": lambda: top_orders('o."品牌"', *Y25, STARTED, margin=1.5),
        "bl43": lambda: top_orders("o.city", *Y25, STARTED, margin=1.3),
        "bl44": lambda: orders_share("o.term_months = 24", *Y25, STARTED),
        "bl45": lambda: orders_avg(*Y25, LEASE),
        "bl46": lambda: orders_count(*MAY26, STARTED),
        "bl47": lambda: orders_sum(*Y25, "o.order_type = 'early_settlement'"),
        "bl48": lambda: events_people(LEAVER, *ALL),
        # ---- employers
        "bl49": lambda: events_at(LAUNCH, *Y25),
        "bl50": lambda: conv("employer_onboarding", *Y25),
        "bl51": lambda: employer_contract_rank(),
        "bl52": lambda: top_customers('c."所属企业"', f"{EMP} AND c.segment = 'active_lease'", margin=1.15),
        # ---- employees (customers)
        "bl53": lambda: customers_count(f"{EMP} AND c.acquisition_channel = 'poster'"),
        "bl54": lambda: customers_share("c.segment = 'active_lease'", EMP),
        "bl55": lambda: top_customers("c.job_grade", f"{EMP} AND c.segment = 'active_lease'", margin=1.3),
        "bl56": lambda: customers_count(f"{EMP} AND {_in('c.signup_at', *Q1_26)}"),
        # ---- support, volumes
        "bl57": lambda: top_events_count(SUPPORT, "e.contact_topic", *MAR26, margin=3.0),
        "bl58": lambda: events_at(SUPPORT, *Y25),
        "bl59": lambda: events_at(APPLY, "2026-03-09", "2026-03-15"),
        "bl60": lambda: events_change(APPLY, Q1_25, Q1_26),
        # ---- feedback
        "bl61": lambda: fb_count(DELAY_T),
        "bl62": lambda: top_fb_count("f.shop_en", SHOP_T, margin=3),
        "bl63": lambda: fb_count(FACE_T),
        "bl64": lambda: rank_fb_avg("f.shop_en", "f.channel = 'service_survey'", 20, margin=0.5),
        "bl65": lambda: nps_score(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "bl66": lambda: nps_score(f"{SURVEY} AND {_in('f.ts', *H1_26)}"),
        "bl67": lambda: fb_count(DEDUCT_T, _in("f.ts", *MAR26)),
        "bl68": lambda: feedback_ids(FACE_T),
        "bl69": lambda: fb_avg(APPREV),
        "bl70": lambda: fb_ratio("f.rating <= 2", f"{APPREV} AND {_in('f.ts', *Y25)}"),
        "bl71": lambda: fb_count(RETURN_T),
    }


def checks():
    for cond, topic in TOPICS:
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if _has_truth():
        checks()
    fns = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(fns) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    status_only = []
    for it in items:
        fn = fns.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                status_only.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["lang"], it["question"][:70], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
