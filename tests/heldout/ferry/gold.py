"""Gold answers for the 海途 SeaLink (ferry & weekend cruise) held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event (any action) at step k's touchpoint after reaching
  step k-1, within the journey window from their first step-1 event in the period (booking 1 d, sailing 60 d,
  refund 30 d, weather 30 d); rates are per customer; the tolerance covers both readings (later steps allowed after
  the period end, or not). "Where do we lose the most" = the step reached whose next step is not reached, largest
  count (the loss between step k and k+1 is attributed to step k). "App vs mini-program conversion" = the booking
  funnel over that channel's events only;
- a booking = one `session_id` (BK0001234): every event of one booking attempt (search ... arrival, change, refund).
  Ctrip and counter bookings have no search / select / passengers events (they start at payment);
- per-booking rates take the first event of the named step per booking (optionally with a condition on it, e.g.
  `action = 'success'`) in the period (by its ts, or by `sailing_date` when the question says "sailings in ...") and
  look for the later event on the same booking at any time. Missed boarding = a successful check-in (online
  `tp_checkin` success or `tp_counter_checkin`) and no `tp_gate` scan; weekend = Saturday/Sunday of the sailing date;
- sailing-level figures (on-time, delays, cancellations) count each `sailing_id` once, from `tp_depart` events
  (`delay_min`; late = delay_min > 15) or `tp_weather_cancel` notices (the cancelled sailing's id and date);
- times between steps = per booking, first B ts - first A ts over bookings that reached both; refund time =
  `tp_refund_req` -> `tp_refund_done` in days, period by the request date; "more than X" is strict;
- money = orders with status `paid` (refunded / cancelled / refund_pending are no revenue) of all order types
  (ticket, vehicle, upgrade, change_fee) unless the question names one, by order ts; refunds = amount of orders with
  status `refunded` (refund_reason weather / personal); spend per paying customer = paid amount / customers with a
  paid order in the period; passengers per ticket order = avg `passengers` of paid ticket orders;
- trips per customer = `tp_gate` scans (boarded bookings) / customers with at least one in the period; member tier,
  frequent-traveller flag, home city, first channel come from customers;
- zh top-entity golds use the Chinese twins (船名, 车辆类型, route), en ones the English twins (port_en, route_en,
  home_city) or raw ids (touchpoint_id, booking_channel, app_version);
- feedback: "survey rating" = channel 'survey'; Ctrip reviews = channel 'ota_review'; "feedback" = all rows of all
  channels, "all data" includes rows without a date; negative share = `sentiment_label = 'neg'` over rows dated in
  the period (all rows when no period); topic counts by text markers with a 5 % tolerance; rating by step =
  feedback.touchpoint_id;
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


def funnel(journey, start, end, bounded=False, evcond="1=1"):
    steps, window = _steps(journey)
    ev = f"SELECT customer_id, ts, touchpoint_id FROM events e WHERE ({evcond})"
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


def _conv_vals(journey, start, end, upto=None, evcond="1=1"):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, evcond=evcond)
        last = c[-1] if upto is None else c[upto - 1]
        vals.append(last / c[0])
    return vals


def conv(journey, start, end, upto=None, evcond="1=1"):
    vals = _conv_vals(journey, start, end, upto, evcond)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_top(journey, start, end, options: dict, margin=0.03):
    res = sorted(((min(_conv_vals(journey, start, end, evcond=c)), max(_conv_vals(journey, start, end, evcond=c)), k)
                  for k, c in options.items()), reverse=True)
    assert res[0][0] - res[1][1] > margin, res
    return dict(top_entity=res[0][2])


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


# ---------- per-booking rates and durations ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT *, row_number() OVER (PARTITION BY session_id ORDER BY ts, event_id) rn
                FROM events WHERE touchpoint_id IN ({tp}) AND ({cond})) WHERE rn = 1)"""


def _tps(tp):
    tps = tp if isinstance(tp, (list, tuple)) else [tp]
    return ", ".join(f"'{t}'" for t in tps)


