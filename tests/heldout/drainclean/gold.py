"""Gold answers for the drain-cleaning (ClearFlow Drains / 通渠快修) held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- customers / people / 客户 = distinct customer_id; the customers table holds everyone who ever reached us (app
  browsers who never booked and callers who never got a visit included; 'prospect' in `lifecycle`); its facts
  (segment = residential / restaurant / property_manager, tier, city, acquisition_channel) are the state at the end of
  the data; migrated accounts (signed up before 2024-09) have acquisition_channel `legacy_account`;
- a request (报修) = one job_id on a request touchpoint (tp_hotline, tp_app_booking, tp_work_order); a hotline job can
  hold several call attempts (tp_hotline events: answered / enquiry / abandoned); "calls" = tp_hotline events (every
  attempt); request channel = events.request_channel (hotline, app, work_order);
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window (window_days) from their first step-1 event in the period. Each rate is
  computed twice, with later steps allowed after the period end and with every step required inside the period;
  per-request readings (same job_id) are computed too where the question is about requests / quotes, and the
  tolerance covers all readings. A part of a journey (e.g. app booking -> arrival) is read both inside the full
  journey (step b / step a) and as a funnel starting at step a;
- quote acceptance per quote = tp_quote events in the period whose job_id has a tp_quote_accept (funnel reading
  survey_to_job step 2 -> 3 inside the tolerance); quote_type jetting / relining / excavation;
- repeat callout = a request flagged repeat_callout = 1; its previous_job_id names the job it repeats; a completed
  job "came back" when some request names it as previous_job_id;
- response time = tp_arrival.response_minutes (request -> technician on site); emergency = priority `emergency`
  (hotline callouts); 2-hour target met = sla_met; hotline hold = tp_hotline.hold_seconds over all call attempts;
  time between two steps per job (same job_id), with the per-customer reading inside the tolerance;
- money = orders with status `paid`, `amount` in USD (group reporting currency; amount_local / currency kept), dated
  by `ts`; order_type callout (call-out fee), job (job_type jetting / relining / excavation), maintenance_contract
  (is_renewal 0 = new, 1 = renewal); paying customers = customers with a paid order; refund rate = refunded /
  (paid + refunded) job orders;
- customers on a maintenance contract now = customers.tier `contract` (a paid contract order in the last 365 days
  is the other reading, inside the tolerance);
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  1-2 stars = rating <= 2; survey = feedback channel `survey`; NPS = (share 9-10 - share 0-6) x 100 over rows with an
  nps value; complaint-topic counts use text markers with a 5 % tolerance, checked against the truth topic; a period
  filter keeps dated rows only; feedback city = the feedback row's own column;
- periods are inclusive calendar dates; weeks run Monday..Sunday; relative periods resolve against `as_of` (else
  2026-05-31, the last day of the data).
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
REQ = "('tp_hotline', 'tp_app_booking', 'tp_work_order')"
LAST = "2026-05-31"


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP', 'sites_managed': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'device': 'VARCHAR', 'job_id': 'VARCHAR',
                    'previous_job_id': 'VARCHAR', 'response_minutes': 'DOUBLE', 'hold_seconds': 'DOUBLE',
                    'quote_amount': 'DOUBLE', 'cancel_reason': 'VARCHAR', 'finding': 'VARCHAR',
                    'technician_id': 'VARCHAR', 'priority': 'VARCHAR', 'request_channel': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'job_id': 'VARCHAR',
                    'job_type': 'VARCHAR', 'is_renewal': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE',
                    'nps': 'DOUBLE', 'technician_id': 'VARCHAR', 'city': 'VARCHAR', 'touchpoint_id': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) - count(DISTINCT customer_id) FROM customers") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)") == 0
    assert one("SELECT count(*) FROM events WHERE customer_id NOT IN (SELECT customer_id FROM customers)") == 0
    assert one("SELECT count(*) FROM events e JOIN customers c USING (customer_id) WHERE e.city <> c.city") == 0
    assert one(f"SELECT max(ts) FROM events") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")


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


# ---------- funnels (DATA.md rule) ----------

def _journey(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel_steps(steps, window, start, end, ev_cond="1=1", cust_cond="1=1", bounded=False) -> list[int]:
    ev = (f"SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) "
          f"WHERE ({ev_cond}) AND ({cust_cond})")
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


def funnel(journey, start, end, **kw):
    steps, window = _journey(journey)
    return funnel_steps(steps, window, start, end, **kw)


def _readings(journey, start, end, a=1, b=None, sub=True, **kw) -> list[float]:
    """step b / step a inside the journey, both boundary rules; plus the funnel that starts at step a."""
    steps, window = _journey(journey)
    b = b or len(steps)
    out = []
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        out.append(c[b - 1] / c[a - 1])
        if sub and a > 1:
            c = funnel_steps(steps[a - 1:b], window, start, end, bounded=bounded, **kw)
            out.append(c[-1] / c[0])
    return out


def conv(journey, start, end, a=1, b=None, **kw):
    return span(_readings(journey, start, end, a, b, **kw))


def _per_job(req_tps: str, target: str, start, end, cond="1=1") -> float:
    return one(f"""WITH j AS (SELECT e.job_id FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id IN {req_tps} AND {_in('e.ts', start, end)} AND ({cond})
                              GROUP BY 1)
                   SELECT avg((EXISTS (SELECT 1 FROM events x WHERE x.job_id = j.job_id
                                       AND x.touchpoint_id = '{target}'))::int) FROM j""")


def conv_job(journey, start, end, a, b, req_tp, target, cond="1=1", ev_cond="1=1"):
    """the funnel readings (per customer) first, then the per-request reading."""
    x = _per_job(f"('{req_tp}')", target, start, end, cond)
    return span(_readings(journey, start, end, a, b, cust_cond=cond, ev_cond=ev_cond) + [x])


def worst_month(journey, months, a, b, req_tp, target, gap=0.12):
    vals = {}
    for y, m in months:
        st, en = month(y, m)
        vals[(y, m)] = _readings(journey, st, en, a, b) + [_per_job(f"('{req_tp}')", target, st, en)]
    for i in range(len(vals[months[0]])):
        order = sorted(vals, key=lambda k: vals[k][i])
        assert vals[order[1]][i] - vals[order[0]][i] > gap, (i, {k: round(v[i], 3) for k, v in vals.items()})
        if i == 0:
            worst = order[0]
        assert order[0] == worst, (i, order[:2])
    return span(vals[worst])


def top_lost(journey, start, end):
    steps, _ = _journey(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_request_channel(start, end, lowest=True, gap=0.08):
    """request -> technician on site, per request and per customer; all readings must agree."""
    per_req = {r[0]: r[1] for r in q(f"""WITH j AS (SELECT request_channel, job_id FROM events
                    WHERE touchpoint_id IN {REQ} AND {_in('ts', start, end)} GROUP BY 1, 2)
                    SELECT request_channel, avg((EXISTS (SELECT 1 FROM events x WHERE x.job_id = j.job_id
                    AND x.touchpoint_id = 'tp_arrival'))::int) FROM j GROUP BY 1""")}
    readings = [per_req]
    for bounded in (False, True):
        d = {}
        for ch, jid, a in (("hotline", "hotline_callout", 1), ("app", "app_booking", 2), ("work_order", "work_order", 1)):
            steps, window = _journey(jid)
            c = funnel_steps(steps[a - 1:], window, start, end, bounded=bounded)
            d[ch] = c[-1] / c[0]
        readings.append(d)
    tops = set()
    for d in readings:
        order = sorted(d, key=d.get, reverse=not lowest)
        assert abs(d[order[0]] - d[order[1]]) > gap, d
        tops.add(order[0])
    assert len(tops) == 1, readings
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, min_n=50, gap=0.04):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            c = funnel(journey, start, end, cust_cond=f"{column} = '{v}'", bounded=bounded)
            if c[0] >= min_n:
                rates[v] = c[-1] / c[0]
        order = sorted(rates, key=rates.get, reverse=not lowest)
        assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
        tops.add(order[0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- quotes, repeats ----------

def _accept_sql(start, end, cond):
    return f"""SELECT e.*, c.segment, (EXISTS (SELECT 1 FROM events x WHERE x.touchpoint_id = 'tp_quote_accept'
                      AND x.job_id = e.job_id))::int AS acc
               FROM events e JOIN customers c USING (customer_id)
               WHERE e.touchpoint_id = 'tp_quote' AND {_in('e.ts', start, end)} AND ({cond})"""


def quote_accept(start, end, cond="1=1", funnel_too=True):
    a = one(f"SELECT avg(acc) FROM ({_accept_sql(start, end, cond)})")
    if not funnel_too:
        return rate(a)
    return span([a] + _readings("survey_to_job", start, end, 2, 3))


def top_accept(start, end, col, cond="1=1", lowest=True, gap=0.08):
    rows = q(f"""SELECT {col}, avg(acc) r FROM ({_accept_sql(start, end, cond)}) GROUP BY 1
                 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[0][1] - rows[1][1]) > gap, rows
    return dict(top_entity=rows[0][0])


