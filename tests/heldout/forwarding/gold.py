"""Gold answers for the 集运通 ShipBridge (parcel forwarding) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md (a customer reaches step k with an event at step k's touchpoint after step k-1, within the
  journey window from their first step-1 event in the period); rates are per customer; the tolerance covers both
  readings (later steps allowed after the period end, or not);
- a shipment (集运单) = one `session_id` (SB000123); every event of a shipment carries it, with `warehouse`, and
  from the consolidation request on `shipping_line` and `parcel_count`, from packing on `weight_kg` (chargeable
  weight; on a parcel arrival `weight_kg` is that parcel's weight), from payment on `insurance_bought`;
- a shipment's destination country is its customer's (`customers.destination_country`, Chinese twin `目的国`);
  zh questions are answered with the 目的国 value, en questions with destination_country;
- per-shipment step rates ("of shipments that reached A, the share that reached B") count the shipments with an A
  event in the period (by A's date) and look for B on the same shipment at any time;
- time between steps = per shipment, first B ts - first A ts, over shipments that reached both, the shipment taken
  in the period by the date the question names; days = seconds / 86400;
- customs hold rate = shipments with tp_customs_hold / shipments with tp_departed; damage claim rate of a warehouse
  = shipments with a `claim_type = damaged` claim / delivered shipments; claim rate by insurance = shipments with any
  tp_claim_filed / departed shipments; all data unless a period is named;
- money = orders with status `paid` (amount in CNY, shipping fee + insurance fee) unless a status is named;
  per-customer averages are over customers with at least one paid order (in the period when one is named);
  fee per kg = sum(amount) / sum(weight_kg);
- customer counts are all customers in the table (signup_at may be before the data window);
- post-delivery review = feedback with channel `review`; "feedback" = all rows and all channels, rows without a
  date included unless a period is named; negative = `sentiment_label = neg` (generator truth); topic counts use
  text markers with a 5 % tolerance;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of`; 2025 双十一 = 2025-11-01 .. 11-11 as the question says; Black Friday 2025 = 11-28.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
TPS = ["tp_parcel_arrived", "tp_consolidation_request", "tp_packed", "tp_pay_shipping", "tp_departed",
       "tp_customs_hold", "tp_docs_submitted", "tp_customs_released", "tp_customs_cleared", "tp_delivered",
       "tp_claim_filed", "tp_claim_paid"]
SHORT = {"tp_parcel_arrived": "arr", "tp_consolidation_request": "cons", "tp_packed": "pack",
         "tp_pay_shipping": "pay", "tp_departed": "dep", "tp_customs_hold": "hold", "tp_docs_submitted": "docs",
         "tp_customs_released": "rel", "tp_customs_cleared": "clr", "tp_delivered": "del", "tp_claim_filed": "claim",
         "tp_claim_paid": "cpaid"}


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "customers", "journeys", "orders", "feedback"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, types={{'insurance_bought': 'BOOLEAN', 'weight_kg': 'DOUBLE'}})""")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    cols = ",\n".join(f"min(ts) FILTER (WHERE touchpoint_id = '{tp}') AS t_{SHORT[tp]}" for tp in TPS)
    CON.execute(f"""CREATE TABLE ship AS SELECT session_id, any_value(customer_id) customer_id,
                    any_value(warehouse) warehouse, any_value(shipping_line) line,
                    max(weight_kg) FILTER (WHERE touchpoint_id = 'tp_packed') weight,
                    any_value(parcel_count) parcel_count, bool_or(insurance_bought) insured,
                    any_value(claim_type) claim_type, any_value(customs_hold_reason) hold_reason,
                    {cols}
                    FROM events WHERE session_id IS NOT NULL GROUP BY 1""")
    CON.execute("CREATE TABLE s AS SELECT * FROM ship JOIN customers c USING (customer_id)")
    n_pay = CON.execute("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_pay_shipping'").fetchone()[0]
    assert n_pay == CON.execute("SELECT count(*) FROM orders").fetchone()[0]


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def num(v, tol=None, rel=None):
    v = float(v)
    if tol is None:
        tol = max(0.05, abs(v) * (rel or 0.02))
    return dict(value=round(v, 4), tolerance=round(tol, 4))


def count(v):
    return dict(value=int(v), tolerance=0.5)


def rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def top(rows, margin=1.1, lowest=False):
    rows = [r for r in rows if r[0] is not None and r[1] is not None]
    rows.sort(key=lambda r: r[1], reverse=not lowest)
    a, b = rows[0][1], rows[1][1]
    if lowest:
        assert b > a * margin, rows[:3]
    else:
        assert a > b * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
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


def conv(journey, start, end, cust=None):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, cust=cust, bounded=bounded)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, min_n=40, margin=0.04):
    vals = [r[0] for r in q(f'SELECT DISTINCT "{column}" FROM customers WHERE "{column}" IS NOT NULL')]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.\"{column}\" = '{v}'")
        if c[0] >= min_n:
            rates[v] = c[-1] / c[0]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > margin, rates
    return dict(top_entity=order[0])


# ---------- shipments ----------

def ship_rate(a, b, start, end, cond="1=1"):
    """of shipments with step a in the period (by a's date), the share with step b."""
    return rate(one(f"SELECT avg((t_{b} IS NOT NULL)::int) FROM s WHERE {_in('t_' + a, start, end)} AND ({cond})"))


def ship_rate_all(a, b, cond="1=1"):
    return rate(one(f"SELECT avg((t_{b} IS NOT NULL)::int) FROM s WHERE t_{a} IS NOT NULL AND ({cond})"))


def top_ship_rate(a, b, by, cond="1=1", margin=1.3, lowest=False):
    return top(q(f"""SELECT {by}, avg((t_{b} IS NOT NULL)::int) FROM s WHERE t_{a} IS NOT NULL AND ({cond})
                     GROUP BY 1"""), margin=margin, lowest=lowest)


def days(a, b, by=None, start=None, end=None, cond="1=1", agg="avg"):
    per = f"AND {_in('t_' + by, start, end)}" if by else ""
    v = one(f"""SELECT {agg}(epoch(t_{b} - t_{a}) / 86400.0) FROM s WHERE t_{a} IS NOT NULL AND t_{b} > t_{a}
                {per} AND ({cond})""")
    return num(v)


def top_days(a, b, by, cond="1=1", margin=1.05):
    return top(q(f"""SELECT {by}, avg(epoch(t_{b} - t_{a}) / 86400.0) FROM s WHERE t_{a} IS NOT NULL
                     AND t_{b} > t_{a} AND ({cond}) GROUP BY 1"""), margin=margin)


def share_days(a, b, by, start, end, more_than, cond="1=1"):
    return rate(one(f"""SELECT avg((epoch(t_{b} - t_{a}) / 86400.0 > {more_than})::int) FROM s
                        WHERE t_{a} IS NOT NULL AND t_{b} > t_{a} AND {_in('t_' + by, start, end)} AND ({cond})"""))


def events_at(tp, start, end, cond="1=1"):
    return count(one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                     f"AND ({cond})"))


