"""Gold answers for the 亮窗 ClearPane held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (sales 30 d, delivery 30 d, reclean 14 d,
  refund 30 d, repeat 180 d); rates are per customer (people); the tolerance covers both readings (later steps
  allowed after the period end, or not), except where the question says to count later steps. "Where do we lose the
  most" = the step whose next step is not reached by the most people (loss between step k and k+1 is attributed to
  step k); drop-off at step k = 1 - reached(k+1) / reached(k). A funnel split by a customer attribute (customer_type
  b2c / b2b, acquisition_channel) filters the step-1 people by the attribute stored in customers;
- a job = one `session_id` (JB000123). Home (B2C) jobs: [tp_renew,] tp_quote, tp_survey, tp_pay, tp_cancel /
  tp_refund, tp_schedule (1..n, postponed / rescheduled), tp_crew_late, tp_job, tp_qc, tp_accept, tp_claim,
  tp_reclean / tp_refund (water-damage compensation), tp_rate. Property-manager (B2B) contracts: the sales steps and
  tp_pay (contract signed / renewed) carry the contract id (CT00012) as session_id; each contract visit is its own
  job (JB...) with `contract_id`; tp_renew carries the new contract id and `renews_contract`.
  Per-job rates count jobs whose first event at the named step A falls in the period (by date) and look for step B
  in the same job at any time; job attributes (city / 城市, crew / crew_en, method / 作业方式, building_type,
  detergent_batch, survey_mode) are read from the step-A event;
- a contract's renewal rate = contracts signed (tp_pay on a CT session) in the period that have a tp_renew whose
  `renews_contract` is that contract;
- times between steps = per job, first B ts - first A ts (B after A), period by the date of A; days fractional
  (tolerance also covers whole calendar days), minutes as asked; late minutes = `late_minutes` of tp_crew_late;
- money = orders with status `paid` by order ts (refunded one-off jobs / add-ons are no revenue); revenue = one-off
  jobs + annual contracts (billed in full at signing) + add-ons + re-clean fees; refunds paid out = `refund_amount`
  of tp_refund events by date (cancellation refunds and water-damage compensation); spend per paying customer =
  paid amount / customers with >= 1 paid order in the period; paid home jobs = tp_pay events of b2c customers;
- zh questions are checked against Chinese twins (城市, crew, 作业方式, 合同频次), en ones against city / crew_en /
  method / building_type / contract_freq / acquisition_channel / touchpoint_id / claim_reason;
- feedback: "all" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`; rating by touchpoint =
  feedback.touchpoint_id over rows with a rating; negative = 1-2 stars; survey = B2B post-visit survey with `nps`
  0-10 (average score, or NPS = share 9-10 minus share 0-6 as a fraction);
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday.
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


def _tol(vals):
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def conv(journey, start, end, cond="1=1", unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[-1] / c[0])
    return _tol(vals)


def dropoff(journey, start, end, k, cond="1=1"):
    """1 - reached(k+1) / reached(k), steps 1-based."""
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(1 - c[k] / c[k - 1])
    return _tol(vals)


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30, cond="1=1"):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL AND ({cond})")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}' AND ({cond})")
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


# ---------- per job (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id)
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, trap=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:        # the minimum size matters: a small group tops the raw list
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def top_step_time(a_tp, b_tp, start, end, by, unit="days", margin=1.25):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / {UNITS[unit]}) m {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY m DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_agg(tp, expr, start, end, cond="1=1", rel=0.02):
    v = float(one(f"SELECT {expr} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * rel), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events(tp, by, start, end, margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def _renew_sql(by=None):
    sel = f"{by}, " if by else ""
    return f"""SELECT {sel}avg((r.renews_contract IS NOT NULL)::int) v, count(*) n FROM events p
               LEFT JOIN (SELECT DISTINCT renews_contract FROM events WHERE touchpoint_id = 'tp_renew'
                          AND renews_contract IS NOT NULL) r ON r.renews_contract = p.session_id
               WHERE p.touchpoint_id = 'tp_pay' AND p.session_id LIKE 'CT%' AND {{period}}
               {'GROUP BY 1 ORDER BY v DESC' if by else ''}"""


def renewal(start, end):
    v = one(_renew_sql().format(period=_in("p.ts", start, end)))
    return dict(value=round(v, 4), tolerance=0.01)


def top_renewal(by, start, end, margin=1.2):
    rows = q(_renew_sql(by).format(period=_in("p.ts", start, end)))
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", agg="sum(o.amount)"):
    return _money(one(f"SELECT {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


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


def addon_attach(start, end):
    v = one(f"""SELECT avg((a.job_id IS NOT NULL)::int) FROM orders o
                LEFT JOIN (SELECT DISTINCT job_id FROM orders WHERE order_type = 'add_on' AND status = 'paid') a
                USING (job_id)
                WHERE o.order_type = 'one_off' AND o.status = 'paid' AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


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
    """the text markers must agree with the generator's truth."""
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic and HAS_TRUTH:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond, tol=0.01):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=tol)


