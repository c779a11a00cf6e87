"""Gold answers for the ride-hailing (快嘀出行 / QuickDi Rides) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md (a customer reaches step k with an event at step k's touchpoint after step k-1, within the
  journey window from their first step-1 event in the period); each rate is computed with and without requiring
  later steps inside the period and the tolerance covers both, unless the question says later steps count;
- dispatch rates are per ride request (every request has one `ride_id` and at most one outcome event):
  answer rate (应答率) = tp_matched events / tp_request events; rider cancellation rate = tp_rider_cancel events /
  tp_request events; no-driver rate = tp_no_driver / tp_request; all by event date in the period (requests and
  their outcomes fall within minutes of each other; the tolerance covers counting by the request's own time);
- "night" / "22:00–02:00" = hours 22, 23, 0, 1 of the event's own timestamp (the tolerance covers the request's hour);
- pickup wait (等待时间 / 接驾时间) = `wait_minutes` on tp_pickup events (time from match to pickup);
- "riders / users / people who did X" = distinct customers with an event at X's touchpoint in the period;
  "how many trips / times / requests / no-shows" = event rows (exact duplicate event rows loaded once);
- payment failure rate = tp_payment_fail events / (tp_payment + tp_payment_fail events), by the event's
  `payment_method`;
- money = paid orders (CNY) unless the question names a status; trip fare revenue = order_type trip + airport;
  refund rate = refunded / all orders by order date;
- customer-level facts at the end of the data (RidePass holder, city) come from customers.tier / region;
- "all trip ratings (stars only included)" = `stars` on tp_rating events; written rating comments = feedback rows
  with channel trip_rating;
- feedback "negative" = `sentiment_label = neg`; topic counts use text markers with a 5 % tolerance; "all data"
  includes comments without a date; a comment's city / car type / driver are its own columns;
- periods are inclusive calendar dates; relative periods resolve against `as_of` (else 2026-07-31);
  "last week" = the previous Monday–Sunday.
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
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'driver_id': 'VARCHAR'}})""")
    dup = CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0]
    assert dup == 0, "duplicate event_id with different content"
    CON.execute("""CREATE TABLE req AS SELECT ride_id, ts AS req_ts, customer_id, city, car_type, trip_type,
                   surge_multiplier FROM events WHERE touchpoint_id = 'tp_request'""")
    assert CON.execute("SELECT count(*) - count(DISTINCT ride_id) FROM req").fetchone()[0] == 0


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


NIGHT_E = "hour(e.ts) IN (22, 23, 0, 1)"
NIGHT_R = "hour(r.req_ts) IN (22, 23, 0, 1)"


# ---------- funnels (DATA.md rule) ----------

def _steps(journey: str) -> tuple[list[str], int]:
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", journey)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey: str, start: str, end: str, cust: str | None = None, bounded: bool = False) -> list[int]:
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
        bb = b or len(c)
        vals.append(c[bb - 1] / c[a - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_open(journey, start, end, a=1, b=None, **kw):
    c = funnel(journey, start, end, **kw)
    return dict(value=round(c[(b or len(c)) - 1] / c[a - 1], 4), tolerance=0.01)


def top_lost(journey, start, end, **kw):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, a=1, b=None, min_n=50):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v}'")
        if c[a - 1] >= min_n:
            rates[v] = c[(b or len(c)) - 1] / c[a - 1]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > 0.04, f"not clear: {rates}"
    return dict(top_entity=order[0])


# ---------- dispatch (per request) ----------

