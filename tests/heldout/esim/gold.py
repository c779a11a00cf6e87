"""Gold answers for the 漫游宝 RoamEasy (travel eSIM) held-out batch, from plain DuckDB SQL over the raw CSVs written
by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (first_trip 14 d: tp_app_install ->
  tp_browse -> tp_purchase; setup 30 d: tp_purchase -> tp_esim_install -> tp_activate; refund 30 d; repeat 180 d:
  tp_expire -> tp_repurchase); rates are per customer (people); the tolerance covers both readings (later steps
  allowed after the period end, or not). "After which step do we lose the most people" = the step k whose next step
  is not reached by the most people. Funnels split by a customer attribute filter the step-1 people by it;
- a trip = one `session_id` (TR00123): browse, purchase, (repurchase marker), failed installs, eSIM install,
  activation, usage, top-ups, support contacts, refund request, refund, expiry. Per-trip ("per order") rates count
  trips whose first event at the named step is in the period (by its date) and look for the later event in the same
  trip at any time. "Activated trips" = trips with `tp_activate`; an install failure = a `tp_install_fail` event
  (any error_code unless the question names one); a refund = `tp_refund` (money back), a refund request =
  `tp_refund_request`; support issues = `events.issue`;
- times between steps = per trip, first B ts - first A ts, period by the date of A, in days (fractional; the
  tolerance also covers whole calendar days); "more than X days" is strict;
- money = orders with status `paid` (refunded and cancelled orders are no revenue), by order ts; revenue = plan +
  top-up orders; refunds = `refund_amount` of `tp_refund` events by refund date (= refunded orders by refunded_at);
  spend per paying customer = paid amount / customers with >= 1 paid order in the period; plans sold = `tp_purchase`
  events (refunded ones included), plans per buyer = paid plan orders / customers with one;
- customers' traveller type / home city (`region`) / tier / brand are as stored (state at the end of the data); zh
  questions are checked against the Chinese twins (旅客类型, 常住城市, 获客渠道, 手机品牌, 目的地, 问题类型), en ones
  against traveller_type / region / acquisition_channel / phone_brand / destination / issue / touchpoint_id;
  OS / plan_type values are the raw ones;
- feedback: "all data" includes undated rows; negative share = `sentiment_label = 'neg'` over rows dated in the
  period; topic counts by text markers with a 5 % tolerance (cross-checked against _truth/feedback_truth.csv);
  rating by step = feedback.touchpoint_id over rows with a rating; NPS = average `nps` of post-trip surveys;
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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'".replace("'t ", "''t ") for w in words) + ")"


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


def top_conv(journey, start, end, by, margin=1.2, unbounded_only=False, min_n=30):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in ((False,) if unbounded_only else (False, True)):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: -r[1])
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.3, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per trip (session) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", by=None, b_cond="1=1"):
    """share of trips with a first `a_tp` in the period that have a `b_tp` (matching b_cond) in the same trip."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events e WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    r = sess_rate(a_tp, b_tp, start, end, cond, b_cond=b_cond)[0]
    assert r[1] >= 30, r
    return dict(value=round(r[0], 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, min_n, cond="1=1", b_cond="1=1", margin=1.3, trap=True):
    """highest rate among groups with >= min_n trips; with trap=True a smaller group tops the raw list."""
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by, b_cond=b_cond)
    big = [r for r in rows if r[2] >= min_n and r[0] is not None]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0] and rows[0][2] < min_n, rows[:3]
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond)}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_time_share(a_tp, b_tp, start, end, thr, cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / 86400.0 > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_share(tp, num, start, end):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}")
    return dict(value=round(v, 4), tolerance=0.01)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_avg(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT avg({col}) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


def events_change(tp, a, b):
    x = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)}")
    y = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)}")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def top_events(tp, by, start, end, margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders_share(num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 4), tolerance=0.01)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1", agg="sum(o.amount)"):
    v = one(f"""SELECT {agg} / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.01, float(v) * 0.005), 3))


def top_per_customer(by, start, end, min_n, margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    assert rows[0][0] != big[0][0], rows[:3]          # a tiny group tops the raw list
    return dict(top_entity=big[0][0])


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _truth_check(cond, topic):
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, topic=None, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND ({extra})")
    if topic:   # the text markers must agree with the generator's truth
        _truth_check(cond, topic)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def bottom_fb_avg(by, cond, min_n, margin=0.3):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_25, Q3_25, Q4_25, Q1_26 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4), quarter(2026, 1)
QR_BUG = ("2025-10-20", "2025-11-30")
(INSTALL_APP, BROWSE, PURCHASE, ESIM, FAIL, ACTIVATE, USAGE, TOPUP, SUPPORT, REQ, REFUND, EXPIRE, REPURCHASE) = (
    "tp_app_install", "tp_browse", "tp_purchase", "tp_esim_install", "tp_install_fail", "tp_activate", "tp_usage",
    "tp_topup", "tp_support", "tp_refund_request", "tp_refund", "tp_expire", "tp_repurchase")
NEG = "f.sentiment_label = 'neg'"
SLOW_T = _like("f.text", ["网速", "速度很慢", "slow data", "speeds were"])
NOSIG_T = _like("f.text", ["没信号", "没有信号", "no signal", "no service"])
EASY_T = _like("f.text", ["安装很简单", "几分钟就装好", "easy to install", "installed in minutes",
                          "setup was a breeze"])
CHEAP_T = _like("f.text", ["比漫游便宜", "比运营商漫游便宜", "比国际漫游", "cheaper than roaming",
                           "cheaper than my carrier"])
REFUND_SLOW_T = _like("f.text", ["退款等了", "退款还没到账", "退款太慢", "refund took", "waiting for my refund"])
QR_T = _like("f.text", ["二维码扫不出来", "扫码一直报错", "won't scan", "qr scan error", "couldn't scan"])


def gold():
    return {
        # ---- funnels / conversion
        "es01": lambda: conv("first_trip", *Y25),
        "es02": lambda: top_lost("first_trip", *Q3_25),
        "es03": lambda: conv("first_trip", *Q1_26, cond="c.acquisition_channel = 'airline_partner'"),
        "es04": lambda: conv("first_trip", *Q1_26, cond="c.acquisition_channel = 'blogger'"),
        "es05": lambda: top_conv("first_trip", *Y25, by='c."获客渠道"'),
        "es06": lambda: conv("setup", *H2_25),
        "es07": lambda: rate(PURCHASE, FAIL, *QR_BUG, "a.device = 'android'", b_cond="e.error_code = 'qr_scan_error'"),
        "es08": lambda: rate(PURCHASE, FAIL, *QR_BUG, "a.device = 'ios'", b_cond="e.error_code = 'qr_scan_error'"),
        "es09": lambda: rank_rate(PURCHASE, FAIL, *Y25, by='c."手机品牌"', min_n=50),
        "es10": lambda: rate(FAIL, REFUND, *Y25),
        "es11": lambda: rate(ESIM, ACTIVATE, *Y25),
        "es12": lambda: rank_rate(ACTIVATE, TOPUP, *Y25, by="a.destination", min_n=100, margin=1.4),
        "es13": lambda: rate(ACTIVATE, TOPUP, *Y25, "c.\"旅客类型\" = '留学生'"),
        "es14": lambda: rate(ACTIVATE, TOPUP, *Y25, "c.\"旅客类型\" = '商务出行'"),
        "es15": lambda: conv("repeat", *H1_25, unbounded_only=True),
        "es16": lambda: top_conv("repeat", *H1_25, by='c."旅客类型"', unbounded_only=True),
        "es17": lambda: events_share(SUPPORT, "e.issue = 'no_signal'", *Y25),
        # ---- times between steps
        "es18": lambda: step_time(PURCHASE, ACTIVATE, *Y25),
        "es19": lambda: step_time(REQ, REFUND, *Y25, "a.pay_method = 'card'", agg="avg"),
        "es20": lambda: step_time(REQ, REFUND, *Y25, "a.pay_method = 'alipay'", agg="avg"),
        "es21": lambda: step_time_share(REQ, REFUND, *Q3_25, 7),
        "es22": lambda: step_time(ACTIVATE, TOPUP, *Y25),
        # ---- money
        "es23": lambda: orders(*Q3_25, cond="o.order_type = 'plan'"),
        "es24": lambda: orders(*month(2025, 10)),
        "es25": lambda: events_sum(REFUND, "e.refund_amount", *month(2025, 8)),
        "es26": lambda: orders_change(H1_25, H1_26),
        "es27": lambda: top_orders("o.plan_type", *Y25, cond="o.order_type = 'plan'"),
        "es28": lambda: top_orders('o."目的地"', *Y25, agg="count(*)", cond="o.order_type = 'plan'", margin=1.3),
        "es29": lambda: orders("2025-08-04", "2025-08-10", cond="o.order_type = 'topup'"),
        "es30": lambda: orders_share("o.coupon_code IS NOT NULL", *Y25, "o.order_type = 'plan'"),
        "es31": lambda: orders(*H2_25, agg="avg(o.amount)", cond="o.order_type = 'plan' AND o.plan_type = '30day'"),
        "es32": lambda: orders_change(Q2_25, Q3_25),
        # ---- per customer
        "es33": lambda: per_customer(*Y25),
        "es34": lambda: per_customer(*Y25, "c.traveller_type = 'business'"),
        "es35": lambda: per_customer(*Y25, "o.order_type = 'plan'", agg="count(*)"),
        "es36": lambda: top_per_customer("c.region", *Y25, min_n=100),
        "es37": lambda: events_avg(USAGE, "e.usage_gb", *Y25, "c.\"旅客类型\" = '留学生'"),
        # ---- volumes / trends
        "es38": lambda: events_at(PURCHASE, "2025-03-03", "2025-03-09"),
        "es39": lambda: events_at(ACTIVATE, *month(2025, 10)),
        "es40": lambda: events_change(PURCHASE, Q3_25, Q4_25),
        "es43": lambda: events_at(INSTALL_APP, *month(2026, 6)),
        "es44": lambda: events_at(INSTALL_APP, *month(2026, 5)),
        "es45": lambda: events_at(SUPPORT, *Q3_25),
        "es46": lambda: top_events(SUPPORT, 'e."问题类型"', *Q3_25),
        # ---- customers
        "es47": lambda: customers_share("c.traveller_type = 'student_abroad'"),
        "es48": lambda: customers_count("c.tier = 'gold' AND c.phone_os = 'android'"),
        "es49": lambda: top_customers("c.acquisition_channel", _in("c.signup_at", *H1_26)),
        # ---- feedback
        "es51": lambda: fb_topic_count(SLOW_T, "slow_data"),
        "es52": lambda: top_fb_count('f."目的地"', SLOW_T, margin=2.0),
        "es53": lambda: fb_topic_count(NOSIG_T, "no_signal", extra="f.destination = 'Thailand'"),
        "es54": lambda: bottom_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30),
        "es55": lambda: fb_ratio(NEG, _in("f.ts", *H1_26)),
        "es56": lambda: fb_avg(f"f.channel = 'app_store_review' AND {_in('f.ts', *Q4_25)}"),
        "es57": lambda: fb_topic_count(CHEAP_T, "cheaper_roaming"),
        "es58": lambda: feedback_ids(EASY_T),
        "es59": lambda: fb_topic_count(REFUND_SLOW_T, "refund_slow"),
        "es60": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "es61": lambda: top_fb_count("f.phone_os", EASY_T, margin=2.0),
        "es62": lambda: fb_avg(f"f.touchpoint_id = 'tp_activate' AND {_in('f.ts', *H2_25)}"),
        "es66": lambda: feedback_ids(QR_T),
        # ---- follow-up chains on support contacts
        "es69": lambda: rate(ACTIVATE, SUPPORT, *Y25, "a.destination = 'Thailand'", b_cond="e.issue = 'no_signal'"),
        "es70": lambda: rate(ACTIVATE, SUPPORT, *Y25, "a.destination = 'Japan'", b_cond="e.issue = 'no_signal'"),
        "es71": lambda: rate(ACTIVATE, SUPPORT, *Q3_25, "a.destination = 'Japan'", b_cond="e.issue = 'slow_speed'"),
        "es72": lambda: rate(ACTIVATE, SUPPORT, *Q2_25, "a.destination = 'Japan'", b_cond="e.issue = 'slow_speed'"),
    }


def check_markers():
    """every topic's text markers must match the generator's truth exactly."""
    for cond, topic in ((SLOW_T, "slow_data"), (NOSIG_T, "no_signal"), (EASY_T, "install_easy"),
                        (CHEAP_T, "cheaper_roaming"), (REFUND_SLOW_T, "refund_slow"), (QR_T, "qr_fail")):
        _truth_check(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        check_markers()
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(checks) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    status_only = []
    for it in items:
        fn = checks.get(it["id"])
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
