"""Gold answers for the 全中 StrikeZone bowling held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period (lane_booking 14 d,
  online_search 3 d, card_upsell 30 d, corporate 60 d, meituan 14 d). Rates are computed twice, with later steps
  allowed after the period end and with every step inside the period; the tolerance covers both unless the question
  names the window reading. Drop-off of a step = 1 - reached next / reached this step; "lost at a step" = reached it
  but not the next one. A funnel "at venue X" keeps customers whose first step-1 event in the period was at X (later
  steps anywhere); a funnel "for guest type X" filters customers; "users" / "people" / 人 = distinct customers;
- session conversion ("look-ups that booked in the same session") = share of tp_lane_search events (one per
  session_id) in the period and channel whose session_id also has a tp_booking event;
- per-booking / per-visit figures pair events by `visit_id` (check-in -> game 1 in minutes, cancellation -> deposit
  refund in days); lane-side food pairs tp_fnb_order -> tp_fnb_served by `fnb_ticket` (minutes); per-enquiry
  figures pair by `lead_id`. The period (and weekend = Saturday / Sunday) is on the first event of the pair.
  No-show = a tp_booking whose visit has a tp_deposit, no tp_cancel and no tp_checkin (denominator: bookings with a
  deposit and no cancellation, as the questions say). Food & drink attach rate = share of check-ins (visits) in the
  period whose visit has at least one tp_fnb_order;
- "games" / 局 = tp_game events (one per game on the booked lane); "visits" / 到店 / check-ins = tp_checkin events
  (walk-ins included, they check in too); "online bookings" = tp_booking events (mini program, app, Meituan,
  Dianping); corporate events held = tp_corp_event; game cards sold = tp_game_card events (one game_card order
  each); pinsetter jams = tp_game rows with pinsetter_jam = yes; student-Tuesday shares use the check-in's weekday;
- orders.product_type: deposit, lane_fee, shoe_rental, food_drink, game_card, league_fee, corporate_package (twin
  品类). Money / revenue / 营收 = sum(amount) of status `paid` by order time (ts): deposits of no-shows stay paid
  (forfeited) and are revenue, refunded deposits are not; deposit refunds = refunded deposit orders by refunded_at;
  cancelled corporate packages are not revenue; "paying customer" = distinct customer with a paid order in the
  period;
- customer attributes (guest_type and its twin 客群, tier and its twin 会员等级, age_band, gender, city (Chinese only),
  acquisition_channel) are the state at the end of the data (2026-06-30);
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date; a share "in
  2025" uses dated rows of 2025; post-visit survey = channel survey;
- zh top-entity golds use the Chinese twin (门店) where one exists, en ones the English value;
- periods are inclusive calendar dates; relative periods resolve against `as_of`; weeks run Monday..Sunday.
"""
from __future__ import annotations

