"""Gold answers for the 听岛 ListenIsle audiobook-subscription held-out batch: plain DuckDB SQL over the raw CSVs written
by generate.py (never the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md, per person (customer_id): a customer reaches step k when they have an event at step k's
  touchpoint (any action: a payment error on the trial screen, a declined retention offer all reach their step) after
  reaching step k-1, within the journey window from their first step-1 event in the period (activation 14 d from the
  install, trial_to_paid 40 d from the trial start, cancel_save 7 d from opening the cancellation flow). The tolerance
  covers both readings (later steps may fall after the period end, or not) unless the question says later steps
  count. A market / acquisition-channel / device filter applies to the person's first step-1 event in the period
  (that event's market, device) or to the customer (customers.acquisition_channel). "Where do we lose people worst" =
  the step with the lowest step conversion (people at step k+1 / people at step k of the same funnel), answered with
  that step's touchpoint_id. "People" / "users" / "members" = distinct customer_id;
- counts and shares of a step's own records: installs = tp_install events; payment errors = tp_paywall
  'payment_error' events; sign-up failures = tp_account 'fail' events over tp_account events; renewal charge attempts
  = tp_billing events with billing_kind 'renewal' (failure rate = 'failed' over all attempts); charges while paused =
  tp_billing rows with during_pause; pauses = tp_plan_change 'pause'; cancellations = tp_cancel 'cancelled' (cancel_type
  trial_cancel / voluntary / involuntary; cancel_source in_app / app_store_settings / billing_failure); return requests
  = tp_return 'requested', return decisions = tp_return 'approved' + 'rejected'; retention offers = tp_retention_offer
  events (accepted / declined); listening = tp_listening 'play' events (minutes); support tickets = tp_support events;
- money = orders with status 'paid' by order ts. `amount` is in the market's own currency (CNY / USD / GBP); a question
  about one market uses `amount` in that currency; across markets it says "in USD" / "折算美元" and uses `amount_usd`
  (fixed rates CNY 0.14, GBP 1.27). Refunded orders (charges while paused given back) and returned book purchases are
  not revenue; "refunded amount" = orders with status 'refunded';
- zh top entities are Chinese values where the data has a Chinese column (类型, 退书原因, 取消原因, 暂停原因, 失败原因, 咨询原因,
  获客渠道, 套餐, region in China), en ones the English values (genre, return_reason, cancel_reason ...) or touchpoint_id;
  raw values where there is no Chinese column (device, payment_method, install_store, offer_type, ad_campaign, title);
- feedback: "all data" includes rows without ts; topic counts by text markers (tolerance 5 %, checked against
  _truth/feedback_truth.csv); rated feedback = survey, app_review and book_review rows; negative = rating 1-2; NPS =
  share of 9-10 minus share of 0-6 over survey rows, as a fraction;
- periods are inclusive calendar dates; relative periods resolve against the item's as_of; weeks Monday..Sunday.
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
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, all_varchar=true)")


def q(sql):
    return CON.execute(sql).fetchall()


def one(sql):
    return q(sql)[0][0]


def _in(col, start, end):
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join("lower(" + col + ") LIKE '%" + w.lower().replace("'", "''") + "%'" for w in words) + ")"


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _count(n):
    return dict(value=int(n), tolerance=0.5)


# ---------- funnels (per person, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    """people reaching each step; cond may use e.* (the person's first step-1 event in the period) and c.*."""
    steps, window = _steps(journey)
    lim = f"WHERE ts < DATE '{end}' + INTERVAL 1 DAY" if bounded else ""
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS SELECT customer_id, ts, touchpoint_id FROM events {lim}")
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
    """later=True: the question says later steps count (the window may run past the period end)."""
    vals = []
    for bounded in ((False,) if later else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        k = len(c) - 1 if upto is None else upto
        vals.append(c[k] / c[frm])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, groups, margin=1.1, lowest=False, min_n=30, upto=None, frm=0):
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            k = len(c) - 1 if upto is None else upto
            if c[frm] >= min_n:
                rows.append((g, c[k] / c[frm]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def worst_step(journey, start, end, margin=1.15, cond="1=1"):
    """the step with the lowest step conversion (its touchpoint_id)."""
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        lost = [1 - c[i + 1] / c[i] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def funnel_count(journey, start, end, k, cond="1=1", later=False):
    a = funnel(journey, start, end, bounded=False, cond=cond)[k]
    b = a if later else funnel(journey, start, end, bounded=True, cond=cond)[k]
    return dict(value=a, tolerance=max(0.5, abs(a - b) + 0.5))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                      f"AND ({cond})"))


def people_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(DISTINCT customer_id) FROM events e WHERE e.touchpoint_id = '{tp}' "
                      f"AND {_in('e.ts', start, end)} AND ({cond})"))


