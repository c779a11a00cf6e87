"""Gold answers for the 鑫钢链 XinSteel Link B2B steel trading held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1, within
  the journey window from their first step-1 event in the period (deal 30 d, fulfil 14 d, collect 180 d, dispute 30 d);
  rates are per customer (people = distinct customer_id); the tolerance covers both readings (later steps allowed after
  the period end, or not). "After which step do we lose the most" = the step whose next step is not reached by the most
  people (the loss between step k and k+1 is attributed to step k). A funnel split by a customer attribute filters the
  step-1 people by that attribute as stored in customers.csv;
- a deal = one `session_id` XJ000123 (the enquiry number, carried by every event of that deal from the enquiry to the
  final payment). Per-deal rates count deals whose first step-A event falls in the period and look for step B in the same
  session at any time; attributes (enquiry channel, sales_rep) are read from the step-A event;
- a truck lot = one `lot_no` (an order ships in 1-3 lots). Acceptance-dispute rate = tp_acceptance rows with action
  `disputed` / all tp_acceptance rows in the period (by check time); late-delivery share = tp_delivery rows with action
  `delivered_late` / all tp_delivery rows; dispute handling time = per lot, tp_dispute_closed ts - tp_dispute ts, period
  by the dispute ts, median in days;
- times between steps of a deal = first B ts - first A ts in the session (B after A), period by A, median;
- money: contract value = orders.amount (CNY incl. VAT) of orders with status `paid` (deposit paid, contract executed)
  by contract date orders.ts; `cancelled` (no deposit) and `returned` (whole lot returned after a quality dispute) are not
  sales. Final payments received = `payment_amount` of tp_final_payment events by payment time. Credit notes =
  `credit_amount` of tp_dispute_closed by closing time. Overdue: an order is late when its balance was paid after the
  due date or is still unpaid past the due date at the end of the data (orders.days_overdue > 0);
  outstanding overdue at the end = orders with settlement_status `overdue`;
- customers: attributes as stored at the end of the data (2026-06-30); "customers" = rows of customers.csv; new
  customers by `signup_at`;
- zh top entities are the Chinese twins (仓库, 品名, 客户类型, 获客渠道, 销售代表, 丢单原因), en ones the English values
  (warehouse, product, customer_type, acquisition_channel, sales_rep, lost_reason) or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); post-delivery survey = channel `survey` (1-5 stars), NPS survey = channel `nps_survey`
  (0-10, waves in Jan 2025, Jul 2025, Jan 2026), NPS score = share 9-10 minus share 0-6 (as a fraction); negative =
  1-2 stars where the question says so; rating by touchpoint over rows with a rating;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against the
  item's `as_of`; a week is Monday..Sunday.
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
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def _lead(rows, margin, lowest=False):
    """the winner must clearly beat the runner-up (ratio `margin`)."""
    a, b = rows[0][1], rows[1][1]
    if lowest:
        assert b > a * margin, rows[:3]
    else:
        assert a > b * margin, rows[:3]


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
    vals = [funnel(journey, start, end, bounded=b, cond=cond) for b in (False, True)]
    vals = [c[-1] / c[0] for c in vals]
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=40):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL ORDER BY 1")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        _lead(rows, margin, lowest)
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


# ---------- per deal (session) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    return q(f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
                 LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b
                 USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE {_in('a.t', start, end)} AND ({cond}) {'GROUP BY 1 ORDER BY r DESC' if by else ''}""")


def rate(a_tp, b_tp, start, end, cond="1=1"):
    return dict(value=round(sess_rate(a_tp, b_tp, start, end, cond)[0][0], 4), tolerance=0.01)


