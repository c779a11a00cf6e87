"""Gold answers for the 丰禾种业 FengHe Seeds held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (dealer_onboarding 45 d, dealer_order 120 d,
  farmer_app_purchase 60 d, claim_handling 45 d); rates are per customer (people: a dealer or a farmer); the tolerance
  covers both readings (later steps allowed after the period end, or not). "Where do we lose the most" = the step
  whose next step is not reached by the most people (the loss between step k and k+1 is attributed to step k).
  A funnel split by a customer attribute (acquisition_channel / 获客渠道) filters the step-1 people by it;
- "users"/"farmers"/"dealers" are distinct customer_id; customers.csv holds both (`customer_type` dealer / farmer);
  dealer counts "now" use `dealer_status` at the end of the data (2026-06-30); new farmers by `signup_at`;
- event-level shares count events in the period by event time: credit rejections = tp_credit_review rows with action
  rejected / all tp_credit_review rows; late delivery = tp_delivery rows with days_late > 0 / all tp_delivery rows
  (by delivery time); poor emergence = tp_germination_visit rows with result poor_emergence / all visit rows;
  assessment rejection = tp_field_assessment rows with action rejected / all assessment rows; purchase channel share
  = tp_farmer_purchase rows by `channel`; counts of purchases / claims / visits / calls are event rows;
- a claim, its assessment and compensation share the farmer-season purchase id (`session_id` PU…); times between
  steps are per session, first B ts - first A ts, period by the time of A, median in fractional days (the tolerance
  also covers calendar-day counting); compensation money = `comp_amount` of tp_compensation rows by payment time;
- money = `amount` of orders; dealer orders are `order_type` preseason (预订单) / topup (补货单), farmer app orders
  `farmer_app`; "orders / sales" exclude cancelled ones: dealer orders `status` paid (pending = not yet delivered,
  only in June 2026), app sales status paid; periods by order ts (order placement) unless the question names a
  sowing season (`season` 2026S = 2026春播 …); cancel share over all orders placed in the period;
- early-bird bookings = tp_reorder rows (`target_season`); the coupon experiment rate = share of a variant's farmers
  with a tp_reorder row between assignment (2025-10-10) and 2025-12-31; repeat purchase = farmers with a purchase of
  season X who also have one of season Y;
- zh top entities are the Chinese twins (省份, 品种, 拒绝原因, 授信说明, 承运商, 理赔类型, 鉴定原因, 来电类型, 获客渠道,
  dealer_name), en ones the raw / English values (province, variety, reject_reason, credit_reason, carrier,
  claim_type, cause, call_topic, acquisition_channel, dealer_name_en) or touchpoint_id / variant / seed_lot;
- feedback: "all data" includes rows without ts (field-day cards, a third of social posts); topic counts by text
  markers with a 5 % tolerance (checked against _truth/feedback_truth.csv); survey = channel `survey` (after a
  germination check: rating 1-5 + NPS 0-10); app reviews = channel `app_review`; dealer survey = `dealer_survey`;
  negative = 1-2 stars where the question says so; NPS = share 9-10 minus share 0-6 (fraction); rating by touchpoint
  over rows with a rating;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday.
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
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1, "
                    "all_varchar=true)")


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
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM fev e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1"):
    vals = [funnel(journey, start, end, bounded=b, cond=cond) for b in (False, True)]
    vals = [c[-1] / c[0] for c in vals]
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=50):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0], c[0]))
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
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per session (purchase id / order id / application id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}') WHERE rn = 1)"""


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1"):
    v = one(f"SELECT median(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond)}")
    w = one(f"SELECT median(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- events ----------

def _ev(tp, start, end, cond):
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) {_ev(tp, start, end, cond)}"), tolerance=0.5)


