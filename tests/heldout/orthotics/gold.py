"""Gold answers for the 康步假肢矫形 StrideWell held-out batch (orthotics & prosthetics clinics), from plain DuckDB SQL
over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write] [--keep-going] [ID ...]

Conventions:
- events are read once per event_id (the e-referral portal re-sends some referrals as exact duplicate rows);
- funnels follow DATA.md: a patient reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; rates are per patient
  (cohort = patients whose first step-1 event falls in the period). Each funnel gold is computed twice, with later
  steps allowed after the period end and with every step inside the period; the tolerance covers both readings
  (except where the question fixes the window from step 1 itself). "Drop-off" of a step = patients who reached it
  but not the next step / patients who reached it; the answer is the step with the highest drop-off rate. A funnel
  "for a clinic" / "for a payer" filters on the step-1 event's clinic_id / payer;
- "patients" = distinct customer_id; a new referral = a patient whose `signup_at` (referral received) is in the period;
- assessment no-show rate = tp_booking rows (appt_type assessment) made in the period whose booking_id has a
  tp_missed_appt row / bookings made in the period (also read as missed assessments in the period / bookings in the
  period; the tolerance covers both);
- follow-up no-show rate = tp_missed_appt rows with appt_type followup / (those + attended tp_followup rows), by event
  date; tele vs in-clinic by followup_type;
- claim rejection / approval rates = tp_claim_decision rows by decision date (action rejected / all decisions;
  approved includes partial); decision time = decision_days; payers: raw `payer` for en questions, `保险方` for zh;
- lab lateness = tp_fabrication rows by ready date (ts); late = ready_late; turnaround = lab_days; "Singapore" = the
  three SG-* clinics, "Malaysia" = KL-BSR and PG-GTN;
- first-fit remake rate = tp_fitting rows with fit_no 1 whose fit_result is remake / fit_no 1 rows (by fitting date);
- experiment whatsapp_reminder_2026: no-show share = assigned patients with a tp_missed_appt (assessment) within 21
  days after `assigned_at` / assigned patients (a missed booked assessment);
- adjustments within 90 days = patients handed over in the period with a tp_adjustment within 90 days after handover;
- wear = wear_hours_avg logged at tp_followup rows (scoliosis braces), age = customers.age;
- money = orders with status `paid` by the order's ts; per clinic in its local currency (`amount`), across clinics
  in SGD (`amount_sgd`, the group reporting figure); insurer / scheme money = order_type payer_settlement; refunded
  deposits = status refunded (by `refunded_at`, the tolerance covers ts);
- zh questions expect the zh twin value (clinic, 转诊来源, 保险方, 拒赔原因, 调整原因, 咨询原因, clinician), en questions the
  en / raw one (clinic_en, raw payer, adjustment_reason, contact_reason, component, variant); touchpoints by id;
  months as YYYY-MM; age groups as the customers.age_band value;
- feedback sentiment / topic = the generator's truth (DATADIR/_truth/feedback_truth.csv, not a DATA.md table); topic
  counts carry a 5 % tolerance; "all feedback" includes rows without a date, a dated question counts only dated rows;
  ratings / nps average the rows that carry one; survey = channel `survey`;
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
    for t in ("touchpoints", "journeys", "customers", "orders", "experiments"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    f"sample_size=-1)")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    sample_size=-1)""")
    n, d = CON.execute("SELECT count(*), count(DISTINCT event_id) FROM events").fetchone()
    assert n == d, (n, d)
    CON.execute(f"""CREATE TABLE feedback AS SELECT f.*, t.topic, t.sentiment
                    FROM read_csv_auto('{data / 'feedback.csv'}', header=true, sample_size=-1) f
                    JOIN read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}', header=true) t USING (feedback_id)""")


def q(sql):
    return CON.execute(sql).fetchall()


def one(sql):
    return q(sql)[0][0]


def _in(col, start, end):
    return f"({col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY)"


def num(v, rel=0.03, floor=0.1, nd=2):
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


