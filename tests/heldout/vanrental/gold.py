"""Gold answers for the 箱行 BoxRun van-rental held-out batch: plain DuckDB SQL over the raw CSVs written by
generate.py (never the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md, per person (customer_id): a customer reaches step k when they have an event at step k's
  touchpoint (any action: a failed licence check or a declined deposit hold still reaches that step) after reaching
  step k-1, within the journey window from their first step-1 event in the period (rental_booking 30 d,
  return_settlement 30 d, online_quote 7 d, repeat_booking 90 d). The tolerance covers both readings (later steps may
  fall after the period end, or not) unless the question says later steps count. "Bookings made by phone" / "app" /
  "web" filter the person's first step-1 event in the period by that event's channel; a branch filters it by its
  branch_id; a segment filters the customer (customers.segment). "Where do we lose the most" = the step whose next step
  is not reached by the most people (answer: that step's touchpoint_id). Step rates = people at step k+1 / people at
  step k of the same funnel. "Customers" / "people" = distinct customer_id;
- counts of a step = that touchpoint's events (with the stated action) in the period: bookings = tp_booking events,
  cancellations / no-shows = tp_cancel events (cancel_reason), pickups = tp_pickup events;
  shares of a step's own records: licence check failure = tp_licence_check 'fail' among tp_licence_check events
  (online = check_method other than 'counter'); damage found = tp_return_inspection 'damage_found' among inspections;
  deposit declines = tp_deposit_hold 'declined' among hold attempts; late returns = tp_return 'returned_late' among
  returns; counter wait = tp_pickup wait_min; deposit release time = tp_deposit_release days_to_release;
- money = orders with status 'paid' by order ts, `amount` in CNY (AUD / GBP / CAD converted at the fixed group rate);
  amount_local only when a local currency is asked. Revenue = rentals + extensions + add-ons + extra charges; deposits
  are never revenue (deposit orders are 'held' or 'released'); extra charges = damage_charge, fuel_charge,
  mileage_charge, late_fee, cleaning_fee; average rental value = paid rental orders' mean amount;
- zh top entities are Chinese values (branch, 车型, 获客渠道, 失败原因 ...), en ones English values (branch_en,
  vehicle_class, acquisition_channel ...) or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers (tolerance 5 %, checked against
  _truth/feedback_truth.csv); rated feedback = rows with a rating (survey, app_review, dianping, google_review);
  negative = rating 1-2; NPS = share of 9-10 minus share of 0-6 over survey rows, as a fraction;
- periods are inclusive calendar dates; relative periods resolve against the item's as_of; weeks Monday..Sunday.
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "events"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, all_varchar=true)")


def q(sql):
    return CON.execute(sql).fetchall()


def one(sql):
    return q(sql)[0][0]


def _in(col, start, end):
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join("lower(" + col + ") LIKE '%" + w.lower().replace("'", "''") + "%'" for w in words) + ")"


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _count(n):
    return dict(value=int(n), tolerance=0.5)


# ---------- funnels (per person, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    """people reaching each step; cond may use e.* (the person's first step-1 event in the period) and c.*."""
    steps, window = _steps(journey)
    lim = f"WHERE ts < DATE '{end}' + INTERVAL 1 DAY" if bounded else ""
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS SELECT customer_id, ts, touchpoint_id FROM events {lim}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS
        SELECT customer_id, t1, t1 AS t FROM (
          SELECT e.customer_id, e.ts AS t1, ({cond}) AS ok,
                 row_number() OVER (PARTITION BY e.customer_id ORDER BY e.ts, e.event_id) rn
          FROM events e JOIN customers c USING (customer_id)
          WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}) WHERE rn = 1 AND ok""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", upto=None, frm=0, later=False):
    """later=True: the question says later steps count (the window may run past the period end)."""
    vals = []
    for bounded in ((False,) if later else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        k = len(c) - 1 if upto is None else upto
        vals.append(c[k] / c[frm])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, groups, margin=1.1, lowest=False, min_n=30, upto=None, frm=0):
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            k = len(c) - 1 if upto is None else upto
            if c[frm] >= min_n:
                rows.append((g, c[k] / c[frm]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def funnel_count(journey, start, end, k, cond="1=1", later=False):
    a = funnel(journey, start, end, bounded=False, cond=cond)[k]
    b = a if later else funnel(journey, start, end, bounded=True, cond=cond)[k]
    return dict(value=a, tolerance=max(0.5, abs(a - b) + 0.5))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                      f"AND ({cond})"))


