"""Gold answers for the apparel brand (Threadly 织趣) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey window (purchase 3 d, live_buy 1 d, delivery 10 d, returns 14 d, new_member 30 d)
  from their first step-1 event in the period. Each rate is computed with later steps allowed after the period end
  and with every step inside the period; the tolerance covers both. A step-to-step rate ("of those who checked out,
  what share paid") also covers the direct reading (customers with a step-a event in the period, of whom those with a
  step-b event within the window after their first one). A question restricted to a device / sales channel ("Android
  app users") keeps only the events with that device and channel;
- events are de-duplicated first (the file holds 120 exact SDK re-sends of an event row, same event_id);
- "people / shoppers / members who did X" = distinct customers with an event at X's touchpoint in the period;
  "how many orders" = order rows, never people;
- orders are dated by `ts` (order time). money = orders with status `paid` (paid and not refunded / returned /
  cancelled): GMV / 销售额 = sum of paid amounts, AOV / 客单价 = average paid amount, "buyers" = distinct customers
  with a paid order. "Paid-for orders" / 已付款订单 = status <> 'cancelled' (paid, returned, refunded);
- return rate / 退货率 = orders with status `returned` / paid-for orders (the questions say so); a return reason is
  `orders.return_reason` of returned orders (exchanges keep status paid); refund time = `orders.refund_days`
  (return request -> refund issued, days) of returned orders;
- repeat (purchase) rate / 复购率 = customers with >= 2 paid orders / customers with >= 1 paid order, whole data;
- member level = `customers.tier` (regular / silver / gold / black) and `segment` as stored at the end of the data;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; weeks are Monday..Sunday;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv; texts are clearly polar,
  tolerance 0.02 for shares); topic counts use text markers, checked against the truth topic, with a 5 % tolerance;
  "all feedback" includes comments without a date; NPS = (% promoters 9-10 - % detractors 0-6) over rows with nps.
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
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE customers AS SELECT * FROM read_csv('{data / 'customers.csv'}', header=true, all_varchar=true)")
    CON.execute(f"""CREATE TABLE orders AS SELECT * REPLACE (CAST(ts AS TIMESTAMP) AS ts, CAST(amount AS DOUBLE) AS amount,
                    TRY_CAST(ship_days AS DOUBLE) AS ship_days, TRY_CAST(refund_days AS DOUBLE) AS refund_days)
                    FROM read_csv('{data / 'orders.csv'}', header=true, all_varchar=true)""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * REPLACE (CAST(ts AS TIMESTAMP) AS ts)
                    FROM read_csv('{data / 'events.csv'}', header=true, all_varchar=true)""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * REPLACE (TRY_CAST(ts AS TIMESTAMP) AS ts,
                    TRY_CAST(rating AS DOUBLE) AS rating, TRY_CAST(nps AS INTEGER) AS nps)
                    FROM read_csv('{data / 'feedback.csv'}', header=true, all_varchar=true)""")
    CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv('{data / '_truth' / 'feedback_truth.csv'}', header=true, all_varchar=true)")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= TIMESTAMP '{start}' AND {col} < TIMESTAMP '{end}' + INTERVAL 1 DAY"


# ---------- funnels (DATA.md rule) ----------

def _steps(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust=None, evc=None, bounded=False) -> list[int]:
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
    if evc:
        ev += f" AND ({evc})"
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


def conv(journey, start, end, a=1, b=None, drop=False, later_ok=False, **kw):
    """later_ok: the question says later steps after the period end count, so only that reading is gold."""
    vals = []
    for bounded in ((False,) if later_ok else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        r = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def conv_step(journey, start, end, a, b, cust="1=1", evc="1=1", drop=False):
    """Step a -> b (funnel rule), tolerance also covering the direct reading."""
    steps, window = _steps(journey)
    f = conv(journey, start, end, a=a, b=b, cust=cust, evc=evc, drop=drop)
    d = one(f"""WITH ev AS (SELECT e.* FROM events e JOIN customers c USING (customer_id) WHERE ({cust}) AND ({evc})),
                s AS (SELECT customer_id, min(ts) t FROM ev WHERE touchpoint_id = '{steps[a - 1]}'
                      AND {_in('ts', start, end)} GROUP BY 1)
                SELECT avg((EXISTS (SELECT 1 FROM ev x WHERE x.customer_id = s.customer_id
                        AND x.touchpoint_id = '{steps[b - 1]}' AND x.ts > s.t AND x.ts <= s.t + INTERVAL {window} DAY))::int)
                FROM s""")
    if drop:
        d = 1 - d
    f["tolerance"] = round(max(f["tolerance"], abs(f["value"] - d) + 0.005), 4)
    return f


def top_lost(journey, start, end, **kw):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, f"top step not clear: {c}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, min_n=40, gap=0.05):
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


def share_events(tp, num, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({num})::int) FROM events e WHERE touchpoint_id = ? AND {_in('e.ts', start, end)}
                AND ({cond})""", tp)
    return dict(value=round(v, 4), tolerance=0.01)


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1", tol=None):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if isinstance(v, float):
        return dict(value=round(v, 2), tolerance=tol if tol is not None else max(0.01, round(abs(v) * 0.002, 2)))
    return dict(value=v, tolerance=0.5)