def nps_score(cond):
    """NPS = share of promoters (9-10) - share of detractors (0-6), as a fraction."""
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL AND {cond}")
    return dict(value=round(v, 4), tolerance=0.02)


def rank_fb_avg(by, cond, min_n, margin=0.2, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


HAS_TRUTH = False
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
LAST12 = ("2025-09-01", "2026-08-31")
TYPHOON = ("2025-08-01", "2025-09-30")
X3 = ("2025-11-01", "2026-01-31")
DISCOVER, QUOTE, SURVEY, PAY, CANCEL, REFUND, SCHED, LATE, JOB, QC, ACCEPT, CLAIM, RECLEAN, RATE, RENEW = (
    "tp_discover", "tp_quote", "tp_survey", "tp_pay", "tp_cancel", "tp_refund", "tp_schedule", "tp_crew_late",
    "tp_job", "tp_qc", "tp_accept", "tp_claim", "tp_reclean", "tp_rate", "tp_renew")
B2C = "c.customer_type = 'b2c'"
B2B = "c.customer_type = 'b2b'"
APP = "f.channel = 'mini_program_review'"
OUTDOOR = "a.method IN ('rope_access', 'gondola')"
STREAK_T = _like("f.text", ["水痕", "streak"])
MISSED_T = _like("f.text", ["漏擦", "missed"])
WATER_T = _like("f.text", ["渗水", "water damage"])
LATE_T = _like("f.text", ["迟到", " late"])
CLEAR_T = _like("f.text", ["通透", "crystal clear"])
PRICE_T = _like("f.text", ["贵", "pricey"])
REFUND_T = _like("f.text", ["还没到账", "hasn't arrived"])
NOTICE_T = _like("f.text", ["吓了一跳", "heads-up"])
PRO_T = _like("f.text", ["专业", "professional"])


def gold():
    return {
        # ---- funnels / conversion
        "wc01": lambda: conv("sales", *Y25),
        "wc02": lambda: top_lost("sales", *Q2_25),
        "wc03": lambda: rank_conv("sales", *Y25, by="c.acquisition_channel", lowest=True, cond=B2C),
        "wc04": lambda: conv("sales", *Y25, cond=f"{B2C} AND c.acquisition_channel = 'referral'"),
        "wc05": lambda: conv("sales", *H1_26, cond=B2B),
        "wc06": lambda: dropoff("sales", *H2_25, 2, cond=B2C),
        "wc07": lambda: conv("delivery", *Y25),
        "wc08": lambda: conv("reclean", *Y25),
        "wc09": lambda: rate(SURVEY, PAY, *Y25, "a.survey_mode = 'video' AND a.customer_type = 'b2c'"),
        "wc10": lambda: rate(SURVEY, PAY, *Y25, "a.survey_mode = 'onsite' AND a.customer_type = 'b2c'"),
        "wc11": lambda: conv("repeat", *H1_25, cond=B2C, unbounded_only=True),
        "wc12": lambda: renewal("2025-01-01", "2025-08-31"),
        "wc13": lambda: top_renewal("p.contract_freq", "2025-01-01", "2025-08-31"),
        # ---- per job rates
        "wc14": lambda: rate(JOB, LATE, *Y25),
        "wc15": lambda: rank_rate(JOB, LATE, *LAST12, by="a.crew", min_n=100, margin=2.0, trap=True),
        "wc16": lambda: rate(JOB, LATE, *LAST12, "a.crew_id = 'XM-C5'"),
        "wc17": lambda: events_agg(LATE, "median(e.late_minutes)", *H1_26),
        "wc18": lambda: rate(JOB, CLAIM, *month(2025, 12)),
        "wc19": lambda: rate(JOB, CLAIM, *month(2025, 9)),
        "wc20": lambda: top_events(CLAIM, "e.claim_reason", *X3, margin=1.5),
        "wc21": lambda: rate(JOB, CLAIM, "2025-01-01", "2026-08-31", "a.detergent_batch = 'JL-X3'",
                             "claim_reason = 'streaks'"),
        "wc22": lambda: rate(JOB, CLAIM, "2025-01-01", "2026-08-31", "a.detergent_batch = 'JL-X2'",
                             "claim_reason = 'streaks'"),
        "wc23": lambda: rank_rate(JOB, CLAIM, *Y25, by="a.method", b_cond="claim_reason = 'missed_panes'",
                                  margin=1.8),
        "wc24": lambda: rate(JOB, CLAIM, *Y25, "a.city = 'Wuhan' AND a.building_type = 'old_residential' "
                                              "AND a.method = 'rope_access'", "claim_reason = 'water_damage'"),
        "wc25": lambda: events_share(QC, "e.qc_result = 'fail'", *Y25),
        # ---- times between steps
        "wc26": lambda: step_time(PAY, JOB, *Y25),
        "wc27": lambda: step_time(SCHED, JOB, *TYPHOON, f"a.city = 'Xiamen' AND {OUTDOOR}"),
        "wc28": lambda: step_time(SCHED, JOB, *TYPHOON, f"a.city = 'Guangzhou' AND {OUTDOOR}"),
        "wc29": lambda: top_step_time(CLAIM, RECLEAN, *Y25, by="a.city"),
        "wc30": lambda: step_time(CANCEL, REFUND, "2026-03-01", "2026-08-31", agg="avg"),
        "wc31": lambda: step_time(CANCEL, REFUND, *Y25, agg="avg"),
        # ---- money
        "wc32": lambda: orders(*Q3_25),
        "wc33": lambda: orders(*month(2026, 1), "o.order_type = 'one_off'"),
        "wc34": lambda: orders_change(H1_25, H1_26),
        "wc35": lambda: top_orders('o."城市"', *Y25, "o.order_type = 'contract'"),
        "wc36": lambda: orders(*Y25, "o.order_type = 're_clean_fee'"),
        "wc37": lambda: events_agg(REFUND, "sum(e.refund_amount)", *H1_26, rel=0.002),
        "wc38": lambda: events_agg(REFUND, "sum(e.refund_amount)", *Y25,
                                   "e.refund_reason = 'water_damage_compensation'", rel=0.002),
        "wc39": lambda: orders(*Y25, "o.order_type = 'one_off' AND o.method = 'rope_access'", agg="avg(o.amount)"),
        "wc40": lambda: per_customer(*Y25, B2C),
        "wc41": lambda: top_orders("o.building_type", *Y25, "o.order_type = 'contract'"),
        "wc42": lambda: addon_attach(*Y25),
        # ---- volumes / trends
        "wc43": lambda: events_at(PAY, *month(2026, 1), B2C),
        "wc44": lambda: events_at(PAY, *month(2025, 12), B2C),
        "wc45": lambda: events_at(JOB, "2025-11-17", "2025-11-23"),
        "wc46": lambda: events_change(JOB, Q3_25, Q4_25),
        # ---- customers
        "wc49": lambda: customers_count("c.customer_type = 'b2b' AND c.region = 'Xiamen'"),
        "wc50": lambda: customers_share("c.customer_type = 'b2b'"),
        "wc51": lambda: top_customers("c.acquisition_channel", "c.customer_type = 'b2c' AND c.customer_id IN "
                                      "(SELECT customer_id FROM orders WHERE status = 'paid')", margin=1.05),
        # ---- feedback
        "wc53": lambda: fb_topic_count(STREAK_T, "streaks"),
        "wc54": lambda: fb_topic_count(LATE_T, "late", period=_in("f.ts", *Y25)),
        "wc55": lambda: top_fb_count("f.crew_en", LATE_T, margin=1.5),
        "wc56": lambda: top_fb_count('f."城市"', WATER_T, margin=1.5),
        "wc57": lambda: fb_avg(f"{APP} AND {_in('f.ts', *Y25)}"),
        "wc58": lambda: rank_fb_avg('f."城市"', f"{APP} AND {_in('f.ts', *Y25)}", 100, margin=0.2),
        "wc59": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 20, margin=0.5),
        "wc60": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "wc61": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "wc62": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *H2_25)}"),
        "wc63": lambda: feedback_ids(WATER_T),
        "wc65": lambda: fb_avg("f.channel = 'dianping_review'", tol=0.03),
        "wc66": lambda: fb_topic_count(STREAK_T, "streaks", period=_in("f.ts", *month(2025, 12))),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((MISSED_T, "missed"), (WATER_T, "water_damage"), (CLEAR_T, "clean"), (PRICE_T, "price"),
                        (REFUND_T, "refund_slow"), (NOTICE_T, "no_notice"), (PRO_T, "pro")):
        _check_topic(cond, topic)


def main() -> int:
    global HAS_TRUTH
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    HAS_TRUTH = bool(one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"))
    if HAS_TRUTH:
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
