"""Gold answers for the mobile-vet (VetVan 宠医到家) held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- customers / owners / clients / 客户 / 用户 = distinct customer_id. The customers table holds everyone who ever reached
  us (also app visitors who never booked, lifecycle `prospect`); its columns are the state at the end of the data
  (2026-07-31): segment (household / smallholding / breeder), region (shanghai, hangzhou, chengdu, surrey, kent,
  gloucestershire), country (CN / UK), tier (standard / wellness_basic / wellness_plus = on a wellness plan now),
  app_os (ios / android / none), address_type (urban / suburban / rural), preferred_contact (the reminder channel).
- Funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period. Every rate is read twice,
  with later steps allowed after the period end and with every step inside the period; a part of a journey (steps
  a..b) is read inside the full journey (reached b / reached a) and as a funnel starting at step a. The value is the
  first reading and the tolerance covers them all (at least 0.01). A funnel by a customer attribute (region, segment,
  phone OS, address type, reminder channel, plan tier) filters the customers. The phone OS of app events
  (events.device) always equals customers.app_os.
- A home visit = a tp_home_visit event (the van came and the visit took place); visit_type consult, vaccination,
  farm_call, dental or end_of_life. A booked visit that did not happen = tp_visit_cancelled (cancelled by the customer
  or by us, or a no-show). Cancellation share = tp_visit_cancelled / (tp_visit_cancelled + tp_home_visit), events
  dated in the period (a visit we rescheduled is a cancellation and its new visit a visit).
- Lateness = late_minutes on tp_home_visit (arrival minus slot start); "late" when > 30 minutes only where a question
  says so. Lab turnaround = turnaround_hours on tp_lab_result, by the result's date. Triage wait = queue_wait_min on
  tp_triage_call (answered and abandoned calls); abandoned = action `abandoned`. Weekdays are the call's local day.
- Dental acceptance per estimate = tp_dental_quote events in the period whose quote_id has a tp_dental_procedure
  (any time); read also as the dental funnel (45 days), inside the tolerance.
- A/B test = experiments `booster_reminder_2025` (control / one_tap); per variant the booster funnel over the test
  window 2025-10-01 .. 2026-03-31 for the customers assigned to it.
- Money = orders with status `paid`, `amount` in CNY (group reporting currency; GBP at 9.20), dated by orders.ts.
  order_type: consult, vaccination, farm_call, dental, end_of_life, aftercare, lab_test, medication, wellness_plan.
  Plan members' boosters have no invoice (covered by the plan).
- Feedback: "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table).
  Complaint-topic counts use text markers with a 5 % tolerance, checked against the truth topic. A period filter
  keeps dated rows only. NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value. Region of a comment = the
  feedback row's region column; vet = its vet_id.
- Periods are inclusive calendar dates; weeks run Monday..Sunday; relative periods resolve against `as_of`, else
  2026-07-31, the last day of the data.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
LAST = "2026-07-31"
UK = "('surrey', 'kent', 'gloucestershire')"


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys", "experiments"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    sample_size=-1, all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE events AS SELECT * REPLACE (ts::TIMESTAMP AS ts,
                   try_cast(late_minutes AS DOUBLE) AS late_minutes, try_cast(queue_wait_min AS DOUBLE) AS
                   queue_wait_min, try_cast(turnaround_hours AS DOUBLE) AS turnaround_hours,
                   try_cast(dental_grade AS INTEGER) AS dental_grade, try_cast(quote_amount AS DOUBLE) AS quote_amount,
                   try_cast(reminder_no AS INTEGER) AS reminder_no, try_cast(animals_seen AS INTEGER) AS animals_seen,
                   try_cast(dispatch_days AS INTEGER) AS dispatch_days, try_cast(slot_start AS TIMESTAMP) AS slot_start)
                   FROM events""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'visit_id': 'VARCHAR',
                    'vet_id': 'VARCHAR', 'plan_type': 'VARCHAR', 'refund_reason': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE', 'vet_id': 'VARCHAR', 'region': 'VARCHAR', 'touchpoint_id': 'VARCHAR',
                    'visit_id': 'VARCHAR', 'platform': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) - count(DISTINCT customer_id) FROM customers") == 0
    assert one("SELECT count(*) - count(DISTINCT feedback_id) FROM feedback") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)") == 0
    assert one("SELECT count(*) FROM events WHERE customer_id NOT IN (SELECT customer_id FROM customers)") == 0
    assert one("SELECT count(*) FROM events e JOIN customers c USING (customer_id) WHERE e.region <> c.region") == 0
    assert one("""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                  WHERE e.device IS NOT NULL AND e.device <> c.app_os""") == 0
    assert one("SELECT max(ts) FROM events") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")
    assert one("SELECT min(ts) FROM events") >= one("SELECT TIMESTAMP '2024-10-01'")


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= TIMESTAMP '{start}' AND {col} < TIMESTAMP '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}"


def quarter(y, k):
    return f"{y}-{3 * k - 2:02d}-01", f"{y}-{3 * k:02d}-{[31, 30, 30, 31][k - 1]}"


def count(v):
    return dict(value=int(v), tolerance=0.5)


def num(v, rel=0.005, floor=0.5):
    v = float(v)
    return dict(value=round(v, 4), tolerance=round(max(floor, abs(v) * rel), 4))


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def span(vals, floor=0.01, digits=4):
    """value = the first reading; the tolerance covers every other reading."""
    a = float(vals[0])
    dev = max(abs(float(v) - a) for v in vals)
    return dict(value=round(a, digits), tolerance=round(max(floor, dev + 0.005 if dev > 0 else floor), digits))


# ---------- funnels (DATA.md rule) ----------

def _journey(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel_steps(steps, window, start, end, cust_cond="1=1", ev_cond="1=1", bounded=False) -> list[int]:
    ev = (f"SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) "
          f"WHERE ({cust_cond}) AND ({ev_cond}) AND e.touchpoint_id IN ({', '.join(repr(s) for s in steps)})")
    if bounded:
        ev += f" AND e.ts < TIMESTAMP '{end}' + INTERVAL 1 DAY"
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


def readings(journey, start, end, a=1, b=None, **kw) -> list[float]:
    steps, window = _journey(journey)
    b = b or len(steps)
    out = []
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        out.append(c[b - 1] / c[a - 1])
        if a > 1 or b < len(steps):
            c = funnel_steps(steps[a - 1:b], window, start, end, bounded=bounded, **kw)
            out.append(c[-1] / c[0])
    return out


def conv(journey, start, end, a=1, b=None, **kw):
    return span(readings(journey, start, end, a, b, **kw))


def conv_open(journey, start, end, a=1, b=None, **kw):
    """the question says later steps may fall after the period: the unbounded readings only."""
    steps, window = _journey(journey)
    b = b or len(steps)
    c = funnel_steps(steps, window, start, end, **kw)
    out = [c[b - 1] / c[a - 1]]
    if a > 1 or b < len(steps):
        c = funnel_steps(steps[a - 1:b], window, start, end, **kw)
        out.append(c[-1] / c[0])
    return span(out)


def top_conv(journey, start, end, column, lowest=False, min_n=40, gap=0.04, a=1, b=None, cust_cond="1=1"):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    steps, window = _journey(journey)
    bb = b or len(steps)
    tops = set()
    for i in range(3):
        rates = {}
        for v in vals:
            cond = f"{column} = '{v}' AND ({cust_cond})"
            if i == 2:
                c = funnel_steps(steps[a - 1:bb], window, start, end, cust_cond=cond)
                n0, n1 = c[0], c[-1]
            else:
                c = funnel_steps(steps, window, start, end, cust_cond=cond, bounded=i == 1)
                n0, n1 = c[a - 1], c[bb - 1]
            if n0 >= min_n:
                rates[v] = n1 / n0
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, **kw):
    steps, _ = _journey(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel_steps(steps, _journey(journey)[1], start, end, bounded=bounded, **kw)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.15, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def exp_cond(variant):
    return (f"c.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = 'booster_reminder_2025' "
            f"AND variant = '{variant}')")


EXP_WIN = ("2025-10-01", "2026-03-31")


def experiment_top():
    r = {v: readings("booster", *EXP_WIN, cust_cond=exp_cond(v)) for v in ("control", "one_tap")}
    for i in range(len(r["control"])):
        assert r["one_tap"][i] - r["control"][i] > 0.05, r
    return dict(top_entity="one_tap")


def experiment_value(variant):
    return conv("booster", *EXP_WIN, cust_cond=exp_cond(variant))


# ---------- visits, cancellations, lateness ----------

def visits(start, end, cond="1=1"):
    return count(one(f"""SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_home_visit'
                         AND {_in('e.ts', start, end)} AND ({cond})"""))


def cancel_share(start, end, cond="1=1"):
    return rate(one(f"""SELECT avg((touchpoint_id = 'tp_visit_cancelled')::int) FROM events e
                        WHERE touchpoint_id IN ('tp_home_visit', 'tp_visit_cancelled') AND {_in('e.ts', start, end)}
                        AND ({cond})"""))


def avg_late(start, end, cond="1=1"):
    return num(one(f"""SELECT avg(late_minutes) FROM events e WHERE touchpoint_id = 'tp_home_visit'
                       AND {_in('e.ts', start, end)} AND ({cond})"""), rel=0.01, floor=0.5)


def top_group(sql, gap=1.1, lowest=False, absolute=None):
    rows = q(sql)
    rows = sorted(rows, key=lambda r: r[1], reverse=not lowest)
    if absolute is not None:
        assert abs(rows[0][1] - rows[1][1]) > absolute, rows[:3]
    elif lowest:
        assert rows[1][1] > rows[0][1] * gap, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_late(start, end, col="e.region", gap=1.5):
    return top_group(f"""SELECT {col}, avg(late_minutes) FROM events e WHERE touchpoint_id = 'tp_home_visit'
                         AND {_in('e.ts', start, end)} GROUP BY 1""", gap=gap)


def top_ev_value(tp, col, start, end, cond="1=1", gap=1.15):
    return top_group(f"""SELECT {col}, count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {col} IS NOT NULL
                         AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""", gap=gap)


def ev_count(tps, start, end, cond="1=1", distinct=None):
    tps = tps if tps.startswith("(") else f"('{tps}')"
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e WHERE e.touchpoint_id IN {tps} AND {_in('e.ts', start, end)}
                         AND ({cond})"""))


