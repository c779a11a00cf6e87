"""Gold answers for the education (学而优在线 / LearnUp Online) held-out batches, from plain DuckDB SQL
over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Every check is one small query below, keyed by question id. Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint
  after reaching step k-1, within the journey's window from their first step-1 event in the period.
  Whether later steps must also fall inside the period is not pinned down by the contract, so each
  funnel rate is computed both ways and the tolerance covers the difference (plus 0.005);
- "Android users" / "iOS users" in a funnel = customers whose app events carry that device (every
  customer uses one device). The counsellor call, complaint and resolution steps are phone events
  with an empty device, so the device is a property of the customer, not of each event;
- "which step loses most" = the step customers reached but did not go on from (reached k, not k+1);
- "how many customers/students did X" = distinct customers with an event at X's touchpoint in the period;
- money = sum/avg of `amount` over orders with the status the question names (paid unless said),
  new and renewal orders alike unless order_type is named; refund rate = refunded orders / all orders
  (tolerance also covers refunded / (paid + refunded));
- feedback "negative" = the generator's `sentiment_label = neg`; topic counts use the text markers in
  CHURN below; "all data" for feedback includes the comments without a date;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`
  (else the latest event/feedback = 2026-09-30): "last month" = the previous calendar month,
  "last N days" = the N days ending on the as-of date, "so far this month" = 1st .. as-of date;
  上旬 = days 1-10, 下旬 = day 21 to month end; H1 / 上半年 = Jan-Jun, 下半年 = Jul-Dec.
  Rates are fractions 0..1; counts exact (0.5).
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
DEVICES = ["android", "ios", "ipad", "pc"]


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "customers", "journeys", "orders", "feedback"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
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
    """Conversion from step a to step b (default last); value and tolerance."""
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


def drop_rate(journey, start, end, k, **kw):
    """Drop-off at step k: reached k but not k+1, over reached k."""
    r = conv(journey, start, end, a=k, b=k + 1, **kw)
    return dict(value=round(1 - r["value"], 4), tolerance=r["tolerance"])


def top_lost(journey, start, end, **kw):
    """touchpoint_id of the step losing most customers (reached k but not k+1)."""
    steps, _ = _steps(journey)
    c = funnel(journey, start, end, **kw)
    lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
    best = max(range(len(lost)), key=lambda i: lost[i])
    assert lost[best] > sorted(lost)[-2] * 1.1, f"top step not clear: {lost}"
    return dict(top_entity=steps[best])


def top_conv(journey, start, end, column, values, lowest=False, device=False):
    """Value of a customer column (or the customer's device) with the highest (lowest) end-to-end conversion."""
    rates = {}
    for v in values:
        kw = dict(device=v) if device else dict(cust=f"c.{column} = '{v}'")
        c = funnel(journey, start, end, **kw)
        rates[v] = c[-1] / c[0]
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
        if not cb[a - 1] or not cn[a - 1]:
            continue
        effect[d] = (cb[b - 1] / cb[a - 1] - cn[b - 1] / cn[a - 1]) * cn[a - 1] / total
    order = sorted(effect, key=effect.get, reverse=True)
    assert effect[order[0]] > 2 * max(effect[order[1]], 0.005), effect
    return dict(top_entity=order[0])


# ---------- counts ----------

def users_at(tp, start, end, cond="1=1"):
    n = one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp)
    return dict(value=n, tolerance=0.5)


