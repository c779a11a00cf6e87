"""Gold answers for the GoCar 去哪开 car-sharing held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period. `conv` computes each rate with and without
  requiring later steps to fall inside the period; the tolerance covers both readings;
- a trip = one row of orders (every completed trip has exactly one order, whatever its status; = one tp_trip_end
  event); a trip's date is its order ts (payment, 40 s after the trip end); trip_km, trip_minutes,
  battery_pct_at_start (EV only), car_model, fuel_type, price_plan, city, zone are read from orders;
- "riders / users who took a trip" = distinct customers with an order in the period;
- money = orders with status `paid` (refunded and disputed are not revenue); revenue / 收入 = sum of paid amounts;
  average fare / 客单价 = average paid amount; refund rate = refunded orders / all orders;
- licence failure rate = tp_licence_upload events with licence_check_result = 'fail' / all tp_licence_upload events
  (attempts, not people); unlock failure rate = tp_unlock_fail events / (tp_unlock_fail + tp_unlock events);
- parking fines per trip = tp_parking_fine events in the period / trips in the period (the tolerance covers counting
  fines by the date of the trip they belong to);
- "how many reports / calls / fines / unlock failures" = event rows; "how many customers" = distinct customers;
- customers on record: customers table (region = city; segment and tier are as of the end of the data);
- trip ratings = feedback rows with channel 'trip_rating' (one per tp_rating event, rating = the stars);
- feedback "negative" = `sentiment_label = 'neg'` (generator truth); topic counts use text markers with a 5 %
  tolerance (checked against the generator's `topic` column); "all data" includes comments without a date;
- periods are inclusive calendar dates; relative periods resolve against `as_of` (else 2026-07-31).
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
    for t in ("touchpoints", "customers", "journeys", "orders"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    sample_size=-1, types={{'app_version': 'VARCHAR', 'order_id': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'app_version': 'VARCHAR', 'ts': 'TIMESTAMP'}})""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) FROM orders") == one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_trip_end'")


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


def top_conv(journey, start, end, column, lowest=False, min_n=50):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v}'")
        if c[0] >= min_n:
            rates[v] = c[-1] / c[0]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > 0.04, f"not clear: {rates}"
    return dict(top_entity=order[0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})",
                          tp), tolerance=0.5)


def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e WHERE e.touchpoint_id = ?
                              AND {_in('e.ts', start, end)} AND ({cond})""", tp), tolerance=0.5)


