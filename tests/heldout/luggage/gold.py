"""Gold answers for the 行李寄存 BagDrop luggage storage / delivery held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; rates are per customer.
  Computed twice, with later steps allowed after the period end and with every step inside the period; the tolerance
  covers both readings. "Loses the most" = the step with the most customers who reached it but not the next one.
  A conversion between two steps (search → book) = customers reaching the later step / customers reaching the
  earlier one, in the cohort of the journey's first step in the period; drop-off rate between two steps = 1 minus
  that. A funnel "on the Android app" uses only events with device = android and channel = app (the question only
  asks about digital steps); a funnel by acquisition channel filters customers;
- a booking = one `booking_id`; "bookings placed" = tp_book + tp_book_delivery events (also ones cancelled later),
  by the event's ts; "paid bookings" = order lines storage_fee / delivery_fee with status paid. Times between steps
  are per booking (first A of the booking → first B of the same booking after it), grouped by the booking's
  location / city / claim_type and dated by A. The pickup queue = tp_pickup_arrive (queue ticket) → tp_pickup;
- overdue share = tp_pickup events with pickup_status overdue / all tp_pickup events (dated by the pickup); late
  delivery share = tp_delivered events with delivery_status late / all tp_delivered (dated by the delivery); damage
  claim rate of a location = storage bookings dropped off there (tp_dropoff) that have a tp_claim with claim_type
  damage / storage bookings dropped off there;
- money = order lines with status `paid` by the order ts (storage_fee, delivery_fee, overtime_fee, insurance);
  cancelled = never paid; refunded lines are not revenue and count as refunds by `refunded_at`; claim payouts =
  order_type claim_payout (status paid_out, money paid out, never revenue) by its ts. "Per paying customer" divides
  by distinct customers with a paid line in the period;
- customer attributes (traveller_type / 旅客类型, home_country / 客源地, acquisition_channel / 获客渠道, signup_city)
  come from customers; location / 网点 and city / 城市 from the event, order or feedback row. zh questions expect the
  zh twin value (网点, 城市, 旅客类型, 获客渠道), en questions the en one (location, city, traveller_type,
  acquisition_channel as stored);
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date; a rating
  "by step" groups feedback by its touchpoint_id; a location's rating = feedback rows with a rating at that location;
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
    for col in ("overtime_hours", "late_minutes", "rating"):
        CON.execute(f"ALTER TABLE events ALTER {col} TYPE DOUBLE USING CAST({col} AS DOUBLE)")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'refunded_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT f.*, t.topic, t.sentiment FROM read_csv_auto(
                    '{data / 'feedback.csv'}', header=true, types={{'ts': 'TIMESTAMP', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE'}}) f JOIN read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}') t
                    USING (feedback_id)""")


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
    print("   ", [(r[0], round(float(r[1]), 3)) for r in rows[:4]])
    a, b = float(rows[0][1]), float(rows[1][1])
    if lowest:
        assert b > a * gap or b - a > 0.04, rows[:4]
    else:
        assert a > b * gap, rows[:4]
    return dict(top_entity=str(rows[0][0]))


# ---------- funnels ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cond=None, bounded=False, ccond=None):
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cond:
        ev += f" AND ({cond})"
    if ccond:
        ev += f" AND ({ccond})"
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


def conv(journey, start, end, a=1, b=None, drop=False, both=True, **kw):
    vals = []
    for bounded in ((False, True) if both else (False, False)):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        v = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - v if drop else v)
    print("    funnel", c)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        print("    funnel", c, "lost", lost)
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, a=1, b=None, lowest=False, min_n=100, gap=0.04):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        vv = v.replace("'", "''")
        for bounded in (False, True):
            c = funnel(journey, start, end, ccond=f"{column} = '{vv}'", bounded=bounded)
            if c[a - 1] >= min_n:
                rates.setdefault(v, []).append(c[(b or len(c)) - 1] / c[a - 1])
    tops = set()
    for i in (0, 1):
        rr = {k: v[i] for k, v in rates.items()}
        order = sorted(rr, key=rr.get, reverse=not lowest)
        print("   ", {k: round(v, 3) for k, v in rr.items()})
        assert abs(rr[order[0]] - rr[order[1]]) > gap, rr
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per-booking times between steps ----------

