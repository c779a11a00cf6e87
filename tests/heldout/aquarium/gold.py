"""Gold answers for the 水族坊 AquaHaven held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (purchase 14 d, delivery 3 d, setup 45 d,
  claim 14 d, repurchase 90 d); rates are per customer (people); the tolerance covers both readings (later steps
  allowed after the period end, or not), except where the question says later steps count. "Where do we lose the
  most" = the step whose next step is not reached by the most people (the loss between step k and k+1 is attributed
  to step k). A funnel split by a customer attribute filters the step-1 people by that attribute;
- an order (basket) = one `session_id` AB000123: [tp_repurchase,] tp_order, tp_pay, tp_dispatch, tp_delivered (delivery
  only), tp_setup_book, tp_setup_visit, tp_water_test (post-set-up re-test), tp_claim, tp_claim_done, tp_rate. A
  maintenance plan = `session_id` MP00012: tp_maint_signup, tp_maint_visit (monthly), tp_maint_cancel. Walk-in water
  tests have no session. "Paid orders" = tp_pay events (one per basket); per-order rates count baskets whose first
  event at the named step A falls in the period (by its date) and look for step B in the same basket at any time;
  basket attributes (store, 门店城市 / store_city, 品类 / category, 配送方式 / courier) are read from the step-A event;
- DOA rate = tp_delivered events with action `delivered_doa` / all tp_delivered events in the period; claim rate = paid
  orders with a tp_claim / paid orders; post-set-up water-test fail rate = tp_water_test rows with test_source
  `post_setup` and action `fail` / all post_setup tests;
- times between steps = per session, first B ts - first A ts (B after A), period by the date of A; minutes / days as
  asked; technician lateness = `late_minutes` of tp_maint_visit;
- money = orders with status `paid` (refunded and cancelled orders are no revenue), by order ts; revenue = livestock
  + plants + equipment + set-up fees + maintenance-plan fees + delivery fees; refunds = `refund_amount` of
  tp_claim_done events by resolution date; spend per paying customer = paid amount / customers with >= 1 paid order
  in the period;
- customer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (store, 门店城市, 城市, 玩家类型, 品类, 配送方式, 会员等级), en ones against store_en / store_city / region /
  keeper_type / category / courier / acquisition_channel / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`; rating by step = feedback.touchpoint_id
  over rows with a rating; negative = 1-2 stars when the question says so; NPS = survey `nps` 0-10, NPS score =
  share 9-10 minus share 0-6 (as a fraction);
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; a week is Monday..Sunday.
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


# ---------- per session (basket / plan) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    """share of sessions with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
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


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond, b_cond="1=1"):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp, b_cond)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days", b_cond="1=1"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_agg(tp, expr, start, end, cond="1=1", agg="avg"):
    v = one(f"SELECT {agg}({expr}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.1, abs(float(v)) * 0.03), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_agg(tp, expr, by, start, end, agg="median", margin=1.25):
    rows = q(f"SELECT {by}, {agg}({expr}) v FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}"
             f" AND {by} IS NOT NULL GROUP BY 1 ORDER BY v DESC")
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


def top_per_customer(by, start, end, min_n=1, margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
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
    if topic and one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
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
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
SUMMER_25 = ("2025-07-01", "2025-08-31")
ICH_WIN = ("2026-03-01", "2026-04-15")
(DISCOVER, CONSULT, ORDER, PAY, DISPATCH, DELIVERED, SETUP_BOOK, SETUP_VISIT, WATER_TEST, MAINT_SIGNUP, MAINT_VISIT,
 MAINT_CANCEL, CLAIM, CLAIM_DONE, RATE, REPURCHASE) = (
    "tp_discover", "tp_consult", "tp_order", "tp_pay", "tp_dispatch", "tp_delivered", "tp_setup_book",
    "tp_setup_visit", "tp_water_test", "tp_maint_signup", "tp_maint_visit", "tp_maint_cancel", "tp_claim",
    "tp_claim_done", "tp_rate", "tp_repurchase")
APP = "f.channel = 'mini_program_review'"
DOA = "e.action = 'delivered_doa'"
POST = "e.test_source = 'post_setup'"
DOA_T = _like("f.text", ["翻肚", "到货死", "已经死了", "死鱼", "dead on arrival", "arrived dead", "dead fish"])
ICH_T = _like("f.text", ["白点", ", ich", "brought ich"])
CLOUDY_T = _like("f.text", ["水发白", "氨氮", "cloudy", "ammonia"])
SLOW_T = _like("f.text", ["理赔", "申请包活", "claim"])
LATE_T = _like("f.text", ["迟到", "late"])
PRICEY_T = _like("f.text", ["比网上贵", "overpriced", "more than online"])
EXPERT_T = _like("f.text", ["专业", "knows his stuff", "expert advice"])
HEALTHY_T = _like("f.text", ["很精神", "很健康", "healthy"])
SCAPE_T = _like("f.text", ["造景", "aquascape"])


ALL = ("2025-01-01", "2026-06-30")


def gold():
    return {
        # ---- funnels / conversion
        "aq01": lambda: conv("purchase", *Y25),
        "aq02": lambda: top_lost("purchase", *Q4_25),
        "aq03": lambda: rank_conv("purchase", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "aq04": lambda: conv("purchase", *Y25, cond="c.acquisition_channel = 'friend'"),
        "aq05": lambda: conv("purchase", *H1_26, cond="c.\"获客渠道\" = '小红书'"),
        "aq06": lambda: conv("setup", *Y25),
        "aq07": lambda: rate(PAY, CLAIM, *Y25),
        "aq08": lambda: rank_rate(PAY, CLAIM, *ICH_WIN, by="a.store", margin=1.5),
        "aq09": lambda: rate(PAY, CLAIM, *ICH_WIN, "a.store_id = 'S04'"),
        "aq10": lambda: rank_rate(PAY, CLAIM, *Y25, by="a.category", margin=1.25),
        "aq11": lambda: rate(PAY, CLAIM, *Y25, "a.category = 'freshwater'"),
        "aq12": lambda: rank_rate(PAY, CLAIM, *H2_25, by="a.store_en", margin=1.5),
        "aq13": lambda: top_events_share(DELIVERED, DOA, "e.courier", *SUMMER_25, margin=2.0),
        "aq14": lambda: events_share(DELIVERED, DOA, *SUMMER_25, "e.courier = 'van'"),
        "aq15": lambda: step_time(DISPATCH, DELIVERED, *Y25, "a.courier = 'flash'", unit="minutes"),
        "aq16": lambda: events_share(WATER_TEST, "e.action = 'fail'", *Y25, POST),
        "aq17": lambda: top_events_share(WATER_TEST, "e.action = 'fail'", "e.store_city", *ALL, POST, margin=2.0),
        "aq18": lambda: events_share(SETUP_VISIT, "e.fish_in_same_day", *ALL, "e.store_city = 'Hangzhou'"),
        "aq19": lambda: conv("repurchase", *H1_25, unbounded_only=True),
        "aq20": lambda: rank_conv("repurchase", *H1_25, by='c."玩家类型"', lowest=True, margin=1.15,
                                  unbounded_only=True),
        "aq21": lambda: step_time(CLAIM, CLAIM_DONE, *Y25, "a.category = 'coral'", b_cond="resolution = 'replace'"),
        "aq22": lambda: step_time(CLAIM, CLAIM_DONE, *Y25, "a.category = 'freshwater'",
                                  b_cond="resolution = 'replace'"),
        "aq23": lambda: events_agg(MAINT_VISIT, "e.late_minutes", *Y25, "e.store_city = 'Shenzhen'"),
        "aq24": lambda: events_share(MAINT_VISIT, "e.late_minutes > 60", *H1_26, "e.store_city = 'Shenzhen'"),
        "aq25": lambda: rank_rate(MAINT_SIGNUP, MAINT_CANCEL, *Y25, by="a.store_city", min_n=30, margin=1.2),
        # ---- money
        "aq26": lambda: orders(*Q4_25),
        "aq27": lambda: orders(*month(2026, 5)),
        "aq28": lambda: orders(*month(2026, 4)),
        "aq29": lambda: orders(*Y25, "o.order_type = 'maintenance_plan'"),
        "aq30": lambda: orders_change(H1_25, H1_26),
        "aq31": lambda: events_sum(CLAIM_DONE, "e.refund_amount", *Y25),
        "aq32": lambda: top_orders("o.store_en", *Y25),
        "aq33": lambda: top_orders('o."品类"', *Y25, "o.order_type = 'livestock'", margin=1.15),
        "aq34": lambda: per_customer(*Y25),
        "aq35": lambda: per_customer(*Y25, "c.\"玩家类型\" = '海水玩家'"),
        "aq36": lambda: top_per_customer("c.keeper_type", *Y25, margin=1.3),
        "aq37": lambda: orders(*month(2026, 1), "o.order_type = 'livestock' AND o.category = 'goldfish'"),
        "aq38": lambda: orders(*Y25, status="cancelled"),
        # ---- volumes / trends
        "aq40": lambda: events_at(PAY, "2025-04-14", "2025-04-20"),
        "aq41": lambda: events_at(PAY, *month(2026, 1)),
        "aq42": lambda: events_at(PAY, *month(2026, 2)),
        "aq45": lambda: events_change(PAY, Q3_25, Q4_25),
        "aq46": lambda: events_at(SETUP_VISIT, *Y25),
        "aq47": lambda: events_at(CLAIM, *H1_26, "e.claim_reason = 'ich'"),
        # ---- customers
        "aq48": lambda: customers_share("c.keeper_type = 'reef'"),
        "aq49": lambda: customers_count("c.\"城市\" = '上海' AND c.\"会员等级\" = '金鳞会员'"),
        "aq50": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        "aq51": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'", margin=1.1),
        # ---- feedback
        "aq52": lambda: fb_topic_count(DOA_T, "doa"),
        "aq53": lambda: fb_topic_count(ICH_T, "ich"),
        "aq54": lambda: top_fb_count("f.store", ICH_T),
        "aq55": lambda: fb_topic_count(CLOUDY_T, "cloudy"),
        "aq56": lambda: top_fb_count('f."门店城市"', CLOUDY_T, margin=1.8),
        "aq57": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "aq58": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.5),
        "aq59": lambda: fb_avg(f"{APP} AND f.store_city = 'Hangzhou' AND {_in('f.ts', *Y25)}", tol=0.03),
        "aq60": lambda: top_fb_count("f.store", EXPERT_T, margin=2.0),
        "aq61": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "aq62": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}"),
        "aq63": lambda: fb_topic_count(LATE_T, "late_tech"),
        "aq64": lambda: feedback_ids(f"{DOA_T} AND {_in('f.ts', *SUMMER_25)}"),
        "aq65": lambda: fb_avg("f.channel = 'dianping_review'", tol=0.03),
    }


def checks():
    """topic markers must match the generator's truth."""
    for cond, topic in ((DOA_T, "doa"), (ICH_T, "ich"), (CLOUDY_T, "cloudy"), (SLOW_T, "claim_slow"),
                        (LATE_T, "late_tech"), (PRICEY_T, "pricey"), (EXPERT_T, "expert"), (HEALTHY_T, "healthy"),
                        (SCAPE_T, "scape")):
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
