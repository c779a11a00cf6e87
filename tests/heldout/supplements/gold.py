"""Gold answers for the supplements (燃力 PeakFuel) held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events.csv holds 36 exact duplicate rows (carrier delivery webhooks sent twice, same event_id); they are loaded
  once (DATA.md), so every count here is over distinct rows.
- customers / people / 用户 / 客户 = distinct customer_id. region = market: china, us, uk, germany, australia. The
  customers table holds everyone who created an account (also people who never bought, lifecycle `prospect`); its
  columns are the state at the end of the data (2026-07-31): lifecycle (prospect, one_off, repeat, subscriber,
  cancelled_sub), segment (prospect, new, returning, at_risk, vip), tier (none, bronze, silver, gold),
  subscription_plan (every_4_weeks / every_8_weeks for current subscribers). signup_at = account created.
- Funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period. Every rate is read twice,
  with later steps allowed after the period end and with every step inside the period; the value is the first
  reading and the tolerance covers both (at least 0.01). A funnel for a market / variant filters the customers.
- A/B test = experiments `checkout_sub_default` (opt_in = control, pre_ticked = Subscribe & Save box ticked by
  default), assigned at a new customer's first checkout between 2025-09-15 and 2025-11-30 (not in China). Per
  variant: the order_to_sub funnel (45 days) and the early_churn funnel (sub start -> cancel within 45 days) over
  the test window, for the customers assigned to it.
- Shipments: tp_shipped (one per paid order that left a warehouse), tp_customs_hold, tp_delivered (delivery_days =
  days from dispatch to delivery, averaged over deliveries dated in the period; the tolerance also covers the
  reading by dispatch date). Share held at customs = shipped orders with a hold / shipped orders (by
  dispatch date), also read as hold events / shipped events dated in the period.
- Subscriptions: renewal orders (order_type subscription_renewal) are `cancelled` with cancel_reason
  payment_failed when the charge and its retry failed. Skip share = tp_sub_skip / (tp_sub_skip + tp_sub_charge)
  with events dated in the period. Swaps: tp_flavour_swap, swap_from = the flavour taken out.
- Money = orders with status `paid`, `amount` in USD (group reporting currency, fixed rates), dated by orders.ts;
  amount_local / currency for a question in local money. Subscribe & Save revenue = order_type
  subscription_first + subscription_renewal. Refunded (damage), returned (parcel refused at customs) and cancelled
  (failed renewal charge) orders are not revenue.
- Feedback: "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table).
  Complaint-topic counts use text markers with a 5 % tolerance, checked to equal the truth topic. A period filter
  keeps dated rows only. NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value.
- Periods are inclusive calendar dates; relative periods resolve against `as_of`, else 2026-07-31, the last day of
  the data.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
LAST = "2026-07-31"


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys", "experiments"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, sample_size=-1, all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE events AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts,
                   try_cast(delivery_days AS DOUBLE) AS delivery_days, try_cast(wait_min AS DOUBLE) AS wait_min,
                   try_cast(refund_local AS DOUBLE) AS refund_local, try_cast(duty_local AS DOUBLE) AS duty_local,
                   try_cast(refund_days AS DOUBLE) AS refund_days) FROM events""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'amount_local': 'DOUBLE',
                    'qty': 'INTEGER'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE', 'region': 'VARCHAR', 'touchpoint_id': 'VARCHAR', 'product': 'VARCHAR',
                    'flavour': 'VARCHAR', 'order_id': 'VARCHAR', 'platform': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) - count(DISTINCT customer_id) FROM customers") == 0
    assert one("SELECT count(*) - count(DISTINCT feedback_id) FROM feedback") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)") == 0
    assert one("SELECT count(*) FROM events WHERE customer_id NOT IN (SELECT customer_id FROM customers)") == 0
    assert one("SELECT count(*) FROM events e JOIN customers c USING (customer_id) WHERE e.region <> c.region") == 0
    assert one("SELECT max(ts) FROM events") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")
    assert one("SELECT min(ts) FROM events") >= one("SELECT TIMESTAMP '2024-10-01'")


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


def span(vals, floor=0.01, digits=4):
    """value = the first reading; the tolerance covers every other reading."""
    a = float(vals[0])
    dev = max(abs(float(v) - a) for v in vals)
    return dict(value=round(a, digits), tolerance=round(max(floor, dev + 0.005 if dev > 0 else floor), digits))


def top_group(sql, gap=1.1, lowest=False, absolute=None):
    rows = q(sql)
    rows = sorted(rows, key=lambda r: r[1], reverse=not lowest)
    if absolute is not None:
        assert abs(rows[0][1] - rows[1][1]) > absolute, rows[:3]
    elif lowest:
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


def readings(journey, start, end, a=1, b=None, **kw) -> list[float]:
    steps, window = _journey(journey)
    b = b or len(steps)
    out = []
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        out.append(c[b - 1] / c[a - 1])
        if a > 1 or b < len(steps):
            c = funnel_steps(steps[a - 1:b], window, start, end, bounded=bounded, **kw)
            out.append(c[-1] / c[0])
    return out


def conv(journey, start, end, a=1, b=None, **kw):
    return span(readings(journey, start, end, a, b, **kw))


def top_conv(journey, start, end, column, lowest=False, min_n=40, gap=0.04, cust_cond="1=1"):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    steps, window = _journey(journey)
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            c = funnel_steps(steps, window, start, end, cust_cond=f"{column} = '{v}' AND ({cust_cond})",
                             bounded=bounded)
            if c[0] >= min_n:
                rates[v] = c[-1] / c[0]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=str(tops.pop()))


def top_lost(journey, start, end, **kw):
    steps, window = _journey(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        srt = sorted(lost, reverse=True)
        assert srt[0] > srt[1] * 1.1, lost
        tops.add(steps[lost.index(srt[0])])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


EXP_WIN = ("2025-09-15", "2025-11-30")


def exp_rates(journey):
    out = {}
    for v in ("opt_in", "pre_ticked"):
        cond = f"""c.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = 'checkout_sub_default'
                   AND variant = '{v}')"""
        out[v] = readings(journey, *EXP_WIN, cust_cond=cond)
    return out


def experiment_top(journey, lowest=False):
    r = exp_rates(journey)
    for i in range(2):
        assert abs(r["opt_in"][i] - r["pre_ticked"][i]) > 0.04, r
    best = max(r, key=lambda v: r[v][0]) if not lowest else min(r, key=lambda v: r[v][0])
    assert all((r[best][i] > r[o][i]) != lowest for o in r if o != best for i in range(2)), r
    return dict(top_entity=best)


def experiment_value(journey, variant):
    return span(exp_rates(journey)[variant])


# ---------- events ----------

def ev_count(tps, start, end, cond="1=1", distinct=None):
    tps = tps if tps.startswith("(") else f"('{tps}')"
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e WHERE e.touchpoint_id IN {tps} AND {_in('e.ts', start, end)}
                         AND ({cond})"""))


