"""Gold answers for the 磐石商砼 RockBase Ready-Mix held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "contractors" = rows of customers (a contracting company or a self-build homeowner). Funnels follow
  DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1, within the journey
  window from its first step-1 event in the period (sales 45 d: inquiry -> quotation -> pour order; delivery 3 d:
  pour order -> truck dispatched -> truck arrival -> pour completed; billing 180 d: pour completed -> invoice ->
  payment; complaint 30 d: complaint -> closed). Rates are per customer; the tolerance covers both readings (later
  steps allowed after the period end, or not) unless the question says later steps count. "Where do we lose the
  most" = the step whose next step is not reached by the most customers (the loss between step k and k+1 is
  attributed to step k). A funnel split by a customer attribute filters the step-1 customers by that attribute
  (customer attributes are the state at the end of the data);
- sessions: a quotation = `session_id` QT… (tp_inquiry, tp_quote, tp_trial_mix); a pour order = PO… (tp_order,
  tp_cancel, tp_dispatch / tp_arrive once per truckload, tp_pour, tp_strength_test, tp_invoice, tp_payment,
  tp_review); a complaint = CP… (tp_complaint, tp_complaint_closed; `order_id` names the pour). Quote win rate =
  quotations (first tp_quote in the period) with any tp_order whose `quote_id` is that quotation (at any time).
  Trial-mix first-time pass rate = tp_trial_mix rows with attempt 1 and action pass / attempt-1 rows;
- truckloads: one tp_dispatch and one tp_arrive per truck (replacement trucks for rejected loads included); lateness
  = `late_minutes` of tp_arrive (arrival minus scheduled arrival), on time = at most 15 minutes late; slump-check
  failure = tp_arrive with slump_ok false; rejected load = tp_arrive with action `rejected`; all per truckload by
  arrival date;
- 28-day strength test = tp_strength_test (action pass / fail), by test date unless the question says pour date
  (`pour_date`);
- times between steps = per session, first B ts - first A ts (B after A), period by the date of A, median unless the
  question says average; only sessions that reached B;
- money: orders.amount = delivered volume x unit price + pump fee, by order ts (orders.ts = when the pour was booked).
  "Sales" / "delivered orders" = status paid + unpaid (cancelled pours are no sales); "paid" (已回款) = status paid;
  outstanding / receivables = status unpaid; cancelled value = status cancelled. Volume = orders.volume_m3 of the same
  orders. Average price per m3 = sum(volume x unit_price) / sum(volume) (pump fees excluded). Sales per ordering
  customer = sales / customers with >= 1 such order in the period. Credit notes = `credit_amount` of
  tp_complaint_closed by close date;
- zh questions are checked against the Chinese twins (plant, 区域, 客户类型, 获客渠道, 工程类型, driver, 投诉类型), en
  ones against plant_en / region / customer_type / acquisition_channel / project_type / driver_en / touchpoint_id;
  grades (C30 …) are the same in both;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); follow-up call ratings = channel `followup_call` (1-5 stars); rating by touchpoint =
  feedback.touchpoint_id over rows with a rating; negative = 1-2 stars; NPS = survey `nps` 0-10, NPS score = share
  9-10 minus share 0-6 (as a fraction), dated rows only when a period is named;
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


def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


def _margin(rows, margin, lowest=False):
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM fev e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", unbounded_only=False):
    a = funnel(journey, start, end, cond=cond)
    v = a[-1] / a[0]
    tol = 0.01
    if not unbounded_only:
        b = funnel(journey, start, end, bounded=True, cond=cond)
        tol = max(tol, round(abs(v - b[-1] / b[0]) + 0.005, 4))
    return dict(value=round(v, 4), tolerance=round(tol, 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        _margin(rows, margin, lowest)
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
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per session ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def quote_win(start, end, cond="1=1"):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events o WHERE o.touchpoint_id = 'tp_order'
                                    AND o.quote_id = a.session_id))::int)
                FROM {_first('tp_quote')} a LEFT JOIN customers c ON c.customer_id = a.customer_id
                WHERE {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond, b_cond="1=1"):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp, b_cond)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days", b_cond="1=1"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def top_step_time(a_tp, b_tp, start, end, by, agg="median", margin=1.25, min_n=20):
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t) / 86400) v, count(*) n {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def _ev(tp, start, end, cond):
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) {_ev(tp, start, end, cond)}"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def events_agg(tp, expr, start, end, cond="1=1", agg="avg"):
    v = float(one(f"SELECT {agg}({expr}) {_ev(tp, start, end, cond)}"))
    return dict(value=round(v, 2), tolerance=round(max(0.1, abs(v) * 0.03), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) {_ev(tp, *a, cond)}")
    y = one(f"SELECT count(*) {_ev(tp, *b, cond)}")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"), 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    _margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_events_agg(tp, expr, by, start, end, agg="avg", margin=1.25):
    rows = q(f"SELECT {by}, {agg}({expr}) v {_ev(tp, start, end, '1=1')} AND {by} IS NOT NULL GROUP BY 1 "
             f"ORDER BY v DESC")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


def strength_fail(pour_start, pour_end, cond="1=1"):
    v = one(f"""SELECT avg((e.action = 'fail')::int) FROM events e WHERE e.touchpoint_id = 'tp_strength_test'
                AND {_in('e.pour_date', pour_start, pour_end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- orders / customers ----------

SALES = "o.status IN ('paid', 'unpaid')"


def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders_sum(start, end, cond="1=1", status=SALES, col="o.amount"):
    return _money(one(f"SELECT sum({col}) FROM orders o LEFT JOIN customers c USING (customer_id) "
                      f"WHERE {status} AND {_in('o.ts', start, end)} AND ({cond})"))


def orders_all(status):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE {status}"))


def orders_change(a, b, cond="1=1", status=SALES):
    x, y = (one(f"SELECT sum(o.amount) FROM orders o WHERE {status} AND {_in('o.ts', *p)} AND ({cond})")
            for p in (a, b))
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def orders_share(num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def avg_price(start, end, cond):
    v = one(f"SELECT sum(o.volume_m3 * o.unit_price) / sum(o.volume_m3) FROM orders o WHERE {SALES} "
            f"AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id) WHERE {SALES} AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", status=SALES, col="o.amount", margin=1.15):
    rows = q(f"""SELECT {by}, sum({col}) n FROM orders o LEFT JOIN customers c USING (customer_id)
                 WHERE {status} AND {_in('o.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL
                 GROUP BY 1 ORDER BY n DESC""")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def new_customers(start, end):
    """customers whose signup (first inquiry) is in the period; the tolerance also covers 'first inquiry event in the
    extract' (an account from before 2025 whose first extract event is a new project's inquiry)."""
    v = one(f"SELECT count(*) FROM customers c WHERE {_in('c.signup_at', start, end)}")
    w = one(f"SELECT count(*) FROM (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_inquiry' "
            f"GROUP BY 1) WHERE {_in('t', start, end)}")
    return dict(value=v, tolerance=abs(v - w) + 0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2025-01-01", "2026-07-31")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
SUMMER_25 = ("2025-07-01", "2025-08-31")
(INQUIRY, QUOTE, TRIAL, ORDER, CANCEL, DISPATCH, ARRIVE, POUR, STRENGTH, INVOICE, PAYMENT, COMPLAINT, CLOSED,
 REVIEW) = ("tp_inquiry", "tp_quote", "tp_trial_mix", "tp_order", "tp_cancel", "tp_dispatch", "tp_arrive", "tp_pour",
            "tp_strength_test", "tp_invoice", "tp_payment", "tp_complaint", "tp_complaint_closed", "tp_review")
CALL = "f.channel = 'followup_call'"
SURVEY = "f.channel = 'survey'"
LATE_T = _like("f.text", ["迟到", "来晚", "等车", "late"])
SLUMP_T = _like("f.text", ["坍落度", "slump"])
WATER_T = _like("f.text", ["加水", "adding water", "added water"])
STRENGTH_T = _like("f.text", ["强度", "试块", "回弹", "strength", "cube"])
INVOICE_T = _like("f.text", ["发票", "invoice"])
SHORT_T = _like("f.text", ["亏方", "方量不足", "short-delivered", "volume was short"])
PUMP_T = _like("f.text", ["堵管", "pump line"])
PRICE_T = _like("f.text", ["价格", "太贵", "price", "expensive"])
FAR_T = _like("f.text", ["离工地近", "closer to our site"])
TERMS_T = _like("f.text", ["账期", "credit terms"])
ONTIME_T = _like("f.text", ["准时", "on time"])
DISPATCH_T = _like("f.text", ["调度", "dispatcher"])
WORK_T = _like("f.text", ["和易性", "workability"])
TOPICS = ((LATE_T, "late"), (SLUMP_T, "slump"), (WATER_T, "water_added"), (STRENGTH_T, "strength"),
          (INVOICE_T, "invoice"), (SHORT_T, "short_volume"), (PUMP_T, "pump"), (PRICE_T, "price"), (FAR_T, "far"),
          (TERMS_T, "terms"), (ONTIME_T, "ontime"), (DISPATCH_T, "dispatch"), (WORK_T, "workability"))


def gold():
    P1, P2, P3, P4 = ("e.plant_id = 'P1'", "e.plant_id = 'P2'", "e.plant_id = 'P3'", "e.plant_id = 'P4'")
    return {
        # ---- funnels / conversion
        "rm01": lambda: conv("sales", *Y25),
        "rm02": lambda: top_lost("sales", *Q4_25),
        "rm03": lambda: rank_conv("sales", *Y25, by="c.acquisition_channel", lowest=True, margin=1.5),
        "rm04": lambda: conv("sales", *Y25, cond="c.acquisition_channel = 'referral'"),
        "rm05": lambda: conv("sales", *H1_26, cond="c.\"客户类型\" = '自建房业主'"),
        "rm06": lambda: quote_win(*Y25),
        "rm07": lambda: events_share(TRIAL, "e.action = 'pass'", *Y25, "e.attempt = 1"),
        "rm08": lambda: top_events_share(TRIAL, "e.action = 'pass'", "e.grade", *ALL, "e.attempt = 1", lowest=True,
                                         margin=1.3),
        "rm09": lambda: orders_share("o.status = 'cancelled'", *month(2026, 6)),
        "rm10": lambda: events_at(CANCEL, *month(2026, 6), "e.cancel_reason = 'rain'"),
        "rm11": lambda: conv("billing", *Q1_26, unbounded_only=True),
        # ---- trucks: lateness, slump, rejected loads
        "rm12": lambda: events_share(ARRIVE, "e.late_minutes > 30", *Q2_26, P2),
        "rm13": lambda: top_events_agg(ARRIVE, "e.late_minutes", "e.plant", *Y25, margin=2.0),
        "rm14": lambda: events_agg(ARRIVE, "e.late_minutes", *Y25, P1),
        "rm15": lambda: events_share(ARRIVE, "e.late_minutes <= 15", *Y25),
        "rm16": lambda: events_agg(ARRIVE, "e.late_minutes", "2026-03-01", "2026-05-31", P2),
        "rm17": lambda: events_agg(ARRIVE, "e.late_minutes", "2025-09-01", "2025-11-30", P2),
        "rm18": lambda: events_share(ARRIVE, "NOT e.slump_ok", *SUMMER_25),
        "rm19": lambda: top_events_share(ARRIVE, "NOT e.slump_ok", "e.plant_en", *SUMMER_25, margin=2.0),
        "rm20": lambda: events_share(ARRIVE, "NOT e.slump_ok", *month(2026, 7), P3),
        "rm21": lambda: events_at(ARRIVE, *Y25, "e.action = 'rejected'"),
        "rm22": lambda: top_events_share(ARRIVE, "NOT e.slump_ok", "e.driver_en", *ALL, P3, margin=2.0),
        # ---- strength
        "rm23": lambda: strength_fail("2025-11-01", "2025-12-31", P1),
        "rm24": lambda: strength_fail("2025-11-01", "2025-12-31", f"{P1} AND e.grade IN ('C40', 'C50')"),
        # ---- invoicing and collection
        "rm25": lambda: step_time(POUR, INVOICE, *H1_26, "a.plant_id = 'P4'"),
        "rm26": lambda: step_time(POUR, INVOICE, *H1_26, "a.plant_id <> 'P4'"),
        "rm27": lambda: step_time(INVOICE, PAYMENT, *Y25, "c.customer_type = 'general_contractor'"),
        "rm28": lambda: top_step_time(INVOICE, PAYMENT, *Y25, 'c."客户类型"', min_n=10, margin=1.3),
        "rm29": lambda: orders_all("o.status = 'unpaid'"),
        "rm30": lambda: top_orders("c.customer_type", *ALL, status="o.status = 'unpaid'", margin=1.3),
        # ---- money
        "rm31": lambda: orders_sum(*Q4_25, status="o.status = 'paid'"),
        "rm32": lambda: orders_sum(*month(2026, 5)),
        "rm33": lambda: orders_sum(*month(2026, 4)),
        "rm34": lambda: orders_change(H1_25, H1_26),
        "rm35": lambda: orders_change(H1_25, H1_26, "o.project_type = 'residential'"),
        "rm36": lambda: top_orders("o.plant", *Y25, margin=1.3),
        "rm37": lambda: top_orders("o.grade", *Y25, col="o.volume_m3", margin=1.3),
        "rm38": lambda: orders_sum(*Y25, col="o.volume_m3"),
        "rm39": lambda: avg_price(*Q2_26, "o.grade = 'C30'"),
        "rm40": lambda: events_sum(CLOSED, "e.credit_amount", *Y25),
        "rm41": lambda: orders_sum(*H2_25, status="o.status = 'cancelled'"),
        "rm42": lambda: per_customer(*Y25),
        "rm43": lambda: per_customer(*Y25, "c.\"客户类型\" = '总包单位'"),
        # ---- volumes
        "rm44": lambda: events_at(DISPATCH, *month(2025, 10)),
        "rm45": lambda: events_at(DISPATCH, *month(2025, 11)),
        "rm48": lambda: events_at(POUR, "2026-03-16", "2026-03-22"),
        # ---- customers
        "rm49": lambda: new_customers(*Q1_26),
        "rm50": lambda: top_customers('c."区域"', "c.\"区域\" <> '合肥市区'", margin=1.2),
        # ---- feedback
        "rm51": lambda: fb_topic_count(LATE_T),
        "rm52": lambda: top_fb_count("f.plant_en", LATE_T, margin=2.0),
        "rm53": lambda: fb_topic_count(STRENGTH_T),
        "rm54": lambda: top_fb_count("f.plant", STRENGTH_T, margin=2.0),
        "rm55": lambda: fb_topic_count(INVOICE_T),
        "rm56": lambda: top_fb_count("f.plant", INVOICE_T, margin=2.0),
        "rm57": lambda: fb_topic_count(SLUMP_T),
        "rm58": lambda: top_fb_count("f.driver_en", WATER_T),
        "rm59": lambda: fb_ratio("f.rating <= 2", f"{CALL} AND {_in('f.ts', *Y25)}"),
        "rm60": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.5),
        "rm61": lambda: fb_avg(f"{CALL} AND f.plant_id = 'P2' AND {_in('f.ts', *H1_26)}"),
        "rm62": lambda: top_fb_count("f.plant_en", DISPATCH_T, margin=2.0),
        "rm63": lambda: nps_score(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "rm64": lambda: fb_avg(SURVEY, col="f.nps", tol=0.05),
        "rm65": lambda: feedback_ids(f"{STRENGTH_T} AND {_in('f.ts', '2025-12-01', '2026-01-31')}"),
        "rm66": lambda: fb_topic_count(PRICE_T),
    }


def checks():
    """topic markers must match the generator's truth."""
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
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
