"""Gold answers for the insurance held-out batches, from plain DuckDB SQL over the raw CSV files.

    python gold.py DATADIR batch1.yaml [--write]

Every check is one small query below, keyed by question id. Funnels follow DATA.md: a customer
reaches step k when they have an event at step k's touchpoint after reaching step k-1, within the
journey's window from their first step-1 event in the period. Whether later steps must also fall
inside the period is not pinned down by the contract, so each funnel rate is computed both ways and
the tolerance covers the difference (plus 0.005). Rates are fractions 0..1; counts exact (0.5).
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
    return dict(top_entity=rows[0][0])


def premium(start, end, agg="sum", status="paid", cond="1=1"):
    v = one(f"""SELECT {agg}(amount) FROM orders WHERE status = '{status}' AND ts >= DATE '{start}'
                AND ts < DATE '{end}' + INTERVAL 1 DAY AND ({cond})""")
    if agg == "count":
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(1.0, float(v) * 0.001), 2))


def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f
                LEFT JOIN customers c USING (customer_id) WHERE {cond} ORDER BY 1""")])


Y = ("2025-01-01", "2025-12-31")
Q2, Q3, Q4 = ("2025-04-01", "2025-06-30"), ("2025-07-01", "2025-09-30"), ("2025-10-01", "2025-12-31")
H1 = ("2025-01-01", "2025-06-30")


def month(m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"2025-{m:02d}-01", f"2025-{m:02d}-{last}")


NEG = "f.sentiment_label = 'neg'"


