"""Gold answers for the 轻居 LiteNest furniture and appliance rental held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "people" = customer_id (one account: a visitor who browsed, or a renter). Customer attributes
  (acquisition channel, region, occupation) are read from customers.csv as stored at the end of the data; the city
  of an event or an order is its own `city` column (the same as the customer's);
- funnels follow DATA.md: a customer reaches step k with an event (any action: a declined credit check or a failed
  delivery attempt is still an event at that touchpoint) at step k's touchpoint after reaching step k-1, within the
  journey window from their first step-1 event in the period (rental_order 21 d, checkout 7 d, ad_conversion 30 d,
  return_flow 30 d); rates are per customer; the tolerance covers both readings (later steps allowed after the
  period end, or not). "Where do we lose the most people" = the step whose next step is not reached by the most
  customers (the loss between k and k+1 is attributed to step k). A "by platform" checkout conversion keeps only
  step-1 events of that channel (events.channel: web / app / mini_program);
- new-visitor conversion by acquisition channel = customers whose first-ever tp_browse event falls in the period,
  converted when they have a `delivered` tp_delivery event after it (ever);
- per-event rates count event rows: first-attempt delivery failure = tp_delivery rows with attempt_no = 1 that are
  `failed` / all tp_delivery rows with attempt_no = 1; rent charge failure = tp_monthly_bill rows `failed` / all
  tp_monthly_bill rows (every attempt, retries included); credit-check shares over tp_credit_check rows
  (approved / deposit_required / declined); deduction rate = tp_return_inspection rows `deducted` / all its rows;
  charged share of claims = tp_damage_claim rows `charged` / all rows of that claim_type; no-show share =
  tp_return_pickup rows `no_show` / all its rows; period by the event's ts;
- durations: order to delivery = per contract_id, the tp_order row's ts to the first `delivered` tp_delivery row
  of the same contract (median in days; the tolerance covers counting calendar days); deposit refund =
  deposit_refund_days on the tp_return_inspection row; ticket resolution = resolution_hours on the tp_support row
  (one row = one ticket, period by the opening time);
- contracts signed = tp_order rows (each has one rental_contract order at the same time; cancelled ones included);
  cancelled before delivery = rental_contract orders with status `cancelled`; extensions = tp_extension rows,
  buy-outs = tp_buyout rows, return requests = tp_return_request rows (return_type `early` = early return);
- money is USD (orders.amount, the company's reporting currency): rent = order_type `monthly_rent` with status
  `paid`; `failed` = never paid after all retries; `refunded` rent orders are duplicate charges (duplicate_charge =
  yes) that were given back; buy-outs = `buyout` paid; damage fees = `damage_fee` paid; deposits are not revenue:
  order_type `deposit` with status `paid` = still held at the end of the data, `refunded` = given back; period by
  orders.ts; the city of an order is orders.city;
- zh top entities are the Chinese twins (套餐, 拒绝原因, 失败原因, 问题类别, 订单类型, 品类, 区域) and en ones the English
  values (package, decline_reason, failure_reason, logistics_partner, ticket_category, return_reason,
  acquisition_channel, ad_platform, region, city) or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers with a 5 % tolerance (checked
  against _truth/feedback_truth.csv); delivery survey = channel `delivery_survey` (1-5 after a delivery); CSAT =
  channel `csat` (1-5 after a ticket); NPS = channel `nps_survey` (waves in the first half of Jan / Apr / Jul / Oct,
  survey_wave 2025Q1 ...), NPS = share 9-10 minus share 0-6 (a fraction); app store reviews = channel `app_review`;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday.
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true, "
                "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1, "
                    "all_varchar=true)")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def _lead(rows, margin, lowest=False):
    """the winner must clearly beat the runner-up (ratio `margin`)."""
    a, b = rows[0][1], rows[1][1]
    if lowest:
        assert b > a * margin, rows[:4]
    else:
        assert a > b * margin, rows[:4]


def _count(n):
    return dict(value=n, tolerance=0.5)


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def _median(v, w=None, floor=0.1):
    v = float(v)
    tol = max(floor, v * 0.03)
    if w is not None:
        tol = max(tol, abs(v - float(w)) + 0.05)
    return dict(value=round(v, 3), tolerance=round(tol, 3))


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, first_cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM events e WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}
                    AND ({first_cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, first_cond="1=1"):
    vals = [funnel(journey, start, end, bounded=b, first_cond=first_cond) for b in (False, True)]
    vals = [c[-1] / c[0] for c in vals]
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def rank_conv(journey, start, end, col, values, lowest=True, margin=1.3):
    tops = set()
    for bounded in (False, True):
        rows = []
        for v in values:
            c = funnel(journey, start, end, bounded=bounded, first_cond=f"{col} = '{v}'")
            rows.append((v, c[-1] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        _lead(rows, margin, lowest)
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
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- new-visitor conversion (first browse -> delivered, per customer) ----------

def _visitors(start, end):
    return f"""(SELECT f.customer_id, f.t0, c.* EXCLUDE (customer_id),
               EXISTS (SELECT 1 FROM events d WHERE d.customer_id = f.customer_id AND d.touchpoint_id = 'tp_delivery'
                       AND d.action = 'delivered' AND d.ts > f.t0) AS converted
               FROM (SELECT customer_id, min(ts) t0 FROM events WHERE touchpoint_id = 'tp_browse' GROUP BY 1) f
               JOIN customers c USING (customer_id) WHERE {_in('f.t0', start, end)}) v"""


def visitor_conv(start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(converted::int) FROM {_visitors(start, end)} WHERE {cond}"))


def rank_visitor_conv(start, end, by, lowest=True, margin=1.3, min_n=100):
    rows = q(f"SELECT {by}, avg(converted::int) r, count(*) FROM {_visitors(start, end)} GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def _ev(tp, start, end, cond):
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) {_ev(tp, start, end, cond)}"))


def customers_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(DISTINCT e.customer_id) {_ev(tp, start, end, cond)}"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_avg(tp, col, start, end, cond="1=1", rel=0.01):
    v = float(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.1, abs(v) * rel), 2))


def events_median(tp, col, start, end, cond="1=1"):
    return _median(one(f"SELECT median({col}) {_ev(tp, start, end, cond)}"))


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, by, col, start, end, cond="1=1", margin=1.2, agg="avg", lowest=False, min_n=30):
    rows = q(f"SELECT {by}, {agg}({col}) n, count(*) {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def order_to_delivery(start, end):
    src = f"""(SELECT o.contract_id, o.ts t0, min(d.ts) t1 FROM events o JOIN events d ON d.contract_id = o.contract_id
              AND d.touchpoint_id = 'tp_delivery' AND d.action = 'delivered'
              WHERE o.touchpoint_id = 'tp_order' AND {_in('o.ts', start, end)} GROUP BY 1, 2) x"""
    v = one(f"SELECT median(epoch(t1 - t0) / 86400.0) FROM {src}")
    w = one(f"SELECT median(date_diff('day', t0::DATE, t1::DATE)) FROM {src}")
    return _median(v, w)


# ---------- orders ----------

def _ord(start, end, kind, cond, status="paid"):
    st = f"AND o.status = '{status}'" if status else ""
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    kd = f"AND o.order_type = '{kind}'" if kind else ""
    return f"FROM orders o WHERE 1=1 {kd} {st} {per} AND ({cond})"


def revenue(start, end, kind, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) {_ord(start, end, kind, cond, status)}"))


def revenue_change(a, b, kind, cond="1=1"):
    x = one(f"SELECT sum(o.amount) {_ord(*a, kind, cond)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, kind, cond)}")
    return _rate((y - x) / x)


def orders_count(start, end, kind, cond="1=1", status="paid"):
    return _count(one(f"SELECT count(*) {_ord(start, end, kind, cond, status)}"))


def top_revenue(by, start, end, kind, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, sum(o.amount) n {_ord(start, end, kind, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topic):
    extra = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
                f"AND truth.topic <> '{topic}'")
    missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                 f"WHERE truth.topic = '{topic}' AND NOT ({cond})")
    assert extra == 0 and missed == 0, (topic, extra, missed)


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_score(cond):
    return _rate(one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
                     f"WHERE f.nps IS NOT NULL AND {cond}"))


def rank_fb_avg(by, cond, min_n, margin=0.2):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, steps, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2026-01-01", "2026-06-30")
Q4_25, Q1_26, Q2_26 = quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
AUG25, SEP25, JAN26, FEB26 = month(2025, 8), month(2025, 9), month(2026, 1), month(2026, 2)
(AD, BROWSE, CONFIG, CREDIT, ORDER, SLOT, DELIVERY, BILL, SUPPORT, CLAIM, SWAP, EXTEND, BUYOUT, RET_REQ, PICKUP,
 INSPECT) = ("tp_social_ad", "tp_browse", "tp_package_config", "tp_credit_check", "tp_order", "tp_slot_booking",
             "tp_delivery", "tp_monthly_bill", "tp_support", "tp_damage_claim", "tp_swap", "tp_extension",
             "tp_buyout", "tp_return_request", "tp_return_pickup", "tp_return_inspection")
MARKERS = {
    "late": ["迟到", "late"], "assembly": ["组装", "assembl"], "stain": ["污渍", "stain"], "crew": ["师傅", "crew"],
    "double_charge": ["重复扣款", "charged twice"], "payment_failed": ["扣款失败", "payment failed"],
    "deposit": ["押金", "deposit"], "damage_charge": ["定损", "damage charge"], "pickup": ["取件", "pickup"],
    "support": ["客服", "customer service"], "buyout": ["买断", "buyout"], "credit": ["信用审核", "credit check"],
    "swap": ["换新", "swap"], "crash": ["闪退", "crash"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}


def gold():
    return {
        # ---- funnels and conversion
        "fr01": lambda: conv("rental_order", *Q4_25),
        "fr02": lambda: top_lost("rental_order", *H1_26),
        "fr03": lambda: rank_visitor_conv(*Y25, by="acquisition_channel", margin=2.5),
        "fr04": lambda: visitor_conv(*Y25, "acquisition_channel = 'referral'"),
        "fr05": lambda: rank_conv("checkout", *Y25, "e.channel", ["web", "app", "mini_program"], margin=1.3),
        "fr06": lambda: conv("checkout", *Y25, "e.channel = 'web'"),
        "fr07": lambda: conv("checkout", *Y25, "e.channel = 'app'"),
        "fr08": lambda: conv("ad_conversion", *Y25),
        "fr09": lambda: rank_conv("ad_conversion", *Y25, "e.ad_platform",
                                  ["google", "baidu", "instagram", "tiktok", "xiaohongshu", "douyin"], margin=2.5),
        # ---- credit and deposit check
        "fr10": lambda: events_share(CREDIT, "e.action = 'declined'", *Y25),
        "fr11": lambda: events_share(CREDIT, "e.action = 'deposit_required'", *Y25),
        "fr12": lambda: top_events_count(CREDIT, "e.decline_reason", *Y25, "e.action = 'declined'", margin=1.15),
        "fr13": lambda: events_share(CREDIT, "e.action = 'approved'", *Y25, "e.credit_bureau = '芝麻信用'"),
        "fr14": lambda: events_share(CREDIT, "e.action = 'approved'", *Y25, "e.credit_bureau = 'Experian'"),
        # ---- contracts
        "fr15": lambda: events_at(ORDER, *Q1_26),
        "fr16": lambda: top_events_count(ORDER, 'e."套餐"', *Y25, margin=1.4),
        "fr17": lambda: orders_count(*H1_26, "rental_contract", status="cancelled"),
        "fr18": lambda: order_to_delivery(*Y25),
        # ---- delivery
        "fr19": lambda: events_share(DELIVERY, "e.action = 'failed'", *SEP25, "e.attempt_no = 1"),
        "fr20": lambda: events_share(DELIVERY, "e.action = 'failed'", *AUG25, "e.attempt_no = 1"),
        "fr21": lambda: top_events_avg(DELIVERY, "e.logistics_partner", "(e.action = 'failed')::int", *Y25,
                                       "e.attempt_no = 1", margin=1.8),
        "fr22": lambda: top_events_count(DELIVERY, 'e."失败原因"', *SEP25, "e.action = 'failed'", margin=2.0),
        # ---- billing and money
        "fr23": lambda: events_share(BILL, "e.action = 'failed'", *FEB26),
        "fr24": lambda: events_share(BILL, "e.action = 'failed'", *JAN26),
        "fr25": lambda: revenue(*Q2_26, "monthly_rent"),
        "fr26": lambda: revenue(*Q2_26, "monthly_rent", "o.city = 'Shanghai'"),
        "fr27": lambda: revenue_change(H1_25, H1_26, "monthly_rent"),
        "fr28": lambda: top_revenue("o.city", *Y25, "monthly_rent", margin=1.12),
        "fr29": lambda: dup_charges(*FEB26),
        "fr30": lambda: orders_count(*Y25, "monthly_rent", status="failed"),
        "fr31": lambda: revenue(None, None, "deposit"),
        "fr32": lambda: revenue(*Y25, "buyout"),
        "fr33": lambda: top_revenue('o."订单类型"', *Y25, None, "o.order_type NOT IN ('monthly_rent', 'deposit')",
                                    margin=2.0),
        "fr34": lambda: revenue(*Y25, "damage_fee"),
        # ---- damage claims
        "fr35": lambda: events_at(CLAIM, *Y25),
        "fr36": lambda: events_at(CLAIM, *Y25, "e.claim_type = 'arrived_damaged'"),
        "fr37": lambda: top_events_count(CLAIM, 'e."品类"', *Y25, "e.claim_type = 'arrived_damaged'", margin=2.5),
        "fr38": lambda: events_share(CLAIM, "e.action = 'charged'", *Y25, "e.claim_type = 'accidental_damage'"),
        # ---- swaps, extensions, returns
        "fr39": lambda: events_share(SWAP, "e.action = 'declined'", *Y25),
        "fr40": lambda: extensions(*Y25),
        "fr41": lambda: events_share(INSPECT, "e.action = 'deducted'", *Y25),
        "fr42": lambda: top_events_avg(INSPECT, "e.city", "(e.action = 'deducted')::int", *Y25, margin=1.15),
        "fr43": lambda: events_at(INSPECT, *Y25, "e.city = 'London'"),
        "fr44": lambda: events_median(INSPECT, "e.deposit_refund_days", *Y25),
        "fr45": lambda: top_events_avg(INSPECT, "c.region", "e.deposit_refund_days", *Y25,
                                       "e.deposit_refund_days IS NOT NULL", margin=1.4, agg="median", min_n=15),
        "fr46": lambda: top_events_count(RET_REQ, 'e."退租原因"', *Y25, "e.return_type = 'early'", margin=1.4),
        "fr47": lambda: events_share(PICKUP, "e.action = 'no_show'", *Y25),
        # ---- support
        "fr48": lambda: top_events_count(SUPPORT, "e.ticket_category", *FEB26, margin=3.0),
        "fr49": lambda: events_median(SUPPORT, "e.resolution_hours", *FEB26, "e.ticket_category = 'billing'"),
        "fr50": lambda: fb_avg(f"f.channel = 'csat' AND {_in('f.ts', *Y25)}"),
        # ---- feedback
        "fr51": lambda: top_fb_count("f.touchpoint_id", T["stain"], margin=5),
        "fr52": lambda: fb_count(T["stain"]),
        "fr53": lambda: top_fb_count("f.touchpoint_id", T["deposit"], margin=3),
        "fr54": lambda: fb_count(T["double_charge"], _in("f.ts", *FEB26)),
        "fr55": lambda: fb_count(T["late"], _in("f.ts", *SEP25)),
        "fr56": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 50),
        "fr57": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2026Q2'"),
        "fr58": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2026Q1'"),
        "fr59": lambda: fb_avg(f"f.channel = 'delivery_survey' AND {_in('f.ts', *Y25)}"),
        "fr60": lambda: feedback_ids(T["crew"]),
        "fr61": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'app_review' AND f.rating IS NOT NULL AND "
                                                  f"{_in('f.ts', *H1_26)}"),
        # ---- relative periods (as_of)
        "fr62": lambda: events_at(CREDIT, "2026-01-01", "2026-08-31"),
        "fr63": lambda: revenue(*Q1_26, "monthly_rent"),
        "fr64": lambda: events_at(CLAIM, "2026-03-02", "2026-03-08"),
        "fr65": lambda: events_at(DELIVERY, *SEP25, "e.action = 'failed'"),
    }


def dup_charges(start, end):
    """duplicate rent charges given back: by the order time, the tolerance covers counting by billing month."""
    a = one(f"SELECT count(*) FROM orders o WHERE o.order_type = 'monthly_rent' AND o.status = 'refunded' "
            f"AND {_in('o.ts', start, end)}")
    b = one(f"SELECT count(*) FROM orders o WHERE o.order_type = 'monthly_rent' AND o.status = 'refunded' "
            f"AND o.billing_month = '{start[:7]}'")
    return dict(value=a, tolerance=max(0.5, abs(a - b) + 0.5))


def extensions(start, end):
    a = one(f"SELECT count(*) {_ev(EXTEND, start, end, '1=1')}")
    b = one(f"SELECT count(DISTINCT e.contract_id) {_ev(EXTEND, start, end, '1=1')}")
    return dict(value=b, tolerance=abs(a - b) + 0.5)     # contracts; a few were extended twice in the period


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # one rental_contract order per tp_order event, at the same time
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_order'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'rental_contract' AND ts >= DATE '2025-01-01'")


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if _has_truth():
        checks()
    fns = gold()
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
    stats = [it["expect"]["status"] for it in items]
    print(f"{len(items)} items: zh {langs.count('zh')} / en {langs.count('en')}; "
          f"ok {stats.count('ok')}, unsupported {stats.count('unsupported')}, clarify {stats.count('clarify')}; "
          f"follow-ups {sum('follow_up_of' in it for it in items)}; as_of {sum('as_of' in it for it in items)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
