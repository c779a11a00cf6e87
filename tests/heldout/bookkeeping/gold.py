"""Gold answers for the bookkeeping (账无忧 LedgerEase) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- a "company" / "client" / "客户" is one customers row (customer_id); "leads" = distinct companies with a tp_lead event
  in the period (one lead per company); "signed clients" = customers with a contract (contract_start not null);
- funnels follow DATA.md: a company reaches step k when it has an event at step k's touchpoint after reaching step
  k-1, within the journey's window (window_days) from its first step-1 event in the period. Each rate is computed twice,
  with later steps allowed after the period end and with every step required inside the period; the tolerance covers
  both (`conv`). Where the question says later steps may fall after the period, only the open version is used
  (`conv_open`). Drop-off of a step = 1 - reached next / reached this step. Step-to-step rates (quote -> contract) are
  within the same journey cohort (companies whose first lead is in the period);
- a company's city / lead source / industry / size / tax status / ownership / plan = the customers row (end state of
  the data: `city`, `acquisition_channel` / `lead_source_zh`, `industry` / `industry_en`, `company_size` /
  `company_size_zh`, `tax_status` / `tax_status_en`, `ownership` / `ownership_zh`, `tier` / `plan_zh`); events carry
  the same city; "plan at signing" of a contract = the tp_contract event's `plan`;
- time between two steps = days (fractional, epoch difference / 86400) from the company's first event at the first
  step to its first event at the second step after it; the cohort is the period of the step the question names
  ("companies that signed in 2025" = contract in 2025);
- reply time = the `reply_hours` column of tp_accountant_query events (one row per client question), averaged over
  questions; "questions" = tp_accountant_query events;
- money = orders with status `paid` (monthly fees, setup fees, upgrades), dated by `ts`; refunds = orders with status
  `refunded` (their amount); revenue per client = paid amount / distinct paying customers in the period;
- filings = tp_tax_filing events (one per client and quarter); late = `on_time = 'no'`; penalties = tp_penalty events
  and their `penalty_amount`; contracts = tp_contract events; lost clients = customers with a tp_churn event;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value; complaint-topic counts use text markers with a 5 %
  tolerance, checked against the truth topic; "all feedback" includes social posts without a date, a period filter
  keeps dated rows only; average rating by step = every rated row by touchpoint_id; feedback city = the feedback row's
  `city` (the client's city; social posts have none);
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
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP', 'contract_start': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'reply_hours': 'DOUBLE', 'penalty_amount': 'DOUBLE',
                    'device': 'VARCHAR', 'on_time': 'VARCHAR', 'plan': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE', 'accountant_id': 'VARCHAR', 'city': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events e JOIN customers c USING (customer_id) WHERE e.city <> c.city") == 0
    assert one("""SELECT count(*) FROM customers c JOIN (SELECT customer_id, min(ts) t FROM events
                  WHERE touchpoint_id = 'tp_lead' GROUP BY 1) i USING (customer_id) WHERE i.t <> c.signup_at""") == 0
    assert one("SELECT count(*) - count(DISTINCT customer_id) FROM events WHERE touchpoint_id = 'tp_lead'") == 0


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


def top_conv(journey, start, end, column, lowest=False, min_n=50, gap=0.04, b=None):
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

def _gaps(a_tp, b_tp, start, end, cond="1=1", cohort="b"):
    col = "b.t" if cohort == "b" else "a.t"
    return f"""WITH a AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = '{a_tp}' GROUP BY 1),
               b AS (SELECT e.customer_id, min(e.ts) t FROM events e JOIN a USING (customer_id)
                     WHERE e.touchpoint_id = '{b_tp}' AND e.ts > a.t GROUP BY 1)
               SELECT c.*, epoch(b.t - a.t) / 86400 AS days FROM a JOIN b USING (customer_id)
               JOIN customers c USING (customer_id) WHERE {_in(col, start, end)} AND ({cond})"""


def gap(a_tp, b_tp, start, end, agg="median", cond="1=1", cohort="b"):
    v = one(f"SELECT {agg}(days) FROM ({_gaps(a_tp, b_tp, start, end, cond, cohort)})")
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.03), 2))


def gap_share(a_tp, b_tp, start, end, limit, cond="1=1", cohort="b"):
    v = one(f"SELECT avg((days > {limit})::int) FROM ({_gaps(a_tp, b_tp, start, end, cond, cohort)})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_gap(a_tp, b_tp, start, end, col, gap_days=4, cohort="b"):
    rows = q(f"SELECT {col}, avg(days) d FROM ({_gaps(a_tp, b_tp, start, end, cohort=cohort)}) GROUP BY 1 ORDER BY d DESC")
    assert rows[0][1] > rows[1][1] + gap_days, rows
    return dict(top_entity=rows[0][0])


# ---------- events / customers ----------

def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def late_filers(start, end):
    """Companies whose filing in the period was late; a reading via the late-filing penalty touchpoint (tp_penalty,
    alias 逾期申报) gives a slightly different count (penalties land 1-6 days after the filing): the tolerance covers it."""
    late = one(f"""SELECT count(DISTINCT customer_id) FROM events WHERE touchpoint_id = 'tp_tax_filing'
                   AND on_time = 'no' AND {_in('ts', start, end)}""")
    pen = one(f"SELECT count(DISTINCT customer_id) FROM events WHERE touchpoint_id = 'tp_penalty' AND {_in('ts', start, end)}")
    return dict(value=late, tolerance=abs(late - pen) + 0.5)


def share_events(tp, start, end, num, cond="1=1"):
    v = one(f"""SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                AND ({cond})""", tp)
    return dict(value=round(v, 4), tolerance=0.01)


def ev_avg(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})", tp)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.02), 2))


def ev_sum(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} "
                  f"AND ({cond})", tp))
    return dict(value=round(v, 2), tolerance=round(max(1.0, v * 0.001), 2))


def top_ev_avg(tp, col, start, end, group, gap=2.0):
    rows = q(f"""SELECT {group}, avg({col}) v FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                 GROUP BY 1 ORDER BY v DESC""", tp)
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


def top_period_count(tp, start, end, unit, cond="1=1"):
    rows = q(f"""SELECT date_trunc('{unit}', e.ts) p, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * 1.2, rows[:3]
    return dict(value=rows[0][1], tolerance=0.5)


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(col, cond="1=1", gap=1.1):
    rows = q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


