"""Gold answers for the 蜂语授粉 BeeWise Pollination held-out batch, from plain DuckDB SQL over the raw CSVs written
by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "growers" / "customers" / "果农" / "客户" = customer_id (one grower business: a lead, or an orchard / greenhouse
  farm that rents hives). Customer attributes (customer_type, tier, segment, main_crop, payment_terms, country) come
  from customers.csv; the region and crop of an event, order or comment are its own `region` / `crop` columns;
- funnels follow DATA.md: a customer reaches step k with an event (any action: a visit where the grower was not
  interested, a short allocation, a late placement, a weak check, a disputed invoice, a declined rebooking call are
  all events at that touchpoint) at step k's touchpoint after reaching step k-1, within the journey window from
  their first step-1 event in the period (lead_to_booking 120 d, bloom_season 240 d, invoice_to_rebooking 120 d);
  rates are per customer; the tolerance covers both readings (later steps allowed after the period end, or not),
  except where the question says later steps count. "Where do we lose the most" = the step whose next step is not
  reached by the most customers (the loss between k and k+1 is attributed to step k). A conversion "by lead source"
  keeps only step-1 events with that events.channel (association, field_rep, grower_referral, online, agronomist);
- per-event rates count event rows, the period by the event's ts: on-time placement = tp_delivery 'placed_on_time' /
  all deliveries; short allocation = tp_allocation 'short' / all allocations; weak share = tp_strength_check 'weak' /
  all strength checks (routine and paid inspections, exact duplicate re-synced rows loaded once) unless the question
  names one check type; late removal = tp_removal 'removed_late' / all removals; late payment = tp_invoice rows
  'paid_late' or 'overdue' / all invoices; on-time payment = 'paid_on_time' / all invoices; rebooking rate =
  tp_rebooking 'rebooked' / all rebooking calls; field-visit interest = 'interested' / all visits; hotline
  escalation = 'escalated' / all hotline events;
- counts: leads = tp_lead rows; bookings = tp_booking rows (= hive_rental rows of orders.csv, cancelled included
  unless the question excludes them); hives booked = sum of events.hives_booked on tp_booking; hives placed = sum of
  events.hives_placed on tp_delivery; billing mismatch = tp_invoice rows with billed_hives <> hives_placed;
- money is CNY (orders.amount), the period by orders.ts (the booking date): "revenue" / "收入" / "回款" = order_type
  `hive_rental` with status `paid` unless the question says "booked value" / "合同额" (then every hive_rental order
  except cancelled); inspection income = order_type `inspection` status `paid`; a price per hive in a local currency
  is events.price_per_hive_local on tp_booking;
- zh top entities are the Chinese twins where the same table has one (crop_zh, yard_zh, reason_zh, issue_zh on
  events; region_zh on customers) and en ones the English values or touchpoint_id; a month is 'YYYY-MM';
- feedback: "all data" includes rows without ts (WeChat grower-group exports, association-meeting paper forms);
  topic counts by text markers with a 5 % tolerance (checked against _truth/feedback_truth.csv); NPS = share 9-10
  minus share 0-6 (a fraction) by survey_wave; Chinese growers = feedback.region in the six provinces;
- experiment early_bird_2025: a customer converts when they have a tp_rebooking 'rebooked' event after assigned_at;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; a week is
  Monday..Sunday.
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
    return dict(value=round(v, 2), tolerance=round(max(0.05, abs(v) * 0.002), 2))


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
                    FROM events e LEFT JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}
                    AND ({first_cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def _cover(vals):
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv(journey, start, end, first_cond="1=1", a=0, b=-1):
    vals = [funnel(journey, start, end, bounded=bd, first_cond=first_cond) for bd in (False, True)]
    return _cover([c[b] / c[a] for c in vals])


def conv_open(journey, start, end, first_cond="1=1", a=0, b=-1):
    """the question says later steps after the period end count: only that reading."""
    c = funnel(journey, start, end, bounded=False, first_cond=first_cond)
    return _rate(c[b] / c[a])


def funnel_count(journey, start, end, k, first_cond="1=1"):
    vals = [funnel(journey, start, end, bounded=bd, first_cond=first_cond)[k] for bd in (False, True)]
    return dict(value=vals[0], tolerance=max(0.5, abs(vals[0] - vals[1]) + 0.5))


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
    tps = f"e.touchpoint_id IN {tp}" if tp.startswith("(") else f"e.touchpoint_id = '{tp}'"
    return f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE {tps} {per} AND ({cond})"


def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) {_ev(tp, start, end, cond)}"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.1):
    return _num(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"), rel, floor)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}")
    return dict(value=int(v), tolerance=max(0.5, round(abs(v) * 0.002, 1)))


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_sum(tp, by, col, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, sum({col}) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, by, col, start, end, cond="1=1", margin=1.2, lowest=False, min_n=30):
    rows = q(f"SELECT {by}, avg({col}) n, count(*) {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_month(tp, start, end, num=None, cond="1=1", margin=1.1):
    agg = f"avg(({num})::int)" if num else "count(*)"
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, {agg} n {_ev(tp, start, end, cond)} GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def share_change(tp, num, a, b, cond="1=1"):
    x = one(f"SELECT avg(({num})::int) {_ev(tp, *a, cond)}")
    y = one(f"SELECT avg(({num})::int) {_ev(tp, *b, cond)}")
    return _rate(y - x)


# ---------- orders ----------

def _ord(start, end, kind, cond, status="paid"):
    if status == "live":
        st = "AND o.status <> 'cancelled'"
    else:
        st = f"AND o.status = '{status}'" if status else ""
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    kd = f"AND o.order_type = '{kind}'" if kind else ""
    return f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE 1=1 {kd} {st} {per} AND ({cond})"


def revenue(start, end, kind="hive_rental", cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) {_ord(start, end, kind, cond, status)}"))


def revenue_change(a, b, kind="hive_rental", cond="1=1", status="paid"):
    x = one(f"SELECT sum(o.amount) {_ord(*a, kind, cond, status)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, kind, cond, status)}")
    return _rate((y - x) / x)


def orders_count(start, end, kind, cond="1=1", status="paid"):
    return _count(one(f"SELECT count(*) {_ord(start, end, kind, cond, status)}"))


def top_revenue(by, start, end, kind="hive_rental", cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, sum(o.amount) n {_ord(start, end, kind, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_orders_count(by, start, end, kind, cond="1=1", status=None, margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ord(start, end, kind, cond, status)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- customers, experiment ----------

def cust_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                AND e.touchpoint_id = 'tp_rebooking' AND e.action = 'rebooked' AND e.ts > x.assigned_at))::int) r,
                count(*) FROM experiments x WHERE x.experiment_id = 'early_bird_2025' GROUP BY 1 ORDER BY r DESC""")


