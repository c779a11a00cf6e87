"""Gold answers for the community group-buying (邻里鲜 NeighborFresh) held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window (window_days: 1 day ordering, 3 days fulfilment and after-sales, 7 days
  onboarding, 14 days reorder) from their first step-1 event in the period. Each rate is computed twice, with later
  steps allowed after the period end and with every step required inside the period; the tolerance covers both.
  A segment of a funnel by an event attribute (device, entry source) keeps only the events carrying that value
  (system events - picking, delivery, collection - carry no device); a segment by a customer attribute
  (city, acquisition channel, household, tier) filters the customers row. Every event counts, whatever its `action`
  (a failed payment is a second `tp_checkout` event with action = fail; only `tp_pay` is a successful payment).
  Drop-off of a step = 1 - reached next / reached this step; conversion between two named steps = reached the later
  / reached the earlier;
- "customers" are distinct customer_id; "customers who did X" = distinct customers with an event at X's touchpoint
  in the period; a customer's city / district / pickup point / household / age band / tier = the customers row;
  new customers = customers.signup_at (joining the leader's group) in the period;
- orders: one row per product order (商品订单); a checkout paying several products at once shares `pay_no`.
  Money (GMV, sales, 销售额, spend, average order value) = orders with status `paid` (refunded, returned = not
  collected, and cancelled orders are not sales); "how many orders" = paid orders unless the question says otherwise;
  refund counts / rates use status `refunded` and refund_reason; a refund rate = refunded / all orders of the period
  that were not cancelled; orders are dated by `ts` (payment time); category / city / pickup point = the orders row;
- time between two fulfilment steps = hours from the pay_no's first event at the first step to its first later
  event at the second step (events carry pay_no), cohort by payment time (orders.ts); after-sales to refund = hours
  from an order's tp_after_sales event to its tp_refund_done event (events carry order_id), cohort by the
  after-sales time; medians / averages over items that have both events; shares "slower than X hours" over the
  same items;
- per-customer averages = total / distinct customers with at least one paid order in the period;
- feedback "negative" / "positive" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a
  DATA.md table); complaint-topic counts use text markers (烂/rotten, 漏发/missing, 关门/closed, 不回/respond,
  便宜|实惠/cheap, 支付失败/payment failed) with a 5 % tolerance, checked against the truth topic; "all feedback"
  includes social posts without a date, a period filter keeps dated rows only; a comment's pickup point / leader /
  city = its feedback row; average rating by step = every rated row by touchpoint_id; NPS = (share 9-10 - share
  0-6) x 100 over rows with an nps value;
- periods are inclusive calendar dates; weeks run Monday..Sunday; relative periods resolve against `as_of` (else
  2026-07-31, the last day of the data).
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
                    types={{'signup_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    all_varchar=true)""")
    CON.execute("ALTER TABLE events ALTER ts TYPE TIMESTAMP")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'coupon_amount': 'DOUBLE', 'qty': 'INTEGER',
                            'unit_price': 'DOUBLE', 'is_flash_deal': 'BOOLEAN', 'coupon_type': 'VARCHAR',
                            'refund_reason': 'VARCHAR', 'refund_reason_zh': 'VARCHAR', 'refund_amount': 'DOUBLE',
                            'refunded_at': 'TIMESTAMP', 'delivery_date': 'DATE'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE', 'nps': 'DOUBLE',
                            'order_id': 'VARCHAR', 'sku_id': 'VARCHAR', 'category': 'VARCHAR',
                            'pickup_point_id': 'VARCHAR', 'leader_id': 'VARCHAR', 'city': 'VARCHAR',
                            'city_zh': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    CON.execute("""CREATE TABLE pays AS SELECT pay_no, any_value(customer_id) customer_id, min(ts) ts,
                   any_value(city) city, any_value(city_zh) city_zh, any_value(pickup_point_id) pickup_point_id,
                   any_value(district_en) district_en, any_value(device) device FROM orders GROUP BY 1""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("""SELECT count(*) FROM events e LEFT JOIN touchpoints t USING (touchpoint_id)
                  WHERE t.touchpoint_id IS NULL""") == 0


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


# ---------- time between two steps ----------

def _pay_gaps(a_tp, b_tp, start, end, cond="1=1"):
    return f"""WITH a AS (SELECT pay_no, min(ts) t FROM events WHERE touchpoint_id = '{a_tp}' AND pay_no IS NOT NULL
                          GROUP BY 1),
               b AS (SELECT e.pay_no, min(e.ts) t FROM events e JOIN a USING (pay_no)
                     WHERE e.touchpoint_id = '{b_tp}' AND e.ts > a.t GROUP BY 1)
               SELECT p.*, epoch(b.t - a.t) / 3600 AS hrs FROM a JOIN b USING (pay_no) JOIN pays p USING (pay_no)
               WHERE {_in('p.ts', start, end)} AND ({cond})"""


def _as_gaps(start, end, cond="1=1"):
    return f"""WITH a AS (SELECT order_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_after_sales' GROUP BY 1),
               b AS (SELECT e.order_id, min(e.ts) t FROM events e JOIN a USING (order_id)
                     WHERE e.touchpoint_id = 'tp_refund_done' AND e.ts > a.t GROUP BY 1)
               SELECT o.*, epoch(b.t - a.t) / 3600 AS hrs FROM a JOIN b USING (order_id) JOIN orders o USING (order_id)
               WHERE {_in('a.t', start, end)} AND ({cond})"""


def gap(a_tp, b_tp, start, end, agg="median", cond="1=1"):
    src = _as_gaps(start, end, cond) if a_tp == "tp_after_sales" else _pay_gaps(a_tp, b_tp, start, end, cond)
    v = one(f"SELECT {agg}(hrs) FROM ({src})")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))


def gap_share(a_tp, b_tp, start, end, limit, cond="1=1"):
    src = _as_gaps(start, end, cond) if a_tp == "tp_after_sales" else _pay_gaps(a_tp, b_tp, start, end, cond)
    v = one(f"SELECT avg((hrs > {limit})::int) FROM ({src})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_gap(a_tp, b_tp, start, end, col, min_n=20, gap_min=2.0, agg="median"):
    src = _as_gaps(start, end) if a_tp == "tp_after_sales" else _pay_gaps(a_tp, b_tp, start, end)
    rows = q(f"SELECT {col}, {agg}(hrs) d, count(*) n FROM ({src}) GROUP BY 1 HAVING count(*) >= {min_n} "
             f"ORDER BY d DESC")
    assert rows[0][1] > rows[1][1] + gap_min, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events / customers ----------

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

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05 if abs(v) < 100 else 1.0, abs(v) * 0.001), 2))


def share_orders(start, end, num, cond="1=1", status="paid"):
    st = "1=1" if status is None else f"o.status {status}" if status.startswith(("<>", "IN", "NOT")) \
        else f"o.status = '{status}'"
    v = one(f"""SELECT avg(({num})::int) FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def refund_rate(start, end, reason=None, cond="1=1"):
    num = "o.status = 'refunded'" + (f" AND o.refund_reason = '{reason}'" if reason else "")
    return share_orders(start, end, num, cond=cond, status="<> 'cancelled'")


def share_amount(start, end, num, cond="1=1"):
    v = one(f"""SELECT sum(CASE WHEN {num} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o
                JOIN customers c USING (customer_id) WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def per_customer(start, end, agg="sum(o.amount)", cond="1=1"):
    v = one(f"""SELECT {agg} / count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.01, v * 0.005), 3))


