"""Gold answers for the automotive (驰远汽车 / Chiyuan Motors) held-out batches, from plain DuckDB SQL
over the raw CSVs (written blind).

    python gold.py DATADIR batch1.yaml [--write]

Every check is one small query below, keyed by question id. Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint
  after reaching step k-1, within the journey's window from their first step-1 event in the period.
  Whether later steps must also fall inside the period is not pinned down by the contract, so each
  funnel rate is computed both ways and the tolerance covers the difference (plus 0.005); where the
  question says later steps count, the window alone decides (conv_open);
- device in a funnel = the customer's device (each customer uses one device; the dealer steps
  test drive / quote / order / delivery / service visit and the phone tickets carry no device);
- dealer in a funnel = the customer's dealer (each customer deals with one dealer; dealer_id is on
  the dealer steps); a car model in the delivery / complaint journey = the car_model on the
  customer's order / complaint event;
- "which step loses most" = the step customers reached but did not go on from (reached k, not k+1);
- "how many customers did X" = distinct customers with an event at X's touchpoint in the period;
- money = sum/avg of `amount` over orders with the status named (paid unless said), all order types
  (deposit, full_payment, service) unless the question names one; "cars sold" / "orders placed" =
  deposit orders; deposit refund rate = refunded deposits / all deposits;
- feedback "negative" = the generator's `sentiment_label = neg`; "all data" includes undated comments;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`
  (else the latest event/feedback = 2026-08-31): "last month" = the previous calendar month,
  "last N days" = the N days ending on the as-of date, "this year so far" = Jan 1 .. as-of;
  上半年 = Jan-Jun, 下旬 = day 21 to month end. Rates are fractions 0..1; counts exact (0.5).
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
DEVICES = ["android", "ios", "pc"]
DEALERS = [f"D0{i}" for i in range(1, 9)]
MODELS = ["C3", "S5", "X7", "E6", "E9"]
SEGMENTS = ["new", "returning", "vip", "at_risk"]
ACQ = ["douyin_ads", "autohome", "dongchedi", "baidu_search", "wechat_ads"]


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "customers", "journeys", "orders", "feedback"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    for col, name in (("device", "cdev"), ("dealer_id", "cdealer")):
        CON.execute(f"""CREATE TABLE {name} AS SELECT customer_id, min({col}) AS {col} FROM events
                        WHERE {col} IS NOT NULL GROUP BY 1""")
        assert one(f"""SELECT count(*) FROM (SELECT customer_id FROM events WHERE {col} IS NOT NULL
                       GROUP BY 1 HAVING count(DISTINCT {col}) > 1)""") == 0, col
    latest = one("SELECT greatest((SELECT max(ts) FROM events), (SELECT max(ts) FROM feedback))")
    assert str(latest)[:10] == "2026-08-31", latest


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


def funnel(journey: str, start: str, end: str, device: str | None = None, dealer: str | None = None,
           cust: str | None = None, bounded: bool = False) -> list[int]:
    """Customers reaching each step. device / dealer = the customer's; cust = SQL condition on customers c."""
    steps, window = _steps(journey)
    ev = """SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id)
            LEFT JOIN cdev d USING (customer_id) LEFT JOIN cdealer k USING (customer_id) WHERE 1=1"""
    if device:
        ev += f" AND d.device = '{device}'"
    if dealer:
        ev += f" AND k.dealer_id = '{dealer}'"
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


