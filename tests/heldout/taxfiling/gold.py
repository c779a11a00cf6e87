"""Gold answers for the 税途 TaxPath online tax-filing held-out batch, from plain DuckDB SQL over the raw CSVs written
by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "people" = customer_id. "Registered customers" = customers with a signup_at (leads who only clicked an
  ad or opened a referral link have none). Customer attributes (state = region, acquisition channel, preferred
  language, filer type, segment) are read from customers.csv as stored at the end of the data;
- funnels follow DATA.md: a customer reaches step k with an event (any action: a failed import, an abandoned checkout,
  a rejected acknowledgement are still events at that touchpoint) at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (filing 45 d, ad_to_filing 60 d, referral
  60 d, refund 60 d); rates are per customer; the tolerance covers both readings (later steps allowed after the period
  end, or not) unless the question says they count. "The step where we lose the most people" = the step whose next step is not reached by the most people
  (the loss between k and k+1 is attributed to step k);
- sign-up to e-file = share of customers whose tp_signup falls in the period that have a tp_efile event after it (ever;
  the tolerance covers a 60-day limit), grouped by the customer's acquisition channel;
- per-attempt rates count event rows: import success rate = tp_data_import rows `success` / (`success` + `failed`)
  (`skipped` = manual entry, not an attempt); IRS rejection rate = tp_authority_ack rows with authority `IRS` and
  action `rejected` / all IRS rows (state acknowledgements excluded), by the acknowledgement time; checkout payment =
  people with a tp_checkout event in the period, share with a `paid` one in the period (tolerance: paid ever after);
- durations from the row's own columns by the row's time: review_hours on tp_expert_review (ts = review completed),
  refund_days on tp_refund_deposited (ts = deposit; days since IRS acceptance), wait_minutes on tp_chat_support
  (human = handled_by `agent`);
- money: orders with status `paid` by order time orders.ts; "package revenue" = order_type `filing_package`
  (state returns, expert add-ons, audit defense and amendment fees are other order types); `refunded` and
  `cancelled` (failed payment) are never revenue;
- zh top entities are the Chinese twins (失败原因, 获客渠道, 广告平台, 咨询类别, 修改原因) and en ones the English values
  (fail_reason, source_type, ad_platform, item, reject_code) or touchpoint_id; states are the stored codes (CA ...);
- feedback: "all data" includes rows without ts; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); post-filing survey = channel `survey` (rating 1-5 and nps 0-10); NPS = share 9-10
  minus share 0-6 (a fraction); chat CSAT = `rating` on channel `chat`; exit survey = channel `exit_survey` on the
  checkout page; app-store reviews = channel `app_review` (`device` ios / android);
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


def _rate2(a, b):
    """a rate with two readings: the tolerance covers both."""
    a, b = float(a), float(b)
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


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
    """first_cond filters the step-1 events (e.g. the ad platform of the click)."""
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


def conv(journey, start, end, first_cond="1=1", after_end=False):
    """after_end: the question says later steps after the period end count (only the unbounded reading)."""
    vals = [funnel(journey, start, end, bounded=b, first_cond=first_cond) for b in ((False,) if after_end else
                                                                                    (False, True))]
    if after_end:
        return _rate(vals[0][-1] / vals[0][0])
    return _rate2(*[c[-1] / c[0] for c in vals])


def rank_conv(journey, start, end, col, values, lowest=True, margin=1.3, zh=None):
    """rank the values of a step-1 event column by the journey's end-to-end conversion (both readings)."""
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
    top = tops.pop()
    return dict(top_entity=zh[top] if zh else top)


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


# ---------- sign-up to e-file (per customer) ----------

def _signups(start, end, within=None):
    lim = f"AND p.ts <= s.ts + INTERVAL {within} DAY" if within else ""
    return f"""(SELECT s.customer_id, s.ts AS t0, c.* EXCLUDE (customer_id), (SELECT min(p.ts) FROM events p
               WHERE p.customer_id = s.customer_id AND p.touchpoint_id = 'tp_efile' AND p.ts >= s.ts {lim}) AS tfile
               FROM events s JOIN customers c USING (customer_id)
               WHERE s.touchpoint_id = 'tp_signup' AND {_in('s.ts', start, end)}) c"""


