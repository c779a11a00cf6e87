"""Gold answers for the 清源 ClearLoop commercial waste & recycling held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "businesses" / "商户" = customer_id (one business site: a prospect, or a customer with a service
  agreement). Customer attributes (business_type / 行业, tier) come from customers.csv; the city of an event, an
  order or a comment is its own `city` column (the same as the customer's);
- funnels follow DATA.md: a customer reaches step k with an event (any action: a sales call nobody answered, an
  assessment where the customer was not there, a missed pickup are still events at their touchpoint) at step k's
  touchpoint after reaching step k-1, within the journey window from their first step-1 event in the period
  (call_to_agreement 45 d, online_to_agreement 30 d, onboarding 21 d); rates are per customer; the tolerance covers
  both readings (later steps allowed after the period end, or not), except where the question says later steps
  count. "Where do we lose the most" = the step whose next step is not reached by the most customers (the loss
  between k and k+1 is attributed to step k). A "by channel" online conversion keeps only step-1 events of that
  channel (events.channel: web / mini_program / comparison_site);
- per-event rates count event rows, period by the event's ts: missed share = tp_pickup rows `missed` / all tp_pickup
  rows (every scheduled collection is one row: completed, late or missed); late share = `late` / all; overweight
  share = rows with overweight = 'yes' / collected rows (completed + late; a missed pickup is not weighed); weights
  = weight_kg on collected rows; assessment no-show share = tp_site_assessment rows `no_show` / all its rows;
  contamination fee share = tp_contamination rows `fee_charged` / all its rows; late-paid share = tp_invoice rows
  `paid_late` / all tp_invoice rows (one row = one monthly invoice); renewal rate = tp_renewal rows `renewed` / all
  tp_renewal rows (by the renewal decision's ts); recollected share over tp_support rows of category missed_pickup;
- counts: sales calls = tp_sales_call rows (every dial, answered or not); online sign-ups = tp_online_signup rows
  (a form sent twice counts twice); agreements = tp_agreement rows; cancellations = tp_cancellation rows (one per
  customer, at the notice date); contamination notices = tp_contamination rows (warnings and fee notices); tickets
  = tp_support rows;
- money is USD (orders.amount, the group's reporting currency), `paid` orders only, period by orders.ts: monthly
  invoices = order_type `monthly_invoice` (dated the last day of the billing month), overweight surcharges =
  `overweight_surcharge` (dated at the pickup), contamination fees = `contamination_fee`, setup fees = `agreement`;
- zh top entities are the Chinese twins where the same table has one (行业 on customers, 漏收原因, 污染物, 问题类别,
  变更类型, 解约原因, 付款方式 on events) and en ones the English values (business_type, city, channel,
  ticket_category, cancel_reason ...) or touchpoint_id; a city is always the stored English value;
- feedback: "all data" includes rows without ts (account-review forms, WeChat group exports); topic counts by text
  markers with a 5 % tolerance (checked against _truth/feedback_truth.csv); NPS = share 9-10 minus share 0-6 (a
  fraction) by survey_wave; ticket CSAT = channel `ticket_csat`, onboarding survey = channel `onboarding_survey`;
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
    return f"FROM orders o WHERE 1=1 {kd} {st} {per} AND ({cond})"


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
Q3_25, Q2_26 = quarter(2025, 3), quarter(2026, 2)
ALL = (None, None)
(CALL, ONLINE, ASSESS, AGREE, DELIVERY, PICKUP, CONTAM, INVOICE, SUPPORT, CHANGE, RENEW, CANCEL) = (
    "tp_sales_call", "tp_online_signup", "tp_site_assessment", "tp_agreement", "tp_bin_delivery", "tp_pickup",
    "tp_contamination", "tp_invoice", "tp_support", "tp_service_change", "tp_renewal", "tp_cancellation")
MARKERS = {
    "missed": ["漏收", "missed collection"], "overweight": ["超重费", "overweight charge"], "noise": ["噪音", "noise"],
    "smell": ["异味", "smell"], "contamination": ["污染通知", "contamination notice"],
    "bin_damage": ["桶坏了", "broken bin"], "crew": ["司机师傅", "collection crew"],
    "invoice": ["账单看不懂", "confusing invoice"], "assessor": ["评估员", "assessor"],
    "delivery": ["送桶", "bin delivery"], "price": ["涨价", "price increase"],
    "report": ["回收报告", "recycling report"], "sales": ["推销电话", "sales calls"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
COLLECTED = "e.action IN ('completed', 'late')"
ONLINE_CH = ["web", "mini_program", "comparison_site"]


def gold():
    return {
        # ---- funnels and conversion
        "wc01": lambda: conv("online_to_agreement", *Y25),
        "wc02": lambda: conv("online_to_agreement", *H1_26),
        "wc03": lambda: rank_conv("online_to_agreement", *Y25, "e.channel", ONLINE_CH, margin=2.0),
        "wc04": lambda: conv("online_to_agreement", *Y25, "e.channel = 'comparison_site'"),
        "wc05": lambda: conv("call_to_agreement", *Y25),
        "wc06": lambda: top_lost("call_to_agreement", *Y25, margin=1.5),
        "wc07": lambda: conv_open("onboarding", *H1_25),
        "wc08": lambda: events_at(CALL, *Y25),
        "wc09": lambda: events_at(ASSESS, *Q3_25, "e.action = 'completed'"),
        "wc10": lambda: events_share(ASSESS, "e.action = 'no_show'", *Y25),
        "wc11": lambda: events_at(AGREE, *Y25),
        "wc12": lambda: events_avg(AGREE, "e.monthly_fee_usd", *Y25),
        "wc13": lambda: events_median(DELIVERY, "e.days_from_agreement", *Y25, "e.action = 'delivered'"),
        # ---- pickups
        "wc14": lambda: events_share(PICKUP, "e.action = 'missed'", *month(2026, 3)),
        "wc15": lambda: events_share(PICKUP, "e.action = 'missed'", *month(2026, 2)),
        "wc16": lambda: top_events_avg(PICKUP, "e.city", "(e.action = 'missed')::int", *month(2026, 3), margin=3),
        "wc17": lambda: events_share(PICKUP, "e.action = 'missed'", *month(2026, 3), "e.city = 'Guangzhou'"),
        "wc18": lambda: top_events_count(PICKUP, 'e."漏收原因"', *month(2026, 3), "e.action = 'missed'", margin=1.8),
        "wc19": lambda: events_share(PICKUP, "e.action = 'missed'", *Y25),
        "wc20": lambda: events_share(PICKUP, "e.action = 'late'", *Y25),
        "wc21": lambda: events_avg(PICKUP, "e.minutes_late", *Y25, "e.action = 'late'"),
        "wc22": lambda: events_share(PICKUP, "e.overweight = 'yes'", *month(2025, 12),
                                     f"{COLLECTED} AND c.business_type = 'restaurant'"),
        "wc23": lambda: top_events_avg(PICKUP, 'c."行业"', "(e.overweight = 'yes')::int", *Y25, COLLECTED,
                                       margin=1.3),
        "wc24": lambda: events_sum(PICKUP, "e.weight_kg", *Y25, COLLECTED),
        "wc25": lambda: events_at(PICKUP, "2026-06-01", "2026-06-07", "e.city = 'London'"),
        # ---- contamination
        "wc26": lambda: events_at(CONTAM, *Y25),
        "wc27": lambda: top_events_count(CONTAM, "e.city", *Y25, margin=2.0),
        "wc28": lambda: top_events_count(CONTAM, 'e."污染物"', None, None, margin=1.5),
        "wc29": lambda: top_events_count(CONTAM, "c.business_type", None, None, margin=2.0),
        "wc30": lambda: events_share(CONTAM, "e.action = 'fee_charged'", *Y25),
        # ---- money
        "wc31": lambda: revenue(*Y25, "monthly_invoice"),
        "wc32": lambda: top_revenue("o.city", *Y25, "monthly_invoice", margin=1.3),
        "wc33": lambda: revenue(*Y25, "overweight_surcharge"),
        "wc34": lambda: revenue(*month(2025, 12), "overweight_surcharge"),
        "wc35": lambda: revenue_change(H1_25, H1_26, "monthly_invoice"),
        "wc36": lambda: events_share(INVOICE, "e.action = 'paid_late'", *Y25),
        "wc37": lambda: top_events_avg(INVOICE, 'e."付款方式"', "(e.action = 'paid_late')::int", *Y25, margin=1.5),
        "wc38": lambda: orders_count(*Y25, "monthly_invoice", status="unpaid"),
        "wc39": lambda: revenue(*H2_25, "contamination_fee"),
        "wc40": lambda: events_avg(INVOICE, "e.days_to_pay", *Y25,
                                   "e.payment_method = 'bank_transfer' AND e.days_to_pay IS NOT NULL"),
        # ---- tickets
        "wc41": lambda: top_events_count(SUPPORT, 'e."问题类别"', *Y25, margin=1.5),
        "wc42": lambda: top_events_count(SUPPORT, "e.ticket_category", *Y25, "e.ticket_category <> 'missed_pickup'",
                                         margin=1.3),
        "wc43": lambda: events_median(SUPPORT, "e.resolution_hours", *Y25, "e.ticket_category = 'missed_pickup'"),
        "wc44": lambda: events_at(SUPPORT, *month(2026, 3), "e.ticket_category = 'missed_pickup' AND "
                                                            "e.city = 'Guangzhou'"),
        "wc45": lambda: events_share(SUPPORT, "e.recollected = 'same_day'", *Y25,
                                     "e.ticket_category = 'missed_pickup'"),
        # ---- renewals, cancellations, changes
        "wc46": lambda: events_share(RENEW, "e.action = 'renewed'", *Y25),
        "wc47": lambda: events_share(RENEW, "e.action = 'renewed'", *H1_26, "e.city = 'Guangzhou'"),
        "wc48": lambda: top_events_count(CANCEL, 'e."解约原因"', *H1_26, margin=1.3),
        "wc49": lambda: top_events_count(CANCEL, "e.cancel_reason", *Y25, margin=1.2),
        "wc50": lambda: events_at(CANCEL, *Y25),
        "wc51": lambda: top_events_count(CHANGE, 'e."变更类型"', *Y25, margin=1.3),
        # ---- feedback
        "wc52": lambda: top_fb_count("f.touchpoint_id", T["overweight"], margin=4),
        "wc53": lambda: fb_count(T["overweight"]),
        "wc54": lambda: fb_count(T["missed"], _in("f.ts", "2026-03-01", "2026-04-30")),
        "wc55": lambda: top_fb_count("f.city", T["noise"], margin=5),
        "wc56": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2026-06'"),
        "wc57": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2025-06'"),
        "wc58": lambda: fb_avg(f"f.channel = 'onboarding_survey' AND {_in('f.ts', *Y25)}"),
        "wc59": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'ticket_csat' AND {_in('f.ts', *H1_26)}"),
        "wc60": lambda: feedback_ids(T["crew"]),
        "wc61": lambda: fb_count(T["smell"]),
        "wc62": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2026-06' AND f.city = 'Guangzhou'"),
        # ---- relative periods (as_of)
        "wc63": lambda: events_at(AGREE, *month(2026, 4)),
        "wc64": lambda: revenue(*Q2_26, "overweight_surcharge"),
        "wc65": lambda: events_at(PICKUP, "2026-03-09", "2026-03-15", "e.action = 'missed'"),
        "wc66": lambda: events_at(ONLINE, *month(2026, 1)),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # one agreement order per tp_agreement event
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_agreement'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'agreement'")
    # one monthly_invoice order per tp_invoice event, unpaid ones agree
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_invoice'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'monthly_invoice'")
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_invoice' AND action = 'unpaid'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'monthly_invoice' AND status = 'unpaid'")
    # one surcharge per overweight pickup
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_pickup' AND overweight = 'yes'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'overweight_surcharge'")


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