def req_rate(outcome_tp, start, end, cond="1=1", night=False):
    """outcome events / request events in the period (event dates); tolerance covers the request-time reading."""
    ne = f" AND {NIGHT_E}" if night else ""
    a = one(f"""SELECT count(*) FILTER (WHERE e.touchpoint_id = '{outcome_tp}') * 1.0
                       / count(*) FILTER (WHERE e.touchpoint_id = 'tp_request')
                FROM events e JOIN customers c USING (customer_id) WHERE {_in('e.ts', start, end)} AND ({cond}){ne}""")
    nr = f" AND {NIGHT_R}" if night else ""
    # request-time reading
    cond_r = cond.replace("e.", "r.")
    b = one(f"""SELECT avg((o.ride_id IS NOT NULL)::int) FROM req r JOIN customers c USING (customer_id)
                LEFT JOIN (SELECT ride_id FROM events WHERE touchpoint_id = '{outcome_tp}') o USING (ride_id)
                WHERE {_in('r.req_ts', start, end)} AND ({cond_r}){nr}""")
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def top_req_rate(outcome_tp, start, end, col, cond="1=1", lowest=False, night=False):
    ne = f" AND {NIGHT_E}" if night else ""
    rows = q(f"""SELECT {col}, count(*) FILTER (WHERE e.touchpoint_id = '{outcome_tp}') * 1.0
                        / count(*) FILTER (WHERE e.touchpoint_id = 'tp_request') r
                 FROM events e JOIN customers c USING (customer_id)
                 WHERE {_in('e.ts', start, end)} AND ({cond}){ne} AND {col} IS NOT NULL
                 GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[0][1] - rows[1][1]) > 0.03, rows
    return dict(top_entity=rows[0][0])


def avg_ev(col, tp, start, end, cond="1=1", night=False, tol=None):
    ne = f" AND {NIGHT_E}" if night else ""
    a = one(f"""SELECT avg(e.{col}) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}){ne}""")
    tol_ = tol if tol is not None else max(0.05, abs(a) * 0.01)
    if night:   # reading by the request's hour
        b = one(f"""SELECT avg(e.{col}) FROM events e JOIN req r USING (ride_id) JOIN customers c
                    ON c.customer_id = e.customer_id
                    WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {NIGHT_R}""")
        tol_ = max(tol_, abs(a - b) + 0.05)
    return dict(value=round(a, 3), tolerance=round(tol_, 3))


def top_avg_ev(col, tp, start, end, by, cond="1=1", night=False):
    ne = f" AND {NIGHT_E}" if night else ""
    rows = q(f"""SELECT {by}, avg(e.{col}) v FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}){ne}
                 GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * 1.2, rows
    return dict(top_entity=rows[0][0])


def share_req(cond_share, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({cond_share})::int) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = 'tp_request' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- counts ----------

def users_at(tp, start, end, cond="1=1"):
    n = one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp)
    return dict(value=n, tolerance=0.5)


def events_at(tp, start, end, cond="1=1"):
    n = one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp)
    return dict(value=n, tolerance=0.5)


