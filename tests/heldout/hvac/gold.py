"""Gold answers for the 暖通家 ComfortAir held-out batch, from plain DuckDB SQL over the raw CSVs of generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (sales 30 d, delivery 60 d, repair 14 d,
  care 90 d); rates are per customer (people); the tolerance covers both readings (later steps allowed after the
  period end, or not), except where the question says later steps count. "Where do we lose the most" = the step
  whose next step is not reached by the most people (the loss between step k and k+1 is attributed to step k).
  A funnel split by a customer attribute filters the step-1 people by that attribute;
- a job = one `session_id` JB00001 (tp_survey_book, tp_survey, tp_quote, tp_contract, [tp_cancel, tp_refund],
  tp_install, tp_commission 1..n, tp_rate); a repair ticket = one `session_id` RP00001 (tp_repair_call,
  tp_dispatch, tp_onsite, [tp_parts, tp_refund], tp_fixed); per-job / per-ticket rates count sessions whose first
  event at step A falls in the period and look for step B (matching its condition) in the same session at any
  time; job / ticket attributes (city / 城市, crew, product line, fault, emergency, needs_parts) come from the
  step-A event. "Failed commissioning" = a tp_commission event with action `fail` (a failure is always the first
  attempt's);
- times between steps = per session, first B ts - first A ts (B after A), the period by the date of A; hours or
  days as asked (days fractional; the tolerance also covers whole calendar days); "more than X" is strict;
- money = orders with status `paid`, by order ts (refunded orders are no revenue); refunds = orders with status
  `refunded` by `refunded_at`; spend per paying customer = paid amount / customers with >= 1 paid order in the
  period; average bill = mean amount of paid orders of that type;
- customer attributes are as stored (state at the end of the data, June 2026); "on a plan" = tier <> 'none';
  zh questions are checked against the Chinese twins (城市, 户型, 获客渠道, 产品线, crew), en ones against the
  English values / touchpoint_id / crew_en / brand_en / part_en;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); install-survey ratings = channel `install_survey` (1-5 stars plus `nps` 0-10),
  repair ratings = channel `repair_survey`; promoters = nps 9-10; rating by step = feedback.touchpoint_id over rows
  with a rating; negative = 1-2 stars;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of`; a week is Monday..Sunday.
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


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30, unbounded_only=False):
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


# ---------- per job / ticket (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, trap=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:        # the minimum size matters: a small group tops the raw list
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_time_share(a_tp, b_tp, start, end, thr, unit="days", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, margin=1.3):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t)) m, count(*) {_gap(a_tp, b_tp, start, end, '1=1')} "
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


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def avg_order(start, end, cond):
    v = one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def refunds(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'refunded' "
                      f"AND {_in('o.refunded_at', start, end)} AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def order_share(num, start, end, cond):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_order_share(num, by, start, end, cond, min_n, margin=1.5):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM orders o WHERE {_in('o.ts', start, end)} "
             f"AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_per_customer(by, start, end, min_n, margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    assert rows[0][0] != big[0][0], rows[:3]          # a small group tops the raw list
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


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


ALL = ("2025-01-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25, H1_26 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-06-30")
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
HEATWAVE = ("2025-07-10", "2025-08-20")
WINTER = ("2025-12-01", "2026-01-31")
HZ_SLOW = ("2025-04-01", "2025-09-30")
(ENQ, SBOOK, SURVEY, QUOTE, CONTRACT, CANCEL, REFUND, INSTALL, COMMISSION, RATE, PLAN, MAINT, CALL, DISPATCH, ONSITE,
 PARTS, FIXED) = ("tp_enquiry", "tp_survey_book", "tp_survey", "tp_quote", "tp_contract", "tp_cancel", "tp_refund",
                  "tp_install", "tp_commission", "tp_rate", "tp_plan", "tp_maint", "tp_repair_call", "tp_dispatch",
                  "tp_onsite", "tp_parts", "tp_fixed")
INST_S = "f.channel = 'install_survey'"
REP_S = "f.channel = 'repair_survey'"
FAIL = "action = 'fail'"
SLOW_T = _like("f.text", ["等了", "没人上门", "waited", "nobody came"])
REWORK_T = _like("f.text", ["返工", "冷媒泄漏", "调试没通过", "rework", "refrigerant leak", "failed commissioning"])
NOISE_T = _like("f.text", ["噪音", "声音很大", "嗡嗡", "noisy", "noise", "humming"])
MESS_T = _like("f.text", ["没清理", "灰尘", "一地", "left a mess", "dust", "debris"])
PRICEY_T = _like("f.text", ["太贵", "贵了", "比别家贵", "expensive", "overpriced", "pricey"])
QSLOW_T = _like("f.text", ["报价拖了", "方案迟迟", "quote took", "chase the quote", "still no quote"])
BOILER_T = _like("f.text", ["壁挂炉", "boiler"])
PART_T = _like("f.text", ["尺寸不对", "发错", "wrong filter", "wrong size", "wrong part"])
PRO_T = _like("f.text", ["很专业", "手艺好", "professional", "skilled"])
COMFORT_T = _like("f.text", ["很舒服", "温度很均匀", "comfortable", "even temperature"])
SURVEY_T = _like("f.text", ["勘测很仔细", "thorough survey"])
TOPICS = {"slow_response": SLOW_T, "rework": REWORK_T, "noise": NOISE_T, "mess": MESS_T, "pricey": PRICEY_T,
          "quote_slow": QSLOW_T, "boiler": BOILER_T, "wrong_part": PART_T, "pro_crew": PRO_T, "comfort": COMFORT_T,
          "survey_good": SURVEY_T}


def gold():
    return {
        # ---- funnels / conversion
        "hv01": lambda: conv("sales", *Y25),
        "hv02": lambda: top_lost("sales", *Q2_25),
        "hv03": lambda: rank_conv("sales", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "hv04": lambda: conv("sales", *Y25, cond="c.acquisition_channel = 'referral'"),
        "hv05": lambda: conv("delivery", *H1_25, unbounded_only=True),
        "hv06": lambda: rate(QUOTE, CONTRACT, *Y25),
        "hv07": lambda: rate(QUOTE, CONTRACT, *Y25, cond="a.city = 'Hangzhou'"),
        "hv08": lambda: conv("repair", *H1_26),
        "hv09": lambda: conv("care", *H1_25, unbounded_only=True),
        "hv10": lambda: rank_conv("care", *Y25, by='c."户型"', min_n=20, margin=1.2, unbounded_only=True),
        # ---- installation quality
        "hv11": lambda: rate(INSTALL, COMMISSION, *Y25, b_cond=FAIL),
        "hv12": lambda: rank_rate(INSTALL, COMMISSION, *ALL, by="a.crew", b_cond=FAIL, min_n=50, margin=1.8,
                                  trap=True),
        "hv13": lambda: rate(INSTALL, COMMISSION, *ALL, cond="a.crew_id = 'C08'", b_cond=FAIL),
        # ---- times between steps
        "hv14": lambda: step_time(CALL, ONSITE, *Q3_25, unit="hours"),
        "hv15": lambda: step_time(CALL, ONSITE, *Q1_26, unit="hours"),
        "hv16": lambda: step_time_share(CALL, ONSITE, *HEATWAVE, 24, unit="hours", cond="a.is_emergency"),
        "hv17": lambda: top_step_time(SURVEY, QUOTE, *Y25, by='a."城市"'),
        "hv18": lambda: step_time(SURVEY, QUOTE, *HZ_SLOW, cond="a.city = 'Hangzhou'"),
        "hv19": lambda: step_time(CONTRACT, INSTALL, *Y25, agg="avg"),
        "hv20": lambda: step_time(CONTRACT, INSTALL, *Y25, cond="a.product_line = 'floor_heating'"),
        "hv21": lambda: step_time(ONSITE, FIXED, *Y25, cond="a.needs_parts"),
        "hv22": lambda: rate(CALL, PARTS, *Y25),
        # ---- money
        "hv23": lambda: orders(*Q3_25),
        "hv24": lambda: orders(*month(2026, 5)),
        "hv25": lambda: orders(*Y25, "o.order_type = 'maintenance_plan'"),
        "hv26": lambda: orders_change(H1_25, H1_26),
        "hv27": lambda: top_orders('o."产品线"', *Y25, "o.order_type = 'equipment'"),
        "hv28": lambda: refunds(*Q4_25),
        "hv29": lambda: order_share("o.status = 'refunded'", *Y25, "o.order_type = 'parts'"),
        "hv30": lambda: top_order_share("o.status = 'refunded'", "o.part_en", *ALL, "o.order_type = 'parts'", 20),
        "hv31": lambda: avg_order(*Y25, "o.order_type = 'repair'"),
        "hv32": lambda: per_customer(*Y25),
        "hv33": lambda: top_per_customer("c.home_type", *Y25, min_n=200),
        # ---- volumes / trends
        "hv34": lambda: events_at(CALL, *month(2025, 7)),
        "hv35": lambda: events_at(CALL, *month(2026, 1)),
        "hv38": lambda: events_change(CONTRACT, Q2_25, Q2_26),
        "hv39": lambda: events_at(CONTRACT, *Y25, "e.product_line = 'floor_heating'"),
        "hv40": lambda: events_at(SURVEY, "2025-05-12", "2025-05-18"),
        "hv41": lambda: events_at(MAINT, *month(2026, 5)),
        "hv42": lambda: orders(*Q1_26),
        "hv71": lambda: events_at(PLAN, *Y25, "e.action = 'buy' AND e.plan_type = 'total_care'"),
        # ---- customers
        "hv43": lambda: customers_count("c.acquisition_channel = 'developer_partner'"),
        "hv44": lambda: customers_count("c.\"城市\" = '上海' AND c.\"户型\" = '独栋别墅'"),
        "hv45": lambda: top_customers('c."获客渠道"'),
        "hv46": lambda: customers_share("c.tier <> 'none'"),
        # ---- feedback
        "hv47": lambda: fb_topic_count(SLOW_T),
        "hv48": lambda: top_fb_count("f.crew_en", REWORK_T, margin=1.5),
        "hv49": lambda: fb_avg(f"{INST_S} AND {_in('f.ts', *Y25)}"),
        "hv50": lambda: fb_avg(f"{INST_S} AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "hv51": lambda: fb_ratio("f.nps >= 9", f"{INST_S} AND {_in('f.ts', *H1_26)}"),
        "hv52": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.25),
        "hv53": lambda: fb_avg(f"{REP_S} AND {_in('f.ts', '2025-07-01', '2025-08-31')}", tol=0.03),
        "hv54": lambda: fb_avg(f"{REP_S} AND {_in('f.ts', '2025-04-01', '2025-06-30')}", tol=0.03),
        "hv55": lambda: fb_topic_count(NOISE_T),
        "hv56": lambda: top_fb_count("f.brand_en", NOISE_T, margin=2.0),
        "hv57": lambda: fb_topic_count(BOILER_T, period=_in("f.ts", *WINTER)),
        "hv58": lambda: fb_topic_count(PRICEY_T, period=_in("f.ts", *H2_25)),
        "hv59": lambda: fb_ratio("f.rating <= 2", f"{REP_S} AND {_in('f.ts', *Y25)}"),
        "hv60": lambda: feedback_ids(f"{REWORK_T} AND f.crew_id = 'C05'"),
        "hv62": lambda: rank_fb_avg("f.brand_en", f"{INST_S} AND f.product_line = 'fresh_air'", 10, margin=0.3),
    }


def checks():
    for topic, cond in TOPICS.items():
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
