"""Gold answers for the 栖园 Roost Student Living held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "students" / "residents" / "people" = customer_id (one student account). Customer attributes are read from
  customers.csv as stored at the end of the data; the property / city of an event or order is its own column (always
  the student's building). One building per city, so "Glasgow" = Roost Merchant City (P03) and so on;
- funnels follow DATA.md: a student reaches step k with an event (any action: a `no_show` viewing, a `payment_failed`
  hold, a `declined` guarantor check or a `rejected` ID check is still an event at that touchpoint) at step k's
  touchpoint after reaching step k-1, within the journey window from their first step-1 event in the period (booking
  60 d, tenancy_checks 21 d, repair 7 d, move_out 30 d); rates are per student. The tolerance covers both readings of
  the period end (later steps allowed after it, or not) and counting only successful outcomes (attended viewings,
  `held` holds, approved / verified checks). "Where do we lose the most people" = the step whose next step the most
  students never reach (the loss between k and k+1 is attributed to step k). A funnel "by enquiry channel" keeps only
  step-1 events of that channel (events.enquiry_channel of the enquiry);
- per-event rates count event rows: ID-check rejection rate = tp_id_check rows `rejected` / all its rows (one row per
  attempt); guarantor declines likewise; no-shows = tp_viewing rows `no_show` / all its rows; move-in issues =
  tp_move_in `issues_reported` / all; SLA = tp_repair `completed` rows with sla_met = yes / all `completed` rows (by
  completion time); rebooking rate = tp_rebooking `rebooked` / all its rows (every offered resident has one row,
  `no_response` is a decline reason); deductions = tp_move_out `deductions` / all; swap declines = tp_room_swap
  `declined` / all; late rent = tp_rent_payment rows with days_late > 0 / all its rows (tolerance covers reading it over
  rent orders); period by the event's ts;
- contracts signed = tp_contract `signed` events (new bookings and rebookers; the tolerance covers leaving out the
  ones cancelled before move-in); move-ins = tp_move_in events;
- durations from the row's own columns: hours_to_fix (completed repairs), refund_days (deposit refunds);
- money is GBP (orders.amount; `currency` / `amount_local` keep what was charged): rent = order_type `rent` with status
  `paid` (`failed` = still unpaid at the end of the extract); holding fees = `holding_fee` `paid` (`refunded` = returned
  after a failed check); swap fees, repair recharges, utilities = `swap_fee` / `repair_charge` / `utilities` `paid`;
  deposit refunds are money paid OUT (`deposit_refund` `paid`); contract value = `tenancy_contract` not `cancelled`;
  period by orders.ts; "in AUD / in RMB" = amount_local of that building's orders;
- zh top entities are the Chinese twins (城市, 公寓, 报修类别, 换房原因, 不续租原因, 扣款原因, 问题类型, 证件类型, 担保方式,
  付款方式, 维修方, 看房方式) and en ones the English values or touchpoint_id; months as YYYY-MM;
- feedback: "all data" includes rows without ts; topic counts by text markers with a 5 % tolerance (checked exactly
  against _truth/feedback_truth.csv); NPS = share 9-10 minus share 0-6 (a fraction) of channel `nps_survey` by
  survey_wave; average ratings over rows with a rating;
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


def _rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def _median(v, floor=0.1):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, v * 0.03), 3))


# ---------- funnels (per student, DATA.md rule) ----------
SUCCESS = ("NOT ((touchpoint_id = 'tp_viewing' AND action = 'no_show') OR (touchpoint_id = 'tp_room_hold' AND action = "
           "'payment_failed') OR (touchpoint_id = 'tp_guarantor_check' AND action = 'declined') OR "
           "(touchpoint_id = 'tp_id_check' AND action = 'rejected') OR (touchpoint_id = 'tp_repair' AND action <> "
           "'completed'))")


def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, first_cond="1=1", success=False):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    if success:
        ev += f" AND {SUCCESS}"
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


def _variants(journey, start, end, first_cond, upto=None, cohort=False):
    out = []
    for bounded in ((False,) if cohort else (False, True)):
        for success in (False, True):
            c = funnel(journey, start, end, bounded=bounded, first_cond=first_cond, success=success)
            k = len(c) - 1 if upto is None else upto - 1
            out.append(c[k] / c[0])
    return out


def conv(journey, start, end, first_cond="1=1", upto=None, cohort=False):
    """cohort=True: the question says the later steps may come after the period (a cohort of one month), so only
    the unbounded reading counts."""
    vals = _variants(journey, start, end, first_cond, upto, cohort)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, max(abs(v - vals[0]) for v in vals) + 0.005), 4))


def rank_conv(journey, start, end, col, values, lowest=True, margin=1.3):
    tops = set()
    for bounded in (False, True):
        for success in (False, True):
            rows = []
            for v in values:
                c = funnel(journey, start, end, bounded=bounded, first_cond=f"{col} = '{v}'", success=success)
                rows.append((v, c[-1] / c[0]))
            rows.sort(key=lambda r: r[1], reverse=not lowest)
            _lead(rows, margin, lowest)
            tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.15):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        for success in (False, True):
            c = funnel(journey, start, end, bounded=bounded, success=success)
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


def events_share(tp, num, start, end, cond="1=1", tol=0.01):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"), tol)


def events_median(tp, col, start, end, cond="1=1"):
    return _median(one(f"SELECT median({col}) {_ev(tp, start, end, cond)}"))


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, by, col, start, end, cond="1=1", margin=1.2, agg="avg", lowest=False, min_n=20):
    rows = q(f"SELECT {by}, {agg}({col}) n, count(*) {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_month(tp, num, start, end, cond="1=1", margin=1.5, min_n=40):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, avg(({num})::int) r, count(*) {_ev(tp, start, end, cond)} "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def _ord(start, end, kind, cond, status="paid"):
    st = f"AND o.status = '{status}'" if status else ""
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    kd = f"AND o.order_type = '{kind}'" if kind else ""
    return f"FROM orders o WHERE 1=1 {kd} {st} {per} AND ({cond})"


def revenue(start, end, kind, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) {_ord(start, end, kind, cond, status)}"))


def local_revenue(start, end, kind, cond):
    v = float(one(f"SELECT sum(o.amount_local) {_ord(start, end, kind, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def revenue_change(a, b, kind, cond="1=1"):
    x = one(f"SELECT sum(o.amount) {_ord(*a, kind, cond)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, kind, cond)}")
    return _rate((y - x) / x)


def orders_count(start, end, kind, cond="1=1", status="paid"):
    return _count(one(f"SELECT count(*) {_ord(start, end, kind, cond, status)}"))


def top_revenue(by, start, end, kind, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, sum(o.amount) n {_ord(start, end, kind, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_local_month(start, end, kind, cond="1=1", margin=1.08):
    rows = q(f"SELECT strftime(o.ts, '%Y-%m') m, sum(o.amount_local) n {_ord(start, end, kind, cond)} "
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


def nps_score(cond):
    return _rate(one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
                     f"WHERE f.nps IS NOT NULL AND {cond}"))


def rank_fb_avg(by, cond, min_n, margin=0.2, lowest=True):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a {'ASC' if lowest else 'DESC'}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def rank_nps(by, cond, min_n=30, margin=0.1, lowest=True):
    rows = q(f"SELECT {by}, avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) s, count(*) FROM feedback f "
             f"WHERE f.nps IS NOT NULL AND {cond} GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY s {'ASC' if lowest else 'DESC'}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- special cases ----------

def viewing_type_to_hold(zh=True, margin=1.15):
    """students by the type of their first attended viewing; converted = a `held` room hold after it (ever). The
    per-viewing reading (any `held` hold after that viewing) must agree."""
    col = 'v."看房方式"' if zh else "v.viewing_type"
    tops = set()
    for per_student in (True, False):
        base = ("(SELECT DISTINCT ON (customer_id) * FROM events WHERE touchpoint_id = 'tp_viewing' AND action = "
                "'attended' ORDER BY customer_id, ts)") if per_student else \
            "(SELECT * FROM events WHERE touchpoint_id = 'tp_viewing' AND action = 'attended')"
        rows = q(f"""SELECT {col}, avg((EXISTS (SELECT 1 FROM events h WHERE h.customer_id = v.customer_id
                     AND h.touchpoint_id = 'tp_room_hold' AND h.action = 'held' AND h.ts > v.ts))::int) r, count(*)
                     FROM {base} v GROUP BY 1 ORDER BY r DESC""")
        _lead(rows, margin)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def late_rent_share(start, end):
    """readings: rent-payment events with days_late > 0 (overdue rows included), only `paid_late` rows, or rent
    orders that are late or still unpaid."""
    a = one(f"SELECT avg((e.days_late > 0)::int) {_ev(RENT, start, end, '1=1')}")
    b = one(f"SELECT avg((o.status = 'failed' OR o.days_late > 0)::int) {_ord(start, end, 'rent', '1=1', None)}")
    c = one(f"SELECT avg((e.action = 'paid_late')::int) {_ev(RENT, start, end, '1=1')}")
    return _rate(a, round(max(0.01, abs(a - b) + 0.005, abs(a - c) + 0.005), 4))


def contracts_signed(start, end):
    """signed contract events; the tolerance covers leaving out contracts cancelled later (orders still `paid`)."""
    signed = "e.action = 'signed'"
    a = one(f"SELECT count(*) {_ev(CONTRACT, start, end, signed)}")
    b = one(f"SELECT count(*) {_ord(start, end, 'tenancy_contract', '1=1')}")
    return dict(value=a, tolerance=max(0.5, abs(a - b) + 0.5))


def unpaid_rent():
    n = one("SELECT count(*) FROM orders WHERE order_type = 'rent' AND status = 'failed'")
    return _count(n)


# ---------- periods, steps, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q1_25, Q2_25, Q1_26 = quarter(2025, 1), quarter(2025, 2), quarter(2026, 1)
APR25, MAY25, SEP25, DEC25, JAN26, FEB26, JUN26 = (month(2025, 4), month(2025, 5), month(2025, 9), month(2025, 12),
                                                    month(2026, 1), month(2026, 2), month(2026, 6))
AY2526 = ("2025-09-01", "2026-06-30")
(ENQ, VIEW, HOLD, GUAR, IDC, CONTRACT, MOVEIN, RENT, UTIL, REQ, REPAIR, SWAP, REBOOK, MOVEOUT, REFUND) = (
    "tp_enquiry", "tp_viewing", "tp_room_hold", "tp_guarantor_check", "tp_id_check", "tp_contract", "tp_move_in",
    "tp_rent_payment", "tp_utilities", "tp_maintenance_request", "tp_repair", "tp_room_swap", "tp_rebooking",
    "tp_move_out", "tp_deposit_refund")
MARKERS = {
    "heating": ["暖气", "heating"], "wifi": ["网络", "wifi"], "repair_slow": ["报修", "maintenance"],
    "deducted": ["扣了", "deducted"], "deposit_slow": ["退押金", "deposit back"], "id_check": ["身份验证", "id check"],
    "guarantor": ["担保", "guarantor"], "holding_fee": ["定金", "holding fee"], "noise": ["噪音", "noise"],
    "front_desk": ["前台", "front desk"], "location": ["位置", "location"], "move_in": ["入住", "move-in"],
    "price": ["太贵", "expensive"], "laundry": ["洗衣", "laundry"], "agent": ["中介", "agent"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
UK = "e.city IN ('Manchester', 'Sheffield', 'Glasgow')"
CN = "e.city IN ('Shanghai', 'Guangzhou', 'Hangzhou')"
CHANNELS = ["web", "agent", "portal", "mini_program", "phone"]


def gold():
    done = "e.action = 'completed'"
    return {
        # ---- booking and tenancy checks
        "sd01": lambda: conv("booking", *H1_25),
        "sd02": lambda: rank_conv("booking", *Y25, "e.enquiry_channel", CHANNELS, margin=1.8),
        "sd03": lambda: conv("booking", *Y25, "e.enquiry_channel = 'portal'"),
        "sd04": lambda: conv("booking", *Y25, "e.enquiry_channel = 'agent'"),
        "sd05": lambda: top_lost("booking", *H1_26),
        "sd06": lambda: conv("tenancy_checks", *MAY25, cohort=True),
        "sd07": lambda: conv("tenancy_checks", *APR25, cohort=True),
        "sd08": lambda: top_month(IDC, "e.action = 'rejected'", *Y25, margin=2.5),
        "sd09": lambda: events_share(IDC, "e.action = 'rejected'", *MAY25),
        "sd10": lambda: events_share(IDC, "e.action = 'rejected'", *MAY25, UK),
        "sd11": lambda: top_events_avg(IDC, "e.id_document", "(e.action = 'rejected')::int", *MAY25, margin=1.5,
                                       min_n=8),
        "sd13": lambda: top_events_avg(GUAR, "e.guarantor_type", "(e.action = 'declined')::int", None, None,
                                       margin=2.5),
        "sd14": lambda: viewing_type_to_hold(zh=True),
        "sd15": lambda: events_share(VIEW, "e.action = 'no_show'", *Q1_26, "e.viewing_type = 'in_person'"),
        "sd17": lambda: contracts_signed(*Q2_25),
        # ---- rebooking
        "sd18": lambda: events_share(REBOOK, "e.action = 'rebooked'", "2026-01-01", "2026-04-30"),
        "sd19": lambda: top_events_avg(REBOOK, "e.city", "(e.action = 'rebooked')::int", "2026-01-01", "2026-04-30",
                                       margin=1.4, lowest=True),
        "sd20": lambda: top_events_count(REBOOK, 'e."不续租原因"', None, None,
                                         "e.action = 'declined' AND e.decline_reason <> 'no_response'", margin=1.1),
        "sd21": lambda: top_events_count(REBOOK, "e.decline_reason", None, None,
                                         f"e.action = 'declined' AND e.decline_reason <> 'no_response' AND {UK}",
                                         margin=1.3),
        # ---- move-in
        "sd22": lambda: events_share(MOVEIN, "e.action = 'issues_reported'", *SEP25),
        "sd23": lambda: top_events_avg(MOVEIN, 'e."城市"', "(e.action = 'issues_reported')::int", *SEP25, margin=1.8),
        "sd24": lambda: top_events_count(MOVEIN, "e.issue_type", *Y25, "e.action = 'issues_reported'", margin=1.3),
        # ---- rent and utilities
        "sd25": lambda: revenue(*Y25, "rent"),
        "sd26": lambda: revenue_change(H1_25, H1_26, "rent"),
        "sd27": lambda: top_revenue('o."城市"', *Y25, "rent", margin=1.08),
        "sd28": lambda: local_revenue(*Q1_26, "rent", "o.city = 'Melbourne'"),
        "sd29": lambda: local_revenue(*Q1_26, "rent", "o.city = 'Sydney'"),
        "sd30": lambda: late_rent_share(*Y25),
        "sd31": lambda: top_events_avg(RENT, "e.payment_method", "(e.days_late > 0)::int", None, None, margin=2.0),
        "sd32": unpaid_rent,
        "sd33": lambda: local_revenue(*Y25, "utilities", "1=1"),
        "sd34": lambda: local_revenue(*Y25, "utilities", "o.city = 'Guangzhou'"),
        # ---- maintenance and repairs
        "sd35": lambda: top_events_count(REQ, 'e."报修类别"', *Y25, margin=1.15),
        "sd36": lambda: events_share(REPAIR, "e.sla_met = 'yes'", *JAN26, done),
        "sd37": lambda: events_share(REPAIR, "e.sla_met = 'yes'", *DEC25, done),
        "sd38": lambda: events_at(REQ, *JAN26, "e.city = 'Glasgow' AND e.category = 'heating_hot_water'"),
        "sd39": lambda: top_events_avg(REPAIR, 'e."城市"', "(e.sla_met = 'no')::int", *JAN26, done, margin=1.8),
        "sd40": lambda: events_median(REPAIR, "e.hours_to_fix", *Y25, f"{done} AND e.priority = 'urgent'"),
        "sd41": lambda: events_median(REPAIR, "e.hours_to_fix", *Y25, f"{done} AND e.priority = 'routine'"),
        "sd42": lambda: conv("repair", *Y25),
        "sd43": lambda: top_events_avg(REPAIR, 'e."维修方"', "e.hours_to_fix", None, None, done, margin=1.2),
        # ---- room swaps
        "sd45": lambda: top_events_count(SWAP, 'e."换房原因"', None, None, margin=1.2),
        "sd46": lambda: events_share(SWAP, "e.action = 'declined'", *AY2526),
        # ---- move-out and deposits
        "sd48": lambda: events_share(MOVEOUT, "e.action = 'deductions'", *Y25),
        "sd49": lambda: top_events_avg(MOVEOUT, 'e."城市"', "(e.action = 'deductions')::int", *Y25, margin=1.6),
        "sd50": lambda: top_events_count(MOVEOUT, "e.deduction_reason", *Y25, "e.action = 'deductions'", margin=1.5),
        "sd51": lambda: events_median(REFUND, "e.refund_days", *Y25),
        "sd52": lambda: top_events_avg(REFUND, "e.city", "e.refund_days", None, None, margin=2.0, agg="median"),
        "sd53": lambda: revenue(*Y25, "deposit_refund"),
        "sd54": lambda: conv("move_out", *Y25, "e.city = 'Sydney'", cohort=True),
        # ---- feedback
        "sd55": lambda: top_fb_count("f.touchpoint_id", T["deducted"], margin=5),
        "sd56": lambda: fb_count(T["heating"]),
        "sd57": lambda: fb_count(T["heating"], _in("f.ts", *JAN26)),
        "sd59": lambda: fb_count(T["id_check"], _in("f.ts", *MAY25)),
        "sd60": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2026-04'"),
        "sd61": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2025-11'"),
        "sd62": lambda: rank_nps("f.city", "f.channel = 'nps_survey' AND f.survey_wave = '2026-04'", margin=0.3),
        "sd63": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 40, margin=0.2),
        "sd64": lambda: feedback_ids(T["wifi"]),
        "sd66": lambda: _count(one("SELECT count(*) FROM feedback")),
        "sd67": lambda: top_fb_count('f."城市"', T["deposit_slow"], margin=3),
        # ---- relative periods (as_of)
        "sd71": lambda: contracts_signed(*JUN26),
        "sd72": lambda: events_at(REQ, "2026-06-22", "2026-06-28"),
        "sd73": lambda: revenue(*H1_26, "holding_fee"),
        "sd74": lambda: events_at(MOVEIN, *FEB26),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # one tenancy_contract order per signed contract event
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_contract'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'tenancy_contract'")
    # refund_days / hours_to_fix only where they belong
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_repair' AND action = 'completed' "
               "AND hours_to_fix IS NULL") == 0
    assert one("SELECT count(*) FROM events WHERE ts > TIMESTAMP '2026-06-30 23:59:59'") == 0
    assert one("SELECT count(*) FROM orders WHERE ts > TIMESTAMP '2026-06-30 23:59:59'") == 0


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
