"""Gold answers for the 安孕 NewLeaf fertility-clinic held-out batch, from plain DuckDB SQL over the raw CSVs written
by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a patient reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (intake 30 d, signup 60 d, stimulation 25 d,
  outcome 45 d, storage 400 d); rates are per patient (customer_id); the tolerance covers both readings (later steps
  allowed after the period end, or not) unless the question says later steps count. "Where do we lose the most" =
  the step whose next step is not reached by the most people (the loss between k and k+1 is attributed to step k).
  A funnel split by a customer attribute filters the step-1 patients by it;
- a cycle = one `session_id` CYxxxxx (package paid → stimulation → monitoring scans → [cycle cancelled] →
  retrieval / IUI → [frozen storage] → transfer → pregnancy test → follow-up, counselling, storage renewal); the
  intake case IN<patient> holds consult → booking → [visit cancelled] → first visit → hormone tests → plan.
  Per-cycle rates count cycles whose first event at step A falls in the period (by its date) and look for step B in
  the same session at any time; attributes (clinic, treatment, age of the patient...) are read from the A event or
  the customer; a pregnancy rate "per transfer" = share of tp_beta_test results `positive` among tests that follow
  a tp_transfer (IVF / egg-transfer cycles), by the test date unless said otherwise;
- waiting time = `wait_minutes` on tp_first_visit / tp_monitor events; medians / averages over those events by
  event date;
- money = orders with status `paid`, by order ts (refunded orders are no revenue); refunds = `refund_amount` of
  tp_refund events by refund date; spend per paying patient = paid amount / patients with >= 1 paid order;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (clinic, 诊所城市, 城市, 获客渠道, 年龄段, 诊断, 治疗方案, 订单类型), en ones against clinic_en /
  clinic_city / region / acquisition_channel / age_band / diagnosis / treatment / order_type / touchpoint_id /
  doctor_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); app ratings = channel `app_review`; rating by step = feedback.touchpoint_id over rows
  with a rating; negative = 1-2 stars when the question says so; NPS = survey `nps` (0-10), NPS score = % 9-10 minus
  % 0-6, as a fraction;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of`; a week is Monday..Sunday.
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
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


# ---------- funnels (per patient, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM fev e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", unbounded_only=False, upto=None):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        k = len(c) - 1 if upto is None else upto
        vals.append(c[k] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def step_conv(journey, start, end, k, cond="1=1"):
    """share of people reaching step k who reach step k+1 (k 0-based)."""
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[k + 1] / c[k])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def funnel_count(journey, start, end, k, cond="1=1"):
    vals = [funnel(journey, start, end, bounded=b, cond=cond)[k] for b in (False, True)]
    return dict(value=vals[0], tolerance=max(0.5, abs(vals[0] - vals[1]) + 0.5))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30, unbounded_only=False):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in ((False,) if unbounded_only else (False, True)):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        if lowest:
            assert rows[1][1] > rows[0][1] * margin, rows[:3]
        else:
            assert rows[0][1] > rows[1][1] * margin, rows[:3]
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
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per cycle / case (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, lowest=False, trap=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    if lowest:
        rows = rows[::-1]
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- pregnancy results ----------

BETA_AFTER_TRANSFER = """(SELECT b.*, b.ts AS t FROM events b WHERE b.touchpoint_id = 'tp_beta_test'
    AND EXISTS (SELECT 1 FROM events x WHERE x.session_id = b.session_id AND x.touchpoint_id = 'tp_transfer'))"""

BETA_AFTER_IUI = BETA_AFTER_TRANSFER.replace("'tp_transfer'", "'tp_iui'")


def preg_rate(start, end, cond="1=1", src=BETA_AFTER_TRANSFER):
    v = one(f"""SELECT avg((b.beta_result = 'positive')::int) FROM {src} b
                LEFT JOIN customers c ON c.customer_id = b.customer_id WHERE {_in('b.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_preg(start, end, by, min_n=1, margin=1.15, lowest=False, trap=False, src=BETA_AFTER_TRANSFER):
    rows = q(f"""SELECT {by}, avg((b.beta_result = 'positive')::int) r, count(*) n FROM {src} b
                 LEFT JOIN customers c ON c.customer_id = b.customer_id WHERE {_in('b.t', start, end)}
                 GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1", distinct=None):
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return dict(value=one(f"SELECT {what} FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_agg(tp, expr, start, end, cond="1=1", agg="median", rel=0.03):
    v = float(one(f"SELECT {agg}({expr}) FROM events e LEFT JOIN customers c USING (customer_id) "
                  f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"))
    return dict(value=round(v, 3), tolerance=round(max(0.05, abs(v) * rel), 3))


def top_events_agg(tp, expr, by, start, end, agg="median", margin=1.25, cond="1=1", min_n=1):
    rows = q(f"SELECT {by}, {agg}({expr}) m, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY m DESC")
    rows = [r for r in rows if r[2] >= min_n]
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", agg="sum(o.amount)"):
    return _money(one(f"SELECT {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"),
                tolerance=0.5)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    if not one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        return
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic:
        _check_topic(cond, topic)
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


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False, col="f.rating"):
    rows = q(f"SELECT {by}, avg({col}) a, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- constants ----------
Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
JAN_AUG_26 = ("2026-01-01", "2026-08-31")
ALL = ("2025-01-01", "2026-08-31")
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
APP = "f.channel = 'app_review'"
WAIT_T = _like("f.text", ["等了", "候诊", "排队", "排很久", "waited", "waiting time", "queue"])
DOCTOR_T = _like("f.text", ["解释", "不耐烦", "讲清楚", "explain", "impatient", "rushed"])
BILL_T = _like("f.text", ["药费", "收费", "账单", "bill", "charges", "hidden cost"])
PRIV_T = _like("f.text", ["隐私", "短信", "privacy", "sms", "full name"])
REFUND_T = _like("f.text", ["退款", "refund"])
BOOK_T = _like("f.text", ["约不上", "约满", "slot with the specialist", "fully booked"])
NURSE_T = _like("f.text", ["护士", "nurse"])
SUCCESS_T = _like("f.text", ["好孕", "验孕成功", "positive pregnancy test", "we are pregnant"])


FIRST_VISIT, PLAN, PACKAGE, STIM, MONITOR, CANCEL, RETRIEVAL, TRANSFER, BETA, REFUND, VISIT_CANCEL = (
    "tp_first_visit", "tp_plan", "tp_package_pay", "tp_stim_start", "tp_monitor", "tp_cycle_cancel", "tp_retrieval",
    "tp_transfer", "tp_beta_test", "tp_refund", "tp_visit_cancel")
MAY_AUG_26 = ("2026-05-01", "2026-08-31")


def med_change():
    """average IVF-standard medication bill per order, Q4 2025 vs Q3 2025."""
    a = one(f"SELECT avg(amount) FROM orders o WHERE status = 'paid' AND order_type = 'medication' "
            f"AND treatment = 'ivf' AND {_in('o.ts', *Q3_25)}")
    b = one(f"SELECT avg(amount) FROM orders o WHERE status = 'paid' AND order_type = 'medication' "
            f"AND treatment = 'ivf' AND {_in('o.ts', *Q4_25)}")
    return dict(value=round(b / a - 1, 4), tolerance=0.02)


def gold():
    return {
        # ---- funnels / conversion
        "fy01": lambda: conv("intake", *Y25),
        "fy02": lambda: top_lost("intake", *Q2_26),
        "fy03": lambda: rank_conv("intake", *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "fy04": lambda: conv("intake", *Y25, cond="c.acquisition_channel = 'doctor_referral'"),
        "fy05": lambda: conv("signup", *H2_25, unbounded_only=True),
        "fy06": lambda: rate(FIRST_VISIT, PLAN, *Y25, "a.doctor_id = 'D10'"),
        "fy07": lambda: rate(FIRST_VISIT, PLAN, *Y25, "a.doctor_id <> 'D10'"),
        "fy08": lambda: conv("stimulation", *Y25, unbounded_only=True),
        "fy09": lambda: conv("stimulation", *Y25, cond="c.diagnosis = 'dor'", unbounded_only=True),
        "fy10": lambda: rank_rate(STIM, CANCEL, *ALL, by='c."诊断"', margin=2.0),
        "fy11": lambda: conv("outcome", *H1_26, unbounded_only=True),
        "fy12": lambda: conv("storage", *H1_25, cond="c.diagnosis = 'social_freezing'", unbounded_only=True),
        # ---- pregnancy results
        "fy13": lambda: preg_rate(*Y25),
        "fy14": lambda: rank_preg(*ALL, by='c."年龄段"', lowest=True, margin=1.5),
        "fy15": lambda: preg_rate(*ALL, "c.age_band = '35-37'"),
        "fy16": lambda: preg_rate(*ALL, src=BETA_AFTER_IUI),
        "fy17": lambda: events_share(TRANSFER, "e.transfer_type = 'frozen'", *Y25),
        "fy18": lambda: events_agg(RETRIEVAL, "e.eggs_retrieved", *Y25, agg="avg", rel=0.01),
        "fy19": lambda: events_agg(RETRIEVAL, "e.eggs_retrieved", *Y25, "c.diagnosis = 'pcos'", agg="avg", rel=0.01),
        # ---- times between steps
        "fy20": lambda: step_time(PACKAGE, STIM, *Y25),
        "fy21": lambda: step_time(STIM, RETRIEVAL, *Y25),
        "fy22": lambda: step_time(CANCEL, REFUND, *Y25, agg="avg"),
        "fy23": lambda: step_time(VISIT_CANCEL, REFUND, *Y25, agg="avg", unit="hours"),
        # ---- waiting times
        "fy24": lambda: events_agg(MONITOR, "e.wait_minutes", *Y25, "e.clinic_id = 'K01'"),
        "fy25": lambda: events_agg(MONITOR, "e.wait_minutes", *MAY_AUG_26, "e.clinic_id = 'K01'"),
        "fy26": lambda: top_events_agg(MONITOR, "e.wait_minutes", "e.clinic_en", *Y25, margin=1.5),
        "fy27": lambda: events_share(MONITOR, "e.wait_minutes > 60", *Q1_26, "e.clinic_id = 'K01'"),
        # ---- money
        "fy28": lambda: orders(*Q4_25),
        "fy29": lambda: orders(*month(2026, 6)),
        "fy30": lambda: orders(*month(2026, 5)),
        "fy31": lambda: orders(*Y25, "o.order_type = 'medication'"),
        "fy32": med_change,
        "fy33": lambda: orders_change(H1_25, H1_26),
        "fy34": lambda: events_sum(REFUND, "e.refund_amount", *Y25),
        "fy35": lambda: top_orders('o."诊所城市"', *Y25, margin=1.1),
        "fy36": lambda: top_orders("o.treatment", *Y25, "o.order_type = 'package'"),
        "fy37": lambda: per_customer(*Y25),
        "fy38": lambda: orders_count(*Y25, "o.order_type = 'package' AND o.status = 'refunded'"),
        "fy39": lambda: orders(*JAN_AUG_26, "o.order_type = 'storage'"),
        # ---- volumes / trends
        "fy40": lambda: events_at(STIM, *month(2026, 3)),
        "fy41": lambda: events_at(FIRST_VISIT, "2026-04-13", "2026-04-19"),
        "fy44": lambda: events_change(FIRST_VISIT, Q4_25, Q1_26),
        "fy45": lambda: events_at(TRANSFER, *Y25),
        "fy46": lambda: events_at(TRANSFER, *Y25, "e.transfer_type = 'frozen'"),
        # ---- patients
        "fy47": lambda: customers_count("c.tier = 'premium'"),
        "fy48": lambda: customers_count(_in("c.signup_at", *Q3_25)),
        "fy49": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'", margin=1.2),
        "fy50": lambda: customers_share("c.payer = 'insurance'"),
        # ---- feedback
        "fy51": lambda: fb_topic_count(WAIT_T, "wait"),
        "fy52": lambda: top_fb_count("f.clinic_en", WAIT_T, margin=2.0),
        "fy53": lambda: top_fb_count("f.doctor_id", DOCTOR_T, margin=2.0),
        "fy54": lambda: fb_topic_count(PRIV_T, "privacy", period=_in("f.ts", *month(2026, 3))),
        "fy55": lambda: fb_topic_count(PRIV_T, "privacy", period=_in("f.ts", *Y25)),
        "fy56": lambda: fb_topic_count(BILL_T, "billing", period=_in("f.ts", *Q4_25)),
        "fy57": lambda: fb_topic_count(BILL_T, "billing", period=_in("f.ts", *Q3_25)),
        "fy58": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "fy59": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 50, margin=1.0),
        "fy60": lambda: rank_fb_avg("f.clinic_en", f"{APP} AND {_in('f.ts', *Y25)}", 1, margin=0.15),
        "fy61": lambda: nps_score(_in("f.ts", *Y25)),
        "fy62": lambda: fb_avg(_in("f.ts", *JAN_AUG_26), col="f.nps", tol=0.05),
        "fy63": lambda: feedback_ids(PRIV_T),
        "fy65": lambda: fb_topic_count(REFUND_T, "refund"),
        "fy66": lambda: fb_topic_count(f"{BOOK_T} AND f.channel = 'xiaohongshu'"),
    }


def checks():
    for cond, topic in ((WAIT_T, "wait"), (DOCTOR_T, "doctor"), (BILL_T, "billing"), (PRIV_T, "privacy"),
                        (REFUND_T, "refund"), (BOOK_T, "booking"), (NURSE_T, "nurse"), (SUCCESS_T, "success")):
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
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
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
