"""Gold answers for the 肾安 KidneyCare held-out batch (outpatient haemodialysis), from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write] [--keep-going] [ID ...]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; rates are per customer
  (cohort = customers whose first step-1 event falls in the period). Each funnel gold is computed twice, with later
  steps allowed after the period end and with every step inside the period; the tolerance covers both readings.
  "Drop-off" of a step = customers who reached it but not the next step / customers who reached it; the answer is
  the touchpoint where they were last seen (the step with the highest drop-off rate). A centre's funnel = customers
  whose home_centre is that centre;
- "patients" = distinct customer_id; "active / currently on dialysis" = customers.segment 'active' (the extract);
  a new patient record = customers.signup_at in the period;
- sessions delivered = tp_session + tp_first_session events (guests included); scheduled sessions = delivered +
  tp_missed_session; missed-session rate = missed / scheduled, by the scheduled date; shortened rate = sessions with
  action 'shortened' / sessions delivered; start delay = start_delay_min of delivered sessions;
- transport: one tp_transport event per pick-up; late rate = action 'late' / pick-ups; no-show = action 'no_show';
- labs: one tp_lab event per monthly blood draw, dated when released; turnaround = result_days; Kt/V adequacy =
  kt_v_ok (Kt/V >= 1.2); a patient's access type = customers.access_type;
- needle re-sticks: delivered sessions with needle_attempts >= 2 / sessions with a cannulation nurse;
- pre-authorisation: one tp_preauth event per decision (attempt 1 or a resubmission), dated at the decision;
  turnaround = days_to_decision; "first decisions" = attempt 1;
- experiment reminder_call_2026: assigned customers with at least one tp_missed_session in the 56 days from
  `assigned_at` / assigned customers;
- money = orders with status `paid` by the order's ts; per centre in its local currency (`amount`), across centres
  in USD (`amount_usd`); co-pay = order_type copay_statement; refunds = status `refunded` by `refunded_at`;
- zh questions expect the zh twin value (centre, 缺透原因, 缩短原因, 转出原因, 来电原因, 通路类型, 订单类型, 获客渠道,
  班次, vendor_zh), en questions the en / raw one (centre_en, shift, missed_reason, access_type, vendor,
  cannulation_nurse_en, variant); touchpoints by id; months as YYYY-MM;
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date, a dated
  question counts only dated rows; ratings average the rows that carry one; survey = channel `survey`;
- periods are inclusive calendar dates; weeks run Monday-Sunday; relative periods resolve against the item's
  `as_of` (else 2026-07-31, the last day of the data).
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
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP'}})""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
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
    a, b = float(rows[0][1]), float(rows[1][1])
    if lowest:
        assert b > a * gap, rows[:4]
    else:
        assert a > b * gap, rows[:4]
    return dict(top_entity=str(rows[0][0]))


def top_diff(rows, gap):
    """rows sorted best first, rates in column 1; asserts an absolute gap."""
    print("   ", [(r[0], round(float(r[1]), 4)) + tuple(r[2:]) for r in rows[:8]])
    assert abs(float(rows[0][1]) - float(rows[1][1])) > gap, rows[:4]
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


def conv(journey, start, end, a=1, b=None, unbounded_only=False, **kw):
    """unbounded_only: the question says later steps may fall after the period end."""
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        print("    counts", c)
        vals.append(c[(b or len(c)) - 1] / c[a - 1])
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


def top_conv(journey, start, end, column, min_n=30, gap=0.05, lowest=False):
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


# ---------- sessions ----------

DONE = "e.touchpoint_id IN ('tp_session', 'tp_first_session')"
SCHED = "e.touchpoint_id IN ('tp_session', 'tp_first_session', 'tp_missed_session')"
MISSED = "e.touchpoint_id = 'tp_missed_session'"


def ev_where(where, start, end):
    return f"({where}) AND {_in('e.ts', start, end)}"


def ev_count(where, start, end, distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return count(one(f"SELECT {what} FROM events e WHERE {ev_where(where, start, end)}"))


def ev_share(num_cond, where, start, end, tol=0.01):
    r = q(f"SELECT avg(({num_cond})::int), count(*) FROM events e WHERE {ev_where(where, start, end)}")[0]
    print(f"    n={r[1]}")
    return rate(r[0], tol)


def ev_agg(expr, where, start, end, rel=0.03, floor=0.1, nd=2):
    r = q(f"SELECT {expr}, count(*) FROM events e WHERE {ev_where(where, start, end)}")[0]
    print(f"    n={r[1]}")
    return num(r[0], rel=rel, floor=floor, nd=nd)


def ev_top(col, where, start, end, measure="count(*)", gap=1.1, lowest=False, having=""):
    rows = q(f"""SELECT {col}, {measure} v, count(*) n FROM events e WHERE {ev_where(where, start, end)}
                 AND {col} IS NOT NULL GROUP BY 1 {having} ORDER BY v {'ASC' if lowest else 'DESC'}""")
    return top(rows, gap, lowest=lowest)


def ev_top_rate(col, num_cond, where, start, end, gap=0.03, lowest=False, min_n=30):
    rows = q(f"""SELECT {col}, avg(({num_cond})::int) v, count(*) n FROM events e WHERE {ev_where(where, start, end)}
                 AND {col} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    return top_diff(rows, gap)