def exp_top(margin=1.08):
    rows = exp_rates()
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def exp_rate(variant):
    return _rate(dict((r[0], r[1]) for r in exp_rates())[variant])


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
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q4_24 = quarter(2024, 4)
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
ALL = (None, None)
(LEAD, VISIT, BOOK, ALLOC, DELIV, CHECK, REMOVAL, INVOICE, REBOOK, HOTLINE) = (
    "tp_lead", "tp_field_visit", "tp_booking", "tp_allocation", "tp_delivery", "tp_strength_check", "tp_removal",
    "tp_invoice", "tp_rebooking", "tp_hotline")
MARKERS = {
    "weak_hives": ["蜂势弱", "weak hives"], "late_placement": ["进园晚", "late placement"],
    "late_removal": ["撤箱晚", "late removal"], "hive_count": ["箱数不对", "hive count"], "stings": ["蜇", "stung"],
    "blocked_rows": ["挡路", "blocked"], "fruit_set": ["坐果", "fruit set"], "beekeeper": ["蜂师傅", "beekeeper"],
    "price": ["涨价", "price increase"], "reschedule": ["改期", "reschedul"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
CN_REG = "('Shandong', 'Shaanxi', 'Xinjiang', 'Sichuan', 'Yunnan', 'Liaoning')"
LEAD_CH = ["association", "field_rep", "grower_referral", "online", "agronomist"]


def gold():
    weak = "e.action = 'weak'"
    late_pay = "e.action IN ('paid_late', 'overdue')"
    cal_almond = "e.region = 'California' AND e.crop = 'almond'"
    return {
        # ---- new growers: lead -> orchard survey -> booking
        "pl01": lambda: conv_open("lead_to_booking", *Y25),
        "pl02": lambda: rank_conv("lead_to_booking", *Y25, "e.channel", LEAD_CH, margin=1.5),
        "pl03": lambda: conv_open("lead_to_booking", *Y25, "e.channel = 'association'"),
        "pl04": lambda: top_lost("lead_to_booking", *Y25, margin=1.2),
        "pl05": lambda: conv_open("lead_to_booking", *Y25, "e.channel = 'association'", a=0, b=1),
        "pl06": lambda: events_at(LEAD, *Q4_25),
        "pl07": lambda: top_events_count(LEAD, "e.association", *Y25, "e.channel = 'association'", margin=1.25),
        "pl08": lambda: events_share(VISIT, "e.action = 'interested'", *Y25),
        # ---- bookings, allocation, placement
        "pl09": lambda: events_at(BOOK, *Y25),
        "pl10": lambda: events_sum(BOOK, "e.hives_booked", *Y25),
        "pl11": lambda: top_events_sum(BOOK, "e.crop_zh", "e.hives_booked", *Y25, margin=1.2),
        "pl12": lambda: events_share(ALLOC, "e.action = 'short'", *Y25),
        "pl13": lambda: events_share(ALLOC, "e.action = 'short'", *Q1_25, cal_almond),
        "pl14": lambda: top_events_avg(ALLOC, "e.yard_zh", "(e.action = 'short')::int", *Y25, margin=1.5, min_n=40),
        "pl15": lambda: events_share(DELIV, "e.action = 'placed_on_time'", *Y25),
        "pl16": lambda: events_share(DELIV, "e.action = 'placed_on_time'", *Y25, "e.region = 'Xinjiang'"),
        "pl17": lambda: events_avg(DELIV, "e.days_late", *Y25, "e.action = 'placed_late'", floor=0.05),
        "pl18": lambda: conv_open("bloom_season", *H1_25),
        "pl19": lambda: top_lost("bloom_season", *Y25, margin=1.2),
        # ---- strength checks
        "pl20": lambda: events_share(CHECK, weak, *month(2026, 4)),
        "pl21": lambda: events_share(CHECK, weak, *month(2025, 4)),
        "pl22": lambda: top_month(CHECK, "2024-10-01", "2026-06-30", num=weak, margin=1.8),
        "pl23": lambda: top_events_count(CHECK, "e.yard", *month(2026, 4), weak, margin=1.4),
        "pl24": lambda: events_avg(CHECK, "e.avg_frames", *Q1_26, cal_almond, floor=0.05),
        "pl25": lambda: events_at(CHECK, *Y25, "e.check_type = 'paid_inspection'"),
        "pl26": lambda: revenue(*Y25, kind="inspection"),
        # ---- removal
        "pl27": lambda: events_share(REMOVAL, "e.action = 'removed_late'", *Y25),
        "pl28": lambda: events_share(REMOVAL, "e.action = 'removed_late'", *Y25, "e.country = 'NZ'"),
        "pl29": lambda: top_events_avg(REMOVAL, "e.region", "(e.action = 'removed_late')::int", *Y25,
                                       f"e.region IN {CN_REG}", margin=1.5),
        "pl30": lambda: events_at(REMOVAL, *Y25, "e.pesticide_incident = 'yes'"),
        # ---- invoices, payments, money
        "pl31": lambda: events_share(INVOICE, "e.action = 'paid_on_time'", *Y25),
        "pl32": lambda: top_events_avg(INVOICE, "e.payment_terms_zh", f"({late_pay})::int", *Y25, margin=1.3),
        "pl33": lambda: events_at(INVOICE, *ALL, "e.billed_hives <> e.hives_placed"),
        "pl34": lambda: orders_count(*ALL, "hive_rental", status="overdue"),
        "pl35": lambda: revenue(*Y25),
        "pl36": lambda: top_revenue("o.region", *Y25, margin=1.5),
        "pl37": lambda: top_revenue("c.region_zh", *Y25, cond=f"o.region IN {CN_REG}", margin=1.3),
        "pl38": lambda: revenue(*Q1_26, status="live"),
        "pl39": lambda: events_avg(BOOK, "e.price_per_hive_local", "2025-10-01", "2026-03-31",
                                   "e.country = 'CN' AND e.crop = 'apple'", rel=0.005),
        "pl40": lambda: orders_count(*Y25, "hive_rental", status="cancelled"),
        "pl41": lambda: top_orders_count("o.cancel_reason_zh", *H1_26, "hive_rental", status="cancelled",
                                         margin=1.3),
        # ---- rebooking, experiment
        "pl42": lambda: events_share(REBOOK, "e.action = 'rebooked'", *Y25),
        "pl43": lambda: top_events_count(REBOOK, "e.reason_zh", *ALL, "e.action = 'declined'", margin=1.3),
        "pl44": lambda: conv_open("invoice_to_rebooking", *H1_25),
        "pl45": lambda: exp_top(),
        "pl46": lambda: exp_rate("standard"),
        # ---- hotline, customers
        "pl47": lambda: top_events_count(HOTLINE, "e.issue_zh", *Y25, margin=1.2),
        "pl48": lambda: events_avg(HOTLINE, "e.response_hours", *Y25, "e.country <> 'CN'", floor=0.05),
        "pl49": lambda: cust_count("c.segment = 'churned'"),
        "pl50": lambda: cust_count("c.tier = 'A'"),
        # ---- feedback
        "pl51": lambda: top_fb_count("f.touchpoint_id", T["hive_count"], margin=5),
        "pl52": lambda: fb_count(T["hive_count"]),
        "pl53": lambda: fb_count(T["hive_count"], _in("f.ts", *Y25)),
        "pl54": lambda: fb_count(T["weak_hives"], _in("f.ts", "2026-04-01", "2026-05-31")),
        "pl55": lambda: nps_score(f"f.survey_wave = '2026-06' AND f.region IN {CN_REG}"),
        "pl56": lambda: nps_score(f"f.survey_wave = '2025-06' AND f.region IN {CN_REG}"),
        "pl57": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'placement_callback' AND {_in('f.ts', *Y25)}"),
        "pl58": lambda: feedback_ids(T["late_removal"]),
        "pl59": lambda: fb_count(T["price"], _in("f.ts", *H1_26)),
        "pl60": lambda: fb_avg("f.channel = 'association_meeting_form'"),
        # ---- relative periods (as_of)
        "pl61": lambda: events_share(DELIV, "e.action = 'placed_on_time'", *month(2026, 4)),
        "pl62": lambda: events_sum(DELIV, "e.hives_placed", *month(2025, 2)),
        "pl63": lambda: events_at(HOTLINE, "2026-04-13", "2026-04-19"),
        "pl64": lambda: events_at(BOOK, "2025-07-01", "2025-09-15"),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_booking'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'hive_rental'")
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_strength_check' "
               "AND check_type = 'paid_inspection'") >= one("SELECT count(*) FROM orders WHERE order_type = "
                                                            "'inspection'")


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
