"""Gold answers for the 餐链 ChefSupply (B2B restaurant wholesale) held-out batch, plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- customers / 客户 / 餐厅 = restaurants (customers.csv); customer facts at the end of the data (segment, tier,
  payment_terms, credit_limit, restaurant_type, sales_rep_id, city = region) come from customers;
- funnels follow DATA.md: a restaurant reaches step k with an event at step k's touchpoint after step k-1, within the
  journey's window from its first step-1 event in the period; rates are per restaurant; the tolerance covers both
  readings (later steps allowed after the period end, or not); "lost after step k" = reached k, not k+1;
- an order = one row of orders.csv (= one tp_order event, session_id = order_id); "orders placed" counts every
  status; money (GMV, revenue, 销售额, 采购额) = sum of amount over orders with status `paid`, by order date;
  average order value = mean amount of paid orders;
- a delivery = one tp_signoff event (by sign-off date); "short" / 少货 = shortage_items > 0 on it; "late" =
  late_minutes > 30 (minutes after the start of the booked delivery slot); city / slot / warehouse / category are
  the event's own columns;
- invoice error rate = share of tp_invoice events with invoice_error = 1, by invoice date;
- credit: approval time = tp_credit_approved ts - tp_credit_apply ts of the same restaurant, in days, by application
  date; approval rate = restaurants with an approval / restaurants that applied;
- paying late (net30) = orders with payment_terms net30, status not cancelled/refunded, and overdue_days > 0
  (paid after the due date, or still overdue at the end of the data); "overdue now" = status `overdue`;
- returns = tp_return events; return rate of a category = refunded orders / all orders of it, by order date;
- reorder-button share = share of tp_order events whose order (session) also has a tp_reorder event;
- feedback "negative" = sentiment_label = neg (generator truth); topic counts use text markers (tolerance 5 %);
  "all" feedback includes comments without ts; delivery satisfaction = rating with channel delivery_survey;
  account-survey satisfaction = rating / nps with channel account_survey;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of`.
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
    for t in ("touchpoints", "customers", "journeys", "orders", "feedback"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_order'") == one("SELECT count(*) FROM orders")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


# ---------- funnels ----------

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


def conv(journey, start, end, a=1, b=None, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        vals.append(c[(b or len(c)) - 1] / c[a - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end, margin=1.15):
    steps, _ = _steps(journey)
    res = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = sorted(((c[k] - c[k + 1], steps[k]) for k in range(len(c) - 1)), reverse=True)
        assert lost[0][0] > lost[1][0] * margin, (c, lost)
        res.append(lost[0][1])
    assert res[0] == res[1]
    return dict(top_entity=res[0])


def top_conv(journey, start, end, by, lowest=True, margin=0.08, min_n=20):
    vals = q(f"SELECT DISTINCT {by} FROM customers WHERE {by} IS NOT NULL")
    rates = []
    for (v,) in vals:
        c = funnel(journey, start, end, cust=f"c.{by} = '{v}'")
        if c[0] >= min_n:
            rates.append((c[-1] / c[0], v))
    rates.sort(reverse=not lowest)
    assert abs(rates[0][0] - rates[1][0]) > margin, rates
    return dict(top_entity=rates[0][1])


# ---------- event helpers ----------

def share_ev(cond_share, tp, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({cond_share})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND
                {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_share_ev(cond_share, tp, start, end, by, cond="1=1", min_n=30, margin=1.8):
    rows = q(f"""SELECT {by}, avg(({cond_share})::int) r FROM events e WHERE e.touchpoint_id = '{tp}' AND
                 {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND "
                          f"{_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(DISTINCT e.customer_id) FROM events e WHERE e.touchpoint_id = '{tp}' AND "
                          f"{_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def top_events(tp, start, end, by, cond="1=1", margin=1.3):
    rows = q(f"""SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def agg_ev(col, tp, start, end, cond="1=1", agg="avg", rel=0.01, floor=0.02):
    v = float(one(f"""SELECT {agg}(e.{col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND
                      {_in('e.ts', start, end)} AND ({cond})"""))
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


def top_avg_ev(col, tp, start, end, by, cond="1=1", margin=1.3):
    rows = q(f"""SELECT {by}, avg(e.{col}) v FROM events e WHERE e.touchpoint_id = '{tp}' AND
                 {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- credit ----------

CREDIT = """SELECT a.customer_id, a.ts AS applied, p.ts AS approved, c.sales_rep_id
            FROM events a JOIN customers c USING (customer_id)
            LEFT JOIN events p ON p.customer_id = a.customer_id AND p.touchpoint_id = 'tp_credit_approved'
            WHERE a.touchpoint_id = 'tp_credit_apply'"""


def credit_days(start, end, cond="1=1"):
    v = one(f"""SELECT avg(epoch(approved - applied) / 86400.0) FROM ({CREDIT}) x
                WHERE approved IS NOT NULL AND {_in('applied', start, end)} AND ({cond})""")
    return dict(value=round(v, 2), tolerance=round(max(0.3, v * 0.05), 2))


def top_credit_days(start, end, margin=1.5):
    rows = q(f"""SELECT sales_rep_id, avg(epoch(approved - applied) / 86400.0) v FROM ({CREDIT}) x
                 WHERE approved IS NOT NULL AND {_in('applied', start, end)} GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def credit_approval_rate(start, end):
    v = one(f"SELECT avg((approved IS NOT NULL)::int) FROM ({CREDIT}) x WHERE {_in('applied', start, end)}")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- orders / customers ----------

def orders(start, end, agg="sum", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg}(o.amount) FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg == "count":
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def order_rate(cond_share, start, end, cond="1=1"):
    v = one(f"SELECT avg(({cond_share})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(col, start, end, margin=1.1, status="paid", agg="sum(amount)"):
    st = "1=1" if status is None else f"status = '{status}'"
    rows = q(f"""SELECT {col}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)}
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


LATE_PAY = "o.payment_terms = 'net30' AND o.status NOT IN ('cancelled', 'refunded')"


def top_late_payers(start, end, margin=1.8):
    rows = q(f"""SELECT restaurant_type, avg((overdue_days > 0)::int) r FROM orders o WHERE {LATE_PAY}
                 AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_avg(col, cond):
    v = float(one(f"SELECT avg({col}) FROM customers c WHERE {cond}"))
    return dict(value=round(v, 2), tolerance=round(v * 0.005, 2))


def top_customers(col, margin=1.2):
    rows = q(f"SELECT {col}, count(*) n FROM customers GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def reorder_share(start, end):
    v = one(f"""SELECT avg((r.session_id IS NOT NULL)::int) FROM events o LEFT JOIN
                (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_reorder') r USING (session_id)
                WHERE o.touchpoint_id = 'tp_order' AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


def share_users_min(start, end, k):
    v = one(f"""SELECT avg((n >= {k})::int) FROM (SELECT customer_id, count(*) n FROM orders o
                WHERE {_in('o.ts', start, end)} GROUP BY 1)""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def top_rating(col, cond="1=1", margin=0.3, min_n=10):
    rows = q(f"""SELECT {col}, avg(rating) r FROM feedback f WHERE rating IS NOT NULL AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r""")
    assert rows[1][1] - rows[0][1] > margin, rows
    return dict(top_entity=rows[0][0])


def top_fb(col, cond="1=1", margin=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2023-01-01", "2026-08-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Y26 = ("2026-01-01", "2026-08-31")
SIGN = "tp_signoff"
SHORT = "e.shortage_items > 0"
LATE = "e.late_minutes > 30"
NEG = "f.sentiment_label = 'neg'"
T_SHORT = ("(f.text LIKE '%少货%' OR f.text LIKE '%缺货%' OR f.text LIKE '%短缺%' OR f.text LIKE '%少了%' "
           "OR lower(f.text) LIKE '%short%' OR lower(f.text) LIKE '%missing%')")
T_LATE = ("(f.text LIKE '%迟到%' OR f.text LIKE '%晚到%' OR f.text LIKE '%来晚%' OR lower(f.text) LIKE '%late%')")
T_MEAT = ("((f.text LIKE '%肉%' AND (f.text LIKE '%不新鲜%' OR f.text LIKE '%异味%' OR f.text LIKE '%发臭%' "
          "OR f.text LIKE '%变质%' OR f.text LIKE '%质量%')) OR ((lower(f.text) LIKE '%meat%' OR "
          "lower(f.text) LIKE '%pork%' OR lower(f.text) LIKE '%beef%' OR lower(f.text) LIKE '%lamb%') AND "
          "(lower(f.text) LIKE '%smell%' OR lower(f.text) LIKE '%spoiled%' OR lower(f.text) LIKE '%not fresh%' "
          "OR lower(f.text) LIKE '%quality%')))")
T_INV = "(f.text LIKE '%发票%' OR lower(f.text) LIKE '%invoice%')"
T_REP = ("((f.text LIKE '%业务员%' OR f.text LIKE '%客户经理%' OR f.text LIKE '%销售%') AND (f.text LIKE '%不回%' "
         "OR f.text LIKE '%联系不上%' OR f.text LIKE '%找不到%')) OR (lower(f.text) LIKE '%rep %' AND "
         "(lower(f.text) LIKE '%unresponsive%' OR lower(f.text) LIKE '%can''t reach%' OR "
         "lower(f.text) LIKE '%ignores%'))")


def gold() -> dict:
    CD = "e.city = '成都'"
    SH6 = "e.city = '上海' AND e.delivery_slot = '06:00-08:00'"
    return {
        # ---- funnels
        "ws01": lambda: conv("onboarding", *Y25),
        "ws02": lambda: top_lost("onboarding", *H1_26),
        "ws03": lambda: conv("onboarding", *ALL, cust="c.sales_rep_id = 'R07'"),
        "ws04": lambda: conv("onboarding", *ALL, cust="c.sales_rep_id <> 'R07'"),
        "ws05": lambda: top_conv("onboarding", *ALL, "acquisition_channel"),
        "ws06": lambda: conv("order_to_delivery", *quarter(2026, 2)),
        "ws07": lambda: conv("reorder", *H1_26),
        "ws08": lambda: conv("overdue_collection", *Y25),
        "ws09": lambda: conv("onboarding", *Y25, a=2, b=3),
        # ---- credit
        "ws10": lambda: credit_days(*Y25),
        "ws11": lambda: top_credit_days(*ALL),
        "ws12": lambda: credit_approval_rate(*ALL),
        "ws13": lambda: customers_count("c.payment_terms = 'net30'"),
        "ws14": lambda: customers_avg("credit_limit", "c.payment_terms = 'net30'"),
        "ws15": lambda: customers_count("c.credit_limit >= 100000"),
        # ---- shortages
        "ws16": lambda: top_share_ev(SHORT, SIGN, *quarter(2026, 2), "e.city"),
        "ws17": lambda: share_ev(SHORT, SIGN, *quarter(2026, 2), CD),
        "ws18": lambda: share_ev(SHORT, SIGN, *quarter(2026, 1), CD),
        "ws19": lambda: top_events(SIGN, *quarter(2026, 2), "e.category", f"{CD} AND {SHORT}"),
        "ws20": lambda: agg_ev("shortage_items", SIGN, *month(2026, 5), agg="sum", rel=0.0, floor=0.5),
        "ws21": lambda: events_at(SIGN, *Y25, SHORT),
        # ---- late trucks
        "ws22": lambda: top_share_ev(LATE, SIGN, "2026-03-01", "2026-08-31", "e.delivery_slot"),
        "ws23": lambda: share_ev(LATE, SIGN, "2026-03-01", "2026-08-31", SH6),
        "ws24": lambda: share_ev(LATE, SIGN, *Y25, SH6),
        "ws25": lambda: agg_ev("late_minutes", SIGN, *month(2026, 6), SH6),
        "ws26": lambda: top_avg_ev("late_minutes", SIGN, *month(2026, 7), "e.warehouse"),
        # ---- meat / returns
        "ws27": lambda: top_events("tp_return", "2025-12-01", "2026-01-31", "e.category", margin=3),
        "ws29": lambda: order_rate("o.status = 'refunded'", "2025-12-01", "2026-01-31", "o.category = '肉类'"),
        "ws30": lambda: top_events("tp_complaint", *ALL, "e.restaurant_type", "e.complaint_topic = 'quality'"),
        # ---- invoices
        "ws31": lambda: share_ev("e.invoice_error = 1", "tp_invoice", *month(2026, 5)),
        "ws32": lambda: share_ev("e.invoice_error = 1", "tp_invoice", *month(2026, 4)),
        "ws33": lambda: fb_topic_count(T_INV),
        # ---- reps
        "ws34": lambda: top_rating("f.sales_rep_id", "f.channel = 'account_survey'"),
        "ws35": lambda: fb_avg("nps", f"f.channel = 'account_survey' AND {_in('f.ts', *Y25)}", tol=0.05),
        "ws36": lambda: events_at("tp_rep_visit", *Y25, "e.sales_rep_id = 'R07'"),
        "ws37": lambda: events_at("tp_rep_visit", *Y25, "e.sales_rep_id = 'R08'"),
        "ws38": lambda: fb_topic_count(T_REP),
        # ---- money
        "ws39": lambda: orders(*Y25),
        "ws40": lambda: orders(*quarter(2026, 2)),
        "ws41": lambda: orders(*H1_26, agg="avg"),
        "ws42": lambda: top_orders("o.category", *Y25),
        "ws43": lambda: top_orders("o.city", *Y26),
        "ws44": lambda: orders(*Y26, agg="count", status="cancelled"),
        "ws45": lambda: orders(*ALL, status="overdue"),
        "ws46": lambda: orders(*ALL, agg="count", status="overdue"),
        "ws47": lambda: order_rate("o.overdue_days > 0", *Y25, f"{LATE_PAY} AND o.restaurant_type = '快餐'"),
        "ws48": lambda: top_late_payers(*Y25),
        "ws49": lambda: orders(*Y25, agg="count", cond="o.amount >= 8000"),
        "ws50": lambda: order_rate("o.channel = 'sales_rep'", *Y26),
        "ws51": lambda: orders(*month(2026, 7), cond="o.payment_terms = 'net30'"),
        "ws52": lambda: orders(*quarter(2026, 2), cond="o.restaurant_type = '火锅'"),
        "ws53": lambda: orders("2026-02-02", "2026-02-08", agg="count", status=None),
        "ws54": lambda: orders("2026-02-16", "2026-02-22", agg="count", status=None),
        # ---- customers / reorder
        "ws55": lambda: customers_count("c.segment = 'vip'"),
        "ws56": lambda: customers_count("c.segment = 'churned'"),
        "ws57": lambda: top_customers("region"),
        "ws58": lambda: users_at("tp_register", *quarter(2026, 1)),
        "ws59": lambda: users_at("tp_order", *month(2026, 7)),
        "ws60": lambda: share_users_min(*month(2026, 6), 4),
        "ws61": lambda: reorder_share(*Y26),
        "ws62": lambda: events_at("tp_reorder", *month(2026, 7)),
        # ---- feedback
        "ws63": lambda: fb_topic_count(T_SHORT),
        "ws64": lambda: top_fb("f.touchpoint_id", f"{NEG} AND {_in('f.ts', '2025-12-01', '2026-01-31')}", margin=1.8),
        "ws65": lambda: fb_ratio(NEG, _in("f.ts", *H1_26)),
        "ws66": lambda: fb_avg("rating", f"f.channel = 'delivery_survey' AND {_in('f.ts', *Y25)}"),
        "ws67": lambda: fb_avg("rating", f"f.channel = 'delivery_survey' AND f.city = '成都' AND "
                                         f"{_in('f.ts', *quarter(2026, 2))}", tol=0.05),
        "ws68": lambda: fb_count("f.ts IS NULL"),
        "ws69": lambda: feedback_ids(T_MEAT),
        "ws70": lambda: fb_topic_count(T_LATE),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8")) if batch.exists() else []
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(checks) - set(ids)
    if unused:
        print("WARNING gold for ids not in the batch:", sorted(unused))
        if write:
            raise SystemExit("refusing to write with unused gold")
        for k in sorted(unused):
            try:
                print(k, checks[k]())
            except AssertionError as e:
                print(k, "ASSERT", str(e)[:300])
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
