"""Gold answers for the 碎安 ShredSafe held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "accounts" / "clients" are the business accounts of customers.csv (one customer_id per company).
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (onboarding 45 d, pickup 14 d, purge 21 d,
  billing 90 d); rates are per customer; the tolerance covers both readings (later steps allowed after the period end,
  or not). "Where do we lose the most" = the step whose next step is not reached by the most customers (the loss
  between step k and k+1 is attributed to step k, e.g. tp_enquiry = enquiries that never got a site survey);
- a lead is one onboarding `session_id` (L00123: enquiry, site survey, proposal, contract or deal lost); a job is one
  pickup `session_id` (J000123: [purge request], pickup scheduled (again after a miss), [missed pickup], collection,
  shredding, certificate); a lock ticket is T00123 (bin issue, resolved); an invoice is INV000123 (invoice,
  reminders, payment). Per-session rates count sessions whose first step-A event falls in the period (by its date)
  and look for step B in the same session at any time; attributes (city, acquisition_channel, account_manager,
  service_mode, lock_model, issue_type, industry) are read from the step-A event. Win rate = proposals (tp_proposal)
  whose lead reached tp_contract. Missed-pickup rate = jobs with a tp_missed_pickup / jobs, by the first
  tp_pickup_scheduled event (the tolerance also covers dating the job by its first planned pickup day);
- times between steps = per session, first B ts - first A ts (B after A), period by the date of A; hours or days as
  asked (days questions also accept whole calendar days);
- money = orders (invoices) with status `paid`, by invoice date (`ts`); "billed" = invoices not `cancelled`;
  receivables = status `unpaid` at the end of the data; spend per paying customer = paid amount / customers with >= 1
  paid invoice in the period; invoice error rate = invoices with status `cancelled` (voided as wrong, re-issued) / all
  invoices issued in the period; paid late = paid invoices with days_late > 0; average days late over paid invoices
  (on-time = 0);
- weights = `weight_kg` of tp_collection events (the weigh-in at pickup), by collection date;
- customer attributes as stored (state at the end of the data; segment active = scheduled service still running);
  zh questions are checked against the Chinese twins (城市, 行业, 丢单原因, 漏收原因, 解约原因, driver, account_manager,
  粉碎方式), en ones against city / industry / lost_reason / churn_reason / driver_en / account_manager_en /
  acquisition_channel / service_mode / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); CSAT = channel `csat` (1-5 after a job); NPS = channel `nps_survey` `nps` 0-10 from the
  quarterly reviews, NPS score = share 9-10 minus share 0-6 (as a fraction); rating by step = feedback.touchpoint_id
  over rows with a rating;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday.
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true, "
                "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1)")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


def _assert_margin(rows, margin, lowest=False):
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM fev e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def top_lost(journey, start, end, margin=1.2):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per session (lead / job / ticket / invoice) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", by=None, lowest=False, date_col="a.t"):
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b
              USING (session_id)
              WHERE {_in(date_col, start, end)} AND ({cond})
              {f"GROUP BY 1 ORDER BY r {'' if lowest else 'DESC'}" if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", min_n=1, margin=1.15, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by, lowest=lowest)
    big = [r for r in rows if r[2] >= min_n and r[0] is not None]
    _assert_margin(big, margin, lowest)
    return dict(top_entity=big[0][0])


def miss_rate(start, end, cond="1=1"):
    """jobs with a missed pickup / jobs, by the first scheduling event; the tolerance also covers dating by the
    first planned pickup day (scheduled_date)."""
    a = sess_rate("tp_pickup_scheduled", "tp_missed_pickup", start, end, cond)[0][0]
    b = sess_rate("tp_pickup_scheduled", "tp_missed_pickup", start, end, cond, date_col="a.scheduled_date")[0][0]
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def rank_miss(start, end, by, margin=2.0):
    rows = sess_rate("tp_pickup_scheduled", "tp_missed_pickup", start, end, by=by)
    rows2 = sess_rate("tp_pickup_scheduled", "tp_missed_pickup", start, end, by=by, date_col="a.scheduled_date")
    _assert_margin(rows, margin)
    _assert_margin(rows2, margin)
    assert rows[0][0] == rows2[0][0]
    return dict(top_entity=rows[0][0])


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def events_sum(tp, expr, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({expr}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 1), tolerance=round(max(0.5, v * 0.002), 1))


def events_avg(tp, expr, start, end, cond="1=1"):
    v = float(one(f"SELECT avg({expr}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.01), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def top_events_count(tp, by, start, end, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- orders (invoices) / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", status="o.status = 'paid'"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE {status} AND {_in('o.ts', start, end)} AND ({cond})"))


def orders_avg(start, end, cond="1=1", expr="o.amount"):
    v = one(f"SELECT avg({expr}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def orders_share(num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", expr="sum(o.amount)", margin=1.15):
    rows = q(f"""SELECT {by}, {expr} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 1), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
