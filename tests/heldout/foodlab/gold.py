"""Gold answers for the 衡安检测 HengAn Food Testing held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a client (customer_id) reaches step k with an event at step k's touchpoint after reaching
  step k-1, within the journey window from their first step-1 event in the period (onboarding 30 d, testing 21 d,
  appeal 30 d, billing 90 d); rates are per client; the tolerance covers both readings (later steps allowed after the
  period end, or not). "Where do we lose the most" = the step whose next step is not reached by the most clients
  (the loss between step k and k+1 is attributed to step k). A funnel split by a client attribute (customer_type /
  客户类型, acquisition_channel / 获客渠道) filters the step-1 clients by that attribute as stored in customers;
- a job (检测委托单) = one session_id JB…; a rejected job is cancelled and a re-booked job is a new job (resubmit_of).
  Per-job rates: rejection rate = tp_sample_received events with action `rejected` / all tp_sample_received events
  (period by intake date, delivery_mode from the event); fail rate = tp_report events with result `fail` / all
  tp_report events (period by report date, matrix / test_type / analyst / fail_item from the report event); on-time
  rate = share of tp_report events with on_time true (report no later than due_at); express share = share of
  tp_sample_booking events with tier `express` (period by booking date); retest overturn rate = tp_retest_report
  events with retest_outcome `overturned` / all tp_retest_report events (period by the request date; the tolerance
  also covers the conclusion date);
- times between steps = per job: first B ts - first A ts (intake -> report, invoice -> payment), median unless the
  question says average, in days (tolerance also covering whole calendar days) or hours when asked, period by the
  date of A, attributes from A; only jobs that reached B;
- money: orders.ts is the booking time of the job. "Paid" = status `paid`; "billed" = test orders not cancelled (paid +
  unpaid); outstanding = status `unpaid`; order_type `test` (检测费) vs `retest` (复检费, refunded = status `refunded`
  with refunded_at); express surcharge = `express_fee`; per client = amount / distinct clients with such orders;
- customer attributes as stored (state at the end of the data); "signed clients" = customers with contract_at;
  zh questions are checked against the Chinese twins (客户类型, 获客渠道, 实验室, 送样方式, 样品类型, 超标项目, 区域,
  analyst's zh name), en ones against the English values (customer_type, acquisition_channel, branch, delivery_mode,
  matrix, reject_reason, test_type, region, analyst_en, touchpoint_id);
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); satisfaction surveys = channel `csat_survey` (1-5); rating by touchpoint =
  feedback.touchpoint_id over rows with a rating; 1-2 stars = negative when the question says so; NPS score = share
  9-10 minus share 0-6 of `nps` (a fraction); lab named in a comment = feedback.branch;
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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


def _margin(rows, margin, lowest=False):
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]


# ---------- funnels (per client, DATA.md rule) ----------

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


def rank_conv(journey, start, end, by, margin=1.15, lowest=False, min_n=30):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        _margin(rows, margin, lowest)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.5):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per job ----------

def ev_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_ev_share(tp, num, by, start, end, cond="1=1", margin=1.3, lowest=False, min_n=30):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} "
             f"ORDER BY r {'ASC' if lowest else 'DESC'}")
    _margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def ev_count(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def ev_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def top_ev_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def _gap(a_tp, b_tp, start, end, cond, a_cond="1=1"):
    return f"""FROM {_first(a_tp, a_cond)} a JOIN {_first(b_tp)} b USING (session_id)
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", a_cond="1=1", unit="days"):
    if unit == "hours":
        v = one(f"SELECT {agg}(epoch(b.t - a.t) / 3600.0) {_gap(a_tp, b_tp, start, end, cond, a_cond)}")
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond, a_cond)}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond, a_cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def rank_step_time(a_tp, b_tp, start, end, by, cond="1=1", agg="median", margin=1.2, a_cond="1=1", min_n=20):
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t) / 86400.0) v, count(*) "
             f"{_gap(a_tp, b_tp, start, end, cond, a_cond)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


