"""Gold answers for the 绿芽种苗 GreenSprout seed & seedling held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event (any action, failures included) at step
  k's touchpoint after reaching step k-1, within the journey's window_days from their first step-1 event in the period
  (purchase 7 d, coldchain 7 d, claim 30 d, seedbox 14 d). Rates are computed with later steps allowed after the period
  end and with every step inside the period; the tolerance covers both. Drop-off of a step = 1 - reached next /
  reached this step. A funnel "in Malaysia / China" keeps those customers (customers.market; every event of a
  customer carries the same market); "for <customers>" keeps customers by their attributes at the end of the data;
- an A/B variant's funnel = the customers of that variant (experiments.csv), funnel period = the test window
  (checkout_onepage 2026-04-01..06-30 on the purchase funnel; box_page_video 2025-06-01..08-31 on the seed box funnel);
- "people / customers who did X" = distinct customers with an event at X's touchpoint in the period; "how many
  claims / shipments / deliveries / cancellations" = event rows; "orders" = orders rows;
- money = sum(amount) of status `paid` orders by order time (ts), always in one currency: CNY for China (market CN),
  MYR for Malaysia (never added together); refunded and cancelled are not revenue. Product categories:
  orders.product_category seed, seedling, tool, seed_box (subscription charges). 客单价 / average order value = avg
  amount of paid orders;
- cold-chain figures come from tp_delivery events of cold carriers (carrier ending in `_cold`: transit_hours,
  arrival_temp_c, condition); claim figures from tp_claim (claim_reason, sku), tp_claim_review (approve / reject,
  reject_reason) and tp_claim_settle (refund / reship); advice chat from tp_advice_chat (chat_topic, first_reply_min);
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  差评 / bad review = rating <= 2; topic counts use the truth topic with a 5 % tolerance; "all feedback" includes the
  social posts without a date (and without rating or customer);
- customer attributes (segment, tier, market, customer_type) are as of the end of the data;
- periods are inclusive calendar dates; relative periods resolve against `as_of`; weeks run Monday .. Sunday.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml


import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
ALL = ("2025-01-01", "2026-08-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26 = ("2026-01-01", "2026-03-31")
Q2_25 = ("2025-04-01", "2025-06-30")
Q2_26 = ("2026-04-01", "2026-06-30")
BUG = ("2025-09-01", "2025-09-30")
AB = ("2026-04-01", "2026-06-30")
VID = ("2025-06-01", "2025-08-31")
BOX_BEFORE = ("2025-01-01", "2025-09-30")
BOX_AFTER = ("2025-10-01", "2026-06-30")
D1111 = ("2025-11-09", "2025-11-11")


def month(y, m):
    import calendar
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys", "customers", "experiments"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE events AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts,
                    CAST(transit_hours AS DOUBLE) AS transit_hours, CAST(arrival_temp_c AS DOUBLE) AS arrival_temp_c,
                    CAST(first_reply_min AS DOUBLE) AS first_reply_min, CAST(germination_pct AS DOUBLE) AS germination_pct,
                    CAST(amount AS DOUBLE) AS amount)
                    FROM read_csv_auto('{data / 'events.csv'}', header=true, all_varchar=true)""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts, CAST(amount AS DOUBLE) AS amount,
                    CAST(quantity AS INTEGER) AS quantity, CAST(unit_price AS DOUBLE) AS unit_price,
                    CAST(NULLIF(refunded_at, '') AS TIMESTAMP) AS refunded_at)
                    FROM read_csv_auto('{data / 'orders.csv'}', header=true, all_varchar=true)""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts,
                    CAST(rating AS DOUBLE) AS rating, CAST(nps AS DOUBLE) AS nps)
                    FROM read_csv_auto('{data / 'feedback.csv'}', header=true, all_varchar=true)""")
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
    a, b = rows[0][1], rows[1][1]
    assert (a > b * gap) if not lowest else (a * gap < b), rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- funnels ----------
