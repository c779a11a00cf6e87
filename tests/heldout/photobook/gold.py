"""Gold answers for the 印记 PrintMemory (photo books & printing) held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event (any action, e.g. an editor crash `fail` counts as
  reaching the editor) at step k's touchpoint after reaching step k-1, within the journey window from their first
  step-1 event in the period (create_order 14 d, fulfilment 30 d, activation 7 d, reorder 180 d); rates are per
  customer. The tolerance covers both readings (later steps allowed after the period end, or not), except where the
  question names the follow-up window ("within 180 days", "within 7 days") - then later steps may fall after the
  period end. "Conversion from step A to step B" = customers reaching B / customers reaching A in that funnel.
  "Where do we lose the most" = the step reached whose next step is not reached, largest count (the loss between
  step k and k+1 is attributed to step k). "Mini-program users" / "Android app users" etc. = the funnel over events
  with that event `channel` / `device`;
- a project = one `session_id` (PJ000123) on every event from upload to refund; per-project rates take the first
  event of the named step per project in the period (by its ts) and look for the later step on the same project
  at any time; first-pass QC failure = the project's first `tp_qc` event has action `fail`;
- times between steps = per project, first B ts - first A ts over projects that reached both, period on the first
  step's ts (shipping time = `tp_ship` -> `tp_deliver` in days; lead time = `tp_pay` -> `tp_deliver`); "more than X"
  is strict;
- orders: one order = one `order_no`; its lines are `line_type` product (the price), shipping (fee), coupon
  (negative amount) and reprint (free, amount 0, a remake for a defect). Money = sum of `amount` over lines with
  status `paid` (net of coupons, incl. shipping; refunded / cancelled orders are no revenue), by order ts, unless the
  question names product lines only; "orders placed" = product lines of any status; "paid orders" = product lines
  with status paid; refunded money = all lines of refunded orders by `refunded_at`; spend per customer = paid amount
  / customers with a paid line in the period; user type, city tier, member level come from customers;
- zh top-entity golds use the Chinese twins (快递公司, 工厂, 产品, 用户类型, 纸张), en ones the English twins (courier,
  factory, product, user_type) or raw ids (touchpoint_id, defect_type, app_version);
- feedback: "survey" = channel 'survey'; "feedback" = all rows of all channels ("all data" includes rows without a
  date); negative share = `sentiment_label = 'neg'` over rows dated in the period (all rows when no period); topic
  counts by text markers with a 5 % tolerance; rating by step = feedback.touchpoint_id;
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "events"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    assert CON.execute("SELECT count(*) - count(DISTINCT order_id) FROM orders").fetchone()[0] == 0


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


def _rank_top(rows, margin):
    assert rows[0][1] > rows[1][1] * margin, rows
    return rows[0][0]


# ---------- funnels (per customer, DATA.md rule) ----------

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


def conv(journey, start, end, evcond="1=1", readings=(False, True), frm=1, to=None):
    vals = []
    for b in readings:
        c = funnel(journey, start, end, bounded=b, evcond=evcond)
        vals.append(c[(to or len(c)) - 1] / c[frm - 1])
    vals = vals * (3 - len(vals))
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_by(journey, start, end, by, key, margin=0.04, readings=(False, True)):
    """Funnel grouped by a customers column: top group, or the value of one group when key is given."""
    res = {}
    for bounded in readings:
        steps, _ = _steps(journey)
        funnel(journey, start, end, bounded=bounded)
        last = f"r{len(steps)}"
        for g, r in q(f"""SELECT {by}, avg((x.customer_id IS NOT NULL)::int) FROM r1 LEFT JOIN {last} x
                          USING (customer_id) JOIN customers c USING (customer_id) GROUP BY 1"""):
            res.setdefault(g, []).append(r)
    if key is not None:
        v = res[key] * (3 - len(readings))
        return dict(value=round(v[0], 4), tolerance=round(max(0.01, abs(v[0] - v[1]) + 0.005), 4))
    ranked = sorted(res.items(), key=lambda kv: -min(kv[1]))
    assert min(ranked[0][1]) - max(ranked[1][1]) > margin, ranked
    return dict(top_entity=ranked[0][0])


def top_lost(journey, start, end, evcond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, evcond=evcond)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.2, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per-project rates and durations ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT *, row_number() OVER (PARTITION BY session_id ORDER BY ts, event_id) rn
                FROM events WHERE touchpoint_id = '{tp}' AND ({cond})) WHERE rn = 1)"""


