"""Gold answers for the 快运到 VanGo (same-city freight) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period; rates are per customer; the tolerance
  covers both readings (later steps allowed after the period end, or not). booking = open app → get quote → place
  order → driver matched (1 day); fulfilment = driver matched → arrived → loaded → delivered → paid (3 days);
  "drop-off rate" between two steps = 1 − reached(next) / reached(step); the step where most customers are lost is
  named by the step they reached but did not leave (as in INTERFACE.md's example);
- a booking session = one `session_id` (one attempt: open app, maybe a quote, maybe an order and its whole
  fulfilment; each touchpoint at most once per session); per-session step rates ("of sessions with a quote, the
  share that placed an order") count the sessions with the first step in the period (by that step's date) and look
  for the second step in the same session;
- an order = one row of `orders` (one `tp_order_placed` event; `order_id` is also on the events of that order);
  orders.ts = when the order was placed; status paid / cancelled / refunded (damage refunds); money (GMV, revenue,
  fees, average order value) = orders with status `paid`, by orders.ts, amount in CNY (= base fare + stairs fee +
  waiting fee − discount); the cancellation rate of a group = orders with status cancelled / all its orders;
- time between two steps = per order (session): later step ts − earlier step ts, over orders that reached both,
  the order taken in the period by the date the question names (order date, arrival date, delivery date, rating
  date); "immediate" orders = order_mode `immediate` (scheduled orders are matched and served at a booked time);
- a delivered order = a `tp_delivered` event (counted by its date); lateness = `minutes_late` on tp_driver_arrived;
  a driver's damage-claim rate = his tp_damage_claim events / his tp_delivered events (all data);
- customer facts (segment = 客户类型 twin, city = city_en twin, merchant_category = industry twin, tier,
  acquisition_channel, signup_at) come from `customers`; "customers" = every row of that table; per-customer
  averages are over the customers who had at least one qualifying order in the period unless the question says
  otherwise;
- order rating = feedback rows with channel `order_rating` (one per tp_rated event, 1–5 stars; also on the event);
  a driver's rating = the average over his order ratings; "feedback" = all channels, all rows (dated or not) for
  "all data", dated rows inside the period otherwise; rating by step = feedback.rating grouped by touchpoint_id;
  negative = `sentiment_label = 'neg'`; topic counts use text markers (zh and en) with a 5 % tolerance;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of`; "the week of D" = the Monday-to-Sunday week starting on D.
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
    for t in ("touchpoints", "customers", "journeys", "orders", "feedback"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, types={{'driver_id': 'VARCHAR', 'order_id': 'VARCHAR', 'app_version': 'VARCHAR'}})""")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    n_ord = one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_order_placed'")
    assert n_ord == one("SELECT count(*) FROM orders"), n_ord
    assert one("""SELECT max(n) FROM (SELECT session_id, touchpoint_id, count(*) n FROM events GROUP BY 1, 2)""") == 1


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def frac(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def count(v):
    return dict(value=int(v), tolerance=0.5)


def money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, abs(float(v)) * 0.005), 2))


def num(v, rel=0.02, floor=0.05, nd=3):
    return dict(value=round(float(v), nd), tolerance=round(max(floor, abs(float(v)) * rel), nd))


# ---------- funnels (per customer, DATA.md rule) ----------

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


def _two(fn):
    a, b = fn(False), fn(True)
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def conv(journey, start, end, **kw):
    return _two(lambda bd: (lambda c: c[-1] / c[0])(funnel(journey, start, end, bounded=bd, **kw)))


def drop(journey, k, start, end, **kw):
    """drop-off from step k to step k+1 (1-based)."""
    return _two(lambda bd: (lambda c: 1 - c[k] / c[k - 1])(funnel(journey, start, end, bounded=bd, **kw)))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, min_n=40, margin=0.03):
    vals = [r[0] for r in q(f'SELECT DISTINCT "{column}" FROM customers WHERE "{column}" IS NOT NULL')]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.\"{column}\" = '{v}'")
        if c[0] >= min_n:
            rates[v] = c[-1] / c[0]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    print("   ", {k: round(v, 4) for k, v in rates.items()})
    assert abs(rates[order[0]] - rates[order[1]]) > margin, rates
    return dict(top_entity=order[0])


