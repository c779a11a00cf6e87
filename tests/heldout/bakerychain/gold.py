"""Gold answers for the 禾麦烘焙 Harvest Crumb Bakery held-out batch, from plain DuckDB SQL over the raw CSVs written
by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1
  (strictly later), within the journey window from their first step-1 event in the period (new_member 14 d, mp_order
  3 d, birthday_cake 30 d, stored_value 60 d, aftersales 7 d); rates are per customer (people); the tolerance covers
  both readings (later steps allowed after the period end, or not). "Where do we lose the most" = the step whose next
  step is not reached by the most people (the loss between k and k+1 belongs to step k);
- an order = one `session_id` (HO0000123; the same id as orders.order_id when an order row exists): till purchase
  tp_store_visit → tp_pay; mini-program order tp_mp_browse → tp_order_submit → [tp_pay_fail] → tp_pay | tp_cancel
  (unpaid timeout) → tp_pickup or tp_dispatch → tp_delivered → [tp_complaint → tp_refund] → [tp_review]; birthday cake
  tp_cake_book (rejected when booked < 2 days ahead; a rebooking is a new order) → tp_cake_pay → [tp_dispatch] →
  tp_cake_handover → [complaint, refund, review]. Per-order rates count orders whose first event at the named step A
  falls in the period (by its date) and look for step B (with its condition) in the same order at any time; order
  attributes (store, city, order_type, product_category, delivery_partner, payment_method) are read from the A event;
- times between steps = per order, first B ts - first A ts (B after A), the period by the date of A; minutes / hours /
  days as asked; "longer than X" is strict;
- money = orders with status `paid` (unpaid timeouts are `cancelled`, fully refunded orders `refunded`; partial refunds
  of late cakes / late deliveries leave the order paid), by orders.ts, amount = what the customer paid (after coupon,
  delivery fee included); "paid orders" counts = orders rows with status `paid`; coupon discount / delivery fees = the
  orders columns over paid orders; refunds = `refund_amount` of tp_refund events by refund date; stored-value top-ups =
  `topup_amount` of tp_topup events (bonus not included); spend per paying customer = paid amount / customers with
  >= 1 paid order in the period;
- customers: "customers" = every row of customers.csv; members = tier <> non_member; joined the membership =
  member_joined_at (= tp_signup); customer attributes are as stored (state at the end of the data); 30-day repeat =
  another paid order within 30 days after the customer's first paid order (orders table), for customers with
  signup_at in the year asked; the A/B test = experiments.csv, success = a tp_pay / tp_cake_pay within 14 days after
  assigned_at;
- zh questions are checked against the Chinese twins (门店, 城市, 客群, 品类, 配送方, 券类型, 会员等级), en ones against
  store / city / customer_type / product_category / delivery_partner / coupon_type / variant / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); app ratings = channel `mini_program_review`; rating by step = feedback.touchpoint_id
  over rows with a rating (app + Dianping); negative = 1-2 stars; NPS = survey `nps` (0-10), detractors 0-6;
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "experiments"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true, "
                "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1, "
                    "all_varchar=true)")


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


def conv(journey, start, end, cond="1=1"):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        print("   ", journey, "bounded" if bounded else "open", c)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


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

def _first(tp, where="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id IN ({tp}) AND ({where})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def _tp(tp):
    return ", ".join(f"'{x}'" for x in (tp if isinstance(tp, (list, tuple)) else [tp]))


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None, a_where="1=1"):
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(_tp(a_tp), a_where)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id IN ({_tp(b_tp)})
              AND ({b_cond})) b USING (session_id)
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", a_where="1=1"):
    v, n = sess_rate(a_tp, b_tp, start, end, cond, b_cond, a_where=a_where)[0]
    print("    n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, trap=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows[:5]])
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:        # the minimum size matters: a small group tops the raw list
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(_tp(a_tp))} a JOIN {_first(_tp(b_tp))} b USING (session_id)
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    v, n = q(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}), count(*) {_gap(a_tp, b_tp, start, end, cond)}")[0]
    print("    n =", n)
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_time_share(a_tp, b_tp, start, end, thr, unit="minutes", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, margin=1.15):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t)) m, count(*) {_gap(a_tp, b_tp, start, end, '1=1')} "
             "GROUP BY 1 ORDER BY m DESC")
    print("   ", [(r[0], round(r[1] / 60, 1), r[2]) for r in rows[:4]])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def first_pay_success(start, end, method):
    """mini-program pickup / delivery orders (they have tp_order_submit) whose first payment attempt used `method`:
    share that ended with a tp_pay (any method)."""
    v, n = q(f"""WITH att AS (SELECT * EXCLUDE (rn) FROM (SELECT e.*, row_number() OVER (PARTITION BY session_id
                 ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id IN ('tp_pay_fail', 'tp_pay')
                 AND session_id IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_order_submit'))
                 WHERE rn = 1)
                 SELECT avg((EXISTS (SELECT 1 FROM events p WHERE p.session_id = att.session_id
                                     AND p.touchpoint_id = 'tp_pay'))::int), count(*)
                 FROM att WHERE {_in('att.ts', start, end)} AND att.payment_method = '{method}'""")[0]
    print("    n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- events ----------

def events_share(tp, num, start, end, cond="1=1"):
    v, n = q(f"SELECT avg(({num})::int), count(*) FROM events e WHERE touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond})")[0]
    print("    n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


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


def orders_share(num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def orders_change(p0, p1, cond="1=1", agg="sum(o.amount)"):
    a = orders(*p0, cond, agg)["value"]
    b = orders(*p1, cond, agg)["value"]
    print("   ", a, b)
    return dict(value=round(b / a - 1, 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_per_customer(by, start, end, margin=1.15, lowest=False):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v FROM orders o
                 JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v {'' if lowest else 'DESC'}""")
    print("   ", rows[:4])
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_orders(by, start, end, cond="1=1", margin=1.1, agg="sum(o.amount)"):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- customers ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.15, lowest=False):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n {'' if lowest else 'DESC'}")
    print("   ", rows[:4])
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def _repeat(year, by=None, cond="1=1"):
    sel = f"{by}, " if by else ""
    return q(f"""WITH p AS (SELECT customer_id, ts FROM orders WHERE status = 'paid'),
                 f AS (SELECT customer_id, min(ts) t0 FROM p GROUP BY 1)
                 SELECT {sel}avg((EXISTS (SELECT 1 FROM p WHERE p.customer_id = f.customer_id AND p.ts > f.t0
                                          AND p.ts <= f.t0 + INTERVAL 30 DAY))::int) r, count(*) n
                 FROM f JOIN customers c USING (customer_id)
                 WHERE year(c.signup_at) = {year} AND ({cond}) {'GROUP BY 1 ORDER BY r' if by else ''}""")


