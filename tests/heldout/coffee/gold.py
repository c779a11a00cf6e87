"""Gold answers for the coffee-chain (Bean & Leaf 豆叶咖啡) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md (a customer reaches step k with an event at step k's touchpoint after step k-1, within the
  journey window from their first step-1 event in the period); each rate is computed with and without requiring
  later steps inside the period and the tolerance covers both (conv) or later steps may fall after the period
  (conv_open: sign-up / coupon journeys, where the question says so or the window obviously runs on);
- "customers / users / people who did X" = distinct customers with an event at X's touchpoint in the period;
  "how many orders / failures / reports / redemptions" = rows (orders or events), never people;
- a customer's device is `customers.primary_device` (every app event of a customer carries that device);
- money = orders with status `paid` (amount = what the customer paid: items + delivery fee - discount, CNY);
  客单价 / AOV / average ticket = average amount of paid orders; refunded and cancelled orders are not revenue;
- wait = `orders.wait_minutes` (payment / counter order -> drink handed over; app pickup and in-store orders; empty
  for delivery and for orders never paid); averages and thresholds use every order with a wait value (the tolerance
  covers the reading "paid orders only");
- payment failure rate = app orders cancelled with reason `payment_failed` / all app orders (payment attempts) of
  that version / device, by order date (each retry is a new order row);
- refund rate = refunded orders / all orders (tolerance covers refunded / (paid + refunded));
- repeat within 30 days: among customers who signed up inside the data (signup_at >= 2025-07-01) the first paid
  order decides the group (its coupon_code); repeat = another paid order within 30 days after it; first orders
  after 2026-05-31 are left out so that everyone has 30 days;
- customer-level facts at the end of the data (segment, tier) come from customers;
- NPS = (share of promoters 9-10 - share of detractors 0-6) x 100 over survey rows with an nps value;
- feedback "negative" = `sentiment_label = neg`; topic counts use text markers with a 5 % tolerance (checked against
  the generator's `topic` column); "all data" includes comments without a date;
- periods are inclusive calendar dates; relative periods resolve against `as_of` (else 2026-06-30).
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
    for t in ("touchpoints", "customers", "journeys", "feedback"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'app_version': 'VARCHAR', 'coupon_code': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'app_version': 'VARCHAR', 'order_id': 'VARCHAR', 'new_level': 'VARCHAR'}})""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                  WHERE e.device IS NOT NULL AND e.device <> c.primary_device""") == 0


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
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if device:
        ev += f" AND c.primary_device = '{device}'"
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
    return dict(value=one(f"""SELECT count(DISTINCT customer_id) FROM orders o WHERE status = 'paid'
                              AND {_in('ts', start, end)} AND ({cond})"""), tolerance=0.5)


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_churn_share(column):
    rows = q(f"""SELECT {column}, avg((segment = 'churned')::int) r FROM customers GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + 0.1, rows
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1", alt_status=None):
    def val(stt):
        st = "1=1" if stt is None else f"o.status IN ({stt})"
        return one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    v = val(None if status is None else f"'{status}'")
    if agg.startswith("count"):
        tol = 0.5 if alt_status is None else abs(v - val(alt_status)) + 0.5
        return dict(value=v, tolerance=tol)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.01 if abs(v) < 100 else 1.0, abs(v) * 0.001), 2))


def share_orders(start, end, num, cond="1=1", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def wait_avg(start, end, cond="1=1", col="wait_minutes"):
    a, b = q(f"""SELECT avg({col}), avg({col}) FILTER (WHERE status = 'paid')
                 FROM orders o WHERE {col} IS NOT NULL AND {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 2), tolerance=round(max(0.1, abs(a - b) + 0.05), 2))