def top_rate(a_tp, b_tp, start, end, by, margin=1.2, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, by=by)
    rows = sorted([r for r in rows if r[0] is not None], key=lambda r: r[1], reverse=not lowest)
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_hours(a_tp, b_tp, start, end, cond="1=1"):
    v = one(f"SELECT median(epoch(b.t - a.t) / 3600.0) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))


def step_days(a_tp, b_tp, start, end, cond="1=1"):
    v = one(f"SELECT median(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond)}")
    w = one(f"SELECT median(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.1, v * 0.03, abs(v - w) + 0.05), 3))


def top_step_hours(a_tp, b_tp, start, end, by, margin=2.0):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / 3600.0) v {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY v DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- per truck lot ----------

def _lot_gap(start, end, cond):
    return f"""FROM (SELECT * FROM events WHERE touchpoint_id = 'tp_dispute') a
               JOIN (SELECT lot_no, ts AS tc FROM events WHERE touchpoint_id = 'tp_dispute_closed') b USING (lot_no)
               WHERE {_in('a.ts', start, end)} AND ({cond})"""


def dispute_days(start, end, cond="1=1"):
    v = one(f"SELECT median(epoch(b.tc - a.ts) / 86400.0) {_lot_gap(start, end, cond)}")
    w = one(f"SELECT median(date_diff('day', a.ts::DATE, b.tc::DATE)) {_lot_gap(start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.1, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- events ----------

def _ev(tp, start, end, cond):
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) {_ev(tp, start, end, cond)}"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def events_agg(tp, expr, start, end, cond="1=1", agg="avg"):
    v = float(one(f"SELECT {agg}({expr}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.1, abs(v) * 0.01), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) {_ev(tp, *a, cond)}")
    y = one(f"SELECT count(*) {_ev(tp, *b, cond)}")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"), 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=20):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def orders(start, end, cond="1=1", col="o.amount", status="paid"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"),
                tolerance=0.5)


def orders_avg(start, end, cond="1=1"):
    v = float(one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def orders_ratio(num, den, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({num}) / sum({den}) FROM orders o WHERE o.status = 'paid' "
                  f"AND {_in('o.ts', start, end)} AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def orders_now(cond, col=None):
    if col:
        return _money(one(f"SELECT sum({col}) FROM orders o WHERE {cond}"))
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE {cond}"), tolerance=0.5)


def _invoiced(start, end):
    return f"""(SELECT o.*, c.* EXCLUDE (customer_id, sales_rep, 销售代表, credit_terms_days)
               FROM orders o JOIN customers c USING (customer_id)
               JOIN (SELECT order_id, ts AS ti FROM events WHERE touchpoint_id = 'tp_invoice') i USING (order_id)
               WHERE {_in('i.ti', start, end)})"""


def top_overdue(by, start, end, margin=1.2):
    rows = q(f"SELECT {by}, avg((coalesce(days_overdue, 0) > 0)::int) r, count(*) n FROM {_invoiced(start, end)} "
             f"GROUP BY 1 ORDER BY r DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def overdue_share(start, end, cond="1=1"):
    v = one(f"SELECT avg((coalesce(days_overdue, 0) > 0)::int) FROM {_invoiced(start, end)} WHERE {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topic):
    """the text markers must agree exactly with the generator's truth."""
    extra = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
                f"AND coalesce(truth.topic, '') <> '{topic}'")
    missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                 f"WHERE coalesce(truth.topic, '') = '{topic}' AND NOT ({cond})")
    assert extra == 0 and missed == 0, (topic, extra, missed)


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


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


def rank_fb_avg(by, cond, min_n, margin=0.25):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, steps, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
Q1_25, Q3_25, Q1_26 = quarter(2025, 1), quarter(2025, 3), quarter(2026, 1)
OCT25, NOV25, FEB25, FEB26, MAR26, MAY26, JAN26, JUL25, JAN25 = (
    month(2025, 10), month(2025, 11), month(2025, 2), month(2026, 2), month(2026, 3), month(2026, 5), month(2026, 1),
    month(2025, 7), month(2025, 1))
(REG, ENQ, QUOTE, ACCEPT, LOST, CONTRACT, DEPOSIT, DISPATCH, DELIVERY, ACCEPTANCE, DISPUTE, CLOSED, INVOICE,
 COLLECT, FINAL) = (
    "tp_register", "tp_enquiry", "tp_quote", "tp_quote_accept", "tp_quote_lost", "tp_contract", "tp_deposit",
    "tp_dispatch", "tp_delivery", "tp_acceptance", "tp_dispute", "tp_dispute_closed", "tp_invoice", "tp_collection",
    "tp_final_payment")
DISPUTED = "e.action = 'disputed'"
SURVEY = "f.channel = 'survey'"
NPS = "f.channel = 'nps_survey'"
WEIGHT_T = _like("f.text", ["磅差", "short weight"])
RUST_T = _like("f.text", ["锈", "rust"])
SPEC_T = _like("f.text", ["质保书", "规格不符", "mill cert", "wrong spec"])
LATE_T = _like("f.text", ["延误", "delayed"])
INVOICE_T = _like("f.text", ["发票", "invoice"])
COLLECT_T = _like("f.text", ["催款", "collections", "chasing"])
QSLOW_T = _like("f.text", ["报价慢", "slow to quote", "slow quote"])
PRICE_T = _like("f.text", ["涨价", "价格偏高", "price hike", "too expensive"])
FAST_T = _like("f.text", ["发货快", "fast dispatch"])
REP_T = _like("f.text", ["业务员", "sales rep"])
APP_T = _like("f.text", ["小程序", "mini program"])
TOPICS = ((WEIGHT_T, "weight"), (RUST_T, "rust"), (SPEC_T, "spec"), (LATE_T, "late"), (INVOICE_T, "invoice"),
          (COLLECT_T, "collection"), (QSLOW_T, "quote_slow"), (PRICE_T, "price"), (FAST_T, "fast_dispatch"),
          (REP_T, "rep"), (APP_T, "app"))


def gold():
    tj = "e.warehouse = 'tianjin'"
    return {
        # ---- enquiry -> quote -> accept -> contract -> deposit
        "st01": lambda: conv("deal", *Y25),
        "st02": lambda: top_lost("deal", *H2_25),
        "st03": lambda: rank_conv("deal", *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "st04": lambda: conv("deal", *Y25, cond="c.acquisition_channel = 'referral'"),
        "st05": lambda: top_rate(ENQ, ACCEPT, *Y25, by="a.channel", lowest=True, margin=2.0),
        "st06": lambda: rate(ENQ, ACCEPT, *Y25, "a.channel = 'phone'"),
        "st07": lambda: rate(QUOTE, ACCEPT, *MAR26),
        "st08": lambda: rate(QUOTE, ACCEPT, *FEB26),
        "st09": lambda: top_step_hours(ENQ, QUOTE, *Y25, by="b.sales_rep", margin=3.0),
        "st10": lambda: step_hours(ENQ, QUOTE, *Y25),
        "st11": lambda: top_events_count(LOST, "e.lost_reason", *MAR26, margin=2.0),
        "st12": lambda: events_at(LOST, *Y25, "e.sales_rep = 'Huang Zhiwei' AND e.lost_reason = 'quote_expired'"),
        "st13": lambda: rate(QUOTE, ACCEPT, *Y25, "a.sales_rep = 'Zhao Guoqiang'"),
        "st14": lambda: orders_count(*Y25, "o.status = 'cancelled'"),
        # ---- dispatch, delivery, acceptance, disputes
        "st15": lambda: events_share(ACCEPTANCE, DISPUTED, *NOV25, tj),
        "st16": lambda: events_share(ACCEPTANCE, DISPUTED, *OCT25, tj),
        "st17": lambda: top_events_share(ACCEPTANCE, DISPUTED, "e.warehouse", *NOV25, margin=2.5),
        "st18": lambda: events_share(ACCEPTANCE, DISPUTED, *NOV25),
        "st19": lambda: top_events_count(ACCEPTANCE, "e.warehouse", *Y25, "e.issue_type = 'rust'", margin=2.0),
        "st20": lambda: dispute_days(*Y25, "a.dispute_type = 'weight_short'"),
        "st21": lambda: dispute_days(*NOV25, "a.dispute_type = 'weight_short' AND a.warehouse = 'tianjin'"),
        "st22": lambda: events_share(DELIVERY, "e.action = 'delivered_late'", *Y25),
        "st23": lambda: events_at(DISPATCH, *Y25, "e.warehouse = 'shanghai'"),
        "st24": lambda: conv("fulfil", *Y25),
        "st25": lambda: events_at(CLOSED, *Y25, "e.resolution = 'credit_note'"),
        "st26": lambda: events_sum(CLOSED, "e.credit_amount", *Y25),
        # ---- money
        "st27": lambda: orders(*Y25),
        "st28": lambda: orders_change(Q1_25, Q1_26),
        "st29": lambda: top_orders('o."品名"', *Y25, margin=1.3),
        "st30": lambda: orders(*Y25, "o.product = 'rebar'", col="o.tons"),
        "st32": lambda: orders_ratio("o.amount", "o.tons", *H2_25, "o.product = 'rebar'"),
        # ---- collections
        "st35": lambda: orders_now("o.settlement_status = 'overdue'"),
        "st36": lambda: orders_now("o.settlement_status = 'overdue'", col="o.amount"),
        "st37": lambda: top_overdue('"客户类型"', *Y25, margin=1.3),
        "st38": lambda: events_at(COLLECT, *Y25),
        "st39": lambda: events_share(FINAL, "e.action = 'paid_late'", *Y25),
        "st40": lambda: events_sum(FINAL, "e.payment_amount", *Y25),
        "st41": lambda: events_share(FINAL, "e.payment_method = 'bank_acceptance'", *Y25),
        "st42": lambda: step_days(INVOICE, FINAL, *H1_25),
        # ---- customers
        "st43": lambda: customers_count("c.customer_type = 'steel_fabricator'"),
        "st45": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        "st46": lambda: top_customers("c.acquisition_channel", margin=1.3),
        "st47": lambda: customers_count("c.tier = 'strategic'"),
        # ---- volumes
        "st49": lambda: events_at(ENQ, *OCT25),
        "st50": lambda: events_at(ENQ, "2026-03-09", "2026-03-15"),
        "st51": lambda: events_change(ENQ, FEB25, FEB26),
        # ---- feedback
        "st53": lambda: fb_count(WEIGHT_T),
        "st54": lambda: top_fb_count("f.touchpoint_id", WEIGHT_T, margin=5),
        "st55": lambda: top_fb_count('f."仓库"', RUST_T, margin=2.5),
        "st56": lambda: fb_avg(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "st57": lambda: nps_score(f"{NPS} AND {_in('f.ts', *JAN26)}"),
        "st58": lambda: nps_score(f"{NPS} AND {_in('f.ts', *JUL25)}"),
        "st59": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "st60": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.25),
        "st61": lambda: fb_count(QSLOW_T),
        "st62": lambda: top_fb_count('f."销售代表"', QSLOW_T, margin=2.5),
        "st63": lambda: fb_count(INVOICE_T, _in("f.ts", *Y25)),
        "st64": lambda: fb_count(PRICE_T, _in("f.ts", *MAR26)),
        "st65": lambda: feedback_ids(RUST_T),
        # ---- relative periods (as_of)
        "st67": lambda: orders(*MAY26),
        "st68": lambda: events_at(ENQ, "2026-06-01", "2026-06-07"),
        "st69": lambda: events_sum(FINAL, "e.payment_amount", "2026-01-01", "2026-06-30"),
        "st70": lambda: rate(QUOTE, ACCEPT, *Q1_26),
    }


def top_orders(by, start, end, cond="1=1", margin=1.2):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def checks():
    for cond, topic in TOPICS:
        _check_topic(cond, topic)


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
    langs = [it["lang"] for it in items]
    stats = [it["expect"]["status"] for it in items]
    print(f"{len(items)} items: zh {langs.count('zh')} / en {langs.count('en')}; "
          f"ok {stats.count('ok')}, unsupported {stats.count('unsupported')}, clarify {stats.count('clarify')}; "
          f"follow-ups {sum('follow_up_of' in it for it in items)}; as_of {sum('as_of' in it for it in items)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
