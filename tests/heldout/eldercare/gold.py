"""Gold answers for the 颐康养老 YiKang Elder Care held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- a customer = one row of customers (one senior; the family is the contact). "Families" asking about a place are
  residential customers (service_line = residential); "residents" are customers with a tp_move_in event; home-care
  customers are service_line = home_care. Counts are per customer_id unless the question counts events ("人次",
  "visits", "falls", "bills");
- exact duplicate event rows are loaded once (SELECT DISTINCT); periods are inclusive calendar dates; relative periods
  resolve against the item's as_of ("last month" with as_of 2026-06-10 = 2026-05-01 .. 2026-05-31; "去年下半年" with
  as_of 2026-03-10 = 2025-07-01 .. 2025-12-31; "这个月到目前为止" = first of the month .. as_of);
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window (admission 60 d, home_care 7 d) from the customer's first step-1 event in the period;
  rates are per customer; the tolerance covers both readings (later steps allowed after the period end, or not).
  "After which step do we lose the most" = the step with the largest count reached minus count reaching the next;
- per-customer step rates without a window ("of families who did a trial stay in 2025, the share that signed"):
  customers whose first A event falls in the period and who have a B event after it at any time;
- time between steps = per customer, first B ts - first A ts, over customers having both with B after A, in days;
  the period is on B ("moved in during 2025") unless the question puts it on A;
- homes are stored as twins on customers: `院区` (静安颐康苑 …) and `facility` (Jingan Home …); zh rankings are
  gold-named by `院区`, en ones by `facility`. Care level twins `care_level` / `评估等级`, payer twins `payer_type` /
  `付费方式`, home-care service twins `service_type` / `服务项目` (orders) — zh items by the zh twin, en by the en one
  (service_type is English only on events). Events, orders and feedback carry no home: join customers;
- money = orders with status `paid` (overdue bills, refunded deposits, cancelled home-care visits are no revenue), by
  order ts; order types as the question names them, all types when it says so. Overdue share = overdue / all monthly
  fee bills of the period. Outstanding = sum of overdue monthly-fee amounts;
- average monthly bill of a care level = avg amount of paid monthly_fee orders of residents of that care level;
- per-customer averages: completed home-care visits (tp_hc_completed) / home-care customers with at least one in the
  period; family visits per resident-month = tp_family_visit events / (customer, calendar month) pairs with a
  monthly_fee bill (paid or overdue) in the period;
- weekly questions use Monday..Sunday weeks and ask for the busiest week's count; a home-care booking "never got a
  caregiver visit" when no tp_hc_visit event shares its session_id (the booking id);
- lateness = late_minutes on tp_hc_visit, "more than 15 minutes" = late_minutes > 15, shares over visit rows; a
  city = customers.region;
- falls = tp_incident with incident_type 'fall'; night = 22:00-05:59 local; fall rate of a home = falls in the period
  / residents of that home with a monthly bill in the period (also checked per resident-month);
- acquisition-channel conversion = residential customers of the channel with a tp_move_in / residential customers of
  the channel, channels with >= 100 customers;
- feedback: "all data" includes rows without ts; negative = sentiment_label 'neg' over dated rows of the period;
  monthly family survey = channel 'survey'; home-care ratings = channel 'service_rating'; topic counts by text
  markers with a 5 % tolerance; NPS promoters = nps >= 9 over survey rows with an nps; average rating by step =
  avg(rating) per feedback touchpoint_id over rated rows, touchpoints with >= 30 rated rows;
- % change = (this period / previous period) - 1, as a fraction.
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
    for t in ("touchpoints", "journeys", "customers"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'billing_month': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'rating': 'DOUBLE', 'nps': 'INTEGER'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, types={{'late_minutes': 'INTEGER', 'visit_minutes': 'INTEGER'}})""")
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


def _rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def _count(v):
    return dict(value=int(v), tolerance=0.5)


def _money(v, rel=0.002):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * rel), 2))


def _days(v):
    return dict(value=round(float(v), 3), tolerance=round(max(0.1, float(v) * 0.02), 3))


def _top(rows, margin, lowest=False, ratio=False):
    """rows sorted best first; assert a clear winner (difference > margin, or ratio > margin)."""
    a, b = rows[0][1], rows[1][1]
    if ratio:
        ok = (b > a * margin) if lowest else (a > b * margin)
    else:
        ok = abs(a - b) > margin
    assert ok, rows[:4]
    return dict(top_entity=rows[0][0])


