"""Gold answers for the 安锁 KeyGuard held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (online_purchase 14 d, installation 30 d,
  lockout 1 d, aftersales 14 d, warranty 30 d, lockout_to_lock 90 d); rates are per customer (people); the tolerance
  covers both readings (later steps allowed after the period end, or not), except where the question says to count
  later steps. "Where do we lose the most" = the step whose next step is not reached by the most people (the loss
  between step k and k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1 people;
- a job / purchase / case = one `session_id`: lockout job J..., (call, dispatch, arrive | cancel, ID check, door
  opened); purchase P... (store visit | product view, cart, pay, return, install book, installer on site (1-2),
  install not finished, install done); after-sales case AS... (report, resolved, warranty claim, decision).
  Per-session rates count sessions whose first event at the named step A falls in the period (by its date) and look
  for step B (matching its condition) in the same session at any time; attributes (city, 时段 / is_night,
  lock type, channel, door type, model, team) are read from the step-A event;
- times between steps = per session, first B ts - first A ts (B after A), the period by the date of A; minutes,
  hours or days as asked (days fractional; the tolerance also covers whole calendar days); "more than X" is strict;
- money = orders with status `paid` by order ts (refunded orders are no revenue); revenue = all paid orders
  (lock products, installation fees, lockout jobs, call-out fees, after-sales parts); refunds = amount of orders
  with status `refunded` by `refunded_at`; spend per paying customer = paid amount / customers with a paid order in
  the period; "locks sold" = tp_pay events (one per purchase, returned ones included);
- customer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (城市, 获客渠道, 住房类型, 门类型, 锁类型), en ones against the English values / touchpoint_id / technician_team /
  product_model;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); rating by step = feedback.touchpoint_id over rated rows; negative = 1-2 stars when
  the question says so; NPS = share of 9-10 minus share of 0-6 over survey rows, as a fraction;
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
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
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


def top_lost(journey, start, end, margin=1.2, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_payers(by, start, end, margin=1.15):
    rows = q(f"""SELECT {by}, count(DISTINCT e.customer_id) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = 'tp_pay' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- per session ----------

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


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
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


