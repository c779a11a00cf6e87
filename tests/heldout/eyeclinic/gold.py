"""Gold answers for the 明视 ClearSight Kids (children's myopia-control clinics) held-out batch, from plain DuckDB SQL
over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "kids" / "families" / "customers" = customer_id (one child per customer); every rate is per child unless the question
  says otherwise.
- funnels follow DATA.md: a child reaches step k with an event at step k's touchpoint after reaching step k-1, within
  the journey window from their first step-1 event in the period (acquire 60 d, exam_to_treatment 30 d,
  treatment_care 400 d); the tolerance covers both readings (later steps allowed after the period end, or not).
  "Where do we lose the most" = the step reached whose next step is not reached, largest count (the loss between step
  k and k+1 is attributed to step k). Per-channel funnels group by customers.acquisition_channel / 获客渠道 (the same
  as the enquiry event's lead_source).
- step-to-step rates ("of kids examined in H2 2025, what share paid within 30 days"): children whose first A event
  falls in the period (by date), with a B event after it at any time (or within N days when the question says so);
  exam no-show = booked (`tp_exam_booked`) and no `tp_exam_done` afterwards; missed 3-month review = fitted and no
  `tp_review_3m` within 120 days of the fitting. Group columns of a step (clinic, doctor) come from the A event.
- renewal after the review: children first fitted in the period, split by whether a `tp_review_3m` follows within
  120 days; renewed = a `tp_renewal` within 400 days of the fitting.
- times between steps: per child, first B after the first A, over children that reached both, the period by the date
  of A; "more than X days" is strict; days are fractional (epoch difference / 86400). The lens lab of a fitting is
  the `lens_lab` of that B event.
- waiting time = `wait_minutes` on `tp_exam_done` events; weekend = Saturday / Sunday of the exam timestamp.
- money = orders with status `paid`; `refunded` (plan dropped in the trial week) and `cancelled` orders are no
  revenue. Revenue includes every paid order type (exam_fee, package, review_fee, lens_replacement, renewal). Spend
  per paying family = paid amount / families with a paid order in the period. Trial-week refund rate = refunded /
  (paid + refunded) package orders by order date (treatment / age of the order's customer). Package shares are over
  paid package orders (count).
- plans paid = `tp_plan_paid` events (one per child); the tolerance covers counting paid+refunded package orders.
- customer attributes from customers.csv (age_band / 年龄段, member_level / 会员等级, myopia_level / 近视程度,
  acquisition_channel / 获客渠道); zh top-entity golds use the Chinese twin (获客渠道, clinic, 治疗方案, 退费原因),
  en ones the English values (clinic_en, doctor_en, member_level, myopia_level, age_band, lens_lab, touchpoint_id).
- per-child averages: events per child whose (first) fitting is in the period, children without such events count 0.
- peak month / week / quarter = the largest count (or paid revenue) in the trend table (the number must appear in it); weeks are
  Monday..Sunday.
- feedback: "comments" = all rows of all channels; "all feedback" includes rows without a date; period questions use
  dated rows only; negative share = generator truth `sentiment_label = 'neg'`; topic counts by text markers with a
  5 % tolerance; rating by step = feedback.touchpoint_id over rows with a rating (steps with 30+ rated rows);
  recommend score = call-note `nps` mean.
- why-questions with `citations_from`: at least half the quoted comments must be about the planted cause.
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`.
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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


# ---------- funnels (per child, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    """counts per step; `cond` filters on the customer (alias c) and their first step-1 event in the period (e)."""
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, e.ts AS t1, e.ts AS t FROM
                    (SELECT *, row_number() OVER (PARTITION BY customer_id ORDER BY ts, event_id) rn FROM events
                     WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)}) e
                    LEFT JOIN customers c USING (customer_id) WHERE e.rn = 1 AND ({cond})""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", upto=None, frm=1):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        last = c[-1] if upto is None else c[upto - 1]
        vals.append(last / c[frm - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.2, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def rank_conv(journey, start, end, by, min_n=1, desc=True, margin=0.03):
    """rank groups (values of `by` on customers c) by whole-funnel conversion."""
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        res = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0]:
                res.append((g, c[-1] / c[0], c[0]))
        big = sorted([r for r in res if r[2] >= min_n], key=lambda r: r[1], reverse=desc)
        assert abs(big[0][1] - big[1][1]) > margin, big[:3]
        tops.add(big[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- step-to-step, per child ----------

def _first(tp, where="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY customer_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({where})) WHERE rn = 1)"""


