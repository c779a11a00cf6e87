"""Gold answers for the 华骏汽车 Huajun Motor Group after-sales service held-out batch, from plain DuckDB SQL over the
raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "owners" / "customers" = customer_id (one car owner, one car). Customer attributes (store, city, car model,
  acquisition channel, tier, WeChat binding, segment) are read from customers.csv as stored at the end of the data;
  visit attributes (store, service type, payer ...) from the event / order row itself;
- funnels follow DATA.md: an owner reaches step k with an event (any action) at step k's touchpoint after reaching
  step k-1, within the journey window from their first step-1 event in the period (reminder 30 d, booking 14 d,
  workshop 21 d, retention 240 d); rates are per owner; the tolerance covers both readings (later steps allowed after
  the period end, or not) unless the question says steps after the period count. "Reminder → booking conversion" of a
  reminder channel = owners whose first reminder in the period went out by that channel (events.channel of the
  reminder: sms / wechat / phone) and who reached the booking step; "the step where we lose the most" = the step whose
  next step is not reached by the most owners (the loss between k and k+1 is attributed to step k);
- per-record rates count event rows of the period (by the row's ts): show-up rate of bookings = tp_booking rows with
  booking_status `arrived` / all tp_booking rows (by submission time); walk-in share = tp_checkin rows with
  arrival_type `walk_in`; extra-work recommendation share = tp_inspection rows with rec_count > 0; approval rate =
  tp_approval rows `approved` (in full) / all tp_approval rows (partial and declined are not approved); QC fail rate =
  tp_qc rows `failed` / all tp_qc rows (rework re-checks included); parts waits = tp_repair rows with parts_wait true;
  late pickups = tp_pickup rows with late_minutes > 0; follow-up reach = tp_followup rows `reached` / all its rows;
  hotline complaints = tp_hotline rows with action `complaint` (inquiries are not complaints);
- durations from the row's own columns: wait_minutes (check-in), response_minutes (approval), parts_wait_days
  (repair), resolution_hours (hotline);
- money = orders with status `paid` by order time; "service revenue" = order_type `service_invoice` (all payers unless
  the question names one: payer customer 客户自费 / insurance 保险公司 / oem 厂家索赔); parts sales = `parts_retail`;
  maintenance packages = `service_package`; voided invoices (`cancelled`, reissued as a new paid invoice) and
  `refunded` / `returned` orders are not money; return share of parts orders = `returned` / all parts_retail orders;
  average invoice = mean amount of the paid service invoices in scope;
- feedback: follow-up call satisfaction = channel `followup_call` rating (1-5); NPS = share 9-10 minus share 0-6 of
  the nps answers (a fraction); app store reviews = channel `app_review`; 大众点评 = platform 大众点评; topic counts by
  text markers (±5 %): upsell 推销 / upsell, booking confirmation 预约确认 / booking confirmation, waiting for parts
  等配件 / waiting for parts, reception queue 排队 / queue, rework 返工 / rework, price 太贵 / too expensive, car wash
  洗车 / car wash, too many texts 短信太多 / too many texts; undated feedback only counts in "all data" questions;
- zh top entities are the Chinese twins (门店, 付款方, 支付方式, 服务类型, 问题类别, 来源渠道, car_model) and en ones the
  English values (store, payer, pay_method, service_type, hotline_category, acquisition_channel, car_model_en) or
  touchpoint_id; exact duplicate event rows are loaded once;
- periods are inclusive calendar dates (naive Beijing time); relative periods resolve against the item's `as_of`;
  a week is Monday..Sunday.
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
    return dict(value=int(n), tolerance=0.5)


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def _avg(v, rel=0.02, floor=0.1):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


# ---------- funnels (per owner, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, first_cond="1=1"):
    """counts per step; first_cond filters the step-1 events (e.g. the reminder channel)."""
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


def conv(journey, start, end, step=None, first_cond="1=1", after_end=False):
    """share of step-1 owners reaching `step` (default: the last step); both readings unless after_end."""
    vals = []
    for b in ((False,) if after_end else (False, True)):
        c = funnel(journey, start, end, bounded=b, first_cond=first_cond)
        k = (step or len(c)) - 1
        vals.append(c[k] / c[0])
    tol = max(0.01, max(abs(v - vals[0]) for v in vals) + 0.005)
    return dict(value=round(vals[0], 4), tolerance=round(tol, 4))


def rank_conv(journey, start, end, col, values, step=None, lowest=True, margin=1.3):
    tops = set()
    for bounded in (False, True):
        rows = []
        for v in values:
            c = funnel(journey, start, end, bounded=bounded, first_cond=f"{col} = '{v}'")
            rows.append((v, c[(step or len(c)) - 1] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        _lead(rows, margin, lowest)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.3):
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
    return f"FROM events e WHERE e.touchpoint_id = '{tp}' {per} AND ({cond})"


def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) {_ev(tp, start, end, cond)}"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_avg(tp, col, start, end, cond="1=1", rel=0.02):
    return _avg(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)} AND {col} IS NOT NULL"), rel)


def events_median(tp, col, start, end, cond="1=1"):
    return _avg(one(f"SELECT median({col}) {_ev(tp, start, end, cond)} AND {col} IS NOT NULL"), 0.03)


def events_sum(tp, col, start, end, cond="1=1"):
    return _money(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}"))


def top_events(tp, by, start, end, cond="1=1", margin=1.2, agg="count(*)", lowest=False):
    rows = q(f"SELECT {by}, {agg} n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def _ord(start, end, kind, cond, status="paid"):
    st = f"AND o.status = '{status}'" if status else ""
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    return f"FROM orders o WHERE o.order_type = '{kind}' {st} {per} AND ({cond})"


def revenue(start, end, kind, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) {_ord(start, end, kind, cond)}"))


def revenue_change(a, b, kind, cond="1=1"):
    x = one(f"SELECT sum(o.amount) {_ord(*a, kind, cond)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, kind, cond)}")
    return _rate((y - x) / x)


def order_avg(start, end, kind, cond="1=1", col="o.amount"):
    return _avg(one(f"SELECT avg({col}) {_ord(start, end, kind, cond)}"), 0.01)


def order_sum(start, end, kind, col, cond="1=1"):
    return _money(one(f"SELECT sum({col}) {_ord(start, end, kind, cond)}"))


def order_share(start, end, kind, num, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ord(start, end, kind, cond, status=None)}"))


def extra_work(start, end):
    """extra-work amount on paid service invoices; the tolerance covers summing approved_amount of the approval rows
    of the period instead."""
    a = float(one(f"SELECT sum(o.extra_amount) {_ord(start, end, 'service_invoice', '1=1')}"))
    b = float(one(f"SELECT sum(e.approved_amount) {_ev(APPROVAL, start, end, '1=1')}"))
    return dict(value=round(a, 2), tolerance=round(max(a * 0.002, abs(a - b) * 1.1), 2))


def top_orders(by, start, end, kind, cond="1=1", margin=1.1, agg="sum(o.amount)"):
    rows = q(f"SELECT {by}, {agg} n {_ord(start, end, kind, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- customers ----------

def customers_count(cond="1=1"):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def customers_share(num, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"))


def top_customers(by, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topics):
    """the text markers must agree exactly with the generator's truth."""
    tl = ", ".join(f"'{t}'" for t in topics)
    extra = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
                f"AND coalesce(truth.topic, '') NOT IN ({tl})")
    missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                 f"WHERE coalesce(truth.topic, '') IN ({tl}) AND NOT ({cond})")
    assert extra == 0 and missed == 0, (topics, extra, missed)


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

