"""Gold answers for the 表匠 TimeKeep watch-service held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint strictly after reaching step
  k-1, within the journey window from their first step-1 event in the period (online_repair 60 d, store_repair 60 d,
  quote_approval 14 d, parts_supply 120 d, membership 30 d); rates are per person (customer_id); the tolerance
  covers both readings (later steps allowed after the period end, or not). "Where do we lose the most" = the step
  whose next step is not reached by the most people (the loss between step k and k+1 is attributed to step k);
- a session_id is one service job (JOB…; warranty jobs WR…). Per-job rates count jobs whose first A event falls in
  the period and look for B in the same job (any time up to the end of the data, 2026-08-31); a job's centre,
  brand, service type and device are read from its A event, the acquisition channel from the customers table.
  Quote approval rate per quote = quoted jobs with a tp_approve / quoted jobs. Courier collection rate = online
  requests at the mainland centres (SH01, SZ01; Hong Kong and Singapore have no courier collection) with a
  tp_courier_pickup in the same job. First-attempt water-test fail rate = tp_water_test rows with attempt_no = 1
  and action 'fail' / all attempt_no = 1 rows, by test date;
- times between steps = B ts - A ts of the same job in fractional days, median over jobs whose A falls in the
  period (turnaround = tp_intake -> tp_ready; parts wait = tp_parts_order -> tp_parts_arrive by order date;
  collection lag = tp_ready -> tp_pickup);
- volumes = event rows at the touchpoint (exact duplicate rows loaded once), e.g. watches taken in = tp_intake rows;
- money = orders with status `paid` by order ts. Across centres or "in RMB" = `amount_cny`; a question naming one
  centre's own currency (HKD for Hong Kong, SGD for Singapore) = `amount` of that centre. Revenue = every paid order
  (service, diagnostic fee on declined quotes, membership fees, courier fees); "service revenue" = order_type
  service; refunds = order_type service with status refunded; spend per customer = paid amount / distinct payers;
- A/B test quote_video_2026: a customer converts when they have a tp_approve at or after their assigned_at (any
  time up to the end of the data); rates per assigned customer;
- customer attributes as stored (customers table, state at the end of the data); zh questions are checked against
  the Chinese twins (centre, 品牌, 拒绝原因, 获客渠道), en ones against the English values (centre_en, brand,
  decline_reason, acquisition_channel);
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); star ratings = rows with a rating (app_review, dianping, google_review); negative =
  1-2 stars; NPS = survey `nps`, NPS score = share 9-10 minus share 0-6 (a fraction);
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; a week is
  Monday..Sunday; "2025" = the whole calendar year (the data starts 2025-03-01).
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
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1)")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def _assert_margin(rows, margin, lowest=False):
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]


# ---------- funnels (per person, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM fev e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", unbounded_only=False):
    """unbounded_only: the question says later steps count up to the end of the data."""
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def top_lost(journey, start, end, margin=1.2):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per job (session_id) ----------

def _firsts(tp, start, end):
    """the first A event of each job in the period, with its customer row."""
    return f"""(SELECT * FROM (SELECT e.*, row_number() OVER (PARTITION BY e.session_id ORDER BY e.ts) rn
                FROM events e WHERE e.touchpoint_id = '{tp}' AND e.session_id IS NOT NULL) WHERE rn = 1
                AND {_in('ts', start, end)})"""


def _rate_rows(a, b, start, end, cond="1=1", by=None):
    grp = f"{by}, " if by else ""
    return q(f"""SELECT {grp} avg((EXISTS (SELECT 1 FROM events x WHERE x.session_id = a.session_id
                        AND x.touchpoint_id = '{b}' AND x.ts >= a.ts))::int) r, count(*) n
                 FROM {_firsts(a, start, end)} a JOIN customers c USING (customer_id)
                 WHERE ({cond}) {'AND ' + by + ' IS NOT NULL GROUP BY 1' if by else ''}""")


def rate(a, b, start, end, cond="1=1"):
    r, n = _rate_rows(a, b, start, end, cond)[0]
    assert n >= 20, n
    return dict(value=round(r, 4), tolerance=0.01)


def rank_rate(a, b, start, end, by, margin=1.1, lowest=False, min_n=30, cond="1=1"):
    rows = [r for r in _rate_rows(a, b, start, end, cond, by) if r[2] >= min_n]
    rows.sort(key=lambda r: r[1], reverse=not lowest)
    _assert_margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def _times(a, b, start, end, cond="1=1"):
    return f"""SELECT a.*, date_diff('second', a.ts, (SELECT min(x.ts) FROM events x WHERE x.session_id = a.session_id
                      AND x.touchpoint_id = '{b}' AND x.ts >= a.ts)) / 86400.0 AS d
               FROM {_firsts(a, start, end)} a JOIN customers c USING (customer_id) WHERE ({cond})"""


def step_time(a, b, start, end, cond="1=1"):
    v, n = q(f"SELECT median(d), count(d) FROM ({_times(a, b, start, end, cond)}) WHERE d IS NOT NULL")[0]
    assert n >= 20, n
    return dict(value=round(v, 2), tolerance=round(max(0.3, v * 0.05), 2))


def top_step_time(a, b, start, end, by, margin=1.2, min_n=20, cond="1=1"):
    rows = q(f"""SELECT {by}, median(d) m, count(d) n FROM ({_times(a, b, start, end, cond)}) a
                 WHERE d IS NOT NULL GROUP BY 1 HAVING count(d) >= {min_n} ORDER BY m DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def wt_fail(start, end, cond="1=1"):
    v, n = q(f"""SELECT avg((e.action = 'fail')::int), count(*) FROM events e WHERE e.touchpoint_id = 'tp_water_test'
                 AND e.attempt_no = 1 AND {_in('e.ts', start, end)} AND ({cond})""")[0]
    assert n >= 50, n
    return dict(value=round(v, 4), tolerance=0.01)


