"""Gold answers for the tyreshop (轮到家 TyreHop) held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events.csv holds a few exact duplicate rows (a van tablet re-sent the technician-arrival ping, same event_id);
  they are loaded once (DATA.md), so every count is over distinct rows.
- customers / people / 客户 / 用户 / 车主 = distinct customer_id. B2C customers have customer_type `b2c`, fleet
  accounts `fleet` (segment `fleet`). `segment` is the state at the end of the data (2026-06-30): fleet, vip (gold
  tier), new (signed up in 2026), at_risk (no activity in 2026), returning (the rest). `region`: beijing, tianjin,
  melbourne. `vehicle_type`: sedan, suv, ev, ute (Melbourne), van (fleets).
- Funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period (any action counts, also
  a failed address check or a rejected claim decision). Every rate is read with later steps allowed after the
  period end (the DATA.md reading) and with every step inside the period, and for a step-to-step rate also as the
  sub-funnel that starts at the earlier step; the value is the first reading and the tolerance covers the others
  (at least 0.01); when they spread more than 0.02 the value is their middle and the tolerance reaches all of them.
  A funnel "for home fittings / in-shop fittings / on the app" keeps only events with that fit_mode / channel; a
  funnel by a customer attribute (vehicle type, acquisition channel, region) filters the customers.
- "Drop-off at a step" = customers who reached the step but not the next / customers who reached the step; "the
  step that loses the most people" = the step with the largest number of customers lost before the next step.
- Money = orders with status `paid`, `amount` in CNY (group reporting currency; Melbourne AUD at a fixed 4.70);
  `amount_local` is in the order's `currency`. Cancelled (before fitting: customer cancelled, no-show, no van) and
  refunded orders are not revenue. order_type: online_tyre (booked and prepaid online, fitted in a shop or at
  home), walk_in (bought at the counter), alignment (wheel alignment, paid in a shop) and fleet (a fleet job,
  invoiced). Average order value = paid revenue / paid orders. Orders are dated by orders.ts (payment or job time).
- Fittings = tp_fitting_done events (one per fitted job; fit_mode shop or home). Late arrival = tp_tech_arrival
  with late_minutes > 30. Warranty claims = tp_claim_submit events (one per claim).
- A/B test = experiments `quote_price_display` (tyre_only_price = control, all_in_price = fitting included in the
  quoted price), assigned at the first quote view between 2025-09-01 and 2025-11-30; per variant the
  online_fitting funnel quote -> booking over that window for the customers assigned to it.
- Feedback: "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table).
  Complaint-topic counts use text markers with a 5 % tolerance, checked to equal the truth topic. A count without a
  period counts every row (dated or not); a period filter keeps dated rows only. Average rating over rows with a
  rating; NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value.
- Periods are inclusive calendar dates; relative periods resolve against the item's `as_of`, else 2026-06-30, the
  last day of the data.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
LAST = "2026-06-30"


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE experiments AS SELECT * FROM read_csv_auto('{data / 'experiments.csv'}',
                    header=true, types={{'assigned_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE customers AS SELECT * REPLACE (signup_at::TIMESTAMP AS signup_at,
                   try_cast(fleet_vehicles AS INTEGER) AS fleet_vehicles,
                   try_cast(lifetime_spend_cny AS DOUBLE) AS lifetime_spend_cny) FROM customers""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, sample_size=-1, all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE events AS SELECT * REPLACE (ts::TIMESTAMP AS ts,
                   try_cast(qty AS INTEGER) AS qty, try_cast(quote_amount AS DOUBLE) AS quote_amount,
                   try_cast(amount_local AS DOUBLE) AS amount_local, try_cast(late_minutes AS INTEGER) AS late_minutes,
                   try_cast(wait_minutes AS INTEGER) AS wait_minutes, try_cast(rim_scratch AS BOOLEAN) AS rim_scratch,
                   try_cast(vehicles_serviced AS INTEGER) AS vehicles_serviced) FROM events""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE orders AS SELECT * REPLACE (ts::TIMESTAMP AS ts, amount::DOUBLE AS amount,
                   amount_local::DOUBLE AS amount_local, try_cast(qty AS INTEGER) AS qty,
                   try_cast(vehicles_serviced AS INTEGER) AS vehicles_serviced,
                   try_cast(home_fee_local AS DOUBLE) AS home_fee_local,
                   try_cast(discount_local AS DOUBLE) AS discount_local,
                   try_cast(road_hazard_cover AS BOOLEAN) AS road_hazard_cover) FROM orders""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE feedback AS SELECT * REPLACE (try_cast(ts AS TIMESTAMP) AS ts,
                   try_cast(rating AS DOUBLE) AS rating, try_cast(nps AS DOUBLE) AS nps) FROM feedback""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) - count(DISTINCT customer_id) FROM customers") == 0
    assert one("SELECT count(*) - count(DISTINCT feedback_id) FROM feedback") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)") == 0
    assert one("SELECT count(*) FROM events WHERE customer_id NOT IN (SELECT customer_id FROM customers)") == 0
    assert one("SELECT max(ts) FROM events") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")
    assert one("SELECT max(ts) FROM orders") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")
    assert one("SELECT min(ts) FROM events") >= one("SELECT TIMESTAMP '2025-01-01'")


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= TIMESTAMP '{start}' AND {col} < TIMESTAMP '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}"


def quarter(y, k):
    return f"{y}-{3 * k - 2:02d}-01", f"{y}-{3 * k:02d}-{[31, 30, 30, 31][k - 1]}"


def count(v):
    return dict(value=int(v), tolerance=0.5)


def num(v, rel=0.005, floor=0.5):
    v = float(v)
    return dict(value=round(v, 4), tolerance=round(max(floor, abs(v) * rel), 4))


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def span(vals, floor=0.01, digits=4):
    """value = the first reading and the tolerance covers every other reading; when the readings spread more than
    0.02, value = the middle of the range."""
    lo, hi = min(map(float, vals)), max(map(float, vals))
    a = float(vals[0]) if hi - lo <= 0.02 else (lo + hi) / 2
    dev = max(abs(float(v) - a) for v in vals)
    return dict(value=round(a, digits), tolerance=round(max(floor, dev + 0.005 if dev > 0 else floor), digits))


def top_rows(rows, gap=1.1, lowest=False, absolute=None):
    rows = sorted(rows, key=lambda r: r[1], reverse=not lowest)
    if len(rows) > 1:
        if absolute is not None:
            assert abs(rows[0][1] - rows[1][1]) > absolute, rows[:3]
        elif lowest:
            assert rows[1][1] > rows[0][1] * gap, rows[:3]
        else:
            assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


def top_group(sql, **kw):
    return top_rows(q(sql), **kw)


# ---------- funnels (DATA.md rule) ----------

def _journey(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel_steps(steps, window, start, end, cust_cond="1=1", ev_cond="1=1", bounded=False) -> list[int]:
    ev = (f"SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) "
          f"WHERE ({cust_cond}) AND ({ev_cond}) AND e.touchpoint_id IN ({', '.join(repr(s) for s in steps)})")
    if bounded:
        ev += f" AND e.ts < TIMESTAMP '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM ev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def readings(journey, start, end, a=1, b=None, **kw) -> list[float]:
    steps, window = _journey(journey)
    b = b or len(steps)
    out = []
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        out.append(c[b - 1] / c[a - 1])
        if a > 1 or b < len(steps):
            c = funnel_steps(steps[a - 1:b], window, start, end, bounded=bounded, **kw)
            out.append(c[-1] / c[0])
    return out


def conv(journey, start, end, a=1, b=None, **kw):
    return span(readings(journey, start, end, a, b, **kw))


def reach(journey, start, end, step, **kw):
    """customers reaching a step (DATA.md reading and bounded reading must agree within 1 %)."""
    steps, window = _journey(journey)
    c1 = funnel_steps(steps, window, start, end, **kw)[step - 1]
    c2 = funnel_steps(steps, window, start, end, bounded=True, **kw)[step - 1]
    return dict(value=c1, tolerance=max(0.5, abs(c1 - c2) + 0.5))


def conv_by(journey, start, end, column, values, a=1, b=None, cust_cond="1=1", ev_cond="1=1", bounded=False,
            min_n=1, on_events=False):
    steps, window = _journey(journey)
    bb = b or len(steps)
    rates = {}
    for v in values:
        if on_events:
            cond_c, cond_e = cust_cond, f"{column} = '{v}' AND ({ev_cond})"
        else:
            cond_c, cond_e = f"{column} = '{v}' AND ({cust_cond})", ev_cond
        cnt = funnel_steps(steps, window, start, end, cust_cond=cond_c, ev_cond=cond_e, bounded=bounded)
        if cnt[a - 1] >= min_n:
            rates[v] = cnt[bb - 1] / cnt[a - 1]
    return rates


def top_conv(journey, start, end, column, lowest=False, min_n=40, gap=0.03, a=1, b=None, cust_cond="1=1",
             ev_cond="1=1", values=None, on_events=False):
    if values is None:
        src = "events e" if on_events else "customers c"
        values = [r[0] for r in q(f"SELECT DISTINCT {column} FROM {src} WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = conv_by(journey, start, end, column, values, a, b, cust_cond, ev_cond, bounded, min_n, on_events)
        order = sorted(rates.items(), key=lambda kv: kv[1], reverse=not lowest)
        assert abs(order[0][1] - order[1][1]) > gap, order[:3]
        tops.add(order[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=str(tops.pop()))


def top_lost(journey, start, end, **kw):
    steps, window = _journey(journey)
    res = set()
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        lost = [(steps[i], c[i] - c[i + 1]) for i in range(len(steps) - 1)]
        lost.sort(key=lambda r: -r[1])
        assert lost[0][1] > lost[1][1] * 1.1, lost
        res.add(lost[0][0])
    assert len(res) == 1
    return dict(top_entity=res.pop())


def top_dropoff_rate(journey, start, end, **kw):
    steps, window = _journey(journey)
    res = set()
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        d = [(steps[i], 1 - c[i + 1] / c[i]) for i in range(len(steps) - 1)]
        d.sort(key=lambda r: -r[1])
        assert d[0][1] > d[1][1] + 0.03, d
        res.add(d[0][0])
    assert len(res) == 1
    return dict(top_entity=res.pop())


AB = ("2025-09-01", "2025-11-30")


def experiment_value(variant):
    cond = (f"c.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = 'quote_price_display' "
            f"AND variant = '{variant}')")
    return conv("online_fitting", *AB, 2, 3, cust_cond=cond)


def experiment_top():
    a, b = experiment_value("tyre_only_price"), experiment_value("all_in_price")
    assert abs(a["value"] - b["value"]) > a["tolerance"] + b["tolerance"], (a, b)
    return dict(top_entity="tyre_only_price" if a["value"] > b["value"] else "all_in_price")


# ---------- orders, events, customers ----------

def orders_sum(start, end, cond="1=1", agg="sum(o.amount)", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND {cond}")
    if agg.startswith("count"):
        return count(v)
    return num(v, rel=0.005, floor=0.5)


def order_share(part, start, end, cond="1=1", agg="sum(o.amount)"):
    v = one(f"""SELECT {agg} FILTER (WHERE {part}) / {agg} FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND {cond}""")
    return rate(v)


def top_orders(col, start, end, cond="1=1", agg="sum(o.amount)", gap=1.1, lowest=False, join_c=False):
    src = "orders o JOIN customers c USING (customer_id)" if join_c else "orders o"
    return top_group(f"""SELECT {col}, {agg} FROM {src} WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                         AND {cond} AND {col} IS NOT NULL GROUP BY 1""", gap=gap, lowest=lowest)


def ev_count(tp, start, end, cond="1=1", distinct=None):
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                         AND {cond}"""))


