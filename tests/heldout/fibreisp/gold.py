"""Gold answers for the 光脉宽带 LumaFibre held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "households" / "customers" / "people" = customer_id (one household: a prospect that checked an address, or a
  subscriber). Customer attributes (dwelling type, acquisition channel) come from customers.csv; the city of an
  event or an order is its own `city` column (the same as the customer's);
- funnels follow DATA.md: a customer reaches step k with an event (any action: a `not_covered` coverage check or a
  `failed` technician visit is still an event at that touchpoint) at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (online_signup 14 d, order_to_live 30 d,
  check_to_live 45 d); rates are per customer; the tolerance covers both readings (later steps allowed after the
  period end, or not) unless the question says later steps count. "Where do we lose the most people" = the step whose
  next step is not reached by the most customers (the loss between k and k+1 is attributed to step k). A "by channel"
  sign-up conversion keeps only step-1 events of that channel (events.channel on tp_coverage: web / app /
  mini_program / comparison_site / phone / door_to_door / store);
- per-event rates count event rows, period by the event's ts: coverage hit rate = tp_coverage rows `covered` / all
  its rows; first-time-right = tp_tech_visit rows with visit_no = 1 that are `installed` / all visit_no = 1 rows
  (a "failed first visit" share is 1 - that); autopay first-attempt failure = tp_bill rows with autopay = 'yes' and
  attempt_no = 1 that `failed` / all such rows; retention (save) rate = tp_cancel rows `retained` / all tp_cancel
  rows; a speed-test "speed ratio" = download_mbps / plan_mbps averaged over tp_speed_test rows, evening = hours
  19:00-23:59 of the test's own ts;
- durations and sizes from the row's own columns: install lead time = lead_days on tp_install_booking rows,
  activation time = activation_hours on tp_activation rows, ticket resolution = resolution_hours on tp_fault_ticket
  rows (one row = one ticket), hold time = hold_minutes (phone tickets only);
- counts: orders placed = tp_order rows; installs completed = tp_tech_visit rows `installed`; activations =
  tp_activation rows; cancellations = tp_cancel rows `cancelled` (retained ones are saves, not churn); tickets =
  tp_fault_ticket rows; upgrades = tp_plan_change rows `upgraded`;
- money is USD (orders.amount, the group's reporting currency), `paid` orders only, period by orders.ts: bill revenue
  = order_type `monthly_bill` (one order per subscriber and billing month; `failed` = never collected, `refunded` =
  charged in error); equipment sales = `router` (`returned` excluded); connection fees = `new_connection`
  (`cancelled` = the order never went live); early termination fees = `early_termination`;
- zh top entities are the Chinese twins (城市 / 订单类型 on orders, 未装通原因, 故障类型, 退网原因, 商品名 on events,
  获客渠道 on customers) and en ones the English values (city, fail_reason, ticket_category, cancel_reason, product,
  payment_method, channel) or touchpoint_id;
- feedback: "all data" includes rows without ts (undated social posts and install cards); topic counts by text
  markers with a 5 % tolerance (checked against _truth/feedback_truth.csv); ratings 1-5 by channel (install_survey,
  support_survey, app_review, exit_survey); NPS = channel `nps_survey` by survey_wave (2025-06, 2025-12, 2026-06),
  NPS = share 9-10 minus share 0-6 (a fraction);
- exact duplicate event rows (re-sent billing rows) are loaded once; periods are inclusive calendar dates; relative
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


def conv(journey, start, end, first_cond="1=1", upto=None):
    """overall conversion step 1 -> last step (or -> step `upto`)."""
    vals = [funnel(journey, start, end, bounded=b, first_cond=first_cond) for b in (False, True)]
    k = (upto or len(vals[0])) - 1
    vals = [c[k] / c[0] for c in vals]
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv_open(journey, start, end, first_cond="1=1"):
    """the question says later steps after the period end count: only that reading."""
    c = funnel(journey, start, end, bounded=False, first_cond=first_cond)
    return _rate(c[-1] / c[0])


def step_rate(journey, start, end, k):
    """share of customers reaching step k who reach step k+1."""
    vals = []
    for b in (False, True):
        c = funnel(journey, start, end, bounded=b)
        vals.append(c[k] / c[k - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def funnel_count(journey, start, end, k):
    vals = [funnel(journey, start, end, bounded=b)[k - 1] for b in (False, True)]
    return dict(value=vals[0], tolerance=max(0.5, abs(vals[0] - vals[1]) + 0.5))


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


def events_people(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(DISTINCT e.customer_id) {_ev(tp, start, end, cond)}"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.1):
    return _num(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"), rel, floor)


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


def top_month(tp, num, start, end, cond="1=1", margin=1.2, min_n=30):
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


def revenue_change(a, b, kind, cond="1=1"):
    x = one(f"SELECT sum(o.amount) {_ord(*a, kind, cond)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, kind, cond)}")
    return _rate((y - x) / x)


def orders_count(start, end, kind, cond="1=1", status="paid"):
    return _count(one(f"SELECT count(*) {_ord(start, end, kind, cond, status)}"))


def orders_avg(start, end, kind, cond="1=1", status="paid"):
    return _num(one(f"SELECT avg(o.amount) {_ord(start, end, kind, cond, status)}"), 0.005, 0.05)


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
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
ALL = (None, None)
(COV, PLAN, ORDER, BOOK, VISIT, LIVE, BILL, AUTOPAY, SPEED, TICKET, SHOP, CHANGE, CANCEL) = (
    "tp_coverage", "tp_plan_select", "tp_order", "tp_install_booking", "tp_tech_visit", "tp_activation", "tp_bill",
    "tp_autopay", "tp_speed_test", "tp_fault_ticket", "tp_router_shop", "tp_plan_change", "tp_cancel")
MARKERS = {
    "not_covered": ["没覆盖", "not available at my address"], "install_date": ["安装排期", "install date"],
    "late_tech": ["迟到", "turned up late"], "revisit": ["第二次上门", "second visit"],
    "tech_praise": ["师傅很专业", "technician was great"], "promo_end": ["优惠到期", "promo ended"],
    "double_charge": ["重复扣款", "charged twice"], "evening_peak": ["晚高峰", "evening peak"],
    "outage": ["断网", "outage"], "hold_time": ["打不通", "on hold"], "dead_zone": ["死角", "dead zone"],
    "speed_praise": ["网速很快", "speeds are great"], "hard_cancel": ["退网太难", "hard to cancel"],
    "price_rise": ["涨价", "price rise"], "app_crash": ["闪退", "app crashes"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
EVENING = "hour(e.ts) >= 19"
RATIO = "e.download_mbps / e.plan_mbps"
CHANNELS = ["web", "app", "mini_program", "comparison_site", "phone", "door_to_door", "store"]
CITIES = ["Manchester", "Dublin", "Melbourne", "Toronto", "Chengdu", "Wuhan", "Hangzhou", "Nanjing"]


def ratio_avg(start, end, cond):
    """average of download / plan speed over speed-test rows."""
    return _rate(one(f"SELECT avg({RATIO}) {_ev(SPEED, start, end, cond)}"))


def gold():
    MAR26 = month(2026, 3)
    return {
        # ---- funnels and conversion
        "fb01": lambda: conv("online_signup", *Y25),
        "fb02": lambda: conv("online_signup", *H1_26),
        "fb03": lambda: rank_conv("online_signup", *Y25, "e.channel", CHANNELS, lowest=True, margin=2.0),
        "fb04": lambda: conv("online_signup", *Y25, "e.channel = 'comparison_site'"),
        "fb05": lambda: conv_open("order_to_live", *H1_25),
        "fb06": lambda: top_lost("order_to_live", *Y25, margin=1.2),
        "fb07": lambda: conv("check_to_live", *Y25),
        "fb08": lambda: step_rate("online_signup", *Y25, 2),
        # ---- coverage and orders
        "fb09": lambda: events_share(COV, "e.action = 'covered'", *Y25),
        "fb10": lambda: top_events_avg(COV, "e.city", "(e.action = 'covered')::int", *ALL, lowest=True, margin=1.15),
        "fb11": lambda: events_at(ORDER, *Q1_26),
        "fb12": lambda: events_share(ORDER, "e.contract_months = 24", *Y25),
        "fb13": lambda: top_events_count(ORDER, 'e."套餐档位"', *Y25, margin=1.2),
        # ---- installation
        "fb14": lambda: events_share(VISIT, "e.action = 'installed'", *Y25, "e.visit_no = 1"),
        "fb15": lambda: events_share(VISIT, "e.action = 'failed'", *MAR26, "e.visit_no = 1"),
        "fb16": lambda: top_events_avg(VISIT, "e.city", "(e.action = 'failed')::int", *MAR26, "e.visit_no = 1",
                                       margin=1.3, min_n=10),
        "fb17": lambda: top_events_count(VISIT, 'e."未装通原因"', *MAR26, "e.action = 'failed' AND e.visit_no = 1",
                                         margin=1.6),
        "fb18": lambda: top_events_count(VISIT, "e.fail_reason", *Y25, "e.action = 'failed' AND e.visit_no = 1",
                                         margin=1.4),
        "fb19": lambda: events_median(BOOK, "e.lead_days", *Y25, "e.city = 'Manchester'"),
        "fb20": lambda: top_events_avg(BOOK, "e.city", "e.lead_days", *ALL, margin=1.3),
        "fb21": lambda: events_avg(LIVE, "e.activation_hours", *Y25, "e.city = 'Toronto'", rel=0.02, floor=0.3),
        "fb22": lambda: events_at(VISIT, *Y25, "e.action = 'installed'"),
        "fb23": lambda: events_share(VISIT, "e.minutes_late > 60", *Y25),
        # ---- bills, payments, money
        "fb24": lambda: revenue(*Q2_26, "monthly_bill"),
        "fb25": lambda: top_revenue('o."城市"', *Y25, "monthly_bill", margin=1.2),
        "fb26": lambda: top_events_avg(BILL, "e.payment_method", "(e.action = 'failed')::int", *Y25,
                                       "e.autopay = 'yes' AND e.attempt_no = 1", margin=1.5),
        "fb27": lambda: events_share(BILL, "e.action = 'failed'", *H1_26, "e.autopay = 'yes' AND e.attempt_no = 1"),
        "fb28": lambda: orders_count(*Y25, "monthly_bill", status="failed"),
        "fb29": lambda: orders_count(*Y25, "monthly_bill", status="refunded"),
        "fb30": lambda: revenue(*H1_26, None),
        "fb31": lambda: revenue_change(H1_25, H1_26, "monthly_bill"),
        "fb32": lambda: events_share(BILL, "e.days_late > 0", *Y25, "e.autopay = 'no' AND e.action = 'paid'"),
        # ---- speed tests
        "fb33": lambda: ratio_avg(*month(2026, 2), f"e.city = 'Wuhan' AND {EVENING}"),
        "fb34": lambda: ratio_avg(*month(2025, 12), f"e.city = 'Wuhan' AND {EVENING}"),
        "fb35": lambda: top_events_avg(SPEED, "e.city", RATIO, *Q1_26, EVENING, lowest=True, margin=2.0),
        "fb36": lambda: events_share(SPEED, "e.connection = 'wired'", *Y25),
        # ---- fault tickets
        "fb37": lambda: events_at(TICKET, *month(2025, 8)),
        "fb38": lambda: top_events_count(TICKET, "e.city", *month(2025, 8), margin=3.0),
        "fb39": lambda: events_at(TICKET, *Q1_26, "e.ticket_category = 'slow_speed'"),
        "fb40": lambda: top_events_count(TICKET, 'e."故障类型"', *Y25, margin=1.15),
        "fb41": lambda: events_median(TICKET, "e.resolution_hours", *Y25, "e.ticket_category = 'outage'"),
        "fb42": lambda: events_share(TICKET, "e.truck_roll = 'yes'", *Y25),
        "fb43": lambda: events_avg(TICKET, "e.hold_minutes", *H1_26, "e.channel = 'phone'", rel=0.02),
        # ---- shop and plan changes
        "fb44": lambda: top_events_count(SHOP, 'e."商品名"', *ALL, margin=1.3),
        "fb45": lambda: revenue(*Y25, "router"),
        "fb46": lambda: events_at(CHANGE, *Y25, "e.action = 'upgraded'"),
        # ---- cancellations
        "fb47": lambda: events_at(CANCEL, *H1_26, "e.action = 'cancelled'"),
        "fb48": lambda: top_events_count(CANCEL, "e.cancel_reason", *Y25, "e.action = 'cancelled'", margin=1.5),
        "fb49": lambda: top_events_count(CANCEL, 'e."退网原因"', *H1_26, "e.action = 'cancelled'", margin=1.15),
        "fb50": lambda: events_share(CANCEL, "e.action = 'retained'", *Y25),
        "fb51": lambda: revenue(*H1_26, "early_termination"),
        # ---- feedback
        "fb52": lambda: top_fb_count("f.touchpoint_id", T["promo_end"], margin=4),
        "fb53": lambda: fb_count(T["promo_end"]),
        "fb54": lambda: fb_count(T["evening_peak"], _in("f.ts", *Q1_26)),
        "fb55": lambda: fb_avg(f"f.channel = 'install_survey' AND {_in('f.ts', *Y25)}"),
        "fb56": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2026-06'"),
        "fb57": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2025-12'"),
        "fb58": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 200, margin=0.3),
        "fb59": lambda: feedback_ids(T["tech_praise"]),
        "fb60": lambda: fb_count(T["revisit"]),
        "fb61": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'support_survey' AND {_in('f.ts', *Y25)}"),
        "fb62": lambda: fb_count(T["app_crash"]),
        "fb63": lambda: fb_count(T["double_charge"], _in("f.ts", *Y25)),
        # ---- relative periods (as_of)
        "fb64": lambda: events_at(ORDER, *month(2026, 4)),
        "fb65": lambda: revenue(*Q1_26, "monthly_bill"),
        "fb66": lambda: events_at(VISIT, "2026-04-06", "2026-04-12", "e.action = 'installed'"),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # one new_connection order per tp_order event
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_order'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'new_connection'")
    # survey waves are kept as text
    assert one("SELECT count(*) FROM feedback WHERE survey_wave IN ('2025-06', '2025-12', '2026-06')") > 0
    # a household cancels at most once
    assert one("SELECT count(*) - count(DISTINCT customer_id) FROM events WHERE touchpoint_id = 'tp_cancel' "
               "AND action = 'cancelled'") == 0
    # one router order per shop purchase
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_router_shop'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'router'")


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
