"""Gold answers for the 暖心 WarmHeart charity held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window (new donor 7 days, livestream giving 1 day, monthly pledge upgrade 90 days)
  from their first step-1 event in the period. Each rate is computed twice, with later steps allowed after the period
  end and with every step required inside the period; the tolerance covers both. A device filter keeps only the
  events carrying that device; a customer attribute (acquisition channel, age band, ...) is the customers row.
  Drop-off of a step = 1 - reached next step / reached this step; "lost at a step" = reached it, not the next one;
- "people" / "donors" / "customers" are distinct customer_id. The customers table holds every person known by a
  WeChat id, visitors included; "registered donors" are customers with a signup_at; "individual" / "corporate" is
  customers.donor_type; a donor's city / province / age band / acquisition channel / fundraising team = the
  customers row (state at the end of the data); new registrations = customers.signup_at in the period;
- money (raised, 筹款, 善款, income) = orders with status `paid`: one-off gifts, pledge instalments and corporate
  matched gifts (order_type), dated by `ts`; refunded orders (mistaken donations) are not money raised;
  "one-off donations" = order_type one_off; a refund rate = refunded / (paid + refunded) one-off gifts; refund
  amounts = refund_amount of refunded orders dated by the donation's ts; corporate money = orders of corporate
  customers (their matched gifts included); a project / province = the order's project columns;
- per-donor averages = total / distinct customers with at least one counted paid order in the period;
- time from donation to receipt = per order (events carry order_id), from the order's ts to its tp_receipt event;
  the cohort is the donation time; medians / shares over donations that have a receipt (refunded gifts have none);
  registration to first donation = per customer, signup event to their first tp_donate event after it;
- pledge payment failure rate = tp_pledge_payment events with action fail / all tp_pledge_payment events in the
  period (each monthly debit attempt is one event); cancellations = tp_pledge_cancel events (reason cancel_reason);
  calls = tp_donor_call events (answered or missed); volunteers = distinct customers with tp_volunteer_signup;
  "ever a monthly donor" = customers.segment monthly or former_monthly (pledges set up before 2025 have no
  tp_pledge_setup event); pledge within 60 days of a report = a tp_pledge_setup event in (open, open + 60 days] after
  the customer's first open of that report type in the period;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  complaint-topic counts use text markers (收据/票据/receipt; 电话/call; 钱花/花在哪/花到哪/去向/money; 来信/孩子的信/写的信/亲笔信/
  letter; 扣款/debit; 支付失败/付不了/付款失败/payment failed/couldn't pay) with a 5 % tolerance, checked against the
  truth topic; "all feedback" includes undated rows, a period filter keeps dated rows only; average rating by step =
  every rated row by touchpoint_id; NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value;
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
    for t in ("customers", "events", "orders", "feedback"):
        CON.execute(f"""CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true,
                        all_varchar=true)""")
    CON.execute("ALTER TABLE customers ALTER signup_at TYPE TIMESTAMP")
    CON.execute("ALTER TABLE events ALTER ts TYPE TIMESTAMP")
    CON.execute("ALTER TABLE orders ALTER ts TYPE TIMESTAMP")
    CON.execute("ALTER TABLE orders ALTER refunded_at TYPE TIMESTAMP")
    CON.execute("ALTER TABLE orders ALTER amount TYPE DOUBLE")
    CON.execute("ALTER TABLE orders ALTER refund_amount TYPE DOUBLE")
    CON.execute("ALTER TABLE feedback ALTER ts TYPE TIMESTAMP")
    CON.execute("ALTER TABLE feedback ALTER rating TYPE DOUBLE")
    CON.execute("ALTER TABLE feedback ALTER nps TYPE DOUBLE")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) - count(DISTINCT customer_id) FROM customers") == 0
    assert one("SELECT count(*) - count(DISTINCT feedback_id) FROM feedback") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)") == 0
    assert one("SELECT count(*) FROM events WHERE customer_id NOT IN (SELECT customer_id FROM customers)") == 0
    assert one("SELECT count(*) FROM orders WHERE customer_id NOT IN (SELECT customer_id FROM customers)") == 0
    assert one("SELECT max(ts) FROM events") < __import__("datetime").datetime(2026, 8, 1)


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


def funnel(journey, start, end, cust=None, evc=None, bounded=False) -> list[int]:
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
    if evc:
        ev += f" AND ({evc})"
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


def conv(journey, start, end, a=1, b=None, drop=False, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        r = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


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


def top_conv(journey, start, end, column, lowest=False, min_n=50, gap=0.03, a=1, b=None):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            c = funnel(journey, start, end, bounded=bounded, cust=f"{column} = '{v}'")
            if c[a - 1] >= min_n:
                rates[v] = c[(b or len(c)) - 1] / c[a - 1]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def report_pledge(kind, start, end, days=60):
    v = one(f"""WITH o AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_progress_report'
                           AND report_type = '{kind}' AND {_in('ts', start, end)} GROUP BY 1)
                SELECT avg((EXISTS (SELECT 1 FROM events p WHERE p.customer_id = o.customer_id
                           AND p.touchpoint_id = 'tp_pledge_setup' AND p.ts > o.t
                           AND p.ts <= o.t + INTERVAL {days} DAY))::int) FROM o""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- time between steps ----------

