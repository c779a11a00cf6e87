"""Gold answers for the 幕后光 BackstageLight Event Hire held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "clients" / "people" = customer_id (a couple, a wedding planner, a company, an agency, a promoter or a
  venue operator). A "job" / "booking" / "event" (活动) is a job_id; the branch of an event row, an order or a comment
  is its own `branch` column (`门店` its Chinese twin on events and orders); customer attributes come from
  customers.csv;
- funnels follow DATA.md: a customer reaches step k with an event (any action: a rescheduled or video-call site visit
  is still an event at tp_site_visit) at step k's touchpoint after reaching step k-1, within the journey window from
  their first step-1 event in the period (enquiry_to_deposit 30 d, fair_to_deposit 45 d, booking_to_show 240 d,
  show_to_settlement 14 d, repeat_booking 21 d); rates are per customer; the tolerance covers both readings (later
  steps allowed after the period end, or not) unless the question says later steps count. "Where do we lose the most
  people" = the step whose next step is not reached by the most customers (the loss between k and k+1 is attributed
  to step k). A "by channel" enquiry conversion keeps only step-1 events of that channel (events.channel on
  tp_enquiry: web / mini_program / phone / email / social = 小红书 / Instagram / ads = 抖音, 百度, Google ads);
- A/B test quote_3d_render (experiments.csv): conversion = assigned customers with a tp_deposit event after
  assigned_at and within 30 days of it / assigned customers of the variant (the tolerance covers "any time after");
- per-event rates count event rows, period by the event's ts: late load-in share = tp_load_in rows `late` / all its
  rows; incident share = tp_show_day rows `incident` / all its rows (a show with an incident); curfew overrun share =
  tp_load_out rows `overrun` / all its rows; kit check-in charge rate = tp_damage_check rows `charged` / rows
  `charged` or `clear` (a `disputed` row is a later appeal, not a check); site-visit shares over the rows named in
  the question;
- counts: enquiries = tp_enquiry rows; fair leads = tp_fair rows; quotes = tp_quote rows; deposits / bookings =
  tp_deposit rows (exact duplicate rows re-synced by the CRM are loaded once; the tolerance covers counting only the
  deposit orders still `paid`); cancellations = tp_cancel rows (refunded deposits: its deposit_refunded = yes, the
  tolerance covers the refunded deposit orders cancelled in the period);
  incidents = tp_incident rows; tickets = tp_support rows; disputes = tp_damage_check rows `disputed`;
- durations and sizes from the row's own columns: minutes late = minutes_late on `late` tp_load_in rows; downtime =
  downtime_minutes on tp_incident rows; ticket resolution = resolution_hours on tp_support rows; quote value =
  quote_amount_cny on tp_quote rows;
- money is CNY (orders.amount, the group's reporting currency), `paid` orders only, period by orders.ts: deposits =
  order_type `deposit` (a forfeited deposit of a cancelled booking stays paid; a refunded one is `refunded`),
  balances = `balance` (one per final invoice, `unpaid` = not paid by the end of the data), add-ons = `add_on`,
  overtime = `overtime`, damage = `damage_charge`, losses = `loss_charge`; "in Singapore dollars" = sum of
  amount_local of that branch's orders; the branch / event type of an order is its own column; "revenue" with no
  type named = all paid orders;
- zh top entities are the Chinese twins (门店, 活动类型, 延误原因, 故障类型, 物品, 问题类别, 取消原因, 订单类型, 场地类型,
  套餐) and en ones the English values (branch, event_type, delay_reason, ...) or touchpoint_id / variant; feedback
  rankings by branch use feedback.branch (English, the only form stored there);
- feedback: "all data" includes rows without ts (load-out sign-off sheets, fair comment cards); topic counts by text
  markers with a 5 % tolerance (checked against _truth/feedback_truth.csv); post-event survey = channel
  `post_event_survey` (ratings 1-5); NPS = share 9-10 minus share 0-6 (a fraction) of channel `nps_survey` by
  survey_wave (2025-06, 2025-12, 2026-05);
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; a week is
  Monday..Sunday.
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


# ---------- A/B test ----------

def _ab_rates(exp, days):
    win = f"AND d.ts <= x.assigned_at + INTERVAL {days} DAY" if days else ""
    return q(f"""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events d WHERE d.customer_id = x.customer_id
                 AND d.touchpoint_id = 'tp_deposit' AND d.ts > x.assigned_at {win}))::int) r
                 FROM experiments x WHERE x.experiment_id = '{exp}' GROUP BY 1 ORDER BY r DESC""")


def ab_top(exp, margin=1.15):
    tops = set()
    for days in (30, None):
        rows = _ab_rates(exp, days)
        _lead(rows, margin)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def ab_rate(exp, variant):
    a, b = (dict(_ab_rates(exp, d))[variant] for d in (30, None))
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


# ---------- events ----------

def _ev(tp, start, end, cond):
    per = f"AND {_in('e.ts', start, end)}" if start else ""
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"{per} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) {_ev(tp, start, end, cond)}"))


def events_or_orders(tp, start, end, kind, status="paid", cond="1=1"):
    """a count of event rows whose other careful reading is the number of `status` orders of that type (e.g. deposit
    records vs deposits still paid): the value is the event count, the tolerance covers the other reading."""
    a = one(f"SELECT count(*) {_ev(tp, start, end, cond)}")
    b = one(f"SELECT count(*) {_ord(start, end, kind, '1=1', status)}")
    return dict(value=a, tolerance=abs(a - b) + 0.5)


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_avg(tp, col, start, end, cond="1=1", rel=0.01):
    return _num(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"), rel)


def events_sum(tp, col, start, end, cond="1=1"):
    return _count(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}"))


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
    return (f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE 1=1 {kd} {st} {per} AND ({cond})")


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
H2_25 = ("2025-07-01", "2025-12-31")
JAN_MAY_25, JAN_MAY_26 = ("2025-01-01", "2025-05-31"), ("2026-01-01", "2026-05-31")
Q1_25, Q4_25, Q1_26 = quarter(2025, 1), quarter(2025, 4), quarter(2026, 1)
SEP_DEC_25 = ("2025-09-01", "2025-12-31")
(FAIR, ENQ, VISIT, QUOTE, DEP, CANCEL, CREW, LOADIN, REH, SHOW, INC, LOADOUT, DMG, INV, DESK, REVIEW, REBOOK) = (
    "tp_fair", "tp_enquiry", "tp_site_visit", "tp_quote", "tp_deposit", "tp_cancel", "tp_crew_assign", "tp_load_in",
    "tp_rehearsal", "tp_show_day", "tp_incident", "tp_load_out", "tp_damage_check", "tp_final_invoice", "tp_support",
    "tp_review", "tp_rebook")
MARKERS = {
    "overtime_charge": ["超时费", "overtime charge"], "led_failure": ["大屏黑屏", "screen went black"],
    "late_load_in": ["进场晚了", "late for load-in"], "crew_praise": ["技术团队很专业", "crew were brilliant"],
    "mic_issue": ["话筒没声", "mic cut out"], "deposit_refund": ["定金不退", "deposit refund"],
    "damage_fee": ["赔偿费", "damage fee"], "price_high": ["报价太贵", "too pricey"],
    "slow_reply": ["回复太慢", "slow to reply"], "sound_praise": ["音效很棒", "sound was amazing"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
CHANNELS = ["web", "mini_program", "phone", "email", "social", "ads"]
CHECK = "e.action IN ('charged', 'clear')"


def gold():
    vip = "c.segment = 'vip'"
    return {
        # ---- funnels and conversion
        "sg01": lambda: conv("enquiry_to_deposit", *Y25),
        "sg02": lambda: conv("enquiry_to_deposit", "2026-01-01", "2026-04-30"),
        "sg03": lambda: rank_conv("enquiry_to_deposit", *Y25, "e.channel", CHANNELS, margin=2.5),
        "sg04": lambda: conv("enquiry_to_deposit", *Y25, "e.channel = 'ads'"),
        "sg05": lambda: conv("fair_to_deposit", *Y25),
        "sg06": lambda: top_lost("enquiry_to_deposit", *H2_25, margin=1.2),
        "sg07": lambda: conv_open("booking_to_show", *Q1_25),
        "sg08": lambda: conv("show_to_settlement", *Q4_25),
        "sg09": lambda: conv("repeat_booking", *Y25),
        "sg10": lambda: events_at(ENQ, *Y25),
        "sg11": lambda: events_at(ENQ, *Y25, "e.channel = 'ads'"),
        # ---- A/B test
        "sg12": lambda: ab_top("quote_3d_render"),
        "sg13": lambda: ab_rate("quote_3d_render", "render_3d"),
        "sg14": lambda: ab_rate("quote_3d_render", "control"),
        # ---- site visits, quotes, deposits, cancellations
        "sg15": lambda: events_share(VISIT, "e.action = 'rescheduled'", *Y25),
        "sg16": lambda: events_share(VISIT, "e.action = 'video_call'", None, None,
                                     "e.branch = 'Singapore' AND e.action IN ('on_site', 'video_call')"),
        "sg17": lambda: top_events_count(QUOTE, 'e."套餐"', *Y25),
        "sg18": lambda: events_avg(QUOTE, "e.quote_amount_cny", *Y25, "e.event_type = 'concert'"),
        "sg19": lambda: events_or_orders(DEP, *Y25, "deposit"),
        "sg20": lambda: events_at(CANCEL, *Y25),
        "sg21": lambda: top_events_count(CANCEL, 'e."取消原因"', None, None),
        "sg22": lambda: dict(events_at(CANCEL, *Y25, "e.deposit_refunded = 'yes'"), tolerance=1.5),
        # ---- load-in
        "sg23": lambda: events_share(LOADIN, "e.action = 'late'", *month(2025, 10)),
        "sg24": lambda: events_share(LOADIN, "e.action = 'late'", *month(2025, 9)),
        "sg25": lambda: top_events_count(LOADIN, 'e."延误原因"', *month(2025, 10), "e.action = 'late'", margin=1.6),
        "sg26": lambda: top_events_avg(LOADIN, "e.branch", "(e.action = 'late')::int", *month(2025, 10), margin=1.3,
                                       min_n=8),
        "sg27": lambda: events_avg(LOADIN, "e.minutes_late", *Y25, "e.action = 'late'"),
        # ---- show day and incidents
        "sg28": lambda: events_share(SHOW, "e.action = 'incident'", *Q4_25),
        "sg29": lambda: events_share(SHOW, "e.action = 'incident'", *Q1_26),
        "sg30": lambda: top_events_count(INC, "e.incident_type", *SEP_DEC_25, margin=2.0),
        "sg31": lambda: top_events_avg(SHOW, 'e."活动类型"', "(e.action = 'incident')::int", None, None, margin=1.2),
        "sg32": lambda: events_avg(INC, "e.downtime_minutes", None, None, "e.incident_type = 'led_wall_failure'"),
        "sg33": lambda: events_at(INC, *Y25, "e.severity = 'show_stop'"),
        # ---- load-out and overtime
        "sg34": lambda: top_events_avg(LOADOUT, "e.venue_type", "(e.action = 'overrun')::int", None, None, margin=1.8),
        "sg35": lambda: events_share(LOADOUT, "e.action = 'overrun'", *Y25, "e.venue_type = 'hotel_ballroom'"),
        "sg36": lambda: revenue(*Y25, "overtime"),
        "sg37": lambda: orders_count(None, None, "overtime", status="refunded"),
        # ---- kit check-in, damage and losses
        "sg38": lambda: events_share(DMG, "e.action = 'charged'", *Y25, CHECK),
        "sg39": lambda: top_events_avg(DMG, "e.branch", "(e.action = 'charged')::int", None, None, CHECK, margin=1.6),
        "sg40": lambda: top_events_count(DMG, 'e."物品"', None, None, "e.branch = 'Beijing' AND e.action = 'charged'",
                                         margin=2.0),
        "sg41": lambda: revenue(*Y25, "loss_charge"),
        "sg42": lambda: events_at(DMG, *Y25, "e.action = 'disputed'"),
        # ---- money
        "sg43": lambda: revenue(*Y25, "balance"),
        "sg44": lambda: top_revenue("o.branch", *Y25, None, margin=1.12),
        "sg45": lambda: top_revenue('o."活动类型"', *Y25, None, margin=1.12),
        "sg46": lambda: revenue_change(JAN_MAY_25, JAN_MAY_26, None),
        "sg47": lambda: revenue(*Y25, None, "o.branch = 'Singapore'", col="o.amount_local"),
        "sg48": lambda: orders_count(None, None, "balance", status="unpaid"),
        "sg50": lambda: revenue(*Y25, None, "c.region = 'East China'"),
        "sg51": lambda: revenue(*Y25, None, vip),
        # ---- customer service
        "sg52": lambda: top_events_count(DESK, 'e."问题类别"', *Y25, margin=1.1),
        "sg53": lambda: top_events_avg(DESK, "e.branch", "e.resolution_hours", None, None, agg="median", margin=1.4),
        "sg54": lambda: events_median(DESK, "e.resolution_hours", None, None, "e.branch = 'Hong Kong'"),
        # ---- feedback
        "sg55": lambda: top_fb_count("f.touchpoint_id", T["overtime_charge"], margin=3),
        "sg56": lambda: fb_count(T["overtime_charge"]),
        "sg57": lambda: fb_count(T["led_failure"]),
        "sg58": lambda: fb_avg(f"f.channel = 'post_event_survey' AND {_in('f.ts', *Y25)}"),
        "sg59": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2026-05'"),
        "sg60": lambda: rank_nps("f.branch", "f.channel = 'nps_survey' AND f.survey_wave = '2025-12'", 30),
        "sg61": lambda: feedback_ids(T["crew_praise"]),
        "sg62": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'post_event_survey' AND {_in('f.ts', *JAN_MAY_26)}"),
        "sg63": lambda: _count(one("SELECT count(*) FROM feedback")),
        "sg64": lambda: fb_count(f"{T['price_high']} AND f.channel = 'lost_quote_survey'"),
        "sg65": lambda: fb_avg("f.channel = 'dianping'"),
        # ---- relative periods (as_of)
        "sg66": lambda: events_or_orders(DEP, *month(2026, 5), "deposit"),
        "sg67": lambda: revenue(*Q1_26, "balance"),
        "sg68": lambda: events_at(INC, "2025-11-03", "2025-11-09"),
        "sg69": lambda: events_at(LOADIN, *H2_25, "e.action = 'late'"),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # one deposit order per tp_deposit event
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_deposit'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'deposit'")
    # one balance order per final invoice
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_final_invoice'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'balance'")
    # an incident show has at least one incident row
    assert one("""SELECT count(*) FROM events s WHERE s.touchpoint_id = 'tp_show_day' AND s.action = 'incident'
                  AND NOT EXISTS (SELECT 1 FROM events i WHERE i.touchpoint_id = 'tp_incident'
                  AND i.job_id = s.job_id)""") == 0


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
    status_only, failed = [], []
    for it in items:
        fn = fns.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                status_only.append(it["id"])
            continue
        try:
            got = fn()
        except AssertionError as e:
            failed.append(it["id"])
            print(it["id"], "GOLD CHECK FAILED:", e)
            continue
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
    assert not failed, f"gold checks failed: {failed}"
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
