"""Gold answers for the 差旅通 TripDesk held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write] [-v]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint strictly after reaching step
  k-1, within the journey window from their first step-1 event in the period (activation 30 d: invited -> activated
  -> ID / passport profile completed; pretrip 30 d: trip request -> trip approval -> trip completed; flight 3 d:
  flight search -> flight order submitted -> ticket issued; hotel 3 d: hotel search -> hotel order submitted -> hotel
  confirmed; refund 30 d; settlement 90 d). Any event at a touchpoint counts (a rejected trip approval still reaches
  tp_trip_approval). Rates are per customer (people); the tolerance covers both readings (later steps allowed after
  the period end, or not). "Where do we lose the most" = the step whose next step is not reached by the most people
  (the loss between step k and k+1 is attributed to step k). A funnel split by a customer attribute filters the
  step-1 people by it;
- keys: a flight booking = `session_id` FL000001 (search, submit, policy check, exception approval, failure, ticket,
  change, refund, invoice), a hotel booking = HT000001, a trip = TR000001 (request, approval, completed), a service
  call = CS000001, a monthly statement = ST-C01-202501 (statement, confirmation(s), payment; customer = the client's
  travel admin). Per-key rates count keys whose first step-A event (with its condition) falls in the period (by its
  date) and look for step B (with its condition) under the same key at any time; attributes are read from the A event
  or from the customer;
- out-of-policy (超标) rate = tp_policy_check events with action `over` / all policy checks (one per order), by the
  check's date; exception rejection rate = tp_oop_approval with action `rejected` / all exception decisions (approved,
  rejected, expired); invoice error rate = tp_invoice events with action `error` / all invoice events (one per order);
  call abandonment rate = tp_service_call with action `abandoned` / all calls; night = the `shift` column (22:00-08:00);
- times between steps = per key, first B ts - first A ts (B after A), the period by the date of A; days or hours as
  asked (tolerance also covers whole calendar days);
- money = orders with status `paid` (refunded = cancelled trips, no spend), by order ts; travel spend = flight +
  hotel + change-fee orders unless the question names products; supplier rebates = `rebate_amount` of paid orders;
  service fees = `service_fee` of paid orders;
- customer attributes are as stored (state at the end of the data); travellers = customers with role `traveller`
  (client travel admins are customers too, with role `travel_admin`); zh questions are checked against the Chinese
  twins (企业名称, 行业, 开通方式, 审批方式, 目的地, 航空公司, 酒店集团, 超标原因, 问题类型, 发票问题, 争议原因), en ones against
  company / industry / acquisition_channel / approval_channel / destination / airline / hotel_group / supplier /
  oop_reason / issue_type / error_type / dispute_reason / product / touchpoint_id; a month as `YYYY-MM`;
- feedback: "all data" includes undated rows (≈ 30 % of app-store reviews have no date); a period counts dated rows
  only; topic counts by text markers with a 5 % tolerance (checked against _truth/feedback_truth.csv); ratings =
  `rating` 1-5 (trip surveys, call surveys, app reviews); negative = 1-2 stars; NPS = admin survey `nps` (0-10),
  NPS score = share 9-10 minus share 0-6 (as a fraction);
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
VERBOSE = False


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


def show(*a):
    if VERBOSE:
        print("   ", *a)


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
    ev = f"SELECT customer_id, ts, touchpoint_id FROM events WHERE touchpoint_id IN ({', '.join(repr(s) for s in steps)})"
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
    show(journey, start, end, "bounded" if bounded else "open", cond, counts)
    return counts


def conv(journey, start, end, cond="1=1", step_from=0, step_to=-1, invert=False):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        v = c[step_to] / c[step_from]
        vals.append(1 - v if invert else v)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30, cond="1=1", step_from=0, step_to=-1):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}' AND ({cond})")
            if c[step_from] >= min_n:
                rows.append((g, c[step_to] / c[step_from], c[step_from]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        show([(r[0], round(r[1], 3), r[2]) for r in rows])
        if lowest:
            assert rows[1][1] > rows[0][1] * margin, rows[:3]
        else:
            assert rows[0][1] > rows[1][1] * margin, rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        show(lost)
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per key (booking / trip / call / statement) ----------

def _first(tp, cond="1=1", key="session_id"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY {key}
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND {key} IS NOT NULL) WHERE rn = 1)"""


