"""Gold answers for the telecom held-out batches, from plain DuckDB SQL over the raw CSV files.

    python gold.py DATADIR batch1.yaml [--write]

Every check is one small query below, keyed by question id. Funnels follow DATA.md: a customer
reaches step k when they have an event at step k's touchpoint after reaching step k-1, within the
journey's window from their first step-1 event in the period. Whether later steps must also fall
inside the period is not pinned down by the contract, so each funnel rate is computed both ways and
the tolerance covers the difference (plus 0.005). "Which step loses most" = the step customers
reached but did not go on from (reached k, not k+1). Rates are fractions 0..1; counts exact (0.5).
Questions without a period cover the whole extract (2025-03-01 .. 2026-02-28).
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
    for t in ("touchpoints", "customers", "events", "journeys", "orders", "feedback"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, all_varchar=false)")


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


# ---------- funnels (DATA.md rule) ----------

def _steps(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey: str, start: str, end: str, device: str | None = None, cust: str | None = None,
           bounded: bool = False) -> list[int]:
    """Customers reaching each step. start/end inclusive dates; cust = SQL condition on customers c."""
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if device:
        ev += f" AND e.device = '{device}'"
    if cust:
        ev += f" AND ({cust})"
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM ev WHERE touchpoint_id = '{steps[0]}' AND ts >= DATE '{start}'
                    AND ts < DATE '{end}' + INTERVAL 1 DAY GROUP BY 1""")
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


def top_lost(journey, start, end, **kw):
    """touchpoint_id of the step losing most customers (reached k but not k+1)."""
    steps, _ = _steps(journey)
    c = funnel(journey, start, end, **kw)
    lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
    best = max(range(len(lost)), key=lambda i: lost[i])
    second = sorted(lost)[-2]
    assert lost[best] > second * 1.1, f"top step not clear: {lost}"
    return dict(top_entity=steps[best])


def top_conv(journey, start, end, column, values, lowest=False, table="c"):
    """Value of a customers/events column with the highest (or lowest) end-to-end conversion."""
    rates = {}
    for v in values:
        kw = dict(device=v) if column == "device" else dict(cust=f"c.{column} = '{v}'")
        c = funnel(journey, start, end, **kw)
        rates[v] = c[-1] / c[0]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > 0.02, f"not clear: {rates}"
    return dict(top_entity=order[0])


# ---------- counts ----------

def users_at(tp, start, end, cond="1=1"):
    n = one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND e.ts >= DATE '{start}' AND e.ts < DATE '{end}' + INTERVAL 1 DAY
                AND ({cond})""", tp)
    return dict(value=n, tolerance=0.5)


def top_users_at(tp, start, end, column):
    rows = q(f"""SELECT c.{column}, count(DISTINCT e.customer_id) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND e.ts >= DATE '{start}' AND e.ts < DATE '{end}' + INTERVAL 1 DAY
                 GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * 1.05, rows
    return dict(top_entity=str(rows[0][0]))


def revenue(start, end, agg="sum", status="paid", cond="1=1"):
    v = one(f"""SELECT {agg}(amount) FROM orders WHERE status = '{status}' AND ts >= DATE '{start}'
                AND ts < DATE '{end}' + INTERVAL 1 DAY AND ({cond})""")
    if agg == "count":
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(1.0, float(v) * 0.001), 2))


def top_revenue(col, agg="sum(o.amount)"):
    rows = q(f"""SELECT {col}, {agg} s FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' GROUP BY 1 ORDER BY s DESC""")
    assert rows[0][1] > rows[1][1] * 1.03, rows[:3]
    return dict(top_entity=str(rows[0][0]))


def noshow_share(weekend: bool):
    v = one(f"""SELECT avg((action = 'fail')::int) FROM events WHERE touchpoint_id = 'tp_tech_visit'
                AND (dayofweek(ts) IN (0, 6)) = {weekend}""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_rise_region(tp, base, now):
    rows = q(f"""SELECT c.region,
                   count(DISTINCT e.customer_id) FILTER (WHERE e.ts >= DATE '{now[0]}' AND e.ts < DATE '{now[1]}' + INTERVAL 1 DAY)
                 - count(DISTINCT e.customer_id) FILTER (WHERE e.ts >= DATE '{base[0]}' AND e.ts < DATE '{base[1]}' + INTERVAL 1 DAY) d
                 FROM events e JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}'
                 GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > rows[1][1] * 1.3, rows
    return dict(top_entity=rows[0][0])


