"""Gold answers for the 蜂语 BeeWhisper held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write] [-v]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint strictly after reaching step
  k-1, within the journey window from their first step-1 event in the period (live_order 3 d: live watched -> product
  page -> cart -> paid; mp_order 7 d: mini-program visit -> product page -> cart -> paid; subscription 45 d: started ->
  renewed; returns 14 d: return request -> refund; repeat 60 d: paid -> repeat purchase; verify 14 d: delivered -> QR
  scan). Rates are per customer (people); the tolerance covers both readings (later steps allowed after the period end,
  or not), except where the question says later steps count. "Where do we lose the most" = the step whose next step
  is not reached by the most people (the loss between step k and k+1 is attributed to step k). A funnel split by a
  customer attribute filters the step-1 people by it;
- an order / shopping visit = one `session_id` (BW0000123; = orders.order_id when paid): tp_live or tp_mp_visit,
  tp_product, tp_cart, [tp_reorder], tp_pay (or tp_sub_start / tp_sub_renew for subscription boxes), [tp_cancel +
  tp_refund], tp_ship or tp_cold_ship, tp_delivered, [tp_qr_scan], [tp_cs], [tp_return_req, tp_refund], [tp_review].
  Per-order rates count orders whose first event at the named step A falls in the period (by its date) and look for
  step B (with its condition) in the same order at any time; attributes (product, 品类 / category, carrier / 快递公司,
  live_host / 主播, return_reason / 退货原因, province) are read from the A event. Per-scan shares count tp_qr_scan
  events. A subscription = `subscription_id`; renewal share = subscriptions started in the period (plan of the
  tp_sub_start event) with at least one tp_sub_renew (the first renewal is due 30 days after the start);
- times between steps = per order, first B ts - first A ts (B after A), the period by the date of A; hours / days as
  asked (days: tolerance also covers whole calendar days); "more than X" is strict;
- money = orders with status `paid` (cancelled, returned and refunded orders are no revenue), by order ts; revenue
  includes subscription boxes; "paid orders" counts = orders rows with status `paid`; refunds = `refund_amount` of
  tp_refund events by refund date; spend per paying customer = paid amount / customers with >= 1 paid order in the
  period;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (product, 品类, 快递公司, 主播, 省份 / 收货省份, 客群, 会员等级, 获客渠道, 下单渠道, 退货原因), en ones against
  product_en / category / carrier / live_host / region / province / customer_type / acquisition_channel / channel /
  return_reason / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); order-review ratings = channel `order_review` (1-5 stars); rating by step =
  feedback.touchpoint_id over rows with a rating; negative = 1-2 stars; NPS = survey `nps` (0-10), NPS score = share
  9-10 minus share 0-6 (as a fraction);
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
VERBOSE = False


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


def show(*a):
    if VERBOSE:
        print("   ", *a)


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
    show(journey, start, end, "bounded" if bounded else "open", cond, counts)
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
    r = sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0]
    show(a_tp, b_tp, start, end, cond, b_cond, "n =", r[1])
    return dict(value=round(r[0], 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    if lowest:
        rows = rows[::-1]
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows[:5]])
    big = [r for r in rows if r[2] >= min_n and r[0] is not None]
    if lowest:
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    v, n = q(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}), count(*) {_gap(a_tp, b_tp, start, end, cond)}")[0]
    show(a_tp, b_tp, cond, "n =", n)
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_time_share(a_tp, b_tp, start, end, thr, unit="hours", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, margin=1.15):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t)) m {_gap(a_tp, b_tp, start, end, '1=1')} GROUP BY 1 "
             "ORDER BY m DESC")
    print("   ", [(r[0], round(r[1] / 3600, 1)) for r in rows[:4]])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- subscriptions ----------

def sub_renewal(start, end, plan):
    r = q(f"""SELECT avg((r.subscription_id IS NOT NULL)::int), count(*) FROM events s
              LEFT JOIN (SELECT DISTINCT subscription_id FROM events WHERE touchpoint_id = 'tp_sub_renew') r
              USING (subscription_id)
              WHERE s.touchpoint_id = 'tp_sub_start' AND s.sub_plan = '{plan}' AND {_in('s.ts', start, end)}""")[0]
    show("subscriptions", plan, "n =", r[1])
    return dict(value=round(r[0], 4), tolerance=0.01)


# ---------- events ----------

def ev_share(tp, num, start, end, cond="1=1"):
    r = q(f"SELECT avg(({num})::int), count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
          f"AND ({cond})")[0]
    show(tp, num, cond, "n =", r[1])
    return dict(value=round(r[0], 4), tolerance=0.01)


def events_people(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(DISTINCT customer_id) FROM events e WHERE touchpoint_id = '{tp}' "
                          f"AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_change(tp, p0, p1):
    a = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *p0)}")
    b = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *p1)}")
    show(tp, a, "->", b)
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
    show(a, "->", b)
    return dict(value=round(b / a - 1, 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


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
    v, n = q(f"SELECT avg({col}), count(*) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")[0]
    show("n =", n)
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


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
Q3_25 = quarter(2025, 3)
JUN_AUG_25 = ("2025-06-01", "2025-08-31")
WINTER = ("2025-11-01", "2026-02-28")
MAR_APR_26 = ("2026-03-01", "2026-04-30")
JAN_FEB_26 = ("2026-01-01", "2026-02-28")
BACKLOG = ("2025-09-12", "2025-09-28")
SPRING_26 = ("2026-01-15", "2026-02-10")
(LIVE, MP, PRODUCT, CART, PAY, SUB_START, CANCEL, SHIP, COLD_SHIP, DELIVERED, QR, CS, RETURN_REQ, REFUND, REVIEW,
 SUB_RENEW, SUB_CANCEL, REORDER) = (
    "tp_live", "tp_mp_visit", "tp_product", "tp_cart", "tp_pay", "tp_sub_start", "tp_cancel", "tp_ship",
    "tp_cold_ship", "tp_delivered", "tp_qr_scan", "tp_cs", "tp_return_req", "tp_refund", "tp_review",
    "tp_sub_renew", "tp_sub_cancel", "tp_reorder")
REVIEWS = "f.channel = 'order_review'"
CRYSTAL_T = _like("f.text", ["结晶", "crystalli"])
WARM_T = _like("f.text", ["冰袋", "ice pack"])
LEAK_T = _like("f.text", ["漏", "leak"])
LATE_T = _like("f.text", ["节后才到", "送晚了", "after the festival"])
QR_T = _like("f.text", ["码不存在", "查无此码", "code not found"])
NOTDESC_T = _like("f.text", ["不一样", "货不对板", "not as described", "not what the host"])
PRICEY_T = _like("f.text", ["有点贵", "贵不少", "pricey", "overpriced"])
TASTE_T = _like("f.text", ["纯正", "很香", "tastes pure", "floral taste"])
PACK_T = _like("f.text", ["精美", "beautiful packaging"])


def gold():
    return {
        # ---- funnels / conversion (people)
        "hs01": lambda: conv("mp_order", *Y25),
        "hs02": lambda: top_lost("live_order", *Q1_26),
        "hs03": lambda: rank_conv("repeat", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2,
                                  unbounded_only=True),
        "hs04": lambda: conv("repeat", *Y25, cond="c.acquisition_channel = 'friend_referral'", unbounded_only=True),
        "hs05": lambda: rank_conv("repeat", *Y25, by='c."客群"', margin=1.15, unbounded_only=True),
        "hs06": lambda: conv("live_order", *Y25),
        "hs07": lambda: conv("live_order", *H1_26),
        "hs08": lambda: conv("subscription", *H1_26, unbounded_only=True),
        "hs09": lambda: sub_renewal(*MAR_APR_26, "trial"),
        "hs10": lambda: sub_renewal(*Y25, "standard"),
        "hs11": lambda: conv("returns", *Y25),
        "hs12": lambda: rank_rate(RETURN_REQ, REFUND, *Y25, by="a.return_reason", lowest=True, margin=1.3),
        "hs13": lambda: rate(RETURN_REQ, REFUND, *Y25, "a.return_reason = 'crystallised'"),
        "hs14": lambda: rank_rate(LIVE, PAY, *H2_25, by='a."主播"', lowest=True, margin=1.5),
        "hs15": lambda: rate(LIVE, PAY, *H2_25, "a.live_host = 'laozhou'"),
        "hs16": lambda: conv("verify", *Y25),
        # ---- per order
        "hs17": lambda: rate(COLD_SHIP, RETURN_REQ, *JUN_AUG_25, "a.carrier = 'zto_cold'",
                             "return_reason = 'warm_arrival'"),
        "hs18": lambda: rate(COLD_SHIP, RETURN_REQ, *JUN_AUG_25, "a.carrier = 'sf_cold'",
                             "return_reason = 'warm_arrival'"),
        "hs19": lambda: rank_rate(COLD_SHIP, RETURN_REQ, *JUN_AUG_25, by='a."快递公司"',
                                  b_cond="return_reason = 'warm_arrival'", margin=1.4),
        "hs20": lambda: rank_rate(PAY, RETURN_REQ, *WINTER, by="a.product", cond="a.category = 'honey'",
                                  b_cond="return_reason = 'crystallised'", margin=2.0),
        "hs21": lambda: rate(PAY, RETURN_REQ, *WINTER, "a.product_sku = 'linden'", "return_reason = 'crystallised'"),
        "hs22": lambda: rank_rate(SHIP, RETURN_REQ, *Y25, by="a.carrier", b_cond="return_reason = 'broken_leak'",
                                  margin=1.8),
        "hs23": lambda: ev_share(QR, "e.qr_result = 'not_found'", *MAR_APR_26, "e.product_sku = 'jujube'"),
        "hs24": lambda: ev_share(QR, "e.qr_result = 'not_found'", *MAR_APR_26, "e.product_sku <> 'jujube'"),
        "hs25": lambda: rate(PAY, RETURN_REQ, *Y25),
        "hs26": lambda: rate(PAY, RETURN_REQ, *Y25, "a.live_host = 'influencer'",
                             "return_reason = 'not_as_described'"),
        # ---- times
        "hs27": lambda: step_time(PAY, SHIP, *BACKLOG, "a.category = 'gift_box'"),
        "hs28": lambda: step_time(PAY, SHIP, *SPRING_26, "a.category = 'gift_box'"),
        "hs29": lambda: step_time(COLD_SHIP, DELIVERED, *Q3_25, unit="hours"),
        "hs30": lambda: step_time(COLD_SHIP, DELIVERED, *Q3_25, "a.carrier = 'zto_cold'", unit="hours"),
        "hs31": lambda: step_time(RETURN_REQ, REFUND, *Y25, "a.return_reason = 'crystallised'", agg="avg"),
        "hs32": lambda: step_time_share(COLD_SHIP, DELIVERED, *Q3_25, 48),
        # ---- money
        "hs34": lambda: orders(*month(2025, 9)),
        "hs35": lambda: orders(*month(2026, 6)),
        "hs36": lambda: orders(*month(2026, 5)),
        "hs37": lambda: orders(*Y25, "o.category = 'gift_box'"),
        "hs38": lambda: orders_change(H1_25, H1_26),
        "hs39": lambda: events_sum(REFUND, "e.refund_amount", *Y25),
        "hs40": lambda: top_orders("o.category", *Y25, margin=1.3),
        "hs41": lambda: top_orders('o."收货省份"', *Y25, margin=1.2),
        "hs42": lambda: top_orders("o.product_en", *Y25, "o.category = 'honey'", agg="count(*)", margin=1.2),
        "hs43": lambda: top_orders('o."下单渠道"', *Y25, margin=1.5),
        "hs44": lambda: per_customer(*Y25),
        "hs45": lambda: per_customer(*Y25, "c.customer_type = 'wellness_senior'"),
        "hs46": lambda: top_per_customer("c.customer_type", *Y25, margin=1.12),
        # ---- volumes / trends
        "hs49": lambda: orders("2025-09-08", "2025-09-14", agg="count(*)"),
        "hs53": lambda: events_change(SUB_START, JAN_FEB_26, MAR_APR_26),
        "hs54": lambda: events_people(LIVE, *month(2025, 5)),
        # ---- customers
        "hs55": lambda: customers_share("c.acquisition_channel = 'douyin_live'"),
        "hs57": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        "hs58": lambda: top_customers("c.region", "c.region <> 'Guangdong'"),
        # ---- feedback
        "hs60": lambda: fb_topic_count(CRYSTAL_T, "crystal"),
        "hs61": lambda: fb_topic_count(WARM_T, "warm"),
        "hs62": lambda: top_fb_count("f.product_en", CRYSTAL_T, margin=1.5),
        "hs63": lambda: fb_topic_count(QR_T, "qr_fail", period=_in("f.ts", *MAR_APR_26)),
        "hs64": lambda: fb_ratio("f.rating <= 2", f"{REVIEWS} AND {_in('f.ts', *Y25)}"),
        "hs65": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.5),
        "hs66": lambda: rank_fb_avg("f.product", f"{REVIEWS} AND {_in('f.ts', *Y25)}", 50, margin=0.15,
                                    highest=True),
        "hs68": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "hs69": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "hs70": lambda: fb_topic_count(LATE_T, "late_gift"),
        "hs71": lambda: fb_topic_count(NOTDESC_T, "not_desc"),
        "hs72": lambda: feedback_ids(f"{WARM_T} AND f.carrier = 'zto_cold'"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((LEAK_T, "leak"), (PRICEY_T, "pricey"), (TASTE_T, "taste"), (PACK_T, "packaging")):
        _check_topic(cond, topic)


def main() -> int:
    global HAS_TRUTH, VERBOSE
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    VERBOSE = "-v" in sys.argv
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
