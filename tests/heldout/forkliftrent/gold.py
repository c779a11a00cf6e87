"""Gold answers for the forkliftrent (力擎 LiftPro forklift rental) held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events.csv holds 27 exact duplicate breakdown-call rows (the call-centre system re-sent them with the same
  event_id); they are loaded once (DATA.md), so every count here is over distinct rows.
- A customer is one client site (a factory or a 3PL warehouse), customer_id LP..... "Customers" = distinct
  customer_id. The customers table holds every site that ever rented from LiftPro and every lead that never signed
  (segment `prospect`, no signup_at). segment is the state at the end of the data (2026-06-30): new / active /
  at_risk = trucks on rent now ("current customers"), dormant = short-term renters with nothing on rent now,
  churned = long-term contract ended and not renewed, prospect. "New customers signed in a period" = signup_at (the
  first contract) in the period. region = the branch city (Kunshan, Foshan, Tianjin, Bangkok, Ho Chi Minh City);
  events, orders and feedback carry the same city in `branch`. "The Chinese branches" = Kunshan, Foshan, Tianjin.
- Funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period. Every rate is read twice,
  with later steps allowed after the period end and with every step inside the period; the value is the first
  reading and the tolerance covers both (at least 0.01). A funnel for a branch filters the customers by region.
  "Where do we lose the most" = the step with the most customers that reached it and not the next one.
  - web_quick_rent: web enquiry -> quote -> contract within 14 days; rep_lead_to_contract: sales-rep lead -> site
    survey -> quote -> contract within 60 days; breakdown_fix ("24-hour fix rate"): breakdown call -> technician
    dispatched -> technician on site -> repair completed within 1 day; offhire_return: off-hire request ->
    collection -> return inspection within 7 days; renewal: renewal notice -> renewal quote -> renewal signed
    within 60 days.
- A/B test = experiments `same_day_promise` (control = "delivery within 48 hours" on the web quote page, same_day =
  "order before 12:00, truck on site today"), assigned at the web enquiry, 2025-09-01 .. 2025-11-30. Per variant:
  the web_quick_rent funnel over the test window for its customers.
- Operations are events (distinct rows): breakdowns = tp_breakdown_call rows; response time = response_hours on the
  first technician visit (tp_tech_visit, visit_no 1: hours from the call to the technician on site), dated by the
  visit; first-time fix = first visits with first_time_fix = yes over all first visits; downtime = downtime_hours
  on tp_repair_done (call -> truck running again). Same-day kept = tp_delivery rows with promise same_day and
  delivered_same_day yes over all same_day-promise deliveries; on-time delivery = action on_time over all
  deliveries. Damage rate at return = tp_return_inspection rows with damage_found yes over all return inspections.
  PM overdue = overdue_days on tp_pm_service. Hotline wait = wait_min on tp_hotline.
- Money = orders with status `paid`, dated by orders.ts (invoice date). Across branches in amount_usd (fixed group
  rates CNY 0.14, THB 0.02857, VND 0.0000394); for one branch in its own currency (amount). cancelled (billing
  errors re-issued, waived damage charges), unpaid (not yet due) and overdue (past due, unpaid) invoices are not
  revenue. "Overdue now" = status overdue.
- Feedback: "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md
  table). Complaint / praise topic counts use text markers with a 5 % tolerance, checked to equal the truth topic.
  A period filter keeps dated rows only. NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value (the
  quarterly account-review surveys). Ratings 1-5.
- Periods are inclusive calendar dates; relative periods resolve against `as_of`, else 2026-06-30, the last day of
  the data.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
LAST = "2026-06-30"
NUMERIC = ("response_hours", "downtime_hours", "overdue_days", "wait_min", "delivery_lead_hours", "damage_amount",
           "parts_wait_hours", "units", "monthly_amount", "monthly_amount_usd", "rate_change_pct", "amount",
           "amount_usd", "trainees", "units_swapped")


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys", "experiments"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP', 'contract_start': 'TIMESTAMP',
                    'contract_end': 'TIMESTAMP', 'first_contact_at': 'TIMESTAMP', 'units_on_rent': 'INTEGER'}})""")
    n_raw = CON.execute(f"SELECT count(*) FROM read_csv_auto('{data / 'events.csv'}', header=true)").fetchone()[0]
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, sample_size=-1, all_varchar=true)""")
    casts = ", ".join(f"try_cast({c} AS DOUBLE) AS {c}" for c in NUMERIC)
    CON.execute(f"""CREATE OR REPLACE TABLE events AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts,
                    try_cast(visit_no AS INTEGER) AS visit_no, {casts}) FROM events""")
    print("events: raw rows", n_raw, "distinct", one("SELECT count(*) FROM events"))
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'amount_usd': 'DOUBLE',
                    'paid_at': 'TIMESTAMP', 'base_rent': 'DOUBLE', 'overage_amount': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE', 'touchpoint_id': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) - count(DISTINCT customer_id) FROM customers") == 0
    assert one("SELECT count(*) - count(DISTINCT feedback_id) FROM feedback") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)") == 0
    assert one("SELECT count(*) FROM events WHERE customer_id NOT IN (SELECT customer_id FROM customers)") == 0
    assert one("SELECT count(*) FROM events e JOIN customers c USING (customer_id) WHERE e.branch <> c.region") == 0
    assert one("SELECT count(*) FROM orders o JOIN customers c USING (customer_id) WHERE o.branch <> c.region") == 0
    assert one("SELECT max(ts) FROM events") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")
    assert one("SELECT min(ts) FROM events") >= one("SELECT TIMESTAMP '2024-07-01'")
    assert one("SELECT max(ts) FROM feedback") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")
    assert one("SELECT max(ts) FROM orders") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= TIMESTAMP '{start}' AND {col} < TIMESTAMP '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}"


def quarter(y, k):
    return f"{y}-{3 * k - 2:02d}-01", f"{y}-{3 * k:02d}-{[31, 30, 30, 31][k - 1]}"


def count(v):
    return dict(value=int(v), tolerance=0.5)


def num(v, rel=0.005, floor=0.5):
    v = float(v)
    return dict(value=round(v, 4), tolerance=round(max(floor, abs(v) * rel), 4))


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def span(vals, floor=0.01, digits=4, rel=0.0):
    """value = the first reading; the tolerance covers every other reading."""
    a = float(vals[0])
    dev = max(abs(float(v) - a) for v in vals)
    fl = max(floor, abs(a) * rel)
    return dict(value=round(a, digits), tolerance=round(max(fl, dev + 0.005 if dev > 0 else fl), digits))


def top_group(sql, gap=1.1, lowest=False):
    rows = q(sql)
    rows = sorted(rows, key=lambda r: r[1], reverse=not lowest)
    if lowest:
        assert rows[1][1] > rows[0][1] * gap, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


# ---------- funnels (DATA.md rule) ----------

def _journey(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel_steps(steps, window, start, end, cust_cond="1=1", bounded=False) -> list[int]:
    ev = (f"SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) "
          f"WHERE ({cust_cond}) AND e.touchpoint_id IN ({', '.join(repr(s) for s in steps)})")
    if bounded:
        ev += f" AND e.ts < TIMESTAMP '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM ev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def readings(journey, start, end, **kw) -> list[float]:
    steps, window = _journey(journey)
    out = []
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        out.append(c[-1] / c[0])
    return out


def conv(journey, start, end, **kw):
    return span(readings(journey, start, end, **kw))


def top_lost(journey, start, end, gap=1.1, **kw):
    steps, window = _journey(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        srt = sorted(lost, reverse=True)
        assert srt[0] > srt[1] * gap, lost
        tops.add(steps[lost.index(srt[0])])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


EXP_WIN = ("2025-09-01", "2025-11-30")
VARIANTS = ("control", "same_day")


def exp_rates(journey):
    out = {}
    for v in VARIANTS:
        cond = f"""c.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = 'same_day_promise'
                   AND variant = '{v}')"""
        out[v] = readings(journey, *EXP_WIN, cust_cond=cond)
    return out


def experiment_top(journey):
    r = exp_rates(journey)
    for i in range(2):
        assert abs(r[VARIANTS[0]][i] - r[VARIANTS[1]][i]) > 0.08, r
    best = max(r, key=lambda v: r[v][0])
    assert all(r[best][i] > r[o][i] for o in r if o != best for i in range(2)), r
    return dict(top_entity=best)


def experiment_value(journey, variant):
    return span(exp_rates(journey)[variant])


# ---------- events ----------

def ev_count(tps, start, end, cond="1=1", distinct=None):
    tps = tps if tps.startswith("(") else f"('{tps}')"
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e LEFT JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id IN {tps} AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.05):
    return num(one(f"""SELECT avg({col}) FROM events e LEFT JOIN customers c USING (customer_id)
                       WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""),
               rel=rel, floor=floor)


