"""Gold answers for the cheesemaker (山牧 HillDairy) held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events.csv holds 36 exact duplicate rows (box-delivery scans the courier webhook sent twice, same event_id); they
  are loaded once (DATA.md), so every count here is over distinct rows.
- customers / people / 客户 / 用户 / members = distinct customer_id. segment: consumer (shoppers, farm-shop and event
  visitors, club members), deli and restaurant (trade accounts). region = the creamery that serves the customer:
  yunnan, inner_mongolia (CN), victoria (AU), wisconsin (US). The customers table holds everyone who ever reached
  us (also shop visitors who never bought, trade leads that never opened); its columns are the state at the end of
  the data (2026-07-31): tier (none / monthly / prepaid_6 / prepaid_12 / gift_3 / gift_6 = the plan a member is on
  now; prospect / trade / key_account / churned for trade), lifecycle (prospect, one_off, subscriber, cancelled,
  lapsed; prospect, active, churned), is_gift, has_standing_order.
- Funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period. Every rate is read twice,
  with later steps allowed after the period end (the DATA.md reading) and with every step inside the period; the
  value is the first reading and the tolerance covers both (at least 0.01); when the two readings differ by more
  than 0.02 the value is their middle and the tolerance reaches both. A funnel by a customer attribute (region, segment, lead
  source, is_gift, tier, has_standing_order) filters the customers.
- A box = a tp_box_dispatch event; its arrival = the tp_box_delivered event with the same box_id (arrival_condition
  ok / melted / mouldy / frozen / crushed). "Melted share" etc. = delivered boxes with that condition / delivered
  boxes, dated by the delivery. dispatch_day is the weekday the box left the creamery.
- Trade deliveries: tp_trade_delivery, delivery_condition ok / short_shipped / warm / mouldy / damaged; short-ship
  share = short_shipped / deliveries, by delivery date.
- A/B test = experiments `club_builder_2025` (control / build_your_own, assigned at the first plan-page view in the
  test window); per variant the club_signup funnel (7 days) over the test window 2025-10-01 .. 2026-01-31 for the
  customers assigned to it.
- Money = orders with status `paid`, `amount` in CNY (group reporting currency; AUD at 4.72, USD at 7.18), dated by
  orders.ts; amount_local / currency for a question in local money. order_type: club_box, prepaid_plan, one_off,
  farm_shop, event_ticket, trade_order. Wholesale / trade = trade_order. Refunded club boxes (arrival problems) and
  cancelled ones (failed card payments) are not revenue.
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
CN = "('yunnan', 'inner_mongolia')"
WEST = "('victoria', 'wisconsin')"


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys", "experiments"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP', 'is_gift': 'BOOLEAN',
                    'has_standing_order': 'BOOLEAN'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, sample_size=-1, all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE events AS SELECT * REPLACE (ts::TIMESTAMP AS ts,
                   try_cast(transit_hours AS DOUBLE) AS transit_hours,
                   try_cast(arrival_temp_c AS DOUBLE) AS arrival_temp_c, try_cast(kg AS DOUBLE) AS kg,
                   try_cast(short_kg AS DOUBLE) AS short_kg, try_cast(credit_local AS DOUBLE) AS credit_local,
                   try_cast(days_to_credit AS DOUBLE) AS days_to_credit, try_cast(box_no AS INTEGER) AS box_no,
                   try_cast(wait_min AS DOUBLE) AS wait_min, try_cast(basket_local AS DOUBLE) AS basket_local,
                   try_cast(party_size AS INTEGER) AS party_size) FROM events""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'amount_local': 'DOUBLE',
                    'kg': 'DOUBLE', 'short_kg': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE', 'region': 'VARCHAR', 'touchpoint_id': 'VARCHAR', 'cheese': 'VARCHAR',
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
    assert one("SELECT min(ts) FROM events") >= one("SELECT TIMESTAMP '2024-08-01'")


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
    """value = the first reading and the tolerance covers every other reading; when the readings spread more than
    0.02, value = the middle of the range (so the tolerance stays tight while every reading passes)."""
    lo, hi = min(map(float, vals)), max(map(float, vals))
    a = float(vals[0]) if hi - lo <= 0.02 else (lo + hi) / 2
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


EXP_WIN = ("2025-10-01", "2026-01-31")


def exp_rates(journey="club_signup", cust_cond="1=1"):
    out = {}
    for v in ("control", "build_your_own"):
        cond = f"""c.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = 'club_builder_2025'
                   AND variant = '{v}') AND ({cust_cond})"""
        out[v] = readings(journey, *EXP_WIN, cust_cond=cond)
    return out


def experiment_top(journey="club_signup", lowest=False, cust_cond="1=1"):
    r = exp_rates(journey, cust_cond)
    for i in range(2):
        assert abs(r["control"][i] - r["build_your_own"][i]) > 0.04, r
    best = max(r, key=lambda v: r[v][0]) if not lowest else min(r, key=lambda v: r[v][0])
    assert all((r[best][i] > r[o][i]) != lowest for o in r if o != best for i in range(2)), r
    return dict(top_entity=best)


def experiment_value(variant, journey="club_signup", cust_cond="1=1"):
    return span(exp_rates(journey, cust_cond)[variant])


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


def top_ev_value(tp, col, start, end, cond="1=1", gap=1.15, agg="count(*)", lowest=False, having="1=1"):
    return top_group(f"""SELECT {col}, {agg} FROM events e WHERE touchpoint_id = '{tp}' AND {col} IS NOT NULL
                         AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING {having}""",
                     gap=gap, lowest=lowest)


def arrival_share(condition, start, end, cond="1=1"):
    return ev_share("tp_box_delivered", f"arrival_condition = '{condition}'", start, end, cond)


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


# ---------- feedback ----------

MARK = {
    "melted": "(f.text LIKE '%化了%' OR regexp_matches(lower(f.text), '\\bmelted\\b'))",
    "mouldy": "(f.text LIKE '%发霉%' OR regexp_matches(lower(f.text), '\\bmou?ldy\\b'))",
    "frozen": "(f.text LIKE '%冻%' OR regexp_matches(lower(f.text), '\\bfrozen\\b'))",
    "crushed": "(f.text LIKE '%压扁%' OR regexp_matches(lower(f.text), '\\bcrushed\\b'))",
    "short_ship": "(f.text LIKE '%少发%' OR lower(f.text) LIKE '%short-shipped%')",
    "credit_slow": "(f.text LIKE '%补偿%' OR regexp_matches(lower(f.text), '\\bcredit\\b'))",
    "ice_packs": "(f.text LIKE '%冰袋%' OR regexp_matches(lower(f.text), '\\bice packs?\\b'))",
    "price_rise": "(f.text LIKE '%涨价%' OR regexp_matches(lower(f.text), '\\bprice increase\\b'))",
    "repeat_cheese": "(f.text LIKE '%重复%' OR regexp_matches(lower(f.text), '\\bsame cheese\\b'))",
    "praise_taste": "(f.text LIKE '%好吃%' OR regexp_matches(lower(f.text), '\\bdelicious\\b'))",
    "praise_event": "(f.text LIKE '%活动%' OR regexp_matches(lower(f.text), '\\bevent\\b'))",
    "praise_farm": "(f.text LIKE '%门店%' OR regexp_matches(lower(f.text), '\\bfarm shop\\b'))",
}
NEG = "t.sentiment = 'neg'"


def topic_count(topic, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {MARK[topic]} AND {extra}")
    tr = one(f"""SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE t.topic = '{topic}' AND {extra}""")
    assert n == tr, (topic, n, tr)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def topic_top(topic, col, extra="1=1", gap=1.3, join_customers=False):
    src = "feedback f JOIN truth t USING (feedback_id)"
    if join_customers:
        src += " JOIN customers c USING (customer_id)"
    rows = q(f"""SELECT {col}, count(*) n FROM {src}
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


