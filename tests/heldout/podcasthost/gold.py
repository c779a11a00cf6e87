"""Gold answers for the 声波 WaveCast held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "creators" / "users" = customers (podcasters); a customer row exists for every website visitor; `signup_at` is
  empty for visitors who never signed up; "signed-up creators" = rows with a `signup_at`;
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (onboarding 14 d, episode 3 d, upgrade 7 d,
  monetise 120 d, payout 14 d, support 7 d); rates are per person; the tolerance covers both readings (later steps
  allowed after the period end, or not) unless the question says later steps count. "Where do we lose the most" =
  the step k whose next step is not reached by the most people. A funnel split by a customer attribute filters the
  step-1 people by that attribute;
- per-object rates use `session_id`: an upload (EP…: tp_upload, tp_transcode_fail, tp_publish), a directory
  submission (DS…: tp_dist_submit, tp_dist_live), a pricing/checkout visit (CO…: tp_pricing, tp_checkout,
  tp_upgrade), a payout (PO…: tp_payout_request, tp_payout_fail, tp_payout), a ticket (TK…: tp_ticket,
  tp_ticket_closed). The object is in the period by the date of its first event at the named first step; its
  attributes (file_format, directory, payment_method, payout_method, plan) are read from that event; the later step
  is looked for in the same session at any time;
- times between steps = per session, first B ts - first A ts, period by the date of A; hours / days as asked;
- money = orders with status `paid`, by order ts (refunded and cancelled orders are no revenue); subscription revenue
  = order_type `subscription` (new + renewals); refunds = `refunded` orders by `refunded_at`; spend per paying
  creator = paid amount / creators with >= 1 paid order in the period; ad earnings = `amount` of tp_campaign events
  (the creator's share), payouts = `payout_amount` of tp_payout events, by event date;
- customer attributes are as stored (state at the end of the data, 2026-08-31); zh questions are checked against
  the Chinese twins (地区, 套餐, 主播类型, 节目分类, 提现方式, 支付方式, 取消原因, 工单类型), en ones against the English
  values / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); app-store rating = channel `app_review`; ticket CSAT = `rating` on channel `ticket`;
  rating by touchpoint = feedback.touchpoint_id over rows with a rating; NPS-survey score = `nps` of channel
  `survey`; promoters = nps 9-10, detractors 0-6;
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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


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


def conv(journey, start, end, cond="1=1", unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[-1] / c[0])
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
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per session ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    return q(f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
                 LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b
                 USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE {_in('a.t', start, end)} AND ({cond}) {'GROUP BY 1 ORDER BY r DESC' if by else ''}""")


