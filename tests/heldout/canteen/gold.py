"""Gold answers for the 食堂通 CampusEats canteen held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a user reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window (1 day for ordering, 14 days for activation, 30 days for rate-and-reorder)
  from their first step-1 event in the period. Rates are computed twice, with later steps allowed after the period
  end and with every step required inside the period; the tolerance covers both (`conv`); where the question says
  later steps after the period count, only the open version (`conv_open`). A segment of a funnel ("Android users",
  "users from the orientation push") is the customers row (primary_device, acquisition_channel ...): all of that
  user's events count. Drop-off of a step = 1 - reached next step / reached this step;
- "users" are distinct customer_id; a user's attributes are the customers row (state at the end of the data, e.g.
  year_band); new users / sign-ups = customers.signup_at in the period;
- orders: `order_type` meal (a pre-order) or wallet_topup (a top-up, status paid); dated by `ts` (placed). Money
  (revenue, 营业额, sales, average order value) = meal orders with status `paid` (refunded = paid then refunded,
  cancelled = never paid; neither is revenue); top-up amounts = wallet_topup rows; "how many orders" = paid meal
  orders unless the question says otherwise; an order's canteen / campus (校区) / meal period (餐段) / fulfilment =
  its orders row; no-show = a paid meal order never picked up (`picked_up` false, no tp_pickup event), as a share
  of paid meal orders; a "balance too low" payment failure = a tp_pay_failed event of that order, as a share of all
  meal orders placed; refunds = meal orders with status refunded (refund_amount);
- time between two steps = per order (`order_id` on the events), from its first event at the first step to its
  first later event at the second step, in minutes; the cohort is the time of the first-step event; medians /
  averages over orders having both events;
- per-user averages = total / distinct users with at least one paid meal order in the period;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use text markers (闪退/crash, 凉/cold, 分量/portion, 辣/spicy, 等/wait) with a 5 % tolerance,
  checked against the truth topic; "all feedback" includes undated rows (paper comment-box slips, some app-store
  reviews); a period filter keeps dated rows only; average rating by step = every rated row grouped by
  touchpoint_id; a canteen's rating = rated rows with that canteen (in-app dish ratings; surveys carry no canteen);
  a comment's user attributes = its customer's row, its order attributes = its order_id's orders row; NPS = (share
  9-10 - share 0-6) x 100 over the semester-survey rows of that wave;
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
    for t in ("customers", "events", "orders", "feedback"):
        CON.execute(f"""CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true,
                        all_varchar=true)""")
    CON.execute("ALTER TABLE customers ALTER signup_at TYPE TIMESTAMP")
    CON.execute("ALTER TABLE events ALTER ts TYPE TIMESTAMP")
    for col in ("ts", "paid_at", "accepted_at", "ready_at", "picked_up_at"):
        CON.execute(f"ALTER TABLE orders ALTER {col} TYPE TIMESTAMP")
    for col in ("amount", "subtotal", "discount", "refund_amount", "prep_minutes"):
        CON.execute(f"ALTER TABLE orders ALTER {col} TYPE DOUBLE")
    CON.execute("ALTER TABLE orders ALTER picked_up TYPE BOOLEAN")
    CON.execute("ALTER TABLE orders ALTER is_reorder TYPE BOOLEAN")
    CON.execute("ALTER TABLE feedback ALTER ts TYPE TIMESTAMP")
    CON.execute("ALTER TABLE feedback ALTER rating TYPE DOUBLE")
    CON.execute("ALTER TABLE feedback ALTER nps TYPE DOUBLE")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) - count(DISTINCT feedback_id) FROM feedback") == 0
    assert one("SELECT count(*) - count(DISTINCT customer_id) FROM customers") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)") == 0
    assert one("SELECT count(*) FROM events WHERE customer_id NOT IN (SELECT customer_id FROM customers)") == 0
    assert one("""SELECT count(*) FROM orders WHERE order_type = 'meal'
                  AND abs(amount - (subtotal - discount)) > 0.011""") == 0
    # a no-show is exactly a paid meal order without a pickup event
    assert one("""SELECT count(*) FROM orders o WHERE o.order_type = 'meal' AND o.status = 'paid'
                  AND (NOT o.picked_up) <> NOT EXISTS (SELECT 1 FROM events e WHERE e.order_id = o.order_id
                  AND e.touchpoint_id = 'tp_pickup')""") == 0


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


def conv_open(journey, start, end, a=1, b=None, drop=False, **kw):
    """the rate with later steps allowed after the period end (the question says so)"""
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


def top_conv(journey, start, end, column, lowest=False, min_n=50, gap=0.03, a=1, b=None):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            c = funnel(journey, start, end, bounded=bounded, cust=f"{column} = '{v}'")
            if c[a - 1] >= min_n:
                rates[v] = c[(b or len(c)) - 1] / c[a - 1]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- time between two steps of one order ----------

def _gaps(a_tp, b_tp, start, end, cond="1=1"):
    return f"""WITH a AS (SELECT order_id, min(ts) t FROM events WHERE touchpoint_id = '{a_tp}' AND order_id IS NOT NULL
                          GROUP BY 1),
               b AS (SELECT e.order_id, min(e.ts) t FROM events e JOIN a USING (order_id)
                     WHERE e.touchpoint_id = '{b_tp}' AND e.ts > a.t GROUP BY 1)
               SELECT o.*, epoch(b.t - a.t) / 60.0 AS d FROM a JOIN b USING (order_id)
               JOIN orders o USING (order_id) JOIN customers c USING (customer_id)
               WHERE {_in('a.t', start, end)} AND ({cond})"""


def gap(a_tp, b_tp, start, end, agg="median", cond="1=1"):
    v = one(f"SELECT {agg}(d) FROM ({_gaps(a_tp, b_tp, start, end, cond)})")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))


def gap_share(a_tp, b_tp, start, end, limit_min, cond="1=1"):
    v = one(f"SELECT avg((d > {limit_min})::int) FROM ({_gaps(a_tp, b_tp, start, end, cond)})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_gap(a_tp, b_tp, start, end, col, min_n=20, gap_min=2.0, agg="median", cond="1=1"):
    rows = q(f"""SELECT {col}, {agg}(d) d, count(*) n FROM ({_gaps(a_tp, b_tp, start, end, cond)}) GROUP BY 1
                 HAVING count(*) >= {min_n} ORDER BY d DESC""")
    assert rows[0][1] > rows[1][1] + gap_min, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- customers ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def new_customers(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {_in('c.signup_at', start, end)} AND ({cond})"),
                tolerance=0.5)


def push_signup_share(days=14):
    v = one(f"""SELECT avg((c.signup_at IS NOT NULL AND c.signup_at >= p.t
                             AND c.signup_at <= p.t + INTERVAL {days} DAY)::int)
                FROM (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_orientation_push'
                      GROUP BY 1) p JOIN customers c USING (customer_id)""")
    return dict(value=round(v, 4), tolerance=0.01)


def push_never_signed_up():
    v = one("""SELECT count(*) FROM customers c WHERE c.signup_at IS NULL AND c.customer_id IN
               (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_orientation_push')""")
    return dict(value=v, tolerance=0.5)


# ---------- orders ----------

MEAL = "o.order_type = 'meal'"
TOPUP = "o.order_type = 'wallet_topup'"
FAILED = "EXISTS (SELECT 1 FROM events e WHERE e.order_id = o.order_id AND e.touchpoint_id = 'tp_pay_failed')"


def _st(status):
    if status is None:
        return "1=1"
    if isinstance(status, (list, tuple)):
        return "o.status IN (" + ", ".join(f"'{s}'" for s in status) + ")"
    return f"o.status = '{status}'"


def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1", kind=MEAL):
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {kind} AND {_st(status)} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.01, abs(v) * 0.002), 2))


