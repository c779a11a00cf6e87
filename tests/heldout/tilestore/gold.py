"""Gold answers for the 瓷域 TileCraft held-out batch (tile and bathroom showrooms with design service), from plain
DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; rates are per customer
  (cohort = customers whose first step-1 event in the period falls in it). Each funnel gold is computed twice, with
  later steps allowed after the period end and with every step inside the period; the tolerance covers both readings
  unless the question states the window. "Drop-off" of a step = customers who reached it but not the next step /
  customers who reached it (the answer is the touchpoint where they were last seen);
- "customers" / "people" = distinct customer_id; a new customer / sign-up = a customer whose `signup_at` (record
  created at the first online booking or showroom visit) falls in the period; ad clickers who never booked or came in
  have no signup_at;
- a project = one session_id `PJ…` (the events' session_id from the showroom visit on, the orders' project_id); a
  trade customer (designer, contractor) may have several. A delivery = a tp_delivery event (one per project);
  breakage rate = sum(broken_boxes) / sum(boxes_delivered) over deliveries dated in the period; a return / reorder
  belongs to the project of its delivery (same session_id);
- quote-to-deposit shares per customer: first quote of the customer in the period, deposit after it within 30 days;
  "took samples" = a tp_sample event before that quote;
- experiment quote_3d_2026 (quotes 1 Mar – 31 May 2026, homeowners' first quote): deposit rate of a variant =
  assigned customers with a tp_deposit event after `assigned_at` within 30 days / assigned customers;
- money = orders with status `paid` by the order's ts, in CNY (`amount`); `amount_local` is the showroom's currency
  (MYR in Kuala Lumpur, NZD in Auckland); deposits later refunded (status `refunded`) and returns (status `returned`,
  refund paid = `refund_amount` on `refunded_at`, fee kept = `restocking_fee`) are not revenue; project value =
  paid deposit + balance of the project;
- zh questions expect the zh twin value (城市, 系列, 退货原因, 获客渠道, designer), en questions the raw / en one
  (city, tile_series, return_reason, acquisition_channel, installer_en, carrier); variants and touchpoints by raw id;
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date, a dated
  question counts only dated rows; ratings average the rows that carry one;
- exact duplicate event rows (same event_id) are loaded once; periods are inclusive calendar dates; weeks run
  Monday–Sunday; relative periods resolve against the item's `as_of` (else 2026-08-31, the last day of the data).
"""
from __future__ import annotations

import calendar
import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    all_varchar=true)""")
    for col, typ in (("ts", "TIMESTAMP"), ("turnaround_days", "DOUBLE"), ("boxes_delivered", "DOUBLE"),
                     ("broken_boxes", "DOUBLE"), ("replacement_days", "DOUBLE"), ("days_since_delivery", "DOUBLE"),
                     ("area_sqm", "DOUBLE"), ("reorder_boxes", "DOUBLE"), ("boxes_returned", "DOUBLE"),
                     ("stars", "DOUBLE")):
        CON.execute(f'ALTER TABLE events ALTER "{col}" TYPE {typ} USING CAST("{col}" AS {typ})')
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'refunded_at': 'TIMESTAMP',
                    'refund_amount': 'DOUBLE', 'restocking_fee': 'DOUBLE', 'amount_local': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT f.*, t.topic, t.sentiment, t.language FROM read_csv_auto(
                    '{data / 'feedback.csv'}', header=true, sample_size=-1, types={{'ts': 'TIMESTAMP',
                    'rating': 'DOUBLE', 'nps': 'DOUBLE'}}) f JOIN read_csv_auto('{data / '_truth' /
                    'feedback_truth.csv'}') t USING (feedback_id)""")
    CON.execute(f"""CREATE TABLE experiments AS SELECT * FROM read_csv_auto('{data / 'experiments.csv'}',
                    header=true, types={{'assigned_at': 'TIMESTAMP'}})""")
    # one row per delivered project
    CON.execute("""CREATE TABLE deliveries AS SELECT d.session_id AS project_id, d.customer_id, d.ts, d.city,
                   d."城市", d.carrier, d.tile_series, d."系列", d.boxes_delivered, d.broken_boxes,
                   c.customer_type,
                   (SELECT min(r.ts) FROM events r WHERE r.session_id = d.session_id
                    AND r.touchpoint_id = 'tp_return') AS t_return,
                   (SELECT min(r.ts) FROM events r WHERE r.session_id = d.session_id
                    AND r.touchpoint_id = 'tp_reorder') AS t_reorder
                   FROM events d JOIN customers c USING (customer_id) WHERE d.touchpoint_id = 'tp_delivery'""")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def num(v, rel=0.03, floor=0.01, nd=4):
    v = float(v)
    return dict(value=round(v, nd), tolerance=round(max(floor, abs(v) * rel), nd))


