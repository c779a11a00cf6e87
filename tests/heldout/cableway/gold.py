"""Gold answers for the 云索 CloudRope cableway held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event (any action, `fail` / `sold_out`
  included) at step k's touchpoint after reaching step k-1, within the journey's window_days from their first step-1
  event in the period (booking 7 d, group 30 d, closure_refund 14 d, annual_pass 14 d, complaint 7 d). Rates are
  computed with later steps allowed after the period end and with every step inside the period; the tolerance covers
  both. Drop-off of a step = 1 - reached next / reached this step. A funnel "at <site>" / "on iOS" keeps only events
  with that `site` / `device`; a funnel "for <customers>" keeps those customers (attributes at the end of the data);
- an A/B variant's funnel = the customers of that variant (experiments.csv), funnel period = the test window;
- "people / visitors / customers who did X" = distinct customers with an event at X's touchpoint in the period;
  "how many entries / rides / notices / orders" = rows, never people. A visit = a tp_gate event (individual guests);
  group tours are tp_group_checkin events and group orders (orders.product_type = group_ticket, quantity = pax);
- money = sum(amount) of status `paid` orders by order time (ts), always in one currency: CNY for Zhangjiajie,
  Huangshan, Emei, NZD for Queenstown (orders.site / orders.currency); refunded and cancelled are not revenue. Ticket
  types: orders.product_type ticket (individual), group_ticket, annual_pass. Refund counts are orders with status
  refunded, by order time unless stated;
- queue time = events.wait_minutes at tp_queue (one row per individual ride), by site;
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
ALL = ("2025-01-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_25 = ("2025-04-01", "2025-06-30")
Q2_26 = ("2026-04-01", "2026-06-30")
Q3_25 = ("2025-07-01", "2025-09-30")
Q1_26 = ("2026-01-01", "2026-03-31")
GW25 = ("2025-10-01", "2025-10-08")
MAY26 = ("2026-05-01", "2026-05-05")
BUG = ("2025-08-05", "2025-08-25")
AB = ("2026-03-01", "2026-05-31")
QT_BEFORE = ("2025-01-01", "2025-10-31")
QT_AFTER = ("2025-11-01", "2026-06-30")


def month(y, m):
    import calendar
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys", "customers", "experiments"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE events AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts,
                    CAST(wait_minutes AS DOUBLE) AS wait_minutes, CAST(pax AS INTEGER) AS pax,
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


def refund_days(s, agg="median"):
    """per refund request at the site: days to the refund completion of the same order."""
    v = one(f"""SELECT {agg}(date_diff('second', r.ts, d.ts) / 86400.0) FROM events r JOIN events d
                ON d.order_id = r.order_id AND d.touchpoint_id = 'tp_refund_done'
                WHERE r.touchpoint_id = 'tp_refund_request' AND r.site = '{s}'""")
    return num(v, 0.04, 0.1)


def complaint_hours(agg="avg"):
    """per complaint: hours to the customer's first resolution after it (resolved complaints only)."""
    v = one(f"""WITH p AS (SELECT customer_id, ts FROM events WHERE touchpoint_id = 'tp_complaint'),
                g AS (SELECT p.customer_id, p.ts, min(e.ts) tg FROM p JOIN events e ON e.customer_id = p.customer_id
                      AND e.touchpoint_id = 'tp_resolution' AND e.ts > p.ts GROUP BY 1, 2)
                SELECT {agg}(date_diff('second', ts, tg) / 3600.0) FROM g""")
    return num(v, 0.04, 0.5)


def status_share(start, end, num_status, den_status, cond="1=1"):
    dens = ", ".join(f"'{x}'" for x in den_status)
    return rate(one(f"""SELECT avg(CASE WHEN o.status = '{num_status}' THEN 1.0 ELSE 0 END) FROM orders o
                        WHERE o.status IN ({dens}) AND {_in('o.ts', start, end)} AND ({cond})"""))


