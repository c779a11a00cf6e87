"""Gold answers for the 深蓝潜装 DeepReef dive-gear held-out batch, from plain DuckDB SQL over the raw CSVs of generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (online_order 10 d, reg_service 45 d,
  cylinder_test 30 d, rental 30 d, service_rework 30 d); rates are per customer (people); the tolerance covers both
  readings (later steps allowed after the period end, or not). "The step that loses the most people" = the step k
  whose people most often do not reach step k+1 (absolute count), named by step k's touchpoint. A funnel split by a
  customer attribute filters step-1 people by it;
- a booking = one `session_id` (OL… online shop visit / basket / order, SV… regulator service, CY… cylinder visit,
  RT… rental); per-booking rates count bookings whose first event at step A falls in the period and look for step B in
  the same booking at any time; attributes (store, device, technician, brand) are read from the step-A event;
- step times per booking: B ts - A ts in days (first A, first B after it), median unless the question says average;
  the period is on A unless the question names B ("completed in …": on B); the tolerance also covers whole calendar
  days;
- hydro tests: one `tp_hydro_test` row per cylinder (test_result pass / fail); fail rate per cylinder row;
- money = orders with status `paid` by order ts (returned online orders and cancelled rental bookings are no revenue);
  spend per paying customer = paid amount / customers with a paid order in the period; basket value = average paid
  online_gear order amount;
- feedback: topic counts by text markers (one per language, README) with a 5 % tolerance, checked against
  _truth/feedback_truth.csv; "all data" includes undated rows, dated periods use ts; service ratings = channel
  `service_rating` (1-5, technician); rental NPS = channel `rental_survey` (0-10), NPS = share 9-10 minus share 0-6;
- the A/B test free_ship_599: conversion = share of assigned customers with a tp_checkout within 7 days after
  assigned_at;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday; zh top entities are the Chinese twins (store, 技师, 获客渠道, 订单类型,
  气瓶材质), en ones the English values (store_en, technician, acquisition_channel, brand, touchpoint_id).
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "experiments"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true, "
                "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1, "
                "all_varchar=true)")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _count(n):
    return dict(value=int(n), tolerance=0.5)


def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM fev e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1"):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for gv in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{gv}'")
            if c[0] >= min_n:
                rows.append((gv, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        if lowest:
            assert rows[1][1] > rows[0][1] * margin, rows[:3]
        else:
            assert rows[0][1] > rows[1][1] * margin, rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per booking (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    v = one(f"""SELECT avg((b.session_id IS NOT NULL)::int) FROM {_first(a_tp)} a
                LEFT JOIN (SELECT DISTINCT session_id FROM events b WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
                USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                WHERE {_in('a.t', start, end)} AND ({cond})""")
    return _rate(v)


def _pairs(a_tp, b_tp, start, end, cond, on):
    return f"""FROM {_first(a_tp)} a JOIN LATERAL (SELECT min(x.ts) AS tb FROM events x
                   WHERE x.session_id = a.session_id AND x.touchpoint_id = '{b_tp}' AND x.ts > a.ts) b ON TRUE
               WHERE b.tb IS NOT NULL AND {_in('a.t' if on == 'a' else 'b.tb', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", on="a", agg="median"):
    base = _pairs(a_tp, b_tp, start, end, cond, on)
    v = one(f"SELECT {agg}(epoch(b.tb - a.ts) / 86400.0) {base}")
    w = one(f"SELECT {agg}(date_diff('day', a.ts::DATE, b.tb::DATE)) {base}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_share(a_tp, b_tp, start, end, days, cond="1=1"):
    """share of A bookings in the period whose B came within `days` days (B missing counts as not)."""
    v = one(f"""SELECT avg((b.tb IS NOT NULL AND b.tb <= a.ts + INTERVAL {days} DAY)::int) FROM {_first(a_tp)} a
                LEFT JOIN LATERAL (SELECT min(x.ts) AS tb FROM events x WHERE x.session_id = a.session_id
                    AND x.touchpoint_id = '{b_tp}' AND x.ts > a.ts) b ON TRUE
                WHERE {_in('a.t', start, end)} AND ({cond})""")
    return _rate(v)


def top_step_time(a_tp, b_tp, start, end, by, cond="1=1", agg="median", margin=1.3, on="a"):
    rows = q(f"SELECT a.{by}, {agg}(epoch(b.tb - a.ts) / 86400.0) v, count(*) n "
             f"{_pairs(a_tp, b_tp, start, end, cond, on)} GROUP BY 1 ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def rank_rate(a_tp, b_tp, start, end, by, margin=1.5, min_n=30):
    rows = q(f"""SELECT a.{by}, avg((b.session_id IS NOT NULL)::int) v, count(*) n FROM {_first(a_tp)} a
                 LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b USING (session_id)
                 WHERE {_in('a.t', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                      f"AND ({cond})"))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' "
                     f"AND {_in('e.ts', start, end)} AND ({cond})"))


def events_median(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT median({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


def top_events(tp, by, start, end, cond="1=1", agg="count(*)", margin=1.2, min_n=1):
    rows = q(f"SELECT {by}, {agg} v, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers / experiments ----------

def orders(start, end, cond="1=1", status="paid"):
    return _money(one(f"SELECT coalesce(sum(o.amount), 0) FROM orders o WHERE o.status = '{status}' "
                      f"AND {_in('o.ts', start, end)} AND ({cond})"))


def orders_count(start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def orders_avg(start, end, cond="1=1"):
    v = one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def customers_share(num, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"))


def _exp_rows(days=7):
    return q(f"""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events p WHERE p.customer_id = x.customer_id
                    AND p.touchpoint_id = 'tp_checkout' AND p.ts >= x.assigned_at
                    AND p.ts <= x.assigned_at + INTERVAL {days} DAY))::int) v, count(*) n
                 FROM experiments x WHERE x.experiment_id = 'free_ship_599' GROUP BY 1 ORDER BY v DESC""")


def exp_rate(variant):
    return _rate([r[1] for r in _exp_rows() if r[0] == variant][0])


def exp_winner(margin=1.15):
    rows = _exp_rows()
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------
MARKERS = {  # topic: (zh marker, en marker)
    "svc_slow": ("保养周期", "took forever"), "leak": ("漏气", "leak"), "deposit": ("押金", "deposit"),
    "shipping": ("快递", "shipping"), "fit": ("不合身", "didn't fit"), "price": ("太贵", "overpriced"),
    "thorough": ("细心", "thorough"), "reliable": ("靠谱", "reliable"),
}


def T(topic):
    return "(" + " OR ".join(f"lower(f.text) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in MARKERS[topic]) + ")"


def checks():
    for topic in MARKERS:
        cond = T(topic)
        extra = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE {cond} "
                    f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
        missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE NOT {cond} "
                     f"AND list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
        assert extra == 0 and missed == 0, (topic, extra, missed)


def fb_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE ({cond}) AND {period}")
    return dict(value=int(n), tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
            f"WHERE f.channel = 'rental_survey' AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb(by, cond, min_n, agg="avg(f.rating)", margin=0.2, highest=False, trap=False):
    rows = q(f"SELECT {by}, {agg} a, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


ALL = ("2025-01-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2026-01-01", "2026-06-30")
Q4_25, Q1_26, Q2_26 = quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
BACKORDER = ("2026-03-01", "2026-05-31")
SVC = "f.channel = 'service_rating'"


def gold():
    return {
        # ---- funnels (per person)
        "dg01": lambda: conv("online_order", *Y25),
        "dg02": lambda: top_lost("online_order", *H1_26),
        "dg03": lambda: rank_conv("online_order", *Y25, by="c.acquisition_channel", lowest=True),
        "dg04": lambda: conv("online_order", *Y25, cond="c.acquisition_channel = 'dive_center'"),
        "dg07": lambda: conv("reg_service", *Y25),
        "dg08": lambda: top_lost("reg_service", *Q2_26),
        "dg09": lambda: conv("rental", *Y25),
        "dg14": lambda: conv("cylinder_test", *Y25),
        "dg22": lambda: conv("service_rework", *Y25),
        # ---- online baskets, delivery
        "dg05": lambda: rate("tp_cart", "tp_checkout", *Y25, "a.device = 'android'"),
        "dg06": lambda: rate("tp_cart", "tp_checkout", *Y25, "a.device = 'ios'"),
        "dg40": lambda: orders_count(*Y25, "o.status = 'returned'"),
        "dg41": lambda: events_share("tp_checkout", "e.shipping_fee > 0", *Y25),
        "dg42": lambda: orders_avg(*month(2026, 5), "o.order_type = 'online_gear'"),
        "dg43": lambda: events_median("tp_delivered", "e.delivery_days", *Y25, "e.courier = 'ZTO'"),
        "dg44": lambda: events_median("tp_delivered", "e.delivery_days", *Y25, "e.courier = 'SF'"),
        "dg45": lambda: events_share("tp_delivered", "e.delivery_days > 5", *Y25, "e.courier = 'ZTO'"),
        # ---- rentals and deposits
        "dg10": lambda: step_share("tp_rent_return", "tp_deposit_refund", *Q1_26, 7, "a.store_id = 'SY'"),
        "dg11": lambda: step_time("tp_rent_return", "tp_deposit_refund", *H1_26, "a.store_id = 'SY'"),
        "dg12": lambda: step_time("tp_rent_return", "tp_deposit_refund", *H1_26, "a.store_id <> 'SY'"),
        "dg13": lambda: top_step_time("tp_rent_return", "tp_deposit_refund", *H1_26, "store", margin=2),
        "dg39": lambda: orders(*Y25, "o.order_type = 'rental'", status="cancelled"),
        "dg46": lambda: events_at("tp_rent_book", *month(2026, 4)),
        "dg49": lambda: top_events("tp_rent_pickup", "e.store_en", *Y25, margin=1.3),
        # ---- regulator servicing
        "dg15": lambda: step_time("tp_svc_dropoff", "tp_svc_done", *Q2_26, "a.store_id = 'XM' AND a.brand = 'Mares'",
                                  on="b"),
        "dg16": lambda: step_time("tp_svc_dropoff", "tp_svc_done", *Y25, "a.store_id = 'XM' AND a.brand = 'Mares'",
                                  on="b"),
        "dg17": lambda: top_step_time("tp_svc_dropoff", "tp_svc_done", *BACKORDER, "brand", agg="avg", margin=1.4),
        "dg18": lambda: events_at("tp_svc_done", *H1_26, "e.store_id = 'XM' AND e.parts_backorder = 'yes'"),
        "dg19": lambda: events_share("tp_svc_quote", "e.approved = 'no'", *Y25),
        "dg20": lambda: rank_rate("tp_svc_pickup", "tp_svc_rework", *Y25, "technician", margin=2),
        "dg21": lambda: rate("tp_svc_pickup", "tp_svc_rework", *Y25, "a.technician_id = 'T01'"),
        "dg23": lambda: events_at("tp_svc_rework", *Y25),
        "dg47": lambda: events_at("tp_svc_dropoff", "2026-06-01", "2026-06-07"),
        "dg48": lambda: events_change("tp_svc_book", Q1_26, Q2_26),
        # ---- cylinders
        "dg25": lambda: events_share("tp_hydro_test", "e.test_result = 'fail'", *Y25, "e.store_id = 'WZ'"),
        "dg26": lambda: events_share("tp_hydro_test", "e.test_result = 'fail'", *Y25, "e.store_id = 'XM'"),
        "dg27": lambda: top_events("tp_hydro_test", "e.store_en", *ALL, agg="avg((e.test_result = 'fail')::int)",
                                   margin=1.8),
        "dg28": lambda: top_events("tp_hydro_test", 'e."气瓶材质"', *ALL, agg="avg((e.test_result = 'fail')::int)",
                                   margin=1.5),
        "dg30": lambda: orders(*H1_26, "o.order_type = 'cylinder_test'"),
        # ---- money
        "dg31": lambda: orders(*Y25),
        "dg32": lambda: orders(*month(2026, 6)),
        "dg33": lambda: orders_change(H1_25, H1_26),
        "dg34": lambda: top_orders('o."订单类型"', *Y25, margin=1.3),
        "dg35": lambda: orders(*Q4_25, "o.order_type = 'online_gear'"),
        "dg36": lambda: orders(*Y25, "o.order_type = 'rental' AND o.store_id = 'SY'"),
        "dg37": lambda: per_customer(*Y25),
        "dg38": lambda: per_customer(*Y25, "c.plan = 'club_plus'"),
        # ---- customers
        "dg51": lambda: customers_share("c.acquisition_channel = 'xiaohongshu'"),
        "dg52": lambda: customers_count("c.cert_level = 'DM' AND c.plan = 'club_plus'"),
        "dg53": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        "dg54": lambda: customers_count("c.segment = 'at_risk'"),
        # ---- feedback
        "dg55": lambda: fb_avg(f"{SVC} AND {_in('f.ts', *Y25)}"),
        "dg56": lambda: rank_fb('f."技师"', f"{SVC} AND {_in('f.ts', *Y25)}", 30, margin=0.1),
        "dg57": lambda: rank_fb("f.technician", SVC, 30, margin=0.1, trap=True),
        "dg58": lambda: fb_count(T("deposit")),
        "dg59": lambda: top_fb_count("f.store_en", T("deposit"), margin=3),
        "dg60": lambda: fb_count(T("svc_slow")),
        "dg61": lambda: top_fb_count("f.store_en", T("svc_slow"), margin=2),
        "dg62": lambda: top_fb_count('f."技师"', T("leak"), margin=2),
        "dg63": lambda: fb_count(T("shipping"), _in("f.ts", *Y25)),
        "dg64": lambda: nps(_in("f.ts", *Y25)),
        "dg65": lambda: nps(f"{_in('f.ts', *Y25)} AND f.store_id = 'SY'"),
        "dg66": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'shop_review' AND {_in('f.ts', *Y25)}"),
        "dg67": lambda: fb_count(T("fit")),
        "dg68": lambda: feedback_ids(f"{T('deposit')} AND f.store_id = 'SY'"),
        "dg69": lambda: fb_count(T("price")),
        "dg81": lambda: fb_avg(f"{SVC} AND f.store_id = 'XM' AND {_in('f.ts', *Q2_26)}"),
        # ---- A/B
        "dg70": lambda: exp_rate("free_ship_599"),
        "dg71": lambda: exp_rate("control"),
        "dg72": lambda: exp_winner(),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks()
    fns = gold()
    if not batch.exists():
        for k, fn in fns.items():
            try:
                print(k, fn())
            except AssertionError as e:
                print("FAILED", k, e)
        return 0
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(fns) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    status_only, failed = [], []
    for it in items:
        fn = fns.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                status_only.append(it["id"])
            continue
        try:
            got = fn()
        except AssertionError as e:
            failed.append(it["id"])
            print("FAILED", it["id"], e)
            continue
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["lang"], it["question"][:70], shown)
    print("status-only ok items:", status_only)
    print("langs:", {lang: sum(it["lang"] == lang for it in items) for lang in ("zh", "en")}, "n =", len(items))
    assert not failed, failed
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