def count(v, rel=0.0):
    v = int(v)
    return dict(value=v, tolerance=max(0.5, round(v * rel, 1)))


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=round(tol, 4))


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.002), 2))


def top(rows, gap=1.1, lowest=False):
    """rows sorted best first (value in column 1); asserts a clear leader."""
    print("   ", [(r[0], round(float(r[1]), 4)) for r in rows[:6]])
    a, b = float(rows[0][1]), float(rows[1][1])
    if lowest:
        assert b > a * gap, rows[:4]
    else:
        assert a > b * gap, rows[:4]
    return dict(top_entity=str(rows[0][0]))


# ---------- funnels ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust=None, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
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


def conv(journey, start, end, a=1, b=None, both=True, **kw):
    vals = []
    for bounded in ((False, True) if both else (False,)):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        print("    counts", c)
        vals.append(c[(b or len(c)) - 1] / c[a - 1])
    print("    readings", [round(v, 4) for v in vals])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, max(abs(vals[0] - v) for v in vals) + 0.005), 4))


def top_dropoff(journey, start, end, margin=0.05, both=True):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in ((False, True) if both else (False,)):
        c = funnel(journey, start, end, bounded=bounded)
        rates = [(c[i] - c[i + 1]) / c[i] for i in range(len(c) - 1)]
        order = sorted(range(len(rates)), key=lambda i: -rates[i])
        print("   ", c, [round(x, 3) for x in rates])
        assert rates[order[0]] - rates[order[1]] > margin
        tops.add(steps[order[0]])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, a=1, b=None, min_n=100, gap=0.05, lowest=False):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            lit = v.replace("'", "''")
            c = funnel(journey, start, end, cust=f"{column} = '{lit}'", bounded=bounded)
            if c[0] >= min_n:
                rates[v] = c[(b or len(c)) - 1] / c[a - 1]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        print("   ", {k: round(v, 3) for k, v in sorted(rates.items(), key=lambda x: x[1])})
        assert abs(rates[order[0]] - rates[order[1]]) > gap, rates
        tops.add(order[0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


# ---------- per-customer shares ----------

def quote_to_deposit(start, end, samples=None, cond="1=1"):
    smp = ""
    if samples is not None:
        smp = (f"AND {'' if samples else 'NOT'} EXISTS (SELECT 1 FROM events s WHERE s.customer_id = x.customer_id "
               f"AND s.touchpoint_id = 'tp_sample' AND s.ts < x.t)")
    return rate(one(f"""WITH x AS (SELECT e.customer_id, min(e.ts) t FROM events e JOIN customers c
                                   USING (customer_id) WHERE e.touchpoint_id = 'tp_quote'
                                   AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1)
                        SELECT avg((EXISTS (SELECT 1 FROM events d WHERE d.customer_id = x.customer_id
                                   AND d.touchpoint_id = 'tp_deposit' AND d.ts > x.t
                                   AND d.ts <= x.t + INTERVAL 30 DAY))::int) FROM x WHERE 1=1 {smp}"""))


def consult_to_layout(start, end, cond="1=1", days=30):
    return rate(one(f"""WITH x AS (SELECT e.customer_id, min(e.ts) t FROM events e WHERE e.touchpoint_id =
                                   'tp_consult' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1)
                        SELECT avg((EXISTS (SELECT 1 FROM events d WHERE d.customer_id = x.customer_id
                                   AND d.touchpoint_id = 'tp_layout' AND d.ts > x.t
                                   AND d.ts <= x.t + INTERVAL {days} DAY))::int) FROM x"""))


# ---------- events ----------

def ev_agg(expr, tp, start, end, cond="1=1", rel=0.03, floor=0.1, nd=2):
    v = one(f"""SELECT {expr} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return num(v, rel=rel, floor=floor, nd=nd)


def ev_count(tp, start, end, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                         AND ({cond})"""))


def ev_top(tp, col, start, end, cond="1=1", gap=1.1, measure="count(*)", having="", lowest=False):
    rows = q(f"""SELECT {col}, {measure} v FROM events e WHERE e.touchpoint_id = '{tp}' AND {col} IS NOT NULL
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 {having}
                 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    return top(rows, gap, lowest=lowest)


def ev_month_top(tp, start, end, cond="1=1", gap=1.05):
    return top(q(f"""SELECT strftime(e.ts, '%Y-%m') m, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                     AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC"""), gap)


def ev_share(num_cond, tp, start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(({num_cond})::int) FROM events e WHERE e.touchpoint_id = '{tp}'
                        AND {_in('e.ts', start, end)} AND ({cond})"""))


