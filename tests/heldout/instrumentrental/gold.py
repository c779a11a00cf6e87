"""Gold answers for the 悦音乐器租赁 YueYin Instrument Rentals held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint strictly after reaching step
  k-1, within the journey window from their first step-1 event in the period (web_signup 30 d, store_signup 14 d,
  repair 21 d, upsize 30 d, return_refund 30 d, rent_to_own 540 d); rates are per customer (people = families /
  customer_id); the tolerance covers both readings (later steps allowed after the period end, or not), except where
  the question says later steps count. "Where do we lose the most" = the step whose next step is not reached by the
  most people (the loss between step k and k+1 is attributed to step k: tp_trial = tried but did not sign). A funnel
  split by a customer attribute filters the step-1 people by that attribute (customers table);
- a rental contract = one `session_id` CT00123 (tp_contract, tp_rent_pay, tp_repair_req / tp_repair_done, tp_swap_req /
  tp_swap, tp_buyout | tp_return + tp_deposit_refund, tp_review); a trial booking = `session_id` BK00123 (tp_trial_book,
  tp_trial; walk-in trials have no booking). Per-contract rates count contracts whose tp_contract falls in the period
  and look for step B in the same contract within N days of signing (or at any time up to the end of the data,
  2026-08-31); contract attributes (store / 门店, instrument / 乐器, condition_grade / 成色) are read from the
  tp_contract event; show-up rate = bookings (tp_trial_book in the period) with a tp_trial of the same booking;
  trial -> contract = people whose first trial in the period signed a contract within 30 days after it;
- repairs and size swaps pair request and completion by `ticket_id` (RP… / SW…); times between steps = completion ts -
  request ts per ticket, period by the request date (tolerance also covers first-request -> first-completion per
  contract); return -> deposit refund and contract -> buy-out per contract; days as fractional days;
- event shares: autopay failure rate = tp_rent_pay events with action `fail` / all tp_rent_pay events (every debit
  attempt, retries included) by event date and payment_method; deduction share = tp_deposit_refund rows with
  deduction > 0 / all tp_deposit_refund rows; counts of contracts / returns / swaps = events at that touchpoint;
- money = orders with status `paid` by order ts: 月租 / rent income = `monthly_rent` (ts = the due date), buy-out revenue
  = `buyout`, repair fees = `repair_fee`; deposits (order_type `deposit`: status paid = still held, refunded, converted
  = applied to a buy-out) are not income: "deposits collected" sums every deposit order by its ts whatever its status;
  deposits refunded = `refund_amount` of tp_deposit_refund by refund date; spend per customer excludes deposits;
- customer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (门店 `store`, 乐器, 成色, 支付方式, 维修类型, 获客渠道, 推荐老师), en ones against the English values (store_en, instrument,
  condition_grade, payment_method, repair_type, acquisition_channel, referral_teacher) / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`; rating by step = feedback.touchpoint_id
  over rows with a rating; negative = 1-2 stars; NPS = survey `nps` 0-10, NPS score = share 9-10 minus share 0-6 (a
  fraction);
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


def _assert_margin(rows, margin, lowest=False):
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]


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
        _assert_margin(rows, margin, lowest)
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
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per contract / booking (session) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None, days=None):
    """share of sessions with a first `a_tp` in the period that have a `b_tp` (within `days` of it, or ever)."""
    sel = f"{by}, " if by else ""
    lim = f"AND b.ts <= a.t + INTERVAL {days} DAY" if days else ""
    sql = f"""SELECT {sel}avg((EXISTS (SELECT 1 FROM events b WHERE b.session_id = a.session_id
                     AND b.touchpoint_id = '{b_tp}' AND b.ts > a.t {lim} AND ({b_cond})))::int) r, count(*) n
              FROM {_first(a_tp)} a LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {f'GROUP BY 1 HAVING {by} IS NOT NULL ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", days=None):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond, days=days)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, days=None,
              lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by, days=days)
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        big = big[::-1]
    _assert_margin(big, margin, lowest)
    return dict(top_entity=big[0][0])


