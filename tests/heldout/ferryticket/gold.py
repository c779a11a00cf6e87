"""Gold answers for the 海途 TideLink held-out batch (passenger and car ferries in Zhejiang, Greece and British
Columbia), from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; rates are per customer
  (cohort = customers whose first step-1 event in the period falls in it). Each funnel gold is computed twice, with
  later steps allowed after the period end and with every step inside the period; the tolerance covers both.
  A failed attempt (action `fail`) is still an event at its touchpoint. "In <region>" on a funnel = only events of
  that region (events carry `region`). Drop-off of a step = customers who reached it but not the next one /
  customers who reached it;
- "people" / "customers" = distinct customer_id; a new account = a customer whose `signup_at` falls in the period;
- a ticket = one tp_ticket_issued event (one booking, any number of passengers; islander-pass trips included, they
  have no ticket order); kiosk share = tickets with booking_channel `kiosk` / all tickets;
- money = orders with status `paid`, by the order's ts, in the region's currency (CNY, EUR, CAD) unless RMB / CNY
  is asked for all regions (`amount_cny`, fixed rates); "fare revenue" = order_type ticket + vehicle; café = cafe,
  upgrades = upgrade, season passes = season_pass (new and renewals); weather refunds = status `refunded` with
  refund_reason weather, by `refunded_at`; refund turnaround = refunded_at - refund_requested_at in days over
  refunded ticket orders;
- weather-cancelled tickets = tp_weather_cancel events (by the event's ts unless the sailing dates are asked:
  then by `sailing_date`); rebooked after a cancellation = a tp_rebook event of the same booking_id within 7 days
  after the notice; notice lead = `notice_hours`;
- on time = tp_arrival delay_min <= 10; average delay = avg(delay_min) of tp_arrival events; missed-sailing rate
  = tp_missed / (tp_missed + tp_boarding) events; café take-up = café purchases (tp_cafe action purchase) /
  arrivals (tp_arrival); online check-in failure rate = tp_checkin events with checkin_mode online and action fail
  / all online check-in events (attempts); kiosk failure rate = tp_kiosk fail / all tp_kiosk events (attempts);
  deck-full rate = tp_vehicle_add events with action fail / all tp_vehicle_add events, weekdays taken from
  `sailing_date`;
- islander pass approval time = tp_pass_issued approval_days (by the approval's ts); renewals = tp_pass_renew
  events; islanders = customers with segment `islander`;
- experiment checkin_upgrade_offer_2026: assigned customers with a tp_seat_upgrade event at or after `assigned_at`
  within 2 days / assigned customers;
- zh questions expect the zh twin value (航线, 地区, 停航原因), en questions the en / raw one (route, region,
  cancel_reason); touchpoints by id; months as YYYY-MM; app versions, variants, error codes raw;
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date, a dated
  question counts only dated rows; ratings average the rows that carry one; survey = channel `survey`;
- exact duplicate event rows (same event_id) are loaded once; periods are inclusive calendar dates; weeks run
  Monday-Sunday; relative periods resolve against the item's `as_of` (else 2026-07-15, the last day of the data).
"""
from __future__ import annotations

import calendar
import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    all_varchar=true)""")
    for col, typ in (("ts", "TIMESTAMP"), ("delay_min", "DOUBLE"), ("notice_hours", "DOUBLE"),
                     ("approval_days", "DOUBLE"), ("passengers", "INTEGER"), ("spend", "DOUBLE"),
                     ("sailing_date", "DATE")):
        CON.execute(f'ALTER TABLE events ALTER "{col}" TYPE {typ} USING CAST("{col}" AS {typ})')
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'amount_cny': 'DOUBLE',
                    'refunded_at': 'TIMESTAMP', 'refund_requested_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT f.*, t.topic, t.sentiment FROM read_csv_auto(
                    '{data / 'feedback.csv'}', header=true, sample_size=-1, types={{'ts': 'TIMESTAMP',
                    'rating': 'DOUBLE', 'nps': 'DOUBLE'}}) f JOIN read_csv_auto('{data / '_truth' /
                    'feedback_truth.csv'}') t USING (feedback_id)""")
    CON.execute(f"""CREATE TABLE experiments AS SELECT * FROM read_csv_auto('{data / 'experiments.csv'}',
                    header=true, types={{'assigned_at': 'TIMESTAMP'}})""")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return CON.execute(sql).fetchone()[0]


