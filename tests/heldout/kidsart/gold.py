"""Gold answers for the 童画 LittleCanvas held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a parent (customer) reaches step k with an event at step k's touchpoint after reaching
  step k-1, within the journey window from their first step-1 event in the period (acquisition 14 d, trial 21 d,
  makeup 30 d, kit 14 d, refund 60 d, renewal 130 d); rates are per customer (people); the tolerance covers both
  readings (later steps allowed after the period end, or not) unless the question says later steps count. "Where do
  we lose the most" = the step whose next step is not reached by the most people (loss attributed to step k). A
  funnel split by an attribute filters the step-1 people by that attribute (customer attribute, or the attribute of
  the step-1 event such as the studio / teacher / mode of the trial booking);
- per-item rates over `session_id`: a trial = TR id (tp_trial_book, tp_trial_pay, tp_trial_attend), a term = EN id
  (tp_enrol or the renewal that opened it, tp_class, tp_absent, tp_makeup, tp_artwork_review, tp_refund_request,
  tp_refund, tp_renew = the renewal of that term), a kit order = KT id (tp_kit_order, tp_kit_delivered). Rates count
  items whose first event at step A falls in the period (by date) and look for step B in the same item at any time;
  attributes are read from the step-A event;
- times between steps = per item, first B ts - first A ts (B after A), period by the date of A, unit as asked;
- money = orders with status `paid` (refunded orders are no revenue), by order ts; revenue = term packages (new and
  renewals) + trial fees + art kits + exhibition tickets; refunds paid = `refund_amount` of tp_refund events by date;
  spend per paying family = paid amount / customers with >= 1 paid order in the period;
- customer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (studio, 校区城市, 城市, 年龄段, 获客渠道, 上课方式, teacher), en ones against studio_en / studio_city / region /
  child_age_group / acquisition_channel / teacher_en / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); after-class ratings = channel `class_rating`; Dianping reviews = `dianping_review`;
  negative = 1-2 stars when the question says so; NPS = parent_survey `nps` (0-10), NPS score = % promoters (9-10)
  - % detractors (0-6) as a fraction;
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


def lit(v) -> str:
    return "'" + str(v).replace("'", "''") + "'"


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
    """cond may use c.* (customer) and e.* (the step-1 event)."""
    steps, window = _steps(journey)
    ev = "SELECT * FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE s1 AS SELECT * FROM (SELECT e.*, row_number() OVER (
                    PARTITION BY e.customer_id ORDER BY e.ts, e.event_id) rn FROM fev e
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}) WHERE rn = 1""")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, e.ts AS t1, e.ts AS t
                    FROM s1 e JOIN customers c USING (customer_id) WHERE ({cond})""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", unbounded_only=False, frm=0, to=-1):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[to] / c[frm])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def funnel_count(journey, start, end, step, cond="1=1"):
    a = funnel(journey, start, end, cond=cond)[step]
    b = funnel(journey, start, end, bounded=True, cond=cond)[step]
    return dict(value=a, tolerance=max(0.5, abs(a - b) + 0.5))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30, unbounded_only=False, trap=False,
              where="1=1"):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM events e JOIN customers c USING (customer_id) "
                              f"WHERE {by} IS NOT NULL AND ({where})")]
    tops = set()
    for bounded in ((False,) if unbounded_only else (False, True)):
        rows, allrows = [], []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = {lit(g)} AND ({where})")
            if c[0]:
                allrows.append((g, c[-1] / c[0], c[0]))
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        allrows.sort(key=lambda r: r[1], reverse=not lowest)
        if lowest:
            assert rows[1][1] > rows[0][1] * margin, rows[:3]
        else:
            assert rows[0][1] > rows[1][1] * margin, rows[:3]
        if trap:
            assert allrows[0][0] != rows[0][0], allrows[:3]
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


# ---------- per item (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", by=None):
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


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", min_n=1, margin=1.25, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        big = big[::-1]
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def _makeup(start, end, cond):
    return f"""FROM events a LEFT JOIN customers c ON c.customer_id = a.customer_id
               LEFT JOIN (SELECT session_id, lesson_no, min(ts) t FROM events WHERE touchpoint_id = 'tp_makeup'
               GROUP BY 1, 2) m ON m.session_id = a.session_id AND m.lesson_no = a.lesson_no
               AND m.t > a.ts AND m.t <= a.ts + INTERVAL 30 DAY
               WHERE a.touchpoint_id = 'tp_absent' AND {_in('a.ts', start, end)} AND ({cond})"""


