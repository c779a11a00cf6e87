"""Gold answers for the 稳驰汽车金融 SteadyDrive used-car auto-loan held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1, within
  the journey window from their first step-1 event in the period (dealer_loan / online_loan 30 d, collections 30 d,
  early_payoff 14 d); rates are per customer (people); the tolerance covers both readings (later steps allowed after
  the period end, or not). "Where do we lose the most" = the step whose next step is not reached by the most people
  (the loss between step k and k+1 is attributed to step k: tp_decision = decided, mostly rejected, never signed).
  A funnel split by a customer attribute (acquisition_channel / 获客渠道) filters the step-1 people by that attribute;
- an application = one `session_id` AP000123 (every event from the application to the last repayment); a loan = one
  order (order_id = loan_id LN000123, the same number). Times between steps are per application, first B ts - first
  A ts, period by the time of A, median unless asked otherwise (hours or fractional days as the question says; the
  tolerance also covers calendar-day counting);
- event-level shares count events: approval rate = tp_decision rows with action approved or conditional / all
  tp_decision rows in the period (by decision time); auto-debit failure rate = tp_repayment rows `debit_failed` /
  rows `debit_success` + `debit_failed` (manual repayments inside the grace period are not debit attempts); share of
  collection calls by `call_outcome` / `contact_type`; "instalments flagged overdue" = tp_overdue rows by flag time;
- first-payment default (首期逾期) of a dealer = loans disbursed in the period (paid orders by order ts) whose
  instalment 1 has a tp_overdue row / those loans;
- money = loan principal of orders with status `paid` (= disbursed to the dealer) by order ts (the disbursement time);
  cancelled orders are contracts cancelled before disbursement (by cancellation time; cancel share is over contracts
  signed in the period, `contract_signed_at`). Penalties = `penalty_amount` of tp_payoff_settled by settlement time.
  Amounts in CNY;
- customers: attributes as stored at the end of the data (2026-06-30); "customers" = rows of customers.csv (everyone
  who at least used the pre-qualification check); new customers by `signup_at` (first contact); borrowers = customers
  with a paid order; the experiment rate = share of a variant's assigned customers with >= 1 tp_overdue row in the
  window;
- zh top entities are the Chinese twins (dealer, 城市, 拒绝原因, 扣款银行, 催收团队, 来电类型, 获客渠道, 职业, 车辆品牌,
  取消原因), en ones the English / raw values (dealer_en, city, reject_reason, debit_bank, collector_team, call_topic,
  acquisition_channel, occupation, car_brand, cancel_reason) or touchpoint_id / variant;
- feedback: "all data" includes rows without ts; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); survey = channel `survey` (after disbursement: rating 1-5 + NPS 0-10); app reviews =
  channel `app_review`; negative = 1-2 stars where the question says so; NPS score = share 9-10 minus share 0-6 (as a
  fraction); rating by touchpoint over rows with a rating;
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "experiments"):
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
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def _assert_lead(rows, margin, lowest=False):
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


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=50):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        _assert_lead(rows, margin, lowest)
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


# ---------- per application (session) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})) WHERE rn = 1)"""


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", unit="days"):
    v = one(f"SELECT median(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit == "hours":
        v *= 24
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.05), 2))
    w = one(f"SELECT median(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def top_step_time(a_tp, b_tp, by, start, end, margin=1.5):
    rows = q(f"SELECT a.{by}, median(epoch(b.t - a.t)) v {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY v DESC")
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def _ev(tp, start, end, cond):
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) {_ev(tp, start, end, cond)}"), tolerance=0.5)


def events_people(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(DISTINCT e.customer_id) {_ev(tp, start, end, cond)}"), tolerance=0.5)


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
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- loans (orders) ----------

def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"),
                tolerance=0.5)


