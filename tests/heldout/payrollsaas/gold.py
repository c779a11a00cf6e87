"""Gold answers for the 薪桥 WageBridge payroll SaaS held-out batch, from plain DuckDB SQL over the raw CSVs that
generate.py writes.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- a "customer" / "company" / "account" is one `customer_id` (a small employer, not a person). Funnels follow DATA.md:
  a company reaches step k with an event at step k's touchpoint after reaching step k-1, within the journey window
  from its first step-1 event in the period (acquisition 60 d, demo 14 d, onboarding 45 d, pension / expenses add-on
  90 d, support 7 d, year_end 30 d, renewal 40 d); rates are per company; the tolerance covers both readings (later
  steps allowed after the period end, or not) unless the question says later steps count. "After which step do we
  lose the most" = the step whose next step is not reached by the most companies (named by the step *before* the
  drop). A funnel split by a company attribute filters the step-1 companies by that attribute (customers.csv);
- keys: a trial = `session_id` TR00012 (tp_trial, tp_employee_import, tp_first_payroll); a subscription = SUB00012
  (tp_paid, tp_payroll_run, tp_addon_*, tp_renewal_due, tp_renewal, tp_cancel); a ticket = TK00012 (tp_ticket,
  tp_ticket_resolved); a year-end filing = YE00012 (tp_year_end_start, tp_year_end_filed); a demo booking = DM00012.
  Every company has at most one trial and one subscription. Per-key rates count keys whose first step-A event falls in
  the period (by its date) and look for step B with the same key at any time; attributes of the event (support
  channel, ticket category) come from the step-A event, company attributes (country, industry, band, channel) from
  customers.csv;
- first-payroll failure rate = share of trials whose *first* tp_first_payroll event has action `failed` (period by that
  event); STP / RTI rejection rate of pay runs = tp_payroll_run events with submission_status `rejected` / all
  tp_payroll_run events in the period; demo no-show rate = tp_demo bookings with demo_outcome `no_show` / all bookings;
- times between steps = per key (trial -> paid per company: first tp_trial to first tp_paid), first B ts - first A ts
  (B after A), period by the date of A; hours / days as asked; first response = `first_response_minutes` of tp_ticket;
- money = orders with status `paid` (refunded and voided = `cancelled` invoices are no revenue), by invoice ts, in GBP
  (`amount`; AUD converted at the fixed budget rate 0.50); revenue = subscription + pension_addon + expenses_addon
  unless a type is named; refunded questions sum the invoices with that status; spend per paying company = paid amount
  / companies with >= 1 paid invoice in the period; invoice counts with no status named count every invoice;
- company attributes as stored (state at the end of the data, 2026-07-31); "paying now" = segment `active` or `new`;
  zh questions are checked against the Chinese twins (行业, 国家, 获客渠道, 套餐, 失败原因, 工单类型, 支持渠道, 流失原因),
  en ones against the English values / raw codes / touchpoint_id; a day as YYYY-MM-DD;
- feedback: "all data" includes undated rows (legacy in-app surveys before March 2025, half the review-site rows);
  topic counts by text markers with a 5 % tolerance (checked against _truth/feedback_truth.csv); ticket CSAT = channel
  `ticket_csat` (1-5); in-app survey = channel `in_app_survey` (1-5); review sites = channel `review_site`;
  negative = 1-2 stars when the question says so;
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
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


# ---------- funnels (per company, DATA.md rule) ----------

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


def conv(journey, start, end, cond="1=1", frm=0, to=None, unbounded_only=False):
    """conversion from step frm+1 to step `to` (default the last) of the journey."""
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[-1 if to is None else to - 1] / c[frm])
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
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per key (trial / subscription / ticket / year-end) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def key_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    """share of keys with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    v = key_rate(a_tp, b_tp, start, end, cond, b_cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25):
    rows = key_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:4]
    return dict(top_entity=big[0][0])


