"""Gold answers for the 亮点标识 BrightMark Signs & Wraps held-out batch, from plain DuckDB SQL over the raw CSVs written
by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "clients" / "businesses" = customer_id (one business). The workshop of an event, an order or a
  comment is its own `workshop` column (`门店` is its Chinese twin on events and orders); customer attributes
  (customer_type / 客户类型, tier, segment) come from customers.csv;
- exact duplicate event rows (installer-app records synced twice, same event_id) are loaded once;
- funnels follow DATA.md: a customer reaches step k with an event (any action) at step k's touchpoint after reaching
  step k-1, within the journey window from their first step-1 event in the period (walkin_to_approval,
  web_to_approval, referral_to_approval 30 d; approval_to_install 45 d; invoice_to_cash 60 d); rates are per
  customer; the tolerance covers both readings (later steps allowed after the period end, or not) unless the question
  says later steps count. "Which step loses the most" = the step whose next step is not reached by the most customers
  (the loss between k and k+1 is attributed to step k). A web-quote conversion "by channel" keeps only step-1 events
  of that channel (events.channel on tp_web_quote: web = website form, mini_program = WeChat mini-program, social =
  social lead ads: 小红书 / 抖音 / Facebook / Instagram);
- per-event rates count event rows, period by the event's ts: reprint rate = tp_production rows `reprinted` / all
  tp_production rows; snag rate = tp_installation rows `snag` / all its rows; on-time share = tp_installation rows with
  on_time yes / all; reschedules = tp_install_booking rows `rescheduled` (by their own ts); "jobs whose install was
  moved at least once" = job_no with a `booked` row in the period that have any `rescheduled` row / all of them;
  first-time sign-off = tp_proof_approved rows with approved_round 1 / all; proof rounds = avg approved_round;
  warranty share over tp_aftercare `request` rows;
- durations from the row's own columns: proof turnaround = proof_days on round-1 tp_proof_sent rows (days from the
  consultation or reorder request to the first proof); production time = production_days on tp_production rows
  (product from the row's product_type); days to pay = days_to_pay on tp_payment rows (period by payment ts);
  install hours = install_hours on tp_installation rows (product from the job's order);
- counts: walk-ins = tp_walk_in rows; web quote forms = tp_web_quote rows (a form sent twice counts twice); approved
  jobs = tp_proof_approved rows (one sign / vehicle_wrap order each, cancelled ones included); repair requests =
  tp_aftercare `request` rows; reorder requests = tp_reorder rows; permit fees = permit_fee_cny on tp_invoice rows;
- money is CNY (orders.amount, the group's reporting currency), `paid` orders only unless the question says
  otherwise ("booked" = orders not `cancelled`, paid or not), period by orders.ts (a sign / wrap order is placed when
  the proof is approved, a repair order when the repair is requested); "in pounds" = amount_local of Manchester's
  orders; unpaid orders = status `unpaid` (a snapshot at the end of the data, June 2026);
- zh top entities are the Chinese twins (门店, 产品类型, 订单类型, 修改原因, 返工原因, 改期原因, 问题类型, 复购类型, 膜类型,
  客户类型) and en ones the English values or touchpoint_id; feedback rankings by workshop use feedback.workshop
  (English, the only form stored);
- feedback: "all" includes the 170 undated front-counter comment cards; topic counts by text markers with a 5 %
  tolerance (checked against _truth/feedback_truth.csv); post-install survey = channel `post_install_survey` (1-5);
  NPS = share 9-10 minus share 0-6 (a fraction) of channel `nps_survey` rows of a survey_wave (2025-06, 2025-12,
  2026-06); review sites = channels google_review and dianping;
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


def yes(col):
    """yes/no columns (DuckDB may read them as booleans)."""
    return f"lower(CAST({col} AS VARCHAR)) IN ('yes', 'true')"


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


def events_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.05):
    return _num(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"), rel, floor)


def events_sum(tp, col, start, end, cond="1=1"):
    return _money(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}"))


def events_median(tp, col, start, end, cond="1=1", floor=0.3):
    return _num(one(f"SELECT median({col}) {_ev(tp, start, end, cond)}"), 0.03, floor)


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, by, col, start, end, cond="1=1", margin=1.2, agg="avg", lowest=False, min_n=15):
    rows = q(f"SELECT {by}, {agg}({col}) n, count(*) {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def moved_share(start, end):
    """jobs with an install booked in the period whose install was rescheduled at least once."""
    return _rate(one(f"""SELECT avg((r.job_no IS NOT NULL)::int) FROM
                         (SELECT DISTINCT job_no FROM events e WHERE e.touchpoint_id = 'tp_install_booking'
                          AND e.action = 'booked' AND {_in('e.ts', start, end)}) b
                         LEFT JOIN (SELECT DISTINCT job_no FROM events WHERE touchpoint_id = 'tp_install_booking'
                                    AND action = 'rescheduled') r USING (job_no)"""))


def install_hours(product, start, end):
    return _num(one(f"""SELECT avg(e.install_hours) FROM events e JOIN orders o USING (job_no)
                        WHERE e.touchpoint_id = 'tp_installation' AND o.product_type = '{product}'
                        AND {_in('e.ts', start, end)}"""), 0.01, 0.05)


# ---------- orders ----------

def _ord(start, end, kind, cond, status="paid"):
    st = f"AND o.status = '{status}'" if status else ""
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    kd = f"AND o.order_type = '{kind}'" if kind else ""
    return f"FROM orders o WHERE 1=1 {kd} {st} {per} AND ({cond})"


def revenue(start, end, kind, cond="1=1", status="paid", col="o.amount"):
    return _money(one(f"SELECT sum({col}) {_ord(start, end, kind, cond, status)}"))


def avg_order(start, end, kind, cond="1=1"):
    return _money(one(f"SELECT avg(o.amount) {_ord(start, end, kind, cond)}"))


def booked_change(a, b):
    """booked sales (sign / wrap / repair orders not cancelled, paid or not), period b against period a."""
    live = "o.status <> 'cancelled'"
    x = one(f"SELECT sum(o.amount) {_ord(*a, None, live, None)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, None, live, None)}")
    return _rate((y - x) / x)


def orders_count(start, end, kind, cond="1=1", status="paid"):
    return _count(one(f"SELECT count(*) {_ord(start, end, kind, cond, status)}"))


def orders_sum(col, start, end, kind, cond="1=1", status=None):
    return _count(one(f"SELECT sum({col}) {_ord(start, end, kind, cond, status)}"))


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
H2_25 = ("2025-07-01", "2025-12-31")
Q3_25, Q1_26 = quarter(2025, 3), quarter(2026, 1)
WINTER = ("2025-12-01", "2026-02-28")
(WALKIN, WEBQ, REF, CONSULT, PROOF, REVISION, APPROVED, PROD, BOOK, INSTALL, INV, PAY, REORDER, AFTER) = (
    "tp_walk_in", "tp_web_quote", "tp_referral", "tp_design_consult", "tp_proof_sent", "tp_proof_revision",
    "tp_proof_approved", "tp_production", "tp_install_booking", "tp_installation", "tp_invoice", "tp_payment",
    "tp_reorder", "tp_aftercare")
MARKERS = {
    "install_reschedule": ["安装改期", "rescheduled"], "colour_mismatch": ["色差", "colours were off", "colour was off"],
    "wrap_peeling": ["起边", "peeling"], "slow_proof": ["设计稿等了", "proof took"],
    "price_high": ["报价太高", "too pricey"], "hidden_fees": ["额外收费", "extra charge"],
    "designer_praise": ["设计师很", "designer was"], "installer_praise": ["安装师傅", "installers were", "install team"],
    "result_praise": ["效果很棒", "fantastic"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
WEB_CHANNELS = ["web", "mini_program", "social"]


def gold():
    return {
        # ---- funnels and conversion
        "ss01": lambda: conv("web_to_approval", *Y25),
        "ss02": lambda: conv("web_to_approval", *H1_26),
        "ss03": lambda: rank_conv("web_to_approval", *Y25, "e.channel", WEB_CHANNELS, margin=2.0),
        "ss04": lambda: conv("web_to_approval", *Y25, "e.channel = 'social'"),
        "ss05": lambda: conv("referral_to_approval", *Y25),
        "ss06": lambda: conv("walkin_to_approval", *Y25),
        "ss07": lambda: top_lost("web_to_approval", *H1_26, margin=2.0),
        "ss08": lambda: conv_open("approval_to_install", *Q3_25),
        "ss09": lambda: conv_open("invoice_to_cash", *Y25),
        # ---- leads and jobs
        "ss10": lambda: events_at(WALKIN, *Y25),
        "ss11": lambda: events_at(WEBQ, *Q1_26, "e.channel = 'mini_program'"),
        "ss12": lambda: events_at(APPROVED, *Y25),
        "ss13": lambda: orders_count(*H2_25, None, status="cancelled"),
        "ss14": lambda: top_events_count(APPROVED, 'e."门店"', *Y25, margin=1.2),
        "ss15": lambda: events_share(APPROVED, "e.order_type = 'vehicle_wrap'", *Y25),
        # ---- proofs
        "ss17": lambda: top_events_avg(PROOF, "e.workshop", "e.proof_days", None, None, "e.proof_round = 1",
                                       agg="median", margin=2.0),
        "ss18": lambda: events_median(PROOF, "e.proof_days", *H1_26, "e.proof_round = 1 AND e.workshop = 'Manchester'"),
        "ss19": lambda: events_median(PROOF, "e.proof_days", *H1_25, "e.proof_round = 1 AND e.workshop = 'Manchester'"),
        "ss20": lambda: events_share(APPROVED, "e.approved_round = 1", *Y25),
        "ss21": lambda: top_events_count(REVISION, 'e."修改原因"', *Y25, margin=1.4),
        # ---- production
        "ss23": lambda: events_share(PROD, "e.action = 'reprinted'", *month(2026, 3)),
        "ss24": lambda: events_share(PROD, "e.action = 'reprinted'", *month(2026, 2)),
        "ss25": lambda: top_events_avg(PROD, "e.workshop", "(e.action = 'reprinted')::int", *month(2026, 3),
                                       margin=2.0),
        "ss26": lambda: events_share(PROD, "e.action = 'reprinted'", *month(2026, 3), "e.workshop = 'Guangzhou'"),
        "ss27": lambda: top_events_count(PROD, "e.reprint_reason", *month(2026, 3), "e.action = 'reprinted'",
                                         margin=3.0),
        # ---- installation
        "ss31": lambda: events_at(BOOK, *month(2026, 1), "e.action = 'rescheduled'"),
        "ss32": lambda: top_events_count(BOOK, 'e."门店"', *WINTER,
                                         "e.action = 'rescheduled' AND e.reschedule_reason = 'weather'", margin=2.5),
        "ss33": lambda: events_at(BOOK, *WINTER, "e.action = 'rescheduled' AND e.reschedule_reason = 'weather' "
                                                 "AND e.workshop = 'Toronto'"),
        "ss34": lambda: top_events_count(BOOK, "e.reschedule_reason", *Y25, "e.action = 'rescheduled'", margin=1.2),
        "ss35": lambda: moved_share(*Y25),
        "ss36": lambda: events_share(INSTALL, "e.action = 'snag'", *Y25),
        "ss37": lambda: events_share(INSTALL, yes("e.on_time"), *Y25),
        "ss38": lambda: install_hours("full_wrap", *Y25),
        # ---- aftercare and reorders
        "ss39": lambda: events_at(AFTER, *Y25, "e.action = 'request'"),
        "ss40": lambda: top_events_count(AFTER, "e.issue_type", None, None,
                                         "e.action = 'request' AND e.vinyl_grade IS NOT NULL", margin=1.5),
        "ss41": lambda: top_events_count(AFTER, "e.issue_type", None, None,
                                         "e.action = 'request' AND e.vinyl_grade IS NULL", margin=1.2),
        "ss42": lambda: top_events_count(AFTER, 'e."膜类型"', None, None,
                                         "e.action = 'request' AND e.issue_type = 'wrap_peeling'", margin=1.3),
        "ss43": lambda: events_share(AFTER, yes("e.warranty"), *Y25, "e.action = 'request'"),
        "ss45": lambda: top_events_count(REORDER, 'e."复购类型"', *Y25, margin=1.5),
        # ---- invoices and payment
        "ss46": lambda: top_events_avg(PAY, "c.customer_type", "e.days_to_pay", None, None, agg="median",
                                       margin=1.8),
        "ss47": lambda: events_median(PAY, "e.days_to_pay", *Y25, "c.tier = 'fleet_account'"),
        "ss48": lambda: events_median(PAY, "e.days_to_pay", *Y25, "c.tier = 'standard'"),
        "ss49": lambda: events_sum(INV, "e.permit_fee_cny", *Y25),
        "ss50": lambda: orders_count(None, None, None, status="unpaid"),
        # ---- money
        "ss51": lambda: revenue(*Y25, None),
        "ss52": lambda: top_revenue('o."门店"', *Y25, None, margin=1.15),
        "ss53": lambda: revenue(*Y25, "repair"),
        "ss54": lambda: revenue(*Y25, None, "o.workshop = 'Manchester'", col="o.amount_local"),
        "ss55": lambda: avg_order(*Y25, "vehicle_wrap", "o.product_type = 'full_wrap'"),
        "ss56": lambda: booked_change(H1_25, H1_26),
        "ss57": lambda: top_revenue('o."订单类型"', *Y25, None, margin=1.3),
        # ---- feedback
        "ss58": lambda: top_fb_count("f.touchpoint_id", T["install_reschedule"], margin=4),
        "ss59": lambda: fb_count(T["install_reschedule"]),
        "ss60": lambda: fb_count(T["colour_mismatch"]),
        "ss61": lambda: fb_avg(f"f.channel = 'post_install_survey' AND {_in('f.ts', *Y25)}"),
        "ss62": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2026-06'"),
        "ss63": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2025-12'"),
        "ss64": lambda: rank_nps("f.workshop", "f.channel = 'nps_survey' AND f.survey_wave = '2026-06'", 30),
        "ss65": lambda: feedback_ids(T["installer_praise"]),
        "ss66": lambda: fb_ratio("f.rating <= 2", "f.channel IN ('google_review', 'dianping') AND f.rating IS NOT NULL "
                                 f"AND {_in('f.ts', *Y25)}"),
        "ss68": lambda: top_fb_count("f.workshop", T["slow_proof"], margin=2),
        "ss70": lambda: fb_count(T["wrap_peeling"]),
        # ---- relative periods (as_of)
        "ss73": lambda: events_at(APPROVED, *month(2026, 5)),
        "ss74": lambda: revenue(*Q1_26, "repair"),
        "ss75": lambda: events_at(BOOK, "2026-02-09", "2026-02-15", "e.action = 'rescheduled'"),
        "ss76": lambda: events_at(WEBQ, "2026-01-01", "2026-06-20"),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # one sign / wrap order per approved proof, at the same time
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_proof_approved'") == one(
        "SELECT count(*) FROM orders WHERE order_type <> 'repair'")
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
