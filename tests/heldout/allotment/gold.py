"""Gold answers for the 邻田 CommonPlot allotments held-out batch: plain DuckDB SQL over the raw CSVs written by
generate.py (never the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md, per person (customer_id): a customer reaches step k when they have an event at step k's
  touchpoint (any action: a rejected proof-of-residence upload, an expired or declined offer, a withdrawn agreement,
  a failed fee payment, a give-up or a refused renewal all reach their step) after reaching step k-1, within the
  journey window from their first step-1 event in the period (join_waitlist 30 d, plot_allocation 30 d,
  annual_renewal 60 d, workshop 30 d). The tolerance covers both readings (later steps may fall after the period
  end, or not) unless the question says later steps count. A sign-up channel / site / free-or-paid filter applies to
  the person's first step-1 event in the period (that event's channel, site_id, free_workshop); a customer attribute
  (tier, segment ...) to customers. "Where do we lose the most people" = the step whose next step is not reached by
  the most people (answer: that step's touchpoint_id). Step rates = people at step k+1 / people at step k of the same
  funnel. "People" / "applicants" / "plot holders" = distinct customer_id;
- counts and shares of a step's own records: offers = tp_plot_offer events (action accepted / declined / expired),
  inspections = tp_inspection events (a notice = first_notice or final_notice), residency checks =
  tp_residency_check events, workshop bookings = tp_workshop_booking events, check-ins = tp_workshop events, give-ups
  = tp_renewal 'gave_up' (mid-term or at renewal), refusals = tp_renewal 'refused_non_cultivation', site issues =
  tp_site_issue events (issue_type), member enquiries = tp_support events (contact_reason), waiting time at offer =
  tp_plot_offer days_on_list, access wait = tp_access_induction wait_days;
- money = orders with status 'paid' by order ts. `amount` is in the site's own currency (`currency`); a question about
  one site or one country's sites uses `amount` in that currency; a question across currencies says "in RMB" /
  "折算人民币" and uses `amount_cny` (fixed group rates). Revenue = plot fees + water charges + workshop tickets +
  seed packs; key deposits (status held / refunded) are never revenue; failed fee attempts are not money;
- zh top entities are Chinese values (site, 工作坊主题, 问题类型, 驳回原因, 退租原因, 咨询原因, 获客渠道 ...), en ones English
  values (site_en, workshop_topic, issue_type ...) or touchpoint_id; raw values where the data has no Chinese column
  (payment_method, channel);
- feedback: "all data" includes rows without ts; topic counts by text markers (tolerance 5 %, checked against
  _truth/feedback_truth.csv); rated feedback = survey and app_review rows; negative = rating 1-2; NPS = share of 9-10
  minus share of 0-6 over survey rows, as a fraction; a site's feedback = feedback.site_id;
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


def top_lost(journey, start, end, margin=1.2, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
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


def top_events_agg(tp, col, by, start, end, agg="median", margin=1.5, cond="1=1"):
    rows = q(f"SELECT {by}, {agg}({col}) v FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) GROUP BY 1 ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", col="o.amount", status="paid"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond):
    return _count(one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def orders_share(num, start, end, cond="1=1", col="o.amount_cny"):
    v = one(f"SELECT sum(CASE WHEN {num} THEN {col} ELSE 0 END) / sum({col}) FROM orders o "
            f"WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return _rate(v)


def orders_change(a, b, cond="1=1", col="o.amount_cny"):
    x = one(f"SELECT sum({col}) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum({col}) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def order_avg(start, end, cond="1=1", col="o.amount"):
    v = one(f"SELECT avg({col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1, col="o.amount_cny"):
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
ALL = ("2024-09-01", "2026-05-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
JAN_MAY_26 = ("2026-01-01", "2026-05-31")
Q1_25, Q1_26, Q4_25 = quarter(2025, 1), quarter(2026, 1), quarter(2025, 4)
(SIGNUP, RES, WAIT, CHECK, OFFER, VIEW, AGREE, FEE, ACCESS, INSP, ISSUE, WSB, WS, SEED, NOTICE, RENEW, SUPPORT) = (
    "tp_signup", "tp_residency_check", "tp_waitlist", "tp_waitlist_check", "tp_plot_offer", "tp_viewing",
    "tp_agreement", "tp_fee_payment", "tp_access_induction", "tp_inspection", "tp_site_issue",
    "tp_workshop_booking", "tp_workshop", "tp_seed_shop", "tp_renewal_notice", "tp_renewal", "tp_support")
RATED = "f.rating IS NOT NULL"
SURVEY = "f.channel = 'survey'"
SPAM_T = _like("f.text", ["垃圾邮件", "垃圾短信", "拦截", "spam", "junk"])
UPLOAD_T = _like("f.text", ["上传", "upload"])
WARN_T = _like("f.text", ["警告", "warning"])
WATER_T = _like("f.text", ["没水", "停水", "no water", "taps"])
WAIT_T = _like("f.text", ["排位", "排了", "waiting list", "on the list"])
KEY_T = _like("f.text", ["钥匙", "密码锁", "key", "padlock"])
FRIENDLY_T = _like("f.text", ["热心", "friendly"])
HARVEST_T = _like("f.text", ["收成", "harvest"])
LEARN_T = _like("f.text", ["学到", "learned", "learnt"])
PRICE_T = _like("f.text", ["太贵", "涨价", "expensive", "price rise"])
THEFT_T = _like("f.text", ["被偷", "stolen", "nicked"])
STOCK_T = _like("f.text", ["缺货", "out of stock", "sold out"])
TOPICS = ((SPAM_T, "spam_offer"), (UPLOAD_T, "upload"), (WARN_T, "warning"), (WATER_T, "water"),
          (WAIT_T, "long_wait"), (KEY_T, "key_delay"), (FRIENDLY_T, "friendly"), (HARVEST_T, "harvest"),
          (LEARN_T, "learned"), (PRICE_T, "price"), (THEFT_T, "theft"), (STOCK_T, "seed_stock"))
SITE = {k: f"e.site_id = '{k}'" for k in ("S1", "S2", "S3", "S4", "S5", "S6", "S7")}
SITE_ZH = ["上海金桥菜园", "成都锦江菜园", "杭州西溪农园", "伦敦哈克尼份地", "曼彻斯特乔尔顿份地", "墨尔本布伦瑞克花园",
           "温哥华斯特拉斯科纳花园"]
NOTICED = "e.action IN ('first_notice', 'final_notice')"


def gold():
    mar26, feb26, oct25, may26 = month(2026, 3), month(2026, 2), month(2025, 10), month(2026, 5)
    summer25 = ("2025-06-01", "2025-09-30")
    sep25 = month(2025, 9)
    pump = ("2026-01-01", "2026-02-28")
    spring26 = ("2026-03-01", "2026-05-31")
    cn_sites = "o.site_id IN ('S1', 'S2', 'S3')"
    return {
        # ---- funnels
        "al01": lambda: conv("join_waitlist", *Y25),
        "al02": lambda: rank_conv("join_waitlist", *Y25, by="e.channel", lowest=True, margin=1.5,
                                  groups=["app", "web", "mini_program", "noticeboard_qr", "council_referral", "walk_in"]),
        "al03": lambda: conv("join_waitlist", *Y25, cond="e.channel = 'app'"),
        "al04": lambda: conv("join_waitlist", *JAN_MAY_26, cond="e.channel = 'noticeboard_qr'"),
        "al05": lambda: top_lost("plot_allocation", *mar26, margin=3),
        "al06": lambda: conv("plot_allocation", *mar26, upto=1, later=True),
        "al07": lambda: conv("plot_allocation", *feb26, upto=1, later=True),
        "al08": lambda: conv("plot_allocation", *H2_25),
        "al09": lambda: conv("annual_renewal", *sep25, cond=SITE["S4"], later=True),
        "al10": lambda: conv("annual_renewal", *sep25, cond=SITE["S5"], later=True),
        "al11": lambda: conv("workshop", *Y25),
        "al12": lambda: conv("workshop", *Y25, cond="e.free_workshop"),
        "al13": lambda: funnel_count("plot_allocation", *oct25, 4, later=True),
        # ---- step records
        "al14": lambda: events_share(OFFER, "e.action = 'expired'", *mar26),
        "al15": lambda: events_share(OFFER, "e.action = 'expired'", *feb26),
        "al16": lambda: top_events_count(OFFER, 'e."拒绝原因"', *Y25, "e.action = 'declined'", margin=1.1),
        "al17": lambda: top_events_count(RES, 'e."驳回原因"', *ALL, "e.action = 'rejected'", margin=2),
        "al18": lambda: events_share(RES, "e.action = 'rejected'", *Y25),
        "al19": lambda: events_share(INSP, NOTICED, *summer25, SITE["S4"]),
        "al20": lambda: events_share(INSP, NOTICED, *summer25, SITE["S5"]),
        "al21": lambda: top_events_share(INSP, NOTICED, "e.site_en", *Y25, margin=1.5),
        "al22": lambda: top_events_count(INSP, 'e."警告原因"', *Y25, f"{SITE['S4']} AND {NOTICED}", margin=1.5),
        "al23": lambda: events_avg(OFFER, "e.days_on_list", *Y25, SITE["S4"]),
        "al24": lambda: top_events_agg(OFFER, "e.days_on_list", "e.site", *Y25, margin=1.5),
        "al25": lambda: events_at(ISSUE, *pump, f"{SITE['S6']} AND e.issue_type = 'water_supply'"),
        "al26": lambda: top_events_count(ISSUE, 'e."问题类型"', *pump, SITE["S6"], margin=3),
        "al27": lambda: top_events_agg(ACCESS, "e.wait_days", "e.site", *ALL, agg="avg", margin=1.5),
        "al28": lambda: top_events_share(FEE, "e.action = 'failed'", "e.payment_method", *Y25, margin=1.5),
        "al29": lambda: top_events_count(WSB, 'e."工作坊主题"', *Y25, margin=1.5),
        "al30": lambda: events_at(RENEW, *Y25, "e.action = 'gave_up'"),
        "al31": lambda: top_events_count(RENEW, 'e."退租原因"', *Y25, "e.action = 'gave_up'", margin=1.3),
        "al32": lambda: events_at(RENEW, *Y25, f"{SITE['S4']} AND e.action = 'refused_non_cultivation'"),
        "al33": lambda: events_at(VIEW, "2025-05-12", "2025-05-18"),
        "al34": lambda: top_events_count(SUPPORT, "e.contact_reason", *may26, margin=1.15),
        # ---- money
        "al35": lambda: orders(*Y25, f"o.site_id = 'S4' AND o.order_type = 'plot_fee'"),
        "al36": lambda: orders(*Y25, col="o.amount_cny"),
        "al37": lambda: top_orders("o.site_en", *Y25, margin=1.1),
        "al38": lambda: orders(*Y25, "o.site_id = 'S4'"),
        "al39": lambda: orders(*spring26, f"{cn_sites} AND o.order_type = 'seed_pack'"),
        "al40": lambda: orders(*Q4_25, "o.site_id = 'S7' AND o.order_type = 'workshop_ticket'"),
        "al41": lambda: order_avg(*Y25, "o.site_id = 'S5' AND o.order_type = 'plot_fee' AND o.fee_kind = 'renewal'"),
        "al42": lambda: orders_share("o.order_type = 'plot_fee'", *Y25),
        "al43": lambda: orders_change(Q1_25, Q1_26),
        "al44": lambda: orders(*ALL, "o.site_id = 'S4' AND o.order_type = 'key_deposit'", status="held"),
        "al45": lambda: orders(*may26, col="o.amount_cny"),
        # ---- customers
        "al46": lambda: customers_count("c.tier = 'concession'"),
        "al47": lambda: top_customers('c."获客渠道"', "c.home_site_id IN ('S1', 'S2', 'S3')", margin=1.3),
        "al48": lambda: customers_share("c.accessibility_need"),
        # ---- feedback
        "al49": lambda: fb_topic_count(WARN_T),
        "al50": lambda: top_fb_count("f.site", WARN_T, margin=3),
        "al51": lambda: top_fb_count("f.touchpoint_id", WARN_T, margin=3),
        "al52": lambda: fb_topic_count(SPAM_T, _in("f.ts", "2026-03-01", "2026-04-30")),
        "al53": lambda: top_fb_count("f.site", WATER_T, margin=5),
        "al54": lambda: feedback_ids(KEY_T),
        "al55": lambda: nps_share(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "al56": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND {_in('f.ts', *JAN_MAY_26)}"),
        "al57": lambda: top_fb_avg("f.site", f"{SURVEY} AND {_in('f.ts', *Y25)}", lowest=True, margin=0.2),
        "al58": lambda: fb_avg(f"{SURVEY} AND f.site_id = 'S4' AND {_in('f.ts', *Y25)}"),
        "al59": lambda: fb_topic_count(FRIENDLY_T),
        "al60": lambda: fb_topic_count(UPLOAD_T),
        "al61": lambda: fb_avg(f"f.channel = 'app_review' AND {_in('f.ts', *Y25)}"),
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
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
