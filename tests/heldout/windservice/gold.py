"""Gold answers for the windservice (瀚风运维 HanWind O&M) held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events.csv holds 31 exact duplicate rows (SCADA re-sent some fault alarms with the same event_id); they are loaded
  once (DATA.md), so every count here is over distinct rows.
- A customer is one wind farm (customer_id WF....). "Farms" = distinct customer_id. The customers table holds every
  farm that ever had a contract with HanWind and the farms it bid for and lost (segment `prospect`, no signup_at).
  segment (active, new, at_risk, churned, prospect), contract_end and renewed are the state at the end of the data
  (2026-05-31). "Under contract now / currently maintained" = segment in (active, new, at_risk). "New contracts
  signed in a period" = signup_at (the contract-signing date) in the period. region = province (English names; the
  Chinese name is province_zh), country = China / Vietnam, site_type = onshore / offshore / nearshore.
- Funnels follow DATA.md: a farm reaches step k when it has an event at step k's touchpoint after reaching step
  k-1, within the journey's window_days from its first step-1 event in the period. Every rate is read twice, with
  later steps allowed after the period end and with every step inside the period; the value is the first reading
  and the tolerance covers both (at least 0.01). A funnel for a country / province / site type filters the farms.
  "Where do we lose the most" = the step with the most farms that reached it and not the next one.
- A/B test = experiments `report_dashboard` (pdf_email = control, dashboard_link = the monthly report as a link to
  the live availability dashboard), assigned 2025-10-01, test window 2025-10-01 .. 2025-12-31. Per variant: the
  report_engagement funnel (monthly report -> portal visit within 7 days) over the test window for its farms.
- Operations are events: a work order (tp_work_order) per fault that needs a crew; response time = response_hours
  on tp_onsite_arrival (hours from work order to crew on site), dated by the arrival; crane wait = wait_days on
  tp_crane_onsite (read by the crane's arrival date and by the booking date); spare-part lead time = lead_days on
  tp_part_received; downtime = downtime_hours on tp_repair_done / tp_component_replaced. "Remote reset success
  rate" = successful tp_remote_reset / all tp_remote_reset attempts. Alarm counts are tp_fault_alarm rows.
- Availability = availability_pct on tp_monthly_report (one per farm and month, sent early the next month; a
  penalty month is a tp_availability_penalty row, penalty_cny in CNY). Period filters are read both by the report's
  date and by report_month; the tolerance covers both.
- Money = orders with status `paid`, amount in CNY (Vietnamese invoices are issued in USD; amount is the CNY
  value at 7.10), dated by orders.ts (invoice date). Overdue / unpaid / cancelled invoices are not revenue.
  Service-fee invoices are net of the availability penalty deducted (penalty_cny).
- Feedback: "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table).
  Complaint / praise topic counts use text markers with a 5 % tolerance, checked to equal the truth topic. A period
  filter keeps dated rows only. NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value (quarterly service
  review surveys). Ratings 1-5.
- Periods are inclusive calendar dates; relative periods resolve against `as_of`, else 2026-05-31, the last day of
  the data.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
LAST = "2026-05-31"


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys", "experiments"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP', 'contract_start': 'TIMESTAMP',
                    'contract_end': 'TIMESTAMP', 'first_contact_at': 'TIMESTAMP', 'capacity_mw': 'DOUBLE'}})""")
    n_raw = CON.execute(f"SELECT count(*) FROM read_csv_auto('{data / 'events.csv'}', header=true)").fetchone()[0]
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, sample_size=-1, all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE events AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts,
                   try_cast(response_hours AS DOUBLE) AS response_hours, try_cast(wait_days AS DOUBLE) AS wait_days,
                   try_cast(lead_days AS DOUBLE) AS lead_days, try_cast(customs_days AS DOUBLE) AS customs_days,
                   try_cast(downtime_hours AS DOUBLE) AS downtime_hours,
                   try_cast(repair_hours AS DOUBLE) AS repair_hours,
                   try_cast(availability_pct AS DOUBLE) AS availability_pct,
                   try_cast(guarantee_pct AS DOUBLE) AS guarantee_pct,
                   try_cast(report_delay_days AS DOUBLE) AS report_delay_days,
                   try_cast(penalty_cny AS DOUBLE) AS penalty_cny, try_cast(lost_mwh AS DOUBLE) AS lost_mwh,
                   try_cast(wait_min AS DOUBLE) AS wait_min, try_cast(overdue_days AS DOUBLE) AS overdue_days,
                   try_cast(defects_found AS INTEGER) AS defects_found,
                   try_cast(defect_severity AS INTEGER) AS defect_severity) FROM events""")
    print("events: raw rows", n_raw, "distinct", one("SELECT count(*) FROM events"))
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'penalty_cny': 'DOUBLE',
                    'parts_cny': 'DOUBLE', 'crane_cny': 'DOUBLE', 'labour_cny': 'DOUBLE',
                    'gross_fee_cny': 'DOUBLE', 'amount_orig': 'DOUBLE', 'paid_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE', 'touchpoint_id': 'VARCHAR', 'work_order_id': 'VARCHAR'}})""")
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
    assert one("SELECT max(ts) FROM events") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")
    assert one("SELECT min(ts) FROM events") >= one("SELECT TIMESTAMP '2024-07-01'")
    assert one("SELECT max(ts) FROM feedback") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= TIMESTAMP '{start}' AND {col} < TIMESTAMP '{end}' + INTERVAL 1 DAY"


