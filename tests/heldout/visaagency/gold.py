"""Gold answers for the visaagency (途签 WayVisa) held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events.csv holds 45 exact duplicate rows (the visa-centre webhook re-sent some biometrics check-ins, same
  event_id); they are loaded once (DATA.md), so every count is over distinct rows.
- customers / applicants / people / 客户 / 用户 / 申请人 = distinct customer_id. `segment` is the state at the end of
  the data (2026-08-31): corporate (employees of company accounts), vip (gold or platinum members), new (signed up
  in 2026), at_risk (no activity in 2026) and returning. `region`: shanghai, beijing, taipei, other_cn (online
  customers elsewhere in mainland China). `home_office`: SH01, BJ01, TP01 or ONLINE. `occupation` and
  `acquisition_channel` are customer columns.
- An application (申请 / case) is a `case_id`; visa_type (tourist, business, student, family, work, eta) and
  destination (FR, IT, DE, ES, CH = Schengen; UK, US, AU, CA, NZ; KR for K-ETA) are event and order columns.
- Funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period (any action counts, also a
  failed booking attempt). Every rate is read with later steps allowed after the period end (the DATA.md reading) and
  with every step inside the period, and for a step-to-step rate also as the sub-funnel that starts at the earlier
  step; the value is the first reading and the tolerance covers the others (at least 0.01); when they spread more
  than 0.02 the value is their middle and the tolerance reaches all of them. Questions that say "of the customers
  who <did step k> in <month>" use the sub-funnel that starts at step k only (conv_from). A funnel "for Schengen
  applications" keeps only events whose destination is a Schengen country; a funnel by a customer attribute
  filters the customers.
- "Drop-off at a step" = customers who reached the step but not the next / customers who reached the step; "the step
  that loses the most people" = the step with the largest number of customers lost before the next step.
- Money = orders with status `paid`, `amount` in CNY (group reporting currency; Taipei's TWD at a fixed 0.225 CNY),
  dated by orders.ts. Cancelled orders (never paid) and refunded orders are not revenue. `product`: visa_service
  (service fee + consular fee passed through), express, travel_insurance, translation, photo, eta_service. Average
  order value = paid revenue / paid orders.
- Refusal rate = tp_decision events with action fail / all tp_decision events, dated by the decision. Transit days of
  a passport = `transit_days` on tp_passport_return (decision to the passport in hand), dated by the return.
- A/B test = experiments `express_bundle` (control: express priced alone, bundle: express + same-day return shown as
  one price), assigned at the first express offer between 2025-09-01 and 2025-12-31; per variant the express
  journey's step 1 -> 2 (offer -> purchase, 45-day window) over that window, for the customers assigned to it.
- Feedback: "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table).
  Complaint-topic counts use text markers with a 5 % tolerance, checked to equal the truth topic. A period filter
  keeps dated rows only. Average rating over rows with a rating. NPS = (share 9-10 - share 0-6) x 100 over rows with
  an nps value.
- Periods are inclusive calendar dates; relative periods resolve against the item's `as_of`, else 2026-08-31, the
  last day of the data.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
LAST = "2026-08-31"
SCHENGEN = "('FR', 'IT', 'DE', 'ES', 'CH')"


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE experiments AS SELECT * FROM read_csv_auto('{data / 'experiments.csv'}',
                    header=true, types={{'assigned_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP', 'last_activity_at': 'TIMESTAMP',
                    'company_name': 'VARCHAR', 'account_manager': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, sample_size=-1, all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE events AS SELECT * REPLACE (ts::TIMESTAMP AS ts,
                   try_cast(wait_days AS DOUBLE) AS wait_days, try_cast(queue_minutes AS INTEGER) AS queue_minutes,
                   try_cast(transit_days AS DOUBLE) AS transit_days) FROM events""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE orders AS SELECT * REPLACE (ts::TIMESTAMP AS ts, amount::DOUBLE AS amount,
                   amount_local::DOUBLE AS amount_local, try_cast(refunded_at AS TIMESTAMP) AS refunded_at,
                   try_cast(service_fee_local AS DOUBLE) AS service_fee_local,
                   try_cast(consular_fee_local AS DOUBLE) AS consular_fee_local) FROM orders""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, all_varchar=true)""")
    CON.execute("""CREATE OR REPLACE TABLE feedback AS SELECT * REPLACE (try_cast(ts AS TIMESTAMP) AS ts,
                   try_cast(rating AS DOUBLE) AS rating, try_cast(nps AS DOUBLE) AS nps) FROM feedback""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT count(*) - count(DISTINCT customer_id) FROM customers") == 0
    assert one("SELECT count(*) - count(DISTINCT feedback_id) FROM feedback") == 0
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id NOT IN (SELECT touchpoint_id FROM touchpoints)") == 0
    assert one("SELECT count(*) FROM events WHERE customer_id NOT IN (SELECT customer_id FROM customers)") == 0
    assert one("SELECT max(ts) FROM events") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")
    assert one("SELECT max(ts) FROM orders") <= one(f"SELECT TIMESTAMP '{LAST} 23:59:59'")
    assert one("SELECT min(ts) FROM events") >= one("SELECT TIMESTAMP '2025-03-01'")


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
    """value = the first reading and the tolerance covers every other reading; when the readings spread more than
    0.02, value = the middle of the range."""
    lo, hi = min(map(float, vals)), max(map(float, vals))
    a = float(vals[0]) if hi - lo <= 0.02 else (lo + hi) / 2
    dev = max(abs(float(v) - a) for v in vals)
    return dict(value=round(a, digits), tolerance=round(max(floor, dev + 0.005 if dev > 0 else floor), digits))


def top_rows(rows, gap=1.1, lowest=False, absolute=None):
    rows = sorted(rows, key=lambda r: r[1], reverse=not lowest)
    if len(rows) > 1:
        if absolute is not None:
            assert abs(rows[0][1] - rows[1][1]) > absolute, rows[:3]
        elif lowest:
            assert rows[1][1] > rows[0][1] * gap, rows[:3]
        else:
            assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


def top_group(sql, **kw):
    return top_rows(q(sql), **kw)


# ---------- funnels (DATA.md rule) ----------

def _journey(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel_steps(steps, window, start, end, cust_cond="1=1", ev_cond="1=1", bounded=False) -> list[int]:
    ev = (f"SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) "
          f"WHERE ({cust_cond}) AND ({ev_cond}) AND e.touchpoint_id IN ({', '.join(repr(s) for s in steps)})")
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


def readings(journey, start, end, a=1, b=None, **kw) -> list[float]:
    steps, window = _journey(journey)
    b = b or len(steps)
    out = []
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        out.append(c[b - 1] / c[a - 1])
        if a > 1 or b < len(steps):
            c = funnel_steps(steps[a - 1:b], window, start, end, bounded=bounded, **kw)
            out.append(c[-1] / c[0])
    return out


def conv(journey, start, end, a=1, b=None, **kw):
    return span(readings(journey, start, end, a, b, **kw))


def conv_from(journey, start, end, a, b, open_only=False, **kw):
    """the sub-funnel that starts at step a in the period (a question that says 'of those who did step a in ...');
    later steps may fall after the period end (DATA.md reading) or not (bounded). open_only: the question says
    that later steps count even after the period end, so only the DATA.md reading."""
    steps, window = _journey(journey)
    vals = []
    for bounded in ((False,) if open_only else (False, True)):
        c = funnel_steps(steps[a - 1:b], window, start, end, bounded=bounded, **kw)
        vals.append(c[-1] / c[0])
    return span(vals)


def reach(journey, start, end, step, **kw):
    """customers reaching a step (DATA.md reading and bounded reading must agree within 1 %)."""
    steps, window = _journey(journey)
    c1 = funnel_steps(steps, window, start, end, **kw)[step - 1]
    c2 = funnel_steps(steps, window, start, end, bounded=True, **kw)[step - 1]
    return dict(value=c1, tolerance=max(0.5, abs(c1 - c2) + 0.5))


def top_conv(journey, start, end, column, lowest=False, min_n=40, gap=0.03, a=1, b=None, cust_cond="1=1",
             ev_cond="1=1", values=None):
    vals = values or [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    steps, window = _journey(journey)
    bb = b or len(steps)
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in vals:
            cond = f"{column} = '{v}' AND ({cust_cond})"
            cnt = funnel_steps(steps, window, start, end, cust_cond=cond, ev_cond=ev_cond, bounded=bounded)
            if cnt[a - 1] >= min_n:
                rates[v] = cnt[bb - 1] / cnt[a - 1]
        order = sorted(rates.items(), key=lambda kv: kv[1], reverse=not lowest)
        assert abs(order[0][1] - order[1][1]) > gap, order[:3]
        tops.add(order[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=str(tops.pop()))


def top_lost(journey, start, end, **kw):
    steps, window = _journey(journey)
    res = set()
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        lost = [(steps[i], c[i] - c[i + 1]) for i in range(len(steps) - 1)]
        lost.sort(key=lambda r: -r[1])
        assert lost[0][1] > lost[1][1] * 1.1, lost
        res.add(lost[0][0])
    assert len(res) == 1
    return dict(top_entity=res.pop())


def top_dropoff_rate(journey, start, end, **kw):
    steps, window = _journey(journey)
    res = set()
    for bounded in (False, True):
        c = funnel_steps(steps, window, start, end, bounded=bounded, **kw)
        d = [(steps[i], 1 - c[i + 1] / c[i]) for i in range(len(steps) - 1)]
        d.sort(key=lambda r: -r[1])
        assert d[0][1] > d[1][1] + 0.03, d
        res.add(d[0][0])
    assert len(res) == 1
    return dict(top_entity=res.pop())


def experiment_value(variant, start="2025-09-01", end="2025-12-31"):
    cond = f"c.customer_id IN (SELECT customer_id FROM experiments WHERE variant = '{variant}')"
    return conv("express", start, end, 1, 2, cust_cond=cond)


# ---------- orders, events, customers ----------

def orders_sum(start, end, cond="1=1", agg="sum(o.amount)", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND {cond}")
    if agg.startswith("count"):
        return count(v)
    return num(v, rel=0.005, floor=0.5)


def order_share(part, start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) FILTER (WHERE {part}) / sum(o.amount) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND {cond}""")
    return rate(v)


