"""Gold answers for the 声纹 GrooveHouse vinyl-shop held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (firstbuy 30 d, online 7 d, delivery 14 d,
  preorder 240 d, tradein 30 d, listening 14 d); rates are per customer (people); the tolerance covers both readings
  (later steps allowed after the period end, or not), except where the question says to count later steps. "Where do
  we lose the most" = the step whose next step is not reached by the most people (loss between k and k+1 is
  attributed to step k). A funnel split by a customer attribute filters the step-1 people by that attribute;
- per-order / per-booking / per-submission rates use `session_id` (W… online order, V… store visit, L… listening-room
  booking, P… pre-order, T… trade-in): sessions whose first event at step A falls in the period (by its date) and
  that have a later step B (matching the question's condition) at any time; attributes (courier, 快递公司, graded_at,
  评级来源, store, pressing_plant, tradein_mode, 回收方式, item_condition, channel) are read from the step-A event;
  an online order is a tp_checkout whose channel is not `store`;
- times between steps = per session, first B ts - first A ts (B after A), the period by the date of A; hours / days as
  asked (days fractional; tolerance also covers whole calendar days);
- money = orders with status `paid` (refunded orders are no revenue), by order ts; revenue = new records (incl.
  pre-order balances) + used records + pre-order deposits + listening-room fees; refunds = `refund_amount` of
  tp_refund events by refund date; spend per paying customer = paid amount / customers with >= 1 paid order in the
  period; order counts = paid + refunded orders placed in the period unless the question says paid;
- customer attributes are as stored (state at the end of the data, 2026-06-30); zh questions are checked against the
  Chinese twins (store, 评级来源, 快递公司, 回收方式, 地区, 藏家类型, 会员等级, 获客渠道, 销售渠道), en ones against
  store_en / graded_at / courier / tradein_mode / region / collector_type / acquisition_channel / pressing_plant /
  sales_channel / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); app ratings = channel `app_review`, Dianping = `dianping_review`; rating by touchpoint
  = feedback.touchpoint_id over rows with a rating; negative = 1-2 stars when the question says so; NPS = survey
  `nps` (0-10), NPS score = share 9-10 minus share 0-6, as a fraction;
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


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, trap=False, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    if lowest:
        rows = rows[::-1]
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
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


def top_step_time(a_tp, b_tp, start, end, by, unit="days", margin=1.25):
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


def top_per_customer(by, start, end, min_n, margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    print("   per customer:", rows)
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


def step_conv(journey, start, end, k, cond="1=1"):
    """people reaching step k+1 / people reaching step k (1-based k)."""
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[k] / c[k - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def orders_count(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"),
                tolerance=0.5)


def orders_avg(start, end, cond="1=1"):
    v = float(one(f"SELECT avg(amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def top_orders_c(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def fb_nps(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1)
SUMMER_25 = ("2025-07-01", "2025-08-31")
(DISCOVER, BROWSE, STORE, WISH, CART, CHECKOUT, SHIP, DELIVER, RETURN, DISPUTE, REFUND, PREORDER, ARRIVE, PICKUP,
 PRE_CANCEL, TRADE, QUOTE, ACCEPT, LBOOK, LVISIT, MEMBER, REVIEW) = (
    "tp_discover", "tp_browse", "tp_store_visit", "tp_wishlist", "tp_cart", "tp_checkout", "tp_ship", "tp_deliver",
    "tp_return", "tp_dispute", "tp_refund", "tp_preorder", "tp_preorder_arrive", "tp_preorder_pickup",
    "tp_preorder_cancel", "tp_tradein_submit", "tp_tradein_quote", "tp_tradein_accept", "tp_listen_book",
    "tp_listen_visit", "tp_member_join", "tp_review")
APP = "f.channel = 'app_review'"
DIANPING = "f.channel = 'dianping_review'"
ONLINE_A = "a.channel <> 'store'"
WARP_T = _like("f.text", ["翘", "变形", "warp"])
PRE_T = _like("f.text", ["预订", "定金", "pre-order"])
PACK_T = _like("f.text", ["包装", "packaging", "mailer"])
GRADE_T = _like("f.text", ["品相", "grad", "condition grade"])
LOW_T = _like("f.text", ["回收", "trade-in"])
LISTEN_T = _like("f.text", ["试听室", "listening room"])
STAFF_T = _like("f.text", ["店员", "staff"])


def gold():
    return {
        # ---- funnels / conversion
        "vs01": lambda: conv("firstbuy", *Y25),
        "vs02": lambda: rank_conv("firstbuy", *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "vs03": lambda: conv("firstbuy", *Y25, cond="c.acquisition_channel = 'douban'"),
        "vs04": lambda: top_lost("online", *H2_25),
        "vs05": lambda: conv("online", *Q1_26),
        "vs06": lambda: step_conv("online", *Q1_26, 2),
        "vs07": lambda: rate(LBOOK, LVISIT, *Y25),
        "vs08": lambda: rank_rate(LBOOK, LVISIT, *Y25, by="a.store", lowest=True, margin=1.12),
        "vs09": lambda: rate(LBOOK, LVISIT, *Y25, "a.store_id = 'S01'"),
        "vs10": lambda: rate(TRADE, ACCEPT, *Y25),
        "vs11": lambda: rate(TRADE, ACCEPT, *Y25, "a.tradein_mode = 'mail_in'"),
        "vs12": lambda: rank_rate(TRADE, ACCEPT, *Y25, by='a."回收方式"', margin=1.4),
        "vs19": lambda: conv("preorder", *H1_25, unbounded_only=True),
        "vs53": lambda: conv("tradein", *H1_26),
        # ---- times between steps
        "vs13": lambda: step_time(CHECKOUT, DELIVER, *Q4_25, ONLINE_A),
        "vs14": lambda: step_time(CHECKOUT, SHIP, "2025-11-01", "2025-11-11", ONLINE_A, agg="avg", unit="hours"),
        "vs15": lambda: step_time(CHECKOUT, SHIP, *month(2025, 10), ONLINE_A, agg="avg", unit="hours"),
        "vs16": lambda: step_time(PREORDER, ARRIVE, *H2_25, "a.pressing_plant = 'dongfang'"),
        "vs17": lambda: top_step_time(PREORDER, ARRIVE, *Y25, by="a.pressing_plant", margin=1.2),
        "vs18": lambda: rate(PREORDER, PRE_CANCEL, *Y25),
        "vs20": lambda: rate(SHIP, RETURN, *SUMMER_25, "a.courier = 'zto'", "refund_reason = 'warped'"),
        "vs21": lambda: rate(SHIP, RETURN, *SUMMER_25, "a.\"快递公司\" = '顺丰'", "refund_reason = 'warped'"),
        "vs22": lambda: rank_rate(CHECKOUT, DISPUTE, *Y25, by="a.graded_at", cond="a.graded_at IS NOT NULL",
                                  min_n=100, margin=1.8, trap=True),
        "vs23": lambda: rate(CHECKOUT, DISPUTE, *Y25, f"a.item_condition = 'used' AND {ONLINE_A}"),
        # ---- money
        "vs24": lambda: orders(*Q4_25),
        "vs25": lambda: orders(*month(2026, 4)),
        "vs26": lambda: orders(*month(2025, 4)),
        "vs27": lambda: orders_change(H1_25, H1_26),
        "vs28": lambda: orders(*Y25, "o.order_type = 'used_record'"),
        "vs29": lambda: top_orders('o."销售渠道"', *Y25),
        "vs30": lambda: events_sum(REFUND, "e.refund_amount", *H2_25),
        "vs31": lambda: orders(*Y25, "o.order_type = 'listening_room'"),
        "vs32": lambda: per_customer(*Y25),
        "vs33": lambda: top_per_customer('c."藏家类型"', *Y25, min_n=100),
        "vs34": lambda: per_customer(*Y25, "c.collector_type = 'dj'"),
        "vs35": lambda: orders_avg(*Q1_26, "o.order_type = 'new_record'"),
        "vs36": lambda: top_orders("o.store_en", *Y25, "o.channel = 'store' AND o.order_type IN "
                                                        "('new_record', 'used_record')", margin=1.1),
        # ---- volumes / trends
        "vs37": lambda: orders_count("2026-04-13", "2026-04-19"),
        "vs38": lambda: orders_count("2026-04-06", "2026-04-12"),
        "vs41": lambda: events_change(LBOOK, Q4_25, Q1_26),
        "vs42": lambda: events_change(CHECKOUT, month(2025, 10), month(2025, 11), "e.channel <> 'store'"),
        "vs43": lambda: customers_count(_in("c.signup_at", *month(2026, 5))),
        "vs44": lambda: events_at(PREORDER, *Q3_25),
        # ---- customers
        "vs45": lambda: customers_count("c.\"会员等级\" = '黑卡会员'"),
        "vs47": lambda: top_customers('c."地区"', "c.\"地区\" <> '北京'"),
        "vs49": lambda: top_customers('c."获客渠道"', margin=1.3),
        # ---- feedback
        "vs50": lambda: fb_topic_count(WARP_T, "warped"),
        "vs51": lambda: fb_topic_count(PACK_T, "packaging", period=_in("f.ts", *Q4_25)),
        "vs52": lambda: fb_topic_count(PACK_T, "packaging", period=_in("f.ts", *Q3_25)),
        "vs54": lambda: fb_topic_count(GRADE_T, "grading"),
        "vs55": lambda: fb_avg(f"{APP} AND {_in('f.ts', *Y25)}"),
        "vs56": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "vs57": lambda: fb_nps(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "vs58": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}", col="f.nps", tol=0.05),
        "vs59": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.3),
        "vs60": lambda: fb_avg(f"{DIANPING} AND f.store_id = 'S02'", tol=0.03),
        "vs61": lambda: feedback_ids(LISTEN_T),
        "vs63": lambda: fb_topic_count(LOW_T, "lowball", period=_in("f.ts", *Y25)),
        "vs64": lambda: top_fb_count('f."快递公司"', WARP_T, margin=1.5),
        "vs65": lambda: top_fb_count("f.pressing_plant", PRE_T, margin=1.5),
        "vs66": lambda: fb_topic_count(PRE_T, "preorder_slow", period=_in("f.ts", *H2_25)),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((LISTEN_T, "listening"), (STAFF_T, "staff"), (LOW_T, "lowball")):
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
    zh = sum(it["lang"] == "zh" for it in items)
    print(f"{len(items)} items: zh {zh} / en {len(items) - zh}; statuses:",
          {s: sum(it['expect']['status'] == s for it in items) for s in ('ok', 'unsupported', 'clarify')})
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