def ev_share(tp, num_, start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(({num_})::int) FROM events e LEFT JOIN customers c USING (customer_id)
                        WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_ev_value(tp, col, start, end, cond="1=1", gap=1.15, agg="count(*)", lowest=False, having="1=1"):
    return top_group(f"""SELECT {col}, {agg} FROM events e LEFT JOIN customers c USING (customer_id)
                         WHERE touchpoint_id = '{tp}' AND {col} IS NOT NULL AND {_in('e.ts', start, end)}
                         AND ({cond}) GROUP BY 1 HAVING {having}""", gap=gap, lowest=lowest)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount_usd)", cond="1=1", status="o.status = 'paid'"):
    v = one(f"""SELECT {agg} FROM orders o LEFT JOIN customers c USING (customer_id)
                WHERE {status} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return count(v)
    return num(v, floor=1.0)


def top_orders(col, start, end, agg="sum(o.amount_usd)", cond="1=1", gap=1.08, status="o.status = 'paid'"):
    return top_group(f"""SELECT {col}, {agg} FROM orders o LEFT JOIN customers c USING (customer_id)
                         WHERE {status} AND {_in('o.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                         GROUP BY 1""", gap=gap)


def order_share(num_, start, end, cond="1=1", weight="o.amount_usd", status="o.status = 'paid'"):
    return rate(one(f"""SELECT sum(CASE WHEN {num_} THEN {weight} ELSE 0 END) / sum({weight})
                        FROM orders o LEFT JOIN customers c USING (customer_id)
                        WHERE {status} AND {_in('o.ts', start, end)} AND ({cond})"""))


# ---------- customers ----------

ON_RENT = "c.segment IN ('active', 'new', 'at_risk')"
CN = "('Kunshan', 'Foshan', 'Tianjin')"


def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def cust_sum(col, cond):
    return num(one(f"SELECT sum({col}) FROM customers c WHERE {cond}"), rel=0.0, floor=0.5)


def cust_share(num_, cond):
    return rate(one(f"SELECT avg(({num_})::int) FROM customers c WHERE {cond}"))


def top_cust(col, cond="1=1", gap=1.08, agg="count(*)"):
    return top_group(f"SELECT {col}, {agg} FROM customers c WHERE {cond} GROUP BY 1", gap=gap)


# ---------- feedback ----------

MARK = {
    "same_day_broken": "(f.text LIKE '%当天送%' OR lower(f.text) LIKE '%same-day%' OR lower(f.text) LIKE '%same day%')",
    "delivery_praise": "(f.text LIKE '%准时%' OR lower(f.text) LIKE '%on time%')",
    "slow_response": "(f.text LIKE '%响应%' OR lower(f.text) LIKE '%response%')",
    "tech_praise": "(f.text LIKE '%师傅%' OR lower(f.text) LIKE '%technician%')",
    "battery": "(f.text LIKE '%电池%' OR lower(f.text) LIKE '%battery%')",
    "oil_leak": "(f.text LIKE '%漏油%' OR lower(f.text) LIKE '%leak%')",
    "damage_dispute": "(f.text LIKE '%赔偿%' OR lower(f.text) LIKE '%damage charge%')",
    "invoice_error": "(f.text LIKE '%账单%' OR lower(f.text) LIKE '%invoice%')",
    "price": "(f.text LIKE '%价格%' OR lower(f.text) LIKE '%price%')",
    "training_praise": "(f.text LIKE '%培训%' OR lower(f.text) LIKE '%training%')",
    "replacement_praise": "(f.text LIKE '%替换车%' OR lower(f.text) LIKE '%replacement%')",
}
NEG = "t.sentiment = 'neg'"


def topic_count(topic, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {MARK[topic]} AND {extra}")
    tr = one(f"""SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE t.topic = '{topic}' AND {extra}""")
    assert n == tr, (topic, n, tr)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def topic_top(topic, col, extra="1=1", gap=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {MARK[topic]} AND {col} IS NOT NULL AND {extra} GROUP BY 1 ORDER BY n DESC""")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


def fb_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f JOIN truth t
                                                    USING (feedback_id) WHERE {cond} ORDER BY 1""")])


def fb_count(cond):
    return count(one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"))


def fb_ratio(num_, cond, tol=0.01):
    return rate(one(f"SELECT avg(({num_})::int) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"), tol)


def fb_avg(col, cond):
    return num(one(f"SELECT avg({col}) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"),
               rel=0.0, floor=0.02)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


ALL = ("2024-07-01", LAST)
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", LAST)
Q3_24 = quarter(2024, 3)
Q3_25 = quarter(2025, 3)
Q4_25 = quarter(2025, 4)
Q1_26 = quarter(2026, 1)
Q1_25 = quarter(2025, 1)
TJ_WIN = ("2025-11-01", "2026-02-28")
BILL = ("2026-02-01", "2026-03-31")
HCM_AFTER = ("2025-04-01", LAST)


def gold() -> dict:
    tj, hcm = "c.region = 'Tianjin'", "c.region = 'Ho Chi Minh City'"
    cn_ev = f"e.branch IN {CN}"
    first_visit = "e.visit_no = 1"
    same_day = "e.promise = 'same_day'"
    return {
        # ---- funnels and the A/B test
        "fr01": lambda: conv("web_quick_rent", *Y25),
        "fr02": lambda: top_lost("web_quick_rent", *Y25),
        "fr03": lambda: conv("rep_lead_to_contract", *Y25),
        "fr04": lambda: top_lost("rep_lead_to_contract", *Y25),
        "fr05": lambda: experiment_top("web_quick_rent"),
        "fr06": lambda: experiment_value("web_quick_rent", "control"),
        "fr07": lambda: ev_share("tp_delivery", "e.delivered_same_day = 'yes'", *EXP_WIN, cond=same_day),
        "fr08": lambda: conv("breakdown_fix", *Y25),
        "fr09": lambda: conv("breakdown_fix", *TJ_WIN, cust_cond=tj),
        "fr10": lambda: conv("breakdown_fix", *TJ_WIN, cust_cond=f"NOT {tj}"),
        "fr11": lambda: conv("renewal", *ALL),
        "fr12": lambda: top_lost("renewal", *ALL),
        "fr13": lambda: conv("offhire_return", *Y25),
        "fr14": lambda: conv("offhire_return", *Y25, cust_cond=hcm),
        # ---- field operations
        "fr15": lambda: ev_avg("tp_tech_visit", "e.response_hours", *TJ_WIN,
                               cond=f"{first_visit} AND e.branch = 'Tianjin'", floor=0.1),
        "fr16": lambda: ev_avg("tp_tech_visit", "e.response_hours", *TJ_WIN,
                               cond=f"{first_visit} AND e.branch = 'Kunshan'", floor=0.1),
        "fr17": lambda: top_ev_value("tp_breakdown_call", "e.equipment_model", *Y25, gap=1.3),
        "fr18": lambda: top_ev_value("tp_breakdown_call", "e.fault_type", *Y25, cond="e.equipment_model = 'RT-16'",
                                     gap=2.0),
        "fr19": lambda: ev_count("tp_breakdown_call", *Q3_25, cond="e.branch = 'Foshan' AND e.fault_type = 'battery'"),
        "fr20": lambda: ev_count("tp_breakdown_call", *Q3_24, cond="e.branch = 'Foshan' AND e.fault_type = 'battery'"),
        "fr21": lambda: top_ev_value("tp_battery_swap", "e.branch", *Y25, gap=1.5),
        "fr22": lambda: ev_share("tp_tech_visit", "e.first_time_fix = 'yes'", *Y25, cond=first_visit),
        "fr23": lambda: ev_count("tp_breakdown_call", *month(2025, 12)),
        "fr24": lambda: ev_avg("tp_repair_done", "e.downtime_hours", *Y25, floor=0.1),
        "fr25": lambda: ev_share("tp_return_inspection", "e.damage_found = 'yes'", *HCM_AFTER,
                                 cond="e.branch = 'Ho Chi Minh City'"),
        "fr26": lambda: ev_share("tp_return_inspection", "e.damage_found = 'yes'", *HCM_AFTER, cond=cn_ev),
        "fr27": lambda: top_ev_value("tp_return_inspection", "e.branch", *ALL,
                                     agg="avg((e.damage_found = 'yes')::int)", gap=1.4),
        "fr28": lambda: ev_avg("tp_pm_service", "e.overdue_days", *TJ_WIN, cond="e.branch = 'Tianjin'", floor=0.1),
        "fr29": lambda: ev_share("tp_delivery", "e.action = 'on_time'", *Y25),
        "fr30": lambda: top_ev_value("tp_hotline", "e.call_topic", *BILL, gap=1.5),
        "fr31": lambda: ev_count("tp_operator_training", *Y25),
        "fr32": lambda: ev_share("tp_delivery", "e.delivered_same_day = 'yes'", "2026-01-15", LAST, cond=same_day),
        # ---- customers
        "fr33": lambda: cust_count(_in("c.signup_at", *Y25)),
        "fr34": lambda: cust_count(ON_RENT),
        "fr35": lambda: cust_sum("c.units_on_rent", ON_RENT),
        "fr36": lambda: cust_count("c.segment = 'at_risk'"),
        "fr37": lambda: top_cust("c.industry", "c.signup_at IS NOT NULL", gap=1.08),
        "fr38": lambda: cust_count(f"{ON_RENT} AND c.customer_type = '3pl' AND c.region = 'Bangkok'"),
        "fr39": lambda: cust_share("c.acquisition_channel = 'sales_rep'", _in("c.signup_at", *Y25)),
        # ---- money
        "fr40": lambda: orders(*Y25),
        "fr41": lambda: top_orders("o.branch", *Y25, gap=1.1),
        "fr42": lambda: orders(*Y25, agg="sum(o.amount)", cond="o.branch = 'Bangkok'"),
        "fr43": lambda: orders(*Y25, agg="sum(o.amount)", cond="o.branch = 'Ho Chi Minh City'"),
        "fr44": lambda: top_orders("o.branch", *ALL, agg="count(*)", status="o.status = 'overdue'", gap=1.15),
        "fr45": lambda: orders(*ALL, agg="count(*)", status="o.status = 'overdue'"),
        "fr46": lambda: orders(*BILL, agg="count(*)", status="o.status = 'cancelled'",
                               cond="o.order_type IN ('rental_monthly', 'short_term_rental')"),
        "fr47": lambda: orders(*Y25, cond="o.order_type = 'damage_charge'"),
        "fr48": lambda: order_share("o.order_type = 'rental_monthly'", *Y25),
        "fr49": lambda: orders(*Q1_26),
        "fr50": lambda: rate(one(f"""SELECT avg((o.status = 'cancelled')::int) FROM orders o
                                     WHERE o.order_type = 'damage_charge' AND o.branch = 'Ho Chi Minh City'
                                     AND {_in('o.ts', *HCM_AFTER)}""")),
        "fr51": lambda: orders(*Q4_25, agg="sum(o.amount)", cond="o.branch = 'Kunshan'"),
        # ---- feedback
        "fr52": lambda: topic_count("battery"),
        "fr53": lambda: topic_top("battery", "f.branch", gap=2.0),
        "fr54": lambda: topic_count("oil_leak"),
        "fr55": lambda: topic_count("damage_dispute"),
        "fr56": lambda: topic_top("damage_dispute", "f.branch", gap=2.0),
        "fr57": lambda: topic_count("invoice_error", _in("f.ts", *BILL)),
        "fr58": lambda: fb_ratio(NEG, _in("f.ts", *BILL)),
        "fr59": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "fr60": lambda: nps(_in("f.ts", *Y25)),
        "fr61": lambda: nps(f"f.branch = 'Tianjin' AND {_in('f.ts', *H1_26)}"),
        "fr62": lambda: fb_avg("f.rating", f"f.touchpoint_id = 'tp_repair_done' AND f.channel = 'survey' AND "
                                           f"{_in('f.ts', *Y25)}"),
        "fr63": lambda: fb_count("f.ts IS NULL"),
        "fr64": lambda: fb_ids("t.topic = 'same_day_broken'"),
        "fr65": lambda: topic_count("tech_praise"),
        "fr66": lambda: topic_count("slow_response", "f.branch = 'Tianjin'"),
        # ---- relative periods
        "fr70": lambda: ev_count("tp_breakdown_call", *month(2026, 3)),
        "fr71": lambda: conv("web_quick_rent", *Q3_25),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(checks) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
        assert it["lang"] in ("zh", "en"), it["id"]
    missing = []
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                missing.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:70], shown)
    print("status-only ok items:", missing)
    zh = sum(it["lang"] == "zh" for it in items)
    print(f"{len(items)} items: {zh} zh / {len(items) - zh} en;",
          {s: sum(it["expect"]["status"] == s for it in items) for s in ("ok", "unsupported", "clarify")})
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
