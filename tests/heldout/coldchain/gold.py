"""Gold answers for the cold-chain (鲜运通 FreshLink) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- customers / accounts / 客户 = distinct customer_id (a business); customer facts (city, business type, tier, source,
  sales rep, segment) are the customers row; "sign-ups" = tp_signup events (one per customer, = signup_at);
- "bookings / 下单 / 运单量" = tp_booking events with action `submit` (one per shipment); failed app attempts are
  tp_booking events with action `fail` (the customer then books by phone); a shipment is one `shipment_id`;
  deliveries = tp_delivery events (action on_time / late; late = delivered more than 30 minutes after `promised_at`,
  `delay_minutes` > 30); each dated by its own event ts unless a question says otherwise;
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period. Each rate is computed twice,
  with later steps allowed after the period end and with every step required inside the period; the tolerance covers
  both. Drop-off of a step = 1 - reached next / reached this step. For the claim journey a per-claim reading (claims
  filed in the period, settled within 30 days of filing, by claim_id) is computed too and the tolerance covers it;
- time between two steps: per shipment / per claim / per invoice (joined on shipment_id, claim_id, invoice_id) and
  per customer (first event at the first step in the period -> their first event at the second step after it); the
  tolerance covers both readings; hours / days = epoch difference / 3600 / 86400;
- temperature-alert rate = shipments with at least one tp_temp_alert / shipments picked up (tp_pickup) in the period
  (alerts / deliveries is within the tolerance); POD missing = delivered shipments without a tp_pod event;
- money = orders: freight revenue = order_type `shipment` with status `paid`, dated by order ts (= the booking);
  refund rate = refunded / (paid + refunded) shipment orders; claim payouts = tp_claim_settled.payout_amount (= minus
  the amount of the `claim_payout` orders, which are negative credit notes on the monthly invoice); paying customers
  = customers with a paid shipment order in the period; fuel surcharge = orders.fuel_surcharge of paid shipments;
- invoices: tp_invoice (issued on the 1st for the previous month) -> tp_payment of the same invoice_id; days to pay =
  payment ts - issue ts (the `days_to_pay` column, rounded to 0.1 day);
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  1-2 stars = rating <= 2; post-delivery survey = channel `survey` at tp_delivery; NPS = (share 9-10 - share 0-6) x 100
  over rows with an nps value; complaint-topic counts use text markers with a 5 % tolerance, checked against the truth
  topic; "all feedback" includes WeChat-group rows without a date, a period filter keeps dated rows only;
- periods are inclusive calendar dates; weeks run Monday..Sunday; relative periods resolve against the item's
  `as_of` (else 2026-08-31, the last day of the data).
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
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP', 'contract_end': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'device': 'VARCHAR', 'promised_at': 'TIMESTAMP',
                    'delay_minutes': 'DOUBLE', 'days_to_pay': 'DOUBLE', 'payout_amount': 'DOUBLE',
                    'claim_amount': 'DOUBLE', 'invoice_amount': 'DOUBLE', 'cancel_reason': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'device': 'VARCHAR',
                    'fuel_surcharge': 'DOUBLE', 'refunded_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE', 'driver_id': 'VARCHAR', 'city': 'VARCHAR', 'touchpoint_id': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) - count(DISTINCT feedback_id) FROM feedback") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)") == 0
    assert one("SELECT count(*) FROM events e JOIN customers c USING (customer_id) WHERE e.city <> c.city") == 0
    assert one("SELECT max(ts) FROM events") <= one("SELECT TIMESTAMP '2026-08-31 23:59:59'")
    # one booking submit per shipment, claim payouts mirror the settlements
    assert one("""SELECT count(*) FROM (SELECT shipment_id FROM events WHERE touchpoint_id = 'tp_booking'
                  AND action = 'submit' GROUP BY 1 HAVING count(*) > 1)""") == 0
    assert abs(one("SELECT sum(payout_amount) FROM events WHERE touchpoint_id = 'tp_claim_settled'")
               + one("SELECT sum(amount) FROM orders WHERE order_type = 'claim_payout'")) < 0.01


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= TIMESTAMP '{start}' AND {col} < TIMESTAMP '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def num(v, rel=0.001, floor=0.01):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(floor, abs(v) * rel), 2))


def count(v):
    return dict(value=int(v), tolerance=0.5)


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def cover(a, b, floor=0.01, digits=4):
    """value a, tolerance covering the other reading b."""
    return dict(value=round(float(a), digits), tolerance=round(max(floor, abs(a - b) + floor / 2), digits))


# ---------- funnels (DATA.md rule) ----------

def _steps(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust_cond="1=1", bounded=False) -> list[int]:
    steps, window = _steps(journey)
    ev = (f"SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) "
          f"WHERE ({cust_cond})")
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


def _conv_vals(journey, start, end, a, b, drop, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        r = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    return vals


def conv(journey, start, end, a=1, b=None, drop=False, **kw):
    v = _conv_vals(journey, start, end, a, b, drop, **kw)
    return dict(value=round(v[0], 4), tolerance=round(max(0.01, abs(v[0] - v[1]) + 0.005), 4))


def claim_conv(start, end, a=1, b=3, drop=False, open_end=False):
    """claim journey by the DATA.md rule (customers) and per claim (claim_id, 30 days from filing); with open_end
    (the question says steps after the period end count) only the unbounded readings."""
    vals = _conv_vals("claim", start, end, a, b, drop)
    if open_end:
        vals = vals[:1]
    for bounded in ((False,) if open_end else (False, True)):
        lim = f"AND e.ts < TIMESTAMP '{end}' + INTERVAL 1 DAY" if bounded else ""
        rows = q(f"""WITH f AS (SELECT claim_id, ts FROM events WHERE touchpoint_id = 'tp_claim_filed'
                                AND {_in('ts', start, end)}),
                     s AS (SELECT f.claim_id,
                             bool_or(e.touchpoint_id = 'tp_claim_review') rv,
                             bool_or(e.touchpoint_id = 'tp_claim_settled') st
                           FROM f JOIN events e ON e.claim_id = f.claim_id AND e.ts > f.ts
                           AND e.ts <= f.ts + INTERVAL 30 DAY {lim} GROUP BY 1)
                     SELECT count(*), count(*) FILTER (WHERE s.rv), count(*) FILTER (WHERE s.st)
                     FROM f LEFT JOIN s USING (claim_id)""")[0]
        r = rows[b - 1] / rows[a - 1]
        vals.append(1 - r if drop else r)
    lo, hi = min(vals), max(vals)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, hi - vals[0], vals[0] - lo) + 0.005, 4))


def conv_open(journey, start, end, a=1, b=None, **kw):
    """later steps may fall after the period end (the question says so)."""
    c = funnel(journey, start, end, **kw)
    return rate(c[(b or len(c)) - 1] / c[a - 1])


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, min_n=100, gap=0.04, a=1, b=None):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            c = funnel(journey, start, end, cust_cond=f"{column} = '{v}'", bounded=bounded)
            if c[a - 1] >= min_n:
                rates[v] = c[(b or len(c)) - 1] / c[a - 1]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        print("   ", {k: round(rates[k], 3) for k in order})
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- time between steps ----------

def _pairs(a_tp, b_tp, start, end, key, a_cond="1=1", cond="1=1", first_ever=False):
    """(customer row, hours) from the first a_tp event (per key) in the period to the first b_tp after it."""
    a_sel = f"SELECT {key}, min(ts) t FROM events e WHERE touchpoint_id = '{a_tp}' AND ({a_cond})"
    if first_ever:
        a = f"{a_sel} GROUP BY 1 HAVING {_in('min(ts)', start, end)}"
    else:
        a = f"{a_sel} AND {_in('ts', start, end)} GROUP BY 1"
    return f"""WITH a AS ({a}),
               b AS (SELECT a.{key}, min(e.ts) t FROM a JOIN events e ON e.{key} = a.{key}
                     AND e.touchpoint_id = '{b_tp}' AND e.ts > a.t GROUP BY 1),
               k AS (SELECT DISTINCT {key}, customer_id FROM events WHERE {key} IS NOT NULL)
               SELECT c.*, epoch(b.t - a.t) / 3600 AS hours
               FROM a JOIN b USING ({key}) JOIN k USING ({key})
               JOIN customers c ON c.customer_id = k.customer_id WHERE ({cond})"""


def gap(a_tp, b_tp, start, end, key, agg="median", unit="hours", cond="1=1", a_cond="1=1", first_ever=False,
        rel=0.03, floor=0.05):
    div = 1 if unit == "hours" else 24
    vals = [one(f"SELECT {agg}(hours) / {div} FROM ({_pairs(a_tp, b_tp, start, end, k, a_cond, cond, first_ever)})")
            for k in (key, "customer_id")]
    v = vals[0]
    print("    readings", [round(x, 3) for x in vals])
    return dict(value=round(v, 2), tolerance=round(max(floor, v * rel, abs(vals[0] - vals[1]) + floor), 2))


def gap_share(a_tp, b_tp, start, end, key, limit_hours, cond="1=1"):
    vals = [one(f"SELECT avg((hours > {limit_hours})::int) FROM ({_pairs(a_tp, b_tp, start, end, k, cond=cond)})")
            for k in (key, "customer_id")]
    print("    readings", [round(x, 4) for x in vals])
    return cover(*vals)


def top_gap(a_tp, b_tp, start, end, key, col, margin=1.0, a_cond="1=1"):
    tops = set()
    for k in (key, "customer_id"):
        rows = q(f"""SELECT {col}, median(hours) d FROM ({_pairs(a_tp, b_tp, start, end, k, a_cond)})
                     GROUP BY 1 ORDER BY d DESC""")
        print("   ", [(r[0], round(r[1], 2)) for r in rows])
        assert rows[0][1] > rows[1][1] + margin, rows
        tops.add(rows[0][0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


def invoice_days(start, end, cond="1=1", over=None):
    """invoices issued in the period and paid: mean days from issue to payment (per invoice_id), or the share
    paid more than `over` days after issue."""
    agg = (lambda x: f"avg(({x} > {over})::int)") if over is not None else (lambda x: f"avg({x})")
    v, chk = q(f"""WITH i AS (SELECT invoice_id, customer_id, ts FROM events WHERE touchpoint_id = 'tp_invoice'
                              AND {_in('ts', start, end)}),
                    p AS (SELECT invoice_id, ts, days_to_pay FROM events WHERE touchpoint_id = 'tp_payment')
                    SELECT {agg('epoch(p.ts - i.ts) / 86400')}, {agg('p.days_to_pay')}
                    FROM i JOIN p USING (invoice_id) JOIN customers c ON c.customer_id = i.customer_id
                    WHERE ({cond})""")[0]
    assert abs(v - chk) < 0.01 * max(1, abs(v)), (v, chk)
    return v


# ---------- events ----------

def ev_count(tp, start, end, cond="1=1"):
    return count(one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_share(tp, num_, start, end, cond="1=1"):
    return one(f"""SELECT avg(({num_})::int) FROM events e JOIN customers c USING (customer_id)
                   WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")


