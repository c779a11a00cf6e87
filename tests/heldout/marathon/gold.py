"""Gold answers for the 跑吧 RunChina (marathon registration platform) held-out batch, from plain DuckDB SQL over the
raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (signup 14 d, race_day 90 d, post_race
  30 d); rates are per customer; the tolerance covers both readings (later steps allowed after the period end, or
  not). "Where do we lose the most" = the step reached whose next step is not reached, largest count (the loss
  between step k and k+1 is attributed to step k);
- a registration = one `session_id` (S000123) = one runner x one race edition: promo, race page, lottery sign-up,
  lottery won / lost, payment, category, deferral, expo arrival / pickup, start, DNF / finish, certificate.
  Per-registration rates count sessions whose first event of the named step is in the period (or of the named race
  edition, `race_id`) and look for the later event in the same session at any time:
  lottery win rate (中签率) = sessions with `tp_lottery_won` / sessions with `tp_lottery_signup`;
  missed payment = won and no `tp_payment`, over won (period by the date of the win notice);
  DNF rate = `tp_start` sessions without `tp_finish` / `tp_start` sessions (starters);
  local / non-local = event column `runner_type` (runner's home city = race city);
  device = the session's device (app platform) on the event;
- races are named by `race` (zh) / `race_en` and `edition` (the race year); "the 2025 Shanghai Marathon" = race_id
  SH2025; "races held in 2025" = editions 2025 (race date in 2025);
- times between steps = per session, first B ts - first A ts over sessions that reached both, the period by the date
  of A (or the race edition); finish time = `tp_start` -> `tp_finish` (minutes); expo queue = `tp_expo_arrive` ->
  `tp_expo_pickup` (minutes); time to pay = `tp_lottery_won` -> `tp_payment` (days); "more than X" is strict;
- money = orders with status `paid` (refunded entry fees and timed-out `cancelled` ones are no revenue); revenue /
  营业额 = all paid orders (entry fees, merchandise, photo packages); refunds = amount of `refunded` orders
  (injury deferrals); spend per paying runner = paid amount / runners with >= 1 paid order in the period;
  photo-package take-up = finishing registrations (session) with a paid `photo_package` order of that session;
- customers' attributes from customers (gender / 性别, age_group / 年龄组, experience_level / 跑步经验, club_member /
  跑团会员, city / 城市); zh questions are checked against the Chinese twins (race, 推广来源), en questions against
  race_en / promo_source / touchpoint_id; races started per runner = `tp_start` events / runners with one;
  re-registration = runners with a `tp_finish` in year Y who have a `tp_lottery_signup` dated in year Y+1;
- feedback: "comments" = all rows of all channels, "all data" includes rows without a date; negative share =
  `sentiment_label = 'neg'` over rows dated in the period; topic counts by text markers with a 5 % tolerance;
  rating by step = feedback.touchpoint_id (rows with a rating); race ratings = rated rows with that race_id;
  recommend score = survey `nps` (0-10) mean;
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
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0


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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM fev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, upto=None, frm=1, both=True):
    """both=False: the question says "went on to" within the window, so later steps after the period end count."""
    vals = []
    for bounded in ((False, True) if both else (False, False)):
        c = funnel(journey, start, end, bounded=bounded)
        last = c[-1] if upto is None else c[upto - 1]
        vals.append(last / c[frm - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end, margin=1.3):
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


# ---------- per registration (session) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", missing=False, by=None, having="1=1", desc=True):
    """share of sessions with a first `a_tp` in the period that have (or, missing=True, lack) a `b_tp`."""
    sel = f"{by}, " if by else ""
    hit = "b.session_id IS NULL" if missing else "b.session_id IS NOT NULL"
    order = "DESC" if desc else "ASC"
    sql = f"""SELECT {sel}avg(({hit})::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {f'GROUP BY 1 HAVING {having} ORDER BY r {order}' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", missing=False, tol=0.01):
    v = sess_rate(a_tp, b_tp, start, end, cond, missing=missing)[0][0]
    return dict(value=round(v, 4), tolerance=tol)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", having="1=1", missing=False, desc=True, margin=1.3,
              check_small=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by, having=having, missing=missing, desc=desc)
    if desc:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    else:
        assert rows[0][1] * margin < rows[1][1], rows[:3]
    if check_small:   # the ranking must change when small groups are let in (the minimum size matters)
        allr = sess_rate(a_tp, b_tp, start, end, cond, by=by, missing=missing, desc=desc)
        assert allr[0][0] != rows[0][0], allr[:3]
    return dict(top_entity=rows[0][0])


DIV = {"day": 86400.0, "hour": 3600.0, "minute": 60.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="minute"):
    v = one(f"""SELECT {agg}(epoch(b.t - a.t) / {DIV[unit]}) FROM {_first(a_tp)} a JOIN {_first(b_tp)} b
                USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.02, v * 0.03), 3))


def step_time_share(a_tp, b_tp, start, end, thr, cond="1=1", unit="minute"):
    v = one(f"""SELECT avg((epoch(b.t - a.t) / {DIV[unit]} > {thr})::int) FROM {_first(a_tp)} a
                JOIN {_first(b_tp)} b USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_step_time(a_tp, b_tp, start, end, by, min_n, cond="1=1", unit="minute", margin=2.0, check_small=False):
    sql = f"""SELECT {by}, median(epoch(b.t - a.t) / {DIV[unit]}) m, count(*) n FROM {_first(a_tp)} a
              JOIN {_first(b_tp)} b USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})
              GROUP BY 1 HAVING count(*) >= {{n}} ORDER BY m DESC"""
    rows = q(sql.format(n=min_n))
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    if check_small:
        allr = q(sql.format(n=1))
        assert allr[0][0] != rows[0][0], allr[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1", distinct=None):
    agg = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return dict(value=one(f"SELECT {agg} FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def per_runner(tp, start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


def reregister(year, cond="1=1"):
    v = one(f"""SELECT avg((s.customer_id IS NOT NULL)::int) FROM
                (SELECT DISTINCT customer_id FROM events WHERE touchpoint_id = 'tp_finish'
                 AND year(ts) = {year}) f JOIN customers c USING (customer_id)
                LEFT JOIN (SELECT DISTINCT customer_id FROM events WHERE touchpoint_id = 'tp_lottery_signup'
                 AND year(ts) = {year + 1}) s USING (customer_id) WHERE {cond}""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- orders / customers ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o LEFT JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders_change(a, b, cond):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, agg="sum(o.amount)", status="paid", cond="1=1", margin=1.15):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {by}, {agg} n FROM orders o LEFT JOIN customers c USING (customer_id)
                 WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def photo_share(cond="1=1"):
    v = one(f"""SELECT avg((p.session_id IS NOT NULL)::int) FROM {_first('tp_finish')} a
                LEFT JOIN customers c ON c.customer_id = a.customer_id
                LEFT JOIN (SELECT DISTINCT session_id FROM orders WHERE order_type = 'photo_package'
                           AND status = 'paid') p USING (session_id) WHERE {cond}""")
    return dict(value=round(v, 4), tolerance=0.01)


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    v = one(f"""SELECT avg(({num})::int) FROM feedback f LEFT JOIN customers c USING (customer_id)
                WHERE {cond}""")
    return dict(value=round(v, 4), tolerance=0.01)


def bottom_fb_avg(by, cond, min_n, margin=0.15):
    sql = (f"SELECT {by}, avg(f.rating) a, count(*) FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
           f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {{n}} ORDER BY a")
    rows = q(sql.format(n=min_n))
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y24 = ("2024-01-01", "2024-12-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2024-07-01", "2026-06-30")
PROMO, PAGE, SIGNUP, WON, LOST, PAY, CAT, DEFER, ARRIVE, PICKUP, START, DNF, FINISH, CERT = (
    "tp_promo", "tp_race_page", "tp_lottery_signup", "tp_lottery_won", "tp_lottery_lost", "tp_payment",
    "tp_category", "tp_deferral", "tp_expo_arrive", "tp_expo_pickup", "tp_start", "tp_dnf", "tp_finish",
    "tp_certificate")
NEG = "f.sentiment_label = 'neg'"
UNFAIR_T = _like("f.text", ["不公平", "陪跑", "暗箱", "unfair", "rigged"])
MISSED_T = _like("f.text", ["缴费提醒", "缴费通知", "错过缴费", "payment reminder", "payment deadline"])
REFUND_T = _like("f.text", ["退款", "refund"])
QUEUE_T = _like("f.text", ["排队", "queue"])
WATER_T = _like("f.text", ["没水", "断水", "ran out", "no water"])
ORG_T = _like("f.text", ["组织", "organis"])
MEDAL_T = _like("f.text", ["奖牌", "medal"])
PHOTO_T = _like("f.text", ["照片包", "photo package"])


def race(rid):
    return f"a.race_id = '{rid}'"


def gold():
    q3_25, q3_24, q4_25, q4_24 = quarter(2025, 3), quarter(2024, 3), quarter(2025, 4), quarter(2024, 4)
    return {
        # ---- funnels / conversion
        "mr01": lambda: conv("signup", *Y25),
        "mr02": lambda: top_lost("race_day", *H2_25),
        "mr03": lambda: rank_rate(PROMO, SIGNUP, *Y25, by="a.promo_source", desc=False, margin=2.0),
        "mr04": lambda: rate(PROMO, SIGNUP, *H2_25, "a.promo_source = 'douyin'"),
        "mr05": lambda: rate(PROMO, SIGNUP, *H2_25, "a.promo_source = 'running_club'"),
        "mr06": lambda: conv("race_day", *q3_25, both=False),
        "mr07": lambda: conv("post_race", *Y25),
        "mr58": lambda: rate(PAGE, SIGNUP, *Y25, missing=True),
        # ---- lottery
        "mr08": lambda: rate(SIGNUP, WON, *ALL, race("SH2025")),
        "mr09": lambda: rate(SIGNUP, WON, *ALL, f"{race('SH2025')} AND a.runner_type = 'non_local'"),
        "mr10": lambda: rate(SIGNUP, WON, *ALL, f"{race('SH2025')} AND a.runner_type = 'local'"),
        "mr11": lambda: rank_rate(SIGNUP, WON, *ALL, by="a.race", cond="a.edition = 2025", desc=False, margin=1.2),
        "mr12": lambda: events_at(SIGNUP, "2025-08-04", "2025-08-10"),
        # ---- payment, category, deferral
        "mr13": lambda: rate(WON, PAY, *q3_25, missing=True),
        "mr14": lambda: rate(WON, PAY, *q3_25, "a.device = 'android'", missing=True),
        "mr15": lambda: rate(WON, PAY, *q3_25, "a.device = 'ios'", missing=True),
        "mr16": lambda: step_time(WON, PAY, *Y25, unit="day"),
        "mr17": lambda: step_time_share(WON, PAY, *Y25, 3, unit="day"),
        "mr18": lambda: orders(*ALL, status="refunded", cond="o.order_type = 'entry_fee' AND o.edition = 2025"),
        "mr19": lambda: events_share(CAT, "e.action = 'switch' AND e.category = 'half'", *Y25,
                                     "e.category_from = 'full' AND c.experience_level = 'beginner'"),
        "mr20": lambda: rank_rate(PAY, DEFER, *ALL, by="a.category", margin=2.0),
        # ---- expo
        "mr21": lambda: rank_step_time(ARRIVE, PICKUP, *Y25, by="a.race_en", min_n=100, margin=2.0),
        "mr22": lambda: step_time(ARRIVE, PICKUP, *ALL, race("GZ2025")),
        "mr23": lambda: step_time(ARRIVE, PICKUP, *ALL, race("HZ2025")),
        "mr24": lambda: step_time_share(ARRIVE, PICKUP, *ALL, 60, race("GZ2025")),
        "mr25": lambda: events_at(PICKUP, "2025-12-01", "2025-12-07"),
        "mr26": lambda: events_at(PICKUP, *month(2025, 11)),
        # ---- race day
        "mr28": lambda: rank_rate(START, FINISH, *ALL, by="a.race_en", cond="a.edition = 2025", missing=True,
                                  having="count(*) >= 100", check_small=True),
        "mr29": lambda: rate(START, FINISH, *ALL, f"{race('HZ2025')} AND a.category = 'full'", missing=True),
        "mr30": lambda: rate(START, FINISH, *ALL, f"{race('BJ2025')} AND a.category = 'full'", missing=True),
        "mr31": lambda: step_time(START, FINISH, *ALL, f"{race('SH2025')} AND a.category = 'full'"),
        "mr32": lambda: step_time_share(START, FINISH, *Y25, 300, "a.category = 'full'"),
        "mr33": lambda: events_at(FINISH, *month(2025, 10)),
        "mr34": lambda: events_share(START, "c.gender = 'female'", *Y25),
        "mr35": lambda: events_at(FINISH, "2025-12-01", "2025-12-20"),
        "mr36": lambda: events_at(FINISH, *month(2025, 11)),
        # ---- after the race, coming back
        "mr37": lambda: photo_share("year(a.t) = 2025"),
        "mr38": lambda: photo_share("year(a.t) = 2025 AND c.experience_level = 'beginner'"),
        "mr39": lambda: step_time(FINISH, CERT, *Y25, unit="hour"),
        "mr40": lambda: reregister(2024),
        "mr41": lambda: reregister(2024, "c.club_member = 'yes'"),
        "mr42": lambda: reregister(2024, "c.club_member = 'no'"),
        # ---- money
        "mr43": lambda: orders(*Y25),
        "mr44": lambda: orders(*H2_25, cond="o.order_type = 'entry_fee'"),
        "mr45": lambda: orders_change(q4_24, q4_25, "o.order_type = 'merchandise'"),
        "mr46": lambda: top_orders("o.race", *Y25, cond="o.order_type = 'merchandise'", margin=1.3),
        "mr47": lambda: per_customer(*Y25),
        # ---- runners
        "mr50": lambda: customers_count("c.gender = 'female' AND c.age_group = '30-39'"),
        "mr51": lambda: customers_count(_in("c.signup_at", *H2_25)),
        "mr52": lambda: per_runner(START, *Y25),
        # ---- volumes, periods
        "mr55": lambda: events_at(PAGE, *month(2025, 8)),
        "mr56": lambda: events_change(SIGNUP, q3_24, q3_25),
        "mr57": lambda: events_change(PROMO, month(2025, 7), month(2025, 8), "promo_source = 'keep'"),
        # ---- feedback
        "mr59": lambda: fb_topic_count(UNFAIR_T),
        "mr60": lambda: fb_topic_count(WATER_T),
        "mr61": lambda: top_fb_count("f.race_en", WATER_T, margin=3.0),
        "mr62": lambda: top_fb_count("f.race", QUEUE_T, margin=3.0),
        "mr63": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "mr64": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 50, margin=0.5),
        "mr65": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "mr66": lambda: fb_avg("f.race_id = 'HZ2025'"),
        "mr67": lambda: feedback_ids(MEDAL_T),
        "mr68": lambda: fb_ratio("c.city <> f.city", UNFAIR_T),
        "mr70": lambda: fb_ratio(NEG, f"f.touchpoint_id = 'tp_expo_pickup' AND {_in('f.ts', *Y25)}"),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(checks) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    status_only = []
    for it in items:
        fn = checks.get(it["id"])
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
