"""Gold answers for the 冰纷 IceSpark ice-rink held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period (first_skate 14 d, douyin
  14 d, school 30 d, lesson_path 60 d, member_upsell 30 d). Rates are computed twice, with later steps allowed after
  the period end and with every step inside the period; the tolerance covers both, unless the question says that
  later steps after the period count (ik03, ik04, ik07: unbounded reading only). Drop-off of a step = 1 - reached
  next / reached this step; "lost at a step" = reached it but not the next one. A funnel "for Android sign-ups" /
  "at rink X" keeps customers whose first step-1 event in the period was on that device / at that rink (later steps
  anywhere); "users" / "people" / 人 = distinct customers;
- per-booking figures pair events by `booking_id`: a no-show is a tp_slot_booking (booking time in the period) with
  no tp_gate_checkin of the same booking, among bookings that we did not close (no tp_session_closed); closure ->
  refund days pair tp_session_closed -> tp_refund by booking_id (period on the closure);
- per-package figures pair by `package_id`: days from tp_lesson_pkg_buy (new packages, not tp_pkg_renewal) to the
  first tp_level_test with result = pass of the same package, only packages with such a pass (as the questions say);
- "check-ins" / 入场人次 = tp_gate_checkin events; "lessons attended" = tp_lesson events; "level tests" / 考级 =
  tp_level_test events (pass rate = result pass / tests); "bookings" = tp_slot_booking events; memberships sold =
  tp_membership events (one membership order each); own skates / size swaps use the columns on the check-in /
  rental / test event; "on the ice with more than N people" uses crowd_count on tp_session_skate (per skater visit);
- orders.product_type: session_ticket, group_lesson_pkg, private_lesson_pkg (renewals included, is_renewal yes),
  skate_rental, membership, level_test_fee (twin 品类). Money / revenue / 营收 = sum(amount) of status `paid` by
  order time; refunds for closed sessions = status `refunded` ticket orders by `refunded_at`; "paying customer" =
  distinct customer with a paid order in the period;
- customer attributes (skater_type and its twin 学员类型, tier and its twin 会员等级, city (Chinese only),
  acquisition_channel, school_name) are the state at the end of the data (2026-05-31);
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date; a share or a
  count "in 2025" uses dated rows of 2025; "2026" = dated rows 2026-01-01 .. 2026-05-31; average rating by journey
  step groups feedback.touchpoint_id;
- zh top-entity golds use the Chinese twin (冰场, 品类) where one exists, en ones the English value; coaches by
  coach_name (English) / 教练 (Chinese);
- periods are inclusive calendar dates; relative periods resolve against `as_of`; weeks run Monday..Sunday.
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
Q4_25 = ("2025-10-01", "2025-12-31")
Q1_26 = ("2026-01-01", "2026-03-31")
Y26 = ("2026-01-01", "2026-05-31")
WINTER = ("2025-12-01", "2026-02-28")


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
                   CAST(crowd_count AS INTEGER) AS crowd_count, CAST(amount AS DOUBLE) AS amount,
                   CAST(rating AS DOUBLE) AS rating) FROM events""")
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
    """people reaching each step; `evc1` filters the first step-1 event in the period (its device, rink)."""
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
    """strict: the question says later steps may fall after the period end (unbounded reading only)."""
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


def no_show(start, end, cond):
    return rate(one(f"""SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM events k WHERE k.booking_id = e.booking_id
                          AND k.touchpoint_id = 'tp_gate_checkin') THEN 0.0 ELSE 1 END)
                        FROM events e WHERE e.touchpoint_id = 'tp_slot_booking' AND {_in('e.ts', start, end)}
                        AND ({cond}) AND NOT EXISTS (SELECT 1 FROM events k WHERE k.booking_id = e.booking_id
                                                     AND k.touchpoint_id = 'tp_session_closed')"""))