def cust_rate(a_tp, b_tp, start, end, cond="1=1", missing=False, within=None, by=None, having="1=1", desc=True):
    """share of children with a first `a_tp` in the period that have (missing=True: lack) a later `b_tp`."""
    sel = f"{by}, " if by else ""
    win = f" AND b.ts <= a.t + INTERVAL {within} DAY" if within else ""
    hit = "NOT EXISTS" if missing else "EXISTS"
    order = "DESC" if desc else "ASC"
    sql = f"""SELECT {sel}avg(({hit} (SELECT 1 FROM events b WHERE b.customer_id = a.customer_id
                 AND b.touchpoint_id = '{b_tp}' AND b.ts > a.t{win}))::int) r, count(*) n
              FROM {_first(a_tp)} a LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {f'GROUP BY 1 HAVING {having} ORDER BY r {order}' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", missing=False, within=None):
    v = cust_rate(a_tp, b_tp, start, end, cond, missing=missing, within=within)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", having="1=1", missing=False, desc=True, margin=1.15,
              check_small=False, within=None):
    rows = cust_rate(a_tp, b_tp, start, end, cond, by=by, having=having, missing=missing, desc=desc, within=within)
    if desc:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    else:
        assert rows[0][1] * margin < rows[1][1], rows[:3]
    if check_small:   # the ranking must change when small groups are let in (the minimum size matters)
        allr = cust_rate(a_tp, b_tp, start, end, cond, by=by, missing=missing, desc=desc, within=within)
        assert allr[0][0] != rows[0][0], allr[:3]
    return dict(top_entity=rows[0][0])


def renew_rate(start, end, reviewed: bool):
    """children first fitted in the period, with (or without) a 3-month review within 120 days: share renewed
    within 400 days of the fitting."""
    rv = "EXISTS" if reviewed else "NOT EXISTS"
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events b WHERE b.customer_id = a.customer_id
                   AND b.touchpoint_id = 'tp_renewal' AND b.ts > a.t AND b.ts <= a.t + INTERVAL 400 DAY))::int)
                FROM {_first('tp_fitting')} a WHERE {_in('a.t', start, end)}
                AND {rv} (SELECT 1 FROM events r WHERE r.customer_id = a.customer_id
                   AND r.touchpoint_id = 'tp_review_3m' AND r.ts > a.t AND r.ts <= a.t + INTERVAL 120 DAY)""")
    return dict(value=round(v, 4), tolerance=0.01)


