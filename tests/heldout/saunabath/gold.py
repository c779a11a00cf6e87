"""Gold answers for the 北泉浴场 NorthSpring Baths held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event (any action, `fail` included) at step k's
  touchpoint after reaching step k-1, within the journey's window_days from their first step-1 event in the period
  (app_ticket 7 d, meituan 30 d, addon 1 d, membership 14 d, complaint 7 d). Rates are computed with later steps
  allowed after the period end and with every step inside the period; the tolerance covers both. Drop-off of a step
  = 1 - reached next / reached this step. A funnel "at <site>" / "on Android" keeps only events with that `site` /
  `device`; a funnel "for <customers>" keeps those customers (attributes as at the end of the data);
- an A/B variant's funnel = the customers of that variant (experiments.csv), funnel period = the test window;
- "people / guests / customers who did X" = distinct customers with an event at X's touchpoint in the period;
  "how many visits / entries / check-ins / bookings / orders" = rows, never people. A visit = a tp_checkin event;
- money = sum(amount) of status `paid` orders by order time (ts), always in one currency: CNY for Shenyang, Harbin,
  Tianjin, EUR for Helsinki (orders.site / orders.currency); refunded and cancelled orders are not revenue. Product
  types (orders.product_type): ticket (app or desk entry ticket), meituan_voucher, addon (技师服务: service = rubbing,
  massage, foot, cupping), food_beverage (wristband bill settled at check-out, incl. overtime fee), membership_card,
  topup (stored value). Ticket price = orders.unit_price; the package is orders.package;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  差评 / bad review = rating <= 2; topic counts use the truth topic with a 5 % tolerance; "all feedback" includes the
  social posts without a date (and without rating or customer);
- periods are inclusive calendar dates; relative periods resolve against `as_of`; weeks run Monday .. Sunday.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
def month(y, m):
    import calendar
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys", "customers", "experiments"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE events AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts,
                    CAST(queue_minutes AS DOUBLE) AS queue_minutes, CAST(wait_minutes AS DOUBLE) AS wait_minutes,
                    CAST(stay_minutes AS DOUBLE) AS stay_minutes, CAST(amount AS DOUBLE) AS amount)
                    FROM read_csv_auto('{data / 'events.csv'}', header=true, all_varchar=true)""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts, CAST(amount AS DOUBLE) AS amount,
                    CAST(quantity AS INTEGER) AS quantity, CAST(unit_price AS DOUBLE) AS unit_price,
                    CAST(overtime_fee AS DOUBLE) AS overtime_fee, CAST(bonus AS DOUBLE) AS bonus)
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
IOS = "e.device = 'ios'"


def site(s):
    return f"e.site = '{s}'"


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


def ev_median(col, tp, start, end, cond="1=1"):
    return num(one(f"""SELECT median({col}) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                       AND ({cond})""", tp), 0.03, 0.5)






def status_share(start, end, num_status, den_status, cond="1=1"):
    dens = ", ".join(f"'{x}'" for x in den_status)
    return rate(one(f"""SELECT avg(CASE WHEN o.status = '{num_status}' THEN 1.0 ELSE 0 END) FROM orders o
                        WHERE o.status IN ({dens}) AND {_in('o.ts', start, end)} AND ({cond})"""))

ANDROID = "e.device = 'android'"
ALL = ("2025-01-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_25 = ("2025-01-01", "2025-03-31")
Q1_26 = ("2026-01-01", "2026-03-31")
Q2_25 = ("2025-04-01", "2025-06-30")
Q2_26 = ("2026-04-01", "2026-06-30")
BUG = ("2025-07-14", "2025-08-03")
AB = ("2026-03-01", "2026-05-31")
AB2 = ("2025-09-01", "2025-11-30")
HB_BEFORE = ("2025-01-01", "2025-11-30")
HB_AFTER = ("2025-12-01", "2026-06-30")
SPRING26 = ("2026-02-15", "2026-02-23")

SY, HB, TJ, HEL = "o.site = 'shenyang'", "o.site = 'harbin'", "o.site = 'tianjin'", "o.site = 'helsinki'"
CNY = "o.currency = 'CNY'"
TICKET = "o.product_type = 'ticket'"
ENTRY = "o.product_type IN ('ticket', 'meituan_voucher')"
DOUYIN = "c.acquisition_channel = 'douyin'"


def complaint_hours(cond="1=1", agg="avg"):
    """per complaint: hours to the customer's first resolution after it (resolved complaints only)."""
    v = one(f"""WITH p AS (SELECT customer_id, ts FROM events e WHERE touchpoint_id = 'tp_complaint' AND ({cond})),
                g AS (SELECT p.customer_id, p.ts, min(e.ts) tg FROM p JOIN events e ON e.customer_id = p.customer_id
                      AND e.touchpoint_id = 'tp_resolution' AND e.ts > p.ts GROUP BY 1, 2)
                SELECT {agg}(date_diff('second', ts, tg) / 3600.0) FROM g""")
    return num(v, 0.04, 0.5)


