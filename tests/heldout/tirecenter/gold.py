"""Gold answers for the 驰轮 TyrePro (tyre and quick-service car-care chain) held-out batch, from plain DuckDB SQL
over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (acquire 14 d, booking 14 d, store_visit
  2 d, comeback 30 d); rates are per customer. When the question says later steps after the period end count, only
  that reading is used; otherwise both readings (later steps unbounded / cut at the period end) must agree within
  the tolerance. A filter on the first step (discovery source, booking channel + device, reminder channel) is read
  from the customer's first step-1 event in the period; a tier / city / vehicle filter from customers. "Where do we
  lose the most" = the step reached whose next step is not reached, largest count (the loss between step k and k+1
  belongs to step k), both readings agreeing.
- people: a customer is a driver with one car; vehicle type / age band / tier / acquisition channel / city come from
  customers. zh top-entity golds use the Chinese twin values where a twin exists (城市, 车型, 来源渠道, 提醒渠道,
  理赔原因, 轮胎品牌, 订单类型, store), en ones the English values (store_en, technician_en, source,
  reminder_channel, acquisition_channel, claim_reason, tyre_brand, order_type, touchpoint_id).
- a visit = one booking (session_id = visit id V…) with its booking, confirmation, arrival or no-show, inspection and
  quote, quote acceptance, job, payment and pickup events; walk-ins are bookings with booking_channel walk_in.
  No-show share = bookings with a `tp_noshow` event / bookings, by booking date. Late arrival = `late_min` > 15 on
  `tp_arrived` (walk-ins excluded where said). Whole-quote decline = `tp_inspected` without `tp_quote_accepted` in
  the same visit. Extras: `extras_quoted` on the inspection, `extras_accepted` on the acceptance (a visit whose quote
  was declined as a whole counts as not accepting its extras).
- durations are per visit: check-in -> job done = `tp_service_done` minus `tp_arrived`, minutes, by arrival date;
  booking lead time = slot_at minus the booking ts, days, walk-ins excluded; reminder -> booking = days from a
  `tp_reminder` to the same customer's first `tp_booked` after it, reminders followed by a booking within 30 days,
  by reminder date.
- money = orders with status `paid` (CNY) by order ts; revenue / 营收 = all paid orders; warranty claims are orders
  with order_type warranty_claim (status `warranty`, amount 0) and a `tp_warranty` event; refunds = amount of
  `refunded` orders by order ts (the payment time); spend per paying customer = paid amount / customers with >= 1
  paid order in the period; warranty-claim rate = paid tyre orders (by payment date) whose visit later has a
  warranty claim (original_visit_id) / paid tyre orders; tyres sold = sum of tyre_qty on paid tyre orders.
- volumes: completed jobs = `tp_service_done` events by ts; exact duplicate event rows are loaded once.
- feedback: "comments" = all rows of all channels; "all data" includes rows without a date; negative share =
  `sentiment_label = 'neg'` over rows dated in the period; topic counts by text markers with a 5 % tolerance;
  rating by step = feedback.touchpoint_id over rows with a rating (dated or not); survey rating = channel survey,
  dated in the period; technician / store / city from the feedback row.
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of` (last month / last
  quarter = the previous full calendar month / quarter; this month / this year = the 1st .. as_of); a week is
  Monday..Sunday.
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def rate_val(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def dur_val(v):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


def money_val(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def count_val(v):
    return dict(value=int(v), tolerance=0.5)


def top(rows, margin, higher=True):
    """rows sorted best first: (entity, metric, ...); the winner must be clear."""
    if len(rows) > 1:
        a, b = rows[0][1], rows[1][1]
        ok = a > b * margin if higher else b - a > margin
        assert ok, rows[:4]
    return dict(top_entity=rows[0][0])


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cond="1=1", first_cond="1=1", bounded=False):
    """first_cond may use the first step-1 event's columns: f.ch (channel), f.dev (device), f.src (source),
    f.src_zh (来源渠道), f.rch (reminder_channel), f.rch_zh (提醒渠道), f.bch (booking_channel)."""
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT * FROM (
                    SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t, arg_min(e.channel, e.ts) AS ch,
                           arg_min(e.device, e.ts) AS dev, arg_min(e.source, e.ts) AS src,
                           arg_min(e."来源渠道", e.ts) AS src_zh, arg_min(e.reminder_channel, e.ts) AS rch,
                           arg_min(e."提醒渠道", e.ts) AS rch_zh, arg_min(e.booking_channel, e.ts) AS bch
                    FROM events e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1) f
                    WHERE {first_cond}""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", first_cond="1=1", both=True, upto=None):
    """share of step-1 customers reaching the last step (or step `upto`); both=False when the question says that
    later steps after the period end count."""
    vals = []
    for bounded in ((False, True) if both else (False,)):
        c = funnel(journey, start, end, cond, first_cond, bounded=bounded)
        k = len(c) if upto is None else upto
        vals.append(c[k - 1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def top_lost(journey, start, end, cond="1=1", first_cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, cond, first_cond, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.2, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def conv_rank(journey, start, end, min_n, margin=1.1, higher=True, by="f.src", cond="1=1", trap=False):
    """per group of the first step-1 event (source, reminder channel) or of a customer column; minimum group size."""
    steps, _ = _steps(journey)
    res = {}
    for bounded in (False, True):
        funnel(journey, start, end, cond, bounded=bounded)
        last = f"r{len(steps)}"
        rows = q(f"""SELECT {by.replace('f.', 'r1.')} g, avg((x.customer_id IS NOT NULL)::int) r, count(*) n FROM r1
                     LEFT JOIN {last} x USING (customer_id) JOIN customers c USING (customer_id)
                     GROUP BY 1 ORDER BY r {'DESC' if higher else ''}""")
        big = [r for r in rows if r[2] >= min_n]
        if higher:
            assert big[0][1] > big[1][1] * margin, big
        else:
            assert big[1][1] - big[0][1] > margin, big
        if trap:   # without the minimum a small group wins
            assert rows[0][0] != big[0][0] and rows[0][2] < min_n, rows
        res[bounded] = (big[0][0], rows)
    assert res[False][0] == res[True][0], res
    return dict(top_entity=res[False][0]), res[False][1]


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return count_val(one(f"SELECT count(*) FROM events e JOIN customers c USING (customer_id) "
                         f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return rate_val((y - x) / x)


def events_share(tp, num, start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg(({num})::int) FROM events e JOIN customers c USING (customer_id)
                            WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def events_avg(tp, col, start, end, cond="1=1"):
    return dur_val(one(f"""SELECT avg({col}) FROM events e JOIN customers c USING (customer_id)
                           WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_events(tp, by, cond="1=1", margin=1.3, rate=None, min_n=1, higher=True):
    """count of events per group, or (rate=expr) the group share of events matching expr."""
    metric = "count(*)" if rate is None else f"avg(({rate})::int)"
    rows = q(f"""SELECT {by}, {metric} m, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND ({cond}) AND {by} IS NOT NULL GROUP BY 1
                 HAVING count(*) >= {min_n} ORDER BY m {'DESC' if higher else ''}""")
    return top(rows, margin, higher)


