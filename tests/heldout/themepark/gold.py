"""Gold answers for the theme-park (Wonderhill 奇妙山乐园) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window (window_days) from their first step-1 event in the period. Each rate is
  computed twice, with later steps allowed after the period end and with every step required inside the period;
  the tolerance covers both (`conv`). For journeys whose window obviously runs past the period (pass renewal 30 d,
  sign-up to first ticket 30 d, refund 5 d, rain check 60 d, lost and found 14 d) the question says so and later steps
  may fall after the period (`conv_open`). Drop-off of a step = 1 - (reached next step / reached this step);
- "app vs mini program" and "iOS vs Android" of a customer are `customers.primary_channel` / `primary_device`
  (every online event of a customer carries that channel and device; in-park events have channel `onsite` and no
  device);
- "customers / people / users who did X" = distinct customers with an event at X's touchpoint in the period;
  入园人次 / park entries / visits = rows of `tp_gate` events (one per customer per visit day); rides taken = rows of
  `tp_ride` events; "how many orders" = order rows;
- money = orders with status `paid` (refunded and cancelled orders are not revenue), amount in CNY; 门票收入 /
  ticket revenue = order_type `ticket`; 年卡收入 = order_type `annual_pass`; 餐饮 / F&B = `fnb`; 商品 / merch =
  `merch`; total revenue = all four; average order value / 客单价 = average amount of paid orders of that kind;
- orders are dated by `ts` (order time), not by visit date, unless the question says "visit date" (`visit_date`);
- refund rate = refunded ticket orders / all ticket orders (the tolerance covers refunded / (paid + refunded));
- queue = `events.queue_minutes` of `tp_ride` rows; gate wait = `events.gate_wait_minutes` of `tp_gate` rows;
- customer-level facts (segment, tier, pass_status, visitor_group, city) are the state at the end of the data;
- feedback "negative" = `sentiment_label = neg` (generator truth); ratings are 1-5 stars; NPS = (share 9-10 - share
  0-6) x 100 over rows with an nps value; topic counts use text markers with a 5 % tolerance (checked against the
  generator's `topic` column); "all data" includes the comments without a date;
- periods are inclusive calendar dates; relative periods resolve against `as_of` (else 2026-08-31).
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
    for t in ("touchpoints", "customers", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    types={{'app_version': 'VARCHAR', 'ts': 'TIMESTAMP', 'zone': 'VARCHAR', 'nps': 'INTEGER',
                            'rating': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'app_version': 'VARCHAR', 'coupon_code': 'VARCHAR', 'device': 'VARCHAR',
                            'visit_date': 'DATE'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'app_version': 'VARCHAR', 'order_id': 'VARCHAR', 'device': 'VARCHAR',
                            'visit_date': 'DATE', 'pass_price': 'DOUBLE', 'queue_minutes': 'DOUBLE',
                            'gate_wait_minutes': 'DOUBLE', 'fnb_wait_minutes': 'DOUBLE'}})""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                  WHERE e.device IS NOT NULL AND e.device <> c.primary_device""") == 0
    assert one("""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                  WHERE e.channel IN ('app', 'mini_program') AND e.channel <> c.primary_channel
                  AND e.touchpoint_id <> 'tp_fnb'""") == 0


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


def funnel(journey, start, end, cust=None, bounded=False) -> list[int]:
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


def reached(journey, start, end, k, **kw):
    c = funnel(journey, start, end, **kw)
    return dict(value=c[k - 1], tolerance=0.5)


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


def top_conv(journey, start, end, column, lowest=False, min_n=30, gap=0.04, opened=False):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v}'")
        if c[0] >= min_n:
            rates[v] = c[-1] / c[0]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
    return dict(top_entity=order[0])


# ---------- events / customers ----------

def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def ev_avg(tp, col, start, end, cond="1=1", tol=None):
    v = one(f"""SELECT avg({col}) FROM events e WHERE e.touchpoint_id = ? AND {col} IS NOT NULL
                AND {_in('e.ts', start, end)} AND ({cond})""", tp)
    return dict(value=round(v, 2), tolerance=tol or max(0.1, round(abs(v) * 0.01, 2)))


