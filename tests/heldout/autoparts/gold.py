"""Gold answers for the 配件通 PartsHub (B2B auto-parts distributor) held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "garages" / "customers" / "修理厂" = customer_id (one account per garage). Funnels follow DATA.md: a garage reaches
  step k with an event (any action) at step k's touchpoint after reaching step k-1, within the journey window from its
  first step-1 event in the period (onboarding 30 d, fulfilment 7 d, returns 30 d); rates per garage; the tolerance
  covers both readings (later steps allowed after the period end, or not). A step's drop-off = garages that reached step
  k but not k+1 / garages that reached step k (the loss is attributed to step k). Funnels "for X garages" keep the events
  of the garages with that attribute (customers table).
- one purchase attempt = one `session_id` (SS000123) on every event from the first part search (or the reorder click)
  through order, payment, picking, dispatch, delivery, return and refund; an order = one order number (`order_no`,
  one tp_order event per attempt at most). Per-session / per-order rates take the first event of the named step per
  session with its ts in the period and look for the later step on the same session at any time (the tolerance also
  covers "within 30 days"). A search session's device / search method = those of its first search event.
- times between steps = per session, first B ts - first A ts over sessions that reached both, period on A's ts;
  "more than X" is strict. Registration -> credit approval is per garage (first tp_register -> first
  tp_credit_approved). "Late" = tp_delivered.delivery_speed = 'late'; same-day = 'same_day'; late / same-day rates are
  over tp_delivered events in the period (by delivery ts), the province / city those of the garage (customers).
- wrong-part return rate of a warehouse = delivered orders (tp_delivered, period on the delivery) whose session has a
  tp_return_request with return_reason 'wrong_part' / delivered orders, warehouse from the tp_delivered event.
- credit hold share = tp_order events with credit_hold = 'yes' over tp_order events (tier from customers.tier).
- money: orders.csv holds one row per part line (order_id = order_no-NN, line_type 'part') plus one shipping-fee row
  per order under 300 CNY (order_id = order_no-SF, line_type 'shipping_fee'); sales / revenue = rows with status 'paid'
  by order ts (returned lines become 'refunded' = cash refund to a prepaid garage, or 'returned' = settled by a credit
  note, with refund_amount, refunded_at, credit_note_no); "parts only" = line_type 'part'; order counts = distinct
  order_no of any status by order ts; average order value = paid amount / distinct order_no with a paid row; spend per
  garage = paid amount / garages with a paid row; cancelled = all lines of the order 'cancelled'.
- top-entity golds: zh items use the Chinese values (region, city, 配件品类, warehouse, sales_rep, 门店类型), en items the
  English twins (province_en, city_en, warehouse_en, sales_rep_en) or raw ids (segment, part_category, touchpoint_id).
- feedback: "comments" / "feedback" = all rows of every channel, undated rows included when no period is named;
  negative = sentiment_label = 'neg' over rows dated in the period; topic counts by text markers with a 5 % tolerance
  (markers checked against the generator's templates: no false hits, none missed); rating by step =
  feedback.touchpoint_id over rated rows; rep reviews = channel 'rep_review'; post-delivery survey = channel 'survey';
  app-store reviews = channel 'app_review'.
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; a week is Monday..Sunday;
  "this month so far" = from the 1st to the as_of date.
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "events"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) - count(DISTINCT order_id) FROM orders") == 0
    assert one("SELECT max(ts) FROM events").year == 2026


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def _cust(cond):
    return f"customer_id IN (SELECT customer_id FROM customers c WHERE {cond})"


# ---------- funnels (per garage, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, evcond="1=1"):
    steps, window = _steps(journey)
    ev = f"SELECT customer_id, ts, touchpoint_id FROM events e WHERE ({evcond})"
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


def _both(journey, start, end, fn, evcond="1=1"):
    return [fn(funnel(journey, start, end, bounded=b, evcond=evcond)) for b in (False, True)]


def _val(vals, tol=0.01):
    return dict(value=round(vals[0], 4), tolerance=round(max(tol, abs(vals[0] - vals[1]) + 0.005), 4))


def conv(journey, start, end, upto=None, evcond="1=1"):
    return _val(_both(journey, start, end, lambda c: c[(upto or len(c)) - 1] / c[0], evcond))


def conv_rank(journey, start, end, options: dict, upto=None, lowest=False, margin=0.03):
    res = []
    for k, cond in options.items():
        v = _both(journey, start, end, lambda c: c[(upto or len(c)) - 1] / c[0], cond)
        res.append((min(v), max(v), k))
    if lowest:
        res.sort(key=lambda r: r[1])
        assert res[1][0] - res[0][1] > margin, res
    else:
        res.sort(key=lambda r: -r[0])
        assert res[0][0] - res[1][1] > margin, res
    return dict(top_entity=res[0][2])


def top_dropoff_rate(journey, start, end, margin=0.05):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        rates = [(c[i] - c[i + 1]) / c[i] for i in range(len(c) - 1)]
        best = max(range(len(rates)), key=lambda i: rates[i])
        assert rates[best] - sorted(rates)[-2] > margin, rates
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per-session rates and durations ----------

def _tps(tp):
    tps = tp if isinstance(tp, (list, tuple)) else [tp]
    return ", ".join(f"'{t}'" for t in tps)


def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT *, row_number() OVER (PARTITION BY session_id ORDER BY ts, event_id) rn
                FROM events WHERE touchpoint_id IN ({_tps(tp)}) AND ({cond})) WHERE rn = 1)"""


