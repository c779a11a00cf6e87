"""Gold answers for the 译桥 VerbaLink translation & interpreting held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "clients" / "客户" = customer_id (one client account: a law firm, a hospital or a business; a prospect until it
  orders). Customer attributes (client_type / 客户类型, acquisition_channel, signup_at) come from customers.csv; the
  city of an event, order or comment is its own `city` column (the same as the customer's);
- funnels follow DATA.md: a client reaches step k with an event (any action: a lost quote is still a tp_quote
  event, a session the client cancelled is still a tp_onsite_session event) at step k's touchpoint after reaching
  step k-1, within the journey window from their first step-1 event in the period (ad_to_quote 14 d, quote_to_order
  14 d, interpreting_booking 60 d); rates are per client; the tolerance covers both readings (later steps allowed
  after the period end, or not). "Where do we lose the most" = the step reached by the most clients who never reach
  the next one. A "by channel" / "by ad platform" conversion keeps only step-1 events with that events.channel /
  events.ad_platform; "hospitals only" keeps step-1 events of customers with client_type = 'hospital';
- per-event rates count event rows, period by the event's ts: late-delivery share = tp_delivery `delivered_late` /
  all tp_delivery rows (one row per delivered translation); interpreter lateness = tp_onsite_session
  `interpreter_late` / sessions not cancelled by the client (completed + interpreter_late + interpreter_no_show);
  audio problems = audio_issue = 'yes' over remote-video sessions that took place (audio_issue not empty);
  late-paid share = tp_invoice `paid_late` / all tp_invoice rows (one row = one invoice); upload failure share =
  tp_file_upload `upload_failed` / all tp_file_upload rows; hours to quote / hours to assign on the `sent` /
  `assigned` rows; rush share of POs = rush = 'yes' over tp_purchase_order `po_issued` rows; revision share = projects
  with a `revision_requested` tp_review row among projects with an `approved` tp_review row in the period;
- counts: quote requests = tp_quote_request rows; POs = tp_purchase_order `po_issued` rows; deliveries = tp_delivery
  rows; sessions held = tp_onsite_session rows `completed` or `interpreter_late`; ad clicks = tp_search_ad rows (the
  exact duplicate rows of a re-run click import are loaded once); revision requests = tp_review
  `revision_requested` rows; tickets = tp_support rows; referrals = customers with acquisition_channel 'referral'
  signed up in the period (one tp_referral row each);
- money is USD (orders.amount), `paid` orders only, period by orders.ts (the PO date; a late-cancellation fee is
  dated at the cancellation): translation = order_type `translation_job`, interpreting = `interpreting_booking`,
  rush fees = `rush_fee`, late-cancellation fees = `late_cancellation_fee`; "revenue" with no type = all paid
  orders;
- zh top entities are the Chinese twins where the same table has one (丢单原因, 修改原因, 付款方式 on events) and en
  ones the English values (lost_reason, revision_reason, client_type, venue_type, language_pair, ad_platform,
  channel, file_format ...) or touchpoint_id; a city is always the stored English value;
- feedback: "all data" includes rows without ts (hospital paper forms, WeChat group exports, a few public reviews);
  topic counts by text markers with a 5 % tolerance (checked against _truth/feedback_truth.csv); NPS = share 9-10
  minus share 0-6 (a fraction) by survey_wave; post-job survey = channel `post_job_survey`;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; a week is
  Monday..Sunday.
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
    return dict(value=n, tolerance=0.5)


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def _num(v, rel=0.01, floor=0.1):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


# ---------- funnels (per client, DATA.md rule) ----------

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
    per = f"AND {_in('e.ts', start, end)}" if start else ""
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"{per} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) {_ev(tp, start, end, cond)}"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_avg(tp, col, start, end, cond="1=1", rel=0.01):
    return _num(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"), rel)


def events_median(tp, col, start, end, cond="1=1", floor=0.05):
    return _num(one(f"SELECT median({col}) {_ev(tp, start, end, cond)}"), 0.03, floor)


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, by, col, start, end, cond="1=1", margin=1.2, lowest=False, min_n=30):
    rows = q(f"SELECT {by}, avg({col}) n, count(*) {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def revision_share(start, end, cond="1=1"):
    v = one(f"""WITH appr AS (SELECT DISTINCT e.project_id {_ev('tp_review', start, end, cond)}
                               AND e.action = 'approved'),
                     rev AS (SELECT DISTINCT project_id FROM events WHERE touchpoint_id = 'tp_review'
                               AND action = 'revision_requested')
                SELECT avg((rev.project_id IS NOT NULL)::int) FROM appr LEFT JOIN rev USING (project_id)""")
    return _rate(v)


def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


# ---------- orders ----------

def _ord(start, end, kind, cond, status="paid"):
    st = f"AND o.status = '{status}'" if status else ""
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    kd = f"AND o.order_type = '{kind}'" if kind else ""
    return f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE 1=1 {kd} {st} {per} AND ({cond})"


def revenue(start, end, kind, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) {_ord(start, end, kind, cond, status)}"))


def revenue_change(a, b, kind, cond="1=1"):
    x = one(f"SELECT sum(o.amount) {_ord(*a, kind, cond)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, kind, cond)}")
    return _rate((y - x) / x)


def top_revenue(by, start, end, kind, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, sum(o.amount) n {_ord(start, end, kind, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


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

Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q3_25, Q2_26 = quarter(2025, 3), quarter(2026, 2)
(AD, REFERRAL, QREQ, UPLOAD, BRIEF, QUOTE, PO, ASSIGN, DELIVERY, SESSION, REVIEW, INVOICE, SUPPORT, ACCOUNT) = (
    "tp_search_ad", "tp_referral", "tp_quote_request", "tp_file_upload", "tp_event_brief", "tp_quote",
    "tp_purchase_order", "tp_assignment", "tp_delivery", "tp_onsite_session", "tp_review", "tp_invoice",
    "tp_support", "tp_account_review")
MARKERS = {
    "rush_fee": ["加急费", "rush fee"], "late_delivery": ["交稿晚", "late delivery"],
    "terminology": ["术语", "terminology"], "interp_late": ["口译员迟到", "interpreter was late"],
    "interp_praise": ["口译老师很专业", "excellent interpreter"], "pm_praise": ["项目经理", "project manager"],
    "slow_quote": ["报价太慢", "slow to quote"], "formatting": ["排版", "formatting"],
    "upload": ["上传失败", "upload failed"], "confidentiality": ["保密", "confidentiality"],
    "audio": ["远程音质", "audio quality"], "price": ["价格偏高", "too expensive"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
HELD = "e.action IN ('completed', 'interpreter_late')"
NOT_CANCELLED = "e.action IN ('completed', 'interpreter_late', 'interpreter_no_show')"
QUOTE_CH = ["web", "email", "phone", "wechat", "marketplace", "client_portal"]
PLATFORMS = ["google_ads", "bing_ads", "baidu", "so_360"]


def gold():
    return {
        # ---- funnels and conversion
        "ip01": lambda: conv("quote_to_order", *Y25),
        "ip02": lambda: conv("quote_to_order", *H1_26),
        "ip03": lambda: rank_conv("quote_to_order", *Y25, "e.channel", QUOTE_CH, margin=3.0),
        "ip04": lambda: conv("quote_to_order", *Y25, "e.channel = 'marketplace'"),
        "ip05": lambda: conv("ad_to_quote", *Y25),
        "ip06": lambda: rank_conv("ad_to_quote", *Y25, "e.ad_platform", PLATFORMS, margin=1.3),
        "ip07": lambda: top_lost("interpreting_booking", *H1_25, margin=2.0),
        "ip08": lambda: conv("interpreting_booking", *Y25),
        "ip09": lambda: conv("quote_to_order", *Y25, "c.client_type = 'hospital'"),
        # ---- volumes
        "ip10": lambda: events_at(QREQ, *Y25),
        "ip11": lambda: events_at(PO, *Q3_25, "e.action = 'po_issued'"),
        "ip12": lambda: events_at(SESSION, *month(2026, 3), HELD),
        "ip13": lambda: events_at(DELIVERY, *Y25),
        # ---- quotes
        "ip14": lambda: events_median(QUOTE, "e.hours_to_quote", *Y25, "e.action = 'sent'"),
        "ip15": lambda: top_events_count(QUOTE, "e.lost_reason", *Y25, "e.action = 'lost'", margin=1.4),
        "ip16": lambda: top_events_count(QUOTE, 'e."丢单原因"', None, None,
                                         "e.action = 'lost' AND e.channel = 'marketplace'", margin=1.3),
        # ---- delivery and resourcing
        "ip17": lambda: events_share(DELIVERY, "e.action = 'delivered_late'", *month(2026, 2)),
        "ip18": lambda: events_share(DELIVERY, "e.action = 'delivered_late'", *month(2026, 1)),
        "ip19": lambda: events_share(DELIVERY, "e.action = 'delivered_late'", *month(2026, 2),
                                     "e.language_pair LIKE '%zh%'"),
        "ip20": lambda: events_share(DELIVERY, "e.action = 'delivered_on_time'", *Y25),
        "ip21": lambda: events_avg(DELIVERY, "e.days_late", *Y25, "e.action = 'delivered_late'"),
        "ip22": lambda: events_at(ASSIGN, *month(2026, 2), "e.action = 'reassigned'"),
        "ip23": lambda: events_median(ASSIGN, "e.hours_to_assign", *Y25, "e.action = 'assigned'"),
        "ip24": lambda: revision_share(*Y25),
        "ip25": lambda: top_events_count(REVIEW, 'e."修改原因"', *Y25,
                                         "e.action = 'revision_requested' AND c.client_type = 'law_firm'",
                                         margin=1.5),
        "ip26": lambda: top_events_count(REVIEW, "e.revision_reason", *Y25,
                                         "e.action = 'revision_requested' AND c.client_type = 'corporate'",
                                         margin=1.2),
        "ip27": lambda: events_at(REVIEW, *Y25, "e.action = 'revision_requested'"),
        # ---- interpreting sessions
        "ip28": lambda: events_share(SESSION, "e.action = 'interpreter_late'", *Y25, NOT_CANCELLED),
        "ip29": lambda: top_events_avg(SESSION, "e.venue_type", "(e.action = 'interpreter_late')::int", *Y25,
                                       NOT_CANCELLED, margin=1.8),
        "ip30": lambda: events_share(SESSION, "e.action = 'interpreter_late'", *Y25,
                                     f"{NOT_CANCELLED} AND e.venue_type = 'hospital'"),
        "ip31": lambda: events_at(SESSION, *Y25, "e.action = 'interpreter_no_show'"),
        "ip32": lambda: events_share(SESSION, "e.audio_issue = 'yes'", *Y25, "e.audio_issue IS NOT NULL"),
        # ---- money
        "ip33": lambda: revenue(*Y25, "late_cancellation_fee"),
        "ip34": lambda: revenue(*Y25, "translation_job"),
        "ip35": lambda: revenue(*Y25, "interpreting_booking"),
        "ip36": lambda: revenue(*H1_26, "rush_fee"),
        "ip37": lambda: top_revenue("o.city", *Y25, None, margin=1.15),
        "ip38": lambda: revenue_change(H1_25, H1_26, None),
        "ip39": lambda: events_share(INVOICE, "e.action = 'paid_late'", *Y25),
        "ip40": lambda: top_events_avg(INVOICE, "c.client_type", "(e.action = 'paid_late')::int", *Y25, margin=2.5),
        "ip41": lambda: top_events_avg(INVOICE, 'e."付款方式"', "(e.action = 'paid_late')::int", *Y25, margin=1.8),
        "ip42": lambda: events_at(INVOICE, *Y25, "e.action = 'disputed'"),
        "ip43": lambda: revenue(*Y25, None, "c.client_type = 'law_firm'"),
        "ip44": lambda: events_at(DELIVERY, "2026-02-16", "2026-02-22", "e.action = 'delivered_late'"),
        # ---- acquisition
        "ip45": lambda: customers_count(f"c.acquisition_channel = 'referral' AND {_in('c.signup_at', *Y25)}"),
        "ip46": lambda: events_at(AD, *Y25),
        "ip47": lambda: events_avg(AD, "e.cpc_usd", *Y25, "e.ad_platform = 'google_ads'"),
        "ip48": lambda: events_avg(AD, "e.cpc_usd", *Y25, "e.ad_platform = 'baidu'"),
        "ip49": lambda: top_events_avg(UPLOAD, "e.file_format", "(e.action = 'upload_failed')::int", None, None,
                                       margin=4),
        "ip50": lambda: events_at(SUPPORT, *Y25),
        # ---- feedback
        "ip51": lambda: top_fb_count("f.touchpoint_id", T["rush_fee"], margin=4),
        "ip52": lambda: fb_count(T["rush_fee"]),
        "ip53": lambda: fb_count(T["interp_late"]),
        "ip54": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2026-06'"),
        "ip55": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2025-12'"),
        "ip56": lambda: fb_avg(f"f.channel = 'post_job_survey' AND {_in('f.ts', *Y25)}"),
        "ip57": lambda: fb_avg("f.channel = 'hospital_feedback_form'", tol=0.05),
        "ip58": lambda: feedback_ids(T["interp_praise"]),
        "ip59": lambda: fb_count(T["late_delivery"], _in("f.ts", "2026-02-01", "2026-03-31")),
        "ip60": lambda: fb_ratio("f.rating >= 4", f"f.channel = 'post_job_survey' AND {_in('f.ts', *Y25)}"),
        "ip61": lambda: events_share(PO, "e.rush = 'yes'", *Y25, "e.action = 'po_issued'"),
        "ip62": lambda: events_share(QUOTE, "e.hours_to_quote > 8", *Y25, "e.action = 'sent'"),
        # ---- relative periods (as_of)
        "ip67": lambda: events_at(PO, *month(2026, 4), "e.action = 'po_issued'"),
        "ip68": lambda: revenue(*Q2_26, "rush_fee"),
        "ip69": lambda: events_at(SESSION, "2026-03-09", "2026-03-15", HELD),
        "ip70": lambda: events_at(DELIVERY, *H2_25),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # one PO event per job order
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_purchase_order' AND action = 'po_issued'") == one(
        "SELECT count(*) FROM orders WHERE order_type IN ('translation_job', 'interpreting_booking')")
    # one rush-fee order per rush PO
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_purchase_order' AND action = 'po_issued' "
               "AND rush = 'yes'") == one("SELECT count(*) FROM orders WHERE order_type = 'rush_fee'")
    # a disputed invoice refunds one order of its project
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_invoice' AND action = 'disputed'") == one(
        "SELECT count(*) FROM orders WHERE status = 'refunded' AND invoice_no IS NOT NULL")


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
