"""Gold answers for the ParkEasy 停好 (city parking app) held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period (onboarding 30 d: install →
  sign-up → add plate → add payment method → first entry; find_to_park 1 d: find a space → entry; monthly_pass 7 d:
  pass page → pass purchase; dispute 30 d: dispute → review → refund). Each rate is computed with later steps allowed
  after the period end and with every step required inside the period; the tolerance covers both. "After which step
  did we lose the most" = the step with the most people who reached it but not the next step. A funnel "for referral
  users" keeps the customers with that acquisition_channel (customers table);
- people / drivers / customers = distinct customer_id; a parking session (停车次数 / sessions) = one tp_entry event,
  dated by its ts (the 90 exact duplicate event rows are loaded once); durations are `duration_minutes` on tp_exit
  events dated by the exit ts (the tolerance covers dating by entry); 月卡车 / pass holders' sessions = billing
  'monthly_pass', 临停车 / pay-per-use = billing 'pay_per_use'; street parking = parking_type 'street';
  EV / petrol owners = customers.car_type; device = the event's device (the customer's phone);
- gate error rate = tp_gate_error events / tp_entry events at the garage in the period; the error type is
  `gate_error`; payment failure rate = tp_pay_fail / (tp_pay + tp_pay_fail) events; a timeout = pay_error 'timeout';
  charger fault rate = tp_charger_fault / tp_ev_charge events; "turned away at a full garage" = tp_garage_full;
- dispute review time = review_hours on tp_dispute_review (equal to the time between the dispute and its review);
  a period on review time selects reviews by review date, the tolerance covers selecting by dispute date; dispute →
  refund time = tp_refund ts − tp_dispute ts of the same dispute_id; approval share = review_result 'approved' among
  tp_dispute_review events in the period; a dispute reason = dispute_reason on tp_dispute;
- sign-up → first park = from tp_register to the customer's first tp_entry after it, in fractional days, for
  customers who ever parked;
- money = orders: revenue = sum(amount) of status 'paid' by order ts, CNY; parking fees = product 'parking_fee',
  passes = 'monthly_pass', EV charging add-ons = 'ev_charging'; refunded = status 'refunded' (dated by the order; the
  tolerance covers dating by the refund event); "per paying customer" = paid revenue / distinct customers with a
  paid order; passes sold = tp_pass_buy events (= monthly_pass orders), renewals included;
- customer facts at the end of the data come from customers (segment 'pass_holder' = an active pass on 2026-07-31);
  garages: zh questions name the zh `garage`, en questions the English twin `garage_en`; cities are English values;
- feedback topic counts use text markers with a 5 % tolerance (each marker is checked here against the generator's
  truth topic in DATADIR/_truth, not a DATA.md table); "all feedback" includes rows without ts; 差评 / negative =
  rating 1-2 among rows with a rating; post-parking surveys = channel 'survey';
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; data ends 2026-07-31.
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
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    CON.execute(f"CREATE VIEW truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}')")
    dup = CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0]
    assert dup == 0, "duplicate event_id with different content"


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def cust(cond: str) -> str:
    return f"e.customer_id IN (SELECT customer_id FROM customers c WHERE {cond})"


# ---------------------------------------------------------------- funnels (DATA.md rule)

def _steps(journey: str) -> tuple[list[str], int]:
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cond="1=1", bounded=False):
    steps, window = _steps(journey)
    ev = f"SELECT customer_id, ts, touchpoint_id FROM events e WHERE ({cond})"
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


def _spread(vals, lo=0.01):
    return round(max(lo, max(vals) - min(vals) + 0.005), 4)


def conv(journey, start, end, a=1, b=None, cond="1=1"):
    b = b or len(_steps(journey)[0])
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, cond, bounded)
        vals.append(c[b - 1] / c[a - 1])
    return dict(value=round(vals[0], 4), tolerance=_spread(vals))


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


def best_conv(journey, start, end, col, values, lowest=False, gap=0.04):
    rates = {}
    for v in values:
        rates[v] = [conv(journey, start, end, cond=cust(f"c.{col} = '{v}'"))["value"]]
    order = sorted(rates, key=lambda v: rates[v][0], reverse=not lowest)
    assert abs(rates[order[0]][0] - rates[order[1]][0]) > gap, rates
    return dict(top_entity=order[0])


# ---------------------------------------------------------------- events

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}'
                              AND {_in('e.ts', start, end)} AND ({cond})"""), tolerance=0.5)