def gold():
    return {
        # ---- app ticket funnel, Android bug, Douyin segment, Harbin price change
        "sb01": lambda: conv("app_ticket", *Y25),
        "sb02": lambda: top_lost("app_ticket", *Y25),
        "sb03": lambda: conv("app_ticket", *BUG, a=2, b=3, drop=True, evc=ANDROID),
        "sb04": lambda: conv("app_ticket", *BUG, a=2, b=3, drop=True, evc=IOS),
        "sb05": lambda: top_drop_ev("app_ticket", *BUG, ANDROID, gap=1.5),
        "sb06": lambda: top_events("e.app_version", "tp_package_select", *ALL, "e.action = 'fail'", gap=2),
        "sb07": lambda: conv("app_ticket", *ALL, a=1, b=3, cust=DOUYIN),
        "sb08": lambda: conv("app_ticket", *ALL, a=1, b=3, cust=f"NOT ({DOUYIN})"),
        "sb09": lambda: top(by_group("app_ticket", *ALL, "c.acquisition_channel", a=1, b=3), 1.1, lowest=True),
        "sb10": lambda: conv("app_ticket", *HB_AFTER, a=1, b=3, evc=site("harbin")),
        "sb11": lambda: conv("app_ticket", *HB_BEFORE, a=1, b=3, evc=site("harbin")),
        "sb12": lambda: orders(*HB_AFTER, agg="avg(o.unit_price)", cond=f"{HB} AND {TICKET} AND o.package = '3h'"),
        # ---- upsell A/B
        "sb13": lambda: conv("addon", *AB, a=1, b=3, cust=variant("upsell_prompt", "B")),
        "sb14": lambda: conv("addon", *AB, a=1, b=3, cust=variant("upsell_prompt", "A")),
        "sb15": lambda: ab_winner("upsell_prompt", "addon", *AB, 1, 3, ["A", "B"]),
        # ---- Meituan
        "sb16": lambda: conv("meituan", *Y25, a=2, b=3),
        "sb17": lambda: orders(*Y25, agg="count(*)", status="refunded", cond="o.product_type = 'meituan_voucher'"),
        "sb18": lambda: top_orders("o.refund_reason", *ALL, agg="count(*)", cond="o.product_type = 'meituan_voucher'",
                                   gap=1.2, status="refunded"),
        # ---- add-ons
        "sb19": lambda: top_orders("o.service", *Y25, cond=f"o.product_type = 'addon' AND {CNY}", gap=1.1),
        "sb20": lambda: orders(*Y25, agg="count(*)", cond=f"o.product_type = 'addon' AND o.service = 'rubbing' AND {CNY}"),
        "sb21": lambda: top_orders("o.site", *H1_26, agg="count(*)", cond="o.product_type = 'addon' AND o.service = 'rubbing'",
                                   gap=1.1),
        "sb22": lambda: ev_avg("e.wait_minutes", "tp_service_booked", *Y25, site("tianjin")),
        # ---- wristband, food court, stay
        "sb23": lambda: orders(*Y25, cond=f"{SY} AND o.product_type = 'food_beverage'"),
        "sb24": lambda: ev_avg("e.amount", "tp_foodcourt", *ALL, site("helsinki")),
        "sb25": lambda: ev_avg("e.stay_minutes", "tp_checkout", *H1_26, site("harbin")),
        # ---- lockers
        "sb26": lambda: ev_share("e.action = 'fail'", "tp_locker", *Q1_26, site("harbin")),
        "sb27": lambda: ev_share("e.action = 'fail'", "tp_locker", *Q1_25, site("harbin")),
        "sb28": lambda: top_events("e.site", "tp_locker", *H1_26, "e.action = 'fail'", gap=2),
        "sb29": lambda: topic_count("locker_fault"),
        "sb30": lambda: topic_count("locker_fault", _in("f.ts", *Q2_26)),
        "sb31": lambda: topic_count("locker_fault", _in("f.ts", *Q2_25)),
        # ---- membership, stored value
        "sb32": lambda: conv("membership", *ALL),
        "sb33": lambda: top_orders("o.card_type", *ALL, agg="count(*)", cond=f"o.product_type = 'membership_card' AND {CNY}",
                                   gap=1.3),
        "sb34": lambda: orders(*Y25, cond=f"o.product_type = 'topup' AND {CNY}"),
        "sb35": lambda: customers_count("c.segment = 'vip'"),
        "sb36": lambda: conv("membership", *AB2, cust=variant("topup_bonus_copy", "bonus_copy")),
        # ---- money
        "sb37": lambda: orders(*Y25, cond=TJ),
        "sb38": lambda: orders(*H1_26, cond=HEL),
        "sb39": lambda: top_orders("o.channel", *Y25, cond=f"{ENTRY} AND {CNY}", gap=1.1),
        "sb40": lambda: growth(H1_25, H1_26, f"{HB} AND {TICKET}"),
        "sb41": lambda: orders(*Q1_26, agg="avg(o.amount)", cond=f"{SY} AND {TICKET} AND o.channel = 'app'"),
        "sb42": lambda: order_share(*Y25, "o.payment_method = 'stored_value'", den=f"{TICKET} AND {CNY}", weight="1"),
        # ---- customers, visits, queues
        "sb43": lambda: customers_count("c.segment = 'at_risk'"),
        "sb45": lambda: events_at("tp_checkin", "2026-05-01", "2026-05-31", site("harbin")),
        "sb46": lambda: users_at("tp_checkin", *Y25, site("helsinki")),
        "sb47": lambda: ev_avg("e.queue_minutes", "tp_checkin", *SPRING26, site("tianjin")),
        "sb48": lambda: top_events("e.site", "tp_checkin", *Y25, agg="avg(e.queue_minutes)", gap=1.3),
        "sb50": lambda: per_customer("tp_checkin", *H1_26, "c.segment = 'vip'"),
        # ---- feedback
        "sb51": lambda: top_fb("f.touchpoint_id", f"f.rating <= 2 AND {_in('f.ts', *H1_26)}", gap=1.2),
        "sb52": lambda: fb_ratio(NEG, _in("f.ts", *H1_26), tol=0.01),
        "sb53": lambda: fb_avg("f.rating", f"f.site = 'harbin' AND f.rating IS NOT NULL AND {_in('f.ts', *HB_AFTER)}"),
        "sb54": lambda: fb_count(f"f.rating <= 2 AND {_in('f.ts', *Y25)}"),
        "sb55": lambda: fb_count("f.ts IS NULL"),
        "sb56": lambda: topic_count("price_high"),
        "sb57": lambda: fb_avg("f.nps", f"f.channel = 'survey' AND f.nps IS NOT NULL AND {_in('f.ts', *Y25)}"),
        "sb58": lambda: fb_avg("f.rating", f"f.channel = 'dianping' AND f.rating IS NOT NULL AND {_in('f.ts', *Y25)}"),
        "sb59": lambda: fb_ids("t.topic = 'payment_fail'"),
        "sb60": lambda: fb_ids("t.topic = 'price_high'"),
        "sb61": lambda: fb_ids("t.topic = 'locker_fault' AND f.site = 'harbin'"),
        "sb64": lambda: top_events("e.complaint_type", "tp_complaint", *H1_26, gap=1.5),
        "sb65": lambda: conv("complaint", *ALL),
        "sb66": lambda: complaint_hours("e.site = 'harbin'"),
        # ---- relative periods
        "sb67": lambda: users_at("tp_meituan_buy", "2026-05-01", "2026-05-31"),
        "sb68": lambda: events_at("tp_checkin", "2026-05-04", "2026-05-10", site("shenyang")),
        "sb69": lambda: orders(*H1_26, cond=SY),
        "sb70": lambda: orders(*H2_25, cond=SY),
        "sb71": lambda: customers_count("c.signup_at >= DATE '2026-01-01' AND c.signup_at < DATE '2026-04-01'"),
        # ---- mix
        "sb72": lambda: order_share(*Y25, "o.package = 'overnight'", den=f"{ENTRY} AND {CNY}", weight="1"),
        "sb73": lambda: top_orders("o.package", *ALL, agg="count(*)", cond=f"{HEL} AND {TICKET}", gap=1.1),
    }


STATUS_ONLY = {"sb62": "ok", "sb63": "ok"}
EXPECT_STATUS = {"sb44": "unsupported", "sb74": "unsupported", "sb75": "unsupported", "sb76": "unsupported",
                 "sb77": "unsupported", "sb78": "unsupported", "sb49": "clarify", "sb79": "clarify", "sb80": "clarify"}


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
            exp["status"] = STATUS_ONLY.get(it["id"]) or EXPECT_STATUS[it["id"]]
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
