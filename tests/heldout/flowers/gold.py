"""Gold answers for the 花语蛋糕 BloomBake (online flower & cake delivery) held-out batch, from plain DuckDB SQL over
the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window (purchase 3 d, fulfilment 10 d, aftersales 7 d, anniversary 7 d) from their first
  step-1 event in the period; rates are per customer; the tolerance covers both readings (later steps allowed after
  the period end, or not). "Where do we lose the most" = the step reached whose next step is not reached, largest
  count (customers lost between step k and k+1 are attributed to step k). Drop-off at a step = 1 - reached(k+1) /
  reached(k);
- an order = one row of orders = one `session_id` of the events (BB000123); abandoned ordering sessions carry
  S000123 session ids and no order. Per-order step rates (delivered share, complaint -> refund share) count the
  orders whose first A event falls in the period and look for the B event of the same order at any time;
- times between steps = per order, first B ts - first A ts over orders that reached both, the order taken in the
  period by the date of A; "more than 48 hours" = strictly > 48;
- late = `orders.is_late` (delivered after the end of the booked delivery slot); late rate = late / delivered orders
  (is_late not empty) by `delivery_date`; minutes late = `late_minutes` of the late orders; the holiday peak days
  are the orders with a `holiday` value (valentines, 520, qixi, mothers_day);
- money = orders with status `paid` (refunded or cancelled orders are no revenue), dated by `orders.ts` (payment
  time); average order value = mean amount of paid orders; spend per paying customer = paid amount / customers
  with >= 1 paid order in the period; refunds = `refund_amount` of refunded orders (tolerance covers dating by the
  refund event or by the order date); refund rate = refunded orders / all orders of the channel; "orders placed"
  with "any status" counts every order row;
- members = customers with tier silver or gold; per-member orders = paid orders in 2025 / members with >= 1 paid
  order in 2025 (same for non-members);
- city / 品类 / product name: zh questions are checked against the Chinese twin columns (城市, 品类,
  product_name), en questions against city / product_type / product_name_en;
- feedback: order reviews = channel `order_review` (own app / mini program), platform reviews = `platform_review`
  (Meituan / Ele.me), app-store reviews = `app_review`, tickets = `ticket`; "all feedback" includes rows without
  ts, period questions use dated rows only; negative = `sentiment_label = 'neg'`; topic counts by text markers with
  a 5 % tolerance; after-sales complaints opened = `tp_complaint` events;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; a week is
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    n_pay = CON.execute("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_pay'").fetchone()[0]
    assert n_pay == CON.execute("SELECT count(*) FROM orders").fetchone()[0]


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


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM fev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def _both(fn):
    a, b = fn(False), fn(True)
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def conv(journey, start, end, upto=None):
    def f(bounded):
        c = funnel(journey, start, end, bounded=bounded)
        return (c[-1] if upto is None else c[upto - 1]) / c[0]
    return _both(f)


def dropoff(journey, step, start, end):
    def f(bounded):
        c = funnel(journey, start, end, bounded=bounded)
        return 1 - c[step] / c[step - 1]
    return _both(f)


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.3, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per-order step rates and durations ----------

def _first(tp):
    return f"""(SELECT session_id, min(ts) t, any_value(city) city, any_value(channel) channel
                FROM events WHERE touchpoint_id = '{tp}' GROUP BY 1)"""


def rate(a_tp, b_tp, start, end, cond="1=1"):
    v = one(f"""SELECT avg((b.session_id IS NOT NULL)::int) FROM {_first(a_tp)} a
                LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b USING (session_id)
                WHERE {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="avg", unit="hour"):
    div = {"day": 86400.0, "hour": 3600.0, "minute": 60.0}[unit]
    v = one(f"""SELECT {agg}(epoch(b.t - a.t) / {div}) FROM {_first(a_tp)} a JOIN {_first(b_tp)} b
                USING (session_id) WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.02), 3))


def step_time_count(a_tp, b_tp, start, end, hours, cond="1=1"):
    v = one(f"""SELECT count(*) FILTER (WHERE epoch(b.t - a.t) / 3600 > {hours}) FROM {_first(a_tp)} a
                JOIN {_first(b_tp)} b USING (session_id) WHERE b.t > a.t AND {_in('a.t', start, end)}
                AND ({cond})""")
    return dict(value=v, tolerance=0.5)


def signup_to_first_pay(start, end):
    v = one(f"""WITH p AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_pay' GROUP BY 1)
                SELECT median(epoch(p.t - c.signup_at) / 86400) FROM customers c JOIN p USING (customer_id)
                WHERE {_in('c.signup_at', start, end)}""")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


# ---------- late deliveries (orders) ----------

def late_rate(start, end, cond="1=1"):
    v = one(f"""SELECT avg(is_late::int) FROM orders o WHERE is_late IS NOT NULL
                AND o.delivery_date BETWEEN DATE '{start}' AND DATE '{end}' AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def late_count(start, end):
    return dict(value=one(f"""SELECT count(*) FROM orders WHERE is_late
                              AND delivery_date BETWEEN DATE '{start}' AND DATE '{end}'"""), tolerance=0.5)


def late_minutes(start, end):
    v = one(f"""SELECT avg(late_minutes) FROM orders WHERE is_late
                AND delivery_date BETWEEN DATE '{start}' AND DATE '{end}'""")
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.02), 2))


