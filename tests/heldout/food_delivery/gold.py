"""Gold answers for the food-delivery (蜂鸟快送 / HummingGo) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md (a customer reaches step k with an event at step k's touchpoint after step k-1, within the
  journey window from their first step-1 event in the period); each rate is computed with and without requiring
  later steps inside the period and the tolerance covers both, unless the question says later steps count;
- "customers / users / people who did X" = distinct customers with an event at X's touchpoint in the period;
  "how many orders / failures / tickets" = rows (orders or events), never people;
- money = orders with status `paid` (amount = what the customer paid: items + delivery fee - discount, CNY);
  客单价 / AOV = average amount of paid orders; refunded and cancelled orders keep their amount but are not revenue;
- delivered orders = orders with a `delivery_minutes` value (paid or later refunded); on-time = delivered within
  45 minutes of payment (delivery_minutes <= 45), the rate is over delivered orders; the tolerance also covers the
  reading "paid orders only";
- payment failure rate = orders cancelled with reason `payment_failed` / all orders (payment attempts) of that
  payment method, by order date;
- refund rate = refunded orders / all orders (tolerance covers refunded / (paid + refunded));
- repeat (复购): among customers who signed up inside the data (signup_at >= 2025-03-01), the first paid order
  (status paid) decides the group (its coupon_type); repeat = another paid order within 30 days after it; first
  orders after 2026-06-30 are left out so that every customer has 30 days to repeat;
- customer-level facts at the end of the data (segment, tier) come from customers;
- feedback "negative" = `sentiment_label = neg`; topic counts use text markers with a 5 % tolerance; "all data"
  includes comments without a date; city / category of a comment are its own columns;
- periods are inclusive calendar dates; relative periods resolve against `as_of` (else 2026-07-31); a week is
  Monday..Sunday.
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
                    types={{'rider_id': 'VARCHAR', 'order_id': 'VARCHAR'}})""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    CON.execute("""CREATE TABLE cdev AS SELECT customer_id, min(device) AS device FROM events GROUP BY 1""")
    assert one("""SELECT count(*) FROM (SELECT customer_id FROM events GROUP BY 1
                  HAVING count(DISTINCT device) > 1)""") == 0


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


def funnel(journey, start, end, device=None, cust=None, bounded=False) -> list[int]:
    steps, window = _steps(journey)
    ev = """SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id)
            JOIN cdev d USING (customer_id) WHERE 1=1"""
    if device:
        ev += f" AND d.device = '{device}'"
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


def conv(journey, start, end, a=1, b=None, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        vals.append(c[(b or len(c)) - 1] / c[a - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_open(journey, start, end, a=1, b=None, **kw):
    c = funnel(journey, start, end, **kw)
    return dict(value=round(c[(b or len(c)) - 1] / c[a - 1], 4), tolerance=0.01)


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


def top_conv(journey, start, end, column, lowest=False, min_n=50):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v}'")
        if c[0] >= min_n:
            rates[v] = c[-1] / c[0]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > 0.04, f"not clear: {rates}"
    return dict(top_entity=order[0])


# ---------- events / customers ----------

def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                              AND ({cond})""", tp), tolerance=0.5)


def paid_buyers(start, end, cond="1=1"):
    """Distinct customers with an order of status paid; the tolerance covers 'any successful payment' (event)."""
    a = one(f"""SELECT count(DISTINCT customer_id) FROM orders o WHERE status = 'paid' AND {_in('ts', start, end)}
                AND ({cond})""")
    b = one(f"""SELECT count(DISTINCT customer_id) FROM events o WHERE touchpoint_id = 'tp_pay_success'
                AND {_in('ts', start, end)} AND ({cond})""")
    return dict(value=a, tolerance=abs(a - b) + 0.5)


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.01 if abs(v) < 100 else 1.0, abs(v) * 0.001), 2))


def either(a, b):
    """Gold a, tolerance widened to cover reading b (e.g. a Sunday-start week)."""
    return dict(value=a["value"], tolerance=round(max(a["tolerance"], abs(a["value"] - b["value"]) + 0.5), 4))


