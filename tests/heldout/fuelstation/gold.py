"""Gold answers for the 途畅能源 TuChang Energy fuel-station app and loyalty held-out batch, from plain DuckDB SQL over
the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "members" / "people" = customer_id (one app member, usually one car). Member attributes (city, vehicle type,
  acquisition channel, segment, tier) are read from customers.csv as stored at the end of the data (2026-06-30);
- funnels follow DATA.md: a member reaches step k with an event (any action: a failed pump check-in still reaches
  tp_pump_checkin) at step k's touchpoint after reaching step k-1, within the journey window from their first step-1
  event in the period (app_fuel 1 d, map_to_fuel 1 d, coupon_redeem 7 d, carwash 3 d, invoice 7 d); rates are per
  member; the tolerance covers both readings (later steps allowed after the period end, or not). A funnel split by a
  column of the step-1 event (map_app, coupon_source) keeps only step-1 events with that value, so a member's first
  such event in the period starts their journey;
- a visit = one tp_station_arrive row (session_id V…); "station visits" / 进站车次 count those rows; queue time =
  queue_minutes on the arrival row; the convenience-store attach rate = share of visits (arrival rows) whose session
  has a tp_store_addon row; "visits paid at the counter" = sessions with a tp_pay_counter row;
- per-attempt rates count event rows: pump check-in failure rate = tp_pump_checkin rows `fail` / all its rows (every
  scan attempt, retries included); in-app payment failure = tp_pay_pump rows `fail` / all tp_pay_pump rows;
- money = orders with status `paid` of the order_type asked (fuel / store / carwash) by order time; a wrong charge is
  a second fuel order that is `refunded` (refunded_at) once the money went back (or still `paid` if the refund came
  after the extract), a failed in-app payment is a `cancelled` order, a car-wash booking that was cancelled or not
  used is `refunded`, a store return `returned`. Litres = sum of litres on paid fuel orders; fuel grade from
  fuel_grade / 油品; coupon use = paid fuel orders with a coupon_id, coupon value from coupon_value on the
  tp_pay_pump success row;
- refunds of wrong charges = tp_refund rows, period by the refund time (the row's ts); refund_days and refund_amount
  on that row; complaints = tp_complaint rows (one row = one ticket, period by opening time), category
  ticket_category / 投诉类别, resolution_hours on the row;
- car-wash bookings = tp_carwash_booking rows with action `booked` (the `cancelled` rows are later cancellations of
  the same order_id, cancelled_by customer or station); completion per booking = the order_id has a tp_carwash_done
  row within 3 days of the booking (the tolerance also covers the per-member DATA.md funnel);
- invoices: one tp_invoice_request row per request, its tp_invoice_issued row shares the order_id; issue time =
  issue_hours on the issued row, period by the request time; "issued within 7 days" = the invoice journey;
- points redemptions = tp_points_redeem rows by ts, points from points_used, reward from reward_item / 兑换商品;
- new members = tp_member_signup rows (= customers.signup_at in the data window); members who visited = distinct
  customer_id with a tp_station_arrive row in the period;
- zh top entities are the Chinese twins (油站 / station names are Chinese in both languages, 失败原因, 支付方式, 油品,
  商品类别, 投诉类别, 兑换商品, 领券渠道, 获客渠道, cities) and en ones the English values (fail_reason, pay_method,
  ticket_category, reward_item, coupon_source, map_app, app_version) or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app station ratings = channel `station_rating` (1-5 after a visit); app-store
  reviews = `app_review`; 大众点评 = `dianping`; NPS = channel `nps_survey` (waves in the first half of Mar / Jun /
  Sep / Dec, survey_wave 2025Q1 … 2026Q2), NPS = share 9-10 minus share 0-6 (a fraction);
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
    if len(rows) == 1:
        return
    a, b = float(rows[0][1]), float(rows[1][1])
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


def _num(v, rel=0.01, floor=0.05, w=None):
    v = float(v)
    tol = max(floor, abs(v) * rel)
    if w is not None:
        tol = max(tol, abs(v - float(w)) + 0.05)
    return dict(value=round(v, 3), tolerance=round(tol, 3))


# ---------- funnels (per member, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, first_cond="1=1"):
    """first_cond filters the step-1 events (e.g. the map app of the search)."""
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
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


def conv(journey, start, end, first_cond="1=1", upto=None):
    """end-to-end (or step `upto`) conversion; tolerance covers both readings."""
    vals = []
    for b in (False, True):
        c = funnel(journey, start, end, bounded=b, first_cond=first_cond)
        vals.append((c[upto - 1] if upto else c[-1]) / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def rank_conv(journey, start, end, col, values, lowest=True, margin=1.3, show=None):
    """rank the values of a step-1 event column by end-to-end conversion (both readings); `show` maps the
    winning value to the entity expected (e.g. its Chinese twin)."""
    tops = set()
    for bounded in (False, True):
        rows = []
        for v in values:
            c = funnel(journey, start, end, bounded=bounded, first_cond=f"{col} = '{v}'")
            rows.append((v, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        _lead(rows, margin, lowest)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    top = tops.pop()
    return dict(top_entity=show[top] if show else top)


# ---------- events ----------

def _ev(tp, start, end, cond):
    per = f"AND {_in('e.ts', start, end)}" if start else ""
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"{per} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) {_ev(tp, start, end, cond)}"))


def members_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(DISTINCT e.customer_id) {_ev(tp, start, end, cond)}"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_agg(tp, expr, start, end, cond="1=1", agg="avg", rel=0.01, floor=0.05):
    return _num(one(f"SELECT {agg}({expr}) {_ev(tp, start, end, cond)}"), rel, floor)


def events_sum(tp, col, start, end, cond="1=1"):
    return _money(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}"))


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_agg(tp, by, expr, start, end, cond="1=1", margin=1.2, agg="avg", lowest=False, min_n=30):
    rows = q(f"SELECT {by}, {agg}({expr}) n, count(*) k {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def attach_rate(start, end, cond="1=1"):
    """share of visits (arrival rows) whose session has a convenience-store purchase."""
    return _rate(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events s WHERE s.session_id = e.session_id
                          AND s.touchpoint_id = 'tp_store_addon'))::int) {_ev('tp_station_arrive', start, end, cond)}"""))


