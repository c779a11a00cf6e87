"""Gold answers for the 衣链 WearLink Workwear held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "accounts" / "clients" = customer_id (one factory, hotel or hospital site). The city (branch) and
  industry of an event, order or comment are its own `city` / `industry` columns (`城市` / `行业` their Chinese twins);
  customer attributes (sizing_method, tier, segment) come from customers.csv;
- funnels follow DATA.md: a customer reaches step k with an event (any action) at step k's touchpoint after reaching
  step k-1, within the journey window from their first step-1 event in the period (enquiry_to_contract 45 d,
  onboarding 30 d, weekly_cycle 5 d, renewal 60 d); rates are per customer; the tolerance covers both readings (later
  steps allowed after the period end, or not) unless the question says later steps count (then only the open
  reading). "Where do we lose the most" = the step whose next step is not reached by the most customers. A "by
  channel" enquiry conversion keeps only step-1 events of that channel (events.channel on tp_enquiry: web,
  mini_program, phone, ads = paid search, tender_portal = public procurement portal, referral); "by city / industry"
  uses the step-1 event's own column;
- per-event rates count event rows, period by the event's ts: late delivery share = tp_delivery rows `late` / all its
  rows (`on_time`, `late`, `short`); short share likewise; missed pickup share = tp_pickup rows `missed` / all its
  rows; rewash rate = tp_laundry rows `rewash` / all its rows; stocktake charge rate = tp_missing_charge rows
  `charged` / all its rows (`charged` + `clear`); partial first issue = tp_garment_issue rows `issued_partial` / rows
  `issued` or `issued_partial` (an `issued_balance` row is the later top-up); sizing reschedule share = tp_sizing rows
  `rescheduled` / all its rows; dispute credit share = tp_dispute rows `credited` / rows `credited` or `rejected`;
- durations from the row's own columns: hours late = hours_late on `late` deliveries, repair turnaround =
  turnaround_days on tp_repair rows, days to first issue = days_from_contract on `issued` / `issued_partial` rows,
  dispute resolution = days_to_resolve on `credited` / `rejected` rows, ticket resolution = resolution_hours;
- counts: contracts = tp_contract rows; tickets = tp_service_desk rows; disputes = tp_dispute rows `opened`;
  early terminations = tp_cancellation `terminated_early`; non-renewals = tp_cancellation `not_renewed`; new-starter
  requests = tp_wearer_change `add_wearer`; the A/B test (experiment pickup_sms_reminder) is read on tp_pickup rows
  2025-07-01 .. 2025-12-31 of the assigned customers;
- money = CNY `amount` of `paid` orders of the named order_type by order time (Ho Chi Minh City in VND =
  amount_local); revenue growth = (later - earlier) / earlier; an unpaid invoice = rental_fee order `unpaid`;
- zh top entities are the Chinese twins (城市, 行业, 延误原因, 返洗原因, 未收原因, 修补类型, 问题类别, 争议类型,
  解约原因, 订单类型), en ones the English values / touchpoint_id / variant as stored;
- feedback topics by text markers (zh and en), counts with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); NPS = share 9-10 minus share 0-6 (a fraction) of channel `nps_survey` by survey_wave
  (2025-06, 2025-12, 2026-06); quarterly account reviews = channel `quarterly_review` (1-5), wearer app = channel
  `wearer_app` (1-5); undated feedback (sizing_card, expo_card) only in "all" questions;
- exact duplicate event rows (re-exported TMS deliveries) are loaded once; periods are inclusive calendar dates;
  relative periods resolve against the item's `as_of`; a week is Monday..Sunday.
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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


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
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, t1, t1 AS t FROM (
                    SELECT e.customer_id, min(e.ts) AS t1 FROM events e WHERE e.touchpoint_id = '{steps[0]}'
                    AND {_in('e.ts', start, end)} GROUP BY 1) f
                    WHERE EXISTS (SELECT 1 FROM events e WHERE e.customer_id = f.customer_id AND e.ts = f.t1
                                  AND e.touchpoint_id = '{steps[0]}' AND ({first_cond}))""")
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


