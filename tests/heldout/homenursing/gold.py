"""Gold answers for the 安颐到家 AnYi HomeCare held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write] [ID ...]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days (onboarding 30, home_visit 5, claim 30, family_app 14, renewal 30)
  from their first step-1 event in the period; rates are per customer (cohort = customers whose first step-1 event
  falls in the period). Each funnel gold is computed twice, with later steps allowed after the period end and with
  every step inside the period; the tolerance covers both readings. A funnel segment by a customer attribute
  (city, acquisition channel, tier, insurance scheme) keeps those customers' events; by an event attribute (device,
  app_version, scheme of the claim) keeps only the events carrying that value. Drop-off of a step =
  1 - reached next / reached this step; "where do we lose the most" = the step with the most customers reaching it
  but not the next one;
- "customers" / "clients" / "families" / "elders" = distinct customer_id (one row per cared-for elder; the family is
  the contact); a customer's city / tier / channel / scheme / segment = the customers row (state at 2026-05-31);
  new clients = tp_plan_sign events in the period; inquiries = tp_inquiry events (= customers.signup_at);
- visits: completed visits = tp_visit_done events; lateness = `late_minutes` of tp_nurse_checkin (per visit),
  "late" = late_minutes > 15 when a question says so; nurse continuity = `is_primary_nurse` of tp_visit_done;
  cancellations = tp_visit_cancel events with `cancel_reason`;
- exact duplicate events (34 re-sent check-ins) are loaded once (SELECT DISTINCT);
- money = orders with status `paid`, dated by order `ts` (the invoice / purchase date, not `service_month`);
  revenue = all paid order types (monthly_package, assessment, addon); per city in the local currency (`amount`:
  CNY for Chengdu / Wuhan, SGD for Singapore), company-wide / across cities in CNY (`amount_cny`, fixed rate
  1 SGD = 5.35 CNY); voided invoices = status `cancelled` monthly_package orders; refunds = status `refunded`;
- claims: tp_claim_submit / approved / rejected events (`reject_reason`, `scheme`, `claim_amount`); a claim count
  counts events (resubmissions are separate submit events with attempt = 2);
- feedback "negative" / "positive" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a
  DATA.md table); topic counts use the truth topic, checked against text markers, with a 5 % tolerance; "all
  feedback" includes rows without a date, a dated question counts only dated rows; ratings average the rows that
  carry one; NPS = (share 9–10 − share 0–6) × 100 over rows with an nps value;
- top entities are raw ids / codes as stored (touchpoint_id, city, acquisition_channel, reject_reason, cancel_reason,
  service_type, addon_item, end_reason, primary_condition), months as YYYY-MM;
- periods are inclusive calendar dates; weeks run Monday..Sunday; relative periods resolve against the item's
  `as_of` (else 2026-05-31, the last day of the data).
"""
from __future__ import annotations

import calendar
import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection

EV_TYPES = {"late_minutes": "DOUBLE", "duration_minutes": "DOUBLE", "amount": "DOUBLE", "claim_amount": "DOUBLE",
            "attempt": "DOUBLE", "rating": "DOUBLE", "care_level": "DOUBLE", "contract_months": "DOUBLE",
            "is_primary_nurse": "BOOLEAN", "ts": "TIMESTAMP", "app_version": "VARCHAR", "session_id": "VARCHAR"}