def _came_back(start, end, cond="1=1"):
    return f"""SELECT e.*, (EXISTS (SELECT 1 FROM events r WHERE r.previous_job_id = e.job_id
                      AND r.touchpoint_id IN {REQ} AND r.repeat_callout = 1))::int AS back
               FROM events e WHERE e.touchpoint_id = 'tp_job_done' AND {_in('e.ts', start, end)} AND ({cond})"""


def came_back(start, end, cond="1=1"):
    return rate(one(f"SELECT avg(back) FROM ({_came_back(start, end, cond)})"))


def top_came_back(start, end, col, gap=0.03):
    rows = q(f"SELECT {col}, avg(back) r FROM ({_came_back(start, end)}) GROUP BY 1 ORDER BY r DESC")
    assert rows[0][1] - rows[1][1] > gap, rows
    return dict(top_entity=rows[0][0])


def repeat_requests(start, end):
    return count(one(f"""SELECT count(DISTINCT job_id) FROM events WHERE touchpoint_id IN {REQ}
                         AND repeat_callout = 1 AND {_in('ts', start, end)}"""))


# ---------- time ----------

def gap_hours(a_tp, b_tp, start, end, agg="avg", cond="1=1", unit=3600, window=45, rel=0.03, floor=0.1,
              per_customer=True):
    x = one(f"""SELECT {agg}(epoch(b.ts - a.ts) / {unit}) FROM events a
                JOIN events b ON b.job_id = a.job_id AND b.touchpoint_id = '{b_tp}' AND b.ts > a.ts
                WHERE a.touchpoint_id = '{a_tp}' AND {_in('a.ts', start, end)} AND ({cond})""")
    if not per_customer:
        return dict(value=round(x, 2), tolerance=round(max(floor, x * rel), 2))
    y = one(f"""WITH a AS (SELECT customer_id, min(ts) t FROM events a WHERE touchpoint_id = '{a_tp}'
                           AND {_in('ts', start, end)} AND ({cond}) GROUP BY 1)
                SELECT {agg}(d) FROM (SELECT epoch(min(b.ts) - a.t) / {unit} AS d FROM a
                JOIN events b ON b.customer_id = a.customer_id AND b.touchpoint_id = '{b_tp}' AND b.ts > a.t
                AND b.ts <= a.t + INTERVAL {window} DAY GROUP BY a.customer_id, a.t)""")
    return dict(value=round(x, 2), tolerance=round(max(floor, x * rel, abs(x - y) + 0.05), 2))


