"""Gold answers for the 颐膳 SilverTable senior meal-delivery held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; rates are per customer
  (cohort = customers whose first step-1 event in the period falls in it). Computed with later steps allowed after
  the period end and with every step inside the period; the tolerance covers both readings unless the question
  states the window. A conversion between two inner steps = customers reaching the later step / customers reaching
  the earlier one in that cohort, and also the reading that starts the journey at the inner step. "Drop-off" of a
  step = customers who reached it but not the next step / customers who reached it (the answer is the step where
  they were last seen);
- "seniors" / "customers" / "老人" = distinct customer_id (the senior who eats the meals); a new subscription = a
  tp_subscribe event; a trial = a tp_trial_start event; trial-to-subscription = trial starters in the period with a
  tp_subscribe after their trial start (up to the end of the data);
- deliveries: a delivered meal run = a tp_delivery event, a missed one = a tp_missed event; missed-delivery rate =
  missed / (delivered + missed); late = `on_time` false (`minutes_late` after 12:00); the wellness check is
  `wellness_check` on tp_delivery (no_answer share over deliveries); complaint rates per 1,000 deliveries =
  tp_menu_complaint events / tp_delivery events of the same slice and period;
- experiment trial_followup_2026 (trials started 5 Jan – 30 Apr 2026): subscription rate of an arm = assigned
  customers with a tp_subscribe after `assigned_at` / assigned customers;
- money = orders with status `paid` by the order's ts, amount in CNY (trial_week + plan_cycle + addon); refunded
  trial weeks (status `refunded`) are not revenue; `amount_local` is the bill in the city's currency (JPY, CAD);
  `subsidy_cny` the government meal subsidy inside the bill;
- zh questions expect the zh twin value (城市, 获客渠道, 套餐, 食物质地, 投诉类型, 退订原因, 漏送原因), en questions the raw
  value; variants and touchpoints by their raw ids;
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without a date, a dated
  question counts only dated rows; ratings / nps average the rows that carry one;
- exact duplicate event rows (same event_id) are loaded once; periods are inclusive calendar dates; weeks run
  Monday–Sunday; relative periods resolve against the item's `as_of` (else 2026-07-31, the last day of the data).
"""
from __future__ import annotations

import calendar
import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    sample_size=-1, types={{'signup_at': 'TIMESTAMP', 'age': 'INTEGER'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    all_varchar=true)""")
    for col, typ in (("ts", "TIMESTAMP"), ("wait_days", "DOUBLE"), ("minutes_late", "DOUBLE"),
                     ("paused_days", "DOUBLE"), ("mna_score", "DOUBLE"), ("cycle_no", "INTEGER")):
        CON.execute(f'ALTER TABLE events ALTER "{col}" TYPE {typ} USING CAST("{col}" AS {typ})')
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    sample_size=-1, types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'refunded_at': 'TIMESTAMP',
                    'refund_amount': 'DOUBLE', 'amount_local': 'DOUBLE', 'subsidy_cny': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT f.*, t.topic, t.sentiment, t.language FROM read_csv_auto(
                    '{data / 'feedback.csv'}', header=true, sample_size=-1, types={{'ts': 'TIMESTAMP',
                    'rating': 'DOUBLE', 'nps': 'DOUBLE'}}) f JOIN read_csv_auto('{data / '_truth' /
                    'feedback_truth.csv'}') t USING (feedback_id)""")
    CON.execute(f"""CREATE TABLE experiments AS SELECT * FROM read_csv_auto('{data / 'experiments.csv'}',
                    header=true, types={{'assigned_at': 'TIMESTAMP'}})""")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def num(v, rel=0.03, floor=0.01, nd=4):
    v = float(v)
    return dict(value=round(v, nd), tolerance=round(max(floor, abs(v) * rel), nd))


def count(v, rel=0.0):
    v = int(v)
    return dict(value=v, tolerance=max(0.5, round(v * rel, 1)))


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=round(tol, 4))


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.002), 2))


