"""Gold answers for the PawPantry 爪爪粮仓 held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after step k-1, within the
  journey window from their first step-1 event in the period. `conv` computes each rate with and without requiring
  later steps to fall inside the period and the tolerance covers both; `conv_open` lets later steps run past the
  period end (first order -> auto-ship, where the window obviously runs on);
- "customers / people / users who did X" = distinct customers with an event at X's touchpoint in the period;
  "how many incidents / skips / renewals / reports" = event rows, never people;
- a customer's device is `customers.primary_device` (every event of a customer carries that device);
- money = orders with status `paid` (amount = what the customer paid after discount, CNY); GMV / revenue / 销售额 =
  sum of paid amounts; AOV / 客单价 = average paid amount; refunded and cancelled orders are not revenue;
- refund rate = refunded orders / all orders (the tolerance covers refunded / (paid + refunded));
- shipped orders = status paid or refunded (cancelled orders never ship); late-delivery rate = shipped orders with
  `late_delivery = 1` / shipped orders, by order date (the tolerance covers the paid-only reading);
- 60-day cancellation: a new auto-ship subscription = a `tp_subscribe` event (its `coupon_code`), cancelled within 60
  days = a `tp_cancel_sub` event of that customer within 60 days after it;
- repeat purchase within 60 days: the customer's first order (`tp_first_order` event) in the stated window, then any
  other paid order (auto-ship included) within 60 days after it;
- customer-level facts at the end of the data (segment, tier, pet) come from customers;
- NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value;
- feedback "negative" = `sentiment_label = neg` (generator truth); topic counts use text markers with a 5 % tolerance
  (checked against the generator's `topic` column); "all data" includes comments without a date;
- periods are inclusive calendar dates; relative periods resolve against `as_of` (else 2026-10-31).
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "customers", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'app_version': 'VARCHAR', 'coupon_code': 'VARCHAR', 'refund_reason': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'app_version': 'VARCHAR', 'order_id': 'VARCHAR', 'coupon_code': 'VARCHAR',
                            'cancel_reason': 'VARCHAR', 'breed': 'VARCHAR', 'pet_size': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    types={{'app_version': 'VARCHAR', 'ts': 'TIMESTAMP'}})""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                  WHERE e.device <> c.primary_device""") == 0


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


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


def conv(journey, start, end, a=1, b=None, drop=False, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        v = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - v if drop else v)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_open(journey, start, end, a=1, b=None, **kw):
    c = funnel(journey, start, end, **kw)
    return dict(value=round(c[(b or len(c)) - 1] / c[a - 1], 4), tolerance=0.01)


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, min_n=50):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v}'")
        if c[0] >= min_n:
            rates[v] = c[-1] / c[0]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > 0.04, f"not clear: {rates}"
    return dict(top_entity=order[0])


# ---------- events / customers ----------

def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                              AND ({cond})""", tp), tolerance=0.5)


def top_events(tp, col, start, end, gap=1.1):
    rows = q(f"""SELECT {col}, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND {col} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def paid_buyers(start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT customer_id) FROM orders o WHERE status = 'paid'
                              AND {_in('ts', start, end)} AND ({cond})"""), tolerance=0.5)


def cancel60(start, end, cond):
    v = one(f"""WITH s AS (SELECT customer_id, ts, coupon_code FROM events e
                           WHERE touchpoint_id = 'tp_subscribe' AND {_in('ts', start, end)} AND ({cond}))
                SELECT avg((EXISTS (SELECT 1 FROM events x WHERE x.customer_id = s.customer_id
                        AND x.touchpoint_id = 'tp_cancel_sub' AND x.ts > s.ts AND x.ts <= s.ts + INTERVAL 60 DAY))::int)
                FROM s""")
    return dict(value=round(v, 4), tolerance=0.01)


def repeat60(start, end):
    v = one(f"""WITH f AS (SELECT customer_id, min(ts) ts FROM events WHERE touchpoint_id = 'tp_first_order' GROUP BY 1)
                SELECT avg((EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = f.customer_id AND o.status = 'paid'
                        AND o.ts > f.ts + INTERVAL 1 MINUTE AND o.ts <= f.ts + INTERVAL 60 DAY))::int)
                FROM f WHERE {_in('f.ts', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


def multi_buyer_share(start, end):
    v = one(f"""SELECT avg((n >= 2)::int) FROM (SELECT customer_id, count(*) n FROM orders
                WHERE status = 'paid' AND {_in('ts', start, end)} GROUP BY 1)""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_cancel_share(column):
    rows = q(f"""SELECT {column}, avg((segment = 'cancelled_subscriber')::int) r FROM customers
                 WHERE segment IN ('active_subscriber', 'cancelled_subscriber') GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + 0.05, rows
    return dict(top_entity=rows[0][0])


def top_customers(col, cond="1=1", gap=1.1):
    rows = q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="'paid'", cond="1=1"):
    st = "1=1" if status is None else f"o.status IN ({status})"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.01 if abs(v) < 100 else 1.0, abs(v) * 0.001), 2))


