"""Gold answers for the 洁域 ClearSpan Industrial Hygiene held-out batch: plain DuckDB SQL over the raw CSVs written by
generate.py (never the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events are de-duplicated first (the CRM export re-sent 11 shift-log rows as exact duplicates; DATA.md loads an
  event_id once);
- "clients" / "facilities" / "accounts" / "customers" = distinct customer_id (one client facility each); "leads" are
  customers with a tp_lead event;
- funnels follow DATA.md, per client: a client reaches step k with an event at step k's touchpoint (any action) after
  reaching step k-1, within the journey window from their first step-1 event in the period (new_business 90 d,
  mobilisation 30 d, complaint_fix 7 d). Unless the question says later steps count, the tolerance covers both readings
  (later steps cut at the period end or not). Filters by lead source use customers.acquisition_channel (= the lead's
  lead_source), by branch / facility type the customer's branch_id / segment. "Where do we lose the most" = the step
  whose next step is not reached by the most clients (answer: that step's touchpoint_id). Step-to-step rates = clients
  at step k+1 / clients at step k;
- shares of a step's own records are shares of that touchpoint's events in the period: audit pass rate = tp_audit
  'passed' / all tp_audit events (dated by the audit); first-time induction pass rate = tp_induction attempt 1 'passed'
  / attempt-1 events; missed-shift rate = sum(shifts_missed) / sum(shifts_scheduled) of tp_shift weekly logs (dated by
  the log, i.e. the Sunday ending the week); quote win/decline = tp_quote 'declined' reasons; renewal rate = tp_renewal
  'renewed' / ('renewed' + 'lost') by the review ts; complaints = tp_complaint 'logged' (type complaint_type / 投诉类型);
  re-cleans = tp_reclean events; deep cleans requested = tp_deepclean 'requested';
- money = orders with status 'paid' by order ts, `amount` in CNY (GBP 9.10, USD 7.20, AUD 4.70 fixed group rate); paid
  orders are monthly invoices and deep-clean orders. Contracts and renewals are orders with status 'signed' whose amount
  is the total contract value (term x monthly fee): "contract value signed" = the sum of those, never revenue; "in
  pounds / dollars / local currency" = amount_local; credited (voided) invoices = monthly_invoice 'cancelled';
- zh top entities are Chinese values where the data has them (branch, 获客渠道, 投诉类型, 流失原因, 未成交原因, 不合格区域,
  设施类型), en ones English values (branch_en, acquisition_channel, complaint_type ...) or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers (tolerance 5 %, checked against
  _truth/feedback_truth.csv); rated feedback = survey (quarterly facility-manager survey, rating 1-5 + NPS 0-10);
  negative = rating 1-2; NPS = share of 9-10 minus share of 0-6 over survey rows, as a fraction;
- periods are inclusive calendar dates; relative periods resolve against the item's as_of; weeks Monday..Sunday.
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "experiments"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true, "
                "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1, "
                    "all_varchar=true)")


def q(sql):
    return CON.execute(sql).fetchall()


def one(sql):
    return q(sql)[0][0]


def _in(col, start, end):
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join("lower(" + col + ") LIKE '%" + w.lower().replace("'", "''") + "%'" for w in words) + ")"


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _count(n):
    return dict(value=int(n), tolerance=0.5)


# ---------- funnels (per client, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    """clients reaching each step; cond may use e.* (the first step-1 event in the period) and c.* (the customer)."""
    steps, window = _steps(journey)
    lim = f"AND ts < DATE '{end}' + INTERVAL 1 DAY" if bounded else ""
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1 {lim}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS
        SELECT customer_id, t1, t1 AS t FROM (
          SELECT e.customer_id, e.ts AS t1, ({cond}) AS ok,
                 row_number() OVER (PARTITION BY e.customer_id ORDER BY e.ts, e.event_id) rn
          FROM events e JOIN customers c USING (customer_id)
          WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}) WHERE rn = 1 AND ok""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", upto=None, frm=0, later=False):
    """later=True: the question says later steps count (its window runs past the period end)."""
    vals = []
    for bounded in ((False,) if later else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        k = len(c) - 1 if upto is None else upto
        vals.append(c[k] / c[frm])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, groups, margin=1.2, lowest=False, min_n=30, upto=None, frm=0):
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            k = len(c) - 1 if upto is None else upto
            if c[frm] >= min_n:
                rows.append((g, c[k] / c[frm]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2, cond="1=1", later=False):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in ((False,) if later else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def funnel_count(journey, start, end, k, cond="1=1"):
    a = funnel(journey, start, end, bounded=False, cond=cond)[k]
    b = funnel(journey, start, end, bounded=True, cond=cond)[k]
    return dict(value=a, tolerance=max(0.5, abs(a - b) + 0.5))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                      f"AND ({cond})"))


def people_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(DISTINCT customer_id) FROM events e WHERE e.touchpoint_id = '{tp}' "
                      f"AND {_in('e.ts', start, end)} AND ({cond})"))


def events_sum(tp, col, start, end, cond="1=1"):
    return _count(one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                      f"AND ({cond})"))


def events_avg(tp, col, start, end, cond="1=1", agg="avg", tol_rel=0.02):
    v = float(one(f"SELECT {agg}({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.1, abs(v) * tol_rel), 2))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' "
                     f"AND {_in('e.ts', start, end)} AND ({cond})"))


def events_ratio(tp, num, den, start, end, cond="1=1"):
    return _rate(one(f"SELECT sum({num}) / sum({den}) FROM events e WHERE e.touchpoint_id = '{tp}' "
                     f"AND {_in('e.ts', start, end)} AND ({cond})"))


def top_events_share(tp, num, by, start, end, margin=1.25, min_n=1, cond="1=1", lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} "
             f"ORDER BY r {'ASC' if lowest else 'DESC'}")
    assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_ratio(tp, num, den, by, start, end, margin=1.1, cond="1=1", lowest=False):
    rows = q(f"SELECT {by}, sum({num}) / sum({den}) r FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}")
    assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_agg(tp, col, by, start, end, agg="avg", margin=1.5, cond="1=1", lowest=False):
    rows = q(f"SELECT {by}, {agg}({col}) v FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) GROUP BY 1 ORDER BY v {'ASC' if lowest else 'DESC'}")
    assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_month_share(tp, num, start, end, cond="1=1", lowest=True, margin=1.3):
    """the calendar month (YYYY-MM) with the lowest / highest share of a step's records"""
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, avg(({num})::int) r FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}")
    assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
    return dict(top_entity=rows[0][0])