def _months(col: str, start: str, end: str) -> str:
    """report_month ('YYYY-MM') inside the period."""
    return f"{col} >= '{start[:7]}' AND {col} <= '{end[:7]}'"


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


def span(vals, floor=0.01, digits=4, rel=0.0):
    """value = the first reading; the tolerance covers every other reading."""
    a = float(vals[0])
    dev = max(abs(float(v) - a) for v in vals)
    fl = max(floor, abs(a) * rel)
    return dict(value=round(a, digits), tolerance=round(max(fl, dev + 0.005 if dev > 0 else fl), digits))


def top_group(sql, gap=1.1, lowest=False):
    rows = q(sql)
    rows = sorted(rows, key=lambda r: r[1], reverse=not lowest)
    if lowest:
        assert rows[1][1] > rows[0][1] * gap, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


# ---------- funnels (DATA.md rule) ----------

def _journey(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel_steps(steps, window, start, end, cust_cond="1=1", bounded=False) -> list[int]:
    ev = (f"SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) "
          f"WHERE ({cust_cond}) AND e.touchpoint_id IN ({', '.join(repr(s) for s in steps)})")
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


def readings(journey, start, end, **kw) -> list[float]:
    steps, window = _journey(journey)
    out = []
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        out.append(c[-1] / c[0])
    return out


def conv(journey, start, end, **kw):
    return span(readings(journey, start, end, **kw))


def top_lost(journey, start, end, **kw):
    steps, window = _journey(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        srt = sorted(lost, reverse=True)
        assert srt[0] > srt[1] * 1.1, lost
        tops.add(steps[lost.index(srt[0])])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


EXP_WIN = ("2025-10-01", "2025-12-31")
VARIANTS = ("pdf_email", "dashboard_link")


def exp_rates(journey):
    out = {}
    for v in VARIANTS:
        cond = f"""c.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = 'report_dashboard'
                   AND variant = '{v}')"""
        out[v] = readings(journey, *EXP_WIN, cust_cond=cond)
    return out


def experiment_top(journey):
    r = exp_rates(journey)
    for i in range(2):
        assert abs(r[VARIANTS[0]][i] - r[VARIANTS[1]][i]) > 0.08, r
    best = max(r, key=lambda v: r[v][0])
    assert all(r[best][i] > r[o][i] for o in r if o != best for i in range(2)), r
    return dict(top_entity=best)


def experiment_value(journey, variant):
    return span(exp_rates(journey)[variant])


# ---------- events ----------

def ev_count(tps, start, end, cond="1=1", distinct=None):
    tps = tps if tps.startswith("(") else f"('{tps}')"
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e LEFT JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id IN {tps} AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.05):
    return num(one(f"""SELECT avg({col}) FROM events e LEFT JOIN customers c USING (customer_id)
                       WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""),
               rel=rel, floor=floor)


def ev_share(tp, num_, start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(({num_})::int) FROM events e LEFT JOIN customers c USING (customer_id)
                        WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_ev_value(tp, col, start, end, cond="1=1", gap=1.15, agg="count(*)", lowest=False, having="1=1"):
    return top_group(f"""SELECT {col}, {agg} FROM events e LEFT JOIN customers c USING (customer_id)
                         WHERE touchpoint_id = '{tp}' AND {col} IS NOT NULL AND {_in('e.ts', start, end)}
                         AND ({cond}) GROUP BY 1 HAVING {having}""", gap=gap, lowest=lowest)


def crane_wait(start, end, cond):
    by_arrival = one(f"""SELECT avg(wait_days) FROM events e WHERE touchpoint_id = 'tp_crane_onsite'
                         AND {_in('e.ts', start, end)} AND ({cond})""")
    by_booking = one(f"""SELECT avg(e.wait_days) FROM events e JOIN events b ON b.work_order_id = e.work_order_id
                         AND b.touchpoint_id = 'tp_crane_booking' WHERE e.touchpoint_id = 'tp_crane_onsite'
                         AND {_in('b.ts', start, end)} AND ({cond})""")
    return span([by_arrival, by_booking], floor=0.1, digits=3)


def report_avg(col, start, end, cond="1=1", tp="tp_monthly_report", floor=0.05):
    by_date = one(f"""SELECT avg({col}) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                      AND ({cond})""")
    by_month = one(f"""SELECT avg({col}) FROM events e WHERE touchpoint_id = '{tp}'
                       AND {_months('e.report_month', start, end)} AND ({cond})""")
    return span([by_date, by_month], floor=floor, digits=4)


def penalty_agg(agg, start, end, cond="1=1", rel=0.0, floor=0.5):
    by_date = one(f"""SELECT {agg} FROM events e WHERE touchpoint_id = 'tp_availability_penalty'
                      AND {_in('e.ts', start, end)} AND ({cond})""")
    by_month = one(f"""SELECT {agg} FROM events e WHERE touchpoint_id = 'tp_availability_penalty'
                       AND {_months('e.report_month', start, end)} AND ({cond})""")
    return span([by_date, by_month], floor=floor, digits=2, rel=rel)


def penalty_top(col, agg, start, end, gap=1.15):
    tops = set()
    for where in (_in("e.ts", start, end), _months("e.report_month", start, end)):
        rows = q(f"""SELECT {col}, {agg} v FROM events e WHERE touchpoint_id = 'tp_availability_penalty' AND {where}
                     GROUP BY 1 ORDER BY v DESC""")
        assert rows[0][1] > rows[1][1] * gap, rows[:3]
        tops.add(str(rows[0][0]))
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", cond="1=1", status="o.status = 'paid'"):
    v = one(f"""SELECT {agg} FROM orders o LEFT JOIN customers c USING (customer_id)
                WHERE {status} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return count(v)
    return num(v, floor=1.0)


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", gap=1.08, lowest=False):
    return top_group(f"""SELECT {col}, {agg} FROM orders o LEFT JOIN customers c USING (customer_id)
                         WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                         GROUP BY 1""", gap=gap, lowest=lowest)


def order_share(num_, start, end, cond="1=1", weight="o.amount", status="o.status = 'paid'"):
    return rate(one(f"""SELECT sum(CASE WHEN {num_} THEN {weight} ELSE 0 END) / sum({weight})
                        FROM orders o LEFT JOIN customers c USING (customer_id)
                        WHERE {status} AND {_in('o.ts', start, end)} AND ({cond})"""))


# ---------- customers ----------

ACTIVE = "c.segment IN ('active', 'new', 'at_risk')"


def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def cust_sum(col, cond):
    return num(one(f"SELECT sum({col}) FROM customers c WHERE {cond}"), rel=0.0, floor=0.5)


def top_cust(col, cond="1=1", gap=1.08, agg="count(*)"):
    return top_group(f"SELECT {col}, {agg} FROM customers c WHERE {cond} GROUP BY 1", gap=gap)


# ---------- feedback ----------

MARK = {
    "crew_late": "(f.text LIKE '%到场太慢%' OR lower(f.text) LIKE '%slow to reach%')",
    "crane_wait": "(f.text LIKE '%吊车%' OR lower(f.text) LIKE '%crane%')",
    "parts_customs": "(f.text LIKE '%清关%' OR lower(f.text) LIKE '%customs%')",
    "repeat_fault": "(f.text LIKE '%反复报%' OR lower(f.text) LIKE '%same fault%')",
    "report_late": "(f.text LIKE '%月报%' OR lower(f.text) LIKE '%monthly report%')",
    "penalty_dispute": "(f.text LIKE '%考核%' OR lower(f.text) LIKE '%penalty%')",
    "price": "(f.text LIKE '%价格%' OR lower(f.text) LIKE '%pric%')",
    "safety": "(f.text LIKE '%安全规范%' OR lower(f.text) LIKE '%safety rules%')",
    "crew_praise": "(f.text LIKE '%师傅%' OR lower(f.text) LIKE '%technicians%')",
    "fast_fix": "(f.text LIKE '%很快%' OR lower(f.text) LIKE '%quick%')",
    "drone_praise": "(f.text LIKE '%无人机%' OR lower(f.text) LIKE '%drone%')",
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
    return dict(top_entity=str(rows[0][0]))


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


ALL = ("2024-07-01", LAST)
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
Y26 = ("2026-01-01", LAST)
Q2_25 = quarter(2025, 2)
Q3_25 = quarter(2025, 3)
Q1_26 = quarter(2026, 1)
CRANE = ("2025-08-01", "2025-11-30")
THREE_N = "('Inner Mongolia', 'Xinjiang', 'Gansu')"


def gold() -> dict:
    off, on = "c.site_type = 'offshore'", "c.site_type = 'onshore'"
    vn, cn = "c.country = 'Vietnam'", "c.country = 'China'"
    tn = f"c.region IN {THREE_N}"
    return {
        # ---- funnels and the A/B test
        "ws01": lambda: conv("fault_fix", *Y25),
        "ws02": lambda: top_lost("fault_fix", *Y25),
        "ws03": lambda: conv("fault_fix", *Q3_25, cust_cond=off),
        "ws04": lambda: conv("fault_fix", *Q3_25, cust_cond=on),
        "ws05": lambda: conv("parts_delivery", *Q2_25, cust_cond=vn),
        "ws06": lambda: conv("parts_delivery", *Q2_25, cust_cond=cn),
        "ws07": lambda: conv("major_repair", *CRANE, cust_cond=tn),
        "ws08": lambda: conv("major_repair", "2024-08-01", "2024-11-30", cust_cond=tn),
        "ws09": lambda: experiment_top("report_engagement"),
        "ws10": lambda: experiment_value("report_engagement", "pdf_email"),
        "ws11": lambda: conv("renewal", *ALL),
        "ws12": lambda: top_lost("renewal", *ALL),
        "ws13": lambda: conv("bid_to_contract", *Y25),
        "ws14": lambda: conv("blade_care", *H2_25),
        # ---- field operations
        "ws15": lambda: ev_avg("tp_onsite_arrival", "e.response_hours", "2024-07-01", "2025-10-14",
                               cond="e.region = 'Ninh Thuan'", floor=0.1),
        "ws16": lambda: ev_avg("tp_onsite_arrival", "e.response_hours", "2025-10-15", LAST,
                               cond="e.region = 'Ninh Thuan'", floor=0.1),
        "ws17": lambda: crane_wait(*CRANE, "e.region = 'Inner Mongolia'"),
        "ws18": lambda: top_ev_value("tp_crane_onsite", "e.crane_type", *Y25, agg="avg(e.wait_days)", gap=1.25),
        "ws19": lambda: ev_avg("tp_part_received", "e.lead_days", *Q2_25, cond="e.country = 'Vietnam'", floor=0.1),
        "ws20": lambda: ev_share("tp_remote_reset", "e.action = 'success'", *Y25),
        "ws21": lambda: rate(one(f"""SELECT (SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_remote_reset'
                                             AND action = 'success' AND {_in('e.ts', *Y25)})
                                          / (SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_fault_alarm'
                                             AND {_in('e.ts', *Y25)})""")),
        "ws22": lambda: top_ev_value("tp_fault_alarm", "e.fault_system", *Y25, gap=1.3),
        "ws23": lambda: top_ev_value("tp_fault_alarm", "e.turbine_model", *Y25, cond="e.fault_system = 'pitch'",
                                     gap=2.0),
        "ws24": lambda: ev_count("tp_component_replaced", *Y25),
        "ws25": lambda: top_ev_value("tp_component_replaced", "e.component", *ALL, gap=1.5),
        "ws26": lambda: ev_avg("tp_component_replaced", "e.downtime_hours", *Y25, cond="e.component = 'gearbox'",
                               floor=0.5),
        "ws27": lambda: ev_count("tp_blade_defect", *Y25, cond="e.inspection_method = 'drone'"),
        "ws28": lambda: top_ev_value("tp_blade_defect", "e.defect_type", *ALL, gap=2.0),
        "ws29": lambda: ev_count("tp_fault_alarm", *month(2026, 4)),
        "ws30": lambda: ev_count("tp_work_order", *Q1_26),
        "ws31": lambda: report_avg("e.availability_pct", *Y25),
        "ws32": lambda: report_avg("e.availability_pct", *Y25, cond="e.site_type = 'offshore'"),
        "ws33": lambda: penalty_agg("count(*)", *Y25),
        "ws34": lambda: penalty_agg("sum(e.penalty_cny)", *Y25, rel=0.005),
        "ws35": lambda: penalty_top("e.region", "sum(e.penalty_cny)", *Y25, gap=1.2),
        "ws36": lambda: penalty_top("e.turbine_model", "count(*)", *Y25, gap=1.25),
        "ws37": lambda: ev_avg("tp_monthly_report", "e.report_delay_days", "2026-01-01", "2026-02-28", floor=0.1),
        "ws38": lambda: top_ev_value("tp_hotline", "e.call_topic", *Q2_25, cond="e.country = 'Vietnam'", gap=1.3),
        "ws40": lambda: ev_avg("tp_scheduled_inspection", "e.overdue_days", *Y25,
                               cond=f"e.inspection_type = 'annual' AND e.region IN {THREE_N}", floor=0.2),
        # ---- money
        "ws41": lambda: orders(*Y25),
        "ws42": lambda: order_share("o.country = 'Vietnam'", *Y25),
        "ws43": lambda: top_orders("o.owner_group", *Y25, gap=1.3),
        "ws44": lambda: order_share("o.contract_type = 'full_service'", *Y25),
        "ws45": lambda: orders(*month(2025, 10)),
        "ws46": lambda: orders(*Y25, cond="o.order_type = 'major_repair'"),
        "ws47": lambda: orders(*Y25, agg="sum(o.crane_cny)", cond="o.order_type = 'major_repair'"),
        "ws48": lambda: count(one("SELECT count(*) FROM orders WHERE status = 'overdue'")),
        "ws49": lambda: top_orders("o.region", *Y25, gap=1.15),
        # ---- farms
        "ws50": lambda: cust_count("1=1"),
        "ws51": lambda: cust_count(f"{ACTIVE} AND c.country = 'Vietnam'"),
        "ws52": lambda: cust_sum("c.turbine_count", ACTIVE),
        "ws53": lambda: cust_count(_in("c.signup_at", *Y25)),
        "ws54": lambda: cust_count("c.segment = 'at_risk'"),
        "ws55": lambda: cust_count("c.segment = 'churned'"),
        "ws56": lambda: cust_sum("c.capacity_mw", f"{ACTIVE} AND c.country = 'Vietnam'"),
        # ---- feedback
        "ws57": lambda: topic_count("crane_wait"),
        "ws58": lambda: topic_top("crane_wait", "f.owner_group", gap=1.3),
        "ws59": lambda: topic_count("repeat_fault"),
        "ws60": lambda: topic_top("repeat_fault", "f.turbine_model", gap=3),
        "ws61": lambda: topic_count("penalty_dispute"),
        "ws62": lambda: topic_count("crew_late"),
        "ws63": lambda: fb_ratio(NEG, _in("f.ts", *Q3_25)),
        "ws64": lambda: nps(f"f.touchpoint_id = 'tp_service_review' AND {_in('f.ts', *Y25)}"),
        "ws65": lambda: nps(f"f.touchpoint_id = 'tp_service_review' AND f.country = 'Vietnam' AND {_in('f.ts', *Y25)}"),
        "ws66": lambda: fb_count("f.ts IS NULL"),
        "ws67": lambda: fb_ids("t.topic = 'parts_customs'"),
        "ws68": lambda: topic_count("crew_praise"),
        "ws69": lambda: topic_count("drone_praise"),
        "ws70": lambda: topic_count("report_late", _in("f.ts", *Q1_26)),
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
    zh = sum(it["lang"] == "zh" for it in items)
    print(f"{len(items)} items: {zh} zh / {len(items) - zh} en;",
          {s: sum(it["expect"]["status"] == s for it in items) for s in ("ok", "unsupported", "clarify")})
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
