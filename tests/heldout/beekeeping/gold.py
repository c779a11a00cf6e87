"""Gold answers for the 蜂匠 BeeWright beekeeping-supplies and honey-subscription held-out batch, from plain DuckDB SQL
over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]      # (a missing batch file prints every gold value)

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (online_order 10 d, bee_package 270 d,
  doa_claim 30 d, course 45 d, course_to_bees 60 d, inspection 14 d); rates are per customer ("people"); the
  tolerance covers both readings (later steps allowed after the period end, or not) unless the question says that
  later steps count up to the end of the data. "The step that loses the most people" = the step k whose people most
  often do not reach step k+1 (absolute count), named by step k's touchpoint. A funnel split by a customer attribute
  filters the step-1 people by it; a funnel "for farm-class attendees" filters the step-1 events by that column;
- a booking = one `session_id` (OL… online store visit / cart / order, BP… bee reservation, CS… course sign-up,
  IN… inspection, SB… honey subscription (= subscription_id), FS… farm-shop visit); per-booking rates ("of carts,
  the share checked out") count the bookings whose first step-A event falls in the period and look for step B in
  the same booking at any time; attributes (device, app_version, carrier, category, course_format, 收货省份) are
  read from the step-A event;
- step times per booking: B ts - A ts in days (first A, first B after it), median unless the question says
  average; the period is on A; transit hours = `transit_hours` of tp_bee_arrive (by arrival date);
- DOA claim rate = share of bee arrivals (tp_bee_arrive, by arrival date) whose booking has a tp_doa_claim;
  rejection share = share of claims (by claim date) whose resolution says `rejected`;
- return rate of starter kits = share of delivered starter-kit orders (tp_delivered, category starter_kit, by
  delivery date) with a tp_return;
- inspections: shares per visit (tp_insp_visit, by visit date); "late" = late_minutes > 30;
- subscriptions: one `subscription_id`; counts of boxes / pauses / cancellations are events by their date; shares
  per subscription by start date (tp_sub_start), pauses and cancellations at any time up to the end of the data;
- money = orders with status `paid` by order ts (all order types: online, farm_shop, bee_package, course,
  inspection, subscription); returned / refunded / cancelled orders are no revenue; spend per paying customer =
  paid amount / customers with a paid order in the period; refunds = sum of `refund_amount` of tp_refund events by
  refund date;
- feedback: topic counts by text markers (one per language, README) with a 5 % tolerance, checked against
  _truth/feedback_truth.csv; "all data" includes undated rows, dated periods use ts; ratings 1-5 by channel
  (product_review, arrival_survey, course_survey, inspection_rating); NPS = share 9-10 minus share 0-6 of the
  channel's nps;
- the A/B test kit_video: conversion = share of assigned customers with a tp_checkout within 7 days after
  assigned_at;
- customer attributes at the end of the data (customers.csv); exact duplicate event rows are loaded once; periods
  are inclusive calendar dates; relative periods resolve against the item's `as_of`; zh top entities are the
  Chinese twins (查蜂师傅, 讲师, 承运方, 快递公司, 收货省份, 订阅方案, 退订原因, 获客渠道, 客户类型, 蜜种, farm, 订单类型),
  en ones the English values (inspector, instructor, carrier, courier, region, plan, cancel_reason,
  acquisition_channel, keeper_type, order_type, farm_en, touchpoint_id, app_version, variant).
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


def funnel(journey, start, end, bounded=False, cond="1=1", ev_cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM events e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) AND ({ev_cond})
                    GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", ev_cond="1=1", later=False):
    """overall conversion step 1 -> last step; `later`: the question says later steps count to the end of data."""
    readings = (False,) if later else (False, True)
    vals = []
    for bounded in readings:
        c = funnel(journey, start, end, bounded=bounded, cond=cond, ev_cond=ev_cond)
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


def _rate_sql(a_tp, b_tp, start, end, cond, b_cond):
    return f"""FROM {_first(a_tp)} a
               LEFT JOIN (SELECT DISTINCT session_id FROM events b WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
               USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE {_in('a.t', start, end)} AND ({cond})"""


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    return _rate(one(f"SELECT avg((b.session_id IS NOT NULL)::int) {_rate_sql(a_tp, b_tp, start, end, cond, b_cond)}"))


def rank_rate(a_tp, b_tp, start, end, by, margin=1.5, min_n=30, lowest=False, cond="1=1"):
    rows = q(f"""SELECT a.{by}, avg((b.session_id IS NOT NULL)::int) v, count(*) n
                 {_rate_sql(a_tp, b_tp, start, end, cond, '1=1')} AND a.{by} IS NOT NULL
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v {'' if lowest else 'DESC'}""")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median"):
    base = f"""FROM {_first(a_tp)} a JOIN LATERAL (SELECT min(x.ts) AS tb FROM events x
                   WHERE x.session_id = a.session_id AND x.touchpoint_id = '{b_tp}' AND x.ts > a.ts) b ON TRUE
               WHERE b.tb IS NOT NULL AND {_in('a.t', start, end)} AND ({cond})"""
    v = one(f"SELECT {agg}(epoch(b.tb - a.ts) / 86400.0) {base}")
    w = one(f"SELECT {agg}(date_diff('day', a.ts::DATE, b.tb::DATE)) {base}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                      f"AND ({cond})"))


def events_sum(tp, col, start, end, cond="1=1"):
    return _money(one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                      f"AND ({cond})"))


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
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o LEFT JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
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
                 FROM experiments x WHERE x.experiment_id = 'kit_video' GROUP BY 1 ORDER BY v DESC""")


