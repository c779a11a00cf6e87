"""Gold answers for the 绿茵 GreenLinks golf-club held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period (tee_booking 30 d,
  membership 60 d, renewal 45 d, rainout_refund 30 d). Rates are computed twice, with later steps allowed after the
  period end and with every step inside the period; the tolerance covers both. Drop-off of a step = 1 - reached
  next / reached this step; "lost at a step" = reached it but not the next one. A funnel "at club X" keeps
  customers whose first step-1 event in the period was at X (later steps anywhere);
- session conversion ("browse sessions that paid a deposit in the same session") = share of tp_browse events (one per
  session_id) in the period and channel (events.channel) whose session_id also has a tp_booking event;
- per-booking figures pair events by `booking_id`: check-in -> tee-off wait (minutes), tee-off -> round finished
  (hours, `holes` = 18 unless said), rain-out -> refund (days; only refunded bookings for times, all rain-outs for
  the cash-refund share); the period is on the first event of the pair; weekend = Saturday / Sunday of that date;
- "rounds (played / finished)" = tp_round_end events (one per booking); "players who did X" = distinct customers;
  deposits = tp_booking events (one deposit order each); rain-outs = tp_rainout events (one per booking);
- orders.product_type: green_fee (payment_stage deposit / balance), caddie_fee, cart_rental, fnb, pro_shop,
  membership (membership_action new / renewal), cancellation_fee. Money / revenue / 收入 = sum(amount) of status
  `paid` by order time (ts); refunded deposits are not revenue; refund amounts use refunded_at;
- customer attributes (player_type and its twin 球员类型, handicap_band, home_city, gender, age_band,
  acquisition_channel) are the state at the end of the data (2026-06-30); "members" = player_type member (the
  per-member round average also accepts rate_type = member on the round, the tolerance covers both);
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date; a share "in
  2025" uses dated rows of 2025; survey rating / NPS = channel survey; caddie ratings = survey rows (they carry the
  round's caddie);
- zh top-entity golds use the Chinese twin (球会, 球员类型) where one exists, en ones the English value;
- periods are inclusive calendar dates; relative periods resolve against `as_of`.
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
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26 = ("2026-01-01", "2026-03-31")
Q1_25 = ("2025-01-01", "2025-03-31")
Q3_25 = ("2025-07-01", "2025-09-30")
Q4_25 = ("2025-10-01", "2025-12-31")
Q2_25 = ("2025-04-01", "2025-06-30")
Q2_26 = ("2026-04-01", "2026-06-30")
H1_25 = ("2025-01-01", "2025-06-30")
RENEW = ("2025-11-01", "2026-04-30")


def month(y, m):
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    all_varchar=true)""")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE events AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts,
                   CAST(tee_time AS TIMESTAMP) AS tee_time, CAST(holes AS INTEGER) AS holes,
                   CAST(players AS INTEGER) AS players) FROM events""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE orders AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts,
                   CAST(amount AS DOUBLE) AS amount, CAST(refunded_at AS TIMESTAMP) AS refunded_at) FROM orders""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    all_varchar=true)""")
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
    a, b = rows[0][1], rows[1][1]
    assert (a > b * gap) if not lowest else (a * gap < b), rows[:4]
    return dict(top_entity=rows[0][0])


# ---------- funnels ----------
def _steps(j):
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", j)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(j, start, end, cust="1=1", bounded=False, evc1="1=1"):
    """people reaching each step; `evc1` filters only the step-1 events (e.g. the club of the first event)."""
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
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, spread + 0.005), 4))


def top_lost(j, start, end, gap=1.1):
    steps, _ = _steps(j)
    c = funnel(j, start, end)
    return top([(steps[i], c[i] - c[i + 1]) for i in range(len(c) - 1)], gap)


def by_club_funnel(j, start, end, a=1, b=None, min_n=20, col="e.club"):
    rows = []
    for (club,) in q(f"SELECT DISTINCT {col} FROM events e WHERE {col} IS NOT NULL"):
        c = funnel(j, start, end, evc1=f"{col} = '{club}'")
        if c[a - 1] >= min_n:
            rows.append((club, c[(b or len(c)) - 1] / c[a - 1]))
    return rows


def session_conv(start, end, cond):
    return rate(one(f"""SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM events k WHERE k.session_id = e.session_id
                          AND k.touchpoint_id = 'tp_booking') THEN 1.0 ELSE 0 END)
                        FROM events e WHERE e.touchpoint_id = 'tp_browse' AND {_in('e.ts', start, end)}
                        AND ({cond})"""))


def session_conv_by(start, end, col="e.channel"):
    return q(f"""SELECT {col}, avg(CASE WHEN EXISTS (SELECT 1 FROM events k WHERE k.session_id = e.session_id
                   AND k.touchpoint_id = 'tp_booking') THEN 1.0 ELSE 0 END)
                 FROM events e WHERE e.touchpoint_id = 'tp_browse' AND {_in('e.ts', start, end)} GROUP BY 1""")


# ---------- per booking ----------
def pair(tp_a, tp_b, start, end, agg="avg", unit=60.0, cond="1=1", value=None):
    """per booking: time from tp_a to tp_b (same booking_id); period and `cond` on the tp_a event `a`."""
    expr = value or f"{agg}(date_diff('second', a.ts, b.ts) / {unit})"
    return one(f"""SELECT {expr} FROM events a JOIN events b ON b.booking_id = a.booking_id
                   AND b.touchpoint_id = '{tp_b}' JOIN customers c ON c.customer_id = a.customer_id
                   WHERE a.touchpoint_id = '{tp_a}' AND {_in('a.ts', start, end)} AND ({cond})""")


def round_hours(start, end, cond="1=1", agg="median"):
    return num(pair("tp_tee_off", "tp_round_end", start, end, agg, 3600.0, f"a.holes = 18 AND ({cond})"), 0.01, 0.03)


def slow_share(start, end, cond="1=1", hours=5):
    return rate(pair("tp_tee_off", "tp_round_end", start, end, cond=f"a.holes = 18 AND ({cond})",
                     value=f"avg(CASE WHEN date_diff('second', a.ts, b.ts) > {hours * 3600} THEN 1.0 ELSE 0 END)"))


def wait_min(start, end, cond="1=1", agg="avg"):
    return num(pair("tp_checkin", "tp_tee_off", start, end, agg, 60.0, cond), 0.02, 0.5)


def top_wait(start, end, gap=1.1, col="a.\"球会\""):
    return top(q(f"""SELECT {col}, avg(date_diff('second', a.ts, b.ts) / 60) FROM events a JOIN events b
                     ON b.booking_id = a.booking_id AND b.touchpoint_id = 'tp_tee_off'
                     WHERE a.touchpoint_id = 'tp_checkin' AND {_in('a.ts', start, end)} GROUP BY 1"""), gap)


def refund_days(start, end, channel, agg="median"):
    return num(pair("tp_rainout", "tp_refund", start, end, agg, 86400.0, f"a.booking_channel = '{channel}'"),
               0.04, 0.1)


def cash_refund_share(start, end):
    return rate(one(f"""SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM events b WHERE b.booking_id = a.booking_id
                          AND b.touchpoint_id = 'tp_refund') THEN 1.0 ELSE 0 END) FROM events a
                        WHERE a.touchpoint_id = 'tp_rainout' AND {_in('a.ts', start, end)}"""))


def inquiry_to_signed(agg="avg"):
    v = one(f"""WITH s AS (SELECT customer_id, min(ts) ts FROM events WHERE touchpoint_id = 'tp_member_signed'
                           GROUP BY 1),
                i AS (SELECT s.customer_id, min(e.ts) ti, s.ts FROM s JOIN events e ON e.customer_id = s.customer_id
                      AND e.touchpoint_id = 'tp_member_inquiry' AND e.ts < s.ts GROUP BY 1, 3)
                SELECT {agg}(date_diff('second', ti, ts) / 86400.0) FROM i""")
    return num(v, 0.03, 0.3)


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
    return rate(y / x - 1)


# ---------- orders ----------
def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    return cnt(v) if agg.startswith("count") else money(v)


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", gap=1.1):
    return top(q(f"""SELECT {col}, {agg} FROM orders o JOIN customers c USING (customer_id)
                     WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1"""), gap)


def order_share(start, end, num_cond):
    return rate(one(f"""SELECT sum(CASE WHEN {num_cond} THEN o.amount ELSE 0 END) / sum(o.amount)
                        FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}"""))


def spend_per_customer(start, end, cond="1=1"):
    return money(one(f"""SELECT sum(amount) / count(DISTINCT o.customer_id) FROM orders o
                         JOIN customers c USING (customer_id)
                         WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"""))


def growth(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return rate(y / x - 1)


def cart_share(start, end):
    return rate(one(f"""SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM orders o WHERE o.booking_id = e.booking_id
                          AND o.product_type = 'cart_rental' AND o.status = 'paid') THEN 1.0 ELSE 0 END)
                        FROM events e WHERE e.touchpoint_id = 'tp_round_end' AND {_in('e.ts', start, end)}"""))


def city_fnb(start, end, min_n=100, gap=1.05):
    rows = q(f"""SELECT c.home_city, sum(o.amount) / count(DISTINCT o.customer_id), count(DISTINCT o.customer_id)
                 FROM orders o JOIN customers c USING (customer_id) WHERE o.status = 'paid'
                 AND o.product_type = 'fnb' AND {_in('o.ts', start, end)} GROUP BY 1""")
    print("   city fnb:", sorted(rows, key=lambda r: -r[1])[:5])
    return top([(r[0], r[1]) for r in rows if r[2] >= min_n], gap)


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
    print("   top_fb:", sorted(rows, key=lambda r: r[1], reverse=not lowest)[:4])
    return top([(r[0], r[1]) for r in rows if r[2] >= min_n], gap, lowest)


def fb_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM {FB} WHERE {cond} ORDER BY 1")])


SZ = "e.club IN ('Guanlan', 'Xili')"
WEEKEND = "dayofweek(a.ts) IN (0, 6)"


def members_rounds():
    a = per_customer("tp_round_end", *Y25, "c.player_type = 'member'")
    b = per_customer("tp_round_end", *Y25, "e.rate_type = 'member'")
    return cover(num(a, 0.02, 0.1), b)


def gold():
    return {
        # ---- tee-time booking funnel
        "gf01": lambda: conv("tee_booking", *Y25),
        "gf02": lambda: top_lost("tee_booking", *Q1_26),
        "gf03": lambda: conv("tee_booking", *Q1_26, a=2, b=5),
        "gf04": lambda: conv("tee_booking", *Q1_25, a=2, b=5),
        "gf05": lambda: session_conv(*Q1_26, "e.channel = 'mini_program'"),
        "gf06": lambda: session_conv(*Q1_26, "e.channel = 'app'"),
        "gf07": lambda: session_conv(*Q1_26, "e.channel = 'app' AND e.device = 'android'"),
        "gf08": lambda: top(session_conv_by(*H2_25), 1.2, lowest=True),
        # ---- membership, renewal, rain-out refunds
        "gf09": lambda: conv("membership", *ALL),
        "gf10": lambda: top(by_club_funnel("membership", *ALL, a=1, b=3, min_n=50, col="e.\"球会\""), 1.1),
        "gf11": lambda: conv("renewal", *RENEW, strict=True),
        "gf12": lambda: conv("renewal", *RENEW, evc1="e.club = 'Guanlan'", strict=True),
        "gf13": lambda: top(by_club_funnel("renewal", *RENEW, min_n=20), 1.3, lowest=True),
        "gf14": lambda: cash_refund_share(*Y25),
        # ---- time between steps
        "gf15": lambda: round_hours(*H2_25),
        "gf16": lambda: slow_share(*Q1_26, "a.club = 'Guanlan'", 4.5),
        "gf17": lambda: slow_share(*Q1_26, "a.club = 'Sheshan'", 4.5),
        "gf18": lambda: wait_min(*Q4_25, f"a.club = 'Guanlan' AND {WEEKEND}"),
        "gf19": lambda: top_wait(*H1_26, 1.2),
        "gf20": lambda: refund_days(*Y25, "phone"),
        "gf21": lambda: refund_days(*Y25, "app"),
        "gf22": lambda: inquiry_to_signed(),
        # ---- per customer
        "gf24": members_rounds,
        "gf25": lambda: spend_per_customer(*Y25, "c.player_type = 'corporate'"),
        # ---- single values, shares
        "gf28": lambda: events_at("tp_round_end", *month(2025, 10)),
        "gf30": lambda: events_at("tp_round_end", *Q3_25, "e.club = 'Yangzonghai'"),
        "gf31": lambda: events_at("tp_round_end", *Q3_25, "e.club = 'Dianchi'"),
        "gf32": lambda: orders(*H2_25, cond="o.product_type = 'green_fee'"),
        "gf33": lambda: order_share(*Y25, "o.product_type = 'membership'"),
        "gf34": lambda: ev_share("e.holes = 9", "tp_round_end", *Y25),
        "gf35": lambda: cart_share(*Y25),
        "gf37": lambda: events_at("tp_rainout", *month(2025, 9), SZ),
        # ---- comparisons
        "gf39": lambda: growth(Q2_25, Q2_26, "o.product_type = 'green_fee'"),
        "gf40": lambda: change("tp_round_end", month(2026, 4), month(2026, 5)),
        "gf41": lambda: round_hours(*H1_26, f"a.club = 'Guanlan' AND {WEEKEND}"),
        "gf42": lambda: round_hours(*H1_26, f"a.club = 'Guanlan' AND NOT {WEEKEND}"),
        "gf43": lambda: session_conv(*month(2025, 12), "e.channel = 'mini_program'"),
        "gf44": lambda: session_conv(*month(2025, 9), "e.channel = 'mini_program'"),
        # ---- trends: the value of one month / week that must appear in the trend table
        "gf88": lambda: session_conv(*month(2025, 10), "e.channel = 'mini_program'"),
        "gf89": lambda: events_at("tp_round_end", "2026-03-02", "2026-03-08", "e.club = 'Guanlan'"),
        # ---- rankings
        "gf45": lambda: top_fb("f.caddie", "f.channel = 'survey' AND f.rating IS NOT NULL", "avg(f.rating)", 1.1,
                               lowest=True, min_n=20),
        "gf46": lambda: top_fb("f.caddie", "t.topic = 'caddie_bad'", gap=2),
        "gf47": lambda: city_fnb(*Y25),
        "gf48": lambda: top_events("e.club", "tp_rainout", *Y25, gap=1.1),
        "gf49": lambda: top_orders("o.product_type", *H1_25, gap=1.3),
        "gf50": lambda: top_orders("o.\"球会\"", *Y25, agg="avg(o.amount)", cond="o.product_type = 'fnb'", gap=1.4),
        # ---- extra columns
        "gf53": lambda: conv("tee_booking", *Y25, cust="c.handicap_band = '0-9'"),
        "gf54": lambda: conv("tee_booking", *Y25, a=2, b=5, cust="c.\"球员类型\" = '散客'"),
        "gf55": lambda: events_at("tp_round_end", *Y25, "c.gender = 'F' AND c.age_band = '50-59'"),
        "gf56": lambda: events_at("tp_round_end", *Y25, "c.home_city = '香港'"),
        "gf58": lambda: num(one(f"""SELECT avg(e.players) FROM events e JOIN customers c USING (customer_id)
                                   WHERE e.touchpoint_id = 'tp_booking' AND c.player_type = 'corporate'
                                   AND {_in('e.ts', *Y25)}"""), 0.01, 0.03),
        # ---- periods
        "gf59": lambda: events_at("tp_round_end", "2025-03-03", "2025-03-09"),
        "gf60": lambda: events_at("tp_booking", *month(2026, 6)),
        "gf61": lambda: events_at("tp_round_end", "2026-05-04", "2026-05-10", "e.club = 'Guanlan'"),
        "gf62": lambda: events_at("tp_member_signed", *Q1_26),
        # ---- feedback
        "gf64": lambda: topic_count("slow_play"),
        "gf65": lambda: topic_count("rain_refund"),
        "gf66": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "gf67": lambda: fb_ratio(NEG, _in("f.ts", *H1_26)),
        "gf68": lambda: fb_avg("f.rating", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "gf69": lambda: top_fb("f.touchpoint_id", "f.rating IS NOT NULL", "avg(f.rating)", 1.1, lowest=True,
                               min_n=50),
        "gf70": lambda: fb_avg("f.nps", f"f.channel = 'survey' AND f.nps IS NOT NULL AND {_in('f.ts', *H1_26)}", 0.1),
        "gf71": lambda: fb_ids("t.topic = 'caddie_bad'"),
        "gf72": lambda: fb_ids("t.topic = 'fnb_expensive'"),
        "gf73": lambda: fb_count("f.ts IS NULL"),
        "gf74": lambda: fb_ratio(NEG, "f.club = 'Guanlan'"),
        # ---- why-questions with citations
        "gf78": lambda: fb_ids("f.club = 'Guanlan' AND t.topic IN ('slow_play', 'tee_wait')"),
        "gf79": lambda: fb_ids("t.topic = 'booking_issue'"),
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
