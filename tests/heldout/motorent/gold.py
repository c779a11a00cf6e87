"""Gold answers for the 骑遇 RideYonder motorcycle touring rental held-out batch: plain DuckDB SQL over the raw CSVs
written by generate.py (never the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md, per person (customer_id): a customer reaches step k when they have an event at step k's
  touchpoint (any action: a failed licence check still reaches tp_licence) after reaching step k-1, within the
  journey window from their first step-1 event in the period (booking_to_ride 90 d, quote_to_booking 14 d,
  return_to_refund 30 d, review_loop 14 d). The tolerance covers both readings (later steps may fall after the period
  end, or not) unless the question says later steps count. A depot / channel / tour-type filter applies to the
  person's first step-1 event in the period; a customer attribute (region, segment, A/B variant) to the customer.
  "Where do we lose the most" = the step whose next step is not reached by the most people (its touchpoint_id).
  Step rates = people at step k+1 / people at step k of the same funnel. "Customers" / "people" = distinct
  customer_id; "riders" = customers who are not quote-only prospects (segment <> 'prospect');
- counts of a step = that touchpoint's events in the period (bookings = tp_booking, pickups = tp_pickup, breakdown
  calls = tp_breakdown, cancellations = tp_cancel with cancel_reason); shares of a step's own records: licence
  failure = 'fail' among tp_licence events; damage found = 'damage_found' among tp_inspection events; dispute rate =
  'disputed' among tp_damage_claim events; late return = 'returned_late' among tp_return events; waits = tp_pickup
  wait_min; breakdown response = tp_breakdown response_min; refund time = tp_deposit_refund days_to_refund (by the
  refund event's ts);
- money = orders with status 'paid' by order ts, `amount` in CNY (THB 0.2, NZD 4.3, EUR 7.8, USD 7.2 at the fixed
  group rate); amount_local only when a local currency is asked. Revenue = booking deposits (订金, 30 % at booking)
  + balances + gear + cover plans + guided-tour fees + damage charges + late fees. The security deposit (押金) is
  never an order (it lives on tp_pickup / tp_deposit_refund events). A refunded booking deposit has status
  'refunded' (order ts = the booking);
- zh top entities are Chinese values (depot, 车型级别, 失败原因, 故障类型, 获客渠道 ...), en ones English values
  (depot_en, bike_model, fail_reason, variant ...) or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers (tolerance 5 %, checked against
  _truth/feedback_truth.csv); reviews = channel 'review' (post-trip review with rating 1-5 and NPS 0-10);
  negative = rating 1-2; NPS = share of 9-10 minus share of 0-6, as a fraction;
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "events", "experiments"):
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
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-05-31")
Q1_25, Q3_25, Q1_26 = quarter(2025, 1), quarter(2025, 3), quarter(2026, 1)
AB = ("2025-10-01", "2025-12-31")
(QUOTE, BOOK, CANCEL, LIC, PICK, TOUR, BD, RET, INSP, CLAIM, REFUND, INVITE, REVIEW, SUPPORT) = (
    "tp_quote", "tp_booking", "tp_cancel", "tp_licence", "tp_pickup", "tp_tour", "tp_breakdown", "tp_return",
    "tp_inspection", "tp_damage_claim", "tp_deposit_refund", "tp_review_invite", "tp_review", "tp_support")
REV = "f.channel = 'review'"
IDP_T = _like("f.text", ["国际驾照", "idp"])
DAMAGE_T = _like("f.text", ["定损", "damage claim"])
DEPOSIT_T = _like("f.text", ["押金", "bond refund", "security deposit"])
BREAK_T = _like("f.text", ["救援", "breakdown"])
QUEUE_T = _like("f.text", ["排队", "queue"])
HELMET_T = _like("f.text", ["头盔", "helmet"])
HIDDEN_T = _like("f.text", ["隐藏费用", "hidden fee", "hidden charge"])
LATE_T = _like("f.text", ["超时费", "late fee"])
TYRE_T = _like("f.text", ["轮胎", "tyre"])
GUIDE_T = _like("f.text", ["领队", "guide"])
BIKE_T = _like("f.text", ["车况很好", "well maintained", "well-maintained"])
EASY_T = _like("f.text", ["很方便", "easy to book"])
TOPICS = ((IDP_T, "idp"), (DAMAGE_T, "damage_claim"), (DEPOSIT_T, "deposit_slow"), (BREAK_T, "breakdown"),
          (QUEUE_T, "queue"), (HELMET_T, "helmet"), (HIDDEN_T, "hidden_fee"), (LATE_T, "late_fee"),
          (TYRE_T, "tyre"), (GUIDE_T, "guide"), (BIKE_T, "bike_great"), (EASY_T, "easy_booking"))
DEPOT = {k: f"e.depot_id = '{k}'" for k in ("D1", "D2", "D3", "D4", "D5", "D6")}
CN_RIDER = "e.customer_id IN (SELECT customer_id FROM customers WHERE region = 'mainland_china')"


def arm(v):
    return f"c.customer_id IN (SELECT customer_id FROM experiments WHERE variant = '{v}')"


def gold():
    cm_cn = f"{DEPOT['D3']} AND c.region = 'mainland_china'"
    group = "o.customer_id IN (SELECT customer_id FROM customers WHERE segment = 'group')"
    muc = ("2025-05-01", "2026-05-31")
    qt = ("2026-02-01", "2026-04-30")
    gw = ("2025-10-01", "2025-10-07")
    var = "(SELECT variant FROM experiments x WHERE x.customer_id = c.customer_id)"
    return {
        # ---- funnels
        "mr01": lambda: conv("booking_to_ride", *Y25, later=True),
        "mr02": lambda: top_lost("booking_to_ride", *H2_25, cond=DEPOT["D3"], margin=1.2),
        "mr03": lambda: conv("booking_to_ride", *H2_25, cond=cm_cn, upto=2, frm=1, later=True),
        "mr04": lambda: conv("booking_to_ride", *H1_25, cond=cm_cn, upto=2, frm=1, later=True),
        "mr05": lambda: rank_conv("booking_to_ride", *Y25, by="e.channel", groups=["web", "app", "mini_program", "phone"],
                                  lowest=True, margin=1.03),
        "mr06": lambda: conv("quote_to_booking", *Q1_26),
        "mr07": lambda: conv("quote_to_booking", *AB, cond=arm("B_all_in_price"), later=True),
        "mr08": lambda: conv("quote_to_booking", *AB, cond=arm("A_base_price"), later=True),
        "mr09": lambda: rank_conv("quote_to_booking", *AB, by=var, groups=["A_base_price", "B_all_in_price"],
                                  margin=1.15),
        "mr10": lambda: conv("review_loop", *Y25, later=True),
        "mr11": lambda: conv("review_loop", *Y25, cond="e.tour_type = 'guided'", later=True),
        "mr12": lambda: funnel_count("booking_to_ride", *month(2025, 8), 2, later=True),
        # ---- step records
        "mr13": lambda: events_share(LIC, "e.action = 'fail'", *H2_25, f"{DEPOT['D3']} AND {CN_RIDER}"),
        "mr14": lambda: events_share(LIC, "e.action = 'fail'", *H1_25, f"{DEPOT['D3']} AND {CN_RIDER}"),
        "mr15": lambda: top_events_count(LIC, "e.fail_reason", *H2_25, f"e.action = 'fail' AND {DEPOT['D3']}",
                                         margin=2),
        "mr16": lambda: top_events_count(LIC, 'e."失败原因"', *H2_25, "e.action = 'fail'", margin=1.15),
        "mr17": lambda: events_share(INSP, "e.action = 'damage_found'", *Y25, "e.bike_class = 'large'"),
        "mr18": lambda: top_events_share(INSP, "e.action = 'damage_found'", 'e."车型级别"', *Y25, margin=1.8),
        "mr19": lambda: events_share(CLAIM, "e.action = 'disputed'", *muc, DEPOT["D5"]),
        "mr20": lambda: top_events_share(CLAIM, "e.action = 'disputed'", "e.depot", *muc, margin=1.8),
        "mr21": lambda: events_avg(REFUND, "e.days_to_refund", *qt, DEPOT["D4"]),
        "mr22": lambda: top_events_agg(REFUND, "e.days_to_refund", "e.depot", *qt, agg="avg", margin=2),
        "mr23": lambda: events_avg(PICK, "e.wait_min", *gw, DEPOT["D1"]),
        "mr24": lambda: events_avg(PICK, "e.wait_min", *gw, DEPOT["D2"]),
        "mr25": lambda: top_events_count(BD, "e.bike_model", *Q3_25, margin=1.15),
        "mr26": lambda: top_events_count(BD, 'e."故障类型"', *Q3_25, "e.bike_model LIKE 'Royal Enfield%'", margin=2),
        "mr27": lambda: events_avg(BD, "e.response_min", *Y25, DEPOT["D1"]),
        "mr28": lambda: events_at(BD, *Y25),
        "mr29": lambda: events_share(RET, "e.action = 'returned_late'", "2025-06-01", "2025-10-31", DEPOT["D3"]),
        "mr30": lambda: top_events_share(RET, "e.action = 'returned_late'", "e.depot_en", *H2_25, margin=1.5),
        "mr31": lambda: events_at(CANCEL, *H2_25, "e.cancel_reason = 'licence_failed'"),
        "mr32": lambda: events_at(BOOK, *month(2026, 3)),
        "mr33": lambda: events_at(PICK, "2025-10-06", "2025-10-12"),
        "mr34": lambda: events_avg(PICK, "e.rental_days", *Y25),
        "mr35": lambda: events_avg(RET, "e.km_ridden", *Y25, DEPOT["D4"]),
        # ---- money
        "mr36": lambda: orders(*Y25),
        "mr37": lambda: orders(*Q1_26, "o.depot_id = 'D5'", col="o.amount_local"),
        "mr38": lambda: top_orders("o.depot", *Q3_25, margin=1.3),
        "mr39": lambda: orders(*Y25, "o.order_type = 'damage_charge'"),
        "mr40": lambda: orders_share("o.order_type = 'guided_tour'", *Y25),
        "mr41": lambda: order_avg(*Y25, "o.order_type = 'booking_deposit'"),
        "mr42": lambda: orders_change(Q1_25, Q1_26),
        "mr43": lambda: orders(*Y25, "o.order_type = 'booking_deposit'", status="refunded"),
        "mr44": lambda: orders(*Y25, "o.order_type = 'cover_plan' AND o.plan = 'premium'"),
        "mr45": lambda: orders(*H2_25, "o.depot_id = 'D3'", col="o.amount_local"),
        "mr46": lambda: orders_share(group, *Y25),
        "mr47": lambda: top_orders("o.bike_class", *Y25, margin=1.1),
        "mr80": lambda: orders(*month(2026, 5)),
        # ---- customers
        "mr48": lambda: customers_count("c.tier = 'rider_club'"),
        "mr49": lambda: top_customers('c."获客渠道"', "c.region = 'mainland_china' AND c.segment <> 'prospect'",
                                      margin=1.1),
        # ---- feedback
        "mr50": lambda: fb_topic_count(IDP_T),
        "mr51": lambda: top_fb_count("f.depot", DAMAGE_T, margin=1.5),
        "mr52": lambda: top_fb_count("f.touchpoint_id", DEPOSIT_T, margin=2),
        "mr53": lambda: top_fb_count("f.depot", DEPOSIT_T, margin=2),
        "mr54": lambda: fb_topic_count(HELMET_T),
        "mr55": lambda: nps_share(f"{REV} AND {_in('f.ts', *Y25)}"),
        "mr56": lambda: fb_ratio("f.rating <= 2", f"{REV} AND {_in('f.ts', *H1_26)}"),
        "mr57": lambda: top_fb_avg("f.depot", f"{REV} AND {_in('f.ts', *H1_26)}", lowest=True, margin=0.15),
        "mr58": lambda: fb_avg(f"{REV} AND f.depot_id = 'D5' AND {_in('f.ts', *Y25)}"),
        "mr59": lambda: fb_topic_count(HIDDEN_T),
        "mr60": lambda: fb_topic_count(f"{HIDDEN_T} AND f.customer_id IN (SELECT customer_id FROM experiments "
                                       "WHERE variant = 'A_base_price')"),
        "mr61": lambda: feedback_ids(DEPOSIT_T),
        "mr62": lambda: fb_topic_count(GUIDE_T),
        "mr63": lambda: fb_topic_count(BREAK_T),
        "mr64": lambda: fb_count(f"{REV} AND {_in('f.ts', *Y25)}"),
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
