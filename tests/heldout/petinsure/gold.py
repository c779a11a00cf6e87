"""Gold answers for the 宠保 PawShield held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (purchase 14 d, claim 30 d, renewal 45 d,
  cancellation 30 d); rates are per customer (people); the tolerance covers both readings (later steps allowed after
  the period end, or not), except where the question says later steps count (then only that reading, tolerance
  0.01). "Where do we lose the most" = the step whose next step is not reached by the most people
  (the loss between step k and k+1 is attributed to step k). A funnel split by a customer attribute filters the
  step-1 people by that attribute; a step conversion (B after A) = people reaching B / people reaching A in the
  same funnel;
- a policy = `policy_id` (P000123); its purchase is the `tp_pay` event (session_id = the quote id, policy_id
  column); riders (`tp_rider`), renewal reminders, renewals, cancellations and refunds carry session_id = policy_id.
  Per-policy rates count policies bought (tp_pay) in the period and look for the later event at any time;
- a claim = `claim_id` = session_id of tp_vet_visit, tp_upload_fail, tp_invoice_upload, tp_claim_submit,
  tp_claim_review, tp_payout (and hotline calls about it). Per-claim rates count claims whose first event at the named
  step falls in the period (by its date), attributes (partner clinic, plan, device, diagnosis) from that event;
  "rejection rate" = share of tp_claim_review decisions (by decision date) with action `rejected`;
- times between steps = per claim / policy, first B ts - first A ts (B after A), the period by the date of A; days
  fractional (the tolerance also covers whole calendar days); "more than X" is strict;
- money = orders with status `paid` (refunded cooling-off premiums are no income), by order ts; premium income =
  new-policy premiums + monthly installments + renewal premiums + rider premiums; refunds = `refund_amount` of
  tp_refund events by refund date; payouts = `payout_amount` of tp_payout events by payout date; loss ratio =
  payouts / premium income in the same period; per paying customer = paid amount / customers with >= 1 paid order;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (城市, 获客渠道, 保障方案, 病种, 附加险, 退保原因, 拒赔原因), en ones against the English values / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app claim ratings = channel `app_review`; rating by step = feedback.touchpoint_id over
  rows with a rating; negative = 1-2 stars; survey = 0-10 likelihood to recommend (`nps`), promoters 9-10;
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


def _rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


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


def conv(journey, start, end, cond="1=1", frm=0, to=-1, unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[to] / c[frm])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        if lowest:
            assert rows[1][1] > rows[0][1] * margin, rows[:3]
        else:
            assert rows[0][1] > rows[1][1] * margin, rows[:3]
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


# ---------- per claim / per policy ----------

def _first(tp, key="session_id"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY {key}
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND {key} IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None, a_key="session_id"):
    """share of claims / policies with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp, a_key)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              ON b.session_id = a.{a_key} LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", a_key="session_id"):
    return _rate(sess_rate(a_tp, b_tp, start, end, cond, b_cond, a_key=a_key)[0][0])


def upload_fail_rate(start, end, cond):
    """per claim: first upload attempt (failed or not) in the period; share with >= 1 failed upload."""
    v = one(f"""WITH a AS (SELECT session_id, min(ts) t, arg_min(device, ts) device FROM events
                WHERE touchpoint_id IN ('tp_upload_fail', 'tp_invoice_upload') AND action <> 'clinic_upload'
                GROUP BY 1)
                SELECT avg((session_id IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_upload_fail'))::int)
                FROM a WHERE {_in('a.t', start, end)} AND ({cond})""")
    return _rate(v)


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond)}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_time_share(a_tp, b_tp, start, end, thr, cond="1=1"):
    return _rate(one(f"SELECT avg((epoch(b.t - a.t) / 86400.0 > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}"))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return _money(v)


