"""Gold answers for the utility (亮网能源 / Brightgrid Energy) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey window (switch 28 d, billing 14 d, renewal 30 d) from their first step-1 event in the
  period; "the funnel for period P" = customers whose first step-1 event is in P. Whether later steps must also fall
  inside P is not pinned down, so each rate is computed both ways and the tolerance covers both (+0.005). A funnel
  "for green tariff / by acquisition channel" uses the customer's attribute in `customers`. "Conversion from step a
  to step b" = reached b / reached a; "drop-off rate at step k" = (reached k - reached k+1) / reached k; "the step
  that loses most" = the step customers reached but did not go on from (largest reached k - reached k+1).
- "customers who did X" = distinct customer_id with an event at X's touchpoint in the period; "how many disputes /
  readings / failed payments" = event rows.
- bills = orders (one order per monthly bill; `bill_type` first/monthly). "Bills issued" = all orders whatever the
  status; money / revenue / 电费收入 = sum(amount) of orders with status `paid`; an average bill is computed over
  all bills and over paid bills and the tolerance covers both. `bill_amount` on tp_first_bill / tp_bill_issued
  events equals the order amount.
- payment failure rate = tp_payment_failed events / (tp_payment_failed + tp_payment events) (the question states
  it), by the event's payment_method or the customer's segment/region; meter-reading failure rate = tp_meter_reading
  events with action = fail / all tp_meter_reading events of that device and app_version.
- bill dispute rate = tp_bill_dispute events / bills issued (orders) in the period for the customer group.
- feedback "negative" = `sentiment_label = neg` (generator truth); topic counts use text markers with a 5 %
  tolerance; questions without a period include comments without a date; ratings / NPS averages are computed over
  all rows and over dated rows and the tolerance covers both.
- periods are inclusive calendar dates; relative periods resolve against `as_of`; questions without a period cover
  the whole extract 2025-01-01 .. 2026-08-31.
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
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def per(start, end, col="ts"):
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


# ---------- funnels (DATA.md rule) ----------

def _steps(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust=None, bounded=False) -> list[int]:
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM ev WHERE touchpoint_id = '{steps[0]}' AND {per(start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def _both(fn):
    a, b = fn(False), fn(True)
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def conv(journey, start, end, a=1, b=None, cust=None):
    def f(bounded):
        c = funnel(journey, start, end, cust, bounded)
        return c[(b or len(c)) - 1] / c[a - 1]
    return _both(f)


def dropoff(journey, start, end, k, cust=None):
    def f(bounded):
        c = funnel(journey, start, end, cust, bounded)
        return (c[k - 1] - c[k]) / c[k - 1]
    return _both(f)


def top_lost(journey, start, end, cust=None):
    steps, _ = _steps(journey)
    c = funnel(journey, start, end, cust)
    lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
    best = max(range(len(lost)), key=lambda i: lost[i])
    assert lost[best] > sorted(lost)[-2] * 1.1, lost
    return dict(top_entity=steps[best])


def top_conv(journey, start, end, column, a=1, b=None, lowest=False):
    values = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
    rates = {}
    for v in values:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v}'")
        rates[v] = c[(b or len(c)) - 1] / c[a - 1]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > 0.03, rates
    print("   ", {k: round(v, 3) for k, v in rates.items()})
    return dict(top_entity=str(order[0]))


# ---------- events ----------

def users_at(tp, start, end, cond="1=1"):
    n = one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND {per(start, end, 'e.ts')} AND ({cond})""", tp)
    return dict(value=n, tolerance=0.5)


def event_count(tp, start, end, cond="1=1"):
    n = one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND {per(start, end, 'e.ts')} AND ({cond})""", tp)
    return dict(value=n, tolerance=0.5)


def top_by(tp, start, end, column, distinct=True):
    agg = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    rows = q(f"""SELECT {column}, {agg} n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {per(start, end, 'e.ts')} GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * 1.05, rows
    print("   ", rows[:4])
    return dict(top_entity=str(rows[0][0]))


