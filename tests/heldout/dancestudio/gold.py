"""Gold answers for the StepUp 舞步 dance-studio held-out batch, from plain DuckDB SQL over the raw CSVs of generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (trial 21 d, class 7 d, exam 60 d,
  recital 45 d, renew 180 d); rates are per person; the tolerance covers both readings (later steps allowed after
  the period end, or cut at it) unless the question says later steps count. "Where do we lose the most" = the step
  whose next step is not reached by the most people (the loss between k and k+1 is attributed to step k). A funnel
  split by a customer attribute filters the step-1 people by it;
- sessions: TR = one trial (tp_trial_book, tp_trial_attend, tp_refund), PK = one pack / term (tp_buy or tp_renew,
  tp_refund), CB = one class booking attempt (tp_class_book with action booked / full, tp_class_cancel,
  tp_checkin), EX = exam (tp_exam_signup, tp_exam), RC = recital (tp_costume, tp_recital). Trial show-up rate = share
  of trial bookings (TR) with a tp_trial_attend; "trial → purchase" per studio = share of attended trials (by the
  date of the trial class) whose customer has a tp_buy within 21 days after it; "full" share = share of
  tp_class_book events with action 'full' (booking attempts); grading pass rate = share of tp_exam events with
  exam_result 'pass';
- times between steps = per customer, first A in the period -> first B after it, median, in the unit asked;
- money = orders with status `paid` by order ts (refunded orders are no revenue); revenue = trial classes + class
  packs + term courses + exam fees + costume rentals; refunds = amount of `refunded` orders by `refunded_at`;
  spend per paying customer = paid amount / customers with >= 1 paid order in the period (trial orders included);
- customer attributes are as stored (state at the end of the data, 2026-08-31); zh questions are checked against
  the Chinese twins (studio, 门店城市, 城市, 获客渠道, 学员类型, 会员等级, 舞种, 老师), en ones against the English
  values (studio_en, studio_city, region, acquisition_channel, student_type, style, teacher, touchpoint_id, product);
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app class ratings = channel `mini_program_review`; rating by step =
  feedback.touchpoint_id over rows with a rating; negative = 1-2 stars; NPS = % promoters (9-10) - % detractors
  (0-6) of survey `nps`, as a fraction; average likelihood-to-recommend = mean of `nps`;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; weeks Monday..Sunday.
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "events"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
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


# ---------- funnels (per person, DATA.md rule) ----------

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


def conv(journey, start, end, cond="1=1", unbounded_only=False, frm=0, to=-1):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[to] / c[frm])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.15, lowest=False, min_n=30, unbounded_only=False):
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


# ---------- per session / per event ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    return q(f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
                 LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b
                 USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE {_in('a.t', start, end)} AND ({cond}) {'GROUP BY 1 ORDER BY r' if by else ''}""")