def share_orders(start, end, num, cond="1=1", status="'paid'", weight=None):
    st = "1=1" if status is None else f"o.status IN ({status})"
    if weight:
        sql = f"SELECT sum(CASE WHEN {num} THEN {weight} ELSE 0 END) / sum({weight})"
    else:
        sql = f"SELECT avg(({num})::int)"
    v = one(f"{sql} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(col, start, end, agg="count(*)", status="'paid'", cond="1=1", lowest=False, gap=1.08):
    st = "1=1" if status is None else f"o.status IN ({status})"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    a, b = rows[0][1], rows[1][1]
    assert (b > a * gap) if lowest else (a > b * gap), rows[:3]
    return dict(top_entity=str(rows[0][0]))


def refund_rate(start, end, cond="1=1"):
    a, b = q(f"""SELECT avg((status = 'refunded')::int), avg((status = 'refunded')::int) FILTER (WHERE status <> 'cancelled')
                 FROM orders o WHERE {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


SHIPPED = "o.status IN ('paid', 'refunded')"


def late_rate(start, end, cond="1=1"):
    a, b = q(f"""SELECT avg(late_delivery), avg(late_delivery) FILTER (WHERE status = 'paid')
                 FROM orders o WHERE {SHIPPED} AND {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def top_late(col, start, end, gap=1.5):
    rows = q(f"""SELECT {col}, avg(late_delivery) r FROM orders o WHERE {SHIPPED} AND {_in('ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


def ship_avg(start, end, cond="1=1", col="delivery_days"):
    a, b = q(f"""SELECT avg({col}), avg({col}) FILTER (WHERE status = 'paid') FROM orders o
                 WHERE {SHIPPED} AND {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 2), tolerance=round(max(0.05, abs(a - b) + 0.03), 2))


def ship_count(start, end, cond):
    a, b = q(f"""SELECT count(*), count(*) FILTER (WHERE status = 'paid') FROM orders o
                 WHERE {SHIPPED} AND {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=a, tolerance=abs(a - b) + 0.5)


def top_damage_rate():
    rows = q("""SELECT o.product_category, count(DISTINCT d.order_id)::double / count(DISTINCT o.order_id) r
                FROM orders o LEFT JOIN events d ON d.order_id = o.order_id AND d.touchpoint_id = 'tp_damaged_parcel'
                WHERE o.status IN ('paid', 'refunded') GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * 1.5, rows
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_topic_count(cond, topic):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    truth = one("SELECT count(*) FROM feedback f WHERE topic = ?", topic)
    assert abs(n - truth) <= max(1, 0.05 * truth), (n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.01):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def top_neg_share(col, cond="1=1", gap=0.04):
    rows = q(f"""SELECT {col}, avg((f.sentiment_label = 'neg')::int) r FROM feedback f
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


def top_neg_count(col, cond="1=1"):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE f.sentiment_label = 'neg' AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.1, rows
    return dict(top_entity=rows[0][0])


def top_rating(col, cond="1=1", lowest=True):
    rows = q(f"""SELECT {col}, avg(rating) r FROM feedback f WHERE rating IS NOT NULL AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[1][1] - rows[0][1]) > 0.15, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-11-01", "2026-10-31")
H1_26 = ("2026-01-01", "2026-06-30")
Y26 = ("2026-01-01", "2026-10-31")
CAMPAIGN = ("2026-06-01", "2026-07-31")
BUG = ("2026-07-01", "2026-08-14")
NEG = "f.sentiment_label = 'neg'"
LATE = ("(f.text LIKE '%延迟%' OR f.text LIKE '%晚到%' OR f.text LIKE '%太慢%' OR f.text LIKE '%晚了%' "
        "OR f.text LIKE '%延误%' OR f.text LIKE '%等了一个多星期%' OR lower(f.text) LIKE '%late%' "
        "OR lower(f.text) LIKE '%slow%' OR lower(f.text) LIKE '%delay%')")
RECALL = ("(f.text LIKE '%召回%' OR f.text LIKE '%呕吐%' OR f.text LIKE '%拉肚子%' OR lower(f.text) LIKE '%recall%' "
          "OR lower(f.text) LIKE '%vomit%' OR lower(f.text) LIKE '%diarrhea%')")
DAMAGED = ("(f.text LIKE '%破%' OR f.text LIKE '%压扁%' OR f.text LIKE '%撒了%' OR f.text LIKE '%洒了%' "
           "OR f.text LIKE '%漏了%' OR lower(f.text) LIKE '%torn%' OR lower(f.text) LIKE '%crushed%' "
           "OR lower(f.text) LIKE '%ripped%')")
COUPON = ("(f.text LIKE '%券%' OR f.text LIKE '%优惠没了%' OR f.text LIKE '%五折%' OR lower(f.text) LIKE '%coupon%' "
          "OR lower(f.text) LIKE '%discount%' OR lower(f.text) LIKE '%half-price%')")


def gold() -> dict:
    return {
        # ---- funnels
        "pp01": lambda: conv("first_purchase", *quarter(2026, 1)),
        "pp02": lambda: top_lost("first_purchase", *ALL),
        "pp03": lambda: conv("first_purchase", *BUG, a=3, b=4, cust="c.primary_device = 'android'"),
        "pp04": lambda: conv("first_purchase", *BUG, a=3, b=4, cust="c.primary_device = 'ios'"),
        "pp05": lambda: conv("onboarding", *month(2025, 12)),
        "pp06": lambda: conv_open("autoship", *quarter(2026, 2)),
        "pp07": lambda: conv_open("autoship", *CAMPAIGN),
        "pp08": lambda: conv("first_purchase", *H1_26, a=2, b=3, drop=True),
        "pp09": lambda: top_conv("first_purchase", *ALL, "acquisition_channel"),
        # ---- orders / money
        "pp10": lambda: orders(*quarter(2026, 3)),
        "pp11": lambda: orders(*month(2026, 10), agg="avg(o.amount)"),
        "pp12": lambda: top_orders("o.product_category", *H1_26, agg="sum(o.amount)"),
        "pp13": lambda: top_orders("o.brand", *ALL),
        "pp14": lambda: orders(*ALL, agg="avg(o.amount)", cond="c.pet_size = 'large'"),
        "pp15": lambda: share_orders(*Y26, "o.order_type = 'auto_ship'", weight="o.amount"),
        "pp16": lambda: orders(*month(2026, 8), agg="count(*)", status="'paid'"),
        "pp17": lambda: orders(*month(2026, 5), agg="count(*)", status="'refunded'"),
        "pp18": lambda: refund_rate(*month(2026, 5), "o.brand = 'Purrfect' AND o.product_category = 'dry_food'"),
        "pp19": lambda: refund_rate(*month(2026, 3), "o.brand = 'Purrfect' AND o.product_category = 'dry_food'"),
        "pp20": lambda: top_orders("o.refund_reason", *month(2026, 5), status="'refunded'", gap=1.3),
        "pp21": lambda: top_orders("o.city", *ALL),
        "pp22": lambda: orders(*Y26, agg="count(*)", cond="o.discount_pct >= 30"),
        "pp23": lambda: share_orders(*ALL, "o.ship_frequency_days >= 45", "o.order_type = 'auto_ship'"),
        "pp24": lambda: orders(*month(2025, 11), agg="avg(o.discount_pct)", cond="o.order_type = 'first'"),
        "pp25": lambda: orders(*ALL, agg="count(*)", cond="o.coupon_code = 'NEWPAW10'"),
        "pp26": lambda: top_orders("o.warehouse", *ALL, status="'paid', 'refunded'"),
        # ---- delivery
        "pp27": lambda: top_late("o.warehouse", *month(2026, 8)),
        "pp28": lambda: late_rate(*month(2026, 8), "o.warehouse = 'WH_GZ'"),
        "pp29": lambda: late_rate(*month(2026, 7), "o.warehouse = 'WH_GZ'"),
        "pp30": lambda: events_at("tp_late_delivery", "2026-08-10", "2026-08-16"),
        "pp31": lambda: users_at("tp_late_delivery", *month(2026, 8)),
        "pp32": lambda: ship_avg(*month(2026, 8), "o.warehouse = 'WH_GZ'"),
        "pp33": lambda: ship_count(*ALL, "o.delivery_days > 5"),
        "pp34": lambda: top_damage_rate(),
        "pp35": lambda: events_at("tp_damaged_parcel", *Y26),
        # ---- subscriptions
        "pp36": lambda: cancel60(*CAMPAIGN, "coupon_code = 'MEOW50'"),
        "pp37": lambda: cancel60(*CAMPAIGN, "coupon_code IS NULL"),
        "pp38": lambda: events_at("tp_subscribe", *quarter(2026, 3)),
        "pp39": lambda: users_at("tp_cancel_sub", *month(2026, 9)),
        "pp40": lambda: top_cancel_share("acquisition_channel"),
        "pp41": lambda: customers_count("c.segment = 'active_subscriber'"),
        "pp42": lambda: events_at("tp_skip_shipment", *quarter(2026, 2)),
        "pp43": lambda: events_at("tp_renewal", *month(2026, 10)),
        "pp44": lambda: top_events("tp_subscribe", "e.ship_frequency_days", *ALL),
        "pp45": lambda: users_at("tp_pause", *H1_26),
        # ---- repeat / customers
        "pp46": lambda: repeat60("2025-11-01", "2026-08-31"),
        "pp47": lambda: multi_buyer_share(*quarter(2026, 2)),
        "pp48": lambda: paid_buyers(*month(2026, 9)),
        "pp49": lambda: customers_count("c.tier = 'gold'"),
        "pp50": lambda: events_at("tp_referral", *Y26),
        "pp51": lambda: users_at_top_channel(),
        "pp52": lambda: customers_count("c.pet_type = 'cat'"),
        "pp53": lambda: orders(*ALL, cond="c.breed = 'Corgi'"),
        # ---- feedback
        "pp54": lambda: top_neg_share("f.warehouse", _in("f.ts", "2026-08-01", "2026-09-30"), gap=0.1),
        "pp55": lambda: fb_topic_count(LATE, "late"),
        "pp56": lambda: fb_topic_count(RECALL, "recall"),
        "pp57": lambda: fb_topic_count(DAMAGED, "damaged"),
        "pp58": lambda: fb_avg("rating", "f.channel = 'product_review'"),
        "pp59": lambda: nps(_in("f.ts", *quarter(2026, 3))),
        "pp60": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 3))),
        "pp61": lambda: fb_count("f.ts IS NULL"),
        "pp62": lambda: feedback_ids(f"f.touchpoint_id = 'tp_cancel_sub' AND {COUPON}"),
        "pp63": lambda: feedback_ids(DAMAGED),
        "pp64": lambda: top_neg_count("f.touchpoint_id", _in("f.ts", *quarter(2026, 3))),
        "pp65": lambda: fb_avg("rating", "f.channel = 'delivery_survey' AND f.warehouse = 'WH_GZ' AND "
                               + _in("f.ts", *month(2026, 8))),
        "pp66": lambda: fb_avg("rating", "f.channel = 'cs_chat'"),
        "pp67": lambda: fb_avg("rating", "f.channel = 'product_review' AND f.brand = 'Purrfect'"),
    }


def users_at_top_channel():
    rows = q(f"""SELECT acquisition_channel, count(*) n FROM customers
                 WHERE {_in('signup_at', *CAMPAIGN)} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.3, rows
    return dict(top_entity=rows[0][0])


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
        print(it["id"], it["question"][:60], shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
