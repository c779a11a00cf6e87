"""Gold answers for the 织源 WeaveSource held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write] [-v]

Conventions:
- "users" / "brands" / "customers" are brand accounts (customer_id). Funnels follow DATA.md: a brand reaches step k
  with an event at step k's touchpoint strictly after reaching step k-1, within the journey window from its first
  step-1 event in the period (first_order 120 d: brand account opened -> swatch request -> swatches delivered ->
  sample yardage order -> bulk PO placed -> deposit paid; fulfil 90 d: deposit paid -> lab-dip decision -> production
  started -> QC inspection -> shipped -> delivered; claim 30 d: claim filed -> claim resolved; repeat 180 d: bulk
  delivered -> repeat order placed). Any event at a touchpoint counts (a rejected lab dip still reaches the lab-dip
  decision step, a failed inspection the QC step). Funnel rates are per brand; the tolerance covers both readings
  (later steps allowed after the period end, or not). "Where do we lose the most" = the step whose next step is not
  reached by the most brands (the loss between step k and k+1 is attributed to step k). A funnel split by a brand
  attribute filters the step-1 brands by it;
- keys: one bulk purchase order = `session_id` PO00001 (= `po_id`; on tp_po_place / tp_reorder, tp_deposit, lab-dip
  events, tp_production, tp_qc, tp_balance, tp_ship, tp_deliver; claims and calls carry `po_id` too); one claim =
  `session_id` CLM0001 (= `claim_id`, tp_claim_submit / tp_claim_result); one swatch request = SW00001. Per-PO rates
  count the POs whose first step-A event falls in the period (by its date) and look for step B under the same key at
  any time; attributes (mill, fabric) are read from the A event;
- a bulk PO is placed at tp_po_place (a brand's first) or tp_reorder (repeat); "deposit rate" = POs placed that have a
  tp_deposit; first-round lab-dip approval = POs whose first lab-dip decision (round 1) is `approved`, by the date of
  that decision; lab-dip rounds = lab dips sent (tp_labdip_submit) per PO, over POs with an approved decision, by the
  date of the approval; QC failure rate = failed inspections / inspections (tp_qc events, re-inspections included), by
  inspection date; on-time delivery = tp_deliver events with on_time `yes` / deliveries, by delivery date; claim rate =
  deliveries in the period whose PO later has a claim / deliveries;
- times between steps = per key, first B ts - first A ts (B after A), the period by the date of A, in days (the
  tolerance also covers whole calendar days); lead time = deposit paid -> bulk delivered; transit = shipped ->
  delivered; claim handling = claim filed -> claim resolved;
- money = orders with status `paid` (cancelled deposits of POs never confirmed and refunded deposits / sample orders
  are no revenue), by order ts; GMV = sample yardage + bulk deposits + bulk balances; credit notes = `credit_amount`
  of tp_claim_result events with action credit_note, by resolution date;
- brand attributes are as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (客户规模, 获客渠道, 地区, 工厂, 面料类别, 疵点类型, 索赔类型, 处理结果, 驳回原因, 客户经理, 运输方式), en ones against
  tier / acquisition_channel / region / mill_en / fabric_category / defect_type / claim_type / resolution /
  account_manager / shipping_mode / touchpoint_id;
- feedback: "all data" includes undated rows (trade-show feedback cards have no date, some emails neither); topic
  counts by text markers with a 5 % tolerance (checked against _truth/feedback_truth.csv); ratings = `rating` 1-5
  (order reviews, trade-show cards); negative = 1-2 stars; NPS = survey `nps` (0-10), NPS score = share 9-10 minus
  share 0-6 (as a fraction);
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
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1, "
                    "all_varchar=true)")


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


def _tps(tp):
    tps = tp if isinstance(tp, (list, tuple)) else [tp]
    return ", ".join(f"'{t}'" for t in tps)


def _margin_ok(rows, margin, lowest):
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]


# ---------- funnels (per brand, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    steps, window = _steps(journey)
    ev = f"SELECT customer_id, ts, touchpoint_id FROM events WHERE touchpoint_id IN ({_tps(steps)})"
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


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30, cond="1=1", step_from=0, step_to=-1,
              open_only=False):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in ((False,) if open_only else (False, True)):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}' AND ({cond})")
            if c[step_from] >= min_n:
                rows.append((g, c[step_to] / c[step_from], c[step_from]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        show([(r[0], round(r[1], 3), r[2]) for r in rows])
        _margin_ok(rows, margin, lowest)
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


# ---------- per key (PO / claim) ----------

def _first(tp, key="session_id", cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY {key}
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id IN ({_tps(tp)}) AND ({cond})
               AND {key} IS NOT NULL) WHERE rn = 1)"""


