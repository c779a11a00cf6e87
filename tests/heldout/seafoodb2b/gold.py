"""Gold answers for the 蓝港 BlueHarbour frozen-seafood wholesale held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "accounts" / "客户" = customer_id (one buying business: a lead, or an account that orders). Customer
  attributes (business_type / 客户类型, tier, years_in_business, segment) come from customers.csv; the city of an
  event, an order or a comment is its own `city` column (the same as the customer's);
- funnels follow DATA.md: a customer reaches step k with an event (any action: a declined credit decision or a
  rejected delivery is still an event at its touchpoint) at step k's touchpoint after reaching step k-1, within the
  journey window from their first step-1 event in the period (lead_to_first_order 90 d, first_order_fulfilment 14 d,
  first_to_repeat 60 d); rates are per customer; the tolerance covers both readings (later steps allowed after the
  period end, or not), except where the question says later steps count. "Where do we lose the most" = the step whose
  next step is not reached by the most customers (the loss between k and k+1 is attributed to step k). A lead
  conversion "by lead source" keeps only step-1 events of that events.channel (trade_show, sales_rep, website,
  wechat, referral);
- per-event rates count event rows, period by the event's ts: temperature-check pass rate = tp_delivery rows with
  temp_check 'pass' / all tp_delivery rows (out-of-spec = marginal + fail); on-time delivery = on_time 'yes' / all
  tp_delivery rows; late dispatch = tp_dispatch rows `dispatched_late` / all; credit decline share = tp_credit_review
  rows `declined` / all decisions; claim rejection share = tp_claim rows `rejected` / all claims (a claim row is
  dated when it was filed); late payment share = tp_payment rows `late` / all tp_payment rows (dated at payment);
- counts: leads = tp_lead rows; samples = tp_sample rows; quotes = tp_quote rows (`sent` and `revised` both count
  unless the question says otherwise); purchase orders = tp_first_po + tp_reorder rows (one per PO, the same as the
  `purchase_order` rows of orders.csv, cancelled ones included); claims = tp_claim rows;
- money is USD (orders.amount, the group's reporting currency), period by orders.ts: "paid invoice value" = order_type
  `invoice` with status `paid` (an invoice is dated on delivery; paid = settled by the extract), credit notes =
  order_type `credit_note` (negative amounts, status `issued`); PO value = order_type `purchase_order`;
- zh top entities are the Chinese twins where the same table has one (客户类型 on customers, 品类, 索赔原因, 付款方式,
  承运商 on events) and en ones the English values (business_type, city, channel, claim_reason, packer,
  payment_method ...) or touchpoint_id; a city is always the stored English value; a month is 'YYYY-MM';
- feedback: "all data" includes rows without ts (QBR forms, WeChat customer-group exports); topic counts by text
  markers with a 5 % tolerance (checked against _truth/feedback_truth.csv); NPS = share 9-10 minus share 0-6 (a
  fraction) by survey_wave; delivery survey = channel `delivery_survey`, claim survey = channel `claim_survey`,
  sample feedback = channel `sample_feedback`;
- experiment quote_followup_2025: a customer converts when they have a tp_first_po event after assigned_at;
- exact duplicate event rows (re-synced dispatch scans) are loaded once; periods are inclusive calendar dates;
  relative periods resolve against the item's `as_of`; a week is Monday..Sunday.
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
    return dict(value=round(v, 2), tolerance=round(max(0.05, abs(v) * 0.002), 2))


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
                    FROM events e LEFT JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}
                    AND ({first_cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def _cover(vals):
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def conv(journey, start, end, first_cond="1=1", a=0, b=-1):
    vals = [funnel(journey, start, end, bounded=bd, first_cond=first_cond) for bd in (False, True)]
    return _cover([c[b] / c[a] for c in vals])


def conv_open(journey, start, end, first_cond="1=1", a=0, b=-1):
    """the question says later steps after the period end count: only that reading."""
    c = funnel(journey, start, end, bounded=False, first_cond=first_cond)
    return _rate(c[b] / c[a])


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

PO_TPS = "('tp_first_po', 'tp_reorder')"


def _ev(tp, start, end, cond):
    per = f"AND {_in('e.ts', start, end)}" if start else ""
    tps = f"e.touchpoint_id IN {tp}" if tp.startswith("(") else f"e.touchpoint_id = '{tp}'"
    return f"FROM events e LEFT JOIN customers c USING (customer_id) WHERE {tps} {per} AND ({cond})"


def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) {_ev(tp, start, end, cond)}"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}"))


def events_avg(tp, col, start, end, cond="1=1", rel=0.01, floor=0.1):
    return _num(one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}"), rel, floor)


def events_sum(tp, col, start, end, cond="1=1"):
    return _num(one(f"SELECT sum({col}) {_ev(tp, start, end, cond)}"), 0.002, 0.5)


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, by, col, start, end, cond="1=1", margin=1.2, lowest=False, min_n=30):
    rows = q(f"SELECT {by}, avg({col}) n, count(*) {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_month(tp, start, end, num=None, cond="1=1", margin=1.1):
    agg = f"avg(({num})::int)" if num else "count(*)"
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, {agg} n {_ev(tp, start, end, cond)} GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def share_change(tp, num, a, b, cond="1=1"):
    x = one(f"SELECT avg(({num})::int) {_ev(tp, *a, cond)}")
    y = one(f"SELECT avg(({num})::int) {_ev(tp, *b, cond)}")
    return _rate(y - x)


def count_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) {_ev(tp, *a, cond)}")
    y = one(f"SELECT count(*) {_ev(tp, *b, cond)}")
    return _rate((y - x) / x)


# ---------- orders ----------

def _ord(start, end, kind, cond, status="paid"):
    st = f"AND o.status = '{status}'" if status else ""
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    kd = f"AND o.order_type = '{kind}'" if kind else ""
    return f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE 1=1 {kd} {st} {per} AND ({cond})"


def revenue(start, end, kind="invoice", cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) {_ord(start, end, kind, cond, status)}"))


def revenue_change(a, b, kind="invoice", cond="1=1", status="paid"):
    x = one(f"SELECT sum(o.amount) {_ord(*a, kind, cond, status)}")
    y = one(f"SELECT sum(o.amount) {_ord(*b, kind, cond, status)}")
    return _rate((y - x) / x)


def orders_count(start, end, kind, cond="1=1", status="paid"):
    return _count(one(f"SELECT count(*) {_ord(start, end, kind, cond, status)}"))


def orders_avg(start, end, kind, col="o.amount", cond="1=1", status="paid"):
    return _money(one(f"SELECT avg({col}) {_ord(start, end, kind, cond, status)}"))


def top_revenue(by, start, end, kind="invoice", cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, sum(o.amount) n {_ord(start, end, kind, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- customers, experiment ----------

def cust_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                AND e.touchpoint_id = 'tp_first_po' AND e.ts > x.assigned_at))::int) r, count(*)
                FROM experiments x WHERE x.experiment_id = 'quote_followup_2025' GROUP BY 1 ORDER BY r DESC""")