def wash_completion(start, end, station=None):
    """per booking (order_id) in the period: a completed wash within 3 days; tolerance also covers the funnel."""
    st = f"AND b.station_code = '{station}'" if station else ""
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events d WHERE d.order_id = b.order_id
                AND d.touchpoint_id = 'tp_carwash_done' AND d.ts <= b.ts + INTERVAL 3 DAY))::int)
                FROM events b WHERE b.touchpoint_id = 'tp_carwash_booking' AND b.action = 'booked'
                AND {_in('b.ts', start, end)} {st}""")
    first = f"e.station_code = '{station}'" if station else "1=1"
    w = [funnel("carwash", start, end, bounded=bd, first_cond=first) for bd in (False, True)]
    tol = max(0.01, max(abs(v - c[-1] / c[0]) for c in w) + 0.005)
    return dict(value=round(v, 4), tolerance=round(tol, 4))


def invoice_hours(start, end):
    """median issue_hours of invoices requested in the period."""
    return _num(one(f"""SELECT median(i.issue_hours) FROM events r JOIN events i ON i.order_id = r.order_id
                        AND i.touchpoint_id = 'tp_invoice_issued'
                        WHERE r.touchpoint_id = 'tp_invoice_request' AND {_in('r.ts', start, end)}"""), 0.03, 0.05)


# ---------- orders ----------

def _ord(start, end, kind, cond, status="paid"):
    st = f"AND o.status = '{status}'" if status else ""
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    return (f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE o.order_type = '{kind}' {st} "
            f"{per} AND ({cond})")


def revenue(start, end, kind, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) {_ord(start, end, kind, cond)}"))


def orders_sum(col, start, end, kind, cond="1=1"):
    return _money(one(f"SELECT sum({col}) {_ord(start, end, kind, cond)}"))


def orders_avg(col, start, end, kind, cond="1=1"):
    return _num(one(f"SELECT avg({col}) {_ord(start, end, kind, cond)}"), 0.005, 0.05)


def orders_count(start, end, kind, cond="1=1"):
    return _count(one(f"SELECT count(*) {_ord(start, end, kind, cond)}"))


def orders_share(num, start, end, kind, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ord(start, end, kind, cond)}"))


def revenue_change(a, b, kind):
    x = one(f"SELECT sum(o.amount) {_ord(*a, kind, '1=1')}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, kind, '1=1')}")
    return _rate((y - x) / x)


def top_orders(by, agg, start, end, kind, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, {agg} n {_ord(start, end, kind, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- customers ----------

def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def top_customers(by, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topic):
    """the text markers must agree exactly with the generator's truth."""
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


def rank_fb_avg(by, cond, min_n, margin=0.2):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, touchpoints, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H2_25, H1_26 = ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q1_26, Q2_25, Q2_26 = quarter(2026, 1), quarter(2025, 2), quarter(2026, 2)
AUG25, SEP25, NOV25, DEC25, JAN26, MAR26, APR26, MAY26, JUN26 = (
    month(2025, 8), month(2025, 9), month(2025, 11), month(2025, 12), month(2026, 1), month(2026, 3), month(2026, 4),
    month(2026, 5), month(2026, 6))