def activation(start, end, cond="1=1"):
    a, b = [one(f"SELECT avg((tfile IS NOT NULL)::int) FROM {_signups(start, end, w)} WHERE {cond}")
            for w in (None, 60)]
    return _rate2(a, b)


def rank_activation(start, end, by, lowest=True, margin=1.3, min_n=40):
    tops = set()
    for within in (None, 60):
        rows = q(f"SELECT {by}, avg((tfile IS NOT NULL)::int) r, count(*) n FROM {_signups(start, end, within)}"
                 f" GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}")
        _lead(rows, margin, lowest)
        tops.add(rows[0][0])
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
    v = float(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.1, abs(v) * rel), 2))


def events_median(tp, col, start, end, cond="1=1"):
    return _median(one(f"SELECT median({col}) {_ev(tp, start, end, cond)}"))


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, by, col, start, end, cond="1=1", margin=1.2, lowest=False):
    rows = q(f"SELECT {by}, avg({col}) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def checkout_paid(start, end):
    """people with a checkout event in the period: share with a paid checkout in the period (or ever after)."""
    a = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events p WHERE p.customer_id = x.customer_id
                AND p.touchpoint_id = 'tp_checkout' AND p.action = 'paid' AND {_in('p.ts', start, end)}))::int)
                FROM (SELECT DISTINCT customer_id FROM events WHERE touchpoint_id = 'tp_checkout'
                AND {_in('ts', start, end)}) x""")
    b = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events p WHERE p.customer_id = x.customer_id
                AND p.touchpoint_id = 'tp_checkout' AND p.action = 'paid' AND p.ts >= x.t0))::int)
                FROM (SELECT customer_id, min(ts) t0 FROM events WHERE touchpoint_id = 'tp_checkout'
                AND {_in('ts', start, end)} GROUP BY 1) x""")
    return _rate2(a, b)


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


def orders_count(start, end, kind, cond="1=1", status="paid"):
    return _count(one(f"SELECT count(*) {_ord(start, end, kind, cond, status)}"))


def orders_avg(start, end, kind, cond="1=1"):
    v = float(one(f"SELECT avg(o.amount) {_ord(start, end, kind, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def orders_share(num, start, end, kind, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ord(start, end, kind, cond)}"))


def top_revenue(by, start, end, kind, margin=1.15):
    rows = q(f"SELECT {by}, sum(o.amount) n {_ord(start, end, kind, '1=1')} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- customers ----------

def top_customers(by, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def customers_share(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"))


# ---------- feedback ----------

def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topics):
    """the text markers must agree exactly with the generator's truth."""
    tl = ", ".join(f"'{t}'" for t in topics)
    extra = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
                f"AND coalesce(truth.topic, '') NOT IN ({tl})")
    missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                 f"WHERE coalesce(truth.topic, '') IN ({tl}) AND NOT ({cond})")
    assert extra == 0 and missed == 0, (topics, extra, missed)


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


def rank_fb_avg(by, cond, min_n, margin=0.3):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, touchpoints, markers ----------

