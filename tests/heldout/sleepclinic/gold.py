"""Gold answers for the 眠安 RestWell held-out batch (sleep-apnoea clinics), from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; rates are per customer
  (cohort = customers whose first step-1 event falls in the period). Each funnel gold is computed twice, with later
  steps allowed after the period end and with every step inside the period; the tolerance covers both readings.
  "Drop-off" of a step = customers who reached it but not the next step / customers who reached it; the answer is the
  touchpoint where they were last seen (the step with the highest drop-off rate);
- "patients" / "people" = distinct customer_id; a new patient = a customer whose `signup_at` (patient record created
  at the first booking or when a GP referral arrives) falls in the period; quiz takers who never booked have no
  signup_at; "Dublin patients" = customers with home_clinic_id DB-BB and a signup_at;
- no-show rate = consultation bookings (tp_booking) made in the period that ended in a tp_noshow event with the same
  booking_id / bookings made in the period (also computed as tp_noshow events in the period / bookings; the tolerance
  covers both);
- a home sleep test result = a tp_home_study event with action success or fail (kit_sent rows are the dispatch);
  failure rate = fail / results; lab wait = wait_days on tp_lab_study (consultation to study night), by study date;
- compliance = the `compliant` flag of 30-day follow-ups (tp_followup, followup_type 30_day: >= 4 h on >= 70 % of
  nights in the first 30 days); a therapist's / mask type's compliance joins the patient's mask fitting;
- upload failure rate = tp_data_upload events with action fail / all tp_data_upload events (exact re-sent duplicates
  with the same event_id are loaded once); "Android uploads" = events with device android;
- claims: denial rate = tp_claim_decision events with action denied / decisions, by decision date; payouts =
  approved_amount of decisions (local currency); days to decision = days_to_decision;
- experiment cpap_coach_2026: assigned customers with a tp_device_buyout event within 90 days after `assigned_at` /
  assigned customers;
- money = orders with status `paid` by the order's ts; per clinic in its local currency (`amount`), across clinics
  in USD (`amount_usd`, the group reporting figure); machine revenue = device_purchase, device_buyout and rental_fee;
  guarantee refunds = status `returned` by `refunded_at`;
- zh questions expect the zh twin value (clinic, 获客渠道, 面罩类型, 归还原因, 来电原因, 拒赔原因, 治疗方案, insurer),
  en questions the en / raw one (clinic_en, acquisition_channel, mask_type, fitter_en, insurer_en, kit_model);
  touchpoints and variants by raw id; months as YYYY-MM;
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date, a dated
  question counts only dated rows; ratings average the rows that carry one; survey = channel `survey`;
- periods are inclusive calendar dates; weeks run Monday-Sunday; relative periods resolve against the item's
  `as_of` (else 2026-06-30, the last day of the data).
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
    for col, typ in (("ts", "TIMESTAMP"), ("quiz_score", "INTEGER"), ("lead_days", "INTEGER"),
                     ("wait_days", "DOUBLE"), ("ahi", "DOUBLE"), ("usage_avg_h", "DOUBLE"),
                     ("nights_4h_pct", "DOUBLE"), ("claim_amount", "DOUBLE"), ("approved_amount", "DOUBLE"),
                     ("days_to_decision", "DOUBLE"), ("rental_days", "DOUBLE"), ("leak_lpm", "DOUBLE")):
        CON.execute(f'ALTER TABLE events ALTER "{col}" TYPE {typ} USING CAST("{col}" AS {typ})')
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


# ---------- funnels ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust=None, first=None, bounded=False):
    """counts per step; cust = condition on customers c; first = condition on the step-1 event e1."""
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM ev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    if first:
        CON.execute(f"""DELETE FROM r1 WHERE NOT EXISTS (SELECT 1 FROM events e1 WHERE e1.customer_id = r1.customer_id
                        AND e1.ts = r1.t1 AND e1.touchpoint_id = '{steps[0]}' AND ({first}))""")
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


# ---------- bookings ----------

def noshow(start, end, cond="1=1", counted=True):
    a = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events n WHERE n.touchpoint_id = 'tp_noshow'
                        AND n.booking_id = b.booking_id))::int)
                FROM events b JOIN customers c USING (customer_id) WHERE b.touchpoint_id = 'tp_booking'
                AND {_in('b.ts', start, end)} AND ({cond})""")
    nb = one(f"""SELECT count(*) FROM events b JOIN customers c USING (customer_id) WHERE b.touchpoint_id = 'tp_booking'
                 AND {_in('b.ts', start, end)} AND ({cond})""")
    nn = one(f"""SELECT count(*) FROM events b JOIN customers c USING (customer_id) WHERE b.touchpoint_id = 'tp_noshow'
                 AND {_in('b.ts', start, end)} AND ({cond})""")
    print(f"    linked {a:.4f}, counted {nn / nb:.4f} ({nn}/{nb})")
    if not counted:
        return rate(a)
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - nn / nb) + 0.005), 4))


