"""Gold answers for the 晶亮 PanelBright (solar-panel cleaning and drone inspection) held-out batch, from plain DuckDB
SQL over the raw CSVs written by generate.py — never from the product.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "客户" / "people" = customer_id. Customer attributes (customer_type / 客户类型, region / 区域, country,
  acquisition_channel / 获客渠道) come from customers.csv; events and orders carry the same values on every row;
- funnels follow DATA.md: a customer enters with their first step-1 event in the period and reaches step k with an
  event at step k's touchpoint after reaching step k-1, within the journey window from that first step-1 event
  (sales 30 d, delivery 45 d, repair 60 d, renewal 60 d). Rates are per customer; the tolerance covers both
  readings (later steps after the period end allowed, or not). "Where do we lose the most" = the step whose next
  step the most people never reach (the loss between k and k+1 is attributed to step k); drop-off at step k =
  1 - reached(k+1) / reached(k). A funnel "by lead source" / "for factory roofs" filters the step-1 people by the
  attribute in customers.csv; a lead source needs at least 30 people to be ranked;
- a job = one work order (session_id WO…): a one-off job carries its quote, payment, cancellation / refund,
  scheduling, weather reschedules, the crew visit, the drone scan, the report, repair referral, complaints; each
  visit of a yearly plan is its own WO (plan_id on the rows); plan quotes / payment / reminders carry the plan id
  (PL…), a renewal carries the new plan id with `renews_plan`. Per-visit rates count tp_visit rows whose visit date
  is in the period and look for the other event in the same work order at any time (weather reschedule = a
  tp_weather row; panel damage = a tp_complaint with complaint_type panel_damage; repair referral = tp_repair_ref);
  attributes (region, crew, method) are read from the tp_visit row. Hotspot rate = tp_drone rows with hotspots > 0 /
  tp_drone rows dated in the period. A repair partner's completion rate = tp_repair_ref rows dated in the period whose
  work order has a tp_repair_done;
- times between steps = per work order, first B ts - first A ts (B after A), period by the date of A, days
  fractional (the tolerance also covers whole calendar days);
- renewal rate = plans whose renewal reminder (tp_renew_reminder, session = the plan) is dated in the period and for
  which a tp_renew row has renews_plan = that plan (at any time; reminders go out 30 days before the plan ends);
  the tier is the reminder row's plan_tier / 套餐档次;
- money is CNY: orders.amount of status `paid`, by order date (refunded one-off jobs are no revenue); AUD =
  orders.amount_local where currency = AUD; revenue = one-off jobs + yearly plans + renewals + add-ons; refunds =
  tp_refund refund_cny by date; compensation = tp_complaint compensation_cny by date; revenue per paying customer =
  paid amount / customers with a paid order in the period;
- counts: crew visits = tp_visit rows (24 rows re-sent by the field app are exact duplicates, loaded once),
  enquiries = tp_enquiry rows, weather reschedules = tp_weather rows, complaints = tp_complaint rows, by date;
- zh top entities are the Chinese twins on the same row (区域, 客户类型, crew, 缺陷类型, 套餐档次, 改期原因, partner) and
  en ones the English values / touchpoint_id / variant / crew_en / partner_en; a month is 'YYYY-MM';
- feedback: "all" includes rows without ts (WeChat farm-group exports, a third of Google reviews); topic counts are
  by text markers (checked against _truth/feedback_truth.csv) with a 5 % tolerance; rating by touchpoint =
  feedback.touchpoint_id over rows with a rating; NPS = share 9-10 minus share 0-6 (a fraction) within one
  survey_wave; 1-2 stars = negative;
- experiment quote_page_2025: a customer converts with a tp_pay event after assigned_at;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; weeks run Monday-Sunday.
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
HAS_TRUTH = False


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys", "customers", "orders", "feedback", "experiments"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true, "
                "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, all_varchar=true)")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def per(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    nxt = f"{y + (m == 12)}-{m % 12 + 1:02d}-01"
    return (f"{y}-{m:02d}-01", str(one(f"SELECT (DATE '{nxt}' - INTERVAL 1 DAY)::DATE")))


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def count(n):
    return dict(value=int(n), tolerance=0.5)


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(1.0, abs(v) * 0.002), 2))


def num(v, rel=0.02, floor=0.05):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


def lead(rows, margin, lowest=False):
    assert len(rows) >= 2, rows
    a, b = float(rows[0][1]), float(rows[1][1])
    assert (b > a * margin) if lowest else (a > b * margin), rows[:4]
    return dict(top_entity=rows[0][0])


# ---------------------------------------------------------------- funnels (DATA.md, per customer)
def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events"
    if bounded:
        ev += f" WHERE ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM fev e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {per('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def _both(vals):
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def conv(journey, start, end, cond="1=1"):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded, cond)
        vals.append(c[-1] / c[0])
    return _both(vals)


def dropoff(journey, start, end, k, cond="1=1"):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded, cond)
        vals.append(1 - c[k] / c[k - 1])
    return _both(vals)


def top_lost(journey, start, end, margin=1.2, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded, cond)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def rank_conv(journey, start, end, by, lowest=False, margin=1.2, min_n=30, cond="1=1"):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL AND ({cond})")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded, f"{by} = '{g}' AND ({cond})")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        tops.add(lead(rows, margin, lowest)["top_entity"])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------------------------------------------------------------- per work order
def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND session_id IS NOT NULL)
               WHERE rn = 1)"""


