"""Gold answers for the marineservice (锚点船艇 AnchorPoint Marine) held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events.csv holds 29 exact duplicate rows (the parts supplier's arrival webhook sent twice, same event_id); they
  are loaded once (DATA.md), so every count here is over distinct rows.
- customers / owners / 船主 / 客户 = distinct customer_id: one boat owner (private owner, charter operator, fishing
  club or company) with one boat. The customers table holds every owner on file, also web / boat-show prospects who
  never booked. tier = member (annual care plan) / walk_in (散客), fixed over the data. segment (prospect, new,
  returning, at_risk, lapsed) is the state at the end of the data (2026-07-31). signup_at = first registration.
- A service job = one session_id / job_id starting with a tp_service_request event. Touchpoint events counted by
  their own ts. The owner's refusal of a quote is a tp_quote event with action `declined`; the go-ahead is a
  tp_quote_approval event with action `approved` (`cancelled` = approved, then given up because of a parts delay).
- Funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period (any action counts). Every
  rate is read twice, with later steps allowed after the period end and with every step inside the period; the
  value is the first reading and the tolerance covers both (at least 0.01). A sub-funnel (e.g. quote -> go-ahead)
  starts at that step's first event in the period. A funnel for members / a brand / a yard / a variant filters the
  customers.
- A/B test = experiments `storage_earlybird_2025` (standard_rate = control, earlybird_10off = 10 % off if signed by
  31 Oct), owners who made a winter-storage enquiry 2025-08-01 .. 2025-10-15 at Dalian, Qingdao or Xiangshan. Per
  variant: the storage_signup funnel over the test window for the owners assigned to it.
- Haul-outs: tp_haul_out rows (`completed` or `rescheduled`, with reschedule_reason; haul_reason service or
  typhoon_prep). "Rescheduled share" = rescheduled rows / all haul-out rows dated in the period.
- Parts wait = avg days_waited of tp_parts_arrival rows dated in the period (by the arrival date), also read by the
  order date; the tolerance covers both.
- Sea trials: tp_sea_trial rows (`passed` / `failed`, trial_no). First-time pass rate = passed rows with trial_no 1
  / rows with trial_no 1. A technician's failure rate = failed / all of his sea-trial rows (any trial_no).
- Money = orders with status `paid`, `amount` in CNY (Sai Kung bills in HKD: amount_local, converted at 0.92),
  dated by orders.ts (invoice date; storage = contract date; membership = renewal date). order_type repair
  (service job invoice), diagnostic (inspection + haul-out fee after a declined quote), storage (winter storage
  contract), membership (care-plan fee), typhoon_haulout. "Repair revenue" = paid `repair` orders. Unpaid = status
  `unpaid` at the end of the data.
- Feedback: "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table).
  Complaint-topic counts use text markers with a 5 % tolerance, checked to equal the truth topic. A period filter
  keeps dated rows only. NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value. Average rating = avg over
  rated rows.
- Periods are inclusive calendar dates; relative periods resolve against `as_of`, else 2026-07-31, the last day of
  the data.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
LAST = "2026-07-31"


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys", "experiments"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP', 'member_since': 'TIMESTAMP',
                    'last_visit_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, sample_size=-1, all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE events AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts,
                   try_cast(days_waited AS DOUBLE) AS days_waited, try_cast(days_in_yard AS DOUBLE) AS days_in_yard,
                   try_cast(wait_min AS DOUBLE) AS wait_min, try_cast(trial_no AS INTEGER) AS trial_no,
                   try_cast(labour_hours AS DOUBLE) AS labour_hours, try_cast(delay_days AS DOUBLE) AS delay_days,
                   try_cast(decision_hours AS DOUBLE) AS decision_hours, try_cast(quote_cny AS DOUBLE) AS quote_cny,
                   try_cast(days_to_pay AS DOUBLE) AS days_to_pay, try_cast(attempt_no AS INTEGER) AS attempt_no,
                   try_cast(contract_cny AS DOUBLE) AS contract_cny) FROM events""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'amount_local': 'DOUBLE',
                    'labour_cny': 'DOUBLE', 'parts_cny': 'DOUBLE', 'haulout_cny': 'DOUBLE', 'discount_cny': 'DOUBLE',
                    'days_to_pay': 'DOUBLE', 'paid_at': 'TIMESTAMP', 'job_id': 'VARCHAR', 'technician': 'VARCHAR',
                    'storage_type': 'VARCHAR', 'promo': 'VARCHAR', 'cancel_reason': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE', 'touchpoint_id': 'VARCHAR', 'job_id': 'VARCHAR', 'platform': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) - count(DISTINCT customer_id) FROM customers") == 0
    assert one("SELECT count(*) - count(DISTINCT feedback_id) FROM feedback") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)") == 0
    assert one("SELECT count(*) FROM events WHERE customer_id NOT IN (SELECT customer_id FROM customers)") == 0
    assert one("SELECT count(*) FROM events e JOIN customers c USING (customer_id) WHERE e.yard <> c.yard") == 0
    assert one("SELECT max(ts) FROM events") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")
    assert one("SELECT min(ts) FROM events") >= one("SELECT TIMESTAMP '2024-08-01'")


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


def sub_conv(journey, start, end, a, b, **kw):
    """a sub-funnel read on its own: starts at step a's first event in the period (both boundings)."""
    steps, window = _journey(journey)
    out = []
    for bounded in (False, True):
        c = funnel_steps(steps[a - 1:b], window, start, end, bounded=bounded, **kw)
        out.append(c[-1] / c[0])
    return span(out)


