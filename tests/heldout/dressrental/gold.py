"""Gold answers for the 纱愿 VeilRent dress-rental held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days (30 for inquiry_to_reserve) from their first step-1 event in the period;
  rates are per customer. Computed twice, with later steps allowed after the period end and with every step inside
  the period; the tolerance covers both readings (unless the question states the window, then later steps may fall
  after the period). A conversion between two inner steps (fitting → reserve) = customers reaching the later step /
  customers reaching the earlier one, in the cohort of step 1 (first inquiry) in the period; a question whose cohort
  could be read as starting at the inner step is also computed that way and the tolerance covers both.
  Device-filtered funnels use only that device's events (wedding-fair inquiries carry no device). "Drop-off rate" of
  a step = customers who reached it but not the next step / customers who reached it;
- "fitting → reservation rate per fitting" = share of tp_fitting events followed by a tp_reserve event of the same
  customer within 30 days; weekend = Saturday or Sunday of the fitting;
- no-show rate = booking events (fitting appointments) with appointment_result `no_show` / those with `attended` or
  `no_show` (`scheduled` = still in the future at the data end, left out), dated by the booking ts; the tolerance
  also covers dating by appointment_at;
- a rental = an order row with order_type `rental_fee`; paid reservations = status `paid` (status `refunded` = paid,
  then cancelled before pickup, refunded_at set). Every later event of a rental (alteration, pickup, return, deposit
  refund, review) carries its order_id;
- times between steps are per rental (order_id): the rental's first A event → its first B event after it, grouped by
  the event's store; medians / means over rentals that reached B; dated by A unless the question dates by B;
- late-return rate = share of tp_return events with return_status `late`; damage rate = share of tp_return events with
  damage_level other than `none`; alteration late share = share of tp_alteration events with alteration_status `late`
  (finished after promised_date); all dated by the event ts;
- money = orders with status `paid` by the order's ts: rental-fee revenue = paid `rental_fee` rows; "revenue" / 总收入
  = paid rental_fee + alteration_fee + late_fee + damage_fee rows (late and damage fees are deducted from deposits,
  payment_method deposit_deduction). Deposits (`deposit` rows: `held`, or `refunded` with refunded_at and
  refund_amount = deposit minus late and damage fees) are never revenue; counts of paid reservations tolerate also
  counting the ones paid then cancelled (status refunded) unless the question leaves those out; rankings must agree;
- customer attributes (customer_type / 客户类型, city / 城市, budget_tier / 预算档, acquisition_channel / 获客渠道) from
  customers; store / 门店 and dress_line / 系列 from the event / order row; zh questions expect the zh twin value, en
  questions the en one; "paying customer" = a customer with a paid order of the kind asked about in the period;
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date;
- exact duplicate event rows (same event_id) are loaded once; periods are inclusive calendar dates; weeks run
  Monday–Sunday; relative periods resolve against the item's `as_of` (else 2026-07-31, the last day of the data).
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
                    types={{'signup_at': 'TIMESTAMP', 'event_date': 'DATE'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    all_varchar=true)""")
    for col, typ in (("ts", "TIMESTAMP"), ("appointment_at", "TIMESTAMP"), ("dresses_tried", "INTEGER"),
                     ("days_late", "INTEGER"), ("late_fee", "DOUBLE"), ("damage_fee", "DOUBLE"),
                     ("refund_amount", "DOUBLE"), ("event_date", "DATE")):
        CON.execute(f"ALTER TABLE events ALTER {col} TYPE {typ} USING CAST({col} AS {typ})")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'refunded_at': 'TIMESTAMP',
                            'refund_amount': 'DOUBLE', 'event_date': 'DATE'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT f.*, t.topic, t.sentiment, t.language FROM read_csv_auto(
                    '{data / 'feedback.csv'}', header=true, types={{'ts': 'TIMESTAMP', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE'}}) f JOIN read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}') t
                    USING (feedback_id)""")


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
    return dict(value=round(float(v), 4), tolerance=tol)


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.002), 2))


def top(rows, gap=1.1, lowest=False):
    """rows sorted best first (value in column 1)."""
    print("   ", [(r[0], round(float(r[1]), 3)) for r in rows[:6]])
    a, b = float(rows[0][1]), float(rows[1][1])
    if lowest:
        assert b > a * gap or b - a > 0.04, rows[:4]
    else:
        assert a > b * gap, rows[:4]
    return dict(top_entity=str(rows[0][0]))


# ---------- funnels ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust=None, evcond=None, bounded=False, first=0):
    """counts of customers reaching each step; first = index of the step that starts the cohort."""
    steps, window = _steps(journey)
    steps = steps[first:]
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
    if evcond:
        ev += f" AND ({evcond})"
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


def conv(journey, start, end, a=1, b=None, both=True, inner=False, **kw):
    vals = []
    for bounded in ((False, True) if both else (False,)):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        vals.append(c[(b or len(c)) - 1] / c[a - 1])
        if inner:
            c2 = funnel(journey, start, end, bounded=bounded, first=a - 1, **kw)
            vals.append(c2[(b or len(c)) - a] / c2[0])
        print("    counts", c)
    print("    readings", [round(v, 4) for v in vals])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, max(abs(vals[0] - v) for v in vals) + 0.005), 4))


def top_dropoff(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        rates = [(c[i] - c[i + 1]) / c[i] for i in range(len(c) - 1)]
        order = sorted(range(len(rates)), key=lambda i: -rates[i])
        print("   ", c, [round(x, 3) for x in rates])
        assert rates[order[0]] - rates[order[1]] > 0.04
        tops.add(steps[order[0]])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, a=1, b=None, lowest=False, min_n=100, gap=0.04, only=None):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    res = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            if only and v not in only:
                continue
            vv = v.replace("'", "''")
            c = funnel(journey, start, end, cust=f"{column} = '{vv}'", bounded=bounded)
            if c[a - 1] >= min_n:
                rates[v] = c[(b or len(c)) - 1] / c[a - 1]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        print("   ", {k: round(v, 3) for k, v in rates.items()})
        assert abs(rates[order[0]] - rates[order[1]]) > gap, rates
        res.add(order[0])
    assert len(res) == 1, res
    return dict(top_entity=res.pop())


FIT_RES = """(EXISTS (SELECT 1 FROM events x WHERE x.customer_id = e.customer_id AND x.touchpoint_id = 'tp_reserve'
              AND x.ts > e.ts AND x.ts <= e.ts + INTERVAL 30 DAY))::int"""
WEEKEND = "dayofweek(e.ts) IN (0, 6)"


def fit_res(cond="1=1", start="2025-01-01", end="2026-07-31"):
    return rate(one(f"""SELECT avg({FIT_RES}) FROM events e WHERE e.touchpoint_id = 'tp_fitting'
                        AND {_in('e.ts', start, end)} AND ({cond})"""))


def fit_res_top(col, lowest=True, min_n=200, gap=1.15):
    return top(q(f"""SELECT {col}, avg({FIT_RES}) v FROM events e WHERE e.touchpoint_id = 'tp_fitting'
                     GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v {'ASC' if lowest else 'DESC'}"""), gap,
               lowest=lowest)


# ---------- no-shows ----------

def no_show(start, end, cond="1=1"):
    vals = []
    for col in ("e.ts", "e.appointment_at"):
        vals.append(one(f"""SELECT avg((e.appointment_result = 'no_show')::int) FROM events e JOIN customers c
                            USING (customer_id) WHERE e.touchpoint_id = 'tp_booking'
                            AND e.appointment_result IN ('attended', 'no_show') AND {_in(col, start, end)}
                            AND ({cond})"""))
    print("    readings", vals)
    return rate(vals[0], round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def no_show_top(col, min_n=100, gap=1.3):
    return top(q(f"""SELECT {col}, avg((e.appointment_result = 'no_show')::int) v FROM events e JOIN customers c
                     USING (customer_id) WHERE e.touchpoint_id = 'tp_booking'
                     AND e.appointment_result IN ('attended', 'no_show') GROUP BY 1 HAVING count(*) >= {min_n}
                     ORDER BY v DESC"""), gap)


# ---------- times between steps (per rental order) ----------

def order_gaps(tp_a, tp_b):
    return f"""WITH a AS (SELECT order_id, min(ts) AS ta, any_value(store) AS store, any_value("门店") AS "门店",
                              any_value(dress_line) AS dress_line, any_value(customer_id) AS customer_id
                       FROM events WHERE touchpoint_id = '{tp_a}' AND order_id IS NOT NULL GROUP BY 1),
               b AS (SELECT a.order_id, min(e.ts) AS tb FROM a JOIN events e
                     ON e.order_id = a.order_id AND e.touchpoint_id = '{tp_b}' AND e.ts > a.ta GROUP BY 1)
               SELECT a.*, b.tb, date_diff('second', a.ta, b.tb) / 86400.0 AS d
               FROM a JOIN b USING (order_id)"""


def gap_value(tp_a, tp_b, start=None, end=None, cond="1=1", agg="median", by="a", rel=0.03):
    col = "ta" if by == "a" else "tb"
    per = _in(col, start, end) if start else "1=1"
    v = one(f"SELECT {agg}(d) FROM ({order_gaps(tp_a, tp_b)}) g WHERE {per} AND ({cond})")
    n = one(f"SELECT count(*) FROM ({order_gaps(tp_a, tp_b)}) g WHERE {per} AND ({cond})")
    print(f"    n={n}")
    return num(v, rel=rel, floor=0.1, nd=2)


def gap_share(tp_a, tp_b, days, start, end, by="a", cond="1=1"):
    col = "ta" if by == "a" else "tb"
    return rate(one(f"""SELECT avg((d > {days})::int) FROM ({order_gaps(tp_a, tp_b)}) g
                        WHERE {_in(col, start, end)} AND ({cond})"""))


def gap_top(tp_a, tp_b, col, min_n=50, gap=1.3):
    tops = set()
    for agg in ("median", "avg"):
        rows = q(f"""SELECT {col}, {agg}(d) v FROM ({order_gaps(tp_a, tp_b)}) g GROUP BY 1
                     HAVING count(*) >= {min_n} ORDER BY v DESC""")
        top(rows, gap)
        tops.add(str(rows[0][0]))
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def lead_days(start, end, cond="1=1"):
    v = one(f"""SELECT median(date_diff('day', o.ts::DATE, o.event_date)) FROM orders o JOIN customers c
                USING (customer_id) WHERE o.order_type = 'rental_fee' AND o.status IN ('paid', 'refunded')
                AND {_in('o.ts', start, end)} AND ({cond})""")
    w = one(f"""SELECT median(date_diff('second', o.ts, o.event_date::TIMESTAMP) / 86400.0) FROM orders o
                JOIN customers c USING (customer_id) WHERE o.order_type = 'rental_fee' AND o.status = 'paid'
                AND {_in('o.ts', start, end)} AND ({cond})""")
    print(f"    {v} / {w}")
    return dict(value=round(float(v), 1), tolerance=round(max(1.0, abs(v - w) + 0.5, v * 0.03), 1))


# ---------- events ----------

def ev_count(tp, start, end, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_share(tp, num_cond, start, end, cond="1=1"):
    n = one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    print(f"    n={n}")
    return rate(one(f"""SELECT avg(({num_cond})::int) FROM events e JOIN customers c USING (customer_id)
                        WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_avg(tp, col, start, end, cond="1=1"):
    return num(one(f"""SELECT avg({col}) FROM events e JOIN customers c USING (customer_id)
                       WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""),
               rel=0.01, floor=0.05, nd=2)


def ev_rate_top(tp, col, num_cond, start="2025-01-01", end="2026-07-31", min_n=50, gap=1.3):
    return top(q(f"""SELECT {col}, avg(({num_cond})::int) v FROM events e JOIN customers c USING (customer_id)
                     WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1
                     HAVING count(*) >= {min_n} ORDER BY v DESC"""), gap)


def ev_month_top(tp, start, end, cond="1=1", gap=1.1):
    return top(q(f"""SELECT strftime(e.ts, '%Y-%m') m, count(*) n FROM events e JOIN customers c USING (customer_id)
                     WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})
                     GROUP BY 1 ORDER BY n DESC"""), gap)


def busiest_week(tp, start, end):
    rows = q(f"""SELECT date_trunc('week', e.ts) w, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:3])
    assert rows[0][1] > rows[1][1]
    assert start <= str(rows[0][0])[:10], rows[:3]                  # a full week inside the period
    return count(rows[0][1])