def events_people(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(DISTINCT e.customer_id) {_ev(tp, start, end, cond)}"), tolerance=0.5)


def events_share(tp, num, start, end, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"), 4), tolerance=0.01)


def events_avg(tp, col, start, end, cond="1=1", rel=0.01):
    v = float(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)} AND {col} IS NOT NULL"))
    return dict(value=round(v, 3), tolerance=round(max(0.005, abs(v) * rel), 3))


def events_sum(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=20):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC")
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2, agg="count(*)"):
    rows = q(f"SELECT {by}, {agg} n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


DEALER_O = "o.order_type IN ('preseason', 'topup')"
PRESEASON = "o.order_type = 'preseason'"
APP_O = "o.order_type = 'farmer_app'"
PAID = "o.status = 'paid'"


def orders_sum(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE {PAID} AND {_in('o.ts', start, end)} AND ({cond})"))


def orders_sum_all(cond):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE {PAID} AND ({cond})"))


def orders_count(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"),
                tolerance=0.5)


def orders_avg(start, end, cond="1=1"):
    v = float(one(f"SELECT avg(o.amount) FROM orders o WHERE {PAID} AND {_in('o.ts', start, end)} AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def orders_change_cond(a, b):
    x = one(f"SELECT sum(amount) FROM orders o WHERE {PAID} AND ({a})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE {PAID} AND ({b})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def orders_share(num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(by, cond, margin=1.1, agg="sum(o.amount)"):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE {PAID} AND ({cond}) AND {by} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""")
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- customers / experiment / cohorts ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def customers_avg(col, cond):
    v = float(one(f"SELECT avg({col}) FROM customers c WHERE {cond}"))
    return dict(value=round(v, 2), tolerance=round(v * 0.01, 2))


def top_customers(by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


FARMER = "c.customer_type = 'farmer'"
DEALER = "c.customer_type = 'dealer'"
EXP_END = "2025-12-31"


def _exp():
    return f"""SELECT x.variant, avg((x.customer_id IN (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_reorder'
               AND {_in('ts', '2025-10-10', EXP_END)}))::int) r, count(*) n FROM experiments x GROUP BY 1
               ORDER BY r DESC"""


def exp_best(margin=1.15):
    rows = q(_exp())
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def exp_rate(variant):
    return dict(value=round([r[1] for r in q(_exp()) if r[0] == variant][0], 4), tolerance=0.01)


def cohort_share(base_sql, hit_sql):
    """share of the customers in base_sql (a SELECT of customer_id) who appear in hit_sql."""
    v = one(f"SELECT avg((customer_id IN ({hit_sql}))::int) FROM (SELECT DISTINCT customer_id FROM ({base_sql}))")
    return dict(value=round(v, 4), tolerance=0.01)


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


def rank_fb_avg(by, cond, min_n, margin=0.2):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, steps, markers ----------

ALL = ("2024-07-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
Q1_26, Q4_25 = quarter(2026, 1), quarter(2025, 4)
MAR25, MAR26, APR26, MAY26 = month(2025, 3), month(2026, 3), month(2026, 4), month(2026, 5)
APR_JUN26 = ("2026-04-01", "2026-06-30")
MAY_JUN26 = ("2026-05-01", "2026-06-30")
(FIELD_DAY, APPLY, REVIEW, CONTRACT, ORDER, CREDIT, DELIVERY, REGISTER, VIEW, PURCHASE, VISIT, CLAIM, ASSESS, COMP,
 REORDER, HOTLINE) = ("tp_field_day", "tp_dealer_apply", "tp_dealer_review", "tp_dealer_contract",
                      "tp_preseason_order", "tp_credit_review", "tp_delivery", "tp_app_register", "tp_variety_view",
                      "tp_farmer_purchase", "tp_germination_visit", "tp_claim", "tp_field_assessment",
                      "tp_compensation", "tp_reorder", "tp_hotline")
LATE = "e.days_late > 0"
POOR = "e.result = 'poor_emergence'"
SURVEY = "f.channel = 'survey'"
APPREV = "f.channel = 'app_review'"
DSURVEY = "f.channel = 'dealer_survey'"
GERM_T = _like("f.text", ["出苗", "emergence"])
PEST_T = _like("f.text", ["虫", "pest"])
PURITY_T = _like("f.text", ["混杂", "off-type"])
SLOW_T = _like("f.text", ["到账", "payout"])
LATE_T = _like("f.text", ["到货", "deliver"])
CREDIT_T = _like("f.text", ["额度", "credit"])
SCAN_T = _like("f.text", ["扫码", "scan"])
PRICE_T = _like("f.text", ["太贵", "expensive"])
YIELD_T = _like("f.text", ["产量", "yield"])
AGRO_T = _like("f.text", ["农技员", "agronomist"])
WAIT_T = _like("f.text", ["打不通", "on hold"])
TOPICS = ((GERM_T, "germination"), (PEST_T, "pest"), (PURITY_T, "purity"), (SLOW_T, "slow_comp"),
          (LATE_T, "late_delivery"), (CREDIT_T, "credit"), (SCAN_T, "scan"), (PRICE_T, "price"), (YIELD_T, "yield"),
          (AGRO_T, "agronomist"), (WAIT_T, "hotline_wait"))


S25, S26 = "season = '2025S'", "season = '2026S'"
REJECTED_25S = f"SELECT customer_id FROM events WHERE touchpoint_id = '{ASSESS}' AND action = 'rejected' AND {S25}"
COMP_25S = f"SELECT customer_id FROM events WHERE touchpoint_id = '{COMP}' AND {S25}"
BOOKED_26S = f"SELECT customer_id FROM events WHERE touchpoint_id = '{REORDER}' AND target_season = '2026S'"
BUY_25S = f"SELECT customer_id FROM events WHERE touchpoint_id = '{PURCHASE}' AND {S25}"
BUY_26S = f"SELECT customer_id FROM events WHERE touchpoint_id = '{PURCHASE}' AND {S26}"
FLAGSHIP = "o.dealer_name_en = 'Huaxian FengHe Seed Distribution'"


def gold():
    return {
        # ---- dealers: onboarding, credit, delivery
        "ss01": lambda: conv("dealer_onboarding", *Y25),
        "ss02": lambda: top_events_count(REVIEW, 'e."拒绝原因"', *Y25, "e.action = 'rejected'", margin=1.2),
        "ss03": lambda: events_at(CONTRACT, *Y25),
        "ss04": lambda: events_share(CREDIT, "e.action = 'rejected'", *Y25),
        "ss05": lambda: events_share(CREDIT, "e.action = 'partial'", *Y25),
        "ss06": lambda: top_events_count(CREDIT, "e.credit_reason", *ALL, "e.action <> 'approved'", margin=1.4),
        "ss07": lambda: events_share(DELIVERY, LATE, *MAR26),
        "ss08": lambda: events_share(DELIVERY, LATE, *MAR25),
        "ss09": lambda: top_events_share(DELIVERY, LATE, 'e."承运商"', *ALL, margin=3.0),
        # ---- dealer orders
        "ss10": lambda: orders_sum_all(f"{PRESEASON} AND o.{S26}"),
        "ss11": lambda: orders_change_cond(f"{PRESEASON} AND o.{S25}", f"{PRESEASON} AND o.{S26}"),
        "ss12": lambda: top_orders("o.dealer_name_en", f"{DEALER_O} AND {_in('o.ts', *Y25)}", margin=1.5),
        "ss13": lambda: orders_sum(*Y25, f"{DEALER_O} AND {FLAGSHIP}"),
        "ss14": lambda: top_orders('o."省份"', f"{DEALER_O} AND {_in('o.ts', *Y25)}", margin=1.3),
        "ss15": lambda: orders_share("o.status = 'cancelled'", *Y25, DEALER_O),
        "ss16": lambda: top_orders("o.variety", f"{DEALER_O} AND {_in('o.ts', *Y25)}", margin=1.2),
        # ---- farmers: app funnel and purchases
        "ss17": lambda: conv("farmer_app_purchase", *Y25),
        "ss18": lambda: rank_conv("farmer_app_purchase", *Y25, by="c.acquisition_channel", lowest=True, margin=2.0),
        "ss19": lambda: conv("farmer_app_purchase", *Y25, "c.acquisition_channel = 'douyin_live'"),
        "ss20": lambda: top_lost("farmer_app_purchase", *Y25),
        "ss21": lambda: events_people(REGISTER, *Q1_26),
        "ss22": lambda: events_people(PURCHASE, "2026-03-01", "2026-05-31"),
        "ss23": lambda: events_share(PURCHASE, "e.channel = 'app'", *Y25),
        "ss24": lambda: top_events_count(PURCHASE, "e.variety", *Y25, margin=1.15, agg="count(DISTINCT e.customer_id)"),
        "ss25": lambda: events_at(PURCHASE, "2026-04-06", "2026-04-12"),
        "ss26": lambda: orders_sum(*Y25, APP_O),
        "ss27": lambda: events_at(PURCHASE, *APR26),
        # ---- germination checks
        "ss28": lambda: events_share(VISIT, POOR, *APR_JUN26),
        "ss29": lambda: top_events_share(VISIT, POOR, 'e."品种"', *APR_JUN26, margin=3.0),
        "ss30": lambda: events_share(VISIT, POOR, *APR_JUN26, "e.variety = 'FH518'"),
        "ss31": lambda: top_events_count(VISIT, "e.seed_lot", *ALL, f"{POOR} AND e.variety = 'FH518' AND e.{S26}",
                                         margin=5),
        # ---- claims and compensation
        "ss32": lambda: events_at(CLAIM, *Y25),
        "ss33": lambda: conv("claim_handling", *Y25),
        "ss34": lambda: top_events_share(ASSESS, "e.action = 'rejected'", 'e."理赔类型"', *ALL, margin=2.0),
        "ss35": lambda: events_share(ASSESS, "e.action = 'rejected'", *ALL, "e.claim_type = 'pest'"),
        "ss36": lambda: step_time(CLAIM, COMP, *Y25),
        "ss37": lambda: events_sum(COMP, "e.comp_amount", *Y25),
        "ss38": lambda: events_share(COMP, "e.comp_type = 'replant_seed'", *Y25),
        "ss39": lambda: top_events_count(CLAIM, 'e."品种"', *MAY_JUN26, margin=2.0),
        "ss40": lambda: top_events_count(ASSESS, 'e."鉴定原因"', *Y25, "e.action = 'rejected'", margin=1.5),
        # ---- early-bird booking, repeat purchase
        "ss41": lambda: events_at(REORDER, *Q4_25),
        "ss42": lambda: exp_best(),
        "ss43": lambda: exp_rate("no_coupon"),
        "ss44": lambda: cohort_share(BUY_25S, BUY_26S),
        "ss45": lambda: cohort_share(REJECTED_25S, BOOKED_26S),
        "ss46": lambda: cohort_share(COMP_25S, BOOKED_26S),
        # ---- hotline
        "ss47": lambda: top_events_count(HOTLINE, "e.call_topic", *MAY26, margin=1.5),
        "ss48": lambda: events_avg(HOTLINE, "e.wait_seconds", *Y25),
        "ss49": lambda: events_avg(HOTLINE, "e.wait_seconds", *MAY26),
        # ---- customers
        "ss50": lambda: customers_count(f"{DEALER} AND c.dealer_status = 'active'"),
        "ss51": lambda: customers_count(f"{DEALER} AND c.dealer_status = 'active' AND c.region = 'henan'"),
        "ss52": lambda: customers_share("c.segment = 'cooperative'", FARMER),
        "ss53": lambda: top_customers("c.acquisition_channel", f"{FARMER} AND {_in('c.signup_at', *Y25)}",
                                      margin=1.2),
        # ---- feedback
        "ss54": lambda: fb_count(PEST_T),
        "ss55": lambda: top_fb_count("f.touchpoint_id", PEST_T, margin=2.5),
        "ss56": lambda: fb_count(GERM_T, _in("f.ts", *MAY_JUN26)),
        "ss57": lambda: top_fb_count("f.variety", GERM_T, margin=2.0),
        "ss58": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 10, margin=0.4),
        "ss59": lambda: nps_score(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "ss60": lambda: fb_avg(APPREV),
        "ss61": lambda: fb_ratio("f.rating <= 2", f"{APPREV} AND {_in('f.ts', *Y25)}"),
        "ss62": lambda: feedback_ids(f"f.channel = 'visit_note' AND {GERM_T} AND {_in('f.ts', *APR_JUN26)}"),
        "ss63": lambda: fb_count(SLOW_T),
        "ss64": lambda: fb_count(SCAN_T),
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
    langs = [it["lang"] for it in items]
    stats = [it["expect"]["status"] for it in items]
    print(f"{len(items)} items: zh {langs.count('zh')} / en {langs.count('en')}; "
          f"ok {stats.count('ok')}, unsupported {stats.count('unsupported')}, clarify {stats.count('clarify')}; "
          f"follow-ups {sum('follow_up_of' in it for it in items)}, as_of {sum('as_of' in it for it in items)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
