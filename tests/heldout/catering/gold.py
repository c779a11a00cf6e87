"""Gold answers for the 宴滋味 FeastCo catering held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window (60 days for the sales journey, 300 for event delivery, 120 for survey to
  rebooking) from their first step-1 event in the period. Rates are computed twice, with later steps allowed after
  the period end and with every step required inside the period; the tolerance covers both (`conv`); where the
  question says later steps after the period count, only the open version (`conv_open`). A segment of a
  funnel ("clients who came in via WeChat", "Zhao Ting's clients", "schools") is the customers row
  (acquisition_channel, sales_manager, client_type, city ...): all of that customer's events count. Drop-off of a
  step = 1 - reached next step / reached this step;
- "clients" / "customers" are distinct customer_id; a client's attributes are the customers row (state at the end of
  the data); new clients = customers.signup_at (first enquiry) in the period;
- orders: one order per signed contract, dated by `ts` (contract signing); money (revenue, 营业额, 收入, sales,
  average order value, spend) = orders with status `paid` (final invoice settled; pending, cancelled and refunded
  orders are not revenue); "how many orders / bookings" = paid orders unless the question says otherwise; an
  order's event type / package / city / delivery mode / drinks package = its orders row; cancellation share =
  cancelled / all orders signed in the period;
- events served (活动 / 出餐) = tp_event_served events dated by their ts; late = action `late` (on-time rate = share
  with action `on_time`); a month / week of events is the served time;
- time between two steps = per sales opportunity (`opportunity_id` on every event of one sales cycle), from its
  first event at the first step to its first later event at the second step; the cohort is the time of the
  first-step event; medians / averages over opportunities having both events; days = hours / 24;
- per-client averages = total / distinct customers with at least one paid order in the period;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use text markers (凉/cold, 分量/portion, 晚了/迟到/late, 专业/professional, 好吃/tasty/delicious,
  过敏/allerg, 方案/proposal, 贵/expensive/pricey, 发票/invoice) with a 5 % tolerance, checked against the truth
  topic; "all feedback" includes the undated comment cards and reviews, a period filter keeps dated rows only;
  average rating by step = every rated row grouped by touchpoint_id; a comment's client type = its customer's row,
  its order attributes = its order_id's orders row; NPS = (share 9-10 - share 0-6) x 100 over rows with nps;
- periods are inclusive calendar dates; weeks run Monday..Sunday; relative periods resolve against `as_of` (else
  2026-05-31, the last day of the data).
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
    for col in ("ts", "deposit_paid_at", "final_paid_at", "cancelled_at"):
        CON.execute(f"ALTER TABLE orders ALTER {col} TYPE TIMESTAMP")
    CON.execute("ALTER TABLE orders ALTER event_date TYPE DATE")
    for col in ("amount", "per_head_price", "menu_fee", "drinks_fee", "service_staff_fee", "delivery_fee",
                "discount", "deposit", "refund_amount"):
        CON.execute(f"ALTER TABLE orders ALTER {col} TYPE DOUBLE")
    for col in ("guest_count", "staff_count", "minutes_late"):
        CON.execute(f"ALTER TABLE orders ALTER {col} TYPE INTEGER")
    CON.execute("ALTER TABLE orders ALTER is_rebooking TYPE BOOLEAN")
    CON.execute("ALTER TABLE orders ALTER served_late TYPE BOOLEAN")
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
    assert one("""SELECT count(*) FROM orders WHERE abs(amount - (menu_fee + drinks_fee + service_staff_fee
                  + delivery_fee - discount)) > 0.01""") == 0


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


# ---------- time between two steps of one sales opportunity ----------

def _gaps(a_tp, b_tp, start, end, cond="1=1"):
    return f"""WITH a AS (SELECT opportunity_id, min(ts) t FROM events WHERE touchpoint_id = '{a_tp}' GROUP BY 1),
               b AS (SELECT e.opportunity_id, min(e.ts) t FROM events e JOIN a USING (opportunity_id)
                     WHERE e.touchpoint_id = '{b_tp}' AND e.ts > a.t GROUP BY 1)
               SELECT c.*, epoch(b.t - a.t) / 86400.0 AS d FROM a JOIN b USING (opportunity_id)
               JOIN (SELECT DISTINCT opportunity_id, customer_id FROM events) x USING (opportunity_id)
               JOIN customers c USING (customer_id)
               WHERE {_in('a.t', start, end)} AND ({cond})"""


def gap(a_tp, b_tp, start, end, agg="median", cond="1=1"):
    v = one(f"SELECT {agg}(d) FROM ({_gaps(a_tp, b_tp, start, end, cond)})")
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.03), 2))


def gap_share(a_tp, b_tp, start, end, limit_days, cond="1=1"):
    v = one(f"SELECT avg((d > {limit_days})::int) FROM ({_gaps(a_tp, b_tp, start, end, cond)})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_gap(a_tp, b_tp, start, end, col, min_n=20, gap_min=1.0, agg="median"):
    rows = q(f"""SELECT {col}, {agg}(d) d, count(*) n FROM ({_gaps(a_tp, b_tp, start, end)}) GROUP BY 1
                 HAVING count(*) >= {min_n} ORDER BY d DESC""")
    assert rows[0][1] > rows[1][1] + gap_min, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events / customers ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def events_share(tp, start, end, num, cond="1=1"):
    v = one(f"""SELECT avg(({num})::int) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp)
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, start, end, col, num, min_n=50, gap=0.03):
    rows = q(f"""SELECT {col}, avg(({num})::int) r, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r DESC""", tp)
    assert rows[0][1] > rows[1][1] + gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_event_period(tp, start, end, unit="month", num=None, cond="1=1", gap=1.05):
    """the value of the top month / week (count of events, or a share when `num` is given)"""
    agg = f"avg(({num})::int)" if num else "count(*)"
    rows = q(f"""SELECT date_trunc('{unit}', e.ts) m, {agg} n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    if num:
        return dict(value=round(rows[0][1], 4), tolerance=0.01)
    return dict(value=rows[0][1], tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = ? AND {_in('e.ts', *a)} AND ({cond})", tp)
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = ? AND {_in('e.ts', *b)} AND ({cond})", tp)
    return dict(value=round(y / x - 1, 4), tolerance=0.01)


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


def change(a, b, agg="count(*)", cond="1=1"):
    """relative change from period a to period b of a paid-order aggregate"""
    x = one(f"SELECT {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(y / x - 1, 4), tolerance=0.01)


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


def top_orders(col, start, end, agg="count(*)", status="paid", cond="1=1", gap=1.1, lowest=False, min_n=1):
    rows = q(f"""SELECT {col}, {agg} n FROM orders o JOIN customers c USING (customer_id)
                 WHERE {_st(status)} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}""")
    if lowest:
        assert rows[1][1] > rows[0][1] * gap, rows[:4]
    else:
        assert rows[0][1] > rows[1][1] * gap, rows[:4]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

FB = "feedback f JOIN truth t USING (feedback_id)"


def feedback_ids(cond, join=""):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM {FB} {join} WHERE {cond} ORDER BY 1")])


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
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-01-01", "2026-05-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
JAN_MAY_26 = ("2026-01-01", "2026-05-31")
APR_MAY_26 = ("2026-04-01", "2026-05-31")
SPRING_26 = ("2026-03-01", "2026-05-31")
WINTER = ("2025-12-01", "2026-02-28")
Q1_25, Q2_25, Q3_25, Q4_25, Q1_26 = (quarter(2025, 1), quarter(2025, 2), quarter(2025, 3), quarter(2025, 4),
                                     quarter(2026, 1))
NEG = "t.sentiment = 'neg'"
COLD = "(f.text LIKE '%凉%' OR lower(f.text) LIKE '%cold%')"
PORTION = "(f.text LIKE '%分量%' OR lower(f.text) LIKE '%portion%')"
LATE = "(f.text LIKE '%晚了%' OR f.text LIKE '%迟到%' OR regexp_matches(lower(f.text), '\\blate\\b'))"
STAFF = "(f.text LIKE '%专业%' OR lower(f.text) LIKE '%professional%')"
TASTY = "(f.text LIKE '%好吃%' OR lower(f.text) LIKE '%tasty%' OR lower(f.text) LIKE '%delicious%')"
ALLERGY = "(f.text LIKE '%过敏%' OR lower(f.text) LIKE '%allerg%')"
SLOW = "(f.text LIKE '%方案%' OR lower(f.text) LIKE '%proposal%')"
PRICE = ("(f.text LIKE '%贵%' OR lower(f.text) LIKE '%expensive%' OR lower(f.text) LIKE '%pricey%')")
SERVED = "tp_event_served"
LATE_EV = "e.action = 'late'"
ORD = "JOIN orders o USING (order_id)"
CUS = "JOIN customers c USING (customer_id)"


def gold() -> dict:
    wechat, website = "c.acquisition_channel = 'wechat'", "c.acquisition_channel = 'website'"
    zhao, liu = "c.sales_manager = '赵婷'", "c.sales_manager = '刘洋'"
    gz_late = "e.city = 'Guangzhou' AND e.action = 'late'"
    lunch_meeting = "o.event_type IN ('office_lunch', 'meeting')"
    return {
        # ---- funnels
        "fc01": lambda: conv("sales", *Y25),
        "fc02": lambda: top_lost("sales", *H2_25),
        "fc03": lambda: conv("sales", *Q4_25, a=2, b=3, cust=wechat),
        "fc04": lambda: conv("sales", *Q4_25, a=2, b=3, cust=website),
        "fc05": lambda: conv("sales", *SPRING_26, a=2, b=3, cust=wechat),
        "fc06": lambda: top_conv("sales", *Y25, "c.acquisition_channel", lowest=True, min_n=100, a=2, b=3),
        "fc07": lambda: conv("sales", *Q1_26, a=3, b=5, cust=zhao),
        "fc08": lambda: conv("sales", *Q1_26, a=3, b=5, cust=liu),
        "fc09": lambda: conv_open("aftercare", *Q3_25, a=1, b=2),
        "fc10": lambda: conv("sales", *H2_25, a=4, b=5, drop=True),
        "fc11": lambda: conv_open("delivery", *Y25),
        # ---- time between steps
        "fc12": lambda: gap("tp_tasting_attended", "tp_proposal_sent", *JAN_MAY_26, cond=zhao),
        "fc13": lambda: top_gap("tp_tasting_attended", "tp_proposal_sent", *JAN_MAY_26, "sales_manager", min_n=30),
        "fc14": lambda: gap_share("tp_tasting_attended", "tp_proposal_sent", *Y25, 3),
        "fc15": lambda: gap(SERVED, "tp_final_invoice_paid", *Y25, cond="c.client_type = 'company'"),
        "fc16": lambda: gap(SERVED, "tp_final_invoice_paid", *Y25, cond="c.client_type = 'school'"),
        "fc17": lambda: gap_share(SERVED, "tp_final_invoice_paid", *Y25, 30, cond="c.client_type = 'school'"),
        "fc18": lambda: gap("tp_contract_signed", "tp_deposit_paid", *Q3_25, agg="avg"),
        # ---- orders and money
        "fc19": lambda: orders(*Y25),
        "fc20": lambda: orders(*Y25, agg="avg(o.amount)", cond="o.event_type = 'wedding'"),
        "fc21": lambda: orders(*Y25, agg="avg(o.amount)", cond="o.event_type = 'office_lunch'"),
        "fc22": lambda: top_orders("o.event_type_zh", *Y25, agg="avg(o.amount)", gap=1.5),
        "fc23": lambda: top_orders("o.city", *Y25, agg="sum(o.amount)", gap=1.2),
        "fc24": lambda: orders(*Y25, agg="count(*)", status="cancelled"),
        "fc25": lambda: share_orders(*Q4_25, "o.status = 'cancelled'", status=None),
        "fc26": lambda: share_orders(*Y25, "o.drinks_package <> 'none'", cond="o.event_type = 'wedding'"),
        "fc27": lambda: orders(*H2_25, agg="sum(o.service_staff_fee)"),
        "fc28": lambda: per_customer(*Y25, agg="count(*)"),
        "fc29": lambda: top_per_customer("c.event_type", *Y25, min_n=20, gap=1.5),
        "fc30": lambda: share_orders(*WINTER, "o.delivery_mode = 'third_party'", cond=lunch_meeting),
        "fc32": lambda: orders(*Y25, agg="count(*)", cond="o.menu_package_zh = '经济套餐'"),
        "fc33": lambda: orders(*Y25, agg="sum(o.refund_amount)", status="cancelled"),
        # ---- customers
        "fc34": lambda: customers_count("c.client_type_zh = '学校'"),
        "fc35": lambda: new_customers("2025-03-03", "2025-03-09"),
        "fc36": lambda: customers_count("c.city_zh = '上海' AND c.client_type_zh = '企业' "
                                        "AND c.acquisition_channel_zh = '转介绍'"),
        "fc37": lambda: customers_share("c.acquisition_channel = 'wechat'", "c.city = 'Guangzhou'"),
        "fc38": lambda: new_customers(*month(2026, 4)),
        # ---- trends and periods
        "fc39": lambda: top_event_period(SERVED, *Y25),
        "fc40": lambda: events_at(SERVED, *month(2025, 10)),
        "fc41": lambda: events_change("tp_enquiry", Q4_25, Q1_26),
        "fc42": lambda: orders(*H2_25),
        "fc43": lambda: top_event_period(SERVED, *month(2025, 12), unit="week", gap=1.1),
        "fc44": lambda: events_share(SERVED, *Q3_25, "e.action = 'on_time'"),
        "fc45": lambda: events_share(SERVED, *Q4_25, "e.action = 'on_time'"),
        "fc46": lambda: top_events_share(SERVED, *Q4_25, "e.city", LATE_EV, gap=0.15),
        "fc47": lambda: events_at(SERVED, *month(2025, 11), gz_late),
        "fc48": lambda: events_at(SERVED, *month(2025, 11), "e.city = 'Shanghai' AND e.action = 'late'"),
        "fc49": lambda: top_event_period(SERVED, *H2_25, num=LATE_EV, cond="e.city = 'Guangzhou'", gap=1.15),
        "fc50": lambda: events_at(SERVED, *month(2026, 5)),
        "fc51": lambda: change(month(2025, 10), month(2025, 11)),
        # ---- feedback
        "fc52": lambda: topic_count(COLD, ["cold"], _in("f.ts", *WINTER)),
        "fc53": lambda: top_topic("o.delivery_mode", COLD, _in("f.ts", *WINTER), join=ORD, gap=2.0),
        "fc54": lambda: topic_count(ALLERGY, ["allergy"], _in("f.ts", *SPRING_26)),
        "fc55": lambda: top_topic("c.client_type", ALLERGY, _in("f.ts", *SPRING_26), join=CUS, gap=3.0),
        "fc56": lambda: fb_ratio(NEG, _in("f.ts", *Q4_25)),
        "fc57": lambda: top_rating("f.touchpoint_id", _in("f.ts", *Y25), gap=0.5, min_n=30),
        "fc58": lambda: fb_avg("f.rating", f"f.touchpoint_id = '{SERVED}' AND {_in('f.ts', *H2_25)}"),
        "fc59": lambda: fb_avg("f.rating", f"f.touchpoint_id = '{SERVED}' AND {_in('f.ts', *H1_25)}"),
        "fc60": lambda: top_rating("o.menu_package", _in("f.ts", *Y25), gap=0.4, min_n=30, join=ORD),
        "fc61": lambda: topic_count(PORTION, ["portion"], _in("f.ts", *Y25)),
        "fc62": lambda: topic_count(STAFF, ["staff"]),
        "fc63": lambda: fb_count("f.channel = 'comment_card'"),
        "fc64": lambda: nps(f"f.channel = 'survey' AND {_in('f.ts', *Q1_26)}"),
        "fc65": lambda: nps(f"f.channel = 'survey' AND {_in('f.ts', *Q4_25)}"),
        "fc66": lambda: feedback_ids(f"t.topic = 'late' AND f.city = 'Guangzhou' AND {_in('f.ts', *Q4_25)}"),
        "fc67": lambda: feedback_ids(f"t.topic = 'cold' AND {_in('f.ts', *WINTER)}"),
        "fc68": lambda: feedback_ids(f"{NEG} AND c.client_type = 'school' AND {_in('f.ts', *SPRING_26)}", join=CUS),
        "fc69": lambda: feedback_ids(f"t.topic = 'slow_proposal' AND c.sales_manager = '赵婷'", join=CUS),
        "fc70": lambda: feedback_ids("t.topic = 'portion' AND o.menu_package = 'economy'", join=ORD),
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
