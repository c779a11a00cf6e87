"""Gold answers for the 声场 SoundBay held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (booking 14 d, session 30 d, post 45 d,
  refund 30 d, rebook 90 d); rates are per customer (people); the tolerance covers both readings (later steps allowed
  after the period end, or not), except where the question says to count later steps. "Where do we lose the most"
  = the step whose next step is not reached by the most people (the loss between step k and k+1 is attributed to
  step k). A funnel split by a customer attribute filters the step-1 people by that attribute;
- a booking = one `session_id` (BK000123): [tp_rebook,] tp_book, tp_pay_fail (0..n), tp_pay, tp_cancel / tp_refund,
  tp_engineer, tp_session, tp_gear (0..1), tp_overtime (0..1), tp_mix_order, tp_mix_deliver, tp_revision (0..n),
  tp_master, tp_files, tp_review. Per-booking rates count bookings whose first event at the named step A falls in
  the period (by its date) and look for the later step B in the same booking at any time; booking attributes
  (studio, 城市 / city, 棚型 / room_type, engineer, device) are read from the step-A event;
- times between steps = per booking, first B ts - first A ts (B after A), the period by the date of A; days (fractional)
  or minutes as the question asks;
- money = orders with status `paid` (refunded studio fees / packages are no revenue), by order ts; revenue = all
  order types (studio_hours, overtime, gear_rental, mixing, mastering, package); refunds = `refund_amount` of
  `tp_refund` events by refund date; spend per paying client = paid amount / clients with >= 1 paid order in the period;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (studio, 城市, 客户类型, 获客渠道, 棚型, engineer, 器材), en ones against studio_en / city / client_type /
  acquisition_channel / room_type / engineer_en / gear_item / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`; "ratings" without a channel = every
  rated row (mini program + Dianping); negative = 1-2 stars when the question says so; NPS = survey `nps` (0-10),
  NPS score = share 9-10 minus share 0-6;
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


# ---------- studio-specific ----------

def revisions_per_mix(start, end, cond="1=1"):
    """mean number of revision requests per booking whose first mix was delivered in the period."""
    v = one(f"""SELECT avg(coalesce(r.n, 0)) FROM {_first('tp_mix_deliver')} a
                LEFT JOIN (SELECT session_id, count(*) n FROM events WHERE touchpoint_id = 'tp_revision' GROUP BY 1) r
                USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                WHERE {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.03, float(v) * 0.02), 3))


