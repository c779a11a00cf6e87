"""Gold answers for the fireinspect (卫焰消防 BlazeWard Fire Safety) held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events.csv holds 40 exact duplicate rows (inspection bookings the scheduling system synced twice, same event_id);
  they are loaded once (DATA.md), so every count here is over distinct rows.
- clients / customers / 客户 = distinct customer_id. segment = the client's sector: shop, restaurant, warehouse.
  region = the branch city: shanghai, guangzhou, chengdu (CN, CNY), hong_kong (HKD), singapore (SGD). The customers
  table holds everyone who ever enquired (also prospects who never signed, and 1,250 clients whose first contract
  predates the data); its columns are the state at the end of the data (2026-06-30): tier (basic / standard /
  premium, none for prospects), lifecycle (prospect, lost, active, churned), billing_cycle, contract_end.
  "Active clients" = lifecycle active (= contract_end after 2026-06-30).
- Funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period. Every rate is read twice,
  with later steps allowed after the period end (the DATA.md reading) and with every step inside the period; the
  value is the first reading and the tolerance covers both (at least 0.01); when the two readings differ by more
  than 0.02 the value is their middle and the tolerance reaches both. A funnel by a customer attribute (region,
  segment, acquisition_channel, tier) filters the customers.
- Inspection visits = tp_inspection_visit rows; visit_result pass / defects / no_access ("got in" = not no_access).
  Pass rate, defect rate and duration are over visits we got into. A visit's technician is `technician`.
- Repair quotes: a quote is approved when a tp_quote_approved row carries its quote_id (any time).
- Fire authority spot checks = tp_fire_dept_check; failed = check_outcome rectification_order or fine;
  last_technician = who did the client's last inspection before the check (a column of the check row).
- Call-outs: tp_callout_onsite.arrival_min (minutes from the call to the technician on site), within_sla (<= 240).
- Certificates: tp_certificate.cert_days = days from the passed visit / finished repair to the certificate.
- Money = orders with status `paid`, `amount` in CNY (group reporting currency; HKD at 0.92, SGD at 5.35), dated by
  orders.ts; amount_local / currency for a question in local money. order_type: contract_fee, repair, callout_fee,
  extinguisher_service, extinguisher_sale.
- Feedback: "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table).
  Complaint-topic counts use text markers with a 5 % tolerance, checked to equal the truth topic. A period filter
  keeps dated rows only. NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value.
- Periods are inclusive calendar dates; relative periods resolve against `as_of`, else 2026-06-30, the last day of
  the data.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
LAST = "2026-06-30"


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE experiments AS SELECT * FROM read_csv_auto('{data / 'experiments.csv'}',
                    header=true, types={{'assigned_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP', 'first_contract_at': 'TIMESTAMP',
                    'contract_end': 'DATE'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, sample_size=-1, all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE events AS SELECT * REPLACE (ts::TIMESTAMP AS ts,
                   try_cast(arrival_delay_min AS DOUBLE) AS arrival_delay_min,
                   try_cast(duration_min AS DOUBLE) AS duration_min,
                   try_cast(devices_checked AS DOUBLE) AS devices_checked,
                   try_cast(defects_found AS DOUBLE) AS defects_found,
                   try_cast(quote_local AS DOUBLE) AS quote_local,
                   try_cast(parts_wait_days AS DOUBLE) AS parts_wait_days,
                   try_cast(cert_days AS DOUBLE) AS cert_days,
                   try_cast(units_serviced AS DOUBLE) AS units_serviced,
                   try_cast(units_replaced AS DOUBLE) AS units_replaced,
                   try_cast(arrival_min AS DOUBLE) AS arrival_min,
                   try_cast(fine_local AS DOUBLE) AS fine_local,
                   try_cast(within_sla AS BOOLEAN) AS within_sla) FROM events""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'amount_local': 'DOUBLE',
                    'units': 'DOUBLE', 'quote_id': 'VARCHAR', 'defect_type': 'VARCHAR', 'billing': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE', 'region': 'VARCHAR', 'touchpoint_id': 'VARCHAR', 'technician': 'VARCHAR',
                    'platform': 'VARCHAR', 'ticket_id': 'VARCHAR', 'segment': 'VARCHAR'}})""")
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
    assert one(f"""SELECT count(*) FROM customers WHERE (lifecycle = 'active') <> coalesce(contract_end >
                   DATE '{LAST}', false)""") == 0


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
    """value = the first reading and the tolerance covers every other reading; when the readings spread more than
    0.02, value = the middle of the range (so the tolerance stays tight while every reading passes)."""
    lo, hi = min(map(float, vals)), max(map(float, vals))
    a = float(vals[0]) if hi - lo <= 0.02 else (lo + hi) / 2
    dev = max(abs(float(v) - a) for v in vals)
    return dict(value=round(a, digits), tolerance=round(max(floor, dev + 0.005 if dev > 0 else floor), digits))