def cust_within(a_tp, b_tp, days, start, end, cond="1=1"):
    """people whose first `a_tp` in the period have a `b_tp` within `days` after it."""
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events b WHERE b.customer_id = a.customer_id
                       AND b.touchpoint_id = '{b_tp}' AND b.ts > a.t AND b.ts <= a.t + INTERVAL {days} DAY))::int)
                FROM (SELECT e.customer_id, min(e.ts) t FROM events e WHERE e.touchpoint_id = '{a_tp}'
                      AND {_in('e.ts', start, end)} GROUP BY 1) a JOIN customers c USING (customer_id)
                WHERE {cond}""")
    return dict(value=round(v, 4), tolerance=0.01)


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _pairs(a_tp, b_tp, start, end, cond, key):
    if key == "ticket_id":
        return f"""FROM events a JOIN events b ON b.ticket_id = a.ticket_id AND b.touchpoint_id = '{b_tp}'
                   LEFT JOIN customers c ON c.customer_id = a.customer_id
                   WHERE a.touchpoint_id = '{a_tp}' AND b.ts > a.ts AND {_in('a.ts', start, end)} AND ({cond})"""
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days", key="session_id"):
    """per ticket (key ticket_id) or per contract; the tolerance also covers the other pairing and whole days."""
    vals = []
    for k in ([key, "session_id"] if key == "ticket_id" else [key]):
        if k == "ticket_id":
            expr = "epoch(b.ts - a.ts)"
        else:
            expr = "epoch(b.t - a.t)"
        vals.append(one(f"SELECT {agg}({expr} / {UNITS[unit]}) {_pairs(a_tp, b_tp, start, end, cond, k)}"))
    v = vals[0]
    if unit == "days":
        ta = "a.ts" if key == "ticket_id" else "a.t"
        tb = "b.ts" if key == "ticket_id" else "b.t"
        w = one(f"SELECT {agg}(date_diff('day', {ta}::DATE, {tb}::DATE)) {_pairs(a_tp, b_tp, start, end, cond, key)}")
        vals.append(w)
    tol = max(0.05, v * 0.03, max(abs(v - x) for x in vals) + 0.05)
    return dict(value=round(v, 3), tolerance=round(tol, 3))


def top_step_time(a_tp, b_tp, start, end, by, agg="median", key="session_id", margin=1.5, min_n=5):
    rows = q(f"""SELECT {by}, {agg}(epoch({'b.ts - a.ts' if key == 'ticket_id' else 'b.t - a.t'}) / 86400) v,
                        count(*) n {_pairs(a_tp, b_tp, start, end, '1=1', key)} GROUP BY 1 HAVING count(*) >= {min_n}
                 ORDER BY v DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def ticket_within(a_tp, b_tp, days, start, end, cond="1=1"):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events b WHERE b.ticket_id = a.ticket_id AND b.touchpoint_id =
                       '{b_tp}' AND b.ts > a.ts AND b.ts <= a.ts + INTERVAL {days} DAY))::int)
                FROM events a WHERE a.touchpoint_id = '{a_tp}' AND {_in('a.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


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


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, min_n=1, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r {'' if lowest else 'DESC'}")
    _assert_margin(rows, margin, lowest)
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", status="o.status = 'paid'"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE {status} AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def rent(start, end, cond="1=1"):
    """paid monthly rent by order ts (the due date); the tolerance also covers counting by `paid_at`."""
    x = one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {RENT_O} AND {_in('o.ts', start, end)} "
            f"AND ({cond})")
    y = one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {RENT_O} "
            f"AND {_in('o.paid_at', start, end)} AND ({cond})")
    return dict(value=round(float(x), 2), tolerance=round(max(0.05, float(x) * 0.002, abs(float(x - y)) * 1.1), 2))


def rent_change(a, b):
    x = [one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {RENT_O} AND {_in(f'o.{col}', *a)}")
         for col in ("ts", "paid_at")]
    y = [one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {RENT_O} AND {_in(f'o.{col}', *b)}")
         for col in ("ts", "paid_at")]
    v = [float((y[i] - x[i]) / x[i]) for i in range(2)]
    return dict(value=round(v[0], 4), tolerance=round(max(0.01, abs(v[0] - v[1]) + 0.005), 4))


