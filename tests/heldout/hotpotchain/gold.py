"""Gold answers for the 鼎沸火锅 DingFei Hotpot held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write] [ID ...]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days (reservation 14, walk-in queue 1, delivery 1, membership 90,
  birthday 31) from their first step-1 event in the period; rates are per customer (cohort = customers whose first
  step-1 event falls in the period). Each funnel gold is computed twice, with later steps allowed after the period
  end and with every step inside the period; the tolerance covers both readings. A segment of a funnel by a
  customer attribute (acquisition channel, tier, city) keeps those customers' events; by an event attribute
  (channel, device, store, delivery platform) keeps only the events carrying that value. Drop-off of a step =
  1 - reached next / reached this step; "where do we lose most" = the step with the most customers reaching it but
  not the next one;
- "customers" / "guests" / "people" = distinct customer_id; new sign-ups = customers.signup_at in the period; new
  members = tp_member_join events in the period; a customer's city / tier / acquisition channel / segment = the
  customers row (state at the end of the data);
- exact duplicate events (the POS re-sent 37 payment events) are loaded once (SELECT DISTINCT);
- money = orders with status `paid`, dated by `ts`; revenue / sales / 营业额 = dine-in + delivery orders
  (order_type dine_in, delivery) — stored-value top-ups (order_type topup) are prepaid money, never revenue;
  per store / city in the local currency (`amount`: CNY, or MYR for Kuala Lumpur), chain-wide or across cities in
  CNY (`amount_cny`, fixed reporting rate 1 MYR = 1.60 CNY); "how many orders" = paid orders of the type asked;
  average bill / 客单价 = average amount of paid dine-in orders; per-head spend = amount / party_size summed over
  bills / guests; top-ups = paid topup orders (amount, count);
- refunds = orders with status `refunded` (by order ts) and their `refund_reason`; complaints = tp_complaint events
  with `complaint_type`; cancellations of a reservation = tp_reserve_cancel events;
- queue waits = `wait_minutes` of tp_queue_called events (walk-in queue, per ticket called); abandon rate =
  tp_queue_abandon events / tp_queue_ticket events (per ticket); weekend = Friday–Sunday only when the question
  says so (the data's weekend evening peak); delivery lateness = `is_late` of paid+refunded delivery orders
  (delivered ones; cancelled orders never delivered), late share = late / delivered;
- feedback "negative" / "positive" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a
  DATA.md table); topic counts use the truth topic, checked against text markers, with a 5 % tolerance; "all
  feedback" includes rows without a date, a dated question counts only dated rows; ratings average the rows that
  carry one; NPS = (share 9–10 − share 0–6) × 100 over rows with an nps value;
- top entities are raw ids / codes as stored (touchpoint_id, store_id, acquisition_channel, delivery_platform, city),
  except the soup base asked in Chinese (broth_zh) and months (YYYY-MM);
- periods are inclusive calendar dates; weeks run Monday..Sunday; relative periods resolve against the item's
  `as_of` (else 2026-06-30, the last day of the data).
"""
from __future__ import annotations

import calendar
import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection

EV_NUM = ("wait_minutes", "amount", "delivery_minutes", "party_size", "topup_amount", "bonus_amount",
          "refund_amount", "refund_days", "lead_days", "points_used", "est_wait_minutes", "waited_minutes")


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP', 'member_since': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    all_varchar=true)""")
    CON.execute("ALTER TABLE events ALTER ts TYPE TIMESTAMP USING CAST(ts AS TIMESTAMP)")
    for col in EV_NUM:
        CON.execute(f'ALTER TABLE events ALTER "{col}" TYPE DOUBLE USING CAST("{col}" AS DOUBLE)')
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'amount_cny': 'DOUBLE',
                    'refunded_at': 'TIMESTAMP', 'is_late': 'BOOLEAN', 'coupon_used': 'BOOLEAN',
                    'party_size': 'DOUBLE', 'wait_minutes': 'DOUBLE', 'delivery_minutes': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT f.*, t.topic, t.sentiment FROM read_csv_auto(
                    '{data / 'feedback.csv'}', header=true, sample_size=-1, types={{'ts': 'TIMESTAMP',
                    'rating': 'DOUBLE', 'nps': 'DOUBLE', 'customer_id': 'VARCHAR', 'order_id': 'VARCHAR'}}) f
                    JOIN read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}') t USING (feedback_id)""")
    assert one("SELECT count(*) FROM feedback") == one(f"SELECT count(*) FROM read_csv_auto('{data / 'feedback.csv'}')")


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