def ev_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.05):
    return num(one(f"""SELECT avg({col}) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                       AND ({cond})"""), rel=rel, floor=floor)


def top_ev_value(tp, col, start, end, cond="1=1", gap=1.15, agg="count(*)", lowest=False):
    return top_group(f"""SELECT {col}, {agg} FROM events e WHERE touchpoint_id = '{tp}' AND {col} IS NOT NULL
                         AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""", gap=gap, lowest=lowest)


def deliv_days(region, start, end):
    """average delivery_days of deliveries dated in the period; also read by dispatch date."""
    by_delivery = one(f"""SELECT avg(delivery_days) FROM events e WHERE touchpoint_id = 'tp_delivered'
                          AND region = '{region}' AND {_in('e.ts', start, end)}""")
    by_dispatch = one(f"""SELECT avg(d.delivery_days) FROM events d JOIN events s ON s.order_id = d.order_id
                          AND s.touchpoint_id = 'tp_shipped' WHERE d.touchpoint_id = 'tp_delivered'
                          AND d.region = '{region}' AND {_in('s.ts', start, end)}""")
    return span([by_delivery, by_dispatch], floor=0.05, digits=3)


def skip_share(start, end, cond="1=1"):
    return rate(one(f"""SELECT avg((touchpoint_id = 'tp_sub_skip')::int) FROM events e
                        WHERE touchpoint_id IN ('tp_sub_skip', 'tp_sub_charge') AND {_in('e.ts', start, end)}
                        AND ({cond})"""))


