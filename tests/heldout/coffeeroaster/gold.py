"""Gold answers for the 山隅咖啡烘焙 Hillnook Roasters wholesale held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- a "customer" / "account" is a customer_id (a cafe, office or hotel account; prospects included in the customers
  table with segment 'prospect' and plan 'none'). "Accounts that ever ordered" = customers with segment <> 'prospect'.
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint strictly after reaching step
  k-1, within the journey window from their first step-1 event in the period (onboarding 45 d, roast_ship 14 d,
  service_call 21 d, invoice_to_cash 120 d); rates per customer; the tolerance covers both readings (later steps
  allowed after the period end, or not). "Where do we lose the most" = the step whose next step is not reached by
  the most people (the loss between step k and k+1 is attributed to step k);
- a session_id is one job: R… one bean order (order → roast → ship → deliver → invoice → payment), SR… one equipment
  service ticket, LD… one prospect's onboarding. Step times = B ts − A ts of the same job in fractional days (first B
  at or after the first A), median over jobs whose A falls in the period; a job's attributes come from its A event;
- late share = tp_deliver rows with late = true / tp_deliver rows (the courier's duplicated webhook rows are loaded
  once); bean age = days_since_roast on tp_deliver rows; overdue = tp_payment rows with days_overdue > 0; first-visit
  fix = service tickets whose first tp_tech_visit has action 'fixed';
- churn = a tp_cancel event; cancel reasons = cancel_reason on tp_cancel rows; "lost accounts" of an account manager
  = tp_cancel rows carrying that account_manager;
- A/B price_notice_2025: churn = a tp_cancel within 90 days after assigned_at; rates per assigned customer;
- money = orders with status 'paid' by order ts, amount in CNY; bean revenue = order_type 'bean_order'; service fees
  = order_type 'service_fee'; refunds = status 'refunded' orders (their amount); kg = sum(kg) of paid orders; average
  price per kg = avg(price_per_kg) over paid orders; spend per account = paid amount / distinct paying customers;
- customer attributes as stored; zh questions are checked against the Chinese twins (区域, 产品, 客户类型) where a
  ranking returns a dimension value, en ones against the raw values;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); star ratings = portal_review ratings 1-5; negative = 1-2 stars; NPS = survey `nps`,
  NPS score = share 9-10 minus share 0-6 (a fraction);
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


def _assert_margin(rows, margin, lowest=False):
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
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


def conv(journey, start, end, step_to=None):
    vals = []
    for bounded in (False, True):
        steps, c = funnel(journey, start, end, bounded)
        k = steps.index(step_to) if step_to else -1
        vals.append(c[k] / c[0])
    mid = (max(vals) + min(vals)) / 2
    return dict(value=round(mid, 4), tolerance=round(max(0.01, (max(vals) - min(vals)) / 2 + 0.005), 4))


def top_lost(journey, start, end, margin=1.1):
    steps, c = funnel(journey, start, end)
    lost = sorted(((steps[k], c[k] - c[k + 1]) for k in range(len(steps) - 1)), key=lambda r: -r[1])
    _assert_margin(lost, margin)
    return dict(top_entity=lost[0][0])


# ---------- event rows ----------

def row_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_row_share(tp, num, by, start, end, cond="1=1", margin=1.2, min_n=30):
    rows = q(f"""SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY r DESC""")
    rows = [r for r in rows if r[2] >= min_n]
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def row_avg(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 3), tolerance=round(max(0.05, float(v) * 0.02), 3))


def events_at(tp, start, end, cond="1=1", agg="count(*)"):
    return dict(value=one(f"SELECT {agg} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def top_events_by(col, tp, start, end, margin=1.3, cond="1=1"):
    rows = q(f"""SELECT {col}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- per job (session_id) ----------

def _firsts(tp, start, end):
    return f"""(SELECT * FROM (SELECT e.*, row_number() OVER (PARTITION BY e.session_id ORDER BY e.ts) rn
                FROM events e WHERE e.touchpoint_id = '{tp}' AND e.session_id IS NOT NULL) WHERE rn = 1
                AND {_in('ts', start, end)})"""


def _step_times(a_tp, b_tp, start, end, cond="1=1"):
    return f"""SELECT a.*, (epoch(b.tb) - epoch(a.ts)) / 86400.0 AS d FROM {_firsts(a_tp, start, end)} a
               JOIN (SELECT x.session_id, min(x.ts) tb FROM events x WHERE x.touchpoint_id = '{b_tp}'
                     GROUP BY 1) b ON b.session_id = a.session_id AND b.tb >= a.ts WHERE ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1"):
    v = one(f"SELECT median(d) FROM ({_step_times(a_tp, b_tp, start, end, cond)})")
    return dict(value=round(float(v), 3), tolerance=round(max(0.1, float(v) * 0.05), 3))


def top_step_time(a_tp, b_tp, start, end, by, margin=1.3):
    rows = q(f"SELECT {by}, median(d) m FROM ({_step_times(a_tp, b_tp, start, end)}) a GROUP BY 1 ORDER BY m DESC")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def first_visit_fix(start, end):
    v = one(f"""SELECT avg((v.action = 'fixed')::int) FROM {_firsts('tp_service_request', start, end)} a
                JOIN (SELECT * FROM (SELECT e.*, row_number() OVER (PARTITION BY e.session_id ORDER BY e.ts) rn
                      FROM events e WHERE e.touchpoint_id = 'tp_tech_visit') WHERE rn = 1) v
                ON v.session_id = a.session_id""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- churn / A-B ----------

