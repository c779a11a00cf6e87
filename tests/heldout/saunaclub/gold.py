"""Gold answers for the 燃冰社 Ember & Ice held-out batch (sauna and cold-plunge clubs), from plain DuckDB SQL over
the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; rates are per customer
  (cohort = customers whose first step-1 event in the period falls in it). Each funnel gold is computed twice, with
  later steps allowed after the period end and with every step inside the period; the tolerance covers both readings.
  A failed day-pass payment (action `fail`) is still an event at tp_daypass. "Drop-off" of a step = customers who
  reached it but not the next step / customers who reached it (the answer is the touchpoint where they were last seen);
- "people" / "members" = distinct customer_id; a sign-up = a customer whose `signup_at` (app account created at the
  first booking, ticket or membership) falls in the period; social clickers who never booked have no signup_at;
- a visit = one tp_checkin event (session_id = visit id V…; locker, sauna, plunge and survey events of the visit carry
  the same id); "share of visits with a cold plunge" = visits with a tp_coldplunge event / check-ins; towel shortage =
  tp_locker events with towel_issued = false; weekend = Saturday and Sunday;
- no-show rate = session bookings (tp_session_book, trials excluded) made in the period that ended in a tp_noshow
  event of the same booking_id / session bookings made in the period; computed also as tp_noshow (booking_kind session)
  events in the period / bookings in the period, the tolerance covers both;
- renewal rate = the annual_renewal journey (reminder -> renewal within 30 days); experiment renew_earlybird_2026:
  assigned customers with a tp_renew event after `assigned_at` within 30 days / assigned customers;
- money = orders with status `paid` by the order's ts (CNY); membership revenue = monthly_fee, annual_new,
  annual_renewal and corporate_seat; refunds of unused day passes = status `refunded` by `refunded_at`;
- zh questions expect the zh twin value (club, 城市, 获客渠道, 课程类型, sauna_master, 退卡原因, 冻结原因),
  en questions the en / raw one (club_en, city, acquisition_channel, session_type, sauna_master_en, cancel_reason,
  freeze_reason, corporate_account_en); variants and touchpoints by raw id;
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date, a dated
  question counts only dated rows; ratings average the rows that carry one; survey = channel `survey`;
- exact duplicate event rows (same event_id) are loaded once; periods are inclusive calendar dates; weeks run
  Monday–Sunday; relative periods resolve against the item's `as_of` (else 2026-07-31, the last day of the data).
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
    for col, typ in (("ts", "TIMESTAMP"), ("wait_minutes", "DOUBLE"), ("water_temp_c", "DOUBLE"),
                     ("plunge_minutes", "DOUBLE"), ("lead_days", "INTEGER"), ("freeze_days", "DOUBLE"),
                     ("renew_price", "DOUBLE"), ("price", "DOUBLE")):
        CON.execute(f'ALTER TABLE events ALTER "{col}" TYPE {typ} USING CAST("{col}" AS {typ})')
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'refunded_at': 'TIMESTAMP'}})""")
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


def funnel(journey, start, end, cust=None, evc=None, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
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
        if len(rates) > 1:
            assert rates[order[0]] - rates[order[1]] > margin
        tops.add(steps[order[0]])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, min_n=100, gap=0.05, lowest=False):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            lit = v.replace("'", "''")
            c = funnel(journey, start, end, cust=f"{column} = '{lit}'", bounded=bounded)
            if c[0] >= min_n:
                rates[v] = c[-1] / c[0]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        print("   ", {k: round(v, 3) for k, v in sorted(rates.items(), key=lambda x: x[1])})
        assert abs(rates[order[0]] - rates[order[1]]) > gap, rates
        tops.add(order[0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


def trial_master_top(col, min_n=50, gap=0.08):
    rows = q(f"""WITH t AS (SELECT customer_id, min(ts) t, arg_min({col}, ts) m FROM events
                             WHERE touchpoint_id = 'tp_trial_visit' GROUP BY 1)
                 SELECT m, avg((EXISTS (SELECT 1 FROM events j WHERE j.customer_id = t.customer_id
                        AND j.touchpoint_id = 'tp_join' AND j.ts > t.t AND j.ts <= t.t + INTERVAL 30 DAY))::int) r,
                        count(*) n
                 FROM t GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
    assert rows[0][1] - rows[1][1] > gap
    return dict(top_entity=rows[0][0])


# ---------- bookings ----------

def noshow(start, end, cond="1=1", counted=True):
    a = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events n WHERE n.touchpoint_id = 'tp_noshow'
                        AND n.booking_id = b.booking_id))::int)
                FROM events b WHERE b.touchpoint_id = 'tp_session_book' AND {_in('b.ts', start, end)} AND ({cond})""")
    nb = one(f"""SELECT count(*) FROM events b WHERE b.touchpoint_id = 'tp_session_book'
                 AND {_in('b.ts', start, end)} AND ({cond})""")
    nn = one(f"""SELECT count(*) FROM events b WHERE b.touchpoint_id = 'tp_noshow' AND b.booking_kind = 'session'
                 AND {_in('b.ts', start, end)} AND ({cond})""")
    print(f"    linked {a:.4f}, counted {nn / nb:.4f} ({nn}/{nb})")
    if not counted:     # the condition is on a booking column that no-show events do not carry
        return rate(a)
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - nn / nb) + 0.005), 4))