def bgaps(tp_a, tp_b, unit=60.0):
    """per booking: first tp_a of the booking → first tp_b of the same booking after it (unit: seconds per unit)."""
    return f"""WITH a AS (SELECT booking_id, arg_min(customer_id, ts) AS customer_id, min(ts) AS ta,
                             arg_min(location, ts) AS location, arg_min("网点", ts) AS "网点",
                             arg_min(city, ts) AS city, arg_min("城市", ts) AS "城市",
                             arg_min(service, ts) AS service, arg_min(claim_type, ts) AS claim_type
                      FROM events WHERE touchpoint_id = '{tp_a}' GROUP BY 1),
                    b AS (SELECT a.booking_id, min(e.ts) AS tb FROM a JOIN events e ON e.booking_id = a.booking_id
                          AND e.touchpoint_id = '{tp_b}' AND e.ts > a.ta GROUP BY 1)
               SELECT a.*, c.traveller_type, date_diff('second', a.ta, b.tb) / {unit} AS d
               FROM a JOIN b USING (booking_id) JOIN customers c USING (customer_id)"""


def bgap_value(tp_a, tp_b, cond="1=1", start=None, end=None, agg="median", unit=60.0, rel=0.03):
    per = f"AND {_in('ta', start, end)}" if start else ""
    n, v = q(f"SELECT count(*), {agg}(d) FROM ({bgaps(tp_a, tp_b, unit)}) WHERE ({cond}) {per}")[0]
    print("    n =", n)
    return num(v, rel=rel, floor=0.1, nd=2)


def bgap_share(tp_a, tp_b, over, cond="1=1", start=None, end=None, unit=60.0):
    per = f"AND {_in('ta', start, end)}" if start else ""
    return rate(one(f"SELECT avg((d > {over})::int) FROM ({bgaps(tp_a, tp_b, unit)}) WHERE ({cond}) {per}"))


def bgap_top(tp_a, tp_b, col, cond="1=1", start=None, end=None, min_n=100, gap=1.3, unit=60.0):
    per = f"AND {_in('ta', start, end)}" if start else ""
    tops = set()
    for agg in ("median", "avg"):
        rows = q(f"""SELECT {col}, {agg}(d) v FROM ({bgaps(tp_a, tp_b, unit)}) WHERE ({cond}) {per} GROUP BY 1
                     HAVING count(*) >= {min_n} ORDER BY v DESC""")
        top(rows, gap)
        tops.add(str(rows[0][0]))
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- events ----------

BOOK = "e.touchpoint_id IN ('tp_book', 'tp_book_delivery')"


