"""Gold answers for the 明眸 ClearView (refractive-surgery eye hospitals) held-out batch, from plain DuckDB SQL over
the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "people" / "patients" / "leads" = customer_id; every rate is per customer unless the question says
  otherwise ("人次" / "visits" = events).
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (acquire 90 d, exam_to_surgery 60 d,
  aftercare 60 d); the tolerance covers both readings (later steps allowed after the period end, or not).
  "Where do we lose the most" = the step reached whose next step is not reached, largest count (the loss between
  step k and k+1 is attributed to step k). Per-source funnels group by customers.acquisition_channel (the same as the
  lead event's lead_source).
- step-to-step rates ("of customers who chose a plan in H1 2025, what share paid a deposit"): customers whose first A
  event falls in the period (by date), with a B event after it at any time (or within N days when the question says
  so). Exam no-show = booked (`tp_exam_booked`) and no `tp_exam` afterwards; the hospital of a booking is the booking
  event's hospital_id.
- times between steps: per customer, first B after the first A, over customers that reached both, the period by the
  date of A; "more than" is strict; days are fractional (epoch difference / 86400).
- exam-day waiting = events.waiting_minutes on `tp_exam` events; suitability = events.suitability on `tp_result`
  ("not a laser candidate" = icl_only or not_suitable); dry eye = events.dry_eye on `tp_fu_month1` events (period by
  the follow-up's date); surgery type of a surgery / follow-up = the event's surgery_type.
- money = orders with status `paid` (exam fees that were waived are paid orders of ¥0); `refunded` deposits are no
  revenue. Spend per paying customer = paid amount / customers whose paid amount in the period is > 0. Deposit refund
  share = refunded / (paid + refunded) deposit orders by order date; the refund reason is orders.refund_reason.
- per-patient averages: events / orders per customer whose first `tp_surgery` is in the period, zero counts included.
  Referral rate = patients with a `tp_referral` event within N days after their surgery.
- customer attributes from customers.csv (city / 城市, occupation / 职业, myopia_level / 近视程度, acquisition_channel /
  获客渠道); zh top-entity golds use the Chinese twin where the column has one (获客渠道, 近视程度, 职业, 术式, hospital
  (zh), surgeon (zh), 退款原因), en ones the English values (acquisition_channel, myopia_level, hospital_en, surgeon_en,
  touchpoint_id, city).
- peak month / week = the largest count in the trend table (the number must appear in it); a week is Monday..Sunday.
- feedback: "comments" = all rows of all channels; "all feedback" includes rows without a date; period questions use
  dated rows only; negative share = generator truth `sentiment_label = 'neg'`; topic counts by text markers with a 5 %
  tolerance; rating by step = feedback.touchpoint_id over rows with a rating; NPS = mean of the `nps` column.
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


def _like(col: str, words: list[str]) -> str:
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


# ---------- funnels ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], rows[0][1]


def funnel(journey, start, end, bounded=False, cond="1=1"):
    """customers per step; `cond` filters on the customer (alias c)."""
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


def conv(journey, start, end, cond="1=1"):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.3, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def rank_conv(journey, start, end, by, desc=True, margin=0.03, upto=None):
    """rank groups (values of `by` on customers c) by conversion from step 1 to the last step (or step `upto`)."""
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        res = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= 30:
                res.append((g, (c[-1] if upto is None else c[upto - 1]) / c[0], c[0]))
        res.sort(key=lambda r: r[1], reverse=desc)
        assert abs(res[0][1] - res[1][1]) > margin, res[:3]
        tops.add(res[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- step-to-step, per customer ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY customer_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}') WHERE rn = 1)"""


def cust_rate(a_tp, b_tp, start, end, cond="1=1", missing=False, within=None, by=None, having="1=1", desc=True):
    """share of customers with a first `a_tp` in the period that have (missing=True: lack) a later `b_tp`."""
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


