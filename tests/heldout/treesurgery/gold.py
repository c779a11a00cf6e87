"""Gold answers for the treesurgery (绿匠 GreenCraft tree surgery and arborist services) held-out batch, from plain
DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events.csv holds exact duplicate rows (the CRM re-sync of 2025-12-15 .. 12-21 sent job completions and invoices
  twice with the same event_id); they are loaded once (DATA.md), so every count here is over distinct rows.
- A customer is one account: a household (segment homeowner / 业主), a property-management company
  (property_manager / 物业公司) or a council body (council / 政府/市政). "Customers / households / users" in a
  funnel or a count of people = distinct customer_id. tier = the maintenance contract in force at the end of the data
  (none / basic / premium). New customers in a period = signup_at in the period.
- An enquiry = a tp_web_enquiry or tp_call_enquiry event; a tender = tp_tender_invite; a job = a tp_job_done event
  (one per case, session_id = case id); a storm callout = tp_storm_callout; emergency response time = response_h on
  tp_emergency_onsite (hours from the call); a permit decision = tp_permit_granted / tp_permit_refused with
  days_to_decision; a reschedule = tp_job_rescheduled (reschedule_reason); a damage claim = tp_damage_claim
  (settled: tp_claim_settled, action paid / denied, payout); "late" = late_arrival_min on tp_job_done.
- Funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period. Every rate is read twice,
  with later steps allowed after the period end and with every step inside the period; the value is the first
  reading and the tolerance covers both (at least 0.01). A funnel for a city or segment filters the step-1 events
  (city) or the customers (segment, A/B variant). "Where do we lose the most" = the step with the most customers
  that reached it and not the next one (the step they drop out after).
- A/B test = experiments `photo_quote_test` (site_visit = control: an arborist visits before the quote;
  photo_quote = the customer uploads photos and gets a remote quote), 2025-03-01 .. 2025-08-31, homeowners with a
  web enquiry, assigned at their first web enquiry in the window. Per variant: the web_quote funnel (web enquiry ->
  quote sent -> quote accepted within 30 days) over the test window for its customers.
- Money = orders with status `paid`, dated by orders.ts (the invoice date). `amount` is in the branch's currency
  (Shanghai and Suzhou CNY, Auckland NZD, Vancouver CAD); across cities money is `amount_usd` (fixed rates CNY 0.14,
  NZD 0.60, CAD 0.73). order_type: job (the quoted work), storm_emergency, stump_grinding, green_waste,
  contract_fee (annual maintenance contracts, sign-up and renewals) and assessment_fee (Vancouver, 95 CAD per
  homeowner site visit). "Outstanding / unpaid invoices" = status `unpaid` at the end of the data. Days to pay =
  orders.days_to_pay (paid invoices).
- Feedback: "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table).
  Complaint / praise topic counts use text markers with a 5 % tolerance, checked to equal the truth topic. A period
  filter keeps dated rows only. Ratings 1-5 (post-job survey, Dianping, Google); NPS = (share 9-10 - share 0-6) x 100
  over the post-job survey rows with an nps value.
- City answers: a zh question's top_entity is the Chinese name (`city` / `region`), an en question's the English
  name (`city_en`); crews likewise (`crew` / `crew_en`).
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
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP', 'first_job_at': 'TIMESTAMP',
                    'last_job_at': 'TIMESTAMP', 'lifetime_usd': 'DOUBLE'}})""")
    n_raw = CON.execute(f"SELECT count(*) FROM read_csv_auto('{data / 'events.csv'}', header=true)").fetchone()[0]
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, sample_size=-1, all_varchar=true)""")
    dbl = ["tree_count", "dbh_cm", "height_m", "quote_amount", "final_amount", "amount_usd", "days_to_decision",
           "late_arrival_min", "hours_on_site", "claim_amount", "payout", "response_h", "wait_min", "photo_count",
           "annual_fee", "new_fee", "fee_change_pct"]
    rep = ", ".join(f"try_cast({c} AS DOUBLE) AS {c}" for c in dbl)
    CON.execute(f"CREATE OR REPLACE TABLE events AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts, {rep}) FROM events")
    print("events: raw rows", n_raw, "distinct", one("SELECT count(*) FROM events"))
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'amount_usd': 'DOUBLE',
                    'paid_at': 'TIMESTAMP', 'days_to_pay': 'DOUBLE', 'session_id': 'VARCHAR',
                    'contract_id': 'VARCHAR', 'crew_id': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE', 'touchpoint_id': 'VARCHAR', 'session_id': 'VARCHAR', 'crew_id': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) - count(DISTINCT customer_id) FROM customers") == 0
    assert one("SELECT count(*) - count(DISTINCT feedback_id) FROM feedback") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)") == 0
    assert one("SELECT count(*) FROM events WHERE customer_id NOT IN (SELECT customer_id FROM customers)") == 0
    assert one("SELECT max(ts) FROM events") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")
    assert one("SELECT min(ts) FROM events") >= one("SELECT TIMESTAMP '2024-06-01'")
    assert one("SELECT max(ts) FROM feedback") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")
    assert one("SELECT max(ts) FROM orders") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")


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
    rows = [r for r in q(sql) if r[1] is not None]
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


def funnel_steps(steps, window, start, end, cust_cond="1=1", step1_cond="1=1", bounded=False) -> list[int]:
    ev = (f"SELECT e.customer_id, e.ts, e.touchpoint_id, e.city_en FROM events e JOIN customers c "
          f"USING (customer_id) WHERE ({cust_cond}) AND e.touchpoint_id IN ({', '.join(repr(s) for s in steps)})")
    if bounded:
        ev += f" AND e.ts < TIMESTAMP '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM ev e WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} AND ({step1_cond})
                    GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def readings(journey, start, end, upto=None, frm=1, **kw) -> list[float]:
    steps, window = _journey(journey)
    out = []
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        last = c[-1] if upto is None else c[upto - 1]
        out.append(last / c[frm - 1])
    return out


def conv(journey, start, end, **kw):
    return span(readings(journey, start, end, **kw))


def conv_open(journey, start, end, **kw):
    """the question says later steps after the period end count: the first reading only."""
    return span(readings(journey, start, end, **kw)[:1])


def reached(journey, start, end, step, **kw):
    steps, window = _journey(journey)
    vals = [funnel_steps(steps, window, start, end, bounded=b, **kw)[step - 1] for b in (False, True)]
    return dict(value=int(vals[0]), tolerance=max(0.5, abs(vals[1] - vals[0]) + 0.5))


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


AB_WIN = ("2025-03-01", "2025-08-31")
VARIANTS = ("site_visit", "photo_quote")


def variant_cond(v):
    return (f"c.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = 'photo_quote_test' "
            f"AND variant = '{v}')")


def exp_rates(journey):
    return {v: readings(journey, *AB_WIN, cust_cond=variant_cond(v)) for v in VARIANTS}


def experiment_top(journey):
    r = exp_rates(journey)
    for i in range(2):
        assert abs(r[VARIANTS[0]][i] - r[VARIANTS[1]][i]) > 0.05, r
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


def ev_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.05, agg="avg"):
    return num(one(f"""SELECT {agg}({col}) FROM events e LEFT JOIN customers c USING (customer_id)
                       WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""),
               rel=rel, floor=floor)