def people_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(DISTINCT customer_id) FROM events e WHERE e.touchpoint_id = '{tp}' "
                      f"AND {_in('e.ts', start, end)} AND ({cond})"))


def events_avg(tp, col, start, end, cond="1=1", agg="avg", tol_rel=0.02):
    v = float(one(f"SELECT {agg}({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.1, abs(v) * tol_rel), 2))


def events_sum(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.5, abs(v) * 0.002), 2))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' "
                     f"AND {_in('e.ts', start, end)} AND ({cond})"))


def top_events_share(tp, num, by, start, end, margin=1.25, min_n=1, cond="1=1", lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}")
    assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_agg(tp, col, by, start, end, agg="median", margin=1.5, cond="1=1"):
    rows = q(f"SELECT {by}, {agg}({col}) v FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) GROUP BY 1 ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", col="o.amount", status="paid"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond):
    return _count(one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def orders_share(num, start, end, cond="1=1"):
    v = one(f"SELECT sum(CASE WHEN {num} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o "
            f"WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return _rate(v)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def order_avg(start, end, cond="1=1", col="o.amount"):
    v = one(f"SELECT avg({col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def customers_share(num, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"))


def top_customers(by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    wrong = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
                f"AND truth.topic <> '{topic}'")
    missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                 f"WHERE truth.topic = '{topic}' AND NOT ({cond})")
    assert wrong == 0 and missed == 0, (topic, wrong, missed)


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_count(cond):
    return _count(one(f"SELECT count(*) FROM feedback f WHERE {cond}"))