def _receipt_gaps(start, end, cond="1=1"):
    return f"""SELECT o.*, c.donor_type, epoch(e.ts - o.ts) / 86400.0 AS d FROM orders o
               JOIN events e ON e.order_id = o.order_id AND e.touchpoint_id = 'tp_receipt'
               JOIN customers c ON c.customer_id = o.customer_id
               WHERE o.order_type = 'one_off' AND {_in('o.ts', start, end)} AND ({cond})"""


def receipt_gap(start, end, agg="median", cond="1=1"):
    v = one(f"SELECT {agg}(d) FROM ({_receipt_gaps(start, end, cond)})")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))


def receipt_share(start, end, limit, cond="1=1"):
    v = one(f"SELECT avg((d > {limit})::int) FROM ({_receipt_gaps(start, end, cond)})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_receipt_gap(start, end, col, min_n=20, gap_min=1.0):
    rows = q(f"""SELECT {col}, median(d) m, count(*) n FROM ({_receipt_gaps(start, end)}) GROUP BY 1
                 HAVING count(*) >= {min_n} ORDER BY m DESC""")
    assert rows[0][1] > rows[1][1] + gap_min, rows
    return dict(top_entity=rows[0][0])


def reg_to_first_gift(start, end, agg="median", unit=60.0, share_over=None):
    base = f"""WITH r AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_register'
                          AND {_in('ts', start, end)} GROUP BY 1),
               g AS (SELECT r.customer_id, epoch(min(e.ts) - r.t) / {unit} d FROM r JOIN events e
                     ON e.customer_id = r.customer_id AND e.touchpoint_id = 'tp_donate' AND e.ts > r.t GROUP BY 1, r.t)"""
    if share_over is not None:
        v = one(f"{base} SELECT avg((d > {share_over})::int) FROM g")
        return dict(value=round(v, 4), tolerance=0.01)
    v = one(f"{base} SELECT {agg}(d) FROM g")
    return dict(value=round(v, 2), tolerance=round(max(0.2, v * 0.05), 2))


# ---------- events / customers ----------

def events_count(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} "
                          f"AND ({cond})", tp), tolerance=0.5)


def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def per_user_events(tp, start, end):
    v = one(f"""SELECT count(*) / count(DISTINCT customer_id) FROM events WHERE touchpoint_id = ?
                AND {_in('ts', start, end)}""", tp)
    return dict(value=round(v, 3), tolerance=round(max(0.02, v * 0.01), 3))


def event_rate(tp, start, end, num, cond="1=1"):
    v = one(f"""SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                AND ({cond})""", tp)
    return dict(value=round(v, 4), tolerance=0.01)


def top_event_col(tp, col, start, end, cond="1=1", gap=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


def top_event_rate(tp, col, start, end, num, min_n=100, gap=0.03):
    rows = q(f"""SELECT {col}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = ?
                 AND {_in('e.ts', start, end)} AND {col} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r DESC""", tp)
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers_share(col, num, cond="1=1", min_n=100, gap=0.02):
    rows = q(f"""SELECT {col}, avg(({num})::int) r, count(*) n FROM customers c WHERE {cond} AND {col} IS NOT NULL
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


def new_customers(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {_in('c.signup_at', start, end)} AND ({cond})"),
                tolerance=0.5)


def top_signup_month(start, end, gap=1.05):
    rows = q(f"""SELECT date_trunc('month', signup_at) m, count(*) n FROM customers c
                 WHERE {_in('c.signup_at', start, end)} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(value=rows[0][1], tolerance=0.5)


# ---------- orders ----------

def _st(status):
    if status is None:
        return "1=1"
    if isinstance(status, (list, tuple)):
        return "o.status IN (" + ", ".join(f"'{s}'" for s in status) + ")"
    return f"o.status = '{status}'"


def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {_st(status)} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.5, abs(v) * 0.002), 2))


