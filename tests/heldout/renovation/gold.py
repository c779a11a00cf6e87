"""Gold answers for the 装得好 HomeFix Renovation (家装) held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days (sales 60 d, delivery 150 d, warranty 30 d) from their first step-1
  event in the period; rates are per customer. Each funnel rate is computed twice (later steps allowed after the
  period end / every step required inside the period) and the tolerance covers both readings;
- one customer = one renovation project (project_id = session_id = PJ + the customer number); "projects" counts
  customers. Per-project step rates ("of the proposals delivered in Q4 2025, how many signed") take the projects with
  an A event in the period (by the first A event's date) and look for B on the same project at any later time;
- time between two steps = per project, first B - first A (days = seconds / 86400), over projects that reached both,
  the project taken in the period by the step the question dates it by; warranty repairs are paired on ticket_id
  (one project can have two repairs) and dated by the request;
- delay = delay_days on the tp_completion event (days behind the planned_days of the contract); "completed" =
  tp_completion (竣工验收) by its date; "started" = tp_construction_start;
- plumbing & electrical inspection (水电验收) first-time pass rate = attempt 1 events with inspection_result 'pass' /
  all attempt 1 events, by the inspection date; the event's city column;
- money = orders with status 'paid' dated by order ts (order_type deposit / progress / final / change_order, twin
  order_type_zh 定金 / 进度款 / 尾款 / 增项); refunded deposits = status 'refunded'; contract value = contract_value on
  the tp_contract event; per-customer spend = paid total / distinct paying customers in the period;
- customer facts (city / city_en, house_type 新房/二手房 with house_type_en new build/second-hand, style_pref /
  style_pref_en, budget_band / budget_band_en, acquisition_channel / 获客渠道, segment / 客户类型) come from customers;
  a ranking answers with the column in the question's language (zh question -> zh values, en -> en values; the
  foreman / touchpoint ids are the same in both);
- feedback: "all feedback" includes rows without ts; negative = the generator's sentiment in _truth (not a DATA.md
  table); topic counts use text markers (each checked here against the _truth topic) with a 5 % tolerance;
  completion reviews = channel 'review' (rating 1-5, nps 0-10); average rating by step = feedback.rating grouped by
  touchpoint_id;
- exact duplicate event rows (same event_id) are loaded once; periods are inclusive calendar dates; relative periods
  resolve against the item's as_of; weeks run Monday-Sunday; 金九银十 = September + October.
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
    for t in ("touchpoints", "customers", "journeys", "orders", "feedback"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'device': 'VARCHAR', 'foreman_id': 'VARCHAR', 'ticket_id': 'VARCHAR'}})""")
    CON.execute(f"CREATE VIEW truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}')")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) FROM customers") == one("SELECT count(DISTINCT customer_id) FROM events")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2024-07-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_25, Q4_25, Q1_26 = quarter(2025, 2), quarter(2025, 4), quarter(2026, 1)


# ---------------------------------------------------------------- funnels (per customer, DATA.md rule)

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust=None, ev_cond=None, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id, e.device FROM events e JOIN customers c USING (customer_id) " \
         "WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    first = f"AND ({ev_cond})" if ev_cond else ""
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM ev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} {first} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, readings=(False, True), **kw):
    vals = []
    for bounded in readings:
        c = funnel(journey, start, end, bounded=bounded, **kw)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.2, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, min_n=100, margin=0.04):
    vals = [r[0] for r in q(f'SELECT DISTINCT "{column}" FROM customers WHERE "{column}" IS NOT NULL')]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.\"{column}\" = '{v}'")
        if c[0] >= min_n:
            rates[v] = c[-1] / c[0]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > margin, rates
    return dict(top_entity=order[0])


# ---------------------------------------------------------------- per-project step rates and durations

