"""Gold answers for the 极速 VeloKart go-kart held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period (race_day 14 d,
  online_booking 3 d, pass_upsell 30 d, league 45 d, corporate 60 d, douyin 14 d). Rates are computed twice, with
  later steps allowed after the period end and with every step inside the period; the tolerance covers both unless
  the question names the window reading. Drop-off of a step = 1 - reached next / reached this step; "lost at a
  step" = reached it but not the next one. A funnel "at track X" keeps customers whose first step-1 event in the
  period was at X (later steps anywhere); a funnel "for visitor type X" filters customers;
- session conversion ("browse sessions that booked in the same session") = share of tp_slot_browse events (one per
  session_id) in the period and channel whose session_id also has a tp_booking event;
- per-booking / per-visit figures pair events by `visit_id`: booking -> first race (days), safety briefing -> first
  race (minutes), race k -> race k+1 start to start (minutes); per-enquiry figures pair by `enquiry_id` (enquiry ->
  quote, days). The period (and weekend = Saturday / Sunday) is on the first event of the pair. "Never raced" for a
  booking = no tp_race event with the booking's visit_id (cancelled or no-show). Photo/video attach rate = share of
  visits with an open-session race in the period (by the first race) that have a tp_media event;
- "races" / "race sessions" / 场次 = tp_race events (open sessions and league races); lap figures = best_lap_s of
  tp_race events with timing_status ok (a timing error leaves best_lap_s empty); "timing errors" = tp_race with
  timing_status error; corporate events held = tp_corp_event; passes sold = tp_pass events (one pass_5race order
  each); bookings = tp_booking events; "customers who did X" = distinct customers;
- orders.product_type: race_ticket, pass_5race, photo_video, league_fee, corporate_package. Money / revenue / 收入 =
  sum(amount) of status `paid` by order time (ts); refunded tickets are not revenue; refund amounts = refunded
  race_ticket orders by refunded_at; cancelled corporate packages are not revenue;
- customer attributes (visitor_type and its twin 访客类型, skill_level, age_band, gender, city (Chinese only),
  acquisition_channel) are the state at the end of the data (2026-05-31);
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date; a share "in
  2025" uses dated rows of 2025; survey rating / NPS = channel survey (the post-race survey; marshal ratings =
  survey rows, which carry the visit's marshal);
- zh top-entity golds use the Chinese twin (赛道馆, 访客类型) where one exists, en ones the English value;
- periods are inclusive calendar dates; relative periods resolve against `as_of`.
"""
from __future__ import annotations

