"""Gold answers for the 田园盒子 FarmBox held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write] [-v]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint strictly after reaching step
  k-1, within the journey window from their first step-1 event in the period (acquire 14 d: landing -> trial box
  ordered; trial 21 d: trial box ordered -> trial box delivered -> plans page viewed -> subscription started; issue
  7 d: issue reported -> compensation decided; visit 45 d: farm visit booked -> attended; pause 90 d: paused ->
  resumed; cancel 14 d: cancellation requested -> retention call -> cancelled). Any event at a touchpoint counts (a
  rejected compensation still reaches tp_compensation; a retention call that saved the customer still reaches
  tp_retention_call). Rates are per customer (people); the tolerance covers both readings (later steps allowed after
  the period end, or not), except where the question says later steps count (then only that reading). "Where do we lose the most" = the step whose next step is not reached by the most people
  (the loss between step k and k+1 is named by step k). A funnel split by a customer attribute filters the step-1
  people by it (customers.acquisition_channel etc., as stored);
- keys: one issue case = `session_id` IS00001 (tp_issue_report / tp_compensation); one farm-visit booking = VB00001
  (tp_visit_book / tp_visit_attend); one pause = PA00001 (tp_pause / tp_resume); one cancellation case = CX00001
  (tp_cancel_request / tp_retention_call / tp_cancel); one box = `box_id` (tp_customize / tp_substitution /
  tp_box_deliver / tp_issue_report and the order). Per-key rates count keys whose first step-A event falls in the
  period (by its date) and look for step B (with its condition) under the same key at any time; attributes are read
  from the A event (or the customer);
- box rates are per delivered box (tp_box_deliver, by the delivery date): substitution rate = delivered boxes with a
  substitution notice for the same box_id / delivered boxes; late rate = deliveries with action `late` / deliveries;
  warm share = deliveries with delivery_temp_c > 8 / deliveries; missing-item rate = missing_item issue reports on
  the boxes delivered in the period / those boxes. Substituted item = `item_out` (缺货品), what went in = `item_in`
  (替换品); a farm's substitution rate uses the farm on the delivery;
- compensation: rejection share = tp_compensation events with action `rejected` / all compensation decisions of the
  issues reported in the period; credit = `credit_amount` of `credited` decisions by decision date;
- times between steps = per key (or per person for the trial funnel: the first trial order in the period to the
  first subscription after it), first B ts - first A ts, B after A, period by the date of A; median unless the
  question says average; days/hours as asked (tolerance also covers whole calendar days);
- money = orders with status `paid` (cancelled = declined charges retried the next day, refunded = trial boxes
  never delivered; neither is revenue), by order ts; revenue = trial boxes + weekly box orders (with add-ons on the
  same order) + farm visit tickets; per paying customer = paid revenue / distinct customers with a paid order;
- customer attributes are as stored (state at the end of the data: segment, tier = box size, plan); zh questions
  are checked against the Chinese twins (获客渠道, 配送仓, 城市, 缺货品, 替换品, 缺件商品, 问题类型, 退订原因, farm,
  配送商, 盒型), en ones against acquisition_channel / hub / city / item_out / item_in / item / issue_type /
  cancel_reason / farm_en / courier / box_size / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); ratings = `rating` 1-5 (mini program reviews, a few Xiaohongshu notes); negative =
  1-2 stars; NPS = survey `nps` (0-10), NPS score = share 9-10 minus share 0-6 (as a fraction);
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday; a month as `YYYY-MM`.
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


def conv(journey, start, end, cond="1=1", step_from=0, step_to=-1, invert=False, open_only=False):
    """open_only: the question says that later steps after the period end count (window from step 1)."""
    vals = []
    for bounded in ((False,) if open_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        v = c[step_to] / c[step_from]
        vals.append(1 - v if invert else v)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def funnel_count(journey, start, end, step, cond="1=1"):
    a = funnel(journey, start, end, bounded=False, cond=cond)[step]
    b = funnel(journey, start, end, bounded=True, cond=cond)[step]
    return dict(value=a, tolerance=max(0.5, abs(a - b) + 0.5))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30, cond="1=1", step_from=0, step_to=-1):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
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


def person_days(a_tp, b_tp, start, end, agg="median", cond="1=1"):
    """per person: first a_tp in the period -> first b_tp after it (any time)."""
    sql = f"""WITH a AS (SELECT e.customer_id, min(e.ts) t FROM events e JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id = '{a_tp}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1),
                   b AS (SELECT a.customer_id, a.t, min(e.ts) tb FROM a JOIN events e ON e.customer_id = a.customer_id
                         AND e.touchpoint_id = '{b_tp}' AND e.ts > a.t GROUP BY 1, 2)
              SELECT {agg}(epoch(tb - t) / 86400.0), {agg}(date_diff('day', t::DATE, tb::DATE)), count(*) FROM b"""
    v, w, n = q(sql)[0]
    show("n =", n, "calendar days", w)
    return dict(value=round(v, 3), tolerance=round(max(0.1, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- per key (issue case / visit booking / pause / cancellation case) ----------

def _first(tp, key="session_id", cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY {key}
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND {key} IS NOT NULL) WHERE rn = 1)"""


def key_rate(a_tp, b_tp, start, end, key="session_id", cond="1=1", b_cond="1=1", by=None):
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


def step_days(a_tp, b_tp, start, end, key="session_id", cond="1=1", agg="median", unit=86400.0):
    v, n = q(f"SELECT {agg}(epoch(b.t - a.t) / {unit}), count(*) {_gap(a_tp, b_tp, start, end, key, cond)}")[0]
    tol = max(0.1, v * 0.03)
    if unit == 86400.0:
        w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, key, cond)}")
        show("n =", n, "calendar days", w)
        tol = max(tol, abs(v - w) + 0.05)
    else:
        show("n =", n)
    return dict(value=round(v, 3), tolerance=round(tol, 3))