def top_wt_fail(start, end, by, margin=1.5):
    rows = q(f"""SELECT {by}, avg((e.action = 'fail')::int) r FROM events e WHERE e.touchpoint_id = 'tp_water_test'
                 AND e.attempt_no = 1 AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY r DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def events_all(tp, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND ({cond})"),
                tolerance=0.5)


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"""SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def top_month_count(tp, start, end, margin=1.02):
    rows = q(f"SELECT strftime(e.ts, '%Y-%m'), count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC")
    _assert_margin(rows, margin)
    return dict(value=rows[0][1], tolerance=0.5)


def avg_event(col, tp, start, end, cond="1=1"):
    v, n = q(f"SELECT avg({col}), count({col}) FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond})")[0]
    assert n >= 20, n
    return dict(value=round(float(v), 2), tolerance=round(float(v) * 0.01, 2))


# ---------- A/B ----------

def ab_rate(variant):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                       AND e.touchpoint_id = 'tp_approve' AND e.ts >= x.assigned_at))::int)
                FROM experiments x WHERE experiment_id = 'quote_video_2026' AND variant = '{variant}'""")
    return dict(value=round(v, 4), tolerance=0.01)


def ab_diff(a, b):
    return dict(value=round(ab_rate(a)["value"] - ab_rate(b)["value"], 4), tolerance=0.01)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", col="o.amount_cny"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_all(cond, col="o.amount_cny"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE {cond}"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount_cny) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount_cny) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount_cny) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1, agg="sum", lowest=False):
    rows = q(f"""SELECT {by}, {agg}(o.amount_cny) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n {'' if lowest else 'DESC'}""")
    _assert_margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers_by(by, cond, margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def top_events_by(col, tp, start, end, margin=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND {col} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.2, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
Q2_25, Q4_25 = quarter(2025, 2), quarter(2025, 4)
ALL = ("2025-01-01", "2026-08-31")
YTD26 = ("2026-01-01", "2026-08-31")
OMEGA_WIN = ("2025-12-01", "2026-03-31")
SH_RUSH = ("2025-11-01", "2026-01-31")
SZ_SUMMER = ("2025-06-01", "2025-08-31")
BUG = ("2026-04-13", "2026-05-24")
(AD, REQ, COLLECT, INTAKE, DIAG, QUOTE, APPROVE, DECLINE, PORDER, PARRIVE, OVERHAUL, WTEST, POLISH, READY, PICKUP,
 CRETURN, WARRANTY, COMPLAINT, JOIN, REVIEW) = (
    "tp_ad", "tp_online_request", "tp_courier_pickup", "tp_intake", "tp_diagnosis", "tp_quote", "tp_approve",
    "tp_decline", "tp_parts_order", "tp_parts_arrive", "tp_overhaul", "tp_water_test", "tp_polish", "tp_ready",
    "tp_pickup", "tp_courier_return", "tp_warranty_claim", "tp_complaint", "tp_member_join", "tp_review")
MAINLAND = "a.centre_id IN ('SH01', 'SZ01')"
RATED = "f.rating IS NOT NULL"
TOPIC_MARKERS = {
    "slow": ["周期", "turnaround"], "no_update": ["进度", "no update"],
    "pricey": ["贵", "expensive", "overpriced", "pricey"], "parts": ["配件", "parts"],
    "scratch": ["划痕", "scratch"], "fog": ["起雾", "fog"], "courier": ["快递", "courier"],
    "accuracy": ["走时", "accuracy"], "watchmaker": ["师傅", "watchmaker"],
    "like_new": ["焕然一新", "like new"], "staff": ["服务态度", "staff"], "quick": ["比预期快", "quicker than"]}
TP = {k: _like("f.text", v) for k, v in TOPIC_MARKERS.items()}


def gold():
    return {
        # ---- funnels / conversion
        "wr01": lambda: conv("online_repair", *Y25, unbounded_only=True),
        "wr02": lambda: top_lost("online_repair", *H1_26),
        "wr03": lambda: rate(REQ, COLLECT, *BUG, f"{MAINLAND} AND a.device = 'android'"),
        "wr04": lambda: rate(REQ, COLLECT, *BUG, f"{MAINLAND} AND a.device = 'ios'"),
        "wr05": lambda: rate(REQ, COLLECT, "2026-02-01", "2026-03-31", f"{MAINLAND} AND a.device = 'android'"),
        "wr06": lambda: conv("quote_approval", *Y25),
        "wr07": lambda: rank_rate(QUOTE, APPROVE, *Y25, by='c."获客渠道"', margin=1.05),
        "wr08": lambda: rate(QUOTE, APPROVE, *Y25, "c.acquisition_channel = 'xiaohongshu'"),
        "wr09": lambda: conv("membership", *Y25),
        "wr10": lambda: conv("store_repair", *H1_26, unbounded_only=True),
        # ---- step times
        "wr11": lambda: top_step_time(PORDER, PARRIVE, *OMEGA_WIN, by='a."品牌"', margin=1.2),
        "wr12": lambda: step_time(PORDER, PARRIVE, *OMEGA_WIN, "a.brand = 'Omega'"),
        "wr13": lambda: top_step_time(PORDER, PARRIVE, "2025-03-01", "2025-11-30", by="a.brand", margin=1.1),
        "wr14": lambda: step_time(INTAKE, READY, *SH_RUSH, "a.centre_id = 'SH01'"),
        "wr15": lambda: step_time(INTAKE, READY, *SH_RUSH, "a.centre_id = 'SZ01'"),
        "wr16": lambda: top_step_time(READY, PICKUP, *ALL, by="a.centre_en", margin=1.8),
        "wr17": lambda: step_time(READY, PICKUP, *ALL, "a.centre_id = 'HK01'"),
        "wr18": lambda: step_time(QUOTE, APPROVE, *H1_26),
        # ---- water test / warranty
        "wr19": lambda: top_wt_fail(*SZ_SUMMER, by="e.centre", margin=2.0),
        "wr20": lambda: wt_fail(*SZ_SUMMER, "e.centre_id = 'SZ01'"),
        "wr21": lambda: wt_fail(*H1_26, "e.centre_id = 'SZ01'"),
        "wr22": lambda: events_all(WARRANTY, "e.centre_id = 'SZ01' AND e.claim_reason = 'fog'"),
        "wr23": lambda: top_events_count(WARRANTY, "e.centre", *ALL, margin=1.15),
        # ---- volumes
        "wr24": lambda: events_at(INTAKE, *month(2026, 1)),
        "wr25": lambda: top_month_count(INTAKE, *Y25, margin=1.0),
        "wr26": lambda: events_at(REQ, "2026-03-02", "2026-03-08"),
        "wr27": lambda: events_at(REQ, *month(2026, 8)),
        # ---- declines
        "wr28": lambda: top_events_by('e."拒绝原因"', DECLINE, *Y25, margin=1.5),
        "wr29": lambda: events_at(DECLINE, *Q1_26),
        "wr30": lambda: rate(QUOTE, DECLINE, *Y25, "a.brand = 'Patek Philippe'"),
        # ---- A/B
        "wr31": lambda: ab_rate("video_quote"),
        "wr32": lambda: ab_rate("text_quote"),
        "wr33": lambda: ab_diff("video_quote", "text_quote"),
        # ---- money
        "wr34": lambda: orders(*Y25),
        "wr35": lambda: orders(*Q1_26, "o.centre_id = 'HK01'", col="o.amount"),
        "wr36": lambda: orders(*H1_26, "o.centre_id = 'SG01' AND o.order_type = 'service'", col="o.amount"),
        "wr37": lambda: top_orders("o.centre", *H1_26, margin=1.1, lowest=True),
        "wr38": lambda: top_orders("o.brand", *Y25, "o.order_type = 'service'", margin=1.08, agg="avg"),
        "wr39": lambda: orders(*Y25, "o.order_type = 'diagnostic_fee'"),
        "wr40": lambda: orders(*YTD26, "o.order_type = 'membership'"),
        "wr41": lambda: per_customer(*Y25, "o.order_type = 'service'"),
        "wr42": lambda: orders_change(Q2_25, Q2_26, "o.order_type = 'service'"),
        "wr43": lambda: orders_all("o.order_type = 'service' AND o.status = 'refunded'"),
        "wr44": lambda: orders(*Q2_26, "o.centre_id = 'SZ01'"),
        # ---- customers
        "wr45": lambda: customers_count("c.tier = 'gold'"),
        "wr46": lambda: customers_count("c.region = 'Singapore'"),
        "wr47": lambda: top_customers_by("c.acquisition_channel", "c.region = 'Hong Kong'", margin=1.2),
        "wr48": lambda: customers_share("c.segment = 'at_risk'"),
        # ---- feedback
        "wr49": lambda: fb_topic_count(TP["slow"]),
        "wr50": lambda: fb_topic_count(TP["parts"]),
        "wr51": lambda: fb_topic_count(TP["fog"]),
        "wr52": lambda: top_fb_count("f.centre_en", TP["fog"], margin=1.4),
        "wr53": lambda: fb_topic_count(TP["scratch"]),
        "wr54": lambda: fb_topic_count(TP["courier"]),
        "wr55": lambda: fb_topic_count(TP["watchmaker"]),
        "wr56": lambda: fb_topic_count(TP["like_new"]),
        "wr57": lambda: fb_avg(f"f.channel = 'dianping' AND {_in('f.ts', *Y25)}"),
        "wr58": lambda: fb_ratio("f.rating <= 2", f"{RATED} AND {_in('f.ts', *Y25)}"),
        "wr59": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *YTD26)}"),
        "wr60": lambda: nps_score("f.channel = 'survey' AND f.centre_id = 'SG01'"),
        "wr61": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.15, highest=True),
        "wr63": lambda: feedback_ids(TP["pricey"]),
        "wr64": lambda: fb_count("f.ts IS NULL"),
        "wr65": lambda: fb_topic_count(TP["accuracy"]),
        # ---- quotes
        "wr71": lambda: avg_event("e.quote_cny", QUOTE, *Y25, "e.brand = 'Rolex' AND e.service_type = 'full_service'"),
        "wr72": lambda: avg_event("e.quote_cny", QUOTE, *Y25,
                                  "e.brand = 'Patek Philippe' AND e.service_type = 'full_service'"),
    }


def checks():
    for topic, cond in TP.items():
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
        print(it["id"], it["lang"], it["question"][:70], shown)
    print("status-only ok items:", status_only)
    langs = [it["lang"] for it in items]
    print("items", len(items), "zh", langs.count("zh"), "en", langs.count("en"),
          "statuses", {s: sum(1 for it in items if it["expect"]["status"] == s) for s in ("ok", "unsupported",
                                                                                         "clarify")},
          "follow-ups", sum(1 for it in items if "follow_up_of" in it),
          "as_of", sum(1 for it in items if "as_of" in it))
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
