"""Gold answers for the 拾页出版 PageHarbor self-publishing held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "authors" / "作者" = customer_id (one author account). Author attributes (region / 地区, market, genre / 题材,
  acquisition_channel / 获客渠道, tier) come from customers.csv; events and orders also carry the author's `region`;
- funnels follow DATA.md: an author reaches step k with an event (any action: a failed upload, a review that asked
  for revisions, a failed payout are still events at their touchpoint) at step k's touchpoint after reaching step
  k-1, within the journey window from their first step-1 event in the period (signup_to_publish 90 d,
  manuscript_to_live 60 d, publish_to_payout 120 d); rates are per author; the tolerance covers both readings (later
  steps allowed after the period end, or not), except where the question says later steps count. "Where do we lose
  the most" = the step whose next step is not reached by the most authors (the loss between k and k+1 is attributed
  to step k). A split by an author attribute (acquisition channel, region) keeps the authors with that attribute;
- per-event rates count event rows, period by the event's ts: upload failure share = tp_manuscript_upload rows
  `failed` / all upload rows (every attempt is a row; the 30 exact re-sent rows are loaded once); revision share =
  tp_editorial_review rows `revision_requested` / all review rows (every review round is a row); first-round approval
  = `approved` / rows with review_round = 1; misprint share = tp_pod_order rows `misprint` / all print-order rows;
  payout failure share = tp_payout rows `failed` / all payout attempts; renewal rate = tp_renewal rows `renewed` /
  all tp_renewal rows (by the renewal decision's ts); the cover revision share links first deliveries (`delivered`)
  in the period to a later `revision_delivered` row of the same book_id;
- counts: sign-ups = tp_signup rows (one per author); books live = tp_publish rows; ISBN rejections = tp_isbn rows
  `rejected`; formatting jobs = tp_formatting rows `delivered` (first deliveries); print orders = tp_pod_order rows
  (all outcomes); payout failures = tp_payout rows `failed`; tickets = tp_support rows; non-renewals = tp_renewal
  rows `cancelled`; review counts = tp_editorial_review rows (every round);
- durations: ISBN wait = wait_days on tp_isbn rows `assigned`; cover turnaround = turnaround_days on first
  deliveries; review time = review_days; ticket resolution = resolution_hours;
- royalty sales are by statement_month (the sales month on a royalty statement, the statement itself is dated the
  10th of the next month): units = units_sold;
- money is USD (orders.amount, the reporting currency), `paid` orders only, period by orders.ts. "Revenue" = order
  types service_package, plan_subscription, print_order, marketing_addon; payouts (order_type `payout`, money paid
  out to authors) are never revenue; "paid out" = payout orders with status `paid`;
- zh top entities are the Chinese twins where the same table has one (题材 on customers, 失败原因, 修改原因, 问题类别,
  流失原因, 推广类型 on events/orders) and en ones the English values or touchpoint_id; a print partner and a cover
  designer are their stored names; a region is its stored English value;
- feedback: "all data" includes rows without ts (author-call notes, WeChat group exports); topic counts by text
  markers with a 5 % tolerance (checked against _truth/feedback_truth.csv); NPS = share 9-10 minus share 0-6 (a
  fraction) by survey_wave; ticket CSAT = channel `support_csat`; app-store rating = channel `app_review`;
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


# ---------- funnels (per author, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    """cond may use e. (the step-1 event) and c. (the author)."""
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM events e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1"):
    vals = [funnel(journey, start, end, bounded=b, cond=cond) for b in (False, True)]
    vals = [c[-1] / c[0] for c in vals]
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_open(journey, start, end, cond="1=1"):
    """the question says later steps after the period end count: only that reading."""
    c = funnel(journey, start, end, bounded=False, cond=cond)
    return _rate(c[-1] / c[0])


def rank_conv(journey, start, end, col, values, lowest=True, margin=1.3):
    tops = set()
    for bounded in (False, True):
        rows = []
        for v in values:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{col} = '{v}'")
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


def events_median(tp, col, start, end, cond="1=1", floor=0.3):
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


def cover_revision_share(start, end):
    return _rate(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events r WHERE r.touchpoint_id = 'tp_cover_design'
                                             AND r.action = 'revision_delivered' AND r.book_id = e.book_id
                                             AND r.ts > e.ts))::int)
                         FROM events e WHERE e.touchpoint_id = 'tp_cover_design' AND e.action = 'delivered'
                         AND {_in('e.ts', start, end)}"""))


# ---------- royalty statements (by sales month) ----------

def _stm(m0, m1, cond):
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = 'tp_royalty_statement' "
            f"AND e.statement_month >= '{m0}' AND e.statement_month <= '{m1}' AND ({cond})")


def units(m0, m1, cond="1=1"):
    return _num(one(f"SELECT sum(e.units_sold) {_stm(m0, m1, cond)}"), 0.002, 0.5)


