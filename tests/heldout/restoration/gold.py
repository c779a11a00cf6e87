"""Gold answers for the 安复修复 RestorePoint held-out batch: plain DuckDB SQL over the raw CSVs written by generate.py
(never the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md, per person (customer_id): a customer reaches step k with an event at step k's touchpoint
  (any action) after reaching step k-1, within the journey window from their first step-1 event in the period
  (hotline_job 14 d, insurer_claim 21 d, mitigation 14 d, rebuild 45 d, closeout 60 d). The tolerance covers both
  readings (later steps may fall after the period end, or not) unless the question says later steps count (then only
  that reading). A funnel "for a branch" filters the person's first
  step-1 event in the period by that event's branch_id; "by acquisition channel" / "by insurer" filters the step-1
  people by customers.acquisition_channel / customers.insurer_en. "Where do we lose the most people" = the step whose
  next step is not reached by the most people (its touchpoint_id); a step-to-step rate = people at step k+1 / people
  at step k of the same funnel;
- a job = one session_id (J000123). Per-job rates count jobs whose first event at step A falls in the period and look
  for B in the same job at any time; a time between steps = first B ts - first A ts of the same job, period by A;
- shares of a step's records are shares of that touchpoint's events in the period: SLA breach = tp_dispatch
  emergency dispatches with sla_met 'no' (response_min > 120, minutes from the answered call to the crew on site);
  first clearance failure = action 'fail' among tp_clearance events with attempt_no 1; drying extension = a
  tp_drying 'extended' event; approval turnaround = approval_hours of tp_estimate (insurer decisions: approver
  'insurer'); days to pay = days_to_pay of tp_payment; short payment = tp_payment action 'short_paid' among insurer
  payments; excess failure = 'failed' among tp_excess payment attempts ('paid' or 'failed'; waived and written-off
  records are no attempts); triage outcomes =
  triage_result of tp_triage;
- money = orders with status 'paid' by order ts (an insurer invoice, self-pay job or change order is dated when it
  was issued, an excess when collected), `amount` in CNY (AUD / CAD at the fixed group rate); "in Australian /
  Canadian dollars" = amount_local of that branch; revenue = all paid order types (self-pay jobs, insurer invoices,
  excess, change orders); outstanding = status 'unpaid' amounts; spend per paying customer = paid amount / distinct
  customers with a paid order of that kind;
- zh top entities are Chinese values (branch, insurer, 争议类型, crew_lead as recorded), en ones English values
  (branch_en, insurer_en, acquisition_channel, dispute_type) or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers (tolerance 5 %, checked against
  _truth/feedback_truth.csv); rated customer feedback = survey, dianping, google_review; adjuster feedback = channel
  adjuster_survey; negative = rating 1-2; NPS = share of 9-10 minus share of 0-6 over survey rows, as a fraction;
- periods are inclusive calendar dates; relative periods resolve against the item's as_of; weeks Monday..Sunday.
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "events"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
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
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join("lower(" + col + ") LIKE '%" + w.lower().replace("'", "''") + "%'" for w in words) + ")"


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _count(n):
    return dict(value=int(n), tolerance=0.5)


# ---------- funnels (per person, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    """people reaching each step; cond may use e.* (the first step-1 event in the period) and c.* (the customer)."""
    steps, window = _steps(journey)
    lim = f"AND ts < DATE '{end}' + INTERVAL 1 DAY" if bounded else ""
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS SELECT customer_id, ts, touchpoint_id FROM events "
                f"WHERE 1=1 {lim}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS
        SELECT customer_id, t1, t1 AS t FROM (
          SELECT e.customer_id, e.ts AS t1, ({cond}) AS ok,
                 row_number() OVER (PARTITION BY e.customer_id ORDER BY e.ts, e.event_id) rn
          FROM events e JOIN customers c USING (customer_id)
          WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}) WHERE rn = 1 AND ok""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", upto=None, frm=0, later=False):
    """later=True: the question says steps reached after the period end (inside the window) count."""
    vals = []
    for bounded in ((False,) if later else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        k = len(c) - 1 if upto is None else upto
        vals.append(c[k] / c[frm])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def reached(journey, start, end, step, cond="1=1"):
    vals = [funnel(journey, start, end, bounded=b, cond=cond)[step] for b in (False, True)]
    return dict(value=vals[0], tolerance=max(0.5, abs(vals[0] - vals[1]) + 0.5))


def rank_conv(journey, start, end, by, groups, margin=1.2, lowest=False, min_n=30, upto=None, frm=0):
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            k = len(c) - 1 if upto is None else upto
            if c[frm] >= min_n:
                rows.append((g, c[k] / c[frm]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per job ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})) WHERE rn = 1)"""