def rate(a_tp, b_tp, start, end, cond="1=1"):
    return dict(value=round(sess_rate(a_tp, b_tp, start, end, cond)[0][0], 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, lowest=True, margin=1.2):
    rows = sess_rate(a_tp, b_tp, start, end, by=by)
    if not lowest:
        rows = rows[::-1]
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    else:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def _trial_buy(start, end, cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    return q(f"""SELECT {sel}avg((b.customer_id IS NOT NULL)::int) r, count(*) n FROM {_first('tp_trial_attend')} a
                 LEFT JOIN (SELECT customer_id, min(ts) tb FROM events WHERE touchpoint_id = 'tp_buy' GROUP BY 1) b
                 ON b.customer_id = a.customer_id AND b.tb > a.t AND b.tb <= a.t + INTERVAL 21 DAY
                 LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE {_in('a.t', start, end)} AND ({cond}) {'GROUP BY 1 ORDER BY r' if by else ''}""")


def trial_buy(start, end, cond="1=1"):
    return dict(value=round(_trial_buy(start, end, cond)[0][0], 4), tolerance=0.01)


def rank_trial_buy(start, end, by, min_n, lowest=False, margin=1.15, trap=False):
    rows = _trial_buy(start, end, by=by)
    if not lowest:
        rows = rows[::-1]
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def ev_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_ev_share(tp, num, by, start, end, lowest=False, margin=1.2):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY r "
             f"{'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def cust_gap(a_tp, b_tp, start, end, unit="hours", cond="1=1"):
    div = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}[unit]
    v = one(f"""SELECT median(epoch(b.tb - a.ta) / {div}) FROM
                (SELECT customer_id, min(ts) ta FROM events WHERE touchpoint_id = '{a_tp}'
                 AND {_in('ts', start, end)} GROUP BY 1) a
                JOIN LATERAL (SELECT min(e.ts) tb FROM events e WHERE e.customer_id = a.customer_id
                 AND e.touchpoint_id = '{b_tp}' AND e.ts > a.ta) b ON true
                JOIN customers c ON c.customer_id = a.customer_id
                WHERE b.tb IS NOT NULL AND ({cond})""")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    x = events_at(tp, *a, cond)["value"]
    y = events_at(tp, *b, cond)["value"]
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


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
    return _money(one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = orders(*a, cond)["value"]
    y = orders(*b, cond)["value"]
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def refunds(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'refunded' "
                      f"AND {_in('o.refunded_at', start, end)} AND ({cond})"))


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
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


def fb_avg(cond, col="f.rating", tol=0.03):
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


Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
JAN_AUG_26 = ("2026-01-01", "2026-08-31")
Q1_26, Q2_26, Q3_25, Q4_25 = quarter(2026, 1), quarter(2026, 2), quarter(2025, 3), quarter(2025, 4)
SEP25 = month(2025, 9)
ALL = ("2025-01-01", "2026-08-31")
DISCOVER, TBOOK, TATTEND, BUY, CBOOK, CHECKIN, EXAM, RECITAL, RENEW = (
    "tp_discover", "tp_trial_book", "tp_trial_attend", "tp_buy", "tp_class_book", "tp_checkin", "tp_exam",
    "tp_recital", "tp_renew")
APP = "f.channel = 'mini_program_review'"
CROWD_T = _like("f.text", ["人太多", "太挤", "crowded", "too many people", "packed"])
FLOOR_T = _like("f.text", ["太滑", "很滑", "滑倒", "slipp"])
CHANGE_T = _like("f.text", ["更衣室", "changing room"])
LATE_T = _like("f.text", ["迟到", "临时换", " late ", "last-minute"])
FULL_T = _like("f.text", ["约不上", "满了", "抢不到", "fully booked", "all full", "everything is full"])
REFUND_T = _like("f.text", ["退费", "refund"])
PUSHY_T = _like("f.text", ["推销", "办卡", "hard sell", "pushy"])
COSTUME_T = _like("f.text", ["演出服", "costume"])
PRICE_T = _like("f.text", ["太贵", "价格偏高", "expensive", "pricey"])
RECITAL_T = _like("f.text", ["汇演", "recital"])
EXAMFAIL_T = _like("f.text", ["没过", "没通过", "didn't pass", "failed"])
FULL = "e.action = 'full'"
PASS = "e.exam_result = 'pass'"


def gold():
    return {
        # ---- funnels / conversion
        "ds01": lambda: conv("trial", *Y25),
        "ds02": lambda: top_lost("trial", *Q4_25),
        "ds03": lambda: rank_rate(TBOOK, TATTEND, *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "ds04": lambda: rate(TBOOK, TATTEND, *Y25, "c.acquisition_channel = 'referral'"),
        "ds05": lambda: rate(TBOOK, TATTEND, *Y25, "a.channel = 'douyin'"),
        "ds06": lambda: rank_trial_buy(*Y25, by="a.studio", min_n=100, lowest=True, margin=1.3),
        "ds07": lambda: rank_trial_buy(*JAN_AUG_26, by="a.studio_en", min_n=50, margin=1.1, trap=True),
        "ds08": lambda: trial_buy(*JAN_AUG_26, "a.studio_id = 'CD02'"),
        "ds09": lambda: ev_share(CBOOK, FULL, *SEP25),
        "ds10": lambda: ev_share(CBOOK, FULL, *month(2025, 8)),
        "ds11": lambda: top_ev_share(CBOOK, FULL, 'c."学员类型"', *SEP25, margin=1.5),
        "ds12": lambda: conv("renew", *H1_25, unbounded_only=True),
        "ds13": lambda: rank_conv("renew", *H1_25, by='c."学员类型"', unbounded_only=True),
        "ds14": lambda: conv("exam", *month(2025, 12), unbounded_only=True),
        "ds15": lambda: ev_share(EXAM, PASS, *month(2026, 1)),
        "ds16": lambda: top_ev_share(EXAM, PASS, "e.style", *ALL, lowest=True, margin=1.1),
        "ds17": lambda: trial_buy(*Y25),
        # ---- times
        "ds18": lambda: cust_gap(TATTEND, BUY, *Y25, unit="minutes"),
        "ds19": lambda: cust_gap(DISCOVER, TBOOK, *Y25, unit="hours"),
        # ---- money
        "ds20": lambda: orders(*Q4_25),
        "ds21": lambda: orders(*month(2026, 4)),
        "ds22": lambda: orders(*month(2026, 3)),
        "ds23": lambda: orders_change(H1_25, H1_26),
        "ds24": lambda: orders(*month(2025, 7), "o.order_type = 'costume_rental'"),
        "ds25": lambda: orders(*Y25, "o.order_type = 'exam_fee'"),
        "ds26": lambda: refunds(*Y25),
        "ds27": lambda: top_orders('o."门店城市"', *Y25, "o.order_type IN ('class_pack', 'term')", margin=1.3),
        "ds28": lambda: top_orders("o.order_type", *Y25),
        "ds29": lambda: per_customer(*Y25),
        "ds30": lambda: per_customer(*Y25, "c.student_type = 'kid'"),
        "ds31": lambda: orders_count(*H1_25, "o.order_type = 'trial' AND o.channel = 'douyin'"),
        "ds32": lambda: orders_avg(*Y25, "o.order_type IN ('class_pack', 'term')"),
        # ---- volumes
        "ds35": lambda: events_at(CHECKIN, "2025-09-08", "2025-09-14"),
        "ds36": lambda: events_at(CHECKIN, *month(2026, 7)),
        "ds37": lambda: events_at(CHECKIN, *month(2026, 6)),
        "ds38": lambda: events_change(CHECKIN, Q1_26, Q2_26),
        "ds39": lambda: events_at(RECITAL, *month(2026, 1)),
        "ds40": lambda: events_at(TBOOK, *Q3_25, "c.acquisition_channel = 'xiaohongshu'"),
        "ds41": lambda: per_customer_events(CHECKIN, *Y25),
        # ---- customers
        "ds42": lambda: customers_share("c.student_type = 'kid'"),
        "ds43": lambda: customers_count("c.\"城市\" = '深圳' AND c.\"会员等级\" = '金卡'"),
        "ds44": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        "ds45": lambda: top_customers('c."获客渠道"'),
        # ---- feedback
        "ds46": lambda: fb_topic_count(FLOOR_T, "floor"),
        "ds47": lambda: top_fb_count("f.studio_en", FLOOR_T, margin=2.0),
        "ds48": lambda: fb_avg(f"{APP} AND f.studio_id = 'HZ01' AND {_in('f.ts', *Q4_25)}"),
        "ds49": lambda: fb_avg(f"{APP} AND f.studio_id = 'HZ01' AND {_in('f.ts', *Q2_26)}"),
        "ds50": lambda: fb_topic_count(CROWD_T, "crowded"),
        "ds51": lambda: top_fb_count("f.studio", CROWD_T, margin=2.0),
        "ds52": lambda: fb_topic_count(CHANGE_T, "changing", period=_in("f.ts", *Y25)),
        "ds53": lambda: rank_fb_avg("f.teacher", APP, 20, margin=0.3),
        "ds54": lambda: top_fb_count('f."老师"', LATE_T, margin=2.0),
        "ds55": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "ds56": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 15, margin=0.4),
        "ds57": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "ds58": lambda: nps(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "ds59": lambda: feedback_ids(f"{PUSHY_T} AND f.studio_id = 'SH02'"),
        "ds61": lambda: fb_topic_count(FULL_T, "schedule_full", period=_in("f.ts", *SEP25)),
        "ds62": lambda: fb_topic_count(COSTUME_T, "costume"),
        "ds63": lambda: fb_avg(f"f.channel = 'dianping_review' AND {_in('f.ts', *Y25)}"),
        "ds64": lambda: fb_topic_count(REFUND_T, "refund_hard"),
    }


def checks():
    for cond, topic in ((LATE_T, "teacher_late"), (PUSHY_T, "pushy"), (PRICE_T, "price"), (RECITAL_T, "recital"),
                        (EXAMFAIL_T, "exam_fail"), (FULL_T, "schedule_full")):
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
    print("total", len(items), "zh", sum(i["lang"] == "zh" for i in items), "en", sum(i["lang"] == "en" for i in items))
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
