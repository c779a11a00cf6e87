"""Gold answers for the 康途健康 CareWay online-pharmacy held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window (otc_purchase 7 d, rx_purchase 3 d, refill 7 d, consult_buy 3 d) from their first
  step-1 event in the period. `conv` computes each rate with and without requiring later steps to fall inside the
  period; the tolerance covers both readings;
- "customers / people / users who did X" = distinct customers with an event at X's touchpoint in the period;
  "how many reminders / rejections / uploads (times)" = event rows;
- customer facts (age band, health card, tier, segment, acquisition channel, device) come from `customers`, as at
  the end of the data; a customer's device is `customers.primary_device` (every event carries it);
- money = orders with status `paid` (CNY); sales / GMV / 销售额 = sum of paid amounts; AOV / 客单价 = average paid
  amount; refunded and cancelled orders are not revenue; "prescription orders" = `prescription_required = 1`
  (rx + refill orders);
- refund rate = refunded orders / all orders (the tolerance covers refunded / (paid + refunded));
  shipped orders = status paid or refunded (cancelled orders never leave the warehouse);
- delivery time = `delivery_hours` of shipped orders, by order date;
- prescription review = `tp_rx_review` events (action approved / rejected, review_minutes, pharmacist_id,
  reject_reason empty when none was given), counted by review time;
- refill conversion per reminder = share of `tp_refill_reminder` events followed by a `tp_refill_order` of the same
  customer within 7 days;
- NPS = (share 9-10 - share 0-6) x 100 over rows with an nps value;
- feedback "negative" = `sentiment_label = neg` (generator truth); topic counts use text markers with a 5 % tolerance
  (checked against the generator's `topic` column); "all data" includes comments without a date;
- periods are inclusive calendar dates; relative periods resolve against `as_of` (else 2026-08-31).
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
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv('{data / 'customers.csv'}', header=true,
                    auto_detect=true, types={{'health_card': 'VARCHAR', 'chronic_patient': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv('{data / 'orders.csv'}', header=true,
                    auto_detect=true, types={{'app_version': 'VARCHAR', 'pharmacist_id': 'VARCHAR',
                    'refund_reason': 'VARCHAR', 'cancel_reason': 'VARCHAR', 'review_minutes': 'DOUBLE',
                    'delivery_hours': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv('{data / 'events.csv'}', header=true,
                    auto_detect=true, all_varchar=false, types={{'app_version': 'VARCHAR', 'order_id': 'VARCHAR',
                    'pharmacist_id': 'VARCHAR', 'reject_reason': 'VARCHAR', 'review_result': 'VARCHAR',
                    'review_minutes': 'DOUBLE', 'refund_reason': 'VARCHAR', 'reminder_channel': 'VARCHAR',
                    'fail_code': 'VARCHAR', 'keyword': 'VARCHAR', 'card_plan': 'VARCHAR', 'warehouse': 'VARCHAR',
                    'delivery_hours': 'DOUBLE', 'consult_minutes': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv('{data / 'feedback.csv'}', header=true,
                    auto_detect=true, types={{'ts': 'TIMESTAMP', 'pharmacist_id': 'VARCHAR', 'order_id': 'VARCHAR',
                    'warehouse': 'VARCHAR', 'touchpoint_id': 'VARCHAR', 'rating': 'DOUBLE', 'nps': 'DOUBLE'}})""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                  WHERE e.device <> c.primary_device""") == 0


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


def conv(journey, start, end, a=1, b=None, drop=False, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        v = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - v if drop else v)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, min_n=50, gap=0.04):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v}'")
        if c[0] >= min_n:
            rates[v] = c[-1] / c[0]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > gap, f"not clear: {rates}"
    print("   ", {k: round(v, 3) for k, v in rates.items()})
    return dict(top_entity=order[0])


# ---------- events / customers ----------

def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp),
                tolerance=0.5)


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                              AND ({cond})""", tp), tolerance=0.5)


def ev_avg(tp, col, start, end, cond="1=1", tol=0.5):
    v = one(f"""SELECT avg({col}) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                AND ({cond})""", tp)
    return dict(value=round(v, 2), tolerance=tol)


def ev_share(tp, num, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                AND ({cond})""", tp)
    return dict(value=round(v, 4), tolerance=0.01)


