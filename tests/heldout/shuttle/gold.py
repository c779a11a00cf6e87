"""Gold answers for the 机场快线 AirLink airport-transfer held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; rates are per customer.
  Computed twice, with later steps allowed after the period end and with every step inside the period; the tolerance
  covers both readings. "Lose the most" = the step with the most customers who reached it but not the next one.
  A conversion between two inner steps (select → pay) = customers reaching the later step / customers reaching the
  earlier one, in the cohort of the journey's first step in the period. A funnel "on the mini program" / "via
  Ctrip" uses only events with that `channel`; a funnel "for customers acquired via X" filters customers;
- a booking = one `booking_id`; "paid bookings" = tp_pay events (every booking that was paid, also ones cancelled
  and refunded later), by the payment's ts. Times between steps are per booking (first A of the booking → first B
  of the same booking after it), grouped by the event's airport / product / fleet / booking_channel and dated by A;
- no-show rate = bookings with a tp_noshow / bookings with a tp_checkin or tp_noshow (the passenger was due at the
  pickup point), dated by that event; flight-delay share = pickups from the airport (direction from_airport) with a
  check-in that had a tp_delay_wait, dated by the check-in;
- money = order lines with status `paid` (cancelled = never paid, refunded lines are not revenue) by the order ts;
  fares = order_type seat / private_car; add-ons = child_seat, waiting_fee; compensation = order_type compensation
  (status compensated, money paid out, never revenue) by its ts; refunds = status refunded, by `refunded_at`.
  A booking's add-ons are order lines with the same booking_id;
- customer attributes (traveller_type / 出行类型, acquisition_channel / 获客渠道, tier / 会员等级, home_city / 常住城市,
  home_airport / 常用机场) from customers; zh questions expect the zh twin value (线路, 机场, 车型, 车队, 出行类型,
  获客渠道), en questions the en one (route, airport code, vehicle_type, fleet, traveller_type, acquisition_channel);
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date; a rating
  "by step" groups feedback by its touchpoint_id;
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


def funnel(journey, start, end, cond=None, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cond:
        ev += f" AND ({cond})"
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


def top_conv(journey, start, end, column, a=1, b=None, lowest=False, min_n=100, gap=0.04, only=None):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        if only and v not in only:
            continue
        vv = v.replace("'", "''")
        c = funnel(journey, start, end, cond=f"{column} = '{vv}'")
        if c[a - 1] >= min_n:
            rates[v] = c[(b or len(c)) - 1] / c[a - 1]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    print("   ", {k: round(v, 3) for k, v in rates.items()})
    assert abs(rates[order[0]] - rates[order[1]]) > gap, rates
    return dict(top_entity=order[0])


# ---------- per-booking times between steps ----------

def bgaps(tp_a, tp_b, unit=60.0):
    """per booking: first tp_a of the booking → first tp_b of the same booking after it (unit: seconds per unit)."""
    return f"""WITH a AS (SELECT booking_id, arg_min(customer_id, ts) AS customer_id, min(ts) AS ta,
                             arg_min(airport, ts) AS airport, arg_min(product, ts) AS product,
                             arg_min(fleet, ts) AS fleet, arg_min("车队", ts) AS "车队",
                             arg_min(booking_channel, ts) AS booking_channel, arg_min(route, ts) AS route,
                             arg_min(claim_type, ts) AS claim_type
                      FROM events WHERE touchpoint_id = '{tp_a}' GROUP BY 1),
                    b AS (SELECT a.booking_id, min(e.ts) AS tb FROM a JOIN events e ON e.booking_id = a.booking_id
                          AND e.touchpoint_id = '{tp_b}' AND e.ts > a.ta GROUP BY 1)
               SELECT a.*, c.traveller_type, c."出行类型", date_diff('second', a.ta, b.tb) / {unit} AS d
               FROM a JOIN b USING (booking_id) JOIN customers c USING (customer_id)"""


def bgap_value(tp_a, tp_b, cond="1=1", start=None, end=None, agg="median", unit=60.0, rel=0.03):
    per = f"AND {_in('ta', start, end)}" if start else ""
    v = one(f"SELECT {agg}(d) FROM ({bgaps(tp_a, tp_b, unit)}) WHERE ({cond}) {per}")
    return num(v, rel=rel, floor=0.1, nd=2)


def bgap_share(tp_a, tp_b, over, cond="1=1", start=None, end=None, unit=60.0):
    per = f"AND {_in('ta', start, end)}" if start else ""
    return rate(one(f"SELECT avg((d > {over})::int) FROM ({bgaps(tp_a, tp_b, unit)}) WHERE ({cond}) {per}"))


def bgap_top(tp_a, tp_b, col, cond="1=1", min_n=100, gap=1.3, unit=60.0):
    tops = set()
    for agg in ("median", "avg"):
        rows = q(f"""SELECT {col}, {agg}(d) v FROM ({bgaps(tp_a, tp_b, unit)}) WHERE ({cond}) GROUP BY 1
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


