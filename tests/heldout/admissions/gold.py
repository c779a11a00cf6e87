"""Gold answers for the 明德学院 Mingde College online-admissions held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "applicant" / "people" / "visitors" = customers (customer_id); every customer has at most one application, so
  per-applicant and per-application rates are the same; counts of events (page views, orders) are said as such;
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window (lead 14 d, application 30 d, selection 60 d, enrolment 45 d) from their first step-1
  event in the period; rates are per customer; the tolerance covers both readings (later steps allowed after the
  period end, or not). "After which step do we lose the most" = the step reached whose next step is not reached,
  largest count (users lost between step k and k+1 are attributed to step k);
- step rates outside a journey (e.g. "started an application in 2025 and uploaded transcripts") count customers whose
  first event at A is in the period and look for an event at B after it at any time (or within the stated days);
  groups (region, lead source, undergrad tier, programme, programme type) come from the customers table;
- offer acceptance / yield = customers with a `tp_offer` event (in the period, or of the named intake) who have a
  later `tp_offer_accept` (= accepted and paid the tuition deposit); offer rate = customers interviewed in the
  period who got a `tp_offer` (not `tp_rejection`);
- times between steps = per customer, first B ts - first A ts, period on the date of A (on the date of B for
  "enrolled in 2025"); "more than 14 days" = strictly > 14 * 24 h; medians are exact medians;
- money = orders with status `paid` (cancelled = failed fee payment, refunded = deposit returned are no revenue);
  application fees are `order_type = 'application_fee'`, deposits `tuition_deposit`; order counts that "include
  failed attempts" count all statuses; paying applicants = distinct customers with a paid order;
- zh questions about a group are checked against the Chinese twin column (项目, 生源地区, 线索来源, 本科层次),
  en questions against the English one (programme, applicant_region, lead_source, undergrad_tier);
- feedback: topic counts by text markers (generate.MARKERS, verified there against the generator's topic) with a 5 %
  tolerance; "in H1 2026" counts dated rows only, "all feedback" includes rows without a date; negative =
  `sentiment_label = 'neg'`; post-interview survey rating = channel `survey` rows with a rating (the post-application
  survey has `nps` and no rating);
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import MARKERS  # noqa: E402

CON: duckdb.DuckDBPyConnection


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    for tp in ("tp_register", "tp_app_start", "tp_transcript_upload", "tp_fee_payment", "tp_interview_scheduled",
               "tp_interview", "tp_offer", "tp_offer_accept", "tp_enrol"):
        assert CON.execute(f"SELECT count(*) = count(DISTINCT customer_id) FROM events WHERE touchpoint_id = '{tp}'"
                           ).fetchone()[0], tp


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM fev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.25, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per-customer step rates and durations ----------

def _first(tp):
    return f"(SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = '{tp}' GROUP BY 1)"


def step_rows(a_tp, b_tp, start, end, cond="1=1", by=None, within=None):
    win = f"AND b.t <= a.t + INTERVAL {within} DAY" if within else ""
    sel = f"{by}, " if by else ""
    return q(f"""SELECT {sel}avg((b.customer_id IS NOT NULL)::int) r, count(*) n
                 FROM {_first(a_tp)} a JOIN customers c USING (customer_id)
                 LEFT JOIN {_first(b_tp)} b ON b.customer_id = a.customer_id AND b.t > a.t {win}
                 WHERE {_in('a.t', start, end)} AND ({cond}) {'GROUP BY 1 ORDER BY r' if by else ''}""")


def step_rate(a_tp, b_tp, start, end, cond="1=1", within=None):
    return dict(value=round(step_rows(a_tp, b_tp, start, end, cond, within=within)[0][0], 4), tolerance=0.01)


def rank_step_rate(a_tp, b_tp, start, end, by, lowest=True, min_n=0, gap=0.08, within=None):
    rows = [r for r in step_rows(a_tp, b_tp, start, end, by=by, within=within) if r[2] >= min_n]
    if not lowest:
        rows = rows[::-1]
    assert abs(rows[0][1] - rows[1][1]) > gap, rows
    return dict(top_entity=rows[0][0])


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="avg", unit="day", date_of="a"):
    div = {"day": 86400.0, "hour": 3600.0}[unit]
    v = one(f"""SELECT {agg}(epoch(b.t - a.t) / {div}) FROM {_first(a_tp)} a JOIN {_first(b_tp)} b
                USING (customer_id) JOIN customers c USING (customer_id)
                WHERE b.t > a.t AND {_in(date_of + '.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.02), 3))


def top_step_time(a_tp, b_tp, start, end, by, min_n=0, margin=1.5):
    rows = q(f"""SELECT {by}, avg(epoch(b.t - a.t) / 86400) v, count(*) n FROM {_first(a_tp)} a
                 JOIN {_first(b_tp)} b USING (customer_id) JOIN customers c USING (customer_id)
                 WHERE b.t > a.t AND {_in('a.t', start, end)} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def step_time_count(a_tp, b_tp, start, end, days, cond="1=1"):
    v = one(f"""SELECT count(*) FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (customer_id)
                JOIN customers c USING (customer_id)
                WHERE b.t > a.t AND epoch(b.t - a.t) > {days} * 86400 AND {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=v, tolerance=0.5)


# ---------- events / customers ----------

def events_n(tp, start, end, distinct=False, cond="1=1"):
    agg = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return dict(value=one(f"""SELECT {agg} FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""),
                tolerance=0.5)


def events_per_customer(tp, start, end):
    v = one(f"""SELECT count(*) / count(DISTINCT customer_id) FROM events
                WHERE touchpoint_id = '{tp}' AND {_in('ts', start, end)}""")
    return dict(value=round(v, 3), tolerance=round(max(0.02, v * 0.01), 3))


def top_events(tp, by, start, end, distinct=True, margin=1.2):
    agg = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    rows = q(f"""SELECT {by}, {agg} n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def share_of(tp, share_cond, start, end):
    v = one(f"""SELECT avg(({share_cond})::int) FROM {_first(tp)} a JOIN customers c USING (customer_id)
                WHERE {_in('a.t', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


def customers_share(share_cond, cond):
    return dict(value=round(one(f"SELECT avg(({share_cond})::int) FROM customers c WHERE {cond}"), 4),
                tolerance=0.01)


def intake_count(tp, intake):
    return dict(value=one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                              WHERE e.touchpoint_id = '{tp}' AND c.intake = '{intake}'"""), tolerance=0.5)


def intake_rate(a_tp, b_tp, intake):
    v = one(f"""SELECT avg((b.customer_id IS NOT NULL)::int) FROM {_first(a_tp)} a JOIN customers c USING (customer_id)
                LEFT JOIN {_first(b_tp)} b ON b.customer_id = a.customer_id AND b.t > a.t
                WHERE c.intake = '{intake}'""")
    return dict(value=round(v, 4), tolerance=0.01)


def info_session_reg(attended: bool):
    v = one(f"""SELECT avg((c.signup_at IS NOT NULL)::int) FROM customers c
                WHERE customer_id {'IN' if attended else 'NOT IN'}
                (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_info_session')""")
    return dict(value=round(v, 4), tolerance=0.01)


def offer_rate_by(by, start, end, lowest=False, margin=0.08):
    rows = step_rows("tp_interview", "tp_offer", start, end, by=by)
    if not lowest:
        rows = rows[::-1]
    assert abs(rows[0][1] - rows[1][1]) > margin, rows
    return dict(top_entity=rows[0][0])


def top_rev(by, start, end, cond="1=1", agg="sum(o.amount)", margin=1.15, status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {by}, {agg} n FROM orders o JOIN customers c USING (customer_id)
                 WHERE {st} AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def per_payer(start, end):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders
                WHERE status = 'paid' AND {_in('ts', start, end)}""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def order_share(share_cond, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({share_cond})::int) FROM orders o JOIN customers c USING (customer_id)
                WHERE {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- feedback ----------

def mark(topic):
    return _like("f.text", MARKERS[topic])


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(col, cond, tol=0.02):
    v = one(f"SELECT avg(f.{col}) FROM feedback f WHERE f.{col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def top_neg_touchpoint(min_n=30, gap=0.08):
    rows = q(f"""SELECT touchpoint_id, avg((sentiment_label = 'neg')::int) r, count(*) n FROM feedback
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    assert rows[0][1] - rows[1][1] > gap, rows
    return dict(top_entity=rows[0][0])


ALL = ("2024-09-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
START, UPLOAD, FEE, SCHED, INTV = "tp_app_start", "tp_transcript_upload", "tp_fee_payment", \
    "tp_interview_scheduled", "tp_interview"
OFFER, ACCEPT, ENROL, REG, PAGE = "tp_offer", "tp_offer_accept", "tp_enrol", "tp_register", "tp_programme_page"
APPFEE = "o.order_type = 'application_fee'"
DEPOSIT = "o.order_type = 'tuition_deposit'"
DS = "c.programme_id = 'MSDS'"


def gold():
    return {
        # ---- funnels / conversion
        "ad01": lambda: conv("application", *Y25),
        "ad02": lambda: top_lost("application", *H1_26),
        "ad03": lambda: conv("lead", *quarter(2025, 4)),
        "ad04": lambda: step_rate(START, UPLOAD, *Y25, "c.region = 'international'"),
        "ad05": lambda: step_rate(START, UPLOAD, *Y25, "c.region = 'mainland'"),
        "ad06": lambda: rank_step_rate(START, UPLOAD, *Y25, by="c.生源地区", gap=0.2),
        "ad07": lambda: conv("selection", *Y25),
        "ad08": lambda: rank_step_rate(FEE, SCHED, *Y25, by="c.项目", within=60),
        "ad09": lambda: step_rate(FEE, SCHED, *Y25, DS, within=60),
        "ad10": lambda: step_time(FEE, SCHED, *Y25, DS, agg="median"),
        "ad11": lambda: step_time(FEE, SCHED, *Y25, f"NOT {DS}", agg="median"),
        "ad12": lambda: step_time_count(FEE, SCHED, *H1_26, 14, DS),
        "ad13": lambda: top_step_time(FEE, SCHED, *Y25, by="c.programme", min_n=100, margin=2),
        "ad15": lambda: step_time(FEE, SCHED, *quarter(2026, 1), DS, agg="median"),
        "ad16": lambda: rank_step_rate(OFFER, ACCEPT, *Y25, by="c.lead_source", min_n=50, gap=0.2),
        "ad17": lambda: step_rate(OFFER, ACCEPT, *Y25, "c.lead_source = 'agent'"),
        "ad19": lambda: conv("enrolment", *Y25),
        "ad20": lambda: intake_rate(OFFER, ACCEPT, "Spring 2026"),
        "ad21": lambda: offer_rate_by("c.undergrad_tier", *Y25),
        "ad22": lambda: step_rate(INTV, OFFER, *Y25, "c.undergrad_tier = 'Tier 2 or below'"),
        # ---- money / orders
        "ad24": lambda: orders(*Y25, cond=APPFEE),
        "ad25": lambda: top_rev("o.项目", *Y25, cond=APPFEE, margin=1.3),
        "ad26": lambda: orders(*quarter(2025, 4), cond=DEPOSIT),
        "ad27": lambda: orders(*Y25, agg="count(*)", status="refunded", cond=DEPOSIT),
        "ad28": lambda: top_rev("o.项目", *Y25, cond=DEPOSIT, margin=1.5),
        "ad29": lambda: per_payer(*Y25),
        "ad30": lambda: orders(*month(2026, 3), agg="count(DISTINCT o.customer_id)", cond=APPFEE),
        "ad31": lambda: orders(*month(2026, 3), agg="count(*)", status=None, cond=APPFEE),
        "ad32": lambda: order_share("o.status = 'cancelled'", *Y25, f"{APPFEE} AND c.region = 'international'"),
        # ---- counts / periods
        "ad34": lambda: intake_count(ENROL, "Autumn 2025"),
        "ad35": lambda: events_n(OFFER, *quarter(2025, 3)),
        "ad36": lambda: events_n(REG, *month(2025, 10)),
        "ad37": lambda: events_n(PAGE, "2025-03-03", "2025-03-09", distinct=True),
        "ad38": lambda: events_n(PAGE, "2025-03-03", "2025-03-09"),
        "ad39": lambda: events_n(FEE, *month(2026, 6), distinct=True),
        "ad40": lambda: events_n(FEE, *month(2026, 5), distinct=True),
        "ad41": lambda: events_n(START, *H2_25, distinct=True),
        "ad42": lambda: events_n(OFFER, "2026-01-01", "2026-05-10"),
        "ad43": lambda: top_events(REG, "c.lead_source", *ALL, margin=1.1),
        "ad44": lambda: top_events(OFFER, "c.线索来源", *ALL, margin=1.15),
        "ad45": lambda: share_of(ENROL, "c.region = 'international'", *Y25),
        "ad46": lambda: customers_share("c.segment = 'working_professional'", _in("c.signup_at", *Y25)),
        "ad47": lambda: dict(value=round(1 - step_rows(SCHED, INTV, *Y25)[0][0], 4), tolerance=0.01),
        "ad48": lambda: events_per_customer(PAGE, *Y25),
        "ad49": lambda: info_session_reg(True),
        "ad50": lambda: info_session_reg(False),
        "ad51": lambda: top_events(UPLOAD, "e.device", *ALL, distinct=False, margin=2),
        "ad52": lambda: step_time(INTV, OFFER, *Y25),
        "ad53": lambda: step_time(REG, ENROL, *Y25, agg="median", date_of="b"),
        "ad54": lambda: step_time_count(OFFER, ACCEPT, *Y25, 14),
        # ---- feedback
        "ad56": lambda: fb_topic_count(f"{mark('sched')} AND {_in('f.ts', *H1_26)}"),
        "ad57": lambda: fb_topic_count(f"{mark('sched')} AND {_in('f.ts', *H2_25)}"),
        "ad60": lambda: fb_avg("rating", "f.channel = 'survey'"),
        "ad61": lambda: fb_avg("rating", "f.channel = 'survey' AND f.programme_id = 'MSDS'", tol=0.03),
        "ad62": lambda: top_neg_touchpoint(),
        "ad63": lambda: fb_ratio("f.sentiment_label = 'neg'", _in("f.ts", *Y25)),
        "ad64": lambda: fb_topic_count(mark("payment")),
        "ad65": lambda: feedback_ids(mark("upload") + " AND f.sentiment_label = 'neg'"),
        "ad66": lambda: fb_avg("nps", "f.channel = 'survey'", tol=0.05),
        "ad67": lambda: fb_topic_count(mark("agent")),
        "ad68": lambda: fb_topic_count(mark("slow_reply")),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(checks) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    status_only = []
    for it in items:
        fn = checks.get(it["id"])
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
