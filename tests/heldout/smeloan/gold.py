"""Gold answers for the 润企贷 RunQi Capital small-business working-capital lending held-out batch, from plain
DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "merchants" / "customers" = customer_id (one business: a lead, an applicant or a borrower). Customer attributes
  (industry 行业, acquisition channel, province, repayment bank) are read from customers.csv; the lead source of a
  lead is the tp_lead row's own `lead_source` (the same as the customer's acquisition_channel);
- funnels follow DATA.md: a customer reaches step k with an event (any action: a failed authorisation attempt, a
  rejected score, a declined offer or a failed drawdown is still an event at that touchpoint) at step k's
  touchpoint after reaching step k-1, within the journey window from their first step-1 event in the period
  (origination 30 d, lead_conversion 30 d, renewal 14 d); rates are per customer; the tolerance covers both
  readings (later steps allowed after the period end, or not). "Where do we lose the most merchants" = the step
  whose next step is not reached by the most customers (the loss between k and k+1 is attributed to step k).
  "By lead source" keeps only step-1 (tp_lead) rows of that lead_source;
- per-event rates count event rows in the period (by the row's ts): authorisation / e-sign failure rate = `failed`
  rows / all rows of that touchpoint (every attempt); auto-pass / refer / reject shares over tp_risk_scoring rows;
  manual-review approval rate = `approved` / (`approved` + `rejected`); withdrawn share = `withdrawn` / all
  tp_manual_review rows; offer decline share = `declined` / all tp_offer rows (accepted, declined, expired);
  auto-debit failure rate = `debit_failed` / (`paid` + `debit_failed`) tp_repayment rows (one of the two per
  instalment on its due date; `paid_late` rows are the later settlement); collection calls = tp_collection rows
  with method `call` (SMS reminders and the system write-off rows excluded); promise-to-pay share over calls;
  hotline abandonment = `abandoned` / all tp_hotline rows;
- durations from the row's own columns: manual review turnaround = review_hours of `approved` / `rejected` rows
  (period by the decision's ts), payout time = disburse_minutes of `success` drawdowns, days past due =
  days_past_due of `paid_late` rows, hotline wait = wait_seconds of all tp_hotline rows;
- loans = `success` tp_drawdown rows (one drawdown = one loan_id), amount lent = sum of their drawdown_amount (CNY);
  new borrowers = customers whose first `success` drawdown falls in the period; write-offs = tp_collection rows
  `written_off`; early payoffs = tp_early_repay rows; renewal / top-up requests = tp_renewal rows by renewal_type;
- money is CNY income from orders with status `paid` by order time (interest 利息, service_fee 服务费,
  penalty_interest 罚息, early_repayment_fee 提前还款手续费); `waived` penalty interest and `refunded` service fees
  are not income; principal is not in orders;
- feedback: topic counts by text markers with a 5 % tolerance (checked against _truth/feedback_truth.csv); "all
  data" includes rows without ts; NPS = share 9-10 minus share 0-6 of nps_survey rows (a fraction); CSAT = rating of
  channel `csat`; app-store reviews = channel `app_review`;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday; zh top entities are the Chinese twin values (失败原因, 拒绝原因,
  放弃原因, 扣款失败原因, 费用类型, 行业) where the table has one, en ones the stored English value or touchpoint_id.
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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def _lead(rows, margin, lowest=False):
    """the winner must clearly beat the runner-up (ratio `margin`)."""
    a, b = rows[0][1], rows[1][1]
    if lowest:
        assert b > a * margin, rows[:4]
    else:
        assert a > b * margin, rows[:4]


def _count(n):
    return dict(value=int(n), tolerance=0.5)


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def _median(v, floor=0.1):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, v * 0.03), 3))


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, first_cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM events e WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}
                    AND ({first_cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, first_cond="1=1"):
    vals = [funnel(journey, start, end, bounded=b, first_cond=first_cond) for b in (False, True)]
    vals = [c[-1] / c[0] for c in vals]
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def rank_conv(journey, start, end, col, values, lowest=True, margin=1.3):
    tops = set()
    for bounded in (False, True):
        rows = []
        for v in values:
            c = funnel(journey, start, end, bounded=bounded, first_cond=f"{col} = '{v}'")
            rows.append((v, c[-1] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        _lead(rows, margin, lowest)
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
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- events ----------

def _ev(tp, start, end, cond):
    per = _in("e.ts", start, end) if start else "1=1"
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {per} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) {_ev(tp, start, end, cond)}"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_sum(tp, col, start, end, cond="1=1"):
    return _money(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}"))


def events_avg(tp, col, start, end, cond="1=1", rel=0.01):
    v = float(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, abs(v) * rel), 2))


def events_median(tp, col, start, end, cond="1=1"):
    return _median(one(f"SELECT median({col}) {_ev(tp, start, end, cond)}"))


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_sum(tp, by, col, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, sum({col}) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, by, col, start, end, cond="1=1", margin=1.2, lowest=False, min_n=30):
    rows = q(f"SELECT {by}, avg({col}) n, count(*) {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def new_borrowers(start, end):
    return _count(one(f"""SELECT count(*) FROM (SELECT customer_id, min(ts) t FROM events
                          WHERE touchpoint_id = 'tp_drawdown' AND action = 'success' GROUP BY 1)
                          WHERE {_in('t', start, end)}"""))


# ---------- orders ----------

def _ord(start, end, kind, cond="1=1", status="paid"):
    per = _in("o.ts", start, end) if start else "1=1"
    k = f"o.order_type = '{kind}'" if kind else "1=1"
    st = f"o.status = '{status}'" if status else "1=1"
    return f"FROM orders o WHERE {k} AND {st} AND {per} AND ({cond})"


def revenue(start, end, kind, cond="1=1"):
    return _money(one(f"SELECT coalesce(sum(o.amount), 0) {_ord(start, end, kind, cond)}"))


def orders_count(start, end, kind, status="paid", cond="1=1"):
    return _count(one(f"SELECT count(*) {_ord(start, end, kind, cond, status)}"))


def revenue_change(p0, p1, kind):
    a = one(f"SELECT sum(o.amount) {_ord(*p0, kind)}")
    b = one(f"SELECT sum(o.amount) {_ord(*p1, kind)}")
    return _rate((b - a) / a)


def top_revenue(by, start, end, kind, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, sum(o.amount) s {_ord(start, end, kind, cond)} GROUP BY 1 ORDER BY s DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def _has_truth():
    return bool(q("SELECT 1 FROM information_schema.tables WHERE table_name = 'truth'"))


def _check_topic(cond, topic):
    extra = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
                f"AND truth.topic <> '{topic}'")
    missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                 f"WHERE truth.topic = '{topic}' AND NOT ({cond})")
    assert extra == 0 and missed == 0, (topic, extra, missed)


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_score(cond):
    return _rate(one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
                     f"LEFT JOIN customers c USING (customer_id) WHERE f.nps IS NOT NULL AND {cond}"))


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, steps, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q4_25, Q1_26, Q2_26 = quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
OCT25, NOV25, JAN26, MAR26, JUN26 = month(2025, 10), month(2025, 11), month(2026, 1), month(2026, 3), month(2026, 6)
(LEAD, APP, AUTH, SCORE, REVIEW, OFFER, ESIGN, DRAW, REPAY, COLL, EARLY, RENEW, HOTLINE) = (
    "tp_lead", "tp_application", "tp_authorization", "tp_risk_scoring", "tp_manual_review", "tp_offer", "tp_esign",
    "tp_drawdown", "tp_repayment", "tp_collection", "tp_early_repay", "tp_renewal", "tp_hotline")
MARKERS = {
    "tax_auth": ["税务授权", "tax authoris"], "face": ["人脸", "face scan"], "review_slow": ["人工审核", "manual review"],
    "limit_low": ["额度", "credit limit"], "rate_high": ["利率", "interest rate"], "esign": ["电子签", "e-sign"],
    "fast_payout": ["到账", "money arrived"], "debit_fail": ["扣款失败", "auto-debit"],
    "collection": ["催收", "collection call", "debt collector"], "prepay_fee": ["提前还款", "early repayment"],
    "hotline": ["客服电话", "hotline"], "account_mgr": ["客户经理", "account manager"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
CALLS = "e.method = 'call'"
DUE = "e.action IN ('paid', 'debit_failed')"
SOURCES = ["baidu_sem", "douyin", "meituan", "tax_platform", "bank_referral", "accountant", "telesales", "referral",
           "organic"]


def gold():
    return {
        # ---- funnels and conversion
        "sl01": lambda: conv("origination", *Q4_25),
        "sl02": lambda: top_lost("origination", *H1_26),
        "sl03": lambda: rank_conv("lead_conversion", *Y25, "e.lead_source", SOURCES, margin=2.0),
        "sl04": lambda: conv("lead_conversion", *Y25, "e.lead_source = 'tax_platform'"),
        "sl05": lambda: conv("lead_conversion", *Y25),
        # ---- authorisation
        "sl06": lambda: events_share(AUTH, "e.action = 'failed'", *NOV25),
        "sl07": lambda: events_share(AUTH, "e.action = 'failed'", *OCT25),
        "sl08": lambda: top_events_count(AUTH, 'e."失败原因"', *NOV25, "e.action = 'failed'", margin=2.0),
        "sl09": lambda: top_events_avg(AUTH, "e.province", "(e.action = 'failed')::int", *NOV25, margin=2.0),
        # ---- risk scoring and manual review
        "sl10": lambda: events_share(SCORE, "e.action = 'pass'", *Y25),
        "sl11": lambda: top_events_count(SCORE, 'e."拒绝原因"', *Y25, "e.action = 'reject'", margin=1.15),
        "sl12": lambda: events_share(SCORE, "e.action = 'refer'", *H1_26),
        "sl13": lambda: events_median(REVIEW, "e.review_hours", *MAR26, "e.action IN ('approved', 'rejected')"),
        "sl14": lambda: events_median(REVIEW, "e.review_hours", *JAN26, "e.action IN ('approved', 'rejected')"),
        "sl15": lambda: events_share(REVIEW, "e.action = 'withdrawn'", *MAR26),
        "sl16": lambda: events_share(REVIEW, "e.action = 'approved'", *Y25, "e.action IN ('approved', 'rejected')"),
        # ---- offers and e-signing
        "sl17": lambda: events_share(OFFER, "e.action = 'declined'", *Q1_26),
        "sl18": lambda: top_events_count(OFFER, 'e."放弃原因"', *Y25, "e.action = 'declined'", margin=1.8),
        "sl19": lambda: top_events_avg(ESIGN, "e.esign_provider", "(e.action = 'failed')::int", *Y25, margin=1.4),
        # ---- drawdowns
        "sl20": lambda: events_at(DRAW, *Q2_26, "e.action = 'success'"),
        "sl21": lambda: events_sum(DRAW, "e.drawdown_amount", *Q2_26, "e.action = 'success'"),
        "sl22": lambda: events_sum(DRAW, "e.drawdown_amount", *H1_26, "e.action = 'success'"),
        "sl23": lambda: top_events_sum(DRAW, 'c."行业"', "e.drawdown_amount", *Y25, "e.action = 'success'",
                                       margin=1.15),
        "sl24": lambda: events_avg(DRAW, "e.drawdown_amount", *Y25, "e.action = 'success'"),
        "sl25": lambda: events_median(DRAW, "e.disburse_minutes", *Y25, "e.action = 'success'"),
        # ---- repayments, overdue, collections
        "sl26": lambda: events_share(REPAY, "e.action = 'debit_failed'", *Q1_26, DUE),
        "sl27": lambda: events_share(REPAY, "e.action = 'debit_failed'", *Q1_26, f"{DUE} AND c.industry = 'catering'"),
        "sl28": lambda: top_events_avg(REPAY, "c.repay_bank", "(e.action = 'debit_failed')::int", *Y25, DUE,
                                       margin=1.8),
        "sl29": lambda: top_events_count(REPAY, "e.debit_fail_reason", *Y25, "e.action = 'debit_failed'", margin=1.3),
        "sl30": lambda: events_avg(REPAY, "e.days_past_due", *H1_26, "e.action = 'paid_late'"),
        "sl31": lambda: events_at(COLL, *H1_26, "e.action = 'written_off'"),
        "sl32": lambda: top_events_avg(COLL, "e.collector", "(e.contact_target = 'emergency_contact')::int", None,
                                       None, CALLS, margin=1.4),
        "sl33": lambda: events_share(COLL, "e.action = 'promise_to_pay'", *Y25, CALLS),
        "sl34": lambda: events_at(COLL, *Q1_26, CALLS),
        "sl35": lambda: top_events_count(COLL, 'c."行业"', *Q1_26, CALLS, margin=2.0),
        # ---- money
        "sl36": lambda: revenue(*Q2_26, "interest"),
        "sl37": lambda: revenue(*Y25, "interest"),
        "sl38": lambda: top_revenue("o.province", *Y25, "interest", margin=1.25),
        "sl39": lambda: revenue(*Y25, "interest", "o.province = 'Zhejiang'"),
        "sl40": lambda: revenue_change(H1_25, H1_26, "interest"),
        "sl41": lambda: top_revenue('o."费用类型"', *Y25, None, "o.order_type <> 'interest'", margin=2.0),
        "sl42": lambda: orders_count(*Y25, "penalty_interest", status="waived"),
        "sl43": lambda: revenue(*H1_26, "early_repayment_fee"),
        "sl44": lambda: revenue(*Y25, None),
        # ---- early payoff, renewal, top-up
        "sl45": lambda: events_at(EARLY, *Y25),
        "sl46": lambda: events_share(RENEW, "e.action = 'rejected'", None, None, "e.renewal_type = 'top_up'"),
        "sl47": lambda: events_share(RENEW, "e.action = 'rejected'", None, None, "e.renewal_type = 'renewal'"),
        "sl48": lambda: conv("renewal", *H1_26),
        # ---- hotline
        "sl49": lambda: events_share(HOTLINE, "e.action = 'abandoned'", *MAR26),
        "sl50": lambda: fb_avg(f"f.channel = 'csat' AND {_in('f.ts', *Y25)}"),
        # ---- feedback
        "sl51": lambda: top_fb_count("f.touchpoint_id", T["collection"], margin=5),
        "sl52": lambda: fb_count(T["collection"]),
        "sl53": lambda: fb_count(T["tax_auth"], _in("f.ts", *NOV25)),
        "sl54": lambda: nps_score(f"f.channel = 'nps_survey' AND {_in('f.ts', *H2_25)}"),
        "sl55": lambda: nps_score(f"f.channel = 'nps_survey' AND {_in('f.ts', *H1_26)}"),
        "sl56": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'app_review' AND f.rating IS NOT NULL AND "
                                                  f"{_in('f.ts', *H1_26)}"),
        "sl57": lambda: fb_count(T["review_slow"], _in("f.ts", *MAR26)),
        "sl58": lambda: feedback_ids(T["fast_payout"]),
        "sl59": lambda: top_fb_count("f.touchpoint_id", T["rate_high"], margin=5),
        # ---- relative periods (as_of)
        "sl60": lambda: events_at(DRAW, *JUN26, "e.action = 'success'"),
        "sl61": lambda: revenue(*Q1_26, "interest"),
        "sl62": lambda: events_at(REVIEW, "2026-03-09", "2026-03-15"),
        "sl63": lambda: events_at(RENEW, "2026-01-01", "2026-07-31"),
        "sl64": lambda: new_borrowers(*H2_25),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # one drawdown success per loan_id
    assert one("SELECT count(*) - count(DISTINCT loan_id) FROM events WHERE touchpoint_id = 'tp_drawdown' "
               "AND action = 'success'") == 0
    # every instalment has exactly one of paid / debit_failed
    assert one("SELECT count(*) FROM (SELECT loan_id, installment_no FROM events WHERE touchpoint_id = 'tp_repayment' "
               "AND action IN ('paid', 'debit_failed') GROUP BY 1, 2 HAVING count(*) > 1)") == 0


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if _has_truth():
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
    langs = [it["lang"] for it in items]
    stats = [it["expect"]["status"] for it in items]
    print(f"{len(items)} items: zh {langs.count('zh')} / en {langs.count('en')}; "
          f"ok {stats.count('ok')}, unsupported {stats.count('unsupported')}, clarify {stats.count('clarify')}; "
          f"follow-ups {sum('follow_up_of' in it for it in items)}; as_of {sum('as_of' in it for it in items)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
