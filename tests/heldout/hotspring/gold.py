"""Gold answers for the 汤泉 SpringHaven hot-spring held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period (booking 30 d, onsite 1 d,
  post_stay 180 d). The value uses later steps allowed after the period end; the tolerance also covers every step
  inside the period. Drop-off of a step = 1 - reached next step / reached this step. A funnel "for people browsing
  on Android" keeps only step-1 events with device = android (tolerance covers filtering every step);
- "guests / customers / people who did X" = distinct customers with an event at X's touchpoint in the period;
  "how many check-ins / pool entries (人次) / bookings / orders" = rows;
- customer attributes (visitor_type and its twin 客群, tier and its twin 会员等级, home_city, acquisition_channel,
  segment) are the state at the end of the data; "Meituan customers" = acquisition_channel = meituan;
- time between steps is per booking (events carry booking_id): check-in -> first pool entry of the same booking,
  booking -> check-in of the same booking, check-out -> survey of the same booking;
- money / revenue / 收入 / 消费 = sum(amount) of orders with status `paid`, by order time (ts), all product types
  (package, spa, dining, rental) unless the question names one; refunded and cancelled (failed prepayment) orders
  are not revenue; "spend per paying customer" = that sum / distinct customers with a paid order;
- resort revenue uses orders.resort / resort_zh; refunds "for stays in Jan 2026" use orders.stay_date;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; 差评 / bad review = rating <= 2; averages of rating skip
  unrated rows; "all feedback" includes the social posts without a date (and without rating or customer);
- periods are inclusive calendar dates; relative periods resolve against `as_of`; weeks start on Monday.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
ALL = ("2025-01-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
Q1_25 = ("2025-01-01", "2025-03-31")
Q3_25 = ("2025-07-01", "2025-09-30")
Q4_25 = ("2025-10-01", "2025-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
Q1_26 = ("2026-01-01", "2026-03-31")
GW25 = ("2025-10-01", "2025-10-08")
SF26 = ("2026-02-15", "2026-02-23")
BUG = ("2025-11-20", "2026-01-10")
WINTER = ("2025-12-01", "2026-02-28")


def month(y, m):
    import calendar
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true)")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'device': 'VARCHAR', 'session_id': 'VARCHAR', 'order_id': 'VARCHAR',
                            'booking_id': 'VARCHAR', 'queue_minutes': 'DOUBLE', 'water_temp_c': 'DOUBLE',
                            'app_version': 'VARCHAR', 'therapist': 'VARCHAR', 'room_type': 'VARCHAR',
                            'error': 'VARCHAR', 'reason': 'VARCHAR', 'restaurant': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'device': 'VARCHAR', 'amount': 'DOUBLE', 'refunded_at': 'TIMESTAMP',
                            'stay_date': 'DATE', 'booking_id': 'VARCHAR', 'item': 'VARCHAR', 'item_zh': 'VARCHAR',
                            'therapist': 'VARCHAR', 'room_type': 'VARCHAR', 'refund_reason': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE', 'nps': 'DOUBLE',
                            'touchpoint_id': 'VARCHAR', 'therapist': 'VARCHAR', 'platform': 'VARCHAR',
                            'booking_id': 'VARCHAR', 'resort': 'VARCHAR', 'resort_zh': 'VARCHAR'}})""")
    CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}')")


def q(sql, *p):
    return CON.execute(sql, list(p)).fetchall()


def one(sql, *p):
    return q(sql, *p)[0][0]


def _in(col, start, end):
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def cnt(v):
    return dict(value=int(v), tolerance=0.5)


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.01, abs(v) * 0.001), 2))


def num(v, rel=0.03, floor=0.05):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


def top(rows, gap=1.1, lowest=False):
    rows = sorted(rows, key=lambda r: r[1], reverse=not lowest)
    a, b = rows[0][1], rows[1][1]
    assert (a > b * gap) if not lowest else (a * gap < b), rows[:4]
    return dict(top_entity=rows[0][0])


