"""Gold answers for the 唱吧KTV SingBox held-out batch (karaoke-room chain), from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write] [--keep-going] [ID ...]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; rates are per customer
  (cohort = customers whose first step-1 event falls in the period). Each funnel gold is computed twice, with later
  steps allowed after the period end and with every step inside the period; the tolerance covers both readings.
  A city's funnel keeps the customers of that city (`customers.region`; customers only ever visit venues of their
  own city, so this equals filtering the events by venue city). "Drop-off" of a step = customers who reached it but
  not the next step / customers who reached it; the answer is the step where most of them are lost;
- "customers" / "people" / "members" = distinct customer_id; a new customer account = `signup_at` in the period;
  a new member = a tp_member_join event in the period (one per customer);
- a room session (开台 / 场次) = a tp_room_session event (one per visit, the same count as tp_checkin after the POS
  re-sends, exact duplicate event_ids, are loaded once); walk-ins = check-ins with booking_channel `walk_in`;
  online-booked sessions by channel = check-ins by `booking_channel` (预订渠道);
- fault rate = tp_room_fault events / tp_room_session events in the period (same venue filter); overtime rate =
  tp_overtime events / tp_room_session events (by daypart when asked); overtime charge = `overtime_fee` of
  tp_overtime events (local currency); "overtime fees collected" = paid orders of type overtime;
- payment-attempt failure share = tp_payment_error events / (tp_payment_error + tp_booking_pay events), filtered by
  the event's channel (app), device and venue city; error codes / app versions rank tp_payment_error events;
- refunds = tp_refund events by request date (`refund_reason`, `refund_days` = days until the money was back);
  stored value given back = orders of type sv_refund (status refunded) by ts; cancelled bookings =
  tp_booking_cancel events;
- money = orders with status `paid` by the order's ts; revenue excludes stored-value top-ups (order_type topup,
  which is prepaid money, not sales; sv_refund rows are never paid); per venue / city in the local currency
  (`amount`), across cities in USD (`amount_usd`, the group reporting figure at fixed rates); top-ups = paid topup
  orders; F&B = order_type fnb; F&B per session = F&B sales / room sessions of that daypart;
- packages = check-ins with a `package_code` (套餐) vs none (by the hour);
- experiment topup_bonus_2026: assigned customers with a tp_topup event within 30 days after `assigned_at` /
  assigned customers;
- zh questions expect the zh twin value (venue, 城市, 时段, 故障类型, 套餐, 预订渠道), en questions the en / raw
  value (venue_en, daypart, refund_reason, acquisition_channel, mixer_model, error_code, app_version); touchpoints
  and variants by raw id; months as YYYY-MM;
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date, a dated
  question counts only dated rows; ratings average the rows that carry one; Meituan/Dianping = channel
  meituan_review, Google = google_review, post-visit survey = survey;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of` (else 2026-08-31, the
  last day of the data).
"""
from __future__ import annotations

import calendar
import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection

NUMERIC = ("amount", "overtime_fee", "overtime_minutes", "refund_days", "refund_amount", "topup_amount",
           "wait_minutes", "party_size", "fix_minutes", "bill_total", "quoted_amount", "hours_booked")


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    all_varchar=true)""")
    CON.execute("ALTER TABLE events ALTER ts TYPE TIMESTAMP USING CAST(ts AS TIMESTAMP)")
    for col in NUMERIC:
        CON.execute(f'ALTER TABLE events ALTER "{col}" TYPE DOUBLE USING CAST("{col}" AS DOUBLE)')
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'amount_usd': 'DOUBLE',
                    'refunded_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT f.*, t.topic, t.sentiment FROM read_csv_auto(
                    '{data / 'feedback.csv'}', header=true, sample_size=-1, types={{'ts': 'TIMESTAMP',
                    'rating': 'DOUBLE', 'nps': 'DOUBLE'}}) f JOIN read_csv_auto('{data / '_truth' /
                    'feedback_truth.csv'}') t USING (feedback_id)""")
    CON.execute(f"""CREATE TABLE experiments AS SELECT * FROM read_csv_auto('{data / 'experiments.csv'}',
                    header=true, types={{'assigned_at': 'TIMESTAMP'}})""")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def num(v, rel=0.03, floor=0.01, nd=4):
    v = float(v)
    return dict(value=round(v, nd), tolerance=round(max(floor, abs(v) * rel), nd))


def count(v, rel=0.0):
    v = int(v)
    return dict(value=v, tolerance=max(0.5, round(v * rel, 1)))


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=round(tol, 4))


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.002), 2))