def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e WHERE e.touchpoint_id = '{tp}'
                              AND {_in('e.ts', start, end)} AND ({cond})"""), tolerance=0.5)


def ratio(num_tp, den_tps, start, end, cond="1=1"):
    den = ", ".join(f"'{t}'" for t in den_tps)
    v = one(f"""SELECT count(*) FILTER (WHERE e.touchpoint_id = '{num_tp}') * 1.0
                       / count(*) FILTER (WHERE e.touchpoint_id IN ({den}))
                FROM events e WHERE {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_ratio(num_tp, den_tps, start, end, by, cond="1=1", min_den=30, margin=2.0):
    den = ", ".join(f"'{t}'" for t in den_tps)
    rows = q(f"""SELECT {by}, count(*) FILTER (WHERE e.touchpoint_id = '{num_tp}') * 1.0
                        / count(*) FILTER (WHERE e.touchpoint_id IN ({den})) r
                 FROM events e WHERE {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1
                 HAVING count(*) FILTER (WHERE e.touchpoint_id IN ({den})) >= {min_den} ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_group(tp, col, start, end, cond="1=1", agg="count(*)", lowest=False, ratio_=1.2):
    rows = q(f"""SELECT {col}, {agg} n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {col} IS NOT NULL GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    a, b = rows[0][1], rows[1][1]
    assert (b > a * ratio_) if lowest else (a > b * ratio_), rows[:3]
    return dict(top_entity=rows[0][0])


def ev_share(tp, num, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def avg_ev(col, tp, start, end, cond="1=1", rel=0.02):
    v = float(one(f"""SELECT avg(e.{col}) FROM events e WHERE e.touchpoint_id = '{tp}'
                      AND {_in('e.ts', start, end)} AND ({cond})"""))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * rel), 2))


def per_person(tp, start, end, cond="1=1"):
    n, p = q(f"""SELECT count(*), count(DISTINCT customer_id) FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} AND ({cond})""")[0]
    v = n / p
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.02), 3))


# sessions by exit date (durations) vs by entry date: both readings
def exit_share(num, start, end, cond="1=1"):
    by_exit = one(f"""SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = 'tp_exit'
                      AND {_in('e.ts', start, end)} AND ({cond})""")
    by_entry = one(f"""SELECT avg(({num})::int) FROM events e JOIN events n ON n.session_id = e.session_id
                       AND n.touchpoint_id = 'tp_entry' WHERE e.touchpoint_id = 'tp_exit'
                       AND {_in('n.ts', start, end)} AND ({cond})""")
    return dict(value=round(by_exit, 4), tolerance=_spread([by_exit, by_entry]))


def exit_count(num, start, end, cond="1=1"):
    by_exit = one(f"""SELECT count(*) FILTER (WHERE {num}) FROM events e WHERE e.touchpoint_id = 'tp_exit'
                      AND {_in('e.ts', start, end)} AND ({cond})""")
    by_entry = one(f"""SELECT count(*) FILTER (WHERE {num}) FROM events e JOIN events n ON n.session_id = e.session_id
                       AND n.touchpoint_id = 'tp_entry' WHERE e.touchpoint_id = 'tp_exit'
                       AND {_in('n.ts', start, end)} AND ({cond})""")
    return dict(value=by_exit, tolerance=max(0.5, abs(by_exit - by_entry) + 0.5))


def exit_avg(col, start, end, cond="1=1"):
    by_exit = float(one(f"""SELECT avg(e.{col}) FROM events e WHERE e.touchpoint_id = 'tp_exit'
                            AND {_in('e.ts', start, end)} AND ({cond})"""))
    by_entry = float(one(f"""SELECT avg(e.{col}) FROM events e JOIN events n ON n.session_id = e.session_id
                             AND n.touchpoint_id = 'tp_entry' WHERE e.touchpoint_id = 'tp_exit'
                             AND {_in('n.ts', start, end)} AND ({cond})"""))
    return dict(value=round(by_exit, 2), tolerance=round(max(abs(by_exit - by_entry) + 0.5, by_exit * 0.01), 2))


# ---------------------------------------------------------------- disputes