# ---------- per-session step rates, durations ----------

def sess_rate(a_tp, b_tp, start, end, cond="1=1"):
    v = one(f"""WITH a AS (SELECT DISTINCT session_id FROM events e WHERE touchpoint_id = '{a_tp}'
                           AND {_in('ts', start, end)} AND ({cond}))
                SELECT avg((b.session_id IS NOT NULL)::int) FROM a LEFT JOIN
                (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b USING (session_id)""")
    return v


def _pairs(a_tp, b_tp, start, end, by, cond):
    """per-order durations in minutes between the a and b events, order taken in the period by `by` (a, b or o)."""
    return f"""WITH a AS (SELECT session_id, ts ta FROM events WHERE touchpoint_id = '{a_tp}'),
                b AS (SELECT session_id, ts tb FROM events WHERE touchpoint_id = '{b_tp}'),
                o AS (SELECT session_id, ts t_o, city, order_mode, vehicle_type, device FROM events
                      WHERE touchpoint_id = '{'tp_order_placed'}')
                SELECT epoch(tb - ta) / 60.0 AS m FROM a JOIN b USING (session_id) JOIN o USING (session_id)
                WHERE tb > ta AND {_in('t' + ('_o' if by == 'o' else by), start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, by="b", cond="1=1", agg="avg", unit="min"):
    div = {"min": 1.0, "hour": 60.0, "day": 1440.0}[unit]
    v = one(f"SELECT {agg}(m) / {div} FROM ({_pairs(a_tp, b_tp, start, end, by, cond)})")
    return num(v, rel=0.02, floor=0.05)


def slower_share(a_tp, b_tp, minutes, start, end, by="o", cond="1=1"):
    return frac(one(f"SELECT avg((m > {minutes})::int) FROM ({_pairs(a_tp, b_tp, start, end, by, cond)})"))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return count(one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                     f"AND ({cond})"))


def ev_share(cond_share, tp, start, end, cond="1=1"):
    return frac(one(f"SELECT avg(({cond_share})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND "
                    f"{_in('e.ts', start, end)} AND ({cond})"))


def ev_avg(col, tp, start, end, cond="1=1"):
    return num(one(f"SELECT avg(e.{col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                   f"AND ({cond})"), rel=0.01, floor=0.05)


def monthly_events_max(tp, year):
    rows = q(f"""SELECT date_trunc('month', ts) m, count(*) n FROM events WHERE touchpoint_id = '{tp}'
                 AND year(ts) = {year} GROUP BY 1 ORDER BY n DESC""")
    print("   ", [(str(r[0])[:7], r[1]) for r in rows[:3]])
    assert rows[0][1] > rows[1][1] * 1.05, rows[:3]
    return count(rows[0][1])


# ---------- drivers ----------

def driver_rating_lowest(min_n):
    rows = q("""SELECT driver_id, count(*) n, avg(rating) r FROM feedback WHERE channel = 'order_rating'
                AND driver_id IS NOT NULL GROUP BY 1 ORDER BY r""")
    big = [r for r in rows if r[1] >= min_n]
    assert rows[0][0] != big[0][0], "the minimum group size should matter"
    assert big[1][2] - big[0][2] > 0.4, big[:3]
    return dict(top_entity=big[0][0])


def driver_late_worst(min_n):
    rows = q(f"""SELECT driver_id, count(*) n, avg(minutes_late) r FROM events WHERE touchpoint_id = 'tp_driver_arrived'
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    assert rows[0][2] > rows[1][2] * 2, rows[:3]
    return dict(top_entity=rows[0][0])


