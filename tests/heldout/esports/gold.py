"""Gold answers for the 竞界 ArenaX esports-hotel held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period (visit 7 d, new_user 30 d,
  after_session 7 d, fault_refund 7 d). Unless the question names the window, rates are computed twice (later steps
  allowed after the period end / every step inside the period) and the tolerance covers both. Drop-off of a step =
  1 - reached next / reached this step; "lost at a step" = reached it but not the next one;
- "same-session" conversion = share of app sessions (distinct session_id with a tp_browse event; the period and the
  device are those of the session's first browse event) that also hold a tp_booking event;
- per-booking figures pair events by `booking_id`: check-in -> session start (minutes), session start -> session end
  (hours, extensions included), PC fault -> refund (hours, refunded bookings only); the period is on the first event
  of the pair; "sessions" / 上机 = tp_session_start events (one per booking that was played), attributes (venue,
  booking_type, pc_tier) are the event's own columns; "bookings" = tp_booking events (one per booking);
- a booking is a no-show when it has neither a check-in nor a cancellation; "extended" = the booking has a tp_extend
  event (night packages cannot be extended, the question excludes them); "with snacks" = at least one
  tp_snack_order event on the booking;
- orders.product_type: hourly_seat, night_package, private_room (the booking fee), extension, snack, topup.
  Money / revenue / 收入 / 消费 = sum(amount) of status `paid` by order time (ts); "booking fees" = the three booking
  product types; cancelled and refunded orders are not money;
- customer attributes (player_type / 玩家类型, tier / 会员等级, age_band, home_city, favourite_game) are the state at
  the end of the data; "per customer" averages divide by the customers who had at least one matching row;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date; a share "in
  2025" uses dated rows of 2025; "in-app rating" = channel in_app_rating; the step of a comment = its touchpoint_id;
- zh top-entity golds use the Chinese twin (门店, 玩家类型) where one exists, en ones the English value;
- periods are inclusive calendar dates; relative periods resolve against `as_of`; weeks run Monday..Sunday.
"""
from __future__ import annotations

import calendar
import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
Q2_25 = ("2025-04-01", "2025-06-30")
Q3_25 = ("2025-07-01", "2025-09-30")
Q4_25 = ("2025-10-01", "2025-12-31")
Q4_24 = ("2024-10-01", "2024-12-31")
Q1_26 = ("2026-01-01", "2026-03-31")
Q2_26 = ("2026-04-01", "2026-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
BOOKING_FEES = "o.product_type IN ('hourly_seat', 'night_package', 'private_room')"


def month(y, m):
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    for t, casts in (("customers", "CAST(signup_at AS TIMESTAMP) AS signup_at"),
                     ("events", "CAST(ts AS TIMESTAMP) AS ts, CAST(hours_booked AS DOUBLE) AS hours_booked"),
                     ("orders", "CAST(ts AS TIMESTAMP) AS ts, CAST(amount AS DOUBLE) AS amount"),
                     ("feedback", "CAST(ts AS TIMESTAMP) AS ts, CAST(rating AS DOUBLE) AS rating")):
        CON.execute(f"""CREATE TABLE {t} AS SELECT * REPLACE ({casts})
                        FROM read_csv_auto('{data / (t + '.csv')}', header=true, all_varchar=true)""")
    CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}')")


def q(sql, *p):
    return CON.execute(sql, list(p)).fetchall()


def one(sql, *p):
    return q(sql, *p)[0][0]


def _in(col, start, end):
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def cnt(v):
    return dict(value=int(v), tolerance=0.5)


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.01, abs(v) * 0.001), 2))


def num(v, rel=0.03, floor=0.05):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


def cover(d, *alts):
    """widen a value's tolerance to cover alternative readings."""
    for a in alts:
        d["tolerance"] = round(max(d["tolerance"], abs(float(a) - d["value"]) + 0.005), 4)
    return d


def top(rows, gap=1.1, lowest=False):
    rows = sorted(rows, key=lambda r: r[1], reverse=not lowest)
    print("   ranking:", [(r[0], round(float(r[1]), 3)) for r in rows[:4]])
    a, b = rows[0][1], rows[1][1]
    assert (a > b * gap) if not lowest else (a * gap < b), rows[:4]
    return dict(top_entity=rows[0][0])