def _pairs(a_tp, b_tp):
    return f"""(SELECT a.customer_id, a.t AS ta, min(b.ts) AS tb, any_value(a.hospital_id) AS hospital_id,
               any_value(a.hospital_en) AS hospital_en
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


def rank_step_time(a_tp, b_tp, start, end, by, min_n, margin=1.3):
    rows = q(f"""SELECT {by}, median(epoch(p.tb - p.ta) / 86400.0) m, count(*) n FROM {_pairs(a_tp, b_tp)} p
                 LEFT JOIN customers c USING (customer_id) WHERE {_in('p.ta', start, end)}
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY m DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def _ev(tp, start, end, cond):
    return (f"FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")


def events_at(tp, start, end, cond="1=1", distinct=False):
    agg = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return dict(value=one(f"SELECT {agg} {_ev(tp, start, end, cond)}"), tolerance=0.5)


def events_change(tp, a, b):
    x = one(f"SELECT count(*) {_ev(tp, *a, '1=1')}")
    y = one(f"SELECT count(*) {_ev(tp, *b, '1=1')}")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_ratio(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) {_ev(tp, start, end, cond)}")
    return dict(value=round(float(v), 4), tolerance=0.01)


def events_avg(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT avg({col}) {_ev(tp, start, end, cond)}")
    return dict(value=round(float(v), 2), tolerance=round(max(0.1, float(v) * 0.01), 2))


def rank_events(tp, by, agg, start, end, cond="1=1", margin=1.3, min_n=30):
    rows = q(f"""SELECT {by}, {agg} r, count(*) n {_ev(tp, start, end, cond)} AND {by} IS NOT NULL
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def peak_period(tp, start, end, unit="month", cond="1=1"):
    """the count of the busiest month / week (Monday weeks) - the number must appear in the trend table."""
    rows = q(f"""SELECT date_trunc('{unit}', e.ts) p, count(*) n {_ev(tp, start, end, cond)}
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.05, rows[:3]
    return dict(value=rows[0][1], tolerance=0.5)


def per_patient(start, end, what, cond="1=1"):
    """average number of events (tp list) or paid orders (order_type) per customer whose first surgery is in the
    period (zero counts included)."""
    kind, val = what
    if kind == "events":
        sub = f"SELECT count(*) FROM events b WHERE b.customer_id = a.customer_id AND b.touchpoint_id IN {val}"
    else:
        sub = (f"SELECT count(*) FROM orders b WHERE b.customer_id = a.customer_id AND b.order_type = '{val}' "
               f"AND b.status = 'paid'")
    v = one(f"""SELECT avg(({sub})) FROM {_first('tp_surgery')} a LEFT JOIN customers c USING (customer_id)
                WHERE {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


# ---------- orders ----------

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


def per_paying_customer(start, end):
    v = one(f"""SELECT sum(s) / count(*) FROM (SELECT customer_id, sum(amount) s FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 HAVING sum(amount) > 0)""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def order_share(num, start, end, cond="1=1", statuses="('paid')"):
    v = one(f"""SELECT avg(({num})::int) FROM orders o LEFT JOIN customers c USING (customer_id)
                WHERE o.status IN {statuses} AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 4), tolerance=0.01)


def top_orders(by, start, end, agg="sum(o.amount)", status="('paid')", cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o LEFT JOIN customers c USING (customer_id)
                 WHERE o.status IN {status} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f LEFT JOIN customers c USING (customer_id) "
                           f"WHERE {cond} ORDER BY 1")]
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
    rows = q(f"""SELECT {by}, count(*) n FROM feedback f LEFT JOIN customers c USING (customer_id)
                 WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
LAST12 = ("2025-07-01", "2026-06-30")
SINCE25 = ("2025-01-01", "2026-06-30")
LEAD, BOOKED, EXAM, RESULT, PLAN, DEP, SURG, D1, W1, M1, REF = (
    "tp_lead", "tp_exam_booked", "tp_exam", "tp_result", "tp_plan", "tp_deposit", "tp_surgery", "tp_fu_day1",
    "tp_fu_week1", "tp_fu_month1", "tp_referral")
NEG = "f.sentiment_label = 'neg'"
DRY_T = _like("f.text", ["干眼", "眼睛特别干", "眼干", "干涩", "发干", "dry eye", "so dry"])
HIDDEN_T = _like("f.text", ["隐形消费", "加价", "加钱", "额外收费", "hidden", "extra charge", "bait and switch"])
WAIT_T = _like("f.text", ["等了", "排队", "wait"])
BOOK_T = _like("f.text", ["难约", "约不上", "号要等", "hard to get an appointment"])
CLEAR_T = _like("f.text", ["看得清", "清晰", "看清楚", "clear"])
PRO_T = _like("f.text", ["专业", "professional"])
AWAY_T = _like("f.text", ["回学校", "开学", "返校", "university"])
SZ02 = "hospital_id = 'SZ02'"


def gold():
    return {
        # ---- funnels / conversion
        "lk01": lambda: conv("acquire", *Y25),
        "lk02": lambda: top_lost("acquire", *quarter(2025, 3)),
        "lk03": lambda: conv("acquire", *Y25, cond="c.acquisition_channel = 'douyin_ad'"),
        "lk04": lambda: conv("acquire", *Y25, cond="c.acquisition_channel = 'baidu_search'"),
        "lk05": lambda: rank_conv("acquire", *Y25, by='c."获客渠道"', desc=False, margin=0.05, upto=5),
        "lk06": lambda: rate(PLAN, DEP, *H1_25),
        "lk07": lambda: rank_rate(PLAN, DEP, *Y25, by="c.acquisition_channel", desc=False, margin=1.3),
        "lk08": lambda: rate(BOOKED, EXAM, *Y25, missing=True),
        "lk09": lambda: rate(BOOKED, EXAM, *H2_25, cond="a." + SZ02, missing=True),
        "lk10": lambda: rate(BOOKED, EXAM, *H2_25, cond="a.hospital_id <> 'SZ02'", missing=True),
        "lk11": lambda: top_lost("aftercare", *Y25),
        "lk12": lambda: rate(SURG, M1, *Y25),
        "lk13": lambda: rate(SURG, M1, *Y25, cond="c.occupation = 'student'"),
        "lk14": lambda: rate(SURG, M1, *Y25, cond="c.occupation = 'working'"),
        "lk15": lambda: rate(EXAM, PLAN, *quarter(2026, 1), within=14),
        "lk16": lambda: events_ratio(RESULT, "e.suitability <> 'laser_ok'", *Y25, cond="c.myopia_level = 'high'"),
        "lk17": lambda: rank_events(RESULT, "c.myopia_level", "avg((e.suitability <> 'laser_ok')::int)", *Y25,
                                    margin=1.5),
        "lk18": lambda: conv("exam_to_surgery", *Y25),
        # ---- time between steps
        "lk19": lambda: step_time(BOOKED, EXAM, *H2_25, cond="p." + SZ02),
        "lk20": lambda: rank_step_time(BOOKED, EXAM, *LAST12, by="p.hospital_en", min_n=30, margin=1.5),
        "lk21": lambda: step_time_share(BOOKED, EXAM, *H2_25, 10, cond="p." + SZ02),
        "lk22": lambda: step_time(DEP, SURG, *Y25, cond="c.occupation = 'student'", agg="avg"),
        "lk23": lambda: step_time(DEP, SURG, *Y25, cond="c.occupation = 'working'", agg="avg"),
        # ---- exam-day waiting, suitability, surgery types
        "lk25": lambda: events_avg(EXAM, "e.waiting_minutes", *quarter(2025, 4), cond="e." + SZ02),
        "lk26": lambda: events_avg(EXAM, "e.waiting_minutes", *quarter(2025, 4), cond="e.hospital_id = 'SZ01'"),
        "lk27": lambda: rank_events(EXAM, "e.hospital", "avg(e.waiting_minutes)", *Y25, margin=1.3),
        "lk28": lambda: rank_events(M1, 'e."术式"', "avg((e.dry_eye = 'yes')::int)", *Y25, margin=1.5, min_n=20),
        "lk29": lambda: events_ratio(M1, "e.dry_eye = 'yes'", *Y25, cond="e.surgery_type = 'LASIK'"),
        "lk30": lambda: events_ratio(M1, "e.dry_eye = 'yes'", *Y25, cond="e.surgery_type = 'SMILE'"),
        "lk31": lambda: per_patient(*Y25, ("orders", "eye_drops")),
        # ---- money
        "lk33": lambda: orders(*Y25),
        "lk34": lambda: orders_change(quarter(2025, 3), quarter(2025, 4)),
        "lk35": lambda: per_paying_customer(*Y25),
        "lk36": lambda: order_share("o.amount = 0", *Y25, cond="o.order_type = 'exam_fee'"),
        "lk37": lambda: order_share("o.status = 'refunded'", *Y25, cond="o.order_type = 'deposit'",
                                    statuses="('paid', 'refunded')"),
        "lk38": lambda: top_orders('o."退款原因"', *Y25, agg="count(*)", status="('refunded')", margin=1.2),
        "lk39": lambda: top_orders("o.city", *Y25, margin=1.1),
        # ---- trends / counts
        "lk41": lambda: peak_period(SURG, *Y25),
        "lk42": lambda: events_at(EXAM, "2025-03-03", "2025-03-09"),
        "lk43": lambda: events_at(LEAD, *month(2025, 10)),
        "lk44": lambda: events_at(SURG, *month(2026, 4)),
        "lk45": lambda: events_at(SURG, "2026-06-01", "2026-06-20"),
        "lk46": lambda: events_at(SURG, *month(2026, 5)),
        "lk47": lambda: events_at(DEP, *H2_25, distinct=True),
        "lk48": lambda: peak_period(LEAD, *month(2025, 11), unit="week"),
        "lk49": lambda: events_at(LEAD, *quarter(2025, 3), cond="e.device = 'ios'"),
        "lk50": lambda: events_at(LEAD, *quarter(2025, 3), cond="e.device = 'android'"),
        "lk51": lambda: events_change(LEAD, quarter(2025, 1), quarter(2026, 1)),
        # ---- per patient / referrals / surgeons
        "lk52": lambda: per_patient(*Y25, ("events", f"('{D1}', '{W1}', '{M1}')")),
        "lk53": lambda: rate(SURG, REF, *Y25, within=180),
        "lk54": lambda: rank_rate(SURG, REF, *SINCE25, by="a.surgeon_en", having="count(*) >= 30", within=180,
                                  margin=1.5, check_small=True),
        "lk55": lambda: top_fb_count("f.surgeon", PRO_T),
        # ---- feedback
        "lk57": lambda: fb_topic_count(DRY_T),
        "lk58": lambda: fb_topic_count(HIDDEN_T),
        "lk59": lambda: top_fb_count("c.acquisition_channel", HIDDEN_T),
        "lk60": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "lk61": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.3),
        "lk62": lambda: fb_avg(f"f.touchpoint_id = 'tp_exam' AND f.{SZ02} AND {_in('f.ts', *quarter(2025, 4))}"),
        "lk63": lambda: fb_avg(f"{_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "lk64": lambda: top_fb_count("f.hospital_en", WAIT_T),
        "lk65": lambda: fb_avg("f.touchpoint_id = 'tp_fu_month1' AND f.surgery_type = 'LASIK'"),
        "lk66": lambda: fb_avg("f.touchpoint_id = 'tp_fu_month1' AND f.surgery_type = 'SMILE'"),
        "lk67": lambda: fb_topic_count(CLEAR_T),
        # ---- why-questions: status ok and at least half the quoted comments from the planted cause
        "lk68": lambda: feedback_ids(HIDDEN_T),
        "lk69": lambda: feedback_ids(f"{WAIT_T} OR {BOOK_T}"),
        "lk70": lambda: feedback_ids(AWAY_T),
        "lk71": lambda: feedback_ids(DRY_T),
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
