"""Gold answers for the 绿驰 GreenRide e-bike held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; rates are per customer.
  Computed twice, with later steps allowed after the period end and with every step inside the period; the tolerance
  covers both readings. "Lose the most" = the step with the most customers who reached it but not the next one.
  A conversion between two inner steps (test ride → order) = customers reaching the later step / customers reaching
  the earlier one, in the cohort of the first step (test ride booked) in the period;
- "owners" = customers with a handover (tp_delivery); an owner's model = the model on their first handover.
  Handovers / bikes handed over = tp_delivery events; trade-ins (tp_tradein, order_type trade_in) are separate;
- times between steps are per customer: their first A event (in the stated cohort, by A's date unless the question
  dates the cohort by B) → their first B event after it; medians and means over customers who reached B.
  Repair turnaround is per repair: each tp_repair_in → the same customer's first tp_repair_out after it, grouped by
  the event's store;
- money = orders with status `paid` (pending, cancelled and refunded lines are not revenue), by the order's ts;
  refunds = orders with status refunded, by `refunded_at`. Revenue "everything included" = all paid order lines
  (bike, battery_upgrade, accessory, care_plan, service, trade_in). A bike order's battery upgrade / helmet / lock are
  order lines of the same customer with the same ts;
- customer attributes (city / 城市, rider_type / 骑行类型, acquisition_channel / 获客渠道, age_band, home_store / 门店)
  from customers; zh questions expect the zh twin value, en questions the en one. Sales rep = the event's sales_rep;
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date;
- exact duplicate event rows (same event_id) are loaded once; periods are inclusive calendar dates; weeks run
  Monday–Sunday; relative periods resolve against the item's `as_of` (else 2026-07-31, the last day of the data).
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
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    types={{'signup_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    all_varchar=true)""")
    CON.execute("ALTER TABLE events ALTER ts TYPE TIMESTAMP USING CAST(ts AS TIMESTAMP)")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'refunded_at': 'TIMESTAMP',
                            'trade_in_credit': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT f.*, t.topic, t.sentiment FROM read_csv_auto(
                    '{data / 'feedback.csv'}', header=true, types={{'ts': 'TIMESTAMP', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE'}}) f JOIN read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}') t
                    USING (feedback_id)""")
    CON.execute("""CREATE TABLE owners AS SELECT customer_id, min(ts) AS t_del, arg_min(model, ts) AS model
                   FROM events WHERE touchpoint_id = 'tp_delivery' GROUP BY 1""")


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


def count(v):
    return dict(value=int(v), tolerance=0.5)


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.002), 2))


def top(rows, gap=1.1, lowest=False):
    """rows sorted best first (value in column 1)."""
    a, b = rows[0][1], rows[1][1]
    if lowest:
        assert b > a * gap or b - a > 0.04, rows[:4]
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
    """both=False when the question states the window explicitly (later steps may fall after the period)."""
    vals = []
    for bounded in ((False, True) if both else (False, False)):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        vals.append(c[(b or len(c)) - 1] / c[a - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, a=1, b=None, lowest=False, min_n=100, gap=0.04, only=None):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        if only and v not in only:
            continue
        vv = v.replace("'", "''")
        c = funnel(journey, start, end, cust=f"{column} = '{vv}'")
        if c[a - 1] >= min_n:
            rates[v] = c[(b or len(c)) - 1] / c[a - 1]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > gap, rates
    print("   ", {k: round(v, 3) for k, v in rates.items()})
    return dict(top_entity=order[0])


# ---------- times between steps ----------

def gaps(tp_a, tp_b, start=None, end=None, cond="1=1", by="a"):
    """per customer: first tp_a → first tp_b after it, in days; cohort by A's (or B's) date."""
    col = "a.ta" if by == "a" else "b.tb"
    per = f"AND {_in(col, start, end)}" if start else ""
    return f"""WITH a AS (SELECT customer_id, min(ts) AS ta FROM events WHERE touchpoint_id = '{tp_a}' GROUP BY 1),
               b AS (SELECT a.customer_id, min(e.ts) AS tb FROM a JOIN events e ON e.customer_id = a.customer_id
                     AND e.touchpoint_id = '{tp_b}' AND e.ts > a.ta GROUP BY 1)
               SELECT c.*, date_diff('second', a.ta, b.tb) / 86400.0 AS d FROM a JOIN b USING (customer_id)
               JOIN customers c USING (customer_id) WHERE 1=1 {per} AND ({cond})"""


def gap_value(tp_a, tp_b, start=None, end=None, cond="1=1", agg="median", by="a", rel=0.03):
    v = one(f"SELECT {agg}(d) FROM ({gaps(tp_a, tp_b, start, end, cond, by)})")
    return num(v, rel=rel, floor=0.1, nd=2)


def gap_share(tp_a, tp_b, days, start, end, by="a", cond="1=1"):
    return rate(one(f"SELECT avg((d > {days})::int) FROM ({gaps(tp_a, tp_b, start, end, cond, by)})"))


def gap_top(tp_a, tp_b, col, min_n=30, gap=1.3):
    tops = set()
    for agg in ("median", "avg"):
        rows = q(f"""SELECT {col}, {agg}(d) v FROM ({gaps(tp_a, tp_b)}) GROUP BY 1 HAVING count(*) >= {min_n}
                     ORDER BY v DESC""")
        top(rows, gap)
        tops.add(str(rows[0][0]))
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


REPAIRS = """SELECT e.*, date_diff('second', e.ts, (SELECT min(x.ts) FROM events x WHERE x.customer_id = e.customer_id
             AND x.touchpoint_id = 'tp_repair_out' AND x.ts > e.ts)) / 86400.0 AS d
             FROM events e WHERE e.touchpoint_id = 'tp_repair_in'"""


def repair(agg, cond="1=1"):
    return one(f"SELECT {agg} FROM ({REPAIRS}) r WHERE d IS NOT NULL AND ({cond})")


def repair_top(min_n=20, gap=1.5):
    tops = set()
    for agg in ("median", "avg"):
        rows = q(f"""SELECT store, {agg}(d) v FROM ({REPAIRS}) r WHERE d IS NOT NULL GROUP BY 1
                     HAVING count(*) >= {min_n} ORDER BY v DESC""")
        top(rows, gap)
        tops.add(rows[0][0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


# ---------- events ----------

def ev_count(tp, start, end, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_top(tp, col, start, end, cond="1=1", gap=1.1):
    rows = q(f"""SELECT {col}, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {col} IS NOT NULL AND {_in('e.ts', start, end)} AND ({cond})
                 GROUP BY 1 ORDER BY n DESC""")
    return top(rows, gap)


def month_top(tp, start, end, gap=1.1):
    return top(q(f"""SELECT strftime(ts, '%Y-%m') m, count(*) n FROM events WHERE touchpoint_id = '{tp}'
                     AND {_in('ts', start, end)} GROUP BY 1 ORDER BY n DESC"""), gap)


def growth(tp, a, b):
    x = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)}")
    y = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)}")
    return rate((y - x) / x)


def busiest_week(tp, start, end):
    rows = q(f"""SELECT date_trunc('week', ts) w, count(*) n FROM events WHERE touchpoint_id = '{tp}'
                 AND {_in('ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    w0 = str(rows[0][0])[:10]
    assert start <= w0 and rows[0][1] > rows[1][1], rows[:3]      # a full week inside the period, unique
    return count(rows[0][1])


def per_owner(tp, cond="1=1"):
    v = one(f"""SELECT (SELECT count(*) FROM events e JOIN owners o USING (customer_id) JOIN customers c
                        USING (customer_id) WHERE e.touchpoint_id = '{tp}' AND ({cond}))
                       / (SELECT count(*) FROM owners o JOIN customers c USING (customer_id) WHERE ({cond}))""")
    return num(v, rel=0.02, floor=0.005, nd=4)


def per_owner_top(tp, col, gap=1.5):
    rows = q(f"""SELECT {col}, count(e.customer_id) * 1.0 / count(DISTINCT o.customer_id) v FROM owners o
                 JOIN customers c USING (customer_id) LEFT JOIN events e ON e.customer_id = o.customer_id
                 AND e.touchpoint_id = '{tp}' GROUP BY 1 ORDER BY v DESC""")
    return top(rows, gap)


def quote_top(min_n=30, gap=0.05):
    sql = f"""SELECT qq.sales_rep, count(DISTINCT qq.customer_id) n,
                     count(DISTINCT qq.customer_id) FILTER (WHERE EXISTS (SELECT 1 FROM events o
                         WHERE o.customer_id = qq.customer_id AND o.touchpoint_id = 'tp_order' AND o.ts > qq.ts))
                     * 1.0 / count(DISTINCT qq.customer_id) r
              FROM events qq WHERE qq.touchpoint_id = 'tp_quote' AND qq.sales_rep IS NOT NULL
              GROUP BY 1 HAVING count(DISTINCT qq.customer_id) >= {min_n} ORDER BY r DESC, n DESC"""
    rows = q(sql)
    print("   ", [(r[0], r[1], round(r[2], 3)) for r in rows[:4]])
    assert rows[0][2] - rows[1][2] > gap, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

PAID = "o.status = 'paid'"


def orders_sum(start, end, cond=PAID, col="o.ts"):
    return money(one(f"SELECT sum(o.amount) FROM orders o WHERE {_in(col, start, end)} AND ({cond})"))


def orders_avg(start, end, cond):
    v = one(f"SELECT avg(o.amount) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 2), tolerance=round(max(1.0, v * 0.003), 2))


def orders_top(col, start, end, cond, gap=1.1):
    return top(q(f"""SELECT {col}, sum(o.amount) v FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})
                     GROUP BY 1 ORDER BY v DESC"""), gap)


def bike_share(line_cond, start, end, extra="1=1"):
    """share of paid bike orders (in the period) that have a paid line matching line_cond with the same ts."""
    return rate(one(f"""SELECT avg((EXISTS (SELECT 1 FROM orders x WHERE x.customer_id = o.customer_id
                              AND x.ts = o.ts AND x.status = 'paid' AND ({line_cond})))::int)
                        FROM orders o WHERE o.order_type = 'bike' AND o.status = 'paid'
                        AND {_in('o.ts', start, end)} AND ({extra})"""))


def orders_share(num_cond, start, end, cond):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def revenue_growth(a, b):
    x = one(f"SELECT sum(amount) FROM orders o WHERE {PAID} AND {_in('o.ts', *a)}")
    y = one(f"SELECT sum(amount) FROM orders o WHERE {PAID} AND {_in('o.ts', *b)}")
    return rate((y - x) / x)


def per_buyer(start, end):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o WHERE {PAID}
                AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(v * 0.01, 2))


def customers_share(num_cond, cond="1=1"):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM customers c WHERE {cond}"))


def owners_share(num_cond):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM owners o JOIN customers c USING (customer_id)"))


# ---------- feedback ----------

NEG = "f.sentiment = 'negative'"


def fb_count(cond, rel=0.0):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * rel, 1)))


