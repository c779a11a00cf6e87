"""Gold answers for the 浪花 WaveKids (children's swimming school chain) held-out batch, from plain DuckDB SQL over
the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (trial 30 d, makeup 14 d, progress and
  renewal 365 d); rates are per customer; the tolerance covers both readings (later steps allowed after the period
  end, or not); for the renewal journey later steps may fall after the period. "Where do we lose the most" = the
  step reached whose next step is not reached, largest count (the loss between step k and k+1 is attributed to
  step k, as in INTERFACE.md's drop-off rate: reached the step but not the next one).
- people: a customer is a parent (one child each); an enquiry = a `tp_enquiry` event (one per customer,
  = customers.signup_at); "parents who bought" / paying parents = customers with a `tp_package_bought` (first
  package; later packages are `tp_renewal`); source / age band / city / pool come from customers (zh questions are
  checked against the Chinese twins 来源渠道 / 孩子年龄段 / 城市 / pool, en ones against source / child_age_band /
  city / pool_en / coach_level / payment_method);
- trial show-up = per booking: `tp_trial_booked` events (by booking date) whose session (trial id) has a
  `tp_trial_attended`; no-show of trials = 1 - that;
- trial -> purchase by pool or city = customers whose first `tp_trial_attended` is in the period, share with a
  `tp_package_bought` within 30 days after it;
- trial -> assessment wait = per trial session, `tp_assessment` time minus `tp_trial_attended` time, in days, by
  the trial date; enquiry -> purchase = per customer, `tp_package_bought` minus `tp_enquiry`, by the purchase date;
  "more than N days" is strict;
- lessons: one `tp_lesson` event per scheduled lesson (its date is the period date) with attendance attended /
  absent (缺勤, no-show without leave) / leave (请假); no-show rate = absent / all lesson events; lessons attended =
  attendance `attended`; lessons per child = attended lessons / customers with >= 1 attended lesson in the period;
- make-up booked within 14 days = `tp_makeup_request` (by request date, per request) with a `tp_makeup_booked` of
  the same session (the missed lesson id) at most 14 days after the request;
- level tests: pass rate = `test_result = 'pass'` / `tp_level_test` events (by test date); coach = coach_id /
  coach_name on the test event; renewal after a test = a `tp_renewal` of the same customer within 30 days after it;
- money = orders with status `paid` (CNY); package sales = order_type `package` (new + renewal); revenue / 营业额 =
  all paid orders (package, gear, makeup_fee, camp); refunds = amount of `refunded` orders (order_type `refund`);
  spend per paying parent = paid amount / customers with >= 1 paid order in the period; packages sold = paid
  package orders;
- feedback: "comments" = all rows of all channels, "all data" includes rows without a date; negative share =
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
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def val(v, tol):
    return dict(value=round(float(v), 4), tolerance=tol)


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
    """rows sorted best first: (entity, metric, n); the winner must be clear."""
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
    """The step whose parents most often do not reach the next step (count)."""
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


# ---------- trials ----------

SHOW = """(SELECT a.ts, c.source AS src, c."来源渠道" AS src_zh, (b.session_id IS NOT NULL) AS showed FROM events a
           LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_trial_attended') b
           USING (session_id) JOIN customers c ON c.customer_id = a.customer_id
           WHERE a.touchpoint_id = 'tp_trial_booked')"""


def show_rate(start, end, cond="1=1"):
    return rate_val(one(f"SELECT avg(showed::int) FROM {SHOW} s WHERE {_in('s.ts', start, end)} AND ({cond})"))


def top_noshow(start, end, by, margin=1.5):
    rows = q(f"""SELECT {by}, avg((NOT showed)::int) r, count(*) FROM {SHOW} s WHERE {_in('s.ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    return top(rows, margin)


TRIAL_BUY = """(SELECT t.customer_id, t.t, c.pool, c.pool_en, c.city, c."城市", EXISTS (SELECT 1 FROM events p WHERE p.customer_id = t.customer_id
                AND p.touchpoint_id = 'tp_package_bought' AND p.ts > t.t AND p.ts <= t.t + INTERVAL 30 DAY) AS bought
                FROM (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_trial_attended' GROUP BY 1) t
                JOIN customers c USING (customer_id))"""


def trial_buy_rank(start, end, by, having="1=1", margin=1.1, lowest=False, check_small=False):
    sql = f"""SELECT {by}, avg(bought::int) r, count(*) n FROM {TRIAL_BUY} x WHERE {_in('x.t', start, end)}
              GROUP BY 1 HAVING {{having}} ORDER BY r {'ASC' if lowest else 'DESC'}"""
    rows = q(sql.format(having=having))
    if lowest:
        assert rows[1][1] - rows[0][1] > 0.05, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    if check_small:   # letting small groups in must change the winner (the minimum size matters)
        allr = q(sql.format(having="1=1"))
        assert allr[0][0] != rows[0][0], allr[:3]
    return dict(top_entity=rows[0][0])


ASSESS_WAIT = """(SELECT t.customer_id, t.ts, t.city, t."城市", epoch(a.ts - t.ts) / 86400.0 AS d FROM events t
                  JOIN events a ON a.session_id = t.session_id AND a.touchpoint_id = 'tp_assessment'
                  WHERE t.touchpoint_id = 'tp_trial_attended')"""


def assess_wait(start, end, cond, agg="median(w.d)"):
    v = one(f"SELECT {agg} FROM {ASSESS_WAIT} w WHERE {_in('w.ts', start, end)} AND ({cond})")
    return rate_val(v) if agg.startswith("avg((") else days_val(v)


ENQ_BUY = """(SELECT p.customer_id, p.ts, epoch(p.ts - e.ts) / 86400.0 AS d FROM events p
              JOIN events e ON e.customer_id = p.customer_id AND e.touchpoint_id = 'tp_enquiry'
              WHERE p.touchpoint_id = 'tp_package_bought')"""


def enq_buy(start, end, agg="median(w.d)"):
    v = one(f"SELECT {agg} FROM {ENQ_BUY} w WHERE {_in('w.ts', start, end)}")
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


def top_events_share(tp, num, start, end, by, margin=1.5, having="1=1"):
    rows = q(f"""SELECT {by}, avg(({num})::int) r, count(*) FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 HAVING {having}
                 ORDER BY r DESC""")
    return top(rows, margin)


def per_child(start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = 'tp_lesson' AND e.attendance = 'attended' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.05, float(v) * 0.01), 3))


