"""Gold answers for the chimney-sweep (Hearth & Flue / 炉安烟囱) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- people / customers / 客户 = distinct customer_id; the customers table holds every lead (prospects included), its
  facts (segment, tier, city, appliance, lead source, preferred contact) are the state at the end of the data;
- leads = the first lead event of a customer (tp_search_ad, tp_home_show or tp_referral; = customers.signup_at for
  customers created after 2024-07-01); a lead "booked" when the customer has a tp_online_booking or
  tp_phone_booking event within 30 days after it; lead source = customers.acquisition_channel;
- bookings = tp_online_booking + tp_phone_booking + tp_rebook events; inspection visits = tp_inspection events (first
  visits and annual sweeps, `visit_type`); red tag / unsafe = tp_inspection action `unsafe`;
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window (window_days) from their first step-1 event in the period. Each rate is
  computed twice, with later steps allowed after the period end and with every step required inside the period; the
  tolerance covers both. A funnel "on iPhone / desktop" keeps the events whose `device` is ios / pc; a funnel "for
  email reminders" keeps customers whose preferred_contact (= the reminder's channel) is email;
- quote acceptance per quote = tp_quote events in the period whose job_id has a tp_quote_accept; the funnel
  reading (repair journey step 2 -> 3) is computed too and the tolerance covers both;
- time between two steps: per job (booking -> tp_inspection of the same job_id, tp_inspection -> tp_quote of the same
  job), and per customer (first event at the first step in the period -> first event at the second step after it);
  the tolerance covers both. Camera-report time = tp_camera_report.report_delay_hours, by the job's completion date;
- arrival delay = tp_inspection.arrival_delay_minutes (appointment_at -> arrival; negative = early); on time <= 15;
- money = orders with status `paid`, `amount` in USD (group reporting currency; `amount_local` / `currency` kept),
  dated by `ts`; paying customers = customers with a paid order of amount > 0; refund rate = refunded / (paid +
  refunded) repair + relining orders; new plans = annual_plan with is_renewal 0, renewals = is_renewal 1;
- active plan members = customers.segment plan_member (a reading by orders — a paid plan in the last 365 days — is
  inside the tolerance);
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  1-2 stars = rating <= 2; survey = feedback channel `survey`; NPS = (share 9-10 - share 0-6) x 100 over rows with an
  nps value; complaint-topic counts use text markers with a 5 % tolerance, checked against the truth topic; "all
  feedback" includes social posts without a date, a period filter keeps dated rows only; feedback city = the
  feedback row's own column;
- periods are inclusive calendar dates; weeks run Monday..Sunday; relative periods resolve against `as_of` (else
  2026-06-30, the last day of the data).
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
BOOK = "('tp_online_booking', 'tp_phone_booking', 'tp_rebook')"
LEAD = "('tp_search_ad', 'tp_home_show', 'tp_referral')"


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP', 'referrer_customer_id': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'device': 'VARCHAR', 'arrival_delay_minutes': 'DOUBLE',
                    'report_delay_hours': 'DOUBLE', 'quote_amount': 'DOUBLE', 'cancel_reason': 'VARCHAR',
                    'finding': 'VARCHAR', 'show_name': 'VARCHAR', 'job_id': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'device': 'VARCHAR',
                    'job_id': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE', 'technician_id': 'VARCHAR', 'city': 'VARCHAR', 'touchpoint_id': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)") == 0
    assert one("SELECT count(*) FROM events e JOIN customers c USING (customer_id) WHERE e.city <> c.city") == 0
    assert one("SELECT max(ts) FROM events") <= one("SELECT TIMESTAMP '2026-06-30 23:59:59'")


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= TIMESTAMP '{start}' AND {col} < TIMESTAMP '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}"


def quarter(y, k):
    return f"{y}-{3 * k - 2:02d}-01", f"{y}-{3 * k:02d}-{[31, 30, 30, 31][k - 1]}"


def num(v, rel=0.005, floor=0.5):
    v = float(v)
    return dict(value=round(v, 4), tolerance=round(max(floor, abs(v) * rel), 4))


def count(v):
    return dict(value=int(v), tolerance=0.5)


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def both(a, b, floor=0.01, digits=4):
    return dict(value=round(a, digits), tolerance=round(max(floor, abs(a - b) + 0.005), digits))


# ---------- funnels (DATA.md rule) ----------

def _steps(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, ev_cond="1=1", cust_cond="1=1", bounded=False) -> list[int]:
    steps, window = _steps(journey)
    ev = (f"SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) "
          f"WHERE ({ev_cond}) AND ({cust_cond})")
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


def _rates(journey, start, end, a=1, b=None, **kw):
    out = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        out.append(c[(b or len(c)) - 1] / c[a - 1])
    return out


def conv(journey, start, end, a=1, b=None, **kw):
    return both(*_rates(journey, start, end, a, b, **kw))


def conv_open(journey, start, end, a=1, b=None, **kw):
    """later steps may fall after the period end (the question says so)."""
    return rate(_rates(journey, start, end, a, b, **kw)[0])


def worst_month(journey, months, a=1, b=2, gap=0.15):
    vals = {}
    for y, m in months:
        vals[(y, m)] = _rates(journey, *month(y, m), a, b)
    order = sorted(vals, key=lambda k: vals[k][0])
    assert vals[order[1]][0] - vals[order[0]][0] > gap, {k: v[0] for k, v in vals.items()}
    assert min(vals, key=lambda k: vals[k][1]) == order[0]
    return both(*vals[order[0]])


def top_lost(journey, start, end, **kw):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, min_n=100, gap=0.04, a=1, b=None):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            c = funnel(journey, start, end, cust_cond=f"{column} = '{v}'", bounded=bounded)
            if c[a - 1] >= min_n:
                rates[v] = c[(b or len(c)) - 1] / c[a - 1]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- leads ----------

def _lead_sql(start, end, days=30, cond="1=1"):
    return f"""WITH l AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id IN {LEAD} GROUP BY 1
                         HAVING {_in('min(ts)', start, end)})
               SELECT c.*, EXISTS (SELECT 1 FROM events b WHERE b.customer_id = l.customer_id
                        AND b.touchpoint_id IN ('tp_online_booking', 'tp_phone_booking')
                        AND b.ts > l.t AND b.ts <= l.t + INTERVAL {days} DAY) AS booked
               FROM l JOIN customers c USING (customer_id) WHERE ({cond})"""


def lead_book(start, end, cond="1=1"):
    return rate(one(f"SELECT avg(booked::int) FROM ({_lead_sql(start, end, cond=cond)})"))


def top_lead_book(start, end, lowest=True, gap=0.08):
    rows = q(f"""SELECT acquisition_channel, avg(booked::int) r FROM ({_lead_sql(start, end)}) GROUP BY 1
                 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[0][1] - rows[1][1]) > gap, rows
    return dict(top_entity=rows[0][0])


