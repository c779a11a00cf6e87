"""Gold answers for the 书循环 ReShelf (used-book marketplace) held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (sell 7 d, seller_payout 45 d, buy 7 d,
  delivery 45 d, return 30 d); rates are per customer (people). The tolerance covers both readings (later steps
  allowed after the period end, or cut at the period end) unless the question says later steps count. A rate
  "from step A to step B" inside a funnel = people reaching B / people reaching A. "Which step loses the most" = the
  step whose next step is not reached by the most people (the loss between k and k+1 is attributed to step k). A
  funnel split by a customer attribute (region = market, acquisition_channel, ...) filters the step-1 people;
- "users" / "people" / "sellers" / "buyers" = distinct customer_id. A listing = one `listing_id` (the seller's
  listing session_id L000123: tp_isbn_scan, tp_photo, tp_price_suggest, tp_publish, tp_listing_live |
  tp_listing_rejected, tp_price_cut); an order = one `order_id` (orders.csv; the order's events carry `order_id`).
  Per-listing / per-order rates count keys whose first event at step A falls in the period (by its date) and look
  for step B with the same key at any time; attributes are read from the step-A event or the order row;
- times between steps = per key, first B ts - first A ts, the period by the date of A; days fractional (the
  tolerance also covers whole calendar days);
- money in RMB (`amount`, the CNY booking amount; `amount_local`/`currency` are the buyer's currency): GMV = `amount`
  of orders with status `paid` (cancelled = never paid, refunded = returned / not shipped / lost: both excluded), by
  order ts; average order value = mean of those; commission = `commission` of tp_settle events by event date;
  refunds = `refund_amount` of tp_refund events by event date; spend per buyer = GMV / buyers with >= 1 paid order;
  return rate = orders that were paid (status paid or refunded) with a `return_reason` of a buyer return request
  (not_as_described, damaged_in_transit, wrong_book, changed_mind) / paid orders, by order date;
- customer attributes as stored (state at the end of the data); zh questions on book category are checked against
  the Chinese twin `分类`, en ones against `category`; market = `region` (Beijing / Taipei / Overseas) in both
  languages; touchpoints by touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers (simplified, traditional and English) with
  a 5 % tolerance, checked against _truth/feedback_truth.csv; order-review rating = channel `order_review`,
  app-store rating = `app_store`, seller survey = `seller_survey`; negative = 1-2 stars; NPS = share 9-10 minus
  share 0-6 of `nps` (channel nps_survey), as a fraction;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday.
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
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true, "
                "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1, "
                    "all_varchar=true)")


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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM fev e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", a=1, b=None, unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        bb = b or len(c)
        vals.append(c[bb - 1] / c[a - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def conv_count(journey, start, end, step, cond="1=1"):
    vals = [funnel(journey, start, end, bounded=b, cond=cond)[step - 1] for b in (False, True)]
    return dict(value=vals[0], tolerance=max(0.5, abs(vals[0] - vals[1]) + 0.5))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30, a=1, b=None):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[a - 1] >= min_n:
                rows.append((g, c[(b or len(c)) - 1] / c[a - 1], c[a - 1]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        if lowest:
            assert rows[1][1] > rows[0][1] * margin, rows[:3]
        else:
            assert rows[0][1] > rows[1][1] * margin, rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.15, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        losses = sorted(((c[k] - c[k + 1], steps[k]) for k in range(len(c) - 1)), reverse=True)
        assert losses[0][0] > losses[1][0] * margin, losses
        tops.add(losses[0][1])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per key (listing / order / session) ----------

def _first(tp, key, start=None, end=None, cond="1=1"):
    per = f"AND {_in('e.ts', start, end)}" if start else ""
    return f"""(SELECT * FROM (SELECT e.*, row_number() OVER (PARTITION BY e.{key} ORDER BY e.ts) rn FROM events e
               WHERE e.touchpoint_id = '{tp}' AND e.{key} IS NOT NULL) e WHERE rn = 1 {per})"""


def rate(a_tp, b_tp, start, end, cond="1=1", key="session_id"):
    v = one(f"""SELECT avg((b.k IS NOT NULL)::int) FROM {_first(a_tp, key, start, end)} a
                LEFT JOIN customers c ON c.customer_id = a.customer_id
                LEFT JOIN (SELECT DISTINCT {key} k FROM events WHERE touchpoint_id = '{b_tp}') b ON b.k = a.{key}
                WHERE ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", key="session_id", lowest=False, margin=1.2, min_n=30):
    rows = q(f"""SELECT {by} g, avg((b.k IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp, key, start, end)} a
                 LEFT JOIN customers c ON c.customer_id = a.customer_id
                 LEFT JOIN (SELECT DISTINCT {key} k FROM events WHERE touchpoint_id = '{b_tp}') b ON b.k = a.{key}
                 WHERE ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}""")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def _gap(a_tp, b_tp, start, end, cond="1=1", key="order_id"):
    return f"""FROM {_first(a_tp, key, start, end)} a JOIN {_first(b_tp, key)} b ON b.{key} = a.{key} AND b.ts > a.ts
               LEFT JOIN customers c ON c.customer_id = a.customer_id WHERE ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", key="order_id"):
    v = one(f"SELECT {agg}(epoch(b.ts - a.ts) / 86400.0) {_gap(a_tp, b_tp, start, end, cond, key)}")
    w = one(f"SELECT {agg}(date_diff('day', a.ts::DATE, b.ts::DATE)) {_gap(a_tp, b_tp, start, end, cond, key)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def people_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(DISTINCT e.customer_id) FROM events e LEFT JOIN customers c "
                          f"USING (customer_id) WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return _money(v)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


PAID = "o.status = 'paid'"
EVER_PAID = "o.status IN ('paid', 'refunded')"
RETURNED = ("coalesce(o.return_reason IN ('not_as_described', 'damaged_in_transit', 'wrong_book', 'changed_mind'), "
            "false)")


def orders(start, end, cond="1=1", col="o.amount", agg="sum"):
    return _money(one(f"SELECT {agg}({col}) FROM orders o WHERE {PAID} AND {_in('o.ts', start, end)} AND ({cond})"))


def orders_count(start, end, cond):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"),
                tolerance=0.5)


def orders_change(a, b, cond=PAID, col="o.amount"):
    x = one(f"SELECT sum({col}) FROM orders o WHERE {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum({col}) FROM orders o WHERE {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def orders_share(num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM orders o LEFT JOIN customers s ON s.customer_id = o.seller_id "
            f"WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders_share(num, by, start, end, cond="1=1", min_n=100, margin=1.2, trap=False):
    rows = q(f"""SELECT {by}, avg(({num})::int) r, count(*) n FROM orders o
                 LEFT JOIN customers s ON s.customer_id = o.seller_id
                 WHERE {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY r DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def per_buyer(start, end, cond="1=1"):
    v = one(f"SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o "
            f"WHERE {PAID} AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15, agg="sum(o.amount)"):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE {PAID} AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic and HAS_TRUTH:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def fb_nps(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
            f"WHERE f.nps IS NOT NULL AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_fb_count(by, cond, margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


HAS_TRUTH = False
Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2025-01-01", "2026-06-30")
JUL25_JUN26 = ("2025-07-01", "2026-06-30")
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
SEP25, AUG25 = month(2025, 9), month(2025, 8)
MAR26 = month(2026, 3)
SCAN, PHOTO, PRICE, PUBLISH, LIVE, REJECT, CUT, SOLD, SSHIP, SETTLE, WITHDRAW = (
    "tp_isbn_scan", "tp_photo", "tp_price_suggest", "tp_publish", "tp_listing_live", "tp_listing_rejected",
    "tp_price_cut", "tp_sold", "tp_seller_ship", "tp_settle", "tp_withdraw")
SEARCH, PAGE, CART, CHECKOUT, PAY, SHIPPED, CUSTOMS, DELIVERED, REVIEW = (
    "tp_search", "tp_book_page", "tp_cart", "tp_checkout", "tp_payment", "tp_shipped", "tp_customs", "tp_delivered",
    "tp_review")
RET_REQ, RET_OK, RET_SHIP, REFUND, CS = ("tp_return_req", "tp_return_approved", "tp_return_shipped", "tp_refund",
                                          "tp_cs")
REVIEWS = "f.channel = 'order_review'"
TOPIC = {
    "price_low": _like("f.text", ["建议价太低", "建議價太低", "suggested price"]),
    "photo_fail": _like("f.text", ["照片上传失败", "照片上傳失敗", "photo upload"]),
    "not_described": _like("f.text", ["品相不符", "書況不符", "not as described"]),
    "shipping_cost": _like("f.text", ["运费太贵", "運費太貴", "shipping cost"]),
    "customs": _like("f.text", ["清关", "清關", "customs"]),
    "slow_ship": _like("f.text", ["迟迟不发货", "遲遲不出貨", "took forever to ship"]),
    "damaged": _like("f.text", ["压坏了", "壓壞了", "damaged in transit"]),
    "refund_slow": _like("f.text", ["退款太慢", "waiting on my refund"]),
    "commission": _like("f.text", ["手续费", "手續費", "commission"]),
    "search_bad": _like("f.text", ["搜不到", "search results"]),
    "packaging": _like("f.text", ["包装很用心", "包裝很用心", "well packed"]),
    "value": _like("f.text", ["很划算", "great value"]),
    "rare_find": _like("f.text", ["终于找到", "終於找到", "finally found"]),
    "fast": _like("f.text", ["到得很快", "arrived quickly"]),
}


BJ, TP, OVS = "c.region = 'Beijing'", "c.region = 'Taipei'", "c.region = 'Overseas'"


def gold():
    return {
        # ---- funnels / conversion
        "ub01": lambda: conv("buy", *Y25),
        "ub02": lambda: top_lost("buy", *H1_26),
        "ub03": lambda: rank_conv("buy", *Y25, by="c.region", lowest=True, margin=1.5),
        "ub04": lambda: conv("buy", *Y25, cond=TP),
        "ub05": lambda: conv("buy", *Y25, cond=OVS, a=4, b=5),
        "ub06": lambda: conv("buy", *Y25, cond=BJ, a=4, b=5),
        "ub07": lambda: conv("sell", *SEP25, a=3, b=4),
        "ub08": lambda: conv("sell", *AUG25, a=3, b=4),
        "ub09": lambda: top_lost("sell", *SEP25, margin=1.5),
        "ub10": lambda: conv("sell", *Y25),
        "ub11": lambda: rate(SCAN, LIVE, *Q1_26),
        "ub12": lambda: rate(PUBLISH, REJECT, *Y25),
        "ub13": lambda: top_events(REJECT, "e.reject_reason", *Y25),
        "ub14": lambda: rate(SCAN, PHOTO, *MAR26, cond="a.device = 'android'"),
        "ub15": lambda: rate(SCAN, PHOTO, *MAR26, cond="a.device = 'ios'"),
        "ub16": lambda: conv("delivery", *H2_25, unbounded_only=True),
        "ub17": lambda: conv("return", *Y25, unbounded_only=True),
        "ub18": lambda: conv("seller_payout", *Q1_26, unbounded_only=True),
        # ---- money
        "ub19": lambda: orders(*Y25),
        "ub20": lambda: orders(*H1_26),
        "ub21": lambda: orders_change(H1_25, H1_26),
        "ub22": lambda: top_orders('o."分类"', *SEP25, agg="count(*)", margin=1.5),
        "ub23": lambda: orders(*Q4_25, cond="o.buyer_market = 'Taipei'", agg="avg"),
        "ub24": lambda: orders(*Y25, cond="o.buyer_market = 'Overseas'", col="o.shipping_fee", agg="avg"),
        "ub25": lambda: orders_count(*MAR26, "o.status = 'cancelled'"),
        "ub26": lambda: events_sum(SETTLE, "e.commission", *Y25),
        "ub27": lambda: events_sum(REFUND, "e.refund_amount", *H1_26),
        "ub28": lambda: per_buyer(*Y25),
        # ---- delivery
        "ub30": lambda: step_time(PAY, DELIVERED, *Y25, cond=OVS),
        "ub31": lambda: step_time(PAY, DELIVERED, *Y25, cond=BJ),
        "ub32": lambda: events_share(CUSTOMS, "e.action = 'held'", *Y25),
        "ub33": lambda: step_time(PAY, SSHIP, *Y25, agg="avg"),
        # ---- returns
        "ub34": lambda: orders_share(RETURNED, *Y25, cond=EVER_PAID),
        "ub35": lambda: orders_share(RETURNED, *H1_26, cond=EVER_PAID),
        "ub36": lambda: top_orders_share(RETURNED, "s.acquisition_channel", *JUL25_JUN26, cond=EVER_PAID, min_n=30,
                                         margin=2.0),
        "ub37": lambda: orders_share(RETURNED, *JUL25_JUN26,
                                     cond=f"{EVER_PAID} AND s.acquisition_channel = 'clearout_campaign'"),
        "ub38": lambda: top_events(RET_REQ, "e.return_reason", *ALL, margin=2.0),
        "ub39": lambda: top_orders_share(RETURNED, "o.category", *ALL, cond=EVER_PAID, min_n=100, trap=True,
                                         margin=1.4),
        "ub40": lambda: orders_share(RETURNED, *ALL, cond=f"{EVER_PAID} AND o.category = 'rare'"),
        # ---- listings
        "ub41": lambda: events_at(SCAN, *month(2026, 6)),
        "ub42": lambda: events_at(LIVE, *Q2_26),
        "ub43": lambda: events_share(SCAN, "e.category = 'textbook'", "2025-06-01", "2025-07-31"),
        "ub45": lambda: events_at(SCAN, "2026-06-15", "2026-06-21"),
        "ub46": lambda: rate(LIVE, CUT, *Y25),
        # ---- customers
        "ub47": lambda: top_customers("c.region"),
        "ub48": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        "ub49": lambda: top_customers("c.acquisition_channel", f"c.user_role <> 'buyer' AND {_in('c.signup_at', *H1_26)}"),
        "ub50": lambda: customers_share("c.region = 'Overseas'"),
        "ub51": lambda: top_customers("c.country", "c.region = 'Overseas'"),
        # ---- feedback
        "ub52": lambda: fb_topic_count(TOPIC["not_described"], "not_described"),
        "ub53": lambda: fb_topic_count(TOPIC["not_described"], "not_described", _in("f.ts", *Q2_26)),
        "ub54": lambda: fb_topic_count(TOPIC["not_described"], "not_described", _in("f.ts", *Q2_25)),
        "ub55": lambda: fb_topic_count(TOPIC["price_low"], "price_low", _in("f.ts", *SEP25)),
        "ub56": lambda: fb_topic_count(TOPIC["shipping_cost"], "shipping_cost"),
        "ub57": lambda: fb_avg(f"{REVIEWS} AND {_in('f.ts', *Y25)}"),
        "ub58": lambda: fb_ratio("f.rating <= 2", f"{REVIEWS} AND {_in('f.ts', *H1_26)}"),
        "ub59": lambda: fb_nps(_in("f.ts", *Q1_26)),
        "ub60": lambda: fb_avg("f.channel = 'nps_survey' AND f.market = 'Overseas'", col="f.nps", tol=0.05),
        "ub61": lambda: fb_avg("f.channel = 'app_store'"),
        "ub62": lambda: top_fb_count("f.touchpoint_id", f"{REVIEWS} AND f.rating <= 2"),
        "ub63": lambda: fb_avg(f"f.channel = 'seller_survey' AND {_in('f.ts', *SEP25)}", tol=0.05),
        "ub64": lambda: feedback_ids(f"{TOPIC['customs']}"),
        "ub65": lambda: feedback_ids(f"{TOPIC['refund_slow']}"),
        "ub67": lambda: top_fb_count("f.market", TOPIC["shipping_cost"]),
    }


def checks():
    """every topic's text markers must match the generator's truth exactly."""
    for topic, cond in TOPIC.items():
        _check_topic(cond, topic)


def main() -> int:
    global HAS_TRUTH
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    HAS_TRUTH = bool(one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"))
    if HAS_TRUTH:
        checks()
    fns = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(fns) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
        assert it["lang"] in ("zh", "en"), it["id"]
    status_only = []
    for it in items:
        fn = fns.get(it["id"])
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
