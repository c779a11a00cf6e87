"""Gold answers for the 精酿社 BrewHall held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1
  (strictly later), within the journey window from their first step-1 event in the period (first_order 14 d,
  ordering 1 d, delivery 1 d, events 45 d, aftersales 7 d, repeat 30 d); rates are per customer (people); the tolerance
  covers both readings (later steps allowed after the period end, or not), except where the question says later steps
  count. "Where do we lose the most" = the step whose next step is not reached by the most people (the loss between
  step k and k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1 people by it;
- a beer order = one `session_id` BH0000123 (= orders.order_id): [tp_reorder], tp_menu, tp_cart, tp_age_verify (first
  order only, 1..3 tries), tp_pay, then tp_pour (dine-in) / tp_growler_fill (growler) / tp_dispatch + tp_delivered
  (delivery), [tp_refund_request, tp_refund], [tp_review]. An event booking = `session_id` EV0000123 (= the ticket's
  order_id when ticketed; trivia is free): tp_event_signup, [tp_event_checkin]. A beer-club membership = `session_id`
  CL00012: tp_club_join, tp_club_box (monthly), [tp_club_cancel]; its monthly fees are orders CL00012-01, -02, ...
  Per-session rates count sessions whose first event at the named step A falls in the period (by its date) and look
  for step B (with its condition) in the same session at any time; attributes (store, 门店城市 / store_city,
  活动类型 / event_type, 配送平台 / delivery_partner, device) are read from the A event. No-show rate = 1 - check-in rate
  per sign-up;
- times between steps = per session, first B ts - first A ts (B after A), period by the date of A; minutes / hours /
  days as asked; "longer than X" is strict; Friday / Saturday evening = payment on a Friday or Saturday at 18:00 or
  later;
- money = orders with status `paid` (refunded and cancelled orders are no revenue), by order ts; revenue = dine-in +
  growler + delivery + event tickets + club fees; "paid beer orders" counts = tp_pay events (one per paid dine-in /
  growler / delivery order), the tolerance also covering the orders rows still in status `paid`; refunds =
  `refund_amount` of tp_refund events by refund date; spend per paying customer = paid amount / customers with >= 1
  paid order in the period;
- customer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (store, 门店城市, 城市, 口味偏好, 活动类型, 订单类型, 会员等级), en ones against store_en / store_city / region /
  drinker_type / event_type / order_type / app_version / acquisition_channel / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app order ratings = channel `app_review`; app-store reviews = channel `app_store`;
  rating by step = feedback.touchpoint_id over rows with a rating; negative = 1-2 stars; NPS = survey `nps` 0-10,
  NPS score = share 9-10 minus share 0-6 (as a fraction);
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
        print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
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
        print("   ", c, lost)
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per session (order / booking / membership) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None, negate=False):
    """share of sessions with a first `a_tp` in the period that have (or, negate, lack) a `b_tp` matching b_cond."""
    sel = f"{by}, " if by else ""
    hit = "(b.session_id IS NULL)" if negate else "(b.session_id IS NOT NULL)"
    sql = f"""SELECT {sel}avg({hit}::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", negate=False):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond, negate=negate)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, negate=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by, negate=negate)
    big = [r for r in rows if r[2] >= min_n]
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in big])
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond, b_cond="1=1"):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp, b_cond)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="minutes", b_cond="1=1"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))


def step_time_share(a_tp, b_tp, start, end, thr, unit="minutes", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, cond="1=1", agg="median", unit="minutes", margin=1.3, min_n=20):
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t) / {UNITS[unit]}) v, count(*) n "
             f"{_gap(a_tp, b_tp, start, end, cond)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC")
    print("   ", [(r[0], round(r[1], 2), r[2]) for r in rows])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def club_after_checkin(start, end, days=30, by=None, cond="1=1", margin=1.25):
    """share of check-ins (period by check-in date) followed by a tp_club_join of the same customer within `days`."""
    sel = f"{by}, " if by else ""
    rows = q(f"""SELECT {sel}avg((EXISTS (SELECT 1 FROM events j WHERE j.touchpoint_id = 'tp_club_join'
                   AND j.customer_id = a.customer_id AND j.ts > a.ts AND j.ts <= a.ts + INTERVAL {days} DAY))::int) r,
                   count(*) n
                 FROM events a WHERE a.touchpoint_id = 'tp_event_checkin' AND {_in('a.ts', start, end)} AND ({cond})
                 {'GROUP BY 1 ORDER BY r DESC' if by else ''}""")
    if by:
        print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
        return dict(top_entity=rows[0][0])
    return dict(value=round(rows[0][0], 4), tolerance=0.01)


# ---------- events ----------