def funnel_count(journey, start, end, step, **kw):
    steps, window = _journey(journey)
    vals = [funnel_steps(steps, window, start, end, bounded=b, **kw)[step - 1] for b in (False, True)]
    return dict(value=vals[0], tolerance=max(0.5, abs(vals[1] - vals[0]) + 0.5))


def top_conv(journey, start, end, column, lowest=False, min_n=30, gap=0.04, cust_cond="1=1", a=1, b=None):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    steps, window = _journey(journey)
    steps = steps[a - 1:b]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            c = funnel_steps(steps, window, start, end, cust_cond=f"{column} = '{v}' AND ({cust_cond})",
                             bounded=bounded)
            if c[0] >= min_n:
                rates[v] = c[-1] / c[0]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=str(tops.pop()))


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


EXP_WIN = ("2025-08-01", "2025-10-15")
VARIANTS = ("standard_rate", "earlybird_10off")


def exp_cond(v):
    return f"""c.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = 'storage_earlybird_2025'
               AND variant = '{v}')"""


def experiment_top(journey="storage_signup"):
    r = {v: readings(journey, *EXP_WIN, cust_cond=exp_cond(v)) for v in VARIANTS}
    for i in range(2):
        assert abs(r[VARIANTS[0]][i] - r[VARIANTS[1]][i]) > 0.05, r
    best = max(r, key=lambda v: r[v][0])
    assert all(r[best][i] > r[o][i] for o in r if o != best for i in range(2)), r
    return dict(top_entity=best)


def experiment_value(variant, journey="storage_signup"):
    return span(readings(journey, *EXP_WIN, cust_cond=exp_cond(variant)))


# ---------- events ----------

def ev_count(tp, start, end, cond="1=1"):
    return count(one(f"""SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id)
                         WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.05):
    return num(one(f"""SELECT avg({col}) FROM events e LEFT JOIN customers c USING (customer_id)
                       WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""), rel=rel, floor=floor)