def first_share(tp, num, start, end, cond="1=1"):
    """share of keys whose first `tp` event (in the period) matches `num`."""
    v = one(f"""SELECT avg(({num})::int) FROM {_first(tp)} a LEFT JOIN customers c ON c.customer_id = a.customer_id
                WHERE {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond, b_cond="1=1", per="session_id"):
    if per == "session_id":
        src = f"FROM {_first(a_tp)} a JOIN {_first(b_tp, b_cond)} b USING (session_id)"
    else:   # per company: first event of each step
        src = f"""FROM (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = '{a_tp}' GROUP BY 1) a
                  JOIN (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})
                  GROUP BY 1) b USING (customer_id)"""
    return f"""{src} LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days", b_cond="1=1", per="session_id"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond, b_cond, per)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) "
            f"{_gap(a_tp, b_tp, start, end, cond, b_cond, per)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- events ----------

def _ev(tp, start, end, cond):
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) {_ev(tp, start, end, cond)}"), tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) {_ev(tp, *a, cond)}")
    y = one(f"SELECT count(*) {_ev(tp, *b, cond)}")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_agg(tp, expr, by, start, end, cond="1=1", agg="median", margin=1.25, min_n=1):
    rows = q(f"SELECT {by}, {agg}({expr}) v, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.25):
    rows = q(f"SELECT {by}, count(*) v {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=str(rows[0][0]))


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def _ord(start, end, cond, status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    return (f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE {st} "
            f"AND {_in('o.ts', start, end)} AND ({cond})")


def orders(start, end, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) {_ord(start, end, cond, status)}"))


def orders_count(start, end, cond="1=1", status="paid"):
    return dict(value=one(f"SELECT count(*) {_ord(start, end, cond, status)}"), tolerance=0.5)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(o.amount) {_ord(*a, cond)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, cond)}")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"SELECT sum(o.amount) / count(DISTINCT o.customer_id) {_ord(start, end, cond)}")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, sum(o.amount) n {_ord(start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_avg(expr, cond):
    v = float(one(f"SELECT avg({expr}) FROM customers c WHERE {cond}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.01), 2))


def top_customers(by, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
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
            f"AND coalesce(truth.topics, '') <> '{topic}'")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE coalesce(truth.topics, '') = '{topic}' AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic and _has_truth():
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}"), 4),
                tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


# ---------- periods, steps, markers ----------
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (2, 3, 4))
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
ALL = ("2024-07-01", "2026-07-31")
STP_WIN = ("2025-08-01", "2025-09-30")
(VISIT, DEMO, TRIAL, IMPORT, FIRST_PAY, PAID, PAYRUN, PENSION, EXPENSES, TICKET, RESOLVED, YE_START, YE_FILED,
 RENEWAL_DUE, RENEWAL, CANCEL, REVIEW) = (
    "tp_visit", "tp_demo", "tp_trial", "tp_employee_import", "tp_first_payroll", "tp_paid", "tp_payroll_run",
    "tp_addon_pension", "tp_addon_expenses", "tp_ticket", "tp_ticket_resolved", "tp_year_end_start",
    "tp_year_end_filed", "tp_renewal_due", "tp_renewal", "tp_cancel", "tp_review")
CSAT = "f.channel = 'ticket_csat'"
INAPP = "f.channel = 'in_app_survey'"
REVIEWS = "f.channel = 'review_site'"
PAYING = "c.segment IN ('active', 'new')"
AU, UK = "c.country = 'Australia'", "c.country = 'United Kingdom'"
STP_T = _like("f.text", ["stp"])
RTI_T = _like("f.text", ["hmrc"])
LATE_T = _like("f.text", ["paid late", "工资晚到"])
PENSION_T = _like("f.text", ["pension contribution", "养老金缴款"])
MINFEE_T = _like("f.text", ["minimum fee", "最低月费"])
HOLIDAY_T = _like("f.text", ["holiday pay", "leave accrual", "假期工资"])
SLOW_T = _like("f.text", ["to reply", "回复太慢"])
EASY_T = _like("f.text", ["so easy", "发薪很简单"])
GREAT_T = _like("f.text", ["really helpful", "客服很耐心"])
EOFY_T = _like("f.text", ["eofy", "年终申报拖"])
CSV_T = _like("f.text", ["csv import", "员工导入失败"])
COMPET_T = _like("f.text", ["switching to", "换成"])
PAYSLIP_T = _like("f.text", ["payslip", "工资单"])
EXPENSIVE_T = _like("f.text", ["too expensive", "太贵"])
WISH_T = _like("f.text", ["wish it had", "希望能有"])
MARKERS = ((STP_T, "stp_reject"), (RTI_T, "rti_reject"), (LATE_T, "paid_late"), (PENSION_T, "pension_sync"),
           (MINFEE_T, "min_fee"), (HOLIDAY_T, "holiday_pay"), (SLOW_T, "slow_email"), (EASY_T, "easy_payroll"),
           (GREAT_T, "great_support"), (EOFY_T, "eofy_slow"), (CSV_T, "csv_import"), (COMPET_T, "competitor"),
           (PAYSLIP_T, "payslip"), (EXPENSIVE_T, "too_expensive"), (WISH_T, "missing_feature"))


def gold():
    return {
        # ---- funnels / conversion
        "ps01": lambda: conv("acquisition", *Y25),
        "ps02": lambda: top_lost("acquisition", *H2_25),
        "ps03": lambda: conv("onboarding", *STP_WIN, cond=AU, unbounded_only=True),
        "ps04": lambda: conv("onboarding", *STP_WIN, cond=UK, unbounded_only=True),
        "ps05": lambda: rank_conv("onboarding", *Y25, by="c.acquisition_channel", margin=1.2),
        "ps06": lambda: conv("onboarding", *Y25, cond="c.\"获客渠道\" = '谷歌广告'"),
        "ps07": lambda: top_lost("onboarding", *Y25),
        "ps08": lambda: conv("demo", *Y25),
        "ps09": lambda: top_events_share(DEMO, "e.demo_outcome = 'no_show'", 'c."获客渠道"', *Y25, min_n=50,
                                         margin=1.4),
        "ps10": lambda: rank_conv("expenses", *Y25, by="c.industry", margin=1.4, min_n=30, unbounded_only=True),
        "ps11": lambda: conv("pension", *H1_25, unbounded_only=True),
        "ps12": lambda: conv("renewal", *ALL),
        # ---- first payroll / tax submissions
        "ps13": lambda: first_share(FIRST_PAY, "a.action = 'failed'", *month(2025, 9), AU),
        "ps14": lambda: top_events_count(FIRST_PAY, 'e."失败原因"', *Q3_25, "e.action = 'failed'", margin=2.0),
        "ps15": lambda: events_share(PAYRUN, "e.submission_status = 'rejected'", "2025-08-01", "2025-09-30", AU),
        # ---- times between steps
        "ps16": lambda: step_time(TRIAL, PAID, *Y25, per="customer"),
        "ps17": lambda: step_time(YE_START, YE_FILED, *month(2025, 7), AU),
        "ps18": lambda: step_time(YE_START, YE_FILED, *month(2026, 7), AU),
        "ps19": lambda: step_time(TICKET, RESOLVED, *Q1_26, "a.support_channel = 'email'", unit="hours"),
        "ps20": lambda: top_events_agg(TICKET, "e.first_response_minutes", 'e."支持渠道"', *Y25, margin=3.0),
        "ps21": lambda: step_time(TRIAL, IMPORT, *Y25, agg="avg"),
        "ps22": lambda: step_time(YE_START, YE_FILED, *month(2026, 4), UK),
        # ---- volumes / rankings
        "ps23": lambda: top_events_count(TICKET, "CAST(e.ts AS DATE)", *month(2026, 1), margin=2.0),
        "ps24": lambda: top_events_count(TICKET, 'e."工单类型"', *month(2026, 1), margin=1.25),
        "ps25": lambda: top_events_count(TICKET, "e.ticket_category", *month(2026, 4), margin=1.8),
        "ps26": lambda: events_at(TICKET, "2025-11-01", "2026-01-31", "e.ticket_category = 'pensions'"),
        "ps27": lambda: top_events_count(TICKET, "e.pension_provider", "2025-11-01", "2026-01-31",
                                         "e.ticket_category = 'pensions'", margin=5.0),
        "ps28": lambda: events_at(TRIAL, *month(2026, 3)),
        "ps29": lambda: events_at(CANCEL, *month(2026, 4)),
        "ps30": lambda: top_events_count(CANCEL, "e.churn_reason", *Q2_26, margin=2.0),
        "ps31": lambda: events_at(CANCEL, "2026-03-01", "2026-05-31", "c.employee_band = '1-4'"),
        "ps32": lambda: events_change(CANCEL, ("2025-12-01", "2026-02-28"), ("2026-03-01", "2026-05-31")),
        "ps33": lambda: rank_rate(PAID, CANCEL, *Y25, by="c.industry", min_n=30, margin=1.5),
        "ps34": lambda: rate(PAID, CANCEL, *Y25, "c.industry = 'professional_services'"),
        "ps35": lambda: top_events_count(PAID, 'c."行业"', *Y25, margin=1.2),
        "ps36": lambda: customers_count(f"{PAYING} AND {AU}"),
        "ps37": lambda: customers_count(f"{PAYING} AND c.tier = 'premium'"),
        "ps38": lambda: top_customers("c.acquisition_channel", "c.paid_at IS NOT NULL", margin=1.4),
        "ps39": lambda: customers_avg("c.employees", PAYING),
        # ---- money
        "ps40": lambda: orders(*Q2_26),
        "ps41": lambda: orders_change(Q2_25, Q2_26),
        "ps42": lambda: orders(*month(2026, 5)),
        "ps43": lambda: orders(*month(2026, 5), "o.order_type = 'pension_addon'"),
        "ps44": lambda: top_orders('o."套餐"', *Y25, margin=1.2),
        "ps45": lambda: top_orders("c.country", *Y25, margin=1.5),
        "ps46": lambda: orders(*Y25, status="refunded"),
        "ps47": lambda: per_customer(*Y25),
        "ps48": lambda: per_customer(*Y25, "c.\"行业\" = '建筑工程'"),
        "ps49": lambda: orders_count(*month(2026, 4), "o.order_type = 'subscription' AND o.min_fee_applied",
                                     status=None),
        "ps50": lambda: orders(*Y25, "o.order_type = 'expenses_addon'"),
        "ps51": lambda: events_at(PAYRUN, "2026-01-26", "2026-02-01", f"e.bank_payment_status = 'delayed' AND {UK}"),
        # ---- feedback
        "ps52": lambda: fb_topic_count(STP_T, "stp_reject"),
        "ps53": lambda: fb_topic_count(LATE_T, "paid_late", period=_in("f.ts", *month(2026, 1))),
        "ps54": lambda: fb_topic_count(PENSION_T, "pension_sync"),
        "ps55": lambda: rank_fb_avg("f.support_channel", CSAT, 100, margin=0.8),
        "ps56": lambda: fb_avg(f"{INAPP} AND {_in('f.ts', *Q4_25)}"),
        "ps57": lambda: rank_fb_avg("f.ticket_category", CSAT, 30, margin=0.6),
        "ps58": lambda: fb_ratio("f.rating <= 2", REVIEWS),
        "ps59": lambda: fb_avg(f"{INAPP} AND f.survey_trigger = 'year_end' AND f.country = 'Australia' AND "
                               f"{_in('f.ts', '2025-07-01', '2025-08-31')}", tol=0.05),
        "ps60": lambda: fb_avg(f"{INAPP} AND f.survey_trigger = 'year_end' AND f.country = 'Australia' AND "
                               f"{_in('f.ts', *month(2026, 7))}", tol=0.05),
        "ps61": lambda: feedback_ids(MINFEE_T),
        "ps62": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 20, margin=0.25),
        "ps63": lambda: fb_topic_count(MINFEE_T, "min_fee", period=_in("f.ts", "2026-03-01", "2026-07-31")),
        "ps64": lambda: fb_ratio("f.rating <= 2", f"{INAPP} AND {_in('f.ts', *Q2_26)}"),
    }


def checks():
    """topic markers must match the generator's truth."""
    for cond, topic in MARKERS:
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
          + ", ".join(f"{s} {stats.count(s)}" for s in ("ok", "unsupported", "clarify")))
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
