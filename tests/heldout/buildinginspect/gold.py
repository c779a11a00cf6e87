"""Gold answers for the 明鉴验房 ClearView building-inspection held-out batch: plain DuckDB SQL over the raw CSVs
written by generate.py (never the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events are de-duplicated by event_id first (the export re-sent 14 rows; DATA.md loads them once);
- funnels follow DATA.md, per person (customer_id): a customer reaches step k with an event at step k's touchpoint
  (any action) after reaching step k-1, within the journey window from their first step-1 event in the period
  (web_enquiry 21 d, agent_referral 21 d, inspection_delivery 21 d, reinspection 90 d). The tolerance covers both
  readings (later steps may fall after the period end, or not) unless the question says later steps count. A funnel
  "for a branch" filters the person's first step-1 event in the period by that event's branch_id; "by acquisition
  channel" filters the step-1 people by customers.acquisition_channel. "Where do we lose the most" = the step whose
  next step is not reached by the most people (answer: that step's touchpoint_id). Step-to-step rates = people at
  step k+1 / people at step k of the same funnel. "Users" / "clients" / "buyers" = distinct customer_id;
- shares of a step's own records are shares of that touchpoint's events in the period: late arrival = tp_site_inspection
  'completed' with arrival_delay_min >= 30 (averages of arrival_delay_min over completed visits); no-access visits =
  tp_site_inspection 'no_access'; report turnaround = tp_report report_hours; asbestos lab time = tp_addon_test
  'result_issued' lab_days (dated by the result); re-inspection pass = tp_reinspection result 'pass'; dispute rate of
  an inspector grade = tp_dispute 'opened' events / tp_site_inspection 'completed' events of that grade in the period
  (the dispute dated by its own ts); cancellations = tp_booking 'cancelled';
- money = orders with status 'paid' by order ts, `amount` in CNY (AUD 4.70, GBP 9.10 at the fixed group rate);
  "in pounds / AUD" = amount_local of that branch; revenue includes inspections, add-on tests and re-inspections;
  average fee = paid amount / paid orders of that kind;
- zh top entities are Chinese values (branch, 获客渠道, 主要问题 ...), en ones English values (branch_en,
  acquisition_channel, inspector ...) or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers (tolerance 5 %, checked against
  _truth/feedback_truth.csv); rated feedback = survey, google_review, dianping; negative = rating 1-2;
  NPS = share of 9-10 minus share of 0-6 over survey rows, as a fraction;
- periods are inclusive calendar dates; relative periods resolve against the item's as_of; weeks Monday..Sunday.
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "experiments"):
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
    return "(" + " OR ".join("lower(" + col + ") LIKE '%" + w.lower().replace("'", "''") + "%'" for w in words) + ")"


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _count(n):
    return dict(value=int(n), tolerance=0.5)


# ---------- funnels (per person, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    """people reaching each step; cond may use e.* (the first step-1 event in the period) and c.* (the customer)."""
    steps, window = _steps(journey)
    lim = f"AND ts < DATE '{end}' + INTERVAL 1 DAY" if bounded else ""
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1 {lim}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS
        SELECT customer_id, t1, t1 AS t FROM (
          SELECT e.customer_id, e.ts AS t1, ({cond}) AS ok,
                 row_number() OVER (PARTITION BY e.customer_id ORDER BY e.ts, e.event_id) rn
          FROM events e JOIN customers c USING (customer_id)
          WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}) WHERE rn = 1 AND ok""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", upto=None, frm=0, later=False):
    """later=True: the question says later steps count (its window runs past the period end)."""
    vals = []
    for bounded in ((False,) if later else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        k = len(c) - 1 if upto is None else upto
        vals.append(c[k] / c[frm])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, groups, margin=1.2, lowest=False, min_n=30, upto=None, frm=0):
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            k = len(c) - 1 if upto is None else upto
            if c[frm] >= min_n:
                rows.append((g, c[k] / c[frm]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def funnel_count(journey, start, end, k, cond="1=1"):
    a = funnel(journey, start, end, bounded=False, cond=cond)[k]
    b = funnel(journey, start, end, bounded=True, cond=cond)[k]
    return dict(value=a, tolerance=max(0.5, abs(a - b) + 0.5))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                      f"AND ({cond})"))


def people_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(DISTINCT customer_id) FROM events e WHERE e.touchpoint_id = '{tp}' "
                      f"AND {_in('e.ts', start, end)} AND ({cond})"))


def events_avg(tp, col, start, end, cond="1=1", agg="avg", tol_rel=0.02):
    v = float(one(f"SELECT {agg}({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.1, abs(v) * tol_rel), 2))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' "
                     f"AND {_in('e.ts', start, end)} AND ({cond})"))


def top_events_share(tp, num, by, start, end, margin=1.25, min_n=1, cond="1=1", lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} "
             f"ORDER BY r {'ASC' if lowest else 'DESC'}")
    assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_agg(tp, col, by, start, end, agg="avg", margin=1.5, cond="1=1", lowest=False):
    rows = q(f"SELECT {by}, {agg}({col}) v FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) GROUP BY 1 ORDER BY v {'ASC' if lowest else 'DESC'}")
    assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def dispute_rate(start, end, cond="1=1"):
    d = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = 'tp_dispute' AND e.action = 'opened' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")
    n = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = 'tp_site_inspection' AND e.action = 'completed' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")
    return _rate(d / n)


def top_dispute_rate(by, start, end, margin=1.5):
    rows = q(f"""WITH d AS (SELECT {by} g, count(*) n FROM events e WHERE e.touchpoint_id = 'tp_dispute'
                            AND e.action = 'opened' AND {_in('e.ts', start, end)} GROUP BY 1),
                      v AS (SELECT {by} g, count(*) n FROM events e WHERE e.touchpoint_id = 'tp_site_inspection'
                            AND e.action = 'completed' AND {_in('e.ts', start, end)} GROUP BY 1)
                 SELECT v.g, coalesce(d.n, 0) / v.n r FROM v LEFT JOIN d USING (g) ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers / experiments ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", col="o.amount"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond):
    return _count(one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def orders_share(num, start, end, cond="1=1"):
    v = one(f"SELECT sum(CASE WHEN {num} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o "
            f"WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return _rate(v)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def order_avg(start, end, cond="1=1", col="o.amount"):
    v = one(f"SELECT avg({col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def customers_share(num, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"))


def top_customers(by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def exp_conv(variant, days=21):
    """share of the variant's customers with a deposit (tp_booking) within `days` after assignment."""
    return _rate(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                            AND e.touchpoint_id = 'tp_booking' AND e.ts > x.assigned_at
                            AND e.ts <= x.assigned_at + INTERVAL {days} DAY))::int)
                         FROM experiments x WHERE x.variant = '{variant}'"""))


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND coalesce(truth.topics, '') <> '{topic}'")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE truth.topics = '{topic}' AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_count(cond):
    return _count(one(f"SELECT count(*) FROM feedback f WHERE {cond}"))


def fb_avg(cond, col="f.rating", tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_share(cond):
    return _rate(one(f"SELECT avg((nps >= 9)::int) - avg((nps <= 6)::int) FROM feedback f "
                     f"WHERE nps IS NOT NULL AND {cond}"))


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_avg(by, cond, lowest=True, margin=0.15, min_n=30):
    rows = q(f"SELECT {by}, avg(f.rating) r, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'ASC' if lowest else 'DESC'}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- names ----------
Y25 = ("2025-01-01", "2025-12-31")
ALL = ("2024-07-01", "2026-04-30")
(REFERRAL, ENQUIRY, QUOTE, BOOKING, ASSIGN, VISIT, REPORT, WALK, REINSP, ADDON, DISPUTE, SUPPORT) = (
    "tp_agent_referral", "tp_web_enquiry", "tp_quote", "tp_booking", "tp_assignment", "tp_site_inspection",
    "tp_report", "tp_walkthrough", "tp_reinspection", "tp_addon_test", "tp_dispute", "tp_support")
DONE = "e.action = 'completed'"
RATED = "f.channel IN ('survey', 'google_review', 'dianping')"
SURVEY = "f.channel = 'survey'"
CALLBACK_T = _like("f.text", ["没人联系", "nobody called"])
LATE_T = _like("f.text", ["迟到", "late"])
MISSED_T = _like("f.text", ["漏检", "missed"])
PRICE_T = _like("f.text", ["太贵", "expensive"])
JARGON_T = _like("f.text", ["看不懂", "jargon"])
ASB_T = _like("f.text", ["石棉", "asbestos"])
RESCHED_T = _like("f.text", ["改期", "reschedul"])
DEPOSIT_T = _like("f.text", ["定金", "deposit"])
THOROUGH_T = _like("f.text", ["仔细", "thorough"])
PHOTO_T = _like("f.text", ["照片", "photos"])
PRO_T = _like("f.text", ["专业", "professional"])
TERMITE_T = _like("f.text", ["白蚁", "termite"])
TOPICS = ((CALLBACK_T, "no_callback"), (LATE_T, "late"), (MISSED_T, "missed_defect"), (PRICE_T, "price"),
          (JARGON_T, "jargon"), (ASB_T, "asbestos"), (RESCHED_T, "reschedule"), (DEPOSIT_T, "deposit"),
          (THOROUGH_T, "thorough"), (PHOTO_T, "photos"), (PRO_T, "professional"), (TERMITE_T, "termite"))
CHANNELS = ["agent_referral", "wechat_mini_program", "website", "search_ads", "comparison_site", "social"]
BR = {k: f"e.branch_id = '{k}'" for k in ("B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8")}


def gold():
    h2_25, q4_25, q1_26 = ("2025-07-01", "2025-12-31"), quarter(2025, 4), quarter(2026, 1)
    winter = ("2025-12-01", "2026-01-31")
    late30 = "e.arrival_delay_min >= 30"
    cn = "e.branch_id IN ('B1', 'B2', 'B3')"
    return {
        # ---- funnels
        "bi01": lambda: conv("web_enquiry", *Y25),
        "bi02": lambda: conv("agent_referral", *Y25),
        "bi03": lambda: rank_conv("web_enquiry", *Y25, by="c.acquisition_channel",
                                  groups=[g for g in CHANNELS if g != "agent_referral"], lowest=True, upto=2,
                                  margin=1.5),
        "bi04": lambda: conv("web_enquiry", *Y25, cond="c.acquisition_channel = 'website'", upto=2),
        "bi05": lambda: conv("web_enquiry", *h2_25, cond="c.acquisition_channel = 'comparison_site'", upto=2),
        "bi06": lambda: top_lost("web_enquiry", *Y25, margin=3),
        "bi07": lambda: conv("inspection_delivery", *month(2025, 9), frm=3, upto=4, later=True),
        "bi08": lambda: conv("inspection_delivery", *month(2025, 8), frm=3, upto=4, later=True),
        "bi09": lambda: top_lost("inspection_delivery", *month(2025, 9), margin=3),
        "bi10": lambda: conv("inspection_delivery", *month(2025, 10), frm=3, upto=4, later=True),
        "bi11": lambda: top_lost("agent_referral", *q1_26, margin=1.2),
        "bi12": lambda: conv("web_enquiry", *Y25, cond=BR["B4"]),
        "bi13": lambda: conv("reinspection", *Y25, later=True),
        "bi14": lambda: rank_conv("reinspection", *Y25, by="c.country", groups=["CN", "AU", "UK"], margin=1.5),
        "bi15": lambda: exp_conv("new_quote"),
        "bi16": lambda: exp_conv("control"),
        # ---- step records
        "bi17": lambda: events_avg(VISIT, "e.arrival_delay_min", *month(2025, 12), f"{DONE} AND {BR['B2']}"),
        "bi18": lambda: events_avg(VISIT, "e.arrival_delay_min", *month(2025, 12), f"{DONE} AND {BR['B1']}"),
        "bi19": lambda: top_events_share(VISIT, late30, "e.branch_en", *winter, cond=DONE, margin=3),
        "bi20": lambda: events_share(VISIT, "e.action = 'no_access'", *Y25),
        "bi21": lambda: events_avg(REPORT, "e.report_hours", *Y25, BR["B7"]),
        "bi22": lambda: events_avg(ADDON, "e.lab_days", "2026-02-01", "2026-04-30",
                                   f"e.action = 'result_issued' AND {BR['B7']}"),
        "bi23": lambda: events_avg(ADDON, "e.lab_days", "2025-02-01", "2025-04-30",
                                   f"e.action = 'result_issued' AND {BR['B7']}"),
        "bi24": lambda: top_events_count(VISIT, "e.主要问题", *Y25, f"{DONE} AND {cn}", margin=1.1),
        "bi25": lambda: events_at(VISIT, *q4_25, f"{DONE} AND {BR['B5']}"),
        "bi26": lambda: events_at(VISIT, "2025-12-08", "2025-12-14", f"{DONE} AND {BR['B2']}"),
        "bi27": lambda: events_share(ADDON, "e.result = 'active_termites'", *Y25, "e.test_type = 'termite'"),
        "bi28": lambda: events_share(REINSP, "e.result = 'pass'", *Y25),
        "bi29": lambda: events_at(BOOKING, *q1_26, "e.action = 'cancelled'"),
        "bi30": lambda: top_events_count(BOOKING, "e.cancel_reason", *Y25, "e.action = 'cancelled'", margin=1.5),
        "bi31": lambda: dispute_rate(*Y25, "e.inspector_grade = 'junior'"),
        "bi32": lambda: top_dispute_rate("e.inspector_grade", *ALL, margin=2),
        "bi33": lambda: top_events_count(DISPUTE, 'e."争议原因"', *Y25, "e.action = 'opened'", margin=2),
        "bi34": lambda: events_at(SUPPORT, *month(2025, 9), "e.reason = 'walkthrough_request'"),
        "bi35": lambda: events_at(WALK, *month(2026, 3), DONE),
        "bi36": lambda: events_avg(WALK, "e.call_minutes", *Y25, DONE),
        # ---- money
        "bi37": lambda: orders(*Y25),
        "bi38": lambda: top_orders("o.branch", *Y25, margin=1.1),
        "bi39": lambda: orders(*q1_26, "o.branch_id = 'B7'", col="o.amount_local"),
        "bi40": lambda: orders_share("o.order_type LIKE 'addon_%'", *Y25),
        "bi41": lambda: order_avg(*Y25, "o.order_type = 'inspection' AND o.branch_id = 'B4'", col="o.amount_local"),
        "bi42": lambda: orders_change(month(2025, 3), month(2026, 3)),
        "bi43": lambda: orders(*Y25, "o.order_type = 'reinspection'"),
        "bi44": lambda: orders(*Y25, "o.order_type = 'addon_termite'"),
        "bi45": lambda: orders(*month(2026, 4)),
        "bi46": lambda: top_orders("o.payment_method", *Y25, margin=1.3),
        # ---- customers
        "bi47": lambda: customers_count("c.segment = 'investor'"),
        "bi48": lambda: customers_share("c.acquisition_channel = 'comparison_site'", _in("c.signup_at", *Y25)),
        "bi49": lambda: customers_count("c.branch_id IN ('B4', 'B5') AND c.preferred_language = 'zh'"),
        # ---- feedback
        "bi50": lambda: fb_topic_count(LATE_T),
        "bi51": lambda: top_fb_count("f.branch", LATE_T, margin=3),
        "bi52": lambda: top_fb_count("f.touchpoint_id", LATE_T, margin=5),
        "bi53": lambda: fb_topic_count(CALLBACK_T, _in("f.ts", *month(2025, 9))),
        "bi54": lambda: top_fb_count("f.touchpoint_id", CALLBACK_T, margin=5),
        "bi55": lambda: feedback_ids(ASB_T),
        "bi56": lambda: nps_share(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "bi57": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND {_in('f.ts', *q4_25)}"),
        "bi58": lambda: fb_avg(f"{SURVEY} AND f.branch_id = 'B2' AND {_in('f.ts', *winter)}"),
        "bi59": lambda: fb_avg(f"{SURVEY} AND f.branch_id = 'B2' AND {_in('f.ts', '2024-12-01', '2025-01-31')}"),
        "bi60": lambda: fb_topic_count(PRICE_T),
        "bi61": lambda: fb_topic_count(JARGON_T),
        "bi62": lambda: fb_ratio("f.rating <= 2", "f.channel = 'google_review'"),
        "bi63": lambda: fb_topic_count(MISSED_T),
        "bi64": lambda: fb_avg(f"f.channel = 'dianping' AND {_in('f.ts', *Y25)}"),
    }


def checks():
    for cond, topic in TOPICS:
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        checks()
    fns = dict(gold())
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
