"""Gold answers for the NimbusStack 云栈 cloud-hosting held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write] [--truth TRUTH.csv]

Conventions:
- funnels follow DATA.md: an account reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from its first step-1 event in the period (signup 14 d, upgrade 7 d, support 14 d,
  churn 14 d). `conv` computes each rate with and without requiring later steps to fall inside the period; the
  tolerance covers both readings (plus 0.005, at least 0.01). Rates are accounts (customer_id), not events.
  "Loses the most at step X" = reached X but not the next step;
- "accounts / teams / customers" = customer_id; the customers table also holds anonymous landing-page visitors who
  never signed up (segment `lead`, no signup_at); "sign-ups / new accounts in a month" = customers by signup_at;
- the signup source of an account is the extra column `signup_source` (github / google / ad / referral);
  `acquisition_channel` is only the coarse bucket (organic / paid / referral);
- tickets: "how many tickets" = tp_ticket_open events (one per ticket_id); ticket region / category / priority are the
  event's columns; time to first response = tp_first_response.ts - tp_ticket_open.ts of the same ticket_id;
- builds / deploys are event rows; build time = build_duration_sec of tp_build events; deploy failure rate = share of
  tp_deploy events with action `fail`; region and framework are the event's columns;
- money = orders with status `paid` (invoices and upgrade charges; refunded and failed orders are not revenue);
  "MRR of a month" is asked in the question as the paid amount billed in that month; ARPA = paid revenue / distinct
  accounts with a paid order in the period; payment failure rate = failed orders / all orders of that method (every
  attempt is an order row); refund rate = refunded orders / all orders; plan, region, payment method, billing cycle,
  order type and overage are the order's columns;
- feedback: CSAT = rating of channel csat_survey (1-5); NPS answers = nps of channel nps_survey (detractor 0-6);
  "bad ratings" = rating 1-2; topic counts use the keyword markers below with a 5 % tolerance (checked against the
  generator's topic file when --truth is given); comments without a date count in "all" questions only;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; weeks run Monday..Sunday.
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
    for t in ("touchpoints", "customers", "journeys", "events", "orders", "feedback"):
        CON.execute(f"""CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true,
                        sample_size=-1)""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) FROM events e ANTI JOIN touchpoints USING (touchpoint_id)") == 0


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


# ---------- funnels ----------

def _steps(journey):
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust=None, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
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
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        vals.append(c[(b or len(c)) - 1] / c[a - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end, gap=1.2):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * gap, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, a=1, b=None, min_n=50, gap=0.04):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v}'")
        if c[a - 1] >= min_n:
            rates[v] = c[(b or len(c)) - 1] / c[a - 1]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
    return dict(top_entity=order[0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                              AND ({cond})""", tp), tolerance=0.5)


def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e WHERE e.touchpoint_id = ?
                              AND {_in('e.ts', start, end)} AND ({cond})""", tp), tolerance=0.5)


def top_events(tp, col, start, end, gap=1.2, cond="1=1"):
    rows = q(f"""SELECT {col}, count(*) n FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                 AND {col} IS NOT NULL AND ({cond}) GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


def avg_event(col, tp, start, end, cond="1=1", rel=0.02):
    v = one(f"""SELECT avg({col}) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * rel), 2))


def top_avg_event(col, tp, group, start, end, gap=1.3):
    rows = q(f"""SELECT {group}, avg({col}) v FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=rows[0][0])


def share_events(tp, num, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({num})::int) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def first_response_hours(start, end, cond="1=1"):
    v = one(f"""SELECT avg(epoch(r.ts - o.ts) / 3600.0) FROM events o
                JOIN (SELECT ticket_id, min(ts) ts FROM events WHERE touchpoint_id = 'tp_first_response' GROUP BY 1) r
                  USING (ticket_id)
                WHERE o.touchpoint_id = 'tp_ticket_open' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.1), 2))


# ---------- customers ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_customers(col, cond, gap=1.15):
    rows = q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", cond="1=1", status="'paid'", count=False):
    v = one(f"SELECT {agg} FROM orders o WHERE o.status IN ({status}) AND {_in('o.ts', start, end)} AND ({cond})")
    if count:
        return dict(value=int(v), tolerance=0.5)
    v = round(float(v), 2)
    return dict(value=v, tolerance=max(0.5, round(abs(v) * 0.002, 2)))


def arpa(start, end):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o WHERE status = 'paid'
                AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.005), 2))


def monthly_peak(sql_month_values, gap=1.1):
    rows = sorted(q(sql_month_values), key=lambda r: -r[1])
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    v = round(float(rows[0][1]), 2)
    return dict(value=v, tolerance=max(0.5, round(v * 0.002, 2)))