def top_orders(col, start, end, agg="sum(o.amount)", status="paid", cond="1=1", gap=1.1, lowest=False):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o JOIN customers c USING (customer_id)
                 WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    if lowest:
        assert rows[1][1] > rows[0][1] * gap, rows[:4]
    else:
        assert rows[0][1] > rows[1][1] * gap, rows[:4]
    return dict(top_entity=rows[0][0])


def top_share_orders(col, start, end, num, gap=0.03, min_n=100, status="paid", cond="1=1"):
    st = f"o.status {status}" if status.startswith(("<>", "IN")) else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, avg(({num})::int) r, count(*) n FROM orders o JOIN customers c USING (customer_id)
                 WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_category_share(group_col, start, end, category, gap=0.03):
    rows = q(f"""SELECT {group_col}, sum(CASE WHEN o.category = '{category}' THEN o.amount ELSE 0 END) / sum(o.amount) r
                 FROM orders o JOIN customers c USING (customer_id) WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows[:3]
    return dict(top_entity=rows[0][0])


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


def top_topic(col, marker, cond="1=1", gap=1.5, join=""):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f {join} WHERE ({marker}) AND {col} IS NOT NULL AND {cond}
                 GROUP BY 1 ORDER BY n DESC""")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_neg_rise(base, now):
    rows = q(f"""SELECT touchpoint_id, count(*) FILTER (WHERE {_in('ts', *now)})
                                     - count(*) FILTER (WHERE {_in('ts', *base)}) d
                 FROM feedback f JOIN truth t USING (feedback_id) WHERE t.sentiment = 'neg'
                 GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > max(rows[1][1], 0) + 5, rows[:3]
    return dict(top_entity=rows[0][0])


def month_refund_rate_top(start, end):
    rows = q(f"""SELECT date_trunc('month', o.ts) m, avg((o.status = 'refunded')::int) r FROM orders o
                 WHERE o.status <> 'cancelled' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + 0.004, rows[:3]
    return dict(value=round(rows[0][1], 4), tolerance=0.005)


def top_week_gmv(start, end):
    rows = q(f"""SELECT date_trunc('week', o.ts) w, sum(o.amount) n FROM orders o WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.03, rows[:3]
    assert rows[0][0] >= __import__('datetime').datetime.fromisoformat(start), rows[0]
    return dict(value=round(rows[0][1], 2), tolerance=round(max(1.0, rows[0][1] * 0.001), 2))


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-01-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
NEG = "t.sentiment = 'neg'"
POS = "t.sentiment = 'pos'"
ROTTEN = "(f.text LIKE '%烂%' OR lower(f.text) LIKE '%rotten%')"
MISSING = "(f.text LIKE '%漏发%' OR lower(f.text) LIKE '%missing%')"
CLOSED = "(f.text LIKE '%关门%' OR lower(f.text) LIKE '%closed%')"
NOREPLY = "(f.text LIKE '%不回%' OR lower(f.text) LIKE '%respond%')"
CHEAP = "(f.text LIKE '%便宜%' OR f.text LIKE '%实惠%' OR lower(f.text) LIKE '%cheap%')"
PAYFAIL = "(f.text LIKE '%支付失败%' OR lower(f.text) LIKE '%payment failed%')"


def gold() -> dict:
    android, ios = "e.device = 'android'", "e.device = 'ios'"
    winter = ("2025-10-01", "2026-02-28")
    jul_aug = ("2025-07-01", "2025-08-31")
    spring = ("2026-01-30", "2026-02-14")
    pgap = ("tp_delivered", "tp_collected")
    return {
        # ---- funnels
        "gb01": lambda: conv("order", *Y25),
        "gb02": lambda: top_lost("order", *ALL),
        "gb03": lambda: conv("order", *month(2025, 9), a=3, b=4, evc=android),
        "gb04": lambda: conv("order", *month(2025, 9), a=3, b=4, evc=ios),
        "gb05": lambda: conv("order", *month(2025, 8), a=3, b=4, evc=android),
        "gb06": lambda: events_at("tp_checkout", *month(2025, 9), f"e.error_code = 'PAY_SDK_ERROR' AND {android}"),
        "gb07": lambda: conv("order", *Q4_25, a=2, b=3, drop=True),
        "gb08": lambda: top_conv("onboarding", *ALL, "c.acquisition_channel", min_n=100, gap=0.08),
        "gb09": lambda: conv("onboarding", *ALL, cust="c.acquisition_channel = 'poster_qr'"),
        "gb10": lambda: conv("onboarding", *H2_25, a=1, b=2),
        "gb11": lambda: conv("reorder", *Y25),
        "gb12": lambda: conv("after_sales", *winter, cust="c.pickup_point_id = 'CS05'"),
        "gb13": lambda: conv("after_sales", *winter),
        # ---- time between steps
        "gb14": lambda: gap(*pgap, *Q1_26, cond="p.pickup_point_id = 'WH09'"),
        "gb15": lambda: gap(*pgap, *Q1_26, cond="p.city = 'Wuhan' AND p.pickup_point_id <> 'WH09'"),
        "gb16": lambda: gap_share(*pgap, *Q1_26, 24),
        "gb17": lambda: gap_share(*pgap, *Q4_25, 24),
        "gb18": lambda: top_gap(*pgap, *Q1_26, "pickup_point_id", min_n=30, gap_min=5),
        "gb19": lambda: top_gap("tp_after_sales", "tp_refund_done", *winter, "pickup_point_id", min_n=10, gap_min=10),
        "gb20": lambda: gap("tp_pay", "tp_collected", *Y25),
        # ---- orders and money
        "gb21": lambda: orders(*Y25),
        "gb22": lambda: orders(*Q3_25, cond="o.category = 'fruit'"),
        "gb23": lambda: refund_rate(*H2_25, cond="o.city = 'Wuhan'"),
        "gb24": lambda: top_share_orders("o.city", *Y25, "o.status = 'refunded'", gap=0.015, status="<> 'cancelled'",
                                         cond="o.category = 'fruit'"),
        "gb25": lambda: refund_rate(*jul_aug, cond="o.city = 'Wuhan' AND o.category = 'fruit'"),
        "gb26": lambda: refund_rate(*jul_aug, cond="o.city = 'Changsha' AND o.category = 'fruit'"),
        "gb27": lambda: orders(*month(2026, 3), agg="count(*)", status="refunded",
                               cond="o.city = 'Changsha' AND o.refund_reason = 'missing_item'"),
        "gb28": lambda: refund_rate(*month(2026, 3), reason="missing_item", cond="o.city = 'Changsha'"),
        "gb29": lambda: per_customer(*H1_26, cond="c.tier = 'saver_card'"),
        "gb30": lambda: per_customer(*H1_26, cond="c.tier = 'regular'"),
        "gb31": lambda: orders(*month(2025, 10), agg="avg(o.amount)"),
        "gb32": lambda: top_orders("o.pickup_point_id", *Y25, gap=1.08),
        "gb33": lambda: share_amount(*spring, "o.category = 'meat'"),
        "gb34": lambda: share_amount(*month(2026, 3), "o.category = 'meat'"),
        "gb35": lambda: top_category_share("c.household_type", *Y25, "dairy", gap=0.08),
        "gb36": lambda: share_amount(*Y25, "o.category = 'meat'", cond="c.household_type_en = 'multigenerational'"),
        "gb37": lambda: share_orders(*Y25, "o.coupon_amount > 0"),
        "gb38": lambda: orders(*Q1_26, agg="count(*)", status="returned"),
        "gb39": lambda: orders(*Q1_26, agg="count(*)", status="returned", cond="o.district = '汉阳区'"),
        "gb40": lambda: orders("2025-03-03", "2025-03-09"),
        "gb41": lambda: orders(*month(2025, 10), agg="count(*)"),
        "gb42": lambda: orders(*month(2026, 5)),
        "gb43": lambda: new_customers("2026-06-29", "2026-07-05"),
        "gb44": lambda: month_refund_rate_top(*Y25),
        "gb45": lambda: top_week_gmv(*Q2_26),
        # ---- customers
        "gb46": lambda: new_customers(*Y25, cond="c.acquisition_channel = 'poster_qr'"),
        "gb47": lambda: customers_count("c.tier_zh = '省钱卡会员'"),
        "gb48": lambda: customers_share("c.age_band = '60+'"),
        "gb49": lambda: customers_share("c.district = '洪山区'", "c.city_zh = '武汉'"),
        # ---- feedback
        "gb50": lambda: topic_count(ROTTEN, ["rotten"], _in("f.ts", *jul_aug)),
        "gb51": lambda: top_topic("f.city", ROTTEN, _in("f.ts", *Q3_25), gap=2.0),
        "gb52": lambda: top_topic("f.leader_id", NOREPLY, gap=3.0),
        "gb53": lambda: topic_count(CLOSED, ["pickup_closed"]),
        "gb54": lambda: fb_ratio(NEG, _in("f.ts", *Q3_25)),
        "gb55": lambda: top_rating("f.touchpoint_id", _in("f.ts", *Y25), gap=0.15, min_n=30),
        "gb56": lambda: fb_avg("f.rating", f"f.touchpoint_id = 'tp_delivered' AND {_in('f.ts', *Y25)}"),
        "gb57": lambda: nps(f"f.channel = 'survey' AND {_in('f.ts', *Q4_25)}"),
        "gb58": lambda: top_rating("f.pickup_point_id", gap=0.12, highest=True, min_n=30),
        "gb59": lambda: fb_count("f.ts IS NULL"),
        "gb60": lambda: topic_count(PAYFAIL, ["pay_failed"], _in("f.ts", *month(2025, 9))),
        "gb61": lambda: top_neg_rise(month(2026, 2), month(2026, 3)),
        "gb62": lambda: feedback_ids("t.topic = 'cheap_price'"),
        # ---- why
        "gb63": lambda: feedback_ids("t.topic = 'pay_failed'"),
        "gb64": lambda: feedback_ids(f"t.topic = 'rotten' AND f.city = 'Wuhan' AND (f.ts IS NULL OR "
                                     f"{_in('f.ts', '2025-06-01', '2025-08-31')})"),
        "gb65": lambda: feedback_ids("t.topic = 'pickup_closed' AND f.pickup_point_id = 'WH09'"),
        "gb66": lambda: feedback_ids(f"t.topic IN ('leader_unresponsive', 'refund_slow') "
                                     f"AND f.pickup_point_id = 'CS05' AND {_in('f.ts', *winter)}"),
        "gb67": lambda: feedback_ids(f"t.topic = 'missing_item' AND f.city = 'Changsha' AND "
                                     f"{_in('f.ts', *month(2026, 3))}"),
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