def on_time(start, end, cond="1=1"):
    """deliveries in the period delivered on time; the same by booking date is within the tolerance."""
    a = ev_share("tp_delivery", "e.delay_minutes <= 30", start, end, cond)
    chk = ev_share("tp_delivery", "e.action = 'on_time'", start, end, cond)
    assert abs(a - chk) < 1e-9
    b = one(f"""SELECT avg((d.delay_minutes <= 30)::int) FROM events d
                JOIN events bk ON bk.shipment_id = d.shipment_id AND bk.touchpoint_id = 'tp_booking'
                AND bk.action = 'submit' JOIN customers c ON c.customer_id = d.customer_id
                WHERE d.touchpoint_id = 'tp_delivery' AND {_in('bk.ts', start, end)} AND ({cond.replace('e.', 'd.')})""")
    return cover(a, b)


def late_diff(city, a, b):
    x = one(f"""SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_delivery' AND action = 'late'
                AND e.city = '{city}' AND {_in('e.ts', *a)}""")
    y = one(f"""SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_delivery' AND action = 'late'
                AND e.city = '{city}' AND {_in('e.ts', *b)}""")
    print("    late", x, y)
    return count(y - x)


def alert_rate(start, end, cond="1=1"):
    a = one(f"""WITH p AS (SELECT shipment_id FROM events e WHERE touchpoint_id = 'tp_pickup'
                           AND {_in('e.ts', start, end)} AND ({cond})),
                 al AS (SELECT DISTINCT shipment_id FROM events WHERE touchpoint_id = 'tp_temp_alert')
                SELECT avg((al.shipment_id IS NOT NULL)::int) FROM p LEFT JOIN al USING (shipment_id)""")
    b = one(f"""SELECT count(*) FILTER (WHERE touchpoint_id = 'tp_temp_alert')
                       / count(*) FILTER (WHERE touchpoint_id = 'tp_delivery')
                FROM events e WHERE {_in('e.ts', start, end)} AND ({cond})""")
    print("    readings", round(a, 4), round(b, 4))
    return cover(a, b)


