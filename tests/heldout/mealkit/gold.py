"""Gold answers for the FreshBox 鲜盒 held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period. `conv` computes each rate with and without
  requiring later steps to fall inside the period; the tolerance covers both readings;
- "customers / people / users who did X" = distinct customers with an event at X's touchpoint in the period;
  "how many reports / skips / claims / cancellations" = event rows (a customer cancels at most once);
- a customer's device / channel is `customers.primary_device` / `primary_channel` (all their digital events carry it);
- money = orders with status `paid` (amount = what the customer paid after promo discount, CNY); revenue / 营收 = sum
  of paid amounts (boxes and add-ons); AOV / 客单价 = average paid amount; refunded and payment_failed orders are not
  revenue; credits (`credit_cny`, compensation for missing / damaged items) are not subtracted from revenue;
- boxes = orders with order_type first_box or weekly_box (add-ons are order_type addon); a delivered box = a
  `tp_box_delivered` event (its order carries `delivered_at` and `box_temp_c`); month of a box-temperature question =
  delivery date (the tolerance covers the order-date reading);
- refund rate = refunded box orders / all box orders (tolerance covers the reading without payment_failed orders);
- credits paid = sum of `credit_cny` on `tp_credit_issued` events by the date the credit was issued (orders also
  carry `credit_cny`, but by charge date, which is a different month for boxes charged at a month end);
- missing-ingredient rate = `tp_missing_item` events / `tp_box_delivered` events of the fulfilment centre, both by
  event date;
- 28-day cancellation: first box = `tp_first_box_paid` event (its promo_code), cancelled = a `tp_cancelled` event of
  that customer within 28 days after it;
- cancelled share by a customer attribute = customers with segment `cancelled` / customers who ever paid a box
  (segment <> prospect); customer facts at the end of the data (segment, tier, diet) come from customers;
- save-offer experiment: acceptance = customers of a variant with a `tp_offer_accepted` event after assignment /
  customers assigned to the variant;
- recipe ratings = feedback rows of channel `recipe_rating` (each has a 1-5 rating; some have no `ts`); every one is
  also a `tp_recipe_rating` event with the same rating (always dated; the tolerance covers that reading);
- NPS = (share 9-10 - share 0-6) x 100 over feedback rows with an nps value;
- feedback "negative" = `sentiment_label = neg` (generator truth); topic counts use text markers with a 5 % tolerance
  (checked against the generator's `topic` column); "all data" includes comments without a date;
- periods are inclusive calendar dates; relative periods resolve against `as_of` (else the data end, 2026-08-31).
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
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv('{data / 'customers.csv'}', header=true,
                    auto_detect=true, types={{'promo_code': 'VARCHAR', 'tier': 'VARCHAR', 'plan_size': 'VARCHAR',
                    'diet_preference': 'VARCHAR', 'first_box_at': 'TIMESTAMP', 'cancelled_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv('{data / 'orders.csv'}', header=true, auto_detect=true,
                    types={{'promo_code': 'VARCHAR', 'refund_reason': 'VARCHAR', 'delivered_at': 'TIMESTAMP',
                            'box_temp_c': 'DOUBLE', 'meals_per_week': 'VARCHAR', 'servings': 'VARCHAR'}})""")
    vc = ["referral_source", "plan_size", "diet_preference", "week_start", "order_id", "product", "courier",
          "fulfilment_center", "delivery_window", "claim_type", "recipe", "recipe_en", "recipe_line",
          "offer_variant", "cancel_reason", "error", "meals_per_week", "weeks", "promo_code"]
    types = ", ".join(f"'{k}': 'VARCHAR'" for k in vc)
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv('{data / 'events.csv'}', header=true, auto_detect=true,
                    types={{{types}, 'box_temp_c': 'DOUBLE', 'credit_cny': 'DOUBLE', 'refund_cny': 'DOUBLE',
                            'rating': 'DOUBLE'}})""")
    fv = ["plan_size", "diet_preference", "order_id", "courier", "fulfilment_center", "claim_type", "recipe",
          "recipe_en", "recipe_line", "cancel_reason", "touchpoint_id", "customer_id"]
    types = ", ".join(f"'{k}': 'VARCHAR'" for k in fv)
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv('{data / 'feedback.csv'}', header=true,
                    auto_detect=true, types={{{types}, 'ts': 'TIMESTAMP', 'rating': 'DOUBLE', 'nps': 'DOUBLE',
                    'box_temp_c': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE experiments AS SELECT * FROM read_csv_auto('{data / 'experiments.csv'}', header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                  WHERE e.device <> c.primary_device""") == 0
    assert one("""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                  WHERE e.channel <> 'other' AND e.channel <> c.primary_channel""") == 0


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def _tol(a: float, b: float, floor: float = 0.01) -> float:
    return round(max(floor, abs(a - b) + 0.005), 4)


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
    return dict(value=round(vals[0], 4), tolerance=_tol(vals[0], vals[1]))


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