def top_events(tp, start, end, column, cond="1=1"):
    rows = q(f"""SELECT {column}, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) AND {column} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * 1.25, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


# ---------- payments ----------

def pay_fail_rate(start, end, cond="1=1"):
    v = one(f"""SELECT avg((e.touchpoint_id = 'tp_payment_fail')::int) FROM events e
                WHERE e.touchpoint_id IN ('tp_payment', 'tp_payment_fail') AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_pay_fail(start, end):
    rows = q(f"""SELECT payment_method, avg((touchpoint_id = 'tp_payment_fail')::int) r FROM events
                 WHERE touchpoint_id IN ('tp_payment', 'tp_payment_fail') AND {_in('ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * 2, rows
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def orders(start, end, agg="sum", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg}(o.amount) FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg == "count":
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.001), 2))


def refund_rate(start, end, cond="1=1"):
    a = one(f"""SELECT avg((status = 'refunded')::int) FROM orders o WHERE {_in('ts', start, end)} AND ({cond})""")
    return dict(value=round(a, 4), tolerance=0.005)


def top_orders(col, start, end, cond="1=1", agg="sum(o.amount)", status="paid"):
    rows = q(f"""SELECT {col}, {agg} n FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = '{status}' AND {_in('o.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.08, rows[:3]
    return dict(top_entity=rows[0][0])


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


def fb_avg(col, cond, tol=0.02):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    v = one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}")
    return dict(value=round(v, 4), tolerance=tol)


def top_rating(col, cond="1=1"):
    rows = q(f"""SELECT {col}, avg(rating) r FROM feedback f
                 WHERE rating IS NOT NULL AND {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY r""")
    assert rows[1][1] - rows[0][1] > 0.2, rows[:3]
    return dict(top_entity=rows[0][0])


def top_neg(col, cond="1=1"):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f
                 WHERE f.sentiment_label = 'neg' AND {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.2, rows[:3]
    return dict(top_entity=rows[0][0])


def top_neg_share(col, cond="1=1"):
    rows = q(f"""SELECT {col}, avg((f.sentiment_label = 'neg')::int) r FROM feedback f
                 WHERE {col} IS NOT NULL AND {cond} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + 0.04, rows
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-01-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
Y26 = ("2026-01-01", "2026-07-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
MAR_JUL = ("2026-03-01", "2026-07-31")

NEG = "f.sentiment_label = 'neg'"
TRIPS = "o.order_type IN ('trip', 'airport')"
DIRTY = ("(f.text LIKE '%脏%' OR f.text LIKE '%烟味%' OR f.text LIKE '%异味%' OR f.text LIKE '%卫生%' "
         "OR f.text LIKE '%不干净%' OR lower(f.text) LIKE '%dirty%' OR lower(f.text) LIKE '%filthy%' "
         "OR lower(f.text) LIKE '%smell%' OR lower(f.text) LIKE '%not clean%')")
SURGE = ("(f.text LIKE '%溢价%' OR f.text LIKE '%加价%' OR f.text LIKE '%调价%' OR f.text LIKE '%倍%' "
         "OR lower(f.text) LIKE '%surge%' OR lower(f.text) LIKE '%prices jump%')")
UNIONPAY = "(f.text LIKE '%云闪付%' OR lower(f.text) LIKE '%unionpay%')"
APPBUG = ("(f.text LIKE '%定位%' OR f.text LIKE '%闪退%' OR f.text LIKE '%地图%' OR f.text LIKE '%上车点%' "
          "OR lower(f.text) LIKE '%pickup pin%' OR lower(f.text) LIKE '%crash%' OR lower(f.text) LIKE '%gps%')")
WAIT = ("(f.text LIKE '%等了%' OR f.text LIKE '%等车%' OR f.text LIKE '%接驾太慢%' OR lower(f.text) LIKE '%wait%' "
        "OR lower(f.text) LIKE '%pickup took%' OR lower(f.text) LIKE '%too far%')")
NOSHOW = ("(f.text LIKE '%爽约%' OR f.text LIKE '%又不来%' OR f.text LIKE '%让我取消%' OR f.text LIKE '%让我自己取消%' "
          "OR lower(f.text) LIKE '%no-show%' OR lower(f.text) LIKE '%never showed%' OR lower(f.text) LIKE '%asked me to cancel%')")


def gold() -> dict:
    return {
        # ---- funnels
        "rh01": lambda: conv("ride_to_pay", *quarter(2026, 2)),
        "rh02": lambda: top_lost("ride_to_pay", *month(2026, 6)),
        "rh03": lambda: conv_open("first_ride", *H2_25),
        "rh04": lambda: top_conv("first_ride", *ALL, "acquisition_channel", lowest=True),
        "rh05": lambda: conv("pass_signup", *ALL, a=1, b=2),
        "rh06": lambda: conv("pass_signup", *ALL, a=2, b=3),
        # ---- dispatch
        "rh10": lambda: req_rate("tp_matched", *month(2026, 7)),
        "rh11": lambda: req_rate("tp_matched", *Y26, cond="e.city = '成都'", night=True),
        "rh12": lambda: req_rate("tp_matched", *Y26, cond="e.city = '上海'", night=True),
        "rh13": lambda: top_avg_ev("wait_minutes", "tp_pickup", *ALL, "e.city", night=True),
        "rh14": lambda: avg_ev("wait_minutes", "tp_pickup", *H1_26, cond="e.city = '成都'", night=True),
        "rh15": lambda: avg_ev("wait_minutes", "tp_pickup", *quarter(2026, 1)),
        "rh16": lambda: req_rate("tp_rider_cancel", *month(2026, 6)),
        "rh17": lambda: req_rate("tp_rider_cancel", *month(2026, 6), cond="c.primary_device = 'android'"),
        "rh18": lambda: req_rate("tp_rider_cancel", *ALL, cond="e.surge_multiplier >= 1.8"),
        "rh19": lambda: req_rate("tp_rider_cancel", *ALL, cond="e.surge_multiplier = 1.0"),
        "rh20": lambda: top_events("tp_rider_cancel", *ALL, "e.cancel_reason", "e.surge_multiplier >= 1.5"),
        "rh21": lambda: top_events("tp_rider_cancel", *ALL, "e.cancel_reason", f"e.city = '成都' AND {NIGHT_E}"),
        "rh22": lambda: top_events("tp_driver_cancel", *ALL, "e.driver_id"),
        "rh23": lambda: events_at("tp_driver_cancel", *ALL, "e.driver_id = 'SZ0017'"),
        "rh24": lambda: events_at("tp_driver_cancel", *quarter(2026, 2)),
        "rh25": lambda: events_at("tp_no_driver", *month(2026, 5)),
        "rh26": lambda: top_req_rate("tp_no_driver", *H1_26, "e.car_type"),
        "rh27": lambda: req_rate("tp_matched", *quarter(2026, 2), cond="e.car_type = 'premium'"),
        "rh28": lambda: events_at("tp_trip_complete", *quarter(2026, 1), "e.trip_type = 'airport'"),
        "rh29": lambda: events_at("tp_trip_complete", *Y25),
        "rh30": lambda: avg_ev("trip_km", "tp_trip_complete", *quarter(2026, 2), cond="e.city = '杭州'"),
        "rh31": lambda: users_at("tp_trip_complete", *Y25),
        "rh32": lambda: users_at("tp_request", "2026-07-13", "2026-07-19"),
        "rh33": lambda: users_at("tp_register", *month(2026, 7)),
        "rh34": lambda: share_req("e.surge_multiplier > 1.0", *Y26),
        "rh36": lambda: events_at("tp_request", "2026-05-11", "2026-05-17", "e.city = '深圳'"),
        # ---- payments
        "rh40": lambda: pay_fail_rate(*MAR_JUL, "e.payment_method = 'unionpay'"),
        "rh41": lambda: pay_fail_rate(*MAR_JUL, "e.payment_method = 'wechat_pay'"),
        "rh42": lambda: top_pay_fail(*MAR_JUL),
        "rh43": lambda: pay_fail_rate(*Y25, "e.payment_method = 'unionpay'"),
        "rh44": lambda: events_at("tp_payment_fail", *month(2026, 4)),
        "rh45": lambda: users_at("tp_payment_fail", *month(2026, 5)),
        # ---- orders
        "rh50": lambda: orders(*quarter(2026, 2)),
        "rh51": lambda: orders(*Y25, cond="o.order_type = 'airport'"),
        "rh52": lambda: orders(*Y26, agg="avg", cond="o.order_type = 'trip' AND o.car_type = 'premium'"),
        "rh53": lambda: refund_rate(*H1_26),
        "rh54": lambda: orders(*ALL, status="refunded"),
        "rh55": lambda: orders(*Y26, cond="o.order_type IN ('pass_purchase', 'pass_renewal')"),
        "rh56": lambda: top_orders("o.city", *Y25),
        "rh57": lambda: orders(*quarter(2026, 2), agg="count", cond="o.order_type = 'cancel_fee'"),
        "rh59": lambda: orders(*month(2026, 5), agg="avg", cond=TRIPS),
        # ---- customers
        "rh60": lambda: customers_count("c.tier = 'ridepass'"),
        "rh61": lambda: customers_count("c.region = '杭州'"),
        "rh62": lambda: customers_count("c.acquisition_channel = 'corporate'"),
        # ---- feedback
        "rh70": lambda: top_rating("f.car_type", "f.channel = 'trip_rating'"),
        "rh71": lambda: feedback_ids(f"f.car_type = 'premium' AND {DIRTY}"),
        "rh72": lambda: fb_topic_count(DIRTY),
        "rh73": lambda: fb_topic_count(SURGE),
        "rh74": lambda: fb_topic_count(UNIONPAY),
        "rh75": lambda: fb_avg("rating", f"f.channel = 'trip_rating' AND {_in('f.ts', *quarter(2026, 2))}"),
        "rh84": lambda: avg_ev("stars", "tp_rating", *quarter(2026, 2), tol=0.02),
        "rh76": lambda: fb_ratio(NEG, _in("f.ts", *H1_26)),
        "rh77": lambda: fb_count("f.ts IS NULL"),
        "rh78": lambda: events_at("tp_cs_ticket", *month(2026, 6)),
        "rh79": lambda: fb_avg("nps", "1=1", tol=0.05),
        "rh80": lambda: top_neg_share("f.city", "f.channel <> 'ticket'"),
        "rh81": lambda: top_neg("f.touchpoint_id", _in("f.ts", *Y26)),
        "rh82": lambda: feedback_ids(f"f.city = '成都' AND {WAIT} AND {NEG}"),
        "rh83": lambda: fb_topic_count(APPBUG),
        "rh85": lambda: fb_topic_count(NOSHOW),
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
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
