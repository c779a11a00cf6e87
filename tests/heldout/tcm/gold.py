"""Gold answers for the 岐黄 HerbWell (TCM clinic chain) held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write] [--keep-going]

Conventions:
- "patients" / "customers" / "people" = customer_id; every rate is per customer unless the question says otherwise.
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (first_visit 14 d, course 60 d, selfcheck
  7 d); the tolerance covers both readings (later steps allowed after the period end, or not). "Where do we lose the
  most" = the step reached whose next step is not reached, largest count (the loss between step k and k+1 is
  attributed to step k). A filter on the entry event (e.g. device of the self-check) uses the first step-1 event.
- step-to-step rates ("of patients who got a prescription in H2 2025, what share paid"): customers whose first A event
  falls in the period (by date), with a B event after it at any time; no-show = booked (`tp_booked`) and no
  `tp_checkin` afterwards. Per-group rates group by the customer's attribute (customers.csv) or, for doctor /
  branch / prescription type, by the columns of that first A event.
- times between steps: per customer, the first B after the first A, over customers that reached both, the period by
  the date of A; "more than" is strict; days are fractional (epoch difference / 86400), minutes / 60. Check-in to
  consultation = the waiting time at the clinic (walk-outs have no consultation and are not in it). Payment to
  delivery = first `tp_pay` to the first `tp_dispense` after it whose fulfil is `delivery` (first course only).
- money = orders with status `paid` (consultation fees, herbs, therapy courses, delivery fees); `refunded` and
  `cancelled` orders are no revenue. Spend per paying customer = paid amount / customers with a paid order in the
  period; orders per paying customer likewise. Refund rate = refunded / (paid + refunded) orders of that type by order
  date. Insurance share = sum(insurance_covered) / sum(amount) over paid orders. City of an order = the order's city.
- per-patient averages: events per customer whose first `tp_pay` is in the period, customers without any such event
  counted as 0 (all later events, renewed courses included).
- customer attributes from customers.csv (城市 / city, 年龄段 / age_band, 医保类型 / insurance_type, 获客渠道 /
  acquisition_channel, constitution / 体质); zh top-entity golds use the Chinese twin where the column has one (获客渠道,
  年龄段, 处方类型, doctor), en ones the English values (branch_en, doctor_en, rx_type, constitution, city,
  touchpoint_id, acquisition_channel).
- feedback: "comments" = all rows of all channels; "all feedback" includes rows without a date; period questions use
  dated rows only; negative share = generator truth `sentiment_label = 'neg'`; topic counts by text markers with a 5 %
  tolerance; rating by step = feedback.touchpoint_id over rows with a rating; recommend score = call-note `nps` mean;
  app rating = `app_review` rows.
- why-questions with `citations_from`: at least half the quoted comments must be about the planted cause.
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
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
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
        assert lost[best] > sorted(lost)[-2] * 1.3, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- step-to-step, per customer ----------

def _first(tp, where="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY customer_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({where})) WHERE rn = 1)"""


