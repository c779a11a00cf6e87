"""Gold answers for the 伞享 ShareBrella held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (onboarding 7 d, rental 7 d, pass 30 d,
  deposit_refund 30 d); rates are per customer (people); the tolerance covers both readings (later steps allowed
  after the period end, or not), except where the question says to count later steps. "Where do we lose the most"
  = the step whose next step is not reached by the most people (the loss between step k and k+1 is attributed to
  step k). A funnel split by a customer attribute filters the step-1 people by that attribute;
- "users" / "people" = customers (customer_id); a rental = one `session_id` (R0000123): tp_scan, tp_borrow_fail
  (0..n), tp_borrow, tp_report_broken, tp_return_fail (0..n), tp_return, tp_charge or tp_overdue, tp_rate. Per-rental
  rates count rentals whose first event at the named step A falls in the period (by its date) and look for the later
  step B in the same rental at any time; rental attributes (station, 城市 / city, station_type, cabinet_model,
  weather, user_type, auth_method) are read from the step-A event. Station columns on events are the borrowing
  station, except on tp_return_fail (the station that rejected the return) and the `return_station*` columns;
- borrows = tp_borrow events (umbrella actually taken); scans = tp_scan events; times between steps = per rental,
  first B ts - first A ts, the period by the date of A, in minutes / hours / days as asked; "longer than X" strict;
- money = orders with status `paid` by order ts (refunded rentals / passes are no revenue); revenue = rental fees +
  monthly passes + overdue buy-outs, never deposits (a deposit is a liability; "deposits collected" questions name
  them); deposits refunded = `amount` of tp_deposit_refund events by arrival date; spend per paying customer =
  revenue / customers with >= 1 paid non-deposit order in the period;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (station, 城市, 用户类型, 会员等级, 获客渠道, 站点类型, 天气), en ones against station_en / city / region /
  user_type / acquisition_channel / station_type / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`; rating by step = feedback.touchpoint_id
  over rows with a rating; negative = 1-2 stars when the question says so; NPS questions = survey `nps` (0-10) mean
  or the classic NPS (% 9-10 minus % 0-6) as asked;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of`; a week is Monday..Sunday. The service launched on 2025-03-01, so "2025" = Mar..Dec.
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


def conv(journey, start, end, cond="1=1", unbounded_only=False, step=None):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        k = len(c) - 1 if step is None else step - 1
        vals.append(c[k] / c[0])
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
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per rental (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", by=None):
    """share of rentals with a first `a_tp` in the period that have a `b_tp`."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", min_n=1, margin=1.25, trap=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:        # the minimum size matters: a small group tops the raw list
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def _cgap(a_tp, b_tp, start, end, cond):
    """customer-level pairs (no session): each A event with the next B event of the same customer."""
    return f"""FROM (SELECT a.customer_id, a.ts AS at_, (SELECT min(b.ts) FROM events b
                     WHERE b.customer_id = a.customer_id AND b.touchpoint_id = '{b_tp}' AND b.ts > a.ts) AS bt_
                     FROM events a WHERE a.touchpoint_id = '{a_tp}' AND {_in('a.ts', start, end)} AND ({cond})) x
               WHERE bt_ IS NOT NULL"""


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days", customer_level=False):
    if customer_level:
        v = one(f"SELECT {agg}(epoch(bt_ - at_) / {UNITS[unit]}) {_cgap(a_tp, b_tp, start, end, cond)}")
    else:
        v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


def step_time_share(a_tp, b_tp, start, end, thr, unit="days", cond="1=1", customer_level=False):
    if customer_level:
        v = one(f"SELECT avg((epoch(bt_ - at_) / {UNITS[unit]} > {thr})::int) {_cgap(a_tp, b_tp, start, end, cond)}")
    else:
        v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_customers(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(DISTINCT e.customer_id) FROM events e WHERE e.touchpoint_id = '{tp}' "
                          f"AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_avg(tp, col, start, end, cond="1=1", tol_rel=0.01):
    v = float(one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 3), tolerance=round(max(0.02, v * tol_rel), 3))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def per_customer_events(tp, start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


# ---------- orders / customers ----------
REV = "o.order_type IN ('rental', 'monthly_pass', 'buyout')"


def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond=REV, status="paid"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond=REV, status="paid"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def orders_avg(start, end, cond):
    v = float(one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 3), tolerance=round(max(0.01, v * 0.005), 3))


