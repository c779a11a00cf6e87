"""Gold answers for the 食舱 FoodPod shared-kitchen held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- the customer is a restaurant brand (品牌); "brands" / "tenants" / "客户" = distinct customer_id;
- funnels follow DATA.md: a brand reaches step k with an event at step k's touchpoint after reaching step k-1
  (strictly later), within the journey window from its first step-1 event in the period (leasing 60 d, onboarding
  45 d, maintenance 7 d, billing 30 d, renewal 60 d); rates are per brand; the tolerance covers both readings (later
  steps allowed after the period end, or not). "Where do we lose the most" = the step whose next step is not reached
  by the most brands (the loss between step k and k+1 is attributed to step k). A funnel split by a brand attribute
  filters the step-1 brands by it (customers table);
- sessions: a leasing lead = `session_id` LD00123 (tp_inquiry, tp_tour, tp_trial_start, tp_trial_end; the lease
  signed from it carries `lead_id`), a lease = LS00123 (tp_lease_signed, tp_move_in, tp_go_live, tp_delivery_day,
  tp_renewal_notice, tp_renewal, tp_churn), a bill = INV000123 (tp_invoice, tp_payment; = orders.order_id), a
  maintenance ticket = WO00123 (tp_ticket_open, tp_ticket_dispatch, tp_ticket_resolved). Per-session rates count
  sessions whose first event at the named step A falls in the period (by its date) and look for step B (with its
  condition) in the same session at any time; attributes (site, station size, ticket category, ...) are read from the
  A event. Trial-to-lease = share of trial weeks (tp_trial_end by date) whose lead has a tp_lease_signed with that
  `lead_id`; renewal rate = share of renewal notices (by notice date) followed by a tp_renewal in the same lease
  within 60 days (a lease gets one notice per term; the first-event-per-session rule does not apply to notices);
- times between steps = per session, first B ts - first A ts (B after A), period by the date of A; hours / days as
  asked (in days the tolerance also covers whole calendar days); "late" bill = paid on a date after its due date
  (issue date + 10 days, `days_late` > 0) or still unpaid at the end of the data;
- delivery volumes = the daily settlement rows (tp_delivery_day): orders = sum(`orders`), GMV = sum(`gmv`),
  "average daily orders per brand" = avg(`orders`) over the settlement rows (one row = one brand's trading day);
- money = our revenue = orders with status `paid` (bills, trial-week fees, set-up fees), by order ts (a monthly bill
  is dated on its issue day, the 1st of the month); refunded trial fees and unpaid bills are not revenue; outstanding
  = bills still `unpaid`; brands' delivery GMV is never our revenue;
- brand attributes as stored in customers (state at the end of the data); zh questions are checked against the Chinese
  twins (site, 菜系, 品牌类型, 档口规格, 获客渠道, 工单类别, 退租原因, brand) and en ones against site_en / cuisine / brand_type /
  station_size / acquisition_channel / ticket_category / churn_reason / brand_en / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); tour-form ratings = channel `tour_form`, repair ratings = `ticket_rating`; negative =
  1-2 stars; NPS = survey `nps` 0-10, NPS score = share 9-10 minus share 0-6 (as a fraction);
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


# ---------- funnels (per brand, DATA.md rule) ----------

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


def conv(journey, start, end, cond="1=1", step=None):
    """brands reaching the last step (or step `step`, 1-based) / brands at step 1."""
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append((c[step - 1] if step else c[-1]) / c[0])
        print("   ", c)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def step_conv(journey, start, end, a, b, cond="1=1"):
    """brands reaching step b / brands reaching step a (1-based steps) of the funnel."""
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[b - 1] / c[a - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
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
        print("   ", c, lost)
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per session (lead / lease / bill / ticket) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None, negate=False):
    """share of sessions with a first `a_tp` in the period that have (or, negate, lack) a `b_tp` matching b_cond."""
    sel = f"{by}, " if by else ""
    hit = "(b.session_id IS NULL)" if negate else "(b.session_id IS NOT NULL)"
    sql = f"""SELECT {sel}avg({hit}::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", negate=False):
    r = sess_rate(a_tp, b_tp, start, end, cond, b_cond, negate=negate)[0]
    print("    n =", r[1])
    return dict(value=round(r[0], 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, negate=False,
              lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by, negate=negate)
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        big = big[::-1]
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in big])
    if lowest:
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