# ---------- deliveries ----------

def breakage(start, end, cond="1=1"):
    v = one(f"""SELECT sum(broken_boxes) / sum(boxes_delivered) FROM deliveries d WHERE {_in('d.ts', start, end)}
                AND ({cond})""")
    return rate(v, tol=max(0.001, round(v * 0.05, 4)))


def breakage_top(col, start, end, cond="1=1", gap=1.3):
    return top(q(f"""SELECT {col}, sum(broken_boxes) / sum(boxes_delivered) v FROM deliveries d
                     WHERE {_in('d.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING count(*) >= 30
                     ORDER BY v DESC"""), gap)


def delivery_share(num_cond, start, end, cond="1=1"):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM deliveries d WHERE {_in('d.ts', start, end)} AND ({cond})"))


def delivery_top(num_cond, col, start, end, gap=1.1):
    return top(q(f"""SELECT {col}, avg(({num_cond})::int) v FROM deliveries d WHERE {_in('d.ts', start, end)}
                     GROUP BY 1 HAVING count(*) >= 50 ORDER BY v DESC"""), gap)


# ---------- orders / customers ----------

PAID = "o.status = 'paid'"


def orders_sum(start, end, cond=PAID, col="o.ts", what="o.amount"):
    return money(one(f"SELECT sum({what}) FROM orders o WHERE {_in(col, start, end)} AND ({cond})"))


def orders_top(col, start, end, cond=PAID, gap=1.1, measure="sum(o.amount)"):
    return top(q(f"""SELECT {col}, {measure} v FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})
                     AND {col} IS NOT NULL GROUP BY 1 ORDER BY v DESC"""), gap)


def orders_share(num_cond, start, end, cond=PAID):
    return rate(one(f"""SELECT sum(CASE WHEN {num_cond} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o
                        WHERE {_in('o.ts', start, end)} AND ({cond})"""))


def growth(a, b, cond=PAID, measure="sum(o.amount)"):
    x = one(f"SELECT {measure} FROM orders o WHERE ({cond}) AND {_in('o.ts', *a)}")
    y = one(f"SELECT {measure} FROM orders o WHERE ({cond}) AND {_in('o.ts', *b)}")
    print(f"    {x} -> {y}")
    return rate((y - x) / x)


def per_buyer(start, end, cond=PAID):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE ({cond}) AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(v * 0.01, 2))


def project_value_top(col, start, end, gap=1.1):
    """projects whose deposit was paid in the period: average paid deposit + balance, by a column."""
    return top(q(f"""WITH p AS (SELECT o.project_id, any_value({col}) g,
                                       sum(o.amount) FILTER (WHERE o.order_type IN ('deposit', 'balance')) v
                                FROM orders o WHERE o.status = 'paid' GROUP BY 1
                                HAVING bool_or(o.order_type = 'deposit' AND {_in('o.ts', start, end)}))
                     SELECT g, avg(v) a FROM p GROUP BY 1 ORDER BY a DESC"""), gap)


def signup_share(num_cond, start, end):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM customers c WHERE {_in('c.signup_at', start, end)}"))


def signup_top(col, start, end, gap=1.1):
    return top(q(f"""SELECT {col}, count(*) n FROM customers c WHERE {_in('c.signup_at', start, end)}
                     GROUP BY 1 ORDER BY n DESC"""), gap)


# ---------- experiment ----------

def _exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_deposit' AND e.ts >= x.assigned_at
                       AND e.ts <= x.assigned_at + INTERVAL 30 DAY))::int) r, count(*) n
                FROM experiments x GROUP BY 1 ORDER BY r DESC""")


def exp_best(gap=1.1):
    return top(_exp_rates(), gap)


def exp_rate(variant):
    return rate([r[1] for r in _exp_rates() if r[0] == variant][0])


# ---------- feedback ----------

NEG = "f.sentiment = 'negative'"


def fb_count(cond, rel=0.0):
    return count(one(f"SELECT count(*) FROM feedback f WHERE {cond}"), rel)


def fb_ratio(num_cond, cond):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM feedback f WHERE {cond}"))


def fb_avg(col, cond, tol=0.05):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND ({cond})"), 3),
                tolerance=tol)


def fb_top(col, cond, gap=1.2):
    return top(q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND ({cond})
                     GROUP BY 1 ORDER BY n DESC"""), gap)