def top_orders(col, start, end, cond="1=1", agg="sum(o.amount)", gap=1.1, lowest=False, join_c=False):
    src = "orders o JOIN customers c USING (customer_id)" if join_c else "orders o"
    return top_group(f"""SELECT {col}, {agg} FROM {src} WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                         AND {cond} AND {col} IS NOT NULL GROUP BY 1""", gap=gap, lowest=lowest)


def ev_count(tp, start, end, cond="1=1", distinct=None):
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                         AND {cond}"""))


def ev_share(tp, num_, start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(({num_})::int) FROM events e WHERE e.touchpoint_id = '{tp}'
                        AND {_in('e.ts', start, end)} AND {cond}"""))


def ev_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.1):
    return num(one(f"""SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                       AND {cond}"""), rel=rel, floor=floor)


def top_ev(tp, col, start, end, cond="1=1", agg="count(*)", gap=1.1, lowest=False, min_n=1, join_c=False):
    src = "events e JOIN customers c USING (customer_id)" if join_c else "events e"
    return top_group(f"""SELECT {col}, {agg} FROM {src} WHERE e.touchpoint_id = '{tp}'
                         AND {_in('e.ts', start, end)} AND {cond} AND {col} IS NOT NULL GROUP BY 1
                         HAVING count(*) >= {min_n}""", gap=gap, lowest=lowest)


