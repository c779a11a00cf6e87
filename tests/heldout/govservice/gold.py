"""Gold answers for the 临澜市 一网通办 business-licence service hall held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "companies" / "applicants" / "enterprises" = customer_id (one market entity's 法人账号). Customer attributes
  (district, industry, entity type, segment, agency use) are read from customers.csv as stored at the end of the data;
  case attributes (service item, district, hall, submit channel) from the event rows themselves;
- funnels follow DATA.md: a company reaches step k with an event (any action) at step k's touchpoint after reaching
  step k-1, within the journey window from its first step-1 event in the period (apply 30 d, hall_visit 14 d); rates
  are per company; the tolerance covers both readings (later steps allowed after the period end, or not). A failed
  upload is still an event at tp_submit, a refusal (rejected) is still an approval decision at tp_approval. "The step
  where we lose the most" = the step whose next step is not reached by the most companies (the loss between step k
  and k+1 is attributed to step k). Funnel by channel = the channel of the step-1 (service guide) event: the tolerance
  covers both "first guide view in the period was on that channel" and "first guide view on that channel";
- per-row rates count event rows: first-round pre-review pass rate = tp_prereview rows with review_round 1 `passed` /
  all round-1 rows, by pre-review time; an upload failure rate = tp_submit `upload_failed` / (`upload_failed` +
  `submitted`) rows (first submissions; `resubmitted` after a correction is not an attempt), by channel of the row;
  no-show rate = tp_booking `no_show` rows / `booked` rows, by booking time; overdue rate = tp_approval rows with
  overdue `yes` / all tp_approval rows, by decision time; rectification share = tp_onsite `rectify` / all tp_onsite rows;
- a case = case_no. Processing time = elapsed_days of the decision row (calendar days from acceptance, i.e. the pre-review
  that passed, to the decision), the same as tp_approval ts - accepted_at; medians;
- money: fees collected = orders with status `paid`, by payment time orders.ts; `cancelled` (payment timed out) and
  `refunded` (case lapsed or refused) are not collected money;
- zh top entities are the Chinese twins (所属区, 补正原因, 上传错误, 不予许可原因, 费用类型, 支付方式, 办理事项) and en ones the
  English values (district, correction_reason, upload_error, reject_reason, fee_type, pay_method, service_item) or the
  raw channel / touchpoint_id;
- feedback: "all data" includes rows without ts (paper rating cards, some app-store reviews); topic counts by text
  markers with a 5 % tolerance (checked against _truth/feedback_truth.csv); 好差评 = channel `rating` (1-5);
  12345 = channel `hotline` (no rating) and the tp_hotline events; app-store reviews = channel `app_review`;
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


def _num(v, rel=0.01, floor=0.05):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


# ---------- funnels (per company, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, step1="1=1", first_then_filter=False):
    """step1: a condition on the step-1 event (alias e). first_then_filter: take each company's first step-1 event in
    the period, then keep it only if it meets step1; else take the first step-1 event that meets step1."""
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id, channel FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    if first_then_filter:
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, t1, t1 AS t FROM (
                        SELECT e.customer_id, e.ts AS t1, e.channel, row_number() OVER (PARTITION BY e.customer_id
                        ORDER BY e.ts) rn FROM fev e WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)})
                        e WHERE rn = 1 AND ({step1})""")
    else:
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                        FROM fev e WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({step1})
                        GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def _readings(journey, start, end, step1="1=1", to_step=None):
    vals = []
    for b in (False, True):
        for f in ((False, True) if step1 != "1=1" else (False,)):
            c = funnel(journey, start, end, bounded=b, step1=step1, first_then_filter=f)
            vals.append(c[(to_step or len(c)) - 1] / c[0])
    return vals


def conv(journey, start, end, step1="1=1", to_step=None):
    vals = _readings(journey, start, end, step1, to_step)
    v = vals[0]
    return dict(value=round(v, 4), tolerance=round(max(0.01, max(abs(v - w) for w in vals) + 0.005), 4))


