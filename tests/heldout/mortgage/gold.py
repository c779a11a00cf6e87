"""Gold answers for the 安居贷 HomeLoan (bank mortgage journey) held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- one customer = one borrower household with at most one loan application; "customers", "applicants",
  "borrowers" are distinct `customer_id`s; events are counted as rows (exact duplicate rows loaded once);
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window (prequal 30 d, origination 90 d, early_repayment 60 d) from their first step-1 event in
  the period; rates are per customer; the tolerance covers both readings (later steps allowed after the period
  end, or not). The step "where we lose the most" is the step reached whose next step is not reached, largest
  count (customers lost between step k and k+1 are attributed to step k);
- per-customer step rates ("share that never got an appraisal") take the customers whose first event A is in the
  period and look for event B after it at any time in the data;
- credit decision = `tp_credit_approval` or `tp_credit_reject`; rejection (approval) rate = customers with a
  reject (approval) / customers with a decision, over applicants whose `tp_apply` is in the period;
  pre-qualification pass rate = `tp_prequal` rows with action `pass` / all `tp_prequal` rows in the period;
- times between steps = per customer, first B after first A, in days (hours / 24) over customers who reached
  both, period on the date of A; "more than 10 days" = strictly > 240 hours; "lead to disbursement" takes the
  customers funded in the period (date of disbursement);
- an order is a signed loan contract: `amount` = loan amount in CNY; `status = 'paid'` = disbursed (order ts = the
  disbursement time), `cancelled` = cancelled before disbursement (order ts = contract date). Money, loan counts,
  average loan sizes and interest rates use paid orders only, dated by the order ts;
- city / customer type / agent partner / income band come from customers (zh questions are checked against the
  Chinese twin columns 城市 / 客户类型 / 合作中介 / 补件材料 / 拒绝原因, en questions against the English ones);
- feedback: survey = post-funding CSAT (`channel = 'survey'`, rating 1-5); app store rating = `app_review`;
  "all feedback / in total" includes rows without a date; negative share = `sentiment_label = 'neg'` over rows
  dated in the period (touchpoint ranking over all rows with a touchpoint, at least 50 rows); topic counts by text
  markers with a 5 % tolerance;
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    # one application per customer
    assert one("SELECT max(n) FROM (SELECT count(*) n FROM events WHERE touchpoint_id = 'tp_apply' GROUP BY "
               "customer_id)") == 1
    assert one("SELECT count(*) FROM orders WHERE status = 'paid'") == \
        one("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_disbursement'")


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


def funnel(journey, start, end, bounded=False, cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT f.customer_id, min(f.ts) AS t1, min(f.ts) AS t
                    FROM fev f JOIN customers c USING (customer_id)
                    WHERE f.touchpoint_id = '{steps[0]}' AND {_in('f.ts', start, end)} AND ({cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, upto=None, cond="1=1", both=True):
    """both=False: the question says later steps after the period end count (unbounded reading only)."""
    vals = []
    for bounded in ((False, True) if both else (False,)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        last = c[-1] if upto is None else c[upto - 1]
        vals.append(last / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def top_lost(journey, start, end, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.3, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per-customer step rates and durations ----------

def _first(tp):
    return f"(SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = '{tp}' GROUP BY 1)"


def never_rate(a_tp, b_tp, start, end, cond="1=1"):
    """share of customers with first A in the period who have no B after it (any time)."""
    v = one(f"""SELECT avg((NOT EXISTS (SELECT 1 FROM events b WHERE b.customer_id = a.customer_id
                                        AND b.touchpoint_id = '{b_tp}' AND b.ts > a.t))::int)
                FROM {_first(a_tp)} a JOIN customers c USING (customer_id)
                WHERE {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def decision_rate(start, end, cond="1=1", reject=True, by=None):
    tp = "tp_credit_reject" if reject else "tp_credit_approval"
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((d.touchpoint_id = '{tp}')::int) r, count(*) n
              FROM {_first('tp_apply')} a JOIN customers c USING (customer_id)
              JOIN (SELECT customer_id, touchpoint_id FROM events
                    WHERE touchpoint_id IN ('tp_credit_approval', 'tp_credit_reject')) d USING (customer_id)
              WHERE {_in('a.t', start, end)} AND ({cond}) {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    rows = q(sql)
    if by:
        return rows
    return dict(value=round(rows[0][0], 4), tolerance=0.01)


def top_decision_rate(start, end, by, margin=0.05):
    rows = decision_rate(start, end, by=by)
    assert rows[0][1] - rows[1][1] > margin, rows
    return dict(top_entity=rows[0][0])


def prequal_pass(start, end):
    v = one(f"SELECT avg((action = 'pass')::int) FROM events WHERE touchpoint_id = 'tp_prequal' AND "
            f"{_in('ts', start, end)}")
    return dict(value=round(v, 4), tolerance=0.01)


def _dur(a_tp, b_tp, start, end, cond, div):
    return f"""SELECT epoch(b.t - a.t) / {div} d, c.* FROM {_first(a_tp)} a
               JOIN (SELECT e.customer_id, min(e.ts) t FROM events e JOIN {_first(a_tp)} a2 USING (customer_id)
                     WHERE e.touchpoint_id = '{b_tp}' AND e.ts > a2.t GROUP BY 1) b USING (customer_id)
               JOIN customers c USING (customer_id) WHERE {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="avg"):
    v = one(f"SELECT {agg}(d) FROM ({_dur(a_tp, b_tp, start, end, cond, 86400.0)})")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.02), 3))


def rank_step_time(a_tp, b_tp, start, end, by, agg="avg", margin=1.4, min_n=1):
    by = by.split(".")[-1]
    rows = q(f"SELECT {by}, {agg}(d) v FROM ({_dur(a_tp, b_tp, start, end, '1=1', 86400.0)}) "
             f"WHERE {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def step_time_over(a_tp, b_tp, start, end, days, share=False):
    agg = f"avg((d > {days})::int)" if share else f"count(*) FILTER (WHERE d > {days})"
    v = one(f"SELECT {agg} FROM ({_dur(a_tp, b_tp, start, end, '1=1', 86400.0)})")
    return dict(value=round(v, 4), tolerance=0.01) if share else dict(value=v, tolerance=0.5)


def lead_to_funded(start, end):
    v = one(f"""SELECT avg(epoch(f.t - c.signup_at) / 86400) FROM {_first('tp_disbursement')} f
                JOIN customers c USING (customer_id) WHERE {_in('f.t', start, end)}""")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.02), 3))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1", distinct=False):
    agg = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return dict(value=one(f"SELECT {agg} FROM events e WHERE e.touchpoint_id = '{tp}' AND "
                          f"{_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def top_events(tp, start, end, by, margin=1.2):
    rows = q(f"""SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_reject_reason(cond, by, margin=1.3):
    rows = q(f"""SELECT {by}, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = 'tp_credit_reject' AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def resubmits_per_customer(start, end):
    v = one(f"""SELECT avg((SELECT count(*) FROM events r WHERE r.customer_id = a.customer_id
                            AND r.touchpoint_id = 'tp_docs_resubmit'))
                FROM {_first('tp_docs_upload')} a WHERE {_in('a.t', start, end)}""")
    return dict(value=round(v, 4), tolerance=round(max(0.01, v * 0.01), 4))


def resubmit_share(start, end, cond="1=1"):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events r WHERE r.customer_id = a.customer_id
                                    AND r.touchpoint_id = 'tp_docs_resubmit'))::int)
                FROM {_first('tp_docs_upload')} a JOIN customers c USING (customer_id)
                WHERE {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def early_repay_share(start, end):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events r WHERE r.customer_id = o.customer_id
                                    AND r.touchpoint_id = 'tp_early_repay_request'))::int)
                FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


def max_month_count(tp, year):
    rows = q(f"""SELECT strftime(ts, '%Y-%m') m, count(*) n FROM events WHERE touchpoint_id = '{tp}'
                 AND year(ts) = {year} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1], rows[:3]
    return dict(value=rows[0][1], tolerance=0.5)


# ---------- orders (loans) / customers ----------

def loans(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    if "interest_rate" in agg:
        return dict(value=round(float(v), 4), tolerance=0.01)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def loan_share(cond_share, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({cond_share})::int) FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_loans(by, start, end, agg="sum(o.amount)", margin=1.15):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o JOIN customers c USING (customer_id) WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def lead_share(cond_share, start, end):
    v = one(f"SELECT avg(({cond_share})::int) FROM customers c WHERE {_in('c.signup_at', start, end)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_leads(by, start, end, margin=1.2):
    rows = q(f"""SELECT {by}, count(*) n FROM customers c WHERE {_in('c.signup_at', start, end)}
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, tol=0.02):
    v = one(f"SELECT avg(f.rating) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def bottom_fb_avg(by, cond, margin=0.4):
    rows = q(f"SELECT {by}, avg(f.rating) a FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows
    return dict(top_entity=rows[0][0])


def top_neg_touchpoint(min_n=50, margin=0.05):
    rows = q(f"""SELECT touchpoint_id, avg((sentiment_label = 'neg')::int) r, count(*) n FROM feedback
                 WHERE touchpoint_id IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    assert rows[0][1] - rows[1][1] > margin, rows
    return dict(top_entity=rows[0][0])


ALL = ("2024-07-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
APPLY, DOCS, RESUB, APPR = "tp_apply", "tp_docs_upload", "tp_docs_resubmit", "tp_appraisal"
APPROVE, CONTRACT, FUND = "tp_credit_approval", "tp_contract", "tp_disbursement"
HZ = "c.city = 'Hangzhou'"
SECOND, FIRST = "c.customer_type = 'second_home'", "c.customer_type = 'first_home'"
SURVEY = "f.channel = 'survey'"
NEG = "f.sentiment_label = 'neg'"
RESEND = _like("f.text", ["补交", "补件", "重新上传", "resend", "re-upload"])
APPR_SLOW = _like("f.text", ["评估公司一直不上门", "等房产评估", "评估报告迟迟", "评估排队", "催了好几次评估",
                             "appraisal took", "appraiser never", "waited over two weeks for the property appraisal"])
APPR_LOW = _like("f.text", ["评估价", "appraisal value", "valuation too low"])


def gold():
    return {
        # ---- funnels / conversion
        "mg01": lambda: conv("prequal", *Y25),
        "mg02": lambda: conv("prequal", *Y25, cond="c.acquisition_channel = 'agent_referral'"),
        "mg03": lambda: conv("origination", *H1_25, both=False),
        "mg04": lambda: top_lost("origination", *Y25),
        "mg05": lambda: top_lost("origination", *Y25, cond=HZ),
        "mg06": lambda: never_rate(DOCS, APPR, *Y25, HZ),
        "mg07": lambda: never_rate(DOCS, APPR, *Y25, f"NOT {HZ}"),
        "mg08": lambda: prequal_pass(*Y25),
        # ---- credit decision
        "mg10": lambda: decision_rate(*Y25, SECOND),
        "mg11": lambda: decision_rate(*Y25, FIRST),
        "mg12": lambda: top_decision_rate(*Y25, by="c.income_band"),
        "mg13": lambda: events_at("tp_credit_reject", *Y25, distinct=True),
        "mg14": lambda: top_reject_reason(SECOND, "e.reject_reason"),
        # ---- approval times
        "mg16": lambda: rank_step_time(APPLY, APPROVE, *Y25, by="c.合作中介", agg="median", margin=1.5, min_n=80),
        "mg17": lambda: step_time(APPLY, APPROVE, *Y25, "c.agent_partner = 'Centaline'", agg="median"),
        "mg18": lambda: step_time(APPLY, APPROVE, *Y25, "c.agent_partner = 'Lianjia'", agg="median"),
        # ---- appraisal and other step times
        "mg20": lambda: step_time(DOCS, APPR, *Y25, HZ, agg="median"),
        "mg21": lambda: step_time(DOCS, APPR, *Y25, "c.city = 'Shanghai'", agg="median"),
        "mg22": lambda: rank_step_time(DOCS, APPR, *Y25, by="c.city"),
        "mg23": lambda: step_time_over(DOCS, APPR, *Y25, 10),
        "mg24": lambda: step_time_over(DOCS, APPR, *quarter(2025, 4), 7, share=True),
        "mg25": lambda: step_time(CONTRACT, FUND, *Y25),
        "mg26": lambda: lead_to_funded(*Y25),
        "mg27": lambda: step_time("tp_early_repay_request", "tp_early_repay_done", *Y25, agg="median"),
        # ---- loans (orders) and money
        "mg28": lambda: loans(*Y25),
        "mg29": lambda: top_loans("c.城市", *Y25),
        "mg30": lambda: loans(*quarter(2025, 3), agg="count(*)"),
        "mg31": lambda: loans(*Y25, agg="avg(o.amount)", cond=SECOND),
        "mg33": lambda: top_loans("c.city", *Y25, agg="avg(o.amount)", margin=1.2),
        "mg34": lambda: loan_share("o.repayment_method = 'equal_principal'", *Y25),
        "mg35": lambda: loans(*H2_25, agg="avg(o.interest_rate)", cond=SECOND),
        "mg36": lambda: loans(*month(2026, 4), agg="count(*)"),
        "mg37": lambda: loans(*quarter(2025, 4)),
        "mg38": lambda: loans(*month(2025, 10)),
        "mg39": lambda: loans(*Y25, agg="count(*)", status="cancelled"),
        "mg40": lambda: top_loans("c.合作中介", *Y25),
        # ---- resubmissions, rate enquiries, early repayment
        "mg42": lambda: events_at(RESUB, *Y25),
        "mg43": lambda: events_at(RESUB, *Y25, distinct=True),
        "mg44": lambda: resubmits_per_customer(*H2_25),
        "mg45": lambda: resubmit_share(*H1_26),
        "mg46": lambda: resubmit_share(*H1_26, "c.primary_device = 'android'"),
        "mg47": lambda: resubmit_share(*quarter(2024, 4)),
        "mg48": lambda: top_events(RESUB, *Y25, "e.补件材料"),
        "mg49": lambda: events_at("tp_rate_inquiry", *month(2025, 6)),
        "mg50": lambda: events_at("tp_rate_inquiry", *Y25, distinct=True),
        "mg51": lambda: early_repay_share(*Y25),
        # ---- leads and segments
        "mg53": lambda: lead_share("c.acquisition_channel = 'agent_referral'", *Y25),
        "mg54": lambda: top_leads("c.合作中介", *Y25, margin=1.4),
        "mg56": lambda: loan_share(SECOND, *Y25),
        # ---- feedback
        "mg59": lambda: fb_topic_count(RESEND),
        "mg60": lambda: fb_topic_count(f"{RESEND} AND {_in('f.ts', *quarter(2026, 2))}"),
        "mg61": lambda: fb_topic_count(f"{RESEND} AND {_in('f.ts', *quarter(2025, 1))}"),
        "mg63": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "mg64": lambda: fb_avg(SURVEY),
        "mg65": lambda: bottom_fb_avg("f.agent_partner", SURVEY),
        "mg66": lambda: top_neg_touchpoint(),
        "mg67": lambda: fb_avg("f.channel = 'app_review'"),
        "mg68": lambda: feedback_ids(APPR_SLOW),
        "mg69": lambda: fb_topic_count(APPR_LOW),
        # ---- trends and periods
        "mg76": lambda: max_month_count(APPLY, 2025),
        "mg77": lambda: events_at(APPLY, "2025-03-03", "2025-03-09"),
        "mg78": lambda: loans(*H1_26, agg="count(*)"),
        "mg79": lambda: loans(*H2_25),
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