def top(rows, gap=1.1, lowest=False):
    """rows sorted best first (value in column 1); asserts a clear leader."""
    print("   ", [(r[0], round(float(r[1]), 4)) for r in rows[:5]])
    a, b = float(rows[0][1]), float(rows[1][1])
    if lowest:
        assert b > a * gap, rows[:4]
    else:
        assert a > b * gap, rows[:4]
    return dict(top_entity=str(rows[0][0]))


# ---------- funnels ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust=None, bounded=False, first=0):
    """customers reaching each step; first = index of the step that starts the cohort."""
    steps, window = _steps(journey)
    steps = steps[first:]
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM ev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, a=1, b=None, both=True, inner=False, extra=(), **kw):
    vals = []
    for bounded in ((False, True) if both else (False,)):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        print("    counts", c)
        vals.append(c[(b or len(c)) - 1] / c[a - 1])
        if inner:
            c2 = funnel(journey, start, end, bounded=bounded, first=a - 1, **kw)
            print("    counts from step", a, c2)
            vals.append(c2[(b or len(c)) - a] / c2[0])
    vals += [float(x) for x in extra]
    print("    readings", [round(v, 4) for v in vals])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, max(abs(vals[0] - v) for v in vals) + 0.005), 4))


def top_dropoff(journey, start, end, margin=0.05, both=True):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in ((False, True) if both else (False,)):
        c = funnel(journey, start, end, bounded=bounded)
        rates = [(c[i] - c[i + 1]) / c[i] for i in range(len(c) - 1)]
        order = sorted(range(len(rates)), key=lambda i: -rates[i])
        print("   ", c, [round(x, 3) for x in rates])
        assert rates[order[0]] - rates[order[1]] > margin
        tops.add(steps[order[0]])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, values, min_n=100, gap=0.05):
    tops = set()
    for bounded in (False, True):
        rates = {}
        for v in values:
            c = funnel(journey, start, end, cust=f"{column} = '{v}'", bounded=bounded)
            if c[0] >= min_n:
                rates[v] = c[-1] / c[0]
        order = sorted(rates, key=rates.get, reverse=True)
        print("   ", {k: round(v, 3) for k, v in rates.items()})
        assert abs(rates[order[0]] - rates[order[1]]) > gap, rates
        tops.add(order[0])
    assert len(tops) == 1
    return dict(top_entity=tops.pop())


def trial_conv(start, end, cond="1=1"):
    """trial starters in the period: share with a tp_subscribe after their (first) trial start."""
    return rate(one(f"""WITH t AS (SELECT e.customer_id, min(e.ts) t FROM events e WHERE e.touchpoint_id =
                                   'tp_trial_start' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1)
                        SELECT avg((EXISTS (SELECT 1 FROM events s WHERE s.customer_id = t.customer_id
                                   AND s.touchpoint_id = 'tp_subscribe' AND s.ts > t.t))::int) FROM t"""))


def trial_conv_top(col, start, end, min_n=50, gap=0.06):
    rows = q(f"""WITH t AS (SELECT e.customer_id, any_value({col}) g, min(e.ts) t FROM events e
                            WHERE e.touchpoint_id = 'tp_trial_start' AND {_in('e.ts', start, end)} GROUP BY 1)
                 SELECT g, avg((EXISTS (SELECT 1 FROM events s WHERE s.customer_id = t.customer_id
                        AND s.touchpoint_id = 'tp_subscribe' AND s.ts > t.t))::int) r, count(*) n FROM t
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
    assert rows[0][1] - rows[1][1] > gap, rows
    return dict(top_entity=str(rows[0][0]))


# ---------- experiment ----------

def _exp_rates():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_subscribe' AND e.ts >= x.assigned_at))::int) r, count(*) n
                FROM experiments x GROUP BY 1 ORDER BY r DESC""")


def exp_best(gap=1.1):
    return top(_exp_rates(), gap)


def exp_rate(variant):
    return rate([r[1] for r in _exp_rates() if r[0] == variant][0])


# ---------- events ----------

def _tps(tp):
    tps = (tp,) if isinstance(tp, str) else tuple(tp)
    return "e.touchpoint_id IN (" + ", ".join(f"'{t}'" for t in tps) + ")"