def job_rate(a_tp, b_tp, start, end, cond="1=1", a_cond="1=1", b_cond="1=1"):
    v = one(f"""SELECT avg((b.session_id IS NOT NULL)::int) FROM {_first(a_tp, a_cond)} a
                LEFT JOIN (SELECT DISTINCT session_id FROM events e WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
                USING (session_id) WHERE {_in('a.t', start, end)} AND ({cond})""")
    return _rate(v)


def top_job_rate(a_tp, b_tp, by, start, end, a_cond="1=1", b_cond="1=1", min_n=40, margin=1.5):
    rows = q(f"""SELECT {by}, avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp, a_cond)} a
                 LEFT JOIN (SELECT DISTINCT session_id FROM events e WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
                 USING (session_id) WHERE {_in('a.t', start, end)} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days", a_cond="1=1", b_cond="1=1"):
    v = one(f"""SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) FROM {_first(a_tp, a_cond)} a
                JOIN {_first(b_tp, b_cond)} b USING (session_id)
                WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                      f"AND ({cond})"))


def events_avg(tp, col, start, end, cond="1=1", agg="avg"):
    v = float(one(f"SELECT {agg}({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.1, abs(v) * 0.02), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' "
                     f"AND {_in('e.ts', start, end)} AND ({cond})"))