def rank_step_days(a_tp, b_tp, start, end, by, key="session_id", agg="median", margin=1.3, min_n=10, lowest=False):
    rows = q(f"""SELECT {by}, {agg}(epoch(b.t - a.t) / 86400.0) v, count(*) n
                 {_gap(a_tp, b_tp, start, end, key, '1=1')} AND {by} IS NOT NULL GROUP BY 1
                 ORDER BY v {'' if lowest else 'DESC'}""")
    big = [r for r in rows if r[2] >= min_n]
    show([(r[0], round(r[1], 2), r[2]) for r in big])
    if lowest:
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


# ---------- boxes ----------

def _boxes(start, end, cond="1=1"):
    return f"""(SELECT e.*, e.ts AS t FROM events e LEFT JOIN customers c USING (customer_id)
               WHERE e.touchpoint_id = 'tp_box_deliver' AND {_in('e.ts', start, end)} AND ({cond}))"""


def box_rate(other_tp, start, end, cond="1=1", o_cond="1=1", per="box"):
    """delivered boxes in the period with an `other_tp` event on the same box_id (share of boxes), or the number of
    such events per delivered box (per='event')."""
    if per == "box":
        sql = f"""SELECT avg((o.box_id IS NOT NULL)::int), count(*) FROM {_boxes(start, end, cond)} d
                  LEFT JOIN (SELECT DISTINCT box_id FROM events WHERE touchpoint_id = '{other_tp}' AND ({o_cond})) o
                  USING (box_id)"""
    else:
        sql = f"""SELECT sum(coalesce(o.n, 0)) / count(*), count(*) FROM {_boxes(start, end, cond)} d
                  LEFT JOIN (SELECT box_id, count(*) n FROM events WHERE touchpoint_id = '{other_tp}' AND ({o_cond})
                  GROUP BY 1) o USING (box_id)"""
    v, n = q(sql)[0]
    show("n =", n)
    return dict(value=round(float(v), 4), tolerance=0.01)


