"""Gold answers for the 梯视传媒 LiftLens Media held-out batch: plain DuckDB SQL over the raw CSVs written by
generate.py (never the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events are read with exact duplicate rows removed (the booking system re-sent a few payment webhooks with the
  same event_id; DATA.md loads them once);
- a customer is an advertiser (ADV…, the business that buys the screens); "advertisers", "clients", "businesses",
  "商家", "客户", "广告主" count customer ids; a campaign is a booking (booking_id);
- funnels follow DATA.md, per advertiser: an advertiser reaches step k with an event at step k's touchpoint (any
  action: a failed payment, a rejected review or a 'not interested' call is an event at its step) after reaching
  step k-1, within the journey window from their first step-1 event in the period (sales_led 30 d, self_serve 14 d,
  campaign_launch 21 d). The tolerance covers both readings (later steps may fall after the period end, or not),
  unless the question says later steps count. A funnel "for a lead source / traffic source" filters the
  advertiser's first step-1 event (events.channel = lead_source on tp_sales_call / tp_site_signup); "where do we
  lose the most" = the step whose next step is not reached by the most advertisers (its touchpoint_id);
- shares of a step's records are over that touchpoint's events in the period: rejection share = rejected review
  decisions / all review decisions (each round is a decision); payment failure share = failed / all payment
  attempts; upload failure share = failed / all upload attempts; rebooking rate = 'rebooked' / all rebooking
  decisions (tp_rebooking: rebooked + declined); delivery rate = average of delivery_rate on proof-of-play 'sent'
  events, by report ts;
- money = orders with status 'paid' by order ts, `amount` in CNY (prepaid bookings are charged at booking; credit
  (net30) clients are invoiced after airing, the invoice is their order; refunded / cancelled / overdue / unpaid are
  not money); average campaign value = paid booking orders' average amount;
- customers: segment / tier / lead_type as stored at the extract (2026-07-06);
- zh top entities are Chinese values where a Chinese twin column exists (城市, 行业, 驳回原因, 未续投原因, 线索来源,
  楼宇类型), else the raw value; en ones English values or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers (tolerance 5 %, checked against
  _truth/feedback_truth.csv); 1-2 stars = rating <= 2 over rated rows; NPS = share of 9-10 minus share of 0-6, as
  a fraction, over nps_survey rows;
- periods are inclusive calendar dates; relative periods resolve against the item's as_of.
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "events"):
        CON.execute(f"CREATE TABLE {t} AS SELECT DISTINCT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1, "
                    "all_varchar=true)")


def q(sql):
    return CON.execute(sql).fetchall()


def one(sql):
    return q(sql)[0][0]


def _in(col, start, end):
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join("lower(" + col + ") LIKE '%" + w.lower().replace("'", "''") + "%'" for w in words) + ")"


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _count(n):
    return dict(value=int(n), tolerance=0.5)


def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


# ---------- funnels (per advertiser, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    """cond may use e.* (the advertiser's first step-1 event in the period) and c.* (the advertiser)."""
    steps, window = _steps(journey)
    lim = f"AND ts < DATE '{end}' + INTERVAL 1 DAY" if bounded else ""
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS SELECT customer_id, ts, touchpoint_id FROM events "
                f"WHERE 1=1 {lim}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS
        SELECT customer_id, t1, t1 AS t FROM (
          SELECT e.customer_id, e.ts AS t1, ({cond}) AS ok,
                 row_number() OVER (PARTITION BY e.customer_id ORDER BY e.ts, e.event_id) rn
          FROM events e JOIN customers c USING (customer_id)
          WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}) WHERE rn = 1 AND ok""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", upto=None, frm=0, later=False):
    """share of advertisers at step frm+1 who reach step upto+1 (default: the last step)."""
    vals = []
    for bounded in ((False,) if later else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        k = len(c) - 1 if upto is None else upto
        vals.append(c[k] / c[frm])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def reach(journey, start, end, step, cond="1=1"):
    """number of advertisers reaching step (1-based); tolerance covers the period-end cut."""
    a = funnel(journey, start, end, cond=cond)[step - 1]
    b = funnel(journey, start, end, bounded=True, cond=cond)[step - 1]
    return dict(value=int(a), tolerance=max(0.5, abs(a - b) + 0.5))


def rank_conv(journey, start, end, by, groups, margin=1.2, lowest=False, min_n=30, upto=None, label=None):
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            k = len(c) - 1 if upto is None else upto
            if c[0] >= min_n:
                rows.append((g, c[k] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    t = tops.pop()
    return dict(top_entity=label[t] if label else t)


def top_lost(journey, start, end, margin=1.2, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- events ----------

def events_at(tp, start, end, cond="1=1", distinct=None):
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return _count(one(f"SELECT {what} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                      f"AND ({cond})"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' "
                     f"AND {_in('e.ts', start, end)} AND ({cond})"))


def events_avg(tp, col, start, end, cond="1=1", rel=0.02, nd=2):
    v = float(one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, nd), tolerance=round(max(0.05 if nd == 2 else 0.005, abs(v) * rel), nd))


def top_events_share(tp, num, by, start, end, margin=1.25, min_n=20, cond="1=1", lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.15, agg="count(*)"):
    rows = q(f"SELECT {by}, {agg} n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, col, by, start, end, cond="1=1", margin=1.25, min_n=20, lowest=False):
    rows = q(f"SELECT {by}, avg({col}) a, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY a {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def delivery(start, end, cond="1=1"):
    v = float(one(f"SELECT avg(e.delivery_rate) FROM events e WHERE e.touchpoint_id = 'tp_proof_of_play' "
                  f"AND e.action = 'sent' AND {_in('e.ts', start, end)} AND ({cond})"))
    return dict(value=round(v, 4), tolerance=0.01)


def top_month_share(tp, num, start, end, margin=1.5, cond="1=1"):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, avg(({num})::int) r FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def orders(start, end, cond="1=1", col="o.amount", status="paid"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1", status="paid"):
    return _count(one(f"SELECT count(*) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_avg(start, end, cond="1=1"):
    v = float(one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.005), 2))


def orders_share(num, start, end):
    v = one(f"SELECT sum(CASE WHEN {num} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o "
            f"WHERE o.status = 'paid' AND {_in('o.ts', start, end)}")
    return _rate(v)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.08):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_count(cond):
    return _count(one(f"SELECT count(*) FROM feedback f WHERE {cond}"))


def fb_avg(cond, col="f.rating", tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_share(cond):
    return _rate(one(f"SELECT avg((nps >= 9)::int) - avg((nps <= 6)::int) FROM feedback f "
                     f"WHERE nps IS NOT NULL AND {cond}"))


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_month(cond, margin=1.5):
    rows = q(f"SELECT strftime(f.ts, '%Y-%m') m, count(*) n FROM feedback f WHERE {cond} AND f.ts IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- names ----------
Y25, H1_25, H2_25, H1_26 = ("2025-01-01", "2025-12-31"), ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), \
    ("2026-01-01", "2026-06-30")
ALL = ("2025-01-01", "2026-06-30")
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
APR26, MAR26, MAY26 = month(2026, 4), month(2026, 3), month(2026, 5)
GZ_BAD = ("2025-08-01", "2025-12-31")
WEB_SRC = ["search_ads", "social_ads", "organic", "partner_platform"]
SALES_SRC = ["cold_list", "inbound_call", "referral", "street_canvass"]
RATED = "f.rating IS NOT NULL"
SURVEY = "f.channel = 'post_campaign_survey'"
NPS = "f.channel = 'nps_survey'"
REJECT_T = _like("f.text", ["审核老是被驳回", "creative keeps getting rejected"])
REVIEW_SLOW_T = _like("f.text", ["审核等了好几天", "review took days"])
PLAYS_T = _like("f.text", ["播放数据对不上", "play counts don't add up"])
BLANK_T = _like("f.text", ["屏幕是黑的", "screen was blank"])
PRICE_T = _like("f.text", ["价格太贵", "too pricey"])
UPLOAD_T = _like("f.text", ["素材传不上去", "upload keeps failing"])
PAYFAIL_T = _like("f.text", ["付款一直失败", "payment didn't go through"])
INVOICE_T = _like("f.text", ["发票开得太慢", "invoice took forever"])
CALLS_T = _like("f.text", ["电话打得太频繁", "too many sales calls"])
BUILDINGS_T = _like("f.text", ["想投的楼没有", "couldn't find the buildings i wanted"])
FOOTFALL_T = _like("f.text", ["来店客人变多了", "more walk-ins"])
EASY_T = _like("f.text", ["自助下单很方便", "booking online was easy"])
REP_T = _like("f.text", ["销售很专业", "rep was really helpful"])
REPORT_T = _like("f.text", ["报告很清楚", "report was clear"])
TOPICS = ((REJECT_T, "review_reject"), (REVIEW_SLOW_T, "review_slow"), (PLAYS_T, "plays_mismatch"),
          (BLANK_T, "screen_off"), (PRICE_T, "price_high"), (UPLOAD_T, "upload_fail"), (PAYFAIL_T, "payment_fail"),
          (INVOICE_T, "invoice_slow"), (CALLS_T, "too_many_calls"), (BUILDINGS_T, "no_buildings"),
          (FOOTFALL_T, "more_footfall"), (EASY_T, "easy_booking"), (REP_T, "rep_helpful"),
          (REPORT_T, "report_clear"))


SRC_ZH = {"cold_list": "陌拜名单", "inbound_call": "来电咨询", "referral": "老客推荐", "street_canvass": "地推扫楼",
          "search_ads": "搜索广告", "social_ads": "社交广告", "organic": "自然流量", "partner_platform": "合作平台"}
APR_MAY26 = ("2026-04-01", "2026-05-31")
GZ = "e.city = 'Guangzhou'"


def gold():
    return {
        # ---- acquisition funnels
        "ea01": lambda: conv("self_serve", *Y25),
        "ea02": lambda: rank_conv("self_serve", *Y25, "e.channel", WEB_SRC, lowest=True, margin=1.5),
        "ea03": lambda: conv("self_serve", *Y25, cond="e.channel = 'search_ads'"),
        "ea04": lambda: conv("self_serve", *Y25, cond="e.channel = 'social_ads'", upto=1),
        "ea05": lambda: conv("sales_led", *Y25),
        "ea06": lambda: rank_conv("sales_led", *Y25, "e.channel", SALES_SRC, label=SRC_ZH),
        "ea07": lambda: top_lost("sales_led", *H1_26),
        "ea08": lambda: top_lost("self_serve", *H1_26),
        "ea09": lambda: events_at("tp_site_signup", *Q1_26, distinct="e.customer_id"),
        "ea10": lambda: events_at("tp_sales_call", *Y25),
        "ea11": lambda: events_share("tp_sales_call", "e.action = 'no_answer'", *Y25),
        "ea12": lambda: conv("sales_led", *Y25, frm=2, later=True),
        # ---- creative review and launch
        "ea13": lambda: events_share("tp_compliance_review", "e.action = 'rejected'", *APR26),
        "ea14": lambda: events_share("tp_compliance_review", "e.action = 'rejected'", *MAR26),
        "ea15": lambda: top_month_share("tp_compliance_review", "e.action = 'rejected'", *ALL, margin=1.8),
        "ea16": lambda: top_events_share("tp_compliance_review", "e.action = 'rejected'", "e.行业", *ALL, margin=1.3),
        "ea17": lambda: top_events_count("tp_compliance_review", "e.reject_reason", *APR26,
                                         cond="e.action = 'rejected'", margin=3),
        "ea18": lambda: top_events_count("tp_compliance_review", "e.驳回原因", *ALL,
                                         cond="e.action = 'rejected' AND e.industry = 'education'", margin=1.5),
        "ea19": lambda: events_avg("tp_compliance_review", "e.review_hours", *Y25),
        "ea20": lambda: conv("campaign_launch", *APR26, later=True),
        "ea21": lambda: conv("campaign_launch", *MAR26, later=True),
        "ea23": lambda: events_at("tp_airing", *Q2_26, cond="e.action = 'live'"),
        "ea24": lambda: events_at("tp_booking", *H1_26,
                                  cond="e.action = 'cancelled' AND e.cancel_reason = 'creative_rejected'"),
        "ea25": lambda: events_at("tp_compliance_review", *APR26,
                                  cond="e.action = 'rejected' AND e.reviewer = 'ai_prescreen'"),
        # ---- payment, airing, reports, invoices
        "ea26": lambda: top_events_share("tp_payment", "e.action = 'failed'", "e.payment_method", *ALL, margin=1.8),
        "ea27": lambda: events_share("tp_payment", "e.action = 'failed'", *Y25),
        "ea28": lambda: top_events_avg("tp_proof_of_play", "e.delivery_rate", "e.city", *H2_25,
                                       cond="e.action = 'sent'", margin=1.08, lowest=True),
        "ea29": lambda: delivery(*GZ_BAD, cond=GZ),
        "ea30": lambda: events_at("tp_proof_of_play", *Y25, cond="e.action = 'sent'"),
        "ea31": lambda: events_avg("tp_invoice", "e.days_after_end", *Y25,
                                   cond="e.action = 'issued' AND e.invoice_type = 'vat_special'"),
        # ---- rebooking
        "ea32": lambda: events_share("tp_rebooking", "e.action = 'rebooked'", *Y25),
        "ea33": lambda: top_events_share("tp_rebooking", "e.action = 'rebooked'", "e.行业", *ALL, margin=1.2),
        "ea34": lambda: top_events_share("tp_rebooking", "e.action = 'rebooked'", "e.city", "2025-08-01",
                                         "2026-01-31", margin=1.2, lowest=True),
        "ea35": lambda: top_events_count("tp_rebooking", "e.未续投原因", *ALL,
                                         cond=f"e.action = 'declined' AND {GZ}", margin=1.5),
        "ea36": lambda: top_events_count("tp_rebooking", "e.未续投原因", *ALL,
                                         cond="e.action = 'declined' AND e.city = 'Shanghai'", margin=1.2),
        # ---- money
        "ea37": lambda: orders(*Y25),
        "ea38": lambda: orders_change(H1_25, H1_26),
        "ea39": lambda: top_orders("o.city", *Y25, margin=1.2),
        "ea40": lambda: top_orders("o.行业", *Y25, margin=1.2),
        "ea41": lambda: orders_avg(*Y25, cond="o.order_type = 'booking'"),
        "ea42": lambda: orders(*Y25, cond="o.order_type = 'invoice'"),
        "ea43": lambda: orders(*H1_26, cond="o.order_type = 'invoice'"),
        "ea44": lambda: orders(*H1_26, status="refunded"),
        "ea45": lambda: per_customer(*Y25),
        "ea46": lambda: orders(*month(2026, 6)),
        "ea47": lambda: orders_share("o.channel = 'self_serve'", *Y25),
        "ea48": lambda: customers_count("c.segment = 'vip'"),
        "ea49": lambda: customers_count("c.segment = 'at_risk'"),
        # ---- feedback
        "ea50": lambda: fb_topic_count(PLAYS_T),
        "ea51": lambda: top_fb_count("f.touchpoint_id", PLAYS_T, margin=3),
        "ea52": lambda: top_fb_count("f.city", PLAYS_T, margin=3),
        "ea53": lambda: fb_topic_count(REJECT_T, _in("f.ts", *APR26)),
        "ea54": lambda: fb_topic_count(PRICE_T, _in("f.ts", *Y25)),
        "ea55": lambda: top_fb_count("f.touchpoint_id", f"f.rating <= 2 AND {_in('f.ts', *APR_MAY26)}", margin=3),
        "ea56": lambda: fb_avg(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "ea57": lambda: nps_share(f"{NPS} AND {_in('f.ts', *H2_25)}"),
        "ea58": lambda: nps_share(f"{NPS} AND {_in('f.ts', *H1_26)}"),
        "ea59": lambda: feedback_ids(BLANK_T),
        "ea60": lambda: feedback_ids(REP_T),
        "ea61": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND {RATED} AND {_in('f.ts', *Y25)}"),
        "ea62": lambda: top_fb_count("f.touchpoint_id", INVOICE_T, margin=3),
        "ea63": lambda: fb_topic_count(FOOTFALL_T),
        # ---- relative periods
        "ea64": lambda: events_at("tp_airing", *month(2026, 6), cond="e.action = 'live'"),
        "ea65": lambda: orders(*Q2_26),
    }


def checks():
    for cond, topic in TOPICS:
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
        print(it["id"], it["lang"], it["question"][:60], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
