"""Gold answers for the refurbished-laptop (焕新电脑 ReBoot) held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- customers / people / sellers / buyers / 客户 / 用户 = distinct customer_id. The customers table holds everyone who
  ever reached us (sellers, buyers, both, corporate accounts); its columns are the state at the end of the data
  (2026-06-30). segment: consumer / student / smb / enterprise; role: seller / buyer / both; country CN / DE / US;
  region = city or state; tier: standard / plus (ReBoot+ member) / key_account; buy_platform = the marketplace the
  customer shops on (events.platform on their shopping events always equals it).
- Funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period. Every rate is read twice,
  with later steps allowed after the period end and with every step inside the period; a part of a journey (steps
  a..b) is read inside the full journey (reached b / reached a) and as a funnel starting at step a. The value is the
  first reading and the tolerance covers them all (at least 0.01). Where the question says later steps may land after
  the period ("count refunds that landed in early 2026", "90 days" from enquiries of the year), only the readings
  with later steps allowed after the period are used. A funnel by a customer attribute (country, segment,
  platform, industry, tier) filters the customers.
- Trade-ins: one trade_id per quote; a trade-in's events carry it. Failed-pickup share = tp_pickup_failed /
  (tp_pickup_failed + tp_pickup_collected) pickup attempts dated in the period, by courier. Revised-offer share =
  share of tp_grading events (dated in the period) with offer_revised = 1; its rejection share = tp_revised_offer
  events with action 'rejected' / all tp_revised_offer events. Payouts = payout_cny on tp_payout (consumer, student,
  smb trade-ins and corporate invoices alike). Wipe-certificate time = cert_hours on tp_wipe_cert, by the
  certificate's date.
- Corporate buy-backs: one deal_id per enquiry; units = tp_bulk_collection.units; win rate per quote = tp_bulk_quote
  events in the period whose deal_id has a tp_bulk_contract (any time).
- Money = orders with status 'paid', amount in CNY (group reporting currency; EUR 7.80, USD 7.20), dated by
  orders.ts; "in euros / dollars" = amount_local. order_type laptop / accessory / extended_warranty; a laptop sold
  = an order with order_type 'laptop'. Return rate = laptop orders with status 'returned' / laptop orders not
  cancelled, by order date. Warranty claims = tp_warranty_claim events (issue, model and order_id on the event).
  Delivery time = delivery_days on tp_delivered (shipped to delivered), by delivery date. Units sold per model,
  average selling price and days listed (orders.days_listed) use paid laptop orders. The T480 claim share = laptop
  orders (not cancelled) of that model and country in the period with a tp_warranty_claim on the same order_id.
- A/B test = experiments 'listing_badge_2026' (control / battery_badge): per variant the purchase funnel
  listing page -> checkout (steps 1..3, 14 days) over the test window 2026-02-01 .. 2026-04-30 for the customers
  assigned to it.
- Feedback: "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table).
  Complaint-topic counts use text markers with a 5 % tolerance, checked against the truth topic. A period filter keeps
  dated rows only. NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value. Country of a comment = the
  feedback row's country column.
- Periods are inclusive calendar dates; weeks run Monday..Sunday; relative periods resolve against `as_of`, else
  2026-06-30, the last day of the data.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
LAST = "2026-06-30"


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys", "experiments"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    sample_size=-1, all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE events AS SELECT * REPLACE (ts::TIMESTAMP AS ts,
                   try_cast(units AS INTEGER) AS units, try_cast(quote_cny AS DOUBLE) AS quote_cny,
                   try_cast(payout_cny AS DOUBLE) AS payout_cny, try_cast(payout_local AS DOUBLE) AS payout_local,
                   try_cast(cert_hours AS DOUBLE) AS cert_hours, try_cast(offer_revised AS INTEGER) AS offer_revised,
                   try_cast(offer_change_pct AS DOUBLE) AS offer_change_pct,
                   try_cast(battery_health AS INTEGER) AS battery_health,
                   try_cast(transit_days AS DOUBLE) AS transit_days, try_cast(delivery_days AS DOUBLE) AS delivery_days,
                   try_cast(repair_days AS DOUBLE) AS repair_days, try_cast(attempt_no AS INTEGER) AS attempt_no,
                   try_cast(contract_value_cny AS DOUBLE) AS contract_value_cny,
                   try_cast(quote_total_cny AS DOUBLE) AS quote_total_cny) FROM events""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'amount_local': 'DOUBLE',
                    'lot_id': 'VARCHAR', 'coupon': 'VARCHAR', 'return_reason': 'VARCHAR', 'grade': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE', 'country': 'VARCHAR', 'region': 'VARCHAR', 'touchpoint_id': 'VARCHAR',
                    'platform': 'VARCHAR', 'order_id': 'VARCHAR', 'trade_id': 'VARCHAR', 'segment': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) - count(DISTINCT customer_id) FROM customers") == 0
    assert one("SELECT count(*) - count(DISTINCT feedback_id) FROM feedback") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)") == 0
    assert one("SELECT count(*) FROM events WHERE customer_id NOT IN (SELECT customer_id FROM customers)") == 0
    assert one("SELECT count(*) FROM events e JOIN customers c USING (customer_id) WHERE e.country <> c.country") == 0
    assert one("""SELECT count(*) FROM events e JOIN customers c USING (customer_id) WHERE e.touchpoint_id IN
                  ('tp_listing_view', 'tp_add_to_cart', 'tp_checkout') AND e.platform <> c.buy_platform""") == 0
    assert one("SELECT max(ts) FROM events") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")
    assert one("SELECT min(ts) FROM events") >= one("SELECT TIMESTAMP '2024-07-01'")


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


def conv_open(journey, start, end, a=1, b=None, **kw):
    """the question says later steps may fall after the period: the unbounded readings only."""
    steps, window = _journey(journey)
    b = b or len(steps)
    c = funnel_steps(steps, window, start, end, **kw)
    out = [c[b - 1] / c[a - 1]]
    if a > 1 or b < len(steps):
        c = funnel_steps(steps[a - 1:b], window, start, end, **kw)
        out.append(c[-1] / c[0])
    return span(out)


def top_conv(journey, start, end, column, lowest=False, min_n=40, gap=0.04, a=1, b=None, cust_cond="1=1"):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL AND ({cust_cond})")]
    steps, window = _journey(journey)
    bb = b or len(steps)
    tops = set()
    for i in range(3):
        rates = {}
        for v in vals:
            cond = f"{column} = '{v}' AND ({cust_cond})"
            if i == 2:
                c = funnel_steps(steps[a - 1:bb], window, start, end, cust_cond=cond)
                n0, n1 = c[0], c[-1]
            else:
                c = funnel_steps(steps, window, start, end, cust_cond=cond, bounded=i == 1)
                n0, n1 = c[a - 1], c[bb - 1]
            if n0 >= min_n:
                rates[v] = n1 / n0
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def conv_table(journey, start, end, column, a=1, b=None, cust_cond="1=1"):
    """for exploring: rate per value of a customer column."""
    steps, window = _journey(journey)
    bb = b or len(steps)
    out = {}
    for (v,) in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL AND ({cust_cond})"):
        c = funnel_steps(steps, window, start, end, cust_cond=f"{column} = '{v}' AND ({cust_cond})")
        out[v] = (c[a - 1], round(c[bb - 1] / c[a - 1], 4) if c[a - 1] else None)
    return out


def top_lost(journey, start, end, **kw):
    steps, window = _journey(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.15, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


EXP_WIN = ("2026-02-01", "2026-04-30")


def exp_cond(variant):
    return (f"c.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = 'listing_badge_2026' "
            f"AND variant = '{variant}')")


def experiment_top():
    r = {v: readings("purchase", *EXP_WIN, 1, 3, cust_cond=exp_cond(v)) for v in ("control", "battery_badge")}
    for i in range(len(r["control"])):
        assert r["battery_badge"][i] - r["control"][i] > 0.04, r
    return dict(top_entity="battery_badge")


def experiment_value(variant):
    return conv("purchase", *EXP_WIN, 1, 3, cust_cond=exp_cond(variant))


# ---------- events ----------

def ev_count(tps, start, end, cond="1=1", what="count(*)"):
    tps = tps if tps.startswith("(") else f"('{tps}')"
    v = one(f"SELECT {what} FROM events e WHERE e.touchpoint_id IN {tps} AND {_in('e.ts', start, end)} AND ({cond})")
    return count(v)


def ev_sum(tp, col, start, end, cond="1=1", rel=0.002):
    v = one(f"""SELECT sum({col}) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return num(v, rel=rel, floor=1.0)


