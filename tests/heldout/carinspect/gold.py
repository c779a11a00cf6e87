"""Gold answers for the 车检通 AutoCheck (vehicle annual-inspection agency) held-out batch, from plain DuckDB SQL over
the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (acquire 30 d, service 21 d, repair 7 d,
  loyalty 30 d); rates are per customer. When the question says later steps after the period end count, only that
  reading is used; otherwise both readings (later steps unbounded / cut at the period end) must agree within the
  tolerance. A filter on the first step (reminder channel) is read from the customer's first step-1 event in the
  period; a city / tier filter from customers. "Where do we lose the most" = the step reached whose next step is not
  reached, largest count (the loss between step k and k+1 belongs to step k), both readings agreeing.
- people: a customer is a car owner with one car; vehicle type / age band / tier / city come from customers (zh
  questions are checked against the Chinese twins 车型 / 车龄段 / 会员等级 / 城市 / 不合格项目 / 取消原因 / 维修项目,
  en ones against the English values: vehicle_type, car_age_band, fail_item, cancel_reason, driver_en, channel,
  touchpoint_id).
- a job = one booking (session_id = job id J…). Paid bookings = `tp_paid` events; cancelled share = paid jobs (by
  payment date) with a `tp_cancelled` event / paid jobs; cancellation reasons from `tp_cancelled.cancel_reason`.
- pickups: `tp_pickup` events by pickup date; late = `late_min` > 30 (minutes after the booked slot; 0 = on time);
  average lateness counts on-time pickups as 0; driver / vendor from the pickup event.
- inspections: the first inspection = `tp_inspected` events (re-inspections are `tp_reinspected`), by inspection
  date; fail rate = action 'fail' / all; fail items from `fail_item` (不合格项目); car age band from customers.
- durations are per job: fail -> certificate = `tp_certificate` minus the failed `tp_inspected`, hours, jobs failed
  in the period that got a certificate; pickup -> return = `tp_returned` minus `tp_pickup`, hours, jobs whose first
  inspection passed, by pickup date; booking lead time = slot_at minus the booking's ts, days; reminder -> booking =
  days from a `tp_reminder` to the same customer's first `tp_booked` after it, reminders followed by a booking within
  30 days, by reminder date.
- money = orders with status `paid` (CNY) by order ts; revenue / 营收 = all paid orders (service, pickup_surcharge,
  reinspect_fee, repair_parts); service fees = order_type service; refunds = amount of `refunded` orders by order ts
  (the order ts is the payment time); spend per paying customer = paid amount / customers with >= 1 paid order in
  the period; EV share of paid bookings = paid service orders with vehicle_type ev / all paid service orders.
- volumes: certificates issued = `tp_certificate` events; cars returned = `tp_returned` events; exact duplicate
  event rows are loaded once.
- feedback: "comments" = all rows of all channels; "all data" includes rows without a date; negative share =
  `sentiment_label = 'neg'` over rows dated in the period; topic counts by text markers with a 5 % tolerance;
  rating by step = feedback.touchpoint_id over rows with a rating (dated or not); survey rating = channel survey,
  dated in the period; city from the feedback row.
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of` (last month / last
  quarter = the previous full calendar month / quarter; this year = Jan 1 .. as_of); a week is Monday..Sunday.
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
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT * FROM (
                    SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t, arg_min(e.channel, e.ts) AS ch
                    FROM events e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1) f
                    WHERE {first_cond}""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, r.ch, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2, 3""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", first_cond="1=1", both=True):
    """both=False when the question says that later steps after the period end count."""
    vals = []
    for bounded in ((False, True) if both else (False,)):
        c = funnel(journey, start, end, cond, first_cond, bounded=bounded)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def top_lost(journey, start, end, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, cond, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.2, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def conv_rank(journey, start, end, min_n, margin=1.1, higher=True, by="f.ch", cond="1=1", trap=False):
    """per group of the first step-1 event (reminder channel) or of a customer column; minimum group size."""
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


def late_driver(min_n):
    sql = """SELECT driver_en, avg((late_min > 30)::int) r, count(*) n FROM events WHERE touchpoint_id = 'tp_pickup'
             GROUP BY 1 HAVING count(*) >= {n} ORDER BY r DESC"""
    rows = q(sql.format(n=min_n))
    res = top(rows, 1.5)
    small = q(sql.format(n=1))
    assert small[0][0] != rows[0][0] and small[0][2] < min_n, small[:3]     # the minimum size matters
    return res


# ---------- jobs ----------

def job_dur(tp_a, tp_b, start, end, cond="1=1", agg="median(w.d)", unit=3600.0):
    v = one(f"""SELECT {agg} FROM (SELECT a.ts, a.city, a.action, a.station_id, epoch(b.ts - a.ts) / {unit} AS d
                FROM events a JOIN (SELECT session_id, min(ts) ts FROM events WHERE touchpoint_id = '{tp_b}' GROUP BY 1) b
                USING (session_id) WHERE a.touchpoint_id = '{tp_a}') w
                WHERE {_in('w.ts', start, end)} AND ({cond})""")
    return rate_val(v) if agg.startswith("avg((") else dur_val(v)


FIRST_PASS = "w.session_id IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_inspected' AND action = 'pass')"


def pickup_return(start, end, cond="1=1", agg="avg(w.d)"):
    v = one(f"""SELECT {agg} FROM (SELECT a.ts, a.session_id, a.city, epoch(b.ts - a.ts) / 3600.0 AS d
                FROM events a JOIN events b ON b.session_id = a.session_id AND b.touchpoint_id = 'tp_returned'
                WHERE a.touchpoint_id = 'tp_pickup') w
                WHERE {_in('w.ts', start, end)} AND {FIRST_PASS} AND ({cond})""")
    return rate_val(v) if agg.startswith("avg((") else dur_val(v)


def fail_fixed_share(start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg((c.session_id IS NOT NULL)::int) FROM events i
                            LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_certificate') c
                            USING (session_id)
                            WHERE i.touchpoint_id = 'tp_inspected' AND i.action = 'fail' AND {_in('i.ts', start, end)}
                            AND ({cond})"""))