MAR_MAY_26 = ("2026-03-01", "2026-05-31")
JUN_AUG_26 = ("2026-06-01", "2026-08-31")
ALL = ("2020-01-01", "2026-12-31")
(ENQ, SURVEY, PROPOSAL, CONTRACT, LOST, PURGE, SCHED, MISSED, COLLECT, SHRED, CERT, BIN, BIN_OK, INVOICE, REMIND,
 PAYMENT, REVIEW, CHURN) = (
    "tp_enquiry", "tp_site_survey", "tp_proposal", "tp_contract", "tp_deal_lost", "tp_purge_request",
    "tp_pickup_scheduled", "tp_missed_pickup", "tp_collection", "tp_shredding", "tp_certificate", "tp_bin_issue",
    "tp_bin_resolved", "tp_invoice", "tp_payment_reminder", "tp_payment", "tp_account_review", "tp_churn")
CSAT = "f.channel = 'csat'"
NPS = "f.channel = 'nps_survey'"
MISSED_T = _like("f.text", ["漏收", "没来收", "missed pickup", "no-show"])
CERT_T = _like("f.text", ["证明迟迟", "还没收到销毁证明", "certificate of destruction is late",
                          "still waiting for the certificate"])
LOCK_T = _like("f.text", ["锁打不开", "密码锁", "combination lock", "lock jammed"])
PRICE_T = _like("f.text", ["涨价", "price increase"])
QUOTE_T = _like("f.text", ["报价偏高", "quote was higher"])
WEIGHT_T = _like("f.text", ["称重", "重量不对", "weight"])
BILL_T = _like("f.text", ["发票开错", "发票抬头", "invoice was wrong", "wrong invoice"])
RUDE_T = _like("f.text", ["态度", "rude"])
SCRAPS_T = _like("f.text", ["纸屑", "paper scraps"])
PUNCT_T = _like("f.text", ["准时", "on time", "punctual"])
WITNESS_T = _like("f.text", ["亲眼看着", "watch it being shredded"])
PRO_T = _like("f.text", ["专业", "professional"])
TOPICS = ((MISSED_T, "missed"), (CERT_T, "cert_late"), (LOCK_T, "lock"), (PRICE_T, "price"), (QUOTE_T, "quote_high"),
          (WEIGHT_T, "weight"), (BILL_T, "billing_error"), (RUDE_T, "rude"), (SCRAPS_T, "scraps"),
          (PUNCT_T, "punctual"), (WITNESS_T, "witness"), (PRO_T, "pro"))


