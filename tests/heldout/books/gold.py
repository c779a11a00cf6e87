"""Gold answers for the online-bookstore (书页 PageTurn) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window (journeys.window_days) from their first step-1 event in the period; each rate is computed
  with and without requiring later steps inside the period and the tolerance covers both readings;
- "users / people / customers who did X" = distinct customers with an event at X's touchpoint in the period;
  "how many times / deliveries / renewals / sessions / contacts" = event rows;
- a customer's device is customers.primary_device (every customer's events carry that one device);
- money = `paid` orders (CNY) unless the question names a status; refund rate = refunded / all orders of that kind
  by order date (tolerance also covers refunded / (paid + refunded)); "paper books" = order_type `book`;
  subscription revenue = order_type subscription_first + subscription_renewal;
- delivery time = events.delivery_days on tp_shipping (by delivery event date);
- feedback "negative" = sentiment_label = neg (generator truth); topic counts use text markers with a 5 % tolerance;
  "all data / ever" includes comments without a date; a dated period excludes them;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of` (else 2026-08-31).
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
    for t in ("touchpoints", "customers", "journeys", "orders", "feedback", "events"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    assert CON.execute("""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                          WHERE e.device <> c.primary_device""").fetchone()[0] == 0


def q(sql, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql, *params):
    return q(sql, *params)[0][0]


def _in(col, start, end):
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


# ---------- funnels ----------

def _steps(j):
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", j)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(j, start, end, cust=None, bounded=False):
    steps, window = _steps(j)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t FROM ev
                    WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(j, start, end, a=1, b=None, cust=None, open_=False):
    """open_: the question says later steps after the period count (window only) -> one reading."""
    if open_:
        c = funnel(j, start, end, cust=cust)
        return dict(value=round(c[(b or len(c)) - 1] / c[a - 1], 4), tolerance=0.01)
    vals = []
    for bounded in (False, True):
        c = funnel(j, start, end, cust=cust, bounded=bounded)
        vals.append(c[(b or len(c)) - 1] / c[a - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def drop(j, start, end, k, cust=None):
    r = conv(j, start, end, a=k, b=k + 1, cust=cust)
    return dict(value=round(1 - r["value"], 4), tolerance=r["tolerance"])


def top_lost(j, start, end):
    steps, _ = _steps(j)
    tops = set()
    for bounded in (False, True):
        c = funnel(j, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(j, start, end, column, lowest=False, min_n=50):
    rates = {}
    for (v,) in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL"):
        c = funnel(j, start, end, cust=f"c.{column} = '{v}'")
        if c[0] >= min_n:
            rates[v] = c[-1] / c[0]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > 0.04, rates
    return dict(top_entity=order[0])


# ---------- events / customers ----------

def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def ev_avg(tp, col, start, end, cond="1=1"):
    v = one(f"""SELECT avg({col}) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL""", tp)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.01), 2))


def top_ev(tp, start, end, column, agg="count(*)", cond="1=1", lowest=False, ratio=1.1):
    rows = q(f"""SELECT {column}, {agg} n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) AND {column} IS NOT NULL
                 GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""", tp)
    a, b = rows[0][1], rows[1][1]
    assert (b > a * ratio) if lowest else (a > b * ratio), rows
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


# ---------- orders ----------

def orders(start, end, agg="sum", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg}(o.amount) FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg == "count":
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(1.0, float(v) * 0.001), 2))


def refund_rate(start, end, cond="1=1"):
    a, b = q(f"""SELECT avg((status = 'refunded')::int), avg((status = 'refunded')::int) FILTER (WHERE status <> 'cancelled')
                 FROM orders o WHERE {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 4), tolerance=round(abs(a - b) + 0.005, 4))


