"""Gold answers for the 蓝途出行 BlueWay driver onboarding and retention held-out batch, from plain DuckDB SQL over the
raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "drivers" = customer_id (one driver or driver applicant). Customer attributes (city, acquisition channel, vehicle
  source, tier, fuel type, rental company) are read from customers.csv as stored at the end of the data;
- funnels follow DATA.md: a driver reaches step k with an event (any action: a failed inspection or exam attempt is
  still an event at that touchpoint) at step k's touchpoint after reaching step k-1, within the journey window from
  their first step-1 event in the period (onboarding 30 d, referral 45 d, appeal 30 d); rates are per driver; the
  tolerance covers both readings (later steps allowed after the period end, or not). "The step where we lose the
  most" = the step whose next step is not reached by the most drivers (the loss between k and k+1 is attributed to
  step k);
- sign-up to first trip ("activation") = share of drivers whose tp_signup falls in the period that have a
  tp_first_trip event after it (ever, unless the question names a window); per driver, grouped by the driver's
  attributes;
- per-attempt / per-record rates count event rows: exam pass rate = tp_exam rows `passed` / all tp_exam rows;
  inspection pass share = tp_vehicle_inspection rows `passed` / all its rows (failed and no_show included);
  appeal approval = tp_appeal rows `approved` / all tp_appeal rows of the period (by submission time; `pending`
  ones only exist in the last weeks of the data);
- background-check duration = check_days on the tp_bg_check row, period by the row's ts (the result time);
  deposit refund time = refund_days on the tp_rental_return row, period by the return time; appeal decision time =
  decision_days on the tp_appeal row; ticket resolution = resolution_hours on the tp_support row (one row = one
  ticket, period by the opening time);
- weekly activity: one tp_weekly_active row = one driver-week with at least one trip (ts = Sunday 23:59 of that
  week, week_start = its Monday). "Active drivers in a month" = distinct drivers with a weekly row dated in the month
  (the tolerance covers counting by week_start instead); "week of D" = week_start = the Monday D;
- deactivations = tp_deactivation rows (counted as distinct drivers; nobody is deactivated twice in one month here),
  reasons from deactivation_reason / 停用原因 on that row, period by its ts;
- money: training fees = orders with order_type `training_fee` and status `paid`; rent = `weekly_rent` and `paid`;
  deposits `rental_deposit`: `paid` = still held, `refunded` = given back; `cancelled` = failed payment, never money;
  period by the order time orders.ts;
- zh top entities are the Chinese twins (获客渠道, 不通过原因, 驳回原因, 停用原因, 问题类别, 租赁公司, 广告平台, 车辆来源,
  城市 values are Chinese already) and en ones the English values (acquisition_channel, fail_reason, reject_reason,
  deactivation_reason, ticket_category, rental_company, ad_platform, vehicle_source) or touchpoint_id; cities are the
  stored Chinese names in both languages;
- feedback: "all data" includes rows without ts; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); CSAT = channel `csat` (1-5 after a ticket); onboarding survey = channel `survey` (after
  the first trip, 1-5); NPS = channel `nps_survey` (waves in the first half of Jan/Apr/Jul/Oct), NPS = share 9-10
  minus share 0-6 (a fraction); app store reviews = channel `app_review`; return survey = `return_survey`;
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


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def _median(v, w=None, floor=0.1):
    """a median duration; w = the same median computed another way, widening the tolerance."""
    v = float(v)
    tol = max(floor, v * 0.03)
    if w is not None:
        tol = max(tol, abs(v - float(w)) + 0.05)
    return dict(value=round(v, 3), tolerance=round(tol, 3))


# ---------- funnels (per driver, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1", first_cond="1=1"):
    """first_cond filters the step-1 events (e.g. the ad platform of the click)."""
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM events e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond})
                    AND ({first_cond}) GROUP BY 1""")
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