def top_users_at(tp, start, end, column, cond="1=1"):
    rows = q(f"""SELECT {column}, count(DISTINCT e.customer_id) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})
                 GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * 1.08, rows
    return dict(top_entity=rows[0][0])


def top_events(tp, start, end, column, cond="1=1"):
    rows = q(f"""SELECT {column}, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * 1.2, rows
    return dict(top_entity=rows[0][0])


def orders(start, end, agg="sum", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"status = '{status}'"
    v = one(f"""SELECT {agg}(amount) FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg == "count":
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(1.0, float(v) * 0.001), 2))


def refund_rate(start, end, cond="1=1"):
    """refunded / all orders; the tolerance also covers refunded / (paid + refunded)."""
    a, b = q(f"""SELECT avg((status = 'refunded')::int),
                        avg((status = 'refunded')::int) FILTER (WHERE status <> 'cancelled')
                 FROM orders WHERE {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 4), tolerance=round(abs(a - b) + 0.005, 4))


def top_refund_rate(col, start, end):
    rows = q(f"""SELECT {col}, avg((status = 'refunded')::int) r FROM orders
                 WHERE {_in('ts', start, end)} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * 1.5, rows
    return dict(top_entity=rows[0][0])


def top_orders(col, start, end, agg="count(*)", status="paid"):
    rows = q(f"""SELECT {col}, {agg} n FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = '{status}' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.08, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f
                LEFT JOIN customers c USING (customer_id) WHERE {cond} ORDER BY 1""")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f LEFT JOIN customers c USING (customer_id) WHERE {cond}"),
                tolerance=0.5)


def fb_avg(col, cond, tol=0.01):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    v = one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}")
    return dict(value=round(v, 4), tolerance=tol)


def top_rating(col, cond="1=1"):
    rows = q(f"""SELECT {col}, avg(rating) r FROM feedback f LEFT JOIN customers c USING (customer_id)
                 WHERE rating IS NOT NULL AND {cond} GROUP BY 1 ORDER BY r""")
    assert rows[1][1] - rows[0][1] > 0.1, rows
    return dict(top_entity=rows[0][0])


def top_neg(col, cond="1=1"):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f LEFT JOIN customers c USING (customer_id)
                 WHERE f.sentiment_label = 'neg' AND {cond} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.1, rows
    return dict(top_entity=rows[0][0])


def top_neg_rise(base, now):
    rows = q(f"""SELECT touchpoint_id, count(*) FILTER (WHERE {_in('ts', *now)})
                                     - count(*) FILTER (WHERE {_in('ts', *base)}) d
                 FROM feedback WHERE sentiment_label = 'neg' GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > rows[1][1] * 1.5, rows
    return dict(top_entity=rows[0][0])


ALL = ("2025-01-01", "2026-09-30")
Y25 = ("2025-01-01", "2025-12-31")
Y26 = ("2026-01-01", "2026-09-30")
H1_26 = ("2026-01-01", "2026-06-30")


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


NEG = "f.sentiment_label = 'neg'"
SEGMENTS = ["new", "returning", "vip", "at_risk"]
ACQ = ["douyin_ads", "wechat_ads", "baidu_search", "referral", "school_partner"]
CHURN = ("(f.text LIKE '%老师频繁更换%' OR f.text LIKE '%又换老师%' "
         "OR lower(f.text) LIKE '%changing the teacher%' OR lower(f.text) LIKE '%teacher changed%')")
RECORDED = "(f.text LIKE '%录播课%' OR lower(f.text) LIKE '%recorded course%')"
ENGLISH = "NOT regexp_matches(f.text, '[一-龥]')"


def gold() -> dict:
    return {
        # ---- funnels
        "ed01": lambda: top_lost("enrol", *ALL),
        "ed02": lambda: conv("enrol", *quarter(2026, 2)),
        "ed03": lambda: conv("enrol", *quarter(2025, 2)),
        "ed04": lambda: conv("enrol", *month(2026, 3), a=2, b=3, device="android"),
        "ed06": lambda: conv("enrol", *month(2026, 3), a=2, b=3, device="ios"),
        "ed05": lambda: top_drop_device("enrol", month(2026, 2), month(2026, 3), 2, 3),
        "ed07": lambda: conv("enrol", *month(2026, 4), a=2, b=3, device="android"),
        "ed08": lambda: top_conv("enrol", *ALL, "device", DEVICES, lowest=True, device=True),
        "ed09": lambda: top_conv("enrol", *ALL, "acquisition_channel", ACQ),
        "ed103": lambda: top_conv("enrol", *ALL, "acquisition_channel", ACQ, lowest=True),
        "ed10": lambda: top_conv("enrol", *H1_26, "acquisition_channel", ACQ, lowest=True),
        "ed11": lambda: conv("enrol", "2025-07-01", "2025-12-31", a=3, b=4),
        "ed12": lambda: drop_rate("enrol", *month(2026, 1), 2),
        "ed13": lambda: conv_open("learning", *Y25),
        "ed14": lambda: top_conv("learning", *ALL, "segment", SEGMENTS),
        "ed15": lambda: top_conv("learning", *ALL, "segment", SEGMENTS, lowest=True),
        "ed16": lambda: top_events("tp_homework", *ALL, "c.grade"),
        "ed17": lambda: top_lost("learning", *Y25),
        "ed18": lambda: conv_open("service", "2026-07-01", "2026-08-31"),
        "ed19": lambda: conv_open("service", *quarter(2026, 1)),
        "ed20": lambda: conv("service", *ALL),
        # ---- counts
        "ed21": lambda: users_at("tp_trial_class", *month(2026, 8)),
        "ed22": lambda: users_at("tp_trial_class", *month(2026, 7)),
        "ed23": lambda: users_at("tp_ad", *quarter(2025, 2)),
        "ed24": lambda: users_at("tp_counsellor_call", *month(2026, 5)),
        "ed25": lambda: users_at("tp_refund", *month(2026, 8)),
        "ed26": lambda: users_at("tp_homework", "2026-09-01", "2026-09-10"),
        "ed27": lambda: users_at("tp_ad", "2025-12-21", "2025-12-31"),
        "ed28": lambda: users_at("tp_renewal", *H1_26),
        "ed29": lambda: users_at("tp_parent_app", *Y25),
        "ed30": lambda: users_at("tp_complaint", "2026-09-01", "2026-09-30"),
        "ed31": lambda: users_at("tp_trial_class", *month(2026, 3), cond="e.action = 'fail' AND e.device = 'android'"),
        "ed32": lambda: orders("2026-01-15", "2026-02-15", agg="count"),
        "ed33": lambda: users_at("tp_attend", *quarter(2026, 3)),
        "ed106": lambda: users_at("tp_attend", *quarter(2026, 3), cond="c.grade = '初中'"),
        "ed34": lambda: users_at("tp_attend", "2026-09-01", "2026-09-15"),
        "ed35": lambda: users_at("tp_trial_class", "2025-04-01", "2025-04-10"),
        # ---- orders
        "ed36": lambda: orders(*month(2026, 8)),
        "ed37": lambda: orders(*month(2025, 8)),
        "ed38": lambda: orders(*quarter(2026, 1)),
        "ed39": lambda: orders(*Y25, agg="count", status="refunded"),
        "ed40": lambda: orders(*H1_26, agg="count", status="cancelled"),
        "ed41": lambda: orders(*Y26, agg="avg", cond="o.course_type = 'one_on_one'"),
        "ed42": lambda: refund_rate(*ALL, cond="course_type = 'recorded'"),
        "ed43": lambda: top_refund_rate("course_type", *ALL),
        "ed44": lambda: top_orders("c.city", *ALL, agg="sum(o.amount)"),
        "ed104": lambda: top_orders("c.region", *ALL, agg="sum(o.amount)"),
        "ed45": lambda: top_orders("o.course_type", *Y25, agg="sum(o.amount)"),
        "ed46": lambda: orders(*quarter(2026, 2), cond="o.order_type = 'renewal'"),
        "ed47": lambda: top_orders("o.channel", *Y25),
        "ed48": lambda: orders(*month(2026, 5), agg="avg"),
        "ed49": lambda: orders("2026-07-15", "2026-07-15", agg="count"),
        "ed50": lambda: top_orders("c.city", *H1_26),
        # ---- breakdowns
        "ed51": lambda: top_users_at("tp_ad", *H1_26, "c.acquisition_channel"),
        "ed52": lambda: top_users_at("tp_attend", *quarter(2026, 3), "c.city"),
        "ed53": lambda: top_users_at("tp_renewal", *Y25, "c.grade"),
        "ed54": lambda: users_at("tp_purchase", *Y26, cond="c.grade = '成人'"),
        "ed55": lambda: users_at("tp_attend", *Y25, cond="c.city = '成都'"),
        "ed56": lambda: users_at("tp_trial_class", *Y25, cond="c.region = '华南'"),
        # ---- comparisons
        "ed57": lambda: users_at("tp_trial_class", *quarter(2026, 3)),
        "ed58": lambda: orders(*month(2025, 8), agg="count"),
        "ed59": lambda: conv("enrol", *quarter(2026, 1), device="ios"),
        "ed60": lambda: conv_open("learning", *Y25, cust="c.grade = '小学'"),
        # ---- trends
        "ed61": lambda: orders(*month(2026, 9), agg="count"),
        "ed62": lambda: users_at("tp_trial_class", *quarter(2025, 4)),
        "ed63": lambda: refund_rate(*quarter(2025, 3)),
        "ed64": lambda: users_at("tp_complaint", *month(2026, 8)),
        "ed65": lambda: fb_count(f"f.touchpoint_id = 'tp_attend' AND {NEG} AND {_in('f.ts', *month(2026, 9))}"),
        # ---- why
        "ed66": lambda: top_drop_device("enrol", month(2026, 1), month(2026, 3), 2, 3),
        "ed67": lambda: feedback_ids(f"f.touchpoint_id IN ('tp_complaint', 'tp_resolution') AND {NEG} "
                                     f"AND {_in('f.ts', '2026-07-01', '2026-09-30')}"),
        "ed68": lambda: top_neg_rise(quarter(2026, 1), quarter(2026, 3)),
        "ed69": lambda: feedback_ids(RECORDED),
        # ---- feedback
        "ed70": lambda: feedback_ids(f"f.touchpoint_id = 'tp_counsellor_call' AND {NEG}"),
        "ed71": lambda: feedback_ids(f"f.touchpoint_id = 'tp_homework' AND {NEG}"),
        "ed105": lambda: fb_count(f"f.touchpoint_id = 'tp_homework' AND {NEG} AND {_in('f.ts', *Y26)}"),
        "ed72": lambda: feedback_ids(f"f.touchpoint_id = 'tp_trial_class' AND {NEG} AND {_in('f.ts', *month(2026, 3))}"),
        "ed73": lambda: fb_count(CHURN),
        "ed74": lambda: top_rating("f.touchpoint_id"),
        "ed75": lambda: fb_avg("rating", f"f.touchpoint_id = 'tp_attend' AND {_in('f.ts', *Y26)}"),
        "ed76": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 3)), tol=0.06),
        "ed77": lambda: fb_avg("nps", "f.channel = 'survey'"),
        "ed78": lambda: top_rating("c.segment"),
        "ed79": lambda: fb_count("f.ts IS NULL"),
        "ed80": lambda: fb_count(f"f.touchpoint_id = 'tp_refund' AND {_in('f.ts', *month(2025, 10))}"),
        "ed81": lambda: fb_ratio("f.rating <= 2", "f.channel = 'ticket' AND f.rating IS NOT NULL"),
        "ed82": lambda: top_rating("f.teacher_id", "f.teacher_id IS NOT NULL"),
        "ed83": lambda: top_neg("f.teacher_id", "f.teacher_id IS NOT NULL"),
        "ed84": lambda: feedback_ids(f"f.touchpoint_id = 'tp_counsellor_call' AND {NEG} AND {ENGLISH}"),
        "ed85": lambda: feedback_ids("f.touchpoint_id = 'tp_parent_app'"),
        "ed86": lambda: top_neg("c.city", _in("f.ts", *Y26)),
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
    print("status-only ok items (definitions / maps):", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