# ---------- funnels ----------
def _steps(j):
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY CAST(step AS INT)", j)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(j, start, end, cust="1=1", bounded=False, evc1="1=1"):
    """people reaching each step; `cust` filters customers, `evc1` the first step-1 event (e.g. its venue)."""
    steps, win = _steps(j)
    lim = f"AND e.ts < DATE '{end}' + INTERVAL 1 DAY" if bounded else ""
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE s1 AS
                    SELECT e.customer_id, min(e.ts) t1 FROM events e JOIN customers c USING (customer_id)
                    WHERE ({cust}) AND e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} GROUP BY 1""")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r AS SELECT s1.customer_id, s1.t1, s1.t1 AS t FROM s1
                    WHERE EXISTS (SELECT 1 FROM events e WHERE e.customer_id = s1.customer_id AND e.ts = s1.t1
                                  AND e.touchpoint_id = '{steps[0]}' AND ({evc1}))""")
    out = [one("SELECT count(*) FROM r")]
    for tp in steps[1:]:
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r AS SELECT r.customer_id, r.t1, min(e.ts) AS t FROM r
                        JOIN events e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}' AND e.ts > r.t
                        AND e.ts <= r.t1 + INTERVAL {win} DAY {lim} GROUP BY 1, 2""")
        out.append(one("SELECT count(*) FROM r"))
    return out


def conv(j, start, end, a=1, b=None, drop=False, cust="1=1", evc1="1=1", strict=False):
    """`strict`: the question names the window, so only the DATA.md reading (later steps after the period end)."""
    vals = []
    for bounded in ((False,) if strict else (False, True)):
        c = funnel(j, start, end, cust, bounded, evc1)
        r = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    print("   funnel:", funnel(j, start, end, cust, False, evc1))
    return cover(rate(vals[0]), *vals[1:])


def top_lost(j, start, end, gap=1.1):
    """checked under both readings of the period end."""
    steps, _ = _steps(j)
    res = [top([(steps[i], c[i] - c[i + 1]) for i in range(len(c) - 1)], gap)
           for c in (funnel(j, start, end), funnel(j, start, end, bounded=True))]
    assert res[0] == res[1], res
    return res[0]


def session_conv(start, end, cond="1=1"):
    return rate(one(f"""WITH s AS (SELECT session_id, arg_min(device, ts) device, min(ts) ts FROM events
                                   WHERE touchpoint_id = 'tp_browse' AND session_id IS NOT NULL GROUP BY 1)
                        SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM events k WHERE k.session_id = s.session_id
                                   AND k.touchpoint_id = 'tp_booking') THEN 1.0 ELSE 0 END)
                        FROM s WHERE {_in('s.ts', start, end)} AND ({cond})"""))


def session_conv_by(start, end, col="s.device"):
    return q(f"""WITH s AS (SELECT session_id, arg_min(device, ts) device, min(ts) ts FROM events
                            WHERE touchpoint_id = 'tp_browse' AND session_id IS NOT NULL GROUP BY 1)
                 SELECT {col}, avg(CASE WHEN EXISTS (SELECT 1 FROM events k WHERE k.session_id = s.session_id
                            AND k.touchpoint_id = 'tp_booking') THEN 1.0 ELSE 0 END)
                 FROM s WHERE {_in('s.ts', start, end)} GROUP BY 1""")


# ---------- per booking ----------
def pair(tp_a, tp_b, start, end, agg="avg", unit=60.0, cond="1=1", value=None):
    """per booking: time from tp_a to tp_b (same booking_id); period and `cond` on the tp_a event `a`."""
    expr = value or f"{agg}(date_diff('second', a.ts, b.ts) / {unit})"
    return one(f"""SELECT {expr} FROM events a JOIN events b ON b.booking_id = a.booking_id
                   AND b.touchpoint_id = '{tp_b}' JOIN customers c ON c.customer_id = a.customer_id
                   WHERE a.touchpoint_id = '{tp_a}' AND {_in('a.ts', start, end)} AND ({cond})""")


def wait_min(start, end, cond="1=1", agg="median"):
    return num(pair("tp_checkin", "tp_session_start", start, end, agg, 60.0, cond), 0.03, 0.2)


def wait_share(start, end, cond, minutes):
    return rate(pair("tp_checkin", "tp_session_start", start, end, cond=cond,
                     value=f"avg(CASE WHEN date_diff('second', a.ts, b.ts) > {minutes * 60} THEN 1.0 ELSE 0 END)"))


def top_wait(start, end, gap=1.2, col='a."门店"'):
    return top(q(f"""SELECT {col}, avg(date_diff('second', a.ts, b.ts) / 60) FROM events a JOIN events b
                     ON b.booking_id = a.booking_id AND b.touchpoint_id = 'tp_session_start'
                     WHERE a.touchpoint_id = 'tp_checkin' AND {_in('a.ts', start, end)} GROUP BY 1"""), gap)


def has(tp, start, end, cond="1=1", base="tp_session_start"):
    """share of `base` events (sessions / bookings) in the period whose booking also has a `tp` event."""
    return one(f"""SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM events x WHERE x.booking_id = e.booking_id
                                AND x.touchpoint_id = '{tp}') THEN 1.0 ELSE 0 END)
                   FROM events e WHERE e.touchpoint_id = '{base}' AND {_in('e.ts', start, end)} AND ({cond})""")


def no_show(start, end):
    sql = f"""SELECT avg(CASE WHEN NOT EXISTS (SELECT 1 FROM events x WHERE x.booking_id = e.booking_id
                               AND x.touchpoint_id IN ('tp_checkin', 'tp_cancel')) THEN 1.0 ELSE 0 END)
              FROM events e WHERE e.touchpoint_id = 'tp_booking' AND {_in('e.ts', start, end)}"""
    a = one(sql)
    b = one(sql.replace("WHERE e.touchpoint_id", """WHERE NOT EXISTS (SELECT 1 FROM events y
              WHERE y.booking_id = e.booking_id AND y.touchpoint_id = 'tp_cancel') AND e.touchpoint_id"""))
    return cover(rate(a), b)


# ---------- events ----------
def events_at(tp, start, end, cond="1=1"):
    return cnt(one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                       WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp))


def top_events(col, tp, start, end, cond="1=1", gap=1.1):
    return top(q(f"""SELECT {col}, count(*) FROM events e JOIN customers c USING (customer_id)
                     WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                     GROUP BY 1""", tp), gap)


def per_customer(tp, start, end, cond="1=1"):
    return num(one(f"""SELECT count(*) * 1.0 / count(DISTINCT e.customer_id) FROM events e
                       JOIN customers c USING (customer_id)
                       WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""), 0.02, 0.05)


