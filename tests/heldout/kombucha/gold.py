"""Gold answers for the kombucha (发酵坊 BrewLeaf) held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events.csv holds 40 exact duplicate rows (keg deliveries re-sent by the drivers' app, same event_id); they are
  loaded once (DATA.md), so every count here is over distinct rows.
- customers / people / 客户 / 用户 = distinct customer_id. segment: consumer (DTC shoppers and subscribers), cafe,
  grocer (wholesale accounts). region: hangzhou, shenzhen, melbourne, portland; country CN / AU / US. The customers
  table holds everyone who ever reached us (also shop visitors who never bought and wholesale leads that never
  opened, lifecycle `prospect`); its columns are the state at the end of the data (2026-06-30): tier (none /
  monthly_12 / fortnightly_6 for consumers = the box they subscribe to now; wholesale / key_account / churned /
  prospect for accounts), lifecycle (prospect, one_off, subscriber, cancelled; active, churned).
- Funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period. Every rate is read twice,
  with later steps allowed after the period end and with every step inside the period; the value is the first
  reading and the tolerance covers both (at least 0.01). A funnel by a customer attribute (region, segment, device,
  lead source, kegerator, account manager) filters the customers; main_device is the customer's usual device.
- A box = a tp_box_shipped event (one per subscription_box order that was charged). Skip share = tp_skip /
  (tp_skip + tp_box_shipped) with events dated in the period. Swaps: tp_swap, swap_from = the flavour taken out.
- Broken-bottle share = delivered boxes (tp_box_delivered) with broken_bottles > 0 / delivered boxes, by delivery
  date. damage_type `overcarbonated` (bottles burst in the box) or `transit`. Delivery time = delivery_days.
- Keg return: the keg_loop journey (order -> delivery -> empties collected, 21 days from the order), per account.
- Renewal: the renewal journey (reminder -> renewed within 30 days), per account.
- A/B test = experiments `quiz_offer_2025` (control / starter_pack, assigned when the quiz was taken); per variant
  the quiz_to_order funnel (7 days) over the test window 2025-09-01 .. 2025-12-31 for the customers assigned to it,
  and the order_to_sub funnel (30 days) over the same window.
- Money = orders with status `paid`, `amount` in CNY (group reporting currency; AUD at 4.70, USD at 7.20), dated by
  orders.ts; amount_local / currency for a question in local money. order_type: first_order, one_off,
  subscription_box, tasting_ticket, keg_order, keg_deposit. Wholesale = keg_order + keg_deposit. Refunded orders
  (broken bottles) and cancelled ones (failed card payments, keg orders pulled by a quality hold) are not revenue.
- Feedback: "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table).
  Complaint-topic counts use text markers with a 5 % tolerance, checked to equal the truth topic. A period filter
  keeps dated rows only. NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value.
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
CN = "('hangzhou', 'shenzhen')"


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys", "experiments"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, sample_size=-1, all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE events AS SELECT * REPLACE (ts::TIMESTAMP AS ts,
                   try_cast(delivery_days AS INTEGER) AS delivery_days,
                   try_cast(broken_bottles AS INTEGER) AS broken_bottles, try_cast(kegs AS INTEGER) AS kegs,
                   try_cast(wait_min AS DOUBLE) AS wait_min, try_cast(refund_days AS DOUBLE) AS refund_days,
                   try_cast(days_out AS DOUBLE) AS days_out, try_cast(box_no AS INTEGER) AS box_no,
                   try_cast(cart_value_local AS DOUBLE) AS cart_value_local,
                   try_cast(shipping_fee_local AS DOUBLE) AS shipping_fee_local) FROM events""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'amount_local': 'DOUBLE',
                    'kegs': 'INTEGER', 'bottles': 'INTEGER'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE', 'region': 'VARCHAR', 'touchpoint_id': 'VARCHAR', 'flavour': 'VARCHAR',
                    'batch_id': 'VARCHAR', 'account_manager': 'VARCHAR', 'courier': 'VARCHAR',
                    'platform': 'VARCHAR'}})""")
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


def top_conv(journey, start, end, column, lowest=False, min_n=40, gap=0.04, a=1, b=None, cust_cond="1=1"):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    steps, window = _journey(journey)
    bb = b or len(steps)
    tops = set()
    for i in range(3 if (a > 1 or bb < len(steps)) else 2):
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