def share_orders(start, end, num, cond="1=1", status="paid"):
    v = one(f"""SELECT avg(({num})::int) FROM orders o JOIN customers c USING (customer_id)
                WHERE {MEAL} AND {_st(status)} AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def change(a, b, agg="count(*)", cond="1=1", kind=MEAL):
    """relative change from period a to period b of a paid-order aggregate"""
    x = one(f"SELECT {agg} FROM orders o WHERE {kind} AND o.status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT {agg} FROM orders o WHERE {kind} AND o.status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(y / x - 1, 4), tolerance=0.01)


def per_customer(start, end, agg="count(*)", cond="1=1"):
    v = one(f"""SELECT {agg} / count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                WHERE {MEAL} AND o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.01, v * 0.005), 3))


def top_per_customer(col, start, end, agg="count(*)", gap=1.1, min_n=20):
    rows = q(f"""SELECT {col}, {agg} / count(DISTINCT o.customer_id) r, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE {MEAL} AND o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 HAVING n >= {min_n}
                 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_orders(col, start, end, agg="count(*)", status="paid", cond="1=1", gap=1.1, lowest=False, min_n=1):
    rows = q(f"""SELECT {col}, {agg} n FROM orders o JOIN customers c USING (customer_id)
                 WHERE {MEAL} AND {_st(status)} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}""")
    if lowest:
        assert rows[1][1] > rows[0][1] * gap, rows[:4]
    else:
        assert rows[0][1] > rows[1][1] * gap, rows[:4]
    return dict(top_entity=rows[0][0])


def top_period(start, end, unit="month", cond="1=1", status="paid", gap=1.05):
    """the value (count of orders) of the top month / week"""
    rows = q(f"""SELECT date_trunc('{unit}', o.ts) m, count(*) n FROM orders o JOIN customers c USING (customer_id)
                 WHERE {MEAL} AND {_st(status)} AND {_in('o.ts', start, end)} AND ({cond})
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(value=rows[0][1], tolerance=0.5)


