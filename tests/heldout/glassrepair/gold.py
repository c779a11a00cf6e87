"""Gold answers for the 明窗 ClearPane window and glass repair held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint strictly after reaching step
  k-1, within the journey window from their first step-1 event in the period (online_quote 30 d, hotline_quote 30 d,
  fulfilment 45 d, insurer_approval 21 d, care_plan 30 d); rates are per person (customer_id); the tolerance covers
  both readings (later steps allowed after the period end, or not) unless the question says later steps count up to
  the end of the data (2026-07-31). "Where do we lose the most" = the step whose next step is not reached by the most
  people (the loss between step k and k+1 is attributed to step k);
- a session_id is one job (JOB…). Per-job rates count jobs whose first A event falls in the period and look for B in
  the same job at or after A (any time up to the end of the data); a job's depot, district, job type, payer, insurer
  and device are read from its A event, the acquisition channel from the customers table. Quote acceptance per quote
  = jobs with a tp_quote_sent that have a tp_quote_accept / jobs with a tp_quote_sent. Photo-upload success = online
  quote requests with a tp_photo_upload row of action 'success'. Leak / scratch rework rate = installed jobs with a
  tp_rework row of that rework_reason. Technician no-show rate = jobs with a tp_install_booked row (first booking in
  the period) that also have a tp_install_booked row with reason 'technician_no_show';
- times between steps = B ts - A ts of the same job in fractional days (first B at or after the first A), median over
  jobs whose A falls in the period (glass lead time = tp_glass_order -> tp_glass_arrive by order date; survey wait =
  tp_measure_booked -> tp_site_measure; insurer approval = tp_insurer_submit -> tp_insurer_approve);
- volumes = event rows at the touchpoint (exact duplicate rows, the supplier webhook firing twice, loaded once); lost
  quotes = tp_quote_reject rows (declined or expired);
- money = orders with status `paid` by order ts, `amount` (CNY incl. VAT). Revenue = every paid order (self-paid
  jobs, insurer settlements, excess, call-out fees, care-plan fees); "what customers paid themselves" excludes
  insurer_settlement; refunds = order_type job with status refunded; average ticket = avg amount of paid job orders;
  spend per customer = paid amount / distinct payers;
- A/B test estimate_range_2026: a customer converts when they have a tp_measure_booked at or after their assigned_at
  (any time up to the end of the data); rates per assigned customer;
- customer attributes as stored (customers table, state at the end of the data); zh questions are checked against the
  Chinese twins (branch, 工单类型, 供应商, 放弃原因, 获客渠道, 保险公司), en ones against the English values (branch_en,
  job_type, supplier, decline_reason, acquisition_channel, insurer);
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); star ratings = rows with a rating (dianping, app_review); negative = 1-2 stars; NPS =
  survey `nps`, NPS score = share 9-10 minus share 0-6 (a fraction);
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
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def _assert_margin(rows, margin, lowest=False):
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]


# ---------- funnels (per person, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM fev e WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return steps, counts


def conv(journey, start, end, unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        _, c = funnel(journey, start, end, bounded)
        vals.append(c[-1] / c[0])
    mid = (max(vals) + min(vals)) / 2
    return dict(value=round(mid, 4), tolerance=round(max(0.01, (max(vals) - min(vals)) / 2 + 0.005), 4))


def top_lost(journey, start, end, margin=1.1):
    steps, c = funnel(journey, start, end)
    lost = sorted(((steps[k], c[k] - c[k + 1]) for k in range(len(steps) - 1)), key=lambda r: -r[1])
    _assert_margin(lost, margin)
    return dict(top_entity=lost[0][0])


# ---------- per job (session_id) ----------

def _firsts(tp, start, end):
    return f"""(SELECT * FROM (SELECT e.*, row_number() OVER (PARTITION BY e.session_id ORDER BY e.ts) rn
                FROM events e WHERE e.touchpoint_id = '{tp}' AND e.session_id IS NOT NULL) WHERE rn = 1
                AND {_in('ts', start, end)})"""


def _rate_rows(a, b, start, end, cond="1=1", by=None, bcond="1=1"):
    grp = f"{by}, " if by else ""
    return q(f"""SELECT {grp} avg((EXISTS (SELECT 1 FROM events x WHERE x.session_id = a.session_id
                        AND x.touchpoint_id = '{b}' AND x.ts >= a.ts AND ({bcond})))::int) r, count(*) n
                 FROM {_firsts(a, start, end)} a JOIN customers c USING (customer_id)
                 WHERE ({cond}) {'AND ' + by + ' IS NOT NULL GROUP BY 1' if by else ''}""")


def rate(a, b, start, end, cond="1=1", bcond="1=1", min_n=30):
    r, n = _rate_rows(a, b, start, end, cond, bcond=bcond)[0]
    assert n >= min_n, n
    return dict(value=round(r, 4), tolerance=0.01)


def rank_rate(a, b, start, end, by, margin=1.1, lowest=False, min_n=30, cond="1=1", bcond="1=1"):
    rows = [r for r in _rate_rows(a, b, start, end, cond, by, bcond) if r[2] >= min_n]
    rows.sort(key=lambda r: r[1], reverse=not lowest)
    _assert_margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def _times(a, b, start, end, cond="1=1"):
    return f"""SELECT a.*, date_diff('second', a.ts, (SELECT min(x.ts) FROM events x WHERE x.session_id = a.session_id
                      AND x.touchpoint_id = '{b}' AND x.ts >= a.ts)) / 86400.0 AS d
               FROM {_firsts(a, start, end)} a JOIN customers c USING (customer_id) WHERE ({cond})"""


def step_time(a, b, start, end, cond="1=1"):
    v, n = q(f"SELECT median(d), count(d) FROM ({_times(a, b, start, end, cond)}) WHERE d IS NOT NULL")[0]
    assert n >= 20, n
    return dict(value=round(v, 2), tolerance=round(max(0.3, v * 0.05), 2))


def top_step_time(a, b, start, end, by, margin=1.2, min_n=20, cond="1=1"):
    rows = q(f"""SELECT {by}, median(d) m, count(d) n FROM ({_times(a, b, start, end, cond)}) a
                 WHERE d IS NOT NULL GROUP BY 1 HAVING count(d) >= {min_n} ORDER BY m DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- volumes ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def events_all(tp, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND ({cond})"),
                tolerance=0.5)


