"""Gold answers for the 栖柚青年社区 PomeloNest Co-living held-out batch, from plain DuckDB SQL over the raw CSVs written
by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (leasing 30 d, repair 14 d, renewal 45 d,
  move_out 60 d); rates are per customer (people); the tolerance covers both readings (later steps allowed after the
  period end, or not). "Where do we lose the most" = the step whose next step is not reached by the most people (the
  loss between step k and k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1
  people by that attribute (customers table);
- cases (`session_id`): a viewing VW000123 (tp_viewing_book, tp_viewing); a lease LS000123 (tp_application,
  tp_credit_check, tp_lease_sign, tp_move_in, tp_rent_pay, tp_renewal_offer, tp_renewal_sign, tp_moveout_notice,
  tp_moveout_inspection, tp_deposit_refund; a renewal starts a new lease id, `new_lease_id` on tp_renewal_sign); a
  repair ticket RP000123 (tp_repair_request, tp_repair_dispatch, tp_repair_done, tp_repair_rate). tp_listing_view
  and tp_community_event have no session (`activity_id` names the event night). Per-case rates count cases whose
  first event at step A falls in the period (by its date) and look for step B in the same case at any time; case
  attributes (社区 / building, 城市 / city, 房型 / room_type, 看房方式 / viewing_mode, 报修类型 / repair_category,
  支付方式 / payment_channel) are read from the step-A event, customer attributes from customers;
- show-up rate = booked viewings with a tp_viewing / booked viewings; credit-check fail rate = tp_credit_check rows
  with action `fail` / all checks; pass-to-sign = applications passing the check (action `pass`) with a
  tp_lease_sign / passing applications; renewal rate = renewal offers with a tp_renewal_sign / offers; late rent
  share = tp_rent_pay rows with action `paid_late` / all tp_rent_pay rows (the first month's rent is paid at signing
  as an order and has no tp_rent_pay row); deposit-free share = tp_lease_sign rows with `deposit_waived`;
- times between steps = per case, first B ts - first A ts (B after A), period by the date of A; hours / days as asked
  (fractional days from timestamps; the tolerance also covers whole calendar days);
- money = orders with status `paid` by order ts (refunded rows are no income; the refunded-rent question sums status
  `refunded` by order ts): rent (房租), utilities (水电费), deposits (押金), early-termination fees (违约金) and
  damage charges for deposit-free tenants (免押赔偿). Deposit deductions / refunds = `deduction_amount` /
  `refund_amount` of tp_deposit_refund events by settlement date; rents on leases = `monthly_rent` of tp_lease_sign;
- customer attributes as stored (state at the end of the data; segment tenant = living with us on 2026-06-30);
  zh questions are checked against the Chinese twins (社区, 城市, 房型, 看房方式, 报修类型, 支付方式, 退租原因, 活动类型,
  获客渠道, 社群活跃度, 会员等级), en ones against building / city / room_type / viewing_mode / repair_category /
  payment_channel / acquisition_channel / community_engagement / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); app reviews = channel `app_review`; rating by step = feedback.touchpoint_id over rows
  with a rating; negative = 1-2 stars when the question says so; NPS = move-out survey `nps` 0-10, NPS score = share
  9-10 minus share 0-6 (as a fraction);
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
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1)")


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


def _check_margin(rows, margin, lowest=False):
    if len(rows) < 2:
        return
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]


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
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        _check_margin(rows, margin, lowest)
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


# ---------- per case (session) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None, a_cond="1=1"):
    """share of cases with a first `a_tp` (matching a_cond) in the period that have a `b_tp` (matching b_cond)."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp, a_cond)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", a_cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond, a_cond=a_cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        big = big[::-1]
    _check_margin(big, margin, lowest)
    return dict(top_entity=big[0][0])


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond, b_cond="1=1"):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp, b_cond)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days", b_cond="1=1"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
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


