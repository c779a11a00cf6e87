"""Gold answers for the 书童 PageMate held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer (a parent account) reaches step k with an event at step k's touchpoint after
  reaching step k-1, within the journey window from their first step-1 event in the period (onboarding 14 d,
  box_cycle 10 d, book_return 10 d, renewal 120 d); rates are per customer (people); the tolerance covers both
  readings (later steps allowed after the period end, or not), except where the question says to count later steps.
  "Where do we lose the most" = the step whose next step is not reached by the most people (loss attributed to the
  step before it). A funnel split by a customer attribute filters the step-1 people by that attribute;
- a box = one `session_id` (BX000123): tp_box_pick, tp_ship, tp_deliver, tp_reading_log (0..n), tp_pickup_book,
  tp_pickup, tp_return_check, tp_buy_book (0..1), tp_rate (0..1). Per-box rates count boxes whose first event at the
  named step A falls in the period and look for step B in the same box at any time; box attributes (city / 城市,
  warehouse / 仓库, child_age_band, app_version, book_condition, age_fit) are read from the step-A event; shares of
  an attribute of one step (age_fit at tp_box_pick, book_condition at tp_ship, check_result at tp_return_check) are
  over that step's events in the period;
- times between steps = per box, first B ts - first A ts, period by the date of A; days fractional (the tolerance
  also covers whole calendar days); "longer than X" is strict;
- money = orders with status `paid` by order ts (refunded memberships are no revenue); revenue = membership fees +
  damage/lost-book fees + book purchases; refunds = `refund_amount` of tp_refund events by refund date; spend per
  paying family = paid amount / customers with >= 1 paid order in the period; new members = tp_member_pay events
  (first membership), renewals = tp_renew events;
- customer attributes as stored (state at the end of the data); zh top entities are the Chinese twins (城市, 仓库,
  孩子年龄段, 获客渠道, 会员套餐), en ones the English values / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); app ratings = channel `app_review` (1-5 stars); rating by step = feedback.touchpoint_id
  over rated rows; negative = 1-2 stars when the question says so; NPS = survey `nps` (0-10), NPS score =
  100 x (share 9-10 - share 0-6);
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


def conv(journey, start, end, cond="1=1", unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[-1] / c[0])
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


# ---------- per box (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    """share of boxes with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
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


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, trap=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:        # the minimum size matters: a small group tops the raw list
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


