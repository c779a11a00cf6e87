"""Gold answers for the 唱吧量贩 SingBox (karaoke / KTV chain) held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (online_booking 7 d, coupon_redeem 14 d,
  in_venue 1 d); rates are per customer; the tolerance covers both readings (later steps allowed after the period
  end, or not). "Where do we lose the most" = the step reached whose next step is not reached, largest count (the
  loss between step k and k+1 is attributed to step k). Funnel questions avoid 2026-04..07, where failed Android
  payments (`action = fail` at tp_pay_booking) would make "reached the payment step" ambiguous;
- a booking / visit = one `session_id` (B000123): browse, choose room, pay, check-in, room opened, F&B orders,
  extension, checkout, review. Walk-ins start at check-in. A paid booking = a `tp_pay_booking` event with
  `action = 'success'`; a no-show = a paid booking whose session has no `tp_checkin`; payment conversion = sessions
  with `tp_choose_room` that have a successful `tp_pay_booking`;
- per-session rates (no-show, F&B attach = opened rooms with a `tp_order_fnb` / rooms opened, extension rate = opened
  rooms with a `tp_extend` / rooms opened) count sessions whose first event of the named step is in the period
  (by its date) and look for the later event in the same session at any time;
- times between steps = per session, first B ts - first A ts over sessions that reached both, the period by the date
  of A; wait for the room = `tp_checkin` -> `tp_session_start` (minutes); booked guests = booking_channel not
  walk_in; Friday/Saturday evening = daypart `evening` and the check-in on a Friday or Saturday; "more than X" is
  strict;
- coupon conversion "per claim" = `tp_coupon_claim` events followed by a successful `tp_pay_booking` of the same
  customer within 14 days (336 h) after the claim;
- money = orders with status `paid` (refunded orders are no revenue); "revenue" / 营业额 = room_fee + extension + fnb,
  never `topup` (stored value is a liability, not revenue) unless top-ups are asked for; room fee = order_type
  room_fee (deposit, full prepayment, balance at checkout, walk-in payment); refunds = amount of `refunded` orders;
  spend per paying customer = revenue / customers with >= 1 paid non-top-up order in the period;
- visits = check-ins (`tp_checkin`); rooms opened = `tp_session_start`; visits per customer = check-ins / customers
  with one; member level, age band, gender, first channel come from customers (zh questions are checked against the
  Chinese twins 会员等级 / 年龄段 / 包厢类型 / 时段 / venue, en questions against member_level / room_size / daypart /
  venue_en);
- feedback: "comments" = all rows of all channels, "all data" includes rows without a date; negative share =
  `sentiment_label = 'neg'` over rows dated in the period; topic counts by text markers with a 5 % tolerance;
  rating by step = feedback.touchpoint_id (rows with a rating); venue ratings = rows with a rating and a venue;
  NPS = survey rows (`nps` 0-10);
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
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0


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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM fev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, upto=None):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        last = c[-1] if upto is None else c[upto - 1]
        vals.append(last / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.3, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per session (booking / visit) ----------

def _first(tp, action=None):
    act = f" AND action = '{action}'" if action else ""
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'{act}
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", missing=False, by=None, having="1=1", a_action=None,
              b_action=None):
    """share of sessions with a first `a_tp` in the period that have (or, missing=True, lack) a `b_tp`."""
    sel = f"{by}, " if by else ""
    bact = f" AND action = '{b_action}'" if b_action else ""
    hit = "b.session_id IS NULL" if missing else "b.session_id IS NOT NULL"
    sql = f"""SELECT {sel}avg(({hit})::int) r, count(*) n FROM {_first(a_tp, a_action)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}'{bact}) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {f'GROUP BY 1 HAVING {having} ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", missing=False, a_action=None, b_action=None, tol=0.01):
    v = sess_rate(a_tp, b_tp, start, end, cond, missing=missing, a_action=a_action, b_action=b_action)[0][0]
    return dict(value=round(v, 4), tolerance=tol)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", having="1=1", missing=False, a_action=None, margin=1.3,
              check_small=None):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by, having=having, missing=missing, a_action=a_action)
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    if check_small:   # the ranking must change when small groups are let in (the minimum size matters)
        allr = sess_rate(a_tp, b_tp, start, end, cond, by=by, missing=missing, a_action=a_action)
        assert allr[0][0] != rows[0][0], allr[:3]
    return dict(top_entity=rows[0][0])