Y25, Y26H1 = ("2025-01-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
Q3_25, Q4_25, Q1_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1)
JUL25, AUG25, FEB26, MAR26, APR26, MAY26 = (month(2025, 7), month(2025, 8), month(2026, 2), month(2026, 3),
                                            month(2026, 4), month(2026, 5))
(REM, BOOK, CHECKIN, INSPECT, APPROVAL, REPAIR, QC, PICKUP, FOLLOWUP, HOTLINE, MALL) = (
    "tp_reminder", "tp_booking", "tp_checkin", "tp_inspection", "tp_approval", "tp_repair", "tp_qc", "tp_pickup",
    "tp_followup", "tp_hotline", "tp_parts_mall")
UPSELL_T = _like("f.text", ["推销", "upsell"])
CONFIRM_T = _like("f.text", ["预约确认", "booking confirmation"])
PARTS_T = _like("f.text", ["等配件", "waiting for parts"])
QUEUE_T = _like("f.text", ["排队", "queue"])
REWORK_T = _like("f.text", ["返工", "rework"])
PRICE_T = _like("f.text", ["太贵", "too expensive"])
WASH_T = _like("f.text", ["洗车", "car wash"])
TEXTS_T = _like("f.text", ["短信太多", "too many texts"])
TOPICS = ((UPSELL_T, ["upsell"]), (CONFIRM_T, ["confirm"]), (PARTS_T, ["parts"]), (QUEUE_T, ["queue"]),
          (REWORK_T, ["rework"]), (PRICE_T, ["price"]), (WASH_T, ["wash"]), (TEXTS_T, ["texts"]))
