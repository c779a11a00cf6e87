"""Gold answers for the 拨云通 Dialwise held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- a "customer" / "account" / "company" is one `customer_id` (a company, not a person). Funnels follow DATA.md: an
  account reaches step k with an event at step k's touchpoint after reaching step k-1, within the journey window
  from its first step-1 event in the period (acquisition 45 d, activation 30 d, porting 30 d, support 7 d,
  expansion 180 d, renewal 45 d); rates are per account; the tolerance covers both readings (later steps allowed
  after the period end, or not). "Where do we lose the most" = the step whose next step is not reached by the most
  accounts (the loss between step k and k+1 is named by step k). A funnel split by an account attribute filters the
  step-1 accounts by that attribute (as stored in customers.csv);
- keys: a trial = `session_id` TR00012 (tp_trial, tp_app_install, tp_first_call); a subscription = SUB00012 (tp_paid,
  tp_seat_add, tp_renewal_due, tp_renewal, tp_cancel, tp_calls); a port = PT00012 (tp_port_request, tp_port_loa,
  tp_port_done); a ticket = TK00012 (tp_ticket, tp_ticket_resolved). Every account has at most one trial and one
  subscription. Per-key rates count keys whose first step-A event falls in the period (by its date) and look for
  step B with the same key at any time; attributes (losing carrier, ticket category, plan tier) come from the step-A
  event, account attributes (industry, region, size, channel) from customers.csv;
- LOA rejection rate = tp_port_loa events with action `rejected` / all tp_port_loa events (every review, resubmissions
  included) in the period; first-call drop rate = tp_first_call events with action `dropped` / all tp_first_call
  events; dropped-call share = sum(dropped_calls) / sum(calls) over the monthly tp_calls usage rows of the month
  (`usage_month`);
- times between steps = per key (or per account for trial -> paid), first B ts - first A ts (B after A), period by
  the date of A; hours / days as asked; first response = `first_response_minutes` of tp_ticket;
- money = orders with status `paid` (refunded and voided = `cancelled` invoices are no revenue), by invoice ts
  (`ts`); revenue = subscription + addon + usage + hardware unless a type is named; refunded / voided questions sum
  the invoices with that status; spend per paying account = paid amount / accounts with >= 1 paid invoice in the
  period;
- account attributes as stored (state at the end of the data); "paying now" = segment `active` or `new`; zh
  questions are checked against the Chinese twins (行业, 地区, 获客渠道, 套餐 / 套餐等级, 原运营商, 驳回原因, 工单类型,
  流失原因), en ones against the English values / raw codes / touchpoint_id; devices as stored (android, ios, ...);
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); CSAT = channel `csat` (1-5); review sites = channel `review_site`; negative = 1-2 stars
  when the question says so; NPS = `nps` of channel `nps_survey`, NPS score = share 9-10 minus share 0-6 (a fraction);
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday; a day as YYYY-MM-DD.
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
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


# ---------- funnels (per account, DATA.md rule) ----------

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
    """conversion from step frm+1 to step `to` (default last) of the journey."""
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


# ---------- per key (trial / subscription / port / ticket) ----------

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


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond, b_cond="1=1", per="session_id"):
    if per == "session_id":
        src = f"FROM {_first(a_tp)} a JOIN {_first(b_tp, b_cond)} b USING (session_id)"
    else:   # per account: first event of each step
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


def rank_step_time(a_tp, b_tp, start, end, by, agg="median", margin=1.3, min_n=20, per="session_id"):
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t)) v, count(*) n {_gap(a_tp, b_tp, start, end, '1=1', per=per)} "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def _ev(tp, start, end, cond):
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) {_ev(tp, start, end, cond)}"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1", exact=True):
    v = float(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=0.5 if exact else round(max(0.05, v * 0.002), 2))


def events_agg(tp, expr, start, end, cond="1=1", agg="avg"):
    v = float(one(f"SELECT {agg}({expr}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.1, abs(v) * 0.03), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) {_ev(tp, *a, cond)}")
    y = one(f"SELECT count(*) {_ev(tp, *b, cond)}")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def ratio_sum(tp, num, den, start, end, cond="1=1"):
    v = one(f"SELECT sum({num}) / sum({den}) {_ev(tp, start, end, cond)}")
    return dict(value=round(float(v), 4), tolerance=0.002)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
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
    return (f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE o.status = '{status}' "
            f"AND {_in('o.ts', start, end)} AND ({cond})")


def orders(start, end, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) {_ord(start, end, cond, status)}"))


def orders_count(start, end, cond="1=1", status="paid"):
    return dict(value=one(f"SELECT count(*) {_ord(start, end, cond, status)}"), tolerance=0.5)


def orders_agg(expr, start, end, cond="1=1", agg="avg"):
    v = float(one(f"SELECT {agg}({expr}) {_ord(start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, abs(v) * 0.01), 2))


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


def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic and _has_truth():
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND f.channel = 'nps_survey' AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def rank_nps(by, cond, min_n=30, margin=0.1, lowest=True):
    rows = q(f"SELECT {by}, avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) s, count(*) n FROM feedback f "
             f"WHERE f.nps IS NOT NULL AND f.channel = 'nps_survey' AND {cond} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY s {'' if lowest else 'DESC'}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, steps, markers ----------
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26 = quarter(2026, 1)
ALL = ("2024-10-01", "2026-04-30")
BUG_WIN = ("2025-11-03", "2026-01-19")
HIKE = ("2026-02-01", "2026-04-30")
(VISIT, PRICING, DEMO, TRIAL, INSTALL, FIRST_CALL, PAID, PORT_REQ, PORT_LOA, PORT_DONE, CALLS, SEAT_ADD, TICKET,
 RESOLVED, NPS, RENEWAL_DUE, RENEWAL, CANCEL, REVIEW) = (
    "tp_visit", "tp_pricing", "tp_demo", "tp_trial", "tp_app_install", "tp_first_call", "tp_paid", "tp_port_request",
    "tp_port_loa", "tp_port_done", "tp_calls", "tp_seat_add", "tp_ticket", "tp_ticket_resolved", "tp_nps",
    "tp_renewal_due", "tp_renewal", "tp_cancel", "tp_review")
CSAT = "f.channel = 'csat'"
REVIEWS = "f.channel = 'review_site'"
PAYING = "c.segment IN ('active', 'new')"
PORTING_T = _like("f.text", ["porting", "携转"])
LOA_T = _like("f.text", ["loa ", "授权书"])
DROP_T = _like("f.text", ["drop", "掉线"])
OUTAGE_T = _like("f.text", ["outage", "服务中断"])
HIKE_T = _like("f.text", ["price increase", "涨价"])
BILLING_T = _like("f.text", ["charged", "扣费", "多扣"])
SLOW_T = _like("f.text", ["hear back", "回复太慢", "没人回复"])
GREAT_T = _like("f.text", ["super helpful", "sorted it", "客服很给力"])
E911_T = _like("f.text", ["e911"])
CLEAR_T = _like("f.text", ["crystal clear", "很清晰"])
SETUP_T = _like("f.text", ["set up in", "easy to set up", "上手很快"])
ECHO_T = _like("f.text", ["echo", "回声"])
CRM_T = _like("f.text", ["hubspot", "salesforce"])
COMPET_T = _like("f.text", ["switching to", "换成"])
MARKERS = ((PORTING_T, "porting_slow"), (LOA_T, "loa"), (DROP_T, "call_drop"), (OUTAGE_T, "outage"),
           (HIKE_T, "price_hike"), (BILLING_T, "billing_error"), (SLOW_T, "slow_support"), (GREAT_T, "great_support"),
           (E911_T, "e911"), (CLEAR_T, "call_clarity"), (SETUP_T, "easy_setup"), (ECHO_T, "echo"),
           (CRM_T, "integrations"), (COMPET_T, "competitor"))


def gold():
    ess = "o.order_type = 'subscription' AND o.plan_tier = 'essentials' AND o.contract_term = 'monthly'"
    return {
        # ---- funnels / conversion
        "vs01": lambda: conv("acquisition", *Y25),
        "vs02": lambda: top_lost("acquisition", *H2_25),
        "vs03": lambda: conv("activation", *Q1_26, unbounded_only=True),
        "vs04": lambda: top_lost("activation", *Y25),
        "vs05": lambda: conv("activation", *Y25, frm=1, to=3),
        "vs06": lambda: rank_conv("activation", *Y25, by="c.acquisition_channel", margin=1.2),
        "vs07": lambda: conv("activation", *Y25, cond="c.\"获客渠道\" = '谷歌广告'"),
        "vs08": lambda: rank_conv("acquisition", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "vs09": lambda: events_share(FIRST_CALL, "e.action = 'dropped'", *BUG_WIN, "e.device = 'android'"),
        "vs10": lambda: ratio_sum(CALLS, "e.dropped_calls", "e.calls", *month(2025, 12)),
        "vs11": lambda: ratio_sum(CALLS, "e.dropped_calls", "e.calls", *month(2025, 12), "e.device = 'android'"),
        # ---- porting
        "vs12": lambda: rank_step_time(PORT_REQ, PORT_DONE, *Y25, by="a.losing_carrier", min_n=20, margin=1.5),
        "vs13": lambda: step_time(PORT_REQ, PORT_DONE, *Y25, "a.losing_carrier = 'BT'"),
        "vs14": lambda: events_share(PORT_LOA, "e.action = 'rejected'", *Y25, "e.losing_carrier = 'Verizon'"),
        "vs15": lambda: top_events_share(PORT_LOA, "e.action = 'rejected'", 'e."原运营商"', *Y25, min_n=20,
                                         margin=1.5),
        "vs16": lambda: top_events_count(PORT_LOA, 'e."驳回原因"', *Y25, "e.action = 'rejected'", margin=1.4),
        # ---- support
        "vs17": lambda: step_time(TICKET, RESOLVED, *Q1_26, "c.region = 'Australia'", unit="hours"),
        "vs18": lambda: step_time(TICKET, RESOLVED, *Q1_26, "c.region = 'United Kingdom'", unit="hours"),
        "vs19": lambda: top_events_agg(TICKET, "e.first_response_minutes", 'c."地区"', *Y25, margin=3.0),
        "vs20": lambda: top_events_count(TICKET, "CAST(e.ts AS DATE)", *month(2025, 9), margin=3.0),
        "vs21": lambda: top_events_count(TICKET, 'e."工单类型"', *month(2025, 12), margin=2.0),
        "vs23": lambda: step_time(TRIAL, PAID, *Y25, agg="avg", per="customer"),
        # ---- money
        "vs24": lambda: orders(*Q1_26),
        "vs25": lambda: orders(*month(2026, 3), "o.order_type = 'subscription'"),
        "vs26": lambda: orders(*month(2026, 1)),
        "vs27": lambda: orders(*month(2025, 12)),
        "vs28": lambda: orders_change(Q1_25, Q1_26),
        "vs29": lambda: top_orders("o.plan_tier", *Y25, margin=1.3),
        "vs30": lambda: top_orders('c."地区"', *Y25, margin=1.5),
        "vs31": lambda: orders(*Y25, "o.order_type = 'hardware'"),
        "vs32": lambda: orders(*Y25, status="cancelled"),
        "vs33": lambda: orders(*Y25, status="refunded"),
        "vs34": lambda: per_customer(*Y25),
        "vs35": lambda: per_customer(*Y25, "c.\"公司规模\" = '51-200人'"),
        "vs36": lambda: orders_agg("o.price_per_seat", *month(2026, 3), ess),
        # ---- volumes / churn
        "vs37": lambda: events_at(TRIAL, *month(2026, 1)),
        "vs39": lambda: events_at(CANCEL, *month(2026, 3)),
        "vs40": lambda: top_events_count(CANCEL, 'e."流失原因"', *Q1_26, margin=1.4),
        "vs41": lambda: events_at(CANCEL, *HIKE, "e.plan_tier = 'essentials'"),
        "vs42": lambda: events_change(PAID, H1_25, H2_25),
        "vs43": lambda: top_events_agg(SEAT_ADD, "e.seats_added", "c.industry", *Y25, agg="sum", margin=1.3),
        "vs44": lambda: rank_conv("expansion", *H1_25, by='c."行业"', margin=1.5, min_n=30, unbounded_only=True),
        "vs45": lambda: rank_rate(PAID, CANCEL, *Y25, by="c.industry", min_n=30, margin=1.3),
        "vs46": lambda: rate(PAID, CANCEL, *Y25, "c.industry = 'legal'"),
        "vs47": lambda: conv("renewal", *ALL),
        "vs48": lambda: customers_count(f"{PAYING} AND c.tier = 'enterprise'"),
        "vs49": lambda: customers_count(f"{PAYING} AND c.region = 'United Kingdom'"),
        "vs50": lambda: top_customers("c.acquisition_channel", "c.paid_at IS NOT NULL", margin=1.3),
        # ---- feedback
        "vs51": lambda: fb_topic_count(PORTING_T, "porting_slow"),
        "vs52": lambda: top_fb_count('f."地区"', PORTING_T, margin=2.0),
        "vs53": lambda: fb_topic_count(DROP_T, "call_drop"),
        "vs54": lambda: fb_topic_count(DROP_T, "call_drop", period=_in("f.ts", *month(2025, 12))),
        "vs55": lambda: nps_score(_in("f.ts", *Q4_25)),
        "vs56": lambda: nps_score(_in("f.ts", *Q2_25)),
        "vs57": lambda: fb_avg(f"{CSAT} AND f.region = 'Australia' AND {_in('f.ts', *Y25)}"),
        "vs58": lambda: rank_fb_avg('f."工单类型"', CSAT, 30, margin=0.8),
        "vs59": lambda: fb_ratio("f.rating <= 2", REVIEWS),
        "vs60": lambda: fb_topic_count(HIKE_T, "price_hike", period=_in("f.ts", *HIKE)),
        "vs61": lambda: feedback_ids(HIKE_T),
        "vs62": lambda: top_fb_count('f."地区"', SLOW_T, margin=2.0),
        "vs63": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 20, margin=0.3),
        "vs64": lambda: nps_score(f"{_in('f.ts', *Q1_26)} AND f.plan_tier = 'essentials'"),
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
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
