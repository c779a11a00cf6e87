"""Gold answers for the 学桥助学贷 BridgeScholar Lending private student-loan held-out batch, from plain DuckDB SQL
over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "students" / "borrowers" / "applicants" = customer_id (one student; the co-signer is not a separate customer).
  Customer attributes (study country, school type 院校类型, program level 学历层次, field 专业类别, co-signer) come from
  customers.csv; the ad platform of a click is the tp_ad_click row's own `ad_platform`;
- funnels follow DATA.md: a student reaches step k with an event (any action: a rejected upload, a declined credit
  check, a declined or expired offer, a failed signature is still an event at that touchpoint) at step k's
  touchpoint after reaching step k-1, within 60 days of their first step-1 event in the period; rates are per
  student; the tolerance covers both readings (later steps allowed after the period end, or not). "Where do we lose
  the most" = the step whose next step is not reached by the most students (loss between k and k+1 counts at k).
  "By ad platform" keeps only step-1 (tp_ad_click) rows of that ad_platform;
- per-event rates count event rows in the period (by the row's ts): upload rejection rate = `rejected` / all
  tp_doc_upload rows (every upload attempt); credit approval rate = `approved` / all tp_credit_check rows; offer
  decline / expiry share over all tp_offer rows (accepted, declined, expired); co-signer e-sign failure = `failed` /
  all tp_esign rows with signer_role cosigner; missed-payment rate = `missed` / (`paid` + `missed`) tp_repayment
  rows (one of the two per instalment on its due date; `paid_late` rows are the later settlement); collection calls =
  tp_collections rows with method `call` (SMS reminders and charge-offs excluded); support abandonment = `abandoned`
  / all tp_support rows; deferment rejection share = `rejected` / all tp_deferment rows;
- durations from the rows' own columns: certification days = cert_days of the first `disbursed` row of a loan
  (disbursement_no 1), credit decision time = decision_hours of tp_credit_check rows, days late = days_late of
  `paid_late` rows, support wait = wait_seconds of all tp_support rows;
- money = orders with status `paid` by order time, `amount` in USD (fixed budget rates): disbursements (sent to
  schools; `returned` ones excluded), repayments (scheduled, late and catch-up instalments), payoffs and late fees
  (`waived` late fees are not money received); local-currency questions use amount_local of that currency;
- feedback: topic counts by text markers with a 5 % tolerance (checked against _truth/feedback_truth.csv); "all
  data" includes rows without ts; NPS = share 9-10 minus share 0-6 of channel `nps` (a fraction); post-funding
  survey = channel `survey` (1-5); support CSAT = channel `csat`; app-store reviews = channel `app_review`;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday; zh top entities are the Chinese twin values (退回原因, 拒绝原因,
  放弃原因, 未还原因, 延期类型, 驳回原因, 结清原因, 来电事由) where the column has one, en ones the stored English value
  or touchpoint_id.
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


# ---------- funnels (per student, DATA.md rule) ----------

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
                    FROM events e LEFT JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({first_cond})
                    GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, first_cond="1=1", upto=None):
    vals = []
    for b in (False, True):
        c = funnel(journey, start, end, bounded=b, first_cond=first_cond)
        vals.append(c[(upto or len(c)) - 1] / c[0])
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


def distinct_customers(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(DISTINCT e.customer_id) {_ev(tp, start, end, cond)}"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_avg(tp, col, start, end, cond="1=1", rel=0.01):
    v = float(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, abs(v) * rel), 2))


def events_median(tp, col, start, end, cond="1=1"):
    return _median(one(f"SELECT median({col}) {_ev(tp, start, end, cond)}"))


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, by, col, start, end, cond="1=1", margin=1.2, lowest=False, min_n=30):
    rows = q(f"SELECT {by}, avg({col}) n, count(*) {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


# ---------- orders (USD unless local) ----------

def _ord(start, end, kind, cond="1=1", status="paid"):
    per = _in("o.ts", start, end) if start else "1=1"
    k = f"o.order_type = '{kind}'" if kind else "1=1"
    st = f"o.status = '{status}'" if status else "1=1"
    return f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE {k} AND {st} AND {per} AND ({cond})"


def money(start, end, kind, cond="1=1", col="o.amount"):
    return _money(one(f"SELECT coalesce(sum({col}), 0) {_ord(start, end, kind, cond)}"))


def money_avg(start, end, kind, cond="1=1"):
    v = float(one(f"SELECT avg(o.amount) {_ord(start, end, kind, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.01), 2))


def orders_count(start, end, kind, status="paid", cond="1=1"):
    return _count(one(f"SELECT count(*) {_ord(start, end, kind, cond, status)}"))


def top_money(by, start, end, kind, cond="1=1", margin=1.2):
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
                     f"WHERE f.nps IS NOT NULL AND {cond}"))


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, steps, markers ----------

H2_24, Y25 = ("2024-07-01", "2024-12-31"), ("2025-01-01", "2025-12-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1)
JUL25, AUG25, DEC25, JAN26, MAY26 = month(2025, 7), month(2025, 8), month(2025, 12), month(2026, 1), month(2026, 5)
ALL = (None, None)
(AD, SCHOOL, APP, DOCS, CREDIT, OFFER, ESIGN, DISB, GRACE, REPAY, DEFER, COLL, PAYOFF, SUPPORT) = (
    "tp_ad_click", "tp_school_referral", "tp_application", "tp_doc_upload", "tp_credit_check", "tp_offer",
    "tp_esign", "tp_disbursement", "tp_grace", "tp_repayment", "tp_deferment", "tp_collections", "tp_payoff",
    "tp_support")
MARKERS = {
    "upload": ["上传", "upload"], "cosigner": ["共同借款人", "co-signer", "cosigner"], "rate": ["利率", "interest rate"],
    "disb_delay": ["学校没收到", "学校还没收到", "disbursement"], "autopay": ["自动扣款", "autopay"],
    "collections": ["催收", "collections", "collector"], "deferment": ["延期", "deferment", "forbearance"],
    "grace": ["宽限期", "grace period"], "fast_approval": ["很快就批", "approved quickly"],
    "support": ["客服", "customer service"], "payoff": ["结清", "paid off"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
DUE = "e.action IN ('paid', 'missed')"
CALLS = "e.method = 'call'"
PLATFORMS = ["google_search", "meta", "tiktok", "baidu", "xiaohongshu", "wechat", "douyin"]


def gold():
    first_disb = "e.action = 'disbursed' AND e.disbursement_no = 1"
    return {
        # ---- funnels and acquisition
        "stl01": lambda: conv("loan_origination", *Q3_25),
        "stl02": lambda: top_lost("loan_origination", *H1_25, margin=1.5),
        "stl03": lambda: rank_conv("ad_to_loan", *Y25, "e.ad_platform", PLATFORMS, margin=2.0),
        "stl04": lambda: conv("ad_to_loan", *Y25, "e.ad_platform = 'google_search'"),
        "stl05": lambda: conv("school_to_loan", *Y25),
        "stl06": lambda: conv("ad_to_loan", *Y25),
        "stl07": lambda: distinct_customers(AD, "2025-08-18", "2025-08-24"),
        "stl08": lambda: events_share(APP, "e.returning_borrower", *Y25, "e.action = 'submitted'"),
        # ---- documents
        "stl09": lambda: events_share(DOCS, "e.action = 'rejected'", *AUG25),
        "stl10": lambda: events_share(DOCS, "e.action = 'rejected'", *JUL25),
        "stl11": lambda: top_events_count(DOCS, "e.reject_reason", *AUG25, "e.action = 'rejected'", margin=1.5),
        "stl12": lambda: top_events_avg(DOCS, "e.device", "(e.action = 'rejected')::int", *AUG25, margin=2.0),
        # ---- credit check
        "stl13": lambda: events_share(CREDIT, "e.action = 'approved'", *Y25, "NOT e.cosigner_used"),
        "stl14": lambda: events_share(CREDIT, "e.action = 'approved'", *Y25, "e.cosigner_used"),
        "stl15": lambda: top_events_count(CREDIT, 'e."拒绝原因"', *Y25, "e.action = 'declined'", margin=1.5),
        "stl16": lambda: events_at(CREDIT, *Q4_25, "e.action = 'declined'"),
        "stl17": lambda: events_share(CREDIT, "e.action = 'approved'", *Q1_26),
        # ---- offers and e-sign
        "stl18": lambda: top_events_avg(OFFER, "c.region", "(e.action = 'declined')::int", *Y25, margin=1.5),
        "stl19": lambda: top_events_count(OFFER, 'e."放弃原因"', *ALL, "e.action = 'declined' AND c.region = "
                                          "'Australia'", margin=1.5),
        "stl20": lambda: events_avg(OFFER, "e.apr", *Y25, "e.action = 'accepted'"),
        "stl21": lambda: events_share(OFFER, "e.in_school_plan = 'full_deferment'", *Y25, "e.action = 'accepted'"),
        "stl22": lambda: events_share(OFFER, "e.action = 'expired'", *H1_26),
        "stl23": lambda: events_share(ESIGN, "e.action = 'failed'", *Y25, "e.signer_role = 'cosigner'"),
        # ---- disbursements
        "stl24": lambda: money(*Q3_25, "disbursement"),
        "stl25": lambda: top_money('c."国家"', *Y25, "disbursement", margin=1.3),
        "stl26": lambda: money(*Y25, "disbursement", "o.currency = 'CNY'", col="o.amount_local"),
        "stl27": lambda: events_median(DISB, "e.cert_days", *ALL, f"{first_disb} AND c.school_type = 'vocational'"),
        "stl28": lambda: events_median(DISB, "e.cert_days", *ALL, f"{first_disb} AND c.school_type = 'university'"),
        "stl29": lambda: top_money("o.school_name", *Y25, "disbursement", margin=1.1),
        "stl30": lambda: distinct_customers(DISB, *H2_25, "e.action = 'disbursed'"),
        # ---- grace and repayment
        "stl31": lambda: events_at(GRACE, *Q4_25, "e.action = 'ending_notice'"),
        "stl32": lambda: events_share(REPAY, "e.action = 'missed'", *JAN26, DUE),
        "stl33": lambda: events_share(REPAY, "e.action = 'missed'", *DEC25, DUE),
        "stl34": lambda: top_events_count(REPAY, 'e."未还原因"', *JAN26, "e.action = 'missed'", margin=2.0),
        "stl35": lambda: top_events_avg(REPAY, "c.program_level", "(e.action = 'missed')::int", *Y25, DUE,
                                        margin=1.4),
        "stl36": lambda: events_avg(REPAY, "e.days_late", *H1_26, "e.action = 'paid_late'"),
        "stl37": lambda: money(*Y25, "repayment"),
        "stl38": lambda: money(*H1_26, "payoff"),
        "stl39": lambda: orders_count(*JAN26, "late_fee", status="waived"),
        "stl40": lambda: money(*Y25, "late_fee"),
        # ---- deferment, collections, payoff
        "stl41": lambda: events_at(DEFER, *Y25, "e.action = 'approved'"),
        "stl42": lambda: events_share(DEFER, "e.action = 'rejected'", *ALL),
        "stl43": lambda: top_events_count(DEFER, "e.deferment_type", *ALL, margin=1.15),
        "stl44": lambda: top_events_count(DEFER, 'e."驳回原因"', *ALL, "e.action = 'rejected'", margin=1.4),
        "stl45": lambda: events_at(COLL, *H1_26, "e.action = 'charged_off'"),
        "stl46": lambda: events_at(COLL, *H2_25, "e.action = 'charged_off'"),
        "stl47": lambda: events_share(COLL, "e.action = 'promise_to_pay'", *Y25, CALLS),
        "stl48": lambda: events_share(COLL, "e.contact_party = 'cosigner'", *Y25, CALLS),
        "stl49": lambda: top_events_count(COLL, 'c."国家"', *ALL, "e.action = 'charged_off'", margin=1.2),
        "stl50": lambda: top_events_count(PAYOFF, 'e."结清原因"', *ALL, margin=1.15),
        "stl51": lambda: events_at(PAYOFF, *Y25),
        # ---- support
        "stl52": lambda: events_share(SUPPORT, "e.action = 'abandoned'", *JAN26),
        "stl53": lambda: events_share(SUPPORT, "e.action = 'abandoned'", *DEC25),
        "stl54": lambda: top_events_count(SUPPORT, 'e."来电事由"', *JAN26, margin=1.5),
        # ---- feedback
        "stl55": lambda: top_fb_count("f.touchpoint_id", T["disb_delay"], margin=5),
        "stl56": lambda: fb_count(T["upload"]),
        "stl57": lambda: fb_count(T["upload"], _in("f.ts", *AUG25)),
        "stl58": lambda: nps_score(f"f.channel = 'nps' AND {_in('f.ts', *H2_25)}"),
        "stl59": lambda: nps_score(f"f.channel = 'nps' AND {_in('f.ts', *H1_26)}"),
        "stl60": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "stl61": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'app_review' AND f.rating IS NOT NULL AND "
                                                  f"{_in('f.ts', *Y25)}"),
        "stl62": lambda: fb_count(T["collections"]),
        "stl63": lambda: feedback_ids(T["fast_approval"]),
        # ---- relative periods (as_of)
        "stl68": lambda: money(*MAY26, "disbursement"),
        "stl69": lambda: money(*Q1_26, "disbursement"),
        "stl70": lambda: events_at(REPAY, *JAN26, "e.action = 'missed'"),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # every instalment has exactly one of paid / missed
    assert one("SELECT count(*) FROM (SELECT loan_id, installment_no FROM events WHERE touchpoint_id = 'tp_repayment' "
               "AND action IN ('paid', 'missed') GROUP BY 1, 2 HAVING count(*) > 1)") == 0
    # one first disbursement per loan
    assert one("SELECT count(*) - count(DISTINCT loan_id) FROM events WHERE touchpoint_id = 'tp_disbursement' "
               "AND action = 'disbursed' AND disbursement_no = 1") == 0


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