def fb_avg_top(col, cond="1=1", lowest=True, min_n=20, gap=0.25):
    rows = q(f"""SELECT {col}, avg(rating) v, count(*) FROM feedback f WHERE rating IS NOT NULL
                 AND {col} IS NOT NULL AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
    assert abs(rows[0][1] - rows[1][1]) > gap, rows
    return dict(top_entity=rows[0][0])


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


ALL = ("2024-09-01", "2026-08-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
CN = "e.city IN ('Foshan', 'Wuhan', 'Xi''an', 'Nanjing')"
XA = "d.city = 'Xi''an'"


def gold() -> dict:
    return {
        # ---- funnels
        "ts01": lambda: conv("showroom_to_deposit", *Y25),
        "ts02": lambda: top_dropoff("showroom_to_deposit", *quarter(2025, 4)),
        "ts03": lambda: conv("booking_to_visit", *Y25, a=1, b=2),
        "ts04": lambda: top_conv("booking_to_visit", *ALL, 'c."城市"', a=1, b=2, lowest=True, gap=0.1),
        "ts05": lambda: conv("booking_to_visit", *ALL, a=1, b=2, cust="c.city = 'Auckland'", both=False),
        "ts06": lambda: conv("sample_to_deposit", *H1_25),
        "ts07": lambda: quote_to_deposit(*Y25, samples=True),
        "ts08": lambda: quote_to_deposit(*Y25, samples=False),
        "ts09": lambda: top_conv("showroom_to_deposit", *ALL, "c.acquisition_channel", gap=0.02),
        "ts10": lambda: conv("showroom_to_deposit", *H2_25, cust="c.acquisition_channel = 'douyin'"),
        "ts11": lambda: conv("showroom_to_deposit", *H2_25, cust="c.acquisition_channel = 'designer_referral'"),
        # ---- 3D layouts
        "ts12": lambda: ev_agg("median(e.turnaround_days)", "tp_layout", *quarter(2025, 4), cond="e.city = 'Wuhan'",
                               floor=0.5, nd=1),
        "ts13": lambda: ev_top("tp_layout", 'e."城市"', *H2_25, measure="avg(e.turnaround_days)", gap=1.5),
        "ts14": lambda: consult_to_layout("2025-08-01", "2026-01-31", cond="e.city = 'Wuhan'"),
        "ts15": lambda: consult_to_layout("2025-08-01", "2026-01-31", cond="e.city <> 'Wuhan'"),
        # ---- deposit to delivery
        "ts16": lambda: conv("order_to_delivery", *quarter(2026, 1), both=False),
        "ts17": lambda: top_dropoff("order_to_delivery", *Y25, margin=0.03),
        # ---- breakage
        "ts18": lambda: breakage(*H2_25, cond=XA),
        "ts19": lambda: breakage(*H1_25, cond=XA),
        "ts20": lambda: breakage_top('d."城市"', *H1_26, gap=2),
        "ts21": lambda: breakage_top("d.carrier", *ALL, gap=2),
        "ts22": lambda: breakage_top('d."系列"', *ALL, cond=f"NOT ({XA})", gap=1.5),
        "ts23": lambda: count(one(f"SELECT count(*) FROM deliveries d WHERE d.broken_boxes > 0 AND {_in('d.ts', *Y25)}")),
        "ts24": lambda: ev_count("tp_breakage", *quarter(2026, 1)),
        "ts25": lambda: ev_share("e.checked_at_door = 'false'", "tp_breakage", *ALL),
        "ts26": lambda: ev_agg("avg(e.replacement_days)", "tp_breakage", "2025-07-01", ALL[1],
                               cond="e.city = 'Xi''an' AND e.claim_status = 'approved'", floor=0.2),
        "ts27": lambda: ev_agg("avg(e.replacement_days)", "tp_breakage", "2025-07-01", ALL[1],
                               cond="e.city <> 'Xi''an' AND e.claim_status = 'approved'", floor=0.2),
        # ---- returns
        "ts28": lambda: delivery_share("d.t_return IS NOT NULL AND d.t_return <= d.ts + INTERVAL 30 DAY",
                                       "2026-03-01", "2026-06-30"),
        "ts29": lambda: delivery_share("d.t_return IS NOT NULL AND d.t_return <= d.ts + INTERVAL 30 DAY",
                                       "2025-03-01", "2025-06-30"),
        "ts30": lambda: ev_top("tp_return", 'e."退货原因"', *ALL, gap=2),
        "ts31": lambda: orders_sum(*quarter(2026, 2), cond="o.status = 'returned'", col="o.refunded_at",
                                   what="o.refund_amount"),
        # ---- reorders
        "ts33": lambda: ev_share("e.shade_match = 'false'", "tp_reorder", *ALL, cond="e.days_since_delivery > 90"),
        "ts34": lambda: ev_share("e.shade_match = 'false'", "tp_reorder", *ALL, cond="e.days_since_delivery <= 30"),
        "ts35": lambda: ev_top("tp_reorder", 'e."系列"', *ALL, gap=1.2),
        "ts36": lambda: delivery_share("d.t_reorder IS NOT NULL", *Y25),
        "ts37": lambda: delivery_top("d.t_reorder IS NOT NULL", "d.customer_type", *ALL, gap=1.2),
        # ---- experiment
        "ts38": lambda: exp_best(),
        "ts39": lambda: exp_rate("control"),
        "ts40": lambda: exp_rate("render_bundle"),
        # ---- money
        "ts42": lambda: orders_sum(*quarter(2025, 4)),
        "ts43": lambda: orders_sum(*month(2026, 5), cond="o.status = 'paid' AND o.order_type = 'deposit'"),
        "ts44": lambda: orders_top('o."城市"', *Y25, gap=1.1),
        "ts45": lambda: project_value_top("o.city", *Y25, gap=1.2),
        "ts46": lambda: growth(H1_25, H1_26),
        "ts47": lambda: orders_sum(*Y25, cond="o.status = 'paid' AND o.city = 'Auckland'", what="o.amount_local"),
        "ts48": lambda: per_buyer(*Y25),
        "ts49": lambda: orders_share("o.customer_type = 'contractor'", *Y25),
        "ts50": lambda: orders_top("o.tile_series", *Y25, gap=1.1),
        "ts51": lambda: ev_share("e.bath_suite = 'premium'", "tp_deposit", *Y25),
        # ---- counts / trends
        "ts52": lambda: ev_count("tp_visit", *month(2025, 10)),
        "ts53": lambda: ev_month_top("tp_visit", *Y25, cond=CN),
        "ts54": lambda: ev_count("tp_booking", *month(2026, 8)),
        "ts56": lambda: count(one(f"SELECT count(*) FROM customers c WHERE {_in('c.signup_at', *quarter(2025, 3))}")),
        "ts57": lambda: signup_top("c.acquisition_channel", *H1_26),
        "ts58": lambda: signup_share("c.acquisition_channel = 'xiaohongshu'", *H1_26),
        "ts59": lambda: ev_agg("avg(e.area_sqm)", "tp_deposit", *Y25, rel=0.01, floor=0.5, nd=2),
        "ts60": lambda: ev_top("tp_consult", "e.designer", *H2_25, gap=1.15),
        # ---- feedback
        "ts61": lambda: fb_top("f.touchpoint_id", f"{NEG} AND {_in('f.ts', *H1_26)}", gap=1.3),
        "ts62": lambda: fb_count("f.topic = 'shade_mismatch'", rel=0.05),
        "ts63": lambda: fb_count("f.topic = 'broken_tiles'", rel=0.05),
        "ts64": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "ts65": lambda: fb_avg("rating", f"f.channel = 'post_delivery_survey' AND {_in('f.ts', *Y25)}"),
        "ts66": lambda: fb_avg("nps", f"f.channel = 'post_delivery_survey' AND {_in('f.ts', *H1_26)}", tol=0.1),
        "ts67": lambda: fb_count("f.ts IS NULL"),
        "ts68": lambda: fb_avg_top("f.installer_en", "f.channel = 'installer_followup'", gap=0.4),
        "ts69": lambda: fb_ids("f.city = 'Nanjing' AND f.topic = 'installer_poor'"),
        "ts70": lambda: fb_ids("f.city = 'Xi''an' AND f.topic = 'broken_tiles' AND f.ts >= DATE '2025-07-01'"),
        "ts71": lambda: fb_ids("f.city = 'Wuhan' AND f.topic = 'layout_slow'"),
        "ts72": lambda: fb_ids("f.topic = 'restocking_fee'"),
        "ts74": lambda: fb_avg_top("f.city", f"f.channel = 'post_delivery_survey' AND {_in('f.ts', *H1_26)}",
                                   gap=0.3),
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
    missing = []
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                missing.append(it["id"])
            continue
        print(it["id"], it["question"][:100])
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print("   ->", shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
