"""Gold answers for the foodtruck (街味 StreetBite food trucks and event catering) held-out batch, from plain DuckDB
SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events.csv holds exact duplicate rows (the pickup log of 2026-04-17 was uploaded twice with the same event_id);
  they are loaded once (DATA.md), so every count here is over distinct rows.
- A customer is one mini-program account: consumers U......, business (catering) accounts B..... . "Users /
  customers / people" in a funnel or a count of people = distinct customer_id. "Members" = consumer accounts;
  new members in a period = consumer signup_at in the period. segment and tier are the state at the end of the
  data (2026-07-31).
- Truck sales (零售 / 餐车营业额) = orders with order_type `preorder` (mini-program pre-orders) or `walkup` (ordered
  at the window after taking a queue ticket) and status `paid`, dated by orders.ts. Catering revenue = paid
  `catering_deposit` + `catering_balance` orders (a deposit refunded after a weather / permit cancellation is
  not revenue; a deposit kept after a late client cancellation is). Money = `amount` in CNY; "in patacas / MOP"
  = `amount_local` of Macau orders. Refund questions count orders with status `refunded` by refund_reason
  (weather / sold_out / permit_denied / client_cancel), dated by orders.ts.
- Queue: a queue ticket = a tp_queue_ticket event; queue wait = queue_wait_min on the tp_window_order event
  (minutes from taking the ticket to ordering at the window); abandonment = a ticket whose session has no
  tp_window_order. Pre-order pickup wait = pickup_wait_min on tp_pickup (minutes the customer waited past the
  pickup slot). Sold-out moments = tp_soldout events (item, soldout_outcome switched / left / refunded).
  Payment failure rate = tp_pay_fail events / (tp_pay_fail + tp_paid events).
- Stamps: tp_stamp events (stamps_added: 1, or 2 in the double-stamp fortnight 2025-11-10 .. 11-23); rewards
  redeemed = tp_stamp_redeem events.
- Catering: an enquiry / quote / deposit / permit / event = the tp_catering_* / tp_permit / tp_event_served /
  tp_event_cancel events of a business account, one session_id per enquiry. Late set-up = setup_late_min > 0 on
  tp_event_served. Site fees and permit fees passed through to the client = site_fee_cny / permit_fee_cny, listed
  on the catering_balance order (the final invoice), dated by its ts.
- Funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period. Every rate is read
  twice, with later steps allowed after the period end and with every step inside the period; the value is the
  first reading and the tolerance covers both (at least 0.01). A funnel for a city, channel or A/B variant
  filters the customers. "Where do we lose the most" = the step with the most customers that reached it and not
  the next one (the touchpoint they drop out after).
- A/B test = experiments `queue_eta_display` (number_only = control, the ticket shows the queue number only;
  live_eta = the ticket shows a live wait estimate), Guangzhou and Shenzhen, 2025-10-13 .. 2025-12-07. Per
  variant: the walk-up funnel (ticket -> window order -> pickup within a day) over the test window.
- Feedback: "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table).
  Topic counts use text markers with a 5 % tolerance, checked to equal the truth topic. A period filter keeps
  dated rows only. Ratings 1-5 (mini-program, Dianping, Google Maps, catering survey); NPS = (share 9-10 - share
  0-6) x 100 over the catering follow-up survey.
- Truck answers: a zh question's top_entity is the truck's Chinese name (`truck`), an en question's the English
  name (`truck_en`); cities likewise (`city` / `region` in Chinese, `city_en` in English); items `item` /
  `item_en`.
- Periods are inclusive calendar dates; relative periods resolve against `as_of`, else 2026-07-31, the last day of
  the data.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
LAST = "2026-07-31"
RETAIL = "o.order_type IN ('preorder', 'walkup')"
CATER = "o.order_type IN ('catering_deposit', 'catering_balance')"


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE experiments AS SELECT * FROM read_csv_auto('{data / 'experiments.csv'}',
                    header=true, types={{'assigned_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP', 'first_order_at': 'TIMESTAMP',
                    'last_order_at': 'TIMESTAMP', 'lifetime_spend_cny': 'DOUBLE', 'company': 'VARCHAR'}})""")
    n_raw = CON.execute(f"SELECT count(*) FROM read_csv_auto('{data / 'events.csv'}', header=true)").fetchone()[0]
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, sample_size=-1, all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE events AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts,
                   try_cast(amount_local AS DOUBLE) AS amount_local, try_cast(queue_no AS INTEGER) AS queue_no,
                   try_cast(people_ahead AS INTEGER) AS people_ahead,
                   try_cast(eta_shown_min AS DOUBLE) AS eta_shown_min,
                   try_cast(queue_wait_min AS DOUBLE) AS queue_wait_min, try_cast(prep_min AS DOUBLE) AS prep_min,
                   try_cast(pickup_wait_min AS DOUBLE) AS pickup_wait_min,
                   try_cast(stamps_added AS INTEGER) AS stamps_added, try_cast(stamps_after AS INTEGER) AS stamps_after,
                   try_cast(headcount AS INTEGER) AS headcount, try_cast(quote_cny AS DOUBLE) AS quote_cny,
                   try_cast(event_date AS DATE) AS event_date, try_cast(setup_late_min AS DOUBLE) AS setup_late_min)
                   FROM events""")
    print("events: raw rows", n_raw, "distinct", one("SELECT count(*) FROM events"))
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'amount_local': 'DOUBLE',
                    'refunded_at': 'TIMESTAMP', 'event_date': 'DATE', 'site_fee_cny': 'DOUBLE',
                    'permit_fee_cny': 'DOUBLE', 'headcount': 'INTEGER', 'event_type': 'VARCHAR',
                    'refund_reason': 'VARCHAR', 'truck_id': 'VARCHAR', 'site_id': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE', 'touchpoint_id': 'VARCHAR', 'session_id': 'VARCHAR', 'order_id': 'VARCHAR',
                    'truck_id': 'VARCHAR', 'truck': 'VARCHAR', 'truck_en': 'VARCHAR', 'replied': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) - count(DISTINCT customer_id) FROM customers") == 0
    assert one("SELECT count(*) - count(DISTINCT feedback_id) FROM feedback") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)") == 0
    assert one("SELECT count(*) FROM events WHERE customer_id NOT IN (SELECT customer_id FROM customers)") == 0
    for t in ("events", "orders", "feedback"):
        assert one(f"SELECT max(ts) FROM {t}") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'"), t
        assert one(f"SELECT min(ts) FROM {t}") >= one("SELECT TIMESTAMP '2025-01-01'"), t


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
    """value = the first reading; the tolerance covers every other reading."""
    a = float(vals[0])
    dev = max(abs(float(v) - a) for v in vals)
    return dict(value=round(a, digits), tolerance=round(max(floor, dev + 0.005 if dev > 0 else floor), digits))


def top_group(sql, gap=1.1, lowest=False):
    rows = [r for r in q(sql) if r[1] is not None and r[0] is not None]
    rows = sorted(rows, key=lambda r: r[1], reverse=not lowest)
    if lowest:
        assert rows[1][1] > rows[0][1] * gap, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


# ---------- funnels (DATA.md rule) ----------

def _journey(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel_steps(steps, window, start, end, cust_cond="1=1", bounded=False) -> list[int]:
    ev = (f"SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) "
          f"WHERE ({cust_cond}) AND e.touchpoint_id IN ({', '.join(repr(s) for s in steps)})")
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


def readings(journey, start, end, upto=None, frm=1, **kw) -> list[float]:
    steps, window = _journey(journey)
    out = []
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        last = c[-1] if upto is None else c[upto - 1]
        out.append(last / c[frm - 1])
    return out


def conv(journey, start, end, **kw):
    return span(readings(journey, start, end, **kw))


def top_lost(journey, start, end, **kw):
    steps, window = _journey(journey)
    tops = []
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        srt = sorted(lost, reverse=True)
        assert srt[0] > srt[1] * 1.1, (c, lost)
        tops.append(steps[lost.index(srt[0])])
    assert tops[0] == tops[1], tops
    return dict(top_entity=tops[0])


def funnel_count(journey, start, end, step, **kw):
    steps, window = _journey(journey)
    vals = [funnel_steps(steps, window, start, end, bounded=b, **kw)[step - 1] for b in (False, True)]
    return span(vals, floor=0.5, digits=0)


AB_WIN = ("2025-10-13", "2025-12-07")
VARIANTS = ("number_only", "live_eta")


def variant_cond(v):
    return (f"c.customer_id IN (SELECT customer_id FROM experiments WHERE experiment_id = 'queue_eta_display' "
            f"AND variant = '{v}')")


def exp_rates(journey, **kw):
    return {v: readings(journey, *AB_WIN, cust_cond=variant_cond(v), **kw) for v in VARIANTS}


def experiment_top(journey, **kw):
    r = exp_rates(journey, **kw)
    for i in range(2):
        assert abs(r[VARIANTS[0]][i] - r[VARIANTS[1]][i]) > 0.04, r
    best = max(r, key=lambda v: r[v][0])
    assert all(r[best][i] > r[o][i] for o in r if o != best for i in range(2)), r
    return dict(top_entity=best)


def experiment_value(journey, variant, **kw):
    return span(exp_rates(journey, **kw)[variant])


# ---------- events ----------

def ev_count(tps, start, end, cond="1=1", distinct=None, agg=None):
    tps = tps if tps.startswith("(") else f"('{tps}')"
    what = agg or (f"count(DISTINCT {distinct})" if distinct else "count(*)")
    v = one(f"""SELECT {what} FROM events e LEFT JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id IN {tps} AND {_in('e.ts', start, end)} AND ({cond})""")
    return count(v)


def ev_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.05):
    return num(one(f"""SELECT avg({col}) FROM events e LEFT JOIN customers c USING (customer_id)
                       WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""),
               rel=rel, floor=floor)


