"""Gold answers for the 丝冠 SilkCrown wig / hair-system maker held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event (any action, `fail` included) at step k's
  touchpoint after reaching step k-1, within the journey's window_days from their first step-1 event in the period
  (custom_order 14 d, fulfilment 75 d, fitting 14 d, remake 45 d, return 21 d, complaint 7 d). Rates are computed with
  later steps allowed after the period end and with every step inside the period; the tolerance covers both — except
  where the question says a later step after the period still counts (then only the first, tolerance 0.01).
  Drop-off of a step = 1 - reached next / reached this step. A funnel "on Android" / "in the US" keeps only events with
  that `device` / customers of that `market`; a funnel "for <customers>" keeps those customers (attributes at the end
  of the data);
- an A/B variant's funnel = the customers of that variant (experiments.csv), funnel period = the test window;
- "people / customers who did X" = distinct customers with an event at X's touchpoint in the period; "how many
  fittings / remake requests / tickets / orders" = rows, never people;
- money = sum(amount) of status `paid` orders by order time (ts), always in one currency: CNY for the China market
  (orders.market = CN), USD for the US market — never added together; cancelled (deposit returned) and returned
  orders are not revenue. "Units" = sum(quantity) of paid orders. Product types: custom_unit, stock_unit,
  replacement_unit (reorders); product lines: hair_system (男士发块), topper (发顶补发片), wig (女士全头套);
- production time = orders.production_days (deposit to dispatch, paid orders that were shipped), by order time;
- fittings = tp_fitting events (a visit that happened); no-show rate of a store = 1 - fittings / bookings of the
  fitting journey (people) at that store;
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
ALL = ("2025-01-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_25 = ("2025-01-01", "2025-03-31")
Q2_25 = ("2025-04-01", "2025-06-30")
Q3_25 = ("2025-07-01", "2025-09-30")
Q4_25 = ("2025-10-01", "2025-12-31")
Q1_26 = ("2026-01-01", "2026-03-31")
Q2_26 = ("2026-04-01", "2026-06-30")
BUG = ("2025-09-08", "2025-09-28")
AB = ("2026-01-05", "2026-03-31")
BANNER = ("2025-06-01", "2025-08-31")
US_BEFORE = ("2025-01-01", "2025-04-30")
US_AFTER = ("2025-05-01", "2026-06-30")


def month(y, m):
    import calendar
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys", "experiments"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * REPLACE (CAST(signup_at AS TIMESTAMP) AS signup_at)
                    FROM read_csv_auto('{data / 'customers.csv'}', header=true, all_varchar=true)""")
    CON.execute(f"""CREATE TABLE events AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts,
                    CAST(wait_minutes AS DOUBLE) AS wait_minutes, CAST(duration_min AS DOUBLE) AS duration_min)
                    FROM read_csv_auto('{data / 'events.csv'}', header=true, all_varchar=true)""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts, CAST(amount AS DOUBLE) AS amount,
                    CAST(quantity AS INTEGER) AS quantity, CAST(unit_price AS DOUBLE) AS unit_price,
                    CAST(NULLIF(production_days, '') AS DOUBLE) AS production_days,
                    CAST(NULLIF(refunded_at, '') AS TIMESTAMP) AS refunded_at,
                    CAST(NULLIF(shipped_at, '') AS TIMESTAMP) AS shipped_at,
                    CAST(NULLIF(delivered_at, '') AS TIMESTAMP) AS delivered_at)
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


def funnel(j, start, end, cust="1=1", bounded=False, evc="1=1"):
    """people reaching each step; `evc` filters all events (alias e), `cust` the customers (alias c)."""
    steps, win = _steps(j)
    ev = (f"SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) "
          f"WHERE ({cust}) AND ({evc})")
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) t1, min(ts) t FROM ev
                    WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    out = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) t FROM r{k-1} r
                        JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}' AND e.ts > r.t
                        AND e.ts <= r.t1 + INTERVAL {win} DAY GROUP BY 1, 2""")
        out.append(one(f"SELECT count(*) FROM r{k}"))
    return out


def conv(j, start, end, a=1, b=None, drop=False, cust="1=1", evc="1=1", later_ok=False):
    """rate from step a to step b; tolerance covers later steps after the period end (unless the question says that
    later steps after the period count: `later_ok`)."""
    vals = []
    for bounded in ((False,) if later_ok else (False, True)):
        c = funnel(j, start, end, cust, bounded=bounded, evc=evc)
        r = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    spread = abs(vals[-1] - vals[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, spread + 0.005), 4))


