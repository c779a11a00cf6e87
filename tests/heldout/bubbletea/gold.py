"""Gold answers for the bubble-tea chain (茶屿 TeaIsle) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window (window_days, 1 day for ordering / pickup / delivery / push, 90 for
  membership) from their first step-1 event in the period. Each rate is computed twice, with later steps allowed
  after the period end and with every step required inside the period; the tolerance covers both (`conv`). Where the
  question says later steps may fall after the period, only the open version is used (`conv_open`). A segment of a
  funnel (Android app, an entry source, a push campaign) keeps only the events carrying that value (the customer's
  device and app / mini-program choice are fixed; entry source and push campaign are session attributes carried by
  every event of the session); a city / student / tier filter is the customers row. Drop-off of a step =
  1 - reached next / reached this step;
- "customers" are distinct customer_id; "customers who did X" = distinct customers with an event at X's touchpoint
  in the period; a customer's city / student flag / tier / favourite store = the customers row (state at the end of
  the data); new customers = customers.signup_at in the period; new members = tp_member_signup events;
- orders: money (revenue, GMV, 实收, average order value, spend) = orders with status `paid` (refunded and cancelled
  orders are not revenue); "how many orders" = paid orders unless the question says otherwise; cups = sum(cups) of
  paid orders; refund / out-of-stock counts use status + refund_reason; orders are dated by `ts` (payment time);
  a store / district / city / order mode / drink of an order = its orders row (store_district zh, store_district_en,
  order_mode pickup/delivery, order_mode_zh 自提/外卖); coupon use = coupon_used;
- time between two steps of one order = minutes from the order's tp_paid (or other first-step) event to its first
  later event at the second step in the same session; the cohort is the order's payment time; medians / averages
  over orders having both events;
- per-customer averages = total / distinct customers with at least one paid order in the period;
- feedback "negative" / "positive" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a
  DATA.md table); complaint-topic counts use text markers (排队/queue, 太甜/too sweet, 洒/spill, 闪退/crash,
  缺货/out of stock, 新品/seasonal) with a 5 % tolerance, checked against the truth topic; "all feedback" includes
  social posts without a date, a period filter keeps dated rows only; a comment's store / city = its feedback row;
  average rating by step = every rated row by touchpoint_id; NPS = (share 9-10 - share 0-6) x 100 over rows with an
  nps value;
- periods are inclusive calendar dates; weeks run Monday..Sunday; relative periods resolve against `as_of` (else
  2026-06-30, the last day of the data).
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
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    types={{'signup_at': 'TIMESTAMP', 'member_since': 'TIMESTAMP', 'is_student': 'BOOLEAN'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    all_varchar=true)""")
    CON.execute("ALTER TABLE events ALTER ts TYPE TIMESTAMP")
    CON.execute("ALTER TABLE events ALTER cups TYPE INTEGER")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'discount': 'DOUBLE', 'delivery_fee': 'DOUBLE',
                            'coupon_used': 'BOOLEAN', 'is_seasonal': 'BOOLEAN', 'cups': 'INTEGER',
                            'delivery_partner': 'VARCHAR', 'delivery_partner_zh': 'VARCHAR',
                            'coupon_type': 'VARCHAR', 'refund_reason': 'VARCHAR', 'refund_reason_zh': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE', 'nps': 'DOUBLE',
                            'order_id': 'VARCHAR', 'device': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                  WHERE e.touchpoint_id <> 'tp_push' AND e.entry_source <> 'qr_scan'
                  AND (e.device <> c.primary_device OR e.channel <> c.preferred_channel)""") == 0


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


def funnel(journey, start, end, cust=None, evc=None, bounded=False) -> list[int]:
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
    if evc:
        ev += f" AND ({evc})"
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


def conv_open(journey, start, end, a=1, b=None, **kw):
    c = funnel(journey, start, end, **kw)
    return dict(value=round(c[(b or len(c)) - 1] / c[a - 1], 4), tolerance=0.01)


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


def top_conv(journey, start, end, column, lowest=False, min_n=50, gap=0.04, a=1, b=None, event_col=False):
    src = "events e" if event_col else "customers c"
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM {src} WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            cond = f"{column} = '{v}'"
            c = funnel(journey, start, end, bounded=bounded, **({"evc": cond} if event_col else {"cust": cond}))
            if c[a - 1] >= min_n:
                rates[v] = c[(b or len(c)) - 1] / c[a - 1]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- time between steps of one order (same session) ----------

def _gaps(a_tp, b_tp, start, end, cond="1=1"):
    return f"""WITH a AS (SELECT session_id, min(ts) t FROM events WHERE touchpoint_id = '{a_tp}' GROUP BY 1),
               b AS (SELECT e.session_id, min(e.ts) t FROM events e JOIN a USING (session_id)
                     WHERE e.touchpoint_id = '{b_tp}' AND e.ts > a.t GROUP BY 1)
               SELECT o.*, epoch(b.t - a.t) / 60 AS mins FROM a JOIN b USING (session_id)
               JOIN (SELECT DISTINCT session_id, order_id FROM events WHERE touchpoint_id = 'tp_paid') p
                    USING (session_id)
               JOIN orders o USING (order_id) WHERE {_in('o.ts', start, end)} AND ({cond})"""


def gap(a_tp, b_tp, start, end, agg="median", cond="1=1"):
    v = one(f"SELECT {agg}(mins) FROM ({_gaps(a_tp, b_tp, start, end, cond)})")
    return dict(value=round(v, 2), tolerance=round(max(0.3, v * 0.03), 2))


def gap_share(a_tp, b_tp, start, end, limit, cond="1=1"):
    v = one(f"SELECT avg((mins > {limit})::int) FROM ({_gaps(a_tp, b_tp, start, end, cond)})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_gap(a_tp, b_tp, start, end, col, min_n=20, gap_min=2.0, agg="avg"):
    rows = q(f"""SELECT {col}, {agg}(mins) d, count(*) n FROM ({_gaps(a_tp, b_tp, start, end)}) GROUP BY 1
                 HAVING count(*) >= {min_n} ORDER BY d DESC""")
    assert rows[0][1] > rows[1][1] + gap_min, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events / customers ----------

def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} "
                          f"AND ({cond})", tp), tolerance=0.5)


def top_month_events(tp, start, end):
    rows = q(f"""SELECT date_trunc('month', ts) m, count(*) n FROM events WHERE touchpoint_id = ?
                 AND {_in('ts', start, end)} GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * 1.15, rows[:3]
    return dict(value=rows[0][1], tolerance=0.5)


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def new_customers(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {_in('c.signup_at', start, end)} AND ({cond})"),
                tolerance=0.5)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count") or agg.startswith("sum(o.cups"):
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05 if abs(v) < 100 else 1.0, abs(v) * 0.001), 2))


