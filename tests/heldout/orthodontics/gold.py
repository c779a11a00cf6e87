"""Gold answers for the 齐美正畸 AlignRight held-out batch (orthodontic clinics), from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write] [--keep-going] [ID ...]

Conventions:
- events are loaded once per event_id (the app re-sends some virtual check-ins as exact duplicate rows);
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; rates are per customer
  (cohort = customers whose first step-1 event falls in the period). Each funnel gold is computed twice, with later
  steps allowed after the period end and with every step inside the period; the tolerance covers both readings.
  "Drop-off" of a step = customers who reached it but not the next step / customers who reached it; the answer is
  the touchpoint where they were last seen (the step with the highest drop-off rate). A funnel "for Singapore" /
  "for an orthodontist" filters on the step-1 event's clinic / orthodontist (a patient's clinic never changes);
- "patients" / "people" = distinct customer_id; a new lead = a customer whose `signup_at` (first free-scan booking)
  falls in the period;
- scan no-show rate = tp_scan_booking events (appt_type scan) made in the period whose booking_id has a tp_missed_appt
  row / bookings made in the period (also read as missed scans in the period / bookings; the tolerance covers both);
- check-up no-show rate = tp_missed_appt rows with appt_type checkup / (those + attended in-clinic tp_checkup rows), by
  event date (virtual check-ins cannot be missed); a patient's language is customers.language;
- aligner batch lateness = tp_aligner_shipped rows by ship date (ts) that have a delivery (days_late not empty);
  late = delivered_late true; "China clinics" = HZ-XH and WH-GG, "overseas" = the other three;
- financing approval rate = tp_financing_app rows with action approved / applications, by application date;
- experiment plan_video_2026: assigned customers with a tp_contract event within 30 days after `assigned_at` /
  assigned customers;
- instalments = orders of order_type instalment (the clinic's own payment plan; all are eventually paid in the data),
  by `due_date`; late = days_late > 0; late fees = order_type late_fee;
- refinement share = aligner patients with a tp_complete in the period who have any tp_refinement; wear = the mean of
  the patient's wear_hours_avg over all their check-ups (< 20 vs >= 20 hours);
- retainer uptake = the completion_to_retainer journey (60-day window);
- money = orders with status `paid` by the order's ts; per clinic in its local currency (`amount`), across clinics
  in RMB (`amount_cny`, the group reporting figure); aligner treatment fees = paid orders whose product is
  aligner_lite / aligner_full (payments in full, deposits, lender settlements, instalments, refinement fees);
  cooling-off refunds = status `refunded` by `refunded_at`;
- zh questions expect the zh twin value (clinic, 获客渠道, 患者类型, 产品, 拒绝原因, 咨询原因, 精调原因, orthodontist),
  en questions the en / raw one (clinic_en, lender_en, retainer_type, contact_reason); touchpoints and variants by
  raw id; months as YYYY-MM; plan length as its number of months;
- feedback sentiment / topic = the generator's truth (DATADIR/_truth/feedback_truth.csv, not a DATA.md table); topic
  counts carry a 5 % tolerance; "all feedback" includes rows without a date, a dated question counts only dated rows;
  ratings / nps average the rows that carry one; survey = channel `survey`;
- periods are inclusive calendar dates; weeks run Monday-Sunday; relative periods resolve against the item's
  `as_of` (else 2026-07-31, the last day of the data).
"""
from __future__ import annotations

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


def month(y, m):
    import calendar
    return f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def quarter(y, n):
    return month(y, 3 * n - 2)[0], month(y, 3 * n)[1]


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


def conv(journey, start, end, a=1, b=None, both=True, **kw):
    """both=False: the question fixes the window from step 1 explicitly, so later steps may fall after the period."""
    vals = []
    for bounded in ((False, True) if both else (False,)):
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
        if len(rates) > 1:
            assert rates[order[0]] - rates[order[1]] > margin
        tops.add(steps[order[0]])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, values_sql, min_n=80, gap=0.04, lowest=False, on="cust"):
    """best (or worst) value of `column` by end-to-end conversion; on = 'cust' (customers c) or 'first' (event e1)."""
    vals = [r[0] for r in q(values_sql)]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            lit = str(v).replace("'", "''")
            cond = f"{column} = '{lit}'"
            c = funnel(journey, start, end, bounded=bounded, **({"cust": cond} if on == "cust" else {"first": cond}))
            if c[0] >= min_n:
                rates[v] = c[-1] / c[0]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        print("   ", {k: round(v, 3) for k, v in sorted(rates.items(), key=lambda x: x[1])})
        assert abs(rates[order[0]] - rates[order[1]]) > gap, rates
        tops.add(order[0])
    assert len(tops) == 1
    return dict(top_entity=str(tops.pop()))