def top_refund_rate(col, start, end, cond="1=1"):
    rows = q(f"""SELECT {col}, avg((status = 'refunded')::int) r FROM orders o WHERE {_in('ts', start, end)}
                 AND ({cond}) AND {col} IS NOT NULL GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * 1.5, rows
    return dict(top_entity=rows[0][0])


def top_orders(col, start, end, agg="count(*)", cond="1=1", status="paid", ratio=1.08):
    rows = q(f"""SELECT {col}, {agg} n FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = '{status}' AND {_in('o.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * ratio, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def fb_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_topic(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond="1=1"):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=0.01)


def fb_ratio(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def fb_top(col, cond, ratio=1.3, agg="count(*)", lowest=False):
    rows = q(f"""SELECT {col}, {agg} n FROM feedback f LEFT JOIN customers c USING (customer_id)
                 WHERE {cond} AND {col} IS NOT NULL GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    a, b = rows[0][1], rows[1][1]
    assert (a * ratio < b) if lowest and agg == "count(*)" else (a > b * ratio) if not lowest else (b - a > 0.15), rows
    return dict(top_entity=rows[0][0])


def top_neg_rise(base, now):
    rows = q(f"""SELECT touchpoint_id, count(*) FILTER (WHERE {_in('ts', *now)}) - count(*) FILTER (WHERE {_in('ts', *base)}) d
                 FROM feedback WHERE sentiment_label = 'neg' GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > rows[1][1] * 1.5, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-01-01", "2026-08-31")
Y25 = ("2025-01-01", "2025-12-31")
Y26 = ("2026-01-01", "2026-08-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
NEG = "f.sentiment_label = 'neg'"
TYPO = "(f.text LIKE '%错别字%' OR f.text LIKE '%错字%' OR lower(f.text) LIKE '%typo%')"
LATE = ("(f.text LIKE '%太慢%' OR f.text LIKE '%迟迟不到%' OR lower(f.text) LIKE '%late delivery%' "
        "OR lower(f.text) LIKE '%too slow%' OR lower(f.text) LIKE '%order is late%')")
DAMAGED = ("(f.text LIKE '%破损%' OR f.text LIKE '%封面破%' OR f.text LIKE '%折痕%' OR lower(f.text) LIKE '%damaged%' "
           "OR lower(f.text) LIKE '%torn cover%')")
TRANS = "(f.text LIKE '%翻译%' OR f.text LIKE '%译文%' OR lower(f.text) LIKE '%translation%')"
CHARGED = ("(f.text LIKE '%还被扣费%' OR f.text LIKE '%又扣了%' OR f.text LIKE '%取消了还扣费%' "
           "OR lower(f.text) LIKE '%still charged%' OR lower(f.text) LIKE '%charged after%' "
           "OR lower(f.text) LIKE '%still got billed%')")
PAPER = "o.order_type = 'book'"
SUBS = "o.order_type IN ('subscription_first', 'subscription_renewal')"


def gold() -> dict:
    return {
        # ---- funnels
        "bk01": lambda: top_lost("paper_purchase", *ALL),
        "bk02": lambda: conv("paper_purchase", *Y25),
        "bk03": lambda: conv("ebook_purchase", *H1_26, a=1, b=2),
        "bk04": lambda: conv("ebook_purchase", *H1_26, a=1, b=2, cust="c.primary_device = 'e-reader'"),
        "bk05": lambda: conv("trial_to_paid", *ALL),
        "bk06": lambda: top_conv("trial_to_paid", *ALL, "primary_device"),
        "bk07": lambda: top_conv("trial_to_paid", *ALL, "primary_device", lowest=True),
        "bk08": lambda: conv("renewal", *quarter(2026, 1), open_=True),
        "bk09": lambda: drop("paper_purchase", *H1_26, 4),
        "bk10": lambda: drop("paper_purchase", *quarter(2025, 4), 3),
        "bk11": lambda: top_conv("trial_to_paid", *ALL, "acquisition_channel"),
        "bk12": lambda: conv("trial_to_paid", *quarter(2026, 2), cust="c.primary_device = 'phone'", open_=True),
        # ---- counts
        "bk13": lambda: users_at("tp_trial_start", *month(2026, 7)),
        "bk14": lambda: users_at("tp_convert", *quarter(2026, 2)),
        "bk15": lambda: users_at("tp_cancel", *month(2026, 7)),
        "bk16": lambda: top_ev("tp_cancel", *Y26, "e.cancel_reason"),
        "bk17": lambda: events_at("tp_shipping", *month(2026, 5)),
        "bk18": lambda: events_at("tp_renewal", *Y25),
        "bk19": lambda: top_ev("tp_sample", *Y25, "e.genre"),
        "bk20": lambda: events_at("tp_cs", "2026-06-01", "2026-07-31"),
        "bk21": lambda: ev_avg("tp_reading", "e.reading_minutes", *quarter(2026, 2), "e.device = 'e-reader'"),
        "bk22": lambda: ev_avg("tp_reading", "e.reading_minutes", *quarter(2026, 2), "e.device = 'phone'"),
        "bk23": lambda: top_ev("tp_reading", *ALL, "e.device", agg="avg(e.reading_minutes)", ratio=1.3),
        "bk24": lambda: customers_count("c.tier = '金卡'"),
        "bk25": lambda: customers_count("c.segment = 'subscriber' AND c.subscription_plan = 'annual'"),
        "bk26": lambda: top_orders("c.region", *H1_26, cond=PAPER),
        "bk27": lambda: users_at("tp_search", "2026-08-10", "2026-08-16"),
        "bk28": lambda: users_at("tp_cart", "2025-11-10", "2025-11-16"),
        "bk29": lambda: users_at("tp_sample", *month(2026, 8)),
        # ---- delivery
        "bk30": lambda: top_ev("tp_shipping", *ALL, "e.courier", agg="avg(e.delivery_days)", ratio=1.2),
        "bk31": lambda: ev_avg("tp_shipping", "e.delivery_days", *quarter(2026, 2), "e.city = '成都'"),
        "bk32": lambda: ev_avg("tp_shipping", "e.delivery_days", *quarter(2025, 4), "e.city = '成都'"),
        "bk33": lambda: top_ev("tp_shipping", "2026-04-01", "2026-08-31", "c.region", agg="avg(e.delivery_days)",
                               ratio=1.5),
        "bk34": lambda: events_at("tp_shipping", *quarter(2026, 2), "e.delivery_days >= 6"),
        # ---- orders
        "bk40": lambda: orders(*quarter(2026, 2)),
        "bk41": lambda: orders(*Y25, cond=SUBS),
        "bk42": lambda: orders(*H2_25, agg="avg", cond="o.order_type = 'ebook'"),
        "bk43": lambda: refund_rate(*H1_26, cond="order_type = 'book'"),
        "bk44": lambda: top_refund_rate("genre", *ALL, cond="order_type = 'book'"),
        "bk45": lambda: orders("2026-06-01", "2026-07-31", agg="count", status="refunded",
                               cond="o.order_type = 'subscription_renewal'"),
        "bk46": lambda: top_orders("o.publisher", *Y25, agg="sum(o.amount)", ratio=1.3),
        "bk47": lambda: orders(*month(2026, 8), agg="count", status=None),
        "bk48": lambda: orders(*ALL, status="refunded"),
        "bk49": lambda: top_orders("o.plan", *Y26, agg="sum(o.amount)", cond=SUBS),
        "bk50": lambda: orders(*Y25, agg="avg", cond=f"{PAPER} AND c.tier = '钻石'"),
        "bk51": lambda: orders(*month(2026, 3), agg="count", cond="o.order_type = 'audiobook'"),
        # ---- feedback
        "bk60": lambda: fb_topic(TYPO),
        "bk61": lambda: fb_top("f.publisher", TYPO, ratio=3),
        "bk62": lambda: fb_top("f.publisher", TRANS, ratio=3),
        "bk63": lambda: fb_topic(f"{LATE} AND {_in('f.ts', *quarter(2026, 2))}"),
        "bk64": lambda: fb_top("c.region", LATE, ratio=3),
        "bk65": lambda: fb_topic(CHARGED),
        "bk66": lambda: fb_top("f.genre", DAMAGED, ratio=2),
        "bk67": lambda: fb_ratio(NEG),
        "bk68": lambda: fb_avg("rating", _in("f.ts", *H1_26)),
        "bk69": lambda: fb_top("f.publisher", "f.rating IS NOT NULL", agg="avg(f.rating)", lowest=True),
        "bk70": lambda: fb_count("f.ts IS NULL"),
        "bk71": lambda: fb_avg("nps"),
        "bk72": lambda: fb_top("f.touchpoint_id", NEG, ratio=1.15),
        "bk73": lambda: fb_ids(f"{CHARGED}"),
        "bk74": lambda: top_neg_rise(quarter(2026, 1), quarter(2026, 2)),
        "bk75": lambda: fb_avg("rating", "f.format = 'ebook'"),
        "bk76": lambda: fb_ids(f"{TYPO} AND f.publisher = '星河出版社'"),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    unused = set(checks) - {it["id"] for it in items}
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
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:60], shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