def gap_top(rows, gap):
    """rows sorted (value in column 1); asserts an absolute gap between first and second."""
    print("   ", [(r[0], round(float(r[1]), 4)) + tuple(r[2:]) for r in rows[:8]])
    assert abs(float(rows[0][1]) - float(rows[1][1])) > gap, rows[:4]
    return dict(top_entity=str(rows[0][0]))


def month(y, m):
    return f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def quarter(y, n):
    return month(y, 3 * n - 2)[0], month(y, 3 * n)[1]


# ---------- funnels ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, first=None, bounded=False):
    """patients per step; first = condition on the step-1 event e1."""
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e WHERE 1=1"
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


def conv(journey, start, end, a=1, b=None, both=True, **kw):
    vals = []
    for bounded in ((False, True) if both else (False,)):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        print("    counts", c)
        vals.append(c[(b or len(c)) - 1] / c[a - 1])
    print("    readings", [round(v, 4) for v in vals])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, max(abs(vals[0] - v) for v in vals) + 0.005), 4))


def top_dropoff(journey, start, end, margin=0.04, **kw):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        rates = [(c[i] - c[i + 1]) / c[i] for i in range(len(c) - 1)]
        order = sorted(range(len(rates)), key=lambda i: -rates[i])
        print("   ", c, [round(x, 3) for x in rates])
        if len(rates) > 1:
            assert rates[order[0]] - rates[order[1]] > margin, rates
        tops.add(steps[order[0]])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, values_sql, min_n=80, gap=0.03, lowest=False):
    """best (or worst) value of `column` (on the step-1 event e1) by end-to-end conversion."""
    vals = [r[0] for r in q(values_sql)]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            lit = str(v).replace("'", "''")
            c = funnel(journey, start, end, bounded=bounded, first=f"{column} = '{lit}'")
            if c[0] >= min_n:
                rates[v] = c[-1] / c[0]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        print("   ", {k: round(v, 3) for k, v in sorted(rates.items(), key=lambda x: x[1])})
        assert abs(rates[order[0]] - rates[order[1]]) > gap, rates
        tops.add(order[0])
    assert len(tops) == 1
    return dict(top_entity=str(tops.pop()))


# ---------- events ----------

def ev_agg(expr, tp, start, end, cond="1=1", rel=0.03, floor=0.1, nd=2):
    v = one(f"""SELECT {expr} FROM events e JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}'
                AND {_in('e.ts', start, end)} AND ({cond})""")
    return num(v, rel=rel, floor=floor, nd=nd)


def ev_count(tp, start, end, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_top(tp, col, start, end, cond="1=1", gap=1.1, measure="count(*)", having="", lowest=False):
    rows = q(f"""SELECT {col}, {measure} v, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {col} IS NOT NULL AND {_in('e.ts', start, end)} AND ({cond})
                 GROUP BY 1 {having} ORDER BY v {'ASC' if lowest else 'DESC'}""")
    return top(rows, gap, lowest=lowest)


def ev_rate_top(tp, col, rate_expr, start, end, cond="1=1", gap=0.05, min_n=30, lowest=False):
    rows = q(f"""SELECT {col}, avg(({rate_expr})::int) v, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {col} IS NOT NULL AND {_in('e.ts', start, end)} AND ({cond})
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v {'ASC' if lowest else 'DESC'}""")
    return gap_top(rows, gap)


def ev_month_top(tp, start, end, cond="1=1", gap=1.1):
    return top(q(f"""SELECT strftime(e.ts, '%Y-%m') m, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                     AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC"""), gap)


def ev_share(num_cond, tp, start, end, cond="1=1"):
    r = q(f"""SELECT avg(({num_cond})::int), count(*) FROM events e JOIN customers c USING (customer_id)
              WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")[0]
    print(f"    n={r[1]}")
    return rate(r[0])


SG = "e.clinic_id LIKE 'SG-%'"
MY = "e.clinic_id IN ('KL-BSR', 'PG-GTN')"


# ---------- appointments ----------

def assess_noshow(start, end, cond="1=1"):
    a = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events n WHERE n.touchpoint_id = 'tp_missed_appt'
                        AND n.booking_id = b.booking_id))::int)
                FROM events b JOIN customers c USING (customer_id) WHERE b.touchpoint_id = 'tp_booking'
                AND {_in('b.ts', start, end)} AND ({cond})""")
    nb = one(f"""SELECT count(*) FROM events b JOIN customers c USING (customer_id)
                 WHERE b.touchpoint_id = 'tp_booking' AND {_in('b.ts', start, end)} AND ({cond})""")
    nn = one(f"""SELECT count(*) FROM events b JOIN customers c USING (customer_id) WHERE b.touchpoint_id =
                 'tp_missed_appt' AND b.appt_type = 'assessment' AND {_in('b.ts', start, end)} AND ({cond})""")
    print(f"    linked {a:.4f}, counted {nn / nb:.4f} ({nn}/{nb})")
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - nn / nb) + 0.005), 4))