def noshow_top(col, start, end, gap=0.04):
    rows = q(f"""SELECT {col}, avg((EXISTS (SELECT 1 FROM events n WHERE n.touchpoint_id = 'tp_noshow'
                        AND n.booking_id = b.booking_id))::int) r, count(*)
                 FROM events b WHERE b.touchpoint_id = 'tp_session_book' AND {_in('b.ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    print("   ", rows)
    assert rows[0][1] - rows[1][1] > gap
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def ev_agg(expr, tp, start, end, cond="1=1", rel=0.03, floor=0.1, nd=2):
    v = one(f"""SELECT {expr} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return num(v, rel=rel, floor=floor, nd=nd)


def ev_count(tp, start, end, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                         AND ({cond})"""))


def ev_top(tp, col, start, end, cond="1=1", gap=1.1, measure="count(*)", having="", lowest=False):
    rows = q(f"""SELECT {col}, {measure} v FROM events e WHERE e.touchpoint_id = '{tp}' AND {col} IS NOT NULL
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 {having}
                 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    return top(rows, gap, lowest=lowest)


def ev_month_top(tp, start, end, cond="1=1", gap=1.05):
    return top(q(f"""SELECT strftime(e.ts, '%Y-%m') m, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                     AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC"""), gap)


def ev_share(num_cond, tp, start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(({num_cond})::int) FROM events e WHERE e.touchpoint_id = '{tp}'
                        AND {_in('e.ts', start, end)} AND ({cond})"""))


def plunge_share(start, end, cond="1=1"):
    return rate(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events p WHERE p.session_id = e.session_id
                               AND p.touchpoint_id = 'tp_coldplunge'))::int)
                        FROM events e WHERE e.touchpoint_id = 'tp_checkin' AND {_in('e.ts', start, end)}
                        AND ({cond})"""))


# ---------- orders / customers ----------

PAID = "o.status = 'paid'"
MEMBERSHIP = "o.order_type IN ('monthly_fee', 'annual_new', 'annual_renewal', 'corporate_seat')"


def orders_sum(start, end, cond=PAID, col="o.ts", what="o.amount"):
    return money(one(f"SELECT sum({what}) FROM orders o WHERE {_in(col, start, end)} AND ({cond})"))


def orders_count(start, end, cond=PAID):
    return count(one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def orders_avg(start, end, cond=PAID):
    return num(one(f"SELECT avg(o.amount) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"), rel=0.005,
               floor=0.5, nd=2)


def orders_top(col, start, end, cond=PAID, gap=1.08, measure="sum(o.amount)"):
    return top(q(f"""SELECT {col}, {measure} v FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})
                     AND {col} IS NOT NULL GROUP BY 1 ORDER BY v DESC"""), gap)


def orders_share(num_cond, start, end, cond=PAID):
    return rate(one(f"""SELECT sum(CASE WHEN {num_cond} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o
                        WHERE {_in('o.ts', start, end)} AND ({cond})"""))


def growth(a, b, cond=PAID):
    x = one(f"SELECT sum(o.amount) FROM orders o WHERE ({cond}) AND {_in('o.ts', *a)}")
    y = one(f"SELECT sum(o.amount) FROM orders o WHERE ({cond}) AND {_in('o.ts', *b)}")
    print(f"    {x} -> {y}")
    return rate((y - x) / x)


def per_buyer(start, end, cond=PAID):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE ({cond}) AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(v * 0.01, 2))


def signup_count(start, end):
    return count(one(f"SELECT count(*) FROM customers c WHERE {_in('c.signup_at', start, end)}"))


def signup_top(col, start, end, gap=1.1):
    return top(q(f"""SELECT {col}, count(*) n FROM customers c WHERE {_in('c.signup_at', start, end)}
                     GROUP BY 1 ORDER BY n DESC"""), gap)


def cust_top(col, cond, gap=1.2):
    return top(q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC"), gap)


# ---------- experiment ----------

def _exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_renew' AND e.ts >= x.assigned_at
                       AND e.ts <= x.assigned_at + INTERVAL 30 DAY))::int) r, count(*) n
                FROM experiments x GROUP BY 1 ORDER BY r DESC""")


def exp_best(gap=1.1):
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
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND ({cond})"), 3),
                tolerance=tol)


def fb_top(col, cond, gap=1.15):
    return top(q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND ({cond})
                     GROUP BY 1 ORDER BY n DESC"""), gap)