def _in(col, start, end):
    return f"{col} >= TIMESTAMP '{start}' AND {col} < TIMESTAMP '{end}' + INTERVAL 1 DAY"


def month(y, m):
    return f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def quarter(y, k):
    a, b = month(y, 3 * k - 2), month(y, 3 * k)
    return a[0], b[1]


def count(v, rel=0.0):
    v = int(v)
    return dict(value=v, tolerance=max(0.5, round(v * rel, 1)))


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=round(tol, 4))


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.002), 2))


def num(v, rel=0.01, floor=0.05, nd=2):
    v = float(v)
    return dict(value=round(v, nd), tolerance=round(max(floor, abs(v) * rel), nd + 1))


def top(rows, gap=1.1, lowest=False):
    """rows sorted best first (value in column 1); asserts a clear leader."""
    print("   ", [(r[0], round(float(r[1]), 4)) for r in rows[:7]])
    a, b = float(rows[0][1]), float(rows[1][1])
    if lowest:
        assert b > a * gap, rows[:4]
    else:
        assert a > b * gap, rows[:4]
    return dict(top_entity=str(rows[0][0]))


# ---------- funnels ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, evc=None, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e WHERE 1=1"
    if evc:
        ev += f" AND ({evc})"
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM ev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, a=1, b=None, extra=(), **kw):
    """conversion from step a to step b (default: last); `extra` = other readings to cover."""
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        print("    counts", c)
        vals.append(c[(b or len(c)) - 1] / c[a - 1])
    vals += list(extra)
    print("    readings", [round(v, 4) for v in vals])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, max(abs(vals[0] - v) for v in vals) + 0.005), 4))


def top_dropoff(journey, start, end, margin=0.05, **kw):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        rates = [(c[i] - c[i + 1]) / c[i] for i in range(len(c) - 1)]
        order = sorted(range(len(rates)), key=lambda i: -rates[i])
        print("   ", c, [round(x, 3) for x in rates])
        assert rates[order[0]] - rates[order[1]] > margin
        tops.add(steps[order[0]])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def vehicle_to_ticket(start, end, evc):
    """steps 2 -> 4 of vehicle_booking in a region, plus the plain reading: customers with a vehicle-add attempt in
    the period who got a ticket issued within 3 days of their first attempt."""
    alt = one(f"""WITH k AS (SELECT customer_id, min(ts) t FROM events e WHERE touchpoint_id = 'tp_vehicle_add'
                             AND ({evc}) AND {_in('ts', start, end)} GROUP BY 1)
                  SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = k.customer_id
                         AND e.touchpoint_id = 'tp_ticket_issued' AND ({evc}) AND e.ts > k.t
                         AND e.ts <= k.t + INTERVAL 3 DAY))::int) FROM k""")
    return conv("vehicle_booking", start, end, a=2, evc=evc, extra=[alt])


def funnel_count(journey, start, end, step, **kw):
    vals = [funnel(journey, start, end, bounded=b, **kw)[step - 1] for b in (False, True)]
    print("    readings", vals)
    return dict(value=vals[0], tolerance=max(0.5, abs(vals[0] - vals[1]) + 0.5))


# ---------- events ----------

def ev_count(tp, start, end, cond="1=1", distinct=False, col="e.ts"):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in(col, start, end)}
                         AND ({cond})"""))


def ev_agg(expr, tp, start, end, cond="1=1", rel=0.02, floor=0.1, nd=2):
    v = one(f"""SELECT {expr} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    print("    raw", v)
    return num(v, rel=rel, floor=floor, nd=nd)