def monthly_peak(tp, start, end, distinct=False):
    agg = "count(DISTINCT customer_id)" if distinct else "count(*)"
    rows = q(f"""SELECT date_trunc('month', ts) m, {agg} n FROM events WHERE touchpoint_id = ? AND {per(start, end)}
                 GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1], rows
    print("   ", rows[:3])
    return dict(value=rows[0][1], tolerance=0.5)


def pay_fail_rate(start, end, cond="1=1"):
    v = one(f"""SELECT avg((touchpoint_id = 'tp_payment_failed')::int) FROM events e JOIN customers c USING (customer_id)
                WHERE touchpoint_id IN ('tp_payment', 'tp_payment_failed') AND {per(start, end, 'e.ts')} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_pay_fail(column):
    rows = q(f"""SELECT {column}, avg((touchpoint_id = 'tp_payment_failed')::int) r FROM events e
                 JOIN customers c USING (customer_id) WHERE touchpoint_id IN ('tp_payment', 'tp_payment_failed')
                 GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + 0.01, rows
    print("   ", rows)
    return dict(top_entity=str(rows[0][0]))


def meter_fail(device, version, start="2025-01-01", end="2026-08-31"):
    v = one(f"""SELECT avg((action = 'fail')::int) FROM events WHERE touchpoint_id = 'tp_meter_reading'
                AND device = '{device}' AND app_version = '{version}' AND {per(start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


def dispute_rate(start, end, cond):
    d = one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                WHERE touchpoint_id = 'tp_bill_dispute' AND {per(start, end, 'e.ts')} AND ({cond})""")
    b = one(f"""SELECT count(*) FROM orders o JOIN customers c USING (customer_id) WHERE {per(start, end, 'o.ts')}
                AND ({cond})""")
    return dict(value=round(d / b, 4), tolerance=0.005)


def first_bill_over(x):
    n = one(f"""SELECT count(DISTINCT customer_id) FROM events WHERE touchpoint_id = 'tp_first_bill'
                AND bill_amount > {x}""")
    return dict(value=n, tolerance=0.5)


# ---------- orders (bills) ----------

def bills(start, end, cond="1=1", agg="count(*)", status=None):
    st = f"AND o.status = '{status}'" if status else ""
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id) WHERE {per(start, end, 'o.ts')}
                AND ({cond}) {st}""")
    if agg == "count(*)":
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(1.0, float(v) * 0.001), 2))


def avg_bill(start, end, cond="1=1"):
    a = one(f"SELECT avg(amount) FROM orders o JOIN customers c USING (customer_id) WHERE {per(start, end, 'o.ts')} AND ({cond})")
    b = one(f"""SELECT avg(amount) FROM orders o JOIN customers c USING (customer_id) WHERE {per(start, end, 'o.ts')}
                AND ({cond}) AND o.status = 'paid'""")
    return dict(value=round(a, 2), tolerance=round(max(abs(a - b) + 1.0, a * 0.01), 2))


def top_bill(column, agg, start="2025-01-01", end="2026-08-31", status_paid=True):
    st = "AND o.status = 'paid'" if status_paid else ""
    rows = q(f"""SELECT {column}, {agg} s FROM orders o JOIN customers c USING (customer_id)
                 WHERE {per(start, end, 'o.ts')} {st} GROUP BY 1 ORDER BY s DESC""")
    assert rows[0][1] > rows[1][1] * 1.05, rows
    print("   ", rows)
    return dict(top_entity=str(rows[0][0]))


# ---------- customers ----------

def cust_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def cust_share(cond):
    return dict(value=round(one(f"SELECT avg(({cond})::int) FROM customers c"), 4), tolerance=0.01)


# ---------- feedback ----------

def fb_count(cond):
    n = one(f"SELECT count(*) FROM feedback f LEFT JOIN customers c USING (customer_id) WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond):
    a = one(f"SELECT avg({col}) FROM feedback f WHERE {cond}")
    b = one(f"SELECT avg({col}) FROM feedback f WHERE {cond} AND ts IS NOT NULL")
    return dict(value=round(a, 3), tolerance=round(max(0.05, abs(a - b) + 0.02), 3))


def neg_share(cond):
    v = one(f"SELECT avg((sentiment_label = 'neg')::int) FROM feedback f WHERE {cond}")
    return dict(value=round(v, 4), tolerance=0.02)


def top_rating():
    rows = q("""SELECT touchpoint_id, avg(rating) r FROM feedback WHERE rating IS NOT NULL GROUP BY 1 ORDER BY r""")
    assert rows[1][1] - rows[0][1] > 0.1, rows
    print("   ", rows[:3])
    return dict(top_entity=rows[0][0])


def top_neg(col):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f LEFT JOIN customers c USING (customer_id)
                 WHERE f.sentiment_label = 'neg' GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.1, rows
    print("   ", rows[:3])
    return dict(top_entity=rows[0][0])


def cites(cond):
    ids = [r[0] for r in q(f"""SELECT feedback_id FROM feedback f LEFT JOIN customers c USING (customer_id)
                                WHERE {cond} ORDER BY 1""")]
    assert len(ids) >= 5, cond
    return dict(citations_from=ids)


ALL = ("2025-01-01", "2026-08-31")
Y25 = ("2025-01-01", "2025-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q4_25 = ("2025-10-01", "2025-12-31")
Q1_26 = ("2026-01-01", "2026-03-31")
Q2_26 = ("2026-04-01", "2026-06-30")
SPRING_SUMMER_26 = ("2026-03-01", "2026-08-31")
TYPHOON = ("2025-09-15", "2025-09-21")
NEG = "f.sentiment_label = 'neg'"
SHOCK_TXT = ("(f.text LIKE '%太高%' OR f.text LIKE '%离谱%' OR f.text LIKE '%一千多%' OR f.text LIKE '%暴涨%' "
             "OR lower(f.text) LIKE '%bill shock%' OR lower(f.text) LIKE '%too high%' OR lower(f.text) LIKE '%way off%' "
             "OR lower(f.text) LIKE '%high bill%')")
CRASH_TXT = "(f.text LIKE '%闪退%' OR f.text LIKE '%崩溃%' OR lower(f.text) LIKE '%crash%')"
RENEW_TXT = "(f.text LIKE '%续约%' OR lower(f.text) LIKE '%renewal%')"


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def gold() -> dict:
    green, fixed = "c.tariff = 'green'", "c.tariff = 'fixed'"
    return {
        "ut01": lambda: conv("switch", *Y25),
        "ut02": lambda: top_lost("switch", *ALL),
        "ut03": lambda: conv("switch", *SPRING_SUMMER_26, a=4, b=5, cust=green),
        "ut04": lambda: conv("switch", *SPRING_SUMMER_26, a=4, b=5, cust=fixed),
        "ut05": lambda: conv("switch", *Y25, a=4, b=5, cust=green),
        "ut06": lambda: dropoff("switch", *Q4_25, k=3),
        "ut07": lambda: top_conv("switch", *ALL, "acquisition_channel", a=1, b=4, lowest=True),
        "ut08": lambda: top_conv("renewal", *ALL, "tariff", lowest=True),
        "ut09": lambda: conv("renewal", *H1_26),
        "ut10": lambda: conv("renewal", *H1_26, cust=green),
        "ut11": lambda: conv("billing", *Q1_26),
        "ut12": lambda: users_at("tp_bill_dispute", *month(2026, 1), "c.region = '河北'"),
        "ut13": lambda: users_at("tp_bill_dispute", *month(2025, 12), "c.region = '河北'"),
        "ut14": lambda: top_by("tp_bill_dispute", *month(2026, 1), "c.region"),
        "ut15": lambda: users_at("tp_outage_report", *month(2025, 9)),
        "ut16": lambda: users_at("tp_outage_report", *TYPHOON, "c.region = '广东'"),
        "ut17": lambda: top_by("tp_outage_report", *month(2025, 9), "c.region", distinct=False),
        "ut18": lambda: users_at("tp_switch_done", *H1_26),
        "ut19": lambda: users_at("tp_churn", *Y25),
        "ut20": lambda: users_at("tp_move_house", "2026-01-01", "2026-09-15"),
        "ut21": lambda: event_count("tp_meter_reading", *month(2026, 8), "e.action = 'submit'"),
        "ut22": lambda: monthly_peak("tp_bill_dispute", "2026-01-01", "2026-08-31"),
        "ut23": lambda: monthly_peak("tp_switch_done", *Y25, distinct=True),
        "ut24": lambda: users_at("tp_contract_signed", "2026-03-02", "2026-03-08"),
        "ut25": lambda: pay_fail_rate(*Y25, "e.payment_method = 'direct_debit'"),
        "ut26": lambda: top_pay_fail("e.payment_method"),
        "ut27": lambda: pay_fail_rate(*ALL, "e.payment_method = 'alipay'"),
        "ut28": lambda: meter_fail("android", "5.2.0"),
        "ut29": lambda: meter_fail("ios", "5.2.0"),
        "ut30": lambda: meter_fail("android", "5.1.0"),
        "ut31": lambda: dispute_rate(*Y25, "c.smart_meter = 'no'"),
        "ut32": lambda: dispute_rate(*Y25, "c.smart_meter = 'yes'"),
        "ut33": lambda: bills(*month(2026, 1), "o.amount > 500"),
        "ut34": lambda: first_bill_over(300),
        "ut35": lambda: avg_bill(*Y25, "c.dwelling_type = 'detached'"),
        "ut36": lambda: avg_bill(*month(2026, 1), "c.region = '河北'"),
        "ut37": lambda: bills(*Y25, agg="sum(o.amount)", status="paid"),
        "ut38": lambda: top_bill("o.tariff", "sum(o.amount)", *Y25),
        "ut39": lambda: bills(*month(2026, 7), agg="sum(o.amount)", status="paid"),
        "ut40": lambda: bills(*month(2025, 7), agg="sum(o.amount)", status="paid"),
        "ut41": lambda: bills(*Q1_26, status="refunded"),
        "ut42": lambda: top_bill("c.dwelling_type", "avg(o.amount)", status_paid=False),
        "ut43": lambda: top_by("tp_payment_failed", *ALL, "c.region", distinct=False),
        "ut44": lambda: cust_share("c.smart_meter = 'yes'"),
        "ut45": lambda: cust_count("c.tariff = 'green'"),
        "ut46": lambda: users_at("tp_quote_calc", *H2_25),
        "ut47": lambda: top_by("tp_signup", *Q2_26, "c.acquisition_channel"),
        "ut48": lambda: users_at("tp_renewed", *Q4_25),
        "ut49": lambda: top_pay_fail("c.segment"),
        "ut50": lambda: fb_count(f"{SHOCK_TXT} AND {per(*month(2026, 1), 'f.ts')}"),
        "ut51": lambda: cites(f"f.channel = 'app_review' AND {NEG} AND f.ts >= DATE '2026-05-12'"),
        "ut52": lambda: cites("f.touchpoint_id = 'tp_outage_report'"),
        "ut53": lambda: neg_share("f.touchpoint_id = 'tp_switch_done'"),
        "ut54": lambda: fb_avg("rating", f"channel = 'app_review' AND {per(*month(2026, 6))}"),
        "ut55": lambda: fb_avg("nps", f"channel = 'survey' AND {per(*Y25)}"),
        "ut56": lambda: fb_avg("rating", "touchpoint_id = 'tp_renewal_offer'"),
        "ut57": lambda: top_neg("c.region"),
        "ut58": lambda: fb_count(CRASH_TXT),
        "ut59": lambda: neg_share(per("2026-01-01", "2026-08-31")),
        "ut60": lambda: fb_count(RENEW_TXT),
        "ut61": lambda: dict(fb_count(f"f.channel = 'app_review' AND {per(*Q2_26, 'f.ts')}"), tolerance=0.5),
        "ut66": lambda: cites(f"{NEG} AND c.region = '河北' AND f.touchpoint_id = 'tp_bill_dispute' "
                              f"AND f.ts >= DATE '2026-01-01' AND f.ts < DATE '2026-02-20'"),
        "ut67": lambda: cites(f"f.touchpoint_id = 'tp_switch_done' AND {NEG} AND f.ts >= DATE '2026-03-01'"),
        "ut68": lambda: cites(f"f.channel = 'app_review' AND {NEG} AND f.ts >= DATE '2026-05-12'"),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            print(it["id"], it["question"][:50], exp)
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:50], shown)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
