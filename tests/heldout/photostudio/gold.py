"""Gold answers for the 光影 LumiStudio held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (booking 14 d, shoot_day 90 d, delivery 45 d,
  cancel_refund 14 d, repeat 180 d); rates are per customer (people); the tolerance covers both readings (later steps
  allowed after the period end, or not), except where the question says later steps count. "Where do we lose the
  most people" = the step whose next step is not reached by the most people (loss k -> k+1 attributed to step k).
  A funnel split by a customer attribute filters the step-1 people by that attribute;
- a booking = one `session_id` (BK000123): [tp_rebook,] [tp_consult,] tp_book, tp_deposit, then tp_cancel
  [+ tp_refund] or tp_noshow or tp_makeup, tp_shoot, tp_select, tp_balance, tp_retouch, tp_deliver, [tp_reretouch],
  [tp_rate]. Per-booking rates count bookings whose first event at step A falls in the period (by its date) and look
  for step B in the same booking at any time; booking attributes (store / store_en, 门店城市 / store_city, 套餐 /
  package, photographer, 摄影师级别, makeup artist) are read from the step-A event. No-show rate = bookings with a
  deposit that have a tp_noshow / bookings with a deposit; upsell rate = selections with `upsold` (>= 1 extra photo
  bought) / selections; re-retouch (返修) rate = delivered bookings with a tp_reretouch / delivered bookings;
- times between steps = per booking, first B ts - first A ts (B after A), the period by the date of A; days
  fractional (the tolerance also covers whole calendar days); "more than X days" is strict;
- money = orders with status `paid` by order ts (refunded deposits are no revenue; forfeited deposits of no-shows /
  late cancellations stay paid and are revenue); revenue = deposits + balances + extra photos (加片) + albums
  (相册) + frames (摆台); refunds = `refund_amount` of tp_refund events by refund date; forfeited no-show deposits =
  `forfeited_amount` of tp_noshow events by no-show date; spend per paying customer = paid amount / customers with
  >= 1 paid order in the period; shoots = tp_shoot events;
- customer attributes are as stored (end of the data); zh top entities are the Chinese twins (store, 门店城市, 城市,
  套餐, 客户类型, 获客渠道), en ones the English values (store_en, store_city, package, customer_type,
  acquisition_channel) or ids (touchpoint_id, photographer_id, makeup_artist_id);
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); "reviews" = the rated channels (mini_program_review, dianping_review, meituan_review);
  rating by step = feedback.touchpoint_id over rows with a rating; survey score = wechat_survey `nps` (0-10),
  promoters 9-10, detractors 0-6;
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


def flag_rate(tp, flag, start, end, cond="1=1"):
    v = one(f"SELECT avg(({flag})::int) FROM {_first(tp)} a WHERE {_in('a.t', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_flag_rate(tp, flag, by, start, end, margin=1.25):
    rows = q(f"SELECT {by}, avg(({flag})::int) r, count(*) n FROM {_first(tp)} a WHERE {_in('a.t', start, end)} "
             f"GROUP BY 1 ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond)}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_time_share(a_tp, b_tp, start, end, thr, cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / 86400.0 > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


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


def upsell_per_selection(start, end, cond="1=1"):
    """paid extra photos + albums + frames of the bookings selected in the period / those selections."""
    v = one(f"""SELECT coalesce(sum(x.amt), 0) / count(*) FROM {_first('tp_select')} a
                LEFT JOIN (SELECT booking_id, sum(amount) amt FROM orders WHERE status = 'paid'
                           AND order_type IN ('extra_photos', 'album', 'frame') GROUP BY 1) x
                ON x.booking_id = a.session_id
                WHERE {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.01), 2))


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_per_customer(by, start, end, min_n=30, margin=1.1):
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
    if not one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        return
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


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False, trap=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_25, Q3_25, Q4_25, Q1_26 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4), quarter(2026, 1)
JAN_FEB_26 = ("2026-01-01", "2026-02-28")
(DISCOVER, CONSULT, BOOK, DEPOSIT, CANCEL, REFUND, NOSHOW, MAKEUP, SHOOT, SELECT, BALANCE, RETOUCH, DELIVER,
 RERETOUCH, RATE, REBOOK) = (
    "tp_discover", "tp_consult", "tp_book", "tp_deposit", "tp_cancel", "tp_refund", "tp_noshow", "tp_makeup",
    "tp_shoot", "tp_select", "tp_balance", "tp_retouch", "tp_deliver", "tp_reretouch", "tp_rate", "tp_rebook")
