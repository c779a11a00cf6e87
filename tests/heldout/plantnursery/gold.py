"""Gold answers for the 绿野 GreenRoot plant-nursery held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (buy 7 d, consult 14 d, fulfil 10 d,
  guarantee 30 d, workshop 60 d); rates are per customer (people); the tolerance covers both readings (later steps
  allowed after the period end, or not). "Where do we lose the most" = the step whose next step is not reached by the
  most people (the loss between step k and k+1 is attributed to step k). A funnel split by a customer attribute
  filters the step-1 people by that attribute;
- a purchase = one `session_id` (PU000123): tp_browse, [tp_consult], tp_cart, tp_pay, [tp_dispatch, tp_deliver],
  [tp_plant], [tp_claim, tp_claim_review, tp_replace | tp_refund]; a workshop booking = one `session_id` (WS…):
  tp_ws_signup, [tp_ws_attend | tp_refund]. Per-order rates count purchases whose first event at the named step A
  falls in the period (by its date) and look for the later step B in the same purchase at any time; purchase
  attributes (store, 品类 / category, 配送方式 / delivery_mode, planting_service) are read from the step-A event;
- times between steps = per purchase, first B ts - first A ts (B after A), the period by the date of A; days or hours
  as the question asks (days fractional; the tolerance also covers whole calendar days); "more than X" is strict;
  "days from receiving the plant to the claim" = the `days_since_receipt` the claim carries;
- money = orders with status `paid` (refunded orders are no revenue), by order ts; revenue = plants + pots & soil +
  planting service + workshop tickets; refunds = `refund_amount` of `tp_refund` events by refund date; spend per paying
  customer = paid amount / customers with >= 1 paid order in the period; a paid checkout = one `tp_pay` event;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (store, 品类, 客户类型, 理赔原因, 工作坊, 城市, 会员等级), en ones against store_en / category / customer_type /
  acquisition_channel / touchpoint_id / workshop;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`; rating by step = feedback.touchpoint_id
  over rows with a rating; negative = 1-2 stars when the question says so; NPS survey = channel `nps_survey`,
  NPS = share of 9-10 minus share of 0-6, as a fraction;
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


def conv(journey, start, end, cond="1=1"):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
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


# ---------- per purchase (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    """share of purchases with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
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


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
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


def top_step_time(a_tp, b_tp, start, end, by, cond="1=1", unit="days", margin=1.25):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / {UNITS[unit]}) m {_gap(a_tp, b_tp, start, end, cond)} "
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


def events_median(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT median({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.1, float(v) * 0.03), 2))


def top_events_share(tp, num, by, start, end, margin=1.25, min_n=10):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} "
             f"ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, margin=1.25):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"),
                tolerance=0.5)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


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


def fb_nps(cond):
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


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26 = quarter(2026, 1)
WINTER = ("2025-12-01", "2026-02-28")
SUMMER_25 = ("2025-06-01", "2025-08-31")
SPRING_25 = ("2025-03-01", "2025-05-31")
(DISCOVER, BROWSE, CONSULT, CART, PAY, DISPATCH, DELIVER, PLANT, CLAIM, REVIEW, REPLACE, REFUND, WS_SIGNUP, WS_ATTEND,
 MEMBER) = ("tp_discover", "tp_browse", "tp_consult", "tp_cart", "tp_pay", "tp_dispatch", "tp_deliver", "tp_plant",
            "tp_claim", "tp_claim_review", "tp_replace", "tp_refund", "tp_ws_signup", "tp_ws_attend", "tp_member")
APP = "f.channel = 'mini_program_review'"
DEAD_T = _like("f.text", ["枯死", "死苗", "死了", "died"])
PEST_T = _like("f.text", ["介壳虫", "有虫", "小白虫", "粉蚧", "虫子", "scale insect", "bugs", "mealybug"])
LATE_T = _like("f.text", ["等了四五天", "配送太慢", "一拖再拖", "送货晚了", "days late", "four days after", "almost a week"])
WRONG_T = _like("f.text", ["品种不对", "品种都不对", "标签写的是", "wrong variety", "cultivar"])
DAMAGED_T = _like("f.text", ["花盆碎了", "运输压坏", "压扁", "smashed", "crushed"])
COLD_T = _like("f.text", ["冻伤", "冻坏", "frost"])
CROWDED_T = _like("f.text", ["人太多", "overcrowded", "too many people"])
PLANTING_T = _like("f.text", ["师傅", "planting crew", "gardener"])
XMAS = "Christmas wreath & New Year flowers"


