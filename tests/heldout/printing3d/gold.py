"""Gold answers for the LayerLab 层工坊 (online 3D printing service) held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (quote_order 7 d, fulfilment 30 d,
  aftersales 14 d, reorder 90 d); rates are per customer (people); the tolerance covers both readings (later steps
  allowed after the period end, or not), except where the question says to count later steps. "After which step do
  we lose the most people" = the step whose next step is not reached by the most people (the loss between step k and
  k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1 people by that attribute;
- a job = one `session_id` (J000123): [tp_reorder,] tp_upload, tp_quote, tp_order, tp_pay, tp_dfm (fail / pass /
  requote; a failed check is followed by tp_dfm_fix and a second tp_dfm), tp_print, [tp_post], tp_qc, tp_ship,
  tp_deliver, [tp_claim, tp_reprint | tp_refund], [tp_review]. A paid job = it has a `tp_pay`. Per-job rates count
  jobs whose first event at the named step A falls in the period (by its date) and look for the later step B in the
  same job at any time; job attributes (process / 工艺, material / 材料, factory / 工厂, lead_time_option / 交期类型,
  machine_id, carrier / 快递) are read from the step-A event (the print event for machines, the ship event for
  carriers); customer attributes from customers.csv;
- times between steps = per job, first B ts - first A ts (B after A), the period by the date of A; days or hours as
  the question asks (days fractional; the tolerance also covers whole calendar days); "later than X days" is strict;
- money = orders with status `paid` (cancelled = unpaid, refunded = no revenue), by order ts; revenue = all paid order
  types (print_job, post_processing, expedite, quote_adjustment, intl_shipping, subscription); refunds =
  `refund_amount` of tp_refund events by refund date; spend per paying customer = paid amount / customers with >= 1
  paid order in the period; paid jobs = tp_pay events (one per job);
- customer attributes are as stored (state at the end of the data, 2026-06-30); zh questions are checked against the
  Chinese twins (工艺, 客户类型, 城市, 工厂, 快递) where the question is in Chinese, en ones against the English values
  / touchpoint_id / machine_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); site reviews = channel `site_review` (1-5 stars, one per tp_review event); rating by
  step = feedback.touchpoint_id over rows with a rating; negative = 1-2 stars when the question says so; NPS survey =
  channel `nps_survey` (0-10); NPS = share of 9-10 minus share of 0-6, as a fraction;
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


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, trap=False, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    if lowest:
        rows = rows[::-1]
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
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


def job_order_share(start, end, otype):
    """share of jobs paid in the period that bought an add-on order of type otype (any status)."""
    v = one(f"""SELECT avg((o.job_id IS NOT NULL)::int) FROM {_first('tp_pay')} a
                LEFT JOIN (SELECT DISTINCT job_id FROM orders WHERE order_type = '{otype}') o ON o.job_id = a.session_id
                WHERE {_in('a.t', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_per_customer(by, start, end, min_n, margin=1.1, trap=False):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]      # a tiny group tops the raw list
    return dict(top_entity=big[0][0])


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o LEFT JOIN customers c USING (customer_id) WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
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


def nps(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
RESIN = ("2025-08-01", "2025-10-15")
MAR_MAY_26 = ("2026-03-01", "2026-05-31")
(VISIT, UPLOAD, QUOTE, ORDER, PAY, DFM, DFM_FIX, PRINT, POST, QC, SHIP, DELIVER, CLAIM, REPRINT, REFUND, REVIEW,
 REORDER, SUBSCRIBE) = ("tp_visit", "tp_upload", "tp_quote", "tp_order", "tp_pay", "tp_dfm", "tp_dfm_fix", "tp_print",
                        "tp_post", "tp_qc", "tp_ship", "tp_deliver", "tp_claim", "tp_reprint", "tp_refund",
                        "tp_review", "tp_reorder", "tp_subscribe")
SITE = "f.channel = 'site_review'"
STD = "a.lead_time_option = 'standard'"
DIM_T = _like("f.text", ["尺寸偏差", "tolerance", "out of spec"])
SURF_T = _like("f.text", ["表面粗糙", "层纹", "rough surface", "layer lines"])
LATE_T = _like("f.text", ["交期", "lead time"])
QUOTE_T = _like("f.text", ["报价", "quote"])
PACK_T = _like("f.text", ["包装", "packag"])
DFM_T = _like("f.text", ["文件检查", "file check"])
FAST_T = _like("f.text", ["很快", "turnaround"])
QUAL_T = _like("f.text", ["精度很高", "表面很光滑", "great detail", "smooth finish"])


def gold():
    return {
        # ---- funnels / conversion
        "p3d01": lambda: conv("quote_order", *Y25),
        "p3d02": lambda: top_lost("quote_order", *Q1_26),
        "p3d03": lambda: rank_rate(QUOTE, ORDER, *Y25, by="a.process", lowest=True, margin=1.3),
        "p3d04": lambda: rate(QUOTE, ORDER, *Y25, "a.process = 'SLA'"),
        "p3d05": lambda: rate(ORDER, PAY, *H2_25),
        "p3d06": lambda: conv("fulfilment", *Y25),
        "p3d07": lambda: rate(PAY, DFM, *Y25, b_cond="action = 'fail'"),
        "p3d08": lambda: rank_rate(PAY, DFM, *Y25, by='c."客户类型"', b_cond="action = 'fail'", min_n=100, trap=True,
                                   margin=1.4),
        "p3d09": lambda: rate(PAY, DFM, *Y25, "c.customer_type = 'design_studio'", b_cond="action = 'fail'"),
        "p3d10": lambda: rate(PRINT, CLAIM, *RESIN, "a.factory = 'suzhou' AND a.process = 'SLA'"),
        "p3d11": lambda: rate(PRINT, CLAIM, *RESIN, "a.factory = 'shenzhen' AND a.process = 'SLA'"),
        "p3d12": lambda: rank_rate(PRINT, CLAIM, *MAR_MAY_26, by="a.machine_id", min_n=30, margin=1.8),
        "p3d13": lambda: rank_rate(SHIP, CLAIM, *H1_26, by="a.carrier", b_cond="defect_type = 'transit_damage'",
                                   margin=1.5),
        "p3d14": lambda: rate(SHIP, CLAIM, *H1_26, "a.carrier = 'JD'", b_cond="defect_type = 'transit_damage'"),
        "p3d15": lambda: conv("reorder", *H1_25, unbounded_only=True),
        "p3d16": lambda: rank_conv("reorder", *Y25, by='c."客户类型"', margin=1.1, unbounded_only=True),
        "p3d17": lambda: events_share(PAY, "e.lead_time_option = 'expedited'", *Y25),
        "p3d18": lambda: job_order_share(*Y25, "post_processing"),
        # ---- times between steps
        "p3d19": lambda: step_time(PAY, SHIP, *Q4_25, STD),
        "p3d20": lambda: step_time(PAY, SHIP, *month(2025, 11), STD),
        "p3d21": lambda: step_time(PAY, SHIP, *month(2025, 10), STD),
        "p3d23": lambda: step_time(PAY, SHIP, *Y25, "a.process = 'metal'", agg="avg"),
        "p3d24": lambda: step_time_share(PAY, SHIP, *Q1_26, 3, cond=f"{STD} AND a.process = 'FDM'"),
        "p3d25": lambda: step_time(DFM, DFM_FIX, *Y25, agg="avg", unit="hours"),
        "p3d26": lambda: step_time(CLAIM, REPRINT, *H2_25),
        # ---- money
        "p3d27": lambda: orders(*Q3_25),
        "p3d28": lambda: orders(*month(2026, 4)),
        "p3d29": lambda: orders(*month(2026, 3)),
        "p3d30": lambda: orders(*Y25, "o.order_type = 'expedite'"),
        "p3d31": lambda: orders_change(H1_25, H1_26),
        "p3d32": lambda: orders(*H2_25, "o.order_type = 'subscription'"),
        "p3d33": lambda: events_sum(REFUND, "e.refund_amount", *Q1_26),
        "p3d34": lambda: top_orders('o."工艺"', *Y25, "o.order_type = 'print_job'", margin=1.1),
        "p3d35": lambda: top_orders("o.material", *Y25, "o.order_type = 'print_job'", margin=1.1),
        "p3d37": lambda: avg_order(*Q4_25, "o.order_type = 'print_job'"),
        "p3d38": lambda: per_customer(*Y25),
        "p3d39": lambda: top_per_customer("c.customer_type", *Y25, min_n=30, margin=1.5),
        "p3d40": lambda: per_customer(*Y25, "c.\"客户类型\" = '学生'"),
        "p3d41": lambda: top_orders('c."城市"', *Y25, margin=1.15),
        # ---- volumes / trends
        "p3d42": lambda: events_at(PAY, "2026-03-02", "2026-03-08"),
        "p3d43": lambda: events_at(PAY, *month(2026, 2)),
        "p3d44": lambda: events_at(PAY, *month(2026, 1)),
        "p3d48": lambda: events_at(PAY, *Y25, "e.\"工艺\" = '金属SLM'"),
        # ---- customers
        "p3d51": lambda: customers_count("c.\"会员等级\" = 'Pro会员'"),
        "p3d52": lambda: customers_count(_in("c.signup_at", *Q3_25)),
        "p3d53": lambda: top_customers('c."城市"', "c.\"城市\" <> '深圳'", margin=1.2),
        # ---- feedback
        "p3d55": lambda: fb_topic_count(DIM_T, "dimensional"),
        "p3d56": lambda: top_fb_count("f.factory", f"{SURF_T} AND {_in('f.ts', '2025-08-01', '2025-10-31')}", margin=2),
        "p3d57": lambda: fb_topic_count(SURF_T, "surface", period=_in("f.ts", *month(2025, 9))),
        "p3d58": lambda: fb_topic_count(LATE_T, "late", period=_in("f.ts", "2025-11-01", "2025-12-31")),
        "p3d59": lambda: top_fb_count('f."工艺"', QUOTE_T, margin=1.5),
        "p3d60": lambda: fb_topic_count(PACK_T, "packaging", period=_in("f.ts", *H1_26)),
        "p3d61": lambda: fb_ratio("f.rating <= 2", f"{SITE} AND {_in('f.ts', *Y25)}"),
        "p3d62": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *H1_26), 30, margin=0.3),
        "p3d63": lambda: fb_avg(f"{SITE} AND f.process = 'SLA' AND {_in('f.ts', *Q3_25)}", tol=0.03),
        "p3d64": lambda: fb_avg(f"{SITE} AND f.process = 'SLA' AND {_in('f.ts', *Q2_25)}", tol=0.03),
        "p3d65": lambda: fb_avg(f"f.channel = 'nps_survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "p3d66": lambda: nps(f"f.channel = 'nps_survey' AND {_in('f.ts', *Y25)}"),
        "p3d67": lambda: feedback_ids(f"{DIM_T} AND f.process = 'SLS'"),
        "p3d69": lambda: fb_avg("f.channel = 'trustpilot'", tol=0.03),
        "p3d70": lambda: dict(value=one("SELECT count(*) FROM feedback f WHERE f.channel = 'wechat_group'"),
                              tolerance=0.5),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((QUOTE_T, "quote"), (DFM_T, "dfm_fail"), (FAST_T, "fast"), (QUAL_T, "quality"),
                        (PACK_T, "packaging")):
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
