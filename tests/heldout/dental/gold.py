"""Gold answers for the dental-chain (皓齿 BrightSmile Dental) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching step
  k-1, within the journey's window (window_days) from their first step-1 event in the period. Each rate is computed
  twice, with later steps allowed after the period end and with every step required inside the period; the tolerance
  covers both (`conv`). Where the question says later steps may fall after the period, only the open version is used
  (`conv_open`). Drop-off of a step = 1 - reached next / reached this step;
- "customers / people / patients / 客户 / 人" = distinct customer_id; an online inquiry = a tp_inquiry event (one per
  customer, walk-ins have tp_walkin instead); a check-up = a tp_checkup event (the check-up attended); a booking /
  appointment = a tp_booking event, its outcome in `appointment_status` (attended, no_show, cancelled, scheduled); a
  no-show rate counted "by booking" = no_show bookings / all bookings made (booking `ts`) in the period; "treatment
  visits / 治疗人次" = tp_treatment events (recall cleanings included); "first treatment" = a customer's first
  tp_treatment event;
- a customer's source / age band / insurance / city = the customers row (acquisition_channel / source_zh, age_band,
  insurance_type (zh) / insurance_type_en, city / city_zh); the clinic of an event, order or comment is its own
  `clinic` (zh) / `clinic_en` column (asserted equal to the customer's clinic); treatment type of a gap = the
  deposit event's treatment_type (one plan per customer);
- time between two steps = days (fractional, epoch difference / 86400) from the customer's first event at the first
  step to their first event at the second step after it; the cohort is the period of the *second* step;
- money = orders with status `paid` (deposits, treatment fees, installments), dated by the order `ts`; refunded orders
  (cancelled deposits, duplicate installment charges) are not revenue; "refunded" amounts / counts are orders with
  status `refunded` dated by their `ts`. Spend per paying customer = paid amount / distinct customers with a paid
  order in the period;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value; complaint-topic counts use text markers with a
  5 % tolerance, checked against the truth topic; "all feedback" includes Dianping reviews without a date, a period
  filter only keeps dated rows; average rating by step = every rated row by touchpoint_id; a clinic's / dentist
  level's rating = rated rows with that clinic / dentist_level column;
- periods are inclusive calendar dates; weeks run Monday..Sunday; relative periods resolve against `as_of` (else
  2026-06-30, the last day of the data).
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
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    types={{'signup_at': 'TIMESTAMP', 'age_band': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'device': 'VARCHAR', 'session_id': 'VARCHAR', 'dentist_id': 'VARCHAR',
                            'dentist_level': 'VARCHAR', 'dentist_level_en': 'VARCHAR', 'treatment_type': 'VARCHAR',
                            'treatment_type_zh': 'VARCHAR', 'plan_amount': 'DOUBLE', 'appointment_at': 'TIMESTAMP',
                            'appointment_status': 'VARCHAR', 'wait_minutes': 'DOUBLE', 'visit_no': 'DOUBLE',
                            'installment_no': 'DOUBLE', 'campaign_id': 'VARCHAR', 'complaint_topic': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'installment_no': 'DOUBLE',
                            'installment_total': 'DOUBLE', 'installment_provider': 'VARCHAR',
                            'refunded_at': 'TIMESTAMP', 'refund_reason': 'VARCHAR', 'channel': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE', 'nps': 'DOUBLE',
                            'dentist_id': 'VARCHAR', 'dentist_level': 'VARCHAR', 'dentist_level_en': 'VARCHAR',
                            'treatment_type': 'VARCHAR', 'treatment_type_zh': 'VARCHAR', 'clinic': 'VARCHAR',
                            'clinic_en': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events e JOIN customers c USING (customer_id) WHERE e.clinic <> c.clinic") == 0
    assert one("SELECT count(*) FROM orders o JOIN customers c USING (customer_id) WHERE o.clinic <> c.clinic") == 0
    assert one("""SELECT count(*) FROM feedback f JOIN customers c USING (customer_id)
                  WHERE f.clinic <> c.clinic""") == 0
    assert one("SELECT count(*) FROM (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_deposit' "
               "GROUP BY 1 HAVING count(*) > 1)") == 0
    assert one("SELECT max(ts) FROM events").date().isoformat() <= "2026-06-30"


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


# ---------- funnels (DATA.md rule) ----------

def _steps(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust=None, bounded=False) -> list[int]:
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


def _rate(c, a, b, drop):
    r = c[(b or len(c)) - 1] / c[a - 1]
    return 1 - r if drop else r


def conv(journey, start, end, a=1, b=None, drop=False, **kw):
    vals = [_rate(funnel(journey, start, end, bounded=bd, **kw), a, b, drop) for bd in (False, True)]
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_open(journey, start, end, a=1, b=None, drop=False, **kw):
    return dict(value=round(_rate(funnel(journey, start, end, **kw), a, b, drop), 4), tolerance=0.01)


def top_lost(journey, start, end, **kw):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.3, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, min_n=100, gap=0.04, b=None):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            c = funnel(journey, start, end, cust=f"{column} = '{v}'", bounded=bounded)
            if c[0] >= min_n:
                rates[v] = c[(b or len(c)) - 1] / c[0]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- time between steps ----------

def _gaps(a_tp, b_tp, start, end, cond="1=1"):
    return f"""WITH a AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = '{a_tp}' GROUP BY 1),
               b AS (SELECT e.customer_id, min(e.ts) t FROM events e JOIN a USING (customer_id)
                     WHERE e.touchpoint_id = '{b_tp}' AND e.ts > a.t GROUP BY 1),
               p AS (SELECT customer_id, treatment_type, treatment_type_zh FROM events
                     WHERE touchpoint_id = 'tp_deposit')
               SELECT c.*, p.treatment_type, p.treatment_type_zh, epoch(b.t - a.t) / 86400 AS days
               FROM a JOIN b USING (customer_id) JOIN customers c USING (customer_id)
               LEFT JOIN p USING (customer_id) WHERE {_in('b.t', start, end)} AND ({cond})"""


def gap(a_tp, b_tp, start, end, agg="median", cond="1=1"):
    v = one(f"SELECT {agg}(days) FROM ({_gaps(a_tp, b_tp, start, end, cond)})")
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.03), 2))


def gap_share(a_tp, b_tp, start, end, limit, cond="1=1"):
    v = one(f"SELECT avg((days > {limit})::int) FROM ({_gaps(a_tp, b_tp, start, end, cond)})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_gap(a_tp, b_tp, start, end, col, gap_days=3, agg="avg"):
    rows = q(f"SELECT {col}, {agg}(days) d FROM ({_gaps(a_tp, b_tp, start, end)}) GROUP BY 1 ORDER BY d DESC")
    assert rows[0][1] > rows[1][1] + gap_days, rows
    return dict(top_entity=rows[0][0])


# ---------- events / customers ----------

def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} "
                          f"AND ({cond})", tp), tolerance=0.5)


def share_events(tp, start, end, num, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} "
            f"AND ({cond})", tp)
    return dict(value=round(v, 4), tolerance=0.01)


def avg_events(tps, start, end, col, cond="1=1"):
    tl = ", ".join(f"'{t}'" for t in tps)
    v = one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id IN ({tl}) AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.02), 2))


def top_avg_events(tps, start, end, col, by, gap=5.0):
    tl = ", ".join(f"'{t}'" for t in tps)
    rows = q(f"""SELECT {by}, avg({col}) a FROM events e WHERE e.touchpoint_id IN ({tl}) AND {_in('e.ts', start, end)}
                 GROUP BY 1 ORDER BY a DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_share_events(tp, start, end, by, num, min_n=100, gap=0.05):
    rows = q(f"""SELECT {by}, avg(({num})::int) r, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r DESC""", tp)
    assert rows[0][1] > rows[1][1] + gap, rows[:3]
    return dict(top_entity=rows[0][0])


