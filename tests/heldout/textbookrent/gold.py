"""Gold answers for the 书循 BookLoop textbook rental and resale held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "students" / "users" / "people" = customer_id (one account). Customer attributes (acquisition channel, region,
  tier) are read from customers.csv as stored at the end of the data; the city of an event or an order is its own
  `city` column (always the student's city);
- funnels follow DATA.md: a student reaches step k with an event (any action: an ISBN `not_found`, a
  `payment_failed` checkout or a `declined` buyback quote is still an event at that touchpoint) at step k's
  touchpoint after reaching step k-1, within the journey window from their first step-1 event in the period
  (textbook_order 7 d, ad_conversion 14 d, rental_return 45 d, buyback 30 d); rates are per student; the tolerance
  covers both readings (later steps allowed after the period end, or not) and, for the order funnels, counting
  only `paid` checkouts. "Where do we lose the most people" = the step whose next step is not reached by the most
  students (the loss between k and k+1 is attributed to step k). A funnel "by platform" keeps only step-1 events of
  that channel (events.channel app / web / mini_program); "by ad platform" = the ad_platform of the first click;
- new-student conversion by acquisition channel = students whose first-ever tp_search event falls in the period,
  converted when they have a `paid` tp_checkout event after it (ever);
- per-event rates count event rows: ISBN not-found rate = tp_isbn_match rows `not_found` / all its rows (one row per
  book looked up); first-attempt courier failure = tp_courier rows with attempt_no = 1 that are `failed` / all
  attempt_no = 1 rows; locker expiry = tp_locker_pickup rows `expired` / all its rows; damage rate = tp_condition_grade
  rows `damaged` / all its rows (scan_type rental_return or buyback as the question says); late returns =
  tp_return_scan rental_return rows with days_late > 0 / all rental_return rows; late fees = tp_late_fee rows
  (`charged` / `waived`); quote acceptance = tp_buyback_quote rows `accepted` / all; period by the event's ts;
- durations from the row's own columns: pickup_hours (tp_locker_pickup), payout_days (the `paid` tp_buyback_payout
  row: days from grading to the money), resolution_hours (tp_support, one row = one ticket, period by its ts);
- money is USD (orders.amount; `currency` / `amount_local` keep what was charged): rental income = order_type
  `rental` with status `paid`; book sales = `purchase` `paid` (`returned` = sent back in 7 days, `refunded` = never
  collected / delivery failed, `cancelled` = cancelled before packing); late fees, extension fees and damage charges
  = `late_fee` / `extension` / `damage_charge` `paid` (`failed` = still unpaid, `refunded` = waived after an appeal
  or a dispute); buyback payouts are money paid OUT to students: `buyback` `paid`; period by orders.ts (the orders
  export starts 2024-08-01, the events 2025-01-01); the city of an order is orders.city;
- zh top entities are the Chinese twins (城市, 区域, 获客渠道, 快递公司, 损坏类型, 问题类别, 订单类型, 拒绝原因, 还书方式) and en
  ones the English values or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers with a 5 % tolerance (checked exactly
  against _truth/feedback_truth.csv); pickup survey = channel `pickup_survey` (1-5 after a locker pickup or a
  courier delivery), return survey = `return_survey` (1-5 after grading), buyback survey = `buyback_survey`, CSAT =
  `csat` (1-5 after a ticket), NPS = channel `nps_survey` (waves in the first two weeks of Mar / Jun / Oct / Dec,
  survey_wave 2025-03 ...), NPS = share 9-10 minus share 0-6 (a fraction); app store reviews = `app_review`;
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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def _lead(rows, margin, lowest=False):
    """the winner must clearly beat the runner-up (ratio `margin`)."""
    a, b = rows[0][1], rows[1][1]
    if lowest:
        assert b > a * margin, rows[:4]
    else:
        assert a > b * margin, rows[:4]


def _count(n):
    return dict(value=n, tolerance=0.5)


def _rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def _median(v, floor=0.1):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, v * 0.03), 3))


# ---------- funnels (per student, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, first_cond="1=1", paid_only=False):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    if paid_only:
        ev += " AND NOT (touchpoint_id = 'tp_checkout' AND action <> 'paid')"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM events e WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}
                    AND ({first_cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def _variants(journey, start, end, first_cond, upto=None):
    out = []
    for bounded in (False, True):
        for paid in (False, True):
            c = funnel(journey, start, end, bounded=bounded, first_cond=first_cond, paid_only=paid)
            k = len(c) - 1 if upto is None else upto - 1
            out.append(c[k] / c[0])
    return out


def conv(journey, start, end, first_cond="1=1", upto=None):
    vals = _variants(journey, start, end, first_cond, upto)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, max(abs(v - vals[0]) for v in vals) + 0.005), 4))



def rank_conv(journey, start, end, col, values, lowest=True, margin=1.3):
    tops = set()
    for bounded in (False, True):
        for paid in (False, True):
            rows = []
            for v in values:
                c = funnel(journey, start, end, bounded=bounded, first_cond=f"{col} = '{v}'", paid_only=paid)
                rows.append((v, c[-1] / c[0]))
            rows.sort(key=lambda r: r[1], reverse=not lowest)
            _lead(rows, margin, lowest)
            tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        for paid in (False, True):
            c = funnel(journey, start, end, bounded=bounded, paid_only=paid)
            lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
            best = max(range(len(lost)), key=lambda i: lost[i])
            assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
            tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def step_rate(journey, start, end, k, first_cond="1=1"):
    """share of students at step k who reach step k+1."""
    vals = []
    for bounded in (False, True):
        for paid in (False, True):
            c = funnel(journey, start, end, bounded=bounded, first_cond=first_cond, paid_only=paid)
            vals.append(c[k] / c[k - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, max(abs(v - vals[0]) for v in vals) + 0.005), 4))


# ---------- new-student conversion (first search -> paid checkout, per student) ----------

def _newcomers(start, end):
    return f"""(SELECT f.customer_id, f.t0, c.* EXCLUDE (customer_id),
               EXISTS (SELECT 1 FROM events d WHERE d.customer_id = f.customer_id AND d.touchpoint_id = 'tp_checkout'
                       AND d.action = 'paid' AND d.ts > f.t0) AS converted
               FROM (SELECT customer_id, min(ts) t0 FROM events WHERE touchpoint_id = 'tp_search' GROUP BY 1) f
               JOIN customers c USING (customer_id) WHERE {_in('f.t0', start, end)}) v"""


def newcomer_conv(start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(converted::int) FROM {_newcomers(start, end)} WHERE {cond}"))


def rank_newcomer_conv(start, end, by, lowest=True, margin=1.25, min_n=80):
    rows = q(f"SELECT {by}, avg(converted::int) r, count(*) FROM {_newcomers(start, end)} GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def _ev(tp, start, end, cond):
    per = f"AND {_in('e.ts', start, end)}" if start else ""
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"{per} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) {_ev(tp, start, end, cond)}"))


def customers_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(DISTINCT e.customer_id) {_ev(tp, start, end, cond)}"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_avg(tp, col, start, end, cond="1=1", rel=0.01):
    v = float(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.1, abs(v) * rel), 2))


def events_median(tp, col, start, end, cond="1=1"):
    return _median(one(f"SELECT median({col}) {_ev(tp, start, end, cond)}"))


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, by, col, start, end, cond="1=1", margin=1.2, agg="avg", lowest=False, min_n=30):
    rows = q(f"SELECT {by}, {agg}({col}) n, count(*) {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_month(tp, num, start, end, cond="1=1", margin=1.5, min_n=100):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, avg(({num})::int) r, count(*) {_ev(tp, start, end, cond)} "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def _ord(start, end, kind, cond, status="paid"):
    st = f"AND o.status = '{status}'" if status else ""
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    kd = f"AND o.order_type = '{kind}'" if kind else ""
    return f"FROM orders o WHERE 1=1 {kd} {st} {per} AND ({cond})"


def revenue(start, end, kind, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) {_ord(start, end, kind, cond, status)}"))


def revenue_change(a, b, kind, cond="1=1"):
    x = one(f"SELECT sum(o.amount) {_ord(*a, kind, cond)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, kind, cond)}")
    return _rate((y - x) / x)


def orders_count(start, end, kind, cond="1=1", status="paid"):
    return _count(one(f"SELECT count(*) {_ord(start, end, kind, cond, status)}"))


def orders_avg(start, end, kind, cond="1=1"):
    v = float(one(f"SELECT avg(o.amount) {_ord(start, end, kind, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.01), 2))


def top_revenue(by, start, end, kind, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, sum(o.amount) n {_ord(start, end, kind, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_orders_count(by, start, end, kind, cond="1=1", margin=1.1, status="paid"):
    rows = q(f"SELECT {by}, count(*) n {_ord(start, end, kind, cond, status)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


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


def rank_fb_avg(by, cond, min_n, margin=0.2, lowest=True):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a {'ASC' if lowest else 'DESC'}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def rank_nps(by, cond, min_n=60, margin=0.1, lowest=True):
    rows = q(f"SELECT {by}, avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) s, count(*) FROM feedback f "
             f"JOIN customers c USING (customer_id) WHERE f.nps IS NOT NULL AND {cond} GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY s {'ASC' if lowest else 'DESC'}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, steps, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q1_25, Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 1), quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), \
    quarter(2026, 2)
AUG25, SEP25, DEC25, JAN26, FEB26 = month(2025, 8), month(2025, 9), month(2025, 12), month(2026, 1), month(2026, 2)
ALL = ("2025-01-01", "2026-07-31")
(AD, SEARCH, ISBN, ROB, CHECKOUT, LOCKER, COURIER, REMIND, EXTEND, LATE, SCAN, GRADE, DAMAGE, QUOTE, PAYOUT,
 SUPPORT) = ("tp_campus_ad", "tp_search", "tp_isbn_match", "tp_rent_or_buy", "tp_checkout", "tp_locker_pickup",
             "tp_courier", "tp_due_reminder", "tp_extension", "tp_late_fee", "tp_return_scan", "tp_condition_grade",
             "tp_damage_charge", "tp_buyback_quote", "tp_buyback_payout", "tp_support")
MARKERS = {
    "wrong_edition": ["版本不对", "wrong edition"], "not_found": ["搜不到", "couldn't find"], "locker": ["柜子", "locker"],
    "courier": ["快递", "courier"], "highlight": ["笔记", "highlighting"], "access_code": ["激活码", "access code"],
    "cheap": ["省钱", "saved"], "late_fee": ["逾期费", "late fee"], "damage": ["损坏赔偿", "damage charge"],
    "buyback_price": ["回收价", "buyback price"], "payout": ["打款", "payout"], "support": ["客服", "customer service"],
    "crash": ["闪退", "crash"], "payment": ["支付失败", "payment failed"],
}
T = {k: _like("f.text", [w.replace("'", "''") for w in v]) for k, v in MARKERS.items()}
ENG = "e.city IN ('Ann Arbor', 'Austin', 'Leeds', 'Nottingham', 'Brisbane')"


def gold():
    cn = "e.city IN ('Wuhan', 'Nanjing', 'Xi''an', 'Chengdu')"
    rr = "e.scan_type = 'rental_return'"
    return {
        # ---- funnels and conversion
        "tb01": lambda: conv("textbook_order", *Y25),
        "tb02": lambda: top_lost("textbook_order", *H1_26),
        "tb03": lambda: rank_conv("textbook_order", *Y25, "e.channel", ["app", "web", "mini_program"], margin=1.25),
        "tb04": lambda: conv("textbook_order", *Y25, "e.channel = 'mini_program'"),
        "tb05": lambda: conv("textbook_order", *Y25, "e.channel = 'app'"),
        "tb06": lambda: conv("textbook_order", *SEP25),
        "tb07": lambda: conv("textbook_order", *AUG25),
        "tb08": lambda: conv("ad_conversion", *Y25),
        "tb09": lambda: rank_conv("ad_conversion", *Y25, "e.ad_platform",
                                  ["instagram", "snapchat", "tiktok", "google", "xiaohongshu", "douyin"], margin=2.5),
        "tb10": lambda: rank_newcomer_conv(*Y25, by='"获客渠道"', margin=1.5),
        "tb11": lambda: newcomer_conv(*Y25, "acquisition_channel = 'referral'"),
        "tb12": lambda: conv("buyback", *Y25),
        "tb13": lambda: conv("rental_return", *Y25),
        # ---- ISBN match, rent or buy, checkout
        "tb14": lambda: events_share(ISBN, "e.action = 'not_found'", *SEP25),
        "tb15": lambda: events_share(ISBN, "e.action = 'not_found'", *AUG25),
        "tb16": lambda: top_month(ISBN, "e.action = 'not_found'", *Y25, margin=2.0),
        "tb17": lambda: events_share(ROB, "e.action = 'buy'", *Y25, cn),
        "tb18": lambda: events_share(ROB, "e.action = 'buy'", *Y25, "e.city IN ('Ann Arbor', 'Austin')"),
        "tb19": lambda: events_share(CHECKOUT, "e.action = 'payment_failed'", *Y25),
        "tb20": lambda: orders_count(*Q1_26, "rental", status=None),
        # ---- lockers and couriers
        "tb21": lambda: events_share(LOCKER, "e.action = 'expired'", *Y25),
        "tb22": lambda: events_median(LOCKER, "e.pickup_hours", *Y25, "e.action = 'picked_up'"),
        "tb23": lambda: top_events_avg(COURIER, 'e."快递公司"', "(e.action = 'failed')::int", None, None,
                                       "e.attempt_no = 1", margin=2.0),
        "tb24": lambda: events_share(COURIER, "e.action = 'failed'", None, None,
                                     "e.attempt_no = 1 AND e.courier_partner = 'Evri'"),
        "tb25": lambda: locker_share(*Y25),
        # ---- extensions, late returns, late fees
        "tb26": lambda: events_at(EXTEND, *Y25, "e.action = 'extended'"),
        "tb27": lambda: events_share(EXTEND, "e.action = 'declined'", *Y25),
        "tb28": lambda: top_events_count(EXTEND, 'e."拒绝原因"', None, None, "e.action = 'declined'", margin=1.5),
        "tb29": lambda: events_share(SCAN, "e.days_late > 0", *Y25, rr),
        "tb30": lambda: top_events_avg(SCAN, 'c."区域"', "(e.days_late > 0)::int", *Y25, rr, margin=1.25),
        "tb31": lambda: events_at(LATE, *Y25, "e.action = 'waived'"),
        "tb32": lambda: revenue(*Y25, "late_fee"),
        # ---- grading and damage
        "tb33": lambda: events_share(GRADE, "e.action = 'damaged'", *JAN26, rr),
        "tb34": lambda: events_share(GRADE, "e.action = 'damaged'", *DEC25, rr),
        "tb35": lambda: top_events_avg(GRADE, "e.grader", "(e.action = 'damaged')::int", None, None, margin=3.0),
        "tb36": lambda: top_events_count(GRADE, 'e."损坏类型"', *JAN26, "e.action = 'damaged'", margin=1.3),
        "tb37": lambda: events_share(GRADE, "e.action = 'damaged'", *JAN26, f"{rr} AND e.city = 'Leeds'"),
        "tb38": lambda: revenue(*Q1_26, "damage_charge"),
        # ---- buyback
        "tb39": lambda: events_share(QUOTE, "e.action = 'accepted'", *Y25),
        "tb40": lambda: top_events_avg(PAYOUT, "e.payout_method", "e.payout_days", None, None, "e.action = 'paid'",
                                       margin=2.0, agg="median"),
        "tb41": lambda: events_median(PAYOUT, "e.payout_days", *Y25, "e.action = 'paid'"),
        "tb42": lambda: revenue(*Y25, "buyback"),
        # ---- money
        "tb43": lambda: revenue(*Y25, "rental"),
        "tb44": lambda: top_revenue('o."城市"', *Y25, "rental", f"o.{cn[2:]}", margin=1.1),
        "tb45": lambda: revenue_change(H1_25, H1_26, "rental"),
        "tb46": lambda: local_revenue(*Y25, "rental", "o.city = 'Wuhan'"),
        "tb47": lambda: orders_avg(*Y25, "purchase"),
        "tb48": lambda: top_revenue("o.order_type", *Y25, None, "o.order_type NOT IN ('rental', 'purchase', 'buyback')",
                                    margin=2.0),
        # ---- support
        "tb49": lambda: top_events_count(SUPPORT, 'e."问题类别"', *JAN26, margin=1.8),
        "tb50": lambda: events_median(SUPPORT, "e.resolution_hours", *JAN26, "e.ticket_category = 'damage'"),
        # ---- feedback
        "tb51": lambda: top_fb_count("f.touchpoint_id", T["damage"], margin=5),
        "tb52": lambda: fb_count(T["damage"]),
        "tb53": lambda: fb_count(f"({T['not_found']} OR {T['wrong_edition']})", _in("f.ts", *SEP25)),
        "tb54": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 50, margin=0.3, lowest=False),
        "tb55": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2026-03'"),
        "tb56": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2026-06'"),
        "tb57": lambda: fb_avg(f"f.channel = 'pickup_survey' AND {_in('f.ts', *Y25)}"),
        "tb58": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'app_review' AND f.rating IS NOT NULL AND "
                                                  f"{_in('f.ts', *H1_26)}"),
        "tb59": lambda: feedback_ids(T["locker"]),
        "tb60": lambda: fb_count(T["payout"]),
        # ---- relative periods (as_of)
        "tb61": lambda: events_at(SCAN, *JAN26, rr),
        "tb62": lambda: _count(one(f"SELECT count(*) FROM feedback f WHERE {_in('f.ts', '2026-01-01', '2026-07-20')}")),
        "tb63": lambda: events_at(CHECKOUT, "2025-09-29", "2025-10-05", "e.action = 'paid'"),
        "tb64": lambda: revenue(*Q1_26, "buyback"),
    }


def locker_share(start, end):
    """share of paid checkouts sent to a locker; the tolerance covers reading it over orders still `paid`."""
    paid = "e.action = 'paid'"
    books = "o.order_type IN ('rental', 'purchase')"
    a = one(f"SELECT avg((e.delivery_method = 'locker')::int) {_ev(CHECKOUT, start, end, paid)}")
    b = one(f"SELECT avg((o.delivery_method = 'locker')::int) {_ord(start, end, None, books)}")
    return _rate(a, round(max(0.01, abs(a - b) + 0.005), 4))


def local_revenue(start, end, kind, cond):
    """money in the local currency (amount_local) of one city."""
    v = float(one(f"SELECT sum(o.amount_local) {_ord(start, end, kind, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # one rental / purchase order per paid checkout event of 2025-2026, at the same time
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_checkout' AND action = 'paid'") == one(
        "SELECT count(*) FROM orders WHERE order_type IN ('rental', 'purchase') AND ts >= DATE '2025-01-01'")
    # payout_days / pickup_hours only on the rows that have them
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_buyback_payout' AND action = 'paid' "
               "AND payout_days IS NULL") == 0


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
