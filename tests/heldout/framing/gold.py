"""Gold answers for the 裱艺 FrameArt held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (order 14 d, production 60 d, aftercare
  14 d, claim 45 d, refund 14 d, reorder 180 d); rates are per customer (people); the tolerance covers both readings
  (later steps allowed after the period end, or not), except where the question says to count later steps.
  "Where do we lose the most" = the step whose next step is not reached by the most people (the loss between step k
  and k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1 people by it;
- a job = one `session_id` (FJ000123): [tp_reorder,] tp_consult, tp_dropoff, tp_select, tp_quote, tp_deposit,
  tp_cancel / tp_refund, tp_workshop, tp_qc (1..3; action fail / pass), tp_ready, tp_handover, tp_claim /
  tp_claim_done, tp_review. Per-job rates count jobs whose first event at the named step A falls in the period (by
  its date) and look for the later step B in the same job at any time; job attributes (store, 门店城市, 业务类型 /
  job_type, 框色 / frame_colour, glass, delivery vendor...) are read from the step-A event. "First QC failed" = the
  job's first tp_qc event has action `fail`, the period by the date of that first check;
- times between steps = per job, first B ts - first A ts (B after A), the period by the date of A; days or hours as
  asked (days fractional; the tolerance also covers whole calendar days); "longer than X" is strict;
- money = orders with status `paid` (refunded jobs are no revenue), by order ts (a job order is booked at the
  deposit with the full job price); revenue = framing_job + scroll_mounting + glass_upgrade + delivery_fee; refunds =
  `refund_amount` of `tp_refund` events by refund date; spend per paying customer = paid amount / customers with
  >= 1 paid order in the period; "jobs / orders placed" = `tp_deposit` events (one per job);
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (store, 门店城市, 框色, 客户类型, 返工原因, 订单类型), en ones against store_en / store_city / frame_colour /
  customer_type / acquisition_channel / delivery_vendor / order_type / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`; rating by step = feedback.touchpoint_id
  over rows with a rating; negative = 1-2 stars when the question says so; NPS = survey `nps` (0-10), NPS score =
  share 9-10 minus share 0-6 as a fraction;
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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


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


# ---------- per job (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    """share of jobs with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
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
    big = [r for r in rows if r[2] >= min_n and r[0] is not None]
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def qc_fail(start, end, cond="1=1", by=None, margin=1.5):
    """share of jobs whose first QC check (in the period) failed."""
    sel = f"{by}, " if by else ""
    rows = q(f"""SELECT {sel}avg((a.action = 'fail')::int) r, count(*) n FROM {_first('tp_qc')} a
                 WHERE {_in('a.t', start, end)} AND ({cond}) {'AND ' + by + ' IS NOT NULL GROUP BY 1 ORDER BY r DESC'
                                                             if by else ''}""")
    if by:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
        return dict(top_entity=rows[0][0])
    return dict(value=round(rows[0][0], 4), tolerance=0.01)


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


def top_step_time(a_tp, b_tp, start, end, by, unit="days", margin=1.25):
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


def top_events_share(tp, num, by, start, end, margin=1.25, cond="1=1"):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


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


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_per_customer(by, start, end, min_n=1, margin=1.2):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
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


def fb_topic_count(cond, period="1=1"):
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


def rank_fb_avg(by, cond, min_n, margin=0.2, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.4):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1)
WALNUT = ("2025-09-01", "2025-10-31")
NOV_JAN = ("2025-11-01", "2026-01-31")
NOV_JUN = ("2025-11-01", "2026-06-30")
(DISCOVER, CONSULT, DROPOFF, SELECT, QUOTE, DEPOSIT, CANCEL, REFUND, WORKSHOP, QC, READY, HANDOVER, REVIEW, CLAIM,
 CLAIM_DONE, REORDER) = ("tp_discover", "tp_consult", "tp_dropoff", "tp_select", "tp_quote", "tp_deposit",
                         "tp_cancel", "tp_refund", "tp_workshop", "tp_qc", "tp_ready", "tp_handover", "tp_review",
                         "tp_claim", "tp_claim_done", "tp_reorder")
