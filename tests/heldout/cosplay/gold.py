"""Gold answers for the 次元衣橱 CosCloset held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (rent 7 d, delivery 7 d, closure 30 d,
  cancel 30 d, rerent 90 d); rates are per customer (people); the tolerance covers both readings (later steps
  allowed after the period end, or not), except where the question says later steps count. "Where do we lose the
  most" = the step whose next step is not reached by the most people (loss between step k and k+1 is attributed to
  step k). A funnel split by a customer attribute filters the step-1 people by that attribute;
- a rental = one `session_id` (RT000123): tp_browse or tp_rerent, tp_item, [tp_size], tp_book, tp_pay, [tp_cancel,
  tp_refund] or (tp_ship + tp_receive | tp_pickup), [tp_exchange], tp_return, tp_inspect, [tp_damage],
  [tp_deposit_refund] (none for 芝麻免押 zhima_credit), [tp_review]. A paid rental = it has a `tp_pay`. Per-rental
  rates count rentals whose first event at the named step A falls in the period (by its date) and look for step B
  in the same rental at any time; rental attributes (IP, category, origin, warehouse, fulfillment, courier, payment
  method, store) are read from the step-A event;
- "late" = the `late` flag of tp_receive (received after the rental's need_by time), per tp_receive event dated in
  the period;
- times between steps = per rental, first B ts - first A ts (B after A), the period by the date of A; minutes, hours
  or days as asked (days fractional; the tolerance also covers whole calendar days);
- money = orders with status `paid`, by order ts; rental revenue = order_type rental; "revenue" without more =
  rental + damage_fee + purchase (deposits are not revenue); deposits refunded = `refund_amount` of
  tp_deposit_refund events by refund date; spend per paying customer = paid non-deposit amount / customers with >= 1
  such order in the period; paid rentals = `tp_pay` events (one per rental);
- customer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (ip_zh, 品类, 城市, 获客渠道, 圈龄, store, 发货仓), en ones against ip / category / region / acquisition_channel /
  coser_level / store_en / warehouse / wig_vendor / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); app ratings = channel `app_review`; Dianping = channel `dianping`; rating by step =
  feedback.touchpoint_id over rows with a rating; negative = 1-2 stars when the question says so; NPS = survey `nps`;
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


# ---------- per booking (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    """share of bookings with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
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


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1, trap=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY r DESC")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:        # a small group tops the raw list
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def events_avg(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.1, float(v) * 0.02), 2))


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


def avg_order(start, end, cond="1=1"):
    v = one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


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


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
JAN_AUG_26 = ("2026-01-01", "2026-08-31")
ALL = ("2025-01-01", "2026-08-31")
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
SUMMER_25 = ("2025-07-01", "2025-08-31")
BACKLOG = ("2025-08-04", "2025-09-30")
(BROWSE, ITEM, SIZE, BOOK, PAY, CANCEL, REFUND, SHIP, RECEIVE, PICKUP, EXCHANGE, RETURN, INSPECT, DAMAGE,
 DEPOSIT_REFUND, REVIEW, RERENT) = (
    "tp_browse", "tp_item", "tp_size", "tp_book", "tp_pay", "tp_cancel", "tp_refund", "tp_ship", "tp_receive",
    "tp_pickup", "tp_exchange", "tp_return", "tp_inspect", "tp_damage", "tp_deposit_refund", "tp_review", "tp_rerent")
APP = "f.channel = 'app_review'"
DP = "f.channel = 'dianping'"
SIZED = "a.session_id IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_size')"
SIZE_T = _like("f.text", ["尺码不对", "偏小", "穿不上", "size was off", "didn't fit"])
WIG_T = _like("f.text", ["打结", "毛躁", "tangled", "matted"])
LATE_T = _like("f.text", ["到晚了", "没赶上", "漫展前没到", "arrived late", "after the con", "missed my shoot"])
DEPOSIT_T = _like("f.text", ["押金还没退", "押金退得太慢", "deposit still", "deposit refund"])
DAMAGE_T = _like("f.text", ["扣了", "charged me", "damage fee"])
UNCLEAN_T = _like("f.text", ["没洗干净", "粉底印", "有味道", "有股味道", "smelled", "makeup stains", "not cleaned"])
QUEUE_T = _like("f.text", ["排了", "等了很久", "long wait", "queue"])


