"""Gold answers for the 停易 ParkEasy (smart parking app) held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (onboarding 30 d, monthly_pass 45 d,
  park_exit 1 d, refund 14 d); rates are per customer; the tolerance covers both readings (later steps allowed after
  the period end, or not). "Where do we lose the most" = the step reached whose next step is not reached, largest
  count (the loss between step k and k+1 is attributed to step k);
- "users" / "customers" = customer_id. Download-channel binding rate = customers whose first `tp_download` is in the
  period and who have a successful `tp_bind_plate` within 30 days after it, by customers.acquisition_channel;
- a parking session = one `session_id` S0000123 (entry, parked, [charge], pay in app / at the machine, exit, and a
  refund request / refund for that session). Per-session rates (gate failure = session with a `tp_exit` event with
  action 'fail' over sessions with a `tp_exit`; plate not recognised = `plate_recognized = 'N'` over entries; EV
  charge attach = EV entries at lots with `ev_chargers = 'yes'` whose session has a `tp_charge`) count sessions whose
  first event of the named step is in the period (by its date);
- times between steps = per session, first B ts - first A ts (time to find a spot = `tp_entry` -> `tp_parked`,
  minutes; stay = `tp_entry` -> last `tp_exit`, hours; refund time = `tp_refund_request` -> `tp_refund`, days),
  period by the date of A; download -> plate binding = per customer, first `tp_download` -> first successful
  `tp_bind_plate` (hours), customers who bound; "more than X" is strict;
- money = orders with status `paid` (refunded ones are no revenue) of all order types (parking_fee, monthly_pass,
  charging_fee) unless the question names one; double-charge refunds = orders with refund_reason 'double_charge'
  and status 'refunded' (by order ts = when the duplicate charge happened, or by refunded_at when the question says
  refund date); app payment share = paid parking_fee orders with channel app or mini_program over all paid
  parking_fee orders; spend per paying customer = paid amount / customers with >= 1 such paid order;
- monthly-pass renewal rate = pass orders (new or renewal) whose `valid_to` falls in the period, renewed when the same
  pass_id has an order with pass_seq + 1; city from the order;
- entries = `tp_entry` events (one per session); entries per active customer = entries / customers with one;
  member level, car type, signup from customers; lot, lot type, city of a session from the event (zh questions are
  checked against the Chinese twins lot_name / 场所类型 / 车辆类型 / 会员等级 / 下载渠道, en ones against lot_name_en /
  lot_type / car_type / city / acquisition_channel / touchpoint_id);
- in-app rating = feedback.channel 'in_app_rating' (rating 1-5, touchpoint_id = the step it is about); "feedback" =
  all rows of all channels, "all data" includes rows without a date; negative share = `sentiment_label = 'neg'`
  over rows dated in the period; topic counts by text markers with a 5 % tolerance;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of`; a week is Monday..Sunday; weekend = Saturday/Sunday.
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


def conv(journey, start, end, upto=None, drop=False, explicit=False):
    """explicit: the question says later steps after the period end count, so only that reading is gold."""
    vals = []
    for bounded in ((False,) if explicit else (False, True)):
        c = funnel(journey, start, end, bounded=bounded)
        last = c[-1] if upto is None else c[upto - 1]
        v = last / c[0]
        vals.append(1 - v if drop else v)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


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


def bind_by_channel(start, end, by="c.acquisition_channel"):
    return q(f"""WITH d AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_download' GROUP BY 1)
                 SELECT {by}, avg((EXISTS (SELECT 1 FROM events b WHERE b.customer_id = d.customer_id
                        AND b.touchpoint_id = 'tp_bind_plate' AND b.action = 'success' AND b.ts > d.t
                        AND b.ts <= d.t + INTERVAL 30 DAY))::int) r, count(*) n
                 FROM d JOIN customers c USING (customer_id) WHERE {_in('d.t', start, end)} GROUP BY 1 ORDER BY r""")


def bind_worst(start, end, by="c.acquisition_channel"):
    rows = bind_by_channel(start, end, by)
    assert rows[1][1] - rows[0][1] > 0.2, rows
    return dict(top_entity=rows[0][0])


def bind_rate(start, end, ch):
    v = [r[1] for r in bind_by_channel(start, end) if r[0] == ch][0]
    return dict(value=round(v, 4), tolerance=0.01)


def bind_hours(start, end, cond="1=1"):
    vals = []
    for act in ("b.action = 'success'", "1=1"):
        vals.append(one(f"""WITH d AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_download'
                                       GROUP BY 1),
                                 b AS (SELECT b.customer_id, min(b.ts) t FROM events b
                                       WHERE b.touchpoint_id = 'tp_bind_plate' AND {act} GROUP BY 1)
                            SELECT median(epoch(b.t - d.t) / 3600) FROM d JOIN b USING (customer_id)
                            JOIN customers c USING (customer_id) WHERE b.t > d.t AND {_in('d.t', start, end)}
                            AND ({cond})"""))
    v = vals[0]
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(vals[0] - vals[1]) + 0.02), 3))


# ---------- per-session rates and durations ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT e.session_id, min(e.ts) t, max(e.ts) tl, any_value(e.customer_id) customer_id,
                       any_value(e.lot_id) lot_id, any_value(e.lot_name) lot_name,
                       any_value(e.lot_name_en) lot_name_en, any_value(e.lot_type) lot_type,
                       any_value(e.场所类型) 场所类型, any_value(e.city) city, any_value(e.城市) 城市,
                       any_value(e.ev_chargers) ev_chargers, any_value(e.car_type) car_type,
                       any_value(e.车辆类型) 车辆类型, any_value(e.plate_recognized) plate_recognized,
                       any_value(e.billing) billing, bool_or(e.action = 'fail') failed
                FROM events e WHERE e.touchpoint_id = '{tp}' AND e.session_id LIKE 'S%' AND ({cond}) GROUP BY 1)"""