EXP_WIN = ("2025-09-01", "2025-12-31")


def exp_rates(journey):
    out = {}
    for v in ("control", "starter_pack"):
        cond = f"""c.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = 'quiz_offer_2025'
                   AND variant = '{v}')"""
        out[v] = readings(journey, *EXP_WIN, cust_cond=cond)
    return out


def experiment_top(journey, lowest=False):
    r = exp_rates(journey)
    for i in range(2):
        assert abs(r["control"][i] - r["starter_pack"][i]) > 0.04, r
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


def ev_share(tp, num_, start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(({num_})::int) FROM events e WHERE touchpoint_id = '{tp}'
                        AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_ev_value(tp, col, start, end, cond="1=1", gap=1.15, agg="count(*)", lowest=False):
    return top_group(f"""SELECT {col}, {agg} FROM events e WHERE touchpoint_id = '{tp}' AND {col} IS NOT NULL
                         AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""", gap=gap, lowest=lowest)


def skip_share(start, end, cond="1=1"):
    v = one(f"""SELECT avg((touchpoint_id = 'tp_skip')::int) FROM events e
                WHERE touchpoint_id IN ('tp_skip', 'tp_box_shipped') AND {_in('e.ts', start, end)} AND ({cond})""")
    return rate(v)


def top_skip(start, end, col="e.region", cond="1=1", gap=1.2):
    return top_group(f"""SELECT {col}, avg((touchpoint_id = 'tp_skip')::int) FROM events e
                         WHERE touchpoint_id IN ('tp_skip', 'tp_box_shipped') AND {_in('e.ts', start, end)}
                         AND ({cond}) GROUP BY 1""", gap=gap)


def broken_share(start, end, cond="1=1"):
    return ev_share("tp_box_delivered", "broken_bottles > 0", start, end, cond)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", cond="1=1", status="paid"):
    v = one(f"SELECT {agg} FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return count(v)
    return num(v, floor=0.01 if abs(float(v)) < 100 else 1.0)


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", gap=1.08):
    return top_group(f"""SELECT {col}, {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                         AND ({cond}) AND {col} IS NOT NULL GROUP BY 1""", gap=gap)


def order_share(num_, start, end, cond="1=1"):
    v = one(f"""SELECT sum(CASE WHEN {num_} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return rate(v)


# ---------- customers ----------

def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def cust_share(num_, cond="1=1"):
    return rate(one(f"SELECT avg(({num_})::int) FROM customers c WHERE {cond}"))


def top_cust(col, cond="1=1", gap=1.08):
    return top_group(f"SELECT {col}, count(*) FROM customers c WHERE {cond} GROUP BY 1", gap=gap)


# ---------- feedback ----------

MARK = {
    "overcarb": "(f.text LIKE '%爆瓶%' OR lower(f.text) LIKE '%overcarbonated%')",
    "broken": "(f.text LIKE '%碎%' OR regexp_matches(lower(f.text), '\\bbroken\\b'))",
    "late": "(f.text LIKE '%延误%' OR regexp_matches(lower(f.text), '\\blate\\b'))",
    "shipping_fee": "(f.text LIKE '%运费%' OR lower(f.text) LIKE '%shipping fee%')",
    "too_sweet": "(f.text LIKE '%太甜%' OR lower(f.text) LIKE '%too sweet%')",
    "quiz_off": "(f.text LIKE '%测试结果%' OR lower(f.text) LIKE '%quiz%')",
    "skip_deadline": "(f.text LIKE '%跳过%' OR regexp_matches(lower(f.text), '\\bskip\\b'))",
    "out_of_stock": "(f.text LIKE '%断货%' OR lower(f.text) LIKE '%ran out%')",
    "keg_pickup": "(f.text LIKE '%空桶%' OR lower(f.text) LIKE '%empty kegs%')",
    "am_no_reply": "(f.text LIKE '%客户经理%' OR lower(f.text) LIKE '%account manager%')",
    "refund_slow": "(f.text LIKE '%退款%' OR lower(f.text) LIKE '%refund%')",
    "praise_taste": "(f.text LIKE '%好喝%' OR lower(f.text) LIKE '%delicious%')",
    "praise_event": "(f.text LIKE '%品鉴%' OR lower(f.text) LIKE '%tasting%')",
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


ALL = ("2024-07-01", LAST)
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26 = quarter(2026, 1)
Q2_26 = quarter(2026, 2)
AUG25 = month(2025, 8)
B2B = "c.segment IN ('cafe', 'grocer')"
WHOLESALE = "o.order_type IN ('keg_order', 'keg_deposit')"


def show_up(venue=None):
    sql = """SELECT r.venue_type, avg((EXISTS (SELECT 1 FROM events a WHERE a.touchpoint_id = 'tp_tasting_event'
                    AND a.customer_id = r.customer_id AND a.tasting_id = r.tasting_id))::int)
             FROM events r WHERE r.touchpoint_id = 'tp_tasting_rsvp' GROUP BY 1"""
    if venue is None:
        return top_group(sql, gap=1.15)
    return rate(dict(q(sql))[venue])


def keg_pickup_by_segment():
    return top_group(f"""SELECT c.segment, count(*) FROM feedback f JOIN customers c USING (customer_id)
                         WHERE {MARK['keg_pickup']} GROUP BY 1""", gap=1.3)


def gold() -> dict:
    return {
        # ---- DTC funnels and the A/B test
        "kb01": lambda: conv("quiz_to_order", *Y25),
        "kb02": lambda: top_lost("quiz_to_order", *Y25),
        "kb03": lambda: conv("checkout", *Q2_26, cust_cond=f"c.region IN {CN}"),
        "kb04": lambda: conv("checkout", *Q1_26, cust_cond=f"c.region IN {CN}"),
        "kb05": lambda: conv("tasting_to_order", *Y25),
        "kb06": lambda: show_up(),
        "kb07": lambda: show_up("online_live"),
        "kb08": lambda: conv("order_to_sub", *Y25),
        "kb09": lambda: experiment_top("quiz_to_order"),
        "kb10": lambda: experiment_value("quiz_to_order", "starter_pack"),
        "kb11": lambda: experiment_top("order_to_sub"),
        # ---- wholesale funnels
        "kb12": lambda: conv("wholesale_onboarding", *Y25),
        "kb13": lambda: top_conv("wholesale_onboarding", *ALL, "c.acquisition_channel", lowest=True, cust_cond=B2B),
        "kb14": lambda: conv("keg_loop", *Y25, cust_cond="c.segment = 'grocer'"),
        "kb15": lambda: conv("keg_loop", *Y25, cust_cond="c.segment = 'cafe'"),
        "kb16": lambda: top_conv("renewal", *H1_26, "c.region", lowest=True, min_n=20, cust_cond=B2B),
        "kb17": lambda: conv("renewal", *H1_26, cust_cond="c.region = 'shenzhen'"),
        "kb18": lambda: conv("renewal", *ALL, cust_cond="c.kegerator_installed"),
        "kb19": lambda: conv("damage_refund", *ALL),
        "kb20": lambda: top_conv("damage_refund", *ALL, "c.region", lowest=True, min_n=30),
        "kb21": lambda: top_conv("renewal", *ALL, "c.account_manager", lowest=True, min_n=20,
                                 cust_cond="c.region = 'portland'"),
        # ---- operations
        "kb22": lambda: ev_avg("tp_box_delivered", "delivery_days", *Q2_26, "e.region = 'melbourne'"),
        "kb23": lambda: ev_avg("tp_box_delivered", "delivery_days", *quarter(2025, 2), "e.region = 'melbourne'"),
        "kb24": lambda: top_ev_value("tp_box_delivered", "courier", *H1_26, agg="avg(delivery_days)", gap=1.3),
        "kb25": lambda: broken_share(*month(2026, 3), "e.region = 'melbourne'"),
        "kb26": lambda: broken_share(*AUG25, "e.region = 'shenzhen'"),
        "kb27": lambda: top_ev_value("tp_box_delivered", "e.region", "2025-07-01", "2025-08-31",
                                     agg="sum(broken_bottles)", gap=1.5),
        "kb28": lambda: orders(*AUG25, agg="count(*)", status="cancelled",
                               cond="o.order_type = 'keg_order' AND o.region = 'shenzhen' "
                                    "AND o.refund_reason = 'quality_hold'"),
        "kb29": lambda: top_ev_value("tp_quality_hold", "hold_id", *ALL, agg="count(DISTINCT customer_id)", gap=2),
        "kb30": lambda: top_skip(*month(2026, 2)),
        "kb31": lambda: skip_share(*month(2026, 2), "e.region = 'shenzhen'"),
        "kb32": lambda: top_ev_value("tp_swap", "swap_from", *ALL),
        "kb33": lambda: top_ev_value("tp_swap", "swap_from", *H1_26, gap=1.3),
        "kb34": lambda: top_ev_value("tp_sub_cancel", "cancel_reason", *Q2_26, cond=f"e.region IN {CN}", gap=1.5),
        "kb35": lambda: ev_count("tp_box_shipped", *Q1_26),
        "kb36": lambda: count(one(f"""SELECT sum(kegs) FROM events e WHERE touchpoint_id = 'tp_keg_delivery'
                                      AND e.region = 'portland' AND {_in('e.ts', *Y25)}""")),
        "kb37": lambda: ev_count("tp_account_open", *Q1_26),
        # ---- money
        "kb38": lambda: orders(*Y25),
        "kb39": lambda: order_share(WHOLESALE, *Y25),
        "kb40": lambda: top_orders("o.region", *Y25, cond=f"o.region IN {CN}"),
        "kb41": lambda: orders(*Q1_26, cond="o.order_type = 'subscription_box'"),
        "kb42": lambda: orders(*Y25, agg="sum(o.amount_local)",
                               cond="o.order_type = 'first_order' AND o.region = 'portland'"),
        "kb43": lambda: orders("2025-07-01", "2025-08-31", status="refunded",
                               cond="o.order_type = 'subscription_box' AND o.region = 'shenzhen'"),
        "kb44": lambda: orders(*ALL, cond="o.order_type = 'keg_deposit'"),
        "kb45": lambda: orders(*month(2026, 5), cond="o.region = 'melbourne'"),
        "kb46": lambda: orders(*Q1_26),
        # ---- customers
        "kb47": lambda: cust_count("c.tier IN ('monthly_12', 'fortnightly_6')"),
        "kb48": lambda: cust_count("c.tier = 'fortnightly_6'"),
        "kb49": lambda: cust_count(f"c.segment = 'consumer' AND {_in('c.signup_at', *Q1_26)}"),
        "kb50": lambda: top_cust("c.acquisition_channel",
                                 f"c.segment = 'consumer' AND c.region IN {CN} AND {_in('c.signup_at', *Y25)}"),
        "kb51": lambda: cust_share("c.kegerator_installed", f"{B2B} AND c.lifecycle = 'active'"),
        "kb52": lambda: cust_count(f"{B2B} AND c.lifecycle = 'churned'"),
        # ---- feedback
        "kb53": lambda: topic_count("overcarb"),
        "kb54": lambda: topic_top("overcarb", "f.region", gap=3),
        "kb55": lambda: topic_count("broken"),
        "kb56": lambda: top_ev_value("tp_box_delivered", "courier", *H1_26, agg="avg((broken_bottles > 0)::int)",
                                     gap=2),
        "kb57": lambda: topic_count("late"),
        "kb58": lambda: topic_count("too_sweet"),
        "kb59": lambda: fb_top("f.flavour", "avg(f.rating)", f"f.rating IS NOT NULL AND {_in('f.ts', *H1_26)}",
                               lowest=True, gap=0.15, min_n=30),
        "kb60": lambda: topic_count("shipping_fee"),
        "kb61": lambda: topic_top("am_no_reply", "f.account_manager", gap=3),
        "kb62": lambda: keg_pickup_by_segment(),
        "kb63": lambda: fb_ratio(NEG, _in("f.ts", *AUG25)),
        "kb64": lambda: fb_avg("f.rating", "f.touchpoint_id = 'tp_tasting_event' AND f.rating IS NOT NULL"),
        "kb65": lambda: nps(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "kb66": lambda: fb_top("f.touchpoint_id", "avg(f.rating)", "f.rating IS NOT NULL", lowest=True, gap=0.1,
                               min_n=100),
        "kb67": lambda: fb_count("f.ts IS NULL"),
        "kb68": lambda: fb_ids("t.topic = 'overcarb'"),
        "kb69": lambda: nps(f"f.channel = 'account_survey' AND {_in('f.ts', *H1_26)}"),
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
