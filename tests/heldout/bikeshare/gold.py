"""Gold answers for the QingQi 青骑单车 bike-sharing held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (customers are people, not sessions);
  `conv` computes each rate with and without requiring later steps to fall inside the period, and the tolerance
  covers both readings. Funnel filters on people (channel, student, city) use the customers table;
- a ride = one order with order_type 'ride' (every completed ride has exactly one, whatever its status; it is also one
  tp_lock event). A ride's date is its order ts (payment, seconds after the lock); every ride count is also computed
  from tp_lock events and the tolerance covers the difference. Ride attributes (city, district, bike_type,
  ride_minutes, distance_km, battery_level at unlock, weather of that city-day, time_of_day) are read from the ride;
- "riders" = distinct customers with a ride in the period; "customers" = rows of the customers table;
- money = orders with status 'paid' (refunded fines/passes/rides are not revenue). Ride fare revenue = paid ride
  orders; pass revenue = paid pass orders (new and renewal); total revenue = all paid orders (rides + passes + fines);
  "charged rides" = paid ride orders with amount > 0 (rides covered by a pass cost 0);
- unlock failure rate = tp_unlock_fail events / (tp_unlock + tp_unlock_fail events) — attempts, not people;
- out-of-zone fines per ride = tp_out_of_zone_fine events / rides in the same city and period (= share of rides with
  parking_zone_ok = 0); dispute share = fines with a tp_fine_dispute / fines; upheld share = disputes with
  dispute_result 'upheld' / disputes (by the fine's date or the dispute's date, tolerance covers both);
- credit check pass rate = tp_credit_check events with credit_result 'pass' / all tp_credit_check events;
- rainy = weather light_rain or heavy_rain; "rides per day" in a weather = rides / distinct city-days seen with that
  weather (days counted on the ride's date; the tolerance covers counting the day of the unlock instead);
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  complaint-topic counts use text markers with a 5 % tolerance, checked against the truth topic; "all feedback"
  includes comments without a date; ratings = the `rating` column (ride ratings and app reviews), NPS = `nps` (survey);
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of` (else 2026-08-31).
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
    for t in ("touchpoints", "customers", "journeys"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, sample_size=-1)")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    sample_size=-1, types={{'app_version': 'VARCHAR', 'lock_firmware': 'VARCHAR', 'ts': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    sample_size=-1, types={{'app_version': 'VARCHAR', 'ts': 'TIMESTAMP', 'survey_wave': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}',
                    header=true)""")
    CON.execute("CREATE VIEW rides AS SELECT * FROM orders WHERE order_type = 'ride'")
    CON.execute("CREATE VIEW locks AS SELECT * FROM events WHERE touchpoint_id = 'tp_lock'")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    assert one("SELECT count(*) FROM rides") == one("SELECT count(*) FROM locks")
    assert one("SELECT count(*) FROM feedback f LEFT JOIN truth t USING (feedback_id) WHERE t.topic IS NULL") == 0


def q(sql: str, *params):
    return CON.execute(sql, list(params)).fetchall()


def one(sql: str, *params):
    return q(sql, *params)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def _tol(a, b, floor):
    return round(max(floor, abs(a - b) + floor / 2), 4)


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
    return dict(value=round(vals[0], 4), tolerance=_tol(vals[0], vals[1], 0.01))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.15, f"top step not clear: {lost}"
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, min_n=100, gap=0.03):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.{column} = '{v}'")
        if c[0] >= min_n:
            rates[v] = c[-1] / c[0]
    order = sorted(rates, key=rates.get, reverse=True)
    assert rates[order[0]] - rates[order[1]] > gap, f"not clear: {rates}"
    return dict(top_entity=order[0])


# ---------- rides ----------

def ride_count(start, end, cond="1=1"):
    a = one(f"SELECT count(*) FROM rides WHERE {_in('ts', start, end)} AND ({cond})")
    b = one(f"SELECT count(*) FROM locks WHERE {_in('ts', start, end)} AND ({cond})")
    return dict(value=a, tolerance=_tol(a, b, 1.0) if a != b else 0.5)


def ride_share(start, end, num, cond="1=1"):
    a = one(f"SELECT avg(({num})::int) FROM rides WHERE {_in('ts', start, end)} AND ({cond})")
    b = one(f"SELECT avg(({num})::int) FROM locks WHERE {_in('ts', start, end)} AND ({cond})")
    return dict(value=round(a, 4), tolerance=_tol(a, b, 0.01))