def ontime(start, end, cond="1=1", limit=45):
    a, b = q(f"""SELECT avg((delivery_minutes <= {limit})::int),
                        avg((delivery_minutes <= {limit})::int) FILTER (WHERE status = 'paid')
                 FROM orders o WHERE delivery_minutes IS NOT NULL AND {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def avg_minutes(start, end, cond="1=1"):
    a, b = q(f"""SELECT avg(delivery_minutes), avg(delivery_minutes) FILTER (WHERE status = 'paid')
                 FROM orders o WHERE delivery_minutes IS NOT NULL AND {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 2), tolerance=round(max(0.1, abs(a - b) + 0.05), 2))


def late_count(start, end, cond="1=1", limit=45):
    return dict(value=one(f"""SELECT count(*) FROM orders o WHERE delivery_minutes > {limit}
                              AND {_in('ts', start, end)} AND ({cond})"""), tolerance=0.5)


def top_city_ontime(start, end, lowest=True):
    rows = q(f"""SELECT city, avg((delivery_minutes <= 45)::int) r FROM orders WHERE delivery_minutes IS NOT NULL
                 AND {_in('ts', start, end)} GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[0][1] - rows[1][1]) > 0.03, rows
    return dict(top_entity=rows[0][0])


def top_orders(col, start, end, agg="count(*)", status="paid", cond="1=1", lowest=False):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    a, b = rows[0][1], rows[1][1]
    assert (b > a * 1.08) if lowest else (a > b * 1.08), rows[:3]
    return dict(top_entity=rows[0][0])


def refund_rate(start, end, cond="1=1"):
    a, b = q(f"""SELECT avg((status = 'refunded')::int), avg((status = 'refunded')::int) FILTER (WHERE status <> 'cancelled')
                 FROM orders o WHERE {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def top_refund_rate(start, end):
    rows = q(f"""SELECT merchant_category, avg((status = 'refunded')::int) r FROM orders WHERE {_in('ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * 2, rows
    return dict(top_entity=rows[0][0])


PF = "coalesce(o.cancel_or_refund_reason, '') = 'payment_failed'"


def payfail_rate(start, end, pay):
    v = one(f"""SELECT avg(({PF})::int) FROM orders o WHERE payment_method = ? AND {_in('ts', start, end)}""", pay)
    return dict(value=round(v, 4), tolerance=0.01)


def top_payfail(start, end):
    rows = q(f"""SELECT payment_method, avg(({PF})::int) r FROM orders o WHERE {_in('ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * 3, rows
    return dict(top_entity=rows[0][0])


def coupon_share(start, end):
    a = one(f"""SELECT avg((coupon_used)::int) FROM orders o WHERE status = 'paid' AND {_in('ts', start, end)}""")
    return dict(value=round(a, 4), tolerance=0.01)


def repeat_rate(types: list[str], alt: list[str] | None = None):
    def rate(ts):
        lst = ", ".join(f"'{t}'" for t in ts)
        return one(f"""WITH f AS (SELECT o.customer_id, o.ts, o.coupon_type,
                                  row_number() OVER (PARTITION BY o.customer_id ORDER BY o.ts, o.order_id) rn
                                  FROM orders o JOIN customers c USING (customer_id)
                                  WHERE o.status = 'paid' AND c.signup_at >= DATE '2025-03-01'),
                         g AS (SELECT * FROM f WHERE rn = 1 AND ts < DATE '2026-07-01' AND coupon_type IN ({lst}))
                    SELECT avg((EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = g.customer_id
                               AND o.status = 'paid' AND o.ts > g.ts AND o.ts <= g.ts + INTERVAL 30 DAY))::int)
                    FROM g""")
    a = rate(types)
    tol = 0.01 if alt is None else max(0.01, abs(a - rate(alt)) + 0.005)
    return dict(value=round(a, 4), tolerance=round(tol, 4))


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.01):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=tol)


def top_rating(col, cond="1=1"):
    rows = q(f"""SELECT {col}, avg(rating) r FROM feedback f WHERE rating IS NOT NULL AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 ORDER BY r""")
    assert rows[1][1] - rows[0][1] > 0.15, rows[:3]
    return dict(top_entity=rows[0][0])


def top_neg_share(col, cond="1=1"):
    rows = q(f"""SELECT {col}, avg((f.sentiment_label = 'neg')::int) r FROM feedback f
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + 0.04, rows
    return dict(top_entity=rows[0][0])


def top_neg_rise(base, now):
    rows = q(f"""SELECT touchpoint_id, count(*) FILTER (WHERE {_in('ts', *now)})
                                     - count(*) FILTER (WHERE {_in('ts', *base)}) d
                 FROM feedback WHERE sentiment_label = 'neg' GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > rows[1][1] * 1.1, rows[:3]
    return dict(top_entity=rows[0][0])


ALL = ("2025-03-01", "2026-07-31")
Y25 = ("2025-03-01", "2025-12-31")
Y26 = ("2026-01-01", "2026-07-31")
H1_26 = ("2026-01-01", "2026-06-30")
GRAB = ("2026-05-20", "2026-07-31")
BEFORE_GRAB = ("2026-01-01", "2026-05-19")
AFTER_POLICY = ("2026-04-01", "2026-07-31")


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


NEG = "f.sentiment_label = 'neg'"
CD = "o.city = 'Chengdu'"
FRESH = ("(f.text LIKE '%烂%' OR f.text LIKE '%蔫%' OR f.text LIKE '%不新鲜%' OR f.text LIKE '%异味%' "
         "OR f.text LIKE '%碎了%' OR f.text LIKE '%压坏%' OR lower(f.text) LIKE '%mouldy%' "
         "OR lower(f.text) LIKE '%wilted%' OR lower(f.text) LIKE '%not fresh%' OR lower(f.text) LIKE '%smelled off%' "
         "OR lower(f.text) LIKE '%bruised%' OR lower(f.text) LIKE '%wasn''t fresh%')")
LATE = ("(f.text LIKE '%超时%' OR f.text LIKE '%一个多小时%' OR f.text LIKE '%凉%' OR f.text LIKE '%往后跳%' "
        "OR (lower(f.text) LIKE '%late%' AND lower(f.text) NOT LIKE '%late at night%') "
        "OR lower(f.text) LIKE '%over an hour%' OR lower(f.text) LIKE '%stone cold%' OR lower(f.text) LIKE '%food was cold%' "
        "OR lower(f.text) LIKE '%pushed back%')")
GRABPAY = "(lower(f.text) LIKE '%grabpay%')"
COUPON_GONE = "(f.text LIKE '%新人券用完%' OR lower(f.text) LIKE '%after the welcome voucher%')"


def gold() -> dict:
    return {
        # ---- funnels
        "fd01": lambda: conv("browse_to_order", *month(2026, 6)),
        "fd02": lambda: top_lost("browse_to_order", *ALL),
        "fd03": lambda: conv_open("signup_to_first_order", *Y25),
        "fd04": lambda: top_conv("signup_to_first_order", *ALL, "acquisition_channel"),
        "fd05": lambda: top_conv("signup_to_first_order", *ALL, "acquisition_channel", lowest=True),
        "fd06": lambda: conv_open("signup_to_first_order", *ALL, cust="c.acquisition_channel = 'social_ads'"),
        "fd07": lambda: conv("order_to_delivered", *month(2026, 5)),
        "fd08": lambda: conv("browse_to_order", *quarter(2026, 1), a=3, b=4),
        "fd09": lambda: conv("browse_to_order", *quarter(2026, 1), a=3, b=4, device="android"),
        # ---- delivery
        "fd10": lambda: ontime(*month(2026, 5), CD),
        "fd11": lambda: ontime(*month(2026, 2), CD),
        "fd12": lambda: top_city_ontime(*quarter(2026, 2)),
        "fd13": lambda: avg_minutes(*month(2026, 6), CD),
        "fd14": lambda: top_orders("o.city", *AFTER_POLICY, status=None, cond="o.delivery_minutes > 45"),
        "fd15": lambda: late_count(*AFTER_POLICY, CD, limit=60),
        "fd16": lambda: avg_minutes(*month(2026, 6)),
        "fd17": lambda: top_orders("o.merchant_category", *ALL, agg="avg(o.delivery_minutes)", status=None,
                                   cond="o.delivery_minutes IS NOT NULL", lowest=True),
        "fd18": lambda: ontime(*H1_26),
        "fd19": lambda: either(late_count("2026-07-13", "2026-07-19", CD), late_count("2026-07-12", "2026-07-18", CD)),
        # ---- orders and money
        "fd20": lambda: orders(*quarter(2026, 2)),
        "fd21": lambda: orders(*Y25, agg="avg(o.amount)"),
        "fd22": lambda: orders(*month(2026, 6), agg="avg(o.amount)", cond="o.city = 'Shanghai'"),
        "fd23": lambda: orders(*month(2026, 7), agg="count(*)"),
        "fd24": lambda: top_orders("o.city", *ALL, agg="sum(o.amount)"),
        "fd25": lambda: top_orders("o.merchant_category", *Y26, agg="sum(o.amount)"),
        "fd26": lambda: orders(*Y25, agg="sum(o.delivery_fee)"),
        "fd27": lambda: refund_rate(*ALL, "o.merchant_category = 'fresh_produce'"),
        "fd28": lambda: top_refund_rate(*ALL),
        "fd29": lambda: orders(*ALL, status="refunded"),
        "fd30": lambda: orders(*H1_26, agg="count(*)", status="cancelled",
                               cond="o.cancel_or_refund_reason = 'merchant_rejected'"),
        "fd31": lambda: orders(*month(2026, 3), agg="count(*)", status="cancelled",
                               cond="o.cancel_or_refund_reason = 'customer_cancelled'"),
        "fd32": lambda: orders(*ALL, agg="avg(o.amount)", cond="o.membership_tier = 'bee_plus'"),
        "fd33": lambda: orders(*quarter(2026, 2), agg="count(*)", cond="o.coupon_type = 'full_reduction'"),
        "fd34": lambda: coupon_share(*Y25),
        "fd35": lambda: orders(*month(2026, 6), agg="count(*)", cond="o.city = 'Chengdu'"),
        "fd36": lambda: orders(*month(2025, 6), agg="count(*)", cond="o.city = 'Chengdu'"),
        # ---- payments
        "fd40": lambda: top_payfail(*GRAB),
        "fd41": lambda: payfail_rate(*GRAB, "grabpay"),
        "fd42": lambda: payfail_rate(*BEFORE_GRAB, "grabpay"),
        "fd43": lambda: events_at("tp_pay_fail", *month(2026, 6)),
        "fd44": lambda: users_at("tp_pay_fail", "2026-06-01", "2026-07-31", "e.payment_method = 'grabpay'"),
        "fd45": lambda: payfail_rate(*Y26, "alipay"),
        # ---- repeat, coupons, customers
        "fd50": lambda: repeat_rate(["new_user"]),
        "fd51": lambda: repeat_rate(["none"], alt=["none", "full_reduction", "free_delivery"]),
        "fd52": lambda: users_at("tp_coupon_claim", *quarter(2026, 1)),
        "fd53": lambda: users_at("tp_signup", *month(2026, 6)),
        "fd54": lambda: customers_count("c.tier = 'bee_plus'"),
        "fd55": lambda: customers_count("c.segment = 'churned'"),
        "fd56": lambda: paid_buyers(*quarter(2026, 2), "o.city = 'Kuala Lumpur'"),
        "fd57": lambda: users_at("tp_pay_success", "2026-07-06", "2026-07-12"),
        # ---- feedback
        "fd60": lambda: top_neg_share("f.merchant_category"),
        "fd61": lambda: top_rating("f.merchant_category"),
        "fd62": lambda: fb_topic_count(FRESH),
        "fd63": lambda: fb_topic_count(LATE),
        "fd64": lambda: feedback_ids(f"{GRABPAY} AND {NEG}"),
        "fd65": lambda: fb_avg("rating", f"f.channel = 'rider_rating' AND f.city = 'Chengdu' AND {_in('f.ts', *AFTER_POLICY)}"),
        "fd66": lambda: fb_avg("rating", f"f.channel = 'rider_rating' AND f.city = 'Chengdu' AND {_in('f.ts', *quarter(2026, 1))}"),
        "fd67": lambda: top_neg_rise(quarter(2026, 1), quarter(2026, 2)),
        "fd68": lambda: fb_avg("rating", "f.channel = 'rider_rating'"),
        "fd69": lambda: fb_count(f"f.channel = 'ticket' AND {_in('f.ts', *quarter(2026, 2))}"),
        "fd70": lambda: fb_count("f.ts IS NULL"),
        "fd71": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "fd72": lambda: top_neg_share("f.city", _in("f.ts", *AFTER_POLICY)),
        "fd73": lambda: feedback_ids(COUPON_GONE),
        "fd74": lambda: fb_avg("rating", "f.channel = 'app_review'"),
        "fd75": lambda: fb_count(f"f.channel = 'ticket' AND f.issue_type = 'payment_failed' AND {_in('f.ts', *GRAB)}"),
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