# ---------- feedback ----------

FB = "feedback f JOIN truth t USING (feedback_id)"
ORD = "JOIN orders o USING (order_id)"
CUS = "JOIN customers c USING (customer_id)"


def feedback_ids(cond, join=""):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM {FB} {join} WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_count(cond, join=""):
    return dict(value=one(f"SELECT count(*) FROM {FB} {join} WHERE {cond}"), tolerance=0.5)


def topic_count(marker, topics, extra="1=1", join=""):
    n = one(f"SELECT count(*) FROM {FB} {join} WHERE ({marker}) AND {extra}")
    tl = ", ".join(f"'{t}'" for t in topics)
    tr = one(f"SELECT count(*) FROM {FB} {join} WHERE t.topic IN ({tl}) AND {extra}")
    assert abs(n - tr) <= max(1, 0.05 * tr), (n, tr)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.03, join=""):
    v = one(f"SELECT avg({col}) FROM {FB} {join} WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond, tol=0.01, join=""):
    v = one(f"SELECT avg(({num})::int) FROM {FB} {join} WHERE {cond}")
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
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * gap, rows[:3]
    assert rows[0][1] >= 5, rows
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


Y25 = ("2025-01-01", "2025-12-31")
Y26 = ("2026-01-01", "2026-06-30")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
ALL = ("2025-01-01", "2026-06-30")
SEP_OCT_25 = ("2025-09-01", "2025-10-31")
MAR_APR_26 = ("2026-03-01", "2026-04-30")
MAR_JUN_26 = ("2026-03-01", "2026-06-30")
MAR_JUN_25 = ("2025-03-01", "2025-06-30")
FALL_25 = ("2025-09-01", "2026-01-31")
WINTER = ("2025-12-01", "2026-02-28")
RENOVATION = ("2025-10-13", "2025-12-21")
Q2_25, Q3_25, Q4_25, Q1_26, Q2_26 = (quarter(2025, 2), quarter(2025, 3), quarter(2025, 4), quarter(2026, 1),
                                     quarter(2026, 2))
NEG = "t.sentiment = 'neg'"
CRASH_M = "(f.text LIKE '%闪退%' OR lower(f.text) LIKE '%crash%')"
COLD_M = "(f.text LIKE '%凉%' OR lower(f.text) LIKE '%cold%')"
PORTION_M = "(f.text LIKE '%分量%' OR lower(f.text) LIKE '%portion%')"
SPICY_M = "(f.text LIKE '%辣%' OR lower(f.text) LIKE '%spicy%')"
WAIT_M = "(f.text LIKE '%等%' OR lower(f.text) LIKE '%wait%')"
ACC, READY, PICK, PRE = "tp_kitchen_accept", "tp_meal_ready", "tp_pickup", "tp_preorder"
LUNCH = "o.meal_period = 'lunch'"
NO2 = "o.canteen_id = 'zj_no2'"


def gold() -> dict:
    ios_app = "o.channel = 'app' AND o.device = 'ios' AND o.meal_period = 'lunch'"
    android_app = "o.channel = 'app' AND o.device = 'android' AND o.meal_period = 'lunch'"
    android = "c.primary_device = 'android'"
    lake = "f.canteen = 'Lakeside Dining'"
    return {
        # ---- funnels
        "ce01": lambda: conv("ordering", *month(2025, 10)),
        "ce02": lambda: top_lost("ordering", *Q4_25),
        "ce03": lambda: share_orders(*month(2025, 11), "o.status = 'cancelled'", cond=ios_app, status=None),
        "ce04": lambda: share_orders(*month(2025, 11), "o.status = 'cancelled'", cond=android_app, status=None),
        "ce05": lambda: conv("ordering", *month(2025, 11), a=2, b=3, cust=android),
        "ce06": lambda: conv("ordering", *month(2025, 12), a=2, b=3, cust=android),
        "ce07": lambda: conv("activation", *month(2025, 9)),
        "ce08": lambda: top_conv("activation", *Y25, "c.acquisition_channel_zh", lowest=True, min_n=50, gap=0.1),
        "ce09": lambda: conv_open("after_meal", *MAR_APR_26, a=1, b=2),
        "ce10": lambda: conv("ordering", *Q1_26, a=5, b=6, drop=True),
        # ---- time between steps (minutes, per order)
        "ce11": lambda: gap(ACC, READY, *RENOVATION, cond=f"{NO2} AND {LUNCH}"),
        "ce12": lambda: top_gap(ACC, READY, *month(2025, 11), "canteen", min_n=50, gap_min=5, cond=LUNCH),
        "ce13": lambda: gap_share(ACC, READY, *Q4_25, 20, cond=LUNCH),
        "ce14": lambda: gap(READY, PICK, *WINTER, cond="o.fulfilment = 'pickup'"),
        "ce15": lambda: gap(READY, PICK, *WINTER, cond="o.fulfilment = 'dine_in'"),
        "ce17": lambda: gap_share(READY, PICK, *MAR_JUN_26, 15, cond="o.fulfilment = 'pickup'"),
        # ---- money and orders
        "ce18": lambda: orders(*Y25),
        "ce19": lambda: orders(*month(2025, 9), kind=TOPUP),
        "ce20": lambda: top_orders('o."食堂"', *Q4_25, gap=1.3),
        "ce21": lambda: top_orders('o."食堂"', *Q2_26, gap=1.05),
        "ce22": lambda: top_orders("c.user_type", *Y25, agg="avg(o.amount)", gap=1.2),
        "ce23": lambda: per_customer(*Y25),
        "ce24": lambda: top_per_customer("c.user_type", *Y25, gap=1.1),
        "ce25": lambda: orders(*month(2026, 4), agg="count(*)", status="refunded"),
        "ce26": lambda: orders(*month(2026, 4), agg="sum(o.refund_amount)", status="refunded"),
        "ce27": lambda: share_orders(*Y25, "NOT o.picked_up"),
        "ce28": lambda: share_orders(*Y25, "NOT o.picked_up", cond="o.meal_period = 'late_night'"),
        "ce29": lambda: top_share("o.canteen", *ALL, "NOT o.picked_up", min_n=200, gap=0.03),
        "ce30": lambda: share_orders(*SEP_OCT_25, FAILED, cond="c.year_band = 'Year 1'", status=None),
        "ce31": lambda: share_orders(*MAR_JUN_26, FAILED, status=None),
        "ce32": lambda: share_orders(*MAR_JUN_25, FAILED, status=None),
        "ce33": lambda: orders(*Y25, agg="count(*)", status="cancelled", cond="o.cancel_reason = 'balance_too_low'"),
        "ce34": lambda: share_orders(*Y25, "o.is_reorder"),
        "ce35": lambda: orders(*Y26, cond="o.\"校区\" = '紫荆校区'"),
        "ce53": lambda: change(month(2025, 9), month(2025, 10), agg="sum(o.amount)"),
        # ---- users
        "ce38": lambda: customers_count("c.user_type_zh = '教职工'"),
        "ce39": lambda: new_customers("2025-09-01", "2025-09-07"),
        "ce40": lambda: customers_count("c.\"校区\" = '东湖校区' AND c.dietary_preference_zh = '不吃辣' "
                                        "AND c.user_type_zh = '研究生'"),
        "ce41": lambda: customers_share("c.primary_device = 'android'", "c.student_origin = 'international'"),
        "ce42": lambda: push_signup_share(14),
        "ce43": lambda: push_never_signed_up(),
        "ce44": lambda: new_customers(*month(2026, 5)),
        # ---- trends and periods
        "ce46": lambda: top_period(*Y25),
        "ce47": lambda: orders("2025-11-03", "2025-11-09", agg="count(*)"),
        "ce48": lambda: change(H1_25, H2_25),
        "ce49": lambda: orders(*month(2026, 6), agg="count(*)"),
        "ce50": lambda: orders(*month(2026, 5), agg="count(*)"),
        "ce51": lambda: change(("2025-05-01", "2025-06-30"), ("2025-07-01", "2025-08-31"), agg="sum(o.amount)",
                               kind=TOPUP),
        "ce52": lambda: share_orders(*RENOVATION, "NOT o.picked_up", cond=f"{NO2} AND {LUNCH}"),
        # ---- feedback
        "ce54": lambda: topic_count(CRASH_M, ["crash"], _in("f.ts", *month(2025, 11))),
        "ce55": lambda: top_topic("c.primary_device", CRASH_M, _in("f.ts", *month(2025, 11)), join=CUS),
        "ce56": lambda: topic_count(COLD_M, ["cold"], _in("f.ts", *WINTER)),
        "ce57": lambda: top_topic("o.fulfilment", COLD_M, _in("f.ts", *WINTER), join=ORD, gap=3.0),
        "ce58": lambda: fb_avg("f.rating", f"{lake} AND f.ts >= DATE '2026-03-01'"),
        "ce59": lambda: fb_avg("f.rating", f"{lake} AND {_in('f.ts', *FALL_25)}"),
        "ce60": lambda: top_rating('f."食堂"', highest=True, min_n=50, gap=0.15),
        "ce61": lambda: top_rating("f.touchpoint_id", _in("f.ts", *Y25), gap=0.5, min_n=30),
        "ce62": lambda: fb_ratio(NEG, _in("f.ts", *Q4_25)),
        "ce63": lambda: topic_count(WAIT_M, ["long_wait"], f"f.canteen = 'Canteen No.2' AND {_in('f.ts', *Q4_25)}"),
        "ce64": lambda: nps(f"f.channel = 'semester_survey' AND {_in('f.ts', *month(2025, 12))}"),
        "ce65": lambda: nps(f"f.channel = 'semester_survey' AND {_in('f.ts', *month(2026, 6))}"),
        "ce66": lambda: topic_count(PORTION_M, ["portion"], _in("f.ts", *MAR_JUN_26)),
        "ce67": lambda: fb_count("f.channel = 'comment_box'"),
        "ce68": lambda: topic_count(SPICY_M, ["spicy"]),
        # ---- why (citations)
        "ce70": lambda: feedback_ids(f"t.topic = 'crash' AND {_in('f.ts', *month(2025, 11))}"),
        "ce71": lambda: feedback_ids(f"t.topic = 'portion' AND {lake} AND (f.ts IS NULL OR f.ts >= DATE '2026-03-01')"),
        "ce72": lambda: feedback_ids(f"{NEG} AND f.canteen = 'Canteen No.2' AND {_in('f.ts', *Q4_25)}"),
        "ce73": lambda: feedback_ids(f"t.topic = 'cold' AND {_in('f.ts', *WINTER)}"),
        "ce85": lambda: feedback_ids(f"{NEG} AND {_in('f.ts', *Q4_25)}"),
    }


def top_share(col, start, end, num, min_n=200, gap=0.03, status="paid"):
    rows = q(f"""SELECT {col}, avg(({num})::int) r, count(*) n FROM orders o JOIN customers c USING (customer_id)
                 WHERE {MEAL} AND {_st(status)} AND {_in('o.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows[:3]
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