def assess_noshow_top(col, start, end, gap=0.04):
    rows = q(f"""SELECT {col}, avg((EXISTS (SELECT 1 FROM events n WHERE n.touchpoint_id = 'tp_missed_appt'
                        AND n.booking_id = b.booking_id))::int) r, count(*)
                 FROM events b JOIN customers c USING (customer_id) WHERE b.touchpoint_id = 'tp_booking'
                 AND {_in('b.ts', start, end)} GROUP BY 1 HAVING count(*) >= 50 ORDER BY r DESC""")
    return gap_top(rows, gap)


FUP_APPTS = """((e.touchpoint_id = 'tp_missed_appt' AND e.appt_type = 'followup') OR e.touchpoint_id = 'tp_followup')"""
MISSED = "(e.touchpoint_id = 'tp_missed_appt')::int"


def fup_noshow(start, end, cond="1=1"):
    r = q(f"""SELECT avg({MISSED}), count(*) FROM events e JOIN customers c USING (customer_id)
              WHERE {FUP_APPTS} AND {_in('e.ts', start, end)} AND ({cond})""")[0]
    print(f"    n={r[1]}")
    return rate(r[0])


def fup_noshow_top(col, start, end, gap=0.03, min_n=50):
    rows = q(f"""SELECT {col}, avg({MISSED}) r, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE {FUP_APPTS} AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r DESC""")
    return gap_top(rows, gap)


# ---------- claims / experiment ----------

def reject_rate(start, end, cond="1=1"):
    return ev_share("e.action = 'rejected'", "tp_claim_decision", start, end, cond)


def payer_top(col, measure, start, end, lowest=False, gap=0.08, min_n=20):
    rows = q(f"""SELECT {col}, {measure} v, count(*) n FROM events e WHERE e.touchpoint_id = 'tp_claim_decision'
                 AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    return gap_top(rows, gap)


def _exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_missed_appt' AND e.appt_type = 'assessment' AND e.ts >= x.assigned_at
                       AND e.ts <= x.assigned_at + INTERVAL 21 DAY))::int) r, count(*) n
                FROM experiments x GROUP BY 1 ORDER BY r""")


def exp_best(gap=0.03):
    """the arm with the lower no-show share"""
    return gap_top(_exp_rates(), gap)


def exp_rate(variant):
    return rate([r[1] for r in _exp_rates() if r[0] == variant][0])


# ---------- adjustments ----------

def adjusted_share(start, end, cond="1=1"):
    r = q(f"""SELECT avg((EXISTS (SELECT 1 FROM events a WHERE a.customer_id = e.customer_id
                                  AND a.touchpoint_id = 'tp_adjustment' AND a.ts > e.ts
                                  AND a.ts <= e.ts + INTERVAL 90 DAY))::int), count(*)
              FROM events e WHERE e.touchpoint_id = 'tp_handover' AND {_in('e.ts', start, end)} AND ({cond})""")[0]
    print(f"    n={r[1]}")
    return rate(r[0])


# ---------- orders / customers ----------