def reviewed_share(start, end):
    return rate(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events x WHERE x.order_id = e.order_id
                                   AND x.touchpoint_id = 'tp_review'))::int)
                        FROM events e WHERE e.touchpoint_id = 'tp_return' AND {_in('e.ts', start, end)}"""))


# ---------- orders / customers ----------

RENTAL = "o.status = 'paid' AND o.order_type = 'rental_fee'"
RENTAL_ANY = "o.status IN ('paid', 'refunded') AND o.order_type = 'rental_fee'"
REVENUE = "o.status = 'paid' AND o.order_type IN ('rental_fee', 'alteration_fee', 'late_fee', 'damage_fee')"
FEES = "o.status = 'paid' AND o.order_type IN ('late_fee', 'damage_fee')"


def orders_sum(start, end, cond=RENTAL, col="o.ts", what="o.amount"):
    return money(one(f"SELECT sum({what}) FROM orders o WHERE {_in(col, start, end)} AND ({cond})"))


def orders_top(col, start, end, cond, gap=1.1, measure="sum(o.amount)"):
    res = top(q(f"""SELECT {col}, {measure} v FROM orders o JOIN customers c USING (customer_id)
                    WHERE {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY v DESC"""), gap)
    if RENTAL in cond and measure == "count(*)":
        alt = cond.replace(RENTAL, RENTAL_ANY)
        assert res == top(q(f"""SELECT {col}, {measure} v FROM orders o JOIN customers c USING (customer_id)
                    WHERE {_in('o.ts', start, end)} AND ({alt}) GROUP BY 1 ORDER BY v DESC"""), gap)
    return res


def month_top(start, end, cond=RENTAL, gap=1.05):
    tops = set()
    for cc in (cond, cond.replace(RENTAL, RENTAL_ANY)):
        tops.add(top(q(f"""SELECT strftime(o.ts, '%Y-%m') m, count(*) n FROM orders o
                           WHERE {_in('o.ts', start, end)} AND ({cc}) GROUP BY 1 ORDER BY n DESC"""), gap)["top_entity"])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def orders_share(num_cond, start, end, cond):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def growth(cond, a, b, measure="count(*)", alt=True):
    vals = []
    for cc in ((cond, RENTAL_ANY) if alt and measure == "count(*)" and cond == RENTAL else (cond,)):
        x = one(f"SELECT {measure} FROM orders o WHERE ({cc}) AND {_in('o.ts', *a)}")
        y = one(f"SELECT {measure} FROM orders o WHERE ({cc}) AND {_in('o.ts', *b)}")
        print(f"    {x} -> {y}")
        vals.append((y - x) / x)
    return rate(vals[0], round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def per_buyer(start, end, cond=RENTAL, who="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o JOIN customers c
                USING (customer_id) WHERE ({cond}) AND {_in('o.ts', start, end)} AND ({who})""")
    return dict(value=round(v, 2), tolerance=round(v * 0.01, 2))