def proj_rate(a_tp, b_tp, start, end, cond="1=1", invert=False):
    v = one(f"""WITH a AS (SELECT customer_id, min(ts) ta FROM events e JOIN customers c USING (customer_id)
                           WHERE e.touchpoint_id = '{a_tp}' AND ({cond}) GROUP BY 1)
                SELECT avg((EXISTS (SELECT 1 FROM events b WHERE b.customer_id = a.customer_id
                                    AND b.touchpoint_id = '{b_tp}' AND b.ts > a.ta))::int)
                FROM a WHERE {_in('ta', start, end)}""")
    if invert:
        v = 1 - v
    return dict(value=round(v, 4), tolerance=0.01)


def _pairs(a_tp, b_tp, start, end, by, cond):
    anchor = "ta" if by == "a" else "tb"
    return f"""WITH a AS (SELECT customer_id, min(ts) ta FROM events WHERE touchpoint_id = '{a_tp}' GROUP BY 1),
               b AS (SELECT customer_id, min(ts) tb FROM events WHERE touchpoint_id = '{b_tp}' GROUP BY 1)
               SELECT epoch(tb - ta) / 86400.0 AS d FROM a JOIN b USING (customer_id)
               JOIN customers c USING (customer_id)
               WHERE tb > ta AND {_in(anchor, start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, by="b", cond="1=1", agg="avg"):
    v = one(f"SELECT {agg}(d) FROM ({_pairs(a_tp, b_tp, start, end, by, cond)})")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.02), 2))


def step_share_over(a_tp, b_tp, start, end, days, by="b", cond="1=1"):
    v = one(f"SELECT avg((d > {days})::int) FROM ({_pairs(a_tp, b_tp, start, end, by, cond)})")
    return dict(value=round(v, 4), tolerance=0.01)


def _tickets(start, end):
    return f"""SELECT epoch(f.ts - r.ts) / 86400.0 AS d FROM events r JOIN events f ON f.ticket_id = r.ticket_id
               AND f.touchpoint_id = 'tp_warranty_fixed'
               WHERE r.touchpoint_id = 'tp_warranty_repair' AND {_in('r.ts', start, end)}"""


def ticket_time(start, end, agg="avg"):
    v = one(f"SELECT {agg}(d) FROM ({_tickets(start, end)})")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.02), 2))


def ticket_share_over(start, end, days):
    v = one(f"SELECT avg((d > {days})::int) FROM ({_tickets(start, end)})")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------------------------------------------------------------- event counts / averages / shares

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND "
                          f"{_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def avg_ev(col, tp, start, end, cond="1=1", rel=0.01):
    v = float(one(f"""SELECT avg(e.{col}) FROM events e JOIN customers c USING (customer_id)
                      WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))
    return dict(value=round(v, 2), tolerance=round(max(0.05, abs(v) * rel), 2))