LOST = "EXISTS (SELECT 1 FROM events x WHERE x.customer_id = c.customer_id AND x.touchpoint_id = 'tp_churn')"
SIGNED = "c.contract_start IS NOT NULL"


def top_churn(col, min_n=30, gap=0.04):
    rows = q(f"""SELECT {col}, avg(({LOST})::int) r, count(*) n FROM customers c WHERE {SIGNED} GROUP BY 1
                 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(1.0, abs(v) * 0.001), 2))


def per_client(start, end):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o
                WHERE status = 'paid' AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(v * 0.002, 2))


def top_orders(col, start, end, agg="sum(o.amount)", status="paid", cond="1=1", gap=1.1):
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


def fb_avg(col, cond, tol=0.01, join=""):
    v = one(f"""SELECT avg({col}) FROM feedback f JOIN truth t USING (feedback_id) {join}
                WHERE {col} IS NOT NULL AND {cond}""")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond, tol=0.01, join=""):
    v = one(f"SELECT avg(({num})::int) FROM feedback f JOIN truth t USING (feedback_id) {join} WHERE {cond}")
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


def top_topic(col, marker, gap=1.5):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE ({marker}) AND {col} IS NOT NULL
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
NEG = "t.sentiment = 'neg'"
SURVEY = "f.channel = 'survey'"
SLOW = "(f.text LIKE '%回复%慢%' OR lower(f.text) LIKE '%slow to re%')"
PRICE = "(f.text LIKE '%涨价%' OR lower(f.text) LIKE '%price increase%' OR lower(f.text) LIKE '%price hike%')"
FILING = "(f.text LIKE '%罚款%' OR f.text LIKE '%滞纳金%' OR lower(f.text) LIKE '%penalt%')"
FOREIGN = "c.ownership = 'foreign'"
Q_TP = "tp_accountant_query"
JOIN_C = "JOIN customers c USING (customer_id)"


def gold() -> dict:
    return {
        # ---- lead-to-contract funnel
        "bk01": lambda: conv("sales", *Y25),
        "bk02": lambda: top_lost("sales", *ALL),
        "bk03": lambda: top_conv("sales", *Y25, "c.acquisition_channel", lowest=True, min_n=100),
        "bk04": lambda: conv("sales", *Y25, cust="c.lead_source_zh = '老客户转介绍'"),
        "bk05": lambda: conv("sales", *Y25, cust="c.lead_source_zh = '百度推广'"),
        "bk06": lambda: conv_open("sales", *quarter(2025, 4), a=3, b=4),
        "bk07": lambda: conv("sales", *Y25, a=2, b=3, drop=True),
        "bk08": lambda: conv_open("sales", *month(2025, 10), cust="c.acquisition_channel = 'wechat_article'"),
        "bk09": lambda: conv_open("sales", *month(2025, 8), cust="c.acquisition_channel = 'wechat_article'"),
        "bk10": lambda: users_at("tp_lead", "2025-03-03", "2025-03-09"),
        "bk11": lambda: users_at("tp_lead", "2025-03-03", "2025-03-09", "c.lead_source_zh = '展会'"),
        # ---- onboarding and renewal funnels
        "bk12": lambda: conv_open("onboarding", *H1_25),
        "bk13": lambda: conv_open("onboarding", *H1_25, cust=FOREIGN),
        "bk14": lambda: conv("renewal", *H1_26),
        "bk15": lambda: conv_open("renewal", *H2_25),
        "bk16": lambda: top_conv("renewal", *H1_26, "c.city", lowest=True, min_n=30, gap=0.08),
        # ---- time between steps
        "bk17": lambda: gap("tp_contract", "tp_docs_onboarding", *Y25, cohort="a"),
        "bk18": lambda: gap("tp_contract", "tp_docs_onboarding", *Y25, cond=FOREIGN, cohort="a"),
        "bk19": lambda: gap("tp_lead", "tp_contract", *Y25, agg="avg"),
        "bk20": lambda: gap_share("tp_contract", "tp_docs_onboarding", *Y25, 14, cohort="a"),
        "bk21": lambda: top_gap("tp_contract", "tp_docs_onboarding", *Y25, "city", cohort="a"),
        # ---- accountant replies (event extra columns)
        "bk22": lambda: ev_avg(Q_TP, "e.reply_hours", *quarter(2026, 1), "e.city = 'Shenzhen'"),
        "bk23": lambda: ev_avg(Q_TP, "e.reply_hours", *quarter(2025, 3), "e.city = 'Shenzhen'"),
        "bk24": lambda: share_events(Q_TP, *H1_26, "e.reply_hours > 24"),
        "bk25": lambda: top_ev_avg(Q_TP, "e.reply_hours", *H1_26, "e.city"),
        "bk26": lambda: events_at(Q_TP, *quarter(2026, 1), "e.device = 'ios'"),
        "bk27": lambda: events_at(Q_TP, *quarter(2026, 1), "e.device = 'android'"),
        # ---- money
        "bk28": lambda: orders(*Y25),
        "bk29": lambda: orders(*quarter(2025, 3), cond="o.order_type = 'setup_fee'"),
        "bk30": lambda: per_client(*Y25),
        "bk31": lambda: orders(*Y25, status="refunded"),
        "bk32": lambda: orders(*H1_26, agg="count(*)", status=None, cond="o.order_type = 'upgrade'"),
        "bk33": lambda: orders(*H1_26, cond="o.order_type = 'upgrade'"),
        "bk34": lambda: top_orders("o.city", *Y25, gap=1.1),
        "bk35": lambda: orders(*month(2026, 5)),
        "bk36": lambda: orders(*quarter(2026, 1)),
        # ---- clients
        "bk37": lambda: customers_count(f"{SIGNED} AND c.tax_status = '一般纳税人'"),
        "bk38": lambda: top_customers("c.industry", SIGNED),
        "bk39": lambda: customers_count(LOST),
        "bk40": lambda: top_churn("c.industry"),
        # ---- volumes and trends
        "bk41": lambda: top_period_count("tp_lead", *Y25, "month"),
        "bk42": lambda: users_at("tp_lead", *month(2025, 10), "c.acquisition_channel = 'wechat_article'"),
        "bk43": lambda: events_at("tp_monthly_books", *quarter(2026, 1)),
        "bk44": lambda: late_filers(*month(2026, 1)),
        "bk45": lambda: events_at("tp_contract", *quarter(2026, 1)),
        "bk46": lambda: events_at("tp_contract", *H2_25, "e.plan = 'standard'"),
        "bk47": lambda: events_at("tp_contract", *H1_26),
        # ---- filings and penalties
        "bk48": lambda: share_events("tp_tax_filing", *Y25, "e.on_time = 'no'"),
        "bk49": lambda: share_events("tp_tax_filing", *month(2026, 1), "e.on_time = 'no'", "e.city = 'Shenzhen'"),
        "bk50": lambda: ev_sum("tp_penalty", "e.penalty_amount", *Y25),
        # ---- feedback
        "bk51": lambda: topic_count(SLOW, ["slow_reply"]),
        "bk52": lambda: topic_count(PRICE, ["price_increase"]),
        "bk53": lambda: topic_count(FILING, ["filing_error"]),
        "bk54": lambda: top_topic("f.city", SLOW),
        "bk55": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 1))),
        "bk56": lambda: top_neg_share("f.city", _in("f.ts", *quarter(2026, 1)), gap=0.05),
        "bk57": lambda: top_rating("f.touchpoint_id", gap=0.5, min_n=30),
        "bk58": lambda: fb_avg("f.rating", f"{SURVEY} AND f.touchpoint_id = 'tp_renewal_notice' AND {_in('f.ts', *H1_26)}"),
        "bk59": lambda: fb_avg("f.rating", f"{SURVEY} AND f.touchpoint_id = 'tp_renewal_notice' AND {_in('f.ts', *H2_25)}"),
        "bk60": lambda: nps(f"{SURVEY} AND f.touchpoint_id = 'tp_renewal_notice' AND {_in('f.ts', *H1_26)}"),
        "bk61": lambda: feedback_ids("t.topic = 'helpful_accountant'"),
        "bk62": lambda: feedback_ids("t.topic = 'price_increase'"),
        "bk63": lambda: top_rating("f.accountant_id", f"f.touchpoint_id = '{Q_TP}'", gap=0.3, highest=True, min_n=20),
        "bk64": lambda: fb_count("f.ts IS NULL"),
        "bk65": lambda: fb_ratio(NEG, FOREIGN, join=JOIN_C),
        # ---- why-questions
        "bk70": lambda: feedback_ids("t.topic IN ('price_increase', 'slow_reply')"),
        "bk71": lambda: feedback_ids("t.topic = 'slow_reply' OR (t.sentiment = 'neg' AND f.city = 'Shenzhen')"),
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