def exp_rate(variant):
    return _rate([r[1] for r in _exp_rows() if r[0] == variant][0])


def exp_winner(margin=1.15):
    rows = _exp_rows()
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------
MARKERS = {  # topic: (zh marker, en marker)
    "doa": ("死蜂", "dead bees"), "claim": ("理赔", "claim"), "crack": ("开裂", "cracked"),
    "payment": ("支付失败", "payment failed"), "late": ("迟到", "showed up late"), "crystal": ("结晶", "crystallised"),
    "price": ("涨价", "price hike"), "slow_ship": ("快递慢", "slow delivery"), "online_class": ("听不清", "hard to follow"),
    "expert": ("专业", "knowledgeable"), "tasty": ("好吃", "delicious"), "strong": ("蜂群很旺", "strong colony"),
}


def T(topic):
    return "(" + " OR ".join(f"lower(f.text) LIKE '%{w.lower()}%'" for w in MARKERS[topic]) + ")"


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
            f"WHERE f.nps IS NOT NULL AND {cond}")
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
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


ALL = ("2025-01-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25, H1_26, H2_25 = ("2025-01-01", "2025-06-30"), ("2026-01-01", "2026-06-30"), ("2025-07-01", "2025-12-31")
Q1_25, Q2_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 1), quarter(2025, 2), quarter(2025, 4), quarter(2026, 1), \
    quarter(2026, 2)
BUG = ("2026-03-01", "2026-04-30")
PAUSED = "EXISTS (SELECT 1 FROM events p WHERE p.session_id = a.session_id AND p.touchpoint_id = 'tp_sub_pause')"
KIT = "a.category = 'starter_kit'"