def top_units(by, m0, m1, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, sum(e.units_sold) n {_stm(m0, m1, cond)} GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

REVENUE_TYPES = "('service_package', 'plan_subscription', 'print_order', 'marketing_addon')"


def _ord(start, end, kind, cond, status="paid"):
    st = f"AND o.status = '{status}'" if status else ""
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    if kind == "revenue":
        kd = f"AND o.order_type IN {REVENUE_TYPES}"
    else:
        kd = f"AND o.order_type = '{kind}'" if kind else ""
    return f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE 1=1 {kd} {st} {per} AND ({cond})"


def revenue(start, end, kind, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) {_ord(start, end, kind, cond, status)}"))


def revenue_avg(start, end, kind, cond="1=1"):
    return _num(one(f"SELECT avg(o.amount) {_ord(start, end, kind, cond)}"), 0.005, 0.05)


def revenue_change(a, b, kind, cond="1=1"):
    x = one(f"SELECT sum(o.amount) {_ord(*a, kind, cond)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, kind, cond)}")
    return _rate((y - x) / x)


def orders_count(start, end, kind, cond="1=1", status="paid"):
    return _count(one(f"SELECT count(*) {_ord(start, end, kind, cond, status)}"))


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


def nps_score(cond):
    return _rate(one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
                     f"WHERE f.nps IS NOT NULL AND {cond}"))


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, touchpoints, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2026-01-01", "2026-06-30")
Y26 = ("2026-01-01", "2026-07-31")          # 2026 so far (the data ends on 2026-07-31)
Q1_26, Q2_26, Q3_25 = quarter(2026, 1), quarter(2026, 2), quarter(2025, 3)
NOV_DEC_25 = ("2025-11-01", "2025-12-31")
(SIGNUP, UPLOAD, FORMAT, COVER, ISBN, REVIEW, PUBLISH, POD, STATEMENT, PAYOUT, MARKETING, SUPPORT, RENEWAL) = (
    "tp_signup", "tp_manuscript_upload", "tp_formatting", "tp_cover_design", "tp_isbn", "tp_editorial_review",
    "tp_publish", "tp_pod_order", "tp_royalty_statement", "tp_payout", "tp_marketing", "tp_support", "tp_renewal")