def top_conv(journey, start, end, column, min_n=50):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v}'")
        if c[0] >= min_n:
            rates[v] = c[-1] / c[0]
    order = sorted(rates, key=rates.get, reverse=True)
    assert rates[order[0]] - rates[order[1]] > 0.04, f"not clear: {rates}"
    return dict(top_entity=order[0])


# ---------- events / customers ----------

def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                              AND ({cond})""", tp), tolerance=0.5)


def top_events(tp, col, start, end, gap=1.15):
    rows = q(f"""SELECT {col}, count(*) n FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_avg(col, cond):
    return dict(value=round(one(f"SELECT avg({col}) FROM customers c WHERE {cond}"), 3), tolerance=0.05)


def top_customers(col, cond="1=1", gap=1.2):
    rows = q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_cancel_share(col, lowest=False):
    rows = q(f"""SELECT {col}, avg((segment = 'cancelled')::int) r FROM customers WHERE segment <> 'prospect'
                 GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[0][1] - rows[1][1]) > 0.05, rows
    return dict(top_entity=rows[0][0])


def cancel28(start, end, cond):
    v = one(f"""WITH f AS (SELECT customer_id, promo_code, min(ts) ts FROM events
                           WHERE touchpoint_id = 'tp_first_box_paid' GROUP BY 1, 2)
                SELECT avg((EXISTS (SELECT 1 FROM events x WHERE x.customer_id = f.customer_id
                        AND x.touchpoint_id = 'tp_cancelled' AND x.ts > f.ts AND x.ts <= f.ts + INTERVAL 28 DAY))::int)
                FROM f WHERE {_in('f.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def variant_accept(variant=None):
    rows = q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                    AND e.touchpoint_id = 'tp_offer_accepted' AND e.ts >= x.assigned_at))::int) r
                FROM experiments x GROUP BY 1 ORDER BY r DESC""")
    if variant is None:
        assert rows[0][1] > rows[1][1] + 0.05, rows
        return dict(top_entity=rows[0][0])
    return dict(value=round(dict(rows)[variant], 4), tolerance=0.01)


# ---------- orders ----------

BOX = "o.order_type IN ('first_box', 'weekly_box')"


def orders(start, end, agg="sum(o.amount)", status="'paid'", cond="1=1", alt_status=None):
    def run(st_list):
        st = "1=1" if st_list is None else f"o.status IN ({st_list})"
        return one(f"""SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    v = run(status)
    alt = run(alt_status) if alt_status else v
    if agg.startswith("count"):
        return dict(value=v, tolerance=abs(v - alt) + 0.5)
    v, alt = float(v), float(alt)
    return dict(value=round(v, 2), tolerance=round(max(0.01 if abs(v) < 100 else 1.0, abs(v) * 0.001,
                                                       abs(v - alt) + 0.01), 2))