def share_orders(start, end, num, cond="1=1", status="paid"):
    v = one(f"""SELECT avg(({num})::int) FROM orders o JOIN customers c USING (customer_id)
                WHERE {_st(status)} AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def amount_share(start, end, num):
    v = one(f"""SELECT sum(o.amount) FILTER (WHERE {num}) / sum(o.amount) FROM orders o JOIN customers c
                USING (customer_id) WHERE o.status = 'paid' AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


def change(start_a, end_a, start_b, end_b, agg="sum(o.amount)", cond="1=1"):
    """relative change from period a to period b of a paid-order aggregate"""
    a = one(f"SELECT {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start_a, end_a)} AND ({cond})")
    b = one(f"SELECT {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start_b, end_b)} AND ({cond})")
    return dict(value=round(b / a - 1, 4), tolerance=0.01)


def per_customer(start, end, agg="sum(o.amount)", cond="1=1"):
    v = one(f"""SELECT {agg} / count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 2), tolerance=round(max(0.01, v * 0.005), 2))


def top_per_customer(col, start, end, agg="sum(o.amount)", cond="1=1", gap=1.2, min_n=30):
    rows = q(f"""SELECT {col}, {agg} / count(DISTINCT o.customer_id) r, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                 GROUP BY 1 ORDER BY r DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * gap, big[:3]
    assert rows[0][0] != big[0][0], "expected a small-group trap above the answer"
    return dict(top_entity=big[0][0])


def top_orders(col, start, end, agg="sum(o.amount)", status="paid", cond="1=1", gap=1.1):
    rows = q(f"""SELECT {col}, {agg} n FROM orders o JOIN customers c USING (customer_id)
                 WHERE {_st(status)} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:4]
    return dict(top_entity=rows[0][0])


def top_share_orders(col, start, end, num, gap=0.015, min_n=100, status=("paid", "refunded"), cond="1=1"):
    rows = q(f"""SELECT {col}, avg(({num})::int) r, count(*) n FROM orders o WHERE {_st(status)}
                 AND {_in('o.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_period(start, end, unit="month", agg="sum(o.amount)", cond="1=1", gap=1.05):
    rows = q(f"""SELECT date_trunc('{unit}', o.ts) m, {agg} n FROM orders o WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    v = rows[0][1]
    if isinstance(v, float):
        return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.002), 2))
    return dict(value=v, tolerance=0.5)


# ---------- feedback ----------

FB = "feedback f JOIN truth t USING (feedback_id)"


def feedback_ids(cond, join=""):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM {FB} {join} WHERE {cond} ORDER BY 1")])


def fb_count(cond, join=""):
    return dict(value=one(f"SELECT count(*) FROM {FB} {join} WHERE {cond}"), tolerance=0.5)


def topic_count(marker, topics, extra="1=1"):
    n = one(f"SELECT count(*) FROM {FB} WHERE ({marker}) AND {extra}")
    tl = ", ".join(f"'{t}'" for t in topics)
    truth = one(f"SELECT count(*) FROM {FB} WHERE t.topic IN ({tl}) AND {extra}")
    assert abs(n - truth) <= max(1, 0.05 * truth), (n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.03, join=""):
    v = one(f"SELECT avg({col}) FROM {FB} {join} WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    v = one(f"SELECT avg(({num})::int) FROM {FB} WHERE {cond}")
    return dict(value=round(v, 4), tolerance=tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def top_rating(col, cond="1=1", gap=0.15, min_n=1):
    rows = q(f"""SELECT {col}, avg(f.rating) r, count(*) n FROM feedback f
                 WHERE f.rating IS NOT NULL AND {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r ASC""")
    assert abs(rows[1][1] - rows[0][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_share(col, num, min_n=50, gap=0.05):
    rows = q(f"""SELECT {col}, avg(({num})::int) r, count(*) n FROM {FB} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-01-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26, Q2_26, Q4_25, Q2_25 = quarter(2026, 1), quarter(2026, 2), quarter(2025, 4), quarter(2025, 2)
NEG = "t.sentiment = 'neg'"
RECEIPT = "(f.text LIKE '%收据%' OR f.text LIKE '%票据%' OR lower(f.text) LIKE '%receipt%')"
CALLS = "(f.text LIKE '%电话%' OR regexp_matches(lower(f.text), '\\bcall'))"
MONEY = ("(f.text LIKE '%钱花%' OR f.text LIKE '%花在哪%' OR f.text LIKE '%花到哪%' OR f.text LIKE '%去向%' "
         "OR lower(f.text) LIKE '%money%')")
LETTER = ("(f.text LIKE '%来信%' OR f.text LIKE '%孩子的信%' OR f.text LIKE '%写的信%' OR f.text LIKE '%亲笔信%' "
          "OR lower(f.text) LIKE '%letter%')")
DEBIT = "(f.text LIKE '%扣款%' OR lower(f.text) LIKE '%debit%')"
PAYFAIL = ("(f.text LIKE '%支付失败%' OR f.text LIKE '%付不了%' OR f.text LIKE '%付款失败%' "
           "OR lower(f.text) LIKE '%payment failed%' OR lower(f.text) LIKE '%couldn''t pay%')")
ONE_OFF = "o.order_type = 'one_off'"
INDIV = "c.donor_type = 'individual'"
REG = "c.signup_at IS NOT NULL"


def gold() -> dict:
    jun26, may26 = month(2026, 6), month(2026, 5)
    return {
        # ---- funnels
        "wh01": lambda: conv("new_donor", *Y25),
        "wh02": lambda: top_lost("new_donor", *H2_25),
        "wh03": lambda: conv("new_donor", *jun26, a=3, b=4, evc="e.device = 'android'"),
        "wh04": lambda: conv("new_donor", *jun26, a=3, b=4, evc="e.device = 'ios'"),
        "wh05": lambda: conv("new_donor", *may26, a=3, b=4, evc="e.device = 'android'"),
        "wh06": lambda: top_conv("new_donor", *Y25, "c.acquisition_channel", min_n=200, a=1, b=2),
        "wh07": lambda: conv("livestream", *month(2025, 9)),
        "wh08": lambda: conv("pledge_upgrade", *H1_25),
        "wh09": lambda: report_pledge("child_letter", *Y25),
        "wh10": lambda: report_pledge("standard", *Y25),
        "wh11": lambda: top_customers_share("c.age_band", "c.segment IN ('monthly', 'former_monthly')",
                                            f"{REG} AND {INDIV}", min_n=100, gap=0.02),
        # ---- time between steps
        "wh12": lambda: receipt_gap(*month(2025, 12)),
        "wh13": lambda: receipt_gap(*month(2025, 10)),
        "wh14": lambda: receipt_share(*month(2026, 1), 7),
        "wh15": lambda: top_receipt_gap("2025-12-01", "2026-01-31", "donor_type", min_n=20, gap_min=3),
        "wh16": lambda: reg_to_first_gift(*Y25),
        # ---- money
        "wh17": lambda: orders(*Y25),
        "wh18": lambda: orders("2025-09-07", "2025-09-09", cond="o.order_type = 'matched_gift'"),
        "wh19": lambda: orders("2025-09-07", "2025-09-09", cond=f"{ONE_OFF} AND {INDIV}"),
        "wh20": lambda: top_orders("o.project_name_en", *Y25, cond=INDIV, gap=1.3),
        "wh21": lambda: top_orders("o.project_province_zh", *Y25, cond=INDIV, gap=1.3),
        "wh22": lambda: orders(*Y25, agg="avg(o.amount)", cond=f"{ONE_OFF} AND o.channel = 'livestream'"),
        "wh23": lambda: orders(*Y25, agg="avg(o.amount)", cond=f"{ONE_OFF} AND o.channel = 'mini_program'"),
        "wh24": lambda: orders(*Y25, agg="sum(o.refund_amount)", status="refunded", cond=ONE_OFF),
        "wh25": lambda: share_orders(*Y25, "o.status = 'refunded'", status=("paid", "refunded"),
                                     cond=f"{ONE_OFF} AND o.channel = 'livestream'"),
        "wh26": lambda: top_share_orders("o.channel", *ALL, "o.status = 'refunded'", cond=ONE_OFF),
        "wh27": lambda: per_customer(*Y25, cond=f"{INDIV} AND o.order_type IN ('one_off', 'pledge_installment')"),
        "wh28": lambda: top_per_customer("c.fundraiser_team_en", *H2_25,
                                         cond="o.order_type IN ('one_off', 'pledge_installment')", min_n=30),
        "wh29": lambda: amount_share(*Y25, "c.donor_type = 'corporate'"),
        "wh30": lambda: top_period(*Y25),
        "wh31": lambda: top_signup_month(*H2_25),
        "wh32": lambda: orders("2026-06-01", "2026-06-07", agg="count(*)", cond=ONE_OFF),
        "wh33": lambda: change(*month(2025, 11), *month(2025, 12)),
        "wh34": lambda: change(*Q4_25, *Q1_26, cond="o.order_type = 'pledge_installment'"),
        "wh35": lambda: orders(*H2_25, agg="count(*)", cond=ONE_OFF),
        "wh36": lambda: events_count("tp_pledge_setup", *jun26),
        "wh37": lambda: events_count("tp_pledge_setup", *may26),
        # ---- pledges and calls
        "wh38": lambda: event_rate("tp_pledge_payment", *month(2026, 3), "e.action = 'fail'"),
        "wh39": lambda: event_rate("tp_pledge_payment", *month(2025, 3), "e.action = 'fail'"),
        "wh40": lambda: top_event_col("tp_pledge_payment", "e.error_code", *H1_26, "e.action = 'fail'"),
        "wh41": lambda: events_count("tp_pledge_cancel", *month(2026, 4)),
        "wh42": lambda: top_event_col("tp_pledge_cancel", "e.cancel_reason", *Q4_25),
        "wh43": lambda: top_event_col("tp_pledge_cancel", "e.cancel_reason_zh", *Q2_26),
        "wh44": lambda: top_event_rate("tp_pledge_payment", "e.payment_method", "2026-03-01", "2026-05-31",
                                       "e.action = 'fail'", min_n=100, gap=0.05),
        "wh45": lambda: per_user_events("tp_donor_call", *Q4_25),
        "wh46": lambda: per_user_events("tp_donor_call", *Q2_25),
        "wh47": lambda: event_rate("tp_pledge_cancel", *Q4_25, "e.cancel_reason = 'too_many_calls'"),
        # ---- donors
        "wh48": lambda: customers_count("c.donor_type = 'corporate'"),
        "wh49": lambda: customers_count(f"{REG} AND c.province = 'Zhejiang' AND c.preferred_project = 'education'"),
        "wh50": lambda: new_customers("2025-03-03", "2025-03-09"),
        "wh51": lambda: customers_share("c.age_band = '25-34'", f"{REG} AND {INDIV}"),
        "wh52": lambda: users_at("tp_volunteer_signup", *Y25),
        "wh53": lambda: top_customers_share("c.acquisition_channel", "c.is_volunteer = 'true'", REG, min_n=100,
                                            gap=0.05),
        # ---- feedback
        "wh54": lambda: topic_count(RECEIPT, ["receipt_late"], _in("f.ts", *month(2026, 1))),
        "wh55": lambda: topic_count(CALLS, ["calls"], _in("f.ts", *Q4_25)),
        "wh56": lambda: fb_ratio(NEG, _in("f.ts", *Q4_25)),
        "wh57": lambda: top_rating("f.touchpoint_id", _in("f.ts", *Y25), gap=0.3, min_n=30),
        "wh58": lambda: fb_avg("f.rating", f"f.touchpoint_id = 'tp_receipt' AND {_in('f.ts', *H1_26)}"),
        "wh59": lambda: nps(_in("f.ts", *Q1_26)),
        "wh60": lambda: fb_count("f.ts IS NULL"),
        "wh61": lambda: fb_avg("f.rating", "c.donor_type = 'corporate'", tol=0.05,
                               join="JOIN customers c USING (customer_id)"),
        "wh62": lambda: topic_count(MONEY, ["transparency"]),
        "wh63": lambda: topic_count(LETTER, ["child_letter"]),
        "wh64": lambda: topic_count(DEBIT, ["pledge_failed"], _in("f.ts", "2026-03-01", "2026-05-31")),
        "wh65": lambda: top_fb_share("f.channel", NEG, min_n=50, gap=0.1),
        # ---- why
        "wh66": lambda: feedback_ids(f"t.topic = 'pledge_failed' AND {_in('f.ts', '2026-03-01', '2026-04-30')}"),
        "wh67": lambda: feedback_ids(f"t.topic = 'receipt_late' AND {_in('f.ts', '2025-12-01', '2026-01-31')}"),
        "wh68": lambda: feedback_ids(f"t.topic = 'calls' AND {_in('f.ts', *Q4_25)}"),
        "wh69": lambda: feedback_ids(f"t.topic = 'pay_error' AND {_in('f.ts', *jun26)}"),
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
