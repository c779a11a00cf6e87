"""Gold answers for the used-car platform (优车 UCar) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k of a journey when they have an event at step k's touchpoint after
  reaching step k-1, within the journey's window_days from their first step-1 event in the period (buyer 60 d,
  seller 30 d, loan 7 d). Each journey rate is computed twice, with later steps allowed after the period end and with
  every step required inside the period; the tolerance covers both (`conv`). Where the question says later steps may
  fall after the period, only the open version is used (`conv_open`). Drop-off of a step = 1 - reached next / reached
  this step. A conversion between two named touchpoints with a stated window ("within 14 days") uses the same rule with
  a two-step funnel: cohort = customers whose first event at the first touchpoint is in the period, reached = an event
  at the second touchpoint after that first event and within the window (it may fall after the period);
- "buyers" / "sellers" = distinct customers (customers.segment buyer / seller); "buyers who did X" = distinct
  customers with an event at X's touchpoint in the period; counts of contracts / handovers / transfers / sold cars =
  events at that touchpoint (one per customer); a customer's city / channel / age band = the customers row; a car's
  brand / fuel / age band / price band = the columns on the events and orders (the same for all rows of a customer);
- time between two steps = days (fractional, epoch difference / 86400) from the customer's first event at the first
  step to their first event at the second step after it; the cohort (which period it is filtered on) is stated in
  each question ("cars handed over in Q4 2025" = first step, "transfers completed in H1 2026" = second step);
- money = orders with status `paid` (deposits, buyer and seller service fees, loan fees), dated by `ts`; refunded
  orders are not income. "How many deposits" = deposit orders whatever their later status unless the question says
  paid / refunded;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use text markers with a 5 % tolerance, checked against the truth topic; "all feedback" includes posts
  without a date, a period filter only keeps dated rows; average rating by step = every rated row by touchpoint_id;
  "survey / 问卷 / 回访" = channel survey only; NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value;
- periods are inclusive calendar dates; weeks run Monday..Sunday; relative periods resolve against `as_of` (else
  2026-07-31, the last day of the data).
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
EV_TYPES = {"ts": "TIMESTAMP", "device": "VARCHAR", "session_id": "VARCHAR", "car_price": "DOUBLE",
            "loan_amount": "DOUBLE", "payment_plan": "VARCHAR", "valuation_price": "DOUBLE", "final_bid": "DOUBLE",
            "inspector_id": "VARCHAR", "transfer_days": "DOUBLE", "refund_reason": "VARCHAR",
            "complaint_topic": "VARCHAR"}


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    types={{'signup_at': 'TIMESTAMP', 'age_band': 'VARCHAR'}})""")
    CON.execute(f"CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true, types={EV_TYPES})")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'device': 'VARCHAR', 'amount': 'DOUBLE', 'loan_amount': 'DOUBLE',
                            'final_price': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE', 'nps': 'DOUBLE',
                            'listing_id': 'VARCHAR', 'brand_zh': 'VARCHAR', 'brand_en': 'VARCHAR',
                            'car_age_band': 'VARCHAR', 'fuel_type': 'VARCHAR'}})""")
    CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}')")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events e JOIN customers c USING (customer_id) WHERE e.city <> c.city") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)") == 0
    for tp in ("tp_contract", "tp_handover", "tp_transfer_done", "tp_sold", "tp_withdrawn", "tp_deposit"):
        assert one("SELECT count(*) - count(DISTINCT customer_id) FROM events WHERE touchpoint_id = ?", tp) == 0, tp
    assert one("""SELECT count(*) FROM (SELECT customer_id, count(DISTINCT brand_en) n FROM events
                  WHERE brand_en IS NOT NULL GROUP BY 1) WHERE n > 1""") == 0


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


# ---------- funnels (DATA.md rule) ----------

def _steps(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def _funnel(steps, window, start, end, cust=None, bounded=False) -> list[int]:
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


def funnel(journey, start, end, cust=None, bounded=False) -> list[int]:
    steps, window = _steps(journey)
    return _funnel(steps, window, start, end, cust, bounded)


def conv(journey, start, end, a=1, b=None, drop=False, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        r = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_open(journey, start, end, a=1, b=None, **kw):
    c = funnel(journey, start, end, **kw)
    return dict(value=round(c[(b or len(c)) - 1] / c[a - 1], 4), tolerance=0.01)


def pair_conv(a_tp, b_tp, start, end, window, cust=None):
    """Two-step conversion with a stated window; the second step may fall after the period."""
    c = _funnel([a_tp, b_tp], window, start, end, cust)
    return dict(value=round(c[1] / c[0], 4), tolerance=0.01)


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


def top_conv(journey, start, end, column, lowest=False, min_n=100, gap=0.04, b=None):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            c = funnel(journey, start, end, cust=f"{column} = '{v}'", bounded=bounded)
            if c[0] >= min_n:
                rates[v] = c[(b or len(c)) - 1] / c[0]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_pair_rate(a_tp, b_tp, window, col, min_n=30, gap=0.08):
    """Highest rate of reaching b_tp after a_tp by an event column, over all data, groups with >= min_n."""
    rows = q(f"""WITH a AS (SELECT customer_id, {col} g, min(ts) t FROM events WHERE touchpoint_id = '{a_tp}'
                            GROUP BY 1, 2),
                      b AS (SELECT DISTINCT a.customer_id FROM a JOIN events e ON e.customer_id = a.customer_id
                            AND e.touchpoint_id = '{b_tp}' AND e.ts > a.t AND e.ts <= a.t + INTERVAL {window} DAY)
                 SELECT g, avg((b.customer_id IS NOT NULL)::int) r, count(*) n FROM a LEFT JOIN b USING (customer_id)
                 GROUP BY 1 ORDER BY r DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] + gap, big[:3]
    assert rows[0][2] < min_n, "no small-group trap"  # a small brand would win without the minimum
    return dict(top_entity=big[0][0])