def booking_rate_rows(a_tp, b_tp, start, end, cond="1=1", a_cond="1=1", b_cond="1=1", by=None, having="1=1",
                      missing=False, period_col="a.ts"):
    sel = f"{by}, " if by else ""
    hit = "(b.session_id IS NULL)" if missing else "(b.session_id IS NOT NULL)"
    sql = f"""SELECT {sel}avg({hit}::int) r, count(*) n FROM {_first(_tps(a_tp), a_cond)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id IN ({_tps(b_tp)})
                         AND ({b_cond})) b USING (session_id)
              LEFT JOIN customers c USING (customer_id)
              WHERE {_in(period_col, start, end)} AND ({cond})
              {f'GROUP BY 1 HAVING {having} ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", tol=0.01, **kw):
    rows = booking_rate_rows(a_tp, b_tp, start, end, cond, **kw)
    return dict(value=round(rows[0][0], 4), tolerance=tol)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", margin=1.3, **kw):
    rows = booking_rate_rows(a_tp, b_tp, start, end, cond, by=by, **kw)
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="day", period_col="a.ts", share_over=None):
    div = {"day": 86400.0, "hour": 3600.0, "minute": 60.0}[unit]
    x = f"epoch(b.ts - a.ts) / {div}"
    expr = f"avg(({x} > {share_over})::int)" if share_over is not None else f"{agg}({x})"
    v = one(f"""SELECT {expr} FROM {_first(_tps(a_tp))} a JOIN {_first(_tps(b_tp))} b USING (session_id)
                WHERE b.ts > a.ts AND {_in(period_col, start, end)} AND ({cond})""")
    if share_over is not None:
        return dict(value=round(v, 4), tolerance=0.01)
    return dict(value=round(v, 3), tolerance=round(max(0.02, v * 0.03), 3))


def rank_step_time(a_tp, b_tp, start, end, by, min_n, cond="1=1", unit="day", margin=1.5):
    div = {"day": 86400.0, "hour": 3600.0, "minute": 60.0}[unit]
    rows = q(f"""SELECT {by}, median(epoch(b.ts - a.ts) / {div}) m, count(*) n FROM {_first(_tps(a_tp))} a
                 JOIN {_first(_tps(b_tp))} b USING (session_id) WHERE b.ts > a.ts AND {_in('a.ts', start, end)}
                 AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY m DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- sailings ----------

SAILINGS = """(SELECT sailing_id, any_value(sailing_date) sailing_date, any_value(vessel) vessel,
                      any_value("船名") vessel_zh, any_value(route) route, any_value(route_en) route_en,
                      any_value(delay_min) delay_min
               FROM events WHERE touchpoint_id = 'tp_depart' GROUP BY 1)"""


def sailing_late(start, end, cond="1=1"):
    v = one(f"SELECT avg((s.delay_min > 15)::int) FROM {SAILINGS} s WHERE {_in('s.sailing_date', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def sailing_delay_avg(start, end, cond="1=1"):
    v = one(f"SELECT avg(s.delay_min) FROM {SAILINGS} s WHERE {_in('s.sailing_date', start, end)} AND ({cond})")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.02), 3))