# ---------- visits ----------

def visit_tbl():
    """one row per booking (visit) with the times of its steps and its attributes."""
    CON.execute("""CREATE OR REPLACE TABLE v AS SELECT session_id,
        any_value(customer_id) customer_id,
        min(ts) FILTER (WHERE touchpoint_id = 'tp_booked') booked,
        min(ts) FILTER (WHERE touchpoint_id = 'tp_confirmed') confirmed,
        min(ts) FILTER (WHERE touchpoint_id = 'tp_noshow') noshow,
        min(ts) FILTER (WHERE touchpoint_id = 'tp_arrived') arrived,
        min(ts) FILTER (WHERE touchpoint_id = 'tp_inspected') inspected,
        min(ts) FILTER (WHERE touchpoint_id = 'tp_quote_accepted') accepted,
        min(ts) FILTER (WHERE touchpoint_id = 'tp_service_done') done,
        min(ts) FILTER (WHERE touchpoint_id = 'tp_paid') paid,
        min(ts) FILTER (WHERE touchpoint_id = 'tp_pickup') pickup,
        any_value(slot_at) FILTER (WHERE touchpoint_id = 'tp_booked') slot_at,
        any_value(late_min) FILTER (WHERE touchpoint_id = 'tp_arrived') late_min,
        any_value(extras_quoted) FILTER (WHERE touchpoint_id = 'tp_inspected') extras_quoted,
        any_value(extras_accepted) FILTER (WHERE touchpoint_id = 'tp_quote_accepted') extras_accepted,
        any_value(technician_en) FILTER (WHERE touchpoint_id = 'tp_inspected') technician_en,
        any_value(device) FILTER (WHERE touchpoint_id = 'tp_booked') device,
        any_value(store_id) store_id, any_value(store) store, any_value(store_en) store_en, any_value(city) city,
        any_value("城市") city_zh, any_value(service_type) service_type, any_value("服务项目") service_zh,
        any_value(booking_channel) booking_channel
        FROM events WHERE session_id LIKE 'V%' AND touchpoint_id <> 'tp_warranty' GROUP BY 1""")
    assert one("SELECT count(*) FROM v WHERE booked IS NULL") == 0