def missed_rate(start, end, cond="1=1"):
    return ev_share(MISSED, f"{SCHED} AND ({cond})", start, end)


def ev_month_top(where, start, end, gap=1.1):
    return top(q(f"""SELECT strftime(e.ts, '%Y-%m') m, count(*) n FROM events e WHERE {ev_where(where, start, end)}
                     GROUP BY 1 ORDER BY n DESC"""), gap)


# ---------- labs (patient attributes) ----------

def lab_share(num_cond, start, end, cust="1=1"):
    r = q(f"""SELECT avg(({num_cond})::int), count(*) FROM events e JOIN customers c USING (customer_id)
              WHERE e.touchpoint_id = 'tp_lab' AND {_in('e.ts', start, end)} AND ({cust})""")[0]
    print(f"    n={r[1]}")
    return rate(r[0])


def lab_top_access(start, end, gap=0.08, lowest=True):
    rows = q(f"""SELECT c.access_type, avg(e.kt_v_ok::int) v, count(*) FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = 'tp_lab' AND {_in('e.ts', start, end)} GROUP BY 1
                 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    return top_diff(rows, gap)


# ---------- experiment ----------

def _exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_missed_session' AND e.ts >= x.assigned_at
                       AND e.ts < x.assigned_at + INTERVAL 56 DAY))::int) r, count(*) n
                FROM experiments x GROUP BY 1 ORDER BY r""")


def exp_best(gap=0.08):
    return top_diff(_exp_rates(), gap)


def exp_rate(variant):
    rows = _exp_rates()
    print("   ", rows)
    return rate([r[1] for r in rows if r[0] == variant][0])


# ---------- orders / customers ----------

PAID = "o.status = 'paid'"
COPAY = "o.order_type = 'copay_statement'"


def orders_sum(start, end, cond=PAID, col="o.ts", what="o.amount"):
    return money(one(f"SELECT sum({what}) FROM orders o WHERE {_in(col, start, end)} AND ({cond})"))


def orders_avg(start, end, cond=PAID, what="o.amount"):
    return num(one(f"SELECT avg({what}) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"), rel=0.005,
               floor=0.5, nd=2)


def orders_count(start, end, cond=PAID, col="o.ts"):
    return count(one(f"SELECT count(*) FROM orders o WHERE {_in(col, start, end)} AND ({cond})"))


def orders_top(col, start, end, cond=PAID, gap=1.1, measure="sum(o.amount_usd)"):
    return top(q(f"""SELECT {col}, {measure} v FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})
                     AND {col} IS NOT NULL GROUP BY 1 ORDER BY v DESC"""), gap)


def growth(a, b, cond=PAID):
    x = one(f"SELECT sum(o.amount_usd) FROM orders o WHERE ({cond}) AND {_in('o.ts', *a)}")
    y = one(f"SELECT sum(o.amount_usd) FROM orders o WHERE ({cond}) AND {_in('o.ts', *b)}")
    print(f"    {x} -> {y}")
    return rate((y - x) / x)


