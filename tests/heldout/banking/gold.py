"""Gold answers for the retail banking (星河银行 / Xinghe Bank) held-out batches, from plain DuckDB SQL
over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Every check is one small query below, keyed by question id. Conventions:
- events are de-duplicated first (the export repeats 150 rows with the same event_id and content);
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint
  after reaching step k-1, within the journey's window from their first step-1 event in the period.
  Any event at a touchpoint counts (a failed application submission is still an application). Whether
  later steps must also fall inside the period is not pinned down by the contract, so each funnel rate
  is computed both ways and the tolerance covers the difference (plus 0.005);
- "Android users" / "iOS users" in a funnel = customers whose events carry that device (each customer
  uses one device). KYC, approval, disbursement, reissue, call-centre, complaint and closure events are
  offline or back-office and carry no device, so the device is a property of the customer;
- "which step loses most" = the step customers reached but did not go on from (reached k, not k+1);
- "how many customers did X" = distinct customers with an event at X's touchpoint in the period;
  "how many X events / reports" = rows (distinct event_id);
- money = sum/avg of `amount` over orders with the status the question names (paid unless said);
  refund rate = refunded / all orders by order date (tolerance covers refunded / (paid + refunded));
- feedback "negative" = the generator's `sentiment_label = neg`; topic counts use the text markers
  below (FEE, FRAUD); "all data" for feedback includes the comments without a date;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`
  (else the latest event/feedback = 2026-08-31): "last month" = the previous calendar month,
  "last N days" = the N days ending on the as-of date, "so far this month" / "this year" = 1st .. as-of;
  上旬 = days 1-10, 下旬 = day 21 to month end; H1 / 上半年 = Jan-Jun, 下半年 = Jul-Dec.
  Rates are fractions 0..1; counts exact (0.5).
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
DEVICES = ["android", "ios", "pc"]


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "customers", "journeys", "orders", "feedback"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    dup = CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0]
    assert dup == 0, "duplicate event_id with different content"
    CON.execute("""CREATE TABLE cdev AS SELECT customer_id, min(device) AS device FROM events
                   WHERE device IS NOT NULL GROUP BY 1""")
    assert CON.execute("""SELECT count(*) FROM (SELECT customer_id FROM events WHERE device IS NOT NULL
                          GROUP BY 1 HAVING count(DISTINCT device) > 1)""").fetchone()[0] == 0


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


def funnel(journey: str, start: str, end: str, device: str | None = None, cust: str | None = None,
           bounded: bool = False) -> list[int]:
    """Customers reaching each step. device = the customer's device; cust = SQL condition on customers c."""
    steps, window = _steps(journey)
    ev = """SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id)
            LEFT JOIN cdev d USING (customer_id) WHERE 1=1"""
    if device:
        ev += f" AND d.device = '{device}'"
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


