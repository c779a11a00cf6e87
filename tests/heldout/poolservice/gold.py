"""Gold answers for the 碧波 ClearPool held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (sales 30 d, onboarding 14 d, repair 14 d,
  renewal 45 d); rates are per customer (people); the tolerance covers both readings (later steps allowed after the
  period end, or not). "Where do we lose the most" = the step whose next step is not reached by the most people (the
  loss between step k and k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1
  people by that attribute (attributes as stored in customers.csv);
- per-job / per-visit / per-lead rates use `session_id` (LD = lead: enquiry, survey, quote; RJ = repair job: request,
  done; VS = visit: cleaning visit and its water test; CT = contract: contract / renewal / cancel / reminders /
  openings / closings / chemicals). A job counts in a period by the date of its first event at the named step A;
  its attributes (equipment, city, team) are read from the step-A event;
- times between steps = per job, first B ts - first A ts, period by the date of A; days fractional (tolerance also
  covers whole calendar days); "more than X days" is strict;
- visits: a cleaning visit = a tp_visit event (visit_result completed or skipped = no-show); water tests = tp_water_test
  events (one per completed visit); "failed / 不达标" = test_result 'fail' (free chlorine outside 1-3 ppm or pH outside
  7.2-7.8), pass rate = share of tests with 'pass'; readings averaged per test;
- money = orders with status `paid` (refunded orders are no revenue), by order ts; revenue = contracts (new and
  renewal) + repair jobs + chemicals + seasonal opening / closing; refunds paid back on cancelled contracts =
  `refund_amount` of tp_cancel events by cancel date; spend per paying customer = paid amount / customers with >= 1
  paid order in the period; new contracts = tp_contract events (renewals are tp_renew);
- customer counts from customers.csv (everyone who ever enquired = a lead; attributes are the state at the end of the
  data); zh questions are checked against the Chinese twins (城市, 物业类型, 服务套餐, 获客渠道, 设备类型), en ones
  against the English values / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); visit CSAT = channel `wechat_csat` (1-5); rating by step = feedback.touchpoint_id over
  rows with a rating (wechat_csat and dianping_review); negative = 1-2 stars when the question says so; NPS survey =
  channel nps_survey, `nps` 0-10, promoters 9-10, detractors 0-6;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; a week is Monday..Sunday.
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
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1, "
                    "all_varchar=true)")


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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


# ---------- funnels (per customer, DATA.md rule) ----------

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


def conv(journey, start, end, cond="1=1", upto=None):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        k = len(c) - 1 if upto is None else upto
        vals.append(c[k] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0], c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        if lowest:
            assert rows[1][1] > rows[0][1] * margin, rows[:3]
        else:
            assert rows[0][1] > rows[1][1] * margin, rows[:3]
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


# ---------- per job / lead / visit (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def rate(a_tp, b_tp, start, end, cond="1=1"):
    v = one(f"""SELECT avg((b.session_id IS NOT NULL)::int) FROM {_first(a_tp)} a
                LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b USING (session_id)
                WHERE {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond)}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_time_share(a_tp, b_tp, start, end, thr, cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / 86400.0 > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, margin=1.25):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / 86400.0) m {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY m DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_avg(tp, col, start, end, cond="1=1", tol=0.01):
    v = one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 3), tolerance=tol)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, margin=1.25, min_n=1):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY r DESC")
    rows = [r for r in rows if r[2] >= min_n]
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, margin=1.2, cond="1=1"):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_per_customer(by, start, end, min_n, margin=1.1, trap=True):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]          # a tiny group tops the raw list
    return dict(top_entity=big[0][0])


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
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


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.25, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25 = quarter(2025, 3), quarter(2025, 4)
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
SUMMER_25 = ("2025-07-01", "2025-08-31")
MAR_AUG_26 = ("2026-03-01", "2026-08-31")
MAR_AUG_25 = ("2025-03-01", "2025-08-31")
WINTER = ("2025-12-01", "2026-02-28")
RENEW_PERIOD = ("2025-12-01", "2026-07-15")
ENQ, SURVEY, QUOTE, CONTRACT, OPENING, VISIT, TEST, CHEM, REQ, DONE, CLOSING, CANCEL, NOTICE, RENEW = (
    "tp_enquiry", "tp_survey", "tp_quote", "tp_contract", "tp_opening", "tp_visit", "tp_water_test", "tp_chem_order",
    "tp_repair_request", "tp_repair_done", "tp_closing", "tp_cancel", "tp_renewal_notice", "tp_renew")