def ev_agg(expr, tp, start, end, cond="1=1", rel=0.03, floor=0.1, nd=2):
    v = one(f"""SELECT {expr} FROM events e WHERE {_tps(tp)} AND {_in('e.ts', start, end)} AND ({cond})""")
    return num(v, rel=rel, floor=floor, nd=nd)


def ev_count(tp, start, end, cond="1=1", distinct=False, join=""):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e {join} WHERE {_tps(tp)} AND {_in('e.ts', start, end)}
                         AND ({cond})"""))


def ev_top(tp, col, start, end, cond="1=1", gap=1.1, measure="count(*)", having="", lowest=False):
    rows = q(f"""SELECT {col}, {measure} v FROM events e WHERE {_tps(tp)} AND {col} IS NOT NULL
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 {having}
                 ORDER BY v {'ASC' if lowest else 'DESC'}""")
    return top(rows, gap, lowest=lowest)


def ev_share(num_cond, tp, start, end, cond="1=1", join="", tol=0.01):
    return rate(one(f"""SELECT avg(({num_cond})::int) FROM events e {join} WHERE {_tps(tp)}
                        AND {_in('e.ts', start, end)} AND ({cond})"""), tol)


MISSED = "e.touchpoint_id = 'tp_missed'"
DROPS = ("tp_delivery", "tp_missed")


def missed_rate(start, end, cond="1=1", tol=0.005):
    return ev_share(MISSED, DROPS, start, end, cond, tol=tol)


def missed_top(col, start, end, gap=1.3):
    rows = q(f"""SELECT {col}, avg((e.touchpoint_id = 'tp_missed')::int) v FROM events e WHERE {_tps(DROPS)}
                 AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    return top(rows, gap)


def per_k_deliveries(num_cond, start, end, cond="1=1"):
    """complaint events matching num_cond per 1,000 deliveries, same slice and period."""
    v = one(f"""SELECT 1000.0 * count(*) FILTER (WHERE e.touchpoint_id = 'tp_menu_complaint' AND ({num_cond}))
                / count(*) FILTER (WHERE e.touchpoint_id = 'tp_delivery') FROM events e
                WHERE {_in('e.ts', start, end)} AND ({cond})""")
    return num(v, rel=0.03, floor=0.05, nd=3)


def per_k_top(col, num_cond, start, end, gap=1.3):
    rows = q(f"""SELECT {col}, 1000.0 * count(*) FILTER (WHERE e.touchpoint_id = 'tp_menu_complaint'
                 AND ({num_cond})) / count(*) FILTER (WHERE e.touchpoint_id = 'tp_delivery') v FROM events e
                 WHERE {col} IS NOT NULL AND {_in('e.ts', start, end)} GROUP BY 1
                 HAVING count(*) FILTER (WHERE e.touchpoint_id = 'tp_delivery') > 0 ORDER BY v DESC""")
    return top(rows, gap)