def noshow_top(col, start, end, gap=0.03):
    rows = q(f"""SELECT {col}, avg((EXISTS (SELECT 1 FROM events n WHERE n.touchpoint_id = 'tp_noshow'
                        AND n.booking_id = b.booking_id))::int) r, count(*)
                 FROM events b JOIN customers c USING (customer_id) WHERE b.touchpoint_id = 'tp_booking'
                 AND {_in('b.ts', start, end)} GROUP BY 1 ORDER BY r DESC""")
    print("   ", rows)
    assert rows[0][1] - rows[1][1] > gap
    return dict(top_entity=rows[0][0])


def quiz_book(start, end, cond):
    """quiz takers in the period (quiz condition) who booked a consultation within 30 days of the quiz."""
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events b WHERE b.customer_id = z.customer_id
                        AND b.touchpoint_id = 'tp_booking' AND b.ts > z.ts AND b.ts <= z.ts + INTERVAL 30 DAY))::int)
                FROM events z WHERE z.touchpoint_id = 'tp_sleep_quiz' AND {_in('z.ts', start, end)} AND ({cond})""")
    return rate(v)


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
    rows = q(f"""SELECT {col}, {measure} v, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {col} IS NOT NULL
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 {having}
                 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    return top(rows, gap, lowest=lowest)


def ev_month_top(tp, start, end, cond="1=1", gap=1.05):
    return top(q(f"""SELECT strftime(e.ts, '%Y-%m') m, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                     AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC"""), gap)


def ev_share(num_cond, tp, start, end, cond="1=1"):
    r = q(f"""SELECT avg(({num_cond})::int), count(*) FROM events e WHERE e.touchpoint_id = '{tp}'
              AND {_in('e.ts', start, end)} AND ({cond})""")[0]
    print(f"    n={r[1]}")
    return rate(r[0])


FU30 = "e.followup_type = '30_day'"
RESULT = "e.action IN ('success', 'fail')"


def fitter_top(col, min_n=50, gap=0.06):
    rows = q(f"""WITH fi AS (SELECT customer_id, arg_min({col}, ts) who FROM events WHERE touchpoint_id = 'tp_mask_fitting'
                             GROUP BY 1)
                 SELECT fi.who, avg((e.compliant = 'true')::int) r, count(*) n FROM events e JOIN fi USING (customer_id)
                 WHERE e.touchpoint_id = 'tp_followup' AND {FU30} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r DESC""")
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
    assert rows[0][1] - rows[1][1] > gap
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

PAID = "o.status = 'paid'"
MACHINE = "o.order_type IN ('device_purchase', 'device_buyout', 'rental_fee')"


def orders_sum(start, end, cond=PAID, col="o.ts", what="o.amount"):
    return money(one(f"SELECT sum({what}) FROM orders o WHERE {_in(col, start, end)} AND ({cond})"))