def ev_top(tp, col, start, end, cond="1=1", gap=1.1):
    rows = q(f"""SELECT {col}, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {col} IS NOT NULL AND {_in('e.ts', start, end)} AND ({cond})
                 GROUP BY 1 ORDER BY n DESC""")
    return top(rows, gap)


def month_top(tp, start, end, gap=1.1):
    return top(q(f"""SELECT strftime(ts, '%Y-%m') m, count(*) n FROM events WHERE touchpoint_id = '{tp}'
                     AND {_in('ts', start, end)} GROUP BY 1 ORDER BY n DESC"""), gap)


def growth(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    print("   ", x, y)
    return rate((y - x) / x)


def busiest_week(tp, start, end):
    rows = q(f"""SELECT date_trunc('week', ts) w, count(*) n FROM events WHERE touchpoint_id = '{tp}'
                 AND {_in('ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    w0 = str(rows[0][0])[:10]
    print("   ", rows[:3])
    assert start <= w0 and rows[0][1] > rows[1][1] * 1.1, rows[:3]
    return count(rows[0][1])


NOSHOW = """SELECT e.booking_id, arg_min(e.ts, e.ts) AS ts, arg_min(e.airport, e.ts) AS airport,
                   arg_min(e."机场", e.ts) AS "机场", arg_min(e.route, e.ts) AS route, arg_min(e."线路", e.ts) AS "线路",
                   arg_min(e.product, e.ts) AS product, max((e.touchpoint_id = 'tp_noshow')::int) AS ns
            FROM events e WHERE e.touchpoint_id IN ('tp_checkin', 'tp_noshow') GROUP BY 1"""


def noshow_rate(cond="1=1", start=None, end=None):
    per = f"AND {_in('ts', start, end)}" if start else ""
    n, v = q(f"SELECT count(*), avg(ns) FROM ({NOSHOW}) x WHERE ({cond}) {per}")[0]
    print("    n =", n)
    return rate(v)


def noshow_top(col, cond="1=1", min_n=200, gap=1.3):
    return top(q(f"""SELECT {col}, avg(ns) v FROM ({NOSHOW}) x WHERE ({cond}) GROUP BY 1 HAVING count(*) >= {min_n}
                     ORDER BY v DESC"""), gap)


def delay_share(start, end, cond="1=1"):
    return rate(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events d WHERE d.booking_id = e.booking_id
                                          AND d.touchpoint_id = 'tp_delay_wait'))::int)
                        FROM events e WHERE e.touchpoint_id = 'tp_checkin' AND e.direction = 'from_airport'
                        AND {_in('e.ts', start, end)} AND ({cond})"""))


def paid_per_customer(cond="1=1"):
    v = one(f"""SELECT count(*) * 1.0 / count(DISTINCT e.customer_id) FROM events e JOIN customers c
                USING (customer_id) WHERE e.touchpoint_id = 'tp_pay' AND ({cond})""")
    return num(v, rel=0.02, floor=0.005)


def rebook_top(col, gap=1.3):
    """customers with a completed trip (tp_dropoff) who have a tp_rebook after their first drop-off."""
    return top(q(f"""WITH d AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_dropoff'
                                GROUP BY 1)
                     SELECT {col}, avg((EXISTS (SELECT 1 FROM events r WHERE r.customer_id = d.customer_id
                                                AND r.touchpoint_id = 'tp_rebook' AND r.ts > d.t))::int) v
                     FROM d JOIN customers c USING (customer_id) GROUP BY 1 ORDER BY v DESC"""), gap)


# ---------- orders / customers ----------

PAID = "o.status = 'paid'"
FARE = "o.order_type IN ('seat', 'private_car')"


def orders_sum(start, end, cond=PAID, col="o.ts"):
    return money(one(f"SELECT sum(o.amount) FROM orders o WHERE {_in(col, start, end)} AND ({cond})"))


