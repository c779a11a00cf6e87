"""Gold answers for the 雪糕铺 ScoopJoy held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1
  (strictly later), within the journey window from their first step-1 event in the period (first_order 14 d,
  ordering 3 d, cake 30 d, aftersales 14 d, repeat 30 d); rates are per customer (people); the tolerance covers both
  readings (later steps allowed after the period end, or not), except where the question says to count later steps.
  "Where do we lose the most" = the step whose next step is not reached by the most people (loss between k and k+1
  is attributed to step k). A funnel split by a customer attribute filters the step-1 people by that attribute;
- an order = one `session_id` (SJ0000123; the same id as orders.order_id when it was paid): tp_menu, tp_cart,
  [tp_reorder], [tp_points], tp_pay_fail (0..n), tp_pay, [tp_cancel + tp_refund when sold out], tp_make, tp_pickup or
  tp_dispatch + tp_delivered, [tp_aftersales, tp_refund], [tp_review]; a cake pre-order: tp_cake_book, tp_cake_pay,
  [tp_cancel, tp_refund], tp_cake_collect, [tp_review]. Per-order rates count orders whose first event at the named
  step A falls in the period (by its date) and look for step B (with its condition) in the same order at any time;
  order attributes (store, 门店城市 / store_city, 配送平台 / delivery_partner, flavour, device) are read from the A event;
- times between steps = per order, first B ts - first A ts (B after A), the period by the date of A; minutes / hours /
  days as asked; "longer than X" is strict;
- money = orders with status `paid` (sold-out cancellations and refunded claims are no revenue), by order ts;
  "paid orders" counts = orders rows with status `paid`; refunds = `refund_amount` of `tp_refund` events by refund
  date; spend per paying customer = paid amount / customers with >= 1 paid order in the period;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (store, 门店城市, 城市, 客群, 会员等级, 配送平台, 口味, 订单类型), en ones against store_en / store_city /
  region / customer_type / tier / delivery_partner / flavour / order_type / acquisition_channel / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); app ratings = channel `mini_program_review`; rating by step = feedback.touchpoint_id
  over rows with a rating (app + Dianping); negative = 1-2 stars; NPS = survey `nps` (0-10), promoters 9-10;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday.
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true, "
                "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1)")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM fev e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30, unbounded_only=False):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in ((False,) if unbounded_only else (False, True)):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
        if lowest:
            assert rows[1][1] > rows[0][1] * margin, rows[:3]
        else:
            assert rows[0][1] > rows[1][1] * margin, rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        print("   ", c, lost)
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per order (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, trap=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows[:4]])
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:        # the minimum size matters: a small group tops the raw list
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_time_share(a_tp, b_tp, start, end, thr, unit="minutes", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, margin=1.15):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t)) m {_gap(a_tp, b_tp, start, end, '1=1')} GROUP BY 1 "
             "ORDER BY m DESC")
    print("   ", [(r[0], round(r[1] / 60, 1)) for r in rows[:4]])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def events_change(tp, p0, p1):
    a = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *p0)}")
    b = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *p1)}")
    return dict(value=round(b / a - 1, 4), tolerance=0.01)


def events_sum(tp, col, start, end):
    v = one(f"SELECT sum({col}) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.005), 2))


# ---------- money / orders ----------

def orders(start, end, cond="1=1", agg="sum(o.amount)"):
    v = one(f"SELECT {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    v = float(v)
    if agg.startswith("count"):
        return dict(value=int(v), tolerance=0.5)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def orders_change(p0, p1, cond="1=1"):
    a = orders(*p0, cond)["value"]
    b = orders(*p1, cond)["value"]
    return dict(value=round(b / a - 1, 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def orders_per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT o.customer_id) FROM orders o LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


def top_per_customer(by, start, end, margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v FROM orders o
                 JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    print("   ", rows[:3])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_orders(by, start, end, cond="1=1", margin=1.1, agg="sum(o.amount)"):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:3])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- customers ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    print("   ", rows[:3])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic and HAS_TRUTH:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.2, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    print("   ", [(r[0], round(r[1], 2), r[2]) for r in big[:4]])
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.4):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    print("   ", rows[:3])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


HAS_TRUTH = False
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_26 = quarter(2026, 2)
Q3_25, Q4_25 = quarter(2025, 3), quarter(2025, 4)
JUL_AUG_25 = ("2025-07-01", "2025-08-31")
SUMMER_26 = ("2026-06-01", "2026-08-31")
XJK = ("2025-11-01", "2026-01-31")
ANDROID_BUG = ("2026-05-06", "2026-05-26")
(DISCOVER, MENU, CART, CAKE_BOOK, POINTS, PAY_FAIL, PAY, CAKE_PAY, CANCEL, MAKE, PICKUP, DISPATCH, DELIVERED,
 CAKE_COLLECT, AFTERSALES, REFUND, REVIEW, REORDER) = (
    "tp_discover", "tp_menu", "tp_cart", "tp_cake_book", "tp_points", "tp_pay_fail", "tp_pay", "tp_cake_pay",
    "tp_cancel", "tp_make", "tp_pickup", "tp_dispatch", "tp_delivered", "tp_cake_collect", "tp_aftersales",
    "tp_refund", "tp_review", "tp_reorder")
APP = "f.channel = 'mini_program_review'"
MELT_C = "claim_reason = 'melted'"
WRONG_C = "claim_reason = 'wrong_flavour'"
MELT_T = _like("f.text", ["化了", "融化", "化成水", "melt"])
WRONG_T = _like("f.text", ["做错", "给错", "不是我点的", "wrong flavo"])
SLOW_T = _like("f.text", ["送得太慢", "送了一个多小时", "delivery was so slow", "took over an hour", "took forever"])
SOLD_T = _like("f.text", ["卖完了", "售罄", "sold out"])
CAKE_T = _like("f.text", ["塌了", "字写错", "collapsed", "misspelled"])
PRICEY_T = _like("f.text", ["太贵", "有点贵", "pricey", "overpriced"])
POINTS_T = _like("f.text", ["积分", "points"])
PAYFAIL_T = _like("f.text", ["付款一直失败", "付不了款", "payment kept failing", "payment failed"])
TASTE_T = _like("f.text", ["好吃", "绵密", "delicious", "creamy"])
STAFF_T = _like("f.text", ["热情", "态度很好", "friendly staff", "staff were lovely"])


def gold():
    return {
        # ---- funnels / conversion
        "ic01": lambda: conv("first_order", *Y25),
        "ic02": lambda: top_lost("first_order", *Q2_26),
        "ic03": lambda: rank_conv("first_order", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "ic04": lambda: conv("first_order", *Y25, cond="c.acquisition_channel = 'friend'"),
        "ic05": lambda: rate(CART, PAY, *ANDROID_BUG, "a.device = 'android'"),
        "ic06": lambda: rate(CART, PAY, *ANDROID_BUG, "a.device = 'ios'"),
        "ic07": lambda: conv("ordering", *month(2026, 5)),
        "ic08": lambda: conv("cake", *Y25),
        "ic09": lambda: conv("repeat", *H1_26, unbounded_only=True),
        "ic10": lambda: rank_conv("repeat", *Y25, by='c."会员等级"', margin=1.2, lowest=True, min_n=1,
                                  unbounded_only=True),
        "ic11": lambda: rank_conv("repeat", *Y25, by="c.customer_type", lowest=True, margin=1.1,
                                  unbounded_only=True),
        "ic12": lambda: conv("aftersales", *Y25, unbounded_only=True),
        # ---- per order
        "ic13": lambda: rate(DISPATCH, AFTERSALES, *JUL_AUG_25, "a.delivery_partner = 'fengniao'", MELT_C),
        "ic14": lambda: rate(DISPATCH, AFTERSALES, *JUL_AUG_25, "a.delivery_partner = 'meituan'", MELT_C),
        "ic15": lambda: rank_rate(DISPATCH, AFTERSALES, *JUL_AUG_25, by='a."配送平台"', b_cond=MELT_C, margin=1.4),
        "ic16": lambda: rank_rate(DELIVERED, AFTERSALES, *SUMMER_26, by="a.store", b_cond=MELT_C, min_n=100,
                                  margin=1.3, trap=True),
        "ic17": lambda: rate(DELIVERED, AFTERSALES, *SUMMER_26, "a.store_id = 'S16'", MELT_C),
        "ic18": lambda: rank_rate(MAKE, AFTERSALES, *XJK, by="a.store_en", b_cond=WRONG_C, margin=1.6),
        "ic19": lambda: rate(MAKE, AFTERSALES, *XJK, "a.store_id = 'S09'", WRONG_C),
        "ic20": lambda: rate(PAY, AFTERSALES, *Y25),
        "ic21": lambda: rate(PAY, CANCEL, "2025-06-01", "2025-07-31", "a.flavour = 'yangmei'", "action = 'sold_out'"),
        # ---- times
        "ic23": lambda: step_time(DISPATCH, DELIVERED, *Q3_25, unit="minutes"),
        "ic24": lambda: step_time(DISPATCH, DELIVERED, *Q3_25, "a.delivery_partner = 'fengniao'", unit="minutes"),
        "ic25": lambda: step_time(AFTERSALES, REFUND, *Y25, "a.claim_reason = 'melted'", agg="avg", unit="hours"),
        "ic26": lambda: step_time(AFTERSALES, REFUND, *Y25, "a.claim_reason = 'wrong_flavour'", agg="avg",
                                  unit="hours"),
        "ic27": lambda: step_time_share(DISPATCH, DELIVERED, *Q3_25, 45),
        "ic28": lambda: top_step_time(DISPATCH, DELIVERED, *Y25, by='a."配送平台"', margin=1.1),
        # ---- money
        "ic30": lambda: orders(*Q3_25),
        "ic31": lambda: orders(*month(2026, 7)),
        "ic32": lambda: orders(*month(2026, 6)),
        "ic33": lambda: orders(*Y25, "o.order_type = 'cake'"),
        "ic34": lambda: orders_change(H1_25, H1_26),
        "ic35": lambda: orders(*H2_25, "o.order_type = 'delivery'"),
        "ic36": lambda: events_sum(REFUND, "e.refund_amount", *Q3_25),
        "ic37": lambda: top_orders('o."门店城市"', *Y25, margin=1.3),
        "ic38": lambda: top_orders("o.order_type", *Y25, margin=1.05),
        "ic39": lambda: top_orders('o."口味"', *Y25, "o.is_seasonal = 1", margin=1.1, agg="count(*)"),
        "ic41": lambda: per_customer(*Y25),
        "ic42": lambda: per_customer(*Y25, "c.customer_type = 'family'"),
        "ic43": lambda: top_per_customer('c."客群"', *Y25),
        "ic44": lambda: orders_per_customer(*Y25, "c.customer_type = 'student'"),
        # ---- volumes / trends
        "ic46": lambda: orders("2025-07-07", "2025-07-13", agg="count(*)"),
        "ic47": lambda: orders(*month(2026, 7), agg="count(*)"),
        "ic48": lambda: orders(*month(2025, 7), agg="count(*)"),
        "ic51": lambda: events_change(CAKE_PAY, Q3_25, Q4_25),
        # ---- customers
        "ic53": lambda: customers_share("c.customer_type = 'student'"),
        "ic54": lambda: customers_count("c.\"城市\" = '上海' AND c.\"会员等级\" = '金勺会员'"),
        "ic55": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        "ic56": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'"),
        # ---- feedback
        "ic58": lambda: fb_topic_count(MELT_T, "melt"),
        "ic59": lambda: top_fb_count("f.store_en", CAKE_T, margin=1.5),
        "ic60": lambda: fb_topic_count(WRONG_T, "wrong_flavour"),
        "ic61": lambda: top_fb_count("f.store", WRONG_T, margin=1.5),
        "ic62": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "ic63": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.25),
        "ic64": lambda: rank_fb_avg('f."门店城市"', f"{APP} AND {_in('f.ts', *Y25)}", 100, margin=0.15,
                                    highest=True),
        "ic65": lambda: fb_avg(f"{APP} AND f.store_city = 'Hangzhou' AND {_in('f.ts', *Y25)}", tol=0.03),
        "ic66": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "ic67": lambda: fb_ratio("f.nps >= 9", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "ic68": lambda: fb_topic_count(POINTS_T, "points", period=_in("f.ts", "2026-03-01", "2026-04-30")),
        "ic69": lambda: fb_topic_count(SOLD_T, "sold_out"),
        "ic70": lambda: feedback_ids(f"({MELT_T} OR {SLOW_T}) AND f.store_id = 'S16'"),
        "ic72": lambda: fb_topic_count(PAYFAIL_T, "pay_fail", period=_in("f.ts", *month(2026, 5))),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((SLOW_T, "slow"), (CAKE_T, "cake"), (PRICEY_T, "pricey"), (TASTE_T, "taste"),
                        (STAFF_T, "staff")):
        _check_topic(cond, topic)


def main() -> int:
    global HAS_TRUTH
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    HAS_TRUTH = bool(one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"))
    if HAS_TRUTH:
        checks()
    fns = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(fns) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    status_only = []
    for it in items:
        fn = fns.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                status_only.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["lang"], it["question"][:70], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