def cust_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


# ---------- feedback ----------

MARK = {
    "return_slow": "(f.text LIKE '%寄回%' OR lower(f.text) LIKE '%passport back%')",
    "slot_shortage": "(f.text LIKE '%约不到%' OR f.text LIKE '%約不到%' OR lower(f.text) LIKE '%slots%')",
    "doc_rejected": "(f.text LIKE '%补材料%' OR f.text LIKE '%補材料%' OR lower(f.text) LIKE '%resubmit%')",
    "express_not_faster": "(f.text LIKE '%加急%' OR lower(f.text) LIKE '%express%')",
    "refused_refund": "(f.text LIKE '%拒签%' OR f.text LIKE '%拒簽%' OR lower(f.text) LIKE '%refused%')",
    "hidden_fee": "(f.text LIKE '%收费%' OR f.text LIKE '%收費%' OR lower(f.text) LIKE '%hidden%')",
    "cs_slow": "(f.text LIKE '%客服%' OR lower(f.text) LIKE '%customer service%')",
    "queue": "(f.text LIKE '%排队%' OR f.text LIKE '%排隊%' OR lower(f.text) LIKE '%queue%')",
    "advisor_helpful": "(f.text LIKE '%顾问%' OR f.text LIKE '%顧問%' OR lower(f.text) LIKE '%advisor%')",
    "fast_approval": "(f.text LIKE '%出签%' OR f.text LIKE '%出簽%' OR lower(f.text) LIKE '%approved%')",
    "smooth": "(f.text LIKE '%顺利%' OR f.text LIKE '%順利%' OR lower(f.text) LIKE '%smooth%')",
    "checklist_clear": "(f.text LIKE '%清单%' OR f.text LIKE '%清單%' OR lower(f.text) LIKE '%checklist%')",
}
NEG = "t.sentiment = 'neg'"