def orders_all(cond):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE {cond}"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _assert_margin(rows, margin)
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_contracts_by(by, margin=1.5):
    rows = q(f"""SELECT {by}, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = 'tp_contract' AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    _assert_margin(rows, margin)
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
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
ALL = ("2025-01-01", "2026-08-31")
CELLO_WIN = ("2025-09-01", "2025-11-30")
UNION_WIN = ("2026-03-01", "2026-04-30")
CD_BEFORE = ("2025-09-01", "2026-02-28")
CD_AFTER = ("2026-03-01", "2026-08-31")
PD_WIN = ("2026-04-01", "2026-07-31")
(WEB, STORE, BOOK, TRIAL, CONTRACT, RENT, REPAIR_REQ, REPAIR_DONE, SWAP_REQ, SWAP, BUYOUT, RETURN, REFUND,
 REVIEW) = ("tp_web_visit", "tp_store_visit", "tp_trial_book", "tp_trial", "tp_contract", "tp_rent_pay",
            "tp_repair_req", "tp_repair_done", "tp_swap_req", "tp_swap", "tp_buyout", "tp_return",
            "tp_deposit_refund", "tp_review")
APP = "f.channel = 'mini_program_review'"
RENT_O = "o.order_type = 'monthly_rent'"
FAIL = "e.action = 'fail'"
QUALITY_T = _like("f.text", ["开胶", "音不准", "琴桥", "琴况", "out of tune", "seams", "bridge"])
REPAIR_T = _like("f.text", ["维修", "修了", "repair"])
SWAP_T = _like("f.text", ["换大一号", "换尺寸", "换琴", "swap"])
AUTOPAY_T = _like("f.text", ["扣款", "代扣", "autopay", "debit"])
DEPOSIT_SLOW_T = _like("f.text", ["押金还没退", "押金迟迟", "deposit refund", "waiting for the deposit"])
DEDUCT_T = _like("f.text", ["押金被扣", "扣了钱", "deducted", "part of my deposit"])
PRICEY_T = _like("f.text", ["有点贵", "偏贵", "太贵", "pricey", "expensive"])
TRIAL_T = _like("f.text", ["试琴", "trial lesson", "try-out"])
RTO_T = _like("f.text", ["租转买", "rent-to-own"])
STAFF_T = _like("f.text", ["店员", "staff"])


def gold():
    return {
        # ---- funnels / conversion
        "ir01": lambda: conv("web_signup", *Y25),
        "ir02": lambda: top_lost("store_signup", *H1_26),
        "ir03": lambda: rank_rate(BOOK, TRIAL, *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "ir04": lambda: rate(BOOK, TRIAL, *Y25, "c.acquisition_channel = 'xiaohongshu'"),
        "ir05": lambda: cust_within(TRIAL, CONTRACT, 30, *Y25),
        "ir06": lambda: cust_within(TRIAL, CONTRACT, 30, *Y25, "c.acquisition_channel = 'teacher_referral'"),
        "ir07": lambda: rank_conv("web_signup", *Y25, by='c."获客渠道"', margin=1.3),
        "ir08": lambda: conv("web_signup", *H1_26, cond="c.acquisition_channel = 'douyin'"),
        "ir09": lambda: rate(CONTRACT, BUYOUT, *H1_25),
        "ir10": lambda: rank_rate(CONTRACT, BUYOUT, *H1_25, by='a."乐器"', margin=1.4),
        "ir11": lambda: rate(CONTRACT, BUYOUT, *H1_25, "a.instrument = 'violin'"),
        "ir13": lambda: rank_rate(CONTRACT, RETURN, *Y25, by="a.instrument", days=90, margin=1.5),
        "ir14": lambda: rate(CONTRACT, RETURN, *Y25, "a.instrument = 'guitar'", days=90),
        "ir15": lambda: ticket_within(SWAP_REQ, SWAP, 14, *CELLO_WIN, "a.instrument = 'cello'"),
        "ir16": lambda: step_time(RETURN, REFUND, *Q2_26, "a.store_id = 'S02'"),
        "ir17": lambda: step_time(RETURN, REFUND, *Q2_26, "a.store_id <> 'S02'"),
        "ir18": lambda: top_step_time(RETURN, REFUND, *PD_WIN, by='a.store', margin=2.0),
        # ---- times between steps
        "ir19": lambda: step_time(REPAIR_REQ, REPAIR_DONE, *CD_BEFORE, "a.store_id = 'S06'", key="ticket_id"),
        "ir20": lambda: step_time(REPAIR_REQ, REPAIR_DONE, *CD_AFTER, "a.store_id = 'S06'", key="ticket_id"),
        "ir21": lambda: step_time(SWAP_REQ, SWAP, *CELLO_WIN, "a.instrument = 'cello'", key="ticket_id"),
        "ir22": lambda: step_time(SWAP_REQ, SWAP, *CELLO_WIN, "a.instrument = 'violin'", key="ticket_id"),
        "ir23": lambda: step_time(CONTRACT, BUYOUT, *Y25),
        # ---- volumes / shares
        "ir24": lambda: events_at(BOOK, "2025-09-01", "2025-09-07"),
        "ir25": lambda: events_at(CONTRACT, *month(2025, 9)),
        "ir26": lambda: events_at(CONTRACT, *month(2026, 2)),
        "ir27": lambda: events_share(RENT, FAIL, *UNION_WIN, "e.payment_method = 'unionpay_autopay'"),
        "ir28": lambda: top_events_share(RENT, FAIL, 'e."支付方式"', *UNION_WIN, margin=3.0),
        "ir29": lambda: events_share(RENT, FAIL, *UNION_WIN, "e.payment_method = 'wechat_autopay'"),
        "ir30": lambda: events_at(RETURN, *month(2025, 7)),
        "ir31": lambda: rank_rate(CONTRACT, REPAIR_REQ, *Y25, by='a."成色"', days=90, margin=2.0),
        "ir32": lambda: rate(CONTRACT, REPAIR_REQ, *Y25, "a.condition_grade = 'C'", days=90),
        "ir33": lambda: rank_rate(CONTRACT, REPAIR_REQ, *CD_BEFORE, by="a.store_en", days=90, margin=1.3),
        "ir34": lambda: top_events_count(REPAIR_REQ, 'e."维修类型"', *Y25),
        "ir36": lambda: events_share(REFUND, "e.deduction > 0", *H1_26),
        "ir37": lambda: events_agg(REFUND, "e.deduction", *Y25, "e.deduction > 0"),
        # ---- money
        "ir38": lambda: rent(*Y25),
        "ir39": lambda: rent_change(Q2_25, Q2_26),
        "ir40": lambda: top_orders("o.store_en", *Y25, RENT_O, margin=1.25),
        "ir41": lambda: top_orders('o."乐器"', *Y25, RENT_O, margin=1.25),
        "ir42": lambda: rent(*Y25, "o.instrument = 'piano'"),
        "ir43": lambda: orders(*H1_26, "o.order_type = 'buyout'"),
        "ir44": lambda: events_sum(REFUND, "e.refund_amount", *Q2_26),
        "ir45": lambda: rent(*month(2026, 7)),
        "ir46": lambda: rent(*month(2026, 6)),
        "ir47": lambda: orders(*Y25, "o.order_type = 'deposit'", status="1=1"),
        "ir50": lambda: per_customer(*Y25, "o.order_type <> 'deposit' AND c.acquisition_channel = 'teacher_referral'"),
        # ---- customers
        "ir51": lambda: customers_count("c.region = 'Chengdu'"),
        "ir53": lambda: top_contracts_by('c."推荐老师"', margin=2.0),
        # ---- feedback
        "ir56": lambda: fb_topic_count(DEPOSIT_SLOW_T, "deposit_slow"),
        "ir57": lambda: fb_topic_count(AUTOPAY_T, "autopay", period=_in("f.ts", *UNION_WIN)),
        "ir58": lambda: fb_topic_count(QUALITY_T, "quality"),
        "ir59": lambda: top_fb_count("f.store", f"{QUALITY_T} AND f.ts >= DATE '2025-09-01'", margin=1.6),
        "ir60": lambda: fb_topic_count(SWAP_T, "swap_wait"),
        "ir61": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "ir62": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.3),
        "ir63": lambda: fb_avg(f"{APP} AND f.store_id = 'S06' AND {_in('f.ts', *Q4_25)}", tol=0.03),
        "ir64": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "ir65": lambda: fb_topic_count(TRIAL_T, "trial_good"),
        "ir67": lambda: feedback_ids(f"({DEPOSIT_SLOW_T} OR {DEDUCT_T}) AND {_in('f.ts', '2026-05-01', '2026-07-31')}"),
        "ir68": lambda: fb_topic_count(RTO_T, "rto_good"),
    }


def checks():
    """topic markers must match the generator's truth."""
    for cond, topic in ((QUALITY_T, "quality"), (REPAIR_T, "repair_slow"), (SWAP_T, "swap_wait"),
                        (AUTOPAY_T, "autopay"), (DEPOSIT_SLOW_T, "deposit_slow"), (DEDUCT_T, "deduction"),
                        (PRICEY_T, "pricey"), (TRIAL_T, "trial_good"), (RTO_T, "rto_good"), (STAFF_T, "staff_nice")):
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