# ---------- pairs of steps ----------
def pkg_to_pass(start, end, kind, value):
    return one(f"""WITH p AS (SELECT a.package_id, date_diff('second', a.ts, min(b.ts)) / 86400.0 d
                              FROM events a JOIN events b ON b.package_id = a.package_id
                              AND b.touchpoint_id = 'tp_level_test' AND b.result = 'pass'
                              WHERE a.touchpoint_id = 'tp_lesson_pkg_buy' AND a.package_type = '{kind}'
                              AND {_in('a.ts', start, end)} GROUP BY a.package_id, a.ts)
                   SELECT {value} FROM p""")


def close_to_refund(start, end, cond, agg="avg"):
    return one(f"""SELECT {agg}(date_diff('second', a.ts, b.ts) / 86400.0) FROM events a JOIN events b
                   ON b.booking_id = a.booking_id AND b.touchpoint_id = 'tp_refund'
                   WHERE a.touchpoint_id = 'tp_session_closed' AND {_in('a.ts', start, end)} AND ({cond})""")


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


def top_events(col, tp, start, end, cond="1=1", gap=1.1, agg="count(*)", lowest=False, min_n=0):
    rows = q(f"""SELECT {col}, {agg}, count(*) FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                 GROUP BY 1""", tp)
    print("   by:", sorted([(r[0], round(float(r[1]), 4), r[2]) for r in rows], key=lambda r: -r[1])[:8])
    return top([(r[0], r[1]) for r in rows if r[2] >= min_n], gap, lowest)