def ev_share(tp, num_, start, end, cond="1=1", tol=0.01):
    return rate(one(f"""SELECT avg(({num_})::int) FROM events e LEFT JOIN customers c USING (customer_id)
                        WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""), tol)


def top_ev_value(tp, col, start, end, cond="1=1", gap=1.15, agg="count(*)", lowest=False, having="1=1"):
    return top_group(f"""SELECT {col}, {agg} FROM events e LEFT JOIN customers c USING (customer_id)
                         WHERE touchpoint_id = '{tp}' AND {col} IS NOT NULL AND {_in('e.ts', start, end)}
                         AND ({cond}) GROUP BY 1 HAVING {having}""", gap=gap, lowest=lowest)


def parts_wait(start, end, cond="1=1"):
    by_arrival = one(f"""SELECT avg(days_waited) FROM events e WHERE touchpoint_id = 'tp_parts_arrival'
                         AND {_in('e.ts', start, end)} AND ({cond})""")
    by_order = one(f"""SELECT avg(a.days_waited) FROM events e JOIN events a ON a.job_id = e.job_id
                       AND a.touchpoint_id = 'tp_parts_arrival'
                       WHERE e.touchpoint_id = 'tp_parts_order' AND {_in('e.ts', start, end)} AND ({cond})""")
    return span([by_arrival, by_order], floor=0.1, digits=3)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", cond="1=1", status="o.status = 'paid'"):
    v = one(f"""SELECT {agg} FROM orders o LEFT JOIN customers c USING (customer_id)
                WHERE {status} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return count(v)
    return num(v, floor=0.01 if abs(float(v)) < 100 else 1.0)


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", gap=1.08, lowest=False):
    return top_group(f"""SELECT {col}, {agg} FROM orders o LEFT JOIN customers c USING (customer_id)
                         WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                         GROUP BY 1""", gap=gap, lowest=lowest)


def order_share(num_, start, end, cond="1=1", weight="o.amount", status="o.status = 'paid'"):
    return rate(one(f"""SELECT sum(CASE WHEN {num_} THEN {weight} ELSE 0 END) / sum({weight})
                        FROM orders o LEFT JOIN customers c USING (customer_id)
                        WHERE {status} AND {_in('o.ts', start, end)} AND ({cond})"""))


# ---------- customers ----------

def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def top_cust(col, cond="1=1", gap=1.08, agg="count(*)"):
    return top_group(f"SELECT {col}, {agg} FROM customers c WHERE {cond} GROUP BY 1", gap=gap)


# ---------- feedback ----------

MARK = {
    "parts_wait": "(f.text LIKE '%等配件%' OR lower(f.text) LIKE '%waiting on parts%')",
    "lift_down": "(f.text LIKE '%吊机坏了%' OR lower(f.text) LIKE '%travel lift%')",
    "labour_rate": "(f.text LIKE '%工时费%' OR lower(f.text) LIKE '%labour rate%')",
    "no_updates": "(f.text LIKE '%没人通知%' OR lower(f.text) LIKE '%no update%')",
    "hull_scratch": "(f.text LIKE '%刮花%' OR lower(f.text) LIKE '%scratch%')",
    "comeback": "(f.text LIKE '%返工%' OR lower(f.text) LIKE '%rework%')",
    "tech_praise": "(f.text LIKE '%师傅很专业%' OR lower(f.text) LIKE '%mechanic%')",
    "fast_turnaround": "(f.text LIKE '%很快就交船%' OR lower(f.text) LIKE '%quick turnaround%')",
    "storage_praise": "(f.text LIKE '%照看得很好%' OR lower(f.text) LIKE '%looked after%')",
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


def fb_top(col, agg, cond, lowest=False, gap=0.15, min_n=30):
    rows = q(f"""SELECT {col}, {agg} r FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert len(rows) == 1 or abs(rows[0][1] - rows[1][1]) > gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


ALL = ("2024-08-01", LAST)
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25 = quarter(2025, 3)
Q4_25 = quarter(2025, 4)
Q1_26 = quarter(2026, 1)
Q2_26 = quarter(2026, 2)


SUMMER_25 = ("2025-06-01", "2025-09-30")
WALKIN = "c.tier = 'walk_in'"
MEMBER = "c.tier = 'member'"
PAID_REPAIR = "o.order_type = 'repair'"


def gold() -> dict:
    return {
        # ---- funnels and the A/B test
        "ms01": lambda: conv("service_to_approval", *Y25),
        "ms02": lambda: top_lost("service_to_approval", *Y25),
        "ms03": lambda: sub_conv("service_to_approval", *Q4_25, 3, 4, cust_cond=WALKIN),
        "ms04": lambda: sub_conv("service_to_approval", *Q1_26, 3, 4, cust_cond=WALKIN),
        "ms05": lambda: sub_conv("service_to_approval", *Q1_26, 3, 4, cust_cond=MEMBER),
        "ms06": lambda: conv("approval_to_repair", *Q3_25, cust_cond="c.engine_brand = 'volvo_penta'"),
        "ms07": lambda: conv("approval_to_repair", *Q3_25, cust_cond="c.engine_brand = 'yamaha'"),
        "ms08": lambda: conv("repair_to_launch", *Y25),
        "ms09": lambda: top_lost("repair_to_launch", *Y25),
        "ms10": lambda: experiment_top(),
        "ms11": lambda: experiment_value("standard_rate"),
        "ms12": lambda: conv("storage_signup", "2024-08-01", "2024-10-31"),
        "ms13": lambda: top_conv("invoice_to_payment", *Y25, "c.owner_type", lowest=True, gap=0.1),
        "ms14": lambda: conv("invoice_to_payment", *Y25, cust_cond="c.owner_type = 'charter_operator'"),
        "ms15": lambda: conv("web_to_request", *ALL),
        "ms16": lambda: top_conv("service_to_approval", *H1_26, "c.yard", lowest=True, gap=0.04),
        # ---- yard operations
        "ms17": lambda: parts_wait(*Q3_25, cond="e.engine_brand = 'volvo_penta'"),
        "ms18": lambda: parts_wait(*Q3_25, cond="e.engine_brand = 'mercury'"),
        "ms19": lambda: top_ev_value("tp_parts_arrival", "e.engine_brand", *SUMMER_25, agg="avg(e.days_waited)",
                                     gap=2.0),
        "ms20": lambda: ev_share("tp_haul_out", "e.action = 'rescheduled'", *month(2026, 4), cond="e.yard = 'qingdao'"),
        "ms21": lambda: ev_share("tp_haul_out", "e.action = 'rescheduled'", *month(2026, 4), cond="e.yard = 'dalian'"),
        "ms22": lambda: top_ev_value("tp_haul_out", "e.reschedule_reason", *month(2026, 4), gap=3.0),
        "ms23": lambda: top_ev_value("tp_sea_trial", "e.technician", *ALL, agg="avg((e.action = 'failed')::int)",
                                     having="count(*) >= 30", gap=1.8),
        "ms24": lambda: ev_share("tp_sea_trial", "e.action = 'failed'", *ALL, cond="e.technician = '陈浩'"),
        "ms25": lambda: ev_share("tp_sea_trial", "e.action = 'passed'", *Y25, cond="e.trial_no = 1"),
        "ms26": lambda: ev_count("tp_sea_trial", *Y25, cond="e.action = 'failed'"),
        "ms27": lambda: ev_count("tp_haul_out", *month(2025, 9),
                                 cond="e.yard = 'dapeng' AND e.haul_reason = 'typhoon_prep'"),
        "ms28": lambda: ev_avg("tp_launch", "e.days_in_yard", *Y25, cond="e.launch_type = 'after_service'"),
        "ms29": lambda: ev_count("tp_storage_contract", *ALL, cond="e.yard = 'dalian' AND e.storage_season = '2025-26'"),
        "ms30": lambda: top_ev_value("tp_storage_contract", "e.storage_type", *ALL, gap=1.3),
        "ms31": lambda: ev_share("tp_storage_release", "e.damage_reported = 'yes'", *ALL,
                                 cond="e.yard = 'xiangshan' AND e.storage_type = 'dry_stack' AND e.storage_season = '2025-26'"),
        "ms32": lambda: ev_share("tp_support_call", "e.call_topic = 'job_status'", *Q3_25),
        "ms33": lambda: ev_share("tp_support_call", "e.call_topic = 'job_status'", *Q2_26),
        "ms34": lambda: ev_count("tp_engine_repair", *month(2026, 5), cond="e.action = 'completed'"),
        "ms35": lambda: orders(*Y25, agg="count(*)", status="o.status = 'cancelled'",
                               cond="o.order_type = 'repair' AND o.cancel_reason = 'parts_delay'"),
        "ms36": lambda: top_ev_value("tp_service_request", "e.yard", *Y25, gap=1.15),
        # ---- money
        "ms37": lambda: orders(*Y25, cond=PAID_REPAIR),
        "ms38": lambda: orders(*Y25),
        "ms39": lambda: order_share("o.tier = 'member'", *Y25),
        "ms40": lambda: top_orders("o.yard", *Y25, gap=1.1),
        "ms41": lambda: top_orders("o.engine_brand", *Y25, cond=PAID_REPAIR, gap=1.3),
        "ms42": lambda: orders(*ALL, cond="o.order_type = 'storage' AND o.storage_season = '2025-26'"),
        "ms43": lambda: orders(*ALL, status="o.status = 'unpaid'"),
        "ms44": lambda: orders(*Y25, cond="o.order_type = 'membership'"),
        "ms45": lambda: orders(*Y25, agg="avg(o.amount)", cond=PAID_REPAIR),
        "ms46": lambda: orders(*month(2026, 6)),
        "ms47": lambda: orders(*Y25, agg="sum(o.amount_local)", cond="o.yard = 'saikung'"),
        # ---- customers
        "ms48": lambda: cust_count("1=1"),
        "ms49": lambda: cust_count(MEMBER),
        "ms50": lambda: cust_count(_in("c.signup_at", *Y25)),
        "ms51": lambda: top_cust("c.acquisition_channel", _in("c.signup_at", *Y25), gap=1.15),
        "ms52": lambda: cust_count("c.segment = 'at_risk'"),
        "ms53": lambda: top_cust("c.boat_type", gap=1.2),
        # ---- feedback
        "ms54": lambda: topic_count("parts_wait"),
        "ms55": lambda: topic_top("parts_wait", "f.engine_brand", gap=2.5),
        "ms56": lambda: topic_count("lift_down"),
        "ms57": lambda: topic_top("lift_down", "f.yard"),
        "ms58": lambda: topic_count("labour_rate"),
        "ms59": lambda: topic_top("hull_scratch", "f.yard", gap=2.0),
        "ms60": lambda: topic_count("no_updates"),
        "ms61": lambda: fb_ids("t.topic = 'comeback'"),
        "ms62": lambda: fb_ratio(NEG, _in("f.ts", *Q3_25)),
        "ms63": lambda: nps(_in("f.ts", *Y25)),
        "ms64": lambda: nps(f"{_in('f.ts', *Y25)} AND f.customer_id IN (SELECT customer_id FROM customers WHERE tier = 'member')"),
        "ms65": lambda: fb_top("f.touchpoint_id", "avg(f.rating)", "f.rating IS NOT NULL", gap=0.3, min_n=30),
        "ms66": lambda: topic_count("tech_praise"),
        "ms67": lambda: fb_count("f.ts IS NULL"),
        "ms68": lambda: fb_avg("f.rating", f"f.channel = 'survey' AND f.yard = 'saikung' AND {_in('f.ts', *Y25)}"),
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