def _steps(j):
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", j)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(j, start, end, cust="1=1", bounded=False, evc="1=1", evc1="1=1"):
    """people reaching each step; `evc` filters all events, `evc1` only step-1 events."""
    steps, win = _steps(j)
    ev = (f"SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) "
          f"WHERE ({cust}) AND ({evc})")
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) t1, min(ts) t FROM events e
                    JOIN customers c USING (customer_id) WHERE ({cust}) AND ({evc}) AND ({evc1})
                    AND touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    out = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) t FROM r{k-1} r
                        JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}' AND e.ts > r.t
                        AND e.ts <= r.t1 + INTERVAL {win} DAY GROUP BY 1, 2""")
        out.append(one(f"SELECT count(*) FROM r{k}"))
    return out


def conv(j, start, end, a=1, b=None, drop=False, cust="1=1", evc="1=1", alt=None):
    """rate from step a to step b; tolerance covers later steps after the period end (and `alt` funnel kwargs)."""
    vals = []
    variants = [dict(bounded=False), dict(bounded=True)] + ([alt] if alt else [])
    for kw in variants:
        kw = dict(kw)
        c = funnel(j, start, end, cust, evc=kw.pop("evc", evc), **kw)
        r = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    spread = max(abs(v - vals[0]) for v in vals)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, spread + 0.005), 4))


def reached(j, start, end, k, cust="1=1"):
    return cnt(funnel(j, start, end, cust)[k - 1])


def top_lost(j, start, end, cust="1=1", gap=1.1):
    steps, _ = _steps(j)
    c = funnel(j, start, end, cust)
    return top([(steps[i], c[i] - c[i + 1]) for i in range(len(c) - 1)], gap)


def top_drop(j, start, end, cust="1=1", gap=1.1):
    steps, _ = _steps(j)
    c = funnel(j, start, end, cust)
    return top([(steps[i], 1 - c[i + 1] / c[i]) for i in range(len(c) - 1)], gap)


def by_group(j, start, end, col, a=1, b=None, drop=False, min_n=30, evc_of=None):
    vals = [r[0] for r in q(f"SELECT DISTINCT {col} FROM customers c WHERE {col} IS NOT NULL")]
    rows = []
    for v in vals:
        c = funnel(j, start, end, f"{col} = '{v}'")
        if c[a - 1] >= min_n:
            r = c[(b or len(c)) - 1] / c[a - 1]
            rows.append((v, 1 - r if drop else r))
    return rows


def by_event_value(j, start, end, col, values, a=1, b=None):
    rows = []
    for v in values:
        c = funnel(j, start, end, evc=f"e.{col} = '{v}'")
        rows.append((v, c[(b or len(c)) - 1] / c[a - 1]))
    return rows


# ---------- events ----------
def users_at(tp, start, end, cond="1=1"):
    return cnt(one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                       WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp))


def events_at(tp, start, end, cond="1=1"):
    return cnt(one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                       WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp))


def top_events(col, tp, start, end, cond="1=1", gap=1.1, agg="count(*)", lowest=False):
    return top(q(f"""SELECT {col}, {agg} FROM events e JOIN customers c USING (customer_id)
                     WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                     GROUP BY 1""", tp), gap, lowest)


def ev_avg(col, tp, start, end, cond="1=1"):
    return num(one(f"""SELECT avg({col}) FROM events e JOIN customers c USING (customer_id)
                       WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp))


def ev_share(num_cond, tp, start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(CASE WHEN {num_cond} THEN 1.0 ELSE 0 END) FROM events e
                        JOIN customers c USING (customer_id)
                        WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp))


