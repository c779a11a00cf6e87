"""Gold answers for the 潮汐桨社 TideOar Rowing & Paddle Club held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py (never from the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching step
  k-1, within the journey window from their first step-1 event in the period (taster 30 d, course 120 d, rental 14 d,
  event 60 d). Rates are per customer ("people"); later steps may fall after the period end (the tolerance also covers
  cutting them at the period end, unless the question says later steps count). "Where do we lose the most people" =
  the step k whose next step is not reached by the most people (answer: step k's touchpoint); a step's drop-off rate =
  1 - reached(k+1) / reached(k); step conversion = reached(k+1) / reached(k). A funnel split by a customer attribute
  filters the step-1 people by that (end-of-data) attribute; split by device filters on the step-1 event's device.
- per-booking figures use `session_id` (TB taster booking, CB course / membership, RB rental, EB event entry): a
  booking's period is the date of its first event at the starting touchpoint; its attributes (venue, activity, coach)
  come from its events.
- money = orders with status `paid`, `amount` in CNY (Auckland orders converted at the extract's fixed 4.30 NZD rate;
  `amount_local` / `currency_local` keep the local price), by order `ts` (payment time); refunded and cancelled
  (unpaid / failed payment) orders are no revenue. Revenue by type uses `order_type`. Spend per paying customer =
  paid amount / customers with >= 1 paid order in the period. Refunds = `refund_amount` on tp_refund events.
- "users" / "customers" / "people" = distinct customer_id. New customers = `signup_at` in the period.
- feedback: "all data" includes rows without ts; a period filter uses ts (so undated rows fall out). Topic counts use
  the generator's phrase markers (checked against _truth) with a 5 % tolerance. Rated reviews = rows with `rating`
  (dianping_review, app_review, google_review); NPS = survey rows' `nps`, NPS score = %promoters(9-10) -
  %detractors(0-6) as a fraction; negative share = rating <= 2 among rated rows.
- customer attributes are as stored (end of data); zh questions are checked against the Chinese twins where there is
  one (venue, coach, 获客渠道, 客户类型, 所在城市, 项目, 订单类型), en ones against the English values / ids.
- exact duplicate event rows (tracker re-sends) are loaded once; calendar periods are inclusive; relative periods
  resolve against the item's `as_of`; weeks are Monday..Sunday.
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


def funnel(journey, start, end, bounded=False, cond="1=1", ev_cond="1=1"):
    """counts of people reaching each step; cond filters customers (c.*), ev_cond the step-1 event (e.*)."""
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE s1 AS SELECT e.customer_id, min(e.ts) AS t1
                    FROM events e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    # the person's first step-1 event in the period must itself satisfy ev_cond (e.g. its device)
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT s.customer_id, s.t1, s.t1 AS t FROM s1 s
                    WHERE EXISTS (SELECT 1 FROM events e WHERE e.customer_id = s.customer_id AND e.ts = s.t1
                                  AND e.touchpoint_id = '{steps[0]}' AND ({ev_cond}))""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def _both(journey, start, end, cond, ev_cond, unbounded_only):
    return [funnel(journey, start, end, bounded=b, cond=cond, ev_cond=ev_cond)
            for b in ((False,) if unbounded_only else (False, True))]


def conv(journey, start, end, cond="1=1", ev_cond="1=1", frm=0, to=None, unbounded_only=False):
    """reached(to) / reached(frm) (step indexes 0-based; to=None = last step)."""
    vals = []
    for c in _both(journey, start, end, cond, ev_cond, unbounded_only):
        vals.append(c[to if to is not None else -1] / c[frm])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def drop(journey, start, end, k, cond="1=1", ev_cond="1=1"):
    """drop-off rate at step k (0-based): 1 - reached(k+1)/reached(k)."""
    vals = [1 - c[k + 1] / c[k] for c in _both(journey, start, end, cond, ev_cond, False)]
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def reached(journey, start, end, k, cond="1=1"):
    vals = [c[k] for c in _both(journey, start, end, cond, "1=1", False)]
    return dict(value=vals[0], tolerance=max(0.5, abs(vals[0] - vals[-1]) + 0.5))


def top_lost(journey, start, end, margin=1.2, cond="1=1", ev_cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for c in _both(journey, start, end, cond, ev_cond, False):
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_drop_rate(journey, start, end, margin=1.2, cond="1=1"):
    """the step with the highest drop-off rate (share of the step's people not reaching the next)."""
    steps, _ = _steps(journey)
    tops = set()
    for c in _both(journey, start, end, cond, "1=1", False):
        rates = [1 - c[i + 1] / c[i] for i in range(len(c) - 1)]
        best = max(range(len(rates)), key=lambda i: rates[i])
        assert rates[best] > sorted(rates)[-2] * margin, rates
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30, frm=0, to=None, unbounded_only=False,
              cond="1=1"):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL AND ({cond})")]
    tops = set()
    for bounded in ((False,) if unbounded_only else (False, True)):
        rows = []
        for g in groups:
            gv = str(g).replace("'", "''")
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{gv}' AND ({cond})")
            if c[frm] >= min_n:
                rows.append((g, c[to if to is not None else -1] / c[frm], c[frm]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        if lowest:
            assert rows[1][1] > rows[0][1] * margin, rows[:3]
        else:
            assert rows[0][1] > rows[1][1] * margin, rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per booking (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate_rows(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    return dict(value=round(sess_rate_rows(a_tp, b_tp, start, end, cond, b_cond)[0][0], 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", lowest=False, min_n=30, margin=1.2):
    rows = [r for r in sess_rate_rows(a_tp, b_tp, start, end, cond, b_cond, by=by) if r[2] >= min_n]
    rows.sort(key=lambda r: r[1], reverse=not lowest)
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_count(tp, start, end, cond="1=1", distinct=None):
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return dict(value=one(f"SELECT {what} FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_avg(tp, col, start, end, cond="1=1", tol=None, agg="avg"):
    v = float(one(f"SELECT {agg}({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 3), tolerance=tol if tol is not None else round(max(0.05, abs(v) * 0.01), 3))


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def top_events(tp, by, start, end, cond="1=1", margin=1.15, lowest=False):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


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


def orders_avg(start, end, cond="1=1"):
    v = one(f"SELECT avg(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1, lowest=False):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n {'' if lowest else 'DESC'}""")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
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
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE ({cond}) AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False, col="f.rating"):
    rows = q(f"SELECT {by}, avg({col}) a, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


TOPICS = {
    "erg_broken": ["好几台划船机坏了", "划船机的显示屏不亮", "划船机拉绳卡住", "划船机贴着维修中", "ergs were broken",
                   "erg monitor wasn't working", "chain kept sticking"],
    "payment_fail": ["付款一直失败", "支付页面卡住", "付不了款", "payment kept failing", "froze at checkout"],
    "weather_cancel": ["因为天气取消", "天气原因取消", "cancelled because of the weather", "weather cancellation"],
    "refund_slow": ["退款等了两个星期", "退款迟迟不到账", "refund took weeks", "waiting for my refund"],
    "coach_late": ["教练迟到", "一直看手机", "coach turned up late", "on his phone during"],
    "coach_good": ["教练非常专业耐心", "教练讲解特别清楚", "coach was brilliant", "patient coaching"],
    "changing_room": ["更衣室太挤", "淋浴没有热水", "changing rooms were cramped", "no hot water"],
    "parking": ["停车位太少", "停车要走好远", "parking was a nightmare", "nowhere to park"],
    "booking_full": ["名额总是约满", "根本约不上", "always fully booked", "get a weekend slot"],
    "gear_quality": ["救生衣有股霉味", "桨板上有裂缝", "smelled musty", "board had a crack"],
    "checkin_queue": ["检录排队", "检录现场很混乱", "check-in queue took an hour", "race day was chaos"],
    "price": ["价格有点贵", "课程费用偏高", "a bit pricey", "courses are expensive"],
    "scenery": ["风景很美", "看日落太美", "beautiful views on the water", "stunning sunset"],
    "fun": ["玩得很开心", "体验感超棒", "had a great time", "loved every minute"],
}
T = {k: _like("f.text", v) for k, v in TOPICS.items()}


def checks():
    """topic markers must match the truth."""
    for topic, cond in T.items():
        _check_topic(cond, topic)


# ---------- helpers for single items ----------

def top_step_fall(journey, a, b, margin=1.5):
    """the step (the one people failed to reach) whose step conversion fell the most from period a to period b."""
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        ca, cb = funnel(journey, *a, bounded=bounded), funnel(journey, *b, bounded=bounded)
        fall = [ca[i + 1] / ca[i] - cb[i + 1] / cb[i] for i in range(len(steps) - 1)]
        best = max(range(len(fall)), key=lambda i: fall[i])
        assert fall[best] > sorted(fall)[-2] * margin, fall
        tops.add(steps[best + 1])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def rank_ev_avg(tp, expr, by, start, end, min_n=30, margin=1.3, lowest=False):
    rows = q(f"SELECT {by}, avg({expr}) a, count(*) n FROM events e WHERE touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def no_show(a_tp, b_tp, start, end, cond):
    r = sess_rate_rows(a_tp, b_tp, start, end, cond)[0][0]
    return dict(value=round(1 - r, 4), tolerance=0.01)


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2025-01-01", "2026-06-30")
Q1_25, Q2_25, Q3_25 = quarter(2025, 1), quarter(2025, 2), quarter(2025, 3)
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
FEB_26, MAR_26, MAY_26 = month(2026, 2), month(2026, 3), month(2026, 5)
ASSESS, COMPLETE, LESSON, REFUND = "tp_assessment", "tp_course_complete", "tp_lesson", "tp_refund"
VOUCHER_SESS = "e.session_id IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_taster_pay' AND voucher = 'DP')"


def gold():
    return {
        # ---- funnels
        "rc01": lambda: conv("taster", *Y25),
        "rc02": lambda: top_lost("taster", *Y25),
        "rc03": lambda: conv("taster", *Y25, frm=3, to=4),
        "rc04": lambda: top_step_fall("taster", FEB_26, MAR_26),
        "rc05": lambda: conv("taster", *MAR_26, frm=1, to=2),
        "rc06": lambda: conv("taster", *FEB_26, frm=1, to=2),
        "rc07": lambda: conv("taster", *MAR_26, ev_cond="e.device = 'android'", frm=1, to=2),
        "rc08": lambda: rank_conv("taster", *ALL, by="c.acquisition_channel", lowest=True, frm=3, to=5, margin=2),
        "rc09": lambda: conv("taster", *ALL, cond="c.acquisition_channel = 'wechat'", frm=3, to=5),
        "rc10": lambda: rank_conv("taster", *Y25, by="c.segment", lowest=True, margin=1.4,
                                  cond="c.segment IN ('individual', 'student', 'family')"),
        "rc11": lambda: conv("course", *H1_25, to=3, unbounded_only=True),
        "rc12": lambda: conv("course", *H1_25, to=4, unbounded_only=True),
        "rc13": lambda: rank_conv("course", *ALL, by='c."所在城市"', frm=3, to=4, margin=1.3, min_n=50),
        "rc14": lambda: conv("rental", *Y25, to=2),
        "rc15": lambda: top_lost("rental", *Y25, margin=1.3),
        "rc16": lambda: top_drop_rate("event", *Y25, margin=2),
        "rc17": lambda: drop("event", *ALL, 2),
        "rc18": lambda: rank_rate(ASSESS, COMPLETE, "2025-01-01", "2026-02-28", by="a.coach_en", lowest=True,
                                  min_n=20, margin=1.2),
        "rc19": lambda: rate(ASSESS, COMPLETE, "2025-01-01", "2026-02-28", cond="a.coach_id = 'C04'"),
        # ---- weather, rentals, refunds, events
        "rc20": lambda: events_count("tp_weather_cancel", *Q3_25, "e.venue_id = 'V03'"),
        "rc21": lambda: rate("tp_taster_pay", "tp_weather_cancel", *Q3_25, cond="a.venue_id = 'V03'"),
        "rc22": lambda: events_avg("tp_rental_return", "(e.late_minutes > 0)::int", *Y25, tol=0.01),
        "rc23": lambda: rank_ev_avg("tp_rental_return", "(e.late_minutes > 0)::int", "e.venue_en", *ALL, margin=1.5),
        "rc24": lambda: events_avg(REFUND, "e.refund_days", *ALL, VOUCHER_SESS, tol=0.3),
        "rc25": lambda: events_avg(REFUND, "e.refund_days", *ALL, "e.city = 'Auckland'", tol=0.15),
        "rc26": lambda: events_count("tp_event_finish", *ALL, "e.event_code = 'E02'", distinct="e.customer_id"),
        "rc27": lambda: no_show("tp_event_pay", "tp_event_checkin", *ALL, "a.event_code = 'E07'"),
        "rc28": lambda: top_events("tp_event_pay", "e.event_name", *ALL, "e.event_code <> 'TEAM'", margin=1.2),
        "rc29": lambda: events_avg("tp_event_finish", "e.finish_time_s", *ALL, "e.event_code = 'E05'", tol=3),
        # ---- money
        "rc30": lambda: orders(*Q3_25),
        "rc31": lambda: orders_change(H1_25, H1_26),
        "rc32": lambda: orders(*Y25, "o.order_type = 'course'"),
        "rc33": lambda: top_orders("o.venue", *Y25, margin=1.1),
        "rc34": lambda: top_orders("o.venue", *H1_26, lowest=True, margin=1.1),
        "rc35": lambda: top_orders("o.order_type", *Y25, margin=1.2),
        "rc36": lambda: orders(*Y25, "o.city = 'Auckland'"),
        "rc37": lambda: per_customer(*Y25),
        "rc38": lambda: orders_count(*Y25, "o.order_type = 'membership' AND o.status = 'paid'"),
        "rc39": lambda: orders_count(*MAR_26, "o.fail_reason = 'payment_error'"),
        "rc40": lambda: orders(*Y25, "o.order_type = 'late_fee'"),
        "rc41": lambda: events_sum(REFUND, "e.refund_amount", *Q3_25),
        "rc42": lambda: orders(*H2_25, "o.order_type = 'team_building'"),
        "rc43": lambda: orders_share("coalesce(o.voucher, '') = 'DP'", *Y25, "o.order_type = 'taster' AND o.status = 'paid'"),
        # ---- volumes, customers
        "rc44": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        "rc45": lambda: events_count("tp_taster_attend", "2025-08-04", "2025-08-10", distinct="e.customer_id"),
        "rc46": lambda: events_count(LESSON, *MAY_26),
        "rc47": lambda: events_change(LESSON, Q1_25, Q1_26),
        "rc48": lambda: customers_share("c.segment = 'student'"),
        "rc49": lambda: top_customers("c.acquisition_channel", "c.region = 'Auckland'", margin=1.2),
        "rc50": lambda: customers_count("c.swim_level = 'non_swimmer'"),
        "rc51": lambda: customers_count("c.tier = 'gold' AND c.region = 'Xiamen'"),
        # ---- feedback
        "rc52": lambda: fb_count(T["erg_broken"]),
        "rc53": lambda: fb_count(T["erg_broken"], _in("f.ts", *Q2_26)),
        "rc54": lambda: fb_count(T["erg_broken"], _in("f.ts", *Q2_25)),
        "rc56": lambda: fb_avg(f"f.venue_id = 'V01' AND {_in('f.ts', *H1_26)}", tol=0.04),
        "rc57": lambda: fb_avg(f"f.venue_id = 'V01' AND {_in('f.ts', *H1_25)}", tol=0.04),
        "rc58": lambda: rank_fb_avg("f.coach_en", "1=1", 30, margin=0.3),
        "rc59": lambda: fb_count(T["coach_late"]),
        "rc60": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 20, margin=0.3),
        "rc61": lambda: nps_score(f"f.touchpoint_id = 'tp_course_complete' AND {_in('f.ts', *Y25)}"),
        "rc62": lambda: fb_avg(f"f.touchpoint_id = 'tp_event_finish' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "rc63": lambda: fb_ratio("f.rating <= 2", "f.channel = 'dianping_review'"),
        "rc64": lambda: fb_count(T["payment_fail"], _in("f.ts", *MAR_26)),
        "rc65": lambda: fb_count(f"{T['parking']} AND f.venue_id = 'V02'"),
        "rc66": lambda: feedback_ids(f"{T['erg_broken']} AND f.venue_id = 'V01'"),
    }


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
        print(it["id"], it["lang"], it["question"][:60], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
