"""Gold answers for the 锦程银行信用卡中心 Jincheng Bank credit-card held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1, within
  the journey window from their first step-1 event in the period (card_acquisition 45 d, ad_to_apply 7 d,
  card_activation 30 d, instalment 7 d, dispute 30 d). Rates are per customer (people); the tolerance covers both
  readings (later steps allowed after the period end, or not). Any event at a touchpoint counts (a failed face check
  still reaches tp_id_verify, a rejection still reaches tp_decision, a returned card still reaches tp_card_delivery).
  "Where do we lose the most people" = the step whose next step is not reached by the most people (the loss between
  step k and k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1 people by it;
- an application = one `application_id` / `session_id` AP000123 (apply .. first purchase). Times between steps are per
  application, first B ts - first A ts, period by the time of A, median unless asked otherwise, in hours or days as
  asked (the tolerance also covers calendar-day counting for days);
- event-level shares count events: face/identity check failure rate = tp_id_verify rows `fail` / all tp_id_verify rows
  (attempts) in the period; approval rate = tp_decision rows `approved` / all tp_decision rows (by decision time);
  card return rate = tp_card_delivery rows `returned` / all tp_card_delivery rows (by delivery-outcome time); instalment
  take-up per offer = tp_instalment_booked rows / tp_instalment_offer rows of the same offers (offer_id), by offer time;
  waiver approval = tp_fee_waiver rows `approved` / all tp_fee_waiver rows; annual fee charged share = tp_annual_fee_bill
  rows `charged` / all of them (the rest are auto-waived by the swipe / spend rule); first-call resolution = share of
  tp_hotline rows with first_call_resolved = 'Y';
- money = orders with status `paid` (annual fees that were refunded after a waiver are `refunded`, instalment plans
  cancelled in the 7-day cooling-off period are `cancelled`; neither is income) by order ts (charge / booking time).
  "Fee income" = annual fees + instalment fees; amounts in CNY;
- customers: attributes as stored at the end of the data (2026-07-31); "customers" = rows of customers.csv (everyone
  who clicked an ad, was referred at a branch or opened a member's invite link); new customers by `signup_at`;
  cardholders = customers with a tier (approved); the experiment rate = share of a variant's assigned customers with a
  tp_first_spend event;
- zh top entities are the Chinese twins (城市, 获客渠道, 拒绝原因, 快递公司, 来电类型, 销卡原因, 争议原因, 商户类别, 职业,
  分期类型, 营销渠道, 卡种), en ones the raw / English values (region / city, acquisition_channel, reject_reason, courier,
  call_topic, cancel_reason, dispute_reason, merchant_category, occupation, instalment_type, offer_channel, card_product)
  or touchpoint_id / device / variant;
- feedback: "all data" includes rows without ts; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); survey = channel `survey` (after activation: rating 1-5, mostly with NPS 0-10); app
  reviews = channel `app_review`; call-centre notes = `call_note`; negative = 1-2 stars where the question says so; NPS
  score = share 9-10 minus share 0-6 (as a fraction); rating by touchpoint over rows with a rating;
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


def conv(journey, start, end, cond="1=1", upto=None):
    vals = []
    for b in (False, True):
        c = funnel(journey, start, end, bounded=b, cond=cond)
        vals.append((c[upto - 1] if upto else c[-1]) / c[0])
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
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per application (session) ----------

def _first(tp, key="session_id", cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY {key}
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})) WHERE rn = 1)"""