PAID = "o.status = 'paid'"


def orders_sum(start, end, cond=PAID, col="o.ts", what="o.amount"):
    return money(one(f"SELECT sum({what}) FROM orders o WHERE {_in(col, start, end)} AND ({cond})"))


def orders_top(col, start, end, cond=PAID, gap=1.08, measure="sum(o.amount_sgd)", lowest=False):
    return top(q(f"""SELECT {col}, {measure} v FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})
                     AND {col} IS NOT NULL GROUP BY 1 ORDER BY v {'ASC' if lowest else 'DESC'}"""), gap, lowest)


def orders_share(num_cond, start, end, cond=PAID):
    return rate(one(f"""SELECT sum(CASE WHEN {num_cond} THEN o.amount_sgd ELSE 0 END) / sum(o.amount_sgd)
                        FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"""))


def growth(a, b, cond=PAID):
    x = one(f"SELECT sum(o.amount_sgd) FROM orders o WHERE ({cond}) AND {_in('o.ts', *a)}")
    y = one(f"SELECT sum(o.amount_sgd) FROM orders o WHERE ({cond}) AND {_in('o.ts', *b)}")
    print(f"    {x} -> {y}")
    return rate((y - x) / x)


def refunds(start, end):
    a = one(f"SELECT count(*) FROM orders o WHERE o.status = 'refunded' AND {_in('o.refunded_at', start, end)}")
    b = one(f"SELECT count(*) FROM orders o WHERE o.status = 'refunded' AND {_in('o.ts', start, end)}")
    print(f"    by refunded_at {a}, by ts {b}")
    return dict(value=a, tolerance=max(0.5, abs(a - b) + 0.5))


def signup_count(start, end, cond="1=1"):
    return count(one(f"SELECT count(*) FROM customers c WHERE {_in('c.signup_at', start, end)} AND ({cond})"))


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