def ev_count(tps, start, end, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e JOIN customers c USING (customer_id)
                         WHERE ({tps}) AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_share(tp, num_cond, start, end, cond="1=1"):
    n, v = q(f"""SELECT count(*), avg(({num_cond})::int) FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")[0]
    print("    n =", n)
    return rate(v)


def ev_share_top(tp, num_cond, col, min_n=100, gap=1.3):
    return top(q(f"""SELECT {col}, avg(({num_cond})::int) v FROM events e JOIN customers c USING (customer_id)
                     WHERE e.touchpoint_id = '{tp}' GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC"""), gap)


def ev_avg(tp, col, start, end, cond="1=1"):
    v = one(f"""SELECT avg({col}) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return num(v, rel=0.02, floor=0.05, nd=2)


def month_top(tps, start, end, gap=1.1):
    return top(q(f"""SELECT strftime(ts, '%Y-%m') m, count(*) n FROM events e WHERE ({tps})
                     AND {_in('ts', start, end)} GROUP BY 1 ORDER BY n DESC"""), gap)


def growth(tps, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE ({tps}) AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE ({tps}) AND {_in('ts', *b)} AND ({cond})")
    print("   ", x, y)
    return rate((y - x) / x)


def busiest_week(tps, start, end):
    rows = q(f"""SELECT date_trunc('week', ts) w, count(*) n FROM events e WHERE ({tps})
                 AND {_in('ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    w0 = str(rows[0][0])[:10]
    print("   ", rows[:3])
    assert start <= w0 and rows[0][1] > rows[1][1] * 1.2, rows[:3]
    return count(rows[0][1])


DAMAGE = """SELECT d.booking_id, d.ts, d.location, d."网点", EXISTS (SELECT 1 FROM events x WHERE x.booking_id =
                   d.booking_id AND x.touchpoint_id = 'tp_claim' AND x.claim_type = 'damage') AS dmg
            FROM events d WHERE d.touchpoint_id = 'tp_dropoff'"""


def damage_rate(cond="1=1", start=None, end=None):
    per = f"AND {_in('ts', start, end)}" if start else ""
    n, v = q(f"SELECT count(*), avg(dmg::int) FROM ({DAMAGE}) x WHERE ({cond}) {per}")[0]
    print("    n =", n)
    return rate(v)


def damage_top(col, min_n=200, gap=1.5):
    return top(q(f"""SELECT {col}, avg(dmg::int) v FROM ({DAMAGE}) x GROUP BY 1 HAVING count(*) >= {min_n}
                     ORDER BY v DESC"""), gap)


def rebook_top(col, gap=1.3):
    """customers with a completed service (tp_pickup / tp_delivered) who have a tp_rebook after the first one."""
    return top(q(f"""WITH d AS (SELECT customer_id, min(ts) t FROM events
                                WHERE touchpoint_id IN ('tp_pickup', 'tp_delivered') GROUP BY 1)
                     SELECT {col}, avg((EXISTS (SELECT 1 FROM events r WHERE r.customer_id = d.customer_id
                                                AND r.touchpoint_id = 'tp_rebook' AND r.ts > d.t))::int) v
                     FROM d JOIN customers c USING (customer_id) GROUP BY 1 ORDER BY v DESC"""), gap)


# ---------- orders / customers ----------

PAID = "o.status = 'paid'"
FEE = "o.order_type IN ('storage_fee', 'delivery_fee')"


def orders_sum(start, end, cond=PAID, col="o.ts"):
    return money(one(f"SELECT sum(o.amount) FROM orders o WHERE {_in(col, start, end)} AND ({cond})"))


def orders_avg(start, end, cond, col="o.amount"):
    v = one(f"SELECT avg({col}) FROM orders o JOIN customers c USING (customer_id) WHERE {_in('o.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def orders_top(col, start, end, cond, gap=1.1):
    return top(q(f"""SELECT {col}, sum(o.amount) v FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})
                     GROUP BY 1 ORDER BY v DESC"""), gap)


def orders_share(num_cond, start, end, cond):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def insured_share(start, end):
    return rate(one(f"""SELECT avg((EXISTS (SELECT 1 FROM orders x WHERE x.booking_id = o.booking_id
                              AND x.status = 'paid' AND x.order_type = 'insurance'))::int)
                        FROM orders o WHERE {PAID} AND {FEE} AND {_in('o.ts', start, end)}"""))


def revenue_growth(a, b, cond=PAID):
    x = one(f"SELECT sum(amount) FROM orders o WHERE {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE {_in('o.ts', *b)} AND ({cond})")
    print("   ", x, y)
    return rate((y - x) / x)


def per_buyer(start, end):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o WHERE {PAID}
                AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(v * 0.01, 2))


def paid_per_customer(cond="1=1"):
    v = one(f"""SELECT count(*) * 1.0 / count(DISTINCT o.customer_id) FROM orders o JOIN customers c
                USING (customer_id) WHERE {PAID} AND {FEE} AND ({cond})""")
    return num(v, rel=0.02, floor=0.005)


def customers_share(num_cond, cond="1=1"):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM customers c WHERE {cond}"))


def customers_top(col, cond, gap=1.3):
    return top(q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC"), gap)


# ---------- feedback ----------

NEG = "f.sentiment = 'negative'"


def fb_count(cond, rel=0.0):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * rel, 1)))


def fb_ratio(num_cond, cond):
    n, v = q(f"SELECT count(*), avg(({num_cond})::int) FROM feedback f WHERE {cond}")[0]
    print("    n =", n)
    return rate(v)


def fb_avg(col, cond, tol=0.05):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_top(col, cond, gap=1.2):
    return top(q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                     GROUP BY 1 ORDER BY n DESC"""), gap)