def visits_share(num, date_col, start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg(({num})::int) FROM v JOIN customers c USING (customer_id)
                            WHERE {_in('v.' + date_col, start, end)} AND ({cond})"""))


def wait_min(start, end, cond="1=1", agg="median(w.d)"):
    """check-in -> job done, minutes, per visit by arrival date."""
    v = one(f"""SELECT {agg} FROM (SELECT v.*, epoch(v.done - v.arrived) / 60.0 d FROM v
                WHERE v.done IS NOT NULL) w WHERE {_in('w.arrived', start, end)} AND ({cond})""")
    return rate_val(v) if agg.startswith("avg((") else dur_val(v)


def top_wait(start, end, by, min_n=1, margin=1.3, agg="avg(w.d)"):
    rows = q(f"""SELECT {by}, {agg} m, count(*) n FROM (SELECT v.*, epoch(v.done - v.arrived) / 60.0 d FROM v
                 WHERE v.done IS NOT NULL) w WHERE {_in('w.arrived', start, end)} GROUP BY 1
                 HAVING count(*) >= {min_n} ORDER BY m DESC""")
    return top(rows, margin)


def lead_days(start, end, cond="1=1"):
    return dur_val(one(f"""SELECT median(epoch(slot_at - booked) / 86400.0) FROM v
                           WHERE booking_channel <> 'walk_in' AND {_in('booked', start, end)} AND ({cond})"""))


def rem_to_book(start, end, cond="1=1"):
    return dur_val(one(f"""SELECT median(d) FROM (SELECT r.event_id, epoch(min(b.ts) - r.ts) / 86400.0 d FROM events r
                           JOIN events b ON b.customer_id = r.customer_id AND b.touchpoint_id = 'tp_booked' AND b.ts > r.ts
                           JOIN customers c ON c.customer_id = r.customer_id
                           WHERE r.touchpoint_id = 'tp_reminder' AND {_in('r.ts', start, end)} AND ({cond})
                           GROUP BY r.event_id, r.ts) WHERE d <= 30"""))


def top_visits(by, date_col, start, end, rate, min_n=1, margin=1.3, cond="1=1"):
    rows = q(f"""SELECT {by}, avg(({rate})::int) m, count(*) n FROM v JOIN customers c USING (customer_id)
                 WHERE {_in('v.' + date_col, start, end)} AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY m DESC""")
    return top(rows, margin)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return count_val(v) if agg.startswith("count") else money_val(v)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return rate_val((y - x) / x)


def orders_share(num, start, end, cond="1=1", weight="1"):
    return rate_val(one(f"""SELECT sum(({num})::int * {weight}) / sum({weight}) FROM orders o
                            WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"""))


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", margin=1.15, status="paid"):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = '{status}' AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    return top(rows, margin)


CLAIMED = "(SELECT DISTINCT original_visit_id FROM orders WHERE order_type = 'warranty_claim')"


def claim_rate(start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg((o.visit_id IN {CLAIMED})::int) FROM orders o WHERE o.status = 'paid'
                            AND o.order_type = 'tyres' AND {_in('o.ts', start, end)} AND ({cond})"""))


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return rate_val(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def bottom_fb_avg(by, cond, min_n, margin=0.3):
    rows = q(f"""SELECT {by}, avg(f.rating) a, count(*) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}
                 AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a""")
    return top(rows, margin, higher=False)


def top_fb_avg(by, cond, min_n, margin=0.15, trap=True):
    sql = """SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond}
             AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {n} ORDER BY a DESC"""
    rows = q(sql.format(by=by, cond=cond, n=min_n))
    assert rows[0][1] - rows[1][1] > margin, rows[:3]
    if trap:
        small = q(sql.format(by=by, cond=cond, n=1))
        assert small[0][0] != rows[0][0] and small[0][2] < min_n, small[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    return top(rows, margin)


WAIT_T = _like("f.text", ["等", "wait"])
UPSELL_T = _like("f.text", ["推销", "upsell", "pushy"])
NOISE_T = _like("f.text", ["噪", "吵", "nois"])
EXPLAIN_T = _like("f.text", ["讲", "explain"])
FAIR_T = _like("f.text", ["公道", "实惠", "fair price", "good value"])
CONFIRM_T = _like("f.text", ["确认", "confirm"])
NEG = "f.sentiment_label = 'neg'"

Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25 = quarter(2025, 3)
Q4_25 = quarter(2025, 4)
Q4_24 = quarter(2024, 4)
Q2_26 = quarter(2026, 2)
BA = ("2025-11-01", "2026-01-31")
JAN25_JUN26 = ("2025-01-01", "2026-06-30")
MAR26 = month(2026, 3)
GZ_SINCE = ("2025-07-01", "2026-07-31")
ALL = ("2024-01-01", "2026-12-31")


def per_customer_top(by, start, end, margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) m FROM orders o JOIN customers c
                 USING (customer_id) WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY m DESC""")
    return top(rows, margin)


def gold():
    visit_tbl()
    return {
        # ---- finding us
        "tc01": lambda: conv_rank("acquire", *JAN25_JUN26, min_n=100, margin=1.15, trap=True)[0],
        "tc02": lambda: conv("acquire", *JAN25_JUN26, first_cond="f.src = 'baidu_map'"),
        "tc03": lambda: conv("acquire", *Y25, both=False),
        # ---- booking, confirmation, no-shows, lateness
        "tc05": lambda: conv("booking", *MAR26, first_cond="f.bch = 'mini_program' AND f.dev = 'android'", upto=2,
                                both=False),
        "tc06": lambda: conv("booking", *MAR26, first_cond="f.bch = 'mini_program' AND f.dev = 'ios'", upto=2,
                                both=False),
        "tc07": lambda: top_lost("booking", *MAR26, "c.phone_os = 'android'"),
        "tc08": lambda: fb_topic_count(f"{CONFIRM_T} AND {_in('f.ts', *MAR26)}"),
        "tc09": lambda: visits_share("v.noshow IS NOT NULL", "booked", *Y25, "v.confirmed IS NOT NULL"),
        "tc10": lambda: top_visits("c.acquisition_channel", "booked", *Y25, "v.noshow IS NOT NULL", margin=1.8),
        "tc11": lambda: visits_share("v.late_min > 15", "arrived", *quarter(2026, 1), "v.booking_channel <> 'walk_in'"),
        "tc12": lambda: lead_days(*Y25),
        # ---- waiting (Bao'an)
        "tc13": lambda: wait_min(*month(2025, 12), "w.store_id = 'S5'"),
        "tc14": lambda: wait_min(*month(2025, 12), "w.store_id <> 'S5'"),
        "tc15": lambda: wait_min(*BA, "w.store_id = 'S5'", agg="avg((w.d > 120)::int)"),
        "tc16": lambda: top_wait(*Q4_25, "w.store_en", margin=1.3),
        "tc19": lambda: top_fb_count("f.store", f"{WAIT_T} AND {_in('f.ts', *BA)}", margin=3.0),
        # ---- extras and upselling (Guangzhou)
        "tc20": lambda: visits_share("v.extras_quoted = 'yes'", "inspected", *H2_25, "v.city = 'Guangzhou'"),
        "tc21": lambda: visits_share("v.extras_quoted = 'yes'", "inspected", *H1_25, "v.city = 'Guangzhou'"),
        "tc22": lambda: visits_share("coalesce(v.extras_accepted, 'no') = 'yes'", "inspected", *H2_25,
                                     "v.city = 'Guangzhou' AND v.extras_quoted = 'yes'"),
        "tc23": lambda: top_fb_count('f."城市"', UPSELL_T, margin=3.0),
        "tc24": lambda: fb_topic_count(f"{UPSELL_T} AND f.city = 'Guangzhou' AND {_in('f.ts', *GZ_SINCE)}"),
        "tc25": lambda: fb_ratio(NEG, f"f.city = 'Guangzhou' AND {_in('f.ts', *H2_25)}"),
        "tc26": lambda: fb_ratio(NEG, f"f.city = 'Guangzhou' AND {_in('f.ts', *H1_25)}"),
        "tc27": lambda: orders(*Q3_25, cond="o.order_type = 'extras'"),
        # ---- tyres and warranty
        "tc29": lambda: claim_rate(*Y25, "o.tyre_tier = 'budget'"),
        "tc30": lambda: claim_rate(*Y25, "o.tyre_tier = 'mid'"),
        "tc31": lambda: top_orders('o."理赔原因"', *ALL, agg="count(*)", status="warranty", margin=1.4),
        "tc32": lambda: top_orders('o."轮胎品牌"', *ALL, agg="count(*)", status="warranty", margin=2.5),
        "tc33": lambda: fb_topic_count(NOISE_T),
        "tc36": lambda: orders_share("o.tyre_tier = 'budget'", *Y25, "o.order_type = 'tyres'", weight="o.tyre_qty"),
        "tc38": lambda: orders(*Y25, cond="o.order_type = 'tyres'"),
        # ---- money
        "tc39": lambda: orders(*Q3_25),
        "tc40": lambda: orders_change(Q3_25, Q4_25),
        "tc41": lambda: top_orders("o.store", *Y25, margin=1.2),
        "tc42": lambda: per_customer(*Y25),
        "tc43": lambda: per_customer(*Y25, "c.tier = 'gold'"),
        "tc44": lambda: per_customer_top('c."车型"', *Y25, margin=1.1),
        "tc45": lambda: orders_share("o.vehicle_type = 'ev'", *Q2_26, "o.order_type = 'tyres'"),
        "tc46": lambda: orders_share("o.vehicle_type = 'ev'", *Q4_24, "o.order_type = 'tyres'"),
        "tc47": lambda: orders(*Y25, status="refunded"),
        # ---- volumes
        "tc49": lambda: events_at("tp_service_done", "2025-03-03", "2025-03-09"),
        "tc50": lambda: events_at("tp_service_done", *month(2025, 10)),
        "tc51": lambda: events_at("tp_service_done", *month(2025, 12), "e.service_type = 'battery'"),
        "tc52": lambda: events_at("tp_service_done", *month(2024, 12), "e.service_type = 'battery'"),
        "tc54": lambda: events_change("tp_service_done", month(2026, 1), month(2026, 2)),
        # ---- coming back
        "tc55": lambda: conv("comeback", *Y25, both=False),
        "tc56": lambda: conv("comeback", *Y25, "c.tier = 'gold'", both=False),
        "tc57": lambda: conv_rank("comeback", *Y25, min_n=100, margin=1.2, by="f.rch_zh")[0],
        "tc58": lambda: rem_to_book(*Y25),
        # ---- in-store funnel
        "tc59": lambda: conv("store_visit", *Y25),
        "tc60": lambda: top_lost("store_visit", *Y25),
        "tc61": lambda: visits_share("v.accepted IS NULL", "inspected", *Y25, "v.inspected IS NOT NULL"),
        # ---- feedback
        "tc63": lambda: top_fb_avg("f.technician_en", "f.channel = 'survey'", 40, margin=0.15),
        "tc64": lambda: fb_topic_count(EXPLAIN_T),
        "tc65": lambda: feedback_ids(EXPLAIN_T),
        "tc67": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.5),
        "tc68": lambda: fb_avg(f"f.channel = 'dianping' AND {_in('f.ts', *Y25)}"),
        "tc69": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        # ---- relative periods
        "tc74": lambda: events_at("tp_service_done", "2026-06-01", "2026-06-20"),
        "tc75": lambda: events_at("tp_service_done", *month(2026, 5)),
        "tc76": lambda: orders(*quarter(2026, 1), status="refunded"),
        "tc77": lambda: orders("2026-01-01", "2026-07-15"),
        "tc78": lambda: visits_share("v.late_min > 15", "arrived", *H2_25, "v.booking_channel <> 'walk_in'"),
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
    status_only = []
    for it in items:
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
        print(it["id"], it["lang"], it["question"][:70], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