def top_alert(col, start, end, gap=0.02):
    rows = q(f"""WITH p AS (SELECT shipment_id, {col} g FROM events e WHERE touchpoint_id = 'tp_pickup'
                            AND {_in('e.ts', start, end)}),
                  al AS (SELECT DISTINCT shipment_id FROM events WHERE touchpoint_id = 'tp_temp_alert')
                 SELECT g, avg((al.shipment_id IS NOT NULL)::int) r FROM p LEFT JOIN al USING (shipment_id)
                 GROUP BY 1 ORDER BY r DESC""")
    print("   ", rows)
    assert rows[0][1] > rows[1][1] + gap
    return dict(top_entity=rows[0][0])


def cancel_share(start, end, reason, cond="1=1"):
    a = one(f"""WITH b AS (SELECT shipment_id FROM events e WHERE touchpoint_id = 'tp_booking' AND action = 'submit'
                           AND {_in('e.ts', start, end)} AND ({cond}))
                SELECT avg((x.shipment_id IS NOT NULL)::int) FROM b LEFT JOIN
                (SELECT shipment_id FROM events WHERE touchpoint_id = 'tp_cancel' AND cancel_reason = '{reason}') x
                USING (shipment_id)""")
    n_all = one(f"""SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_booking' AND {_in('e.ts', start, end)}
                    AND ({cond})""")
    n_sub = one(f"""SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_booking' AND action = 'submit'
                    AND {_in('e.ts', start, end)} AND ({cond})""")
    return cover(a, a * n_sub / n_all)