def gold():
    return {
        # ---- funnels / conversion
        "cs01": lambda: conv("rent", *Y25),
        "cs02": lambda: top_lost("rent", *Q3_25),
        "cs03": lambda: rank_conv("rent", *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "cs04": lambda: conv("rent", *Y25, cond="c.acquisition_channel = 'xiaohongshu'"),
        "cs05": lambda: rate(BOOK, PAY, "2025-10-01", "2025-12-31"),
        "cs06": lambda: rate(BOOK, PAY, *Q3_25),
        "cs07": lambda: events_share(RECEIVE, "e.late", *Y25, "e.warehouse = 'Chengdu' AND e.fulfillment = 'ship'"),
        "cs08": lambda: events_share(RECEIVE, "e.late", "2026-03-01", "2026-08-31",
                                     "e.warehouse = 'Chengdu' AND e.fulfillment = 'ship'"),
        "cs09": lambda: top_events_share(RECEIVE, "e.late", "e.warehouse", *SUMMER_25, "e.fulfillment = 'con_express'",
                                         margin=2.0),
        "cs10": lambda: events_share(RECEIVE, "e.late", *SUMMER_25,
                                     "e.\"发货仓\" = '广州仓' AND e.fulfillment = 'con_express'"),
        "cs11": lambda: conv("closure", *Q4_25),
        "cs12": lambda: conv("rerent", *H1_25, unbounded_only=True),
        "cs13": lambda: rank_conv("rerent", *Y25, by="c.coser_level", margin=1.15, unbounded_only=True),
        "cs14": lambda: rank_conv("rerent", *Y25, by='c."获客渠道"', lowest=True, margin=1.15, unbounded_only=True),
        "cs15": lambda: rate(PAY, CANCEL, *Y25),
        "cs16": lambda: rate(PAY, EXCHANGE, *Y25, "a.origin = 'jp_import' AND a.category = 'costume'"),
        "cs17": lambda: rate(PAY, EXCHANGE, *Y25, "a.origin = 'studio' AND a.category = 'costume'"),
        "cs18": lambda: rate(PAY, EXCHANGE, *Y25, f"a.category = 'costume' AND NOT ({SIZED})"),
        "cs19": lambda: top_events_share(INSPECT, "e.inspect_result = 'damage'", 'e."品类"', *Y25, min_n=100,
                                         trap=True, margin=2.0),
        "cs20": lambda: top_events_share(INSPECT, "e.inspect_result = 'wig_tangle'", "e.wig_vendor", *ALL,
                                         "e.category = 'wig'", margin=2.0),
        "cs21": lambda: events_share(INSPECT, "e.inspect_result = 'wig_tangle'", *ALL,
                                     "e.category = 'wig' AND e.wig_vendor = 'SilkyCos'"),
        # ---- times between steps
        "cs22": lambda: step_time(RETURN, DEPOSIT_REFUND, *Y25),
        "cs23": lambda: step_time(RETURN, DEPOSIT_REFUND, *BACKLOG, "a.\"发货仓\" = '广州仓'"),
        "cs24": lambda: top_step_time(RETURN, DEPOSIT_REFUND, *BACKLOG, by="a.warehouse", unit="days", margin=2.0),
        "cs25": lambda: step_time(CANCEL, REFUND, *Y25, agg="avg", unit="minutes"),
        "cs26": lambda: step_time(SHIP, RECEIVE, *Y25, "a.warehouse = 'Chengdu' AND a.fulfillment = 'ship'",
                                  unit="hours"),
        "cs27": lambda: events_avg(PICKUP, "e.wait_minutes", *Y25, "e.store_id = 'S2' AND dayofweek(e.ts) IN (0, 6)"),
        # ---- money
        "cs28": lambda: orders(*Q3_25, "o.order_type = 'rental'"),
        "cs29": lambda: orders(*month(2025, 10), "o.order_type <> 'deposit'"),
        "cs30": lambda: orders(*H1_26, "o.order_type = 'damage_fee'"),
        "cs31": lambda: orders_change(H1_25, H1_26, "o.order_type = 'rental'"),
        "cs32": lambda: top_orders("o.ip_zh", *Y25, "o.order_type = 'rental'", margin=1.1),
        "cs33": lambda: top_orders("o.ip_zh", *JAN_AUG_26, "o.order_type = 'rental'", margin=1.2),
        "cs34": lambda: events_sum(DEPOSIT_REFUND, "e.refund_amount", *Y25),
        "cs35": lambda: avg_order(*Y25, "o.order_type = 'rental'"),
        "cs36": lambda: per_customer(*Y25, "o.order_type <> 'deposit'"),
        "cs37": lambda: orders(*month(2026, 7), "o.order_type = 'rental' AND o.fulfillment = 'con_express'"),
        "cs38": lambda: events_share(PAY, "e.payment_method = 'zhima_credit'", *H1_26),
        # ---- volumes / trends
        "cs39": lambda: events_at(PAY, "2025-07-14", "2025-07-20"),
        "cs40": lambda: events_at(PAY, *month(2025, 10)),
        "cs41": lambda: events_change(PAY, Q2_25, Q3_25),
        "cs44": lambda: events_at(PAY, *month(2026, 7), "e.fulfillment = 'con_express'"),
        # ---- customers
        "cs45": lambda: customers_count(_in("c.signup_at", *Q4_25)),
        "cs46": lambda: customers_count("c.\"城市\" = '成都' AND c.\"会员等级\" = '金卡'"),
        "cs47": lambda: customers_share("c.coser_level = 'newbie'"),
        "cs48": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'"),
        "cs49": lambda: per_customer_events(PAY, *Y25, "c.coser_level = 'veteran'"),
        # ---- feedback
        "cs50": lambda: fb_topic_count(WIG_T, "wig"),
        "cs51": lambda: fb_topic_count(LATE_T, "late", period=_in("f.ts", *Y25)),
        "cs52": lambda: top_fb_count('f."版型"', SIZE_T, margin=1.3),
        "cs53": lambda: fb_avg(f"{APP} AND {_in('f.ts', *Y25)}", tol=0.03),
        "cs54": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "cs55": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.3),
        "cs56": lambda: rank_fb_avg("f.store", DP, 30, margin=0.3, highest=True),
        "cs57": lambda: fb_avg(f"{DP} AND f.store_id = 'S2'", tol=0.03),
        "cs58": lambda: fb_topic_count(f"{QUEUE_T} AND f.store_id = 'S2'"),
        "cs59": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "cs60": lambda: fb_topic_count(DEPOSIT_T, "deposit", period=_in("f.ts", *Y25)),
        "cs61": lambda: feedback_ids(DAMAGE_T),
        "cs63": lambda: fb_topic_count(UNCLEAN_T, "unclean"),
        "cs64": lambda: events_share(INSPECT, "e.inspect_result = 'stain'", *Y25, "e.category = 'costume'"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((SIZE_T, "size"), (DAMAGE_T, "damage"), (QUEUE_T, "queue")):
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