def per_customer(tp, start, end, cond="1=1"):
    return one(f"""SELECT count(*) * 1.0 / count(DISTINCT e.customer_id) FROM events e
                   JOIN customers c USING (customer_id)
                   WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")


def change(tp, a, b, cond="1=1"):
    x, y = n_events(tp, *a, cond), n_events(tp, *b, cond)
    print("   change:", x, y)
    return rate(y / x - 1)


PASS = "e.result = 'pass'"


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


def closure_refunds(start, end):
    return money(one(f"""SELECT sum(amount) FROM orders o WHERE o.status = 'refunded'
                         AND o.refund_reason = 'session_closed' AND {_in('o.refunded_at', start, end)}"""))


def n_members(start, end, mtype):
    return events_at("tp_membership", start, end, f"e.membership_type = '{mtype}'")


# ---------- feedback ----------
FB = "feedback f JOIN truth t USING (feedback_id) LEFT JOIN customers c USING (customer_id)"
NEG = "t.sentiment = 'negative'"


def topic_count(topic, cond="1=1"):
    v = one(f"SELECT count(*) FROM {FB} WHERE t.topic = '{topic}' AND ({cond})")
    return dict(value=int(v), tolerance=round(max(1.0, v * 0.05), 1))


def fb_count(cond):
    return cnt(one(f"SELECT count(*) FROM {FB} WHERE {cond}"))


def fb_ratio_v(num_cond, cond="1=1"):
    return one(f"SELECT avg(CASE WHEN {num_cond} THEN 1.0 ELSE 0 END) FROM {FB} WHERE {cond}")


def fb_ratio(num_cond, cond="1=1", tol=0.01):
    return rate(fb_ratio_v(num_cond, cond), tol)


def fb_avg(col, cond, tol=0.05):
    return dict(value=round(float(one(f"SELECT avg({col}) FROM {FB} WHERE {cond}")), 3), tolerance=tol)


def top_fb(col, cond, agg="count(*)", gap=1.2, lowest=False, min_n=1):
    rows = q(f"SELECT {col}, {agg}, count({'f.rating' if 'rating' in agg else '*'}) FROM {FB} "
             f"WHERE ({cond}) AND {col} IS NOT NULL GROUP BY 1")
    print("   top_fb:", sorted(rows, key=lambda r: r[1], reverse=not lowest)[:6])
    return top([(r[0], r[1]) for r in rows if r[2] >= min_n], gap, lowest)


def fb_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM {FB} WHERE {cond} ORDER BY 1")])


XJH, HD, FT, QT = "'Shanghai Xujiahui'", "'Beijing Haidian'", "'Shenzhen Futian'", "'Shanghai Qiantan'"


def gold():
    return {
        # ---- funnels
        "ik01": lambda: conv("first_skate", *Y25),
        "ik02": lambda: top_lost("first_skate", *Q4_25),
        "ik03": lambda: conv("first_skate", *month(2026, 4), 1, 2, evc1="e.device = 'android'", strict=True),
        "ik04": lambda: conv("first_skate", *month(2026, 4), 1, 2, evc1="e.device = 'ios'", strict=True),
        "ik05": lambda: conv("school", "2025-11-01", "2026-02-28"),
        "ik06": lambda: conv("douyin", *Y25),
        "ik07": lambda: conv("lesson_path", *H1_25, strict=True),
        "ik08": lambda: conv("member_upsell", *WINTER),
        "ik09": lambda: conv("member_upsell", *WINTER, evc1=f"e.rink = {XJH}"),
        "ik10": lambda: no_show(*Q1_26, "e.booking_source = 'douyin'"),
        "ik11": lambda: no_show(*Q1_26, "e.booking_source = 'app'"),
        # ---- time between steps
        "ik12": lambda: num(pkg_to_pass(*Y25, "private_10", "median(d)"), 0.02, 0.3),
        "ik13": lambda: num(pkg_to_pass(*Y25, "group_10", "median(d)"), 0.02, 0.3),
        "ik14": lambda: rate(pkg_to_pass(*Y25, "group_10", "avg(CASE WHEN d > 60 THEN 1.0 ELSE 0 END)")),
        "ik15": lambda: num(close_to_refund(*month(2026, 1), f"a.rink = {HD}"), 0.03, 0.1),
        # ---- per customer
        "ik17": lambda: num(per_customer("tp_gate_checkin", *Y25, "c.skater_type = 'figure_club'"), 0.02, 0.05),
        "ik18": lambda: spend_per_customer(*Y25),
        "ik19": lambda: spend_per_customer(*Y25, "c.skater_type = 'adult_beginner'"),
        # ---- single values
        "ik21": lambda: events_at("tp_gate_checkin", *month(2025, 10)),
        "ik22": lambda: n_members(*Q4_25, "annual_pass"),
        "ik23": lambda: money(revenue(*Y25, "o.product_type = 'private_lesson_pkg'")),
        "ik24": lambda: money(revenue(*H1_25)),
        "ik25": lambda: closure_refunds(*Q1_26),
        # ---- shares
        "ik27": lambda: order_share(*Y25, "o.product_type IN ('group_lesson_pkg', 'private_lesson_pkg')"),
        "ik28": lambda: rate(ev_share("e.own_skates = 'yes'", "tp_gate_checkin", *Y25)),
        "ik29": lambda: rate(ev_share(PASS, "tp_level_test", *Y25)),
        "ik30": lambda: rate(ev_share(PASS, "tp_level_test", *Y25, f"e.rink = {FT} AND e.own_skates = 'no'")),
        "ik31": lambda: rate(ev_share(PASS, "tp_level_test", *Y25, f"e.rink = {FT} AND e.own_skates = 'yes'")),
        "ik32": lambda: rate(ev_share("e.booking_source = 'douyin'", "tp_slot_booking", *Q1_26)),
        "ik33": lambda: rate(ev_share("e.size_swap = 'yes'", "tp_skate_rental", *Q4_25, f"e.rink = {FT}")),
        # ---- comparisons
        "ik34": lambda: change("tp_gate_checkin", Q1_25, Q1_26),
        "ik35": lambda: growth(month(2026, 4), month(2026, 5)),
        "ik36": lambda: rate(fb_ratio_v(NEG, f"f.rink = {XJH} AND {_in('f.ts', *Y26)}")
                             - fb_ratio_v(NEG, f"f.rink = {XJH} AND {_in('f.ts', *H1_25)}")),
        "ik37": lambda: rate(ev_share("e.crowd_count > 150", "tp_session_skate", *month(2025, 12),
                                      f"e.rink = {XJH} AND dayofweek(e.ts) IN (0, 6)")),
        # ---- trends: one month's / week's value that must appear in the trend table
        "ik38": lambda: n_members(*month(2025, 11), "annual_pass"),
        "ik39": lambda: events_at("tp_gate_checkin", "2026-01-12", "2026-01-18", f"e.rink = {HD}"),
        "ik40": lambda: closure_refunds(*month(2026, 1)),
        # ---- rankings
        "ik41": lambda: top_events("e.\"冰场\"", "tp_gate_checkin", *Y25, gap=1.05),
        "ik42": lambda: top_events("e.coach_name", "tp_level_test", *ALL, agg=f"avg(CASE WHEN {PASS} THEN 1.0 "
                                   "ELSE 0 END)", gap=1.05, min_n=30),
        "ik43": lambda: rate(ev_share(PASS, "tp_level_test", *ALL, "e.coach_name = 'He Qian'")),
        "ik44": lambda: top_fb("f.rink", f"t.topic = 'skates_bad' AND {_in('f.ts', *Y25)}", gap=2),
        "ik45": lambda: top_orders("o.\"品类\"", *Y25, gap=1.3),
        "ik46": lambda: top_orders("c.acquisition_channel", *Y25, "sum(o.amount) / count(DISTINCT o.customer_id)",
                                   gap=1.05, min_n=100),
        "ik47": lambda: top_fb("f.\"冰场\"", f"t.topic = 'crowded' AND {_in('f.ts', *Y26)}", gap=2),
        "ik48": lambda: top_fb("f.touchpoint_id", "f.rating IS NOT NULL", "avg(f.rating)", gap=1.2, lowest=True,
                               min_n=100),
        "ik49": lambda: top_fb("f.\"冰场\"", f"t.topic = 'locker_broken' AND {_in('f.ts', *H2_25)}", gap=1.5),
        # ---- extra columns
        "ik50": lambda: events_at("tp_lesson", *Y25, "c.\"学员类型\" = '少儿'"),
        "ik51": lambda: events_at("tp_gate_checkin", *H1_25, f"c.skater_type = 'figure_club' AND e.rink = {QT}"),
        "ik52": lambda: money(revenue(*Y25, "c.\"会员等级\" = '金卡会员'")),
        "ik54": lambda: events_at("tp_gate_checkin", "2025-07-01", "2025-08-31", "e.\"场次类型\" = '公共滑冰'"),
        "ik55": lambda: money(revenue(*Y25, "o.product_type = 'skate_rental' AND c.city = '北京'")),
        "ik56": lambda: cnt(one("SELECT count(*) FROM customers WHERE school_name = '海淀实验小学'")),
        # ---- periods
        "ik57": lambda: events_at("tp_gate_checkin", "2025-03-03", "2025-03-09"),
        "ik58": lambda: n_members(*month(2026, 4), "monthly_pass"),
        "ik59": lambda: n_members(*month(2026, 4), "annual_pass"),
        "ik60": lambda: events_at("tp_slot_booking", "2026-04-06", "2026-04-12"),
        "ik61": lambda: events_at("tp_level_test", *H2_25),
        "ik63": lambda: events_at("tp_gate_checkin", "2025-10-01", "2025-10-07"),
        # ---- feedback
        "ik64": lambda: topic_count("crowded"),
        "ik65": lambda: topic_count("locker_broken"),
        "ik66": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "ik67": lambda: fb_ratio(NEG, _in("f.ts", *Y26)),
        "ik68": lambda: fb_avg("f.rating", f"f.channel = 'app_rating' AND {_in('f.ts', *Y25)}"),
        "ik69": lambda: fb_ids("t.topic = 'coach_patient'"),
        "ik70": lambda: fb_count("f.ts IS NULL"),
        # ---- why-questions with citations
        "ik76": lambda: fb_ids(f"f.rink = {HD} AND t.topic IN ('ice_bad', 'refund_slow')"),
        "ik77": lambda: fb_ids(f"f.rink = {XJH} AND t.topic = 'crowded'"),
        "ik78": lambda: fb_ids(f"f.rink = {FT} AND t.topic = 'skates_bad'"),
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