def ev_share(tp, num_, start, end, cond="1=1", tol=0.01):
    return rate(one(f"""SELECT avg(({num_})::int) FROM events e LEFT JOIN customers c USING (customer_id)
                        WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""), tol)


def top_ev_value(tp, col, start, end, cond="1=1", gap=1.15, agg="count(*)", lowest=False, having="1=1"):
    tp = tp if tp.startswith("(") else f"('{tp}')"
    return top_group(f"""SELECT {col}, {agg} FROM events e LEFT JOIN customers c USING (customer_id)
                         WHERE touchpoint_id IN {tp} AND {col} IS NOT NULL AND {_in('e.ts', start, end)}
                         AND ({cond}) GROUP BY 1 HAVING {having}""", gap=gap, lowest=lowest)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", cond="1=1", status="o.status = 'paid'", rel=0.005):
    v = one(f"""SELECT {agg} FROM orders o LEFT JOIN customers c USING (customer_id)
                WHERE {status} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return count(v)
    return num(v, rel=rel, floor=1.0)


def top_orders(col, start, end, agg="sum(o.amount_usd)", cond="1=1", gap=1.08, lowest=False,
               status="o.status = 'paid'"):
    return top_group(f"""SELECT {col}, {agg} FROM orders o LEFT JOIN customers c USING (customer_id)
                         WHERE {status} AND {_in('o.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                         GROUP BY 1""", gap=gap, lowest=lowest)


# ---------- customers ----------

def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def top_cust(col, cond="1=1", gap=1.08, agg="count(*)"):
    return top_group(f"SELECT {col}, {agg} FROM customers c WHERE {cond} GROUP BY 1", gap=gap)


# ---------- feedback ----------

MARK = {
    "slow_emergency": "(f.text LIKE '%抢险%' OR lower(f.text) LIKE '%emergency%')",
    "mess_left": "(f.text LIKE '%没清理%' OR lower(f.text) LIKE '%mess%')",
    "price_change": "(f.text LIKE '%加价%' OR lower(f.text) LIKE '%price changed%')",
    "noise": "(f.text LIKE '%噪音%' OR lower(f.text) LIKE '%noise%')",
    "property_damage": "(f.text LIKE '%砸坏%' OR lower(f.text) LIKE '%damaged%')",
    "permit_delay": "(f.text LIKE '%审批%' OR lower(f.text) LIKE '%permit%')",
    "late_crew": "(f.text LIKE '%迟到%' OR lower(f.text) LIKE '%late%')",
    "no_callback": "(f.text LIKE '%回电%' OR lower(f.text) LIKE '%call back%')",
    "invoice_issue": "(f.text LIKE '%发票%' OR lower(f.text) LIKE '%invoice%')",
    "price_rise": "(f.text LIKE '%涨价%' OR lower(f.text) LIKE '%increase%')",
    "stump": "(f.text LIKE '%树桩%' OR lower(f.text) LIKE '%stump%')",
    "praise_crew": "(f.text LIKE '%专业%' OR lower(f.text) LIKE '%professional%')",
    "praise_clean": "(f.text LIKE '%干净%' OR lower(f.text) LIKE '%tidy%')",
    "praise_price": "(f.text LIKE '%公道%' OR lower(f.text) LIKE '%fair price%')",
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


def fb_top(col, agg, cond, gap=1.1, lowest=False, having="count(*) >= 20"):
    return top_group(f"""SELECT {col}, {agg} FROM feedback f JOIN truth t USING (feedback_id)
                         WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING {having}""", gap=gap, lowest=lowest)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


# ---------- periods ----------
ALL = ("2024-06-01", LAST)
Y25 = ("2025-01-01", "2025-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
Q1_26 = quarter(2026, 1)
Q4_25 = quarter(2025, 4)
YTD26 = ("2026-01-01", LAST)
SEP25 = month(2025, 9)
NOV25 = month(2025, 11)
FEB26 = month(2026, 2)
TYPHOON = ("2025-09-14", "2025-09-20")


def exp_size(variant):
    return count(one(f"""SELECT count(DISTINCT customer_id) FROM experiments WHERE experiment_id = 'photo_quote_test'
                         AND variant = '{variant}'"""))


DECISION = "('tp_permit_granted', 'tp_permit_refused')"


def permit_days(city_en, start, end):
    return num(one(f"""SELECT avg(days_to_decision) FROM events WHERE touchpoint_id IN {DECISION}
                       AND city_en = '{city_en}' AND {_in('ts', start, end)}"""), rel=0.01, floor=0.1)


def claim_rate(crew_id):
    """damage claims (tp_damage_claim) of the crew / jobs it completed (tp_job_done), over all the data."""
    cl = one(f"SELECT count(*) FROM events WHERE touchpoint_id = 'tp_damage_claim' AND crew_id = '{crew_id}'")
    jobs = one(f"SELECT count(*) FROM events WHERE touchpoint_id = 'tp_job_done' AND crew_id = '{crew_id}'")
    return rate(cl / jobs)


STUMP = """SELECT j.{col} AS grp, avg((s.session_id IS NOT NULL)::int) AS share FROM events j
           LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_stump_grinding') s
           USING (session_id) WHERE j.touchpoint_id = 'tp_job_done' AND j.service_type = 'removal' AND {period}
           GROUP BY 1"""


def stump_top(col, start, end, gap=1.15):
    """share of completed removals (tp_job_done, service removal) whose case also has a stump grinding visit."""
    return top_group(STUMP.format(col=col, period=_in("j.ts", start, end)), gap=gap)


def stump_share(city_en, start, end):
    rows = dict(q(STUMP.format(col="city_en", period=_in("j.ts", start, end))))
    return rate(rows[city_en])


def tender_win(start, end):
    """tenders (tp_tender_invite) received in the period whose case reached tp_quote_accepted (any later date)."""
    return rate(one(f"""SELECT avg((a.session_id IS NOT NULL)::int) FROM events t
                        LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_quote_accepted') a
                        USING (session_id) WHERE t.touchpoint_id = 'tp_tender_invite' AND {_in('t.ts', start, end)}"""))


def gw_pickups(city_en, start, end):
    """green-waste invoices of any status; the tolerance covers the paid-only count."""
    base = f"o.order_type = 'green_waste' AND o.city_en = '{city_en}'"
    a = orders(start, end, agg="count(*)", cond=base, status="1=1")["value"]
    b = orders(start, end, agg="count(*)", cond=base)["value"]
    return count_span([a, b])


def count_span(vals):
    """a count read two ways: the first reading, the tolerance covering the other."""
    dev = max(abs(v - vals[0]) for v in vals)
    return dict(value=int(vals[0]), tolerance=max(0.5, dev + 0.5))


def gold() -> dict:
    SH, SZ, AKL, YVR = ("e.city_en = 'Shanghai'", "e.city_en = 'Suzhou'", "e.city_en = 'Auckland'",
                        "e.city_en = 'Vancouver'")
    return {
        # ---- funnels and the A/B test
        "ts01": lambda: conv("web_quote", *Y25),
        "ts02": lambda: top_lost("web_quote", *Y25),
        "ts03": lambda: conv_open("phone_job", *Y25),
        "ts04": lambda: conv_open("phone_job", *Y25, step1_cond=SH),
        "ts05": lambda: experiment_top("web_quote"),
        "ts06": lambda: experiment_value("web_quote", "site_visit"),
        "ts07": lambda: exp_size("photo_quote"),
        "ts08": lambda: ev_share("tp_job_done", "e.price_revised = 'yes'", *ALL, cond="e.quote_method = 'photo'"),
        "ts09": lambda: ev_share("tp_job_done", "e.price_revised = 'yes'", *ALL, cond="e.quote_method = 'site_visit'"),
        # ---- permits
        "ts10": lambda: conv_open("permit", *Y25, step1_cond=SZ),
        "ts11": lambda: top_ev_value(DECISION, "e.city_en", *Y25, agg="avg(e.days_to_decision)", gap=1.2),
        "ts12": lambda: permit_days("Suzhou", *Y25),
        "ts13": lambda: rate(one(
            f"""SELECT avg((touchpoint_id = 'tp_permit_refused')::int) FROM events e WHERE touchpoint_id IN {DECISION}
                AND {AKL}""")),
        "ts14": lambda: ev_count("tp_permit_submitted", *Y25),
        # ---- storms
        "ts15": lambda: ev_count("tp_storm_callout", *SEP25, cond=SH),
        "ts16": lambda: ev_avg("tp_emergency_onsite", "e.response_h", *SEP25, cond=SH, floor=0.1),
        "ts17": lambda: ev_avg("tp_emergency_onsite", "e.response_h", "2025-01-01", "2025-08-31", cond=SH,
                               floor=0.1),
        "ts18": lambda: conv("storm", *SEP25, step1_cond=SH),
        "ts19": lambda: top_ev_value("tp_storm_callout", "e.city", *NOV25, gap=2.0),
        "ts20": lambda: ev_count("tp_storm_callout", *FEB26, cond=AKL),
        "ts21": lambda: ev_avg("tp_storm_callout", "e.wait_min", *TYPHOON, cond=SH, floor=0.1),
        # ---- maintenance contracts
        "ts22": lambda: conv_open("renewal", *Y25),
        "ts23": lambda: conv_open("renewal", *Q1_26),
        "ts24": lambda: conv_open("renewal", *Q1_26, cust_cond="c.segment = 'homeowner'"),
        "ts25": lambda: cust_count("c.tier = 'premium'"),
        "ts26": lambda: orders(*Y25, agg="sum(o.amount_usd)", cond="o.order_type = 'contract_fee'"),
        "ts27": lambda: ev_count("tp_contract_signed", *YTD26),
        # ---- damage claims
        "ts28": lambda: top_ev_value("tp_damage_claim", "e.crew", *ALL, gap=1.5),
        "ts29": lambda: claim_rate("SZ-C3"),
        "ts30": lambda: ev_count("tp_claim_settled", *Y25, cond="e.action = 'denied'"),
        "ts31": lambda: ev_avg("tp_claim_settled", "e.payout", *Y25, cond=SZ, agg="sum", rel=0.002, floor=1.0),
        "ts32": lambda: conv_open("claim", *Y25),
        # ---- money
        "ts33": lambda: top_orders("o.city_en", *Y25, gap=1.1),
        "ts34": lambda: top_ev_value("tp_job_done", "e.city", *Y25, gap=1.5),
        "ts35": lambda: orders(*Y25, cond="o.city_en = 'Shanghai'"),
        "ts36": lambda: orders(*Q1_26, cond="o.city_en = 'Auckland'"),
        "ts37": lambda: orders(*Y25, agg="sum(o.amount_usd)"),
        "ts38": lambda: top_orders("o.service_type", *Y25, gap=1.1),
        "ts39": lambda: orders(*Y25, cond="o.city_en = 'Vancouver' AND o.order_type = 'stump_grinding'"),
        "ts40": lambda: orders(*Y25, cond="o.city_en = 'Vancouver' AND o.order_type = 'assessment_fee'"),
        "ts41": lambda: orders(*ALL, agg="count(*)", status="o.status = 'unpaid'"),
        "ts42": lambda: top_orders("c.segment", *ALL, status="o.status = 'unpaid'", gap=1.3),
        "ts43": lambda: orders(*Y25, agg="avg(o.days_to_pay)", cond="c.segment = 'council'", rel=0.01),
        "ts44": lambda: orders(*Q4_25, agg="avg(o.amount)", cond="o.city_en = 'Shanghai' AND o.order_type = 'job'"),
        "ts45": lambda: gw_pickups("Auckland", *Y25),
        # ---- operations and customers
        "ts46": lambda: ev_count("tp_job_rescheduled", "2025-06-01", "2025-07-31",
                                 cond=f"{SH} AND e.reschedule_reason = 'weather'"),
        "ts47": lambda: top_ev_value("tp_job_rescheduled", "e.reschedule_reason", *ALL, gap=2.0),
        "ts48": lambda: ev_share("tp_job_done", "e.late_arrival_min > 30", *Y25,
                                 cond="e.service_type <> 'storm_cleanup'"),
        "ts49": lambda: stump_top("city_en", *Y25),
        "ts50": lambda: stump_share("Shanghai", *Y25),
        "ts51": lambda: ev_count("tp_job_done", *Y25, cond="e.service_type = 'removal'"),
        "ts52": lambda: cust_count(f"c.segment = 'homeowner' AND c.acquisition_channel = 'storm_hotline' AND "
                                   f"{_in('c.signup_at', *Y25)}"),
        "ts53": lambda: cust_count("c.segment = 'property_manager'"),
        "ts54": lambda: cust_count(_in("c.signup_at", *Q4_25)),
        "ts55": lambda: ev_count("tp_tender_invite", *Y25),
        "ts56": lambda: tender_win(*Y25),
        # ---- feedback
        "ts57": lambda: topic_count("slow_emergency", _in("f.ts", *SEP25)),
        "ts58": lambda: topic_top("mess_left", "f.city", gap=2.0),
        "ts59": lambda: topic_count("noise", "f.city_en = 'Shanghai'"),
        "ts60": lambda: topic_top("permit_delay", "f.city", gap=1.3),
        "ts61": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 3))),
        "ts62": lambda: fb_ratio(NEG, _in("f.ts", *Q1_26)),
        "ts63": lambda: nps(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "ts64": lambda: nps(f"f.channel = 'survey' AND f.city_en = 'Shanghai' AND {_in('f.ts', *SEP25)}"),
        "ts65": lambda: fb_avg("f.rating", f"f.channel = 'google' AND f.city_en = 'Vancouver' AND {_in('f.ts', *Y25)}"),
        "ts66": lambda: fb_avg("f.rating", f"f.channel = 'dianping' AND {_in('f.ts', *Y25)}"),
        "ts67": lambda: fb_count("f.ts IS NULL"),
        "ts68": lambda: topic_count("price_change"),
        "ts69": lambda: topic_count("price_rise"),
        "ts70": lambda: fb_ids("t.topic = 'property_damage' AND f.crew_id = 'SZ-C3'"),
        "ts71": lambda: topic_count("no_callback"),
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