def top_late(by, start, end, margin=1.3):
    rows = q(f"""SELECT {by}, avg(is_late::int) r FROM orders WHERE is_late IS NOT NULL
                 AND delivery_date BETWEEN DATE '{start}' AND DATE '{end}' GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def growth(a, b):
    va = one(f"SELECT sum(amount) FROM orders WHERE status = 'paid' AND {_in('ts', *a)}")
    vb = one(f"SELECT sum(amount) FROM orders WHERE status = 'paid' AND {_in('ts', *b)}")
    return dict(value=round(vb / va - 1, 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def orders_per_payer(start, end, cond):
    v = one(f"""SELECT count(*) / count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


def repeat_share(start, end):
    v = one(f"""SELECT avg((n >= 2)::int) FROM (SELECT customer_id, count(*) n FROM orders
                WHERE status = 'paid' AND {_in('ts', start, end)} GROUP BY 1)""")
    return dict(value=round(v, 4), tolerance=0.01)


def share(cond_share, where):
    v = one(f"SELECT avg(({cond_share})::int) FROM orders o WHERE {where}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(by, where, agg="sum(o.amount)", margin=1.15, having="1=1"):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE {where} AND {by} IS NOT NULL GROUP BY 1
                 HAVING {having} ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def refund_rate(channel):
    v = one(f"SELECT avg((status = 'refunded')::int) FROM orders WHERE channel = '{channel}'")
    return dict(value=round(v, 4), tolerance=0.01)


def refunds(start, end):
    a = one(f"""SELECT sum(o.refund_amount) FROM orders o WHERE o.status = 'refunded' AND o.order_id IN
                (SELECT session_id FROM events WHERE touchpoint_id = 'tp_refund' AND {_in('ts', start, end)})""")
    b = one(f"SELECT sum(refund_amount) FROM orders WHERE status = 'refunded' AND {_in('ts', start, end)}")
    return dict(value=round(float(a), 2), tolerance=round(max(0.5, abs(float(a) - float(b)) + 0.5), 2))


def refund_count(start, end):
    a = one(f"SELECT count(*) FROM orders WHERE status = 'refunded' AND {_in('ts', start, end)}")
    b = one(f"SELECT count(DISTINCT session_id) FROM events WHERE touchpoint_id = 'tp_refund' AND {_in('ts', start, end)}")
    return dict(value=a, tolerance=abs(a - b) + 0.5)



def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_customers(col, margin=1.2):
    rows = q(f"SELECT {col}, count(*) n FROM customers GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND "
                          f"{_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, tol=0.02):
    v = one(f"SELECT avg(f.rating) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def top_neg_touchpoint(min_n):
    rows = q(f"""SELECT touchpoint_id, avg((sentiment_label = 'neg')::int) r, count(*) n FROM feedback
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + 0.2, rows
    return dict(top_entity=rows[0][0])


ALL = ("2024-09-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
PAY, PREP, DISP, DELIV = "tp_pay", "tp_prepare", "tp_dispatch", "tp_delivered"
PAID = "o.status = 'paid'"
REVIEWS = "f.channel IN ('order_review', 'platform_review')"
NEG = "f.sentiment_label = 'neg'"
LATE = _like("f.text", ["送晚", "迟到", "超时", "late"])
WILTED = _like("f.text", ["蔫", "不新鲜", "枯萎", "wilt"])
SQUASHED = _like("f.text", ["压坏", "塌", "压扁", "变形", "squashed", "crushed"])
CAKE_ORDER = "f.order_id IN (SELECT order_id FROM orders WHERE product_type = 'cake')"


def gold():
    return {
        # ---- funnels / conversion
        "fl01": lambda: conv("purchase", *Y25),
        "fl02": lambda: top_lost("purchase", *quarter(2026, 1)),
        "fl03": lambda: dropoff("purchase", 2, *Y25),
        "fl04": lambda: dropoff("purchase", 2, "2026-02-09", "2026-02-15"),
        "fl05": lambda: conv("anniversary", *H2_25),
        "fl06": lambda: conv("anniversary", *H1_26, upto=2),
        "fl07": lambda: rate(PAY, DELIV, *Y25),
        "fl08": lambda: rate("tp_complaint", "tp_refund", *Y25),
        # ---- late deliveries
        "fl09": lambda: late_rate("2026-02-14", "2026-02-14"),
        "fl10": lambda: late_rate(*month(2026, 1)),
        "fl11": lambda: top_late("城市", *Y25),
        "fl12": lambda: late_rate(*Y25, "o.city = 'Chengdu'"),
        "fl13": lambda: late_count("2025-05-20", "2025-05-20"),
        "fl14": lambda: late_minutes("2026-05-10", "2026-05-10"),
        "fl15": lambda: late_rate(*Y25, "o.holiday IS NOT NULL"),
        # ---- times
        "fl16": lambda: step_time(DISP, DELIV, *Y25, agg="median", unit="minute"),
        "fl17": lambda: step_time(DISP, DELIV, *Y25, "a.city = 'Chengdu'", agg="median", unit="minute"),
        "fl18": lambda: step_time("tp_complaint", "tp_refund", *Y25),
        "fl19": lambda: step_time("tp_complaint", "tp_refund", *Y25, "a.channel = 'eleme'"),
        "fl20": lambda: step_time_count(PAY, DELIV, *Y25, 48),
        "fl21": lambda: signup_to_first_pay(*Y25),
        "fl22": lambda: step_time(PAY, DELIV, *quarter(2025, 4)),
        # ---- money
        "fl23": lambda: orders(*Y25),
        "fl24": lambda: orders(*quarter(2025, 3)),
        "fl25": lambda: growth(month(2025, 2), month(2026, 2)),
        "fl26": lambda: orders(*Y25, agg="avg(o.amount)", cond="o.product_type = 'cake'"),
        "fl27": lambda: orders(*Y25, agg="avg(o.amount)", cond="o.product_type = 'flowers'"),
        "fl28": lambda: per_customer(*Y25),
        "fl29": lambda: top_orders("o.品类", f"{PAID} AND {_in('o.ts', *Y25)}"),
        "fl30": lambda: top_orders("o.occasion", _in("o.ts", *H2_25), agg="count(*)", margin=1.5),
        "fl31": lambda: top_orders("o.product_name", f"{PAID} AND o.delivery_date = DATE '2026-05-10'",
                                   agg="count(*)", margin=1.5),
        "fl32": lambda: top_orders("o.channel", "1=1", agg="avg((o.status = 'refunded')::int)", margin=2),
        "fl33": lambda: refund_rate("eleme"),
        "fl34": lambda: refunds(*Y25),
        "fl35": lambda: share("o.gift_card", f"{PAID} AND {_in('o.ts', *month(2025, 10))}"),
        "fl36": lambda: top_orders("o.city", PAID, agg="avg(o.amount)", margin=1.05, having="count(*) >= 1000"),
        "fl37": lambda: orders(*Y25, agg="count(*)"),
        "fl38": lambda: orders(*Y25, agg="count(DISTINCT o.customer_id)"),
        "fl39": lambda: repeat_share(*Y25),
        "fl40": lambda: orders_per_payer(*Y25, "c.tier IN ('silver', 'gold')"),
        "fl41": lambda: orders_per_payer(*Y25, "c.tier = 'none'"),
        "fl42": lambda: top_customers("城市"),
        "fl43": lambda: customers_count(_in("c.signup_at", "2025-02-10", "2025-02-16")),
        "fl44": lambda: orders(*month(2025, 10), agg="count(*)", cond="o.channel = 'meituan'"),
        "fl45": lambda: orders(*month(2026, 5), agg="count(*)"),
        "fl46": lambda: refund_count(*H1_26),
        "fl47": lambda: top_late("delivery_slot", *Y25),
        "fl48": lambda: orders(*H2_25, agg="avg(o.amount)", cond="o.occasion = 'business'"),
        "fl49": lambda: share("o.product_type = 'flowers'", f"{PAID} AND o.delivery_date = DATE '2025-05-11'"),
        # ---- feedback
        "fl50": lambda: fb_topic_count(WILTED),
        "fl51": lambda: fb_topic_count(LATE),
        "fl52": lambda: fb_topic_count(f"{SQUASHED} AND {_in('f.ts', *H1_26)}"),
        "fl53": lambda: fb_topic_count(f"{SQUASHED} AND {_in('f.ts', *H1_25)}"),
        "fl55": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "fl56": lambda: top_neg_touchpoint(200),
        "fl57": lambda: fb_avg(f"f.channel = 'order_review' AND {_in('f.ts', *month(2026, 2))}"),
        "fl58": lambda: fb_avg("f.channel = 'platform_review'"),
        "fl59": lambda: fb_avg(f"{REVIEWS} AND {CAKE_ORDER} AND {_in('f.ts', *H1_26)}"),
        "fl61": lambda: feedback_ids(SQUASHED),
        "fl62": lambda: fb_avg(f"f.channel = 'app_review' AND {_in('f.ts', *quarter(2025, 4))}", tol=0.05),
        "fl63": lambda: events_at("tp_complaint", *quarter(2025, 4)),
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
        print(it["id"], it["lang"], it["question"][:70], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