Y25, H1_26 = ("2025-01-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
JAN_APR_25, JAN_APR_26 = ("2025-01-01", "2025-04-30"), ("2026-01-01", "2026-04-30")
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
FEB25, APR25 = month(2025, 2), month(2025, 4)
JAN26, FEB26, MAR26, APR26 = month(2026, 1), month(2026, 2), month(2026, 3), month(2026, 4)
(AD, REF, SIGNUP, UPLOAD, IMPORT, CHECKOUT, REVIEW, EFILE, ACK, TRACK, DEPOSIT, AMEND, CHAT) = (
    "tp_ad_click", "tp_referral", "tp_signup", "tp_doc_upload", "tp_data_import", "tp_checkout", "tp_expert_review",
    "tp_efile", "tp_authority_ack", "tp_refund_check", "tp_refund_deposited", "tp_amendment", "tp_chat_support")
ATTEMPT = "e.action IN ('success', 'failed')"
IRS = "e.authority = 'IRS'"
REFUND_T = _like("f.text", ["退税", "refund"])
IMPORT_T = _like("f.text", ["导入", "import"])
REVIEW_T = _like("f.text", ["审核", "review"])
PRAISE_T = _like("f.text", ["专业", "knowledgeable"])
PRICE_T = _like("f.text", ["价格", "price"])
REJECT_T = _like("f.text", ["驳回", "rejected"])
UPLOAD_T = _like("f.text", ["上传", "upload"])
QUEUE_T = _like("f.text", ["排队", "queue"])
AMEND_T = _like("f.text", ["修改申报", "amend"])
LOGIN_T = _like("f.text", ["验证码", "verification code"])
TOPICS = ((REFUND_T, ["refund"]), (IMPORT_T, ["import"]), (REVIEW_T, ["review_slow"]), (PRAISE_T, ["expert_praise"]),
          (PRICE_T, ["price"]), (REJECT_T, ["rejection"]), (UPLOAD_T, ["upload"]), (QUEUE_T, ["queue"]),
          (AMEND_T, ["amend"]), (LOGIN_T, ["login"]))
PLATFORM_ZH = {"google": "谷歌", "facebook": "Facebook", "xiaohongshu": "小红书", "wechat": "微信公众号"}


def gold():
    return {
        # ---- filing journey and data import
        "tf01": lambda: conv("filing", *Y25),
        "tf02": lambda: top_lost("filing", *FEB26, margin=1.3),
        "tf03": lambda: top_lost("filing", *FEB25, margin=2.0),
        "tf04": lambda: events_share(IMPORT, "e.action = 'success'", *FEB26, ATTEMPT),
        "tf05": lambda: events_share(IMPORT, "e.action = 'success'", *JAN26, ATTEMPT),
        "tf06": lambda: top_events_count(IMPORT, "e.fail_reason", *FEB26, "e.action = 'failed'", margin=3.0),
        "tf07": lambda: top_events_count(IMPORT, 'e."失败原因"', *Y25, "e.action = 'failed'", margin=1.2),
        "tf08": lambda: top_events_avg(IMPORT, "e.source_type", "(e.action = 'success')::int", *FEB26, ATTEMPT,
                                       margin=1.25, lowest=True),
        # ---- acquisition
        "tf09": lambda: rank_conv("ad_to_filing", *Y25, "e.ad_platform", list(PLATFORM_ZH), margin=2.0, zh=PLATFORM_ZH),
        "tf10": lambda: conv("ad_to_filing", *Y25, first_cond="e.ad_platform = 'google'"),
        "tf11": lambda: rank_activation(*Y25, by="c.acquisition_channel", lowest=True, margin=1.8),
        "tf12": lambda: activation(*Y25, "acquisition_channel = 'university_partner'"),
        "tf13": lambda: conv("referral", *H1_26),
        "tf14": lambda: events_at(AD, *Q1_26, "e.ad_platform = 'xiaohongshu'"),
        "tf15": lambda: top_events_count(AD, 'e."广告平台"', *Q1_26, margin=1.5),
        # ---- checkout and money
        "tf16": lambda: checkout_paid(*MAR26),
        "tf17": lambda: revenue(*Y25, "filing_package"),
        "tf18": lambda: revenue(*Q1_26, None),
        "tf19": lambda: revenue_change(JAN_APR_25, JAN_APR_26, "filing_package"),
        "tf20": lambda: top_revenue("o.item", *Y25, "filing_package", margin=1.3),
        "tf21": lambda: orders_count(*APR26, "expert_addon", "o.item = 'priority_review'", status="refunded"),
        "tf22": lambda: orders_avg(*H1_26, "filing_package"),
        "tf23": lambda: orders_share("o.payment_method = 'pay_from_refund'", *Y25, "filing_package"),
        # ---- expert review
        "tf24": lambda: events_median(REVIEW, "e.review_hours", *APR26),
        "tf25": lambda: events_median(REVIEW, "e.review_hours", *APR25),
        "tf26": lambda: events_share(REVIEW, "e.action = 'approved_with_changes'", *MAR26),
        "tf27": lambda: events_share(REVIEW, "e.review_hours > 24", *APR26, "e.priority = 'yes'"),
        # ---- acknowledgements
        "tf28": lambda: events_share(ACK, "e.action = 'rejected'", *Y25, IRS),
        "tf29": lambda: top_events_count(ACK, "e.reject_code", None, None, f"{IRS} AND e.action = 'rejected'",
                                         margin=1.8),
        "tf30": lambda: events_at(ACK, *MAR26, f"{IRS} AND e.action = 'accepted'"),
        # ---- refunds
        "tf31": lambda: events_median(DEPOSIT, "e.refund_days", *H1_26, "e.refund_method = 'refund_transfer'"),
        "tf32": lambda: events_median(DEPOSIT, "e.refund_days", *H1_26, "e.refund_method = 'direct_deposit'"),
        "tf33": lambda: events_avg(DEPOSIT, "e.refund_amount", *Y25),
        "tf34": lambda: conv("refund", *Q1_26, after_end=True),
        "tf35": lambda: events_at(TRACK, *Q2_26),
        # ---- amendments
        "tf36": lambda: events_at(AMEND, *Y25),
        "tf37": lambda: top_events_count(AMEND, 'e."修改原因"', None, None, margin=1.25),
        "tf38": lambda: events_share(AMEND, "e.amend_reason = 'expert_error'", None, None),
        # ---- chat support
        "tf39": lambda: top_events_count(CHAT, 'e."咨询类别"', *FEB26, margin=2.5),
        "tf40": lambda: top_events_count(CHAT, 'e."咨询类别"', *APR26, margin=1.4),
        "tf41": lambda: events_median(CHAT, "e.wait_minutes", *APR26, "e.handled_by = 'agent'"),
        "tf42": lambda: events_median(CHAT, "e.wait_minutes", *MAR26, "e.handled_by = 'agent'"),
        "tf43": lambda: events_at(CHAT, *Q1_26),
        "tf44": lambda: events_share(CHAT, "e.resolved = 'yes'", *Y25),
        # ---- feedback
        "tf45": lambda: fb_count(REFUND_T),
        "tf46": lambda: top_fb_count("f.touchpoint_id", REFUND_T, margin=3),
        "tf47": lambda: top_fb_count("f.touchpoint_id", PRICE_T, margin=3),
        "tf48": lambda: fb_count(IMPORT_T, _in("f.ts", *FEB26)),
        "tf49": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *APR26)}"),
        "tf50": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *APR25)}"),
        "tf51": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "tf52": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 50, margin=0.4),
        "tf53": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'chat' AND f.rating IS NOT NULL AND "
                                                  f"{_in('f.ts', *APR26)}"),
        "tf54": lambda: feedback_ids(REVIEW_T),
        "tf55": lambda: fb_count(f"f.channel = 'exit_survey' AND {PRICE_T}", _in("f.ts", *H1_26)),
        "tf56": lambda: fb_avg("f.channel = 'app_review' AND f.device = 'ios'"),
        # ---- customers
        "tf57": lambda: top_customers("c.region", "c.signup_at IS NOT NULL", margin=1.3),
        "tf58": lambda: events_at(SIGNUP, *H1_26),
        "tf59": lambda: customers_count("c.segment = 'returning'"),
        "tf60": lambda: customers_share("c.preferred_language = 'zh'", "c.signup_at IS NOT NULL"),
        # ---- relative periods (as_of) and weeks
        "tf66": lambda: events_at(IMPORT, *FEB26, "e.action = 'failed'"),
        "tf67": lambda: revenue(*APR26, "filing_package"),
        "tf68": lambda: events_at(REVIEW, "2026-04-13", "2026-04-19"),
        "tf69": lambda: events_at(DEPOSIT, *Q2_26),
        "tf70": lambda: events_at(EFILE, "2026-03-02", "2026-03-08", "e.action = 'submitted'"),
    }


def checks():
    for cond, topics in TOPICS:
        _check_topic(cond, topics)
    # IRS acknowledgements exist for every e-file row (one each)
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_efile'") >= \
        one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_authority_ack' AND authority = 'IRS'") > 0


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
