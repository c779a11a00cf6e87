"""Gold answers for the 甜心 SweetMoment custom-cake held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window (window_days: 3 for the online pre-order, 60 for order production, 2 for
  home delivery, 14 for the birthday-reminder repeat order, 7 for complaint to refund) from their first step-1
  event in the period. Each rate is computed twice, with later steps allowed after the period end and with every
  step required inside the period; the tolerance covers both (`conv`). A segment of a funnel by device / channel /
  entry source keeps only the events carrying that value (phone orders have no browse or customise events, so they
  are not in the pre-order funnel); a city / tier / occasion filter is the customers row. Drop-off of a step =
  1 - reached next step / reached this step;
- "customers" are distinct customer_id; a customer's city / tier / occasion / acquisition channel = the customers
  row (state at the end of the data); new customers = customers.signup_at in the period;
- orders: money (revenue, 营业额, sales, average order value, spend) = orders with status `paid` (refunded, cancelled
  and pending orders are not revenue); "how many orders / cakes sold" = paid orders unless the question says
  otherwise; an order is dated by `ts` (when the deposit was paid); an order's store / city / occasion / flavour /
  fulfilment / courier = its orders row; damage or wrong-message refunds = orders with that refund_reason (every
  such refund is a full refund: refund_amount = amount, status refunded); a damage rate = damaged refunds / handed
  over deliveries (status paid or refunded); cancellations = status cancelled;
- time between two steps of one order = from the order's event at the first step to its event at the second step
  (events carry order_id); the cohort is the time of the first-step event (deposit time = the order's `ts` for
  deposit -> design confirmation; dispatch time for delivery times); medians / averages over orders having both
  events;
- per-customer averages = total / distinct customers with at least one paid order in the period;
- feedback "negative" / "positive" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a
  DATA.md table); complaint-topic counts use text markers (压坏/塌/damaged/crushed/squashed, 写错/wrong, 送晚/迟到/late,
  设计稿/confirm, 闪退/crash, 贵/涨价/price/expensive) with a 5 % tolerance, checked against the truth topic;
  "all feedback" includes undated notes and reviews, a period filter keeps dated rows only; a comment's store /
  city = its feedback row; average rating by step = every rated row by touchpoint_id; NPS = (share 9-10 - share
  0-6) x 100 over rows with an nps value;
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
                    types={{'signup_at': 'TIMESTAMP', 'is_corporate': 'BOOLEAN'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    all_varchar=true)""")
    CON.execute("ALTER TABLE events ALTER ts TYPE TIMESTAMP")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    all_varchar=true)""")
    for col in ("ts", "scheduled_at"):
        CON.execute(f"ALTER TABLE orders ALTER {col} TYPE TIMESTAMP")
    for col in ("amount", "addon_amount", "cake_price", "deposit", "balance", "delivery_fee", "discount",
                "refund_amount"):
        CON.execute(f"ALTER TABLE orders ALTER {col} TYPE DOUBLE")
    for col in ("has_message", "coupon_used"):
        CON.execute(f"ALTER TABLE orders ALTER {col} TYPE BOOLEAN")
    CON.execute("ALTER TABLE orders ALTER quantity TYPE INTEGER")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    all_varchar=true)""")
    CON.execute("ALTER TABLE feedback ALTER ts TYPE TIMESTAMP")
    CON.execute("ALTER TABLE feedback ALTER rating TYPE DOUBLE")
    CON.execute("ALTER TABLE feedback ALTER nps TYPE DOUBLE")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) - count(DISTINCT feedback_id) FROM feedback") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)") == 0
    assert one("""SELECT count(*) FROM orders WHERE abs(amount - (cake_price + addon_amount + delivery_fee - discount))
                  > 0.001 OR abs(amount - deposit - balance) > 0.001""") == 0


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


def conv_open(journey, start, end, a=1, b=None, drop=False, **kw):
    c = funnel(journey, start, end, **kw)
    r = c[(b or len(c)) - 1] / c[a - 1]
    return dict(value=round(1 - r if drop else r, 4), tolerance=0.01)


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


def top_conv(journey, start, end, column, lowest=False, min_n=50, gap=0.03, a=1, b=None, event_col=False):
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


# ---------- time between two steps of one order ----------