def share_ev(cond_share, tp, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({cond_share})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND
                {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_ev_avg(expr, tp, start, end, by, lowest=False, min_n=15, ratio=1.3):
    rows = q(f"""SELECT {by} g, avg({expr}) v, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    a, b = rows[0][1], rows[1][1]
    assert (b > a * ratio) if lowest else (a > b * ratio), rows[:3]
    return dict(top_entity=rows[0][0])


def monthly_max(tp, start, end):
    rows = q(f"""SELECT date_trunc('month', e.ts) m, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1], rows[:3]
    return dict(value=rows[0][1], tolerance=0.5)


def weekly_max(tp, start, end):
    """Busiest Monday-Sunday week; it must be a full week inside the period and beat the partial edge weeks even
    when those are counted in full."""
    rows = q(f"""SELECT date_trunc('week', e.ts) w, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    wk = str(rows[0][0])[:10]
    assert start <= wk and one(f"SELECT (DATE '{wk}' + 6) <= DATE '{end}'"), (wk, rows[:3])
    full = q(f"""SELECT date_trunc('week', e.ts) w, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND date_trunc('week', e.ts) BETWEEN date_trunc('week', DATE '{start}') AND DATE '{end}'
                 GROUP BY 1 ORDER BY n DESC""")
    assert str(full[0][0])[:10] == wk and full[0][1] > full[1][1], full[:3]
    return dict(value=rows[0][1], tolerance=0.5)


def growth_events(tp, a, b, cond="1=1"):
    x = events_at(tp, *a, cond)["value"]
    y = events_at(tp, *b, cond)["value"]
    return dict(value=round(y / x - 1, 4), tolerance=0.005)


def inspection_pass(start, end, cond="1=1"):
    return share_ev("e.inspection_result = 'pass'", "tp_mid_inspection", start, end, f"e.attempt = 1 AND ({cond})")


def top_inspection_city(start, end):
    rows = q(f"""SELECT city, avg((inspection_result = 'pass')::int) v FROM events e
                 WHERE touchpoint_id = 'tp_mid_inspection' AND attempt = 1 AND {_in('ts', start, end)}
                 GROUP BY 1 ORDER BY v""")
    assert rows[1][1] - rows[0][1] > 0.15, rows
    return dict(top_entity=rows[0][0])


def lead_device_rate(start, end, device):
    return proj_rate("tp_lead", "tp_appt_booked", start, end, f"e.device = '{device}'")


# ---------------------------------------------------------------- projects (started construction)

STARTED = "SELECT customer_id FROM events WHERE touchpoint_id = 'tp_construction_start'"


def started_share(cond_share, cond="1=1"):
    v = one(f"""SELECT avg(({cond_share})::int) FROM customers c WHERE customer_id IN ({STARTED}) AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


HAS_CO = ("EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.order_type = 'change_order' "
          "AND o.status = 'paid')")
HAS_NB = ("EXISTS (SELECT 1 FROM events n WHERE n.customer_id = c.customer_id "
          "AND n.touchpoint_id = 'tp_neighbour_complaint')")


def co_spend_per_project(cond):
    v = one(f"""SELECT sum(coalesce((SELECT sum(amount) FROM orders o WHERE o.customer_id = c.customer_id
                                     AND o.order_type = 'change_order' AND o.status = 'paid'), 0)) / count(*)
                FROM customers c WHERE customer_id IN ({STARTED}) AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(float(v) * 0.005, 2))


def top_house_nb_rate(col):
    rows = q(f"""SELECT c.{col}, (SELECT count(*) FROM events n JOIN customers x USING (customer_id)
                                  WHERE n.touchpoint_id = 'tp_neighbour_complaint' AND x.{col} = c.{col})
                                 / count(*) v
                 FROM customers c WHERE customer_id IN ({STARTED}) GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * 2, rows
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- orders / customers

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def growth_orders(a, b):
    x = orders(*a)["value"]
    y = orders(*b)["value"]
    return dict(value=round(y / x - 1, 4), tolerance=0.005)


def per_payer(start, end):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o WHERE status = 'paid'
                AND {_in('o.ts', start, end)}""")
    return dict(value=round(float(v), 2), tolerance=round(float(v) * 0.005, 2))


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", ratio=1.1):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o JOIN customers c USING (customer_id) WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * ratio, rows[:3]
    return dict(top_entity=rows[0][0])


def top_contract_value(col, min_n=30, ratio=1.1):
    rows = q(f"""SELECT c.{col}, avg(e.contract_value) v, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = 'tp_contract' GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * ratio, rows
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_avg(expr, cond="1=1"):
    v = float(one(f"SELECT avg({expr}) FROM customers c WHERE {cond}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def customers_share(cond_share, cond="1=1"):
    return dict(value=round(float(one(f"SELECT avg(({cond_share})::int) FROM customers c WHERE {cond}")), 4),
                tolerance=0.01)


def top_customers(col, ratio=1.1):
    rows = q(f'SELECT "{col}", count(*) n FROM customers GROUP BY 1 ORDER BY n DESC')
    assert rows[0][1] > rows[1][1] * ratio, rows
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- feedback

def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


TOPIC = {
    "hidden_cost": ["增项", "加钱", "add-on", "hidden cost", "extra charge"],
    "dust_noise": ["噪音", "灰尘", "noise", "dust"],
    "delay": ["工期", "delay", "behind schedule"],
    "good_foreman": ["工长", "foreman"],
}


def marker(topic):
    """Text-marker condition for a topic, checked to agree exactly with the generator's truth."""
    cond = _like("f.text", TOPIC[topic])
    a = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    b = one(f"SELECT count(*) FROM truth WHERE topic = '{topic}'")
    c = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond} AND t.topic = '{topic}'")
    assert a == b == c, (topic, a, b, c)
    return cond


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="rating", tol=0.03):
    v = one(f"""SELECT avg(f.{col}) FROM feedback f LEFT JOIN customers c USING (customer_id)
                WHERE f.{col} IS NOT NULL AND {cond}""")
    return dict(value=round(v, 3), tolerance=tol)


def neg_share(cond):
    v = one(f"""SELECT avg((t.sentiment = 'neg')::int) FROM feedback f JOIN truth t USING (feedback_id)
                WHERE {cond}""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_fb(col, cond="1=1", ratio=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * ratio, rows[:3]
    return dict(top_entity=rows[0][0])


def lowest_step_rating(min_n=30, gap=0.2):
    rows = q(f"""SELECT touchpoint_id, avg(rating) v FROM feedback WHERE rating IS NOT NULL GROUP BY 1
                 HAVING count(*) >= {min_n} ORDER BY v""")
    assert rows[1][1] - rows[0][1] > gap, rows
    return dict(top_entity=rows[0][0])


REVIEW = "f.channel = 'review'"


def gold() -> dict:
    hidden, dust, delay, praise = (marker(t) for t in ("hidden_cost", "dust_noise", "delay", "good_foreman"))
    return {
        # ---- funnels / conversion
        "rn01": lambda: conv("sales", *Y25),
        "rn02": lambda: top_lost("sales", *H1_26),
        "rn03": lambda: top_conv("sales", *ALL, "acquisition_channel"),
        "rn04": lambda: conv("sales", *ALL, cust="c.acquisition_channel = 'xiaohongshu'"),
        "rn05": lambda: conv("sales", *ALL, cust="c.acquisition_channel = 'douyin'"),
        "rn06": lambda: lead_device_rate("2025-08-01", "2025-10-31", "android"),
        "rn07": lambda: lead_device_rate("2025-08-01", "2025-10-31", "ios"),
        "rn08": lambda: proj_rate("tp_appt_booked", "tp_measure", *Y25, invert=True),
        "rn09": lambda: proj_rate("tp_design", "tp_contract", *Q4_25),
        "rn10": lambda: proj_rate("tp_design", "tp_contract", *Q2_25),
        "rn11": lambda: conv("delivery", *H1_25, readings=(False,)),
        # ---- time between steps
        "rn13": lambda: step_time("tp_measure", "tp_design", *Q4_25, agg="median"),
        "rn14": lambda: step_time("tp_measure", "tp_design", *Q2_25, agg="median"),
        "rn15": lambda: step_share_over("tp_measure", "tp_design", *Y25, 14),
        "rn16": lambda: step_time("tp_construction_start", "tp_completion", *Y25),
        "rn17": lambda: share_ev("e.delay_days > 14", "tp_completion", *Y25),
        "rn18": lambda: top_ev_avg("e.delay_days", "tp_completion", *ALL, "e.foreman_id"),
        "rn19": lambda: avg_ev("delay_days", "tp_completion", *ALL, "e.foreman_id = 'HZ-F02'"),
        "rn20": lambda: ticket_time(*Y25),
        "rn21": lambda: ticket_share_over(*Y25, 7),
        "rn23": lambda: step_time("tp_completion", "tp_final_payment", *Y25, agg="median", cond=HAS_CO),
        "rn24": lambda: step_time("tp_completion", "tp_final_payment", *Y25, agg="median", cond=f"NOT {HAS_CO}"),
        # ---- money
        "rn25": lambda: orders(*Y25),
        "rn26": lambda: growth_orders(Q4_25, Q1_26),
        "rn27": lambda: avg_ev("contract_value", "tp_contract", *Y25, rel=0.005),
        "rn28": lambda: per_payer(*Y25),
        "rn29": lambda: orders(*Y25, cond="o.order_type = 'change_order'"),
        "rn30": lambda: started_share(HAS_CO, "c.house_type = '二手房'"),
        "rn31": lambda: started_share(HAS_CO, "c.house_type_en = 'new build'"),
        "rn32": lambda: co_spend_per_project("c.house_type_en = 'second-hand'"),
        "rn33": lambda: top_contract_value("style_pref"),
        "rn34": lambda: top_orders("o.payment_method", *ALL),
        "rn35": lambda: orders(*Y25, agg="count(*)", status="refunded", cond="o.order_type = 'deposit'"),
        # ---- counts and periods
        "rn37": lambda: events_at("tp_lead", *month(2026, 4)),
        "rn38": lambda: events_at("tp_measure", "2025-03-03", "2025-03-09"),
        "rn39": lambda: events_at("tp_contract", *month(2026, 5)),
        "rn40": lambda: events_at("tp_contract", *month(2025, 5)),
        "rn41": lambda: events_at("tp_construction_start", *Q1_26),
        "rn42": lambda: events_at("tp_completion", *H2_25, "e.city = '成都'"),
        "rn43": lambda: monthly_max("tp_lead", *Y25),
        "rn44": lambda: weekly_max("tp_lead", "2025-09-01", "2025-10-31"),
        "rn45": lambda: growth_events("tp_lead", ("2024-09-01", "2024-10-31"), ("2025-09-01", "2025-10-31")),
        "rn46": lambda: events_at("tp_neighbour_complaint", *Y25),
        # ---- inspection
        "rn47": lambda: top_inspection_city("2025-07-01", "2026-06-30"),
        "rn48": lambda: inspection_pass(*H2_25, "e.city = '成都'"),
        "rn49": lambda: inspection_pass("2024-07-01", "2025-06-30", "e.city = '成都'"),
        # ---- customers
        "rn50": lambda: customers_share("c.house_type = '二手房'"),
        "rn51": lambda: customers_count("c.style_pref_en = 'Nordic'"),
        "rn52": lambda: top_customers("获客渠道"),
        "rn53": lambda: customers_avg("c.area_sqm", "c.city_en = 'Hangzhou'"),
        "rn54": lambda: customers_share("EXISTS (SELECT 1 FROM events e WHERE e.customer_id = c.customer_id "
                                        "AND e.touchpoint_id = 'tp_contract')", "c.budget_band_en = 'over 400k'"),
        "rn56": lambda: top_house_nb_rate("house_type_en"),
        "rn57": lambda: started_share(HAS_NB, "c.city = '上海'"),
        # ---- feedback
        "rn58": lambda: fb_topic_count(hidden),
        "rn59": lambda: fb_topic_count(dust),
        "rn60": lambda: top_fb("f.foreman_id", delay),
        "rn61": lambda: neg_share(_in("f.ts", *H1_26)),
        "rn62": lambda: fb_avg(f"{REVIEW} AND {_in('f.ts', *Y25)}"),
        "rn63": lambda: lowest_step_rating(),
        "rn65": lambda: feedback_ids(praise),
        "rn66": lambda: feedback_ids(hidden),
        "rn68": lambda: fb_count("f.ts IS NULL"),
        "rn69": lambda: fb_avg(f"{REVIEW} AND c.house_type = '二手房'", col="nps", tol=0.05),
        "rn70": lambda: fb_avg(f"{REVIEW} AND f.foreman_id = 'HZ-F02'", tol=0.05),
        "rn71": lambda: fb_avg(f"{REVIEW} AND f.foreman_id = 'SH-F01'", tol=0.05),
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