def rank_conv(journey, start, end, col, values, lowest=True, margin=1.3):
    """rank the values of a step-1 event column by the journey's end-to-end conversion (both readings)."""
    tops = set()
    for bounded in (False, True):
        rows = []
        for v in values:
            c = funnel(journey, start, end, bounded=bounded, first_cond=f"{col} = '{v}'")
            rows.append((v, c[-1] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        _lead(rows, margin, lowest)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2, after_end=False):
    """after_end: the question says later steps after the period end count (only the unbounded reading)."""
    steps, _ = _steps(journey)
    tops = set()
    for bounded in ((False,) if after_end else (False, True)):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- sign-up to first trip (per driver) ----------

def _signups(start, end, cond="1=1", within=None):
    lim = f"AND p.ts <= s.ts + INTERVAL {within} DAY" if within else ""
    return f"""(SELECT s.customer_id, s.ts AS t0, c.* EXCLUDE (customer_id), (SELECT min(p.ts) FROM events p
               WHERE p.customer_id = s.customer_id AND p.touchpoint_id = 'tp_first_trip' AND p.ts >= s.ts {lim})
               AS tfirst
               FROM events s JOIN customers c USING (customer_id)
               WHERE s.touchpoint_id = 'tp_signup' AND {_in('s.ts', start, end)} AND ({cond})) c"""


def activation(start, end, cond="1=1", within=None):
    return _rate(one(f"SELECT avg((tfirst IS NOT NULL)::int) FROM {_signups(start, end, cond, within)}"))


def rank_activation(start, end, by, lowest=True, margin=1.3, min_n=40):
    tops = set()
    for within in (None, 30):
        rows = q(f"SELECT {by}, avg((tfirst IS NOT NULL)::int) r, count(*) n FROM {_signups(start, end, within=within)}"
                 f" GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}")
        _lead(rows, margin, lowest)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def days_to_first(start, end):
    src = _signups(start, end)
    v = one(f"SELECT median(epoch(tfirst - t0) / 86400.0) FROM {src} WHERE tfirst IS NOT NULL")
    w = one(f"SELECT median(date_diff('day', t0::DATE, tfirst::DATE)) FROM {src} WHERE tfirst IS NOT NULL")
    return _median(v, w)


def retained(start, end, days):
    """drivers whose first trip falls in the period: share with a weekly activity row >= `days` after it."""
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events w WHERE w.customer_id = f.customer_id
                 AND w.touchpoint_id = 'tp_weekly_active' AND w.ts >= f.ts + INTERVAL {days} DAY))::int)
                FROM events f WHERE f.touchpoint_id = 'tp_first_trip' AND {_in('f.ts', start, end)}""")
    return _rate(v)


# ---------- events ----------

def _ev(tp, start, end, cond):
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) {_ev(tp, start, end, cond)}"))


def drivers_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(DISTINCT e.customer_id) {_ev(tp, start, end, cond)}"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_avg(tp, col, start, end, cond="1=1", rel=0.01):
    v = float(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.1, abs(v) * rel), 2))


def events_sum(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 1), tolerance=round(max(0.5, v * 0.002), 1))


def events_median(tp, col, start, end, cond="1=1"):
    return _median(one(f"SELECT median({col}) {_ev(tp, start, end, cond)}"))


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_sum(tp, by, col, start, end, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, sum({col}) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, by, col, start, end, cond="1=1", margin=1.2, agg="avg", lowest=False):
    rows = q(f"SELECT {by}, {agg}({col}) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def active_drivers(start, end):
    """distinct drivers with a weekly row dated in the period; tolerance covers counting by week_start."""
    a = one(f"SELECT count(DISTINCT customer_id) FROM events e WHERE e.touchpoint_id = 'tp_weekly_active' "
            f"AND {_in('e.ts', start, end)}")
    b = one(f"SELECT count(DISTINCT customer_id) FROM events e WHERE e.touchpoint_id = 'tp_weekly_active' "
            f"AND {_in('e.week_start', start, end)}")
    return dict(value=a, tolerance=max(0.5, abs(a - b) + 0.5))


def week_active(monday):
    return _count(one(f"SELECT count(DISTINCT customer_id) FROM events WHERE touchpoint_id = 'tp_weekly_active' "
                      f"AND week_start = DATE '{monday}'"))


# ---------- orders ----------

def _ord(start, end, kind, cond, status="paid"):
    st = f"AND o.status = '{status}'" if status else ""
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    return (f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE o.order_type = '{kind}' {st} "
            f"{per} AND ({cond})")


def revenue(start, end, kind, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) {_ord(start, end, kind, cond, status)}"))


def revenue_change(a, b, kind, cond="1=1"):
    x = one(f"SELECT sum(o.amount) {_ord(*a, kind, cond)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, kind, cond)}")
    return _rate((y - x) / x)


def orders_count(start, end, kind, cond="1=1", status="paid"):
    return _count(one(f"SELECT count(*) {_ord(start, end, kind, cond, status)}"))


def top_revenue(by, start, end, kind, margin=1.15):
    rows = q(f"SELECT {by}, sum(o.amount) n {_ord(start, end, kind, '1=1')} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- customers ----------

def top_customers(by, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topics):
    """the text markers must agree exactly with the generator's truth."""
    tl = ", ".join(f"'{t}'" for t in topics)
    extra = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
                f"AND coalesce(truth.topic, '') NOT IN ({tl})")
    missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                 f"WHERE coalesce(truth.topic, '') IN ({tl}) AND NOT ({cond})")
    assert extra == 0 and missed == 0, (topics, extra, missed)


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

Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q1_26, Q2_25, Q2_26 = quarter(2026, 1), quarter(2025, 2), quarter(2026, 2)
OCT25, NOV25, JAN26, FEB26, MAR26, APR26, MAY26, JUN26 = (
    month(2025, 10), month(2025, 11), month(2026, 1), month(2026, 2), month(2026, 3), month(2026, 4), month(2026, 5),
    month(2026, 6))