# ---------- the batch ----------

ALL = ("2024-08-01", LAST)
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26 = quarter(2026, 1)
Q2_26 = quarter(2026, 2)
B2B = "c.segment IN ('deli', 'restaurant')"
TRADE = "o.order_type = 'trade_order'"


def show_up(event_type=None):
    """attended / booked, per booking (a booking is attended when the same customer attended the same tasting)."""
    sql = """SELECT b.event_type, avg((EXISTS (SELECT 1 FROM events a WHERE a.touchpoint_id = 'tp_tasting_event'
                    AND a.customer_id = b.customer_id AND a.tasting_id = b.tasting_id))::int)
             FROM events b WHERE b.touchpoint_id = 'tp_event_booking' GROUP BY 1"""
    if event_type is None:
        return top_group(sql, gap=1.1)
    return rate(dict(q(sql))[event_type])


def gold() -> dict:
    west = f"c.region IN {WEST}"
    return {
        # ---- club funnels and the A/B test
        "cm01": lambda: conv("club_signup", *Y25),
        "cm02": lambda: top_lost("club_signup", *Y25),
        "cm03": lambda: experiment_top(),
        "cm04": lambda: experiment_value("control"),
        "cm05": lambda: experiment_value("build_your_own", cust_cond=f"c.region IN {CN}"),
        "cm06": lambda: conv("club_signup", *Q2_26, cust_cond=west),
        "cm07": lambda: conv("club_signup", *Q1_26, cust_cond=west),
        "cm08": lambda: conv("event_to_club", *Y25),
        "cm09": lambda: show_up(),
        "cm10": lambda: show_up("open_day"),
        "cm11": lambda: top_conv("arrival_credit", *H1_26, "c.region", lowest=True, min_n=30),
        "cm12": lambda: conv("arrival_credit", *H1_26, cust_cond="c.region = 'wisconsin'"),
        "cm13": lambda: conv("arrival_credit", *ALL),
        "cm14": lambda: conv("plan_renewal", *ALL, cust_cond="c.is_gift"),
        "cm15": lambda: conv("plan_renewal", *ALL, cust_cond="c.segment = 'consumer' AND NOT c.is_gift"),
        # ---- trade funnels
        "cm16": lambda: conv("trade_onboarding", *Y25),
        "cm17": lambda: top_conv("trade_onboarding", *ALL, "c.acquisition_channel", lowest=True, cust_cond=B2B),
        "cm18": lambda: top_conv("trade_onboarding", *ALL, "c.acquisition_channel", cust_cond=B2B),
        "cm19": lambda: top_conv("trade_onboarding", *ALL, "c.segment", cust_cond=B2B),
        "cm20": lambda: conv("standing_order_setup", *Y25),
        "cm21": lambda: conv("agreement_renewal", *ALL, cust_cond="c.has_standing_order"),
        "cm22": lambda: conv("agreement_renewal", *ALL, cust_cond=f"{B2B} AND NOT c.has_standing_order"),
        "cm23": lambda: top_conv("agreement_renewal", "2025-09-01", "2026-03-31", "c.region", lowest=True, min_n=20,
                                 cust_cond=B2B),
        "cm24": lambda: conv("agreement_renewal", "2025-09-01", "2026-03-31", cust_cond="c.region = 'yunnan'"),
        "cm25": lambda: conv("trade_claim_credit", *ALL),
        # ---- operations
        "cm26": lambda: arrival_share("melted", *month(2026, 1), "e.region = 'victoria'"),
        "cm27": lambda: arrival_share("melted", *month(2025, 1), "e.region = 'victoria'"),
        "cm28": lambda: top_ev_value("tp_box_delivered", "dispatch_day", *ALL,
                                     agg="avg((arrival_condition = 'melted')::int)", gap=1.5),
        "cm29": lambda: arrival_share("mouldy", *month(2025, 8), "e.region = 'yunnan'"),
        "cm30": lambda: top_ev_value("tp_box_delivered", "e.region", "2025-07-01", "2025-09-30",
                                     cond="arrival_condition = 'mouldy'", gap=3),
        "cm31": lambda: top_ev_value("tp_box_delivered", "e.region", "2025-12-01", "2026-02-28",
                                     cond="arrival_condition = 'frozen'", gap=1.5),
        "cm32": lambda: ev_count("tp_box_delivered", *month(2026, 1),
                                 "e.region = 'inner_mongolia' AND arrival_condition = 'frozen'"),
        "cm33": lambda: ev_avg("tp_box_delivered", "transit_hours", *Q1_26, "e.region = 'victoria'"),
        "cm34": lambda: ev_count("tp_box_dispatch", *quarter(2025, 4)),
        "cm35": lambda: top_ev_value("tp_cancel", "cancel_reason", *Q2_26, cond=f"e.region IN {WEST}", gap=2),
        "cm36": lambda: ev_share("tp_trade_delivery", "delivery_condition = 'short_shipped'", *month(2025, 12),
                                 "e.region = 'wisconsin'"),
        "cm37": lambda: ev_share("tp_trade_delivery", "delivery_condition = 'short_shipped'", *month(2024, 12),
                                 "e.region = 'wisconsin'"),
        "cm38": lambda: top_ev_value("tp_farm_shop", "e.region", *month(2025, 10), gap=1.2),
        "cm39": lambda: ev_count("tp_account_open", *quarter(2025, 4)),
        "cm40": lambda: orders(*Y25, agg="sum(o.kg)", cond=f"{TRADE} AND o.region = 'wisconsin'"),
        "cm41": lambda: ev_count("tp_box_delivered", *month(2026, 1), "arrival_condition = 'melted'"),
        # ---- money
        "cm42": lambda: orders(*Y25),
        "cm43": lambda: order_share(TRADE, *Y25),
        "cm44": lambda: top_orders("o.region", *Y25, cond=f"o.region IN {CN}", gap=1.15),
        "cm45": lambda: orders(*Q1_26, cond="o.order_type = 'club_box'"),
        "cm46": lambda: orders(*Y25, agg="sum(o.amount_local)", cond=f"{TRADE} AND o.region = 'wisconsin'"),
        "cm47": lambda: orders("2026-01-01", "2026-02-28", status="refunded",
                               cond="o.order_type = 'club_box' AND o.region = 'victoria'"),
        "cm48": lambda: orders(*month(2026, 1), cond=f"o.order_type = 'one_off' AND o.region IN {CN}"),
        "cm49": lambda: orders(*month(2026, 7)),
        "cm50": lambda: orders(*Y25, agg="avg(o.amount)", cond=TRADE),
        # ---- customers
        "cm51": lambda: cust_count("c.lifecycle = 'subscriber'"),
        "cm52": lambda: cust_count("c.lifecycle = 'subscriber' AND c.tier IN ('gift_3', 'gift_6')"),
        "cm53": lambda: cust_count(f"c.segment = 'consumer' AND {_in('c.signup_at', *Q2_26)}"),
        "cm54": lambda: cust_share("c.has_standing_order", f"{B2B} AND c.lifecycle = 'active'"),
        # ---- feedback
        "cm55": lambda: topic_count("melted"),
        "cm56": lambda: topic_count("mouldy"),
        "cm57": lambda: topic_top("mouldy", "f.region", gap=2),
        "cm58": lambda: topic_top("credit_slow", "f.region", gap=1.4),
        "cm59": lambda: topic_count("ice_packs"),
        "cm60": lambda: fb_ratio(NEG, _in("f.ts", *month(2026, 1))),
        "cm61": lambda: fb_avg("f.rating", "f.touchpoint_id = 'tp_tasting_event' AND f.rating IS NOT NULL"),
        "cm62": lambda: nps(f"f.channel = 'box_survey' AND {_in('f.ts', *Y25)}"),
        "cm63": lambda: fb_top("f.touchpoint_id", "avg(f.rating)", "f.rating IS NOT NULL", lowest=True, gap=0.3,
                               min_n=100),
        "cm64": lambda: fb_count("f.ts IS NULL"),
        "cm65": lambda: fb_ids("t.topic = 'mouldy'"),
        "cm66": lambda: fb_top("f.cheese", "avg(f.rating)", f"f.rating IS NOT NULL AND {_in('f.ts', '2025-07-01', '2025-09-30')}",
                               lowest=True, gap=0.15, min_n=20),
        "cm67": lambda: topic_count("repeat_cheese"),
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
