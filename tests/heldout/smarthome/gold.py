"""Gold answers for the HomeSense 家感 smart-home held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (shop_online 7 d, activation 14 d,
  cloud 7 d, warranty 30 d). `conv` computes each rate with and without requiring later steps to fall inside the
  period; the tolerance covers both readings. Rates are people, not events. "the step that loses the most" = the
  step most people reach without reaching the next one;
- a sales channel (tmall, jd, offline_store, official_site) is the customer's `acquisition_channel`, which is also
  the `channel` of all their shop events and device orders;
- "users / customers / people" = distinct customer_id; "how many alerts / failures / contacts" = event rows;
- pairing failure rate = tp_pairing_fail events / tp_pairing_start events (every attempt writes one start, and a
  failed one also one fail), by the events' router_brand; pairing error = `pairing_error` of tp_pairing_fail;
- time from purchase to activation = tp_activation ts − tp_purchase ts of the same `order_id`, averaged over
  activated device orders; the tolerance also covers the reading "each customer's first purchase → their first
  activation within 14 days"; time from warranty claim to replacement = each tp_warranty_claim to the customer's next
  tp_replacement; days to the first low-battery alert = first tp_lock_low_battery after the activation of the
  lock (per activated lock that has one); usage in the first 7 days = tp_device_use events within 168 h after
  the activation, per activated device (the tolerance covers calendar days and complete windows only);
  stuck alerts per V10 owner = V10 stuck events / customers who activated a V10;
- money = orders with status `paid` (refunded = cancelled before shipping, returned = sent back; neither is
  revenue); device revenue = product_line 'device'; return rate of a model = returned device orders / all device
  orders of that model (by order ts); cloud orders = product_line 'cloud_storage' (billing_type new / renewal);
- model on events/feedback = the device model; category (camera / lock / vacuum) is on orders; cameras = C3,
  C5 Pro, locks = L7, L9 Max, vacuums = V10, V20 Ultra;
- feedback "negative" = `sentiment_label = 'neg'` (generator truth); topic counts use text markers with a 5 %
  tolerance (checked against the generator's `topic` column); "all data" includes comments without a date;
  NPS = nps of channel survey (detractor 0-6); CSAT = rating of channel ticket; e-commerce review stars =
  rating of channel ecommerce_review;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of` (else 2026-05-31,
  the end of the data); weeks run Monday..Sunday.
"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "customers", "journeys", "orders"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, sample_size=-1)")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    sample_size=-1, types={{'firmware': 'VARCHAR', 'firmware_from': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'firmware': 'VARCHAR'}})""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT max(ts) FROM events") < datetime(2026, 6, 1)
    assert one("SELECT min(ts) FROM events") >= datetime(2025, 6, 1)
    # the sales channel of a customer is the channel of their shop events (not the pre-browse of store buyers)
    assert one("""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                  WHERE e.touchpoint_id IN ('tp_add_to_cart', 'tp_purchase') AND e.channel <> c.acquisition_channel""") == 0


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-06-01", "2026-05-31")


# ---------- funnels ----------

def _steps(journey):
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
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


def conv(journey, start, end, a=1, b=None, **kw):
    vals = []
    for bounded in (False, True):
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
        assert lost[best] > sorted(lost)[-2] * 1.2, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, values=None, lowest=False, a=1, b=None, min_n=50, gap=0.03):
    vals = values or [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v}'")
        if c[a - 1] >= min_n:
            rates[v] = c[(b or len(c)) - 1] / c[a - 1]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
    return dict(top_entity=order[0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                              AND ({cond})""", tp), tolerance=0.5)


def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e WHERE e.touchpoint_id = ?
                              AND {_in('e.ts', start, end)} AND ({cond})""", tp), tolerance=0.5)


def top_events(tp, col, start, end, gap=1.2, cond="1=1"):
    rows = q(f"""SELECT {col}, count(*) n FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                 AND {col} IS NOT NULL AND ({cond}) GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


def pairing_fail_rate(cond):
    s = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_pairing_start' AND ({cond})")
    f = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_pairing_fail' AND ({cond})")
    return dict(value=round(f / s, 4), tolerance=0.01)


