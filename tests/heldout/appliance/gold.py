"""Gold answers for the 安装宝 FixInstall (appliance delivery & installation) held-out batch, from plain DuckDB SQL
over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days (order_to_install 30 d, onsite 14 d, warranty 30 d, repair 14 d) from
  their first step-1 event in the period; rates are per customer. Each funnel rate is computed twice (later steps
  allowed after the period end / every step required inside the period) and the tolerance covers both readings;
  "after which step do most customers drop out" = the step with the most customers who reached it but not the next;
- one job = one order of one appliance category (job_id = session_id, also on orders and feedback). "Orders" /
  "单" in a per-order question = jobs. Per-order step rates ("of the orders delivered in 2025, how many booked an
  installation") take the jobs with an A event in the period (dated by the job's first A event) and look for a B
  event of the same job at any later time; job attributes (device, order channel, appliance category, service
  centre, brand) are the event columns;
- time between two steps = per job, first B - first A (days = seconds / 86400, hours = seconds / 3600), over jobs
  that reached both, dated by the step the question names (by default the later one: "installed in July" = by
  tp_installed); repair tickets are paired on ticket_id and dated by the ticket;
- lateness = arrival_delay_min on tp_installed (minutes after the promised slot; 0 = on time), "late" = > 30 min;
  no-show rate of a technician = tp_no_show events / tp_tech_assigned events carrying that technician_id;
- money = orders with status 'paid', dated by order ts (order_type appliance / install_fee / materials / repair, twin
  order_type_zh 商品 / 安装费 / 辅材费 / 维修费); refunded = status 'refunded'; per paying customer = paid total /
  distinct paying customers in the period; materials per AC job = paid materials orders of the jobs / number of
  those jobs (jobs without a charge count as 0);
- customer facts (city / city_en, customer_type / 客户类型, housing_type / housing_type_en, acquisition_channel /
  购买渠道) come from customers; a ranking answers with the column in the question's language (zh -> zh values,
  en -> en values; technician / touchpoint ids are the same in both);
- feedback: "all feedback" includes rows without ts; negative = the generator's sentiment in _truth (not a DATA.md
  table); topic counts use text markers (each checked here against the _truth topic) with a 5 % tolerance;
  acceptance survey = channel 'survey' at tp_acceptance (rating 1-5, nps 0-10); average rating by step =
  feedback.rating grouped by touchpoint_id;
- exact duplicate event rows (same event_id) are loaded once; periods are inclusive calendar dates; relative periods
  resolve against the item's as_of; weeks run Monday-Sunday.
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
                    types={{'device': 'VARCHAR', 'technician_id': 'VARCHAR', 'ticket_id': 'VARCHAR'}})""")
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


ALL = ("2024-10-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
Q3_25, Q4_25, Q1_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1)


# ---------------------------------------------------------------- funnels (per customer, DATA.md rule)

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


def conv(journey, start, end, **kw):
    vals = []
    for bounded in (False, True):
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


# ---------------------------------------------------------------- per-job step rates and durations

def _job_a(a_tp, cond):
    return f"""SELECT e.job_id, min(e.ts) ta FROM events e JOIN customers c USING (customer_id)
               WHERE e.touchpoint_id = '{a_tp}' AND ({cond}) GROUP BY 1"""


def _has_b(b_tp, within_days=None):
    lim = f" AND b.ts <= a.ta + INTERVAL {within_days} DAY" if within_days else ""
    return f"""EXISTS (SELECT 1 FROM events b WHERE b.job_id = a.job_id AND b.touchpoint_id = '{b_tp}'
               AND b.ts > a.ta{lim})"""


def job_rate(a_tp, b_tp, start, end, cond="1=1", within_days=None):
    v = one(f"""WITH a AS ({_job_a(a_tp, cond)}) SELECT avg(({_has_b(b_tp, within_days)})::int)
                FROM a WHERE {_in('ta', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_job_rate(a_tp, b_tp, start, end, by, lowest=False, min_n=50, margin=0.05):
    rows = q(f"""WITH a AS (SELECT e.job_id, min(e.ts) ta, any_value({by}) g FROM events e
                            WHERE e.touchpoint_id = '{a_tp}' GROUP BY 1)
                 SELECT g, avg(({_has_b(b_tp)})::int) v, count(*) n FROM a WHERE {_in('ta', start, end)}
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[0][1] - rows[1][1]) > margin, rows
    return dict(top_entity=rows[0][0])