def fb_avg(cond, col="f.rating", tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_share(cond):
    return _rate(one(f"SELECT avg((nps >= 9)::int) - avg((nps <= 6)::int) FROM feedback f "
                     f"WHERE nps IS NOT NULL AND {cond}"))


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_avg(by, cond, lowest=True, margin=0.15, min_n=30):
    rows = q(f"SELECT {by}, avg(f.rating) r, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- names ----------
Y25 = ("2025-01-01", "2025-12-31")
ALL = ("2024-10-01", "2026-06-30")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q1_26, Q2_26, Q2_25, Q4_25 = quarter(2026, 1), quarter(2026, 2), quarter(2025, 2), quarter(2025, 4)
CANCEL = "tp_cancel"
(QUOTE, BOOK, LIC, HOLD, PICK, EXT, ROAD, RET, INSP, CHG, REL, COUPON, SUPPORT) = (
    "tp_quote", "tp_booking", "tp_licence_check", "tp_deposit_hold", "tp_pickup", "tp_extension", "tp_roadside",
    "tp_return", "tp_return_inspection", "tp_charges", "tp_deposit_release", "tp_rebook_coupon", "tp_support")
RATED = "f.rating IS NOT NULL"
SURVEY = "f.channel = 'survey'"
DAMAGE_T = _like("f.text", ["划痕", "scratch"])
DEPOSIT_T = _like("f.text", ["押金", "deposit"])
QUEUE_T = _like("f.text", ["排队", "queue"])
LICENCE_T = _like("f.text", ["驾照", "licence", "license"])
TOLD_T = _like("f.text", ["没人告诉", "电话里没说", "nobody told", "no one told"])
FUEL_T = _like("f.text", ["油费", "fuel"])
MILEAGE_T = _like("f.text", ["里程", "mileage"])
TAIL_T = _like("f.text", ["尾板", "tail lift", "tail-lift"])
DIRTY_T = _like("f.text", ["脏", "dirty"])
PRICE_T = _like("f.text", ["太贵", "expensive", "pricey"])
HELPFUL_T = _like("f.text", ["热情", "耐心", "helpful"])
EASY_T = _like("f.text", ["方便", "easy"])
COND_T = _like("f.text", ["车况", "condition"])
TOPICS = ((DAMAGE_T, "damage_dispute"), (DEPOSIT_T, "deposit_slow"), (QUEUE_T, "queue"),
          (LICENCE_T, "licence_verify"), (TOLD_T, "nobody_told"), (FUEL_T, "fuel_charge"), (MILEAGE_T, "mileage"),
          (TAIL_T, "tail_lift"), (DIRTY_T, "dirty"), (PRICE_T, "price"), (HELPFUL_T, "helpful"), (EASY_T, "app_easy"),
          (COND_T, "condition"))
BRANCH = {k: f"e.branch_id = '{k}'" for k in ("B1", "B2", "B3", "B4", "B5", "B6")}


def gold():
    extras = "o.order_type IN ('damage_charge', 'fuel_charge', 'mileage_charge', 'late_fee', 'cleaning_fee')"
    biz = "o.customer_id IN (SELECT customer_id FROM customers WHERE segment = 'small_business')"
    online = "e.check_method <> 'counter'"
    sat_am = "dayofweek(e.ts) = 6 AND hour(e.ts) < 12"
    nov25, oct25, jul25 = month(2025, 11), month(2025, 10), month(2025, 7)
    scanner = ("2026-01-05", "2026-06-30")
    spring26 = ("2026-03-01", "2026-05-31")
    return {
        # ---- funnels
        "vr01": lambda: conv("rental_booking", *Y25),
        "vr02": lambda: top_lost("rental_booking", *nov25, margin=1.5),
        "vr03": lambda: conv("rental_booking", *nov25, upto=2, frm=1, later=True),
        "vr04": lambda: conv("rental_booking", *oct25, upto=2, frm=1, later=True),
        "vr05": lambda: rank_conv("rental_booking", *Y25, by="e.channel", groups=["app", "web", "phone"], lowest=True,
                                  margin=1.15),
        "vr06": lambda: conv("rental_booking", *Y25, cond="e.channel = 'app'"),
        "vr07": lambda: conv("rental_booking", *H1_26, cond="e.channel = 'phone'"),
        "vr08": lambda: conv("return_settlement", "2026-01-01", "2026-05-31", cond=BRANCH["B5"], later=True),
        "vr09": lambda: conv("online_quote", *Q1_26),
        "vr10": lambda: conv("repeat_booking", *Y25, cond="c.segment = 'small_business'", later=True),
        "vr11": lambda: conv("repeat_booking", *Y25, cond="c.segment = 'private'", later=True),
        "vr12": lambda: funnel_count("rental_booking", *jul25, 3, later=True),
        # ---- step records
        "vr13": lambda: events_share(LIC, "e.action = 'fail'", *nov25, online),
        "vr14": lambda: events_share(LIC, "e.action = 'fail'", *month(2025, 12), online),
        "vr15": lambda: top_events_count(LIC, "e.fail_reason", *nov25, "e.action = 'fail'", margin=3),
        "vr16": lambda: top_events_count(LIC, 'e."失败原因"', *Y25, "e.action = 'fail' AND e.check_method = 'counter'",
                                         margin=1.2),
        "vr17": lambda: events_share(INSP, "e.action = 'damage_found'", *scanner, BRANCH["B5"]),
        "vr18": lambda: events_share(INSP, "e.action = 'damage_found'", "2025-07-01", "2025-12-31", BRANCH["B5"]),
        "vr19": lambda: top_events_share(INSP, "e.action = 'damage_found'", "e.branch", *H1_26, margin=2),
        "vr20": lambda: events_avg(REL, "e.days_to_release", *spring26, BRANCH["B4"]),
        "vr21": lambda: top_events_agg(REL, "e.days_to_release", "e.branch_en", *spring26, margin=1.5),
        "vr22": lambda: events_avg(PICK, "e.wait_min", *Y25, f"{BRANCH['B2']} AND {sat_am}"),
        "vr23": lambda: events_avg(PICK, "e.wait_min", *Y25, f"{BRANCH['B1']} AND {sat_am}"),
        "vr24": lambda: top_events_agg(PICK, "e.wait_min", "e.branch_en", *ALL, cond="dayofweek(e.ts) = 6",
                                       margin=1.5),
        "vr25": lambda: top_events_share(HOLD, "e.action = 'declined'", "e.payment_method", *Y25, margin=2),
        "vr26": lambda: events_at(RET, *Q4_25, "e.action = 'returned_late'"),
        "vr27": lambda: events_at(PICK, "2025-07-07", "2025-07-13"),
        "vr28": lambda: events_at(BOOK, *month(2026, 6)),
        "vr29": lambda: events_avg(RET, "e.km_driven", *Y25, "e.vehicle_class = 'light_truck'"),
        "vr30": lambda: top_events_share(RET, "e.over_km > 0", 'e."车型"', *Y25, margin=1.5),
        "vr31": lambda: events_at(CANCEL, *nov25, "e.action = 'cancelled' AND e.cancel_reason = 'licence_failed'"),
        "vr32": lambda: events_share(RET, "e.action = 'returned_late'", *Y25),
        # ---- money
        "vr33": lambda: orders(*Y25),
        "vr34": lambda: top_orders("o.branch_en", *Y25, margin=1.1),
        "vr35": lambda: orders(*Y25, extras),
        "vr36": lambda: orders(*H1_26, "o.branch_id = 'B5' AND o.order_type = 'damage_charge'", col="o.amount_local"),
        "vr37": lambda: orders_count(*H1_26, "o.branch_id = 'B5' AND o.order_type = 'damage_charge' "
                                             "AND o.status = 'refunded'"),
        "vr38": lambda: order_avg(*Y25, "o.order_type = 'rental'"),
        "vr39": lambda: order_avg(*Y25, f"o.order_type = 'rental' AND {biz}"),
        "vr40": lambda: orders_change(Q2_25, Q2_26),
        "vr41": lambda: orders(*month(2026, 6)),
        "vr42": lambda: orders(*month(2025, 6)),
        "vr43": lambda: orders(*ALL, "o.order_type = 'deposit'", status="held"),
        "vr44": lambda: orders_share(biz, *Y25),
        "vr45": lambda: orders(*Q2_26, "o.branch_id = 'B4'", col="o.amount_local"),
        # ---- customers
        "vr46": lambda: customers_count("c.tier = 'business'"),
        "vr47": lambda: top_customers('c."行业"', "c.segment = 'small_business'", margin=1.15),
        "vr48": lambda: customers_share("c.acquisition_channel = 'search_ads'"),
        # ---- feedback
        "vr49": lambda: fb_topic_count(DAMAGE_T),
        "vr50": lambda: top_fb_count("f.touchpoint_id", DAMAGE_T, margin=2.5),
        "vr51": lambda: top_fb_count("f.branch_en", DAMAGE_T, margin=2.5),
        "vr52": lambda: fb_topic_count(LICENCE_T, _in("f.ts", *nov25)),
        "vr53": lambda: top_fb_count("f.branch_en", DEPOSIT_T, margin=3),
        "vr54": lambda: top_fb_count("f.branch", QUEUE_T, margin=3),
        "vr55": lambda: fb_topic_count(TOLD_T),
        "vr56": lambda: nps_share(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "vr57": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND {_in('f.ts', *H1_26)}"),
        "vr58": lambda: top_fb_avg("f.branch", f"{SURVEY} AND {_in('f.ts', *H1_26)}", lowest=True, margin=0.15),
        "vr59": lambda: fb_avg(f"{SURVEY} AND f.branch_id = 'B5' AND {_in('f.ts', *H1_26)}"),
        "vr60": lambda: fb_avg(f"{SURVEY} AND f.branch_id = 'B5' AND {_in('f.ts', *H2_25)}"),
        "vr61": lambda: feedback_ids(DEPOSIT_T),
        "vr62": lambda: fb_topic_count(HELPFUL_T),
    }


def checks():
    for cond, topic in TOPICS:
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        checks()
    fns = dict(gold())
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(fns) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    status_only = []
    for it in items:
        fn = fns.get(it["id"])
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
        print(it["id"], it["lang"], it["question"][:60], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