# ---------- funnels ----------
def _steps(j):
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", j)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(j, start, end, cust="1=1", bounded=False, evc="1=1", evc1="1=1"):
    """people reaching each step; `evc` filters all events, `evc1` only step-1 events."""
    steps, win = _steps(j)
    ev = (f"SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) "
          f"WHERE ({cust}) AND ({evc})")
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) t1, min(ts) t FROM events e
                    JOIN customers c USING (customer_id) WHERE ({cust}) AND ({evc}) AND ({evc1})
                    AND touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    out = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) t FROM r{k-1} r
                        JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}' AND e.ts > r.t
                        AND e.ts <= r.t1 + INTERVAL {win} DAY GROUP BY 1, 2""")
        out.append(one(f"SELECT count(*) FROM r{k}"))
    return out


def conv(j, start, end, a=1, b=None, drop=False, cust="1=1", evc1="1=1", alt_evc=None):
    """rate from step a to step b; tolerance covers later steps cut at the period end (and `alt_evc`)."""
    vals = []
    variants = [dict(bounded=False, evc1=evc1), dict(bounded=True, evc1=evc1)]
    if alt_evc:
        variants.append(dict(bounded=False, evc=alt_evc))
    for kw in variants:
        c = funnel(j, start, end, cust, **kw)
        r = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    spread = max(abs(v - vals[0]) for v in vals)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, spread + 0.005), 4))


def top_lost(j, start, end, cust="1=1", gap=1.1):
    steps, _ = _steps(j)
    c = funnel(j, start, end, cust)
    return top([(steps[i], c[i] - c[i + 1]) for i in range(len(c) - 1)], gap)


def by_group(j, start, end, col, a=1, b=None, drop=False, min_n=30):
    vals = [r[0] for r in q(f"SELECT DISTINCT {col} FROM customers c WHERE {col} IS NOT NULL")]
    rows = []
    for v in vals:
        c = funnel(j, start, end, f"{col} = '{v}'")
        if c[a - 1] >= min_n:
            r = c[(b or len(c)) - 1] / c[a - 1]
            rows.append((v, 1 - r if drop else r))
    return rows


# ---------- events ----------
def ev_count(tp, start, end, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return cnt(one(f"""SELECT {what} FROM events e JOIN customers c USING (customer_id)
                       WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp))


def ev_avg(col, tp, start, end, cond="1=1"):
    return num(one(f"""SELECT avg({col}) FROM events e JOIN customers c USING (customer_id)
                       WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp), 0.01, 0.05)


def ev_share(num_cond, tp, start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(CASE WHEN {num_cond} THEN 1.0 ELSE 0 END) FROM events e
                        JOIN customers c USING (customer_id)
                        WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp))


def top_events(col, tp, start, end, cond="1=1", gap=1.1, agg="count(*)", lowest=False):
    return top(q(f"""SELECT {col}, {agg} FROM events e JOIN customers c USING (customer_id)
                     WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                     GROUP BY 1""", tp), gap, lowest)


def step_gap(tp_a, tp_b, start, end, cond="1=1", agg="median", unit=60.0, period_on="a"):
    """per booking: from its tp_a event to the first tp_b event of the same booking after it.
    `period_on` says whether the period filters the tp_a or the tp_b event; cond may use e (tp_a) and c."""
    on = "x.ta" if period_on == "a" else "x.tb"
    v = one(f"""WITH a AS (SELECT e.booking_id, min(e.ts) ta FROM events e JOIN customers c USING (customer_id)
                           WHERE e.touchpoint_id = '{tp_a}' AND ({cond}) GROUP BY 1),
                b AS (SELECT a.booking_id, a.ta, min(e.ts) tb FROM a JOIN events e ON e.booking_id = a.booking_id
                      AND e.touchpoint_id = '{tp_b}' AND e.ts > a.ta GROUP BY 1, 2)
                SELECT {agg}(date_diff('second', x.ta, x.tb) / {unit}) FROM b x WHERE {_in(on, start, end)}""")
    return num(v, 0.04, 0.1)


def per_customer(tp, start, end, cond="1=1"):
    return num(one(f"""SELECT count(*) * 1.0 / count(DISTINCT e.customer_id) FROM events e
                       JOIN customers c USING (customer_id)
                       WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""), 0.01, 0.01)


def ev_growth(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *b)} AND ({cond})")
    return rate(y / x - 1)


def rental_share(item, start, end):
    """day-pass check-ins in the period whose booking has a paid rental order of that item."""
    return rate(one(f"""SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM orders o WHERE o.booking_id = e.booking_id
                                    AND o.product_type = 'rental' AND o.item = '{item}' AND o.status = 'paid')
                               THEN 1.0 ELSE 0 END)
                        FROM events e WHERE e.touchpoint_id = 'tp_checkin' AND e.package_type = 'day_pass'
                        AND {_in('e.ts', start, end)}"""))