# ---------- time between steps ----------

def _gaps(a_tp, b_tp, start, end, cond="1=1", cohort="b"):
    col = "b.t" if cohort == "b" else "a.t"
    return f"""WITH a AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = '{a_tp}' GROUP BY 1),
               b AS (SELECT e.customer_id, min(e.ts) t FROM events e JOIN a USING (customer_id)
                     WHERE e.touchpoint_id = '{b_tp}' AND e.ts > a.t GROUP BY 1)
               SELECT c.*, epoch(b.t - a.t) / 86400 AS days FROM a JOIN b USING (customer_id)
               JOIN customers c USING (customer_id) WHERE {_in(col, start, end)} AND ({cond})"""


def gap(a_tp, b_tp, start, end, agg="median", cond="1=1", cohort="b"):
    v = one(f"SELECT {agg}(days) FROM ({_gaps(a_tp, b_tp, start, end, cond, cohort)})")
    return dict(value=round(v, 2), tolerance=round(max(0.3, v * 0.03), 2))


def gap_share(a_tp, b_tp, start, end, limit, cond="1=1", cohort="b"):
    v = one(f"SELECT avg((days > {limit})::int) FROM ({_gaps(a_tp, b_tp, start, end, cond, cohort)})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_gap(a_tp, b_tp, start, end, col, gap_days=5, cohort="b"):
    rows = q(f"SELECT {col}, avg(days) d FROM ({_gaps(a_tp, b_tp, start, end, cohort=cohort)}) GROUP BY 1 ORDER BY d DESC")
    assert rows[0][1] > rows[1][1] + gap_days, rows
    return dict(top_entity=rows[0][0])


# ---------- events / customers ----------

def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} "
                          f"AND ({cond})", tp), tolerance=0.5)


def share_events(tp, start, end, num):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}", tp)
    return dict(value=round(v, 4), tolerance=0.01)


def avg_events(tp, start, end, col):
    v = one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}", tp)
    return dict(value=round(v, 2), tolerance=round(v * 0.002, 2))


def per_customer(tp, start, end):
    v = one(f"""SELECT count(*) / count(DISTINCT customer_id) FROM events e WHERE e.touchpoint_id = ?
                AND {_in('e.ts', start, end)}""", tp)
    return dict(value=round(v, 3), tolerance=0.02)


def top_events(tp, start, end, col, gap=1.2):
    rows = q(f"""SELECT {col}, count(*) n FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                 GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_month_users(tp, start, end, gap=1.2):
    rows = q(f"""SELECT date_trunc('month', ts) m, count(DISTINCT customer_id) n FROM events WHERE touchpoint_id = ?
                 AND {_in('ts', start, end)} GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(value=rows[0][1], tolerance=0.5)


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(col, cond, gap=1.15):
    rows = q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(1.0, abs(v) * 0.001), 2))


def per_payer(start, end):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o
                WHERE status = 'paid' AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(v * 0.002, 2))