def events_avg(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
                     f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"))


def top_events_share(tp, num, by, start, end, margin=1.25):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def visits_per_policy(by, min_n, margin=1.3):
    """vet visits recorded / policies sold, by breed (all data)."""
    rows = q(f"""SELECT {by}, (SELECT count(*) FROM events v WHERE v.touchpoint_id = 'tp_vet_visit'
                 AND v.{by} = p.{by}) / count(*) r, count(*) n FROM events p WHERE p.touchpoint_id = 'tp_pay'
                 GROUP BY 1 ORDER BY r DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    assert rows[0][0] != big[0][0], rows[:3]          # a small breed tops the raw list
    return dict(top_entity=big[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def loss_ratio(start, end):
    p = one(f"SELECT sum(payout_amount) FROM events WHERE touchpoint_id = 'tp_payout' AND {_in('ts', start, end)}")
    o = one(f"SELECT sum(amount) FROM orders WHERE status = 'paid' AND {_in('ts', start, end)}")
    return _rate(p / o)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"))


def top_customers(by, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


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


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5, join=""):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f {join} WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 "
             f"ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
JAN_AUG_26 = ("2026-01-01", "2026-08-31")
ALL = ("2025-01-01", "2026-08-31")
Q2_25, Q3_25, Q4_25, Q1_26 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4), quarter(2026, 1)
UPLOAD_BUG = ("2025-09-08", "2025-10-12")
BACKLOG = ("2025-11-10", "2025-12-31")
VISIT, QUOTE, UW, PAY, RIDER, VET, UPFAIL, UPLOAD, SUBMIT, REVIEW, PAYOUT, NOTICE, RENEW, CANCEL, REFUND, HOTLINE = (
    "tp_visit", "tp_quote", "tp_underwrite", "tp_pay", "tp_rider", "tp_vet_visit", "tp_upload_fail",
    "tp_invoice_upload", "tp_claim_submit", "tp_claim_review", "tp_payout", "tp_renew_notice", "tp_renew",
    "tp_cancel", "tp_refund", "tp_hotline")
APP = "f.channel = 'app_review'"
PARTNER = "('V01', 'V02', 'V05', 'V08', 'V10', 'V12', 'V14')"
UPLOAD_T = _like("f.text", ["上传发票", "发票上传", "上传病历", "upload"])
WAIT_T = _like("f.text", ["等待期", "waiting period"])
PREEX_T = _like("f.text", ["既往症", "pre-existing"])
SLOW_T = _like("f.text", ["理赔太慢", "一直审核中", "under review", "too long to pay"])
HIKE_T = _like("f.text", ["续保涨价", "续保保费涨", "renewal premium went up"])
QUEST_T = _like("f.text", ["健康告知", "health questionnaire"])
REFUND_T = _like("f.text", ["退保的钱", "cancellation refund"])
DIRECT_T = _like("f.text", ["直付", "直接结算", "direct billing"])
FAST_T = _like("f.text", ["到账很快", "paid out fast"])


def gold():
    return {
        # ---- funnels / conversion
        "pi01": lambda: conv("purchase", *Y25),
        "pi02": lambda: top_lost("purchase", *Q2_25),
        "pi03": lambda: rank_conv("purchase", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "pi04": lambda: conv("purchase", *Y25, cond="c.acquisition_channel = 'partner_clinic'"),
        "pi05": lambda: conv("purchase", *H1_26, frm=2, to=3),
        "pi06": lambda: conv("purchase", *Y25, cond="c.pet_age_band = '8+'"),
        "pi07": lambda: conv("claim", *Y25, unbounded_only=True),
        "pi08": lambda: top_lost("claim", *Y25),
        "pi09": lambda: conv("renewal", *H1_26, unbounded_only=True),
        "pi10": lambda: rank_conv("renewal", *H1_26, by="c.pet_age_band", lowest=True, margin=1.5),
        "pi11": lambda: conv("renewal", *H1_26, cond="c.pet_age_band = '2-4'", unbounded_only=True),
        "pi12": lambda: conv("cancellation", *Y25),
        "pi13": lambda: rate(PAY, CANCEL, *H1_25, "a.payment_frequency = 'monthly'", a_key="policy_id"),
        "pi14": lambda: rate(PAY, CANCEL, *H1_25, "a.payment_frequency = 'annual'", a_key="policy_id"),
        "pi16": lambda: top_events(CANCEL, "e.cancel_reason", *JAN_AUG_26),
        # ---- claims
        "pi17": lambda: upload_fail_rate(*UPLOAD_BUG, "a.device = 'android'"),
        "pi18": lambda: upload_fail_rate(*UPLOAD_BUG, "a.device = 'ios'"),
        "pi19": lambda: events_share(REVIEW, "e.action = 'rejected'", *Y25),
        "pi20": lambda: top_events_share(REVIEW, "e.action = 'rejected'", 'c."获客渠道"', *Y25, margin=1.5),
        "pi21": lambda: top_events(REVIEW, "e.reject_reason", *Y25, margin=1.3),
        "pi22": lambda: events_at(REVIEW, *JAN_AUG_26, "e.reject_reason = 'pre_existing'"),
        "pi23": lambda: visits_per_policy("breed", 100),
        "pi24": lambda: top_events(SUBMIT, 'e."病种"', *ALL, "e.pet_species = 'cat'", margin=1.3),
        "pi25": lambda: top_events(SUBMIT, 'e."病种"', *ALL, "e.pet_species = 'dog'", margin=1.1),
        # ---- times
        "pi26": lambda: step_time(SUBMIT, PAYOUT, *Y25, "a.is_partner_clinic"),
        "pi27": lambda: step_time(SUBMIT, PAYOUT, *Y25, "NOT a.is_partner_clinic"),
        "pi28": lambda: step_time(SUBMIT, PAYOUT, *BACKLOG, "NOT a.is_partner_clinic"),
        "pi30": lambda: step_time(CANCEL, REFUND, *Y25, "a.payment_method = 'bank_card'", agg="avg"),
        # ---- money
        "pi31": lambda: orders(*Q3_25),
        "pi32": lambda: orders(*month(2026, 3)),
        "pi33": lambda: orders(*month(2026, 2)),
        "pi34": lambda: orders(*month(2025, 11), "o.order_type = 'new_premium'"),
        "pi35": lambda: orders_change(H1_25, H1_26),
        "pi37": lambda: events_sum(REFUND, "e.refund_amount", *Q4_25),
        "pi38": lambda: events_sum(PAYOUT, "e.payout_amount", *Y25),
        "pi39": lambda: loss_ratio(*Y25),
        "pi40": lambda: top_orders('o."保障方案"', *Y25),
        "pi41": lambda: top_orders("o.rider", *Y25, "o.order_type = 'rider'", margin=1.1),
        "pi42": lambda: per_customer(*Y25),
        "pi43": lambda: per_customer(*Y25, "c.pet_species = 'cat'"),
        "pi45": lambda: rate(PAY, RIDER, *Y25, "a.plan = 'premium'", a_key="policy_id"),
        # ---- volumes / trends
        "pi46": lambda: events_at(PAY, "2025-11-03", "2025-11-09"),
        "pi47": lambda: events_at(PAY, *month(2026, 6)),
        "pi48": lambda: events_at(PAY, *month(2026, 5)),
        "pi51": lambda: events_change(SUBMIT, Q4_25, Q1_26),
        "pi52": lambda: events_at(HOTLINE, *Y25, "e.call_reason = 'upload_failed'"),
        # ---- customers
        "pi53": lambda: customers_share("c.pet_species = 'cat'"),
        "pi54": lambda: customers_count("c.\"城市\" = '上海' AND c.\"保障方案\" = '尊享版' AND c.segment IN ('active', 'new')"),
        "pi56": lambda: top_customers("c.region", "c.region <> 'Shanghai'"),
        # ---- feedback
        "pi57": lambda: fb_topic_count(UPLOAD_T, "upload_fail"),
        "pi58": lambda: fb_topic_count(WAIT_T, "waiting_period"),
        "pi59": lambda: top_fb_count('c."获客渠道"', WAIT_T, join="JOIN customers c USING (customer_id)"),
        "pi60": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "pi61": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *JAN_AUG_26), 25, margin=0.4),
        "pi62": lambda: fb_avg(f"{APP} AND f.clinic_id IN {PARTNER} AND {_in('f.ts', *Y25)}"),
        "pi63": lambda: fb_avg(f"{APP} AND f.clinic_id NOT IN {PARTNER} AND {_in('f.ts', *Y25)}"),
        "pi64": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "pi66": lambda: fb_topic_count(HIKE_T, "renewal_hike", period=_in("f.ts", "2026-01-01", "2026-09-10")),
        "pi67": lambda: feedback_ids(DIRECT_T),
        "pi69": lambda: fb_topic_count(SLOW_T, "slow_claim", period=_in("f.ts", *H2_25)),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((PREEX_T, "pre_existing"), (QUEST_T, "questionnaire"), (REFUND_T, "refund_slow"),
                        (DIRECT_T, "direct_billing"), (FAST_T, "fast_payout")):
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
