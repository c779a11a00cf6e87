"""Gold answers for the pest-control (净居 CleanHome) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- people / customers / 客户 = distinct customer_id; "enquiries / 咨询" = tp_enquiry events (one per job; a returning
  customer's second job has its own enquiry), "treatments / 上门施工" = tp_treatment events (first visits of a job
  and annual-plan visits, `visit_type`), "re-treatments / 复治" = tp_retreat events; each dated by the event `ts`;
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window (window_days) from their first step-1 event in the period. Each rate is
  computed twice, with later steps allowed after the period end and with every step required inside the period; the
  tolerance covers both. Drop-off of a step = 1 - reached next / reached this step. A funnel "for Meituan customers /
  villas / Shenzhen" keeps the customers with that customers-row value (acquisition_channel / source_zh, home_type,
  city); a funnel "for Android users" keeps the events whose `device` is android (the device of the enquiry, quote
  and booking events);
- time between two steps = days (epoch difference / 86400) from a customer's first event at the first step in the
  cohort period to their first event at the second step after it; the same per job (job_id) is computed too and
  the tolerance covers both;
- arrival delay = tp_treatment.arrival_delay_minutes (negative = early); late = delay > 15 minutes (action late),
  on time = delay <= 15; all tp_treatment rows count (first visits and plan visits);
- 30-day re-treatment rate = first treatments (visit_type first) in the period followed by a tp_retreat of the same
  job within 30 days / those treatments (the same by customer instead of job is within the tolerance);
- money = orders with status `paid` (one_off, annual_plan incl. renewals; re-treatment orders are free, amount 0),
  dated by `ts` (the booking; renewals: the renewal); paying customers = customers with paid amount > 0; refund rate
  = refunded / (paid + refunded) one-off orders; "new orders" = one_off + annual_plan with is_renewal = 0;
- customer facts (segment, tier, city, home type, source) are the customers row (state at the end, 2026-07-31);
  annual plan holders now = segment annual_member;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  差评 / bad = rating 1-2; survey = feedback channel `survey`; NPS = (share 9-10 - share 0-6) x 100 over rows with
  an nps value; complaint-topic counts use text markers with a 5 % tolerance, checked against the truth topic;
  "all feedback" includes social posts without a date, a period filter keeps dated rows only; feedback city / service
  = the feedback row's own columns;
- periods are inclusive calendar dates; weeks run Monday..Sunday; relative periods resolve against `as_of` (else
  2026-07-31, the last day of the data).
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
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'device': 'VARCHAR', 'arrival_delay_minutes': 'DOUBLE',
                    'campaign': 'VARCHAR', 'cancel_reason': 'VARCHAR', 'refund_reason': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'device': 'VARCHAR'}})""")
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
    assert one("SELECT max(ts) FROM events") <= one("SELECT TIMESTAMP '2026-07-31 23:59:59'")


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= TIMESTAMP '{start}' AND {col} < TIMESTAMP '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def num(v, rel=0.001, floor=0.01):
    v = float(v)
    return dict(value=round(v, 4), tolerance=round(max(floor, abs(v) * rel), 4))


def count(v):
    return dict(value=int(v), tolerance=0.5)


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


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


def conv(journey, start, end, a=1, b=None, drop=False, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        r = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_open(journey, start, end, a=1, b=None, **kw):
    c = funnel(journey, start, end, **kw)
    return dict(value=round(c[(b or len(c)) - 1] / c[a - 1], 4), tolerance=0.01)


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


def top_conv(journey, start, end, column, lowest=False, min_n=100, gap=0.04, b=None):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            c = funnel(journey, start, end, cust_cond=f"{column} = '{v}'", bounded=bounded)
            if c[0] >= min_n:
                rates[v] = c[(b or len(c)) - 1] / c[0]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- time between steps ----------

def _gap_sql(a_tp, b_tp, start, end, cond="1=1", by="customer", first_ever=False):
    """days from the first a_tp event in the period (per customer or per job) to the first b_tp after it."""
    key = "customer_id" if by == "customer" else "job_id"
    b_extra = "" if by == "customer" else "AND (e.visit_type IS NULL OR e.visit_type = 'first')"
    if first_ever:
        a = f"""SELECT {key}, min(ts) t FROM events WHERE touchpoint_id = '{a_tp}' GROUP BY 1
                HAVING {_in('min(ts)', start, end)}"""
    else:
        a = f"SELECT {key}, min(ts) t FROM events WHERE touchpoint_id = '{a_tp}' AND {_in('ts', start, end)} GROUP BY 1"
    return f"""WITH a AS ({a}),
               b AS (SELECT a.{key}, min(e.ts) t FROM a JOIN events e ON e.{key} = a.{key}
                     AND e.touchpoint_id = '{b_tp}' AND e.ts > a.t {b_extra} GROUP BY 1)
               SELECT c.*, epoch(b.t - a.t) / 86400 AS days
               FROM a JOIN b USING ({key})
               JOIN (SELECT DISTINCT {key}, customer_id FROM events) k USING ({key})
               JOIN customers c ON c.customer_id = k.customer_id WHERE ({cond})"""


def gap(a_tp, b_tp, start, end, agg="median", cond="1=1", first_ever=False, rel=0.03):
    vals = [one(f"SELECT {agg}(days) FROM ({_gap_sql(a_tp, b_tp, start, end, cond, by, first_ever)})")
            for by in ("customer", "job")]
    v = vals[0]
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * rel, abs(vals[0] - vals[1]) + 0.05), 2))


