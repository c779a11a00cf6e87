"""Gold answers for the 宝信当铺 TrustPawn held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (quote 30 d, pawn 7 d, redeem 210 d,
  outlet 7 d); rates are per customer (people); the tolerance covers both readings (later steps allowed after the
  period end, or not), except where the question says to count later steps. "Where do we lose the most" = the step
  whose next step is not reached by the most people (the loss between step k and k+1 is attributed to step k).
  A funnel split by a customer attribute filters the step-1 people by that attribute;
- a pawn ticket = one `session_id` (PT000123): [tp_quote,] tp_appraise, tp_sign, tp_payout, then per month
  tp_reminder and tp_renew, finally tp_redeem or tp_forfeit; an outlet visit = one `session_id` (OL000123):
  tp_outlet_view, tp_outlet_buy, tp_outlet_return. Per-ticket rates count tickets whose first event at the named
  step A falls in the period (by its date) and look for the later step B on the same ticket at any time; ticket
  attributes (store, 门店城市 / store_city, 品类 / category) are read from the step-A event;
- times between steps = per ticket, first B ts - first A ts (B after A), the period by the date of A; minutes or
  hours as the question asks; "longer than X" is strict;
- money = orders with status `paid` (refunded outlet sales and double-charged renewal fees are no income), by order
  ts. Order types: loan (当金放款, money lent out - not income), renewal_fee (续当费), redeem_fee (赎当 fee, the
  principal repaid is not an order amount), appraisal_fee (鉴定费), outlet (绝当品销售). "Fee income" = renewal_fee
  + redeem_fee + appraisal_fee; outlet refunds = refund_amount of tp_outlet_return by return date;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (store, 门店城市, 城市, 品类, 客户类型, 获客渠道), en ones against store_en / store_city / region / category /
  customer_type / acquisition_channel / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); ratings = rows with a rating (app_review, dianping_review); NPS survey = channel
  `survey`, nps 0-10; NPS score = share 9-10 minus share 0-6; negative = 1-2 stars when the question says so;
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


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30, unbounded_only=False, where="1=1"):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL AND ({where})")]
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


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, trap=False,
              lowest=False):
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


def orders_count(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"),
                tolerance=0.5)


def events_avg(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 4), tolerance=round(max(0.005, abs(float(v)) * 0.01), 4))


def avg_order(start, end, cond="1=1"):
    v = one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


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
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
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




def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
            f"WHERE f.channel = 'survey' AND f.nps IS NOT NULL AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2025-01-01", "2026-06-30")
Q4_25, Q1_26, Q2_26 = quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
SEP_NOV_25 = ("2025-09-01", "2025-11-30")
JAN_FEB_26 = ("2026-01-01", "2026-02-28")
(DISCOVER, QUOTE, APPRAISE, SIGN, PAYOUT, REMIND, RENEW, REDEEM, FORFEIT, OVIEW, OBUY, ORETURN, RATE,
 HOTLINE) = ("tp_discover", "tp_quote", "tp_appraise", "tp_sign", "tp_payout", "tp_reminder", "tp_renew",
             "tp_redeem", "tp_forfeit", "tp_outlet_view", "tp_outlet_buy", "tp_outlet_return", "tp_rate",
             "tp_hotline")
RATED = "f.rating IS NOT NULL"
LOW_T = _like("f.text", ["估价太低", "压价", "lowball", "way too low"])
HIDDEN_T = _like("f.text", ["隐藏费用", "乱收费", "hidden fee"])
SLOW_T = _like("f.text", ["放款太慢", "迟迟没到账", "payout took", "still waiting for the money"])
NOREM_T = _like("f.text", ["没收到提醒", "reminder"])
OUTQ_T = _like("f.text", ["成色", "condition was worse"])
FEES = "o.order_type IN ('renewal_fee', 'redeem_fee', 'appraisal_fee')"


def gold():
    return {
        # ---- funnels / conversion
        "ps01": lambda: conv("quote", *Y25),
        "ps02": lambda: rank_conv("quote", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2,
                                  where="c.acquisition_channel <> 'walk_in'"),
        "ps03": lambda: conv("quote", *Y25, cond="c.acquisition_channel = 'referral'"),
        "ps04": lambda: top_lost("pawn", *H2_25),
        "ps05": lambda: conv("pawn", *H1_26),
        "ps06": lambda: rank_rate(APPRAISE, SIGN, *Y25, by='a."品类"', lowest=True, margin=1.3),
        "ps07": lambda: rate(APPRAISE, SIGN, *Y25, "a.category = 'gold_jewellery'"),
        "ps08": lambda: conv("redeem", *H1_25, unbounded_only=True),
        "ps09": lambda: rate(PAYOUT, RENEW, *Y25),
        "ps10": lambda: rank_rate(PAYOUT, RENEW, *Y25, by='c."客户类型"', margin=1.5),
        "ps11": lambda: rate(PAYOUT, FORFEIT, *Y25),
        "ps12": lambda: rank_rate(PAYOUT, FORFEIT, *Y25, by="a.category", margin=1.5),
        "ps13": lambda: events_at(FORFEIT, *month(2026, 2)),
        "ps14": lambda: events_at(FORFEIT, *month(2025, 12)),
        "ps15": lambda: events_share(REMIND, "e.action = 'failed'", *JAN_FEB_26),
        "ps16": lambda: step_time(SIGN, PAYOUT, "2025-09-01", "2025-10-31", "a.store_id = 'ONL'", unit="hours"),
        "ps17": lambda: step_time(SIGN, PAYOUT, *Q4_25, "a.store_id <> 'ONL'", unit="minutes"),
        "ps18": lambda: step_time_share(SIGN, PAYOUT, "2025-09-01", "2025-10-31", 24, unit="hours",
                                        cond="a.store_id = 'ONL'"),
        "ps19": lambda: conv("outlet", *Y25),
        "ps20": lambda: rank_rate(OBUY, ORETURN, *ALL, by='a."品类"', margin=1.3),
        "ps21": lambda: rate(OBUY, ORETURN, *Y25),
        # ---- money
        "ps22": lambda: orders(*Y25, "o.order_type = 'loan'"),
        "ps23": lambda: orders(*Q1_26, "o.order_type = 'renewal_fee'"),
        "ps24": lambda: orders(*month(2026, 4), "o.order_type = 'outlet'"),
        "ps25": lambda: orders(*month(2026, 3), "o.order_type = 'outlet'"),
        "ps26": lambda: orders(*Y25, FEES),
        "ps27": lambda: orders_change(H1_25, H1_26, "o.order_type = 'loan'"),
        "ps28": lambda: top_orders("o.store_city", *Y25, "o.order_type = 'loan' AND o.store_id <> 'ONL'", margin=1.3),
        "ps29": lambda: top_orders('o."品类"', *H1_26, "o.order_type = 'loan'", margin=1.15),
        "ps30": lambda: avg_order(*H1_26, "o.order_type = 'loan' AND o.category = 'gold_jewellery'"),
        "ps31": lambda: avg_order(*H1_25, "o.order_type = 'loan' AND o.category = 'gold_jewellery'"),
        "ps32": lambda: events_sum(ORETURN, "e.refund_amount", *Y25),
        "ps33": lambda: top_orders("o.store", *ALL, "o.order_type = 'appraisal_fee'"),
        "ps34": lambda: orders(*Y25, "o.order_type = 'appraisal_fee' AND o.store_id = 'S09'"),
        "ps35": lambda: events_avg(SIGN, "e.ltv", *Y25, "e.category = 'phone'"),
        "ps36": lambda: events_avg(APPRAISE, "e.appraised_value", *Y25, "e.category = 'watch'"),
        "ps37": lambda: orders_count(*Y25, "o.order_type = 'renewal_fee' AND o.status = 'refunded'"),
        # ---- per customer
        "ps38": lambda: per_customer_events(PAYOUT, *Y25, "c.customer_type = 'small_business'"),
        "ps39": lambda: per_customer(*Y25, "o.order_type = 'outlet'"),
        # ---- volumes / trends
        "ps40": lambda: events_at(SIGN, "2025-10-13", "2025-10-19"),
        "ps41": lambda: events_at(PAYOUT, *Q1_26),
        "ps42": lambda: events_at(PAYOUT, *Q2_26),
        "ps45": lambda: events_change(QUOTE, H2_25, H1_26),
        # ---- customers
        "ps46": lambda: customers_count("c.customer_type = 'small_business'"),
        "ps47": lambda: customers_share("c.acquisition_channel = 'douyin'"),
        "ps48": lambda: customers_count(_in("c.signup_at", *Q2_26)),
        "ps49": lambda: top_customers("c.region", "c.segment = 'at_risk' AND c.region <> 'Shanghai'", margin=1.15),
        # ---- feedback
        "ps50": lambda: fb_topic_count(LOW_T, "low_appraisal"),
        "ps51": lambda: top_fb_count("f.category", LOW_T, margin=1.5),
        "ps52": lambda: fb_topic_count(SLOW_T, "slow_payout", period=_in("f.ts", *SEP_NOV_25)),
        "ps53": lambda: fb_topic_count(HIDDEN_T, "hidden_fee"),
        "ps54": lambda: top_fb_count("f.store", HIDDEN_T, margin=2.0),
        "ps55": lambda: fb_topic_count(NOREM_T, "no_reminder", period=_in("f.ts", *H1_26)),
        "ps56": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'app_review' AND {_in('f.ts', *Y25)}"),
        "ps57": lambda: fb_avg(f"f.channel = 'app_review' AND {_in('f.ts', *Y25)}"),
        "ps58": lambda: fb_avg(f"f.store_id = 'S09' AND {_in('f.ts', *Y25)}", tol=0.05),
        "ps59": lambda: rank_fb_avg("f.store_en", f"{RATED} AND f.store_id <> 'ONL' AND {_in('f.ts', *Y25)}", 30,
                                    margin=0.3),
        "ps60": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "ps61": lambda: nps_score(_in("f.ts", *Y25)),
        "ps62": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.3),
        "ps63": lambda: feedback_ids(f"{SLOW_T}"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    _check_topic(OUTQ_T, "outlet_quality")
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
