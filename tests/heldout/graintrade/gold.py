"""Gold answers for the 穗通粮油 SuiTong Grain & Oils held-out batch (B2B grain and edible-oil trading), from plain
DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "buyers" / "accounts" / "客户" = customer_id (one buying company: an enquiry that may become an
  account, or a pre-2025 account). Customer attributes (customer_type / 客户类型, tier, credit_rating, payment_terms,
  segment) come from customers.csv; the region of an event, order or comment is its own `region` column (the same
  as the customer's, always the stored English value: Philippines, Malaysia, UK & Ireland, East China, South China,
  North China);
- funnels follow DATA.md: a customer reaches step k with an event (any action: an off-spec sample, a declined credit
  check or a rejected cargo is still an event at its touchpoint) at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (enquiry_to_contract 60 d,
  contract_to_delivery 90 d, first_to_repeat 120 d); rates are per customer; the tolerance covers both readings
  (later steps allowed after the period end, or not), except where the question says later steps count. "Where do
  we lose the most" = the step whose next step is not reached by the most customers (the loss between k and k+1 is
  attributed to step k). A conversion "by enquiry source" keeps only step-1 events of that events.channel (broker,
  trade_portal, direct, trade_show, referral);
- per-event rates count event rows, period by the event's ts: sample off-spec share = tp_sample rows `off_spec` /
  all tp_sample rows; credit decline share = tp_credit_check `declined` / all checks; rolled share = tp_booking
  `rolled` / all bookings; inspection failure ("不达标", "didn't pass") = tp_delivery rows `accepted_discount` +
  `rejected` / all tp_delivery rows; claim rejection share = tp_claim `rejected` / all claims (dated at filing);
  late payment share = tp_payment `late` / all tp_payment rows (dated at payment);
- counts: enquiries = tp_enquiry rows; samples = tp_sample rows (re-sent samples count); quotes = tp_quote rows
  (`sent` and `revised`); contracts = tp_contract + tp_repeat_contract rows (one per signed contract, the same as the
  `contract` rows of orders.csv, cancelled ones included); first contracts = tp_contract; claims = tp_claim rows;
  tonnes loaded = sum of tp_loading.loaded_t (exact duplicate re-synced loading rows loaded once);
- money is USD (orders.amount), period by orders.ts: "paid invoice value" / revenue = order_type `invoice` with
  status `paid` (an invoice is dated at the bill of lading); "invoiced value" = all invoices except `cancelled`;
  demurrage = order_type `demurrage` (dated when billed; "billed" = every status, "collected" = `paid`); contract
  value = order_type `contract`; claim payouts = tp_claim.agreed_usd (positive) by filing date;
- zh top entities are the Chinese twins where the same table has one (品种, 运输方式, 问题类型, 索赔原因, 付款条件 on
  events; 客户类型 on customers) and en ones the English values (commodity, customer_type, claim_reason,
  payment_terms, shipment_mode, region, load_port ...) or touchpoint_id; load ports and discharge ports are their
  stored names (Chinese ports in Chinese); a month is 'YYYY-MM';
- feedback: "all data" includes rows without ts (WeChat buyer-group exports, annual account reviews); topic counts
  by text markers with a 5 % tolerance (checked against _truth/feedback_truth.csv); NPS = share 9-10 minus share
  0-6 (a fraction) by survey_wave; delivery survey = channel `delivery_survey`, claim survey = `claim_survey`,
  sample feedback = `sample_feedback`;
- experiment quote_validity_2025: a customer converts when they have a tp_contract event after assigned_at;
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

CONTRACT_TPS = "('tp_contract', 'tp_repeat_contract')"


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
    if status is None:
        st = ""
    elif status.startswith("<>"):
        st = f"AND o.status <> '{status[2:]}'"
    else:
        st = f"AND o.status = '{status}'"
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


def top_revenue(by, start, end, kind="invoice", cond="1=1", margin=1.15, status="paid"):
    rows = q(f"SELECT {by}, sum(o.amount) n {_ord(start, end, kind, cond, status)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_order_month(start, end, kind, cond="1=1", status=None, margin=1.15):
    rows = q(f"SELECT strftime(o.ts, '%Y-%m') m, sum(o.amount) n {_ord(start, end, kind, cond, status)} "
             f"GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- customers, experiment ----------

def cust_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                AND e.touchpoint_id = 'tp_contract' AND e.ts > x.assigned_at))::int) r, count(*)
                FROM experiments x WHERE x.experiment_id = 'quote_validity_2025' GROUP BY 1 ORDER BY r DESC""")


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
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q1_25, Q2_25, Q3_25, Q4_25, Q1_26, Q2_26 = (quarter(2025, 1), quarter(2025, 2), quarter(2025, 3), quarter(2025, 4),
                                            quarter(2026, 1), quarter(2026, 2))
