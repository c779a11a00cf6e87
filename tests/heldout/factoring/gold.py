"""Gold answers for the 融易保理 EasyFactor held-out batch, from plain DuckDB SQL over the raw CSVs of generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions (a careful analyst's reading of each question; the question states whatever is not obvious):
- "suppliers" / "companies" / "客户" / "企业" = rows of customers (customer_id SUP00001); customer attributes are the
  stored state at the end of the data (2026-05-31);
- funnels follow DATA.md: a company reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from its first step-1 event in the period (onboarding 30 d, financing 14 d,
  collections 60 d, repeat 90 d); rates are per company; the tolerance covers both readings (later steps counted
  after the period end, or not) unless the question says later steps count. "Where do we lose the most" = the step
  whose next step is not reached by the most companies (a loss between step k and k+1 is attributed to step k: the
  companies were declined *at* credit review, so they are lost at tp_credit_review). A split by a customer attribute
  filters the step-1 companies;
- an application = one `session_id` FA000123: [tp_repeat,] tp_invoice_upload (action fail = a failed upload attempt,
  submit = uploaded, verify_result pass / duplicate / tax_mismatch), tp_buyer_confirm (confirmed / disputed /
  expired after 240 h), tp_credit_review (approved / declined, review_mode manual / auto), tp_offer (accept /
  reject), tp_disburse (paid_out, advance_amount, due_date), tp_repay (repaid / repaid_late with days_past_due),
  tp_overdue, tp_collection (call / sms / letter / legal_notice / lawsuit), tp_rate, tp_support. Onboarding events
  (tp_landing, tp_signup, tp_kyc_submit, tp_kyc_review, tp_activated) have no session;
- rates of an outcome at a step = events at that step with the outcome / all events at that step in the period (by
  event date); e.g. quote rejection rate = tp_offer `reject` / all tp_offer; dispute rate = tp_buyer_confirm
  `disputed` / all tp_buyer_confirm; approval rate = tp_credit_review `approved` / all; upload failure rate =
  tp_invoice_upload `fail` / all upload attempts; KYC return rate = tp_kyc_review `returned` / all KYC reviews;
- overdue rate = advances whose due_date (tp_disburse.due_date) is in the period that have a tp_overdue event /
  all advances due in the period (every advance due before 2026-05-30 has a repay or an overdue event);
- times between steps: per application, first B ts - first A ts (B after A), period by the date of A, median unless
  the question says average; hours / days as asked (a day = 24 h of elapsed time); onboarding times per company
  (first tp_signup -> first tp_activated);
- money: revenue = orders with status `paid` (service fees at payout, interest and late fees at repayment) by order
  ts; waived late fees = late_fee orders with status `cancelled`; amounts advanced = `advance_amount` of tp_disburse
  events by payout date (principal, not revenue); revenue per paying supplier = paid revenue / suppliers with a
  paid order in the period;
- zh questions are checked against the Chinese twins (省份, 行业, 获客渠道, buyer, 风险等级 ...), en ones against
  region / industry / acquisition_channel / buyer_en / touchpoint_id / raw codes;
- feedback: "all data" includes undated rows (wechat messages exported without a time); a dated period excludes
  them; topic counts by text markers with 5 % tolerance (checked against _truth/feedback_truth.csv); app ratings =
  channel `app_review`; rating by step = feedback.touchpoint_id over rows with a rating; negative = 1-2 stars;
  NPS = survey `nps` 0-10, NPS score = share 9-10 minus share 0-6 (a fraction);
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of`; a week is Monday..Sunday.
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
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1, "
                    "all_varchar=true)")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


def _margin(a, b, m):
    assert a > b * m, (a, b, m)


# ---------- funnels (per company, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    steps, window = _steps(journey)
    lim = f"AND ts < DATE '{end}' + INTERVAL 1 DAY" if bounded else ""
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1 {lim}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE s1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM fev e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM s1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE s{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM s{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM s{k}"))
    return counts


def conv(journey, start, end, cond="1=1", unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30, unbounded_only=False):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in ((False,) if unbounded_only else (False, True)):
        rows = []
        for g in groups:
            g_ = str(g).replace("'", "''")
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g_}'")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        if lowest:
            _margin(rows[1][1], rows[0][1], margin)
        else:
            _margin(rows[0][1], rows[1][1], margin)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        _margin(lost[best], sorted(lost)[-2], margin)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per event at one step ----------

def ev_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def ev_top_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    if lowest:
        _margin(rows[1][1], rows[0][1], margin)
    else:
        _margin(rows[0][1], rows[1][1], margin)
    return dict(top_entity=rows[0][0])


def ev_count(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def ev_change(tp, a, b, cond="1=1"):
    x = ev_count(tp, *a, cond)["value"]
    y = ev_count(tp, *b, cond)["value"]
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def ev_agg(tp, expr, start, end, cond="1=1", agg="sum", rel=0.002):
    v = float(one(f"SELECT {agg}({expr}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, abs(v) * rel), 2))


def ev_top_sum(tp, expr, by, start, end, margin=1.15):
    rows = q(f"SELECT {by}, sum({expr}) v FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY v DESC")
    _margin(rows[0][1], rows[1][1], margin)
    return dict(top_entity=rows[0][0])


def most_common(tp, col, cond="1=1", margin=1.5):
    rows = q(f"SELECT {col}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND ({cond}) AND {col} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _margin(rows[0][1], rows[1][1], margin)
    return dict(top_entity=rows[0][0])


# ---------- per application ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, row_number() OVER (PARTITION BY session_id ORDER BY ts, event_id)
               rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond}) AND session_id IS NOT NULL) WHERE rn = 1)"""


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", agg="median", unit="hours"):
    v = one(f"""SELECT {agg}(epoch(b.ts - a.ts) / {UNITS[unit]}) FROM {_first(a_tp)} a JOIN {_first(b_tp, b_cond)} b
                USING (session_id) WHERE b.ts > a.ts AND {_in('a.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.05 if unit != "minutes" else 0.5, v * 0.03), 3))


def overdue_rate(start, end, cond="1=1"):
    v = one(f"""SELECT avg((o.session_id IS NOT NULL)::int) FROM events d
                LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_overdue') o USING (session_id)
                WHERE d.touchpoint_id = 'tp_disburse' AND {_in('d.due_date', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_overdue(by, start, end, margin=2.0):
    rows = q(f"""SELECT {by}, avg((o.session_id IS NOT NULL)::int) r FROM events d
                 LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_overdue') o
                 USING (session_id) WHERE d.touchpoint_id = 'tp_disburse' AND {_in('d.due_date', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    _margin(rows[0][1], rows[1][1], margin)
    return dict(top_entity=rows[0][0])


def recovered_within(start, end, days=60):
    v = one(f"""SELECT avg((r.session_id IS NOT NULL)::int) FROM {_first('tp_overdue')} o
                LEFT JOIN {_first('tp_repay')} r ON r.session_id = o.session_id AND r.ts <= o.ts + INTERVAL {days} DAY
                WHERE {_in('o.ts', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- onboarding per company ----------

def signup_to_active(start, end, agg="median"):
    v = one(f"""SELECT {agg}(epoch(a.t - s.t) / 86400.0) FROM
                (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_signup' GROUP BY 1) s JOIN
                (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_activated' GROUP BY 1) a
                USING (customer_id) WHERE {_in('s.t', start, end)}""")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def revenue(start, end, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def revenue_change(a, b, cond="1=1"):
    x = revenue(*a, cond)["value"]
    y = revenue(*b, cond)["value"]
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def top_revenue(by, start, end, cond="1=1", margin=1.15, join=False):
    j = "JOIN customers c USING (customer_id)" if join else ""
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o {j} WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _margin(rows[0][1], rows[1][1], margin)
    return dict(top_entity=rows[0][0])


def per_supplier(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o LEFT JOIN customers c
                USING (customer_id) WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_per_supplier(by, start, end, margin=1.3):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v FROM orders o JOIN customers c
                 USING (customer_id) WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    _margin(rows[0][1], rows[1][1], margin)
    return dict(top_entity=rows[0][0])


def cust_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def cust_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def cust_top(by, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _margin(rows[0][1], rows[1][1], margin)
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _has(topic):
    return f"list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')"


def check_topic(cond, topic):
    """the text markers must agree with the generator's truth, both ways."""
    extra = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) AND NOT {_has(topic)}")
    miss = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE {_has(topic)} AND NOT ({cond})")
    assert extra == 0 and miss == 0, (topic, extra, miss)


def fb_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE ({cond}) AND {period}")
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


def fb_lowest(by, cond, min_n, gap=0.3):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > gap, rows[:3]
    return dict(top_entity=rows[0][0])


def fb_top_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
JAN_MAY_26 = ("2026-01-01", "2026-05-31")
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26 = quarter(2026, 1)
ALL = ("2025-01-01", "2026-05-31")
MEIJIA_DUE = ("2025-10-01", "2026-03-31")
(LANDING, SIGNUP, KYC_SUBMIT, KYC_REVIEW, ACTIVATED, UPLOAD, CONFIRM, REVIEW, OFFER, DISBURSE, REPAY, OVERDUE,
 COLLECTION, SUPPORT, RATE, REPEAT) = (
    "tp_landing", "tp_signup", "tp_kyc_submit", "tp_kyc_review", "tp_activated", "tp_invoice_upload",
    "tp_buyer_confirm", "tp_credit_review", "tp_offer", "tp_disburse", "tp_repay", "tp_overdue", "tp_collection",
    "tp_support", "tp_rate", "tp_repeat")
APP = "f.channel = 'app_review'"
PAID = "o.status = 'paid'"
KYC_T = _like("f.text", ["补件", "documents"])
UPLOAD_T = _like("f.text", ["上传发票", "upload"])
CONFIRM_T = _like("f.text", ["确权", "confirm"])
FEE_T = _like("f.text", ["服务费", "费率", "手续费", "fee"])
SLOW_T = _like("f.text", ["到账", "arrive"])
FAST_T = _like("f.text", ["秒批", "速度很快", "funds landed"])
HARSH_T = _like("f.text", ["催收", "collection"])
AM_T = _like("f.text", ["客户经理", "account manager"])
TOPICS = ((KYC_T, "kyc_docs"), (UPLOAD_T, "upload_fail"), (CONFIRM_T, "confirm_slow"), (FEE_T, "fee_high"),
          (SLOW_T, "payout_slow"), (FAST_T, "fast"), (HARSH_T, "collection_harsh"), (AM_T, "helpful_am"))


def gold():
    return {
        # ---- funnels / conversion
        "fx01": lambda: conv("onboarding", *Y25),
        "fx02": lambda: rank_conv("onboarding", *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "fx03": lambda: conv("onboarding", *Y25, cond="c.acquisition_channel = 'buyer_referral'"),
        "fx04": lambda: top_lost("financing", *Q1_26),
        "fx05": lambda: top_lost("financing", *H2_25, margin=1.2),
        "fx06": lambda: conv("financing", *Y25),
        "fx07": lambda: conv("repeat", *H1_25, unbounded_only=True),
        "fx08": lambda: ev_top_share(OFFER, "e.action = 'reject'", "e.\"风险等级\"", *H2_25, margin=1.2),
        "fx09": lambda: recovered_within(*Q4_25),
        # ---- outcome rates at a step
        "fx10": lambda: ev_share(OFFER, "e.action = 'reject'", *H2_25),
        "fx11": lambda: ev_share(OFFER, "e.action = 'reject'", *H1_25),
        "fx12": lambda: ev_top_share(CONFIRM, "e.action = 'disputed'", "e.buyer_en", *ALL, margin=2.5),
        "fx13": lambda: ev_share(CONFIRM, "e.action = 'expired'", *ALL, "e.buyer_id = 'B06'"),
        "fx14": lambda: top_overdue("d.buyer_en", *MEIJIA_DUE, margin=3.0),
        "fx15": lambda: overdue_rate(*MEIJIA_DUE, "d.buyer_id = 'B03'"),
        "fx16": lambda: overdue_rate(*Y25),
        "fx17": lambda: ev_share(REVIEW, "e.action = 'approved'", *Y25, "e.risk_grade = 'C'"),
        "fx18": lambda: ev_share(REVIEW, "e.action = 'declined'", "2025-12-01", "2026-05-31", "e.buyer_id = 'B03'"),
        "fx19": lambda: ev_share(KYC_REVIEW, "e.action = 'returned'", *Y25),
        "fx20": lambda: most_common(KYC_REVIEW, "e.return_reason", "e.action = 'returned'"),
        "fx21": lambda: ev_share(UPLOAD, "e.action = 'fail'", *month(2026, 4), "e.device = 'android'"),
        "fx22": lambda: ev_share(UPLOAD, "e.action = 'fail'", *month(2026, 4), "e.device = 'ios'"),
        "fx23": lambda: ev_top_share(UPLOAD, "e.action = 'fail'", "e.app_version", *ALL, margin=3.0),
        # ---- times
        "fx24": lambda: step_time(CONFIRM, REVIEW, "2026-01-01", "2026-02-28", unit="hours"),
        "fx25": lambda: step_time(CONFIRM, REVIEW, "2026-04-01", "2026-05-31", unit="minutes"),
        "fx26": lambda: step_time(UPLOAD, CONFIRM, *Y25, "a.buyer_id = 'B06'", b_cond="action = 'confirmed'",
                                  unit="hours"),
        "fx27": lambda: step_time(UPLOAD, DISBURSE, *Y25, unit="days"),
        "fx28": lambda: step_time(OFFER, DISBURSE, *month(2026, 2), "a.action = 'accept'", unit="hours"),
        "fx29": lambda: signup_to_active(*Y25),
        "fx30": lambda: ev_agg(REPAY, "e.days_past_due", *JAN_MAY_26, "e.buyer_id = 'B03' AND e.action = "
                               "'repaid_late'", agg="avg", rel=0.03),
        # ---- money
        "fx31": lambda: revenue(*Y25),
        "fx32": lambda: revenue(*Q1_26),
        "fx33": lambda: revenue(*Q4_25),
        "fx34": lambda: ev_agg(DISBURSE, "e.advance_amount", *month(2026, 4)),
        "fx35": lambda: revenue(*month(2026, 5), "o.fee_type = 'service_fee'"),
        "fx36": lambda: revenue(*Y25, "o.fee_type = 'late_fee'", status="cancelled"),
        "fx37": lambda: top_revenue('c.region', *Y25, join=True, margin=1.2),
        "fx38": lambda: revenue_change(H1_25, H2_25),
        "fx39": lambda: ev_agg(DISBURSE, "e.advance_amount", *JAN_MAY_26, agg="avg"),
        "fx40": lambda: per_supplier(*Y25),
        "fx41": lambda: top_per_supplier('c."企业规模"', *Y25),
        # ---- volumes / trends
        "fx43": lambda: ev_count(DISBURSE, *month(2026, 3)),
        "fx44": lambda: ev_count(DISBURSE, *month(2026, 4)),
        "fx45": lambda: ev_count(UPLOAD, "2025-12-08", "2025-12-14"),
        "fx48": lambda: ev_change(DISBURSE, Q4_25, Q1_26),
        "fx49": lambda: ev_count(COLLECTION, *JAN_MAY_26, "e.action = 'call'"),
        "fx50": lambda: ev_count(SIGNUP, *Q2_25),
        # ---- customers
        "fx51": lambda: cust_count("c.\"省份\" = '广东' AND c.risk_grade = 'A'"),
        "fx52": lambda: cust_share("c.company_size = 'micro'"),
        "fx53": lambda: cust_top('c."省份"', "c.\"省份\" <> '广东'", margin=1.05),
        "fx54": lambda: cust_count("c.segment = 'delinquent'"),
        # ---- feedback
        "fx56": lambda: fb_count(HARSH_T),
        "fx57": lambda: fb_top_count("f.buyer_en", CONFIRM_T, margin=2.0),
        "fx58": lambda: fb_count(FEE_T, _in("f.ts", *H2_25)),
        "fx59": lambda: fb_count(UPLOAD_T),
        "fx60": lambda: fb_avg(f"{APP} AND {_in('f.ts', *JAN_MAY_26)}"),
        "fx61": lambda: fb_lowest("f.touchpoint_id", "1=1", 20, gap=0.5),
        "fx62": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "fx63": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "fx64": lambda: fb_ids(KYC_T),
        "fx65": lambda: fb_count("f.channel = 'wechat'"),
        "fx66": lambda: fb_count(SLOW_T),
        "fx67": lambda: fb_count(FAST_T),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        for cond, topic in TOPICS:
            check_topic(cond, topic)
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