def rate(a_tp, b_tp, start, end, cond="1=1"):
    v = one(f"""SELECT avg((b.session_id IS NOT NULL)::int) FROM {_first(a_tp)} a
                LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b USING (session_id)
                LEFT JOIN customers c USING (customer_id)
                WHERE {_in('a.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def first_share(tp, start, end, share_cond, cond="1=1", by=None, having="count(*) >= 100", margin=1.5):
    """Share of projects whose first event at tp (in the period) satisfies share_cond."""
    sel = f"{by}, " if by else ""
    rows = q(f"""SELECT {sel}avg(({share_cond})::int) r, count(*) n FROM {_first(tp)} a
                 LEFT JOIN customers c USING (customer_id) WHERE {_in('a.ts', start, end)} AND ({cond})
                 {f'GROUP BY 1 HAVING {having} ORDER BY r DESC' if by else ''}""")
    if by:
        return dict(top_entity=_rank_top(rows, margin))
    return dict(value=round(rows[0][0], 4), tolerance=0.01)


DIV = {"day": 86400.0, "hour": 3600.0, "minute": 60.0}


def _times(a_tp, b_tp, div):
    return f"""(SELECT a.*, c.city_tier, c.user_type, epoch(b.ts - a.ts) / {div} x
                FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
                LEFT JOIN customers c ON c.customer_id = a.customer_id WHERE b.ts > a.ts)"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="day", share_over=None):
    expr = f"avg((a.x > {share_over})::int)" if share_over is not None else f"{agg}(a.x)"
    v = one(f"SELECT {expr} FROM {_times(a_tp, b_tp, DIV[unit])} a WHERE {_in('a.ts', start, end)} AND ({cond})")
    if share_over is not None:
        return dict(value=round(v, 4), tolerance=0.01)
    return dict(value=round(v, 3), tolerance=round(max(0.02, v * 0.03), 3))


def rank_step_time(a_tp, b_tp, start, end, by, min_n, cond="1=1", unit="day", margin=1.5):
    rows = q(f"""SELECT {by}, median(a.x) m, count(*) n FROM {_times(a_tp, b_tp, DIV[unit])} a
                 WHERE {_in('a.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY m DESC""")
    return dict(top_entity=_rank_top(rows, margin))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1", distinct=None):
    agg = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return dict(value=one(f"SELECT {agg} FROM events e WHERE e.touchpoint_id = '{tp}' AND "
                          f"{_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_avg(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.01), 2))


def top_events(tp, by, cond="1=1", margin=1.3):
    rows = q(f"""SELECT {by}, count(*) n FROM events e WHERE touchpoint_id = '{tp}' AND ({cond}) AND {by} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""")
    return dict(top_entity=_rank_top(rows, margin))


# ---------- orders / customers ----------

PAID = "o.status = 'paid'"
PRODUCT = "o.line_type = 'product'"


def orders(start, end, agg="sum(o.amount)", cond=PAID, col="o.ts"):
    v = one(f"""SELECT {agg} FROM orders o LEFT JOIN customers c USING (customer_id) WHERE ({cond})
                AND {_in(col, start, end)}""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, abs(float(v)) * 0.002), 2))


def orders_change(a, b, cond=PAID):
    x = one(f"SELECT sum(amount) FROM orders o WHERE ({cond}) AND {_in('ts', *a)}")
    y = one(f"SELECT sum(amount) FROM orders o WHERE ({cond}) AND {_in('ts', *b)}")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1", agg="sum(o.amount)"):
    v = one(f"""SELECT {agg} / count(DISTINCT o.customer_id) FROM orders o LEFT JOIN customers c
                USING (customer_id) WHERE {PAID} AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.02, float(v) * 0.005), 2))


def revenue_share(share_cond, start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) FILTER (WHERE {share_cond}) / sum(o.amount) FROM orders o
                WHERE {PAID} AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 4), tolerance=0.01)


def order_share(share_cond, start, end, cond=f"{PAID} AND {PRODUCT}"):
    """Share of orders (product lines) satisfying share_cond (may look at the order's other lines)."""
    v = one(f"""SELECT avg(({share_cond})::int) FROM orders o LEFT JOIN customers c USING (customer_id)
                WHERE ({cond}) AND {_in('o.ts', start, end)}""")
    return dict(value=round(float(v), 4), tolerance=0.01)