def _pairs(a_tp, b_tp, start, end, by, cond, unit):
    anchor = "ta" if by == "a" else "tb"
    return f"""WITH a AS (SELECT job_id, min(ts) ta FROM events WHERE touchpoint_id = '{a_tp}' GROUP BY 1),
               b AS (SELECT job_id, min(ts) tb, any_value(appliance_category) cat, any_value(service_centre) sc
                     FROM events WHERE touchpoint_id = '{b_tp}' GROUP BY 1)
               SELECT epoch(tb - ta) / {unit} AS d FROM a JOIN b USING (job_id)
               WHERE tb > ta AND {_in(anchor, start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, by="b", cond="1=1", agg="avg", unit=86400.0):
    v = one(f"SELECT {agg}(d) FROM ({_pairs(a_tp, b_tp, start, end, by, cond, unit)})")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.02), 2))


def step_share_over(a_tp, b_tp, start, end, days, by="b", cond="1=1"):
    v = one(f"SELECT avg((d > {days})::int) FROM ({_pairs(a_tp, b_tp, start, end, by, cond, 86400.0)})")
    return dict(value=round(v, 4), tolerance=0.01)


def _tickets(start, end):
    return f"""SELECT epoch(f.ts - r.ts) / 86400.0 AS d FROM events r JOIN events f ON f.ticket_id = r.ticket_id
               AND f.touchpoint_id = 'tp_repair_done'
               WHERE r.touchpoint_id = 'tp_repair_ticket' AND {_in('r.ts', start, end)}"""


def ticket_time(start, end, agg="avg"):
    v = one(f"SELECT {agg}(d) FROM ({_tickets(start, end)})")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.02), 2))


# ---------------------------------------------------------------- event counts / averages / shares

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND "
                          f"{_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def avg_ev(col, tp, start, end, cond="1=1", rel=0.02):
    v = float(one(f"""SELECT avg(e.{col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                      AND ({cond})"""))
    return dict(value=round(v, 2), tolerance=round(max(0.05, abs(v) * rel), 2))


def share_ev(cond_share, tp, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({cond_share})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND
                {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_ev_share(cond_share, tp, start, end, by, min_n=50, margin=0.05):
    rows = q(f"""SELECT {by} g, avg(({cond_share})::int) v, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC""")
    assert rows[0][1] - rows[1][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_ev_count(tp, start, end, by, ratio=1.3, cond="1=1"):
    rows = q(f"""SELECT {by} g, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * ratio, rows[:3]
    return dict(top_entity=rows[0][0])


def monthly_max(tp, start, end, cond="1=1"):
    rows = q(f"""SELECT date_trunc('month', e.ts) m, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
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


def no_show_rate(tech):
    v = one(f"""SELECT count(*) FILTER (WHERE touchpoint_id = 'tp_no_show')
                       / count(*) FILTER (WHERE touchpoint_id = 'tp_tech_assigned')
                FROM events WHERE technician_id = '{tech}'""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_no_show(min_n=30):
    rows = q(f"""SELECT technician_id, count(*) FILTER (WHERE touchpoint_id = 'tp_no_show')
                        / count(*) FILTER (WHERE touchpoint_id = 'tp_tech_assigned') v
                 FROM events WHERE technician_id IS NOT NULL GROUP BY 1
                 HAVING count(*) FILTER (WHERE touchpoint_id = 'tp_tech_assigned') >= {min_n} ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * 2, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- materials / disputes per job

def materials_per_ac_job(start, end, centre):
    v = one(f"""WITH j AS (SELECT job_id FROM events WHERE touchpoint_id = 'tp_installed' AND appliance_category = '空调'
                           AND service_centre = '{centre}' AND {_in('ts', start, end)})
                SELECT coalesce(sum(o.amount), 0) / (SELECT count(*) FROM j) FROM orders o
                WHERE o.order_type = 'materials' AND o.status = 'paid' AND o.job_id IN (SELECT job_id FROM j)""")
    return dict(value=round(float(v), 2), tolerance=round(float(v) * 0.01, 2))


def dispute_share(start, end):
    return job_rate("tp_extra_charge", "tp_charge_dispute", start, end)


def charged_share(start, end, cust_cond):
    v = one(f"""WITH j AS (SELECT e.job_id FROM events e JOIN customers c USING (customer_id)
                           WHERE e.touchpoint_id = 'tp_installed' AND e.appliance_category = '空调'
                           AND {_in('e.ts', start, end)} AND ({cust_cond}))
                SELECT avg((EXISTS (SELECT 1 FROM events x WHERE x.job_id = j.job_id
                                    AND x.touchpoint_id = 'tp_extra_charge'))::int) FROM j""")
    return dict(value=round(v, 4), tolerance=0.01)


def repair_30d(start, end, cond):
    v = one(f"""WITH j AS (SELECT job_id, min(ts) ti FROM events WHERE touchpoint_id = 'tp_installed'
                           AND appliance_category = '空调' AND ({cond}) GROUP BY 1)
                SELECT avg((EXISTS (SELECT 1 FROM events r WHERE r.job_id = j.job_id AND r.touchpoint_id =
                                    'tp_repair_ticket' AND r.ts > j.ti AND r.ts <= j.ti + INTERVAL 30 DAY))::int)
                FROM j WHERE {_in('ti', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


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


def per_payer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(float(v) * 0.005, 2))


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", ratio=1.1):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * ratio, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(cond_share, cond="1=1"):
    return dict(value=round(float(one(f"SELECT avg(({cond_share})::int) FROM customers c WHERE {cond}")), 4),
                tolerance=0.01)


def top_customers(col, ratio=1.1):
    rows = q(f'SELECT "{col}", count(*) n FROM customers GROUP BY 1 ORDER BY n DESC')
    assert rows[0][1] > rows[1][1] * ratio, rows
    return dict(top_entity=rows[0][0])


def orders_per_customer(start, end):
    v = one(f"""SELECT count(*) / count(DISTINCT customer_id) FROM events WHERE touchpoint_id = 'tp_order_placed'
                AND {_in('ts', start, end)}""")
    return dict(value=round(float(v), 3), tolerance=0.01)


# ---------------------------------------------------------------- feedback

def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


TOPIC = {
    "extra_charge": ["辅材", "乱收费", "extra charge", "materials fee", "overcharg"],
    "ac_leak": ["漏水", "leak"],
    "tech_late": ["迟到", "late"],
    "messy": ["没清理", "垃圾", "mess"],
    "fast_pro": ["专业", "professional"],
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
    v = one(f"""SELECT avg(f.{col}) FROM feedback f WHERE f.{col} IS NOT NULL AND {cond}""")
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


ACC = "f.channel = 'survey' AND f.touchpoint_id = 'tp_acceptance'"
AC = "appliance_category = '空调'"
PANYU, TIANHE, YANTA = "广州番禺服务中心", "广州天河服务中心", "西安雁塔服务中心"
CHARGE_PERIOD = ("2025-06-01", "2026-06-30")


def gold() -> dict:
    charge, leak, late, messy, praise = (marker(t) for t in ("extra_charge", "ac_leak", "tech_late", "messy",
                                                             "fast_pro"))
    return {
        # ---- funnels / conversion
        "fx01": lambda: conv("order_to_install", *Y25),
        "fx02": lambda: top_lost("order_to_install", *H1_26),
        "fx03": lambda: conv("warranty", *ALL, cust="c.acquisition_channel = 'offline_store'"),
        "fx04": lambda: conv("warranty", *ALL, cust="c.购买渠道 = '线上商城'"),
        "fx05": lambda: job_rate("tp_order_placed", "tp_delivery_scheduled", "2026-03-02", "2026-04-12",
                                 "e.device = 'android'"),
        "fx06": lambda: job_rate("tp_order_placed", "tp_delivery_scheduled", "2026-03-02", "2026-04-12",
                                 "e.device = 'ios'"),
        "fx07": lambda: top_job_rate("tp_delivered", "tp_install_booked", *Y25, "e.appliance_category_en",
                                     lowest=True),
        "fx08": lambda: job_rate("tp_delivered", "tp_install_booked", *Y25, "e.appliance_category = '电视'"),
        # ---- time between steps
        "fx11": lambda: step_time("tp_install_booked", "tp_installed", *month(2025, 7), cond=f"cat = '空调'",
                                  agg="median"),
        "fx12": lambda: step_time("tp_install_booked", "tp_installed", *month(2025, 10), cond=f"cat = '空调'",
                                  agg="median"),
        "fx13": lambda: step_share_over("tp_install_booked", "tp_installed", *Q3_25, 3, cond=f"cat = '空调'"),
        "fx14": lambda: step_time("tp_order_placed", "tp_delivered", *Y25),
        "fx15": lambda: ticket_time(*Y25),
        "fx17": lambda: step_time("tp_installed", "tp_acceptance", *Y25, by="a", unit=3600.0),
        # ---- technicians / centres
        "fx18": lambda: top_no_show(),
        "fx19": lambda: no_show_rate("WH-T08"),
        "fx20": lambda: top_ev_share("e.arrival_delay_min > 30", "tp_installed", *Y25, "e.service_centre_en"),
        "fx21": lambda: share_ev("e.arrival_delay_min > 30", "tp_installed", *Q3_25),
        "fx22": lambda: avg_ev("arrival_delay_min", "tp_installed", "2025-07-01", "2025-08-31"),
        "fx23": lambda: avg_ev("arrival_delay_min", "tp_installed", "2025-03-01", "2025-04-30"),
        # ---- extra charges
        "fx25": lambda: materials_per_ac_job(*CHARGE_PERIOD, PANYU),
        "fx26": lambda: materials_per_ac_job(*CHARGE_PERIOD, TIANHE),
        "fx27": lambda: top_ev_count("tp_charge_dispute", *H1_26, "e.service_centre_en"),
        "fx28": lambda: dispute_share(*H1_26),
        "fx29": lambda: orders(*Y25, cond="o.order_type = 'materials'"),
        "fx30": lambda: top_orders("o.material_item", *Y25, cond="o.order_type = 'materials'", ratio=2),
        "fx55": lambda: charged_share(*Y25, "c.housing_type = '老小区'"),
        # ---- money
        "fx32": lambda: orders(*Q4_25),
        "fx33": lambda: growth_orders(Q4_25, Q1_26),
        "fx34": lambda: orders(*Y25, cond="o.order_type = 'install_fee'"),
        "fx35": lambda: per_payer(*Y25),
        "fx36": lambda: per_payer(*Y25, "c.customer_type = 'business'"),
        "fx37": lambda: per_payer(*Y25, "c.客户类型 = '个人'"),
        "fx39": lambda: orders(*Y25, cond="o.order_type = 'appliance' AND o.brand = 'Gree'"),
        # ---- counts and periods
        "fx41": lambda: events_at("tp_installed", "2025-03-03", "2025-03-09"),
        "fx42": lambda: events_at("tp_order_placed", *month(2025, 10)),
        "fx43": lambda: events_at("tp_installed", *month(2026, 6), f"e.{AC}"),
        "fx44": lambda: events_at("tp_repair_ticket", *month(2026, 4)),
        "fx45": lambda: monthly_max("tp_order_placed", *Y25, f"e.{AC}"),
        "fx46": lambda: weekly_max("tp_installed", "2025-06-01", "2025-08-31"),
        "fx47": lambda: growth_events("tp_order_placed", month(2024, 11), month(2025, 11)),
        "fx48": lambda: events_at("tp_installed", *H2_25, "e.appliance_category = '热水器'"),
        "fx50": lambda: monthly_max("tp_reschedule", *Y25),
        # ---- customers
        "fx51": lambda: customers_share("c.客户类型 = '企业'"),
        "fx52": lambda: customers_count("c.housing_type_en = 'old estate'"),
        "fx53": lambda: top_customers("city_en"),
        "fx54": lambda: orders_per_customer(*Y25),
        # ---- repairs / reschedules
        "fx56": lambda: repair_30d(*Y25, f"service_centre = '{YANTA}'"),
        "fx57": lambda: repair_30d(*Y25, f"service_centre <> '{YANTA}'"),
        "fx60": lambda: job_rate("tp_install_booked", "tp_reschedule", *month(2025, 7)),
        "fx61": lambda: top_ev_count("tp_reschedule", *Y25, "e.reschedule_reason", ratio=1.15),
        # ---- feedback
        "fx62": lambda: fb_topic_count(charge),
        "fx63": lambda: fb_topic_count(leak),
        "fx64": lambda: top_fb("f.service_centre", late),
        "fx65": lambda: neg_share(_in("f.ts", *H1_26)),
        "fx66": lambda: fb_avg(f"{ACC} AND {_in('f.ts', *Y25)}"),
        "fx67": lambda: lowest_step_rating(),
        "fx68": lambda: fb_avg("f.touchpoint_id = 'tp_repair_done'"),
        "fx69": lambda: feedback_ids(praise),
        "fx70": lambda: feedback_ids(charge),
        "fx71": lambda: fb_count("f.ts IS NULL"),
        "fx72": lambda: fb_avg(f"{ACC} AND f.technician_id = 'WH-T08'", col="nps", tol=0.1),
        "fx73": lambda: fb_avg(f"{ACC} AND f.technician_id = 'SH-T02'", col="nps", tol=0.1),
        "fx74": lambda: fb_topic_count(messy),
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