def top_events_share(tp, num, by, start, end, margin=1.25, min_n=1, cond="1=1"):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_agg(tp, col, by, start, end, agg="median", margin=1.5, cond="1=1", lowest=False):
    rows = q(f"SELECT {by}, {agg}({col}) v FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) GROUP BY 1 ORDER BY v {'ASC' if lowest else 'DESC'}")
    assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", col="o.amount", status="paid"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond):
    return _count(one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def orders_share(num, start, end):
    v = one(f"SELECT sum(CASE WHEN {num} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o "
            f"WHERE o.status = 'paid' AND {_in('o.ts', start, end)}")
    return _rate(v)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1, status="paid"):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def customers_share(num, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"))


def top_customers(by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND coalesce(truth.topics, '') <> '{topic}'")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE truth.topics = '{topic}' AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_share(cond):
    return _rate(one(f"SELECT avg((nps >= 9)::int) - avg((nps <= 6)::int) FROM feedback f "
                     f"WHERE nps IS NOT NULL AND {cond}"))


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- names ----------
Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q1_25, Q2_25, Q3_25, Q4_25 = quarter(2025, 1), quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
(HOTLINE, ASSIGN, TRIAGE, DISPATCH, MOIST, EST, DRY, CLEAR, REBUILD, CO, FINAL, INVOICE, EXCESS, PAY, DISPUTE,
 REVIEW) = ("tp_hotline", "tp_insurer_assign", "tp_triage", "tp_dispatch", "tp_moisture_map", "tp_estimate",
            "tp_drying", "tp_clearance", "tp_rebuild", "tp_change_order", "tp_final_inspection", "tp_invoice",
            "tp_excess", "tp_payment", "tp_dispute", "tp_review")
EMERG = "e.dispatch_type = 'emergency'"
BREACH = "e.sla_met = 'no'"
FAIL1 = "e.action = 'fail'"
FIRST = "e.attempt_no = 1"
INS_DEC = "e.approver = 'insurer'"
RATED = "f.channel IN ('survey', 'dianping', 'google_review')"
SURVEY = "f.channel = 'survey'"
ADJ = "f.channel = 'adjuster_survey'"
NOISE_T = _like("f.text", ["除湿机", "电费", "dehumidifier", "power bill"])
SLOW_T = _like("f.text", ["才到", "to arrive"])
APPROVAL_T = _like("f.text", ["审批", "approval"])
REBUILD_T = _like("f.text", ["工期", "behind schedule"])
MOULD_T = _like("f.text", ["霉", "mould"])
SMOKE_T = _like("f.text", ["烟味", "smoke"])
EXCESS_T = _like("f.text", ["自付额", "excess"])
CO_T = _like("f.text", ["变更", "change order"])
CALLBACK_T = _like("f.text", ["回电", "call back", "called back"])
INVOICE_T = _like("f.text", ["账单", "invoice"])
PRO_T = _like("f.text", ["专业", "professional"])
PROMPT_T = _like("f.text", ["及时", "quick"])
CLEAN_T = _like("f.text", ["干净", "tidy"])
REPORT_T = _like("f.text", ["报告", "report"])
INFLATED_T = _like("f.text", ["虚高", "inflated"])
TOPICS = ((NOISE_T, "noise"), (SLOW_T, "slow_arrival"), (APPROVAL_T, "approval_wait"), (REBUILD_T, "rebuild_delay"),
          (MOULD_T, "mould_back"), (SMOKE_T, "smoke_odour"), (EXCESS_T, "excess"), (CO_T, "change_order"),
          (CALLBACK_T, "callback"), (INVOICE_T, "invoice"), (PRO_T, "pro"), (PROMPT_T, "prompt"),
          (CLEAN_T, "clean"), (REPORT_T, "adj_report"), (INFLATED_T, "adj_inflated"))
HOTLINE_CH = ["baidu_sem", "58tongcheng", "meituan", "wechat", "google_ads", "hipages", "homestars", "facebook",
              "plumber_referral", "property_mgmt", "repeat_customer"]
B = {"sh": "e.branch_id = 'B1'", "gz": "e.branch_id = 'B2'", "wh": "e.branch_id = 'B3'", "syd": "e.branch_id = 'B4'",
     "van": "e.branch_id = 'B5'"}


def gold():
    aug25, jul25, sep25 = month(2025, 8), month(2025, 7), month(2025, 9)
    started = "action = 'started'"
    ii = "o.order_type = 'insurer_invoice'"
    ALL = ("2025-01-01", "2026-08-31")
    return {
        # ---- funnels
        "rs01": lambda: conv("hotline_job", *Y25),
        "rs02": lambda: top_lost("hotline_job", *Q1_26),
        "rs03": lambda: rank_conv("hotline_job", *Y25, by="c.acquisition_channel", groups=HOTLINE_CH, lowest=True,
                                  margin=1.4),
        "rs04": lambda: conv("hotline_job", *Y25, cond="c.acquisition_channel = 'baidu_sem'"),
        "rs05": lambda: conv("hotline_job", *H1_26, cond="c.acquisition_channel = '58tongcheng'"),
        "rs06": lambda: conv("insurer_claim", *H2_25),
        "rs07": lambda: conv("mitigation", *aug25, frm=1, later=True),
        "rs08": lambda: conv("mitigation", *jul25, frm=1, later=True),
        "rs09": lambda: conv("mitigation", *aug25, later=True),
        "rs10": lambda: conv("rebuild", *H1_26, cond=B["van"], upto=1, later=True),
        "rs11": lambda: conv("rebuild", *H1_26, cond=B["syd"], upto=1, later=True),
        "rs12": lambda: conv("closeout", *Y25, cond="c.insurer_en = 'Yuanhang P&C'", later=True),
        "rs13": lambda: conv("closeout", *Y25, cond="c.insurer_en = 'Hengkang P&C'", later=True),
        "rs14": lambda: conv("hotline_job", *sep25, cond=B["gz"]),
        # ---- step records
        "rs15": lambda: events_share(DISPATCH, BREACH, *sep25, f"{B['gz']} AND {EMERG}"),
        "rs16": lambda: events_avg(DISPATCH, "e.response_min", *sep25, f"{B['gz']} AND {EMERG}", agg="median"),
        "rs17": lambda: top_events_share(DISPATCH, BREACH, "e.branch_en", *Q3_25, margin=2, cond=EMERG),
        "rs18": lambda: job_rate(DRY, CLEAR, *aug25, a_cond=started, b_cond=f"{FAIL1} AND {FIRST}"),
        "rs19": lambda: events_share(DRY, "e.equipment_source = 'rented'", *aug25, "e." + started),
        "rs20": lambda: step_time(DRY, CLEAR, *aug25, a_cond=started),
        "rs21": lambda: job_rate(DRY, DRY, *aug25, a_cond=started, b_cond="action = 'extended'"),
        "rs22": lambda: top_events_agg(EST, "e.approval_hours", "e.insurer_en", *Y25, margin=2, cond=INS_DEC),
        "rs23": lambda: events_avg(EST, "e.approval_hours", *Y25,
                                   f"{INS_DEC} AND e.insurer_en = 'Maple Crest Insurance'", agg="median"),
        "rs24": lambda: events_avg(EST, "e.approval_hours", *Y25, f"{INS_DEC} AND e.insurer = '恒康财险'",
                                   agg="median"),
        "rs25": lambda: top_events_agg(PAY, "e.days_to_pay", "e.insurer", *Y25, margin=2, cond="e.payer = 'insurer'"),
        "rs26": lambda: events_share(PAY, "e.action = 'short_paid'", *Y25, "e.insurer = '远航财险'"),
        "rs27": lambda: events_share(PAY, "e.action = 'short_paid'", *Y25, "e.payer = 'insurer'"),
        "rs28": lambda: events_share(EXCESS, "e.action = 'failed'", *H1_26, "e.action IN ('paid', 'failed')"),
        "rs29": lambda: events_share(TRIAGE, "e.triage_result = 'referred_out'", *Y25),
        "rs30": lambda: events_at(DISPATCH, "2025-09-15", "2025-09-21", EMERG),
        "rs31": lambda: events_share(MOIST, "e.mould_found = 'yes'", *Y25, B["wh"]),
        "rs32": lambda: top_events_count(DISPUTE, 'e."争议类型"', *Y25, margin=1.5),
        "rs33": lambda: events_at(DISPUTE, *H1_26),
        "rs34": lambda: events_share(CO, "e.action = 'rejected'", *Y25),
        "rs35": lambda: events_share(FINAL, "e.action = 'pass'", *Y25),
        "rs36": lambda: step_time(CLEAR, REBUILD, *H1_26, cond="a.branch_id = 'B5'"),
        # ---- money
        "rs37": lambda: orders(*Q4_25),
        "rs38": lambda: orders_change(H1_25, H1_26),
        "rs39": lambda: orders(*Y25, ii),
        "rs40": lambda: top_orders("o.branch_en", *Y25, margin=1.2),
        "rs41": lambda: orders(*Q2_26, "o.branch_id = 'B4'", col="o.amount_local"),
        "rs42": lambda: orders(*Y25, "o.order_type = 'excess'"),
        "rs43": lambda: orders(*Y25, "o.order_type = 'change_order'"),
        "rs44": lambda: orders(*ALL, ii, status="unpaid"),
        "rs45": lambda: top_orders("o.insurer", *ALL, ii, margin=1.4, status="unpaid"),
        "rs46": lambda: per_customer(*Y25, "o.order_type = 'job'"),
        "rs47": lambda: orders_share(ii, *Y25),
        "rs48": lambda: orders(*month(2026, 7)),
        "rs49": lambda: events_at(ASSIGN, *Q1_26),
        "rs50": lambda: events_at(HOTLINE, "2025-09-15", "2025-09-21", B["gz"]),
        "rs65": lambda: events_at(DRY, *Y25, "e.action = 'started' AND e.loss_type = 'fire'"),
        # ---- customers
        "rs51": lambda: customers_count("c.segment = 'landlord'"),
        "rs52": lambda: customers_count("c.segment = 'property_manager' AND c.tier = 'key_account'"),
        # ---- feedback
        "rs53": lambda: fb_topic_count(NOISE_T),
        "rs54": lambda: top_fb_count("f.touchpoint_id", NOISE_T, margin=3),
        "rs55": lambda: top_fb_count("f.branch_en", SLOW_T, margin=1.5),
        "rs56": lambda: top_fb_count("f.insurer_en", APPROVAL_T, margin=1.4),
        "rs57": lambda: fb_avg(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "rs58": lambda: nps_share(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "rs59": lambda: fb_ratio("f.rating <= 2", f"{RATED} AND {_in('f.ts', '2025-08-01', '2025-09-30')}"),
        "rs60": lambda: fb_avg(f"{ADJ} AND {_in('f.ts', *H1_26)}"),
        "rs61": lambda: fb_topic_count(f"{INFLATED_T} AND {ADJ}"),
        "rs62": lambda: top_fb_count("f.branch_en", MOULD_T, margin=1.4),
        "rs63": lambda: feedback_ids(SMOKE_T),
        "rs64": lambda: fb_topic_count(REBUILD_T, f"f.branch_id = 'B5' AND {_in('f.ts', *H1_26)}"),
    }


def checks():
    for cond, topic in TOPICS:
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        checks()
    fns = dict(gold())
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
        print(it["id"], it["lang"], it["question"][:60], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