def conv(journey, start, end, a=1, b=None, **kw):
    """Conversion from step a to step b (default last); value and tolerance."""
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        bb = b or len(c)
        vals.append(c[bb - 1] / c[a - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_open(journey, start, end, a=1, b=None, **kw):
    """Conversion when the question says later steps after the period count too (window only)."""
    c = funnel(journey, start, end, **kw)
    return dict(value=round(c[(b or len(c)) - 1] / c[a - 1], 4), tolerance=0.01)


def top_lost(journey, start, end, **kw):
    """touchpoint_id of the step losing most customers (reached k but not k+1)."""
    steps, _ = _steps(journey)
    c = funnel(journey, start, end, **kw)
    lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
    best = max(range(len(lost)), key=lambda i: lost[i])
    assert lost[best] > sorted(lost)[-2] * 1.1, f"top step not clear: {lost}"
    return dict(top_entity=steps[best])


def top_conv(journey, start, end, column, values, lowest=False, device=False):
    """Value of a customer column (or the customer's device) with the highest (lowest) end-to-end conversion."""
    rates = {}
    for v in values:
        kw = dict(device=v) if device else dict(cust=f"c.{column} = '{v}'")
        c = funnel(journey, start, end, **kw)
        rates[v] = c[-1] / c[0]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > 0.03, f"not clear: {rates}"
    return dict(top_entity=order[0])


def top_drop_device(journey, base, now, a, b):
    """Device contributing most to the fall of step conversion a->b from `base` to `now`:
    (base rate - current rate) x the device's share of customers at step a now."""
    effect = {}
    total = funnel(journey, *now)[a - 1]
    for d in DEVICES:
        cb, cn = funnel(journey, *base, device=d), funnel(journey, *now, device=d)
        if not cb[a - 1] or not cn[a - 1]:
            continue
        effect[d] = (cb[b - 1] / cb[a - 1] - cn[b - 1] / cn[a - 1]) * cn[a - 1] / total
    order = sorted(effect, key=effect.get, reverse=True)
    assert effect[order[0]] > 2 * max(effect[order[1]], 0.005), effect
    return dict(top_entity=order[0])


# ---------- counts ----------

def users_at(tp, start, end, cond="1=1"):
    n = one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp)
    return dict(value=n, tolerance=0.5)


def top_users_at(tp, start, end, column, cond="1=1"):
    rows = q(f"""SELECT {column}, count(DISTINCT e.customer_id) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})
                 GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * 1.08, rows
    return dict(top_entity=rows[0][0])


def top_events(tp, start, end, column, cond="1=1"):
    rows = q(f"""SELECT {column}, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * 1.2, rows
    return dict(top_entity=rows[0][0])


def orders(start, end, agg="sum", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"status = '{status}'"
    v = one(f"""SELECT {agg}(amount) FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg == "count":
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(1.0, float(v) * 0.001), 2))


def refund_rate(start, end, cond="1=1"):
    """refunded / all orders; the tolerance also covers refunded / (paid + refunded)."""
    a, b = q(f"""SELECT avg((status = 'refunded')::int),
                        avg((status = 'refunded')::int) FILTER (WHERE status <> 'cancelled')
                 FROM orders WHERE {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 4), tolerance=round(abs(a - b) + 0.005, 4))


def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f
                LEFT JOIN customers c USING (customer_id) WHERE {cond} ORDER BY 1""")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f LEFT JOIN customers c USING (customer_id) WHERE {cond}"),
                tolerance=0.5)


def fb_avg(col, cond, tol=0.01):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    v = one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}")
    return dict(value=round(v, 4), tolerance=tol)


def top_rating(col, cond="1=1"):
    rows = q(f"""SELECT {col}, avg(rating) r FROM feedback f LEFT JOIN customers c USING (customer_id)
                 WHERE rating IS NOT NULL AND {cond} GROUP BY 1 ORDER BY r""")
    assert rows[1][1] - rows[0][1] > 0.1, rows
    return dict(top_entity=rows[0][0])


def top_neg(col, cond="1=1"):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f LEFT JOIN customers c USING (customer_id)
                 WHERE f.sentiment_label = 'neg' AND {cond} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.1, rows
    return dict(top_entity=rows[0][0])


def top_neg_rise(base, now):
    rows = q(f"""SELECT touchpoint_id, count(*) FILTER (WHERE {_in('ts', *now)})
                                     - count(*) FILTER (WHERE {_in('ts', *base)}) d
                 FROM feedback WHERE sentiment_label = 'neg' GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > rows[1][1] * 1.5, rows
    return dict(top_entity=rows[0][0])




def events_at(tp, start, end, cond="1=1"):
    """Rows (events), not people."""
    n = one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp)
    return dict(value=n, tolerance=0.5)


def top_kyc_wait(cond="1=1"):
    """Customer branch with the longest average wait from the first application to identity verification."""
    rows = q(f"""WITH a AS (SELECT customer_id, min(ts) ta FROM events
                            WHERE touchpoint_id IN ('tp_card_apply', 'tp_loan_apply') GROUP BY 1),
                      k AS (SELECT e.customer_id, min(e.ts) tk FROM events e JOIN a USING (customer_id)
                            WHERE e.touchpoint_id = 'tp_kyc' AND e.ts > a.ta GROUP BY 1)
                 SELECT c.branch_id, avg(date_diff('minute', ta, tk)) / 1440.0 d
                 FROM a JOIN k USING (customer_id) JOIN customers c USING (customer_id)
                 WHERE {cond} GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > rows[1][1] * 1.5, rows[:3]
    return dict(top_entity=rows[0][0])


def top_conv_any(journey, start, end, column, lowest=False, a=1, b=None, min_n=50):
    """Like top_conv over every value of a customer column (groups with at least min_n at step a)."""
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v}'")
        if c[a - 1] >= min_n:
            rates[v] = c[(b or len(c)) - 1] / c[a - 1]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > 0.03, f"not clear: {rates}"
    return dict(top_entity=order[0])


ALL = ("2025-01-01", "2026-08-31")
Y25 = ("2025-01-01", "2025-12-31")
Y26 = ("2026-01-01", "2026-08-31")
H1_25 = ("2025-01-01", "2025-06-30")
H1_26 = ("2026-01-01", "2026-06-30")


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


NEG = "f.sentiment_label = 'neg'"
POS = "f.sentiment_label = 'pos'"
ACQ = ["search_ads", "social_ads", "referral", "branch_walkin", "partner_ecom"]
FEE = "(f.text LIKE '%年费%' OR lower(f.text) LIKE '%annual fee%')"
FRAUD = ("(f.text LIKE '%盗刷%' OR lower(f.text) LIKE '%unauthorised%' OR lower(f.text) LIKE '%fraud%' "
         "OR f.text LIKE '%冻结卡%' OR lower(f.text) LIKE '%gets blocked%')")
FRAUD_CHARGES = "(f.text LIKE '%盗刷%' OR lower(f.text) LIKE '%unauthorised%' OR lower(f.text) LIKE '%fraudulently%')"
ENGLISH = "NOT regexp_matches(f.text, '[一-龥]')"
LOAN = "o.order_type = 'loan_disbursement'"
FEEO = "o.order_type = 'annual_fee'"


def drop_open(journey, start, end, k, **kw):
    """Drop-off at step k when later steps after the period count (window only)."""
    r = conv_open(journey, start, end, a=k, b=k + 1, **kw)
    return dict(value=round(1 - r["value"], 4), tolerance=r["tolerance"])


def top_orders_where(col, start, end, cond, agg="count(*)", status="paid"):
    rows = q(f"""SELECT {col}, {agg} n FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = '{status}' AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.08, rows[:3]
    return dict(top_entity=rows[0][0])


def fb_topic_count(cond):
    """Comments on a topic: keyword markers; the tolerance (5 %) allows for a semantic reading."""
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def gold() -> dict:
    return {
        # ---- funnels
        "bk01": lambda: top_lost("card_onboarding", *ALL),
        "bk02": lambda: conv_open("card_onboarding", *quarter(2026, 1)),
        "bk03": lambda: conv_open("loan_onboarding", *quarter(2026, 1)),
        "bk04": lambda: conv_open("card_onboarding", *month(2025, 11), a=1, b=2, device="android"),
        "bk05": lambda: conv_open("card_onboarding", *month(2025, 11), a=1, b=2, device="ios"),
        "bk06": lambda: top_drop_device("card_onboarding", month(2025, 10), month(2025, 11), 1, 2),
        "bk07": lambda: conv_open("card_onboarding", *month(2025, 12), a=1, b=2, device="android"),
        "bk08": lambda: top_conv("card_onboarding", *ALL, "acquisition_channel", ACQ),
        "bk09": lambda: top_conv("card_onboarding", *ALL, "acquisition_channel", ACQ, lowest=True),
        "bk10": lambda: top_kyc_wait(),
        "bk11": lambda: top_conv_any("card_onboarding", *Y25, "branch_id", lowest=True, a=1, b=2),
        "bk12": lambda: conv_open("fraud_case", *quarter(2026, 2)),
        "bk13": lambda: conv("fraud_case", *Y25),
        "bk14": lambda: conv("complaint", *ALL),
        "bk15": lambda: top_conv_any("card_onboarding", *ALL, "segment", a=2, b=3),
        "bk16": lambda: top_conv_any("card_onboarding", *ALL, "segment", lowest=True, a=2, b=3),
        "bk17": lambda: conv("card_onboarding", "2025-07-01", "2025-12-31", a=2, b=3),
        "bk18": lambda: drop_open("card_onboarding", *quarter(2025, 4), 3),
        "bk19": lambda: top_lost("loan_onboarding", *Y25),
        "bk20": lambda: conv("card_onboarding", *Y25, a=2, b=3, cust="c.credit_score >= 700"),
        "bk21": lambda: conv("card_onboarding", *Y25, a=2, b=3, cust="c.credit_score < 600"),
        # ---- counts
        "bk22": lambda: users_at("tp_fraud_report", *month(2026, 6)),
        "bk23": lambda: users_at("tp_fraud_report", *month(2026, 5)),
        "bk24": lambda: users_at("tp_app_login", *quarter(2026, 2)),
        "bk25": lambda: events_at("tp_app_login", *quarter(2026, 2)),
        "bk26": lambda: users_at("tp_account_close", *month(2026, 2)),
        "bk27": lambda: users_at("tp_call_centre", "2026-08-02", "2026-08-31"),
        "bk28": lambda: users_at("tp_card_apply", "2025-12-21", "2025-12-31"),
        "bk29": lambda: users_at("tp_kyc", *H1_26, cond="e.kyc_method = 'branch'"),
        "bk30": lambda: users_at("tp_kyc", *H1_26, cond="e.kyc_method = 'video'"),
        "bk31": lambda: users_at("tp_approval", "2026-07-01", "2026-07-10", cond="e.product = 'loan'"),
        "bk32": lambda: users_at("tp_card_apply", *month(2025, 11), cond="e.action = 'fail' AND e.device = 'android'"),
        "bk33": lambda: events_at("tp_fraud_report", *quarter(2026, 2)),
        "bk34": lambda: users_at("tp_cross_sell", *Y26),
        "bk35": lambda: users_at("tp_activation", "2026-06-01", "2026-06-20"),
        "bk36": lambda: users_at("tp_first_spend", "2026-07-01", "2026-08-31"),
        "bk37": lambda: users_at("tp_complaint", *Y25),
        "bk38": lambda: users_at("tp_kyc", *H1_25, cond="c.region = '华南'"),
        "bk39": lambda: users_at("tp_loan_apply", *Y26, cond="c.province = '广东'"),
        "bk40": lambda: users_at("tp_account_close", *quarter(2026, 1), cond="c.tier = 'gold'"),
        "bk41": lambda: users_at("tp_account_close", *quarter(2026, 1), cond="c.tier = 'classic'"),
        "bk42": lambda: users_at("tp_app_login", *H1_26, cond="c.age < 30"),
        "bk43": lambda: users_at("tp_ad", "2025-11-01", "2025-11-15"),
        "bk44": lambda: users_at("tp_approval", "2026-04-01", "2026-04-10", cond="e.product = 'card'"),
        "bk45": lambda: users_at("tp_loan_apply", *quarter(2026, 2)),
        # ---- orders
        "bk46": lambda: orders(*quarter(2026, 2), cond=LOAN),
        "bk47": lambda: orders(*quarter(2025, 2), cond=LOAN),
        "bk48": lambda: orders(*H1_26, cond=FEEO),
        "bk49": lambda: orders(*Y25, agg="avg", cond=LOAN),
        "bk50": lambda: orders(*Y25, agg="count", status="cancelled", cond=LOAN),
        "bk51": lambda: orders(*ALL, agg="count", status="refunded", cond=FEEO),
        "bk52": lambda: refund_rate(*ALL, cond="order_type = 'annual_fee'"),
        "bk53": lambda: top_orders_where("c.income_band", *Y26, LOAN, agg="sum(o.amount)"),
        "bk54": lambda: top_orders_where("c.region", *ALL, LOAN, agg="sum(o.amount)"),
        "bk55": lambda: top_orders_where("o.channel", *Y26, LOAN),
        "bk56": lambda: orders(*month(2026, 7), agg="avg", cond=LOAN),
        "bk57": lambda: orders("2026-03-16", "2026-03-16", agg="count"),
        "bk58": lambda: orders(*quarter(2025, 4), cond=FEEO),
        # ---- breakdowns
        "bk59": lambda: top_users_at("tp_card_apply", *H1_26, "c.acquisition_channel"),
        "bk60": lambda: top_users_at("tp_fraud_report", *quarter(2026, 2), "c.region"),
        "bk61": lambda: top_users_at("tp_cross_sell", *Y25, "c.segment"),
        "bk62": lambda: top_events("tp_first_spend", *ALL, "e.merchant_type"),
        # ---- comparisons
        "bk63": lambda: users_at("tp_fraud_report", *quarter(2026, 2)),
        "bk64": lambda: users_at("tp_account_close", *month(2026, 1)),
        "bk65": lambda: conv("card_onboarding", *ALL, a=2, b=3, cust="c.segment = 'affluent'"),
        "bk66": lambda: users_at("tp_card_apply", *H1_26),
        # ---- trends
        "bk67": lambda: users_at("tp_fraud_report", *month(2026, 7)),
        "bk68": lambda: orders(*quarter(2025, 4), cond=LOAN),
        "bk69": lambda: users_at("tp_card_apply", "2026-06-01", "2026-06-07"),
        "bk70": lambda: users_at("tp_account_close", *month(2026, 3)),
        "bk71": lambda: fb_count(f"f.touchpoint_id = 'tp_fraud_report' AND {NEG} AND {_in('f.ts', *month(2026, 6))}"),
        # ---- why
        "bk72": lambda: feedback_ids(f"(f.touchpoint_id = 'tp_fraud_report' OR {FRAUD}) AND {NEG} "
                                     f"AND {_in('f.ts', '2026-05-01', '2026-06-30')}"),
        "bk73": lambda: top_neg_rise(quarter(2026, 1), quarter(2026, 2)),
        "bk74": lambda: feedback_ids(f"(f.touchpoint_id = 'tp_account_close' OR {FEE}) AND {NEG} "
                                     f"AND {_in('f.ts', *quarter(2026, 1))}"),
        "bk75": lambda: feedback_ids(f"f.touchpoint_id = 'tp_kyc' AND {NEG}"),
        "bk76": lambda: feedback_ids(f"f.touchpoint_id = 'tp_card_apply' AND {NEG} "
                                     f"AND {_in('f.ts', '2025-11-01', '2025-12-03')}"),
        # ---- feedback
        "bk77": lambda: feedback_ids(f"f.touchpoint_id = 'tp_call_centre' AND {NEG}"),
        "bk78": lambda: feedback_ids(f"f.touchpoint_id = 'tp_approval' AND {NEG}"),
        "bk79": lambda: fb_count(f"f.touchpoint_id = 'tp_approval' AND {NEG} AND {_in('f.ts', *Y26)}"),
        "bk80": lambda: fb_topic_count(FEE),
        "bk81": lambda: fb_topic_count(FRAUD_CHARGES),
        "bk82": lambda: top_rating("f.touchpoint_id", "f.touchpoint_id IS NOT NULL"),
        "bk83": lambda: fb_avg("rating", f"f.touchpoint_id = 'tp_app_login' AND {_in('f.ts', *Y26)}"),
        "bk84": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 2)), tol=0.06),
        "bk85": lambda: fb_avg("nps", "1=1"),
        "bk86": lambda: fb_count("f.ts IS NULL"),
        "bk87": lambda: fb_count(f"f.touchpoint_id = 'tp_disbursement' AND {_in('f.ts', *quarter(2025, 4))}"),
        "bk88": lambda: fb_ratio("f.rating <= 2", "f.channel = 'app_review' AND f.rating IS NOT NULL"),
        "bk89": lambda: top_neg("f.branch_id", "f.branch_id IS NOT NULL"),
        "bk90": lambda: feedback_ids(f"f.touchpoint_id = 'tp_kyc' AND {ENGLISH}"),
        "bk91": lambda: feedback_ids("f.touchpoint_id = 'tp_card_reissue'"),
        "bk92": lambda: feedback_ids(f"f.touchpoint_id = 'tp_disbursement' AND {POS}"),
        # ---- added: drivers, breakdowns, relative periods
        "bk109": lambda: top_users_at("tp_account_close", *quarter(2026, 1), "c.tier"),
        "bk110": lambda: top_users_at("tp_activation", *H1_26, "c.credit_limit_band"),
        "bk111": lambda: users_at("tp_app_login", "2026-07-01", "2026-07-18"),
        "bk112": lambda: users_at("tp_app_login", *month(2026, 6)),
        "bk113": lambda: orders(*Y25, cond=f"{FEEO} AND c.tier = 'platinum'"),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    missing = []
    unused = set(checks) - {it["id"] for it in items}
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok" and not any(k in exp for k in ("value", "top_entity", "citations_from")):
                missing.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:60], shown)
    print("status-only ok items (definitions / maps):", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