def fb_avg_top(col, cond="1=1", lowest=False, min_n=30, gap=0.2):
    rows = q(f"""SELECT {col}, avg(rating) v, count(*) n FROM feedback f WHERE rating IS NOT NULL
                 AND {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows[:5]])
    assert abs(rows[0][1] - rows[1][1]) > gap, rows
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
GZS = "location = 'Guangzhou South Station'"
APP_ANDROID = "e.device = 'android' AND e.channel = 'app'"
APP_IOS = "e.device = 'ios' AND e.channel = 'app'"
STORAGE_PAID = f"{PAID} AND o.order_type = 'storage_fee'"


def gold() -> dict:
    return {
        # ---- funnels
        "lg01": lambda: conv("storage", *Y25),
        "lg02": lambda: top_lost("storage", *quarter(2025, 3)),
        "lg03": lambda: conv("storage", *month(2026, 4), a=1, b=2, cond=APP_ANDROID),
        "lg04": lambda: conv("storage", *month(2026, 4), a=1, b=2, cond=APP_IOS),
        "lg05": lambda: conv("storage", *month(2026, 3), a=1, b=2, cond=APP_ANDROID),
        "lg06": lambda: top_conv("storage", *ALL, 'c."获客渠道"', a=1, b=2, lowest=True, gap=0.04),
        "lg07": lambda: conv("delivery", *H1_26),
        "lg08": lambda: conv("delivery", *H2_25),
        "lg09": lambda: top_lost("delivery", *H2_25),
        "lg10": lambda: conv("storage", *month(2025, 10), a=2, b=3, drop=True),
        "lg11": lambda: ev_share("tp_claim_resolved", "e.outcome = 'rejected'", *Y25),
        # ---- times between steps
        "lg12": lambda: bgap_value("tp_pickup_arrive", "tp_pickup", GZS, "2025-10-01", ALL[1]),
        "lg13": lambda: bgap_value("tp_pickup_arrive", "tp_pickup", "location = 'Hangzhou East Station'",
                                   "2025-10-01", ALL[1]),
        "lg14": lambda: bgap_top("tp_pickup_arrive", "tp_pickup", '"网点"', "1=1", *H1_26, min_n=150, gap=2.0),
        "lg15": lambda: bgap_share("tp_pickup_arrive", "tp_pickup", 15, GZS, *H1_26),
        "lg16": lambda: bgap_value("tp_dispatch", "tp_delivered", "city = 'Chengdu'", *Y25),
        "lg17": lambda: bgap_value("tp_claim", "tp_claim_resolved", "claim_type = 'loss'", agg="avg", unit=86400.0),
        "lg18": lambda: bgap_value("tp_claim", "tp_claim_resolved", "claim_type = 'damage'", agg="avg",
                                   unit=86400.0),
        "lg19": lambda: bgap_value("tp_book", "tp_dropoff", "1=1", *Y25, unit=3600.0),
        # ---- per customer
        "lg21": lambda: paid_per_customer("c.traveller_type = 'business'"),
        "lg22": lambda: per_buyer(*Y25),
        "lg23": lambda: orders_avg(*H1_26, f"{STORAGE_PAID} AND o.location_type = 'airport'"),
        "lg24": lambda: orders_avg(*H1_26, f"{STORAGE_PAID} AND o.location_type = 'station'"),
        # ---- shares
        "lg26": lambda: ev_share("tp_pickup", "e.pickup_status = 'overdue'", *Y25, "c.traveller_type = 'student'"),
        "lg27": lambda: ev_share("tp_pickup", "e.pickup_status = 'overdue'", *Y25, "c.traveller_type = 'business'"),
        "lg28": lambda: orders_share("o.payment_timing = 'prepaid'", *Y25, STORAGE_PAID),
        "lg29": lambda: ev_share("tp_delivered", "e.delivery_status = 'late'", *H1_26, "e.city = 'Chengdu'"),
        "lg30": lambda: ev_share("tp_delivered", "e.delivery_status = 'late'", *H1_26, "e.city = 'Shanghai'"),
        "lg31": lambda: customers_share("c.home_country <> 'China'"),
        "lg32": lambda: insured_share(*Y25),
        "lg33": lambda: damage_rate("location = 'Chunxi Road partner shop'", "2025-06-01", ALL[1]),
        # ---- rankings
        "lg35": lambda: fb_avg_top('f."网点"', lowest=True, min_n=50, gap=0.1),
        "lg36": lambda: fb_avg_top("f.location", min_n=50, gap=0.2),
        "lg37": lambda: fb_avg_top("f.location", min_n=1, gap=0.2),
        "lg38": lambda: ev_share_top("tp_delivered", "e.delivery_status = 'late'", 'e."城市"', gap=3.0),
        "lg39": lambda: damage_top("location", min_n=200, gap=2.0),
        "lg40": lambda: ev_share_top("tp_pickup", "e.pickup_status = 'overdue'", 'c."旅客类型"', gap=2.0),
        "lg41": lambda: rebook_top("c.traveller_type", gap=1.3),
        "lg42": lambda: month_top(BOOK, *Y25, gap=1.1),
        "lg44": lambda: orders_top('o."网点"', *H1_26, STORAGE_PAID, gap=1.05),
        "lg45": lambda: customers_top("c.acquisition_channel", "c.home_country <> 'China'", gap=1.5),
        # ---- single values
        "lg46": lambda: ev_count(BOOK, "2025-03-03", "2025-03-09"),
        "lg47": lambda: orders_sum(*month(2025, 10), f"{PAID} AND o.order_type = 'overtime_fee'"),
        "lg48": lambda: orders_sum(*quarter(2026, 1), "o.status = 'refunded'", col="o.refunded_at"),
        "lg49": lambda: orders_sum(*quarter(2025, 3)),
        "lg51": lambda: ev_count("e.touchpoint_id = 'tp_cancel'", *month(2026, 7)),
        "lg52": lambda: ev_count("e.touchpoint_id = 'tp_cancel'", *month(2026, 6)),
        "lg53": lambda: ev_count("e.touchpoint_id = 'tp_rebook'", *quarter(2026, 2), distinct=True),
        "lg54": lambda: ev_count(BOOK, *ALL, "c.home_country = 'South Korea'"),
        # ---- comparisons and trends
        "lg56": lambda: growth(BOOK, H1_25, H1_26),
        "lg57": lambda: revenue_growth(month(2026, 4), month(2026, 5), STORAGE_PAID),
        "lg58": lambda: month_top(BOOK, *H1_26, gap=1.05),
        "lg59": lambda: busiest_week(BOOK, *Y25),
        # ---- feedback
        "lg61": lambda: fb_top("f.touchpoint_id", NEG, gap=1.2),
        "lg62": lambda: fb_count("f.topic = 'staff_rude'", rel=0.05),
        "lg63": lambda: fb_count("f.topic = 'pickup_queue_long'", rel=0.05),
        "lg65": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "lg66": lambda: fb_avg_top("f.touchpoint_id", lowest=True, min_n=30, gap=0.2),
        "lg67": lambda: fb_count("f.ts IS NULL"),
        "lg68": lambda: fb_avg("nps", f"f.channel = 'nps_survey' AND {_in('f.ts', *Y25)}", tol=0.1),
        "lg69": lambda: fb_ids("f.topic = 'bag_damaged'"),
        "lg70": lambda: fb_ratio(NEG, "f.location = 'Beijing South Station'"),
        "lg71": lambda: fb_ratio(NEG, "f.location = 'Hangzhou East Station'"),
        # ---- why-questions with quotes
        "lg75": lambda: fb_ids("f.topic = 'pickup_queue_long' AND f.location = 'Guangzhou South Station'"),
        "lg76": lambda: fb_ids("f.topic = 'delivery_late' AND f.city = 'Chengdu'"),
        "lg77": lambda: fb_ids("f.topic = 'booking_failed'"),
        "lg78": lambda: fb_ids("f.topic = 'staff_rude' AND f.location = 'Beijing South Station'"),
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
        print("   =>", shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
