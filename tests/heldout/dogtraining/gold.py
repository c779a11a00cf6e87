"""Gold answers for the 汪学堂 PawAcademy (dog-training school) held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (acquire 30 d, payment 21 d, training
  120 d, referral 180 d, refresher 90 d); rates are per customer; the tolerance covers both readings (later steps
  allowed after the period end, or not), except for the long training / refresher journeys (120 / 90 d), whose
  later steps may fall after the period (a half-year cohort followed through its window). "Where do we lose the most" = the step reached whose next step is not
  reached, largest count (the loss between step k and k+1 belongs to step k, as in INTERFACE.md's drop-off rate).
- people: a customer is a dog owner (one dog each); first contact = the `tp_discover` event (one per customer,
  = customers.signup_at); source / owner type / dog size / breed group / city / centre / training mode come from
  customers (zh questions are checked against the Chinese twins 来源渠道 / 主人类型 / 犬只体型 / 犬种类别 / 城市 / centre /
  上课方式 / 训练师级别 / 商品, en ones against source / owner_type / dog_size / breed_group / city / centre_en /
  training_mode / trainer_level / touchpoint_id); trainers ranked by trainer_name (zh);
- assessment show-up = per booking: `tp_assess_booked` events (by booking date) whose session (assessment id) has a
  `tp_assess_attended`; no-show = 1 - that. Assessment wait = per attended assessment, attended time minus booked
  time of the same session in days; the tolerance covers both "period by booking date" and "by assessment date";
  "more than N days" is strict. Assessment -> purchase by centre = customers whose first `tp_assess_attended` is in
  the period, share with a `tp_deposit_paid` within 30 days after it;
- first contact -> deposit = per customer, first `tp_deposit_paid` minus `tp_discover`, by the deposit date;
  deposit -> balance = per course (session_id = course id), `tp_balance_paid` minus `tp_deposit_paid`, by the deposit
  date, device = the deposit event's device (mini-program payments), only courses whose balance was paid;
- lessons: one `tp_lesson` event per scheduled lesson (its date is the period date); missed share = attendance
  `missed` / all lesson events; rescheduled share = `rescheduled = true` / all lesson events; lessons per dog =
  attended lessons / customers with >= 1 attended lesson in the period;
- progress videos: customers with a `tp_balance_paid` in the period, share with a `tp_progress_video` after it;
- graduation: pass rate = `test_result = 'pass'` / `tp_graduation_test` events (by test date); trainer / level =
  trainer on the test event; course type on the test event; referral / refresher after a test = a
  `tp_friend_referral` / `tp_refresher_booked` of the same customer within N days after it;
- money = orders with status `paid` (CNY); course revenue = order_type deposit + balance; revenue / 营业额 = all
  paid orders (deposit, balance, board_nights, treats_gear, refresher); refunds = amount of `refunded` orders;
  spend per paying customer = paid amount / customers with >= 1 paid order in the period; board-and-train share of
  course purchases = `tp_deposit_paid` events with course_type board_and_train / all deposits in the period
  (= paid deposit orders); boarding nights = sum of `nights` over paid board_nights orders;
- feedback: "comments" = all rows of all channels; "all data" includes rows without a date; negative share =
  `sentiment_label = 'neg'` over rows dated in the period; topic counts by text markers with a 5 % tolerance;
  rating by step = feedback.touchpoint_id over rows with a rating (dated or not); NPS = `nps_survey` rows (`nps`);
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
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def rate_val(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def days_val(v):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


def money_val(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def count_val(v):
    return dict(value=int(v), tolerance=0.5)


def top(rows, margin, higher=True):
    """rows sorted best first: (entity, metric, ...); the winner must be clear."""
    if len(rows) > 1:
        a, b = rows[0][1], rows[1][1]
        ok = a > b * margin if higher else b - a > margin
        assert ok, rows[:4]
    return dict(top_entity=rows[0][0])


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cond="1=1", bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM events e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", both=True):
    vals = []
    for bounded in ((False, True) if both else (False,)):
        c = funnel(journey, start, end, cond, bounded=bounded)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def top_lost(journey, start, end, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, cond, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.2, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- assessments ----------

SHOW = """(SELECT b.ts, c.source AS src, c."来源渠道" AS src_zh, c.centre_en, (a.session_id IS NOT NULL) AS showed
           FROM events b LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_assess_attended') a
           USING (session_id) JOIN customers c ON c.customer_id = b.customer_id
           WHERE b.touchpoint_id = 'tp_assess_booked')"""


def show_rate(start, end, cond="1=1"):
    return rate_val(one(f"SELECT avg(showed::int) FROM {SHOW} s WHERE {_in('s.ts', start, end)} AND ({cond})"))


def top_noshow(start, end, by, margin=1.5):
    rows = q(f"""SELECT {by}, avg((NOT showed)::int) r, count(*) FROM {SHOW} s WHERE {_in('s.ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    return top(rows, margin)


WAIT = """(SELECT a.customer_id, a.ts AS ta, b.ts AS tb, a.centre_id, epoch(a.ts - b.ts) / 86400.0 AS d
           FROM events a JOIN events b ON b.session_id = a.session_id AND b.touchpoint_id = 'tp_assess_booked'
           WHERE a.touchpoint_id = 'tp_assess_attended')"""


def wait_stat(start, end, cond, agg="median(w.d)"):
    vals = [one(f"SELECT {agg} FROM {WAIT} w WHERE {_in('w.' + col, start, end)} AND ({cond})")
            for col in ("ta", "tb")]
    if agg.startswith("avg(("):
        return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))
    v = days_val(vals[0])
    v["tolerance"] = round(max(v["tolerance"], abs(vals[0] - vals[1]) + 0.02), 3)
    return v


