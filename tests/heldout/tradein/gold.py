"""Gold answers for the 焕新回收 ReNew (used-phone trade-in) held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window (quote_to_book 7 d, fulfilment 21 d, upgrade 30 d) from their first step-1 event in the
  period; rates are per customer; the tolerance covers both readings (later steps allowed after the period end, or
  not). "Where do we lose the most" = the step reached whose next step is not reached, largest count (users lost
  between step k and k+1 are attributed to step k); drop-off from step k to k+1 = 1 - reached(k+1) / reached(k);
- a trade-in = one order row = one `session_id` of the events (RN000123), from the first quote on; per-trade-in
  step rates and times use the first event of each touchpoint in that session, the trade-in taken in the period by
  the date of the first step named (quote date for quote -> booking, booking date for pickup waits, accept date for
  payout waits, payout date for coupon redemption); "more than 2 days" = strictly > 48 h; "more than 3 days" > 72 h;
- quote -> booking per trade-in = trade-ins whose first quote is in the period and that have a booking within 7 days
  of that first quote; quote channel = `channel` of the quote event (= orders.channel: app, mini_program, kiosk);
- inspected trade-ins = orders with status paid or returned (final price known and decided), dated by
  `inspected_at`; price cut (压价幅度) = (quoted_price - final_price) / quoted_price averaged over trade-ins; price
  cut in yuan = quoted_price - final_price; rejection rate = returned / (paid + returned); "at least 100" = at least
  100 inspected trade-ins of that brand in the period; returned count dated by the return date (orders.ts),
  tolerance covering the reject date;
- money = orders with status `paid` (payout made), dated by orders.ts (= payout time); amount = payout; payout per
  customer = paid amount / customers with >= 1 paid order in the period; grade = condition_grade (inspection grade);
- cancelled share of courier bookings = orders with pickup_method courier booked (booked_at) in the period whose
  status is cancelled / all such orders;
- city / 城市, brand / 品牌, pickup_method / 回收方式 have twin columns: zh top-entity golds use the Chinese twin
  (城市, 品牌), en ones the English column; new_phone_brand and acquisition_channel exist only in English;
- feedback: "all" = every row of every channel, including rows without a date; post-payout survey score =
  channel 'survey' rating; app-store rating = channel 'app_review' rating; negative share = `sentiment_label = 'neg'`
  over rows dated in the period; by touchpoint = feedback.touchpoint_id; 压价 / price-cut comments = text markers
  (压价, 砍价, 砍了, price cut, cut the price, lowered the price) with a 5 % tolerance; courier complaints = text
  markers of slow / missed pickups, 5 % tolerance;
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
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    n_book = CON.execute("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_book'").fetchone()[0]
    assert n_book == CON.execute("SELECT count(*) FROM orders").fetchone()[0]


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


def _val(v, rel=None, floor=0.01, nd=4):
    v = float(v)
    tol = floor if rel is None else max(floor, abs(v) * rel)
    return dict(value=round(v, nd), tolerance=round(tol, 4))


def _count(v):
    return dict(value=int(v), tolerance=0.5)


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


def conv(journey, start, end, upto=None, frm=1):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        last = c[-1] if upto is None else c[upto - 1]
        vals.append(last / c[frm - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def dropoff(journey, start, end, k):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        vals.append(1 - c[k] / c[k - 1])
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


# ---------- per trade-in (session) ----------

def _first(tp):
    return f"(SELECT session_id, min(ts) t FROM events WHERE touchpoint_id = '{tp}' GROUP BY 1)"


def quote_book(start, end, by=None, cond="1=1"):
    sel = f"{by}, " if by else ""
    return q(f"""SELECT {sel}avg((b.t IS NOT NULL AND b.t <= a.t + INTERVAL 7 DAY)::int) r, count(*) n
                 FROM {_first('tp_quote')} a LEFT JOIN {_first('tp_book')} b USING (session_id)
                 JOIN (SELECT session_id, arg_min(channel, ts) qch FROM events WHERE touchpoint_id = 'tp_quote'
                       GROUP BY 1) c USING (session_id)
                 WHERE {_in('a.t', start, end)} AND ({cond}) {'GROUP BY 1 ORDER BY r DESC' if by else ''}""")


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="avg", unit="hour"):
    div = {"day": 86400.0, "hour": 3600.0}[unit]
    v = one(f"""SELECT {agg}(epoch(b.t - a.t) / {div}) FROM {_first(a_tp)} a JOIN {_first(b_tp)} b
                USING (session_id) JOIN orders o ON o.order_id = a.session_id
                WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.02), 3))