def gold() -> dict[str, dict]:
    g = {
        # funnels / drop-off
        "ins01": lambda: top_lost("purchase", *Y),
        "ins02": lambda: top_lost("claim", *Y),
        "ins03": lambda: conv("claim", *Y),
        "ins04": lambda: conv("purchase", *Q3),
        "ins05": lambda: top_lost("purchase", *Y, cust="c.product_line = 'health'"),
        "ins06": lambda: conv("purchase", *Y, cust="c.product_line = 'auto'"),
        "ins07": lambda: conv("claim", *month(9), a=2, b=3, device="android"),
        "ins08": lambda: top_drop_device(month(8), month(9)),
        "ins09": lambda: conv("claim", *month(9), a=2, b=3, device="ios"),
        "ins10": lambda: conv("renewal", *Y),
        "ins11": lambda: top_conv("renewal", *Y, "segment", ["renewing", "vip", "lapsed"]),
        "ins12": lambda: top_conv("renewal", *Y, "acquisition_channel", ["agent", "online_ads", "bank_partner", "referral"], lowest=True),
        "ins13": lambda: conv("purchase", *month(10)),
        "ins14": lambda: conv("purchase", *Q2, a=3, b=4),
        "ins15": lambda: users_at("tp_claim_report", *H1),
        "ins16": lambda: users_at("tp_quote", *H1),
        # period values
        "ins17": lambda: users_at("tp_claim_report", *month(10)),
        "ins18": lambda: users_at("tp_claim_report", *month(11)),
        "ins19": lambda: users_at("tp_claim_report", *month(8)),
        "ins20": lambda: users_at("tp_claim_report", *month(8), cond="c.region = '广东'"),
        "ins21": lambda: premium(*month(11)),
        "ins22": lambda: premium(*month(3)),
        "ins23": lambda: premium(*Q3, agg="count"),
        "ins24": lambda: premium(*Y, agg="count", status="refunded"),
        "ins25": lambda: premium(*Y, agg="avg", cond="product_line = 'health'"),
        "ins26": lambda: premium(*Y, agg="avg", cond="product_line = 'auto'"),
        "ins27": lambda: users_at("tp_hotline", "2025-11-10", "2025-11-16"),
        "ins28": lambda: users_at("tp_hotline", *month(6)),
        "ins29": lambda: users_at("tp_branch", *month(5)),
        "ins30": lambda: users_at("tp_claim_report", "2025-12-02", "2025-12-31"),
        "ins31": lambda: users_at("tp_claim_report", "2025-12-02", "2025-12-31"),
        # breakdowns
        "ins32": lambda: top_users_at("tp_claim_report", *Y, "region"),
        "ins33": lambda: top_users_at("tp_claim_report", *Y, "region"),
        "ins34": lambda: dict(top_entity=q("""SELECT c.acquisition_channel, sum(amount) s FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND year(o.ts) = 2025 GROUP BY 1 ORDER BY s DESC""")[0][0]),
        "ins35": lambda: dict(top_entity=q("""SELECT channel, sum(amount) s FROM orders WHERE status = 'paid'
                 AND year(ts) = 2025 GROUP BY 1 ORDER BY s DESC""")[0][0]),
        "ins36": lambda: top_conv("purchase", *Y, "device", ["android", "ios", "harmonyos", "pc"], lowest=True),
        "ins37": lambda: top_users_at("tp_claim_report", *Y, "tier"),
        "ins38": lambda: top_users_at("tp_hotline", *Y, "segment"),
        "ins39": lambda: users_at("tp_claim_report", *Q4, cond="c.product_line = 'health'"),
        "ins40": lambda: users_at("tp_renewal_pay", *Y, cond="c.product_line = 'auto'"),
        # comparisons
        "ins41": lambda: users_at("tp_claim_report", *Q3),
        "ins42": lambda: conv("claim", *Y, device="android"),
        "ins43": lambda: conv("renewal", *Y, cust="c.segment = 'vip'"),
        "ins44": lambda: premium(*month(12)),
        "ins45": lambda: users_at("tp_claim_report", *month(8)),
        "ins46": lambda: users_at("tp_quote", *Q4),
        # trends
        "ins47": lambda: users_at("tp_claim_report", *month(8)),
        "ins48": lambda: premium(*month(12)),
        "ins49": lambda: users_at("tp_quote", *month(12)),
        "ins50": lambda: users_at("tp_hotline", *month(1)),
        # why
        "ins51": lambda: top_rise_region(month(7), month(8)),
        "ins52": lambda: top_drop_device(month(8), month(9), a=1, b=4),
        "ins53": lambda: top_drop_device(("2025-09-01", "2025-09-07"), ("2025-09-08", "2025-09-14")),
        "ins54": lambda: conv("claim", "2025-09-08", "2025-09-14", a=2, b=3, device="android"),
        # complaints (quotes must come from these comments)
        "ins55": lambda: feedback_ids(f"f.touchpoint_id = 'tp_doc_upload' AND {NEG}"),
        "ins56": lambda: feedback_ids(f"f.touchpoint_id = 'tp_assessment' AND {NEG}"),
        "ins57": lambda: feedback_ids(f"f.touchpoint_id = 'tp_hotline' AND {NEG}"),
        "ins58": lambda: feedback_ids("f.touchpoint_id = 'tp_payout'"),
        "ins59": lambda: feedback_ids(f"f.touchpoint_id = 'tp_doc_upload' AND {NEG} AND f.ts >= DATE '2025-09-01' AND f.ts < DATE '2025-10-01'"),
        "ins60": lambda: feedback_ids(f"c.segment = 'lapsed' AND {NEG}"),
        "ins61": lambda: feedback_ids(f"f.touchpoint_id IN ('tp_renewal_notice', 'tp_renewal_quote', 'tp_renewal_pay') AND {NEG}"),
        # feedback numbers
        "ins62": lambda: dict(value=one("""SELECT count(*) FROM feedback WHERE touchpoint_id = 'tp_hotline'
                 AND ts >= DATE '2025-11-01' AND ts < DATE '2025-12-01'"""), tolerance=0.5),
        "ins63": lambda: dict(value=one("""SELECT count(*) FROM feedback WHERE touchpoint_id = 'tp_doc_upload'
                 AND year(ts) = 2025"""), tolerance=0.5),
        "ins64": lambda: dict(value=round(one("""SELECT avg(rating) FROM feedback WHERE touchpoint_id = 'tp_hotline'
                 AND year(ts) = 2025"""), 3), tolerance=0.01),
        "ins65": lambda: top_rating("f.touchpoint_id"),
        "ins66": lambda: top_rating("c.segment"),
        "ins67": lambda: dict(top_entity=q(f"""SELECT touchpoint_id, count(*) n FROM feedback f WHERE {NEG}
                 AND year(ts) = 2025 GROUP BY 1 ORDER BY n DESC""")[0][0]),
        "ins68": lambda: dict(value=one("""SELECT count(*) FROM feedback WHERE year(ts) = 2025 AND (text LIKE '%闪退%'
                 OR lower(text) LIKE '%crash%' OR lower(text) LIKE '%closes itself%')"""), tolerance=0.5),
        "ins69": lambda: dict(value=round(one("SELECT avg(nps) FROM feedback WHERE year(ts) = 2025"), 3), tolerance=0.01),
        # ---------------- batch2 ----------------
        "ins2_01": lambda: days_to_payout(*Y),
        "ins2_02": lambda: dict(value=round(one("""SELECT avg((channel = 'mini_program')::int) FROM orders
                   WHERE status = 'paid' AND year(ts) = 2025"""), 4), tolerance=0.005),
        "ins2_03": lambda: top_sum_by("c.agent_id", "c.agent_id IS NOT NULL"),
        "ins2_04": lambda: conv("claim", *Y, device="harmonyos"),
        "ins2_05": lambda: top_conv("renewal", *Y, "tier", ["standard", "gold", "platinum"]),
        "ins2_06": lambda: users_at("tp_policy_issued", *month(11)),
        "ins2_07": lambda: dict(value=round(one("""SELECT avg((status = 'refunded')::int) FROM orders
                   WHERE order_type = 'new_business' AND year(ts) = 2025"""), 4), tolerance=0.005),
        "ins2_08": lambda: drop_rate("purchase", *Q4, 3),
        "ins2_09": lambda: top_drop_rate("renewal", *Y),
        "ins2_10": lambda: conv("claim", *Q3, a=2, b=3, device="android"),
        "ins2_11": lambda: users_at("tp_renewal_pay", *H1),
        "ins2_12": lambda: users_at("tp_claim_report", *Y),
        "ins2_13": lambda: premium(*Q3),
        "ins2_14": lambda: users_at("tp_renewal_pay", *month(12)),
        "ins2_15": lambda: premium("2025-01-01", "2025-09-30", agg="count"),
        "ins2_16": lambda: users_at("tp_quote", "2025-11-11", "2025-11-11"),
        "ins2_17": lambda: users_at("tp_hotline", "2025-10-01", "2025-10-07"),
        "ins2_18": lambda: feedback_ids(f"f.touchpoint_id = 'tp_hotline' AND {NEG}"),
        "ins2_19": lambda: feedback_ids("f.touchpoint_id = 'tp_payout' AND f.sentiment_label = 'pos'"),
        "ins2_20": lambda: feedback_ids("f.touchpoint_id = 'tp_underwriting' AND NOT regexp_matches(f.text, '[一-龥]')"),
        "ins2_21": lambda: dict(value=one("SELECT count(*) FROM feedback WHERE ts IS NULL"), tolerance=0.5),
        "ins2_22": lambda: top_rating("f.channel"),
        "ins2_23": lambda: top_nps("c.segment"),
        "ins2_24": lambda: users_at("tp_claim_report", *month(7), cond="c.region = '浙江'"),
        "ins2_25": lambda: users_at("tp_claim_report", *month(8), cond="c.region = '浙江'"),
        "ins2_26": lambda: premium(*Q3),
        "ins2_27": lambda: premium(*Q2),
        "ins2_28": lambda: conv("purchase", *month(11)),
        "ins2_29": lambda: conv("purchase", *month(11), device="android"),
        "ins2_30": lambda: users_at("tp_hotline", *month(12)),
        "ins2_31": lambda: users_at("tp_hotline", *month(11)),
        "ins2_32": lambda: conv("renewal", *Y, device="harmonyos"),
        "ins2_33": lambda: conv("purchase", *Y, cust="c.acquisition_channel = 'agent'"),
        "ins2_34": lambda: users_at("tp_doc_upload", "2025-09-08", "2025-09-14"),
        "ins2_35": lambda: users_at("tp_renewal_pay", *Q4),
        # follow-up chains added at the end
        "ins86": lambda: conv("renewal", *Q4),
        "ins87": lambda: conv("renewal", *Q4, cust="c.segment = 'vip'"),
        "ins88": lambda: top_lost("purchase", *Y, cust="c.product_line = 'auto'"),
    }
    return g