def share_orders(start, end, num, cond="1=1", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT avg(({num})::int) FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def per_customer(start, end, agg="sum(o.amount)", cond="1=1"):
    v = one(f"""SELECT {agg} / count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.01, v * 0.005), 3))


def top_orders(col, start, end, agg="count(*)", status="paid", cond="1=1", gap=1.1, lowest=False):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o JOIN customers c USING (customer_id)
                 WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    if lowest:
        assert rows[1][1] > rows[0][1] * gap, rows[:4]
    else:
        assert rows[0][1] > rows[1][1] * gap, rows[:4]
    return dict(top_entity=rows[0][0])


def top_share_orders(col, start, end, num, gap=0.04, min_n=50):
    rows = q(f"""SELECT {col}, avg(({num})::int) r FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows[:3]
    return dict(top_entity=rows[0][0])


def month_orders(start, end, agg="count(*)", lowest=False):
    rows = q(f"""SELECT date_trunc('month', o.ts) m, {agg} n FROM orders o WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[0][1] - rows[1][1]) > 0.05 * rows[0][1], rows[:3]
    return dict(value=rows[0][1], tolerance=0.5)


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f JOIN truth t USING (feedback_id)
                                                    WHERE {cond} ORDER BY 1""")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"),
                tolerance=0.5)


def topic_count(marker, topics, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE ({marker}) AND {extra}")
    tl = ", ".join(f"'{t}'" for t in topics)
    truth = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE t.topic IN ({tl}) AND {extra}")
    assert abs(n - truth) <= max(1, 0.05 * truth), (n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f JOIN truth t USING (feedback_id) WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    v = one(f"SELECT avg(({num})::int) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}")
    return dict(value=round(v, 4), tolerance=tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def top_rating(col, cond="1=1", gap=0.15, highest=False, min_n=1):
    rows = q(f"""SELECT {col}, avg(f.rating) r, count(*) n FROM feedback f
                 WHERE f.rating IS NOT NULL AND {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r {'DESC' if highest else 'ASC'}""")
    assert abs(rows[1][1] - rows[0][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_neg_rise(base, now):
    rows = q(f"""SELECT touchpoint_id, count(*) FILTER (WHERE {_in('ts', *now)})
                                     - count(*) FILTER (WHERE {_in('ts', *base)}) d
                 FROM feedback f JOIN truth t USING (feedback_id) WHERE t.sentiment = 'neg' GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > max(rows[1][1], 0) + 5, rows[:3]
    return dict(top_entity=rows[0][0])


def top_topic(col, marker, cond="1=1", gap=1.5, join=""):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f {join} WHERE ({marker}) AND {col} IS NOT NULL AND {cond}
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-01-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
NEG = "t.sentiment = 'neg'"
QUEUE = "(f.text LIKE '%排队%' OR lower(f.text) LIKE '%queue%')"
SWEET = "(f.text LIKE '%太甜%' OR lower(f.text) LIKE '%too sweet%')"
SPILL = "(f.text LIKE '%洒%' OR lower(f.text) LIKE '%spill%')"
CRASH = "(f.text LIKE '%闪退%' OR lower(f.text) LIKE '%crash%')"
OOS = "(f.text LIKE '%缺货%' OR lower(f.text) LIKE '%out of stock%')"
SEASONAL = "(f.text LIKE '%新品%' OR lower(f.text) LIKE '%seasonal%')"
ANDROID_APP = "e.device = 'android' AND e.channel = 'app'"


Q1_26, Q2_26, Q3_25, Q4_25 = quarter(2026, 1), quarter(2026, 2), quarter(2025, 3), quarter(2025, 4)
PICKUP, DELIVERY = "o.order_mode = 'pickup'", "o.order_mode = 'delivery'"
PAID_PICKED = ("tp_paid", "tp_picked_up")


def gold() -> dict:
    return {
        # ---- funnels
        "bt01": lambda: conv("order", *Y25),
        "bt02": lambda: top_lost("order", *ALL),
        "bt03": lambda: conv("order", *month(2026, 3), a=5, b=6, evc=ANDROID_APP),
        "bt04": lambda: conv("order", *month(2026, 3), a=5, b=6, evc="e.device = 'ios' AND e.channel = 'app'"),
        "bt05": lambda: conv("order", *month(2026, 2), a=5, b=6, evc=ANDROID_APP),
        "bt06": lambda: events_at("tp_checkout", *month(2026, 3), f"e.error_code = 'APP_CRASH' AND {ANDROID_APP}"),
        "bt07": lambda: conv("order", *Q4_25, a=4, b=5, drop=True),
        "bt08": lambda: top_conv("order", *Y25, "e.entry_source", min_n=100, event_col=True),
        "bt09": lambda: conv("order", *Y25, evc="e.entry_source = 'push'"),
        "bt10": lambda: conv("push", *month(2025, 11)),
        "bt11": lambda: top_conv("push", *ALL, "e.push_campaign", min_n=200, b=2, event_col=True),
        "bt12": lambda: conv_open("membership", *H2_25),
        # ---- time between steps of an order
        "bt13": lambda: gap(*PAID_PICKED, *Q2_26, cond="o.store_id = 'SZ03'"),
        "bt14": lambda: gap(*PAID_PICKED, *Q2_26, cond="o.city = 'Shenzhen' AND o.store_id <> 'SZ03'"),
        "bt15": lambda: gap_share(*PAID_PICKED, *Q2_26, 20, cond=PICKUP),
        "bt16": lambda: gap_share(*PAID_PICKED, *Q1_26, 20, cond=PICKUP),
        "bt17": lambda: top_gap("tp_paid", "tp_drink_ready", *Q2_26, "store_id", min_n=20, gap_min=5),
        "bt18": lambda: gap("tp_paid", "tp_delivered", *Y25, cond=DELIVERY),
        # ---- orders and money
        "bt19": lambda: orders(*Y25),
        "bt20": lambda: orders(*month(2025, 10), agg="sum(o.cups)"),
        "bt21": lambda: top_orders("o.drink_name", *Q3_25, agg="sum(o.cups)", gap=1.3),
        "bt22": lambda: orders(*H1_26, agg="avg(o.amount)", cond=DELIVERY),
        "bt23": lambda: orders(*H1_26, agg="avg(o.amount)", cond=PICKUP),
        "bt24": lambda: orders(*month(2025, 6), agg="count(*)", status="refunded",
                               cond="o.refund_reason = 'out_of_stock'"),
        "bt25": lambda: share_orders(*month(2025, 6), "coalesce(o.refund_reason, '') = 'out_of_stock'", status=None),
        "bt26": lambda: share_orders(*month(2025, 7), "coalesce(o.refund_reason, '') = 'out_of_stock'", status=None),
        "bt27": lambda: share_orders(*Y25, "o.coupon_used", cond="c.is_student"),
        "bt28": lambda: share_orders(*Y25, "o.coupon_used", cond="NOT c.is_student"),
        "bt29": lambda: per_customer(*Y25, agg="count(*)"),
        "bt30": lambda: per_customer(*H1_26, cond="c.tier = 'gold'"),
        "bt31": lambda: top_share_orders("o.city_zh", *Y25, "o.order_mode_zh = '外卖'", gap=0.05),
        "bt32": lambda: top_orders("o.store_id", *Y25, agg="sum(o.amount)", gap=1.15),
        "bt33": lambda: orders(*Q2_26, agg="count(*)", cond=f"o.store_district_en = 'Nanshan' AND {PICKUP}"),
        "bt34": lambda: orders(*Q1_26),
        "bt35": lambda: orders(*Q4_25),
        # ---- customers
        "bt36": lambda: customers_count("c.tier_zh = '黑金卡'"),
        "bt37": lambda: customers_share("c.is_student"),
        "bt38": lambda: customers_share("c.is_student", "c.city_zh = '杭州'"),
        "bt39": lambda: top_month_events("tp_member_signup", *Y25),
        # ---- trends and periods
        "bt40": lambda: orders("2025-03-03", "2025-03-09", agg="count(*)"),
        "bt41": lambda: month_orders(*Y25, agg="sum(o.cups)"),
        "bt42": lambda: orders(*month(2026, 5), agg="sum(o.cups)"),
        "bt43": lambda: new_customers("2026-06-01", "2026-06-07"),
        "bt44": lambda: orders(*H2_25, agg="count(*)", cond="o.order_mode_zh = '外卖'"),
        "bt45": lambda: share_orders(*Y25, "o.sugar_level_en IN ('30pct', 'no_added')"),
        # ---- feedback
        "bt46": lambda: topic_count(QUEUE, ["long_queue"], _in("f.ts", *Q2_26)),
        "bt47": lambda: top_topic("f.store_id", QUEUE),
        "bt48": lambda: top_topic("f.city_zh", SWEET, gap=2.0),
        "bt49": lambda: topic_count(SWEET, ["too_sweet"], _in("f.ts", *H1_26)),
        "bt50": lambda: topic_count(SPILL, ["spilled"]),
        "bt51": lambda: top_topic("o.delivery_partner", SPILL, join="JOIN orders o USING (order_id)"),
        "bt52": lambda: topic_count(CRASH, ["app_crash"], _in("f.ts", *month(2026, 3))),
        "bt53": lambda: top_neg_rise(month(2026, 2), month(2026, 3)),
        "bt54": lambda: fb_ratio(NEG, _in("f.ts", *Q1_26)),
        "bt55": lambda: top_rating("f.touchpoint_id", _in("f.ts", *Y25), gap=0.3, min_n=30),
        "bt56": lambda: fb_avg("f.rating", f"f.touchpoint_id = 'tp_delivered' AND {_in('f.ts', *Y25)}"),
        "bt57": lambda: top_rating("f.store_id", gap=0.3, highest=True, min_n=30),
        "bt58": lambda: nps(f"f.channel = 'survey' AND {_in('f.ts', *Q4_25)}"),
        "bt59": lambda: fb_count("f.ts IS NULL"),
        "bt60": lambda: feedback_ids("f.text LIKE '%杨梅%' OR lower(f.text) LIKE '%bayberry%'"),
        "bt61": lambda: feedback_ids("t.topic = 'app_crash'"),
        "bt62": lambda: feedback_ids("t.topic = 'long_queue' AND f.store_id = 'SZ03'"),
        "bt63": lambda: feedback_ids("t.topic = 'too_sweet' AND f.city = 'Chengdu'"),
        "bt64": lambda: feedback_ids("t.topic = 'oos_refund'"),
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
        print(it["id"], it["question"][:70], shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
