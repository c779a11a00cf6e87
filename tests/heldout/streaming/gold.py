"""Gold answers for the video-streaming (澜屏视频 / LanScreen) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md (a customer reaches step k with an event at step k's touchpoint after step k-1, within the
  journey window from their first step-1 event in the period); each rate is computed with and without requiring
  later steps inside the period and the tolerance covers both, unless the question says later steps count;
- "users / people / members who did X" = distinct customers with an event at X's touchpoint in the period;
  "how many times / events / renewals / failed charges" = event rows;
- "TV / Android / iOS users" = customers whose events carry that device (every customer uses one device);
  an app version is the `app_version` of the event itself;
- a failed charge is logged at `tp_payment_fail` (never at tp_subscribe / tp_renewal) and as a `cancelled` order;
  renewal failure rate = cancelled renewal orders / all renewal orders (by order date, per payment_method);
- money = paid orders (CNY) unless the question names a status; refund rate = refunded / all orders by order date;
- customer-level facts at the end of the data (active member, plan) come from customers.segment / tier;
- feedback "negative" = `sentiment_label = neg`; topic counts use text markers with a 5 % tolerance; "all data"
  includes comments without a date; genre / device / app version of a comment are its own columns;
- periods are inclusive calendar dates; relative periods resolve against `as_of` (else 2026-08-31).
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
DEVICES = ["android", "ios", "tv", "web"]


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "customers", "journeys", "orders", "feedback"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    f"all_varchar=false)")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'app_version': 'VARCHAR'}})""")
    dup = CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0]
    assert dup == 0, "duplicate event_id with different content"
    CON.execute("""CREATE TABLE cdev AS SELECT customer_id, min(device) AS device FROM events
                   WHERE device IS NOT NULL GROUP BY 1""")
    assert CON.execute("""SELECT count(*) FROM (SELECT customer_id FROM events WHERE device IS NOT NULL
                          GROUP BY 1 HAVING count(DISTINCT device) > 1)""").fetchone()[0] == 0


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


def funnel(journey: str, start: str, end: str, device: str | None = None, cust: str | None = None,
           bounded: bool = False) -> list[int]:
    """Customers reaching each step. device = the customer's device; cust = SQL condition on customers c."""
    steps, window = _steps(journey)
    ev = """SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id)
            LEFT JOIN cdev d USING (customer_id) WHERE 1=1"""
    if device:
        ev += f" AND d.device = '{device}'"
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
    """Conversion from step a to step b (default last); value and a tolerance covering both readings."""
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        bb = b or len(c)
        vals.append(c[bb - 1] / c[a - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_open(journey, start, end, a=1, b=None, **kw):
    """Conversion when the question says later steps after the period count too (window only)."""
    c = funnel(journey, start, end, **kw)
    return dict(value=round(c[(b or len(c)) - 1] / c[a - 1], 4), tolerance=0.01)


def drop(journey, start, end, k, **kw):
    """Drop-off at step k = 1 - conversion k -> k+1."""
    r = conv(journey, start, end, a=k, b=k + 1, **kw)
    return dict(value=round(1 - r["value"], 4), tolerance=r["tolerance"])


def top_lost(journey, start, end, **kw):
    """touchpoint_id of the step losing most customers (reached k but not k+1), both readings agree."""
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


def top_conv(journey, start, end, column, lowest=False, a=1, b=None, min_n=50):
    """Value of a customer column with the highest (lowest) conversion a -> b (groups with >= min_n at a)."""
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v}'")
        if c[a - 1] >= min_n:
            rates[v] = c[(b or len(c)) - 1] / c[a - 1]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > 0.03, f"not clear: {rates}"
    return dict(top_entity=order[0])


def top_drop_device(journey, base, now, a, b):
    """Device contributing most to the fall of step conversion a->b from `base` to `now`:
    (base rate - current rate) x the device's share of customers at step a now."""
    effect = {}
    total = funnel(journey, *now)[a - 1]
    for d in DEVICES:
        cb, cn = funnel(journey, *base, device=d), funnel(journey, *now, device=d)
        effect[d] = (cb[b - 1] / cb[a - 1] - cn[b - 1] / cn[a - 1]) * cn[a - 1] / total
    order = sorted(effect, key=effect.get, reverse=True)
    assert effect[order[0]] > 2 * max(effect[order[1]], 0.005), effect
    return dict(top_entity=order[0])


# ---------- counts ----------

def users_at(tp, start, end, cond="1=1"):
    n = one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp)
    return dict(value=n, tolerance=0.5)