def top_drop_device(base, now, a=2, b=3):
    """Device contributing most to the fall of the claim step conversion a->b from `base` to `now`:
    (base rate - current rate) x the device's share of customers at step a now."""
    effect = {}
    total = funnel("claim", *now)[a - 1]
    for d in ("android", "ios", "harmonyos", "pc"):
        cb, cn = funnel("claim", *base, device=d), funnel("claim", *now, device=d)
        if not cb[a - 1] or not cn[a - 1]:
            continue  # device absent in one of the periods: no rate to compare
        effect[d] = (cb[b - 1] / cb[a - 1] - cn[b - 1] / cn[a - 1]) * cn[a - 1] / total
    order = sorted(effect, key=effect.get, reverse=True)
    assert effect[order[0]] > 2 * max(effect[order[1]], 0.005), effect
    return dict(top_entity=order[0])


def top_rise_region(base, now):
    """Region with the largest increase in customers reporting a claim."""
    rows = q(f"""SELECT c.region,
                   count(DISTINCT e.customer_id) FILTER (WHERE e.ts >= DATE '{now[0]}' AND e.ts < DATE '{now[1]}' + INTERVAL 1 DAY)
                 - count(DISTINCT e.customer_id) FILTER (WHERE e.ts >= DATE '{base[0]}' AND e.ts < DATE '{base[1]}' + INTERVAL 1 DAY) d
                 FROM events e JOIN customers c USING (customer_id) WHERE e.touchpoint_id = 'tp_claim_report'
                 GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > rows[1][1] * 1.3, rows
    return dict(top_entity=rows[0][0])


def days_to_payout(start, end):
    """Mean days from the first claim report in the period to the payout, customers who got paid."""
    vals = []
    for bounded in (False, True):
        funnel("claim", start, end, bounded=bounded)
        vals.append(one("SELECT avg(epoch(t - t1)) / 86400 FROM r4"))
    return dict(value=round(vals[0], 2), tolerance=round(max(0.3, abs(vals[0] - vals[1]) + 0.05), 2))


def top_sum_by(col, cond):
    rows = q(f"""SELECT {col}, sum(o.amount) s FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND year(o.ts) = 2025 AND {cond} GROUP BY 1 ORDER BY s DESC""")
    assert rows[0][1] > rows[1][1] * 1.03, rows[:3]
    return dict(top_entity=rows[0][0])


def drop_rate(journey, start, end, k):
    """Drop-off at step k: reached k but not k+1, over reached k."""
    r = conv(journey, start, end, a=k, b=k + 1)
    return dict(value=round(1 - r["value"], 4), tolerance=r["tolerance"])


def top_drop_rate(journey, start, end):
    steps, _ = _steps(journey)
    c = funnel(journey, start, end)
    rates = [1 - c[i + 1] / c[i] for i in range(len(c) - 1)]
    best = max(range(len(rates)), key=lambda i: rates[i])
    assert rates[best] > sorted(rates)[-2] + 0.03, rates
    return dict(top_entity=steps[best])


def top_nps(col):
    rows = q(f"""SELECT {col}, avg(nps) r FROM feedback f LEFT JOIN customers c USING (customer_id)
                 WHERE nps IS NOT NULL AND year(f.ts) = 2025 GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] - rows[1][1] > 0.2, rows
    return dict(top_entity=rows[0][0])


def top_rating(col):
    rows = q(f"""SELECT {col}, avg(rating) r FROM feedback f LEFT JOIN customers c USING (customer_id)
                 WHERE rating IS NOT NULL AND year(f.ts) = 2025 GROUP BY 1 ORDER BY r""")
    assert rows[1][1] - rows[0][1] > 0.1, rows
    return dict(top_entity=rows[0][0])


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