def makeup_rate(start, end, cond="1=1"):
    """share of leave requests (tp_absent events) whose missed lesson got a makeup within 30 days."""
    return dict(value=round(one(f"SELECT avg((m.t IS NOT NULL)::int) {_makeup(start, end, cond)}"), 4),
                tolerance=0.01)


def rank_makeup(start, end, by, lowest=True, margin=1.15, min_n=20):
    rows = q(f"SELECT {by}, avg((m.t IS NOT NULL)::int) r, count(*) n {_makeup(start, end, '1=1')} GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


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


def top_step_time(a_tp, b_tp, start, end, by, unit="days", margin=1.25):
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


def top_events(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def distinct_customers(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(DISTINCT e.customer_id) FROM events e LEFT JOIN customers c "
                          f"USING (customer_id) WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"),
                tolerance=0.5)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def orders_share(num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def orders_sum(col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=0.5)


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
    if topic and one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
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


ALL = ("2025-01-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
KIT_DELAY = ("2025-11-10", "2025-12-20")
(DISCOVER, CONSULT, TRIAL_BOOK, TRIAL_PAY, TRIAL_ATTEND, ENROL, CLASS, ABSENT, MAKEUP, REVIEW, KIT_ORDER, KIT_DELIV,
 EXHIB, REFUND_REQ, REFUND, RENEW) = (
    "tp_discover", "tp_consult", "tp_trial_book", "tp_trial_pay", "tp_trial_attend", "tp_enrol", "tp_class",
    "tp_absent", "tp_makeup", "tp_artwork_review", "tp_kit_order", "tp_kit_delivered", "tp_exhibition",
    "tp_refund_request", "tp_refund", "tp_renew")
APP = "f.channel = 'class_rating'"
IMPATIENT_T = _like("f.text", ["不耐烦", "凶", "impatient", "snapped"])
GENTLE_T = _like("f.text", ["温柔", "鼓励", "gentle", "encouraging"])
MAKEUP_T = _like("f.text", ["补课约不上", "补课名额", "makeup class", "makeup slot"])
KIT_T = _like("f.text", ["还没到", "物流", "hasn't arrived", "not delivered"])
LAG_T = _like("f.text", ["卡顿", "卡住", "掉线", "froze", "freezing", "laggy"])
PRICE_T = _like("f.text", ["太贵", "涨价", "too expensive", "price hike"])
PROGRESS_T = _like("f.text", ["进步", "improved", "progress"])
EXHIB_T = _like("f.text", ["画展", "exhibition"])
REFUND_T = _like("f.text", ["退费", "refund"])


def gold():
    return {
        # ---- funnels / conversion
        "ka01": lambda: conv("acquisition", *Y25),
        "ka02": lambda: top_lost("acquisition", *Q3_25),
        "ka03": lambda: rank_conv("acquisition", *Y25, by='c."获客渠道"', lowest=True, margin=1.2),
        "ka04": lambda: conv("acquisition", *Y25, cond="c.acquisition_channel = 'referral'"),
        "ka05": lambda: conv("trial", *Y25),
        "ka06": lambda: top_lost("trial", *Y25),
        "ka07": lambda: rate(TRIAL_BOOK, TRIAL_ATTEND, *Y25, "a.mode = 'online'"),
        "ka08": lambda: rate(TRIAL_BOOK, TRIAL_ATTEND, *Y25, "a.mode = 'offline'"),
        "ka09": lambda: rank_conv("trial", *ALL, by="e.teacher", min_n=40, margin=1.15),
        "ka10": lambda: rank_conv("trial", *ALL, by="e.teacher_en", min_n=40, lowest=True, margin=1.2,
                                  where="e.mode = 'offline'"),
        "ka11": lambda: conv("renewal", *H1_25, unbounded_only=True),
        "ka12": lambda: rank_conv("renewal", *Y25, by="c.child_age_group", lowest=True, unbounded_only=True),
        "ka13": lambda: conv("renewal", *Y25, cond="c.\"年龄段\" = '4-6岁启蒙班'", unbounded_only=True),
        "ka14": lambda: makeup_rate(*Y25),
        "ka15": lambda: rank_makeup(*Y25, by="a.studio"),
        "ka16": lambda: makeup_rate(*Y25, "a.studio_id = 'S04'"),
        # ---- times between steps
        "ka18": lambda: step_time(KIT_ORDER, KIT_DELIV, *KIT_DELAY),
        "ka19": lambda: step_time(KIT_ORDER, KIT_DELIV, "2025-09-01", "2025-10-31"),
        "ka20": lambda: step_time(REFUND_REQ, REFUND, *Q4_25, agg="avg"),
        "ka21": lambda: step_time(REFUND_REQ, REFUND, *H1_26, agg="avg"),
        "ka22": lambda: step_time_share(KIT_ORDER, KIT_DELIV, *month(2025, 11), 5),
        "ka23": lambda: rate(KIT_ORDER, KIT_DELIV, *Y25),
        # ---- money
        "ka25": lambda: orders(*Q3_25),
        "ka26": lambda: orders(*month(2026, 3)),
        "ka27": lambda: orders(*month(2026, 2)),
        "ka28": lambda: orders(*H2_25, "o.order_type = 'term' AND o.term_kind = 'renewal'"),
        "ka29": lambda: orders(*Q4_25, "o.order_type = 'kit'"),
        "ka30": lambda: orders_change(H1_25, H1_26),
        "ka31": lambda: events_sum(REFUND, "e.refund_amount", *Y25),
        "ka32": lambda: top_orders("o.studio", *Y25, "o.order_type = 'term'", margin=1.05),
        "ka33": lambda: orders_sum("o.tickets", *ALL, "o.exhibition = 'EX2026N'"),
        "ka34": lambda: per_customer(*Y25),
        "ka35": lambda: per_customer(*Y25, "c.\"获客渠道\" = '老带新'"),
        "ka36": lambda: orders_share("o.status = 'refunded'", *Y25, "o.order_type = 'term'"),
        "ka37": lambda: orders_count(*Y25, "o.order_type = 'kit' AND o.status = 'refunded'"),
        # ---- volumes / trends
        "ka39": lambda: events_at(TRIAL_BOOK, *month(2025, 7)),
        "ka40": lambda: events_at(TRIAL_BOOK, *month(2025, 6)),
        "ka43": lambda: events_at(CLASS, "2025-09-08", "2025-09-14"),
        "ka44": lambda: events_change(ENROL, Q4_25, Q1_26),
        "ka45": lambda: events_at(RENEW, *Q2_26),
        "ka46": lambda: distinct_customers(CLASS, *month(2026, 5)),
        # ---- customers
        "ka48": lambda: customers_count("c.segment = 'active'"),
        "ka49": lambda: customers_count("c.\"城市\" = '上海' AND c.\"会员等级\" = '金卡'"),
        "ka50": lambda: customers_count(_in("c.signup_at", *Q4_25)),
        "ka51": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'", margin=1.1),
        # ---- feedback
        "ka52": lambda: fb_topic_count(IMPATIENT_T, "impatient"),
        "ka53": lambda: top_fb_count("f.teacher_en", IMPATIENT_T, margin=3),
        "ka54": lambda: fb_avg(f"{APP} AND f.studio_id = 'S06' AND {_in('f.ts', *Y25)}", tol=0.03),
        "ka55": lambda: fb_topic_count(MAKEUP_T, "makeup_hard"),
        "ka56": lambda: top_fb_count("f.studio", MAKEUP_T, margin=3),
        "ka57": lambda: fb_topic_count(KIT_T, "kit_late", period=_in("f.ts", "2025-11-01", "2025-12-31")),
        "ka58": lambda: fb_topic_count(LAG_T, "online_lag"),
        "ka59": lambda: top_fb_count("f.device", LAG_T, margin=1.5),
        "ka60": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "ka61": lambda: rank_fb_avg("f.teacher", f"{APP} AND {_in('f.ts', *Y25)}", 20, margin=0.25),
        "ka62": lambda: rank_fb_avg("f.studio_en", f"{APP} AND {_in('f.ts', *Y25)}", 30, margin=0.15),
        "ka63": lambda: nps_score(f"f.channel = 'parent_survey' AND {_in('f.ts', *Y25)}"),
        "ka64": lambda: fb_avg(f"f.channel = 'parent_survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "ka65": lambda: feedback_ids(f"{MAKEUP_T} AND f.studio_id = 'S04'"),
        "ka67": lambda: fb_avg(f"f.channel = 'dianping_review' AND {_in('f.ts', *Y25)}", tol=0.03),
        "ka68": lambda: fb_topic_count(EXHIB_T, "exhibition"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((GENTLE_T, "gentle"), (PRICE_T, "price_high"), (PROGRESS_T, "progress"),
                        (REFUND_T, "refund_slow")):
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
