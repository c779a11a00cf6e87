"""Gold answers for the 磨刀匠 EdgeCraft knife-sharpening held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint strictly after reaching step
  k-1, within the journey window from their first step-1 event in the period (mail_in 30 d, pickup_round 7 d,
  walk_in 14 d, chip_repair 7 d, rehandle 45 d); rates are per person (customer_id); the tolerance covers both
  readings (later steps allowed after the period end, or not). "Where do we lose the most" = the step whose next step
  is not reached by the most people (the loss between step k and k+1 is attributed to step k);
- a session_id is one job (MI… mail-in kit, WI… walk-in, PU… restaurant pickup round, SUB… a restaurant's
  subscription). Per-job rates count jobs whose first A event falls in the period and look for B in the same job at
  or after A (any time up to the end of the data); a job's market / workshop / route / courier are read from its A
  event. Chip-repair acceptance = jobs with a tp_repair_quote that have a tp_repair_accept. Missed-pickup rate =
  scheduled pickup jobs (tp_pickup_book) with a tp_pickup row of action 'missed'. First-time QC fail rate = jobs whose
  first tp_qc row is action 'fail'; a sharpener's QC fail rate = tp_qc rows carrying that sharpener with action
  'fail' / all that sharpener's tp_qc rows. Late (SLA) share = tp_return_deliver rows in the period with
  sla_breached = true (the flag: knives home more than 12 days after workshop check-in);
- times between steps = B ts - A ts of the same job in fractional days (first B at or after the first A), median over
  jobs whose A falls in the period;
- volumes = event rows at the touchpoint (the courier webhook that fires twice for some kit deliveries is loaded
  once); knives = sum of knife_count on the rows; claims = tp_claim rows, payouts = payout_cny of approved claims;
- money = orders with status `paid` by order ts. "In RMB / CNY" or across markets = `amount_cny`; "in HKD / in yen"
  for one market = `amount` (local currency). Revenue = every paid order (kits, chip repairs, re-handles, walk-ins,
  restaurant subscriptions); refunds = status refunded; average ticket = avg of paid orders of that type;
  spend per customer = paid amount_cny / distinct paying customers;
- restaurant churn by plan = restaurants with a subscription order of that plan that have a tp_sub_cancel / all
  restaurants with a subscription order of that plan;
- A/B test prepaid_label_2026: a customer converts when they have a tp_knives_sent within 14 days after assigned_at;
  rates per assigned customer;
- customer attributes as stored (customers table, state at the end of the data); zh questions are checked against
  the Chinese twins (市场, 地区, 获客渠道, 路线, 快递公司, workshop), en ones against the raw values;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); star ratings = rows with a rating (app_review, dianping, google_review); negative =
  1-2 stars; NPS = survey `nps`, NPS score = share 9-10 minus share 0-6 (a fraction);
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; a week is
  Monday..Sunday.
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


# ---------- funnels (per person, DATA.md rule) ----------

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


# ---------- per job (session_id) ----------

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
    _assert_margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def first_fail(start, end, cond="1=1", min_n=30):
    r, n = q(f"SELECT avg((a.action = 'fail')::int), count(*) FROM {_firsts('tp_qc', start, end)} a "
             f"WHERE ({cond})")[0]
    assert n >= min_n, n
    return dict(value=round(r, 4), tolerance=0.01)


def row_share(tp, num, start, end, cond="1=1", min_n=30):
    r, n = q(f"SELECT avg(({num})::int), count(*) FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond})")[0]
    assert n >= min_n, n
    return dict(value=round(r, 4), tolerance=0.01)


def top_row_share(tp, num, by, start, end, cond="1=1", min_n=30, margin=1.5):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY r DESC")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def _times(a, b, start, end, cond="1=1"):
    return f"""SELECT a.*, date_diff('second', a.ts, (SELECT min(x.ts) FROM events x WHERE x.session_id = a.session_id
                      AND x.touchpoint_id = '{b}' AND x.ts >= a.ts)) / 86400.0 AS d
               FROM {_firsts(a, start, end)} a JOIN customers c USING (customer_id) WHERE ({cond})"""


def step_time(a, b, start, end, cond="1=1", min_n=20):
    v, n = q(f"SELECT median(d), count(d) FROM ({_times(a, b, start, end, cond)}) WHERE d IS NOT NULL")[0]
    assert n >= min_n, n
    return dict(value=round(v, 2), tolerance=round(max(0.3, v * 0.05), 2))


def top_step_time(a, b, start, end, by, margin=1.2, min_n=20, cond="1=1"):
    rows = q(f"""SELECT {by}, median(d) m, count(d) n FROM ({_times(a, b, start, end, cond)}) a
                 WHERE d IS NOT NULL GROUP BY 1 HAVING count(d) >= {min_n} ORDER BY m DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- volumes ----------