def gap_share(a_tp, b_tp, start, end, limit, cond="1=1"):
    vals = [one(f"SELECT avg((days > {limit})::int) FROM ({_gap_sql(a_tp, b_tp, start, end, cond, by)})")
            for by in ("customer", "job")]
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_gap(a_tp, b_tp, start, end, col, margin=2.0):
    tops = set()
    for by in ("customer", "job"):
        rows = q(f"SELECT {col}, avg(days) d FROM ({_gap_sql(a_tp, b_tp, start, end, by=by)}) GROUP BY 1 ORDER BY d DESC")
        assert rows[0][1] > rows[1][1] + margin, rows
        tops.add(rows[0][0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


# ---------- events ----------

def ev_count(tp, start, end, cond="1=1"):
    return count(one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_avg(tp, col, start, end, cond="1=1", tol=0.3):
    v = one(f"""SELECT avg({col}) FROM events e JOIN customers c USING (customer_id)
                WHERE touchpoint_id = '{tp}' AND {col} IS NOT NULL
                AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=tol)


def ev_share(tp, num_, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({num_})::int) FROM events e JOIN customers c USING (customer_id)
                WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return rate(v)


def top_week(tp, start, end):
    rows = q(f"""SELECT date_trunc('week', ts) w, count(*) n FROM events e WHERE touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.5, rows[:3]
    return count(rows[0][1])


def top_month(tp, start, end, cond="1=1"):
    rows = q(f"""SELECT strftime(ts, '%Y-%m') m, count(*) n FROM events e WHERE touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.1, rows[:3]
    return count(rows[0][1])


def growth(tp, a, b):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *a)}")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *b)}")
    return rate(y / x - 1)


def diff(tp, a, b):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *a)}")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *b)}")
    return count(y - x)


def visits_per_customer(start, end):
    v = one(f"""SELECT count(*) / count(DISTINCT customer_id) FROM events e
                WHERE touchpoint_id = 'tp_treatment' AND {_in('e.ts', start, end)}""")
    return dict(value=round(v, 3), tolerance=0.02)


# ---------- re-treatments ----------

def _retreat_sql(start, end, cond="1=1"):
    return f"""SELECT t.*,
                 EXISTS (SELECT 1 FROM events r WHERE r.touchpoint_id = 'tp_retreat' AND r.job_id = t.job_id
                         AND r.ts > t.ts AND r.ts <= t.ts + INTERVAL 30 DAY) AS by_job,
                 EXISTS (SELECT 1 FROM events r WHERE r.touchpoint_id = 'tp_retreat' AND r.customer_id = t.customer_id
                         AND r.ts > t.ts AND r.ts <= t.ts + INTERVAL 30 DAY) AS by_cust
               FROM events t WHERE t.touchpoint_id = 'tp_treatment' AND t.visit_type = 'first'
               AND {_in('t.ts', start, end)} AND ({cond})"""


def retreat_rate(start, end, cond="1=1"):
    a, b = q(f"SELECT avg(by_job::int), avg(by_cust::int) FROM ({_retreat_sql(start, end, cond)})")[0]
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def top_retreat(col, start, end, min_n=50, margin=0.05):
    tops = set()
    for flag in ("by_job", "by_cust"):
        rows = q(f"""SELECT {col}, avg({flag}::int) r FROM ({_retreat_sql(start, end)}) GROUP BY 1
                     HAVING count(*) >= {min_n} ORDER BY r DESC""")
        assert rows[0][1] > rows[1][1] + margin, rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


# ---------- orders ----------

NEW = "o.order_type IN ('one_off', 'annual_plan') AND o.is_renewal = 0"
ONE_OFF = "o.order_type = 'one_off'"


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


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", status="paid", gap=1.1, min_n=1):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def share_orders(num_, start, end, cond="1=1", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT avg(({num_})::int) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return rate(v)


def top_refund(col, start, end, min_n=100, gap=0.02):
    rows = q(f"""SELECT {col}, avg((status = 'refunded')::int) r FROM orders o
                 WHERE {ONE_OFF} AND status IN ('paid', 'refunded') AND {_in('o.ts', start, end)}
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


# ---------- customers ----------

def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def active_plans():
    """segment annual_member; a reading by orders (a paid annual plan bought or renewed in the last 365 days) is
    within the tolerance."""
    a = one("SELECT count(*) FROM customers WHERE segment = 'annual_member'")
    b = one("""SELECT count(DISTINCT customer_id) FROM orders WHERE order_type = 'annual_plan' AND status = 'paid'
               AND ts > TIMESTAMP '2026-07-31 23:59:59' - INTERVAL 365 DAY""")
    return dict(value=a, tolerance=abs(a - b) + 0.5)


def cust_share(num_, cond):
    return rate(one(f"SELECT avg(({num_})::int) FROM customers c WHERE {cond}"))


def top_customers(col, gap=1.05):
    rows = q(f"SELECT {col}, count(*) n FROM customers c GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

MARK = {
    "pests_returned": "(f.text LIKE '%又出现%' OR f.text LIKE '%复发%' OR lower(f.text) LIKE '%came back%')",
    "technician_late": "(f.text LIKE '%迟到%' OR lower(f.text) LIKE '%late%')",
    "chemical_smell": "(f.text LIKE '%味道%' OR lower(f.text) LIKE '%smell%')",
    "thorough_praise": "(f.text LIKE '%仔细%' OR lower(f.text) LIKE '%thorough%')",
    "booking_hard": "(f.text LIKE '%约不上%' OR lower(f.text) LIKE '%slot%')",
    "price_high": "(f.text LIKE '%贵%' OR lower(f.text) LIKE '%expensive%')",
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


ALL = ("2025-01-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
NOV_DEC_25 = ("2025-11-01", "2025-12-31")
GEL = ("2025-08-01", "2026-03-31")
WEEK_0302 = ("2026-03-02", "2026-03-08")
SZ, GZ = "c.city = 'Shenzhen'", "c.city = 'Guangzhou'"


def gold() -> dict:
    return {
        # ---- funnels
        "pc01": lambda: conv("service", *Y25),
        "pc02": lambda: top_lost("service", *ALL),
        "pc03": lambda: top_conv("service", *Y25, "c.acquisition_channel", lowest=True, b=3),
        "pc04": lambda: conv("service", *Y25, b=3, cust_cond="c.acquisition_channel = 'meituan'"),
        "pc05": lambda: conv("service", *Y25, b=3, cust_cond="c.acquisition_channel = 'referral'"),
        "pc06": lambda: conv("service", *NOV_DEC_25, a=2, b=3, ev_cond="e.device = 'android'"),
        "pc07": lambda: conv("service", *NOV_DEC_25, a=2, b=3, ev_cond="e.device = 'ios'"),
        "pc08": lambda: conv("renewal", *ALL),
        "pc09": lambda: conv("renewal", *ALL, cust_cond="c.home_type = 'villa'"),
        "pc10": lambda: conv_open("service", *Q2_26, cust_cond=SZ),
        "pc11": lambda: conv_open("service", *Q2_26, cust_cond=GZ),
        # ---- time between steps
        "pc12": lambda: gap("tp_booking", "tp_treatment", *Q2_26, cond=SZ),
        "pc13": lambda: gap("tp_booking", "tp_treatment", *Q1_26, cond=SZ),
        "pc14": lambda: gap_share("tp_booking", "tp_treatment", *Q2_26, 5, cond=SZ),
        "pc15": lambda: top_gap("tp_booking", "tp_treatment", *Q2_26, "city"),
        "pc16": lambda: gap("tp_enquiry", "tp_treatment", *Y25, agg="avg", first_ever=True),
        # ---- technicians on site
        "pc17": lambda: ev_avg("tp_treatment", "arrival_delay_minutes", *Q2_26, "e.city = 'Shenzhen'"),
        "pc18": lambda: ev_share("tp_treatment", "arrival_delay_minutes > 15", *Q2_26, "e.city = 'Shenzhen'"),
        "pc19": lambda: ev_share("tp_treatment", "arrival_delay_minutes <= 15", *Y25),
        # ---- re-treatments
        "pc20": lambda: retreat_rate(*GEL, "t.city = 'Guangzhou' AND t.service_type_en = 'cockroach'"),
        "pc21": lambda: retreat_rate(*GEL, "t.city <> 'Guangzhou' AND t.service_type_en = 'cockroach'"),
        "pc22": lambda: top_retreat("service_type", *ALL),
        "pc23": lambda: ev_count("tp_retreat", *H1_26),
        "pc24": lambda: top_retreat("chemical", *ALL, margin=0.1),
        # ---- volumes and trends
        "pc25": lambda: top_month("tp_enquiry", *Y25),
        "pc26": lambda: top_week("tp_enquiry", *Q1_26),
        "pc27": lambda: ev_share("tp_enquiry", "c.acquisition_channel = 'meituan'", *WEEK_0302),
        "pc28": lambda: ev_count("tp_enquiry", "2026-07-01", "2026-07-20"),
        "pc29": lambda: ev_count("tp_enquiry", *month(2026, 6)),
        "pc30": lambda: diff("tp_enquiry", Q1_26, Q2_26),
        "pc31": lambda: growth("tp_enquiry", H1_25, H1_26),
        "pc32": lambda: top_month("tp_retreat", "2025-07-01", "2026-04-30", "e.city = 'Guangzhou'"),
        # ---- orders and money
        "pc33": lambda: orders(*quarter(2025, 3)),
        "pc34": lambda: orders(*quarter(2025, 4)),
        "pc35": lambda: per_paying_customer(*Y25),
        "pc36": lambda: orders(*month(2025, 10), agg="avg(o.amount)", cond=ONE_OFF),
        "pc37": lambda: top_orders("o.service_type_en", *Y25),
        "pc38": lambda: top_refund("o.service_type", *ALL),
        "pc39": lambda: orders(*ALL, agg="count(*)", status="refunded", cond=f"{ONE_OFF} AND o.refund_reason = 'not_effective'"),
        "pc40": lambda: share_orders("o.order_type = 'annual_plan'", *Y25, cond=NEW),
        "pc41": lambda: top_orders("o.home_type", *Y25, agg="avg((o.order_type = 'annual_plan')::int)", cond=NEW,
                                   gap=1.3),
        "pc42": lambda: orders(*Q2_26, cond="o.home_type = 'villa'"),
        "pc43": lambda: orders(*month(2026, 4)),
        # ---- customers
        "pc44": lambda: active_plans(),
        "pc45": lambda: cust_share("c.acquisition_channel = '58tongcheng'", _in("c.signup_at", *Y25)),
        "pc46": lambda: top_customers("c.city"),
        "pc47": lambda: visits_per_customer(*Y25),
        "pc48": lambda: ev_avg("tp_quote", "quote_amount", *Y25,
                               "e.service_type_en = 'termite' AND e.home_type = 'villa' AND e.product = 'one_off'", tol=5.0),
        # ---- feedback
        "pc49": lambda: topic_count("pests_returned"),
        "pc50": lambda: topic_count("chemical_smell", _in("f.ts", *H2_25)),
        "pc51": lambda: topic_top("chemical_smell", "f.service_type"),
        "pc52": lambda: fb_ratio(NEG, _in("f.ts", *Q2_26)),
        "pc53": lambda: fb_ratio(NEG, _in("f.ts", *Q1_26)),
        "pc54": lambda: fb_top("f.city", f"avg(({NEG})::int)", _in("f.ts", *Q2_26), gap=0.2),
        "pc55": lambda: fb_top("f.touchpoint_id", "avg(f.rating)", "f.rating IS NOT NULL", lowest=True, gap=0.3),
        "pc56": lambda: fb_avg("f.rating", f"{SURVEY} AND f.touchpoint_id = 'tp_treatment' AND f.city = 'Chengdu' "
                                           f"AND {_in('f.ts', *Y25)}"),
        "pc57": lambda: fb_top("f.technician_id", "avg(f.rating)", "f.rating IS NOT NULL", gap=0.3),
        "pc58": lambda: nps(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "pc59": lambda: fb_ids(f"f.city = 'Shenzhen' AND {_in('f.ts', *Q2_26)} AND t.topic IN "
                               f"('technician_late', 'booking_hard')"),
        "pc60": lambda: topic_count("technician_late", f"f.city = 'Shenzhen' AND {_in('f.ts', *Q2_26)}"),
        "pc61": lambda: fb_count("f.ts IS NULL"),
        "pc62": lambda: topic_count("booking_hard", _in("f.ts", "2026-01-01", "2026-07-31")),
        "pc63": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND {_in('f.ts', *H2_25)}"),
        "pc64": lambda: ev_share("tp_followup", "e.followup_result = 'pests_seen'", *Q1_26, "e.city = 'Guangzhou'"),
        "pc65": lambda: ev_share("tp_followup", "e.followup_result = 'pests_seen'", *Q1_26, "e.city = 'Shanghai'"),
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