# ---------- events ----------

def ev_agg(expr, tps, start, end, cond="1=1", rel=0.03, floor=0.1, nd=2):
    tl = ", ".join(f"'{t}'" for t in tps.split(","))
    v = one(f"""SELECT {expr} FROM events e WHERE e.touchpoint_id IN ({tl}) AND {_in('e.ts', start, end)}
                AND ({cond})""")
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


def ev_month_top(tp, start, end, cond="1=1", gap=1.05):
    return top(q(f"""SELECT strftime(e.ts, '%Y-%m') m, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                     AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC"""), gap)


def ev_share(num_cond, tp, start, end, cond="1=1"):
    r = q(f"""SELECT avg(({num_cond})::int), count(*) FROM events e JOIN customers c USING (customer_id)
              WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")[0]
    print(f"    n={r[1]}")
    return rate(r[0])


CN = "e.clinic_id IN ('HZ-XH', 'WH-GG')"
SY = "e.clinic_id = 'SY-CW'"
VC = "e.clinic_id = 'VC-RM'"
DELIVERED = "e.days_late IS NOT NULL"


# ---------- bookings / check-ups ----------

def scan_noshow(start, end, cond="1=1", counted=True):
    a = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events n WHERE n.touchpoint_id = 'tp_missed_appt'
                        AND n.booking_id = b.booking_id))::int)
                FROM events b JOIN customers c USING (customer_id) WHERE b.touchpoint_id = 'tp_scan_booking'
                AND {_in('b.ts', start, end)} AND ({cond})""")
    nb = one(f"""SELECT count(*) FROM events b JOIN customers c USING (customer_id)
                 WHERE b.touchpoint_id = 'tp_scan_booking' AND {_in('b.ts', start, end)} AND ({cond})""")
    nn = one(f"""SELECT count(*) FROM events b JOIN customers c USING (customer_id) WHERE b.touchpoint_id =
                 'tp_missed_appt' AND b.appt_type = 'scan' AND {_in('b.ts', start, end)} AND ({cond})""")
    print(f"    linked {a:.4f}, counted {nn / nb:.4f} ({nn}/{nb})")
    if not counted:
        return rate(a)
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - nn / nb) + 0.005), 4))


def scan_noshow_top(col, start, end, gap=0.03):
    rows = q(f"""SELECT {col}, avg((EXISTS (SELECT 1 FROM events n WHERE n.touchpoint_id = 'tp_missed_appt'
                        AND n.booking_id = b.booking_id))::int) r, count(*)
                 FROM events b JOIN customers c USING (customer_id) WHERE b.touchpoint_id = 'tp_scan_booking'
                 AND {_in('b.ts', start, end)} GROUP BY 1 ORDER BY r DESC""")
    print("   ", rows)
    assert rows[0][1] - rows[1][1] > gap
    return dict(top_entity=rows[0][0])


CHECKUP_APPTS = """((e.touchpoint_id = 'tp_missed_appt' AND e.appt_type = 'checkup') OR
                   (e.touchpoint_id = 'tp_checkup' AND e.checkup_type = 'in_clinic'))"""
MISSED = "(e.touchpoint_id = 'tp_missed_appt')::int"


def checkup_noshow(start, end, cond="1=1"):
    r = q(f"""SELECT avg({MISSED}), count(*) FROM events e JOIN customers c USING (customer_id)
              WHERE {CHECKUP_APPTS} AND {_in('e.ts', start, end)} AND ({cond})""")[0]
    print(f"    n={r[1]}")
    return rate(r[0])


def checkup_noshow_top(col, start, end, gap=0.03, min_n=50):
    rows = q(f"""SELECT {col}, avg({MISSED}) r, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE {CHECKUP_APPTS} AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r DESC""")
    print("   ", [(r[0], round(r[1], 4), r[2]) for r in rows])
    assert rows[0][1] - rows[1][1] > gap
    return dict(top_entity=rows[0][0])


# ---------- financing / experiment ----------

def approval(start, end, cond="1=1"):
    return ev_share("e.action = 'approved'", "tp_financing_app", start, end, cond)