def top_pairing_fail_rate(gap=0.1):
    rows = q("""SELECT router_brand, count(*) FILTER (WHERE touchpoint_id = 'tp_pairing_fail')
                    / count(*) FILTER (WHERE touchpoint_id = 'tp_pairing_start') r
                FROM events WHERE router_brand IS NOT NULL GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


def share_events(tp, num, start, end, tol=0.01):
    v = one(f"""SELECT avg(({num})::int) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}""")
    return dict(value=round(v, 4), tolerance=tol)


def per_customer_events(tp, start, end, cond="1=1", tol=0.02):
    v = one(f"""SELECT count(*) / count(DISTINCT customer_id) FROM events e WHERE touchpoint_id = '{tp}'
                AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=tol)


def purchase_to_activation(cond="1=1"):
    """Days from purchase to activation per order (the tolerance covers each customer's first purchase -> their
    first activation within the 14-day activation window)."""
    a = one(f"""SELECT avg(epoch(ac.ts - p.ts) / 86400) FROM events p JOIN events ac ON ac.order_id = p.order_id
                AND ac.touchpoint_id = 'tp_activation' JOIN customers c ON c.customer_id = p.customer_id
                WHERE p.touchpoint_id = 'tp_purchase' AND ({cond})""")
    b = one(f"""WITH p AS (SELECT e.customer_id, min(e.ts) t FROM events e JOIN customers c USING (customer_id)
                           WHERE e.touchpoint_id = 'tp_purchase' AND ({cond}) GROUP BY 1),
                     ac AS (SELECT p.customer_id, min(e.ts) - p.t d FROM p JOIN events e ON e.customer_id = p.customer_id
                            AND e.touchpoint_id = 'tp_activation' AND e.ts > p.t AND e.ts <= p.t + INTERVAL 14 DAY
                            GROUP BY p.customer_id, p.t)
                SELECT avg(epoch(d) / 86400) FROM ac""")
    return a, b


def days_value(a, b, unit=1.0):
    v = a * unit
    return dict(value=round(v, 2), tolerance=round(max(0.05 * v, abs(a - b) * unit + 0.02 * v), 2))


def claim_to_replacement(models):
    ms = ", ".join(repr(m) for m in models)
    v = one(f"""SELECT avg(epoch(r.t - w.ts) / 86400) FROM events w,
                LATERAL (SELECT min(x.ts) t FROM events x WHERE x.customer_id = w.customer_id
                         AND x.touchpoint_id = 'tp_replacement' AND x.ts > w.ts) r
                WHERE w.touchpoint_id = 'tp_warranty_claim' AND w.model IN ({ms}) AND r.t IS NOT NULL""")
    return dict(value=round(v, 2), tolerance=round(max(0.3, 0.05 * v), 2))


def first_battery_days(model):
    v = one(f"""SELECT avg(epoch(b.t - a.ts) / 86400) FROM events a,
                LATERAL (SELECT min(x.ts) t FROM events x WHERE x.customer_id = a.customer_id AND x.model = a.model
                         AND x.touchpoint_id = 'tp_lock_low_battery' AND x.ts > a.ts) b
                WHERE a.touchpoint_id = 'tp_activation' AND a.model = '{model}' AND b.t IS NOT NULL""")
    return dict(value=round(v, 1), tolerance=round(max(1.0, 0.05 * v), 1))


def use_first_week(models):
    """Usage events within 7 days (168 h) after activation, per activated device of these models."""
    ms = ", ".join(repr(m) for m in models)
    vals = []
    for horizon, complete in (("a.ts + INTERVAL 7 DAY", "1=1"), ("CAST(a.ts AS DATE) + INTERVAL 7 DAY", "1=1"),
                              ("a.ts + INTERVAL 7 DAY", "a.ts < TIMESTAMP '2026-05-24'")):
        vals.append(one(f"""SELECT avg(n) FROM (SELECT a.event_id, count(u.event_id) n FROM events a
                            LEFT JOIN events u ON u.customer_id = a.customer_id AND u.model = a.model
                            AND u.touchpoint_id = 'tp_device_use' AND u.ts > a.ts AND u.ts <= {horizon}
                            WHERE a.touchpoint_id = 'tp_activation' AND a.model IN ({ms}) AND {complete}
                            GROUP BY 1)"""))
    return dict(value=round(vals[0], 2), tolerance=round(max(0.1, max(abs(vals[0] - v) for v in vals) + 0.05), 2))