def ride_avg(start, end, col, cond="1=1", floor=0.2):
    a = one(f"SELECT avg({col}) FROM rides WHERE {_in('ts', start, end)} AND ({cond})")
    b = one(f"SELECT avg({col}) FROM locks WHERE {_in('ts', start, end)} AND ({cond})")
    return dict(value=round(a, 3), tolerance=_tol(a, b, floor))


def riders(start, end, cond="1=1"):
    a = one(f"SELECT count(DISTINCT customer_id) FROM rides WHERE {_in('ts', start, end)} AND ({cond})")
    b = one(f"SELECT count(DISTINCT customer_id) FROM locks WHERE {_in('ts', start, end)} AND ({cond})")
    return dict(value=a, tolerance=_tol(a, b, 1.0) if a != b else 0.5)


def top_rides(col, start, end, cond="1=1", gap=1.08):
    rows = q(f"""SELECT {col}, count(*) n FROM rides WHERE {_in('ts', start, end)} AND ({cond})
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


def top_month(start, end):
    rows = q(f"""SELECT strftime(ts, '%Y-%m') m, count(*) n FROM rides WHERE {_in('ts', start, end)}
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.05, rows[:3]
    return dict(top_entity=rows[0][0])


def growth(m1, m2):
    a = one(f"SELECT count(*) FROM rides WHERE {_in('ts', *m1)}")
    b = one(f"SELECT count(*) FROM rides WHERE {_in('ts', *m2)}")
    return dict(value=round(b / a - 1, 4), tolerance=0.02)


def per_day(start, end, city, weather):
    a = one(f"""SELECT count(*) / count(DISTINCT ts::date) FROM rides WHERE city = '{city}' AND weather = '{weather}'
                AND {_in('ts', start, end)}""")
    b = one(f"""SELECT count(*) / count(DISTINCT ts::date) FROM events WHERE touchpoint_id = 'tp_unlock'
                AND city = '{city}' AND weather = '{weather}' AND {_in('ts', start, end)}""")
    return dict(value=round(a, 3), tolerance=_tol(a, b, 0.3))


# ---------- unlocks, credit ----------

def unlock_fail_rate(start, end, cond="1=1"):
    v = one(f"""SELECT avg((touchpoint_id = 'tp_unlock_fail')::int) FROM events
                WHERE touchpoint_id IN ('tp_unlock', 'tp_unlock_fail') AND {_in('ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_fail_rate(col, start, end, gap=0.03):
    rows = q(f"""SELECT {col}, avg((touchpoint_id = 'tp_unlock_fail')::int) r FROM events
                 WHERE touchpoint_id IN ('tp_unlock', 'tp_unlock_fail') AND {_in('ts', start, end)} GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] + gap, rows
    return dict(top_entity=rows[0][0])


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events WHERE touchpoint_id = ? AND {_in('ts', start, end)} AND ({cond})",
                          tp), tolerance=0.5)


def users_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"""SELECT count(DISTINCT customer_id) FROM events WHERE touchpoint_id = ?
                              AND {_in('ts', start, end)} AND ({cond})""", tp), tolerance=0.5)


def top_events(tp, col, start, end, cond="1=1", gap=1.15):
    rows = q(f"""SELECT {col}, count(*) n FROM events WHERE touchpoint_id = ? AND {_in('ts', start, end)}
                 AND {col} IS NOT NULL AND ({cond}) GROUP BY 1 ORDER BY n DESC""", tp)
    assert rows[0][1] > rows[1][1] * gap, rows[:3]
    return dict(top_entity=str(rows[0][0]))