(ENQ, SAMPLE, QUOTE, CREDIT, FIRST, REPEAT, BOOKING, LOADING, DELIVERY, CLAIM, INVOICE, PAYMENT) = (
    "tp_enquiry", "tp_sample", "tp_quote", "tp_credit_check", "tp_contract", "tp_repeat_contract", "tp_booking",
    "tp_loading", "tp_delivery", "tp_claim", "tp_invoice", "tp_payment")
MARKERS = {
    "moisture": ["水分", "moisture"], "short_weight": ["短重", "short weight"], "demurrage": ["滞期", "demurrage"],
    "claim_slow": ["理赔", "claim settlement"], "price": ["涨价", "price increase"],
    "late_shipment": ["船期", "late shipment"], "aflatoxin": ["黄曲霉", "aflatoxin"], "sample": ["样品", "sample"],
    "account_manager": ["客户经理", "account manager"], "slow_reply": ["回复慢", "slow to reply"],
    "credit_terms": ["账期", "credit terms"], "documents": ["单证", "documents"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
CN = "e.region IN ('East China', 'South China', 'North China')"
EN = "e.region IN ('Philippines', 'Malaysia', 'UK & Ireland')"
SOURCES = ["broker", "trade_portal", "direct", "trade_show", "referral"]
FAILED = "e.action <> 'accepted'"


def gold():
    oct25 = month(2025, 10)
    vessel = "e.demurrage_days IS NOT NULL"
    return {
        # ---- enquiry funnel, samples, prices, credit, A/B
        "gt01": lambda: conv("enquiry_to_contract", *Y25),
        "gt02": lambda: conv_open("enquiry_to_contract", *Q3_25),
        "gt03": lambda: rank_conv("enquiry_to_contract", *Y25, "e.channel", SOURCES, margin=3.0),
        "gt04": lambda: conv("enquiry_to_contract", *Y25, "e.channel = 'trade_portal'"),
        "gt05": lambda: top_lost("enquiry_to_contract", *Y25, margin=2.0),
        "gt06": lambda: conv("enquiry_to_contract", *Y25, "e.channel = 'trade_portal'", a=0, b=1),
        "gt07": lambda: conv("enquiry_to_contract", *Y25, "e.channel = 'broker'"),
        "gt08": lambda: conv_open("first_to_repeat", *H1_25),
        "gt09": lambda: conv_open("contract_to_delivery", *Y25),
        "gt10": lambda: events_at(ENQ, *Y25),
        "gt11": lambda: events_at(SAMPLE, *Q2_25),
        "gt12": lambda: events_share(SAMPLE, "e.action = 'off_spec'", *Y25),
        "gt13": lambda: events_avg(CONTRACT_TPS, "e.price_usd_per_t", *Q1_26, "e.commodity = 'palm_oil'"),
        "gt14": lambda: events_avg(CONTRACT_TPS, "e.price_usd_per_t", *Q4_25, "e.commodity = 'palm_oil'"),
        "gt15": lambda: events_share(CREDIT, "e.action = 'declined'", *Y25),
        "gt16": lambda: events_share(CREDIT, "e.action = 'declined'", None, None, "c.credit_rating = 'C'"),
        "gt17": lambda: exp_top(margin=1.3),
        "gt18": lambda: exp_rate("valid_24h"),
        # ---- contracts
        "gt19": lambda: events_at(CONTRACT_TPS, *month(2025, 12)),
        "gt20": lambda: top_revenue("o.region", "2026-02-01", "2026-04-30", "demurrage", status=None, margin=1.4),
        "gt21": lambda: top_events_count(CONTRACT_TPS, 'e."品种"', *Y25, margin=1.3),
        "gt22": lambda: events_avg(CONTRACT_TPS, "e.tonnes", *Y25, "c.customer_type = 'feed_mill'"),
        "gt23": lambda: orders_count(*Y25, "contract", status="cancelled"),
        "gt24": lambda: events_at(FIRST, *Y25),
        "gt25": lambda: events_share(REPEAT, "e.channel = 'wechat'", *H1_26),
        # ---- booking, loading, delivery and inspection
        "gt26": lambda: events_share(BOOKING, "e.action = 'rolled'", *Y25),
        "gt27": lambda: events_share(BOOKING, "e.action = 'rolled'", *Y25, "e.shipment_mode = 'flexitank'"),
        "gt28": lambda: events_share(DELIVERY, FAILED, *oct25),
        "gt29": lambda: events_share(DELIVERY, FAILED, *month(2025, 9)),
        "gt30": lambda: top_month(DELIVERY, *Y25, num=FAILED, margin=1.25),
        "gt31": lambda: top_events_avg(DELIVERY, "e.origin", f"({FAILED})::int", *oct25, margin=3, min_n=15),
        "gt32": lambda: top_events_count(DELIVERY, 'e."问题类型"', *oct25, FAILED, margin=3),
        "gt33": lambda: events_at(DELIVERY, *Y25, "e.action = 'rejected'"),
        "gt34": lambda: events_avg(DELIVERY, "e.moisture_pct", *oct25, "e.commodity = 'corn' AND e.origin = 'China'"),
        "gt35": lambda: events_share(DELIVERY, "e.demurrage_days > 0", *Y25, vessel),
        # ---- claims
        "gt36": lambda: events_at(CLAIM, *Y25),
        "gt37": lambda: top_events_count(CLAIM, "e.claim_reason", None, None, margin=2),
        "gt38": lambda: top_events_count(CLAIM, 'e."索赔原因"', *oct25, margin=1.4),
        "gt39": lambda: top_events_count(CLAIM, 'e."运输方式"', None, None, "e.claim_reason = 'short_weight'",
                                         margin=1.5),
        "gt40": lambda: events_share(CLAIM, "e.action = 'rejected'", *Y25),
        "gt41": lambda: events_avg(CLAIM, "e.settle_days", *Y25, CN),
        "gt42": lambda: events_sum(CLAIM, "e.agreed_usd", *Y25),
        # ---- invoices, payments, demurrage
        "gt43": lambda: revenue(*Y25),
        "gt44": lambda: top_revenue("o.region", *Y25, margin=1.15),
        "gt45": lambda: events_share(PAYMENT, "e.action = 'late'", *Y25),
        "gt46": lambda: top_events_avg(PAYMENT, 'e."付款条件"', "(e.action = 'late')::int", *Y25, margin=1.3),
        "gt47": lambda: top_events_avg(PAYMENT, "c.customer_type", "(e.action = 'late')::int", *Y25, margin=1.3),
        "gt48": lambda: orders_count(None, None, "invoice", status="overdue"),
        "gt49": lambda: revenue_change(H1_25, H1_26, cond="o.commodity = 'palm_oil'", status="<>cancelled"),
        "gt50": lambda: revenue(*Y25, kind="demurrage"),
        "gt51": lambda: top_order_month("2025-07-01", "2026-06-30", "demurrage", margin=1.5),
        # ---- customers
        "gt52": lambda: cust_count("c.segment = 'lapsed'"),
        # ---- feedback
        "gt53": lambda: top_fb_count("f.touchpoint_id", T["demurrage"], margin=3),
        "gt54": lambda: fb_count(T["demurrage"]),
        "gt55": lambda: fb_count(T["moisture"], _in("f.ts", *oct25)),
        "gt56": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2025-12'"),
        "gt57": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2025-12' AND f.region = 'North China'"),
        "gt58": lambda: fb_avg(f"f.channel = 'delivery_survey' AND {_in('f.ts', *Y25)}"),
        "gt59": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'claim_survey' AND {_in('f.ts', *Y25)}"),
        "gt60": lambda: feedback_ids(T["claim_slow"]),
        "gt61": lambda: fb_count(T["price"], _in("f.ts", *H1_26)),
        # ---- relative periods (as_of)
        "gt66": lambda: events_at(CONTRACT_TPS, *month(2026, 5)),
        "gt67": lambda: events_at(CONTRACT_TPS, *month(2026, 4)),
        "gt68": lambda: revenue(*Q1_26),
        "gt69": lambda: events_at(CLAIM, "2026-03-02", "2026-03-08"),
        "gt70": lambda: events_at(ENQ, "2026-01-01", "2026-06-20"),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    assert one(f"SELECT count(*) FROM events WHERE touchpoint_id IN {CONTRACT_TPS}") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'contract'")
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_invoice'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'invoice'")
    # payments of invoices dated in the data (a few payments settle invoices of late 2024, before the extract)
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_payment' AND invoice_no IN "
               "(SELECT invoice_no FROM orders WHERE order_type = 'invoice')") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'invoice' AND status = 'paid'")
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_delivery' AND action = 'rejected' AND "
               "contract_no IN (SELECT contract_no FROM orders WHERE order_type = 'contract')") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'contract' AND status = 'rejected'")


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