# ---------- funnels (DATA.md rule) ----------

def _steps(journey):
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust=None, evc=None, bounded=False) -> list[int]:
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
    if evc:
        ev += f" AND ({evc})"
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
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


def conv(journey, start, end, a=1, b=None, drop=False, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        r = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def reached(journey, start, end, step, **kw):
    vals = [funnel(journey, start, end, bounded=b, **kw)[step - 1] for b in (False, True)]
    return dict(value=vals[0], tolerance=max(0.5, abs(vals[0] - vals[1]) + 0.5))


def top_lost(journey, start, end, **kw):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_drop_rate(journey, start, end, **kw):
    """step with the highest drop-off rate to the next step."""
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        rates = [1 - c[i + 1] / c[i] for i in range(len(c) - 1)]
        best = max(range(len(rates)), key=lambda i: rates[i])
        assert rates[best] > sorted(rates)[-2] + 0.05, f"top step not clear: {rates}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, min_n=50, gap=0.04, a=1, b=None, event_col=False):
    src = "events e" if event_col else "customers c"
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM {src} WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            cond = f"{column} = '{v}'"
            c = funnel(journey, start, end, bounded=bounded, **({"evc": cond} if event_col else {"cust": cond}))
            if c[a - 1] >= min_n:
                rates[v] = c[(b or len(c)) - 1] / c[a - 1]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_month_conv(journey, start_month, n_months, a=1, b=None, lowest=True, gap=0.08, **kw):
    """month (YYYY-MM) with the lowest (or highest) step-a → step-b conversion."""
    y, m = start_month
    rates = {}
    for _ in range(n_months):
        c = funnel(journey, *month(y, m), **kw)
        rates[f"{y}-{m:02d}"] = c[(b or len(c)) - 1] / c[a - 1]
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > gap, rates
    return dict(top_entity=order[0])


# ---------- events / customers ----------

def events_count(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} "
                          f"AND ({cond})", tp), tolerance=0.5)


def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def ev_agg(tp, start, end, agg, cond="1=1", rel=0.02, absmin=0.3):
    v = one(f"SELECT {agg} FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})", tp)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(absmin, abs(v) * rel), 2))


def ev_ratio(num_tp, den_tp, start, end, cond="1=1"):
    n = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})", num_tp)
    d = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})", den_tp)
    return dict(value=round(n / d, 4), tolerance=0.01)


def top_ev(tp, col, start, end, agg="count(*)", cond="1=1", gap=1.15, lowest=False, min_n=1, having_n=None):
    rows = q(f"""SELECT {col}, {agg} v, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v {'ASC' if lowest else 'DESC'}""", tp)
    a, b = rows[0][1], rows[1][1]
    assert (b > a * gap) if lowest else (a > b * gap), rows[:4]
    return dict(top_entity=rows[0][0])


def top_ev_ratio(num_tp, den_tp, col, start, end, gap=0.04, min_n=100):
    rows = q(f"""SELECT {col}, count(*) FILTER (WHERE touchpoint_id = '{num_tp}') * 1.0
                        / count(*) FILTER (WHERE touchpoint_id = '{den_tp}') r,
                        count(*) FILTER (WHERE touchpoint_id = '{den_tp}') n
                 FROM events e WHERE touchpoint_id IN ('{num_tp}', '{den_tp}') AND {_in('e.ts', start, end)}
                 AND {col} IS NOT NULL GROUP BY 1 HAVING n >= {min_n} ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_month_events(tp, start, end, cond="1=1", agg="count(*)"):
    rows = q(f"""SELECT strftime(ts, '%Y-%m') m, {agg} n FROM events e WHERE touchpoint_id = ?
                 AND {_in('ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * 1.15, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders ----------
SALES = "o.order_type IN ('dine_in', 'delivery')"


def orders(start, end, agg="sum(o.amount_cny)", status="paid", cond=SALES):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05 if abs(v) < 100 else 1.0, abs(v) * 0.001), 2))


