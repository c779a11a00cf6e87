"""Gold answers for the 咖啡角 BrewDesk office-coffee held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- a customer is a client company (customer_id ACC…), never an employee;
- funnels follow DATA.md: a company reaches step k with an event at step k's touchpoint strictly after reaching step
  k-1, within the journey window from its first step-1 event in the period (trial_to_contract 45 d,
  enquiry_to_contract 60 d, onboarding 30 d, breakdown_repair 7 d, renewal 45 d); rates are per company; the tolerance
  covers both readings (later steps allowed after the period end, or not) unless the question says later steps count
  even after the period (then only that reading, tolerance 0.01). "Where do we lose the most" = the step whose
  next step is not reached by the most companies (the loss between step k and k+1 is attributed to step k); a funnel
  "for premium accounts" keeps companies whose customers.tier is premium;
- session_id: LEAD… = one sales lead, TKT… = one breakdown ticket, INV… = one monthly invoice, DLV… = one delivery.
  Per-ticket rates count tickets whose tp_breakdown falls in the period; first-time fix = the ticket's visit_no 1
  tp_tech_visit has action 'fixed'; a ticket's machine model / city / fault type are read from its tp_breakdown row;
- times between steps = B ts - A ts of the same session (first B at or after A), median over sessions whose A falls in
  the period (response time = tp_breakdown -> first tp_tech_visit in hours; resolution = tp_breakdown ->
  tp_ticket_close in days; install lead time = tp_contract_sign -> tp_install in days; trial to signature =
  tp_trial_request -> tp_contract_sign of the same lead, over the leads that signed);
- late delivery = a tp_bean_delivery row with on_time = 'no', by delivery ts; volumes = event rows at the touchpoint
  (the exact duplicate rows of the courier webhook are loaded once); cancellations = tp_cancel rows (early_termination
  and not_renewed);
- money = orders with status `paid` by order ts, `amount` in CNY (Singapore lines converted at 5.35; "in SGD" = sum of
  amount_local of Singapore lines). Revenue = every paid order line (lease_fee, bean_subscription, usage_overage,
  install_fee, descale_fee, repair_charge, early_termination). Refunded overage = usage_overage lines with status
  refunded by order ts. Revenue per paying customer = paid amount / distinct customer_id with a paid line;
- A/B test barista_day_2026: a company converts when it has a tp_contract_sign at or after its assigned_at (any time
  up to the end of the data, 2026-08-31); rates per assigned company;
- customer attributes as stored in customers (the state at the end of the data); "customers / accounts" in the
  customers table = companies with a tier (ever signed) unless the question says leads or prospects;
- zh questions are checked against the Chinese twins (城市, 故障类型, 丢单原因, 解约原因, 饮品, 行业), en ones against
  the English values;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); star ratings = rows with a rating (app_rating, ticket, trial_survey), negative = 1-2;
  NPS = survey `nps`, score = share 9-10 minus share 0-6 (a fraction);
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; a week is Monday..Sunday.
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
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def _margin(rows, margin, lowest=False):
    if len(rows) < 2:
        return
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]


# ---------- funnels (per company, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cust="1=1"):
    steps, window = _steps(journey)
    ev = f"SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE {cust}"
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM fev e WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return steps, counts


def conv(journey, start, end, cust="1=1", unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        _, c = funnel(journey, start, end, bounded, cust)
        assert c[0] >= 30, c
        vals.append(c[-1] / c[0])
    mid = (max(vals) + min(vals)) / 2
    return dict(value=round(mid, 4), tolerance=round(max(0.01, (max(vals) - min(vals)) / 2 + 0.005), 4))


def top_lost(journey, start, end, margin=1.1):
    steps, c = funnel(journey, start, end)
    lost = sorted(((steps[k], c[k] - c[k + 1]) for k in range(len(steps) - 1)), key=lambda r: -r[1])
    _margin(lost, margin)
    return dict(top_entity=lost[0][0])


# ---------- per session ----------

def _firsts(tp, start, end):
    return f"""(SELECT * FROM (SELECT e.*, row_number() OVER (PARTITION BY e.session_id ORDER BY e.ts) rn
                FROM events e WHERE e.touchpoint_id = '{tp}' AND e.session_id IS NOT NULL) WHERE rn = 1
                AND {_in('ts', start, end)})"""


def _rate_rows(a, b, start, end, cond="1=1", by=None, bcond="1=1"):
    grp = f"{by}, " if by else ""
    return q(f"""SELECT {grp} avg((EXISTS (SELECT 1 FROM events x WHERE x.session_id = a.session_id
                        AND x.touchpoint_id = '{b}' AND x.ts >= a.ts AND ({bcond})))::int) r, count(*) n
                 FROM {_firsts(a, start, end)} a JOIN customers c USING (customer_id)
                 WHERE ({cond}) {'AND ' + by + ' IS NOT NULL GROUP BY 1' if by else ''}""")


def rate(a, b, start, end, cond="1=1", bcond="1=1", min_n=30):
    r, n = _rate_rows(a, b, start, end, cond, bcond=bcond)[0]
    assert n >= min_n, n
    return dict(value=round(r, 4), tolerance=0.01)


def rank_rate(a, b, start, end, by, margin=1.1, lowest=False, min_n=30, cond="1=1", bcond="1=1"):
    rows = [r for r in _rate_rows(a, b, start, end, cond, by, bcond) if r[2] >= min_n]
    rows.sort(key=lambda r: r[1], reverse=not lowest)
    _margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def _times(a, b, start, end, cond="1=1", unit=86400.0):
    return f"""SELECT a.*, date_diff('second', a.ts, (SELECT min(x.ts) FROM events x WHERE x.session_id = a.session_id
                      AND x.touchpoint_id = '{b}' AND x.ts >= a.ts)) / {unit} AS d
               FROM {_firsts(a, start, end)} a JOIN customers c USING (customer_id) WHERE ({cond})"""


def step_time(a, b, start, end, cond="1=1", unit=86400.0):
    v, n = q(f"SELECT median(d), count(d) FROM ({_times(a, b, start, end, cond, unit)}) WHERE d IS NOT NULL")[0]
    assert n >= 20, n
    return dict(value=round(v, 2), tolerance=round(max(0.3, v * 0.05), 2))


def top_step_time(a, b, start, end, by, margin=1.2, min_n=20, cond="1=1", unit=86400.0):
    rows = q(f"""SELECT {by}, median(d) m, count(d) n FROM ({_times(a, b, start, end, cond, unit)}) a
                 WHERE d IS NOT NULL GROUP BY 1 HAVING count(d) >= {min_n} ORDER BY m DESC""")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- volumes ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def ev_share(tp, start, end, num, cond="1=1"):
    v, n = q(f"SELECT avg(({num})::int), count(*) FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond})")[0]
    assert n >= 30, n
    return dict(value=round(v, 4), tolerance=0.01)


def rank_ev_share(tp, start, end, num, by, margin=1.3, min_n=30):
    rows = q(f"""SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