# renewal rate: per renewal notice (a lease gets one notice per term), renewed = a tp_renewal in the same lease after the
# notice and within the renewal journey's 60 days (the next notice comes a year later)
RENEWED = """EXISTS (SELECT 1 FROM events r WHERE r.touchpoint_id = 'tp_renewal' AND r.session_id = a.session_id
             AND r.ts > a.ts AND r.ts <= a.ts + INTERVAL 60 DAY)"""


def renew_rate(start, end, cond="1=1", by=None, margin=1.2, lowest=True):
    sel = f"{by}, " if by else ""
    rows = q(f"""SELECT {sel}avg(({RENEWED})::int) r, count(*) n FROM events a
                 LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE a.touchpoint_id = 'tp_renewal_notice' AND {_in('a.ts', start, end)} AND ({cond})
                 {'GROUP BY 1 ORDER BY r' if by else ''}""")
    if not by:
        print("    n =", rows[0][1])
        return dict(value=round(rows[0][0], 4), tolerance=0.01)
    if not lowest:
        rows = rows[::-1]
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# trial week → lease: the lease carries the lead id
TRIAL_SIGNED = "EXISTS (SELECT 1 FROM events s WHERE s.touchpoint_id = 'tp_lease_signed' AND s.lead_id = a.session_id)"


def trial_rate(start, end, cond="1=1", by=None, min_n=1, margin=1.25, lowest=False):
    sel = f"{by}, " if by else ""
    rows = q(f"""SELECT {sel}avg(({TRIAL_SIGNED})::int) r, count(*) n FROM {_first('tp_trial_end')} a
                 LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE {_in('a.t', start, end)} AND ({cond}) {'GROUP BY 1 ORDER BY r DESC' if by else ''}""")
    if not by:
        print("    n =", rows[0][1])
        return dict(value=round(rows[0][0], 4), tolerance=0.01)
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        big = big[::-1]
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in big])
    if lowest:
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond, b_cond="1=1"):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp, b_cond)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="hours", b_cond="1=1"):
    """in days, the tolerance also covers whole calendar days (date of B - date of A)."""
    r = q(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}), count(*), "
          f"{agg}(date_diff('day', a.t::date, b.t::date)) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    v, n, vd = r[0]
    print("    n =", n, " calendar days:", vd)
    tol = max(0.1, v * 0.03)
    if unit == "days":
        tol = max(tol, abs(v - float(vd)) + 0.05)
    return dict(value=round(v, 2), tolerance=round(tol, 2))