def renewal_rate(start, end, cond="1=1"):
    return events_share("tp_renewal", "e.action = 'renewed'", start, end, cond)


# ---------- orders / customers / experiments ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", col="o.amount", status="paid"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond):
    return _count(one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def orders_share(num, start, end, cond="1=1"):
    v = one(f"SELECT sum(CASE WHEN {num} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o "
            f"WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return _rate(v)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def order_avg(start, end, cond="1=1", col="o.amount", status="paid", tol_rel=0.005):
    v = one(f"SELECT avg({col}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * tol_rel), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1, status="paid"):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def customers_share(num, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"))


def top_customers(by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def exp_conv(variant, days=45):
    """share of the variant's clients with a signed contract (tp_contract 'signed') within `days` after assignment."""
    return _rate(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                            AND e.touchpoint_id = 'tp_contract' AND e.action = 'signed' AND e.ts > x.assigned_at
                            AND e.ts <= x.assigned_at + INTERVAL {days} DAY))::int)
                         FROM experiments x WHERE x.variant = '{variant}'"""))


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND coalesce(truth.topics, '') <> '{topic}'")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE truth.topics = '{topic}' AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_count(cond):
    return _count(one(f"SELECT count(*) FROM feedback f WHERE {cond}"))


def fb_avg(cond, col="f.rating", tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_share(cond):
    return _rate(one(f"SELECT avg((nps >= 9)::int) - avg((nps <= 6)::int) FROM feedback f "
                     f"WHERE nps IS NOT NULL AND {cond}"))


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_avg(by, cond, lowest=True, margin=0.15, min_n=30):
    rows = q(f"SELECT {by}, avg(f.rating) r, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- names ----------
(LEAD, WALK, QUOTE, CONTRACT, INDUCT, SHIFT, AUDIT, RECLEAN, INVOICE, DEEP, COMPLAINT, RENEWAL) = (
    "tp_lead", "tp_walkthrough", "tp_quote", "tp_contract", "tp_induction", "tp_shift", "tp_audit", "tp_reclean",
    "tp_invoice", "tp_deepclean", "tp_complaint", "tp_renewal")
Y25 = ("2025-01-01", "2025-12-31")
ALL = ("2024-09-01", "2026-08-31")
SURVEY = "f.channel = 'survey'"
RESIDUE_T = _like("f.text", ["残留", "residue"])
INDUCTION_T = _like("f.text", ["入场培训", "induction"])
MISSED_T = _like("f.text", ["漏扫", "missed"])
LATE_T = _like("f.text", ["迟到", "late"])
SMELL_T = _like("f.text", ["气味", "smell"])
INVOICE_T = _like("f.text", ["账单", "invoice"])
PRICE_T = _like("f.text", ["价格", "price"])
TURNOVER_T = _like("f.text", ["换人", "turnover"])
GOWNING_T = _like("f.text", ["更衣", "gowning"])
THOROUGH_T = _like("f.text", ["细致", "thorough"])
RESPONSIVE_T = _like("f.text", ["响应", "responsive"])
POLITE_T = _like("f.text", ["礼貌", "polite"])
TOPICS = ((RESIDUE_T, "residue"), (INDUCTION_T, "induction"), (MISSED_T, "missed"), (LATE_T, "late"),
          (SMELL_T, "smell"), (INVOICE_T, "invoice"), (PRICE_T, "price"), (TURNOVER_T, "turnover"),
          (GOWNING_T, "gowning"), (THOROUGH_T, "thorough"), (RESPONSIVE_T, "responsive"), (POLITE_T, "polite"))
SOURCES = ["public_tender", "invited_tender", "client_referral", "trade_show", "website"]


def gold():
    h1_25, h2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
    q4_25, q1_26, q2_26 = quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
    summer = ("2025-06-01", "2025-08-31")
    src = "c.acquisition_channel"
    first_try = "e.attempt = 1"
    return {
        # ---- lead to contract (DATA.md funnel, per client)
        "cr01": lambda: conv("new_business", *Y25, later=True),
        "cr02": lambda: rank_conv("new_business", *Y25, by=src, groups=SOURCES, lowest=True, margin=1.8),
        "cr03": lambda: conv("new_business", *Y25, cond=f"{src} = 'client_referral'", later=True),
        "cr04": lambda: top_lost("new_business", *Y25, cond=f"{src} = 'trade_show'", margin=3),
        "cr05": lambda: top_lost("new_business", *Y25, cond=f"{src} = 'public_tender'", margin=1.8),
        "cr06": lambda: conv("new_business", *h1_25, cond=f"{src} = 'website'", upto=1, later=True),
        "cr07": lambda: conv("new_business", *h2_25, frm=1, upto=2, later=True),
        "cr08": lambda: events_at(LEAD, *Y25, "e.lead_source = 'trade_show'"),
        "cr09": lambda: events_share(AUDIT, "e.action = 'passed'", *q2_26),
        # ---- mobilisation and induction
        "cr10": lambda: conv("mobilisation", *month(2026, 3), later=True),
        "cr11": lambda: conv("mobilisation", *month(2026, 1), later=True),
        "cr12": lambda: top_lost("mobilisation", *month(2026, 3), margin=1.5, later=True),
        "cr13": lambda: events_share(INDUCT, "e.action = 'passed'", *month(2026, 3), first_try),
        "cr14": lambda: events_share(INDUCT, "e.action = 'passed'", *month(2026, 2), first_try),
        "cr15": lambda: events_at(INDUCT, *month(2026, 3), "e.action = 'failed'"),
        # ---- hygiene audits and re-cleans
        "cr16": lambda: events_share(AUDIT, "e.action = 'passed'", *q4_25,
                                     "e.branch_id = 'B3' AND e.facility_type = 'factory'"),
        "cr17": lambda: events_share(AUDIT, "e.action = 'passed'", *q4_25,
                                     "e.branch_id = 'B2' AND e.facility_type = 'factory'"),
        "cr18": lambda: top_events_share(AUDIT, "e.action = 'passed'", "e.branch_en", *q4_25, lowest=True, margin=1.3),
        "cr19": lambda: events_avg(AUDIT, "e.audit_score", *Y25, "e.facility_type = 'lab'", tol_rel=0.005),
        "cr20": lambda: top_events_count(AUDIT, 'e."不合格区域"', *Y25, "e.action = 'failed'", margin=2),
        "cr21": lambda: top_events_count(AUDIT, "e.fail_reason", *q4_25, "e.action = 'failed'", margin=1.8),
        "cr22": lambda: conv("complaint_fix", *Y25),
        # ---- shifts
        "cr23": lambda: top_events_ratio(SHIFT, "e.shifts_missed", "e.shifts_scheduled", "e.branch_en", *summer,
                                         margin=2),
        "cr24": lambda: events_ratio(SHIFT, "e.shifts_missed", "e.shifts_scheduled", *month(2025, 7),
                                     "e.branch_id = 'B5'"),
        "cr25": lambda: events_ratio(SHIFT, "e.shifts_missed", "e.shifts_scheduled", *month(2025, 7),
                                     "e.branch_id = 'B6'"),
        "cr26": lambda: events_sum(SHIFT, "e.late_arrivals", "2026-08-03", "2026-08-09"),
        # ---- complaints
        "cr27": lambda: top_events_count(COMPLAINT, 'e."投诉类型"', *Y25, margin=1.3),
        "cr28": lambda: top_events_count(COMPLAINT, 'e."投诉类型"', *Y25, "e.branch_id = 'B3'", margin=1.8),
        "cr29": lambda: events_at(COMPLAINT, *summer, "e.branch_id = 'B5'"),
        "cr30": lambda: events_share(COMPLAINT, "e.outcome = 'credit_issued'", *Y25),
        "cr31": lambda: events_at(RECLEAN, *Y25),
        # ---- renewals and quotes
        "cr32": lambda: renewal_rate(*Y25),
        "cr33": lambda: top_events_share(RENEWAL, "e.action = 'renewed'", "e.facility_type", *ALL, lowest=True,
                                         margin=1.15),
        "cr34": lambda: top_events_count(RENEWAL, 'e."流失原因"', *ALL, "e.action = 'lost'", margin=1.8),
        "cr35": lambda: renewal_rate(*ALL, "e.failed_audits_in_term >= 3"),
        "cr36": lambda: top_events_count(QUOTE, 'e."未成交原因"', *Y25, "e.action = 'declined'", margin=1.8),
        "cr37": lambda: events_at(QUOTE, *q1_26, "e.action = 'sent'"),
        # ---- invoices, deep cleans, money
        "cr38": lambda: events_at(INVOICE, *Y25, "e.action = 'disputed'"),
        "cr39": lambda: events_at(DEEP, *month(2026, 1), "e.action = 'requested'"),
        "cr40": lambda: orders(*Y25, "o.order_type = 'deep_clean'"),
        "cr41": lambda: orders(*Y25),
        "cr42": lambda: top_orders("o.branch_en", *Y25, margin=1.1),
        "cr43": lambda: top_orders("o.facility_type", *Y25, margin=1.1),
        "cr44": lambda: orders(*q1_26, "o.branch_id = 'B4'", col="o.amount_local"),
        "cr45": lambda: orders(*Y25, "o.order_type = 'contract'", status="signed"),
        "cr46": lambda: orders(*Y25, "o.order_type = 'renewal'", status="signed"),
        "cr47": lambda: orders_change(month(2025, 6), month(2026, 6)),
        "cr48": lambda: orders_share("o.facility_type = 'hospital'", *Y25),
        "cr49": lambda: orders(*month(2026, 4)),
        # ---- customers, experiment
        "cr50": lambda: customers_count("c.client_status = 'active'"),
        "cr51": lambda: customers_share("c.acquisition_channel = 'trade_show'", _in("c.signup_at", *Y25)),
        "cr52": lambda: exp_conv("call_followup"),
        "cr53": lambda: exp_conv("email_only"),
        # ---- feedback
        "cr54": lambda: fb_topic_count(RESIDUE_T),
        "cr55": lambda: top_fb_count("f.touchpoint_id", RESIDUE_T, margin=3),
        "cr56": lambda: top_fb_count("f.branch", RESIDUE_T, margin=3),
        "cr57": lambda: feedback_ids(INDUCTION_T),
        "cr58": lambda: nps_share(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "cr59": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND {_in('f.ts', *q4_25)}"),
        "cr60": lambda: fb_avg(f"{SURVEY} AND f.branch_id = 'B3' AND {_in('f.ts', *q4_25)}"),
        "cr61": lambda: fb_avg(f"{SURVEY} AND f.branch_id = 'B1' AND {_in('f.ts', *q4_25)}"),
        "cr62": lambda: fb_topic_count(SMELL_T),
        "cr63": lambda: fb_topic_count(THOROUGH_T, _in("f.ts", *Y25)),
        "cr64": lambda: fb_count("f.ts IS NULL"),
    }


def checks():
    for cond, topic in TOPICS:
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        checks()
    fns = dict(gold())
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
        print(it["id"], it["lang"], it["question"][:60], shown)
    print("status-only ok items:", status_only)
    zh = sum(it["lang"] == "zh" for it in items)
    st = {}
    for it in items:
        st[it["expect"]["status"]] = st.get(it["expect"]["status"], 0) + 1
    print(f"{len(items)} items: zh {zh} / en {len(items) - zh}; {st}; follow-ups "
          f"{sum('follow_up_of' in it for it in items)}; as_of {sum('as_of' in it for it in items)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