def orders_count(start, end, cond=PAID):
    return count(one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def orders_top(col, start, end, cond=PAID, gap=1.08, measure="sum(o.amount_usd)"):
    return top(q(f"""SELECT {col}, {measure} v FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})
                     AND {col} IS NOT NULL GROUP BY 1 ORDER BY v DESC"""), gap)


def orders_share(num_cond, start, end, cond=PAID):
    return rate(one(f"""SELECT sum(CASE WHEN {num_cond} THEN o.amount_usd ELSE 0 END) / sum(o.amount_usd)
                        FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"""))


def growth(a, b, cond=PAID):
    x = one(f"SELECT sum(o.amount_usd) FROM orders o WHERE ({cond}) AND {_in('o.ts', *a)}")
    y = one(f"SELECT sum(o.amount_usd) FROM orders o WHERE ({cond}) AND {_in('o.ts', *b)}")
    print(f"    {x} -> {y}")
    return rate((y - x) / x)


def signup_count(start, end, cond="1=1"):
    return count(one(f"SELECT count(*) FROM customers c WHERE {_in('c.signup_at', start, end)} AND ({cond})"))


def signup_top(col, start, end, gap=1.1):
    return top(q(f"""SELECT {col}, count(*) n FROM customers c WHERE {_in('c.signup_at', start, end)}
                     GROUP BY 1 ORDER BY n DESC"""), gap)


def cust_share(num_cond, cond):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM customers c WHERE {cond}"))


# ---------- claims ----------

def claim_rate(start, end, cond="1=1"):
    r = q(f"""SELECT avg((e.action = 'denied')::int), count(*) FROM events e WHERE e.touchpoint_id = 'tp_claim_decision'
              AND {_in('e.ts', start, end)} AND ({cond})""")[0]
    print(f"    n={r[1]}")
    return rate(r[0])


def claim_top(col, start, end, cond="1=1", gap=0.08, min_n=20):
    rows = q(f"""SELECT {col}, avg((e.action = 'denied')::int) r, count(*) n FROM events e
                 WHERE e.touchpoint_id = 'tp_claim_decision' AND {_in('e.ts', start, end)} AND ({cond})
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
    assert rows[0][1] - rows[1][1] > gap
    return dict(top_entity=rows[0][0])


# ---------- experiment ----------

def _exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_device_buyout' AND e.ts >= x.assigned_at
                       AND e.ts <= x.assigned_at + INTERVAL 90 DAY))::int) r, count(*) n
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


def fb_avg_top(col, cond="1=1", lowest=True, min_n=20, gap=0.15):
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


ALL = ("2024-07-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
SUMMER = ("2025-06-01", "2025-08-31")
SG_WAIT = ("2025-12-01", "2026-02-28")
GZ = "e.clinic_id = 'GZ-TH'"
SG = "e.clinic_id = 'SG-NV'"
TO = "e.clinic_id = 'TO-NY'"


def gold() -> dict:
    return {
        # ---- funnels
        "sl01": lambda: conv("quiz_to_consult", *Y25),
        "sl02": lambda: top_dropoff("quiz_to_consult", *H1_26),
        "sl03": lambda: conv("referral_to_consult", *Y25),
        "sl04": lambda: conv("referral_to_consult", *Y25, cust="c.home_clinic_id = 'DB-BB'"),
        "sl05": lambda: top_dropoff("consult_to_cpap", *Y25),
        "sl06": lambda: conv("consult_to_cpap", *Y25),
        "sl07": lambda: conv("cpap_first_month", *Y25, b=3),
        "sl08": lambda: quiz_book(*Y25, "z.quiz_score >= 5"),
        "sl09": lambda: quiz_book(*Y25, "z.quiz_score <= 2"),
        "sl10": lambda: top_conv("referral_to_consult", *Y25, "c.home_clinic_en", lowest=True),
        # ---- bookings / no-shows
        "sl11": lambda: noshow(*Y25),
        "sl12": lambda: noshow_top('c."获客渠道"', *Y25),
        "sl13": lambda: noshow("2025-03-01", "2026-06-30", cond="b.consult_mode = 'video'", counted=False),
        # ---- sleep studies
        "sl15": lambda: ev_share("e.action = 'fail'", "tp_home_study", *SUMMER, cond=f"{GZ} AND {RESULT}"),
        "sl16": lambda: ev_share("e.action = 'fail'", "tp_home_study", *SUMMER, cond=f"NOT {GZ} AND {RESULT}"),
        "sl17": lambda: ev_top("tp_home_study", "e.clinic_en", *Y25, cond="e.action = 'fail'", gap=1.3),
        "sl18": lambda: ev_top("tp_home_study", "e.kit_model", *SUMMER, cond=f"{GZ} AND {RESULT}",
                               measure="avg((e.action = 'fail')::int)", gap=2),
        "sl19": lambda: ev_agg("avg(e.wait_days)", "tp_lab_study", *SG_WAIT, cond=SG, floor=0.5, nd=2),
        "sl20": lambda: ev_top("tp_lab_study", "e.clinic", *H2_25, measure="avg(e.wait_days)", gap=1.25),
        "sl21": lambda: ev_share("e.study_ordered = 'home'", "tp_consult", *Y25, cond="e.study_ordered <> 'none'"),
        # ---- diagnosis
        "sl23": lambda: ev_share("e.severity IN ('moderate', 'severe')", "tp_diagnosis", *Y25),
        "sl24": lambda: ev_agg("avg(e.ahi)", "tp_diagnosis", *Y25, cond="e.clinic_id = 'BJ-CY'", floor=0.3),
        "sl26": lambda: ev_top("tp_diagnosis", 'e."治疗方案"', *Y25, gap=1.5),
        # ---- CPAP therapy
        "sl27": lambda: ev_share("e.compliant = 'true'", "tp_followup", *Y25, cond=FU30),
        "sl28": lambda: ev_top("tp_followup", 'e."面罩类型"', "2025-01-01", "2026-06-30", cond=FU30,
                               measure="avg((e.compliant = 'true')::int)", gap=1.15, lowest=True),
        "sl29": lambda: ev_share("e.compliant = 'true'", "tp_followup", "2025-01-01", "2026-06-30",
                                 cond=f"{FU30} AND e.mask_type = 'nasal_pillows'"),
        "sl30": lambda: fitter_top("fitter_en"),
        "sl31": lambda: ev_share("e.acquisition = 'rent'", "tp_device_start", *Y25),
        "sl32": lambda: ev_agg("avg(e.usage_avg_h)", "tp_data_upload", *quarter(2026, 1), cond="e.action = 'success'",
                               rel=0.02, floor=0.05),
        "sl33": lambda: ev_share("e.action = 'fail'", "tp_data_upload", *month(2026, 4), cond="e.device = 'android'"),
        "sl34": lambda: ev_share("e.action = 'fail'", "tp_data_upload", *month(2026, 4), cond="e.device = 'ios'"),
        "sl35": lambda: ev_month_top("tp_data_upload", *H1_26, cond="e.action = 'fail'", gap=1.3),
        "sl36": lambda: ev_top("tp_support_call", 'e."来电原因"', *month(2026, 4), gap=1.4),
        # ---- rentals, returns, experiment
        "sl38": lambda: exp_best(),
        "sl39": lambda: exp_rate("coach"),
        "sl40": lambda: exp_rate("control"),
        "sl41": lambda: ev_count("tp_device_return", *Y25),
        "sl42": lambda: ev_top("tp_device_return", 'e."归还原因"', *ALL, gap=1.15),
        # ---- claims
        "sl44": lambda: claim_rate(*quarter(2026, 1), cond=f"{TO} AND e.claim_type = 'device'"),
        "sl45": lambda: claim_rate(*Y25, cond=f"{TO} AND e.claim_type = 'device'"),
        "sl46": lambda: ev_top("tp_claim_decision", 'e."拒赔原因"', *quarter(2026, 1),
                               cond=f"{TO} AND e.claim_type = 'device' AND e.action = 'denied'", gap=2),
        "sl47": lambda: claim_top("e.insurer", *H1_26, cond="e.claim_type = 'device'"),
        "sl48": lambda: money(one(f"""SELECT sum(e.approved_amount) FROM events e WHERE e.touchpoint_id =
                                      'tp_claim_decision' AND {_in('e.ts', *Y25)} AND {SG}""")),
        # ---- money
        "sl50": lambda: orders_sum(*Y25, cond=f"{PAID} AND o.clinic_id = 'BJ-CY'"),
        "sl51": lambda: top(q(f"""SELECT o.clinic_en, sum(o.amount_usd) v FROM orders o WHERE {_in('o.ts', *Y25)}
                                  AND {PAID} GROUP BY 1 ORDER BY v"""), gap=1.12, lowest=True),
        "sl52": lambda: orders_share(MACHINE, *Y25),
        "sl53": lambda: growth(H1_25, H1_26),
        "sl54": lambda: orders_sum(*quarter(2025, 4), cond=f"{PAID} AND o.clinic_id = 'TO-NY'"),
        "sl55": lambda: orders_count(*Y25, cond=f"{PAID} AND o.order_type = 'resupply'"),
        "sl56": lambda: orders_sum(*Y25, cond="o.status = 'returned'", col="o.refunded_at", what="o.amount_usd"),
        # ---- patients
        "sl58": lambda: signup_count(*quarter(2025, 3)),
        "sl59": lambda: signup_top('c."获客渠道"', *H1_26),
        "sl60": lambda: cust_share("c.acquisition_channel = 'gp_referral'",
                                   "c.home_clinic_id = 'DB-BB' AND c.signup_at IS NOT NULL"),
        "sl61": lambda: ev_month_top("tp_sleep_quiz", *Y25, gap=1.3),
        "sl62": lambda: ev_count("tp_sleep_quiz", "2026-03-16", "2026-03-22"),
        # ---- feedback
        "sl63": lambda: fb_top("f.touchpoint_id", f"{NEG} AND f.clinic_id = 'SG-NV' AND "
                                                  f"{_in('f.ts', '2025-10-01', '2026-02-28')}", gap=1.3),
        "sl64": lambda: fb_count("f.topic = 'kit_failed'", rel=0.05),
        "sl65": lambda: fb_count("f.topic = 'mask_leak'", rel=0.05),
        "sl66": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "sl67": lambda: fb_avg("rating", f"f.channel = 'survey' AND {_in('f.ts', *quarter(2025, 3))}"),
        "sl68": lambda: fb_avg("nps", f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}", tol=0.1),
        "sl69": lambda: fb_avg_top("f.clinic_en", f"f.channel = 'survey' AND {_in('f.ts', *SUMMER)}"),
        "sl70": lambda: fb_avg_top("f.clinic", f"f.channel = 'survey' AND {_in('f.ts', *SG_WAIT)}"),
        "sl71": lambda: fb_count("f.ts IS NULL"),
        "sl72": lambda: fb_count(f"f.channel = 'app_review' AND f.device = 'android' AND f.topic = 'upload_fail' AND "
                                 f"{_in('f.ts', '2026-04-01', '2026-05-31')}", rel=0.05),
        "sl73": lambda: fb_ids("f.clinic_id = 'GZ-TH' AND f.topic = 'kit_failed'"),
        "sl74": lambda: fb_ids("f.clinic_id = 'SG-NV' AND f.topic = 'wait_too_long'"),
        "sl75": lambda: fb_ids("f.topic = 'claim_denied' AND (f.clinic_id = 'TO-NY' OR f.clinic_id IS NULL)"),
        "sl76": lambda: fb_ids("f.topic = 'upload_fail' AND (f.device = 'android' OR f.device IS NULL)"),
        "sl77": lambda: fb_ids("f.topic = 'mask_leak'"),
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
