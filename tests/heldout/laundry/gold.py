"""Gold answers for the 洁衣到家 CleanDrop (on-demand laundry & dry-cleaning) held-out batch, from plain DuckDB SQL
over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window (acquisition 14 d, fulfilment 10 d, membership 40 d, rewash 14 d) from their first
  step-1 event in the period; rates are per customer; the tolerance covers both readings (later steps allowed after
  the period end, or not). The step "where we lose the most" is the step reached whose next step is not reached,
  largest count (users lost between step k and k+1 are attributed to step k);
- an order = one laundry order (`orders.order_type = 'laundry'`) = one `session_id` of the events (CD000123);
  monthly-card purchases (`card_new`) and renewals (`card_renewal`) are orders too, but only in money questions
  that say so;
- per-order step rates (share of booked pickups that got delivered, re-wash claim rate) count the orders with the
  first event in the period (by its date) and look for the later event on the same order at any time;
  re-wash claim rate = orders with a `tp_rewash_claim` / orders with a `tp_delivery` (grouped by the order's
  plant / express / stain flag, all data unless a period is named);
- times between steps = per order, first B ts - first A ts over orders that reached both, the order taken in the
  period by the date of A (pickup date for turnaround, booking date for pickup wait, claim date for re-wash);
  turnaround = `tp_courier_pickup` -> `tp_delivery`; "more than 48 hours" = strictly > 48;
  express = the `express` flag; standard = not express;
- money = orders with status `paid` (refunded or cancelled orders are no revenue); revenue includes card orders
  unless the question names laundry only; refunds = `refund_amount` of refunded laundry orders (tolerance covers
  dating by refund event or by order date); spend per paying customer = paid amount / customers with >= 1 paid
  order in the period; a card member of 2025 = a customer with a paid card_new or card_renewal order in 2025;
- renewal share = customers whose first `tp_subscribe` is in the period and who have any later `tp_renew`;
  coupon conversion = customers whose first `tp_coupon_claim` is in the period and who booked a pickup within 14 d
  after it; coupon channel = the `coupon_channel` of the customer (= of the claim event);
- district / 城区, member type, acquisition channel come from customers (zh questions are checked against the
  Chinese twin column 城区 / 衣物类型, en questions against district / garment_type);
- order-review rating = feedback.rating where channel = 'order_review' (express / plant on the row); app store
  rating = channel 'app_review'; "feedback" = all rows of all channels and "all data" includes rows without a date;
  negative share = `sentiment_label = 'neg'` over rows dated in the period; topic counts by text markers with a 5 %
  tolerance;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of`; a week is Monday..Sunday.
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
    n_book = CON.execute("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_book_pickup'").fetchone()[0]
    assert n_book == CON.execute("SELECT count(*) FROM orders WHERE order_type = 'laundry'").fetchone()[0]


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


def conv(journey, start, end, upto=None):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        last = c[-1] if upto is None else c[upto - 1]
        vals.append(last / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.3, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def coupon_conv(start, end, cond="1=1"):
    return q(f"""WITH c AS (SELECT customer_id, min(ts) t, arg_min(coupon_channel, ts) ch FROM events
                            WHERE touchpoint_id = 'tp_coupon_claim' GROUP BY 1)
                 SELECT ch, avg((EXISTS (SELECT 1 FROM events b WHERE b.customer_id = c.customer_id
                        AND b.touchpoint_id = 'tp_book_pickup' AND b.ts > c.t
                        AND b.ts <= c.t + INTERVAL 14 DAY))::int) r
                 FROM c WHERE {_in('c.t', start, end)} AND ({cond}) GROUP BY 1 ORDER BY r DESC""")


def top_coupon_conv(start, end, margin=1.15):
    rows = coupon_conv(start, end)
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def coupon_conv_of(ch, start, end):
    v = [r[1] for r in coupon_conv(start, end) if r[0] == ch][0]
    return dict(value=round(v, 4), tolerance=0.01)


def renew_share(start, end, cond="1=1"):
    v = one(f"""WITH s AS (SELECT e.customer_id, min(e.ts) t FROM events e WHERE e.touchpoint_id = 'tp_subscribe'
                           GROUP BY 1)
                SELECT avg((EXISTS (SELECT 1 FROM events r WHERE r.customer_id = s.customer_id
                                    AND r.touchpoint_id = 'tp_renew' AND r.ts > s.t))::int)
                FROM s JOIN customers c USING (customer_id) WHERE {_in('s.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def bottom_renew_channel(start, end, margin=0.25):
    rows = q(f"""WITH s AS (SELECT e.customer_id, min(e.ts) t FROM events e WHERE e.touchpoint_id = 'tp_subscribe'
                            GROUP BY 1)
                 SELECT c.coupon_channel, avg((EXISTS (SELECT 1 FROM events r WHERE r.customer_id = s.customer_id
                                     AND r.touchpoint_id = 'tp_renew' AND r.ts > s.t))::int) v
                 FROM s JOIN customers c USING (customer_id) WHERE {_in('s.t', start, end)}
                 AND c.coupon_channel IS NOT NULL GROUP BY 1 ORDER BY v""")
    assert rows[1][1] - rows[0][1] > margin, rows
    return dict(top_entity=rows[0][0])


# ---------- per-order step rates and durations ----------

def _first(tp):
    return f"""(SELECT session_id, min(ts) t, any_value(plant_id) plant_id, any_value(express) express,
                       any_value(garment_type) garment_type, any_value(district) district, any_value(城区) 城区
                FROM events WHERE touchpoint_id = '{tp}' GROUP BY 1)"""


def order_rate(a_tp, b_tp, start, end, cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b USING (session_id)
              JOIN orders o ON o.order_id = a.session_id
              WHERE {_in('a.t', start, end)} AND ({cond}) {'GROUP BY 1 ORDER BY r' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1"):
    return dict(value=round(order_rate(a_tp, b_tp, start, end, cond)[0][0], 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, lowest=False, margin=1.3):
    rows = order_rate(a_tp, b_tp, start, end, by=by)
    if not lowest:
        rows = rows[::-1]
        assert rows[0][1] > rows[1][1] * margin, rows
    else:
        assert rows[0][1] < rows[1][1] - 0.08, rows
    return dict(top_entity=rows[0][0])


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="avg", unit="hour"):
    div = {"day": 86400.0, "hour": 3600.0}[unit]
    v = one(f"""SELECT {agg}(epoch(b.t - a.t) / {div}) FROM {_first(a_tp)} a JOIN {_first(b_tp)} b
                USING (session_id) WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.02), 3))


def step_time_count(a_tp, b_tp, start, end, hours, cond="1=1", share=False):
    agg = f"avg((epoch(b.t - a.t) / 3600 > {hours})::int)" if share else \
        f"count(*) FILTER (WHERE epoch(b.t - a.t) / 3600 > {hours})"
    v = one(f"""SELECT {agg} FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
                WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01) if share else dict(value=v, tolerance=0.5)


def signup_to_first_booking(start, end):
    v = one(f"""WITH b AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_book_pickup'
                           GROUP BY 1)
                SELECT median(epoch(b.t - c.signup_at) / 86400) FROM customers c JOIN b USING (customer_id)
                WHERE {_in('c.signup_at', start, end)}""")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND "
                          f"{_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def top_events(tp, start, end, by, margin=1.2):
    rows = q(f"""SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


MEMBERS25 = f"""(SELECT DISTINCT customer_id FROM orders WHERE order_type IN ('card_new', 'card_renewal')
                 AND status = 'paid' AND {_in('ts', '2025-01-01', '2025-12-31')})"""


def orders_per_member():
    v = one(f"""SELECT count(o.order_id) / count(DISTINCT m.customer_id) FROM {MEMBERS25} m
                LEFT JOIN orders o ON o.customer_id = m.customer_id AND o.order_type = 'laundry'
                AND o.status = 'paid' AND {_in('o.ts', '2025-01-01', '2025-12-31')}""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


def orders_per_nonmember():
    v = one(f"""SELECT count(*) / count(DISTINCT customer_id) FROM orders o WHERE o.order_type = 'laundry'
                AND o.status = 'paid' AND {_in('o.ts', '2025-01-01', '2025-12-31')}
                AND o.customer_id NOT IN (SELECT customer_id FROM {MEMBERS25})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


def order_share(cond_share, start, end, cond="1=1", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT avg(({cond_share})::int) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", margin=1.15, per_customer_=False):
    if per_customer_:
        agg = "sum(o.amount) / count(DISTINCT o.customer_id)"
    rows = q(f"""SELECT {by}, {agg} n FROM orders o JOIN customers c USING (customer_id) WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def refunds(start, end):
    a = one(f"""SELECT sum(refund_amount) FROM events WHERE touchpoint_id = 'tp_refund'
                AND {_in('ts', start, end)}""")
    b = one(f"SELECT sum(refund_amount) FROM orders WHERE status = 'refunded' AND {_in('ts', start, end)}")
    return dict(value=round(float(a), 2), tolerance=round(max(0.5, abs(float(a) - float(b)) + 0.5), 2))


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_customers(col, margin=1.2):
    rows = q(f"SELECT {col}, count(*) n FROM customers GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, tol=0.02):
    v = one(f"SELECT avg(f.rating) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def bottom_fb_avg(by, cond, margin=0.4):
    rows = q(f"SELECT {by}, avg(f.rating) a FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows
    return dict(top_entity=rows[0][0])


ALL = ("2024-09-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
BOOK, PICK, PLANT, QC, DELIV = "tp_book_pickup", "tp_courier_pickup", "tp_plant_cleaning", "tp_quality_check", \
    "tp_delivery"
LAUNDRY = "o.order_type = 'laundry'"
REVIEW = "f.channel = 'order_review'"
NEG = "f.sentiment_label = 'neg'"
DAMAGE = _like("f.text", ["缩水", "洗坏", "扣子掉", "烫坏", "开胶", "洗破", "damaged", "shrank"])
LOST = _like("f.text", ["少了", "丢了", "missing", "lost"])
SMELL = _like("f.text", ["味", "smell", "odor"])
LATE = _like("f.text", ["太慢", "拖了", "超时", "late"])


def gold():
    return {
        # ---- funnels / conversion
        "ld01": lambda: conv("acquisition", *Y25),
        "ld02": lambda: conv("acquisition", *H1_26, upto=2),
        "ld03": lambda: top_lost("fulfilment", *quarter(2026, 1)),
        "ld04": lambda: top_coupon_conv(*Y25),
        "ld05": lambda: coupon_conv_of("douyin_live", *Y25),
        "ld06": lambda: renew_share(*Y25),
        "ld07": lambda: renew_share(*Y25, "c.coupon_channel = 'douyin_live'"),
        "ld08": lambda: bottom_renew_channel(*ALL),
        "ld09": lambda: conv("membership", *H2_25),
        # ---- fulfilment by district
        "ld11": lambda: rank_rate(BOOK, DELIV, *Y25, by="a.城区", lowest=True),
        "ld12": lambda: rate(BOOK, DELIV, *Y25, "a.district = 'Songjiang'"),
        "ld13": lambda: rate(BOOK, DELIV, *Y25),
        "ld14": lambda: events_at("tp_order_cancelled", *Y25),
        "ld15": lambda: step_time(BOOK, PICK, *Y25, "a.district = 'Songjiang'"),
        # ---- times
        "ld17": lambda: step_time(PICK, DELIV, *Y25),
        "ld18": lambda: step_time(PICK, DELIV, *Y25, "a.express", agg="median"),
        "ld19": lambda: step_time(PICK, DELIV, *Y25, "NOT a.express", agg="median"),
        "ld20": lambda: step_time_count(PICK, DELIV, *Y25, 48),
        "ld21": lambda: step_time_count(PICK, DELIV, *quarter(2025, 4), 48, share=True),
        "ld22": lambda: step_time(PICK, DELIV, *month(2025, 4), "NOT a.express", agg="median"),
        "ld23": lambda: step_time(PICK, DELIV, *month(2025, 9), "NOT a.express", agg="median"),
        "ld24": lambda: step_time(PLANT, QC, *ALL, "a.garment_type = 'down_jacket'"),
        "ld25": lambda: step_time("tp_rewash_claim", "tp_rewash_done", *Y25, unit="day"),
        "ld26": lambda: signup_to_first_booking(*Y25),
        # ---- money
        "ld27": lambda: orders(*Y25),
        "ld28": lambda: per_customer(*Y25),
        "ld29": lambda: orders_per_member(),
        "ld30": lambda: orders_per_nonmember(),
        "ld31": lambda: orders(*Y25, agg="avg(o.amount)", cond=f"{LAUNDRY} AND o.express"),
        "ld32": lambda: top_orders("o.衣物类型", *Y25, cond=LAUNDRY),
        "ld33": lambda: top_orders("o.plant_id", *Y25, agg="count(*)", cond=LAUNDRY),
        "ld34": lambda: order_share("o.express", *Y25, LAUNDRY),
        "ld35": lambda: refunds(*Y25),
        "ld36": lambda: orders(*month(2026, 7)),
        "ld37": lambda: orders(*month(2025, 7)),
        "ld39": lambda: orders(*ALL, agg="avg(o.amount)", cond="o.coupon_amount > 0"),
        "ld40": lambda: top_orders("c.member_type", *Y25, per_customer_=True, margin=1.3),
        "ld42": lambda: orders(*quarter(2026, 1)),
        # ---- plants / re-wash
        "ld43": lambda: rank_rate(DELIV, "tp_rewash_claim", *ALL, by="a.plant_id", margin=2),
        "ld44": lambda: rate(DELIV, "tp_rewash_claim", *ALL, "a.plant_id = 'P-BS03'"),
        "ld45": lambda: rate(DELIV, "tp_rewash_claim", *ALL, "a.express"),
        "ld46": lambda: rate(DELIV, "tp_rewash_claim", *ALL, "NOT a.express"),
        "ld47": lambda: rate(DELIV, "tp_rewash_claim", *ALL, "o.has_stain"),
        "ld48": lambda: events_at("tp_rewash_claim", *H2_25),
        "ld49": lambda: events_at("tp_rewash_claim", *Y25, "e.claim_type = 'lost_item'"),
        "ld50": lambda: top_events("tp_rewash_claim", *ALL, "e.claim_type", margin=1.5),
        # ---- rankings / volumes
        "ld51": lambda: top_customers("城区", margin=1.5),
        "ld52": lambda: top_customers("acquisition_channel", margin=1.4),
        "ld53": lambda: order_share("o.garment_type = 'down_jacket'", "2026-04-01", "2026-05-31", LAUNDRY,
                                    status=None),
        "ld54": lambda: orders(*month(2026, 4), agg="count(*)", status=None, cond=LAUNDRY),
        # ---- feedback
        "ld57": lambda: fb_topic_count(DAMAGE),
        "ld58": lambda: fb_topic_count(LOST),
        "ld59": lambda: fb_topic_count(SMELL),
        "ld60": lambda: fb_topic_count(LATE),
        "ld61": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "ld62": lambda: fb_avg(f"{REVIEW} AND f.express"),
        "ld63": lambda: fb_avg(f"{REVIEW} AND NOT f.express"),
        "ld64": lambda: bottom_fb_avg("f.plant_id", REVIEW),
        "ld65": lambda: fb_avg("f.channel = 'app_review'"),
        "ld67": lambda: feedback_ids(SMELL),
        # ---- periods
        "ld74": lambda: events_at(DELIV, "2025-11-10", "2025-11-16"),
        "ld75": lambda: customers_count(_in("c.signup_at", *H2_25)),
        "ld76": lambda: events_at("tp_subscribe", "2026-01-01", "2026-06-30"),
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