def reached(j, start, end, k, cust="1=1", evc="1=1"):
    return cnt(funnel(j, start, end, cust, evc=evc)[k - 1])


def top_lost(j, start, end, cust="1=1", gap=1.1):
    steps, _ = _steps(j)
    c = funnel(j, start, end, cust)
    return top([(steps[i], c[i] - c[i + 1]) for i in range(len(c) - 1)], gap)


def top_drop(j, start, end, cust="1=1", evc="1=1", gap=1.1):
    steps, _ = _steps(j)
    c = funnel(j, start, end, cust, evc=evc)
    return top([(steps[i], 1 - c[i + 1] / c[i]) for i in range(len(c) - 1)], gap)


def by_group(j, start, end, col, a=1, b=None, drop=False, min_n=30, cust="1=1"):
    vals = [r[0] for r in q(f"SELECT DISTINCT {col} FROM customers c WHERE {col} IS NOT NULL")]
    rows = []
    for v in vals:
        c = funnel(j, start, end, f"{col} = '{v}' AND ({cust})")
        if c[a - 1] >= min_n:
            r = c[(b or len(c)) - 1] / c[a - 1]
            rows.append((v, 1 - r if drop else r))
    return rows


def variant(exp, v):
    return f"c.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = '{exp}' AND variant = '{v}')"


def ab_winner(exp, j, start, end, a, b, variants, gap=1.1):
    rows = []
    for v in variants:
        c = funnel(j, start, end, cust=variant(exp, v))
        rows.append((v, c[b - 1] / c[a - 1]))
    return top(rows, gap)


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


# ---------- orders ----------
def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    return cnt(v) if agg.startswith(("count", "sum(o.quantity")) else money(v)


