"""Gold answers for the 塑形 CoreFlow pilates held-out batch, from plain DuckDB SQL over the raw CSVs of generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (trial 14 d, classbook 3 d, waitlist 3 d,
  renewal 120 d); rates are per customer (people); the tolerance covers both readings (later steps allowed after
  the period end, or not), except where the question says to count later steps. "Where do we lose the most" = the
  step whose next step is not reached by the most people (the loss between k and k+1 is attributed to step k).
  A funnel split by a customer attribute filters the step-1 people by that attribute;
- a trial booking = one `session_id` TR00001 (tp_trial_book, tp_match, tp_trial_checkin, a grip-socks tp_shop); a
  class booking = one `session_id` CB000001 (tp_class_book or tp_waitlist [+ tp_waitlist_ok], then tp_cancel /
  tp_late_cancel / tp_class_attend, tp_rate, tp_shop). Per-booking rates count sessions whose first event at the
  named step A falls in the period (by its date) and look for step B in the same session at any time; attributes
  (studio, booking_source, instructor_level, class_type) are read from the step-A event;
- "confirmed class bookings" = sessions with tp_class_book or tp_waitlist_ok (dated by the first of them); the
  late-cancel share's tolerance also covers the tp_class_book-only reading;
- trial-to-purchase after the first class = trial check-ins (per session) in the period whose customer has a tp_buy
  within 14 days after the check-in; tp_buy = a new member's first pack / card, tp_renew = every later one;
- times: per session first B ts - first A ts (B after A), period by A's date; hours/days as asked;
- money = orders with status `paid` by order ts (refunded packs are no revenue); refunds = `refund_amount` of
  tp_refund events by refund date; spend per paying customer = paid amount / customers with >= 1 paid order in
  the period; merchandise = grip socks + mats;
- customer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (studio, 门店城市, 城市, 会员等级, 训练目标, 订单类型, 教练级别), en ones against studio_en / studio_city / region /
  acquisition_channel / pack_type / instructor_level / touchpoint_id / instructor (names are the same in zh and en);
- feedback: "all data" includes undated rows; a period excludes them; topic counts by text markers with a 5 %
  tolerance (checked against _truth/feedback_truth.csv); post-class ratings = channel `mini_program_review`;
  rating by step = feedback.touchpoint_id over rows with a rating; negative = 1-2 stars; NPS = survey `nps`;
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


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
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


def top_drop_rate(journey, start, end, margin=1.2):
    """the step with the highest drop-off rate: (reached k - reached k+1) / reached k, attributed to step k."""
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        drop = [(c[i] - c[i + 1]) / c[i] for i in range(len(c) - 1)]
        best = max(range(len(drop)), key=lambda i: drop[i])
        assert drop[best] > sorted(drop)[-2] * margin, drop
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per session ----------

def _first(tp):
    tps = "', '".join(tp) if isinstance(tp, (list, tuple)) else tp
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id IN ('{tps}')
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


def late_share(start, end, cond="1=1"):
    v1 = sess_rate(["tp_class_book", "tp_waitlist_ok"], "tp_late_cancel", start, end, cond)[0][0]
    v2 = sess_rate("tp_class_book", "tp_late_cancel", start, end, cond)[0][0]
    return dict(value=round(v1, 4), tolerance=round(max(0.01, abs(v1 - v2) + 0.005), 4))


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", min_n=1, margin=1.25, lowest=False, trap=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by)
    if lowest:
        rows = rows[::-1]
    big = [r for r in rows if r[2] >= min_n]
    if lowest:
        assert big[1][1] > big[0][1] * margin, big[:3]
    else:
        assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


# ---------- trial check-in -> purchase (per trial session, 14 days) ----------

def _trial_buy(start, end, cond="1=1", by=None):
    sel = f"{by}, " if by else ""
    return q(f"""SELECT {sel}avg((EXISTS (SELECT 1 FROM events b WHERE b.customer_id = a.customer_id
                   AND b.touchpoint_id = 'tp_buy' AND b.ts > a.t AND b.ts <= a.t + INTERVAL 14 DAY))::int) r,
                   count(*) n
                 FROM {_first('tp_trial_checkin')} a LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE {_in('a.t', start, end)} AND ({cond}) {'GROUP BY 1 ORDER BY r DESC' if by else ''}""")


def trial_buy(start, end, cond="1=1"):
    return dict(value=round(_trial_buy(start, end, cond)[0][0], 4), tolerance=0.01)


def rank_trial_buy(start, end, by, min_n=1, margin=1.2, trap=False):
    rows = _trial_buy(start, end, by=by)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def checkin_to_buy_hours(start, end):
    v = one(f"""WITH a AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_trial_checkin'
                           GROUP BY 1 HAVING {_in('min(ts)', start, end)})
                SELECT median(epoch(b.t - a.t) / 3600) FROM a JOIN (SELECT customer_id, min(ts) t FROM events
                WHERE touchpoint_id = 'tp_buy' GROUP BY 1) b USING (customer_id) WHERE b.t > a.t""")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))


def rank_renew_by_pack(start, end, col="a.pack_type", margin=1.3):
    rows = q(f"""SELECT {col}, avg((EXISTS (SELECT 1 FROM events r WHERE r.customer_id = a.customer_id
                   AND r.touchpoint_id = 'tp_renew'))::int) v, count(*) n
                 FROM events a WHERE a.touchpoint_id = 'tp_buy' AND {_in('a.ts', start, end)}
                 GROUP BY 1 ORDER BY v DESC""")
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


def events_avg(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.02), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


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


def orders_avg(start, end, cond="1=1"):
    v = one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


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
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.1):
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
Q2_25, Q3_25, Q4_25, Q1_26 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4), quarter(2026, 1)
JAN_AUG_25 = ("2025-01-01", "2025-08-31")
SEP_DEC_25 = ("2025-09-01", "2025-12-31")
WJ_BAD = ("2025-06-01", "2025-10-31")
DISCOVER, TRIAL_BOOK, MATCH, TRIAL_CHECKIN, BUY, CLASS_BOOK, WAITLIST, WAITLIST_OK, CANCEL, LATE, ATTEND, RATE, \
    SHOP, RENEW, TRANSFER, REFUND = ("tp_discover", "tp_trial_book", "tp_match", "tp_trial_checkin", "tp_buy",
                                     "tp_class_book", "tp_waitlist", "tp_waitlist_ok", "tp_cancel", "tp_late_cancel",
                                     "tp_class_attend", "tp_rate", "tp_shop", "tp_renew", "tp_transfer", "tp_refund")
APP = "f.channel = 'mini_program_review'"
HARSH_T = _like("f.text", ["太凶", "压得太狠", "harsh", "pushed too hard"])
PRAISE_T = _like("f.text", ["很专业", "纠正得很细", "great cues", "attentive"])
LATE_T = _like("f.text", ["扣课", "late cancel"])
WAIT_T = _like("f.text", ["候补", "waitlist"])
DIRTY_T = _like("f.text", ["汗味", "不卫生", "smelly", "dirty"])
EQUIP_T = _like("f.text", ["弹簧", "绳子", "坏了没修", "spring", "strap", "squeak"])
PUSHY_T = _like("f.text", ["推销", "hard sell", "pushy"])
REFUND_T = _like("f.text", ["退款还没到账", "still hasn't arrived"])
TRANSFER_T = _like("f.text", ["手续费", "transfer fee"])
MERCH = "o.order_type IN ('socks', 'mat')"


def gold():
    return {
        # ---- trial funnel / conversion
        "pl01": lambda: conv("trial", *Y25),
        "pl02": lambda: top_drop_rate("trial", *Q2_25),
        "pl03": lambda: rank_conv("trial", *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "pl04": lambda: conv("trial", *Y25, cond="c.acquisition_channel = 'referral'"),
        "pl05": lambda: rate(TRIAL_BOOK, TRIAL_CHECKIN, *Y25, "a.booking_source = 'dianping'"),
        "pl06": lambda: rate(TRIAL_BOOK, TRIAL_CHECKIN, *Y25, "a.booking_source = 'mini_program'"),
        "pl07": lambda: rank_trial_buy(*Y25, by="a.instructor_level", margin=1.2),
        "pl08": lambda: trial_buy(*H1_26, "a.\"教练级别\" = '高级教练'"),
        "pl09": lambda: rank_trial_buy(*H1_26, by="a.studio_en", min_n=60, margin=1.1, trap=True),
        "pl10": lambda: conv("classbook", *Y25),
        "pl11": lambda: rate(WAITLIST, WAITLIST_OK, *Y25),
        "pl12": lambda: rank_rate(WAITLIST, WAITLIST_OK, *Y25, by='a."门店城市"', lowest=True, margin=1.2),
        "pl13": lambda: rate(WAITLIST, WAITLIST_OK, *Y25, "a.studio_id = 'BJ02'"),
        "pl14": lambda: conv("waitlist", *H1_26),
        "pl15": lambda: conv("renewal", *H1_25, unbounded_only=True),
        "pl16": lambda: rank_renew_by_pack(*Y25),
        "pl17": lambda: late_share(*JAN_AUG_25),
        "pl18": lambda: late_share(*SEP_DEC_25),
        # ---- times
        "pl20": lambda: step_time(TRIAL_BOOK, TRIAL_CHECKIN, *Y25, unit="days"),
        "pl21": lambda: checkin_to_buy_hours(*Y25),
        "pl22": lambda: events_avg(LATE, "e.hours_before_class", *Q4_25),
        # ---- money
        "pl24": lambda: orders(*Q3_25),
        "pl25": lambda: orders(*month(2026, 5)),
        "pl26": lambda: orders(*month(2026, 4)),
        "pl27": lambda: orders_change(H1_25, H1_26),
        "pl28": lambda: orders(*Y25, MERCH),
        "pl29": lambda: orders(*Y25, "o.order_type = 'private_10'"),
        "pl30": lambda: events_sum(REFUND, "e.refund_amount", *H1_26),
        "pl31": lambda: top_orders("o.studio", *Y25, margin=1.05),
        "pl32": lambda: top_orders("o.product_category", *Y25, margin=1.1),
        "pl33": lambda: orders(*Y25, "o.order_type = 'late_cancel_fee'"),
        "pl34": lambda: events_at(TRANSFER, *Y25),
        "pl35": lambda: per_customer(*Y25),
        "pl36": lambda: per_customer(*Y25, "c.acquisition_channel = 'referral'"),
        "pl37": lambda: orders_avg(*Y25, "o.product_category <> 'trial' AND o.product_category IN "
                                         "('class_pack', 'private', 'membership_card') AND NOT o.is_renewal"),
        "pl38": lambda: top_orders('o."门店城市"', *Y25, "o.order_type = 'trial'", margin=1.3),
        # ---- volumes / trends
        "pl39": lambda: events_at(TRIAL_BOOK, "2025-03-10", "2025-03-16"),
        "pl40": lambda: events_at(BUY, *month(2026, 1)),
        "pl41": lambda: events_at(BUY, *month(2026, 2)),
        "pl44": lambda: events_change(ATTEND, Q4_25, Q1_26),
        "pl45": lambda: events_at(ATTEND, *Y25, "e.class_type = 'private'"),
        # ---- customers
        "pl47": lambda: customers_share("c.acquisition_channel = 'dianping'"),
        "pl48": lambda: customers_count("c.\"城市\" = '成都' AND c.\"会员等级\" = '金卡会员'"),
        "pl49": lambda: customers_count(_in("c.signup_at", *Q4_25)),
        "pl50": lambda: top_customers('c."训练目标"'),
        # ---- feedback
        "pl51": lambda: fb_topic_count(LATE_T, "late_cancel"),
        "pl52": lambda: rank_fb_avg("f.instructor", APP, 30, margin=0.4),
        "pl53": lambda: fb_avg(f"{APP} AND f.instructor = 'Vivian' AND {_in('f.ts', *Y25)}", tol=0.03),
        "pl54": lambda: rank_fb_avg("f.instructor", APP, 30, margin=0.15, highest=True),
        "pl55": lambda: top_fb_count("f.studio", DIRTY_T, margin=2.0),
        "pl56": lambda: fb_topic_count(f"{EQUIP_T}", "equipment",
                                       period=f"f.studio_id = 'BJ03' AND {_in('f.ts', *WJ_BAD)}"),
        "pl57": lambda: feedback_ids(f"{EQUIP_T} AND f.studio_id = 'BJ03'"),
        "pl58": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "pl59": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "pl60": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.4),
        "pl61": lambda: fb_topic_count(PUSHY_T, "pushy"),
        "pl62": lambda: top_fb_count("f.studio", PUSHY_T, margin=2.0),
        "pl63": lambda: fb_avg(f"f.channel = 'dianping_review' AND {_in('f.ts', *Y25)}", tol=0.03),
        "pl65": lambda: fb_topic_count(WAIT_T, "waitlist"),
        "pl66": lambda: fb_topic_count(LATE_T, "late_cancel", period=_in("f.ts", "2025-09-01", "2025-10-31")),
        "pl67": lambda: fb_topic_count(HARSH_T, "harsh"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((PRAISE_T, "praise"), (DIRTY_T, "dirty"), (REFUND_T, "refund_slow"),
                        (TRANSFER_T, "transfer_fee"), (EQUIP_T, "equipment")):
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