def gold():
    return {
        # ---- funnels / conversion
        "pn01": lambda: conv("buy", *Y25),
        "pn02": lambda: top_lost("buy", *Q2_25),
        "pn03": lambda: rank_conv("buy", *Y25, by="c.acquisition_channel", lowest=True, margin=1.15),
        "pn04": lambda: conv("buy", *Y25, cond="c.acquisition_channel = 'walk_in'"),
        "pn05": lambda: conv("consult", *H1_26),
        "pn07": lambda: conv("guarantee", *Y25),
        "pn08": lambda: conv("workshop", *Y25),
        # ---- delivery
        "pn09": lambda: step_time(PAY, DELIVER, *Q4_25, "a.store_id = 'S1' AND a.delivery_mode = 'same_city'"),
        "pn10": lambda: step_time(PAY, DELIVER, *Q4_25, "a.store_id = 'S2' AND a.delivery_mode = 'same_city'"),
        "pn11": lambda: step_time_share(PAY, DELIVER, *Q4_25, 3, cond="a.store_id = 'S1' AND "
                                        "a.delivery_mode = 'same_city'"),
        "pn12": lambda: top_step_time(PAY, DELIVER, *Q4_25, by="a.store_en", cond="a.delivery_mode = 'same_city'"),
        "pn13": lambda: step_time(PAY, DELIVER, *Y25, "a.delivery_mode = 'express'"),
        # ---- guarantee claims
        "pn14": lambda: rate(DELIVER, CLAIM, *WINTER, "a.delivery_mode = 'express'"),
        "pn15": lambda: rate(DELIVER, CLAIM, *WINTER, "a.delivery_mode = 'same_city'"),
        "pn16": lambda: rate(PAY, CLAIM, *Y25, "a.planting_service = 1 AND a.category IN ('flowering', 'fruit_trees')"),
        "pn17": lambda: rate(PAY, CLAIM, *Y25, "a.planting_service = 0 AND a.category IN ('flowering', 'fruit_trees')"),
        "pn18": lambda: rate(PAY, CLAIM, *SUMMER_25, "a.category = 'houseplants'", b_cond="claim_reason = 'pests'"),
        "pn19": lambda: rate(PAY, CLAIM, *SPRING_25, "a.store_id = 'S3' AND a.variety = 'Rose'",
                             b_cond="claim_reason = 'wrong_variety'"),
        "pn20": lambda: events_share(REVIEW, "e.claim_result = 'rejected'", *Y25),
        "pn21": lambda: top_events_share(REVIEW, "e.claim_result = 'rejected'", 'e."理赔原因"', "2025-01-01",
                                         "2026-06-30", margin=2.0),
        "pn22": lambda: events_median(CLAIM, "e.days_since_receipt", *Y25),
        "pn23": lambda: step_time(CLAIM, REVIEW, *H1_26, agg="avg", unit="hours"),
        "pn25": lambda: top_events_count(CLAIM, 'e."理赔原因"', *H1_26, margin=1.5),
        "pn26": lambda: rank_rate(PAY, CLAIM, *WINTER, by='a."配送方式"', margin=1.5),
        # ---- workshops
        "pn27": lambda: rate(WS_SIGNUP, WS_ATTEND, *Y25),
        "pn28": lambda: rank_fb_avg('f."工作坊"', "f.channel = 'workshop_survey'", 20, margin=0.5),
        "pn29": lambda: orders(*Y25, "o.order_type = 'workshop_ticket'"),
        # ---- money
        "pn31": lambda: orders(*Q2_25),
        "pn33": lambda: orders(*month(2026, 3)),
        "pn34": lambda: orders(*month(2026, 4)),
        "pn35": lambda: orders_change(H1_25, H1_26),
        "pn37": lambda: top_orders("o.store_en", *Y25, "o.order_type = 'plants'"),
        "pn38": lambda: top_orders('o."品类"', *Y25, "o.order_type = 'plants'", margin=1.1),
        "pn39": lambda: events_sum(REFUND, "e.refund_amount", *Q1_26),
        "pn40": lambda: events_sum(REFUND, "e.refund_amount", *Y25, "e.refund_reason = 'guarantee_claim'"),
        "pn41": lambda: per_customer(*Y25),
        "pn42": lambda: per_customer(*Y25, "c.\"客户类型\" = '庭院党'"),
        "pn43": lambda: top_per_customer("c.customer_type", *Y25, min_n=100),
        "pn44": lambda: per_customer(*Y25, "c.customer_type = 'landscaper'"),
        "pn45": lambda: orders_count(*month(2026, 3), "o.order_type = 'plants' AND o.status = 'paid'"),
        # ---- volumes / trends
        "pn48": lambda: events_at(PAY, "2026-03-09", "2026-03-15"),
        "pn49": lambda: events_change(PAY, Q1_25, Q1_26),
        "pn50": lambda: events_share(PAY, "e.planting_service = 1", *Y25),
        # ---- customers
        "pn53": lambda: customers_count("c.tier = 'gold'"),
        "pn54": lambda: customers_count("c.\"城市\" = '昆明' AND c.\"会员等级\" = '绿卡'"),
        "pn56": lambda: customers_count(_in("c.signup_at", *Q3_25)),
        # ---- feedback
        "pn58": lambda: fb_topic_count(PEST_T, "pests"),
        "pn59": lambda: fb_topic_count(LATE_T, "late", period=_in("f.ts", *Y25)),
        "pn60": lambda: top_fb_count("f.store_en", LATE_T, margin=1.5),
        "pn61": lambda: top_fb_count("f.store", WRONG_T, margin=1.3),
        "pn62": lambda: fb_avg(f"{APP} AND {_in('f.ts', *Y25)}"),
        "pn63": lambda: fb_avg(f"{APP} AND {_in('f.ts', *H1_26)}"),
        "pn64": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "pn65": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.3, highest=True),
        "pn66": lambda: fb_avg(f"f.channel = 'nps_survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "pn67": lambda: fb_nps(f"f.channel = 'nps_survey' AND {_in('f.ts', *Y25)}"),
        "pn68": lambda: fb_topic_count(COLD_T, "cold"),
        "pn69": lambda: feedback_ids(f"f.workshop = '{XMAS}' AND {CROWDED_T}"),
        "pn71": lambda: fb_avg("f.channel = 'dianping_review'"),
        "pn72": lambda: fb_topic_count(PEST_T, "pests", period=_in("f.ts", *month(2025, 7))),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((DEAD_T, "dead"), (WRONG_T, "wrong"), (DAMAGED_T, "damaged"), (CROWDED_T, "crowded"),
                        (PLANTING_T, "planting")):
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