def gold():
    return {
        # ---- onboarding funnel / sales
        "ds01": lambda: conv("onboarding", *Y25, unbounded_only=True),
        "ds02": lambda: top_lost("onboarding", *Y25),
        "ds03": lambda: rank_rate(ENQ, SURVEY, *Y25, by="a.acquisition_channel", lowest=True, margin=1.08),
        "ds04": lambda: rate(ENQ, SURVEY, *Y25, "a.acquisition_channel = 'referral'"),
        "ds05": lambda: rate(PROPOSAL, CONTRACT, *Y25, "a.acquisition_channel = 'tender'"),
        "ds06": lambda: rank_rate(PROPOSAL, CONTRACT, *Y25, by="a.account_manager_en", margin=1.12),
        "ds07": lambda: rate(PROPOSAL, CONTRACT, *Y25, "a.account_manager_en = 'Chen Jing'"),
        "ds08": lambda: top_events_count(LOST, 'e."丢单原因"', *Y25, margin=1.5),
        "ds09": lambda: conv("onboarding", *H1_26, cond="c.acquisition_channel = 'referral'", unbounded_only=True),
        "ds10": lambda: conv("pickup", *month(2026, 6), unbounded_only=True),
        # ---- missed pickups, invoice errors
        "ds11": lambda: miss_rate(*Q4_25, "a.city = 'Suzhou'"),
        "ds12": lambda: miss_rate(*Q4_25, "a.city = 'Shanghai'"),
        "ds13": lambda: rank_miss(*Q4_25, by="a.city"),
        "ds14": lambda: top_events_count(MISSED, 'e."漏收原因"', *Q4_25, "e.city = 'Suzhou'", margin=3.0),
        "ds15": lambda: orders_share("o.status = 'cancelled'", *Q1_26),
        "ds16": lambda: orders_share("o.status = 'cancelled'", *Q1_25),
        # ---- times between steps
        "ds17": lambda: step_time(COLLECT, CERT, *month(2026, 6), "a.service_mode = 'offsite'"),
        "ds18": lambda: step_time(COLLECT, CERT, *Y25, "a.service_mode = 'offsite'"),
        "ds19": lambda: step_time(ENQ, SURVEY, *Y25, "a.city = 'Hangzhou'"),
        "ds20": lambda: step_time(PROPOSAL, CONTRACT, *Y25, "a.acquisition_channel = 'tender'"),
        "ds21": lambda: step_time(BIN, BIN_OK, *MAR_MAY_26, "a.lock_model = 'combo_lock' AND "
                                  "a.issue_type = 'lock_jammed'", unit="hours"),
        "ds22": lambda: step_time(INVOICE, PAYMENT, *Y25, "a.industry = 'government'"),
        # ---- late payments
        "ds23": lambda: orders_share("o.days_late > 0", *Y25, "o.status = 'paid'"),
        "ds24": lambda: top_orders("o.industry", *Y25, expr="avg(o.days_late)", margin=1.5),
        "ds25": lambda: orders_avg(*Y25, "o.industry = 'government'", expr="o.days_late"),
        "ds26": lambda: events_at(REMIND, *Q2_26),
        # ---- money
        "ds27": lambda: orders(*Y25),
        "ds28": lambda: orders(*Q1_26),
        "ds29": lambda: orders_change(H1_25, H1_26),
        "ds30": lambda: orders(*Y25, "o.order_type = 'one_off_purge'"),
        "ds31": lambda: top_orders("o.service_mode", *Y25, margin=1.1),
        "ds32": lambda: top_orders('o."行业"', *Y25, margin=1.3),
        "ds33": lambda: orders_avg(*Y25, "o.order_type = 'one_off_purge'"),
        "ds34": lambda: orders(*ALL, status="o.status = 'unpaid'"),
        "ds35": lambda: per_customer(*Y25),
        "ds36": lambda: orders(*month(2025, 12), status="o.status <> 'cancelled'"),
        # ---- volumes / weights
        "ds37": lambda: events_sum(COLLECT, "e.weight_kg", *Y25),
        "ds38": lambda: events_avg(COLLECT, "e.weight_kg", *Y25, "e.job_type = 'one_off'"),
        "ds39": lambda: events_at(PURGE, *month(2025, 12)),
        "ds40": lambda: events_at(PURGE, *month(2026, 1)),
        "ds41": lambda: events_at(MISSED, "2025-11-10", "2025-11-16"),
        "ds42": lambda: events_at(CONTRACT, *Q2_26),
        "ds43": lambda: events_at(CHURN, *month(2026, 2)),
        "ds44": lambda: top_events_count(CHURN, "e.churn_reason", *Q1_26, margin=2.0),
        "ds45": lambda: top_events_count(CHURN, 'e."城市"', *ALL, "e.churn_reason = 'missed_pickups'", margin=2.0),
        "ds46": lambda: events_change(BIN, Q4_25, Q2_26),
        # ---- customers
        "ds47": lambda: customers_count("c.segment = 'active'"),
        "ds48": lambda: customers_share("c.service_mode = 'onsite'", "c.contract_type <> 'none'"),
        "ds49": lambda: customers_share("c.service_mode = 'onsite'", "c.contract_type <> 'none' AND "
                                        "c.industry = 'healthcare'"),
        "ds50": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        # ---- feedback
        "ds51": lambda: fb_topic_count(MISSED_T),
        "ds52": lambda: fb_topic_count(CERT_T),
        "ds53": lambda: fb_topic_count(LOCK_T),
        "ds54": lambda: top_fb_count("f.driver_en", RUDE_T, margin=3.0),
        "ds55": lambda: rank_fb_avg("f.driver", CSAT, 50, margin=0.25),
        "ds56": lambda: top_fb_count("f.driver_en", PUNCT_T, margin=2.5),
        "ds57": lambda: top_fb_count("f.account_manager", PRO_T, margin=3.0),
        "ds58": lambda: nps_score(f"{NPS} AND f.city = 'Suzhou' AND {_in('f.ts', *Q4_25)}"),
        "ds59": lambda: nps_score(f"{NPS} AND f.city = 'Shanghai' AND {_in('f.ts', *Q4_25)}"),
        "ds60": lambda: fb_avg(f"{CSAT} AND {_in('f.ts', *Y25)}"),
        "ds61": lambda: fb_ratio("f.rating <= 2", f"{CSAT} AND {_in('f.ts', *H1_26)}"),
        "ds62": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 20, margin=1.0),
        "ds63": lambda: fb_topic_count(PRICE_T),
        "ds64": lambda: feedback_ids(f"{CERT_T} AND f.industry IN ('healthcare', 'finance') AND "
                                     f"{_in('f.ts', *JUN_AUG_26)}"),
    }


def checks():
    """topic markers must match the generator's truth."""
    for cond, topic in TOPICS:
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        checks()
    fns = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(fns) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    status_only = []
    for it in items:
        fn = fns.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                status_only.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["lang"], it["question"][:70], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