def response(start, end, agg="avg(e.response_minutes)", cond="1=1", floor=0.5, digits=2):
    """by arrival date, and by the date of the job's first request event."""
    x = one(f"""SELECT {agg} FROM events e WHERE e.touchpoint_id = 'tp_arrival' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    y = one(f"""SELECT {agg} FROM events e JOIN (SELECT job_id, min(ts) t0 FROM events WHERE touchpoint_id IN {REQ}
                GROUP BY 1) r USING (job_id) WHERE e.touchpoint_id = 'tp_arrival' AND {_in('r.t0', start, end)}
                AND ({cond})""")
    return span([x, y], floor=floor, digits=digits)


# ---------- events ----------

def ev_count(tps, start, end, cond="1=1", distinct=None):
    tps = tps if tps.startswith("(") else f"('{tps}')"
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e WHERE e.touchpoint_id IN {tps} AND {_in('e.ts', start, end)}
                         AND ({cond})"""))


def ev_avg(tp, col, start, end, cond="1=1", tol=0.5):
    v = one(f"""SELECT avg({col}) FROM events e WHERE touchpoint_id = '{tp}' AND {col} IS NOT NULL
                AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 2), tolerance=tol)


def ev_share(tp, num_, start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(({num_})::int) FROM events e WHERE touchpoint_id = '{tp}'
                        AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_ev_share(tp, col, num_, start, end, min_n=100, gap=0.04):
    rows = q(f"""SELECT {col}, avg(({num_})::int) r FROM events e WHERE touchpoint_id = '{tp}' AND {col} IS NOT NULL
                 AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


def top_ev_value(tp, col, start, end, cond="1=1", gap=1.15):
    rows = q(f"""SELECT {col}, count(*) n FROM events e WHERE touchpoint_id = '{tp}' AND {col} IS NOT NULL
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_month_count(tp, start, end, cond="1=1", gap=1.05):
    rows = q(f"""SELECT strftime(ts, '%Y-%m') m, count(*) n FROM events e WHERE touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return count(rows[0][1])


def diff(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *b)} AND ({cond})")
    return count(y - x)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", cond="1=1", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return count(v)
    return num(v, floor=0.01 if abs(float(v)) < 100 else 1.0)


def per_paying_customer(start, end):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o
                WHERE status = 'paid' AND amount > 0 AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(max(1.0, v * 0.005), 2))


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", gap=1.08):
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def refund_rate(start, end, cond="o.order_type = 'job'", tol=0.005):
    return rate(tol=tol, v=one(f"""SELECT avg((status = 'refunded')::int) FROM orders o WHERE status IN ('paid', 'refunded')
                        AND {_in('o.ts', start, end)} AND ({cond})"""))


