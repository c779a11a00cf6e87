"""Gold answers for the 卫安保安 Sentinel Guarding held-out batch: plain DuckDB SQL over the raw CSVs written by
generate.py (never the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events are de-duplicated by event_id first (the CRM export re-sent 12 rows; DATA.md loads them once);
- "clients" / "sites" / "accounts" / "customers" = distinct customer_id (one client site account each);
- funnels follow DATA.md, per client: a client reaches step k with an event at step k's touchpoint (any action) after
  reaching step k-1, within the journey window from their first step-1 event in the period (tender 90 d, enquiry 60 d,
  mobilisation 45 d, complaint_fix 14 d). The tolerance covers both readings (later steps may fall after the period
  end, or not) unless the question says later steps count. A funnel "for a branch / site type" filters the client's
  first step-1 event in the period by that event's branch_id / site_type; "by acquisition channel" filters the step-1
  clients by customers.acquisition_channel. "Where do we lose the most" = the step whose next step is not reached by
  the most clients (answer: that step's touchpoint_id). Step-to-step rates = clients at step k+1 / clients at step k;
- shares of a step's own records are shares of that touchpoint's events in the period: patrol completion =
  sum(rounds_completed) / sum(rounds_planned) of tp_patrol logs (dated by the Monday log ts); deployment lead time =
  tp_deployment days_from_signing (dated by the deployment); incident response = tp_incident response_min; unfilled
  extra shifts = tp_extra_shift 'unfilled' / ('filled' + 'unfilled'); complaints = tp_complaint 'logged' events (type
  from complaint_type / 投诉类型); replacements = tp_guard_replacement events; invoice disputes = tp_invoice 'disputed';
  renewal rate = tp_renewal 'renewed' / ('renewed' + 'terminated') by the review's ts; lost proposals = tp_proposal 'lost';
- money = orders with status 'paid' by order ts, `amount` in CNY (HKD 0.92, SGD 5.30, AUD 4.70, GBP 9.10, CAD 5.20 at
  the fixed group rate); paid orders are monthly invoices and extra shifts (revenue billed and collected). Contracts and
  renewals are orders with status 'signed' whose amount is the total contract value (term x monthly value): "contract
  value signed" = sum of those (new = order_type 'contract', renewals = 'renewal'), never revenue; "in pounds / local
  currency" = amount_local; voided invoices = monthly_invoice 'cancelled';
- zh top entities are Chinese values (branch, 投诉类型, 事件类型, 丢单原因 ...), en ones English values (branch_en,
  acquisition_channel, complaint_type ...) or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers (tolerance 5 %, checked against
  _truth/feedback_truth.csv); rated feedback = survey (quarterly site-manager survey, rating 1-5 + NPS 0-10);
  negative = rating 1-2; NPS = share of 9-10 minus share of 0-6 over survey rows, as a fraction;
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


# ---------- funnels (per client, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    """clients reaching each step; cond may use e.* (the first step-1 event in the period) and c.* (the customer)."""
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


def events_ratio(tp, num, den, start, end, cond="1=1"):
    return _rate(one(f"SELECT sum({num}) / sum({den}) FROM events e WHERE e.touchpoint_id = '{tp}' "
                     f"AND {_in('e.ts', start, end)} AND ({cond})"))


def top_events_share(tp, num, by, start, end, margin=1.25, min_n=1, cond="1=1", lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} "
             f"ORDER BY r {'ASC' if lowest else 'DESC'}")
    assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_ratio(tp, num, den, by, start, end, margin=1.1, cond="1=1", lowest=False):
    rows = q(f"SELECT {by}, sum({num}) / sum({den}) r FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}")
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


def renewal_rate(start, end, cond="1=1"):
    return events_share("tp_renewal", "e.action = 'renewed'", start, end, cond)


# ---------- orders / customers / experiments ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", col="o.amount", status="paid"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
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


def order_avg(start, end, cond="1=1", col="o.amount", status="paid"):
    v = one(f"SELECT avg({col}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1, status="paid"):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)}
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


def exp_conv(variant, days=30):
    """share of the variant's clients with a signed contract (tp_contract) within `days` after assignment."""
    return _rate(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                            AND e.touchpoint_id = 'tp_contract' AND e.action = 'signed' AND e.ts > x.assigned_at
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
ALL = ("2024-07-01", "2026-06-30")
(TENDER, ENQ, SURVEY_TP, PROPOSAL, CONTRACT, DEPLOY, PATROL, INCIDENT, INVOICE, EXTRA, COMPLAINT, REPLACE, RENEWAL) = (
    "tp_tender_invite", "tp_enquiry", "tp_site_survey", "tp_proposal", "tp_contract", "tp_deployment", "tp_patrol",
    "tp_incident", "tp_invoice", "tp_extra_shift", "tp_complaint", "tp_guard_replacement", "tp_renewal")
SURVEY = "f.channel = 'survey'"
ASLEEP_T = _like("f.text", ["睡岗", "asleep"])
MISSED_T = _like("f.text", ["漏巡", "missed"])
HANDOVER_T = _like("f.text", ["交接班", "handover"])
RUDE_T = _like("f.text", ["态度", "rude"])
UNIFORM_T = _like("f.text", ["制服", "uniform"])
RESPONSE_T = _like("f.text", ["响应", "respond"])
TURNOVER_T = _like("f.text", ["换人", "turnover"])
INVOICE_T = _like("f.text", ["账单", "invoice"])
START_T = _like("f.text", ["进场", "start date"])
PRICE_T = _like("f.text", ["价格", "price"])
PRO_T = _like("f.text", ["专业", "professional"])
QUICK_T = _like("f.text", ["及时", "quick"])
TOPICS = ((ASLEEP_T, "asleep"), (MISSED_T, "missed"), (HANDOVER_T, "handover"), (RUDE_T, "rude"),
          (UNIFORM_T, "uniform"), (RESPONSE_T, "response"), (TURNOVER_T, "turnover"), (INVOICE_T, "invoice"),
          (START_T, "start"), (PRICE_T, "price"), (PRO_T, "professional"), (QUICK_T, "quick"))
TENDER_CH = ["public_tender_portal", "private_invite", "fm_consultant"]
ENQ_CH = ["referral", "website", "outbound_sales"]


def gold():
    h2_25, q3_25, q1_26 = ("2025-07-01", "2025-12-31"), quarter(2025, 3), quarter(2026, 1)
    summer = ("2025-06-01", "2025-08-31")
    ldn_mig = ("2026-01-01", "2026-02-28")
    acq_zh = {r[0]: r[1] for r in q("SELECT DISTINCT acquisition_channel, 获客渠道 FROM customers")}
    return {
        # ---- funnels
        "sg01": lambda: conv("tender", *Y25, later=True),
        "sg02": lambda: rank_conv("tender", *Y25, by="c.acquisition_channel", groups=TENDER_CH, lowest=True,
                                  margin=2),
        "sg03": lambda: conv("tender", *Y25, cond="c.acquisition_channel = 'private_invite'"),
        "sg04": lambda: conv("tender", *Y25, cond="c.acquisition_channel = 'public_tender_portal'"),
        "sg05": lambda: top_lost("tender", *Y25, margin=1.5),
        "sg06": lambda: conv("enquiry", *Y25, later=True),
        "sg07": lambda: rank_conv("enquiry", *Y25, by="c.获客渠道", groups=[acq_zh[g] for g in ENQ_CH], margin=1.3),
        "sg08": lambda: conv("enquiry", *h2_25, cond="c.acquisition_channel = 'website'", upto=1),
        "sg09": lambda: conv("mobilisation", *month(2025, 10), upto=1, later=True),
        "sg10": lambda: conv("mobilisation", *month(2025, 9), upto=1, later=True),
        "sg11": lambda: top_lost("mobilisation", *month(2025, 10), margin=3),
        "sg12": lambda: conv("tender", *Y25, cond="e.branch_id = 'B3'"),
        "sg13": lambda: conv("complaint_fix", *Y25),
        "sg14": lambda: exp_conv("video_walkthrough"),
        "sg15": lambda: exp_conv("standard_pdf"),
        # ---- step records
        "sg16": lambda: events_avg(DEPLOY, "e.days_from_signing", *month(2025, 12)),
        "sg17": lambda: events_avg(DEPLOY, "e.days_from_signing", *month(2025, 8)),
        "sg18": lambda: top_events_ratio(PATROL, "e.rounds_completed", "e.rounds_planned", "e.branch_en", *summer,
                                         lowest=True, margin=1.02),
        "sg19": lambda: events_ratio(PATROL, "e.rounds_completed", "e.rounds_planned", *month(2025, 7),
                                     "e.branch_id = 'B2' AND e.site_type = 'building_site'"),
        "sg20": lambda: events_ratio(PATROL, "e.rounds_completed", "e.rounds_planned", *month(2025, 7),
                                     "e.branch_id = 'B1' AND e.site_type = 'building_site'"),
        "sg21": lambda: _count(one(f"SELECT sum(night_rounds_missed) FROM events e WHERE e.touchpoint_id = '{PATROL}' "
                                   f"AND {_in('e.ts', *summer)} AND e.branch_id = 'B2'")),
        "sg22": lambda: events_at(INCIDENT, *Y25, "e.site_type = 'mall'"),
        "sg23": lambda: top_events_count(INCIDENT, "e.incident_type", *Y25, "e.site_type = 'mall'", margin=1.4),
        "sg24": lambda: top_events_count(INCIDENT, "e.incident_type", *Y25, "e.site_type = 'building_site'",
                                         margin=1.15),
        "sg25": lambda: events_avg(INCIDENT, "e.response_min", *Y25, "e.service_package = 'mobile_patrol'"),
        "sg26": lambda: events_share(INCIDENT, "e.police_called = 'yes'", *Y25),
        "sg27": lambda: events_share(EXTRA, "e.action = 'unfilled'", *month(2026, 2),
                                     "e.action IN ('filled', 'unfilled')"),
        "sg28": lambda: top_events_count(COMPLAINT, 'e."投诉类型"', *Y25, "e.branch_id = 'B2'", margin=1.5),
        "sg29": lambda: events_at(COMPLAINT, "2025-05-01", "2025-08-31",
                                  "e.branch_id = 'B2' AND e.complaint_type = 'sleeping_on_duty'"),
        "sg30": lambda: top_events_count(REPLACE, 'e."换人原因"', *Y25, margin=1.5),
        "sg31": lambda: events_avg(REPLACE, "e.days_to_replace", *Y25),
        "sg32": lambda: renewal_rate(*Y25),
        "sg33": lambda: top_events_share(RENEWAL, "e.action = 'renewed'", "e.site_type", *ALL, lowest=True,
                                         margin=1.5),
        "sg34": lambda: top_events_count(RENEWAL, "e.termination_reason", *ALL, "e.action = 'terminated'",
                                         margin=1.2),
        "sg35": lambda: top_events_count(PROPOSAL, 'e."丢单原因"', *Y25, "e.action = 'lost'", margin=2),
        "sg36": lambda: events_at(INVOICE, *ldn_mig, "e.action = 'disputed' AND e.branch_id = 'B6'"),
        "sg37": lambda: orders_count(*month(2026, 1), "o.order_type = 'monthly_invoice' AND o.status = 'cancelled' "
                                     "AND o.branch_id = 'B6'"),
        "sg38": lambda: events_share(SURVEY_TP, "e.risk_rating = 'high'", *Y25, "e.site_type = 'building_site'"),
        # ---- money
        "sg39": lambda: orders(*Y25),
        "sg40": lambda: top_orders("o.branch_en", *Y25, margin=1.2),
        "sg41": lambda: orders(*q1_26, "o.branch_id = 'B6'", col="o.amount_local"),
        "sg42": lambda: orders(*Y25, "o.order_type = 'contract'", status="signed"),
        "sg43": lambda: orders(*Y25, "o.order_type = 'renewal'", status="signed"),
        "sg44": lambda: orders_share("o.site_type = 'mall'", *Y25, "o.order_type = 'extra_shift'"),
        "sg45": lambda: order_avg(*Y25, "o.order_type = 'monthly_invoice' AND o.site_type = 'mall'"),
        "sg46": lambda: orders_change(month(2025, 3), month(2026, 3)),
        "sg47": lambda: orders(*month(2025, 12), "o.order_type = 'extra_shift'"),
        "sg48": lambda: orders(*month(2026, 6)),
        # ---- customers
        "sg49": lambda: customers_count("c.segment = 'building_site'"),
        "sg50": lambda: customers_share("c.acquisition_channel = 'public_tender_portal'", _in("c.signup_at", *Y25)),
        "sg51": lambda: customers_count("c.client_status = 'active'"),
        # ---- feedback
        "sg52": lambda: fb_topic_count(ASLEEP_T),
        "sg53": lambda: top_fb_count("f.touchpoint_id", ASLEEP_T, margin=5),
        "sg54": lambda: top_fb_count("f.branch", ASLEEP_T, margin=3),
        "sg55": lambda: top_fb_count("f.branch_en", INVOICE_T, margin=2),
        "sg56": lambda: feedback_ids(START_T),
        "sg57": lambda: nps_share(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "sg58": lambda: fb_ratio("f.rating <= 2", f"{SURVEY} AND {_in('f.ts', *q3_25)}"),
        "sg59": lambda: fb_avg(f"{SURVEY} AND f.branch_id = 'B2' AND {_in('f.ts', *q3_25)}"),
        "sg60": lambda: fb_avg(f"{SURVEY} AND f.branch_id = 'B1' AND {_in('f.ts', *q3_25)}"),
        "sg61": lambda: fb_topic_count(PRICE_T),
        "sg62": lambda: fb_topic_count(RESPONSE_T, _in("f.ts", *Y25)),
        "sg63": lambda: fb_topic_count(PRO_T),
        "sg64": lambda: fb_avg(f"{SURVEY} AND f.site_type = 'building_site' AND {_in('f.ts', *Y25)}"),
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
    zh = sum(it["lang"] == "zh" for it in items)
    st = {}
    for it in items:
        st[it["expect"]["status"]] = st.get(it["expect"]["status"], 0) + 1
    print(f"{len(items)} items: zh {zh} / en {len(items) - zh}; {st}; follow-ups "
          f"{sum('follow_up_of' in it for it in items)}; as_of {sum('as_of' in it for it in items)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
