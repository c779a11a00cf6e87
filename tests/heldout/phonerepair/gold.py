"""Gold answers for the 机医生 PhoneMedic phone-repair franchise held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "顾客" / "people" = distinct customer_id. Customer attributes (segment, tier, age_band,
  acquisition_channel, preferred_language) come from customers.csv; the city of an event, order or comment is its
  own `city` column; a shop is `store_id` (display name `store`: English for English-speaking cities, Chinese
  for Chinese ones);
- a "repair" / "job" / "ticket" / "单" is a case (case_id); repair events carry service_mode (walk_in / mail_in),
  device_brand, device_model, fault_type + 故障类型;
- funnels follow DATA.md: a customer reaches step k with an event (any action: a declined approval, a failed QC,
  an unrepaired collection are still events at their touchpoint) at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (ad_to_booking 7 d, walkin_repair and
  mailin_repair 30 d); rates are per customer; the tolerance covers both readings (later steps allowed after the
  period end, or not). "Where do we lose the most" = the step whose next step is not reached by the most customers
  (loss between k and k+1 attributed to step k). An ad-platform conversion keeps only step-1 events of that
  events.channel (facebook, instagram, tiktok, douyin, xiaohongshu, wechat_moments);
- per-event rates count event rows with the period on the event's ts: QC fail rate = tp_qc `fail` rows / all tp_qc
  rows (re-tests after rework included); backorder share = tp_parts_check `backorder` / all tp_parts_check rows;
  decline rate = tp_quote_confirm `declined` / all tp_quote_confirm rows; no-fix share = tp_repair `could_not_fix`
  / all first-attempt tp_repair rows (rework = false); late-delivery share = tp_return_ship `delivered_late` / all
  tp_return_ship rows; trade-in acceptance = `offer_accepted` / all tp_tradein rows; warranty rejection share =
  `rejected` / all tp_warranty_return rows; a "price went up" = tp_quote_confirm price_change_local > 0;
- counts: devices received = tp_store_checkin rows + tp_mailin_receive rows; walk-ins without booking =
  tp_store_checkin `walk_in`; bookings = tp_booking rows (store_slot / mail_in_label); a booking no-show = a
  store_slot booking whose case has no tp_store_checkin; repairs completed = first-attempt tp_repair `completed`
  rows (rework = false); warranty returns = tp_warranty_return rows;
- money is CNY (orders.amount, the reporting currency), `paid` orders only, period by orders.ts (walk-in repairs
  are paid at collection, mail-in repairs when approved). order_type: repair, diagnostic_fee, accessory,
  tradein_payout (money paid OUT to customers for their old phones); "revenue" / "sales" / "营收" = paid repair +
  diagnostic_fee + accessory orders (never trade-in payouts); a question in a local currency uses amount_local of
  that city's orders;
- zh top entities are the Chinese twins where the same table has one (故障类型, 配件, 拒绝原因, 质检问题, 返修原因,
  成色, 商品, 咨询原因, 订单类型 on orders, 支付方式) and en ones the English values or touchpoint_id; a city is
  always its stored English value, a shop its store_id, a brand / courier / supplier its stored value;
- feedback: "all data" includes the undated paper cards (store_card); topic counts by text markers with a 5 %
  tolerance (checked against _truth/feedback_truth.csv); NPS = share 9-10 minus share 0-6 (a fraction) over rows
  with an nps; CSAT = mean rating of sms_survey rows;
- exact duplicate event rows (POS re-sends) are loaded once; periods are inclusive calendar dates; relative periods
  resolve against the item's `as_of`; a week is Monday..Sunday.
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


def conv(journey, start, end, first_cond="1=1", upto=None, frm=1):
    """share of customers at step `frm` reaching the last step (or step `upto`)."""
    vals = []
    for b in (False, True):
        c = funnel(journey, start, end, bounded=b, first_cond=first_cond)
        k = (upto or len(c)) - 1
        vals.append(c[k] / c[frm - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def funnel_count(journey, start, end, step, first_cond="1=1"):
    a = funnel(journey, start, end, False, first_cond)[step - 1]
    b = funnel(journey, start, end, True, first_cond)[step - 1]
    return dict(value=int(a), tolerance=max(0.5, abs(a - b) + 0.5))


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


def top_lost(journey, start, end, margin=1.2, first_cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, first_cond=first_cond)
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


def customers_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(DISTINCT e.customer_id) {_ev(tp, start, end, cond)}"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_avg(tp, col, start, end, cond="1=1", rel=0.01):
    return _num(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"), rel)


def events_median(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT median({col}) {_ev(tp, start, end, cond)}")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, abs(float(v)) * 0.03), 2))


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2, lowest=False):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, by, num, start, end, cond="1=1", margin=1.2, min_n=30, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::double) r, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_month(tp, num, start, end, cond="1=1", margin=1.5):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, avg(({num})::double) r {_ev(tp, start, end, cond)} "
             f"GROUP BY 1 ORDER BY r DESC")
    _lead(rows, margin)
    return rows[0][0]


# ---------- orders (money = paid, CNY) ----------

REVENUE_TYPES = ["repair", "diagnostic_fee", "accessory"]


def _ord(start, end, types, status="paid", cond="1=1"):
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    ts = ", ".join(f"'{t}'" for t in types) if types else None
    tcond = f"AND o.order_type IN ({ts})" if ts else ""
    scond = f"AND o.status = '{status}'" if status else ""
    return f"FROM orders o WHERE 1=1 {per} {tcond} {scond} AND ({cond})"


def revenue(start, end, types=REVENUE_TYPES, cond="1=1", col="o.amount"):
    return _money(one(f"SELECT coalesce(sum({col}), 0) {_ord(start, end, types, cond=cond)}"))


def orders_count(start, end, types=None, status="paid", cond="1=1"):
    return _count(one(f"SELECT count(*) {_ord(start, end, types, status, cond)}"))


def orders_avg(start, end, types=None, status="paid", cond="1=1", col="o.amount"):
    return _num(one(f"SELECT avg({col}) {_ord(start, end, types, status, cond)}"), rel=0.01)


def revenue_change(p0, p1, types=REVENUE_TYPES, cond="1=1"):
    a = one(f"SELECT sum(o.amount) {_ord(*p0, types, cond=cond)}")
    b = one(f"SELECT sum(o.amount) {_ord(*p1, types, cond=cond)}")
    return _rate((b - a) / a)


def top_revenue(by, start, end, types=REVENUE_TYPES, margin=1.1, cond="1=1"):
    rows = q(f"SELECT {by}, sum(o.amount) s {_ord(start, end, types, cond=cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY s DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_orders_count(by, start, end, types, margin=1.2, status="paid", cond="1=1"):
    rows = q(f"SELECT {by}, count(*) n {_ord(start, end, types, status, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def order_share(num, start, end, types, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ord(start, end, types, None, cond)}"))


# ---------- feedback ----------

def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topic):
    extra = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                f"WHERE {cond} AND truth.topic <> '{topic}'")
    missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                 f"WHERE truth.topic = '{topic}' AND NOT ({cond})")
    assert extra == 0 and missed == 0, (topic, extra, missed)


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=int(n), tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(float(v), 3), tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_score(cond):
    return _rate(one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
                     f"WHERE f.nps IS NOT NULL AND {cond}"))


def top_fb_count(by, cond, margin=1.5, join=""):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f {join} WHERE {cond} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, touchpoints, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q1_25, Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 1), quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), \
    quarter(2026, 2)
ALL = (None, None)
(MAP, AD, QUOTE, BOOK, CHECKIN, MAILIN, DIAG, PARTS, CONFIRM, REPAIR, QC, COLLECT, SHIP, WARRANTY, TRADEIN, ACC,
 SUPPORT) = ("tp_map_listing", "tp_social_ad", "tp_online_quote", "tp_booking", "tp_store_checkin",
             "tp_mailin_receive", "tp_diagnosis", "tp_parts_check", "tp_quote_confirm", "tp_repair", "tp_qc",
             "tp_collection", "tp_return_ship", "tp_warranty_return", "tp_tradein", "tp_accessory", "tp_support")
MARKERS = {"quote_up": ["临时加价", "price went up"], "ghost_touch": ["屏幕乱跳", "ghost touch"],
           "parts_wait": ["等配件", "waiting for parts"], "slow_return": ["回寄太慢", "courier took"],
           "data_loss": ["数据丢失", "lost my data"], "ad_price": ["广告价", "advertised price"],
           "battery_drain": ["掉电快", "drains"], "queue": ["排队", "queue"],
           "tradein_low": ["回收价太低", "trade-in offer"], "praise_fast": ["修得快", "super quick"],
           "praise_staff": ["师傅很专业", "the technician"]}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
AD_EN = ["facebook", "instagram", "tiktok"]
AD_ZH = ["douyin", "xiaohongshu", "wechat_moments"]
FIRST_TRY = "e.rework = false"


def devices_received(start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id IN ('{CHECKIN}', '{MAILIN}') "
                      f"AND {_in('e.ts', start, end)} AND ({cond})"))


def booking_lost(action, next_tp, start, end):
    """share of tp_booking rows of `action` in the period whose case never reached `next_tp`."""
    return _rate(one(f"""SELECT avg((NOT EXISTS (SELECT 1 FROM events n WHERE n.touchpoint_id = '{next_tp}'
                         AND n.case_id = e.case_id))::int) {_ev(BOOK, start, end, f"e.action = '{action}'")}"""))


def new_customers(start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {_in('c.signup_at', start, end)} AND ({cond})"))


def quote_to_booking(platform, start, end):
    """ad funnel step 2 → 3 for one platform; the tolerance also covers the per-quote reading (quotes whose
    quote_source is that platform, share whose case got a booking)."""
    a = conv("ad_to_booking", start, end, f"e.channel = '{platform}'", frm=2)
    b = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events n WHERE n.touchpoint_id = '{BOOK}'
                AND n.case_id = e.case_id))::int) {_ev(QUOTE, start, end, f"e.quote_source = '{platform}'")}""")
    return dict(value=a["value"], tolerance=round(max(a["tolerance"], abs(a["value"] - b) + 0.005), 4))