def wait_share(start, end, limit, cond="1=1"):
    a, b = q(f"""SELECT avg((wait_minutes > {limit})::int), avg((wait_minutes > {limit})::int) FILTER (WHERE status = 'paid')
                 FROM orders o WHERE wait_minutes IS NOT NULL AND {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def wait_count(start, end, limit, cond="1=1"):
    a, b = q(f"""SELECT count(*), count(*) FILTER (WHERE status = 'paid') FROM orders o
                 WHERE wait_minutes > {limit} AND {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=a, tolerance=abs(a - b) + 0.5)


def top_orders(col, start, end, agg="count(*)", status="paid", cond="1=1", lowest=False, gap=1.08):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    a, b = rows[0][1], rows[1][1]
    assert (b > a * gap) if lowest else (a > b * gap), rows[:3]
    return dict(top_entity=rows[0][0])


def refund_rate(start, end, cond="1=1"):
    a, b = q(f"""SELECT avg((status = 'refunded')::int), avg((status = 'refunded')::int) FILTER (WHERE status <> 'cancelled')
                 FROM orders o WHERE {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


PF = "coalesce(o.cancel_or_refund_reason, '') = 'payment_failed'"


def payfail_rate(cond):
    v = one(f"SELECT avg(({PF})::int) FROM orders o WHERE o.channel <> 'in_store' AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_payfail():
    rows = q(f"""SELECT app_version, avg(({PF})::int) r FROM orders o WHERE channel <> 'in_store'
                 GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * 3, rows
    return dict(top_entity=rows[0][0])


def repeat_rate(where: str, alt: str | None = None):
    def rate(w):
        return one(f"""WITH f AS (SELECT o.customer_id, o.ts, coalesce(o.coupon_code, 'none') AS cc,
                                  row_number() OVER (PARTITION BY o.customer_id ORDER BY o.ts, o.order_id) rn
                                  FROM orders o JOIN customers c USING (customer_id)
                                  WHERE o.status = 'paid' AND c.signup_at >= DATE '2025-07-01'),
                         g AS (SELECT * FROM f WHERE rn = 1 AND ts < DATE '2026-06-01' AND ({w}))
                    SELECT avg((EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = g.customer_id
                               AND o.status = 'paid' AND o.ts > g.ts AND o.ts <= g.ts + INTERVAL 30 DAY))::int)
                    FROM g""")
    a = rate(where)
    tol = 0.01 if alt is None else max(0.01, abs(a - rate(alt)) + 0.005)
    return dict(value=round(a, 4), tolerance=round(tol, 4))


def multi_buyer_share(start, end):
    v = one(f"""SELECT avg((n >= 2)::int) FROM (SELECT customer_id, count(*) n FROM orders
                WHERE status = 'paid' AND {_in('ts', start, end)} GROUP BY 1)""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_topic_count(cond, topic):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    truth = one("SELECT count(*) FROM feedback f WHERE topic = ?", topic)
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


ALL = ("2025-07-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
BUG = ("2026-04-20", "2026-05-11")


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


NEG = "f.sentiment_label = 'neg'"
SH02 = "o.store_id = 'SH02'"
LONG_WAIT = "(f.text LIKE '%等%分钟%' OR lower(f.text) LIKE '%wait%')"
WRONG = "(f.text LIKE '%做错%' OR f.text LIKE '%拿错%' OR f.text LIKE '%给成了%' OR lower(f.text) LIKE '%wrong%')"
PAYFAIL = ("(f.text LIKE '%支付失败%' OR f.text LIKE '%付不了%' OR f.text LIKE '%扣不了款%' "
           "OR lower(f.text) LIKE '%payment%fail%')")
SPILL = ("(f.text LIKE '%洒%' OR f.text LIKE '%漏%' OR f.text LIKE '%冰化了%' OR f.text LIKE '%冰也化了%' "
         "OR lower(f.text) LIKE '%spilled%' OR lower(f.text) LIKE '%leaked%' OR lower(f.text) LIKE '%melted%')")


def gold() -> dict:
    return {
        # ---- funnels
        "cf01": lambda: conv("mobile_order", *month(2026, 5)),
        "cf02": lambda: top_lost("mobile_order", *ALL),
        "cf03": lambda: conv("mobile_order", *BUG, a=4, b=5, device="ios"),
        "cf04": lambda: conv("mobile_order", *BUG, a=4, b=5, device="android"),
        "cf05": lambda: conv_open("signup_to_first_order", *H2_25),
        "cf06": lambda: top_conv("signup_to_first_order", *ALL, "acquisition_channel", lowest=True),
        "cf07": lambda: conv_open("coupon_to_order", *month(2025, 8)),
        "cf08": lambda: conv("mobile_order", *quarter(2026, 1), a=3, b=5),
        # ---- waits and store ops
        "cf10": lambda: top_orders("o.store_id", *quarter(2026, 2), agg="avg(o.wait_minutes)", status=None,
                                   cond="o.wait_minutes IS NOT NULL", gap=1.3),
        "cf11": lambda: wait_avg(*month(2026, 2), SH02),
        "cf12": lambda: wait_avg(*month(2026, 5), SH02),
        "cf13": lambda: wait_share(*quarter(2026, 2), 10, SH02),
        "cf14": lambda: wait_count(*month(2026, 4), 15),
        "cf15": lambda: wait_avg(*month(2026, 5), "o.city = 'Shanghai'"),
        "cf16": lambda: top_orders("o.city", *ALL, agg="avg(o.wait_minutes)", status=None,
                                   cond="o.wait_minutes IS NOT NULL", lowest=True, gap=1.15),
        "cf17": lambda: events_at("tp_wrong_order", *quarter(2026, 2), "e.store_id = 'SH02'"),
        "cf18": lambda: events_at("tp_wrong_order", *quarter(2025, 4), "e.store_id = 'SH02'"),
        "cf19": lambda: wait_avg(*ALL, "o.weather = 'rainy'", col="delivery_minutes"),
        # ---- orders and money
        "cf20": lambda: orders(*quarter(2026, 1)),
        "cf21": lambda: orders(*H2_25, agg="avg(o.amount)"),
        "cf22": lambda: orders(*ALL, agg="avg(o.amount)", cond="o.member_level = 'diamond'"),
        "cf23": lambda: top_orders("o.store_id", *ALL),
        "cf24": lambda: top_orders("o.drink_category", *H1_26, agg="sum(o.amount)"),
        "cf25": lambda: share_orders(*ALL, "o.channel = 'delivery'", "o.weather = 'rainy'"),
        "cf26": lambda: share_orders(*ALL, "o.channel = 'delivery'", "o.weather = 'sunny'"),
        "cf27": lambda: refund_rate(*quarter(2026, 2), SH02),
        "cf28": lambda: orders(*ALL, agg="count(*)", status="refunded"),
        "cf29": lambda: share_orders(*quarter(2025, 4), "o.cup_size = 'venti'"),
        "cf30": lambda: payfail_rate("o.device = 'ios' AND o.app_version = '5.2.0'"),
        "cf31": lambda: payfail_rate("o.device = 'ios' AND o.app_version = '5.2.1'"),
        "cf32": lambda: top_payfail(),
        "cf33": lambda: events_at("tp_pay_fail", *month(2026, 5)),
        "cf34": lambda: users_at("tp_pay_fail", *BUG, "c.primary_device = 'ios'"),
        "cf35": lambda: share_orders(*quarter(2026, 1), "o.coupon_code IS NOT NULL"),
        "cf36": lambda: orders(*H2_25, agg="count(*)", cond="o.coupon_code = 'RAINY20'"),
        "cf37": lambda: orders(*month(2026, 6), agg="count(*)", cond="o.city = 'Beijing'"),
        "cf38": lambda: orders(*month(2025, 8), agg="count(*)"),
        "cf39": lambda: orders(*month(2025, 8), agg="count(*)", cond="o.coupon_code = 'SUMMER99'",
                               alt_status="'paid', 'refunded'"),
        # ---- repeat, loyalty, customers
        "cf40": lambda: repeat_rate("cc = 'SUMMER99'"),
        "cf41": lambda: repeat_rate("cc = 'none'"),
        "cf42": lambda: users_at("tp_upgrade", *quarter(2026, 1), "e.new_level = 'gold'"),
        "cf43": lambda: events_at("tp_reward_redeem", *quarter(2025, 4)),
        "cf44": lambda: customers_count("c.tier = 'diamond'"),
        "cf45": lambda: customers_count("c.segment = 'churned'"),
        "cf46": lambda: top_churn_share("acquisition_channel"),
        "cf47": lambda: paid_buyers(*quarter(2026, 2)),
        "cf48": lambda: multi_buyer_share(*quarter(2026, 1)),
        "cf49": lambda: users_at("tp_points", *month(2026, 6)),
        # ---- feedback
        "cf50": lambda: top_neg_share("f.store_id", _in("f.ts", *quarter(2026, 2))),
        "cf51": lambda: top_rating("f.store_id", _in("f.ts", *quarter(2026, 2))),
        "cf52": lambda: fb_topic_count(LONG_WAIT, "long_wait"),
        "cf53": lambda: feedback_ids(f"{PAYFAIL} AND {NEG}"),
        "cf54": lambda: nps(_in("f.ts", *H2_25)),
        "cf55": lambda: fb_avg("nps", f"f.store_id = 'SH02' AND {_in('f.ts', *quarter(2026, 2))}", tol=0.05),
        "cf56": lambda: fb_ratio("f.nps <= 6", f"f.nps IS NOT NULL AND {_in('f.ts', *quarter(2026, 2))}"),
        "cf57": lambda: fb_avg("rating", "f.channel = 'app_review'"),
        "cf58": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "cf59": lambda: fb_count("f.ts IS NULL"),
        "cf60": lambda: fb_count(f"f.channel = 'cs_chat' AND {_in('f.ts', *quarter(2026, 2))}"),
        "cf61": lambda: top_neg_rise(quarter(2026, 1), quarter(2026, 2)),
        "cf62": lambda: feedback_ids(SPILL),
        "cf63": lambda: fb_topic_count(WRONG, "wrong_order"),
        "cf64": lambda: fb_avg("rating", "f.channel = 'app_review' AND f.app_version = '5.2.0' AND f.device = 'ios'"),
        "cf65": lambda: fb_avg("rating", "f.channel = 'cs_chat'"),
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