def pod_missing(start, end, cond="1=1"):
    return rate(one(f"""SELECT avg((NOT EXISTS (SELECT 1 FROM events p WHERE p.touchpoint_id = 'tp_pod'
                                              AND p.shipment_id = e.shipment_id))::int)
                        FROM events e WHERE e.touchpoint_id = 'tp_delivery' AND {_in('e.ts', start, end)}
                        AND ({cond})"""))


def top_month(tp, start, end, cond="1=1", action=None, gap=1.03):
    act = f"AND e.action = '{action}'" if action else ""
    rows = q(f"""SELECT strftime(ts, '%Y-%m') m, count(*) n FROM events e WHERE touchpoint_id = '{tp}' {act}
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:3])
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return count(rows[0][1])


def top_week(tp, start, end, action=None, gap=1.05):
    act = f"AND e.action = '{action}'" if action else ""
    rows = q(f"""SELECT date_trunc('week', ts) w, count(*) n FROM events e WHERE touchpoint_id = '{tp}' {act}
                 AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:3])
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return count(rows[0][1])


def growth_bookings(a, b):
    vals = []
    for cond in ("action = 'submit'", "1=1"):
        x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_booking' AND {cond} AND {_in('e.ts', *a)}")
        y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_booking' AND {cond} AND {_in('e.ts', *b)}")
        vals.append(y / x - 1)
    x = one(f"SELECT count(*) FROM orders o WHERE order_type = 'shipment' AND {_in('o.ts', *a)}")
    y = one(f"SELECT count(*) FROM orders o WHERE order_type = 'shipment' AND {_in('o.ts', *b)}")
    vals.append(y / x - 1)
    print("    readings", [round(v, 4) for v in vals])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, max(abs(v - vals[0]) for v in vals) + 0.005), 4))