def events_at(tp, start, end, cond="1=1"):
    """Rows (events), not people."""
    n = one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp)
    return dict(value=n, tolerance=0.5)


def top_users_at(tp, start, end, column, cond="1=1", lowest=False):
    rows = q(f"""SELECT {column}, count(DISTINCT e.customer_id) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) AND {column} IS NOT NULL
                 GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""", tp)
    a, b = rows[0][1], rows[1][1]
    assert (b > a * 1.08) if lowest else (a > b * 1.08), rows
    return dict(top_entity=rows[0][0])


def top_events(tp, start, end, column, cond="1=1"):
    rows = q(f"""SELECT {column}, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) AND {column} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * 1.1, rows
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


# ---------- orders ----------
# ---------- orders ----------

def orders(start, end, agg="sum", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg}(o.amount) FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg == "count":
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(1.0, float(v) * 0.001), 2))


def refund_rate(start, end, cond="1=1"):
    """refunded / all orders; the tolerance also covers refunded / (paid + refunded)."""
    a, b = q(f"""SELECT avg((status = 'refunded')::int),
                        avg((status = 'refunded')::int) FILTER (WHERE status <> 'cancelled')
                 FROM orders o WHERE {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 4), tolerance=round(abs(a - b) + 0.005, 4))


def renewal_fail_rate(start, end, pay):
    v = one(f"""SELECT avg((status = 'cancelled')::int) FROM orders
                WHERE order_type = 'renewal' AND payment_method = ? AND {_in('ts', start, end)}""", pay)
    return dict(value=round(v, 4), tolerance=0.01)