def step_time_share(a_tp, b_tp, start, end, thr, unit="minutes", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, unit="minutes", margin=1.25, min_n=1, trap=False):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / {UNITS[unit]}) m, count(*) n "
             f"{_gap(a_tp, b_tp, start, end, '1=1')} GROUP BY 1 ORDER BY m DESC")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_avg(start, end, cond="1=1"):
    v = one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def refunds(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'refunded' "
                      f"AND {_in('o.refunded_at', start, end)} AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def orders_share(num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE o.status IN ('paid', 'refunded') "
            f"AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders_share(num, by, start, end, cond="1=1", margin=1.5):
    rows = q(f"SELECT {by}, avg(({num})::int) r FROM orders o WHERE o.status IN ('paid', 'refunded') "
             f"AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY r DESC")
    assert rows[0][1] > max(rows[1][1] * margin, 0.01), rows[:3]
    return dict(top_entity=rows[0][0])


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


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


def fb_topic_count(cond, topic=None, period="1=1"):
    if topic and HAS_TRUTH:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps(cond):
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
    assert rows[0][1] >= 10 and (len(rows) == 1 or rows[0][1] > rows[1][1] * margin), rows[:3]
    return dict(top_entity=rows[0][0])


HAS_TRUTH = False
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2025-01-01", "2026-07-31")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
WINTER = ("2025-12-01", "2026-02-28")
(DISCOVER, VIEW, CART, STORE, PAY, RETURN, BOOK, ARRIVE_I, FAIL_I, DONE_I, CALL, DISPATCH, ARRIVE_L, CANCEL, IDV,
 OPENED, AS_REP, AS_FIX, CLAIM, DECISION, REVIEW) = (
    "tp_discover", "tp_product_view", "tp_cart", "tp_store_visit", "tp_pay", "tp_return", "tp_install_book",
    "tp_install_arrive", "tp_install_fail", "tp_install_done", "tp_lockout_call", "tp_dispatch", "tp_lockout_arrive",
    "tp_lockout_cancel", "tp_id_verify", "tp_unlock_done", "tp_aftersales", "tp_aftersales_fixed",
    "tp_warranty_claim", "tp_warranty_decision", "tp_review")
ONLINE = "a.channel IN ('app', 'mini_program')"
SLOW_T = _like("f.text", ["来得太慢", "等了一个多小时", "等了快一个小时", "太慢了", "over an hour", "waited ages"])
GOUGE_T = _like("f.text", ["加价", "乱收费", "坐地起价", "more than the quote", "extra charge"])
ID_T = _like("f.text", ["身份核验", "没带合同", "核验身份", "id check", "proof of residence"])
BATTERY_T = _like("f.text", ["没电", "耗电", "耗光", "battery"])
FINGER_T = _like("f.text", ["指纹识别", "指纹经常", "fingerprint"])
INSTALL_T = _like("f.text", ["改孔", "开孔", "第二次", "re-drilling"])
APP_T = _like("f.text", ["连不上", "connect"])
WARRANTY_T = _like("f.text", ["保修", "warranty"])
FAST_T = _like("f.text", ["来得很快", "十几分钟就到", "很快就到", "quick and professional"])
GOOD_T = _like("f.text", ["锁很好用", "装完很满意", "质量不错", "love the lock", "great lock"])


def gold():
    return {
        # ---- funnels / conversion
        "ks01": lambda: conv("online_purchase", *Y25),
        "ks02": lambda: top_lost("online_purchase", *Q2_26),
        "ks03": lambda: conv("lockout", *Y25),
        "ks04": lambda: conv("lockout", *Y25, cond="c.housing = 'tenant'"),
        "ks05": lambda: top_lost("lockout", *Y25, cond="c.housing = 'tenant'", margin=1.4),
        "ks06": lambda: conv("installation", *H2_25),
        "ks07": lambda: conv("lockout_to_lock", *Y25, unbounded_only=True),
        "ks08": lambda: rank_conv("lockout_to_lock", *Y25, by="c.housing", margin=1.5, unbounded_only=True),
        "ks09": lambda: top_payers('c."获客渠道"', *Y25),
        "ks10": lambda: rate(CALL, OPENED, *Y25),
        "ks11": lambda: rate(CALL, CANCEL, *Y25, "a.is_night = 1"),
        "ks12": lambda: rate(CALL, CANCEL, *Y25, "a.is_night = 0"),
        "ks13": lambda: events_share(IDV, "e.action = 'fail'", *Y25, "c.housing = 'tenant'"),
        "ks14": lambda: events_share(IDV, "e.action = 'fail'", *Y25, "c.housing = 'owner'"),
        "ks15": lambda: rate(ARRIVE_I, FAIL_I, *H1_26, "a.door_type = 'fire_door'"),
        "ks16": lambda: rank_rate(ARRIVE_I, FAIL_I, *Y25, by="a.door_type", margin=2.0),
        "ks17": lambda: rate(PAY, RETURN, *Y25, ONLINE),
        "ks18": lambda: rate(PAY, RETURN, *Y25, "a.channel = 'partner_store'"),
        "ks19": lambda: rate(CLAIM, DECISION, *Y25, b_cond="action = 'approved'"),
        "ks20": lambda: rate(AS_REP, AS_FIX, *Y25),
        # ---- times between steps
        "ks21": lambda: step_time(CALL, ARRIVE_L, *Y25, unit="minutes"),
        "ks22": lambda: top_step_time(CALL, ARRIVE_L, *H1_26, by="a.city", min_n=50, trap=True),
        "ks23": lambda: step_time(CALL, ARRIVE_L, *H1_26, "a.city = 'Wuxi'", unit="minutes"),
        "ks24": lambda: step_time(CALL, ARRIVE_L, *Y25, "a.is_night = 1", unit="minutes"),
        "ks25": lambda: step_time_share(CALL, ARRIVE_L, *Y25, 60),
        "ks26": lambda: step_time(PAY, BOOK, *Y25, "a.channel = 'partner_store'", agg="avg"),
        "ks27": lambda: step_time(PAY, BOOK, *Y25, ONLINE, agg="avg"),
        "ks28": lambda: step_time(CLAIM, DECISION, *ALL),
        "ks29": lambda: step_time(AS_REP, AS_FIX, *month(2025, 12), "a.issue_type = 'battery'", unit="hours"),
        # ---- money
        "ks30": lambda: orders(*Y25),
        "ks31": lambda: orders(*month(2026, 4), "o.order_type = 'lockout'"),
        "ks32": lambda: orders(*month(2026, 3), "o.order_type = 'lockout'"),
        "ks33": lambda: orders(*month(2025, 11), "o.order_type = 'product'"),
        "ks34": lambda: orders_change(H1_25, H1_26),
        "ks35": lambda: refunds(*Q4_25),
        "ks36": lambda: top_orders("o.product_model", *Y25, "o.order_type = 'product'", margin=1.05),
        "ks37": lambda: top_orders('o."城市"', *Y25, "o.order_type = 'lockout'", margin=1.3),
        "ks38": lambda: orders_avg(*Y25, "o.order_type = 'lockout' AND o.is_night = 1"),
        "ks39": lambda: orders_avg(*Y25, "o.order_type = 'lockout' AND o.is_night = 0"),
        "ks40": lambda: top_orders_share("o.extra_charge > 0", "o.technician_team", *Y25, "o.order_type = 'lockout'"),
        "ks41": lambda: orders_share("o.extra_charge > 0", *Y25, "o.order_type = 'lockout' AND "
                                                               "o.technician_team = 'SZ-B'"),
        "ks42": lambda: per_customer(*Y25),
        # ---- volumes / trends
        "ks44": lambda: events_at(CALL, "2025-07-14", "2025-07-20"),
        "ks45": lambda: events_at(PAY, *month(2026, 6)),
        "ks46": lambda: events_at(PAY, *month(2026, 5)),
        "ks49": lambda: events_change(PAY, Q3_25, Q4_25),
        "ks50": lambda: events_at(CALL, *Y25, "e.\"锁类型\" = '保险柜'"),
        # ---- customers
        "ks51": lambda: customers_share("c.housing = 'tenant'"),
        "ks52": lambda: customers_count("c.\"城市\" = '合肥' AND c.\"首次需求\" = '紧急开锁'"),
        "ks53": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        "ks54": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'"),
        # ---- feedback
        "ks55": lambda: fb_topic_count(SLOW_T, "slow_arrival"),
        "ks56": lambda: top_fb_count("f.technician_team", GOUGE_T, margin=2.0),
        "ks57": lambda: fb_topic_count(BATTERY_T, "battery", period=_in("f.ts", "2025-12-01", "2026-01-31")),
        "ks58": lambda: top_fb_count("f.product_model", BATTERY_T, margin=1.5),
        "ks59": lambda: fb_avg(f"f.channel = 'meituan_review' AND {_in('f.ts', *Y25)}"),
        "ks60": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'meituan_review' AND {_in('f.ts', *Y25)}"),
        "ks61": lambda: nps(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "ks62": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 20, margin=0.4),
        "ks63": lambda: fb_topic_count(FINGER_T, "fingerprint"),
        "ks64": lambda: events_at(AS_REP, *WINTER, "e.issue_type = 'fingerprint'"),
        "ks65": lambda: feedback_ids(ID_T),
        "ks67": lambda: fb_topic_count(INSTALL_T, "install_fail"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((GOUGE_T, "price_gouge"), (ID_T, "id_hassle"), (APP_T, "app_connect"),
                        (WARRANTY_T, "warranty_reject"), (FAST_T, "fast_pro"), (GOOD_T, "lock_good")):
        _check_topic(cond, topic)


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