def step_time_share(a_tp, b_tp, start, end, thr, unit="days", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, unit="minutes", margin=1.25):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / {UNITS[unit]}) m {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY m DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, margin=1.25):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def per_customer_events(tp, start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
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


def top_per_customer(by, start, end, min_n, margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    assert rows[0][0] != big[0][0], rows[:3]          # a tiny group tops the raw list
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


def top_customers(by, cond="1=1", margin=1.3):
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
    if topic:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


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



# ---------- PageMate specifics ----------

def logs_per_box(start, end, cond="1=1"):
    v = one(f"""SELECT count(l.event_id) / count(DISTINCT a.session_id) FROM {_first('tp_deliver')} a
                LEFT JOIN events l ON l.session_id = a.session_id AND l.touchpoint_id = 'tp_reading_log'
                WHERE {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.05, float(v) * 0.01), 3))


def top_logs_per_box(by, start, end, margin=1.1):
    rows = q(f"""SELECT {by}, count(l.event_id) / count(DISTINCT a.session_id) v FROM {_first('tp_deliver')} a
                 LEFT JOIN events l ON l.session_id = a.session_id AND l.touchpoint_id = 'tp_reading_log'
                 WHERE {_in('a.t', start, end)} GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_per_customer_if(by, start, end, cond, min_n, margin=1.1, trap=True):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def share_of_orders(num, start, end, cond):
    v = one(f"SELECT sum(CASE WHEN {num} THEN amount ELSE 0 END) / sum(amount) FROM orders o "
            f"WHERE status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT 100 * (avg((nps >= 9)::int) - avg((nps <= 6)::int)) FROM feedback f WHERE nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(float(v), 2), tolerance=2.0)


def fb_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=0.5)


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
Q3_25, Q4_25 = quarter(2025, 3), quarter(2025, 4)
AGE_BUG = ("2025-06-10", "2025-07-20")
SEP_NOV_25 = ("2025-09-01", "2025-11-30")
DOUBLE11 = ("2025-11-08", "2025-11-19")
(DISCOVER, SIGNUP, PROFILE, MEMBER_PAY, CANCEL, REFUND, BOX_PICK, SHIP, DELIVER, READ, PICKUP_BOOK, PICKUP, CHECK,
 BUY, RATE, RENEW) = ("tp_discover", "tp_signup", "tp_child_profile", "tp_member_pay", "tp_cancel", "tp_refund",
                      "tp_box_pick", "tp_ship", "tp_deliver", "tp_reading_log", "tp_pickup_book", "tp_pickup",
                      "tp_return_check", "tp_buy_book", "tp_rate", "tp_renew")
APP = "f.channel = 'app_review'"
LATE_T = _like("f.text", ["快递员没来", "取书迟到", "都没人上门", "回收一直拖", "courier never came", "pickup was days late",
                          "nobody showed up"])
WORN_T = _like("f.text", ["书太旧", "书页破损", "品相很差", "脏兮兮", "worn out", "torn pages", "shabby"])
AGE_T = _like("f.text", ["不适合孩子年龄", "年龄段不符", "幼儿绘本", "年龄对不上", "too young for my kid", "wrong age group",
                         "didn't match my child's age"])
FEE_T = _like("f.text", ["赔损费", "赔偿费", "damage fee"])
SLOW_T = _like("f.text", ["迟迟不到", "一周才收到", "配送太慢", "took forever to arrive", "delivery was really slow"])
LOVE_T = _like("f.text", ["孩子特别喜欢", "每天都要读", "爱上阅读", "my kid loves", "read every night",
                          "can't wait for each box"])


def gold():
    return {
        # ---- funnels / conversion (people)
        "tb01": lambda: conv("onboarding", *Y25),
        "tb02": lambda: top_lost("onboarding", *Q1_26),
        "tb03": lambda: rank_conv("onboarding", *Y25, by="c.acquisition_channel", lowest=True, margin=1.1),
        "tb04": lambda: conv("onboarding", *Y25, cond="c.acquisition_channel = 'kindergarten'"),
        "tb05": lambda: conv("box_cycle", *H2_25),
        "tb06": lambda: conv("renewal", *H1_25, unbounded_only=True),
        "tb07": lambda: conv("book_return", *Q4_25, cond="c.region = 'Shanghai'"),
        # ---- per box
        "tb08": lambda: events_share(BOX_PICK, "e.age_fit = 'no'", *AGE_BUG, "e.child_age_band IN ('5-6', '7-8')"),
        "tb09": lambda: events_share(BOX_PICK, "e.age_fit = 'no'", "2025-08-01", "2025-12-31",
                                     "e.child_age_band IN ('5-6', '7-8')"),
        "tb10": lambda: top_events_share(BOX_PICK, "e.age_fit = 'no'", "e.app_version", *Y25, margin=2.0),
        "tb11": lambda: events_share(CHECK, "e.check_result <> 'ok'", *Y25),
        "tb12": lambda: top_events_share(CHECK, "e.check_result <> 'ok'", 'e."孩子年龄段"', *Y25),
        "tb13": lambda: events_share(CHECK, "e.check_result <> 'ok'", *Y25, "e.\"孩子年龄段\" = '3-4岁'"),
        "tb14": lambda: events_share(SHIP, "e.book_condition = 'worn'", *H1_26, "e.warehouse = 'GZ-Baiyun'"),
        "tb15": lambda: top_events_share(SHIP, "e.book_condition = 'worn'", "e.warehouse", *Y25, margin=2.0),
        "tb16": lambda: rate(DELIVER, BUY, *Q3_25),
        "tb17": lambda: top_logs_per_box("a.city", *Y25),
        "tb18": lambda: logs_per_box(*Y25),
        # ---- times between steps (per box)
        "tb19": lambda: step_time(PICKUP_BOOK, PICKUP, *Q4_25, "a.city = 'Shanghai'"),
        "tb20": lambda: step_time(PICKUP_BOOK, PICKUP, *Q4_25, "a.city = 'Beijing'"),
        "tb21": lambda: top_step_time(PICKUP_BOOK, PICKUP, *SEP_NOV_25, by="a.city", unit="days", margin=2.0),
        "tb22": lambda: step_time_share(PICKUP_BOOK, PICKUP, *SEP_NOV_25, 2, cond="a.\"城市\" = '上海'"),
        "tb23": lambda: step_time(SHIP, DELIVER, *Y25),
        "tb24": lambda: step_time(SHIP, DELIVER, *DOUBLE11, agg="avg"),
        # ---- money
        "tb26": lambda: orders(*Y25, "o.order_type = 'membership'"),
        "tb27": lambda: orders(*Q1_26),
        "tb28": lambda: events_sum(REFUND, "e.refund_amount", *Y25),
        "tb29": lambda: orders(*month(2025, 11), "o.order_type = 'book_purchase'"),
        "tb30": lambda: orders(*month(2025, 10), "o.order_type = 'book_purchase'"),
        "tb31": lambda: orders_change(H1_25, H1_26),
        "tb32": lambda: orders(*H2_25, "o.order_type = 'damage_fee'"),
        "tb33": lambda: share_of_orders("o.fee_reason = 'lost'", *Y25, "o.order_type = 'damage_fee'"),
        "tb34": lambda: per_customer(*Y25),
        "tb35": lambda: rank_rate(DELIVER, BUY, *Y25, by='a."孩子年龄段"', margin=2.0),
        "tb36": lambda: events_at(MEMBER_PAY, *month(2026, 2)),
        "tb37": lambda: events_at(MEMBER_PAY, *month(2026, 3)),
        "tb38": lambda: events_change(RENEW, Q1_26, Q2_26),
        "tb39": lambda: events_at(RENEW, *Y25),
        "tb40": lambda: events_at(SIGNUP, "2025-09-08", "2025-09-14"),
        # ---- customers
        "tb43": lambda: customers_count("c.\"城市\" = '上海' AND c.\"孩子年龄段\" = '3-4岁'"),
        "tb44": lambda: customers_share("c.acquisition_channel = 'xiaohongshu'"),
        "tb45": lambda: customers_count(_in("c.signup_at", *Q3_25)),
        "tb46": lambda: customers_count("c.segment = 'lapsed'"),
        # ---- feedback
        "tb47": lambda: fb_topic_count(LATE_T, "late_pickup"),
        "tb48": lambda: top_fb_count("f.city", LATE_T, margin=2.0),
        "tb49": lambda: fb_topic_count(WORN_T, "worn", period=_in("f.ts", *H1_26)),
        "tb50": lambda: top_fb_count("f.warehouse", WORN_T, margin=1.5),
        "tb51": lambda: fb_topic_count(AGE_T, "age_mismatch", period=_in("f.ts", *month(2025, 7))),
        "tb52": lambda: fb_avg(f"{APP} AND {_in('f.ts', *Y25)}"),
        "tb53": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "tb54": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *H2_25), 30, margin=0.1),
        "tb55": lambda: fb_avg(f"{APP} AND f.city = 'Guangzhou' AND {_in('f.ts', *H1_26)}", tol=0.03),
        "tb56": lambda: fb_avg(f"{APP} AND f.city = 'Beijing' AND {_in('f.ts', *H1_26)}", tol=0.03),
        "tb57": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "tb58": lambda: nps_score(_in("f.ts", *Y25)),
        "tb59": lambda: fb_topic_count(FEE_T, "damage_fee", period=_in("f.ts", *Y25)),
        "tb60": lambda: feedback_ids(f"{LATE_T} AND f.city = 'Shanghai'"),
        "tb61": lambda: fb_count("f.language = 'en'"),
        "tb62": lambda: fb_count("f.channel = 'xiaohongshu'"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((SLOW_T, "delivery_slow"), (LOVE_T, "love"), (AGE_T, "age_mismatch"), (WORN_T, "worn"),
                        (FEE_T, "damage_fee")):
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
