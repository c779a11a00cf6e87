"""Gold answers for the 采安到家 DrawWell Home blood-test held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "patients" / "customers" / "用户" / "患者" = customer_id. Customer attributes (acquisition_channel, tier,
  age_band, chronic_condition / 慢病类型, segment) come from customers.csv; the city of an event, order or comment
  is its own `city` column;
- a "booking" / "预约" / "单" is one booking_id (one tp_booking row); a "home visit" / "上门" is one tp_collection
  row (a re-collection is another visit of the same booking); "collected" = tp_collection `collected`;
- funnels follow DATA.md: a patient reaches step k with an event (any action: an `unreachable` confirmation, a
  `rejected` lab result are still events at their touchpoint) at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (booking_to_report 14 d,
  browse_to_booking 7 d, sample_to_report 5 d, report_to_subscription 30 d); rates are per patient; the tolerance
  covers both readings (later steps allowed after the period end, or not). "Where do we lose the most" = the step
  whose next step is not reached by the most patients (the loss between k and k+1 is attributed to step k). A
  conversion "by booking channel" keeps only step-1 events of that events.channel (app / mini_program / web /
  phone / clinic_referral / subscription = auto-scheduled visits of subscribers);
- per-event rates count event rows, period by the event's ts: failed-draw share = tp_collection `failed_draw` /
  all tp_collection rows; late-arrival share = tp_collection rows with arrival_status `late` / all tp_collection
  rows (arrival_status is recorded on every visit, not-home ones included); minutes late = mean
  arrival_delay_min of `late` visits; lab rejection rate = tp_lab `rejected` / all tp_lab rows; courier delay
  share = tp_courier `delayed` / all tp_courier rows; confirmation failure = tp_confirm rows `address_invalid` or
  `unreachable` / all tp_confirm rows; teleconsult no-show rate = `no_show` / all tp_teleconsult rows; abnormal
  share = tp_results rows with result_flag abnormal or critical / all tp_results rows; turnaround (TAT) = tat_hours
  on tp_results (hours from the successful collection to release);
- counts: bookings = tp_booking rows (`submitted` for patient bookings; `auto_scheduled` are subscribers' cycle
  visits); cancellations = tp_cancel rows; new subscriptions = tp_subscription `subscribed`; unsubscribes =
  tp_subscription `cancelled`; support contacts = tp_support rows; patients = distinct customer_id;
- money is CNY (orders.amount, the group's reporting currency), `paid` orders only, period by orders.ts (test
  packages at booking, add-ons and missed-visit fees at the visit, teleconsult fees at the consult, subscription
  fees at each billing cycle). order_type: test_package, add_on, teleconsult, subscription, missed_visit_fee;
  "revenue" with no type = every paid order; refunds = test_package orders with status `refunded`; a renewal =
  a subscription order with billing_cycle >= 2;
- zh top entities are the Chinese twins where the same table has one (套餐, 拒收原因, 未采成原因, 取消原因, 退订原因,
  咨询原因, 护士类型, 结果状态) and en ones the English values or touchpoint_id; a city, a slot_window, a channel and a
  courier partner are always the stored value;
- feedback: "all data" includes the undated clinic paper forms; topic counts by text markers with a 5 % tolerance
  (checked against _truth/feedback_truth.csv); NPS = share 9-10 minus share 0-6 (a fraction) by survey_wave
  (quarterly waves, e.g. 2025-Q3, sent ten days after the quarter ends); the post-visit survey = channel
  `post_visit_survey` (1-5 stars);
- exact duplicate event rows (nurse-app re-sends) are loaded once; periods are inclusive calendar dates; relative
  periods resolve against the item's `as_of`; a week is Monday..Sunday.
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


# ---------- funnels (per patient, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, first_cond="1=1", pre=True):
    """patients reaching each step. first_cond picks the step-1 events (pre=True: filter step-1 events, then take
    each patient's first; pre=False: each patient's first step-1 event, kept when it matches)."""
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    inner, outer = (first_cond, "1=1") if pre else ("1=1", first_cond)
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, t1, t1 AS t FROM (
                    SELECT e.customer_id, e.ts AS t1, e.channel, e.device, e.city,
                           row_number() OVER (PARTITION BY e.customer_id ORDER BY e.ts, e.event_id) rn
                    FROM events e WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}
                    AND ({inner})) e WHERE rn = 1 AND ({outer})""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def _variants(journey, start, end, first_cond):
    if first_cond == "1=1":
        return [funnel(journey, start, end, b) for b in (False, True)]
    return [funnel(journey, start, end, b, first_cond, pre) for pre in (True, False) for b in (False, True)]


def conv(journey, start, end, first_cond="1=1", upto=None, frm=1):
    """share of step-`frm` patients reaching the last step (or step `upto`)."""
    vals = []
    for c in _variants(journey, start, end, first_cond):
        k = (upto or len(c)) - 1
        vals.append(c[k] / c[frm - 1])
    spread = max(abs(v - vals[0]) for v in vals)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, spread + 0.005), 4))


def reached(journey, start, end, step, first_cond="1=1"):
    vals = [c[step - 1] for c in _variants(journey, start, end, first_cond)]
    spread = max(abs(v - vals[0]) for v in vals)
    return dict(value=vals[0], tolerance=max(0.5, spread + 0.5))


def rank_conv(journey, start, end, col, values, lowest=True, margin=1.2):
    tops = set()
    for pre in (True, False):
        for bounded in (False, True):
            rows = []
            for v in values:
                c = funnel(journey, start, end, bounded, f"{col} = '{v}'", pre)
                rows.append((v, c[-1] / c[0]))
            rows.sort(key=lambda r: r[1], reverse=not lowest)
            _lead(rows, margin, lowest)
            tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2, first_cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for c in _variants(journey, start, end, first_cond):
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


def patients_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(DISTINCT e.customer_id) {_ev(tp, start, end, cond)}"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_avg(tp, col, start, end, cond="1=1", rel=0.01):
    return _num(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"), rel)


def events_median(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT median({col}) {_ev(tp, start, end, cond)}")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, abs(float(v)) * 0.03), 2))


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, by, num, start, end, cond="1=1", margin=1.2, min_n=30, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::double) r, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


# ---------- orders (money = paid, CNY) ----------

def _ord(start, end, types, status="paid", cond="1=1"):
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    ts = ", ".join(f"'{t}'" for t in types) if types else None
    tcond = f"AND o.order_type IN ({ts})" if ts else ""
    scond = f"AND o.status = '{status}'" if status else ""
    return f"FROM orders o WHERE 1=1 {per} {tcond} {scond} AND ({cond})"


def revenue(start, end, types=None, cond="1=1"):
    return _money(one(f"SELECT coalesce(sum(o.amount), 0) {_ord(start, end, types, cond=cond)}"))


def orders_count(start, end, types=None, status="paid", cond="1=1"):
    return _count(one(f"SELECT count(*) {_ord(start, end, types, status, cond)}"))


def orders_avg(start, end, types=None, status="paid", cond="1=1"):
    return _num(one(f"SELECT avg(o.amount) {_ord(start, end, types, status, cond)}"), rel=0.01)


def revenue_change(p0, p1, types=None, cond="1=1"):
    a = one(f"SELECT sum(o.amount) {_ord(*p0, types, cond=cond)}")
    b = one(f"SELECT sum(o.amount) {_ord(*p1, types, cond=cond)}")
    return _rate((b - a) / a)


def top_revenue(by, start, end, types=None, margin=1.1):
    rows = q(f"SELECT {by}, sum(o.amount) s {_ord(start, end, types)} GROUP BY 1 ORDER BY s DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_orders(by, start, end, types=None, status="paid", margin=1.1):
    rows = q(f"SELECT {by}, count(*) n {_ord(start, end, types, status)} GROUP BY 1 ORDER BY n DESC")
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


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, steps, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
Q1_25, Q3_25, Q4_25, Q1_26 = quarter(2025, 1), quarter(2025, 3), quarter(2025, 4), quarter(2026, 1)
AUG25 = month(2025, 8)
ALL = ("2025-01-01", "2026-04-30")
(BROWSE, BOOK, CONFIRM, CANCEL, DISP, COLL, COURIER, LAB, RES, TELE, SUB, SUPPORT) = (
    "tp_browse", "tp_booking", "tp_confirm", "tp_cancel", "tp_dispatch", "tp_collection", "tp_courier", "tp_lab",
    "tp_results", "tp_teleconsult", "tp_subscription", "tp_support")
MARKERS = {"attempts": ["扎了好几针", "multiple attempts"], "late": ["护士迟到", "nurse was late"],
           "slow_results": ["报告太慢", "results took"], "redraw": ["重新抽血", "redraw"],
           "confusing": ["看不懂报告", "couldn't understand the report"], "price": ["价格太贵", "too pricey"],
           "address_form": ["地址填写", "address form"], "unconfirmed": ["没人确认", "no one confirmed"],
           "doctor_good": ["医生讲解", "doctor explained"], "nurse_praise": ["护士很专业", "so gentle"],
           "convenient": ["足不出户", "so convenient"], "autorenew": ["自动续费", "auto-renew"]}
T = {k: _like("f.text", v).replace("'%couldn't", "'%couldn''t") for k, v in MARKERS.items()}
BOOK_CH = ["app", "mini_program", "web", "phone", "clinic_referral"]


UK = "e.city IN ('London', 'Manchester')"


def gold():
    return {
        # ---- funnels
        "hl01": lambda: conv("booking_to_report", *Y25),
        "hl02": lambda: conv("booking_to_report", *Q1_26),
        "hl03": lambda: rank_conv("booking_to_report", *Y25, "e.channel", BOOK_CH, margin=1.2),
        "hl04": lambda: conv("booking_to_report", *Y25, "e.channel = 'web'"),
        "hl05": lambda: top_lost("booking_to_report", *Y25, margin=3, first_cond="e.channel = 'web'"),
        "hl06": lambda: conv("booking_to_report", *H2_25, "e.channel = 'clinic_referral'"),
        "hl07": lambda: conv("browse_to_booking", *Q4_25, upto=2),
        "hl08": lambda: conv("report_to_subscription", *Y25),
        "hl09": lambda: conv("sample_to_report", *AUG25),
        # ---- home collection
        "hl10": lambda: events_share(COLL, "e.action = 'failed_draw'", *Y25),
        "hl11": lambda: top_events_avg(COLL, 'e."护士类型"', "e.action = 'failed_draw'", *Y25, margin=2),
        "hl12": lambda: events_share(COLL, "e.action = 'failed_draw'", *Y25, "e.nurse_type = 'agency'"),
        "hl13": lambda: events_share(COLL, "e.arrival_status = 'late'", *Y25),
        "hl14": lambda: top_events_avg(COLL, "e.slot_window", "e.arrival_status = 'late'", *Y25, margin=1.6),
        "hl15": lambda: top_events_avg(COLL, "e.city", "e.arrival_status = 'late'", *Y25, margin=1.5),
        "hl16": lambda: events_share(COLL, "e.arrival_status = 'late'", *Y25, "e.city = 'London'"),
        "hl17": lambda: events_avg(COLL, "e.arrival_delay_min", *Y25, "e.arrival_status = 'late'"),
        "hl18": lambda: events_at(COLL, *Q4_25, "e.action = 'not_home'"),
        "hl19": lambda: events_at(COLL, *Y25, "e.visit_type = 'recollection'"),
        "hl20": lambda: events_at(COLL, *month(2026, 3), "e.action = 'collected'"),
        "hl21": lambda: events_at(COLL, *month(2026, 3), "e.action = 'collected' AND e.city = 'Shanghai'"),
        # ---- courier and lab
        "hl22": lambda: events_share(LAB, "e.action = 'rejected'", *AUG25),
        "hl23": lambda: top_events_avg(LAB, "e.city", "e.action = 'rejected'", *AUG25, margin=3),
        "hl24": lambda: events_share(LAB, "e.action = 'rejected'", *AUG25, "e.city = 'Guangzhou'"),
        "hl25": lambda: top_events_count(LAB, 'e."拒收原因"', *AUG25, "e.action = 'rejected' AND e.city = 'Guangzhou'",
                                         margin=2),
        "hl26": lambda: top_events_count(LAB, "e.reject_reason", None, None, "e.action = 'rejected'", margin=1.8),
        "hl27": lambda: top_events_avg(COURIER, "e.courier_partner", "e.action = 'delayed'", *Y25, margin=1.5),
        "hl28": lambda: events_avg(COURIER, "e.transit_min", *Y25),
        "hl29": lambda: events_median(RES, "e.tat_hours", *Y25, "e.package = 'basic_checkup'"),
        # ---- results and teleconsults
        "hl30": lambda: events_share(RES, "e.result_flag IN ('abnormal', 'critical')", *Y25),
        "hl31": lambda: events_at(RES, *H2_25, "e.result_flag = 'critical'"),
        "hl32": lambda: events_share(TELE, "e.action = 'no_show'", *Y25),
        "hl33": lambda: events_at(TELE, *Q1_26, "e.action = 'completed'"),
        # ---- subscriptions
        "hl34": lambda: events_at(SUB, *Y25, "e.action = 'subscribed'"),
        "hl35": lambda: top_events_count(SUB, "e.unsub_reason", None, None, "e.action = 'cancelled'", margin=1.25),
        "hl36": lambda: revenue(*Q1_26, ["subscription"]),
        "hl37": lambda: orders_count(*Q1_26, ["subscription"], cond="o.billing_cycle >= 2"),
        "hl38": lambda: events_at(SUB, "2026-01-01", "2026-04-30", f"e.action = 'cancelled' AND {UK}"),
        # ---- money
        "hl39": lambda: revenue(*Y25),
        "hl40": lambda: top_revenue("o.city", *Y25, margin=1.2),
        "hl41": lambda: top_revenue("o.package", *Y25, ["test_package"], margin=1.3),
        "hl42": lambda: top_orders('o."套餐"', *Y25, ["test_package"], margin=1.3),
        "hl43": lambda: orders_count(*Y25, ["test_package"], "refunded"),
        "hl44": lambda: order_share("o.status = 'refunded'", *Y25, ["test_package"]),
        "hl45": lambda: revenue(*Y25, ["add_on"]),
        "hl46": lambda: orders_avg(*Y25, ["test_package"]),
        "hl47": lambda: revenue_change(Q1_25, Q1_26),
        "hl48": lambda: revenue(*Y25, ["teleconsult"]),
        # ---- customer service
        "hl49": lambda: top_events_count(SUPPORT, "e.contact_reason", *Y25, margin=1.1),
        "hl50": lambda: events_at(SUPPORT, *Y25),
        "hl51": lambda: top_events_avg(SUPPORT, "e.city", "e.wait_sec", None, None, "e.channel = 'phone'", margin=1.4),
        # ---- feedback
        "hl52": lambda: top_fb_count("f.touchpoint_id", T["attempts"], margin=2),
        "hl53": lambda: fb_count(T["attempts"]),
        "hl54": lambda: fb_avg(f"f.channel = 'post_visit_survey' AND {_in('f.ts', *Y25)}"),
        "hl55": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'post_visit_survey' AND {_in('f.ts', *Y25)}"),
        "hl56": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2026-Q1'"),
        "hl57": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2026-Q1' AND f.city = 'London'"),
        "hl58": lambda: top_fb_count("f.city", f"{T['redraw']} AND {_in('f.ts', '2025-08-01', '2025-09-30')}",
                                     margin=2.5),
        "hl59": lambda: feedback_ids(f"{T['nurse_praise']} AND {_in('f.ts', *Q1_26)}"),
        "hl60": lambda: fb_avg("f.channel = 'clinic_form'"),
        "hl61": lambda: fb_count(T["confusing"]),
        # ---- relative periods (as_of)
        "hl62": lambda: events_at(COLL, *month(2026, 3), "e.action = 'collected'"),
        "hl63": lambda: events_at(LAB, *AUG25, "e.action = 'rejected'"),
        "hl64": lambda: revenue(*Q4_25),
        "hl65": lambda: events_share(COLL, "e.arrival_status = 'late'", "2025-08-11", "2025-08-17"),
        "hl66": lambda: events_at(SUB, "2026-01-01", "2026-04-30", "e.action = 'subscribed'"),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # every patient booking has one test_package order
    assert one("SELECT count(*) FROM orders WHERE order_type = 'test_package'") == one(
        "SELECT count(*) FROM events WHERE touchpoint_id = 'tp_booking' AND action = 'submitted'")
    # every released report follows a processed sample of the same booking
    assert one("""SELECT count(*) FROM events r WHERE r.touchpoint_id = 'tp_results' AND NOT EXISTS (
                  SELECT 1 FROM events l WHERE l.touchpoint_id = 'tp_lab' AND l.action = 'processed'
                  AND l.booking_id = r.booking_id AND l.ts < r.ts)""") == 0


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
        assert it["lang"] in ("zh", "en"), it["id"]
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