(MAP, COUPON, SIGNUP, ARRIVE, CHECKIN, PAYPUMP, PAYCOUNTER, STORE, WASHBOOK, WASHDONE, POINTS, INVREQ, INVISS,
 COMPLAINT, REFUND) = (
    "tp_map_search", "tp_wechat_coupon", "tp_member_signup", "tp_station_arrive", "tp_pump_checkin", "tp_pay_pump",
    "tp_pay_counter", "tp_store_addon", "tp_carwash_booking", "tp_carwash_done", "tp_points_redeem",
    "tp_invoice_request", "tp_invoice_issued", "tp_complaint", "tp_refund")
SZ01, NB01 = "苏州园区星湖街站", "宁波鄞州天童南路站"
QUEUE_T = _like("f.text", ["排队", "queue"])
PUMP_T = _like("f.text", ["油枪", "pump"])
CHARGE_T = _like("f.text", ["扣款", "charged"])
SCAN_T = _like("f.text", ["扫码", "scan"])
COUPON_T = _like("f.text", ["优惠券", "coupon"])
WASH_T = _like("f.text", ["洗车", "car wash"])
INVOICE_T = _like("f.text", ["发票", "invoice"])
POINTS_T = _like("f.text", ["积分", "points"])
STAFF_T = _like("f.text", ["加油员", "attendant"])
NAV_T = _like("f.text", ["导航", "navigation"])
STORE_T = _like("f.text", ["便利店", "convenience store"])
PRICE_T = _like("f.text", ["油价", "fuel price"])
QUALITY_T = _like("f.text", ["油品", "fuel quality"])
TOPICS = ((QUEUE_T, "queue"), (PUMP_T, "pump"), (CHARGE_T, "charge"), (SCAN_T, "scan"), (COUPON_T, "coupon"),
          (WASH_T, "carwash"), (INVOICE_T, "invoice"), (POINTS_T, "points"), (STAFF_T, "staff"), (NAV_T, "navigation"),
          (STORE_T, "store"), (PRICE_T, "price"), (QUALITY_T, "quality"))
COUPON_ZH = {"official_account": "公众号推送", "moments_ad": "朋友圈广告", "wechat_group": "车友群",
             "channels": "视频号直播"}