# ---------- customers ----------

def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def on_contract():
    a = one("SELECT count(*) FROM customers WHERE tier = 'contract'")
    b = one(f"""SELECT count(DISTINCT customer_id) FROM orders WHERE order_type = 'maintenance_contract'
                AND status = 'paid' AND ts > TIMESTAMP '{LAST} 23:59:59' - INTERVAL 365 DAY""")
    return dict(value=a, tolerance=abs(a - b) + 0.5)


def cust_share(num_, cond="1=1"):
    return rate(one(f"SELECT avg(({num_})::int) FROM customers c WHERE {cond}"))


# ---------- feedback ----------

MARK = {
    "hotline_unreachable": "(f.text LIKE '%打不通%' OR lower(f.text) LIKE '%get through%')",
    "callout_fee": "(f.text LIKE '%上门费%' OR lower(f.text) LIKE '%call-out fee%')",
    "tech_late": "(f.text LIKE '%迟到%' OR lower(f.text) LIKE '%late%')",
    "slot_wait": "(f.text LIKE '%时段%' OR lower(f.text) LIKE '%slot%')",
    "price_high": "(f.text LIKE '%太贵%' OR lower(f.text) LIKE '%expensive%')",
    "mess_smell": "(f.text LIKE '%臭味%' OR lower(f.text) LIKE '%smell%')",
    "blocked_again": "(f.text LIKE '%又堵%' OR lower(f.text) LIKE '%blocked again%')",
    "sales_pitch": "(f.text LIKE '%推销%' OR lower(f.text) LIKE '%sales pitch%')",
}
SURVEY = "f.channel = 'survey'"
NEG = "t.sentiment = 'neg'"