def events_at(tp, start, end, cond="1=1", people=False):
    n = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    p = one(f"SELECT count(DISTINCT customer_id) FROM events e WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=n, tolerance=round(abs(n - p) + 0.5, 1) if people else 0.5)


BEER = "o.order_type IN ('dine_in', 'growler', 'delivery')"


def paid_orders(start, end):
    n = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = 'tp_pay' AND {_in('e.ts', start, end)}")
    m = one(f"SELECT count(*) FROM orders o WHERE {BEER} AND o.status = 'paid' AND {_in('o.ts', start, end)}")
    return dict(value=n, tolerance=round(abs(n - m) + 0.5, 1))


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    print("   ", x, y)
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", status="paid", agg="sum(o.amount)"):
    return _money(one(f"SELECT {agg} FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_change(a, b, cond="1=1", agg="sum(amount)"):
    x = one(f"SELECT {agg} FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT {agg} FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    print("   ", x, y)
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
    print("   ", [(r[0], round(r[1], 1), r[2]) for r in big])
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    print("   ", rows)
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


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    print("   ", [(r[0], round(r[1], 2), r[2]) for r in big])
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    print("   ", rows[:4])
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_25, Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), \
    quarter(2026, 2)
ID_BUG = ("2026-03-10", "2026-04-06")
FLAT = ("2026-05-01", "2026-06-30")
CANS = ("2026-01-01", "2026-02-28")
ALL = ("2025-01-01", "2026-07-31")
(DISCOVER, MENU, AGE, CART, PAY, POUR, FILL, DISPATCH, DELIVERED, SIGNUP, CHECKIN, JOIN, BOX, CANCEL, REQ, REFUND,
 REVIEW, REORDER) = (
    "tp_discover", "tp_menu", "tp_age_verify", "tp_cart", "tp_pay", "tp_pour", "tp_growler_fill", "tp_dispatch",
    "tp_delivered", "tp_event_signup", "tp_event_checkin", "tp_club_join", "tp_club_box", "tp_club_cancel",
    "tp_refund_request", "tp_refund", "tp_review", "tp_reorder")
APP = "f.channel = 'app_review'"
WEEKEND_NIGHT = "isodow(a.t) IN (5, 6) AND hour(a.t) >= 18"
SLOW_T = _like("f.text", ["上酒", "poured", "pour wait"])
FLAT_T = _like("f.text", ["没气", "flat"])
WARM_T = _like("f.text", ["温的", "不冰", "warm"])
LATE_T = _like("f.text", ["一个多小时", "over an hour"])
ID_T = _like("f.text", ["认证", "verif"])
LEAK_T = _like("f.text", ["漏", "leak"])
PRICEY_T = _like("f.text", ["贵", "overpriced", "pricey"])
EXPERT_T = _like("f.text", ["酒保", "bartender"])
SELECT_T = _like("f.text", ["酒单", "tap list"])
EVENT_T = _like("f.text", ["活动", "trivia night", "tap takeover", "event night"])


def gold():
    return {
        # ---- funnels / conversion
        "tr01": lambda: conv("first_order", *Y25),
        "tr02": lambda: top_lost("first_order", *Q4_25),
        "tr03": lambda: rank_conv("first_order", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "tr04": lambda: conv("first_order", *Y25, cond="c.acquisition_channel = 'friend'"),
        "tr05": lambda: conv("first_order", *H1_26, cond="c.\"获客渠道\" = '大众点评'"),
        "tr06": lambda: events_share(AGE, "e.action = 'fail'", *ID_BUG, "e.device = 'android'"),
        "tr07": lambda: events_share(AGE, "e.action = 'fail'", *ID_BUG, "e.device = 'ios'"),
        "tr08": lambda: top_events_share(AGE, "e.action = 'fail'", "e.app_version", *ALL, "e.device = 'android'",
                                         margin=3.0),
        "tr09": lambda: conv("first_order", *ID_BUG, cond="c.phone_os = 'android'"),
        # ---- events and the beer club
        "tr10": lambda: rank_rate(SIGNUP, CHECKIN, *Y25, by='a."活动类型"', negate=True, margin=2.0),
        "tr11": lambda: rate(SIGNUP, CHECKIN, *Y25, "a.event_type = 'tap_takeover'", negate=True),
        "tr12": lambda: conv("events", *H1_25),
        "tr13": lambda: club_after_checkin(*Y25, by='a."活动类型"', margin=1.3),
        "tr14": lambda: orders(*Y25, "o.order_type = 'event_ticket'"),
        # ---- delivery, ordering funnel, growlers
        "tr15": lambda: top_step_time(DISPATCH, DELIVERED, *H1_26, by="a.store_en", margin=1.3),
        "tr16": lambda: step_time(DISPATCH, DELIVERED, *H1_26, "a.store_id = 'S08'"),
        "tr17": lambda: rank_rate(DELIVERED, REQ, *H1_26, by="a.store", margin=1.8),
        "tr18": lambda: rate(DELIVERED, REQ, *H1_26, "a.store_id = 'S08'"),
        "tr19": lambda: conv("ordering", *Q2_26),
        "tr20": lambda: rank_rate(FILL, REFUND, *FLAT, by="a.store", b_cond="resolution = 'refund'", margin=2.5),
        "tr21": lambda: rate(FILL, REFUND, *FLAT, "a.store_id = 'S06'", b_cond="resolution = 'refund'"),
        # ---- beer club
        "tr22": lambda: events_at(CANCEL, *month(2026, 2), people=True),
        "tr23": lambda: events_share(BOX, "e.box_condition = 'leaking'", *CANS),
        "tr24": lambda: events_share(BOX, "e.box_condition = 'leaking'", *Q4_25),
        "tr25": lambda: events_change(CANCEL, month(2025, 12), month(2026, 2)),
        "tr26": lambda: orders(*Y25, "o.order_type = 'club_fee'"),
        "tr27": lambda: rate(JOIN, CANCEL, *Y25),
        # ---- pours, repeat, refunds
        "tr28": lambda: top_step_time(PAY, POUR, *Y25, by="a.store_en", cond=WEEKEND_NIGHT, margin=1.6),
        "tr29": lambda: step_time(PAY, POUR, *Y25, f"a.store_id = 'S02' AND {WEEKEND_NIGHT}"),
        "tr30": lambda: conv("repeat", *H1_25, unbounded_only=True),
        "tr31": lambda: rank_conv("repeat", *H1_25, by='c."口味偏好"', lowest=True, margin=1.15,
                                  unbounded_only=True),
        "tr32": lambda: step_time(REQ, REFUND, *Y25, unit="hours"),
        # ---- money
        "tr33": lambda: orders(*Q4_25),
        "tr34": lambda: orders(*month(2026, 6)),
        "tr35": lambda: orders(*month(2026, 5)),
        "tr36": lambda: orders_change(H1_25, H1_26),
        "tr37": lambda: events_sum(REFUND, "e.refund_amount", *Y25),
        "tr38": lambda: top_orders("o.store_en", *Y25, margin=1.1),
        "tr39": lambda: top_orders('o."订单类型"', *Y25, margin=1.3),
        "tr40": lambda: per_customer(*Y25),
        "tr41": lambda: per_customer(*Y25, "c.\"口味偏好\" = '酸啤控'"),
        "tr42": lambda: top_per_customer("c.drinker_type", *Y25, margin=1.12),
        "tr43": lambda: orders_change(month(2025, 6), month(2026, 6), "o.order_type = 'dine_in'", agg="count(*)"),
        # ---- volumes
        "tr44": lambda: paid_orders("2025-10-06", "2025-10-12"),
        "tr45": lambda: paid_orders(*month(2026, 1)),
        "tr46": lambda: paid_orders(*month(2026, 2)),
        # ---- customers
        "tr49": lambda: customers_count("c.\"城市\" = '北京' AND c.\"会员等级\" = '麦芽会员'"),
        "tr50": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'", margin=1.1),
        # ---- feedback
        "tr51": lambda: fb_topic_count(FLAT_T),
        "tr52": lambda: top_fb_count("f.store_en", FLAT_T, margin=2.0),
        "tr53": lambda: fb_topic_count(WARM_T),
        "tr54": lambda: top_fb_count("f.store", WARM_T, margin=1.3),
        "tr55": lambda: fb_topic_count(ID_T),
        "tr56": lambda: fb_topic_count(f"{ID_T} AND f.channel = 'app_store'"),
        "tr57": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "tr58": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.3),
        "tr59": lambda: top_fb_count("f.store", EXPERT_T, margin=2.0),
        "tr60": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}"),
        "tr61": lambda: fb_topic_count(SLOW_T),
        "tr62": lambda: feedback_ids(f"{LEAK_T} AND {_in('f.ts', *CANS)}"),
        "tr63": lambda: fb_avg("f.channel = 'dianping_review'", tol=0.03),
    }


def checks():
    """topic markers must match the generator's truth."""
    for cond, topic in ((SLOW_T, "slow_pour"), (FLAT_T, "flat"), (WARM_T, "warm"), (LATE_T, "late"),
                        (ID_T, "id_fail"), (LEAK_T, "leak"), (PRICEY_T, "pricey"), (EXPERT_T, "expert"),
                        (SELECT_T, "selection"), (EVENT_T, "event_fun")):
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
