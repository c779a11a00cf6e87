"""Gold answers for the 印个衫 InkTee held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (design 14 d, bulk_quote 30 d, fulfilment
  30 d, aftersales 30 d, reorder 180 d); rates are per customer (people); the tolerance covers both readings (later
  steps allowed after the period end, or not), except where the question says later steps count (then only the
  unbounded reading). "Where do we lose the most" = the step whose next step is not reached by the most people (the
  loss between step k and k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1
  people by that attribute;
- a design session = `session_id` DS000123 (tp_design_open, tp_mockup_save); mockup rate = design sessions whose
  tp_design_open is in the period that have a tp_mockup_save, split by the device of the tp_design_open event;
- a job = `session_id` JB000123 (= `job_id`): [tp_reorder,] [tp_quote_req, tp_quote_sent,] tp_order, tp_proof_sent
  (one per proof round), tp_proof_ok, tp_print, tp_ship, tp_deliver, tp_claim, tp_claim_done, tp_review. An order is
  one job; "orders placed" = tp_order events (every row of orders.csv, whatever its later status). Per-order rates
  count jobs whose first event at the named step A falls in the period (by its date) and look for step B in the same
  job at any time; job attributes (factory / 合作工厂, print_method / 印花工艺, garment / 品类, garment_colour,
  quantity) are read from the step-A event; customer attributes from customers.csv. Claim rate = orders placed with a
  tp_claim / orders placed; a claim of a given kind = tp_claim with that `claim_reason`; quote conversion per quote =
  tp_quote_req jobs with a tp_order; "weekend" quote = submitted on a Saturday or Sunday (by its timestamp);
- on-time delivery rate = tp_deliver rows with `on_time` true / all tp_deliver rows, by delivery date; cancellation
  share = orders.csv rows with status `cancelled` / all orders placed in the period;
- times between steps = per job (or design session), first B ts - first A ts (B after A), period by the date of A;
  hours / days as asked; proof revision rounds = `revision_rounds` of tp_proof_ok;
- money = orders with status `paid` (refunded and cancelled orders are no revenue), by order ts; average order value
  = mean amount of paid orders; discounts = `discount` of paid orders; refunds = `refund_amount` of tp_claim_done
  events (full and partial) by resolution date; pieces sold = sum of `quantity` of paid orders;
- customer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (合作工厂, 印花工艺, 品类, 客户类型, 获客渠道, 城市), en ones against factory / print_method / garment /
  customer_type / acquisition_channel / device / touchpoint_id; coupon codes as stored;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`; rating by step = feedback.touchpoint_id
  over rows with a rating; negative = 1-2 stars when the question says so; NPS = survey `nps` 0-10, NPS score =
  share 9-10 minus share 0-6 (as a fraction);
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


def _assert_gap(a, b, margin, what):
    assert a > b * margin, (what, a, b)


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
            _assert_gap(rows[1][1], rows[0][1], margin, rows[:3])
        else:
            _assert_gap(rows[0][1], rows[1][1], margin, rows[:3])
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2, unbounded_only=False):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        _assert_gap(lost[best], sorted(lost)[-2], margin, (c, lost))
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per session (job / design session) ----------

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


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        big = big[::-1]
        _assert_gap(big[1][1], big[0][1], margin, big[:3])
    else:
        _assert_gap(big[0][1], big[1][1], margin, big[:3])
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


def top_step_time(a_tp, b_tp, start, end, by, agg="median", margin=1.5):
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t)) v {_gap(a_tp, b_tp, start, end, '1=1')} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY v DESC")
    _assert_gap(rows[0][1], rows[1][1], margin, rows[:3])
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
    return dict(value=round(float(v), 3), tolerance=round(max(0.05, abs(float(v)) * 0.03), 3))


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
        _assert_gap(rows[1][1], rows[0][1], margin, rows[:3])
    else:
        _assert_gap(rows[0][1], rows[1][1], margin, rows[:3])
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", status="paid", col="o.amount"):
    return _money(one(f"SELECT sum({col}) FROM orders o LEFT JOIN customers c USING (customer_id) "
                      f"WHERE o.status = '{status}' AND {_in('o.ts', start, end)} AND ({cond})"))


def orders_count_share(num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def aov(start, end, cond="1=1"):
    v = one(f"""SELECT avg(o.amount) FROM orders o LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_aov(by, start, end, margin=1.3):
    rows = q(f"""SELECT {by}, avg(o.amount) v FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    _assert_gap(rows[0][1], rows[1][1], margin, rows[:3])
    return dict(top_entity=rows[0][0])


def top_orders(by, start, end, cond="1=1", margin=1.15, count=False):
    agg = "count(*)" if count else "sum(o.amount)"
    rows = q(f"""SELECT {by}, {agg} n FROM orders o LEFT JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""")
    _assert_gap(rows[0][1], rows[1][1], margin, rows[:3])
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _assert_gap(rows[0][1], rows[1][1], margin, rows[:3])
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
    if topic and one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
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


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
SEP_NOV_25 = ("2025-09-01", "2025-11-30")
OCT_NOV_25 = ("2025-10-01", "2025-11-30")
MAY_JUN_26 = ("2026-05-01", "2026-06-30")
ALL = ("2025-01-01", "2026-07-31")
(DESIGN_OPEN, MOCKUP, QUOTE_REQ, QUOTE_SENT, ORDER, PROOF_SENT, PROOF_OK, PRINT, SHIP, DELIVER, CLAIM, CLAIM_DONE,
 REVIEW, REORDER) = (
    "tp_design_open", "tp_mockup_save", "tp_quote_req", "tp_quote_sent", "tp_order", "tp_proof_sent", "tp_proof_ok",
    "tp_print", "tp_ship", "tp_deliver", "tp_claim", "tp_claim_done", "tp_review", "tp_reorder")
APP = "f.channel = 'mini_program_review'"
WEEKEND = "dayofweek(a.t) IN (0, 6)"
DARK = "a.garment_colour IN ('black', 'navy')"
CRACK = "claim_reason = 'print_crack'"
SIZE = "claim_reason = 'wrong_size'"
CRASH_T = _like("f.text", ["闪退", "crash"])
QUOTE_T = _like("f.text", ["询价", "报价", "quote"])
COLOUR_T = _like("f.text", ["色差", "colour"])
CRACK_T = _like("f.text", ["裂", "crack", "peel"])
SIZE_T = _like("f.text", ["偏小", "small"])
LATE_T = _like("f.text", ["没到货", "晚了", "没收到", "arrived late", "later than promised", "in time"])
PROOF_T = _like("f.text", ["打样", "校稿", "改稿", "proof"])
PRICE_T = _like("f.text", ["贵", "pricey", "expensive"])
QUALITY_T = _like("f.text", ["厚实", "质感", "quality"])
SERVICE_T = _like("f.text", ["耐心", "patient"])


def gold():
    return {
        # ---- funnels / conversion
        "pt01": lambda: conv("design", *Y25),
        "pt02": lambda: top_lost("design", *Q4_25),
        "pt03": lambda: rank_rate(DESIGN_OPEN, MOCKUP, *H1_26, by="a.device", margin=1.5, lowest=True),
        "pt04": lambda: rate(DESIGN_OPEN, MOCKUP, *H1_26, "a.device = 'ios'"),
        "pt05": lambda: rate(DESIGN_OPEN, MOCKUP, *H2_25, "a.device = 'android'"),
        "pt06": lambda: rank_conv("design", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "pt07": lambda: conv("design", *Y25, cond="c.\"获客渠道\" = '老客推荐'"),
        "pt08": lambda: conv("bulk_quote", *Y25),
        "pt09": lambda: rate(QUOTE_REQ, ORDER, *Y25, WEEKEND),
        "pt10": lambda: rate(QUOTE_REQ, ORDER, *Y25, f"NOT {WEEKEND}"),
        "pt11": lambda: top_lost("fulfilment", *Y25, unbounded_only=True, margin=2.0),
        "pt12": lambda: conv("reorder", *H1_25, unbounded_only=True),
        "pt13": lambda: rank_conv("reorder", *H1_25, by="c.customer_type", lowest=True, margin=1.5,
                                  unbounded_only=True),
        # ---- times between steps
        "pt14": lambda: step_time(ORDER, PROOF_OK, *Y25, "a.print_method = 'embroidery'", unit="hours"),
        "pt15": lambda: step_time(ORDER, PROOF_OK, *Y25, "a.print_method = 'DTG'", unit="hours"),
        "pt16": lambda: step_time(QUOTE_REQ, QUOTE_SENT, *Y25, WEEKEND, unit="hours"),
        "pt17": lambda: top_step_time(PROOF_OK, PRINT, *OCT_NOV_25, by="a.factory", margin=2.0),
        "pt18": lambda: step_time(PROOF_OK, PRINT, *OCT_NOV_25, "a.factory = 'Yiwu'"),
        "pt19": lambda: events_agg(PROOF_OK, "e.revision_rounds", *Y25, "e.print_method = 'embroidery'"),
        # ---- per-order rates
        "pt20": lambda: rate(ORDER, CLAIM, *Y25),
        "pt21": lambda: rank_rate(ORDER, CLAIM, *SEP_NOV_25, by="a.factory", margin=1.3),
        "pt22": lambda: rate(ORDER, CLAIM, *SEP_NOV_25, f"a.factory = 'Dongguan Humen' AND {DARK}"),
        "pt23": lambda: rank_rate(ORDER, CLAIM, *Y25, by="a.print_method", b_cond=CRACK, margin=1.5),
        "pt24": lambda: rate(ORDER, CLAIM, *Y25, "a.print_method = 'heat_transfer'", b_cond=CRACK),
        "pt25": lambda: rank_rate(ORDER, CLAIM, *ALL, by='a."品类"', b_cond=SIZE, margin=2.0),
        "pt26": lambda: rate(ORDER, CLAIM, *Y25, f"a.print_method = 'DTG' AND {DARK}", b_cond=CRACK),
        "pt27": lambda: top_events_share(DELIVER, "NOT e.on_time", "e.factory", *Q4_25, margin=1.5),
        "pt28": lambda: events_share(DELIVER, "e.on_time", *Q4_25, "e.\"合作工厂\" = '义乌厂'"),
        # ---- money
        "pt29": lambda: orders(*Y25),
        "pt30": lambda: orders(*month(2026, 6)),
        "pt31": lambda: orders(*month(2026, 5)),
        "pt32": lambda: orders_change(H1_25, H1_26),
        "pt33": lambda: top_aov("c.customer_type", *Y25),
        "pt34": lambda: aov(*Y25, "c.\"客户类型\" = '个人'"),
        "pt35": lambda: top_orders("o.coupon_code", *Y25, count=True, margin=1.15),
        "pt36": lambda: orders(*Y25, "o.coupon_code = 'DOUBLE11'", col="o.discount"),
        "pt37": lambda: events_sum(CLAIM_DONE, "e.refund_amount", *Y25),
        "pt38": lambda: orders(*MAY_JUN_26, "c.customer_type = 'school'"),
        "pt39": lambda: top_orders('o."品类"', *Y25, margin=1.3),
        "pt40": lambda: top_orders("c.region", *Y25, margin=1.1),
        "pt41": lambda: dict(value=int(orders(*Y25, col="o.quantity")["value"]), tolerance=0.5),
        # ---- volumes / trends
        "pt42": lambda: events_at(ORDER, *month(2025, 12)),
        "pt43": lambda: events_at(ORDER, *month(2025, 11)),
        "pt46": lambda: events_at(QUOTE_REQ, "2025-12-01", "2025-12-07"),
        "pt47": lambda: events_at(ORDER, *MAY_JUN_26, "c.\"客户类型\" = '学校班级'"),
        "pt48": lambda: events_change(ORDER, Q3_25, Q4_25),
        # ---- customers
        "pt49": lambda: customers_count("c.customer_type = 'company'"),
        "pt50": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        "pt51": lambda: top_customers('c."获客渠道"', "c.\"客户类型\" = '企业'", margin=1.2),
        # ---- feedback
        "pt52": lambda: fb_topic_count(COLOUR_T, "colour_off"),
        "pt53": lambda: top_fb_count("f.factory", COLOUR_T, margin=2.0),
        "pt54": lambda: fb_topic_count(CRASH_T, "crash"),
        "pt55": lambda: fb_avg(CRASH_T, tol=0.03),
        "pt56": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "pt57": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.5),
        "pt58": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}"),
        "pt59": lambda: fb_topic_count(QUOTE_T, "slow_quote"),
        "pt60": lambda: top_fb_count('f."合作工厂"', f"{LATE_T} AND {_in('f.ts', *Q4_25)}", margin=2.0),
        "pt61": lambda: feedback_ids(f"{COLOUR_T} AND {_in('f.ts', *SEP_NOV_25)}"),
        "pt62": lambda: fb_topic_count(SIZE_T, "size"),
    }


def checks():
    """topic markers must match the generator's truth."""
    for cond, topic in ((CRASH_T, "crash"), (QUOTE_T, "slow_quote"), (COLOUR_T, "colour_off"), (CRACK_T, "crack"),
                        (SIZE_T, "size"), (LATE_T, "late"), (PROOF_T, "proof_slow"), (PRICE_T, "price"),
                        (QUALITY_T, "quality"), (SERVICE_T, "service")):
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