def topic_count(topic, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {MARK[topic]} AND {extra}")
    truth = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE t.topic = '{topic}' AND {extra}")
    assert abs(n - truth) <= max(1, 0.05 * truth), (topic, n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def topic_top(topic, col, extra="1=1", gap=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {MARK[topic]} AND {col} IS NOT NULL AND {extra} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
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
    v = one(f"SELECT avg(({num_})::int) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}")
    return rate(v, tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def fb_top(col, agg, cond, lowest=False, gap=0.15, min_n=30):
    rows = q(f"""SELECT {col}, {agg} r FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert len(rows) == 1 or abs(rows[0][1] - rows[1][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


ALL = ("2024-09-01", LAST)
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
Q3_25, Q4_25 = quarter(2025, 3), quarter(2025, 4)
AUG25, JUL25 = month(2025, 8), month(2025, 7)
FEB26 = month(2026, 2)
M25 = [(2025, m) for m in range(1, 13)]
EMERG = "e.priority = 'emergency'"


def gold() -> dict:
    return {
        # ---- request funnels
        "dc01": lambda: conv_job("hotline_callout", *AUG25, 1, 2, "tp_hotline", "tp_dispatch"),
        "dc02": lambda: conv_job("hotline_callout", *JUL25, 1, 2, "tp_hotline", "tp_dispatch"),
        "dc03": lambda: worst_month("hotline_callout", M25, 1, 2, "tp_hotline", "tp_dispatch"),
        "dc04": lambda: conv_job("app_booking", *Y25, 2, 4, "tp_app_booking", "tp_arrival"),
        "dc05": lambda: conv_job("work_order", *Y25, 1, 3, "tp_work_order", "tp_arrival"),
        "dc06": lambda: top_request_channel(*Y25),
        "dc07": lambda: conv("app_booking", *H2_25, 1, 2),
        "dc08": lambda: conv("survey_to_job", *Y25),
        "dc09": lambda: top_lost("survey_to_job", *ALL),
        # ---- quotes
        "dc10": lambda: quote_accept(*Y25),
        "dc11": lambda: quote_accept(*Y25, cond="e.quote_type = 'relining'", funnel_too=False),
        "dc12": lambda: quote_accept(*Y25, cond="e.quote_type = 'excavation'", funnel_too=False),
        "dc13": lambda: top_accept(*Y25, "segment", cond="e.quote_type = 'relining'"),
        # ---- aftercare and repeats
        "dc14": lambda: conv("aftercare", *Y25),
        "dc15": lambda: top_conv("aftercare", *ALL, "c.segment"),
        "dc16": lambda: conv("aftercare", *ALL, cust_cond="c.segment = 'property_manager'"),
        "dc17": lambda: came_back(*H1_25),
        "dc18": lambda: top_came_back(*ALL, "quote_type"),
        "dc19": lambda: repeat_requests(*Y25),
        # ---- response and time
        "dc20": lambda: response(*FEB26, cond=f"{EMERG} AND e.city = 'Sydney'"),
        "dc21": lambda: response(*FEB26, cond=f"{EMERG} AND e.city = 'London'"),
        "dc22": lambda: response(*Y25, agg="avg(e.sla_met)", cond=EMERG, floor=0.01, digits=4),
        "dc23": lambda: ev_avg("tp_hotline", "hold_seconds", *AUG25, tol=1.0),
        "dc24": lambda: gap_hours("tp_quote_accept", "tp_job_done", *Y25, agg="avg", cond="a.quote_type = 'relining'",
                                  unit=86400, window=45),
        "dc25": lambda: gap_hours("tp_cctv", "tp_quote", *Y25, agg="avg", per_customer=False),
        # ---- CCTV
        "dc26": lambda: top_ev_value("tp_cctv", "finding", *ALL, cond="e.customer_type = 'restaurant'"),
        "dc27": lambda: ev_count("tp_cctv", *Y25),
        "dc28": lambda: ev_share("tp_cctv", "e.finding = 'no_defect'", *Y25),
        "dc29": lambda: top_ev_share("tp_cctv", "pipe_material", "finding = 'root_intrusion'", *ALL),
        # ---- money
        "dc30": lambda: orders(*Q3_25),
        "dc31": lambda: orders(*Q4_25),
        "dc32": lambda: orders(*Y25, cond="o.order_type = 'job' AND o.job_type = 'relining'"),
        "dc33": lambda: orders(*Y25, cond="o.order_type = 'callout'"),
        "dc34": lambda: orders(*Y25, agg="avg(o.amount)", cond="o.order_type = 'job' AND o.job_type = 'excavation'"),
        "dc35": lambda: top_orders("o.city", *Y25),
        "dc36": lambda: orders(*Y25, agg="count(*)", cond="o.order_type = 'maintenance_contract' AND o.is_renewal = 0"),
        "dc37": lambda: orders("2026-01-01", LAST, agg="count(*)",
                               cond="o.order_type = 'maintenance_contract' AND o.is_renewal = 1"),
        "dc38": lambda: refund_rate(*Y25),
        "dc39": lambda: orders(*Y25, cond="o.customer_type = 'restaurant'"),
        "dc40": lambda: orders(*Y25, cond="o.customer_type = 'property_manager'"),
        # ---- volumes
        "dc42": lambda: ev_count("tp_hotline", *FEB26, cond="e.city = 'Sydney'"),
        "dc43": lambda: diff("tp_hotline", month(2025, 2), FEB26, cond="e.city = 'Sydney'"),
        "dc44": lambda: ev_count("tp_work_order", *month(2026, 5)),
        "dc45": lambda: ev_count("tp_app_booking", "2026-03-02", "2026-03-08"),
        "dc46": lambda: top_month_count("tp_dispatch", *Y25, cond="e.city = 'Guangzhou'"),
        "dc47": lambda: ev_count("tp_cancel", *Q4_25),
        "dc48": lambda: top_ev_value("tp_cancel", "cancel_reason", *ALL, cond="e.request_channel = 'app'"),
        # ---- customers
        "dc49": lambda: on_contract(),
        "dc50": lambda: cust_share("c.segment = 'restaurant'"),
        "dc51": lambda: cust_share("c.acquisition_channel = 'app'", _in("c.signup_at", *Y25)),
        # ---- feedback
        "dc53": lambda: topic_count("callout_fee"),
        "dc54": lambda: topic_top("callout_fee", "f.touchpoint_id", gap=2.0),
        "dc55": lambda: topic_count("hotline_unreachable", _in("f.ts", *AUG25)),
        "dc56": lambda: fb_ratio(NEG, _in("f.ts", *AUG25)),
        "dc57": lambda: fb_ratio(NEG, _in("f.ts", *JUL25)),
        "dc58": lambda: fb_top("f.touchpoint_id", "avg(f.rating)", "f.rating IS NOT NULL", lowest=True, gap=0.3),
        "dc59": lambda: fb_top("f.technician_id", "avg(f.rating)", "f.rating IS NOT NULL", gap=0.1),
        "dc60": lambda: nps(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "dc61": lambda: fb_avg("f.rating", f"{SURVEY} AND f.touchpoint_id = 'tp_job_done' AND f.city = 'Chengdu' "
                                           f"AND {_in('f.ts', *Y25)}"),
        "dc62": lambda: fb_count("f.ts IS NULL"),
        "dc63": lambda: fb_ids(f"f.touchpoint_id = 'tp_hotline' AND {_in('f.ts', *AUG25)}"),
        "dc64": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND f.rating IS NOT NULL AND {_in('f.ts', *H2_25)}"),
        "dc65": lambda: topic_count("mess_smell"),
        "dc66": lambda: topic_count("blocked_again", _in("f.ts", *Y25)),
        "dc67": lambda: topic_top("tech_late", "f.city", _in("f.ts", *FEB26), gap=2.0),
        "dc68": lambda: topic_count("sales_pitch"),
        "dc69": lambda: topic_top("price_high", "f.touchpoint_id", gap=2.0),
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