def load(data: Path):
    global CON
    CON = duckdb.connect()
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv('{data / 'events.csv'}', header=true,
                    auto_detect=true, types={EV_TYPES})""")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv('{data / 'customers.csv'}', header=true,
                    auto_detect=true, types={{'signup_at': 'TIMESTAMP', 'signed_at': 'TIMESTAMP',
                    'service_end_at': 'TIMESTAMP', 'care_level': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv('{data / 'orders.csv'}', header=true,
                    auto_detect=true, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'amount_cny': 'DOUBLE',
                    'insurer_share': 'DOUBLE', 'copay_amount': 'DOUBLE'}})""")
    CON.execute(f"CREATE TABLE journeys AS SELECT * FROM read_csv_auto('{data / 'journeys.csv'}')")
    CON.execute(f"CREATE TABLE experiments AS SELECT * FROM read_csv_auto('{data / 'experiments.csv'}')")
    CON.execute(f"""CREATE TABLE feedback AS SELECT f.*, t.topic, t.sentiment FROM read_csv('{data / 'feedback.csv'}',
                    header=true, auto_detect=true, types={{'ts': 'TIMESTAMP', 'rating': 'DOUBLE', 'nps': 'DOUBLE',
                    'customer_id': 'VARCHAR', 'touchpoint_id': 'VARCHAR', 'app_version': 'VARCHAR'}}) f
                    JOIN read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}') t USING (feedback_id)""")
    assert one("SELECT count(*) FROM feedback") == one(f"SELECT count(*) FROM read_csv_auto('{data / 'feedback.csv'}')")


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


# ---------- funnels (DATA.md rule) ----------

def _steps(journey):
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


def reached(journey, start, end, step, **kw):
    vals = [funnel(journey, start, end, bounded=b, **kw)[step - 1] for b in (False, True)]
    return dict(value=vals[0], tolerance=max(0.5, abs(vals[0] - vals[1]) + 0.5))


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


def top_drop_rate(journey, start, end, gap=0.05, **kw):
    """step with the highest drop-off rate to the next step."""
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        rates = [1 - c[i + 1] / c[i] for i in range(len(c) - 1)]
        best = max(range(len(rates)), key=lambda i: rates[i])
        assert rates[best] > sorted(rates)[-2] + gap, f"top step not clear: {rates}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, min_n=50, gap=0.04, a=1, b=None, event_col=False):
    src = "events e" if event_col else "customers c"
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM {src} WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            cond = f"{column} = '{v}'"
            c = funnel(journey, start, end, bounded=bounded, **({"evc": cond} if event_col else {"cust": cond}))
            if c[a - 1] >= min_n:
                rates[v] = c[(b or len(c)) - 1] / c[a - 1]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_month_conv(journey, months, a=1, b=None, lowest=True, gap=0.08, **kw):
    """month (YYYY-MM) with the lowest (or highest) step-a → step-b conversion among (y, m) months."""
    tops = set()
    for bounded in (False, True):
        rates = {}
        for y, m in months:
            c = funnel(journey, *month(y, m), bounded=bounded, **kw)
            rates[f"{y}-{m:02d}"] = c[(b or len(c)) - 1] / c[a - 1]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, rates
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- events / customers ----------

def events_count(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def ev_agg(tp, start, end, agg, cond="1=1", rel=0.02, absmin=0.1):
    v = float(one(f"""SELECT {agg} FROM events e JOIN customers c USING (customer_id)
                      WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp))
    return dict(value=round(v, 4), tolerance=round(max(absmin, abs(v) * rel), 4))


def ev_share(tp, start, end, num, cond="1=1"):
    return ev_agg(tp, start, end, f"avg(({num})::int)", cond, rel=0.0, absmin=0.01)


def top_ev(tp, col, start, end, agg="count(*)", cond="1=1", gap=1.15, lowest=False, min_n=1):
    rows = q(f"""SELECT {col}, {agg} v, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v {'ASC' if lowest else 'DESC'}""", tp)
    a, b = rows[0][1], rows[1][1]
    if isinstance(gap, float) and gap < 1:
        assert abs(a - b) > gap, rows[:4]
    else:
        assert (b > a * gap) if lowest else (a > b * gap), rows[:4]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def customers_avg(col, cond="1=1"):
    v = one(f"SELECT avg({col}) FROM customers c WHERE {cond}")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.002), 2))


def top_customers(col, cond="1=1", gap=1.15):
    rows = q(f"""SELECT {col}, count(*) n FROM customers c WHERE {cond} AND {col} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount_cny)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05 if abs(v) < 100 else 1.0, abs(v) * 0.001), 2))