def _pairs(a_tp, b_tp):
    return f"""(SELECT a.customer_id, a.t AS ta, min(b.ts) AS tb, arg_min(b.lens_lab, b.ts) AS lens_lab,
               any_value(a.treatment_type) AS treatment_type
               FROM {_first(a_tp)} a JOIN events b ON b.customer_id = a.customer_id AND b.touchpoint_id = '{b_tp}'
               AND b.ts > a.t GROUP BY 1, 2)"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median"):
    v = one(f"""SELECT {agg}(epoch(p.tb - p.ta) / 86400.0) FROM {_pairs(a_tp, b_tp)} p
                LEFT JOIN customers c USING (customer_id) WHERE {_in('p.ta', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


def step_time_share(a_tp, b_tp, start, end, thr, cond="1=1"):
    v = one(f"""SELECT avg((epoch(p.tb - p.ta) / 86400.0 > {thr})::int) FROM {_pairs(a_tp, b_tp)} p
                LEFT JOIN customers c USING (customer_id) WHERE {_in('p.ta', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_step_time(a_tp, b_tp, start, end, by, cond="1=1", min_n=20, margin=1.3):
    rows = q(f"""SELECT {by}, median(epoch(p.tb - p.ta) / 86400.0) m, count(*) n FROM {_pairs(a_tp, b_tp)} p
                 LEFT JOIN customers c USING (customer_id) WHERE {_in('p.ta', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY m DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1", distinct=False, tol=0.5):
    agg = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return dict(value=one(f"SELECT {agg} FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=tol)


def events_ratio(tp, num, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 4), tolerance=0.01)


def events_avg(tp, col, start, end, cond="1=1"):
    v = one(f"""SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.1, float(v) * 0.02), 2))


def top_events_avg(tp, col, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"""SELECT {by}, avg({col}) a, count(*) FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY a DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def peak_period(tp, start, end, unit="month", cond="1=1"):
    """the count of the busiest month / week (Monday weeks) - the number must appear in the trend table."""
    rows = q(f"""SELECT date_trunc('{unit}', e.ts) p, count(*) n FROM events e LEFT JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1], rows[:3]   # a unique maximum (the value, not the period, is checked)
    return dict(value=rows[0][1], tolerance=0.5)


def peak_revenue(start, end, unit="month"):
    rows = q(f"""SELECT date_trunc('{unit}', ts) p, sum(amount) n FROM orders WHERE status = 'paid'
                 AND {_in('ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.05, rows[:3]
    v = float(rows[0][1])
    return dict(value=round(v, 2), tolerance=round(v * 0.002, 2))


def per_fitted(tps, start, end):
    """average number of events at `tps` per child first fitted in the period (zero counts included)."""
    v = one(f"""SELECT avg(n) FROM (SELECT a.customer_id, (SELECT count(*) FROM events b WHERE b.customer_id =
                a.customer_id AND b.touchpoint_id IN {tps}) n FROM {_first('tp_fitting')} a
                WHERE {_in('a.t', start, end)})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


def plans_paid(start, end):
    """children with a tp_plan_paid event in the period; tolerance covers counting paid + refunded package orders."""
    a = one(f"SELECT count(DISTINCT customer_id) FROM events WHERE touchpoint_id = 'tp_plan_paid' AND {_in('ts', start, end)}")
    b = one(f"SELECT count(*) FROM orders WHERE order_type = 'package' AND status IN ('paid', 'refunded') "
            f"AND {_in('ts', start, end)}")
    return dict(value=a, tolerance=max(0.5, abs(a - b) + 0.5))


# ---------- orders / customers ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o LEFT JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, abs(float(v)) * 0.002), 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def order_share(num, start, end, cond="1=1", statuses="('paid')"):
    v = one(f"""SELECT avg(({num})::int) FROM orders o LEFT JOIN customers c USING (customer_id)
                WHERE o.status IN {statuses} AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 4), tolerance=0.01)


def top_orders(by, start, end, agg="sum(o.amount)", status="('paid')", cond="1=1", margin=1.15, desc=True,
               having="1=1"):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o LEFT JOIN customers c USING (customer_id)
                 WHERE o.status IN {status} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 HAVING {having} ORDER BY n {'DESC' if desc else 'ASC'}""")
    if desc:
        assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    else:
        assert rows[0][1] * margin < rows[1][1], rows[:3]
    return dict(top_entity=rows[0][0])


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
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def bottom_fb_avg(by, cond, min_n, margin=0.15):
    rows = q(f"""SELECT {by}, avg(f.rating) a, count(*) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}
                 AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a""")
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"""SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


ALL = ("2024-07-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
LAST12 = ("2025-07-01", "2026-06-30")
ENQ, BOOKED, EXAM, PROPOSED, PAID, FIT, W1, REVIEW, REMIND, RENEW = (
    "tp_enquiry", "tp_exam_booked", "tp_exam_done", "tp_plan_proposed", "tp_plan_paid", "tp_fitting",
    "tp_followup_1w", "tp_review_3m", "tp_reminder", "tp_renewal")
OK = "c.treatment_type = 'ortho_k'"
WEEKEND = "isodow(e.ts) IN (6, 7)"
WEEKDAY = "isodow(e.ts) < 6"
PKG = "o.order_type = 'package'"
NEG = "f.sentiment_label = 'neg'"
WAIT_T = _like("f.text", ["周末", "周六", "周日", "weekend", "saturday", "sunday"])
UNCOMF_T = _like("f.text", ["疼", "不舒服", "异物感", "磨眼", "uncomfortable", "hurt", "sore"])
EXPLAIN_T = _like("f.text", ["清楚", "explain"])
PRICE_T = _like("f.text", ["贵", "价格", "expensive", "price", "pricey"])
REMIND_T = _like("f.text", ["提醒", "remind"])
LAB_T = _like("f.text", ["还没到", "迟迟不到", "拖了", "arrived", "delay", "still waiting"])


def gold():
    return {
        # ---- funnels / conversion
        "ec01": lambda: conv("acquire", *Y25),
        "ec02": lambda: top_lost("acquire", *quarter(2025, 3)),
        "ec03": lambda: conv("acquire", *Y25, cond="c.acquisition_channel = 'pediatrician_referral'"),
        "ec04": lambda: conv("acquire", *Y25, cond="c.acquisition_channel = 'school_screening'"),
        "ec05": lambda: rank_conv("acquire", *Y25, by='c."获客渠道"', desc=False, margin=0.05),
        "ec06": lambda: rate(EXAM, PAID, *H2_25, within=30),
        "ec07": lambda: rank_rate(EXAM, PAID, *LAST12, by="a.clinic_en", having="count(*) >= 50", margin=1.1,
                                  check_small=True),
        "ec08": lambda: rate(BOOKED, EXAM, *Y25, missing=True),
        "ec09": lambda: rank_rate(EXAM, PROPOSED, *Y25, by="c.myopia_level", desc=False, margin=1.5),
        "ec10": lambda: rate(PROPOSED, PAID, *H1_25, cond=OK),
        "ec11": lambda: rate(PROPOSED, PAID, *H2_25, cond=OK),
        "ec12": lambda: conv("exam_to_treatment", *quarter(2025, 4)),
        "ec13": lambda: rank_rate(PROPOSED, PAID, *Y25, by="c.member_level", margin=1.1),
        # ---- time between steps
        "ec14": lambda: step_time(PAID, FIT, *quarter(2026, 1), cond=OK),
        "ec15": lambda: step_time(PAID, FIT, *quarter(2025, 4), cond=OK),
        "ec16": lambda: step_time_share(PAID, FIT, *quarter(2026, 1), 14, cond=OK),
        "ec17": lambda: step_time(ENQ, EXAM, *Y25, agg="avg"),
        "ec18": lambda: rank_step_time(PAID, FIT, *LAST12, by="p.lens_lab", cond=OK, margin=1.2),
        # ---- reviews, reminders, renewals
        "ec19": lambda: rate(FIT, REVIEW, *quarter(2025, 1), missing=True, within=120),
        "ec20": lambda: rate(FIT, REVIEW, *quarter(2025, 4), missing=True, within=120),
        "ec21": lambda: events_ratio(REMIND, "e.action = 'opened'", *H1_26, cond="e.device = 'ios'"),
        "ec22": lambda: events_ratio(REMIND, "e.action = 'opened'", *H1_26, cond="e.device = 'android'"),
        "ec23": lambda: renew_rate("2024-07-01", "2024-12-31", reviewed=True),
        "ec24": lambda: renew_rate("2024-07-01", "2024-12-31", reviewed=False),
        # ---- trial-week refunds
        "ec25": lambda: order_share("o.status = 'refunded'", *Y25, cond=f"{PKG} AND o.treatment_type = 'ortho_k'",
                                    statuses="('paid', 'refunded')"),
        "ec26": lambda: top_orders("c.age_band", *ALL, agg="avg((o.status = 'refunded')::int)",
                                   status="('paid', 'refunded')", cond=f"{PKG} AND o.treatment_type = 'ortho_k'",
                                   margin=1.5),
        "ec27": lambda: top_orders('o."退费原因"', *ALL, agg="count(*)", status="('refunded')", margin=1.5),
        # ---- money
        "ec28": lambda: orders(*Y25),
        "ec29": lambda: orders_change(quarter(2025, 3), quarter(2025, 4)),
        "ec30": lambda: per_customer(*Y25),
        "ec31": lambda: top_orders("o.clinic", *Y25, cond=PKG, margin=1.08),
        "ec32": lambda: order_share("o.treatment_type = 'ortho_k'", *Y25, cond=PKG),
        "ec33": lambda: orders(*month(2025, 10), agg="count(*)", cond="o.order_type = 'exam_fee'"),
        "ec34": lambda: orders(*quarter(2026, 2), cond="o.order_type = 'renewal'"),
        "ec35": lambda: per_customer(*Y25, cond="o.member_level = 'gold'"),
        "ec36": lambda: per_fitted(f"('{W1}', '{REVIEW}')", *H1_25),
        # ---- shares
        "ec37": lambda: customers_share("c.member_level = 'gold'"),
        "ec38": lambda: events_ratio(EXAM, "c.age_band = '6-8'", *Y25),
        "ec39": lambda: events_ratio(EXAM, "e.\"近视程度\" = '高度近视'", *Y25),
        # ---- waiting time, doctors (extra columns)
        "ec40": lambda: events_avg(EXAM, "e.wait_minutes", *Y25, cond=WEEKEND),
        "ec41": lambda: events_avg(EXAM, "e.wait_minutes", *Y25, cond=WEEKDAY),
        "ec42": lambda: events_ratio(EXAM, "e.wait_minutes > 60", *Y25, cond=WEEKEND),
        "ec43": lambda: top_events_avg(EXAM, "e.wait_minutes", "e.clinic", *Y25, cond=WEEKEND),
        "ec44": lambda: rank_rate(EXAM, PAID, *Y25, by="a.doctor_en", having="count(*) >= 40", margin=1.15),
        # ---- trends / counts
        "ec45": lambda: peak_period(ENQ, *Y25),
        "ec46": lambda: peak_period(EXAM, "2025-07-01", "2025-08-31", unit="week"),
        "ec47": lambda: events_at(EXAM, "2025-03-03", "2025-03-09"),
        "ec48": lambda: events_at(ENQ, *quarter(2026, 1)),
        "ec49": lambda: plans_paid(*month(2026, 4)),
        "ec50": lambda: plans_paid(*month(2026, 3)),
        "ec51": lambda: events_at(REVIEW, *month(2025, 10)),
        "ec52": lambda: peak_revenue(*Y25, unit="quarter"),
        # ---- feedback
        "ec53": lambda: fb_topic_count(WAIT_T),
        "ec54": lambda: fb_topic_count(UNCOMF_T),
        "ec55": lambda: top_fb_count('f."治疗方案"', UNCOMF_T),
        "ec56": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 1))),
        "ec57": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 4))),
        "ec58": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.3),
        "ec59": lambda: fb_avg(f"f.touchpoint_id = '{REVIEW}'"),
        "ec60": lambda: top_fb_count("f.doctor_en", EXPLAIN_T),
        "ec61": lambda: fb_topic_count(PRICE_T),
        "ec62": lambda: fb_topic_count(REMIND_T),
        "ec63": lambda: fb_avg(f"f.channel = 'call_note' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "ec65": lambda: fb_avg("f.channel = 'review'"),
        # ---- why-questions: status ok and at least half the quoted comments from the planted cause
        "ec69": lambda: feedback_ids(f"{PRICE_T} AND (f.treatment_type = 'ortho_k' OR f.treatment_type IS NULL)"),
        "ec70": lambda: feedback_ids(LAB_T),
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
        print(it["id"], it["lang"], it["question"][:60], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