def topic_count(topic, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {MARK[topic]} AND {extra}")
    tr = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE t.topic = '{topic}' AND {extra}")
    assert n == tr, (topic, n, tr)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def topic_top(topic, col, extra="1=1", gap=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {MARK[topic]} AND {col} IS NOT NULL AND {extra} GROUP BY 1 ORDER BY n DESC""")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


def top_topic(extra="1=1", gap=1.2, sentiment="neg"):
    rows = q(f"""SELECT t.topic, count(*) FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE t.sentiment = '{sentiment}' AND {extra} GROUP BY 1 ORDER BY 2 DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return rows[0][0]


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


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def fb_top(col, agg, cond, lowest=False, gap=0.15, min_n=30):
    rows = q(f"""SELECT {col}, {agg} r FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert len(rows) == 1 or abs(rows[0][1] - rows[1][1]) > gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


# ---------- the batch ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26 = quarter(2026, 1)
Q2_26 = quarter(2026, 2)
ALL = ("2025-03-01", LAST)
SCH = f"e.destination IN {SCHENGEN}"
PAID_SERVICE = "o.product = 'visa_service'"


def dropoff(journey, start, end, a, **kw):
    return span([1 - v for v in readings(journey, start, end, a, a + 1, **kw)])


def refusal_rate(start, end, cond="1=1"):
    return rate(one(f"""SELECT avg((e.action = 'fail')::int) FROM events e JOIN customers c USING (customer_id)
                        WHERE e.touchpoint_id = 'tp_decision' AND {_in('e.ts', start, end)} AND {cond}"""))


def gold() -> dict:
    fb = lambda start, end: _in("f.ts", start, end)  # noqa: E731
    return {
        # ---- application journey
        "va01": lambda: conv("apply", *Y25),
        "va02": lambda: top_lost("apply", *Y25),
        "va03": lambda: dropoff("apply", *Y25, 2),
        "va04": lambda: conv("apply", *Q1_26, 2, 3),
        "va05": lambda: conv_from("apply", *month(2026, 4), 5, 6, open_only=True, ev_cond=SCH),
        "va06": lambda: conv_from("apply", *month(2026, 3), 5, 6, open_only=True, ev_cond=SCH),
        "va08": lambda: ev_count("tp_appointment", *month(2026, 4), "e.action = 'fail'"),
        "va09": lambda: ev_count("tp_appointment", "2026-04-06", "2026-04-12", "e.action = 'fail'"),
        "va10": lambda: count(one("""SELECT count(*) FROM orders o WHERE o.status = 'refunded'
                                     AND o.refund_reason = 'no_appointment_slot' AND o.product = 'visa_service'""")),
        # ---- segments
        "va11": lambda: top_conv("apply", *ALL, "c.occupation", lowest=True, min_n=100, a=4, b=5),
        "va12": lambda: conv("apply", *ALL, 4, 5, cust_cond="c.occupation = 'freelancer'"),
        "va13": lambda: conv("apply", *ALL, 4, 5, cust_cond="c.occupation = 'employed'"),
        "va14": lambda: top_conv("apply", *Y25, "c.acquisition_channel", lowest=True, min_n=100, a=1, b=3),
        "va15": lambda: conv("apply", *Y25, 1, 3, cust_cond="c.acquisition_channel = 'xiaohongshu'"),
        "va16": lambda: conv("apply", *Y25, 1, 3, cust_cond="c.acquisition_channel = 'referral'"),
        # ---- decisions
        "va17": lambda: refusal_rate(*ALL, "c.occupation = 'freelancer'"),
        "va18": lambda: top_ev("tp_decision", "e.destination", *ALL, agg="avg((e.action = 'fail')::int)", gap=1.3,
                               min_n=50),
        "va19": lambda: refusal_rate(*Y25, "e.destination = 'US'"),
        "va20": lambda: ev_count("tp_decision", *H1_26, "e.action = 'fail'"),
        "va21": lambda: lead_time_us(),
        # ---- passport return
        "va22": lambda: ev_avg("tp_passport_return", "e.transit_days", "2026-06-01", "2026-08-31",
                               "e.courier = 'ems'"),
        "va23": lambda: ev_avg("tp_passport_return", "e.transit_days", *month(2026, 7), "e.office_id = 'ONLINE'"),
        "va24": lambda: ev_avg("tp_passport_return", "e.transit_days", *month(2026, 3), "e.office_id = 'ONLINE'"),
        "va25": lambda: top_ev("tp_passport_return", "e.courier", "2026-01-01", "2026-08-31",
                               agg="avg(e.transit_days)", gap=1.5),
        "va26": lambda: topic_count("return_slow", fb(*month(2026, 8))),
        "va27": lambda: topic_count("return_slow", fb(*Q2_26)),
        "va28": lambda: fb_ids(f"t.topic = 'return_slow' AND {fb('2026-06-01', '2026-08-31')}"),
        # ---- express
        "va29": lambda: conv("express", *Y25, 1, 2),
        "va30": lambda: orders_sum(*Y25, cond="o.product = 'express'"),
        "va31": lambda: experiment_top(),
        "va32": lambda: experiment_value("control"),
        "va33": lambda: ev_count("tp_priority_slot", *month(2026, 4), "e.action = 'fail'", distinct="e.customer_id"),
        "va34": lambda: topic_count("express_not_faster"),
        # ---- money
        "va35": lambda: orders_sum(*Y25),
        "va36": lambda: top_orders("o.office_id", *H1_26, gap=1.1),
        "va37": lambda: orders_sum(*Q2_26, cond="o.office_id = 'TP01'", agg="sum(o.amount_local)"),
        "va38": lambda: orders_sum(*Y25, cond=PAID_SERVICE, agg="avg(o.amount)"),
        "va39": lambda: orders_sum(*month(2026, 5), agg="count(*)", status="cancelled"),
        "va40": lambda: orders_sum(*Y25, cond="o.product = 'translation'"),
        # ---- e-authorisations, online enquiries, supplements, biometrics
        "va41": lambda: conv("eta", *month(2026, 7), 1, 2),
        "va42": lambda: top_ev("tp_eta_pay", "e.eta_product", *Q2_26, gap=1.5),
        "va43": lambda: ev_count("tp_eta_result", *Y25, "e.action = 'success' AND e.eta_product = 'ESTA'"),
        "va44": lambda: conv("online_lead", "2025-07-01", "2025-12-31", 1, 2),
        "va45": lambda: conv("online_lead", *Q1_26),
        "va46": lambda: supplement_decided(),
        "va47": lambda: ev_avg("tp_biometrics", "e.queue_minutes", *Y25, "e.office_id = 'BJ01'"),
        "va48": lambda: ev_share("tp_biometrics", "e.queue_minutes > 90", *H1_26),
        # ---- customers
        "va49": lambda: cust_count("c.segment = 'corporate'"),
        "va50": lambda: cust_count(_in("c.signup_at", *Q2_26)),
        "va51": lambda: cust_count("c.prior_refusal"),
        "va52": lambda: top_group("SELECT region, count(*) FROM customers GROUP BY 1", gap=1.15),
        # ---- feedback
        "va53": lambda: topic_count("slot_shortage", fb(*month(2026, 4))),
        "va54": lambda: fb_ratio(NEG, fb(*month(2026, 6))),
        "va55": lambda: fb_avg("f.rating", f"f.channel = 'survey' AND {fb(*Y25)}"),
        "va56": lambda: nps(f"f.channel = 'survey' AND {fb(*H1_26)}"),
        "va57": lambda: fb_count("f.ts IS NULL"),
        "va58": lambda: topic_count("hidden_fee"),
        "va59": lambda: fb_ratio("f.language = 'en'", "1=1"),
        "va60": lambda: topic_count("queue", fb(*Y25)),
        "va63": lambda: top_topic_ids(fb(*month(2026, 4))),
        # ---- relative periods
        "va72": lambda: ev_count("tp_passport_return", "2026-07-06", "2026-07-12"),
        "va73": lambda: orders_sum(*month(2026, 5), cond=PAID_SERVICE, agg="count(*)"),
        "va74": lambda: ev_count("tp_decision", *month(2026, 4), "e.action = 'fail'"),
        "va75": lambda: ev_count("tp_appointment", "2026-04-01", "2026-04-20", "e.action = 'fail'"),
        "va76": lambda: top_orders("o.payment_method", *ALL, cond=PAID_SERVICE, agg="count(*)", gap=1.15),
        "va77": lambda: orders_sum(*Y25, cond="o.promo_code = 'REFER100'", agg="count(*)"),
        "va78": lambda: orders_sum(*Q2_26, cond="o.office_id = 'TP01'"),
        "va79": lambda: topic_count("return_slow", fb(*month(2026, 8))),
        "va80": lambda: ev_count("tp_appointment", *month(2026, 4), f"e.action = 'fail' AND {SCH}"),
    }


def lead_time_us():
    """wait_days of the 2025 US bookings, or the days from the booking event to the interview (biometrics) event of
    the same application; the value spans both."""
    a = one(f"""SELECT avg(e.wait_days) FROM events e WHERE e.touchpoint_id = 'tp_appointment'
                AND e.action = 'success' AND e.destination = 'US' AND {_in('e.ts', *Y25)}""")
    b = one(f"""SELECT avg(epoch(b.ts - e.ts) / 86400) FROM events e JOIN events b ON b.case_id = e.case_id
                AND b.touchpoint_id = 'tp_biometrics' WHERE e.touchpoint_id = 'tp_appointment'
                AND e.action = 'success' AND e.destination = 'US' AND {_in('e.ts', *Y25)}""")
    return span([a, b], floor=0.3, digits=2)


def supplement_decided():
    """the supplement journey's full funnel (notice -> upload -> courier -> decision), or notice -> decision directly,
    within 30 days; both readings of each."""
    steps, window = _journey("supplement")
    vals = []
    for st in (steps, [steps[0], steps[-1]]):
        for bounded in (False, True):
            c = funnel_steps(st, window, *Y25, bounded=bounded)
            vals.append(c[-1] / c[0])
    return span(vals)


def experiment_top():
    a, b = experiment_value("control"), experiment_value("bundle")
    assert abs(a["value"] - b["value"]) > a["tolerance"] + b["tolerance"], (a, b)
    return dict(top_entity="control" if a["value"] > b["value"] else "bundle")


def top_topic_ids(cond):
    """the top negative topic in the period must be clear; the citations must come from it."""
    topic = top_topic(cond, gap=2.0)
    return fb_ids(f"t.topic = '{topic}' AND {cond}")


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
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
