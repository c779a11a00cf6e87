"""Gold answers for the PawPal 遛遛 dog-walking held-out batch, from plain DuckDB SQL over the raw CSVs of generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (onboarding 14 d, fulfilment 3 d, aftercare
  2 d, refund 7 d, plan 30 d); rates are per customer (people); the tolerance covers both readings (later steps
  allowed after the period end, or not) unless the question says later steps count. "Where do the most people
  stop" = the step reached by the most people who never reach the next step (step k, not k+1). A funnel split by a
  customer attribute filters the step-1 people by that attribute;
- a service = one `session_id` (S000123): tp_book, tp_pay, tp_cancel / tp_refund, tp_match, tp_noshow, tp_pickup,
  tp_gps (track_start, gps_gap), tp_incident, tp_photo, tp_return, tp_rate, tp_tip. Weekly-plan walks have no
  tp_book / tp_pay (prepaid by the plan) and start at tp_match. A walk = service_type walk_30 / walk_60 (a home visit
  = home_visit, 上门喂养). Per-service rates count sessions whose first event at the named step A falls in the
  period (by its date) and look for step B in the same session at any time; attributes (city / 城市, service type,
  dog size, walker agency / 所属机构, walker level, walker_os, owner device) are read from the step-A event;
- no-show rate = matched services (tp_match) that get a tp_noshow; GPS-gap rate = walks picked up (tp_pickup) with a
  `gps_gap` tp_gps event; incident rate = walks picked up with a tp_incident; photo / tip rate = completed services
  (tp_return) with a tp_photo / tp_tip; payment rate = submitted bookings (tp_book) with a tp_pay; "no walker found"
  = tp_cancel with action `no_walker`;
- lateness = `minutes_late` on tp_pickup (pickup vs scheduled start); times between steps = per session, first B ts -
  first A ts (B after A), period by A; minutes / hours as asked;
- money = orders with status `paid` (refunded orders are no revenue), by order ts; revenue = walks + home visits +
  weekly plans + tips; refunds = `refund_amount` of tp_refund events by refund date; spend per paying customer =
  paid amount / customers with >= 1 paid order in the period;
- customer attributes are as stored (end of data); zh questions are checked against the Chinese twins (城市, 主人类型,
  所属机构, 遛狗师等级, 体型, 服务类型, 会员等级), en ones against region / city / owner_type / walker_agency /
  dog_size / acquisition_channel / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `app_review`; rating by touchpoint = feedback.touchpoint_id
  over rows with a rating; NPS = survey `nps` (0-10), NPS score = share 9-10 minus share 0-6 (a fraction);
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of`; a week is Monday..Sunday.
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
                    "types={'topics': 'VARCHAR'})")


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


def conv(journey, start, end, cond="1=1", unbounded_only=False, step=None):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[(step or len(c)) - 1] / c[0])
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
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per service (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        big = big[::-1]
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="minutes"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))


def top_step_time(a_tp, b_tp, start, end, by, unit="minutes", margin=1.25):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / {UNITS[unit]}) m {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY m DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def _ev(tp, start, end, cond):
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) {_ev(tp, start, end, cond)}"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def events_avg(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.02), 2))


def top_events_avg(tp, col, by, start, end, margin=1.2):
    rows = q(f"SELECT {by}, avg({col}) a {_ev(tp, start, end, '1=1')} GROUP BY 1 ORDER BY a DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) {_ev(tp, *a, cond)}")
    y = one(f"SELECT count(*) {_ev(tp, *b, cond)}")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"), 4), tolerance=0.01)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def _ord(start, end, cond):
    return f"FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) {_ord(start, end, cond)}"))


def orders_avg(start, end, cond="1=1"):
    v = float(one(f"SELECT avg(o.amount) {_ord(start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.01), 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(o.amount) {_ord(*a, cond)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, cond)}")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, sum(o.amount) n {_ord(start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_per_customer(by, start, end, min_n=30, margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    has = f"list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')"
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) AND NOT {has}")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE {has} AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic and HAS_TRUTH:
        _check_topic(cond, topic)
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


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


HAS_TRUTH = False
Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
GPS_BUG = ("2025-08-11", "2025-09-21")
PAY_BUG = ("2026-03-02", "2026-03-29")
(DOWNLOAD, PROFILE, BOOK, PAY, MATCH, CANCEL, NOSHOW, PICKUP, GPS, PHOTO, INCIDENT, RETURN, REFUND, RATE, TIP,
 SUBSCRIBE) = ("tp_download", "tp_dog_profile", "tp_book", "tp_pay", "tp_match", "tp_cancel", "tp_noshow",
               "tp_pickup", "tp_gps", "tp_photo", "tp_incident", "tp_return", "tp_refund", "tp_rate", "tp_tip",
               "tp_subscribe")
WALK = "a.service_type <> 'home_visit'"
GAP = "action = 'gps_gap'"
APP = "f.channel = 'app_review'"
LATE_T = _like("f.text", ["迟到", "late"])
GPS_T = _like("f.text", ["轨迹", "定位", "gps", "tracking"])
SAFETY_T = _like("f.text", ["脱绳", "打架", "受伤", "误食", "leash", "fight", "eat something"])
NOPHOTO_T = _like("f.text", ["一张照片都没", "没发照片", "no photos", "not a single photo"])
PHOTOLOVE_T = _like("f.text", ["拍了好多照片", "照片拍得", "lovely photos", "cute photos"])
NOSHOW_T = _like("f.text", ["放鸽子", "没人来", "no-show"])
APPBUG_T = _like("f.text", ["闪退", "crash"])
REFUND_T = _like("f.text", ["退款", "refund"])
PRICE_T = _like("f.text", ["贵", "expensive"])
CARE_T = _like("f.text", ["专业", "负责", "细心", "professional", "careful"])


def gold():
    return {
        # ---- funnels / conversion
        "dw01": lambda: conv("onboarding", *Y25),
        "dw02": lambda: top_lost("onboarding", *Q1_26),
        "dw03": lambda: rank_conv("onboarding", *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "dw04": lambda: conv("onboarding", *Y25, cond="c.acquisition_channel = 'friend_referral'"),
        "dw05": lambda: conv("fulfilment", *Y25),
        "dw06": lambda: rate(PAY, CANCEL, *H1_26, "a.city = 'Chengdu'", "action = 'no_walker'"),
        "dw07": lambda: rank_rate(PAY, CANCEL, *Y25, by='a."城市"', b_cond="action = 'no_walker'", margin=2.0),
        "dw08": lambda: rate(MATCH, NOSHOW, *Y25),
        "dw09": lambda: rank_rate(MATCH, NOSHOW, *Y25, by='a."所属机构"', margin=3.0),
        "dw10": lambda: rate(MATCH, NOSHOW, *Y25, "a.walker_agency = 'lechong'"),
        "dw11": lambda: rate(PICKUP, GPS, *GPS_BUG, f"{WALK} AND a.walker_os = 'android'", GAP),
        "dw12": lambda: rate(PICKUP, GPS, *GPS_BUG, f"{WALK} AND a.walker_os = 'ios'", GAP),
        "dw13": lambda: rate(PICKUP, GPS, *H1_26, WALK, GAP),
        "dw14": lambda: rate(BOOK, PAY, *PAY_BUG, "a.device = 'ios'"),
        "dw15": lambda: rate(BOOK, PAY, *PAY_BUG, "a.device = 'android'"),
        "dw16": lambda: rank_rate(PICKUP, INCIDENT, *Y25, by="a.dog_size", cond=WALK, margin=1.8),
        "dw17": lambda: rate(PICKUP, INCIDENT, *Y25, f"{WALK} AND a.dog_size = 'large'"),
        "dw18": lambda: rate(RETURN, PHOTO, *Y25),
        "dw19": lambda: rank_rate(RETURN, PHOTO, *Y25, by='a."所属机构"', lowest=True, margin=1.2),
        "dw20": lambda: rate(RETURN, TIP, *H1_26),

        "dw22": lambda: conv("plan", *Y25),
        # ---- times
        "dw24": lambda: step_time(PAY, MATCH, *Q4_25),
        "dw25": lambda: step_time(PAY, MATCH, *Q4_25, "a.\"城市\" = '成都'"),
        "dw26": lambda: top_step_time(PAY, MATCH, *Y25, by="a.city", margin=2.0),
        "dw27": lambda: events_avg(PICKUP, "e.minutes_late", *Y25, "e.walker_agency = 'lechong'"),
        "dw28": lambda: events_avg(PICKUP, "e.minutes_late", *Y25, "e.walker_agency = 'in_house'"),
        "dw29": lambda: events_share(PICKUP, "e.minutes_late > 15", *Q2_26),
        "dw30": lambda: top_events_avg(PICKUP, "e.minutes_late", 'e."遛狗师等级"', *Y25, margin=1.15),
        "dw31": lambda: step_time(NOSHOW, REFUND, *Y25, unit="hours"),
        "dw32": lambda: step_time(CANCEL, REFUND, *Y25, "a.refund_reason = 'owner_cancelled'", agg="avg"),
        # ---- money
        "dw33": lambda: orders(*Q3_25),
        "dw34": lambda: orders(*month(2026, 4)),
        "dw35": lambda: orders(*month(2026, 3)),
        "dw36": lambda: orders(*H2_25, "o.order_type = 'tip'"),
        "dw37": lambda: orders(*Y25, "o.order_type = 'home_visit'"),
        "dw38": lambda: orders_change(H1_25, H1_26),
        "dw39": lambda: events_sum(REFUND, "e.refund_amount", *Q4_25),
        "dw40": lambda: top_orders("o.city", *Y25),
        "dw41": lambda: top_orders('o."服务类型"', *Y25, "o.order_type IN ('walk', 'home_visit')", margin=1.05),
        "dw42": lambda: orders(*Q1_26, "o.order_type = 'plan'"),
        "dw43": lambda: per_customer(*Y25),
        "dw44": lambda: top_per_customer("c.owner_type", *Y25, min_n=30, margin=1.1),
        "dw45": lambda: orders_avg(*Y25, "o.order_type = 'tip'"),

        # ---- volumes
        "dw47": lambda: events_at(RETURN, *month(2026, 2), "e.service_type = 'home_visit'"),
        "dw48": lambda: events_at(RETURN, *month(2026, 1), "e.service_type = 'home_visit'"),
        "dw49": lambda: events_at(RETURN, "2025-10-13", "2025-10-19", "e.service_type <> 'home_visit'"),
        "dw50": lambda: events_change(RETURN, Q4_25, Q1_26),

        # ---- customers
        "dw53": lambda: customers_share("c.dog_size = 'large'"),
        "dw54": lambda: customers_count("c.\"城市\" = '上海' AND c.\"会员等级\" = '金爪会员'"),
        "dw55": lambda: customers_count(_in("c.signup_at", *Q3_25)),
        # ---- feedback
        "dw58": lambda: fb_topic_count(GPS_T, "gps"),
        "dw59": lambda: fb_topic_count(GPS_T, "gps", period=_in("f.ts", *GPS_BUG)),
        "dw60": lambda: fb_topic_count(LATE_T, "late"),
        "dw61": lambda: fb_topic_count(NOSHOW_T, "no_show"),
        "dw62": lambda: rank_rate(MATCH, NOSHOW, *H1_26, by='a."城市"', margin=1.5),
        "dw63": lambda: fb_avg(f"{APP} AND {_in('f.ts', *Y25)}"),
        "dw64": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.3),
        "dw65": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "dw66": lambda: fb_avg(f"{APP} AND f.walker_agency = 'lechong' AND {_in('f.ts', *Y25)}"),
        "dw67": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "dw68": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "dw69": lambda: feedback_ids(SAFETY_T),

        "dw73": lambda: fb_topic_count(f"{PHOTOLOVE_T} AND f.channel = 'xiaohongshu'"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((SAFETY_T, "safety"), (NOPHOTO_T, "no_photo"), (PHOTOLOVE_T, "photo_love"),
                        (APPBUG_T, "app_bug"), (PRICE_T, "price"), (CARE_T, "care"), (REFUND_T, "refund_slow")):
        _check_topic(cond, topic)


def main() -> int:
    global HAS_TRUTH
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    HAS_TRUTH = bool(one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"))
    if HAS_TRUTH:
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