def orders_avg(start, end, cond="1=1"):
    v = float(one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def orders_share(num, start, end, cond="1=1", col="o.ts"):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {_in(col, start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(by, start, end, cond="1=1", margin=1.1, agg="sum(o.amount)"):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_orders_all(by, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM orders o WHERE ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


FPD = ("(o.order_id IN (SELECT loan_id FROM events WHERE touchpoint_id = 'tp_overdue' AND installment_no = 1))")


def fpd_rank(by, start, end, margin=2.0):
    rows = q(f"""SELECT {by}, avg({FPD}::int) r, count(*) n FROM orders o WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY r DESC""")
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def fpd_rate(start, end, cond="1=1"):
    v = one(f"SELECT avg({FPD}::int) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- customers / experiment ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


BORROWER = "c.customer_id IN (SELECT customer_id FROM orders WHERE status = 'paid')"


def _exp(start, end):
    return f"""SELECT x.variant, avg((x.customer_id IN (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_overdue'
               AND {_in('ts', start, end)}))::int) r, count(*) n FROM experiments x GROUP BY 1 ORDER BY r"""


def exp_best(start, end, margin=1.3):
    rows = q(_exp(start, end))
    _assert_lead(rows, margin, lowest=True)
    return dict(top_entity=rows[0][0])


def exp_rate(variant, start, end):
    return dict(value=round([r[1] for r in q(_exp(start, end)) if r[0] == variant][0], 4), tolerance=0.01)


# ---------- feedback ----------

def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topic):
    """the text markers must agree exactly with the generator's truth."""
    extra = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
                f"AND coalesce(truth.topics, '') <> '{topic}'")
    missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                 f"WHERE coalesce(truth.topics, '') = '{topic}' AND NOT ({cond})")
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


def rank_fb_avg(by, cond, min_n, margin=0.3):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, steps, markers ----------

ALL = ("2024-07-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2026-01-01", "2026-06-30")
Q1_25, Q4_25, Q1_26 = quarter(2025, 1), quarter(2025, 4), quarter(2026, 1)
JUL25, AUG25, DEC25, JAN26, MAR26, JUN26 = (month(2025, 7), month(2025, 8), month(2025, 12), month(2026, 1),
                                            month(2026, 3), month(2026, 6))
EXP = ("2025-10-01", "2026-03-31")
(PRECHECK, DEALER_APPLY, ONLINE_APPLY, CHECK, DECISION, CONTRACT, GPS, DISB, REPAY, OVERDUE, CALL, LATE, QUOTE, SETTLED,
 HOTLINE) = ("tp_precheck", "tp_dealer_apply", "tp_online_apply", "tp_credit_check", "tp_decision", "tp_contract",
             "tp_gps_install", "tp_disbursement", "tp_repayment", "tp_overdue", "tp_collection_call", "tp_late_repay",
             "tp_payoff_quote", "tp_payoff_settled", "tp_service_call")
APPROVED = "e.action IN ('approved', 'conditional')"
DEBIT_TRY = "e.action IN ('debit_success', 'debit_failed')"
FAILED = "e.action = 'debit_failed'"
PAID = "o.status = 'paid'"
SURVEY = "f.channel = 'survey'"
APPREV = "f.channel = 'app_review'"
COLLECT_T = _like("f.text", ["催收", "collect"])
FEE_T = _like("f.text", ["费", "fee"])
DEBIT_T = _like("f.text", ["扣款", "debit"])
REJECT_T = _like("f.text", ["拒", "rejected"])
PICKUP_T = _like("f.text", ["提车", "pick up"])
INSUR_T = _like("f.text", ["保险", "insurance"])
FAST_T = _like("f.text", ["审批", "approv"])
CS_T = _like("f.text", ["客服", "hotline"])
TOPICS = ((COLLECT_T, "collection_harass"), (FEE_T, "fee_complaint"), (DEBIT_T, "debit_fail"), (REJECT_T, "rejected"),
          (PICKUP_T, "slow_pickup"), (INSUR_T, "insurance_bundle"), (FAST_T, "fast_approval"), (CS_T, "cs_helpful"))


def gold():
    return {
        # ---- origination funnels
        "al01": lambda: conv("dealer_loan", *Y25),
        "al02": lambda: conv("online_loan", *Y25),
        "al03": lambda: rank_conv("online_loan", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "al04": lambda: top_lost("online_loan", *Q4_25),
        "al05": lambda: events_share(DECISION, APPROVED, *AUG25),
        "al06": lambda: events_share(DECISION, APPROVED, *JUL25),
        "al07": lambda: top_events_count(DECISION, 'e."拒绝原因"', *AUG25, "e.action = 'rejected'", margin=1.5),
        "al08": lambda: top_events_count(DECISION, "e.reject_reason", *H1_25, "e.action = 'rejected'", margin=1.15),
        "al09": lambda: step_time(DEALER_APPLY, DECISION, *Y25, unit="hours"),
        "al10": lambda: step_time(ONLINE_APPLY, DECISION, *Y25, unit="hours"),
        "al11": lambda: top_step_time(CONTRACT, DISB, '"城市"', *Y25, margin=2.0),
        "al12": lambda: step_time(CONTRACT, DISB, *Y25, "a.city = 'xian'"),
        "al13": lambda: orders_share("o.status = 'cancelled'", *Y25, col="o.contract_signed_at"),
        "al14": lambda: top_orders_all("o.cancel_reason", "o.status = 'cancelled'", margin=1.15),
        # ---- money
        "al15": lambda: orders(*Y25),
        "al16": lambda: orders_change(Q1_25, Q1_26),
        "al17": lambda: orders_avg(*Y25),
        "al18": lambda: top_orders("o.dealer_en", *Y25, margin=1.2),
        "al19": lambda: orders(*Y25, "o.dealer_en = 'Rongcheng Youche'"),
        "al20": lambda: orders_share("o.term_months = 36", *Y25, PAID),
        "al21": lambda: top_orders("o.car_brand", *Y25, agg="count(*)", margin=1.15),
        "al22": lambda: orders(*JUN26),
        "al23": lambda: orders_count("2026-03-09", "2026-03-15", PAID),
        "al24": lambda: orders_avg(*Y25, "o.car_brand IN ('BMW', 'Mercedes-Benz')"),
        # ---- repayment, overdue, collections
        "al25": lambda: events_share(REPAY, FAILED, *JAN26, DEBIT_TRY),
        "al26": lambda: events_share(REPAY, FAILED, *DEC25, DEBIT_TRY),
        "al27": lambda: top_events_share(REPAY, FAILED, 'e."扣款银行"', *JAN26, DEBIT_TRY, margin=3.0),
        "al28": lambda: events_at(OVERDUE, *JAN26),
        "al29": lambda: fpd_rank("o.dealer", *Y25, margin=3.0),
        "al30": lambda: fpd_rate(*Y25, "o.dealer_en = 'Jinsheng Used Cars'"),
        "al31": lambda: conv("collections", *Y25),
        "al32": lambda: events_agg(LATE, "e.days_past_due", *Y25),
        "al33": lambda: top_events_share(CALL, "e.contact_type = 'emergency_contact'", "e.collector_team", *ALL,
                                         margin=1.2),
        "al34": lambda: events_at(CALL, *MAR26),
        "al35": lambda: events_share(CALL, "e.call_outcome = 'no_answer'", *Y25),
        "al36": lambda: dict(value=one("SELECT count(*) FROM orders WHERE loan_status = 'written_off'"), tolerance=0.5),
        "al37": lambda: exp_best(*EXP),
        "al38": lambda: exp_rate("sms_only", *EXP),
        # ---- early payoff
        "al39": lambda: conv("early_payoff", *Y25),
        "al40": lambda: events_change(SETTLED, H1_25, H1_26),
        "al41": lambda: events_agg(SETTLED, "e.penalty_amount", *Y25),
        "al42": lambda: events_sum(SETTLED, "e.penalty_amount", *Y25),
        # ---- hotline, volumes
        "al43": lambda: top_events_count(HOTLINE, "e.call_topic", *JAN26, margin=1.3),
        "al45": lambda: events_at(ONLINE_APPLY, "2025-11-10", "2025-11-16"),
        "al47": lambda: events_people(PRECHECK, *Q1_26),
        "al48": lambda: events_at(ONLINE_APPLY, "2026-03-09", "2026-03-15"),
        # ---- customers
        "al49": lambda: customers_count("c.acquisition_channel = 'douyin_ads'"),
        "al50": lambda: customers_share("c.region = 'chengdu'"),
        "al51": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        "al52": lambda: top_customers("c.occupation", BORROWER, margin=1.3),
        "al53": lambda: customers_count("c.segment = 'overdue'"),
        "al54": lambda: customers_share("c.tier = 'D'", "c.tier IS NOT NULL"),
        # ---- feedback
        "al55": lambda: fb_count(COLLECT_T),
        "al56": lambda: top_fb_count("f.collector_team", COLLECT_T, margin=3),
        "al57": lambda: top_fb_count("f.touchpoint_id", FEE_T, margin=2),
        "al58": lambda: fb_count(FEE_T, _in("f.ts", *Y25)),
        "al59": lambda: fb_count(DEBIT_T, _in("f.ts", "2026-01-01", "2026-02-28")),
        "al60": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 15, margin=0.2),
        "al61": lambda: nps_score(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "al62": lambda: fb_avg(APPREV),
        "al63": lambda: fb_ratio("f.rating <= 2", f"{APPREV} AND {_in('f.ts', *Y25)}"),
        "al64": lambda: feedback_ids(f"{DEBIT_T} AND {_in('f.ts', *JAN26)}"),
        "al65": lambda: top_fb_count('f."城市"', PICKUP_T, margin=3),
        "al66": lambda: fb_count(INSUR_T),
    }


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
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