def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def cust_share(num_cond, cond):
    r = q(f"SELECT avg(({num_cond})::int), count(*) FROM customers c WHERE {cond}")[0]
    print(f"    n={r[1]}")
    return rate(r[0])


def cust_top_share(col, num_cond, cond, gap=0.05):
    rows = q(f"""SELECT {col}, avg(({num_cond})::int) v, count(*) FROM customers c WHERE {cond} GROUP BY 1
                 ORDER BY v DESC""")
    return top_diff(rows, gap)


def cust_top(col, cond, gap=1.1):
    return top(q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC"), gap)


# ---------- feedback ----------

NEG = "f.sentiment = 'negative'"


def fb_count(cond, rel=0.0):
    return count(one(f"SELECT count(*) FROM feedback f WHERE {cond}"), rel)


def fb_ratio(num_cond, cond):
    r = q(f"SELECT avg(({num_cond})::int), count(*) FROM feedback f WHERE {cond}")[0]
    print(f"    n={r[1]}")
    return rate(r[0])


def fb_avg(col, cond, tol=0.05):
    r = q(f"SELECT avg({col}), count(*) FROM feedback f WHERE {col} IS NOT NULL AND ({cond})")[0]
    print(f"    n={r[1]}")
    return dict(value=round(r[0], 3), tolerance=tol)


def fb_top(col, cond, gap=1.15):
    return top(q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND ({cond})
                     GROUP BY 1 ORDER BY n DESC"""), gap)


def fb_avg_top(col, cond="1=1", lowest=True, min_n=12, gap=0.25):
    rows = q(f"""SELECT {col}, avg(rating) v, count(*) FROM feedback f WHERE rating IS NOT NULL
                 AND {col} IS NOT NULL AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    return top_diff(rows, gap)


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    print(f"    {len(ids)} ids")
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


ALL = ("2025-01-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Y26 = ("2026-01-01", "2026-07-31")
BK_BAD = ("2026-03-01", "2026-06-30")
SH_LAB = ("2025-08-01", "2025-10-31")
SH = "e.centre_id = 'SH-XH'"
NJ = "e.centre_id = 'NJ-GL'"
HK = "e.centre_id = 'HK-KT'"
BK = "e.centre_id = 'BK-SK'"
MB = "e.centre_id = 'MB-FZ'"


TRANSPORT = "e.touchpoint_id = 'tp_transport'"
LAB = "e.touchpoint_id = 'tp_lab'"
PREAUTH = "e.touchpoint_id = 'tp_preauth'"
CALL = "e.touchpoint_id = 'tp_support_call'"
EXIT = "e.touchpoint_id = 'tp_transfer_out'"
NEEDLE = f"{DONE} AND e.needle_attempts IS NOT NULL"


def survey_avg_oct25():
    """the October 2025 experience survey; new-patient surveys answered that month also read as 'the survey'."""
    a = one(f"""SELECT avg(rating) FROM feedback f WHERE f.channel = 'survey' AND f.survey_type = 'experience_survey'
                AND {_in('f.ts', *month(2025, 10))}""")
    b = one(f"SELECT avg(rating) FROM feedback f WHERE f.channel = 'survey' AND {_in('f.ts', *month(2025, 10))}")
    print(f"    experience {a:.4f}, all surveys {b:.4f}")
    return dict(value=round(a, 3), tolerance=round(max(0.05, abs(a - b) + 0.02), 3))


def gold() -> dict:
    return {
        # ---- journeys
        "dy01": lambda: conv("referral_to_start", *Y25),
        "dy02": lambda: top_dropoff("referral_to_start", *H1_26),
        "dy03": lambda: top_conv("referral_to_start", *ALL, "c.home_centre_en", lowest=True),
        "dy04": lambda: top_conv("referral_to_start", *Y25, 'c."获客渠道"'),
        "dy05": lambda: conv("enquiry_to_start", *Y25),
        "dy06": lambda: conv("enquiry_to_start", *Y25, cust="c.acquisition_channel = 'holiday_guest'"),
        "dy07": lambda: conv("new_patient_90d", *H1_25, unbounded_only=True),
        "dy08": lambda: top_dropoff("new_patient_90d", *Y25),
        # ---- sessions
        "dy09": lambda: missed_rate(*Y25),
        "dy10": lambda: ev_top("e.centre", MISSED, *month(2026, 2), gap=1.15),
        "dy11": lambda: ev_top('e."缺透原因"', f"{MISSED} AND {SH}", *month(2026, 2), gap=2),
        "dy12": lambda: ev_top("e.missed_reason", f"{MISSED} AND {BK}", *BK_BAD, gap=1.1),
        "dy13": lambda: missed_rate(*BK_BAD, cond=BK),
        "dy14": lambda: missed_rate(*Y25, cond=BK),
        "dy15": lambda: ev_top_rate("e.shift", "e.action = 'shortened'", DONE, *Y25, gap=0.03),
        "dy16": lambda: ev_top('e."缩短原因"', f"{DONE} AND e.shift = 'evening' AND e.action = 'shortened'", *Y25, gap=2),
        "dy17": lambda: ev_agg("avg(e.start_delay_min)", f"{DONE} AND {SH} AND e.shift = 'morning'", *quarter(2026, 2),
                               floor=0.5),
        "dy18": lambda: ev_top("e.centre", f"{DONE} AND e.shift = 'morning'", *quarter(2026, 2),
                               measure="avg(e.start_delay_min)", gap=1.5),
        "dy19": lambda: ev_count(DONE, *Y25),
        "dy20": lambda: ev_count(f"{DONE} AND {MB}", *Y25),
        "dy21": lambda: ev_count(f"{MISSED} AND {NJ}", "2026-02-16", "2026-02-22"),
        # ---- transport
        "dy23": lambda: ev_share("e.action = 'late'", f"{TRANSPORT} AND {BK}", *month(2026, 4)),
        "dy24": lambda: ev_share("e.action = 'late'", f"{TRANSPORT} AND {BK}", *month(2026, 1)),
        "dy25": lambda: ev_top_rate("e.vendor", "e.action = 'late'", TRANSPORT, *H1_26, gap=0.1),
        "dy26": lambda: ev_count(f"{TRANSPORT} AND {BK} AND e.action = 'no_show'", *BK_BAD),
        # ---- labs and access
        "dy28": lambda: ev_agg("avg(e.result_days)", f"{LAB} AND {SH}", *month(2025, 9), floor=0.1),
        "dy29": lambda: ev_top("e.centre", LAB, *SH_LAB, measure="avg(e.result_days)", gap=1.5),
        "dy30": lambda: lab_share("e.kt_v_ok", *Y25),
        "dy31": lambda: lab_share("e.kt_v_ok", *Y25, cust="c.access_type = 'cvc'"),
        "dy32": lambda: lab_share("e.kt_v_ok", *Y25, cust="c.access_type = 'avf'"),
        "dy33": lambda: lab_top_access(*ALL),
        "dy34": lambda: cust_top_share("c.home_centre", "c.access_type = 'cvc'", "c.segment = 'active'", gap=0.08),
        "dy35": lambda: ev_count("e.touchpoint_id = 'tp_hospital_admission'", *Y25),
        "dy37": lambda: ev_top_rate("e.cannulation_nurse_en", "e.needle_attempts >= 2", f"{NEEDLE} AND {NJ}",
                                    "2025-06-01", "2026-07-31", gap=0.05),
        "dy38": lambda: ev_share("e.needle_attempts >= 2", f"{NEEDLE} AND e.cannulation_nurse_en = 'Zhou Lei'",
                                 "2025-06-01", "2026-07-31"),
        "dy39": lambda: ev_share("e.needle_attempts >= 2",
                                 f"{NEEDLE} AND {NJ} AND e.cannulation_nurse_en <> 'Zhou Lei'", "2025-06-01",
                                 "2026-07-31"),
        # ---- pre-authorisation
        "dy40": lambda: ev_agg("avg(e.days_to_decision)", f"{PREAUTH} AND {NJ}", *month(2025, 12), floor=0.3),
        "dy41": lambda: ev_top("e.centre_en", PREAUTH, *quarter(2025, 4), measure="avg(e.days_to_decision)", gap=1.5),
        "dy43": lambda: ev_count(f"{PREAUTH} AND e.preauth_type = 'new' AND e.action = 'denied'", *Y25),
        # ---- money
        "dy45": lambda: orders_count(*month(2025, 9), cond="o.status = 'refunded' AND o.centre_id = 'HK-KT'",
                                     col="o.refunded_at"),
        "dy46": lambda: orders_sum(*month(2025, 9), cond="o.status = 'refunded' AND o.centre_id = 'HK-KT'",
                                   col="o.refunded_at"),
        "dy47": lambda: orders_sum(*Y25, cond=f"{PAID} AND {COPAY}", what="o.amount_usd"),
        "dy48": lambda: orders_top("o.centre", *Y25, gap=1.5),
        "dy49": lambda: orders_sum(*Y25, cond=f"{PAID} AND o.order_type = 'guest_session' AND o.centre_id = 'BK-SK'"),
        "dy50": lambda: orders_sum(*H1_26, cond=f"{PAID} AND {COPAY} AND o.centre_id = 'SH-XH'"),
        "dy52": lambda: orders_top('o."订单类型"', *Y25, gap=3),
        "dy53": lambda: growth(quarter(2025, 2), quarter(2026, 2)),
        # ---- patients
        "dy54": lambda: ev_count(EXIT, *Y25),
        "dy55": lambda: ev_top('e."转出原因"', f"{EXIT} AND {BK}", *Y26, gap=1.5),
        "dy56": lambda: cust_count(_in("c.signup_at", *Y25)),
        "dy57": lambda: cust_count("c.segment = 'active'"),
        "dy58": lambda: cust_share("c.primary_cause = 'diabetic_nephropathy'", "c.segment = 'active'"),
        "dy59": lambda: cust_share("c.payer = 'medicare'", "c.segment = 'active' AND c.home_centre_id = 'MB-FZ'"),
        # ---- experiment
        "dy60": lambda: exp_best(),
        "dy61": lambda: exp_rate("nurse_call"),
        "dy62": lambda: exp_rate("sms_reminder"),
        # ---- support calls
        "dy64": lambda: ev_top('e."来电原因"', f"{CALL} AND {HK}", *month(2025, 9), gap=2),
        "dy67": lambda: ev_top('e."来电原因"', f"{CALL} AND {NJ}", *month(2025, 12), gap=1.5),
        # ---- feedback
        "dy68": lambda: fb_top("f.touchpoint_id", f"{NEG} AND f.centre_id = 'HK-KT' AND "
                                                  f"{_in('f.ts', '2025-09-01', '2025-10-31')}", gap=2),
        "dy69": lambda: fb_count(f"f.topic = 'transport_late' AND {_in('f.ts', *Y26)}", rel=0.05),
        "dy70": lambda: fb_ratio(NEG, "1=1"),
        "dy71": survey_avg_oct25,
        "dy72": lambda: fb_avg_top("f.centre_en", f"f.channel = 'survey' AND {_in('f.ts', *month(2026, 4))}", gap=0.15),
        "dy73": lambda: fb_avg("nps", f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}", tol=0.1),
        "dy74": lambda: fb_count("f.ts IS NULL"),
        "dy75": lambda: fb_count("f.topic = 'needle_pain'", rel=0.05),
        "dy76": lambda: fb_ids("f.topic = 'transport_late' AND f.centre_id = 'BK-SK'"),
        "dy77": lambda: fb_ids("f.topic = 'preauth_slow' AND f.centre_id = 'NJ-GL'"),
        "dy78": lambda: fb_ids(f"f.topic = 'bill_error' AND (f.centre_id = 'HK-KT' OR f.centre_id IS NULL) AND "
                               f"{_in('f.ts', *month(2025, 9))}"),
        "dy79": lambda: fb_ids("f.topic = 'lab_slow' AND (f.centre_id = 'SH-XH' OR f.centre_id IS NULL)"),
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
    missing = []
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
            continue
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print("   ->", shown)
    print("status-only ok items:", missing)
    langs = [it["lang"] for it in items]
    print(f"{len(items)} items: zh {langs.count('zh')}, en {langs.count('en')}; statuses",
          {s: sum(1 for it in items if it['expect'].get('status') == s) for s in ('ok', 'clarify', 'unsupported')},
          f"follow-ups {sum(1 for it in items if 'follow_up_of' in it)}, as_of {sum(1 for it in items if 'as_of' in it)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
