"""Gold answers for the 海峡快线 StraitLine Ferries held-out batch: plain DuckDB SQL over the raw CSVs written by
generate.py (never the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "passengers" / "people" = distinct customer_id (a tour agency is one customer; the passengers of its
  groups are not customers);
- funnels follow DATA.md, per customer: a customer reaches step k when they have an event at step k's touchpoint (any
  action: a failed seat selection or a failed ID check still reaches that step) after reaching step k-1, within the
  journey window from their first step-1 event in the period (online_booking 30 d, vehicle_booking 30 d,
  group_booking 45 d, delay_claim 30 d, membership_miles 180 d, onboard_cafe 1 d). The tolerance covers both readings
  (later steps may fall after the period end, or not) unless the question says later steps count. A device / channel
  filters the customer's first step-1 event in the period by that event's `device` / `channel`; a customer segment
  filters customers.segment. "Where do most get stuck" = the step whose next step is not reached by the most
  customers (answer: that step's touchpoint_id). "From search to ticket" = step 5 / step 1, etc.;
- per-record questions are counts and shares of a step's own records: seat-selection failures = tp_seat 'fail' among
  tp_seat events; payment failure rate = tp_payment 'fail' among payment attempts (tp_payment events); delay share =
  tp_boarding records with delay_min >= 30 among boarding records; vehicle check-in wait = tp_vehicle_checkin wait_min;
  claim review = tp_claim_review (approved / rejected, review_days, 驳回原因); compensation paid = tp_compensation
  comp_amount_cny; miles = tp_miles_redeem / tp_miles_credit `miles`; group questions "per group" use session_id
  (one group = one quote, G…);
- money = orders with status 'paid' by order ts, `amount` in CNY (HKD at the fixed 0.92); amount_local only when a local
  currency (HKD) is asked. Revenue = passenger tickets + vehicle tickets + group tickets + onboard cafe. Refunded
  orders (status 'refunded') and unpaid ones ('cancelled') are never revenue;
- zh top entities are Chinese values (route, 客户类型, 支付方式, 驳回原因, 兑换奖励, agent_name ...), en ones English / raw
  values (route_en, segment, payment_method, reject_reason, agent_name_en, channel ...) or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers (tolerance 5 %, checked against
  _truth/feedback_truth.csv); post-trip survey = channel 'survey' (rating 1-5 + NPS 0-10); negative = rating 1-2;
  NPS = share of 9-10 minus share of 0-6 over survey rows, as a fraction;
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


def _rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def _rate2(a, b):
    """two readings of one rate: the first is the gold, the tolerance covers the second."""
    return dict(value=round(float(a), 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def _count(n):
    return dict(value=int(n), tolerance=0.5)


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    """customers reaching each step; cond may use e.* (the first step-1 event in the period) and c.*."""
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


def conv(journey, start, end, cond="1=1", upto=None, frm=0, later=False, within=False):
    """step `upto` (0-based, default last) over step `frm`; later=True: the question says later steps count;
    within=True: the question says only steps inside the period count."""
    vals = []
    for bounded in ((False,) if later else (True,) if within else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        k = len(c) - 1 if upto is None else upto
        vals.append(c[k] / c[frm])
    return _rate2(vals[0], vals[-1])


def rank_conv(journey, start, end, by, groups, margin=1.1, lowest=False, min_n=30, upto=None):
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            k = len(c) - 1 if upto is None else upto
            if c[0] >= min_n:
                rows.append((g, c[k] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2, cond="1=1", later=False):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in ((False,) if later else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per-group (session) funnel ----------

def group_steps(start, end):
    """groups (quotes by quote ts) reaching hold, name list, payment, boarding (same session_id)."""
    rows = q(f"""WITH g AS (SELECT session_id FROM events WHERE touchpoint_id = 'tp_agent_quote'
                                AND {_in('ts', start, end)})
                 SELECT count(*),
                        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM events e WHERE e.session_id = g.session_id
                                                       AND e.touchpoint_id = 'tp_group_hold')),
                        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM events e WHERE e.session_id = g.session_id
                                                       AND e.touchpoint_id = 'tp_name_list')),
                        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM events e WHERE e.session_id = g.session_id
                                                       AND e.touchpoint_id = 'tp_group_payment')),
                        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM events e WHERE e.session_id = g.session_id
                                                       AND e.touchpoint_id = 'tp_boarding'))
                 FROM g""")
    return list(rows[0])


def group_paid_share(start, end):
    c = group_steps(start, end)
    return _rate(c[3] / c[0])


def group_top_lost(start, end, margin=1.2):
    steps = ["tp_agent_quote", "tp_group_hold", "tp_name_list", "tp_group_payment", "tp_boarding"]
    c = group_steps(start, end)
    lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
    best = max(range(len(lost)), key=lambda i: lost[i])
    assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
    return dict(top_entity=steps[best])


# ---------- events ----------

def events_count(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                      f"AND ({cond})"))


def events_distinct(col, tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(DISTINCT {col}) FROM events e WHERE e.touchpoint_id = '{tp}' "
                      f"AND {_in('e.ts', start, end)} AND ({cond})"))


def events_sum(tp, col, start, end, cond="1=1", tol_rel=0.002):
    v = float(one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.5, abs(v) * tol_rel), 2))


def events_avg(tp, col, start, end, cond="1=1", tol_rel=0.02):
    v = float(one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.1, abs(v) * tol_rel), 2))


def share_of(tp, num, start, end, cond="1=1"):
    return one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' "
               f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(share_of(tp, num, start, end, cond))


def top_events_share(tp, num, by, start, end, margin=1.2, min_n=30, cond="1=1", lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}")
    assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.15, agg="count(*)"):
    rows = q(f"SELECT {by}, {agg} n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


def orders_sum(start, end, cond="1=1", col="o.amount", status="paid"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_share(num, start, end, cond="1=1"):
    return _rate(one(f"SELECT sum(CASE WHEN {num} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o "
                     f"WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def order_avg(start, end, cond="1=1", col="o.amount"):
    v = one(f"SELECT avg({col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1, join="", lowest=False):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o {join} WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1
                 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
    return dict(top_entity=rows[0][0])


def orders_count(start, end, cond="1=1", status="paid"):
    return _count(one(f"SELECT count(*) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


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


def top_fb_avg(by, cond, margin=0.15, lowest=True, min_n=15):
    rows = q(f"SELECT {by}, avg(f.rating) r, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- names ----------
Y25 = ("2025-01-01", "2025-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
Q1_25, Q1_26, Q4_25 = quarter(2025, 1), quarter(2025 + 1, 1), quarter(2025, 4)
SPRING26 = ("2026-03-01", "2026-05-31")
JAN_APR_26 = ("2026-01-01", "2026-04-30")
JAN_MAY_26 = ("2026-01-01", "2026-05-31")
AUG25, JUL25, SEP25, NOV25 = month(2025, 8), month(2025, 7), month(2025, 9), month(2025, 11)
APR26, APR25, MAY26, MAY25 = month(2026, 4), month(2025, 4), month(2026, 5), month(2025, 5)
GW25 = ("2025-10-01", "2025-10-07")
SURVEY = "f.channel = 'survey'"
MARKERS = {
    "seat_map": ["选座", "座位图", "seat map", "seat selection"],
    "verification": ["人脸识别", "实名核验", "face scan", "face verification"],
    "payment_fail": ["支付失败", "付款失败", "payment failed", "card declined", "card was declined"],
    "delay": ["延误", "晚点", "delayed", "late departure"],
    "comp_slow": ["还没到账", "迟迟没到", "still not paid", "still hasn't been paid", "still waiting for my"],
    "comp_rejected": ["驳回", "被拒", "rejected my claim", "claim was rejected"],
    "cafe": ["餐吧", "cafe"],
    "queue": ["排队", "queue", "queuing"],
    "vehicle_check": ["过磅", "车辆安检", "car lane", "vehicle check"],
    "miles": ["里程", "miles"],
    "refund_fee": ["退票手续费", "退票扣", "refund fee", "cancellation fee"],
    "crew": ["船员", "crew"],
    "scenery": ["风景", "景色", "scenery", "sea view"],
    "seasick": ["晕船", "seasick"],
    "group": ["名单", "name list", "group booking"],
    "cancel": ["停航", "sailing was cancelled", "sailings were cancelled"],
    "clean": ["干净", "clean"],
    "app_easy": ["方便", "easy to", "smooth"],
}
TOPIC = {k: _like("f.text", v) for k, v in MARKERS.items()}
SEG = "e.customer_id IN (SELECT customer_id FROM customers WHERE segment = '{}')"
ROUTE = "e.route_id = '{}'"


def gold():
    senior = "c.segment = 'senior'"
    pts, hkmo = ROUTE.format("ZS-PTS"), ROUTE.format("HK-MO")
    android = "e.device = 'android'"
    return {
        # ---- funnels (per customer)
        "fl01": lambda: conv("online_booking", *Y25),
        "fl02": lambda: top_lost("online_booking", *AUG25),
        "fl03": lambda: top_lost("online_booking", *SEP25, later=True),
        "fl04": lambda: conv("online_booking", *AUG25, cond=android, upto=2, frm=1, within=True),
        "fl05": lambda: conv("online_booking", *AUG25, cond="e.device = 'ios'", upto=2, frm=1, within=True),
        "fl06": lambda: rank_conv("online_booking", *Y25, by="c.segment",
                                  groups=["tourist", "island_resident", "business", "senior"], lowest=True, upto=4,
                                  margin=1.3),
        "fl07": lambda: conv("online_booking", *Y25, cond=senior, upto=4),
        "fl08": lambda: top_lost("online_booking", *Y25, cond=senior, margin=1.5),
        "fl09": lambda: conv("vehicle_booking", *Y25),
        "fl10": lambda: conv("delay_claim", *Y25, later=True),
        "fl11": lambda: conv("delay_claim", *JAN_APR_26, later=True),
        "fl12": lambda: events_share("tp_claim_review", "e.action = 'approved'", *Y25),
        "fl13": lambda: conv("membership_miles", *Y25, later=True),
        "fl14": lambda: conv("onboard_cafe", *Q1_26),
        # ---- per group
        "fl15": lambda: group_paid_share(*Y25),
        "fl16": lambda: group_top_lost(*Y25, margin=1.5),
        # ---- step records
        "fl17": lambda: events_share("tp_seat", "e.action = 'fail'", *AUG25, android),
        "fl18": lambda: events_count("tp_seat", *AUG25, f"e.action = 'fail' AND {android}"),
        "fl19": lambda: top_events_share("tp_payment", "e.action = 'fail'", 'e."支付方式"', *Y25, margin=1.2),
        "fl20": lambda: events_share("tp_payment", "e.action = 'fail'", *Y25, hkmo),
        "fl21": lambda: events_avg("tp_vehicle_checkin", "e.wait_min", *GW25),
        "fl22": lambda: events_avg("tp_vehicle_checkin", "e.wait_min", *NOV25),
        "fl23": lambda: top_events_share("tp_boarding", "e.delay_min >= 30", "e.route_en", *SPRING26, margin=2),
        "fl24": lambda: events_share("tp_boarding", "e.delay_min >= 30", *APR26, pts),
        "fl25": lambda: events_distinct("e.sailing_id", "tp_delay_notice", *APR26, pts),
        "fl26": lambda: events_count("tp_delay_notice", *Y25),
        "fl27": lambda: events_avg("tp_claim_review", "e.review_days", *MAY26),
        "fl28": lambda: events_avg("tp_claim_review", "e.review_days", *MAY25),
        "fl29": lambda: events_sum("tp_compensation", "e.comp_amount_cny", *Y25),
        "fl30": lambda: top_events_count("tp_claim_review", 'e."驳回原因"', *Y25, "e.action = 'rejected'", margin=2),
        "fl31": lambda: events_sum("tp_miles_redeem", "e.miles", *Y25),
        "fl32": lambda: top_events_count("tp_miles_redeem", 'e."兑换奖励"', *Y25, margin=1.3),
        "fl33": lambda: events_count("tp_agent_quote", *Q4_25),
        "fl34": lambda: events_count("tp_ticket_change", *SEP25, "e.action = 'auto_refund'"),
        "fl35": lambda: top_events_count("tp_search", "e.channel", *Y25, margin=2),
        # ---- money
        "fl36": lambda: orders_sum(*Y25),
        "fl37": lambda: top_orders("o.route_en", *Y25, margin=1.5),
        "fl38": lambda: orders_change(Q1_25, Q1_26),
        "fl39": lambda: orders_share("o.order_type = 'cafe'", *Y25),
        "fl40": lambda: top_orders("o.agent_name_en", *Y25, "o.order_type = 'group_ticket'", margin=1.5),
        "fl41": lambda: top_orders("o.agent_name", *JAN_MAY_26, "o.order_type = 'group_ticket'", margin=1.15),
        "fl42": lambda: order_avg(*Y25, "o.order_type = 'vehicle_ticket'"),
        "fl43": lambda: orders_sum(*Y25, "o.order_type <> 'cafe'", status="refunded"),
        "fl44": lambda: orders_sum(*Y25, "o.route_id = 'HK-MO'", col="o.amount_local"),
        "fl45": lambda: orders_sum(*MAY26),
        "fl46": lambda: orders_sum(*H2_25, "o.route_id = 'XM-KM' AND o.order_type = 'passenger_ticket'"),
        "fl47": lambda: order_avg(*Y25, "o.order_type = 'cafe' AND o.route_id = 'HK-MO'"),
        "fl48": lambda: orders_count(*Q1_26, "o.order_type = 'vehicle_ticket'"),
        # ---- customers
        "fl49": lambda: customers_count("c.tier = 'gold'"),
        "fl50": lambda: customers_share("c.acquisition_channel = 'ota'"),
        "fl51": lambda: customers_count("c.segment = 'tour_agent'"),
        "fl52": lambda: top_customers("c.region", margin=1.1),
        # ---- feedback
        "fl53": lambda: fb_topic_count(TOPIC["comp_slow"], _in("f.ts", *MAY26)),
        "fl54": lambda: fb_topic_count(TOPIC["comp_slow"], _in("f.ts", *JAN_MAY_26)),
        "fl56": lambda: top_fb_count("f.touchpoint_id", TOPIC["seat_map"], margin=2),
        "fl57": lambda: fb_topic_count(TOPIC["verification"]),
        "fl58": lambda: nps_share(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "fl59": lambda: fb_avg(f"{SURVEY} AND f.route_id = 'ZS-PTS' AND {_in('f.ts', *APR26)}", tol=0.05),
        "fl60": lambda: fb_avg(f"{SURVEY} AND f.route_id = 'ZS-PTS' AND {_in('f.ts', *APR25)}", tol=0.05),
        "fl61": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'app_review' AND f.rating IS NOT NULL "
                                                  f"AND {_in('f.ts', *Y25)}"),
        "fl62": lambda: feedback_ids(TOPIC["cafe"]),
        "fl63": lambda: fb_avg(f"f.channel = 'cafe_rating' AND {_in('f.ts', *Y25)}"),
        "fl64": lambda: fb_topic_count(TOPIC["seasick"]),
        "fl65": lambda: fb_topic_count(TOPIC["crew"]),
        "fl66": lambda: events_count("tp_delay_notice", "2026-05-11", "2026-05-17"),
    }


def checks():
    for topic, cond in TOPIC.items():
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
        print(it["id"], it["lang"], it["question"][:70], shown)
    print("status-only ok items:", status_only)
    langs = [it["lang"] for it in items]
    print(f"{len(items)} items: zh {langs.count('zh')} / en {langs.count('en')}; status",
          {s: sum(1 for it in items if it['expect']['status'] == s) for s in ('ok', 'unsupported', 'clarify')},
          "follow-ups", sum(1 for it in items if 'follow_up_of' in it), "as_of", sum(1 for it in items if 'as_of' in it))
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