def _rate(a_tp, b_tp, start, end, cond="1=1", within=None, by=None, having="1=1", b_cond="1=1"):
    sel = f"{by}, " if by else ""
    win = f"AND b.ts <= a.ts + INTERVAL {within} DAY" if within else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN {_first(b_tp, b_cond)} b ON b.session_id = a.session_id AND b.ts > a.ts {win}
              LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.ts', start, end)} AND ({cond})
              {f'GROUP BY 1 HAVING {having} ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", alt_within=30, b_cond="1=1"):
    v = _rate(a_tp, b_tp, start, end, cond, b_cond=b_cond)[0][0]
    w = _rate(a_tp, b_tp, start, end, cond, within=alt_within, b_cond=b_cond)[0][0] if alt_within else v
    return dict(value=round(v, 4), tolerance=round(max(0.01, abs(v - w) + 0.005), 4))


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", lowest=False, margin=1.2, having="1=1", b_cond="1=1"):
    rows = _rate(a_tp, b_tp, start, end, cond, by=by, having=having, b_cond=b_cond)
    if lowest:
        rows = rows[::-1]
        assert rows[0][1] * margin < rows[1][1], rows
    else:
        assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=str(rows[0][0]))


DIV = {"day": 86400.0, "hour": 3600.0, "minute": 60.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="day", share_over=None):
    x = f"epoch(b.ts - a.ts) / {DIV[unit]}"
    expr = f"avg(({x} > {share_over})::int)" if share_over is not None else f"{agg}({x})"
    v = one(f"""SELECT {expr} FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
                LEFT JOIN customers c ON c.customer_id = a.customer_id
                WHERE b.ts > a.ts AND {_in('a.ts', start, end)} AND ({cond})""")
    if share_over is not None:
        return dict(value=round(v, 4), tolerance=0.01)
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


def rank_step_time(a_tp, b_tp, start, end, by, min_n, cond="1=1", unit="day", margin=1.3):
    rows = q(f"""SELECT {by}, median(epoch(b.ts - a.ts) / {DIV[unit]}) m, count(*) n FROM {_first(a_tp)} a
                 JOIN {_first(b_tp)} b USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE b.ts > a.ts AND {_in('a.ts', start, end)}
                 AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY m DESC""")
    assert len(rows) >= 3 and rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def cust_step_time(a_tp, b_tp, start, end, agg="median", unit="hour"):
    v = one(f"""WITH a AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = '{a_tp}' GROUP BY 1),
                     b AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = '{b_tp}' GROUP BY 1)
                SELECT {agg}(epoch(b.t - a.t) / {DIV[unit]}) FROM a JOIN b USING (customer_id)
                WHERE b.t > a.t AND {_in('a.t', start, end)}""")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


def events_at(tp, start, end, cond="1=1", distinct=None, alt_cond=None):
    agg = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    sql = (f"SELECT {agg} FROM events e LEFT JOIN customers c USING (customer_id) "
           f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({{}})")
    v = one(sql.format(cond))
    w = one(sql.format(alt_cond)) if alt_cond else v
    return dict(value=v, tolerance=max(0.5, abs(v - w) + 0.5))


def event_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_event_share(tp, num, start, end, by, min_n, margin=1.3):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} "
             f"ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

OC = "orders o LEFT JOIN customers c USING (customer_id)"


def money(start, end, cond="1=1", col="o.ts", agg="sum(o.amount)", status="o.status = 'paid'"):
    v = one(f"SELECT {agg} FROM {OC} WHERE {status} AND {_in(col, start, end)} AND ({cond})")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.003), 2))


def sales_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM {OC} WHERE o.status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM {OC} WHERE o.status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def order_count_change(a, b):
    x = one(f"SELECT count(DISTINCT order_no) FROM orders o WHERE {_in('o.ts', *a)}")
    y = one(f"SELECT count(DISTINCT order_no) FROM orders o WHERE {_in('o.ts', *b)}")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def order_count(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(DISTINCT o.order_no) FROM {OC} WHERE {_in('o.ts', start, end)} AND ({cond})"),
                tolerance=0.5)


