"""Gold answers for the 匠鞋 SoleCraft held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (first_job 30 d, mail_in 45 d, workshop 30 d,
  walkin_pickup 30 d, repeat 120 d); rates are per customer (people); the tolerance covers both readings (later steps
  allowed after the period end, or not), except where the question says to count later steps. "Where do we lose the
  most" = the step whose next step is not reached by the most people (the loss between step k and k+1 is attributed
  to step k). A funnel split by a customer attribute filters the step-1 people by that attribute;
- a job = one `session_id` (JB000123, the job ticket): [tp_repeat,] tp_request, tp_courier_in (mail-in) or
  tp_dropoff (walk-in), tp_inspect, tp_approve or tp_decline, tp_repair, tp_qc (fail -> tp_repair redo -> tp_qc
  pass), tp_ready, tp_pickup or tp_ship_back + tp_delivered, tp_rework (claim) -> tp_refund or a rework cycle,
  tp_rate. Per-job rates count jobs whose first event at the named step A falls in the period (by its date) and look
  for the later step B in the same job at any time; job attributes (shop / shop_en, 门店城市 / shop_city, 送修方式 /
  intake_mode, 服务类型 / service_type, brand_tier) are read from the step-A event;
- times between steps = per job, first B ts - first A ts (B after A), the period by the date of A; days fractional
  (the tolerance also covers whole calendar days); "longer than X" is strict;
- money = orders with status `paid` (refunded orders are no revenue), by order ts; revenue = repair orders +
  cleaning packages + care products + inspection fees; refunds for rework claims = `refund_amount` of `tp_refund`
  events by refund date; spend per paying customer = paid amount / customers with >= 1 paid order in the period;
  approved jobs = `tp_approve` events (one per job);
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (shop, 门店城市, 城市, 获客渠道, 服务类型, 会员等级), en ones against shop_en / shop_city / region /
  acquisition_channel / service_type / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); app ratings = channel `app_review`; rating by touchpoint = feedback.touchpoint_id over
  rows with a rating (app_review + dianping_review); negative = 1-2 stars; promoters = survey nps 9-10;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of`; a week is Monday..Sunday.
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


# ---------- per booking (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    """share of bookings with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
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


def step_time_share(a_tp, b_tp, start, end, thr, unit="days", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, unit="minutes", margin=1.25):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / {UNITS[unit]}) m {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY m DESC")
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


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, margin=1.25):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def per_customer_events(tp, start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def avg_order(start, end, cond="1=1"):
    v = one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def count_orders(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"),
                tolerance=0.5)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_per_customer(by, start, end, min_n, margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    assert rows[0][0] != big[0][0], rows[:3]          # a tiny group tops the raw list
    return dict(top_entity=big[0][0])


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.3):
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
    if topic:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])



Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
JAN_AUG_26 = ("2026-01-01", "2026-08-31")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
GLUE = ("2025-06-01", "2025-10-31")
BACKLOG = ("2025-11-10", "2025-12-20")
(DISCOVER, REQUEST, COURIER_IN, DROPOFF, INSPECT, APPROVE, DECLINE, REPAIR, QC, READY, PICKUP, SHIP_BACK, DELIVERED,
 REWORK, REFUND, RATE, SHOP, REPEAT) = (
    "tp_discover", "tp_request", "tp_courier_in", "tp_dropoff", "tp_inspect", "tp_approve", "tp_decline", "tp_repair",
    "tp_qc", "tp_ready", "tp_pickup", "tp_ship_back", "tp_delivered", "tp_rework", "tp_refund", "tp_rate", "tp_shop",
    "tp_repeat")
APP = "f.channel = 'app_review'"
MAIL = "a.intake_mode = 'mail_in'"
WALK = "a.intake_mode = 'walk_in'"
PEEL_T = _like("f.text", ["开胶", "peeling"])
COLOUR_T = _like("f.text", ["色差", "colour mismatch", "colour doesn't match"])
SLOW_T = _like("f.text", ["没人检测", "等检测", "迟迟不检测", "waited ages", "before anyone even inspected",
                          "took forever"])
PRICEY_T = _like("f.text", ["报价", "quote"])
CRUSH_T = _like("f.text", ["压坏", "压变形", "crushed"])
CRAFT_T = _like("f.text", ["手艺", "跟新的一样", "craftsmanship", "brand new"])
STAFF_T = _like("f.text", ["店员", "staff"])