def fb_ratio(num_cond, cond, alt_cond=None):
    v = one(f"SELECT avg(({num_cond})::int) FROM feedback f WHERE {cond}")
    tol = 0.01
    if alt_cond:
        w = one(f"SELECT avg(({num_cond})::int) FROM feedback f WHERE {alt_cond}")
        tol = round(max(0.01, abs(v - w) + 0.005), 4)
    return rate(v, tol)


def fb_avg(col, cond, tol=0.05):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_top(col, cond, gap=1.3):
    return top(q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                     GROUP BY 1 ORDER BY n DESC"""), gap)


def fb_avg_top(col, cond, lowest=True, min_n=30):
    rows = q(f"""SELECT {col}, avg(rating) v FROM feedback f WHERE rating IS NOT NULL AND {cond} GROUP BY 1
                 HAVING count(*) >= {min_n} ORDER BY v {'ASC' if lowest else 'DESC'}""")
    print("   ", rows)
    assert abs(rows[0][1] - rows[1][1]) > 0.4, rows
    return dict(top_entity=rows[0][0])


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


ALL = ("2025-01-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Y26 = ("2026-01-01", "2026-07-31")
SH_NEW = ("2026-03-01", "2026-07-31")
SH_OLD = ("2025-01-01", "2026-02-28")
CDGX = "c.home_store = 'Chengdu Gaoxin'"
REPAIR_TPS = "f.touchpoint_id IN ('tp_repair_in', 'tp_repair_out')"


def gold() -> dict:
    return {
        # ---- test-ride funnel
        "eb01": lambda: conv("testride_purchase", *Y25),
        "eb02": lambda: top_lost("testride_purchase", *quarter(2025, 3)),
        "eb03": lambda: top_conv("testride_purchase", *ALL, 'c."获客渠道"', a=2, b=4),
        "eb04": lambda: conv("testride_purchase", *H1_26, a=2, b=4, cust="c.acquisition_channel = 'walk_by'"),
        "eb05": lambda: conv("testride_purchase", *H1_26, a=2, b=4, cust="c.acquisition_channel = 'referral'"),
        "eb06": lambda: conv("testride_purchase", *H1_26, a=1, b=2),
        "eb07": lambda: conv("handover", *month(2025, 10), a=1, b=3, both=False),
        "eb08": lambda: top_conv("testride_purchase", *ALL, "c.home_store", a=2, b=4, lowest=True, gap=0.035),
        "eb09": lambda: conv("first_service", *Y25, both=False),
        # ---- times between steps
        "eb10": lambda: gap_value("tp_deposit", "tp_delivery", *H2_25),
        "eb11": lambda: gap_top("tp_deposit", "tp_delivery", "home_store"),
        "eb12": lambda: gap_value("tp_deposit", "tp_delivery", "2025-10-01", ALL[1], CDGX, agg="avg"),
        "eb13": lambda: gap_value("tp_deposit", "tp_delivery", "2025-10-01", ALL[1],
                                  "c.\"门店\" = '成都锦江店'", agg="avg"),
        "eb14": lambda: gap_share("tp_deposit", "tp_delivery", 14, *H1_26, by="b"),
        "eb15": lambda: gap_value("tp_delivery", "tp_plate", *SH_NEW, "c.city = 'Shanghai'", by="a"),
        "eb16": lambda: gap_value("tp_delivery", "tp_plate", *SH_OLD, "c.city = 'Shanghai'", by="a"),
        "eb17": lambda: num(repair("median(d)", "store = 'Xi''an Weiyang'"), rel=0.03, floor=0.1, nd=2),
        "eb18": lambda: repair_top(),
        "eb19": lambda: rate(repair("avg((d > 3)::int)", _in("ts", *H1_26))),
        # ---- per customer / per owner
        "eb20": lambda: per_owner("tp_repair_in", "c.rider_type = 'delivery_rider'"),
        "eb21": lambda: per_buyer(*Y25),
        "eb22": lambda: orders_avg(*H1_26, f"{PAID} AND o.order_type = 'bike' AND o.model = 'cargo'"),
        # ---- shares
        "eb23": lambda: bike_share("x.order_type = 'battery_upgrade'", *month(2026, 6)),
        "eb24": lambda: bike_share("x.order_type = 'battery_upgrade'", *month(2026, 5)),
        "eb25": lambda: orders_share("o.delivery_method = 'home_delivery'", *Y25, f"{PAID} AND o.order_type = 'bike'"),
        "eb26": lambda: bike_share("x.item = 'helmet'", *quarter(2025, 4)),
        "eb27": lambda: owners_share("c.rider_type = 'delivery_rider'"),
        "eb28": lambda: customers_share("c.age_band = '25-34'"),
        # ---- rankings
        "eb29": lambda: ev_top("tp_delivery", 'c."城市"', *Y25),
        "eb30": lambda: ev_top("tp_delivery", 'c."城市"', *H1_26),
        "eb31": lambda: orders_top("o.model", *H1_26, f"{PAID} AND o.order_type = 'bike'", gap=1.15),
        "eb32": lambda: quote_top(30),
        "eb33": lambda: quote_top(1, gap=0.1),
        "eb34": lambda: ev_top("tp_testride", "e.store", *quarter(2026, 2), gap=1.1),
        "eb35": lambda: month_top("tp_testride_book", *Y25, gap=1.05),
        "eb36": lambda: per_owner_top("tp_battery_replace", "c.rider_type"),
        "eb37": lambda: num(one("""SELECT count(*) FILTER (WHERE e.customer_id IS NOT NULL) * 1.0
                                   / count(DISTINCT o.customer_id) FROM owners o LEFT JOIN events e
                                   ON e.customer_id = o.customer_id AND e.touchpoint_id = 'tp_battery_replace'
                                   WHERE o.model = 'cargo'"""), rel=0.02, floor=0.005),
        # ---- single values
        "eb38": lambda: ev_count("tp_delivery", *month(2026, 3)),
        "eb39": lambda: ev_count("tp_delivery", *month(2026, 4)),
        "eb40": lambda: orders_sum(*month(2025, 10), "o.status = 'refunded'", col="o.refunded_at"),
        "eb41": lambda: orders_sum(*quarter(2025, 3)),
        "eb42": lambda: orders_sum(*H2_25, f"{PAID} AND o.order_type = 'accessory'"),
        "eb43": lambda: ev_count("tp_testride_book", "2025-03-03", "2025-03-09"),
        "eb44": lambda: ev_count("tp_testride_book", *month(2026, 6)),
        "eb45": lambda: ev_count("tp_first_service", *month(2026, 3)),
        "eb46": lambda: ev_count("tp_tradein", *quarter(2026, 2), distinct=True),
        # ---- comparisons and trends
        "eb48": lambda: growth("tp_delivery", quarter(2026, 1), quarter(2026, 2)),
        "eb49": lambda: revenue_growth(month(2025, 6), month(2026, 6)),
        "eb50": lambda: top_conv("testride_purchase", *ALL, "c.acquisition_channel", a=2, b=4,
                                 only=("ads", "walk_by"), gap=0.03),
        "eb51": lambda: month_top("tp_delivery", *Y25, gap=1.08),
        "eb52": lambda: month_top("tp_testride_book", *Y26, gap=1.15),
        "eb53": lambda: busiest_week("tp_testride_book", *quarter(2026, 2)),
        # ---- feedback
        "eb54": lambda: fb_top("f.touchpoint_id", NEG, gap=1.3),
        "eb55": lambda: fb_count("f.topic = 'range_short'", rel=0.05),
        "eb56": lambda: fb_count("f.topic = 'range_short' AND year(f.ts) = 2026", rel=0.05),
        "eb57": lambda: fb_count("f.topic = 'delivery_slow'", rel=0.05),
        "eb58": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "eb59": lambda: fb_avg("rating", REPAIR_TPS),
        "eb60": lambda: fb_avg_top("f.touchpoint_id", "f.touchpoint_id IN ('tp_testride', 'tp_quote', 'tp_delivery')",
                                   min_n=30),
        "eb61": lambda: fb_ids("f.topic = 'plate_confusing' AND f.city = 'Shanghai'"),
        "eb62": lambda: fb_ids("f.topic = 'staff_helpful'"),
        "eb63": lambda: fb_count("f.ts IS NULL"),
        "eb64": lambda: fb_avg("nps", f"f.channel = 'post_delivery_survey' AND {_in('f.ts', *H1_26)}", tol=0.1),
        "eb65": lambda: fb_ratio(NEG, "f.store = 'Chengdu Gaoxin'"),
        "eb66": lambda: fb_ratio(NEG, "f.store <> 'Chengdu Gaoxin'",
                                 alt_cond="f.store NOT IN ('Chengdu Gaoxin', 'Online shop')"),
        # ---- why-questions with quotes
        "eb70": lambda: fb_ids("f.topic = 'delivery_slow' AND f.store = 'Chengdu Gaoxin'"),
        "eb72": lambda: fb_ids("f.topic = 'range_short'"),
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
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:80], shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
