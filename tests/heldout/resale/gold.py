"""Gold answers for the second-hand marketplace (ReLoop 乐循环) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey window (buy 3 d, receive 14 d, sell 30 d, new_seller 14 d, after_sale 14 d) from
  their first step-1 event in the period. Each rate is computed twice, with later steps allowed after the period end
  and with every step inside the period; the tolerance covers both;
- "people / users / buyers / sellers who did X" = distinct customers with an event at X's touchpoint in the period;
  "how many orders / listings / disputes" = rows (orders, or events such as tp_list_publish / tp_dispute), never people;
- events are de-duplicated first (the file holds 120 exact SDK re-sends of an event row, same event_id);
- a buyer's device / channel is `customers.primary_device` / `primary_channel`; every digital event of a customer
  carries them, so filtering events or customers gives the same answer;
- orders belong to the buyer (`customer_id`); `seller_id` is the seller. Orders are dated by `ts` (order time).
  money = orders with status `paid` (escrow paid and not refunded / cancelled / in an open dispute); GMV / 成交额 = sum
  of paid amounts; AOV / 客单价 = average paid amount. "Orders paid into escrow" = status <> 'cancelled'
  (paid, refunded, disputed); refund rate, when asked, is stated in the question (refunded / escrow-paid orders);
- a listing = an item_id published (tp_list_publish event); sold = a tp_sold event for that item_id; "kept / accepted
  the suggested price" = the tp_price_suggest event of that item has action `accept`;
- an offer = a tp_offer event; lowball = offer_price < 0.6 x listing_price on that event;
- inspection fail rate = inspection_result = 'fail' over orders with an inspection result (by order month);
  payout time = `orders.payout_days` (receipt confirmation -> payout, days); ship time = `orders.ship_days`
  (seller ships -> buyer receives; for inspected orders the leg through the inspection centre is included);
- an after-sales case / 售后纠纷 = `orders.dispute_reason` not empty (a return request; `escalated` = yes when the
  platform stepped in); a carrier's damage rate = damaged_in_transit cases / its delivered orders (ship_days known);
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of` (else 2026-07-31, the
  last day of the data); weeks are Monday..Sunday;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv; texts are clearly
  polar, tolerance 0.02 for shares); topic counts use text markers, checked against the truth topic, with a 5 %
  tolerance; "all feedback" includes comments without a date;
- NPS = (share of promoters 9-10 - share of detractors 0-6) x 100 over rows with an nps value.
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
                    CAST(listing_price AS DOUBLE) AS listing_price, TRY_CAST(ship_days AS DOUBLE) AS ship_days,
                    TRY_CAST(payout_days AS DOUBLE) AS payout_days)
                    FROM read_csv('{data / 'orders.csv'}', header=true, all_varchar=true)""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * REPLACE (CAST(ts AS TIMESTAMP) AS ts,
                    TRY_CAST(listing_price AS DOUBLE) AS listing_price, TRY_CAST(offer_price AS DOUBLE) AS offer_price)
                    FROM read_csv('{data / 'events.csv'}', header=true, all_varchar=true)""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * REPLACE (TRY_CAST(ts AS TIMESTAMP) AS ts,
                    TRY_CAST(rating AS DOUBLE) AS rating, TRY_CAST(nps AS INTEGER) AS nps)
                    FROM read_csv('{data / 'feedback.csv'}', header=true, all_varchar=true)""")
    CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv('{data / '_truth' / 'feedback_truth.csv'}', header=true, all_varchar=true)")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                  WHERE e.device IS NOT NULL AND e.device <> c.primary_device""") == 0


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


def funnel(journey, start, end, cust=None, bounded=False) -> list[int]:
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
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