import calendar
import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
ALL = ("2024-09-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
Q1_25 = ("2025-01-01", "2025-03-31")
Q2_25 = ("2025-04-01", "2025-06-30")
Q3_25 = ("2025-07-01", "2025-09-30")
Q4_25 = ("2025-10-01", "2025-12-31")
Q1_26 = ("2026-01-01", "2026-03-31")
H1_26 = ("2026-01-01", "2026-06-30")


def month(y, m):
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    for t in ("customers", "events", "orders", "feedback"):
        CON.execute(f"""CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true,
                        all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE events AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts,
                   CAST(game_no AS INTEGER) AS game_no, CAST(score AS INTEGER) AS score) FROM events""")
    CON.execute("""CREATE OR REPLACE TABLE orders AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts,
                   CAST(amount AS DOUBLE) AS amount, CAST(refunded_at AS TIMESTAMP) AS refunded_at) FROM orders""")
    CON.execute("""CREATE OR REPLACE TABLE feedback AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts,
                   CAST(rating AS DOUBLE) AS rating, CAST(nps AS DOUBLE) AS nps) FROM feedback""")
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
    print("   top:", [(r[0], round(float(r[1]), 4)) for r in rows[:4]])
    a, b = rows[0][1], rows[1][1]
    assert (a > b * gap) if not lowest else (a * gap < b), rows[:4]
    return dict(top_entity=rows[0][0])


# ---------- funnels ----------
def _steps(j):
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", j)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(j, start, end, cust="1=1", bounded=False, evc1="1=1"):
    """people reaching each step; `evc1` filters the first step-1 event (e.g. its venue)."""
    steps, win = _steps(j)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) " \
         f"WHERE ({cust})"
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE f1 AS SELECT customer_id, min(ts) t1 FROM events e
                    JOIN customers c USING (customer_id) WHERE ({cust}) AND touchpoint_id = '{steps[0]}'
                    AND {_in('ts', start, end)} GROUP BY 1""")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT f1.customer_id, f1.t1, f1.t1 t FROM f1
                    WHERE EXISTS (SELECT 1 FROM events e WHERE e.customer_id = f1.customer_id AND e.ts = f1.t1
                    AND e.touchpoint_id = '{steps[0]}' AND ({evc1}))""")
    out = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) t FROM r{k-1} r
                        JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}' AND e.ts > r.t
                        AND e.ts <= r.t1 + INTERVAL {win} DAY GROUP BY 1, 2""")
        out.append(one(f"SELECT count(*) FROM r{k}"))
    return out


def conv(j, start, end, a=1, b=None, drop=False, cust="1=1", evc1="1=1", strict=False):
    vals = []
    for bounded in ((False,) if strict else (False, True)):
        c = funnel(j, start, end, cust, bounded, evc1)
        r = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    spread = abs(vals[-1] - vals[0])
    print("   funnel:", funnel(j, start, end, cust, False, evc1))
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, spread + 0.005), 4))


def top_lost(j, start, end, gap=1.1):
    steps, _ = _steps(j)
    c = funnel(j, start, end)
    return top([(steps[i], c[i] - c[i + 1]) for i in range(len(c) - 1)], gap)


def by_venue_funnel(j, start, end, a=1, b=None, min_n=20):
    rows = []
    for (v,) in q("SELECT DISTINCT venue FROM events WHERE venue IS NOT NULL"):
        vq = v.replace("'", "''")
        c = funnel(j, start, end, evc1=f"e.venue = '{vq}'")
        print("   ", v, c)
        if c[a - 1] >= min_n:
            rows.append((v, c[(b or len(c)) - 1] / c[a - 1]))
    return rows


def session_conv(start, end, cond):
    return rate(one(f"""SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM events k WHERE k.session_id = e.session_id
                          AND k.touchpoint_id = 'tp_booking') THEN 1.0 ELSE 0 END)
                        FROM events e WHERE e.touchpoint_id = 'tp_lane_search' AND {_in('e.ts', start, end)}
                        AND ({cond})"""))


def no_show(start, end, cond):
    return rate(one(f"""SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM events k WHERE k.visit_id = e.visit_id
                          AND k.touchpoint_id = 'tp_checkin') THEN 0.0 ELSE 1 END)
                        FROM events e WHERE e.touchpoint_id = 'tp_booking' AND {_in('e.ts', start, end)}
                        AND ({cond})
                        AND EXISTS (SELECT 1 FROM events k WHERE k.visit_id = e.visit_id AND k.touchpoint_id = 'tp_deposit')
                        AND NOT EXISTS (SELECT 1 FROM events k WHERE k.visit_id = e.visit_id
                                        AND k.touchpoint_id = 'tp_cancel')"""))


# ---------- pairs of steps ----------
def pair(tp_a, b_cond, start, end, value, cond="1=1", key="visit_id"):
    return one(f"""SELECT {value} FROM events a JOIN events b ON b.{key} = a.{key} AND ({b_cond})
                   JOIN customers c ON c.customer_id = a.customer_id
                   WHERE a.touchpoint_id = '{tp_a}' AND {_in('a.ts', start, end)} AND ({cond})""")


def mins(agg="median"):
    return f"{agg}(date_diff('second', a.ts, b.ts) / 60.0)"


def days(agg="median"):
    return f"{agg}(date_diff('second', a.ts, b.ts) / 86400.0)"


def share_over(secs):
    return f"avg(CASE WHEN date_diff('second', a.ts, b.ts) > {secs} THEN 1.0 ELSE 0 END)"


SERVED = "b.touchpoint_id = 'tp_fnb_served'"
GAME1 = "b.touchpoint_id = 'tp_game' AND b.game_no = 1"
WEEKEND = "dayofweek(a.ts) IN (0, 6)"


def serve(start, end, cond, value):
    return pair("tp_fnb_order", SERVED, start, end, value, cond, key="fnb_ticket")


def fnb_attach(start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM events m WHERE m.visit_id = e.visit_id
                          AND m.touchpoint_id = 'tp_fnb_order') THEN 1.0 ELSE 0 END)
                        FROM events e JOIN customers c USING (customer_id)
                        WHERE e.touchpoint_id = 'tp_checkin' AND {_in('e.ts', start, end)} AND ({cond})"""))