def fb_avg_top(col, cond="1=1", lowest=True, min_n=30, gap=0.15):
    rows = q(f"""SELECT {col}, avg(rating) v, count(*) FROM feedback f WHERE rating IS NOT NULL
                 AND {col} IS NOT NULL AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    return gap_top(rows, gap)


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    print(f"    {len(ids)} ids")
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


Y24 = ("2024-01-01", "2024-12-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
STRAITS = ("2026-02-01", "2026-05-31")
LABSLOW = ("2025-09-01", "2025-10-31")
RENO = ("2025-04-01", "2025-06-30")
STRAITS_PAT = "f.customer_id IN (SELECT customer_id FROM customers WHERE payer = 'straits_life')"
SOCSO_PAT = "f.customer_id IN (SELECT customer_id FROM customers WHERE payer = 'socso')"


def gold() -> dict:
    return {
        # ---- funnels
        "ot01": lambda: conv("referral_to_assessment", *Y25, both=False),
        "ot02": lambda: top_dropoff("referral_to_assessment", *H1_26),
        "ot03": lambda: conv("referral_to_assessment", *RENO, first="e1.clinic_id = 'SG-TAM'", both=False),
        "ot04": lambda: conv("referral_to_assessment", *quarter(2024, 2), first="e1.clinic_id = 'SG-TAM'", both=False),
        "ot05": lambda: conv("assessment_to_handover", *Y25, both=False),
        "ot06": lambda: top_dropoff("assessment_to_handover", *Y25),
        "ot07": lambda: top_conv("referral_to_assessment", *RENO, "e1.clinic_en",
                                 "SELECT DISTINCT clinic_en FROM events", lowest=True, gap=0.15),
        "ot08": lambda: conv("referral_to_handover", *H2_25, both=False),
        "ot09": lambda: conv("handover_to_review", *quarter(2026, 1), both=False),
        "ot10": lambda: conv("claim_to_casting", *Y25, first="e1.payer = 'socso'", both=False),
        "ot11": lambda: top_dropoff("claim_to_casting", *Y25, first="e1.payer = 'socso'"),
        # ---- claims
        "ot12": lambda: reject_rate(*STRAITS, cond="e.payer = 'straits_life'"),
        "ot13": lambda: reject_rate(*Y25, cond="e.payer = 'straits_life'"),
        "ot14": lambda: ev_top("tp_claim_decision", 'e."拒赔原因"', *STRAITS,
                               cond="e.payer = 'straits_life' AND e.action = 'rejected'", gap=2),
        "ot15": lambda: payer_top("e.payer", "avg((e.action = 'rejected')::int)", *STRAITS, gap=0.1),
        "ot16": lambda: ev_agg("avg(e.decision_days)", "tp_claim_decision", *Y25, cond="e.payer = 'socso'",
                               rel=0.02, floor=0.5, nd=1),
        "ot17": lambda: payer_top("e.payer", "avg(e.decision_days)", *Y25, gap=10),
        "ot18": lambda: ev_count("tp_claim_submitted", *month(2026, 3)),
        # ---- lab
        "ot20": lambda: ev_agg("avg(e.lab_days)", "tp_fabrication", *month(2025, 9), cond=SG, rel=0.02, floor=0.2,
                               nd=1),
        "ot21": lambda: ev_share("e.ready_late", "tp_fabrication", *LABSLOW, cond=SG),
        "ot22": lambda: ev_share("e.ready_late", "tp_fabrication", *LABSLOW, cond=MY),
        "ot23": lambda: ev_month_top("tp_fabrication", *Y25, cond="e.ready_late", gap=1.2),
        # ---- fitting
        "ot25": lambda: ev_rate_top("tp_fitting", "e.clinician", "e.fit_result = 'remake'", "2025-07-01", "2026-06-30",
                                    cond="e.clinic_id = 'SG-NOV' AND e.fit_no = 1 AND e.category = 'prosthetic'",
                                    gap=0.15, min_n=15),
        "ot26": lambda: ev_share("e.fit_result = 'remake'", "tp_fitting", *Y25, cond="e.fit_no = 1"),
        # ---- appointments
        "ot28": lambda: assess_noshow(*Y25),
        "ot29": lambda: assess_noshow_top('c."转诊来源"', *Y25),
        "ot30": lambda: fup_noshow_top("c.age_band", *Y25),
        "ot31": lambda: fup_noshow(*H1_26, cond="e.followup_type = 'tele'"),
        "ot32": lambda: fup_noshow(*H1_26, cond="e.followup_type = 'in_clinic'"),
        "ot33": lambda: ev_agg("avg(e.wait_days)", "tp_booking", *RENO, cond="e.clinic_id = 'SG-TAM'", rel=0.03,
                               floor=0.5, nd=1),
        "ot34": lambda: ev_count("tp_assessment", *month(2026, 5)),
        "ot35": lambda: ev_count("tp_referral", "2026-03-09", "2026-03-15", cond="e.clinic_id = 'KL-BSR'"),
        # ---- experiment
        "ot36": lambda: exp_best(),
        "ot37": lambda: exp_rate("whatsapp"),
        "ot38": lambda: exp_rate("sms"),
        # ---- brace wear
        "ot39": lambda: ev_agg("avg(e.wear_hours_avg)", "tp_followup", *Y25, cond="e.device_type = 'spinal_brace'",
                               rel=0.01, floor=0.15, nd=2),
        "ot40": lambda: ev_agg("avg(e.wear_hours_avg)", "tp_followup", *Y25,
                               cond="e.device_type = 'spinal_brace' AND c.age BETWEEN 13 AND 15", rel=0.01,
                               floor=0.15, nd=2),
        # ---- adjustments
        "ot41": lambda: ev_top("tp_adjustment", "e.adjustment_reason", *Y25, cond="e.device_type = 'transfemoral'",
                               gap=1.5),
        "ot42": lambda: ev_top("tp_adjustment", 'e."调整原因"', *Y25, cond="e.device_type = 'diabetic_footwear'",
                               gap=1.5),
        "ot43": lambda: adjusted_share(*Y25, cond="e.category = 'prosthetic'"),
        # ---- support
        "ot45": lambda: ev_top("tp_support", 'e."咨询原因"', *month(2025, 9), cond=SG, gap=2),
        "ot46": lambda: ev_top("tp_support", "e.contact_reason", *STRAITS, gap=1.5),
        "ot47": lambda: ev_count("tp_support", *month(2026, 6)),
        # ---- referrals and casting
        "ot49": lambda: signup_count("2025-04-01", "2025-12-31", cond="c.home_clinic_id = 'PG-GTN'"),
        "ot50": lambda: ev_top("tp_referral", 'e."转诊来源"', *Y25, cond="e.category = 'prosthetic'", gap=1.5),
        "ot51": lambda: ev_count("tp_referral", *quarter(2026, 1)),
        "ot52": lambda: ev_share("e.cast_method = '3d_scan'", "tp_cast_scan", *H1_26),
        "ot53": lambda: ev_share("e.cast_method = '3d_scan'", "tp_cast_scan", *Y24),
        "ot54": lambda: ev_top("tp_repair", "e.component", *Y25, cond="e.category = 'prosthetic'", gap=1.5),
        # ---- money
        "ot56": lambda: orders_sum(*Y25, cond=f"{PAID} AND o.clinic_id = 'SG-NOV'"),
        "ot57": lambda: orders_top("o.clinic", *Y25, lowest=True, gap=1.2),
        "ot58": lambda: orders_share("o.category = 'prosthetic'", *Y25),
        "ot59": lambda: growth(H1_25, H1_26),
        "ot60": lambda: orders_share("o.order_type = 'payer_settlement'", *Y25),
        "ot61": lambda: orders_sum(*quarter(2025, 4), cond=f"{PAID} AND o.clinic_id = 'KL-BSR'"),
        "ot62": lambda: ev_agg("avg(e.quote_amount)", "tp_quote", *Y25,
                               cond=f"{SG} AND e.device_type = 'transfemoral'", rel=0.005, floor=1, nd=2),
        "ot63": lambda: refunds(*Y25),
        # ---- feedback
        "ot64": lambda: fb_top("f.touchpoint_id", f"{NEG} AND {_in('f.ts', *STRAITS)}", gap=1.3),
        "ot65": lambda: fb_count("f.topic = 'parking'", rel=0.05),
        "ot66": lambda: fb_top("f.clinic_en", "f.topic = 'parking'", gap=3),
        "ot67": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "ot68": lambda: fb_avg("nps", f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}", tol=0.1),
        "ot69": lambda: fb_avg_top("f.clinic", f"f.channel = 'survey' AND {_in('f.ts', *RENO)}", gap=0.12),
        "ot70": lambda: fb_count("f.ts IS NULL"),
        "ot71": lambda: fb_ids(f"f.topic = 'device_wait' AND f.clinic_id LIKE 'SG-%' AND "
                               f"{_in('f.ts', '2025-08-01', '2025-11-30')}"),
        "ot72": lambda: fb_ids(f"f.topic IN ('claim_rejected', 'claim_slow', 'billing_confusion') AND {STRAITS_PAT} "
                               f"AND {_in('f.ts', '2026-01-01', '2026-06-30')}"),
        "ot73": lambda: fb_ids(f"f.topic IN ('claim_slow', 'claim_rejected') AND ({SOCSO_PAT} OR "
                               "(f.customer_id IS NULL AND f.topic = 'claim_slow'))"),
        "ot74": lambda: fb_ids("f.topic = 'socket_fit'"),
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
    print("status-only ok items:", missing, "failed:", failed)
    langs = [it["lang"] for it in items]
    print(f"{len(items)} items: zh {langs.count('zh')}, en {langs.count('en')}; statuses",
          {s: sum(1 for it in items if it['expect'].get('status') == s) for s in ('ok', 'clarify', 'unsupported')},
          f"follow-ups {sum(1 for it in items if 'follow_up_of' in it)}, as_of {sum(1 for it in items if 'as_of' in it)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
