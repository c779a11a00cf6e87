"""Gold answers for the 安途校车 SafeRide School Transport held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "families" / "parents" / "家长" / "家庭" = customer_id of customer_type `parent` (one family account, possibly with
  two children); "schools" / "学校" = customer_id of customer_type `school`. A city is the `region` column of the row
  itself (events, orders, feedback; always the customer's city). Customer attributes (segment, tier, school_type,
  acquisition_channel) come from customers.csv.
- funnels follow DATA.md: a customer reaches step k with any event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (school_tender 120 d, parent_signup 150 d,
  term_renewal 45 d); rates are per customer. The tolerance covers both readings (later steps allowed after the
  period end, or not), except where the question says later steps count. "Where do we lose the most" = the step whose
  next step is not reached by the most customers (the loss between k and k+1 is given to step k). A conversion "by
  sign-up channel" keeps only step-1 events with that events.channel (mini_program, web, school_office, phone, email).
- daily boarding scans: one tp_boarding row per child per school day (the morning run; pm_only passes do not
  exist). On-time pickup share = tp_boarding rows with on_time 'yes' (the bus reached the stop within 5 minutes of
  its scheduled time) over all tp_boarding rows in the period (absent days included, bus_missed rows count as not on
  time). No-show share = action 'no_show' over all scans. Late / missed pickups = tp_pickup_issue rows (one per
  affected child and run, action 'late' = more than 10 minutes late, 'missed' = the bus never came); a question on
  "morning" pickups keeps run 'am'. Exact duplicate scan rows (same event_id, re-sent by a card reader) load once.
- other per-row rates: late fee payment share = tp_fee_payment 'paid_late' / all tp_fee_payment rows (dated at
  payment); tender win rate = tp_bid 'won' / all tp_bid rows (dated at bid submission; no pending bid before 2026-05);
  service escalation share = tp_service_contact 'escalated' / all contacts.
- renewal rate of a term = term_renewal funnel: families sent a renewal notice (tp_renewal_notice, `term` = the term
  renewed for) who renewed (tp_renewal) within 45 days; A/B renewal_nudge_2025S2: a family converts when it has a
  tp_renewal event after assigned_at (within 45 days; no later renewals exist).
- money is CNY (orders.amount; `currency` / `amount_local` keep SGD and HKD), the period by orders.ts (the order /
  invoice date): revenue = orders with status `paid` (term passes, single rides, field trips); refunds = order_type
  `refund` (status `refunded`, or `refund_pending` when not paid back at the extract) and are not subtracted from
  revenue unless the question says net. Term pass = order_type `term_pass` (one per family and term; `cancelled` =
  invoice voided unpaid).
- zh top entities are the Chinese twin where the same table has one (region_zh, cause_zh, incident_type_zh,
  cancel_reason_zh, contact_reason_zh, payment_method_zh, booking_type_zh) and en ones the English value /
  touchpoint_id / route_id; a month is 'YYYY-MM'.
- feedback: "all" includes rows without ts (open-day cards, 2025 spring school reviews, a sixth of call notes); topic
  counts by text markers with 5 % tolerance (checked against _truth/feedback_truth.csv); NPS = share 9-10 minus share
  0-6 (a fraction) over term_survey rows with nps; ratings 1-5.
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; a week is Monday..Sunday.
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
        assert b > a * margin, rows[:4]
    else:
        assert a > b * margin, rows[:4]


def _count(n):
    return dict(value=int(n), tolerance=0.5)


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, abs(v) * 0.002), 2))


def _num(v, rel=0.01, floor=0.1):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, first_cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM events e LEFT JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}
                    AND ({first_cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def _cover(vals):
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv(journey, start, end, first_cond="1=1", a=0, b=-1):
    vals = [funnel(journey, start, end, bounded=bd, first_cond=first_cond) for bd in (False, True)]
    return _cover([c[b] / c[a] for c in vals])


def conv_open(journey, start, end, first_cond="1=1", a=0, b=-1):
    """the question says later steps after the period end count: only that reading."""
    c = funnel(journey, start, end, bounded=False, first_cond=first_cond)
    return _rate(c[b] / c[a])


def funnel_count(journey, start, end, k, first_cond="1=1"):
    vals = [funnel(journey, start, end, bounded=bd, first_cond=first_cond)[k] for bd in (False, True)]
    return dict(value=vals[0], tolerance=max(0.5, abs(vals[0] - vals[1]) + 0.5))


def rank_conv(journey, start, end, col, values, lowest=True, margin=1.3, a=0, b=-1):
    tops = set()
    for bounded in (False, True):
        rows = []
        for v in values:
            c = funnel(journey, start, end, bounded=bounded, first_cond=f"{col} = '{v}'")
            rows.append((v, c[b] / c[a]))
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
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- events ----------

def _ev(tp, start, end, cond):
    per = f"AND {_in('e.ts', start, end)}" if start else ""
    tps = f"e.touchpoint_id IN {tp}" if tp.startswith("(") else f"e.touchpoint_id = '{tp}'"
    return f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE {tps} {per} AND ({cond})"


def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) {_ev(tp, start, end, cond)}"))


def events_users(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(DISTINCT e.customer_id) {_ev(tp, start, end, cond)}"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.1):
    return _num(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"), rel, floor)


def events_median(tp, col, start, end, cond="1=1", rel=0.02, floor=0.2):
    return _num(one(f"SELECT median({col}) {_ev(tp, start, end, cond)}"), rel, floor)


def events_sum(tp, col, start, end, cond="1=1"):
    return _num(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}"), 0.002, 0.5)


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2, lowest=False):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, by, col, start, end, cond="1=1", margin=1.2, lowest=False, min_n=30):
    rows = q(f"SELECT {by}, avg({col}) n, count(*) {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_month(tp, start, end, num=None, cond="1=1", margin=1.1, lowest=False):
    agg = f"avg(({num})::int)" if num else "count(*)"
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, {agg} n {_ev(tp, start, end, cond)} GROUP BY 1 "
             f"ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def share_change(tp, num, a, b, cond="1=1"):
    x = one(f"SELECT avg(({num})::int) {_ev(tp, *a, cond)}")
    y = one(f"SELECT avg(({num})::int) {_ev(tp, *b, cond)}")
    return _rate(y - x)


# ---------- orders ----------

def _ord(start, end, kind, cond, status="paid"):
    st = f"AND o.status = '{status}'" if status else ""
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    if kind is None:
        kd = ""
    elif kind.startswith("("):
        kd = f"AND o.order_type IN {kind}"
    else:
        kd = f"AND o.order_type = '{kind}'"
    return f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE 1=1 {kd} {st} {per} AND ({cond})"


def revenue(start, end, kind=None, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) {_ord(start, end, kind, cond, status)}"))


def revenue_change(a, b, kind=None, cond="1=1", status="paid"):
    x = one(f"SELECT sum(o.amount) {_ord(*a, kind, cond, status)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, kind, cond, status)}")
    return _rate((y - x) / x)


def orders_count(start, end, kind, cond="1=1", status="paid"):
    return _count(one(f"SELECT count(*) {_ord(start, end, kind, cond, status)}"))


def orders_avg(start, end, kind, col="o.amount", cond="1=1", status="paid"):
    return _money(one(f"SELECT avg({col}) {_ord(start, end, kind, cond, status)}"))


def top_revenue(by, start, end, kind=None, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, sum(o.amount) n {_ord(start, end, kind, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- customers, experiment ----------

def cust_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                AND e.touchpoint_id = 'tp_renewal' AND e.ts > x.assigned_at
                AND e.ts <= x.assigned_at + INTERVAL 45 DAY))::int) r, count(*)
                FROM experiments x WHERE x.experiment_id = 'renewal_nudge_2025S2' GROUP BY 1 ORDER BY r DESC""")