import calendar
import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
ALL = ("2024-07-01", "2026-05-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
Q1_25 = ("2025-01-01", "2025-03-31")
Q2_25 = ("2025-04-01", "2025-06-30")
Q3_25 = ("2025-07-01", "2025-09-30")
Q4_25 = ("2025-10-01", "2025-12-31")
Q1_26 = ("2026-01-01", "2026-03-31")
JAN_MAY_26 = ("2026-01-01", "2026-05-31")
SINCE_SEP25 = ("2025-09-01", "2026-05-31")


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
                   CAST(slot_time AS TIMESTAMP) AS slot_time, CAST(race_no AS INTEGER) AS race_no,
                   CAST(best_lap_s AS DOUBLE) AS best_lap_s, CAST(headcount AS INTEGER) AS headcount) FROM events""")
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
    """people reaching each step; `evc1` filters only the step-1 events (e.g. the track of the first event)."""
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
    """`strict`: the question names the window, so only the DATA.md reading (later steps after the period end)."""
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


def by_track_funnel(j, start, end, a=1, b=None, min_n=20, col="e.track"):
    rows = []
    for (tr,) in q(f"SELECT DISTINCT {col} FROM events e WHERE {col} IS NOT NULL"):
        c = funnel(j, start, end, evc1=f"{col} = '{tr}'")
        print("   ", tr, c)
        if c[a - 1] >= min_n:
            rows.append((tr, c[(b or len(c)) - 1] / c[a - 1]))
    return rows


def session_conv(start, end, cond):
    return rate(one(f"""SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM events k WHERE k.session_id = e.session_id
                          AND k.touchpoint_id = 'tp_booking') THEN 1.0 ELSE 0 END)
                        FROM events e WHERE e.touchpoint_id = 'tp_slot_browse' AND {_in('e.ts', start, end)}
                        AND ({cond})"""))


# ---------- per visit / per enquiry ----------
RACE1 = "b.touchpoint_id = 'tp_race' AND b.race_no = 1"
WEEKEND = "dayofweek(a.ts) IN (0, 6)"


def pair(tp_a, b_cond, start, end, value, cond="1=1", key="visit_id"):
    """per visit (or enquiry): the pair (a, b) with a at tp_a and b matching `b_cond` in the same `key`;
    period and `cond` on the tp_a event `a`."""
    return one(f"""SELECT {value} FROM events a JOIN events b ON b.{key} = a.{key} AND ({b_cond})
                   JOIN customers c ON c.customer_id = a.customer_id
                   WHERE a.touchpoint_id = '{tp_a}' AND {_in('a.ts', start, end)} AND ({cond})""")


def mins(agg="median"):
    return f"{agg}(date_diff('second', a.ts, b.ts) / 60.0)"


def days(agg="median"):
    return f"{agg}(date_diff('second', a.ts, b.ts) / 86400.0)"


def share_over(secs):
    return f"avg(CASE WHEN date_diff('second', a.ts, b.ts) > {secs} THEN 1.0 ELSE 0 END)"


def brief_wait(start, end, cond, agg="median"):
    return num(pair("tp_briefing", RACE1, start, end, mins(agg), cond), 0.02, 0.3)


def race_gap(start, end, cond, value):
    return pair("tp_race", "b.touchpoint_id = 'tp_race' AND b.race_no = a.race_no + 1", start, end, value, cond)


def never_raced(start, end, cond):
    return rate(one(f"""SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM events r WHERE r.visit_id = e.visit_id
                          AND r.touchpoint_id = 'tp_race') THEN 0.0 ELSE 1 END)
                        FROM events e WHERE e.touchpoint_id = 'tp_booking' AND {_in('e.ts', start, end)}
                        AND ({cond})"""))


def media_attach(start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM events m WHERE m.visit_id = e.visit_id
                          AND m.touchpoint_id = 'tp_media') THEN 1.0 ELSE 0 END)
                        FROM events e JOIN customers c USING (customer_id)
                        WHERE e.touchpoint_id = 'tp_race' AND e.race_no = 1 AND e.race_type = 'open_session'
                        AND {_in('e.ts', start, end)} AND ({cond})"""))


# ---------- events ----------
def events_at(tp, start, end, cond="1=1"):
    return cnt(one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                       WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp))


def ev_share(num_cond, tp, start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(CASE WHEN {num_cond} THEN 1.0 ELSE 0 END) FROM events e
                        JOIN customers c USING (customer_id)
                        WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp))


def top_events(col, tp, start, end, cond="1=1", gap=1.1, agg="count(*)", lowest=False):
    return top(q(f"""SELECT {col}, {agg} FROM events e JOIN customers c USING (customer_id)
                     WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                     GROUP BY 1""", tp), gap, lowest)