def top_ev_rate(tp, col, num, start, end, gap=0.05):
    rows = q(f"""SELECT {col}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = ?
                 AND {_in('e.ts', start, end)} AND {col} IS NOT NULL GROUP BY 1 ORDER BY r DESC""", tp)
    assert rows[0][1] > rows[1][1] + gap, rows
    print("   ", rows)
    return dict(top_entity=str(rows[0][0]))


def refill_per_reminder(start, end, col, gap=0.04):
    rows = q(f"""SELECT e.{col}, avg((EXISTS (SELECT 1 FROM events x WHERE x.customer_id = e.customer_id
                        AND x.touchpoint_id = 'tp_refill_order' AND x.ts > e.ts
                        AND x.ts <= e.ts + INTERVAL 7 DAY))::int) r
                 FROM events e WHERE e.touchpoint_id = 'tp_refill_reminder' AND {_in('e.ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    print("   ", rows)
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def paid_buyers(start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT customer_id) FROM orders o WHERE status = 'paid'
                              AND {_in('ts', start, end)} AND ({cond})"""), tolerance=0.5)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="'paid'", cond="1=1"):
    st = "1=1" if status is None else f"o.status IN ({status})"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.01 if abs(v) < 100 else 1.0, abs(v) * 0.001), 2))


def share_orders(start, end, num, cond="1=1", status="'paid'"):
    st = "1=1" if status is None else f"o.status IN ({status})"
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(col, start, end, agg="count(*)", status="'paid'", cond="1=1", lowest=False, gap=1.08):
    st = "1=1" if status is None else f"o.status IN ({status})"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o JOIN customers c USING (customer_id)
                 WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    a, b = rows[0][1], rows[1][1]
    assert (b > a * gap) if lowest else (a > b * gap), rows[:3]
    print("   ", rows[:4])
    return dict(top_entity=str(rows[0][0]))


