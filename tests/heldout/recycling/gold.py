"""Gold answers for the 绿回收 ReCycle doorstep-recycling held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; rates are per customer
  (cohort = customers with a step-1 event in the period). Later steps may fall after the period end; unless the
  question says they count, the tolerance also covers the reading with later steps cut at the period end, and a
  ranking / "lose the most" answer must be the same under both readings. "Lose the most after a step" = the step
  with most customers who reached it but not the next one;
- per-event rates are the ones the question states: collector no-show rate = tp_collector_noshow / tp_scheduled
  events; customer-not-home rate = tp_customer_noshow / tp_scheduled; booking failure share = tp_booking_fail /
  (tp_booking_fail + tp_book); weight-dispute rate = tp_weight_dispute / tp_payout events; "late" = a tp_pickup with
  minutes_late > 30; upheld share = tp_dispute_adjusted / (tp_dispute_adjusted + tp_dispute_rejected) by the dispute's
  date; a "pickup" = a tp_pickup event (a completed doorstep collection);
- times between steps: booking → pickup and weighing → payout are read per booking (booking_id on every event of
  it), dispute → resolution per payout order (order_id); registration → first booking per customer (first A → first
  B after it); medians / means in the unit the question asks; cohort by A's date; pairs without a B are left out;
- money = orders: "paid out" = order_type payout with status paid (reversed payouts excluded), adjustments
  (top-ups after an upheld dispute) only when asked; cash = payout_type cash; points credited = the points column of
  those payouts; mall redemptions = order_type redemption with status paid; weights: weight_kg / actual_weight_kg
  as weighed (tp_weigh, all grades incl. rejected unless said otherwise);
- customer attributes (household_type / 住户类型, acquisition_channel / 获客渠道, payout_preference / 结算偏好, city)
  from customers; city / 城市, district / 区, category / 品类, collector_id from the event, order or feedback row
  itself; zh questions expect the zh twin value, en questions the en one; "registered customers" = customers with
  a signup_at;
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date; city /
  district of a comment = the feedback row's own columns;
- exact duplicate event rows (same event_id) are loaded once; periods are inclusive calendar dates; weeks run
  Monday–Sunday; relative periods resolve against the item's `as_of` (else 2026-06-30, the last day of the data).
"""
from __future__ import annotations

import calendar
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
                    all_varchar=true)""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    all_varchar=true)""")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    for col, typ in (("ts", "TIMESTAMP"), ("minutes_late", "DOUBLE"), ("actual_weight_kg", "DOUBLE"),
                     ("amount", "DOUBLE"), ("points", "DOUBLE")):
        CON.execute(f"ALTER TABLE events ALTER {col} TYPE {typ} USING CAST(nullif({col}, '') AS {typ})")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    all_varchar=true)""")
    for col, typ in (("ts", "TIMESTAMP"), ("amount", "DOUBLE"), ("points", "DOUBLE"), ("weight_kg", "DOUBLE")):
        CON.execute(f"ALTER TABLE orders ALTER {col} TYPE {typ} USING CAST(nullif({col}, '') AS {typ})")
    CON.execute(f"""CREATE TABLE feedback AS SELECT f.*, t.topic, t.sentiment, t.language FROM read_csv_auto(
                    '{data / 'feedback.csv'}', header=true, all_varchar=true) f
                    JOIN read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}') t USING (feedback_id)""")
    CON.execute("ALTER TABLE feedback ALTER ts TYPE TIMESTAMP USING CAST(nullif(ts, '') AS TIMESTAMP)")
    CON.execute("ALTER TABLE feedback ALTER rating TYPE DOUBLE USING CAST(nullif(rating, '') AS DOUBLE)")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def num(v, rel=0.03, floor=0.01, nd=4):
    v = float(v)
    return dict(value=round(v, nd), tolerance=round(max(floor, abs(v) * rel), nd))


def count(v):
    return dict(value=int(v), tolerance=0.5)


