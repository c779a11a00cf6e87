"""Gold answers for the fresh-grocery (鲜到家 FreshDash) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey window (order 1 d, new_user 7 d, group_buy 3 d, plus 7 d, after_sales 3 d) from their
  first step-1 event in the period. Each rate is computed twice, with later steps allowed after the period end and
  with every step inside the period, and the tolerance covers both;
- "customers / users / people / shoppers who did X" = distinct customers with an event at X's touchpoint in the
  period; "how many orders / requests / refunds" = rows (orders or events), never people;
- events are de-duplicated on event_id first (the file holds SDK re-sends: identical rows with the same event_id);
- a customer's channel (app / mini program) and device are `customers.primary_channel` / `primary_device`; every app
  or mini-program event of a customer carries them, so filtering events or customers gives the same answer;
- money = orders with status `paid` (amount = what the customer paid: items + delivery fee - discount, CNY);
  GMV / revenue / 销售额 = sum of paid amounts; 客单价 / AOV / basket = average paid amount; refunded and
  cancelled orders are not revenue. Group-buy orders are orders (order_type group_buy) unless the question says
  home delivery / 到家;
- refund rate = refunded orders / all orders of the slice (the tolerance covers refunded / (paid + refunded));
- express (即时达, 30分钟达) orders = delivery_type `express_30min`; delivery time = `orders.delivery_minutes`
  (payment -> handed over), only express orders have it; late = delivery_minutes > 30; averages and shares use
  every order with a delivery time (cancelled orders have none);
- weekly/monthly/quarterly periods are inclusive calendar dates; relative periods resolve against the item's `as_of`
  (else 2026-08-31, the last day of the data);
- Plus members at the end = customers.tier = 'plus'; Plus joiners = distinct customers with a tp_plus_join event;
  renewed = has a tp_plus_renew event after joining;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv; texts are clearly
  polar, tolerance 0.02 for shares); "差评 / bad rating" = rating 1-2; topic counts use text markers, checked
  against the truth topic, with a 5 % tolerance; "all feedback" includes comments without a date;
- NPS = (share of promoters 9-10 - share of detractors 0-6) x 100 over rows with an nps value.
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
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    types={{'app_version': 'VARCHAR', 'order_id': 'VARCHAR', 'category': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'app_version': 'VARCHAR', 'coupon_code': 'VARCHAR', 'leader_id': 'VARCHAR',
                            'cancel_reason': 'VARCHAR', 'refund_reason': 'VARCHAR', 'delivery_slot': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'app_version': 'VARCHAR', 'order_id': 'VARCHAR', 'leader_id': 'VARCHAR',
                            'coupon_code': 'VARCHAR', 'reason': 'VARCHAR', 'plan': 'VARCHAR', 'fee': 'VARCHAR',
                            'warehouse_id': 'VARCHAR'}})""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                  WHERE e.device IS NOT NULL AND e.device <> c.primary_device""") == 0
    assert one("""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                  WHERE e.channel IN ('app', 'mini_program') AND e.touchpoint_id NOT IN ('tp_group_join', 'tp_group_success')
                  AND e.channel <> c.primary_channel""") == 0


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


# ---------- funnels (DATA.md rule) ----------

def _steps(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust=None, bounded=False) -> list[int]:
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
        r = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end, **kw):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, min_n=40, gap=0.04):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v}'")
        if c[0] >= min_n:
            rates[v] = c[-1] / c[0]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
    return dict(top_entity=order[0])


# ---------- events / customers ----------

def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                              AND ({cond})""", tp), tolerance=0.5)


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_customers_share(column, cond, gap=0.03):
    rows = q(f"SELECT {column}, avg(({cond})::int) r FROM customers GROUP BY 1 ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


def top_customers(column, gap=1.1):
    rows = q(f"SELECT {column}, count(*) n FROM customers GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


def plus_renewed(start, end):
    v = one(f"""WITH j AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_plus_join'
                           AND {_in('ts', start, end)} GROUP BY 1)
                SELECT avg((EXISTS (SELECT 1 FROM events r WHERE r.customer_id = j.customer_id
                                     AND r.touchpoint_id = 'tp_plus_renew' AND r.ts > j.t))::int) FROM j""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1", alt_status=None, alt_cond=None):
    def val(stt, cnd):
        st = "1=1" if stt is None else f"o.status IN ({stt})"
        return one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cnd})")
    v = val(None if status is None else f"'{status}'", cond)
    alts = []
    if alt_status is not None:
        alts.append(val(alt_status, cond))
    if alt_cond is not None:
        alts.append(val(None if status is None else f"'{status}'", alt_cond))
    if agg.startswith("count"):
        return dict(value=v, tolerance=max([abs(v - a) for a in alts] + [0]) + 0.5)
    v = float(v)
    tol = max(0.01 if abs(v) < 100 else 1.0, abs(v) * 0.001)
    tol = max([tol] + [abs(v - float(a)) + tol for a in alts])
    return dict(value=round(v, 2), tolerance=round(tol, 2))