(AD, REF, SIGNUP, DOCS, BG, PICKUP, INSPECT, TRAIN, EXAM, FIRST, WEEK, SUPPORT, DEACT, APPEAL, REINSTATED,
 RETURN) = (
    "tp_recruit_ad", "tp_referral_link", "tp_signup", "tp_doc_upload", "tp_bg_check", "tp_rental_pickup",
    "tp_vehicle_inspection", "tp_training", "tp_exam", "tp_first_trip", "tp_weekly_active", "tp_support",
    "tp_deactivation", "tp_appeal", "tp_reactivated", "tp_rental_return")
DEPOSIT_T = _like("f.text", ["押金", "deposit"])
EXAM_T = _like("f.text", ["考试", "exam"])
BG_T = _like("f.text", ["背调", "background check"])
BAN_T = _like("f.text", ["误封", "wrongly banned"])
DISPATCH_T = _like("f.text", ["派单", "dispatch"])
COMMISSION_T = _like("f.text", ["抽成", "commission"])
SUPPORT_T = _like("f.text", ["客服", "customer service"])
FEE_T = _like("f.text", ["培训费", "training fee"])
BONUS_T = _like("f.text", ["新人奖励", "new driver bonus"])
STATION_T = _like("f.text", ["检测站", "inspection station"])
TOPICS = ((DEPOSIT_T, ["deposit"]), (EXAM_T, ["exam"]), (BG_T, ["bgcheck"]), (BAN_T, ["wrong_ban"]),
          (DISPATCH_T, ["dispatch"]), (COMMISSION_T, ["commission"]), (SUPPORT_T, ["support"]), (FEE_T, ["fee"]),
          (BONUS_T, ["bonus"]), (STATION_T, ["station"]))