def top_group(sql, gap=1.1, lowest=False):
    rows = sorted(q(sql), key=lambda r: r[1], reverse=not lowest)
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


def top_conv(journey, start, end, column, lowest=False, min_n=40, gap=0.04, cust_cond="1=1"):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    steps, window = _journey(journey)
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


EXP_WIN = ("2025-09-01", "2026-02-28")


def exp_rates(cust_cond="1=1"):
    out = {}
    for v in ("pdf_quote", "video_walkthrough"):
        cond = f"""c.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = 'proposal_video_2025'
                   AND variant = '{v}') AND ({cust_cond})"""
        out[v] = readings("proposal_close", *EXP_WIN, cust_cond=cond)
    return out


def experiment_top(cust_cond="1=1"):
    r = exp_rates(cust_cond)
    for i in range(2):
        assert abs(r["pdf_quote"][i] - r["video_walkthrough"][i]) > 0.04, r
    best = max(r, key=lambda v: r[v][0])
    assert all(r[best][i] > r[o][i] for o in r if o != best for i in range(2)), r
    return dict(top_entity=best)


def experiment_value(variant, cust_cond="1=1"):
    return span(exp_rates(cust_cond)[variant])


# ---------- events ----------

def ev_count(tps, start, end, cond="1=1", distinct=None):
    tps = tps if tps.startswith("(") else f"('{tps}')"
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e WHERE e.touchpoint_id IN {tps} AND {_in('e.ts', start, end)}
                         AND ({cond})"""))


def ev_sum(tp, col, start, end, cond="1=1"):
    return num(one(f"""SELECT sum({col}) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                       AND ({cond})"""), rel=0.0, floor=0.5)


def ev_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.05):
    return num(one(f"""SELECT avg({col}) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                       AND ({cond})"""), rel=rel, floor=floor)


def ev_share(tp, num_, start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(({num_})::int) FROM events e WHERE touchpoint_id = '{tp}'
                        AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_ev_value(tp, col, start, end, cond="1=1", gap=1.15, agg="count(*)", lowest=False, having="1=1"):
    return top_group(f"""SELECT {col}, {agg} FROM events e WHERE touchpoint_id = '{tp}' AND {col} IS NOT NULL
                         AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING {having}""",
                     gap=gap, lowest=lowest)


GOT_IN = "e.visit_result <> 'no_access'"
APPROVED = """EXISTS (SELECT 1 FROM events a WHERE a.touchpoint_id = 'tp_quote_approved'
                      AND a.quote_id = e.quote_id)"""
FAILED = "e.check_outcome IN ('rectification_order', 'fine')"


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", cond="1=1", status="paid"):
    v = one(f"SELECT {agg} FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} AND ({cond})")
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


# ---------- feedback ----------

MARK = {
    "late": "(f.text LIKE '%迟到%' OR regexp_matches(lower(f.text), '\\blate\\b'))",
    "price_high": "(f.text LIKE '%太贵%' OR regexp_matches(lower(f.text), '\\btoo expensive\\b'))",
    "parts_wait": "(f.text LIKE '%等配件%' OR lower(f.text) LIKE '%waiting for parts%')",
    "cert_delay": "(f.text LIKE '%证书%' OR regexp_matches(lower(f.text), '\\bcertificates?\\b'))",
    "rushed": "(f.text LIKE '%走过场%' OR regexp_matches(lower(f.text), '\\brushed\\b'))",
    "fined": "(f.text LIKE '%罚款%' OR regexp_matches(lower(f.text), '\\bfined\\b'))",
    "slow_response": "(f.text LIKE '%响应%' OR regexp_matches(lower(f.text), '\\bresponse\\b'))",
    "price_rise": "(f.text LIKE '%涨价%' OR regexp_matches(lower(f.text), '\\bprice increase\\b'))",
    "reschedule": "(f.text LIKE '%改期%' OR regexp_matches(lower(f.text), '\\breschedul(e|ed|ing)\\b'))",
    "billing": "(f.text LIKE '%发票%' OR regexp_matches(lower(f.text), '\\binvoices?\\b'))",
    "praise_pro": "(f.text LIKE '%专业%' OR regexp_matches(lower(f.text), '\\bprofessional\\b'))",
}
NEG = "t.sentiment = 'negative'"


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


# ---------- the batch ----------

ALL = ("2024-07-01", LAST)
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26 = quarter(2026, 1)
Q2_26 = quarter(2026, 2)
SHORTAGE = ("2025-11-01", "2026-01-31")


def gold() -> dict:
    return {
        # ---- sales funnel and the proposal A/B test
        "fi01": lambda: conv("new_client", *Y25),
        "fi02": lambda: top_lost("new_client", *Y25),
        "fi03": lambda: experiment_top(),
        "fi04": lambda: experiment_value("pdf_quote"),
        "fi05": lambda: experiment_value("video_walkthrough", cust_cond="c.segment = 'warehouse'"),
        "fi06": lambda: top_conv("new_client", *ALL, "c.acquisition_channel"),
        "fi07": lambda: top_conv("new_client", *ALL, "c.acquisition_channel", lowest=True),
        "fi08": lambda: ev_count("tp_enquiry", *quarter(2025, 4), "e.region = 'guangzhou' AND e.segment = 'warehouse'"),
        "fi09": lambda: ev_count("tp_enquiry", *quarter(2024, 4), "e.region = 'guangzhou' AND e.segment = 'warehouse'"),
        "fi10": lambda: ev_count("tp_contract_signed", *Q1_26),
        # ---- inspections
        "fi12": lambda: top_ev_value("tp_inspection_visit", "e.segment", *ALL, cond=GOT_IN,
                                     agg="avg((e.visit_result = 'defects')::int)", gap=1.1),
        "fi13": lambda: top_ev_value("tp_defect_notice", "e.defect_type", *ALL, cond="e.segment = 'restaurant'",
                                     gap=1.3),
        "fi14": lambda: top_ev_value("tp_defect_notice", "e.defect_type", *ALL, cond="e.segment = 'warehouse'",
                                     gap=1.3),
        "fi15": lambda: top_ev_value("tp_inspection_visit", "e.technician", *Y25, cond=GOT_IN,
                                     agg="avg((e.visit_result = 'pass')::int)", gap=1.3, having="count(*) >= 50"),
        "fi16": lambda: ev_avg("tp_inspection_visit", "e.duration_min", *Y25, f"{GOT_IN} AND e.technician = 'T08'"),
        "fi18": lambda: ev_share("tp_fire_dept_check", FAILED, *ALL, "e.last_technician = 'T08'"),
        "fi19": lambda: ev_share("tp_fire_dept_check", FAILED, *ALL,
                                 "e.region = 'chengdu' AND coalesce(e.last_technician, '') <> 'T08'"),
        "fi21": lambda: ev_share("tp_inspection_visit", "e.visit_result = 'no_access'", *H2_25,
                                 "e.region = 'shanghai' AND e.segment = 'restaurant'"),
        "fi22": lambda: ev_share("tp_inspection_visit", "e.visit_result = 'no_access'", *H1_26,
                                 "e.region = 'shanghai' AND e.segment = 'restaurant'"),
        "fi23": lambda: ev_share("tp_inspection_visit", "e.visit_result = 'no_access'", *ALL,
                                 "e.segment = 'restaurant' AND e.slot_start < '10:00'"),
        "fi25": lambda: top_ev_value("tp_inspection_visit", "e.region", *Y25, cond=GOT_IN,
                                     agg="avg((e.arrival_delay_min >= 30)::int)", gap=1.4),
        "fi26": lambda: ev_share("tp_inspection_visit", "e.arrival_delay_min >= 30", *Y25,
                                 f"{GOT_IN} AND e.region = 'hong_kong'"),
        # ---- defects, quotes, repairs
        "fi28": lambda: conv("defect_repair", *Y25),
        "fi29": lambda: top_conv("defect_repair", *SHORTAGE, "c.region", lowest=True, min_n=30),
        "fi30": lambda: conv("defect_repair", *SHORTAGE, cust_cond="c.region = 'guangzhou'"),
        "fi31": lambda: top_ev_value("tp_repair_quote", "e.tier", *ALL, agg=f"avg(({APPROVED})::int)", lowest=True,
                                     gap=1.2),
        "fi32": lambda: ev_share("tp_repair_quote", APPROVED, *ALL, "e.tier = 'premium'"),
        "fi33": lambda: ev_avg("tp_repair_done", "e.parts_wait_days", *month(2026, 1), "e.region = 'guangzhou'",
                               floor=0.2),
        "fi34": lambda: top_orders("o.defect_type", *Y25, cond="o.order_type = 'repair'", gap=1.3),
        # ---- certificates
        "fi35": lambda: conv("inspection_cert", *Y25),
        "fi36": lambda: top_ev_value("tp_certificate", "e.region", *ALL, agg="avg(e.cert_days)", gap=2.0),
        # ---- call-outs and fire authority checks
        "fi38": lambda: top_ev_value("tp_callout_onsite", "e.region", *ALL, agg="avg(e.arrival_min)", gap=1.2),
        "fi39": lambda: ev_avg("tp_callout_onsite", "e.arrival_min", *Y25, "e.region = 'singapore'", floor=0.5),
        "fi40": lambda: ev_avg("tp_callout_onsite", "e.arrival_min", *Y25, "e.region = 'hong_kong'", floor=0.5),
        "fi42": lambda: top_ev_value("tp_emergency_callout", "e.callout_reason", *Y25, cond="e.segment = 'warehouse'",
                                     gap=1.2),
        "fi43": lambda: ev_count("tp_emergency_callout", "2026-02-02", "2026-02-08"),
        "fi44": lambda: ev_count("tp_fire_dept_check", *Y25, "e.check_outcome = 'fine'"),
        # ---- renewals and churn
        "fi46": lambda: conv("contract_renewal", *Y25),
        "fi47": lambda: top_conv("contract_renewal", *Y25, "c.tier", min_n=100,
                                 cust_cond="c.tier <> 'none'"),
        "fi48": lambda: conv("contract_renewal", "2026-01-01", "2026-04-30", cust_cond="c.region = 'hong_kong'"),
        "fi49": lambda: conv("contract_renewal", "2025-01-01", "2025-04-30", cust_cond="c.region = 'hong_kong'"),
        "fi50": lambda: top_ev_value("tp_cancel", "e.cancel_reason", *H1_26, cond="e.region = 'hong_kong'", gap=1.5),
        "fi51": lambda: ev_count("tp_cancel", *H1_26, distinct="e.customer_id"),
        "fi52": lambda: cust_count("c.lifecycle = 'active'"),
        "fi53": lambda: cust_count("c.lifecycle = 'active' AND c.segment = 'warehouse' AND c.tier = 'premium'"),
        # ---- money
        "fi55": lambda: orders(*Y25),
        "fi56": lambda: top_orders("o.segment", *Y25, gap=1.15),
        "fi57": lambda: order_share("o.order_type = 'repair'", *Y25),
        "fi58": lambda: orders(*Y25, agg="sum(o.amount_local)",
                               cond="o.order_type = 'repair' AND o.region = 'singapore'"),
        "fi59": lambda: orders(*Q1_26, cond="o.order_type = 'callout_fee'"),
        "fi61": lambda: orders(*month(2026, 6), cond="o.order_type = 'extinguisher_sale'"),
        # ---- feedback
        "fi62": lambda: topic_count("price_high"),
        "fi63": lambda: topic_count("parts_wait"),
        "fi64": lambda: topic_top("parts_wait", "f.region", gap=2),
        "fi65": lambda: topic_top("cert_delay", "f.region", gap=2),
        "fi66": lambda: topic_count("rushed"),
        "fi67": lambda: fb_top("f.technician", "avg(f.rating)", "f.channel = 'visit_survey' AND f.rating IS NOT NULL",
                               gap=0.2, min_n=30),
        "fi68": lambda: nps(f"f.channel = 'annual_survey' AND {_in('f.ts', *Y25)}"),
        "fi69": lambda: fb_top("f.touchpoint_id", "avg(f.rating)",
                               "f.rating IS NOT NULL AND f.touchpoint_id <> 'tp_cancel'", lowest=True, gap=0.3,
                               min_n=100),
        "fi70": lambda: fb_ratio(NEG, _in("f.ts", *Q2_26)),
        "fi71": lambda: fb_ids("t.topic = 'rushed'"),
        "fi72": lambda: topic_count("price_rise"),
        "fi73": lambda: fb_count("f.ts IS NULL"),
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
        print(it["id"], it["lang"], it["question"][:70], shown)
    print("status-only ok items:", missing)
    langs = [it["lang"] for it in items]
    stats = {s: sum(1 for it in items if it["expect"]["status"] == s) for s in ("ok", "clarify", "unsupported")}
    print(f"{len(items)} items: zh {langs.count('zh')}, en {langs.count('en')}; {stats}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