CN_CITIES = "o.city IN ('Shanghai', 'Guangzhou', 'Shenzhen', 'Chengdu')"
SAT = "dayofweek(e.ts) = 6"


def gold():
    return {
        # ---- ads → quote → booking
        "pr01": lambda: conv("ad_to_booking", *Y25),
        "pr02": lambda: rank_conv("ad_to_booking", *Y25, "e.channel", AD_EN + AD_ZH, margin=1.8),
        "pr03": lambda: conv("ad_to_booking", *Y25, "e.channel = 'tiktok'"),
        "pr04": lambda: quote_to_booking("tiktok", *Y25),
        "pr05": lambda: rank_conv("ad_to_booking", *H1_26, "e.channel", AD_EN + AD_ZH, lowest=False, margin=1.1),
        "pr06": lambda: top_lost("ad_to_booking", *Y25, margin=1.5),
        # ---- repair flows
        "pr07": lambda: conv("walkin_repair", *Y25),
        "pr08": lambda: top_lost("walkin_repair", *Y25, margin=1.5),
        "pr09": lambda: top_lost("mailin_repair", *Y25, margin=1.3),
        "pr10": lambda: conv("mailin_repair", *H1_26),
        # ---- QC
        "pr11": lambda: events_share(QC, "e.action = 'fail'", *month(2025, 11)),
        "pr12": lambda: dict(top_entity=top_month(QC, "e.action = 'fail'", *Y25, margin=1.8)),
        "pr13": lambda: top_events_count(QC, "e.qc_issue", *month(2025, 11), "e.action = 'fail'", margin=3),
        "pr14": lambda: top_events_avg(QC, "e.part_supplier", "e.action = 'fail'", *month(2025, 11), margin=3),
        # ---- parts
        "pr16": lambda: top_events_avg(PARTS, "e.device_brand", "e.action = 'backorder'", *Y25, margin=1.3),
        "pr17": lambda: events_share(PARTS, "e.action = 'backorder'", *Y25, "e.device_brand = 'Samsung'"),
        "pr18": lambda: events_avg(PARTS, "e.wait_days", *Y25, "e.action = 'backorder'"),
        # ---- approval
        "pr19": lambda: events_share(CONFIRM, "e.action = 'declined'", *Y25),
        "pr20": lambda: top_events_count(CONFIRM, 'e."拒绝原因"', *Y25, "e.action = 'declined'", margin=2),
        "pr21": lambda: events_at(CONFIRM, *Y25, "e.price_change_local > 0"),
        "pr22": lambda: events_share(CONFIRM, "e.action = 'declined'", *Y25, "e.price_change_local > 0"),
        # ---- return shipping
        "pr24": lambda: top_events_avg(SHIP, "e.courier", "e.action = 'delivered_late'", *ALL, margin=2.5, min_n=20),
        "pr25": lambda: events_share(SHIP, "e.action = 'delivered_late'", *ALL, "e.courier = 'Canada Post'"),
        "pr26": lambda: events_avg(SHIP, "e.transit_days", *Y25),
        # ---- intake
        "pr27": lambda: devices_received(*Q1_26),
        "pr28": lambda: events_at(CHECKIN, *Q2_26, "e.store_id = 'SZ-HQB'"),
        "pr29": lambda: top_events_avg(CHECKIN, "e.store_id", "e.queue_min", *ALL, SAT, margin=2),
        "pr30": lambda: events_avg(CHECKIN, "e.queue_min", *ALL, f"{SAT} AND e.store_id = 'SZ-HQB'"),
        "pr31": lambda: booking_lost("store_slot", CHECKIN, *Y25),
        "pr32": lambda: booking_lost("mail_in_label", MAILIN, *Y25),
        # ---- repairs
        "pr33": lambda: events_share(REPAIR, "e.action = 'could_not_fix'", *Y25,
                                     f"{FIRST_TRY} AND e.fault_type = 'water_damage'"),
        "pr34": lambda: top_events_avg(REPAIR, 'e."故障类型"', "e.action = 'could_not_fix'", *Y25, FIRST_TRY,
                                       margin=1.15),
        "pr35": lambda: top_events_count(REPAIR, "e.fault_type", *Y25, f"{FIRST_TRY} AND e.action = 'completed'",
                                         margin=1.3),
        "pr36": lambda: events_at(REPAIR, *Y25, f"{FIRST_TRY} AND e.action = 'completed'"),
        "pr37": lambda: events_median(REPAIR, "e.repair_minutes", *Y25,
                                      f"{FIRST_TRY} AND e.action = 'completed' AND e.fault_type = 'screen'"),
        # ---- warranty
        "pr38": lambda: events_at(WARRANTY, *Y25),
        "pr39": lambda: top_events_count(WARRANTY, "e.warranty_issue", *ALL, margin=1.4),
        "pr40": lambda: events_share(WARRANTY, "e.action = 'rejected'", *ALL),
        # ---- trade-in and money
        "pr41": lambda: events_share(TRADEIN, "e.action = 'offer_accepted'", *Y25),
        "pr42": lambda: revenue(*Y25, ["tradein_payout"]),
        "pr43": lambda: revenue(*H1_26),
        "pr44": lambda: revenue_change(H1_25, H1_26),
        "pr45": lambda: top_revenue("o.city", *Y25, ["repair"], margin=1.15),
        "pr46": lambda: top_orders_count('o."商品"', *Y25, ["accessory"], margin=1.2),
        "pr48": lambda: revenue(*Y25, ["repair"], "o.city = 'London'", col="o.amount_local"),
        "pr49": lambda: orders_avg(*Y25, ["repair"]),
        "pr50": lambda: top_orders_count('o."支付方式"', *Y25, REVENUE_TYPES, margin=1.3, cond=CN_CITIES),
        "pr51": lambda: orders_count(*Y25, ["diagnostic_fee"], "cancelled"),
        "pr52": lambda: orders_count(*Y25, ["repair"], "refunded"),
        # ---- feedback
        "pr53": lambda: top_fb_count("f.touchpoint_id", T["quote_up"], margin=4),
        "pr54": lambda: fb_count(T["quote_up"]),
        "pr55": lambda: fb_count(T["ghost_touch"], _in("f.ts", "2025-11-01", "2025-12-31")),
        "pr56": lambda: fb_avg(f"f.channel = 'sms_survey' AND {_in('f.ts', *Y25)}"),
        "pr57": lambda: nps_score(f"f.channel = 'sms_survey' AND {_in('f.ts', *H1_26)}"),
        "pr58": lambda: nps_score(f"f.channel = 'sms_survey' AND {_in('f.ts', *H2_25)}"),
        "pr59": lambda: feedback_ids(f"{T['praise_staff']} AND {_in('f.ts', '2026-01-01', '2026-12-31')}"),
        "pr60": lambda: fb_avg("f.channel = 'store_card'"),
        "pr62": lambda: top_fb_count("f.city", T["slow_return"], margin=2),
        "pr63": lambda: fb_count(T["ad_price"]),
        # ---- relative periods (as_of)
        "pr64": lambda: events_share(QC, "e.action = 'fail'", *month(2026, 6)),
        "pr65": lambda: events_at(REPAIR, "2026-05-04", "2026-05-10", f"{FIRST_TRY} AND e.action = 'completed'"),
        "pr66": lambda: revenue(*Q1_26),
        "pr67": lambda: events_at(AD, "2026-01-01", "2026-07-31"),
        # ---- customers
        "pr73": lambda: new_customers(*Y25, "c.acquisition_channel = 'map_listing'"),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # every paid walk-in repair order follows a collected device of the same case
    assert one("""SELECT count(*) FROM orders o WHERE order_type = 'repair' AND service_mode = 'walk_in' AND NOT EXISTS
                  (SELECT 1 FROM events e WHERE e.touchpoint_id = 'tp_collection' AND e.case_id = o.case_id)""") == 0


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
