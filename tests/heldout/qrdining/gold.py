"""Gold answers for the GoodBite 好食光 (QR table ordering) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period. Each rate is computed twice (later steps
  allowed after the period end or not) and the tolerance covers both; "drop-off" at a step = 1 - the step's
  conversion. A funnel "by device" uses the customer's device (customers.primary_device = every app event's device);
- "diners / customers / people who did X" = distinct customer_id; "how many orders / failures / reports / calls" =
  rows (orders or events), never people;
- a visit = a paid order (one per table session); money = orders with status `paid` (amount = what the table paid
  after coupons, CNY); 客单价 / spend per visit = average amount of paid orders; spend per paying customer = paid
  amount / distinct customers with a paid order; refunded and cancelled orders are not revenue;
- member / non-member and tiers of an order = `orders.member_level` at order time; member counts "now" =
  customers.tier at the end of the data (2026-05-31);
- wait = `orders.wait_minutes` = minutes from placing the order to the first dish served (the same as
  tp_place_order -> tp_dish_served events); it exists for every order whose first dish was served (paid and
  refunded); averages, medians and "more than N minutes" use those orders and the tolerance covers the reading
  "paid orders only" (and the event-based computation for medians); dinner peak = orders placed 18:00-19:59;
- kitchen lag = tp_kitchen_start - tp_place_order per order; meal time = first successful tp_pay - tp_dish_served;
- payment failure rate = tp_pay_fail events / (tp_pay + tp_pay_fail events) of that payment method (each attempt is
  one event); orders settled "at the counter" = orders.payment_method `counter`;
- wrong-dish reports = tp_wrong_dish events (one per dish), dishes ordered = tp_add_dish events (one per dish);
- weekend = Saturday/Sunday; "per day" averages divide by calendar days of that kind in the period;
- feedback: "negative / 差评" = rating 1-2 among rows with a rating; NPS = %promoters(9-10) - %detractors(0-6)
  over rows with an nps value; topic counts use text markers (checked against the generator's templates) with a
  5 % tolerance; "all" feedback includes the undated comment cards;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of` (else 2026-05-31).
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
    for t in ("touchpoints", "customers", "journeys", "feedback", "orders"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'order_id': 'VARCHAR', 'campaign': 'VARCHAR'}})""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                  WHERE e.device IS NOT NULL AND e.device <> c.primary_device""") == 0
    # wait_minutes agrees with the events
    assert one("""SELECT max(abs(o.wait_minutes - date_diff('second', p.ts, s.ts) / 60.0)) FROM orders o
                  JOIN events p ON p.order_id = o.order_id AND p.touchpoint_id = 'tp_place_order'
                  JOIN events s ON s.order_id = o.order_id AND s.touchpoint_id = 'tp_dish_served'""") < 0.06


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def r4(v: float) -> float:
    return round(float(v), 4)


def tol_between(a: float, b: float, floor: float = 0.01) -> float:
    return round(max(floor, abs(a - b) + floor / 2), 4)


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
        v = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - v if drop else v)
    return dict(value=r4(vals[0]), tolerance=tol_between(vals[0], vals[1]))


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


def top_conv(journey, start, end, column, lowest=False, min_n=30):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v}'")
        if c[0] >= min_n:
            rates[v] = c[-1] / c[0]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > 0.05, f"not clear: {rates}"
    return dict(top_entity=order[0])


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", cond="1=1", status="'paid'", alt_status=None):
    def val(st):
        return one(f"SELECT {agg} FROM orders o WHERE o.status IN ({st}) AND {_in('o.ts', start, end)} AND ({cond})")
    v = val(status)
    if agg.startswith("count"):
        tol = 0.5 if alt_status is None else abs(v - val(alt_status)) + 0.5
        return dict(value=v, tolerance=tol)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.01 if abs(v) < 100 else 1.0, abs(v) * 0.001), 2))


def ratio_orders(start, end, num, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=r4(v), tolerance=0.01)


def per_customer(start, end, agg, cond="1=1"):
    v = one(f"""SELECT {agg} / count(DISTINCT o.customer_id) FROM orders o WHERE o.status = 'paid'
                AND {_in('o.ts', start, end)} AND ({cond})""")
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.02, abs(v) * 0.002), 2))


def per_day(start, end, cond, weekend: bool):
    days = one(f"""SELECT count(*) FROM generate_series(DATE '{start}', DATE '{end}', INTERVAL 1 DAY) g(d)
                   WHERE (dayofweek(d) IN (0, 6)) = {weekend}""")
    wk = f"(dayofweek(o.ts) IN (0, 6)) = {weekend}"
    a = one(f"SELECT count(*) FROM orders o WHERE status = 'paid' AND {_in('o.ts', start, end)} AND {wk} AND ({cond})")
    b = one(f"""SELECT count(*) FROM orders o WHERE status IN ('paid', 'refunded') AND {_in('o.ts', start, end)}
                AND {wk} AND ({cond})""")
    return dict(value=round(a / days, 2), tolerance=round(max(0.1, (b - a) / days + 0.05), 2))