ASSESS_BUY = """(SELECT a.customer_id, a.t, c.centre, c.centre_en, EXISTS (SELECT 1 FROM events d
                 WHERE d.customer_id = a.customer_id AND d.touchpoint_id = 'tp_deposit_paid' AND d.ts > a.t
                 AND d.ts <= a.t + INTERVAL 30 DAY) AS bought
                 FROM (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_assess_attended' GROUP BY 1) a
                 JOIN customers c USING (customer_id))"""


def assess_buy_rank(start, end, by, min_n, margin=1.15):
    sql = f"""SELECT {by}, avg(bought::int) r, count(*) n FROM {ASSESS_BUY} x WHERE {_in('x.t', start, end)}
              GROUP BY 1 HAVING count(*) >= {{n}} ORDER BY r DESC"""
    rows = q(sql.format(n=min_n))
    res = top(rows, margin)
    allr = q(sql.format(n=1))
    assert allr[0][0] != rows[0][0], allr[:3]      # the minimum size matters
    return res


FIRST_DEP = """(SELECT d.customer_id, d.t, epoch(d.t - s.ts) / 86400.0 AS d FROM
                (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_deposit_paid' GROUP BY 1) d
                JOIN events s ON s.customer_id = d.customer_id AND s.touchpoint_id = 'tp_discover')"""


def first_to_deposit(start, end, agg="median(w.d)"):
    v = one(f"SELECT {agg} FROM {FIRST_DEP} w WHERE {_in('w.t', start, end)}")
    return rate_val(v) if agg.startswith("avg((") else days_val(v)


DEP_BAL = """(SELECT d.customer_id, d.ts, d.device, epoch(b.ts - d.ts) / 86400.0 AS d FROM events d
              JOIN events b ON b.session_id = d.session_id AND b.touchpoint_id = 'tp_balance_paid'
              WHERE d.touchpoint_id = 'tp_deposit_paid')"""


def dep_bal(start, end, cond, agg="median(w.d)"):
    v = one(f"SELECT {agg} FROM {DEP_BAL} w WHERE {_in('w.ts', start, end)} AND ({cond})")
    return rate_val(v) if agg.startswith("avg((") else days_val(v)


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return count_val(one(f"SELECT count(*) FROM events e JOIN customers c USING (customer_id) "
                         f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return rate_val((y - x) / x)


def events_share(tp, num, start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg(({num})::int) FROM events e JOIN customers c USING (customer_id)
                            WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_events_share(tp, num, start, end, by, margin=1.5, min_n=1, check_small=False):
    sql = f"""SELECT {by}, avg(({num})::int) r, count(*) n FROM events e JOIN customers c USING (customer_id)
              WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {{n}}
              ORDER BY r DESC, n DESC"""
    rows = q(sql.format(n=min_n))
    res = top(rows, margin)
    if check_small:
        allr = q(sql.format(n=1))
        assert allr[0][0] != rows[0][0], allr[:3]
    return res


def per_dog(start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = 'tp_lesson' AND e.attendance = 'attended' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.05, float(v) * 0.01), 3))


ATT = "e.attendance = 'attended'"


def video_share(start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events v WHERE v.customer_id = b.customer_id
                            AND v.touchpoint_id = 'tp_progress_video' AND v.ts > b.ts))::int)
                            FROM events b JOIN customers c USING (customer_id)
                            WHERE b.touchpoint_id = 'tp_balance_paid' AND {_in('b.ts', start, end)} AND ({cond})"""))


# ---------- graduation ----------

def pass_rate(start, end, cond="1=1"):
    return events_share("tp_graduation_test", "e.test_result = 'pass'", start, end, cond)


def after_test(tp, days, start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events r WHERE r.customer_id = t.customer_id
                            AND r.touchpoint_id = '{tp}' AND r.ts > t.ts AND r.ts <= t.ts + INTERVAL {days} DAY))::int)
                            FROM events t WHERE t.touchpoint_id = 'tp_graduation_test' AND {_in('t.ts', start, end)}
                            AND ({cond})"""))


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return count_val(v) if agg.startswith(("count", "sum(o.nights")) else money_val(v)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return rate_val((y - x) / x)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    return top(rows, margin)