def conv(journey, start, end, a=1, b=None, drop=False, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        r = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_step(journey, start, end, a, b, cust="1=1"):
    """Step a -> b of a journey funnel (DATA.md rule), with a tolerance that also covers the direct reading: customers
    with a step-a event in the period, of whom those with a step-b event within the window after their first one."""
    steps, window = _steps(journey)
    f = conv(journey, start, end, a=a, b=b, cust=cust)
    d = one(f"""WITH s AS (SELECT e.customer_id, min(e.ts) t FROM events e JOIN customers c USING (customer_id)
                           WHERE e.touchpoint_id = '{steps[a - 1]}' AND {_in('e.ts', start, end)} AND ({cust}) GROUP BY 1)
                SELECT avg((EXISTS (SELECT 1 FROM events x WHERE x.customer_id = s.customer_id
                        AND x.touchpoint_id = '{steps[b - 1]}' AND x.ts > s.t AND x.ts <= s.t + INTERVAL {window} DAY))::int)
                FROM s""")
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


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                              AND ({cond})""", tp), tolerance=0.5)


def top_events(tp, col, start, end, gap=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM events e WHERE touchpoint_id = ? AND {_in('e.ts', start, end)}
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


# ---------- listings ----------

LISTINGS = """(SELECT p.item_id, p.category, s.action AS pricing,
                      EXISTS (SELECT 1 FROM events x WHERE x.touchpoint_id = 'tp_sold' AND x.item_id = p.item_id) AS sold
               FROM events p JOIN events s ON s.item_id = p.item_id AND s.touchpoint_id = 'tp_price_suggest'
               WHERE p.touchpoint_id = 'tp_list_publish' AND {period})"""


def sell_through(start, end, cond="1=1"):
    v = one(f"SELECT avg(sold::int) FROM {LISTINGS.format(period=_in('p.ts', start, end))} l WHERE {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def share_events(tp, num, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({num})::int) FROM events e WHERE touchpoint_id = ? AND {_in('e.ts', start, end)}
                AND ({cond})""", tp)
    return dict(value=round(v, 4), tolerance=0.01)


def top_share_events(tp, col, num, start, end, gap=0.05, min_n=40):
    rows = q(f"""SELECT {col}, avg(({num})::int) r, count(*) n FROM events e WHERE touchpoint_id = ?
                 AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""", tp)
    assert rows[0][1] > rows[1][1] + gap, rows[:3]
    return dict(top_entity=rows[0][0])


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


def refunded_q2():
    """Orders refunded in Q2 2026: orders dated in Q2 with status refunded; the tolerance covers refunds paid out in
    Q2 (tp_refund events, one per order)."""
    a = one(f"SELECT count(*) FROM orders o WHERE status = 'refunded' AND {_in('ts', *quarter(2026, 2))}")
    b = one(f"SELECT count(DISTINCT order_id) FROM events e WHERE touchpoint_id = 'tp_refund' AND {_in('ts', *quarter(2026, 2))}")
    return dict(value=a, tolerance=abs(a - b) + 0.5)


def buyers(start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT customer_id) FROM orders o WHERE status = 'paid'
                              AND {_in('ts', start, end)} AND ({cond})"""), tolerance=0.5)


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f JOIN truth t USING (feedback_id)
                                                  WHERE {cond} ORDER BY 1""")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}"),
                tolerance=0.5)


