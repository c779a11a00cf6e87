"""Gold answers for the 糖知 GlucoSense held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write] [-v]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint strictly after reaching step
  k-1, within the journey window from their first step-1 event in the period (trial 30 d: trial kit requested ->
  delivered -> app registration -> sensor pairing -> first reading -> subscription; referral 30 d: hospital referral ->
  registration -> pairing -> first reading -> subscription; retail 30 d: starter kit purchased -> registration ->
  pairing -> first reading -> subscription; replacement 14 d: failure reported -> replacement approved -> replacement
  delivered; claim 60 d: claim submitted -> claim decision; cancel 14 d: cancellation requested -> retention call ->
  cancelled). Any event at a touchpoint counts (a failed pairing attempt still reaches tp_pair; an approval step is
  reached by an approved or a rejected decision). Rates are per customer (people); the tolerance covers both
  readings (later steps allowed after the period end, or not). "Where do we lose the most" = the step whose next
  step is not reached by the most people (the loss between step k and k+1 is attributed to step k). A funnel split by
  a customer attribute filters the step-1 people by it;
- keys: one replacement case = `session_id` RP00001 (= `replacement_id`, on tp_sensor_fail / tp_replace_approve /
  tp_replace_deliver); one insurance claim = `session_id` CL00001 (= `claim_id`, tp_claim_submit / tp_claim_result);
  one cancellation case = `session_id` CX00001 (= `cancel_id`, tp_cancel_request / tp_retention_call / tp_cancel);
  one sensor = `sensor_id`. Per-key rates count keys whose first step-A event falls in the period (by its date) and
  look for step B (with its condition) under the same key at any time; attributes are read from the A event;
- pairing failure rate = failed pairing attempts / pairing attempts (tp_pair events, action fail vs success), by the
  attempt's date; missed-alert share = tp_alert events with action `missed` / all alerts of that kind, by the alert's
  date; sensor failure rate = sensors delivered in the period (tp_sensor_deliver, lot from that event) that later
  have a failure report (tp_sensor_fail with the same sensor_id) / sensors delivered; claim approval rate = claims
  with an `approved` decision / claims submitted in the period that already have a decision (rejection rate the
  complement) unless the question counts decisions; retention save rate = retention calls with action `saved` /
  retention calls, by the call's date;
- times between steps = per key, first B ts - first A ts (B after A), the period by the date of A; days as asked
  (tolerance also covers whole calendar days);
- money = orders with status `paid` (cancelled = declined payments, refunded trial kits, returned starter kits are no
  revenue), by order ts; revenue = trial kits + starter kits + sensor refills + annual cards; reimbursed money =
  `approved_amount` of approved tp_claim_result events by decision date;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (获客渠道, 医院 `hospital`, 发货仓, 保险公司, 糖尿病类型, 手机品牌, 退订原因, 故障类型, 拒赔原因, 地区, 城市),
  en ones against acquisition_channel / hospital_en / warehouse / insurer / diabetes_type / phone_brand /
  cancel_reason / failure_type / reject_reason / region / city / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); ratings = `rating` 1-5 (app reviews, JD/Tmall reviews, some alarm/claim app reviews);
  negative = 1-2 stars; NPS = survey `nps` (0-10), NPS score = share 9-10 minus share 0-6 (as a fraction);
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
VERBOSE = False


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
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1)")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def show(*a):
    if VERBOSE:
        print("   ", *a)


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
    ev = f"SELECT customer_id, ts, touchpoint_id FROM events WHERE touchpoint_id IN ({', '.join(repr(s) for s in steps)})"
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
    show(journey, start, end, "bounded" if bounded else "open", cond, counts)
    return counts


def conv(journey, start, end, cond="1=1", unbounded_only=False, step_from=0, step_to=-1, invert=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        v = c[step_to] / c[step_from]
        vals.append(1 - v if invert else v)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def funnel_count(journey, start, end, step, cond="1=1"):
    a = funnel(journey, start, end, bounded=False, cond=cond)[step]
    b = funnel(journey, start, end, bounded=True, cond=cond)[step]
    return dict(value=a, tolerance=max(0.5, abs(a - b) + 0.5))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30, unbounded_only=False, cond="1=1",
              step_from=0, step_to=-1):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in ((False,) if unbounded_only else (False, True)):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}' AND ({cond})")
            if c[step_from] >= min_n:
                rows.append((g, c[step_to] / c[step_from], c[step_from]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        show([(r[0], round(r[1], 3), r[2]) for r in rows])
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
        show(lost)
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per key (replacement case / claim / cancellation case / sensor) ----------

def _first(tp, key="session_id", cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY {key}
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND {key} IS NOT NULL) WHERE rn = 1)"""