def top_deposit_share(by, num, min_n, margin=1.3):
    sql = f"""SELECT {by}, avg(({num})::int) r, count(*) n FROM events e JOIN customers c USING (customer_id)
              WHERE e.touchpoint_id = 'tp_deposit_paid' GROUP BY 1 HAVING count(*) >= {{n}} ORDER BY r DESC"""
    rows = q(sql.format(n=min_n))
    res = top(rows, margin)
    allr = q(sql.format(n=1))
    assert allr[0][0] != rows[0][0], allr[:3]
    return res


COURSE = "o.order_type IN ('deposit', 'balance')"

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
    return rate_val(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def bottom_fb_avg(by, cond, min_n, margin=0.3):
    rows = q(f"""SELECT {by}, avg(f.rating) a, count(*) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}
                 AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a""")
    return top(rows, margin, higher=False)


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    return top(rows, margin)


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2024-09-01", "2026-06-30")
MA26 = ("2026-03-01", "2026-04-30")
NEG = "f.sentiment_label = 'neg'"
RESCHED_T = _like("f.text", ["改课", "改期", "调课", "reschedul"])
CALM_T = _like("f.text", ["安静多了", "calmer"])
VIDEO_T = _like("f.text", ["视频", "video"])
EXP_T = _like("f.text", ["太贵", "expensive"])
PATIENT_T = _like("f.text", ["耐心", "patient"])


def gold():
    return {
        # ---- lead -> assessment -> purchase
        "dt01": lambda: conv("acquire", *Y25),
        "dt02": lambda: top_lost("acquire", *Y25, "c.source = 'douyin'"),
        "dt03": lambda: show_rate(*H2_25, "s.src = 'douyin'"),
        "dt04": lambda: show_rate(*H2_25, "s.src = 'vet_referral'"),
        "dt05": lambda: top_noshow(*H2_25, by="s.src_zh", margin=1.8),
        "dt06": lambda: assess_buy_rank(*H1_26, by="x.centre_en", min_n=40),
        "dt07": lambda: wait_stat(*Y25, "w.centre_id = 'C2'"),
        "dt08": lambda: wait_stat(*Y25, "w.centre_id = 'C1'"),
        "dt09": lambda: wait_stat(*Y25, "w.centre_id = 'C2'", agg="avg((w.d > 7)::int)"),
        "dt10": lambda: first_to_deposit(*Y25),
        # ---- deposit -> balance
        "dt12": lambda: dep_bal(*MA26, "w.device = 'ios'"),
        "dt13": lambda: dep_bal(*MA26, "w.device = 'android'"),
        "dt14": lambda: dep_bal(*MA26, "w.device = 'android'", agg="avg((w.d > 7)::int)"),
        "dt15": lambda: conv("payment", *Y25),
        # ---- lessons
        "dt16": lambda: events_share("tp_lesson", "e.attendance = 'missed'", *Y25),
        "dt17": lambda: top_events_share("tp_lesson", "e.rescheduled", "2025-09-01", "2026-02-28", by="e.centre_en",
                                         margin=3.0),
        "dt18": lambda: events_share("tp_lesson", "e.rescheduled", *quarter(2025, 4), "e.centre_id = 'C4'"),
        "dt19": lambda: events_share("tp_lesson", "e.rescheduled", *quarter(2024, 4), "e.centre_id = 'C4'"),
        "dt20": lambda: per_dog(*Y25),
        "dt21": lambda: per_dog(*Y25, "c.training_mode = 'home_visit'"),
        "dt22": lambda: events_at("tp_lesson", "2025-03-03", "2025-03-09", ATT),
        "dt23": lambda: events_change("tp_lesson", month(2026, 1), month(2026, 2), ATT),
        # ---- progress videos, training journey
        "dt25": lambda: video_share(*H2_25, "c.training_mode = 'home_visit'"),
        "dt26": lambda: video_share(*H2_25, "c.training_mode = 'in_centre'"),
        "dt27": lambda: conv("training", *H1_25, both=False),
        # ---- graduation, refresher, referral
        "dt28": lambda: pass_rate(*Y25),
        "dt29": lambda: top_events_share("tp_graduation_test", "e.test_result = 'fail'", *ALL, by="c.dog_size",
                                         margin=1.4),
        "dt30": lambda: top_events_share("tp_graduation_test", "e.test_result = 'pass'", *ALL, by="e.trainer_name",
                                         margin=1.08, min_n=20, check_small=True),
        "dt31": lambda: pass_rate(*Y25, "e.trainer_level = 'junior'"),
        "dt32": lambda: pass_rate(*Y25, "e.trainer_level = 'senior'"),
        "dt33": lambda: pass_rate(*ALL, "c.dog_size = 'large' AND e.course_type = 'behaviour_correction'"),
        "dt34": lambda: after_test("tp_friend_referral", 90, *Y25, "t.test_result = 'pass'"),
        "dt35": lambda: after_test("tp_friend_referral", 90, *Y25, "t.test_result = 'fail'"),
        "dt36": lambda: conv("refresher", *H1_25, both=False),
        # ---- money
        "dt37": lambda: orders(*Y25, cond=COURSE),
        "dt38": lambda: orders(*quarter(2025, 3)),
        "dt39": lambda: orders_change(quarter(2025, 3), quarter(2025, 4)),
        "dt40": lambda: orders(*Y25, status="refunded"),
        "dt41": lambda: per_customer(*Y25),
        "dt42": lambda: events_share("tp_deposit_paid", "e.course_type = 'board_and_train'", *quarter(2025, 3)),
        "dt43": lambda: events_share("tp_deposit_paid", "e.course_type = 'board_and_train'", *quarter(2025, 4)),
        "dt44": lambda: top_orders('o."商品"', *Y25, agg="count(*)", cond="o.order_type = 'treats_gear'", margin=1.5),
        "dt45": lambda: orders(*Y25, agg="sum(o.nights)", cond="o.order_type = 'board_nights'"),
        "dt46": lambda: top_orders("o.city", *H2_25, cond=COURSE, margin=1.3),
        "dt47": lambda: events_share("tp_deposit_paid", "c.owner_type = 'first_time'", *H2_25),
        "dt48": lambda: top_deposit_share("c.breed_group", "e.course_type = 'behaviour_correction'", 30, margin=1.4),
        # ---- feedback
        "dt50": lambda: fb_topic_count(RESCHED_T),
        "dt51": lambda: top_fb_count("f.centre_en", RESCHED_T, margin=3.0),
        "dt52": lambda: top_fb_count('f."上课方式"', VIDEO_T, margin=3.0),
        "dt53": lambda: fb_topic_count(f"{EXP_T} AND {_in('f.ts', *quarter(2025, 4))}"),
        "dt54": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "dt55": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 20, margin=0.3),
        "dt56": lambda: fb_avg("f.channel = 'dianping' AND f.centre_id = 'C4'", tol=0.03),
        "dt57": lambda: feedback_ids(PATIENT_T),
        "dt58": lambda: fb_avg(f"f.channel = 'nps_survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "dt59": lambda: fb_ratio(NEG, f"{_in('f.ts', *quarter(2026, 1))} AND f.centre_id = 'C4'"),
        "dt60": lambda: fb_topic_count(CALM_T),
        "dt61": lambda: top_fb_count("f.trainer_name", PATIENT_T, margin=3.0),
        # ---- relative periods
        "dt70": lambda: orders(*month(2026, 5), agg="count(*)", cond="o.order_type = 'deposit'"),
        "dt71": lambda: orders(*month(2026, 4), agg="count(*)", cond="o.order_type = 'deposit'"),
        "dt72": lambda: pass_rate(*quarter(2026, 1)),
        "dt73": lambda: events_at("tp_assess_attended", "2026-01-01", "2026-07-08"),
        "dt74": lambda: events_at("tp_lesson", *H2_25, f"{ATT} AND c.training_mode = 'home_visit'"),
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