def top_events(tp, col, start, end, gap=1.1, cond="1=1"):
    rows = q(f"""SELECT {col}, count(*) n FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                 AND {col} IS NOT NULL AND ({cond}) GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


def licence_fail_rate(start, end, cond="1=1"):
    v = one(f"""SELECT avg((licence_check_result = 'fail')::int) FROM events e WHERE touchpoint_id = 'tp_licence_upload'
                AND {_in('ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_licence_fail(col, start, end, gap=0.02):
    rows = q(f"""SELECT {col}, avg((licence_check_result = 'fail')::int) r FROM events e
                 WHERE touchpoint_id = 'tp_licence_upload' AND {_in('ts', start, end)} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


def unlock_fail_rate(start, end, cond="1=1"):
    v = one(f"""SELECT avg((touchpoint_id = 'tp_unlock_fail')::int) FROM events e
                WHERE touchpoint_id IN ('tp_unlock', 'tp_unlock_fail') AND {_in('ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def fines_per_trip(start, end, city):
    fines = one(f"""SELECT count(*) FROM events WHERE touchpoint_id = 'tp_parking_fine' AND city = '{city}'
                    AND {_in('ts', start, end)}""")
    fines2 = one(f"""SELECT count(*) FROM events e JOIN orders o USING (order_id) WHERE e.touchpoint_id = 'tp_parking_fine'
                     AND o.city = '{city}' AND {_in('o.ts', start, end)}""")
    trips = one(f"SELECT count(*) FROM orders WHERE city = '{city}' AND {_in('ts', start, end)}")
    a, b = fines / trips, fines2 / trips
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def top_fine_growth(s1, e1, s2, e2):
    rows = q(f"""SELECT city, count(*) FILTER (WHERE {_in('ts', s2, e2)}) - count(*) FILTER (WHERE {_in('ts', s1, e1)}) d
                 FROM events WHERE touchpoint_id = 'tp_parking_fine' GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > rows[1][1] * 2, rows
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", cond="1=1", status="'paid'", nd=2):
    v = one(f"SELECT {agg} FROM orders o WHERE o.status IN ({status}) AND {_in('o.ts', start, end)} AND ({cond})")
    v = round(float(v), nd)
    return dict(value=v, tolerance=max(0.5, round(abs(v) * 0.002, 2)) if nd == 2 else 0.01)


def trips(start, end, agg="count(*)", cond="1=1", tol=None):
    """trip measures over all trips (any order status); the tolerance covers the paid-only reading."""
    a = one(f"SELECT {agg} FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    b = one(f"SELECT {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    a, b = float(a), float(b)
    if tol is None:
        tol = max(0.5, abs(a - b) + 0.01 * abs(a))
    elif "avg" in agg:
        tol = max(tol, abs(a - b) + 0.1)
    return dict(value=round(a, 4), tolerance=round(tol, 4))


def _share(start, end, num, cond):
    a = one(f"SELECT avg(({num})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    b = one(f"SELECT avg(({num})::int) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    assert abs(a - b) < 0.04, (a, b)
    return dict(value=round(a, 4), tolerance=0.01)


def refund_rate(start, end, cond="1=1"):
    v = one(f"SELECT avg((status = 'refunded')::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(col, start, end, agg="sum(o.amount)", status="'paid'", gap=1.05, lowest=False):
    rows = q(f"""SELECT {col}, {agg} v FROM orders o WHERE o.status IN ({status}) AND {_in('o.ts', start, end)}
                 GROUP BY 1 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    if lowest:
        assert rows[1][1] > rows[0][1] * gap, rows
    else:
        assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=str(rows[0][0]))


def riders(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(DISTINCT customer_id) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"),
                tolerance=0.5)


def repeat_within(start, end, days):
    v = one(f"""WITH f AS (SELECT customer_id, min(ts) ts FROM orders GROUP BY 1)
                SELECT avg((EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = f.customer_id
                        AND o.ts > f.ts AND o.ts <= f.ts + INTERVAL {days} DAY))::int)
                FROM f WHERE {_in('f.ts', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


def heavy_share(start, end, k):
    v = one(f"""SELECT avg((n >= {k})::int) FROM (SELECT customer_id, count(*) n FROM orders o
                WHERE {_in('o.ts', start, end)} GROUP BY 1)""")
    return dict(value=round(v, 4), tolerance=0.01)


def trips_per_pass_buyer():
    a = one("""SELECT count(o.order_id)::double / count(DISTINCT p.customer_id) FROM
               (SELECT DISTINCT customer_id FROM events WHERE touchpoint_id = 'tp_monthly_pass') p
               LEFT JOIN orders o USING (customer_id)""")
    b = one("""SELECT count(o.order_id)::double / count(DISTINCT p.customer_id) FROM
               (SELECT DISTINCT customer_id FROM events WHERE touchpoint_id = 'tp_monthly_pass') p
               LEFT JOIN orders o ON o.customer_id = p.customer_id AND o.status = 'paid'""")
    return dict(value=round(a, 3), tolerance=round(max(0.1, abs(a - b) + 0.05), 3))


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_signup_channel(start, end):
    rows = q(f"""SELECT acquisition_channel, count(*) n FROM customers WHERE {_in('signup_at', start, end)}
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.2, rows
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")])


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_topic_count(cond, topics):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    truth = one(f"SELECT count(*) FROM feedback f WHERE topic IN ({', '.join(repr(t) for t in topics)})")
    assert abs(n - truth) <= max(1, 0.05 * truth), (n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.02):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=tol)


def top_neg_count(col, cond="1=1", gap=1.1):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE f.sentiment_label = 'neg' AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


def top_fb_count(col, cond="1=1", gap=1.1):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


def top_rating(col, cond="1=1", lowest=True, gap=0.15):
    rows = q(f"""SELECT {col}, avg(rating) r FROM feedback f WHERE rating IS NOT NULL AND {col} IS NOT NULL
                 AND {cond} GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[1][1] - rows[0][1]) > gap, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-07-01", "2026-07-31")
Y26 = ("2026-01-01", "2026-07-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
MARAPR = ("2026-03-01", "2026-04-30")
JANFEB = ("2026-01-01", "2026-02-28")
FINES = ("2026-05-01", "2026-07-31")
WINTER = ("2025-12-01", "2026-02-28")
TRIP_RATING = "f.channel = 'trip_rating'"
LOW_EV = "o.fuel_type = 'EV' AND o.battery_pct_at_start < 20"
NEG = "f.sentiment_label = 'neg'"
LICENCE = "(f.text LIKE '%驾照%' OR f.text LIKE '%驾驶证%' OR lower(f.text) LIKE '%licen%')"
FINE = ("(f.text LIKE '%罚单%' OR f.text LIKE '%贴条%' OR f.text LIKE '%罚款%' OR lower(f.text) LIKE '%parking ticket%' "
        "OR lower(f.text) LIKE '%parking fine%')")
LOWBATT = ("(f.text LIKE '%电量%' OR f.text LIKE '%没什么电%' OR f.text LIKE '%亏电%' OR lower(f.text) LIKE '%battery%')")
DIRTY = "(f.text LIKE '%脏%' OR f.text LIKE '%卫生%' OR lower(f.text) LIKE '%dirty%' OR lower(f.text) LIKE '%filthy%')"
UNLOCK = ("(f.text LIKE '%开锁%' OR f.text LIKE '%解锁%' OR f.text LIKE '%车门打不开%' OR lower(f.text) LIKE '%unlock%')")


def gold() -> dict:
    return {
        # ---- funnels
        "cs01": lambda: conv("onboarding", *quarter(2025, 4)),
        "cs02": lambda: conv("onboarding", *MARAPR, a=2, b=3),
        "cs03": lambda: conv("onboarding", *JANFEB, a=2, b=3),
        "cs04": lambda: top_lost("trip_flow", *ALL),
        "cs05": lambda: conv("trip_flow", *month(2026, 6)),
        "cs06": lambda: top_conv("onboarding", *ALL, "acquisition_channel"),
        "cs07": lambda: conv("monthly_pass", *H1_26),
        "cs08": lambda: conv("trip_flow", *quarter(2026, 1), a=2, b=3, drop=True),
        # ---- licence
        "cs10": lambda: licence_fail_rate(*month(2026, 4)),
        "cs11": lambda: licence_fail_rate(*month(2026, 2)),
        "cs12": lambda: top_licence_fail("ocr_vendor", *ALL),
        "cs13": lambda: events_at("tp_licence_upload", *ALL, "e.licence_check_result = 'fail'"),
        # ---- money
        "cs15": lambda: orders(*quarter(2026, 2)),
        "cs16": lambda: orders(*month(2026, 5), agg="avg(o.amount)"),
        "cs17": lambda: top_orders("o.city", *ALL),
        "cs18": lambda: top_orders("o.price_plan", *ALL, agg="avg(o.amount)"),
        "cs19": lambda: orders(*Y26, agg="count(*)", status="'refunded'", nd=0) | {"tolerance": 0.5},
        "cs20": lambda: orders(*Y26, agg="count(*)", status="'disputed'", nd=0) | {"tolerance": 0.5},
        "cs21": lambda: refund_rate(*ALL, LOW_EV),
        "cs22": lambda: refund_rate(*ALL, "o.fuel_type = 'EV' AND o.battery_pct_at_start >= 20"),
        "cs23": lambda: orders(*H2_25),
        "cs25": lambda: orders(*month(2026, 7), agg="sum(o.amount)", cond="o.city = 'Shenzhen'"),
        # ---- numeric thresholds / trips
        "cs26": lambda: trips(*Y26, cond="o.trip_km > 50", tol=0.5),
        "cs27": lambda: _share(*quarter(2026, 2), "o.trip_minutes > 120", "1=1"),
        "cs28": lambda: trips(*quarter(2026, 1), agg="avg(o.trip_km)", cond="o.fuel_type = 'EV'", tol=0.5),
        "cs29": lambda: _share(*ALL, "o.battery_pct_at_start < 20", "o.fuel_type = 'EV'"),
        "cs30": lambda: trips(*H1_26, cond=LOW_EV, tol=0.5),
        "cs31": lambda: trips(*month(2026, 7), agg="avg(o.trip_minutes)", cond="o.city = 'Shenzhen'", tol=2.0),
        "cs32": lambda: trips(*month(2026, 3), tol=0.5),
        # ---- ratings
        "cs34": lambda: fb_avg("rating", TRIP_RATING + " AND f.fuel_type = 'EV' AND f.battery_pct_at_start < 20"),
        "cs35": lambda: fb_avg("rating", TRIP_RATING + " AND f.fuel_type = 'EV' AND f.battery_pct_at_start >= 20"),
        "cs36": lambda: top_rating("f.car_model", TRIP_RATING),
        "cs37": lambda: fb_avg("rating", TRIP_RATING + " AND " + _in("f.ts", *quarter(2026, 2))),
        "cs38": lambda: top_rating("f.app_version", "f.channel = 'app_review'", gap=0.2),
        "cs39": lambda: top_rating("f.fuel_type", TRIP_RATING, gap=0.1),
        # ---- parking fines
        "cs40": lambda: top_events("tp_parking_fine", "e.city", *FINES, gap=2),
        "cs41": lambda: fines_per_trip(*FINES, "Shenzhen"),
        "cs42": lambda: fines_per_trip("2026-01-01", "2026-04-30", "Shenzhen"),
        "cs43": lambda: top_events("tp_parking_fine", "e.zone", *FINES, gap=2, cond="e.city = 'Shenzhen'"),
        "cs44": lambda: top_fine_growth(*quarter(2026, 1), *quarter(2026, 2)),
        # ---- unlock / service
        "cs46": lambda: unlock_fail_rate(*month(2025, 12), "e.device = 'android'"),
        "cs47": lambda: unlock_fail_rate(*month(2025, 12), "e.device = 'ios'"),
        "cs48": lambda: top_events("tp_unlock_fail", "e.fail_reason", *ALL, gap=1.5),
        "cs49": lambda: events_at("tp_unlock_fail", *month(2026, 7)),
        "cs50": lambda: events_at("tp_car_dirty", *Y26),
        "cs51": lambda: users_at("tp_damage_report", *quarter(2025, 4)),
        "cs52": lambda: events_at("tp_support_call", *month(2026, 3)),
        "cs53": lambda: top_events("tp_low_battery", "e.city", *WINTER, gap=1.5),
        # ---- repeat / customers
        "cs55": lambda: repeat_within(*month(2026, 1), 30),
        "cs56": lambda: heavy_share(*quarter(2026, 2), 3),
        "cs57": lambda: trips_per_pass_buyer(),
        "cs58": lambda: riders(*month(2026, 7)),
        "cs59": lambda: users_at("tp_account_close", *H1_26),
        "cs60": lambda: customers_count("c.region = 'Shanghai'"),
        "cs61": lambda: customers_count("c.acquisition_channel = 'referral'"),
        "cs63": lambda: top_signup_channel(*Y26),
        # ---- feedback
        "cs65": lambda: fb_topic_count(LICENCE, ["licence"]),
        "cs66": lambda: fb_topic_count(FINE, ["fine"]),
        "cs67": lambda: fb_topic_count(LOWBATT, ["low_battery"]),
        "cs68": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 2))),
        "cs69": lambda: top_fb_count("f.touchpoint_id", "f.channel = 'ticket' AND " + _in("f.ts", *month(2026, 4)), gap=2),
        "cs70": lambda: feedback_ids(DIRTY),
        "cs71": lambda: feedback_ids(LICENCE),
        "cs72": lambda: fb_count("f.ts IS NULL"),
        "cs73": lambda: fb_avg("rating", "f.channel = 'app_review'"),
        "cs74": lambda: top_fb_count("f.touchpoint_id", "f.channel = 'ticket'"),
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
        print(it["id"], it["question"][:70], shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
