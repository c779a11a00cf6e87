"""Gold answers for the 洗洗乐 ShineGo (car wash & detailing chain) held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (app_booking 3 d, coupon_winback 7 d,
  subscription 40 d, sub_cancel 30 d, wash_visit 1 d); rates are per customer; the tolerance covers both readings
  (later steps allowed after the period end, or not). "Where do we lose the most" = the step reached whose next step
  is not reached, largest count (loss between step k and k+1 is attributed to step k);
- a visit = one `session_id` of the station events (V000123): find station (app visits only), book slot or queue,
  check-in, wash start, wash done, add-on, pay, rate. A subscription = one `session_id` SUB00012 (sign-up, renewals,
  pause, cancel request, cancel). Browse-only station searches have no session_id;
- per-visit rates (walk-away = queue ticket with no check-in on the same visit, unfinished washes, add-on attach
  rate = visits with a `tp_addon` / visits with a `tp_wash_done`, manual plate entry = `plate_scan = 'manual'` over
  check-ins) count visits whose first event of the named step is in the period (by its date) and look for the later
  event on the same visit at any time. Weekend = Saturday/Sunday of the queue ticket;
- times between steps = per visit (or per subscription), first B ts - first A ts over sessions that reached both,
  period by the date of A; queue wait = `tp_queue` -> `tp_checkin` (minutes); check-in -> wash start (minutes);
  cancel time = first `tp_sub_cancel_request` -> `tp_sub_cancel` (days); "more than X" is strict;
- coupon push conversion "per push" = push events (`tp_coupon_push`) followed by a `tp_checkin` of the same customer
  within 7 days (168 h) after the push;
- money = orders with status `paid` (refunded / cancelled are no revenue) of all order types (single_wash, detailing,
  sub_signup, sub_renewal) unless the question names one; refunds = amount of orders with status `refunded`;
  spend per paying customer = paid amount / customers with >= 1 paid order in the period; average ticket = avg
  amount of paid single_wash orders;
- washes = `tp_wash_done` events (completed washes); washes per customer = completed washes / customers with one;
- car type, join channel, city come from customers (zh questions are checked against the Chinese twin columns
  车型 / 洗车套餐 / 美容项目 / station_name, en questions against car_type / station_id / city);
- in-app rating = feedback.channel 'in_app_rating' (station / package on the row); "feedback" = all rows of all
  channels, "all data" includes rows without a date; negative share = `sentiment_label = 'neg'` over rows dated in
  the period; topic counts by text markers with a 5 % tolerance; rating by step = feedback.touchpoint_id;
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
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0


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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM fev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, upto=None):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        last = c[-1] if upto is None else c[upto - 1]
        vals.append(last / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.3, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def renew_by_channel(start, end, lowest=True, margin=0.15):
    rows = q(f"""WITH s AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_sub_signup'
                            GROUP BY 1)
                 SELECT c.acquisition_channel, avg((EXISTS (SELECT 1 FROM events r WHERE r.customer_id = s.customer_id
                        AND r.touchpoint_id = 'tp_sub_renew' AND r.ts > s.t
                        AND r.ts <= s.t + INTERVAL 40 DAY))::int) v, count(*) n
                 FROM s JOIN customers c USING (customer_id) WHERE {_in('s.t', start, end)}
                 GROUP BY 1 ORDER BY v""")
    if not lowest:
        rows = rows[::-1]
    assert abs(rows[1][1] - rows[0][1]) > margin, rows
    return rows


def renew_channel_top(start, end):
    return dict(top_entity=renew_by_channel(start, end)[0][0])


def renew_channel_value(start, end, ch):
    v = [r[1] for r in renew_by_channel(start, end) if r[0] == ch][0]
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- per-visit rates and durations ----------

def _first(tp):
    return f"""(SELECT e.session_id, min(e.ts) t, any_value(e.customer_id) customer_id,
                       any_value(e.station_id) station_id, any_value(e.station_name) station_name,
                       any_value(e.station_type) station_type, any_value(e.wash_package) wash_package,
                       any_value(e.plate_type) plate_type, any_value(e.plate_scan) plate_scan,
                       any_value(e.device) device, any_value(e.city) city
                FROM events e WHERE e.touchpoint_id = '{tp}' AND e.session_id IS NOT NULL GROUP BY 1)"""


WEEKEND = "dayofweek(a.t) IN (0, 6)"


def visit_rate(a_tp, b_tp, start, end, cond="1=1", by=None, having="1=1", missing=False):
    sel = f"{by}, " if by else ""
    hit = "(b.session_id IS NULL)" if missing else "(b.session_id IS NOT NULL)"
    sql = f"""SELECT {sel}avg({hit}::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b USING (session_id)
              LEFT JOIN customers c USING (customer_id)
              WHERE {_in('a.t', start, end)} AND ({cond})
              {f'GROUP BY 1 HAVING {having} ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", missing=False, tol=0.01):
    return dict(value=round(visit_rate(a_tp, b_tp, start, end, cond, missing=missing)[0][0], 4), tolerance=tol)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", having="1=1", missing=False, margin=1.3):
    rows = visit_rate(a_tp, b_tp, start, end, cond, by=by, having=having, missing=missing)
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="minute"):
    div = {"day": 86400.0, "hour": 3600.0, "minute": 60.0}[unit]
    v = one(f"""SELECT {agg}(epoch(b.t - a.t) / {div}) FROM {_first(a_tp)} a JOIN {_first(b_tp)} b
                USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.02, v * 0.03), 3))


def step_time_share(a_tp, b_tp, start, end, thr, cond="1=1", unit="minute"):
    div = {"day": 86400.0, "hour": 3600.0, "minute": 60.0}[unit]
    v = one(f"""SELECT avg((epoch(b.t - a.t) / {div} > {thr})::int) FROM {_first(a_tp)} a JOIN {_first(b_tp)} b
                USING (session_id) WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_step_time(a_tp, b_tp, start, end, by, min_n, unit="day", margin=2.0):
    div = {"day": 86400.0, "hour": 3600.0, "minute": 60.0}[unit]
    rows = q(f"""SELECT {by}, median(epoch(b.t - a.t) / {div}) m, count(*) n FROM {_first(a_tp)} a
                 JOIN {_first(b_tp)} b USING (session_id) WHERE b.t > a.t AND {_in('a.t', start, end)}
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY m DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def share_manual(start, end, cond="1=1", by=None, margin=2.0):
    sel = f"{by}, " if by else ""
    rows = q(f"""SELECT {sel}avg((a.plate_scan = 'manual')::int) r FROM {_first('tp_checkin')} a
                 JOIN customers c USING (customer_id) WHERE {_in('a.t', start, end)} AND ({cond})
                 {'GROUP BY 1 ORDER BY r DESC' if by else ''}""")
    if by:
        assert rows[0][1] > rows[1][1] * margin, rows
        return dict(top_entity=rows[0][0])
    return dict(value=round(rows[0][0], 4), tolerance=0.01)


def push_conv(value, start, end):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events c WHERE c.customer_id = p.customer_id
                    AND c.touchpoint_id = 'tp_checkin' AND c.ts > p.ts AND c.ts <= p.ts + INTERVAL 7 DAY))::int)
                FROM events p WHERE p.touchpoint_id = 'tp_coupon_push' AND p.coupon_value = {value}
                AND {_in('p.ts', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND "
                          f"{_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b):
    x = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)}")
    y = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)}")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def washes_per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e
                WHERE e.touchpoint_id = 'tp_wash_done' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


def top_events(tp, start, end, by, margin=1.2):
    rows = q(f"""SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def order_share(cond_share, start, end, cond="1=1"):
    v = one(f"SELECT avg(({cond_share})::int) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(by, start, end, agg="sum(o.amount)", status="paid", cond="1=1", margin=1.15):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, tol=0.02):
    v = one(f"SELECT avg(f.rating) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def bottom_fb_avg(by, cond, min_n, margin=0.15):
    rows = q(f"SELECT {by}, avg(f.rating) a FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows
    return dict(top_entity=rows[0][0])


ALL = ("2024-10-01", "2026-08-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
POST = ("2026-03-01", "2026-08-31")
FIND, BOOK, QUEUE, CHECKIN, START_, DONE, PAY = ("tp_find_station", "tp_book_slot", "tp_queue", "tp_checkin",
                                                 "tp_wash_start", "tp_wash_done", "tp_pay")
CREQ, CDONE = "tp_sub_cancel_request", "tp_sub_cancel"
RATING = "f.channel = 'in_app_rating'"
NEG = "f.sentiment_label = 'neg'"
SPOTS = _like("f.text", ["水渍", "水印", "水痕", "水点", "water spot", "water mark"])
SCRATCH = _like("f.text", ["刮花", "划痕", "刮伤", "刮出", "scratch"])
CANCEL = _like("f.text", ["取消", "退订", "cancel"])
STAFF = _like("f.text", ["热情", "友好", "态度", "细心", "耐心", "friendly", "helpful", "great service"])
PLATE = _like("f.text", ["车牌", "plate"])


def gold():
    return {
        # ---- funnels / conversion
        "cw01": lambda: conv("app_booking", *Y25),
        "cw02": lambda: top_lost("app_booking", *quarter(2025, 3)),
        "cw03": lambda: conv("coupon_winback", *H1_26),
        "cw04": lambda: conv("coupon_winback", *H1_26, upto=2),
        "cw05": lambda: push_conv(15, *ALL),
        "cw06": lambda: push_conv(5, *ALL),
        "cw07": lambda: conv("subscription", *Y25),
        "cw08": lambda: renew_channel_top(*ALL),
        "cw09": lambda: renew_channel_value(*ALL, "meituan"),
        "cw10": lambda: rate(START_, DONE, *Y25, missing=True, tol=0.004),
        # ---- weekend queues
        "cw11": lambda: rank_rate(QUEUE, CHECKIN, *Y25, by="a.station_name", cond=WEEKEND,
                                  having="count(*) >= 300", missing=True),
        "cw12": lambda: rate(QUEUE, CHECKIN, *Y25, f"{WEEKEND} AND a.station_id = 'S02'", missing=True),
        "cw13": lambda: step_time(QUEUE, CHECKIN, *Y25, f"{WEEKEND} AND a.station_id = 'S02'"),
        "cw14": lambda: step_time(QUEUE, CHECKIN, *Y25, f"NOT {WEEKEND} AND a.station_id = 'S02'"),
        "cw15": lambda: step_time_share(QUEUE, CHECKIN, *quarter(2025, 4), 20, WEEKEND),
        "cw16": lambda: rank_rate(QUEUE, CHECKIN, *ALL, by="a.city", cond=WEEKEND, missing=True, margin=2),
        # ---- plate scan / EVs
        "cw17": lambda: step_time(CHECKIN, START_, *Y25, "a.station_type = 'self' AND a.plate_type = 'green'"),
        "cw18": lambda: step_time(CHECKIN, START_, *Y25, "a.station_type = 'self' AND a.plate_type = 'blue'"),
        "cw19": lambda: share_manual(*H1_26, "a.station_type = 'self'"),
        "cw20": lambda: share_manual(*ALL, "a.station_type = 'self'", by="c.车型"),
        # ---- scratches / station quality
        "cw21": lambda: bottom_fb_avg("f.station_name", RATING, 200, margin=0.3),
        "cw22": lambda: fb_avg(f"{RATING} AND f.station_id = 'S06'"),
        "cw23": lambda: fb_avg(f"{RATING} AND f.station_id <> 'S06'"),
        "cw24": lambda: orders(*Y25, status="refunded", cond="o.order_type = 'single_wash'"),
        "cw25": lambda: top_orders("o.station_id", *ALL, agg="count(*)", status="refunded",
                                   cond="o.order_type = 'single_wash'", margin=2),
        "cw26": lambda: fb_topic_count(SCRATCH),
        # ---- water spots / packages
        "cw27": lambda: fb_topic_count(SPOTS),
        "cw28": lambda: fb_topic_count(f"{SPOTS} AND f.station_type = 'self'"),
        "cw29": lambda: bottom_fb_avg("f.洗车套餐", f"{RATING} AND f.station_type = 'self'", 100, margin=0.15),
        "cw30": lambda: fb_avg(f"{RATING} AND f.station_type = 'self'"),
        "cw31": lambda: fb_avg(f"{RATING} AND f.station_type = 'staffed'"),
        # ---- subscription cancellation
        "cw32": lambda: step_time(CREQ, CDONE, *POST, "a.device = 'android'", unit="day"),
        "cw33": lambda: step_time(CREQ, CDONE, *POST, "a.device = 'ios'", unit="day"),
        "cw34": lambda: step_time_share(CREQ, CDONE, *POST, 3, unit="day"),
        "cw35": lambda: events_at(CREQ, *quarter(2026, 2), "e.action = 'fail'"),
        "cw36": lambda: orders(*ALL, agg="count(*)", status="refunded", cond="o.order_type = 'sub_renewal'"),
        "cw37": lambda: fb_topic_count(CANCEL),
        "cw38": lambda: rank_step_time(CREQ, CDONE, *POST, by="a.device", min_n=20),
        "cw39": lambda: rate(BOOK, CHECKIN, *month(2025, 10), missing=True),
        # ---- money
        "cw40": lambda: orders(*Y25),
        "cw41": lambda: orders(*month(2026, 8)),
        "cw42": lambda: orders(*month(2026, 7)),
        "cw43": lambda: per_customer(*Y25),
        "cw44": lambda: rate(DONE, "tp_addon", *Y25, "a.station_type = 'staffed'"),
        "cw45": lambda: rate(DONE, "tp_addon", *Y25, "a.station_type = 'self'"),
        "cw46": lambda: top_orders("o.美容项目", *Y25, agg="count(*)", cond="o.order_type = 'detailing'"),
        "cw47": lambda: order_share("o.coupon_amount > 0", *Y25, "o.order_type = 'single_wash'"),
        "cw48": lambda: orders(*Y25, agg="avg(o.amount)", cond="o.order_type = 'single_wash'"),
        "cw49": lambda: orders(*quarter(2025, 3), cond="o.order_type IN ('sub_signup', 'sub_renewal')"),
        "cw50": lambda: washes_per_customer(*Y25),
        "cw51": lambda: washes_per_customer(*Y25, """e.customer_id IN (SELECT customer_id FROM events
                         WHERE touchpoint_id = 'tp_pay' AND pay_type = 'subscription' AND ts >= DATE '2025-01-01'
                         AND ts < DATE '2026-01-01')"""),
        # ---- volumes / trends / periods
        "cw53": lambda: events_at(DONE, "2025-03-03", "2025-03-09"),
        "cw54": lambda: events_at(DONE, "2026-02-03", "2026-02-16"),
        "cw55": lambda: events_at(DONE, "2026-02-17", "2026-02-23"),
        "cw56": lambda: events_change(DONE, quarter(2025, 2), quarter(2025, 3)),
        "cw57": lambda: customers_count(_in("c.signup_at", *H2_25)),
        "cw58": lambda: events_at("tp_sub_signup", *quarter(2026, 2)),
        "cw59": lambda: events_at(DONE, *month(2026, 5), "e.city = 'Suzhou'"),
        "cw60": lambda: customers_share("c.car_type = 'EV'", _in("c.signup_at", "2026-01-01", "2026-08-31")),
        "cw61": lambda: customers_share("c.car_type = 'EV'", _in("c.signup_at", *Y25)),
        # ---- feedback
        "cw63": lambda: fb_ratio(NEG, _in("f.ts", *H1_26)),
        "cw64": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 50, margin=0.5),
        "cw65": lambda: feedback_ids(PLATE),
        "cw66": lambda: fb_topic_count(STAFF),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(checks) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    status_only = []
    for it in items:
        fn = checks.get(it["id"])
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