def cohort(journey, start, end, a, b, **kw):
    """Step a -> b read as its own funnel: customers whose first step-a event falls in the period, then
    steps a+1..b in order within the window from that event (how a user reads "of those who booked in May")."""
    steps, window = _steps(journey)
    ev = """SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id)
            LEFT JOIN cdev d USING (customer_id) LEFT JOIN cdealer k USING (customer_id) WHERE 1=1"""
    if kw.get("device"):
        ev += f" AND d.device = '{kw['device']}'"
    if kw.get("dealer"):
        ev += f" AND k.dealer_id = '{kw['dealer']}'"
    if kw.get("cust"):
        ev += f" AND ({kw['cust']})"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE s{a} AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM ev WHERE touchpoint_id = '{steps[a - 1]}' AND {_in('ts', start, end)} GROUP BY 1""")
    for k in range(a + 1, b + 1):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE s{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM s{k - 1} r JOIN ev e ON e.customer_id = r.customer_id
                        AND e.touchpoint_id = '{steps[k - 1]}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
    return one(f"SELECT count(*) FROM s{b}") / one(f"SELECT count(*) FROM s{a}")


def conv(journey, start, end, a=1, b=None, open_end=False, **kw):
    """Conversion from step a to step b (default last); value and tolerance. The tolerance covers later
    steps inside / outside the period (only outside with open_end: the question says later steps count)
    and, for a > 1, the step-a cohort reading (cohort above)."""
    vals = []
    for bounded in ((False,) if open_end else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        bb = b or len(c)
        vals.append(c[bb - 1] / c[a - 1])
    if a > 1:
        vals.append(cohort(journey, start, end, a, b or len(_steps(journey)[0]), **kw))
    tol = max(abs(v - vals[0]) for v in vals) + 0.005
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, tol), 4))


def conv_open(journey, start, end, a=1, b=None, **kw):
    """Conversion when the question says later steps after the period count too (window only)."""
    c = funnel(journey, start, end, **kw)
    return dict(value=round(c[(b or len(c)) - 1] / c[a - 1], 4), tolerance=0.01)


def drop_rate(journey, start, end, k, **kw):
    r = conv(journey, start, end, a=k, b=k + 1, **kw)
    return dict(value=round(1 - r["value"], 4), tolerance=r["tolerance"])


def top_lost(journey, start, end, **kw):
    steps, _ = _steps(journey)
    c = funnel(journey, start, end, **kw)
    lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
    best = max(range(len(lost)), key=lambda i: lost[i])
    assert lost[best] > sorted(lost)[-2] * 1.1, f"top step not clear: {lost}"
    return dict(top_entity=steps[best])


def top_conv(journey, start, end, kind, values, lowest=False, a=1, b=None):
    """Value (customer column, device, dealer, order model) with the highest (lowest) a->b conversion."""
    rates = {}
    for v in values:
        if kind == "device":
            kw = dict(device=v)
        elif kind == "dealer":
            kw = dict(dealer=v)
        elif kind == "order_model":
            kw = dict(cust=f"customer_id IN (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_order' "
                           f"AND car_model = '{v}')")
        else:
            kw = dict(cust=f"c.{kind} = '{v}'")
        c = funnel(journey, start, end, **kw)
        rates[v] = c[(b or len(c)) - 1] / c[a - 1]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    r0, r1 = rates[order[0]], rates[order[1]]
    assert abs(r0 - r1) > 0.03 or max(r0, r1) > 1.5 * min(r0, r1), f"not clear: {rates}"
    return dict(top_entity=order[0])


def top_drop_device(journey, base, now, a, b):
    """Device contributing most to the fall of step conversion a->b from `base` to `now`."""
    effect = {}
    total = funnel(journey, *now)[a - 1]
    for d in DEVICES:
        cb, cn = funnel(journey, *base, device=d), funnel(journey, *now, device=d)
        effect[d] = (cb[b - 1] / cb[a - 1] - cn[b - 1] / cn[a - 1]) * cn[a - 1] / total
    order = sorted(effect, key=effect.get, reverse=True)
    assert effect[order[0]] > 2 * max(effect[order[1]], 0.005), effect
    return dict(top_entity=order[0])


def order_model(m):
    return f"customer_id IN (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_order' AND car_model = '{m}')"


def complaint_model(m):
    return (f"customer_id IN (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_complaint' "
            f"AND car_model = '{m}')")


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


def orders(start, end, agg="sum", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg}(amount) FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg == "count":
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(1.0, float(v) * 0.001), 2))


def deposit_refund_rate(start, end, cond="1=1"):
    v = one(f"""SELECT avg((status = 'refunded')::int) FROM orders o
                WHERE order_type = 'deposit' AND {_in('ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.005)


def top_orders(col, start, end, agg="count(*)", status="paid", cond="1=1"):
    rows = q(f"""SELECT {col}, {agg} n FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = '{status}' AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.08, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"""SELECT feedback_id FROM feedback f LEFT JOIN customers c USING (customer_id)
                               WHERE {cond} ORDER BY 1""")]
    assert len(ids) >= 5, cond
    return dict(citations_from=ids)


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


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-01-01", "2026-08-31")
Y25 = ("2025-01-01", "2025-12-31")
Y26 = ("2026-01-01", "2026-08-31")
H1_26 = ("2026-01-01", "2026-06-30")
NEG = "f.sentiment_label = 'neg'"
ENGLISH = "NOT regexp_matches(f.text, '[一-龥]')"
E6_DELAY = "(f.touchpoint_id = 'tp_delivery' AND f.text LIKE '%E6%')"
HU = "(f.text LIKE '%车机%' OR f.text LIKE '%中控屏%' OR lower(f.text) LIKE '%infotainment%' OR lower(f.text) LIKE '%centre screen%')"


def gold() -> dict:
    return {
        # ---- funnels
        "au01": lambda: top_lost("purchase", *ALL),
        "au02": lambda: conv("purchase", *quarter(2026, 2), open_end=True),
        "au03": lambda: conv("purchase", *quarter(2025, 2), open_end=True),
        "au04": lambda: conv("purchase", *month(2025, 11), a=2, b=3, device="ios"),
        "au05": lambda: conv("purchase", *month(2025, 11), a=2, b=3, device="android"),
        "au06": lambda: top_drop_device("purchase", month(2025, 10), month(2025, 11), 2, 3),
        "au07": lambda: conv("purchase", *month(2025, 12), a=2, b=3, device="ios"),
        "au08": lambda: top_conv("purchase", *ALL, "acquisition_channel", ACQ),
        "au09": lambda: top_conv("purchase", *ALL, "acquisition_channel", ACQ, lowest=True),
        "au10": lambda: top_conv("purchase", *ALL, "dealer", DEALERS, lowest=True, a=4),
        "au11": lambda: conv("purchase", *ALL, a=4, dealer="D07"),
        "au12": lambda: conv("purchase", *H1_26, a=4, dealer="D07"),
        "au13": lambda: conv("purchase", *Y25, a=4, b=5),
        "au14": lambda: conv("purchase", *month(2026, 1), a=3, b=4, open_end=True),
        "au15": lambda: drop_rate("purchase", *quarter(2026, 1), 5),
        "au16": lambda: conv_open("delivery", *month(2026, 5), cust=order_model("E6")),
        "au17": lambda: conv_open("delivery", "2026-01-01", "2026-03-31", cust=order_model("E6")),
        "au18": lambda: conv("delivery", *ALL),
        "au19": lambda: top_conv("delivery", *quarter(2026, 2), "order_model", MODELS, lowest=True),
        "au20": lambda: conv("service", *Y25),
        "au21": lambda: top_conv("service", *ALL, "segment", SEGMENTS, lowest=True),
        "au22": lambda: top_conv("service", *ALL, "segment", SEGMENTS),
        "au23": lambda: conv("complaint", *ALL),
        "au24": lambda: conv("complaint", *quarter(2026, 2), cust=complaint_model("X7")),
        "au25": lambda: conv("complaint", *Y25),
        "au26": lambda: top_conv("purchase", *H1_26, "acquisition_channel", ACQ),
        "au27": lambda: conv("purchase", "2025-07-01", "2025-12-31", a=5, b=6),
        "au28": lambda: conv("purchase", *ALL, a=4, dealer="D03"),
        # ---- counts
        "au30": lambda: users_at("tp_test_drive", *month(2026, 8)),
        "au31": lambda: users_at("tp_test_drive", *month(2026, 7)),
        "au32": lambda: users_at("tp_configurator", *quarter(2026, 1)),
        "au33": lambda: users_at("tp_td_booking", *month(2026, 5)),
        "au34": lambda: users_at("tp_delivery", *month(2026, 7)),
        "au35": lambda: users_at("tp_ad", *H1_26),
        "au36": lambda: users_at("tp_maint_booking", "2025-12-21", "2025-12-31"),
        "au37": lambda: users_at("tp_service_visit", "2026-08-02", "2026-08-31"),
        "au38": lambda: users_at("tp_test_drive", *quarter(2025, 4), cond="c.province = '四川'"),
        "au39": lambda: users_at("tp_test_drive", *Y25, cond="e.dealer_id = 'D03'"),
        "au40": lambda: users_at("tp_configurator", *month(2025, 11), cond="e.action = 'fail' AND e.device = 'ios'"),
        "au41": lambda: users_at("tp_tradein", *Y26),
        "au42": lambda: users_at("tp_referral", *Y25),
        "au43": lambda: users_at("tp_complaint", *month(2026, 8)),
        "au44": lambda: users_at("tp_order", "2026-05-01", "2026-05-15"),
        "au45": lambda: users_at("tp_test_drive", *H1_26, cond="e.powertrain = 'ev'"),
        "au46": lambda: users_at("tp_test_drive", *quarter(2026, 2), cond="e.car_model = 'E9'"),
        "au47": lambda: users_at("tp_owner_app", "2026-03-04", "2026-03-10"),
        "au48": lambda: users_at("tp_configurator", "2026-07-01", "2026-07-14"),
        "au49": lambda: users_at("tp_quote", "2026-03-01", "2026-04-15", cond="c.province = '广东'"),
        # ---- orders
        "au50": lambda: orders(*month(2026, 8)),
        "au51": lambda: orders(*month(2025, 8)),
        "au52": lambda: orders(*quarter(2026, 1), cond="o.order_type = 'service'"),
        "au53": lambda: orders(*Y25, agg="count", status="refunded"),
        "au54": lambda: deposit_refund_rate(*quarter(2026, 2), cond="car_model = 'E6'"),
        "au55": lambda: deposit_refund_rate(*quarter(2026, 2), cond="car_model <> 'E6'"),
        "au56": lambda: top_orders("o.car_model", *ALL, agg="sum(o.amount)"),
        "au57": lambda: top_orders("o.car_model", *ALL, cond="o.order_type = 'deposit'"),
        "au58": lambda: orders(*Y26, agg="avg", cond="o.order_type = 'full_payment' AND o.car_model = 'E9'"),
        "au59": lambda: top_orders("c.province", *ALL, agg="sum(o.amount)"),
        "au60": lambda: top_orders("c.region", *Y25, cond="o.order_type = 'deposit'"),
        "au61": lambda: orders(*H1_26, agg="avg", cond="o.order_type = 'service'"),
        "au62": lambda: orders("2026-06-18", "2026-06-18", agg="count", status=None, cond="o.order_type = 'deposit'"),
        "au63": lambda: orders("2026-01-15", "2026-02-15", agg="count"),
        "au64": lambda: orders(*Y26, cond="o.powertrain = 'ev'"),
        # ---- rankings / breakdowns
        "au65": lambda: top_users_at("tp_ad", *H1_26, "c.acquisition_channel"),
        "au66": lambda: top_users_at("tp_test_drive", *quarter(2025, 3), "c.province"),
        "au67": lambda: top_users_at("tp_test_drive", *Y25, "e.car_model"),
        "au68": lambda: top_users_at("tp_td_booking", *ALL, "c.age_band"),
        "au69": lambda: top_users_at("tp_service_visit", *ALL, "c.province"),
        # ---- comparisons / trends (the value is the later period's)
        "au70": lambda: users_at("tp_test_drive", *quarter(2026, 2)),
        "au71": lambda: users_at("tp_order", *month(2026, 7)),
        "au72": lambda: users_at("tp_complaint", *quarter(2026, 2)),
        "au73": lambda: orders(*H1_26),
        "au74": lambda: fb_count(f"f.touchpoint_id = 'tp_complaint' AND {NEG} AND {_in('f.ts', *month(2026, 7))}"),
        # ---- why / drivers
        "au75": lambda: feedback_ids(f"f.dealer_id = 'D07' AND {NEG}"),
        "au76": lambda: feedback_ids(E6_DELAY),
        "au77": lambda: top_drop_device("purchase", month(2025, 10), month(2025, 11), 2, 3),
        "au78": lambda: top_neg_rise(quarter(2025, 4), quarter(2026, 2)),
        "au79": lambda: feedback_ids(f"f.touchpoint_id = 'tp_complaint' AND f.car_model = 'X7' AND {NEG} "
                                     f"AND {_in('f.ts', *Y26)}"),
        # ---- feedback
        "au80": lambda: feedback_ids(f"f.touchpoint_id = 'tp_service_visit' AND {NEG}"),
        "au81": lambda: feedback_ids(f"f.touchpoint_id = 'tp_quote' AND {NEG}"),
        "au82": lambda: top_rating("f.touchpoint_id"),
        "au83": lambda: fb_avg("rating", f"f.touchpoint_id = 'tp_service_visit' AND {_in('f.ts', *Y26)}"),
        "au84": lambda: fb_avg("nps", "f.channel = 'survey'"),
        "au85": lambda: top_rating("c.segment"),
        "au86": lambda: fb_count("f.ts IS NULL"),
        "au87": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 2)), tol=0.06),
        "au88": lambda: top_rating("f.dealer_id", "f.dealer_id IS NOT NULL"),
        "au89": lambda: fb_count(E6_DELAY),
        "au90": lambda: feedback_ids(f"f.touchpoint_id = 'tp_owner_app' AND {NEG} AND {ENGLISH}"),
        "au91": lambda: feedback_ids("f.touchpoint_id = 'tp_tradein'"),
        "au92": lambda: fb_count(f"f.touchpoint_id = 'tp_test_drive' AND {_in('f.ts', *Y25)}"),
        "au93": lambda: fb_ratio("f.rating <= 2", "f.channel = 'survey' AND f.rating IS NOT NULL"),
        "au94": lambda: top_users_at("tp_complaint", *Y26, "e.car_model"),
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
        assert it["lang"] in ("zh", "en") and it.get("follow_up_of", ids[0]) in ids, it["id"]
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
    print("status-only ok items (definitions / maps):", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