def overturn_rate(start, end, cond="1=1"):
    """by request date; the tolerance also covers counting by conclusion date."""
    a = one(f"""SELECT avg((o.retest_outcome = 'overturned')::int) FROM {_first('tp_retest_request')} r
                JOIN {_first('tp_retest_report')} o USING (session_id) WHERE {_in('r.t', start, end)} AND ({cond})""")
    b = one(f"""SELECT avg((o.retest_outcome = 'overturned')::int) FROM {_first('tp_retest_report')} o
                WHERE {_in('o.t', start, end)} AND ({cond})""")
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def rank_overturn(by, min_n=10, margin=1.5):
    rows = q(f"""SELECT {by}, avg((o.retest_outcome = 'overturned')::int) r, count(*) n FROM {_first('tp_retest_report')} o
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


BILLED = "o.status IN ('paid', 'unpaid') AND o.order_type = 'test'"
PAID_TEST = "o.status = 'paid' AND o.order_type = 'test'"


def orders_sum(start, end, cond, col="o.amount", date="o.ts"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE {_in(date, start, end)} AND ({cond})"))


def orders_total(cond, col="o.amount"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE {cond}"))


def refunds(start, end):
    """retest fees refunded, by refund date; the tolerance also covers the order (request) date."""
    a = float(one(f"SELECT sum(amount) FROM orders o WHERE o.status = 'refunded' AND {_in('o.refunded_at', start, end)}"))
    b = float(one(f"SELECT sum(amount) FROM orders o WHERE o.status = 'refunded' AND {_in('o.ts', start, end)}"))
    return dict(value=round(a, 2), tolerance=round(max(0.05, a * 0.002, abs(a - b) + 0.05), 2))


def orders_change(a, b, cond):
    x = one(f"SELECT sum(amount) FROM orders o WHERE {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond):
    v = float(one(f"SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o WHERE {_in('o.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def top_orders(by, cond, start=None, end=None, margin=1.15):
    period = _in("o.ts", start, end) if start else "1=1"
    rows = q(f"SELECT {by}, sum(o.amount) n FROM orders o WHERE {period} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_nps(by, cond, min_n=20, margin=0.2):
    rows = q(f"SELECT {by}, avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) s, count(*) FROM feedback f "
             f"WHERE f.nps IS NOT NULL AND {cond} AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY s")
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def rank_fb_avg(by, cond, min_n, margin=0.25):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
ALL = ("2025-01-01", "2026-07-31")
SINCE_26 = ("2026-01-01", "2026-07-31")
(QREQ, QSENT, CONTRACT, BOOK, INTAKE, TESTING, REPORT, RT_REQ, RT_REP, INVOICE, PAYMENT) = (
    "tp_quote_request", "tp_quote_sent", "tp_contract", "tp_sample_booking", "tp_sample_received", "tp_testing",
    "tp_report", "tp_retest_request", "tp_retest_report", "tp_invoice", "tp_payment")
REJ = "e.action = 'rejected'"
FAIL = "e.result = 'fail'"
CSAT = "f.channel = 'csat_survey'"
MARKERS = {
    "late_report": ["报告延误", "报告迟迟", "late report", "report was late"],
    "rejected": ["拒收", "rejected"],
    "pickup": ["取样员", "pickup driver"],
    "dispute": ["复检", "retest"],
    "price": ["涨价", "太贵", "too expensive", "price increase"],
    "portal": ["下载", "download"],
    "invoice": ["发票", "invoice"],
    "report_error": ["写错", "typo"],
    "fast": ["很快", "quick turnaround"],
    "professional": ["专业", "professional"],
    "other_lab": ["别的检测机构", "another lab"],
    "no_need": ["暂时不需要", "no need for now"],
    "slow_tat": ["周期太长", "turnaround is too long"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}


def gold():
    return {
        # ---- onboarding / billing funnels (per client)
        "fl01": lambda: conv("onboarding", *Y25),
        "fl02": lambda: top_lost("onboarding", *Y25),
        "fl03": lambda: rank_conv("onboarding", *ALL, by="c.acquisition_channel", lowest=True, margin=1.25),
        "fl04": lambda: conv("onboarding", *ALL, cond="c.\"获客渠道\" = '客户推荐'"),
        "fl05": lambda: conv("onboarding", "2026-03-01", "2026-07-31", cond="c.\"客户类型\" = '餐饮门店'"),
        "fl06": lambda: conv("onboarding", "2025-03-01", "2025-07-31", cond="c.customer_type = 'restaurant'"),
        "fl07": lambda: rank_conv("onboarding", *SINCE_26, by="c.customer_type", lowest=True, margin=1.5),
        "fl08": lambda: ev_count(CONTRACT, *quarter(2025, 4)),
        "fl09": lambda: conv("billing", *Y25, unbounded_only=True),
        # ---- sample intake
        "fl10": lambda: ev_share(INTAKE, REJ, "2025-06-01", "2025-09-30", cond="e.delivery_mode = 'courier'"),
        "fl11": lambda: ev_share(INTAKE, REJ, "2025-06-01", "2025-09-30", cond="e.delivery_mode = 'drop_off'"),
        "fl12": lambda: top_ev_count(INTAKE, "e.reject_reason", "2025-06-01", "2025-08-31", cond=REJ, margin=3.0),
        "fl13": lambda: rank_ev_share(INTAKE, REJ, 'e."送样方式"', *SINCE_26, margin=2.0),
        # ---- turnaround and payment times (per job)
        "fl14": lambda: step_time(INTAKE, REPORT, *month(2025, 8),
                                  cond="a.branch = 'Suzhou Lab' AND a.test_type = 'microbiology'",
                                  a_cond="action = 'accepted'"),
        "fl15": lambda: step_time(INTAKE, REPORT, *month(2025, 8),
                                  cond="a.\"实验室\" = '上海总部实验室' AND a.test_type = 'microbiology'",
                                  a_cond="action = 'accepted'"),
        "fl16": lambda: rank_ev_share(REPORT, "e.on_time", 'e."实验室"', *month(2025, 8), lowest=True, margin=1.4),
        "fl17": lambda: ev_share(REPORT, "e.on_time", *Y25),
        "fl18": lambda: step_time(INTAKE, REPORT, *quarter(2026, 2), cond="a.tier = 'express'",
                                  a_cond="action = 'accepted'", unit="hours"),
        "fl19": lambda: step_time(INTAKE, REPORT, *quarter(2026, 2), cond="a.tier = 'standard'",
                                  a_cond="action = 'accepted'", unit="hours"),
        "fl20": lambda: rank_step_time(INTAKE, REPORT, *H1_26, by="a.test_type", cond="a.tier = 'standard'",
                                       a_cond="action = 'accepted'", margin=1.15),
        "fl21": lambda: step_time(INVOICE, PAYMENT, *Y25, cond="a.\"客户类型\" = '商超'"),
        "fl22": lambda: rank_step_time(INVOICE, PAYMENT, *Y25, by="a.customer_type", margin=1.4),
        # ---- results and appeals
        "fl23": lambda: ev_share(REPORT, FAIL, "2025-06-01", "2025-08-31",
                                 cond="e.test_type = 'pesticide_residue' AND e.\"样品类型\" = '蔬菜'"),
        "fl24": lambda: ev_share(REPORT, FAIL, "2025-03-01", "2025-05-31",
                                 cond="e.test_type = 'pesticide_residue' AND e.matrix = 'vegetables'"),
        "fl25": lambda: rank_ev_share(REPORT, FAIL, "e.matrix", *ALL, cond="e.test_type = 'heavy_metals'", margin=2.0),
        "fl26": lambda: top_ev_count(REPORT, 'e."超标项目"', *ALL,
                                     cond=f"{FAIL} AND e.test_type = 'heavy_metals' AND e.matrix = 'grains'", margin=2.0),
        "fl27": lambda: rank_ev_share(REPORT, FAIL, "e.analyst", *ALL, cond="e.test_type = 'pesticide_residue'",
                                      margin=1.8),
        "fl28": lambda: rank_overturn("o.analyst_en", min_n=10, margin=1.5),
        "fl29": lambda: overturn_rate(*ALL, cond="o.analyst = '赵凯'"),
        "fl30": lambda: overturn_rate(*Y25),
        "fl31": lambda: top_ev_count(REPORT, 'e."超标项目"', *H1_26, cond=f"{FAIL} AND e.test_type = 'microbiology'",
                                     margin=1.4),
        "fl32": lambda: ev_count(REPORT, *quarter(2026, 1), cond=FAIL),
        # ---- money
        "fl33": lambda: orders_sum(*Y25, cond=PAID_TEST),
        "fl34": lambda: orders_sum(*month(2026, 7), cond=BILLED),
        "fl35": lambda: orders_sum(*month(2026, 6), cond=BILLED),
        "fl36": lambda: orders_sum(*H2_25, cond=BILLED, col="o.express_fee"),
        "fl37": lambda: top_orders('o."实验室"', PAID_TEST, *Y25, margin=1.3),
        "fl38": lambda: orders_total("o.status = 'unpaid'"),
        "fl39": lambda: top_orders('o."客户类型"', "o.status = 'unpaid'", margin=1.4),
        "fl40": lambda: refunds(*Y25),
        "fl41": lambda: per_customer(*Y25, cond=PAID_TEST),
        # ---- volumes
        "fl42": lambda: ev_count(BOOK, *month(2025, 9)),
        "fl43": lambda: ev_count(BOOK, "2025-09-08", "2025-09-14"),
        "fl45": lambda: ev_change(BOOK, quarter(2025, 2), quarter(2026, 2)),
        "fl46": lambda: ev_share(BOOK, "e.tier = 'express'", *quarter(2026, 2)),
        "fl47": lambda: ev_share(BOOK, "e.tier = 'express'", *quarter(2025, 2)),
        "fl48": lambda: top_ev_count(BOOK, "e.branch", *Y25, margin=1.3),
        # ---- clients
        "fl50": lambda: customers_count("c.segment = 'at_risk'"),
        "fl51": lambda: customers_share("c.\"客户类型\" = '商超'", "c.contract_at IS NOT NULL"),
        "fl52": lambda: top_customers("c.region", "c.contract_at IS NOT NULL", margin=1.5),
        # ---- feedback
        "fl53": lambda: fb_count(T["late_report"]),
        "fl54": lambda: top_fb_count("f.branch", f"{T['late_report']} AND {_in('f.ts', '2025-07-01', '2025-08-31')}",
                                     margin=1.5),
        "fl55": lambda: fb_count(T["rejected"]),
        "fl56": lambda: fb_count(T["portal"], _in("f.ts", *month(2026, 1))),
        "fl57": lambda: fb_ratio("f.rating <= 2", f"{CSAT} AND {_in('f.ts', *Y25)}"),
        "fl58": lambda: rank_fb_avg("f.touchpoint_id", "1=1", min_n=30, margin=0.25),
        "fl59": lambda: nps_score(f"f.channel = 'nps_survey' AND {_in('f.ts', *month(2025, 12))}"),
        "fl60": lambda: rank_nps("f.branch", _in("f.ts", *month(2025, 12)), margin=0.3),
        "fl61": lambda: fb_avg("f.channel = 'nps_survey'", col="f.nps", tol=0.05),
        "fl62": lambda: fb_count(f"f.channel = 'sales_note' AND {T['price']}", _in("f.ts", "2026-03-01", "2026-07-31")),
        "fl63": lambda: feedback_ids(f"{T['late_report']} AND f.branch = 'Suzhou Lab' "
                                     f"AND {_in('f.ts', '2025-07-01', '2025-09-30')}"),
        "fl65": lambda: fb_count(T["dispute"]),
    }


def checks():
    """topic markers must match the generator's truth exactly."""
    for topic in MARKERS:
        _check_topic(T[topic], topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if _has_truth():
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
    print(f"items {len(items)}: zh {sum(it['lang'] == 'zh' for it in items)}, "
          f"en {sum(it['lang'] == 'en' for it in items)}; status "
          + ", ".join(f"{s} {sum(it['expect']['status'] == s for it in items)}" for s in ("ok", "unsupported", "clarify")))
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