def lead_growth(a, b):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id IN {LEAD} AND {_in('e.ts', *a)}")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id IN {LEAD} AND {_in('e.ts', *b)}")
    return rate(y / x - 1)


# ---------- quotes ----------

def quote_accept(start, end, cond="1=1", funnel_too=True):
    a = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events x WHERE x.touchpoint_id = 'tp_quote_accept'
                                    AND x.job_id = e.job_id))::int)
                FROM events e WHERE e.touchpoint_id = 'tp_quote' AND {_in('e.ts', start, end)} AND ({cond})""")
    if not funnel_too:
        return rate(a)
    b = _rates("repair", start, end, 2, 3)
    return both(a, b[0] if abs(b[0] - a) > abs(b[1] - a) else b[1], floor=0.01)


# ---------- time between steps ----------

def _gap_job(a_tps, b_tp, start, end, cond="1=1"):
    return f"""SELECT epoch(min(b.ts) - a.ts) / 86400 AS days FROM events a
               JOIN events b ON b.job_id = a.job_id AND b.touchpoint_id = '{b_tp}' AND b.ts > a.ts
               JOIN customers c ON c.customer_id = a.customer_id
               WHERE a.touchpoint_id IN {a_tps} AND {_in('a.ts', start, end)} AND ({cond})
               GROUP BY a.event_id, a.ts"""


def _gap_cust(a_tps, b_tp, start, end, cond="1=1", window=60):
    return f"""WITH a AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id IN {a_tps}
                          AND {_in('ts', start, end)} GROUP BY 1)
               SELECT epoch(min(b.ts) - a.t) / 86400 AS days FROM a
               JOIN events b ON b.customer_id = a.customer_id AND b.touchpoint_id = '{b_tp}' AND b.ts > a.t
               AND b.ts <= a.t + INTERVAL {window} DAY
               JOIN customers c ON c.customer_id = a.customer_id WHERE ({cond}) GROUP BY a.customer_id, a.t"""


def gap(a_tps, b_tp, start, end, agg="median", cond="1=1", rel=0.03):
    x = one(f"SELECT {agg}(days) FROM ({_gap_job(a_tps, b_tp, start, end, cond)})")
    y = one(f"SELECT {agg}(days) FROM ({_gap_cust(a_tps, b_tp, start, end, cond)})")
    return dict(value=round(x, 2), tolerance=round(max(0.1, x * rel, abs(x - y) + 0.05), 2))


def report_hours(start, end, agg="avg", cond="1=1"):
    v = one(f"""SELECT {agg}(r.report_delay_hours) FROM events r JOIN events d ON d.job_id = r.job_id
                AND d.touchpoint_id = 'tp_job_done' WHERE r.touchpoint_id = 'tp_camera_report'
                AND {_in('d.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.02), 2))


# ---------- events ----------

def ev_count(tp, start, end, cond="1=1"):
    tps = tp if tp.startswith("(") else f"('{tp}')"
    return count(one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id IN {tps} AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_avg(tp, col, start, end, cond="1=1", tol=0.5):
    v = one(f"""SELECT avg({col}) FROM events e JOIN customers c USING (customer_id)
                WHERE touchpoint_id = '{tp}' AND {col} IS NOT NULL AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=tol)


def ev_share(tp, num_, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({num_})::int) FROM events e JOIN customers c USING (customer_id)
                WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return rate(v)


def top_ev_share(tp, col, num_, start, end, min_n=100, gap=0.03):
    rows = q(f"""SELECT {col}, avg(({num_})::int) r FROM events e WHERE touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


def top_ev_value(tp, col, start, end, cond="1=1", gap=1.15):
    rows = q(f"""SELECT {col}, count(*) n FROM events e WHERE touchpoint_id = '{tp}' AND {col} IS NOT NULL
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_month_count(tps, start, end, cond="1=1"):
    rows = q(f"""SELECT strftime(ts, '%Y-%m') m, count(*) n FROM events e WHERE touchpoint_id IN {tps}
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.08, rows[:3]
    return count(rows[0][1])


def diff(tp, a, b):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *a)}")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *b)}")
    return count(y - x)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", cond="1=1", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return count(v)
    return num(v, floor=0.01 if abs(float(v)) < 100 else 1.0)


def per_paying_customer(start, end):
    a, b = q(f"""SELECT sum(amount) / count(DISTINCT customer_id) FILTER (WHERE amount > 0),
                        sum(amount) / count(DISTINCT customer_id)
                 FROM orders o WHERE status = 'paid' AND {_in('o.ts', start, end)}""")[0]
    return dict(value=round(a, 2), tolerance=round(max(1.0, abs(a - b) + 1.0), 2))


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", status="paid", gap=1.1):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def refund_rate(start, end, cond="o.order_type IN ('repair', 'relining')"):
    return rate(one(f"""SELECT avg((status = 'refunded')::int) FROM orders o WHERE status IN ('paid', 'refunded')
                        AND {_in('o.ts', start, end)} AND ({cond})"""))


# ---------- customers ----------

def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def active_plans():
    a = one("SELECT count(*) FROM customers WHERE segment = 'plan_member'")
    b = one("""SELECT count(DISTINCT customer_id) FROM orders WHERE order_type = 'annual_plan' AND status = 'paid'
               AND ts > TIMESTAMP '2026-06-30 23:59:59' - INTERVAL 365 DAY""")
    return dict(value=a, tolerance=abs(a - b) + 0.5)


def cust_share(num_, cond="1=1"):
    return rate(one(f"SELECT avg(({num_})::int) FROM customers c WHERE {cond}"))


# ---------- feedback ----------

MARK = {
    "soot_mess": "(f.text LIKE '%烟灰%' OR lower(f.text) LIKE '%soot%')",
    "price_high": "(f.text LIKE '%太贵%' OR lower(f.text) LIKE '%expensive%')",
    "tech_late": "(f.text LIKE '%迟到%' OR lower(f.text) LIKE '%late%')",
    "report_missing": "(f.text LIKE '%报告%' OR lower(f.text) LIKE '%report%')",
    "upload_bug": "(f.text LIKE '%上传%' OR lower(f.text) LIKE '%upload%')",
    "hold_time": "(f.text LIKE '%占线%' OR lower(f.text) LIKE '%on hold%')",
    "reminder_annoying": "(f.text LIKE '%频繁%' OR lower(f.text) LIKE '%too many%')",
    "thorough_praise": "(f.text LIKE '%仔细%' OR lower(f.text) LIKE '%thorough%')",
}
SURVEY = "f.channel = 'survey'"
NEG = "t.sentiment = 'neg'"


def topic_count(topic, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {MARK[topic]} AND {extra}")
    truth = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE t.topic = '{topic}' AND {extra}")
    assert abs(n - truth) <= max(1, 0.05 * truth), (topic, n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def topic_top(topic, col, extra="1=1", gap=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {MARK[topic]} AND {col} IS NOT NULL AND {extra} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def fb_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f JOIN truth t USING (feedback_id)
                                                    WHERE {cond} ORDER BY 1""")])


def fb_count(cond):
    return count(one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"))


def fb_avg(col, cond, tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num_, cond, tol=0.01):
    v = one(f"SELECT avg(({num_})::int) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}")
    return rate(v, tol)


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


ALL = ("2024-07-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25 = quarter(2025, 3), quarter(2025, 4)
NOV25, OCT25 = month(2025, 11), month(2025, 10)
M25 = [(2025, m) for m in range(1, 13)]
VISIT_DONE = "e.touchpoint_id = 'tp_inspection'"


def gold() -> dict:
    return {
        # ---- funnels
        "cs01": lambda: conv("online_booking", *Y25),
        "cs02": lambda: conv("online_booking", *NOV25, 1, 2),
        "cs03": lambda: conv("online_booking", *OCT25, 1, 2),
        "cs04": lambda: worst_month("online_booking", M25),
        "cs05": lambda: conv("online_booking", *NOV25, 1, 2, ev_cond="e.device = 'ios'"),
        "cs06": lambda: conv("online_booking", *NOV25, 1, 2, ev_cond="e.device = 'pc'"),
        "cs07": lambda: conv("repair", *Y25),
        "cs08": lambda: top_lost("repair", *ALL),
        "cs09": lambda: quote_accept(*Y25),
        "cs10": lambda: quote_accept(*Y25, cond="e.quote_type = 'relining'", funnel_too=False),
        "cs11": lambda: quote_accept(*Y25, cond="e.quote_type = 'repair'", funnel_too=False),
        "cs12": lambda: top_lead_book(*Y25),
        "cs13": lambda: lead_book(*Y25, cond="c.acquisition_channel = 'home_show'"),
        "cs14": lambda: lead_book(*Y25, cond="c.acquisition_channel = 'referral'"),
        "cs15": lambda: conv_open("annual_sweep", *H2_25, 1, 2),
        "cs16": lambda: top_conv("annual_sweep", *ALL, "c.preferred_contact", lowest=True, b=2),
        "cs17": lambda: conv_open("annual_sweep", *quarter(2026, 1), 1, 2),
        "cs18": lambda: conv_open("annual_sweep", *quarter(2025, 1), 1, 2),
        # ---- time between steps, on-site
        "cs19": lambda: gap(BOOK, "tp_inspection", *OCT25),
        "cs20": lambda: gap("('tp_inspection')", "tp_quote", *Y25, agg="avg"),
        "cs21": lambda: ev_avg("tp_inspection", "arrival_delay_minutes", *Q4_25, "e.city = 'Toronto'"),
        "cs22": lambda: ev_avg("tp_inspection", "arrival_delay_minutes", *Q4_25, "e.city = 'Denver'"),
        "cs23": lambda: ev_share("tp_inspection", "arrival_delay_minutes <= 15", *Y25),
        "cs24": lambda: report_hours(*H1_26, cond="r.city = 'Shanghai'"),
        # ---- inspections
        "cs26": lambda: ev_share("tp_inspection", "e.action = 'unsafe'", *Y25),
        "cs27": lambda: top_ev_share("tp_inspection", "appliance_type", "action = 'unsafe'", *ALL),
        "cs28": lambda: top_ev_value("tp_inspection", "finding", *ALL),
        "cs29": lambda: ev_count("tp_inspection", *Y25),
        # ---- orders and money
        "cs31": lambda: orders(*Q4_25),
        "cs32": lambda: orders(*Q3_25),
        "cs33": lambda: orders(*Y25, cond="o.order_type = 'relining'"),
        "cs34": lambda: per_paying_customer(*Y25),
        "cs35": lambda: top_orders("o.city", *Y25),
        "cs36": lambda: orders(*Y25, agg="count(*)", cond="o.order_type = 'annual_plan' AND o.is_renewal = 0"),
        "cs37": lambda: orders(*H1_26, agg="count(*)", cond="o.order_type = 'annual_plan' AND o.is_renewal = 1"),
        "cs38": lambda: refund_rate(*Y25),
        "cs39": lambda: orders(*Y25, agg="avg(o.amount)", cond="o.order_type = 'relining'"),
        "cs40": lambda: ev_count("tp_cancel", *Q4_25),
        "cs41": lambda: top_ev_value("tp_cancel", "cancel_reason", *ALL, gap=1.2),
        # ---- volumes and trends
        "cs42": lambda: top_month_count(BOOK, *Y25, "e.city = 'Christchurch'"),
        "cs43": lambda: lead_growth(H1_25, H1_26),
        "cs44": lambda: ev_count("tp_search_ad", *month(2026, 6)),
        "cs45": lambda: ev_count("tp_phone_booking", "2025-11-10", "2025-11-16"),
        "cs46": lambda: diff("tp_phone_booking", month(2024, 11), NOV25),
        "cs47": lambda: ev_count("tp_home_show", "2025-09-01", "2025-09-30", "e.show_name = '北京国际家居展'"),
        # ---- customers
        "cs48": lambda: active_plans(),
        "cs50": lambda: cust_share("c.appliance_type = 'gas_fireplace'"),
        "cs51": lambda: cust_share("c.acquisition_channel = 'referral'", _in("c.signup_at", *Y25)),
        # ---- feedback
        "cs53": lambda: topic_count("soot_mess"),
        "cs54": lambda: topic_top("soot_mess", "f.touchpoint_id", gap=2.0),
        "cs55": lambda: topic_top("price_high", "f.touchpoint_id", gap=2.0),
        "cs56": lambda: topic_count("upload_bug", _in("f.ts", *NOV25)),
        "cs57": lambda: fb_ratio(NEG, _in("f.ts", *NOV25)),
        "cs58": lambda: fb_ratio(NEG, _in("f.ts", *OCT25)),
        "cs59": lambda: fb_top("f.touchpoint_id", "avg(f.rating)", "f.rating IS NOT NULL", lowest=True, gap=0.5),
        "cs60": lambda: fb_top("f.technician_id", "avg(f.rating)", "f.rating IS NOT NULL", gap=0.3),
        "cs61": lambda: nps(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "cs62": lambda: fb_avg("f.rating", f"{SURVEY} AND f.touchpoint_id = 'tp_job_done' AND f.city = 'Shanghai' "
                                           f"AND {_in('f.ts', *Y25)}"),
        "cs63": lambda: fb_count("f.ts IS NULL"),
        "cs64": lambda: fb_ids(f"f.touchpoint_id = 'tp_booking_form' AND {_in('f.ts', *NOV25)}"),
        "cs65": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND f.rating IS NOT NULL AND {_in('f.ts', *H2_25)}"),
        "cs66": lambda: topic_count("hold_time", _in("f.ts", *Y25)),
        "cs67": lambda: topic_count("reminder_annoying"),
        "cs68": lambda: topic_count("report_missing", _in("f.ts", *H1_26)),
        "cs69": lambda: topic_top("tech_late", "f.city", _in("f.ts", *Q4_25), gap=1.5),
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