def ev_share(num_cond, tp, start, end, cond="1=1", col="e.ts"):
    n, v = q(f"""SELECT count(*), avg(({num_cond})::int) FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND {_in(col, start, end)} AND ({cond})""")[0]
    print(f"    n={n}")
    return rate(v)


def ev_top(tp, col, start, end, cond="1=1", gap=1.1, measure="count(*)", having="", lowest=False):
    rows = q(f"""SELECT {col}, {measure} v FROM events e WHERE e.touchpoint_id = '{tp}' AND {col} IS NOT NULL
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 {having}
                 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    return top(rows, gap, lowest=lowest)


def ev_month_top(tp, start, end, cond="1=1", gap=1.05):
    return top(q(f"""SELECT strftime(e.ts, '%Y-%m') m, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                     AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC"""), gap)


def pair_rate(num_tp, den_tps, start, end, cond="1=1", by=None, gap=1.1, lowest=False):
    """count(num_tp) / count(den_tps) over events in the period (optionally ranked by a column)."""
    tps = ", ".join(f"'{t}'" for t in den_tps)
    sel = f"count(*) FILTER (WHERE e.touchpoint_id = '{num_tp}') * 1.0 / count(*)"
    if by is None:
        v = one(f"""SELECT {sel} FROM events e WHERE e.touchpoint_id IN ({tps}) AND {_in('e.ts', start, end)}
                    AND ({cond})""")
        return rate(v)
    rows = q(f"""SELECT {by}, {sel} r, count(*) FROM events e WHERE e.touchpoint_id IN ({tps})
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    return top(rows, gap, lowest=lowest)


def cafe_takeup(start, end, by, gap=1.1):
    rows = q(f"""SELECT {by}, count(*) FILTER (WHERE e.touchpoint_id = 'tp_cafe' AND e.action = 'purchase') * 1.0
                        / count(*) FILTER (WHERE e.touchpoint_id = 'tp_arrival') r FROM events e
                 WHERE e.touchpoint_id IN ('tp_cafe', 'tp_arrival') AND {_in('e.ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    return top(rows, gap)


REBOOKED = """(EXISTS (SELECT 1 FROM events r WHERE r.touchpoint_id = 'tp_rebook' AND r.booking_id = e.booking_id
              AND r.ts >= e.ts AND r.ts <= e.ts + INTERVAL 7 DAY))"""


def rebook_share(start, end, cond="1=1"):
    return ev_share(REBOOKED, "tp_weather_cancel", start, end, cond)


def deck_full(start, end, cond="1=1"):
    n, v = q(f"""SELECT count(*), avg((e.action = 'fail')::int) FROM events e WHERE e.touchpoint_id = 'tp_vehicle_add'
                 AND e.sailing_date BETWEEN DATE '{start}' AND DATE '{end}' AND ({cond})""")[0]
    print(f"    n={n}")
    return rate(v)


def vehicle_share_top(col, start, end, gap=1.2):
    rows = q(f"""SELECT {col}, avg((e.vehicle_type IS NOT NULL)::int) r FROM events e
                 WHERE e.touchpoint_id = 'tp_ticket_issued' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY r DESC""")
    return top(rows, gap)


# ---------- orders / customers ----------

PAID = "o.status = 'paid'"
FARES = "o.order_type IN ('ticket', 'vehicle')"


def orders_sum(start, end, cond=PAID, col="o.ts", what="o.amount"):
    return money(one(f"SELECT sum({what}) FROM orders o WHERE {_in(col, start, end)} AND ({cond})"))


def orders_count(start, end, cond=PAID, col="o.ts"):
    return count(one(f"SELECT count(*) FROM orders o WHERE {_in(col, start, end)} AND ({cond})"))


def orders_avg(start, end, cond=PAID, what="o.amount"):
    return num(one(f"SELECT avg({what}) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"), rel=0.005,
               floor=0.05, nd=2)


def orders_top(col, start, end, cond=PAID, gap=1.08, measure="sum(o.amount_cny)"):
    return top(q(f"""SELECT {col}, {measure} v FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})
                     AND {col} IS NOT NULL GROUP BY 1 ORDER BY v DESC"""), gap)


def refund_days(cond, top_col=None, gap=1.3):
    base = f"""FROM orders o WHERE o.status = 'refunded' AND o.order_type = 'ticket' AND ({cond})"""
    expr = "avg(epoch(o.refunded_at - o.refund_requested_at) / 86400.0)"
    if top_col:
        return top(q(f"SELECT {top_col}, {expr} v {base} GROUP BY 1 ORDER BY v DESC"), gap)
    return num(one(f"SELECT {expr} {base}"), rel=0.02, floor=0.1)


def kiosk_share(start, end, cond="1=1"):
    return ev_share("e.booking_channel = 'kiosk'", "tp_ticket_issued", start, end, cond)


def signup_count(start, end):
    return count(one(f"SELECT count(*) FROM customers c WHERE {_in('c.signup_at', start, end)}"))


def signup_top(col, start, end, gap=1.08):
    return top(q(f"""SELECT {col}, count(*) n FROM customers c WHERE {_in('c.signup_at', start, end)}
                     GROUP BY 1 ORDER BY n DESC"""), gap)


# ---------- experiment ----------

def _exp_rates():
    rows = q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_seat_upgrade' AND e.ts >= x.assigned_at
                       AND e.ts <= x.assigned_at + INTERVAL 2 DAY))::int) r, count(*) n
                FROM experiments x GROUP BY 1 ORDER BY r DESC""")
    print("   ", rows)
    return rows