def rate_orders(num, cond, start="2025-04-01", end="2026-09-30"):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(col, start, end, agg="sum(o.amount)", status="'paid'", gap=1.05):
    rows = q(f"""SELECT {col}, {agg} v FROM orders o WHERE o.status IN ({status}) AND {_in('o.ts', start, end)}
                 GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=str(rows[0][0]))


def top_order_rate(col, num, gap=0.03, min_n=100):
    rows = q(f"""SELECT {col}, avg(({num})::int) v FROM orders o GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_topic_count(marker, cond="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {marker} AND ({cond})")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=tol)


def top_fb_count(col, cond, gap=1.2):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND ({cond})
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-04-01", "2026-09-30")
Y25 = ("2025-01-01", "2025-12-31")
Y26 = ("2026-01-01", "2026-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
OUTAGE_WEEK = ("2026-03-09", "2026-03-15")
CSAT = "f.channel = 'csat_survey'"
NPS = "f.channel = 'nps_survey'"
SLOW_BUILD = "(f.text LIKE '%构建%' OR lower(f.text) LIKE '%build%')"
BILLING = ("(f.text LIKE '%账单%' OR f.text LIKE '%扣费%' OR f.text LIKE '%超额%' OR lower(f.text) LIKE '%invoice%' "
           "OR lower(f.text) LIKE '%bill%' OR lower(f.text) LIKE '%overage%' OR lower(f.text) LIKE '%charged%')")
PAYMENT = ("(f.text LIKE '%支付失败%' OR f.text LIKE '%扣款失败%' OR f.text LIKE '%被拒%' OR f.text LIKE '%银联%' "
           "OR lower(f.text) LIKE '%declined%' OR lower(f.text) LIKE '%payment failed%' OR lower(f.text) LIKE '%unionpay%')")
DOCS = "(f.text LIKE '%文档%' OR lower(f.text) LIKE '%docs%' OR lower(f.text) LIKE '%documentation%')"
OUTAGE = ("(f.text LIKE '%宕机%' OR f.text LIKE '%故障%' OR f.text LIKE '%服务中断%' OR f.text LIKE '%挂了%' "
          "OR lower(f.text) LIKE '%outage%' OR lower(f.text) LIKE '%was down%')")
SUPPORT_SLOW = "(f.text LIKE '%回复%' OR f.text LIKE '%响应%' OR lower(f.text) LIKE '%respon%')"
PRICE = ("(f.text LIKE '%贵%' OR f.text LIKE '%价格%' OR lower(f.text) LIKE '%expensive%' "
         "OR lower(f.text) LIKE '%pric%')")
MARKERS = {"slow_build": SLOW_BUILD, "billing_surprise": BILLING, "payment_failed": PAYMENT, "docs": DOCS,
           "outage": OUTAGE, "support_slow": SUPPORT_SLOW, "price": PRICE}


def gold() -> dict:
    return {
        # ---- funnels
        "ns01": lambda: conv("signup", *ALL),
        "ns02": lambda: top_lost("signup", *ALL),
        "ns03": lambda: conv("signup", *quarter(2026, 1), a=2, b=5),
        "ns04": lambda: top_conv("signup", *ALL, "signup_source"),
        "ns05": lambda: conv("signup", *ALL, cust="c.signup_source = 'github'"),
        "ns06": lambda: conv("signup", *ALL, cust="c.signup_source = 'ad'"),
        "ns07": lambda: conv("signup", *quarter(2026, 2), a=3, b=4),
        "ns08": lambda: conv("upgrade", *H1_26),
        "ns09": lambda: top_lost("upgrade", *ALL),
        "ns11": lambda: conv("support", *month(2026, 3)),
        "ns12": lambda: conv("support", *Y25),
        "ns13": lambda: conv("churn", *ALL),
        "ns14": lambda: conv("churn", *ALL, a=2, b=3),
        "ns15": lambda: top_conv("churn", *ALL, "tier", min_n=20, a=2, b=3),
        # ---- tickets, builds, deploys
        "ns17": lambda: events_at("tp_ticket_open", *month(2026, 3), "e.region = 'cn-east'"),
        "ns18": lambda: top_events("tp_ticket_open", "e.region", *month(2026, 3), gap=3),
        "ns19": lambda: events_at("tp_ticket_open", *month(2026, 3),
                                  "e.region = 'cn-east' AND e.ticket_category = 'outage'"),
        "ns20": lambda: top_events("tp_ticket_open", "e.ticket_category", *month(2026, 3), gap=3),
        "ns21": lambda: events_at("tp_ticket_open", *quarter(2026, 1), "e.ticket_priority = 'p1'"),
        "ns22": lambda: events_at("tp_escalation", *month(2026, 3)),
        "ns23": lambda: users_at("tp_status_page", *OUTAGE_WEEK),
        "ns24": lambda: users_at("tp_first_deploy", *month(2026, 8)),
        "ns25": lambda: customers_count(_in("c.signup_at", *month(2026, 7))),
        "ns26": lambda: top_events("tp_create_project", "e.framework", *Y26, gap=1.5),
        "ns27": lambda: top_avg_event("build_duration_sec", "tp_build", "e.framework", *ALL, gap=2),
        "ns28": lambda: avg_event("build_duration_sec", "tp_build", *Y26, "e.framework = 'spring'"),
        "ns29": lambda: avg_event("build_duration_sec", "tp_build", *Y26, "e.framework = 'nextjs'"),
        "ns30": lambda: share_events("tp_deploy", "e.action = 'fail'", *month(2026, 8)),
        "ns31": lambda: share_events("tp_deploy", "e.action = 'fail'", *OUTAGE_WEEK, "e.region = 'cn-east'"),
        "ns32": lambda: users_at("tp_usage_limit", *quarter(2025, 4)),
        "ns33": lambda: events_at("tp_add_member", *month(2026, 7)),
        "ns86": lambda: first_response_hours(*Y26, "o.ticket_priority = 'p1'"),
        # ---- money
        "ns34": lambda: orders(*month(2026, 8)),
        "ns35": lambda: orders(*month(2026, 7)),
        "ns36": lambda: orders(*Y25),
        "ns37": lambda: top_orders("o.plan", *ALL, gap=2),
        "ns38": lambda: top_order_rate("o.payment_method", "o.status = 'failed'", gap=0.1),
        "ns39": lambda: rate_orders("o.status = 'failed'", "o.payment_method = 'unionpay'"),
        "ns40": lambda: rate_orders("o.status = 'failed'", "o.payment_method = 'visa'"),
        "ns41": lambda: top_order_rate("o.plan", "o.status = 'refunded'", gap=0.04),
        "ns42": lambda: orders(*Y26, status="'refunded'", cond="o.plan = 'enterprise'"),
        "ns43": lambda: arpa(*quarter(2026, 2)),
        "ns44": lambda: orders(*quarter(2026, 2), agg="count(DISTINCT o.customer_id)", count=True),
        "ns45": lambda: orders(*month(2026, 8), agg="count(*)", status="'failed'", count=True),
        "ns46": lambda: orders(*quarter(2026, 3)),
        "ns47": lambda: orders(*H1_26),
        "ns48": lambda: monthly_peak("""SELECT date_trunc('month', ts), sum(amount) FROM orders
                                        WHERE status = 'paid' GROUP BY 1""", gap=1.2),
        "ns50": lambda: orders(*month(2025, 12), agg="sum(o.overage_amount)"),
        "ns51": lambda: orders(*quarter(2026, 3), agg="count(*)", cond="o.order_type = 'upgrade'", count=True),
        "ns52": lambda: orders(*Y26, agg="avg(o.amount)", cond="o.plan = 'team'"),
        # ---- customers
        "ns54": lambda: top_customers("c.industry", "c.signup_at IS NOT NULL", gap=1.3),
        "ns55": lambda: customers_count(f"c.country = 'DE' AND {_in('c.signup_at', *H1_26)}"),
        # ---- feedback
        "ns57": lambda: fb_topic_count(SLOW_BUILD),
        "ns58": lambda: fb_topic_count(BILLING),
        "ns59": lambda: fb_topic_count(OUTAGE, _in("f.ts", *month(2026, 3))),
        "ns60": lambda: feedback_ids(DOCS),
        "ns61": lambda: feedback_ids(SUPPORT_SLOW),
        "ns62": lambda: fb_avg("rating", f"{CSAT} AND {_in('f.ts', *month(2026, 3))}"),
        "ns63": lambda: fb_avg("rating", f"{CSAT} AND {_in('f.ts', *month(2026, 2))}"),
        "ns64": lambda: fb_ratio("f.nps <= 6", f"{NPS} AND {_in('f.ts', *quarter(2026, 2))}"),
        "ns65": lambda: fb_avg("nps", f"{NPS} AND f.region = 'cn-east' AND {_in('f.ts', *quarter(2026, 2))}",
                               tol=0.05),
        "ns66": lambda: top_fb_count("f.touchpoint_id", "f.rating <= 2", gap=1.4),
        "ns67": lambda: fb_count("f.ts IS NULL"),
        "ns69": lambda: fb_ratio("f.rating <= 2", f"{CSAT} AND {_in('f.ts', *Y26)}"),
        "ns70": lambda: fb_avg("rating", PAYMENT),
        "ns71": lambda: top_fb_count("f.framework", SLOW_BUILD, gap=3),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if "--truth" in sys.argv:   # generator-truth check of the text markers
        truth = Path(sys.argv[sys.argv.index("--truth") + 1])
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true)")
        for topic, marker in MARKERS.items():
            n = one(f"SELECT count(*) FROM feedback f WHERE {marker}")
            t = one(f"SELECT count(*) FROM truth WHERE topic = '{topic}'")
            both = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE {marker} AND topic = '{topic}'")
            print(f"marker {topic}: {n} matched, {t} true, {both} both")
            assert abs(n - t) <= max(1, 0.05 * t) and both >= 0.95 * t, topic
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(checks) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
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
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:70], shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