def top_orders(col, start, end, agg="sum(o.amount)", status="paid", cond="1=1", gap=1.15):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:4]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f JOIN truth t USING (feedback_id)
                                                    WHERE {cond} ORDER BY 1""")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"),
                tolerance=0.5)


def topic_count(marker, topics, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE ({marker}) AND {extra}")
    tl = ", ".join(f"'{t}'" for t in topics)
    truth = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE t.topic IN ({tl}) AND {extra}")
    assert abs(n - truth) <= max(1, 0.05 * truth), (n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def top_topic(marker, col, gap=1.5):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE ({marker}) AND {col} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def fb_avg(col, cond, tol=0.01):
    v = one(f"SELECT avg({col}) FROM feedback f JOIN truth t USING (feedback_id) WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    v = one(f"SELECT avg(({num})::int) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}")
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


def top_neg_rise(base, now):
    rows = q(f"""SELECT touchpoint_id, count(*) FILTER (WHERE {_in('ts', *now)})
                                     - count(*) FILTER (WHERE {_in('ts', *base)}) d
                 FROM feedback f JOIN truth t USING (feedback_id) WHERE t.sentiment = 'neg' GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > max(rows[1][1], 0) + 5, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2024-10-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
NEG = "t.sentiment = 'neg'"
SURVEY = "f.channel = 'survey'"
SLOW_TR = ("((f.text LIKE '%过户%' AND f.text LIKE '%慢%') "
           "OR (lower(f.text) LIKE '%transfer%' AND lower(f.text) LIKE '%slow%'))")
PUSHY = ("((f.text LIKE '%贷款%' AND f.text LIKE '%推%') "
         "OR (lower(f.text) LIKE '%loan%' AND lower(f.text) LIKE '%push%'))")
ACCIDENT = "(f.text LIKE '%事故%' OR lower(f.text) LIKE '%accident%')"
PRICE_GAP = "(f.text LIKE '%估价%' OR lower(f.text) LIKE '%valuation%')"
CD, GZ, SH, BJ = ("c.city = 'Chengdu'", "c.city = 'Guangzhou'", "c.city = 'Shanghai'", "c.city = 'Beijing'")
HO, TR = "tp_handover", "tp_transfer_done"
LISTED, WD = "tp_auction_listed", "tp_withdrawn"