# ---------- orders ----------
def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    return cnt(v) if agg.startswith("count") else money(v)


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", gap=1.1, status="paid", having="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    return top(q(f"""SELECT {col}, {agg} FROM orders o JOIN customers c USING (customer_id)
                     WHERE {st} AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING {having}"""), gap)


def order_share(start, end, num_cond, den="1=1", status="paid", weight="o.amount"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    return rate(one(f"""SELECT sum(CASE WHEN {num_cond} THEN {weight} ELSE 0 END) * 1.0 / sum({weight})
                        FROM orders o JOIN customers c USING (customer_id)
                        WHERE {st} AND {_in('o.ts', start, end)} AND ({den})"""))


def spend_per_customer(start, end, cond="1=1"):
    return money(one(f"""SELECT sum(amount) / count(DISTINCT o.customer_id) FROM orders o
                         JOIN customers c USING (customer_id)
                         WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"""))


def growth(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return rate(y / x - 1)


def best_month_revenue(start, end, cond="1=1"):
    return money(one(f"""SELECT max(s) FROM (SELECT date_trunc('month', ts) m, sum(amount) s FROM orders o
                         WHERE status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1)"""))


# ---------- customers ----------
def customers_share(num_cond, cond="1=1"):
    return rate(one(f"SELECT avg(CASE WHEN {num_cond} THEN 1.0 ELSE 0 END) FROM customers c WHERE {cond}"))


# ---------- feedback ----------
FB = "feedback f JOIN truth t USING (feedback_id) LEFT JOIN customers c USING (customer_id)"
NEG = "t.sentiment = 'negative'"


def topic_count(topic, cond="1=1"):
    v = one(f"SELECT count(*) FROM {FB} WHERE t.topic = '{topic}' AND ({cond})")
    return dict(value=int(v), tolerance=round(max(1.0, v * 0.05), 1))


def fb_count(cond):
    return cnt(one(f"SELECT count(*) FROM {FB} WHERE {cond}"))


def fb_ratio(num_cond, cond="1=1", tol=0.01):
    return rate(one(f"SELECT avg(CASE WHEN {num_cond} THEN 1.0 ELSE 0 END) FROM {FB} WHERE {cond}"), tol)


def fb_avg(col, cond):
    return dict(value=round(float(one(f"SELECT avg({col}) FROM {FB} WHERE {cond} AND {col} IS NOT NULL")), 3),
                tolerance=0.05)


def top_fb(col, cond, agg="count(*)", gap=1.2, lowest=False, having="1=1"):
    return top(q(f"SELECT {col}, {agg} FROM {FB} WHERE ({cond}) AND {col} IS NOT NULL GROUP BY 1 HAVING {having}"),
               gap, lowest)


def fb_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM {FB} WHERE {cond} ORDER BY 1")])


def max_month_fb(cond, start, end):
    v = one(f"""SELECT max(n) FROM (SELECT date_trunc('month', f.ts), count(*) n FROM {FB}
                WHERE ({cond}) AND {_in('f.ts', start, end)} GROUP BY 1)""")
    return dict(value=int(v), tolerance=round(max(1.0, v * 0.05), 1))


def refund_share():
    """refunded / package orders placed in 2025; tolerance also covers leaving out failed prepayments (cancelled)."""
    v = [one(f"""SELECT avg(CASE WHEN status = 'refunded' THEN 1.0 ELSE 0 END) FROM orders o
                 WHERE product_type = 'package' AND {_in('o.ts', *Y25)} AND {st}""")
         for st in ("1=1", "status <> 'cancelled'")]
    return rate(v[0], round(max(0.01, abs(v[1] - v[0]) + 0.005), 4))


def slow_to_pool(resort, start, end, minutes):
    """share of bookings checked in at the resort in the period whose first pool entry came > `minutes` later."""
    return rate(one(f"""WITH a AS (SELECT booking_id, min(ts) ta FROM events WHERE touchpoint_id = 'tp_checkin'
                                   AND resort = '{resort}' GROUP BY 1),
                        b AS (SELECT a.booking_id, a.ta, min(e.ts) tb FROM a JOIN events e USING (booking_id)
                              WHERE e.touchpoint_id = 'tp_pool_entry' AND e.ts > a.ta GROUP BY 1, 2)
                        SELECT avg(CASE WHEN date_diff('second', ta, tb) > {minutes * 60} THEN 1.0 ELSE 0 END)
                        FROM b WHERE {_in('ta', start, end)}"""))


def checkin_to_pool(resort, start=ALL[0], end=ALL[1]):
    return step_gap("tp_checkin", "tp_pool_entry", start, end, f"e.resort = '{resort}'", "median", 60.0)


def gold():
    android = "e.device = 'android'"
    ios = "e.device = 'ios'"
    return {
        # ---- booking funnel
        "hs01": lambda: conv("booking", *Y25),
        "hs02": lambda: top_lost("booking", *Q4_25),
        "hs03": lambda: conv("booking", *ALL, a=2, b=4, cust="c.acquisition_channel = 'meituan'"),
        "hs04": lambda: conv("booking", *ALL, a=2, b=4, cust="c.acquisition_channel = 'ctrip'"),
        "hs05": lambda: top(by_group("booking", *ALL, "c.acquisition_channel", a=2, b=4, min_n=100), 1.05,
                            lowest=True),
        "hs06": lambda: conv("booking", *BUG, a=1, b=2, evc1=android, alt_evc=android),
        "hs07": lambda: conv("booking", *BUG, a=1, b=2, evc1=ios, alt_evc=ios),
        "hs08": lambda: conv("booking", *Y25, a=3, b=4, drop=True),
        # ---- on-site journey, spa
        "hs09": lambda: conv("onsite", *Y25, a=1, b=4),
        "hs10": lambda: top(by_group("onsite", *ALL, "c.\"客群\"", a=3, b=4), 1.2),
        "hs11": lambda: conv("onsite", *Y25, a=3, b=4, cust="c.visitor_type = 'couple'"),
        "hs12": lambda: conv("onsite", *Y25, a=3, b=4, cust="c.\"客群\" = '银发长者'"),
        # ---- times between steps
        "hs13": lambda: checkin_to_pool("Changbaishan"),
        "hs14": lambda: checkin_to_pool("Conghua"),
        "hs15": lambda: ev_share("e.queue_minutes > 20", "tp_checkin", *Y25, "e.resort = 'Changbaishan'"),
        "hs17": lambda: step_gap("tp_booking", "tp_checkin", *Y25, "e.package_type = 'overnight'", "avg", 86400.0,
                                 period_on="b"),
        "hs18": lambda: step_gap("tp_checkout", "tp_survey", *ALL, agg="median", unit=3600.0, period_on="b"),
        "hs19": lambda: ev_share("e.queue_minutes > 15", "tp_checkin", *SF26),
        "hs16": lambda: slow_to_pool("Changbaishan", *Y25, 30),
        # ---- per-customer averages
        "hs20": lambda: spend_per_customer(*Y25),
        "hs21": lambda: per_customer("tp_checkin", *Y25),
        "hs22": lambda: spend_per_customer(*ALL, "c.\"会员等级\" = '金卡'"),
        "hs23": lambda: orders(*Y25, agg="avg(o.amount)", cond="o.product_type = 'dining' AND o.resort = 'Jiashan'"),
        "hs24": lambda: orders(*Y25, agg="avg(o.amount)", cond="o.product_type = 'dining' AND o.resort = 'Conghua'"),
        # ---- shares
        "hs25": refund_share,
        "hs26": lambda: order_share(*Y25, "o.package_type = 'family_suite'", "o.product_type = 'package'"),
        "hs27": lambda: rental_share("locker", *Y25),
        # ---- rankings
        "hs28": lambda: top_orders("o.resort_zh", *Y25, gap=1.1),
        "hs29": lambda: top_fb("f.resort", "t.topic = 'water_cold'", gap=2),
        "hs30": lambda: top_fb("f.resort", "t.topic = 'crowded'", gap=1.2),
        "hs31": lambda: top_fb("f.therapist", "t.topic = 'massage_praise'", gap=1.3),
        "hs32": lambda: top_orders("c.home_city", *ALL, agg="sum(o.amount) / count(DISTINCT o.customer_id)",
                                   having="count(DISTINCT o.customer_id) >= 50", gap=1.05),
        "hs33": lambda: top(q("""SELECT resort_zh, count(*) FROM orders WHERE status = 'refunded'
                                 AND stay_date BETWEEN DATE '2026-01-01' AND DATE '2026-01-31' GROUP BY 1"""), 2),
        "hs34": lambda: top_events("e.resort", "tp_checkin", *Y25, agg="avg(e.queue_minutes)", gap=2),
        "hs35": lambda: top_fb("f.touchpoint_id", "f.rating IS NOT NULL", agg="avg(f.rating)", gap=1.05,
                               lowest=True, having="count(*) >= 20"),
        "hs36": lambda: top_orders("o.channel", *Y25, cond="o.product_type = 'package'", gap=1.05),
        # ---- single values, comparisons
        "hs37": lambda: ev_count("tp_pool_entry", *month(2025, 10)),
        "hs38": lambda: ev_count("tp_pool_entry", *month(2025, 11)),
        "hs39": lambda: ev_count("tp_checkin", *GW25, distinct=True),
        "hs40": lambda: growth(Q1_25, Q1_26),
        "hs41": lambda: ev_avg("e.water_temp_c", "tp_pool_entry", *month(2026, 1), "e.resort = 'Lishui'"),
        "hs42": lambda: num(one(f"""SELECT avg(water_temp_c) FILTER (WHERE {_in('ts', *month(2025, 1))})
                                    - avg(water_temp_c) FILTER (WHERE {_in('ts', *month(2026, 1))}) FROM events
                                    WHERE touchpoint_id = 'tp_pool_entry' AND resort = 'Lishui'"""), 0.02, 0.1),
        "hs43": lambda: ev_count("tp_rebook", *Y25, distinct=True),
        "hs44": lambda: orders(*Y25, cond="o.product_type = 'package' AND o.package_type = 'family_suite' "
                                          "AND o.resort = 'Tengchong'"),
        "hs45": lambda: orders(*Y25, cond="c.home_city = '广州' AND o.resort_zh = '从化'"),
        "hs46": lambda: ev_growth("tp_checkin", month(2026, 1), month(2026, 2)),
        # ---- trends, periods
        "hs47": lambda: best_month_revenue(*Y25, "o.product_type = 'package'"),
        "hs48": lambda: max_month_fb(NEG, *H2_25),
        "hs49": lambda: ev_count("tp_checkin", "2025-03-03", "2025-03-09"),
        "hs50": lambda: orders(*month(2026, 3), cond="o.product_type = 'spa'"),
        "hs51": lambda: orders(*month(2026, 3), cond="o.product_type = 'dining'"),
        "hs52": lambda: conv("post_stay", *Y25, a=2, b=3),
        "hs53": lambda: conv("post_stay", *Y25, a=2, b=3, cust="c.\"会员等级\" = '金卡'"),
        # ---- feedback
        "hs54": lambda: topic_count("water_cold"),
        "hs55": lambda: topic_count("dirty_changing", _in("f.ts", *Q3_25)),
        "hs56": lambda: topic_count("crowded", _in("f.ts", *GW25)),
        "hs57": lambda: fb_ids(f"f.touchpoint_id = 'tp_pool_entry' AND {NEG}"),
        "hs58": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "hs59": lambda: fb_avg("f.rating", "f.touchpoint_id = 'tp_checkin'"),
        "hs60": lambda: fb_avg("f.rating", "f.resort_zh = '长白山'"),
        "hs61": lambda: fb_avg("f.rating", "f.resort_zh = '丽水'"),
        "hs62": lambda: fb_count("f.ts IS NULL"),
        "hs63": lambda: top_fb("f.resort_zh", "t.topic = 'food_overpriced'", gap=1.5),
        "hs64": lambda: topic_count("massage_praise"),
        "hs65": lambda: fb_count("f.rating <= 2 AND " + _in("f.ts", "2026-01-01", "2026-05-31")),
        "hs66": lambda: fb_avg("f.nps", "f.channel = 'survey' AND " + _in("f.ts", *Y25)),
        "hs67": lambda: fb_ids("t.topic = 'water_cold' AND f.resort = 'Lishui'"),
        "hs68": lambda: fb_ids("t.topic = 'slow_checkin' AND f.resort_zh = '长白山'"),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert not set(checks) - set(ids), sorted(set(checks) - set(ids))
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:70], shown)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