def _has(a_tp, b_tp, start, end, cond, b_cond, by=None):
    sel = f"{by}, " if by else ""
    return f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
               LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
               USING (session_id) WHERE {per('a.ts', start, end)} AND ({cond})
               {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""


def wo_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    return rate(one(_has(a_tp, b_tp, start, end, cond, b_cond)))


def rank_wo_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, trap=False):
    rows = q(_has(a_tp, b_tp, start, end, cond, b_cond, by))
    big = [r for r in rows if r[2] >= min_n]
    if trap:    # the size filter matters: a small group tops the raw list
        assert rows[0][0] != big[0][0], rows[:3]
    return lead(big, margin)


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               WHERE b.ts > a.ts AND {per('a.ts', start, end)} AND ({cond})"""


def step_days(a_tp, b_tp, start, end, cond="1=1", agg="median"):
    v = one(f"SELECT {agg}(epoch(b.ts - a.ts) / 86400.0) {_gap(a_tp, b_tp, start, end, cond)}")
    w = one(f"SELECT {agg}(date_diff('day', a.ts::DATE, b.ts::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def top_step_days(a_tp, b_tp, start, end, by, margin=1.5):
    rows = q(f"SELECT {by}, median(epoch(b.ts - a.ts) / 86400.0) m {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY m DESC")
    return lead(rows, margin)


# ---------------------------------------------------------------- events
def n_events(tp, start, end, cond="1=1"):
    return count(one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {per('e.ts', start, end)} "
                     f"AND ({cond})"))


def ev_share(tp, num_, start, end, cond="1=1"):
    return rate(one(f"SELECT avg(({num_})::int) FROM events e WHERE touchpoint_id = '{tp}' "
                    f"AND {per('e.ts', start, end)} AND ({cond})"))


def ev_sum(tp, expr, start, end, cond="1=1"):
    return money(one(f"SELECT {expr} FROM events e WHERE touchpoint_id = '{tp}' AND {per('e.ts', start, end)} "
                     f"AND ({cond})"))


def top_ev(tp, by, start, end, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE touchpoint_id = '{tp}' AND {per('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    return lead(rows, margin)


def top_ev_share(tp, by, num_, start, end, margin=1.3):
    rows = q(f"SELECT {by}, avg(({num_})::int) r FROM events e WHERE touchpoint_id = '{tp}' "
             f"AND {per('e.ts', start, end)} GROUP BY 1 ORDER BY r DESC")
    return lead(rows, margin)


def top_month(tp, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m') m, count(*) n FROM events e WHERE touchpoint_id = '{tp}' "
             f"AND {per('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC")
    return lead(rows, margin)


def renew_rows(start, end, by=None):
    sel = f"{by}, " if by else ""
    return q(f"""SELECT {sel}avg((n.renews_plan IS NOT NULL)::int) r, count(*) FROM events m
                 LEFT JOIN (SELECT DISTINCT renews_plan FROM events WHERE touchpoint_id = 'tp_renew') n
                 ON n.renews_plan = m.session_id
                 WHERE m.touchpoint_id = 'tp_renew_reminder' AND {per('m.ts', start, end)}
                 {'GROUP BY 1 ORDER BY r DESC' if by else ''}""")


def renewal(start, end, cond=None):
    if cond:
        rows = {r[0]: r[1] for r in renew_rows(start, end, by=cond[0])}
        return rate(rows[cond[1]])
    return rate(renew_rows(start, end)[0][0])


def top_renewal(start, end, by, margin=1.2):
    return lead(renew_rows(start, end, by), margin)


# ---------------------------------------------------------------- experiment
def exp_rows():
    return q("""SELECT x.variant, avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                AND e.touchpoint_id = 'tp_pay' AND e.ts > x.assigned_at))::int) r FROM experiments x
                WHERE x.experiment_id = 'quote_page_2025' GROUP BY 1 ORDER BY r DESC""")


# ---------------------------------------------------------------- orders / customers
def revenue(start, end, cond="1=1", agg="sum(o.amount)"):
    return money(one(f"SELECT {agg} FROM orders o WHERE o.status = 'paid' AND {per('o.ts', start, end)} "
                     f"AND ({cond})"))


def revenue_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {per('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {per('o.ts', *b)} AND ({cond})")
    return rate((y - x) / x)


def top_revenue(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {per('o.ts', start, end)} "
             f"AND ({cond}) GROUP BY 1 ORDER BY n DESC")
    return lead(rows, margin)


def per_payer(start, end, cond="1=1"):
    v = one(f"SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o WHERE o.status = 'paid' "
            f"AND {per('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(float(v) * 0.005, 2))


def n_customers(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def customers_share(num_, cond="1=1"):
    return rate(one(f"SELECT avg(({num_})::int) FROM customers c WHERE {cond}"))


def top_customers(by, cond, margin=1.2):
    return lead(q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC"), margin)


# ---------------------------------------------------------------- feedback
def like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def check_topic(cond, topic):
    """text markers must select exactly the comments the generator wrote about the topic."""
    bad = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) WHERE ({cond}) "
              f"AND NOT list_contains(string_split(t.topics, '|'), '{topic}')")
    miss = one(f"SELECT count(*) FROM feedback f JOIN truth t USING (feedback_id) "
               f"WHERE list_contains(string_split(t.topics, '|'), '{topic}') AND NOT ({cond})")
    assert bad == 0 and miss == 0, (topic, bad, miss)


def fb_count(cond, topic=None, period="1=1"):
    if topic and HAS_TRUTH:
        check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE ({cond}) AND {period}")
    return dict(value=int(n), tolerance=max(0.5, round(n * 0.05, 1)))


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_avg(cond, col="f.rating", tol=0.02):
    return dict(value=round(float(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")), 3),
                tolerance=tol)


def fb_share(num_, cond):
    return rate(one(f"SELECT avg(({num_})::int) FROM feedback f WHERE {cond}"))


def nps(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return rate(v, 0.02)


def rank_fb_avg(by, cond, min_n=20, margin=0.5, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb(by, cond, margin=1.5):
    return lead(q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 "
                  f"ORDER BY n DESC"), margin)


# ---------------------------------------------------------------- periods, names
Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q3_25, Q4_25 = ("2025-07-01", "2025-09-30"), ("2025-10-01", "2025-12-31")
LAST12 = ("2025-08-01", "2026-07-31")
MA26 = ("2026-03-01", "2026-04-30")
SUMMER = ("2025-12-01", "2026-02-28")
ALL = ("2025-01-01", "2026-07-31")
(ENQ, QUOTE, PAY, CANCEL, REFUND, SCHED, WEATHER, VISIT, DRONE, REPORT, COMPLAINT, REF, DONE, REMIND, RENEW) = (
    "tp_enquiry", "tp_quote", "tp_pay", "tp_cancel", "tp_refund", "tp_schedule", "tp_weather", "tp_visit",
    "tp_drone", "tp_report", "tp_complaint", "tp_repair_ref", "tp_repair_done", "tp_renew_reminder", "tp_renew")
DAMAGE = "complaint_type = 'panel_damage'"
CRACK_T = like("f.text", ["裂", "crack"])
REPORT_T = like("f.text", ["报告", "report"])
RESCHED_T = like("f.text", ["改期", "reschedul"])
DUST_T = like("f.text", ["沙尘", "dust storm"])
PRICE_T = like("f.text", ["贵", "pricey", "expensive"])
STREAK_T = like("f.text", ["水渍", "streak"])
MISSED_T = like("f.text", ["漏", "missed"])
LATE_T = like("f.text", ["迟到", "late"])
GAIN_T = like("f.text", ["发电量", "output"])
HOT_T = like("f.text", ["热斑", "hotspot"])
REPAIR_T = like("f.text", ["维修", "repair"])
PRO_T = like("f.text", ["专业", "professional"])
BIRD_T = like("f.text", ["鸟粪", "bird"])


def gold():
    return {
        # ---- funnels, A/B, renewals
        "sc01": lambda: conv("sales", *Y25),
        "sc02": lambda: top_lost("sales", *Q3_25),
        "sc03": lambda: rank_conv("sales", *Y25, by="c.acquisition_channel", lowest=True),
        "sc04": lambda: conv("sales", *Y25, cond="c.acquisition_channel = 'installer_referral'"),
        "sc05": lambda: conv("sales", *H1_26, cond="c.customer_type = 'factory'"),
        "sc06": lambda: dropoff("sales", *H2_25, 2, cond="c.customer_type = 'farm'"),
        "sc07": lambda: conv("delivery", *Y25),
        "sc08": lambda: conv("repair", *Y25),
        "sc09": lambda: top_step_days(REF, DONE, *Y25, by="a.partner_en"),
        "sc10": lambda: wo_rate(REF, DONE, *Y25, cond="a.partner = '江南光伏'"),
        "sc11": lambda: lead(exp_rows(), 1.15),
        "sc12": lambda: rate(dict(exp_rows())["standard"]),
        "sc13": lambda: renewal(*Y25),
        "sc14": lambda: top_renewal("2025-01-01", "2026-05-31", by='m."套餐档次"'),
        "sc15": lambda: renewal("2025-01-01", "2026-05-31", cond=("m.plan_tier", "basic")),
        "sc16": lambda: renewal("2026-01-01", "2026-05-31"),
        # ---- per visit
        "sc17": lambda: wo_rate(VISIT, WEATHER, *Y25),
        "sc18": lambda: wo_rate(VISIT, WEATHER, *MA26, cond="a.region = 'Ningxia'"),
        "sc19": lambda: wo_rate(VISIT, WEATHER, *MA26, cond="a.region = 'Zhejiang'"),
        "sc20": lambda: top_ev(WEATHER, "e.reschedule_reason", *MA26),
        "sc21": lambda: rank_wo_rate(VISIT, COMPLAINT, *LAST12, by="a.crew", b_cond=DAMAGE, min_n=100,
                                     margin=2.0, trap=True),
        "sc22": lambda: wo_rate(VISIT, COMPLAINT, *LAST12, cond="a.crew_id = 'PER-2'", b_cond=DAMAGE),
        "sc23": lambda: wo_rate(VISIT, COMPLAINT, *SUMMER, cond="a.region = 'Queensland'", b_cond=DAMAGE),
        "sc24": lambda: wo_rate(VISIT, COMPLAINT, "2026-03-01", "2026-07-31", cond="a.region = 'Queensland'",
                                b_cond=DAMAGE),
        "sc25": lambda: ev_share(DRONE, "e.hotspots > 0", *Y25, cond="e.customer_type = 'farm'"),
        "sc26": lambda: top_ev_share(DRONE, 'e."客户类型"', "e.hotspots > 0", *Y25),
        "sc27": lambda: top_ev(DRONE, 'e."缺陷类型"', *ALL, cond="e.customer_type = 'farm' AND e.hotspots > 0",
                               margin=2.0),
        "sc28": lambda: wo_rate(VISIT, REF, *Y25),
        # ---- times
        "sc29": lambda: step_days(VISIT, REPORT, *month(2025, 11)),
        "sc30": lambda: step_days(VISIT, REPORT, *H1_25),
        "sc31": lambda: step_days(SCHED, VISIT, *MA26, cond="a.region = 'Ningxia'"),
        "sc32": lambda: step_days(PAY, VISIT, *Y25, agg="avg"),
        "sc33": lambda: step_days(CANCEL, REFUND, *Y25, agg="avg"),
        # ---- money
        "sc34": lambda: revenue(*Q3_25),
        "sc35": lambda: revenue(*Y25, cond="o.currency = 'AUD'", agg="sum(o.amount_local)"),
        "sc36": lambda: top_revenue('o."区域"', *Y25, cond="o.country = 'CN'", margin=1.4),
        "sc37": lambda: top_revenue("o.customer_type", *Y25, margin=1.4),
        "sc38": lambda: revenue_change(H1_25, H1_26),
        "sc39": lambda: revenue(*Y25, cond="o.order_type = 'one_off_clean' AND o.customer_type = 'home' "
                                           "AND o.country = 'CN'", agg="avg(o.amount)"),
        "sc40": lambda: revenue(*Y25, cond="o.order_type = 'yearly_plan' AND o.customer_type = 'factory'",
                                agg="avg(o.amount)"),
        "sc41": lambda: ev_sum(REFUND, "sum(e.refund_cny)", *Y25),
        "sc42": lambda: revenue(*Y25, cond="o.add_on_item = 'bird_mesh'"),
        "sc43": lambda: per_payer(*Y25),
        "sc44": lambda: ev_sum(COMPLAINT, "sum(e.compensation_cny)", *Y25, cond=DAMAGE),
        # ---- volumes
        "sc45": lambda: n_events(VISIT, *month(2026, 1)),
        "sc46": lambda: top_month(ENQ, *Y25, cond="e.country = 'AU'"),
        "sc47": lambda: top_month(ENQ, *Y25, cond="e.country = 'CN'"),
        "sc48": lambda: n_events(WEATHER, *H1_26),
        # ---- customers
        "sc49": lambda: n_customers("c.region = 'Western Australia' AND c.customer_type = 'farm'"),
        "sc50": lambda: customers_share("c.customer_type = 'factory'"),
        "sc51": lambda: top_customers("c.acquisition_channel", "c.customer_type = 'home' AND c.country = 'CN' AND "
                                      "c.customer_id IN (SELECT customer_id FROM orders WHERE status = 'paid')"),
        # ---- feedback
        "sc52": lambda: fb_count(CRACK_T, "crack"),
        "sc53": lambda: fb_count(REPORT_T, "report_slow", period=per("f.ts", *month(2025, 11))),
        "sc54": lambda: top_fb("f.partner", REPAIR_T, margin=1.5),
        "sc55": lambda: fb_avg(f"f.channel = 'app_review' AND {per('f.ts', *Y25)}"),
        "sc56": lambda: rank_fb_avg("f.touchpoint_id", per("f.ts", *Y25)),
        "sc57": lambda: nps("f.survey_wave = '2026-01'"),
        "sc58": lambda: nps("f.survey_wave = '2026-01' AND f.customer_type = 'factory'"),
        "sc59": lambda: nps("f.survey_wave = '2025-07'"),
        "sc60": lambda: fb_share("f.rating <= 2", f"f.channel = 'google_review' AND {per('f.ts', *Y25)}"),
        "sc61": lambda: fb_ids(DUST_T),
        "sc62": lambda: count(one("SELECT count(*) FROM feedback f WHERE f.channel = 'wechat_group'")),
        "sc63": lambda: fb_count(GAIN_T, "gain"),
        "sc64": lambda: fb_count(BIRD_T, "bird"),
        # ---- relative periods
        "sc69": lambda: n_events(VISIT, *month(2026, 7)),
        "sc70": lambda: revenue("2026-01-01", "2026-07-15"),
        "sc71": lambda: n_events(COMPLAINT, "2026-05-25", "2026-05-31"),
    }


def checks():
    """markers no question counts directly must still match the truth."""
    for cond, topic in ((RESCHED_T, "reschedule"), (DUST_T, "dust_storm"), (PRICE_T, "price"),
                        (STREAK_T, "streaks"), (MISSED_T, "missed"), (LATE_T, "late"), (HOT_T, "hotspot"),
                        (REPAIR_T, "repair_slow"), (PRO_T, "pro"), (REPORT_T, "report_slow")):
        check_topic(cond, topic)


def main() -> int:
    global HAS_TRUTH
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    HAS_TRUTH = bool(one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"))
    if HAS_TRUTH:
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
            if exp["status"] == "ok":
                status_only.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["lang"], it["question"][:60].replace("\n", " "), shown)
    stats = [it["expect"]["status"] for it in items]
    langs = [it["lang"] for it in items]
    print(f"{len(items)} items: zh {langs.count('zh')} / en {langs.count('en')}; "
          + ", ".join(f"{s} {stats.count(s)}" for s in ("ok", "unsupported", "clarify"))
          + f"; status-only ok: {status_only}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