def rank_conv(journey, start, end, col, values, lowest=True, margin=1.3, label=None):
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
    top = tops.pop()
    return dict(top_entity=label[top] if label else top)


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


def top_events_avg(tp, by, col, start, end, cond="1=1", margin=1.2, agg="avg", lowest=False, min_n=15):
    rows = q(f"SELECT {by}, {agg}({col}) n, count(*) {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def ab_missed(variant):
    return _rate(one(f"""SELECT avg((e.action = 'missed')::int) FROM events e JOIN experiments x USING (customer_id)
                         WHERE x.experiment_id = 'pickup_sms_reminder' AND x.variant = '{variant}'
                         AND e.touchpoint_id = 'tp_pickup' AND {_in('e.ts', '2025-07-01', '2025-12-31')}"""))


def ab_best(margin=1.5):
    rows = q(f"""SELECT x.variant, avg((e.action = 'missed')::int) r FROM events e JOIN experiments x USING (customer_id)
                 WHERE x.experiment_id = 'pickup_sms_reminder' AND e.touchpoint_id = 'tp_pickup'
                 AND {_in('e.ts', '2025-07-01', '2025-12-31')} GROUP BY 1 ORDER BY r""")
    _lead(rows, margin, lowest=True)
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def _ord(start, end, kind, cond, status="paid"):
    st = f"AND o.status = '{status}'" if status else ""
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    kd = f"AND o.order_type = '{kind}'" if kind else ""
    return f"FROM orders o WHERE 1=1 {kd} {st} {per} AND ({cond})"


def revenue(start, end, kind, cond="1=1", status="paid", col="o.amount"):
    return _money(one(f"SELECT sum({col}) {_ord(start, end, kind, cond, status)}"))


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
    n = one(f"SELECT count(*) FROM feedback f LEFT JOIN customers c USING (customer_id) WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_score(cond):
    return _rate(one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
                     f"WHERE f.nps IS NOT NULL AND {cond}"))


def rank_nps(by, cond, min_n, margin=0.1):
    rows = q(f"SELECT {by}, avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) s, count(*) n FROM feedback f "
             f"WHERE f.nps IS NOT NULL AND {cond} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY s")
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, steps, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25, H1_26, H2_25 = ("2025-01-01", "2025-06-30"), ("2026-01-01", "2026-06-30"), ("2025-07-01", "2025-12-31")
Q1_26 = quarter(2026, 1)
SEP_OCT = ("2025-09-01", "2025-10-31")
(ENQ, VISIT, QUOTE, CONTRACT, SIZING, ISSUE, PICK, WASH, DELIV, REPAIR, WEARER, STOCK, INVOICE, DISPUTE, DESK, PORTAL,
 OFFER, RENEW, CANCEL) = (
    "tp_enquiry", "tp_sales_visit", "tp_quote", "tp_contract", "tp_sizing", "tp_garment_issue", "tp_pickup",
    "tp_laundry", "tp_delivery", "tp_repair", "tp_wearer_change", "tp_missing_charge", "tp_invoice", "tp_dispute",
    "tp_service_desk", "tp_portal", "tp_renewal_offer", "tp_renewal", "tp_cancellation")
MARKERS = {
    "late_delivery": ["送晚了", "delivery was late"], "stains": ["没洗干净", "still stained"],
    "missing_charge": ["丢失费", "missing garment charge"], "wrong_size": ["尺码不对", "wrong size"],
    "repair_slow": ["修补太慢", "repairs take forever"], "driver_praise": ["司机师傅", "our driver"],
    "price": ["涨价", "price increase"], "invoice_error": ["账单算错", "invoice was wrong"],
    "partial_issue": ["衣服没发齐", "not all garments arrived"], "hotline": ["电话没人接", "nobody picks up"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
CHANNELS = ["web", "mini_program", "phone", "ads", "tender_portal", "referral"]
CITY_ZH = {"Suzhou": "苏州", "Shanghai": "上海", "Dongguan": "东莞", "Tianjin": "天津", "Chengdu": "成都",
           "Ho Chi Minh City": "胡志明市"}
IND_ZH = {"factory": "工厂", "hotel": "酒店", "hospital": "医院"}
ISSUE_FIRST = "e.action IN ('issued', 'issued_partial')"
RESOLVED = "e.action IN ('credited', 'rejected')"


def gold():
    return {
        # ---- sales funnel
        "ur01": lambda: conv("enquiry_to_contract", *Y25),
        "ur02": lambda: conv("enquiry_to_contract", *H1_26),
        "ur03": lambda: rank_conv("enquiry_to_contract", *Y25, "e.channel", CHANNELS, margin=1.6),
        "ur04": lambda: conv("enquiry_to_contract", *Y25, "e.channel = 'tender_portal'"),
        "ur05": lambda: rank_conv("enquiry_to_contract", "2025-01-01", "2026-06-30", "e.channel", CHANNELS,
                                  lowest=False, margin=1.3),
        "ur06": lambda: top_lost("enquiry_to_contract", *Y25, margin=1.3),
        # ---- onboarding
        "ur08": lambda: conv_open("onboarding", *Y25),
        "ur09": lambda: rank_conv("onboarding", "2025-01-01", "2026-06-30", "e.city", list(CITY_ZH), margin=1.5,
                                  label=CITY_ZH),
        "ur10": lambda: events_median(ISSUE, "e.days_from_contract", None, None,
                                      f"{ISSUE_FIRST} AND e.city = 'Ho Chi Minh City'"),
        "ur11": lambda: events_share(ISSUE, "e.action = 'issued_partial'", None, None,
                                     f"{ISSUE_FIRST} AND e.city = 'Ho Chi Minh City'"),
        "ur12": lambda: events_share(SIZING, "e.action = 'rescheduled'", None, None),
        # ---- routes: pickups and deliveries
        "ur14": lambda: events_share(DELIV, "e.action = 'late'", *month(2025, 10)),
        "ur15": lambda: top_events_avg(DELIV, 'e."城市"', "(e.action = 'late')::int", *SEP_OCT, margin=2.5),
        "ur16": lambda: top_events_count(DELIV, 'e."延误原因"', *SEP_OCT, "e.city = 'Dongguan' AND e.action = 'late'",
                                         margin=2.5),
        "ur17": lambda: events_share(DELIV, "e.action = 'late'", *SEP_OCT, "e.city = 'Dongguan'"),
        "ur18": lambda: events_at(DELIV, *Y25, "e.action = 'late'"),
        "ur19": lambda: events_avg(DELIV, "e.hours_late", *Y25, "e.action = 'late'"),
        "ur20": lambda: top_events_avg(DELIV, "e.city", "(e.action = 'short')::int", None, None, margin=1.8),
        "ur21": lambda: events_share(PICK, "e.action = 'missed'", *H1_26),
        "ur22": lambda: top_events_count(PICK, "e.missed_reason", *Y25, "e.action = 'missed'", margin=2.5),
        "ur23": lambda: events_at(DELIV, "2025-09-08", "2025-09-14", "e.city = 'Dongguan' AND e.action = 'late'"),
        # ---- plant: wash and repairs
        "ur24": lambda: top_events_avg(WASH, 'e."城市"', "(e.action = 'rewash')::int", *Q1_26, margin=3.0),
        "ur25": lambda: events_share(WASH, "e.action = 'rewash'", *Q1_26, "e.city = 'Tianjin'"),
        "ur27": lambda: top_events_count(WASH, "e.rewash_reason", *Q1_26, "e.city = 'Tianjin' AND e.action = 'rewash'",
                                         margin=1.3),
        "ur28": lambda: top_events_avg(REPAIR, "e.city", "e.turnaround_days", None, None, agg="median", margin=2.0),
        "ur30": lambda: top_events_count(REPAIR, 'e."修补类型"', *Y25, "e.industry = 'factory'", margin=1.2),
        # ---- stocktakes, missing garments and disputes
        "ur32": lambda: top_events_avg(STOCK, 'e."行业"', "(e.action = 'charged')::int", None, None, margin=1.6),
        "ur33": lambda: events_share(STOCK, "e.action = 'charged'", None, None, "e.industry = 'hospital'"),
        "ur34": lambda: revenue(*Y25, "missing_charge"),
        "ur35": lambda: events_at(DISPUTE, *H1_26, "e.action = 'opened'"),
        "ur36": lambda: top_events_count(DISPUTE, 'e."争议类型"', None, None,
                                         "e.industry = 'hospital' AND e.action = 'opened'", margin=2.0),
        "ur37": lambda: events_share(DISPUTE, "e.action = 'credited'", None, None, RESOLVED),
        "ur39": lambda: events_at(DISPUTE, *H2_25, "e.action = 'opened'"),
        # ---- money
        "ur40": lambda: revenue(*Y25, "rental_fee"),
        "ur41": lambda: top_revenue("o.city", *H1_26, None, margin=1.15),
        "ur42": lambda: revenue_change(H1_25, H1_26, "rental_fee"),
        "ur43": lambda: orders_count(None, None, "rental_fee", status="unpaid"),
        "ur44": lambda: revenue(*Y25, "rental_fee", "o.city = 'Ho Chi Minh City'", col="o.amount_local"),
        "ur46": lambda: top_revenue('o."行业"', *Y25, None, margin=1.5),
        # ---- renewals and churn
        "ur48": lambda: conv_open("renewal", *Y25),
        "ur49": lambda: conv_open("renewal", *Q1_26),
        "ur50": lambda: top_events_count(CANCEL, 'e."解约原因"', *H1_26, "e.action = 'not_renewed'", margin=1.5),
        "ur51": lambda: rank_conv("renewal", "2025-01-01", "2026-06-30", "e.industry", list(IND_ZH), margin=1.15,
                                  label=IND_ZH),
        "ur53": lambda: events_at(CANCEL, *H1_26, "e.action = 'not_renewed'"),
        # ---- service desk, wearers
        "ur54": lambda: top_events_count(DESK, 'e."问题类别"', *SEP_OCT, "e.city = 'Dongguan'", margin=3.0),
        "ur55": lambda: top_events_count(DESK, "e.ticket_category", *Q1_26, "e.city = 'Tianjin'", margin=3.0),
        "ur56": lambda: events_median(DESK, "e.resolution_hours", None, None, "e.ticket_category = 'size_exchange'",
                                      floor=2.0),
        "ur59": lambda: top_events_count(WEARER, 'e."城市"', None, None, margin=1.3),
        # ---- feedback
        "ur60": lambda: fb_count(T["wrong_size"]),
        "ur61": lambda: fb_count(T["wrong_size"], "c.sizing_method = 'self_report'"),
        "ur62": lambda: top_fb_count("f.touchpoint_id", T["missing_charge"], margin=2.5),
        "ur64": lambda: rank_nps('f."城市"', "f.channel = 'nps_survey' AND f.survey_wave = '2025-12'", 20, margin=0.3),
        "ur65": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2025-12'"),
        "ur67": lambda: fb_avg(f"f.channel = 'quarterly_review' AND {_in('f.ts', *Y25)}"),
        "ur68": lambda: fb_count(T["stains"], f"f.city = 'Tianjin' AND {_in('f.ts', *Q1_26)}"),
        "ur70": lambda: feedback_ids(T["repair_slow"]),
        "ur72": lambda: top_fb_count('f."城市"', f"{T['late_delivery']} AND {_in('f.ts', *SEP_OCT)}", margin=2.0),
        # ---- A/B test
        "ur73": lambda: ab_best(),
        "ur74": lambda: ab_missed("control"),
        "ur75": lambda: ab_missed("sms_reminder"),
        # ---- relative periods (as_of)
        "ur76": lambda: events_at(CONTRACT, *month(2026, 5)),
        "ur77": lambda: events_at(DELIV, "2026-03-30", "2026-04-05", "e.action = 'late'"),
        "ur78": lambda: revenue(*H1_26, "rental_fee"),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # one setup_fee order per contract, at the same time
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_contract'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'setup_fee'")
    # one rental_fee order per issued invoice
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_invoice'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'rental_fee'")
    # one missing_charge order per charged stocktake
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_missing_charge' AND action = 'charged'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'missing_charge'")


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
