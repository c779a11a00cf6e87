"""Gold answers for the 办易租 OfficeEase held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write] [-v]

Conventions:
- "customers" are companies (customer_id). Funnels follow DATA.md: a company reaches step k with an event at step k's
  touchpoint strictly after reaching step k-1, within the journey window from its first step-1 event in the period
  (sales 30 d: inquiry -> quote -> site measuring -> contract; onboarding 30 d: contract -> deposit -> delivery ->
  installation -> acceptance; renewal 45 d: reminder -> renewed; offboarding 60 d: return request -> pickup -> return
  damage check -> deposit refund). Funnel rates are per company; the tolerance covers both readings (later steps allowed
  after the period end, or not). "Where do we lose the most" = the step whose next step is not reached by the most
  companies (the loss between step k and k+1 is attributed to step k). A funnel split by a customer attribute filters the
  step-1 companies by it;
- keys: a quote = `session_id` QT00001 (tp_quote, tp_site_survey); a contract = `session_id` CT00001 (= `contract_id`) on
  every step from tp_contract on; an invoice = `invoice_id` (tp_invoice, tp_billing_dispute, tp_payment); a renewal
  reminder = `renewal_id` (tp_renewal_notice, tp_renewal). Per-key rates count keys whose first event at step A falls in
  the period (by its date) and look for step B (with its condition) under the same key at any time; attributes (city,
  package / 套餐, crew, account manager) are read from the A event, customer attributes (funding_stage, channel) from
  customers;
- renewal rate = reminders followed by a `renewed` tp_renewal / reminders sent; dispute rate = invoices with a
  tp_billing_dispute / invoices issued; late payment = tp_payment action `paid_late` (paid more than 10 days after the
  invoice); damage rate at acceptance = tp_acceptance events with action `damage_found` / acceptance checks; early return
  = tp_return_request with action `early`;
- times between steps = per key, first B ts - first A ts (B after A), the period by the date of A (tolerance also covers
  whole calendar days); install time = `install_hours` of tp_install;
- money = orders with status `paid` by order ts (refunded deposits and cancelled deposits are not paid); revenue
  "excluding deposits" = every paid order type but `deposit` (rent, setup fee, add-ons, damage fees, early-termination
  fees); deposits refunded = `refund_amount` of tp_deposit_refund events by their date;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (城市, 套餐, account_manager, crew, 退租原因, 损坏情况, 加购物品, 异议原因), en ones against city / region /
  package / account_manager_en / crew_en / acquisition_channel / funding_stage / addon_item / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); install rating = channel `install_survey` (1-5); rating by step = feedback.touchpoint_id
  over rows with a rating; negative = 1-2 stars; NPS = `nps_survey` (0-10), NPS score = share 9-10 minus share 0-6 (as
  a fraction);
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
VERBOSE = False


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
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1)")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def show(*a):
    if VERBOSE:
        print("   ", *a)


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


# ---------- funnels (per company, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id, action FROM events WHERE 1=1"
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
    show(journey, start, end, "bounded" if bounded else "open", cond, counts)
    return counts


def conv(journey, start, end, cond="1=1", step_from=0, step_to=-1, unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[step_to] / c[step_from])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


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
        show([(r[0], round(r[1], 3), r[2]) for r in rows])
        if lowest:
            assert rows[1][1] > rows[0][1] * margin, rows[:3]
        else:
            assert rows[0][1] > rows[1][1] * margin, rows[:3]
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
        show(lost)
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per key (quote / contract / invoice / renewal reminder) ----------

def _first(tp, key="session_id", cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY {key}
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND {key} IS NOT NULL) WHERE rn = 1)"""


