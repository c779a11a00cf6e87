"""Gold answers for the 仁和医院 RenHe Hospital (outpatient) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a patient (customer) reaches step k with an event at step k's touchpoint after reaching
  step k-1, within the journey window (booking 14 d, clinic_rx 3 d, online_rx 7 d, followup 60 d) from their first
  step-1 event in the period; rates are per patient; `conv` computes each rate with and without requiring the later
  steps to fall inside the period and the tolerance covers both readings. "The step where we lose the most" = the
  step most patients reach without reaching the next one (its touchpoint_id);
- patients (患者, 人) = distinct customer_id; a consultation / visit (就诊人次, 门诊量) = one `tp_consultation` event,
  counted by its date (online consultations are `tp_online_consult` and are not visits unless the question says so);
  department / campus / doctor of a visit = the event's columns (`department` en with its zh twin `科室`; `campus` zh
  with its en twin `campus_en`; `doctor_title` en with zh twin `职称`); visit_type first / return on the events;
- wait = `wait_minutes` on tp_consultation = minutes from arrival check-in (tp_checkin) to the consultation on the
  same visit (session_id; asserted equal); "more than 60 minutes" is strict (> 60); the period is the consultation
  date;
- times between other steps: per visit (session_id), first B ts - first A ts over visits that reached both, the visit
  taken by the date the question names. Days from a first visit to its follow-up: over first-visit consultations
  (visit_type first) whose follow-up visit (events.followup_of = that session) had a consultation, the days between
  the two consultations; the tolerance also covers the reading without the link (each return consultation against
  the same patient's latest earlier first-visit consultation);
- no-show rate (爽约率) of a campus = tp_no_show / (tp_no_show + tp_checkin) events at that campus, by event date;
- money = orders with status `paid` (amount = total fee including the insurer's share) unless a status is named;
  revenue = sum(amount) of paid orders; spend per paying patient = paid amount / distinct customers with a paid order
  in the period; refund rate = refunded / all orders by order date (the tolerance also covers refunded / (paid +
  refunded)); out-of-pocket = self_pay_amount;
- feedback: "negative" = `sentiment_label = 'neg'` (generator truth); topic counts use text markers with a 5 %
  tolerance (checked equal to the generator's text banks); "all data" includes comments without a date; ratings are
  the `rating` column where present (surveys and mini-program reviews);
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; weeks run Monday..Sunday.
"""
from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "customers", "journeys", "orders", "events", "feedback"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    f"sample_size=-1)")
    assert one("SELECT max(ts) FROM events") < datetime(2026, 9, 1)
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    # wait_minutes is check-in -> consultation on the same visit
    assert one("""SELECT max(abs(c.wait_minutes - epoch(c.ts - k.ts) / 60)) FROM events c JOIN events k
                  ON k.session_id = c.session_id AND k.touchpoint_id = 'tp_checkin'
                  WHERE c.touchpoint_id = 'tp_consultation'""") < 1.01


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


# ---------- funnels (per patient, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust=None, bounded=False):
    steps, window = _steps(journey)
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