def gold():
    return {
        # ---- funnels / conversion
        "cb01": lambda: conv("first_job", *Y25),
        "cb02": lambda: top_lost("mail_in", *Y25),
        "cb03": lambda: conv("mail_in", *H2_25, unbounded_only=True),
        "cb04": lambda: rank_conv("first_job", *Y25, by='c."获客渠道"', lowest=True, margin=1.2),
        "cb05": lambda: conv("first_job", *Y25, cond="c.acquisition_channel = 'friend'"),
        "cb06": lambda: conv("repeat", *H1_25, unbounded_only=True),
        "cb07": lambda: rate(READY, PICKUP, *Q2_26, WALK),
        "cb08": lambda: rate(REPAIR, REWORK, *GLUE, "a.service_type = 'resole' AND a.shop_id = 'S08'"),
        "cb09": lambda: rate(REPAIR, REWORK, *GLUE, "a.service_type = 'resole' AND a.shop_id <> 'S08'"),
        "cb10": lambda: rank_rate(INSPECT, DECLINE, *Y25, by='a."服务类型"', margin=1.5),
        "cb11": lambda: rate(INSPECT, DECLINE, *Y25, "a.service_type = 'bag_redye'"),
        "cb12": lambda: rate(QC, QC, *Y25, b_cond="qc_result = 'fail'"),
        "cb13": lambda: rank_rate(QC, QC, *JAN_AUG_26, by="a.shop", b_cond="qc_result = 'fail'", min_n=200,
                                  margin=1.5, trap=True),
        "cb14": lambda: rate(QC, QC, *JAN_AUG_26, "a.shop_id = 'S11'", b_cond="qc_result = 'fail'"),
        "cb15": lambda: rate(INSPECT, APPROVE, *Y25, MAIL),
        # ---- times between steps
        "cb16": lambda: step_time(COURIER_IN, INSPECT, *BACKLOG),
        "cb17": lambda: step_time(COURIER_IN, INSPECT, "2025-09-01", "2025-10-31"),
        "cb18": lambda: step_time(APPROVE, READY, *Y25, "a.service_type = 'bag_redye'"),
        "cb19": lambda: top_step_time(READY, PICKUP, *Y25, by="a.shop_en", unit="days", margin=1.5),
        "cb20": lambda: step_time(DROPOFF, PICKUP, *H1_26, agg="avg"),
        "cb21": lambda: step_time(REQUEST, DELIVERED, *Q1_26),
        "cb22": lambda: step_time_share(REQUEST, DELIVERED, *Y25, 14),
        # ---- money
        "cb23": lambda: orders(*Q4_25),
        "cb24": lambda: orders(*month(2026, 3)),
        "cb25": lambda: orders(*month(2026, 2)),
        "cb26": lambda: orders(*month(2025, 11), "o.order_type = 'care_product'"),
        "cb27": lambda: orders_change(H1_25, H1_26),
        "cb28": lambda: orders(*Y25, "o.order_type = 'cleaning_package'"),
        "cb29": lambda: events_sum(REFUND, "e.refund_amount", *Y25),
        "cb30": lambda: top_orders('o."门店城市"', *Y25, "o.order_type = 'repair'"),
        "cb31": lambda: top_orders("o.service_type", *Y25, "o.order_type IN ('repair', 'cleaning_package')"),
        "cb32": lambda: per_customer(*Y25),
        "cb33": lambda: per_customer(*Y25, "c.brand_tier = 'luxury'"),
        "cb34": lambda: avg_order(*Y25, "o.service_type = 'bag_redye' AND o.order_type = 'repair'"),
        "cb35": lambda: top_orders('o."送修方式"', *JAN_AUG_26),
        # ---- volumes / trends
        "cb36": lambda: events_at(APPROVE, "2025-06-09", "2025-06-15"),
        "cb37": lambda: events_at(APPROVE, *month(2026, 2)),
        "cb38": lambda: events_at(APPROVE, *month(2026, 1)),
        "cb41": lambda: events_change(APPROVE, Q3_25, Q4_25),
        "cb42": lambda: events_at(APPROVE, *Y25, "e.service_type = 'resole'"),
        "cb43": lambda: count_orders("2025-11-01", "2025-11-11", "o.order_type = 'care_product'"),
        # ---- customers
        "cb44": lambda: customers_count("c.\"城市\" = '上海' AND c.\"会员等级\" = '金卡'"),
        "cb45": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        "cb46": lambda: customers_share("c.acquisition_channel = 'xiaohongshu'"),
        "cb47": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'", margin=1.2),
        # ---- feedback
        "cb48": lambda: fb_topic_count(PEEL_T, "sole_peel"),
        "cb49": lambda: top_fb_count("f.shop_en", PEEL_T, margin=2.0),
        "cb50": lambda: fb_avg(f"{APP} AND f.shop_id = 'S08' AND {_in('f.ts', *Q3_25)}", tol=0.03),
        "cb51": lambda: fb_topic_count(COLOUR_T, "colour"),
        "cb52": lambda: fb_topic_count(PRICEY_T, "pricey"),
        "cb53": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "cb54": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 20, margin=0.5),
        "cb55": lambda: fb_avg(f"{APP} AND f.intake_mode = 'mail_in' AND {_in('f.ts', *month(2025, 12))}", tol=0.03),
        "cb56": lambda: fb_avg(f"{APP} AND f.intake_mode = 'mail_in' AND {_in('f.ts', '2025-09-01', '2025-10-31')}",
                               tol=0.03),
        "cb57": lambda: rank_fb_avg("f.shop_en", f"{APP} AND {_in('f.ts', *Y25)}", 60, margin=0.15, highest=True),
        "cb58": lambda: fb_topic_count(SLOW_T, "slow_mail", period=_in("f.ts", *Y25)),
        "cb59": lambda: feedback_ids(f"{COLOUR_T} AND f.shop_id = 'S02'"),
        "cb61": lambda: fb_topic_count(CRAFT_T, "craft", period=_in("f.ts", *H2_25)),
        "cb62": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "cb63": lambda: fb_ratio("f.nps >= 9", f"f.channel = 'survey' AND {_in('f.ts', *JAN_AUG_26)}"),
        "cb64": lambda: fb_avg(f"{APP} AND {_in('f.ts', *Y25)}", tol=0.02),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((PEEL_T, "sole_peel"), (COLOUR_T, "colour"), (SLOW_T, "slow_mail"), (PRICEY_T, "pricey"),
                        (CRUSH_T, "crushed"), (CRAFT_T, "craft"), (STAFF_T, "staff")):
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
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
