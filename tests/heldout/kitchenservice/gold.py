"""Gold answers for the 炉安 HearthGuard Kitchen Services held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "sites" / "客户" / "门店" = customer_id (one kitchen: a prospect, or a site with a maintenance
  contract). business_type / 业态, canteen_type / 食堂类型, tier / 套餐 come from customers.csv (the tier is the
  site's current plan; plans do not change during a contract); the city of an event, order or comment is its own
  `city` column (the same as the customer's);
- funnels follow DATA.md: a customer reaches step k with an event of any action at step k's touchpoint (a call
  where they said no, a rescheduled audit, a revised quote, a cancelled breakdown report are all events at their
  touchpoint) after reaching step k-1, within the journey window from their first step-1 event in the period
  (call_to_contract 60 d, distributor_to_contract 60 d, breakdown_to_fix 14 d); rates are per customer; the
  tolerance covers both readings (later steps allowed after the period end, or not). "Where do we lose the most" =
  the step whose next step is not reached by the most customers (attributed to step k). A by-channel distributor
  conversion keeps only step-1 events of that channel (events.channel on tp_distributor_lead);
- per-event rates count event rows, period by the event's ts: backorder share = tp_parts_order rows `backorder` / all
  its rows; first-time-fix rate = tp_engineer_visit rows `fixed` / all its rows (one row = the first attendance on a
  ticket); SLA met share = tp_engineer_visit rows with sla_met / all of them (of the priority asked); repeat-fault
  share = tp_fix_check rows `repeat_fault` / all tp_fix_check rows; PPM no-access share = tp_ppm_visit rows
  `no_access` / all its rows; audit reschedule share = tp_site_audit rows `rescheduled` / all its rows; certificate
  fail share = tp_compliance_cert rows `failed` / all its rows; paid-late share = tp_invoice rows `paid_late` / all
  tp_invoice rows (one row = one invoice = one order; `open` = unpaid, not yet due at the extract; `overdue` =
  unpaid past due; `waived` = callout fee written off); renewal rate = tp_renewal `renewed` / all tp_renewal rows
  (by the decision's ts);
- counts: sales calls = tp_sales_call rows (a call-back counts again); breakdown reports = tp_breakdown_call rows
  (cancelled ones included unless the question excludes them); contracts = tp_contract rows; PPM visits =
  tp_ppm_visit rows (a revisit after no access counts again);
- money is CNY (orders.amount, the group's reporting currency), `paid` orders only unless the question says unpaid /
  waived, period by orders.ts (the invoice date): plan fees = order_type `plan_fee`, callout fees = `callout_fee`,
  parts = `parts`;
- zh top entities are the Chinese twins where the same table has one (业态, 食堂类型, 套餐 on customers; 设备类型,
  证书类型, 付款方式, 未完成原因, 未续约原因 on events) and en ones the English values or touchpoint_id; a city is
  always its stored English value (events / orders / feedback `city`); a plan tier asked about events uses
  events.plan_tier (English);
- feedback: "all data" includes rows without ts (account-review forms, WeChat service-group exports); topic counts
  by text markers with a 5 % tolerance (checked against _truth/feedback_truth.csv); NPS = share 9-10 minus share
  0-6 (a fraction) by survey_wave; post-repair CSAT = channel `csat_sms`;
- exact duplicate event rows (field-app resync) are loaded once; periods are inclusive calendar dates; relative
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


def events_median(tp, col, start, end, cond="1=1", floor=0.05):
    return _num(one(f"SELECT median({col}) {_ev(tp, start, end, cond)}"), 0.02, floor)


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
(CALL, LEAD, AUDIT, QUOTE, CONTRACT, PPM, BREAK, VISIT, PARTS, DONE, CHECK, CERT, INVOICE, RENEW) = (
    "tp_sales_call", "tp_distributor_lead", "tp_site_audit", "tp_plan_quote", "tp_contract", "tp_ppm_visit",
    "tp_breakdown_call", "tp_engineer_visit", "tp_parts_order", "tp_repair_complete", "tp_fix_check",
    "tp_compliance_cert", "tp_invoice", "tp_renewal")
MARKERS = {"waiting_parts": ["等配件", "waiting for parts"], "no_part": ["没带配件", "without the part"],
           "engineer_late": ["迟到", "turned up late"], "callout_fee": ["上门费", "callout fee"],
           "certificate": ["证书", "certificate"], "repeat_fault": ["又坏了", "broke down again"],
           "praise": ["点赞", "great job"], "mess": ["油污", "left a mess"], "holiday": ["放假", "holidays"],
           "price_rise": ["涨价", "price rise"], "too_expensive": ["太贵", "too expensive"],
           "hotline": ["电话打不通", "couldn't get through"]}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
LEAD_CH = ["partner_portal", "email", "wechat", "trade_show"]


def gold():
    nov25, oct25, dec25, aug25 = month(2025, 11), month(2025, 10), month(2025, 12), month(2025, 8)
    jf26 = ("2026-01-01", "2026-02-28")
    return {
        # ---- acquisition
        "ks01": lambda: conv("call_to_contract", *Y25),
        "ks02": lambda: conv("distributor_to_contract", *Y25),
        "ks03": lambda: rank_conv("distributor_to_contract", *Y25, "e.channel", LEAD_CH, margin=3.0),
        "ks04": lambda: conv("distributor_to_contract", *Y25, "e.channel = 'trade_show'"),
        "ks05": lambda: top_lost("call_to_contract", *Y25, margin=1.5),
        "ks06": lambda: conv("distributor_to_contract", *H1_25, upto=2),
        "ks07": lambda: events_at(CALL, *quarter(2025, 3)),
        "ks08": lambda: events_at(CALL, *Y25, "e.action = 'audit_booked'"),
        "ks10": lambda: events_at(QUOTE, *Y25, "e.action = 'revised'"),
        "ks11": lambda: events_at(CONTRACT, *Y25),
        "ks12": lambda: events_avg(CONTRACT, "e.annual_fee_cny", *Y25),
        "ks13": lambda: top_events_count(CONTRACT, "e.plan_tier", *Y25, margin=1.15),
        # ---- breakdowns, engineers, parts
        "ks14": lambda: events_share(PARTS, "e.action = 'backorder'", *nov25),
        "ks15": lambda: events_share(PARTS, "e.action = 'backorder'", *oct25),
        "ks16": lambda: events_share(VISIT, "e.action = 'fixed'", *Y25),
        "ks17": lambda: top_events_avg(VISIT, 'e."设备类型"', "(e.action = 'fixed')::int", *Y25, lowest=True,
                                       margin=1.25),
        "ks18": lambda: events_share(VISIT, "e.action = 'fixed'", *Y25, "e.equipment_type = 'combi_oven'"),
        "ks19": lambda: top_events_count(BREAK, "e.equipment_type", *Y25, margin=1.1),
        "ks20": lambda: events_at(BREAK, *Y25),
        "ks21": lambda: events_share(VISIT, "e.sla_met", *Y25, "e.priority = 'P1'"),
        "ks22": lambda: top_events_avg(VISIT, "e.city", "e.sla_met::int", *jf26, "e.priority = 'P1'", lowest=True, min_n=15,
                                       margin=1.5),
        "ks23": lambda: events_share(VISIT, "e.sla_met", *jf26, "e.priority = 'P1' AND e.city = 'Toronto'"),
        "ks24": lambda: events_avg(VISIT, "e.response_hours", *Y25, "e.priority = 'P2'"),
        "ks25": lambda: events_avg(DONE, "e.days_to_fix", *dec25),
        "ks26": lambda: events_share(CHECK, "e.action = 'repeat_fault'", *Y25),
        "ks27": lambda: events_share(CHECK, "e.action = 'repeat_fault'", *Y25, "e.city = 'Wuhan'"),
        "ks28": lambda: events_at(BREAK, *quarter(2026, 1), "e.channel = 'app'"),
        "ks29": lambda: events_share(BREAK, "e.device = 'android'", *Y25, "e.channel = 'app'"),
        "ks30": lambda: events_avg(PARTS, "e.part_cost_cny", *Y25, "e.equipment_type = 'combi_oven'"),
        # ---- PPM and certificates
        "ks31": lambda: events_at(PPM, *Y25),
        "ks32": lambda: events_share(PPM, "e.action = 'no_access'", *aug25, "c.canteen_type = 'school'"),
        "ks33": lambda: events_share(PPM, "e.action = 'no_access'", *aug25),
        "ks34": lambda: top_events_count(PPM, "e.no_access_reason", None, None, "e.action = 'no_access'",
                                         margin=1.2),
        "ks35": lambda: top_events_avg(CERT, 'e."证书类型"', "(e.action = 'failed')::int", *Y25, margin=1.4),
        "ks36": lambda: events_at(CERT, *Y25, "e.action = 'issued'"),
        "ks37": lambda: events_share(CERT, "e.days_after_due > 0", *Y25, "e.action = 'issued'"),
        # ---- money
        "ks38": lambda: revenue(*Y25, "plan_fee"),
        "ks39": lambda: revenue(*Y25, "callout_fee"),
        "ks40": lambda: top_revenue("o.city", *Y25, None, margin=1.25),
        "ks41": lambda: top_events_avg(INVOICE, 'c."业态"', "(e.action = 'paid_late')::int", *Y25, margin=2.0),
        "ks42": lambda: events_share(INVOICE, "e.action = 'paid_late'", *Y25),
        "ks43": lambda: orders_count(*Y25, "callout_fee", status="cancelled"),
        "ks44": lambda: revenue(None, None, None, status="unpaid"),
        "ks45": lambda: revenue_change(quarter(2025, 1), quarter(2026, 1), None),
        "ks46": lambda: events_avg(INVOICE, "e.days_to_pay", *Y25,
                                   "c.business_type = 'canteen' AND e.days_to_pay IS NOT NULL"),
        # ---- renewals
        "ks47": lambda: events_share(RENEW, "e.action = 'renewed'", *Y25),
        "ks48": lambda: events_share(RENEW, "e.action = 'renewed'", *Y25, "e.plan_tier = 'essential'"),
        "ks49": lambda: top_events_count(RENEW, "e.not_renewed_reason", None, None, "e.action = 'not_renewed'",
                                         margin=1.4),
        "ks50": lambda: events_at(RENEW, *Y25, "e.action = 'not_renewed'"),
        # ---- feedback
        "ks51": lambda: top_fb_count("f.touchpoint_id", T["no_part"], margin=4),
        "ks52": lambda: fb_count(T["no_part"]),
        "ks53": lambda: top_fb_count("c.tier", T["callout_fee"], margin=1.3),
        "ks54": lambda: fb_count(T["waiting_parts"], _in("f.ts", "2025-11-01", "2025-12-31")),
        "ks55": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2025-12'"),
        "ks56": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2024-12'"),
        "ks57": lambda: fb_avg(f"f.channel = 'csat_sms' AND {_in('f.ts', *Y25)}"),
        "ks58": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'csat_sms' AND f.rating IS NOT NULL AND "
                                                  f"{_in('f.ts', *Y25)}"),
        "ks59": lambda: feedback_ids(T["praise"]),
        "ks60": lambda: top_fb_count('c."食堂类型"', T["holiday"], margin=3),
        "ks61": lambda: fb_ratio(T["too_expensive"], "f.channel = 'lost_deal_survey'"),
        "ks62": lambda: fb_count(T["price_rise"]),
        # ---- relative periods (as_of)
        "ks63": lambda: events_at(BREAK, "2026-03-09", "2026-03-15"),
        "ks64": lambda: events_at(CONTRACT, *month(2026, 3)),
        "ks65": lambda: revenue(*quarter(2025, 4), "plan_fee"),
        "ks66": lambda: events_at(PARTS, *H2_25, "e.action = 'backorder'"),
        "ks67": lambda: events_at(VISIT, "2026-01-01", "2026-04-30", "e.priority = 'P1' AND NOT e.sla_met"),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # one order per tp_invoice event, statuses consistent
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_invoice'") == one("SELECT count(*) FROM orders")
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_invoice' AND action IN ('open', 'overdue')") \
        == one("SELECT count(*) FROM orders WHERE status = 'unpaid'")
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_invoice' AND action = 'waived'") == one(
        "SELECT count(*) FROM orders WHERE status = 'cancelled'")


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