# ---------- funnels ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cust="1=1"):
    steps, window = _steps(journey)
    ev = f"""SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id)
             WHERE ({cust})"""
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM fev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, upto=None, cust="1=1"):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cust=cust)
        last = c[-1] if upto is None else c[upto - 1]
        vals.append(last / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.2, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per-customer step rates and times ----------

def _pair(a_tp, b_tp):
    return f"""a AS (SELECT customer_id, min(ts) ta FROM events WHERE touchpoint_id = '{a_tp}' GROUP BY 1),
               b AS (SELECT customer_id, min(ts) tb FROM events WHERE touchpoint_id = '{b_tp}' GROUP BY 1)"""


def step_rate(a_tp, b_tp, start, end, cond="1=1"):
    v = one(f"""WITH {_pair(a_tp, b_tp)}
                SELECT avg((b.tb IS NOT NULL AND b.tb > a.ta)::int) FROM a LEFT JOIN b USING (customer_id)
                JOIN customers c USING (customer_id) WHERE {_in('a.ta', start, end)} AND ({cond})""")
    return _rate(v)


def rank_step_rate(a_tp, b_tp, by, start, end, lowest=False, margin=0.1, min_n=1):
    rows = q(f"""WITH {_pair(a_tp, b_tp)}
                 SELECT {by}, avg((b.tb IS NOT NULL AND b.tb > a.ta)::int) r, count(*) n
                 FROM a LEFT JOIN b USING (customer_id) JOIN customers c USING (customer_id)
                 WHERE {_in('a.ta', start, end)} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    return _top(rows, margin)


def step_time(a_tp, b_tp, start, end, by="b", agg="avg", cond="1=1"):
    v = one(f"""WITH {_pair(a_tp, b_tp)}
                SELECT {agg}(epoch(tb - ta) / 86400.0) FROM a JOIN b USING (customer_id)
                JOIN customers c USING (customer_id)
                WHERE tb > ta AND {_in('t' + by, start, end)} AND ({cond})""")
    return _days(v)


def step_time_share(a_tp, b_tp, start, end, days, by="b"):
    v = one(f"""WITH {_pair(a_tp, b_tp)}
                SELECT avg((epoch(tb - ta) / 86400.0 > {days})::int) FROM a JOIN b USING (customer_id)
                WHERE tb > ta AND {_in('t' + by, start, end)}""")
    return _rate(v)


def top_wait_level(col, margin=3.0):
    rows = q(f"""WITH {_pair('tp_assessment', 'tp_move_in')}
                 SELECT c.{col}, median(epoch(tb - ta) / 86400.0) m FROM a JOIN b USING (customer_id)
                 JOIN customers c USING (customer_id) WHERE tb > ta GROUP BY 1 ORDER BY m DESC""")
    return _top(rows, margin)


def channel_conversion(min_n=100, margin=0.05):
    rows = q(f"""SELECT acquisition_channel,
                        avg((customer_id IN (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_move_in'))::int) r
                 FROM customers WHERE service_line = 'residential' GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r DESC""")
    return _top(rows, margin)


# ---------- events ----------

def events_count(tp, start, end, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return _count(one(f"""SELECT {what} FROM events e JOIN customers c USING (customer_id)
                          WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def events_change(tp, cur, prev, cond="1=1"):
    a = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', *cur)} AND ({cond})")
    b = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', *prev)} AND ({cond})")
    return _rate(a / b - 1)


def peak_month(tp, start, end, cond="1=1"):
    rows = q(f"""SELECT strftime(e.ts, '%Y-%m') m, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.05, rows[:3]
    return _count(rows[0][1])


def peak_week(start, end, cond, margin=1.1):
    """weeks Monday..Sunday; the busiest week's count"""
    rows = q(f"""SELECT date_trunc('week', e.ts) w, count(*) n FROM events e WHERE {_in('e.ts', start, end)}
                 AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return _count(rows[0][1])


NO_VISIT = """e.touchpoint_id = 'tp_hc_booking' AND NOT EXISTS (SELECT 1 FROM events v WHERE v.session_id = e.session_id
              AND v.touchpoint_id = 'tp_hc_visit')"""


def late_share(start, end, cond="1=1"):
    return _rate(one(f"""SELECT avg((e.late_minutes > 15)::int) FROM events e JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id = 'tp_hc_visit' AND {_in('e.ts', start, end)} AND ({cond})"""))


FALL = "e.touchpoint_id = 'tp_incident' AND e.incident_type = 'fall'"
NIGHT = "(hour(e.ts) >= 22 OR hour(e.ts) < 6)"


def night_fall_share(cond):
    return _rate(one(f"""SELECT avg(({NIGHT})::int) FROM events e JOIN customers c USING (customer_id)
                         WHERE {FALL} AND ({cond})"""))


def top_fall_rate(col, start, end, margin=2.0):
    res = []
    for denom in ("count(DISTINCT o.customer_id)", "count(DISTINCT (o.customer_id, o.billing_month))"):
        rows = q(f"""WITH f AS (SELECT c.{col} h, count(*) n FROM events e JOIN customers c USING (customer_id)
                                WHERE {FALL} AND {_in('e.ts', start, end)} GROUP BY 1),
                          r AS (SELECT c.{col} h, {denom} d FROM orders o JOIN customers c USING (customer_id)
                                WHERE o.order_type = 'monthly_fee' AND {_in('o.ts', start, end)} GROUP BY 1)
                     SELECT r.h, coalesce(f.n, 0) / r.d x FROM r LEFT JOIN f USING (h) ORDER BY x DESC""")
        res.append(_top(rows, margin, ratio=True)["top_entity"])
    assert res[0] == res[1], res
    return dict(top_entity=res[0])


def visits_per_resident_month(start, end):
    v = one(f"""SELECT (SELECT count(*) FROM events e WHERE e.touchpoint_id = 'tp_family_visit' AND {_in('e.ts', start, end)})
                / (SELECT count(DISTINCT (o.customer_id, o.billing_month)) FROM orders o
                   WHERE o.order_type = 'monthly_fee' AND {_in('o.ts', start, end)})""")
    return dict(value=round(float(v), 3), tolerance=round(float(v) * 0.03, 3))


def completed_per_customer(start, end):
    v = one(f"""SELECT count(*) / count(DISTINCT customer_id) FROM events e
                WHERE e.touchpoint_id = 'tp_hc_completed' AND {_in('e.ts', start, end)}""")
    return dict(value=round(float(v), 3), tolerance=round(float(v) * 0.02, 3))


def new_inquirers(start, end):
    return _count(one(f"""SELECT count(*) FROM (SELECT customer_id, min(ts) t FROM events
                          WHERE touchpoint_id = 'tp_inquiry' GROUP BY 1) WHERE {_in('t', start, end)}"""))


# ---------- orders ----------

def orders_sum(start, end, cond="1=1", agg="sum(o.amount)", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    return _money(v)


def orders_change(cur, prev, cond="1=1"):
    a = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *cur)} AND ({cond})")
    b = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *prev)} AND ({cond})")
    return _rate(a / b - 1)


def overdue_share(start, end, cond="1=1"):
    return _rate(one(f"""SELECT avg((o.status = 'overdue')::int) FROM orders o JOIN customers c USING (customer_id)
                         WHERE o.order_type = 'monthly_fee' AND {_in('o.ts', start, end)} AND ({cond})"""))


def outstanding():
    return _money(one("SELECT sum(amount) FROM orders WHERE order_type = 'monthly_fee' AND status = 'overdue'"))


def top_orders(by, start, end, cond="1=1", margin=1.1, agg="sum(o.amount)"):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    return _top(rows, margin, ratio=True)


# ---------- customers ----------

def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def customers_share(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"))


def top_customers(col, cond="1=1", margin=1.2):
    rows = q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    return _top(rows, margin, ratio=True)


MOVED_IN = "c.customer_id IN (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_move_in')"


def moved_in_between(start, end):
    return f"""c.customer_id IN (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_move_in'
                                 AND {_in('ts', start, end)})"""


# ---------- feedback ----------

def fb_count(cond, tol_rel=0.05):
    n = one(f"SELECT count(*) FROM feedback f LEFT JOIN customers c USING (customer_id) WHERE {cond}")
    return dict(value=int(n), tolerance=max(0.5, round(n * tol_rel, 1)))


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f LEFT JOIN customers c USING (customer_id) WHERE {cond}"))


def fb_avg(cond):
    v = one(f"SELECT avg(f.rating) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}")
    return dict(value=round(float(v), 3), tolerance=0.02)


def fb_ids(cond):
    ids = [r[0] for r in q(f"""SELECT f.feedback_id FROM feedback f LEFT JOIN customers c USING (customer_id)
                               WHERE {cond} ORDER BY 1""")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def top_fb(by, cond, margin=1.5):
    rows = q(f"""SELECT {by}, count(*) n FROM feedback f JOIN customers c USING (customer_id)
                 WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    return _top(rows, margin, ratio=True)


def top_fb_avg(by, cond="1=1", min_n=30, lowest=False, margin=0.2):
    rows = q(f"""SELECT {by}, avg(f.rating) a FROM feedback f WHERE f.rating IS NOT NULL AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a {'ASC' if lowest else 'DESC'}""")
    return _top(rows, margin)


def fb_peak_month(cond):
    rows = q(f"""SELECT strftime(f.ts, '%Y-%m') m, count(*) n FROM feedback f WHERE f.ts IS NOT NULL AND ({cond})
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.1, rows[:3]
    n = rows[0][1]
    return dict(value=int(n), tolerance=max(0.5, round(n * 0.05, 1)))


ALL = ("2024-07-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
NEG = "f.sentiment_label = 'neg'"
INQ, VISIT, ASSESS, TRIAL, CONTRACT, MOVEIN = ("tp_inquiry", "tp_site_visit", "tp_assessment", "tp_trial_stay",
                                               "tp_contract", "tp_move_in")
T_FALL = _like("f.text", ["摔", "跌倒", "fall", "fell"])
T_MED = _like("f.text", ["吃药", "喂药", "服药", "漏服", "medication", "medicine", "pills"])
T_BILL = _like("f.text", ["账单", "扣费", "多收", "长护险", "bill", "charged"])


def gold() -> dict:
    return {
        # ---- admission funnel / conversion
        "ec01": lambda: conv("admission", *Y25),
        "ec02": lambda: top_lost("admission", *H1_26),
        "ec03": lambda: conv("admission", *quarter(2025, 3), upto=2),
        "ec04": lambda: step_rate(TRIAL, CONTRACT, *Y25),
        "ec05": lambda: rank_step_rate(TRIAL, CONTRACT, "c.facility", *ALL, lowest=True, margin=0.25),
        "ec06": lambda: step_rate(TRIAL, CONTRACT, *Y25, "c.院区 = '浦东颐康苑'"),
        "ec07": lambda: step_rate(TRIAL, CONTRACT, *Y25, "c.院区 = '静安颐康苑'"),
        "ec08": lambda: channel_conversion(),
        # ---- home-care funnel
        "ec09": lambda: conv("home_care", *month(2026, 4), upto=2),
        "ec10": lambda: conv("home_care", *month(2026, 4), upto=2, cust="c.primary_device = 'android'"),
        "ec11": lambda: conv("home_care", *month(2026, 4), upto=2, cust="c.primary_device = 'ios'"),
        "ec12": lambda: conv("home_care", *Y25),
        # ---- time between steps, thresholds
        "ec13": lambda: step_time(ASSESS, MOVEIN, *Y25),
        "ec14": lambda: step_time(ASSESS, MOVEIN, *Y25, agg="median", cond="c.care_level = 'full_care'"),
        "ec15": lambda: step_time(ASSESS, MOVEIN, *Y25, agg="median", cond="c.care_level = 'self_care'"),
        "ec16": lambda: step_time_share(ASSESS, MOVEIN, *Y25, days=30),
        "ec17": lambda: late_share(*Y25),
        "ec18": lambda: late_share(*Y25, "c.region = '杭州'"),
        "ec19": lambda: late_share(*Y25, "c.region = '上海'"),
        "ec20": lambda: top_wait_level("care_level"),
        # ---- money
        "ec21": lambda: orders_sum(*quarter(2025, 4)),
        "ec22": lambda: orders_sum(*H1_26, "o.order_type = 'monthly_fee' AND c.care_level = 'full_care'",
                                   agg="avg(o.amount)"),
        "ec23": lambda: orders_sum(*H1_26, "o.order_type = 'monthly_fee' AND c.评估等级 = '半护理'",
                                   agg="avg(o.amount)"),
        "ec24": lambda: overdue_share(*quarter(2025, 4), "c.付费方式 = '长护险'"),
        "ec25": lambda: overdue_share(*quarter(2025, 3), "c.payer_type = 'ltc_insurance'"),
        "ec26": lambda: outstanding(),
        "ec27": lambda: top_orders("c.院区", *Y25, "o.order_type = 'monthly_fee'", margin=1.15),
        "ec28": lambda: orders_sum(*month(2026, 5)),
        "ec29": lambda: orders_sum(*month(2026, 4)),
        "ec30": lambda: orders_change(H1_26, H2_25),
        "ec31": lambda: top_orders("o.service_type", *Y25, "o.order_type = 'home_care_visit'", margin=1.1),
        # ---- per customer
        "ec32": lambda: completed_per_customer(*Y25),
        "ec33": lambda: visits_per_resident_month(*Y25),
        # ---- incidents
        "ec34": lambda: events_count("tp_incident", *Y25, "e.incident_type = 'fall'"),
        "ec35": lambda: top_fall_rate("facility", *Y25),
        "ec36": lambda: night_fall_share("c.院区 = '闵行颐康苑'"),
        "ec37": lambda: events_count("tp_hospital_transfer", *Y25, "e.transfer_reason = 'fall'"),
        "ec38": lambda: events_count("tp_incident", *quarter(2025, 3),
                                     "e.incident_type = 'medication_error' AND c.facility = 'West Lake Home'"),
        # ---- family visits, trends
        "ec39": lambda: events_count("tp_family_visit", *month(2026, 2)),
        "ec40": lambda: events_change("tp_family_visit", month(2026, 2), month(2026, 1)),
        "ec41": lambda: events_count("tp_family_visit", "2025-03-03", "2025-03-09"),
        "ec42": lambda: peak_month("tp_family_visit", *Y25),
        "ec43": lambda: peak_week("2026-02-02", "2026-03-01", "e.touchpoint_id = 'tp_family_visit'"),
        "ec44": lambda: peak_week("2026-03-02", "2026-04-26", f"{NO_VISIT} AND e.device = 'android'", margin=1.05),
        # ---- customers
        "ec45": lambda: customers_count("c.付费方式 = '长护险' AND c.segment = 'resident'"),
        "ec46": lambda: customers_share("c.age_band = '90+'", "c.segment = 'resident'"),
        "ec47": lambda: top_customers("c.acquisition_channel", "c.service_line = 'residential'"),
        "ec48": lambda: customers_share("c.评估等级 = '全护理'", moved_in_between(*Y25)),
        "ec49": lambda: customers_count("c.service_line = 'home_care' AND c.dementia = 'yes'"),
        # ---- feedback
        "ec51": lambda: fb_count(T_FALL),
        "ec52": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 4))),
        "ec53": lambda: top_fb_avg("f.touchpoint_id", lowest=True, margin=0.15),
        "ec54": lambda: fb_avg(f"f.channel = 'service_rating' AND {_in('f.ts', *Y25)}"),
        "ec55": lambda: top_fb_avg("f.caregiver_id", "f.channel = 'service_rating'", min_n=20, margin=0.2),
        "ec56": lambda: top_fb_avg("f.caregiver_id", "f.channel = 'service_rating'", min_n=20, lowest=True,
                                   margin=0.3),
        "ec57": lambda: top_fb("c.院区", T_FALL, margin=1.5),
        "ec58": lambda: fb_ids(f"{T_BILL} AND c.payer_type = 'ltc_insurance'"),
        "ec59": lambda: fb_count(f"{T_MED} AND c.院区 = '西湖颐康苑' AND {_in('f.ts', *quarter(2025, 3))}"),
        "ec60": lambda: fb_ratio("f.nps >= 9", f"f.channel = 'survey' AND f.nps IS NOT NULL AND {_in('f.ts', *H1_26)}"),
        "ec61": lambda: fb_peak_month(f"{T_BILL} AND {_in('f.ts', *Y25)}"),
        # ---- periods
        "ec68": lambda: events_count(CONTRACT, *H2_25),
        "ec69": lambda: events_count(TRIAL, *quarter(2025, 3)),
        "ec70": lambda: events_count(MOVEIN, *month(2025, 10)),
        "ec71": lambda: new_inquirers("2026-06-01", "2026-06-20"),
        "ec72": lambda: new_inquirers(*month(2026, 5)),
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
        assert it["lang"] in ("zh", "en"), it["id"]
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
        print(it["id"], it["question"][:70], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