def feedback_ids(cond):
    ids = [r[0] for r in q(f"""SELECT feedback_id FROM feedback f
                LEFT JOIN customers c USING (customer_id) WHERE {cond} ORDER BY 1""")]
    assert ids, cond
    return dict(citations_from=ids)


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_avg(col, cond):
    """Average over all rows, and over rows with a timestamp; tolerance covers both."""
    a = one(f"SELECT avg({col}) FROM feedback f WHERE {cond}")
    b = one(f"SELECT avg({col}) FROM feedback f WHERE {cond} AND ts IS NOT NULL")
    return dict(value=round(a, 3), tolerance=round(max(0.01, abs(a - b) + 0.005), 3))


def top_rating(col):
    rows = q(f"""SELECT {col}, avg(rating) r FROM feedback f LEFT JOIN customers c USING (customer_id)
                 WHERE rating IS NOT NULL GROUP BY 1 ORDER BY r""")
    assert rows[1][1] - rows[0][1] > 0.1, rows
    return dict(top_entity=rows[0][0])


def top_neg(col):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f LEFT JOIN customers c USING (customer_id)
                 WHERE f.sentiment_label = 'neg' GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.05, rows
    return dict(top_entity=rows[0][0])


ALL = ("2025-03-01", "2026-02-28")
Y25 = ("2025-01-01", "2025-12-31")
H1 = ("2025-01-01", "2025-06-30")
Q3, Q4 = ("2025-07-01", "2025-09-30"), ("2025-10-01", "2025-12-31")
OUTAGE_WEEK = ("2025-11-10", "2025-11-16")
NEG = "f.sentiment_label = 'neg'"
SEGS = ["prepaid", "postpaid", "family_bundle", "enterprise"]


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def gold() -> dict:
    return {
        "tel01": lambda: top_lost("broadband", *ALL),
        "tel02": lambda: top_lost("broadband", *ALL),
        "tel03": lambda: conv("porting", *ALL),
        "tel04": lambda: conv("porting", *ALL),
        "tel05": lambda: top_lost("repair", *ALL),
        "tel06": lambda: conv("repair", *Q4),
        "tel07": lambda: conv("retention", *ALL),
        "tel08": lambda: top_conv("retention", *ALL, "segment", SEGS),
        "tel09": lambda: top_conv("retention", *ALL, "segment", SEGS, lowest=True),
        "tel10": lambda: top_conv("porting", *ALL, "device", ["android", "ios", "pc"], lowest=True),
        "tel11": lambda: conv("porting", *ALL, device="android"),
        "tel12": lambda: conv("porting", *ALL, device="ios"),
        "tel13": lambda: conv("broadband", *ALL, cust="c.city_tier = 1"),
        "tel14": lambda: conv("broadband", *ALL, cust="c.city_tier = 2"),
        "tel15": lambda: conv("broadband", *month(2025, 9)),
        "tel16": lambda: conv("broadband", *Q3, a=3, b=4),
        "tel17": lambda: conv("retention", *ALL, cust="c.contract_months = 24"),
        "tel18": lambda: conv("billing", *ALL),
        "tel19": lambda: top_lost("porting", *ALL),
        "tel20": lambda: users_at("tp_fault_report", *month(2025, 10)),
        "tel21": lambda: users_at("tp_fault_report", *month(2025, 11)),
        "tel22": lambda: users_at("tp_fault_report", *month(2025, 11), cond="c.region = '成都'"),
        "tel23": lambda: users_at("tp_fault_report", *month(2025, 10), cond="c.region = '成都'"),
        "tel24": lambda: users_at("tp_fault_report", *OUTAGE_WEEK, cond="c.region = '成都'"),
        "tel25": lambda: users_at("tp_hotline", *month(2026, 2)),
        "tel26": lambda: users_at("tp_hotline", *OUTAGE_WEEK),
        "tel27": lambda: users_at("tp_activation", *Q3),
        "tel28": lambda: users_at("tp_activation", *H1),
        "tel29": lambda: users_at("tp_port_request", *month(2025, 3)),
        "tel30": lambda: users_at("tp_store", *month(2025, 12)),
        "tel31": lambda: users_at("tp_plan_upgrade", *month(2026, 1)),
        "tel32": lambda: users_at("tp_cancel_request", *Q4),
        "tel33": lambda: users_at("tp_online_order", "2025-09-08", "2025-09-14"),
        "tel34": lambda: revenue(*month(2025, 12)),
        "tel35": lambda: revenue(*month(2025, 11)),
        "tel36": lambda: revenue(*Q3),
        "tel37": lambda: revenue(*Y25, agg="count", status="refunded"),
        "tel38": lambda: revenue(*ALL, agg="avg", cond="plan_name = '千兆1000M'"),
        "tel39": lambda: top_revenue("o.plan_name", agg="count(*)"),
        "tel40": lambda: top_revenue("c.acquisition_channel"),
        "tel41": lambda: revenue(*month(2026, 1), agg="count"),
        "tel42": lambda: top_users_at("tp_fault_report", *month(2025, 11), "region"),
        "tel43": lambda: top_users_at("tp_hotline", *ALL, "segment"),
        "tel44": lambda: top_users_at("tp_plan_upgrade", *ALL, "plan_speed_mbps"),
        "tel45": lambda: top_users_at("tp_port_request", *ALL, "region"),
        "tel46": lambda: users_at("tp_fault_report", *Y25, cond="c.segment = 'enterprise'"),
        "tel47": lambda: users_at("tp_cancel_request", *Y25, cond="c.segment = 'family_bundle'"),
        "tel48": lambda: top_users_at("tp_online_order", *ALL, "acquisition_channel"),
        "tel49": lambda: noshow_share(True),
        "tel50": lambda: noshow_share(False),
        "tel51": lambda: users_at("tp_fault_report", *month(2025, 11)),
        "tel52": lambda: conv("porting", *ALL, device="android"),
        "tel53": lambda: conv("retention", *ALL, cust="c.segment = 'family_bundle'"),
        "tel54": lambda: revenue(*Q4),
        "tel55": lambda: users_at("tp_fault_report", *month(2025, 11)),
        "tel56": lambda: revenue(*month(2026, 1)),
        "tel57": lambda: users_at("tp_online_order", *month(2025, 9)),
        "tel58": lambda: top_rise_region("tp_fault_report", month(2025, 10), month(2025, 11)),
        "tel59": lambda: top_conv("porting", *ALL, "device", ["android", "ios", "pc"], lowest=True),
        "tel60": lambda: feedback_ids(f"f.touchpoint_id = 'tp_tech_visit' AND {NEG}"),
        "tel61": lambda: feedback_ids(f"f.touchpoint_id = 'tp_hotline' AND {NEG}"),
        "tel62": lambda: feedback_ids(f"f.touchpoint_id = 'tp_bill_pay' AND {NEG}"),
        "tel63": lambda: feedback_ids("f.touchpoint_id = 'tp_port_verify'"),
        "tel64": lambda: feedback_ids(f"""f.touchpoint_id = 'tp_fault_report' AND {NEG} AND c.region = '成都'
                                          AND f.ts >= DATE '2025-11-10' AND f.ts < DATE '2025-11-18'"""),
        "tel65": lambda: feedback_ids("f.touchpoint_id = 'tp_retention_offer' AND c.segment = 'family_bundle'"),
        "tel66": lambda: fb_count("f.touchpoint_id = 'tp_fault_report' AND f.ts >= DATE '2025-11-01' AND f.ts < DATE '2025-12-01'"),
        "tel67": lambda: fb_count("f.text LIKE '%迟到%' OR lower(f.text) LIKE '%late%'"),
        "tel68": lambda: fb_avg("rating", "f.touchpoint_id = 'tp_hotline'"),
        "tel69": lambda: top_rating("f.touchpoint_id"),
        "tel70": lambda: fb_avg("nps", "1=1"),
        "tel71": lambda: top_neg("c.region"),
        "tel72": lambda: fb_count("f.text LIKE '%断网%' OR lower(f.text) LIKE '%outage%'"),
        "tel73": lambda: fb_count("f.touchpoint_id = 'tp_install_appt' AND year(f.ts) = 2025"),
        "tel78": lambda: conv("retention", *ALL),
        "tel79": lambda: conv("retention", *ALL, cust="c.segment = 'family_bundle'"),
        "tel80": lambda: conv("retention", *ALL, cust="c.segment = 'prepaid'"),
        "tel81": lambda: top_lost("broadband", *ALL),
        "tel82": lambda: top_lost("broadband", *ALL, cust="c.city_tier = 2"),
        "tel83": lambda: users_at("tp_hotline", *month(2025, 11)),
        "tel84": lambda: users_at("tp_hotline", *month(2025, 12)),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:50], shown)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