def conv(journey, start, end, a=1, b=None, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        vals.append(c[(b or len(c)) - 1] / c[a - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def drop(journey, start, end, k, **kw):
    r = conv(journey, start, end, a=k, b=k + 1, **kw)
    return dict(value=round(1 - r["value"], 4), tolerance=r["tolerance"])


def top_lost(journey, start, end, margin=1.15):
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


def top_conv(journey, start, end, column, values=None, lowest=False, min_n=40, margin=0.05):
    vals = values or [r[0] for r in q(f'SELECT DISTINCT "{column}" FROM customers WHERE "{column}" IS NOT NULL')]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.\"{column}\" = '{v}'")
        if c[0] >= min_n:
            rates[v] = c[-1] / c[0]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > margin, rates
    return dict(top_entity=order[0])


# ---------- visits, waits, times between steps ----------

CONS = "tp_consultation"


def ev_value(tp, expr, start, end, cond="1=1", nd=3, tol=None, rel=None):
    v = one(f"""SELECT {expr} FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    v = float(v)
    if expr.startswith("count"):
        return dict(value=int(v), tolerance=0.5)
    t = tol if tol is not None else max(0.01, abs(v) * (rel or 0.01))
    return dict(value=round(v, nd), tolerance=round(t, 4))


def top_events(tp, start, end, by, cond="1=1", agg="count(*)", margin=1.1, lowest=False):
    rows = q(f"""SELECT {by}, {agg} n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_month(tp, start, end, cond="1=1", margin=1.05):
    rows = q(f"""SELECT strftime(e.ts, '%Y-%m') m, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}'
                 AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def patients_with(tp, start, end, cond="1=1", having=None):
    if having:
        v = one(f"""SELECT count(*) FROM (SELECT e.customer_id FROM events e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1
                    HAVING {having})""")
    else:
        v = one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=v, tolerance=0.5)


def per_patient(tp, start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=0.02)


def step_time(a_tp, b_tp, start, end, by="a", cond="1=1", agg="avg", unit="minute", a_cond="1=1"):
    div = {"minute": 60.0, "hour": 3600.0, "day": 86400.0}[unit]
    v = one(f"""WITH a AS (SELECT session_id, min(ts) ta, any_value(customer_id) customer_id FROM events e
                           WHERE touchpoint_id = '{a_tp}' AND ({a_cond}) GROUP BY 1),
                b AS (SELECT session_id, min(ts) tb FROM events WHERE touchpoint_id = '{b_tp}' GROUP BY 1)
                SELECT {agg}(epoch(tb - ta) / {div}) FROM a JOIN b USING (session_id) JOIN customers c USING (customer_id)
                WHERE tb > ta AND {_in('t' + by, start, end)} AND ({cond})""")
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.02), 2))


def followup_days(start, end, agg="avg"):
    """First-visit consultation -> the consultation of its follow-up visit; period by the first visit's date."""
    a = one(f"""WITH f AS (SELECT session_id, customer_id, ts FROM events WHERE touchpoint_id = '{CONS}'
                           AND visit_type = 'first'),
                r AS (SELECT followup_of, min(ts) tr FROM events WHERE touchpoint_id = '{CONS}'
                      AND visit_type = 'return' GROUP BY 1)
                SELECT {agg}(epoch(tr - ts) / 86400) FROM f JOIN r ON r.followup_of = f.session_id
                WHERE {_in('f.ts', start, end)}""")
    b = one(f"""WITH r AS (SELECT customer_id, ts tr FROM events WHERE touchpoint_id = '{CONS}'
                           AND visit_type = 'return'),
                f AS (SELECT customer_id, ts tf FROM events WHERE touchpoint_id = '{CONS}' AND visit_type = 'first'),
                p AS (SELECT r.customer_id, r.tr, max(f.tf) tf FROM r JOIN f ON f.customer_id = r.customer_id
                      AND f.tf < r.tr GROUP BY 1, 2)
                SELECT {agg}(epoch(tr - tf) / 86400) FROM p WHERE {_in('tf', start, end)}""")
    a, b = float(a), float(b)
    return dict(value=round(a, 2), tolerance=round(max(a * 0.03, abs(a - b) + 0.2), 2))


def sess_rate(a_tp, b_tp, start, end, cond="1=1"):
    v = one(f"""WITH a AS (SELECT DISTINCT e.session_id FROM events e JOIN customers c USING (customer_id)
                           WHERE e.touchpoint_id = '{a_tp}' AND {_in('e.ts', start, end)} AND ({cond}))
                SELECT avg((b.session_id IS NOT NULL)::int) FROM a LEFT JOIN
                (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b USING (session_id)""")
    return dict(value=round(float(v), 4), tolerance=0.01)


def noshow_rate(start, end, cond="1=1"):
    v = one(f"""SELECT avg((touchpoint_id = 'tp_no_show')::int) FROM events e
                WHERE touchpoint_id IN ('tp_no_show', 'tp_checkin') AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 4), tolerance=0.01)


def top_noshow(start, end, by="e.campus", margin=1.5):
    rows = q(f"""SELECT {by}, avg((touchpoint_id = 'tp_no_show')::int) r FROM events e
                 WHERE touchpoint_id IN ('tp_no_show', 'tp_checkin') AND {_in('e.ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def growth(tp, base, now, cond="1=1"):
    a = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *base)} AND ({cond})")
    b = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *now)} AND ({cond})")
    return dict(value=round(b / a - 1, 4), tolerance=0.01)


# ---------- orders / customers ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def refund_rate(start, end, cond="1=1"):
    a, b = q(f"""SELECT avg((status = 'refunded')::int),
                        avg((status = 'refunded')::int) FILTER (WHERE status <> 'cancelled')
                 FROM orders o WHERE {_in('ts', start, end)} AND ({cond})""")[0]
    return dict(value=round(a, 4), tolerance=round(abs(a - b) + 0.005, 4))


def top_refund_month(start, end, margin=1.8):
    rows = q(f"""SELECT strftime(ts, '%Y-%m') m, count(*) n FROM orders o WHERE status = 'refunded'
                 AND {_in('ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def order_share(cond_share, start, end, cond="1=1"):
    v = one(f"""SELECT sum(CASE WHEN {cond_share} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o
                JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 4), tolerance=0.01)


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", margin=1.1):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o JOIN customers c USING (customer_id) WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def spend_per_patient(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(float(v) * 0.005, 2))


def big_spenders(start, end, threshold):
    v = one(f"""SELECT count(*) FROM (SELECT customer_id FROM orders o WHERE status = 'paid'
                AND {_in('o.ts', start, end)} GROUP BY 1 HAVING sum(amount) > {threshold})""")
    return dict(value=v, tolerance=0.5)


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(cond):
    return dict(value=round(float(one(f"SELECT avg(({cond})::int) FROM customers c")), 4), tolerance=0.01)


# ---------- feedback ----------

def feedback_ids(cond, min_n=5):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= min_n, ids
    return dict(citations_from=ids)


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, tol=0.02):
    return dict(value=round(float(one(f"SELECT avg(rating) FROM feedback f WHERE rating IS NOT NULL AND {cond}")), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(float(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}")), 4), tolerance=0.01)


def top_fb(col, cond="1=1", agg="count(*)", margin=1.3, lowest=False):
    rows = q(f"""SELECT {col}, {agg} n FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                 GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    if agg.startswith("avg"):
        gap = (rows[1][1] - rows[0][1]) if lowest else (rows[0][1] - rows[1][1])
        assert gap > 0.2, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def lead_days(start, end):
    """Booking -> arrival check-in on the same visit, in days, visits taken by check-in date; the tolerance also
    covers counting whole calendar days (date difference)."""
    a, b = q(f"""WITH a AS (SELECT session_id, min(ts) ta FROM events WHERE touchpoint_id = 'tp_booking' GROUP BY 1),
                 b AS (SELECT session_id, min(ts) tb FROM events WHERE touchpoint_id = 'tp_checkin' GROUP BY 1)
                 SELECT avg(epoch(tb - ta) / 86400), avg(date_diff('day', ta::DATE, tb::DATE))
                 FROM a JOIN b USING (session_id) WHERE tb > ta AND {_in('tb', start, end)}""")[0]
    a, b = float(a), float(b)
    return dict(value=round(a, 2), tolerance=round(max(0.05, abs(a - b) + 0.05), 2))


def dup_refunds(start, end):
    """Refunded duplicate charges, dated by the (duplicate) order's date, as the question says."""
    a = float(one(f"""SELECT sum(amount) FROM orders o WHERE status = 'refunded' AND refund_reason = 'duplicate_charge'
                      AND {_in('o.ts', start, end)}"""))
    return dict(value=round(a, 2), tolerance=round(max(1.0, a * 0.002), 2))


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


ALL = ("2025-03-01", "2026-08-31")
Y25 = ("2025-03-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
NEG = "f.sentiment_label = 'neg'"
ENGLISH = "NOT regexp_matches(f.text, '[一-龥]')"
WAIT = _like("f.text", ["等了", "排了", "要等", "候诊", "wait"])
ATTITUDE = _like("f.text", ["态度", "不耐烦", "敷衍", "rude", "attitude", "dismissive", "condescending"])
DOUBLE = _like("f.text", ["重复扣", "扣了两", "charged twice", "deducted twice", "double charge"])
PARKING = _like("f.text", ["停车", "parking", "car park"])
ORTHO = "e.department = 'orthopedics'"
MH = "e.campus = '闵行院区'"


def gold() -> dict:
    y26 = ("2026-01-01", "2026-08-31")
    w = "avg(e.wait_minutes)"
    return {
        # ---- funnels / conversion
        "hp01": lambda: conv("booking", *H1_26),
        "hp02": lambda: top_lost("booking", *ALL),
        "hp03": lambda: conv("online_rx", *quarter(2026, 1)),
        "hp04": lambda: conv("clinic_rx", *quarter(2026, 1)),
        "hp05": lambda: conv("online_rx", *ALL),
        "hp06": lambda: top_lost("online_rx", *ALL),
        "hp07": lambda: conv("followup", *H2_25),
        "hp08": lambda: drop("booking", *quarter(2025, 4), 3),
        "hp09": lambda: top_conv("booking", *ALL, "insurance_type", lowest=True),
        # ---- waits and times between steps
        "hp10": lambda: ev_value(CONS, w, *quarter(2026, 2), tol=0.5),
        "hp11": lambda: ev_value(CONS, "median(e.wait_minutes)", *Y25, tol=0.5),
        "hp12": lambda: top_events(CONS, *ALL, 'e."科室"', agg=w, margin=2),
        "hp13": lambda: ev_value(CONS, w, *ALL, ORTHO, tol=0.5),
        "hp14": lambda: ev_value(CONS, w, *ALL, f"NOT {ORTHO}", tol=0.5),
        "hp15": lambda: ev_value(CONS, "count(*)", *Y25, "e.wait_minutes > 60"),
        "hp16": lambda: ev_value(CONS, "avg((e.wait_minutes > 60)::int)", *ALL, ORTHO, nd=4, tol=0.01),
        "hp17": lambda: patients_with(CONS, *quarter(2025, 3), "e.wait_minutes > 90"),
        "hp18": lambda: followup_days(*Y25),
        "hp19": lambda: followup_days(*Y25, agg="median"),
        "hp20": lambda: step_time("tp_online_consult", "tp_pharmacy", *y26, by="a", unit="hour"),
        "hp21": lambda: lead_days(*quarter(2026, 1)),
        # ---- per patient / money
        "hp22": lambda: per_patient(CONS, *Y25),
        "hp23": lambda: spend_per_patient(*H1_26),
        "hp24": lambda: spend_per_patient(*ALL, "c.\"医保类型\" = '商业保险'"),
        "hp25": lambda: spend_per_patient(*ALL, "c.\"医保类型\" = '自费'"),
        "hp26": lambda: orders(*quarter(2026, 2), agg="avg(o.amount)", cond="o.order_type = 'medicine'"),
        "hp27": lambda: orders(*Y25, agg="sum(o.self_pay_amount)"),
        "hp28": lambda: order_share("o.order_type = 'medicine'", *Y25),
        # ---- no-shows, customers, online mix
        "hp29": lambda: noshow_rate(*ALL, MH),
        "hp30": lambda: top_noshow(*ALL, by="e.campus_en"),
        "hp31": lambda: noshow_rate(*ALL, f"NOT {MH}"),
        "hp32": lambda: customers_share("c.\"医保类型\" = '职工医保'"),
        "hp33": lambda: ev_value("tp_online_consult", "avg((e.consult_mode = '视频')::int)", *y26, nd=4, tol=0.01),
        # ---- refunds
        "hp34": lambda: orders(*month(2026, 3), agg="count(*)", status="refunded"),
        "hp35": lambda: top_refund_month(*ALL),
        "hp36": lambda: refund_rate(*month(2026, 3)),
        "hp37": lambda: refund_rate(*month(2026, 2)),
        "hp38": lambda: feedback_ids(DOUBLE),
        "hp39": lambda: dup_refunds(*month(2026, 3)),
        # ---- thresholds, rankings
        "hp40": lambda: big_spenders(*Y25, 2000),
        "hp41": lambda: top_events(CONS, *Y25, 'e."科室"', margin=1.3),
        "hp42": lambda: top_orders("o.department", *y26),
        "hp43": lambda: top_events(CONS, *quarter(2026, 2), "e.campus"),
        "hp44": lambda: top_orders("o.item", *ALL, cond="o.order_type = 'imaging'", margin=1.5),
        "hp45": lambda: top_events("tp_lab_test", *Y25, "e.lab_test_type", margin=1.3),
        "hp46": lambda: top_fb("f.doctor_title", agg="avg(rating)"),
        "hp47": lambda: fb_avg("f.doctor_title = 'associate_chief'"),
        "hp48": lambda: fb_avg("f.doctor_title = 'chief_physician'"),
        # ---- trends
        "hp49": lambda: top_month(CONS, *Y25, margin=1.2),
        "hp50": lambda: growth(CONS, H2_25, H1_26),
        "hp51": lambda: ev_value("tp_online_consult", "count(*)", *quarter(2026, 2)),
        "hp52": lambda: ev_value("tp_online_consult", "count(*)", *quarter(2025, 2)),
        "hp53": lambda: patients_with("tp_booking", *quarter(2026, 1), "e.device = 'ios'"),
        "hp54": lambda: patients_with("tp_booking", *quarter(2026, 1), "e.device = 'android'"),
        # ---- feedback
        "hp55": lambda: fb_topic_count(WAIT),
        "hp56": lambda: fb_topic_count(PARKING),
        "hp57": lambda: top_fb("f.campus_en", PARKING, margin=3),
        "hp58": lambda: fb_topic_count(f"{DOUBLE} AND {_in('f.ts', *month(2026, 3))}"),
        "hp59": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "hp60": lambda: feedback_ids(f"{ATTITUDE} AND {NEG}"),
        "hp61": lambda: fb_avg(_in("f.ts", *quarter(2026, 1))),
        "hp62": lambda: top_fb("f.touchpoint_id", NEG, margin=1.8),
        "hp63": lambda: fb_count("f.ts IS NULL"),
        "hp64": lambda: feedback_ids(f"f.touchpoint_id = 'tp_pharmacy' AND {NEG}"),
        # ---- why (hp65 definition and hp66 journey map are status-only)
        "hp67": lambda: feedback_ids(f"f.department = 'orthopedics' AND {WAIT}"),
        "hp68": lambda: feedback_ids("f.touchpoint_id = 'tp_no_show' AND f.campus = '闵行院区'"),
        # ---- periods said in other ways
        "hp69": lambda: patients_with("tp_checkin", *month(2026, 8)),
        "hp70": lambda: orders(*H2_25, cond="o.order_type = 'registration'"),
        "hp71": lambda: ev_value(CONS, "count(*)", "2026-05-11", "2026-05-17"),
        "hp72": lambda: patients_with("tp_online_consult", *quarter(2026, 2)),
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
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:70], shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