def credit_pass(cond="1=1"):
    v = one(f"""SELECT avg((e.credit_result = 'pass')::int) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = 'tp_credit_check' AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- money ----------

def money(start, end, types, agg="sum(amount)", cond="1=1", nd=2):
    v = one(f"""SELECT {agg} FROM orders WHERE status = 'paid' AND order_type IN ({types}) AND {_in('ts', start, end)}
                AND ({cond})""")
    v = round(float(v), nd)
    return dict(value=v, tolerance=max(0.5, round(abs(v) * 0.002, 2)))


def top_money(col, types, start, end, gap=1.08):
    rows = q(f"""SELECT {col}, sum(amount) v FROM orders WHERE status = 'paid' AND order_type IN ({types})
                 AND {_in('ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=str(rows[0][0]))


def renewal_share(start, end):
    a = one(f"SELECT avg(is_renewal) FROM orders WHERE order_type = 'pass' AND status = 'paid' AND {_in('ts', start, end)}")
    b = one(f"SELECT avg(is_renewal) FROM orders WHERE order_type = 'pass' AND {_in('ts', start, end)}")
    return dict(value=round(a, 4), tolerance=_tol(a, b, 0.01))


def new_passes(start, end):
    a = one(f"SELECT count(*) FROM events WHERE touchpoint_id = 'tp_pass_buy' AND {_in('ts', start, end)}")
    b = one(f"""SELECT count(*) FROM orders WHERE order_type = 'pass' AND is_renewal = 0 AND status = 'paid'
                AND {_in('ts', start, end)}""")
    return dict(value=a, tolerance=_tol(a, b, 1.0))


# ---------- fines ----------

def fines_per_ride(start, end, city):
    fines = one(f"""SELECT count(*) FROM events WHERE touchpoint_id = 'tp_out_of_zone_fine' AND city = '{city}'
                    AND {_in('ts', start, end)}""")
    n = one(f"SELECT count(*) FROM rides WHERE city = '{city}' AND {_in('ts', start, end)}")
    b = one(f"SELECT avg((parking_zone_ok = 0)::int) FROM rides WHERE city = '{city}' AND {_in('ts', start, end)}")
    a = fines / n
    return dict(value=round(a, 4), tolerance=_tol(a, b, 0.01))


def dispute_share(start, end, city):
    fines = f"""SELECT order_id FROM orders WHERE order_type = 'fine' AND city = '{city}' AND {_in('ts', start, end)}"""
    a = one(f"""SELECT avg((d.order_id IS NOT NULL)::int) FROM ({fines}) f LEFT JOIN
                (SELECT DISTINCT order_id FROM events WHERE touchpoint_id = 'tp_fine_dispute') d USING (order_id)""")
    nd = one(f"""SELECT count(*) FROM events WHERE touchpoint_id = 'tp_fine_dispute' AND city = '{city}'
                 AND {_in('ts', start, end)}""")
    b = nd / one(f"SELECT count(*) FROM ({fines})")
    return dict(value=round(a, 4), tolerance=_tol(a, b, 0.01))


def upheld_share(start, end, city):
    a = one(f"""SELECT avg((dispute_result = 'upheld')::int) FROM events WHERE touchpoint_id = 'tp_fine_dispute'
                AND city = '{city}' AND {_in('ts', start, end)}""")
    b = one(f"""SELECT avg((d.dispute_result = 'upheld')::int) FROM events d JOIN orders o USING (order_id)
                WHERE d.touchpoint_id = 'tp_fine_dispute' AND o.city = '{city}' AND {_in('o.ts', start, end)}""")
    return dict(value=round(a, 4), tolerance=_tol(a, b, 0.01))


def top_fine_growth(s1, e1, s2, e2):
    rows = q(f"""SELECT city, count(*) FILTER (WHERE {_in('ts', s2, e2)}) - count(*) FILTER (WHERE {_in('ts', s1, e1)}) d
                 FROM events WHERE touchpoint_id = 'tp_out_of_zone_fine' GROUP BY 1 ORDER BY d DESC""")
    assert rows[0][1] > max(1, rows[1][1]) * 3, rows
    return dict(top_entity=rows[0][0])


# ---------- customers ----------

def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


# ---------- feedback ----------

def fb_topic_count(marker, topics, cond="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE ({marker}) AND ({cond})")
    tl = ", ".join(repr(t) for t in topics)
    truth = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE t.topic IN ({tl}) AND ({cond})")
    assert abs(n - truth) <= max(1, 0.05 * truth), (n, truth)
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_neg_share(cond):
    v = one(f"SELECT avg((t.sentiment = 'neg')::int) FROM feedback f JOIN truth t USING (feedback_id) WHERE {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def fb_avg(col, cond, alt=None, tol=0.02):
    a = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND ({cond})")
    b = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND ({alt})") if alt else a
    return dict(value=round(a, 3), tolerance=_tol(a, b, tol))


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def top_fb(col, cond="1=1", gap=1.5):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * gap, rows
    return dict(top_entity=rows[0][0])


def top_rating(col, cond="1=1", gap=0.3):
    rows = q(f"""SELECT {col}, avg(rating) r, count(*) n FROM feedback f WHERE rating IS NOT NULL AND {col} IS NOT NULL
                 AND ({cond}) GROUP BY 1 HAVING count(*) >= 20 ORDER BY r""")
    assert rows[1][1] - rows[0][1] > gap, rows[:3]
    return dict(top_entity=rows[0][0])


def feedback_ids(topics):
    tl = ", ".join(repr(t) for t in topics)
    return dict(citations_from=[r[0] for r in q(f"""SELECT feedback_id FROM feedback f JOIN truth t USING (feedback_id)
                                                    WHERE t.topic IN ({tl}) ORDER BY 1""")])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


ALL = ("2025-06-01", "2026-08-31")
Y26 = ("2026-01-01", "2026-08-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
JANFEB = ("2026-01-01", "2026-02-28")
MARMAY = ("2026-03-01", "2026-05-31")
SUMMER = ("2026-06-01", "2026-08-31")
WEEK_0413 = ("2026-04-13", "2026-04-19")
RAIN = "weather IN ('light_rain', 'heavy_rain')"
UNLOCK = ("(f.text LIKE '%开不了锁%' OR f.text LIKE '%开锁失败%' OR f.text LIKE '%解锁失败%' OR f.text LIKE '%锁没反应%' "
          "OR f.text LIKE '%锁一直打不开%' OR lower(f.text) LIKE '%unlock%' OR lower(f.text) LIKE '%lock won''t open%' "
          "OR lower(f.text) LIKE '%lock did not respond%')")
FINE = ("(f.text LIKE '%调度费%' OR f.text LIKE '%违停%' OR f.text LIKE '%停车区%' OR f.text LIKE '%停车框%' "
        "OR lower(f.text) LIKE '%out-of-zone%' OR lower(f.text) LIKE '%parking fine%' OR lower(f.text) LIKE '%dispatch fee%' "
        "OR lower(f.text) LIKE '%parking zone%')")


def gold() -> dict:
    return {
        # ---- funnels
        "bk01": lambda: conv("first_ride", *quarter(2025, 4)),
        "bk02": lambda: top_lost("first_ride", *ALL),
        "bk03": lambda: conv("first_ride", *ALL, a=3, b=4, drop=True),
        "bk04": lambda: top_conv("first_ride", *ALL, "acquisition_channel"),
        "bk05": lambda: conv("first_ride", *ALL, cust="c.acquisition_channel = 'douyin_ad'"),
        "bk06": lambda: conv("first_ride", *JANFEB, a=1, b=2),
        "bk07": lambda: conv("ride_pass", *H1_26),
        "bk08": lambda: conv("ride_pass", *H1_26, cust="c.student"),
        "bk09": lambda: conv("repair", *quarter(2026, 2)),
        "bk10": lambda: conv("ride", *month(2026, 4), cust="c.region = 'Chengdu'"),
        # ---- credit check
        "bk12": lambda: credit_pass("c.student"),
        "bk14": lambda: users_at("tp_deposit", *Y26),
        # ---- unlocks
        "bk15": lambda: unlock_fail_rate(*month(2026, 4), "city = 'Chengdu'"),
        "bk16": lambda: unlock_fail_rate(*month(2026, 4), "city = 'Beijing'"),
        "bk17": lambda: top_events("tp_unlock_fail", "fail_reason", *MARMAY, "city = 'Chengdu'", gap=2),
        "bk18": lambda: top_fail_rate("lock_firmware", *ALL),
        "bk20": lambda: events_at("tp_unlock_fail", *quarter(2026, 1)),
        "bk21": lambda: events_at("tp_unlock_fail", *WEEK_0413, "city = 'Chengdu'"),
        # ---- rides
        "bk22": lambda: top_rides("city", *H1_26),
        "bk23": lambda: ride_count(*month(2026, 3)),
        "bk24": lambda: riders(*month(2026, 8)),
        "bk25": lambda: ride_avg(*month(2026, 8), "ride_minutes"),
        "bk26": lambda: ride_avg(*month(2026, 7), "distance_km", "bike_type = 'ebike'", floor=0.05),
        "bk27": lambda: top_rides("time_of_day", *ALL),
        "bk28": lambda: ride_count(*quarter(2026, 2), "ride_minutes > 30"),
        "bk29": lambda: ride_share(*quarter(2026, 2), "ride_minutes > 30"),
        "bk30": lambda: ride_share(*ALL, "battery_level < 20", "bike_type = 'ebike'"),
        "bk31": lambda: ride_share(*ALL, "battery_level < 20", "bike_type = 'ebike' AND city = 'Wuhan'"),
        "bk32": lambda: ride_count(*Y26, "distance_km > 5"),
        "bk33": lambda: ride_share(*H2_25, "bike_type = 'ebike'"),
        "bk34": lambda: top_rides("district", "2026-01-01", "2026-08-31", "city = 'Chengdu'", gap=1.1),
        "bk35": lambda: top_month("2025-06-01", "2025-12-31"),
        "bk36": lambda: growth(month(2026, 2), month(2026, 4)),
        # ---- weather
        "bk37": lambda: per_day(*SUMMER, "Guangzhou", "heavy_rain"),
        "bk38": lambda: per_day(*SUMMER, "Guangzhou", "sunny"),
        "bk39": lambda: ride_count(*month(2026, 6), f"city = 'Shanghai' AND {RAIN}"),
        # ---- money
        "bk41": lambda: money(*quarter(2026, 2), "'ride'"),
        "bk42": lambda: money(*H2_25, "'pass'"),
        "bk43": lambda: money(*month(2026, 7), "'ride', 'pass', 'fine'"),
        "bk44": lambda: top_money("pass_type", "'pass'", *ALL),
        "bk45": lambda: renewal_share(*ALL),
        "bk46": lambda: money(*month(2026, 5), "'ride'", agg="avg(amount)", cond="amount > 0", nd=3) | {"tolerance": 0.05},
        "bk47": lambda: fb_avg("rating", "f.channel = 'app_review' AND f.app_version = '4.8.0' AND f.device = 'android'"),
        "bk47b": lambda: fb_avg("rating", "f.channel = 'app_review' AND f.app_version = '4.8.0' AND f.device = 'ios'"),
        "bk48": lambda: money(*SUMMER, "'fine'", cond="city = 'Shanghai'"),
        # ---- fines
        "bk49": lambda: fines_per_ride(*SUMMER, "Shanghai"),
        "bk50": lambda: fines_per_ride(*MARMAY, "Shanghai"),
        "bk51": lambda: top_events("tp_out_of_zone_fine", "district", *SUMMER, "city = 'Shanghai'", gap=1.5),
        "bk52": lambda: dispute_share(*SUMMER, "Shanghai"),
        "bk53": lambda: upheld_share(*SUMMER, "Shanghai"),
        "bk55": lambda: top_fine_growth(*MARMAY, *SUMMER),
        # ---- repair, passes, customers
        "bk56": lambda: top_events("tp_report_broken", "issue_type", *ALL, gap=1.3),
        "bk57": lambda: events_at("tp_report_broken", *quarter(2026, 1)),
        "bk58": lambda: new_passes(*H1_26),
        "bk59": lambda: customers_count("c.student"),
        "bk60": lambda: users_at("tp_account_close", *Y26),
        # ---- feedback
        "bk62": lambda: fb_topic_count(UNLOCK, ["unlock"]),
        "bk63": lambda: fb_topic_count(FINE, ["fine"]),
        "bk64": lambda: fb_neg_share(_in("f.ts", *SUMMER)),
        "bk65": lambda: events_at("tp_scan", *month(2025, 12), "action = 'crash' AND device = 'android'"),
        "bk66": lambda: top_rating("f.app_version", "f.channel = 'app_review'", gap=0.5),
        "bk67": lambda: feedback_ids(["battery"]),
        "bk68": lambda: top_fb("f.touchpoint_id", "f.channel = 'ticket' AND " + _in("f.ts", *SUMMER), gap=2),
        "bk69": lambda: fb_count("f.ts IS NULL"),
        "bk70": lambda: fb_avg("rating", "f.channel = 'ride_rating' AND f.bike_type = 'ebike' AND f.battery_level < 20",
                               tol=0.05),
        "bk71": lambda: fb_avg("nps", "f.survey_wave = '2026-06'", alt=_in("f.ts", *month(2026, 6)), tol=0.05),
        "bk72": lambda: fb_ratio("f.rating <= 2", "f.channel = 'ride_rating' AND f.city = 'Shanghai' AND "
                                 + _in("f.ts", *SUMMER)),
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
    status_only = []
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                status_only.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:70], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
