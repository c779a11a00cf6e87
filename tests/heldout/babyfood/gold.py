"""Gold answers for the 小禾 LittleSprout held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer (a family / parent account) reaches step k with an event at step k's touchpoint
  after reaching step k-1, within the journey window from their first step-1 event in the period (onboarding 14 d,
  weekly_box 7 d, consult 14 d, referral 30 d, winback 60 d); rates are per customer; the tolerance covers both
  readings (later steps allowed after the period end, or not) unless the question says later steps count. "Where do
  we lose the most" = the step k whose next step is not reached by the most people. A funnel split by a customer
  attribute filters the step-1 people by that attribute (attributes as stored in customers.csv);
- a weekly box = one `session_id` (BX000123): tp_skip, or tp_customize (optional), tp_ship, tp_deliver,
  tp_complaint, tp_refund, tp_rate; a consult = one `session_id` (CS00012): tp_consult_ask, tp_consult_reply,
  tp_consult_pkg. Box rates are over events of the named step in the period by their date (thawed share = share of
  tp_deliver events with box_condition 'thawed'; wrong stage = tp_ship events whose stage_shipped differs from
  baby_stage); skip rate = tp_skip / (tp_skip + tp_ship) events in the period;
- times between steps = per session, first B ts - first A ts (B after A), period by the date of A, attributes from
  A; minutes or hours as asked; weekend = Saturday/Sunday of the ask;
- money = orders with status `paid` (refunded boxes are no revenue), by order ts; revenue = trial boxes + weekly boxes
  + add-on snacks + consult packages; refunds = `refund_amount` of tp_refund events by refund date; spend per paying
  family = paid amount / customers with >= 1 paid order in the period;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (城市, 获客渠道, 配送商, 宝宝月龄段, 过敏原, 咨询套餐, 暂停原因), en ones against city / region / courier /
  box_size / acquisition_channel / touchpoint_id / snack;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); app ratings = channel `app_review` (1-5); rating by step = feedback.touchpoint_id over
  rows with a rating; NPS survey = channel `survey`, `nps` 0-10, detractors 0-6;
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


# ---------- per session (box / consult) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="hours"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))


def step_time_share(a_tp, b_tp, start, end, thr, unit="minutes", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, unit="hours", margin=1.25):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / {UNITS[unit]}) m {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY m DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, margin=1.25, min_n=1):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} "
             f"ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def skip_rate(start, end):
    s = one(f"SELECT count(*) FROM events WHERE touchpoint_id = 'tp_skip' AND {_in('ts', start, end)}")
    d = one(f"SELECT count(*) FROM events WHERE touchpoint_id = 'tp_ship' AND {_in('ts', start, end)}")
    return dict(value=round(s / (s + d), 4), tolerance=0.01)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def refund_share(start, end, cond="1=1"):
    v = one(f"SELECT avg((o.status = 'refunded')::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def per_customer_orders(start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


def top_orders(by, start, end, cond="1=1", margin=1.15, count=False):
    agg = "count(*)" if count else "sum(o.amount)"
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_paying_customers(by, margin=1.2):
    rows = q(f"""SELECT {by}, count(*) n FROM customers c WHERE c.customer_id IN
                 (SELECT customer_id FROM orders WHERE status = 'paid') GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


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


def fb_avg(cond, col="f.rating", tol=0.03):
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


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26 = quarter(2026, 1)
Q3_25, Q4_25 = quarter(2025, 3), quarter(2025, 4)
STAGE_BUG = ("2026-03-02", "2026-04-12")
APP = "f.channel = 'app_review'"
THAWED = "e.box_condition = 'thawed'"
WRONG = "e.stage_shipped <> e.baby_stage"
WEEKEND = "dayofweek(a.t) IN (0, 6)"
THAW_T = _like("f.text", ["化冻", "化了", "thawed"])
ALLERGEN_T = _like("f.text", ["疹", "过敏原", "过敏档案", "allergic", "rash", "allergy profile", "hives"])
STAGE_T = _like("f.text", ["月龄段", "升阶", "wrong stage", "wrong age stage"])
SLOW_T = _like("f.text", ["营养师回复太慢", "等了快两个小时", "咨询营养师要等好久", "nutritionist to reply",
                          "nutritionist reply was", "chat took forever"])
PRICE_T = _like("f.text", ["贵", "pricey", "expensive"])
TASTY_T = _like("f.text", ["爱吃", "光盘", "吃得很香", "loves", "clean plate"])


