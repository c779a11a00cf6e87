"""Gold answers for the calibration (衡准 TrueGauge Calibration) held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events.csv holds a few exact duplicate rows (the courier's delivery webhook sent twice, same event_id); they are
  loaded once (DATA.md), so every count here is over distinct rows.
- customers / accounts / 客户 = distinct customer_id: one customer account is a factory site, a hospital or a test lab
  (customer_type factory / hospital / third_party_lab). The customers table holds every account that was created,
  also prospects that only asked for a quote (segment `prospect`). segment (prospect, new, returning, key_account,
  at_risk), tier (by 2025 spend) and last_order_at are the state at the end of the data (2026-06-30). Key accounts =
  contract_type annual_agreement. signup_at = account created.
- Funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period. Every rate is read twice,
  with later steps allowed after the period end and with every step inside the period; the value is the first
  reading and the tolerance covers both (at least 0.01). A funnel for a region / customer type / variant filters the
  customers.
- A/B test = experiments `recall_reminder_lead` (lead_30d_email = control: e-mail 30 days before the due date;
  lead_60d_wecom = e-mail + 企业微信 60 days before), accounts assigned on 2025-08-01, test window 2025-08-01 ..
  2025-10-31. Per variant: the reminder_rebook funnel over the test window for the accounts assigned to it.
- Lab work is per instrument: tp_lab_intake, tp_calibration (as_found in_tolerance / out_of_tolerance), tp_oot_found,
  tp_adjust_decision (decision approved / declined, approval_days), tp_adjustment, tp_certificate (tat_days = days from
  lab intake to certificate; turnaround rush / standard; lab). "Instruments calibrated" = tp_calibration events; the
  out-of-tolerance (超差) rate = out_of_tolerance calibrations / calibrations dated in the period. Turnaround (周期) =
  avg tat_days of certificates dated in the period. Reissue rate = tp_cert_reissue / tp_certificate by date.
- Shipping is per request (order_id): tp_pickup, tp_return_ship (courier), tp_delivered (door_to_door_days = days
  from the request to the signed delivery), tp_damage_claim (damaged_type, compensation_cny). Transit-damage share =
  return shipments with a damage claim / return shipments dated in the period (also read as claims / shipments).
- Money = orders with status `paid`, `amount` in CNY excl. VAT (calibration fee + rush fee + adjustment fee), dated
  by orders.ts (the request date). Cancelled (before pickup), refunded (transit damage) and in_progress (not yet
  invoiced at the end of the data) orders are not revenue. Request counts ("how many requests / 送校单") count all
  orders whatever their status unless the question says paid.
- Feedback: "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table).
  Complaint-topic counts use text markers with a 5 % tolerance, checked to equal the truth topic. A period filter
  keeps dated rows only. NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value. CSAT = avg rating (1-5).
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
    for t in ("touchpoints", "journeys", "experiments"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP', 'last_order_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, sample_size=-1, all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE events AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts,
                   try_cast(tat_days AS DOUBLE) AS tat_days, try_cast(approval_days AS DOUBLE) AS approval_days,
                   try_cast(adjust_fee AS DOUBLE) AS adjust_fee, try_cast(wait_min AS DOUBLE) AS wait_min,
                   try_cast(compensation_cny AS DOUBLE) AS compensation_cny,
                   try_cast(door_to_door_days AS DOUBLE) AS door_to_door_days,
                   try_cast(deviation_pct AS DOUBLE) AS deviation_pct) FROM events""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'rush_fee': 'DOUBLE',
                    'adjustment_fee': 'DOUBLE', 'calibration_fee': 'DOUBLE', 'instrument_count': 'INTEGER'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE', 'region': 'VARCHAR', 'touchpoint_id': 'VARCHAR', 'lab': 'VARCHAR',
                    'instrument_type': 'VARCHAR', 'order_id': 'VARCHAR'}})""")
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


def top_conv(journey, start, end, column, lowest=False, min_n=30, gap=0.04, cust_cond="1=1"):
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