APP = "f.channel = 'mini_program_review'"
JOB = "o.order_type IN ('framing_job', 'scroll_mounting')"
COLOUR_T = _like("f.text", ["色差", "和样品不一样", "colour"])
DELAY_T = _like("f.text", ["拖", "delay", "longer than promised", "pushing the date back"])
DAMAGE_T = _like("f.text", ["玻璃碎", "划伤", "破损", "cracked", "damaged"])
WARP_T = _like("f.text", ["起皱", "起拱", "wrinkl", "bubbl", "warped"])
DUST_T = _like("f.text", ["灰尘", "dust"])
PRICE_T = _like("f.text", ["太贵", "expensive", "pricey"])
CRAFT_T = _like("f.text", ["手艺", "craftsmanship"])
SERVICE_T = _like("f.text", ["耐心", "patient"])
TOPICS = [(COLOUR_T, "colour_wrong"), (DELAY_T, "delay"), (DAMAGE_T, "damage"), (WARP_T, "warped"),
          (DUST_T, "dust"), (PRICE_T, "price"), (CRAFT_T, "craft"), (SERVICE_T, "service")]


def gold():
    return {
        # ---- funnels / conversion
        "fr01": lambda: conv("order", *Y25),
        "fr02": lambda: top_lost("order", *Q4_25),
        "fr03": lambda: rank_conv("order", *Y25, by="c.acquisition_channel", lowest=True, margin=1.15),
        "fr04": lambda: conv("order", *Y25, cond="c.acquisition_channel = 'walk_in'"),
        "fr05": lambda: rate(QUOTE, DEPOSIT, *H2_25),
        "fr06": lambda: rate(QUOTE, DEPOSIT, *H2_25, "a.glass = 'museum'"),
        "fr07": lambda: conv("production", *Y25, unbounded_only=True),
        "fr08": lambda: conv("reorder", *H1_25, unbounded_only=True),
        "fr09": lambda: rank_conv("reorder", *Y25, by='c."客户类型"', margin=1.15, unbounded_only=True),
        # ---- QC, claims, deliveries (per job)
        "fr10": lambda: qc_fail(*WALNUT, "a.frame_colour = 'walnut'"),
        "fr11": lambda: qc_fail(*WALNUT, "a.frame_colour = 'black'"),
        "fr12": lambda: qc_fail(*Y25, by='a."框色"'),
        "fr13": lambda: rank_rate(HANDOVER, CLAIM, *NOV_JUN, by="a.delivery_vendor", cond="a.handover_method = "
                                  "'delivery'", b_cond="claim_reason = 'damaged_artwork'", margin=1.8),
        "fr14": lambda: rate(HANDOVER, CLAIM, *NOV_JUN, "a.delivery_vendor = 'quickrun'",
                             "claim_reason = 'damaged_artwork'"),
        "fr15": lambda: rate(DEPOSIT, CANCEL, *Y25),
        "fr16": lambda: events_share(DEPOSIT, "e.glass = 'anti_glare'", "2026-03-01", "2026-06-30",
                                     "e.job_type <> 'scroll_mount'"),
        "fr17": lambda: events_share(DEPOSIT, "e.glass = 'anti_glare'", "2026-01-01", "2026-02-28",
                                     "e.job_type <> 'scroll_mount'"),
        "fr18": lambda: events_share(HANDOVER, "e.handover_method = 'delivery'", *Y25),
        "fr19": lambda: top_events_share(HANDOVER, "e.handover_method = 'delivery'", "e.store_en", *Y25,
                                         margin=1.5, cond="e.intake = 'bring_in'"),
        # ---- times between steps
        "fr20": lambda: step_time(DEPOSIT, READY, *Y25, "a.job_type = 'scroll_mount'"),
        "fr21": lambda: step_time(DEPOSIT, READY, *Y25, "a.job_type = 'western_frame'"),
        "fr22": lambda: step_time(DEPOSIT, READY, "2025-06-01", "2025-07-15", "a.job_type = 'scroll_mount'"),
        "fr23": lambda: top_step_time(DEPOSIT, READY, *NOV_JAN, by="a.store"),
        "fr24": lambda: step_time(READY, HANDOVER, *Q1_26, "b.handover_method = 'pickup'", agg="avg"),
        "fr25": lambda: step_time(CLAIM, CLAIM_DONE, *Y25, agg="avg"),
        "fr26": lambda: step_time_share(DEPOSIT, READY, *Y25, 21, cond="a.job_type = 'scroll_mount'"),
        # ---- money
        "fr28": lambda: orders(*Q3_25),
        "fr29": lambda: orders(*month(2026, 1)),
        "fr30": lambda: orders_change(month(2025, 1), month(2026, 1)),
        "fr31": lambda: orders(*H1_26, "o.order_type = 'glass_upgrade'"),
        "fr33": lambda: events_sum(REFUND, "e.refund_amount", *Y25),
        "fr34": lambda: top_orders('o."门店城市"', *Y25, JOB),
        "fr35": lambda: orders_change(H1_25, H1_26),
        "fr36": lambda: top_orders("o.order_type", *Y25),
        "fr37": lambda: per_customer(*Y25),
        "fr38": lambda: top_per_customer("c.customer_type", *Y25),
        "fr39": lambda: per_customer(*Y25, "c.customer_type = 'individual'"),
        # ---- volumes / trends
        "fr41": lambda: events_at(DEPOSIT, *month(2026, 1)),
        "fr42": lambda: events_at(DEPOSIT, *month(2025, 12)),
        "fr45": lambda: events_change(DEPOSIT, Q3_25, Q4_25),
        "fr46": lambda: events_at(DEPOSIT, *Y25, "e.job_type = 'scroll_mount'"),
        "fr47": lambda: events_at(HANDOVER, "2026-06-08", "2026-06-14"),
        "fr48": lambda: events_at(DROPOFF, *month(2026, 3), "e.action = 'mail_in'"),
        # ---- customers
        "fr49": lambda: customers_count("c.region = 'Shanghai'"),
        "fr50": lambda: customers_count("c.\"会员等级\" = '金卡'"),
        "fr52": lambda: top_customers('c."客户类型"', "c.customer_type <> 'individual'"),
        # ---- feedback
        "fr54": lambda: fb_topic_count(COLOUR_T),
        "fr55": lambda: fb_topic_count(f"{DAMAGE_T} AND f.store_id = 'S4'", _in("f.ts", *NOV_JUN)),
        "fr56": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "fr57": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.4),
        "fr58": lambda: rank_fb_avg("f.store", f"{APP} AND {_in('f.ts', *Y25)}", 100, margin=0.15, highest=True),
        "fr59": lambda: fb_avg(f"{APP} AND f.store_id = 'S1' AND {_in('f.ts', *Y25)}", tol=0.02),
        "fr60": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "fr61": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "fr62": lambda: fb_topic_count(DELAY_T, _in("f.ts", *NOV_JAN)),
        "fr63": lambda: fb_topic_count(f"{DELAY_T} AND f.store_id = 'S3'", _in("f.ts", *NOV_JAN)),
        "fr64": lambda: fb_topic_count(WARP_T),
        "fr65": lambda: feedback_ids(f"{CRAFT_T} AND f.store_id = 'S1'"),
        "fr66": lambda: feedback_ids(f"{DAMAGE_T} AND f.store_id = 'S4'"),
        "fr67": lambda: fb_topic_count(PRICE_T),
        "fr69": lambda: events_at(CLAIM, *Y25, "e.claim_reason = 'wrong_colour'"),
    }


def checks():
    for cond, topic in TOPICS:
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
