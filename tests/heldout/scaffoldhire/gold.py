"""Gold answers for the 架立方 ScaffoldCube Site Hire held-out batch, from plain DuckDB SQL over the raw CSVs written
by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "builders" / "accounts" / "people" = customer_id (one builder, contractor or homeowner account).
  The depot of an event, an order or a comment is its own `depot` column (`网点` its Chinese twin on events and
  orders); customer attributes come from customers.csv;
- funnels follow DATA.md: a customer reaches step k with an event (any action: a rescheduled or remote survey is still
  an event at tp_site_survey) at step k's touchpoint after reaching step k-1, within the journey window from their
  first step-1 event in the period (enquiry_to_contract 30 d, fair_to_contract 60 d, contract_to_erection 21 d,
  offhire_to_collection 14 d, repeat_hire 21 d); rates are per customer; the tolerance covers both readings (later
  steps allowed after the period end, or not) unless the question says later steps count. "Where do we lose the most
  people" = the step whose next step is not reached by the most customers (the loss between k and k+1 is attributed
  to step k). A "by channel" enquiry conversion keeps only step-1 events of that channel (events.channel on
  tp_enquiry: web / mini_program / phone / email / ads = paid search);
- per-event rates count event rows, period by the event's ts: late erection share = tp_delivery rows `late` / all
  its rows; short-delivered share = tp_delivery rows with short_delivered = yes / all; red-tag (defect) share =
  tp_inspection rows `defect` / all its rows; late collection = tp_collection rows `collected_late` (more than 5 days
  after the off-hire call) / all its rows; yard-check charge rate = tp_damage rows `charged` / rows `charged` or
  `clear` (a `disputed` row is a later appeal, not a check); contract shares over tp_contract rows;
- durations and sizes from the row's own columns: quote turnaround = quote_turnaround_days on tp_quotation rows (new
  leads; repeat bookings are included where the column is set), days late = days_late on `late` tp_delivery rows,
  days to collect = days_to_collect on tp_collection rows, ticket resolution = resolution_hours on tp_hire_desk rows,
  extension length = weeks_added on tp_variation rows of variation_type `extension`;
- counts: contracts signed = tp_contract rows (each has one hire_contract order at the same time; cancelled ones
  included); cancelled before delivery = hire_contract orders `cancelled`; fair leads = tp_trade_fair rows; enquiries
  = tp_enquiry rows; quotes = tp_quotation rows; inspections = tp_inspection rows; tickets = tp_hire_desk rows;
  extensions = tp_variation rows with variation_type `extension`; repeat bookings = tp_repeat_hire rows;
- money is GBP (orders.amount, the group's reporting currency), `paid` orders only, period by orders.ts: hire charges
  = order_type `hire_charge` (one per invoice); contract (erect & dismantle) = `hire_contract`; variations =
  `variation`; damage = `damage_charge`; losses = `loss_charge`; "in Australian dollars" = sum of amount_local of
  that depot's orders; the depot of an order is orders.depot. Unpaid invoices = hire_charge orders with status
  `unpaid` (a snapshot at the end of the data); credited invoices = status `refunded`;
- zh top entities are the Chinese twins (网点, 设备类型, 延误原因, 缺陷类型, 回收延误原因, 问题类别, 订单类型,
  charge_type_zh) and en ones the English values (depot, equipment_type, delay_reason, ...) or touchpoint_id;
  feedback rankings by depot use feedback.depot (English, the only form stored there);
- feedback: "all data" includes rows without ts (paper site forms, fair comment cards); topic counts by text markers
  with a 5 % tolerance (checked against _truth/feedback_truth.csv); post-erection survey = channel `erection_survey`,
  post-collection survey = `collection_survey` (ratings 1-5); NPS = share 9-10 minus share 0-6 (a fraction) of
  channel `nps_survey` by survey_wave (2025-04, 2025-10, 2026-04);
- exact duplicate event rows (re-exported invoices) are loaded once; periods are inclusive calendar dates; relative
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
H1_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2026-01-01", "2026-06-30")
Q1_26, Q3_25 = quarter(2026, 1), quarter(2025, 3)
(FAIR, ENQ, SURVEY, QUOTE, CONTRACT, DELIV, INSP, CHARGE, VAR, OFF, COLL, DMG, DESK, REPEAT) = (
    "tp_trade_fair", "tp_enquiry", "tp_site_survey", "tp_quotation", "tp_contract", "tp_delivery", "tp_inspection",
    "tp_hire_charge", "tp_variation", "tp_offhire", "tp_collection", "tp_damage", "tp_hire_desk", "tp_repeat_hire")
MARKERS = {
    "offhire_charge": ["停租后还在计费", "after off-hire"], "late_erection": ["迟到", "turned up late"],
    "crew_praise": ["搭设师傅", "scaffolders were"], "missing_parts": ["少配件", "short deliver"],
    "collection_delay": ["迟迟不来拆", "waiting for collection"], "damage_charge": ["赔偿费", "damage charge"],
    "inspection_tag": ["检查标签", "inspection tag"], "quote_slow": ["报价太慢", "quote took"],
    "price_high": ["价格偏高", "too expensive"], "hire_desk": ["电话打不通", "couldn't get through"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
CHANNELS = ["web", "mini_program", "phone", "email", "ads"]
CHECK = "e.action IN ('charged', 'clear')"


def gold():
    return {
        # ---- funnels and conversion
        "sh01": lambda: conv("enquiry_to_contract", *Y25),
        "sh02": lambda: conv("enquiry_to_contract", *H1_26),
        "sh03": lambda: rank_conv("enquiry_to_contract", *Y25, "e.channel", CHANNELS, margin=2.0),
        "sh04": lambda: conv("enquiry_to_contract", *Y25, "e.channel = 'ads'"),
        "sh05": lambda: conv("fair_to_contract", *Y25),
        "sh06": lambda: top_lost("enquiry_to_contract", *H1_26, margin=1.1),
        "sh07": lambda: conv_open("contract_to_erection", *Q3_25),
        "sh08": lambda: conv("offhire_to_collection", *Y25),
        "sh09": lambda: conv("repeat_hire", *Y25),
        "sh10": lambda: events_at(FAIR, *Y25),
        "sh11": lambda: events_at(ENQ, *Y25, "e.channel = 'ads'"),
        # ---- surveys, quotes, contracts
        "sh13": lambda: top_events_avg(QUOTE, "e.depot", "e.quote_turnaround_days", *Y25,
                                       "e.quote_turnaround_days IS NOT NULL", agg="median", margin=2.0),
        "sh14": lambda: events_median(QUOTE, "e.quote_turnaround_days", *Y25,
                                      "e.depot = 'Toronto' AND e.quote_turnaround_days IS NOT NULL"),
        "sh17": lambda: events_at(CONTRACT, *Y25),
        "sh18": lambda: orders_count(*Y25, "hire_contract", status="cancelled"),
        "sh19": lambda: top_events_count(CONTRACT, 'e."设备类型"', *Y25, margin=1.3),
        "sh20": lambda: events_share(CONTRACT, "e.equipment_type = 'mobile_tower'", *H1_26),
        # ---- delivery and erection
        "sh21": lambda: events_share(DELIV, "e.action = 'late'", *month(2025, 11)),
        "sh22": lambda: events_share(DELIV, "e.action = 'late'", *month(2025, 10)),
        "sh24": lambda: top_events_count(DELIV, 'e."延误原因"', *month(2025, 11), "e.action = 'late'", margin=2.5),
        "sh25": lambda: top_events_avg(DELIV, "e.depot", "(e.action = 'late')::int", *month(2025, 11), margin=1.3,
                                       min_n=10),
        "sh26": lambda: events_avg(DELIV, "e.days_late", *Y25, "e.action = 'late'"),
        "sh27": lambda: events_share(DELIV, "e.short_delivered = 'yes'", *Y25),
        # ---- inspections
        "sh28": lambda: events_share(INSP, "e.action = 'defect'", *Y25),
        "sh29": lambda: top_events_avg(INSP, 'e."网点"', "(e.action = 'defect')::int", None, None, margin=1.8),
        "sh30": lambda: top_events_count(INSP, 'e."缺陷类型"', None, None, "e.depot = 'Chengdu' AND e.action = 'defect'",
                                         margin=2.0),
        # ---- money
        "sh32": lambda: revenue(*Y25, "hire_charge"),
        "sh33": lambda: top_revenue("o.depot", *Y25, None, margin=1.12),
        "sh34": lambda: top_revenue('o."订单类型"', *Y25, None, margin=1.12),
        "sh35": lambda: revenue_change(H1_25, H1_26, "hire_charge"),
        "sh36": lambda: orders_count(None, None, "hire_charge", status="unpaid"),
        "sh37": lambda: orders_count(*Y25, "hire_charge", status="refunded"),
        "sh38": lambda: revenue(*Y25, "variation"),
        "sh39": lambda: revenue(*Y25, "hire_charge", "o.depot = 'Sydney'", col="o.amount_local"),
        # ---- off-hire and collection
        "sh40": lambda: events_share(COLL, "e.action = 'collected_late'", *Y25),
        "sh41": lambda: top_events_avg(COLL, 'e."网点"', "(e.action = 'collected_late')::int", *Y25, margin=2.0),
        "sh42": lambda: events_median(COLL, "e.days_to_collect", *Y25, "e.depot = 'London'"),
        "sh43": lambda: top_events_count(COLL, 'e."回收延误原因"', *Y25,
                                         "e.depot = 'London' AND e.action = 'collected_late'", margin=1.5),
        "sh44": lambda: events_at(OFF, *H1_26, "e.channel IN ('web', 'mini_program')"),
        # ---- damage and losses
        "sh45": lambda: events_share(DMG, "e.action = 'charged'", *Y25, CHECK),
        "sh46": lambda: top_events_avg(DMG, "e.depot", "(e.action = 'charged')::int", None, None, CHECK, margin=1.5),
        "sh47": lambda: top_events_count(DMG, "e.charge_type", None, None,
                                         "e.depot = 'Guangzhou' AND e.action = 'charged'", margin=1.5),
        "sh48": lambda: revenue(*Y25, "loss_charge"),
        "sh49": lambda: events_at(DMG, *Y25, "e.action = 'disputed'"),
        # ---- hire desk, variations, repeat hire
        "sh51": lambda: top_events_count(DESK, 'e."问题类别"', *Y25, margin=1.12),
        "sh52": lambda: events_median(DESK, "e.resolution_hours", *Y25, "e.ticket_category = 'damage_dispute'"),
        "sh54": lambda: events_at(VAR, *Y25, "e.variation_type = 'extension'"),
        "sh55": lambda: events_avg(VAR, "e.weeks_added", *Y25, "e.variation_type = 'extension'"),
        # ---- feedback
        "sh57": lambda: top_fb_count("f.touchpoint_id", T["offhire_charge"], margin=4),
        "sh58": lambda: fb_count(T["offhire_charge"]),
        "sh59": lambda: fb_count(T["collection_delay"]),
        "sh60": lambda: fb_avg(f"f.channel = 'erection_survey' AND {_in('f.ts', *Y25)}"),
        "sh62": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2026-04'"),
        "sh63": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2025-10'"),
        "sh64": lambda: rank_nps("f.depot", "f.channel = 'nps_survey' AND f.survey_wave = '2026-04'", 30),
        "sh65": lambda: fb_count(T["inspection_tag"]),
        "sh66": lambda: feedback_ids(T["crew_praise"]),
        "sh67": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'collection_survey' AND {_in('f.ts', *H1_26)}"),
        "sh68": lambda: _count(one("SELECT count(*) FROM feedback")),
        "sh69": lambda: top_fb_count("f.depot", f"{T['quote_slow']} AND f.channel = 'lost_quote_survey'", margin=2),
        # ---- relative periods (as_of)
        "sh70": lambda: events_at(CONTRACT, *month(2026, 5)),
        "sh71": lambda: revenue(*Q1_26, "hire_charge"),
        "sh72": lambda: events_at(INSP, "2026-03-02", "2026-03-08", "e.action = 'defect'"),
        "sh73": lambda: events_at(DELIV, *month(2025, 11), "e.action = 'late'"),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # one hire_contract order per tp_contract event, at the same time
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_contract'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'hire_contract'")
    # one hire_charge order per invoiced tp_hire_charge event
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_hire_charge' AND action = 'invoiced'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'hire_charge'")
    # collected_late <=> more than 5 days after the off-hire call
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_collection' AND "
               "(action = 'collected_late') <> (days_to_collect > 5)") == 0


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