def key_rate(a_tp, b_tp, start, end, key="session_id", cond="1=1", b_cond="1=1", by=None):
    """share of keys with a first `a_tp` in the period that have a `b_tp` (matching b_cond) under the same key."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.k IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp, key)} a
              LEFT JOIN (SELECT DISTINCT {key} AS k FROM events e WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              ON b.k = a.{key} LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {f'AND {by} IS NOT NULL GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, key="session_id", cond="1=1", b_cond="1=1", invert=False):
    r = key_rate(a_tp, b_tp, start, end, key, cond, b_cond)[0]
    show("n =", r[1])
    v = 1 - r[0] if invert else r[0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, key="session_id", cond="1=1", b_cond="1=1", min_n=1, margin=1.25,
              lowest=False):
    rows = key_rate(a_tp, b_tp, start, end, key, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        big = big[::-1]
    show([(r[0], round(r[1], 3), r[2]) for r in big])
    if lowest:
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, key, cond, b_cond="1=1"):
    return f"""FROM {_first(a_tp, key)} a JOIN {_first(b_tp, key, b_cond)} b ON a.{key} = b.{key}
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_days(a_tp, b_tp, start, end, key="session_id", cond="1=1", agg="median", b_cond="1=1", unit=86400.0):
    v, n = q(f"SELECT {agg}(epoch(b.t - a.t) / {unit}), count(*) {_gap(a_tp, b_tp, start, end, key, cond, b_cond)}")[0]
    tol = max(0.1, v * 0.03)
    if unit == 86400.0:
        w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) "
                f"{_gap(a_tp, b_tp, start, end, key, cond, b_cond)}")
        show("n =", n, "calendar days", w)
        tol = max(tol, abs(v - w) + 0.05)
    else:
        show("n =", n)
    return dict(value=round(v, 3), tolerance=round(tol, 3))