def fb_topic_count(cond, topic, marker):
    n = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE ({cond}) AND ({marker})")
    truth = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE ({cond}) AND t.topic = ?",
                topic)
    assert abs(n - truth) <= max(1, 0.05 * truth), (topic, n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.01):
    return dict(value=round(one(f"""SELECT avg({col}) FROM feedback f JOIN truth t USING (feedback_id)
                                    WHERE {col} IS NOT NULL AND {cond}"""), 3), tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    return dict(value=round(one(f"""SELECT avg(({num})::int) FROM feedback f JOIN truth t USING (feedback_id)
                                    WHERE {cond}"""), 4), tolerance=tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def top_fb(col, agg, cond="1=1", lowest=False, gap=0.04, min_n=15):
    rows = q(f"""SELECT {col}, {agg} r FROM feedback f JOIN truth t USING (feedback_id)
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[0][1] - rows[1][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


def top_neg_rise(base, now):
    rows = q(f"""SELECT touchpoint_id, count(*) FILTER (WHERE {_in('ts', *now)})
                                     - count(*) FILTER (WHERE {_in('ts', *base)}) d
                 FROM feedback f JOIN truth t USING (feedback_id) WHERE t.sentiment = 'neg'
                 AND touchpoint_id IS NOT NULL GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > rows[1][1] * 1.3, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods ----------

ALL = ("2025-08-01", "2026-07-31")


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


H1_2026 = ("2026-01-01", "2026-06-30")
NEG = "t.sentiment = 'neg'"
ESCROW = "o.status <> 'cancelled'"
LUX = "o.category = '奢侈品'"
PHONE = "o.category = '手机'"
ANDROID = "c.primary_device = 'android'"
IOS = "c.primary_device = 'ios'"
LOWBALL = "e.offer_price < 0.6 * e.listing_price"
FAKE = "regexp_matches(lower(f.text), '假货|高仿|仿品|正品|一眼假|fake|counterfeit|replica')"
PAYOUT = ("(regexp_matches(lower(f.text), '到账|提现|结算|payout|my money') AND "
          "regexp_matches(lower(f.text), '慢|还没|迟迟|不到账|slow|hasn''t|pending|where is'))")
STRICT = ("(regexp_matches(lower(f.text), '验机|inspection') AND "
          "regexp_matches(lower(f.text), '严|苛刻|不通过|不给过|过不了|不合格|strict|failed|fail|absurd'))")
LOWBALL_TXT = "regexp_matches(lower(f.text), '砍价|压价|出价|白菜价|lowball|offered')"
PAYBUG = "regexp_matches(lower(f.text), '付款|支付|付不了|pay')"


def gold() -> dict:
    delivered = "o.ship_days IS NOT NULL"
    case = "o.dispute_reason IS NOT NULL"
    return {
        # ---- funnels
        "rs01": lambda: conv("buy", *quarter(2026, 1)),
        "rs02": lambda: top_lost("buy", *ALL),
        "rs03": lambda: conv_step("buy", "2026-02-09", "2026-02-22", 3, 4, cust=ANDROID),
        "rs04": lambda: conv_step("buy", "2026-02-09", "2026-02-22", 3, 4, cust=IOS),
        "rs05": lambda: conv("buy", *month(2025, 12), a=2, b=3, drop=True),  # the funnel step (as asked)
        "rs06": lambda: conv("sell", *ALL),
        "rs07": lambda: top_lost("sell", *ALL),
        "rs08": lambda: top_conv("new_seller", *ALL, "acquisition_channel"),
        "rs09": lambda: conv("new_seller", *ALL, cust="c.acquisition_channel = 'douyin_ads'"),
        "rs10": lambda: conv("receive", *H1_2026),
        "rs11": lambda: conv("after_sale", *ALL),
        # ---- listings and pricing
        "rs13": lambda: top_events("tp_list_publish", "e.category", *month(2026, 6)),
        "rs14": lambda: events_at("tp_list_publish", *month(2026, 6), "e.category = '图书'"),
        "rs15": lambda: events_at("tp_list_publish", *month(2026, 5), "e.category = '图书'"),
        "rs16": lambda: sell_through(*ALL, "pricing = 'accept'"),
        "rs17": lambda: sell_through(*ALL, "pricing = 'adjust'"),
        "rs18": lambda: share_events("tp_price_suggest", "e.action = 'accept'", *ALL),
        # ---- orders and money
        "rs20": lambda: orders(*quarter(2025, 4)),
        "rs21": lambda: orders(*H1_2026, agg="avg(o.amount)", cond=PHONE),
        "rs22": lambda: top_orders("o.category", *ALL),
        "rs23": lambda: orders(*month(2026, 2), agg="count(*)", status="cancelled"),
        "rs24": lambda: orders(*month(2026, 2), agg="count(*)", status="cancelled",
                               cond="o.cancel_reason = 'payment_failed'"),
        "rs25": lambda: share_orders("o.status = 'refunded'", *quarter(2026, 2), f"{LUX} AND {ESCROW}"),
        "rs26": lambda: share_orders("o.status = 'refunded'", *quarter(2026, 1), f"{LUX} AND {ESCROW}"),
        "rs27": lambda: top_orders("o.category", *quarter(2026, 2), agg=f"avg(({case})::int)", status=None,
                                   cond=delivered, gap=1.5),
        "rs28": lambda: top_orders("o.dispute_reason", *quarter(2026, 2), agg="count(*)", status=None, cond=LUX, gap=2),
        "rs29": lambda: top_orders("o.dispute_reason", *ALL, agg="count(*)", status=None, gap=1.3),
        "rs30": lambda: orders(*ALL, agg="count(*)", status="disputed"),
        "rs31": lambda: events_at("tp_dispute", *month(2026, 5)),
        "rs32": lambda: top_orders("o.buyer_city", *H1_2026),
        "rs33": lambda: orders("2025-07-01", "2025-12-31", agg="count(*)", cond="o.buyer_city = 'Shenzhen'"),
        "rs34": lambda: buyers(*quarter(2026, 1)),
        # ---- inspection
        "rs36": lambda: share_orders("o.inspection_result = 'fail'", *month(2025, 12),
                                     f"{PHONE} AND o.inspection_result IS NOT NULL"),
        "rs37": lambda: share_orders("o.inspection_result = 'fail'", *month(2026, 2),
                                     f"{PHONE} AND o.inspection_result IS NOT NULL"),
        "rs38": lambda: top_orders("o.category", *H1_2026, agg="avg((o.inspection_result = 'fail')::int)", status=None,
                                   cond="o.inspection_result IS NOT NULL", gap=1.5),
        "rs39": lambda: share_orders(case, *ALL, f"{delivered} AND o.inspection_service = 'no' AND "
                                                  "o.category IN ('手机', '相机', '奢侈品', '电脑平板')"),
        "rs40": lambda: share_orders(case, *ALL, f"{delivered} AND o.inspection_service = 'yes'"),
        # ---- payout, shipping, offers
        "rs42": lambda: orders(*month(2026, 4), agg="avg(o.payout_days)", status=None,
                               cond="o.payout_days IS NOT NULL", tol=0.05),
        "rs43": lambda: orders(*month(2026, 1), agg="avg(o.payout_days)", status=None,
                               cond="o.payout_days IS NOT NULL", tol=0.05),
        "rs44": lambda: orders("2026-03-01", "2026-05-31", agg="count(*)", status=None, cond="o.payout_days > 3"),
        "rs45": lambda: top_orders("o.ship_carrier", *ALL, status=None, cond=delivered, gap=2,
                                   agg="avg((coalesce(o.dispute_reason, '') = 'damaged_in_transit')::int)"),
        "rs46": lambda: orders(*ALL, agg="avg(o.ship_days)", status=None, cond=f"o.ship_carrier = 'JD' AND {delivered}",
                               tol=0.05),
        "rs47": lambda: share_events("tp_offer", LOWBALL, *ALL),
        "rs48": lambda: top_share_events("tp_offer", "e.category", LOWBALL, *ALL),
        # ---- customers
        "rs49": lambda: customers_count("c.segment = 'churned'"),
        "rs50": lambda: users_at("tp_signup", *month(2026, 3)),
        "rs51": lambda: customers_count("c.role = 'both'"),
        # ---- feedback
        "rs53": lambda: fb_topic_count("1=1", "counterfeit", FAKE),
        "rs54": lambda: feedback_ids(f"t.topic = 'counterfeit' AND {_in('f.ts', *quarter(2026, 2))}"),
        "rs55": lambda: fb_topic_count("1=1", "slow_payout", PAYOUT),
        "rs56": lambda: fb_topic_count("1=1", "inspection_strict", STRICT),
        "rs57": lambda: feedback_ids("t.topic = 'lowball'"),
        "rs58": lambda: top_fb("f.touchpoint_id", "count(*)", f"{NEG} AND {_in('f.ts', *quarter(2026, 2))}", gap=20),
        "rs59": lambda: top_neg_rise(month(2025, 12), month(2026, 2)),
        "rs60": lambda: nps(_in("f.ts", *quarter(2026, 1))),
        "rs61": lambda: nps(f"{_in('f.ts', *quarter(2026, 1))} AND f.role = 'buyer'"),
        "rs62": lambda: fb_avg("f.rating", f"f.channel = 'order_rating' AND f.category = '奢侈品' AND "
                                           f"{_in('f.ts', *quarter(2026, 2))}"),
        "rs63": lambda: fb_avg("f.rating", "f.channel = 'app_review'"),
        "rs64": lambda: fb_count("f.ts IS NULL"),
        "rs65": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 2)), tol=0.02),
        "rs66": lambda: fb_topic_count(f"f.device = 'android' AND {_in('f.ts', *month(2026, 2))}", "pay_bug", PAYBUG),
        # ---- relative periods (as_of)
        "rs67": lambda: orders(*month(2026, 4)),
        "rs68": lambda: refunded_q2(),
        "rs69": lambda: events_at("tp_dispute", "2026-05-11", "2026-05-17"),
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