def per_garage(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM {OC}
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.01), 2))


def aov(start, end, cond="1=1"):
    s = one(f"SELECT sum(o.amount) FROM {OC} WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    n1 = one(f"SELECT count(DISTINCT o.order_no) FROM {OC} WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
             f"AND ({cond})")
    n2 = one(f"SELECT count(DISTINCT o.order_no) FROM {OC} WHERE o.status <> 'cancelled' AND {_in('o.ts', start, end)} "
             f"AND ({cond})")
    v, w = float(s) / n1, float(s) / n2
    return dict(value=round(v, 2), tolerance=round(max(v * 0.01, abs(v - w) + v * 0.003), 2))


def orders_per_garage(start, end, cond="1=1"):
    v = one(f"""SELECT count(DISTINCT o.order_no) / count(DISTINCT o.customer_id) FROM {OC}
                WHERE {_in('o.ts', start, end)} AND ({cond})""")
    w = one(f"""SELECT count(DISTINCT o.order_no) / count(DISTINCT o.customer_id) FROM {OC}
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(v * 0.02, abs(v - w) + 0.02), 3))


def top_orders(by, start, end, agg="sum(o.amount)", status="o.status = 'paid'", cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, {agg} n FROM {OC} WHERE {status} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_per_garage(by, start, end, margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) n FROM {OC}
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def active_garages(start, end, cond="1=1"):
    v = one(f"SELECT count(DISTINCT o.customer_id) FROM {OC} WHERE {_in('o.ts', start, end)} AND ({cond})")
    w = one(f"SELECT count(DISTINCT o.customer_id) FROM {OC} WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=v, tolerance=max(0.5, abs(v - w) + 0.5))


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


def rank_fb_avg(by, cond, min_n, lowest=True, margin=0.3):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a {'' if lowest else 'DESC'}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
NJ_WIN = ("2025-09-01", "2026-02-28")
NEG = "f.sentiment_label = 'neg'"
HUNAN = "c.region = '湖南'"
LATE = "e.delivery_speed = 'late'"
WRONG_RET = "return_reason = 'wrong_part'"
SEG = {k: _cust(f"c.segment = '{k}'") for k in ("independent", "chain", "dealer_4s")}
MARKERS = {
    "wrong_part": ["发错货", "发错了件", "拣错", "wrong part shipped", "sent the wrong part", "picked the wrong"],
    "vin_bad": ["VIN码查", "车架号查件", "VIN解析不准", "VIN search", "VIN lookup"],
    "fast": ["速度真快", "当天就送到", "配送很快", "same-day delivery", "fast delivery"],
    "credit_low": ["额度太低", "额度不够", "额度才", "credit limit"],
    "refund_slow": ["还没到账", "退款太慢", "refund took", "waiting for my refund"],
}
TXT = {k: _like("f.text", v) for k, v in MARKERS.items()}


def gold():
    return {
        # ---- onboarding funnel (per garage)
        "ap01": lambda: conv("onboarding", *Y25),
        "ap02": lambda: conv("onboarding", *Y25, evcond=SEG["independent"]),
        "ap03": lambda: top_dropoff_rate("onboarding", *Y25),
        "ap04": lambda: conv_rank("onboarding", *Y25, SEG, upto=2, lowest=True),
        "ap05": lambda: conv("fulfilment", *quarter(2025, 4)),
        # ---- search / quote conversion (per session)
        "ap06": lambda: rate("tp_part_search", "tp_order", *month(2025, 11),
                             "a.device = 'android' AND a.search_method = 'vin'"),
        "ap07": lambda: rate("tp_part_search", "tp_order", *month(2025, 11),
                             "a.device = 'ios' AND a.search_method = 'vin'"),
        "ap08": lambda: rate("tp_quote_request", "tp_order", *Y25),
        "ap09": lambda: rank_rate("tp_quote_request", "tp_order", *Y25, "a.part_category", lowest=True, margin=1.3),
        # ---- delivery
        "ap10": lambda: event_share("tp_delivered", LATE, *H2_25, HUNAN),
        "ap11": lambda: rank_event_share("tp_delivered", LATE, *Y25, "c.province_en", 200, margin=2),
        "ap12": lambda: step_time("tp_order", "tp_delivered", *Y25, unit="hour"),
        "ap13": lambda: step_time("tp_order", "tp_delivered", *Y25, HUNAN, unit="hour", share_over=48),
        # ---- returns / credit timing
        "ap14": lambda: step_time("tp_return_request", "tp_refund", *Y25, agg="avg"),
        "ap15": lambda: step_time("tp_return_request", "tp_refund", *Y25, "c.payment_terms = 'prepaid'", agg="avg"),
        "ap16": lambda: cust_step_time("tp_register", "tp_credit_approved", *Y25),
        "ap17": lambda: rank_step_time("tp_quote_request", "tp_order", *Y25, "a.part_category", 40),
        "ap18": lambda: step_time("tp_return_request", "tp_refund", *quarter(2026, 1), share_over=7),
        "ap19": lambda: event_share("tp_order", "e.credit_hold = 'yes'", *Y25, "c.tier = 'C'"),
        "ap20": lambda: event_share("tp_order", "e.credit_hold = 'yes'", *Y25, "c.tier = 'B'"),
        # ---- rankings
        "ap21": lambda: rank_fb_avg("f.sales_rep_en", "f.channel = 'rep_review'", 30, lowest=False, margin=0.3),
        "ap22": lambda: rank_fb_avg("f.sales_rep", "f.channel = 'rep_review'", 30, margin=0.5),
        "ap23": lambda: top_orders("o.配件品类", *quarter(2025, 4), cond="o.line_type = 'part'", margin=1.2),
        "ap24": lambda: top_orders("c.province_en", *Y25, agg="count(DISTINCT o.order_no)", status="1=1"),
        "ap25": lambda: top_per_garage("c.segment", *Y25),
        "ap26": lambda: rank_rate("tp_delivered", "tp_return_request", *NJ_WIN, "a.warehouse", b_cond=WRONG_RET,
                                  margin=2),
        # ---- money / counts
        "ap27": lambda: money(*quarter(2025, 3)),
        "ap28": lambda: money(*Y25, cond="o.line_type = 'shipping_fee'"),
        "ap29": lambda: money(*Y25, col="o.refunded_at", agg="count(DISTINCT o.credit_note_no)",
                              status="o.credit_note_no IS NOT NULL"),
        "ap30": lambda: money(*Y25, col="o.refunded_at", agg="sum(o.refund_amount)", status="o.status = 'refunded'"),
        "ap31": lambda: active_garages(*month(2025, 10)),
        "ap32": lambda: order_count("2025-03-03", "2025-03-09"),
        "ap33": lambda: per_garage(*Y25),
        "ap34": lambda: aov(*quarter(2025, 4)),
        "ap35": lambda: event_share("tp_part_search", "e.search_method = 'vin'", *Y25),
        "ap36": lambda: customers_share("c.payment_terms = 'monthly_credit'"),
        "ap37": lambda: sales_change(H1_25, H1_26),
        "ap38": lambda: order_count_change(month(2025, 10), month(2025, 11)),
        # ---- before / after
        "ap41": lambda: rate("tp_delivered", "tp_return_request", *NJ_WIN, "a.warehouse = '南京仓'", b_cond=WRONG_RET),
        "ap42": lambda: rate("tp_delivered", "tp_return_request", "2025-03-01", "2025-08-31", "a.warehouse = '南京仓'",
                             b_cond=WRONG_RET),
        "ap43": lambda: event_share("tp_delivered", LATE, *quarter(2026, 2), HUNAN),
        "ap44": lambda: event_share("tp_delivered", LATE, *quarter(2026, 1), HUNAN),
        "ap45": lambda: orders_per_garage(*Y25, "c.segment = 'chain'"),
        "ap46": lambda: orders_per_garage(*Y25, "c.segment = 'independent'"),
        # ---- twins / filters
        "ap47": lambda: aov(*Y25, "c.门店类型 = '4S店'"),
        "ap48": lambda: money(*Y25, cond="c.province_en = 'Zhejiang' AND o.part_category = 'brakes' "
                                         "AND o.line_type = 'part'"),
        "ap49": lambda: money(*Y25, cond="o.sales_rep = '陈志强'"),
        # ---- relative periods
        "ap50": lambda: events_at("tp_register", *month(2026, 4)),
        "ap51": lambda: events_at("tp_register", *month(2026, 3)),
        "ap52": lambda: events_at("tp_delivered", "2026-06-08", "2026-06-14"),
        "ap53": lambda: money("2026-06-01", "2026-06-20"),
        # ---- feedback
        "ap55": lambda: fb_topic_count(TXT["wrong_part"]),
        "ap56": lambda: fb_topic_count(TXT["vin_bad"]),
        "ap57": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 4))),
        "ap58": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 2))),
        "ap59": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 20, margin=0.4),
        "ap60": lambda: fb_avg(f"f.channel = 'survey' AND f.touchpoint_id = 'tp_delivered' AND {_in('f.ts', *Y25)}"),
        "ap61": lambda: feedback_ids(TXT["fast"]),
        "ap62": lambda: feedback_ids(TXT["credit_low"]),
        "ap63": lambda: fb_topic_count(TXT["refund_slow"]),
        "ap64": lambda: fb_avg("f.channel = 'app_review'"),
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