def signup_share(num_, start, end):
    return rate(one(f"SELECT avg(({num_})::int) FROM customers c WHERE {_in('c.signup_at', start, end)}"))


def bookings_per_customer(start, end):
    v = one(f"""SELECT count(*) / count(DISTINCT customer_id) FROM events e WHERE touchpoint_id = 'tp_booking'
                AND action = 'submit' AND {_in('e.ts', start, end)}""")
    return dict(value=round(v, 3), tolerance=0.05)


def top_claim_reason(start, end, col="claim_reason_zh", gap=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM events e WHERE touchpoint_id = 'tp_claim_filed'
                 AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows)
    assert rows[0][1] > rows[1][1] * gap
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

SHIP = "o.order_type = 'shipment'"


def revenue(start, end, agg="sum(o.amount)", cond="1=1"):
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id) WHERE {SHIP} AND o.status = 'paid'
                AND {_in('o.ts', start, end)} AND ({cond})""")
    return num(v, floor=0.01 if abs(float(v)) < 1000 else 1.0)


def payouts(start, end):
    v = one(f"""SELECT sum(payout_amount) FROM events e WHERE touchpoint_id = 'tp_claim_settled'
                AND {_in('e.ts', start, end)}""")
    return num(v, floor=1.0)


def per_paying_customer(start, end):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o WHERE {SHIP} AND status = 'paid'
                AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(max(1.0, v * 0.002), 2))


def refund_rate(start, end, cond="1=1"):
    return rate(one(f"""SELECT avg((status = 'refunded')::int) FROM orders o WHERE {SHIP}
                        AND status IN ('paid', 'refunded') AND {_in('o.ts', start, end)} AND ({cond})"""))


def top_revenue(col, start, end, gap=1.1):
    rows = q(f"""SELECT {col}, sum(amount) n FROM orders o WHERE {SHIP} AND status = 'paid'
                 AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows)
    assert rows[0][1] > rows[1][1] * gap
    return dict(top_entity=rows[0][0])


def revenue_share(num_, start, end):
    return rate(one(f"""SELECT sum(o.amount) FILTER (WHERE {num_}) / sum(o.amount) FROM orders o
                        JOIN customers c USING (customer_id) WHERE {SHIP} AND o.status = 'paid'
                        AND {_in('o.ts', start, end)}"""))


# ---------- customers ----------

def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


# ---------- feedback ----------

MARK = {
    "late_delivery": "(f.text LIKE '%迟到%' OR f.text LIKE '%晚到%' OR regexp_matches(lower(f.text), '\\blate\\b'))",
    "temp_breach": "(f.text LIKE '%温度%' OR f.text LIKE '%化冻%' OR lower(f.text) LIKE '%temperature%' "
                   "OR lower(f.text) LIKE '%thawed%')",
    "rude_driver": "(f.text LIKE '%态度%' OR lower(f.text) LIKE '%rude%')",
    "billing_dispute": "(f.text LIKE '%账单%' OR lower(f.text) LIKE '%invoice%')",
    "app_crash": "(f.text LIKE '%闪退%' OR lower(f.text) LIKE '%crash%')",
}
NEG = "t.sentiment = 'neg'"