def top_orders(by, start, end, agg="sum(o.amount)", cond=PAID, margin=1.1):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o LEFT JOIN customers c USING (customer_id)
                 WHERE ({cond}) AND {_in('o.ts', start, end)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    return dict(top_entity=_rank_top(rows, margin))


def rank_order_share(share_cond, by, start, end, min_n, cond=f"{PAID} AND {PRODUCT}", margin=1.3):
    rows = q(f"""SELECT {by}, avg(({share_cond})::int) r, count(*) n FROM orders o LEFT JOIN customers c
                 USING (customer_id) WHERE ({cond}) AND {_in('o.ts', start, end)} GROUP BY 1
                 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    return dict(top_entity=_rank_top(rows, margin))


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="rating", tol=0.02):
    v = one(f"SELECT avg(f.{col}) FROM feedback f WHERE f.{col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def bottom_fb_avg(by, cond, min_n, margin=0.15):
    rows = q(f"SELECT {by}, avg(f.rating) a FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2024-07-01", "2026-06-30")
NEG = "f.sentiment_label = 'neg'"
COLOR = _like("f.text", ["色差", "偏色", "颜色", "发黄", "color", "colour"])
BLUR = _like("f.text", ["模糊", "糊", "像素", "blurry", "pixelat"])
CRASH = _like("f.text", ["闪退", "崩溃", "crash"])
SLOW = _like("f.text", ["快递", "物流", "delivery"])
FEE = _like("f.text", ["运费", "包邮", "shipping fee", "free shipping"])
SHIP = ("tp_ship", "tp_deliver")
HAS_COUPON = ("o.order_no IN (SELECT order_no FROM orders WHERE line_type = 'coupon')")
ANDROID_APP = "e.channel = 'app' AND e.device = 'android'"


def gold():
    return {
        # ---- create & order funnel
        "pb01": lambda: conv("create_order", *Y25),
        "pb02": lambda: top_lost("create_order", *quarter(2025, 4)),
        "pb03": lambda: conv("create_order", *Y25, evcond="e.channel = 'mini_program'"),
        "pb04": lambda: conv("create_order", *Y25, evcond="e.channel = 'web'"),
        "pb05": lambda: conv("create_order", "2025-10-01", "2025-11-30", evcond=ANDROID_APP, frm=3, to=4),
        "pb06": lambda: conv("create_order", "2025-10-01", "2025-11-30", evcond="e.channel = 'app' AND "
                             "e.device = 'ios'", frm=3, to=4),
        "pb07": lambda: top_lost("create_order", "2025-10-01", "2025-11-30", evcond=ANDROID_APP),
        "pb08": lambda: rate("tp_preview", "tp_pay", *month(2026, 4)),
        "pb09": lambda: rate("tp_preview", "tp_pay", *month(2026, 1)),
        "pb10": lambda: conv("activation", *H1_25, readings=(False,)),
        "pb11": lambda: events_at("tp_editor", "2025-11-10", "2025-11-16", "e.action = 'fail'"),
        "pb12": lambda: top_events("tp_editor", "e.app_version", "e.action = 'fail'", margin=1.3),
        # ---- fulfilment
        "pb13": lambda: step_time("tp_pay", "tp_deliver", *Y25),
        "pb14": lambda: rank_step_time(*SHIP, *Y25, "a.快递公司", 200, margin=1.25),
        "pb15": lambda: step_time(*SHIP, *Y25, "a.courier = 'zto'"),
        "pb16": lambda: step_time(*SHIP, *Y25, "a.courier = 'sf_express'"),
        "pb17": lambda: step_time(*SHIP, *Y25, share_over=5),
        "pb18": lambda: step_time(*SHIP, *quarter(2025, 4), "a.city_tier = 'tier3_below'", share_over=5),
        "pb19": lambda: step_time("tp_pay", "tp_ship", *quarter(2025, 4), unit="hour", share_over=48),
        "pb20": lambda: first_share("tp_qc", *H2_25, "a.action = 'fail'", by="a.工厂", having="count(*) >= 300"),
        "pb21": lambda: first_share("tp_qc", *quarter(2025, 3), "a.action = 'fail'", cond="a.factory = 'dongguan'"),
        "pb22": lambda: first_share("tp_qc", *quarter(2026, 1), "a.action = 'fail'", cond="a.factory = 'dongguan'"),
        "pb23": lambda: top_events("tp_qc", "e.defect_type", f"e.action = 'fail' AND {_in('e.ts', *Y25)}",
                                   margin=2.0),
        "pb24": lambda: orders(*Y25, agg="count(*)", cond="o.line_type = 'reprint'"),
        "pb25": lambda: top_orders("o.reprint_reason", *ALL, agg="count(*)", cond="o.line_type = 'reprint'",
                                   margin=1.4),
        "pb26": lambda: step_time("tp_upload", "tp_pay", *Y25, unit="hour"),
        # ---- money
        "pb27": lambda: orders(*month(2025, 10)),
        "pb28": lambda: orders(*month(2025, 11)),
        "pb29": lambda: orders(*quarter(2025, 4), cond=f"{PAID} AND {PRODUCT} AND o.product = 'photo_book'"),
        "pb30": lambda: orders_change(H1_25, H1_26),
        "pb31": lambda: top_orders("o.产品", *month(2025, 12), agg="count(*)", cond=PRODUCT, margin=1.2),
        "pb32": lambda: per_customer(*Y25),
        "pb33": lambda: per_customer(*Y25, "c.user_type = 'students'"),
        "pb34": lambda: order_share(HAS_COUPON, *Y25, cond=f"{PAID} AND {PRODUCT} AND o.product = 'photo_book'"),
        "pb35": lambda: orders(*H2_25, cond="o.status = 'refunded'", col="o.refunded_at"),
        "pb36": lambda: order_share("o.status = 'refunded'", *Y25, cond=f"{PRODUCT} AND o.status <> 'cancelled'"),
        "pb37": lambda: revenue_share("o.纸张 = '珠光'", *Y25, f"{PRODUCT} AND o.product = 'photo_book'"),
        "pb38": lambda: per_customer(*Y25, PRODUCT, agg="count(*)"),
        "pb39": lambda: revenue_share("o.channel = 'mini_program'", *Y25),
        "pb40": lambda: orders_change(month(2026, 3), month(2026, 4)),
        # ---- reorder
        "pb41": lambda: conv("reorder", *H1_25, readings=(False,)),
        "pb42": lambda: conv_by("reorder", *H1_25, "c.用户类型", None, readings=(False,)),
        "pb43": lambda: conv_by("reorder", *H1_25, "c.user_type", "students", readings=(False,)),
        # ---- customers / volumes
        "pb44": lambda: customers_count(_in("c.signup_at", *quarter(2025, 3))),
        "pb45": lambda: customers_share("c.city_tier = 'tier3_below'"),
        "pb46": lambda: orders("2025-03-03", "2025-03-09", agg="count(*)", cond=PRODUCT),
        "pb47": lambda: events_at("tp_upload", *month(2025, 10), distinct="e.customer_id"),
        "pb48": lambda: events_at("tp_ship", *month(2026, 5)),
        "pb49": lambda: events_at("tp_refund", *H2_25),
        "pb50": lambda: events_avg("tp_upload", "e.photo_count", *Y25, "e.product = 'photo_book'"),
        # ---- feedback
        "pb51": lambda: fb_topic_count(f"{COLOR} AND {NEG}"),
        "pb52": lambda: fb_topic_count(f"{SLOW} AND {NEG} AND {_in('f.ts', *Y25)}"),
        "pb53": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "pb54": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 50),
        "pb55": lambda: fb_avg(f"f.channel = 'survey' AND f.factory = 'dongguan' AND {_in('f.ts', *H2_25)}"),
        "pb56": lambda: fb_avg(f"f.channel = 'survey' AND f.factory = 'songjiang' AND {_in('f.ts', *H2_25)}"),
        "pb57": lambda: feedback_ids(f"{BLUR} AND {NEG}"),
        "pb58": lambda: feedback_ids(CRASH),
        "pb59": lambda: fb_topic_count(f"{BLUR} AND f.platform = 'mini_program'"),
        "pb60": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="nps", tol=0.1),
        "pb61": lambda: fb_ratio(NEG, "f.language = 'en'"),
        "pb62": lambda: fb_topic_count(f"{FEE} AND {_in('f.ts', '2026-03-01', '2026-06-30')}"),
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