# ---------- events ----------
def n_events(tp, start, end, cond="1=1"):
    return one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                   WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp)


def events_at(tp, start, end, cond="1=1"):
    return cnt(n_events(tp, start, end, cond))


def ev_share(num_cond, tp, start, end, cond="1=1"):
    return one(f"""SELECT avg(CASE WHEN {num_cond} THEN 1.0 ELSE 0 END) FROM events e
                   JOIN customers c USING (customer_id)
                   WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp)


def top_events(col, tp, start, end, cond="1=1", gap=1.1, agg="count(*)", lowest=False):
    return top(q(f"""SELECT {col}, {agg} FROM events e JOIN customers c USING (customer_id)
                     WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                     GROUP BY 1""", tp), gap, lowest)


def per_customer(tp, start, end, cond="1=1"):
    return one(f"""SELECT count(*) * 1.0 / count(DISTINCT e.customer_id) FROM events e
                   JOIN customers c USING (customer_id)
                   WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")


def change(tp, a, b, cond="1=1"):
    x, y = n_events(tp, *a, cond), n_events(tp, *b, cond)
    print("   change:", x, y)
    return rate(y / x - 1)


JAM = "e.pinsetter_jam = 'yes'"


def jam_rate(start, end, cond):
    return ev_share(JAM, "tp_game", start, end, cond)


# ---------- orders ----------
def revenue(start, end, cond="1=1"):
    return one(f"""SELECT sum(o.amount) FROM orders o JOIN customers c USING (customer_id)
                   WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", gap=1.1, min_n=0):
    rows = q(f"""SELECT {col}, {agg}, count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1""")
    print("   orders by:", sorted([(r[0], round(r[1], 1), r[2]) for r in rows], key=lambda r: -r[1])[:7])
    return top([(r[0], r[1]) for r in rows if r[2] >= min_n], gap)


def order_share(start, end, num_cond):
    return rate(one(f"""SELECT sum(CASE WHEN {num_cond} THEN o.amount ELSE 0 END) / sum(o.amount)
                        FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}"""))


def spend_per_customer(start, end, cond="1=1"):
    return money(one(f"""SELECT sum(amount) / count(DISTINCT o.customer_id) FROM orders o
                         JOIN customers c USING (customer_id)
                         WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"""))


def growth(a, b):
    x, y = revenue(*a), revenue(*b)
    print("   growth:", x, y)
    return rate(y / x - 1)


def deposit_refunds(start, end):
    return money(one(f"""SELECT sum(amount) FROM orders o WHERE o.status = 'refunded'
                         AND o.product_type = 'deposit' AND {_in('o.refunded_at', start, end)}"""))


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
    print("   top_fb:", sorted(rows, key=lambda r: r[1], reverse=not lowest)[:5])
    return top([(r[0], r[1]) for r in rows if r[2] >= min_n], gap, lowest)


def fb_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM {FB} WHERE {cond} ORDER BY 1")])


NS, WJ, JA = "'Shenzhen Nanshan'", "'Beijing Wangjing'", "'Shanghai Jing''an'"


def gold():
    return {
        # ---- funnels
        "bw01": lambda: conv("lane_booking", *Y25),
        "bw02": lambda: top_lost("lane_booking", *Q1_26),
        "bw03": lambda: no_show(*H2_25, "e.booking_source = 'meituan'"),
        "bw04": lambda: no_show(*H2_25, "e.booking_source = 'mini_program'"),
        "bw05": lambda: session_conv(*month(2025, 10), "e.channel = 'mini_program'"),
        "bw06": lambda: session_conv(*month(2025, 10), "e.channel = 'mini_program' AND e.device = 'ios'"),
        "bw07": lambda: conv("corporate", *Y25),
        "bw08": lambda: top(by_venue_funnel("corporate", *ALL, min_n=40), 1.05),
        "bw09": lambda: conv("corporate", *ALL, evc1="e.venue = 'Chengdu Chunxi Road'"),
        "bw10": lambda: conv("card_upsell", *H2_25),
        "bw11": lambda: conv("card_upsell", *H2_25, evc1=f"e.venue = {WJ}"),
        "bw12": lambda: conv("meituan", *Y25),
        # ---- time between steps
        "bw14": lambda: num(serve(*Q1_26, f"a.venue = {NS}", mins("median")), 0.02, 0.3),
        "bw15": lambda: num(serve(*Q3_25, f"a.venue = {NS}", mins("median")), 0.02, 0.3),
        "bw16": lambda: rate(serve(*Q1_26, f"a.venue = {NS}", share_over(1200))),
        "bw17": lambda: rate(serve(*Q1_26, f"a.venue <> {NS}", share_over(1200))),
        "bw18": lambda: num(pair("tp_cancel", "b.touchpoint_id = 'tp_deposit_refund'", *Y25, days("avg"),
                                 "a.booking_source = 'meituan'"), 0.03, 0.1),
        "bw19": lambda: num(pair("tp_checkin", GAME1, *Y25, mins("median"), WEEKEND), 0.02, 0.3),
        # ---- per customer
        "bw21": lambda: num(per_customer("tp_game", *Y25, "c.guest_type = 'student'"), 0.02, 0.05),
        "bw22": lambda: spend_per_customer(*Y25),
        "bw23": lambda: spend_per_customer(*Y25, "c.guest_type = 'corporate'"),
        "bw24": lambda: num(per_customer("tp_checkin", *Y25, "c.guest_type = 'family'"), 0.02, 0.03),
        # ---- single values
        "bw25": lambda: events_at("tp_game", *month(2025, 10)),
        "bw26": lambda: events_at("tp_corp_event", *Q4_25),
        "bw27": lambda: money(revenue(*Y25, "o.product_type = 'food_drink'")),
        "bw28": lambda: money(revenue(*H1_25)),
        "bw29": lambda: deposit_refunds(*H2_25),
        "bw30": lambda: events_at("tp_league_join", *Y25),
        # ---- shares
        "bw31": lambda: order_share(*Y25, "o.product_type = 'corporate_package'"),
        "bw32": lambda: fnb_attach(*H1_25),
        "bw33": lambda: fnb_attach(*H1_26, f"e.venue = {NS}"),
        "bw34": lambda: rate(ev_share("e.booking_source = 'meituan'", "tp_booking", *Q1_26)),
        "bw35": lambda: rate(jam_rate(*month(2025, 12), f"e.venue = {WJ}")),
        # ---- comparisons
        "bw37": lambda: change("tp_game", Q1_25, Q1_26),
        "bw38": lambda: rate(jam_rate(*Q4_25, f"e.venue = {WJ}") - jam_rate(*Q2_25, f"e.venue = {WJ}")),
        "bw39": lambda: growth(month(2026, 4), month(2026, 5)),
        "bw41": lambda: rate(ev_share("dayofweek(e.ts) = 2", "tp_checkin", *Q4_25, "c.guest_type = 'student'")),
        "bw42": lambda: rate(ev_share("dayofweek(e.ts) = 2", "tp_checkin", *Q2_25, "c.guest_type = 'student'")),
        # ---- trends: one month's / week's value that must appear in the trend table
        "bw43": lambda: events_at("tp_game_card", *month(2025, 12)),
        "bw44": lambda: num(serve(*month(2025, 12), f"a.venue = {NS}", mins("avg")), 0.01, 0.2),
        "bw45": lambda: events_at("tp_checkin", "2026-03-09", "2026-03-15", f"e.venue = {JA}"),
        # ---- rankings
        "bw46": lambda: top_events("e.\"门店\"", "tp_game", *Y25, gap=1.05),
        "bw47": lambda: top_events("e.venue", "tp_game", *Q4_25, JAM, gap=2),
        "bw48": lambda: top_events("e.lane", "tp_game", *H2_25, f"{JAM} AND e.venue = {WJ}", gap=1.2),
        "bw49": lambda: top_orders("o.product_type", *Y25, gap=1.3),
        "bw50": lambda: top_orders("c.acquisition_channel", *Y25, "sum(o.amount) / count(DISTINCT o.customer_id)",
                                   gap=1.1, min_n=100),
        "bw51": lambda: top_fb("f.\"门店\"", f"t.topic = 'lane_broken' AND {_in('f.ts', *H1_26)}", gap=2),
        # ---- extra columns
        "bw53": lambda: conv("lane_booking", *Y25, cust="c.\"客群\" = '学生'"),
        "bw54": lambda: events_at("tp_game", *Y25, "c.gender = 'F' AND c.age_band = '18-24'"),
        "bw55": lambda: money(revenue(*Y25, "c.\"会员等级\" = '银卡'")),
        "bw56": lambda: events_at("tp_checkin", *H1_26, f"e.venue = {JA} AND e.time_slot = 'late_night'"),
        "bw57": lambda: events_at("tp_checkin", "2025-07-01", "2025-08-31", "c.\"客群\" = '家庭亲子'"),
        "bw58": lambda: money(revenue(*Y25, "o.product_type = 'food_drink' AND c.city = '深圳'")),
        # ---- periods
        "bw59": lambda: events_at("tp_game", "2025-03-03", "2025-03-09"),
        "bw60": lambda: events_at("tp_game_card", *month(2026, 4)),
        "bw61": lambda: events_at("tp_booking", "2026-04-06", "2026-04-12"),
        "bw62": lambda: events_at("tp_corp_event", *H2_25),
        "bw64": lambda: events_at("tp_checkin", "2025-10-01", "2025-10-07"),
        # ---- feedback
        "bw65": lambda: topic_count("lane_broken"),
        "bw66": lambda: topic_count("music_loud"),
        "bw67": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "bw68": lambda: fb_ratio(NEG, _in("f.ts", *H1_26)),
        "bw69": lambda: fb_avg("f.rating", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "bw71": lambda: fb_ids("t.topic = 'food_slow'"),
        "bw72": lambda: fb_count("f.ts IS NULL"),
        "bw74": lambda: fb_ratio(NEG, f"f.venue = {JA} AND {_in('f.ts', *H1_26)}"),
        # ---- why-questions with citations
        "bw78": lambda: fb_ids(f"f.venue = {WJ} AND t.topic = 'lane_broken'"),
        "bw79": lambda: fb_ids(f"f.venue = {NS} AND t.topic = 'food_slow'"),
        "bw80": lambda: fb_ids(f"f.venue = {JA} AND t.topic = 'music_loud'"),
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