def avg_ev(col, tp, start, end, cond="1=1"):
    return num(one(f"SELECT avg(e.{col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                   f"AND ({cond})"), rel=0.01)


def top_events(tp, by, start, end, cond="1=1", margin=1.1):
    return top(q(f"""SELECT {by}, count(*) FROM events e JOIN customers c USING (customer_id)
                     WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1"""),
               margin=margin)


# ---------- orders / customers ----------

def orders(agg, start, end, cond="1=1", status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return count(v)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def order_share(cond_share, start, end, cond="1=1"):
    return rate(one(f"SELECT avg(({cond_share})::int) FROM orders o WHERE o.status = 'paid' AND "
                    f"{_in('o.ts', start, end)} AND ({cond})"))


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", margin=1.1):
    return top(q(f"""SELECT {by}, {agg} FROM orders o JOIN customers c USING (customer_id) WHERE o.status = 'paid'
                     AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1"""), margin=margin)


def per_customer(agg, start, end, cond="1=1"):
    v = one(f"""SELECT avg(x) FROM (SELECT o.customer_id, {agg} x FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1)""")
    return num(v, rel=0.005)


def customers_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def customers_share(cond):
    return rate(one(f"SELECT avg(({cond})::int) FROM customers c"))


def top_customers(col, margin=1.1):
    return top(q(f"SELECT {col}, count(*) FROM customers GROUP BY 1"), margin=margin)


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_count(cond):
    return count(one(f"SELECT count(*) FROM feedback f WHERE {cond}"))


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, tol=0.02):
    return num(one(f"SELECT avg(rating) FROM feedback f WHERE rating IS NOT NULL AND {cond}"), tol=tol)


def fb_ratio(num_cond, cond):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM feedback f WHERE {cond}"))


def top_fb(col, cond="1=1", margin=1.3):
    return top(q(f"SELECT {col}, count(*) FROM feedback f WHERE {col} IS NOT NULL AND {cond} GROUP BY 1"),
               margin=margin)


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


def last3_delivered():
    """'the last 3 months' with as_of 2026-06-30: Apr 1 .. Jun 30, or back to Mar 30 / Mar 31 (rolling)."""
    vals = [one(f"SELECT count(*) FROM s WHERE {_in('t_del', a, '2026-06-30')}")
            for a in ("2026-04-01", "2026-03-31", "2026-03-30")]
    return dict(value=vals[0], tolerance=max(vals) - min(vals) + 0.5)


ALL = ("2024-01-01", "2026-12-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
Q4_25 = quarter(2025, 4)
NEG = "f.sentiment_label = 'neg'"
REVIEW = "f.channel = 'review'"
CUSTOMS = _like("f.text", ["清关", "海关", "customs"])
DAMAGED = _like("f.text", ["压坏", "摔碎", "破损", "烂了", "东西坏了", "damaged", "broken", "smashed", "crushed"])
GOOD_PACK = _like("f.text", ["打包很用心", "包装很结实", "打包专业", "加固做得好", "great packing", "packed really well",
                             "solid packaging"])
EXPENSIVE = _like("f.text", ["太贵", "涨价", "收费太高", "expensive", "fees went up", "price increase", "overpriced"])
TRACKING = _like("f.text", ["物流信息不更新", "轨迹一直不动", "没更新", "查不到物流", "tracking not updating",
                            "tracking hasn't updated", "no tracking updates", "tracking stuck"])


def gold() -> dict:
    return {
        # ---- funnels / step rates
        "fw01": lambda: conv("onboarding", *Y25),
        "fw02": lambda: top_lost("shipment", "2025-08-01", "2025-09-30"),
        "fw03": lambda: top_conv("onboarding", *Y25, "signup_source", lowest=True),
        "fw04": lambda: conv("onboarding", *Y25, cust="c.signup_source = 'referral'"),
        "fw05": lambda: ship_rate("pack", "pay", *month(2025, 9)),
        "fw06": lambda: ship_rate("pack", "pay", *month(2025, 7)),
        "fw07": lambda: ship_rate("dep", "hold", *Y25),
        # ---- time between steps
        "fw08": lambda: days("dep", "del", "dep", *Y25, "line = 'sea'"),
        "fw09": lambda: days("dep", "del", "dep", *Y25, "line = 'air'"),
        "fw10": lambda: days("dep", "del", "dep", *Y25, "line = 'express'"),
        "fw11": lambda: top_days("dep", "del", "destination_country", "line = 'air'"),
        "fw12": lambda: days("dep", "del", cond="line = 'air' AND \"目的国\" = '澳大利亚'"),
        "fw13": lambda: top_days("cons", "pack", "warehouse", margin=1.3),
        "fw14": lambda: days("cons", "pack", "pack", *Y25, "warehouse = '义乌仓'"),
        "fw15": lambda: days("hold", "rel", "hold", *Y25),
        "fw16": lambda: days("claim", "cpaid", "claim", *Y25),
        "fw17": lambda: days("claim", "cpaid", "claim", *Y25, "insured"),
        "fw18": lambda: days("arr", "del", "del", *H1_26, agg="median"),
        # ---- thresholds
        "fw19": lambda: events_at("tp_departed", *Y25, "e.weight_kg > 10"),
        "fw20": lambda: share_days("dep", "del", "del", *Y25, 20),
        "fw21": lambda: share_days("dep", "del", "del", *Y25, 40, "line = 'sea'"),
        "fw22": lambda: orders("avg(o.amount)", *ALL, "o.weight_kg > 10"),
        "fw23": lambda: orders("count(*)", *Y25, "o.amount > 500"),
        # ---- per customer
        "fw24": lambda: per_customer("count(*)", *ALL),
        "fw25": lambda: per_customer("sum(o.amount)", *ALL),
        "fw26": lambda: per_customer("count(*)", *Y25, "c.customer_tier = 'gold'"),
        "fw27": lambda: per_customer("count(*)", *Y25, "c.customer_tier = 'standard'"),
        "fw28": lambda: avg_ev("parcel_count", "tp_consolidation_request", *Y25),
        # ---- shares
        "fw29": lambda: customers_share("c.\"目的国\" = '澳大利亚'"),
        "fw30": lambda: order_share("o.shipping_line = 'sea'", *Y25),
        "fw31": lambda: order_share("o.insurance_bought", *Y25),
        "fw32": lambda: ship_rate_all("dep", "claim", "insured"),
        "fw33": lambda: ship_rate_all("dep", "claim", "NOT insured"),
        # ---- rankings
        "fw34": lambda: top_ship_rate("dep", "hold", "\"目的国\"", margin=2.0),
        "fw35": lambda: ship_rate_all("dep", "hold", "destination_country = 'Australia'"),
        "fw36": lambda: top_events("tp_customs_hold", "e.customs_hold_reason", *ALL,
                                   "c.destination_country = 'Australia'", margin=1.5),
        "fw37": lambda: top(q(f"""SELECT warehouse, avg(coalesce(claim_type = 'damaged', false)::int) FROM s
                                  WHERE t_del IS NOT NULL GROUP BY 1"""), margin=1.5),
        "fw38": lambda: rate(one("""SELECT avg(coalesce(claim_type = 'damaged', false)::int) FROM s
                                    WHERE t_del IS NOT NULL AND warehouse = '义乌仓'""")),
        "fw39": lambda: top(q(f"""SELECT shipping_line, sum(amount) / sum(weight_kg) FROM orders WHERE status = 'paid'
                                  AND {_in('ts', *Y25)} GROUP BY 1"""), margin=1.3, lowest=True),
        "fw40": lambda: top_orders("c.signup_source", *ALL),
        "fw41": lambda: top(q(f"""SELECT destination_country, count(*) FROM s WHERE {_in('t_del', *Q4_25)}
                                  GROUP BY 1"""), margin=1.1),
        "fw42": lambda: top_events("tp_parcel_arrived", "e.store", *Y25, margin=1.3),
        # ---- periods
        "fw43": lambda: events_at("tp_parcel_arrived", "2025-11-01", "2025-11-11"),
        "fw44": lambda: orders("sum(o.amount)", "2025-11-21", "2025-12-05"),
        "fw45": lambda: orders("sum(o.amount)", *Q4_25),
        "fw46": lambda: orders("sum(o.amount)", *quarter(2026, 1)),
        "fw47": lambda: last3_delivered(),
        "fw48": lambda: customers_count(_in("c.signup_at", *H2_25)),
        "fw49": lambda: events_at("tp_consolidation_request", "2025-11-10", "2025-11-16"),
        "fw50": lambda: num(one(f"""SELECT sum(amount) / sum(weight_kg) FROM orders WHERE status = 'paid'
                                    AND shipping_line = 'air' AND {_in('ts', *month(2025, 8))}"""), rel=0.005),
        "fw51": lambda: num(one(f"""SELECT sum(amount) / sum(weight_kg) FROM orders WHERE status = 'paid'
                                    AND shipping_line = 'air' AND {_in('ts', *month(2025, 7))}"""), rel=0.005),
        # ---- feedback
        "fw53": lambda: fb_topic_count(CUSTOMS),
        "fw54": lambda: fb_topic_count(DAMAGED),
        "fw55": lambda: fb_avg(f"{REVIEW} AND {_in('f.ts', *Y25)}"),
        "fw56": lambda: fb_avg(f"{REVIEW} AND f.shipping_line = 'sea'"),
        "fw57": lambda: fb_avg(f"{REVIEW} AND f.shipping_line = 'air'"),
        "fw58": lambda: fb_ratio(NEG, _in("f.ts", *H1_26)),
        "fw59": lambda: feedback_ids(f"{GOOD_PACK} AND f.sentiment_label = 'pos'"),
        "fw60": lambda: top_fb("f.warehouse", GOOD_PACK, margin=1.5),
        "fw61": lambda: fb_count("f.ts IS NULL"),
        "fw62": lambda: top_fb("f.shipping_line", TRACKING, margin=1.5),
        "fw63": lambda: fb_topic_count(f"{EXPENSIVE} AND {_in('f.ts', *Q4_25)}"),
        # ---- customers
        "fw64": lambda: customers_count("c.\"目的国\" = '加拿大'"),
        "fw65": lambda: customers_count("c.customer_tier = 'gold' AND c.destination_country = 'United Kingdom'"),
        "fw66": lambda: top_customers("signup_source", margin=1.3),
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