def ev_share(tp, num, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                AND ({cond})""", tp)
    return dict(value=round(v, 4), tolerance=0.01)


def top_ev(tp, col, start, end, agg="count(*)", cond="1=1", lowest=False, gap=1.08):
    rows = q(f"""SELECT {col}, {agg} n FROM events e WHERE e.touchpoint_id = ? AND {col} IS NOT NULL
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""", tp)
    a, b = rows[0][1], rows[1][1]
    assert (b > a * gap) if lowest else (a > b * gap), rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def paid_buyers(start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT customer_id) FROM orders o WHERE status = 'paid'
                              AND {_in('ts', start, end)} AND ({cond})"""), tolerance=0.5)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1", alt_status=None):
    def val(stt):
        st = "1=1" if stt is None else f"o.status IN ({stt})"
        return one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    v = val(None if status is None else f"'{status}'")
    if agg.startswith("count") or agg.startswith("sum(o.quantity"):
        tol = 0.5 if alt_status is None else abs(v - val(alt_status)) + 0.5
        return dict(value=v, tolerance=tol)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.01 if abs(v) < 100 else 1.0, abs(v) * 0.001), 2))


def share_orders(start, end, num, cond="1=1", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(col, start, end, agg="count(*)", status="paid", cond="1=1", lowest=False, gap=1.08):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    a, b = rows[0][1], rows[1][1]
    assert (b > a * gap) if lowest else (a > b * gap), rows[:3]
    return dict(top_entity=rows[0][0])


def refund_rate(start, end, cond="1=1"):
    a, b = q(f"""SELECT avg((status = 'refunded')::int), avg((status = 'refunded')::int) FILTER (WHERE status <> 'cancelled')
                 FROM orders o WHERE order_type = 'ticket' AND {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def topic_count(marker, topics, extra="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {marker} AND {extra}")
    tl = ", ".join(f"'{t}'" for t in topics)
    truth = one(f"SELECT count(*) FROM feedback f WHERE topic IN ({tl}) AND {extra}")
    assert abs(n - truth) <= max(1, 0.05 * truth), (n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.01):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def top_nps(col, cond="1=1", gap=4.0, lowest=False):
    rows = q(f"""SELECT {col}, 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) r FROM feedback f
                 WHERE nps IS NOT NULL AND {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[0][1] - rows[1][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_rating(col, cond="1=1", gap=0.15, lowest=True):
    rows = q(f"""SELECT {col}, avg(rating) r FROM feedback f WHERE rating IS NOT NULL AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[1][1] - rows[0][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_neg_share(col, cond="1=1", gap=0.04):
    rows = q(f"""SELECT {col}, avg((f.sentiment_label = 'neg')::int) r FROM feedback f
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


def top_neg_rise(base, now):
    rows = q(f"""SELECT touchpoint_id, count(*) FILTER (WHERE {_in('ts', *now)})
                                     - count(*) FILTER (WHERE {_in('ts', *base)}) d
                 FROM feedback WHERE sentiment_label = 'neg' GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > rows[1][1] * 1.1, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(col, cond):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.2, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-04-01", "2026-08-31")
GOLDEN_WEEK = ("2025-10-01", "2025-10-07")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
SUMMER25 = ("2025-07-01", "2025-08-31")
SUMMER26 = ("2026-07-01", "2026-08-31")
NEG = "f.sentiment_label = 'neg'"
SURVEY = "f.channel = 'exit_survey'"
MINI = "c.primary_channel = 'mini_program'"
APP = "c.primary_channel = 'app'"
TICKET = "o.order_type = 'ticket'"
QUEUE = "(f.text LIKE '%排队%' OR lower(f.text) LIKE '%queue%')"
COASTER = "(f.text LIKE '%停运%' OR lower(f.text) LIKE '%maintenance%')"
FOOD = "(f.text LIKE '%餐饮%' OR lower(f.text) LIKE '%food%')"
SOLDOUT = "(f.text LIKE '%售罄%' OR lower(f.text) LIKE '%sold out%')"
LOST = "(f.text LIKE '%丢%' OR lower(f.text) LIKE '%lost%')"
PASSP = "(f.text LIKE '%涨价%' OR lower(f.text) LIKE '%pass price%')"
RAINC = "(f.text LIKE '%雨票%' OR lower(f.text) LIKE '%rain check%')"
REFUND = "(f.text LIKE '%退款%' OR lower(f.text) LIKE '%refund%')"
PAYFAIL = "(f.text LIKE '%支付失败%' OR lower(f.text) LIKE '%payment failed%')"
TOILET = "(f.text LIKE '%厕所%' OR lower(f.text) LIKE '%restroom%')"


def lead_for_visits(start, end):
    a, b = q(f"""SELECT avg(booking_lead_days), avg(booking_lead_days) FILTER (WHERE status = 'paid') FROM orders o
                 WHERE order_type = 'ticket' AND visit_date BETWEEN DATE '{start}' AND DATE '{end}'
                 AND status IN ('paid', 'refunded')""")[0]
    b = one(f"""SELECT avg(booking_lead_days) FROM orders o WHERE order_type = 'ticket' AND status = 'paid'
                AND visit_date BETWEEN DATE '{start}' AND DATE '{end}'""")
    return dict(value=round(b, 2), tolerance=round(max(0.1, abs(a - b) + 0.05), 2))


def peak_month_entries(year):
    rows = q(f"""SELECT month(ts) m, count(*) n FROM events WHERE touchpoint_id = 'tp_gate' AND year(ts) = {year}
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1], rows[:3]
    return dict(value=rows[0][1], tolerance=0.5)


def top_city_outside(province):
    rows = q(f"""SELECT c.city, sum(o.amount) n FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND o.order_type = 'ticket' AND c.province <> '{province}'
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.5, rows[:3]
    return dict(top_entity=rows[0][0])


SPLASH = "e.zone = 'splash_world'"
LOST_SPLASH = (f"{LOST} AND {NEG} AND (f.zone = 'splash_world' OR f.text LIKE '%水世界%' "
               "OR lower(f.text) LIKE '%splash%')")


def gold() -> dict:
    return {
        # ---- funnels
        "wh01": lambda: conv("ticket_purchase", *month(2026, 7), a=2, b=3, drop=True, cust=MINI),
        "wh02": lambda: conv("ticket_purchase", *month(2026, 7), a=2, b=3, drop=True, cust=APP),
        "wh03": lambda: conv("ticket_purchase", *month(2026, 5), a=2, b=3, drop=True, cust=MINI),
        "wh04": lambda: top_lost("ticket_purchase", *ALL),
        "wh05": lambda: conv("ticket_purchase", *quarter(2025, 4)),
        "wh06": lambda: conv("ticket_purchase", *H1_26, a=3, b=4),
        "wh07": lambda: conv_open("pass_renewal", *H2_25),
        "wh08": lambda: conv_open("pass_renewal", "2026-03-01", "2026-08-31"),
        "wh09": lambda: top_conv("pass_renewal", *ALL, "pass_type", lowest=True),
        "wh10": lambda: conv_open("ticket_refund", *month(2025, 8)),
        "wh12": lambda: conv_open("signup_first_ticket", *H2_25),
        "wh13": lambda: top_conv("signup_first_ticket", *ALL, "acquisition_channel", lowest=True),
        "wh14": lambda: conv("park_visit", *month(2025, 8), a=1, b=3),
        "wh15": lambda: conv_open("rain_check", *ALL),
        "wh16": lambda: conv_open("lost_found", "2025-04-01", "2025-12-31", cust=SPLASH),
        # ---- visits, orders and money
        "wh18": lambda: events_at("tp_gate", *GOLDEN_WEEK),
        "wh19": lambda: users_at("tp_gate", *GOLDEN_WEEK),
        "wh20": lambda: orders(*month(2025, 8)),
        "wh21": lambda: top_orders("o.ticket_type", *SUMMER25, agg="sum(o.quantity)", cond=TICKET, gap=1.3),
        "wh22": lambda: top_orders("o.visitor_group", *ALL, agg="avg(o.booking_lead_days)", cond=TICKET, gap=1.5),
        "wh23": lambda: lead_for_visits(*GOLDEN_WEEK),
        "wh24": lambda: orders(*H1_26, cond="o.order_type = 'annual_pass'"),
        "wh25": lambda: orders(*month(2026, 7), agg="count(*)", cond="o.order_type = 'fnb'"),
        "wh26": lambda: share_orders("2026-05-01", "2026-08-31", "o.channel = 'app'", cond="o.order_type = 'fnb'"),
        "wh28": lambda: share_orders(*quarter(2025, 3), "o.channel = 'ota'", cond=TICKET),
        "wh29": lambda: refund_rate("2026-01-01", "2026-08-31"),
        "wh30": lambda: orders(*ALL, agg="count(*)", status="refunded", cond="o.refund_reason = 'weather_closure'"),
        "wh31": lambda: orders(*ALL, agg="avg(o.amount)", cond=f"{TICKET} AND o.visitor_group = 'school_group'"),
        "wh32": lambda: paid_buyers(*month(2026, 7), "order_type = 'ticket'"),
        "wh34": lambda: orders("2026-01-01", "2026-08-31", agg="count(*)",
                               cond="o.order_type = 'annual_pass' AND o.pass_action = 'new'"),
        "wh35": lambda: peak_month_entries(2025),
        # ---- queues and park operations
        "wh36": lambda: ev_avg("tp_ride", "e.queue_minutes", *GOLDEN_WEEK),
        "wh37": lambda: ev_avg("tp_ride", "e.queue_minutes", *month(2025, 9)),
        "wh38": lambda: top_ev("tp_ride", "e.ride", *SUMMER26, agg="avg(e.queue_minutes)"),
        "wh39": lambda: top_ev("tp_ride", "e.ride", "2026-03-09", "2026-04-26", agg="avg(e.queue_minutes)", gap=1.15),
        "wh40": lambda: ev_share("tp_ride", "e.queue_minutes > 60", *quarter(2025, 3)),
        "wh41": lambda: ev_avg("tp_gate", "e.gate_wait_minutes", *month(2025, 12)),
        "wh42": lambda: top_ev("tp_ride", "e.zone", "2025-01-01", "2025-12-31"),
        # ---- customers and passes
        "wh43": lambda: customers_count("c.pass_status = 'active'"),
        "wh44": lambda: customers_count("c.pass_type = 'standard' AND c.pass_status = 'expired'"),
        "wh45": lambda: users_at("tp_pass_paid", *quarter(2025, 4), "e.pass_action = 'renewal'"),
        "wh47": lambda: top_city_outside("浙江"),
        # ---- feedback
        "wh48": lambda: topic_count(QUEUE, ["queue_long"]),
        "wh49": lambda: topic_count(COASTER, ["coaster_closed"]),
        "wh50": lambda: feedback_ids(LOST_SPLASH),
        "wh51": lambda: fb_ratio(NEG, _in("f.ts", *month(2025, 10))),
        "wh52": lambda: top_neg_share("f.zone", _in("f.ts", *H1_26)),
        "wh53": lambda: fb_avg("rating", f"{SURVEY} AND {_in('f.ts', *GOLDEN_WEEK)}"),
        "wh54": lambda: fb_avg("rating", f"{SURVEY} AND {_in('f.ts', *month(2025, 9))}"),
        "wh55": lambda: nps(f"{SURVEY} AND {_in('f.ts', *H2_25)}"),
        "wh56": lambda: top_nps("f.visitor_group", SURVEY),
        "wh57": lambda: fb_count("f.ts IS NULL"),
        "wh58": lambda: top_neg_rise(month(2026, 5), month(2026, 7)),
        "wh59": lambda: topic_count(SOLDOUT, ["calendar_bug"]),
        "wh60": lambda: topic_count(PASSP, ["pass_price"]),
        "wh61": lambda: fb_avg("rating", "f.channel = 'cs_ticket'"),
        "wh62": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND {_in('f.ts', *H1_26)}"),
        "wh63": lambda: top_rating("f.visitor_group", SURVEY, gap=0.15, lowest=True),
        "wh64": lambda: topic_count(FOOD, ["food_price", "food_wait"]),
        # ---- relative periods
        "wh72": lambda: orders(*month(2026, 8), cond=TICKET),
        "wh73": lambda: events_at("tp_gate", *quarter(2026, 2)),
        "wh74": lambda: orders(*SUMMER25, cond="o.order_type = 'fnb'"),
        "wh75": lambda: events_at("tp_rain_check", "2026-07-20", "2026-07-26"),
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
