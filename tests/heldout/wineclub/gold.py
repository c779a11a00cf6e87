"""Gold answers for the 醇享 VinoClub wine-box held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period (acquisition 14 d,
  quiz_conversion 14 d, first_box 45 d, cancellation 7 d). Rates are computed twice, with later steps allowed after
  the period end and with every step inside the period; the tolerance covers both. Drop-off of a step = 1 - reached
  next / reached this step; "lost at a step" = reached it but not the next one. A funnel "for customers of X"
  filters customers (acquisition_channel, kol_code, 口味偏好 ...); a funnel "in the Android app" keeps customers whose
  first step-1 event in the period was on that channel / device (later steps on any channel);
- "second box charged" = the first tp_box_charge event (box_no 2) — a charge event counts even when the charge was
  later refunded (auto-renew disputes);
- per-box times pair events by `box_id` (shipped -> delivered, days; period and warehouse / courier on the shipped
  event); "from subscribing to the first box delivered" pairs tp_subscribe with the tp_delivered event of the same
  `order_id` (period on the subscription); "first ad click -> subscription" = per subscriber, earliest tp_ad_click
  before the subscription to the subscription (customers without an ad click are left out);
- breakage rate = delivered boxes (tp_delivered in the period) that have a tp_breakage event with the same box_id /
  delivered boxes; courier / 快递公司 / warehouse on the delivered event, region / city from customers;
- counts: new subscriptions / first boxes = tp_subscribe events; boxes shipped / delivered = tp_shipped /
  tp_delivered events; skips = tp_skip events; one-off shop orders = orders.product_type one_off with status paid;
- money / revenue / 收入 = sum(amount) of orders with status `paid` by order time (ts); product_type:
  subscription_trial (first box at trial price), subscription (renewal charges), one_off, gift_card, shipping,
  broken_bottle_refund (status refunded; "refunded for broken bottles" sums these by their ts);
- customer attributes (tier / 套餐, taste_profile / 口味偏好, city, region, age_band, gender, acquisition_channel,
  kol_code) are the state at the end of the data (2026-07-31); "per subscriber on the X plan" = customers with that
  tier;
- app bottle ratings = tp_rating events (`stars`); every one has a matching feedback row (channel app_rating, rating
  = stars), so the feedback reading is the same number;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date; a share "in
  H2 2025" uses dated rows of that period; NPS average = mean `nps` of survey rows that have one;
- zh top-entity golds use the Chinese twin (快递公司, 发货仓, 口味偏好, 套餐) where one exists, en ones the English value;
- periods are inclusive calendar dates; relative periods resolve against `as_of`; weeks start on Monday.
"""
from __future__ import annotations

import calendar
import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
ALL = ("2025-01-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_25 = ("2025-04-01", "2025-06-30")
Q3_25 = ("2025-07-01", "2025-09-30")
Q4_25 = ("2025-10-01", "2025-12-31")
Q1_26 = ("2026-01-01", "2026-03-31")
Q2_26 = ("2026-04-01", "2026-06-30")


def month(y, m):
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    for t in ("customers", "events", "orders", "feedback"):
        CON.execute(f"""CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true,
                        all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE events AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts,
                   CAST(box_no AS INTEGER) AS box_no, CAST(stars AS INTEGER) AS stars) FROM events""")
    CON.execute("""CREATE OR REPLACE TABLE orders AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts,
                   CAST(amount AS DOUBLE) AS amount) FROM orders""")
    CON.execute("""CREATE OR REPLACE TABLE feedback AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts,
                   CAST(rating AS DOUBLE) AS rating, CAST(nps AS DOUBLE) AS nps) FROM feedback""")
    CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}')")


def q(sql, *p):
    return CON.execute(sql, list(p)).fetchall()


def one(sql, *p):
    return q(sql, *p)[0][0]


def _in(col, start, end):
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def cnt(v):
    return dict(value=int(v), tolerance=0.5)


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.01, abs(v) * 0.001), 2))


def num(v, rel=0.03, floor=0.05):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


def top(rows, gap=1.1, lowest=False):
    rows = sorted(rows, key=lambda r: r[1], reverse=not lowest)
    print("   ranking:", [(r[0], round(float(r[1]), 4)) for r in rows[:4]])
    a, b = rows[0][1], rows[1][1]
    assert (a > b * gap) if not lowest else (a * gap < b), rows[:4]
    return dict(top_entity=rows[0][0])


