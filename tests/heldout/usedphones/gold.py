"""Gold answers for the 闪回收 FlashSwap used-phone trade-in / resale held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1, within
  the journey window from their first step-1 event in the period (tradein 30 d, revision 14 d, purchase 7 d, returns
  30 d); rates are per customer (people); the tolerance covers both readings (later steps allowed after the period end,
  or not). "Where do we lose the most" = the step whose next step is not reached by the most people (the loss between
  step k and k+1 is attributed to step k). A funnel split by a customer attribute (acquisition_channel / 获客渠道)
  filters the step-1 people by that attribute as stored in customers.csv;
- a trade-in order = one `session_id` TI000123 (every event from the quote to the payout / phone returned), a buying
  visit = one `session_id` BS000123. Per-order rates count orders whose first step-A event (matching the condition)
  falls in the period and look for step B in the same session at any time; attributes (warehouse / 仓库, brand / 品牌,
  fulfil_method, device) are read from the step-A event;
- event-level shares count events: downgrade rate = tp_inspection rows with action `downgraded` / all tp_inspection
  rows in the period (by inspection time); missed-pickup rate = tp_pickup rows with action `missed` / all tp_pickup rows
  (every pickup attempt is a row); price cut = `revised_amount` of tp_price_revision;
- times between steps = per session, first B ts - first A ts (B after A), period by the timestamp of A, median unless
  asked otherwise; days as fractional days (tolerance also covers calendar-day counting);
- money = orders with status `paid` by order ts (phones + 碎屏延保 warranty add-ons; cancelled = unpaid checkouts that
  expired, returned / refunded = money given back, none of them revenue). Payouts to sellers are not revenue: they are
  `payout_amount` of tp_payout events by payout time. Return rate = phone orders with status `returned` / phone orders
  with status paid or returned (cancelled excluded), by order time. Amounts in CNY;
- customers: attributes as stored at the end of the data (2026-05-31); "users" = rows of customers.csv; sellers =
  user_role seller or both; new users by `signup_at`;
- zh top entities are the Chinese twins (仓库, 品牌, 物流商, 改价原因, 退货原因, 成色, 城市, 获客渠道), en ones the English
  values (warehouse, brand, courier, revision_reason, return_reason, grade, region, acquisition_channel) or
  touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); payout survey = channel `payout_survey` (1-5 + NPS 0-10 after the payout), buyer reviews =
  channel `delivery_review`, app-store reviews = channel `app_review`; negative = 1-2 stars where the question says so;
  NPS score = share 9-10 minus share 0-6 (as a fraction); rating by touchpoint over rows with a rating;
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


# ---------- per session (trade-in order / buying visit) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", a_cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    return q(f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp, a_cond)} a
                 LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
                 USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE {_in('a.t', start, end)} AND ({cond}) {'GROUP BY 1 ORDER BY r DESC' if by else ''}""")


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", a_cond="1=1"):
    return dict(value=round(sess_rate(a_tp, b_tp, start, end, cond, b_cond, a_cond)[0][0], 4), tolerance=0.01)


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond)}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


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
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_agg(tp, expr, by, start, end, agg="avg", margin=1.2, cond="1=1", lowest=False):
    rows = q(f"SELECT {by}, {agg}({expr}) v {_ev(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY v {'' if lowest else 'DESC'}")
    _assert_lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def orders(start, end, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
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


def orders_share(num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders_share(num, by, start, end, cond="1=1", margin=1.2, min_n=30):
    rows = q(f"""SELECT {by}, avg(({num})::int) r, count(*) n FROM orders o WHERE {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_orders(by, start, end, cond="1=1", margin=1.2):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _assert_lead(rows, margin)
    return dict(top_entity=rows[0][0])


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

ALL = ("2024-10-01", "2026-05-31")
Y25 = ("2025-01-01", "2025-12-31")
Q1_25, Q3_25, Q4_25, Q1_26 = quarter(2025, 1), quarter(2025, 3), quarter(2025, 4), quarter(2026, 1)
NOV25, OCT25, MAR26, JAN26, FEB26, APR26 = (month(2025, 11), month(2025, 10), month(2026, 3), month(2026, 1),
                                            month(2026, 2), month(2026, 4))
(QUOTE, SUBMIT, PICKUP, MAILIN, STORE, RECEIVED, INSPECT, REVISION, APPEAL, DECISION, RETURN_DEV, PAYOUT, BROWSE,
 DETAIL, CHECKOUT, DELIVERY, RET_REQ, RET_REFUND) = (
    "tp_quote", "tp_order_submit", "tp_pickup", "tp_mailin", "tp_store_dropoff", "tp_received", "tp_inspection",
    "tp_price_revision", "tp_appeal", "tp_seller_decision", "tp_return_device", "tp_payout", "tp_browse",
    "tp_product_detail", "tp_checkout", "tp_delivery", "tp_return_request", "tp_return_refund")
DOWN = "e.action = 'downgraded'"
PHONE = "o.order_type = 'phone'"
SOLD = "o.status IN ('paid', 'returned')"
SURVEY = "f.channel = 'payout_survey'"
REVIEW = "f.channel = 'delivery_review'"
LOWBALL_T = _like("f.text", ["压价", "lowball"])
PAYOUT_T = _like("f.text", ["到账", "payout"])
COURIER_T = _like("f.text", ["快递员", "courier"])
BATTERY_T = _like("f.text", ["电池", "battery"])
COSMETIC_T = _like("f.text", ["划痕", "scratches"])
PRIVACY_T = _like("f.text", ["数据清除", "隐私", "wipe"])
REFUND_T = _like("f.text", ["退款", "refund"])
QUOTE_T = _like("f.text", ["估价很", "get a quote", "instant quote"])
FAST_T = _like("f.text", ["发货", "shipped", "fast shipping"])
TOPICS = ((LOWBALL_T, "lowball"), (PAYOUT_T, "payout_slow"), (COURIER_T, "courier_noshow"), (BATTERY_T, "battery"),
          (COSMETIC_T, "cosmetic"), (PRIVACY_T, "data_privacy"), (REFUND_T, "refund_slow"), (QUOTE_T, "quote_easy"),
          (FAST_T, "fast_delivery"))


def gold():
    return {
        # ---- sell side: funnel, inspection, price revisions, logistics, payouts
        "up01": lambda: conv("tradein", *Y25),
        "up02": lambda: top_lost("tradein", *Q4_25),
        "up03": lambda: rank_conv("tradein", *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "up04": lambda: conv("tradein", *Y25, cond="c.acquisition_channel = 'carrier_partner'"),
        "up05": lambda: rate(QUOTE, SUBMIT, *Y25, cond="a.device = 'android'"),
        "up06": lambda: rate(QUOTE, SUBMIT, *Y25, cond="a.device = 'ios'"),
        "up07": lambda: events_share(INSPECT, DOWN, *NOV25),
        "up08": lambda: events_share(INSPECT, DOWN, *OCT25),
        "up09": lambda: top_events_share(INSPECT, DOWN, 'e."仓库"', *NOV25, margin=2.0),
        "up10": lambda: rate(INSPECT, PAYOUT, *NOV25, cond="a.warehouse = 'shenzhen'"),
        "up11": lambda: rate(REVISION, DECISION, *Y25, b_cond="action = 'accepted'"),
        "up12": lambda: conv("revision", *Y25),
        "up13": lambda: top_events_agg(REVISION, "-e.revision_pct", 'e."品牌"', *Y25, margin=1.3),
        "up14": lambda: events_agg(REVISION, "e.revised_amount", *Y25, "e.brand = 'Samsung'"),
        "up15": lambda: top_events_count(REVISION, 'e."改价原因"', *Y25, margin=1.3),
        "up16": lambda: rate(REVISION, APPEAL, *Y25),
        "up17": lambda: top_events_share(PICKUP, "e.action = 'missed'", "e.courier", *Y25, margin=3.0),
        "up18": lambda: events_share(PICKUP, "e.action = 'missed'", *Y25, "e.courier = 'dada'"),
        "up19": lambda: rate(SUBMIT, MAILIN, *Y25, a_cond="fulfil_method = 'mail_in'"),
        "up20": lambda: step_time(SUBMIT, RECEIVED, *Y25, "a.fulfil_method = 'pickup'"),
        "up21": lambda: step_time(INSPECT, PAYOUT, *MAR26),
        "up22": lambda: step_time(INSPECT, PAYOUT, *JAN26),
        # ---- buy side
        "up23": lambda: conv("purchase", *Y25),
        "up24": lambda: top_lost("purchase", *Y25),
        "up25": lambda: rank_conv("purchase", *Y25, by='c."获客渠道"', lowest=True, margin=1.5),
        "up26": lambda: orders_share("o.status = 'cancelled'", *Y25, PHONE),
        "up27": lambda: top_orders_share("o.status = 'returned'", 'o."成色"', *Y25, f"{PHONE} AND {SOLD}", margin=1.15),
        "up28": lambda: orders_share("o.status = 'returned'", *Y25, f"{PHONE} AND {SOLD} AND o.grade = 'like_new'"),
        "up29": lambda: top_events_count(RET_REQ, 'e."退货原因"', *Y25, margin=1.1),
        "up30": lambda: step_time(RET_REQ, RET_REFUND, *Y25),
        # ---- money
        "up31": lambda: orders(*Y25),
        "up32": lambda: orders(*MAR26),
        "up33": lambda: orders_change(Q1_25, Q1_26),
        "up34": lambda: top_orders('o."品牌"', *Y25, PHONE, margin=2.0),
        "up35": lambda: orders(*Y25, "o.order_type = 'warranty'"),
        "up36": lambda: events_sum(PAYOUT, "e.payout_amount", *Y25),
        "up37": lambda: events_agg(PAYOUT, "e.payout_amount", *Y25),
        "up38": lambda: top_orders("o.warehouse", *Y25, margin=1.2),
        "up39": lambda: orders_count(*Q4_25, "o.status = 'cancelled'"),
        "up40": lambda: orders_avg(*Y25, PHONE),
        # ---- volumes
        "up41": lambda: events_at(SUBMIT, *FEB26),
        "up42": lambda: events_at(QUOTE, "2026-03-09", "2026-03-15"),
        "up43": lambda: events_change(QUOTE, Q3_25, Q4_25),
        # ---- customers
        "up44": lambda: customers_count("c.tier = 'gold'"),
        "up45": lambda: customers_share("c.region = 'chengdu'"),
        "up46": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        "up47": lambda: top_customers("c.region", margin=1.1),
        "up48": lambda: top_customers('c."获客渠道"', "c.user_role IN ('seller', 'both')", margin=1.1),
        # ---- feedback
        "up49": lambda: fb_count(LOWBALL_T),
        "up50": lambda: top_fb_count("f.touchpoint_id", LOWBALL_T, margin=5),
        "up51": lambda: fb_count(PAYOUT_T, _in("f.ts", "2026-03-01", "2026-04-30")),
        "up52": lambda: fb_count(COURIER_T),
        "up53": lambda: top_fb_count('f."品牌"', BATTERY_T, margin=3),
        "up54": lambda: fb_avg(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "up55": lambda: nps_score(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "up56": lambda: fb_ratio("f.rating <= 2", f"{REVIEW} AND {_in('f.ts', *Y25)}"),
        "up57": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.25),
        "up58": lambda: fb_avg("f.channel = 'app_review'"),
        "up59": lambda: feedback_ids(f"{PAYOUT_T} AND {_in('f.ts', *MAR26)}"),
        "up60": lambda: fb_count(BATTERY_T),
        "up61": lambda: fb_count(PRIVACY_T),
        # ---- relative periods
        "up62": lambda: orders(*APR26),
        "up63": lambda: events_at(PAYOUT, *MAR26),
        "up64": lambda: events_sum(PAYOUT, "e.payout_amount", "2026-01-01", "2026-05-31"),
        "up65": lambda: events_at(SUBMIT, "2026-03-09", "2026-03-15"),
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