EXP_WIN = ("2025-08-01", "2025-10-31")


def exp_rates(journey):
    out = {}
    for v in ("lead_30d_email", "lead_60d_wecom"):
        cond = f"""c.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = 'recall_reminder_lead'
                   AND variant = '{v}')"""
        out[v] = readings(journey, *EXP_WIN, cust_cond=cond)
    return out


def experiment_top(journey, lowest=False):
    r = exp_rates(journey)
    for i in range(2):
        assert abs(r["lead_30d_email"][i] - r["lead_60d_wecom"][i]) > 0.04, r
    best = max(r, key=lambda v: r[v][0]) if not lowest else min(r, key=lambda v: r[v][0])
    assert all((r[best][i] > r[o][i]) != lowest for o in r if o != best for i in range(2)), r
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


def damage_share(start, end, region):
    by_ship = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events d WHERE d.touchpoint_id = 'tp_damage_claim'
                                         AND d.order_id = s.order_id))::int)
                      FROM events s WHERE s.touchpoint_id = 'tp_return_ship' AND s.region = '{region}'
                      AND {_in('s.ts', start, end)}""")
    by_event = one(f"""SELECT sum((touchpoint_id = 'tp_damage_claim')::int) / sum((touchpoint_id = 'tp_return_ship')::int)
                       FROM events e WHERE region = '{region}' AND {_in('e.ts', start, end)}""")
    return span([by_ship, by_event])


def reissue_share(start, end, lab):
    by_cert = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events r WHERE r.touchpoint_id = 'tp_cert_reissue'
                                         AND r.instrument_id = c.instrument_id AND r.order_id = c.order_id))::int)
                      FROM events c WHERE c.touchpoint_id = 'tp_certificate' AND c.lab = '{lab}'
                      AND {_in('c.ts', start, end)}""")
    by_event = one(f"""SELECT sum((touchpoint_id = 'tp_cert_reissue')::int) / sum((touchpoint_id = 'tp_certificate')::int)
                       FROM events e WHERE lab = '{lab}' AND {_in('e.ts', start, end)}""")
    return span([by_cert, by_event])


def d2d(region, start, end):
    """avg door-to-door days (request -> signed delivery) by delivery date; also read by request date."""
    by_delivery = one(f"""SELECT avg(door_to_door_days) FROM events e WHERE touchpoint_id = 'tp_delivered'
                          AND region = '{region}' AND {_in('e.ts', start, end)}""")
    by_request = one(f"""SELECT avg(e.door_to_door_days) FROM events e JOIN orders o USING (order_id)
                         WHERE e.touchpoint_id = 'tp_delivered' AND e.region = '{region}'
                         AND {_in('o.ts', start, end)}""")
    return span([by_delivery, by_request], floor=0.1, digits=3)


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


def cust_share(num_, cond="1=1"):
    return rate(one(f"SELECT avg(({num_})::int) FROM customers c WHERE {cond}"))


def top_cust(col, cond="1=1", gap=1.08, agg="count(*)"):
    return top_group(f"SELECT {col}, {agg} FROM customers c WHERE {cond} GROUP BY 1", gap=gap)


# ---------- feedback ----------