def gold():
    return {
        # ---- funnels (per person)
        "bk01": lambda: conv("online_order", *Y25),
        "bk02": lambda: top_lost("online_order", *H1_26),
        "bk03": lambda: rank_conv("online_order", *Y25, by="c.acquisition_channel", lowest=True),
        "bk04": lambda: conv("online_order", *Y25, cond="c.acquisition_channel = 'bee_club'"),
        "bk05": lambda: conv("bee_package", "2025-09-01", "2025-12-31", later=True),
        "bk06": lambda: conv("course", *Y25),
        "bk07": lambda: conv("course_to_bees", *Y25, ev_cond="e.course_format = 'farm_weekend'", later=True),
        "bk08": lambda: conv("course_to_bees", *Y25, ev_cond="e.course_format = 'online_live'", later=True),
        "bk09": lambda: conv("inspection", *H1_26),
        # ---- live bees, DOA
        "bk11": lambda: rank_rate("tp_bee_arrive", "tp_doa_claim", *Y25, "carrier", margin=2),
        "bk12": lambda: rate("tp_bee_arrive", "tp_doa_claim", *Y25, "a.carrier = 'Deppon'"),
        "bk13": lambda: rate("tp_bee_arrive", "tp_doa_claim", *Y25, "a.carrier = 'SF'"),
        "bk14": lambda: events_median("tp_bee_arrive", "e.transit_hours", *Y25, "e.carrier = 'Deppon'"),
        "bk15": lambda: step_time("tp_doa_claim", "tp_doa_resolved", "2026-04-01", "2026-06-30"),
        "bk16": lambda: step_time("tp_doa_claim", "tp_doa_resolved", *Y25),
        "bk17": lambda: rate("tp_doa_claim", "tp_doa_resolved", "2026-04-01", "2026-06-30",
                             b_cond="claim_outcome = 'rejected'"),
        "bk18": lambda: events_at("tp_doa_claim", *Y25),
        "bk19": lambda: events_sum("tp_refund", "e.refund_amount", *H1_26, "e.refund_for = 'doa'"),
        "bk20": lambda: events_at("tp_bee_ship", "2026-04-01", "2026-05-31"),
        # ---- starter kits
        "bk22": lambda: rate("tp_delivered", "tp_return", *Q2_25, KIT),
        "bk23": lambda: rate("tp_delivered", "tp_return", *H1_26, KIT),
        "bk24": lambda: top_events("tp_return", "e.return_reason", *Y25, "e.category = 'starter_kit'", margin=2),
        "bk25": lambda: top_events("tp_return", "e.batch_no", *ALL, "e.category = 'starter_kit'", margin=2),
        "bk26": lambda: fb_count(T("crack")),
        # ---- Android payment bug
        "bk27": lambda: rate("tp_cart", "tp_checkout", *BUG, "a.device = 'android'"),
        "bk28": lambda: rate("tp_cart", "tp_checkout", *BUG, "a.device = 'ios'"),
        "bk29": lambda: rank_rate("tp_cart", "tp_checkout", *ALL, "app_version", margin=1.3, min_n=100, lowest=True),
        "bk30": lambda: fb_count(T("payment")),
        # ---- courses
        "bk31": lambda: rate("tp_course_signup", "tp_course_attend", *Y25, "a.course_format = 'online_live'"),
        "bk32": lambda: rank_rate("tp_course_signup", "tp_course_attend", *ALL, "course_format", lowest=True),
        "bk33": lambda: fb_avg(f"f.channel = 'course_survey' AND f.course_format = 'online_live' AND "
                               f"{_in('f.ts', *Y25)}"),
        "bk34": lambda: rank_fb('f."讲师"', "f.channel = 'course_survey'", 30),
        "bk35": lambda: fb_count(T("online_class")),
        # ---- inspections
        "bk37": lambda: rank_fb("f.inspector", "f.channel = 'inspection_rating'", 30, margin=0.5, trap=True),
        "bk38": lambda: fb_avg("f.channel = 'inspection_rating' AND f.inspector = 'Zhao Lei'"),
        "bk39": lambda: top_fb_count('f."查蜂师傅"', T("late"), margin=3),
        "bk40": lambda: events_share("tp_insp_visit", "e.finding = 'varroa'", "2025-08-01", "2025-09-30"),
        "bk41": lambda: events_share("tp_insp_visit", "e.finding = 'varroa'", "2025-04-01", "2025-05-31"),
        "bk42": lambda: orders(*Y25, "o.order_type = 'inspection'"),
        "bk43": lambda: step_time("tp_insp_book", "tp_insp_visit", *Y25),
        "bk44": lambda: events_share("tp_insp_visit", "e.late_minutes > 30", *Y25, "e.inspector = 'Zhao Lei'"),
        # ---- subscriptions
        "bk45": lambda: events_at("tp_sub_cancel", "2026-03-01", "2026-06-30"),
        "bk46": lambda: top_events("tp_sub_cancel", "e.cancel_reason", "2026-03-01", "2026-06-30", margin=2),
        "bk47": lambda: top_events("tp_sub_cancel", 'e."订阅方案"', *Q2_26, margin=2),
        "bk49": lambda: orders(*Y25, "o.order_type = 'subscription'"),
        "bk50": lambda: rate("tp_sub_start", "tp_sub_pause", *Y25),
        "bk51": lambda: rate("tp_sub_start", "tp_sub_cancel", *Y25, f"NOT {PAUSED}"),
        "bk52": lambda: rate("tp_sub_start", "tp_sub_cancel", *Y25, PAUSED),
        "bk53": lambda: top_events("tp_sub_pause", 'e."暂停原因"', *Y25, margin=1.5),
        "bk54": lambda: fb_count(T("crystal")),
        "bk55": lambda: top_fb_count('f."蜜种"', T("crystal"), margin=3),
        # ---- money
        "bk57": lambda: orders(*Y25),
        "bk58": lambda: orders_change(H1_25, H1_26),
        "bk59": lambda: top_orders("o.order_type", *Y25, margin=1.5),
        "bk60": lambda: top_orders("o.farm", *Y25, "o.order_type = 'farm_shop'"),
        "bk61": lambda: orders(*month(2026, 6)),
        "bk62": lambda: per_customer(*Y25),
        "bk63": lambda: orders_avg(*Q4_25, "o.order_type = 'online'"),
        "bk65": lambda: top_orders("c.acquisition_channel", *Y25, margin=1.3),
        # ---- customers
        "bk67": lambda: customers_share("c.acquisition_channel = 'xiaohongshu'"),
        "bk68": lambda: customers_count("c.segment = 'at_risk'"),
        "bk69": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        # ---- feedback
        "bk70": lambda: fb_count(T("doa"), _in("f.ts", *H1_26)),
        "bk71": lambda: fb_avg(f"f.channel = 'product_review' AND {_in('f.ts', *Y25)}"),
        "bk72": lambda: nps(f"f.channel = 'arrival_survey' AND {_in('f.ts', *Y25)}"),
        "bk74": lambda: feedback_ids(T("claim")),
        "bk75": lambda: fb_count(T("claim")),
        # ---- A/B
        "bk76": lambda: exp_rate("video_guide"),
        "bk77": lambda: exp_rate("control"),
        "bk78": lambda: exp_winner(),
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
    print("status:", {s: sum(it["expect"]["status"] == s for it in items) for s in ("ok", "clarify", "unsupported")},
          "follow-ups:", sum("follow_up_of" in it for it in items), "as_of:", sum("as_of" in it for it in items))
    assert not failed, failed
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