def stuck_per_owner(model):
    n = one(f"SELECT count(*) FROM events WHERE touchpoint_id = 'tp_vacuum_stuck' AND model = '{model}'")
    d = one(f"SELECT count(DISTINCT customer_id) FROM events WHERE touchpoint_id = 'tp_activation' AND model = '{model}'")
    return dict(value=round(n / d, 2), tolerance=0.1)


# ---------- customers ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(col, cond="1=1", gap=1.15):
    rows = q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", cond="1=1", status="'paid'", count=False):
    v = one(f"""SELECT {agg} FROM orders o WHERE o.status IN ({status}) AND {_in('o.ts', start, end)} AND ({cond})""")
    if count:
        return dict(value=int(v), tolerance=0.5)
    v = round(float(v), 2)
    return dict(value=v, tolerance=max(0.5, round(abs(v) * 0.002, 2)))


def orders_share(num, start, end, weight="o.amount", cond="1=1", status="'paid'", tol=0.01):
    v = one(f"""SELECT sum(CASE WHEN {num} THEN {weight} ELSE 0 END) / sum({weight}) FROM orders o
                WHERE o.status IN ({status}) AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=tol)


def return_rate(cond):
    v = one(f"SELECT avg((status = 'returned')::int) FROM orders o WHERE product_line = 'device' AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_return_rate(gap=0.04):
    rows = q("""SELECT model, avg((status = 'returned')::int) v FROM orders WHERE product_line = 'device'
                GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", status="'paid'", gap=1.05):
    rows = q(f"""SELECT {col}, {agg} v FROM orders o WHERE o.status IN ({status}) AND {_in('o.ts', start, end)}
                 AND ({cond}) GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=str(rows[0][0]))


def per_customer_orders(agg, cond="1=1", tol=None):
    v = one(f"SELECT {agg} / count(DISTINCT customer_id) FROM orders o WHERE {cond}")
    v = round(float(v), 2)
    return dict(value=v, tolerance=tol or max(0.02, round(v * 0.005, 2)))


def orders_per_customer():
    """All orders per ordering customer; the tolerance covers the paid-only reading."""
    a = one("SELECT count(*) / count(DISTINCT customer_id) FROM orders")
    b = one("SELECT count(*) / count(DISTINCT customer_id) FROM orders WHERE status = 'paid'")
    return dict(value=round(a, 3), tolerance=round(max(0.02, abs(a - b) + 0.01), 3))


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_topic_count(marker, topics, cond="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {marker} AND ({cond})")
    truth = one(f"SELECT count(*) FROM feedback f WHERE topic IN ({', '.join(repr(t) for t in topics)}) AND ({cond})")
    assert abs(n - truth) <= max(1, 0.05 * truth), (n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.05):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=tol)


def top_fb(col, cond, gap=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=str(rows[0][0]))


def top_rating(col, cond="1=1", lowest=True, gap=0.1):
    rows = q(f"""SELECT {col}, avg(rating) r FROM feedback f WHERE rating IS NOT NULL AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[1][1] - rows[0][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


NEG = "f.sentiment_label = 'neg'"
PAIRING = "(f.text LIKE '%配网%' OR lower(f.text) LIKE '%pair%')"
DISCONNECT = ("(f.text LIKE '%掉线%' OR f.text LIKE '%离线%' OR lower(f.text) LIKE '%offline%' "
              "OR lower(f.text) LIKE '%disconnect%')")
STUCK = "(f.text LIKE '%卡住%' OR f.text LIKE '%被困%' OR lower(f.text) LIKE '%stuck%' OR lower(f.text) LIKE '%trapped%')"
BATTERY = ("(f.text LIKE '%电池%' OR f.text LIKE '%耗电%' OR f.text LIKE '%没电%' OR f.text LIKE '%低电量%' "
           "OR lower(f.text) LIKE '%battery%')")
CLOUDPRICE = ("((f.text LIKE '%云存储%' OR f.text LIKE '%云录像%' OR lower(f.text) LIKE '%cloud%') AND "
              "(f.text LIKE '%贵%' OR f.text LIKE '%涨%' OR lower(f.text) LIKE '%price%' "
              "OR lower(f.text) LIKE '%expensive%' OR lower(f.text) LIKE '%pricey%'))")
REPLACE = "(f.text LIKE '%换新%' OR lower(f.text) LIKE '%replacement%')"
MARKERS = {"pairing": PAIRING, "disconnect": DISCONNECT, "stuck": STUCK, "battery": BATTERY,
           "cloud_price": CLOUDPRICE, "replacement_wait": REPLACE}
CAMS, LOCKS, VACS = ("C3", "C5 Pro"), ("L7", "L9 Max"), ("V10", "V20 Ultra")


def gold() -> dict:
    pa_jd, pa_jd_b = purchase_to_activation("c.acquisition_channel = 'jd'")
    pa_tm, pa_tm_b = purchase_to_activation("c.acquisition_channel = 'tmall'")
    pa_st, pa_st_b = purchase_to_activation("c.acquisition_channel = 'offline_store'")
    return {
        # ---- online purchase funnel
        "hs01": lambda: conv("shop_online", "2025-10-20", "2025-11-11"),
        "hs02": lambda: top_conv("shop_online", *ALL, "acquisition_channel", values=["tmall", "jd", "official_site"],
                                 a=2, b=3, gap=0.05),
        "hs03": lambda: conv("shop_online", *ALL, a=2, b=3, cust="c.acquisition_channel = 'official_site'"),
        "hs04": lambda: top_lost("shop_online", *ALL),
        # ---- activation funnel
        "hs05": lambda: conv("activation", *quarter(2025, 4)),
        "hs06": lambda: top_conv("activation", *ALL, "acquisition_channel", gap=0.03),
        "hs07": lambda: conv("activation", *ALL, cust="c.acquisition_channel = 'tmall'"),
        "hs08": lambda: top_lost("activation", *ALL),
        # ---- pairing
        "hs09": lambda: top_pairing_fail_rate(),
        "hs10": lambda: pairing_fail_rate("e.router_brand = 'Xiaomi'"),
        "hs11": lambda: pairing_fail_rate("e.router_brand = 'TP-Link'"),
        "hs12": lambda: top_events("tp_pairing_fail", "e.pairing_error", *ALL, gap=2),
        "hs13": lambda: share_events("tp_pairing_fail", "e.pairing_error = 'dual_band_merged'", *ALL),
        "hs14": lambda: per_customer_events("tp_pairing_start", *ALL),
        # ---- times between steps
        "hs15": lambda: days_value(pa_jd, pa_jd_b),
        "hs16": lambda: days_value(pa_tm, pa_tm_b),
        "hs17": lambda: days_value(pa_st, pa_st_b, unit=24),
        "hs18": lambda: claim_to_replacement(LOCKS),
        "hs19": lambda: first_battery_days("L9 Max"),
        "hs20": lambda: first_battery_days("L7"),
        # ---- firmware and disconnects
        "hs21": lambda: top_events("tp_device_offline", "e.firmware", *ALL, gap=3),
        "hs22": lambda: events_at("tp_device_offline", *month(2025, 12)),
        # ---- vacuums and locks
        "hs24": lambda: top_events("tp_vacuum_stuck", "e.model", *ALL, gap=2),
        "hs25": lambda: stuck_per_owner("V10"),
        # ---- orders, returns, revenue
        "hs26": lambda: top_return_rate(),
        "hs27": lambda: return_rate("model = 'V10'"),
        "hs28": lambda: return_rate("model = 'V20 Ultra'"),
        "hs29": lambda: orders(*month(2025, 11), cond="o.product_line = 'device'"),
        "hs30": lambda: orders("2025-07-01", "2025-12-31", cond="o.product_line = 'device'"),
        "hs31": lambda: orders_share("o.product_line = 'cloud_storage'", *ALL, tol=0.001),
        "hs32": lambda: top_orders("o.channel", *ALL, cond="o.product_line = 'device'", gap=1.04),
        "hs33": lambda: per_customer_orders("sum(amount)", "status = 'paid'", tol=5.0),
        "hs34": lambda: orders_per_customer(),
        # ---- cloud
        "hs35": lambda: conv("cloud", "2025-06-01", "2026-02-28"),
        "hs36": lambda: conv("cloud", "2026-03-01", "2026-05-31"),
        "hs37": lambda: top_orders("o.plan", *ALL, agg="count(*)", cond="o.product_line = 'cloud_storage' AND o.billing_type = 'new'",
                                   status="'paid', 'refunded'", gap=1.3),
        # ---- support and warranty
        "hs38": lambda: top_events("tp_support_contact", "e.reason", *ALL, gap=2),
        "hs39": lambda: conv("warranty", *quarter(2025, 4)),
        # ---- usage
        "hs40": lambda: use_first_week(LOCKS),
        "hs41": lambda: use_first_week(CAMS),
        # ---- customers
        "hs43": lambda: top_customers("c.region", gap=1.3),
        "hs44": lambda: customers_count("c.region = '浙江'"),
        "hs45": lambda: customers_share("c.segment = 'prospect'"),
        "hs46": lambda: customers_count(_in("c.signup_at", "2025-11-10", "2025-11-16")),
        # ---- relative periods
        "hs47": lambda: orders(*month(2026, 4), agg="count(*)", count=True,
                               cond="o.product_line = 'cloud_storage' AND o.billing_type = 'renewal'"),
        "hs48": lambda: events_at("tp_activation", "2026-05-18", "2026-05-24"),
        "hs49": lambda: orders("2026-01-01", "2026-05-31", agg="count(*)", status="'returned'", count=True,
                               cond="o.product_line = 'device'"),
        "hs50": lambda: orders(*quarter(2026, 1), cond="o.product_line = 'device'"),
        # ---- feedback
        "hs51": lambda: fb_topic_count(DISCONNECT, ["disconnect"]),
        "hs52": lambda: fb_topic_count(STUCK, ["stuck"]),
        "hs53": lambda: feedback_ids(BATTERY),
        "hs54": lambda: feedback_ids(CLOUDPRICE),
        "hs55": lambda: top_fb("f.touchpoint_id", NEG, gap=1.5),
        "hs56": lambda: fb_avg("rating", "f.channel = 'ecommerce_review' AND f.model = 'V10'"),
        "hs57": lambda: top_rating("f.model", "f.channel = 'ecommerce_review'", gap=0.1),
        "hs58": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 4))),
        "hs59": lambda: fb_ratio("f.nps <= 6", "f.channel = 'survey' AND f.nps IS NOT NULL"),
        "hs60": lambda: fb_avg("rating", "f.channel = 'ticket' AND f.model IN ('L7', 'L9 Max')"),
        "hs61": lambda: fb_count("f.ts IS NULL"),
        "hs62": lambda: fb_topic_count(PAIRING, ["pairing"], _in("f.ts", "2026-01-01", "2026-05-31")),
        "hs63": lambda: fb_topic_count(CLOUDPRICE, ["cloud_price"], _in("f.ts", "2026-03-01", "2026-05-31")),
        "hs64": lambda: top_fb("f.firmware", DISCONNECT + " AND f.model IN ('C3', 'C5 Pro')", gap=2),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    for topic, marker in MARKERS.items():   # generator-truth checks of the text markers
        n = one(f"SELECT count(*) FROM feedback f WHERE {marker}")
        truth = one(f"SELECT count(*) FROM feedback f WHERE topic = '{topic}'")
        both = one(f"SELECT count(*) FROM feedback f WHERE {marker} AND topic = '{topic}'")
        assert abs(n - truth) <= max(1, 0.05 * truth) and both >= 0.95 * truth, (topic, n, truth, both)
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
        print(it["id"], it["question"][:70], shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