def exit_fail(start, end, cond="1=1", by=None, having="1=1", margin=1.5):
    sel = f"{by}, " if by else ""
    rows = q(f"""SELECT {sel}avg(a.failed::int) r, count(*) n FROM {_first('tp_exit')} a
                 WHERE {_in('a.t', start, end)} AND ({cond})
                 {f'GROUP BY 1 HAVING {having} ORDER BY r DESC' if by else ''}""")
    if by:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
        return dict(top_entity=rows[0][0])
    return dict(value=round(rows[0][0], 4), tolerance=0.01)


def plate_fail(start, end, cond="1=1", by=None, margin=1.5):
    sel = f"{by}, " if by else ""
    rows = q(f"""SELECT {sel}avg((a.plate_recognized = 'N')::int) r, count(*) n FROM {_first('tp_entry')} a
                 WHERE {_in('a.t', start, end)} AND ({cond}) {'GROUP BY 1 ORDER BY r DESC' if by else ''}""")
    if by:
        assert rows[0][1] > rows[1][1] * margin, rows
        return dict(top_entity=rows[0][0])
    return dict(value=round(rows[0][0], 4), tolerance=0.01)


def charge_attach(start, end, cond="1=1", by=None, margin=1.3):
    sel = f"{by}, " if by else ""
    rows = q(f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first('tp_entry')} a
                 LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_charge') b
                 USING (session_id)
                 WHERE {_in('a.t', start, end)} AND a.car_type = 'EV' AND a.ev_chargers = 'yes' AND ({cond})
                 {'GROUP BY 1 ORDER BY r DESC' if by else ''}""")
    if by:
        assert rows[0][1] > rows[1][1] * margin, rows
        return dict(top_entity=rows[0][0])
    return dict(value=round(rows[0][0], 4), tolerance=0.01)


DIV = {"day": 86400.0, "hour": 3600.0, "minute": 60.0}


def _pair(a_tp, b_tp, last=False):
    bt = "b.tl" if last else "b.t"
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               WHERE {bt} > a.t"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="minute", last=False):
    bt = "b.tl" if last else "b.t"
    v = one(f"""SELECT {agg}(epoch({bt} - a.t) / {DIV[unit]}) {_pair(a_tp, b_tp, last)}
                AND {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.02, v * 0.03), 3))