def share_orders(start, end, num, cond="1=1", status="'paid'", weight=None):
    st = "1=1" if status is None else f"o.status IN ({status})"
    if weight:
        sql = f"SELECT sum(CASE WHEN {num} THEN {weight} ELSE 0 END) / sum({weight})"
    else:
        sql = f"SELECT avg(({num})::int)"
    v = one(f"{sql} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(col, start, end, agg="count(*)", status="'paid'", cond="1=1", gap=1.08):
    st = "1=1" if status is None else f"o.status IN ({status})"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


def rel_change(agg_a, agg_b):
    a, b = one(agg_a), one(agg_b)
    v = (b - a) / a
    return dict(value=round(v, 4), tolerance=0.01)


def revenue(start, end):
    return f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', start, end)}"


def refund_rate(start, end, cond):
    a, b = q(f"""SELECT avg((status = 'refunded')::int), avg((status = 'refunded')::int)
                 FILTER (WHERE status <> 'payment_failed')
                 FROM orders o WHERE {BOX} AND {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 4), tolerance=_tol(a, b))


def box_temp_avg(start, end, cond):
    a = one(f"SELECT avg(box_temp_c) FROM orders o WHERE {_in('o.delivered_at', start, end)} AND ({cond})")
    b = one(f"""SELECT avg(box_temp_c) FROM orders o WHERE delivered_at IS NOT NULL AND {_in('o.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(a, 2), tolerance=round(max(0.05, abs(a - b) + 0.03), 2))


def warm_share(start, end, cond="1=1"):
    a = one(f"SELECT avg((box_temp_c > 8)::int) FROM orders o WHERE {_in('o.delivered_at', start, end)} AND ({cond})")
    b = one(f"""SELECT avg((box_temp_c > 8)::int) FROM orders o WHERE delivered_at IS NOT NULL
                AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(a, 4), tolerance=_tol(a, b))


def top_warm(col, start, end, gap=3.0):
    rows = q(f"""SELECT {col}, avg((box_temp_c > 8)::int) r FROM orders o WHERE {_in('o.delivered_at', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


def delivered_share(num):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = 'tp_box_delivered'")
    return dict(value=round(v, 4), tolerance=0.01)


def missing_rate(start, end, fc):
    a = one(f"""SELECT (SELECT count(*) FROM events WHERE touchpoint_id = 'tp_missing_item' AND fulfilment_center = '{fc}'
                        AND {_in('ts', start, end)})::double
                     / (SELECT count(*) FROM events WHERE touchpoint_id = 'tp_box_delivered'
                        AND fulfilment_center = '{fc}' AND {_in('ts', start, end)})""")
    return dict(value=round(a, 4), tolerance=0.01)


def top_missing_rate(start, end, gap=2.0):
    rows = q(f"""SELECT fulfilment_center,
                        count(*) FILTER (WHERE touchpoint_id = 'tp_missing_item')::double
                        / count(*) FILTER (WHERE touchpoint_id = 'tp_box_delivered') r
                 FROM events WHERE touchpoint_id IN ('tp_missing_item', 'tp_box_delivered') AND {_in('ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


def credits(start, end, cond="1=1"):
    a = one(f"""SELECT sum(credit_cny) FROM events e WHERE touchpoint_id = 'tp_credit_issued'
                AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(a, 2), tolerance=round(max(1.0, abs(a) * 0.005), 2))


def top_credits(col, start, end, gap=1.3):
    rows = q(f"""SELECT {col}, sum(credit_cny) n FROM events e WHERE touchpoint_id = 'tp_credit_issued'
                 AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


def max_month(tp):
    rows = q(f"""SELECT strftime(ts, '%Y-%m') m, count(*) n FROM events WHERE touchpoint_id = '{tp}'
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.3, rows[:3]
    return dict(value=rows[0][1], tolerance=0.5)


def diff_events(tp, a, b):
    va = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)}")
    vb = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)}")
    return dict(value=vb - va, tolerance=0.5)


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


def recipe_avg(start, end):
    a = one(f"SELECT avg(rating) FROM feedback f WHERE f.channel = 'recipe_rating' AND {_in('f.ts', start, end)}")
    b = one(f"SELECT avg(rating) FROM events e WHERE e.touchpoint_id = 'tp_recipe_rating' AND {_in('e.ts', start, end)}")
    return dict(value=round(a, 3), tolerance=_tol(a, b))


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def top_nps(col, gap=5.0):
    rows = q(f"""SELECT {col}, 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) v FROM feedback f
                 WHERE nps IS NOT NULL AND {col} IS NOT NULL GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


def top_neg_count(col, cond="1=1"):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE f.sentiment_label = 'neg' AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.15, rows
    return dict(top_entity=rows[0][0])


def top_rating(col, cond="1=1", lowest=True, min_n=20):
    rows = q(f"""SELECT {col}, avg(rating) r FROM feedback f WHERE rating IS NOT NULL AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[1][1] - rows[0][1]) > 0.2, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-09-01", "2026-08-31")
H1_26 = ("2026-01-01", "2026-06-30")
JA = ("2026-07-01", "2026-08-31")
MP_BUG = ("2026-01-05", "2026-02-08")
NEG = "f.sentiment_label = 'neg'"
WARM = ("(f.text LIKE '%冰袋%' OR f.text LIKE '%不冰%' OR f.text LIKE '%温的%' OR f.text LIKE '%温度太高%' "
        "OR lower(f.text) LIKE '%warm%' OR lower(f.text) LIKE '%melted%' OR lower(f.text) LIKE '%ice pack%' "
        "OR lower(f.text) LIKE '%lukewarm%' OR lower(f.text) LIKE '%wasn''t cold%')")
WARM_NEG = f"({WARM} AND NOT (f.text LIKE '%还很冰%' OR lower(f.text) LIKE '%still cold%'))"
MISSING = ("(f.text LIKE '%缺%' OR f.text LIKE '%少了一包%' OR f.text LIKE '%少了牛肉%' OR f.text LIKE '%少发%' "
           "OR lower(f.text) LIKE '%missing%' OR lower(f.text) LIKE '%no eggs%')")
PORTION = ("(f.text LIKE '%份量%' OR f.text LIKE '%分量%' OR f.text LIKE '%吃不饱%' OR f.text LIKE '%量太小%' "
           "OR lower(f.text) LIKE '%portion%')")
PRICE = ("(f.text LIKE '%贵%' OR f.text LIKE '%不划算%' OR lower(f.text) LIKE '%expensive%' "
         "OR lower(f.text) LIKE '%pricier%' OR lower(f.text) LIKE '%full price%')")


def gold() -> dict:
    return {
        # ---- funnels
        "mk01": lambda: conv("signup", *quarter(2026, 1)),
        "mk02": lambda: top_lost("signup", *ALL),
        "mk03": lambda: conv("signup", *MP_BUG, a=3, b=4, cust="c.primary_channel = 'mini_program'"),
        "mk04": lambda: conv("signup", *MP_BUG, a=3, b=4, cust="c.primary_channel = 'app'"),
        "mk05": lambda: top_conv("signup", *ALL, "acquisition_channel"),
        "mk06": lambda: conv("cancel_flow", *quarter(2026, 2)),
        "mk07": lambda: conv("weekly_cycle", *month(2026, 5), a=1, b=3),
        "mk08": lambda: conv("signup", "2025-10-01", "2025-12-31", a=2, b=3, drop=True),
        "mk09": lambda: conv("claim_credit", *ALL),
        # ---- money
        "mk10": lambda: orders(*quarter(2026, 2)),
        "mk11": lambda: orders(*month(2026, 8), agg="avg(o.amount)"),
        "mk12": lambda: top_orders("o.product", *ALL, cond="o.order_type = 'addon'"),
        "mk13": lambda: orders(*month(2026, 8), agg="count(*)", cond=BOX),
        "mk14": lambda: orders(*H1_26, agg="count(*)", status="'payment_failed'"),
        "mk15": lambda: share_orders("2026-01-01", "2026-08-31", "o.order_type = 'addon'", weight="o.amount"),
        "mk16": lambda: orders(*month(2025, 11), agg="count(*)", status="'paid', 'refunded'", alt_status="'paid'",
                               cond="o.order_type = 'first_box' AND o.promo_code = 'FIRST60'"),
        "mk17": lambda: orders(*month(2025, 11), agg="avg(o.discount_cny)", cond="o.order_type = 'first_box'",
                               alt_status="'paid', 'refunded'"),
        "mk18": lambda: refund_rate(*JA, "o.courier = 'Dada'"),
        "mk19": lambda: top_orders("o.city", *ALL, cond=BOX),
        "mk20": lambda: top_orders("o.diet_preference", *ALL, agg="avg(o.amount)", gap=1.2),
        "mk21": lambda: credits(*month(2026, 3)),
        "mk22": lambda: top_credits("e.fulfilment_center", *H1_26),
        # ---- delivery / temperature / claims
        "mk23": lambda: box_temp_avg(*month(2026, 7), "o.courier = 'Dada'"),
        "mk24": lambda: box_temp_avg(*month(2026, 7), "o.courier = 'SF'"),
        "mk25": lambda: top_warm("o.courier", *JA),
        "mk26": lambda: warm_share(*JA),
        "mk27": lambda: delivered_share("e.delivery_window = 'evening'"),
        "mk28": lambda: events_at("tp_damaged_box", *month(2026, 8)),
        "mk29": lambda: events_at("tp_missing_item", *month(2026, 3)),
        "mk30": lambda: top_missing_rate(*month(2026, 3)),
        "mk31": lambda: missing_rate(*month(2026, 3), "FC_SH"),
        "mk32": lambda: missing_rate(*month(2026, 1), "FC_SH"),
        "mk33": lambda: events_at("tp_box_delivered", "2026-02-16", "2026-02-22"),
        # ---- subscription life
        "mk34": lambda: users_at("tp_skip_week", *month(2026, 2)),
        "mk35": lambda: diff_events("tp_skip_week", month(2026, 1), month(2026, 2)),
        "mk36": lambda: users_at("tp_pause", *H1_26),
        "mk37": lambda: variant_accept(),
        "mk38": lambda: variant_accept("pct_off_40"),
        "mk39": lambda: variant_accept("free_dessert"),
        "mk40": lambda: cancel28(*month(2025, 11), "f.promo_code = 'FIRST60'"),
        "mk41": lambda: cancel28(*month(2025, 11), "coalesce(f.promo_code, '') <> 'FIRST60'"),
        "mk42": lambda: top_cancel_share("acquisition_channel"),
        "mk43": lambda: customers_count("c.segment = 'active'"),
        "mk44": lambda: customers_count("c.segment = 'paused'"),
        "mk45": lambda: top_cancel_share("plan_size", lowest=True),
        "mk46": lambda: events_at("tp_cancelled", *JA),
        "mk47": lambda: top_events("tp_cancelled", "e.cancel_reason", *quarter(2026, 2)),
        # ---- customers
        "mk48": lambda: users_at("tp_first_box_paid", *ALL,
                                 cond="c.acquisition_channel = 'referral' AND " + _in("c.signup_at", *ALL)),
        "mk49": lambda: top_customers("acquisition_channel", _in("c.signup_at", *month(2025, 11))),
        "mk50": lambda: customers_count("c.tier = 'gold'"),
        
        "mk52": lambda: max_month("tp_first_box_paid"),
        # ---- recipe ratings
        "mk53": lambda: top_rating("f.recipe", "f.channel = 'recipe_rating'"),
        "mk54": lambda: top_rating("f.recipe_line", "f.channel = 'recipe_rating'", min_n=50),
        "mk55": lambda: recipe_avg(*month(2026, 6)),
        # ---- feedback
        "mk56": lambda: fb_topic_count(WARM_NEG, "warm"),
        "mk57": lambda: fb_topic_count(MISSING, "missing"),
        "mk58": lambda: fb_topic_count(PORTION, "portion"),
        "mk59": lambda: fb_ratio(NEG, _in("f.ts", *JA)),
        "mk60": lambda: nps(_in("f.ts", *quarter(2026, 2))),
        "mk61": lambda: nps(_in("f.ts", *quarter(2026, 1))),
        "mk62": lambda: top_nps("f.diet_preference"),
        "mk63": lambda: fb_count("f.ts IS NULL"),
        "mk64": lambda: feedback_ids(WARM_NEG),
        "mk65": lambda: feedback_ids(f"f.channel = 'cancel_survey' AND {PRICE}"),
        "mk66": lambda: top_neg_count("f.touchpoint_id", _in("f.ts", *JA)),
        "mk67": lambda: fb_avg("rating", "f.channel = 'support_ticket'"),
        "mk68": lambda: fb_avg("rating", "f.channel = 'delivery_survey' AND f.courier = 'Dada' AND "
                               + _in("f.ts", *month(2026, 8))),
        # ---- trends / comparisons
        "mk69": lambda: rel_change(revenue(*quarter(2026, 1)), revenue(*quarter(2026, 2))),
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