def driver_claim_rate(did):
    cl, dl = q(f"""SELECT count(*) FILTER (WHERE touchpoint_id = 'tp_damage_claim'),
                          count(*) FILTER (WHERE touchpoint_id = 'tp_delivered')
                   FROM events WHERE driver_id = '{did}'""")[0]
    return frac(cl / dl)


# ---------- orders / customers ----------

def orders_agg(agg, start, end, status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    return one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                   WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")


def order_share(cond_share, start, end, status=None, cond="1=1"):
    return frac(orders_agg(f"avg(({cond_share})::int)", start, end, status=status, cond=cond))


def top_orders(by, agg, start, end, status="paid", cond="1=1", margin=1.1, lowest=False):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {by}, {agg} n FROM orders o JOIN customers c USING (customer_id) WHERE {st}
                 AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    print("   ", rows[:4])
    a, b = rows[0][1], rows[1][1]
    assert (a > b * margin) if not lowest else (b > a * margin), rows[:3]
    return dict(top_entity=rows[0][0])


def per_customer(agg, start, end, cond="1=1"):
    return one(f"""SELECT avg(x) FROM (SELECT o.customer_id, {agg} x FROM orders o JOIN customers c USING (customer_id)
                   WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1)""")


def top_orders_per_customer(col, cond):
    rows_with = q(f"""SELECT c.{col}, count(o.order_id) * 1.0 / count(DISTINCT o.customer_id) FROM customers c
                      JOIN orders o USING (customer_id) WHERE {cond} GROUP BY 1 ORDER BY 2 DESC""")
    rows_all = q(f"""SELECT c.{col}, count(o.order_id) * 1.0 / count(DISTINCT c.customer_id) FROM customers c
                     LEFT JOIN orders o USING (customer_id) WHERE {cond} GROUP BY 1 ORDER BY 2 DESC""")
    print("   ", rows_with[:3], rows_all[:3])
    assert rows_with[0][0] == rows_all[0][0]
    assert rows_with[0][1] > rows_with[1][1] * 1.2 and rows_all[0][1] > rows_all[1][1] * 1.2
    return dict(top_entity=rows_with[0][0])


def customers_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def top_customers(col, margin=1.1):
    rows = q(f"SELECT {col}, count(*) n FROM customers GROUP BY 1 ORDER BY n DESC")
    print("   ", rows[:3])
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def _like(words, regex=()):
    parts = [f"lower(f.text) LIKE '%{w.lower()}%'" for w in words]
    parts += [f"regexp_matches(lower(f.text), '{r}')" for r in regex]
    return "(" + " OR ".join(parts) + ")"


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, tol=0.02):
    return dict(value=round(one(f"SELECT avg(rating) FROM feedback f WHERE rating IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num_, cond):
    return frac(one(f"SELECT avg(({num_})::int) FROM feedback f WHERE {cond}"))


def top_fb(col, cond="1=1", margin=1.3, agg="count(*)", lowest=False, having="1=1"):
    rows = q(f"""SELECT {col}, {agg} n FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                 GROUP BY 1 HAVING {having} ORDER BY n {'ASC' if lowest else 'DESC'}""")
    print("   ", rows[:4])
    a, b = rows[0][1], rows[1][1]
    assert (a > b * margin) if not lowest else (b > a * margin), rows[:3]
    return dict(top_entity=rows[0][0])


def monthly_rating_min(start, end):
    rows = q(f"""SELECT date_trunc('month', ts) m, avg(rating) r FROM feedback f WHERE channel = 'order_rating'
                 AND {_in('ts', start, end)} GROUP BY 1 ORDER BY r""")
    print("   ", [(str(r[0])[:7], round(r[1], 3)) for r in rows])
    return dict(value=round(rows[0][1], 3), tolerance=0.02)


ALL = ("2024-09-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
NEG = "f.sentiment_label = 'neg'"
RATING = "f.channel = 'order_rating'"
IMM = "order_mode = 'immediate'"
DAMAGE = _like(["压坏", "碎了", "撞凹", "磕坏", "损坏", "damaged", "broke", "crushed"])
WAITFEE = _like(["等候费", "waiting fee"])
RUDE = _like(["态度很差", "态度恶劣", "不耐烦", "骂人", "骂骂咧咧", "rude", "bad attitude"])
CRASH = _like(["闪退", "crash"])
LATE = _like(["迟到", "来得太晚"], regex=[r"\blate\b"])
NODRIVER = _like(["没人接", "没有司机接单", "没司机", "no driver"])
FULFIL = "f.touchpoint_id IN ('tp_driver_matched', 'tp_driver_arrived', 'tp_loaded', 'tp_delivered', 'tp_paid')"


def gold() -> dict:
    return {
        # ---- funnels / conversion
        "fr01": lambda: conv("booking", *Y25),
        "fr02": lambda: top_lost("booking", *quarter(2026, 1)),
        "fr03": lambda: drop("booking", 2, *quarter(2025, 3)),
        "fr04": lambda: drop("booking", 2, *quarter(2026, 1)),
        "fr05": lambda: conv("fulfilment", *H2_25),
        "fr06": lambda: top_conv("booking", *ALL, "city", lowest=True),
        "fr07": lambda: top_conv("booking", *ALL, "segment"),
        "fr08": lambda: frac(sess_rate("tp_quote", "tp_order_placed", *month(2026, 3), "e.device = 'android'")),
        "fr09": lambda: frac(sess_rate("tp_quote", "tp_order_placed", *month(2026, 3), "e.device = 'ios'")),
        "fr10": lambda: frac(sess_rate("tp_quote", "tp_order_placed", *month(2026, 2), "e.device = 'android'")
                             - sess_rate("tp_quote", "tp_order_placed", *month(2026, 3), "e.device = 'android'")),
        # ---- time between steps, thresholds, cancellations
        "fr11": lambda: step_time("tp_order_placed", "tp_driver_matched", *quarter(2026, 1), by="o",
                                  cond=f"city = '成都' AND {IMM}", agg="median"),
        "fr12": lambda: step_time("tp_order_placed", "tp_driver_matched", *quarter(2026, 1), by="o",
                                  cond=f"city = '广州' AND {IMM}", agg="median"),
        "fr13": lambda: slower_share("tp_order_placed", "tp_driver_matched", 15, *Y25, by="o", cond=IMM),
        "fr14": lambda: frac(sess_rate("tp_order_placed", "tp_cancel_before_match", *ALL,
                                       "e.city = '成都' AND e.车型 = '4.2米厢货'")),
        "fr15": lambda: step_time("tp_driver_arrived", "tp_loaded", *Y25, by="a"),
        "fr16": lambda: step_time("tp_loaded", "tp_delivered", *month(2025, 10), by="b"),
        "fr17": lambda: step_time("tp_paid", "tp_rated", *H1_26, by="b", unit="hour"),
        # ---- money
        "fr18": lambda: money(orders_agg("sum(o.amount)", *Y25)),
        "fr19": lambda: money(orders_agg("avg(o.amount)", *quarter(2025, 4), cond="o.vehicle_type = '4.2m Truck'")),
        "fr20": lambda: money(orders_agg("avg(o.amount)", *quarter(2025, 4), cond="o.车型 = '小面包车'")),
        "fr21": lambda: money(orders_agg("sum(o.waiting_fee)", *quarter(2025, 4))),
        "fr22": lambda: order_share("o.waiting_fee > 0", *month(2025, 10), status="paid"),
        "fr23": lambda: order_share("o.waiting_fee > 0", *month(2025, 8), status="paid"),
        "fr24": lambda: money(orders_agg("sum(o.stairs_fee)", *Y25)),
        "fr25": lambda: top_orders("o.vehicle_type", "sum(o.amount)", *Y25),
        "fr26": lambda: top_orders("o.车型", "avg((o.status = 'cancelled')::int)", *ALL, status=None, margin=1.3),
        "fr27": lambda: num(per_customer("count(*)", *Y25, "c.segment = 'merchant'"), rel=0.01, floor=0.02),
        "fr28": lambda: money(per_customer("sum(o.amount)", *H1_26, "c.segment = 'household'")),
        "fr29": lambda: count(orders_agg("count(*)", *Y25, status="refunded")),
        "fr30": lambda: count(orders_agg("count(*)", "2025-11-01", "2025-11-11",
                                         cond="c.merchant_category = '电商仓配'")),
        "fr31": lambda: money(orders_agg("sum(o.amount)", *Y25, cond="o.payment_method = 'monthly_account'")),
        # ---- drivers, industries, channels
        "fr32": lambda: driver_rating_lowest(20),
        "fr33": lambda: driver_claim_rate("GZ-D023"),
        "fr34": lambda: driver_late_worst(30),
        "fr35": lambda: top_orders_per_customer("industry", "c.segment = 'merchant'"),
        "fr36": lambda: top_customers("acquisition_channel"),
        # ---- trends and periods
        "fr37": lambda: monthly_events_max("tp_delivered", 2025),
        "fr38": lambda: count(orders_agg("count(*)", "2026-02-16", "2026-02-22", status=None)),
        "fr39": lambda: monthly_rating_min(*H2_25),
        "fr40": lambda: events_at("tp_delivered", *month(2026, 4)),
        "fr41": lambda: events_at("tp_delivered", *month(2026, 3)),
        "fr42": lambda: customers_count(_in("c.signup_at", *H2_25)),
        "fr43": lambda: events_at("tp_quote", "2025-03-03", "2025-03-09"),
        "fr44": lambda: events_at("tp_cancel_before_match", *month(2025, 10)),
        "fr45": lambda: ev_avg("distance_km", "tp_delivered", *quarter(2026, 1), "e.车型 = '4.2米厢货'"),
        "fr46": lambda: frac(orders_agg("count(*)", *quarter(2026, 2)) / orders_agg("count(*)", *quarter(2025, 2)) - 1),
        "fr47": lambda: ev_share("e.取消原因 = '长时间无司机接单'", "tp_cancel_before_match", *Y25),
        "fr48": lambda: order_share("o.status = 'cancelled'", *Y25, cond="o.order_mode = 'scheduled'"),
        # ---- feedback
        "fr50": lambda: fb_topic_count(DAMAGE),
        "fr51": lambda: fb_topic_count(WAITFEE),
        "fr52": lambda: fb_topic_count(f"{CRASH} AND f.channel = 'app_review' AND {_in('f.ts', *month(2026, 3))}"),
        "fr53": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 4))),
        "fr54": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 1))),
        "fr55": lambda: top_fb("f.touchpoint_id", FULFIL, agg="avg(rating)", lowest=True, margin=1.1,
                               having="count(rating) >= 30"),
        "fr56": lambda: fb_avg(f"f.touchpoint_id = 'tp_paid' AND {_in('f.ts', *Y25)}"),
        "fr57": lambda: fb_topic_count(RUDE),
        "fr58": lambda: top_fb("f.city", NODRIVER, margin=1.5),
        "fr59": lambda: fb_ids(f"{LATE} AND {NEG}"),
        "fr60": lambda: fb_avg(f"{RATING} AND {_in('f.ts', *Y25)}"),
        "fr61": lambda: fb_avg(f"{RATING} AND f.city = '成都'"),
        "fr62": lambda: fb_avg(f"{RATING} AND f.city = '深圳'"),
        "fr63": lambda: count(one("SELECT count(*) FROM feedback WHERE ts IS NULL")),
        # ---- customers
        "fr70": lambda: customers_count("c.segment = 'household'"),
        "fr71": lambda: customers_count("c.merchant_category = '建材五金'"),
        "fr72": lambda: frac(one("SELECT avg((tier = 'plus')::int) FROM customers")),
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
            assert ids.index(it["follow_up_of"]) < ids.index(it["id"]), it["id"]
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
