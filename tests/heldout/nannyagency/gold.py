"""Gold answers for the 家和 HomeCare held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "families" / "customers" = customers.customer_id (a household); rates in funnels are per family (people).
- funnels follow DATA.md: a family reaches step k with an event at step k's touchpoint strictly after reaching step
  k-1, within the journey window from its first step-1 event in the period (placement 30 d, onboarding 14 d,
  replacement 30 d, hourly_service 7 d, hourly_repeat 30 d); the tolerance covers both readings (later steps
  allowed after the period end, or not). "Where do we lose the most" = the step whose next step is not reached by
  the most families (the loss between step k and k+1 is attributed to step k). A step-to-step rate ("enquiry ->
  assessment") is reached(step 2) / reached(step 1) of the same funnel. A funnel split by a customer attribute filters
  the step-1 families by that attribute (customers table: each family's events are all at its home branch);
- a case = one `session_id`: HC00012 for a placement (enquiry ... pay, onboard, check-ins, complaints, replacement
  requests and replacement starts, refund, renewal, rating), HB000123 for one hourly-cleaning booking (book, visit,
  rating). Per-case rates count cases whose first event at the named step A falls in the period (by its date) and
  look for step B in the same case at any time; case attributes (branch, 门店城市, service_type / 服务类型,
  helper_trained / 岗前培训, helper_level) are read from the step-A event;
- trial pass rate = tp_trial events with action `pass` / all tp_trial events (per trial, by trial date);
  replacement rate = placements (tp_onboard, by start date) with at least one tp_replace_req / placements;
  hourly lateness = `late_minutes` on tp_hourly_visit; "more than 30 minutes late" is strict;
- times between steps = per case, first B ts - first A ts (B after A), the period by the date of A; for replacement
  waits each tp_replace_req is paired with the first tp_replace_done after it in the same case (requests never filled
  are left out); minutes / hours / days as asked;
- the video-interview A/B test (experiments.csv, exp_video_interview): per assigned family, whether it has a tp_trial
  (or other step) event after `assigned_at`;
- money = orders with status `paid` (refunded service fees and cancelled orders are no revenue), by order ts;
  revenue = service fees + renewal fees + insurance add-ons + hourly cleaning; refunds = `refund_amount` of tp_refund
  events by refund date; "signed but never paid" = service_fee orders with status `cancelled`; spend per paying
  family = paid amount / families with >= 1 paid order in the period;
- customer attributes as stored (state at the end of the data, 2026-07-31); zh questions are checked against the
  Chinese twins (branch, 门店城市, 城市, 服务类型, 家庭类型, 会员等级, 换人原因, 阿姨等级), en ones against branch_en /
  branch_city / region / service_type / family_type / replace_reason / helper_level / acquisition_channel /
  variant / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`; rating by step = feedback.touchpoint_id
  over rows with a rating (in-app + Dianping); negative = 1-2 stars; NPS = survey `nps` 0-10, NPS score = share 9-10
  minus share 0-6 (as a fraction);
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "experiments"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true, "
                "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1)")


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


# ---------- funnels (per family, DATA.md rule) ----------

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


def conv(journey, start, end, cond="1=1", a=0, b=-1, unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[b] / c[a])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


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
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per case (session) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
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


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def top_step_time(a_tp, b_tp, start, end, by, agg="median", unit="hours", margin=1.5):
    rows = q(f"SELECT a.{by}, {agg}(epoch(b.t - a.t) / {UNITS[unit]}) v {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY v DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def each_wait(start, end, agg="avg"):
    """each replacement request paired with the first replacement start after it in the same case."""
    base = f"""FROM events a, LATERAL (SELECT min(b.ts) AS tb FROM events b WHERE b.session_id = a.session_id
               AND b.touchpoint_id = 'tp_replace_done' AND b.ts > a.ts) x
               WHERE a.touchpoint_id = 'tp_replace_req' AND x.tb IS NOT NULL AND {_in('a.ts', start, end)}"""
    v = one(f"SELECT {agg}(epoch(x.tb - a.ts) / 86400.0) {base}")
    w = one(f"SELECT {agg}(date_diff('day', a.ts::DATE, x.tb::DATE)) {base}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}"
                          f" AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_agg(tp, expr, start, end, cond="1=1", agg="avg"):
    v = one(f"SELECT {agg}({expr}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.1, abs(float(v)) * 0.03), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- experiment ----------

def exp_rates(tp, exp="exp_video_interview"):
    return q(f"""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                 AND e.touchpoint_id = '{tp}' AND e.ts > x.assigned_at))::int) r, count(*) n
                 FROM experiments x WHERE x.experiment_id = '{exp}' GROUP BY 1 ORDER BY r DESC""")


def exp_top(tp, margin=1.1):
    rows = exp_rates(tp)
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def exp_value(tp, variant):
    return dict(value=round(next(r[1] for r in exp_rates(tp) if r[0] == variant), 4), tolerance=0.01)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", status="paid", agg="sum"):
    return _money(one(f"SELECT {agg}(o.amount) FROM orders o WHERE o.status = '{status}' "
                      f"AND {_in('o.ts', start, end)} AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_per_customer(by, start, end, min_n=1, margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _has(topic):
    return f"list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')"


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) AND NOT {_has(topic)}")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE {_has(topic)} AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
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
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
ALL = ("2024-10-01", "2026-07-31")
CHENGDU = ("2025-10-01", "2026-07-31")
POST_SF_26 = ("2026-02-17", "2026-03-31")
FEB_MAR_26 = ("2026-02-01", "2026-03-31")
(ENQ, ASSESS, MATCH, INTERVIEW, TRIAL, CONTRACT, PAY, ONBOARD, CHECKIN, COMPLAINT, REPL_REQ, REPL_DONE, REFUND, RENEW,
 H_BOOK, H_VISIT, RATE) = (
    "tp_enquiry", "tp_assess", "tp_match", "tp_interview", "tp_trial", "tp_contract", "tp_pay", "tp_onboard",
    "tp_checkin", "tp_complaint", "tp_replace_req", "tp_replace_done", "tp_refund", "tp_renew", "tp_hourly_book",
    "tp_hourly_visit", "tp_rate")
APP = "f.channel = 'mini_program_review'"
MARKERS = {
    "phone": ["玩手机", "on her phone"],
    "hygiene": ["卫生习惯", "hygiene"],
    "cooking": ["做饭", "cooking"],
    "skills": ["带娃不专业", "带娃方法", "infant-care skills"],
    "attitude": ["态度", "脾气", "attitude"],
    "mismatch": ["不合适", "a fit", "poor fit"],
    "slow_response": ["没人联系", "called back"],
    "no_return": ["过年", "春节", "spring festival", "chinese new year"],
    "replace_slow": ["换人", "换阿姨", "replacement took"],
    "late": ["迟到", "late"],
    "not_clean": ["不干净", "没擦干净", "still dirty"],
    "refund": ["退费", "refund"],
    "fee_high": ["太贵", "too expensive"],
    "caring": ["细心", "caring"],
    "consultant": ["负责", "responsive"],
    "punctual": ["准时", "on time"],
}
T = {k: _like("f.text", v) for k, v in MARKERS.items()}


def gold():
    return {
        # ---- placement funnel / conversion
        "na01": lambda: conv("placement", *Y25),
        "na02": lambda: top_lost("placement", *H1_26),
        "na03": lambda: rank_conv("placement", *Y25, by="c.acquisition_channel", lowest=True, margin=1.25),
        "na04": lambda: conv("placement", *Y25, cond="c.acquisition_channel = 'referral'"),
        "na05": lambda: conv("placement", *H2_25, cond="c.home_branch_id = 'B02'", a=0, b=1),
        "na06": lambda: conv("placement", *H2_25, cond="c.home_branch_id = 'B01'", a=0, b=1),
        "na07": lambda: events_share(TRIAL, "e.action = 'pass'", *CHENGDU, "e.branch_id = 'B07'"),
        "na08": lambda: top_events_share(TRIAL, "e.action = 'pass'", "e.branch_en", *CHENGDU, lowest=True, margin=1.3),
        "na09": lambda: rate(ONBOARD, REPL_REQ, *Y25, "NOT a.helper_trained"),
        "na10": lambda: rate(ONBOARD, REPL_REQ, *Y25, "a.helper_trained"),
        "na11": lambda: step_time(ASSESS, MATCH, *POST_SF_26),
        "na12": lambda: step_time(ASSESS, MATCH, *Q4_25),
        "na13": lambda: top_step_time(ENQ, ASSESS, *H2_25, by="branch_en", unit="hours", margin=3.0),
        "na14": lambda: step_time(ENQ, ASSESS, *H2_25, "a.branch_id = 'B02'", unit="hours"),
        "na15": lambda: each_wait(*Q1_26),
        "na16": lambda: top_events_count(REPL_REQ, "e.replace_reason", *FEB_MAR_26, margin=3.0),
        "na17": lambda: events_at(REPL_REQ, *FEB_MAR_26, "e.replace_reason = 'no_return'"),
        "na18": lambda: exp_top(INTERVIEW),
        "na19": lambda: exp_value(INTERVIEW, "video"),
        "na20": lambda: conv("hourly_repeat", *H1_26),
        "na21": lambda: rank_conv("hourly_repeat", *Y25, by='c."城市"', lowest=True, margin=1.15),
        "na22": lambda: events_agg(H_VISIT, "e.late_minutes", *Y25, "e.branch_city = 'Guangzhou'"),
        "na23": lambda: events_share(H_VISIT, "e.late_minutes > 30", *H1_26, "e.branch_city = 'Guangzhou'"),
        "na24": lambda: conv("onboarding", *Y25),
        # ---- money
        "na25": lambda: orders(*Y25, "o.order_type = 'service_fee'"),
        "na26": lambda: orders(*Q2_26),
        "na27": lambda: orders(*month(2026, 5)),
        "na28": lambda: orders(*month(2026, 6)),
        "na29": lambda: orders_change(H1_25, H1_26),
        "na30": lambda: events_sum(REFUND, "e.refund_amount", *Q1_26),
        "na31": lambda: top_orders("o.branch_en", *Y25, margin=1.15),
        "na32": lambda: top_orders('o."服务类型"', *Y25, margin=1.3),
        "na33": lambda: orders(*Y25, "o.order_type = 'service_fee' AND o.service_type = 'infant_nanny' "
                                     "AND o.helper_level = 'gold'", agg="avg"),
        "na34": lambda: per_customer(*Y25),
        "na35": lambda: top_per_customer("c.family_type", *Y25, margin=1.5),
        "na36": lambda: orders(*Y25, "o.order_type = 'service_fee'", status="cancelled"),
        "na37": lambda: orders(*Y25, "o.order_type = 'insurance'"),
        "na38": lambda: orders(*Y25, "o.order_type = 'renewal_fee'"),
        # ---- volumes / trends
        "na39": lambda: events_at(ENQ, "2026-03-02", "2026-03-08"),
        "na40": lambda: events_at(H_VISIT, *month(2026, 1)),
        "na41": lambda: events_at(H_VISIT, *month(2025, 12)),
        "na44": lambda: events_change(ONBOARD, Q1_26, Q2_26),
        "na45": lambda: events_at(ONBOARD, *Y25),
        # ---- customers
        "na46": lambda: customers_share("c.family_type = 'newborn'"),
        "na47": lambda: customers_count("c.\"城市\" = '上海' AND c.\"会员等级\" = '金卡会员'"),
        "na48": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        "na49": lambda: customers_count("c.\"客户状态\" = '服务中'"),
        # ---- feedback
        "na50": lambda: fb_topic_count(T["phone"]),
        "na51": lambda: top_fb_count("f.service_type", T["phone"], margin=1.5),
        "na52": lambda: fb_topic_count(T["mismatch"]),
        "na53": lambda: top_fb_count("f.branch", f"{T['mismatch']} AND {_in('f.ts', *H1_26)}", margin=2.0),
        "na54": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "na55": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.25),
        "na56": lambda: fb_avg(f"{APP} AND f.branch_city = 'Guangzhou' AND f.service_type = 'hourly' "
                               f"AND {_in('f.ts', *Y25)}", tol=0.03),
        "na57": lambda: top_fb_count("f.branch", T["consultant"], margin=1.5),
        "na58": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "na59": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}"),
        "na60": lambda: fb_topic_count(T["late"]),
        "na61": lambda: feedback_ids(f"{T['no_return']} AND {_in('f.ts', '2026-02-01', '2026-04-30')}"),
        "na62": lambda: fb_avg("f.channel = 'dianping_review'", tol=0.03),
        "na63": lambda: rank_fb_avg("f.helper_level", f"{APP} AND f.service_type <> 'hourly'", 30, margin=0.2,
                                    highest=True),
        "na64": lambda: fb_topic_count(T["not_clean"]),
    }


def checks():
    """topic markers must match the generator's truth."""
    for topic, cond in T.items():
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
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
