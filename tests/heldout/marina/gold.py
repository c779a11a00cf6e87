"""Gold answers for the 泊湾 Harbourline Marinas held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "boat owners" / "people" = customer_id (one boat owner: a lead, or a berth holder). Customer
  attributes (city, boat type, berth class) are read from customers.csv; the city of an event or an order is its own
  `city` column (the marina, the same as the customer's);
- funnels follow DATA.md: a customer reaches step k with an event (any action: a waitlisted availability check is
  still an event at tp_availability) at step k's touchpoint after reaching step k-1, within the journey window from
  their first step-1 event in the period (enquiry_to_contract 30 d, show_to_contract 60 d, contract_to_arrival 45 d,
  haulout_repair 21 d); rates are per customer; the tolerance covers both readings (later steps allowed after the
  period end, or not). "Where do we lose the most people" = the step whose next step is not reached by the most
  customers (the loss between k and k+1 is attributed to step k). A "by channel" enquiry conversion keeps only
  step-1 events of that channel (events.channel: web / mini_program / phone / email / marketplace);
- per-event rates count event rows, period by the event's ts: waitlisted share = tp_availability rows `waitlisted`
  / all its rows; reassigned share = tp_arrival rows `reassigned` / all; first-attempt berth-fee failure =
  tp_berth_fee rows with attempt_no = 1 that `failed` / all attempt_no = 1 rows; turned-away share = tp_fuel_dock rows
  `turned_away` / all; pump-out out-of-service share = tp_pumpout rows `out_of_service` / all; haul-out reschedule
  share = tp_haulout rows `rescheduled` / all tp_haulout rows (a haul-out moved twice is two rows); renewal rate =
  tp_renewal rows `renewed` / all tp_renewal rows; repair shares over `completed` tp_repair rows (closed jobs):
  over quote = invoiced_usd > 1.1 x quoted_usd, late = days_late > 0;
- durations and sizes from the row's own columns: fuel dock wait = wait_minutes on tp_fuel_dock rows (turned-away
  rows included), ticket resolution = resolution_hours on tp_office rows (one row = one ticket), hardstand days on
  `completed` tp_haulout rows, contract to arrival = days_from_contract on tp_arrival rows;
- contracts signed = tp_contract rows (each has one berth_contract order at the same time; cancelled ones included);
  cancelled before arrival = berth_contract orders `cancelled`; departures = tp_departure rows; leads = tp_boat_show
  rows, enquiries = tp_web_enquiry rows; quotes = tp_quote rows; tickets = tp_office rows;
- money is USD (orders.amount, the group's reporting currency), `paid` orders only, period by orders.ts: berth fees
  = order_type `berth_fee` (one order per holder and billing month; `failed` = never paid after the two retries);
  fuel = `fuel`; repairs = `repair`; haul-outs = `haul_out`; pump-out fees = `pump_out` (monthly-term holders only);
  contract fees = `berth_contract`; the city of an order is orders.city;
- zh top entities are the Chinese twins (维修项目, 离港原因, 问题类别, 改期原因, 订单类型, 城市 on orders) and en ones the
  English values (job_type, departure_reason, ticket_category, reschedule_reason, order_type, city, berth_class,
  payment_method, enquiry channel) or touchpoint_id;
- feedback: "all data" includes rows without ts (comment cards, some social posts); topic counts by text markers
  with a 5 % tolerance (checked against _truth/feedback_truth.csv); arrival survey = channel `arrival_survey`, repair
  survey = channel `repair_survey` (1-5 stars); NPS = channel `nps_survey` (waves survey_wave 2025-03 / 2025-09 /
  2026-03), NPS = share 9-10 minus share 0-6 (a fraction);
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


def events_sum(tp, col, start, end, cond="1=1"):
    return _num(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}"), 0.002, 0.5)


def events_median(tp, col, start, end, cond="1=1", floor=0.5):
    return _num(one(f"SELECT median({col}) {_ev(tp, start, end, cond)}"), 0.03, floor)


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, by, col, start, end, cond="1=1", margin=1.2, agg="avg", lowest=False, min_n=30):
    rows = q(f"SELECT {by}, {agg}({col}) n, count(*) {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
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
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
Y26 = ("2026-01-01", "2026-07-31")      # the data ends on 2026-07-31
(SHOW, ENQ, AVAIL, QUOTE, CONTRACT, ARRIVAL, FEE, FUEL, PUMP, HAUL, REPAIR, OFFICE, RENEW, DEPART) = (
    "tp_boat_show", "tp_web_enquiry", "tp_availability", "tp_quote", "tp_contract", "tp_arrival", "tp_berth_fee",
    "tp_fuel_dock", "tp_pumpout", "tp_haulout", "tp_repair", "tp_office", "tp_renewal", "tp_departure")
MARKERS = {
    "extra_charge": ["额外收费", "extra charge"], "queue": ["排队", "queue"], "lift": ["吊机", "travel lift"],
    "pumpout": ["抽污", "pump-out"], "shore_power": ["岸电", "shore power"], "security": ["安保", "security"],
    "dock_staff": ["码头工作人员", "dock staff"], "price_rise": ["涨价", "price increase"],
    "waitlist": ["候补", "waitlist"], "shower": ["淋浴", "shower"], "wifi": ["wifi"],
    "payment_failed": ["扣款失败", "payment failed"], "slow_reply": ["回复太慢", "slow to reply"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
OVER = "e.invoiced_usd > 1.1 * e.quoted_usd"
CHANNELS = ["web", "mini_program", "phone", "email", "marketplace"]


def gold():
    return {
        # ---- funnels and conversion
        "mr01": lambda: conv("enquiry_to_contract", *Y25),
        "mr02": lambda: conv("enquiry_to_contract", *H1_26),
        "mr03": lambda: rank_conv("enquiry_to_contract", *Y25, "e.channel", CHANNELS, margin=2.0),
        "mr04": lambda: conv("enquiry_to_contract", *Y25, "e.channel = 'marketplace'"),
        "mr05": lambda: conv("show_to_contract", *Y25),
        "mr06": lambda: top_lost("enquiry_to_contract", *H1_26, margin=1.1),
        "mr07": lambda: conv_open("contract_to_arrival", *H1_25),
        "mr08": lambda: conv("haulout_repair", *Y25),
        "mr09": lambda: events_at(SHOW, *Y25),
        "mr10": lambda: events_at(ENQ, *Y25, "e.channel = 'marketplace'"),
        # ---- availability and contracts
        "mr11": lambda: events_share(AVAIL, "e.action = 'waitlisted'", *Y25),
        "mr12": lambda: top_events_avg(AVAIL, "e.berth_class", "(e.action = 'waitlisted')::int", None, None,
                                       margin=1.4),
        "mr13": lambda: top_events_avg(AVAIL, "e.city", "(e.action = 'waitlisted')::int", *Y25, margin=1.2),
        "mr14": lambda: events_at(CONTRACT, *Y25),
        "mr15": lambda: orders_count(*Y25, "berth_contract", status="cancelled"),
        "mr16": lambda: events_share(ARRIVAL, "e.action = 'reassigned'", *Y25),
        "mr17": lambda: top_events_avg(ARRIVAL, "e.city", "(e.action = 'reassigned')::int", None, None, margin=1.5),
        "mr18": lambda: events_median(ARRIVAL, "e.days_from_contract", *Y25),
        # ---- berth fees and money
        "mr19": lambda: revenue(*Q2_26, "berth_fee"),
        "mr20": lambda: top_revenue('o."城市"', *Y25, "berth_fee", margin=1.15),
        "mr21": lambda: revenue(*Y25, "berth_fee", "o.city = 'Southampton'"),
        "mr22": lambda: events_share(FEE, "e.action = 'failed'", *H1_26, "e.attempt_no = 1"),
        "mr23": lambda: top_events_avg(FEE, "e.payment_method", "(e.action = 'failed')::int", *Y25,
                                       "e.attempt_no = 1", margin=1.3),
        "mr24": lambda: orders_count(*Y25, "berth_fee", status="failed"),
        "mr25": lambda: top_revenue('o."订单类型"', *Y25, None, "o.order_type <> 'berth_fee'", margin=1.15),
        "mr26": lambda: revenue(*Y25, "repair"),
        "mr27": lambda: revenue_change(H1_25, H1_26, "fuel"),
        # ---- fuel dock and pump-out
        "mr28": lambda: events_median(FUEL, "e.wait_minutes", *month(2026, 1), "e.city = 'Sydney'"),
        "mr29": lambda: events_median(FUEL, "e.wait_minutes", *month(2025, 10), "e.city = 'Sydney'"),
        "mr30": lambda: events_sum(FUEL, "e.litres", *Y25, "e.fuel_type = 'diesel'"),
        "mr31": lambda: events_share(FUEL, "e.action = 'turned_away'", *Y25),
        "mr32": lambda: top_events_avg(PUMP, "e.city", "(e.action = 'out_of_service')::int", *Y25, margin=1.4),
        "mr33": lambda: events_share(PUMP, "e.action = 'out_of_service'", *Y25),
        # ---- haul-outs and repairs
        "mr34": lambda: events_share(HAUL, "e.action = 'rescheduled'", *month(2025, 11)),
        "mr35": lambda: events_share(HAUL, "e.action = 'rescheduled'", *month(2025, 10)),
        "mr36": lambda: top_events_count(HAUL, "e.reschedule_reason", *month(2025, 11), "e.action = 'rescheduled'",
                                         margin=3.0),
        "mr37": lambda: top_events_count(HAUL, "e.city", *month(2025, 11), "e.action = 'rescheduled'", margin=3.0),
        "mr39": lambda: top_events_avg(REPAIR, 'e."维修项目"', f"({OVER})::int", *Y25, "e.action = 'completed'",
                                       margin=1.3),
        "mr40": lambda: events_share(REPAIR, OVER, *Y25, "e.action = 'completed' AND e.job_type = 'engine_service'"),
        "mr41": lambda: events_share(REPAIR, OVER, *Y25, "e.action = 'completed' AND e.job_type = 'electrical'"),
        "mr42": lambda: events_share(REPAIR, "e.days_late > 0", *Y25, "e.action = 'completed'"),
        # ---- office tickets
        "mr43": lambda: top_events_count(OFFICE, 'e."问题类别"', *Y25, margin=1.25),
        "mr44": lambda: events_median(OFFICE, "e.resolution_hours", *Y25, "e.ticket_category = 'wifi'"),
        "mr45": lambda: events_at(OFFICE, *H1_26),
        # ---- renewals and departures
        "mr46": lambda: events_share(RENEW, "e.action = 'renewed'", *Y25),
        "mr47": lambda: events_share(RENEW, "e.action = 'renewed'", *Y26),
        "mr48": lambda: top_events_count(DEPART, 'e."离港原因"', *Y26, margin=1.3),
        "mr49": lambda: events_at(DEPART, *Y25),
        "mr50": lambda: top_events_count(DEPART, "e.departure_reason", *Y25, margin=1.2),
        # ---- feedback
        "mr51": lambda: top_fb_count("f.touchpoint_id", T["extra_charge"], margin=4),
        "mr52": lambda: fb_count(T["extra_charge"]),
        "mr53": lambda: fb_count(T["queue"], _in("f.ts", "2025-12-01", "2026-01-31")),
        "mr54": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 300, margin=0.3),
        "mr55": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2026-03'"),
        "mr56": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2025-09'"),
        "mr57": lambda: fb_avg(f"f.channel = 'arrival_survey' AND {_in('f.ts', *Y25)}"),
        "mr58": lambda: fb_avg(f"f.channel = 'repair_survey' AND {_in('f.ts', *Y25)}"),
        "mr59": lambda: feedback_ids(T["dock_staff"]),
        "mr60": lambda: fb_count(T["shore_power"]),
        "mr61": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'repair_survey' AND {_in('f.ts', *H1_26)}"),
        "mr62": lambda: top_fb_count("f.touchpoint_id", T["waitlist"], margin=3),
        "mr63": lambda: fb_count(T["lift"]),
        # ---- relative periods (as_of)
        "mr64": lambda: events_at(QUOTE, *month(2026, 4)),
        "mr65": lambda: revenue(*Q2_26, "fuel"),
        "mr66": lambda: events_at(HAUL, "2026-03-02", "2026-03-08", "e.action = 'completed'"),
        "mr67": lambda: events_at(CONTRACT, *month(2026, 5)),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # one berth_contract order per tp_contract event, at the same time
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_contract'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'berth_contract'")
    # one completed repair job = one repair order
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_repair' AND action = 'completed'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'repair'")


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