def gold() -> dict:
    return {
        # ---- funnels and conversion
        "uc01": lambda: conv("buyer", *Y25),
        "uc02": lambda: top_lost("buyer", *Y25),
        "uc03": lambda: pair_conv("tp_td_booked", "tp_td_done", *quarter(2025, 3), 7),
        "uc04": lambda: pair_conv("tp_td_done", "tp_deposit", *month(2025, 10), 14),
        "uc05": lambda: pair_conv("tp_td_done", "tp_deposit", *month(2025, 11), 14),
        "uc06": lambda: conv_open("seller", *H1_26),
        "uc07": lambda: top_lost("seller", *ALL),
        "uc08": lambda: top_conv("buyer", *Y25, "c.acquisition_channel", lowest=True, b=2),
        "uc09": lambda: top_conv("buyer", *Y25, "c.acquisition_channel", b=2),
        "uc10": lambda: conv("buyer", *Y25, a=5, b=6, drop=True),
        "uc11": lambda: conv("loan", *H2_25, cust=CD),
        "uc12": lambda: conv("loan", *H2_25, cust=f"NOT {CD}"),
        "uc13": lambda: pair_conv("tp_deposit", "tp_loan_apply", *H2_25, 7, cust=CD),
        "uc14": lambda: pair_conv("tp_deposit", "tp_loan_apply", *H2_25, 7, cust=SH),
        "uc15": lambda: pair_conv(LISTED, WD, *Y25, 30, cust="e.fuel_type = '新能源'"),
        "uc16": lambda: pair_conv(LISTED, WD, *Y25, 30, cust="e.fuel_type_en = 'petrol'"),
        "uc17": lambda: top_pair_rate(LISTED, WD, 30, "brand_en"),
        # ---- time between steps
        "uc18": lambda: gap(HO, TR, *quarter(2025, 4), cond=GZ, cohort="a"),
        "uc19": lambda: gap(HO, TR, *H1_25, cond=GZ, cohort="a"),
        "uc20": lambda: gap_share(HO, TR, *H1_26, 15),
        "uc21": lambda: top_gap(HO, TR, *H1_26, "city"),
        "uc22": lambda: gap("tp_valuation", "tp_sold", *Y25, agg="avg"),
        "uc23": lambda: gap("tp_browse", "tp_deposit", *H1_26),
        # ---- money and orders
        "uc24": lambda: orders(*Y25, cond="o.order_type = 'service_fee'"),
        "uc25": lambda: orders(*H2_25, cond="o.order_type = 'loan_fee' AND o.city = 'Chengdu'"),
        "uc26": lambda: orders(*H1_25, cond="o.order_type = 'loan_fee' AND o.city = 'Chengdu'"),
        "uc27": lambda: orders(*month(2025, 10), agg="count(*)", status=None, cond="o.order_type = 'deposit'"),
        "uc28": lambda: orders(*Y25, agg="count(*)", status="refunded", cond="o.order_type = 'deposit'"),
        "uc29": lambda: per_payer(*Y25),
        "uc30": lambda: top_events("tp_contract", *Y25, "e.price_band", gap=1.5),
        "uc31": lambda: share_events("tp_contract", *Y25, "e.fuel_type = '新能源'"),
        "uc32": lambda: share_events("tp_contract", *Y25, "e.payment_plan = 'loan'"),
        "uc33": lambda: events_at("tp_contract", *Y25, "e.price_band = '10-20万'"),
        "uc34": lambda: avg_events("tp_contract", *quarter(2025, 3), "e.car_price"),
        # ---- customers and per-customer averages
        "uc35": lambda: customers_count(f"c.segment = 'seller' AND c.acquisition_channel = 'douyin_ads' "
                                        f"AND {_in('c.signup_at', *Y25)}"),
        "uc36": lambda: customers_share("c.age_band = '26-35'", "c.segment = 'buyer'"),
        "uc37": lambda: per_customer("tp_browse", *Y25),
        "uc38": lambda: per_customer("tp_valuation", *H1_26),
        "uc78": lambda: top_customers("c.acquisition_channel", "c.segment = 'buyer'"),
        # ---- trends and periods
        "uc39": lambda: users_at("tp_browse", "2025-03-03", "2025-03-09"),
        "uc40": lambda: users_at("tp_browse", "2025-02-24", "2025-03-02"),
        "uc41": lambda: top_month_users("tp_browse", *Y25),
        "uc42": lambda: events_at("tp_contract", *quarter(2026, 2)),
        "uc43": lambda: events_at("tp_contract", *quarter(2026, 1)),
        "uc44": lambda: events_at(TR, *month(2026, 6)),
        "uc45": lambda: events_at("tp_sold", *H2_25),
        "uc46": lambda: users_at("tp_td_done", *month(2025, 10)),
        "uc47": lambda: events_at(HO, *Y25, "e.car_age_band_en = 'over_8y'"),
        # ---- feedback
        "uc48": lambda: topic_count(SLOW_TR, ["slow_transfer"]),
        "uc49": lambda: topic_count(PUSHY, ["pushy_loan"]),
        "uc50": lambda: top_topic(PUSHY, "f.city", gap=3),
        "uc51": lambda: top_topic(ACCIDENT, "f.car_age_band"),
        "uc52": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 4))),
        "uc53": lambda: top_rating("f.touchpoint_id", gap=0.3, min_n=30),
        "uc54": lambda: fb_avg("f.rating", f"{SURVEY} AND f.touchpoint_id = '{TR}' AND f.city = 'Guangzhou' "
                                           f"AND {_in('f.ts', *H1_26)}"),
        "uc55": lambda: fb_avg("f.rating", f"{SURVEY} AND f.touchpoint_id = '{TR}' AND f.city = 'Beijing' "
                                           f"AND {_in('f.ts', *H1_26)}"),
        "uc56": lambda: fb_avg("f.rating", f"{SURVEY} AND f.touchpoint_id = 'tp_td_done' AND {_in('f.ts', *H2_25)}"),
        "uc57": lambda: nps(f"{SURVEY} AND f.touchpoint_id = '{TR}' AND {_in('f.ts', *Y25)}"),
        "uc58": lambda: fb_count("f.ts IS NULL"),
        "uc59": lambda: top_neg_rise(quarter(2025, 3), quarter(2025, 4)),
        "uc60": lambda: topic_count(PRICE_GAP, ["price_gap"]),
        "uc61": lambda: topic_count(ACCIDENT, ["hidden_accident"], _in("f.ts", *Y25)),
        "uc62": lambda: feedback_ids("t.topic = 'price_gap'"),
        # ---- why-questions
        "uc63": lambda: feedback_ids("t.topic = 'slow_transfer'"),
        "uc64": lambda: feedback_ids("t.topic = 'pushy_loan'"),
        "uc65": lambda: feedback_ids("t.topic = 'price_gap'"),
        "uc66": lambda: feedback_ids("t.topic = 'hidden_accident'"),
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
        print(it["id"], it["question"][:70], shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