def monthly_events(tp, start, end, agg="count(*)", cond="1=1", pick="max", month=None):
    rows = q(f"""SELECT strftime(e.ts, '%Y-%m') m, {agg} v FROM events e WHERE e.touchpoint_id IN ({tp})
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY 1""")
    vals = dict(rows)
    if month:
        v = vals[month]
    else:
        ordered = sorted(vals.values(), reverse=True)
        assert ordered[0] > ordered[1] * 1.15, ordered[:3]
        v = ordered[0]
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.02), 2))


def sessions_per_customer(start, end):
    v = one(f"""SELECT count(*) / count(DISTINCT customer_id) FROM events
                WHERE touchpoint_id = 'tp_treatment' AND {_in('ts', start, end)}""")
    return dict(value=round(v, 3), tolerance=0.05)


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c"), 4), tolerance=0.01)


def top_customers(col, gap=1.2):
    rows = q(f"SELECT {col}, count(*) n FROM customers c GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def never_checked():
    v = one("""SELECT count(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM events e
               WHERE e.customer_id = c.customer_id AND e.touchpoint_id = 'tp_checkup')""")
    assert v == one("SELECT count(*) FROM customers WHERE segment IN ('lead', 'booked')")
    return dict(value=v, tolerance=0.5)


def top_plan_share(start, end, col, ttype, gap=0.05):
    rows = q(f"""SELECT {col}, avg((e.treatment_type = '{ttype}')::int) r FROM events e JOIN customers c
                 USING (customer_id) WHERE e.touchpoint_id = 'tp_plan' AND {_in('e.ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows[:3]
    return dict(top_entity=rows[0][0])


def installment_share(start, end):
    v = one(f"""WITH f AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_treatment'
                           GROUP BY 1),
                 p AS (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_deposit'
                       AND treatment_type IN ('implant', 'orthodontics'))
                SELECT avg((EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = f.customer_id
                                    AND o.order_type = 'installment'))::int)
                FROM f JOIN p USING (customer_id) WHERE {_in('f.t', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.01 if abs(v) < 100 else 1.0, abs(v) * 0.001), 2))