def ev_share(tp, num_, start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(({num_})::int) FROM events e WHERE e.touchpoint_id = '{tp}'
                        AND {_in('e.ts', start, end)} AND {cond}"""))


def ev_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.1):
    return num(one(f"""SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                       AND {cond}"""), rel=rel, floor=floor)


def top_ev(tp, col, start, end, cond="1=1", agg="count(*)", gap=1.1, lowest=False, min_n=1, absolute=None):
    return top_group(f"""SELECT {col}, {agg} FROM events e WHERE e.touchpoint_id = '{tp}'
                         AND {_in('e.ts', start, end)} AND {cond} AND {col} IS NOT NULL GROUP BY 1
                         HAVING count(*) >= {min_n}""", gap=gap, lowest=lowest, absolute=absolute)


def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


# ---------- feedback ----------

MARK = {
    "tech_late": "(f.text LIKE '%迟到%' OR regexp_matches(lower(f.text), '\\blate\\b'))",
    "payment_fail": "(f.text LIKE '%支付失败%' OR lower(f.text) LIKE '%payment failed%')",
    "out_of_stock": "(f.text LIKE '%缺货%' OR lower(f.text) LIKE '%out of stock%')",
    "rim_scratch": "(f.text LIKE '%轮毂%' OR lower(f.text) LIKE '%scratched%')",
    "pricey": "(f.text LIKE '%太贵%' OR lower(f.text) LIKE '%too expensive%')",
    "claim_rejected": "(f.text LIKE '%被拒%' OR lower(f.text) LIKE '%rejected%')",
    "upsell_pushy": "(f.text LIKE '%推销%' OR lower(f.text) LIKE '%pushy%')",
    "wait_long": "(f.text LIKE '%等太久%' OR lower(f.text) LIKE '%waited%')",
    "vibration": "(f.text LIKE '%方向盘抖%' OR lower(f.text) LIKE '%vibrat%')",
    "invoice_error": "(f.text LIKE '%发票%' OR lower(f.text) LIKE '%invoice%')",
    "fast_fit": "(f.text LIKE '%很快%' OR lower(f.text) LIKE '%quick%')",
    "tech_friendly": "(f.text LIKE '%专业%' OR lower(f.text) LIKE '%professional%')",
    "home_convenient": "(f.text LIKE '%不用跑店%' OR lower(f.text) LIKE '%driveway%')",
    "good_value": "(f.text LIKE '%实惠%' OR lower(f.text) LIKE '%good value%')",
}
NEG = "t.sentiment = 'neg'"


def check_markers():
    for topic, m in MARK.items():
        n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {m}")
        tr = one(f"SELECT count(*) FROM truth t WHERE t.topic = '{topic}'")
        both = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {m} AND t.topic = '{topic}'")
        assert n == tr == both, (topic, n, tr, both)


def topic_count(topic, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {MARK[topic]} AND {extra}")
    tr = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE t.topic = '{topic}' AND {extra}")
    assert n == tr, (topic, n, tr)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def topic_top(topic, col, extra="1=1", gap=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {MARK[topic]} AND {col} IS NOT NULL AND {extra} GROUP BY 1 ORDER BY n DESC""")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