def cust_rate(a_tp, b_tp, start, end, cond="1=1", missing=False, by=None, having="1=1", desc=True):
    """share of customers with a first `a_tp` in the period that have (missing=True: lack) a later `b_tp`."""
    sel = f"{by}, " if by else ""
    hit = "NOT EXISTS" if missing else "EXISTS"
    order = "DESC" if desc else "ASC"
    sql = f"""SELECT {sel}avg(({hit} (SELECT 1 FROM events b WHERE b.customer_id = a.customer_id
                 AND b.touchpoint_id = '{b_tp}' AND b.ts > a.t))::int) r, count(*) n
              FROM {_first(a_tp)} a LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {f'GROUP BY 1 HAVING {having} ORDER BY r {order}' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", missing=False):
    v = cust_rate(a_tp, b_tp, start, end, cond, missing=missing)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", having="1=1", missing=False, desc=True, margin=1.15,
              check_small=False):
    rows = cust_rate(a_tp, b_tp, start, end, cond, by=by, having=having, missing=missing, desc=desc)
    if desc:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    else:
        assert rows[0][1] * margin < rows[1][1], rows[:3]
    if check_small:   # the ranking must change when small groups are let in (the minimum size matters)
        allr = cust_rate(a_tp, b_tp, start, end, cond, by=by, missing=missing, desc=desc)
        assert allr[0][0] != rows[0][0], allr[:3]
    return dict(top_entity=rows[0][0])


def _pairs(a_tp, b_tp, bwhere="1=1"):
    return f"""(SELECT a.customer_id, a.t AS ta, min(b.ts) AS tb, any_value(a.branch_id) AS branch_id,
               any_value(a.branch_en) AS branch_en, any_value(a.city) AS city,
               any_value(a.doctor_level) AS doctor_level, arg_min(b.fulfil, b.ts) AS b_fulfil
               FROM {_first(a_tp)} a JOIN events b ON b.customer_id = a.customer_id AND b.touchpoint_id = '{b_tp}'
               AND b.ts > a.t AND ({bwhere}) GROUP BY 1, 2)"""


UNIT = {"day": 86400.0, "minute": 60.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="day", bwhere="1=1"):
    v = one(f"""SELECT {agg}(epoch(p.tb - p.ta) / {UNIT[unit]}) FROM {_pairs(a_tp, b_tp, bwhere)} p
                LEFT JOIN customers c USING (customer_id) WHERE {_in('p.ta', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


def step_time_share(a_tp, b_tp, start, end, thr, cond="1=1", unit="day", bwhere="1=1"):
    v = one(f"""SELECT avg((epoch(p.tb - p.ta) / {UNIT[unit]} > {thr})::int) FROM {_pairs(a_tp, b_tp, bwhere)} p
                LEFT JOIN customers c USING (customer_id) WHERE {_in('p.ta', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_step_time(a_tp, b_tp, start, end, by, min_n, margin=1.3, unit="day"):
    rows = q(f"""SELECT {by}, median(epoch(p.tb - p.ta) / {UNIT[unit]}) m, count(*) n FROM {_pairs(a_tp, b_tp)} p
                 LEFT JOIN customers c USING (customer_id) WHERE {_in('p.ta', start, end)}
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY m DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1", distinct=False):
    agg = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return dict(value=one(f"SELECT {agg} FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_ratio(tp, num, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 4), tolerance=0.01)


def top_events(tp, by, start, end, cond="1=1", margin=1.3):
    rows = q(f"""SELECT {by}, count(*) n FROM events e LEFT JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def peak_period(tp, start, end, unit="month", cond="1=1"):
    """the count of the busiest month / week (Monday weeks) - the number must appear in the trend table."""
    rows = q(f"""SELECT date_trunc('{unit}', e.ts) p, count(*) n FROM events e LEFT JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.05, rows[:3]
    return dict(value=rows[0][1], tolerance=0.5)


def per_payer(tp, start, end, cond="1=1"):
    """average number of `tp` events per customer whose first tp_pay is in the period (zero counts included)."""
    v = one(f"""SELECT avg(n) FROM (SELECT a.customer_id, (SELECT count(*) FROM events b WHERE b.customer_id =
                a.customer_id AND b.touchpoint_id = '{tp}') n FROM {_first('tp_pay')} a
                LEFT JOIN customers c USING (customer_id) WHERE {_in('a.t', start, end)} AND ({cond}))""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


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


def per_customer(start, end, agg="sum(o.amount)", cond="1=1"):
    v = one(f"""SELECT {agg} / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.005), 3))


def order_share(num, start, end, cond="1=1", statuses="('paid')"):
    v = one(f"""SELECT avg(({num})::int) FROM orders o WHERE o.status IN {statuses} AND {_in('o.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(float(v), 4), tolerance=0.01)


def order_ratio(num, den, start, end, cond="1=1"):
    v = one(f"""SELECT sum({num}) / sum({den}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(float(v), 4), tolerance=0.01)


def top_orders(by, start, end, agg="sum(o.amount)", status="('paid')", cond="1=1", margin=1.1, desc=True):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o LEFT JOIN customers c USING (customer_id)
                 WHERE o.status IN {status} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n {'DESC' if desc else 'ASC'}""")
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
    rows = q(f"""SELECT {by}, count(*) n FROM feedback f LEFT JOIN customers c USING (customer_id)
                 WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


ALL = ("2024-08-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
LAST12 = ("2025-07-01", "2026-06-30")
(AD, SELF, BOOKED, CHECKIN, CONSULT, RX, PAY, DISP, THERAPY, CALL, FUB, FU, RENEW) = (
    "tp_ad_click", "tp_selfcheck", "tp_booked", "tp_checkin", "tp_consult", "tp_rx", "tp_pay", "tp_dispense",
    "tp_therapy", "tp_callback", "tp_followup_booked", "tp_followup", "tp_renewal")
NEG = "f.sentiment_label = 'neg'"
WAIT_T = _like("f.text", ["等", "wait"])
BITTER_T = _like("f.text", ["苦", "bitter"])
LATE_T = _like("f.text", ["还没送到", "送得太慢", "配送太慢", "送晚了", "迟迟不到", "delivery was late",
                          "hadn't arrived", "delivery is so slow"])
PRICE_T = _like("f.text", ["贵", "价格", "expensive", "price"])
NOEFFECT_T = _like("f.text", ["效果都没有", "没有改善", "没什么效果", "没效果", "no improvement", "nothing changed",
                              "didn't help"])
PATIENT_T = _like("f.text", ["耐心", "patient"])
SH_LATE = ("2025-10-01", "2026-01-31")


def gold():
    return {
        # ---- funnels / conversion
        "tc01": lambda: conv("first_visit", *Y25),
        "tc02": lambda: top_lost("first_visit", *quarter(2025, 3)),
        "tc03": lambda: rate(BOOKED, CHECKIN, *Y25, cond="c.acquisition_channel = 'douyin_ads'", missing=True),
        "tc04": lambda: rate(BOOKED, CHECKIN, *Y25, cond="c.acquisition_channel = 'referral'", missing=True),
        "tc05": lambda: rank_rate(BOOKED, CHECKIN, *Y25, by='c."获客渠道"', missing=True, margin=1.5),
        "tc06": lambda: rate(RX, PAY, *H2_25, cond="c.insurance_type = 'self_pay'"),
        "tc07": lambda: rate(RX, PAY, *H2_25, cond="c.insurance_type = 'medical_insurance'"),
        "tc08": lambda: conv("course", *H1_25),
        "tc09": lambda: rank_rate(PAY, RENEW, *Y25, by='a."处方类型"', desc=False, margin=1.1),
        "tc10": lambda: rank_rate(PAY, RENEW, *LAST12, by="a.doctor_en", having="count(*) >= 30", margin=1.2,
                                  check_small=True),
        "tc11": lambda: conv("selfcheck", "2025-11-01", "2025-12-31", cond="e.device = 'android'"),
        "tc12": lambda: conv("selfcheck", "2025-11-01", "2025-12-31", cond="e.device = 'ios'"),
        # ---- time between steps
        "tc14": lambda: step_time(CHECKIN, CONSULT, *H2_25, cond="p.branch_id = 'GZ01'", unit="minute"),
        "tc15": lambda: step_time(CHECKIN, CONSULT, *H2_25, cond="p.branch_id <> 'GZ01'", unit="minute"),
        "tc16": lambda: rank_step_time(CHECKIN, CONSULT, *H2_25, by="p.branch_en", min_n=50, margin=2.0,
                                       unit="minute"),
        "tc17": lambda: step_time_share(CHECKIN, CONSULT, *quarter(2025, 4), 60, cond="p.branch_id = 'GZ01'",
                                        unit="minute"),
        "tc18": lambda: step_time(PAY, DISP, *SH_LATE, cond="p.city = 'Shanghai' AND p.b_fulfil = 'delivery'",
                                  agg="avg"),
        "tc19": lambda: step_time_share(PAY, DISP, *SH_LATE, 3, cond="p.city = 'Shanghai' AND p.b_fulfil = 'delivery'"),
        "tc20": lambda: step_time(BOOKED, CHECKIN, *quarter(2026, 1), cond="p.doctor_level = 'expert'", agg="avg"),
        "tc21": lambda: step_time(PAY, FU, *Y25),
        # ---- counts / trends
        "tc22": lambda: peak_period(BOOKED, *Y25),
        "tc23": lambda: peak_period(BOOKED, "2025-07-01", "2025-08-31", unit="week"),
        "tc24": lambda: events_at(CONSULT, "2025-03-03", "2025-03-09"),
        "tc25": lambda: events_at(BOOKED, *quarter(2026, 1)),
        "tc26": lambda: events_at(BOOKED, *month(2026, 4)),
        "tc27": lambda: events_at(CONSULT, *month(2026, 6), distinct=True),
        "tc28": lambda: events_at(RX, *month(2025, 10), cond="e.city = 'Chengdu'"),
        "tc29": lambda: events_at(FU, *quarter(2026, 2)),
        # ---- money
        "tc30": lambda: orders(*Y25),
        "tc31": lambda: orders(*Y25, cond="o.order_type = 'herbs'"),
        "tc32": lambda: orders_change(quarter(2025, 3), quarter(2025, 4)),
        "tc33": lambda: per_customer(*Y25),
        "tc34": lambda: top_orders("o.city", *Y25),
        "tc35": lambda: order_ratio("o.insurance_covered", "o.amount", *Y25, cond="o.order_type = 'herbs'"),
        "tc36": lambda: order_share("o.status = 'refunded'", *quarter(2025, 4),
                                    cond="o.order_type = 'herbs' AND o.city = 'Shanghai'",
                                    statuses="('paid', 'refunded')"),
        "tc37": lambda: order_share("o.status = 'refunded'", *quarter(2025, 4),
                                    cond="o.order_type = 'herbs' AND o.city <> 'Shanghai'",
                                    statuses="('paid', 'refunded')"),
        "tc38": lambda: order_share("o.fulfil = 'delivery'", *Y25, cond="o.order_type = 'herbs'"),
        "tc40": lambda: orders(*H2_25, cond="o.order_type = 'therapy' AND o.city = 'Beijing'"),
        # ---- per patient
        "tc41": lambda: per_payer(THERAPY, *H1_25, cond="a.rx_type = 'acupuncture'"),
        "tc42": lambda: per_payer(FU, *H1_25),
        "tc43": lambda: per_customer(*Y25, agg="count(*)"),
        # ---- shares
        "tc44": lambda: customers_share("c.constitution = 'phlegm_dampness'", cond="c.constitution IS NOT NULL"),
        "tc45": lambda: customers_share("c.acquisition_channel = 'douyin_ads'"),
        "tc46": lambda: events_ratio(RX, "e.rx_type = 'acupuncture'", *Y25),
        "tc47": lambda: events_ratio(BOOKED, "e.channel = 'mini_program'", *Y25),
        # ---- grouping by extra columns
        "tc48": lambda: rank_rate(RX, PAY, *Y25, by='c."年龄段"', desc=False, margin=1.05),
        "tc49": lambda: top_events(CONSULT, "e.constitution", *Y25),
        "tc50": lambda: top_events(RX, 'e."处方类型"', *Y25, cond="c.gender = 'female'"),
        "tc51": lambda: top_events(RX, "e.rx_type", *Y25, cond="c.chief_complaint = 'pain'", margin=1.15),
        # ---- feedback
        "tc53": lambda: fb_topic_count(BITTER_T),
        "tc54": lambda: top_fb_count("f.rx_type", BITTER_T),
        "tc55": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "tc56": lambda: fb_ratio(NEG, _in("f.ts", *H1_25)),
        "tc57": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.2),
        "tc58": lambda: fb_avg(f"f.touchpoint_id = 'tp_consult' AND f.branch_id = 'GZ01' AND {_in('f.ts', *H2_25)}"),
        "tc59": lambda: top_fb_count("f.city", LATE_T),
        "tc60": lambda: top_fb_count("f.doctor", PATIENT_T),
        "tc61": lambda: fb_topic_count(PRICE_T),
        "tc62": lambda: fb_avg(f"f.channel = 'call_note' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "tc63": lambda: fb_avg(f"f.channel = 'app_review' AND f.device = 'android' AND {_in('f.ts', *quarter(2025, 4))}"),
        "tc63b": lambda: fb_avg(f"f.channel = 'app_review' AND f.device = 'ios' AND {_in('f.ts', *quarter(2025, 4))}",
                                tol=0.05),
        "tc64": lambda: feedback_ids(NOEFFECT_T),
        "tc65": lambda: fb_topic_count(WAIT_T),
        # ---- why-questions: status ok and at least half the quoted comments from the planted cause
        "tc70": lambda: feedback_ids(f"{LATE_T} OR (f.city = 'Shanghai' AND f.touchpoint_id = 'tp_dispense' AND {NEG})"),
        "tc71": lambda: feedback_ids(f"{WAIT_T} OR (f.branch_id = 'GZ01' AND f.touchpoint_id = 'tp_consult' AND {NEG})"),
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
        try:
            got = fn()
        except AssertionError as e:
            if "--keep-going" not in sys.argv:
                raise
            print(it["id"], "FAILED", str(e)[:300])
            continue
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