def orders_change(a, b, cond=REV):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {REV} AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_per_customer(by, start, end, min_n=1, margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {REV} AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def top_orders(by, start, end, cond=REV, margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


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


def nps(cond):
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
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-03-01", "2025-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
SUMMER_26 = ("2026-06-01", "2026-08-31")
FW_BUG = ("2025-06-10", "2025-07-14")
(DISCOVER, ACTIVATE, SCAN, BFAIL, BORROW, BROKEN, RFAIL, RETURN, CHARGE, OVERDUE, PASS, REFREQ, DREFUND,
 RATE) = ("tp_discover", "tp_activate", "tp_scan", "tp_borrow_fail", "tp_borrow", "tp_report_broken",
          "tp_return_fail", "tp_return", "tp_charge", "tp_overdue", "tp_pass_buy", "tp_refund_req",
          "tp_deposit_refund", "tp_rate")
APP = "f.channel = 'mini_program_review'"
BFAIL_T = _like("f.text", ["不出伞", "出伞失败", "伞出不来", "didn't come out", "wouldn't release"])
BROKEN_T = _like("f.text", ["伞骨断", "伞是坏的", "破了个洞", "broken rib", "umbrella was broken", "hole in the canopy"])
SLOT_T = _like("f.text", ["伞槽满", "没有空位", "slots were full", "no empty slot"])
OVERCHARGE_T = _like("f.text", ["还在计费", "多扣", "still charged", "overcharged"])
BUYOUT_T = _like("f.text", ["买断", "buyout"])
DEPOSIT_T = _like("f.text", ["退押金", "押金退", "deposit refund"])
CONVENIENT_T = _like("f.text", ["方便", "救急", "saved me", "convenient"])
PASS_T = _like("f.text", ["月卡", "monthly pass"])


def gold():
    return {
        # ---- funnels / conversion
        "us01": lambda: conv("onboarding", *Y25),
        "us02": lambda: top_lost("onboarding", *Q3_25),
        "us03": lambda: rank_conv("onboarding", *Y25, by="c.acquisition_channel", lowest=True, margin=1.15),
        "us04": lambda: conv("onboarding", *Y25, cond="c.acquisition_channel = 'friend_invite'"),
        "us05": lambda: conv("rental", *H1_26),
        "us06": lambda: rate(SCAN, BFAIL, *FW_BUG, "a.cabinet_model = 'UB-1'"),
        "us07": lambda: rate(SCAN, BFAIL, *FW_BUG, "a.cabinet_model = 'UB-3'"),
        "us08": lambda: rank_rate(SCAN, BFAIL, *SUMMER_26, by="a.station", margin=3.0),
        "us09": lambda: events_at(SCAN, *SUMMER_26, "e.station_id = 'S17'"),
        "us10": lambda: conv("pass", *Y25, unbounded_only=True),
        "us11": lambda: rank_conv("pass", *Y25, by='c."用户类型"', margin=1.5, unbounded_only=True),
        "us12": lambda: rate(SCAN, BORROW, *Y25),
        "us13": lambda: rate(BORROW, OVERDUE, *Y25, "a.auth_method = 'deposit'"),
        "us14": lambda: rate(BORROW, OVERDUE, *Y25, "a.auth_method = 'credit_free'"),
        "us15": lambda: rank_rate(BORROW, OVERDUE, *Y25, by="c.\"用户类型\"", margin=2.0),
        "us16": lambda: rate(BORROW, BROKEN, *Y25),
        "us17": lambda: rate(BORROW, BROKEN, *Y25, "a.station_id = 'S12'"),
        # ---- times between steps
        "us18": lambda: step_time(REFREQ, DREFUND, *Q1_26, agg="avg", customer_level=True),
        "us20": lambda: step_time(BORROW, RETURN, *Y25, "a.user_type = 'commuter'", unit="hours"),
        "us21": lambda: step_time(SCAN, BORROW, *FW_BUG,
                                  "a.cabinet_model = 'UB-1' AND a.session_id IN (SELECT session_id FROM events "
                                  "WHERE touchpoint_id = 'tp_borrow_fail')", unit="minutes"),
        "us23": lambda: events_share(RETURN, "e.cross_station", *Y25),
        "us24": lambda: top_events(RFAIL, "e.return_station_en", *Y25, margin=3),
        # ---- money
        "us25": lambda: orders(*Q3_25, "o.order_type = 'rental'"),
        "us26": lambda: orders(*month(2026, 7)),
        "us27": lambda: orders(*month(2026, 6)),
        "us28": lambda: orders(*month(2026, 5), "o.order_type = 'monthly_pass'"),
        "us29": lambda: orders_change(("2025-03-01", "2025-08-31"), ("2026-03-01", "2026-08-31")),
        "us30": lambda: orders(*H2_25, "o.order_type = 'buyout'"),
        "us31": lambda: events_sum(DREFUND, "e.amount", *Q1_26),
        "us32": lambda: top_orders('o."站点类型"', *Y25, "o.order_type = 'rental'", margin=1.5),
        "us33": lambda: per_customer(*Y25),
        "us34": lambda: per_customer(*Y25, "c.\"用户类型\" = '通勤族'"),
        "us35": lambda: top_per_customer("c.user_type", *Y25, margin=1.5),
        "us36": lambda: per_customer_events(BORROW, *Y25, "c.user_type = 'commuter'"),
        "us38": lambda: orders(*Y25, "o.order_type = 'rental'", status="refunded"),
        "us39": lambda: _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.order_type = 'deposit' "
                                   f"AND o.status IN ('paid', 'refunded') AND {_in('o.ts', *Q2_26)}")),
        # ---- volumes / trends
        "us40": lambda: events_at(BORROW, "2025-06-16", "2025-06-22"),
        "us41": lambda: events_at(BORROW, *month(2026, 6)),
        "us45": lambda: events_change(SCAN, Q3_25, Q4_25),
        "us46": lambda: events_at(BORROW, *Y25, "e.\"天气\" = '暴雨'"),
        "us48": lambda: events_at(ACTIVATE, *month(2026, 7)),
        "us49": lambda: events_at(ACTIVATE, *month(2026, 7), "e.auth_method = 'deposit'"),
        # ---- customers
        "us51": lambda: customers_share("c.user_type = 'commuter'"),
        "us52": lambda: customers_count("c.\"城市\" = '上海' AND c.\"会员等级\" = '金牌'"),
        "us54": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'"),
        "us55": lambda: customers_share("c.auth_method = 'deposit'", "c.auth_method IS NOT NULL"),
        # ---- feedback
        "us56": lambda: fb_topic_count(BROKEN_T, "broken"),
        "us57": lambda: top_fb_count("f.station_en", BROKEN_T, margin=2.0),
        "us58": lambda: fb_avg(f"{APP} AND f.station_id = 'S12' AND {_in('f.ts', *Y25)}", tol=0.03),
        "us59": lambda: fb_topic_count(SLOT_T, "slot_full"),
        "us60": lambda: top_fb_count("f.station", SLOT_T, margin=3.0),
        "us61": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "us62": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *H1_26), 30, margin=0.5),
        "us63": lambda: fb_topic_count(DEPOSIT_T, "deposit_slow", period=_in("f.ts", *Q1_26)),
        "us64": lambda: fb_topic_count(BUYOUT_T, "overdue_fee", period=_in("f.ts", *H2_25)),
        "us65": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "us66": lambda: nps(f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}"),
        "us67": lambda: feedback_ids(f"({SLOT_T} OR {OVERCHARGE_T}) AND f.station_id = 'S06'"),
        "us68": lambda: fb_topic_count(BFAIL_T, "borrow_fail", period=_in("f.ts", *FW_BUG)),
        "us69": lambda: rank_fb_avg("f.station_en", f"{APP} AND {_in('f.ts', *Y25)}", 50, margin=0.3),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((CONVENIENT_T, "convenient"), (PASS_T, "pass_value"), (OVERCHARGE_T, "overcharge")):
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