MARK = {
    "cert_late": "(f.text LIKE '%证书迟迟%' OR lower(f.text) LIKE '%waiting for the cert%')",
    "transit_damage": "(f.text LIKE '%运输损坏%' OR lower(f.text) LIKE '%damaged in transit%')",
    "portal_upload": "(f.text LIKE '%设备清单%' OR lower(f.text) LIKE '%asset list%')",
    "pickup_noshow": "(f.text LIKE '%没来取件%' OR lower(f.text) LIKE '%no-show%')",
    "cert_error": "(f.text LIKE '%证书信息有误%' OR lower(f.text) LIKE '%certificate error%')",
    "adjust_quote": "(f.text LIKE '%调整报价%' OR lower(f.text) LIKE '%adjustment quote%')",
    "price": "(f.text LIKE '%价格偏高%' OR lower(f.text) LIKE '%pric%')",
    "engineer_praise": "(f.text LIKE '%工程师很专业%' OR lower(f.text) LIKE '%technician%')",
    "reminder_praise": "(f.text LIKE '%提醒很及时%' OR lower(f.text) LIKE '%recall reminder%')",
    "fast_turnaround": "(f.text LIKE '%出证很快%' OR lower(f.text) LIKE '%quick turnaround%')",
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


ALL = ("2024-07-01", LAST)
Y25 = ("2025-01-01", "2025-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_25 = quarter(2025, 2)
Q3_25 = quarter(2025, 3)
Q4_25 = quarter(2025, 4)
Q1_26 = quarter(2026, 1)
DEPPON = ("2025-04-01", "2025-09-30")
LIMS = ("2025-11-01", "2025-12-31")
HOSP = "c.customer_type = 'hospital'"


def gold() -> dict:
    return {
        # ---- funnels and the A/B test
        "cb01": lambda: conv("reminder_rebook", *Y25),
        "cb02": lambda: top_lost("reminder_rebook", *Y25),
        "cb03": lambda: experiment_top("reminder_rebook"),
        "cb04": lambda: experiment_value("reminder_rebook", "lead_30d_email"),
        "cb05": lambda: conv("quote_to_order", *Q4_25),
        "cb06": lambda: conv("quote_to_order", *Q1_26),
        "cb07": lambda: top_lost("quote_to_order", *Q1_26),
        "cb08": lambda: conv("oot_to_adjust", *H2_25, cust_cond=HOSP),
        "cb09": lambda: conv("oot_to_adjust", *H2_25, cust_cond="c.customer_type = 'factory'"),
        "cb10": lambda: top_conv("online_pickup", *ALL, "c.region", lowest=True, gap=0.1),
        "cb11": lambda: conv("pickup_to_cert", *Q3_25, cust_cond="c.region = 'east'"),
        "cb12": lambda: conv("pickup_to_cert", *Q2_25, cust_cond="c.region = 'east'"),
        "cb13": lambda: conv("cert_to_return", *Y25),
        "cb14": lambda: conv("rep_visit_order", *Y25),
        # ---- lab operations
        "cb15": lambda: ev_avg("tp_certificate", "e.tat_days", *Q3_25, cond="e.lab = 'suzhou' AND e.turnaround = 'standard'"),
        "cb16": lambda: ev_avg("tp_certificate", "e.tat_days", *Q3_25, cond="e.lab = 'suzhou' AND e.turnaround = 'rush'"),
        "cb17": lambda: top_ev_value("tp_certificate", "e.lab", *Q3_25, cond="e.turnaround = 'standard'",
                                     agg="avg(e.tat_days)", gap=1.5),
        "cb18": lambda: ev_share("tp_calibration", "e.as_found = 'out_of_tolerance'", *Y25),
        "cb19": lambda: top_ev_value("tp_calibration", "e.instrument_type", *ALL,
                                     agg="avg((e.as_found = 'out_of_tolerance')::int)", gap=1.5),
        "cb20": lambda: ev_share("tp_calibration", "e.as_found = 'out_of_tolerance'", *ALL,
                                 cond="e.instrument_type = 'infusion_pump'"),
        "cb21": lambda: ev_share("tp_adjust_decision", "e.decision = 'declined'", *Y25, cond=HOSP),
        "cb22": lambda: ev_avg("tp_adjust_decision", "e.approval_days", *Y25, cond=HOSP, rel=0.01, floor=0.1),
        "cb23": lambda: ev_count("tp_calibration", *month(2026, 5)),
        "cb24": lambda: ev_count("tp_certificate", *Q1_26, cond="e.lab = 'shenzhen'"),
        "cb25": lambda: damage_share(*DEPPON, "east"),
        "cb26": lambda: top_ev_value("tp_damage_claim", "e.courier", *ALL, gap=1.3),
        "cb27": lambda: top_ev_value("tp_damage_claim", "e.damaged_type", *ALL, gap=1.25),
        "cb28": lambda: num(one(f"""SELECT sum(compensation_cny) FROM events e WHERE touchpoint_id = 'tp_damage_claim'
                                    AND {_in('e.ts', *Y25)}"""), floor=1.0),
        "cb29": lambda: reissue_share(*LIMS, "shenzhen"),
        "cb30": lambda: order_share("o.turnaround = 'rush'", *Q3_25, cond="o.lab = 'suzhou'", weight="1",
                                    status="1=1"),
        "cb31": lambda: d2d("west", "2024-07-01", "2025-03-02"),
        "cb32": lambda: d2d("west", *H1_26),
        "cb33": lambda: top_ev_value("tp_support_call", "e.call_topic", *Q3_25, gap=1.5),
        "cb34": lambda: ev_avg("tp_support_call", "e.wait_min", *Q3_25, rel=0.01, floor=0.1),
        # ---- money
        "cb35": lambda: orders(*Y25),
        "cb36": lambda: top_orders("c.industry", *Y25, cond="c.industry <> 'healthcare'", gap=1.15),
        "cb37": lambda: order_share("c.contract_type = 'annual_agreement'", *Y25),
        "cb38": lambda: orders(*Y25, agg="sum(o.rush_fee)"),
        "cb39": lambda: top_orders("o.sales_rep", *Y25, gap=1.2),
        "cb40": lambda: orders(*month(2026, 5)),
        "cb41": lambda: orders(*Y25, status="o.status = 'refunded'", cond="o.refund_reason = 'transit_damage'"),
        "cb42": lambda: order_share("o.channel = 'sales_rep'", *Y25),
        "cb43": lambda: order_share("o.channel = 'web'", *Q1_26, weight="1", status="1=1"),
        "cb44": lambda: order_share("o.channel = 'web'", *Q4_25, weight="1", status="1=1"),
        "cb45": lambda: orders(*Y25, agg="sum(o.adjustment_fee)"),
        "cb46": lambda: orders(*Y25, agg="count(DISTINCT o.customer_id)", status="o.status <> 'cancelled'"),
        "cb47": lambda: ev_count("tp_calibration", *Y25),
        # ---- customers
        "cb48": lambda: cust_count("1=1"),
        "cb49": lambda: cust_count(HOSP),
        "cb50": lambda: cust_count(_in("c.signup_at", *Y25)),
        "cb51": lambda: top_cust("c.acquisition_channel", _in("c.signup_at", *Y25), gap=1.3),
        "cb52": lambda: cust_count("c.segment = 'at_risk'"),
        # ---- feedback
        "cb53": lambda: topic_count("cert_late"),
        "cb54": lambda: topic_top("cert_late", "f.region", gap=2),
        "cb55": lambda: topic_count("transit_damage"),
        "cb56": lambda: topic_count("portal_upload"),
        "cb57": lambda: topic_count("pickup_noshow"),
        "cb58": lambda: topic_top("pickup_noshow", "f.region", gap=1.3),
        "cb59": lambda: topic_top("cert_error", "f.lab", gap=1.3),
        "cb60": lambda: fb_ratio(NEG, _in("f.ts", *Q3_25)),
        "cb61": lambda: nps(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "cb62": lambda: nps(f"f.channel = 'survey' AND f.customer_type = 'hospital' AND {_in('f.ts', *Y25)}"),
        "cb63": lambda: fb_top("f.touchpoint_id", "avg(f.rating)", "f.rating IS NOT NULL", lowest=True, gap=0.3,
                               min_n=200),
        "cb64": lambda: fb_count("f.ts IS NULL"),
        "cb65": lambda: fb_ids("t.topic = 'adjust_quote'"),
        "cb66": lambda: topic_count("engineer_praise"),
        "cb67": lambda: topic_count("reminder_praise"),
        "cb68": lambda: fb_avg("f.rating", f"f.channel = 'survey' AND f.customer_type = 'hospital' AND {_in('f.ts', *Y25)}"),
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