def events_at(tp, start, end, cond="1=1", agg="count(*)"):
    return dict(value=one(f"SELECT {agg} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def events_all(tp, cond="1=1", agg="count(*)"):
    return dict(value=one(f"SELECT {agg} FROM events e WHERE e.touchpoint_id = '{tp}' AND ({cond})"), tolerance=0.5)


def top_month_count(tp, start, end, margin=1.02):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m'), count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_by(col, tp, start, end, margin=1.3, cond="1=1"):
    rows = q(f"""SELECT {col}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- A/B ----------

def ab_rate(variant):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_knives_sent' AND e.ts >= x.assigned_at
                       AND e.ts <= x.assigned_at + INTERVAL 14 DAY))::int)
                FROM experiments x WHERE experiment_id = 'prepaid_label_2026' AND variant = '{variant}'""")
    return dict(value=round(v, 4), tolerance=0.01)


def ab_diff(a, b):
    return dict(value=round(ab_rate(a)["value"] - ab_rate(b)["value"], 4), tolerance=0.01)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", col="amount_cny"):
    return _money(one(f"SELECT sum(o.{col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_all(cond, col="amount_cny"):
    return _money(one(f"SELECT sum(o.{col}) FROM orders o WHERE {cond}"))


def orders_share(start, end, num):
    v = one(f"SELECT sum(CASE WHEN {num} THEN o.amount_cny ELSE 0 END) / sum(o.amount_cny) FROM orders o "
            f"WHERE o.status = 'paid' AND {_in('o.ts', start, end)}")
    return dict(value=round(float(v), 4), tolerance=0.01)


def orders_avg(start, end, cond, col="amount_cny"):
    v = one(f"SELECT avg(o.{col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(float(v) * 0.005, 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount_cny) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount_cny) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount_cny) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1, agg="sum", col="amount_cny", lowest=False):
    rows = q(f"""SELECT {by}, {agg}(o.{col}) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n {'' if lowest else 'DESC'}""")
    _assert_margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def churn_by_plan(plan):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = r.customer_id
                                  AND e.touchpoint_id = 'tp_sub_cancel'))::int)
                FROM (SELECT DISTINCT customer_id FROM orders WHERE order_type = 'subscription'
                      AND plan = '{plan}') r""")
    return dict(value=round(v, 4), tolerance=0.01)


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers_by(by, cond, margin=1.2):
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


def rank_fb_avg(by, cond, min_n, margin=0.2, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
Q2_25, Q3_25 = quarter(2025, 2), quarter(2025, 3)
ALL = ("2025-01-01", "2026-06-30")
JAM = ("2025-11-01", "2026-01-31")
SUMMER25 = ("2025-06-01", "2025-08-31")
(KIT_ORDER, KIT_DELIVER, SENT, INTAKE, RQUOTE, RACCEPT, RH_ORDER, RH_DONE, QC, RSHIP, RDELIVER, PBOOK, PICKUP,
 DROPOFF, WALKIN, COLLECT, CLAIM, COMPLAINT, CANCEL) = (
    "tp_kit_order", "tp_kit_deliver", "tp_knives_sent", "tp_intake", "tp_repair_quote", "tp_repair_accept",
    "tp_rehandle_order", "tp_rehandle_done", "tp_qc", "tp_return_ship", "tp_return_deliver", "tp_pickup_book",
    "tp_pickup", "tp_dropoff", "tp_walkin", "tp_collect", "tp_claim", "tp_complaint", "tp_sub_cancel")
RATED = "f.rating IS NOT NULL"
HOUSEHOLD = "o.customer_id IN (SELECT customer_id FROM customers WHERE customer_type = 'household')"
TOPIC_MARKERS = {
    "sharp": ["锋利", "razor sharp"], "courier": ["快递太慢", "courier was slow"],
    "lost": ["丢了", "went missing"], "scratch": ["划痕", "scratch"], "missed": ["没来取刀", "missed pickup"],
    "pricey": ["太贵", "expensive"], "packaging": ["包装", "packaging"], "handle_wait": ["换柄", "re-handle"],
    "uneven": ["刃口不均", "uneven edge"], "craft": ["师傅", "craftsman"], "punctual": ["准时", "on time"],
    "label": ["面单", "prepaid label"]}
TP = {k: _like("f.text", v) for k, v in TOPIC_MARKERS.items()}


def gold():
    return {
        # ---- funnels (per person)
        "ks01": lambda: conv("mail_in", *Y25),
        "ks02": lambda: top_lost("mail_in", *H1_26),
        "ks03": lambda: conv("pickup_round", *Q3_25),
        "ks04": lambda: conv("walk_in", *Q1_26),
        "ks05": lambda: conv("chip_repair", *Y25),
        "ks06": lambda: conv("chip_repair", *H1_26),
        # ---- per-job rates
        "ks07": lambda: rank_rate(RQUOTE, RACCEPT, *ALL, by="a.workshop_en", lowest=True, margin=1.2),
        "ks08": lambda: rate(RQUOTE, RACCEPT, *Y25, "a.market = 'HKG'"),
        "ks09": lambda: first_fail("2026-02-01", "2026-06-30", "a.market = 'OSA'"),
        "ks10": lambda: first_fail(*Y25, "a.market = 'OSA'"),
        "ks11": lambda: top_row_share(QC, "e.action = 'fail'", "e.sharpener", *H1_26, margin=3.0),
        "ks12": lambda: row_share(RDELIVER, "e.sla_breached", *JAM, "e.market = 'CDU' AND e.courier = 'yunda'"),
        "ks13": lambda: row_share(RDELIVER, "e.sla_breached", *JAM, "e.market = 'CDU' AND e.courier = 'sf_express'"),
        "ks14": lambda: step_time(RSHIP, RDELIVER, *JAM, "a.courier = 'yunda'"),
        "ks15": lambda: top_step_time(RSHIP, RDELIVER, *H2_25, by='a."快递公司"', margin=1.2),
        "ks16": lambda: top_events_by("e.courier", CLAIM, *ALL, margin=1.5, cond="e.claim_leg = 'return'"),
        "ks17": lambda: rate(PBOOK, PICKUP, *SUMMER25, "a.route = 'kowloon'", "x.action = 'missed'"),
        "ks18": lambda: rate(PBOOK, PICKUP, *SUMMER25, "a.route = 'island'", "x.action = 'missed'"),
        "ks19": lambda: rank_rate(PBOOK, PICKUP, *SUMMER25, by='a."路线"', bcond="x.action = 'missed'", margin=2.0),
        "ks20": lambda: events_at(CANCEL, *Q3_25, "e.route = 'kowloon'"),
        "ks21": lambda: top_events_by("e.cancel_reason", CANCEL, *Y25, margin=1.25),
        "ks22": lambda: churn_by_plan("monthly"),
        "ks23": lambda: churn_by_plan("quarterly"),
        # ---- step times
        "ks24": lambda: step_time(RH_ORDER, RH_DONE, *Q1_26, "a.market = 'CDU' AND a.handle_material = 'walnut'"),
        "ks25": lambda: step_time(RH_ORDER, RH_DONE, *Y25),
        # ---- A/B
        "ks26": lambda: ab_rate("prepaid_label"),
        "ks27": lambda: ab_rate("self_book"),
        "ks28": lambda: ab_diff("prepaid_label", "self_book"),
        # ---- step times
        "ks29": lambda: step_time(KIT_DELIVER, SENT, *Y25),
        "ks30": lambda: step_time(INTAKE, RDELIVER, *H1_26),
        "ks31": lambda: step_time(WALKIN, COLLECT, *Y25),
        # ---- volumes
        "ks32": lambda: events_at(KIT_ORDER, *month(2025, 12)),
        "ks33": lambda: events_at(PICKUP, "2026-03-09", "2026-03-15", "e.action = 'collected'"),
        "ks34": lambda: top_month_count(KIT_ORDER, *Y25, margin=1.05),
        "ks35": lambda: events_at(INTAKE, *Q2_26, "e.market = 'OSA'", agg="sum(e.knife_count)"),
        "ks36": lambda: events_at(CLAIM, *H1_26),
        "ks37": lambda: events_all(CLAIM, "e.claim_status = 'approved'", agg="sum(e.payout_cny)"),
        "ks38": lambda: top_events_by("e.complaint_topic", COMPLAINT, *Y25, margin=1.2),
        # ---- money
        "ks39": lambda: orders(*Y25),
        "ks40": lambda: orders(*Q1_26, "o.market = 'HKG'", col="amount"),
        "ks41": lambda: orders(*H1_26, "o.market = 'OSA' AND o.order_type = 'subscription'", col="amount"),
        "ks42": lambda: top_orders('o."市场"', *Y25, margin=1.1),
        "ks43": lambda: orders_share(*Y25, "o.order_type = 'subscription'"),
        "ks44": lambda: orders_avg(*Y25, "o.market = 'CDU' AND o.order_type = 'kit'", col="amount"),
        "ks45": lambda: orders_change(Q2_25, Q2_26),
        "ks46": lambda: orders_all("o.order_type = 'kit' AND o.status = 'refunded'"),
        "ks47": lambda: top_orders("o.payment_method", *Y25, "o.market = 'HKG'", col="amount", margin=1.3),
        "ks48": lambda: per_customer(*Y25, HOUSEHOLD),
        "ks49": lambda: orders(*Y25, "o.order_type = 'chip_repair'"),
        # ---- customers
        "ks50": lambda: customers_count("c.customer_type = 'restaurant' AND c.plan IN ('monthly', 'quarterly')"),
        "ks51": lambda: top_customers_by("c.acquisition_channel", "c.market = 'HKG' AND c.customer_type = 'household'",
                                         margin=1.3),
        "ks52": lambda: customers_share("c.segment = 'at_risk'"),
        "ks53": lambda: top_customers_by("c.region", "c.market = 'CDU' AND c.customer_type = 'household' "
                                                     "AND c.region <> 'Sichuan'", margin=1.1),
        # ---- feedback
        "ks54": lambda: fb_topic_count(TP["courier"]),
        "ks55": lambda: fb_topic_count(TP["missed"]),
        "ks56": lambda: top_fb_count("f.workshop", TP["uneven"], margin=1.5),
        "ks57": lambda: fb_topic_count(TP["packaging"]),
        "ks58": lambda: fb_topic_count(TP["craft"]),
        "ks59": lambda: fb_avg(f"f.channel = 'google_review' AND {_in('f.ts', *Y25)}"),
        "ks60": lambda: fb_ratio("f.rating <= 2", f"{RATED} AND {_in('f.ts', *Y25)}"),
        "ks61": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}"),
        "ks62": lambda: nps_score("f.channel = 'survey' AND f.market = 'HKG'"),
        "ks63": lambda: rank_fb_avg("f.workshop_en", _in("f.ts", *H1_26), 50, margin=0.2),
        "ks64": lambda: feedback_ids(TP["pricey"]),
        "ks65": lambda: fb_count("f.ts IS NULL"),
        "ks66": lambda: fb_topic_count(TP["label"]),
        "ks67": lambda: fb_topic_count(TP["handle_wait"]),
        "ks68": lambda: fb_topic_count(TP["scratch"]),
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