def ev_share(tp, num_, start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(({num_})::int) FROM events e LEFT JOIN customers c USING (customer_id)
                        WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_ev_value(tp, col, start, end, cond="1=1", gap=1.15, agg="count(*)", lowest=False, having="1=1"):
    tp = tp if tp.startswith("(") else f"('{tp}')"
    return top_group(f"""SELECT {col}, {agg} FROM events e LEFT JOIN customers c USING (customer_id)
                         WHERE touchpoint_id IN {tp} AND {col} IS NOT NULL AND {_in('e.ts', start, end)}
                         AND ({cond}) GROUP BY 1 HAVING {having}""", gap=gap, lowest=lowest)


def pay_fail_rate(start, end, cond="1=1"):
    return rate(one(f"""SELECT avg((touchpoint_id = 'tp_pay_fail')::int) FROM events e
                        WHERE touchpoint_id IN ('tp_pay_fail', 'tp_paid') AND {_in('e.ts', start, end)}
                        AND ({cond})"""))


def abandon_rate(start, end, cond="1=1"):
    return rate(one(f"""SELECT avg((w.session_id IS NULL)::int) FROM events e
                        LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_window_order') w
                        USING (session_id) WHERE e.touchpoint_id = 'tp_queue_ticket'
                        AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_abandon(col, start, end, cond="1=1", gap=1.2, having="count(*) >= 100"):
    return top_group(f"""SELECT {col}, avg((w.session_id IS NULL)::int) FROM events e
                         LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_window_order') w
                         USING (session_id) WHERE e.touchpoint_id = 'tp_queue_ticket'
                         AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING {having}""", gap=gap)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", cond=RETAIL, status="o.status = 'paid'", rel=0.002):
    v = one(f"""SELECT {agg} FROM orders o LEFT JOIN customers c USING (customer_id)
                WHERE {status} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return count(v)
    return num(v, rel=rel, floor=0.5)


def top_orders(col, start, end, agg="sum(o.amount)", cond=RETAIL, gap=1.08, lowest=False):
    return top_group(f"""SELECT {col}, {agg} FROM orders o LEFT JOIN customers c USING (customer_id)
                         WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                         GROUP BY 1""", gap=gap, lowest=lowest)


def refunds(reason, start, end, cond="1=1", agg="count(*)"):
    return orders(start, end, agg=agg, status=f"o.status = 'refunded' AND o.refund_reason = '{reason}'", cond=cond)


# ---------- customers ----------

CONSUMER = "c.customer_type = 'consumer'"


def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def top_cust(col, cond="1=1", gap=1.08, agg="count(*)"):
    return top_group(f"SELECT {col}, {agg} FROM customers c WHERE {cond} GROUP BY 1", gap=gap)


def repeat_share(cust_cond):
    """share of the customers with at least two paid truck orders (any time)."""
    return rate(one(f"""SELECT avg((coalesce(n, 0) >= 2)::int) FROM customers c LEFT JOIN
                        (SELECT customer_id, count(*) n FROM orders o WHERE o.status = 'paid' AND {RETAIL}
                        GROUP BY 1) x USING (customer_id) WHERE {cust_cond}"""))


# ---------- feedback ----------

MARK = {
    "long_wait": "(f.text LIKE '%等太久%' OR f.text LIKE '%等了好久%' OR f.text LIKE '%等好久%' OR f.text LIKE '%排了快半小时%'"
                 " OR lower(f.text) LIKE '%waited forever%' OR lower(f.text) LIKE '%took ages%')",
    "eta_wrong": "(f.text LIKE '%预计%' OR lower(f.text) LIKE '%estimate%')",
    "eta_praise": "(f.text LIKE '%等多久%' OR lower(f.text) LIKE '%wait time%')",
    "sold_out": "(f.text LIKE '%卖完%' OR f.text LIKE '%售罄%' OR lower(f.text) LIKE '%sold out%')",
    "hygiene": "(f.text LIKE '%拉肚子%' OR f.text LIKE '%卫生%' OR lower(f.text) LIKE '%stomach%'"
               " OR lower(f.text) LIKE '%hygiene%')",
    "weather_cancel": "(f.text LIKE '%停摊%' OR lower(f.text) LIKE '%weather%')",
    "payment": "(f.text LIKE '%支付%' OR lower(f.text) LIKE '%payment%')",
    "price": "(f.text LIKE '%太贵%' OR lower(f.text) LIKE '%overpriced%' OR lower(f.text) LIKE '%pricey%')",
    "cold_food": "(f.text LIKE '%凉了%' OR lower(f.text) LIKE '%lukewarm%')",
    "portion": "(f.text LIKE '%分量%' OR lower(f.text) LIKE '%portion%')",
    "refund_slow": "(f.text LIKE '%到账%' OR f.text LIKE '%没收到%' OR lower(f.text) LIKE '%refund%')",
    "praise_taste": "(f.text LIKE '%好吃%' OR lower(f.text) LIKE '%delicious%' OR lower(f.text) LIKE '%tasty%')",
    "stamps": "(f.text LIKE '%集章%' OR lower(f.text) LIKE '%stamp%')",
    "late_setup": "(f.text LIKE '%迟到%' OR lower(f.text) LIKE '%set up late%' OR lower(f.text) LIKE '%behind schedule%')",
    "ran_out": "(f.text LIKE '%不够吃%' OR lower(f.text) LIKE '%ran out%')",
    "event_praise": "(f.text LIKE '%这次活动%' OR lower(f.text) LIKE '%our event%')",
}
NEG = "t.sentiment = 'neg'"


def check_markers():
    """every marker finds exactly its truth topic."""
    for topic, m in MARK.items():
        rows = q(f"SELECT t.topic, count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {m} GROUP BY 1")
        assert [r[0] for r in rows] == [topic], (topic, rows)
        tr = one(f"SELECT count(*) FROM truth WHERE topic = '{topic}'")
        assert rows[0][1] == tr, (topic, rows, tr)


def topic_count(topic, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {MARK[topic]} AND {extra}")
    tr = one(f"""SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE t.topic = '{topic}' AND {extra}""")
    assert n == tr, (topic, n, tr)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def topic_top(topic, col, extra="1=1", gap=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {MARK[topic]} AND {col} IS NOT NULL AND {extra} GROUP BY 1 ORDER BY n DESC""")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


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


def fb_top(col, agg, cond, gap=1.1, lowest=False, having="count(*) >= 20"):
    return top_group(f"""SELECT {col}, {agg} FROM feedback f JOIN truth t USING (feedback_id)
                         WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING {having}""", gap=gap, lowest=lowest)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


ALL = ("2025-01-01", LAST)
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Y26 = ("2026-01-01", LAST)


AB_CITIES = "e.city_en IN ('Guangzhou', 'Shenzhen')"
MO = "e.city_en = 'Macau'"
H1_25 = ("2025-01-01", "2025-06-30")
SINCE_SZ_RULE = ("2025-06-01", LAST)
STAMP2X = ("2025-11-10", "2025-11-23")
BEFORE2X = ("2025-10-27", "2025-11-09")


def in_variant(v):
    return f"e.customer_id IN (SELECT customer_id FROM experiments WHERE variant = '{v}') AND {AB_CITIES}"


def gold() -> dict:
    signed25 = f"{CONSUMER} AND {_in('c.signup_at', *Y25)}"
    cat_survey = "f.channel = 'catering_survey'"
    return {
        # ---- pre-order funnel and payments
        "ft01": lambda: conv("preorder", *Y25),
        "ft02": lambda: top_lost("preorder", *Y25),
        "ft03": lambda: conv("preorder", *Y25, cust_cond="c.region = '澳门'"),
        "ft04": lambda: pay_fail_rate(*Y25, cond=MO),
        "ft05": lambda: pay_fail_rate("2026-02-01", LAST, cond=MO),
        "ft06": lambda: top_ev_value("tp_pay_fail", "e.fail_reason", *Y25, cond=MO, gap=1.5),
        # ---- walk-up queue and the A/B test
        "ft07": lambda: conv("walkup", *Y25),
        "ft08": lambda: experiment_top("walkup"),
        "ft09": lambda: experiment_value("walkup", "number_only"),
        "ft10": lambda: count(one("""SELECT count(DISTINCT customer_id) FROM experiments
                                     WHERE experiment_id = 'queue_eta_display' AND variant = 'live_eta'""")),
        "ft11": lambda: abandon_rate(*AB_WIN, cond=in_variant("number_only")),
        "ft12": lambda: abandon_rate(*quarter(2026, 2)),
        "ft13": lambda: abandon_rate(*quarter(2025, 2)),
        "ft14": lambda: top_abandon("e.truck", *Y25, gap=1.2),
        "ft15": lambda: top_ev_value("tp_window_order", "e.truck_en", *Y25, agg="avg(e.queue_wait_min)", gap=1.4),
        "ft16": lambda: ev_avg("tp_window_order", "e.queue_wait_min", *Y25, cond="e.truck_id = 'T04'"),
        "ft17": lambda: ev_avg("tp_pickup", "e.pickup_wait_min", *Y25, cond="e.truck_id = 'T04'"),
        # ---- catering funnel, first meal
        "ft18": lambda: conv("catering", *H1_25),
        "ft19": lambda: top_lost("catering", *H1_25),
        "ft20": lambda: conv("first_meal", *Y25, cust_cond="c.acquisition_channel = 'xiaohongshu'"),
        "ft21": lambda: conv("first_meal", *Y25, cust_cond="c.acquisition_channel = 'office_poster'"),
        "ft22": lambda: conv("first_meal", *H1_26),
        # ---- money
        "ft23": lambda: orders(*Y25),
        "ft24": lambda: orders(*quarter(2025, 4), agg="count(*)"),
        "ft25": lambda: orders(*Y25, agg="sum(o.amount_local)", cond=f"{RETAIL} AND o.city_en = 'Macau'"),
        "ft26": lambda: top_orders("o.truck", *Y25),
        "ft27": lambda: top_orders("o.truck_en", *Y25, agg="avg(o.amount)", lowest=True, gap=1.2),
        "ft28": lambda: top_orders("o.city", *Y25, gap=1.3),
        "ft29": lambda: orders(*month(2026, 2)),
        "ft30": lambda: orders(*month(2025, 9), agg="count(*)", cond=f"{RETAIL} AND o.truck_id = 'T05'"),
        "ft31": lambda: orders(*month(2025, 7), agg="count(*)", cond=f"{RETAIL} AND o.truck_id = 'T05'"),
        # ---- weather and sold out
        "ft33": lambda: refunds("weather", *Y25),
        "ft34": lambda: top_group(f"""SELECT o.city, count(*) FROM orders o WHERE o.status = 'refunded'
                                      AND o.refund_reason = 'weather' AND {RETAIL} AND {_in('o.ts', *Y25)}
                                      GROUP BY 1""", gap=1.1),
        "ft35": lambda: refunds("weather", "2025-09-23", "2025-09-24"),
        "ft36": lambda: top_ev_value("tp_soldout", "e.item", *Y25, gap=2.0),
        "ft37": lambda: ev_count("tp_soldout", *Y25, cond="e.item = '猪扒包' AND e.soldout_outcome = 'left'"),
        "ft38": lambda: ev_count("tp_soldout", *month(2026, 5), cond="e.item = '猪扒包'"),
        "ft39": lambda: refunds("sold_out", *H1_26, cond=f"{RETAIL} AND o.city_en = 'Macau'"),
        # ---- stamps
        "ft40": lambda: ev_count("tp_stamp", *STAMP2X, agg="sum(e.stamps_added)"),
        "ft41": lambda: orders(*STAMP2X, agg="count(*)"),
        "ft42": lambda: orders(*BEFORE2X, agg="count(*)"),
        "ft43": lambda: ev_count("tp_stamp_redeem", *month(2025, 12)),
        # ---- members
        "ft44": lambda: cust_count("c.segment = 'at_risk'"),
        "ft45": lambda: cust_count(f"{CONSUMER} AND {_in('c.signup_at', *quarter(2026, 2))}"),
        "ft46": lambda: top_cust("c.acquisition_channel", signed25),
        "ft47": lambda: repeat_share(f"{signed25} AND c.acquisition_channel = 'xiaohongshu'"),
        "ft48": lambda: repeat_share(f"{signed25} AND c.acquisition_channel = 'office_poster'"),
        # ---- catering
        "ft49": lambda: orders(*Y25, cond=CATER),
        "ft50": lambda: orders(*month(2026, 1), cond=CATER),
        "ft51": lambda: top_orders("o.event_type", *Y25, cond=CATER, gap=1.1),
        "ft52": lambda: ev_count("tp_permit", *SINCE_SZ_RULE,
                                 cond="e.city_en = 'Shenzhen' AND e.permit_result = 'denied'"),
        "ft53": lambda: ev_share("tp_permit", "e.permit_result = 'denied'", *SINCE_SZ_RULE,
                                 cond="e.city_en = 'Shenzhen'"),
        "ft54": lambda: top_ev_value("tp_permit", "e.city", *ALL, cond="e.permit_result = 'denied'", gap=2.0),
        "ft55": lambda: ev_share("tp_event_served", "e.setup_late_min > 0", *month(2026, 1),
                                 cond="e.city_en = 'Shenzhen'"),
        "ft56": lambda: ev_share("tp_event_served", "e.setup_late_min > 0", *Y25),
        "ft57": lambda: orders(*Y25, agg="sum(o.site_fee_cny)", cond="o.order_type = 'catering_balance'"),
        "ft58": lambda: orders(*Y25, status="o.status = 'refunded'", cond="o.order_type = 'catering_deposit'"),
        # ---- feedback
        "ft59": lambda: topic_count("hygiene"),
        "ft60": lambda: topic_top("hygiene", "f.truck_en", gap=2.0),
        "ft61": lambda: fb_count(f"f.channel = 'hotline_12315' AND {_in('f.ts', *month(2025, 8))}"),
        "ft62": lambda: fb_ids(f"{NEG} AND f.truck_id = 'T05' AND {_in('f.ts', '2025-07-01', '2025-08-31')}"),
        "ft63": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 3))),
        "ft64": lambda: fb_avg("f.rating", f"f.truck_id = 'T04' AND f.channel = 'mini_program' AND "
                                           f"{_in('f.ts', *Y25)}"),
        "ft65": lambda: fb_top("f.truck", "avg(f.rating)", f"f.rating IS NOT NULL AND {_in('f.ts', *Y25)}",
                               lowest=True, gap=1.07),
        "ft66": lambda: nps(f"{cat_survey} AND {_in('f.ts', *Y25)}"),
        "ft67": lambda: nps(f"{cat_survey} AND f.city_en = 'Shenzhen' AND {_in('f.ts', '2026-01-01', '2026-02-28')}"),
        "ft68": lambda: topic_top("sold_out", "f.city_en", gap=2.0),
        "ft69": lambda: topic_count("eta_wrong"),
        "ft70": lambda: fb_count("f.ts IS NULL"),
        "ft71": lambda: topic_top("long_wait", "f.truck", gap=2.0),
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
    zh = sum(it["lang"] == "zh" for it in items)
    print(f"{len(items)} items: {zh} zh / {len(items) - zh} en;",
          {s: sum(it["expect"]["status"] == s for it in items) for s in ("ok", "unsupported", "clarify")})
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
