"""Gold answers for the 骑修 SpokeFix held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (booking 14 d, repair 30 d, pickup 3 d,
  aftercare 7 d, plan 30 d, repeat 90 d); rates are per customer (people); the tolerance covers both readings (later
  steps allowed after the period end, or not), except where the question says to count later steps. "Where do we lose
  the most" = the step whose next step is not reached by the most people (loss between step k and k+1 is attributed to
  step k). A funnel split by a customer attribute filters the step-1 people by that attribute;
- a repair job = one `session_id` (WO000123): [tp_rebook,] [tp_book_fail..,] tp_book, [tp_pickup,] tp_checkin,
  tp_diagnose, tp_quote_approve | tp_quote_decline (+ tp_return), [tp_parts_wait,] tp_repair, tp_qc (1..2),
  [tp_rework,] tp_pay, tp_delivery, [tp_rate], [tp_subscribe], [tp_refund]. Per-job rates count jobs whose first event
  at the named step A falls in the period (by its date) and look for step B in the same job at any time; job
  attributes (store, 门店城市 / store_city, 车型 / vehicle_type, 维修项目 / service_type, 服务方式 / service_mode) are
  read from the step-A event;
- times between steps = per job, first B ts - first A ts (B after A), the period by the date of A; hours or days as
  asked (days fractional; tolerance also covers whole calendar days). Pickup lateness = the `minutes_late` column of
  tp_pickup (pickup ts - booked slot), the period by the pickup date; "more than an hour late" is strict (> 60);
- money = orders with status `paid` (refunded orders are no revenue), by order ts; revenue = repair + parts +
  subscription + pickup_fee orders; refunds = `refund_amount` of tp_refund events by refund date; spend per paying
  customer = paid amount / customers with >= 1 paid order in the period; paid repair jobs = tp_pay events;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (store, 门店城市, 城市, 骑行人群, 车型, 维修项目, 获客渠道, 会员状态), en ones against store_en / store_city / region /
  rider_type / vehicle_type / service_type / acquisition_channel / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); app ratings = channel `app_review`; rating by step = feedback.touchpoint_id over rows with
  a rating; negative = 1-2 stars; NPS-style questions use survey `nps` (0-10), promoters = 9-10;
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


# ---------- per job (session_id) ----------

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


def rate(a_tp, b_tp, start, end, cond="1=1"):
    return dict(value=round(sess_rate(a_tp, b_tp, start, end, cond)[0][0], 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", min_n=1, margin=1.25, trap=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
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


def top_step_time(a_tp, b_tp, start, end, by, cond="1=1", unit="days", margin=1.25):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / {UNITS[unit]}) m {_gap(a_tp, b_tp, start, end, cond)} "
             f"GROUP BY 1 ORDER BY m DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def people_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(DISTINCT e.customer_id) FROM events e WHERE e.touchpoint_id = '{tp}' "
                          f"AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_agg(tp, expr, start, end, cond="1=1"):
    v = one(f"SELECT {expr} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.1, float(v) * 0.03), 2))


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
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def per_customer_events(tp, start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", agg="sum(o.amount)"):
    return _money(one(f"SELECT {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
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


def top_per_customer(by, start, end, min_n, margin=1.1):
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


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.15):
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


HAS_TRUTH = False
Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
Q3_25, Q4_25 = quarter(2025, 3), quarter(2025, 4)
SZ_OUT = ("2025-06-01", "2026-08-31")
MAR_JUN_26 = ("2026-03-01", "2026-06-30")
(DISCOVER, BOOK_FAIL, BOOK, PICKUP, CHECKIN, DIAG, APPROVE, DECLINE, RETURN, PARTS, REPAIR, QC, REWORK, PAY, DELIVERY,
 REFUND, RATE, SUBSCRIBE, SHOP, REBOOK) = (
    "tp_discover", "tp_book_fail", "tp_book", "tp_pickup", "tp_checkin", "tp_diagnose", "tp_quote_approve",
    "tp_quote_decline", "tp_return", "tp_parts_wait", "tp_repair", "tp_qc", "tp_rework", "tp_pay", "tp_delivery",
    "tp_refund", "tp_rate", "tp_subscribe", "tp_shop", "tp_rebook")
APP = "f.channel = 'app_review'"
WAITED = "a.session_id IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_parts_wait')"
LATE_T = _like("f.text", ["迟到", " late"])
SCRATCH_T = _like("f.text", ["刮花", "划痕", "scratch"])
PARTS_T = _like("f.text", ["等配件", "缺货", "waited over a week", "out of stock", "order parts"])
PRICE_T = _like("f.text", ["太贵", "贵太多", "too expensive", "price of a new"])
BRAKE_T = _like("f.text", ["异响", "squeal", "squeaky"])
REWORK_T = _like("f.text", ["又坏了", "返工", "broke again", "same problem again"])
APPBUG_T = _like("f.text", ["提交失败", "闪退", "提交不了", "crashed", "keeps failing", "could not submit"])
PRO_T = _like("f.text", ["专业", "professional"])
FAST_T = _like("f.text", ["当天就修好", "速度快", "same day", "same-day"])


def gold():
    return {
        # ---- funnels / conversion
        "br01": lambda: conv("booking", *Y25),
        "br02": lambda: top_lost("booking", *Q2_26),
        "br03": lambda: rank_conv("booking", *Y25, by="c.acquisition_channel", lowest=True, margin=1.25),
        "br04": lambda: conv("booking", *Y25, cond="c.acquisition_channel = 'friend'"),
        "br05": lambda: conv("repair", *Y25),
        "br06": lambda: rate(DIAG, APPROVE, *Y25, "a.vehicle_type = 'escooter'"),
        "br07": lambda: rate(DIAG, APPROVE, *Y25, "a.vehicle_type = 'road_bike'"),
        "br08": lambda: rank_rate(DIAG, DECLINE, *Y25, by='a."车型"', margin=1.5),
        "br09": lambda: conv("repeat", *H1_25, unbounded_only=True),
        "br10": lambda: rank_conv("repeat", *H1_25, by='c."骑行人群"', margin=1.1, unbounded_only=True),
        "br11": lambda: conv("plan", *Y25),
        # ---- pickup riders
        "br13": lambda: events_share(PICKUP, "e.minutes_late > 60", *SZ_OUT, "e.store_city = 'Shenzhen'"),
        "br14": lambda: events_share(PICKUP, "e.minutes_late > 60", *SZ_OUT, "e.store_city = 'Shanghai'"),
        "br15": lambda: events_agg(PICKUP, "median(e.minutes_late)", *SZ_OUT, "e.\"门店城市\" = '深圳'"),
        "br16": lambda: top_events_share(PICKUP, "e.minutes_late > 60", "e.rider_vendor", *Y25),
        "br35": lambda: dict(value=one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{REFUND}' AND "
                                       f"refund_reason = 'pickup_late' AND {_in('e.ts', *Y25)}"), tolerance=0.5),
        # ---- parts, QC, time in shop
        "br17": lambda: step_time(APPROVE, REPAIR, *Q3_25, f"a.service_type = 'battery' AND {WAITED}"),
        "br18": lambda: step_time(APPROVE, REPAIR, *Q4_25, f"a.service_type = 'battery' AND {WAITED}"),
        "br19": lambda: top_step_time(APPROVE, REPAIR, *Q3_25, by='a."维修项目"', cond=WAITED, margin=2.0),
        "br20": lambda: rank_rate(QC, REWORK, *MAR_JUN_26, by="a.store", min_n=100, margin=1.6, trap=True),
        "br21": lambda: rate(QC, REWORK, *MAR_JUN_26, "a.store_id = 'SU01'"),
        "br22": lambda: rate(QC, REWORK, *Y25),
        "br23": lambda: step_time(CHECKIN, DELIVERY, *Y25, unit="hours"),
        # ---- money
        "br25": lambda: orders(*Q4_25),
        "br26": lambda: orders(*month(2026, 6)),
        "br27": lambda: orders(*month(2026, 5)),
        "br28": lambda: orders(*month(2025, 11), "o.order_type = 'parts'"),
        "br29": lambda: orders_change(H1_25, H1_26),
        "br30": lambda: orders(*Y25, "o.order_type = 'subscription'"),
        "br31": lambda: events_sum(REFUND, "e.refund_amount", *H1_26),
        "br32": lambda: top_orders('o."门店城市"', *Y25, "o.order_type = 'repair'", margin=1.1),
        "br33": lambda: top_orders("o.service_type", *Y25, "o.order_type = 'repair'", margin=1.1),
        "br34": lambda: orders(*H1_26, "o.order_type = 'pickup_fee'"),
        # ---- per customer / per job
        "br36": lambda: per_customer(*Y25),
        "br37": lambda: per_customer(*Y25, "c.\"骑行人群\" = '外卖快递骑手'"),
        "br38": lambda: top_per_customer("c.rider_type", *Y25, min_n=100),
        "br39": lambda: orders(*Y25, "o.order_type = 'repair' AND o.vehicle_type = 'escooter'", agg="avg(o.amount)"),
        # ---- volumes / trends
        "br41": lambda: events_at(PAY, "2025-05-05", "2025-05-11"),
        "br42": lambda: events_at(PAY, *month(2026, 2)),
        "br43": lambda: events_at(PAY, *month(2026, 3)),
        "br46": lambda: events_change(PAY, Q1_26, Q2_26),
        "br48": lambda: people_at(BOOK_FAIL, *month(2025, 11)),
        # ---- customers
        "br49": lambda: customers_share("c.rider_type = 'delivery_rider'"),
        "br50": lambda: customers_count("c.\"城市\" = '上海' AND c.\"会员状态\" = '年卡会员'"),
        "br51": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        "br52": lambda: top_customers('c."获客渠道"'),
        # ---- feedback
        "br53": lambda: fb_topic_count(LATE_T, "pickup_late"),
        "br54": lambda: top_fb_count("f.store_city", LATE_T, margin=3),
        "br55": lambda: fb_topic_count(BRAKE_T, "brake_squeak"),
        "br56": lambda: top_fb_count("f.store", BRAKE_T, margin=1.5),
        "br57": lambda: fb_avg(f"{APP} AND f.store_id = 'HZ02' AND {_in('f.ts', *Y25)}"),
        "br58": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "br59": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 20, margin=0.3),
        "br60": lambda: rank_fb_avg("f.store_city", f"{APP} AND {_in('f.ts', '2026-01-01', '2026-08-31')}", 50,
                                  margin=0.3),
        "br61": lambda: fb_avg(f"{APP} AND f.\"门店城市\" = '深圳' AND {_in('f.ts', *H2_25)}"),
        "br62": lambda: fb_avg(f"{APP} AND f.\"门店城市\" = '深圳' AND {_in('f.ts', *H1_25)}"),
        "br63": lambda: fb_topic_count(PARTS_T, "parts_wait", period=_in("f.ts", *Y25)),
        "br64": lambda: feedback_ids(f"f.store_id = 'SH01' AND {_like('f.text', ['师傅', 'mechanic'])}"),
        "br65": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "br67": lambda: fb_topic_count(PRICE_T, "price", period=_in("f.ts", *Y25)),
        "br68": lambda: fb_ratio("f.nps >= 9", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((SCRATCH_T, "scratch"), (REWORK_T, "rework"), (APPBUG_T, "app_bug"), (PRO_T, "pro"),
                        (FAST_T, "fast"), (PARTS_T, "parts_wait"), (PRICE_T, "price")):
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