def change_events(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', *b)} AND ({cond})")
    print(f"   {x} -> {y}")
    return rate(y / x - 1)


def ev_avg(expr, tp, start, end, cond="1=1"):
    return num(one(f"""SELECT avg({expr}) FROM events e JOIN customers c USING (customer_id)
                       WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""), 0.01, 0.03)


# ---------- orders ----------
def orders(start, end, cond="1=1", agg="sum(o.amount)"):
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return cnt(v) if agg.startswith("count") else money(v)


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", gap=1.1, min_n=1):
    rows = q(f"""SELECT {col}, {agg}, count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1""")
    print("   all groups:", sorted([(r[0], round(float(r[1]), 1), r[2]) for r in rows], key=lambda r: -r[1])[:6])
    return top([(r[0], r[1]) for r in rows if r[2] >= min_n], gap)


def order_share(start, end, num_cond, cond="1=1"):
    return rate(one(f"""SELECT sum(CASE WHEN {num_cond} THEN o.amount ELSE 0 END) / sum(o.amount)
                        FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"""))


def spend_per_customer(start, end, cond="1=1"):
    return money(one(f"""SELECT sum(amount) / count(DISTINCT o.customer_id) FROM orders o
                         JOIN customers c USING (customer_id)
                         WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"""))


def growth(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return rate(y / x - 1)


def refund_share(start, end):
    sql = f"""SELECT avg(CASE WHEN o.status = 'refunded' AND o.refund_reason = 'pc_fault' THEN 1.0 ELSE 0 END)
              FROM orders o WHERE {BOOKING_FEES} AND {_in('o.ts', start, end)}"""
    return cover(rate(one(sql), 0.003), one(sql + " AND o.status <> 'cancelled'"))


# ---------- feedback ----------
FB = "feedback f JOIN truth t USING (feedback_id) LEFT JOIN customers c USING (customer_id)"
NEG = "t.sentiment = 'negative'"


def topic_count(topic, cond="1=1"):
    v = one(f"SELECT count(*) FROM {FB} WHERE t.topic = '{topic}' AND ({cond})")
    return dict(value=int(v), tolerance=round(max(1.0, v * 0.05), 1))


def fb_count(cond):
    return cnt(one(f"SELECT count(*) FROM {FB} WHERE {cond}"))


def fb_ratio(num_cond, cond="1=1", tol=0.01):
    return rate(one(f"SELECT avg(CASE WHEN {num_cond} THEN 1.0 ELSE 0 END) FROM {FB} WHERE {cond}"), tol)


def fb_avg(col, cond, tol=0.05):
    return dict(value=round(float(one(f"SELECT avg({col}) FROM {FB} WHERE {cond}")), 3), tolerance=tol)


def top_fb(col, cond, agg="count(*)", gap=1.2, lowest=False, min_n=1):
    rows = q(f"SELECT {col}, {agg}, count(*) FROM {FB} WHERE ({cond}) AND {col} IS NOT NULL GROUP BY 1")
    print("   all groups:", sorted([(r[0], round(float(r[1]), 3), r[2]) for r in rows], key=lambda r: r[1],
                                   reverse=not lowest))
    return top([(r[0], r[1]) for r in rows if r[2] >= min_n], gap, lowest)


def fb_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM {FB} WHERE {cond} ORDER BY 1")])


CD1 = "e.venue = 'Chengdu Tianfu 3rd St'"
WH1 = "a.venue = 'Wuhan Optics Valley'"


def gold():
    return {
        # ---- funnels and conversion
        "es01": lambda: conv("visit", *Y25),
        "es02": lambda: top_lost("visit", *Q2_26),
        "es03": lambda: session_conv(*month(2025, 12), "s.device = 'android'"),
        "es04": lambda: session_conv(*month(2025, 12), "s.device = 'ios'"),
        "es05": lambda: session_conv(*month(2025, 10), "s.device = 'android'"),
        "es06": lambda: top(session_conv_by("2025-11-01", "2026-01-31"), 1.2, lowest=True),
        "es07": lambda: conv("new_user", *H2_25, a=1, b=3, strict=True),
        "es08": lambda: no_show(*Y25),
        "es09": lambda: conv("after_session", *Y25, a=1, b=2, strict=True),
        "es10": lambda: conv("after_session", *Y25, a=2, b=3),
        "es11": lambda: conv("fault_refund", *Y25, strict=True),
        # ---- time between steps
        "es12": lambda: wait_min(*month(2026, 4), WH1),
        "es13": lambda: wait_min(*month(2026, 4), "a.venue = 'Chengdu Yulin'"),
        "es14": lambda: wait_share(*Q2_26, WH1, 10),
        "es15": lambda: top_wait(*H1_26),
        "es16": lambda: num(pair("tp_session_start", "tp_session_end", *H2_25, "avg", 3600.0,
                                 "a.booking_type = 'hourly_seat'"), 0.01, 0.03),
        "es17": lambda: num(pair("tp_pc_fault", "tp_refund", *Y25, "median", 3600.0), 0.04, 0.1),
        # ---- per customer
        "es18": lambda: spend_per_customer(*Y25, "c.player_type = 'streamer'"),
        "es19": lambda: spend_per_customer(*Y25, "c.player_type = 'team'"),
        "es20": lambda: per_customer("tp_session_start", *Y25, "c.player_type = 'regular'"),
        "es21": lambda: spend_per_customer(*Y25, "o.product_type = 'topup'"),
        # ---- single values and shares
        "es22": lambda: events_at("tp_session_start", *month(2025, 10)),
        "es23": lambda: events_at("tp_session_start", *Q3_25, "e.venue = 'Xi''an Xiaozhai'"),
        "es24": lambda: events_at("tp_session_start", *Q3_25, "e.venue = 'Wuhan Optics Valley'"),
        "es25": lambda: orders(*H2_25, "o.product_type = 'snack'"),
        "es26": lambda: order_share(*Y25, "o.product_type = 'night_package'", BOOKING_FEES),
        "es27": lambda: rate(has("tp_snack_order", *Y25)),
        "es28": lambda: rate(has("tp_extend", *Q4_25, f"{CD1} AND e.booking_type <> 'night_package'")),
        "es29": lambda: rate(has("tp_extend", *Q2_25, f"{CD1} AND e.booking_type <> 'night_package'")),
        "es30": lambda: refund_share(*Y25),   # tolerance widened only by the reading without cancellations
        # ---- comparisons
        "es31": lambda: growth(Q2_25, Q2_26, BOOKING_FEES),
        "es32": lambda: change_events("tp_session_start", month(2026, 4), month(2026, 5)),
        "es33": lambda: orders(*Y25, "o.product_type = 'snack' AND o.venue = 'Shanghai Jing''an Temple'",
                               "avg(o.amount)"),
        "es34": lambda: orders(*Y25, "o.product_type = 'snack' AND o.venue = 'Shanghai Wujiaochang'", "avg(o.amount)"),
        "es35": lambda: change_events("tp_pc_fault", Q4_24, Q4_25, CD1),
        # ---- trends: one month's / week's value that must appear in the trend table
        "es36": lambda: session_conv(*month(2026, 1), "s.device = 'android'"),
        "es37": lambda: events_at("tp_session_start", "2026-03-09", "2026-03-15", "e.venue = 'Wuhan Optics Valley'"),
        "es38": lambda: orders(*month(2025, 12), "o.product_type = 'topup'"),
        # ---- rankings
        "es39": lambda: top_fb("f.venue", "t.topic = 'pc_lag'", gap=1.5),
        "es40": lambda: top_fb('f."门店"', "f.rating IS NOT NULL", "avg(f.rating)", 1.05, min_n=100),
        "es41": lambda: top_fb("f.venue", "f.rating IS NOT NULL AND f.booking_type = 'private_room'", "avg(f.rating)",
                               1.05, lowest=True, min_n=30),
        "es42": lambda: top_orders("c.favourite_game", *Y25, "sum(o.amount) / count(DISTINCT o.customer_id)",
                                   "o.product_type = 'topup'", 1.2, min_n=50),
        "es43": lambda: top_orders("o.product_type", *H1_25, cond=BOOKING_FEES, gap=1.5),
        "es44": lambda: top_orders('o."门店"', *Y25, "avg(o.amount)", "o.product_type = 'snack'", 1.4),
        "es45": lambda: top_orders("c.player_type", *Y25, "sum(o.amount) / count(DISTINCT o.customer_id)", gap=1.3),
        # ---- extra columns
        "es46": lambda: conv("visit", *Y25, a=1, b=4, cust="c.\"玩家类型\" = '战队'"),
        "es47": lambda: events_at("tp_session_start", *Y25, "e.booking_type = 'night_package' AND e.pc_tier = 'elite'"),
        "es48": lambda: events_at("tp_session_start", *Y25, "c.age_band = '18-22' AND c.home_city = '成都'"),
        "es49": lambda: orders(*Y25, "o.product_type = 'topup' AND c.\"会员等级\" = '钻石'"),
        "es50": lambda: ev_avg("e.hours_booked", "tp_booking", *Y25,
                               "e.booking_type = 'private_room' AND c.player_type = 'team'"),
        # ---- periods
        "es51": lambda: events_at("tp_session_start", "2025-03-03", "2025-03-09"),
        "es52": lambda: events_at("tp_booking", *month(2026, 6)),
        "es53": lambda: events_at("tp_install", *Q1_26),
        "es54": lambda: events_at("tp_session_start", *H2_25, "e.\"门店\" = '光谷店'"),
        # ---- feedback
        "es56": lambda: topic_count("pc_lag"),
        "es57": lambda: topic_count("dirty_keyboard"),
        "es58": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "es59": lambda: fb_ratio(NEG, _in("f.ts", *H1_26)),
        "es60": lambda: fb_avg("f.rating", f"f.channel = 'in_app_rating' AND {_in('f.ts', *Y25)}"),
        "es61": lambda: top_fb("f.touchpoint_id", "f.rating IS NOT NULL", "avg(f.rating)", 1.1, lowest=True,
                               min_n=50),
        "es62": lambda: fb_ids("t.topic = 'staff_good'"),
        "es63": lambda: fb_ids("t.topic = 'snack_expensive'"),
        "es64": lambda: fb_count("f.ts IS NULL"),
        "es65": lambda: fb_ratio(NEG, "f.venue = 'Chengdu Tianfu 3rd St'"),
        "es66": lambda: fb_avg("f.rating", f"f.touchpoint_id = 'tp_checkin' AND f.venue = 'Wuhan Optics Valley' "
                                           f"AND {_in('f.ts', *Q2_26)}", 0.08),
        # ---- why-questions with citations
        "es70": lambda: fb_ids("t.topic = 'pc_lag' AND f.venue = 'Chengdu Tianfu 3rd St'"),
        "es71": lambda: fb_ids("t.topic = 'app_bug'"),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert not set(checks) - set(ids), sorted(set(checks) - set(ids))
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            print(it["id"], it["question"][:70], exp)
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:70], shown)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