def gold():
    return {
        # ---- onboarding
        "gd01": lambda: conv("onboarding", *Y25),
        "gd02": lambda: top_lost("onboarding", *H2_25),
        "gd03": lambda: rank_activation(*Y25, by="c.acquisition_channel", lowest=True, margin=2.0),
        "gd04": lambda: activation(*Y25, "c.acquisition_channel = 'driver_referral'"),
        "gd05": lambda: events_share(EXAM, "e.action = 'passed'", *MAR26),
        "gd06": lambda: events_share(EXAM, "e.action = 'passed'", *FEB26),
        "gd07": lambda: events_median(BG, "e.check_days", *NOV25),
        "gd08": lambda: events_median(BG, "e.check_days", *OCT25),
        "gd09": lambda: top_events_count(INSPECT, 'e."不通过原因"', *Y25, "e.action = 'failed'", margin=1.5),
        "gd10": lambda: top_lost("onboarding", *NOV25, after_end=True, margin=1.15),
        "gd11": lambda: events_share(INSPECT, "e.action = 'passed'", *Y25),
        "gd12": lambda: events_at(SIGNUP, *Q1_26),
        "gd13": lambda: days_to_first(*Y25),
        "gd14": lambda: top_events_count(DOCS, "e.reject_reason", *Y25, "e.action = 'rejected'", margin=1.5),
        "gd15": lambda: top_events_avg(INSPECT, "e.city", "(e.action = 'passed')::int", *Y25, margin=1.15,
                                       lowest=True),
        "gd16": lambda: activation(*Y25, "c.city = '西安'"),
        "gd17": lambda: conv("referral", *Y25),
        "gd18": lambda: events_at(REF, *Y25),
        "gd20": lambda: top_events_count(AD, 'e."广告平台"', *Y25, margin=1.3),
        # ---- money
        "gd22": lambda: revenue(*Y25, "training_fee"),
        "gd23": lambda: revenue(*Q2_26, "weekly_rent"),
        "gd24": lambda: revenue_change(Q2_25, Q2_26, "weekly_rent"),
        "gd25": lambda: revenue(None, None, "rental_deposit"),
        "gd27": lambda: top_revenue('o."租赁公司"', *Y25, "weekly_rent", margin=1.15),
        "gd28": lambda: rank_conv("ad_recruit", *Y25, "e.ad_platform", ["douyin", "wechat_moments", "58tongcheng",
                                                                        "boss_zhipin"], margin=1.8),
        "gd29": lambda: conv("ad_recruit", *H1_26),
        # ---- weekly activity
        "gd30": lambda: active_drivers(*JUN26),
        "gd31": lambda: events_avg(WEEK, "e.online_hours", *Y25),
        "gd32": lambda: top_events_sum(WEEK, "e.city", "e.trips", *Y25, margin=1.1),
        "gd33": lambda: top_events_avg(WEEK, 'c."车辆来源"', "e.trips", *H1_26, margin=1.3),
        "gd34": lambda: week_active("2026-04-13"),
        "gd35": lambda: retained(*H1_25, 90),
        # ---- deactivation and appeals
        "gd37": lambda: drivers_at(DEACT, *MAY26),
        "gd38": lambda: drivers_at(DEACT, *APR26),
        "gd39": lambda: top_events_count(DEACT, 'e."停用原因"', *MAY26, "e.deactivation_reason <> 'inactivity'",
                                         margin=3.0),
        "gd40": lambda: top_events_count(DEACT, "e.deactivation_reason", *Y25, margin=2.0),
        "gd41": lambda: conv("appeal", *MAY26),
        "gd42": lambda: events_share(APPEAL, "e.action = 'approved'", *Y25),
        "gd43": lambda: events_median(APPEAL, "e.decision_days", *Y25),
        "gd44": lambda: events_median(APPEAL, "e.decision_days", *MAY26),
        # ---- support tickets
        "gd45": lambda: events_at(SUPPORT, *Y25),
        "gd46": lambda: top_events_count(SUPPORT, "e.ticket_category", *NOV25, margin=1.2),
        "gd47": lambda: events_median(SUPPORT, "e.resolution_hours", *Y25, "e.ticket_category = 'deposit_refund'"),
        # ---- car returns
        "gd49": lambda: events_median(RETURN, "e.refund_days", *Y25),
        "gd50": lambda: top_events_avg(RETURN, "e.rental_company", "e.refund_days", *Y25, margin=2.0, agg="median"),
        "gd51": lambda: events_at(RETURN, *Y25, "e.rental_company = 'Pengcheng Car Rental'"),
        # ---- feedback
        "gd52": lambda: top_fb_count("f.touchpoint_id", DEPOSIT_T, margin=4),
        "gd53": lambda: fb_count(DEPOSIT_T),
        "gd54": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 200),
        "gd55": lambda: fb_count(EXAM_T, _in("f.ts", *MAR26)),
        "gd56": lambda: fb_count(BG_T, _in("f.ts", *NOV25)),
        "gd57": lambda: top_fb_count("f.touchpoint_id", BAN_T, margin=5),
        "gd58": lambda: nps_score(f"f.channel = 'nps_survey' AND {_in('f.ts', '2026-07-01', '2026-07-31')}"),
        "gd59": lambda: nps_score(f"f.channel = 'nps_survey' AND {_in('f.ts', *APR26)}"),
        "gd60": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "gd61": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'app_review' AND f.device = 'android' AND "
                                                  f"{_in('f.ts', *H1_26)}"),
        "gd62": lambda: feedback_ids(DISPATCH_T),
        "gd63": lambda: fb_count(COMMISSION_T),
        "gd65": lambda: rank_fb_avg('f."租赁公司"', "f.channel = 'return_survey'", 30, margin=1.0),
        # ---- drivers
        "gd67": lambda: top_customers("c.city", "c.signup_at IS NOT NULL", margin=1.1),
        # ---- relative periods (as_of) and weeks
        "gd74": lambda: events_at(SIGNUP, *JUN26),
        "gd75": lambda: revenue(*MAY26, "weekly_rent"),
        "gd76": lambda: revenue("2026-01-01", "2026-07-31", "training_fee"),
        "gd77": lambda: drivers_at(DEACT, "2026-05-11", "2026-05-17"),
        "gd78": lambda: events_at(BG, "2025-11-17", "2025-11-23"),
    }


def checks():
    for cond, topics in TOPICS:
        _check_topic(cond, topics)
    # nobody is deactivated twice in one month (so rows = drivers per month)
    assert one("SELECT max(n) FROM (SELECT count(*) n FROM events WHERE touchpoint_id = 'tp_deactivation' "
               "GROUP BY customer_id, date_trunc('month', ts))") == 1


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