def key_rate(a_tp, b_tp, start, end, key="session_id", cond="1=1", b_cond="1=1", by=None, a_cond="1=1"):
    """share of keys with a first `a_tp` in the period that have a `b_tp` (matching b_cond) under the same key."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.k IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp, key, a_cond)} a
              LEFT JOIN (SELECT DISTINCT {key} AS k FROM events e WHERE touchpoint_id IN ({_tps(b_tp)})
              AND ({b_cond})) b ON b.k = a.{key} LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {f'AND {by} IS NOT NULL GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, key="session_id", cond="1=1", b_cond="1=1", invert=False, a_cond="1=1"):
    r = key_rate(a_tp, b_tp, start, end, key, cond, b_cond, a_cond=a_cond)[0]
    show("n =", r[1])
    v = 1 - r[0] if invert else r[0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, key="session_id", cond="1=1", b_cond="1=1", min_n=20, margin=1.2,
              lowest=False, invert=False):
    rows = key_rate(a_tp, b_tp, start, end, key, cond, b_cond, by=by)
    rows = [(r[0], (1 - r[1]) if invert else r[1], r[2]) for r in rows if r[2] >= min_n]
    rows.sort(key=lambda r: r[1], reverse=not lowest)
    show([(r[0], round(r[1], 3), r[2]) for r in rows])
    _margin_ok(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def _gap(a_tp, b_tp, start, end, key, cond, b_cond="1=1"):
    return f"""FROM {_first(a_tp, key)} a JOIN {_first(b_tp, key, b_cond)} b ON a.{key} = b.{key}
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_days(a_tp, b_tp, start, end, key="session_id", cond="1=1", agg="median", b_cond="1=1"):
    v, n = q(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0), count(*) {_gap(a_tp, b_tp, start, end, key, cond, b_cond)}")[0]
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, key, cond, b_cond)}")
    show("n =", n, "calendar days", w)
    tol = max(0.1, v * 0.03, abs(v - w) + 0.05)
    return dict(value=round(v, 3), tolerance=round(tol, 3))


def rank_step_days(a_tp, b_tp, start, end, by, key="session_id", agg="median", margin=1.3, min_n=10, b_cond="1=1",
                   lowest=False, cond="1=1"):
    rows = q(f"""SELECT {by}, {agg}(epoch(b.t - a.t) / 86400.0) v, count(*) n
                 {_gap(a_tp, b_tp, start, end, key, cond, b_cond)} AND {by} IS NOT NULL GROUP BY 1
                 ORDER BY v {'' if lowest else 'DESC'}""")
    big = [r for r in rows if r[2] >= min_n]
    show([(r[0], round(r[1], 2), r[2]) for r in big])
    _margin_ok(big, margin, lowest)
    return dict(top_entity=big[0][0])