def top_month_value(start, end, cond):
    rows = q(f"""SELECT strftime(o.ts, '%Y-%m'), sum(o.amount) FROM orders o WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY 2 DESC""")
    assert rows[0][1] > rows[1][1] * 1.1, rows[:3]
    return money(rows[0][1])


ZJJ, HS, EM, QT = "o.site = 'zhangjiajie'", "o.site = 'huangshan'", "o.site = 'emei'", "o.site = 'queenstown'"
TICKET, GROUP = "o.product_type = 'ticket'", "o.product_type = 'group_ticket'"


def gold():
    return {
        # ---- online booking funnel
        "cw01": lambda: conv("booking", *Y25),
        "cw02": lambda: top_lost("booking", *Y25),
        "cw03": lambda: conv("booking", *BUG, a=3, b=4, drop=True, evc=IOS),
        "cw04": lambda: conv("booking", *BUG, a=3, b=4, drop=True, evc="e.device = 'android'"),
        "cw05": lambda: top_drop_ev("booking", *BUG, IOS, gap=1.5),
        "cw06": lambda: conv("booking", *ALL, a=1, b=4, cust="c.id_type = 'passport'"),
        "cw07": lambda: conv("booking", *ALL, a=1, b=4, cust="c.id_type = 'id_card'"),
        "cw08": lambda: top(by_group("booking", *ALL, "c.id_type", a=1, b=4), 1.1, lowest=True),
        "cw09": lambda: conv("booking", *QT_AFTER, a=1, b=4, evc=site("queenstown")),
        "cw10": lambda: conv("booking", *QT_BEFORE, a=1, b=4, evc=site("queenstown")),
        "cw11": lambda: conv("booking", *AB, a=2, b=4, cust=variant("slot_picker_v2", "B")),
        "cw12": lambda: conv("booking", *AB, a=2, b=4, cust=variant("slot_picker_v2", "A")),
        "cw13": lambda: ab_winner("slot_picker_v2", "booking", *AB, 2, 4, ["A", "B"]),
        "cw14": lambda: conv("annual_pass", *ALL, cust=variant("pass_banner", "banner")),
        "cw15": lambda: events_at("tp_timeslot", *MAY26, "e.action = 'sold_out'"),
        # ---- queues
        "cw16": lambda: ev_avg("e.wait_minutes", "tp_queue", *GW25, site("huangshan")),
        "cw17": lambda: ev_avg("e.wait_minutes", "tp_queue", *GW25, site("emei")),
        "cw18": lambda: top_events("e.site", "tp_queue", *Y25, agg="avg(e.wait_minutes)", gap=1.1),
        "cw19": lambda: ev_share("e.wait_minutes > 90", "tp_queue", *H1_26),
        "cw20": lambda: ev_median("e.wait_minutes", "tp_queue", *month(2026, 1), site("queenstown")),
        # ---- groups
        "cw21": lambda: top_orders("o.agency_name", *Y25, agg="sum(o.quantity)", cond=GROUP, gap=1.5),
        "cw22": lambda: orders(*Q3_25, agg="count(*)", status=None, cond=GROUP),
        "cw23": lambda: num(one(f"""SELECT avg(quantity) FROM orders o WHERE status = 'paid' AND {GROUP}
                                    AND {_in('o.ts', *Y25)}"""), 0.02, 0.2),
        "cw24": lambda: status_share(*Y25, "refunded", ["paid", "refunded", "cancelled"], GROUP),
        "cw25": lambda: order_share(*Y25, GROUP, den=ZJJ),
        # ---- closures, refunds
        "cw26": lambda: conv("closure_refund", *ALL),
        "cw27": lambda: events_at("tp_closure_notice", *Y25, site("emei")),
        "cw28": lambda: top_orders("o.site", *ALL, agg="count(*)", cond="o.refund_reason = 'weather_closure'",
                                   gap=1.3, status="refunded"),
        "cw29": lambda: refund_days("emei"),
        "cw30": lambda: refund_days("huangshan"),
        "cw31": lambda: orders(*month(2025, 7), agg="count(*)", status="refunded"),
        "cw32": lambda: status_share("2025-06-01", "2025-08-31", "refunded", ["paid", "refunded"], f"{HS} AND {TICKET}"),
        # ---- annual pass
        "cw33": lambda: conv("annual_pass", *ALL),
        "cw34": lambda: orders(*ALL, agg="count(*)", cond=f"{ZJJ} AND o.product_type = 'annual_pass'"),
        "cw35": lambda: per_customer("tp_gate", *H1_26, "c.tier = 'annual_pass'"),
        # ---- money
        "cw36": lambda: orders(*Y25, cond=HS),
        "cw37": lambda: orders(*H1_26, cond=QT),
        "cw38": lambda: orders(*Q1_26, agg="avg(o.amount)", cond=f"{ZJJ} AND {TICKET}"),
        "cw39": lambda: top_orders("o.channel", *Y25, cond=f"o.currency = 'CNY' AND {TICKET}", gap=1.2),
        "cw40": lambda: growth(H1_25, H1_26, ZJJ),
        "cw41": lambda: top_month_value(*Y25, HS),
        # ---- customers, visits
        "cw42": lambda: customers_count("c.segment = 'at_risk'"),
        "cw43": lambda: customers_share("c.region = '海外'", "c.segment <> 'agency'"),
        "cw44": lambda: top_customers("c.region", gap=1.3),
        "cw45": lambda: conv("booking", *Y25, cust="c.age_band = '60+'"),
        "cw46": lambda: users_at("tp_boarding", *Y25, site("emei")),
        "cw47": lambda: events_at("tp_boarding", *GW25, site("huangshan")),
        # ---- feedback
        "cw48": lambda: topic_count("slot_ignored"),
        "cw49": lambda: topic_count("slot_ignored", _in("f.ts", *Q2_26)),
        "cw50": lambda: topic_count("slot_ignored", _in("f.ts", *Q2_25)),
        "cw51": lambda: top_fb("f.touchpoint_id", f"f.rating <= 2 AND {_in('f.ts', *H1_26)}", gap=1.3),
        "cw52": lambda: fb_avg("f.rating", "f.site = 'queenstown' AND f.rating IS NOT NULL AND "
                               + _in("f.ts", "2025-11-01", "2026-06-30")),
        "cw53": lambda: fb_count(f"f.rating <= 2 AND {_in('f.ts', *Y25)}"),
        "cw54": lambda: fb_ratio(NEG, _in("f.ts", *H1_26), tol=0.01),
        "cw55": lambda: fb_count("f.ts IS NULL"),
        "cw56": lambda: topic_count("realname_fail", "f.channel = 'app_review'"),
        "cw57": lambda: fb_avg("f.nps", f"f.channel = 'survey' AND f.nps IS NOT NULL AND {_in('f.ts', *Y25)}"),
        "cw58": lambda: topic_count("price_high"),
        "cw59": lambda: fb_ids("t.topic = 'price_high'"),
        "cw60": lambda: fb_ids("t.topic = 'realname_fail'"),
        "cw61": lambda: fb_ids("t.topic = 'price_high' AND f.site = 'queenstown'"),
        "cw64": lambda: top_events("e.complaint_type", "tp_complaint", *Y25, gap=1.5),
        "cw65": lambda: conv("complaint", *ALL),
        "cw66": lambda: complaint_hours(),
        # ---- relative periods
        "cw67": lambda: users_at("tp_boarding", *month(2026, 5), site("huangshan")),
        "cw68": lambda: events_at("tp_gate", "2026-05-04", "2026-05-10", site("zhangjiajie")),
        "cw69": lambda: orders(*H1_26, cond=EM),
        "cw70": lambda: orders(*H2_25, cond=EM),
        "cw71": lambda: customers_count("c.signup_at >= DATE '2026-01-01' AND c.signup_at < DATE '2026-04-01'"),
    }


STATUS_ONLY = {"cw62": "ok", "cw63": "ok"}


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