def rank_step_days(a_tp, b_tp, start, end, by, key="session_id", agg="median", margin=1.3, min_n=10, b_cond="1=1",
                   lowest=False):
    rows = q(f"""SELECT {by}, {agg}(epoch(b.t - a.t) / 86400.0) v, count(*) n
                 {_gap(a_tp, b_tp, start, end, key, '1=1', b_cond)} AND {by} IS NOT NULL GROUP BY 1
                 ORDER BY v {'' if lowest else 'DESC'}""")
    big = [r for r in rows if r[2] >= min_n]
    show([(r[0], round(r[1], 2), r[2]) for r in big])
    if lowest:
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1", distinct=None):
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return dict(value=one(f"SELECT {what} FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    show(x, y)
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_share(tp, num, start, end, cond="1=1"):
    v, n = q(f"SELECT avg(({num})::int), count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")[0]
    show("n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    show([(r[0], round(r[1], 3), r[2]) for r in rows])
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2, distinct=None):
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    rows = q(f"SELECT {by}, {what} n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    show(rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_month(tp, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC")
    show(rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return rows[0][0]


def sensor_fail_rate(start, end, cond="1=1", by=None, margin=1.5):
    sel = f"{by}, " if by else ""
    rows = q(f"""SELECT {sel}avg((f.sensor_id IS NOT NULL)::int) r, count(*) n FROM events d
                 LEFT JOIN (SELECT DISTINCT sensor_id FROM events WHERE touchpoint_id = 'tp_sensor_fail') f
                 ON f.sensor_id = d.sensor_id LEFT JOIN customers c ON c.customer_id = d.customer_id
                 WHERE d.touchpoint_id = 'tp_sensor_deliver' AND {_in('d.ts', start, end)} AND ({cond})
                 {f'AND {by} IS NOT NULL GROUP BY 1 ORDER BY r DESC' if by else ''}""")
    show([(r[:-2], round(r[-2], 4), r[-1]) for r in rows])
    if by:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
        return dict(top_entity=rows[0][0])
    return dict(value=round(rows[0][0], 4), tolerance=0.01)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1", status="paid"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    show(x, y)
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15, join_customers=False):
    j = "LEFT JOIN customers c USING (customer_id)" if join_customers else ""
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o {j} WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    show(rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.05):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    show(rows[:4])
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


def has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic and has_truth():
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v, n = q(f"SELECT avg({col}), count(*) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")[0]
    show("n =", n)
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    v, n = q(f"SELECT avg(({num})::int), count(*) FROM feedback f WHERE {cond}")[0]
    show("n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def nps_score(cond):
    v, n = q(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int), count(*) FROM feedback f "
             f"WHERE f.nps IS NOT NULL AND {cond}")[0]
    show("n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    show([(r[0], round(r[1], 3), r[2]) for r in big])
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    show(rows[:4])
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, touchpoints, markers ----------

Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Y26 = ("2026-01-01", "2026-08-31")
ALL = ("2025-01-01", "2026-08-31")
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
(TRIAL, TDELIVER, STARTER, REFERRAL, REGISTER, PAIR, FIRST, SUBSCRIBE, ORDER, DELIVER, ALERT, REPORT, FAIL,
 APPROVE, REPLACED, CLAIM, CLAIM_RES, CANCEL_REQ, CALL, CANCEL) = (
    "tp_trial_apply", "tp_trial_deliver", "tp_starter_buy", "tp_referral", "tp_register", "tp_pair",
    "tp_first_reading", "tp_subscribe", "tp_sensor_order", "tp_sensor_deliver", "tp_alert", "tp_report_share",
    "tp_sensor_fail", "tp_replace_approve", "tp_replace_deliver", "tp_claim_submit", "tp_claim_result",
    "tp_cancel_request", "tp_retention_call", "tp_cancel")
PAIR_T = _like("f.text", ["配对失败", "pairing failed", "won't pair"])
SIGNAL_T = _like("f.text", ["信号丢失", "lost signal", "signal loss"])
FELL_T = _like("f.text", ["脱落", "fell off", "came off"])
INACC_T = _like("f.text", ["误差", "不准", "way off", "inaccurate"])
RSLOW_T = _like("f.text", ["补发等了", "补发太慢", "replacement took"])
RFAST_T = _like("f.text", ["换新", "new sensor next day"])
AMISS_T = _like("f.text", ["没响", "didn't sound", "no alarm went off"])
AFATIGUE_T = _like("f.text", ["警报太多", "太频繁", "too many alarms"])
PRICE_T = _like("f.text", ["涨价", "太贵", "too expensive", "price increase", "price hike"])
CLAIMREJ_T = _like("f.text", ["报销被拒", "拒赔", "claim was rejected", "claim denied"])
CLAIMOK_T = _like("f.text", ["报销很顺利", "reimbursement came through"])
REPORT_T = _like("f.text", ["分享给医生", "with my doctor"])
PRICK_T = _like("f.text", ["扎手指", "finger pricks"])
SKIN_T = _like("f.text", ["过敏", "rash"])
SUPPORT_T = _like("f.text", ["耐心", "patient and helpful"])
APP_T = _like("f.text", ["趋势箭头", "trend arrows"])
NONEED_T = _like("f.text", ["不需要了", "don't need it anymore"])
BRAND_T = _like("f.text", ["其他品牌", "another brand"])
TRIALKIT_T = _like("f.text", ["体验装", "trial kit"])
MARKERS = ((PAIR_T, "pairing_fail"), (SIGNAL_T, "signal_loss"), (FELL_T, "fell_off"), (INACC_T, "inaccurate"),
           (RSLOW_T, "replace_slow"), (RFAST_T, "replace_fast"), (AMISS_T, "alarm_missed"),
           (AFATIGUE_T, "alarm_fatigue"), (PRICE_T, "price"), (CLAIMREJ_T, "claim_rejected"),
           (CLAIMOK_T, "claim_ok"), (REPORT_T, "doctor_report"), (PRICK_T, "no_prick"), (SKIN_T, "skin"),
           (SUPPORT_T, "support_good"), (APP_T, "app_good"), (NONEED_T, "no_need"), (BRAND_T, "switch_brand"),
           (TRIALKIT_T, "trial_good"))
HW_BUG = "e.ts >= DATE '2026-03-10' AND e.ts < DATE '2026-06-01'"


DECIDED = "a.claim_id IN (SELECT claim_id FROM events WHERE touchpoint_id = 'tp_claim_result')"
APPROVED = "action = 'approved'"
FAILED = "e.action = 'fail'"


def gold():
    return {
        # ---- entry funnels
        "cg01": lambda: conv("trial", *Y25),
        "cg02": lambda: rank_conv("trial", *Y25, by="c.acquisition_channel", lowest=True, margin=1.5),
        "cg03": lambda: conv("trial", *Y25, cond="c.acquisition_channel = 'diabetes_community'"),
        "cg04": lambda: conv("referral", *H1_26),
        "cg05": lambda: rank_conv("referral", *Y25, by="c.hospital", lowest=True, margin=1.4, step_to=1),
        "cg06": lambda: top_lost("trial", *Y25),
        "cg07": lambda: conv("retail", *H1_26),
        "cg08": lambda: conv("retail", *Y25, step_to=1),
        "cg09": lambda: events_at(TRIAL, *Q1_26),
        "cg10": lambda: events_change(TRIAL, Q1_25, Q1_26),
        "cg11": lambda: top_events_count(SUBSCRIBE, "c.acquisition_channel", *Y25, margin=1.3),
        # ---- pairing
        "cg13": lambda: events_share(PAIR, FAILED, "2026-03-10", "2026-05-31", "e.phone_brand = 'Huawei'"),
        "cg14": lambda: events_share(PAIR, FAILED, "2026-03-10", "2026-05-31", "e.phone_brand <> 'Huawei'"),
        "cg15": lambda: top_events_share(PAIR, FAILED, 'e."手机品牌"', *month(2026, 4), margin=3.0),
        "cg16": lambda: top_events_share(PAIR, FAILED, "e.app_version", *ALL, margin=1.5),
        "cg18": lambda: events_at(PAIR, *month(2026, 5), FAILED),
        # ---- sensor failures and replacements
        "cg19": lambda: sensor_fail_rate("2025-12-01", "2026-01-31"),
        "cg20": lambda: sensor_fail_rate(*ALL, by="d.sensor_lot", cond="d.sensor_lot IN (SELECT sensor_lot FROM events "
                                         "WHERE touchpoint_id = 'tp_sensor_deliver' GROUP BY 1 HAVING count(*) >= 200)",
                                         margin=2.0),
        "cg21": lambda: top_events_count(FAIL, 'e."故障类型"', *month(2026, 1), margin=2.0),
        "cg22": lambda: top_events_count(FAIL, "e.failure_type", *H1_25, margin=1.3),
        "cg23": lambda: events_at(FAIL, *Q4_25),
        "cg24": lambda: step_days(FAIL, REPLACED, *Y25),
        "cg25": lambda: rank_step_days(FAIL, REPLACED, *Y26, by="c.warehouse", margin=1.8),
        "cg26": lambda: step_days(FAIL, REPLACED, *Y26, cond="c.warehouse = 'WH_CD'"),
        "cg27": lambda: events_share(APPROVE, "e.action = 'rejected'", *Y25),
        "cg28": lambda: events_at(FAIL, "2026-01-05", "2026-01-11"),
        "cg29": lambda: dict(top_entity=top_month(FAIL, *Y25, margin=1.5)),
        # ---- alerts and reports
        "cg30": lambda: events_share(ALERT, "e.action = 'missed'", "2025-09-16", "2025-11-19",
                                     "e.device = 'ios' AND e.alert_type = 'urgent_low'"),
        "cg31": lambda: events_share(ALERT, "e.action = 'missed'", "2025-09-16", "2025-11-19",
                                     "e.device = 'android' AND e.alert_type = 'urgent_low'"),
        "cg32": lambda: events_at(ALERT, *Y25, "e.alert_type = 'urgent_low'"),
        "cg33": lambda: top_events_count(ALERT, 'c."糖尿病类型"', *H1_26, "e.alert_type = 'urgent_low'", margin=1.3),
        "cg34": lambda: events_at(REPORT, *Y25),
        "cg35": lambda: top_events_count(REPORT, "e.hospital_en", *H1_26, margin=1.2),
        # ---- insurance claims
        "cg36": lambda: rate(CLAIM, CLAIM_RES, *Y25, cond=DECIDED, b_cond=APPROVED),
        "cg37": lambda: rank_rate(CLAIM, CLAIM_RES, *ALL, by='a."保险公司"', cond=DECIDED, b_cond=APPROVED,
                                  lowest=True, margin=1.2),
        "cg38": lambda: top_events_count(CLAIM_RES, "e.reject_reason", *Y26, "e.action = 'rejected'", margin=1.8),
        "cg39": lambda: step_days(CLAIM, CLAIM_RES, *Y25, cond="a.insurer = 'zhongan'"),
        "cg40": lambda: events_sum(CLAIM_RES, "e.approved_amount", *Y25, "e.action = 'approved'"),
        # ---- cancellations
        "cg41": lambda: events_at(CANCEL_REQ, "2026-04-01", "2026-05-31"),
        "cg42": lambda: events_change(CANCEL_REQ, ("2026-02-01", "2026-03-31"), ("2026-04-01", "2026-05-31")),
        "cg43": lambda: top_events_count(CANCEL_REQ, 'e."退订原因"', *Y26, margin=1.8),
        "cg44": lambda: events_share(CALL, "e.action = 'saved'", *Y25),
        "cg45": lambda: top_events_share(CALL, "e.action = 'saved'", 'e."退订原因"', *ALL, margin=1.3),
        "cg46": lambda: rate(CANCEL_REQ, CANCEL, *Y25),
        "cg47": lambda: customers_count("c.segment = 'active'"),
        "cg48": lambda: events_at(CANCEL, *Q2_26),
        # ---- money
        "cg49": lambda: orders(*Y25),
        "cg50": lambda: orders_change(H1_25, H1_26),
        "cg51": lambda: orders(*month(2026, 5), "o.order_type = 'sensor_refill'"),
        "cg52": lambda: orders(*month(2026, 3), "o.order_type = 'sensor_refill'"),
        "cg53": lambda: per_customer(*Y25),
        "cg54": lambda: top_orders('o."发货仓"', *Y25, margin=1.3),
        "cg56": lambda: customers_share("c.diabetes_type = 'T1'"),
        # ---- feedback
        "cg58": lambda: fb_topic_count(PAIR_T, "pairing_fail"),
        "cg59": lambda: top_fb_count("f.phone_brand", PAIR_T, margin=3.0),
        "cg60": lambda: fb_topic_count(AMISS_T, "alarm_missed", period=_in("f.ts", "2025-09-01", "2025-11-30")),
        "cg61": lambda: fb_topic_count(RSLOW_T, "replace_slow"),
        "cg62": lambda: top_fb_count('f."发货仓"', RSLOW_T, margin=1.8),
        "cg63": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.2),
        "cg64": lambda: fb_avg(f"f.channel = 'app_review' AND {_in('f.ts', *Y25)}"),
        "cg65": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "cg66": lambda: fb_ratio("f.rating <= 2", f"f.rating IS NOT NULL AND {_in('f.ts', *Y26)}"),
        "cg67": lambda: feedback_ids(f"{SIGNAL_T} AND {_in('f.ts', '2025-12-01', '2026-01-31')}"),
        "cg68": lambda: fb_topic_count(PRICE_T, "price"),
        "cg69": lambda: fb_avg("f.channel = 'ecommerce_review'"),
    }


def checks():
    """topic markers must match the generator's truth."""
    for cond, topic in MARKERS:
        _check_topic(cond, topic)


def main() -> int:
    global VERBOSE
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    VERBOSE = "-v" in sys.argv
    load(data)
    if has_truth():
        checks()
    fns = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(fns) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        assert it["lang"] in ("zh", "en"), it["id"]
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
        if VERBOSE:
            print(it["id"], it["lang"], it["question"][:90])
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["lang"], it["question"][:70], shown)
    print("status-only ok items:", status_only)
    zh = sum(it["lang"] == "zh" for it in items)
    print(f"{len(items)} items: zh {zh} / en {len(items) - zh}; status",
          {s: sum(it['expect']['status'] == s for it in items) for s in ('ok', 'unsupported', 'clarify')})
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