def review_hours(start, end, cond="1=1"):
    by_review = float(one(f"""SELECT avg(e.review_hours) FROM events e WHERE e.touchpoint_id = 'tp_dispute_review'
                              AND {_in('e.ts', start, end)} AND ({cond})"""))
    by_dispute = float(one(f"""SELECT avg(e.review_hours) FROM events e JOIN events d ON d.dispute_id = e.dispute_id
                               AND d.touchpoint_id = 'tp_dispute' WHERE e.touchpoint_id = 'tp_dispute_review'
                               AND {_in('d.ts', start, end)} AND ({cond})"""))
    direct = float(one(f"""SELECT avg(date_diff('second', d.ts, e.ts) / 3600.0) FROM events e JOIN events d
                           ON d.dispute_id = e.dispute_id AND d.touchpoint_id = 'tp_dispute'
                           WHERE e.touchpoint_id = 'tp_dispute_review' AND {_in('e.ts', start, end)} AND ({cond})"""))
    assert abs(direct - by_review) < 0.01 * by_review + 0.05, (direct, by_review)
    return dict(value=round(by_review, 2), tolerance=round(max(abs(by_review - by_dispute) + 0.3,
                                                               by_review * 0.02), 2))


def top_review_city():
    rows = q("""SELECT city, avg(review_hours) h FROM events WHERE touchpoint_id = 'tp_dispute_review'
                GROUP BY 1 ORDER BY h DESC""")
    assert rows[0][1] > 2 * rows[1][1], rows
    return dict(top_entity=rows[0][0])


def dispute_to_refund_hours(start, end):
    v = float(one(f"""SELECT avg(date_diff('second', d.ts, r.ts) / 3600.0) FROM events d JOIN events r
                      ON r.dispute_id = d.dispute_id AND r.touchpoint_id = 'tp_refund'
                      WHERE d.touchpoint_id = 'tp_dispute' AND {_in('d.ts', start, end)}"""))
    return dict(value=round(v, 2), tolerance=round(v * 0.03, 2))


# ---------------------------------------------------------------- customers' steps

def signup_to_first_park_days(start, end):
    v = float(one(f"""WITH r AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_register'
                                 AND {_in('ts', start, end)} GROUP BY 1),
                      p AS (SELECT r.customer_id, r.t, min(e.ts) p FROM r JOIN events e ON e.customer_id = r.customer_id
                            AND e.touchpoint_id = 'tp_entry' AND e.ts > r.t GROUP BY 1, 2)
                      SELECT avg(date_diff('second', t, p) / 86400.0) FROM p"""))
    return dict(value=round(v, 2), tolerance=round(max(0.2, v * 0.04), 2))


# ---------------------------------------------------------------- orders

def orders(start, end, cond="1=1", agg="sum", status="o.status = 'paid'"):
    v = one(f"SELECT {agg}(o.amount) FROM orders o WHERE {status} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg == "count":
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.002), 2))


def refunded_parking(start, end):
    by_order = float(one(f"""SELECT sum(amount) FROM orders o WHERE o.status = 'refunded'
                             AND o.product = 'parking_fee' AND {_in('o.ts', start, end)}"""))
    by_refund = float(one(f"""SELECT sum(o.amount) FROM orders o JOIN events r ON r.session_id = o.session_id
                              AND r.touchpoint_id = 'tp_refund' WHERE o.status = 'refunded'
                              AND o.product = 'parking_fee' AND {_in('r.ts', start, end)}"""))
    return dict(value=round(by_order, 2), tolerance=round(max(abs(by_order - by_refund) + 1, by_order * 0.01), 2))


def order_share(num, start, end, cond):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def revenue_share(num, start, end):
    v = one(f"""SELECT sum(amount) FILTER (WHERE {num}) / sum(amount) FROM orders o WHERE o.status = 'paid'
                AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.005)


def top_orders(col, start, end, cond="1=1", ratio_=1.1):
    rows = q(f"""SELECT {col}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * ratio_, rows[:3]
    return dict(top_entity=rows[0][0])


def per_payer(start, end):
    s, n = q(f"""SELECT sum(amount), count(DISTINCT customer_id) FROM orders o WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)}""")[0]
    v = float(s) / n
    return dict(value=round(v, 2), tolerance=round(v * 0.01, 2))


def growth(cond, a, b):
    x = float(one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})"))
    y = float(one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})"))
    return dict(value=round(y / x - 1, 4), tolerance=0.005)


def passes_sold(start, end):
    a = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_pass_buy' AND {_in('e.ts', start, end)}")
    b = one(f"SELECT count(*) FROM orders o WHERE product = 'monthly_pass' AND {_in('o.ts', start, end)}")
    assert a == b, (a, b)
    return dict(value=a, tolerance=0.5)


# ---------------------------------------------------------------- customers

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c"), 4), tolerance=0.01)