def top_month_count(tp, start, end, margin=1.02):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m'), count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC")
    _assert_margin(rows, margin)
    return dict(value=rows[0][1], tolerance=0.5)


def top_events_by(col, tp, start, end, margin=1.3, cond="1=1"):
    rows = q(f"""SELECT {col}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- A/B ----------

def ab_rate(variant):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_measure_booked' AND e.ts >= x.assigned_at))::int)
                FROM experiments x WHERE experiment_id = 'estimate_range_2026' AND variant = '{variant}'""")
    return dict(value=round(v, 4), tolerance=0.01)


def ab_diff(a, b):
    return dict(value=round(ab_rate(a)["value"] - ab_rate(b)["value"], 4), tolerance=0.01)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_all(cond):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE {cond}"))


def orders_share(start, end, num):
    v = one(f"SELECT sum(CASE WHEN {num} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o "
            f"WHERE o.status = 'paid' AND {_in('o.ts', start, end)}")
    return dict(value=round(float(v), 4), tolerance=0.01)


def orders_avg(start, end, cond):
    v = one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(float(v) * 0.005, 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1, agg="sum", lowest=False):
    rows = q(f"""SELECT {by}, {agg}(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n {'' if lowest else 'DESC'}""")
    _assert_margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers_by(by, cond, margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _assert_margin(rows, margin)
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


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.2, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
Q2_25, Q4_25 = quarter(2025, 2), quarter(2025, 4)
ALL = ("2025-01-01", "2026-07-31")
YTD26 = ("2026-01-01", "2026-07-31")
SUMMER25 = ("2025-05-01", "2025-08-31")
BUG = ("2026-03-09", "2026-04-19")
(QREQ, PHOTO, PHONE, MBOOK, MEASURE, QUOTE, ISUB, IAPP, ACCEPT, REJECT, GORDER, GARRIVE, IBOOK, INSTALL, SIGN, REWORK,
 WARRANTY, COMPLAINT, PLAN, REVIEW) = (
    "tp_quote_request", "tp_photo_upload", "tp_phone_enquiry", "tp_measure_booked", "tp_site_measure",
    "tp_quote_sent", "tp_insurer_submit", "tp_insurer_approve", "tp_quote_accept", "tp_quote_reject",
    "tp_glass_order", "tp_glass_arrive", "tp_install_booked", "tp_install", "tp_signoff", "tp_rework",
    "tp_warranty_claim", "tp_complaint", "tp_plan_join", "tp_review")
DG_SLIDE = "a.job_type IN ('double_glazing', 'sliding_door')"
RATED = "f.rating IS NOT NULL"
TOPIC_MARKERS = {"leak": ["漏水", "leak"], "scratch": ["划痕", "scratch"],
                 "glass_wait": ["等玻璃", "waiting for the glass"], "no_show": ["放鸽子", "no-show"],
                 "pricey": ["太贵", "expensive"], "insurer": ["理赔", "insurer"], "debris": ["玻璃渣", "debris"],
                 "upload": ["上传", "upload"], "fog": ["起雾", "fog"], "technician": ["师傅", "technician"],
                 "tidy": ["干净", "tidy"], "punctual": ["准时", "on time"], "transparent": ["透明", "transparent"]}
TP = {k: _like("f.text", v) for k, v in TOPIC_MARKERS.items()}


def gold():
    return {
        # ---- funnels
        "gr01": lambda: conv("online_quote", *Y25),
        "gr02": lambda: top_lost("online_quote", *H1_26),
        "gr03": lambda: conv("hotline_quote", *Q4_25),
        "gr04": lambda: conv("fulfilment", *H1_26, unbounded_only=True),
        "gr05": lambda: conv("insurer_approval", *Y25),
        "gr06": lambda: conv("insurer_approval", *H1_26),
        "gr07": lambda: conv("care_plan", *Y25),
        # ---- per-job rates
        "gr08": lambda: rate(QREQ, PHOTO, *BUG, "a.device = 'android'", "x.action = 'success'"),
        "gr09": lambda: rate(QREQ, PHOTO, *BUG, "a.device = 'ios'", "x.action = 'success'"),
        "gr10": lambda: rate(QREQ, PHOTO, "2026-01-01", "2026-02-28", "a.device = 'android'", "x.action = 'success'"),
        "gr11": lambda: rate(QUOTE, ACCEPT, *Y25),
        "gr12": lambda: rank_rate(QUOTE, ACCEPT, *Y25, by="c.acquisition_channel", lowest=True, margin=1.1),
        "gr13": lambda: rate(QUOTE, ACCEPT, *Y25, "c.acquisition_channel = 'word_of_mouth'"),
        "gr14": lambda: rate(INSTALL, REWORK, *SUMMER25, f"a.branch_id = 'SZ02' AND {DG_SLIDE}",
                             "x.rework_reason = 'leak'"),
        "gr15": lambda: rate(INSTALL, REWORK, *SUMMER25, f"a.branch_id = 'SZ01' AND {DG_SLIDE}",
                             "x.rework_reason = 'leak'"),
        "gr16": lambda: rank_rate(INSTALL, REWORK, *SUMMER25, by="a.branch_en", cond=DG_SLIDE,
                                  bcond="x.rework_reason = 'leak'", margin=2.0),
        "gr17": lambda: rank_rate(INSTALL, REWORK, *Y25, by='a."工单类型"', bcond="x.rework_reason = 'scratch'",
                                  margin=2.0),
        "gr18": lambda: rate(IBOOK, IBOOK, "2026-05-01", "2026-07-31", "a.branch_id = 'GZ01'",
                             "x.reason = 'technician_no_show'"),
        # ---- step times
        "gr19": lambda: top_step_time(GORDER, GARRIVE, *Q1_26, by='a."供应商"', margin=1.5),
        "gr20": lambda: step_time(GORDER, GARRIVE, *Q1_26, "a.supplier = 'Xinyi Glass'"),
        "gr21": lambda: step_time(GORDER, GARRIVE, *Y25, "a.supplier = 'Xinyi Glass'"),
        "gr22": lambda: step_time(MBOOK, MEASURE, *Q4_25, "a.branch_id = 'GZ02'"),
        "gr23": lambda: top_step_time(MBOOK, MEASURE, *Q4_25, by="a.branch", margin=1.8),
        "gr24": lambda: top_step_time(ISUB, IAPP, *ALL, by="a.insurer", margin=1.5),
        "gr25": lambda: step_time(ISUB, IAPP, *ALL, "a.insurer = 'PICC'"),
        "gr26": lambda: step_time(QUOTE, INSTALL, *Y25, "a.payer = 'self'"),
        "gr27": lambda: step_time(QUOTE, INSTALL, *Y25, "a.payer = 'insurer'"),
        # ---- volumes
        "gr28": lambda: events_at(QREQ, *month(2025, 9)),
        "gr29": lambda: events_at(MEASURE, "2026-03-02", "2026-03-08"),
        "gr30": lambda: top_month_count(INSTALL, *Y25, margin=1.0),
        "gr31": lambda: events_at(REWORK, *H1_26),
        "gr32": lambda: events_all(WARRANTY),
        "gr33": lambda: events_at(REJECT, *month(2026, 6)),
        "gr34": lambda: top_events_by('e."放弃原因"', REJECT, *Y25, margin=1.15),
        # ---- A/B
        "gr36": lambda: ab_rate("show_range"),
        "gr37": lambda: ab_rate("callback_only"),
        "gr38": lambda: ab_diff("show_range", "callback_only"),
        # ---- money
        "gr39": lambda: orders(*Y25),
        "gr40": lambda: orders(*Q1_26, "o.branch_id = 'SZ01'"),
        "gr41": lambda: orders(*H1_26, "o.order_type = 'insurer_settlement'"),
        "gr42": lambda: orders_share(*Y25, "o.order_type = 'insurer_settlement'"),
        "gr43": lambda: top_orders('o."工单类型"', *Y25, "o.order_type = 'job'", margin=2.0, agg="avg"),
        "gr44": lambda: orders_avg(*Y25, "o.order_type = 'job' AND o.job_type = 'double_glazing'"),
        "gr45": lambda: orders(*Y25, "o.order_type = 'callout_fee'"),
        "gr46": lambda: orders_all("o.order_type = 'job' AND o.status = 'refunded'"),
        "gr47": lambda: orders_change(Q2_25, Q2_26),
        "gr48": lambda: top_orders("o.branch_en", *H1_26, margin=1.1),
        "gr49": lambda: per_customer(*Y25, "o.order_type <> 'insurer_settlement'"),
        "gr50": lambda: orders(*YTD26, "o.order_type = 'care_plan'"),
        # ---- customers
        "gr52": lambda: customers_count("c.tier = 'care_plus'"),
        "gr54": lambda: top_customers_by('c."获客渠道"', "c.district = 'Panyu'", margin=1.1),
        "gr55": lambda: customers_share("c.segment = 'at_risk'"),
        # ---- feedback
        "gr56": lambda: fb_topic_count(TP["leak"]),
        "gr57": lambda: fb_topic_count(TP["scratch"]),
        "gr58": lambda: fb_topic_count(TP["glass_wait"]),
        "gr59": lambda: fb_topic_count(TP["no_show"]),
        "gr60": lambda: fb_topic_count(TP["upload"]),
        "gr61": lambda: top_fb_count("f.branch_en", TP["leak"], margin=1.5),
        "gr62": lambda: fb_topic_count(TP["technician"]),
        "gr63": lambda: fb_avg(f"f.channel = 'dianping' AND {_in('f.ts', *Y25)}"),
        "gr64": lambda: fb_ratio("f.rating <= 2", f"{RATED} AND {_in('f.ts', *Y25)}"),
        "gr65": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}"),
        "gr66": lambda: nps_score("f.channel = 'survey' AND f.branch_id IN ('SZ01', 'SZ02')"),
        "gr67": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.5, highest=True),
        "gr68": lambda: feedback_ids(TP["pricey"]),
        "gr69": lambda: fb_count("f.ts IS NULL"),
        "gr70": lambda: fb_topic_count(TP["tidy"]),
    }


def checks():
    for topic, cond in TP.items():
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
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
    print("items", len(items), "zh", langs.count("zh"), "en", langs.count("en"),
          "statuses", {s: sum(1 for it in items if it["expect"]["status"] == s) for s in ("ok", "unsupported",
                                                                                         "clarify")},
          "follow-ups", sum(1 for it in items if "follow_up_of" in it),
          "as_of", sum(1 for it in items if "as_of" in it))
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