def top_revisions_per_mix(by, start, end, margin=1.3):
    rows = q(f"""SELECT {by}, avg(coalesce(r.n, 0)) v FROM {_first('tp_mix_deliver')} a
                 LEFT JOIN (SELECT session_id, count(*) n FROM events WHERE touchpoint_id = 'tp_revision' GROUP BY 1) r
                 USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE {_in('a.t', start, end)} GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def orders_count(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def revenue_share(num, start, end):
    v = one(f"""SELECT sum(CASE WHEN {num} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o
                LEFT JOIN customers c USING (customer_id) WHERE o.status = 'paid' AND {_in('o.ts', start, end)}""")
    return dict(value=round(float(v), 4), tolerance=0.01)



Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
PAY_BUG = ("2025-04-14", "2025-05-18")
YEAR_END = ("2025-11-01", "2025-12-31")
SZ_OPEN = ("2026-03-01", "2026-06-14")
(VISIT, QUOTE, BOOK, PAYFAIL, PAY, CANCEL, REFUND, ENGINEER, SESSION, OVERTIME, GEAR, MIXORD, MIXDEL, REVISION, MASTER,
 FILES, REVIEW, REBOOK) = ("tp_visit", "tp_quote", "tp_book", "tp_pay_fail", "tp_pay", "tp_cancel", "tp_refund",
                           "tp_engineer", "tp_session", "tp_overtime", "tp_gear", "tp_mix_order", "tp_mix_deliver",
                           "tp_revision", "tp_master", "tp_files", "tp_review", "tp_rebook")
APP = "f.channel = 'mini_program_review'"
OVERTIME_T = _like("f.text", ["超时费", "加钟费", "overtime charge", "overtime fee", "billed overtime"])
NOISE_T = _like("f.text", ["施工", "隔音", "杂音", "construction", "soundproofing", "metro works"])
LATE_T = _like("f.text", ["交付太慢", "等混音", "一直没交", "delivered way late", "still waiting for the first mix",
                          "late delivery"])
REV_T = _like("f.text", ["好几轮", "太多轮", "revision rounds", "rounds of revisions"])
PAYF_T = _like("f.text", ["付不了款", "支付失败", "跳转失败", "payment page kept failing", "payment failed"])
GEAR_T = _like("f.text", ["电流声", "器材有毛病", "faulty"])
ACOUS_T = _like("f.text", ["声场", "声学", "acoustics"])
ENG_T = _like("f.text", ["录音师很专业", "engineer was brilliant"])


def gold():
    return {
        # ---- funnels / conversion
        "rs01": lambda: conv("booking", *Y25),
        "rs02": lambda: top_lost("booking", *Q3_25),
        "rs03": lambda: rank_conv("booking", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "rs04": lambda: conv("booking", *Y25, cond="c.acquisition_channel = 'referral'"),
        "rs05": lambda: rate(BOOK, PAYFAIL, *PAY_BUG, "a.device = 'ios'"),
        "rs06": lambda: rate(BOOK, PAYFAIL, *PAY_BUG, "a.device = 'android'"),
        "rs07": lambda: rate(BOOK, PAY, *PAY_BUG, "a.device = 'ios'"),
        "rs08": lambda: conv("session", *Y25),
        "rs09": lambda: top_lost("post", *Y25),
        "rs10": lambda: conv("rebook", *H1_25, unbounded_only=True),
        "rs11": lambda: rank_conv("rebook", *Y25, by='c."客户类型"', margin=1.3, unbounded_only=True),
        # ---- per booking
        "rs12": lambda: rate(SESSION, OVERTIME, *Y25),
        "rs13": lambda: rank_rate(SESSION, OVERTIME, *Y25, by='c."客户类型"', margin=1.5),
        "rs14": lambda: rate(SESSION, OVERTIME, *Y25, "c.client_type = 'podcaster'"),
        "rs15": lambda: rank_rate(SESSION, OVERTIME, *SZ_OPEN, by="a.studio", min_n=100, margin=1.2, trap=True),
        "rs16": lambda: rate(SESSION, OVERTIME, *SZ_OPEN, "a.studio_id = 'S7'"),
        "rs17": lambda: rate(PAY, CANCEL, *Y25),
        "rs18": lambda: rate(SESSION, GEAR, *Y25),
        "rs20": lambda: top_revisions_per_mix("c.client_type", *Y25),
        "rs21": lambda: revisions_per_mix(*Y25, "c.client_type = 'ad_agency'"),
        # ---- times between steps
        "rs22": lambda: step_time(MIXORD, MIXDEL, *Q3_25),
        "rs23": lambda: step_time(MIXORD, MIXDEL, *YEAR_END),
        "rs24": lambda: top_step_time(MIXORD, MIXDEL, *Y25, by="a.engineer", unit="days", margin=1.4),
        "rs25": lambda: step_time_share(MIXORD, MIXDEL, *Y25, 10),
        "rs26": lambda: step_time(CANCEL, REFUND, *Y25, agg="avg", unit="hours"),
        # ---- money
        "rs28": lambda: orders(*Q4_25),
        "rs29": lambda: orders(*month(2026, 6)),
        "rs30": lambda: orders(*month(2026, 5)),
        "rs31": lambda: orders(*Y25, "o.order_type = 'mixing'"),
        "rs32": lambda: top_orders("o.order_type", *Y25, margin=1.3),
        "rs33": lambda: top_orders('o."城市"', *Y25, margin=1.15),
        "rs34": lambda: orders(*H2_25, "o.order_type = 'overtime'"),
        "rs36": lambda: top_orders("o.gear_item", "2025-01-01", "2026-08-31", "o.order_type = 'gear_rental'",
                                   margin=1.3),
        "rs37": lambda: orders_change(H1_25, H1_26),
        "rs38": lambda: events_sum(REFUND, "e.refund_amount", *Q4_25),
        "rs39": lambda: per_customer(*Y25),
        "rs40": lambda: per_customer(*Y25, "c.client_type = 'band'"),
        "rs41": lambda: orders_count(*Y25, "o.order_type = 'package'"),
        "rs42": lambda: revenue_share("c.client_type = 'ad_agency'", *Y25),
        # ---- volumes / trends
        "rs43": lambda: events_at(SESSION, "2025-06-09", "2025-06-15"),
        "rs44": lambda: events_at(SESSION, *month(2026, 2)),
        "rs45": lambda: events_at(SESSION, *month(2026, 1)),
        "rs48": lambda: events_change(SESSION, Q3_25, Q4_25),
        # ---- customers
        "rs50": lambda: customers_count(_in("c.signup_at", *Q2_25)),
        "rs51": lambda: customers_count("c.\"会员等级\" = '白金卡'"),
        "rs52": lambda: customers_share("c.client_type = 'podcaster'"),
        "rs53": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'"),
        # ---- feedback
        "rs54": lambda: fb_topic_count(OVERTIME_T, "overtime_fee"),
        "rs55": lambda: fb_topic_count(NOISE_T, "noise"),
        "rs56": lambda: top_fb_count("f.studio", NOISE_T, margin=2.0),
        "rs57": lambda: fb_avg(f"{APP} AND f.studio_id = 'S2' AND {_in('f.ts', *H2_25)}", tol=0.03),
        "rs58": lambda: rank_fb_avg("f.studio_en", APP, 100, margin=0.2, highest=True),
        "rs59": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "rs60": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.25),
        "rs61": lambda: fb_topic_count(LATE_T, "late_delivery", period=_in("f.ts", *YEAR_END)),
        "rs62": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "rs64": lambda: feedback_ids(f"{NOISE_T} AND f.studio_id = 'S2'"),
        "rs66": lambda: fb_topic_count(PAYF_T, "pay_fail", period=_in("f.ts", "2025-04-01", "2025-05-31")),
        "rs67": lambda: fb_topic_count(ENG_T, "engineer_good"),
        "rs68": lambda: top_fb_count('f."客户类型"', REV_T, margin=1.4),
        "rs69": lambda: top_fb_count("f.studio_en", ACOUS_T, margin=2.0),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((GEAR_T, "gear"), (ACOUS_T, "acoustics"), (REV_T, "revisions"), (LATE_T, "late_delivery"),
                        (PAYF_T, "pay_fail")):
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
