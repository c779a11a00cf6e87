"""Gold answers for the 醇窖 Oak & Cork held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1
  (strictly later), within the journey window from their first step-1 event in the period (online_purchase 7 d,
  delivery 7 d, returns 21 d, tasting 30 d, renewal 45 d); rates are per customer (people); the tolerance covers both
  readings (later steps allowed after the period end, or not), except where the question says later steps count.
  "Where do we lose the most" = the step whose next step is not reached by the most people (the loss between step k
  and k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1 people by it;
- an online order = one `session_id` WO000123 (= orders.order_id): tp_cart, tp_pay, [tp_cancel], tp_dispatch,
  [tp_age_check], tp_delivered or tp_delivery_fail, [tp_return, tp_refund], [tp_review]. tp_entry and tp_pdp carry a
  visit id (V0001234). A tasting sign-up = `session_id` TR000123 (tp_tasting_signup, tp_tasting_attend); a renewal
  cycle = `session_id` CL00012-R2026 (tp_renewal_notice, tp_member_renew). Per-order (per-session) rates count the
  sessions whose first event at the named step A falls in the period (by its date) and look for step B (with its
  condition) in the same session at any time; attributes (courier / 快递, is_gift, bottles, sku, 产区, store, ...)
  are read from the A event. A tasting no-show = a sign-up with no tp_tasting_attend;
- age-check failure rate = tp_age_check events with action `fail` / all tp_age_check events in the period (per check);
  failed-delivery rate = paid orders (tp_pay) with a tp_delivery_fail / paid orders;
- times between steps = per session, first B ts - first A ts (B after A), the period by the date of A; hours / days
  as asked;
- money = orders with status `paid` (cancelled, refunded = failed delivery, returned = approved return are no
  revenue), by order ts; revenue = online + in-store + Oak Club fees + tasting tickets; "wine sales" = order_type
  online + store; refunds for returns = `refund_amount` of tp_refund events by refund date; spend per paying customer
  = paid amount / customers with >= 1 paid order in the period; average order value = mean amount of paid orders;
- customer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (store, 门店城市, 城市, 获客渠道, 饮酒偏好, 会员等级, 快递, 产区, 验龄失败原因, product), en ones against store_en /
  store_city / region / acquisition_channel / taste_profile / courier / wine_region / fail_reason / product_en /
  touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); app reviews = channel `app_review`; rating by step = feedback.touchpoint_id over rows
  with a rating (app + Dianping); negative = 1-2 stars; NPS = survey `nps` 0-10, NPS score = share 9-10 minus share
  0-6 (as a fraction);
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


def conv(journey, start, end, cond="1=1", unbounded_only=False, upto=None):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        last = c[-1] if upto is None else c[upto - 1]
        vals.append(last / c[0])
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
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per session (order / sign-up / renewal cycle) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    """share of sessions with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", complement=False):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0][0]
    if complement:
        v = 1 - v
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n and r[0] is not None]
    if lowest:
        big = big[::-1]
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond, b_cond="1=1"):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp, b_cond)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days", b_cond="1=1"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def top_step_time(a_tp, b_tp, start, end, by, agg="median", margin=1.15):
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t)) v {_gap(a_tp, b_tp, start, end, '1=1')} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_agg(tp, expr, start, end, cond="1=1", agg="avg"):
    v = one(f"SELECT {agg}({expr}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, abs(float(v)) * 0.01), 3))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", status="paid", agg="sum(o.amount)"):
    v = one(f"SELECT {agg} FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} AND ({cond})")
    if agg == "count(*)":
        return dict(value=v, tolerance=0.5)
    return _money(v)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def orders_share(num, start, end, cond="1=1"):
    v = one(f"SELECT sum(o.amount) FILTER (WHERE {num}) / sum(o.amount) FROM orders o WHERE o.status = 'paid' "
            f"AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_per_customer(by, start, end, min_n=1, margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def top_orders(by, start, end, cond="1=1", margin=1.08, agg="sum(o.amount)"):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
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


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


HAS_TRUTH = False
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
ALL = ("2025-01-01", "2026-07-31")
CORK_LOT = ("2026-01-01", "2026-04-30")
MAR_APR_26 = ("2026-03-01", "2026-04-30")
HIKE = ("2026-03-01", "2026-05-31")
(ENTRY, PDP, CART, PAY, CANCEL, DISPATCH, AGE, DELIVERED, DFAIL, RETURN, REFUND, REVIEW, STORE_PAY, SIGNUP, ATTEND,
 JOIN, NOTICE, RENEW) = (
    "tp_entry", "tp_pdp", "tp_cart", "tp_pay", "tp_cancel", "tp_dispatch", "tp_age_check", "tp_delivered",
    "tp_delivery_fail", "tp_return", "tp_refund", "tp_review", "tp_store_pay", "tp_tasting_signup",
    "tp_tasting_attend", "tp_member_join", "tp_renewal_notice", "tp_member_renew")
APP = "f.channel = 'app_review'"
FAIL = "e.action = 'fail'"
WINE = "o.order_type IN ('online', 'store')"
CORK_T = _like("f.text", ["木塞", "cork"])
BROKEN_T = _like("f.text", ["碎了", "smashed", "broke"])
IDCHECK_T = _like("f.text", ["身份证", "验龄", "id scanner", "show id", "age check"])
FAILED_T = _like("f.text", ["退回", "没送到", "failed", "returned it to sender"])
SLOW_T = _like("f.text", ["退款", "refund"])
FEE_T = _like("f.text", ["会员费", "年费", "fee"])
NOVALUE_T = _like("f.text", ["会员权益", "会员折扣", "barely used", "member discount"])
TASTING_T = _like("f.text", ["品鉴会", "tasting"])
SOMM_T = _like("f.text", ["侍酒师", "sommelier"])
FAST_T = _like("f.text", ["第二天就到", "当天就送到", "送得很快", "next day", "fast delivery", "same-day"])
VALUE_T = _like("f.text", ["性价比", "很值", "实惠", "value", "worth every penny"])
NINGXIA_T = _like("f.text", ["宁夏", "ningxia"])
PRICEY_T = _like("f.text", ["比别的平台贵", "比免税店贵", "pricier", "overpriced"])


def gold():
    return {
        # ---- online purchase funnel
        "ws01": lambda: conv("online_purchase", *Y25),
        "ws02": lambda: top_lost("online_purchase", *H1_26),
        "ws03": lambda: rank_conv("online_purchase", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "ws04": lambda: conv("online_purchase", *Y25, cond="c.acquisition_channel = 'baidu_search'"),
        "ws05": lambda: conv("online_purchase", *Y25, cond="c.\"获客渠道\" = '抖音广告'"),
        "ws06": lambda: rate(CART, PAY, *Y25, "a.somm_pick"),
        "ws07": lambda: rate(CART, PAY, *Y25, "NOT a.somm_pick"),
        # ---- delivery & age check
        "ws08": lambda: conv("delivery", *Y25),
        "ws09": lambda: top_events_share(AGE, FAIL, "e.courier", *month(2025, 12), margin=2.0),
        "ws10": lambda: events_share(AGE, FAIL, *month(2025, 12), "e.courier = 'sf'"),
        "ws11": lambda: events_share(AGE, FAIL, *Y25, "e.is_gift"),
        "ws12": lambda: events_share(AGE, FAIL, *Y25, "NOT e.is_gift"),
        "ws13": lambda: rate(PAY, DFAIL, *Y25),
        "ws14": lambda: top_events_count(AGE, 'e."验龄失败原因"', *H1_26, FAIL),
        "ws15": lambda: step_time(PAY, DELIVERED, *Y25, "a.courier = 'jd'", unit="hours"),
        "ws16": lambda: top_step_time(DISPATCH, DELIVERED, *Y25, by='a."快递"', margin=1.2),
        # ---- returns
        "ws17": lambda: rate(PAY, RETURN, *CORK_LOT, "a.sku_id = 'W02'", "return_reason = 'corked'"),
        "ws18": lambda: top_events_count(RETURN, "e.product_en", *H1_26, "e.return_reason = 'corked'", margin=2.0),
        "ws19": lambda: rank_rate(PAY, RETURN, *H1_26, by='a."产区"', b_cond="return_reason = 'corked'", min_n=50,
                                 margin=1.5),
        "ws20": lambda: rate(PAY, RETURN, *MAR_APR_26, "a.bottles = 6", "return_reason = 'broken'"),
        "ws21": lambda: rate(PAY, RETURN, *MAR_APR_26, "a.bottles = 1", "return_reason = 'broken'"),
        "ws22": lambda: step_time(RETURN, REFUND, *ALL, "a.return_reason = 'corked'"),
        "ws23": lambda: step_time(RETURN, REFUND, *ALL, "a.return_reason = 'broken'"),
        "ws24": lambda: events_sum(REFUND, "e.refund_amount", *H1_26),
        # ---- tastings & club
        "ws25": lambda: rank_rate(SIGNUP, ATTEND, *Y25, by="a.store_en", lowest=True, margin=1.2),
        "ws26": lambda: rate(SIGNUP, ATTEND, *Y25, "a.store_id = 'S03'", complement=True),
        "ws27": lambda: conv("tasting", *Y25),
        "ws28": lambda: events_change(SIGNUP, Q3_25, Q4_25),
        "ws29": lambda: conv("renewal", *Y25),
        "ws30": lambda: conv("renewal", *HIKE, unbounded_only=True),
        "ws31": lambda: orders(*Y25, "o.order_type = 'club_fee'"),
        "ws32": lambda: customers_count("c.club_status = 'active'"),
        # ---- money
        "ws33": lambda: orders(*Y25),
        "ws34": lambda: orders(*month(2026, 7)),
        "ws35": lambda: orders(*month(2026, 6)),
        "ws36": lambda: orders_change(H1_25, H1_26),
        "ws37": lambda: top_orders("o.store_en", *Y25, "o.order_type = 'store'"),
        "ws38": lambda: top_orders('o."产区"', *Y25, WINE),
        "ws39": lambda: orders_share("o.wine_region = 'Ningxia'", *H1_26, WINE),
        "ws40": lambda: orders_share("o.wine_region = 'Ningxia'", *H1_25, WINE),
        "ws41": lambda: per_customer(*Y25),
        "ws42": lambda: top_per_customer('c."饮酒偏好"', *Y25, margin=1.5),
        "ws43": lambda: orders(*Y25, status="refunded"),
        "ws44": lambda: orders(*Y25, "o.order_type = 'online'", agg="avg(o.amount)"),
        # ---- volumes
        "ws45": lambda: events_at(PAY, "2025-11-10", "2025-11-16"),
        "ws46": lambda: events_at(PAY, *month(2026, 1)),
        "ws47": lambda: events_at(PAY, *month(2026, 2)),
        # ---- customers
        "ws48": lambda: customers_count("c.\"城市\" = '北京' AND c.\"会员等级\" = '金卡'"),
        "ws49": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        "ws50": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'"),
        "ws51": lambda: customers_share("EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id "
                                        "AND o.status = 'paid')",
                                        "c.acquisition_channel = 'douyin_ad' AND c.signup_at >= DATE '2025-01-01'"),
        # ---- feedback
        "ws52": lambda: fb_topic_count(CORK_T, "corked"),
        "ws53": lambda: fb_topic_count(IDCHECK_T, "idcheck"),
        "ws54": lambda: fb_topic_count(BROKEN_T, "broken", period=_in("f.ts", "2026-03-01", "2026-05-31")),
        "ws55": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "ws56": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.4),
        "ws57": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "ws58": lambda: fb_topic_count(FEE_T, "fee_hike"),
        "ws59": lambda: fb_avg("f.channel = 'dianping_review'", tol=0.03),
        "ws60": lambda: fb_topic_count(NINGXIA_T, "ningxia"),
        "ws61": lambda: feedback_ids(f"{CORK_T} AND {_in('f.ts', *CORK_LOT)}"),
        "ws62": lambda: top_fb_count("f.courier", f"{IDCHECK_T} AND {_in('f.ts', '2025-11-15', '2026-01-15')}",
                                     margin=1.5),
    }


def checks():
    """every topic's text markers must match the generator's truth."""
    for cond, topic in ((CORK_T, "corked"), (BROKEN_T, "broken"), (IDCHECK_T, "idcheck"), (FAILED_T, "failed"),
                        (SLOW_T, "slow_refund"), (FEE_T, "fee_hike"), (NOVALUE_T, "no_value"),
                        (TASTING_T, "tasting_good"), (SOMM_T, "somm"), (FAST_T, "fast"), (VALUE_T, "value"),
                        (NINGXIA_T, "ningxia"), (PRICEY_T, "pricey")):
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