ATT = "e.attendance = 'attended'"

# ---------- make-up ----------

MAKEUP = """(SELECT r.*, EXISTS (SELECT 1 FROM events b WHERE b.session_id = r.session_id
             AND b.touchpoint_id = 'tp_makeup_booked' AND b.ts >= r.ts AND b.ts <= r.ts + INTERVAL 14 DAY) AS ok
             FROM events r WHERE r.touchpoint_id = 'tp_makeup_request')"""


def makeup_rate(start, end, cond="1=1"):
    return rate_val(one(f"SELECT avg(ok::int) FROM {MAKEUP} m WHERE {_in('m.ts', start, end)} AND ({cond})"))


def bottom_makeup(start, end, by, margin=0.2):
    rows = q(f"""SELECT {by}, avg(ok::int) r, count(*) FROM {MAKEUP} m WHERE {_in('m.ts', start, end)}
                 GROUP BY 1 ORDER BY r""")
    return top(rows, margin, higher=False)


# ---------- level tests and renewals ----------

def pass_rate(start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg((e.test_result = 'pass')::int) FROM events e JOIN customers c USING (customer_id)
                            WHERE e.touchpoint_id = 'tp_level_test' AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_fail(by, start, end, margin=1.5, min_n=10, check_small=False, num="e.test_result = 'fail'"):
    sql = f"""SELECT {by}, avg(({num})::int) r, count(*) n FROM events e JOIN customers c USING (customer_id)
              WHERE e.touchpoint_id = 'tp_level_test' AND {_in('e.ts', start, end)}
              GROUP BY 1 HAVING count(*) >= {{n}} ORDER BY r DESC, n DESC"""
    rows = q(sql.format(n=min_n))
    res = top(rows, margin)
    if check_small:
        allr = q(sql.format(n=1))
        assert allr[0][0] != rows[0][0], allr[:3]
    return res


RENEW = """(SELECT t.*, EXISTS (SELECT 1 FROM events r WHERE r.customer_id = t.customer_id
            AND r.touchpoint_id = 'tp_renewal' AND r.ts > t.ts AND r.ts <= t.ts + INTERVAL 30 DAY) AS renewed
            FROM events t WHERE t.touchpoint_id = 'tp_level_test')"""


def renew_rate(start, end, cond="1=1"):
    return rate_val(one(f"SELECT avg(renewed::int) FROM {RENEW} x WHERE {_in('x.ts', start, end)} AND ({cond})"))


def bottom_renew(start, end, by, min_n, margin=0.1):
    rows = q(f"""SELECT {by}, avg(renewed::int) r, count(*) FROM {RENEW} x WHERE {_in('x.ts', start, end)}
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r""")
    return top(rows, margin, higher=False)


# ---------- orders / customers ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return count_val(v) if agg.startswith("count") else money_val(v)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return rate_val((y - x) / x)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def order_share(num, start, end, cond="1=1"):
    return rate_val(one(f"SELECT avg(({num})::int) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                        f"AND ({cond})"))


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    return top(rows, margin)


PAYING = "c.customer_id IN (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_package_bought')"


def customers_share(num, cond="1=1"):
    return rate_val(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"))


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


def bottom_fb_avg(by, cond, min_n, margin=0.15):
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
WINTER = ("2025-12-01", "2026-02-28")
WINTER0 = ("2024-12-01", "2025-02-28")
ALL = ("2024-07-01", "2026-06-30")
NEG = "f.sentiment_label = 'neg'"
COLD_T = _like("f.text", ["水太凉", "水温", "水好冰", "池水太凉", "cold", "freezing"])
DIRTY_T = _like("f.text", ["更衣室", "淋浴", "changing room"])
MAKEUP_T = _like("f.text", ["补课", "make-up"])
SLOW_T = _like("f.text", ["进步太慢", "进步慢", "进步很慢", "没什么进步", "还是不会", "progress"])
PATIENT_T = _like("f.text", ["耐心", "patient"]) + " AND f.sentiment_label = 'pos'"


def gold():
    return {
        # ---- enquiry to package (trial journey)
        "sw01": lambda: conv("trial", *Y25),
        "sw02": lambda: top_lost("trial", *Y25, "c.source = 'douyin'"),
        "sw03": lambda: show_rate(*H2_25, "s.src = 'douyin'"),
        "sw04": lambda: show_rate(*H2_25, "s.src = 'referral'"),
        "sw05": lambda: top_noshow(*H2_25, by="s.src_zh", margin=2.0),
        "sw06": lambda: trial_buy_rank("2025-10-01", "2026-06-30", by="x.pool_en", having="count(*) >= 50",
                                       margin=1.15, check_small=True),
        "sw07": lambda: trial_buy_rank(*Y25, by='x."城市"', lowest=True),
        "sw08": lambda: assess_wait(*Y25, "w.city = 'Guangzhou'"),
        "sw09": lambda: assess_wait(*Y25, "w.city = 'Shenzhen'"),
        "sw10": lambda: assess_wait(*Y25, "w.city = 'Guangzhou'", agg="avg((w.d > 3)::int)"),
        "sw11": lambda: enq_buy(*Y25),
        "sw12": lambda: enq_buy(*Y25, agg="avg((w.d > 14)::int)"),
        "sw14": lambda: events_change("tp_enquiry", ("2025-05-01", "2025-06-30"), ("2025-07-01", "2025-08-31")),
        # ---- lessons
        "sw18": lambda: events_share("tp_lesson", "e.attendance = 'absent'", *Y25),
        "sw19": lambda: top_events_share("tp_lesson", "e.attendance = 'absent'", *WINTER, by="e.pool_en", margin=2.0),
        "sw20": lambda: events_share("tp_lesson", "e.attendance = 'absent'", *WINTER, "e.pool_id = 'P10'"),
        "sw21": lambda: events_share("tp_lesson", "e.attendance = 'absent'", *WINTER0, "e.pool_id = 'P10'"),
        "sw22": lambda: per_child(*Y25),
        "sw23": lambda: per_child(*Y25, "c.child_age_band = '3-5'"),
        "sw25": lambda: events_change("tp_lesson", month(2026, 1), month(2026, 2), ATT),
        "sw26": lambda: events_at("tp_lesson", "2025-03-03", "2025-03-09", ATT),
        "sw27": lambda: events_at("tp_lesson", *month(2025, 10), "e.attendance = 'leave'"),
        # ---- make-up lessons
        "sw29": lambda: makeup_rate("2025-09-01", "2025-12-31", "m.city = 'Shenzhen'"),
        "sw30": lambda: makeup_rate("2025-09-01", "2025-12-31", "m.city = 'Guangzhou'"),
        "sw31": lambda: bottom_makeup(*H1_26, by="m.city", margin=0.3),
        "sw32": lambda: makeup_rate(*H1_26, "m.device = 'ios'"),
        "sw33": lambda: makeup_rate(*H1_26, "m.device = 'android'"),
        "sw34": lambda: orders(*Y25, cond="o.order_type = 'makeup_fee'"),
        "sw35": lambda: conv("makeup", *quarter(2025, 4)),
        # ---- level tests and renewals
        "sw36": lambda: pass_rate(*Y25),
        "sw37": lambda: top_fail("c.child_age_band", *ALL, margin=1.5),
        "sw38": lambda: top_fail("e.coach_name", *ALL, margin=1.12, min_n=30, check_small=True,
                                 num="e.test_result = 'pass'"),
        "sw39": lambda: pass_rate(*Y25, "e.coach_level = 'junior'"),
        "sw40": lambda: pass_rate(*Y25, "e.coach_level = 'head'"),
        "sw41": lambda: renew_rate(*Y25, "x.test_result = 'fail'"),
        "sw42": lambda: renew_rate(*Y25, "x.test_result = 'pass'"),
        "sw43": lambda: conv("renewal", *H1_25, both=False),
        "sw44": lambda: bottom_renew(*WINTER, by="x.pool", min_n=15, margin=0.1),
        # ---- money
        "sw46": lambda: orders(*Y25, cond="o.order_type = 'package'"),
        "sw47": lambda: orders(*quarter(2025, 3)),
        "sw48": lambda: orders(*Y25, status="refunded"),
        "sw49": lambda: per_customer(*Y25),
        "sw50": lambda: order_share("o.package_size = 40", *H1_26, "o.order_type = 'package'"),
        "sw51": lambda: order_share("o.package_size = 40", *H1_25, "o.order_type = 'package'"),
        "sw52": lambda: orders(*ALL, cond="o.item = 'summer_camp_2025'"),
        "sw53": lambda: top_orders('o."商品"', *ALL, agg="count(*)", cond="o.order_type = 'gear'", margin=1.3),
        "sw55": lambda: orders_change(quarter(2025, 3), quarter(2025, 4)),
        "sw56": lambda: top_orders("o.payment_method", *Y25, agg="count(*)", cond="o.order_type = 'package'",
                                   margin=1.5),
        "sw57": lambda: order_share("o.\"班型\" = '私教课'", *Y25, "o.order_type = 'package'"),
        # ---- feedback
        "sw59": lambda: fb_topic_count(COLD_T),
        "sw60": lambda: top_fb_count("f.pool_en", COLD_T, margin=3.0),
        "sw61": lambda: top_fb_count("f.pool", DIRTY_T, margin=2.5),
        "sw62": lambda: fb_topic_count(MAKEUP_T),
        "sw63": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "sw64": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 20, margin=0.3),
        "sw65": lambda: fb_avg("f.channel = 'dianping' AND f.pool_id = 'P03'", tol=0.03),
        "sw66": lambda: feedback_ids(PATIENT_T),
        "sw68": lambda: fb_avg(f"f.channel = 'nps_survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "sw69": lambda: fb_ratio(NEG, f"{_in('f.ts', *quarter(2026, 1))} AND f.pool_id = 'P10'"),
        "sw70": lambda: fb_topic_count(SLOW_T),
        # ---- relative periods
        "sw76": lambda: events_at("tp_trial_attended", *month(2026, 3)),
        "sw77": lambda: events_at("tp_trial_attended", *month(2026, 6)),
        "sw78": lambda: orders(*month(2026, 5), agg="count(*)", cond="o.order_type = 'package'"),
        "sw79": lambda: pass_rate(*quarter(2026, 1)),
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