# ---------- funnels ----------
def _steps(j):
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", j)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(j, start, end, cust="1=1", bounded=False, evc1="1=1"):
    """people reaching each step; `evc1` filters the first step-1 event in the period (its channel / device)."""
    steps, win = _steps(j)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) " \
         f"WHERE ({cust})"
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE f1 AS SELECT customer_id, min(ts) t1 FROM events e
                    JOIN customers c USING (customer_id) WHERE ({cust}) AND touchpoint_id = '{steps[0]}'
                    AND {_in('ts', start, end)} GROUP BY 1""")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT f1.customer_id, f1.t1, f1.t1 t FROM f1
                    WHERE EXISTS (SELECT 1 FROM events e WHERE e.customer_id = f1.customer_id AND e.ts = f1.t1
                    AND e.touchpoint_id = '{steps[0]}' AND ({evc1}))""")
    out = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) t FROM r{k-1} r
                        JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}' AND e.ts > r.t
                        AND e.ts <= r.t1 + INTERVAL {win} DAY GROUP BY 1, 2""")
        out.append(one(f"SELECT count(*) FROM r{k}"))
    return out


def conv(j, start, end, a=1, b=None, drop=False, cust="1=1", evc1="1=1", strict=False):
    """`strict`: the question names the window, so only the DATA.md reading (later steps after the period end)."""
    vals = []
    for bounded in ((False,) if strict else (False, True)):
        c = funnel(j, start, end, cust, bounded, evc1)
        r = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    print("   counts:", c)
    spread = abs(vals[-1] - vals[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, spread + 0.005), 4))


def top_lost(j, start, end, gap=1.1):
    steps, _ = _steps(j)
    c = funnel(j, start, end)
    return top([(steps[i], c[i] - c[i + 1]) for i in range(len(c) - 1)], gap)


def by_group_funnel(j, start, end, col, a=1, b=None, min_n=30):
    """DATA.md reading (later steps may fall after the period end)."""
    rows = []
    for (g,) in q(f"SELECT DISTINCT {col} FROM customers c WHERE {col} IS NOT NULL"):
        c = funnel(j, start, end, cust=f"{col} = '{g}'")
        print("   ", g, c)
        if c[a - 1] >= min_n:
            rows.append((g, c[(b or len(c)) - 1] / c[a - 1]))
    return rows


# ---------- per box / per customer times ----------
def transit(start, end, cond="1=1", agg="median(d)"):
    return one(f"""SELECT {agg} FROM (SELECT date_diff('second', s.ts, v.ts) / 86400.0 d FROM events s
                   JOIN events v ON v.box_id = s.box_id AND v.touchpoint_id = 'tp_delivered'
                   WHERE s.touchpoint_id = 'tp_shipped' AND {_in('s.ts', start, end)} AND ({cond}))""")


def slow_share(start, end, cond, days=4):
    return rate(transit(start, end, cond, f"avg(CASE WHEN d > {days} THEN 1.0 ELSE 0 END)"))


def top_transit(col, start, end, gap=1.1):
    return top(q(f"""SELECT {col}, avg(date_diff('second', s.ts, v.ts) / 86400.0) FROM events s
                     JOIN events v ON v.box_id = s.box_id AND v.touchpoint_id = 'tp_delivered'
                     WHERE s.touchpoint_id = 'tp_shipped' AND {_in('s.ts', start, end)} GROUP BY 1"""), gap)


def sub_to_delivered(start, end):
    return num(one(f"""SELECT median(date_diff('second', s.ts, v.ts) / 86400.0) FROM events s
                       JOIN events v ON v.order_id = s.order_id AND v.touchpoint_id = 'tp_delivered'
                       WHERE s.touchpoint_id = 'tp_subscribe' AND {_in('s.ts', start, end)}"""), 0.02, 0.05)


def click_to_sub(start, end):
    return num(one(f"""SELECT median(date_diff('second', a.t, s.ts) / 86400.0) FROM events s
                       JOIN (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_ad_click'
                             GROUP BY 1) a ON a.customer_id = s.customer_id AND a.t <= s.ts
                       WHERE s.touchpoint_id = 'tp_subscribe' AND {_in('s.ts', start, end)}"""), 0.03, 0.05)


# ---------- breakage ----------
BROKEN = "EXISTS (SELECT 1 FROM events b WHERE b.box_id = d.box_id AND b.touchpoint_id = 'tp_breakage')"


def breakage(start, end, cond="1=1"):
    """small rates: absolute tolerance 0.003."""
    return rate(one(f"""SELECT avg(CASE WHEN {BROKEN} THEN 1.0 ELSE 0 END) FROM events d
                        JOIN customers c USING (customer_id)
                        WHERE d.touchpoint_id = 'tp_delivered' AND {_in('d.ts', start, end)} AND ({cond})"""), 0.003)


def top_breakage(col, start, end, min_n=200, gap=1.2):
    rows = q(f"""SELECT {col}, avg(CASE WHEN {BROKEN} THEN 1.0 ELSE 0 END), count(*) FROM events d
                 JOIN customers c USING (customer_id)
                 WHERE d.touchpoint_id = 'tp_delivered' AND {_in('d.ts', start, end)} GROUP BY 1""")
    print("   sizes:", [(r[0], r[2]) for r in rows])
    return top([(r[0], r[1]) for r in rows if r[2] >= min_n], gap)


# ---------- events ----------
def events_at(tp, start, end, cond="1=1"):
    return cnt(one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                       WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp))


def ev_share(num_cond, tp, start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(CASE WHEN {num_cond} THEN 1.0 ELSE 0 END) FROM events e
                        JOIN customers c USING (customer_id)
                        WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp))


def top_events(col, tp, start, end, cond="1=1", gap=1.1):
    return top(q(f"""SELECT {col}, count(*) FROM events e JOIN customers c USING (customer_id)
                     WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                     GROUP BY 1""", tp), gap)


def change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', *b)} AND ({cond})")
    print("   counts:", x, y)
    return rate(y / x - 1)


def per_customer_all(tp, cust):
    """events at tp per customer, over all customers matching `cust` (zero for those without)."""
    return num(one(f"""SELECT count(e.customer_id) * 1.0 / count(DISTINCT c.customer_id) FROM customers c
                       LEFT JOIN events e ON e.customer_id = c.customer_id AND e.touchpoint_id = '{tp}'
                       WHERE {cust}"""), 0.02, 0.02)


def per_active(tp, start, end):
    return num(one(f"""SELECT count(*) * 1.0 / count(DISTINCT customer_id) FROM events e
                       WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}"""), 0.02, 0.02)


def avg_stars(start, end, cond="1=1"):
    return dict(value=round(float(one(f"""SELECT avg(e.stars) FROM events e JOIN customers c USING (customer_id)
                                           WHERE e.touchpoint_id = 'tp_rating' AND {_in('e.ts', start, end)}
                                           AND ({cond})""")), 3), tolerance=0.05)


def top_wine(min_n=30):
    rows = q("SELECT wine, avg(stars), count(*) FROM events WHERE touchpoint_id = 'tp_rating' GROUP BY 1")
    print("   wines:", sorted([(r[0], round(r[1], 2), r[2]) for r in rows], key=lambda r: r[1])[:4])
    return top([(r[0], r[1]) for r in rows if r[2] >= min_n], 1.1, lowest=True)


# ---------- orders ----------
PAID = "o.status = 'paid'"


def orders(start, end, agg="sum(o.amount)", cond="1=1", status=PAID):
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {status} AND {_in('o.ts', start, end)} AND ({cond})""")
    return cnt(v) if agg.startswith("count") else money(v)