def customs_share(start, end, region="germany"):
    by_order = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events h WHERE h.touchpoint_id = 'tp_customs_hold'
                                          AND h.order_id = s.order_id))::int)
                       FROM events s WHERE s.touchpoint_id = 'tp_shipped' AND s.region = '{region}'
                       AND {_in('s.ts', start, end)}""")
    by_event = one(f"""SELECT sum((touchpoint_id = 'tp_customs_hold')::int) / sum((touchpoint_id = 'tp_shipped')::int)
                       FROM events e WHERE region = '{region}' AND {_in('e.ts', start, end)}""")
    return span([by_order, by_event])


def melted_share(start, end):
    by_order = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events r WHERE r.touchpoint_id = 'tp_damage_report'
                                          AND r.order_id = d.order_id AND r.damage_type = 'melted'))::int)
                       FROM events d WHERE d.touchpoint_id = 'tp_delivered' AND d.region = 'australia'
                       AND d.product = 'creatine_gummies' AND {_in('d.ts', start, end)}""")
    by_event = one(f"""SELECT sum((touchpoint_id = 'tp_damage_report' AND damage_type = 'melted')::int)
                              / sum((touchpoint_id = 'tp_delivered')::int)
                       FROM events e WHERE region = 'australia' AND product = 'creatine_gummies'
                       AND {_in('e.ts', start, end)}""")
    return span([by_order, by_event])


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", cond="1=1", status="paid"):
    v = one(f"SELECT {agg} FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return count(v)
    return num(v, floor=0.01 if abs(float(v)) < 100 else 1.0)


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", gap=1.08, lowest=False):
    return top_group(f"""SELECT {col}, {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                         AND ({cond}) AND {col} IS NOT NULL GROUP BY 1""", gap=gap, lowest=lowest)


def order_share(num_, start, end, cond="1=1"):
    return rate(one(f"""SELECT sum(CASE WHEN {num_} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o
                        WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"""))


def renewal_fail_share(start, end, region):
    return rate(one(f"""SELECT avg((status = 'cancelled')::int) FROM orders o
                        WHERE order_type = 'subscription_renewal' AND region = '{region}'
                        AND {_in('o.ts', start, end)}"""))


# ---------- customers ----------

def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def cust_share(num_, cond="1=1"):
    return rate(one(f"SELECT avg(({num_})::int) FROM customers c WHERE {cond}"))


def top_cust(col, cond="1=1", gap=1.08, agg="count(*)"):
    return top_group(f"SELECT {col}, {agg} FROM customers c WHERE {cond} GROUP BY 1", gap=gap)


# ---------- feedback ----------

MARK = {
    "customs_fee": "(f.text LIKE '%关税%' OR lower(f.text) LIKE '%customs%')",
    "late_delivery": "(f.text LIKE '%物流慢%' OR regexp_matches(lower(f.text), '\\blate\\b'))",
    "melted": "(f.text LIKE '%融化%' OR lower(f.text) LIKE '%melted%')",
    "aftertaste": "(f.text LIKE '%后味%' OR lower(f.text) LIKE '%aftertaste%')",
    "surprise_sub": "(f.text LIKE '%自动续订%' OR regexp_matches(lower(f.text), 'didn.t reali[sz]e'))",
    "payment_declined": "(f.text LIKE '%扣款失败%' OR lower(f.text) LIKE '%declined%')",
    "clumping": "(f.text LIKE '%结块%' OR lower(f.text) LIKE '%clump%')",
    "damaged": "(f.text LIKE '%破损%' OR lower(f.text) LIKE '%cracked%')",
    "stomach": "(f.text LIKE '%胀气%' OR lower(f.text) LIKE '%bloat%')",
    "lab_trust": "(f.text LIKE '%检测报告%' OR lower(f.text) LIKE '%lab test%')",
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


def fb_top(col, agg, cond, lowest=False, gap=0.15, min_n=30):
    rows = q(f"""SELECT {col}, {agg} r FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert len(rows) == 1 or abs(rows[0][1] - rows[1][1]) > gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


ALL = ("2024-10-01", LAST)
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25 = quarter(2025, 3)
Q1_26 = quarter(2026, 1)
Q2_26 = quarter(2026, 2)
HEAT = ("2025-12-01", "2026-02-28")
PSP = ("2026-02-01", "2026-04-30")
POST_REFORM = ("2026-03-01", LAST)
SUBS = "o.order_type IN ('subscription_first', 'subscription_renewal')"
DE = "c.region = 'germany'"


def gold() -> dict:
    return {
        # ---- funnels and the A/B test
        "sp01": lambda: conv("quiz_to_order", *Y25),
        "sp02": lambda: top_lost("quiz_to_order", *Y25),
        "sp03": lambda: conv("checkout", *Q3_25, cust_cond=DE),
        "sp04": lambda: conv("checkout", *Q1_26, cust_cond=DE),
        "sp05": lambda: conv("browse_to_buy", *Y25),
        "sp06": lambda: top_conv("sample_to_order", *ALL, "c.region"),
        "sp07": lambda: conv("sample_to_order", *ALL, cust_cond=DE),
        "sp08": lambda: conv("order_to_sub", *Y25),
        "sp09": lambda: experiment_top("order_to_sub"),
        "sp10": lambda: experiment_top("early_churn"),
        "sp11": lambda: experiment_value("early_churn", "opt_in"),
        "sp12": lambda: conv("delivery", *Q3_25, cust_cond=DE),
        "sp13": lambda: conv("damage_refund", *ALL),
        # ---- operations
        "sp14": lambda: deliv_days("china", *month(2025, 6)),
        "sp15": lambda: deliv_days("germany", *Q3_25),
        "sp16": lambda: deliv_days("germany", *Q2_26),
        "sp17": lambda: customs_share(*H1_25),
        "sp18": lambda: top_ev_value("tp_customs_hold", "e.region", *ALL, gap=5),
        "sp19": lambda: num(one("""SELECT sum(refund_local) FROM events WHERE touchpoint_id = 'tp_refund'
                                   AND region = 'australia' AND refund_reason = 'melted'"""), floor=1.0),
        "sp20": lambda: melted_share(*HEAT),
        "sp21": lambda: top_ev_value("tp_damage_report", "e.product", *HEAT, cond="e.region = 'australia'", gap=2),
        "sp22": lambda: ev_count("tp_flavour_swap", *POST_REFORM, cond="e.swap_from = 'chocolate'"),
        "sp23": lambda: top_ev_value("tp_flavour_swap", "e.swap_to", *POST_REFORM, cond="e.swap_from = 'chocolate'",
                                     gap=1.5),
        "sp24": lambda: renewal_fail_share(*PSP, "uk"),
        "sp25": lambda: top_ev_value("tp_sub_cancel", "e.cancel_reason", *PSP, cond="e.region = 'uk'", gap=2),
        "sp26": lambda: top_ev_value("tp_sub_cancel", "e.cancel_reason", *Q2_26,
                                     cond="e.product = 'whey_isolate'", gap=1.5),
        "sp27": lambda: skip_share(*month(2025, 12)),
        "sp28": lambda: ev_avg("tp_support_chat", "wait_min", *month(2025, 11), rel=0.01, floor=0.1),
        "sp29": lambda: top_ev_value("tp_support_chat", "e.chat_topic", *Y25, cond="e.region = 'germany'", gap=1.3),
        "sp30": lambda: ev_count("tp_support_chat", *month(2026, 6)),
        "sp31": lambda: ev_count("tp_shipped", *Q1_26),
        # ---- money
        "sp32": lambda: orders(*Y25),
        "sp33": lambda: top_orders("o.region", *Y25, lowest=True),
        "sp34": lambda: order_share(SUBS, *Y25),
        "sp35": lambda: orders(*month(2025, 11), agg="sum(o.amount_local)", cond="o.region = 'china'"),
        "sp36": lambda: orders(*Y25, agg="avg(o.amount_local)", cond="o.region = 'uk' AND o.order_type = 'first_order'"),
        "sp37": lambda: orders(*month(2026, 6), cond="o.region = 'australia'"),
        "sp38": lambda: top_orders("o.product", *Y25, cond="o.product NOT IN ('whey_isolate', 'plant_protein')",
                                   gap=1.2),
        "sp39": lambda: orders(*H1_26, cond="o.product = 'creatine_gummies'"),
        "sp40": lambda: orders(*ALL, status="returned", cond="o.refund_reason = 'refused_customs_fee'"),
        "sp41": lambda: orders("2025-11-23", "2025-12-02", agg="count(*)", cond="o.region = 'us'"),
        # ---- customers
        "sp42": lambda: cust_count("c.lifecycle = 'subscriber'"),
        "sp43": lambda: cust_count("c.lifecycle = 'subscriber' AND c.subscription_plan = 'every_8_weeks'"),
        "sp44": lambda: cust_count(_in("c.signup_at", *Q1_26)),
        "sp45": lambda: top_cust("c.acquisition_channel", f"c.region = 'china' AND {_in('c.signup_at', *Y25)}",
                                 gap=1.3),
        "sp46": lambda: top_cust("c.acquisition_channel", "c.region <> 'china' AND c.lifecycle <> 'prospect'",
                                 agg="avg((c.lifecycle = 'one_off')::int)", gap=1.3),
        "sp47": lambda: cust_count("c.tier = 'gold'"),
        "sp48": lambda: cust_share("c.lifecycle = 'prospect'", DE),
        # ---- feedback
        "sp49": lambda: topic_count("customs_fee"),
        "sp50": lambda: topic_top("customs_fee", "f.region", gap=5),
        "sp51": lambda: topic_count("melted"),
        "sp52": lambda: topic_count("aftertaste"),
        "sp53": lambda: fb_avg("f.rating", "f.channel = 'product_review' AND f.product = 'whey_isolate' "
                               f"AND f.flavour = 'chocolate' AND {_in('f.ts', *POST_REFORM)}"),
        "sp54": lambda: fb_avg("f.rating", "f.channel = 'product_review' AND f.product = 'whey_isolate' "
                               "AND f.flavour = 'chocolate' AND f.ts < TIMESTAMP '2026-03-01'"),
        "sp55": lambda: topic_count("surprise_sub"),
        "sp56": lambda: topic_count("payment_declined"),
        "sp57": lambda: topic_top("payment_declined", "f.region", gap=3),
        "sp58": lambda: fb_top("f.product", "avg(f.rating)", f"f.rating IS NOT NULL AND {_in('f.ts', *Y25)}",
                               lowest=True, gap=0.15, min_n=50),
        "sp59": lambda: topic_top("late_delivery", "f.region", gap=1.5),
        "sp60": lambda: fb_ratio(NEG, _in("f.ts", *month(2026, 3))),
        "sp61": lambda: nps(f"f.channel = 'survey' AND f.region = 'germany' AND {_in('f.ts', '2025-01-01', '2025-10-31')}"),
        "sp62": lambda: nps(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "sp63": lambda: fb_top("f.touchpoint_id", "avg(f.rating)", "f.rating IS NOT NULL", lowest=True, gap=0.3,
                               min_n=100),
        "sp64": lambda: fb_count("f.ts IS NULL"),
        "sp65": lambda: fb_ids("t.topic = 'melted'"),
        "sp66": lambda: topic_count("clumping"),
        "sp67": lambda: topic_count("lab_trust"),
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