def top_orders(col, start, end, agg="count(*)", cond="1=1", status="'paid'", lowest=False, gap=1.08):
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE o.status IN ({status}) AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {col} IS NOT NULL GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    a, b = rows[0][1], rows[1][1]
    assert (b > a * gap) if lowest else (a > b * gap), rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- waits ----------
SERVED = "o.wait_minutes IS NOT NULL"
PEAK = "hour(o.ts) IN (18, 19)"


def wait_avg(start, end, cond="1=1"):
    a, b = q(f"""SELECT avg(wait_minutes), avg(wait_minutes) FILTER (WHERE status = 'paid') FROM orders o
                 WHERE {SERVED} AND {_in('o.ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 2), tolerance=round(max(0.1, abs(a - b) + 0.05), 2))


def wait_median(start, end, cond="1=1"):
    vals = q(f"""SELECT median(wait_minutes), quantile_disc(wait_minutes, 0.5),
                        median(wait_minutes) FILTER (WHERE status = 'paid'),
                        median(date_diff('second', p.ts, s.ts) / 60.0)
                 FROM orders o JOIN events p ON p.order_id = o.order_id AND p.touchpoint_id = 'tp_place_order'
                 JOIN events s ON s.order_id = o.order_id AND s.touchpoint_id = 'tp_dish_served'
                 WHERE {_in('o.ts', start, end)} AND ({cond})""")[0]
    v = float(vals[0])
    return dict(value=round(v, 2), tolerance=round(max(0.1, max(abs(v - float(x)) for x in vals) + 0.05), 2))


def wait_over(start, end, limit, cond="1=1", share=False):
    agg = f"avg((wait_minutes > {limit})::int)" if share else f"count(*) FILTER (WHERE wait_minutes > {limit})"
    a, b = [one(f"""SELECT {agg} FROM orders o WHERE {SERVED} AND {_in('o.ts', start, end)} AND ({cond})
                    AND o.status IN ({st})""") for st in ("'paid', 'refunded'", "'paid'")]
    if share:
        return dict(value=r4(a), tolerance=tol_between(a, b))
    return dict(value=a, tolerance=abs(a - b) + 0.5)


def top_wait(start, end, cond="1=1", col="o.store", gap=1.3):
    rows = q(f"""SELECT {col}, avg(wait_minutes) w FROM orders o WHERE {SERVED} AND {_in('o.ts', start, end)}
                 AND ({cond}) GROUP BY 1 ORDER BY w DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def lag(tp_a, tp_b, start, end, cond="1=1", first_b=True):
    """avg minutes between an order's tp_a event and its (first) tp_b event, orders placed in the period."""
    a, b = q(f"""WITH x AS (SELECT o.order_id, o.status, min(ea.ts) ta, min(eb.ts) tb FROM orders o
                     JOIN events ea ON ea.order_id = o.order_id AND ea.touchpoint_id = '{tp_a}'
                     JOIN events eb ON eb.order_id = o.order_id AND eb.touchpoint_id = '{tp_b}'
                     WHERE {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1, 2)
                 SELECT avg(date_diff('second', ta, tb) / 60.0),
                        avg(date_diff('second', ta, tb) / 60.0) FILTER (WHERE status = 'paid') FROM x""")[0]
    return dict(value=round(a, 2), tolerance=round(max(0.1, abs(a - b) + 0.05), 2))


def queue_avg(start, end, cond="1=1"):
    v = one(f"SELECT avg(queue_minutes) FROM events e WHERE touchpoint_id = 'tp_queue' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 2), tolerance=0.1)


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                              AND ({cond})""", tp), tolerance=0.5)


def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e WHERE e.touchpoint_id = ?
                              AND {_in('e.ts', start, end)} AND ({cond})""", tp), tolerance=0.5)


PAY_EV = "e.touchpoint_id IN ('tp_pay', 'tp_pay_fail')"


def payfail_rate(start, end, method):
    v = one(f"""SELECT avg((e.touchpoint_id = 'tp_pay_fail')::int) FROM events e WHERE {PAY_EV}
                AND e.payment_method = ? AND {_in('e.ts', start, end)}""", method)
    return dict(value=r4(v), tolerance=0.01)