def rate(v, tol=0.01):
    """small rates get a tolerance that still tells them apart from zero."""
    v = float(v)
    if abs(v) < 0.05:
        tol = min(tol, max(0.002, round(abs(v) * 0.2, 4)))
    return dict(value=round(v, 4), tolerance=tol)


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.002), 2))


def top(rows, gap=1.1, lowest=False, absgap=None):
    """rows sorted best first (value in column 1); the winner must be clear."""
    a, b = rows[0][1], rows[1][1]
    if absgap is not None:
        assert abs(a - b) > absgap, rows[:4]
    elif lowest:
        assert b > a * gap, rows[:4]
    else:
        assert a > b * gap, rows[:4]
    return dict(top_entity=str(rows[0][0]))


def esc(v: str) -> str:
    return v.replace("'", "''")


# ---------- funnels ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust=None, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
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


def conv(journey, start, end, explicit=False, **kw):
    c = funnel(journey, start, end, **kw)
    cb = funnel(journey, start, end, bounded=True, **kw)
    r, rb = c[-1] / c[0], cb[-1] / cb[0]
    print("    funnel", c, "bounded", cb)
    return rate(r, 0.01 if explicit else round(max(0.01, abs(r - rb) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        print("    funnel", c, lost)
        assert lost[best] > sorted(lost)[-2] * 1.2, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, min_n=100, gap=0.04):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            c = funnel(journey, start, end, cust=f"{column} = '{esc(v)}'", bounded=bounded)
            if c[0] >= min_n:
                rates[v] = c[-1] / c[0]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        print("   ", {k: round(v, 3) for k, v in rates.items()})
        assert abs(rates[order[0]] - rates[order[1]]) > gap, rates
        tops.add(order[0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


# ---------- per-event rates ----------

def ev_ratio(tp_num, tp_den, start, end, cond="1=1", add_num_to_den=False):
    n, d = q(f"""SELECT count(*) FILTER (WHERE touchpoint_id = '{tp_num}'),
                        count(*) FILTER (WHERE touchpoint_id = '{tp_den}')
                 FROM events e JOIN customers c USING (customer_id) WHERE {_in('e.ts', start, end)} AND ({cond})""")[0]
    print("    ", n, "/", d)
    return rate(n / (d + n if add_num_to_den else d))


def ev_ratio_top(tp_num, tp_den, col, start, end, gap=1.3, min_n=200):
    rows = q(f"""SELECT {col}, count(*) FILTER (WHERE touchpoint_id = '{tp_num}') * 1.0
                        / count(*) FILTER (WHERE touchpoint_id = '{tp_den}') v,
                        count(*) FILTER (WHERE touchpoint_id = '{tp_den}') n
                 FROM events e JOIN customers c USING (customer_id)
                 WHERE {_in('e.ts', start, end)} AND {col} IS NOT NULL GROUP BY 1
                 HAVING n >= {min_n} ORDER BY v DESC""")
    print("   ", [(r[0], round(r[1], 4), r[2]) for r in rows])
    return top(rows, gap)


def month_ratio_top(tp_num, tp_den, start, end, cond, gap=1.3):
    rows = q(f"""SELECT strftime(ts, '%Y-%m') m, count(*) FILTER (WHERE touchpoint_id = '{tp_num}') * 1.0
                        / count(*) FILTER (WHERE touchpoint_id = '{tp_den}') v
                 FROM events e WHERE {_in('ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY v DESC""")
    print("   ", [(r[0], round(r[1], 4)) for r in rows])
    return top(rows, gap)


def late_share_top(start, end, min_n=100, gap=2.0):
    rows = q(f"""SELECT collector_id, avg((minutes_late > 30)::int) v, count(*) n FROM events
                 WHERE touchpoint_id = 'tp_pickup' AND {_in('ts', start, end)} GROUP BY 1 HAVING n >= {min_n}
                 ORDER BY v DESC""")
    print("   ", [(r[0], round(r[1], 4), r[2]) for r in rows[:4]])
    return top(rows, gap)


def late_share(start, end, cond="1=1"):
    v, n = q(f"""SELECT avg((minutes_late > 30)::int), count(*) FROM events e WHERE touchpoint_id = 'tp_pickup'
                 AND {_in('ts', start, end)} AND ({cond})""")[0]
    print("    n", n)
    return rate(v)


def ev_count(tp, start, end, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_sum(col, tp, start, end, cond="1=1"):
    v = one(f"""SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(v, 1), tolerance=round(max(0.5, v * 0.002), 1))


def ev_avg(col, tp, start, end, cond="1=1"):
    v, n = q(f"""SELECT avg({col}), count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond})""")[0]
    print("    n", n)
    return num(v, rel=0.02)


def month_top(tp, start, end, cond="1=1", gap=1.1):
    rows = q(f"""SELECT strftime(ts, '%Y-%m') m, count(*) n FROM events e WHERE touchpoint_id = '{tp}'
                 AND {_in('ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:4])
    return top(rows, gap)


def growth(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    print("    ", x, "->", y)
    return rate((y - x) / x)


def per_customer_events(tp, start, end, ccond="1=1"):
    v, n = q(f"""SELECT count(*) * 1.0 / count(DISTINCT e.customer_id), count(DISTINCT e.customer_id)
                 FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({ccond})""")[0]
    print("    customers", n)
    return num(v, rel=0.02)


def upheld_share(start, end, cond="1=1"):
    v, n = q(f"""WITH d AS (SELECT order_id, min(ts) td, any_value(city) city FROM events
                            WHERE touchpoint_id = 'tp_weight_dispute' GROUP BY 1),
                      r AS (SELECT order_id, max((touchpoint_id = 'tp_dispute_adjusted')::int) up FROM events
                            WHERE touchpoint_id IN ('tp_dispute_adjusted', 'tp_dispute_rejected') GROUP BY 1)
                 SELECT avg(up), count(*) FROM d JOIN r USING (order_id) WHERE {_in('td', start, end)} AND ({cond})""")[0]
    print("    n", n)
    return rate(v)


# ---------- times between steps ----------

def gaps_key(key, tp_a, tp_bs, start, end, cond_b="1=1", unit=3600.0):
    """per booking / order: its first tp_a → its first event in tp_bs after it (matching cond_b); cohort by A's date."""
    bs = ", ".join(f"'{b}'" for b in tp_bs)
    return f"""WITH a AS (SELECT {key}, min(ts) AS ta FROM events WHERE touchpoint_id = '{tp_a}' GROUP BY 1),
               b AS (SELECT a.{key}, min(e.ts) AS tb FROM a JOIN events e ON e.{key} = a.{key}
                     AND e.touchpoint_id IN ({bs}) AND e.ts > a.ta AND ({cond_b}) GROUP BY 1)
               SELECT a.{key}, date_diff('second', a.ta, b.tb) / {unit} AS d FROM a JOIN b USING ({key})
               WHERE {_in('a.ta', start, end)}"""


def gaps_cust(tp_a, tp_b, start, end, cond="1=1", unit=86400.0):
    """per customer: first tp_a → first tp_b after it, cohort by the date of A."""
    return f"""WITH a AS (SELECT e.customer_id, min(e.ts) AS ta FROM events e JOIN customers c USING (customer_id)
                          WHERE e.touchpoint_id = '{tp_a}' AND ({cond}) GROUP BY 1),
               b AS (SELECT a.customer_id, min(e.ts) AS tb FROM a JOIN events e ON e.customer_id = a.customer_id
                     AND e.touchpoint_id = '{tp_b}' AND e.ts > a.ta GROUP BY 1)
               SELECT a.customer_id, date_diff('second', a.ta, b.tb) / {unit} AS d FROM a JOIN b USING (customer_id)
               WHERE {_in('a.ta', start, end)}"""


def gap_stat(sql, agg="median", rel=0.03, floor=0.05):
    v, n = q(f"SELECT {agg}(d), count(*) FROM ({sql})")[0]
    print("    n", n)
    return dict(value=round(v, 2), tolerance=round(max(floor, abs(v) * rel), 2))


def gap_share(sql, threshold):
    v, n = q(f"SELECT avg((d > {threshold})::int), count(*) FROM ({sql})")[0]
    print("    n", n)
    return rate(v)


# ---------- orders ----------

PAID = "o.order_type = 'payout' AND o.status = 'paid'"


def orders_sum(start, end, cond=PAID, col="o.amount"):
    return money(one(f"SELECT sum({col}) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def orders_top(col, start, end, cond=PAID, what="sum(o.amount)", gap=1.1):
    rows = q(f"""SELECT {col}, {what} v FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})
                 GROUP BY 1 ORDER BY v DESC""")
    print("   ", rows[:4])
    return top(rows, gap)


def orders_share(num_cond, start, end, cond=PAID):
    v, n = q(f"""SELECT avg(({num_cond})::int), count(*) FROM orders o WHERE {_in('o.ts', start, end)}
                 AND ({cond})""")[0]
    print("    n", n)
    return rate(v)


def per_customer_orders(start, end, cond=PAID, what="sum(o.amount)"):
    v = one(f"""SELECT {what} / count(DISTINCT customer_id) FROM orders o WHERE ({cond})
                AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(v * 0.01, 2))


# ---------- feedback ----------

NEG = "f.sentiment = 'negative'"


def fb_count(cond, rel=0.0):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * rel, 1)))


def fb_ratio(num_cond, cond):
    v, n = q(f"SELECT avg(({num_cond})::int), count(*) FROM feedback f WHERE {cond}")[0]
    print("    n", n)
    return rate(v)


def fb_avg(col, cond, tol=0.05):
    v, n = q(f"SELECT avg({col}), count(*) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")[0]
    print("    n", n)
    return dict(value=round(v, 3), tolerance=tol)


def fb_top(col, cond, gap=1.2):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                 GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:4])
    return top(rows, gap)


def fb_avg_top(col, cond="1=1", lowest=True, min_n=30, absgap=0.3):
    rows = q(f"""SELECT {col}, avg(rating) v, count(*) n FROM feedback f WHERE rating IS NOT NULL AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v {'ASC' if lowest else 'DESC'}""")
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
    return top(rows, absgap=absgap)


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    print("    ids", len(ids))
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


ALL = ("2025-01-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ON, PU, DI, MA, RP = "onboarding", "pickup", "dispute", "mall", "repeat"
RESOLVED = ("tp_dispute_adjusted", "tp_dispute_rejected")
CASH = "e.payout_type = 'cash'"


def gold() -> dict:
    wuhan_spring = f"f.city = 'Wuhan' AND {_in('f.ts', '2026-03-01', '2026-05-31')}"
    return {
        # ---- funnels
        "rc01": lambda: conv(PU, *quarter(2025, 4), explicit=True),
        "rc02": lambda: conv(PU, *month(2025, 12), explicit=True, cust="c.city = 'Chengdu'"),
        "rc03": lambda: conv(PU, *month(2025, 12), explicit=True, cust="c.city = 'Shanghai'"),
        "rc04": lambda: top_lost(PU, *H1_26),
        "rc05": lambda: top_conv(ON, *Y25, 'c."获客渠道"'),
        "rc06": lambda: conv(ON, *Y25, cust="c.acquisition_channel = 'app'"),
        "rc07": lambda: conv(ON, *Y25, cust="c.acquisition_channel = 'wechat_group'"),
        "rc08": lambda: conv(MA, *quarter(2026, 2)),
        "rc09": lambda: conv(MA, *H2_25),
        "rc10": lambda: top_conv(RP, *Y25, "c.household_type"),
        "rc11": lambda: conv(RP, *H2_25, explicit=True, cust="c.payout_preference = 'points'"),
        "rc12": lambda: conv(RP, *H2_25, explicit=True, cust="c.payout_preference = 'cash'"),
        "rc13": lambda: conv(DI, "2026-03-01", "2026-04-30", explicit=True),
        # ---- per-event rates
        "rc14": lambda: ev_ratio("tp_booking_fail", "tp_book", *month(2025, 9),
                                 "e.channel = 'app' AND e.device = 'android'", add_num_to_den=True),
        "rc15": lambda: ev_ratio("tp_booking_fail", "tp_book", *month(2025, 9),
                                 "e.channel = 'app' AND e.device = 'ios'", add_num_to_den=True),
        "rc16": lambda: ev_ratio_top("tp_collector_noshow", "tp_scheduled", 'e."城市"', *quarter(2025, 4), gap=2.0),
        "rc17": lambda: ev_ratio("tp_collector_noshow", "tp_scheduled", *month(2025, 12), "e.city = 'Chengdu'"),
        "rc18": lambda: month_ratio_top("tp_collector_noshow", "tp_scheduled", "2025-09-01", "2026-03-31",
                                        "e.city = 'Chengdu'"),
        "rc19": lambda: ev_ratio_top("tp_customer_noshow", "tp_scheduled", 'c."住户类型"', *ALL, gap=1.5, min_n=300),
        "rc20": lambda: ev_ratio("tp_weight_dispute", "tp_payout", *month(2026, 4), "e.city = 'Wuhan'"),
        "rc21": lambda: ev_ratio("tp_weight_dispute", "tp_payout", *month(2026, 4), "e.city <> 'Wuhan'"),
        "rc22": lambda: late_share_top(*ALL),
        "rc23": lambda: late_share(*Y25),
        # ---- times between steps
        "rc24": lambda: gap_stat(gaps_key("booking_id", "tp_book", ["tp_pickup"], *Y25, unit=86400.0)),
        "rc25": lambda: gap_stat(gaps_key("booking_id", "tp_weigh", ["tp_payout"], *quarter(2025, 4), CASH)),
        "rc26": lambda: gap_stat(gaps_key("booking_id", "tp_weigh", ["tp_payout"], *quarter(2026, 1), CASH)),
        "rc27": lambda: gap_share(gaps_key("booking_id", "tp_weigh", ["tp_payout"], *quarter(2026, 2), CASH), 48),
        "rc28": lambda: gap_stat(gaps_cust("tp_register", "tp_book", *Y25), agg="avg"),
        "rc29": lambda: gap_stat(gaps_key("order_id", "tp_weight_dispute", RESOLVED, "2026-03-01", "2026-05-31"),
                                 agg="avg"),
        # ---- per customer
        "rc30": lambda: per_customer_orders(*Y25),
        "rc31": lambda: ev_avg("e.actual_weight_kg", "tp_weigh", *Y25, "e.category = 'clothes'"),
        "rc32": lambda: per_customer_events("tp_pickup", *H1_26, "c.household_type = 'elderly'"),
        "rc33": lambda: per_customer_events("tp_pickup", *H1_26, "c.household_type = 'student'"),
        "rc34": lambda: per_customer_orders(*H1_26, "o.order_type = 'redemption' AND o.status = 'paid'",
                                            what="sum(o.points)"),
        # ---- shares
        "rc35": lambda: orders_share("o.payout_type = 'cash'", *Y25),
        "rc36": lambda: rate(one("""SELECT avg((acquisition_channel = 'property_partner')::int) FROM customers
                                    WHERE signup_at IS NOT NULL AND signup_at <> ''""")),
        "rc37": lambda: orders_share("o.category = 'electronics'", *month(2025, 10)),
        "rc38": lambda: orders_share("o.status = 'reversed'", *Y25, "o.order_type = 'payout'"),
        "rc39": lambda: upheld_share(*H1_26, "city = 'Wuhan'"),
        # ---- rankings
        "rc40": lambda: orders_top("o.category", *Y25, gap=1.1),
        "rc41": lambda: month_top("tp_pickup", *Y25, "e.category = 'paper'", gap=1.1),
        "rc42": lambda: fb_avg_top('f."区"', lowest=False, min_n=30, absgap=0.12),
        "rc43": lambda: orders_top("o.item", *quarter(2026, 2), "o.order_type = 'redemption' AND o.status = 'paid'",
                                   what="count(*)", gap=1.3),
        # ---- single values
        "rc46": lambda: orders_sum(*month(2025, 10), f"{PAID} AND o.payout_type = 'cash'"),
        "rc47": lambda: ev_count("tp_pickup", "2025-03-03", "2025-03-09"),
        "rc48": lambda: ev_count("tp_register", *month(2026, 5), distinct=True),
        "rc49": lambda: orders_sum(*Y25, col="o.points"),
        "rc50": lambda: ev_sum("e.actual_weight_kg", "tp_weigh", *quarter(2026, 1)),
        "rc51": lambda: ev_count("tp_weight_dispute", *month(2026, 4), "e.city = 'Wuhan'"),
        "rc52": lambda: orders_sum(*H1_26, "o.order_type = 'adjustment' AND o.status = 'paid'"),
        # ---- comparisons and trends
        "rc54": lambda: growth("tp_pickup", quarter(2025, 2), quarter(2026, 2)),
        "rc55": lambda: growth("tp_pickup", month(2026, 1), month(2026, 2)),
        "rc56": lambda: growth("tp_pickup", month(2025, 10), month(2025, 11), "e.category = 'paper'"),
        "rc58": lambda: ev_count("tp_booking_fail", "2025-09-15", "2025-09-21"),
        # ---- feedback
        "rc59": lambda: fb_top("f.touchpoint_id", NEG, gap=1.25),
        "rc60": lambda: fb_count("f.topic = 'weight_low'", rel=0.05),
        "rc61": lambda: fb_count("f.topic = 'mall_nothing_good'", rel=0.05),
        "rc62": lambda: fb_ratio(NEG, f"f.city = 'Chengdu' AND {_in('f.ts', *quarter(2025, 4))}"),
        "rc63": lambda: fb_avg_top("f.touchpoint_id", lowest=True, min_n=30, absgap=0.3),
        "rc64": lambda: fb_avg("rating", f"f.channel = 'survey' AND {_in('f.ts', *H2_25)}"),
        "rc65": lambda: fb_count("f.ts IS NULL"),
        "rc66": lambda: fb_count(f"f.topic = 'app_booking_bug' AND {_in('f.ts', *month(2025, 9))}", rel=0.05),
        "rc67": lambda: fb_count(f"f.topic = 'payout_slow' AND {_in('f.ts', *quarter(2026, 1))}", rel=0.05),
        # ---- why-questions with quotes
        "rc72": lambda: fb_ids(f"f.topic = 'collector_noshow' AND f.city = 'Chengdu' "
                               f"AND {_in('f.ts', '2025-11-15', '2026-01-31')}"),
        "rc73": lambda: fb_ids(f"f.topic IN ('weight_low', 'dispute_rejected') AND {wuhan_spring}"),
        "rc74": lambda: fb_ids(f"f.topic = 'payout_slow' AND {_in('f.ts', *H1_26)}"),
        "rc75": lambda: fb_ids(f"f.topic = 'app_booking_bug' AND {_in('f.ts', *month(2025, 9))}"),
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
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:90], shown)
    print("status-only ok items:", missing)
    langs = [it["lang"] for it in items]
    print(f"{len(items)} items: zh {langs.count('zh')}, en {langs.count('en')};",
          {s: sum(1 for it in items if it['expect'].get('status') == s) for s in ("ok", "unsupported", "clarify")},
          "follow-ups", sum(1 for it in items if "follow_up_of" in it),
          "as_of", sum(1 for it in items if "as_of" in it))
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
