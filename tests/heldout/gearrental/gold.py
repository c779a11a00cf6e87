"""Gold answers for the 租影 LensLend gear-rental held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; rates are per customer.
  Computed twice, with later steps allowed after the period end and with every step inside the period; the tolerance
  covers both readings (unless the question states the window, then later steps may fall after the period).
  A conversion between two inner steps (credit check → paid) = customers reaching the later step / customers reaching
  the earlier one, in the cohort of step 1 (browse) in the period. A question whose cohort is an inner step ("people
  who added to cart in April on Android") is also computed with that step as the cohort start; the tolerance covers
  both. Device-filtered funnels use only that device's events. "Drop-off rate" of a step = customers who reached
  it but not the next step / customers who reached it;
- a rental = an order row with order_type `rental`; paid rentals = status `paid` (status `refunded` = cancelled after
  paying, before dispatch; `cancelled` = order created but never paid). Events of one rental carry its order_id;
- times between steps are per rental order (order_id): the rental's first A event → its first B event after it,
  grouped by the event's warehouse / courier / category; medians and means over rentals that reached B. The cohort
  is dated by A unless the question dates it by B ("deposits refunded in Q2"). Where the question speaks of
  customers, the per-customer reading (a customer's first A in the period → their first B after it) is computed too
  and the tolerance covers both;
- an extended rental = a paid rental with at least one tp_extend event (extension order) for its order_id;
  extension rate = extended rentals / paid rentals, rentals dated by payment. Damage rate = share of inspections
  with inspection_result `damage_found`, dated by the inspection;
- money = orders with status `paid` by the order's ts: rental fee revenue = paid `rental` rows; "all revenue" = paid
  rental + extension + damage_charge rows. Deposits (`deposit` rows) are never revenue; deposit refunds = deposit rows
  with status refunded, by `refunded_at`, money = `refund_amount` (the deposit minus any damage deducted);
  counts of paid rentals use status `paid`; their tolerance also covers counting the rentals paid and then refunded
  before dispatch (status `refunded`) unless the question leaves those out, and rankings must agree under both;
- customer attributes (customer_type / 客户类型, city / 城市, city_tier / 城市等级, acquisition_channel / 获客渠道,
  credit_band) from customers; zh questions expect the zh twin value, en questions the en one. Warehouse and
  category come from the event / order row (warehouse / 仓库, category / 品类), same twin rule;
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date;
- exact duplicate event rows (same event_id) are loaded once; periods are inclusive calendar dates; weeks run
  Monday–Sunday; relative periods resolve against the item's `as_of` (else 2026-06-30, the last day of the data).
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
                            'refund_amount': 'DOUBLE', 'rental_days': 'INTEGER'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT f.*, t.topic, t.sentiment, t.language FROM read_csv_auto(
                    '{data / 'feedback.csv'}', header=true, types={{'ts': 'TIMESTAMP', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE'}}) f JOIN read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}') t
                    USING (feedback_id)""")
    CON.execute("""CREATE TABLE rentals AS SELECT o.*, EXISTS (SELECT 1 FROM events e WHERE e.order_id = o.order_id
                   AND e.touchpoint_id = 'tp_extend') AS extended FROM orders o WHERE o.order_type = 'rental'""")


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
    print("   ", [(r[0], round(float(r[1]), 3)) for r in rows[:5]])
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


def funnel(journey, start, end, cust=None, evcond=None, bounded=False, first=0):
    """counts of customers reaching each step; first = index of the step that starts the cohort."""
    steps, window = _steps(journey)
    steps = steps[first:]
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
    if evcond:
        ev += f" AND ({evcond})"
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