def key_rate(a_tp, b_tp, start, end, a_cond="1=1", cond="1=1", b_cond="1=1", by=None):
    """share of keys with a first `a_tp` (matching a_cond) in the period that have a `b_tp` (matching b_cond)."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.k IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp, a_cond)} a
              LEFT JOIN (SELECT DISTINCT session_id AS k FROM events e WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              ON b.k = a.session_id LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {f'AND {by} IS NOT NULL GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, a_cond="1=1", cond="1=1", b_cond="1=1", invert=False):
    r = key_rate(a_tp, b_tp, start, end, a_cond, cond, b_cond)[0]
    show("n =", r[1])
    v = 1 - r[0] if invert else r[0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, a_cond="1=1", cond="1=1", b_cond="1=1", min_n=30, margin=1.25,
              lowest=False):
    rows = key_rate(a_tp, b_tp, start, end, a_cond, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        big = big[::-1]
    show([(r[0], round(r[1], 3), r[2]) for r in big])
    if lowest:
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, a_cond, cond, b_cond="1=1"):
    return f"""FROM {_first(a_tp, a_cond)} a JOIN {_first(b_tp, b_cond)} b ON a.session_id = b.session_id
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, a_cond="1=1", cond="1=1", b_cond="1=1", agg="median", unit=86400.0):
    v, n = q(f"SELECT {agg}(epoch(b.t - a.t) / {unit}), count(*) {_gap(a_tp, b_tp, start, end, a_cond, cond, b_cond)}")[0]
    tol = max(0.1, v * 0.03)
    if unit == 86400.0:
        w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) "
                f"{_gap(a_tp, b_tp, start, end, a_cond, cond, b_cond)}")
        show("n =", n, "calendar days", w)
        tol = max(tol, abs(v - w) + 0.05)
    else:
        show("n =", n)
    return dict(value=round(v, 3), tolerance=round(tol, 3))


def rank_step_time(a_tp, b_tp, start, end, by, a_cond="1=1", b_cond="1=1", agg="median", margin=1.3, min_n=10,
                   lowest=False):
    rows = q(f"""SELECT {by}, {agg}(epoch(b.t - a.t) / 86400.0) v, count(*) n
                 {_gap(a_tp, b_tp, start, end, a_cond, '1=1', b_cond)} AND {by} IS NOT NULL GROUP BY 1
                 ORDER BY v {'' if lowest else 'DESC'}""")
    big = [r for r in rows if r[2] >= min_n]
    show([(r[0], round(r[1], 3), r[2]) for r in big])
    if lowest:
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


# ---------- events ----------

def _ev(tp, start, end, cond):
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_at(tp, start, end, cond="1=1", distinct=None):
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return dict(value=one(f"SELECT {what} {_ev(tp, start, end, cond)}"), tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) {_ev(tp, *a, cond)}")
    y = one(f"SELECT count(*) {_ev(tp, *b, cond)}")
    show(x, y)
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_agg(tp, expr, start, end, cond="1=1", rel=0.01):
    v, n = q(f"SELECT {expr}, count(*) {_ev(tp, start, end, cond)}")[0]
    show("n =", n)
    return dict(value=round(float(v), 3), tolerance=round(max(0.5, abs(float(v)) * rel), 3))