def top_topic_ids(extra="1=1", gap=1.2, sentiment="neg"):
    """feedback ids of the most frequent truth topic of that sentiment (for a citations_from check)."""
    rows = q(f"""SELECT t.topic, count(*) FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE t.sentiment = '{sentiment}' AND {extra} GROUP BY 1 ORDER BY 2 DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return fb_ids(f"t.topic = '{rows[0][0]}' AND {extra}")


def fb_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f JOIN truth t
                                                    USING (feedback_id) WHERE {cond} ORDER BY 1""")])


def fb_count(cond):
    return count(one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"))


def fb_ratio(num_, cond, tol=0.01):
    return rate(one(f"SELECT avg(({num_})::int) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"), tol)


def fb_avg(col, cond):
    return num(one(f"SELECT avg({col}) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"),
               rel=0.0, floor=0.02)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def fb_top(col, agg, cond, lowest=False, gap=0.15, min_n=30):
    rows = q(f"""SELECT {col}, {agg} r FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert len(rows) == 1 or abs(rows[0][1] - rows[1][1]) > gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


# ---------- the batch ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
Q1_26 = quarter(2026, 1)
Q2_26 = quarter(2026, 2)
ALL = ("2025-01-01", LAST)
HOME = "e.fit_mode = 'home'"
SHOP = "e.fit_mode = 'shop'"
LATE = "e.late_minutes > 30"
CRASH = "e.action = 'fail' AND e.error_code = 'APP_CRASH_ON_PAY'"


def claims_per_fitting_top():
    rows = q("""SELECT c.brand, c.n / f.n FROM
                  (SELECT brand, count(*)::DOUBLE n FROM events WHERE touchpoint_id = 'tp_claim_submit' GROUP BY 1) c
                JOIN (SELECT brand, count(*) n FROM events WHERE touchpoint_id = 'tp_fitting_done' GROUP BY 1) f
                USING (brand)""")
    return top_rows(rows, gap=1.2)


def gold() -> dict:
    ml = "e.region = 'melbourne'"
    fml = "f.region = 'melbourne'"
    return {
        # ---- online quote -> fitting funnel
        "ty01": lambda: conv("online_fitting", *Y25),
        "ty02": lambda: top_lost("online_fitting", *Y25),
        "ty03": lambda: conv("online_fitting", *month(2026, 3), 3, 4),
        "ty04": lambda: conv("online_fitting", *month(2026, 1), 3, 4),
        "ty06": lambda: ev_count("tp_booking", *month(2026, 3), CRASH),
        "ty07": lambda: top_ev("tp_booking", "e.app_version", *ALL, f"{CRASH} AND e.channel = 'app'", gap=3),
        "ty08": lambda: top_conv("online_fitting", *ALL, "c.vehicle_type", lowest=True, a=2, b=3, min_n=100,
                                 gap=0.1),
        "ty09": lambda: conv("online_fitting", *ALL, 2, 3, cust_cond="c.vehicle_type = 'ev'"),
        "ty10": lambda: conv("online_fitting", *ALL, 2, 3, cust_cond="c.vehicle_type = 'suv'"),
        "ty11": lambda: ev_share("tp_quote_view", "e.stock_status = 'out_of_stock'", *H1_26, "e.vehicle_type = 'ev'"),
        "ty12": lambda: conv("online_fitting", *Y25, 2, 3),
        # ---- mobile (home) fitting
        "ty13": lambda: conv("home_fitting", *Q2_26),
        "ty14": lambda: ev_count("tp_address_check", *H1_26, "e.error_code = 'OUT_OF_ZONE'"),
        "ty15": lambda: ev_share("tp_tech_arrival", LATE, *month(2026, 6), ml),
        "ty16": lambda: ev_share("tp_tech_arrival", LATE, *Y25, ml),
        "ty17": lambda: top_ev("tp_tech_arrival", "e.van_id", *H1_26, agg=f"avg(({LATE})::int)", min_n=20, gap=1.25),
        "ty18": lambda: ev_avg("tp_tech_arrival", "e.late_minutes", *month(2026, 6), ml),
        "ty19": lambda: ev_count("tp_fitting_done", *Q2_26, HOME),
        "ty20": lambda: top_ev("tp_fitting_done", "e.region", *Y25, agg="avg((e.fit_mode = 'home')::int)", gap=1.15),
        # ---- alignment upsell
        "ty21": lambda: conv("alignment_upsell", *Y25),
        "ty22": lambda: conv("alignment_upsell", *Y25, 2, 3, ev_cond=HOME),
        "ty23": lambda: conv("alignment_upsell", *Y25, 2, 3, ev_cond=SHOP),
        "ty24": lambda: top_conv("alignment_upsell", *Y25, "e.store_id", a=2, b=3, on_events=True, ev_cond=SHOP,
                                 min_n=50),
        "ty25": lambda: orders_sum(*quarter(2025, 4), "o.order_type = 'alignment'"),
        # ---- warranty
        "ty26": lambda: ev_count("tp_claim_submit", *Y25),
        "ty27": lambda: conv("warranty_claim", *ALL),
        "ty28": claims_per_fitting_top,
        "ty29": lambda: top_ev("tp_claim_decision", "e.reject_reason", *ALL, "e.action = 'fail'", gap=1.5),
        "ty30": lambda: ev_share("tp_claim_decision", "e.action = 'fail'", *ALL),
        # ---- fleet
        "ty31": lambda: conv("fleet_onboarding", *ALL, 1, 4),
        "ty32": lambda: top_conv("fleet_onboarding", *ALL, "c.acquisition_channel", lowest=True, b=4, min_n=30,
                                 values=["fleet_sales", "referral", "tender"], gap=0.1),
        "ty33": lambda: order_share("o.order_type = 'fleet'", *Y25),
        "ty34": lambda: count(one(f"""SELECT sum(o.qty) FROM orders o WHERE o.status = 'paid'
                                      AND o.order_type = 'fleet' AND {_in('o.ts', *H1_26)}""")),
        "ty35": lambda: cust_count("c.customer_type = 'fleet' AND c.fleet_status = 'active'"),
        # ---- money
        "ty36": lambda: orders_sum(*Y25),
        "ty37": lambda: orders_sum(*H1_26),
        "ty38": lambda: orders_sum(*Q1_26, "o.order_type = 'online_tyre'", agg="avg(o.amount)"),
        "ty39": lambda: orders_sum(*H1_26, "o.region = 'melbourne'", agg="sum(o.amount_local)"),
        "ty40": lambda: top_orders("o.store_id", *Y25, "o.order_type = 'walk_in'", gap=1.1),
        "ty41": lambda: top_orders("strftime(o.ts, '%Y-%m')", *Y25, "o.order_type = 'online_tyre'", agg="count(*)",
                                   gap=1.1),
        "ty42": lambda: orders_sum(*H1_26, "o.order_type = 'online_tyre'", agg="count(*)", status="cancelled"),
        "ty43": lambda: orders_sum(*Y25, "o.promo_code = 'WINTER100'", agg="count(*)"),
        "ty44": lambda: order_share("o.fit_mode = 'home'", *Y25, "o.order_type = 'online_tyre'", agg="count(*)"),
        "ty45": lambda: top_orders("o.payment_method", *ALL, "o.order_type = 'online_tyre' AND o.region = 'melbourne'",
                                   agg="count(*)", gap=1.3),
        "ty46": lambda: order_share("o.road_hazard_cover", *Y25, "o.order_type = 'online_tyre'", agg="count(*)"),
        # ---- customers
        "ty47": lambda: cust_count(f"c.customer_type = 'b2c' AND {_in('c.signup_at', *H1_26)}"),
        "ty48": lambda: cust_count("c.segment = 'at_risk'"),
        "ty50": lambda: top_group("""SELECT acquisition_channel, count(*) FROM customers
                                     WHERE region = 'melbourne' AND customer_type = 'b2c' GROUP BY 1""", gap=1.5),
        # ---- A/B test
        "ty51": experiment_top,
        "ty52": lambda: experiment_value("all_in_price"),
        # ---- feedback
        "ty53": lambda: topic_count("tech_late"),
        "ty54": lambda: topic_count("tech_late", _in("f.ts", *month(2026, 5))),
        "ty55": lambda: topic_count("tech_late", _in("f.ts", *Q2_26)),
        "ty56": lambda: fb_ids("t.topic = 'out_of_stock'"),
        "ty57": lambda: top_topic_ids(f"{fml} AND {_in('f.ts', *Q2_26)}", gap=1.5),
        "ty58": lambda: fb_ratio(NEG, _in("f.ts", *month(2026, 6))),
        "ty59": lambda: fb_avg("f.rating", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "ty60": lambda: nps(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "ty61": lambda: fb_count("f.ts IS NULL"),
        "ty62": lambda: fb_top("f.store_id", "avg(f.rating)", "f.channel = 'dianping' AND f.rating IS NOT NULL",
                               lowest=True, min_n=15, gap=0.15),
        "ty63": lambda: topic_count("rim_scratch", "f.store_id = 'TJ02'"),
        "ty64": lambda: topic_count("payment_fail"),
        "ty65": lambda: fb_ratio("f.language = 'en'", "1=1"),
        "ty66": lambda: topic_count("invoice_error"),
        "ty67": lambda: fb_top("f.touchpoint_id", "avg(f.rating)", "f.rating IS NOT NULL", lowest=True, min_n=30),
        # ---- relative periods
        "ty71": lambda: ev_count("tp_fitting_done", *H2_25, f"{HOME} AND e.region = 'tianjin'"),
        "ty72": lambda: orders_sum(*Q1_26, "o.order_type = 'walk_in'"),
        "ty73": lambda: ev_count("tp_fitting_done", "2026-06-08", "2026-06-14", f"{HOME} AND {ml}"),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    check_markers()
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(checks) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
        assert it["lang"] in ("zh", "en"), it["id"]
    missing = []
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                missing.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:70], shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