def rate(a_tp, b_tp, start, end, cond="1=1", invert=False):
    v = sess_rate(a_tp, b_tp, start, end, cond)[0][0]
    return dict(value=round(1 - v if invert else v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, min_n=20, margin=1.25, lowest=False):
    rows = [r for r in sess_rate(a_tp, b_tp, start, end, by=by) if r[2] >= min_n]
    rows.sort(key=lambda r: r[1], reverse=not lowest)
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def top_step_time(a_tp, b_tp, start, end, by, unit="days", margin=1.5):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / {UNITS[unit]}) m {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY m DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}"
                          f" AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events(tp, by, start, end, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_per_customer_events(tp, col, by, start, end, min_n, margin=1.15):
    rows = q(f"""SELECT {by}, sum({col}) / count(DISTINCT e.customer_id) v, count(DISTINCT e.customer_id) n
                 FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    assert rows[0][0] != big[0][0], rows[:3]          # a tiny group tops the raw list
    return dict(top_entity=big[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def refunds(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'refunded' "
                      f"AND {_in('o.refunded_at', start, end)} AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15, join=False):
    j = "JOIN customers c USING (customer_id)" if join else ""
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o {j} WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.3):
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
    if not one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        return
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
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2025-01-01", "2026-08-31")
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
BUG = ("2025-08-11", "2025-09-07")
(VISIT, SIGNUP, SETUP, UPLOAD, TFAIL, PUBLISH, DSUB, DLIVE, ANALYTICS, PRICING, CHECKOUT, UPGRADE, RENEW, CANCEL,
 AD_APPLY, AD_OK, CAMPAIGN, PO_REQ, PO_FAIL, PAYOUT, TICKET, TICKET_OK) = (
    "tp_visit", "tp_signup", "tp_show_setup", "tp_upload", "tp_transcode_fail", "tp_publish", "tp_dist_submit",
    "tp_dist_live", "tp_analytics", "tp_pricing", "tp_checkout", "tp_upgrade", "tp_renew", "tp_cancel",
    "tp_ad_apply", "tp_ad_approved", "tp_campaign", "tp_payout_request", "tp_payout_fail", "tp_payout", "tp_ticket",
    "tp_ticket_closed")
TRANS_T = _like("f.text", ["转码", "transcod"])
DIST_T = _like("f.text", ["喜马拉雅", "ximalaya"])
PAYOUT_T = _like("f.text", ["提现", "payout"])
PRICE_T = _like("f.text", ["涨价", "price"])
SLOW_T = _like("f.text", ["工单", "ticket"])
CPM_T = _like("f.text", ["cpm"])
ANALYTICS_T = _like("f.text", ["数据后台", "analytics"])
TRANSCRIPT_T = _like("f.text", ["ai转写", "transcript"])
MIGRATION_T = _like("f.text", ["迁移", "migrat"])
APP = "f.channel = 'app_review'"


def gold():
    return {
        # ---- funnels / conversion
        "pc01": lambda: conv("onboarding", *Y25),
        "pc02": lambda: top_lost("onboarding", *Q2_25),
        "pc03": lambda: rank_conv("onboarding", *Y25, by="c.acquisition_channel", lowest=True),
        "pc04": lambda: conv("onboarding", *Y25, cond="c.acquisition_channel = 'creator_referral'"),
        "pc05": lambda: conv("upgrade", *H2_25),
        "pc06": lambda: rank_rate(CHECKOUT, UPGRADE, *Y25, by='a."支付方式"', min_n=15, lowest=True),
        "pc07": lambda: rate(CHECKOUT, UPGRADE, *Y25, "a.payment_method = 'alipay'"),
        "pc08": lambda: conv("monetise", *H1_25, unbounded_only=True),
        "pc09": lambda: rate(UPLOAD, TFAIL, *BUG, "a.file_format = 'm4a'"),
        "pc10": lambda: rate(UPLOAD, TFAIL, *BUG, "a.file_format = 'mp3'"),
        "pc11": lambda: rank_rate(AD_APPLY, AD_OK, *ALL, by='c."节目分类"', min_n=15, lowest=True, margin=1.15),
        "pc12": lambda: rank_rate(PO_REQ, PO_FAIL, *Y25, by='a."提现方式"', min_n=20, margin=1.5),
        "pc13": lambda: rate(PO_REQ, PO_FAIL, *H1_26, "a.payout_method = 'bank_card'"),
        # ---- times between steps
        "pc14": lambda: step_time(DSUB, DLIVE, *Y25, "a.directory = 'ximalaya'"),
        "pc15": lambda: step_time(DSUB, DLIVE, "2026-04-01", "2026-08-31", "a.directory = 'ximalaya'"),
        "pc16": lambda: top_step_time(DSUB, DLIVE, *Y25, by="a.directory"),
        "pc17": lambda: step_time(TICKET, TICKET_OK, *Y25, unit="hours"),
        "pc18": lambda: top_step_time(TICKET, TICKET_OK, *Y25, by="a.plan", unit="hours"),
        "pc19": lambda: step_time(TICKET, TICKET_OK, *Y25, "a.plan = 'pro'", unit="hours"),
        "pc20": lambda: step_time(PO_REQ, PAYOUT, *Y25, "a.payout_method = 'bank_card'", agg="avg"),
        "pc21": lambda: step_time(UPLOAD, PUBLISH, *H1_26, unit="minutes"),
        # ---- money
        "pc22": lambda: orders(*Q4_25, "o.order_type = 'subscription'"),
        "pc23": lambda: orders(*month(2026, 6)),
        "pc24": lambda: orders(*month(2026, 5)),
        "pc25": lambda: refunds(*month(2026, 3)),
        "pc26": lambda: orders_change(H1_25, H1_26),
        "pc27": lambda: orders(*Y25, "o.order_type = 'addon_transcript'"),
        "pc28": lambda: top_orders("o.plan", *Y25, "o.order_type = 'subscription'"),
        "pc29": lambda: top_orders('c."地区"', *Y25, join=True),
        "pc30": lambda: per_customer(*Y25),
        "pc31": lambda: per_customer(*Y25, "c.creator_type = 'studio'"),
        "pc32": lambda: top_per_customer_events(CAMPAIGN, "e.amount", "c.show_category", *ALL, min_n=15),
        "pc33": lambda: events_sum(CAMPAIGN, "e.amount", *Y25),
        "pc34": lambda: events_sum(PAYOUT, "e.payout_amount", *Q3_25),
        "pc35": lambda: orders(*H2_25, "o.order_type = 'promo_boost'"),
        # ---- volumes / trends
        "pc36": lambda: events_at(PUBLISH, "2025-03-10", "2025-03-16"),
        "pc37": lambda: events_at(SIGNUP, *month(2026, 1)),
        "pc38": lambda: events_at(SIGNUP, *month(2025, 1)),
        "pc41": lambda: events_at(CANCEL, *month(2026, 3)),
        "pc42": lambda: events_at(CANCEL, "2026-03-01", "2026-04-30", "e.cancel_reason = 'price'"),
        "pc43": lambda: top_events(DSUB, 'e."分发平台"', *Y25, margin=1.1),
        # ---- customers
        "pc44": lambda: customers_share("c.creator_type = 'studio'", "c.signup_at IS NOT NULL"),
        "pc45": lambda: customers_count("c.tier = 'pro'"),
        "pc46": lambda: customers_count(_in("c.signup_at", *Q3_25)),
        # ---- feedback
        "pc47": lambda: fb_topic_count(TRANS_T, "transcode_fail"),
        "pc48": lambda: fb_topic_count(TRANS_T, period=_in("f.ts", *month(2025, 8))),
        "pc49": lambda: fb_topic_count(TRANS_T, period=_in("f.ts", *month(2025, 9))),
        "pc50": lambda: fb_topic_count(PAYOUT_T, "payout"),
        "pc51": lambda: top_fb_count('f."套餐"', SLOW_T),
        "pc52": lambda: fb_avg(f"{APP} AND {_in('f.ts', *Y25)}"),
        "pc53": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "pc54": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 20, margin=0.2),
        "pc55": lambda: fb_topic_count(PRICE_T, "price_hike", period=_in("f.ts", "2026-03-01", "2026-04-30")),
        "pc56": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "pc57": lambda: fb_ratio("f.nps >= 9", f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}"),
        "pc58": lambda: fb_avg(f"f.channel = 'ticket' AND {_in('f.ts', *Y25)}"),
        "pc59": lambda: fb_topic_count(TRANSCRIPT_T, "transcript"),
        "pc60": lambda: top_fb_count("f.show_category", CPM_T, margin=1.2),
        "pc61": lambda: feedback_ids(DIST_T),
    }


def checks():
    for cond, topic in ((TRANS_T, "transcode_fail"), (DIST_T, "dist_slow"), (PAYOUT_T, "payout"),
                        (PRICE_T, "price_hike"), (SLOW_T, "support_slow"), (CPM_T, "low_cpm"),
                        (ANALYTICS_T, "analytics"), (TRANSCRIPT_T, "transcript"), (MIGRATION_T, "migration")):
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
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