def orders_avg(start, end, cond):
    v = one(f"SELECT avg(o.amount) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 2), tolerance=round(max(1.0, v * 0.003), 2))


def orders_count(start, end, cond):
    return count(one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def orders_top(col, start, end, cond, gap=1.1):
    return top(q(f"""SELECT {col}, sum(o.amount) v FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})
                     GROUP BY 1 ORDER BY v DESC"""), gap)


def orders_share(num_cond, start, end, cond):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def addon_share(addon, start, end, cond):
    """share of paid fare lines (in the period, matching cond) whose booking has a paid `addon` line."""
    return rate(one(f"""SELECT avg((EXISTS (SELECT 1 FROM orders x WHERE x.booking_id = o.booking_id
                              AND x.status = 'paid' AND x.order_type = '{addon}'))::int)
                        FROM orders o JOIN customers c USING (customer_id) WHERE {PAID} AND {FARE}
                        AND {_in('o.ts', start, end)} AND ({cond})"""))


def revenue_growth(a, b, cond=PAID):
    x = one(f"SELECT sum(amount) FROM orders o WHERE {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE {_in('o.ts', *b)} AND ({cond})")
    print("   ", x, y)
    return rate((y - x) / x)


def per_buyer(start, end):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o WHERE {PAID}
                AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(v * 0.01, 2))


def customers_share(num_cond, cond="1=1"):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM customers c WHERE {cond}"))


# ---------- feedback ----------

NEG = "f.sentiment = 'negative'"


def fb_count(cond, rel=0.0):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * rel, 1)))


def fb_ratio(num_cond, cond):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM feedback f WHERE {cond}"))


