"""Gold answers for the 安途 CareWay non-emergency patient transport held-out batch, from plain DuckDB SQL over the
raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "patients" / "customers" / "患者" = customer_id (one patient; family members call on their behalf). Customer
  attributes (mobility / 行动能力, age_band, acquisition_channel, segment) come from customers.csv; the city of an
  event, order or comment is its own `city` column (the patient's city);
- a "trip" / "ride" / "leg" / "趟" is one leg (trip_id): an outpatient or dialysis round trip is two legs. Every
  trip-level event row carries its trip_id, trip_type (行程类型), vehicle_type (车型) and leg;
- funnels follow DATA.md: a patient reaches step k with an event (any action: a denied eligibility check, a
  no-show at the pickup are still events at their touchpoint) at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (referral_to_trip and family_to_trip 30 d,
  dispatch_to_handover 2 d); rates are per patient; the tolerance covers both readings (later steps allowed after
  the period end, or not). "Where do we lose the most" = the step whose next step is not reached by the most
  patients (the loss between k and k+1 is attributed to step k). A "by channel" conversion keeps only step-1 events
  of that events.channel (referrals: portal / fax / email / phone / wechat; family requests: phone / web /
  mini_program);
- per-event rates count event rows, period by the event's ts: late-pickup share = tp_pickup rows `late` / all
  tp_pickup rows (on_time + late + no_show); no-show share = `no_show` / all tp_pickup rows; minutes late = mean
  minutes_late of `late` rows; handover-delay share = tp_dropoff `handover_delayed` / all tp_dropoff rows;
  incident share = tp_transport rows not `completed` (incident + diverted) / all tp_transport rows; reassigned
  share = tp_dispatch `reassigned` / all tp_dispatch rows; pending-docs share = tp_eligibility `pending_docs` /
  all tp_eligibility rows; claim denial rate = tp_insurer_claim `denied` / all tp_insurer_claim rows (one row per
  claim decision, dated at the decision); appeal overturn rate = `overturned` / (`overturned` + `upheld`) among
  tp_appeal rows (dated when the appeal was filed); paid-late share of patient bills = `paid_late` / all
  tp_patient_bill rows of that kind;
- counts: completed trips = tp_dropoff rows; bookings = tp_booking rows (by booking time); referrals =
  tp_referral rows; cancellations = tp_cancellation rows; uncovered trips = tp_dispatch `uncovered`; appeals =
  tp_appeal rows; enrolments = tp_standing_order `enrolled`; patients = distinct customer_id;
- money is USD (orders.amount, the group's reporting currency), `paid` orders only, period by orders.ts (the
  date the bill was issued: hospital invoices and self-pay fares at the trip, insurer claims when submitted, balance
  bills when sent to the patient after a final denial). order_type: hospital_invoice, insurer_claim, self_pay,
  patient_balance, late_cancel_fee; "out of pocket" = self_pay + patient_balance; "income / revenue" with no type
  = every paid order;
- zh top entities are the Chinese twins where the same table has one (迟到原因, 未接到原因, 取消原因, 目的地类型,
  缺少材料, 拒赔原因, 付款方式, 结束原因, 事件类型, 行程类型 on events) and en ones the English values (city,
  insurer, channel, trip_type, destination_type ...) or touchpoint_id; a city and an insurer are always the
  stored value;
- feedback: "all data" includes the undated in-vehicle comment cards; topic counts by text markers with a 5 %
  tolerance (checked against _truth/feedback_truth.csv); NPS = share 9-10 minus share 0-6 (a fraction) by
  survey_wave; SMS survey = channel `sms_survey`;
- exact duplicate event rows (crew-tablet resync) are loaded once; periods are inclusive calendar dates; relative
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


def conv(journey, start, end, first_cond="1=1", upto=None):
    """share of step-1 patients reaching the last step (or step `upto`)."""
    vals = []
    for b in (False, True):
        c = funnel(journey, start, end, bounded=b, first_cond=first_cond)
        k = (upto or len(c)) - 1
        vals.append(c[k] / c[0])
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


# ---------- orders (money = paid, USD) ----------

def _ord(start, end, types, status="paid", cond="1=1"):
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    ts = ", ".join(f"'{t}'" for t in types) if types else None
    tcond = f"AND o.order_type IN ({ts})" if ts else ""
    scond = f"AND o.status = '{status}'" if status else ""
    return f"FROM orders o WHERE 1=1 {per} {tcond} {scond} AND ({cond})"


def revenue(start, end, types=None, cond="1=1"):
    return _money(one(f"SELECT coalesce(sum(o.amount), 0) {_ord(start, end, types, cond=cond)}"))


def orders_count(start, end, types=None, status=None, cond="1=1"):
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


# ---------- periods, steps, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q4_25, Q1_26, Q2_26 = quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
JUL25 = month(2025, 7)
(REF, FAM, ELIG, BOOK, CANCEL, DISP, PICK, TRANS, DROP, CLAIM, APPEAL, BILL, SO) = (
    "tp_referral", "tp_family_request", "tp_eligibility", "tp_booking", "tp_cancellation", "tp_dispatch",
    "tp_pickup", "tp_transport", "tp_dropoff", "tp_insurer_claim", "tp_appeal", "tp_patient_bill",
    "tp_standing_order")
MARKERS = {"late": ["迟到", "late pickup"], "return_wait": ["回程等车", "return ride"],
           "surprise_bill": ["意外账单", "surprise bill"], "denial": ["拒赔", "claim was denied"],
           "handover": ["交接", "handover"], "securement": ["轮椅固定", "wheelchair straps"],
           "rough": ["颠簸", "bumpy"], "hold": ["占线", "on hold"], "paperwork": ["转介单", "referral form"],
           "price": ["收费太贵", "too expensive"], "crew_praise": ["随车人员", "the crew"],
           "clean": ["车内干净", "spotless"], "booking_easy": ["预约方便", "easy to book"]}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
REF_CH = ["portal", "fax", "email", "phone", "wechat"]
FAM_CH = ["phone", "web", "mini_program"]
OUT_OF_POCKET = ["self_pay", "patient_balance"]
TRIP_OF = ("LEFT JOIN (SELECT trip_id, trip_type, \"行程类型\" FROM events WHERE touchpoint_id = 'tp_booking') b "
           "USING (trip_id)")


def gold():
    return {
        # ---- intake funnels
        "mt01": lambda: conv("referral_to_trip", *Y25),
        "mt02": lambda: conv("referral_to_trip", *H1_26),
        "mt03": lambda: rank_conv("referral_to_trip", *Y25, "e.channel", REF_CH, margin=1.25),
        "mt04": lambda: conv("referral_to_trip", *Y25, "e.channel = 'fax'"),
        "mt05": lambda: top_lost("referral_to_trip", *Y25, margin=2.0, first_cond="e.channel = 'fax'"),
        "mt06": lambda: conv("family_to_trip", *Y25),
        "mt07": lambda: top_lost("family_to_trip", *Y25, margin=1.5),
        "mt08": lambda: conv("family_to_trip", *H1_26, "e.channel = 'mini_program'"),
        # ---- pickups
        "mt09": lambda: events_share(PICK, "e.action = 'late'", *JUL25),
        "mt10": lambda: top_events_avg(PICK, "e.city", "e.action = 'late'", *JUL25, margin=2.5),
        "mt11": lambda: events_share(PICK, "e.action = 'late'", *JUL25, "e.city = 'Melbourne'"),
        "mt12": lambda: top_events_count(PICK, 'e."迟到原因"', *JUL25, "e.action = 'late' AND e.city = 'Melbourne'",
                                         margin=3),
        "mt13": lambda: events_avg(PICK, "e.minutes_late", *Y25, "e.action = 'late'"),
        "mt14": lambda: events_share(PICK, "e.action = 'late'", *Y25, "e.trip_type = 'dialysis' AND e.leg = 'return'"),
        "mt15": lambda: events_share(PICK, "e.action = 'late'", *Y25,
                                     "e.trip_type = 'dialysis' AND e.leg = 'outbound'"),
        "mt16": lambda: events_share(PICK, "e.action = 'no_show'", *Y25),
        "mt17": lambda: top_events_avg(PICK, 'e."行程类型"', "e.action = 'no_show'", *Y25, margin=2.5),
        "mt18": lambda: top_events_count(PICK, "e.no_show_reason", *Y25, "e.action = 'no_show' AND "
                                                                         "e.trip_type = 'outpatient'", margin=1.4),
        # ---- trips, dispatch, drop-off
        "mt19": lambda: events_at(DROP, *Q1_26),
        "mt20": lambda: top_events_count(CANCEL, "e.cancel_reason", *Y25, margin=1.5),
        "mt21": lambda: events_at(DISP, *H2_25, "e.action = 'uncovered'"),
        "mt22": lambda: events_share(DISP, "e.action = 'reassigned'", *Y25),
        "mt23": lambda: events_share(DROP, "e.action = 'handover_delayed'", *Y25),
        "mt24": lambda: top_events_avg(DROP, "e.destination_type", "e.action = 'handover_delayed'", *Y25, margin=1.5),
        "mt25": lambda: events_avg(DROP, "e.handover_wait_min", *Y25,
                                   "e.destination_type = 'hospital_ward' AND e.vehicle_type = 'stretcher_ambulance'"),
        "mt26": lambda: top_events_count(TRANS, "e.incident_type", None, None,
                                         "e.action <> 'completed' AND e.vehicle_type = 'wheelchair_van'", margin=1.4),
        "mt27": lambda: events_median(BOOK, "e.lead_time_hours", *Y25, "e.trip_type = 'discharge'"),
        "mt28": lambda: events_at(DROP, *Y25, "e.city = 'Shanghai'"),
        "mt29": lambda: events_at(DROP, *Y25, "e.city = 'Beijing'"),
        # ---- eligibility and referrals
        "mt30": lambda: events_share(ELIG, "e.action = 'pending_docs'", *Y25),
        "mt31": lambda: top_events_count(ELIG, 'e."缺少材料"', None, None, "e.action = 'pending_docs'", margin=1.2),
        "mt32": lambda: events_at(REF, *Q4_25, "e.channel = 'fax'"),
        # ---- claims and appeals
        "mt33": lambda: events_share(CLAIM, "e.action = 'denied'", *Y25),
        "mt34": lambda: top_events_avg(CLAIM, "e.insurer", "e.action = 'denied'", "2025-10-01", "2026-06-30",
                                       margin=2.0),
        "mt35": lambda: events_share(CLAIM, "e.action = 'denied'", "2025-01-01", "2025-09-30",
                                     "e.insurer = 'Maple Mutual'"),
        "mt36": lambda: top_events_count(CLAIM, 'e."拒赔原因"', *H1_26, "e.action = 'denied' AND "
                                                                       "e.insurer = 'Maple Mutual'", margin=2),
        "mt37": lambda: events_at(APPEAL, *Y25),
        "mt38": lambda: events_share(APPEAL, "e.action = 'overturned'", *Y25, "e.action IN ('overturned', 'upheld')"),
        "mt39": lambda: revenue(*Y25, ["insurer_claim"]),
        # ---- patient billing and money
        "mt40": lambda: revenue(*Y25, OUT_OF_POCKET),
        "mt41": lambda: orders_count(*Y25, ["patient_balance"]),
        "mt42": lambda: order_share("o.status = 'unpaid'", *Y25, ["patient_balance"]),
        "mt43": lambda: top_events_avg(BILL, "e.payment_method", "e.action = 'paid_late'", *Y25,
                                       "e.bill_type = 'self_pay'", margin=2.0),
        "mt44": lambda: revenue(*H1_26),
        "mt45": lambda: top_revenue("o.city", *Y25, margin=1.1),
        "mt46": lambda: revenue_change(H1_25, H1_26, ["hospital_invoice"]),
        "mt47": lambda: revenue(*Y25, ["self_pay"], "o.city = 'Shanghai'"),
        # ---- dialysis
        "mt48": lambda: events_at(SO, *Y25, "e.action = 'enrolled'"),
        "mt49": lambda: top_events_count(SO, "e.end_reason", None, None, "e.action = 'ended'", margin=1.5),
        "mt50": lambda: events_at(DROP, *Q2_26, "e.trip_type = 'dialysis'"),
        # ---- feedback
        "mt51": lambda: top_fb_count("f.touchpoint_id", T["surprise_bill"], margin=4),
        "mt52": lambda: fb_count(T["surprise_bill"]),
        "mt53": lambda: fb_count(T["late"], _in("f.ts", *JUL25)),
        "mt54": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2026-H1'"),
        "mt55": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2026-H1' AND f.city = 'Vancouver'"),
        "mt56": lambda: fb_avg(f"f.channel = 'sms_survey' AND {_in('f.ts', *Y25)}"),
        "mt57": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'sms_survey' AND {_in('f.ts', *Y25)}"),
        "mt58": lambda: top_fb_count('b."行程类型"', T["return_wait"], margin=5, join=TRIP_OF),
        "mt59": lambda: feedback_ids(f"{T['crew_praise']} AND {_in('f.ts', *H1_26)}"),
        "mt60": lambda: fb_avg("f.channel = 'comment_card'"),
        # ---- relative periods (as_of)
        "mt61": lambda: events_at(DROP, *month(2026, 3)),
        "mt62": lambda: events_at(CLAIM, *month(2026, 5), "e.action = 'denied'"),
        "mt63": lambda: events_share(PICK, "e.action = 'late'", "2025-07-14", "2025-07-20"),
        "mt64": lambda: patients_at(REF, *Q4_25),
        "mt65": lambda: revenue("2026-01-01", "2026-07-05", ["insurer_claim"]),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # every completed leg has exactly one trip bill (hospital invoice, insurer claim or self-pay) once issued
    assert one("SELECT count(*) FROM orders WHERE order_type = 'patient_balance'") == one(
        "SELECT count(*) FROM events WHERE touchpoint_id = 'tp_patient_bill' AND bill_type = 'balance_after_denial'")
    assert one("SELECT count(*) FROM orders WHERE order_type = 'self_pay'") == one(
        "SELECT count(*) FROM events WHERE touchpoint_id = 'tp_patient_bill' AND bill_type = 'self_pay'")
    # a balance bill only follows a denied claim
    assert one("""SELECT count(*) FROM orders o WHERE order_type = 'patient_balance' AND NOT EXISTS (
                  SELECT 1 FROM events e WHERE e.touchpoint_id = 'tp_insurer_claim' AND e.action = 'denied'
                  AND e.trip_id = o.trip_id)""") == 0


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
