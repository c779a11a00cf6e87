"""Gold answers for the 柜来了 BoxGo held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (pickup 7 d, overdue 7 d, send 3 d,
  pass 7 d, redelivery 3 d); rates are per customer (people); the tolerance covers both readings (later steps
  allowed after the period end, or not). "Where do we lose the most" = the step whose next step is not reached by
  the most people (the loss between step k and k+1 is attributed to step k); drop-off rate of a step = 1 - people
  reaching the next step / people reaching the step. A funnel split by a customer attribute filters the step-1
  people by that attribute;
- a parcel = one `session_id` PK000123 (tp_dropoff, tp_notify, [tp_redeliver, tp_redeliver_done], [tp_overdue,
  tp_fee_pay], [tp_door_fail], tp_pickup or tp_return); a send order = one SD000123 (tp_send_start, tp_send_pay,
  tp_send_drop, tp_send_collect). Per-parcel rates count parcels whose first event at the named step A falls in the
  period (by its date) and look for step B in the same parcel at any time; attributes (site, site type, door size,
  carrier, 快递公司) are read from the step-A event. "Overdue" = the parcel has a tp_overdue event (the fee clock
  started, waived for pass holders or not); "door-failure rate" = share of picked-up parcels (by pickup date) that
  had at least one tp_door_fail;
- times between steps = per parcel / send order, first B ts - first A ts (B after A), the period by the date of A;
  minutes or hours as the question asks;
- money = orders with status `paid` (refunded and cancelled orders are no revenue), by order ts; order types
  storage_fee / send / pass / redelivery (订单类型 超时保管费 / 寄件运费 / 月卡 / 上门派送费); spend per paying
  customer = paid amount / customers with >= 1 paid order in the period; refunded amounts by order ts;
- customer attributes are as stored (state at the end of the data); zh top entities are the Chinese twins
  (快递公司, 用户类型, 柜点类型, site), en ones the English / raw values (site_en, carrier, user_type, order_type,
  acquisition_channel); touchpoints are named by touchpoint_id in both languages;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `app_rating`; rating by touchpoint = feedback.touchpoint_id
  over rows with a rating; NPS answers = survey `nps` (0-10), detractors 0-6;
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


# ---------- per parcel / send order (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
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


def top_step_time(a_tp, b_tp, start, end, by, unit="minutes", margin=1.25):
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


def top_events_share(tp, num, by, start, end, margin=1.25):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def per_customer_events(tp, start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


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


def top_per_customer(by, start, end, min_n=1, margin=1.1, trap=False):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]      # a tiny group tops the raw list
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




def step_drop(journey, start, end, k):
    """drop-off rate at step k (1-based): people reaching step k but not k+1 / people reaching step k."""
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        vals.append(1 - c[k] / c[k - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def avg_order(start, end, cond):
    v = float(one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def refunded(start, end, cond):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'refunded' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_25, Q2_25, Q3_25, Q4_25 = (quarter(2025, k) for k in (1, 2, 3, 4))
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
FW_BUG = ("2025-11-10", "2025-12-21")
BEFORE_CUT = ("2025-01-01", "2025-07-31")
AFTER_CUT = ("2025-09-01", "2025-12-31")
SUMMER_25 = ("2025-07-01", "2025-08-31")
AFTER_PRICE = ("2026-02-01", "2026-06-30")
(DROPOFF, NOTIFY, DOOR_FAIL, OVERDUE, FEE_PAY, PICKUP, REDELIVER, REDELIVER_DONE, RETURN, SEND_START, SEND_PAY,
 SEND_DROP, SEND_COLLECT, PASS_VIEW, PASS_BUY) = (
    "tp_dropoff", "tp_notify", "tp_door_fail", "tp_overdue", "tp_fee_pay", "tp_pickup", "tp_redeliver",
    "tp_redeliver_done", "tp_return", "tp_send_start", "tp_send_pay", "tp_send_drop", "tp_send_collect",
    "tp_pass_view", "tp_pass_buy")
APP = "f.channel = 'app_rating'"
SURVEY = "f.channel = 'survey'"
FEE_T = _like("f.text", ["保管费", "超时费", "storage fee", "overdue fee"])
DOOR_T = _like("f.text", ["柜门打不开", "格口打不开", "门没弹开", "door didn't open", "door wouldn't open", "door is stuck"])
WRONG_T = _like("f.text", ["别人的快递", "不是我的件", "someone else's parcel", "wrong parcel"])
SLOW_T = _like("f.text", ["才放柜", "不放柜", "放柜太慢", "took days to drop", "slow drop-off"])
COLLECT_T = _like("f.text", ["揽收", "nobody collected", "collection took"])
CONV_T = _like("f.text", ["很方便", "convenient"])
PRICE_T = _like("f.text", ["寄件比驿站贵", "运费太贵", "too expensive"])


def gold():
    return {
        # ---- funnels / conversion
        "pl01": lambda: conv("send", *Y25),
        "pl02": lambda: top_lost("send", *Q1_26),
        "pl03": lambda: step_drop("send", *Y25, 1),
        "pl04": lambda: step_drop("send", *H1_26, 1),
        "pl05": lambda: conv("pass", *Y25),
        "pl06": lambda: rank_conv("pass", *Y25, by='c."用户类型"', margin=1.3),
        "pl07": lambda: conv("overdue", *Q4_25),
        "pl08": lambda: conv("pickup", *month(2026, 5)),
        "pl09": lambda: rate(REDELIVER, REDELIVER_DONE, *Y25),
        # ---- per parcel
        "pl10": lambda: rate(PICKUP, DOOR_FAIL, *FW_BUG, "a.door_size = 'large'"),
        "pl11": lambda: rate(PICKUP, DOOR_FAIL, *FW_BUG, "a.door_size = 'small'"),
        "pl12": lambda: rank_rate(PICKUP, DOOR_FAIL, *H1_26, by="a.site_en", min_n=500, trap=True, margin=1.5),
        "pl13": lambda: rate(PICKUP, DOOR_FAIL, *H1_26, "a.site_id = 'S16'"),
        "pl14": lambda: rate(DROPOFF, OVERDUE, *AFTER_CUT, "a.site_type = 'residential'"),
        "pl15": lambda: rate(DROPOFF, OVERDUE, *BEFORE_CUT, "a.site_type = 'residential'"),
        "pl16": lambda: rate(DROPOFF, OVERDUE, *Y25, "a.site_type = 'office' AND dayofweek(a.t) IN (0, 6)"),
        "pl17": lambda: rate(DROPOFF, RETURN, *SUMMER_25, "a.site_type = 'campus'"),
        "pl18": lambda: events_at(RETURN, *Y25),
        # ---- times between steps
        "pl19": lambda: step_time(SEND_DROP, SEND_COLLECT, *Y25, "a.carrier = 'yunda'", unit="hours"),
        "pl20": lambda: top_step_time(SEND_DROP, SEND_COLLECT, *H2_25, by='a."快递公司"', unit="hours", margin=2),
        "pl21": lambda: step_time(SEND_DROP, SEND_COLLECT, *H2_25, "a.carrier = 'yunda' AND a.city = 'Nanjing'",
                                  unit="hours"),
        "pl22": lambda: step_time(DOOR_FAIL, PICKUP, *Q4_25, unit="minutes"),
        "pl23": lambda: step_time(DOOR_FAIL, PICKUP, *Y25, "a.site_id = 'S06' AND b.opened_by = 'remote'",
                                  agg="avg", unit="minutes"),
        "pl24": lambda: step_time(DROPOFF, PICKUP, *Q2_25, "a.site_type = 'campus'", unit="hours"),
        "pl25": lambda: step_time(DROPOFF, PICKUP, *month(2025, 10), agg="avg", unit="hours"),
        # ---- money
        "pl26": lambda: orders(*Q4_25),
        "pl27": lambda: orders(*H2_25, "o.order_type = 'storage_fee'"),
        "pl28": lambda: orders(*H1_25, "o.order_type = 'storage_fee'"),
        "pl29": lambda: orders_change(H1_25, H1_26),
        "pl30": lambda: top_orders("o.order_type", *Y25, margin=1.5),
        "pl31": lambda: top_orders('o."柜点类型"', *Y25, "o.order_type = 'storage_fee'", margin=1.5),
        "pl32": lambda: orders(*month(2026, 6), "o.order_type = 'pass'"),
        "pl33": lambda: refunded(*Q1_26, "o.order_type = 'send'"),
        "pl34": lambda: avg_order(*AFTER_PRICE, "o.order_type = 'send'"),
        "pl35": lambda: per_customer(*Y25),
        "pl36": lambda: top_per_customer("c.user_type", *Y25, margin=1.1),
        # ---- volumes / trends
        "pl37": lambda: events_at(DROPOFF, "2025-11-10", "2025-11-16"),
        "pl38": lambda: events_at(DROPOFF, *month(2026, 2)),
        "pl39": lambda: events_at(DROPOFF, *month(2026, 1)),
        "pl40": lambda: events_change(DROPOFF, Q1_26, Q2_26),
        # ---- customers
        "pl43": lambda: customers_count("c.user_type = 'student' AND c.region = 'Hangzhou'"),
        "pl44": lambda: customers_share("c.tier = 'pass_holder'"),
        "pl45": lambda: top_customers("c.acquisition_channel", _in("c.signup_at", *Y25)),
        "pl46": lambda: customers_count(_in("c.signup_at", *Q3_25)),
        "pl47": lambda: per_customer_events(PASS_BUY, *Y25),
        # ---- feedback
        "pl48": lambda: fb_topic_count(FEE_T, "fee"),
        "pl49": lambda: fb_topic_count(DOOR_T, "door", period=_in("f.ts", *Q4_25)),
        "pl50": lambda: top_fb_count("f.site", DOOR_T, margin=1.3),
        "pl51": lambda: top_fb_count("f.site_en", WRONG_T, margin=2),
        "pl52": lambda: top_fb_count("f.carrier", f"{WRONG_T} AND f.site_id = 'S09'", margin=2),
        "pl53": lambda: top_fb_count("f.carrier", SLOW_T, margin=2),
        "pl54": lambda: fb_avg(f"{APP} AND {_in('f.ts', *Y25)}"),
        "pl55": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "pl56": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.5, highest=True),
        "pl57": lambda: fb_avg(f"{SURVEY} AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "pl58": lambda: fb_ratio("f.nps <= 6", f"{SURVEY} AND {_in('f.ts', *month(2025, 9))}"),
        "pl60": lambda: fb_topic_count(FEE_T, "fee", period=_in("f.ts", "2025-08-01", "2025-12-31")),
        "pl61": lambda: fb_topic_count(PRICE_T, "price", period=_in("f.ts", "2026-01-15", "2026-06-30")),
        "pl62": lambda: feedback_ids(f"{WRONG_T} AND f.site_id = 'S09'"),
        "pl65": lambda: fb_topic_count(COLLECT_T, "collect"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((WRONG_T, "wrong"), (SLOW_T, "slow_drop"), (CONV_T, "convenient")):
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