def monthly_peak(start, end, cond):
    rows = q(f"""SELECT strftime(o.ts, '%Y-%m') m, count(*) n FROM orders o WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.1, rows[:3]
    print("   ", rows[:3])
    return dict(value=rows[0][1], tolerance=0.5)


def refund_rate(start, end, cond="1=1"):
    a, b = q(f"""SELECT avg((status = 'refunded')::int), avg((status = 'refunded')::int) FILTER (WHERE status <> 'cancelled')
                 FROM orders o WHERE {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


SHIPPED = "o.status IN ('paid', 'refunded')"


def top_ship_rate(col, num, start, end, gap=1.5):
    rows = q(f"""SELECT {col}, avg(({num})::int) r FROM orders o WHERE {SHIPPED} AND {_in('ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows
    print("   ", rows)
    return dict(top_entity=rows[0][0])


def ship_avg(start, end, cond="1=1", col="delivery_hours"):
    a, b = q(f"""SELECT avg({col}), avg({col}) FILTER (WHERE status = 'paid') FROM orders o
                 WHERE {SHIPPED} AND {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 2), tolerance=round(max(0.1, abs(a - b) + 0.05), 2))


def top_ship_avg(col, start, end, gap=1.1):
    rows = q(f"""SELECT {col}, avg(delivery_hours) r FROM orders o WHERE {SHIPPED} AND {_in('ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows
    print("   ", rows)
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_topic_count(cond, topic):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    truth = one(f"SELECT count(*) FROM feedback f WHERE topic IN ({topic})")
    assert abs(n - truth) <= max(1, 0.05 * truth), (n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.01):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=tol)


def nps(cond):
    v = one(f"""SELECT 100.0 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 2), tolerance=1.0)


def top_neg_share(col, cond="1=1", gap=0.04):
    rows = q(f"""SELECT {col}, avg((f.sentiment_label = 'neg')::int) r, count(*) FROM feedback f
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    print("   ", rows)
    return dict(top_entity=rows[0][0])


def top_neg_count(col, cond="1=1"):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE f.sentiment_label = 'neg' AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.1, rows
    print("   ", rows[:4])
    return dict(top_entity=rows[0][0])


def top_rating(col, cond="1=1", lowest=True):
    rows = q(f"""SELECT {col}, avg(rating) r FROM feedback f WHERE rating IS NOT NULL AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[1][1] - rows[0][1]) > 0.3, rows[:3]
    print("   ", rows[:3])
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-09-01", "2026-08-31")
H1_26 = ("2026-01-01", "2026-06-30")
Y26 = ("2026-01-01", "2026-08-31")
SUMMER = ("2026-07-01", "2026-08-31")
NEG = "f.sentiment_label = 'neg'"


def _like(zh, en):
    parts = [f"f.text LIKE '%{w}%'" for w in zh] + [f"lower(f.text) LIKE '%{w}%'" for w in en]
    return "(" + " OR ".join(parts) + ")"


COLD = _like(["冰袋", "冷链", "冷藏", "不冰"], ["warm", "ice pack", "not cold", "cold-chain"])
NO_REASON = _like(["驳回", "拒方"], ["rejected", "declined"])
WRONG = _like(["发错"], ["wrong"])
SLOW_REVIEW = _like(["审核", "审方"], ["review"])
RUDE = _like(["态度"], ["rude", "unfriendly"])
HELPFUL = _like(["耐心", "专业"], ["helpful", "patient"])
PAYFAIL = _like(["失败", "报错"], ["fail", "error"])


def gold() -> dict:
    return {
        # ---- funnels
        "ph01": lambda: conv("otc_purchase", *quarter(2026, 2)),
        "ph02": lambda: top_lost("otc_purchase", *ALL),
        "ph03": lambda: conv("rx_purchase", *month(2026, 1)),
        "ph04": lambda: conv("rx_purchase", *month(2025, 11)),
        "ph05": lambda: conv("otc_purchase", *month(2026, 3), a=3, b=4, cust="c.primary_device = 'android'"),
        "ph06": lambda: conv("otc_purchase", *month(2026, 3), a=3, b=4, cust="c.primary_device = 'ios'"),
        "ph07": lambda: conv("consult_buy", "2025-07-01", "2025-12-31"),
        "ph08": lambda: conv("refill", *quarter(2026, 1), a=1, b=2),
        "ph09": lambda: conv("refill", *ALL, cust="c.health_card = 'yes'"),
        "ph10": lambda: conv("refill", *ALL, cust="c.health_card = 'no'"),
        "ph11": lambda: conv("otc_purchase", *H1_26, a=2, b=3, drop=True),
        "ph12": lambda: top_conv("otc_purchase", *ALL, "acquisition_channel"),
        "ph13": lambda: top_conv("refill", *ALL, "age_band"),
        # ---- orders / money
        "ph14": lambda: orders(*SUMMER),
        "ph15": lambda: orders(*quarter(2026, 2)),
        "ph16": lambda: orders(*H1_26, agg="avg(o.amount)", cond="o.order_type = 'refill'"),
        "ph17": lambda: top_orders("o.drug_category", *ALL, agg="sum(o.amount)"),
        "ph18": lambda: top_orders("o.drug_category", *month(2026, 1), cond="o.prescription_required = 0"),
        "ph19": lambda: orders(*month(2025, 12), agg="count(*)", cond="o.drug_category = '感冒药'"),
        "ph20": lambda: orders(*month(2026, 6), agg="count(*)", cond="o.drug_category = '感冒药'"),
        "ph21": lambda: share_orders(*H1_26, "o.insurance_paid = 1", "o.prescription_required = 1"),
        "ph22": lambda: orders(*month(2026, 8), agg="count(*)", status="'refunded'"),
        "ph23": lambda: refund_rate(*SUMMER, "o.cold_chain = 1 AND o.warehouse = 'WH_CD'"),
        "ph24": lambda: refund_rate(*SUMMER, "o.cold_chain = 1 AND o.warehouse <> 'WH_CD'"),
        "ph25": lambda: top_orders("o.refund_reason", *SUMMER, status="'refunded'", cond="o.warehouse = 'WH_CD'",
                                   gap=1.5),
        "ph26": lambda: top_ship_rate("o.warehouse", "coalesce(o.refund_reason = 'wrong_item', false)", *ALL),
        "ph27": lambda: top_orders("o.city", *ALL),
        "ph28": lambda: orders(*ALL, agg="count(*)", status="'cancelled'"),
        "ph29": lambda: orders(*ALL, status="'refunded'"),
        "ph30": lambda: ship_avg(*month(2026, 5), "o.warehouse = 'WH_BJ'"),
        "ph31": lambda: top_ship_avg("o.warehouse", *ALL),
        "ph32": lambda: orders(*Y26, agg="count(*)", cond="o.amount > 500"),
        "ph33": lambda: orders(*ALL, agg="avg(o.amount)", cond="c.age_band = '60+'"),
        "ph34": lambda: top_orders("c.age_band", *ALL, agg="sum(o.amount)"),
        "ph35": lambda: paid_buyers(*month(2026, 2)),
        "ph36": lambda: customers_count("c.tier = 'gold'"),
        "ph37": lambda: customers_count("c.health_card = 'yes'"),
        "ph38": lambda: share_orders(*quarter(2025, 4), "o.from_consultation = 1"),
        # ---- prescription review
        "ph39": lambda: ev_avg("tp_rx_review", "review_minutes", *month(2026, 1)),
        "ph40": lambda: ev_avg("tp_rx_review", "review_minutes", *month(2026, 4)),
        "ph41": lambda: top_ev_rate("tp_rx_review", "e.pharmacist_id", "e.action = 'rejected'", *ALL),
        "ph42": lambda: ev_share("tp_rx_review", "e.reject_reason IS NULL", *ALL, "e.action = 'rejected'"),
        "ph43": lambda: events_at("tp_rx_review", *quarter(2026, 1), "e.action = 'rejected'"),
        "ph44": lambda: users_at("tp_rx_upload", "2026-03-09", "2026-03-15"),
        "ph45": lambda: ev_share("tp_rx_review", "e.action = 'approved'", *ALL),
        # ---- consultation
        "ph47": lambda: top_rating("f.pharmacist_id", "f.channel = 'consult_rating'"),
        "ph48": lambda: users_at("tp_consult", *month(2026, 8)),
        "ph49": lambda: monthly_peak(*ALL, "o.drug_category = '感冒药'"),
        # ---- refill / loyalty
        "ph50": lambda: events_at("tp_refill_reminder", *month(2026, 5)),
        "ph51": lambda: orders(*quarter(2026, 2), agg="count(*)", cond="o.order_type = 'refill'"),
        "ph52": lambda: refill_per_reminder(*ALL, "reminder_channel"),
        "ph53": lambda: users_at("tp_membership", *H1_26),
        "ph54": lambda: customers_count("c.segment = 'at_risk'"),
        # ---- feedback
        "ph55": lambda: fb_topic_count(COLD, "'cold_chain_warm'"),
        "ph56": lambda: fb_topic_count(NO_REASON, "'rx_reject_no_reason'"),
        "ph57": lambda: fb_topic_count(WRONG, "'wrong_item'"),
        "ph58": lambda: fb_topic_count(SLOW_REVIEW, "'slow_review'"),
        "ph59": lambda: top_neg_count("f.touchpoint_id"),
        "ph60": lambda: fb_ratio(NEG, _in("f.ts", *month(2026, 1))),
        "ph61": lambda: nps(_in("f.ts", *quarter(2026, 2))),
        "ph62": lambda: fb_avg("rating", "f.channel = 'order_review'"),
        "ph63": lambda: fb_topic_count(HELPFUL, "'pharmacist_helpful'"),
        "ph64": lambda: feedback_ids(RUDE),
        "ph65": lambda: fb_count("f.ts IS NULL"),
        "ph66": lambda: top_neg_share("f.warehouse", _in("f.ts", *SUMMER)),
        "ph67": lambda: fb_avg("rating", "f.channel = 'app_review' AND f.device = 'android' AND "
                               + _in("f.ts", *month(2026, 3))),
        "ph68": lambda: fb_topic_count(f"f.channel = 'app_review' AND {PAYFAIL}", "'payment_fail'"),
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
        print(it["id"], it["question"][:60], shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