def ev_growth(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE {_tps(tp)} AND {_in('e.ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE {_tps(tp)} AND {_in('e.ts', *b)} AND ({cond})")
    print(f"    {x} -> {y}")
    return rate((y - x) / x)


def hospital_pause_share(start, end):
    """seniors with a delivery in the period: share with a hospital-stay tp_pause in the period."""
    return rate(one(f"""WITH d AS (SELECT DISTINCT customer_id FROM events e WHERE e.touchpoint_id = 'tp_delivery'
                                   AND {_in('e.ts', start, end)})
                        SELECT avg((EXISTS (SELECT 1 FROM events p WHERE p.customer_id = d.customer_id
                                   AND p.touchpoint_id = 'tp_pause' AND p.pause_reason = 'hospital_stay'
                                   AND {_in('p.ts', start, end)}))::int) FROM d"""))


def paused_now(at):
    """seniors whose latest pause on or before `at` has no resume or cancellation after it (up to `at`)."""
    n = one(f"""WITH p AS (SELECT customer_id, max(ts) t FROM events WHERE touchpoint_id = 'tp_pause'
                           AND ts < DATE '{at}' + INTERVAL 1 DAY GROUP BY 1)
                SELECT count(*) FROM p WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.customer_id = p.customer_id
                       AND e.touchpoint_id IN ('tp_resume', 'tp_cancel') AND e.ts > p.t
                       AND e.ts < DATE '{at}' + INTERVAL 1 DAY)""")
    seg = one("SELECT count(*) FROM customers WHERE segment = 'paused'")
    print("    paused by events", n, "by segment", seg)
    assert n == seg
    return count(n)


# ---------- orders / customers ----------

PAID = "o.status = 'paid'"


def orders_sum(start, end, cond=PAID, col="o.ts", what="o.amount"):
    return money(one(f"SELECT sum({what}) FROM orders o WHERE {_in(col, start, end)} AND ({cond})"))


def orders_count(start, end, cond=PAID):
    return count(one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def orders_share(num_cond, start, end, cond):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def orders_top(col, start, end, cond=PAID, gap=1.1, measure="sum(o.amount)"):
    return top(q(f"""SELECT {col}, {measure} v FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})
                     AND {col} IS NOT NULL GROUP BY 1 ORDER BY v DESC"""), gap)


def growth(a, b, cond=PAID, measure="sum(o.amount)"):
    x = one(f"SELECT {measure} FROM orders o WHERE ({cond}) AND {_in('o.ts', *a)}")
    y = one(f"SELECT {measure} FROM orders o WHERE ({cond}) AND {_in('o.ts', *b)}")
    print(f"    {x} -> {y}")
    return rate((y - x) / x)


def per_buyer(start, end, cond=PAID):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE ({cond}) AND {_in('o.ts', start, end)}""")
    return dict(value=round(v, 2), tolerance=round(v * 0.01, 2))


def new_sub_top(col, start, end, gap=1.1):
    return top(q(f"""SELECT {col}, count(DISTINCT e.customer_id) n FROM events e JOIN customers c USING (customer_id)
                     WHERE e.touchpoint_id = 'tp_subscribe' AND {_in('e.ts', start, end)} GROUP BY 1
                     ORDER BY n DESC"""), gap)


# ---------- feedback ----------

NEG = "f.sentiment = 'negative'"


def fb_count(cond, rel=0.0):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return count(n, rel)


def fb_ratio(num_cond, cond):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM feedback f WHERE {cond}"))


def fb_avg(col, cond, tol=0.05):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND ({cond})"), 3),
                tolerance=tol)


def fb_top(col, cond, gap=1.2):
    return top(q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND ({cond})
                     GROUP BY 1 ORDER BY n DESC"""), gap)


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    print("    ", len(ids), "ids")
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


ALL = ("2024-09-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
YTD26 = ("2026-01-01", "2026-07-31")
SINCE25 = ("2025-01-01", "2026-07-31")
QR = ("2025-11-01", "2026-04-30")
WINTER = ("2025-12-01", "2026-02-28")
PRE_REVAMP = ("2025-09-01", "2026-02-28")
POST_REVAMP = ("2026-03-01", "2026-07-31")
CD = "e.city = 'chengdu'"
VAN = "e.city = 'vancouver'"
DIAB = "e.diabetic = 'true'"
HOSP_CH = "c.acquisition_channel = 'hospital_referral'"
REF = ("hospital_referral", "community_referral")


def gold() -> dict:
    return {
        # ---- onboarding funnels
        "sm01": lambda: conv("referral_onboard", *Y25, both=False),
        "sm02": lambda: top_dropoff("family_onboard", *H2_25),
        "sm03": lambda: conv("family_onboard", *quarter(2026, 1), both=False),
        "sm04": lambda: conv("referral_onboard", *quarter(2026, 1), both=False),
        "sm05": lambda: top_conv("referral_onboard", *ALL, "c.acquisition_channel", REF, gap=0.05),
        "sm06": lambda: conv("referral_onboard", *Y25, a=2, b=4, inner=True, cust=HOSP_CH),
        "sm07": lambda: conv("pause_return", *Y25, a=1, b=2, both=False),
        "sm08": lambda: conv("pause_return", *H1_26, both=False),
        # ---- trial follow-up experiment and trials
        "sm09": lambda: exp_best(),
        "sm10": lambda: exp_rate("sms_survey"),
        "sm11": lambda: exp_rate("dietitian_call"),
        "sm12": lambda: trial_conv("2026-05-01", "2026-06-30"),
        "sm13": lambda: trial_conv(*Y25, cond=DIAB),
        # ---- waits and times
        "sm14": lambda: ev_top("tp_assessment", 'e."城市"', *ALL, measure="median(e.wait_days)", gap=1.5),
        "sm15": lambda: dict(ev_agg("median(e.wait_days)", "tp_assessment", *Y25, cond=VAN), tolerance=0.55),
        "sm16": lambda: ev_agg("avg(e.paused_days)", "tp_resume", *Y25, cond="e.pause_reason = 'hospital_stay'"),
        "sm17": lambda: ev_agg("avg(e.minutes_late)", "tp_delivery", *WINTER, cond=f"{VAN} AND e.minutes_late > 0"),
        "sm18": lambda: ev_share("e.on_time = 'false'", "tp_delivery", *WINTER, cond=VAN),
        "sm19": lambda: ev_share("e.on_time = 'false'", "tp_delivery", *WINTER, cond=f"NOT ({VAN})"),
        # ---- missed deliveries
        "sm20": lambda: missed_rate(*QR, cond=CD),
        "sm21": lambda: missed_rate("2026-05-01", "2026-07-31", cond=CD, tol=0.003),
        "sm22": lambda: missed_top('e."城市"', *month(2026, 1)),
        "sm23": lambda: ev_top("tp_missed", 'e."漏送原因"', *QR, cond=CD, gap=1.5),
        # ---- wellness checks and pauses
        "sm24": lambda: ev_share("e.wellness_check = 'no_answer'", "tp_delivery", *quarter(2025, 3), tol=0.0015),
        "sm25": lambda: ev_share("e.wellness_check = 'no_answer'", "tp_delivery", *ALL,
                                 cond="c.age >= 85 AND c.living_alone", join="JOIN customers c USING (customer_id)",
                                 tol=0.002),
        "sm26": lambda: ev_count("tp_wellness_alert", *Y25, cond="e.alert_outcome = 'fall_found'"),
        "sm27": lambda: ev_share("e.texture_changed = 'true'", "tp_resume", *SINCE25,
                                 cond="e.pause_reason = 'hospital_stay'"),
        "sm28": lambda: hospital_pause_share(*Y25),
        # ---- menu complaints
        "sm29": lambda: per_k_top('e."食物质地"', "1=1", *ALL, gap=1.5),
        "sm30": lambda: ev_top("tp_menu_complaint", "e.complaint_type", *PRE_REVAMP, cond=DIAB, gap=2),
        "sm31": lambda: per_k_deliveries("e.complaint_type = 'too_bland'", *POST_REVAMP, cond=DIAB),
        "sm32": lambda: per_k_deliveries("e.complaint_type = 'too_bland'", *PRE_REVAMP, cond=DIAB),
        "sm33": lambda: ev_top("tp_menu_complaint", 'e."投诉类型"', *Y25, gap=1.2),
        "sm34": lambda: per_k_top("e.city", "e.complaint_type = 'cold_food'", *WINTER, gap=3),
        # ---- rankings
        "sm35": lambda: orders_top('o."城市"', *Y25, gap=1.3),
        "sm36": lambda: orders_top("o.city", *YTD26, cond=f"{PAID} AND o.order_type = 'plan_cycle'",
                                   measure="avg(o.amount)", gap=1.2),
        "sm37": lambda: ev_top("tp_cancel", "e.cancel_reason", *QR, cond=CD, gap=1.5),
        "sm38": lambda: ev_top("tp_cancel", 'e."退订原因"', *ALL, cond="e.city IN ('osaka', 'vancouver')", gap=1.5),
        "sm39": lambda: top(q(f"""SELECT c."获客渠道", count(*) n FROM customers c WHERE {_in('c.signup_at', *Y25)}
                                 GROUP BY 1 ORDER BY n DESC"""), 1.2),
        "sm40": lambda: ev_top("tp_subscribe", 'e."套餐"', *Y25, gap=1.2),
        # ---- single values
        "sm41": lambda: orders_sum(*quarter(2025, 4)),
        "sm42": lambda: orders_sum(*quarter(2026, 1), cond=f"{PAID} AND o.order_type = 'trial_week'"),
        "sm43": lambda: orders_sum(*Y25, cond=f"{PAID} AND o.city = 'shanghai' AND o.order_type = 'plan_cycle'",
                                   what="o.subsidy_cny"),
        "sm44": lambda: ev_count("tp_delivery", *month(2026, 6)),
        "sm45": lambda: ev_growth("tp_delivery", month(2025, 6), month(2026, 6)),
        "sm46": lambda: ev_count("tp_delivery", *month(2026, 6), distinct=True),
        "sm47": lambda: ev_count("tp_subscribe", *quarter(2026, 2)),
        "sm48": lambda: orders_share("o.status = 'refunded'", *Y25, cond="o.order_type = 'trial_week'"),
        "sm49": lambda: orders_sum(*H1_26, cond=f"{PAID} AND o.city = 'osaka'", what="o.amount_local"),
        "sm50": lambda: per_buyer(*H1_26),
        "sm51": lambda: growth(H1_25, H1_26),
        "sm52": lambda: orders_count(*Y25, cond=f"{PAID} AND o.addon = 'nutrition_shake_pack'"),
        "sm53": lambda: ev_count("tp_cancel", *quarter(2026, 1), distinct=True),
        "sm54": lambda: ev_growth("tp_referral", quarter(2025, 2), quarter(2026, 2)),
        "sm55": lambda: ev_count("tp_missed", "2026-06-08", "2026-06-14"),
        "sm56": lambda: num(one(f"""SELECT avg(c.age) FROM customers c WHERE customer_id IN (SELECT customer_id
                                    FROM events e WHERE e.touchpoint_id = 'tp_subscribe' AND {_in('e.ts', *Y25)})"""),
                            rel=0.005, floor=0.1, nd=2),
        "sm57": lambda: ev_share(DIAB, "tp_subscribe", *H2_25),
        "sm58": lambda: paused_now("2026-07-31"),
        # ---- feedback
        "sm59": lambda: fb_top("f.touchpoint_id", f"{NEG} AND {_in('f.ts', *YTD26)}", gap=1.4),
        "sm60": lambda: fb_count("f.topic = 'missed_delivery'", rel=0.05),
        "sm61": lambda: fb_count("f.topic = 'too_bland'", rel=0.05),
        "sm62": lambda: fb_avg("rating", f"f.channel = 'trial_survey' AND {_in('f.ts', *Y25)}"),
        "sm63": lambda: fb_avg("nps", f"f.channel = 'nps_survey' AND {_in('f.ts', *Y25)}", tol=0.1),
        "sm64": lambda: fb_ratio(NEG, "f.city = 'vancouver'"),
        "sm65": lambda: fb_count("f.ts IS NULL"),
        "sm66": lambda: fb_avg("rating", "f.channel = 'google_review'"),
        # ---- why-questions with quotes
        "sm67": lambda: fb_ids(f"f.city = 'chengdu' AND f.topic = 'missed_delivery' AND "
                               f"(f.ts IS NULL OR {_in('f.ts', *QR)})"),
        "sm68": lambda: fb_ids("f.topic = 'too_bland'"),
        "sm69": lambda: fb_ids("f.topic = 'texture_wrong'"),
        "sm70": lambda: fb_ids(f"f.city = 'vancouver' AND {NEG} AND (month(f.ts) IN (12, 1, 2) OR "
                               "(f.ts IS NULL AND f.topic = 'late_cold_food'))"),
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
    missing = []
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                missing.append(it["id"])
            continue
        print(it["id"], it["question"][:100])
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print("   ->", shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
