"""Gold answers for the 网动 NetGo tennis-club held-out batch, from plain DuckDB SQL over the raw CSVs of generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (court_booking 7 d, court_visit 7 d,
  lesson 30 d, stringing 14 d, rain 1 d, membership 90 d, repeat 30 d); rates are per customer (people); the
  tolerance covers both readings (later steps allowed after the period end, or not) unless the question says later
  steps count. "Where do we lose the most" = the step whose next step is not reached by the most people (loss
  between step k and k+1 attributed to step k). A funnel split by a customer attribute filters the step-1 people;
- a booking = one `session_id`: court bookings BK… (tp_court_search, tp_book, tp_pay_fail 0..n, tp_pay,
  tp_weather_alert, tp_indoor_switch / tp_cancel + tp_refund, tp_checkin, tp_play, tp_rate), lessons LS…
  (tp_lesson_book, tp_coach_cancel + tp_refund or tp_lesson), trials TR…, stringing ST… (order, ready, pickup).
  Per-booking rates count bookings whose first event at step A falls in the period (by its date) and look for step
  B in the same session at any time; booking attributes (club, 球馆城市 / club_city, 时段 / slot, court_type, coach,
  device) are read from the step-A event;
- times between steps = per session, first B ts - first A ts (B after A), period by the date of A; minutes / hours /
  days as asked (days fractional; "longer than X" strict);
- money = orders with status `paid` (refunded court fees / lessons are no revenue), by order ts; revenue = all paid
  order types (court, indoor_upgrade, trial, lesson, stringing, tournament, membership); refunds = `refund_amount`
  of tp_refund events by refund date; spend per paying customer = paid amount / customers with >= 1 paid order in
  the period; paid court bookings = tp_pay events (one per booking); lessons attended = tp_lesson events;
- customer attributes are as stored (state at the end of the data, 2026-08-31); zh questions are checked against
  Chinese twins (club, 球馆城市, 城市, 球友类型, 时段, 会员等级, coach), en ones against club_en / club_city / region /
  player_type / ntrp_level / court_type / acquisition_channel / coach_en / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); app ratings = channel `app_review` with a rating; rating by step =
  feedback.touchpoint_id over rows with a rating; negative = 1-2 stars; NPS questions use survey `nps` (0-10);
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of`; a week is Monday..Sunday.
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


def q(sql):
    return CON.execute(sql).fetchall()


def one(sql):
    return q(sql)[0][0]


def _in(col, start, end):
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


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


# ---------- per session ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None, negate=False):
    sel = f"{by}, " if by else ""
    hit = "(b.session_id IS NULL)" if negate else "(b.session_id IS NOT NULL)"
    sql = f"""SELECT {sel}avg({hit}::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", negate=False):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond, negate=negate)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", min_n=1, margin=1.25, trap=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
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


def orders_share(num, start, end, cond="1=1"):
    v = one(f"SELECT sum(CASE WHEN {num} THEN amount ELSE 0 END) / sum(amount) FROM orders o WHERE status = 'paid' "
            f"AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 4), tolerance=0.01)


def orders_avg(start, end, cond="1=1"):
    v = one(f"SELECT avg(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


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
    """the text markers must agree with the generator's truth."""
    has = f"list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')"
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) AND NOT {has}")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE {has} AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic and HAS_TRUTH:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
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


HAS_TRUTH = False
Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
PAY_BUG = ("2025-06-09", "2025-07-06")
WANG = ("2025-09-01", "2026-08-31")
ALL = ("2025-01-01", "2026-08-31")
(DISCOVER, SEARCH, BOOK, PAY_FAIL, PAY, ALERT, SWITCH, CANCEL, REFUND, CHECKIN, PLAY, RATE, TRIAL, LBOOK, CCANCEL,
 LESSON, S_ORDER, S_READY, S_PICKUP, TOURN, MEMBER) = (
    "tp_discover", "tp_court_search", "tp_book", "tp_pay_fail", "tp_pay", "tp_weather_alert", "tp_indoor_switch",
    "tp_cancel", "tp_refund", "tp_checkin", "tp_play", "tp_rate", "tp_trial_lesson", "tp_lesson_book",
    "tp_coach_cancel", "tp_lesson", "tp_stringing_order", "tp_stringing_ready", "tp_stringing_pickup",
    "tp_tournament", "tp_membership")
APP = "f.channel = 'app_review' AND f.rating IS NOT NULL"
SURF_T = _like("f.text", ["积水", "坑洼", "看不清", "waterlogged", "bumpy", "faded"])
LIGHT_T = _like("f.text", ["灯光太暗", "dim"])
CC_T = _like("f.text", ["临时取消", "last minute"])
APPF_T = _like("f.text", ["付款失败", "payment failed"])
RAIN_T = _like("f.text", ["补差价", "extra to move indoors"])
STRING_T = _like("f.text", ["穿线", "restring"])
PRICE_T = _like("f.text", ["太贵", "overpriced"])
COACHG_T = _like("f.text", ["教练很专业", "professional"])
JUNIOR_T = _like("f.text", ["孩子很喜欢", "kid loves"])
COURTG_T = _like("f.text", ["维护得很好", "well kept"])


def gold():
    return {
        # ---- funnels / conversion (people)
        "tc01": lambda: conv("court_booking", *Y25),
        "tc02": lambda: top_lost("court_booking", *Q2_25),
        "tc03": lambda: rank_conv("court_booking", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "tc04": lambda: conv("court_booking", *Y25, cond="c.acquisition_channel = 'friend'"),
        "tc05": lambda: conv("lesson", *Y25),
        "tc06": lambda: rank_conv("lesson", *Y25, by='c."球友类型"', margin=1.3),
        "tc07": lambda: conv("rain", *Y25),
        "tc08": lambda: conv("court_visit", *Y25),
        "tc09": lambda: conv("repeat", *H1_25, unbounded_only=True),
        "tc10": lambda: conv("repeat", *H1_25, cond="c.acquisition_channel = 'xiaohongshu'", unbounded_only=True),
        # ---- per booking
        "tc11": lambda: rate(BOOK, PAY_FAIL, *PAY_BUG, "a.device = 'android'"),
        "tc12": lambda: rate(BOOK, PAY_FAIL, *PAY_BUG, "a.device = 'ios'"),
        "tc13": lambda: rate(BOOK, PAY, *PAY_BUG, "a.device = 'android'", negate=True),
        "tc14": lambda: rate(ALERT, REFUND, *Y25),
        "tc15": lambda: rate(ALERT, SWITCH, *Y25, "a.club_city = 'Shanghai'"),
        "tc16": lambda: rate(PAY, CHECKIN, *Y25, negate=True),
        "tc17": lambda: rate(LBOOK, CCANCEL, *H2_25),
        "tc18": lambda: rank_rate(LBOOK, CCANCEL, *WANG, by="a.coach", min_n=50, margin=1.8),
        "tc19": lambda: rate(LBOOK, CCANCEL, *H1_25, "a.coach_id = 'CO09'"),
        "tc20": lambda: rank_rate(PAY, ALERT, *Y25, by="a.club_en", min_n=100, margin=1.05),
        # ---- times between steps
        "tc21": lambda: step_time(S_ORDER, S_READY, *Y25),
        "tc22": lambda: step_time(S_ORDER, S_READY, *Y25, "a.\"球馆城市\" = '杭州'"),
        "tc23": lambda: top_step_time(S_ORDER, S_READY, *ALL, by="a.club_city"),
        "tc24": lambda: step_time(CANCEL, REFUND, *Y25, "a.cancel_reason = 'rain'", agg="avg", unit="minutes"),
        "tc25": lambda: step_time(ALERT, SWITCH, *Y25, unit="minutes"),
        # ---- money
        "tc27": lambda: orders(*Q3_25),
        "tc28": lambda: orders(*month(2026, 3)),
        "tc29": lambda: orders(*month(2026, 2)),
        "tc30": lambda: orders(*Y25, "o.order_type IN ('trial', 'lesson')"),
        "tc31": lambda: orders_change(H1_25, H1_26),
        "tc32": lambda: orders(*H2_25, "o.order_type = 'membership'"),
        "tc33": lambda: events_sum(REFUND, "e.refund_amount", *Q3_25),
        "tc34": lambda: top_orders('o."球馆城市"', *Y25, "o.order_type = 'court'", margin=1.1),
        "tc37": lambda: per_customer(*Y25),
        "tc38": lambda: per_customer(*Y25, "c.\"球友类型\" = '约球常客'"),
        "tc39": lambda: top_per_customer("c.ntrp_level", *Y25, min_n=100, margin=1.05),
        "tc40": lambda: orders_share("o.slot = 'prime'", *Y25, "o.order_type = 'court'"),
        # ---- volumes / trends
        "tc42": lambda: events_at(PAY, "2025-05-12", "2025-05-18"),
        "tc43": lambda: events_at(PAY, *month(2026, 2)),
        "tc44": lambda: events_at(PAY, *month(2026, 1)),
        "tc47": lambda: events_change(PAY, Q3_25, Q4_25),
        # ---- customers
        "tc51": lambda: customers_share("c.player_type = 'junior'"),
        "tc52": lambda: customers_count("c.\"城市\" = '上海' AND c.\"会员等级\" = '金卡会员'"),
        "tc53": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        "tc54": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'", margin=1.1),
        # ---- feedback
        "tc56": lambda: fb_topic_count(SURF_T, "surface"),
        "tc57": lambda: top_fb_count("f.club_en", SURF_T, margin=2.0),
        "tc58": lambda: fb_avg(f"{APP} AND f.club_id = 'SH03' AND {_in('f.ts', *Y25)}"),
        "tc59": lambda: fb_avg(f"{APP} AND f.club_id = 'SH03' AND {_in('f.ts', '2026-03-01', '2026-08-31')}",
                               tol=0.05),
        "tc60": lambda: top_fb_count("f.club", LIGHT_T, margin=2.0),
        "tc61": lambda: fb_topic_count(CC_T, "coach_cancel"),
        "tc62": lambda: top_fb_count("f.coach", CC_T, margin=2.0),
        "tc63": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "tc64": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 20, margin=0.3),
        "tc65": lambda: rank_fb_avg("f.club_en", f"{APP} AND {_in('f.ts', *Y25)}", 50, margin=0.2),
        "tc66": lambda: fb_topic_count(APPF_T, "app_fail", period=_in("f.ts", *Y25)),
        "tc67": lambda: fb_topic_count(STRING_T, "stringing", period=_in("f.ts", *Y25)),
        "tc68": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "tc69": lambda: fb_ratio("f.nps >= 9", f"f.channel = 'survey' AND f.nps IS NOT NULL AND {_in('f.ts', *Y25)}"),
        "tc70": lambda: feedback_ids("f.coach_id = 'CO09'"),
        "tc72": lambda: fb_topic_count(RAIN_T, "rain", period=_in("f.ts", *H2_25)),
    }


def checks():
    for cond, topic in ((PRICE_T, "price"), (COACHG_T, "coach_good"), (JUNIOR_T, "junior_good"),
                        (COURTG_T, "court_good"), (LIGHT_T, "lights"), (RAIN_T, "rain")):
        _check_topic(cond, topic)


def main() -> int:
    global HAS_TRUTH
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    HAS_TRUTH = bool(one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"))
    if HAS_TRUTH:
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