def share_orders(start, end, num, cond=SALES, status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT avg(({num})::int) FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(col, start, end, agg="count(*)", status="paid", cond=SALES, gap=1.1, lowest=False, min_n=1):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o JOIN customers c USING (customer_id)
                 WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}""")
    if lowest:
        assert rows[1][1] > rows[0][1] * gap, rows[:4]
    else:
        assert rows[0][1] > rows[1][1] * gap, rows[:4]
    return dict(top_entity=rows[0][0])


def top_share_orders(col, start, end, num, cond=SALES, gap=0.04, min_n=50, lowest=False):
    rows = q(f"""SELECT {col}, avg(({num})::int) r FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[0][1] - rows[1][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


def month_orders(start, end, agg="sum(o.amount_cny)", cond=SALES):
    rows = q(f"""SELECT strftime(o.ts, '%Y-%m') m, {agg} n FROM orders o WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.05, rows[:3]
    v = float(rows[0][1])
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.001), 2))


def per_head(start, end, cond="1=1", money="o.amount"):
    v = one(f"""SELECT sum({money}) / sum(o.party_size) FROM orders o WHERE o.status = 'paid'
                AND o.order_type = 'dine_in' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


MARKERS = {
    "long_wait": "(f.text LIKE '%排队%' OR lower(f.text) LIKE '%queue%')",
    "hygiene": "(f.text LIKE '%卫生%' OR lower(f.text) LIKE '%hygiene%')",
    "delivery_late": "(f.text LIKE '%超时%' OR lower(f.text) LIKE '%late%')",
    "soup_spill": "(f.text LIKE '%洒%' OR lower(f.text) LIKE '%spill%')",
    "booking_failed": "(f.text LIKE '%订座失败%' OR lower(f.text) LIKE '%booking failed%' OR lower(f.text) LIKE '%booking%failed%')",
    "birthday_surprise": "(f.text LIKE '%生日%' OR lower(f.text) LIKE '%birthday%')",
}


def topic_count(topic, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE f.topic = '{topic}' AND {extra}")
    m = one(f"SELECT count(*) FROM feedback f WHERE {MARKERS[topic]} AND {extra}")
    assert abs(n - m) <= max(1, 0.05 * n), (topic, n, m)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    v = one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}")
    return dict(value=round(v, 4), tolerance=tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def top_rating(col, cond="1=1", gap=0.15, highest=False, min_n=1):
    rows = q(f"""SELECT {col}, avg(f.rating) r, count(*) n FROM feedback f
                 WHERE f.rating IS NOT NULL AND {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r {'DESC' if highest else 'ASC'}""")
    assert abs(rows[1][1] - rows[0][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_neg_rise(base, now, gap=5):
    rows = q(f"""SELECT touchpoint_id, count(*) FILTER (WHERE {_in('ts', *now)})
                                     - count(*) FILTER (WHERE {_in('ts', *base)}) d
                 FROM feedback f WHERE f.sentiment = 'neg' AND touchpoint_id IS NOT NULL GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > max(rows[1][1], 0) + gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_topic(col, topic, cond="1=1", gap=1.5):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE f.topic = '{topic}' AND {col} IS NOT NULL AND {cond}
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    mk = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {MARKERS[topic]} AND {col} IS NOT NULL AND {cond}
               GROUP BY 1 ORDER BY n DESC""")
    assert mk[0][0] == rows[0][0], (rows[:3], mk[:3])
    return dict(top_entity=rows[0][0])


def top_neg_tp(cond="1=1", gap=1.2):
    rows = q(f"""SELECT touchpoint_id, count(*) n FROM feedback f WHERE f.sentiment = 'neg'
                 AND touchpoint_id IS NOT NULL AND {cond} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- custom ----------

def weekend_dinner_wait(cond):
    """median wait_minutes of tp_queue_called for tickets taken Fri–Sun between 17:00 and 21:00 (ticket time)."""
    v = one(f"""SELECT median(c.wait_minutes) FROM events t JOIN events c
                ON c.session_id = t.session_id AND c.touchpoint_id = 'tp_queue_called'
                WHERE t.touchpoint_id = 'tp_queue_ticket' AND {_in('t.ts', *Y25)}
                AND dayofweek(t.ts) IN (5, 6, 0) AND t.ts::time >= TIME '17:00' AND t.ts::time < TIME '21:00'
                AND ({cond.replace('e.', 't.')})""")
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.03), 2))


def late_share(start, end, cond):
    return share_orders(start, end, "o.is_late", status=None,
                        cond=f"o.order_type = 'delivery' AND o.status <> 'cancelled' AND ({cond})")


def delivery_minutes(start, end, cond):
    v = one(f"""SELECT avg(o.delivery_minutes) FROM orders o WHERE o.order_type = 'delivery' AND o.status <> 'cancelled'
                AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 2), tolerance=round(max(0.3, v * 0.02), 2))


def lowest_rated_tp(start, end, min_n=30):
    return top_rating("f.touchpoint_id", _in("f.ts", start, end), gap=0.3, min_n=min_n)


Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
DINE = "o.order_type = 'dine_in'"
DELIV = "o.order_type = 'delivery'"
TOPUP = "o.order_type = 'topup'"
OWN_RES = "e.channel IN ('app', 'mini_program')"


def gold() -> dict:
    return {
        # ---- funnels
        "hp01": lambda: conv("reservation", *Y25),
        "hp02": lambda: top_lost("reservation", *Y25),
        "hp03": lambda: conv("reservation", *month(2026, 3), a=3, b=4),
        "hp04": lambda: conv("reservation", *month(2026, 2), a=3, b=4),
        "hp05": lambda: top_month_conv("reservation", (2026, 1), 6, a=3, b=4),
        "hp06": lambda: conv("reservation", *month(2026, 3), a=3, b=4, evc=OWN_RES),
        "hp07": lambda: conv("reservation", *month(2026, 3), a=3, b=4, evc="e.channel = 'dianping'"),
        "hp08": lambda: events_count("tp_reserve_submit", *month(2026, 3), "e.error_code = 'SLOT_SYNC_ERROR'"),
        "hp09": lambda: top_conv("reservation", *Y25, "c.acquisition_channel", lowest=True, min_n=50),
        "hp10": lambda: conv("reservation", *Y25, cust="c.acquisition_channel = 'douyin'"),
        "hp11": lambda: conv("reservation", *Y25, cust="c.acquisition_channel <> 'douyin'"),
        "hp12": lambda: conv("walkin_queue", *Y25, a=1, b=3),
        "hp13": lambda: top_conv("walkin_queue", *Y25, "e.store_id", lowest=True, b=3, event_col=True),
        "hp14": lambda: conv("delivery", *Y25),
        "hp15": lambda: top_drop_rate("delivery", *Y25),
        "hp16": lambda: conv("membership", *Y25, a=1, b=2),
        "hp17": lambda: conv("birthday", *Y25, cust="c.tier = 'gold'"),
        "hp18": lambda: conv("birthday", *Y25, cust="c.tier = 'silver'"),
        # ---- queue waits
        "hp19": lambda: weekend_dinner_wait("e.store_id = 'CD01'"),
        "hp20": lambda: weekend_dinner_wait("e.store_id <> 'CD01'"),
        "hp21": lambda: top_ev("tp_queue_called", "e.store_id", *Y25, agg="median(e.wait_minutes)", gap=1.2),
        "hp22": lambda: ev_ratio("tp_queue_abandon", "tp_queue_ticket", *Y25, "e.store_id = 'CD01'"),
        # ---- money and orders
        "hp23": lambda: orders(*Y25),
        "hp24": lambda: orders(*Y25, agg="sum(o.amount)", cond=f"{SALES} AND o.city = 'Kuala Lumpur'"),
        "hp25": lambda: orders(*Y25, cond=f"{SALES} AND o.city = 'Kuala Lumpur'"),
        "hp26": lambda: month_orders(*Y25),
        "hp27": lambda: orders(*Y25, agg="avg(o.amount)", cond=f"{DINE} AND o.city = 'Shanghai'"),
        "hp28": lambda: per_head(*Y25, "o.city = 'Chengdu'"),
        "hp29": lambda: per_head(*Y25, "o.city = 'Beijing'"),
        "hp30": lambda: top_orders("o.delivery_platform", *Y25, cond=DELIV),
        "hp31": lambda: top_share_orders("o.city", *Y25, DELIV),
        "hp32": lambda: orders(*month(2025, 12), cond=TOPUP),
        "hp33": lambda: orders("2025-09-01", "2025-10-31", agg="count(*)", status="refunded",
                               cond="o.refund_reason = 'hygiene' AND o.store_id = 'BJ01'"),
        "hp34": lambda: top_orders("o.broth_zh", *Y25, cond=f"{DINE} AND o.city = 'Chongqing'"),
        "hp35": lambda: share_orders(*Y25, "o.payment_method = 'stored_value'", cond=DINE),
        "hp36": lambda: orders(*Y25, agg="sum(o.service_charge)", cond=f"{DINE} AND o.city = 'Kuala Lumpur'"),
        "hp37": lambda: late_share(*month(2026, 6), "o.delivery_platform = 'eleme'"),
        "hp38": lambda: late_share(*month(2026, 6), "o.delivery_platform = 'meituan'"),
        "hp39": lambda: top_share_orders("o.delivery_platform", *H1_26, "o.is_late",
                                         cond=f"{DELIV} AND o.status <> 'cancelled'", min_n=30),
        "hp40": lambda: delivery_minutes(*month(2026, 6), "o.delivery_platform = 'eleme'"),
        "hp41": lambda: orders("2025-09-01", "2025-10-31", agg="count(*)", cond=f"{DINE} AND o.store_id = 'BJ01'"),
        "hp42": lambda: orders("2025-07-01", "2025-08-31", agg="count(*)", cond=f"{DINE} AND o.store_id = 'BJ01'"),
        "hp43": lambda: orders("2025-12-22", "2025-12-28", agg="count(*)", cond=DINE),
        # ---- customers
        "hp44": lambda: customers_count("c.tier = 'black_gold'"),
        "hp45": lambda: customers_count(f"{_in('c.signup_at', *Q1_26)}"),
        "hp46": lambda: customers_share("c.language = 'en'", "c.city = 'Kuala Lumpur'"),
        # ---- feedback
        "hp47": lambda: topic_count("delivery_late", _in("f.ts", *Q2_26)),
        "hp48": lambda: topic_count("delivery_late", _in("f.ts", *Q1_26)),
        "hp49": lambda: top_neg_rise(Q1_26, Q2_26),
        "hp50": lambda: top_neg_rise(month(2026, 2), month(2026, 3)),
        "hp51": lambda: top_topic("f.store_id", "hygiene"),
        "hp52": lambda: top_topic("f.store_id", "long_wait"),
        "hp53": lambda: topic_count("hygiene", _in("f.ts", "2025-09-01", "2025-10-31")),
        "hp54": lambda: fb_ratio("f.sentiment = 'neg'", _in("f.ts", *Q1_26)),
        "hp55": lambda: fb_avg("f.rating", f"f.channel = 'eleme_review' AND {_in('f.ts', *Q2_26)}"),
        "hp56": lambda: fb_avg("f.rating", f"f.channel = 'meituan_review' AND {_in('f.ts', *Q2_26)}"),
        "hp57": lambda: lowest_rated_tp(*Y25),
        "hp58": lambda: nps(_in("f.ts", *Y25)),
        "hp59": lambda: fb_count("f.ts IS NULL"),
        "hp60": lambda: top_topic("f.platform", "delivery_late"),
        "hp61": lambda: fb_avg("f.rating", f"f.touchpoint_id = 'tp_delivered' AND {_in('f.ts', *Y25)}"),
        "hp62": lambda: feedback_ids("f.topic = 'booking_failed'"),
        "hp63": lambda: feedback_ids("f.topic = 'delivery_late' OR (f.platform = 'eleme' AND f.sentiment = 'neg')"),
        "hp64": lambda: feedback_ids("f.store_id = 'BJ01' AND (f.ts >= DATE '2025-09-01' OR f.ts IS NULL)"),
        "hp65": lambda: feedback_ids("f.store_id = 'CD01' AND f.topic = 'long_wait'"),
        # ---- relative periods
        "hp69": lambda: orders(*month(2026, 4), cond=DELIV),
        "hp70": lambda: orders(*Q1_26, agg="count(*)", cond=DINE),
        "hp71": lambda: events_count("tp_queue_abandon", "2026-06-08", "2026-06-14"),
        "hp72": lambda: events_count("tp_member_join", *Y25),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    only = [a for a in sys.argv[3:] if not a.startswith("--")]
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
    status_only = []
    for it in items:
        if only and it["id"] not in only:
            continue
        fn = checks.get(it["id"])
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
        print(it["id"], it["question"][:60].replace("\n", " "), shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