def repeat_rate(year, cond="1=1"):
    v, n = _repeat(year, cond=cond)[0]
    print("    n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def rank_repeat(year, by, margin=1.2):
    rows = _repeat(year, by=by)
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
    assert rows[1][1] > rows[0][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def _ab():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                      AND e.touchpoint_id IN ('tp_pay', 'tp_cake_pay') AND e.ts > x.assigned_at
                      AND e.ts <= x.assigned_at + INTERVAL 14 DAY))::int) r, count(*) n
                FROM experiments x GROUP BY 1 ORDER BY r DESC""")


def ab_top(margin=1.1):
    rows = _ab()
    print("   ", rows)
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def ab_value(variant):
    return dict(value=round([r[1] for r in _ab() if r[0] == variant][0], 4), tolerance=0.01)


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
    v, n = q(f"SELECT avg({col}), count(*) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")[0]
    print("    n =", n)
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
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
SUMMER_26 = ("2026-06-01", "2026-08-31")
SV_BUG = ("2026-04-14", "2026-04-27")
CS_RUSH = ("2025-11-15", "2026-01-15")
MOONCAKE_25 = ("2025-09-01", "2025-10-06")
(VISIT, BROWSE, SIGNUP, CLAIM, SUBMIT, CAKE_BOOK, PAY_FAIL, PAY, CAKE_PAY, TOPUP, PICKUP, DISPATCH, DELIVERED,
 HANDOVER, CANCEL, COMPLAINT, REFUND, REVIEW) = (
    "tp_store_visit", "tp_mp_browse", "tp_signup", "tp_coupon_claim", "tp_order_submit", "tp_cake_book",
    "tp_pay_fail", "tp_pay", "tp_cake_pay", "tp_topup", "tp_pickup", "tp_dispatch", "tp_delivered",
    "tp_cake_handover", "tp_cancel", "tp_complaint", "tp_refund", "tp_review")
APP = "f.channel = 'mini_program_review'"
DAMAGED_T = _like("f.text", ["压坏", "蹭花", "squashed", "smeared"])
CAKE_LATE_T = _like("f.text", ["蛋糕还没做好", "没按时做好", "cake wasn't ready", "cake was late"])
LATE_T = _like("f.text", ["外送太慢", "一个多小时才到", "配送超时", "took forever", "hour late"])
FRESH_T = _like("f.text", ["不新鲜", "发酸", "酸味", "变质", "tasted sour", "not fresh"])
WRONG_T = _like("f.text", ["少送", "送错", "item was missing", "wrong item"])
PICKUP_T = _like("f.text", ["还没打包好", "自提等了好久", "还没准备好", "pickup order wasn't ready",
                            "wait ages for my pickup"])
SV_T = _like("f.text", ["储值卡", "stored value card", "prepaid card"])
FEE_T = _like("f.text", ["配送费", "运费", "delivery fee"])
LEAD_T = _like("f.text", ["提前两天", "当天想订", "two days in advance", "same-day cake"])
PRICEY_T = _like("f.text", ["偏贵", "有点贵", "pricey", "overpriced"])
TASTE_T = _like("f.text", ["好吃", "delicious"])
STAFF_T = _like("f.text", ["热情", "态度很好", "friendly staff", "staff were really kind"])
CAKE_ORDER = "a.product_category = 'birthday_cake'"


def gold():
    return {
        # ---- funnels / conversion (per person)
        "bk01": lambda: conv("new_member", *Y25),
        "bk02": lambda: top_lost("new_member", *Q2_26, margin=1.3),
        "bk03": lambda: conv("mp_order", *month(2026, 3)),
        "bk05": lambda: conv("birthday_cake", *Y25),
        "bk06": lambda: top_lost("birthday_cake", *Y25),
        "bk07": lambda: conv("stored_value", *H1_25),
        "bk08": lambda: conv("aftersales", *Y25),
        "bk09": lambda: ab_top(),
        "bk10": lambda: ab_value("big_coupon"),
        # ---- per order
        "bk11": lambda: first_pay_success(*SV_BUG, "stored_value"),
        "bk12": lambda: first_pay_success(*SV_BUG, "wechat_pay"),
        "bk13": lambda: rate(DISPATCH, COMPLAINT, *H2_25, f"{CAKE_ORDER} AND a.delivery_partner = 'dada'",
                             "complaint_reason = 'damaged_cake'"),
        "bk14": lambda: rate(DISPATCH, COMPLAINT, *H2_25, f"{CAKE_ORDER} AND a.delivery_partner = 'sf_express'",
                             "complaint_reason = 'damaged_cake'"),
        "bk15": lambda: rank_rate(DISPATCH, COMPLAINT, *H2_25, by='a."配送方"', cond=CAKE_ORDER,
                                  b_cond="complaint_reason = 'damaged_cake'", margin=1.8),
        "bk16": lambda: rank_rate(HANDOVER, COMPLAINT, *CS_RUSH, by='a."城市"',
                                  b_cond="complaint_reason = 'cake_late'", margin=2.0),
        "bk17": lambda: rank_rate(PICKUP, COMPLAINT, *SUMMER_26, by="a.store", b_cond="complaint_reason = 'pickup_wait'",
                                  min_n=50, margin=1.8, trap=True),
        "bk18": lambda: rate(PICKUP, COMPLAINT, *SUMMER_26, "a.store_id = 'S18'", "complaint_reason = 'pickup_wait'"),
        "bk19": lambda: events_share(CAKE_BOOK, "e.action = 'rejected'", *Y25),
        # ---- times
        "bk21": lambda: step_time(DISPATCH, DELIVERED, *Q4_25, unit="minutes"),
        "bk22": lambda: step_time(DISPATCH, DELIVERED, *Q4_25, "a.city = 'Chongqing'", unit="minutes"),
        "bk23": lambda: top_step_time(DISPATCH, DELIVERED, *Y25, by="a.city", margin=1.3),
        "bk24": lambda: step_time(COMPLAINT, REFUND, *Y25, unit="hours"),
        "bk27": lambda: step_time(CAKE_PAY, HANDOVER, *Y25, unit="days"),
        # ---- money
        "bk28": lambda: orders(*Q4_25),
        "bk29": lambda: orders(*month(2026, 7)),
        "bk30": lambda: orders(*month(2025, 7)),
        "bk31": lambda: orders(*MOONCAKE_25, "o.product_category = 'mooncake'"),
        "bk33": lambda: top_orders("o.product_category", *Y25, margin=1.2, agg="count(*)"),
        "bk34": lambda: orders(*Q2_26, agg="sum(o.delivery_fee)"),
        "bk36": lambda: top_orders("o.coupon_type", *Y25, margin=1.15, agg="sum(o.coupon_discount)"),
        "bk37": lambda: events_sum(TOPUP, "e.topup_amount", *month(2025, 12)),
        "bk38": lambda: events_sum(TOPUP, "e.topup_amount", *month(2025, 11)),
        "bk39": lambda: orders_share("o.payment_method = 'stored_value'", *H1_26),
        "bk40": lambda: orders_change(H1_25, H1_26),
        "bk41": lambda: top_orders('o."城市"', *Y25, margin=1.15),
        "bk43": lambda: per_customer(*Y25),
        "bk44": lambda: top_per_customer("c.customer_type", *Y25, margin=1.2, lowest=True),
        "bk45": lambda: events_sum(REFUND, "e.refund_amount", *Y25),
        # ---- volumes / trends
        "bk46": lambda: orders("2025-12-15", "2025-12-21", agg="count(*)"),
        "bk47": lambda: orders_share("o.order_type = 'delivery'", *month(2026, 2), "o.channel = 'mini_program'"),
        "bk48": lambda: orders_share("o.order_type = 'delivery'", *month(2026, 3), "o.channel = 'mini_program'"),
        "bk51": lambda: orders_change(Q2_25, Q2_26, "o.order_type = 'delivery'", agg="count(*)"),
        # ---- customers
        "bk52": lambda: customers_count("c.tier <> 'non_member'"),
        "bk53": lambda: customers_count(_in("c.member_joined_at", *Q2_26)),
        "bk54": lambda: top_customers('c."城市"', lowest=True, margin=1.1),
        "bk55": lambda: customers_share("c.stored_value_balance > 0"),
        "bk57": lambda: rank_repeat(2025, "c.acquisition_channel", margin=1.3),
        "bk58": lambda: repeat_rate(2025, "c.acquisition_channel = 'referral'"),
        # ---- feedback
        "bk60": lambda: fb_topic_count(DAMAGED_T, "damaged_cake"),
        "bk61": lambda: top_fb_count("f.store", FRESH_T, margin=1.5),
        "bk62": lambda: fb_topic_count(FEE_T, "delivery_fee", period=_in("f.ts", "2026-03-01", "2026-08-31")),
        "bk63": lambda: fb_topic_count(SV_T, "stored_value", period=_in("f.ts", *month(2026, 4))),
        "bk64": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "bk65": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 100, margin=0.4),
        "bk66": lambda: rank_fb_avg('f."城市"', f"{APP} AND {_in('f.ts', *Y25)}", 100, margin=0.15, highest=True),
        "bk67": lambda: fb_avg(f"{APP} AND f.city = 'Xi''an' AND {_in('f.ts', *Y25)}", tol=0.03),
        "bk68": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "bk69": lambda: fb_ratio("f.nps <= 6", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "bk70": lambda: rank_fb_avg('f."门店"', f"{APP} AND {_in('f.ts', '2026-07-01', '2026-08-31')}", 30, margin=0.3),
        "bk71": lambda: feedback_ids(f"{FRESH_T} AND f.store_id = 'S01' AND {_in('f.ts', *month(2026, 7))}"),
        "bk72": lambda: fb_topic_count(LEAD_T, "lead_time"),
        "bk73": lambda: fb_topic_count(LATE_T, "late_delivery",
                                       period=f"f.city = 'Chongqing' AND {_in('f.ts', *Y25)}"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((CAKE_LATE_T, "cake_late"), (WRONG_T, "wrong_item"), (PICKUP_T, "pickup_wait"),
                        (PRICEY_T, "pricey"), (TASTE_T, "taste"), (STAFF_T, "staff"), (FRESH_T, "not_fresh")):
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
    status_only, failed = [], []
    for it in items:
        fn = fns.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                status_only.append(it["id"])
            continue
        print(it["id"], it["lang"], it["question"][:80])
        try:
            got = fn()
        except AssertionError as e:
            if "--keep-going" not in sys.argv:
                raise
            print("   !! FAILED", e)
            failed.append(it["id"])
            continue
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print("   =>", shown)
    print("status-only ok items:", status_only)
    assert not failed, failed
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
