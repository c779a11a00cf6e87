"""Gold answers for the 驭风 WindRider Moto Group (motorcycle & e-scooter dealerships) held-out batch, from plain
DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "riders" / "leads" / "客户" / "用户" = customer_id (a person: a lead, a prospect who rode, or an
  owner). Customer attributes (acquisition_channel, licence_class, age_band ...) come from customers.csv; the city of
  an event, order or comment is its own `city` column (the same as the customer's home dealer city);
- funnels follow DATA.md: a customer reaches step k with an event (any action: a no-show or a weather-cancelled test
  ride, a declined finance application, a cancelled contract are still events at their touchpoint) at step k's
  touchpoint after reaching step k-1, within the journey window from their first step-1 event in the period
  (ad_to_testride 14 d, configurator_to_purchase 60 d, finance_purchase 30 d, purchase_to_first_service 120 d); rates
  are per customer; the tolerance covers both readings (later steps allowed after the period end, or not), except where
  the question says later steps count. In the first-service funnel a contract that was later cancelled is still a
  purchase event; the tolerance also covers starting from completed contracts only. "Where do we lose the most" = the step whose next step is not reached by the
  most customers (the loss between k and k+1 is attributed to step k). A "by platform" ad funnel keeps only step-1
  events of that platform (events.channel of tp_ad_lead: facebook, instagram, tiktok, douyin, xiaohongshu,
  wechat_moments); "e-scooter buyers" in the first-service funnel keep only purchase events with vehicle_type
  e_scooter;
- per-event rates count event rows, period by the event's ts: test-ride outcome shares over all tp_testride rows (every
  booked ride has one row: completed, no_show, cancelled_weather, licence_refused); finance approval rate = rows
  `approved` / all tp_finance_app rows (conditional approvals are not approvals); warranty rejection share = `rejected`
  / all tp_warranty rows; comeback share = `comeback` / all tp_service rows; trade-in share over tp_quote rows;
  financed share of sales over tp_purchase rows `completed`, payment_type = finance; handover issue share = pdi_issue
  <> 'none' over tp_handover rows;
- counts: test rides done = tp_testride rows `completed`; bikes sold = tp_purchase rows `completed` (a cancelled
  contract is not a sale); ad leads = tp_ad_lead rows after removing exact duplicate rows (webhook retries, same
  event_id); warranty claims = tp_warranty rows (any outcome); first services = tp_first_service rows (on time or late);
  workshop jobs = tp_service rows;
- money is CNY (orders.amount, the group's reporting currency), `paid` orders only, period by orders.ts: vehicle sales
  = order_type `vehicle`, workshop labour = `service`, parts = `parts`, accessories & gear = `accessories`;
- zh top entities are the Chinese twins where the same table has one (拒贷原因, 故障部件, 配件品类, 交车问题, 保养类型,
  车型类别) and en ones the English values; models, lenders, platforms and cities are their stored values; touchpoints
  are touchpoint_id;
- feedback: "all data" includes rows without ts (showroom comment cards, rider-forum posts); topic counts by text
  markers with a 5 % tolerance (checked against _truth/feedback_truth.csv); NPS = share 9-10 minus share 0-6 (a
  fraction) over handover_survey rows; test-ride survey = channel `test_ride_survey`, service CSAT = `service_csat`;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; a week is Monday..Sunday.
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


def _num(v, rel=0.01, floor=0.1):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


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


def conv_open(journey, start, end, first_cond="1=1"):
    """the question says later steps after the period end count: only that reading."""
    c = funnel(journey, start, end, bounded=False, first_cond=first_cond)
    return _rate(c[-1] / c[0])


def conv_open_either(journey, start, end, first_cond, alt_cond):
    """later steps after the period end count; the tolerance also covers a second reading of step 1 (alt_cond)."""
    a = funnel(journey, start, end, bounded=False, first_cond=first_cond)
    b = funnel(journey, start, end, bounded=False, first_cond=alt_cond)
    a, b = a[-1] / a[0], b[-1] / b[0]
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


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


# ---------- events ----------

def _ev(tp, start, end, cond):
    per = f"AND {_in('e.ts', start, end)}" if start else ""
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"{per} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) {_ev(tp, start, end, cond)}"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_avg(tp, col, start, end, cond="1=1", rel=0.01):
    return _num(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"), rel)


def events_median(tp, col, start, end, cond="1=1", floor=0.5):
    return _num(one(f"SELECT median({col}) {_ev(tp, start, end, cond)}"), 0.03, floor)


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, by, col, start, end, cond="1=1", margin=1.2, lowest=False, min_n=30, fn="avg"):
    rows = q(f"SELECT {by}, {fn}({col}) n, count(*) {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


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


def orders_share(num, start, end, kind, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ord(start, end, kind, cond, None)}"))


def top_revenue(by, start, end, kind, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, sum(o.amount) n {_ord(start, end, kind, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_orders_count(by, start, end, kind, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ord(start, end, kind, cond)} AND {by} IS NOT NULL "
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


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, steps, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q1_25, Q3_25, Q1_26 = quarter(2025, 1), quarter(2025, 3), quarter(2026, 1)
ALL = (None, None)
(AD, CONFIG, BOOK, RIDE, QUOTE, FIN, BUY, REG, HANDOVER, FIRST, SERVICE, WARRANTY, ACC, UPGRADE) = (
    "tp_ad_lead", "tp_configurator", "tp_testride_booking", "tp_testride", "tp_quote", "tp_finance_app",
    "tp_purchase", "tp_registration", "tp_handover", "tp_first_service", "tp_service", "tp_warranty",
    "tp_accessories", "tp_upgrade")
MARKERS = {
    "parts_wait": ["等配件", "waiting for parts"], "finance_declined": ["贷款被拒", "finance declined"],
    "pushy_sales": ["销售太推", "pushy"], "trade_in_low": ["置换估价", "trade-in offer"],
    "registration_slow": ["上牌太慢", "registration took"], "handover_scratch": ["划痕", "scratch"],
    "battery_range": ["续航", "battery range"], "service_cost": ["保养太贵", "service bill"],
    "advisor_praise": ["服务顾问", "service advisor"], "test_ride_praise": ["试驾体验", "test ride experience"],
    "too_many_calls": ["电话太多", "too many calls"], "helmet_fit": ["头盔尺码", "helmet size"],
    "claim_rejected": ["拒赔", "claim was rejected"], "booking_system": ["预约系统", "booking system"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
AD_PLATFORMS = ["facebook", "instagram", "tiktok", "douyin", "xiaohongshu", "wechat_moments"]
DONE = "e.action = 'completed'"


def gold():
    return {
        # ---- funnels and conversion
        "md01": lambda: conv("ad_to_testride", *Y25),
        "md02": lambda: rank_conv("ad_to_testride", *Y25, "e.channel", AD_PLATFORMS, margin=2.0),
        "md03": lambda: conv("ad_to_testride", *Y25, "e.channel = 'douyin'"),
        "md04": lambda: conv("configurator_to_purchase", *Y25),
        "md05": lambda: top_lost("configurator_to_purchase", *H1_25, margin=2.0),
        "md06": lambda: conv("finance_purchase", *Y25),
        "md07": lambda: conv_open_either("purchase_to_first_service", *H1_25, "1=1", DONE),
        "md08": lambda: conv_open_either("purchase_to_first_service", *H1_25, "e.vehicle_type = 'e_scooter'",
                                         f"e.vehicle_type = 'e_scooter' AND {DONE}"),
        # ---- test rides, leads, configurator
        "md09": lambda: events_at(RIDE, *Y25, DONE),
        "md10": lambda: events_share(RIDE, "e.action = 'no_show'", *Y25),
        "md11": lambda: top_events_avg(RIDE, "e.city", "(e.action = 'licence_refused')::int", *ALL, margin=2.5),
        "md12": lambda: events_share(RIDE, "e.action = 'licence_refused'", *ALL, "e.city = 'Birmingham'"),
        "md13": lambda: events_share(RIDE, "e.action = 'cancelled_weather'", "2025-06-01", "2025-07-31",
                                     "e.city = 'Chengdu'"),
        "md14": lambda: events_share(RIDE, "e.action = 'no_show'", *Y25, "c.acquisition_channel = 'douyin'"),
        "md15": lambda: top_events_count(RIDE, "e.model", *Y25, DONE, margin=1.1),
        "md16": lambda: events_at(AD, *Y25, "e.channel = 'xiaohongshu'"),
        "md17": lambda: events_at(CONFIG, *month(2026, 3), "e.action = 'build_saved'"),
        "md18": lambda: top_events_count(AD, "e.channel", *Y25, margin=1.15),
        # ---- quotes and finance
        "md19": lambda: events_share(QUOTE, "e.trade_in = 'yes'", *Y25),
        "md20": lambda: events_avg(QUOTE, "e.trade_in_value_cny", *Y25, "e.trade_in = 'yes'"),
        "md21": lambda: events_share(FIN, "e.action = 'approved'", *month(2025, 10)),
        "md22": lambda: events_share(FIN, "e.action = 'approved'", *month(2025, 9)),
        "md23": lambda: top_events_count(FIN, 'e."拒贷原因"', *month(2025, 10), "e.action = 'declined'", margin=1.8),
        "md24": lambda: top_events_avg(FIN, "e.lender", "(e.action = 'approved')::int", *month(2025, 10), lowest=True,
                                       margin=2.0, min_n=10),
        "md25": lambda: events_avg(FIN, "e.loan_amount_cny", *Y25),
        "md26": lambda: events_share(BUY, "e.payment_type = 'finance'", *Y25, DONE),
        # ---- sales and money
        "md27": lambda: events_at(BUY, *Y25, DONE),
        "md28": lambda: revenue(*Y25, "vehicle"),
        "md29": lambda: revenue(*Y25, "vehicle", "o.city = 'Sydney'"),
        "md30": lambda: top_revenue("o.city", *Y25, "vehicle", margin=1.2),
        "md31": lambda: events_share(BUY, "e.vehicle_type = 'e_scooter'", *Y25, DONE),
        "md32": lambda: top_events_count(BUY, "e.model", *Y25, DONE, margin=1.1),
        "md33": lambda: top_events_count(BUY, "e.model", *Y25, f"{DONE} AND e.vehicle_type = 'motorcycle'",
                                         margin=1.2),
        "md34": lambda: revenue_change(Q1_25, Q1_26, "vehicle"),
        "md35": lambda: events_at(BUY, *Y25, "e.action = 'cancelled'"),
        # ---- registration, handover
        "md36": lambda: top_events_avg(REG, "e.city", "e.days_from_contract", *Y25, margin=2.0, fn="median"),
        "md37": lambda: events_median(REG, "e.days_from_contract", *Y25, "e.city = 'Xi''an'"),
        "md38": lambda: events_avg(HANDOVER, "e.days_from_contract", *Y25, "e.stock_status = 'factory_order'"),
        "md39": lambda: events_share(HANDOVER, "e.pdi_issue <> 'none'", *Y25),
        "md40": lambda: top_events_count(HANDOVER, 'e."交车问题"', *Y25, "e.pdi_issue <> 'none'", margin=1.3),
        # ---- workshop
        "md41": lambda: events_at(FIRST, *Y25),
        "md42": lambda: events_at(SERVICE, *H2_25, "e.city = 'Sydney'"),
        "md43": lambda: events_share(SERVICE, "e.action = 'comeback'", *Y25),
        "md44": lambda: revenue(*Y25, "service"),
        "md45": lambda: revenue(*Y25, "parts"),
        # ---- warranty
        "md46": lambda: events_at(WARRANTY, *Y25),
        "md47": lambda: top_events_count(WARRANTY, "e.component", *ALL, "e.vehicle_type = 'e_scooter'", margin=1.8),
        "md48": lambda: top_events_count(WARRANTY, 'e."故障部件"', *ALL, "e.vehicle_type = 'motorcycle'",
                                         margin=1.3),
        "md49": lambda: events_share(WARRANTY, "e.action = 'rejected'", *Y25),
        # ---- accessories, upgrades
        "md50": lambda: revenue(*Y25, "accessories"),
        "md51": lambda: top_events_count(ACC, 'e."配件品类"', *Y25, margin=1.5),
        "md52": lambda: orders_share("o.status IN ('returned', 'refunded')", *Y25, "accessories"),
        "md53": lambda: events_at(UPGRADE, *Y25, "e.action = 'traded_up'"),
        # ---- feedback
        "md54": lambda: top_fb_count("f.touchpoint_id", T["parts_wait"], margin=3),
        "md55": lambda: fb_count(T["parts_wait"]),
        "md56": lambda: fb_count(T["finance_declined"], _in("f.ts", *month(2025, 10))),
        "md57": lambda: nps_score(f"f.channel = 'handover_survey' AND {_in('f.ts', *Y25)}"),
        "md58": lambda: nps_score(f"f.channel = 'handover_survey' AND {_in('f.ts', *Y25)} AND f.city = 'Xi''an'"),
        "md59": lambda: fb_avg(f"f.channel = 'test_ride_survey' AND {_in('f.ts', *Y25)}"),
        "md60": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'service_csat' AND {_in('f.ts', *Y25)}"),
        "md61": lambda: top_fb_count("f.touchpoint_id", T["pushy_sales"], margin=1.3),
        "md62": lambda: feedback_ids(T["advisor_praise"]),
        # ---- relative periods (as_of)
        "md63": lambda: events_at(RIDE, *month(2026, 3), DONE),
        "md64": lambda: events_at(BUY, *Q1_26, DONE),
        "md65": lambda: events_at(WARRANTY, "2026-05-11", "2026-05-17"),
        "md66": lambda: revenue("2026-01-01", "2026-05-31", "accessories"),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # one vehicle order per purchase event, cancelled ones agree
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_purchase'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'vehicle'")
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_purchase' AND action = 'cancelled'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'vehicle' AND status = 'cancelled'")
    # one accessories order per accessories event
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_accessories'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'accessories'")


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