def churn_share(cond):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = c.customer_id
                                  AND e.touchpoint_id = 'tp_cancel'))::int)
                FROM customers c WHERE c.segment <> 'prospect' AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def ab_rate(variant):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_cancel' AND e.ts >= x.assigned_at
                       AND e.ts <= x.assigned_at + INTERVAL 90 DAY))::int)
                FROM experiments x WHERE experiment_id = 'price_notice_2025' AND variant = '{variant}'""")
    return dict(value=round(v, 4), tolerance=0.01)


def ab_diff(a, b):
    return dict(value=round(ab_rate(a)["value"] - ab_rate(b)["value"], 4), tolerance=0.01)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", agg="sum(o.amount)"):
    return _money(one(f"SELECT {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_all(cond):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE {cond}"))


def orders_avg(start, end, cond, col="amount"):
    v = one(f"SELECT avg(o.{col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(float(v) * 0.005, 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1, agg="sum(o.amount)"):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def top_month_revenue(start, end, margin=1.02):
    rows = q(f"""SELECT strftime(o.ts, '%Y-%m'), sum(o.amount) n FROM orders o WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers_by(by, cond, margin=1.1):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _assert_margin(rows, margin)
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
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_nps(by, cond, min_n, margin=0.08):
    rows = q(f"""SELECT {by}, avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) s, count(*) n FROM feedback f
                 WHERE f.nps IS NOT NULL AND {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY s""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[1][1] - big[0][1] > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
ALL = ("2025-01-01", "2026-07-31")
SUMMER = ("2025-06-01", "2025-09-30")
(SREQ, SSHIP, VISIT, ORDER, SUB, ROAST, SHIP, DELIVER, INVOICE, PAYMENT, SVC, TECH, CLOSE, REVIEW, CANCEL,
 PAUSE) = ("tp_sample_request", "tp_sample_ship", "tp_tasting_visit", "tp_order", "tp_sub_start", "tp_roast",
           "tp_ship", "tp_deliver", "tp_invoice", "tp_payment", "tp_service_request", "tp_tech_visit",
           "tp_service_close", "tp_am_review", "tp_cancel", "tp_plan_change")
BEANS = "o.order_type = 'bean_order'"
TOPIC_MARKERS = {
    "late": ["送晚了", "arrived late"], "stale": ["不新鲜", "stale"], "grinder": ["磨豆机", "grinder"],
    "price": ["涨价", "price increase"], "invoice": ["发票", "invoice"], "valve": ["漏气", "valve"],
    "flavour": ["风味", "flavour"], "am": ["客户经理", "account manager"], "cupping": ["杯测", "cupping"]}
TP = {k: _like("f.text", v) for k, v in TOPIC_MARKERS.items()}


def gold():
    return {
        # ---- funnels (per customer)
        "cr01": lambda: conv("onboarding", *Y25),
        "cr02": lambda: top_lost("onboarding", *H1_26),
        "cr03": lambda: conv("onboarding", *Q3_25, step_to=VISIT),
        "cr04": lambda: conv("roast_ship", *Q1_26),
        "cr05": lambda: conv("service_call", *Y25),
        "cr06": lambda: conv("invoice_to_cash", *Q1_26),
        # ---- deliveries, freshness
        "cr07": lambda: row_share(DELIVER, "e.late", *SUMMER, "e.region = 'south' AND e.carrier = 'zto_freight'"),
        "cr08": lambda: row_share(DELIVER, "e.late", *SUMMER, "e.region = 'south' AND e.carrier = 'sf_express'"),
        "cr09": lambda: top_row_share(DELIVER, "e.late", "e.carrier", *SUMMER, margin=2.0),
        "cr10": lambda: row_share(DELIVER, "e.late", *Y25),
        "cr11": lambda: step_time(ROAST, SHIP, *Q1_26, "a.roastery = 'Kunming Roastery'"),
        "cr12": lambda: step_time(ROAST, SHIP, *Y25, "a.roastery = 'Kunming Roastery'"),
        "cr13": lambda: top_step_time(ROAST, SHIP, *Q1_26, by="a.roastery", margin=2.0),
        "cr14": lambda: row_avg(DELIVER, "e.days_since_roast", *month(2026, 2), "e.region = 'southwest'"),
        "cr15": lambda: top_row_share(DELIVER, "e.days_since_roast >= 8", 'e."区域"', *Q1_26, margin=3.0),
        # ---- equipment service
        "cr16": lambda: top_events_by("e.equipment_model", SVC, *H2_25, margin=1.3),
        "cr17": lambda: top_events_by("e.fault", SVC, "2025-09-01", ALL[1], margin=3.0,
                                      cond="e.equipment_model = 'Eureka Atom 75'"),
        "cr18": lambda: first_visit_fix(*Y25),
        "cr19": lambda: step_time(SVC, TECH, *Y25, "a.region = 'north'"),
        "cr20": lambda: step_time(SVC, TECH, *Y25, "a.region = 'east'"),
        "cr21": lambda: top_step_time(SVC, TECH, *ALL, by="a.region", margin=2.0),
        # ---- payment
        "cr22": lambda: top_row_share(PAYMENT, "e.days_overdue > 0", 'e."客户类型"', *ALL, margin=1.5),
        "cr23": lambda: row_share(PAYMENT, "e.days_overdue > 0", *Y25, "e.customer_type = 'office'"),
        "cr24": lambda: row_avg(PAYMENT, "e.days_overdue", *Y25, "e.customer_type = 'hotel' AND e.days_overdue > 0"),
        # ---- churn
        "cr25": lambda: events_at(CANCEL, *Q4_25),
        "cr26": lambda: top_events_by("e.cancel_reason", CANCEL, *Q4_25, margin=1.5),
        "cr27": lambda: top_events_by("e.cancel_reason", CANCEL, *H1_26, margin=1.5, cond="e.region = 'southwest'"),
        "cr28": lambda: top_events_by("e.account_manager", CANCEL, *Y25, margin=1.5),
        "cr29": lambda: events_at(REVIEW, *Y25, "e.account_manager = 'Li Hao'"),
        "cr30": lambda: events_at(REVIEW, *Y25, "e.account_manager = 'Chen Jing'"),
        "cr31": lambda: churn_share("c.customer_type = 'office'"),
        "cr32": lambda: churn_share("c.customer_type = 'independent_cafe'"),
        # ---- A/B
        "cr33": lambda: ab_rate("am_call"),
        "cr34": lambda: ab_rate("email_only"),
        "cr35": lambda: ab_diff("email_only", "am_call"),
        # ---- money
        "cr36": lambda: orders(*Y25, BEANS),
        "cr37": lambda: orders_change(Q2_25, Q2_26),
        "cr38": lambda: top_orders("o.product", *Y25, margin=1.5),
        "cr39": lambda: top_orders('o."产品"', *H1_26, margin=1.5, agg="sum(o.kg)"),
        "cr40": lambda: orders_avg(*Y25, f"{BEANS} AND o.customer_type = 'office'"),
        "cr41": lambda: orders_all("o.status = 'refunded'"),
        "cr42": lambda: orders(*Y25, "o.order_type = 'service_fee'"),
        "cr43": lambda: top_orders('o."区域"', *H1_26, margin=1.5),
        "cr44": lambda: per_customer(*Y25, "o.customer_type = 'chain_cafe'"),
        "cr45": lambda: orders_avg(*month(2025, 11), "o.product = 'Hillnook House Espresso'", col="price_per_kg"),
        "cr46": lambda: orders_avg(*month(2025, 9), "o.product = 'Hillnook House Espresso'", col="price_per_kg"),
        "cr47": lambda: top_month_revenue(*Y25, margin=1.01),
        "cr48": lambda: orders(*Q1_26, "o.roastery = 'Kunming Roastery'", agg="sum(o.kg)"),
        # ---- volumes
        "cr50": lambda: events_at(SREQ, *month(2025, 12)),
        "cr51": lambda: events_at(VISIT, "2026-03-09", "2026-03-15"),
        "cr52": lambda: events_at(SUB, *month(2026, 6)),
        "cr53": lambda: events_at(DELIVER, *Q2_26, "e.late"),
        "cr54": lambda: events_at(PAUSE, *month(2026, 2), "e.action = 'pause'"),
        # ---- customers
        "cr56": lambda: customers_share("c.segment = 'at_risk'"),
        "cr57": lambda: top_customers_by("c.acquisition_channel", "1=1", margin=1.1),
        # ---- feedback
        "cr59": lambda: fb_topic_count(TP["late"]),
        "cr60": lambda: fb_topic_count(TP["stale"]),
        "cr61": lambda: fb_topic_count(TP["grinder"]),
        "cr62": lambda: fb_topic_count(TP["invoice"]),
        "cr63": lambda: fb_topic_count(TP["valve"]),
        "cr64": lambda: fb_topic_count(TP["flavour"]),
        "cr65": lambda: fb_topic_count(TP["am"]),
        "cr66": lambda: top_fb_count("f.region", TP["stale"], margin=1.5),
        "cr67": lambda: fb_avg(f"f.channel = 'portal_review' AND {_in('f.ts', *Y25)}"),
        "cr68": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'portal_review' AND {_in('f.ts', *Q1_26)}"),
        "cr69": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *H2_25)}"),
        "cr70": lambda: nps_score("f.channel = 'survey' AND f.customer_type = 'hotel'"),
        "cr71": lambda: rank_nps("f.account_manager", "f.channel = 'survey'", 30),
        "cr72": lambda: fb_count("f.ts IS NULL"),
        "cr73": lambda: feedback_ids(TP["price"]),
        "cr74": lambda: fb_topic_count(TP["price"]),
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