def topic_count(topic, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {MARK[topic]} AND {extra}")
    truth = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE t.topic = '{topic}' AND {extra}")
    assert abs(n - truth) <= max(1, 0.05 * truth), (topic, n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def topic_top(topic, col, extra="1=1", gap=1.5):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {MARK[topic]} AND {col} IS NOT NULL AND {extra} GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:3])
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def fb_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f JOIN truth t USING (feedback_id)
                                                    WHERE {cond} ORDER BY 1""")])


def fb_count(cond):
    return count(one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"))


def fb_avg(col, cond, tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num_, cond, tol=0.01):
    return rate(one(f"SELECT avg(({num_})::int) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"), tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def fb_top(col, agg, cond, lowest=False, gap=0.15, min_n=30):
    rows = q(f"""SELECT {col}, {agg} r, count(*) FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows[:3]])
    assert len(rows) == 1 or abs(rows[0][1] - rows[1][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


ALL = ("2025-01-01", "2026-08-31")          # shipments, orders and feedback all fall in here
ALL_DATA = ("2024-01-01", "2026-08-31")     # plus the 2024 sign-ups and renewal reminders of older accounts
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25 = quarter(2025, 3), quarter(2025, 4)
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
HEAT = ("2025-07-01", "2025-08-31")
WEEK_0303 = ("2025-03-03", "2025-03-09")
BJ = "c.city = 'Beijing'"
SURVEY_DELIVERY = "f.channel = 'survey' AND f.touchpoint_id = 'tp_delivery'"


def gold() -> dict:
    return {
        # ---- funnels
        "cc01": lambda: conv("onboarding", *Y25),
        "cc02": lambda: top_lost("onboarding", *ALL),
        "cc03": lambda: top_conv("onboarding", *Y25, "c.acquisition_channel", lowest=True, b=2),
        "cc04": lambda: conv("onboarding", *Y25, b=2, cust_cond="c.source_zh = '展会'"),
        "cc05": lambda: conv("onboarding", *Y25, b=2, cust_cond="c.acquisition_channel = 'referral'"),
        "cc06": lambda: conv_open("renewal", *H1_26),
        "cc07": lambda: conv_open("renewal", *H1_26, cust_cond="c.tier = 'key_account'"),
        "cc08": lambda: top_conv("renewal", *ALL_DATA, "c.sales_rep_id", min_n=30, gap=0.06),
        "cc09": lambda: claim_conv(*Q2_26, open_end=True),
        "cc10": lambda: claim_conv(*Q1_26, open_end=True),
        "cc11": lambda: claim_conv(*Y25, a=2, b=3, drop=True),
        # ---- time between steps
        "cc12": lambda: gap("tp_signup", "tp_booking", *Y25, "customer_id", unit="days", first_ever=True),
        "cc13": lambda: gap("tp_booking", "tp_pickup_sched", *Q1_26, "shipment_id", cond=BJ),
        "cc14": lambda: gap("tp_booking", "tp_pickup_sched", *Q1_26, "shipment_id", cond="c.city = 'Shanghai'"),
        "cc15": lambda: gap_share("tp_claim_filed", "tp_claim_settled", *Q2_26, "claim_id", 20 * 24),
        "cc16": lambda: gap("tp_claim_filed", "tp_claim_settled", *Q2_26, "claim_id", agg="avg", unit="days"),
        "cc17": lambda: dict(value=round(invoice_days(*Q4_25, "c.business_type = 'supermarket'"), 2), tolerance=0.3),
        "cc18": lambda: dict(value=round(invoice_days(*Q4_25, "c.business_type_zh = '餐厅'"), 2), tolerance=0.3),
        "cc19": lambda: rate(invoice_days(*H1_26, over=30)),
        # ---- on time, alerts, cancellations
        "cc20": lambda: on_time(*Q1_26, "e.city = 'Beijing'"),
        "cc21": lambda: on_time(*Q1_26, "e.city = 'Guangzhou'"),
        "cc22": lambda: late_diff("Beijing", Q4_25, Q1_26),
        "cc23": lambda: alert_rate(*HEAT, "e.city = 'Wuhan'"),
        "cc24": lambda: alert_rate(*HEAT, "e.city <> 'Wuhan'"),
        "cc25": lambda: top_alert("carrier", *ALL_DATA),
        "cc26": lambda: alert_rate(*Y25, "e.temp_mode_zh = '冷冻'"),
        "cc27": lambda: cancel_share(*Q1_26, "no_capacity", "e.city = 'Beijing'"),
        "cc28": lambda: rate(ev_share("tp_booking", "e.action = 'fail'", *month(2026, 3),
                                      "e.device = 'android' AND e.channel = 'app'")),
        "cc29": lambda: rate(ev_share("tp_booking", "e.action = 'fail'", *month(2026, 3),
                                      "e.device = 'ios' AND e.channel = 'app'")),
        "cc30": lambda: pod_missing(*Y25, "e.carrier = '速冷达'"),
        "cc31": lambda: top_gap("tp_booking", "tp_pickup_sched", *Q1_26, "shipment_id", "city"),
        # ---- volumes and trends
        "cc32": lambda: top_month("tp_booking", *Y25, action="submit"),
        "cc33": lambda: ev_count("tp_signup", *WEEK_0303),
        "cc34": lambda: signup_share("c.acquisition_channel = 'trade_show'", *WEEK_0303),
        "cc35": lambda: growth_bookings(H1_25, H1_26),
        "cc36": lambda: top_week("tp_booking", *Q1_26, action="submit"),
        "cc37": lambda: ev_count("tp_delivery", *month(2026, 7)),
        "cc38": lambda: ev_count("tp_delivery", *month(2026, 6)),
        "cc39": lambda: ev_count("tp_claim_filed", *H2_25, "c.business_type_zh = '烘焙店'"),
        # ---- money
        "cc40": lambda: revenue(*Q3_25),
        "cc41": lambda: payouts(*Y25),
        "cc42": lambda: per_paying_customer(*Y25),
        "cc43": lambda: revenue(*Y25, agg="avg(o.amount)", cond="o.temp_mode = 'frozen'"),
        "cc44": lambda: revenue("2025-10-01", "2026-08-31", agg="sum(o.fuel_surcharge)"),
        "cc45": lambda: refund_rate(*Q1_26, "o.city = 'Beijing'"),
        "cc46": lambda: revenue(*month(2025, 10)),
        "cc47": lambda: top_revenue("o.city", *Y25),
        "cc48": lambda: revenue_share("c.tier_zh = '大客户'", *Y25),
        # ---- customers
        "cc49": lambda: cust_count("c.tier = 'key_account'"),
        "cc50": lambda: bookings_per_customer(*Y25),
        "cc51": lambda: top_claim_reason(*Y25),
        # ---- feedback
        "cc52": lambda: topic_count("temp_breach"),
        "cc53": lambda: topic_count("late_delivery", _in("f.ts", *Q1_26)),
        "cc54": lambda: fb_top("f.city", f"avg(({NEG})::int)", _in("f.ts", *Q1_26), gap=0.1),
        "cc55": lambda: fb_ratio(NEG, _in("f.ts", *Q1_26)),
        "cc56": lambda: fb_top("f.touchpoint_id", "avg(f.rating)", "f.rating IS NOT NULL", lowest=True, gap=0.2),
        "cc57": lambda: fb_top("f.driver_id", "avg(f.rating)", "f.rating IS NOT NULL", gap=0.2),
        "cc58": lambda: topic_top("rude_driver", "f.driver_id"),
        "cc59": lambda: nps(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "cc60": lambda: topic_count("billing_dispute", _in("f.ts", "2025-11-01", "2026-01-31")),
        "cc61": lambda: fb_avg("f.rating", f"{SURVEY_DELIVERY} AND f.city = 'Guangzhou' AND {_in('f.ts', *Y25)}"),
        "cc62": lambda: fb_count("f.ts IS NULL"),
        "cc63": lambda: fb_ids(f"f.city = 'Wuhan' AND {_in('f.ts', *HEAT)} AND t.topic = 'temp_breach'"),
        "cc64": lambda: topic_count("app_crash", f"f.channel = 'app_review' AND {_in('f.ts', '2026-03-01', '2026-04-30')}"),
        "cc65": lambda: fb_ratio("f.rating <= 2", f"{SURVEY_DELIVERY} AND {_in('f.ts', *Y25)}"),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(checks) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    missing = []
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                missing.append(it["id"])
            continue
        print(it["id"], it["question"][:70])
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print("   =>", shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
