"""Gold answers for the 碳桥 CarbonBridge carbon-credit marketplace held-out batch: plain DuckDB SQL over the raw
CSVs written by generate.py (never the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- events are read with exact duplicate rows removed (the registry webhook re-sends a few retirement notices with the
  same event_id; DATA.md loads them once);
- "companies" / "customers" / "企业" = customer_id. Funnels follow DATA.md, per customer: a customer reaches step k
  with an event at step k's touchpoint after reaching step k-1, within the journey window from their first step-1
  event in the period (lead_to_purchase 60 d, webinar_to_lead 14 d, purchase_to_certificate 30 d,
  report_to_renewal 90 d). The tolerance covers both readings (later steps may fall after the period end, or not)
  unless the question says later steps count. A funnel "for a lead source" / "for a market" filters the customer's
  first step-1 event (lead_source) or the customer (market). A step-to-step rate = customers reaching step k over
  customers reaching step k-1. "Where do we lose the most" = the step whose next step is not reached by the most
  customers (answered with that step's touchpoint_id);
- shares of a step's records are shares of that touchpoint's events in the period: calculator completion =
  action 'completed' over tp_footprint_calc events; consultation no-show = 'no_show' over tp_consultation events;
  webinar attendance = 'attended' over attended + no_show webinar events (by the webinar time); certificate
  re-issue rate = 'reissued' events over 'issued' events; late annual reports = days_late > 0 over tp_annual_report;
- retirement time = days_to_retire of the tp_retirement event (purchase -> retired on the registry), purchases by
  the order's date, without retirements the customer scheduled for later (retire_instruction 'scheduled');
- money = orders with status 'paid' by order ts, `amount` in USD (the reporting currency); refunds = status
  'refunded'; cancelled share = cancelled over all credit_purchase orders; tonnes sold = tonnes of paid
  credit_purchase orders; revenue per paying customer = paid USD / customers with >= 1 paid order in the period;
- customers: segment / tier / industry as stored at the extract (2026-08-03);
- zh top entities are Chinese values where the data has them (项目类型, 错误类型, consultant as recorded), en ones
  English values (project_type, lead_source, market, device) or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers (tolerance 5 %, checked against
  _truth/feedback_truth.csv); 1-2 stars = rating <= 2 over rated rows; NPS = share of 9-10 minus share of 0-6 over
  rows with nps, as a fraction; consultation scores = survey ratings at tp_consultation by consultant;
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
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1)")


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
    """counts[upto] / counts[frm]; later=True: steps after the period end count (only the unbounded reading)."""
    vals = []
    for bounded in ((False,) if later else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        k = len(c) - 1 if upto is None else upto
        vals.append(c[k] / c[frm])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, groups, margin=1.2, lowest=False, min_n=30, upto=None):
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
    return dict(top_entity=tops.pop())


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

def events_at(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                      f"AND ({cond})"))


def events_avg(tp, col, start, end, cond="1=1", agg="avg"):
    v = float(one(f"SELECT {agg}({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, abs(v) * 0.02), 2))


def events_sum(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 1), tolerance=round(max(0.5, v * 0.002), 1))


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' "
                     f"AND {_in('e.ts', start, end)} AND ({cond})"))


def top_events_share(tp, num, by, start, end, margin=1.25, min_n=20, cond="1=1", lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} "
             f"ORDER BY r {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def reissue_rate(start, end, cond="1=1"):
    a = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = 'tp_certificate' AND e.action = 'reissued' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")
    b = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = 'tp_certificate' AND e.action = 'issued' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")
    return _rate(a / b)


def top_reissue(by, start, end, margin=1.5):
    rows = q(f"""SELECT {by}, count(*) FILTER (WHERE e.action = 'reissued') * 1.0
                        / count(*) FILTER (WHERE e.action = 'issued') r
                 FROM events e WHERE e.touchpoint_id = 'tp_certificate' AND {_in('e.ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def retire_days(start, end, cond="1=1", agg="median"):
    v = float(one(f"""SELECT {agg}(e.days_to_retire) FROM events e JOIN orders o USING (order_id)
                      WHERE e.touchpoint_id = 'tp_retirement' AND e.retire_instruction = 'immediate'
                      AND {_in('o.ts', start, end)} AND ({cond})"""))
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))


# ---------- orders / customers ----------