def worst_vessel(start, end, by, min_n, margin=0.08):
    rows = q(f"""SELECT {by}, avg((s.delay_min > 15)::int) r, count(*) n FROM {SAILINGS} s
                 WHERE {_in('s.sailing_date', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    assert rows[0][1] - rows[1][1] > margin, rows
    return dict(top_entity=rows[0][0])


def weather_sailings(start, end, cond="1=1"):
    rows = q(f"""SELECT count(DISTINCT sailing_id) FILTER (WHERE {_in('sailing_date', start, end)}),
                        count(DISTINCT sailing_id) FILTER (WHERE {_in('ts', start, end)})
                 FROM events WHERE touchpoint_id = 'tp_weather_cancel' AND ({cond})""")[0]
    return dict(value=rows[0], tolerance=max(0.5, abs(rows[0] - rows[1]) + 0.5))


def weather_days_top(start, end, by, margin=1.3):
    rows = q(f"""SELECT {by}, count(DISTINCT sailing_date) n FROM events WHERE touchpoint_id = 'tp_weather_cancel'
                 AND {_in('sailing_date', start, end)} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND "
                          f"{_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def trips_per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = 'tp_gate' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


def top_customers_by(tp, start, end, by, cond="1=1", margin=1.2):
    rows = q(f"""SELECT {by}, count(DISTINCT e.customer_id) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1", col="o.ts"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o WHERE {st} AND {_in(col, start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


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


ALL = ("2024-07-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
SUMMER25 = ("2025-07-01", "2025-08-31")
POST = ("2026-04-01", "2026-07-31")
REQ, DONE = "tp_refund_req", "tp_refund_done"
CHECKED = "(touchpoint_id = 'tp_counter_checkin' OR action = 'success')"
WEEKEND = "dayofweek(a.sailing_date) IN (0, 6)"
NEG = "f.sentiment_label = 'neg'"
SEASICK = _like("f.text", ["晕船", "风浪", "颠", "晃", "seasick", "rough", "choppy"])
REFUND = _like("f.text", ["退款", "refund"])
CREW = _like("f.text", ["友好", "热情", "态度很好", "friendly", "lovely", "helpful"])
DELAY = _like("f.text", ["晚点", "延误", "delay", "late"])
R2, R1 = "Beigang-Qingjiao", "Beigang-Dongyu"


def gold():
    return {
        # ---- booking funnel
        "fy01": lambda: conv("booking", *Y25),
        "fy02": lambda: top_lost("booking", *quarter(2025, 3)),
        "fy03": lambda: rate("tp_passengers", "tp_passengers", *SUMMER25, f"a.route_en = '{R1}'",
                             a_cond="vehicle_type <> 'none'", b_cond="error_code = 'VEHICLE_DECK_FULL'",
                             period_col="a.sailing_date"),
        "fy04": lambda: rate("tp_passengers", "tp_passengers", *SUMMER25,
                             f"a.route_en = '{R1}' AND dayofweek(a.sailing_date) IN (5, 6, 0)",
                             a_cond="vehicle_type <> 'none'", b_cond="error_code = 'VEHICLE_DECK_FULL'",
                             period_col="a.sailing_date"),
        "fy05": lambda: events_at("tp_passengers", *SUMMER25, "e.error_code = 'VEHICLE_DECK_FULL'"),
        "fy06": lambda: conv_top("booking", *Y25, {"mini_program": "e.channel = 'mini_program'",
                                                   "app": "e.channel = 'app'"}),
        # ---- refunds / weather
        "fy07": lambda: step_time(REQ, DONE, *ALL, "a.refund_reason = 'weather' AND a.booking_channel = 'ctrip'"),
        "fy08": lambda: step_time(REQ, DONE, *ALL, "a.refund_reason = 'weather' AND a.booking_channel = 'app'"),
        "fy09": lambda: step_time(REQ, DONE, *H2_25, "a.refund_reason = 'weather'", share_over=7),
        "fy10": lambda: rank_step_time(REQ, DONE, *ALL, "a.booking_channel", 50),
        "fy11": lambda: weather_sailings(*Y25),
        "fy12": lambda: weather_days_top(*Y25, "route"),
        "fy13": lambda: orders(*quarter(2026, 1), status="refunded", cond="o.refund_reason = 'weather'",
                               col="o.sailing_date"),
        "fy14": lambda: rate("tp_weather_cancel", "tp_change", *Y25),
        "fy15": lambda: conv("weather", *H2_25),
        # ---- delays
        "fy16": lambda: worst_vessel(*Y25, "s.vessel_zh", 100),
        "fy17": lambda: sailing_late(*Y25, "s.vessel = 'SeaLink 3'"),
        "fy18": lambda: sailing_late(*Y25, "s.vessel = 'SeaLink 1'"),
        "fy19": lambda: rate("tp_depart", "tp_delay_notice", *Y25, "a.booking_channel = 'ctrip'",
                             a_cond="delay_min > 15"),
        "fy20": lambda: rate("tp_depart", "tp_delay_notice", *Y25, "a.booking_channel = 'mini_program'",
                             a_cond="delay_min > 15"),
        "fy21": lambda: sailing_delay_avg(*Y25, f"s.route_en = '{R1}'"),
        # ---- boarding
        "fy23": lambda: rate(["tp_checkin", "tp_counter_checkin"], "tp_gate", *SUMMER25,
                             f"a.port_en = 'Dongyu Pier' AND {WEEKEND}", a_cond=CHECKED, missing=True,
                             period_col="a.sailing_date"),
        "fy24": lambda: rank_rate(["tp_checkin", "tp_counter_checkin"], "tp_gate", *SUMMER25, "a.port_en",
                                  a_cond=CHECKED, missing=True, period_col="a.sailing_date", margin=1.8),
        "fy25": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 50, margin=0.1),
        # ---- online check-in (Android bug)
        "fy26": lambda: rate("tp_eticket", "tp_checkin", *POST, "a.booking_channel = 'app' AND a.device = 'ios' AND "
                             "a.session_id NOT IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_refund_req')",
                             b_cond="action = 'success'", period_col="a.sailing_date"),
        "fy27": lambda: rate("tp_eticket", "tp_checkin", *POST, "a.booking_channel = 'app' AND a.device = 'android' "
                             "AND a.session_id NOT IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_refund_req')",
                             b_cond="action = 'success'", period_col="a.sailing_date"),
        "fy28": lambda: events_at("tp_checkin", *POST, "e.action = 'fail' AND e.device = 'android' AND e.channel = 'app'"),
        "fy29": lambda: top_fail_version(),
        # ---- money
        "fy30": lambda: orders(*Y25),
        "fy31": lambda: orders(*month(2025, 10), cond="o.order_type = 'ticket'"),
        "fy32": lambda: orders_change(month(2025, 6), month(2026, 6)),
        "fy33": lambda: per_customer(*Y25),
        "fy34": lambda: top_orders("o.车辆类型", *Y25, cond="o.order_type = 'vehicle'"),
        "fy35": lambda: orders(*quarter(2025, 3), cond="o.order_type = 'upgrade'"),
        "fy36": lambda: rate("tp_checkin", "tp_upgrade", *Y25, f"a.route_en = '{R2}' AND a.seat_class = 'economy'",
                             a_cond="action = 'success'"),
        "fy37": lambda: rank_rate("tp_checkin", "tp_upgrade", *ALL, "a.route_en", "a.seat_class = 'economy'",
                                  a_cond="action = 'success'", having="count(*) >= 300", margin=1.8),
        "fy38": lambda: trips_per_customer(*Y25, "c.member_tier = 'gold'"),
        "fy39": lambda: trips_per_customer(*Y25, "c.frequent_traveller"),
        "fy40": lambda: trips_per_customer(*Y25, "NOT c.frequent_traveller"),
        "fy41": lambda: orders(*Y25, agg="avg(o.passengers)", cond="o.order_type = 'ticket'"),
        "fy42": lambda: order_share("o.channel = 'ctrip'", *Y25, "o.order_type = 'ticket'"),
        "fy43": lambda: orders(*Y25, cond="o.order_type = 'ticket' AND o.route_en = 'Weekend Island Cruise'"),
        "fy44": lambda: top_customers_by("tp_gate", *Y25, "c.home_city", "e.route_en = 'Weekend Island Cruise'"),
        "fy45": lambda: step_time("tp_eticket", "tp_depart", *Y25, "a.route_en = 'Weekend Island Cruise'", agg="avg",
                                  period_col="b.ts"),
        # ---- volumes / periods
        "fy46": lambda: events_at("tp_gate", "2025-03-03", "2025-03-09"),
        "fy47": lambda: events_at("tp_gate", *month(2025, 10), "e.port = '东屿码头'"),
        "fy48": lambda: customers_count(_in("c.signup_at", *H2_25)),
        "fy50": lambda: events_change("tp_eticket", quarter(2025, 2), quarter(2025, 3)),
        "fy51": lambda: events_at("tp_eticket", *month(2026, 5)),
        "fy52": lambda: events_at("tp_eticket", *month(2026, 6)),
        "fy53": lambda: customers_share("c.first_channel = 'ctrip'", _in("c.signup_at", *Y25)),
        "fy54": lambda: events_at("tp_eticket", *H1_26, "e.route_en = 'Weekend Island Cruise'"),
        "fy55": lambda: orders(*month(2025, 11), cond="o.order_type = 'ticket'"),
        # ---- feedback
        "fy57": lambda: fb_topic_count(SEASICK),
        "fy58": lambda: fb_topic_count(REFUND),
        "fy59": lambda: fb_ratio(NEG, _in("f.ts", *H1_26)),
        "fy60": lambda: fb_avg(f"f.channel = 'survey' AND f.route_en = '{R2}'"),
        "fy61": lambda: fb_avg(f"f.channel = 'survey' AND f.route_en = '{R1}'"),
        "fy62": lambda: fb_topic_count(CREW),
        "fy63": lambda: feedback_ids(f"{DELAY} AND {NEG}"),
        "fy64": lambda: fb_avg("f.channel = 'ota_review'"),
        "fy65": lambda: fb_ratio(NEG, "f.language = 'en'"),
        "fy66": lambda: fb_topic_count(f"{DELAY} AND {_in('f.ts', *H2_25)}"),
    }


def top_fail_version(min_n=200, margin=1.8):
    rows = q(f"""SELECT app_version, avg((action = 'fail')::int) r, count(*) n FROM events
                 WHERE touchpoint_id = 'tp_checkin' AND app_version IS NOT NULL GROUP BY 1
                 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=str(rows[0][0]))


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