def per_customer(tp, start, end, cond="1=1"):
    return num(one(f"""SELECT count(*) * 1.0 / count(DISTINCT e.customer_id) FROM events e
                       JOIN customers c USING (customer_id)
                       WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""), 0.01, 0.05)


def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    return cnt(v) if agg.startswith("count") else money(v)


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", gap=1.1, status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    return top(q(f"""SELECT {col}, {agg} FROM orders o JOIN customers c USING (customer_id)
                     WHERE {st} AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1"""), gap)


def order_share(start, end, num_cond, den="1=1", status="paid", weight="o.amount"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    return rate(one(f"""SELECT sum(CASE WHEN {num_cond} THEN {weight} ELSE 0 END) * 1.0 / sum({weight})
                        FROM orders o JOIN customers c USING (customer_id)
                        WHERE {st} AND {_in('o.ts', start, end)} AND ({den})"""))


def spend_per_customer(start, end, cond="1=1"):
    return money(one(f"""SELECT sum(amount) / count(DISTINCT o.customer_id) FROM orders o
                         JOIN customers c USING (customer_id)
                         WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"""))


def growth(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return rate(y / x - 1)


# ---------- customers ----------
def customers_count(cond):
    return cnt(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def customers_share(num_cond, cond="1=1"):
    return rate(one(f"SELECT avg(CASE WHEN {num_cond} THEN 1.0 ELSE 0 END) FROM customers c WHERE {cond}"))


def top_customers(col, cond="1=1", gap=1.1):
    return top(q(f"SELECT {col}, count(*) FROM customers c WHERE {cond} GROUP BY 1"), gap)


# ---------- feedback ----------
FB = "feedback f JOIN truth t USING (feedback_id) LEFT JOIN customers c USING (customer_id)"


def topic_count(topic, cond="1=1"):
    v = one(f"SELECT count(*) FROM {FB} WHERE t.topic = '{topic}' AND ({cond})")
    return dict(value=int(v), tolerance=round(max(1.0, v * 0.05), 1))


def fb_count(cond):
    return cnt(one(f"SELECT count(*) FROM {FB} WHERE {cond}"))


def fb_ratio(num_cond, cond="1=1", tol=0.015):
    return rate(one(f"SELECT avg(CASE WHEN {num_cond} THEN 1.0 ELSE 0 END) FROM {FB} WHERE {cond}"), tol)


def fb_avg(col, cond):
    return dict(value=round(float(one(f"SELECT avg({col}) FROM {FB} WHERE {cond}")), 3), tolerance=0.05)


def top_fb(col, cond, agg="count(*)", gap=1.2, lowest=False):
    return top(q(f"SELECT {col}, {agg} FROM {FB} WHERE ({cond}) AND {col} IS NOT NULL GROUP BY 1"), gap, lowest)


def fb_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM {FB} WHERE {cond} ORDER BY 1")])


NEG = "t.sentiment = 'negative'"


def mkt(m, a="c"):
    return f"{a}.market = '{m}'"


def variant(exp, v):
    return f"c.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = '{exp}' AND variant = '{v}')"


def top_drop_ev(j, start, end, evc, gap=1.1):
    steps, _ = _steps(j)
    c = funnel(j, start, end, evc=evc)
    return top([(steps[i], 1 - c[i + 1] / c[i]) for i in range(len(c) - 1)], gap)


def ab_winner(exp, j, start, end, a, b, variants):
    rows = []
    for v in variants:
        c = funnel(j, start, end, cust=variant(exp, v))
        rows.append((v, c[b - 1] / c[a - 1]))
    return top(rows, 1.1)



COLD = "e.carrier LIKE '%\\_cold' ESCAPE '\\'"
CN, MY = "c.market = 'CN'", "c.market = 'MY'"
OCN, OMY = "o.market = 'CN'", "o.market = 'MY'"
BOX = "o.product_category = 'seed_box'"


def review_hours(cond="1=1"):
    v = one(f"""SELECT avg(date_diff('second', a.ts, r.ts) / 3600.0) FROM events a JOIN events r
                ON r.order_id = a.order_id AND r.touchpoint_id = 'tp_claim_review' JOIN customers c
                ON c.customer_id = a.customer_id WHERE a.touchpoint_id = 'tp_claim' AND ({cond})""")
    return num(v, 0.03, 0.5)


def top_month(start, end, cond):
    rows = q(f"""SELECT strftime(o.ts, '%Y-%m'), sum(o.amount) FROM orders o WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY 2 DESC""")
    assert rows[0][1] > rows[1][1] * 1.05, rows[:3]
    return money(rows[0][1])


def gold():
    return {
        # ---- browse-to-purchase funnel
        "sb01": lambda: conv("purchase", *Y25),
        "sb02": lambda: top_lost("purchase", *Y25),
        "sb03": lambda: conv("purchase", *BUG, a=3, b=4, drop=True, cust=MY),
        "sb04": lambda: conv("purchase", *BUG, a=3, b=4, drop=True, cust=CN),
        "sb05": lambda: top_events("e.error", "tp_pay_fail", *BUG, MY, gap=1.5),
        "sb06": lambda: conv("purchase", *ALL, cust="c.acquisition_channel = 'douyin'"),
        "sb07": lambda: conv("purchase", *ALL, cust="c.acquisition_channel = 'xiaohongshu'"),
        "sb08": lambda: top([r for r in by_group("purchase", *ALL, "c.acquisition_channel")
                             if r[0] in ("douyin", "xiaohongshu", "baidu", "wechat_official", "referral",
                                         "taobao_store")], 1.1, lowest=True),
        "sb09": lambda: conv("purchase", *AB, a=2, b=4, cust=variant("checkout_onepage", "B")),
        "sb10": lambda: conv("purchase", *AB, a=2, b=4, cust=variant("checkout_onepage", "A")),
        "sb11": lambda: ab_winner("checkout_onepage", "purchase", *AB, 2, 4, ["A", "B"]),
        "sb12": lambda: conv("seedbox", *VID, cust=variant("box_page_video", "video")),
        # ---- seed box
        "sb13": lambda: conv("seedbox", *BOX_AFTER, cust=CN),
        "sb14": lambda: conv("seedbox", *BOX_BEFORE, cust=CN),
        "sb15": lambda: events_at("tp_box_cancel", *H1_26),
        "sb16": lambda: top_events("e.cancel_reason", "tp_box_cancel", *BOX_AFTER, CN, gap=1.5),
        "sb17": lambda: orders(*H1_26, cond=f"{OCN} AND {BOX}"),
        "sb18": lambda: orders(*Y25, cond=f"{OMY} AND {BOX}"),
        # ---- cold chain
        "sb20": lambda: top_events("e.carrier", "tp_delivery", *H1_26, COLD, agg="avg(e.transit_hours)", gap=1.1),
        "sb21": lambda: ev_avg("e.transit_hours", "tp_delivery", *H1_26, "e.carrier = 'dtk_cold'"),
        "sb22": lambda: ev_avg("e.transit_hours", "tp_delivery", *H1_26, "e.carrier = 'sf_cold'"),
        "sb23": lambda: ev_share("e.arrival_temp_c > 10", "tp_delivery", *H1_26, f"{COLD} AND {CN}"),
        "sb24": lambda: events_at("tp_delivery", *Q2_26, "e.condition = 'wilted'"),
        "sb25": lambda: ev_avg("e.arrival_temp_c", "tp_delivery", *Y25, "e.carrier = 'citylink_cold'"),
        # ---- germination guarantee claims
        "sb26": lambda: conv("claim", *ALL),
        "sb27": lambda: top_lost("claim", *ALL),
        "sb28": lambda: top_events("e.sku", "tp_claim", *H2_25, "e.claim_reason = 'germination_low'", gap=1.3),
        "sb29": lambda: events_at("tp_claim", "2025-08-01", "2025-11-30",
                                  "e.claim_reason = 'germination_low' AND e.sku = 'SD-STR-HY'"),
        "sb30": lambda: top_events("e.reject_reason", "tp_claim_review", *ALL, "e.action = 'reject'", gap=1.3),
        "sb31": lambda: ev_share("e.action = 'reject'", "tp_claim_review", *Y25),
        "sb32": lambda: review_hours(MY),
        "sb33": lambda: events_at("tp_claim_settle", *Y25, "e.action = 'refund'"),
        # ---- money
        "sb34": lambda: orders(*Y25, cond=OCN),
        "sb35": lambda: orders(*H1_26, cond=OMY),
        "sb36": lambda: orders(*Q1_26, agg="avg(o.amount)", cond=f"{OCN} AND NOT {BOX}"),
        "sb37": lambda: top_orders("o.product_category", *Y25, cond=OCN, gap=1.1),
        "sb38": lambda: orders(*D1111, agg="count(*)", cond=OCN),
        "sb39": lambda: orders(*month(2025, 3), cond=OCN),
        "sb40": lambda: growth(H1_25, H1_26, OCN),
        "sb41": lambda: orders(*Y25, agg="count(*)", status="refunded"),
        "sb43": lambda: top_orders("o.pay_method", *Y25, cond=OMY, gap=1.2),
        # ---- advice chat
        "sb44": lambda: top_events("e.chat_topic", "tp_advice_chat", *Y25, gap=1.2),
        "sb45": lambda: ev_avg("e.first_reply_min", "tp_advice_chat", *Y25, MY),
        "sb46": lambda: ev_avg("e.first_reply_min", "tp_advice_chat", *Y25, CN),
        "sb47": lambda: users_at("tp_advice_chat", *Q2_26),
        "sb48": lambda: fb_avg("f.rating", f"f.channel = 'chat_rating' AND {_in('f.ts', *Y25)}"),
        # ---- customers
        "sb49": lambda: customers_count("c.segment = 'at_risk'"),
        "sb50": lambda: customers_share("c.market = 'MY'"),
        "sb51": lambda: top_customers("c.region", CN, gap=1.3),
        "sb52": lambda: customers_count("c.signup_at >= DATE '2026-01-01' AND c.signup_at < DATE '2026-04-01'"),
        # ---- feedback
        "sb53": lambda: topic_count("seedling_wilted"),
        "sb54": lambda: topic_count("seedling_wilted", _in("f.ts", *Q2_26)),
        "sb55": lambda: topic_count("seedling_wilted", _in("f.ts", *Q2_25)),
        "sb56": lambda: top_fb("f.touchpoint_id", f"f.rating <= 2 AND {_in('f.ts', *H1_26)}", gap=1.3),
        "sb57": lambda: fb_count(f"f.rating <= 2 AND {_in('f.ts', *Y25)}"),
        "sb58": lambda: fb_ratio(NEG, _in("f.ts", *H1_26), tol=0.01),
        "sb59": lambda: fb_count("f.ts IS NULL"),
        "sb60": lambda: fb_avg("f.nps", f"f.channel = 'survey' "
                                        f"AND f.nps IS NOT NULL AND {_in('f.ts', *Y25)}"),
        "sb61": lambda: topic_count("payment_fail"),
        "sb62": lambda: topic_count("price_high"),
        "sb63": lambda: fb_ids("t.topic = 'seedling_wilted'"),
        "sb64": lambda: fb_ids("t.topic = 'payment_fail'"),
        "sb65": lambda: fb_ids("t.topic = 'price_high' AND f.market = 'CN'"),
        # ---- relative periods
        "sb68": lambda: orders("2026-06-01", "2026-06-30", agg="count(*)", cond=OMY),
        "sb69": lambda: events_at("tp_coldchain_ship", "2026-06-08", "2026-06-14"),
        "sb70": lambda: orders(*H2_25, cond=f"{OCN} AND {BOX}"),
        "sb71": lambda: events_at("tp_claim", *H1_26),
        "sb72": lambda: users_at("tp_variety", "2026-03-01", "2026-03-31", CN),
        "sb73": lambda: users_at("tp_catalogue", *ALL, "e.catalogue = '2026春季目录'"),
    }


STATUS_ONLY = {"sb66": "ok", "sb67": "ok"}


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
            if it["id"] in STATUS_ONLY:
                exp["status"] = STATUS_ONLY[it["id"]]
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:60], shown)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