def orders(start, end, cond="1=1", col="o.amount", status="paid"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_avg(start, end, cond="1=1"):
    return _money(one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1", status="paid"):
    return _count(one(f"SELECT count(*) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_status_share(st, start, end, cond="1=1"):
    return _rate(one(f"SELECT avg((o.status = '{st}')::int) FROM orders o WHERE {_in('o.ts', start, end)} "
                     f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.08, join=""):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o {join} WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
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


def top_fb_count(by, cond, margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- names ----------
Y25, H1_25, H2_25, H1_26 = ("2025-01-01", "2025-12-31"), ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), \
    ("2026-01-01", "2026-06-30")
ALL = ("2025-01-01", "2026-07-31")
TO_END_26 = ("2026-01-01", "2026-07-31")
Q1_25, Q3_25, Q1_26, Q2_26 = quarter(2025, 1), quarter(2025, 3), quarter(2026, 1), quarter(2026, 2)
SOURCES = ["webinar", "partner_referral", "website", "social_ads", "trade_expo"]
MARKETS = ["CN", "UK", "AU", "US"]
IMMEDIATE = "e.retire_instruction = 'immediate'"
CALC_T = _like("f.text", ["计算器太复杂", "calculator is way too complicated"])
PITCH_T = _like("f.text", ["研讨会像推销", "webinar felt like a sales pitch"])
WEBOK_T = _like("f.text", ["研讨会干货很多", "webinar was genuinely useful"])
PUSHY_T = _like("f.text", ["销售太催了", "sales rep was pushy"])
GOODC_T = _like("f.text", ["顾问很专业", "consultant really knew their stuff"])
GREEN_T = _like("f.text", ["担心项目真实性", "worried about greenwashing"])
PRICE_T = _like("f.text", ["单价太贵", "price per tonne is too high"])
EASY_T = _like("f.text", ["下单很顺利", "buying credits was easy"])
SLOW_T = _like("f.text", ["注销太慢", "retirement took ages"])
CFAST_T = _like("f.text", ["证书很快就收到了", "got the certificate quickly"])
CERT_T = _like("f.text", ["证书信息有误", "certificate had errors"])
INV_T = _like("f.text", ["发票开得太慢", "invoice took forever"])
RUSE_T = _like("f.text", ["报告很有用", "report was really useful"])
RLATE_T = _like("f.text", ["报告交付晚了", "report arrived late"])
NOVAL_T = _like("f.text", ["看不到价值", "couldn't see the value"])
TOPICS = ((CALC_T, "calc_complex"), (PITCH_T, "webinar_pitch"), (WEBOK_T, "webinar_useful"), (PUSHY_T, "pushy"),
          (GOODC_T, "consultant_good"), (GREEN_T, "greenwash"), (PRICE_T, "price_high"), (EASY_T, "easy_buy"),
          (SLOW_T, "retire_slow"), (CFAST_T, "cert_fast"), (CERT_T, "cert_error"), (INV_T, "invoice_slow"),
          (RUSE_T, "report_useful"), (RLATE_T, "report_late"), (NOVAL_T, "no_value"))
CONSULT = "f.channel = 'survey' AND f.touchpoint_id = 'tp_consultation'"
REISSUED_BEFORE = ("EXISTS (SELECT 1 FROM events x WHERE x.customer_id = e.customer_id AND x.action = 'reissued' "
                   "AND x.ts < e.ts)")
CREDIT = "o.order_type = 'credit_purchase'"
SUBS = "o.order_type = 'report_subscription'"
WEBINAR_SHOW = "e.action IN ('attended', 'no_show')"


def gold():
    return {
        # ---- lead to first purchase
        "co01": lambda: conv("lead_to_purchase", *Y25),
        "co02": lambda: rank_conv("lead_to_purchase", *Y25, "e.lead_source", SOURCES, lowest=True),
        "co03": lambda: conv("lead_to_purchase", *Y25, cond="e.lead_source = 'partner_referral'"),
        "co04": lambda: top_lost("lead_to_purchase", *H1_26),
        "co05": lambda: conv("lead_to_purchase", *month(2025, 11), upto=2, frm=1, later=True),
        "co06": lambda: conv("lead_to_purchase", *month(2025, 10), upto=2, frm=1, later=True),
        "co07": lambda: conv("lead_to_purchase", *Y25, cond="e.lead_source = 'trade_expo'", upto=1),
        "co08": lambda: conv("lead_to_purchase", *Q1_26, cond="e.lead_source = 'website'", later=True),
        "co09": lambda: rank_conv("lead_to_purchase", *Y25, "e.lead_source", SOURCES),
        # ---- calculator
        "co10": lambda: events_share("tp_footprint_calc", "e.action = 'completed'", *month(2025, 11)),
        "co11": lambda: events_share("tp_footprint_calc", "e.action = 'completed'", *month(2025, 10)),
        "co12": lambda: top_events_share("tp_footprint_calc", "e.action = 'completed'", "e.device", *Y25,
                                         lowest=True),
        # ---- webinars
        "co14": lambda: conv("webinar_to_lead", *Y25),
        "co15": lambda: events_share("tp_webinar", "e.action = 'attended'", *Y25, cond=WEBINAR_SHOW),
        "co16": lambda: events_at("tp_webinar", *Q3_25, cond="e.action = 'registered'"),
        "co17": lambda: top_events_count("tp_webinar", "e.webinar_topic", *Y25,
                                         cond="e.action = 'registered' AND e.webinar_id LIKE '%ZH'"),
        # ---- consultation
        "co18": lambda: events_share("tp_consultation", "e.action = 'no_show'", *Y25),
        "co19": lambda: rank_fb_avg("f.consultant", CONSULT, 20),
        "co20": lambda: fb_avg(f"{CONSULT} AND f.consultant = '林晓雯'", tol=0.05),
        "co21": lambda: top_fb_count("f.consultant", PUSHY_T),
        # ---- projects and purchases
        "co22": lambda: top_orders("o.project_type", *Y25, cond=CREDIT),
        "co23": lambda: orders(*Y25, cond=CREDIT),
        "co24": lambda: events_sum("tp_retirement", "e.tonnes", *H1_26),
        "co25": lambda: orders(*Y25, cond=f"{CREDIT} AND o.project_type = 'methane'", col="o.tonnes"),
        "co27": lambda: top_events_count("tp_project_selection", "e.项目类型", *Y25, cond="e.market = 'CN'",
                                         margin=1.4),
        "co28": lambda: orders_status_share("cancelled", *Y25, cond=CREDIT),
        "co29": lambda: top_orders("o.market", *Y25, cond=f"o.market <> 'CN'"),
        "co30": lambda: orders_count("2026-03-09", "2026-03-15", cond=CREDIT),
        # ---- money
        "co31": lambda: orders(*Y25),
        "co32": lambda: orders_change(H1_25, H1_26),
        "co33": lambda: orders(*Q1_26, cond=SUBS),
        "co34": lambda: orders(*Q1_25, cond=SUBS),
        "co35": lambda: per_customer(*Y25),
        "co36": lambda: orders(*ALL, status="refunded"),
        "co37": lambda: top_orders("c.行业", *H2_25, join="JOIN customers c USING (customer_id)", margin=1.2),
        # ---- retirement and certificates
        "co38": lambda: retire_days(*month(2026, 3), cond="e.standard = 'Gold Standard'"),
        "co39": lambda: retire_days(*month(2026, 2), cond="e.standard = 'Gold Standard'"),
        "co40": lambda: conv("purchase_to_certificate", *Y25),
        "co41": lambda: reissue_rate(*Y25, cond="e.market = 'CN'"),
        "co42": lambda: top_reissue("e.market", *ALL),
        "co43": lambda: top_events_count("tp_certificate", "e.错误类型", *ALL, cond="e.action = 'reissued'",
                                         margin=2),
        # ---- invoices
        "co45": lambda: events_avg("tp_invoice", "e.days_to_issue", *Y25, cond="e.invoice_type = 'special_vat'"),
        # ---- annual report and renewal
        "co47": lambda: conv("report_to_renewal", *Y25, later=True),
        "co48": lambda: conv("report_to_renewal", *TO_END_26),
        "co49": lambda: conv("report_to_renewal", *TO_END_26, cond=REISSUED_BEFORE),
        "co50": lambda: events_share("tp_annual_report", "e.days_late > 0", *TO_END_26),
        "co51": lambda: rank_conv("report_to_renewal", *ALL, "c.market", MARKETS, margin=1.1),
        # ---- customers
        "co52": lambda: customers_count("c.segment = 'churned'"),
        "co53": lambda: customers_count("c.acquisition_channel = 'partner_referral'"),
        # ---- support tickets
        "co54": lambda: events_at("tp_support_ticket", *Y25, cond="e.ticket_category = 'certificate'"),
        "co55": lambda: events_avg("tp_support_ticket", "e.first_response_hours", *Y25),
        # ---- feedback
        "co56": lambda: fb_topic_count(CERT_T),
        "co57": lambda: top_fb_count("f.touchpoint_id", CERT_T, margin=3),
        "co58": lambda: fb_topic_count(CALC_T, _in("f.ts", *month(2025, 11))),
        "co59": lambda: nps_share(_in("f.ts", *Y25)),
        "co60": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'review_site' AND {_in('f.ts', *Y25)}"),
        "co61": lambda: top_fb_count("f.touchpoint_id", f"f.rating <= 2 AND {_in('f.ts', *H2_25)}", margin=1.2),
        "co62": lambda: fb_avg(f"f.channel = 'webinar_poll' AND {_in('f.ts', *Y25)}"),
        "co63": lambda: fb_avg(f"f.channel = 'webinar_poll' AND f.webinar_id LIKE '%EN' AND {_in('f.ts', *Y25)}"),
        "co64": lambda: feedback_ids(INV_T),
        "co65": lambda: fb_topic_count(SLOW_T, _in("f.ts", "2026-03-01", "2026-04-30")),
        "co66": lambda: fb_topic_count(GREEN_T),
        "co67": lambda: fb_topic_count(PRICE_T),
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