def ev_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.1):
    return num(one(f"""SELECT avg({col}) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                       AND ({cond})"""), rel=rel, floor=floor)


def ev_share(tp, num_, start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(({num_})::int) FROM events e WHERE touchpoint_id = '{tp}'
                        AND {_in('e.ts', start, end)} AND ({cond})"""))


# ---------- dental ----------

def _dental_sql(start, end, cond):
    return f"""SELECT e.*, c.tier, (EXISTS (SELECT 1 FROM events x WHERE x.touchpoint_id = 'tp_dental_procedure'
                      AND x.quote_id = e.quote_id))::int AS acc
               FROM events e JOIN customers c USING (customer_id)
               WHERE e.touchpoint_id = 'tp_dental_quote' AND {_in('e.ts', start, end)} AND ({cond})"""


def dental_accept(start, end, cond="1=1"):
    """per estimate (procedure done at any time), and the dental funnel per customer with the procedure allowed
    after the period end (45 days)."""
    a = one(f"SELECT avg(acc) FROM ({_dental_sql(start, end, cond)})")
    if cond != "1=1":
        return rate(a)
    steps, window = _journey("dental")
    c = funnel_steps(steps, window, start, end)
    return span([a, c[1] / c[0]])


def top_dental(start, end, col, lowest=True, gap=0.1):
    got = top_group(f"SELECT {col}, avg(acc) FROM ({_dental_sql(start, end, '1=1')}) GROUP BY 1",
                    lowest=lowest, absolute=gap)
    return dict(top_entity=str(got["top_entity"]))


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", cond="1=1"):
    v = one(f"SELECT {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return count(v)
    return num(v, floor=0.01 if abs(float(v)) < 100 else 1.0)


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", gap=1.08):
    return top_group(f"""SELECT {col}, {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                         AND ({cond}) AND {col} IS NOT NULL GROUP BY 1""", gap=gap)


def order_share(num_, start, end, cond="1=1"):
    v = one(f"""SELECT sum(CASE WHEN {num_} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return rate(v)


# ---------- customers ----------

def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def cust_share(num_, cond="1=1"):
    return rate(one(f"SELECT avg(({num_})::int) FROM customers c WHERE {cond}"))


def top_cust(col, cond="1=1", gap=1.08):
    return top_group(f"SELECT {col}, count(*) FROM customers c WHERE {cond} GROUP BY 1", gap=gap)


# ---------- feedback ----------

MARK = {
    "late": "(f.text LIKE '%迟到%' OR regexp_matches(lower(f.text), '\\blate\\b'))",
    "reschedule": "(f.text LIKE '%改期%' OR lower(f.text) LIKE '%reschedul%')",
    "map_pin": "(f.text LIKE '%定位%' OR lower(f.text) LIKE '%map pin%')",
    "lab_slow": "(f.text LIKE '%报告%' OR lower(f.text) LIKE '%results%')",
    "dental_price": "(f.text LIKE '%太贵%' OR lower(f.text) LIKE '%expensive%')",
    "rough": "(f.text LIKE '%粗暴%' OR regexp_matches(lower(f.text), '\\brough\\b'))",
    "on_hold": "(f.text LIKE '%排队%' OR lower(f.text) LIKE '%on hold%')",
    "plan_price": "(f.text LIKE '%涨价%' OR lower(f.text) LIKE '%price increase%')",
    "refill": "(f.text LIKE '%续药%' OR lower(f.text) LIKE '%repeat prescription%')",
    "gentle": "(f.text LIKE '%温柔%' OR lower(f.text) LIKE '%gentle%')",
    "praise": "(f.text LIKE '%专业%' OR lower(f.text) LIKE '%professional%')",
}
NEG = "t.sentiment = 'neg'"


def topic_count(topic, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {MARK[topic]} AND {extra}")
    tr = one(f"""SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE t.topic = '{topic}' AND {extra}""")
    assert n == tr, (topic, n, tr)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def topic_top(topic, col, extra="1=1", gap=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {MARK[topic]} AND {col} IS NOT NULL AND {extra} GROUP BY 1 ORDER BY n DESC""")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def fb_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f JOIN truth t
                                                    USING (feedback_id) WHERE {cond} ORDER BY 1""")])


def fb_count(cond):
    return count(one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"))


def fb_ratio(num_, cond, tol=0.01):
    return rate(one(f"SELECT avg(({num_})::int) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"), tol)


def fb_avg(col, cond):
    return num(one(f"SELECT avg({col}) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"),
               rel=0.0, floor=0.02)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def fb_top(col, agg, cond, lowest=False, gap=0.15, min_n=30):
    rows = q(f"""SELECT {col}, {agg} r FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert len(rows) == 1 or abs(rows[0][1] - rows[1][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


ALL = ("2024-10-01", LAST)
Y25 = ("2025-01-01", "2025-12-31")


H2_25 = ("2025-07-01", "2025-12-31")
Q3_25 = quarter(2025, 3)
Q1_26 = quarter(2026, 1)
AUG25 = month(2025, 8)
MAR26 = month(2026, 3)
CD = "c.region = 'chengdu'"
MON = "extract(isodow FROM e.ts) = 1"


def gold() -> dict:
    return {
        # ---- booking funnels
        "mv01": lambda: conv("app_booking", *Y25),
        "mv02": lambda: top_lost("app_booking", *Y25),
        "mv03": lambda: conv("app_booking", *MAR26, 1, 2, cust_cond="c.app_os = 'ios'"),
        "mv04": lambda: conv("app_booking", *MAR26, 1, 2, cust_cond="c.app_os = 'android'"),
        "mv05": lambda: conv("app_booking", *MAR26, 1, 2, cust_cond="c.app_os = 'ios' AND c.address_type = 'rural'"),
        "mv06": lambda: conv_open("app_booking", *AUG25, cust_cond=CD),
        "mv07": lambda: conv_open("app_booking", *month(2025, 5), cust_cond=CD),
        "mv08": lambda: conv("triage_to_visit", *Y25),
        "mv09": lambda: top_conv("triage_to_visit", *AUG25, "c.region", lowest=True, min_n=30),
        "mv10": lambda: conv("symptom_to_visit", *Y25, 1, 2),
        # ---- boosters, dental, plans, end of life, lab
        "mv11": lambda: top_conv("booster", *ALL, "c.preferred_contact", lowest=True),
        "mv12": lambda: conv("booster", *ALL, cust_cond="c.preferred_contact = 'wechat'"),
        "mv13": lambda: experiment_top(),
        "mv14": lambda: experiment_value("one_tap"),
        "mv15": lambda: dental_accept(*Y25),
        "mv16": lambda: top_dental(*ALL, "dental_grade"),
        "mv17": lambda: top_conv("wellness", *ALL, "c.segment"),
        "mv18": lambda: conv("wellness", *ALL, cust_cond="c.segment = 'smallholding'"),
        "mv19": lambda: conv("end_of_life", *ALL, 1, 2),
        "mv20": lambda: top_conv("end_of_life", *ALL, "c.country", a=2, b=3, min_n=30),
        "mv21": lambda: conv("lab_loop", *Y25),
        # ---- operations
        "mv22": lambda: avg_late(*AUG25, "e.region = 'chengdu'"),
        "mv23": lambda: avg_late(*AUG25, "e.region <> 'chengdu'"),
        "mv24": lambda: top_late(*Q3_25),
        "mv25": lambda: cancel_share(*AUG25, "e.region = 'chengdu'"),
        "mv26": lambda: top_ev_value("tp_visit_cancelled", "cancel_reason", *Q3_25, cond="e.region = 'chengdu'"),
        "mv27": lambda: top_group(f"""SELECT lab_partner, avg(turnaround_hours) FROM events e
                                      WHERE touchpoint_id = 'tp_lab_result' AND {_in('e.ts', *Q1_26)} GROUP BY 1""",
                                  gap=1.3),
        "mv28": lambda: ev_avg("tp_lab_result", "turnaround_hours", *Q1_26, "e.lab_partner = 'petlab_east'"),
        "mv29": lambda: ev_share("tp_lab_result", "turnaround_hours <= 48", *month(2025, 12),
                                 "e.lab_partner = 'petlab_east'"),
        "mv30": lambda: ev_avg("tp_triage_call", "queue_wait_min", *ALL,
                               f"{MON} AND extract(hour FROM e.ts) BETWEEN 8 AND 10"),
        "mv31": lambda: ev_share("tp_triage_call", "action = 'abandoned'", *ALL, MON),
        "mv32": lambda: visits(*quarter(2026, 2)),
        "mv33": lambda: ev_count("tp_vaccination", *Y25),
        "mv34": lambda: visits(*MAR26, "e.region = 'gloucestershire' AND e.visit_type = 'farm_call'"),
        "mv35": lambda: visits("2025-02-01", "2025-04-30", "e.visit_type = 'farm_call'"),
        "mv36": lambda: ev_count("tp_rx_refill", *H2_25),
        # ---- money
        "mv37": lambda: orders(*Y25),
        "mv38": lambda: orders(*Q1_26),
        "mv39": lambda: top_orders("o.region", *Y25, cond="o.region IN ('shanghai', 'hangzhou', 'chengdu')"),
        "mv40": lambda: order_share(f"o.region IN {UK}", *Y25),
        "mv41": lambda: orders(*month(2026, 2), cond="o.order_type = 'wellness_plan'"),
        "mv42": lambda: orders(*H2_25, cond="o.order_type = 'dental'"),
        "mv43": lambda: top_orders("o.order_type", *Y25),
        "mv44": lambda: orders("2026-03-02", "2026-03-08"),
        # ---- customers and plans
        "mv45": lambda: cust_count("c.tier <> 'standard'"),
        "mv46": lambda: cust_count("c.tier = 'wellness_plus'"),
        "mv47": lambda: cust_share("c.segment = 'smallholding'"),
        "mv48": lambda: top_cust("c.acquisition_channel", _in("c.signup_at", *Y25)),
        "mv49": lambda: ev_count("tp_plan_cancel", "2026-01-01", "2026-02-28", cond=f"e.region IN {UK}"),
        "mv50": lambda: top_ev_value("tp_plan_cancel", "cancel_reason", "2026-01-01", "2026-02-28",
                                     cond=f"e.region IN {UK}", gap=2.0),
        "mv51": lambda: cust_count(_in("c.signup_at", *Q1_26)),
        # ---- feedback
        "mv52": lambda: topic_count("late"),
        "mv53": lambda: topic_top("late", "f.region", gap=2.0),
        "mv54": lambda: topic_count("map_pin"),
        "mv55": lambda: topic_count("lab_slow"),
        "mv56": lambda: topic_top("rough", "f.vet_id", gap=3.0),
        "mv57": lambda: topic_top("dental_price", "f.touchpoint_id", gap=3.0),
        "mv58": lambda: topic_count("on_hold"),
        "mv59": lambda: fb_ratio(NEG, _in("f.ts", *month(2026, 1))),
        "mv60": lambda: fb_avg("f.rating", "f.touchpoint_id = 'tp_eol_visit' AND f.rating IS NOT NULL"),
        "mv61": lambda: fb_top("f.vet_id", "avg(f.rating)", "f.rating IS NOT NULL", gap=0.1, min_n=50),
        "mv62": lambda: nps(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "mv63": lambda: fb_count("f.ts IS NULL"),
        "mv64": lambda: fb_ids(MARK["map_pin"]),
        "mv65": lambda: topic_count("plan_price"),
        "mv66": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'survey' AND {_in('f.ts', *H2_25)}"),
        "mv67": lambda: fb_avg("f.rating", "f.touchpoint_id = 'tp_app_booking' AND f.rating IS NOT NULL"),
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
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