def _gap(a_tp, b_tp, start, end, cond, key="session_id", a_cond="1=1", b_cond="1=1"):
    return f"""FROM {_first(a_tp, key, a_cond)} a JOIN {_first(b_tp, key, b_cond)} b USING ({key})
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", unit="days", key="session_id", a_cond="1=1", b_cond="1=1"):
    g = _gap(a_tp, b_tp, start, end, cond, key, a_cond, b_cond)
    v = one(f"SELECT median(epoch(b.t - a.t) / 86400.0) {g}")
    if unit == "hours":
        v *= 24
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.05), 2))
    w = one(f"SELECT median(date_diff('day', a.t::DATE, b.t::DATE)) {g}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- events ----------

def _ev(tp, start, end, cond):
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) {_ev(tp, start, end, cond)}"), tolerance=0.5)


def events_people(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(DISTINCT e.customer_id) {_ev(tp, start, end, cond)}"), tolerance=0.5)


def events_agg(tp, expr, start, end, cond="1=1", agg="avg", rel=0.01):
    v = float(one(f"SELECT {agg}({expr}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.1, abs(v) * rel), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) {_ev(tp, *a, cond)}")
    y = one(f"SELECT count(*) {_ev(tp, *b, cond)}")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"), 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=20, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}")
    _assert_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def take_up(start, end, cond="1=1"):
    """instalment bookings per offer, offers by offer time."""
    return f"""SELECT o.*, (b.offer_id IS NOT NULL)::int AS booked FROM events o
               LEFT JOIN (SELECT DISTINCT offer_id FROM events WHERE touchpoint_id = 'tp_instalment_booked') b
               USING (offer_id) WHERE o.touchpoint_id = 'tp_instalment_offer' AND {_in('o.ts', start, end)}
               AND ({cond})"""


def take_up_rate(start, end, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(booked) FROM ({take_up(start, end, cond)})"), 4), tolerance=0.01)


def top_take_up(by, start, end, margin=1.5):
    rows = q(f"SELECT {by}, avg(booked) r FROM ({take_up(start, end)}) GROUP BY 1 ORDER BY r DESC")
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- orders (fees) ----------

def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def fees(start, end, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"),
                tolerance=0.5)


def orders_avg(expr, start, end, cond="1=1"):
    v = float(one(f"SELECT avg({expr}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def fees_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def orders_share(num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(by, start, end, cond="1=1", margin=1.1, agg="sum(o.amount)"):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- customers / experiment ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def _exp():
    return """SELECT x.variant, avg((x.customer_id IN (SELECT customer_id FROM events
              WHERE touchpoint_id = 'tp_first_spend'))::int) r, count(*) n FROM experiments x GROUP BY 1 ORDER BY r DESC"""


def exp_best(margin=1.1):
    rows = q(_exp())
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def exp_rate(variant):
    return dict(value=round([r[1] for r in q(_exp()) if r[0] == variant][0], 4), tolerance=0.01)


# ---------- feedback ----------

def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topic):
    """the text markers must agree exactly with the generator's truth."""
    extra = q(f"SELECT f.feedback_id, f.text FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
              f"AND coalesce(truth.topics, '') <> '{topic}' LIMIT 3")
    missed = q(f"SELECT f.feedback_id, f.text FROM feedback f JOIN truth USING (feedback_id) "
               f"WHERE coalesce(truth.topics, '') = '{topic}' AND NOT ({cond}) LIMIT 3")
    assert not extra and not missed, (topic, extra, missed)


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


def rank_fb_avg(by, cond, min_n, margin=0.2):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, steps, markers ----------