def top_payfail(col):
    rows = q(f"""SELECT {col}, avg((e.touchpoint_id = 'tp_pay_fail')::int) r FROM events e WHERE {PAY_EV}
                 GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * 3, rows
    return dict(top_entity=rows[0][0])


def top_events(col, tp, start, end, cond="1=1", gap=1.2):
    rows = q(f"""SELECT {col}, count(*) n FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                 AND ({cond}) GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def wrong_rate_top(col, min_dishes=0):
    rows = q(f"""SELECT {col}, count(*) FILTER (WHERE touchpoint_id = 'tp_wrong_dish') w,
                        count(*) FILTER (WHERE touchpoint_id = 'tp_add_dish') a
                 FROM events e WHERE {col} IS NOT NULL GROUP BY 1 HAVING a >= {min_dishes} ORDER BY w / a DESC""")
    r = [x[1] / x[2] for x in rows]
    assert r[0] > r[1] * 1.3, rows[:3]
    return dict(top_entity=rows[0][0])


def wrong_share(cond):
    v = one(f"SELECT avg(({cond})::int) FROM events e WHERE touchpoint_id = 'tp_wrong_dish'")
    return dict(value=r4(v), tolerance=0.01)


# ---------- customers ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_customer_share(column, num, gap=0.05):
    rows = q(f"SELECT {column}, avg(({num})::int) r FROM customers c GROUP BY 1 ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


def paying(start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT customer_id) FROM orders o WHERE status = 'paid'
                              AND {_in('o.ts', start, end)} AND ({cond})"""), tolerance=0.5)


def multi_visit_share(start, end, k=2):
    v = one(f"""SELECT avg((n >= {k})::int) FROM (SELECT customer_id, count(*) n FROM orders o
                WHERE status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1)""")
    return dict(value=r4(v), tolerance=0.01)


# ---------- feedback ----------
SLOW = "(f.text LIKE '%慢%' OR lower(f.text) LIKE '%slow%')"
COLD = "(f.text LIKE '%凉%' OR lower(f.text) LIKE '%cold%')"
NOISY = "(f.text LIKE '%吵%' OR lower(f.text) LIKE '%noisy%')"
VALUE = "(f.text LIKE '%性价比%' OR lower(f.text) LIKE '%value%')"
WRONG = "(f.text LIKE '%上错%' OR lower(f.text) LIKE '%wrong dish%')"
PAYFAIL = "(f.text LIKE '%支付失败%' OR f.text LIKE '%付不了%' OR lower(f.text) LIKE '%payment%fail%')"
NEG = "f.rating <= 2"


def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_topic(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.02):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=r4(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}")), tolerance=0.01)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def top_rating(col, cond="1=1", min_n=20):
    rows = q(f"""SELECT {col}, avg(rating) r, count(*) n FROM feedback f WHERE rating IS NOT NULL AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 HAVING n >= {min_n} ORDER BY r""")
    assert rows[1][1] - rows[0][1] > 0.15, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb(col, cond="1=1", gap=1.15):
    rows = q(f"SELECT {col}, count(*) n FROM feedback f WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-06-01", "2026-05-31")
H2_25 = ("2025-07-01", "2025-12-31")
JAN_MAY_26 = ("2026-01-01", "2026-05-31")
XIDAN = "o.store = 'Xidan'"
MEMBER = "o.member_level <> 'non_member'"


def gold() -> dict:
    return {
        # ---- funnels
        "gb01": lambda: conv("qr_order", *month(2026, 4)),
        "gb02": lambda: top_lost("qr_order", *ALL),
        "gb03": lambda: conv("member_return", *ALL, cust="c.acquisition_channel = 'douyin'"),
        "gb04": lambda: conv("member_return", *ALL, cust="c.acquisition_channel = 'friend_referral'"),
        "gb05": lambda: conv("member_return", *H2_25),
        "gb06": lambda: top_conv("member_return", *ALL, "acquisition_channel", lowest=True),
        "gb07": lambda: conv("push_to_visit", *month(2026, 3)),
        "gb08": lambda: conv("qr_order", *month(2026, 2), a=3, b=4, drop=True),
        # ---- waits, kitchen, table times
        "gb10": lambda: wait_median(*month(2026, 3)),
        "gb11": lambda: wait_avg(*quarter(2026, 1), f"{XIDAN} AND {PEAK}"),
        "gb12": lambda: wait_avg(*quarter(2025, 3), f"{XIDAN} AND {PEAK}"),
        "gb13": lambda: top_wait("2025-12-01", "2026-02-28", PEAK),
        "gb14": lambda: top_wait(*JAN_MAY_26, PEAK, col="o.门店"),
        "gb15": lambda: wait_over(*quarter(2025, 4), 20),
        "gb16": lambda: wait_over(*month(2026, 1), 20, XIDAN, share=True),
        "gb17": lambda: wait_avg(*ALL, "o.party_size >= 6"),
        "gb18": lambda: lag("tp_place_order", "tp_kitchen_start", *month(2026, 3)),
        "gb19": lambda: lag("tp_place_order", "tp_kitchen_start", *month(2026, 3), XIDAN),
        "gb20": lambda: lag("tp_dish_served", "tp_pay", *month(2026, 5)),
        "gb21": lambda: queue_avg(*month(2026, 5)),
        # ---- orders and money
        "gb22": lambda: orders(*quarter(2026, 1)),
        "gb23": lambda: per_customer(*H2_25, "sum(o.amount)"),
        "gb24": lambda: orders(*ALL, agg="avg(o.amount)", cond=MEMBER),
        "gb25": lambda: orders(*ALL, agg="avg(o.amount)", cond="o.member_level = 'non_member'"),
        "gb26": lambda: per_customer(*quarter(2026, 1), "count(*)", MEMBER),
        "gb27": lambda: per_day(*quarter(2025, 4), "o.meal_period = 'lunch'", weekend=True),
        "gb28": lambda: per_day(*quarter(2025, 4), "o.meal_period = 'lunch'", weekend=False),
        "gb29": lambda: top_orders("o.store", *quarter(2026, 1), agg="sum(o.amount)"),
        "gb30": lambda: top_orders("o.门店", *quarter(2025, 4), lowest=True),
        "gb31": lambda: ratio_orders(*month(2026, 3), "o.coupon_type IS NOT NULL"),
        "gb32": lambda: orders(*H2_25, agg="sum(o.coupon_amount)"),
        "gb33": lambda: orders(*quarter(2026, 1), agg="count(*)", status="'refunded'"),
        "gb35": lambda: ratio_orders(*JAN_MAY_26, "o.payment_method = 'member_balance'"),
        "gb37": lambda: orders("2026-03-09", "2026-03-15", agg="count(*)", cond="o.store = 'Xujiahui'"),
        # ---- payments
        "gb38": lambda: top_payfail("e.支付方式"),
        "gb39": lambda: payfail_rate("2026-02-01", "2026-05-31", "unionpay"),
        "gb40": lambda: payfail_rate("2025-06-01", "2026-01-31", "unionpay"),
        "gb41": lambda: events_at("tp_pay_fail", *month(2026, 5)),
        "gb42": lambda: users_at("tp_pay_fail", *month(2026, 2)),
        "gb43": lambda: orders(*JAN_MAY_26, agg="count(*)", cond="o.payment_method = 'counter'",
                               alt_status="'paid', 'refunded'"),
        # ---- wrong dishes, waiter calls
        "gb44": lambda: top_events("e.dish_category", "tp_wrong_dish", *ALL, gap=2),
        "gb45": lambda: wrong_rate_top("e.菜品类别", min_dishes=1000),
        "gb46": lambda: wrong_rate_top("e.dish_category"),
        "gb48": lambda: wrong_share("e.dish_category = 'noodles'"),
        "gb50": lambda: top_events("e.store", "tp_call_waiter", *quarter(2026, 1), "e.call_reason = 'hurry'", gap=1.5),
        # ---- customers, membership
        "gb51": lambda: customers_count("c.tier = 'gold'"),
        "gb52": lambda: users_at("tp_join_member", *quarter(2025, 4)),
        "gb53": lambda: top_customer_share("c.acquisition_channel", "c.segment = 'at_risk'"),
        "gb54": lambda: paying(*month(2026, 1), "o.store = 'Chunxi Road'"),
        # ---- feedback
        "gb57": lambda: fb_topic(SLOW),
        "gb58": lambda: fb_topic(COLD),
        "gb59": lambda: fb_topic(NOISY),
        "gb60": lambda: fb_topic(VALUE),
        "gb61": lambda: fb_ratio(NEG, f"f.rating IS NOT NULL AND {_in('f.ts', *quarter(2026, 1))}"),
        "gb62": lambda: top_rating("f.store", _in("f.ts", *quarter(2026, 1))),
        "gb63": lambda: feedback_ids(f"f.store = 'Xidan' AND {SLOW}"),
        "gb64": lambda: feedback_ids(PAYFAIL),
        "gb65": lambda: nps(_in("f.ts", *H2_25)),
        "gb66": lambda: fb_avg("rating", "f.channel = 'comment_card'"),
        "gb67": lambda: fb_count("f.ts IS NULL"),
        "gb68": lambda: fb_count(f"f.channel = 'call_note' AND {_in('f.ts', *quarter(2026, 1))}"),
        "gb69": lambda: top_fb("f.touchpoint_id", f"{NEG} AND {_in('f.ts', *quarter(2026, 1))}"),
        "gb56": lambda: fb_topic(WRONG),
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
            assert it["follow_up_of"] in ids[: ids.index(it["id"])], it["id"]
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