def exp_best(gap=1.3):
    return top(_exp_rates(), gap)


def exp_rate(variant):
    return rate([r[1] for r in _exp_rates() if r[0] == variant][0])


# ---------- feedback ----------

NEG = "f.sentiment = 'negative'"


def fb_count(cond, rel=0.0):
    return count(one(f"SELECT count(*) FROM feedback f WHERE {cond}"), rel)


def fb_ratio(num_cond, cond):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM feedback f WHERE {cond}"))


def fb_avg(col, cond, tol=0.05):
    n, v = q(f"SELECT count(*), avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND ({cond})")[0]
    print(f"    n={n}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_top(col, cond, gap=1.15):
    return top(q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND ({cond})
                     GROUP BY 1 ORDER BY n DESC"""), gap)


def fb_avg_top(col, cond="1=1", lowest=True, min_n=15, gap=0.2):
    rows = q(f"""SELECT {col}, avg(rating) v, count(*) FROM feedback f WHERE rating IS NOT NULL
                 AND {col} IS NOT NULL AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
    assert abs(rows[0][1] - rows[1][1]) > gap, rows
    return dict(top_entity=rows[0][0])


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    print(f"    {len(ids)} ids")
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


ALL = ("2024-10-01", "2026-07-15")
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
SUMMER25 = ("2025-06-01", "2025-09-30")
PRE_AUTO = ("2024-10-01", "2026-01-14")
POST_AUTO = ("2026-01-15", "2026-07-15")
KIOSK_WIN = ("2026-05-11", "2026-06-21")
ZJ = "e.region = 'Zhejiang'"
GR = "e.region = 'Greece'"
BC = "e.region = 'British Columbia'"


def gold() -> dict:
    return {
        # ---- funnels
        "tl01": lambda: conv("online_booking", *Y25),
        "tl02": lambda: top_dropoff("online_booking", *Y25),
        "tl03": lambda: vehicle_to_ticket(*SUMMER25, evc=BC),
        "tl04": lambda: vehicle_to_ticket(*SUMMER25, evc=ZJ),
        "tl05": lambda: conv("sailing_day", *quarter(2025, 3)),
        "tl06": lambda: conv("disruption_recovery", *POST_AUTO),
        "tl07": lambda: conv("disruption_recovery", *PRE_AUTO),
        "tl08": lambda: conv("islander_pass", *Y25, evc=BC),
        # ---- money and volumes
        "tl11": lambda: orders_top('o."地区"', *Y25, cond=f"{PAID} AND {FARES}"),
        "tl12": lambda: orders_sum(*quarter(2025, 3), cond=f"{PAID} AND {FARES} AND o.region = 'Greece'"),
        "tl13": lambda: orders_sum(*month(2025, 10), cond=f"{PAID} AND {FARES} AND o.region = 'Zhejiang'"),
        "tl14": lambda: orders_sum(*H1_26, cond=f"{PAID} AND o.order_type = 'upgrade'", what="o.amount_cny"),
        "tl15": lambda: orders_count(*Y25, cond=f"{PAID} AND o.order_type = 'season_pass'"),
        "tl16": lambda: orders_avg("2025-06-01", "2025-08-31", cond=f"{PAID} AND o.order_type = 'cafe' "
                                   "AND o.route_id = 'GR-PAR'"),
        "tl17": lambda: cafe_takeup(*Y25, 'e."航线"', gap=1.3),
        "tl18": lambda: orders_sum(*Y25, cond="o.status = 'refunded' AND o.refund_reason = 'weather'",
                                   col="o.refunded_at", what="o.amount_cny"),
        "tl19": lambda: kiosk_share(*Y25, cond=GR),
        "tl20": lambda: kiosk_share(*Y25, cond=ZJ),
        "tl21": lambda: ev_month_top("tp_ticket_issued", *Y25, cond=ZJ, gap=1.2),
        "tl22": lambda: orders_count(*Y25, cond=f"{PAID} AND o.order_type = 'cafe'"),
        # ---- weather
        "tl23": lambda: ev_month_top("tp_weather_cancel", *Y25, gap=1.08),
        "tl24": lambda: ev_count("tp_weather_cancel", "2025-09-14", "2025-09-17", cond=ZJ, col="e.sailing_date"),
        "tl25": lambda: ev_agg("avg(e.notice_hours)", "tp_weather_cancel", *PRE_AUTO, cond=ZJ),
        "tl26": lambda: ev_agg("avg(e.notice_hours)", "tp_weather_cancel", *POST_AUTO, cond=ZJ),
        "tl27": lambda: rebook_share(*PRE_AUTO),
        "tl28": lambda: ev_top("tp_weather_cancel", "e.cancel_reason", *ALL, cond=GR, gap=3),
        "tl29": lambda: refund_days("o.refund_reason = 'weather' AND o.region = 'Greece'"),
        "tl30": lambda: refund_days("o.refund_reason = 'weather' AND o.region = 'Zhejiang'"),
        "tl31": lambda: refund_days("1=1", top_col="o.region"),
        # ---- operations
        "tl32": lambda: top(q(f"""SELECT e.route, avg((e.delay_min <= 10)::int) r FROM events e
                                   WHERE e.touchpoint_id = 'tp_arrival' AND {_in('e.ts', *Y25)}
                                   GROUP BY 1 ORDER BY r"""), 1.08, lowest=True),
        "tl33": lambda: ev_agg("avg(e.delay_min)", "tp_arrival", *month(2025, 8), cond="e.route_id = 'GR-PAR'"),
        "tl34": lambda: pair_rate("tp_missed", ["tp_missed", "tp_boarding"], *ALL, by='e."航线"', gap=1.8),
        "tl35": lambda: pair_rate("tp_missed", ["tp_missed", "tp_boarding"], *Y25, cond="e.route_id = 'GR-AEG'"),
        "tl36": lambda: ev_share("e.action = 'fail'", "tp_kiosk", *KIOSK_WIN, cond="e.port = 'Piraeus'"),
        "tl37": lambda: ev_top("tp_kiosk", "e.error_code", *KIOSK_WIN, cond="e.port = 'Piraeus' AND e.action = 'fail'",
                               gap=3),
        "tl38": lambda: ev_share("e.action = 'fail'", "tp_checkin", *month(2025, 11),
                                 cond="e.checkin_mode = 'online' AND e.channel = 'app' AND e.device = 'android'"),
        "tl39": lambda: ev_share("e.action = 'fail'", "tp_checkin", *month(2025, 11),
                                 cond="e.checkin_mode = 'online' AND e.channel = 'app' AND e.device = 'ios'"),
        "tl40": lambda: ev_top("tp_checkin", "e.app_version", *ALL, cond="e.checkin_mode = 'online'",
                               measure="avg((e.action = 'fail')::int)", gap=2.5),
        "tl41": lambda: deck_full(*SUMMER25, cond="e.route_id = 'BC-SSI' AND dayofweek(e.sailing_date) IN (5, 6, 0)"),
        "tl42": lambda: ev_top("tp_vehicle_add", "e.route", *Y25, cond="e.action = 'fail'", gap=2),
        "tl43": lambda: vehicle_share_top('e."地区"', *Y25, gap=1.4),
        # ---- experiment
        "tl44": lambda: exp_best(),
        "tl45": lambda: exp_rate("control"),
        "tl46": lambda: count(one("SELECT count(DISTINCT customer_id) FROM experiments")),
        # ---- islanders and customers
        "tl47": lambda: ev_agg("avg(e.approval_days)", "tp_pass_issued", "2024-10-01", "2026-02-28", cond=BC),
        "tl48": lambda: ev_agg("avg(e.approval_days)", "tp_pass_issued", "2026-03-01", "2026-07-15", cond=BC),
        "tl49": lambda: ev_count("tp_pass_renew", *quarter(2026, 2)),
        "tl50": lambda: count(one("SELECT count(*) FROM customers WHERE segment = 'islander'")),
        "tl51": lambda: fb_top('f."地区"', "f.topic = 'pass_approval_slow'", gap=2),
        "tl52": lambda: signup_count(*quarter(2026, 1)),
        "tl53": lambda: signup_top('c."获客渠道"', *H1_26, gap=1.1),
        "tl54": lambda: ev_count("tp_ad_click", *Y25, cond=ZJ),
        # ---- feedback
        "tl55": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "tl56": lambda: fb_top("f.touchpoint_id", f"{NEG} AND f.region = 'British Columbia'", gap=1.5),
        "tl57": lambda: fb_top("f.touchpoint_id", f"{NEG} AND f.region = 'Zhejiang'", gap=1.3),
        "tl58": lambda: fb_avg_top("f.region", f"f.channel = 'survey' AND {_in('f.ts', '2025-07-01', '2025-08-31')}"),
        "tl59": lambda: fb_ids(f"{NEG} AND f.touchpoint_id = 'tp_cafe' AND f.route_id = 'GR-PAR'"),
        "tl60": lambda: fb_ids(f"f.topic = 'checkin_app_fail' AND {_in('f.ts', *month(2025, 11))}"),
        "tl61": lambda: fb_ids("f.touchpoint_id = 'tp_weather_cancel'"),
        "tl62": lambda: fb_count("f.topic = 'refund_slow'", rel=0.05),
        "tl63": lambda: fb_count("f.ts IS NULL"),
        "tl64": lambda: fb_avg("rating", "f.channel = 'ctrip_review'"),
        "tl65": lambda: fb_avg("nps", f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}", tol=0.1),
        "tl66": lambda: fb_ids("f.topic = 'pass_approval_slow'"),
        # ---- relative periods
        "tl67": lambda: ev_count("tp_ticket_issued", *month(2026, 6)),
        "tl68": lambda: orders_sum(*quarter(2026, 2), cond=f"{PAID} AND o.order_type = 'cafe' "
                                   "AND o.region = 'British Columbia'"),
        "tl69": lambda: ev_count("tp_ticket_issued", "2026-06-01", "2026-06-07"),
        "tl70": lambda: ev_count("tp_pass_renew", "2026-01-01", "2026-07-15"),
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
    missing = []
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                missing.append(it["id"])
            continue
        print(it["id"], it["question"][:110])
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print("   ->", shown)
    print("status-only ok items:", missing)
    langs = [it["lang"] for it in items]
    print(f"{len(items)} items: zh {langs.count('zh')}, en {langs.count('en')}; statuses",
          {s: sum(1 for it in items if it['expect'].get('status') == s) for s in ('ok', 'clarify', 'unsupported')})
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