def fb_avg_top(col, cond="1=1", lowest=True, min_n=20, gap=0.2):
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


ALL = ("2024-10-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
WINTER = ("2025-11-01", "2026-02-28")
HZ = ("2026-03-01", "2026-07-31")
JA = "e.club_id = 'SH-JA'"
SZ = "e.club_id = 'SZ-NS'"
SLT = "e.club_id = 'BJ-SLT'"
WEEKEND = "dayofweek(e.ts) IN (0, 6)"


def gold() -> dict:
    return {
        # ---- funnels
        "sc01": lambda: conv("trial_to_member", *Y25),
        "sc02": lambda: top_dropoff("trial_to_member", *H1_26),
        "sc03": lambda: top_conv("trial_to_member", *ALL, 'c."获客渠道"'),
        "sc04": lambda: conv("trial_to_member", *ALL, cust="c.acquisition_channel = 'douyin'"),
        "sc05": lambda: trial_master_top("sauna_master_en"),
        "sc06": lambda: conv("discover_to_visit", "2026-03-01", "2026-04-30", cust="c.phone_os = 'android'"),
        "sc07": lambda: conv("discover_to_visit", "2026-03-01", "2026-04-30", cust="c.phone_os = 'ios'"),
        "sc08": lambda: conv("daypass_to_member", *Y25),
        "sc09": lambda: conv("annual_renewal", *Y25),
        "sc10": lambda: conv("annual_renewal", *H1_26),
        # ---- bookings / no-shows
        "sc12": lambda: noshow(*Y25),
        "sc13": lambda: noshow("2026-02-01", "2026-06-30"),
        "sc14": lambda: noshow_top('b."课程类型"', *Y25),
        "sc15": lambda: noshow(*Y25, cond="b.lead_days >= 3", counted=False),
        "sc16": lambda: ev_top("tp_waitlist", "e.club_en", *Y25, gap=1.1),
        "sc17": lambda: orders_sum(*H1_26, cond=f"{PAID} AND o.order_type = 'noshow_fee'"),
        "sc18": lambda: ev_count("tp_session_book", *quarter(2025, 4), cond=JA),
        "sc19": lambda: ev_share("e.session_type = 'aufguss'", "tp_session_book", *Y25),
        # ---- check-in, towels, plunge
        "sc20": lambda: ev_top("tp_checkin", "e.club_en", *Y25, measure="avg(e.wait_minutes)", gap=1.3),
        "sc21": lambda: ev_agg("avg(e.wait_minutes)", "tp_checkin", *quarter(2026, 1), cond=SLT),
        "sc22": lambda: ev_agg("avg(e.wait_minutes)", "tp_checkin", *quarter(2026, 2), cond=SLT),
        "sc23": lambda: ev_share("e.checkin_method = 'qr_code'", "tp_checkin", *Y25),
        "sc24": lambda: ev_count("tp_checkin", *month(2025, 12)),
        "sc25": lambda: ev_month_top("tp_checkin", *Y25, gap=1.08),
        "sc26": lambda: ev_count("tp_checkin", *HZ, cond="e.club_id = 'HZ-BJ'"),
        "sc27": lambda: ev_share("e.towel_issued = 'false'", "tp_locker", "2025-12-01", "2026-02-28",
                                 cond=f"{JA} AND {WEEKEND}"),
        "sc28": lambda: ev_share("e.towel_issued = 'false'", "tp_locker", "2025-12-01", "2026-02-28",
                                 cond=f"{JA} AND NOT {WEEKEND}"),
        "sc29": lambda: ev_top("tp_locker", "e.club", *WINTER, cond="e.towel_issued = 'false'", gap=2),
        "sc30": lambda: ev_agg("avg(e.water_temp_c)", "tp_coldplunge", *month(2025, 8), cond=SZ, floor=0.2),
        "sc31": lambda: plunge_share("2025-07-01", "2025-08-31", cond=SZ),
        "sc32": lambda: plunge_share("2025-07-01", "2025-08-31", cond=f"NOT {SZ}"),
        "sc33": lambda: ev_count("tp_checkin", "2025-12-08", "2025-12-14"),
        # ---- money and membership
        "sc35": lambda: orders_sum(*quarter(2025, 4)),
        "sc36": lambda: orders_top("o.club_en", *Y25),
        "sc37": lambda: orders_share(MEMBERSHIP, *Y25),
        "sc38": lambda: growth(H1_25, H1_26),
        "sc39": lambda: orders_sum(*HZ, cond=f"{PAID} AND o.club_id = 'HZ-BJ'"),
        "sc40": lambda: ev_count("tp_join", *Y25),
        "sc41": lambda: ev_share("e.plan = 'annual'", "tp_join", *Y25),
        "sc42": lambda: cust_top("c.corporate_account_en", "c.corporate_account_en IS NOT NULL", gap=1.25),
        "sc43": lambda: orders_avg("2026-01-01", "2026-07-31", cond=f"{PAID} AND o.order_type = 'annual_renewal'"),
        "sc44": lambda: ev_count("tp_cancel", *quarter(2025, 3), cond=SZ),
        "sc45": lambda: ev_top("tp_cancel", 'e."退卡原因"', *ALL, gap=1.2),
        "sc46": lambda: ev_top("tp_freeze", "e.freeze_reason", "2025-07-01", "2025-08-31", gap=1.5),
        "sc47": lambda: ev_count("tp_freeze", *Y25),
        "sc48": lambda: orders_sum(*Y25, cond="o.status = 'refunded' AND o.order_type = 'day_pass'",
                                   col="o.refunded_at"),
        "sc49": lambda: per_buyer(*Y25),
        "sc50": lambda: signup_top("c.acquisition_channel", *H1_26),
        "sc51": lambda: signup_count(*quarter(2025, 3)),
        "sc52": lambda: orders_sum(*Y25, cond=f"{PAID} AND o.order_type = 'day_pass' AND o.city = 'Chengdu'"),
        "sc53": lambda: orders_count(*Y25, cond=f"{PAID} AND o.order_type = 'class_pack'"),
        "sc82": lambda: ev_count("tp_trial_book", *month(2026, 6)),
        # ---- experiment
        "sc54": lambda: exp_best(),
        "sc55": lambda: exp_rate("control"),
        "sc56": lambda: exp_rate("early_bird"),
        # ---- feedback
        "sc57": lambda: fb_top("f.touchpoint_id", f"{NEG} AND {_in('f.ts', *quarter(2025, 3))}", gap=1.3),
        "sc58": lambda: fb_count("f.topic = 'towel_shortage'", rel=0.05),
        "sc59": lambda: fb_count("f.topic = 'plunge_not_cold'", rel=0.05),
        "sc60": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "sc61": lambda: fb_avg("rating", f"f.channel = 'survey' AND {_in('f.ts', *quarter(2025, 3))}"),
        "sc62": lambda: fb_avg("nps", f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}", tol=0.1),
        "sc63": lambda: fb_avg_top("f.club_en", f"f.channel = 'survey' AND {_in('f.ts', '2025-07-01', '2025-08-31')}",
                                   min_n=5),
        "sc64": lambda: fb_avg_top("f.club", f"f.channel = 'survey' AND {_in('f.ts', *WINTER)}"),
        "sc65": lambda: fb_count("f.ts IS NULL"),
        "sc66": lambda: fb_count(f"f.channel = 'app_review' AND f.device = 'android' AND f.topic = 'app_crash' AND "
                                 f"{_in('f.ts', '2026-03-01', '2026-04-30')}", rel=0.05),
        "sc67": lambda: fb_ids(f"f.club_id = 'SZ-NS' AND f.topic = 'plunge_not_cold'"),
        "sc68": lambda: fb_ids(f"f.club_id = 'SH-JA' AND f.topic = 'towel_shortage'"),
        "sc69": lambda: fb_ids("f.topic = 'app_crash' AND (f.device = 'android' OR f.device IS NULL)"),
        "sc70": lambda: fb_ids("f.topic = 'price_increase'"),
        "sc71": lambda: fb_ids("f.topic = 'noshow_penalty'"),
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
        print(it["id"], it["question"][:100])
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