def events_avg(tp, col, start, end, cond="1=1", agg="avg", tol_rel=0.02):
    v = float(one(f"SELECT {agg}({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.1, abs(v) * tol_rel), 2))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' "
                     f"AND {_in('e.ts', start, end)} AND ({cond})"))


def top_events_share(tp, num, by, start, end, margin=1.25, min_n=1, cond="1=1", lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}")
    assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_sum(tp, col, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, sum({col}) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=int(v), tolerance=round(max(0.5, v * 0.002), 1))


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", col="o.amount", status="paid"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond):
    return _count(one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def orders_share(num, start, end, cond="1=1", col="o.amount_usd"):
    v = one(f"SELECT sum(CASE WHEN {num} THEN {col} ELSE 0 END) / sum({col}) FROM orders o "
            f"WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return _rate(v)


def orders_change(a, b, cond="1=1", col="o.amount_usd"):
    x = one(f"SELECT sum({col}) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum({col}) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def order_avg(start, end, cond="1=1", col="o.amount"):
    v = one(f"SELECT avg({col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1, col="o.amount_usd"):
    rows = q(f"""SELECT {by}, sum({col}) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def customers_share(num, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"))


def top_customers(by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    wrong = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
                f"AND truth.topic <> '{topic}'")
    missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                 f"WHERE truth.topic = '{topic}' AND NOT ({cond})")
    assert wrong == 0 and missed == 0, (topic, wrong, missed)


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


def top_fb_avg(by, cond, lowest=True, margin=0.15, min_n=30):
    rows = q(f"SELECT {by}, avg(f.rating) r, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- names ----------
ALL = ("2024-08-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q1_25, Q1_26, Q4_25, Q2_26 = quarter(2025, 1), quarter(2026, 1), quarter(2025, 4), quarter(2026, 2)
(LANDING, INSTALL, ACCOUNT, PAYWALL, TRIAL, FIRST, CONVERT, BILLING, BOOK, TOPUP, LISTEN, RETURN, SUPPORT, PLAN,
 CFLOW, OFFER, CANCEL) = (
    "tp_promo_landing", "tp_install", "tp_account", "tp_paywall", "tp_trial_start", "tp_first_listen",
    "tp_trial_convert", "tp_billing", "tp_book_purchase", "tp_credit_topup", "tp_listening", "tp_return",
    "tp_support", "tp_plan_change", "tp_cancel_flow", "tp_retention_offer", "tp_cancel")
PAYMENT_T = _like("f.text", ["支付页", "payment screen"])
PAUSED_T = _like("f.text", ["暂停", "paus"])
AI_T = _like("f.text", ["ai配音", "ai voice", "robotic"])
RETURN_T = _like("f.text", ["退书", "return"])
VERIFY_T = _like("f.text", ["验证码", "verification"])
CANCELHARD_T = _like("f.text", ["取消不了", "找不到取消", "hard to cancel", "cancel button"])
OFFLINE_T = _like("f.text", ["离线", "offline"])
CATALOG_T = _like("f.text", ["书库", "catalog"])
PRICE_T = _like("f.text", ["太贵", "expensive"])
NARRATOR_T = _like("f.text", ["演播", "narrator"])
BEDTIME_T = _like("f.text", ["睡前", "bedtime"])
VALUE_T = _like("f.text", ["性价比", "worth"])
EASY_T = _like("f.text", ["界面", "easy to use"])
CREDITS_T = _like("f.text", ["点数", "credit"])
TOPICS = ((PAYMENT_T, "trial_payment"), (PAUSED_T, "paused_charged"), (AI_T, "ai_voice"), (RETURN_T, "return_rejected"),
          (VERIFY_T, "verification"), (CANCELHARD_T, "cancel_hard"), (OFFLINE_T, "offline"), (CATALOG_T, "catalogue"),
          (PRICE_T, "price"), (NARRATOR_T, "narrator"), (BEDTIME_T, "bedtime"), (VALUE_T, "value"), (EASY_T, "easy"),
          (CREDITS_T, "credits"))
RATED = "f.rating IS NOT NULL"
SURVEY = "f.channel = 'survey'"
RENEWAL = "e.billing_kind = 'renewal'"
DECISION = "e.action IN ('approved', 'rejected')"


def gold():
    nov25, oct25, jan26, mar26, jun26 = month(2025, 11), month(2025, 10), month(2026, 1), month(2026, 3), month(2026, 6)
    q3_25 = quarter(2025, 3)
    may_sep25 = ("2025-05-01", "2025-09-30")
    nov_dec25 = ("2025-11-01", "2025-12-31")
    acq = ["app_store", "podcast_ad", "social_ad", "referral", "partner_bundle"]
    return {
        # ---- funnels
        "ab01": lambda: conv("activation", *Y25),
        "ab02": lambda: worst_step("activation", *nov25, margin=1.4),
        "ab03": lambda: conv("activation", *nov25, frm=2, upto=3),
        "ab04": lambda: conv("activation", *oct25, frm=2, upto=3),
        "ab05": lambda: rank_conv("trial_to_paid", *Y25, by="c.acquisition_channel", groups=acq, lowest=True,
                                  margin=1.5),
        "ab06": lambda: conv("trial_to_paid", *Y25, cond="c.acquisition_channel = 'podcast_ad'"),
        "ab07": lambda: conv("trial_to_paid", *H2_25, later=True),
        "ab08": lambda: conv("trial_to_paid", *H2_25, cond="e.market = 'uk'", later=True),
        "ab09": lambda: conv("cancel_save", *Q1_26),
        "ab10": lambda: funnel_count("activation", *jan26, 4, later=True),
        # ---- cancellations, pauses, billing
        "ab11": lambda: top_events_share(OFFER, "e.action = 'accepted'", "e.offer_type", *Y25, margin=1.2),
        "ab12": lambda: top_events_count(CANCEL, 'e."取消原因"', *Y25, "e.cancel_type = 'voluntary'", margin=1.3),
        "ab13": lambda: top_events_count(CANCEL, 'e."取消原因"', *Y25, "e.cancel_type = 'trial_cancel'", margin=1.5),
        "ab14": lambda: people_at(CANCEL, *mar26, "e.cancel_type = 'trial_cancel'"),
        "ab15": lambda: events_at(PLAN, *Y25, "e.action = 'pause'"),
        "ab16": lambda: top_events_count(PLAN, 'e."暂停原因"', *Y25, "e.action = 'pause'", margin=1.2),
        "ab17": lambda: events_at(BILLING, *may_sep25, "e.during_pause AND e.action = 'charged'"),
        "ab18": lambda: top_events_share(BILLING, "e.action = 'failed'", "e.payment_method", *Y25, margin=1.3,
                                         cond=RENEWAL),
        "ab19": lambda: events_share(BILLING, "e.action = 'failed'", *Y25, RENEWAL),
        # ---- acquisition
        "ab20": lambda: events_at(PAYWALL, *nov25, "e.action = 'payment_error'"),
        "ab21": lambda: top_events_count(PAYWALL, "e.device", *nov25, "e.action = 'payment_error'", margin=3),
        "ab22": lambda: top_events_count(ACCOUNT, 'e."失败原因"', *ALL, "e.action = 'fail'", margin=1.3),
        "ab23": lambda: events_at(INSTALL, *Q4_25),
        "ab24": lambda: events_at(INSTALL, "2026-01-05", "2026-01-11"),
        "ab25": lambda: top_events_count(INSTALL, "e.ad_campaign", *Y25,
                                         "e.market = 'cn' AND e.install_source = 'podcast_ad'", margin=1.3),
        "ab26": lambda: top_events_count(INSTALL, "e.install_store", *Y25, "e.market = 'cn' AND e.device = 'android'",
                                         margin=1.2),
        # ---- returns, listening, support
        "ab27": lambda: top_events_count(RETURN, 'e."退书原因"', *Y25, "e.action = 'requested'", margin=1.4),
        "ab28": lambda: events_share(RETURN, "e.narration = 'ai_voice'", *Y25, "e.action = 'requested'"),
        "ab29": lambda: events_share(RETURN, "e.action = 'rejected'", *H1_26, DECISION),
        "ab30": lambda: top_events_sum(LISTEN, "e.minutes", 'e."类型"', *Y25, "e.market = 'cn'", margin=1.5),
        "ab31": lambda: top_events_sum(LISTEN, "e.minutes", "e.title", *Y25, "e.market = 'us'", margin=1.1),
        "ab32": lambda: top_events_sum(LISTEN, "e.minutes", "e.title", *Y25, "e.market = 'uk'", margin=1.2),
        "ab33": lambda: events_share(LISTEN, "e.device = 'smart_speaker'", *H1_26),
        "ab34": lambda: events_avg(LISTEN, "e.minutes", *Y25),
        "ab35": lambda: top_events_count(SUPPORT, "e.contact_reason", *q3_25, margin=1.3),
        # ---- money
        "ab36": lambda: orders(*Y25, "o.market = 'us'"),
        "ab37": lambda: orders(*Y25, "o.market = 'uk'"),
        "ab38": lambda: orders(*Y25, "o.market = 'cn'"),
        "ab39": lambda: top_orders("o.market", *Y25, margin=1.5),
        "ab40": lambda: orders(*Q1_26, col="o.amount_usd"),
        "ab41": lambda: orders_change(Q1_25, Q1_26),
        "ab42": lambda: orders_share("o.order_type IN ('subscription_first', 'subscription_renewal')", *Y25),
        "ab43": lambda: orders(*Y25, "o.market = 'uk' AND o.order_type = 'credit_topup'"),
        "ab44": lambda: orders(*Y25, "o.market = 'us' AND o.order_type LIKE 'subscription%'", status="refunded"),
        "ab45": lambda: orders(*jun26, col="o.amount_usd"),
        # ---- customers
        "ab46": lambda: customers_count("c.acquisition_channel = 'referral'"),
        "ab47": lambda: customers_count("c.segment = 'paused'"),
        "ab48": lambda: top_customers("c.region", "c.market = 'cn'", margin=1.15),
        # ---- feedback
        "ab49": lambda: fb_topic_count(PAUSED_T),
        "ab50": lambda: top_fb_count("f.touchpoint_id", PAUSED_T, margin=3),
        "ab51": lambda: fb_topic_count(f"{PAUSED_T} AND f.channel = 'ticket'"),
        "ab52": lambda: fb_topic_count(PAYMENT_T, _in("f.ts", *nov_dec25)),
        "ab53": lambda: fb_topic_count(AI_T),
        "ab54": lambda: top_fb_count("f.touchpoint_id", AI_T, margin=1.4),
        "ab55": lambda: feedback_ids(AI_T),
        "ab56": lambda: fb_avg("f.channel = 'book_review' AND f.narration = 'ai_voice'"),
        "ab57": lambda: fb_avg("f.channel = 'book_review' AND f.narration = 'human'"),
        "ab58": lambda: nps_share(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "ab59": lambda: fb_avg(f"f.channel = 'app_review' AND {_in('f.ts', *Y25)}"),
        "ab60": lambda: top_fb_avg("f.channel", "1=1", lowest=True, margin=0.3),
        "ab61": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'book_review' AND {_in('f.ts', *H1_26)}"),
        "ab62": lambda: fb_topic_count(CATALOG_T),
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
    fns = dict(gold())
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
    zh = sum(it["lang"] == "zh" for it in items)
    mix = {}
    for it in items:
        mix[it["expect"]["status"]] = mix.get(it["expect"]["status"], 0) + 1
    print(f"{len(items)} items: zh {zh} / en {len(items) - zh}; {mix}; follow-ups "
          f"{sum('follow_up_of' in it for it in items)}; as_of {sum('as_of' in it for it in items)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