def key_rate(a_tp, b_tp, start, end, key="session_id", cond="1=1", b_cond="1=1", by=None):
    """share of keys with a first `a_tp` in the period that have a `b_tp` (matching b_cond) under the same key."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.k IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp, key)} a
              LEFT JOIN (SELECT DISTINCT {key} AS k FROM events e WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              ON b.k = a.{key} LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {f'AND {by} IS NOT NULL GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, key="session_id", cond="1=1", b_cond="1=1"):
    r = key_rate(a_tp, b_tp, start, end, key, cond, b_cond)[0]
    show("n =", r[1])
    return dict(value=round(r[0], 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, key="session_id", cond="1=1", b_cond="1=1", min_n=1, margin=1.2,
              lowest=False):
    rows = key_rate(a_tp, b_tp, start, end, key, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        big = big[::-1]
    show([(r[0], round(r[1], 3), r[2]) for r in big])
    if lowest:
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, key, cond, b_cond="1=1"):
    return f"""FROM {_first(a_tp, key)} a JOIN {_first(b_tp, key, b_cond)} b ON a.{key} = b.{key}
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_days(a_tp, b_tp, start, end, key="session_id", cond="1=1", agg="median", b_cond="1=1"):
    v, n = q(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0), count(*) {_gap(a_tp, b_tp, start, end, key, cond, b_cond)}")[0]
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, key, cond, b_cond)}")
    show("n =", n, "calendar days", w)
    return dict(value=round(v, 3), tolerance=round(max(0.1, v * 0.03, abs(v - w) + 0.05), 3))