def share_orders(start, end, num, cond="1=1", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def per_customer(start, end):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o
                WHERE status = 'paid' AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(v * 0.002, 2))


def monthly_revenue_peak(start, end):
    rows = q(f"""SELECT strftime(ts, '%Y-%m') m, sum(amount) v FROM orders WHERE status = 'paid'
                 AND {_in('ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    v = float(rows[0][1])
    return dict(value=round(v, 2), tolerance=round(v * 0.001, 2))


def top_orders(col, start, end, agg="count(*)", status="paid", cond="1=1", gap=1.1):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:4]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f JOIN truth t USING (feedback_id)
                                                    WHERE {cond} ORDER BY 1""")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"),
                tolerance=0.5)


def topic_count(marker, topics, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE ({marker}) AND {extra}")
    tl = ", ".join(f"'{t}'" for t in topics)
    truth = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE t.topic IN ({tl}) AND {extra}")
    assert abs(n - truth) <= max(1, 0.05 * truth), (n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.01):
    v = one(f"SELECT avg({col}) FROM feedback f JOIN truth t USING (feedback_id) WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    v = one(f"SELECT avg(({num})::int) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}")
    return dict(value=round(v, 4), tolerance=tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def top_rating(col, cond="1=1", gap=0.15, highest=False, min_n=1):
    rows = q(f"""SELECT {col}, avg(f.rating) r, count(*) n FROM feedback f
                 WHERE f.rating IS NOT NULL AND {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r {'DESC' if highest else 'ASC'}""")
    assert abs(rows[1][1] - rows[0][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_neg_share(col, cond="1=1", gap=0.04, join=""):
    rows = q(f"""SELECT {col}, avg((t.sentiment = 'neg')::int) r FROM feedback f JOIN truth t USING (feedback_id) {join}
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


def top_topic(col, marker, cond="1=1", gap=1.5):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE ({marker}) AND {col} IS NOT NULL AND {cond}
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2024-07-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
BUG = ("2025-11-01", "2026-02-28")
NEG = "t.sentiment = 'neg'"
WAIT = ("(f.text LIKE '%等了%' OR f.text LIKE '%等候%' OR f.text LIKE '%排队%' OR f.text LIKE '%等太久%' "
        "OR lower(f.text) LIKE '%wait%')")
UPSELL = ("(f.text LIKE '%推销%' OR f.text LIKE '%强推%' OR lower(f.text) LIKE '%upsell%' "
          "OR lower(f.text) LIKE '%pushy%' OR lower(f.text) LIKE '%hard sell%')")
BILLING = ("(f.text LIKE '%扣了两次%' OR f.text LIKE '%重复扣款%' OR f.text LIKE '%多扣%' OR f.text LIKE '%账单%' "
           "OR lower(f.text) LIKE '%charged twice%' OR lower(f.text) LIKE '%double charged%' "
           "OR lower(f.text) LIKE '%billing%')")
PAINLESS = "(f.text LIKE '%无痛%' OR lower(f.text) LIKE '%painless%')"
PRICE = ("(f.text LIKE '%不透明%' OR f.text LIKE '%隐形消费%' OR lower(f.text) LIKE '%hidden fee%' "
         "OR lower(f.text) LIKE '%not transparent%')")
TREAT, DEP, CHK = "tp_treatment", "tp_deposit", "tp_checkup"
WJ, TH, GG = "北京望京店", "广州天河店", "武汉光谷店"


def gold() -> dict:
    return {
        # ---- funnels (DATA.md rule)
        "dt01": lambda: conv("inquiry_to_checkup", *Y25),
        "dt02": lambda: conv("inquiry_to_checkup", *Y25, cust="c.acquisition_channel = 'douyin'"),
        "dt03": lambda: top_conv("inquiry_to_checkup", *Y25, "c.acquisition_channel", lowest=True, min_n=100),
        "dt04": lambda: conv_open("booking_show", *quarter(2025, 3)),
        "dt05": lambda: conv_open("booking_show", *quarter(2025, 3), cust="c.acquisition_channel = 'referral'"),
        "dt06": lambda: top_share_events("tp_booking", *Y25, "c.source_zh", "e.appointment_status = 'no_show'"),
        "dt07": lambda: share_events("tp_booking", *Y25, "e.appointment_status = 'no_show'"),
        "dt08": lambda: top_lost("checkup_to_treatment", *ALL),
        "dt09": lambda: conv_open("checkup_to_treatment", *H2_25, b=3, cust=f"c.clinic = '{TH}'"),
        "dt10": lambda: conv_open("checkup_to_treatment", *H2_25, b=3, cust=f"c.clinic <> '{TH}'"),
        "dt11": lambda: conv_open("checkup_to_treatment", *quarter(2026, 1), a=2, b=3, drop=True),
        "dt12": lambda: top_conv("checkup_to_treatment", *Y25, "c.insurance_type_en", b=3, min_n=100),
        "dt13": lambda: top_conv("checkup_to_treatment", *Y25, "c.insurance_type", b=3, lowest=True, min_n=100),
        "dt14": lambda: conv_open("inquiry_to_checkup", *month(2025, 9), cust="c.acquisition_channel = 'douyin'"),
        "dt15": lambda: conv_open("aftercare", *H1_25, b=2),
        # ---- volumes and trends
        "dt16": lambda: users_at("tp_inquiry", "2025-09-15", "2025-09-21", "c.acquisition_channel = 'douyin'"),
        "dt17": lambda: users_at("tp_inquiry", "2025-09-08", "2025-09-14", "c.acquisition_channel = 'douyin'"),
        "dt18": lambda: users_at(CHK, *month(2025, 10)),
        "dt19": lambda: events_at(CHK, "2025-03-03", "2025-03-09"),
        "dt20": lambda: events_at(TREAT, *month(2026, 5), f"e.clinic = '{WJ}'"),
        "dt21": lambda: monthly_events("'tp_inquiry'", *Y25),
        "dt22": lambda: monthly_revenue_peak(*Y25),
        "dt23": lambda: monthly_events("'tp_checkup', 'tp_treatment'", *Y25, agg="avg(e.wait_minutes)",
                                       cond=f"e.clinic = '{WJ}'", month="2025-12"),
        # ---- lobby waits
        "dt24": lambda: avg_events([CHK], *quarter(2025, 4), "e.wait_minutes", f"e.clinic_en = 'Beijing Wangjing'"),
        "dt25": lambda: avg_events([CHK], *quarter(2025, 2), "e.wait_minutes", f"e.clinic_en = 'Beijing Wangjing'"),
        "dt26": lambda: top_avg_events([TREAT], *H1_26, "e.wait_minutes", "e.clinic"),
        "dt27": lambda: share_events(TREAT, *quarter(2026, 1), "e.wait_minutes > 30",
                                     "e.clinic_en = 'Beijing Wangjing'"),
        # ---- time between steps
        "dt28": lambda: gap(DEP, TREAT, *Y25, cond="p.treatment_type = 'orthodontics'"),
        "dt29": lambda: gap("tp_inquiry", CHK, *Y25, agg="avg"),
        "dt30": lambda: gap_share(DEP, TREAT, *H1_26, 14),
        "dt31": lambda: top_gap(DEP, TREAT, *Y25, "treatment_type_zh"),
        # ---- money
        "dt33": lambda: orders(*Y25),
        "dt34": lambda: top_orders("o.treatment_type", *Y25, agg="sum(o.amount)"),
        "dt35": lambda: orders(*Y25, cond="o.treatment_type = 'implant'"),
        "dt36": lambda: orders(*Y25, cond="o.treatment_type = 'orthodontics'"),
        "dt37": lambda: per_customer(*Y25),
        "dt38": lambda: orders(*BUG, agg="count(*)", status="refunded", cond="o.order_type = 'installment'"),
        "dt39": lambda: share_orders(*BUG, "o.status = 'refunded'", "o.order_type = 'installment'", status=None),
        "dt40": lambda: orders(*Y25, status="refunded"),
        "dt42": lambda: installment_share(*Y25),
        "dt43": lambda: sessions_per_customer(*Y25),
        "dt44": lambda: avg_events(["tp_plan"], *H2_25, "e.plan_amount", "e.clinic_en = 'Guangzhou Tianhe'"),
        "dt45": lambda: orders(*Y25, cond=f"o.clinic = '{TH}'"),
        # ---- customers
        "dt46": lambda: customers_share("c.insurance_type = '商业保险'"),
        "dt47": lambda: top_customers("c.age_band"),
        "dt48": never_checked,
        "dt49": lambda: top_plan_share(*Y25, "c.age_band", "orthodontics"),
        # ---- feedback
        "dt51": lambda: topic_count(WAIT, ["long_wait"]),
        "dt52": lambda: topic_count(UPSELL, ["upsell"]),
        "dt53": lambda: top_topic("f.clinic", UPSELL),
        "dt54": lambda: topic_count(BILLING, ["billing_error"], _in("f.ts", *BUG)),
        "dt55": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 1))),
        "dt56": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 4))),
        "dt57": lambda: top_rating("f.touchpoint_id", gap=0.3, min_n=30),
        "dt58": lambda: fb_avg("f.rating", f"f.touchpoint_id = 'tp_treatment' AND {_in('f.ts', *Y25)}"),
        "dt59": lambda: top_rating("f.clinic_en", "f.touchpoint_id = 'tp_treatment' AND f.treatment_type = 'cleaning' "
                                                  "AND f.ts >= DATE '2025-04-01'", gap=0.2, highest=True, min_n=20),
        "dt60": lambda: top_rating("f.dentist_level", "f.touchpoint_id = 'tp_treatment'", gap=0.15, highest=True,
                                   min_n=50),
        "dt61": lambda: nps(f"f.channel = 'survey' AND f.touchpoint_id = 'tp_treatment' AND {_in('f.ts', *Y25)}"),
        "dt62": lambda: fb_count("f.ts IS NULL"),
        "dt63": lambda: top_neg_share("c.insurance_type_en", join="JOIN customers c USING (customer_id)"),
        "dt64": lambda: topic_count(PAINLESS, ["painless"]),
        "dt65": lambda: topic_count(PAINLESS, ["painless"], f"f.clinic = '{GG}'"),
        "dt66": lambda: fb_avg("f.rating", f"f.touchpoint_id = 'tp_installment' AND {_in('f.ts', *BUG)}"),
        "dt68": lambda: topic_count(WAIT, ["long_wait"], f"f.clinic = '{WJ}' AND {_in('f.ts', *H1_26)}"),
        # ---- why-questions
        "dt69": lambda: feedback_ids(f"f.clinic = '{WJ}' AND t.topic = 'long_wait'"),
        "dt70": lambda: feedback_ids(f"f.clinic = '{TH}' AND t.topic IN ('upsell', 'price_transparency')"),
        "dt71": lambda: feedback_ids("t.topic = 'billing_error'"),
        "dt72": lambda: feedback_ids(f"f.clinic = '{GG}' AND t.topic = 'painless'"),
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
        assert it["lang"] in ("zh", "en"), it["id"]
    missing = []
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                missing.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:70], shown)
    print("status-only ok items:", missing)
    n_zh = sum(it["lang"] == "zh" for it in items)
    print(f"{len(items)} items: {n_zh} zh / {len(items) - n_zh} en;",
          {s: sum(it['expect']['status'] == s for it in items) for s in ("ok", "unsupported", "clarify")},
          "follow-ups:", sum("follow_up_of" in it for it in items))
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