def ev_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.1):
    return num(one(f"""SELECT avg({col}) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                       AND ({cond})"""), rel=rel, floor=floor)


def ev_share(tp, num_, start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(({num_})::int) FROM events e WHERE touchpoint_id = '{tp}'
                        AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_ev(tp, col, agg, start, end, cond="1=1", gap=1.15, lowest=False, absolute=None, min_n=1):
    return top_group(f"""SELECT {col}, {agg} FROM events e WHERE touchpoint_id = '{tp}' AND {col} IS NOT NULL
                         AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n}""",
                     gap=gap, lowest=lowest, absolute=absolute)


PICKUP = "('tp_pickup_failed', 'tp_pickup_collected')"


def pickup_fail(start, end, cond="1=1"):
    return rate(one(f"""SELECT avg((touchpoint_id = 'tp_pickup_failed')::int) FROM events e
                        WHERE touchpoint_id IN {PICKUP} AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_pickup_fail(start, end, absolute=0.1):
    return top_group(f"""SELECT courier, avg((touchpoint_id = 'tp_pickup_failed')::int) FROM events e
                         WHERE touchpoint_id IN {PICKUP} AND {_in('e.ts', start, end)} GROUP BY 1""",
                     absolute=absolute)


def bulk_win(start, end, cond="1=1"):
    return rate(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events x WHERE x.touchpoint_id = 'tp_bulk_contract'
                                            AND x.deal_id = e.deal_id))::int)
                        FROM events e JOIN customers c USING (customer_id)
                        WHERE e.touchpoint_id = 'tp_bulk_quote' AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_bulk_win(start, end, lowest=False, gap=0.12):
    return top_group(f"""SELECT c.industry, avg((EXISTS (SELECT 1 FROM events x WHERE x.touchpoint_id =
                                'tp_bulk_contract' AND x.deal_id = e.deal_id))::int)
                         FROM events e JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id = 'tp_bulk_quote' AND {_in('e.ts', start, end)} GROUP BY 1""",
                     lowest=lowest, absolute=gap)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", cond="1=1"):
    v = one(f"SELECT {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return count(v)
    return num(v, floor=0.01 if abs(float(v)) < 100 else 1.0)


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", gap=1.08):
    return top_group(f"""SELECT {col}, {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                         AND ({cond}) AND {col} IS NOT NULL GROUP BY 1""", gap=gap)


def order_share(num_, start, end, cond="1=1"):
    return rate(one(f"""SELECT sum(CASE WHEN {num_} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o
                        WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"""))


RET = "o.order_type = 'laptop' AND o.status <> 'cancelled'"


def return_rate(start, end, cond="1=1"):
    return rate(one(f"""SELECT avg((o.status = 'returned')::int) FROM orders o WHERE {RET}
                        AND {_in('o.ts', start, end)} AND ({cond})"""))


def top_return(col, start, end, gap=0.02, min_n=50, cond="1=1"):
    return top_group(f"""SELECT {col}, avg((o.status = 'returned')::int) FROM orders o WHERE {RET}
                         AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n}""",
                     absolute=gap)


def claim_share(start, end, cond="1=1"):
    """share of laptops sold in the period (not cancelled) that got a warranty claim (any time)."""
    return rate(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events x WHERE x.touchpoint_id = 'tp_warranty_claim'
                                            AND x.order_id = o.order_id))::int) FROM orders o
                        WHERE {RET} AND {_in('o.ts', start, end)} AND ({cond})"""))


# ---------- customers ----------

def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def top_cust(col, cond="1=1", gap=1.08):
    return top_group(f"SELECT {col}, count(*) FROM customers c WHERE {cond} GROUP BY 1", gap=gap)


# ---------- feedback ----------

MARK = {
    "pickup": "(f.text LIKE '%取件%' OR regexp_matches(lower(f.text), 'pickup|picked up'))",
    "lowball": "(f.text LIKE '%压价%' OR lower(f.text) LIKE '%lowball%')",
    "certificate": "(f.text LIKE '%擦除证书%' OR lower(f.text) LIKE '%certificate%')",
    "keyboard": "(f.text LIKE '%键盘%' OR lower(f.text) LIKE '%keyboard%')",
    "cosmetic": "(f.text LIKE '%成色%' OR lower(f.text) LIKE '%cosmetic%')",
    "slow_delivery": "(f.text LIKE '%物流太慢%' OR lower(f.text) LIKE '%slow delivery%')",
    "battery": "(f.text LIKE '%电池%' OR lower(f.text) LIKE '%battery%')",
    "refund": "(f.text LIKE '%退款%' OR lower(f.text) LIKE '%refund%')",
    "value": "(f.text LIKE '%性价比%' OR lower(f.text) LIKE '%great value%')",
    "smooth": "(f.text LIKE '%靠谱%' OR lower(f.text) LIKE '%smooth%')",
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
    return dict(top_entity=rows[0][0])


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
    return dict(top_entity=rows[0][0])


ALL = ("2024-07-01", LAST)
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
Q4_25 = quarter(2025, 4)
Q1_26 = quarter(2026, 1)
Q2_26 = quarter(2026, 2)


SOLD = "o.order_type = 'laptop' AND o.status = 'paid'"
IND = "c.segment IN ('consumer', 'student')"


def gold() -> dict:
    return {
        # ---- trade-in
        "lr01": lambda: conv("tradein", *Y25),
        "lr02": lambda: top_lost("tradein", *Y25),
        "lr03": lambda: conv_open("tradein", *Q4_25, 2, 3, cust_cond="c.country = 'DE'"),
        "lr04": lambda: conv_open("tradein", *Q4_25, 2, 3, cust_cond="c.country = 'US'"),
        "lr05": lambda: top_pickup_fail(*Q4_25),
        "lr06": lambda: pickup_fail(*Q4_25, "e.courier = 'hermes'"),
        "lr07": lambda: pickup_fail(*Q4_25, "e.courier = 'dhl'"),
        "lr08": lambda: ev_share("tp_grading", "offer_revised = 1", *Y25),
        "lr09": lambda: top_ev("tp_grading", "declared_condition", "avg(offer_revised)", *Y25, absolute=0.15),
        "lr10": lambda: top_ev("tp_grading", "grader_id", "avg(offer_revised)", *H1_26, absolute=0.1, min_n=30),
        "lr11": lambda: ev_share("tp_revised_offer", "action = 'rejected'", *Y25),
        "lr12": lambda: ev_sum("tp_payout", "payout_cny", *Y25),
        "lr14": lambda: ev_avg("tp_wipe_cert", "cert_hours", "2026-03-01", "2026-04-30", "e.country = 'US'"),
        "lr15": lambda: ev_avg("tp_wipe_cert", "cert_hours", "2026-03-01", "2026-04-30", "e.country = 'DE'"),
        # ---- corporate buy-backs
        "lr17": lambda: conv_open("bulk_buyback", *Y25, 1, 3),
        "lr18": lambda: top_bulk_win(*ALL),
        "lr19": lambda: bulk_win(*ALL, "c.industry = 'education'"),
        "lr20": lambda: ev_count("tp_bulk_collection", *Y25, what="sum(units)"),
        "lr21": lambda: ev_count("tp_bulk_contract", *Y25),
        # ---- marketplace purchase
        "lr23": lambda: conv("purchase", *Y25, 1, 3),
        "lr24": lambda: top_lost("purchase", *Y25),
        "lr25": lambda: top_conv("purchase", *Y25, "c.buy_platform", a=1, b=3, min_n=100),
        "lr26": lambda: conv("purchase", *Y25, 1, 3, cust_cond="c.buy_platform = 'pinduoduo'"),
        "lr27": lambda: experiment_top(),
        "lr28": lambda: experiment_value("battery_badge"),
        # ---- money
        "lr30": lambda: orders(*Y25),
        "lr31": lambda: top_orders("o.country", *Y25),
        "lr32": lambda: orders(*Y25, agg="count(*)", cond="o.country = 'CN'"),
        "lr33": lambda: orders("2025-11-10", "2025-11-16"),
        "lr34": lambda: orders(*Q1_26, cond="o.platform = 'tmall'"),
        "lr35": lambda: orders(*Y25, agg="avg(o.amount_local)", cond="o.order_type = 'laptop' AND o.country = 'DE'"),
        "lr36": lambda: top_orders("o.model", *Y25, agg="count(*)", cond="o.order_type = 'laptop'", gap=1.15),
        "lr37": lambda: order_share("o.customer_id IN (SELECT customer_id FROM customers WHERE segment = 'student')",
                                    *Y25),
        "lr38": lambda: orders(*Q2_26, agg="avg(o.amount)", cond="o.order_type = 'laptop' AND o.country = 'US'"),
        "lr39": lambda: orders(*Y25, agg="avg(o.days_listed)", cond="o.order_type = 'laptop' AND o.grade = 'C'"),
        # ---- returns and warranty
        "lr40": lambda: return_rate(*Y25, "o.grade = 'C'"),
        "lr41": lambda: top_group(f"""SELECT grade, avg((o.status = 'returned')::int) FROM orders o WHERE {RET}
                                      AND {_in('o.ts', *Y25)} GROUP BY 1""", lowest=True, absolute=0.015),
        "lr42": lambda: top_return("o.platform", *ALL, gap=0.025, cond="o.country = 'US'"),
        "lr43": lambda: top_group(f"""SELECT e.return_reason, count(*) FROM events e JOIN orders o USING (order_id)
                                      WHERE e.touchpoint_id = 'tp_return_request' AND o.grade = 'C'
                                      AND {_in('e.ts', *Y25)} GROUP BY 1""", gap=1.5),
        "lr44": lambda: conv_open("returns", *Y25),
        "lr46": lambda: top_ev("tp_warranty_claim", "model", "count(*)", *Q1_26, gap=2.0),
        "lr47": lambda: ev_count("tp_warranty_claim", *Q1_26),
        "lr48": lambda: top_ev("tp_warranty_claim", "issue", "count(*)", *Q1_26, gap=1.5),
        "lr49": lambda: claim_share("2025-11-01", "2026-01-31",
                                    "o.model = 'thinkpad_t480' AND o.country IN ('DE', 'US')"),
        "lr50": lambda: top_conv("warranty", *ALL, "c.country", lowest=True, min_n=30),
        "lr51": lambda: conv("warranty", *ALL, cust_cond="c.country = 'DE'"),
        "lr52": lambda: ev_avg("tp_delivered", "delivery_days", *month(2026, 2), "e.country = 'CN'"),
        "lr53": lambda: ev_avg("tp_delivered", "delivery_days", *month(2025, 10), "e.country = 'CN'"),
        # ---- trade-up and customers
        "lr55": lambda: conv_open("trade_up", *Y25),
        "lr56": lambda: top_conv("trade_up", *ALL, "c.segment", min_n=100, gap=0.05),
        "lr57": lambda: cust_count(_in("c.signup_at", *H1_26)),
        "lr58": lambda: cust_count("c.tier = 'plus'"),
        "lr60": lambda: top_cust("c.acquisition_channel",
                                 f"{IND} AND c.role IN ('seller', 'both') AND {_in('c.signup_at', *Y25)}", gap=1.2),
        # ---- feedback
        "lr61": lambda: topic_count("lowball"),
        "lr62": lambda: topic_top("lowball", "f.touchpoint_id", gap=3.0),
        "lr63": lambda: topic_count("pickup"),
        "lr64": lambda: topic_top("pickup", "f.country", gap=1.3),
        "lr65": lambda: topic_count("certificate"),
        "lr66": lambda: topic_count("keyboard"),
        "lr67": lambda: fb_ids(MARK["keyboard"]),
        "lr68": lambda: fb_ratio(NEG, _in("f.ts", *month(2026, 2))),
        "lr69": lambda: fb_avg("f.rating", "f.touchpoint_id = 'tp_grading' AND f.rating IS NOT NULL"),
        "lr70": lambda: fb_top("f.touchpoint_id", "avg(f.rating)", "f.rating IS NOT NULL", lowest=True, gap=0.3,
                               min_n=100),
        "lr71": lambda: nps(f"f.channel = 'survey' AND f.touchpoint_id = 'tp_delivered' AND {_in('f.ts', *Y25)}"),
        "lr72": lambda: nps(f"f.channel = 'survey' AND f.touchpoint_id = 'tp_payout' AND {_in('f.ts', *Y25)}"),
        "lr73": lambda: fb_count("f.ts IS NULL"),
        "lr74": lambda: topic_count("slow_delivery", _in("f.ts", *month(2026, 2))),
        "lr75": lambda: topic_count("cosmetic"),
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
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