CSAT = "f.channel = 'wechat_csat'"
NPS = "f.channel = 'nps_survey'"
SKIP = "e.visit_result = 'skipped'"
ALGAE_T = _like("f.text", ["绿水", "长藻", "algae", "green"])
NOSHOW_T = _like("f.text", ["没来", "没上门", "放鸽子", "didn't show", "no-show", "never showed"])
HEATER_T = _like("f.text", ["加热器", "heater"])
PUMP_T = _like("f.text", ["水泵", "pump"])
CLOUDY_T = _like("f.text", ["浑", "眼睛", "cloudy", "eyes"])
PRICE_T = _like("f.text", ["太贵", "有点贵", "expensive"])
SURVEY_T = _like("f.text", ["勘察", "survey"])
CLEAR_T = _like("f.text", ["清澈", "crystal clear"])
PUNCT_T = _like("f.text", ["准时", "on time", "punctual"])
RENEWP_T = _like("f.text", ["续约涨价", "renewal price"])


def gold():
    return {
        # ---- funnels / conversion
        "ps01": lambda: conv("sales", *Y25),
        "ps02": lambda: top_lost("sales", *Q2_26),
        "ps03": lambda: rank_conv("sales", *Y25, by="c.acquisition_channel", lowest=True, margin=1.4),
        "ps04": lambda: conv("sales", *Y25, cond="c.acquisition_channel = 'referral'"),
        "ps05": lambda: rank_conv("sales", *Y25, by='c."物业类型"', margin=1.15),
        "ps06": lambda: rate(SURVEY, QUOTE, *Y25),
        "ps07": lambda: conv("onboarding", *H1_26),
        "ps08": lambda: conv("repair", *Y25),
        "ps09": lambda: conv("renewal", *RENEW_PERIOD),
        "ps10": lambda: rank_conv("renewal", *RENEW_PERIOD, by="c.plan", margin=1.15, min_n=20),
        # ---- visits / water tests
        "ps11": lambda: events_share(VISIT, SKIP, *SUMMER_25, "e.\"城市\" = '三亚'"),
        "ps12": lambda: events_share(VISIT, SKIP, *SUMMER_25, "e.city = 'Shenzhen'"),
        "ps13": lambda: top_events_share(VISIT, SKIP, "e.city", *SUMMER_25, margin=2.0),
        "ps14": lambda: events_share(TEST, "e.free_chlorine_ppm < 1.0", *SUMMER_25, "e.\"城市\" = '三亚'"),
        "ps15": lambda: events_avg(TEST, "e.ph", *MAR_AUG_26, "e.city = 'Xiamen'"),
        "ps16": lambda: events_avg(TEST, "e.ph", *MAR_AUG_25, "e.\"城市\" = '厦门'"),
        "ps17": lambda: top_events_share(TEST, "e.test_result = 'fail'", "e.city", *H1_26, margin=2.0),
        "ps18": lambda: events_share(TEST, "e.test_result = 'pass'", *Q2_26),
        # ---- repairs
        "ps19": lambda: step_time(REQ, DONE, *Y25, "a.equipment = 'heater'"),
        "ps20": lambda: step_time(REQ, DONE, *Y25, "a.equipment = 'pump'"),
        "ps21": lambda: top_step_time(REQ, DONE, *H1_26, by='a."设备类型"'),
        "ps22": lambda: step_time(REQ, DONE, *WINTER, "a.\"设备类型\" = '加热器'", agg="avg"),
        "ps23": lambda: step_time_share(REQ, DONE, *Y25, 7),
        "ps24": lambda: top_events_count(REQ, 'e."设备类型"', *Y25, margin=1.2),
        # ---- money
        "ps25": lambda: orders(*Q3_25),
        "ps26": lambda: orders(*H1_26, "o.order_type = 'repair'"),
        "ps27": lambda: orders_change(H1_25, H1_26),
        "ps28": lambda: orders(*month(2026, 7), "o.order_type = 'chemicals'"),
        "ps29": lambda: orders(*month(2026, 6), "o.order_type = 'chemicals'"),
        "ps30": lambda: top_orders("o.city", *Y25, "o.order_type = 'contract'", margin=1.15),
        "ps31": lambda: top_orders('o."服务套餐"', *Y25, "o.order_type = 'contract'", margin=1.5),
        "ps32": lambda: events_sum(CANCEL, "e.refund_amount", *Y25),
        "ps33": lambda: orders(*Y25, "o.order_type = 'seasonal'"),
        "ps34": lambda: per_customer(*Y25),
        "ps35": lambda: top_per_customer("c.pool_type", *Y25, min_n=50, margin=1.2),
        "ps36": lambda: per_customer(*H1_26),
        # ---- volumes
        "ps37": lambda: events_at(CONTRACT, "2025-04-07", "2025-04-13"),
        "ps38": lambda: events_at(CONTRACT, *month(2026, 5)),
        "ps39": lambda: events_at(CONTRACT, *month(2025, 5)),
        "ps42": lambda: events_change(VISIT, Q4_25, Q1_26, "e.visit_result = 'completed'"),
        "ps43": lambda: events_at(OPENING, *Y25),
        "ps44": lambda: events_at(CLOSING, *Y25),
        "ps45": lambda: events_at(REQ, *month(2026, 2)),
        # ---- customers
        "ps46": lambda: customers_share("c.property_type = 'hotel'"),
        "ps47": lambda: customers_count("c.region = 'Shanghai' AND c.plan = 'premium'"),
        "ps48": lambda: customers_count(_in("c.signup_at", *Q4_25)),
        "ps49": lambda: top_customers('c."获客渠道"', margin=1.15),
        # ---- feedback
        "ps50": lambda: fb_topic_count(ALGAE_T, "algae"),
        "ps51": lambda: top_fb_count("f.city", ALGAE_T, margin=1.5),
        "ps52": lambda: fb_avg(f"{CSAT} AND f.city = 'Sanya' AND {_in('f.ts', *SUMMER_25)}", tol=0.03),
        "ps53": lambda: fb_avg(f"{CSAT} AND f.city = 'Sanya' AND {_in('f.ts', '2025-04-01', '2025-06-30')}",
                               tol=0.03),
        "ps54": lambda: fb_topic_count(NOSHOW_T, "no_show", period=_in("f.ts", *Y25)),
        "ps55": lambda: fb_topic_count(HEATER_T, "heater"),
        "ps56": lambda: fb_ratio("f.rating <= 2", f"{CSAT} AND {_in('f.ts', *Y25)}"),
        "ps57": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *H1_26), 30, margin=0.3),
        "ps58": lambda: fb_avg(f"{NPS} AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "ps59": lambda: fb_ratio("f.nps >= 9", f"{NPS} AND {_in('f.ts', *H1_26)}"),
        "ps60": lambda: feedback_ids(f"{CLOUDY_T} AND f.city = 'Xiamen'"),
        "ps62": lambda: fb_topic_count(PRICE_T, "price"),
        "ps63": lambda: fb_topic_count(CLEAR_T, "clear", period=_in("f.ts", *H1_26)),
        "ps64": lambda: fb_topic_count(RENEWP_T, "renew_price"),
        "ps65": lambda: fb_ratio("f.nps <= 6", f"{NPS} AND {_in('f.ts', *H1_26)}"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((PUMP_T, "pump"), (CLOUDY_T, "cloudy"), (SURVEY_T, "survey_late"), (PUNCT_T, "punctual")):
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
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
