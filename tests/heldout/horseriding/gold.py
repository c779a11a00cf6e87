"""Gold answers for the 御风 WindRider held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (trial 30 d, first_lesson 14 d, exam 45 d,
  renewal 180 d); rates are per customer (people); the tolerance covers both readings (later steps allowed after the
  period end, or not) unless the question says later steps count. "Where do we lose the most" = the step whose next
  step is not reached by the most people (the loss between step k and k+1 is attributed to step k). A funnel split by
  a customer attribute filters the step-1 people by that attribute;
- "users" / "people" / 人 = distinct customer_id; "students" (学员) = customers with a tp_buy_pack;
- a lesson booking = one `session_id` (LS000123) with tp_schedule, then tp_lesson_cancel or tp_lesson (and maybe
  tp_review); per-booking rates count bookings whose tp_schedule falls in the period (by its date) and look for the
  later event in the same booking; booking attributes (club, arena_type, coach) are read from the tp_schedule event;
  lead time = tp_lesson ts - tp_schedule ts in days;
- trial conversion "per trial ride" = tp_trial_ride events in the period whose customer has a tp_buy_pack within 30
  days after the ride;
- renewal "ever renewed" = students whose first tp_buy_pack is in the period and who have any tp_renew by the end of
  the data;
- exam pass rate = tp_exam events with exam_result = 'pass' / all tp_exam events (sittings, by exam date);
- money = orders with status `paid`, by order ts (refunded orders are no revenue); refunds = `refund_amount` of
  tp_refund events by refund date; spend per paying customer = paid amount / customers with >= 1 paid order in the
  period; lesson-pack revenue = order_type pack_10 / pack_20 / pack_40 / membership (first packs and renewals);
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (club, 马场城市, 城市, 学员类型, 获客渠道, 取消原因, 订单类型), en ones against club_en / club_city / region /
  rider_type / acquisition_channel / cancel_reason / order_type / touchpoint_id / coach_id / horse_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app lesson ratings = channel `mini_program_review`; rating by step =
  feedback.touchpoint_id over rows with a rating; negative = 1-2 stars when the question says so; NPS = survey `nps`
  (0-10), reported as the average score when the question asks for the average;
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


def conv(journey, start, end, cond="1=1", unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[-1] / c[0])
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


# ---------- trial rides, renewals ----------

def trial_buy(start, end, cond="1=1"):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events b WHERE b.customer_id = a.customer_id
                     AND b.touchpoint_id = 'tp_buy_pack' AND b.ts > a.ts AND b.ts <= a.ts + INTERVAL 30 DAY))::int)
                FROM events a JOIN customers c USING (customer_id)
                WHERE a.touchpoint_id = 'tp_trial_ride' AND {_in('a.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def _renew_sql(start, end, by="1"):
    return f"""SELECT {by} g, avg((r.customer_id IS NOT NULL)::int) v, count(*) n
               FROM (SELECT e.*, row_number() OVER (PARTITION BY customer_id ORDER BY ts) rn FROM events e
                     WHERE touchpoint_id = 'tp_buy_pack') a
               JOIN customers c USING (customer_id)
               LEFT JOIN (SELECT DISTINCT customer_id FROM events WHERE touchpoint_id = 'tp_renew') r
               USING (customer_id)
               WHERE a.rn = 1 AND {_in('a.ts', start, end)} GROUP BY 1 ORDER BY v DESC"""


def renew_rate(start, end):
    return dict(value=round(q(_renew_sql(start, end))[0][1], 4), tolerance=0.01)


def rank_renew(start, end, by, lowest=False, margin=1.15, min_n=30):
    rows = [r for r in q(_renew_sql(start, end, by)) if r[2] >= min_n]
    if lowest:
        rows = rows[::-1]
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- per lesson booking (session_id) ----------

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


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond)}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_time_share(a_tp, b_tp, start, end, thr, cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / 86400.0 > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, margin=1.25):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / 86400.0) m {_gap(a_tp, b_tp, start, end, '1=1')} "
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


def top_events_sum(tp, col, by, start, end, margin=1.2):
    rows = q(f"SELECT {by}, sum({col}) s FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"GROUP BY 1 ORDER BY s DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) GROUP BY 1 ORDER BY n DESC")
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


def rank_events_share(tp, num, by, start, end, margin=1.1, lowest=False, min_n=1):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 "
             f"ORDER BY r {'' if lowest else 'DESC'}")
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


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


def orders_count(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def orders_avg(start, end, cond="1=1"):
    v = one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


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
    has = f"list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')"
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) AND NOT {has}")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE {has} AND NOT ({cond})")
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


Y25 = ("2025-01-01", "2025-12-31")
ALL = ("2025-01-01", "2026-06-30")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1)
WINTER = ("2025-12-01", "2026-02-28")
PLUM = ("2025-06-15", "2025-07-15")
FLU = ("2026-03-01", "2026-04-30")
(DISCOVER, TRIAL_BOOK, TRIAL_RIDE, BUY, COACH, SCHEDULE, CANCEL, LESSON, CHANGE, EXAM_SIGNUP, EXAM, SHOP, BIRTHDAY,
 RENEW, REFUND, REVIEW) = (
    "tp_discover", "tp_trial_book", "tp_trial_ride", "tp_buy_pack", "tp_assign_coach", "tp_schedule",
    "tp_lesson_cancel", "tp_lesson", "tp_coach_change", "tp_exam_signup", "tp_exam", "tp_shop", "tp_birthday",
    "tp_renew", "tp_refund", "tp_review")
APP = "f.channel = 'mini_program_review'"
PACK = "o.order_type IN ('pack_10', 'pack_20', 'pack_40', 'membership')"
PASS = "e.exam_result = 'pass'"
HORSE_T = _like("f.text", ["脾气", "太烈", "暴躁", "spooky", "temper", "too spirited"])
SAFETY_T = _like("f.text", ["安全", "safety"])
COACHCH_T = _like("f.text", ["换教练", "教练又换", "换了新教练", "changed our coach", "coach left", "new coach every"])
SCHED_T = _like("f.text", ["约不到课", "约课太难", "weekend slot", "two weeks ahead"])
WEATHER_T = _like("f.text", ["天气", "下雨停课", "weather", "rained off"])
PRICE_T = _like("f.text", ["太贵", "性价比不高", "偏贵", "expensive", "pricey"])
HEALTH_T = _like("f.text", ["马生病", "马匹生病", "horses were sick"])
PRAISE_T = _like("f.text", ["耐心", "patient"])
GENTLE_T = _like("f.text", ["温顺", "gentle"])


def gold():
    return {
        # ---- trial funnel / conversion
        "hr01": lambda: conv("trial", *Y25),
        "hr02": lambda: top_lost("trial", *Q3_25),
        "hr03": lambda: rank_conv("trial", *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "hr04": lambda: conv("trial", *Y25, cond="c.acquisition_channel = 'school_partner'"),
        "hr05": lambda: trial_buy(*Y25, "c.\"学员类型\" = '少儿'"),
        "hr06": lambda: trial_buy(*Y25, "c.\"学员类型\" = '成人'"),
        "hr07": lambda: trial_buy(*ALL, "a.horse_id = 'H107'"),
        "hr08": lambda: trial_buy(*ALL, "a.club_id = 'BJ1' AND a.horse_id <> 'H107'"),
        "hr09": lambda: conv("first_lesson", *H1_26),
        "hr10": lambda: renew_rate(*H1_25),
        "hr11": lambda: rank_renew(*Y25, "a.club", margin=1.15),
        # ---- lessons and cancellations
        "hr13": lambda: rate(SCHEDULE, CANCEL, *Y25),
        "hr14": lambda: rate(SCHEDULE, CANCEL, *WINTER, "a.club_id = 'BJ2'", "cancel_reason = 'weather'"),
        "hr15": lambda: rate(SCHEDULE, CANCEL, *WINTER, "a.club_id = 'BJ1'", "cancel_reason = 'weather'"),
        "hr16": lambda: rank_rate(SCHEDULE, CANCEL, *FLU, by="a.club_en", b_cond="cancel_reason = 'horse_health'",
                                  min_n=100, margin=2.0),
        "hr17": lambda: events_at(CANCEL, *FLU, "e.club_id = 'CD1' AND e.cancel_reason = 'horse_health'"),
        "hr18": lambda: rate(SCHEDULE, CANCEL, *PLUM, "a.club_city = 'Shanghai' AND a.arena_type = 'outdoor'",
                             "cancel_reason = 'weather'"),
        "hr19": lambda: top_events_count(CANCEL, 'e."取消原因"', *Y25),
        "hr20": lambda: step_time(SCHEDULE, LESSON, *H1_26, "a.club_id = 'SH1'"),
        "hr21": lambda: top_step_time(SCHEDULE, LESSON, *Y25, by="a.club"),
        # ---- exams
        "hr23": lambda: events_share(EXAM, PASS, *Y25),
        "hr24": lambda: rank_events_share(EXAM, PASS, "e.exam_level", *ALL, lowest=True, margin=1.15, min_n=30),
        "hr25": lambda: events_share(EXAM, PASS, *ALL, "e.exam_level = 3"),
        "hr26": lambda: rank_events_share(EXAM, PASS, "e.coach_id", *ALL, lowest=True, margin=1.1, min_n=30),
        "hr29": lambda: conv("exam", *Y25, unbounded_only=True),
        # ---- money
        "hr30": lambda: orders(*Y25),
        "hr31": lambda: orders(*month(2026, 3)),
        "hr32": lambda: orders(*month(2026, 2)),
        "hr33": lambda: top_orders('o."订单类型"', *Y25, PACK, margin=1.02),
        "hr34": lambda: orders(*Q4_25, "o.order_type = 'gear'"),
        "hr35": lambda: orders(*H2_25, "o.order_type = 'birthday_party'"),
        "hr36": lambda: orders_change(H1_25, H1_26),
        "hr37": lambda: events_sum(REFUND, "e.refund_amount", *ALL),
        "hr38": lambda: top_events_sum(REFUND, "e.refund_amount", "e.refund_reason", *ALL),
        "hr40": lambda: top_orders("o.club_city", *Y25, PACK),
        "hr41": lambda: per_customer(*Y25),
        "hr42": lambda: per_customer(*Y25, "c.\"学员类型\" = '少儿'"),
        "hr44": lambda: per_customer_events(LESSON, *Y25, "c.rider_type = 'kid'"),
        # ---- volumes / trends
        "hr45": lambda: events_at(LESSON, "2025-08-04", "2025-08-10"),
        "hr46": lambda: events_at(LESSON, *month(2025, 7)),
        "hr47": lambda: events_at(LESSON, *month(2026, 2)),
        "hr50": lambda: events_change(LESSON, Q3_25, Q4_25),
        # ---- customers
        "hr52": lambda: customers_share("c.rider_type = 'kid'"),
        "hr53": lambda: customers_count("c.\"城市\" = '上海' AND c.\"会员类型\" = '年卡会员'"),
        "hr55": lambda: top_customers('c."获客渠道"', margin=1.3),
        # ---- feedback
        "hr56": lambda: fb_topic_count(HORSE_T, "horse_temper"),
        "hr57": lambda: top_fb_count("f.horse_id", HORSE_T, margin=2.0),
        "hr58": lambda: fb_topic_count(SAFETY_T, "safety"),
        "hr59": lambda: fb_avg(f"{APP} AND {_in('f.ts', *Y25)}"),
        "hr60": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "hr61": lambda: rank_fb_avg("f.club", f"{APP} AND {_in('f.ts', *Y25)}", 100, margin=0.1),
        "hr62": lambda: fb_avg(f"{APP} AND f.club_id = 'SH2' AND {_in('f.ts', '2025-09-01', '2025-12-31')}", tol=0.03),
        "hr63": lambda: fb_avg(f"{APP} AND f.club_id = 'SH2' AND {_in('f.ts', '2025-01-01', '2025-08-31')}", tol=0.03),
        "hr64": lambda: fb_topic_count(COACHCH_T, "coach_change", period=_in("f.ts", *H2_25)),
        "hr65": lambda: top_fb_count("f.club_en", COACHCH_T, margin=1.5),
        "hr66": lambda: top_fb_count("f.club", SCHED_T, margin=2.0),
        "hr67": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "hr68": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.4),
        "hr69": lambda: feedback_ids(f"{COACHCH_T} AND f.club_id = 'SH2'"),
        "hr72": lambda: fb_topic_count(WEATHER_T, "weather_cancel"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((SCHED_T, "scheduling"), (HEALTH_T, "horse_health"), (PRAISE_T, "coach_praise"),
                        (GENTLE_T, "horse_praise")):
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