def lead_time(start, end):
    return dur_val(one(f"""SELECT median(epoch(slot_at - ts) / 86400.0) FROM events WHERE touchpoint_id = 'tp_booked'
                           AND {_in('ts', start, end)}"""))


def rem_to_book(start, end, cond="1=1"):
    return dur_val(one(f"""SELECT median(d) FROM (SELECT r.event_id, epoch(min(b.ts) - r.ts) / 86400.0 d FROM events r
                           JOIN events b ON b.customer_id = r.customer_id AND b.touchpoint_id = 'tp_booked' AND b.ts > r.ts
                           WHERE r.touchpoint_id = 'tp_reminder' AND {_in('r.ts', start, end)} AND ({cond})
                           GROUP BY r.event_id, r.ts) WHERE d <= 30"""))


CANCELLED = "(SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_cancelled')"


def cancel_share(start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg((e.session_id IN {CANCELLED})::int) FROM events e
                            WHERE e.touchpoint_id = 'tp_paid' AND {_in('e.ts', start, end)} AND ({cond})"""))


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return count_val(v) if agg.startswith("count") else money_val(v)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return rate_val((y - x) / x)


def orders_share(num, start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg(({num})::int) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                            AND ({cond})"""))


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    return top(rows, margin)


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


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    return top(rows, margin)


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H2_24 = ("2024-07-01", "2024-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q4_25 = quarter(2025, 4)
DJ = ("2025-12-01", "2026-01-31")
JAN25_JUN26 = ("2025-01-01", "2026-06-30")
CD_OUT = ("2025-09-01", "2026-06-30")
MJ26 = ("2026-03-01", "2026-06-30")
MJ25 = ("2025-03-01", "2025-06-30")
NEG = "f.sentiment_label = 'neg'"
LATE_T = _like("f.text", ["迟到", "late"])
DIRTY_T = _like("f.text", ["脏", "dirt", "mud"])
EXPLAIN_T = _like("f.text", ["解释", "explain"])
HASSLE_T = _like("f.text", ["省心", "省事", "hassle"])
FAIR_T = _like("f.text", ["公道", "合理", "fair price", "reasonable"])
FAIL = "e.action = 'fail'"


def gold():
    return {
        # ---- reminders and booking
        "ci01": lambda: conv("acquire", *Y25, both=False),
        "ci02": lambda: conv_rank("acquire", *JAN25_JUN26, min_n=100, margin=1.15, trap=True)[0],
        "ci03": lambda: conv("acquire", *JAN25_JUN26, first_cond="f.ch = 'sms'"),
        "ci04": lambda: rem_to_book(*H2_25, "r.channel = 'sms'"),
        # ---- booking to return, cancellations
        "ci05": lambda: conv("service", *Q4_25, both=False),
        "ci06": lambda: top_lost("service", *DJ, "c.city = 'Shanghai'"),
        "ci07": lambda: cancel_share(*DJ, "e.city = 'Shanghai'"),
        "ci08": lambda: cancel_share(*DJ, "e.city = 'Hangzhou'"),
        "ci09": lambda: orders(*month(2025, 12), status="refunded"),
        "ci10": lambda: top_events("tp_cancelled", 'e."取消原因"', f"e.city = 'Shanghai' AND {_in('e.ts', *DJ)}", 2.0),
        "ci11": lambda: top_events("tp_cancelled", "e.cancel_reason", "1=1", 1.3),
        # ---- pickups
        "ci12": lambda: events_share("tp_pickup", "e.late_min > 30", *H1_26, "e.city = 'Chengdu'"),
        "ci13": lambda: events_share("tp_pickup", "e.late_min > 30", *H1_26, "e.city = 'Hangzhou'"),
        "ci14": lambda: events_avg("tp_pickup", "e.late_min", *H1_26, "e.driver_vendor = 'outsourced'"),
        "ci15": lambda: events_avg("tp_pickup", "e.late_min", *H1_26, "e.driver_vendor = 'in_house'"),
        "ci16": lambda: late_driver(50),
        "ci17": lambda: fb_topic_count(f"{LATE_T} AND f.city = 'Chengdu' AND {_in('f.ts', *CD_OUT)}"),
        # ---- inspections
        "ci19": lambda: events_share("tp_inspected", FAIL, *Y25),
        "ci20": lambda: top_events("tp_inspected", "c.car_age_band", _in("e.ts", *Y25), 1.5, rate=FAIL),
        "ci21": lambda: top_events("tp_inspected", 'e."不合格项目"', f"{FAIL} AND c.car_age_band = '15y+'", 1.4),
        "ci22": lambda: top_events("tp_inspected", "e.fail_item", FAIL, 1.3),
        "ci23": lambda: events_share("tp_inspected", FAIL, *H2_25, "e.station_id = 'ST7'"),
        "ci24": lambda: events_share("tp_inspected", FAIL, *H1_25, "e.station_id = 'ST7'"),
        # ---- repairs
        "ci26": lambda: job_dur("tp_inspected", "tp_certificate", *Y25, "w.action = 'fail'"),
        "ci27": lambda: fail_fixed_share(*Y25, "i.city = 'Hangzhou'"),
        "ci28": lambda: fail_fixed_share(*Y25, "i.city <> 'Hangzhou'"),
        "ci30": lambda: top_orders('o."维修项目"', *Y25, cond="o.order_type = 'repair_parts'", margin=1.3),
        "ci31": lambda: conv("repair", *Y25, both=False),
        # ---- time between steps
        "ci32": lambda: pickup_return(*Y25),
        "ci33": lambda: pickup_return(*month(2025, 12), "w.city = 'Shanghai'", agg="avg((w.d > 6)::int)"),
        "ci34": lambda: lead_time(*Y25),
        # ---- per customer
        "ci35": lambda: per_customer(*Y25),
        "ci36": lambda: per_customer(*Y25, "c.tier = 'gold'"),
        # ---- shares
        "ci38": lambda: orders_share("o.vehicle_type = 'ev'", *H1_26, "o.order_type = 'service'"),
        "ci39": lambda: orders_share("o.vehicle_type = 'ev'", *H2_24, "o.order_type = 'service'"),
        "ci40": lambda: events_share("tp_pickup", "e.pickup_zone = 'suburb'", *Y25),
        # ---- money
        "ci42": lambda: orders(*quarter(2025, 3)),
        "ci43": lambda: orders_change(quarter(2025, 3), quarter(2025, 4)),
        "ci44": lambda: top_orders('o."城市"', *Y25, margin=1.2),
        "ci45": lambda: top_orders("o.vehicle_type", *Y25, cond="o.order_type = 'service'", margin=1.5),
        "ci46": lambda: orders(*Y25, cond="o.order_type = 'service'"),
        # ---- volumes
        "ci48": lambda: events_at("tp_certificate", "2025-03-03", "2025-03-09"),
        "ci49": lambda: events_change("tp_certificate", month(2026, 1), month(2026, 2)),
        # ---- loyalty
        "ci52": lambda: conv("loyalty", *Y25, both=False),
        "ci53": lambda: conv("loyalty", *Y25, "c.tier = 'gold'", both=False),
        "ci54": lambda: conv_rank("loyalty", *MJ26, min_n=100, margin=0.05, higher=False, by="c.city")[0],
        # ---- feedback
        "ci55": lambda: fb_topic_count(LATE_T),
        "ci56": lambda: top_fb_count("f.city", DIRTY_T, margin=1.5),
        "ci57": lambda: fb_topic_count(f"{DIRTY_T} AND f.city = 'Shanghai' AND {_in('f.ts', *MJ26)}"),
        "ci58": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "ci59": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 20, margin=0.3),
        "ci60": lambda: fb_topic_count(EXPLAIN_T),
        "ci61": lambda: top_fb_count('f."城市"', EXPLAIN_T, margin=2.0),
        "ci62": lambda: feedback_ids(HASSLE_T),
        "ci63": lambda: fb_topic_count(FAIR_T),
        "ci64": lambda: fb_avg(f"f.channel = 'survey' AND f.city = 'Shanghai' AND {_in('f.ts', *MJ26)}"),
        "ci65": lambda: fb_avg(f"f.channel = 'survey' AND f.city = 'Shanghai' AND {_in('f.ts', *MJ25)}"),
        "ci66": lambda: fb_ratio(NEG, f"f.city = 'Chengdu' AND {_in('f.ts', *Q4_25)}"),
        # ---- relative periods
        "ci73": lambda: events_at("tp_certificate", *month(2026, 4)),
        "ci74": lambda: events_at("tp_certificate", *month(2026, 3)),
        "ci75": lambda: orders(*Q4_25, status="refunded"),
        "ci76": lambda: events_at("tp_returned", "2026-01-01", "2026-06-15"),
        "ci77": lambda: events_share("tp_pickup", "e.late_min > 30", *H2_25),
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