def share_orders(start, end, num, cond="1=1", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT avg(({num})::int) FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def ratio_orders(start, end, num, den, cond="1=1"):
    v = one(f"""SELECT sum({num}) / sum({den}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(col, start, end, agg="count(*)", status="paid", cond="1=1", gap=1.1, lowest=False):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o JOIN customers c USING (customer_id)
                 WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    if lowest:
        assert rows[1][1] > rows[0][1] * gap, rows[:4]
    else:
        assert rows[0][1] > rows[1][1] * gap, rows[:4]
    return dict(top_entity=rows[0][0])


def top_month_orders(start, end, agg="sum(o.amount_cny)", cond="1=1", gap=1.04):
    rows = q(f"""SELECT strftime(o.ts, '%Y-%m') m, {agg} n FROM orders o WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


MARKERS = {
    "late_arrival": r"(f.text LIKE '%迟到%' OR regexp_matches(lower(f.text), '\blate\b'))",
    "nurse_changes": "(f.text LIKE '%换%护士%' OR lower(f.text) LIKE '%different nurse%' OR lower(f.text) LIKE '%new nurse%')",
    "claim_rejected": "(f.text LIKE '%理赔%' OR f.text LIKE '%报销%' OR lower(f.text) LIKE '%claim%')",
    "app_issue": "(f.text LIKE '%闪退%' OR lower(f.text) LIKE '%crash%')",
    "billing_error": "(f.text LIKE '%账单%' OR f.text LIKE '%扣费%' OR f.text LIKE '%多收%' OR lower(f.text) LIKE '%charged%' "
                     "OR lower(f.text) LIKE '%invoice%' OR lower(f.text) LIKE '%bill %')",
}


def topic_count(topic, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE f.topic = '{topic}' AND {extra}")
    m = one(f"SELECT count(*) FROM feedback f WHERE {MARKERS[topic]} AND {extra}")
    assert abs(n - m) <= max(1, 0.05 * n), (topic, n, m)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    v = one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}")
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


def top_neg_rise(base, now, gap=5):
    rows = q(f"""SELECT touchpoint_id, count(*) FILTER (WHERE {_in('ts', *now)})
                                     - count(*) FILTER (WHERE {_in('ts', *base)}) d
                 FROM feedback f WHERE f.sentiment = 'neg' AND touchpoint_id IS NOT NULL GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > max(rows[1][1], 0) + gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_topic(col, topic, cond="1=1", gap=1.5):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE f.topic = '{topic}' AND {col} IS NOT NULL AND {cond}
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    mk = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {MARKERS[topic]} AND {col} IS NOT NULL AND {cond}
               GROUP BY 1 ORDER BY n DESC""")
    assert mk[0][0] == rows[0][0], (rows[:3], mk[:3])
    return dict(top_entity=rows[0][0])


def top_neg_tp(cond="1=1", gap=1.2):
    rows = q(f"""SELECT touchpoint_id, count(*) n FROM feedback f WHERE f.sentiment = 'neg'
                 AND touchpoint_id IS NOT NULL AND {cond} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- experiments ----------

def exp_rate(variant, start, end):
    """renewal rate of customers assigned to `variant`: share with a tp_renewal within 30 days of assignment."""
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_renewal' AND e.ts > x.assigned_at
                       AND e.ts <= x.assigned_at + INTERVAL 30 DAY))::int)
                FROM experiments x WHERE x.variant = '{variant}' AND {_in('x.assigned_at', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------------------------------------------------------------- the batch
Y25 = ("2025-01-01", "2025-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
Y26 = ("2026-01-01", "2026-05-31")
ALL = ("2025-01-01", "2026-05-31")
Q4_25, Q1_26 = quarter(2025, 4), quarter(2026, 1)
AM26 = ("2026-04-01", "2026-05-31")


CLAIM_H2 = [(2025, m) for m in range(7, 13)]
MP = "o.order_type = 'monthly_package'"


def refunds_2025():
    by_ts = one(f"SELECT count(*) FROM orders o WHERE o.status = 'refunded' AND {_in('o.ts', *Y25)}")
    by_refund = one(f"SELECT count(*) FROM orders o WHERE o.status = 'refunded' AND {_in('o.refunded_at', *Y25)}")
    return dict(value=by_ts, tolerance=abs(by_ts - by_refund) + 0.5)


def gold() -> dict:
    return {
        # ---- onboarding
        "hn01": lambda: conv("onboarding", *Y25),
        "hn02": lambda: top_lost("onboarding", *Y25),
        "hn03": lambda: top_conv("onboarding", *Y25, "c.acquisition_channel", lowest=True, b=5, min_n=50),
        "hn04": lambda: conv("onboarding", *Y25, b=5, cust="c.acquisition_channel = 'douyin_ads'"),
        "hn05": lambda: conv("onboarding", *Y25, b=5, cust="c.acquisition_channel = 'hospital_referral'"),
        "hn06": lambda: conv("onboarding", *Y25, a=3, b=5),
        "hn07": lambda: conv("onboarding", *Y25, cust="c.city = 'Singapore'"),
        # ---- claims
        "hn08": lambda: conv("claim", *month(2025, 11), a=2, b=3),
        "hn09": lambda: conv("claim", *month(2025, 10), a=2, b=3),
        "hn10": lambda: top_month_conv("claim", CLAIM_H2, a=2, b=3, gap=0.08),
        "hn11": lambda: conv("claim", *month(2025, 11), a=2, b=3, cust="c.city = 'Chengdu'"),
        "hn12": lambda: top_ev("tp_claim_rejected", "e.reject_reason", *month(2025, 11), gap=2.0),
        "hn13": lambda: events_count("tp_claim_rejected", *month(2025, 11)),
        "hn14": lambda: events_count("tp_claim_submit", *month(2026, 1), "e.attempt = 2"),
        "hn15": lambda: ev_agg("tp_reimbursed", *Y25, "sum(e.claim_amount)", "e.scheme = 'careshield_life'",
                               rel=0.001, absmin=1.0),
        # ---- family app
        "hn16": lambda: conv("family_app", *month(2026, 2), a=2, b=3, evc="e.device = 'android'"),
        "hn17": lambda: conv("family_app", *month(2026, 2), a=2, b=3, evc="e.device = 'ios'"),
        "hn18": lambda: topic_count("app_issue", _in("f.ts", "2026-02-01", "2026-03-31")),
        "hn19": lambda: conv("family_app", *Y25),
        # ---- home visits
        "hn20": lambda: conv("home_visit", *Y25, a=1, b=3),
        "hn21": lambda: top_drop_rate("home_visit", *Y25),
        # ---- renewal and the A/B test
        "hn22": lambda: top_conv("renewal", *Y26, "c.city", lowest=True, min_n=50),
        "hn23": lambda: conv("renewal", *Y26, cust="c.city = 'Wuhan'"),
        "hn24": lambda: conv("renewal", *Y25),
        "hn25": lambda: exp_rate("loyalty_discount", *ALL),
        "hn26": lambda: exp_rate("control", *ALL),
        # ---- visit operations
        "hn27": lambda: events_count("tp_visit_done", *Y25),
        "hn28": lambda: ev_agg("tp_nurse_checkin", *month(2026, 5), "avg(e.late_minutes)", "e.city = 'Wuhan'",
                               rel=0.02, absmin=0.1),
        "hn29": lambda: top_ev("tp_nurse_checkin", "e.city", *Y25, agg="avg((e.late_minutes > 15)::int)", gap=0.03),
        "hn30": lambda: ev_share("tp_visit_done", *month(2026, 5), "NOT e.is_primary_nurse", "e.city = 'Wuhan'"),
        "hn31": lambda: ev_share("tp_visit_done", *month(2025, 12), "NOT e.is_primary_nurse", "e.city = 'Wuhan'"),
        "hn32": lambda: top_ev("tp_visit_done", "e.service_type", *Y25),
        "hn33": lambda: events_count("tp_visit_done", "2026-02-16", "2026-02-22", "e.city = 'Chengdu'"),
        "hn34": lambda: top_ev("tp_visit_cancel", "e.cancel_reason", *Y25),
        "hn35": lambda: ev_agg("tp_visit_done", *Y25, "avg(e.duration_minutes)", "e.service_type = 'wound_care'",
                               rel=0.01, absmin=0.3),
        "hn36": lambda: events_count("tp_visit_done", *Y26, "e.city = 'Wuhan' AND e.nurse_type = 'agency'"),
        # ---- money
        "hn37": lambda: orders(*Y25),
        "hn38": lambda: orders(*Y25, agg="sum(o.amount)", cond="o.city = 'Singapore'"),
        "hn39": lambda: orders(*Y25, agg="sum(o.amount)", cond="o.city = 'Chengdu'"),
        "hn40": lambda: orders(*Y25, agg="avg(o.amount)", cond=f"{MP} AND o.tier = 'premium' AND o.city = 'Chengdu'"),
        "hn41": lambda: ratio_orders(*Y25, "o.insurer_share", "o.amount", f"{MP} AND o.city = 'Chengdu'"),
        "hn42": lambda: orders(*Y25, agg="count(*)", status="cancelled", cond=MP),
        "hn43": refunds_2025,
        "hn44": lambda: top_orders("o.addon_item", *Y25, cond="o.order_type = 'addon'", gap=1.2),
        "hn45": lambda: orders(*quarter(2025, 3), agg="sum(o.amount)", cond="o.order_type = 'addon' AND o.city = 'Wuhan'"),
        # ---- customers
        "hn46": lambda: customers_count("c.segment = 'at_risk'"),
        "hn47": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        "hn48": lambda: top_customers("c.primary_condition", "c.signed_at IS NOT NULL"),
        "hn49": lambda: customers_share("c.insurance_scheme = 'careshield_life'",
                                        "c.city = 'Singapore' AND c.signed_at IS NOT NULL"),
        "hn50": lambda: customers_avg("c.elder_age", "c.signed_at IS NOT NULL"),
        "hn51": lambda: events_count("tp_plan_sign", *Y25),
        # ---- feedback
        "hn52": lambda: topic_count("nurse_changes", _in("f.ts", *Q1_26)),
        "hn53": lambda: topic_count("nurse_changes", _in("f.ts", *Q4_25)),
        "hn54": lambda: fb_ratio("f.sentiment = 'neg'", f"f.city = 'Wuhan' AND {_in('f.ts', *AM26)}"),
        "hn55": lambda: top_neg_rise(month(2025, 10), month(2025, 11)),
        "hn56": lambda: top_rating("f.touchpoint_id", _in("f.ts", *Y25), gap=0.3, min_n=50),
        "hn57": lambda: nps(_in("f.ts", *Y25)),
        "hn58": lambda: fb_count("f.ts IS NULL"),
        "hn59": lambda: topic_count("late_arrival", _in("f.ts", *Y25)),
        "hn60": lambda: feedback_ids("f.topic = 'billing_error'"),
        "hn61": lambda: feedback_ids("f.city = 'Wuhan' AND f.sentiment = 'neg' AND (f.ts >= DATE '2026-01-01' OR f.ts IS NULL)"),
        "hn62": lambda: fb_avg("f.rating", f"f.channel = 'google_review' AND {_in('f.ts', *Y25)}", tol=0.05),
        "hn63": lambda: fb_avg("f.rating", f"f.channel = 'survey' AND {_in('f.ts', *Y25)} AND f.customer_id IN "
                                           "(SELECT customer_id FROM customers WHERE tier = 'premium')"),
        "hn64": lambda: fb_ratio("f.language = 'en'", _in("f.ts", *Y25)),
        # ---- relative periods
        "hn68": lambda: events_count("tp_visit_done", "2026-03-02", "2026-03-08"),
        "hn69": lambda: events_count("tp_plan_sign", *H2_25),
        "hn70": lambda: orders(*Y26),
        "hn71": lambda: events_count("tp_claim_rejected", *month(2026, 1)),
        # ---- why
        "hn72": lambda: feedback_ids("f.topic = 'claim_rejected'"),
        "hn73": lambda: feedback_ids("f.topic = 'app_issue'"),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    only = [a for a in sys.argv[3:] if not a.startswith("--")]
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
    status_only = []
    for it in items:
        if only and it["id"] not in only:
            continue
        fn = checks.get(it["id"])
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
        print(it["id"], it["question"][:70].replace("\n", " "), shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