def gold():
    return {
        # ---- funnels / conversion
        "bf01": lambda: conv("onboarding", *Y25),
        "bf02": lambda: top_lost("onboarding", *Q4_25),
        "bf03": lambda: rank_conv("onboarding", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "bf04": lambda: conv("onboarding", *Y25, cond="c.acquisition_channel = 'referral'"),
        "bf05": lambda: conv("onboarding", *H1_26, cond="c.\"获客渠道\" = '小红书'"),
        "bf06": lambda: rank_conv("onboarding", *H2_25, by='c."获客渠道"', margin=1.15),
        "bf07": lambda: conv("consult", *H2_25),
        "bf08": lambda: conv("winback", *Q1_26, unbounded_only=True),
        "bf09": lambda: conv("referral", *Y25),
        "bf10": lambda: conv("referral", *Y25, cond="c.\"城市\" = '深圳'"),
        # ---- per-box rates
        "bf11": lambda: events_share("tp_deliver", THAWED, *Q3_25, "e.city = 'Shenzhen'"),
        "bf12": lambda: events_share("tp_deliver", THAWED, *Q3_25, "e.city = 'Beijing'"),
        "bf13": lambda: top_events_share("tp_deliver", THAWED, 'e."配送商"', *Q3_25, margin=3),
        "bf15": lambda: top_events_share("tp_deliver", THAWED, "e.city", *Y25, margin=2),
        "bf16": lambda: events_share("tp_ship", WRONG, *STAGE_BUG),
        "bf17": lambda: events_share("tp_ship", WRONG, "2026-01-01", "2026-02-28"),
        "bf18": lambda: skip_rate(*month(2026, 2)),
        "bf19": lambda: events_at("tp_skip", *month(2026, 2)),
        "bf20": lambda: events_at("tp_skip", *month(2026, 1)),
        # ---- times between steps
        "bf21": lambda: step_time("tp_consult_ask", "tp_consult_reply", *Y25, WEEKEND, unit="minutes"),
        "bf22": lambda: step_time("tp_consult_ask", "tp_consult_reply", *Y25, f"NOT ({WEEKEND})", unit="minutes"),
        "bf23": lambda: step_time_share("tp_consult_ask", "tp_consult_reply", *Y25, 60),
        "bf24": lambda: step_time("tp_complaint", "tp_refund", *H2_25),
        "bf25": lambda: step_time("tp_complaint", "tp_refund", *Y25, "a.issue_type = 'thawed'", agg="avg"),
        "bf26": lambda: step_time("tp_ship", "tp_deliver", *Q3_25, "a.city = 'Shenzhen'", agg="avg"),
        "bf27": lambda: top_step_time("tp_ship", "tp_deliver", *Q3_25, by="b.courier"),
        # ---- money
        "bf28": lambda: orders(*Q4_25),
        "bf29": lambda: orders(*month(2026, 4)),
        "bf30": lambda: orders(*month(2026, 3)),
        "bf32": lambda: orders_change(H2_25, H1_26),
        "bf33": lambda: events_sum("tp_refund", "e.refund_amount", *Y25, "e.refund_reason = 'thawed'"),
        "bf34": lambda: events_sum("tp_refund", "e.refund_amount", *month(2026, 3)),
        "bf35": lambda: top_orders('o."城市"', *Y25, "o.order_type = 'weekly_box'"),
        "bf37": lambda: per_customer(*Y25),
        "bf40": lambda: top_orders('o."咨询套餐"', *Y25, "o.order_type = 'consult_package'", count=True, margin=1.25),
        "bf41": lambda: per_customer_orders(*Y25, "o.order_type = 'weekly_box'"),
        "bf43": lambda: orders_count("2025-12-08", "2025-12-14", "o.order_type = 'trial_box'"),
        "bf47": lambda: events_change("tp_ship", Q4_25, Q1_26),
        "bf48": lambda: customers_count(_in("c.signup_at", *H2_25)),
        "bf50": lambda: top_orders("o.snack", *Y25, "o.order_type = 'addon_snack'", margin=1.1),
        # ---- customers
        "bf51": lambda: customers_count("c.segment = 'active'"),
        "bf52": lambda: customers_share("c.allergy = 'egg'", "c.signup_at IS NOT NULL"),
        "bf54": lambda: top_paying_customers("c.region"),
        "bf55": lambda: top_events_count("tp_pause", 'e."暂停原因"', *H1_26, margin=1.1),
        "bf56": lambda: top_events_count("tp_pause", "e.baby_stage", *Y25, margin=2),
        "bf57": lambda: top_events_count("tp_consult_ask", 'e."咨询主题"', *Y25, margin=1.2),
        # ---- feedback
        "bf58": lambda: fb_topic_count(THAW_T, "thawed"),
        "bf59": lambda: top_fb_count("f.city", THAW_T, margin=1.5),
        "bf60": lambda: fb_topic_count(ALLERGEN_T, "allergen", period=_in("f.ts", *month(2025, 11))),
        "bf61": lambda: top_fb_count('f."过敏原"', ALLERGEN_T, margin=1.3),
        "bf62": lambda: fb_topic_count(STAGE_T, "wrong_stage"),
        "bf63": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "bf64": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.2),
        "bf65": lambda: rank_fb_avg("f.city", f"{APP} AND {_in('f.ts', *Y25)}", 100, margin=0.15, highest=True),
        "bf66": lambda: fb_avg(f"{APP} AND f.city = 'Shenzhen' AND {_in('f.ts', *Q3_25)}"),
        "bf67": lambda: fb_avg(f"{APP} AND f.city = 'Shenzhen' AND {_in('f.ts', '2025-04-01', '2025-06-30')}"),
        "bf68": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "bf69": lambda: fb_ratio("f.nps <= 6", f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}"),
        "bf70": lambda: feedback_ids(SLOW_T),
        "bf72": lambda: fb_topic_count(PRICE_T, "pricey", period=_in("f.ts", *H1_26)),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((SLOW_T, "consult_slow"), (TASTY_T, "tasty")):
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
