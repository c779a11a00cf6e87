"""Gold answers for the 扶行 StrideCare mobility-aid held-out batch, from plain DuckDB SQL over the raw CSVs written
by generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "people" / "客户" / "患者" = customer_id (the person who uses the aid; a carer often speaks for them).
  Customer attributes (segment = post_surgery / long_term_care / palliative, acquisition_channel, payer_type,
  condition, mobility) come from customers.csv; the city of an event, order or comment is its own `city` column;
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint (any action: an
  unreachable assessment call, a fitting no-show, a failed delivery attempt are still events there) after reaching
  step k-1, within the journey window from their first step-1 event in the period (enquiry_to_contract 21 d,
  enquiry_to_delivery 30 d); rates per customer; the tolerance covers both readings (later steps allowed after the
  period end or not). "Where do we lose the most people" = the step whose next step is not reached by the most
  customers (the loss between k and k+1 is attributed to step k). A "by channel" conversion keeps only step-1 events
  of that events.channel (discharge_referral, pharmacy_partner, web_search, wechat, phone);
- per-event rates count event rows, period by the event's ts: late-delivery share = tp_delivery `delivered_late`
  over the rows the question names (all delivery visits incl. failed attempts, unless it says "completed
  deliveries"); fitting no-show share = `no_show` / all tp_fitting rows; refit share = `refit_needed` / all
  tp_fitting rows; unreachable share = `unreachable` / all tp_assessment_call rows; first-visit fix rate =
  `fixed_first_visit` / breakdown visits (visit_type = breakdown); missed-pickup share = `missed_by_team` / all
  tp_return_pickup rows; damaged share = condition damaged or missing_parts / `collected` rows;
- counts: completed deliveries = tp_delivery delivered_on_time + delivered_late; contracts = tp_contract rows
  (rental_signed / purchase_signed); enquiries = tp_enquiry rows (one per new customer); breakdown visits =
  tp_maintenance rows with visit_type breakdown (follow-up visits for parts are visit_type follow_up); scheduled
  services = action `serviced`; buy-outs = tp_buyout rows; calls = tp_support_call rows by call_reason;
- money is USD (orders.amount; `currency` / `amount_local` keep what was charged), `paid` orders only, period by
  orders.ts; order_type purchase (sale), rental (a 4-week invoice, billed in advance), buyout, repair, damage_fee;
  "revenue / income" with no type = every paid order;
- zh top entities are the Chinese twins where the same table has one (未签约原因, 延误原因, 未送达原因, 故障类型,
  来电原因, 归还原因, 产品类别, 适配地点 on events) and en ones the English values or touchpoint_id; a city is always
  its stored (English) value;
- feedback: "all data" includes the undated comment cards; topic counts by text markers with a 5 % tolerance
  (checked against _truth/feedback_truth.csv); NPS = share 9-10 minus share 0-6 (a fraction) by survey_wave;
  post-delivery surveys = channel sms_survey / wechat_survey at tp_delivery;
- exact duplicate event rows (field-app re-sends) are loaded once; periods are inclusive calendar dates; relative
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
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', "
                "header=true, sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1, "
                    "all_varchar=true)")


def q(sql):
    return CON.execute(sql).fetchall()


def one(sql):
    return q(sql)[0][0]


def _in(col, start, end):
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    esc = [w.lower().replace("'", "''") for w in words]
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w}%'" for w in esc) + ")"


def _lead(rows, margin, lowest=False):
    """the winner must clearly beat the runner-up (ratio `margin`)."""
    a, b = rows[0][1], rows[1][1]
    ok = (b > a * margin) if lowest else (a > b * margin)
    assert ok, rows[:4]


def _count(n):
    return dict(value=int(n), tolerance=0.5)


def _rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def _rate2(a, b):
    """a rate with two defensible readings: the tolerance covers both."""
    return dict(value=round(float(a), 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


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


def conv(journey, start, end, first_cond="1=1", full_window=False):
    """share of step-1 customers reaching the last step; `full_window`: the question says later steps may fall
    after the period end, so only that reading counts."""
    vals = []
    for b in (False, True):
        c = funnel(journey, start, end, bounded=b, first_cond=first_cond)
        vals.append(c[-1] / c[0])
    return _rate(vals[0]) if full_window else _rate2(vals[0], vals[1])


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


def top_lost(journey, start, end, margin=1.2, first_cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, first_cond=first_cond)
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


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, by, num, start, end, cond="1=1", margin=1.2, min_n=30, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::double) r, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}")
    _lead(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


# ---------- orders (money = paid, USD) ----------

def _ord(start, end, types, status="paid", cond="1=1"):
    per = f"AND {_in('o.ts', start, end)}" if start else ""
    tcond = "AND o.order_type IN ({})".format(", ".join(f"'{t}'" for t in types)) if types else ""
    scond = f"AND o.status = '{status}'" if status else ""
    return f"FROM orders o WHERE 1=1 {per} {tcond} {scond} AND ({cond})"


def revenue(start, end, types=None, cond="1=1"):
    return _money(one(f"SELECT coalesce(sum(o.amount), 0) {_ord(start, end, types, cond=cond)}"))


def orders_count(start, end, types=None, status=None, cond="1=1"):
    return _count(one(f"SELECT count(*) {_ord(start, end, types, status, cond)}"))


def orders_avg(start, end, types=None, status="paid", cond="1=1"):
    return _num(one(f"SELECT avg(o.amount) {_ord(start, end, types, status, cond)}"))


def revenue_change(p0, p1, types=None, cond="1=1"):
    a = one(f"SELECT sum(o.amount) {_ord(*p0, types, cond=cond)}")
    b = one(f"SELECT sum(o.amount) {_ord(*p1, types, cond=cond)}")
    return _rate((b - a) / a)


def top_revenue(by, start, end, types=None, margin=1.1):
    rows = q(f"SELECT {by}, sum(o.amount) s {_ord(start, end, types)} GROUP BY 1 ORDER BY s DESC")
    _lead(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def _has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def _check_topic(cond, topic):
    extra = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE {cond} AND truth.topic <> '{topic}'")
    missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                 f"WHERE truth.topic = '{topic}' AND NOT ({cond})")
    assert extra == 0 and missed == 0, (topic, extra, missed)


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=int(n), tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(float(v), 3), tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_score(cond):
    return _rate(one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
                     f"WHERE f.nps IS NOT NULL AND {cond}"))


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, touchpoints, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
JAN_MAY_25, JAN_MAY_26 = ("2025-01-01", "2025-05-31"), ("2026-01-01", "2026-05-31")
Q1_25, Q4_25, Q1_26 = quarter(2025, 1), quarter(2025, 4), quarter(2026, 1)
MAR26 = month(2026, 3)
ALL = (None, None)
(ENQ, ASSESS, FIT, QUOTE, CONTRACT, DELIV, MAINT, CALL, RETURN, BUYOUT) = (
    "tp_enquiry", "tp_assessment_call", "tp_fitting", "tp_quote_followup", "tp_contract", "tp_delivery",
    "tp_maintenance", "tp_support_call", "tp_return_pickup", "tp_buyout")
MARKERS = {"late_delivery": ["送货迟到", "delivery was late"], "deposit": ["押金", "deposit"],
           "no_callback": ["没人回电话", "nobody called me back"], "battery": ["电池", "battery"],
           "missed_pickup": ["没来取", "didn't turn up to collect"], "bed_setup": ["床没装好", "bed wasn't set up"],
           "repair_wait": ["维修等了", "waited for the engineer"], "too_heavy": ["太重", "too heavy"],
           "price": ["太贵", "too expensive"], "fitter_praise": ["适配师", "the fitter"],
           "crew_praise": ["送货师傅", "delivery crew"], "billing": ["多扣", "charged twice"]}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}
CHANNELS = ["discharge_referral", "pharmacy_partner", "web_search", "wechat", "phone"]
DELIVERED = "e.action IN ('delivered_on_time', 'delivered_late')"
CN_CITIES = "o.city IN ('Shanghai', 'Guangzhou', 'Chengdu')"
POST_DELIVERY = "f.channel IN ('sms_survey', 'wechat_survey') AND f.touchpoint_id = 'tp_delivery'"


def late_share(start, end, cond="1=1", completed_only=False):
    base = DELIVERED if completed_only else "1=1"
    return events_share(DELIV, "e.action = 'delivered_late'", start, end, f"({cond}) AND {base}")


def gold():
    return {
        # ---- intake funnels
        "ma01": lambda: conv("enquiry_to_contract", *Y25),
        "ma02": lambda: conv("enquiry_to_contract", *JAN_MAY_26),
        "ma03": lambda: rank_conv("enquiry_to_contract", *Y25, "e.channel", CHANNELS, margin=1.3),
        "ma04": lambda: conv("enquiry_to_contract", *Y25, "e.channel = 'web_search'"),
        "ma05": lambda: top_lost("enquiry_to_contract", *Y25, margin=1.5, first_cond="e.channel = 'web_search'"),
        "ma06": lambda: conv("enquiry_to_delivery", *Y25, "e.channel = 'discharge_referral'"),
        "ma07": lambda: conv("enquiry_to_delivery", *Q4_25, full_window=True),
        "ma08": lambda: top_lost("enquiry_to_delivery", *Y25, margin=1.15),
        "ma09": lambda: events_at(ASSESS, *Y25, "e.action = 'unreachable'"),
        "ma10": lambda: events_share(ASSESS, "e.action = 'unreachable'", *Y25, "c.acquisition_channel = 'web_search'"),
        # ---- fitting, quotes, contracts
        "ma11": lambda: top_events_avg(FIT, "e.fitting_location", "e.action = 'no_show'", *Y25, margin=2.0),
        "ma12": lambda: events_share(FIT, "e.action = 'no_show'", *Y25, "e.fitting_location = 'showroom'"),
        "ma13": lambda: events_share(FIT, "e.action = 'refit_needed'", *Y25),
        "ma14": lambda: top_events_count(QUOTE, 'e."未签约原因"', *Y25, "e.action = 'declined'", margin=1.4),
        "ma15": lambda: events_at(QUOTE, *Q1_26, "e.action = 'declined'"),
        "ma16": lambda: events_at(CONTRACT, *Y25, "e.action = 'rental_signed'"),
        "ma17": lambda: events_share(CONTRACT, "e.action = 'purchase_signed'", *Y25),
        "ma18": lambda: events_avg(CONTRACT, "e.rental_weeks_planned", *Y25, "c.segment = 'post_surgery'"),
        "ma19": lambda: top_events_count(CONTRACT, "e.product_category", *Y25, margin=1.1),
        # ---- delivery
        "ma20": lambda: late_share(*MAR26),
        "ma21": lambda: top_events_avg(DELIV, "e.city", "e.action = 'delivered_late'", *MAR26, margin=2.5),
        "ma22": lambda: late_share(*MAR26, "e.city = 'London'"),
        "ma23": lambda: top_events_count(DELIV, 'e."延误原因"', *MAR26, "e.action = 'delivered_late' AND "
                                                                     "e.city = 'London'", margin=2.5),
        "ma24": lambda: events_avg(DELIV, "e.hours_late", *Y25, "e.action = 'delivered_late'"),
        "ma25": lambda: events_at(DELIV, *Y25, "e.action = 'failed_attempt'"),
        "ma26": lambda: top_events_count(DELIV, "e.failed_reason", *ALL, "e.action = 'failed_attempt'", margin=1.5),
        "ma27": lambda: late_share("2026-03-09", "2026-03-15"),
        "ma28": lambda: late_share(*Y25, completed_only=True),
        # ---- maintenance
        "ma29": lambda: top_events_count(MAINT, "e.issue_type", *ALL, "e.visit_type = 'breakdown' AND "
                                                                      "e.product_category = 'mobility_scooter'", margin=2),
        "ma30": lambda: top_events_count(MAINT, 'e."故障类型"', *ALL, "e.visit_type = 'breakdown' AND "
                                                                    "e.product_category = 'hospital_bed'", margin=1.3),
        "ma31": lambda: events_share(MAINT, "e.action = 'fixed_first_visit'", *Y25, "e.visit_type = 'breakdown'"),
        "ma32": lambda: events_avg(MAINT, "e.response_hours", *Y25, "e.visit_type = 'breakdown'"),
        "ma33": lambda: top_events_avg(MAINT, "e.city", "e.response_hours", *Y25, "e.visit_type = 'breakdown'",
                                       margin=1.3),
        "ma34": lambda: events_at(MAINT, *H2_25, "e.action = 'serviced'"),
        # ---- returns, deposits, buy-outs, calls
        "ma35": lambda: events_avg(RETURN, "e.deposit_refund_days", *JAN_MAY_26, "e.action = 'collected'"),
        "ma36": lambda: events_avg(RETURN, "e.deposit_refund_days", *Y25, "e.action = 'collected'"),
        "ma37": lambda: events_share(RETURN, "e.action = 'missed_by_team'", *Y25),
        "ma38": lambda: events_share(RETURN, "e.condition IN ('damaged', 'missing_parts')", *Y25,
                                     "e.action = 'collected'"),
        "ma39": lambda: top_events_count(RETURN, "e.return_reason", *ALL, "e.action = 'collected' AND "
                                                                          "c.segment = 'palliative'", margin=1.5),
        "ma40": lambda: events_at(CALL, *JAN_MAY_26, "e.call_reason = 'deposit_refund'"),
        "ma41": lambda: top_events_count(CALL, 'e."来电原因"', *Y25, margin=1.2),
        "ma42": lambda: events_at(BUYOUT, *Y25),
        "ma43": lambda: events_avg(BUYOUT, "e.weeks_rented", *ALL),
        # ---- money
        "ma44": lambda: revenue(*Y25, ["rental"]),
        "ma45": lambda: revenue(*Y25, ["purchase"]),
        "ma46": lambda: revenue(*Q1_26),
        "ma47": lambda: top_revenue("o.city", *Y25, margin=1.1),
        "ma48": lambda: revenue(*Y25, ["damage_fee"]),
        "ma49": lambda: orders_count(*Y25, ["rental"], "unpaid"),
        "ma50": lambda: revenue_change(JAN_MAY_25, JAN_MAY_26, ["rental"]),
        "ma51": lambda: revenue(*Y25, None, CN_CITIES),
        # ---- feedback
        "ma52": lambda: top_fb_count("f.touchpoint_id", T["deposit"], margin=1.8),
        "ma53": lambda: fb_count(T["deposit"]),
        "ma54": lambda: fb_count(T["late_delivery"], _in("f.ts", *MAR26)),
        "ma55": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2026-Q2'"),
        "ma56": lambda: nps_score("f.channel = 'nps_survey' AND f.survey_wave = '2025-Q4'"),
        "ma57": lambda: fb_avg(f"{POST_DELIVERY} AND {_in('f.ts', *Y25)}"),
        "ma58": lambda: fb_ratio("f.rating <= 2", f"f.touchpoint_id = 'tp_maintenance' AND f.rating IS NOT NULL AND "
                                                  f"{_in('f.ts', *Y25)}"),
        "ma59": lambda: feedback_ids(f"{T['fitter_praise']} AND {_in('f.ts', *Q1_26)}"),
        "ma60": lambda: fb_count(T["battery"]),
        "ma61": lambda: fb_avg("f.channel = 'comment_card'"),
        # ---- relative periods (as_of)
        "ma62": lambda: events_at(DELIV, *MAR26, DELIVERED),
        "ma63": lambda: events_at(ENQ, *month(2026, 5)),
        "ma64": lambda: late_share(*Q4_25),
        "ma65": lambda: events_at(MAINT, "2025-11-10", "2025-11-16", "e.visit_type = 'breakdown'"),
        "ma66": lambda: revenue("2026-01-01", "2026-05-31", ["rental"]),
    }


def checks():
    for topic, cond in T.items():
        _check_topic(cond, topic)
    # every enquiry is a new customer's first event
    assert one("SELECT count(*) - count(DISTINCT customer_id) FROM events WHERE touchpoint_id = 'tp_enquiry'") == 0
    # a buy-out order for every buy-out event
    assert one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_buyout'") == one(
        "SELECT count(*) FROM orders WHERE order_type = 'buyout'")


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
