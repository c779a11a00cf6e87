"""Gold answers for the 擎峰吊装 SkyPeak Crane & Access Hire held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "contractors" / "clients" = customer_id (one contractor account). The depot of an event, an order or
  a comment is its own `depot` column (`网点` is its Chinese twin on events and orders); customer attributes
  (customer_type / 客户类型, tier, segment) come from customers.csv;
- exact duplicate event rows (45 daily logs re-synced by the operator app) are loaded once (same event_id);
- funnels follow DATA.md: a customer reaches step k with an event (any action) at step k's touchpoint after reaching
  step k-1, within the journey window from their first step-1 event in the period (tender_to_contract 60 d,
  sales_call_to_contract 45 d, web_quote_to_contract 30 d, contract_to_mobilisation 30 d, demob_to_cash 90 d);
  rates are per customer; the tolerance covers both readings (later steps allowed after the period end, or not)
  unless the question says later steps count. "Which step loses the most" = the step whose next step is not reached
  by the most customers (the loss between k and k+1 is attributed to step k). A "by channel" web-quote conversion
  keeps only step-1 events of that channel (events.channel on tp_web_quote: web = website form, mini_program = WeChat
  mini-program, app = our customer app, ads = paid-search landing pages);
- per-event rates count event rows, period by the event's ts: late mobilisation share = tp_mobilisation rows `late`
  / all its rows; breakdown share = tp_daily_log rows `breakdown` / all daily-log rows; weather days = tp_daily_log
  rows `weather_standby`; inspection fail rate = tp_safety_inspection rows `fail` / all its rows; late demob share =
  tp_demobilisation rows `late` / all; contract shares over tp_contract rows; "share of invoices disputed" = invoices
  (tp_invoice `invoiced` rows issued in the period) that have a `disputed` row with the same invoice_no (at any time)
  / all of them; dispute counts and reasons are `disputed` rows by their own ts;
- durations from the row's own columns: lift plan days = plan_days on `issued` tp_lift_plan rows; quote turnaround =
  quote_turnaround_days on tp_quote rows; days late = days_late on `late` tp_mobilisation rows; days to pay =
  days_to_pay on tp_payment rows (period by payment ts); ticket resolution = resolution_hours on tp_hire_desk rows;
  operating hours = sum of hours_worked on daily logs;
- counts: tender invitations = tp_tender rows; web quotes = tp_web_quote rows; contracts signed = tp_contract rows
  (one `hire` order each, cancelled ones included); statutory / customer-owned inspections = tp_safety_inspection
  rows with that inspection_type; hire-desk tickets = tp_hire_desk rows by ticket_category;
- money is CNY (orders.amount, the group's reporting currency), `paid` orders only unless the question says
  otherwise ("contract value signed" = hire orders not `cancelled`, paid or not), period by orders.ts (the order
  is placed when the contract is signed / the inspection is done): hire income = order_type `hire`, inspection fees
  = `inspection`; "in Australian dollars" = amount_local of Melbourne's orders; unpaid hire orders = status `unpaid`
  (a snapshot at the end of the data, July 2026); average contract value = contract_value_cny on tp_contract rows;
- zh top entities are the Chinese twins (网点, 设备类型, 延误原因, 缺陷类型, 故障类型, 争议原因, 问题类别) and en ones the
  English values or touchpoint_id; feedback rankings by depot use feedback.depot (English, the only form stored);
- feedback: "all" includes the 160 undated paper site-visit forms; topic counts by text markers with a 5 % tolerance
  (checked against _truth/feedback_truth.csv); post-hire survey = channel `post_hire_survey` (1-5 rating); NPS = share
  9-10 minus share 0-6 (a fraction) of channel `nps_survey` rows of a survey_wave (2025-06, 2025-12, 2026-06);
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; weeks run Monday..Sunday.
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
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, all_varchar=true)")


def q(sql):
    return CON.execute(sql).fetchall()


def one(sql):
    return q(sql)[0][0]


def _in(col, start, end):
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


def events_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.1):
    return _num(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"), rel, floor)


def events_sum(tp, col, start, end, cond="1=1"):
    return _num(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}"), 0.005, 0.5)


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


def disputed_share(start, end):
    return _rate(one(f"""SELECT avg((d.invoice_no IS NOT NULL)::int) FROM events i
                         LEFT JOIN (SELECT DISTINCT invoice_no FROM events WHERE touchpoint_id = 'tp_invoice'
                                    AND action = 'disputed') d USING (invoice_no)
                         WHERE i.touchpoint_id = 'tp_invoice' AND i.action = 'invoiced' AND {_in('i.ts', start, end)}"""))


# ---------- orders ----------

def _ord(start, end, kind, cond, status="paid"):
    st = f"AND o.status = '{status}'" if status else ""
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    kd = f"AND o.order_type = '{kind}'" if kind else ""
    return f"FROM orders o WHERE 1=1 {kd} {st} {per} AND ({cond})"


def revenue(start, end, kind, cond="1=1", status="paid", col="o.amount"):
    return _money(one(f"SELECT sum({col}) {_ord(start, end, kind, cond, status)}"))


def booked_change(a, b):
    """contract value signed (hire orders not cancelled, paid or not), period b against period a."""
    live = "o.status <> 'cancelled'"
    x = one(f"SELECT sum(o.amount) {_ord(*a, 'hire', live, None)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, 'hire', live, None)}")
    return _rate((y - x) / x)


def orders_count(start, end, kind, cond="1=1", status="paid"):
    return _count(one(f"SELECT count(*) {_ord(start, end, kind, cond, status)}"))


def top_revenue(by, start, end, kind, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, sum(o.amount) n {_ord(start, end, kind, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

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
Q3_25, Q2_26 = quarter(2025, 3), quarter(2026, 2)
(TENDER, CALL, WEBQ, SURVEY, PLAN, QUOTE, CONTRACT, MOB, LOG, INSP, DESK, DEMOB, INV, PAY) = (
    "tp_tender", "tp_sales_call", "tp_web_quote", "tp_site_survey", "tp_lift_plan", "tp_quote", "tp_contract",
    "tp_mobilisation", "tp_daily_log", "tp_safety_inspection", "tp_hire_desk", "tp_demobilisation", "tp_invoice",
    "tp_payment")
MARKERS = {
    "standby_billing": ["待机费", "standby charge"], "late_mobilisation": ["进场晚了", "arrived late"],
    "breakdown": ["趴窝", "broke down"], "operator_praise": ["司机师傅", "operator was"],
    "lift_plan_slow": ["方案迟迟", "lift plan took"], "price_high": ["价格太高", "too expensive"],
    "inspection_report": ["检查报告", "inspection report"], "invoice_error": ["发票开错", "invoice was wrong"],
    "demob_delay": ["退场拖", "still on site"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
WEB_CHANNELS = ["web", "mini_program", "app", "ads"]


def gold():
    return {
        # ---- funnels and conversion
        "ch01": lambda: conv("web_quote_to_contract", *Y25),
        "ch02": lambda: conv("web_quote_to_contract", *H1_26),
        "ch03": lambda: rank_conv("web_quote_to_contract", *Y25, "e.channel", WEB_CHANNELS, margin=2.0),
        "ch04": lambda: conv("web_quote_to_contract", *Y25, "e.channel = 'ads'"),
        "ch05": lambda: conv("tender_to_contract", *Y25),
        "ch06": lambda: conv("sales_call_to_contract", *Y25),
        "ch07": lambda: top_lost("web_quote_to_contract", *H1_26, margin=1.2),
        "ch08": lambda: conv_open("contract_to_mobilisation", *Q3_25),
        "ch09": lambda: conv_open("demob_to_cash", *Y25),
        # ---- leads and contracts
        "ch10": lambda: events_at(TENDER, *Y25),
        "ch11": lambda: events_at(WEBQ, *Y25, "e.channel = 'ads'"),
        "ch12": lambda: events_at(CONTRACT, *Y25),
        "ch13": lambda: orders_count(*Y25, "hire", status="cancelled"),
        "ch14": lambda: top_events_count(CONTRACT, 'e."设备类型"', *Y25, margin=1.3),
        "ch15": lambda: events_share(CONTRACT, "e.equipment_type = 'tower_crane'", *H1_26),
        # ---- lift plans and quotes
        "ch16": lambda: top_events_avg(PLAN, "e.depot", "e.plan_days", None, None, "e.action = 'issued'",
                                       agg="median", margin=2.0),
        "ch17": lambda: events_median(PLAN, "e.plan_days", *Y25, "e.action = 'issued' AND e.depot = 'Vancouver'"),
        "ch18": lambda: events_median(QUOTE, "e.quote_turnaround_days", *Y25),
        # ---- mobilisation
        "ch19": lambda: events_share(MOB, "e.action = 'late'", *month(2025, 11)),
        "ch20": lambda: events_share(MOB, "e.action = 'late'", *month(2025, 10)),
        "ch21": lambda: top_events_count(MOB, "e.delay_reason", *month(2025, 11), "e.action = 'late'", margin=2.5),
        "ch22": lambda: top_events_avg(MOB, 'e."网点"', "(e.action = 'late')::int", *month(2025, 11), margin=1.4,
                                       min_n=8),
        "ch23": lambda: events_avg(MOB, "e.days_late", *Y25, "e.action = 'late'"),
        # ---- daily logs
        "ch25": lambda: events_share(LOG, "e.action = 'breakdown'", *Y25),
        "ch26": lambda: top_events_avg(LOG, 'e."设备类型"', "(e.action = 'breakdown')::int", None, None, margin=2.5),
        "ch27": lambda: top_events_count(LOG, 'e."故障类型"', None, None,
                                         "e.equipment_type = 'crawler_crane' AND e.action = 'breakdown'", margin=2.0),
        "ch28": lambda: events_sum(LOG, "e.hours_worked", *Y25),
        "ch29": lambda: events_at(LOG, *Y25, "e.depot = 'Shenzhen' AND e.action = 'weather_standby'"),
        "ch30": lambda: top_events_count(LOG, 'e."网点"', *Y25, "e.action = 'weather_standby'", margin=1.5),
        # ---- inspections
        "ch31": lambda: events_share(INSP, "e.action = 'fail'", *Y25),
        "ch32": lambda: top_events_avg(INSP, "e.depot", "(e.action = 'fail')::int", None, None, margin=2.0),
        "ch33": lambda: top_events_count(INSP, "e.defect_type", None, None,
                                         "e.depot = 'Chongqing' AND e.action = 'fail'", margin=1.2),
        "ch34": lambda: events_at(INSP, *H1_26, "e.inspection_type = 'statutory'"),
        "ch35": lambda: events_at(INSP, *Y25, "e.inspection_type = 'customer_owned'"),
        # ---- demobilisation, invoices, payment
        "ch36": lambda: events_share(DEMOB, "e.action = 'late'", *Y25),
        "ch38": lambda: disputed_share(*Y25),
        "ch39": lambda: top_events_count(INV, "e.dispute_reason", *Y25, "e.action = 'disputed'", margin=2.0),
        "ch40": lambda: events_median(PAY, "e.days_to_pay", *Y25, "c.customer_type = 'main_contractor'"),
        "ch41": lambda: top_events_avg(PAY, "c.customer_type", "e.days_to_pay", None, None, agg="median",
                                       margin=1.8),
        "ch42": lambda: events_at(INV, *H1_26, "e.action = 'disputed' AND e.dispute_reason = 'standby_charges'"),
        # ---- money
        "ch43": lambda: revenue(*Y25, "hire"),
        "ch44": lambda: top_revenue("o.depot", *Y25, None, margin=1.15),
        "ch45": lambda: booked_change(H1_25, H1_26),
        "ch46": lambda: revenue(*Y25, "inspection"),
        "ch47": lambda: revenue(*Y25, None, "o.depot = 'Melbourne'", col="o.amount_local"),
        "ch48": lambda: orders_count(None, None, "hire", status="unpaid"),
        "ch49": lambda: events_avg(CONTRACT, "e.contract_value_cny", *Y25, "e.equipment_type = 'tower_crane'",
                                   rel=0.005),
        # ---- hire desk
        "ch50": lambda: top_events_count(DESK, 'e."问题类别"', *Y25, margin=1.5),
        "ch51": lambda: events_avg(DESK, "e.resolution_hours", *Y25, "e.ticket_category = 'breakdown_callout'",
                                   rel=0.02),
        # ---- feedback
        "ch52": lambda: top_fb_count("f.touchpoint_id", T["standby_billing"], margin=4),
        "ch53": lambda: fb_count(T["standby_billing"]),
        "ch54": lambda: fb_count(T["late_mobilisation"]),
        "ch55": lambda: fb_avg(f"f.channel = 'post_hire_survey' AND {_in('f.ts', *Y25)}"),
        "ch56": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2026-06'"),
        "ch57": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2025-12'"),
        "ch58": lambda: rank_nps("f.depot", "f.channel = 'nps_survey' AND f.survey_wave = '2025-12'", 30),
        "ch59": lambda: feedback_ids(T["operator_praise"]),
        "ch60": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'post_hire_survey' AND {_in('f.ts', *H1_26)}"),
        "ch61": lambda: _count(one("SELECT count(*) FROM feedback")),
        "ch62": lambda: top_fb_count("f.depot", T["lift_plan_slow"], margin=2),
        "ch63": lambda: fb_count(T["breakdown"]),
        # ---- relative periods (as_of)
        "ch68": lambda: events_at(CONTRACT, *month(2026, 5)),
        "ch69": lambda: revenue(*Q2_26, "inspection"),
        "ch70": lambda: events_at(LOG, "2026-03-02", "2026-03-08", "e.action = 'breakdown'"),
        "ch71": lambda: events_at(WEBQ, "2026-01-01", "2026-07-20"),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # one hire order per tp_contract event, at the same time
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_contract'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'hire'")
    # every payment belongs to an invoice
    assert one("SELECT count(*) FROM events p WHERE touchpoint_id = 'tp_payment' AND invoice_no NOT IN "
               "(SELECT invoice_no FROM events WHERE action = 'invoiced')") == 0


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
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
