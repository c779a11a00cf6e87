"""Gold answers for the 食光 KitchenCraft held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (booking 7 d, attend 30 d, pack 30 d,
  rebook 60 d, refund 14 d, corporate 45 d); rates are per customer (people); the tolerance covers both readings
  (later steps allowed after the period end, or not), except where the question says later steps count.
  "Where do we lose the most" = the step whose next step is not reached by the most people (the loss between step k
  and k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1 people by it;
- a booking = one `session_id` (BK000123): [tp_rebook,] tp_book, tp_pay, then tp_cancel / tp_class_cancelled ->
  tp_refund, or tp_noshow, or tp_checkin -> tp_class -> tp_takehome [-> tp_shop] [-> tp_review]. Team-building
  bookings are TB ids. Per-booking rates count bookings whose first event at step A falls in the period (by its
  date) and look for step B in the same booking at any time; booking attributes (studio, city / 城市, category /
  课程类型, class_kind, payment_method / 支付方式, teacher, device) are read from the step-A event;
- trial-to-pack = per customer with a trial-class (class_kind = trial) check-in in the period: bought a pack
  (tp_pack) within 30 days after that check-in; split by the trial's category;
- times between steps = per booking, first B ts - first A ts (B after A), period by the date of A;
- money = orders with status `paid` (refunded and unpaid-cancelled orders are no revenue), by order ts; refunds =
  `refund_amount` of tp_refund events by refund date; spend per paying customer = paid amount / customers with >= 1
  paid order in the period (all customers, corporate included); paid bookings = tp_pay events (one per booking);
- customer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (studio, 城市, 课程类型, 支付方式, 客群, teacher), en ones against studio_en / city / region / category /
  acquisition_channel / teacher_id / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`; rating by step = feedback.touchpoint_id
  over rows with a rating; NPS = survey `nps` (0-10), NPS score = 100 * (share 9-10 - share 0-6);
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


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30, unbounded_only=False, where="1=1"):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL AND {where}")]
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


# ---------- trial -> pack (per customer) ----------

def _trial_pack(start, end):
    return f"""WITH tr AS (SELECT customer_id, min(ts) t, arg_min(category, ts) category,
                                  arg_min("课程类型", ts) cat_zh
                           FROM events WHERE touchpoint_id = 'tp_checkin' AND class_kind = 'trial'
                           AND {_in('ts', start, end)} GROUP BY 1),
               pk AS (SELECT tr.customer_id, max((p.customer_id IS NOT NULL)::int) bought FROM tr
                      LEFT JOIN events p ON p.customer_id = tr.customer_id AND p.touchpoint_id = 'tp_pack'
                      AND p.ts > tr.t AND p.ts <= tr.t + INTERVAL 30 DAY GROUP BY 1)
               SELECT * FROM tr JOIN pk USING (customer_id)"""


def trial_pack(start, end, cond="1=1"):
    v = one(f"SELECT avg(bought) FROM ({_trial_pack(start, end)}) WHERE {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_trial_pack(start, end, by, margin=1.2):
    rows = q(f"SELECT {by}, avg(bought) r, count(*) n FROM ({_trial_pack(start, end)}) GROUP BY 1 ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- per booking (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", by=None):
    """share of bookings with a first `a_tp` in the period that have a `b_tp`."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", min_n=1, margin=1.25):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
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


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_avg(tp, col, start, end):
    v = one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}")
    return dict(value=round(float(v), 3), tolerance=round(max(0.05, float(v) * 0.01), 3))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_avg(start, end, cond="1=1"):
    return _money(one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
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


def nps_score(cond):
    v = one(f"SELECT 100.0 * (avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int)) FROM feedback f "
            f"WHERE f.nps IS NOT NULL AND {cond}")
    return dict(value=round(v, 2), tolerance=1.0)


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
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25 = quarter(2025, 3), quarter(2025, 4)
SEP_DEC_25 = ("2025-09-01", "2025-12-31")
AUG_SEP_25 = ("2025-08-01", "2025-09-30")
JUN_JUL_25 = ("2025-06-01", "2025-07-31")
SUMMER_25 = ("2025-07-01", "2025-08-31")
(DISCOVER, REBOOK, BOOK, PAY, PACK, CANCEL, CLASS_CANCELLED, REFUND, NOSHOW, CHECKIN, CLASS, TAKEHOME, SHOP, REVIEW,
 CORP_INQ, CORP_PAY, CORP_EVENT) = (
    "tp_discover", "tp_rebook", "tp_book", "tp_pay", "tp_pack", "tp_cancel", "tp_class_cancelled", "tp_refund",
    "tp_noshow", "tp_checkin", "tp_class", "tp_takehome", "tp_shop", "tp_review", "tp_corp_inquiry", "tp_corp_pay",
    "tp_corp_event")
APP = "f.channel = 'mini_program_review'"
PACE_T = _like("f.text", ["节奏太快", "讲得太快", "跟不上", "too fast", "couldn't keep up"])
CROWD_T = _like("f.text", ["人太多", "太挤", "挤不下", "crowded", "too many people"])
FRESH_T = _like("f.text", ["新鲜", "异味", "not fresh", "stale", "smelled off"])
BOOK_T = _like("f.text", ["约不上", "抢不到", "卡住", "预约太难", "hard to book", "froze", "sell out"])
PRICE_T = _like("f.text", ["涨价", "太贵", "性价比不高", "price hike", "too expensive", "overpriced"])
CANCEL_T = _like("f.text", ["人数不够", "人数不足", "not enough people"])
REFUND_T = _like("f.text", ["还没到账", "退款太慢", "refund still", "taking forever"])
PATIENT_T = _like("f.text", ["耐心", "patient"])
TASTY_T = _like("f.text", ["好吃", "delicious"])


def gold():
    return {
        # ---- funnels / conversion
        "kc01": lambda: conv("booking", *Y25),
        "kc02": lambda: top_lost("booking", *Q4_25),
        "kc03": lambda: rank_conv("booking", *Y25, by="c.acquisition_channel", lowest=True, margin=1.25,
                                  where="c.acquisition_channel <> 'corporate_hr'"),
        "kc04": lambda: conv("booking", *Y25, cond="c.acquisition_channel = 'friend'"),
        "kc05": lambda: rate(BOOK, PAY, *month(2025, 11), "a.device = 'android'"),
        "kc06": lambda: rate(BOOK, PAY, *month(2025, 11), "a.device = 'ios'"),
        "kc07": lambda: conv("pack", *H1_25, unbounded_only=True),
        "kc08": lambda: rank_trial_pack(*Y25, by="cat_zh"),
        "kc09": lambda: trial_pack(*Y25, "category = 'chinese'"),
        "kc10": lambda: conv("rebook", *H1_25, unbounded_only=True),
        "kc11": lambda: rank_conv("rebook", *H1_25, by='c."客群"', margin=1.1, unbounded_only=True,
                                  where="c.persona <> 'corporate'"),
        "kc12": lambda: conv("attend", *Y25),
        # ---- cancellations / no-shows
        "kc13": lambda: rate(PAY, CLASS_CANCELLED, *Y25),
        "kc14": lambda: rank_rate(PAY, CLASS_CANCELLED, *Y25, by="a.category", margin=1.5),
        "kc15": lambda: rank_rate(PAY, CLASS_CANCELLED, *SEP_DEC_25, by="a.studio", margin=1.5),
        "kc16": lambda: rate(PAY, CLASS_CANCELLED, *SEP_DEC_25, "a.studio_id = 'S05'"),
        "kc17": lambda: rate(PAY, NOSHOW, *Y25, "a.class_kind = 'trial' AND a.payment_method = 'meituan_voucher'"),
        "kc18": lambda: rate(PAY, NOSHOW, *Y25, "a.payment_method = 'pack_credit'"),
        "kc19": lambda: rank_rate(PAY, NOSHOW, *Y25, by='a."支付方式"', margin=1.5),
        # ---- times between steps
        "kc20": lambda: step_time(BOOK, CHECKIN, *Y25),
        "kc21": lambda: step_time(CANCEL, REFUND, *Y25, "a.payment_method = 'meituan_voucher'", agg="avg"),
        "kc22": lambda: step_time(CANCEL, REFUND, *Y25, "a.payment_method = 'wechat_pay'", agg="avg"),
        # ---- money
        "kc23": lambda: orders(*Q3_25),
        "kc24": lambda: orders(*month(2025, 12), "o.order_type = 'class_pack'"),
        "kc25": lambda: orders_change(H1_25, H1_26),
        "kc26": lambda: orders(*Y25, "o.order_type = 'corporate_event'"),
        "kc27": lambda: orders(*H1_26, "o.order_type = 'shop'"),
        "kc28": lambda: events_sum(REFUND, "e.refund_amount", *Q4_25),
        "kc29": lambda: top_orders("o.city", *Y25, margin=1.3),
        "kc30": lambda: top_orders('o."课程类型"', *Y25, "o.order_type IN ('trial_class', 'single_class')",
                                   margin=1.1),
        "kc31": lambda: per_customer(*Y25),
        "kc32": lambda: per_customer(*Y25, "c.\"客群\" = '亲子家庭'"),
        "kc33": lambda: orders_avg("2026-03-01", "2026-05-31", "o.order_type = 'class_pack'"),
        # ---- volumes / trends
        "kc34": lambda: events_at(CHECKIN, *month(2025, 12)),
        "kc35": lambda: events_at(CHECKIN, "2025-09-08", "2025-09-14"),
        "kc36": lambda: events_at(CHECKIN, *SUMMER_25, "e.category = 'kids'"),
        "kc38": lambda: events_change(PAY, Q3_25, Q4_25),
        "kc39": lambda: events_at(PAY, *month(2026, 3)),
        # ---- customers
        "kc40": lambda: customers_share("c.acquisition_channel = 'xiaohongshu'"),
        "kc41": lambda: customers_count(_in("c.signup_at", *Q3_25)),
        "kc42": lambda: customers_count("c.\"城市\" = '上海' AND c.\"会员等级\" = '金卡'"),
        "kc43": lambda: top_customers("c.acquisition_channel"),
        # ---- teachers
        "kc44": lambda: rank_fb_avg("f.teacher", f"{APP} AND {_in('f.ts', *Y25)}", 30, margin=0.4),
        "kc45": lambda: fb_topic_count(PACE_T, "pace_fast"),
        "kc46": lambda: top_fb_count("f.teacher_id", PACE_T, margin=2.0),
        "kc47": lambda: top_fb_count("f.teacher", PATIENT_T, margin=1.5),
        "kc48": lambda: feedback_ids(f"{PACE_T} AND f.teacher_id = 'T03'"),
        # ---- feedback
        "kc49": lambda: fb_topic_count(CROWD_T, "crowded"),
        "kc50": lambda: top_fb_count("f.studio_en", CROWD_T, margin=1.5),
        "kc51": lambda: fb_avg(f"{APP} AND f.studio_id = 'S08' AND {_in('f.ts', *AUG_SEP_25)}", tol=0.03),
        "kc52": lambda: fb_avg(f"{APP} AND f.studio_id = 'S08' AND {_in('f.ts', *JUN_JUL_25)}", tol=0.03),
        "kc53": lambda: fb_topic_count(FRESH_T, "not_fresh", period=_in("f.ts", *Y25)),
        "kc54": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.4),
        "kc55": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "kc56": lambda: fb_avg(f"{APP} AND f.studio_id = 'S06' AND {_in('f.ts', *H2_25)}", tol=0.03),
        "kc57": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "kc58": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "kc59": lambda: fb_topic_count(PRICE_T, "price", period=_in("f.ts", "2026-03-01", "2026-06-30")),
        "kc60": lambda: fb_topic_count(PRICE_T, "price", period=_in("f.ts", "2025-11-01", "2026-02-28")),
        "kc61": lambda: fb_topic_count(BOOK_T, "booking_hard", period=_in("f.ts", *month(2025, 11))),
        # ---- corporate
        "kc63": lambda: conv("corporate", *Y25),
        "kc64": lambda: events_at(CORP_EVENT, *Y25),
        "kc65": lambda: events_avg(CORP_EVENT, "e.headcount", *Y25),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((CANCEL_T, "cancel_low"), (REFUND_T, "refund_slow"), (PATIENT_T, "patient"),
                        (TASTY_T, "tasty"), (FRESH_T, "not_fresh"), (PRICE_T, "price"), (BOOK_T, "booking_hard")):
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
