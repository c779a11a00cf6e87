"""Gold answers for the 白鹭布草 Egret Linen & Uniform Services held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "accounts" / "客户" = customer_id (one hotel, restaurant or clinic site: a prospect, or a customer with
  a rental contract). business_type / 行业 and tier come from customers.csv; the city of an event, an order or a
  comment is its own `city` column (the same as the customer's);
- funnels follow DATA.md: a customer reaches step k with an event (any action: a visit where they said no, a survey
  where the surveyor could not get in, a revised quote, are still events at their touchpoint) at step k's
  touchpoint after reaching step k-1, within the journey window from their first step-1 event in the period
  (visit_to_contract 60 d, lead_to_contract 45 d, onboarding 21 d, claim_handling 14 d); rates are per customer; the
  tolerance covers both readings (later steps allowed after the period end, or not), except where the question
  says later steps count. "Where do we lose the most" = the step whose next step is not reached by the most
  customers (the loss between k and k+1 is attributed to step k). A "by channel" enquiry conversion keeps only
  step-1 events of that channel (events.channel on tp_web_lead: web / mini_program / marketplace / phone);
- per-event rates count event rows, period by the event's ts: rewash share = tp_wash_qc rows `rewash` / all its rows
  (one row = one washed batch = one pickup); late share and short share = tp_delivery rows `late` / `short` over all
  tp_delivery rows (the three actions complete / late / short exclude each other); missed pickups = tp_pickup rows
  `missed`; survey no-access share = tp_site_survey rows `no_access` / all its rows; paid-late share = tp_invoice rows
  `paid_late` / all tp_invoice rows (one row = one monthly invoice; `overdue` = still unpaid at the extract);
  renewal rate = tp_renewal rows `renewed` / all tp_renewal rows (by the decision's ts); claim outcome shares over
  tp_claim_resolved rows (by the decision's ts);
- counts: sales visits = tp_sales_visit rows (a second visit counts again); enquiries = tp_web_lead rows; contracts =
  tp_contract rows; claims = tp_claim rows; terminations = tp_churn rows (one per customer, at the end date);
- money is USD (orders.amount, the group's reporting currency), `paid` orders only, period by orders.ts: monthly
  invoices = order_type `monthly_invoice` (issued on the 1st of the month after the service month; a question
  that names service months uses billing_month), replacement charges = `replacement_charge`, sign-up fees =
  `contract`; credits given on claims are the positive `credit_usd` of tp_claim_resolved rows (the credit_note
  orders carry the same money as negative amounts);
- zh top entities are the Chinese twins where the same table has one (行业 on customers, 洗涤厂, 索赔类型, 付款方式,
  流失原因 on events) and en ones the English values (business_type, plant, claim_type, churn_reason, channel ...)
  or touchpoint_id; a city is always the stored English value;
- feedback: "all data" includes rows without ts (account-review forms, WeChat group exports); topic counts by text
  markers with a 5 % tolerance (checked against _truth/feedback_truth.csv); NPS = share 9-10 minus share 0-6 (a
  fraction) by survey_wave; claim CSAT = channel `claim_csat`, the linen-room survey = channel `quarterly_survey`;
- exact duplicate event rows (driver-app resync) are loaded once; periods are inclusive calendar dates; relative
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
    """end-to-end (or step-1 -> step `upto`) conversion; tolerance covers both readings of the period end."""
    vals = []
    for b in (False, True):
        c = funnel(journey, start, end, bounded=b, first_cond=first_cond)
        vals.append(c[(upto or len(c)) - 1] / c[0])
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


def top_events_avg(tp, by, col, start, end, cond="1=1", margin=1.2, lowest=False, min_n=30):
    rows = q(f"SELECT {by}, avg({col}) n, count(*) {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY n {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def _ord(start, end, kind, cond, status="paid"):
    st = f"AND o.status = '{status}'" if status else ""
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    kd = f"AND o.order_type = '{kind}'" if kind else ""
    return f"FROM orders o LEFT JOIN customers c USING (customer_id) WHERE 1=1 {kd} {st} {per} AND ({cond})"


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
    n = one(f"SELECT count(*) FROM feedback f LEFT JOIN customers c USING (customer_id) WHERE {cond} AND {period}")
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
    rows = q(f"SELECT {by}, count(*) n FROM feedback f LEFT JOIN customers c USING (customer_id) WHERE {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, steps, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
JAN_MAY_25, JAN_MAY_26 = ("2025-01-01", "2025-05-31"), ("2026-01-01", "2026-05-31")
ALL = (None, None)
(VISIT, LEAD, SURVEY, QUOTE, CONTRACT, INSTALL, PICKUP, WASH, DELIVERY, CLAIM, RESOLVED, INVOICE, RENEW, CHURN) = (
    "tp_sales_visit", "tp_web_lead", "tp_site_survey", "tp_quote", "tp_contract", "tp_initial_delivery", "tp_pickup",
    "tp_wash_qc", "tp_delivery", "tp_claim", "tp_claim_resolved", "tp_invoice", "tp_renewal", "tp_churn")
MARKERS = {"shortage": ["少送", "short delivery"], "stain": ["污渍", "stain"], "torn": ["破洞", "torn"],
           "replacement": ["赔偿费", "replacement charge"], "late": ["送晚了", "late delivery"],
           "missed_pickup": ["没来收", "missed pickup"], "damp": ["发潮", "damp"], "sizing": ["尺码", "sizing"],
           "hygiene": ["消毒报告", "hygiene report"], "driver_praise": ["配送师傅", "delivery driver"],
           "price": ["涨价", "price increase"], "reconcile": ["对账", "reconcile"],
           "quote_slow": ["报价太慢", "slow quote"], "no_followup": ["没人联系", "nobody got back"],
           "wrong_items": ["送错", "wrong items"]}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
LEAD_CH = ["web", "mini_program", "marketplace", "phone"]


def gold():
    aug25, jul25 = month(2025, 8), month(2025, 7)
    return {
        # ---- acquisition funnels
        "ls01": lambda: conv("lead_to_contract", *Y25),
        "ls02": lambda: conv("lead_to_contract", *JAN_MAY_26),
        "ls03": lambda: rank_conv("lead_to_contract", *Y25, "e.channel", LEAD_CH, margin=2.0),
        "ls04": lambda: conv("lead_to_contract", *Y25, "e.channel = 'marketplace'"),
        "ls05": lambda: conv("visit_to_contract", *Y25),
        "ls06": lambda: top_lost("visit_to_contract", *Y25, margin=1.5),
        "ls07": lambda: conv_open("onboarding", *H2_25),
        "ls08": lambda: events_at(VISIT, *Y25),
        "ls09": lambda: events_at(SURVEY, *quarter(2025, 2), "e.action = 'completed'"),
        "ls10": lambda: events_share(SURVEY, "e.action = 'no_access'", *Y25),
        "ls11": lambda: events_at(CONTRACT, *Y25),
        "ls12": lambda: events_avg(CONTRACT, "e.monthly_fee_usd", *Y25),
        "ls13": lambda: events_median(INSTALL, "e.days_from_contract", *Y25),
        "ls14": lambda: events_at(QUOTE, *Y25, "e.action = 'revised'"),
        "ls15": lambda: events_share(LEAD, "e.device IN ('ios', 'android')", *Y25, "e.channel = 'web'"),
        # ---- plant, pickups, deliveries
        "ls16": lambda: events_share(WASH, "e.action = 'rewash'", *aug25),
        "ls17": lambda: events_share(WASH, "e.action = 'rewash'", *jul25),
        "ls18": lambda: top_events_avg(WASH, 'e."洗涤厂"', "(e.action = 'rewash')::int", *aug25, margin=2.5),
        "ls19": lambda: events_share(WASH, "e.action = 'rewash'", *aug25, "e.plant = 'SZH-Wuzhong'"),
        "ls20": lambda: events_sum(PICKUP, "e.soiled_kg", *Y25, "e.action = 'collected'"),
        "ls21": lambda: events_share(DELIVERY, "e.action = 'late'", *Y25),
        "ls22": lambda: events_share(DELIVERY, "e.action = 'short'", *Y25),
        "ls23": lambda: top_events_avg(DELIVERY, "e.city", "(e.action = 'short')::int", *Y25, margin=1.8),
        "ls24": lambda: events_share(DELIVERY, "e.action = 'short'", *JAN_MAY_26, "e.city = 'Shenzhen'"),
        "ls25": lambda: events_avg(DELIVERY, "e.shortage_pcs", *Y25, "e.action = 'short'"),
        "ls26": lambda: events_avg(DELIVERY, "e.minutes_late", *Y25, "e.action = 'late'"),
        "ls27": lambda: events_at(PICKUP, *quarter(2025, 4), "e.action = 'missed'"),
        "ls28": lambda: top_events_count(PICKUP, "e.missed_reason", None, None, "e.action = 'missed'", margin=1.3),
        "ls29": lambda: events_at(PICKUP, "2025-12-01", "2025-12-07", "e.city = 'Sydney'"),
        # ---- claims
        "ls30": lambda: events_at(CLAIM, *Y25),
        "ls31": lambda: top_events_count(CLAIM, "e.claim_type", *Y25, margin=2.0),
        "ls32": lambda: top_events_count(CLAIM, 'e."索赔类型"', *Y25, "e.claim_type <> 'shortage'", margin=1.2),
        "ls33": lambda: events_share(RESOLVED, "e.action = 'rejected'", *Y25, "e.claim_type = 'damage'"),
        "ls34": lambda: events_sum(RESOLVED, "e.credit_usd", *Y25),
        # ---- money
        "ls35": lambda: revenue(*Y25, "monthly_invoice"),
        "ls36": lambda: top_revenue("o.city", *Y25, "monthly_invoice", margin=1.25),
        "ls37": lambda: top_revenue('c."行业"', *Y25, "replacement_charge", margin=2.0),
        "ls38": lambda: revenue(*Y25, "replacement_charge"),
        "ls39": lambda: revenue_change(JAN_MAY_25, JAN_MAY_26, "monthly_invoice"),
        "ls40": lambda: events_share(INVOICE, "e.action = 'paid_late'", *Y25),
        "ls41": lambda: top_events_avg(INVOICE, 'e."付款方式"', "(e.action = 'paid_late')::int", *Y25, margin=1.8),
        "ls42": lambda: top_events_avg(INVOICE, "c.business_type", "(e.action = 'paid_late')::int", *Y25, margin=1.8),
        "ls43": lambda: orders_count(*Y25, "monthly_invoice", status="unpaid"),
        "ls44": lambda: events_avg(INVOICE, "e.days_to_pay", *Y25,
                                   "c.business_type = 'clinic' AND e.days_to_pay IS NOT NULL"),
        # ---- renewals, churn
        "ls45": lambda: events_share(RENEW, "e.action = 'renewed'", *Y25),
        "ls46": lambda: events_share(RENEW, "e.action = 'renewed'", *Y25, "e.city = 'Shenzhen'"),
        "ls47": lambda: top_events_count(CHURN, "e.churn_reason", *Y25, margin=1.5),
        "ls48": lambda: events_at(CHURN, *Y25),
        # ---- feedback
        "ls49": lambda: top_fb_count("f.touchpoint_id", T["replacement"], margin=4),
        "ls50": lambda: fb_count(T["replacement"]),
        "ls51": lambda: fb_count(T["stain"], _in("f.ts", "2025-08-01", "2025-09-30")),
        "ls52": lambda: top_fb_count("f.city", T["damp"], margin=2),
        "ls53": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2025-12'"),
        "ls54": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2025-06'"),
        "ls55": lambda: fb_avg(f"f.channel = 'claim_csat' AND {_in('f.ts', *Y25)}"),
        "ls56": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'quarterly_survey' AND {_in('f.ts', *JAN_MAY_26)}"),
        "ls57": lambda: feedback_ids(T["driver_praise"]),
        "ls58": lambda: fb_count(T["hygiene"]),
        "ls59": lambda: top_fb_count('c."行业"', T["sizing"], margin=1.5),
        # ---- relative periods (as_of)
        "ls60": lambda: events_at(CONTRACT, *month(2026, 3)),
        "ls61": lambda: revenue(*quarter(2025, 4), "monthly_invoice"),
        "ls62": lambda: events_at(DELIVERY, "2025-10-06", "2025-10-12", "e.action = 'short'"),
        "ls63": lambda: events_at(LEAD, *month(2026, 2)),
        "ls64": lambda: events_at(WASH, *H2_25, "e.action = 'rewash' AND e.plant = 'SZH-Wuzhong'"),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # one contract order per tp_contract event; one monthly_invoice order per tp_invoice event
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_contract'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'contract'")
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_invoice'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'monthly_invoice'")
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_invoice' AND action = 'overdue'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'monthly_invoice' AND status = 'unpaid'")
    # credit notes mirror the credits on claim decisions
    assert abs(one("SELECT sum(credit_usd) FROM events WHERE touchpoint_id = 'tp_claim_resolved'") + one(
        "SELECT sum(amount) FROM orders WHERE order_type = 'credit_note'")) < 0.5


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
