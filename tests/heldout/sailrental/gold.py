"""Gold answers for the 海帆 BlueSail sailing-boat / yacht charter held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event (any action) at step k's touchpoint
  after reaching step k-1, within the journey's window_days from their first step-1 event in the period (booking 30 d,
  bareboat 7 d, insurance 3 d, weather 30 d, claim 30 d). Rates are computed with later steps allowed after the
  period end and with every step inside the period; the tolerance covers both. Drop-off of a step = 1 - reached next /
  reached this step. A funnel "at <base>" / "on the mini program" keeps only events with that `base` / `channel`;
  a funnel "for <customers>" keeps those customers (customer attributes as stored);
- failed deposit attempts are their own touchpoint (tp_deposit_fail); tp_deposit holds successful deposits only;
- an A/B variant's funnel = the customers of that variant (experiments.csv), funnel period = the test window;
- "people / customers who did X" = distinct customers with an event at X's touchpoint in the period;
  "how many notices / boardings / claims / assignments / attempts" = event rows, never people;
- money = sum(amount) of status `paid` orders by order time (ts = deposit time), in one currency: CNY for Sanya,
  Xiamen, Qingdao, THB for Phuket (never added together). orders.amount = charter price + insurance fee;
  cancelled (customer cancel) and refunded (weather) are not revenue; share-of-orders questions count orders;
- claim days = per order, tp_claim -> tp_claim_closed; weather-refund days = per order, last tp_weather_cancel
  -> tp_refund; damage amounts = events.claim_amount at tp_claim;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  1-2 star = rating <= 2; topic counts use the truth topic with a 5 % tolerance; "all feedback" includes the social
  posts without a date (and without rating or customer);
- periods are inclusive calendar dates; relative periods resolve against `as_of`.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
ALL = ("2025-01-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
Q1_25 = ("2025-01-01", "2025-03-31")
Q1_26 = ("2026-01-01", "2026-03-31")
JM25 = ("2025-01-01", "2025-05-31")
JM26 = ("2026-01-01", "2026-05-31")
BUG = ("2025-07-10", "2025-07-31")
AB_INS = ("2026-01-05", "2026-03-31")
AB_QF = ("2025-09-01", "2025-11-30")
SY_BEFORE = ("2025-01-01", "2025-09-30")
SY_AFTER = ("2025-10-01", "2026-05-31")


def month(y, m):
    import calendar
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys", "customers", "experiments"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE events AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts,
                    CAST(NULLIF(delay_minutes, '') AS DOUBLE) AS delay_minutes, CAST(NULLIF(pax, '') AS INTEGER) AS pax,
                    CAST(NULLIF(amount, '') AS DOUBLE) AS amount, CAST(NULLIF(claim_amount, '') AS DOUBLE) AS claim_amount,
                    CAST(NULLIF(settle_days, '') AS DOUBLE) AS settle_days,
                    CAST(NULLIF(refund_days, '') AS DOUBLE) AS refund_days)
                    FROM read_csv_auto('{data / 'events.csv'}', header=true, all_varchar=true)""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts, CAST(amount AS DOUBLE) AS amount,
                    CAST(pax AS INTEGER) AS pax, CAST(days AS INTEGER) AS days,
                    CAST(insurance_fee AS DOUBLE) AS insurance_fee, CAST(deposit_amount AS DOUBLE) AS deposit_amount,
                    CAST(balance_amount AS DOUBLE) AS balance_amount, CAST(charter_price AS DOUBLE) AS charter_price,
                    CAST(charter_date AS DATE) AS charter_date,
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


def base(s):
    return f"e.base = '{s}'"


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


def top_month_value(start, end, cond):
    rows = q(f"""SELECT strftime(o.ts, '%Y-%m'), sum(o.amount) FROM orders o WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY 2 DESC""")
    assert rows[0][1] > rows[1][1] * 1.1, rows[:3]
    return money(rows[0][1])




def refund_days_median(b):
    """per weather-refunded order at the base: days from its last weather cancellation notice to the refund."""
    v = one(f"""WITH w AS (SELECT order_id, max(ts) tw FROM events WHERE touchpoint_id = 'tp_weather_cancel' GROUP BY 1)
                SELECT median(date_diff('second', w.tw, r.ts) / 86400.0) FROM events r JOIN w USING (order_id)
                WHERE r.touchpoint_id = 'tp_refund' AND r.base = '{b}'""")
    return num(v, 0.04, 0.1)


def claim_days_median(insured):
    v = one(f"""SELECT median(date_diff('second', c.ts, s.ts) / 86400.0) FROM events c JOIN events s
                ON s.order_id = c.order_id AND s.touchpoint_id = 'tp_claim_closed'
                WHERE c.touchpoint_id = 'tp_claim' AND c.insured = '{insured}'""")
    return num(v, 0.04, 0.1)


def licence_reject_top():
    return top(q("""SELECT cert_type, avg(CASE WHEN result = 'rejected' THEN 1.0 ELSE 0 END) FROM events
                    WHERE touchpoint_id = 'tp_licence' GROUP BY 1"""), 1.2)


def top_month(start, end, cond):
    return top(q(f"""SELECT strftime(o.ts, '%Y-%m'), sum(o.amount) FROM orders o WHERE o.status = 'paid'
                     AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1"""), 1.05)


def claim_sum(start, end, cond):
    return money(one(f"""SELECT sum(e.claim_amount) FROM events e WHERE e.touchpoint_id = 'tp_claim'
                         AND {_in('e.ts', start, end)} AND ({cond})"""))


SY, XM, QD, PK = "o.base = 'sanya'", "o.base = 'xiamen'", "o.base = 'qingdao'", "o.base = 'phuket'"
CNY = "o.currency = 'CNY'"
MP, APP = "e.channel = 'mini_program'", "e.channel = 'app'"


def gold():
    return {
        # ---- online booking funnel, bug, segment, price change
        "sr01": lambda: conv("booking", *Y25),
        "sr02": lambda: top_lost("booking", *Y25),
        "sr03": lambda: conv("booking", *BUG, a=2, b=3, evc=MP),
        "sr04": lambda: conv("booking", *BUG, a=2, b=3, evc=APP),
        "sr05": lambda: events_at("tp_deposit_fail", *BUG, MP),
        "sr06": lambda: users_at("tp_deposit_fail", *month(2025, 7)),
        "sr07": lambda: top(by_group("booking", *ALL, "c.segment", a=2, b=3), 1.1, lowest=True),
        "sr08": lambda: conv("booking", *ALL, a=2, b=3, cust="c.segment = 'corporate'"),
        "sr09": lambda: conv("booking", *ALL, a=2, b=3, cust="c.segment = 'vip'"),
        "sr10": lambda: conv("booking", *SY_AFTER, a=2, b=3, evc=base("sanya")),
        "sr11": lambda: conv("booking", *SY_BEFORE, a=2, b=3, evc=base("sanya")),
        # ---- A/B tests
        "sr12": lambda: conv("insurance", *AB_INS, cust=variant("insurance_default", "B")),
        "sr13": lambda: conv("insurance", *AB_INS, cust=variant("insurance_default", "A")),
        "sr14": lambda: ab_winner("insurance_default", "insurance", *AB_INS, 1, 2, ["A", "B"]),
        "sr15": lambda: conv("booking", *AB_QF, a=1, b=2, cust=variant("quote_form_v2", "v2")),
        # ---- bare-boat licence
        "sr16": lambda: conv("bareboat", *ALL, a=2, b=3),
        "sr17": lambda: events_at("tp_licence", *Y25, "e.result = 'rejected'"),
        "sr18": lambda: licence_reject_top(),
        # ---- weather
        "sr19": lambda: events_at("tp_weather_cancel", *Y25, base("qingdao")),
        "sr20": lambda: top_events("e.base", "tp_weather_cancel", *ALL, gap=1.1),
        "sr21": lambda: top_events("e.weather_reason", "tp_weather_cancel", *ALL, base("qingdao"), gap=1.3),
        "sr22": lambda: conv("weather", *ALL, a=1, b=2),
        "sr23": lambda: conv("weather", *ALL, a=1, b=2, evc=base("phuket")),
        "sr24": lambda: refund_days_median("phuket"),
        "sr25": lambda: events_at("tp_refund", *Y25),
        # ---- crew
        "sr26": lambda: top_events("e.skipper_name", "tp_checkin", *ALL, "e.skipper_name IS NOT NULL",
                                   agg="avg(e.delay_minutes)", gap=1.5),
        "sr27": lambda: ev_avg("e.delay_minutes", "tp_checkin", *ALL, "e.skipper_name = '孙浩 Sun Hao'"),
        "sr28": lambda: events_at("tp_crew", *H2_25, "e.skipper_name = 'Somchai Boonma'"),
        "sr29": lambda: events_at("tp_checkin", *Y25, "e.charter_type = 'bareboat'"),
        # ---- damage claims
        "sr30": lambda: events_at("tp_claim", *Y25),
        "sr31": lambda: claim_days_median("false"),
        "sr32": lambda: claim_days_median("true"),
        "sr33": lambda: top_events("e.damage_type", "tp_claim", *ALL, gap=1.2),
        "sr34": lambda: ev_share("e.inspection_result = 'damage'", "tp_return", *Y25, "e.charter_type = 'bareboat'"),
        "sr35": lambda: conv("claim", *ALL),
        "sr36": lambda: claim_sum(*Y25, base("sanya")),
        # ---- money
        "sr37": lambda: orders(*Y25, cond=SY),
        "sr38": lambda: orders(*Q1_26, cond=PK),
        "sr39": lambda: top_orders("o.base", *Q1_26, cond=CNY, gap=1.1),
        "sr40": lambda: orders(*Y25, agg="avg(o.amount)", cond=f"{XM} AND o.boat_type = 'catamaran'"),
        "sr41": lambda: order_share(*Y25, "o.insurance = 'true'", weight="1"),
        "sr42": lambda: orders(*Y25, agg="sum(o.insurance_fee)", cond=CNY),
        "sr43": lambda: top_month(*Y25, QD),
        "sr44": lambda: growth(JM25, JM26, QD),
        "sr45": lambda: orders(*Y25, agg="count(*)", status="cancelled"),
        "sr46": lambda: status_share(*Y25, "refunded", ["paid", "refunded", "cancelled"], PK),
        "sr47": lambda: top_orders("o.duration", *Y25, cond=CNY, gap=1.1),
        "sr48": lambda: orders(*Y25, agg="avg(o.deposit_amount)", status=None, cond=CNY),
        # ---- customers, boardings
        "sr49": lambda: customers_count("c.segment = 'corporate'"),
        "sr50": lambda: customers_share("c.sailing_cert <> 'none'"),
        "sr51": lambda: top_customers("c.acquisition_channel", gap=1.1),
        "sr52": lambda: conv("booking", *Y25, cust="c.region = '海外'"),
        "sr53": lambda: users_at("tp_checkin", *Y25, base("sanya")),
        "sr54": lambda: events_at("tp_checkin", *month(2025, 10), base("xiamen")),
        # ---- feedback
        "sr55": lambda: topic_count("claim_dispute"),
        "sr56": lambda: topic_count("claim_dispute", _in("f.ts", *Q1_26)),
        "sr57": lambda: topic_count("claim_dispute", _in("f.ts", *Q1_25)),
        "sr58": lambda: top_fb("f.touchpoint_id", f"f.rating <= 2 AND {_in('f.ts', *JM26)}", gap=1.3),
        "sr59": lambda: fb_avg("f.rating", f"f.rating IS NOT NULL AND {_in('f.ts', *Y25)}"),
        "sr60": lambda: fb_ratio(NEG, _in("f.ts", *JM26), tol=0.01),
        "sr61": lambda: fb_count("f.ts IS NULL"),
        "sr62": lambda: fb_avg("f.nps", f"f.channel = 'survey' AND f.nps IS NOT NULL AND {_in('f.ts', *Y25)}"),
        "sr63": lambda: top_fb("f.skipper_name", "f.rating IS NOT NULL", agg="avg(f.rating)", gap=1.05, lowest=True),
        "sr64": lambda: fb_ids("t.topic = 'price_high' AND f.base = 'sanya'"),
        "sr65": lambda: fb_ids("t.topic = 'deposit_fail'"),
        "sr66": lambda: fb_ids("t.topic = 'claim_dispute'"),
        "sr69": lambda: topic_count("refund_slow"),
        # ---- relative periods
        "sr70": lambda: users_at("tp_deposit", *month(2026, 3), base("sanya")),
        "sr71": lambda: orders(*Q1_26, cond=XM),
        "sr72": lambda: orders(*JM26, cond=PK),
        "sr73": lambda: customers_count("c.signup_at >= TIMESTAMP '2025-01-01' AND c.signup_at < TIMESTAMP '2026-01-01'"),
    }


STATUS_ONLY = {"sr67": "ok", "sr68": "ok"}
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