def top_renewal_fail(start, end):
    rows = q(f"""SELECT payment_method, avg((status = 'cancelled')::int) r FROM orders
                 WHERE order_type = 'renewal' AND {_in('ts', start, end)} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * 2, rows
    return dict(top_entity=rows[0][0])


def top_orders(col, start, end, cond="1=1", agg="count(*)", status="paid"):
    rows = q(f"""SELECT {col}, {agg} n FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = '{status}' AND {_in('o.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.08, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f
                LEFT JOIN customers c USING (customer_id) WHERE {cond} ORDER BY 1""")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f LEFT JOIN customers c USING (customer_id) WHERE {cond}"),
                tolerance=0.5)


def fb_topic_count(cond):
    """Comments on a topic: keyword markers; the tolerance (5 %) allows for a semantic reading."""
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.01):
    return dict(value=round(one(f"""SELECT avg({col}) FROM feedback f LEFT JOIN customers c USING (customer_id)
                                    WHERE {col} IS NOT NULL AND {cond}"""), 3), tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    v = one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}")
    return dict(value=round(v, 4), tolerance=tol)


def top_rating(col, cond="1=1"):
    rows = q(f"""SELECT {col}, avg(rating) r FROM feedback f LEFT JOIN customers c USING (customer_id)
                 WHERE rating IS NOT NULL AND {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY r""")
    assert rows[1][1] - rows[0][1] > 0.15, rows[:3]
    return dict(top_entity=rows[0][0])


def top_neg(col, cond="1=1"):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f LEFT JOIN customers c USING (customer_id)
                 WHERE f.sentiment_label = 'neg' AND {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.2, rows[:3]
    return dict(top_entity=rows[0][0])


def top_neg_share(col):
    rows = q(f"""SELECT {col}, avg((f.sentiment_label = 'neg')::int) r FROM feedback f
                 WHERE {col} IS NOT NULL GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + 0.04, rows
    return dict(top_entity=rows[0][0])


def top_neg_rise(base, now):
    rows = q(f"""SELECT touchpoint_id, count(*) FILTER (WHERE {_in('ts', *now)})
                                     - count(*) FILTER (WHERE {_in('ts', *base)}) d
                 FROM feedback WHERE sentiment_label = 'neg' AND touchpoint_id IS NOT NULL GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > rows[1][1] * 1.5, rows[:3]
    return dict(top_entity=rows[0][0])


ALL = ("2025-01-01", "2026-08-31")
Y25 = ("2025-01-01", "2025-12-31")
Y26 = ("2026-01-01", "2026-08-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


NEG = "f.sentiment_label = 'neg'"
INTL = "c.region IN ('东南亚', '北美')"
BUFFER = ("(f.text LIKE '%卡顿%' OR f.text LIKE '%卡成%' OR f.text LIKE '%卡一下%' OR f.text LIKE '%经常卡%' "
          "OR f.text LIKE '%转圈%' OR f.text LIKE '%缓冲%' OR f.text LIKE '%黑屏%' OR lower(f.text) LIKE '%buffer%' "
          "OR lower(f.text) LIKE '%stutter%' OR lower(f.text) LIKE '%lag%' OR lower(f.text) LIKE '%goes black%')")
AUTOCHARGE = ("(f.text LIKE '%自动扣费%' OR f.text LIKE '%莫名其妙扣了钱%' OR f.text LIKE '%charged without%' "
              "OR f.text LIKE '%got billed%')")
PAYPAL = "(lower(f.text) LIKE '%paypal%')"


def gold() -> dict:
    return {
        # ---- funnels
        "st01": lambda: conv("trial_to_paid", *ALL),
        "st02": lambda: top_conv("trial_to_paid", *ALL, "acquisition_channel"),
        "st03": lambda: top_conv("trial_to_paid", *ALL, "acquisition_channel", lowest=True),
        "st04": lambda: conv_open("trial_to_paid", *quarter(2026, 2)),
        "st05": lambda: conv_open("trial_to_paid", *quarter(2026, 2), device="android"),
        "st06": lambda: top_lost("browse_to_watch", *ALL),
        "st07": lambda: conv("browse_to_watch", "2026-03-15", "2026-04-15", a=3, b=4, device="tv"),
        "st08": lambda: conv("browse_to_watch", *month(2026, 1), a=3, b=4, device="tv"),
        "st09": lambda: top_drop_device("browse_to_watch", month(2026, 2), month(2026, 4), 3, 4),
        "st10": lambda: conv_open("signup_to_member", *H2_25),
        "st11": lambda: top_lost("signup_to_member", *ALL),
        # ---- counts
        "st13": lambda: users_at("tp_trial_start", *month(2026, 7)),
        "st14": lambda: users_at("tp_subscribe", *month(2026, 6)),
        "st15": lambda: events_at("tp_renewal", *quarter(2026, 2)),
        "st16": lambda: users_at("tp_cancel", *month(2026, 7)),
        "st17": lambda: top_events("tp_cancel", "2026-03-01", "2026-04-30", "e.cancel_reason", "e.device = 'tv'"),
        "st18": lambda: top_events("tp_cancel", *Y26, "e.cancel_reason"),
        "st19": lambda: users_at("tp_buffering", *quarter(2026, 1)),
        "st20": lambda: events_at("tp_buffering", *month(2026, 4), "e.device = 'tv'"),
        "st21": lambda: top_events("tp_buffering", *Y26, "e.app_version"),
        "st22": lambda: top_events("tp_buffering", *ALL, "e.error_code", "e.app_version = '5.2.0'"),
        "st23": lambda: top_events("tp_play", *Y25, "e.content_genre"),
        "st24": lambda: users_at("tp_play", *H1_26, "e.content_genre = 'sports'"),
        "st25": lambda: top_events("tp_play", *month(2026, 7), "e.title"),
        "st26": lambda: customers_count("c.segment = 'member' AND c.tier = 'annual'"),
        "st27": lambda: customers_count("c.region = '北美'"),
        "st28": lambda: top_users_at("tp_trial_start", *H1_26, "c.region"),
        "st29": lambda: users_at("tp_subscribe", *ALL, "c.partner_bundle = 'china_mobile'"),
        "st30": lambda: users_at("tp_payment_fail", *month(2026, 6)),
        "st31": lambda: events_at("tp_payment_fail", *month(2026, 7)),
        "st32": lambda: users_at("tp_register", *month(2026, 8)),
        "st33": lambda: users_at("tp_trial_start", "2026-08-10", "2026-08-16"),
        "st34": lambda: users_at("tp_register", "2026-06-08", "2026-06-14"),
        "st35": lambda: users_at("tp_renewal", *Y25),
        "st36": lambda: users_at("tp_buffering", *ALL, "e.app_version = '5.2.0'"),
        "st37": lambda: users_at("tp_trial_start", *quarter(2026, 1), "c.acquisition_channel = 'douyin_ads'"),
        # ---- orders
        "st40": lambda: orders(*quarter(2026, 2)),
        "st41": lambda: orders(*month(2026, 7)),
        "st42": lambda: orders(*Y25, cond="o.order_type = 'renewal'"),
        "st43": lambda: refund_rate(*H1_26),
        "st44": lambda: top_renewal_fail("2026-05-01", "2026-08-31"),
        "st45": lambda: renewal_fail_rate("2026-05-01", "2026-08-31", "paypal"),
        "st46": lambda: renewal_fail_rate("2026-01-01", "2026-04-30", "paypal"),
        "st47": lambda: renewal_fail_rate("2026-01-01", "2026-04-30", "alipay"),
        "st48": lambda: orders(*Y25, agg="avg", cond="o.plan = 'annual'"),
        "st49": lambda: top_orders("o.plan", *Y26, agg="sum(o.amount)"),
        "st50": lambda: orders(*ALL, status="refunded"),
        "st51": lambda: orders(*Y26, cond="o.order_type = 'addon_sports'"),
        "st52": lambda: top_orders("c.region", *ALL, agg="sum(o.amount)"),
        "st53": lambda: orders(*quarter(2026, 2), agg="count", cond=INTL),
        # ---- feedback
        "st60": lambda: top_neg("f.content_genre"),
        "st61": lambda: top_rating("f.content_genre"),
        "st62": lambda: feedback_ids(f"f.content_genre = 'sports' AND {NEG}"),
        "st63": lambda: fb_topic_count(BUFFER),
        "st64": lambda: fb_topic_count(AUTOCHARGE),
        "st65": lambda: feedback_ids(f"{PAYPAL} AND {NEG}"),
        "st66": lambda: top_neg_rise(month(2026, 2), month(2026, 4)),
        "st67": lambda: fb_avg("rating", "f.app_version = '5.2.0' AND f.channel = 'app_review'"),
        "st68": lambda: fb_avg("rating", _in("f.ts", *quarter(2026, 2))),
        "st69": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "st70": lambda: fb_count("f.ts IS NULL"),
        "st71": lambda: events_at("tp_cs_ticket", *month(2026, 7)),
        "st72": lambda: fb_avg("nps", _in("f.ts", *H1_26)),
        "st73": lambda: top_neg_share("f.device"),
        "st74": lambda: fb_avg("rating", INTL),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    missing = []
    unused = set(checks) - {it["id"] for it in items}
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok" and not any(k in exp for k in ("value", "top_entity", "citations_from")):
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