def rank_box_rate(other_tp, start, end, by, cond="1=1", o_cond="1=1", margin=1.3, min_n=50):
    rows = q(f"""SELECT {by}, avg((o.box_id IS NOT NULL)::int) r, count(*) n FROM {_boxes(start, end, cond)} d
                 LEFT JOIN (SELECT DISTINCT box_id FROM events WHERE touchpoint_id = '{other_tp}' AND ({o_cond})) o
                 USING (box_id) WHERE {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    show([(r[0], round(r[1], 3), r[2]) for r in rows])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1", distinct=None):
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return dict(value=one(f"SELECT {what} FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) WHERE touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) WHERE touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', *b)} AND ({cond})")
    show(x, y)
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_avg(tp, col, start, end, cond="1=1", tol=0.05):
    v, n = q(f"SELECT avg({col}), count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")[0]
    show("n =", n)
    return dict(value=round(float(v), 3), tolerance=tol)


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
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC")
    show(rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders and customers ----------

def orders(start, end, cond="1=1", what="sum(o.amount)"):
    v = one(f"SELECT {what} FROM orders o WHERE status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    if what.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders_status(status, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE status = '{status}' AND {_in('o.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    show(x, y)
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def orders_share(num, start, end, cond="1=1"):
    v, n = q(f"SELECT avg(({num})::int), count(*) FROM orders o WHERE status = 'paid' AND {_in('o.ts', start, end)} "
             f"AND ({cond})")[0]
    show("n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    show(rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    v, n = q(f"SELECT avg(({num})::int), count(*) FROM customers c WHERE {cond}")[0]
    show("n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def has_truth():
    return one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'") > 0


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
Y26 = ("2026-01-01", "2026-07-31")
ALL = ("2025-01-01", "2026-07-31")
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
HEAT = ("2025-07-14", "2025-08-24")
SZ_BAD = ("2026-05-01", "2026-07-31")
(LANDING, TRIAL, TDELIVER, PLANS, SUBSCRIBE, CUSTOM, SKIP, SUBST, DELIVER, ISSUE, COMP, VBOOK, VATTEND, PAUSE,
 RESUME, CANCEL_REQ, CALL, CANCEL) = (
    "tp_landing", "tp_trial_order", "tp_trial_deliver", "tp_plan_view", "tp_subscribe", "tp_customize", "tp_skip",
    "tp_substitution", "tp_box_deliver", "tp_issue_report", "tp_compensation", "tp_visit_book", "tp_visit_attend",
    "tp_pause", "tp_resume", "tp_cancel_request", "tp_retention_call", "tp_cancel")
FRESH_T = _like("f.text", ["很新鲜", "so fresh"])
TASTE_T = _like("f.text", ["小时候的味道", "脆甜", "taste like", "crisp and sweet"])
SUBST_T = _like("f.text", ["换成了", "swapped"])
WARM_T = _like("f.text", ["冰袋都化了", "ice packs had melted"])
LATE_T = _like("f.text", ["送晚了", "arrived late"])
MISS_T = _like("f.text", ["缺了", "少发了", "was missing", "were missing"])
WILT_T = _like("f.text", ["蔫了", "wilted"])
CRUSH_T = _like("f.text", ["压坏", "crushed"])
MUCH_T = _like("f.text", ["吃不完", "too much food", "can't finish"])
VARIETY_T = _like("f.text", ["品种太单一", "same vegetables every week"])
PRICE_T = _like("f.text", ["太贵", "too expensive"])
FARM_T = _like("f.text", ["农场参观", "farm visit"])
TRIALBOX_T = _like("f.text", ["体验盒", "trial box"])
CSLOW_T = _like("f.text", ["还没处理", "still waiting for the credit"])
CFAST_T = _like("f.text", ["秒到账", "within the hour"])
MOVING_T = _like("f.text", ["搬家", "moving out"])
MARKERS = ((FRESH_T, "fresh"), (TASTE_T, "taste"), (SUBST_T, "substitution"), (WARM_T, "warm_box"),
           (LATE_T, "late"), (MISS_T, "missing"), (WILT_T, "wilted"), (CRUSH_T, "crushed"), (MUCH_T, "too_much"),
           (VARIETY_T, "variety"), (PRICE_T, "price"), (FARM_T, "farm_visit"), (TRIALBOX_T, "trial"),
           (CSLOW_T, "comp_slow"), (CFAST_T, "comp_fast"), (MOVING_T, "moving"))
SUZHOU = "c.city = 'suzhou'"


DECIDED = "a.session_id IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_compensation')"
SUBSCRIBERS = "c.segment IN ('active', 'paused', 'churned')"
ATTENDED = "c.customer_id IN (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_visit_attend')"
LATE = "e.action = 'late'"


def gold():
    return {
        # ---- acquisition and trial funnel
        "cb01": lambda: conv("trial", *Y25),
        "cb02": lambda: rank_conv("trial", *Y25, by="c.acquisition_channel", lowest=True, margin=2.0),
        "cb03": lambda: conv("trial", *Y25, cond="c.acquisition_channel = 'friend_referral'"),
        "cb04": lambda: top_lost("trial", *H1_26),
        "cb05": lambda: conv("trial", *month(2026, 3), open_only=True),
        "cb06": lambda: conv("trial", *month(2026, 2), open_only=True),
        "cb07": lambda: conv("acquire", *Q4_25),
        "cb08": lambda: rank_conv("acquire", *Y25, by='c."获客渠道"', margin=1.1),
        "cb09": lambda: events_at(TRIAL, *month(2026, 3)),
        "cb10": lambda: events_change(TRIAL, month(2026, 2), month(2026, 3)),
        "cb12": lambda: person_days(TRIAL, SUBSCRIBE, *Y25),
        # ---- substitutions
        "cb13": lambda: box_rate(SUBST, *HEAT),
        "cb14": lambda: rank_box_rate(SUBST, *HEAT, by="d.farm_en", margin=1.5),
        "cb15": lambda: top_events_count(SUBST, 'e."缺货品"', *Y25, margin=1.5),
        "cb16": lambda: top_events_count(SUBST, "e.item_in", *Y25, margin=1.5),
        "cb18": lambda: box_rate(SUBST, *H1_26),
        # ---- delivery and cold chain
        "cb19": lambda: events_share(DELIVER, LATE, *SZ_BAD, "e.hub = 'HUB_WZ'"),
        "cb20": lambda: events_share(DELIVER, LATE, *SZ_BAD, "e.hub <> 'HUB_WZ'"),
        "cb21": lambda: top_events_share(DELIVER, LATE, 'e."配送仓"', *month(2026, 6), margin=2.0),
        "cb22": lambda: top_events_share(DELIVER, "e.delivery_temp_c > 8", "e.courier", *Y26, margin=2.0),
        "cb24": lambda: events_at(DELIVER, "2026-06-15", "2026-06-21"),
        "cb25": lambda: events_avg(DELIVER, "e.delivery_temp_c", *SZ_BAD, "e.hub = 'HUB_WZ'"),
        "cb26": lambda: events_change(DELIVER, Q1_25, Q1_26),
        # ---- issues and compensation
        "cb27": lambda: box_rate(ISSUE, "2025-11-01", "2025-12-31", "e.hub = 'HUB_YH'", "issue_type = 'missing_item'",
                                 per="event"),
        "cb28": lambda: top_events_count(ISSUE, 'e."缺件商品"', *ALL, margin=1.5),
        "cb29": lambda: top_events_count(ISSUE, "e.issue_type", *Q2_26, margin=1.2),
        "cb30": lambda: top_events_count(ISSUE, 'e."问题类型"', *Y25, margin=1.1),
        "cb31": lambda: step_days(ISSUE, COMP, *Y25),
        "cb32": lambda: rank_step_days(ISSUE, COMP, *Y25, by="a.issue_type", margin=1.3),
        "cb33": lambda: rate(ISSUE, COMP, *ALL, cond=f"a.issue_type = 'wilted' AND {DECIDED}",
                             b_cond="action = 'rejected'"),
        "cb34": lambda: events_sum(COMP, "e.credit_amount", *Y25, "e.action = 'credited'"),
        "cb35": lambda: events_at(ISSUE, *month(2026, 6)),
        # ---- skips and pauses
        "cb36": lambda: top_month(SKIP, *Y26, margin=2.0),
        "cb38": lambda: rate(PAUSE, RESUME, *Y25),
        # ---- cancellations
        "cb40": lambda: top_events_count(CANCEL_REQ, "e.cancel_reason", *Y25, margin=1.5),
        "cb41": lambda: top_events_count(CANCEL_REQ, 'e."退订原因"', *SZ_BAD, SUZHOU, margin=3.0),
        "cb42": lambda: events_at(CANCEL_REQ, *SZ_BAD, SUZHOU),
        "cb43": lambda: events_change(CANCEL_REQ, ("2026-02-01", "2026-04-30"), SZ_BAD, SUZHOU),
        "cb44": lambda: events_share(CALL, "e.action = 'saved'", *Y25),
        "cb45": lambda: top_events_share(CALL, "e.action = 'saved'", 'e."退订原因"', *ALL, margin=1.4),
        "cb46": lambda: rate(CANCEL_REQ, CANCEL, *Y25),
        "cb47": lambda: events_at(CANCEL, *Q2_26),
        "cb48": lambda: customers_count("c.segment = 'active'"),
        "cb49": lambda: customers_share("c.segment = 'churned'", ATTENDED),
        "cb50": lambda: customers_share("c.segment = 'churned'", f"{SUBSCRIBERS} AND NOT {ATTENDED}"),
        "cb51": lambda: step_days(CANCEL_REQ, CANCEL, *Y25),
        # ---- farm visits
        "cb52": lambda: rate(VBOOK, VATTEND, *Y25),
        "cb53": lambda: rank_rate(VBOOK, VATTEND, *ALL, by="a.farm", lowest=True, margin=1.6),
        "cb54": lambda: top_events_count(VBOOK, "e.farm_en", *ALL, margin=1.8),
        # ---- money
        "cb56": lambda: orders(*Y25),
        "cb57": lambda: orders_change(H1_25, H1_26),
        "cb58": lambda: top_orders("o.box_size", *Y25, "o.order_type = 'box'", margin=1.3),
        "cb59": lambda: per_customer(*Q2_26),
        "cb61": lambda: orders(*month(2026, 6)),
        # ---- feedback
        "cb64": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.5),
        "cb65": lambda: nps_score(_in("f.ts", *Y26)),
        "cb66": lambda: fb_ratio("f.rating <= 2", f"f.rating IS NOT NULL AND {_in('f.ts', *SZ_BAD)}"),
        "cb67": lambda: fb_topic_count(SUBST_T),
        "cb68": lambda: fb_topic_count(SUBST_T, _in("f.ts", "2025-07-01", "2025-08-31")),
        "cb69": lambda: top_fb_count("f.city", WARM_T, margin=2.0),
        "cb71": lambda: feedback_ids(f"{WARM_T} AND f.city = 'suzhou' AND f.ts >= DATE '2026-05-01'"),
        "cb72": lambda: fb_topic_count(VARIETY_T, _in("f.ts", "2026-01-01", "2026-02-28")),
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