NOSHOW = dict(a_tp="tp_pay_booking", b_tp="tp_checkin", missing=True, a_action="success")


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="minute"):
    div = {"day": 86400.0, "hour": 3600.0, "minute": 60.0}[unit]
    v = one(f"""SELECT {agg}(epoch(b.t - a.t) / {div}) FROM {_first(a_tp)} a JOIN {_first(b_tp)} b
                USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.02, v * 0.03), 3))


def step_time_share(a_tp, b_tp, start, end, thr, cond="1=1", unit="minute"):
    div = {"day": 86400.0, "hour": 3600.0, "minute": 60.0}[unit]
    v = one(f"""SELECT avg((epoch(b.t - a.t) / {div} > {thr})::int) FROM {_first(a_tp)} a JOIN {_first(b_tp)} b
                USING (session_id) WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_step_time(a_tp, b_tp, start, end, by, min_n, cond="1=1", unit="minute", margin=2.0):
    div = {"day": 86400.0, "hour": 3600.0, "minute": 60.0}[unit]
    rows = q(f"""SELECT {by}, median(epoch(b.t - a.t) / {div}) m, count(*) n FROM {_first(a_tp)} a
                 JOIN {_first(b_tp)} b USING (session_id) WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY m DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def coupon_conv(value, start, end):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events b WHERE b.customer_id = p.customer_id
                    AND b.touchpoint_id = 'tp_pay_booking' AND b.action = 'success' AND b.ts > p.ts
                    AND b.ts <= p.ts + INTERVAL 14 DAY))::int)
                FROM events p WHERE p.touchpoint_id = 'tp_coupon_claim' AND p.coupon_value = {value}
                AND {_in('p.ts', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b):
    x = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)}")
    y = one(f"SELECT count(*) FROM events WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)}")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def visits_per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = 'tp_checkin' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


# ---------- orders / customers ----------

REVENUE = "o.order_type IN ('room_fee', 'extension', 'fnb')"


def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders_change(a, b, cond):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond=REVENUE):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def per_session(start, end, cond):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.booking_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def order_share(cond_share, start, end, cond="1=1"):
    v = one(f"SELECT avg(({cond_share})::int) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(by, start, end, agg="sum(o.amount)", status="paid", cond="1=1", margin=1.15):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def bottom_fb_avg(by, cond, min_n, margin=0.15):
    sql = (f"SELECT {by}, avg(f.rating) a, count(*) FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
           f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {{n}} ORDER BY a")
    rows = q(sql.format(n=min_n))
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
POST_BUG = ("2026-04-01", "2026-07-31")
NOSHOW_WIN = ("2025-01-01", "2026-06-30")
SOUND = ("2025-11-01", "2026-03-31")
ALL = ("2024-10-01", "2026-07-31")
BROWSE, CHOOSE, PAY, CHECKIN, OPEN, FNB, EXT, OUT = ("tp_browse_venue", "tp_choose_room", "tp_pay_booking",
                                                     "tp_checkin", "tp_session_start", "tp_order_fnb", "tp_extend",
                                                     "tp_checkout")
BOOKED = "a.booking_channel <> 'walk_in'"
FRI_SAT_EVE = "a.daypart = 'evening' AND dayofweek(a.t) IN (5, 6)"
NEG = "f.sentiment_label = 'neg'"
SOUND_T = _like("f.text", ["音响", "话筒", "麦克风", "破音", "没声音", "sound", "mic", "speaker"])
DIRTY_T = _like("f.text", ["不干净", "脏", "异味", "烟味", "没打扫", "卫生", "dirty", "smell", "not clean"])
WAIT_T = _like("f.text", ["等了", "排队", "干等", "还要等", "wait", "queue"])
PRICE_T = _like("f.text", ["太贵", "好贵", "偏贵", "价格", "涨价", "overpriced", "expensive", "pricey"])
ATMOS_T = _like("f.text", ["氛围", "气氛", "atmosphere", "vibe"])


def gold():
    return {
        # ---- booking funnel / payments / coupons
        "kt01": lambda: conv("online_booking", *Y25),
        "kt02": lambda: top_lost("online_booking", *quarter(2025, 3)),
        "kt03": lambda: conv("coupon_redeem", *H2_25),
        "kt04": lambda: coupon_conv(50, *ALL),
        "kt05": lambda: coupon_conv(30, *ALL),
        "kt06": lambda: rate(CHOOSE, PAY, *POST_BUG, "a.device = 'android' AND a.channel = 'mini_program'",
                             b_action="success"),
        "kt07": lambda: rate(CHOOSE, PAY, *POST_BUG, "a.device = 'ios' AND a.channel = 'mini_program'",
                             b_action="success"),
        "kt08": lambda: events_at(PAY, *POST_BUG, "e.action = 'fail'"),
        # ---- no-shows
        "kt10": lambda: rank_rate(**NOSHOW, start=Y25[0], end=Y25[1], by="a.pay_mode", margin=2.0),
        "kt11": lambda: rate(**NOSHOW, start=Y25[0], end=Y25[1], cond="a.pay_mode = 'deposit'"),
        "kt12": lambda: rate(**NOSHOW, start=Y25[0], end=Y25[1], cond="a.pay_mode = 'full'"),
        "kt13": lambda: rank_rate(**NOSHOW, start=NOSHOW_WIN[0], end=NOSHOW_WIN[1], by="a.venue_en",
                                  having="count(*) >= 200", margin=1.4, check_small=True),
        "kt14": lambda: rate(**NOSHOW, start=NOSHOW_WIN[0], end=NOSHOW_WIN[1],
                             cond="a.venue_id = 'V12' AND a.pay_mode = 'deposit'"),
        # ---- waiting for the room after check-in
        "kt15": lambda: rank_step_time(CHECKIN, OPEN, *Y25, by="a.venue", min_n=20,
                                       cond=f"{BOOKED} AND {FRI_SAT_EVE}"),
        "kt16": lambda: step_time(CHECKIN, OPEN, *Y25, f"{BOOKED} AND {FRI_SAT_EVE} AND a.venue_id = 'V07'"),
        "kt17": lambda: step_time(CHECKIN, OPEN, *Y25, f"{BOOKED} AND a.daypart = 'evening' "
                                  "AND dayofweek(a.t) NOT IN (5, 6) AND a.venue_id = 'V07'"),
        "kt18": lambda: step_time_share(CHECKIN, OPEN, *quarter(2025, 4), 15, f"{BOOKED} AND a.venue_id = 'V07'"),
        "kt19": lambda: step_time(CHECKIN, OPEN, *Y25, "a.booking_channel = 'walk_in'"),
        "kt20": lambda: step_time(PAY, CHECKIN, *Y25, unit="hour"),
        # ---- food & drink after the price rise
        "kt22": lambda: rate(OPEN, FNB, "2025-09-01", "2025-11-30"),
        "kt23": lambda: rate(OPEN, FNB, "2025-06-01", "2025-08-31"),
        "kt24": lambda: orders(*month(2025, 10), cond="o.order_type = 'fnb'"),
        "kt26": lambda: fb_topic_count(PRICE_T),
        "kt27": lambda: per_session(*H1_26, "o.order_type = 'fnb'"),
        # ---- extensions (续钟)
        "kt28": lambda: rank_rate(OPEN, EXT, *Y25, by="a.daypart", margin=1.5),
        "kt29": lambda: rate(OPEN, EXT, *Y25, "a.\"时段\" = '深夜场'"),
        "kt30": lambda: rank_rate(OPEN, EXT, *ALL, by='a."包厢类型"', margin=1.3),
        "kt31": lambda: orders(*Y25, cond="o.order_type = 'extension'"),
        # ---- sound system at 长沙五一广场店
        "kt32": lambda: bottom_fb_avg("f.venue", _in("f.ts", *SOUND), 30, margin=0.3),
        "kt33": lambda: fb_topic_count(f"{SOUND_T} AND f.venue_id = 'V15'"),
        "kt35": lambda: orders(*quarter(2026, 1), status="refunded", cond="o.order_type = 'room_fee' AND "
                               "o.venue_id = 'V15'"),
        "kt36": lambda: orders(*quarter(2025, 4), status="refunded"),
        # ---- dirty rooms at 广州天河体育中心店
        "kt38": lambda: top_fb_count("f.venue", DIRTY_T),
        "kt39": lambda: fb_topic_count(DIRTY_T),
        # ---- money
        "kt40": lambda: orders(*Y25, cond="o.order_type = 'room_fee'"),
        "kt41": lambda: orders(*month(2026, 5), cond=REVENUE),
        "kt42": lambda: orders(*month(2026, 6), cond=REVENUE),
        "kt43": lambda: orders(*month(2025, 12), cond="o.order_type = 'topup'"),
        "kt44": lambda: orders(*month(2025, 11), cond="o.order_type = 'topup'"),
        "kt45": lambda: per_customer(*Y25),
        "kt47": lambda: events_share(CHECKIN, "e.booking_channel = 'walk_in'", *Y25),
        "kt48": lambda: order_share("o.coupon_amount > 0", *Y25, "o.order_type = 'room_fee' AND "
                                    "o.pay_stage IN ('deposit', 'full')"),
        "kt49": lambda: events_share(PAY, "e.pay_mode = 'deposit'", *Y25, "e.action = 'success'"),
        # ---- customers & segments
        "kt50": lambda: customers_count("c.member_level IN ('gold', 'black')"),
        "kt51": lambda: customers_share("c.age_band = '18-24'"),
        "kt52": lambda: events_share(OPEN, "c.\"年龄段\" = '18-24岁'", *Y25, "e.\"时段\" = '下午场'"),
        "kt53": lambda: visits_per_customer(*Y25, "c.member_level = 'gold'"),
        "kt54": lambda: visits_per_customer(*Y25, "c.member_level = 'regular'"),
        "kt55": lambda: customers_count(_in("c.signup_at", *H2_25)),
        "kt56": lambda: customers_share("c.\"首次渠道\" = '抖音'", "c.\"性别\" = '女'"),
        # ---- volumes / trends / periods
        "kt57": lambda: events_at(CHECKIN, "2025-03-03", "2025-03-09"),
        "kt58": lambda: events_at(CHECKIN, "2026-02-17", "2026-02-23"),
        "kt59": lambda: events_change(CHECKIN, quarter(2025, 2), quarter(2025, 3)),
        "kt61": lambda: events_at(OPEN, "2025-10-01", "2025-10-07", "e.city = 'Chengdu'"),
        "kt62": lambda: events_at(PAY, *month(2026, 7), "e.action = 'success' AND e.channel = 'meituan'"),
        "kt63": lambda: orders_change(("2025-01-01", "2025-02-28"), ("2026-01-01", "2026-02-28"), REVENUE),
        # ---- feedback
        "kt64": lambda: fb_ratio(NEG, _in("f.ts", *H1_26)),
        "kt65": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.5),
        "kt67": lambda: fb_topic_count(WAIT_T),
        "kt68": lambda: fb_avg("f.room_size = 'party'"),
        "kt69": lambda: feedback_ids(ATMOS_T),
        "kt70": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "kt71": lambda: fb_avg("f.channel = 'dianping'"),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    unused = set(checks) - set(ids)
    assert not unused, f"gold for ids not in the batch: {sorted(unused)}"
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    status_only = []
    for it in items:
        fn = checks.get(it["id"])
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