def exp_top(margin=1.1):
    rows = exp_rates()
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def exp_rate(variant):
    return _rate(dict((r[0], r[1]) for r in exp_rates())[variant])


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


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, steps, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
Q1_25, Q3_25, Q4_25, Q1_26 = quarter(2025, 1), quarter(2025, 3), quarter(2025, 4), quarter(2026, 1)
JAN_MAY_26 = ("2026-01-01", "2026-05-31")
(LEAD, SAMPLE, QUOTE, CREDIT_APP, CREDIT_REV, FIRST_PO, REORDER, DISPATCH, DELIVERY, CLAIM, INVOICE, PAYMENT) = (
    "tp_lead", "tp_sample", "tp_quote", "tp_credit_app", "tp_credit_review", "tp_first_po", "tp_reorder",
    "tp_dispatch", "tp_delivery", "tp_claim", "tp_invoice", "tp_payment")
MARKERS = {
    "thawed": ["解冻", "thawed"], "glaze": ["镀冰", "glaze"], "late": ["送货晚", "late delivery"],
    "damaged": ["箱子破", "crushed carton"], "wrong": ["发错货", "wrong product"],
    "credit_slow": ["红字发票", "credit note"], "price": ["涨价", "price increase"], "sample": ["样品", "sample"],
    "rep": ["业务经理", "account manager"], "driver": ["送货师傅", "delivery driver"],
    "credit_terms": ["账期", "credit terms"], "portal": ["下单小程序", "ordering portal"],
    "invoice": ["发票金额", "发票抬头", "invoice amount"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
CN = "e.city IN ('Shanghai', 'Shenzhen', 'Beijing', 'Chengdu')"
EN = "e.city IN ('Sydney', 'Auckland', 'Vancouver', 'Los Angeles')"
LEAD_CH = ["trade_show", "sales_rep", "website", "wechat", "referral"]
OOS = "e.temp_check <> 'pass'"


def gold():
    return {
        # ---- lead funnel, samples, quotes, credit
        "sf01": lambda: conv("lead_to_first_order", *Y25),
        "sf02": lambda: conv_open("lead_to_first_order", *H2_25),
        "sf03": lambda: rank_conv("lead_to_first_order", *Y25, "e.channel", LEAD_CH, margin=1.5),
        "sf04": lambda: conv("lead_to_first_order", *Y25, "e.channel = 'trade_show'"),
        "sf05": lambda: top_lost("lead_to_first_order", *Y25, margin=2.0),
        "sf06": lambda: conv("lead_to_first_order", *Y25, "e.channel = 'trade_show'", a=0, b=1),
        "sf07": lambda: conv_open("first_to_repeat", *Y25),
        "sf08": lambda: conv_open("first_order_fulfilment", *H1_25),
        "sf09": lambda: events_at(SAMPLE, *Y25),
        "sf10": lambda: events_avg(QUOTE, "e.price_per_kg_usd", *Q1_26, "e.product_category = 'salmon'"),
        "sf11": lambda: events_share(CREDIT_REV, "e.action = 'declined'", *Y25),
        "sf12": lambda: events_share(CREDIT_REV, "e.action = 'declined'", None, None, "c.years_in_business < 2"),
        "sf13": lambda: exp_top(margin=1.1),
        "sf14": lambda: exp_rate("rep_call_followup"),
        # ---- purchase orders
        "sf15": lambda: events_at(PO_TPS, *month(2025, 12)),
        "sf16": lambda: top_events_count(PO_TPS, "e.city", *Y25, margin=1.15),
        "sf17": lambda: top_month(PO_TPS, "2025-06-01", "2026-05-31", cond=CN, margin=1.1),
        "sf18": lambda: events_avg(PO_TPS, "e.order_kg", *Y25, "c.business_type = 'supermarket'"),
        "sf19": lambda: top_events_count(PO_TPS, 'e."品类"', *Y25, margin=1.4),
        "sf20": lambda: events_share(REORDER, "e.channel IN ('b2b_portal', 'wechat_mini_program')", *Q1_26),
        "sf21": lambda: orders_count(*Y25, "purchase_order", status="cancelled"),
        "sf22": lambda: events_at(FIRST_PO, *Y25),
        # ---- dispatch and delivery
        "sf23": lambda: events_share(DELIVERY, OOS, *month(2025, 7)),
        "sf24": lambda: events_share(DELIVERY, OOS, *month(2025, 6)),
        "sf25": lambda: top_events_avg(DELIVERY, "e.city", f"({OOS})::int", *month(2025, 7), margin=5),
        "sf26": lambda: top_events_count(DELIVERY, 'e."承运商"', *month(2025, 7), f"{OOS} AND e.city = 'Shanghai'",
                                         margin=3),
        "sf27": lambda: events_at(DELIVERY, *Y25, "e.action = 'rejected'"),
        "sf28": lambda: events_share(DELIVERY, "e.on_time = 'yes'", *month(2025, 12)),
        "sf29": lambda: top_month(DISPATCH, *Y25, num="e.action = 'dispatched_late'", cond="e.city IN ('Sydney', 'Auckland')",
                                  margin=1.3),
        "sf30": lambda: events_avg(DELIVERY, "e.probe_temp_c", *month(2025, 7), "e.city = 'Shanghai'"),
        "sf31": lambda: events_avg(DELIVERY, "e.minutes_late", *Y25, "e.on_time = 'no'"),
        # ---- claims
        "sf32": lambda: events_at(CLAIM, *Y25),
        "sf33": lambda: top_events_count(CLAIM, 'e."索赔原因"', None, None, margin=1.3),
        "sf34": lambda: top_events_count(CLAIM, "e.packer", None, None, "e.claim_reason = 'short_weight'",
                                         margin=5),
        "sf35": lambda: events_share(CLAIM, "e.action = 'rejected'", *Y25),
        "sf36": lambda: events_avg(CLAIM, "e.credit_note_days", *Y25, f"{CN} AND e.credit_note_days IS NOT NULL"),
        "sf37": lambda: events_avg(CLAIM, "e.credit_note_days", *Y25, f"{EN} AND e.credit_note_days IS NOT NULL"),
        "sf38": lambda: events_sum(CLAIM, "e.approved_usd", *Y25),
        # ---- invoices, payments, money
        "sf39": lambda: revenue(*Y25),
        "sf40": lambda: top_revenue("o.city", *Y25, margin=1.1),
        "sf41": lambda: events_share(PAYMENT, "e.action = 'late'", *Y25),
        "sf42": lambda: events_share(PAYMENT, "e.action = 'late'", *JAN_MAY_26),
        "sf43": lambda: top_events_avg(PAYMENT, 'e."付款方式"', "(e.action = 'late')::int", *Y25, margin=1.2),
        "sf44": lambda: top_events_avg(PAYMENT, "c.business_type", "(e.action = 'late')::int", *Y25, margin=1.3),
        "sf45": lambda: orders_count(None, None, "invoice", status="overdue"),
        "sf46": lambda: events_avg(PAYMENT, "e.days_to_pay", *Y25, "c.payment_terms = 'net60'"),
        "sf47": lambda: revenue_change(Q1_25, Q1_26, status=None),
        "sf48": lambda: orders_count(*H2_25, "credit_note", status="issued"),
        # ---- customers
        "sf49": lambda: cust_count("c.segment = 'lapsed'"),
        # ---- feedback
        "sf50": lambda: top_fb_count("f.touchpoint_id", T["glaze"], margin=10),
        "sf51": lambda: fb_count(T["glaze"]),
        "sf52": lambda: fb_count(T["thawed"], _in("f.ts", *month(2025, 7))),
        "sf53": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2025-12'"),
        "sf54": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2025-12' AND f.city = 'Shanghai'"),
        "sf55": lambda: fb_avg(f"f.channel = 'delivery_survey' AND {_in('f.ts', *Y25)}"),
        "sf56": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'claim_survey' AND {_in('f.ts', *Y25)}"),
        "sf57": lambda: feedback_ids(T["credit_slow"]),
        "sf58": lambda: fb_count(T["price"], _in("f.ts", *JAN_MAY_26)),
        "sf59": lambda: fb_avg("f.channel = 'sample_feedback'"),
        # ---- relative periods (as_of)
        "sf60": lambda: events_at(LEAD, *month(2026, 3)),
        "sf61": lambda: events_share(DELIVERY, "e.temp_check = 'pass'", *month(2026, 5)),
        "sf62": lambda: events_at(CLAIM, "2026-01-05", "2026-01-11"),
        "sf63": lambda: revenue(*Q3_25, status=None),
        "sf64": lambda: events_at(PO_TPS, "2026-01-01", "2026-05-20"),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # one purchase_order row per PO event, one invoice row per tp_invoice event, one paid invoice per payment
    assert one(f"SELECT count(*) FROM events WHERE touchpoint_id IN {PO_TPS}") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'purchase_order'")
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_invoice'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'invoice'")
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_payment'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'invoice' AND status = 'paid'")
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_delivery' AND action = 'rejected'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'purchase_order' AND status = 'returned'")


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