def step_time_share(a_tp, b_tp, start, end, thr, unit="hours", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, cond="1=1", agg="median", unit="hours", margin=1.3, min_n=10):
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t) / {UNITS[unit]}) v, count(*) n "
             f"{_gap(a_tp, b_tp, start, end, cond)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC")
    print("   ", [(r[0], round(r[1], 2), r[2]) for r in rows])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1", people=False):
    n = one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    p = one(f"SELECT count(DISTINCT customer_id) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=n, tolerance=round(abs(n - p) + 0.5, 1) if people else 0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    print("   ", x, y)
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    r = q(f"SELECT avg(({num})::int), count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")[0]
    print("    n =", r[1])
    return dict(value=round(r[0], 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    print("   ", rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


DAY = "tp_delivery_day"


def deliv(start, end, cond="1=1", agg="sum(e.orders)", rel=0.002):
    v = one(f"SELECT {agg} FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{DAY}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * rel), 2))


def deliv_change(a, b, cond="1=1", agg="sum(e.orders)"):
    x = one(f"SELECT {agg} FROM events e WHERE e.touchpoint_id = '{DAY}' AND {_in('e.ts', *a)} AND ({cond})")
    y = one(f"SELECT {agg} FROM events e WHERE e.touchpoint_id = '{DAY}' AND {_in('e.ts', *b)} AND ({cond})")
    print("   ", x, y)
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def top_deliv(by, start, end, cond="1=1", agg="avg(e.orders)", margin=1.15, min_n=1):
    rows = q(f"SELECT {by}, {agg} v, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{DAY}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC")
    print("   ", [(r[0], round(float(r[1]), 1), r[2]) for r in rows[:5]])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", status="paid", agg="sum(o.amount)"):
    return _money(one(f"SELECT {agg} FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_all(cond, agg="sum(o.amount)"):
    return _money(one(f"SELECT {agg} FROM orders o WHERE {cond}"))


def orders_change(a, b, cond="1=1", agg="sum(amount)"):
    x = one(f"SELECT {agg} FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT {agg} FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    print("   ", x, y)
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def bills_late(start, end, cond="1=1", by=None, margin=1.3):
    """share of bills issued in the period paid after the due date (issue date + 10 days; `days_late` > 0) or still
    unpaid."""
    late = "(o.status = 'unpaid' OR o.days_late > 0)"
    sel = f"{by}, " if by else ""
    rows = q(f"""SELECT {sel}avg({late}::int) r, count(*) n FROM orders o LEFT JOIN customers c USING (customer_id)
                 WHERE o.order_type = 'rent' AND {_in('o.ts', start, end)} AND ({cond})
                 {'GROUP BY 1 ORDER BY r DESC' if by else ''}""")
    if not by:
        print("    n =", rows[0][1])
        return dict(value=round(rows[0][0], 4), tolerance=0.01)
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_customers(by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    print("   ", rows)
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


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    r = q(f"SELECT avg({col}), count(*) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")[0]
    print("    n =", r[1])
    return dict(value=round(r[0], 3), tolerance=tol)


def fb_ratio(num, cond):
    r = q(f"SELECT avg(({num})::int), count(*) FROM feedback f WHERE {cond}")[0]
    print("    n =", r[1])
    return dict(value=round(r[0], 4), tolerance=0.01)


def nps_score(cond):
    r = q(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int), count(*) FROM feedback f "
          f"WHERE f.nps IS NOT NULL AND {cond}")[0]
    print("    n =", r[1])
    return dict(value=round(r[0], 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False, col="f.rating"):
    rows = q(f"SELECT {by}, avg({col}) a, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    print("   ", [(r[0], round(r[1], 2), r[2]) for r in big])
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    print("   ", rows[:4])
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H2_24 = ("2024-09-01", "2024-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_25, Q2_25, Q3_25, Q4_25, Q1_26, Q2_26 = (quarter(2025, 1), quarter(2025, 2), quarter(2025, 3), quarter(2025, 4),
                                            quarter(2026, 1), quarter(2026, 2))
EXHAUST = ("2025-07-01", "2025-08-31")
COLD = ("2026-03-09", "2026-03-22")
ALL = ("2024-09-01", "2026-07-31")
(INQ, TOUR, TRIAL, TRIAL_END, SIGN, MOVE, LIVE, INV, PAY, OPEN, DISP, RES, NOTICE, RENEW, CHURN) = (
    "tp_inquiry", "tp_tour", "tp_trial_start", "tp_trial_end", "tp_lease_signed", "tp_move_in", "tp_go_live",
    "tp_invoice", "tp_payment", "tp_ticket_open", "tp_ticket_dispatch", "tp_ticket_resolved", "tp_renewal_notice",
    "tp_renewal", "tp_churn")
SMOKE_T = _like("f.text", ["排烟", "油烟", "exhaust", "smoke"])
GAS_T = _like("f.text", ["燃气", "gas"])
COLD_T = _like("f.text", ["冷库", "cold room"])
HIKE_T = _like("f.text", ["涨租", "rent increase", "rent hike"])
PRICEY_T = _like("f.text", ["贵", "expensive"])
SLOW_T = _like("f.text", ["修得太慢", "维修太慢", "slow to fix", "far too slow"])
FAST_T = _like("f.text", ["来得快", "fixed it quickly", "fixed quickly"])
PICKUP_T = _like("f.text", ["取餐", "pickup"])
PEST_T = _like("f.text", ["蟑螂", "老鼠", "cockroach", "pests"])
MANAGER_T = _like("f.text", ["驻场经理", "site manager"])
CLEAN_T = _like("f.text", ["干净", "spotless"])
LOCATION_T = _like("f.text", ["位置好", "great location"])
LOW_T = _like("f.text", ["单量太少", "not enough orders"])


def ticket_within(start, end, hours, cond="1=1"):
    """share of tickets opened in the period resolved within `hours` of being opened (unresolved = not within)."""
    r = q(f"""SELECT avg((b.t IS NOT NULL AND epoch(b.t - a.t) / 3600.0 <= {hours})::int), count(*)
              FROM {_first(OPEN)} a LEFT JOIN {_first(RES)} b USING (session_id)
              WHERE {_in('a.t', start, end)} AND ({cond})""")[0]
    print("    n =", r[1])
    return dict(value=round(r[0], 4), tolerance=0.01)


def deliv_ratio(num, start, end, cond="1=1"):
    v = one(f"SELECT sum({num}) / sum(e.orders) FROM events e WHERE e.touchpoint_id = '{DAY}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 4), tolerance=0.01)


FT_FALL = ("2025-09-01", "2026-02-28")
HQ_COLD = "a.site_id = 'HQ' AND a.ticket_category = 'refrigeration'"
TEA = "e.cuisine = 'tea_drinks'"


def gold():
    return {
        # ---- leasing funnel, trial weeks, inquiries
        "gk01": lambda: conv("leasing", *Y25),
        "gk02": lambda: top_lost("leasing", *H1_26),
        "gk03": lambda: rank_conv("leasing", *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "gk04": lambda: conv("leasing", *Y25, cond="c.acquisition_channel = 'tenant_referral'"),
        "gk05": lambda: step_conv("leasing", *Y25, 1, 2, cond="c.acquisition_channel = 'meituan_bd'"),
        "gk06": lambda: trial_rate(*ALL, by='c."菜系"', lowest=True, margin=1.2),
        "gk07": lambda: trial_rate(*ALL, cond="c.cuisine = 'tea_drinks'"),
        "gk08": lambda: trial_rate(*Y25),
        "gk09": lambda: step_time(INQ, TOUR, *Y25, unit="days"),
        "gk10": lambda: events_at(INQ, *H1_26, people=True),
        # ---- onboarding
        "gk11": lambda: top_step_time(MOVE, LIVE, *FT_FALL, by="a.site_en", unit="days", min_n=5, margin=1.8),
        "gk12": lambda: step_time(MOVE, LIVE, *FT_FALL, cond="a.site_id = 'FT'", unit="days"),
        "gk13": lambda: conv("onboarding", "2025-01-01", "2025-09-30"),
        "gk14": lambda: rate(SIGN, CHURN, *Y25, b_cond="churn_reason = 'cancelled_before_opening'"),
        # ---- maintenance
        "gk15": lambda: top_step_time(OPEN, RES, *EXHAUST, by="a.site", margin=2.0),
        "gk16": lambda: step_time(OPEN, RES, *EXHAUST, cond="a.site_id = 'BJ' AND a.ticket_category = 'exhaust'"),
        "gk17": lambda: top_events_count(OPEN, 'e."工单类别"', *Q3_25, cond="e.site_id = 'BJ'", margin=2.0),
        "gk18": lambda: events_at(OPEN, *month(2026, 3), cond="e.site_id = 'HQ' AND e.ticket_category = 'refrigeration'"),
        "gk19": lambda: events_at(OPEN, *month(2026, 2), cond="e.site_id = 'HQ' AND e.ticket_category = 'refrigeration'"),
        "gk20": lambda: step_time(OPEN, RES, *COLD, cond=HQ_COLD),
        "gk21": lambda: ticket_within(*Y25, 24),
        # ---- renewals and move-outs
        "gk22": lambda: renew_rate(*Y25),
        "gk23": lambda: renew_rate(*ALL, by='a."档口规格"', margin=1.2),
        "gk24": lambda: renew_rate(*ALL, cond="a.station_size = 'L'"),
        "gk25": lambda: renew_rate(*H1_26, cond="a.site_id = 'WJC'"),
        "gk26": lambda: renew_rate(*Y25, cond="a.site_id = 'WJC'"),
        "gk27": lambda: top_events_count(CHURN, "e.churn_reason", "2026-01-01", "2026-07-31", cond="e.site_id = 'WJC'",
                                         margin=2.0),
        "gk28": lambda: top_events_count(CHURN, 'e."退租原因"', *ALL,
                                         cond="e.churn_reason <> 'cancelled_before_opening'", margin=1.2),
        # ---- bills
        "gk29": lambda: bills_late(*Y25),
        "gk30": lambda: bills_late(*Y25, by="c.brand_type", margin=2.0),
        "gk31": lambda: bills_late(*month(2026, 2)),
        "gk32": lambda: bills_late(*month(2026, 1)),
        "gk33": lambda: step_time(INV, PAY, *Y25, cond="c.brand_type = 'independent'", unit="days"),
        "gk34": lambda: orders_all("o.status = 'unpaid'"),
        # ---- revenue
        "gk35": lambda: orders(*Y25),
        "gk36": lambda: top_orders("o.site_city", *Y25, margin=1.2),
        "gk37": lambda: orders_change(H1_25, H1_26),
        "gk38": lambda: orders(*month(2026, 6)),
        "gk39": lambda: orders(*Y25, cond="o.order_type = 'trial_fee'"),
        "gk40": lambda: orders_all("o.site_id = 'HQ' AND o.billing_month = '2026-04'", agg="sum(o.credit)"),
        # ---- delivery volumes
        "gk41": lambda: deliv(*month(2025, 10)),
        "gk42": lambda: top_deliv("e.site_en", *Y25),
        "gk43": lambda: top_deliv("c.brand", *Y25, agg="sum(e.orders)", margin=2.0),
        "gk44": lambda: deliv(*Y25, cond="c.brand_en = 'Crispy Lab'"),
        "gk45": lambda: deliv_change(month(2026, 1), month(2026, 2)),
        "gk46": lambda: top_deliv('e."菜系"', *Y25),
        "gk47": lambda: deliv(*Q1_26, agg="sum(e.gmv)"),
        "gk48": lambda: deliv(*month(2025, 7), cond=TEA, agg="avg(e.orders)", rel=0.01),
        "gk49": lambda: deliv(*month(2025, 12), cond=TEA, agg="avg(e.orders)", rel=0.01),
        "gk50": lambda: deliv_ratio("e.meituan_orders", *Y25),
        # ---- brands
        "gk51": lambda: top_customers("c.region", "c.segment = 'active'"),
        "gk52": lambda: events_at(INQ, "2026-03-09", "2026-03-15", people=True),
        # ---- feedback
        "gk53": lambda: fb_topic_count(SMOKE_T),
        "gk54": lambda: top_fb_count("f.site_en", SMOKE_T, margin=2.0),
        "gk55": lambda: fb_topic_count(COLD_T),
        "gk56": lambda: top_fb_count("f.site", PICKUP_T, margin=2.0),
        "gk57": lambda: fb_topic_count(HIKE_T),
        "gk58": lambda: top_fb_count("f.site", MANAGER_T, margin=2.0),
        "gk59": lambda: fb_avg("f.channel = 'tour_form'"),
        "gk60": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'ticket_rating' AND {_in('f.ts', *Y25)}"),
        "gk61": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *month(2026, 3))}"),
        "gk62": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *month(2025, 12))}"),
        "gk63": lambda: feedback_ids(f"{GAS_T} AND f.site_id = 'FT'"),
        "gk64": lambda: rank_fb_avg("f.site", f"f.channel = 'ticket_rating' AND {_in('f.ts', *Q3_25)}", 10,
                                    margin=0.3),
    }


def checks():
    """topic markers must match the generator's truth."""
    for cond, topic in ((SMOKE_T, "smoke"), (GAS_T, "gas"), (COLD_T, "cold"), (HIKE_T, "rent_hike"),
                        (PRICEY_T, "pricey"), (SLOW_T, "slow_fix"), (FAST_T, "fast_fix"), (PICKUP_T, "pickup"),
                        (PEST_T, "pests"), (MANAGER_T, "manager"), (CLEAN_T, "clean"), (LOCATION_T, "location"),
                        (LOW_T, "low_orders")):
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