def customers_share(num_cond, cond="1=1"):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM customers c WHERE {cond}"))


def signups(start, end):
    return count(one(f"SELECT count(*) FROM customers c WHERE {_in('c.signup_at', start, end)}"))


# ---------- feedback ----------

NEG = "f.sentiment = 'negative'"


def fb_count(cond, rel=0.0):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * rel, 1)))


def fb_ratio(num_cond, cond):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM feedback f WHERE {cond}"))


def fb_avg(col, cond, tol=0.05):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_top(col, cond, gap=1.15):
    return top(q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                     GROUP BY 1 ORDER BY n DESC"""), gap)


def fb_avg_top(col, cond="1=1", lowest=True, min_n=30, gap=0.3):
    rows = q(f"""SELECT {col}, avg(rating) v FROM feedback f WHERE rating IS NOT NULL AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v {'ASC' if lowest else 'DESC'}""")
    print("   ", [(r[0], round(r[1], 3)) for r in rows])
    assert abs(rows[0][1] - rows[1][1]) > gap, rows
    return dict(top_entity=rows[0][0])


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


ALL = ("2025-01-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Y26 = ("2026-01-01", "2026-07-31")
SEP_OCT = ("2025-09-01", "2025-10-31")
JA = "e.store = 'Shanghai Jing''an'"
XH = "e.store = 'Shanghai Xuhui'"
HB = "f.store = 'Hangzhou Hubin'"


def gold() -> dict:
    return {
        # ---- funnels
        "dr01": lambda: conv("inquiry_to_reserve", *Y25),
        "dr02": lambda: top_dropoff("inquiry_to_reserve", *quarter(2025, 3)),
        "dr03": lambda: conv("inquiry_to_reserve", *H1_26, a=3, b=4, both=False, inner=True),
        "dr04": lambda: conv("inquiry_to_reserve", *H2_25, a=3, b=4, both=False, inner=True),
        "dr05": lambda: top_conv("inquiry_to_reserve", *ALL, "c.acquisition_channel"),
        "dr06": lambda: conv("inquiry_to_reserve", *Y25, a=2, b=3, both=False, inner=True,
                             cust="c.acquisition_channel = 'xiaohongshu'"),
        "dr07": lambda: conv("inquiry_to_reserve", *month(2026, 3), a=1, b=2, both=False,
                             evcond="e.device = 'android'"),
        "dr08": lambda: conv("inquiry_to_reserve", *month(2026, 3), a=1, b=2, both=False, evcond="e.device = 'ios'"),
        "dr09": lambda: fit_res(f"{XH} AND {WEEKEND}"),
        "dr10": lambda: fit_res(f"{XH} AND NOT {WEEKEND}"),
        "dr40": lambda: fit_res_top('e."门店"'),
        "dr54": lambda: top_conv("inquiry_to_reserve", *Y25, "c.acquisition_channel", a=3, b=4, min_n=50,
                                 only=("photographer_referral", "xiaohongshu"), gap=0.1),
        # ---- no-shows
        "dr11": lambda: no_show(*Y25),
        "dr12": lambda: no_show_top('c."获客渠道"'),
        # ---- times between steps
        "dr13": lambda: gap_value("tp_return", "tp_deposit_refund", *H2_25),
        "dr14": lambda: gap_top("tp_return", "tp_deposit_refund", "store"),
        "dr15": lambda: gap_value("tp_return", "tp_deposit_refund", *Y26, cond="store = 'Hangzhou Hubin'", agg="avg"),
        "dr16": lambda: gap_value("tp_return", "tp_deposit_refund", *Y25, cond="store = 'Hangzhou Hubin'", agg="avg"),
        "dr17": lambda: gap_share("tp_return", "tp_deposit_refund", 7, *quarter(2026, 2), by="b"),
        "dr18": lambda: lead_days(*Y25, cond="c.customer_type = 'bride'"),
        "dr19": lambda: gap_value("tp_reserve", "tp_alteration", *Y25),
        "dr20": lambda: ev_share("tp_alteration", "e.alteration_status = 'late'", *SEP_OCT, JA),
        "dr21": lambda: ev_share("tp_alteration", "e.alteration_status = 'late'", *SEP_OCT, f"NOT {JA}"),
        # ---- per customer / averages
        "dr22": lambda: per_buyer(*Y25),
        "dr23": lambda: per_buyer(*H1_26, cond=REVENUE),
        "dr24": lambda: ev_avg("tp_fitting", "e.dresses_tried", *Y25, "c.customer_type = 'bride'"),
        # ---- shares
        "dr26": lambda: ev_share("tp_return", "e.return_status = 'late'", *Y25),
        "dr27": lambda: ev_share("tp_return", "e.return_status = 'late'", *Y25, "c.customer_type = 'evening_event'"),
        "dr28": lambda: ev_share("tp_return", "e.return_status = 'late'", *Y25, "c.customer_type = 'bride'"),
        "dr29": lambda: ev_share("tp_return", "e.damage_level <> 'none'", *ALL, "e.dress_line = 'princess_ballgown'"),
        "dr30": lambda: customers_share("c.budget_tier = 'over_8k'", "c.customer_type = 'bride'"),
        "dr31": lambda: orders_share("o.status = 'refunded'", *H1_26, RENTAL_ANY),
        "dr32": lambda: reviewed_share(*Y25),
        # ---- rankings
        "dr34": lambda: ev_rate_top("tp_return", 'e."系列"', "e.damage_level <> 'none'", min_n=50, gap=1.8),
        "dr35": lambda: orders_top("o.store", *Y25, RENTAL, gap=1.3),
        "dr36": lambda: orders_top('c."城市"', *Y25, RENTAL, measure="count(*)", gap=1.5),
        "dr37": lambda: ev_month_top("tp_pickup", *Y25, "c.customer_type = 'bride'", gap=1.2),
        "dr38": lambda: ev_rate_top("tp_return", "c.customer_type", "e.return_status = 'late'", min_n=50, gap=1.5),
        "dr39": lambda: orders_top("o.dress_line", *Y25, "o.status = 'paid' AND o.order_type = 'damage_fee'", gap=1.5),
        "dr42": lambda: ev_month_top("tp_pickup", *Y25, "e.dress_line = 'bridesmaid'", gap=1.3),
        # ---- single values
        "dr43": lambda: orders_sum(*month(2025, 10)),
        "dr44": lambda: orders_sum(*month(2025, 11)),
        "dr45": lambda: ev_count("tp_fitting", "2025-03-03", "2025-03-09"),
        "dr46": lambda: signups(*month(2026, 6)),
        "dr47": lambda: orders_sum(*month(2026, 5), cond="o.order_type = 'deposit' AND o.status = 'refunded'",
                                   col="o.refunded_at", what="o.refund_amount"),
        "dr48": lambda: orders_sum(*month(2026, 6), cond=FEES),
        "dr49": lambda: ev_count("tp_booking", *quarter(2026, 1)),
        "dr50": lambda: orders_sum("2026-01-01", "2026-01-20", cond=REVENUE),
        "dr51": lambda: ev_count("tp_referral", *H1_26, distinct=True),
        # ---- comparisons and trends
        "dr52": lambda: growth(RENTAL, quarter(2025, 2), quarter(2026, 2), alt=False),
        "dr53": lambda: growth(RENTAL, H1_25, H2_25, measure="sum(o.amount)"),
        "dr55": lambda: busiest_week("tp_pickup", *H2_25),
        "dr56": lambda: month_top(*ALL, cond=f"{RENTAL} AND o.dress_line = 'evening_gown'", gap=1.3),
        # ---- feedback
        "dr57": lambda: fb_top("f.touchpoint_id", f"{NEG} AND {_in('f.ts', *H1_26)}", gap=1.5),
        "dr58": lambda: fb_count("f.topic = 'deposit_refund_slow'", rel=0.05),
        "dr59": lambda: fb_count(f"f.topic = 'deposit_refund_slow' AND {HB}", rel=0.05),
        "dr60": lambda: fb_count("f.topic = 'alteration_late' AND year(f.ts) = 2025", rel=0.05),
        "dr61": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "dr62": lambda: fb_avg("rating", "f.touchpoint_id = 'tp_deposit_refund'"),
        "dr63": lambda: fb_avg_top("f.touchpoint_id", "f.touchpoint_id IN ('tp_fitting', 'tp_pickup', 'tp_return')",
                                   min_n=30, gap=0.3),
        "dr64": lambda: fb_ratio(NEG, HB),
        "dr65": lambda: fb_ratio(NEG, "f.store = 'Nanjing Xinjiekou'"),
        "dr66": lambda: fb_count("f.ts IS NULL"),
        "dr67": lambda: fb_avg("nps", f"f.channel = 'review' AND {_in('f.ts', *Y25)}", tol=0.1),
        "dr68": lambda: (fb_top("f.topic", f"{NEG} AND f.channel = 'fitting_survey'", gap=1.5)
                         and fb_ids("f.topic = 'fitting_crowded' AND f.channel = 'fitting_survey'")),
        # ---- why-questions with quotes
        "dr69": lambda: fb_ids(f"{NEG} AND {HB} AND f.ts >= DATE '2026-01-01'"),
        "dr70": lambda: fb_ids("f.topic = 'booking_app_bug'"),
        "dr71": lambda: fb_ids("f.topic = 'alteration_late' AND f.store = 'Shanghai Jing''an' "
                               "AND f.ts >= DATE '2025-09-01' AND f.ts < DATE '2025-12-01'"),
        "dr72": lambda: fb_ids("f.topic = 'fitting_crowded' AND f.store = 'Shanghai Xuhui'"),
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
        print(it["id"], it["question"][:90])
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print("   ->", shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