def top_orders(col, start, end, cond="1=1", gap=1.1, per_buyer=False, min_n=1):
    agg = "sum(o.amount) / count(DISTINCT o.customer_id)" if per_buyer else "sum(o.amount)"
    rows = q(f"""SELECT {col}, {agg}, count(DISTINCT o.customer_id) FROM orders o JOIN customers c
                 USING (customer_id) WHERE {PAID} AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1""")
    print("   buyers:", sorted([(r[0], round(r[1], 1), r[2]) for r in rows], key=lambda r: -r[1])[:6])
    return top([(r[0], r[1]) for r in rows if r[2] >= min_n], gap)


def order_share(start, end, num_cond):
    return rate(one(f"""SELECT sum(CASE WHEN {num_cond} THEN o.amount ELSE 0 END) / sum(o.amount)
                        FROM orders o WHERE {PAID} AND {_in('o.ts', start, end)}"""))


def spend_per_buyer(start, end, cond="1=1"):
    return money(one(f"""SELECT sum(amount) / count(DISTINCT o.customer_id) FROM orders o
                         JOIN customers c USING (customer_id)
                         WHERE {PAID} AND {_in('o.ts', start, end)} AND ({cond})"""))


def growth(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE {PAID} AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE {PAID} AND {_in('o.ts', *b)} AND ({cond})")
    print("   sums:", x, y)
    return rate(y / x - 1)


# ---------- feedback ----------
FB = "feedback f JOIN truth t USING (feedback_id) LEFT JOIN customers c USING (customer_id)"
NEG = "t.sentiment = 'negative'"


def topic_count(topic, cond="1=1"):
    v = one(f"SELECT count(*) FROM {FB} WHERE t.topic = '{topic}' AND ({cond})")
    return dict(value=int(v), tolerance=round(max(1.0, v * 0.05), 1))


def fb_count(cond):
    return cnt(one(f"SELECT count(*) FROM {FB} WHERE {cond}"))


def fb_ratio(num_cond, cond="1=1", tol=0.01):
    return rate(one(f"SELECT avg(CASE WHEN {num_cond} THEN 1.0 ELSE 0 END) FROM {FB} WHERE {cond}"), tol)


def fb_avg(col, cond, tol=0.05):
    return dict(value=round(float(one(f"SELECT avg({col}) FROM {FB} WHERE {cond}")), 3), tolerance=tol)


def top_fb(col, cond, agg="count(*)", gap=1.1, lowest=False, min_n=1):
    rows = q(f"SELECT {col}, {agg}, count(*) FROM {FB} WHERE ({cond}) AND {col} IS NOT NULL GROUP BY 1")
    print("   top_fb:", sorted([(r[0], round(r[1], 3), r[2]) for r in rows], key=lambda r: r[1],
                               reverse=not lowest)[:5])
    return top([(r[0], r[1]) for r in rows if r[2] >= min_n], gap, lowest)


def fb_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM {FB} WHERE {cond} ORDER BY 1")])


SUBS = "o.product_type IN ('subscription_trial', 'subscription')"
APP_ANDROID = "e.channel = 'app' AND e.device = 'android'"


def gold():
    return {
        # ---- funnels / conversion
        "wc01": lambda: conv("acquisition", *Y25),
        "wc02": lambda: top_lost("acquisition", *Q1_26),
        "wc03": lambda: conv("first_box", *H2_25, strict=True),
        "wc04": lambda: conv("first_box", *H2_25, cust="c.acquisition_channel = 'xiaohongshu_kol'", strict=True),
        "wc05": lambda: conv("first_box", *H2_25, cust="c.acquisition_channel = 'referral'", strict=True),
        "wc06": lambda: top(by_group_funnel("first_box", *Y25, "c.kol_code", min_n=30), 1.2, lowest=True),
        "wc07": lambda: conv("quiz_conversion", *month(2026, 4), evc1=APP_ANDROID, strict=True),
        "wc08": lambda: conv("quiz_conversion", *month(2026, 4), evc1="e.channel = 'app' AND e.device = 'ios'",
                             strict=True),
        "wc09": lambda: conv("quiz_conversion", *month(2026, 1), evc1=APP_ANDROID, strict=True),
        "wc10": lambda: conv("cancellation", *Q4_25, evc1="e.channel = 'app'", strict=True),
        "wc11": lambda: conv("cancellation", *Q3_25, evc1="e.channel = 'app'", strict=True),
        "wc38": lambda: conv("first_box", *Q1_26, a=3, b=4, drop=True, strict=True),
        "wc41": lambda: conv("first_box", *Y25, cust="c.\"口味偏好\" = '起泡酒'", strict=True),
        # ---- time between steps
        "wc12": lambda: sub_to_delivered(*Y25),
        "wc13": lambda: slow_share(*month(2025, 12), "s.warehouse = 'Guangzhou'"),
        "wc14": lambda: slow_share(*month(2025, 12), "s.\"发货仓\" = '上海仓'"),
        "wc15": lambda: top_transit("s.courier", *H1_26, 1.15),
        "wc16": lambda: click_to_sub(*Y25),
        # ---- per customer
        "wc17": lambda: per_active("tp_delivered", *Y25),
        "wc18": lambda: per_customer_all("tp_skip", "c.tier = '6-bottle'"),
        "wc19": lambda: per_customer_all("tp_skip", "c.\"套餐\" = '2瓶装'"),
        "wc20": lambda: spend_per_buyer(*Y25, "o.product_type = 'one_off'"),
        # ---- single values, shares
        "wc21": lambda: events_at("tp_shipped", *month(2025, 10)),
        "wc22": lambda: events_at("tp_subscribe", *Q3_25),
        "wc23": lambda: orders(*Y25, cond=SUBS),
        "wc24": lambda: orders(*Y25, cond="o.product_type = 'broken_bottle_refund'", status="1=1"),
        "wc25": lambda: orders(*H2_25, cond="o.product_type = 'gift_card'"),
        "wc26": lambda: events_at("tp_delivered", "2026-03-02", "2026-03-08"),
        "wc27": lambda: breakage(*Y25),
        "wc28": lambda: order_share(*Y25, SUBS),
        "wc29": lambda: ev_share("e.plan = '6-bottle'", "tp_subscribe", *H1_26),
        "wc30": lambda: ev_share("e.channel = 'mini_program'", "tp_subscribe", *Y25),
        # ---- comparisons
        "wc31": lambda: change("tp_delivered", Q3_25, Q4_25),
        "wc32": lambda: growth(Q2_25, Q2_26, "o.product_type = 'one_off'"),
        "wc33": lambda: breakage(*H2_25, "d.\"快递公司\" = '中通快递'"),
        "wc34": lambda: breakage(*H2_25, "d.courier = 'SF Express'"),
        # ---- trends: one month's / week's value that must appear in the trend table
        "wc35": lambda: events_at("tp_subscribe", *month(2025, 10)),
        "wc36": lambda: events_at("tp_delivered", "2025-12-08", "2025-12-14", "e.warehouse = 'Guangzhou'"),
        "wc37": lambda: avg_stars(*month(2025, 6), "c.taste_profile = 'red'"),
        # ---- extra columns, rankings
        "wc39": lambda: top_breakage("d.warehouse", *H2_25, 200, 1.5),
        "wc40": lambda: top_breakage("d.\"快递公司\"", *Y25, 200, 1.5),
        "wc42": lambda: events_at("tp_delivered", *Q1_26, "c.city = '成都'"),
        "wc43": lambda: orders(*Y25, cond="o.product_type = 'one_off' AND c.age_band = '35-44' AND c.gender = 'F'"),
        "wc44": lambda: top_orders("c.age_band", *Y25, "o.product_type = 'gift_card'", 1.1, per_buyer=True,
                                   min_n=30),
        "wc45": lambda: top_wine(30),
        "wc46": lambda: top(q(f"""SELECT acquisition_channel, count(*) FROM customers c
                                  WHERE {_in('CAST(c.signup_at AS TIMESTAMP)', *H1_26)} GROUP BY 1"""), 1.2),
        "wc47": lambda: top_orders("c.city", *H1_26, "o.product_type = 'one_off'", 1.1),
        "wc48": lambda: top_breakage("c.region", *Y25, 200, 1.5),
        # ---- periods stated many ways
        "wc49": lambda: events_at("tp_subscribe", *H2_25),
        "wc50": lambda: events_at("tp_delivered", *month(2026, 4)),
        "wc51": lambda: events_at("tp_shipped", "2026-06-01", "2026-06-20"),
        "wc52": lambda: events_at("tp_shipped", *month(2026, 5)),
        "wc53": lambda: orders(*Q3_25, "count(*)", "o.product_type = 'one_off'"),
        "wc54": lambda: events_at("tp_subscribe", *month(2025, 10), "c.acquisition_channel = 'douyin_ads'"),
        # ---- feedback
        "wc56": lambda: topic_count("broken_bottle"),
        "wc57": lambda: topic_count("cancel_hard"),
        "wc58": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "wc59": lambda: top_fb("f.touchpoint_id", "f.rating IS NOT NULL", "avg(f.rating)", 1.1, lowest=True,
                               min_n=50),
        "wc60": lambda: fb_avg("f.rating", f"f.touchpoint_id = 'tp_delivered' AND f.rating IS NOT NULL AND "
                                           f"{_in('f.ts', *Y25)}"),
        "wc61": lambda: fb_ids("t.topic = 'sommelier_notes'"),
        "wc62": lambda: fb_count("f.ts IS NULL"),
        "wc63": lambda: fb_avg("f.nps", f"f.channel = 'survey' AND f.nps IS NOT NULL AND {_in('f.ts', *H1_26)}", 0.1),
        "wc64": lambda: topic_count("too_sweet"),
        "wc65": lambda: topic_count("too_dry"),
        # ---- why-questions with citations
        "wc69": lambda: fb_ids("t.topic = 'auto_charge_surprise'"),
        "wc70": lambda: fb_ids("t.topic = 'broken_bottle'"),
        "wc71": lambda: fb_ids("t.topic = 'cancel_hard'"),
        "wc72": lambda: fb_ids("t.topic = 'payment_fail'"),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert not set(checks) - set(ids), sorted(set(checks) - set(ids))
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:70], shown)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