def events_sum(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def events_agg(tp, expr, start, end, cond="1=1", agg="avg"):
    v = float(one(f"SELECT {agg}({expr}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.1, abs(v) * 0.03), 2))


def events_share(tp, num, start, end, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"), 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    _check_margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_events(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _check_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_agg(tp, expr, by, start, end, agg="avg", margin=1.25, cond="1=1"):
    rows = q(f"SELECT {by}, {agg}({expr}) v {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"ORDER BY v DESC")
    _check_margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _check_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


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


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _check_margin(rows, margin)
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2025-01-01", "2026-06-30")
Q2_25, Q3_25, Q1_26, Q2_26 = quarter(2025, 2), quarter(2025, 3), quarter(2026, 1), quarter(2026, 2)
SUMMER_25 = ("2025-07-01", "2025-08-31")
LOCK_WIN = ("2026-03-01", "2026-05-31")
(LISTING, BOOK, VIEWING, APPLY, CREDIT, SIGN, MOVE_IN, RENT, REQ, DISPATCH, DONE, RATE, COMMUNITY, OFFER, RENEW,
 NOTICE, INSPECT, SETTLE) = (
    "tp_listing_view", "tp_viewing_book", "tp_viewing", "tp_application", "tp_credit_check", "tp_lease_sign",
    "tp_move_in", "tp_rent_pay", "tp_repair_request", "tp_repair_dispatch", "tp_repair_done", "tp_repair_rate",
    "tp_community_event", "tp_renewal_offer", "tp_renewal_sign", "tp_moveout_notice", "tp_moveout_inspection",
    "tp_deposit_refund")
AIRCON_T = _like("f.text", ["空调", "air con", "aircon"])
LOCK_T = _like("f.text", ["门锁", "lock"])
SLOW_T = _like("f.text", ["维修太慢", "等了好几天才修", "repair took", "slow to fix"])
FAST_T = _like("f.text", ["修得很快", "很快就修好", "fixed quickly", "fixed it quickly"])
DEPOSIT_T = _like("f.text", ["押金", "deposit"])
NOISE_T = _like("f.text", ["吵", "噪音", "noise", "noisy"])
ROOMMATE_T = _like("f.text", ["室友", "roommate", "flatmate"])
CLEAN_T = _like("f.text", ["没打扫", "不干净", "not cleaned", "not been cleaned", "dirty"])
PHOTO_T = _like("f.text", ["照片", "photos"])
CREDIT_T = _like("f.text", ["审核", "credit check"])
HIKE_T = _like("f.text", ["涨价", "涨租", "涨了", "rent increase", "price hike"])
COMMUNITY_T = _like("f.text", ["活动", "events"])
MANAGER_T = _like("f.text", ["管家", "manager"])
COMMUTE_T = _like("f.text", ["通勤", "commute"])
APP = "f.channel = 'app_review'"
SURVEY = "f.channel = 'survey'"
NOT_DEP = "o.order_type <> 'deposit'"


def gold():
    return {
        # ---- leasing funnel and its rates
        "cl01": lambda: conv("leasing", *Y25),
        "cl02": lambda: top_lost("leasing", *Q1_26),
        "cl03": lambda: rank_conv("leasing", *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "cl04": lambda: conv("leasing", *Y25, cond="c.acquisition_channel = 'referral'"),
        "cl05": lambda: top_events_share(CREDIT, "e.action = 'fail'", "c.acquisition_channel", *ALL, margin=3.0),
        "cl06": lambda: events_share(CREDIT, "e.action = 'fail'", *ALL, "c.acquisition_channel = 'douyin'"),
        "cl07": lambda: rate(CREDIT, SIGN, *H1_25, a_cond="action = 'pass'"),
        "cl08": lambda: rate(CREDIT, SIGN, *H2_25, a_cond="action = 'pass'"),
        "cl09": lambda: events_share(SIGN, "e.deposit_waived", *H2_25),
        "cl10": lambda: rate(BOOK, VIEWING, *Y25),
        "cl11": lambda: rank_rate(BOOK, VIEWING, *Y25, by='a."看房方式"', margin=1.1),
        # ---- renewal / move-out
        "cl12": lambda: rate(OFFER, RENEW, *Y25),
        "cl13": lambda: rank_rate(OFFER, RENEW, *Y25, by="c.community_engagement", margin=1.2),
        "cl14": lambda: rate(OFFER, RENEW, *Y25, "c.community_engagement = 'inactive'"),
        "cl15": lambda: rank_rate(OFFER, RENEW, *H1_26, by='a."城市"', margin=1.3, lowest=True),
        "cl16": lambda: events_agg(OFFER, "e.offered_rent - e.monthly_rent", *H1_26, "e.city = 'Shanghai'"),
        "cl17": lambda: step_time(OFFER, RENEW, *Y25),
        "cl18": lambda: events_sum(SETTLE, "e.deduction_amount", *H1_26),
        "cl19": lambda: top_events_agg(SETTLE, "e.deduction_amount", "e.building", *H1_26, margin=2.0),
        "cl20": lambda: events_agg(SETTLE, "e.deduction_amount", *H1_26, "e.building_id = 'B04'"),
        "cl21": lambda: events_sum(SETTLE, "e.refund_amount", *Y25),
        "cl22": lambda: top_events(NOTICE, 'e."退租原因"', *Y25, margin=1.3),
        # ---- repairs
        "cl23": lambda: top_events(REQ, 'e."社区"', *SUMMER_25, "e.repair_category = 'aircon'", margin=1.8),
        "cl24": lambda: step_time(REQ, DONE, *SUMMER_25, "a.repair_category = 'aircon' AND a.building_id = 'B07'"),
        "cl25": lambda: step_time(REQ, DONE, *SUMMER_25, "a.repair_category = 'aircon' AND a.building_id <> 'B07'"),
        "cl26": lambda: top_events(REQ, "e.repair_category", *LOCK_WIN, "e.building_id = 'B02'", margin=2.0),
        "cl27": lambda: events_at(REQ, *LOCK_WIN, "e.building_id = 'B02' AND e.repair_category = 'door_lock'"),
        "cl28": lambda: rate(REQ, RATE, *Y25),
        "cl29": lambda: step_time(REQ, DISPATCH, *Y25, agg="avg", unit="hours"),
        "cl30": lambda: events_agg(RATE, "e.stars", *Y25, "e.building_id = 'B07'"),
        # ---- rent and money
        "cl31": lambda: top_events_share(RENT, "e.action = 'paid_late'", "e.payment_channel", *Y25, margin=2.5),
        "cl32": lambda: events_share(RENT, "e.action = 'paid_late'", *Y25, "e.payment_channel = 'wechat_pay'"),
        "cl33": lambda: orders(*Q1_26, "o.order_type = 'rent'"),
        "cl34": lambda: orders(*month(2026, 5), NOT_DEP),
        "cl35": lambda: orders(*month(2026, 4), NOT_DEP),
        "cl36": lambda: top_orders('o."城市"', *Y25, "o.order_type = 'rent'", margin=1.2),
        "cl37": lambda: orders_change(H1_25, H1_26, "o.order_type = 'rent'"),
        "cl38": lambda: orders(*month(2025, 8), "o.order_type = 'utilities'"),
        "cl39": lambda: events_agg(SIGN, "e.monthly_rent", *Y25, "e.city = 'Shanghai' AND e.room_type = 'shared_room'"),
        "cl40": lambda: orders(*Y25, "o.order_type = 'rent'", status="refunded"),
        "cl41": lambda: events_agg(RENT, "e.days_late", *Y25,
                                   "e.action = 'paid_late' AND e.payment_channel = 'corporate'"),
        # ---- volumes
        "cl42": lambda: events_at(MOVE_IN, *month(2026, 3)),
        "cl43": lambda: events_at(MOVE_IN, *month(2026, 4)),
        "cl44": lambda: events_at(SIGN, *month(2026, 4)),
        "cl45": lambda: events_at(VIEWING, "2025-07-07", "2025-07-13"),
        "cl48": lambda: events_change(SIGN, Q2_25, Q3_25),
        "cl49": lambda: top_events(COMMUNITY, 'e."活动类型"', *Y25, margin=1.15),
        # ---- customers
        "cl50": lambda: customers_count("c.segment = 'tenant'"),
        "cl51": lambda: customers_count("c.segment = 'tenant' AND c.\"城市\" = '成都'"),
        "cl52": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        # ---- feedback
        "cl53": lambda: fb_topic_count(AIRCON_T),
        "cl54": lambda: top_fb_count("f.building", LOCK_T, margin=2.0),
        "cl55": lambda: top_fb_count('f."社区"', DEPOSIT_T, margin=2.0),
        "cl56": lambda: fb_topic_count(NOISE_T),
        "cl57": lambda: fb_topic_count(ROOMMATE_T),
        "cl58": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "cl59": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.25),
        "cl60": lambda: fb_avg(f"{APP} AND f.building_id = 'B06' AND {_in('f.ts', *H1_26)}", tol=0.03),
        "cl61": lambda: nps_score(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "cl62": lambda: top_fb_count("f.building", MANAGER_T, margin=1.8),
        "cl63": lambda: feedback_ids(f"{AIRCON_T} AND {_in('f.ts', *SUMMER_25)}"),
        "cl64": lambda: top_fb_count('f."房型"', PHOTO_T, margin=2.0),
    }


def checks():
    """topic markers must match the generator's truth."""
    for cond, topic in ((AIRCON_T, "aircon"), (LOCK_T, "lock"), (SLOW_T, "slow_repair"), (FAST_T, "fast_fix"),
                        (DEPOSIT_T, "deposit"), (NOISE_T, "noise"), (ROOMMATE_T, "roommate"),
                        (CLEAN_T, "clean_movein"), (PHOTO_T, "photo_mismatch"), (CREDIT_T, "credit_reject"),
                        (HIKE_T, "rent_hike"), (COMMUNITY_T, "community"), (MANAGER_T, "manager"),
                        (COMMUTE_T, "commute")):
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