def _gaps(a_tp, b_tp, start, end, cond="1=1", unit=3600):
    return f"""WITH a AS (SELECT order_id, min(ts) t FROM events WHERE touchpoint_id = '{a_tp}' AND order_id IS NOT NULL
                          GROUP BY 1),
               b AS (SELECT order_id, min(ts) t FROM events WHERE touchpoint_id = '{b_tp}' AND order_id IS NOT NULL
                          GROUP BY 1)
               SELECT o.*, epoch(b.t - a.t) / {unit} AS d FROM a JOIN b USING (order_id)
               JOIN orders o USING (order_id) JOIN customers c USING (customer_id)
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def gap(a_tp, b_tp, start, end, agg="median", cond="1=1", unit=3600):
    v = one(f"SELECT {agg}(d) FROM ({_gaps(a_tp, b_tp, start, end, cond, unit)})")
    return dict(value=round(v, 2), tolerance=round(max(0.1 if unit == 3600 else 0.5, v * 0.03), 2))


def gap_share(a_tp, b_tp, start, end, limit, cond="1=1", unit=3600):
    v = one(f"SELECT avg((d > {limit})::int) FROM ({_gaps(a_tp, b_tp, start, end, cond, unit)})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_gap(a_tp, b_tp, start, end, col, min_n=20, gap_min=1.0, agg="median", unit=3600):
    rows = q(f"""SELECT {col}, {agg}(d) d, count(*) n FROM ({_gaps(a_tp, b_tp, start, end, unit=unit)}) GROUP BY 1
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


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def new_customers(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {_in('c.signup_at', start, end)} AND ({cond})"),
                tolerance=0.5)


# ---------- orders ----------

def _st(status):
    if status is None:
        return "1=1"
    if isinstance(status, (list, tuple)):
        return "o.status IN (" + ", ".join(f"'{s}'" for s in status) + ")"
    return f"o.status = '{status}'"


def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {_st(status)} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.5, abs(v) * 0.002), 2))


def share_orders(start, end, num, cond="1=1", status="paid"):
    v = one(f"""SELECT avg(({num})::int) FROM orders o JOIN customers c USING (customer_id)
                WHERE {_st(status)} AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def change(start_a, end_a, start_b, end_b, agg="count(*)", cond="1=1"):
    """relative change from period a to period b of a paid-order aggregate"""
    a = one(f"SELECT {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start_a, end_a)} AND ({cond})")
    b = one(f"SELECT {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start_b, end_b)} AND ({cond})")
    return dict(value=round(b / a - 1, 4), tolerance=0.01)


def per_customer(start, end, agg="sum(o.amount)", cond="1=1"):
    v = one(f"""SELECT {agg} / count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.01, v * 0.005), 3))


def top_per_customer(col, start, end, agg="count(*)", gap=1.2, min_n=20):
    rows = q(f"""SELECT {col}, {agg} / count(DISTINCT o.customer_id) r, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 HAVING n >= {min_n}
                 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_orders(col, start, end, agg="count(*)", status="paid", cond="1=1", gap=1.1, lowest=False):
    rows = q(f"""SELECT {col}, {agg} n FROM orders o JOIN customers c USING (customer_id)
                 WHERE {_st(status)} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    if lowest:
        assert rows[1][1] > rows[0][1] * gap, rows[:4]
    else:
        assert rows[0][1] > rows[1][1] * gap, rows[:4]
    return dict(top_entity=rows[0][0])


def top_share_orders(col, start, end, num, gap=0.03, min_n=50, status="paid", cond="1=1"):
    rows = q(f"""SELECT {col}, avg(({num})::int) r, count(*) n FROM orders o WHERE {_st(status)}
                 AND {_in('o.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_period(start, end, unit="month", agg="count(*)", cond="1=1", gap=1.05):
    rows = q(f"""SELECT date_trunc('{unit}', o.ts) m, {agg} n FROM orders o WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    v = rows[0][1]
    if isinstance(v, float):
        return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.002), 2))
    return dict(value=v, tolerance=0.5)


# ---------- feedback ----------

FB = "feedback f JOIN truth t USING (feedback_id)"


def feedback_ids(cond, join=""):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM {FB} {join} WHERE {cond} ORDER BY 1")])


def fb_count(cond, join=""):
    return dict(value=one(f"SELECT count(*) FROM {FB} {join} WHERE {cond}"), tolerance=0.5)