def gold():
    return {
        # ---- app fuelling, pump check-in, app payment
        "fs01": lambda: conv("app_fuel", *SEP25),
        "fs02": lambda: conv("app_fuel", *AUG25),
        "fs03": lambda: events_share(CHECKIN, "e.action = 'fail'", *SEP25, "e.device = 'android'"),
        "fs04": lambda: events_share(CHECKIN, "e.action = 'fail'", *SEP25, "e.device = 'ios'"),
        "fs05": lambda: top_events_count(CHECKIN, 'e."失败原因"', *SEP25, "e.action = 'fail'", margin=2.0),
        "fs06": lambda: top_events_agg(CHECKIN, "e.app_version", "(e.action = 'fail')::int", None, None, margin=4.0),
        "fs07": lambda: events_share(PAYPUMP, "e.action = 'fail'", *H1_26),
        # ---- map search and coupons
        "fs08": lambda: rank_conv("map_to_fuel", *Y25, "e.map_app", ["amap", "baidu", "tencent"], margin=1.3),
        "fs09": lambda: conv("map_to_fuel", *Y25, first_cond="e.map_app = 'baidu'", upto=2),
        "fs10": lambda: rank_conv("coupon_redeem", *H2_25, "e.coupon_source", list(COUPON_ZH), margin=1.5,
                                  show=COUPON_ZH),
        "fs11": lambda: conv("coupon_redeem", *H2_25, first_cond="e.coupon_source = 'official_account'"),
        "fs12": lambda: events_at(COUPON, *Q1_26),
        "fs13": lambda: events_sum(PAYPUMP, "e.coupon_value", *Q1_26, "e.action = 'success' AND e.coupon_id IS NOT NULL"),
        "fs14": lambda: orders_count(*Y25, "fuel", "o.coupon_id IS NOT NULL"),
        # ---- stations and queues
        "fs15": lambda: top_events_agg(ARRIVE, "e.station", "e.queue_minutes", *H1_26, agg="median", margin=2.0),
        "fs16": lambda: events_agg(ARRIVE, "e.queue_minutes", *H2_25, f"e.station = '{SZ01}'", agg="median", rel=0,
                                   floor=0.5),
        "fs17": lambda: fb_count(QUEUE_T, _in("f.ts", *H1_26)),
        "fs18": lambda: top_fb_count("f.touchpoint_id", QUEUE_T, margin=5),
        "fs19": lambda: rank_fb_avg("f.station", f"f.channel = 'station_rating' AND {_in('f.ts', *H1_26)}", 50,
                                    margin=0.4),
        "fs20": lambda: events_at(ARRIVE, *JUN26),
        "fs21": lambda: top_events_count(ARRIVE, "e.city", *Y25, margin=1.2),
        # ---- fuel money
        "fs23": lambda: orders_share("o.pay_point = 'pump'", *Y25, "fuel"),
        "fs24": lambda: top_orders('o."支付方式"', "count(*)", *Y25, "fuel", "o.pay_point = 'counter'", margin=1.5),
        "fs25": lambda: revenue(*Q2_26, "fuel"),
        "fs26": lambda: revenue_change(Q2_25, Q2_26, "fuel"),
        "fs27": lambda: orders_sum("o.litres", *Y25, "fuel", "o.fuel_grade = '0'"),
        "fs28": lambda: top_orders('o."油品"', "sum(o.litres)", *Y25, "fuel", margin=1.2),
        "fs29": lambda: orders_avg("o.amount", *Y25, "fuel", "c.vehicle_type = 'truck'"),
        # ---- wrong charges and complaints
        "fs31": lambda: top_fb_count("f.touchpoint_id", CHARGE_T, margin=4),
        "fs32": lambda: events_at(REFUND, *Y25),
        "fs33": lambda: events_agg(REFUND, "e.refund_days", *Y25, agg="median", rel=0.03, floor=0.1),
        "fs34": lambda: top_events_agg(COMPLAINT, "e.ticket_category", "e.resolution_hours", *Y25, agg="median",
                                       margin=1.2, min_n=1),
        "fs35": lambda: top_events_count(COMPLAINT, 'e."投诉类别"', *Y25, margin=2.0),
        "fs36": lambda: events_sum(REFUND, "e.refund_amount", *H1_26),
        # ---- convenience store
        "fs37": lambda: attach_rate(*Y25),
        "fs38": lambda: attach_rate(*Y25, "EXISTS (SELECT 1 FROM events p WHERE p.session_id = e.session_id "
                                          "AND p.touchpoint_id = 'tp_pay_counter')"),
        "fs39": lambda: top_orders('o."商品类别"', "sum(o.amount)", *Y25, "store", margin=1.25),
        "fs40": lambda: revenue(*Y25, "store"),
        # ---- car wash
        "fs41": lambda: wash_completion(*MAY26, station="NB01"),
        "fs42": lambda: wash_completion(*APR26, station="NB01"),
        "fs43": lambda: events_at(WASHBOOK, *Y25, "e.action = 'booked'"),
        "fs44": lambda: top_events_count(WASHBOOK, "e.station", *MAY26,
                                         "e.action = 'cancelled' AND e.cancelled_by = 'station'", margin=3.0),
        # ---- points
        "fs45": lambda: events_at(POINTS, *DEC25),
        "fs46": lambda: events_at(POINTS, *NOV25),
        "fs47": lambda: top_events_count(POINTS, 'e."兑换商品"', *Y25, margin=1.3),
        # ---- invoices
        "fs49": lambda: invoice_hours(*JAN26),
        "fs50": lambda: invoice_hours(*MAR26),
        "fs51": lambda: conv("invoice", *JAN26),
        "fs52": lambda: events_share(INVREQ, "e.invoice_type = 'vat_special'", *Y25),
        "fs53": lambda: fb_count(INVOICE_T, _in("f.ts", *JAN26)),
        # ---- members
        "fs54": lambda: events_at(SIGNUP, *Q1_26),
        "fs55": lambda: top_customers('c."获客渠道"', margin=1.25),
        "fs56": lambda: top_customers("c.city", margin=1.2),
        "fs57": lambda: customers_count("c.segment = 'lapsed'"),
        "fs58": lambda: members_at(ARRIVE, *JUN26),
        # ---- feedback
        "fs60": lambda: fb_avg(f"f.channel = 'station_rating' AND {_in('f.ts', *Y25)}"),
        "fs61": lambda: nps_score("f.survey_wave = '2025Q3'"),
        "fs62": lambda: nps_score("f.survey_wave = '2025Q4'"),
        "fs63": lambda: fb_count(SCAN_T),
        "fs65": lambda: feedback_ids(CHARGE_T),
        # ---- relative periods (as_of) and weeks
        "fs71": lambda: revenue(*JUN26, "fuel"),
        "fs72": lambda: events_at(ARRIVE, "2026-06-15", "2026-06-21"),
        "fs73": lambda: revenue(*H1_26, "store"),
    }


def checks():
    for cond, topic in TOPICS:
        _check_topic(cond, topic)
    # one invoice request per order, one issued row per request
    assert one("SELECT max(n) FROM (SELECT count(*) n FROM events WHERE touchpoint_id = 'tp_invoice_request' "
               "GROUP BY order_id)") == 1
    # nps waves are whole
    assert one("SELECT count(*) FROM feedback WHERE channel = 'nps_survey' AND survey_wave IS NULL") == 0


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
