"""Gold answers for the 跳跳云 JumpCloud trampoline-park held-out batch, from plain DuckDB SQL over the raw CSVs written
by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (booking 7 d, visit 14 d, membership 30 d,
  refund 14 d); rates are per customer (people); the tolerance covers both readings (later steps allowed after the
  period end, or not), except where the question says to count later steps. "Where do we lose the most" = the step
  whose next step is not reached by the most people (the loss between step k and k+1 is attributed to step k).
  A funnel split by a customer attribute filters the step-1 people by that attribute;
- a booking = one `session_id` (JT000123): tp_book, tp_pay, tp_cancel / tp_refund, tp_waiver, tp_socks, tp_checkin,
  tp_jump (one per zone), tp_injury, tp_overtime, tp_snack (0..n), tp_member, tp_rate. A paid booking = it has a
  `tp_pay`; per-booking rates count bookings whose first event at the named step A falls in the period (by its date)
  and look for step B in the same booking at any time; booking attributes (park, 所在城市 / park_city, 产品类型 /
  product_type, payment method) are read from the step-A event; where a question is about *sessions* in a period
  ("weekend sessions in July"), the period and weekday are those of `session_start`;
- a visit = a `tp_checkin` event; an injury rate per visit = tp_injury events / tp_checkin events; per zone =
  tp_injury events in that zone / tp_jump events (zone entries) in that zone; check-in wait = `checkin_wait_min`;
- times between steps = per booking, first B ts - first A ts (B after A), period by the date of A;
- money = orders with status `paid` (refunded and timed-out `cancelled` orders are no revenue), by order ts; revenue =
  tickets + party packages + grip socks + overtime + snacks + membership cards; refunds = `refund_amount` of
  `tp_refund` events by refund date; spend per paying customer = paid amount / customers with >= 1 paid order in the
  period; paid bookings = `tp_pay` events (one per booking), member-card visits included (amount 0);
- customer attributes are as stored (state at the end of the data, 2026-06-30); zh questions are checked against
  the Chinese twins (park, 所在城市, 城市, 客群, 产品类型, 会员卡 / 卡种, 区域), en ones against park_en / park_city /
  region / customer_type / product_type / acquisition_channel / zone / card_type / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`; rating by step = feedback.touchpoint_id
  over rows with a rating; NPS score = share of survey nps 9-10 minus share 0-6 (as a fraction);
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of`; a week is Monday..Sunday; weekend = Saturday and Sunday.
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


def snacks_per_booking(start, end):
    f = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND order_type = 'snacks' "
            f"AND {_in('o.ts', start, end)}")
    n = one(f"SELECT count(*) FROM events WHERE touchpoint_id = 'tp_pay' AND {_in('ts', start, end)}")
    v = float(f) / n
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.01), 2))


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




# ---------- trampoline specifics ----------

def _paid_sessions(cond="1=1"):
    """paid bookings with their session_start (from the tp_pay event) and whether the park cancelled them for capacity."""
    return f"""(SELECT p.*, CAST(p.session_start AS TIMESTAMP) AS st, dayofweek(CAST(p.session_start AS TIMESTAMP))
               IN (0, 6) AS weekend, EXISTS (SELECT 1 FROM events x WHERE x.session_id = p.session_id
               AND x.touchpoint_id = 'tp_cancel' AND x.cancel_reason = 'over_capacity') AS cap
               FROM {_first('tp_pay')} p WHERE {cond})"""


def cap_rate(start, end, cond="1=1"):
    v = one(f"SELECT avg(cap::int) FROM {_paid_sessions(cond)} s WHERE {_in('s.st', start, end)}")
    return dict(value=round(v, 4), tolerance=0.01)


def zone_injury(start, end, by="zone", cond="1=1", min_n=1, margin=1.3, value_of=None):
    rows = q(f"""SELECT {by}, count(*) FILTER (WHERE touchpoint_id = 'tp_injury') * 1.0
                 / count(*) FILTER (WHERE touchpoint_id = 'tp_jump') r,
                 count(*) FILTER (WHERE touchpoint_id = 'tp_jump') n
                 FROM events e WHERE touchpoint_id IN ('tp_injury', 'tp_jump') AND {_in('e.ts', start, end)}
                 AND ({cond}) GROUP BY 1 ORDER BY r DESC""")
    big = [r for r in rows if r[2] >= min_n]
    if value_of is not None:
        return dict(value=round(next(r[1] for r in rows if r[0] == value_of), 4), tolerance=0.01)
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def visit_injury_rate(start, end, cond="1=1"):
    v = one(f"""SELECT count(*) FILTER (WHERE touchpoint_id = 'tp_injury') * 1.0
                / count(*) FILTER (WHERE touchpoint_id = 'tp_checkin') FROM events e
                WHERE {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def wait(start, end, cond="1=1", agg="median"):
    v = one(f"SELECT {agg}(checkin_wait_min) FROM events e WHERE touchpoint_id = 'tp_checkin' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))


def top_count(sql, margin=1.15):
    rows = q(sql)
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def nps_score(cond):
    v = one(f"SELECT avg((nps >= 9)::int) - avg((nps <= 6)::int) FROM feedback f WHERE nps IS NOT NULL AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


Y25 = ("2025-03-01", "2025-12-31")      # the mini program launched on 2025-03-01
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
SUMMER_25 = ("2025-07-01", "2025-08-31")
NOV_JUN = ("2025-11-01", "2026-06-30")
ALL = ("2025-03-01", "2026-06-30")
HEXI_OPEN = ("2026-04-18", "2026-06-30")
DISCOVER, BROWSE, BOOK, PAY, CANCEL, REFUND, WAIVER, SOCKS, CHECKIN, JUMP, INJURY, OVERTIME, SNACK, MEMBER, RATE = (
    "tp_discover", "tp_browse", "tp_book", "tp_pay", "tp_cancel", "tp_refund", "tp_waiver", "tp_socks", "tp_checkin",
    "tp_jump", "tp_injury", "tp_overtime", "tp_snack", "tp_member", "tp_rate")
APP = "f.channel = 'mini_program_review'"
VOUCHER = "a.payment_method IN ('meituan_voucher', 'douyin_voucher')"
CROWD_T = _like("f.text", ["人太多", "太挤", "too crowded"])
SOCKS_T = _like("f.text", ["防滑袜", "socks"])
FOAM_T = _like("f.text", ["海绵池", "foam pit"])
INJ_T = _like("f.text", ["扭伤", "磕到", "受伤", "sprain", "hurt", "injured"])
HOSTBAD_T = _like("f.text", ["敷衍", "不专业", "派对主持迟到", "disinterested", "unprofessional", "host showed up"])
REFUND_T = _like("f.text", ["还没到账", "退款太慢", "hasn't arrived", "taking forever"])
OT_T = _like("f.text", ["超时费", "overtime fee"])
TIMED = "product_type IN ('pass_60', 'pass_90', 'pass_120')"


def gold():
    return {
        # ---- ticket funnel / conversion
        "tp01": lambda: conv("booking", *Y25),
        "tp02": lambda: top_lost("booking", *Q3_25),
        "tp03": lambda: rank_conv("booking", *Y25, by="c.acquisition_channel", lowest=True),
        "tp04": lambda: conv("booking", *Y25, cond="c.acquisition_channel = 'school_group'"),
        "tp05": lambda: conv("visit", *H1_26),
        "tp06": lambda: conv("membership", *Q4_25),
        "tp07": lambda: rank_conv("membership", *Y25, by='c."客群"', margin=1.3),
        "tp08": lambda: conv("refund", *Y25, unbounded_only=True),
        # ---- cancellations, overtime, injuries (per booking / per visit)
        "tp09": lambda: cap_rate(*SUMMER_25, "p.park_id = 'P02' AND dayofweek(CAST(p.session_start AS TIMESTAMP)) "
                                             "IN (0, 6)"),
        "tp10": lambda: cap_rate(*SUMMER_25, "p.park_id = 'P02' AND dayofweek(CAST(p.session_start AS TIMESTAMP)) "
                                             "NOT IN (0, 6)"),
        "tp11": lambda: rate(PAY, OVERTIME, *Y25, "a.product_type = 'pass_60'"),
        "tp12": lambda: rank_rate(PAY, OVERTIME, *H1_26, by='a."产品类型"', margin=1.6),
        "tp13": lambda: zone_injury(*ALL),
        "tp14": lambda: zone_injury(*NOV_JUN, by="e.park", cond="e.zone = 'ninja_course'", min_n=50),
        "tp15": lambda: zone_injury(*NOV_JUN, by="e.park_en", cond="e.zone = 'ninja_course'",
                                    value_of="Xi'an Qujiang Joy City"),
        "tp16": lambda: visit_injury_rate(*HEXI_OPEN, "e.park_id = 'P13'"),
        "tp63": lambda: visit_injury_rate(*HEXI_OPEN),
        "tp17": lambda: events_share(INJURY, "e.severity = 'referred_hospital'", *ALL),
        # ---- waits and times between steps
        "tp18": lambda: wait(*SUMMER_25, "e.park_id = 'P02' AND dayofweek(e.ts) IN (0, 6)"),
        "tp19": lambda: wait(*Y25, "dayofweek(e.ts) NOT IN (0, 6)"),
        "tp20": lambda: step_time(CANCEL, REFUND, *Y25, VOUCHER, agg="avg"),
        "tp21": lambda: step_time(CANCEL, REFUND, *Y25, "a.payment_method = 'wechat_pay'", agg="avg",
                                  unit="minutes"),
        "tp22": lambda: step_time(PAY, CHECKIN, *Q2_26, "a.product_type = 'class_outing'", unit="days"),
        # ---- money
        "tp23": lambda: orders(*Q3_25),
        "tp24": lambda: orders(*month(2026, 3)),
        "tp25": lambda: orders(*month(2026, 2)),
        "tp26": lambda: orders(*month(2025, 10), "o.order_type = 'socks'"),
        "tp27": lambda: events_sum(SOCKS, "e.socks_pairs", *Q4_25),
        "tp28": lambda: orders(*H2_25, "o.order_type = 'overtime'"),
        "tp29": lambda: events_sum(REFUND, "e.refund_amount", *Q3_25),
        "tp30": lambda: top_orders('o."所在城市"', *Y25, "o.order_type IN ('ticket', 'party_package')"),
        "tp31": lambda: top_orders("o.product_type", *H1_26, "o.order_type IN ('ticket', 'party_package')",
                                   margin=1.1),
        "tp32": lambda: orders(*H1_26, "o.order_type = 'membership'"),
        "tp33": lambda: top_count(f"SELECT card_type, count(*) FROM orders o WHERE status = 'paid' "
                                  f"AND order_type = 'membership' AND {_in('o.ts', *H1_26)} GROUP BY 1 ORDER BY 2 DESC"),
        "tp34": lambda: orders_change(("2025-04-01", "2025-06-30"), ("2026-04-01", "2026-06-30")),
        "tp35": lambda: per_customer(*Y25),
        "tp36": lambda: per_customer(*Y25, "c.\"客群\" = '青少年'"),
        "tp37": lambda: dict(value=round(one(f"SELECT avg(party_size) FROM {_first(PAY)} p WHERE "
                                             f"product_type = 'birthday_party' AND {_in('p.ts', *Y25)}"), 3),
                             tolerance=0.05),
        # ---- volumes / trends
        "tp39": lambda: events_at(PAY, *month(2026, 2)),
        "tp40": lambda: events_at(PAY, "2025-07-14", "2025-07-20"),
        "tp42": lambda: events_change(PAY, Q3_25, Q4_25),
        "tp43": lambda: events_at(CHECKIN, "2025-10-01", "2025-10-07"),
        "tp44": lambda: customers_count(f"c.acquisition_channel = 'mall_flyer' AND {_in('c.signup_at', *Q2_25)}"),
        # ---- customers
        "tp45": lambda: customers_count("c.\"会员卡\" = '年卡'"),
        "tp46": lambda: customers_share("c.acquisition_channel = 'douyin'"),
        "tp47": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'", margin=1.1),
        # ---- feedback
        "tp48": lambda: fb_topic_count(CROWD_T, "crowding"),
        "tp49": lambda: top_fb_count("f.park_en", CROWD_T, margin=1.15),
        "tp50": lambda: fb_topic_count(FOAM_T, "dirty_foam"),
        "tp51": lambda: top_fb_count("f.park", FOAM_T, margin=2.0),
        "tp52": lambda: fb_avg(f"{APP} AND f.park_id = 'P07' AND {_in('f.ts', *Y25)}", tol=0.03),
        "tp53": lambda: fb_avg(f"{APP} AND f.park_id = 'P07' AND {_in('f.ts', '2026-03-01', '2026-06-30')}", tol=0.03),
        "tp54": lambda: fb_topic_count(SOCKS_T, "socks_price", period=_in("f.ts", *Q4_25)),
        "tp55": lambda: fb_topic_count(SOCKS_T, "socks_price", period=_in("f.ts", *Q3_25)),
        "tp56": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "tp57": lambda: fb_avg("f.touchpoint_id = 'tp_injury'", tol=0.05),
        "tp58": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "tp59": lambda: nps_score(_in("f.ts", *H1_26)),
        "tp60": lambda: top_fb_count("f.park", HOSTBAD_T, margin=1.5),
        "tp61": lambda: fb_avg(f"{APP} AND f.park_id = 'P05' AND f.product_type = 'birthday_party'", tol=0.05),
        "tp62": lambda: feedback_ids(f"{INJ_T} AND f.park_id = 'P11'"),
        "tp64": lambda: fb_topic_count(REFUND_T, "refund_slow"),
        "tp65": lambda: fb_topic_count(INJ_T, "injury", period=_in("f.ts", *H1_26)),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((HOSTBAD_T, "host_bad"), (OT_T, "overtime_fee")):
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        checks()
    fns = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8")) if batch.exists() else []
    if not items:                          # dry run: print every gold
        for k, fn in fns.items():
            print(k, fn())
        return 0
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