def topic_count(marker, topics, extra="1=1"):
    n = one(f"SELECT count(*) FROM {FB} WHERE ({marker}) AND {extra}")
    tl = ", ".join(f"'{t}'" for t in topics)
    truth = one(f"SELECT count(*) FROM {FB} WHERE t.topic IN ({tl}) AND {extra}")
    assert abs(n - truth) <= max(1, 0.05 * truth), (n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.03, join=""):
    v = one(f"SELECT avg({col}) FROM {FB} {join} WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    v = one(f"SELECT avg(({num})::int) FROM {FB} WHERE {cond}")
    return dict(value=round(v, 4), tolerance=tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def top_rating(col, cond="1=1", gap=0.15, highest=False, min_n=1, join=""):
    rows = q(f"""SELECT {col}, avg(f.rating) r, count(*) n FROM feedback f {join}
                 WHERE f.rating IS NOT NULL AND {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r {'DESC' if highest else 'ASC'}""")
    assert abs(rows[1][1] - rows[0][1]) > gap, rows[:3]
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
Q1_26, Q2_26, Q3_25, Q4_25, Q2_25 = quarter(2026, 1), quarter(2026, 2), quarter(2025, 3), quarter(2025, 4), \
    quarter(2025, 2)
NEG = "t.sentiment = 'neg'"
DAMAGED = ("(f.text LIKE '%压坏%' OR f.text LIKE '%塌%' OR lower(f.text) LIKE '%damaged%' "
           "OR lower(f.text) LIKE '%crushed%' OR lower(f.text) LIKE '%squashed%')")
WRONG = "(f.text LIKE '%写错%' OR lower(f.text) LIKE '%wrong%')"
LATE = "(f.text LIKE '%送晚%' OR f.text LIKE '%迟到%' OR regexp_matches(lower(f.text), '\\blate\\b'))"
DESIGN = "(f.text LIKE '%设计稿%' OR lower(f.text) LIKE '%confirm%')"
CRASH = "(f.text LIKE '%闪退%' OR lower(f.text) LIKE '%crash%')"
PRICE = ("(f.text LIKE '%贵%' OR f.text LIKE '%涨价%' OR lower(f.text) LIKE '%price%' "
         "OR lower(f.text) LIKE '%expensive%')")
IOS_APP = "e.device = 'ios' AND e.channel = 'app'"
ANDROID_APP = "e.device = 'android' AND e.channel = 'app'"
DELIVERED = "o.fulfilment = 'delivery' AND o.status IN ('paid', 'refunded')"


def gold() -> dict:
    wk_md = ("2026-05-04", "2026-05-10")
    damaged = "o.refund_reason = 'damaged_in_delivery'"
    sh_del = f"o.city = 'Shanghai' AND {DELIVERED}"
    return {
        # ---- funnels
        "ck01": lambda: conv("preorder", *Y25),
        "ck02": lambda: top_lost("preorder", *H2_25),
        "ck03": lambda: conv("preorder", "2026-05-06", "2026-05-26", a=2, b=3, evc=IOS_APP),
        "ck04": lambda: conv("preorder", "2026-05-06", "2026-05-26", a=2, b=3, evc=ANDROID_APP),
        "ck05": lambda: conv("preorder", *Q1_26, a=2, b=3, evc=IOS_APP),
        "ck06": lambda: events_at("tp_customize", *month(2026, 5), f"e.error_code = 'APP_CRASH' AND {IOS_APP}"),
        "ck07": lambda: conv_open("production", *month(2025, 12), a=2, b=3, drop=True),
        "ck08": lambda: conv_open("production", *month(2025, 11), a=2, b=3, drop=True),
        "ck09": lambda: conv("repeat", *H1_26),
        "ck10": lambda: top_conv("repeat", *H1_26, "c.tier", lowest=True, min_n=40, b=2),
        # ---- time between steps of one order
        "ck11": lambda: gap("tp_deposit", "tp_design_confirm", *month(2025, 12)),
        "ck12": lambda: gap("tp_deposit", "tp_design_confirm", *month(2025, 10)),
        "ck13": lambda: gap_share("tp_deposit", "tp_design_confirm", *month(2025, 12), 24),
        "ck14": lambda: gap("tp_dispatch", "tp_delivered", *wk_md, agg="avg", unit=60),
        "ck15": lambda: gap("tp_dispatch", "tp_delivered", *month(2026, 4), agg="avg", unit=60),
        "ck16": lambda: gap_share("tp_dispatch", "tp_delivered", *Q2_26, 90, unit=60),
        # ---- orders and money
        "ck17": lambda: orders(*Y25),
        "ck18": lambda: orders(*Y25, agg="avg(o.amount)", cond="o.occasion = 'wedding'"),
        "ck19": lambda: orders(*Y25, agg="avg(o.amount)", cond="o.occasion = 'corporate'"),
        "ck20": lambda: top_orders("o.store_id", *Y25, agg="sum(o.amount)"),
        "ck21": lambda: orders(*month(2025, 10), agg="count(*)"),
        "ck22": lambda: orders(*Q4_25, agg="sum(o.refund_amount)", status="refunded", cond=damaged),
        "ck23": lambda: share_orders(*H2_25, f"coalesce({damaged}, false)", status=None,
                                     cond=f"{sh_del} AND o.courier = 'shansong'"),
        "ck24": lambda: share_orders(*H2_25, f"coalesce({damaged}, false)", status=None,
                                     cond=f"{sh_del} AND o.courier = 'in_house'"),
        "ck25": lambda: top_share_orders("o.courier_zh", *ALL, f"coalesce({damaged}, false)", gap=0.05, min_n=100,
                                         status=("paid", "refunded"), cond="o.fulfilment = 'delivery'"),
        "ck26": lambda: per_customer(*Y25, agg="count(*)"),
        "ck27": lambda: per_customer(*H1_26, cond="c.tier_zh = '金卡会员'"),
        "ck28": lambda: top_per_customer("c.occasion", *Y25, min_n=20),
        "ck29": lambda: share_orders(*Y25, "o.addon_amount > 0"),
        "ck30": lambda: share_orders(*month(2026, 3), "o.fulfilment = 'delivery'"),
        "ck31": lambda: share_orders(*month(2026, 2), "o.fulfilment = 'delivery'"),
        "ck32": lambda: orders(*month(2026, 3), agg="sum(o.delivery_fee)"),
        "ck33": lambda: top_orders("o.flavor_en", *Q4_25, gap=1.2),
        "ck34": lambda: share_orders(*Y25, "o.channel = 'phone'", cond="o.occasion_zh = '企业活动'"),
        "ck35": lambda: share_orders(*month(2025, 12), "o.status = 'cancelled'", status=None),
        # ---- customers
        "ck36": lambda: customers_count("c.tier = 'diamond'"),
        "ck37": lambda: customers_count("c.city_zh = '苏州' AND c.acquisition_channel_zh = '小红书'"),
        "ck38": lambda: new_customers("2025-03-03", "2025-03-09"),
        "ck39": lambda: new_customers(*Q2_26),
        "ck40": lambda: customers_share("c.preferred_channel = 'phone'", "c.city = 'Shanghai'"),
        # ---- trends and periods
        "ck41": lambda: top_period(*Y25),
        "ck42": lambda: top_period(*H1_26, agg="sum(o.amount)"),
        "ck43": lambda: change(*month(2026, 4), *month(2026, 5)),
        "ck44": lambda: top_period(*month(2026, 5), unit="week", cond=_in("o.ts", *month(2026, 5))),
        "ck45": lambda: orders(*Q3_25),
        "ck46": lambda: orders(*Q2_25),
        "ck47": lambda: orders(*month(2026, 3)),
        "ck48": lambda: orders(*Q4_25, agg="count(*)", cond="o.fulfilment = 'delivery'"),
        "ck49": lambda: orders(*H2_25, agg="count(*)", cond="o.city_zh = '杭州' AND o.occasion_zh = '婚礼'"),
        # ---- feedback
        "ck50": lambda: topic_count(DAMAGED, ["damaged"], _in("f.ts", *H2_25)),
        "ck51": lambda: top_topic("o.courier", DAMAGED, f"o.city = 'Shanghai' AND {_in('f.ts', '2025-09-01', ALL[1])}",
                                  join="JOIN orders o USING (order_id)"),
        "ck52": lambda: top_topic("f.store_id", WRONG, _in("f.ts", *Q1_26)),
        "ck53": lambda: topic_count(WRONG, ["wrong_message"], _in("f.ts", *Q1_26)),
        "ck54": lambda: topic_count(CRASH, ["app_crash"], _in("f.ts", *month(2026, 5))),
        "ck55": lambda: fb_ratio(NEG, _in("f.ts", *Q4_25)),
        "ck56": lambda: top_rating("f.touchpoint_id", _in("f.ts", *Y25), gap=0.2, min_n=30),
        "ck57": lambda: fb_avg("f.rating", f"f.touchpoint_id = 'tp_delivered' AND {_in('f.ts', *H2_25)}"),
        "ck58": lambda: top_rating("f.store_id", _in("f.ts", *Q1_26), gap=0.3, min_n=20),
        "ck59": lambda: nps(f"f.channel = 'survey' AND {_in('f.ts', *Q1_26)}"),
        "ck60": lambda: fb_count("f.ts IS NULL"),
        "ck61": lambda: fb_count("f.channel = 'xiaohongshu'"),
        "ck62": lambda: fb_avg("f.rating", "c.occasion = 'wedding'", join="JOIN customers c USING (customer_id)"),
        "ck63": lambda: topic_count(PRICE, ["price"], _in("f.ts", "2026-03-01", "2026-04-30")),
        "ck64": lambda: topic_count(PRICE, ["price"], _in("f.ts", "2026-01-01", "2026-02-28")),
        "ck65": lambda: feedback_ids(f"t.topic = 'damaged' AND f.city = 'Shanghai' AND {_in('f.ts', *H2_25)}"),
        "ck66": lambda: feedback_ids(f"t.topic = 'design_slow' AND {_in('f.ts', '2025-12-01', '2026-01-31')}"),
        "ck67": lambda: feedback_ids(f"t.topic = 'app_crash' AND {_in('f.ts', *month(2026, 5))}"),
        "ck68": lambda: feedback_ids(f"{NEG} AND f.store_id = 'HZ02' AND {_in('f.ts', *Q1_26)}"),
        "ck69": lambda: feedback_ids(f"t.topic IN ('late', 'damaged') AND {_in('f.ts', *month(2026, 5))}"),
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