def first_share(tp, num, start, end, cond="1=1", by=None, margin=1.2, lowest=False, min_n=20):
    """per key: the first `tp` event of each PO (by its date) and whether it satisfies `num`."""
    sel = f"{by}, " if by else ""
    rows = q(f"""SELECT {sel}avg(({num})::int) r, count(*) n FROM {_first(tp)} a
                 LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE {_in('a.t', start, end)} AND ({cond}) {f'AND {by} IS NOT NULL GROUP BY 1' if by else ''}""")
    if not by:
        show("n =", rows[0][1])
        return dict(value=round(rows[0][0], 4), tolerance=0.01)
    rows = [r for r in rows if r[2] >= min_n]
    rows.sort(key=lambda r: r[1], reverse=not lowest)
    show([(r[0], round(r[1], 3), r[2]) for r in rows])
    _margin_ok(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def labdip_rounds(start, end, cond="1=1", by=None, margin=1.1, min_n=20):
    sel = f"{by}, " if by else ""
    rows = q(f"""SELECT {sel}avg(n_sub) r, count(*) n FROM (
                   SELECT a.*, (SELECT count(*) FROM events s WHERE s.touchpoint_id = 'tp_labdip_submit'
                                AND s.session_id = a.session_id) n_sub
                   FROM {_first('tp_labdip_decision', cond="action = 'approved'")} a) a
                 LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE {_in('a.t', start, end)} AND ({cond})
                 {f'AND {by} IS NOT NULL GROUP BY 1 ORDER BY r DESC' if by else ''}""")
    if not by:
        show("n =", rows[0][1])
        return dict(value=round(rows[0][0], 3), tolerance=0.03)
    rows = [r for r in rows if r[2] >= min_n]
    show([(r[0], round(r[1], 3), r[2]) for r in rows])
    _margin_ok(rows, margin, False)
    return dict(top_entity=rows[0][0])


def claim_rate(start, end, cond="1=1", by=None, margin=1.3, min_n=30):
    sel = f"{by}, " if by else ""
    rows = q(f"""SELECT {sel}avg((k.po_id IS NOT NULL)::int) r, count(*) n FROM events d
                 LEFT JOIN (SELECT DISTINCT po_id FROM events WHERE touchpoint_id = 'tp_claim_submit') k
                 ON k.po_id = d.po_id LEFT JOIN customers c ON c.customer_id = d.customer_id
                 WHERE d.touchpoint_id = 'tp_deliver' AND {_in('d.ts', start, end)} AND ({cond})
                 {f'AND {by} IS NOT NULL GROUP BY 1 ORDER BY r DESC' if by else ''}""")
    if not by:
        show("n =", rows[0][1])
        return dict(value=round(rows[0][0], 4), tolerance=0.01)
    rows = [r for r in rows if r[2] >= min_n]
    show([(r[0], round(r[1], 4), r[2]) for r in rows])
    _margin_ok(rows, margin, False)
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1", distinct=None):
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return dict(value=one(f"SELECT {what} FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id IN ({_tps(tp)}) AND {_in('e.ts', start, end)} AND ({cond})"),
                tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    base = f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) WHERE touchpoint_id IN ({_tps(tp)})"
    x = one(f"{base} AND {_in('e.ts', *a)} AND ({cond})")
    y = one(f"{base} AND {_in('e.ts', *b)} AND ({cond})")
    show(x, y)
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_share(tp, num, start, end, cond="1=1"):
    v, n = q(f"SELECT avg(({num})::int), count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id IN ({_tps(tp)}) AND {_in('e.ts', start, end)} AND ({cond})")[0]
    show("n =", n)
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=20, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id IN ({_tps(tp)}) AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    show([(r[0], round(r[1], 3), r[2]) for r in rows])
    _margin_ok(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2, distinct=None):
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    rows = q(f"SELECT {by}, {what} n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id IN ({_tps(tp)}) AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    show(rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_month(tp, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, count(*) n FROM events e WHERE e.touchpoint_id IN ({_tps(tp)}) "
             f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC")
    show(rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


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


def rank_nps(by, cond="1=1", min_n=50, margin=0.05):
    rows = q(f"SELECT {by}, avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) v, count(*) n FROM feedback f "
             f"WHERE f.nps IS NOT NULL AND {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY v")
    big = [r for r in rows if r[2] >= min_n]
    show([(r[0], round(r[1], 3), r[2]) for r in big])
    assert big[1][1] - big[0][1] > margin, big[:3]
    return dict(top_entity=big[0][0])


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


def top_fb_month(cond, margin=1.2):
    rows = q(f"SELECT strftime(f.ts, '%Y-%m') m, count(*) n FROM feedback f WHERE f.ts IS NOT NULL AND {cond} "
             f"GROUP BY 1 ORDER BY n DESC")
    show(rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- periods, touchpoints, markers ----------

H2_24 = ("2024-07-01", "2024-12-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2024-07-01", "2026-06-30")
Q3_24, Q4_24 = quarter(2024, 3), quarter(2024, 4)
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
(SHOW, SIGNUP, SW_REQ, SW_DEL, SAMPLE, PO, DEPOSIT, LD_SUB, LD_DEC, PROD, QC, BALANCE, SHIP, DELIVER, CLAIM,
 CLAIM_RES, REORDER, AM) = (
    "tp_trade_show", "tp_signup", "tp_swatch_request", "tp_swatch_deliver", "tp_sample_order", "tp_po_place",
    "tp_deposit", "tp_labdip_submit", "tp_labdip_decision", "tp_production", "tp_qc", "tp_balance", "tp_ship",
    "tp_deliver", "tp_claim_submit", "tp_claim_result", "tp_reorder", "tp_am_review")
ANY_PO = (PO, REORDER)
SHADE_T = _like("f.text", ["色差", "shade"])
LABDIP_T = _like("f.text", ["打色", "lab dip"])
LATE_T = _like("f.text", ["延误", "delayed", "arrived late"])
SHRINK_T = _like("f.text", ["缩水", "shrink"])
DEFECT_T = _like("f.text", ["疵点", "defect"])
MOQ_T = _like("f.text", ["起订量", "moq", "minimum order"])
DEPOSIT_T = _like("f.text", ["定金", "deposit"])
CUSTOMS_T = _like("f.text", ["清关", "customs"])
CLAIMREJ_T = _like("f.text", ["索赔被驳回", "claim was rejected", "claim rejected"])
CLAIMFAIR_T = _like("f.text", ["爽快", "赔付很及时", "credit note", "fairly"])
SWATCH_T = _like("f.text", ["样卡", "swatch"])
AM_T = _like("f.text", ["客户经理", "account manager"])
PRICE_T = _like("f.text", ["有竞争力", "competitive"])
ECO_T = _like("f.text", ["grs"])
TRACK_T = _like("f.text", ["进度", "tracking"])
HAND_T = _like("f.text", ["手感", "hand feel"])
SMALL_T = _like("f.text", ["小单快反", "small-batch"])
MARKERS = ((SHADE_T, "shade"), (LABDIP_T, "labdip_slow"), (LATE_T, "late"), (SHRINK_T, "shrinkage"),
           (DEFECT_T, "defects"), (MOQ_T, "moq"), (DEPOSIT_T, "deposit_terms"), (CUSTOMS_T, "customs"),
           (CLAIMREJ_T, "claim_rejected"), (CLAIMFAIR_T, "claim_fair"), (SWATCH_T, "swatch_good"), (AM_T, "am_good"),
           (PRICE_T, "price_good"), (ECO_T, "eco"), (TRACK_T, "tracking"), (HAND_T, "quality_good"),
           (SMALL_T, "small_batch"))
SHADE_BUG = ("2025-08-15", "2025-11-30")
FIRST_ROUND = "a.action = 'approved'"


FOREIGN = "c.region IN ('europe', 'north_america', 'asia_pacific')"
STARTUP = "c.tier = 'startup'"
REJECTED = "action = 'rejected'"


def gold():
    return {
        # ---- first-order funnel and onboarding
        "ws01": lambda: conv("first_order", *Y25),
        "ws02": lambda: rank_conv("first_order", *Y25, by="c.acquisition_channel", lowest=True, margin=1.4),
        "ws03": lambda: conv("first_order", *Y25, cond="c.acquisition_channel = 'trade_show'"),
        "ws04": lambda: top_lost("first_order", *Y25),
        "ws05": lambda: conv("first_order", *H2_25, cond=STARTUP, step_from=3, step_to=4, open_only=True),
        "ws06": lambda: conv("first_order", *H1_25, cond=STARTUP, step_from=3, step_to=4),
        "ws07": lambda: events_at(PO, *H1_26, STARTUP),
        "ws08": lambda: events_change(PO, H1_25, H1_26, STARTUP),
        "ws09": lambda: events_at(SIGNUP, *Q1_26),
        "ws10": lambda: step_days(SW_REQ, SW_DEL, *Y25, cond=FOREIGN),
        "ws11": lambda: step_days(SW_REQ, SW_DEL, *Y25, cond=f"NOT {FOREIGN}"),
        "ws12": lambda: events_at(SIGNUP, "2026-03-09", "2026-03-15"),
        # ---- POs and deposits
        "ws13": lambda: rank_rate(PO, DEPOSIT, *ALL, by="c.tier", lowest=True, margin=1.2),
        "ws14": lambda: rate(PO, DEPOSIT, *Y25, cond=STARTUP),
        "ws15": lambda: rate(ANY_PO, DEPOSIT, *Y25),
        # ---- lab dips
        "ws17": lambda: first_share(LD_DEC, FIRST_ROUND, *Y25),
        "ws18": lambda: first_share(LD_DEC, FIRST_ROUND, *SHADE_BUG, cond="a.mill_id = 'M01'"),
        "ws19": lambda: first_share(LD_DEC, FIRST_ROUND, *SHADE_BUG, cond="a.mill_id <> 'M01'"),
        "ws20": lambda: first_share(LD_DEC, FIRST_ROUND, *ALL, by='a."面料类别"', lowest=True, margin=1.3),
        "ws21": lambda: labdip_rounds(*Y25),
        "ws22": lambda: top_events_count(LD_DEC, 'e."驳回原因"', *Y25, "e.action = 'rejected'", margin=1.1),
        # ---- production and QC
        "ws23": lambda: events_share(QC, "e.action = 'fail'", *Y25),
        "ws24": lambda: top_events_share(QC, "e.action = 'fail'", 'e."工厂"', *Q4_25, margin=1.4),
        "ws25": lambda: top_events_count(QC, "e.defect_type", *H2_25, "e.action = 'fail'", margin=1.5),
        "ws26": lambda: events_share(QC, "e.action = 'fail'", *SHADE_BUG, "e.mill_id = 'M01'"),
        "ws27": lambda: events_share(QC, "e.action = 'fail'", *SHADE_BUG, "e.mill_id <> 'M01'"),
        "ws28": lambda: top_month(QC, *Y25, "e.action = 'fail'", margin=1.3),
        # ---- shipping and delivery
        "ws30": lambda: events_share(DELIVER, "e.on_time = 'yes'", *Y25),
        "ws31": lambda: top_events_share(DELIVER, "e.on_time = 'no'", 'c."地区"', *H1_26, margin=1.5),
        "ws32": lambda: step_days(SHIP, DELIVER, "2026-01-01", "2026-04-30",
                                  cond="a.shipping_mode = 'sea' AND c.region = 'europe'"),
        "ws33": lambda: step_days(SHIP, DELIVER, *Y25, cond="a.shipping_mode = 'sea' AND c.region = 'europe'"),
        "ws35": lambda: rank_step_days(DEPOSIT, DELIVER, *Y25, by="a.fabric_category", margin=1.05),
        "ws36": lambda: events_at(SHIP, *Y25, "e.shipping_mode = 'air'"),
        # ---- claims
        "ws37": lambda: claim_rate(*H2_25, by='d."工厂"', margin=2.0),
        "ws38": lambda: claim_rate(*Y25),
        "ws39": lambda: top_events_count(CLAIM, 'e."索赔类型"', *Q4_25, margin=2.0),
        "ws40": lambda: top_month(CLAIM, *ALL, margin=1.2),
        "ws41": lambda: step_days(CLAIM, CLAIM_RES, *Y25),
        "ws42": lambda: rank_step_days(CLAIM, CLAIM_RES, *ALL, by="a.mill_en", margin=1.2, min_n=10),
        "ws43": lambda: rate(CLAIM, CLAIM_RES, *Y25, b_cond=REJECTED),
        "ws44": lambda: events_sum(CLAIM_RES, "e.credit_amount", *Y25, "e.action = 'credit_note'"),
        "ws45": lambda: rate(CLAIM, CLAIM_RES, *ALL, cond="a.days_after_delivery > 14", b_cond=REJECTED),
        "ws46": lambda: rate(CLAIM, CLAIM_RES, *ALL, cond="a.days_after_delivery <= 14", b_cond=REJECTED),
        # ---- repeat business
        "ws47": lambda: conv("repeat", *H1_25, open_only=True),
        "ws48": lambda: rank_conv("repeat", *H1_25, by='c."客户规模"', lowest=True, margin=1.15, open_only=True),
        "ws49": lambda: events_at(REORDER, *Y25),
        # ---- money and brands
        "ws51": lambda: orders(*Y25),
        "ws52": lambda: orders_change(H1_25, H1_26),
        "ws53": lambda: orders(*Q1_26, "o.order_type = 'bulk_deposit'"),
        "ws54": lambda: top_orders('o."面料类别"', *H1_26, margin=1.1),
        "ws55": lambda: top_orders("c.account_manager", *Y25, margin=2.0, join_customers=True),
        "ws57": lambda: top_orders('c."品类"', *Y25, margin=1.5, join_customers=True),
        # ---- feedback
        "ws59": lambda: fb_topic_count(SHADE_T, "shade"),
        "ws60": lambda: top_fb_count("f.mill_en", SHADE_T, margin=2.5),
        "ws61": lambda: top_fb_month(SHADE_T, margin=1.3),
        "ws62": lambda: fb_topic_count(LATE_T, "late", period=_in("f.ts", *H1_26)),
        "ws63": lambda: top_fb_count('f."地区"', f"{LATE_T} AND {_in('f.ts', *H1_26)}", margin=1.8),
        "ws64": lambda: fb_avg(f"f.channel = 'order_review' AND {_in('f.ts', *Y25)}"),
        "ws65": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.4),
        "ws66": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}"),
        "ws67": lambda: rank_nps('f."地区"', "f.channel = 'survey'", margin=0.06),
        "ws68": lambda: fb_topic_count(MOQ_T, "moq"),
        "ws69": lambda: fb_avg("f.channel = 'trade_show_card'"),
        "ws70": lambda: feedback_ids(f"{SHADE_T} AND {_in('f.ts', '2025-10-01', '2025-12-31')}"),
        "ws71": lambda: fb_ratio("f.rating <= 2", f"f.rating IS NOT NULL AND {_in('f.ts', *H1_26)}"),
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