def fb_avg(col, cond, tol=0.05):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_top(col, cond, gap=1.2):
    return top(q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                     GROUP BY 1 ORDER BY n DESC"""), gap)


def fb_avg_top(col, cond, lowest=False, min_n=30, gap=0.2):
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
CAN_NEW = ("2025-11-01", "2026-06-30")
CAN_OLD = ("2025-01-01", "2025-10-31")
MP = "e.channel = 'mini_program'"


def gold() -> dict:
    return {
        # ---- funnels
        "sh01": lambda: conv("booking", *Y25),
        "sh02": lambda: top_lost("booking", *quarter(2025, 4)),
        "sh03": lambda: conv("booking", *month(2026, 3), a=2, b=3, cond=MP),
        "sh04": lambda: conv("booking", *month(2026, 2), a=2, b=3, cond=MP),
        "sh05": lambda: top_conv("booking", *ALL, 'c."获客渠道"', lowest=True, gap=0.03),
        "sh06": lambda: conv("fulfilment", *H2_25, both=False),
        "sh07": lambda: top_lost("fulfilment", *quarter(2026, 1)),
        "sh08": lambda: conv("after_trip", *Y25),
        "sh09": lambda: noshow_rate("airport = 'CAN' AND product = 'seat'", *CAN_NEW),
        "sh10": lambda: noshow_rate("airport = 'CAN' AND product = 'seat'", *CAN_OLD),
        # ---- times between steps (per booking)
        "sh11": lambda: bgap_value("tp_checkin", "tp_trip_start", "airport = 'CAN' AND product = 'seat'", *CAN_NEW),
        "sh12": lambda: bgap_value("tp_checkin", "tp_trip_start", "airport = 'PVG' AND product = 'seat'", *CAN_NEW),
        "sh13": lambda: bgap_top("tp_checkin", "tp_trip_start", '"车队"', "product = 'private_car'", min_n=100),
        "sh14": lambda: bgap_share("tp_checkin", "tp_trip_start", 15, "airport = 'CTU' AND product = 'private_car'",
                                   *H1_26),
        "sh15": lambda: bgap_value("tp_claim", "tp_refund_done", "booking_channel = 'fliggy'", unit=86400.0),
        "sh16": lambda: bgap_value("tp_claim", "tp_refund_done", "booking_channel = 'app'", unit=86400.0),
        "sh17": lambda: bgap_top("tp_claim", "tp_refund_done", "booking_channel", min_n=30, gap=1.5, unit=86400.0),
        "sh18": lambda: bgap_value("tp_pay", "tp_checkin", "1=1", *Y25, unit=3600.0),
        "sh19": lambda: bgap_value("tp_delay_wait", "tp_checkin", "1=1", *Y25, agg="avg"),
        # ---- per customer
        "sh20": lambda: paid_per_customer("c.traveller_type = 'business'"),
        "sh21": lambda: per_buyer(*Y25),
        "sh22": lambda: orders_avg(*H1_26, f"{PAID} AND o.order_type = 'private_car' AND o.airport = 'PVG'"),
        "sh23": lambda: orders_avg(*H1_26, f"{PAID} AND o.order_type = 'private_car' AND o.airport = 'CTU'"),
        # ---- shares
        "sh24": lambda: addon_share("child_seat", *Y25, "o.order_type = 'private_car' AND c.traveller_type = 'family'"),
        "sh25": lambda: orders_share("o.order_type = 'private_car'", *Y25, f"{PAID} AND {FARE}"),
        "sh26": lambda: delay_share(*month(2025, 7), "e.airport IN ('PVG', 'CAN')"),
        "sh27": lambda: delay_share(*month(2025, 9), "e.airport IN ('PVG', 'CAN')"),
        "sh28": lambda: customers_share("c.traveller_type = 'family'"),
        "sh29": lambda: orders_share("o.channel IN ('ctrip', 'fliggy')", *H1_26, f"{PAID} AND {FARE}"),
        # ---- rankings
        "sh30": lambda: ev_top("tp_pay", 'e."线路"', *Y25, gap=1.05),
        "sh31": lambda: ev_top("tp_pay", 'e."线路"', *H1_26, gap=1.05),
        "sh32": lambda: noshow_top("airport", "product = 'seat'"),
        "sh33": lambda: fb_avg_top("f.route", "f.channel = 'trip_rating'", min_n=50),
        "sh34": lambda: fb_avg_top("f.route", "f.channel = 'trip_rating'", min_n=1, gap=0.3),
        "sh35": lambda: month_top("tp_pay", *Y25, gap=1.1),
        "sh36": lambda: fb_avg_top("f.vehicle_type", """f.channel = 'trip_rating' AND f.customer_id IN
                                   (SELECT customer_id FROM customers WHERE traveller_type = 'family')""",
                                   lowest=True, min_n=30, gap=0.5),
        "sh37": lambda: rebook_top('c."出行类型"'),
        "sh38": lambda: orders_top('o."机场"', *Y25, "o.order_type = 'compensation'", gap=2.0),
        "sh39": lambda: orders_top("strftime(o.ts, '%Y-%m')", *Y25, f"{PAID} AND o.order_type = 'waiting_fee'", gap=1.3),
        # ---- single values
        "sh40": lambda: ev_count("tp_pay", "2025-03-03", "2025-03-09"),
        "sh41": lambda: orders_sum(*month(2025, 10), "o.status = 'refunded'", col="o.refunded_at"),
        "sh42": lambda: orders_sum(*quarter(2025, 3)),
        "sh43": lambda: orders_sum(*H2_25, "o.order_type = 'compensation'"),
        "sh44": lambda: ev_count("tp_noshow", *month(2026, 3)),
        "sh45": lambda: ev_count("tp_delay_wait", *month(2025, 7)),
        "sh46": lambda: ev_count("tp_rebook", *quarter(2026, 2), distinct=True),
        "sh47": lambda: ev_count("tp_pay_fail", *month(2026, 3), MP),
        # ---- comparisons and trends
        "sh49": lambda: growth("tp_pay", H1_25, H1_26),
        "sh50": lambda: growth("tp_pay", month(2025, 2), month(2026, 2)),
        "sh51": lambda: month_top("tp_pay", *H1_26, gap=1.1),
        "sh52": lambda: busiest_week("tp_pay", *Y25),
        "sh53": lambda: top_conv("booking", *ALL, "c.acquisition_channel", only=("ctrip", "mini_program"), gap=0.03),
        "sh54": lambda: revenue_growth(quarter(2026, 1), quarter(2026, 2), f"{PAID} AND o.order_type = 'private_car'"),
        # ---- feedback
        "sh55": lambda: fb_top("f.touchpoint_id", NEG, gap=1.2),
        "sh56": lambda: fb_count("f.topic = 'driver_late'", rel=0.05),
        "sh57": lambda: fb_count("f.topic = 'driver_late' AND f.airport = 'CTU'", rel=0.05),
        "sh58": lambda: fb_count("f.topic = 'pickup_wait_long'", rel=0.05),
        "sh59": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "sh60": lambda: fb_avg_top("f.touchpoint_id", "f.touchpoint_id IN ('tp_checkin', 'tp_trip_start', 'tp_dropoff')",
                                   lowest=True, min_n=30, gap=0.5),
        "sh61": lambda: fb_count("f.ts IS NULL"),
        "sh62": lambda: fb_avg("nps", f"f.channel = 'nps_survey' AND {_in('f.ts', *Y25)}", tol=0.1),
        "sh63": lambda: fb_ratio(NEG, "f.airport = 'CAN'"),
        "sh64": lambda: fb_ratio(NEG, "f.airport = 'PVG'"),
        "sh65": lambda: fb_ids("f.topic = 'luggage_small'"),
        "sh66": lambda: fb_ids("f.topic = 'refund_slow'"),
        # ---- why-questions with quotes
        "sh71": lambda: fb_ids(f"f.topic = 'pickup_wait_long' AND f.airport = 'CAN' AND {_in('f.ts', *CAN_NEW)}"),
        "sh72": lambda: fb_ids(f"f.topic = 'payment_failed'"),
        "sh73": lambda: fb_ids("f.topic = 'driver_late' AND f.airport = 'CTU'"),
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