def share_orders(start, end, num, cond="1=1", status="paid", alt_status=None):
    def val(st):
        return one(f"SELECT avg(({num})::int) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    v = val("1=1" if status is None else f"o.status = '{status}'")
    tol = 0.01
    if alt_status is not None:
        tol = max(tol, abs(v - val(alt_status)) + 0.005)
    return dict(value=round(v, 4), tolerance=round(tol, 4))


def dm_avg(start, end, cond="1=1", col="delivery_minutes"):
    a, b = q(f"""SELECT avg({col}), avg({col}) FILTER (WHERE status = 'paid')
                 FROM orders o WHERE {col} IS NOT NULL AND {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 2), tolerance=round(max(0.1, abs(a - b) + 0.05), 2))


def dm_diff(p1, p2, cond):
    a = dm_avg(*p1, cond)
    b = dm_avg(*p2, cond)
    return dict(value=round(b["value"] - a["value"], 2), tolerance=round(a["tolerance"] + b["tolerance"], 2))


def late_share(start, end, limit, cond="1=1"):
    a, b = q(f"""SELECT avg((delivery_minutes > {limit})::int), avg((delivery_minutes > {limit})::int)
                 FILTER (WHERE status = 'paid') FROM orders o WHERE delivery_minutes IS NOT NULL
                 AND {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def late_count(start, end, limit, cond="1=1"):
    a = one(f"""SELECT count(*) FROM orders o
                 WHERE delivery_minutes > {limit} AND {_in('ts', start, end)} AND ({cond})""")
    return dict(value=a, tolerance=0.5)


def top_orders(col, start, end, agg="count(*)", status="paid", cond="1=1", lowest=False, gap=1.08):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    a, b = rows[0][1], rows[1][1]
    assert (b > a * gap) if lowest else (a > b * gap), rows[:3]
    return dict(top_entity=rows[0][0])


def refund_rate(start, end, cond="1=1"):
    a, b = q(f"""SELECT avg((status = 'refunded')::int), avg((status = 'refunded')::int) FILTER (WHERE status <> 'cancelled')
                 FROM orders o WHERE {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def top_refund_rate(col, start, end, cond="1=1", gap=0.03):
    rows = q(f"""SELECT {col}, avg((status = 'refunded')::int) r, avg((status = 'refunded')::int)
                 FILTER (WHERE status <> 'cancelled') r2 FROM orders o
                 WHERE {_in('ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap and rows[0][2] > max(r[2] for r in rows[1:]) + gap, rows[:3]
    return dict(top_entity=rows[0][0])


def new_first_aov(start, end):
    """客单价 of new customers' first orders: orders.user_type = 'new' (paid); the tolerance covers 'first paid order
    of a customer who signed up inside the data'."""
    a = one(f"""SELECT avg(amount) FROM orders o WHERE status = 'paid' AND user_type = 'new' AND {_in('ts', start, end)}""")
    b = one(f"""WITH f AS (SELECT o.*, row_number() OVER (PARTITION BY o.customer_id ORDER BY o.ts, o.order_id) rn
                           FROM orders o JOIN customers c USING (customer_id)
                           WHERE o.status = 'paid' AND c.signup_at >= DATE '2025-09-01')
                SELECT avg(amount) FROM f WHERE rn = 1 AND {_in('ts', start, end)}""")
    return dict(value=round(a, 2), tolerance=round(abs(a - b) + 0.07, 2))


def buyers(start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT customer_id) FROM orders o WHERE status = 'paid'
                              AND {_in('ts', start, end)} AND ({cond})"""), tolerance=0.5)


def multi_buyer_share(start, end):
    v = one(f"""SELECT avg((n >= 2)::int) FROM (SELECT customer_id, count(*) n FROM orders
                WHERE status = 'paid' AND {_in('ts', start, end)} GROUP BY 1)""")
    return dict(value=round(v, 4), tolerance=0.01)


def pickup_rate_top(start, end, gap=0.1):
    rows = q(f"""SELECT o.leader_id, avg((EXISTS (SELECT 1 FROM events e WHERE e.order_id = o.order_id
                                   AND e.touchpoint_id = 'tp_leader_pickup'))::int) r
                 FROM orders o WHERE o.order_type = 'group_buy' AND o.status = 'paid' AND {_in('o.ts', start, end)}
                 GROUP BY 1 ORDER BY r""")
    assert rows[1][1] - rows[0][1] > gap, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f JOIN truth t USING (feedback_id)
                                                  WHERE {cond} ORDER BY 1""")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"),
                tolerance=0.5)


def fb_topic_count(cond, topic, marker):
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE ({cond}) AND ({marker})")
    truth = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE ({cond}) AND t.topic = ?",
                topic)
    assert abs(n - truth) <= max(1, 0.05 * truth), (topic, n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.01):
    return dict(value=round(one(f"""SELECT avg({col}) FROM feedback f JOIN truth t USING (feedback_id)
                                    WHERE {col} IS NOT NULL AND {cond}"""), 3), tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    return dict(value=round(one(f"""SELECT avg(({num})::int) FROM feedback f JOIN truth t USING (feedback_id)
                                    WHERE {cond}"""), 4), tolerance=tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def top_fb(col, agg, cond="1=1", lowest=False, gap=0.04, min_n=15):
    rows = q(f"""SELECT {col}, {agg} r FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[0][1] - rows[1][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_neg_rise(base, now):
    rows = q(f"""SELECT touchpoint_id, count(*) FILTER (WHERE {_in('ts', *now)})
                                     - count(*) FILTER (WHERE {_in('ts', *base)}) d
                 FROM feedback f JOIN truth t USING (feedback_id) WHERE t.sentiment = 'neg'
                 AND touchpoint_id IS NOT NULL GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > rows[1][1] * 1.3, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods ----------

ALL = ("2025-09-01", "2026-08-31")


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


W03 = "o.warehouse_id = 'W03'"
NEG = "t.sentiment = 'neg'"
FRUIT_WORDS = "芒果|草莓|葡萄|水蜜桃|西瓜|蓝莓|荔枝|香蕉|mango|strawberr|grape|peach|watermelon|blueberr|lychee|banana"
SPOILED_FRUIT = (f"(regexp_matches(lower(f.text), '{FRUIT_WORDS}') "
                 "AND regexp_matches(lower(f.text), '烂|坏|霉|rotten|moldy|mushy'))")
LATE = r"regexp_matches(lower(f.text), '超时|迟到|太慢|等了|\blate\b|took almost|took over|too slow')"
SUBST = "regexp_matches(lower(f.text), '换成|替换|substitut|replaced')"
MISSING = "regexp_matches(lower(f.text), '少送|漏发|没送|少了|缺了|missing')"


def gold() -> dict:
    return {
        # ---- funnels
        "gr01": lambda: conv("order", *month(2026, 5)),
        "gr02": lambda: top_lost("order", *ALL),
        "gr03": lambda: top_conv("order", *quarter(2026, 2), "primary_channel"),
        "gr04": lambda: conv("order", *quarter(2026, 2), cust="c.primary_channel = 'mini_program'"),
        "gr05": lambda: conv("order", "2026-04-10", "2026-04-23", a=4, b=5, cust="c.primary_device = 'android'"),
        "gr06": lambda: conv("order", "2026-04-10", "2026-04-23", a=4, b=5, cust="c.primary_device = 'ios'"),
        "gr07": lambda: conv("new_user", *quarter(2025, 4)),
        "gr08": lambda: top_conv("new_user", *ALL, "acquisition_channel"),
        "gr09": lambda: top_lost("group_buy", *ALL),
        "gr10": lambda: conv("group_buy", *quarter(2026, 1), a=2, b=4),
        "gr11": lambda: conv("plus", *month(2025, 11)),
        "gr12": lambda: conv("plus", *month(2026, 1)),
        "gr13": lambda: conv("after_sales", *ALL),
        "gr14": lambda: conv("order", *month(2026, 6), a=2, b=3, drop=True),
        # ---- delivery and dark stores
        "gr15": lambda: top_orders("o.warehouse_id", *quarter(2026, 2), agg="avg(o.delivery_minutes)", status=None,
                                   cond="o.delivery_minutes IS NOT NULL", gap=1.3),
        "gr16": lambda: dm_avg(*month(2026, 2), W03),
        "gr17": lambda: dm_avg(*month(2026, 5), W03),
        "gr18": lambda: late_share(*quarter(2026, 2), 30, W03),
        "gr19": lambda: late_share(*quarter(2026, 2), 30, f"NOT ({W03})"),
        "gr20": lambda: late_count(*month(2026, 7), 45),
        "gr21": lambda: dm_avg(*ALL, "o.weather = 'rainy'"),
        "gr22": lambda: top_orders("o.warehouse_id", *ALL, agg="avg(o.picking_minutes)", status=None,
                                   cond="o.picking_minutes IS NOT NULL", lowest=True, gap=1.2),
        "gr23": lambda: dm_diff(quarter(2025, 4), quarter(2026, 2), W03),
        "gr74": lambda: late_share("2026-06-01", "2026-06-07", 30, W03),
        # ---- orders and money
        "gr24": lambda: orders(*quarter(2026, 1)),
        "gr25": lambda: orders("2025-09-01", "2025-12-31", agg="avg(o.amount)"),
        "gr26": lambda: orders(*ALL, agg="avg(o.amount)", cond="o.member_tier = 'plus'"),
        "gr27": lambda: orders(*ALL, agg="avg(o.amount)", cond="o.member_tier = 'regular'"),
        "gr28": lambda: top_orders("o.category", *quarter(2025, 4)),
        "gr29": lambda: refund_rate(*month(2026, 7), "o.category = '水果'"),
        "gr30": lambda: refund_rate(*month(2026, 6), "o.category = '水果'"),
        "gr31": lambda: top_refund_rate("o.category", *month(2026, 7)),
        "gr32": lambda: orders(*month(2026, 7), agg="count(*)", status="refunded", cond="o.refund_reason = 'spoiled'"),
        "gr34": lambda: orders(*month(2025, 11), agg="count(*)"),
        "gr35": lambda: share_orders(*quarter(2025, 4), "o.coupon_code IS NOT NULL"),
        "gr36": lambda: top_orders("o.warehouse_id", *ALL, agg="avg((o.missing_items > 0)::int)", status=None,
                                   cond="o.order_type = 'to_home' AND o.status <> 'cancelled'", gap=2),
        "gr37": lambda: share_orders("2026-01-01", "2026-08-31", "o.missing_items > 0",
                                     "o.warehouse_id = 'W05' AND o.order_type = 'to_home' AND o.status <> 'cancelled'",
                                     status=None),
        "gr38": lambda: orders(*month(2026, 3), agg="count(*)", cond="o.order_type = 'group_buy'"),
        "gr39": lambda: pickup_rate_top(*quarter(2026, 2)),
        "gr40": lambda: orders(*month(2026, 7)),
        "gr41": lambda: orders(*quarter(2026, 2)),
        "gr42": lambda: new_first_aov("2026-01-01", "2026-06-30"),
        "gr43": lambda: orders("2026-06-08", "2026-06-14", agg="count(*)",
                               cond="o.warehouse_id = 'W04' AND o.order_type = 'to_home'"),
        # ---- customers and Plus
        "gr44": lambda: customers_count("c.tier = 'plus'"),
        "gr45": lambda: users_at("tp_plus_join", *month(2025, 11)),
        "gr46": lambda: plus_renewed(*month(2025, 11)),
        "gr47": lambda: plus_renewed("2025-12-01", "2026-03-31"),
        "gr48": lambda: top_customers_share("acquisition_channel", "segment = 'never_ordered'", gap=0.1),
        "gr49": lambda: buyers(*quarter(2026, 2)),
        "gr50": lambda: multi_buyer_share(*quarter(2026, 2)),
        # ---- feedback
        "gr52": lambda: top_fb("f.warehouse_id", f"avg(({NEG})::int)", _in("f.ts", *quarter(2026, 2)), gap=0.05),
        "gr53": lambda: top_fb("f.warehouse_id", "avg(f.rating)",
                               f"f.channel = 'order_rating' AND {_in('f.ts', *quarter(2026, 2))}", lowest=True, gap=0.1),
        "gr54": lambda: fb_topic_count("1=1", "spoiled_fruit", SPOILED_FRUIT),
        "gr55": lambda: fb_topic_count("1=1", "late_rider", LATE),
        "gr56": lambda: feedback_ids(f"t.topic = 'coupon_not_applied' AND {_in('f.ts', *month(2026, 4))}"),
        "gr57": lambda: fb_topic_count("1=1", "substitution", SUBST),
        "gr59": lambda: nps(_in("f.ts", *quarter(2025, 4))),
        "gr60": lambda: fb_avg("rating", "f.channel = 'app_review'"),
        "gr61": lambda: fb_count("f.ts IS NULL"),
        "gr62": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'order_rating' AND f.rating IS NOT NULL AND "
                                                   f"{_in('f.ts', *month(2026, 7))}"),
        "gr63": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 2)), tol=0.02),
        "gr64": lambda: top_neg_rise(quarter(2026, 1), quarter(2026, 2)),
        "gr65": lambda: feedback_ids(f"t.topic = 'spoiled_fruit' AND {_in('f.ts', *month(2026, 7))}"),
        "gr66": lambda: feedback_ids("t.topic = 'leader_pickup'"),
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
