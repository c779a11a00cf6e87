"""Gold answers for the 帆途ERP SailWay ERP held-out batch, from plain DuckDB SQL over the raw CSVs of generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- a "customer" / "seller" / "account" is one `customer_id` (a seller company, not a person). Funnels follow DATA.md:
  a seller reaches step k with an event at step k's touchpoint after reaching step k-1, within the journey window
  from their first step-1 event in the period (acquisition 45 d, activation 30 d, expansion 180 d, support 7 d,
  renewal 45 d); rates are per seller; the tolerance covers both readings (later steps allowed after the period
  end, or not) unless the question says later steps count. A failed store-authorization attempt still reaches the
  tp_store_auth step (the event is there). "Where do we lose the most" = the step whose next step is not reached by
  the most sellers (the loss between step k and k+1 is named by step k). A funnel split by a seller attribute
  filters the step-1 sellers by that attribute as stored in customers.csv;
- keys: a trial = `session_id` TR00012 (tp_trial, tp_first_sync); a subscription = SUB00012 (tp_paid,
  tp_onboarding, tp_usage, tp_subaccount, tp_renewal_due, tp_renewal, tp_churn); a store = ST00012 (tp_store_auth
  attempts); a ticket = TK000012 (tp_ticket, tp_ticket_resolved). A seller has at most one trial and one
  subscription. Per-key rates count keys whose first step-A event falls in the period (by its date) and look for
  step B with the same key at any time; attributes come from the step-A event (agent, plan, billing cycle) or from
  the seller (customers.csv);
- store-authorization failure rate = tp_store_auth events with action `fail` / all tp_store_auth events (every
  attempt, retries and re-authorizations included), split by the event's own marketplace / site;
- times between steps = per key or per seller (trial -> paid), first B ts - first A ts (B after A), period by the
  date of A; first order sync duration = `sync_minutes` of tp_first_sync; first response = `first_response_minutes`
  of tp_ticket;
- money = orders with status `paid` (refunded and cancelled orders are no revenue), by order ts; revenue = new
  purchases + monthly fees + renewals + sub-accounts + implementation fees unless a type is named; questions about
  refunded / cancelled orders sum that status; discount given = list_price - amount; a discount rate =
  `discount_rate` (share off the list price, 0.3 = 7折) averaged over orders as asked; spend per paying seller =
  paid amount / sellers with >= 1 paid order in the period;
- seller attributes as stored (state at the end of the data); "paying now" = segment `active` or `new`; zh
  questions are checked against the Chinese twins (所在城市, 获客渠道, 卖家规模, 平台, 站点, 代理商, 版本, 付费周期,
  授权失败原因, 工单类型, 流失原因, 签约渠道), en ones against the English values / raw codes / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); CSAT = channel `csat` (1-5 after a ticket is resolved); service-market reviews =
  channel `app_market_review` (1-5); NPS = `nps` of channel `nps_call`, NPS score = share 9-10 minus share 0-6
  (a fraction); negative = 1-2 stars when the question says so;
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


# ---------- funnels (per seller, DATA.md rule) ----------

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


def funnel_count(journey, start, end, step, cond="1=1"):
    vals = [funnel(journey, start, end, bounded=b, cond=cond)[step - 1] for b in (False, True)]
    return dict(value=vals[0], tolerance=max(0.5, abs(vals[0] - vals[1]) + 0.5))


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


# ---------- per key (trial / subscription / store / ticket) ----------

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


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, lowest=False):
    rows = key_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        big = big[::-1]
        assert big[1][1] > big[0][1] * margin, big[:4]
    else:
        assert big[0][1] > big[1][1] * margin, big[:4]
    return dict(top_entity=big[0][0])


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond, b_cond="1=1", per="session_id"):
    if per == "session_id":
        src = f"FROM {_first(a_tp)} a JOIN {_first(b_tp, b_cond)} b USING (session_id)"
    else:   # per seller: first event of each step
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


def events_people(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(DISTINCT e.customer_id) {_ev(tp, start, end, cond)}"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=0.5)


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


def top_events_count(tp, by, start, end, cond="1=1", margin=1.25, distinct=False):
    n = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    rows = q(f"SELECT {by}, {n} v {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY v DESC")
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


def orders_expr(expr, start, end, cond="1=1"):
    return _money(one(f"SELECT {expr} {_ord(start, end, cond)}"))


def orders_count(start, end, cond="1=1", status="paid"):
    return dict(value=one(f"SELECT count(*) {_ord(start, end, cond, status)}"), tolerance=0.5)


def orders_rate(expr, start, end, cond="1=1"):
    return dict(value=round(float(one(f"SELECT {expr} {_ord(start, end, cond)}")), 4), tolerance=0.01)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(o.amount) {_ord(*a, cond)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, cond)}")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"SELECT sum(o.amount) / count(DISTINCT o.customer_id) {_ord(start, end, cond)}")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15, expr="sum(o.amount)", lowest=False):
    rows = q(f"SELECT {by}, {expr} n {_ord(start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"ORDER BY n {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
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
            f"AND f.channel = 'nps_call' AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def rank_nps(by, cond, min_n=30, margin=0.1, lowest=True):
    rows = q(f"SELECT {by}, avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) s, count(*) n FROM feedback f "
             f"WHERE f.nps IS NOT NULL AND f.channel = 'nps_call' AND {cond} AND {by} IS NOT NULL "
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
ALL = ("2024-07-01", "2026-03-31")
TTS_WIN = ("2025-11-10", "2026-01-15")
PEAK_25 = ("2025-11-17", "2025-12-07")
(VISIT, REGISTER, DEMO, STORE_AUTH, TRIAL, FIRST_SYNC, PAID, ONBOARDING, USAGE, SUBACCOUNT, TICKET, RESOLVED, NPS,
 RENEWAL_DUE, RENEWAL, CHURN, REVIEW) = (
    "tp_visit", "tp_register", "tp_demo", "tp_store_auth", "tp_trial", "tp_first_sync", "tp_paid", "tp_onboarding",
    "tp_usage", "tp_subaccount", "tp_ticket", "tp_ticket_resolved", "tp_nps", "tp_renewal_due", "tp_renewal",
    "tp_churn", "tp_review")
FAIL = "e.action = 'fail'"
CSAT = "f.channel = 'csat'"
REVIEWS = "f.channel = 'app_market_review'"
PAYING = "c.segment IN ('active', 'new')"
MARKERS = {  # topic: text markers (every comment of the topic carries one, no other comment does)
    "tts_auth": ["tiktok店铺授权", "tiktok shop authorization"],
    "auth_other": ["授权过期", "token expired"],
    "jp_sync": ["日本站", "amazon jp"],
    "sync_error": ["漏单", "missing orders"],
    "slow_support": ["回复慢", "hear back"],
    "good_support": ["客服很给力", "support team was great"],
    "label_print": ["面单", "shipping label"],
    "inventory": ["超卖", "oversold"],
    "profit_report": ["利润报表", "profit report"],
    "billing": ["发票", "invoice"],
    "permission": ["子账号权限", "sub-account permission"],
    "feature_request": ["希望能", "wish it"],
    "no_training": ["没人培训", "onboarding"],
    "howto": ["怎么设置", "how do i"],
    "price": ["太贵", "too expensive"],
    "competitor": ["换成了", "switching to"],
    "closed": ["不做了", "shut down"],
    "easy_use": ["省了很多时间", "saves us hours"],
    "multi_store": ["多店铺", "all our stores in one place"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}


def gold():
    return {
        # ---- funnels / conversion
        "se01": lambda: conv("acquisition", *Y25),
        "se02": lambda: top_lost("acquisition", *H2_25),
        "se03": lambda: rank_conv("acquisition", *Y25, by="c.acquisition_channel", lowest=True, margin=1.5),
        "se04": lambda: conv("acquisition", *Y25, cond="c.acquisition_channel = 'referral'"),
        "se05": lambda: conv("activation", *Y25),
        "se06": lambda: rank_conv("activation", *Y25, by="c.main_site", lowest=True, margin=1.5),
        "se07": lambda: conv("activation", *Y25, cond="c.main_site = 'US'"),
        "se08": lambda: conv("expansion", *H1_25, unbounded_only=True),
        "se09": lambda: rank_conv("expansion", *H1_25, by="c.tier", margin=1.3, unbounded_only=True),
        "se10": lambda: conv("renewal", *Y25, unbounded_only=True),
        "se11": lambda: rank_rate(RENEWAL_DUE, RENEWAL, *Y25, by="a.agent", cond="a.agent IS NOT NULL", lowest=True,
                                  margin=1.5),
        "se12": lambda: rate(RENEWAL_DUE, RENEWAL, *Y25, cond="a.agent_id IS NULL"),
        "se13": lambda: rate(PAID, CHURN, *Y25, cond="a.billing_cycle = 'monthly'"),
        "se14": lambda: rate(PAID, CHURN, *Y25, cond="a.billing_cycle = 'annual'"),
        "se15": lambda: top_events_count(PAID, 'e."代理商"', *Y25, distinct=True),
        # ---- store authorization, first sync
        "se16": lambda: events_share(STORE_AUTH, FAIL, *TTS_WIN, "e.marketplace = 'tiktok_shop'"),
        "se17": lambda: events_share(STORE_AUTH, FAIL, *TTS_WIN, "e.marketplace = 'amazon'"),
        "se18": lambda: top_events_share(STORE_AUTH, FAIL, "e.marketplace", *Q4_25, margin=2.0),
        "se19": lambda: top_events_count(STORE_AUTH, 'e."授权失败原因"', *month(2025, 12), FAIL, margin=2.0),
        "se20": lambda: events_at(STORE_AUTH, *month(2025, 12), f"{FAIL} AND e.marketplace = 'tiktok_shop'"),
        "se22": lambda: events_agg(FIRST_SYNC, "e.sync_minutes", *Y25, "e.marketplace = 'amazon' AND e.site = 'JP'",
                                   agg="median"),
        "se23": lambda: events_agg(FIRST_SYNC, "e.sync_minutes", *Y25, "e.marketplace = 'amazon' AND e.site = 'US'",
                                   agg="median"),
        # ---- times between steps
        "se25": lambda: step_time(TRIAL, PAID, *Y25, agg="avg", per="customer"),
        "se26": lambda: step_time(TICKET, RESOLVED, *Q1_26, unit="hours"),
        "se27": lambda: events_agg(TICKET, "e.first_response_minutes", *PEAK_25, agg="median"),
        "se28": lambda: events_agg(TICKET, "e.first_response_minutes", *month(2025, 10), agg="median"),
        # ---- money
        "se29": lambda: orders(*Y25),
        "se30": lambda: orders(*month(2026, 2)),
        "se31": lambda: orders(*month(2026, 1)),
        "se32": lambda: orders_change(Q1_25, Q1_26),
        "se33": lambda: top_orders("o.agent", *Y25, margin=1.3),
        "se34": lambda: top_orders('o."签约渠道"', *Y25, margin=1.3),
        "se35": lambda: orders_expr("sum(o.list_price - o.amount)", *Y25),
        "se36": lambda: orders_rate("avg(o.discount_rate)", *Y25, "o.agent_id = 'A03'"),
        "se37": lambda: top_orders("o.plan", *Y25, margin=1.5, lowest=True),
        "se38": lambda: orders(*Y25, "o.order_type = 'sub_account'"),
        "se39": lambda: orders(*Y25, status="refunded"),
        "se40": lambda: per_customer(*Y25),
        "se41": lambda: per_customer(*Y25, "c.tier = 'large'"),
        "se43": lambda: orders_expr("sum(o.amount * o.commission_rate)", *Y25, "o.agent_id IS NOT NULL"),
        "se44": lambda: orders(*Y25, "o.order_type = 'new_purchase'", status="cancelled"),
        "se45": lambda: orders_expr("avg(o.amount)", *Y25, "o.order_type = 'new_purchase' AND o.plan = 'pro' "
                                                           "AND o.billing_cycle = 'annual'"),
        # ---- volumes
        "se46": lambda: events_at(PAID, *month(2026, 1)),
        "se47": lambda: events_at(PAID, *month(2026, 2)),
        "se50": lambda: top_events_count(VISIT, "strftime(e.ts, '%Y-%m-%d')", *month(2025, 9), distinct=True,
                                         margin=1.15),
        "se51": lambda: events_at(TICKET, "2025-11-24", "2025-11-30"),
        # ---- sellers
        "se55": lambda: customers_count(f"{PAYING} AND c.tier = 'large'"),
        "se56": lambda: top_customers("c.region", PAYING, margin=1.5),
        "se58": lambda: customers_count(f"{PAYING} AND c.billing_cycle = 'monthly'"),
        # ---- tickets
        "se59": lambda: top_events_count(TICKET, 'e."工单类型"', *month(2025, 12), "c.main_marketplace = 'tiktok_shop'",
                                         margin=2.0),
        "se60": lambda: top_events_count(TICKET, "e.ticket_category", *ALL, "c.main_marketplace = 'shopee'",
                                         margin=1.5),
        # ---- feedback
        "se61": lambda: fb_topic_count(T["tts_auth"], "tts_auth"),
        "se62": lambda: fb_topic_count(T["jp_sync"], "jp_sync"),
        "se63": lambda: fb_topic_count(T["slow_support"], "slow_support", period=_in("f.ts", "2025-11-01", "2025-12-31")),
        "se64": lambda: fb_avg(f"{CSAT} AND {_in('f.ts', *PEAK_25)}"),
        "se65": lambda: nps_score(_in("f.ts", *Q4_25)),
        "se66": lambda: nps_score(_in("f.ts", *Q2_25)),
        "se67": lambda: fb_ratio("f.rating <= 2", REVIEWS),
        "se68": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 40, margin=0.2),
        "se69": lambda: top_fb_count("f.agent", T["no_training"], margin=3.0),
        "se70": lambda: top_fb_count('f."平台"', T["label_print"], margin=3.0),
        "se71": lambda: feedback_ids(T["tts_auth"]),
        "se72": lambda: top_events_count(CHURN, 'e."流失原因"', *ALL, "e.agent_id = 'A03'", margin=1.5),
    }


def checks():
    """topic markers must match the generator's truth."""
    for topic, cond in T.items():
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