def orders_num(start, end, agg, cond="1=1", status="paid", rel=0.02, floor=0.1):
    st = "1=1" if status is None else f"o.status = '{status}'"
    return num(one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                       WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})"""), rel, floor)


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", gap=1.1, status="paid", lowest=False):
    st = "1=1" if status is None else f"o.status = '{status}'"
    return top(q(f"""SELECT {col}, {agg} FROM orders o JOIN customers c USING (customer_id)
                     WHERE {st} AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1"""), gap, lowest)


def order_share(start, end, num_cond, den="1=1", status="paid", weight="o.amount"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    return rate(one(f"""SELECT sum(CASE WHEN {num_cond} THEN {weight} ELSE 0 END) * 1.0 / sum({weight})
                        FROM orders o JOIN customers c USING (customer_id)
                        WHERE {st} AND {_in('o.ts', start, end)} AND ({den})"""))


def growth(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return rate(y / x - 1)


# ---------- customers ----------
def customers_count(cond):
    return cnt(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def customers_share(num_cond, cond="1=1"):
    return rate(one(f"SELECT avg(CASE WHEN {num_cond} THEN 1.0 ELSE 0 END) FROM customers c WHERE {cond}"))


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
CN, US = "o.market = 'CN'", "o.market = 'US'"
CCN, CUS = "c.market = 'CN'", "c.market = 'US'"
ANDROID = "e.device = 'android'"


def shipped_avg_days(start, end, cond="1=1"):
    return num(one(f"""SELECT avg(o.production_days) FROM orders o WHERE o.production_days IS NOT NULL
                       AND {_in('o.ts', start, end)} AND ({cond})"""), 0.02, 0.2)


def top_shipped_days(col, start, end, gap=1.05):
    return top(q(f"""SELECT {col}, avg(o.production_days) FROM orders o WHERE o.production_days IS NOT NULL
                     AND {_in('o.ts', start, end)} GROUP BY 1"""), gap)


def refund_days(market):
    """per return request: days to the refund completion of the same order (completed refunds only)."""
    v = one(f"""SELECT avg(date_diff('second', r.ts, d.ts) / 86400.0) FROM events r JOIN events d
                ON d.order_id = r.order_id AND d.touchpoint_id = 'tp_refund_done'
                WHERE r.touchpoint_id = 'tp_return_request' AND r.market = '{market}'""")
    return num(v, 0.04, 0.1)


def complaint_hours():
    """per ticket: hours from the complaint to its resolution (same ticket_id), resolved tickets only."""
    v = one("""SELECT avg(date_diff('second', p.ts, r.ts) / 3600.0) FROM events p JOIN events r
               ON r.ticket_id = p.ticket_id AND r.touchpoint_id = 'tp_complaint_closed'
               WHERE p.touchpoint_id = 'tp_complaint'""")
    return num(v, 0.04, 0.5)


def status_share(start, end, num_status, den_status, cond="1=1"):
    dens = ", ".join(f"'{x}'" for x in den_status)
    return rate(one(f"""SELECT avg(CASE WHEN o.status = '{num_status}' THEN 1.0 ELSE 0 END) FROM orders o
                        WHERE o.status IN ({dens}) AND {_in('o.ts', start, end)} AND ({cond})"""))


def top_month_value(start, end, cond):
    rows = q(f"""SELECT strftime(o.ts, '%Y-%m'), sum(o.amount) FROM orders o WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY 2 DESC""")
    assert rows[0][1] > rows[1][1] * 1.05, rows[:3]
    return money(rows[0][1])


def qc_fail_top(start, end, gap=1.1):
    return top(q(f"""SELECT e.hair_type, avg(CASE WHEN e.qc_result = 'fail' THEN 1.0 ELSE 0 END) FROM events e
                     WHERE e.touchpoint_id = 'tp_production' AND e.production_stage = 'qc'
                     AND {_in('e.ts', start, end)} GROUP BY 1"""), gap)


def store(s):
    return f"e.store = '{s}'"


def gold():
    return {
        # ---- custom order funnel
        "wm01": lambda: conv("custom_order", *Y25),
        "wm02": lambda: top_lost("custom_order", *H1_26),
        "wm03": lambda: conv("custom_order", *BUG, a=2, b=3, drop=True, evc=ANDROID, later_ok=True),
        "wm04": lambda: conv("custom_order", *BUG, a=2, b=3, drop=True, evc="e.device = 'ios'", later_ok=True),
        "wm05": lambda: top_drop("custom_order", *BUG, evc=ANDROID, gap=1.3),
        "wm06": lambda: conv("custom_order", *ALL, cust="c.wearer_type = 'first_time'"),
        "wm07": lambda: conv("custom_order", *ALL, cust="c.wearer_type = 'experienced'"),
        "wm08": lambda: top(by_group("custom_order", *ALL, "c.wearer_type"), 1.1, lowest=True),
        "wm09": lambda: conv("custom_order", *US_AFTER, cust=CUS),
        "wm10": lambda: conv("custom_order", *US_BEFORE, cust=CUS),
        "wm11": lambda: conv("custom_order", *AB, a=2, b=3, cust=variant("measure_guide_v2", "B")),
        "wm12": lambda: conv("custom_order", *AB, a=2, b=3, cust=variant("measure_guide_v2", "A")),
        "wm13": lambda: ab_winner("measure_guide_v2", "custom_order", *AB, 2, 3, ["A", "B"]),
        "wm14": lambda: conv("custom_order", *BANNER, a=3, b=4, cust=variant("free_fitting_banner", "banner")),
        "wm15": lambda: users_at("tp_measure", *BUG, "e.error = 'UPLOAD_TIMEOUT'"),
        # ---- production
        "wm16": lambda: shipped_avg_days(*Y25, "o.base_material = 'full_lace'"),
        "wm17": lambda: top_shipped_days("o.base_material", *Y25),
        "wm18": lambda: shipped_avg_days(*month(2026, 1)),
        "wm19": lambda: ev_share("e.qc_result = 'fail'", "tp_production", *Y25, "e.production_stage = 'qc'"),
        "wm20": lambda: qc_fail_top(*Y25),
        "wm21": lambda: conv("fulfilment", *Y25, later_ok=True),
        # ---- fittings
        "wm22": lambda: conv("fitting", *Y25, drop=True, evc=store("shanghai")),
        "wm23": lambda: conv("fitting", *Y25, drop=True, evc=store("beijing")),
        "wm24": lambda: events_at("tp_fitting", *Y25, store("beijing")),
        "wm25": lambda: ev_avg("e.wait_minutes", "tp_fitting", *H1_26, store("shanghai")),
        "wm26": lambda: top_events("e.store", "tp_fitting", *Y25, agg="avg(e.wait_minutes)", gap=1.3),
        # ---- remakes, returns
        "wm27": lambda: top_events("e.remake_reason", "tp_remake_request", *H1_26, gap=1.3),
        "wm28": lambda: events_at("tp_remake_request", *Y25),
        "wm29": lambda: conv("remake", *Y25, later_ok=True),
        "wm30": lambda: events_at("tp_remake_request", *H1_26, "e.remake_reason = 'shedding'"),
        "wm31": lambda: events_at("tp_remake_request", *H1_25, "e.remake_reason = 'shedding'"),
        "wm32": lambda: orders(*Y25, agg="count(*)", status="returned"),
        "wm33": lambda: refund_days("US"),
        "wm34": lambda: status_share(*Y25, "returned", ["paid", "returned"], "o.product_type = 'stock_unit'"),
        # ---- money
        "wm35": lambda: orders(*Y25, cond=CN),
        "wm36": lambda: orders(*H1_26, cond=US),
        "wm37": lambda: orders(*Q1_26, agg="avg(o.amount)", cond=CN),
        "wm38": lambda: top_orders("o.product_line", *Y25, cond=CN, gap=1.2),
        "wm39": lambda: growth(H1_25, H1_26, CN),
        "wm40": lambda: orders(*Y25, agg="sum(o.quantity)", cond=US),
        "wm41": lambda: order_share(*Y25, "o.product_type = 'replacement_unit'", den=CN),
        "wm42": lambda: top_orders("o.hair_type", *Y25, cond=CN, gap=1.1),
        "wm43": lambda: top_month_value(*Y25, CN),
        "wm44": lambda: orders(*US_AFTER, agg="avg(o.amount)",
                               cond=f"{US} AND o.base_material = 'full_lace' AND o.product_type = 'custom_unit'"),
        # ---- customers
        "wm45": lambda: customers_count("c.segment = 'at_risk'"),
        "wm46": lambda: customers_share(CUS),
        "wm47": lambda: top(q(f"SELECT acquisition_channel, count(*) FROM customers c WHERE {CCN} GROUP BY 1"), 1.1),
        "wm48": lambda: conv("custom_order", *Y25, cust="c.wearer_type = 'medical'"),
        "wm49": lambda: users_at("tp_consult", *Y25),
        "wm50": lambda: users_at("tp_reorder", *H1_26),
        # ---- feedback
        "wm51": lambda: topic_count("shedding"),
        "wm52": lambda: topic_count("shedding", _in("f.ts", *Q2_26)),
        "wm53": lambda: topic_count("shedding", _in("f.ts", *Q2_25)),
        "wm54": lambda: top_fb("f.touchpoint_id", f"f.rating <= 2 AND {_in('f.ts', *H1_26)}", gap=1.2),
        "wm55": lambda: fb_count(f"f.rating <= 2 AND {_in('f.ts', *Y25)}"),
        "wm56": lambda: fb_ratio(NEG, _in("f.ts", *H1_26), tol=0.01),
        "wm57": lambda: fb_count("f.ts IS NULL"),
        "wm58": lambda: fb_avg("f.nps", f"f.channel = 'survey' AND f.nps IS NOT NULL AND {_in('f.ts', *Y25)}"),
        "wm59": lambda: fb_avg("f.rating", "f.channel = 'survey' AND f.store = 'shanghai' AND f.rating IS NOT NULL"),
        "wm60": lambda: topic_count("price_high"),
        "wm61": lambda: fb_ids("t.topic = 'shedding'"),
        "wm62": lambda: fb_ids("t.topic = 'price_high'"),
        "wm63": lambda: fb_ids("t.topic = 'upload_fail'"),
        "wm66": lambda: top_events("e.complaint_type", "tp_complaint", *Y25, gap=1.2),
        "wm67": lambda: complaint_hours(),
        "wm68": lambda: events_at("tp_delivered", *US_AFTER, "e.customs_hold = 'yes'"),
        # ---- relative periods
        "wm69": lambda: events_at("tp_fitting", *month(2026, 5), store("beijing")),
        "wm70": lambda: orders(*month(2026, 5), cond=US),
        "wm71": lambda: users_at("tp_deposit", "2026-06-15", "2026-06-21"),
        "wm72": lambda: customers_count("c.signup_at >= DATE '2026-01-01' AND c.signup_at < DATE '2026-04-01'"),
    }


STATUS_ONLY = {"wm64": "ok", "wm65": "ok"}


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