def step_time_share(a_tp, b_tp, start, end, thr, cond="1=1", unit="minute"):
    v = one(f"""SELECT avg((epoch(b.t - a.t) / {DIV[unit]} > {thr})::int) {_pair(a_tp, b_tp)}
                AND {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_step_time(a_tp, b_tp, start, end, by, min_n, unit="minute", margin=1.4):
    rows = q(f"""SELECT {by}, median(epoch(b.t - a.t) / {DIV[unit]}) m, count(*) n {_pair(a_tp, b_tp)}
                 AND {_in('a.t', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY m DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def refund_time(start, end, cond="1=1", agg="median"):
    v = one(f"""SELECT {agg}(epoch(b.t - a.t) / 86400) FROM
                  (SELECT session_id, min(ts) t, any_value(refund_reason) refund_reason FROM events
                   WHERE touchpoint_id = 'tp_refund_request' GROUP BY 1) a
                JOIN (SELECT session_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_refund' GROUP BY 1) b
                USING (session_id) WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.03, v * 0.03), 3))


def refund_slow_share(start, end, thr):
    v = one(f"""SELECT avg((epoch(b.t - a.t) / 86400 > {thr})::int) FROM
                  (SELECT session_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_refund_request' GROUP BY 1) a
                JOIN (SELECT session_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_refund' GROUP BY 1) b
                USING (session_id) WHERE b.t > a.t AND {_in('a.t', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND "
                          f"{_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b):
    x = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)}")
    y = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)}")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def entries_per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e
                WHERE e.touchpoint_id = 'tp_entry' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


def weekend_ratio(start, end, cond="1=1"):
    v = one(f"""WITH d AS (SELECT CAST(d AS DATE) d FROM range(DATE '{start}', DATE '{end}' + INTERVAL 1 DAY,
                                                             INTERVAL 1 DAY) t(d)),
                     n AS (SELECT CAST(ts AS DATE) d, count(*) n FROM events e WHERE touchpoint_id = 'tp_entry'
                           AND {_in('ts', start, end)} AND ({cond}) GROUP BY 1),
                     x AS (SELECT dayofweek(d.d) IN (0, 6) we, coalesce(n.n, 0) n FROM d LEFT JOIN n USING (d))
                SELECT avg(n) FILTER (WHERE we) / avg(n) FILTER (WHERE NOT we) FROM x""")
    return dict(value=round(float(v), 3), tolerance=round(float(v) * 0.02, 3))


# ---------- orders / customers ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1", col="o.ts"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o WHERE {st} AND {_in(col, start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def order_share(cond_share, start, end, cond="1=1"):
    v = one(f"SELECT avg(({cond_share})::int) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(by, start, end, agg="count(*)", status="paid", cond="1=1", margin=1.5):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def pass_renewal(start, end, cond="1=1", by=None, margin=0.15):
    sel = f"{by}, " if by else ""
    rows = q(f"""SELECT {sel}avg((EXISTS (SELECT 1 FROM orders r WHERE r.pass_id = o.pass_id
                        AND r.pass_seq = o.pass_seq + 1))::int) r, count(*) n
                 FROM orders o WHERE o.order_type = 'monthly_pass' AND o.status = 'paid'
                 AND o.valid_to >= DATE '{start}' AND o.valid_to <= DATE '{end}' AND ({cond})
                 {'GROUP BY 1 ORDER BY r' if by else ''}""")
    if by:
        assert rows[1][1] - rows[0][1] > margin, rows
        return dict(top_entity=rows[0][0])
    return dict(value=round(rows[0][0], 4), tolerance=0.01)


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


def bottom_fb_avg(by, cond, min_n, margin=0.3):
    rows = q(f"SELECT {by}, avg(f.rating) a FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


ALL = ("2024-10-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
JAN_MAY_26 = ("2026-01-01", "2026-05-31")
ENTRY, PARKED, EXIT = "tp_entry", "tp_parked", "tp_exit"
RATING = "f.channel = 'in_app_rating'"
NEG = "f.sentiment_label = 'neg'"
CHENGDU = "a.city = 'Chengdu'"
GATE = _like("f.text", ["抬杆", "道闸", "栏杆", "gate", "barrier"])
DOUBLE = _like("f.text", ["两次", "重复扣费", "twice", "double charge"])
PLATE = _like("f.text", ["识别", "认不出", "recognis", "recogniz", "read my"])
SPOT = _like("f.text", ["车位", "空位", "spot", "space"])
EASY = _like("f.text", ["方便", "无感", "省事", "easy", "convenient", "seamless"])
PASSPRICE = _like("f.text", ["月卡涨", "月卡一下子涨", "pass price"])
APP_PAY = "o.channel IN ('app', 'mini_program')"


def gold():
    return {
        # ---- onboarding
        "pa01": lambda: conv("onboarding", *Y25),
        "pa02": lambda: top_lost("onboarding", *quarter(2025, 3)),
        "pa03": lambda: bind_worst(*ALL),
        "pa04": lambda: bind_rate(*ALL, "mall_qr"),
        "pa05": lambda: bind_rate(*ALL, "wechat_mini_program"),
        "pa06": lambda: bind_hours(*Y25, "c.acquisition_channel = 'mall_qr'"),
        "pa07": lambda: bind_hours(*Y25, "c.acquisition_channel = 'app_store'"),
        "pa08": lambda: bind_worst(*H1_26, by="c.下载渠道"),
        # ---- monthly pass
        "pa09": lambda: conv("monthly_pass", *H2_25, upto=2),
        "pa10": lambda: conv("monthly_pass", *quarter(2025, 4), explicit=True),
        "pa11": lambda: conv("monthly_pass", *H1_26, upto=2, drop=True),
        "pa12": lambda: pass_renewal(*H2_25, "o.city = 'Shenzhen'"),
        "pa13": lambda: pass_renewal(*JAN_MAY_26, "o.city = 'Shenzhen'"),
        "pa14": lambda: pass_renewal(*JAN_MAY_26, by="o.city"),
        "pa15": lambda: orders(*month(2026, 5), cond="o.order_type = 'monthly_pass'"),
        "pa16": lambda: orders(*month(2026, 5), cond="o.order_type = 'parking_fee'"),
        # ---- gate / double charges
        "pa17": lambda: exit_fail(*month(2025, 12), "a.lot_id = 'L05'"),
        "pa18": lambda: exit_fail(*quarter(2025, 3), "a.lot_id = 'L05'"),
        "pa19": lambda: exit_fail(*H1_26, by="a.lot_name", having="count(*) >= 500", margin=3),
        "pa20": lambda: top_orders("o.lot_name_en", *ALL, status="refunded", cond="o.refund_reason = 'double_charge'",
                                   margin=3),
        "pa21": lambda: orders(*month(2025, 12), agg="count(*)", status="refunded",
                               cond="o.refund_reason = 'double_charge'"),
        "pa22": lambda: orders(*H1_26, status="refunded", cond="o.refund_reason = 'double_charge'",
                               col="o.refunded_at"),
        "pa24": lambda: refund_time(*H1_26, "a.refund_reason = 'double_charge'"),
        "pa25": lambda: refund_time(*quarter(2025, 4), "a.refund_reason = 'double_charge'"),
        "pa26": lambda: refund_slow_share(*Y25, 3),
        # ---- plate recognition
        "pa27": lambda: plate_fail(*Y25, f"{CHENGDU} AND a.car_type = 'EV'"),
        "pa28": lambda: plate_fail(*Y25, f"{CHENGDU} AND a.car_type = 'ICE'"),
        "pa29": lambda: plate_fail("2026-03-01", "2026-06-30", f"{CHENGDU} AND a.car_type = 'EV'"),
        "pa30": lambda: plate_fail(*ALL, "a.car_type = 'EV'", by="a.city", margin=3),
        "pa31": lambda: plate_fail(*Y25, CHENGDU, by="a.车辆类型", margin=3),
        # ---- finding a spot
        "pa32": lambda: step_time(ENTRY, PARKED, *Y25, "a.lot_type = 'hospital'"),
        "pa33": lambda: step_time(ENTRY, PARKED, *Y25, "a.lot_type = 'mall'"),
        "pa34": lambda: step_time_share(ENTRY, PARKED, *H1_26, 15, "a.lot_type = 'hospital'"),
        "pa35": lambda: rank_step_time(ENTRY, PARKED, *Y25, by="a.lot_name", min_n=300),
        "pa37": lambda: step_time(ENTRY, EXIT, *Y25, "a.lot_type = 'office'", agg="avg", unit="hour", last=True),
        # ---- payment
        "pa38": lambda: order_share(APP_PAY, *quarter(2026, 1), "o.order_type = 'parking_fee'"),
        "pa39": lambda: order_share(APP_PAY, *quarter(2026, 1), "o.order_type = 'parking_fee' AND o.city = 'Chengdu'"),
        # ---- per customer / money
        "pa41": lambda: entries_per_customer(*Y25),
        "pa42": lambda: per_customer(*Y25, "o.order_type = 'parking_fee' AND c.member_level = 'gold'"),
        "pa44": lambda: orders(*Y25),
        "pa45": lambda: orders(*H1_26, cond="o.order_type = 'charging_fee'"),
        # ---- volumes / periods / customers
        "pa47": lambda: events_at(ENTRY, "2025-03-03", "2025-03-09"),
        "pa48": lambda: events_at(ENTRY, *month(2025, 10), "e.lot_type = 'hospital'"),
        "pa49": lambda: events_change(ENTRY, quarter(2025, 2), quarter(2026, 2)),
        "pa50": lambda: weekend_ratio(*Y25, "e.lot_type = 'mall'"),
        "pa51": lambda: customers_count(_in("c.signup_at", *H2_25)),
        "pa52": lambda: customers_share("c.car_type = 'EV'", _in("c.signup_at", *H1_26)),
        "pa53": lambda: customers_share("c.car_type = 'EV'", _in("c.signup_at", *Y25)),
        # ---- EV charging
        "pa54": lambda: charge_attach(*Y25),
        "pa55": lambda: charge_attach(*Y25, by="a.场所类型"),
        "pa56": lambda: events_at("tp_charge", *Y25, "e.action = 'fault'"),
        # ---- feedback
        "pa57": lambda: fb_topic_count(GATE),
        "pa58": lambda: fb_topic_count(DOUBLE),
        "pa60": lambda: bottom_fb_avg("f.touchpoint_id", RATING, 100, margin=0.6),
        "pa61": lambda: fb_ratio(NEG, _in("f.ts", *H1_26)),
        "pa63": lambda: fb_avg(f"{RATING} AND f.touchpoint_id = 'tp_pay_machine' AND {_in('f.ts', *Y25)}", tol=0.04),
        "pa64": lambda: fb_topic_count(EASY),
        "pa65": lambda: top_fb_count("f.lot_name", SPOT, margin=1.5),
        "pa66": lambda: feedback_ids(PLATE),
        "pa67": lambda: fb_topic_count(PASSPRICE),
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