ALL = ("2024-08-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q4_25, Q1_26, Q2_26 = quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
NOV25, FEB26, MAR26, JUN26 = month(2025, 11), month(2026, 2), month(2026, 3), month(2026, 6)
SINCE_JT = ("2025-10-01", "2026-07-31")
(AD, BRANCH, INVITE, APPLY, VERIFY, CHECK, DECISION, DELIVERY, ACTIVATION, FIRST, OFFER, BOOKED, DISPUTE, RESOLVED,
 HOTLINE, FEE_BILL, WAIVER, CANCEL) = (
    "tp_ad_click", "tp_branch_referral", "tp_friend_invite", "tp_online_apply", "tp_id_verify", "tp_credit_check",
    "tp_decision", "tp_card_delivery", "tp_activation", "tp_first_spend", "tp_instalment_offer",
    "tp_instalment_booked", "tp_dispute", "tp_dispute_resolved", "tp_hotline", "tp_annual_fee_bill", "tp_fee_waiver",
    "tp_card_cancel")
PAID = "o.status = 'paid'"
ANNUAL = "o.fee_type = 'annual_fee'"
INST = "o.fee_type = 'instalment_fee'"
SURVEY = "f.channel = 'survey'"
APPREV = "f.channel = 'app_review'"
FACE_T = _like("f.text", ["人脸", "face"])
REJECT_T = _like("f.text", ["被拒", "declined"])
DELIV_T = _like("f.text", ["快递", "courier"])
INST_T = _like("f.text", ["分期", "instalment"])
FEE_T = _like("f.text", ["年费", "annual fee"])
DISPUTE_T = _like("f.text", ["争议", "dispute"])
WAIT_T = _like("f.text", ["排队", "on hold"])
CANCEL_T = _like("f.text", ["销卡", "cancel"])
APPROVAL_T = _like("f.text", ["审批", "approval"])
AGENT_T = _like("f.text", ["客服", "agent"])
GIFT_T = _like("f.text", ["首刷", "welcome gift"])
TOPICS = ((FACE_T, "face_verify"), (REJECT_T, "rejected"), (DELIV_T, "delivery"), (INST_T, "instalment"),
          (FEE_T, "annual_fee"), (DISPUTE_T, "dispute"), (WAIT_T, "hotline_wait"), (CANCEL_T, "cancel_hard"),
          (APPROVAL_T, "praise_approval"), (AGENT_T, "praise_agent"), (GIFT_T, "first_spend_gift"))


def gold():
    douyin = "c.acquisition_channel = 'douyin_ads'"
    since26 = ("2026-01-01", "2026-07-31")
    return {
        # ---- acquisition funnel
        "cc01": lambda: conv("card_acquisition", *Y25),
        "cc02": lambda: conv("card_acquisition", *Y25, cond=douyin),
        "cc03": lambda: rank_conv("card_acquisition", *Y25, by="c.acquisition_channel", lowest=True, margin=1.5),
        "cc04": lambda: top_lost("card_acquisition", *H2_25, margin=2.0),
        "cc05": lambda: conv("ad_to_apply", *Q4_25),
        "cc06": lambda: events_share(VERIFY, "e.action = 'fail'", *MAR26),
        "cc07": lambda: events_share(VERIFY, "e.action = 'fail'", *FEB26),
        "cc08": lambda: top_events_share(VERIFY, "e.action = 'fail'", "e.device", *MAR26, margin=3.0),
        "cc09": lambda: events_share(VERIFY, "e.action = 'fail'", *MAR26, "e.device = 'ios'"),
        "cc10": lambda: events_share(DECISION, "e.action = 'approved'", *Y25),
        "cc11": lambda: top_events_count(DECISION, 'e."拒绝原因"', *Y25, "e.action = 'rejected'", margin=1.1),
        "cc12": lambda: top_events_count(DECISION, "e.reject_reason", *Y25, f"e.action = 'rejected' AND {douyin}",
                                         margin=1.25),
        "cc13": lambda: step_time(APPLY, DECISION, *Y25, unit="hours"),
        "cc14": lambda: step_time(DECISION, DELIVERY, *Y25, a_cond="action = 'approved'",
                                  b_cond="action = 'delivered'"),
        "cc15": lambda: top_events_share(DELIVERY, "e.action = 'returned'", "e.courier", *SINCE_JT, margin=3.0),
        "cc16": lambda: events_share(DELIVERY, "e.action = 'returned'", *SINCE_JT, "e.courier = 'jt_express'"),
        "cc18": lambda: step_time(DELIVERY, ACTIVATION, *Y25, a_cond="action = 'delivered'"),
        "cc19": lambda: conv("card_activation", *Y25),
        "cc20": lambda: exp_best(),
        "cc21": lambda: exp_rate("control"),
        "cc23": lambda: top_events_count(FIRST, 'e."商户类别"', *Y25, margin=1.2),
        # ---- instalments
        "cc25": lambda: conv("instalment", *Y25),
        "cc26": lambda: top_take_up("offer_channel", *Y25, margin=2.0),
        "cc27": lambda: events_at(BOOKED, *NOV25),
        "cc28": lambda: fees(*Y25, INST),
        "cc29": lambda: fees_change(H1_25, H1_26, INST),
        "cc30": lambda: orders_share("o.status = 'cancelled'", *Y25, f"{INST} AND o.offer_channel = 'telesales'"),
        "cc31": lambda: orders_share("o.status = 'cancelled'", *Y25, f"{INST} AND o.offer_channel = 'app_push'"),
        "cc32": lambda: top_events_count(BOOKED, "e.instalment_type", *Y25, margin=1.3),
        # ---- disputes
        "cc35": lambda: conv("dispute", *Y25),
        "cc36": lambda: step_time(DISPUTE, RESOLVED, *Y25, "a.cross_border = 'Y'"),
        "cc37": lambda: top_events_count(DISPUTE, "e.dispute_reason", *Y25, margin=1.15),
        # ---- hotline
        "cc39": lambda: events_at(HOTLINE, *month(2026, 1)),
        "cc40": lambda: top_events_count(HOTLINE, 'e."来电类型"', *H1_26, margin=1.2),
        "cc41": lambda: events_agg(HOTLINE, "e.wait_seconds", *Q1_26),
        # ---- annual fee, waivers, cancellations
        "cc44": lambda: fees(*H1_26, ANNUAL),
        "cc45": lambda: events_share(WAIVER, "e.action = 'approved'", *H1_26),
        "cc46": lambda: events_share(WAIVER, "e.action = 'approved'", *H2_25),
        "cc47": lambda: events_share(FEE_BILL, "e.action = 'charged'", *since26, "e.card_product = 'gold'"),
        "cc48": lambda: events_at(CANCEL, *Q1_26),
        "cc49": lambda: top_events_count(CANCEL, "e.cancel_reason", *since26, margin=1.3),
        "cc50": lambda: fees(*Y25, ANNUAL, status="refunded"),
        # ---- money
        "cc51": lambda: fees(*Y25),
        "cc52": lambda: fees(*JUN26),
        "cc53": lambda: top_orders("o.city", *Y25, margin=1.15),
        "cc55": lambda: events_at(BOOKED, "2025-11-10", "2025-11-16"),
        # ---- customers, volumes
        "cc56": lambda: customers_count(douyin),
        "cc57": lambda: customers_share("c.acquisition_channel = 'branch_referral'"),
        "cc58": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        "cc59": lambda: top_customers("c.occupation", "c.tier IS NOT NULL", margin=1.5),
        "cc60": lambda: customers_count("c.segment = 'cancelled'"),
        "cc61": lambda: customers_share("c.tier = 'platinum'", "c.tier IS NOT NULL"),
        "cc62": lambda: events_at(APPLY, "2026-06-08", "2026-06-14"),
        # ---- feedback
        "cc65": lambda: fb_count(FACE_T),
        "cc66": lambda: fb_count(FACE_T, _in("f.ts", *MAR26)),
        "cc67": lambda: top_fb_count("f.touchpoint_id", INST_T, margin=3),
        "cc68": lambda: fb_count(INST_T, _in("f.ts", *Y25)),
        "cc69": lambda: fb_count(FEE_T, _in("f.ts", *H1_26)),
        "cc71": lambda: top_fb_count('f."城市"', DELIV_T, margin=1.4),
        "cc72": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 15, margin=0.2),
        "cc73": lambda: nps_score(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "cc74": lambda: fb_avg(APPREV),
        "cc75": lambda: fb_ratio("f.rating <= 2", f"{APPREV} AND {_in('f.ts', *MAR26)}"),
        "cc76": lambda: feedback_ids(f"{FACE_T} AND {_in('f.ts', *MAR26)}"),
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