def top_customers(col):
    rows = q(f"SELECT {col}, count(*) n FROM customers GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * 1.3, rows
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- feedback

def _like(zh, en):
    parts = [f"f.text LIKE '%{w}%'" for w in zh] + [f"lower(f.text) LIKE '%{w}%'" for w in en]
    return "(" + " OR ".join(parts) + ")"


PLATE = "((f.text LIKE '%车牌%' AND f.text LIKE '%识别%') OR lower(f.text) LIKE '%plate%')"
OVER = _like(["多收", "扣了两次", "收费不对"], ["overcharg", "charged twice"])
FREE = _like(["显示有"], ["showed free spaces", "said there were spaces"])
TIMEOUT = _like(["支付超时"], ["timed out", "timing out"])
EVB = _like(["充电桩"], ["charger"])
MARKERS = {"plate": PLATE, "overcharged": OVER, "free_space": FREE, "payment_timeout": TIMEOUT, "ev_broken": EVB}


def check_markers() -> None:
    for topic, cond in MARKERS.items():
        hit, true, both = q(f"""SELECT count(*) FILTER (WHERE {cond}), count(*) FILTER (WHERE t.topic = '{topic}'),
                                count(*) FILTER (WHERE {cond} AND t.topic = '{topic}')
                                FROM feedback f JOIN truth t USING (feedback_id)""")[0]
        assert both >= 0.97 * true and both >= 0.97 * hit, (topic, hit, true, both)


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def fb_top(col, cond, agg="count(*)", ratio_=1.5, lowest=False):
    rows = q(f"""SELECT {col}, {agg} n FROM feedback f WHERE {cond} AND {col} IS NOT NULL
                 GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    a, b = rows[0][1], rows[1][1]
    assert (b > a * ratio_) if lowest else (a > b * ratio_), rows[:3]
    return dict(top_entity=rows[0][0])


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


# ---------------------------------------------------------------- periods

def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-01-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
JAN_JUL_26 = ("2026-01-01", "2026-07-31")
PAY = ("tp_pay", "tp_pay_fail")
WJ_EN, HQ_EN, TH_EN = "Wangjing SOHO Garage", "Hongqiao Hub P9 Car Park", "Tianhe City Garage"
CH = ["app_store", "douyin_ads", "wechat_mini_program", "referral", "mall_partner", "street_sign"]
PARK = "o.product = 'parking_fee'"


def gold() -> dict:
    return {
        # ---- funnels
        "pk01": lambda: conv("onboarding", *H2_25),
        "pk02": lambda: top_lost("onboarding", *quarter(2026, 1)),
        "pk03": lambda: best_conv("onboarding", *ALL, "acquisition_channel", CH, lowest=True),
        "pk04": lambda: conv("onboarding", *ALL, cond=cust("c.acquisition_channel = 'referral'")),
        "pk05": lambda: conv("monthly_pass", *ALL),
        "pk06": lambda: conv("find_to_park", *month(2026, 5)),
        "pk07": lambda: conv("dispute", *Y25),
        # ---- gate errors
        "pk10": lambda: top_ratio("tp_gate_error", ["tp_entry"], *month(2026, 3), "e.garage_en"),
        "pk11": lambda: events_at("tp_gate_error", *month(2026, 3), "e.garage = '望京SOHO停车场'"),
        "pk12": lambda: events_at("tp_gate_error", *month(2026, 4), "e.garage = '望京SOHO停车场'"),
        "pk13": lambda: ratio("tp_gate_error", ["tp_entry"], *month(2026, 3), f"e.garage_en = '{WJ_EN}'"),
        "pk14": lambda: top_group("tp_gate_error", "e.gate_error", *month(2026, 3), ratio_=3),
        # ---- payments
        "pk20": lambda: top_ratio("tp_pay_fail", PAY, *ALL, "e.garage_en", margin=3),
        "pk21": lambda: ratio("tp_pay_fail", PAY, *ALL, f"e.garage_en = '{HQ_EN}'"),
        "pk22": lambda: ratio("tp_pay_fail", PAY, *ALL, f"e.garage_en <> '{HQ_EN}'"),
        "pk23": lambda: ev_share("tp_pay_fail", "e.pay_error = 'timeout'", *H1_26),
        "pk25": lambda: ratio("tp_pay_fail", PAY, *ALL, "e.device = 'android'"),
        "pk26": lambda: ratio("tp_pay_fail", PAY, *ALL, "e.device = 'ios'"),
        # ---- EV charging
        "pk30": lambda: top_ratio("tp_charger_fault", ["tp_ev_charge"], *quarter(2026, 2), "e.garage", min_den=20,
                                  margin=4),
        "pk31": lambda: order_share("o.status = 'refunded'", *quarter(2026, 2), "o.product = 'ev_charging'"),
        "pk34": lambda: per_person("tp_entry", *H1_26, cust("c.car_type = 'EV'")),
        "pk35": lambda: per_person("tp_entry", *H1_26, cust("c.car_type = 'petrol'")),
        # ---- full garage shown as free
        "pk40": lambda: events_at("tp_garage_full", *quarter(2026, 2), f"e.garage_en = '{TH_EN}'"),
        "pk41": lambda: top_group("tp_garage_full", "e.garage", *quarter(2026, 2), ratio_=2),
        "pk42": lambda: ratio("tp_garage_full", ["tp_find_space"], *quarter(2026, 2), f"e.garage_en = '{TH_EN}'"),
        # ---- disputes
        "pk50": lambda: top_review_city(),
        "pk51": lambda: review_hours(*JAN_JUL_26, "e.city = 'Guangzhou'"),
        "pk52": lambda: review_hours(*JAN_JUL_26, "e.city = 'Shanghai'"),
        "pk53": lambda: dispute_to_refund_hours(*Y25),
        "pk54": lambda: ev_share("tp_dispute_review", "e.review_result = 'approved'", *H1_26),
        "pk55": lambda: top_group("tp_dispute", "e.dispute_reason", *Y25, ratio_=1.5),
        # ---- money
        "pk60": lambda: orders(*Y25, PARK),
        "pk62": lambda: revenue_share("o.product = 'monthly_pass'", *H1_26),
        "pk63": lambda: top_orders("o.city", *JAN_JUL_26, PARK),
        "pk64": lambda: orders(*JAN_JUL_26, f"{PARK} AND o.city = 'Shanghai'"),
        "pk65": lambda: orders(*H1_26, PARK, agg="avg"),
        "pk66": lambda: per_payer(*H2_25),
        "pk68": lambda: passes_sold(*JAN_JUL_26),
        "pk69": lambda: growth(PARK, month(2026, 5), month(2026, 6)),
        "pk70": lambda: refunded_parking(*H1_26),
        # ---- durations
        "pk71": lambda: exit_share("e.duration_minutes > 180", *quarter(2026, 2)),
        "pk72": lambda: exit_avg("duration_minutes", *H1_26, "e.billing = 'monthly_pass'"),
        "pk73": lambda: exit_avg("duration_minutes", *H1_26, "e.billing = 'pay_per_use'"),
        "pk74": lambda: exit_count("e.duration_minutes > 1440", *Y25),
        "pk76": lambda: order_share("o.duration_minutes < 60", *Y25, f"{PARK} AND o.status = 'paid'"),
        # ---- activity
        "pk80": lambda: users_at("tp_entry", *month(2025, 10)),
        "pk81": lambda: per_person("tp_entry", *Y25),
        "pk82": lambda: signup_to_first_park_days(*Y25),
        "pk83": lambda: events_at("tp_entry", "2026-03-09", "2026-03-15"),
        "pk84": lambda: events_at("tp_entry", *month(2026, 6)),
        "pk85": lambda: events_at("tp_register", *H2_25),
        "pk86": lambda: orders("2026-01-01", "2026-05-20"),
        "pk87": lambda: events_at("tp_dispute", *quarter(2026, 1)),
        # ---- customers
        "pk90": lambda: customers_count("c.segment = 'pass_holder'"),
        "pk91": lambda: customers_share("c.car_type = 'EV'"),
        "pk92": lambda: top_customers("acquisition_channel"),
        # ---- feedback
        "pk100": lambda: fb_topic_count(PLATE),
        "pk101": lambda: fb_top("f.garage_en", PLATE, ratio_=1.6),
        "pk102": lambda: fb_ratio("f.rating <= 2", f"f.rating IS NOT NULL AND {_in('f.ts', *month(2026, 3))}"),
        "pk103": lambda: fb_avg("rating", f"f.channel = 'survey' AND {_in('f.ts', *quarter(2026, 2))}"),
        "pk104": lambda: fb_top("f.garage", f"f.rating IS NOT NULL AND {_in('f.ts', *quarter(2026, 1))}", agg="avg(rating)",
                                ratio_=1.1, lowest=True),
        "pk105": lambda: fb_topic_count(TIMEOUT),
        "pk106": lambda: feedback_ids(f"f.garage = '南山科技园停车场' AND {EVB}"),
        "pk107": lambda: fb_count("f.ts IS NULL"),
        "pk109": lambda: fb_topic_count(FREE),
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
        print(it["id"], it["question"][:60], shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
