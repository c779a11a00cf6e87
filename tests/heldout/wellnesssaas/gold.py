"""Gold answers for the 悦康职场 ThriveWork Wellbeing held-out batch: plain DuckDB SQL over the raw CSVs written by
generate.py (never the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events are read with exact duplicate rows removed (the billing webhook re-sent a few invoice events with the same
  event_id; DATA.md loads them once);
- two kinds of customer share one table: employers (customer_type 'employer', ORG…; the HR admin acts for them:
  leads, demos, pilots, contracts, roster syncs, invoices, renewals, orders) and employees (customer_type
  'employee', EE…; invitations, logins, activation, questionnaire, health checks, coaching, challenges). "Employers",
  "companies", "clients", 企业 count employer ids; "employees", "staff", "users", 员工 count employee ids;
- funnels follow DATA.md, per customer: a customer reaches step k with an event at step k's touchpoint (any action,
  e.g. a failed login or a no-show is an event there) after reaching step k-1, within the journey window from their
  first step-1 event in the period (employer_sales 90 d, employee_activation 30 d, health_check 45 d, coaching 14 d).
  The tolerance covers both readings (later steps may fall after the period end, or not), unless the question says
  later steps count. A funnel "for a lead source / invite channel" filters the customer's first step-1 event;
  "where do we lose the most" = the step whose next step is not reached by the most customers (its touchpoint_id);
- shares of a step's records are over that touchpoint's events in the period (failed logins over tp_login events;
  no-shows over tp_health_check events; coach cancellations over tp_coaching_session events; churned over
  tp_renewal decisions); an invoice's dispute share = invoices (invoice_id, 'issued' events) issued in the period
  with a 'disputed' event / invoices issued in the period;
- money = orders with status 'paid' by order ts, `amount` in USD (a reissued invoice is its own paid order, the
  disputed original is 'cancelled'); overdue = status 'overdue' (not money received); revenue per paying employer =
  paid USD / employers with >= 1 paid order;
- customers: segment / tier / industry as stored at the extract (2026-08-06); "active employers" = customer_type
  'employer' and segment 'active';
- zh top entities are Chinese values where a Chinese twin column exists (行业, 城市, 体检机构, 线索来源, 流失原因,
  挑战名称, 咨询类型, coach names as recorded), else the raw value; en ones English values or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers (tolerance 5 %, checked against
  _truth/feedback_truth.csv); app reviews = channel 'app_review'; 1-2 stars = rating <= 2 over rated rows; NPS =
  share of 9-10 minus share of 0-6, as a fraction, over the named survey (pulse_survey = employees, anonymous;
  hr_survey = HR admins);
- periods are inclusive calendar dates; relative periods resolve against the item's as_of.
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "events"):
        CON.execute(f"CREATE TABLE {t} AS SELECT DISTINCT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
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
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join("lower(" + col + ") LIKE '%" + w.lower().replace("'", "''") + "%'" for w in words) + ")"


def _rate(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def _count(n):
    return dict(value=int(n), tolerance=0.5)


def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    """cond may use e.* (the customer's first step-1 event in the period) and c.* (the customer)."""
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
    """share of customers at step frm+1 who reach step upto+1 (default: the last step)."""
    vals = []
    for bounded in ((False,) if later else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        k = len(c) - 1 if upto is None else upto
        vals.append(c[k] / c[frm])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, groups, margin=1.2, lowest=False, min_n=30, upto=None, label=None):
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            k = len(c) - 1 if upto is None else upto
            if c[0] >= min_n:
                rows.append((g, c[k] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    t = tops.pop()
    return dict(top_entity=label[t] if label else t)


def top_lost(journey, start, end, margin=1.2):
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


# ---------- events ----------

def events_at(tp, start, end, cond="1=1", distinct=None):
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return _count(one(f"SELECT {what} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                      f"AND ({cond})"))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' "
                     f"AND {_in('e.ts', start, end)} AND ({cond})"))


def events_avg(tp, col, start, end, cond="1=1", agg="avg", rel=0.02):
    v = float(one(f"SELECT {agg}({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, abs(v) * rel), 2))


def top_events_share(tp, num, by, start, end, margin=1.25, min_n=20, cond="1=1", lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} "
             f"ORDER BY r {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.15, agg="count(*)"):
    rows = q(f"SELECT {by}, {agg} n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_avg(tp, col, by, start, end, cond="1=1", margin=1.25, min_n=20):
    rows = q(f"SELECT {by}, avg({col}) a, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def challenge_completion(cid):
    v = one(f"""SELECT count(DISTINCT customer_id) FILTER (WHERE action = 'completed')
                       / count(DISTINCT customer_id) FILTER (WHERE action = 'joined')
                FROM events WHERE touchpoint_id = 'tp_challenge' AND challenge_id = '{cid}'""")
    return _rate(v)


def invoice_dispute_share(start, end, cond="1=1"):
    v = one(f"""SELECT avg((d.invoice_id IS NOT NULL)::int) FROM events e
                LEFT JOIN (SELECT DISTINCT invoice_id FROM events WHERE touchpoint_id = 'tp_invoice'
                           AND action = 'disputed') d USING (invoice_id)
                WHERE e.touchpoint_id = 'tp_invoice' AND e.action = 'issued' AND {_in('e.ts', start, end)}
                  AND ({cond})""")
    return _rate(v)


def report_turnaround(start, end, cond="1=1"):
    return events_avg("tp_checkup_report", "e.turnaround_days", start, end, cond=cond)


def login_employees_share(start, end, cond="1=1"):
    """employees with a login attempt in the period whose attempts in the period all failed."""
    v = one(f"""SELECT avg((ok = 0)::int) FROM (SELECT customer_id, count(*) FILTER (WHERE action = 'success') ok
                FROM events e WHERE touchpoint_id = 'tp_login' AND {_in('e.ts', start, end)} AND ({cond})
                GROUP BY 1)""")
    return _rate(v)


# ---------- orders / customers ----------

def orders(start, end, cond="1=1", col="o.amount", status="paid"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1", status="paid"):
    return _count(one(f"SELECT count(*) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_share(num, start, end):
    v = one(f"SELECT sum(CASE WHEN {num} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o "
            f"WHERE o.status = 'paid' AND {_in('o.ts', start, end)}")
    return _rate(v)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.08):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_orders_share(by, num, start, end, cond="1=1", margin=1.25, min_n=30):
    rows = q(f"""SELECT {by}, avg(({num})::int) r, count(*) n FROM orders o WHERE {_in('o.ts', start, end)}
                 AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_share(cond):
    return _rate(one(f"SELECT avg((nps >= 9)::int) - avg((nps <= 6)::int) FROM feedback f "
                     f"WHERE nps IS NOT NULL AND {cond}"))


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=True):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a {'DESC' if highest else ''}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- names ----------
Y25, H1_25, H2_25, H1_26 = ("2025-01-01", "2025-12-31"), ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), \
    ("2026-01-01", "2026-06-30")
ALL = ("2025-01-01", "2026-07-31")
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
NOV25, OCT25 = month(2025, 11), month(2025, 10)
BILLING_V2 = ("2026-02-01", "2026-07-31")
SOURCES = ["hr_referral", "website_demo", "webinar", "social_ads", "hr_expo", "benefits_broker"]
INVITE_CH = ["email", "sms", "wecom", "onsite_qr"]
EMPLOYER = "c.customer_type = 'employer'"
EMPLOYEE = "c.customer_type = 'employee'"
RATED = "f.rating IS NOT NULL"
APP = "f.channel = 'app_review'"
LOGIN_T = _like("f.text", ["登录不了", "can't log in"])
SPAM_T = _like("f.text", ["邀请邮件进了垃圾箱", "invite went to spam"])
PRIVACY_T = _like("f.text", ["担心隐私", "worried about privacy"])
SLOTS_T = _like("f.text", ["约不到号", "no appointment slots"])
CLINIC_CANCEL_T = _like("f.text", ["体检被取消", "clinic cancelled my appointment"])
REPORT_T = _like("f.text", ["报告太慢", "results took forever"])
COACH_CANCEL_T = _like("f.text", ["教练临时取消", "coach cancelled last minute"])
STEPS_T = _like("f.text", ["步数不同步", "steps not syncing"])
LEAVERS_T = _like("f.text", ["离职员工还在计费", "billed for leavers"])
ROSTER_T = _like("f.text", ["名单同步出错", "roster sync failed"])
PRICE_T = _like("f.text", ["价格太贵", "too expensive"])
USAGE_T = _like("f.text", ["员工都不怎么用", "staff barely use it"])
COACH_PRAISE_T = _like("f.text", ["教练很专业", "coach was brilliant"])
APP_EASY_T = _like("f.text", ["app很好用", "app is easy to use"])
SMOOTH_T = _like("f.text", ["体检很顺利", "health check went smoothly"])
FUN_T = _like("f.text", ["挑战很有意思", "challenge was fun"])
HR_PRAISE_T = _like("f.text", ["员工反馈很好", "staff love it"])
CLASSES_T = _like("f.text", ["希望多一些课程", "more classes please"])
TOPICS = ((LOGIN_T, "login_fail"), (SPAM_T, "invite_spam"), (PRIVACY_T, "privacy"), (SLOTS_T, "no_slots"),
          (CLINIC_CANCEL_T, "clinic_cancel"), (REPORT_T, "report_slow"), (COACH_CANCEL_T, "coach_cancel"),
          (STEPS_T, "steps_sync"), (LEAVERS_T, "billing_leavers"), (ROSTER_T, "roster_error"),
          (PRICE_T, "price_high"), (USAGE_T, "low_usage"), (COACH_PRAISE_T, "coach_praise"),
          (APP_EASY_T, "app_easy"), (SMOOTH_T, "checkup_smooth"), (FUN_T, "challenge_fun"),
          (HR_PRAISE_T, "hr_praise"), (CLASSES_T, "content_request"))


CH_SPRING26 = "e.challenge_id = 'CH2604'"
HC_SURVEY = "f.channel = 'in_app_survey' AND f.touchpoint_id = 'tp_coaching_session'"


def gold():
    return {
        # ---- employer sales funnel
        "wl01": lambda: conv("employer_sales", *Y25),
        "wl02": lambda: rank_conv("employer_sales", *Y25, "e.lead_source", SOURCES, lowest=True),
        "wl03": lambda: conv("employer_sales", *Y25, cond="e.lead_source = 'hr_referral'"),
        "wl04": lambda: top_lost("employer_sales", *H1_26),
        "wl05": lambda: conv("employer_sales", *Y25, cond="e.lead_source = 'hr_expo'", upto=1),
        "wl06": lambda: conv("employer_sales", *Q4_25, upto=2, later=True),
        "wl07": lambda: events_at("tp_contract", *Q1_26, distinct="e.customer_id"),
        # ---- employee activation
        "wl08": lambda: conv("employee_activation", *Y25),
        "wl09": lambda: conv("employee_activation", *NOV25, upto=2),
        "wl10": lambda: conv("employee_activation", *OCT25, upto=2),
        "wl11": lambda: events_share("tp_login", "e.action = 'failed'", *NOV25),
        "wl12": lambda: events_share("tp_login", "e.action = 'failed'", *NOV25, cond="e.device = 'android'"),
        "wl13": lambda: rank_conv("employee_activation", *Y25, "e.channel", INVITE_CH, lowest=True, upto=2,
                                  margin=1.1),
        # ---- health checks
        "wl14": lambda: events_share("tp_health_check", "e.action = 'no_show'", *Y25),
        "wl15": lambda: events_at("tp_health_check", *H1_26, cond="e.action = 'clinic_cancelled'"),
        "wl16": lambda: top_events_avg("tp_checkup_report", "e.turnaround_days", "e.体检机构", *Y25, margin=1.5),
        "wl17": lambda: report_turnaround(*H1_26, cond="e.clinic = 'Ruikang Health'"),
        "wl18": lambda: conv("health_check", *Y25),
        "wl19": lambda: top_events_avg("tp_checkup_booking", "e.wait_days", "e.city", "2026-03-01", "2026-05-31",
                                       margin=1.5),
        # ---- coaching
        "wl20": lambda: events_at("tp_coaching_session", *Q1_26, cond="e.action = 'completed'"),
        "wl21": lambda: events_share("tp_coaching_session", "e.action = 'coach_cancelled'", *Y25),
        "wl22": lambda: top_events_share("tp_coaching_session", "e.action = 'coach_cancelled'", "e.coach", *ALL,
                                         margin=2),
        "wl23": lambda: top_events_count("tp_coaching_booking", "e.咨询类型", *Y25, margin=1.3),
        "wl24": lambda: rank_fb_avg("f.coach", HC_SURVEY, 30, margin=0.15),
        # ---- challenges
        "wl25": lambda: events_at("tp_challenge", *ALL, cond=f"e.action = 'joined' AND {CH_SPRING26}",
                                  distinct="e.customer_id"),
        "wl26": lambda: top_events_count("tp_challenge", "e.challenge_name", *ALL, cond="e.action = 'joined'",
                                         margin=1.5, agg="count(DISTINCT e.customer_id)"),
        "wl27": lambda: challenge_completion("CH2604"),
        # ---- money
        "wl28": lambda: orders(*Y25),
        "wl29": lambda: orders_change(H1_25, H1_26),
        "wl30": lambda: top_orders("o.city", *Y25, margin=1.2),
        "wl31": lambda: orders(*Y25, cond="o.order_type = 'add_on'"),
        "wl32": lambda: orders(*ALL, status="overdue"),
        "wl33": lambda: top_orders_share("o.行业", "o.status = 'overdue'", *ALL, cond="o.order_type = 'monthly_invoice'",
                                         margin=1.2),
        "wl34": lambda: invoice_dispute_share(*BILLING_V2),
        "wl35": lambda: invoice_dispute_share(*Y25),
        "wl36": lambda: per_customer(*Y25),
        "wl37": lambda: orders_share("o.order_type = 'contract'", *Y25),
        # ---- renewals and clients
        "wl38": lambda: events_share("tp_renewal", "e.action = 'churned'", *Y25),
        "wl39": lambda: top_events_share("tp_renewal", "e.action = 'churned'", "e.industry", *ALL, margin=1.5),
        "wl40": lambda: top_events_count("tp_renewal", "e.流失原因", *ALL, cond="e.action = 'churned'", margin=1.2),
        "wl41": lambda: events_at("tp_renewal", *H1_26, cond="e.action = 'churned'"),
        "wl42": lambda: customers_count(f"{EMPLOYER} AND c.segment = 'active'"),
        "wl43": lambda: customers_count(f"{EMPLOYER} AND c.segment = 'active' AND c.tier = 'premium'"),
        "wl44": lambda: events_share("tp_hra", "e.risk_level = 'high'", *Y25),
        "wl45": lambda: events_share("tp_roster_sync", "e.action = 'sync_error'", *Y25, cond="e.action <> 'uploaded'"),
        # ---- feedback
        "wl46": lambda: fb_topic_count(LOGIN_T),
        "wl47": lambda: fb_topic_count(LOGIN_T, _in("f.ts", *NOV25)),
        "wl48": lambda: top_fb_count("f.touchpoint_id", REPORT_T, margin=3),
        "wl49": lambda: top_fb_count("f.clinic", REPORT_T, margin=3),
        "wl50": lambda: fb_topic_count(LEAVERS_T, _in("f.ts", *BILLING_V2)),
        "wl51": lambda: top_fb_count("f.touchpoint_id", f"{LEAVERS_T} AND {_in('f.ts', *BILLING_V2)}", margin=3),
        "wl52": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {RATED} AND {_in('f.ts', *Y25)}"),
        "wl53": lambda: nps_share(f"f.channel = 'pulse_survey' AND {_in('f.ts', *H1_26)}"),
        "wl54": lambda: nps_share(f"f.channel = 'hr_survey' AND {_in('f.ts', *Y25)}"),
        "wl55": lambda: nps_share(f"f.channel = 'hr_survey' AND {_in('f.ts', *H1_26)}"),
        "wl56": lambda: feedback_ids(STEPS_T),
        "wl57": lambda: feedback_ids(COACH_PRAISE_T),
        "wl58": lambda: top_fb_count("f.touchpoint_id", f"f.rating <= 2 AND {_in('f.ts', *NOV25)}", margin=3),
        "wl59": lambda: top_fb_count("f.touchpoint_id", f"f.rating <= 2 AND {_in('f.ts', *H1_26)}", margin=1.3),
        # ---- relative periods
        "wl60": lambda: orders(*Q2_26),
        "wl61": lambda: events_at("tp_coaching_session", *month(2026, 5), cond="e.action = 'completed'"),
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