def per_customer(tp, start, end, cond="1=1"):
    return one(f"""SELECT count(*) * 1.0 / count(DISTINCT e.customer_id) FROM events e
                   JOIN customers c USING (customer_id)
                   WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")


def change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', *b)} AND ({cond})")
    print("   change:", x, y)
    return rate(y / x - 1)


def avg_lap(start, end, cond):
    return one(f"""SELECT avg(e.best_lap_s) FROM events e JOIN customers c USING (customer_id)
                   WHERE e.touchpoint_id = 'tp_race' AND e.timing_status = 'ok' AND {_in('e.ts', start, end)}
                   AND ({cond})""")


# ---------- orders ----------
def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    return cnt(v) if agg.startswith("count") else money(v)


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", gap=1.1, min_n=0):
    rows = q(f"""SELECT {col}, {agg}, count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1""")
    print("   orders by:", sorted([(r[0], round(r[1], 1), r[2]) for r in rows], key=lambda r: -r[1])[:6])
    return top([(r[0], r[1]) for r in rows if r[2] >= min_n], gap)


def order_share(start, end, num_cond, base="1=1", agg="o.amount"):
    return rate(one(f"""SELECT sum(CASE WHEN {num_cond} THEN {agg} ELSE 0 END) / sum({agg})
                        FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({base})"""))


def spend_per_customer(start, end, cond="1=1"):
    return money(one(f"""SELECT sum(amount) / count(DISTINCT o.customer_id) FROM orders o
                         JOIN customers c USING (customer_id)
                         WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"""))


def growth(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    print("   growth:", x, y)
    return rate(y / x - 1)


def refunds(start, end):
    return money(one(f"""SELECT sum(amount) FROM orders o WHERE o.status = 'refunded'
                         AND {_in('o.refunded_at', start, end)}"""))


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


PD = "a.track = 'Shanghai Pudong'"
XH = "a.track = 'Shanghai Xuhui'"
WH_STD = "e.track = 'Wuhan Guanggu' AND e.kart_class = 'standard'"


def gold():
    return {
        # ---- funnels
        "kt01": lambda: conv("race_day", *Y25),
        "kt02": lambda: top_lost("race_day", *Q1_26),
        "kt03": lambda: never_raced(*H2_25, "e.booking_source = 'meituan'"),
        "kt04": lambda: never_raced(*H2_25, "e.booking_source = 'mini_program'"),
        "kt05": lambda: session_conv(*month(2025, 10), "e.channel = 'mini_program'"),
        "kt06": lambda: session_conv(*month(2025, 10), "e.channel = 'mini_program' AND e.device = 'android'"),
        "kt07": lambda: conv("corporate", *Y25),
        "kt08": lambda: top(by_track_funnel("corporate", *ALL, min_n=50), 1.1),
        "kt09": lambda: conv("corporate", *ALL, evc1="e.track = 'Shanghai Xuhui'"),
        "kt10": lambda: conv("pass_upsell", *Q4_25),
        "kt11": lambda: conv("pass_upsell", *Q4_25, evc1="e.track = 'Wuhan Guanggu'"),
        "kt12": lambda: conv("douyin", *Y25),
        "kt13": lambda: conv("league", *Y25),
        "kt14": lambda: conv("race_day", *H2_25, a=1, b=2, drop=True),
        # ---- time between steps
        "kt15": lambda: brief_wait(*Q1_26, f"{PD} AND {WEEKEND}"),
        "kt16": lambda: brief_wait(*Q1_26, f"{PD} AND NOT {WEEKEND}"),
        "kt17": lambda: rate(race_gap(*Q1_26, f"{PD} AND {WEEKEND}", share_over(1800))),
        "kt18": lambda: rate(race_gap(*Q1_26, f"{XH} AND {WEEKEND}", share_over(1800))),
        "kt19": lambda: num(pair("tp_corp_enquiry", "b.touchpoint_id = 'tp_corp_quote'", *SINCE_SEP25, days("avg"),
                                 XH, key="enquiry_id"), 0.03, 0.1),
        "kt20": lambda: num(pair("tp_corp_enquiry", "b.touchpoint_id = 'tp_corp_quote'", *Y25, days("median"),
                                 key="enquiry_id"), 0.03, 0.05),
        "kt21": lambda: num(pair("tp_booking", RACE1, *Y25, days("avg")), 0.02, 0.05),
        # ---- per customer
        "kt23": lambda: num(per_customer("tp_race", *Y25, "c.visitor_type = 'enthusiast'"), 0.02, 0.05),
        "kt24": lambda: spend_per_customer(*Y25),
        "kt25": lambda: spend_per_customer(*Y25, "c.visitor_type = 'corporate'"),
        # ---- single values
        "kt27": lambda: events_at("tp_race", *month(2025, 10)),
        "kt28": lambda: events_at("tp_corp_event", *Q4_25),
        "kt29": lambda: orders(*Y25, cond="o.product_type = 'photo_video'"),
        "kt30": lambda: orders(*H1_25),
        "kt31": lambda: refunds(*H2_25),
        "kt32": lambda: events_at("tp_pass", *month(2026, 3)),
        # ---- shares
        "kt33": lambda: order_share(*Y25, "o.product_type = 'corporate_package'"),
        "kt34": lambda: media_attach(*H1_25),
        "kt35": lambda: media_attach(*H2_25),
        "kt36": lambda: ev_share("e.booking_source = 'meituan'", "tp_booking", *Q1_26),
        "kt38": lambda: ev_share("e.timing_status = 'error'", "tp_race", *month(2025, 12),
                                 "e.track = 'Guangzhou Tianhe'"),
        # ---- comparisons
        "kt39": lambda: change("tp_race", Q1_25, Q1_26),
        "kt40": lambda: num(avg_lap(*Q4_25, WH_STD) - avg_lap(*Q2_25, WH_STD), 0.03, 0.1),
        "kt41": lambda: growth(month(2026, 3), month(2026, 4)),
        "kt42": lambda: change("tp_booking", month(2026, 4), month(2026, 5)),
        # ---- trends: one month's / week's value that must appear in the trend table
        "kt43": lambda: num(avg_lap(*month(2025, 10), WH_STD), 0.002, 0.05),
        "kt44": lambda: events_at("tp_race", "2025-12-08", "2025-12-14", "e.track = 'Guangzhou Tianhe'"),
        # ---- rankings
        "kt46": lambda: top_events("e.\"赛道馆\"", "tp_race", *Y25, gap=1.05),
        "kt47": lambda: top_events("e.track", "tp_race", *Q4_25, "e.timing_status = 'error'", gap=2),
        "kt48": lambda: top_fb("f.marshal", "f.channel = 'survey' AND f.rating IS NOT NULL", "avg(f.rating)", 1.04,
                               min_n=30),
        "kt49": lambda: top_orders("o.product_type", *Y25, gap=1.3),
        "kt50": lambda: top_orders("c.acquisition_channel", *Y25, "sum(o.amount) / count(DISTINCT o.customer_id)",
                                   gap=1.1, min_n=100),
        "kt51": lambda: top_fb("f.track", f"t.topic = 'karts_slow' AND {_in('f.ts', *JAN_MAY_26)}", gap=2),
        # ---- extra columns
        "kt52": lambda: conv("race_day", *Y25, cust="c.\"访客类型\" = '发烧友'"),
        "kt53": lambda: events_at("tp_race", *Y25, "c.gender = 'F' AND c.age_band = '18-24'"),
        "kt54": lambda: num(avg_lap(*Y25, "c.skill_level = 'advanced' AND e.track = 'Shanghai Pudong' "
                                          "AND e.kart_class = 'pro'"), 0.002, 0.05),
        "kt56": lambda: events_at("tp_race", "2025-07-01", "2025-08-31", "e.kart_class = 'junior'"),
        "kt57": lambda: orders(*Y25, cond="c.\"访客类型\" = '休闲玩家'"),
        # ---- periods
        "kt58": lambda: events_at("tp_race", "2025-03-03", "2025-03-09"),
        "kt59": lambda: events_at("tp_pass", *month(2026, 4)),
        "kt60": lambda: events_at("tp_booking", "2026-04-06", "2026-04-12"),
        "kt61": lambda: events_at("tp_corp_event", *H2_25),
        # ---- feedback
        "kt64": lambda: topic_count("karts_slow"),
        "kt65": lambda: topic_count("timing_wrong"),
        "kt66": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "kt67": lambda: fb_ratio(NEG, _in("f.ts", *JAN_MAY_26)),
        "kt68": lambda: fb_avg("f.rating", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "kt69": lambda: fb_avg("f.rating", "f.touchpoint_id = 'tp_briefing' AND f.rating IS NOT NULL"),
        "kt70": lambda: fb_ids("t.topic = 'wait_long'"),
        "kt71": lambda: fb_count("f.ts IS NULL"),
        "kt72": lambda: fb_ratio(NEG, "f.track = 'Wuhan Guanggu'"),
        "kt73": lambda: top_fb("f.touchpoint_id", "f.rating IS NOT NULL", "avg(f.rating)", 1.1, lowest=True,
                               min_n=100),
        # ---- why-questions with citations
        "kt77": lambda: fb_ids("f.track = 'Wuhan Guanggu' AND t.topic = 'karts_slow'"),
        "kt78": lambda: fb_ids("f.track = 'Shanghai Pudong' AND t.topic = 'wait_long'"),
        "kt79": lambda: fb_ids("f.track = 'Guangzhou Tianhe' AND t.topic = 'timing_wrong'"),
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