MARKERS = {
    "review": ["退回修改", "sent back for revisions"], "payout": ["版税到账", "payout"],
    "print": ["印刷质量", "print quality"], "isbn": ["书号", "isbn"], "cover": ["封面设计", "cover design"],
    "formatting": ["排版", "formatting"], "upload": ["上传失败", "upload failed"],
    "statement": ["结算单", "royalty statement"], "promo": ["推广", "promotion"], "price": ["续费", "renewal"],
    "editor": ["编辑老师", "my editor"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
REGIONS = ["United States", "United Kingdom", "Canada", "Australia", "Mainland China", "Taiwan", "Hong Kong"]
ACQS = ["organic_search", "writing_community", "social_ads", "referral", "author_event", "podcast", "xiaohongshu",
        "wechat", "douban"]


def gold():
    return {
        # ---- funnels
        "sp01": lambda: conv_open("signup_to_publish", *Y25),
        "sp02": lambda: conv_open("signup_to_publish", *Q1_26),
        "sp03": lambda: rank_conv("signup_to_publish", *Y25, "c.acquisition_channel", ACQS, margin=2.0),
        "sp04": lambda: conv("signup_to_publish", *Y25, "c.acquisition_channel = 'social_ads'"),
        "sp05": lambda: top_lost("signup_to_publish", *Y25, margin=1.5),
        "sp06": lambda: conv_open("manuscript_to_live", *Y25, "c.region = 'Mainland China'"),
        "sp07": lambda: rank_conv("manuscript_to_live", *Y25, "c.region", REGIONS, margin=1.5),
        "sp08": lambda: conv_open("publish_to_payout", *H1_25),
        # ---- sign-ups and uploads
        "sp09": lambda: events_at(SIGNUP, *Q3_25),
        "sp10": lambda: events_at(SIGNUP, *H1_26, "c.acquisition_channel = 'xiaohongshu'"),
        "sp11": lambda: events_share(UPLOAD, "e.action = 'failed'", *Y25),
        "sp12": lambda: top_events_avg(UPLOAD, "e.file_format", "(e.action = 'failed')::int", *Y25, margin=1.5),
        "sp13": lambda: events_share(UPLOAD, "e.action = 'failed'", *Y25, "e.file_format = 'pages'"),
        # ---- production
        "sp14": lambda: events_at(FORMAT, *Q2_26, "e.action = 'delivered'"),
        "sp15": lambda: events_avg(COVER, "e.turnaround_days", *Y25, "e.action = 'delivered'"),
        "sp16": lambda: top_events_count(COVER, "e.designer", *Y25, "e.action = 'delivered' AND "
                                                                   "c.market = 'English'", margin=1.2),
        "sp17": lambda: cover_revision_share(*Y25),
        "sp18": lambda: events_median(ISBN, "e.wait_days", *Y25, "e.action = 'assigned' AND "
                                                                 "e.region = 'Mainland China'"),
        "sp19": lambda: events_at(ISBN, *Y25, "e.action = 'rejected'"),
        # ---- editorial review
        "sp20": lambda: events_share(REVIEW, "e.action = 'revision_requested'", *month(2025, 10)),
        "sp21": lambda: events_share(REVIEW, "e.action = 'revision_requested'", *month(2025, 9)),
        "sp22": lambda: top_events_count(REVIEW, 'e."修改原因"', *month(2025, 10),
                                         "e.action = 'revision_requested'", margin=2.0),
        "sp23": lambda: top_events_count(REVIEW, "e.revision_reason", *Y25,
                                         "e.action = 'revision_requested' AND NOT "
                                         f"({_in('e.ts', *month(2025, 10))})", margin=1.2),
        "sp24": lambda: events_share(REVIEW, "e.action = 'approved'", *Y25, "e.review_round = 1"),
        "sp25": lambda: events_avg(REVIEW, "e.review_days", *Y25, "e.region = 'Mainland China'"),
        # ---- publish
        "sp26": lambda: events_at(PUBLISH, *Y25),
        "sp27": lambda: top_events_count(PUBLISH, "c.genre", *Y25, margin=1.25),
        "sp28": lambda: events_share(PUBLISH, "e.book_format = 'ebook+paperback'", *H1_26),
        # ---- money
        "sp29": lambda: revenue(*Y25, "service_package"),
        "sp30": lambda: top_revenue("o.package", *Y25, "service_package", margin=1.3),
        "sp31": lambda: revenue(*Y25, "plan_subscription"),
        "sp32": lambda: revenue(*NOV_DEC_25, "print_order"),
        "sp33": lambda: revenue(*Y25, "payout"),
        "sp34": lambda: revenue_change(H1_25, H1_26, "revenue"),
        "sp35": lambda: top_revenue('o."推广类型"', *Y25, "marketing_addon", "c.market = 'Chinese'", margin=1.3),
        "sp36": lambda: revenue(*Q1_26, "marketing_addon"),
        # ---- print on demand
        "sp37": lambda: top_events_avg(POD, "e.print_partner", "(e.action = 'misprint')::int", *Y26, margin=2.0),
        "sp38": lambda: events_share(POD, "e.action = 'misprint'", *Y26, "e.print_partner LIKE '鸿达%'"),
        "sp39": lambda: events_share(POD, "e.action = 'misprint'", *Y25, "e.print_partner LIKE '鸿达%'"),
        "sp40": lambda: events_at(POD, *month(2025, 11)),
        # ---- royalties and payouts
        "sp41": lambda: units("2025-01", "2025-12"),
        "sp42": lambda: top_units('c."题材"', "2025-01", "2025-12", margin=1.3),
        "sp43": lambda: events_share(PAYOUT, "e.action = 'failed'", *Y25),
        "sp44": lambda: top_events_count(PAYOUT, 'e."失败原因"', *Y25, "e.action = 'failed'", margin=1.6),
        "sp45": lambda: top_events_avg(PAYOUT, "e.payout_method", "(e.action = 'failed')::int", *Y25,
                                       "e.region = 'United States'", margin=2.0),
        "sp46": lambda: events_at(PAYOUT, *Q2_26, "e.action = 'failed'"),
        # ---- support
        "sp47": lambda: top_events_count(SUPPORT, 'e."问题类别"', *Y25, margin=1.25),
        "sp48": lambda: events_median(SUPPORT, "e.resolution_hours", *Y25, "e.ticket_category = 'payout_issue'"),
        # ---- renewals
        "sp49": lambda: events_share(RENEWAL, "e.action = 'renewed'", *Y25),
        "sp50": lambda: events_share(RENEWAL, "e.action = 'renewed'", *Y25, "e.plan = 'premium'"),
        "sp51": lambda: top_events_count(RENEWAL, "e.churn_reason", *Y25, "e.action = 'cancelled'", margin=1.4),
        "sp52": lambda: events_at(RENEWAL, *H1_26, "e.action = 'cancelled'"),
        # ---- feedback
        "sp53": lambda: top_fb_count("f.touchpoint_id", T["print"], margin=2.5),
        "sp54": lambda: fb_count(T["print"]),
        "sp55": lambda: fb_count(T["review"], _in("f.ts", "2025-10-01", "2025-11-30")),
        "sp56": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2025-12'"),
        "sp57": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2026-06'"),
        "sp58": lambda: fb_avg(f"f.channel = 'support_csat' AND {_in('f.ts', *H1_26)}"),
        "sp59": lambda: feedback_ids(T["editor"]),
        "sp60": lambda: fb_count(T["isbn"]),
        # ---- relative periods (as_of)
        "sp61": lambda: events_at(PUBLISH, *month(2026, 4)),
        "sp62": lambda: events_at(SIGNUP, *month(2026, 1)),
        "sp63": lambda: revenue(*Q3_25, "payout"),
        "sp64": lambda: events_at(REVIEW, "2026-07-06", "2026-07-12"),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # one payout order per payout attempt, failed attempts are cancelled orders
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_payout'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'payout'")
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_payout' AND action = 'failed'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'payout' AND status = 'cancelled'")
    # one print order per POD event, misprints refunded
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_pod_order'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'print_order'")
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_pod_order' AND action = 'misprint'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'print_order' AND status = 'refunded'")
    # one marketing order per add-on event
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_marketing'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'marketing_addon'")


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