def lender_lowest(col, start, end, min_n=20, gap=0.08):
    rows = q(f"""SELECT {col}, avg((e.action = 'approved')::int) r, count(*) n FROM events e
                 WHERE e.touchpoint_id = 'tp_financing_app' AND {_in('e.ts', start, end)} GROUP BY 1
                 HAVING count(*) >= {min_n} ORDER BY r""")
    print("   ", [(r[0], round(r[1], 4), r[2]) for r in rows])
    assert rows[1][1] - rows[0][1] > gap
    return dict(top_entity=rows[0][0])


def _exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_contract' AND e.ts >= x.assigned_at
                       AND e.ts <= x.assigned_at + INTERVAL 30 DAY))::int) r, count(*) n
                FROM experiments x GROUP BY 1 ORDER BY r DESC""")


def exp_best(gap=1.1):
    return top(_exp_rates(), gap)


def exp_rate(variant):
    return rate([r[1] for r in _exp_rates() if r[0] == variant][0])


# ---------- refinements ----------

def refine_share(start, end, wear=None):
    cond = "1=1"
    if wear == "low":
        cond = "w.w < 20"
    elif wear == "high":
        cond = "w.w >= 20"
    r = q(f"""WITH w AS (SELECT customer_id, avg(wear_hours_avg) w FROM events WHERE touchpoint_id = 'tp_checkup'
                         AND wear_hours_avg IS NOT NULL GROUP BY 1)
              SELECT avg((EXISTS (SELECT 1 FROM events r WHERE r.customer_id = e.customer_id
                                  AND r.touchpoint_id = 'tp_refinement'))::int), count(*)
              FROM events e LEFT JOIN w USING (customer_id) WHERE e.touchpoint_id = 'tp_complete'
              AND e.treatment_type = 'aligner' AND {_in('e.ts', start, end)} AND ({cond})""")[0]
    print(f"    n={r[1]}")
    return rate(r[0])


def retainer_lowest(col, start, end, min_n=40, gap=0.08):
    rows = q(f"""SELECT {col}, avg((EXISTS (SELECT 1 FROM events k WHERE k.customer_id = e.customer_id
                        AND k.touchpoint_id = 'tp_retainer' AND k.ts > e.ts AND k.ts <= e.ts + INTERVAL 60 DAY))::int)
                        r, count(*) n
                 FROM events e WHERE e.touchpoint_id = 'tp_complete' AND {_in('e.ts', start, end)} GROUP BY 1
                 HAVING count(*) >= {min_n} ORDER BY r""")
    print("   ", [(r[0], round(r[1], 4), r[2]) for r in rows])
    assert rows[1][1] - rows[0][1] > gap
    return dict(top_entity=rows[0][0])


# ---------- instalments ----------

INST = "o.order_type = 'instalment'"


def late_share(start, end, cond="1=1"):
    r = q(f"""SELECT avg((o.days_late > 0)::int), count(*) FROM orders o WHERE {INST}
              AND {_in('o.due_date', start, end)} AND ({cond})""")[0]
    print(f"    n={r[1]}")
    return rate(r[0])


def late_top(col, start, end, gap=0.04):
    rows = q(f"""SELECT {col}, avg((o.days_late > 0)::int) r, count(*) FROM orders o WHERE {INST}
                 AND {_in('o.due_date', start, end)} GROUP BY 1 ORDER BY r DESC""")
    print("   ", rows)
    assert rows[0][1] - rows[1][1] > gap
    return dict(top_entity=str(rows[0][0]))


# ---------- orders / customers ----------

PAID = "o.status = 'paid'"
ALIGNER_FEES = "o.product IN ('aligner_lite', 'aligner_full')"


def orders_sum(start, end, cond=PAID, col="o.ts", what="o.amount"):
    return money(one(f"SELECT sum({what}) FROM orders o WHERE {_in(col, start, end)} AND ({cond})"))


def orders_top(col, start, end, cond=PAID, gap=1.08, measure="sum(o.amount_cny)", lowest=False):
    return top(q(f"""SELECT {col}, {measure} v FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})
                     AND {col} IS NOT NULL GROUP BY 1 ORDER BY v {'ASC' if lowest else 'DESC'}"""), gap, lowest)


def orders_share(num_cond, start, end, cond=PAID):
    return rate(one(f"""SELECT sum(CASE WHEN {num_cond} THEN o.amount_cny ELSE 0 END) / sum(o.amount_cny)
                        FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"""))


def growth(a, b, cond=PAID):
    x = one(f"SELECT sum(o.amount_cny) FROM orders o WHERE ({cond}) AND {_in('o.ts', *a)}")
    y = one(f"SELECT sum(o.amount_cny) FROM orders o WHERE ({cond}) AND {_in('o.ts', *b)}")
    print(f"    {x} -> {y}")
    return rate((y - x) / x)


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
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
    assert abs(rows[0][1] - rows[1][1]) > gap, rows
    return dict(top_entity=rows[0][0])


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
SY_TIGHT = ("2026-02-01", "2026-04-30")
BACKLOG = ("2025-12-01", "2026-01-31")
VC_BUG = ("2025-10-01", "2026-01-31")
WH_WAIT = ("2025-03-01", "2025-05-31")
VISITS = "tp_free_scan,tp_consult,tp_treatment_start,tp_checkup"


def gold() -> dict:
    return {
        # ---- funnels
        "or01": lambda: conv("scan_to_consult", *Y25),
        "or02": lambda: top_dropoff("scan_to_consult", *H1_26),
        "or03": lambda: conv("consult_to_start", *Y25),
        "or04": lambda: conv("consult_to_start", *Y25, first="e1.clinic_id = 'SG-OR'"),
        "or05": lambda: top_dropoff("consult_to_start", *Y25),
        "or06": lambda: conv("finance_to_start", *SY_TIGHT, first="e1.clinic_id = 'SY-CW'"),
        "or07": lambda: conv("booking_to_start", *H2_25),
        "or08": lambda: top_conv("consult_to_start", *Y25, "c.home_clinic_en",
                                 "SELECT DISTINCT home_clinic_en FROM customers"),
        "or09": lambda: top_conv("consult_to_start", *Y25, "e1.orthodontist",
                                 "SELECT DISTINCT orthodontist FROM events WHERE clinic_id = 'HZ-XH' AND "
                                 "orthodontist IS NOT NULL", on="first", gap=0.08),
        "or10": lambda: conv("start_to_first_checkup", *quarter(2026, 1), both=False),
        # ---- scans and leads
        "or11": lambda: scan_noshow(*Y25),
        "or12": lambda: scan_noshow_top('c."获客渠道"', *Y25),
        "or13": lambda: ev_month_top("tp_scan_booking", *Y25, cond=CN, gap=1.12),
        "or14": lambda: ev_count("tp_free_scan", *month(2026, 3)),
        "or15": lambda: ev_count("tp_scan_booking", "2026-03-02", "2026-03-08", cond="e.clinic_id = 'SG-OR'"),
        "or16": lambda: signup_count("2025-03-01", "2025-12-31", cond="c.home_clinic_id = 'VC-RM'"),
        # ---- financing
        "or17": lambda: approval(*SY_TIGHT, cond=SY),
        "or18": lambda: approval(*Y25, cond=SY),
        "or19": lambda: ev_top("tp_financing_app", 'e."拒绝原因"', *SY_TIGHT, cond=f"{SY} AND e.action = 'declined'",
                               gap=2),
        "or20": lambda: lender_lowest("e.lender_en", *H1_26),
        "or21": lambda: ev_count("tp_financing_app", *Y25, distinct=True),
        # ---- experiment
        "or22": lambda: exp_best(),
        "or23": lambda: exp_rate("video"),
        "or24": lambda: exp_rate("control"),
        # ---- aligner shipments
        "or25": lambda: ev_agg("avg(e.days_late)", "tp_aligner_shipped", *month(2025, 12), cond=f"{CN} AND {DELIVERED}",
                               floor=0.3),
        "or26": lambda: ev_share("e.delivered_late", "tp_aligner_shipped", *BACKLOG, cond=f"{CN} AND {DELIVERED}"),
        "or27": lambda: ev_share("e.delivered_late", "tp_aligner_shipped", *BACKLOG,
                                 cond=f"NOT {CN} AND {DELIVERED}"),
        "or28": lambda: ev_month_top("tp_aligner_shipped", *Y25, cond="e.delivered_late", gap=1.3),
        # ---- check-ups / missed appointments
        "or29": lambda: checkup_noshow(*Y25),
        "or30": lambda: checkup_noshow(*VC_BUG, cond=f"{VC} AND c.language = 'zh'"),
        "or31": lambda: checkup_noshow(*VC_BUG, cond=f"{VC} AND c.language = 'en'"),
        "or32": lambda: checkup_noshow_top('c."患者类型"', *Y25),
        "or33": lambda: checkup_noshow_top("e.clinic_en", *quarter(2025, 4), gap=0.06),
        # ---- refinements
        "or34": lambda: refine_share(*Y25),
        "or35": lambda: ev_top("tp_refinement", 'e."精调原因"', "2024-01-01", "2026-07-31", gap=1.5),
        "or36": lambda: refine_share("2024-01-01", "2026-07-31", wear="low"),
        "or37": lambda: refine_share("2024-01-01", "2026-07-31", wear="high"),
        # ---- instalments
        "or38": lambda: late_share(*Y25),
        "or39": lambda: late_top("o.plan_term_months", *Y25),
        "or40": lambda: orders_sum(*Y25, cond=f"{PAID} AND o.order_type = 'late_fee'", what="o.amount_cny"),
        "or41": lambda: late_share(*month(2026, 2), cond="o.clinic_id IN ('HZ-XH', 'WH-GG')"),
        "or42": lambda: ev_count("tp_payment_overdue", *Y25, distinct=True),
        # ---- completion and retainers
        "or43": lambda: conv("completion_to_retainer", *Y25),
        "or44": lambda: retainer_lowest("e.clinic", *Y25),
        "or45": lambda: ev_top("tp_retainer", "e.retainer_type", *Y25, cond=SY, gap=1.5),
        "or46": lambda: ev_agg("avg(e.actual_months)", "tp_complete", *Y25, cond="e.product = 'aligner_lite'",
                               rel=0.02, floor=0.1),
        "or47": lambda: ev_count("tp_complete", *quarter(2026, 2)),
        # ---- starts and contracts
        "or48": lambda: ev_count("tp_treatment_start", *quarter(2025, 3)),
        "or49": lambda: ev_share("e.treatment_type = 'aligner'", "tp_treatment_start", *Y25),
        "or50": lambda: ev_top("tp_contract", 'e."产品"', *Y25, gap=1.1),
        # ---- support
        "or51": lambda: ev_top("tp_support", 'e."咨询原因"', *month(2025, 12), cond=CN, gap=1.5),
        "or52": lambda: ev_top("tp_support", "e.contact_reason", *SY_TIGHT, cond=SY, gap=1.8),
        "or53": lambda: ev_count("tp_support", *month(2026, 7)),
        # ---- money
        "or54": lambda: orders_sum(*Y25, cond=f"{PAID} AND o.clinic_id = 'HZ-XH'"),
        "or55": lambda: orders_top("o.clinic", *Y25, lowest=True, gap=1.2),
        "or56": lambda: orders_share(ALIGNER_FEES, *Y25),
        "or57": lambda: growth(H1_25, H1_26),
        "or58": lambda: orders_sum(*quarter(2025, 4), cond=f"{PAID} AND o.clinic_id = 'SG-OR'"),
        # ---- feedback
        "or59": lambda: fb_top("f.touchpoint_id", f"{NEG} AND f.clinic_id = 'SY-CW' AND {_in('f.ts', *SY_TIGHT)}",
                               gap=1.5),
        "or60": lambda: fb_count("f.topic = 'shipping_late'", rel=0.05),
        "or61": lambda: fb_count("f.topic = 'late_fee'", rel=0.05),
        "or62": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "or63": lambda: fb_avg("nps", f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}", tol=0.1),
        "or64": lambda: fb_avg_top("f.clinic_en", f"f.channel = 'survey' AND {_in('f.ts', *WH_WAIT)}"),
        "or65": lambda: ev_agg("avg(e.wait_minutes)", VISITS, *WH_WAIT, cond="e.clinic_id = 'WH-GG'", rel=0.03,
                               floor=1.0, nd=1),
        "or66": lambda: fb_count("f.ts IS NULL"),
        "or67": lambda: fb_ids("f.topic = 'shipping_late' AND (f.clinic_id IN ('HZ-XH', 'WH-GG') OR f.clinic_id IS NULL)"
                               f" AND {_in('f.ts', '2025-11-01', '2026-02-28')}"),
        "or68": lambda: fb_ids("f.topic = 'financing_declined' AND (f.clinic_id = 'SY-CW' OR f.clinic_id IS NULL)"),
        "or69": lambda: fb_ids("f.topic = 'reminder_missing'"),
        "or70": lambda: fb_ids("f.topic = 'wait_long' AND f.clinic_id = 'WH-GG'"),
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
    failed = []
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