def rank_conv(journey, start, end, col, values, lowest=True, margin=1.2):
    tops = set()
    for b in (False, True):
        for f in (False, True):
            rows = []
            for v in values:
                c = funnel(journey, start, end, bounded=b, step1=f"{col} = '{v}'", first_then_filter=f)
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
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) {_ev(tp, start, end, cond)}"))


def customers_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(DISTINCT e.customer_id) {_ev(tp, start, end, cond)}"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_avg(tp, col, start, end, cond="1=1", rel=0.01):
    return _num(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"), rel)


def events_median(tp, col, start, end, cond="1=1", rel=0.03):
    return _num(one(f"SELECT median({col}) {_ev(tp, start, end, cond)}"), rel)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) {_ev(tp, *a, cond)}")
    y = one(f"SELECT count(*) {_ev(tp, *b, cond)}")
    return _rate((y - x) / x)


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=30, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, col, by, start, end, cond="1=1", margin=1.25, lowest=False):
    rows = q(f"SELECT {by}, avg({col}) r {_ev(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def _ord(start, end, cond, status="paid"):
    st = f"AND o.status = '{status}'" if status else ""
    return (f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE 1=1 {st} "
            f"AND {_in('o.ts', start, end)} AND ({cond})")


def revenue(start, end, cond="1=1"):
    v = one(f"SELECT coalesce(sum(o.amount), 0) {_ord(start, end, cond)}")
    return _money(v) if v else dict(value=0, tolerance=0.5)


def orders_count(start, end, cond="1=1", status="paid"):
    return _count(one(f"SELECT count(*) {_ord(start, end, cond, status)}"))


def orders_avg(start, end, cond="1=1"):
    v = float(one(f"SELECT avg(o.amount) {_ord(start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def top_orders(by, start, end, measure="sum(o.amount)", cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, {measure} n {_ord(start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- customers ----------

def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def top_customers(by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topic):
    """the text markers must agree exactly with the generator's truth."""
    extra = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
                f"AND coalesce(truth.topic, '') <> '{topic}'")
    missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                 f"WHERE coalesce(truth.topic, '') = '{topic}' AND NOT ({cond})")
    assert extra == 0 and missed == 0, (topic, extra, missed)


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_exact(cond):
    return _count(one(f"SELECT count(*) FROM feedback f WHERE {cond}"))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def rank_fb_avg(by, cond, min_n, margin=0.2):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, touchpoints, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q1_26, Q4_25, Q1_25 = quarter(2026, 1), quarter(2025, 4), quarter(2025, 1)
JAN26, FEB26, MAR26, APR26, JUL26 = month(2026, 1), month(2026, 2), month(2026, 3), month(2026, 4), month(2026, 7)
ALL = ("2024-09-01", "2026-07-31")
GUIDE, BOOKING, CHECKIN, SUBMIT, PREREVIEW, CORRECTION, ONSITE, APPROVAL, PICKUP, MAIL, RATING, HOTLINE = (
    "tp_guide", "tp_booking", "tp_checkin", "tp_submit", "tp_prereview", "tp_correction", "tp_onsite", "tp_approval",
    "tp_pickup", "tp_mail", "tp_rating", "tp_hotline")
ATTEMPT = "e.action IN ('submitted', 'upload_failed')"
REG = "e.service_item IN ('company_setup', 'individual_biz', 'company_change')"
CORR_T = _like("f.text", ["补正", "correction"])
QUEUE_T = _like("f.text", ["排队", "queue"])
UPLOAD_T = _like("f.text", ["上传", "upload"])
MAIL_T = _like("f.text", ["邮寄", "courier"])
OVERDUE_T = _like("f.text", ["超期", "overdue"])
RUDE_T = _like("f.text", ["态度差", "rude"])
ONLINE_T = _like("f.text", ["方便", "convenient"])
STAFF_T = _like("f.text", ["帮办", "helpful"])
TOPICS = ((CORR_T, "correction"), (QUEUE_T, "queue"), (UPLOAD_T, "upload"), (MAIL_T, "mail"),
          (OVERDUE_T, "overdue"), (RUDE_T, "attitude"), (ONLINE_T, "praise_online"), (STAFF_T, "praise_staff"))


def no_show_rate(start, end):
    """bookings made in the period (one booking_no each) whose booking got a no_show row."""
    v = one(f"""SELECT avg((n.booking_no IS NOT NULL)::int) FROM events b
                LEFT JOIN (SELECT DISTINCT booking_no FROM events WHERE touchpoint_id = '{BOOKING}'
                           AND action = 'no_show') n USING (booking_no)
                WHERE b.touchpoint_id = '{BOOKING}' AND b.action = 'booked' AND {_in('b.ts', start, end)}""")
    return _rate(v)


def mail_share(start, end):
    """certificates handed over: tp_mail `shipped` rows + tp_pickup rows, by hand-over time."""
    shipped = "e.action = 'shipped'"
    m = one(f"SELECT count(*) {_ev(MAIL, start, end, shipped)}")
    p = one(f"SELECT count(*) {_ev(PICKUP, start, end, '1=1')}")
    return _rate(m / (m + p))


R1 = "e.review_round = 1"
PASSED = "e.action = 'passed'"
FIRST = "e.action = 'submitted'"


def gold():
    return {
        # ---- licence application funnel, channels, uploads, bookings
        "gs01": lambda: conv("apply", *Y25),
        "gs02": lambda: top_lost("apply", *H2_25),
        "gs03": lambda: rank_conv("apply", *Y25, "e.channel", ["web", "app", "mini_program"], margin=1.15),
        "gs04": lambda: conv("apply", *Y25, step1="e.channel = 'web'"),
        "gs05": lambda: events_share(SUBMIT, "e.action = 'upload_failed'", *Y25, f"{ATTEMPT} AND e.channel = 'mini_program'"),
        "gs06": lambda: events_share(SUBMIT, "e.action = 'upload_failed'", *Y25, f"{ATTEMPT} AND e.channel = 'app'"),
        "gs07": lambda: top_events_count(SUBMIT, 'e."上传错误"', *Y25, "e.channel = 'mini_program'", margin=1.5),
        "gs08": lambda: conv("hall_visit", *Y25),
        "gs09": lambda: no_show_rate(*Q4_25),
        "gs10": lambda: top_events_count(BOOKING, "e.channel", *Y25, "e.action = 'booked'", margin=1.1),
        # ---- pre-review and corrections
        "gs11": lambda: events_share(PREREVIEW, PASSED, *MAR26, R1),
        "gs12": lambda: events_share(PREREVIEW, PASSED, *FEB26, R1),
        "gs13": lambda: top_events_count(CORRECTION, 'e."补正原因"', *MAR26, margin=2.0),
        "gs14": lambda: top_events_count(CORRECTION, "e.correction_reason", *Y25, margin=1.3),
        "gs15": lambda: events_at(CORRECTION, *MAR26),
        "gs16": lambda: events_share(PREREVIEW, PASSED, *Y25, f"{R1} AND c.uses_agency = 'yes'"),
        "gs17": lambda: events_share(PREREVIEW, PASSED, *Y25, f"{R1} AND c.uses_agency = 'no'"),
        # ---- decisions, time limits, inspections
        "gs20": lambda: top_events_share(APPROVAL, "e.overdue = 'yes'", 'e."所属区"', *Y25, margin=2.0),
        "gs21": lambda: events_share(APPROVAL, "e.overdue = 'yes'", *Y25,
                                     "e.service_item = 'food_licence' AND e.district = 'Beitang'"),
        "gs22": lambda: events_share(APPROVAL, "e.overdue = 'yes'", *Y25,
                                     "e.service_item = 'food_licence' AND e.district <> 'Beitang'"),
        "gs23": lambda: events_median(APPROVAL, "e.elapsed_days", *Y25, "e.service_item = 'food_licence'"),
        "gs25": lambda: events_share(ONSITE, "e.action = 'rectify'", *Y25),
        "gs26": lambda: events_avg(ONSITE, "e.days_waited", *Y25, "e.district = 'Beitang'"),
        "gs27": lambda: events_at(APPROVAL, *Y25, "e.action = 'rejected'"),
        "gs28": lambda: top_events_count(APPROVAL, "e.reject_reason", *Y25, margin=1.3),
        "gs29": lambda: events_share(APPROVAL, "e.action = 'approved'", *Y25),
        # ---- certificates
        "gs31": lambda: events_avg(PICKUP, "e.wait_minutes", *Y25),
        "gs32": lambda: top_events_avg(PICKUP, "e.wait_minutes", "e.district", *Y25, margin=1.5),
        "gs33": lambda: events_avg(PICKUP, "e.wait_minutes", *Y25, "e.district = 'Gaoxin'"),
        "gs34": lambda: mail_share(*Y25),
        "gs35": lambda: events_avg(MAIL, "e.days_in_transit", *Y25, "e.district = 'Nanshan' AND e.action = 'delivered'"),
        # ---- fees
        "gs37": lambda: revenue(*Y25),
        "gs38": lambda: revenue(*Y25, "o.fee_type = 'postage'"),
        "gs39": lambda: revenue(*H1_25, "o.fee_type = 'seal'"),
        "gs40": lambda: top_orders("o.fee_type", *Y25, margin=1.5),
        "gs41": lambda: orders_count(*Y25, "o.fee_type = 'postage'", status="refunded"),
        "gs43": lambda: top_orders('o."支付方式"', *Y25, measure="count(*)", margin=1.3),
        # ---- feedback
        "gs45": lambda: top_fb_count("f.touchpoint_id", QUEUE_T, margin=5),
        "gs46": lambda: fb_count(QUEUE_T),
        "gs47": lambda: top_fb_count("f.touchpoint_id", UPLOAD_T, margin=5),
        "gs48": lambda: fb_count(CORR_T, _in("f.ts", *MAR26)),
        "gs49": lambda: fb_count(CORR_T, _in("f.ts", *APR26)),
        "gs50": lambda: fb_avg(f"f.channel = 'rating' AND {_in('f.ts', *Y25)}"),
        "gs51": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'rating' AND {_in('f.ts', *Y25)}"),
        "gs52": lambda: fb_avg("f.touchpoint_id = 'tp_pickup'"),
        "gs53": lambda: events_at(HOTLINE, *Y25),
        "gs54": lambda: events_share(HOTLINE, "e.call_type = 'complaint'", *Y25),
        "gs55": lambda: top_fb_count("f.touchpoint_id", "f.channel = 'hotline' AND f.call_type = 'complaint'",
                                     margin=1.4),
        "gs56": lambda: feedback_ids(UPLOAD_T),
        "gs57": lambda: fb_avg("f.channel = 'app_review'"),
        # ---- companies, volumes
        "gs59": lambda: customers_count("c.segment = 'abnormal'"),
        "gs60": lambda: customers_count("c.acquisition_channel = 'agency'"),
        "gs62": lambda: events_at(APPROVAL, *Q1_26, "e.action = 'approved' AND e.service_item = 'company_setup'"),
        "gs63": lambda: events_at(APPROVAL, *H1_26, "e.action = 'approved' AND e.service_item = 'individual_biz'"),
        "gs64": lambda: events_at(SUBMIT, *Y25, FIRST),
        "gs65": lambda: events_at(SUBMIT, *FEB26, FIRST),
        "gs66": lambda: events_at(SUBMIT, *JAN26, FIRST),
        "gs70": lambda: top_events_count(APPROVAL, 'e."办理事项"', *Y25, "e.overdue = 'yes'", margin=1.5),
        # ---- relative periods (as_of) and a week
        "gs71": lambda: events_at(SUBMIT, *JUL26, FIRST),
        "gs72": lambda: customers_at(BOOKING, "2026-07-06", "2026-07-12", "e.action = 'booked'"),
        "gs73": lambda: revenue("2026-01-01", "2026-07-31"),
        "gs74": lambda: events_share(PREREVIEW, PASSED, *Q1_26, R1),
    }


def checks():
    for cond, topic in TOPICS:
        _check_topic(cond, topic)


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