CUST = "o.payer = 'customer'"


def gold():
    return {
        # ---- reminders and bookings
        "ds01": lambda: events_at(REM, *Q4_25),
        "ds02": lambda: rank_conv("reminder", *Y25, "e.channel", ["sms", "wechat", "phone"], step=2, margin=1.5),
        "ds03": lambda: conv("reminder", *Y25, step=2, first_cond="e.channel = 'wechat'"),
        "ds04": lambda: conv("reminder", *Y26H1),
        "ds05": lambda: events_share(BOOK, "e.booking_status = 'arrived'", *MAR26),
        "ds06": lambda: events_share(BOOK, "e.booking_status = 'arrived'", *FEB26),
        "ds07": lambda: top_events(BOOK, "e.channel", *MAR26, agg="avg((e.booking_status = 'arrived')::int)",
                                   lowest=True, margin=1.2),
        "ds08": lambda: top_lost("booking", *MAR26),
        "ds10": lambda: conv("booking", *MAR26, step=2, after_end=True),
        # ---- check-in
        "ds11": lambda: events_share(CHECKIN, "e.arrival_type = 'walk_in'", *Y25),
        "ds12": lambda: top_events(CHECKIN, "e.store", *Y25, agg="median(e.wait_minutes)", margin=1.1),
        "ds13": lambda: events_avg(CHECKIN, "e.wait_minutes", *Y25),
        "ds15": lambda: events_at(CHECKIN, *Y26H1, "e.store_id = 'S06'"),
        # ---- inspection and extra work
        "ds16": lambda: events_share(INSPECT, "e.rec_count > 0", *Y25),
        "ds17": lambda: top_events(INSPECT, 'e."门店"', *Y25, agg="avg((e.rec_count > 0)::int)", margin=1.5),
        "ds18": lambda: top_events(APPROVAL, "e.store", *Y25, agg="avg((e.action = 'approved')::int)",
                                   lowest=True, margin=1.6),
        "ds19": lambda: events_share(APPROVAL, "e.action = 'declined'", *Y25, "e.store_id = 'S04'"),
        "ds20": lambda: extra_work(*Y25),
        # ---- workshop and QC
        "ds22": lambda: top_events(REPAIR, "e.store", *Y25, agg="avg(e.parts_wait::int)", margin=2.0),
        "ds23": lambda: events_avg(REPAIR, "e.parts_wait_days", *Y25, "e.store_id = 'S06' AND e.parts_wait"),
        "ds24": lambda: events_share(QC, "e.action = 'failed'", *AUG25, "e.store_id = 'S05'"),
        "ds25": lambda: events_share(QC, "e.action = 'failed'", *JUL25, "e.store_id = 'S05'"),
        "ds26": lambda: events_share(QC, "e.action = 'failed'", *Y25),
        "ds27": lambda: top_events(QC, "e.fail_item", *Y25, "e.action = 'failed'", margin=1.3),
        "ds28": lambda: conv("workshop", *Q1_26),
        # ---- pickup and money
        "ds29": lambda: events_share(PICKUP, "e.late_minutes > 0", *Y25),
        "ds30": lambda: order_avg(*Y25, "service_invoice", CUST),
        "ds31": lambda: top_orders('o."支付方式"', *Y25, "service_invoice", CUST, margin=1.5, agg="count(*)"),
        "ds32": lambda: revenue(*Q4_25, "service_invoice"),
        "ds33": lambda: revenue(*Y25, "parts_retail"),
        "ds34": lambda: revenue_change(H1_25, Y26H1, "service_invoice", CUST),
        "ds35": lambda: top_orders('o."门店"', *Y25, "service_invoice", margin=1.08),
        "ds36": lambda: revenue(*Y26H1, "service_invoice", "o.store_id = 'S01'"),
        "ds37": lambda: revenue(*Y25, "service_package"),
        "ds38": lambda: revenue(*Y25, "service_invoice", "o.payer = 'insurance'"),
        "ds39": lambda: order_share(*Y25, "parts_retail", "o.status = 'returned'"),
        # ---- follow-up calls
        "ds41": lambda: events_share(FOLLOWUP, "e.action = 'reached'", *Y25),
        "ds42": lambda: fb_avg(f"f.channel = 'followup_call' AND {_in('f.ts', *Y25)}"),
        "ds43": lambda: rank_fb_avg("f.store", f"f.channel = 'followup_call' AND {_in('f.ts', *Y25)}", 100,
                                    margin=0.12),
        "ds44": lambda: nps_score(f"f.channel = 'followup_call' AND {_in('f.ts', *Q1_26)}"),
        "ds45": lambda: nps_score(f"f.channel = 'followup_call' AND {_in('f.ts', *Q4_25)}"),
        # ---- feedback
        "ds46": lambda: top_fb_count("f.touchpoint_id", UPSELL_T, margin=2.5),
        "ds47": lambda: fb_count(UPSELL_T),
        "ds48": lambda: fb_count(CONFIRM_T, _in("f.ts", *MAR26)),
        "ds49": lambda: fb_count(CONFIRM_T, _in("f.ts", *APR26)),
        "ds50": lambda: top_fb_count("f.store", PARTS_T, margin=1.5),
        "ds51": lambda: feedback_ids(PARTS_T),
        "ds52": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'app_review' AND {_in('f.ts', *Y26H1)}"),
        "ds53": lambda: fb_avg("f.channel = 'app_review' AND f.device = 'android'"),
        "ds54": lambda: fb_count(WASH_T),
        "ds55": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 100, margin=0.5),
        "ds56": lambda: events_at(HOTLINE, *Y25, "e.action = 'complaint'"),
        "ds57": lambda: top_events(HOTLINE, 'e."问题类别"', *Y25, "e.action = 'complaint'", margin=1.15),
        "ds58": lambda: events_median(HOTLINE, "e.resolution_hours", *Y25,
                                      "e.action = 'complaint' AND e.hotline_category = 'billing'"),
        # ---- customers
        "ds61": lambda: customers_count("c.store_id = 'S04'"),
        "ds62": lambda: top_customers("c.car_model", margin=1.1),
        "ds63": lambda: customers_share("c.wechat_bound"),
        "ds64": lambda: customers_count("c.segment = 'lapsed'"),
        "ds65": lambda: top_customers("c.acquisition_channel", margin=3.0),
        "ds66": lambda: conv("retention", *H1_25, after_end=True),
        # ---- relative periods (as_of) and weeks
        "ds67": lambda: events_at(CHECKIN, *MAY26),
        "ds68": lambda: events_at(BOOK, *MAR26, "e.channel = 'mini_program'"),
        "ds69": lambda: revenue(*Y26H1, "service_invoice"),
        "ds70": lambda: events_at(FOLLOWUP, "2026-03-09", "2026-03-15"),
        "ds71": lambda: events_at(BOOK, "2026-03-09", "2026-03-15"),
    }


def checks():
    for cond, topics in TOPICS:
        _check_topic(cond, topics)
    # one approval / inspection row per repair order, invoices reissued only when voided
    assert one("SELECT max(n) FROM (SELECT count(*) n FROM events WHERE touchpoint_id = 'tp_approval' "
               "GROUP BY ro_no)") == 1
    assert one("SELECT count(*) FROM (SELECT ro_no FROM orders WHERE order_type = 'service_invoice' "
               "AND status = 'paid' GROUP BY 1 HAVING count(*) > 1)") == 0


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