def exp_top(margin=1.05):
    rows = exp_rates()
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def exp_rate(variant):
    return _rate(dict((r[0], r[1]) for r in exp_rates())[variant])


# ---------- feedback ----------

def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topic):
    extra = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
                f"AND truth.topic <> '{topic}'")
    missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                 f"WHERE truth.topic = '{topic}' AND NOT ({cond})")
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
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_score(cond):
    return _rate(one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
                     f"WHERE f.nps IS NOT NULL AND {cond}"))


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, steps, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
ALL = (None, None)
(TENDER, SURVEY, BID, CONTRACT, SIGNUP, WAITLIST, ASSIGN, FEE, BOARD, ISSUE, INCIDENT, SERVICE, ONEOFF, NOTICE,
 RENEW, CANCEL) = ("tp_tender", "tp_site_survey", "tp_bid", "tp_contract", "tp_signup_form", "tp_waitlist",
                   "tp_route_assign", "tp_fee_payment", "tp_boarding", "tp_pickup_issue", "tp_incident",
                   "tp_service_contact", "tp_oneoff_booking", "tp_renewal_notice", "tp_renewal", "tp_cancel")
MARKERS = {
    "late": ["迟到", "late"], "missed": ["漏接", "missed"], "scan_alert": ["刷卡提醒", "alert"],
    "refund": ["退费", "refund"], "price": ["涨价", "price increase", "fee hike"], "driver": ["司机师傅", "driver"],
    "aide": ["跟车老师", "bus aide"], "crowded": ["拥挤", "crowded"], "aircon": ["空调", "air-con"],
    "long_ride": ["路上时间", "ride time"], "waitlist": ["候补", "waitlist"], "paylink": ["缴费链接", "payment link"],
    "seatbelt": ["安全带", "seatbelt"], "incident": ["事故", "incident"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
CN = "e.region IN ('Shanghai', 'Shenzhen', 'Hangzhou', 'Chengdu')"
INTL = "e.region IN ('Singapore', 'Hong Kong')"
SIGNUP_CH = ["mini_program", "web", "school_office", "phone", "email"]


def events_distinct(tp, col, start, end, cond="1=1"):
    return _count(one(f"SELECT count(DISTINCT {col}) {_ev(tp, start, end, cond)}"))


def renewal_rate(term, start, end, cond="1=1"):
    """term_renewal funnel of the notices sent for `term` (notices go out ~5 weeks before the previous term ends)."""
    return conv_open("term_renewal", start, end, first_cond=f"e.term = '{term}' AND ({cond})")


def gold():
    on_time = "e.on_time = 'yes'"
    no_show = "e.action = 'no_show'"
    late = "e.action = 'late'"
    sh = "e.region = 'Shanghai'"
    return {
        # ---- sign-up funnel, waitlist
        "sb01": lambda: conv_open("parent_signup", *H2_25),
        "sb02": lambda: conv_open("parent_signup", *H1_25),
        "sb03": lambda: rank_conv("parent_signup", *Y25, "e.channel", SIGNUP_CH, margin=1.3),
        "sb04": lambda: conv_open("parent_signup", *Y25, "e.channel = 'school_office'"),
        "sb05": lambda: top_lost("parent_signup", *Y25, margin=1.5),
        "sb06": lambda: events_users(WAITLIST, *Y25, "e.region = 'Singapore'"),
        # ---- school tenders
        "sb07": lambda: events_at(TENDER, *Y25),
        "sb08": lambda: events_share(BID, "e.action = 'won'", *Y25),
        "sb09": lambda: conv_open("school_tender", *Y25),
        # ---- fees
        "sb10": lambda: events_share(FEE, "e.action = 'paid_late'", *Y25),
        "sb11": lambda: top_events_avg(FEE, "e.payment_method_zh", "(e.action = 'paid_late')::int", *Y25, margin=1.2),
        "sb12": lambda: orders_count(None, None, "term_pass", "o.term = '2025S2'"),
        "sb13": lambda: orders_count(None, None, "term_pass", status="unpaid"),
        # ---- boarding scans, late / missed pickups
        "sb14": lambda: events_share(BOARD, on_time, *month(2026, 3)),
        "sb15": lambda: events_share(BOARD, on_time, *month(2026, 4)),
        "sb16": lambda: top_events_avg(BOARD, "e.region", f"({on_time})::int", *month(2026, 3), margin=1.3,
                                       lowest=True),
        "sb17": lambda: events_share(BOARD, on_time, *month(2026, 3), sh),
        "sb18": lambda: top_month(BOARD, "2025-09-01", "2026-06-30", num=on_time, margin=1.05, lowest=True),
        "sb19": lambda: events_at(ISSUE, *month(2026, 3), f"e.action = 'missed' AND {sh}"),
        "sb20": lambda: top_events_count(ISSUE, "e.cause", *month(2026, 3), sh, margin=1.3),
        "sb21": lambda: events_avg(ISSUE, "e.delay_min", *Y25, late),
        "sb22": lambda: top_events_count(ISSUE, "e.route_id", *Y25, margin=1.3),
        "sb23": lambda: events_distinct(BOARD, "e.student_id", *H1_26),
        "sb24": lambda: events_share(BOARD, no_show, *month(2025, 11), "e.region = 'Hong Kong'"),
        "sb25": lambda: events_share(BOARD, no_show, *month(2025, 9), "e.region = 'Hong Kong'"),
        "sb26": lambda: top_events_avg(BOARD, "e.region_zh", f"({no_show})::int", *Q4_25, margin=2),
        # ---- incidents, service
        "sb27": lambda: events_at(INCIDENT, *Y25),
        "sb28": lambda: top_events_count(INCIDENT, "e.incident_type", *ALL, margin=1.2),
        "sb29": lambda: events_at(INCIDENT, *month(2026, 3), "e.incident_type = 'wrong_stop'"),
        "sb30": lambda: events_at(SERVICE, *Q3_25),
        "sb31": lambda: top_events_count(SERVICE, "e.contact_reason_zh", *Y25, margin=1.3),
        "sb32": lambda: events_share(SERVICE, "e.action = 'escalated'", *Y25),
        # ---- renewals, cancellations, refunds
        "sb33": lambda: renewal_rate("2026S1", "2025-10-01", "2025-12-31"),
        "sb34": lambda: renewal_rate("2026S1", "2025-10-01", "2025-12-31", sh),
        "sb35": lambda: exp_top(margin=1.05),
        "sb36": lambda: exp_rate("standard_notice"),
        "sb37": lambda: renewal_rate("2025S2", "2025-04-01", "2025-06-30"),
        "sb38": lambda: top_events_count(CANCEL, "e.cancel_reason_zh", *ALL,
                                         f"e.action = 'not_renewed' AND e.term = '2025S2' AND {sh}", margin=1.5),
        "sb39": lambda: events_at(CANCEL, *H1_26, "e.cancel_type = 'mid_term'"),
        "sb40": lambda: events_avg(CANCEL, "e.refund_days", *ALL, f"e.action = 'cancelled' AND {CN}"),
        "sb41": lambda: events_avg(CANCEL, "e.refund_days", *ALL, f"e.action = 'cancelled' AND {INTL}"),
        # ---- money
        "sb42": lambda: revenue(*Y25),
        "sb43": lambda: top_revenue("o.region_zh", *Y25, margin=1.1),
        "sb44": lambda: revenue(*Y25, kind="field_trip"),
        "sb45": lambda: revenue(*Y25, kind="refund", status=None),
        "sb46": lambda: revenue_change(H1_25, H1_26),
        "sb47": lambda: orders_count(*Y25, "single_ride"),
        # ---- customers
        "sb48": lambda: cust_count("c.customer_type = 'parent' AND c.segment = 'churned'"),
        "sb49": lambda: cust_count("c.customer_type = 'school' AND c.segment = 'contract_active'"),
        # ---- feedback
        "sb50": lambda: top_fb_count("f.touchpoint_id", T["refund"], margin=5),
        "sb51": lambda: fb_count(T["refund"]),
        "sb52": lambda: fb_count(T["scan_alert"], _in("f.ts", "2025-10-01", "2025-11-30")),
        "sb53": lambda: top_fb_count("f.region", T["scan_alert"], margin=3),
        "sb54": lambda: fb_count(T["missed"], _in("f.ts", *month(2026, 3))),
        "sb55": lambda: fb_avg("f.channel = 'term_survey' AND f.term = '2026S1'"),
        "sb56": lambda: nps_score("f.channel = 'term_survey' AND f.term = '2025S2'"),
        "sb57": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'term_survey' AND {_in('f.ts', *Y25)}"),
        "sb58": lambda: feedback_ids(T["refund"]),
        "sb59": lambda: fb_count(T["price"], "f.region = 'Shanghai'"),
        "sb60": lambda: fb_count(T["driver"]),
        # ---- relative periods (as_of)
        "sb61": lambda: events_at(ISSUE, "2026-03-09", "2026-03-15", late),
        "sb62": lambda: events_share(BOARD, on_time, *month(2025, 11)),
        "sb63": lambda: events_at(SIGNUP, "2025-08-01", "2025-08-20"),
        "sb64": lambda: revenue(*Q1_26),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    assert one(f"SELECT count(*) FROM events WHERE touchpoint_id = 'tp_fee_payment'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'term_pass' AND paid_at IS NOT NULL")
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_oneoff_booking'") == one(
        "SELECT count(*) FROM orders WHERE order_type IN ('single_ride', 'field_trip')")


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
