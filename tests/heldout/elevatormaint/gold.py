"""Gold answers for the 升安 LiftCare elevator-maintenance held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "accounts" = rows of customers.csv (one property-management account = one building project);
  attributes (city = region / 城市, property_type / 物业类型, plan / 维保类型, tier / 客户等级, segment) are as stored,
  i.e. the state at the end of the data; zh questions are checked against the Chinese twins, en ones against the
  English values / station_en / touchpoint_id;
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (onboarding 30 d, repair 2 d, parts 45 d,
  inspection 60 d, renewal 60 d); rates are per customer; the tolerance covers both readings (later steps allowed
  after the period end, or not) unless the question says later steps count. "Where do we lose the most" = the step
  whose next step is not reached by the most people (loss between k and k+1 attributed to step k). A funnel split by
  an attribute filters the step-1 customers by that customer attribute;
- a work order = one session_id (WO000123): tp_fault_report, tp_dispatch, tp_arrive, [tp_parts_quote,
  tp_parts_order, tp_parts_install], tp_repair, [tp_rate]. Per-work-order rates count work orders whose first event
  at step A falls in the period and look for step B in the same work order at any time; attributes (fault_type /
  故障类型, priority, station / station_en, brand / 品牌, plan) are read from the step-A event; property type from
  the customer. First-time fix rate = share of fault work orders that needed no parts quote;
- times between steps = per work order, first B ts - first A ts (B after A), the period by the date of A; SLA breach =
  dispatch -> technician on site strictly longer than 30 minutes;
- annual inspections: tp_inspection rows with attempt = 1 are first attempts; action pass / fail;
- money = orders with status `paid`, by order ts (refunded and unpaid orders are no revenue); revenue = new contracts
  + renewals + parts + emergency call-out fees + inspection service fees; spend per paying account = paid amount /
  accounts with >= 1 paid order in the period; invoice days = invoice_issued_at - ts of paid orders;
- feedback: "all data" includes the undated rows (paper_card); topic counts by text markers with a 5 % tolerance
  (checked against _truth/feedback_truth.csv); in-app ratings = channel `app_review`; negative = 1-2 stars when the
  question says so; likelihood to recommend = survey `nps` (0-10), promoters = 9-10;
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
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true, "
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


def conv(journey, start, end, cond="1=1", unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=20, unbounded_only=False):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in ((False,) if unbounded_only else (False, True)):
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


# ---------- per work order (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", negate=False):
    v = sess_rate(a_tp, b_tp, start, end, cond)[0][0]
    return dict(value=round(1 - v if negate else v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", margin=1.25, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by)
    if lowest:
        rows = rows[::-1]
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))


def step_time_share(a_tp, b_tp, start, end, thr, unit="minutes", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, cond="1=1", unit="minutes", margin=1.25):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / {UNITS[unit]}) m {_gap(a_tp, b_tp, start, end, cond)} "
             f"GROUP BY 1 ORDER BY m DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
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


def top_per_customer(by, start, end, min_n, margin=1.3):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    assert rows[0][0] != big[0][0], rows[:3]          # a tiny group tops the raw list
    return dict(top_entity=big[0][0])


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def invoice_days(start, end):
    v = one(f"""SELECT avg(epoch(invoice_issued_at - ts) / 86400) FROM orders o WHERE status = 'paid'
                AND {_in('o.ts', start, end)} AND invoice_issued_at IS NOT NULL""")
    assert one(f"SELECT count(*) FROM orders o WHERE status = 'paid' AND {_in('o.ts', start, end)} "
               "AND invoice_issued_at IS NULL") == 0
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.2):
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


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.2, highest=False):
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
JAN_SEP_25 = ("2025-01-01", "2025-09-30")
Q1_26, Q3_25, Q4_25 = quarter(2026, 1), quarter(2025, 3), quarter(2025, 4)
MAY_JUN_25, JUL_AUG_25 = ("2025-05-01", "2025-06-30"), ("2025-07-01", "2025-08-31")
YTD_26 = ("2026-01-01", "2026-08-20")
(LEAD, SURVEY, QUOTE, CONTRACT, MAINT, FAULT, DISPATCH, ARRIVE, REPAIR, PQUOTE, PORDER, PINSTALL, SELFCHECK,
 INSPECTION, CERT, INVOICE, RATE, NOTICE, RENEW) = (
    "tp_lead", "tp_survey", "tp_quote", "tp_contract", "tp_maintenance", "tp_fault_report", "tp_dispatch",
    "tp_arrive", "tp_repair", "tp_parts_quote", "tp_parts_order", "tp_parts_install", "tp_selfcheck",
    "tp_inspection", "tp_cert", "tp_invoice", "tp_rate", "tp_renewal_notice", "tp_renew")
APP = "f.channel = 'app_review'"
TRAPPED = "a.fault_type = 'trapped'"
SPECIAL = "f.property_name = 'Suzhou Jinji Lake Gardens'"
WAIT_T = _like("f.text", ["被困在电梯里", "困人报修后等了", "被关在轿厢里", "trapped in the lift",
                          "trapped-passenger call took", "stuck in the car"])
INVOICE_T = _like("f.text", ["发票", "专票", "invoice"])
NOISE_T = _like("f.text", ["异响", "噪音", "咣当", "grinding noise", "rattling", "banging sound"])
TECH_T = _like("f.text", ["很专业也很耐心", "服务态度好", "professional and patient", "great attitude"])
PRICE_T = _like("f.text", ["涨了", "涨价", "renewal price went up", "fee increase"])
PSLOW_T = _like("f.text", ["等配件", "迟迟不到货", "days for the part", "still not delivered"])


def _d(col, period):
    return _in(col, *period)


def gold():
    return {
        # ---- funnels / conversion
        "em01": lambda: conv("onboarding", *Y25),
        "em02": lambda: top_lost("onboarding", *JAN_SEP_25),
        "em03": lambda: rank_conv("onboarding", *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "em04": lambda: conv("onboarding", *Y25, cond="c.acquisition_channel = 'referral'"),
        "em05": lambda: conv("renewal", *Y25, unbounded_only=True),
        "em06": lambda: rank_conv("renewal", *H1_26, by="c.region", lowest=True, margin=1.3, unbounded_only=True),
        "em07": lambda: conv("renewal", *H1_26, cond="c.region = 'Hangzhou'", unbounded_only=True),
        "em08": lambda: conv("renewal", *Y25, cond="c.property_type = 'residential'", unbounded_only=True),
        "em09": lambda: rate(PQUOTE, PORDER, *H2_25),
        "em10": lambda: rank_rate(PQUOTE, PORDER, *Y25, by='c."物业类型"', lowest=True, margin=1.2),
        "em11": lambda: step_time(PQUOTE, PORDER, *Y25, cond="c.property_type = 'residential'", unit="days"),
        # ---- annual inspection
        "em12": lambda: events_share(INSPECTION, "e.action = 'pass'", *Y25, cond="e.attempt = 1"),
        "em13": lambda: top_events_share(INSPECTION, "e.action = 'fail'", "e.plan", *Y25, cond="e.attempt = 1"),
        "em14": lambda: events_share(INSPECTION, "e.action = 'pass'", *Y25, cond="e.attempt = 1 AND e.plan = 'full'"),
        "em15": lambda: events_at(INSPECTION, *H1_26, cond="e.attempt = 1 AND e.action = 'fail'"),
        # ---- response and repair
        "em16": lambda: step_time(DISPATCH, ARRIVE, *Y25, cond=TRAPPED, unit="minutes"),
        "em17": lambda: step_time_share(DISPATCH, ARRIVE, *H2_25, 30, cond=TRAPPED),
        "em18": lambda: top_step_time(DISPATCH, ARRIVE, *H2_25, by="a.station", cond=TRAPPED),
        "em19": lambda: step_time(DISPATCH, ARRIVE, *H1_25, cond=TRAPPED + " AND a.station_id = 'SH-PD'",
                                  unit="minutes"),
        "em20": lambda: step_time(FAULT, REPAIR, *Q4_25, cond="a.priority = 'P3'", unit="hours"),
        "em21": lambda: step_time(DISPATCH, ARRIVE, *month(2026, 2), cond="a.priority = 'P3'", agg="avg",
                                  unit="hours"),
        "em23": lambda: rate(FAULT, PQUOTE, *Y25, negate=True),
        "em24": lambda: rank_rate(FAULT, PQUOTE, *Y25, by='a."品牌"', margin=1.5),
        "em25": lambda: events_at(FAULT, *month(2025, 8)),
        "em26": lambda: events_at(FAULT, *month(2025, 5)),
        "em27": lambda: events_at(FAULT, *Q3_25, cond="e.fault_type = 'trapped'"),
        "em28": lambda: top_events_count(FAULT, "e.fault_type", *Y25),
        "em29": lambda: events_share(FAULT, "e.report_channel = 'app'", *Y25),
        "em30": lambda: events_change(FAULT, MAY_JUN_25, JUL_AUG_25),
        "em33": lambda: events_at(MAINT, *Q1_26),
        # ---- money
        "em34": lambda: orders(*Q3_25),
        "em35": lambda: orders(*month(2026, 3)),
        "em36": lambda: orders(*month(2026, 2)),
        "em37": lambda: orders(*Y25, cond="o.order_type = 'parts'"),
        "em38": lambda: top_orders("o.city", *Y25, margin=1.3),
        "em39": lambda: orders_change(H1_25, H1_26),
        "em40": lambda: per_customer(*Y25),
        "em41": lambda: top_per_customer('c."物业类型"', *Y25, min_n=30),
        "em42": lambda: orders(*Y25, cond="o.order_type = 'callout'"),
        "em43": lambda: _money(one("SELECT sum(amount) FROM orders WHERE status = 'unpaid'")),
        "em44": lambda: orders(*Y25, status="refunded"),
        "em45": lambda: invoice_days(*Q1_26),
        "em46": lambda: invoice_days(*Q4_25),
        "em47": lambda: events_at(CONTRACT, *Y25),
        # ---- customers
        "em49": lambda: customers_count("c.region = 'Suzhou' AND c.segment = 'churned'"),
        "em50": lambda: customers_count("c.\"城市\" = '杭州' AND c.\"客户等级\" = '大客户'"),
        "em51": lambda: customers_share("c.property_type = 'residential'"),
        "em52": lambda: customers_count(_d("c.signup_at", quarter(2025, 2))),
        "em53": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'"),
        # ---- feedback
        "em54": lambda: fb_topic_count(WAIT_T),
        "em55": lambda: top_fb_count("f.station_en", WAIT_T, margin=3),
        "em56": lambda: fb_topic_count(INVOICE_T, _d("f.ts", Q1_26)),
        "em57": lambda: top_fb_count('f."项目名称"', NOISE_T, margin=3),
        "em58": lambda: fb_avg(f"{SPECIAL} AND f.channel = 'resident_qr'"),
        "em59": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_d('f.ts', Y25)}"),
        "em60": lambda: rank_fb_avg("f.city", f"{APP} AND {_d('f.ts', Y25)}", min_n=100, highest=True),
        "em61": lambda: fb_avg(f"{APP} AND f.station_id = 'SH-PD' AND {_d('f.ts', H2_25)}"),
        "em62": lambda: fb_topic_count(PRICE_T, _d("f.ts", YTD_26)),
        "em63": lambda: feedback_ids(INVOICE_T),
        "em65": lambda: fb_avg(f"f.channel = 'survey' AND {_d('f.ts', Y25)}", col="f.nps", tol=0.05),
        "em66": lambda: fb_ratio("f.nps >= 9", f"f.channel = 'survey' AND {_d('f.ts', H1_26)}"),
        "em67": lambda: fb_topic_count(TECH_T),
        "em68": lambda: fb_avg("f.channel = 'paper_card'"),
    }


def checks():
    """every topic marker must match the generator's truth exactly."""
    for cond, topic in ((WAIT_T, "trapped_wait"), (INVOICE_T, "invoice"), (NOISE_T, "noise"), (TECH_T, "tech_praise"),
                        (PRICE_T, "renewal_price"), (PSLOW_T, "parts_slow")):
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