def events_share(tp, num, start, end, cond="1=1"):
    v, n = q(f"SELECT avg(({num})::int), count(*) {_ev(tp, start, end, cond)}")[0]
    show("n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=30, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    show([(r[0], round(r[1], 3), r[2]) for r in rows])
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2, distinct=None):
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    rows = q(f"SELECT {by}, {what} n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    show(rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_month(tp, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, count(*) n {_ev(tp, start, end, cond)} GROUP BY 1 ORDER BY n DESC")
    show(rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

PAID = "o.status = 'paid'"


def orders(start, end, cond="1=1", col="o.amount"):
    v = one(f"SELECT sum({col}) FROM orders o WHERE {PAID} AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE {PAID} AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE {PAID} AND {_in('o.ts', *b)} AND ({cond})")
    show(x, y)
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def orders_avg(start, end, cond="1=1", col="o.amount"):
    v, n = q(f"SELECT avg({col}), count(*) FROM orders o WHERE {PAID} AND {_in('o.ts', start, end)} AND ({cond})")[0]
    show("n =", n)
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.005), 2))


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE {PAID} AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", col="o.amount", margin=1.15):
    rows = q(f"""SELECT {by}, sum({col}) n FROM orders o WHERE {PAID} AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    show(rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    v, n = q(f"SELECT avg(({num})::int), count(*) FROM customers c WHERE {cond}")[0]
    show("n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


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


def has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v, n = q(f"SELECT avg({col}), count(*) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")[0]
    show("n =", n)
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    v, n = q(f"SELECT avg(({num})::int), count(*) FROM feedback f WHERE {cond}")[0]
    show("n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def nps_score(cond):
    v, n = q(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int), count(*) FROM feedback f "
             f"WHERE f.nps IS NOT NULL AND {cond}")[0]
    show("n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.2, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    show([(r[0], round(r[1], 3), r[2]) for r in big])
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5, period="1=1"):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {period} AND {by} IS NOT NULL "
             "GROUP BY 1 ORDER BY n DESC")
    show(rows[:4])
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, touchpoints, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2025-01-01", "2026-07-31")
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
AFTER_CAP = ("2026-03-01", "2026-07-31")
EINV = ("2025-12-01", "2026-01-31")
(INVITE, ACTIVATE, PROFILE, REQUEST, TAPPROVAL, FSEARCH, FSUBMIT, HSEARCH, HSUBMIT, POLICY, OOP, FAIL, TICKET,
 HCONF, CHANGE, REFUND_REQ, REFUND_DONE, CALL, DONE, INVOICE, STATEMENT, CONFIRM, PAYMENT) = (
    "tp_invite", "tp_activate", "tp_profile", "tp_trip_request", "tp_trip_approval", "tp_flight_search",
    "tp_flight_submit", "tp_hotel_search", "tp_hotel_submit", "tp_policy_check", "tp_oop_approval",
    "tp_booking_fail", "tp_ticket_issued", "tp_hotel_confirmed", "tp_change", "tp_refund_request",
    "tp_refund_done", "tp_service_call", "tp_trip_done", "tp_invoice", "tp_statement", "tp_statement_confirm",
    "tp_payment")
HOTELCAP_T = _like("f.text", ["差标太低", "住宿标准太低", "hotel cap", "hotel allowance"])
APPROVAL_T = _like("f.text", ["审批太慢", "等审批", "approval took", "waiting for approval"])
FARE_T = _like("f.text", ["票价失效", "价格变了", "fare expired", "fare had gone up"])
NIGHT_T = _like("f.text", ["晚上打客服", "半夜打客服", "夜里打客服", "called at night", "middle of the night"])
INVOICE_T = _like("f.text", ["发票抬头", "税号", "invoice title", "tax id"])
REFUND_T = _like("f.text", ["退款太慢", "退款还没到", "refund still", "refund took"])
CHANGEFEE_T = _like("f.text", ["改签费", "change fee"])
TYPHOON_T = _like("f.text", ["台风", "typhoon"])
NOROOM_T = _like("f.text", ["到店没房", "到店无房", "no room", "room was not available"])
AGENT_T = _like("f.text", ["客服很专业", "客服态度很好", "super helpful", "helpful agent"])
APPEASY_T = _like("f.text", ["下单很方便", "操作简单", "easy to book", "smooth booking"])
SMS_T = _like("f.text", ["激活短信", "activation text", "activation sms"])
STATEMENT_T = _like("f.text", ["对账单", "monthly statement"])
CRASH_T = _like("f.text", ["闪退", "打不开", "crashing", "won't open"])
MARKERS = ((HOTELCAP_T, "hotel_cap"), (APPROVAL_T, "approval_slow"), (FARE_T, "fare_expired"),
           (NIGHT_T, "night_hotline"), (INVOICE_T, "invoice_error"), (REFUND_T, "refund_slow"),
           (CHANGEFEE_T, "change_fee"), (TYPHOON_T, "typhoon"), (NOROOM_T, "no_room"), (AGENT_T, "agent_good"),
           (APPEASY_T, "app_easy"), (SMS_T, "sms_invite"), (STATEMENT_T, "statement"), (CRASH_T, "app_crash"))

OVER = "e.action = 'over'"
HOTEL = "e.product = 'hotel'"
FLIGHT = "e.product = 'flight'"
NIGHT = "e.shift = 'night'"
TRAVELLER = "c.role = 'traveller'"
SPEND = "o.product IN ('flight', 'hotel', 'change_fee')"


def gold():
    return {
        # ---- funnels
        "bt01": lambda: conv("flight", *Y25),
        "bt02": lambda: conv("hotel", *Q1_26),
        "bt03": lambda: top_lost("hotel", *Y25),
        "bt04": lambda: conv("activation", *Y25, step_to=1),
        "bt05": lambda: rank_conv("activation", *Y25, by='c."开通方式"', lowest=True, step_to=1, margin=1.3),
        "bt06": lambda: conv("activation", *Y25, cond="c.acquisition_channel = 'feishu_sso'", step_to=1),
        "bt08": lambda: conv("pretrip", *H1_26),
        "bt09": lambda: conv("flight", *H2_25, step_from=1, step_to=2, invert=True),
        "bt10": lambda: conv("flight", *Y25, cond="c.company = 'Hengyue Construction'"),
        # ---- travel policy and exception approvals
        "bt11": lambda: events_share(POLICY, OVER, *Y25, f"{HOTEL} AND e.destination = 'Shanghai'"),
        "bt12": lambda: events_share(POLICY, OVER, *AFTER_CAP, f"{HOTEL} AND e.destination = 'Shanghai'"),
        "bt13": lambda: top_events_share(POLICY, OVER, "e.destination", *Y25, HOTEL, margin=1.3),
        "bt14": lambda: top_events_share(POLICY, OVER, "e.destination", *AFTER_CAP, HOTEL, margin=1.2),
        "bt15": lambda: top_events_count(POLICY, 'e."超标原因"', *Y25, f"{OVER} AND {FLIGHT}", margin=1.5),
        "bt16": lambda: events_share(POLICY, OVER, *Y25, FLIGHT),
        "bt17": lambda: events_share(OOP, "e.action = 'rejected'", *Y25),
        "bt18": lambda: rank_step_time(POLICY, OOP, *Y25, by="c.approval_channel", a_cond=OVER, margin=3.0),
        "bt19": lambda: step_time(POLICY, OOP, *Y25, a_cond=OVER, cond="c.approval_channel = 'email'",
                                  unit=3600.0),
        "bt20": lambda: rate(POLICY, FAIL, *Y25, a_cond=f"{OVER} AND {FLIGHT}", cond="c.approval_channel = 'email'",
                             b_cond="fail_reason = 'fare_expired'"),
        "bt21": lambda: rank_rate(FSUBMIT, TICKET, *Y25, by='c."审批方式"', lowest=True, margin=1.1),
        # ---- 24h service desk
        "bt22": lambda: events_share(CALL, "e.action = 'abandoned'", "2025-11-01", "2026-02-28", NIGHT),
        "bt23": lambda: events_share(CALL, "e.action = 'abandoned'", "2025-11-01", "2026-02-28", "e.shift = 'day'"),
        "bt24": lambda: events_agg(CALL, "median(e.wait_seconds)", *H1_26, NIGHT, rel=0.05),
        "bt25": lambda: top_events_count(CALL, "e.issue_type", *Q3_25, margin=1.2),
        "bt26": lambda: top_events_count(CALL, 'e."问题类型"', *month(2025, 12), margin=1.2),
        # ---- invoices
        "bt28": lambda: events_share(INVOICE, "e.action = 'error'", *EINV),
        "bt29": lambda: events_share(INVOICE, "e.action = 'error'", "2025-10-01", "2025-11-30"),
        "bt30": lambda: top_events_count(INVOICE, 'e."发票问题"', *EINV, "e.action = 'error'", margin=1.3),
        "bt31": lambda: top_events_share(INVOICE, "e.action = 'error'", "e.product", *month(2026, 1), margin=2.0),
        # ---- changes and refunds
        "bt33": lambda: step_time(REFUND_REQ, REFUND_DONE, *Y25, a_cond=FLIGHT),
        "bt34": lambda: rank_step_time(REFUND_REQ, REFUND_DONE, *ALL, by='a."航空公司"', a_cond=FLIGHT, margin=2.0,
                                       min_n=20),
        "bt35": lambda: events_at(REFUND_REQ, *Q2_26),
        "bt36": lambda: top_month(CHANGE, *Y25, margin=1.5),
        "bt37": lambda: events_at(CHANGE, *Q3_25, "e.change_reason = 'weather'"),
        "bt38": lambda: rate(TICKET, CHANGE, *Q3_25),
        # ---- monthly settlement
        "bt39": lambda: step_time(STATEMENT, PAYMENT, *Y25),
        "bt40": lambda: rank_step_time(STATEMENT, PAYMENT, *ALL, by='c."行业"', margin=2.0, min_n=15),
        "bt41": lambda: rate(STATEMENT, CONFIRM, *Y25, b_cond="action = 'disputed'"),
        # ---- money
        "bt43": lambda: orders(*Y25, "o.product = 'flight'"),
        "bt44": lambda: orders_change(H1_25, H1_26, "o.product = 'hotel'"),
        "bt45": lambda: top_orders('o."企业名称"', *Y25, SPEND, margin=1.3),
        "bt46": lambda: top_orders("o.company", *H1_26, SPEND, margin=1.3),
        "bt47": lambda: top_orders("o.supplier", *Y25, "o.product = 'hotel'", col="o.rebate_amount", margin=1.3),
        "bt48": lambda: top_orders('o."供应商"', *Y25, "o.product = 'hotel'", margin=1.3),
        "bt49": lambda: orders(*H1_26, col="o.rebate_amount"),
        "bt50": lambda: per_customer(*Y25, SPEND),
        "bt51": lambda: orders_avg(*Y25, "o.product = 'flight' AND o.cabin = 'economy' AND o.lead_days <= 2"),
        "bt52": lambda: orders(*month(2026, 6), "o.product IN ('flight', 'hotel')"),
        # ---- counts and customers
        "bt54": lambda: events_at(REQUEST, *month(2026, 3)),
        "bt55": lambda: events_change(REQUEST, month(2025, 3), month(2026, 3)),
        "bt57": lambda: events_at(TICKET, "2026-03-02", "2026-03-08"),
        "bt58": lambda: dict(value=one("SELECT count(DISTINCT company_id) FROM customers"), tolerance=0.5),
        "bt59": lambda: customers_count("c.segment = 'not_activated'"),
        # ---- feedback
        "bt61": lambda: fb_topic_count(HOTELCAP_T),
        "bt62": lambda: top_fb_count("f.destination", HOTELCAP_T, margin=1.4, period=_in("f.ts", *Y25)),
        "bt63": lambda: fb_topic_count(NIGHT_T, period=_in("f.ts", "2025-11-01", "2026-07-31")),
        "bt64": lambda: fb_topic_count(INVOICE_T, period=_in("f.ts", *EINV)),
        "bt65": lambda: top_fb_count('f."航空公司"', REFUND_T, margin=1.5),
        "bt66": lambda: top_fb_count("f.hotel_group", NOROOM_T, margin=1.5),
        "bt67": lambda: fb_avg(f"f.channel = 'trip_survey' AND {_in('f.ts', *Y25)}"),
        "bt68": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 40, margin=0.2),
        "bt69": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'app_review' AND {_in('f.ts', '2026-01-01', '2026-07-31')}"),
        "bt70": lambda: nps_score("f.channel = 'admin_survey'"),
        "bt71": lambda: feedback_ids(f"{NIGHT_T} AND {_in('f.ts', '2025-11-01', '2026-07-31')}"),
        "bt72": lambda: fb_avg("f.channel = 'app_review'"),
    }


def checks():
    """topic markers must match the generator's truth."""
    for cond, topic in MARKERS:
        _check_topic(cond, topic)


def main() -> int:
    global VERBOSE
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    VERBOSE = "-v" in sys.argv
    load(data)
    if has_truth():
        checks()
    fns = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(fns) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        assert it["lang"] in ("zh", "en"), it["id"]
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
        if VERBOSE:
            print(it["id"], it["lang"], it["question"][:90])
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["lang"], it["question"][:70], shown)
    print("status-only ok items:", status_only)
    zh = sum(it["lang"] == "zh" for it in items)
    print(f"{len(items)} items: zh {zh} / en {len(items) - zh}; status",
          {s: sum(it['expect']['status'] == s for it in items) for s in ('ok', 'unsupported', 'clarify')})
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