def top_orders(col, start, end, agg="sum(o.amount)", status="paid", cond="1=1", lowest=False, gap=1.08, min_n=1):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}""")
    a, b = rows[0][1], rows[1][1]
    assert (b > a * gap) if lowest else (a > b * gap), rows[:3]
    return dict(top_entity=rows[0][0])


def share_orders(num, start, end, cond="1=1", status=None, tol=0.01):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=tol)


def buyers(start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT customer_id) FROM orders o WHERE status = 'paid'
                              AND {_in('ts', start, end)} AND ({cond})"""), tolerance=0.5)


def repeat_rate(cond="1=1"):
    v = one(f"""WITH p AS (SELECT customer_id, count(*) n FROM orders WHERE status = 'paid' GROUP BY 1)
                SELECT avg((n >= 2)::int) FROM p JOIN customers c USING (customer_id) WHERE {cond}""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_repeat(column, lowest=False, gap=0.05):
    rows = q(f"""WITH p AS (SELECT customer_id, count(*) n FROM orders WHERE status = 'paid' GROUP BY 1)
                 SELECT c.{column}, avg((n >= 2)::int) r FROM p JOIN customers c USING (customer_id)
                 GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[0][1] - rows[1][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


def returned_q2_2026():
    """Orders returned last quarter (as of 2026-08-15): orders dated in Q2 2026 with status returned; the tolerance
    covers the reading by refund date (tp_refund events of returned orders in Q2)."""
    a = one(f"SELECT count(*) FROM orders o WHERE status = 'returned' AND {_in('ts', *quarter(2026, 2))}")
    b = one(f"""SELECT count(DISTINCT e.order_id) FROM events e JOIN orders o USING (order_id)
                WHERE e.touchpoint_id = 'tp_refund' AND o.status = 'returned' AND {_in('e.ts', *quarter(2026, 2))}""")
    return dict(value=a, tolerance=abs(a - b) + 0.5)


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f JOIN truth t USING (feedback_id)
                                                  WHERE {cond} ORDER BY 1""")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"),
                tolerance=0.5)


def fb_topic_count(cond, topics, marker):
    topics = [topics] if isinstance(topics, str) else topics
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE ({cond}) AND ({marker})")
    tl = ", ".join(f"'{x}'" for x in topics)
    truth = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE ({cond}) AND t.topic IN ({tl})")
    assert abs(n - truth) <= max(1, 0.05 * truth), (topics, n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.02):
    return dict(value=round(one(f"""SELECT avg({col}) FROM feedback f JOIN truth t USING (feedback_id)
                                    WHERE {col} IS NOT NULL AND {cond}"""), 3), tolerance=tol)


def fb_ratio(num, cond, tol=0.02):
    return dict(value=round(one(f"""SELECT avg(({num})::int) FROM feedback f JOIN truth t USING (feedback_id)
                                    WHERE {cond}"""), 4), tolerance=tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def top_fb(col, agg, cond="1=1", lowest=False, gap=0.04, min_n=1):
    rows = q(f"""SELECT {col}, {agg} r FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[0][1] - rows[1][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods ----------

ALL = ("2025-04-01", "2026-08-31")


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


H1_2026 = ("2026-01-01", "2026-06-30")
D11 = ("2025-11-01", "2025-11-11")
P618 = ("2026-06-01", "2026-06-18")
NEG = "t.sentiment = 'neg'"
PAIDFOR = "o.status <> 'cancelled'"
RET = "o.status = 'returned'"
SMALL = "regexp_matches(lower(f.text), '偏小|小了|做小|穿不上|勒|紧|runs small|too small|size up|tight')"
LARGE = "regexp_matches(lower(f.text), '偏大|大了|松垮|晃脚|runs large|too big|too large|tent')"
COLOUR = ("regexp_matches(lower(f.text), '色差|颜色差|颜色和主播|颜色和直播间|颜色和图片差|colour is nothing|"
          "colour looks totally|colour difference|colour differs')")
REFUND = ("(regexp_matches(lower(f.text), '退款|refund|钱还没退') AND "
          "regexp_matches(lower(f.text), '慢|还没|迟迟|没退|不到账|太久|forever|still|where is|two weeks|slow'))")
FABRIC = ("regexp_matches(lower(f.text), '面料太薄|起球|掉色|线头|做工粗糙|廉价|面料和描述不符|thin and see|pilling|bled|"
          "loose threads|cheap material')")
COUPON = "regexp_matches(lower(f.text), '券|coupon')"


def gold() -> dict:
    kiki_q1 = f"o.host = 'Kiki酱' AND {PAIDFOR}"
    return {
        # ---- funnels
        "ap01": lambda: conv("purchase", *quarter(2025, 3)),
        "ap02": lambda: top_lost("purchase", *ALL),
        "ap03": lambda: share_orders(PAIDFOR, *D11, "o.channel = 'app' AND o.device = 'android'"),
        "ap04": lambda: share_orders(PAIDFOR, *D11, "o.channel = 'app' AND o.device = 'ios'"),
        "ap05": lambda: conv_step("purchase", *month(2026, 1), 2, 3),
        "ap06": lambda: conv("live_buy", *quarter(2026, 2)),
        "ap07": lambda: conv_step("live_buy", *month(2026, 3), 1, 2, drop=True),
        "ap08": lambda: top_conv("new_member", *ALL, "acquisition_channel"),
        "ap09": lambda: conv("new_member", *ALL, cust="c.acquisition_channel = 'douyin_live'"),
        "ap10": lambda: conv("returns", *month(2025, 12), later_ok=True),
        "ap11": lambda: conv("returns", *month(2025, 9), later_ok=True),
        "ap12": lambda: conv_step("purchase", *quarter(2026, 2), 3, 4, drop=True),
        # ---- orders and money
        "ap13": lambda: orders(*month(2025, 11)),
        "ap15": lambda: orders("2025-11-11", "2025-11-11", agg="count(*)", status=None),
        "ap16": lambda: orders(*P618, agg="avg(o.amount)"),
        "ap17": lambda: top_orders("o.category", *ALL, agg="avg(o.amount)", gap=1.2),
        "ap18": lambda: top_orders("o.province", *H1_2026, gap=1.15),
        "ap19": lambda: buyers(*quarter(2026, 1)),
        "ap20": lambda: orders(*month(2025, 11), agg="count(*)", status="cancelled",
                               cond="o.cancel_reason = 'payment_failed'"),
        "ap21": lambda: share_orders("o.coupon_used = 'yes'", *P618),
        "ap22": lambda: orders(*quarter(2025, 4), cond="o.channel = 'douyin'"),
        "ap80": lambda: orders("2025-11-10", "2025-11-16", agg="count(*)", status=None),
        # ---- returns
        "ap23": lambda: share_orders(RET, *quarter(2026, 2), f"o.category = 'dresses' AND {PAIDFOR}"),
        "ap24": lambda: share_orders(RET, *quarter(2026, 1), f"o.category = 'dresses' AND {PAIDFOR}"),
        "ap25": lambda: top_orders("o.category", *quarter(2026, 2), agg=f"avg(({RET})::int)", status=None,
                                   cond=PAIDFOR, gap=1.5),
        "ap26": lambda: top_orders("o.return_reason", *quarter(2026, 2), agg="count(*)", status="returned",
                                   cond="o.category = 'dresses'", gap=2),
        "ap27": lambda: top_orders("o.return_reason", *ALL, agg="count(*)", status="returned",
                                   cond="o.category = 'shoes'", gap=1.5),
        "ap28": lambda: top_orders("o.host", *quarter(2026, 1), agg=f"avg(({RET})::int)", status=None,
                                   cond=PAIDFOR, gap=1.5),
        "ap29": lambda: share_orders(RET, *quarter(2026, 1), kiki_q1),
        "ap30": lambda: top_orders("o.return_reason", *quarter(2026, 1), agg="count(*)", status="returned",
                                   cond="o.host = 'Kiki酱'", gap=2),
        "ap31": lambda: share_orders(RET, *ALL, f"o.used_size_guide = 'yes' AND {PAIDFOR}"),
        "ap32": lambda: share_orders(RET, *ALL, f"o.used_size_guide = 'no' AND {PAIDFOR}"),
        "ap33": lambda: top_orders("o.channel", *ALL, agg=f"avg(({RET})::int)", status=None, cond=PAIDFOR, gap=1.3),
        "ap34": lambda: orders("2025-01-01", "2025-12-31", agg="count(*)", status="returned"),
        "ap35": lambda: orders(*month(2025, 11), agg="avg(o.refund_days)", status="returned", tol=0.1),
        "ap36": lambda: orders(*month(2025, 9), agg="avg(o.refund_days)", status="returned", tol=0.1),
        "ap37": lambda: share_events("tp_return_request", "e.action = 'exchange'", *ALL),
        "ap38": lambda: share_orders("o.fit_feedback = 'too_small'", *quarter(2026, 2),
                                     "o.category = 'dresses' AND o.fit_feedback IS NOT NULL", tol=0.015),
        # ---- customers
        "ap39": lambda: repeat_rate(),
        "ap40": lambda: top_repeat("acquisition_channel", lowest=True, gap=0.08),
        "ap41": lambda: customers_count("c.tier = 'gold'"),
        "ap42": lambda: customers_count("c.segment = 'at_risk'"),
        "ap43": lambda: users_at("tp_signup", *month(2026, 3)),
        "ap44": lambda: share_orders("o.first_order = 'yes'", *ALL, status="paid"),
        "ap45": lambda: orders("2025-07-01", "2025-12-31", agg="count(*) / count(DISTINCT o.customer_id)", tol=0.01),
        # ---- feedback
        "ap46": lambda: fb_topic_count("1=1", "size_small", SMALL),
        "ap47": lambda: fb_topic_count("1=1", "colour_diff", COLOUR),
        "ap48": lambda: fb_topic_count("1=1", "slow_refund", REFUND),
        "ap49": lambda: feedback_ids("t.topic = 'coupon_bug'"),
        "ap50": lambda: top_fb("f.touchpoint_id", "count(*)", f"{NEG} AND {_in('f.ts', *month(2025, 12))}", gap=5),
        "ap51": lambda: top_fb("f.touchpoint_id", "count(*)", f"{NEG} AND {_in('f.ts', *quarter(2026, 2))}", gap=5),
        "ap52": lambda: nps(_in("f.ts", *quarter(2025, 4))),
        "ap53": lambda: nps(_in("f.ts", *quarter(2025, 3))),
        "ap54": lambda: fb_avg("f.rating", f"f.channel = 'product_review' AND f.category = 'dresses' AND "
                                           f"{_in('f.ts', *quarter(2026, 2))}"),
        "ap55": lambda: fb_avg("f.rating", f"f.channel = 'product_review' AND f.category = 'dresses' AND "
                                           f"{_in('f.ts', *quarter(2026, 1))}"),
        "ap56": lambda: fb_count("f.ts IS NULL"),
        "ap57": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 4))),
        "ap58": lambda: feedback_ids("t.topic = 'colour_diff' AND f.host = 'Kiki酱'"),
        "ap59": lambda: fb_avg("f.rating", "f.channel = 'app_review'"),
        "ap60": lambda: fb_topic_count("1=1", "fabric", FABRIC),
        # ---- relative periods (as_of)
        "ap61": lambda: orders(*month(2026, 6)),
        "ap62": lambda: returned_q2_2026(),
        "ap63": lambda: users_at("tp_signup", "2026-06-15", "2026-06-21"),
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