REVIEWS = "f.channel IN ('mini_program_review', 'dianping_review', 'meituan_review')"
APP = "f.channel = 'mini_program_review'"
NOT_ID = "a.package <> 'id_photo'"
HARD_T = _like("f.text", ["推销", "强买强卖", "pushy", "upsell", "hard sell"])
SLOW_T = _like("f.text", ["修图太慢", "还没收到", "等了快", "took forever", "still waiting", "slow retouch"])
OVER_T = _like("f.text", ["太假", "变形", "磨皮", "不像我", "over-retouch", "overdone", "plastic"])
RUDE_T = _like("f.text", ["态度很差", "rude"])
MAKEUP_T = _like("f.text", ["妆太浓", "卡粉", "妆感太重", "makeup was too heavy", "cakey"])
DEPOSIT_T = _like("f.text", ["定金不退", "定金被扣", "deposit"])
GOODPH_T = _like("f.text", ["很专业", "拍得很自然", "photographer was great", "so natural"])
KIDS_T = _like("f.text", ["有耐心", "patient with"])


def gold():
    return {
        # ---- funnels / conversion
        "ps01": lambda: conv("booking", *Y25),
        "ps02": lambda: top_lost("booking", *Q2_25),
        "ps03": lambda: rank_conv("booking", *Y25, by="c.acquisition_channel", lowest=True, margin=1.25),
        "ps04": lambda: conv("booking", *Y25, cond="c.acquisition_channel = 'walk_in'"),
        "ps05": lambda: conv("booking", *H1_26, cond="c.acquisition_channel = 'xiaohongshu'"),
        "ps06": lambda: conv("shoot_day", *Y25),
        "ps07": lambda: rate(DEPOSIT, NOSHOW, *Y25),
        "ps08": lambda: rank_rate(DEPOSIT, NOSHOW, *Y25, by='a."套餐"', margin=1.5),
        "ps09": lambda: rate(DEPOSIT, NOSHOW, *Y25, "a.package = 'id_photo'"),
        "ps10": lambda: rate(DEPOSIT, CANCEL, *H2_25),
        "ps11": lambda: flag_rate(SELECT, "a.upsold", *Y25),
        "ps12": lambda: top_flag_rate(SELECT, "a.upsold", "a.store_en", *Y25, margin=1.4),
        "ps13": lambda: conv("repeat", *H1_25, unbounded_only=True),
        "ps14": lambda: rank_conv("repeat", *H1_25, by='c."客户类型"', margin=1.3, unbounded_only=True),
        "ps15": lambda: rate(DELIVER, RERETOUCH, *Q4_25, "a.package IN ('portrait', 'couple')"),
        "ps16": lambda: rate(DELIVER, RERETOUCH, *Q2_25, "a.package IN ('portrait', 'couple')"),
        "ps17": lambda: rank_fb_avg("f.photographer_id", REVIEWS, 50, margin=0.2),
        "ps18": lambda: fb_avg(f"{REVIEWS} AND f.photographer_id = 'P16'", tol=0.05),
        # ---- times between steps
        "ps19": lambda: step_time(SELECT, RETOUCH, *month(2025, 7), NOT_ID),
        "ps20": lambda: step_time(SELECT, RETOUCH, *month(2025, 9), NOT_ID),
        "ps21": lambda: step_time(SELECT, DELIVER, *Y25, "a.package <> 'id_photo'"),
        "ps22": lambda: step_time(CANCEL, REFUND, *Y25, agg="avg"),
        "ps23": lambda: step_time_share(SELECT, RETOUCH, *JAN_FEB_26, 14, NOT_ID),
        "ps24": lambda: step_time(DEPOSIT, SHOOT, *Y25, "a.package = 'wedding'"),
        # ---- money
        "ps25": lambda: orders(*Q4_25),
        "ps26": lambda: orders(*month(2026, 5)),
        "ps27": lambda: orders(*month(2026, 4)),
        "ps28": lambda: orders(*Y25, "o.order_type = 'extra_photos'"),
        "ps29": lambda: orders(*H1_26, "o.order_type IN ('album', 'frame')"),
        "ps30": lambda: orders_change(H1_25, H1_26),
        "ps31": lambda: events_sum(REFUND, "e.refund_amount", *H2_25),
        "ps32": lambda: events_sum(NOSHOW, "e.forfeited_amount", *Y25),
        "ps33": lambda: top_orders('o."门店城市"', *Y25, margin=1.5),
        "ps34": lambda: top_orders("o.package", *Y25, "o.order_type IN ('extra_photos', 'album', 'frame')", margin=1.3),
        "ps35": lambda: per_customer(*Y25),
        "ps36": lambda: top_per_customer("c.customer_type", *Y25, min_n=100, margin=1.3),
        "ps37": lambda: upsell_per_selection(*Y25, "a.store_id = 'S03'"),
        "ps38": lambda: upsell_per_selection(*Y25, "a.store_id <> 'S03'"),
        # ---- volumes / trends
        "ps39": lambda: events_at(SHOOT, *month(2025, 5)),
        "ps40": lambda: events_at(SHOOT, "2025-06-09", "2025-06-15"),
        "ps41": lambda: events_change(SHOOT, Q3_25, Q4_25),
        "ps44": lambda: events_at(SHOOT, *H1_26, "e.package = 'graduation'"),
        # ---- customers
        "ps45": lambda: customers_count(f"c.acquisition_channel = 'xiaohongshu' AND {_in('c.signup_at', *Q1_26)}"),
        "ps46": lambda: customers_share("c.customer_type = 'parents'"),
        "ps47": lambda: customers_count("c.\"城市\" = '南京' AND c.\"会员等级\" IN ('金卡', '黑卡')"),
        "ps48": lambda: top_customers("c.acquisition_channel", margin=1.5),
        # ---- feedback
        "ps49": lambda: fb_topic_count(HARD_T, "hard_sell"),
        "ps50": lambda: top_fb_count("f.store_en", HARD_T, margin=3),
        "ps51": lambda: fb_topic_count(OVER_T, "over_retouch"),
        "ps52": lambda: top_fb_count("f.makeup_artist_id", MAKEUP_T, margin=3),
        "ps53": lambda: top_fb_count("f.photographer_id", RUDE_T, margin=3),
        "ps54": lambda: fb_topic_count(SLOW_T, "slow_retouch", period=_in("f.ts", *Y25)),
        "ps55": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "ps56": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.3),
        "ps57": lambda: fb_avg(f"{REVIEWS} AND f.store_id = 'S03' AND {_in('f.ts', *Y25)}", tol=0.03),
        "ps58": lambda: fb_avg(f"f.channel = 'wechat_survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "ps59": lambda: rank_fb_avg("f.store_city", f"{APP} AND {_in('f.ts', *Y25)}", 100, margin=0.2, highest=True),
        "ps60": lambda: feedback_ids(f"{MAKEUP_T} AND f.store_id = 'S06'"),
        "ps62": lambda: fb_ratio(SLOW_T, _in("f.ts", *JAN_FEB_26)),
        "ps63": lambda: fb_topic_count(DEPOSIT_T, "deposit_lost"),
        "ps64": lambda: fb_avg(f"{REVIEWS} AND f.photographer_id = 'P15'", tol=0.03),
        "ps65": lambda: fb_ratio("f.nps >= 9", f"f.channel = 'wechat_survey' AND {_in('f.ts', *Y25)}"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((RUDE_T, "rude_staff"), (MAKEUP_T, "makeup"), (GOODPH_T, "photographer_good"),
                        (KIDS_T, "kids_patience")):
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
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