def conv(journey, start, end, a=1, b=None, both=True, inner=False, **kw):
    """both=False when the question states the window explicitly (later steps may fall after the period).
    inner=True: the cohort may also be read as starting at step a (tolerance covers that reading)."""
    vals = []
    for bounded in ((False, True) if both else (False,)):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        vals.append(c[(b or len(c)) - 1] / c[a - 1])
        if inner:
            c2 = funnel(journey, start, end, bounded=bounded, first=a - 1, **kw)
            vals.append(c2[(b or len(c)) - a] / c2[0])
    print("    readings", [round(v, 4) for v in vals])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, max(abs(vals[0] - v) for v in vals) + 0.005), 4))


def top_dropoff(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        rates = [(c[i] - c[i + 1]) / c[i] for i in range(len(c) - 1)]
        order = sorted(range(len(rates)), key=lambda i: -rates[i])
        print("   ", c, [round(x, 3) for x in rates])
        assert rates[order[0]] - rates[order[1]] > 0.05
        tops.add(steps[order[0]])
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
    print("   ", {k: round(v, 3) for k, v in rates.items()})
    assert abs(rates[order[0]] - rates[order[1]]) > gap, rates
    return dict(top_entity=order[0])


# ---------- times between steps (per rental order) ----------

def order_gaps(tp_a, tp_b):
    return f"""WITH a AS (SELECT order_id, min(ts) AS ta, any_value(warehouse) AS warehouse, any_value("仓库") AS "仓库",
                              any_value(category) AS category, any_value(customer_id) AS customer_id
                       FROM events WHERE touchpoint_id = '{tp_a}' AND order_id IS NOT NULL GROUP BY 1),
               b AS (SELECT a.order_id, min(e.ts) AS tb, any_value(e.courier) AS courier FROM a JOIN events e
                     ON e.order_id = a.order_id AND e.touchpoint_id = '{tp_b}' AND e.ts > a.ta GROUP BY 1)
               SELECT a.*, b.tb, b.courier, date_diff('second', a.ta, b.tb) / 86400.0 AS d
               FROM a JOIN b USING (order_id)"""


def cust_gaps(tp_a, tp_b, start, end, evcond="1=1"):
    return f"""WITH a AS (SELECT customer_id, min(ts) AS ta FROM events WHERE touchpoint_id = '{tp_a}'
                       AND {_in('ts', start, end)} AND ({evcond}) GROUP BY 1),
               b AS (SELECT a.customer_id, min(e.ts) AS tb FROM a JOIN events e ON e.customer_id = a.customer_id
                     AND e.touchpoint_id = '{tp_b}' AND e.ts > a.ta GROUP BY 1)
               SELECT date_diff('second', a.ta, b.tb) / 86400.0 AS d FROM a JOIN b USING (customer_id)"""


def gap_value(tp_a, tp_b, start=None, end=None, cond="1=1", agg="median", by="a", per_customer=None, rel=0.03):
    col = "ta" if by == "a" else "tb"
    per = _in(col, start, end) if start else "1=1"
    v = one(f"SELECT {agg}(d) FROM ({order_gaps(tp_a, tp_b)}) g WHERE {per} AND ({cond})")
    res = num(v, rel=rel, floor=0.1, nd=2)
    if per_customer is not None:
        w = one(f"SELECT {agg}(d) FROM ({cust_gaps(tp_a, tp_b, start, end, per_customer)})")
        print(f"    per order {v:.3f}, per customer {w:.3f}")
        res["tolerance"] = round(max(res["tolerance"], abs(v - w) + 0.05), 2)
    return res


def gap_share(tp_a, tp_b, days, start, end, by="a", cond="1=1"):
    col = "ta" if by == "a" else "tb"
    return rate(one(f"""SELECT avg((d > {days})::int) FROM ({order_gaps(tp_a, tp_b)}) g
                        WHERE {_in(col, start, end)} AND ({cond})"""))


def gap_top(tp_a, tp_b, col, start=None, end=None, min_n=50, gap=1.3):
    per = _in("ta", start, end) if start else "1=1"
    tops = set()
    for agg in ("median", "avg"):
        rows = q(f"""SELECT {col}, {agg}(d) v FROM ({order_gaps(tp_a, tp_b)}) g WHERE {per} GROUP BY 1
                     HAVING count(*) >= {min_n} ORDER BY v DESC""")
        top(rows, gap)
        tops.add(str(rows[0][0]))
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- events ----------

def ev_count(tp, start, end, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_share(tp, num_cond, start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(({num_cond})::int) FROM events e JOIN customers c USING (customer_id)
                        WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_top(tp, col, start, end, cond="1=1", gap=1.1):
    return top(q(f"""SELECT {col}, count(*) n FROM events e JOIN customers c USING (customer_id)
                     WHERE e.touchpoint_id = '{tp}' AND {col} IS NOT NULL AND {_in('e.ts', start, end)} AND ({cond})
                     GROUP BY 1 ORDER BY n DESC"""), gap)


def ev_rate_top(tp, col, num_cond, start, end, min_n=50, gap=1.3):
    return top(q(f"""SELECT {col}, avg(({num_cond})::int) v FROM events e JOIN customers c USING (customer_id)
                     WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1
                     HAVING count(*) >= {min_n} ORDER BY v DESC"""), gap)


def busiest_week(start, end):
    """the count of paid rental orders in the busiest Monday-Sunday week (unique even if two weeks tie);
    tolerance covers counting the ones refunded before dispatch."""
    res = []
    for cc in (RENTAL_REV, RENTAL_ANY):
        rows = q(f"""SELECT date_trunc('week', o.ts) w, count(*) n FROM orders o WHERE ({cc})
                     AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
        print("   ", rows[:3])
        assert all(start <= str(r[0])[:10] for r in rows if r[1] == rows[0][1]), rows[:3]   # full weeks only
        res.append(rows[0][1])
    return dict(value=int(res[0]), tolerance=abs(res[1] - res[0]) + 0.5)


# ---------- orders / rentals / customers ----------

PAID = "o.status = 'paid'"
REVENUE = "o.status = 'paid' AND o.order_type IN ('rental', 'extension', 'damage_charge')"
RENTAL_REV = "o.status = 'paid' AND o.order_type = 'rental'"
RENTAL_ANY = "o.status IN ('paid', 'refunded') AND o.order_type = 'rental'"   # paid, incl. refunded before dispatch


def orders_sum(start, end, cond=RENTAL_REV, col="o.ts", what="o.amount"):
    return money(one(f"SELECT sum({what}) FROM orders o WHERE {_in(col, start, end)} AND ({cond})"))


def orders_count(start, end, cond=RENTAL_REV, alt=RENTAL_ANY):
    """paid rental orders; the tolerance covers also counting those paid and refunded before dispatch."""
    n = one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    m = one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({alt})")
    return dict(value=int(n), tolerance=abs(m - n) + 0.5)


def orders_top(col, start, end, cond, gap=1.1, measure="sum(o.amount)"):
    res = top(q(f"""SELECT {col}, {measure} v FROM orders o JOIN customers c USING (customer_id)
                    WHERE {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY v DESC"""), gap)
    if RENTAL_REV in cond and measure == "count(*)":       # same leader when refunded-before-dispatch count too
        alt = cond.replace(RENTAL_REV, RENTAL_ANY)
        assert res == top(q(f"""SELECT {col}, {measure} v FROM orders o JOIN customers c USING (customer_id)
                    WHERE {_in('o.ts', start, end)} AND ({alt}) GROUP BY 1 ORDER BY v DESC"""), gap)
    return res


def month_top(start, end, cond=RENTAL_REV, gap=1.05):
    tops = set()
    for cc in (cond, cond.replace(RENTAL_REV, RENTAL_ANY)):
        tops.add(top(q(f"""SELECT strftime(o.ts, '%Y-%m') m, count(*) n FROM orders o
                           WHERE {_in('o.ts', start, end)} AND ({cc}) GROUP BY 1 ORDER BY n DESC"""), gap)["top_entity"])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def orders_share(num_cond, start, end, cond):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def growth(cond, a, b, measure="count(*)"):
    vals = []
    for cc in ((cond, RENTAL_ANY) if measure == "count(*)" and cond == RENTAL_REV else (cond,)):
        x = one(f"SELECT {measure} FROM orders o WHERE ({cc}) AND {_in('o.ts', *a)}")
        y = one(f"SELECT {measure} FROM orders o WHERE ({cc}) AND {_in('o.ts', *b)}")
        print(f"    {x} -> {y}")
        vals.append((y - x) / x)
    return rate(vals[0], round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def per_buyer(start, end, cond=RENTAL_REV, who="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o JOIN customers c
                USING (customer_id) WHERE ({cond}) AND {_in('o.ts', start, end)} AND ({who})""")
    return dict(value=round(v, 2), tolerance=round(v * 0.01, 2))


def rentals_per_customer(start, end, who="1=1"):
    v = one(f"""SELECT count(*) * 1.0 / count(DISTINCT o.customer_id) FROM rentals o JOIN customers c
                USING (customer_id) WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({who})""")
    return num(v, rel=0.01, floor=0.01, nd=3)


def ext_rate(start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(o.extended::int) FROM rentals o JOIN customers c USING (customer_id)
                        WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"""))


def ext_top(col, start, end, min_n=50, gap=1.2, only=None):
    flt = f"AND {col} IN ({', '.join(repr(x) for x in only)})" if only else ""
    return top(q(f"""SELECT {col}, avg(o.extended::int) v FROM rentals o JOIN customers c USING (customer_id)
                     WHERE o.status = 'paid' AND {_in('o.ts', start, end)} {flt} GROUP BY 1
                     HAVING count(*) >= {min_n} ORDER BY v DESC"""), gap)


def customers_share(num_cond, cond="1=1"):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM customers c WHERE {cond}"))


def signups(start, end):
    return count(one(f"SELECT count(*) FROM customers c WHERE {_in('c.signup_at', start, end)}"))


def check_pay_share(result, start, end):
    """share of credit checks with this result (dated by the check) followed by a paid order in the same session."""
    return rate(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events x WHERE x.session_id = e.session_id
                                   AND x.touchpoint_id = 'tp_order_paid' AND x.ts > e.ts))::int)
                        FROM events e WHERE e.touchpoint_id = 'tp_credit_check' AND e.credit_result = '{result}'
                        AND {_in('e.ts', start, end)}"""))


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


def fb_top(col, cond, gap=1.15):
    return top(q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                     GROUP BY 1 ORDER BY n DESC"""), gap)


def fb_avg_top(col, cond="1=1", lowest=True, min_n=30, gap=0.3):
    rows = q(f"""SELECT {col}, avg(rating) v FROM feedback f WHERE rating IS NOT NULL AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v {'ASC' if lowest else 'DESC'}""")
    print("   ", [(r[0], round(r[1], 3)) for r in rows])
    assert abs(rows[0][1] - rows[1][1]) > gap, rows
    return dict(top_entity=rows[0][0])


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


ALL = ("2025-01-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
BUG = ("2026-04-01", "2026-05-31")
CD_SLOW = ("2025-11-01", "2026-06-30")
CD_OLD = ("2025-01-01", "2025-10-31")
ZTO_NEW = ("2026-03-01", "2026-06-30")
ZTO_OLD = ("2025-01-01", "2026-02-28")
CD = "g.warehouse = 'Chengdu DC'"
SZ = "g.warehouse = 'Suzhou DC'"


def gold() -> dict:
    return {
        # ---- funnels
        "gr01": lambda: conv("rent_checkout", *Y25),
        "gr02": lambda: top_dropoff("rent_checkout", *quarter(2025, 3)),
        "gr03": lambda: conv("rent_checkout", *H1_26, a=3, b=4),
        "gr04": lambda: conv("rent_checkout", *H2_25, a=3, b=4),
        "gr05": lambda: top_conv("rent_checkout", *ALL, "c.acquisition_channel"),
        "gr06": lambda: conv("rent_checkout", *Y25, cust="c.acquisition_channel = 'photographer_referral'"),
        "gr07": lambda: conv("rent_checkout", *BUG, a=2, b=3, inner=True, evcond="e.device = 'android'"),
        "gr08": lambda: conv("rent_checkout", *BUG, a=2, b=3, inner=True, evcond="e.device = 'ios'"),
        "gr10": lambda: conv("fulfilment", *quarter(2026, 2), a=1, b=3, both=False),
        "gr11": lambda: check_pay_share("deposit_required", *Y25),
        "gr74": lambda: check_pay_share("pass", *Y25),
        # ---- times between steps
        "gr13": lambda: gap_value("tp_inspection", "tp_deposit_refund", *H2_25),
        "gr14": lambda: gap_top("tp_returned", "tp_deposit_refund", "warehouse"),
        "gr15": lambda: gap_value("tp_returned", "tp_deposit_refund", *CD_SLOW, cond=CD, agg="avg"),
        "gr16": lambda: gap_value("tp_returned", "tp_deposit_refund", *CD_OLD, cond=CD, agg="avg"),
        "gr17": lambda: gap_share("tp_returned", "tp_deposit_refund", 7, *quarter(2026, 2), by="b"),
        "gr18": lambda: gap_value("tp_order_paid", "tp_received", *ZTO_NEW, cond=SZ),
        "gr19": lambda: gap_value("tp_order_paid", "tp_received", *ZTO_OLD, cond=SZ),
        "gr20": lambda: gap_value("tp_order_paid", "tp_received", *quarter(2026, 1), agg="avg",
                                  per_customer="1=1"),
        "gr21": lambda: gap_top("tp_shipped", "tp_received", "courier", gap=1.5),
        # ---- per customer
        "gr23": lambda: per_buyer(*Y25),
        "gr24": lambda: per_buyer(*H1_26, cond=REVENUE),
        "gr25": lambda: rentals_per_customer(*Y25, who="c.customer_type = 'studio'"),
        # ---- shares
        "gr27": lambda: ext_rate(*Y25),
        "gr28": lambda: ev_share("tp_inspection", "e.inspection_result = 'damage_found'", *Y25,
                                 "e.category = 'drone'"),
        "gr29": lambda: ev_share("tp_inspection", "e.inspection_result = 'damage_found'", *Y25,
                                 "e.category = 'lens'"),
        "gr30": lambda: ev_share("tp_credit_check", "e.credit_result = 'deposit_required'", *Y25),
        "gr31": lambda: ev_share("tp_credit_check", "e.credit_result = 'fail'", *ALL, "c.credit_band = 'D'"),
        "gr32": lambda: customers_share("c.city_tier = 'new_tier1'"),
        "gr33": lambda: orders_share("o.deposit_waived", *H1_26, RENTAL_REV),
        "gr34": lambda: orders_share("o.status = 'cancelled'", *Y25, "o.order_type = 'rental'"),
        # ---- rankings
        "gr35": lambda: ext_top("o.item", *ALL, min_n=50, gap=1.5),
        "gr36": lambda: orders_top("o.category", *quarter(2025, 3), RENTAL_REV, gap=1.1),
        "gr37": lambda: orders_top('c."城市"', *Y25, RENTAL_REV, measure="count(*)", gap=1.05),
        "gr38": lambda: orders_top('c."城市"', *H1_26, RENTAL_REV, measure="count(*)", gap=1.05),
        "gr39": lambda: ext_top('c."客户类型"', *ALL, gap=1.2),
        "gr40": lambda: orders_top("o.category", *Y25, "o.order_type = 'damage_charge' AND o.status = 'paid'",
                                   measure="sum(o.amount)", gap=1.5),
        "gr41": lambda: top(q(f"""SELECT strftime(c.signup_at, '%Y-%m') m, count(*) n FROM customers c
                                   WHERE {_in('c.signup_at', *Y25)} GROUP BY 1 ORDER BY n DESC"""), 1.1),
        "gr42": lambda: orders_top('o."仓库"', *H1_26, RENTAL_REV, measure="count(*)", gap=1.3),
        # ---- single values
        "gr43": lambda: orders_count(*month(2025, 10), alt=RENTAL_REV),
        "gr44": lambda: orders_sum(*month(2025, 10)),
        "gr46": lambda: orders_sum(*month(2026, 4), cond="o.order_type = 'deposit' AND o.status = 'refunded'",
                                   col="o.refunded_at", what="o.refund_amount"),
        "gr47": lambda: ev_count("tp_shipped", "2025-03-03", "2025-03-09"),
        "gr48": lambda: ev_count("tp_extend", "2026-06-08", "2026-06-14", distinct=True),
        "gr49": lambda: signups(*month(2026, 6)),
        "gr50": lambda: ev_count("tp_credit_check", *quarter(2026, 1), "e.credit_result = 'fail'", distinct=True),
        "gr51": lambda: orders_sum("2026-06-01", "2026-06-20", cond=REVENUE),
        "gr52": lambda: orders_sum(*month(2026, 5), cond=REVENUE),
        # ---- comparisons and trends
        "gr53": lambda: growth(RENTAL_REV, quarter(2025, 2), quarter(2026, 2)),
        "gr54": lambda: growth(RENTAL_REV, H1_25, H2_25, measure="sum(o.amount)"),
        "gr55": lambda: ext_top("c.customer_type", *ALL, only=("pro", "hobbyist"), gap=1.5),
        "gr56": lambda: orders_top('o."品类"', *H1_26, f"{RENTAL_REV} AND o.category IN ('drone', 'action_cam')",
                                   measure="count(*)", gap=1.1),
        "gr57": lambda: month_top(*Y25, cond=f"{RENTAL_REV} AND o.category = 'drone'", gap=1.1),
        "gr58": lambda: busiest_week(*H2_25),
        # ---- feedback
        "gr60": lambda: fb_top("f.touchpoint_id", f"{NEG} AND {_in('f.ts', *H1_26)}", gap=1.2),
        "gr61": lambda: fb_count("f.topic = 'deposit_refund_slow'", rel=0.05),
        "gr62": lambda: fb_count("f.topic = 'gear_dirty_faulty' AND year(f.ts) = 2026", rel=0.05),
        "gr63": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "gr64": lambda: fb_avg("rating", "f.touchpoint_id = 'tp_deposit_refund'"),
        "gr65": lambda: fb_avg_top("f.touchpoint_id", "f.touchpoint_id IN ('tp_received', 'tp_returned', 'tp_support')",
                                   min_n=30, gap=0.25),
        "gr66": lambda: fb_ratio(NEG, "f.warehouse = 'Chengdu DC'"),
        "gr67": lambda: fb_ratio(NEG, "f.warehouse = 'Suzhou DC'"),
        "gr68": lambda: fb_count("f.ts IS NULL"),
        "gr69": lambda: fb_avg("nps", f"f.channel = 'post_return_survey' AND {_in('f.ts', *Y25)}", tol=0.1),
        "gr70": lambda: fb_ids("f.topic = 'gear_dirty_faulty' AND f.category = 'tent'"),
        # ---- why-questions with quotes
        "gr71": lambda: fb_ids("f.topic = 'id_verify_crash'"),
        "gr72": lambda: fb_ids(f"{NEG} AND f.warehouse = 'Chengdu DC' AND f.ts >= DATE '2025-11-01'"),
        "gr73": lambda: fb_ids(f"f.topic = 'shipping_slow' AND f.warehouse = 'Suzhou DC' AND f.ts >= DATE '2026-03-01'"),
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
        print(it["id"], it["question"][:90])
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