def rank_step_days(a_tp, b_tp, start, end, by, key="session_id", agg="median", margin=1.3, min_n=10):
    rows = q(f"""SELECT {by}, {agg}(epoch(b.t - a.t) / 86400.0) v, count(*) n
                 {_gap(a_tp, b_tp, start, end, key, '1=1')} AND {by} IS NOT NULL GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    show([(r[0], round(r[1], 2), r[2]) for r in big])
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


# ---------- events ----------

def _ev(tp, start, end, cond):
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) {_ev(tp, start, end, cond)}"), tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) {_ev(tp, *a, cond)}")
    y = one(f"SELECT count(*) {_ev(tp, *b, cond)}")
    show(x, y)
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_avg(tp, col, start, end, cond="1=1"):
    v, n = q(f"SELECT avg({col}), count(*) {_ev(tp, start, end, cond)}")[0]
    show("n =", n)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def events_share(tp, num, start, end, cond="1=1"):
    v, n = q(f"SELECT avg(({num})::int), count(*) {_ev(tp, start, end, cond)}")[0]
    show("n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC")
    show([(r[0], round(r[1], 3), r[2]) for r in rows])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, col, by, start, end, cond="1=1", margin=1.2, lowest=False):
    rows = q(f"SELECT {by}, avg({col}) v, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY v {'' if lowest else 'DESC'}")
    show([(r[0], round(r[1], 3), r[2]) for r in rows])
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    show(rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    show(x, y)
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    show(rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.1):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    show(rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
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


def has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic and has_truth():
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v, n = q(f"SELECT avg({col}), count(*) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")[0]
    show("n =", n)
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    v, n = q(f"SELECT avg(({num})::int), count(*) FROM feedback f WHERE {cond}")[0]
    show("n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def nps_score(cond):
    v, n = q(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int), count(*) FROM feedback f "
             f"WHERE f.nps IS NOT NULL AND {cond}")[0]
    show("n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    show([(r[0], round(r[1], 3), r[2]) for r in big])
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    show(rows[:4])
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, touchpoints, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2025-01-01", "2026-06-30")
Q1_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 1), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
(INQUIRY, QUOTE, SURVEY, CONTRACT, DEPOSIT, DELIVERY, INSTALL, ACCEPT, INVOICE, DISPUTE, PAYMENT, ADDON, NOTICE,
 RENEWAL, RETURN_REQ, PICKUP, RETURN_CHECK, DEP_REFUND) = (
    "tp_inquiry", "tp_quote", "tp_site_survey", "tp_contract", "tp_deposit", "tp_delivery", "tp_install",
    "tp_acceptance", "tp_invoice", "tp_billing_dispute", "tp_payment", "tp_addon", "tp_renewal_notice", "tp_renewal",
    "tp_return_request", "tp_pickup", "tp_return_check", "tp_deposit_refund")
INV = "invoice_id"
RN = "renewal_id"
EARLY = "action = 'early'"
DAMAGED = "e.action = 'damage_found'"
NOT_DEPOSIT = "o.order_type <> 'deposit'"
INSTALL_R = "f.channel = 'install_survey'"
PRICE_T = _like("f.text", ["报价太贵", "价格偏高", "too expensive", "pricey"])
LATE_T = _like("f.text", ["送货延期", "一再推迟", "delivery was delayed", "late delivery", "kept slipping"])
SCRATCH_T = _like("f.text", ["划痕", "磕坏", "scratch", "dented"])
BILL_T = _like("f.text", ["账单算错", "重复扣费", "多收", "wrong invoice", "charged twice", "overcharged"])
DEPSLOW_T = _like("f.text", ["押金退得", "押金还没退", "deposit refund is", "waiting for our deposit",
                             "get the deposit back"])
DAMAGE_T = _like("f.text", ["验损", "扣钱", "damage charge", "deducted money"])
EARLYFEE_T = _like("f.text", ["违约金", "early termination fee"])
CREW_T = _like("f.text", ["师傅很专业", "装得又快又好", "installers were professional", "quick install"])
COMFORT_T = _like("f.text", ["很舒服", "comfortable"])
FLEX_T = _like("f.text", ["灵活", "flexible", "scale up"])
AM_T = _like("f.text", ["客户经理很负责", "客户经理响应快", "account manager is very responsive",
                        "account manager sorted"])
MARKERS = ((PRICE_T, "price_high"), (LATE_T, "delivery_late"), (SCRATCH_T, "scratched"), (BILL_T, "invoice_error"),
           (DEPSLOW_T, "deposit_slow"), (DAMAGE_T, "damage_dispute"), (EARLYFEE_T, "early_fee"),
           (CREW_T, "crew_praise"), (COMFORT_T, "chair_comfort"), (FLEX_T, "flexible"), (AM_T, "am_helpful"))
DAMAGED_AT_ACCEPT = "a.session_id IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_acceptance' " \
                    "AND action = 'damage_found')"
RENEWED = "action = 'renewed'"


def gold():
    return {
        # ---- sales funnel
        "of01": lambda: conv("sales", *Y25),
        "of02": lambda: top_lost("sales", *H1_26),
        "of03": lambda: rank_conv("sales", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "of04": lambda: conv("sales", *Y25, cond="c.acquisition_channel = 'coworking_partner'"),
        "of05": lambda: conv("sales", *Y25, step_from=2),
        "of06": lambda: conv("onboarding", *Y25),
        "of07": lambda: conv("offboarding", *Q1_26, unbounded_only=True),
        # ---- renewals
        "of09": lambda: rank_rate(NOTICE, RENEWAL, *Y25, by="a.package", key=RN, b_cond=RENEWED, margin=1.1),
        "of10": lambda: rate(NOTICE, RENEWAL, *Y25, key=RN, cond="a.package = 'starter'", b_cond=RENEWED),
        "of11": lambda: rank_rate(NOTICE, RENEWAL, "2025-01-01", "2026-05-31", by="a.account_manager", key=RN,
                                  b_cond=RENEWED, min_n=20, margin=1.12),
        "of12": lambda: rate(NOTICE, RENEWAL, "2025-01-01", "2026-05-31", key=RN, cond=DAMAGED_AT_ACCEPT,
                             b_cond=RENEWED),
        # ---- early returns
        "of14": lambda: rank_rate(CONTRACT, RETURN_REQ, *Y25, by="c.funding_stage", b_cond=EARLY, margin=1.5),
        "of15": lambda: rate(CONTRACT, RETURN_REQ, *Y25, cond="c.funding_stage = 'series_b_plus'", b_cond=EARLY),
        "of16": lambda: top_events_count(RETURN_REQ, 'e."退租原因"', *H1_26, "e.action = 'early'", margin=1.3),
        "of17": lambda: events_at(RETURN_REQ, *Q1_26, "e.action = 'early'"),
        "of18": lambda: orders(*Y25, "o.order_type = 'early_termination_fee'"),
        # ---- times between steps
        "of19": lambda: rank_step_days(CONTRACT, DELIVERY, "2026-03-01", "2026-06-30", by="a.city", margin=1.8),
        "of20": lambda: step_days(CONTRACT, DELIVERY, "2026-03-01", "2026-06-30", cond="a.city = 'Shenzhen'"),
        "of21": lambda: step_days(CONTRACT, DELIVERY, *Y25, cond="a.city = 'Shenzhen'"),
        "of22": lambda: step_days(RETURN_CHECK, DEP_REFUND, *Y25),
        "of23": lambda: step_days(RETURN_CHECK, DEP_REFUND, "2026-01-01", "2026-04-30"),
        "of24": lambda: step_days(INQUIRY, CONTRACT, *Y25, key="customer_id"),
        "of25": lambda: top_events_avg(INSTALL, "e.install_hours", "e.crew_en", *ALL, lowest=True, margin=1.4),
        # ---- damage at acceptance
        "of26": lambda: top_events_share(ACCEPT, DAMAGED, "e.crew_en", *ALL, margin=2.0),
        "of27": lambda: events_share(ACCEPT, DAMAGED, *ALL, "e.crew_id = 'C01'"),
        "of28": lambda: events_share(ACCEPT, DAMAGED, *Y25),
        "of30": lambda: top_events_count(ACCEPT, 'e."损坏情况"', *ALL, DAMAGED, margin=1.3),
        # ---- billing
        "of31": lambda: rate(INVOICE, DISPUTE, *month(2025, 10), key=INV),
        "of32": lambda: rate(INVOICE, DISPUTE, *month(2025, 8), key=INV),
        "of33": lambda: events_at(INVOICE, *month(2026, 3)),
        "of34": lambda: rate(INVOICE, PAYMENT, *Y25, key=INV, b_cond="action = 'paid_late'"),
        "of35": lambda: rank_rate(INVOICE, PAYMENT, *Y25, by="c.funding_stage", key=INV, b_cond="action = 'paid_late'",
                                  margin=2.0),
        "of36": lambda: events_change(CONTRACT, Q1_25, Q1_26),
        # ---- money
        "of37": lambda: orders(*Y25, "o.order_type = 'rent'"),
        "of38": lambda: orders_change(H1_25, H1_26, NOT_DEPOSIT),
        "of39": lambda: orders(*month(2026, 5), NOT_DEPOSIT),
        "of40": lambda: orders(*month(2026, 4), NOT_DEPOSIT),
        "of41": lambda: orders(*Y25, "o.order_type = 'addon'"),
        "of42": lambda: top_orders('o."加购物品"', *Y25, "o.order_type = 'addon'", margin=1.3),
        "of43": lambda: top_events_count(ADDON, "e.addon_item", *Y25, margin=1.5),
        "of44": lambda: rank_rate(CONTRACT, ADDON, *Y25, by='a."套餐"', margin=1.3),
        "of45": lambda: events_sum(DEP_REFUND, "e.refund_amount", *Y25),
        "of46": lambda: events_avg(CONTRACT, "e.monthly_rent", *Y25),
        "of47": lambda: top_orders("o.city", *Y25, "o.order_type = 'rent'", margin=1.1),
        "of48": lambda: per_customer(*Y25, NOT_DEPOSIT),
        # ---- volumes
        "of50": lambda: events_at(INQUIRY, "2026-03-02", "2026-03-08"),
        "of51": lambda: events_at(CONTRACT, *month(2026, 5)),
        "of52": lambda: events_at(CONTRACT, *month(2026, 4)),
        # ---- customers
        "of56": lambda: customers_share("c.funding_stage = 'angel'"),
        "of57": lambda: customers_count("c.region = 'Hangzhou' AND c.industry = 'ecommerce'"),
        # ---- feedback
        "of59": lambda: fb_topic_count(LATE_T, "delivery_late"),
        "of60": lambda: top_fb_count("f.city", LATE_T, margin=1.5),
        "of61": lambda: fb_topic_count(SCRATCH_T, "scratched"),
        "of62": lambda: top_fb_count("f.crew", SCRATCH_T, margin=2.0),
        "of63": lambda: fb_topic_count(BILL_T, "invoice_error", period=_in("f.ts", "2025-10-01", "2025-11-30")),
        "of64": lambda: fb_topic_count(DEPSLOW_T, "deposit_slow"),
        "of65": lambda: fb_avg(f"{INSTALL_R} AND {_in('f.ts', *Y25)}"),
        "of66": lambda: rank_fb_avg("f.crew", INSTALL_R, 30, margin=0.3),
        "of68": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.3),
        "of69": lambda: nps_score(f"f.channel = 'nps_survey' AND {_in('f.ts', *H1_26)}"),
        "of70": lambda: feedback_ids(f"({DEPSLOW_T} OR f.touchpoint_id = 'tp_deposit_refund') "
                                      f"AND {_in('f.ts', *H1_26)}"),
        "of71": lambda: fb_topic_count(CREW_T, "crew_praise"),
    }


def checks():
    """topic markers must match the generator's truth."""
    for cond, topic in MARKERS:
        _check_topic(cond, topic)


def main() -> int:
    global VERBOSE
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    VERBOSE = "-v" in sys.argv
    load(data)
    if has_truth():
        checks()
    fns = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(fns) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        assert it["lang"] in ("zh", "en"), it["id"]
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
        if VERBOSE:
            print(it["id"], it["lang"], it["question"][:90])
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