def step_time_by(a_tp, b_tp, start, end, by, agg="median", cond="1=1", margin=1.5):
    rows = q(f"""SELECT {by}, {agg}(epoch(b.t - a.t) / 3600) v FROM {_first(a_tp)} a JOIN {_first(b_tp)} b
                 USING (session_id) JOIN orders o ON o.order_id = a.session_id
                 WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond}) GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def step_time_over(a_tp, b_tp, start, end, hours, cond="1=1", share=False):
    agg = f"avg((epoch(b.t - a.t) / 3600 > {hours})::int)" if share else \
        f"count(*) FILTER (WHERE epoch(b.t - a.t) / 3600 > {hours})"
    v = one(f"""SELECT {agg} FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
                JOIN orders o ON o.order_id = a.session_id
                WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})""")
    return _val(v) if share else _count(v)


# ---------- inspection / price cut / rejection ----------

INSPECTED = "o.status IN ('paid', 'returned')"
CUT = "(o.quoted_price - o.final_price) / o.quoted_price"


def insp(agg, start, end, cond="1=1"):
    return one(f"SELECT {agg} FROM orders o WHERE {INSPECTED} AND {_in('o.inspected_at', start, end)} AND ({cond})")


def insp_rank(agg, by, start, end, min_n=0, margin=1.3):
    rows = q(f"""SELECT {by}, {agg} v, count(*) n FROM orders o WHERE {INSPECTED}
                 AND {_in('o.inspected_at', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def returned_count(start, end):
    a = one(f"SELECT count(*) FROM orders o WHERE o.status = 'returned' AND {_in('o.ts', start, end)}")
    b = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = 'tp_reject' AND {_in('e.ts', start, end)}")
    return dict(value=a, tolerance=max(0.5, abs(a - b) + 0.5))


# ---------- money / orders ----------

def paid(agg, start, end, cond="1=1", rel=0.002):
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return _count(v)
    return _val(v, rel=rel, floor=0.05, nd=2)


def paid_share(cond_share, start, end, cond="1=1"):
    v = one(f"SELECT avg(({cond_share})::int) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
            f"AND ({cond})")
    return _val(v)


def paid_rank(by, start, end, agg="sum(o.amount)", margin=1.15):
    rows = q(f"""SELECT {by}, {agg} v FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def paid_pair(by, a, b, start, end, agg="avg(o.amount)", margin=1.05):
    rows = dict(q(f"""SELECT {by}, {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                      AND {by} IN ('{a}', '{b}') GROUP BY 1"""))
    hi, lo = (a, b) if rows[a] > rows[b] else (b, a)
    assert rows[hi] > rows[lo] * margin, rows
    return dict(top_entity=hi)


def per_customer(start, end, cond="1=1", what="sum(o.amount)"):
    v = one(f"""SELECT {what} / count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return _val(v, rel=0.005, floor=0.02, nd=3)


def cancel_rank(start, end, by, margin=1.5):
    rows = q(f"""SELECT {by}, avg((o.status = 'cancelled')::int) v FROM orders o WHERE o.pickup_method = 'courier'
                 AND {_in('o.booked_at', start, end)} GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def cancel_share(start, end, cond):
    return _val(one(f"""SELECT avg((o.status = 'cancelled')::int) FROM orders o WHERE o.pickup_method = 'courier'
                        AND {_in('o.booked_at', start, end)} AND ({cond})"""))


# ---------- events / customers ----------

def events_at(tp, start, end, cond="1=1", distinct=None):
    agg = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return _count(one(f"SELECT {agg} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                      f"AND ({cond})"))


def events_rank(tp, by, margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def quotes_per_customer(start, end):
    v = one(f"SELECT count(*) / count(DISTINCT customer_id) FROM events e WHERE e.touchpoint_id = 'tp_quote' "
            f"AND {_in('e.ts', start, end)}")
    return _val(v, rel=0.01, floor=0.02, nd=3)


def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def customers_rank(col, margin=1.2):
    rows = q(f"SELECT {col}, count(*) n FROM customers GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


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
    return _val(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def fb_rank_avg(by, cond, min_n, margin=0.4):
    rows = q(f"SELECT {by}, avg(f.rating) a FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows
    return dict(top_entity=rows[0][0])


def fb_rank_neg(start, end, min_n, margin=0.15):
    rows = q(f"""SELECT f.touchpoint_id, avg((f.sentiment_label = 'neg')::int) v FROM feedback f
                 WHERE {_in('f.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC""")
    assert rows[0][1] - rows[1][1] > margin, rows
    return dict(top_entity=rows[0][0])


ALL = ("2024-10-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
PRICECUT = _like("f.text", ["压价", "砍价", "砍了", "price cut", "cut the price", "lowered the price"])
COURIER_BAD = _like("f.text", ["还没上门", "一直改时间", "取件太慢", "拖到第三天", "never came", "pickup took"])


def gold():
    return {
        # ---- funnels / conversion
        "tr01": lambda: conv("quote_to_book", *Y25),
        "tr02": lambda: top_lost("fulfilment", *quarter(2026, 1)),
        "tr03": lambda: conv("fulfilment", *Y25),
        "tr04": lambda: conv("fulfilment", *H2_25, upto=3),
        "tr05": lambda: conv("fulfilment", *H2_25, upto=4),
        "tr06": lambda: dropoff("fulfilment", *Y25, k=3),
        "tr07": lambda: _val(quote_book(*Y25, cond="c.qch = 'kiosk'")[0][0]),
        "tr08": lambda: dict(top_entity=quote_book(*Y25, by="c.qch")[0][0]),
        "tr09": lambda: conv("upgrade", *Y25),
        # ---- brand / price cut / rejection
        "tr10": lambda: insp_rank(f"avg({CUT})", "o.品牌", *Y25, min_n=100, margin=2),
        "tr11": lambda: _val(insp(f"avg({CUT})", *Y25, "o.brand = 'Xiaomi'")),
        "tr13": lambda: insp_rank("avg((o.status = 'returned')::int)", "o.brand", *Y25, min_n=100, margin=1.8),
        "tr14": lambda: _val(insp("avg((o.status = 'returned')::int)", *Y25)),
        "tr15": lambda: insp_rank("avg((o.status = 'returned')::int)", "o.pickup_method", *Y25, margin=1.15),
        "tr16": lambda: _val(insp("avg((o.status = 'returned')::int)", *Y25, "o.pickup_method = 'store'")),
        "tr17": lambda: returned_count(*quarter(2025, 4)),
        "tr18": lambda: _val(insp("avg(o.quoted_price - o.final_price)", *Y25, "o.brand = 'Xiaomi'"), rel=0.01,
                             floor=0.5, nd=2),
        # ---- money
        "tr19": lambda: paid("sum(o.amount)", *Y25),
        "tr20": lambda: paid("avg(o.amount)", *Y25, "o.brand = 'Apple'", rel=0.005),
        "tr21": lambda: per_customer(*Y25),
        "tr22": lambda: paid_rank("o.brand", *Y25, margin=1.5),
        "tr23": lambda: paid_rank("o.城市", *Y25, agg="count(*)", margin=1.15),
        "tr24": lambda: paid_pair("o.city", "Shenzhen", "Guangzhou", *Y25),
        "tr25": lambda: paid_share("o.condition_grade = 'A'", *Y25),
        "tr27": lambda: paid_share("o.storage IN ('256GB', '512GB', '1TB')", *Y25, "o.brand = 'Apple'"),
        # ---- times
        "tr28": lambda: step_time("tp_book", "tp_courier_pickup", *Y25, "o.city = 'Chengdu'"),
        "tr29": lambda: step_time_by("tp_book", "tp_courier_pickup", *Y25, by="o.city"),
        "tr30": lambda: step_time("tp_book", "tp_courier_pickup", *Y25, "o.city = 'Shanghai'", agg="median"),
        "tr31": lambda: step_time("tp_received", "tp_inspection", *Y25, agg="median"),
        "tr32": lambda: step_time("tp_accept", "tp_payout", *Y25, agg="median"),
        "tr33": lambda: step_time_over("tp_accept", "tp_payout", *Y25, 48),
        "tr34": lambda: step_time_over("tp_book", "tp_received", *Y25, 72, "o.pickup_method = 'courier'",
                                       share=True),
        "tr35": lambda: step_time("tp_payout", "tp_coupon_redeem", *Y25, unit="day"),
        # ---- customers vs orders
        "tr37": lambda: paid("count(DISTINCT o.customer_id)", *Y25),
        "tr38": lambda: paid("count(*)", *Y25),
        "tr39": lambda: events_at("tp_quote", *month(2026, 3), distinct="e.customer_id"),
        "tr40": lambda: events_at("tp_quote", *month(2026, 3)),
        "tr41": lambda: quotes_per_customer(*Y25),
        "tr42": lambda: per_customer(*Y25, "c.segment = 'vip'", what="count(*)"),
        # ---- periods
        "tr43": lambda: events_at("tp_book", "2025-03-03", "2025-03-09"),
        "tr44": lambda: paid("count(*)", *month(2026, 4)),
        "tr45": lambda: paid("count(*)", *month(2026, 3)),
        "tr46": lambda: paid("sum(o.amount)", *quarter(2026, 1)),
        "tr47": lambda: customers_count(_in("c.signup_at", *H2_25)),
        "tr48": lambda: events_at("tp_received", *month(2025, 10)),
        "tr49": lambda: events_at("tp_coupon_redeem", *H1_26),
        "tr50": lambda: events_at("tp_cancel", *quarter(2025, 3)),
        # ---- extra columns / segments
        "tr51": lambda: cancel_rank(*Y25, by="o.city"),
        "tr52": lambda: cancel_share(*Y25, "o.城市 = '成都'"),
        "tr53": lambda: customers_rank("acquisition_channel"),
        "tr54": lambda: events_rank("tp_coupon_redeem", "e.new_phone_brand"),
        "tr55": lambda: paid_share("o.channel = 'kiosk'", *Y25),
        # ---- feedback
        "tr57": lambda: fb_topic_count(PRICECUT),
        "tr58": lambda: fb_topic_count(f"{PRICECUT} AND {_in('f.ts', *quarter(2026, 2))}"),
        "tr59": lambda: fb_topic_count(f"{PRICECUT} AND {_in('f.ts', *quarter(2025, 2))}"),
        "tr60": lambda: fb_topic_count(f"{COURIER_BAD} AND f.city = 'Chengdu'"),
        "tr61": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "tr62": lambda: fb_rank_avg("f.品牌", "f.channel = 'survey'", 50, margin=0.6),
        "tr63": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)} AND f.brand = 'Xiaomi'", tol=0.03),
        "tr64": lambda: fb_rank_neg(*Y25, 50),
        "tr65": lambda: fb_ratio("f.sentiment_label = 'neg'", _in("f.ts", *H2_25)),
        "tr66": lambda: feedback_ids(PRICECUT),
        "tr67": lambda: fb_avg("f.channel = 'app_review'"),
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