def top(rows, gap=1.1, lowest=False):
    """rows sorted best first (value in column 1); asserts a clear leader."""
    print("   ", [(r[0], round(float(r[1]), 4)) + tuple(r[2:]) for r in rows[:8]])
    if len(rows) == 1:
        return dict(top_entity=str(rows[0][0]))
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


def funnel(journey, start, end, cust=None, bounded=False):
    """customers reaching each step; cust = condition on customers c."""
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
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


def conv(journey, start, end, a=1, b=None, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        print("    counts", c)
        vals.append(c[(b or len(c)) - 1] / c[a - 1])
    print("    readings", [round(v, 4) for v in vals])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, max(abs(vals[0] - v) for v in vals) + 0.005), 4))


def top_dropoff(journey, start, end, margin=0.05):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        rates = [(c[i] - c[i + 1]) / c[i] for i in range(len(c) - 1)]
        order = sorted(range(len(rates)), key=lambda i: -rates[i])
        print("   ", c, [round(x, 3) for x in rates])
        assert rates[order[0]] - rates[order[1]] > margin
        tops.add(steps[order[0]])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, a=1, b=None, min_n=15, gap=0.1, lowest=False):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL ORDER BY 1")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            lit = v.replace("'", "''")
            c = funnel(journey, start, end, cust=f"{column} = '{lit}'", bounded=bounded)
            if c[a - 1] >= min_n:
                rates[v] = c[(b or len(c)) - 1] / c[a - 1]
            print("     ", v, c)
        order = sorted(rates, key=rates.get, reverse=not lowest)
        print("   ", {k: round(x, 3) for k, x in sorted(rates.items(), key=lambda x: x[1])})
        assert len(order) >= 2, rates
        assert abs(rates[order[0]] - rates[order[1]]) > gap, rates
        tops.add(order[0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


# ---------- events ----------

def ev_count(tp, start, end, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                         AND ({cond})"""))


def ev_agg(expr, tp, start, end, cond="1=1", rel=0.02, floor=0.1, nd=2):
    r = q(f"""SELECT {expr}, count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
              AND ({cond})""")[0]
    print(f"    n={r[1]}")
    return num(r[0], rel=rel, floor=floor, nd=nd)


def ev_top(tp, col, start, end, cond="1=1", gap=1.1, measure="count(*)", lowest=False):
    rows = q(f"""SELECT {col}, {measure} v, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {col} IS NOT NULL
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY v {'ASC' if lowest else 'DESC'}, 1""")
    return top(rows, gap, lowest=lowest)


def ev_month_top(tp, start, end, cond="1=1", gap=1.1):
    return top(q(f"""SELECT strftime(e.ts, '%Y-%m') m, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                     AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC"""), gap)


def ev_share(num_cond, tp, start, end, cond="1=1"):
    r = q(f"""SELECT avg(({num_cond})::int), count(*) FROM events e WHERE e.touchpoint_id = '{tp}'
              AND {_in('e.ts', start, end)} AND ({cond})""")[0]
    print(f"    n={r[1]}")
    return rate(r[0])


def ratio_tp(tp_num, tp_den, start, end, cond="1=1"):
    n = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp_num}' AND {_in('e.ts', start, end)} AND ({cond})")
    d = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp_den}' AND {_in('e.ts', start, end)} AND ({cond})")
    print(f"    {n}/{d}")
    return rate(n / d)


def ratio_top(tp_num, tp_den, col, start, end, cond="1=1", gap=1.15):
    rows = q(f"""WITH n AS (SELECT {col} k, count(*) x FROM events e WHERE e.touchpoint_id = '{tp_num}'
                            AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1),
                      d AS (SELECT {col} k, count(*) y FROM events e WHERE e.touchpoint_id = '{tp_den}'
                            AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1)
                 SELECT d.k, coalesce(n.x, 0) / d.y r, d.y FROM d LEFT JOIN n USING (k) ORDER BY r DESC""")
    return top(rows, gap)


def pay_fail(start, end, cond):
    f = one(f"""SELECT count(*) FROM events e WHERE e.touchpoint_id = 'tp_payment_error' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    s = one(f"""SELECT count(*) FROM events e WHERE e.touchpoint_id = 'tp_booking_pay' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    print(f"    fails {f}, paid {s}")
    return rate(f / (f + s))


# ---------- orders / customers ----------

PAID = "o.status = 'paid'"
REV = "o.status = 'paid' AND o.order_type NOT IN ('topup', 'sv_refund')"


def orders_sum(start, end, cond=REV, what="o.amount"):
    return money(one(f"SELECT sum({what}) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def orders_top(col, start, end, cond=REV, gap=1.08, measure="sum(o.amount_usd)"):
    return top(q(f"""SELECT {col}, {measure} v FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})
                     AND {col} IS NOT NULL GROUP BY 1 ORDER BY v DESC"""), gap)


def orders_share(num_cond, start, end, cond=REV):
    return rate(one(f"""SELECT sum(CASE WHEN {num_cond} THEN o.amount_usd ELSE 0 END) / sum(o.amount_usd)
                        FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"""))


def growth(a, b, cond=REV):
    x = one(f"SELECT sum(o.amount_usd) FROM orders o WHERE ({cond}) AND {_in('o.ts', *a)}")
    y = one(f"SELECT sum(o.amount_usd) FROM orders o WHERE ({cond}) AND {_in('o.ts', *b)}")
    print(f"    {x} -> {y}")
    return rate((y - x) / x)


def fnb_per_session_top(city, start, end, gap=1.15):
    rows = q(f"""WITH s AS (SELECT e.daypart k, count(*) n FROM events e WHERE e.touchpoint_id = 'tp_room_session'
                            AND e.city = '{city}' AND {_in('e.ts', start, end)} GROUP BY 1),
                      f AS (SELECT o.daypart k, sum(o.amount) x FROM orders o WHERE {PAID} AND o.order_type = 'fnb'
                            AND o.city = '{city}' AND {_in('o.ts', start, end)} GROUP BY 1)
                 SELECT s.k, f.x / s.n v, s.n FROM s JOIN f USING (k) ORDER BY v DESC""")
    return top(rows, gap)


def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def cust_top(col, cond, gap=1.1):
    return top(q(f"""SELECT {col}, count(*) n FROM customers c WHERE {col} IS NOT NULL AND ({cond})
                     GROUP BY 1 ORDER BY n DESC"""), gap)


# ---------- experiment ----------

def _exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_topup' AND e.ts >= x.assigned_at
                       AND e.ts <= x.assigned_at + INTERVAL 30 DAY))::int) r, count(*) n
                FROM experiments x WHERE x.experiment_id = 'topup_bonus_2026' GROUP BY 1 ORDER BY r DESC""")


def exp_best(gap=1.15):
    return top(_exp_rates(), gap)


def exp_rate(variant):
    return rate([r[1] for r in _exp_rates() if r[0] == variant][0])


# ---------- feedback ----------

NEG = "f.sentiment = 'negative'"
REVIEWS = "f.channel IN ('meituan_review', 'google_review')"


def fb_count(cond, rel=0.0):
    return count(one(f"SELECT count(*) FROM feedback f WHERE {cond}"), rel)


def fb_ratio(num_cond, cond):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM feedback f WHERE {cond}"))


def fb_avg(col, cond, tol=0.05):
    r = q(f"SELECT avg({col}), count(*) FROM feedback f WHERE {col} IS NOT NULL AND ({cond})")[0]
    print(f"    n={r[1]}")
    return dict(value=round(r[0], 3), tolerance=tol)


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


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25 = quarter(2025, 3)
Q4_25 = quarter(2025, 4)
Q1_26 = quarter(2026, 1)
GYQ = "e.venue_id = 'CQ-GYQ'"
JFX = "e.venue_id = 'CS-JFX'"
KL = "c.region = 'Kuala Lumpur'"
MANILA = "c.region = 'Manila'"
KL_APP = "e.city = 'kuala_lumpur' AND e.channel = 'app'"


def gold() -> dict:
    return {
        # ---- funnels
        "kk01": lambda: conv("online_booking", *Y25),
        "kk02": lambda: top_dropoff("online_booking", *H1_26),
        "kk03": lambda: conv("online_booking", "2026-03-01", "2026-04-30", a=2, b=3, cust=KL),
        "kk04": lambda: conv("online_booking", "2025-03-01", "2025-04-30", a=2, b=3, cust=KL),
        "kk05": lambda: conv("party_booking", *Y25),
        "kk06": lambda: conv("party_booking", *month(2025, 12), a=2, b=3, cust=MANILA),
        "kk07": lambda: top_conv("party_booking", "2025-11-01", "2025-12-31", 'c."城市"', a=2, b=3, lowest=True),
        "kk08": lambda: conv("member_stored_value", *Y25),
        "kk09": lambda: conv("member_stored_value", *Y25, a=1, b=2),
        # ---- experiment
        "kk10": lambda: exp_best(),
        "kk11": lambda: exp_rate("double_bonus"),
        "kk12": lambda: exp_rate("control"),
        # ---- faults
        "kk13": lambda: ratio_tp("tp_room_fault", "tp_room_session", *Q3_25, cond=GYQ),
        "kk14": lambda: ratio_tp("tp_room_fault", "tp_room_session", *Q3_25, cond=f"NOT {GYQ}"),
        "kk15": lambda: ev_top("tp_room_fault", "e.venue_en", *Y25, gap=1.5),
        "kk16": lambda: ev_top("tp_room_fault", 'e."故障类型"', *Q3_25, cond=GYQ, gap=2),
        "kk17": lambda: ratio_top("tp_room_fault", "tp_room_session", "e.mixer_model", *Y25, gap=2),
        "kk18": lambda: ev_count("tp_refund", *Q3_25, cond="e.refund_reason = 'room_fault'"),
        # ---- overtime
        "kk19": lambda: ev_agg("avg(e.overtime_fee)", "tp_overtime", *Q4_25, cond="e.city = 'taipei'", floor=1),
        "kk20": lambda: ev_agg("avg(e.overtime_fee)", "tp_overtime", *quarter(2025, 2), cond="e.city = 'taipei'",
                               floor=1),
        "kk21": lambda: ratio_tp("tp_overtime", "tp_room_session", *Y25),
        "kk22": lambda: ratio_top("tp_overtime", "tp_room_session", 'e."时段"', *Y25),
        "kk23": lambda: orders_sum(*Q4_25, cond=f"{PAID} AND o.order_type = 'overtime' AND o.venue_id = 'TP-XMD'"),
        # ---- refunds
        "kk24": lambda: ev_top("tp_refund", "e.venue", *Q1_26, gap=1.3),
        "kk25": lambda: ev_agg("avg(e.refund_days)", "tp_refund", *Q1_26, cond=JFX, floor=0.3),
        "kk26": lambda: ev_agg("avg(e.refund_days)", "tp_refund", *Q1_26, cond=f"NOT {JFX}", floor=0.2),
        "kk27": lambda: ev_top("tp_refund", "e.refund_reason", *Q1_26, cond=JFX, gap=2),
        "kk28": lambda: orders_sum("2026-01-01", "2026-02-28", cond="o.order_type = 'sv_refund' AND "
                                                                   "o.venue_id = 'CS-JFX'"),
        # ---- F&B, packages
        "kk30": lambda: orders_sum(*Y25, cond=f"{PAID} AND o.order_type = 'fnb' AND o.city = 'chongqing'"),
        "kk31": lambda: fnb_per_session_top("manila", *Y25),
        "kk32": lambda: orders_share("o.order_type = 'fnb'", *Y25),
        "kk33": lambda: ev_top("tp_checkin", 'e."套餐"', "2025-07-01", "2025-08-31", cond="e.city = 'changsha'",
                               gap=1.2),
        "kk34": lambda: ev_share("e.package_code IS NOT NULL", "tp_checkin", *Y25),
        # ---- revenue, top-ups, members
        "kk35": lambda: top(q(f"""SELECT o.venue_en, sum(o.amount_usd) v FROM orders o WHERE {_in('o.ts', *Y25)}
                                  AND {REV} GROUP BY 1 ORDER BY v"""), gap=1.3, lowest=True),
        "kk36": lambda: orders_sum(*month(2025, 12), cond=f"{REV} AND o.city = 'manila'"),
        "kk37": lambda: growth(H1_25, H1_26),
        "kk38": lambda: orders_sum(*Y25, cond=f"{PAID} AND o.order_type = 'topup' AND o.city = 'changsha'"),
        "kk39": lambda: orders_sum(*Y25, cond=f"{PAID} AND o.order_type = 'topup' AND o.city = 'taipei'"),
        "kk40": lambda: ev_count("tp_member_join", *H1_26, distinct=True),
        # ---- visits
        "kk41": lambda: ev_month_top("tp_room_session", *Y25, cond="e.city = 'manila'", gap=1.1),
        "kk42": lambda: ev_count("tp_room_session", "2026-02-16", "2026-02-22", cond="e.city = 'chongqing'"),
        "kk43": lambda: ev_count("tp_checkin", *quarter(2026, 2), cond="e.booking_channel = 'walk_in'"),
        "kk44": lambda: ev_top("tp_checkin", 'e."预订渠道"', *Y25,
                               cond="e.country = 'CN' AND e.booking_channel IN ('mini_program', 'meituan')", gap=1.2),
        # ---- customers
        "kk45": lambda: cust_top("c.acquisition_channel", MANILA),
        "kk46": lambda: cust_count("c.segment = 'at_risk'"),
        "kk47": lambda: count(one(f"SELECT count(*) FROM customers c WHERE {_in('c.signup_at', *Q3_25)}")),
        "kk48": lambda: cust_count("c.tier = 'diamond'"),
        # ---- payments
        "kk49": lambda: ev_top("tp_payment_error", "e.error_code", "2026-01-01", "2026-08-31",
                               cond="e.city = 'kuala_lumpur'", gap=1.5),
        "kk50": lambda: ev_top("tp_payment_error", "e.app_version", "2026-01-01", "2026-08-31", cond="e.channel = 'app'",
                               gap=1.5),
        "kk51": lambda: pay_fail(*month(2026, 4), cond=f"{KL_APP} AND e.device = 'android'"),
        "kk52": lambda: pay_fail(*month(2026, 2), cond=f"{KL_APP} AND e.device = 'android'"),
        "kk53": lambda: ev_agg("avg(e.wait_minutes)", "tp_checkin", *Y25, cond="e.wait_minutes > 0", floor=0.3),
        # ---- feedback
        "kk54": lambda: fb_top("f.touchpoint_id", f"{NEG} AND f.venue_id = 'CQ-GYQ' AND {_in('f.ts', *Q3_25)}",
                               gap=1.5),
        "kk55": lambda: fb_top("f.touchpoint_id", f"{NEG} AND f.city = 'taipei' AND {_in('f.ts', *Q4_25)}", gap=1.5),
        "kk56": lambda: fb_ids("f.topic = 'overtime_fee' AND f.city = 'taipei'"),
        "kk57": lambda: fb_ids("f.topic = 'refund_slow' AND f.venue_id = 'CS-JFX'"),
        "kk58": lambda: fb_ids("f.topic = 'sound_fault' AND f.venue_id = 'CQ-GYQ'"),
        "kk59": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "kk60": lambda: fb_avg("rating", f"f.channel = 'meituan_review' AND f.venue_id = 'CQ-GYQ' AND "
                                         f"{_in('f.ts', *Q3_25)}"),
        "kk61": lambda: fb_avg_top("f.venue", f"{REVIEWS} AND {_in('f.ts', *Q3_25)}"),
        "kk62": lambda: fb_count("f.topic = 'overtime_fee'", rel=0.05),
        "kk63": lambda: fb_count("f.ts IS NULL"),
        "kk64": lambda: fb_avg("nps", f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}", tol=0.1),
        "kk65": lambda: fb_count("f.topic = 'room_dirty'", rel=0.05),
        "kk66": lambda: fb_top("f.venue_en", "f.topic = 'room_dirty'", gap=1.25),
        # ---- relative periods
        "kk68": lambda: ev_count("tp_room_session", *Q3_25, cond=GYQ),
        "kk69": lambda: orders_sum(*month(2026, 2), cond=f"{PAID} AND o.order_type = 'topup'", what="o.amount_usd"),
        "kk70": lambda: orders_sum(*H2_25, cond=f"{PAID} AND o.order_type = 'party_deposit'", what="o.amount_usd"),
        "kk71": lambda: ev_count("tp_room_session", "2026-01-01", "2026-08-31"),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    only = [a for a in sys.argv[3:] if not a.startswith("--")]
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
    missing, failed = [], []
    for it in items:
        if only and it["id"] not in only:
            continue
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                missing.append(it["id"])
            continue
        print(it["id"], it["question"][:110])
        try:
            got = fn()
        except AssertionError as exc:
            if "--keep-going" not in sys.argv:
                raise
            print("   !! FAILED", str(exc)[:300])
            failed.append(it["id"])
            continue
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print("   ->", shown)
    print("status-only ok items:", missing)
    if failed:
        print("FAILED:", failed)
    langs = [it["lang"] for it in items]
    print(f"{len(items)} items: zh {langs.count('zh')}, en {langs.count('en')}; statuses",
          {s: sum(1 for it in items if it['expect'].get('status') == s) for s in ('ok', 'clarify', 'unsupported')},
          f"follow-ups {sum(1 for it in items if 'follow_up_of' in it)}, as_of {sum(1 for it in items if 'as_of' in it)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