def top_month_count(tp, start, end, margin=1.03):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m'), count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_by(col, tp, start, end, margin=1.2, cond="1=1"):
    rows = q(f"""SELECT {col}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- A/B ----------

def ab_rate(variant):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_contract_sign' AND e.ts >= x.assigned_at))::int)
                FROM experiments x WHERE experiment_id = 'barista_day_2026' AND variant = '{variant}'""")
    return dict(value=round(v, 4), tolerance=0.01)


def ab_diff(a, b):
    return dict(value=round(ab_rate(a)["value"] - ab_rate(b)["value"], 4), tolerance=0.01)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", col="o.amount", status="paid"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_all(cond, status="paid"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = '{status}' AND ({cond})"))


def orders_share(start, end, num):
    v = one(f"SELECT sum(CASE WHEN {num} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o "
            f"WHERE o.status = 'paid' AND {_in('o.ts', start, end)}")
    return dict(value=round(float(v), 4), tolerance=0.01)


def orders_avg(start, end, cond):
    v = one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(float(v) * 0.005, 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers_by(by, cond, margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_avg(cond, col="f.rating", tol=0.02):
    v, n = q(f"SELECT avg({col}), count(*) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")[0]
    assert n >= 30, n
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v, n = q(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int), count(*) FROM feedback f "
             f"WHERE f.nps IS NOT NULL AND {cond}")[0]
    assert n >= 30, n
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.2, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
ALL = ("2025-01-01", "2026-08-31")
JANFEB26 = ("2026-01-01", "2026-02-28")
SZ_BUG = ("2026-03-01", "2026-05-31")
(AD, TRIAL, TRIAL_IN, TRIAL_REV, ENQ, SURVEY, QUOTE, LOST, SIGN, INSTALL, BEANS, INVOICE, DISPUTE, BREAK, VISIT, CLOSE,
 DESCALE, APP, NOTICE, RENEW, CANCEL, REMOVAL) = (
    "tp_ad", "tp_trial_request", "tp_trial_install", "tp_trial_review", "tp_enquiry", "tp_site_survey", "tp_quote",
    "tp_quote_lost", "tp_contract_sign", "tp_install", "tp_bean_delivery", "tp_invoice", "tp_billing_dispute",
    "tp_breakdown", "tp_tech_visit", "tp_ticket_close", "tp_descale", "tp_app_rating", "tp_renewal_notice",
    "tp_renewal", "tp_cancel", "tp_machine_removal")
FIRST_FIX = "x.visit_no = 1 AND x.action = 'fixed'"
LATE = "e.on_time = 'no'"
RATED = "f.rating IS NOT NULL"
WATER = ("EXISTS (SELECT 1 FROM events s WHERE s.session_id = a.session_id AND s.touchpoint_id = 'tp_site_survey' "
         "AND s.survey_result = 'needs_water_line')")
SIGNED = "c.tier IS NOT NULL"
TOPIC_MARKERS = {"beans_late": ["豆子晚到", "beans arrived late"], "grinder": ["磨豆机", "grinder"],
                 "limescale": ["水垢", "limescale"], "parts_wait": ["等配件", "waiting for parts"],
                 "slow_response": ["响应太慢", "slow response"], "billing": ["账单", "invoice"],
                 "sour": ["太酸", "too sour"], "oat": ["燕麦奶", "oat milk"], "tasty": ["好喝", "tastes great"],
                 "technician": ["师傅", "technician"], "barista": ["咖啡师", "barista"],
                 "am": ["客户经理", "account manager"]}
TP = {k: _like("f.text", v) for k, v in TOPIC_MARKERS.items()}


def gold():
    return {
        # ---- funnels
        "oc01": lambda: conv("trial_to_contract", *Y25),
        "oc02": lambda: conv("trial_to_contract", *H1_26),
        "oc03": lambda: top_lost("enquiry_to_contract", *H1_26),
        "oc04": lambda: step_time(TRIAL, SIGN, *Y25),
        "oc05": lambda: conv("breakdown_repair", *Q1_26),
        "oc06": lambda: conv("renewal", *Y25, unbounded_only=True),
        "oc07": lambda: conv("renewal", *Y25, cust="c.tier = 'premium'", unbounded_only=True),
        # ---- deliveries
        "oc09": lambda: ev_share(BEANS, *SZ_BUG, LATE, "e.city = 'Shenzhen'"),
        "oc10": lambda: ev_share(BEANS, *Y25, LATE, "e.city = 'Shenzhen'"),
        "oc11": lambda: rank_ev_share(BEANS, *Q2_26, LATE, 'e."城市"', margin=2.0),
        "oc12": lambda: top_events_by("e.courier", BEANS, *SZ_BUG, cond=f"{LATE} AND e.city = 'Shenzhen'",
                                      margin=1.5),
        # ---- tickets
        "oc13": lambda: rate(BREAK, VISIT, *H1_26, "a.machine_model = 'Milano Duo'", FIRST_FIX),
        "oc14": lambda: rate(BREAK, VISIT, *H1_26, "a.machine_model = 'BaristaPro X'", FIRST_FIX),
        "oc15": lambda: top_events_by("e.machine_model", BREAK, *H1_26, cond="e.fault_type = 'grinder_jam'",
                                      margin=3.0),
        "oc16": lambda: step_time(BREAK, VISIT, *Q4_25, "a.city = 'Shanghai'", unit=3600.0),
        "oc17": lambda: top_step_time(BREAK, VISIT, *Q4_25, by="a.city", margin=1.8, unit=3600.0),
        "oc18": lambda: step_time(BREAK, CLOSE, *H1_26, "a.city = 'Singapore'"),
        "oc19": lambda: step_time(BREAK, CLOSE, *H1_26, "a.city = 'Beijing'"),
        # ---- sales / install
        "oc21": lambda: step_time(SIGN, INSTALL, *Y25),
        "oc22": lambda: step_time(SIGN, INSTALL, *Y25, WATER),
        "oc23": lambda: rank_rate(QUOTE, SIGN, *Y25, by="c.acquisition_channel", lowest=True, margin=1.12),
        "oc24": lambda: rate(QUOTE, SIGN, *Y25, "c.acquisition_channel = 'referral'"),
        "oc25": lambda: top_events_by('e."丢单原因"', LOST, *Y25, margin=1.2),
        # ---- volumes
        "oc26": lambda: events_at(BREAK, *month(2026, 3)),
        "oc28": lambda: top_events_by('e."故障类型"', BREAK, *Y25, cond="e.city = 'Beijing'", margin=1.1),
        "oc29": lambda: top_month_count(BREAK, "2026-01-01", "2026-08-31", margin=1.03),
        "oc30": lambda: events_at(TRIAL, "2026-04-13", "2026-04-19"),
        "oc31": lambda: events_at(CANCEL, *H1_26),
        "oc32": lambda: top_events_by("e.cancel_reason", CANCEL, *ALL, margin=1.05),
        "oc34": lambda: events_at(DISPUTE, *JANFEB26),
        # ---- A/B
        "oc35": lambda: ab_rate("barista_day"),
        "oc36": lambda: ab_rate("standard"),
        "oc37": lambda: ab_diff("barista_day", "standard"),
        # ---- money
        "oc38": lambda: orders(*Y25),
        "oc39": lambda: orders(*H1_26, "o.city = 'Singapore'", col="o.amount_local"),
        "oc40": lambda: orders(*JANFEB26, "o.order_type = 'usage_overage'", status="refunded"),
        "oc41": lambda: orders_share(*Y25, "o.order_type = 'bean_subscription'"),
        "oc42": lambda: top_orders('o."订单类型"', *H1_26, margin=1.2),
        "oc43": lambda: orders_all("o.order_type = 'early_termination'"),
        "oc44": lambda: orders_change(Q2_25, Q2_26),
        "oc45": lambda: orders_avg(*Y25, "o.order_type = 'lease_fee' AND o.plan = 'premium'"),
        "oc46": lambda: per_customer(*Y25),
        "oc47": lambda: orders(*Y25, "o.order_type = 'usage_overage' AND o.city = 'Shanghai'"),
        # ---- customers
        "oc49": lambda: customers_count("c.segment = 'vip'"),
        "oc50": lambda: customers_share("c.segment = 'at_risk'", SIGNED),
        "oc51": lambda: top_customers_by("c.industry", f"{SIGNED} AND c.region = 'Shanghai'", margin=1.5),
        # ---- feedback
        "oc53": lambda: fb_topic_count(TP["beans_late"]),
        "oc54": lambda: fb_topic_count(TP["grinder"]),
        "oc55": lambda: fb_topic_count(TP["limescale"]),
        "oc56": lambda: fb_topic_count(TP["parts_wait"]),
        "oc57": lambda: fb_topic_count(TP["billing"]),
        "oc58": lambda: top_fb_count("f.city", TP["limescale"], margin=2.0),
        "oc59": lambda: rank_fb_avg('f."饮品"', "f.channel = 'app_rating'", 50, margin=0.5),
        "oc60": lambda: fb_avg(f"f.channel = 'app_rating' AND {_in('f.ts', *Y25)}"),
        "oc61": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}"),
        "oc62": lambda: nps_score("f.channel = 'survey' AND f.city = 'Singapore'"),
        "oc63": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'app_rating' AND {_in('f.ts', *H1_26)}"),
        "oc64": lambda: fb_count("f.ts IS NULL"),
        "oc65": lambda: fb_topic_count(TP["barista"]),
        "oc66": lambda: fb_topic_count(TP["technician"]),
        "oc67": lambda: feedback_ids(TP["sour"]),
        "oc68": lambda: fb_topic_count(TP["oat"]),
        "oc69": lambda: fb_avg(f"f.channel = 'ticket' AND {_in('f.ts', *Q4_25)}", tol=0.05),
        # ---- relative periods
        "oc70": lambda: events_at(BREAK, *month(2026, 6)),
        "oc71": lambda: events_at(SIGN, *Q1_26),
        "oc72": lambda: orders("2026-01-01", "2026-09-01"),
        "oc73": lambda: events_at(BEANS, "2026-05-25", "2026-05-31", LATE),
    }


def checks():
    for topic, cond in TP.items():
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
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
    print("items", len(items), "zh", langs.count("zh"), "en", langs.count("en"),
          "statuses", {s: sum(1 for it in items if it["expect"]["status"] == s) for s in ("ok", "unsupported",
                                                                                         "clarify")},
          "follow-ups", sum(1 for it in items if "follow_up_of" in it),
          "as_of", sum(1 for it in items if "as_of" in it))
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
