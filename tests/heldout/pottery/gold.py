"""Gold answers for the 陶艺 ClayHouse (pottery studio chain) held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (acquire 30 d, piece 60 d, upsell 30 d,
  referral 90 d); rates are per customer. Later steps may fall after the period end when the question says so
  ("跨年也算"); otherwise both readings (bounded at the period end / unbounded) must agree within the tolerance.
  "After which step do we lose the most" = the step reached whose next step is not reached, largest count (the loss
  between step k and k+1 belongs to step k), both period readings agreeing.
- people: a customer is one visitor record; visitor type / source / age band / member level / city come from
  customers (zh questions are checked against the Chinese twins 客户类型 / 来源渠道 / 城市 / studio / teacher_name /
  课程类型, en ones against visitor_type / source / city / studio_en / teacher_en / age_band / touchpoint_id).
- a booking = one `tp_booked` event (session_id = booking id B…), dated by the booking time. First-time bookings =
  booking_type 'first'; paid single-class bookings = booking_type first or repeat (pack-credit and member bookings
  need no payment). No-show = a booking whose session has neither a `tp_attend` nor a `tp_cancel` (failed payments
  are auto-cancelled, so they are not no-shows), per booking. Paid share = bookings whose session has a `tp_paid`.
  Rescheduled booking = its session has a `tp_reschedule`.
- pieces: one piece per class session. Crack rate = `tp_fired` events (by firing date) with kiln_result 'cracked'.
  Class -> ready = `tp_ready` minus `tp_attend` of the same session in days, by class date ("more than N days" strict).
  Class -> pickup likewise with `tp_pickup` (store pickup or shipping). Never picked up = `tp_ready` (by notice date)
  whose session has no `tp_pickup` in the data (all periods asked end >= 4 months before the data end).
  Shipping share = `tp_pickup` events with pickup_method 'shipping' / all `tp_pickup` events in the period.
- money = orders with status `paid` (CNY): "all paid orders" = every order type (workshop, course_pack, membership,
  firing_fee, shipping); refunds = amount of `refunded` orders (cancelled-class refunds are the workshop order itself
  marked refunded; crack compensation is an order_type refund with refund_reason cracked); spend per paying
  customer = sum of paid orders / customers with >= 1 paid order in the period.
- pack conversion by group = customers whose first `tp_attend` ever falls in the period, share with a `tp_pack`
  within 30 days after it (the upsell journey, identical here because every pack follows a first class).
- feedback: "comments" = all rows of all channels; "all data" includes rows without a date; negative share =
  `sentiment_label = 'neg'` over rows dated in the period; topic counts by text markers with a 5 % tolerance;
  rating by step = feedback.touchpoint_id over rows with a rating (dated or not, >= 20 ratings); teacher ratings =
  channel survey (the post-class rating, one per rated class); studio Dianping ratings over dated rows in the period.
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of` (last month / last quarter = the previous full calendar month / quarter; this year =
  Jan 1 .. as_of; 去年下半年 = Jul..Dec of the previous year; last week = the previous Monday..Sunday).
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
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


def rate_val(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def dur_val(v):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


def money_val(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def count_val(v):
    return dict(value=int(v), tolerance=0.5)


def top(rows, margin, higher=True):
    """rows sorted best first: (entity, metric, ...); the winner must be clear."""
    if len(rows) > 1:
        a, b = rows[0][1], rows[1][1]
        ok = a > b * margin if higher else b - a > margin
        assert ok, rows[:4]
    return dict(top_entity=rows[0][0])


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cond="1=1", bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM events e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", both=True, frm=0):
    """both=False when the question says that later steps after the period end count; frm = first step counted."""
    vals = []
    for bounded in ((False, True) if both else (False,)):
        c = funnel(journey, start, end, cond, bounded=bounded)
        vals.append(c[-1] / c[frm])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def top_lost(journey, start, end, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, cond, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.2, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- bookings ----------

BOOK = """(SELECT b.ts, b.channel, b.device, b.studio_id, b.workshop_type, b.booking_type, c.source,
                  c."来源渠道" AS source_zh, c.visitor_type, c."客户类型" AS visitor_zh,
                  (a.session_id IS NULL AND cx.session_id IS NULL) AS noshow, (p.session_id IS NOT NULL) AS paid,
                  (rs.session_id IS NOT NULL) AS resched
           FROM events b JOIN customers c ON c.customer_id = b.customer_id
           LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_attend') a USING (session_id)
           LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_cancel') cx USING (session_id)
           LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_paid') p USING (session_id)
           LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_reschedule') rs USING (session_id)
           WHERE b.touchpoint_id = 'tp_booked')"""


def book_rate(flag, start, end, cond="1=1"):
    return rate_val(one(f"SELECT avg(({flag})::int) FROM {BOOK} s WHERE {_in('s.ts', start, end)} AND ({cond})"))


def top_book_rate(flag, start, end, by, cond="1=1", margin=1.5):
    rows = q(f"""SELECT {by}, avg(({flag})::int) r, count(*) FROM {BOOK} s WHERE {_in('s.ts', start, end)}
                 AND ({cond}) GROUP BY 1 ORDER BY r DESC""")
    return top(rows, margin)


# ---------- pieces ----------

def crack_rate(start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg((e.kiln_result = 'cracked')::int) FROM events e WHERE e.touchpoint_id = 'tp_fired'
                            AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_crack(start, end, by, margin=2.0, min_n=50):
    rows = q(f"""SELECT {by}, avg((e.kiln_result = 'cracked')::int) r, count(*) FROM events e
                 WHERE e.touchpoint_id = 'tp_fired' AND {_in('e.ts', start, end)} GROUP BY 1
                 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    return top(rows, margin)


def pair_days(tp_b, start, end, cond="1=1", agg="median(w.d)"):
    v = one(f"""SELECT {agg} FROM (SELECT a.ts, a.studio_id, a.workshop_type, epoch(b.ts - a.ts) / 86400.0 AS d
                FROM events a JOIN (SELECT session_id, min(ts) ts FROM events WHERE touchpoint_id = '{tp_b}' GROUP BY 1) b
                USING (session_id) WHERE a.touchpoint_id = 'tp_attend') w
                WHERE {_in('w.ts', start, end)} AND ({cond})""")
    return rate_val(v) if agg.startswith("avg((") else dur_val(v)


READY = """(SELECT r.ts, r.studio_id, r.studio, r.studio_en, c.visitor_type, c."客户类型" AS visitor_zh,
                   (p.session_id IS NULL) AS never
            FROM events r JOIN customers c USING (customer_id)
            LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_pickup') p USING (session_id)
            WHERE r.touchpoint_id = 'tp_ready')"""


def never_rate(start, end, cond="1=1"):
    return rate_val(one(f"SELECT avg(never::int) FROM {READY} s WHERE {_in('s.ts', start, end)} AND ({cond})"))


def top_never(start, end, by, margin=1.5):
    rows = q(f"""SELECT {by}, avg(never::int) r, count(*) FROM {READY} s WHERE {_in('s.ts', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    return top(rows, margin)


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return count_val(one(f"SELECT count(*) FROM events e JOIN customers c USING (customer_id) "
                         f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return rate_val((y - x) / x)


def events_share(tp, num, start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg(({num})::int) FROM events e JOIN customers c USING (customer_id)
                            WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def customers_count(start, end, cond="1=1"):
    return count_val(one(f"SELECT count(*) FROM customers c WHERE {_in('c.signup_at', start, end)} AND ({cond})"))


FIRST_CLASS = """(SELECT f.customer_id, f.t, c.visitor_type, c."客户类型" AS visitor_zh, c.source, c."来源渠道" AS source_zh,
                  c.age_band, EXISTS (SELECT 1 FROM events p WHERE p.customer_id = f.customer_id
                         AND p.touchpoint_id = 'tp_pack' AND p.ts > f.t AND p.ts <= f.t + INTERVAL 30 DAY) AS bought
                  FROM (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_attend' GROUP BY 1) f
                  JOIN customers c USING (customer_id))"""


def pack_rate(start, end, cond="1=1"):
    return rate_val(one(f"SELECT avg(bought::int) FROM {FIRST_CLASS} x WHERE {_in('x.t', start, end)} AND ({cond})"))


def pack_rank(start, end, by, min_n=1, margin=1.2, trap=False):
    sql = f"""SELECT {by}, avg(bought::int) r, count(*) n FROM {FIRST_CLASS} x WHERE {_in('x.t', start, end)}
              GROUP BY 1 HAVING count(*) >= {{n}} ORDER BY r DESC"""
    rows = q(sql.format(n=min_n))
    res = top(rows, margin)
    if trap:
        allr = q(sql.format(n=1))
        assert allr[0][0] != rows[0][0], allr[:3]      # the minimum size matters
    return res


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return count_val(v) if agg.startswith("count") else money_val(v)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return rate_val((y - x) / x)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    return top(rows, margin)


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return rate_val(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def bottom_fb_avg(by, cond, min_n, margin=0.3):
    rows = q(f"""SELECT {by}, avg(f.rating) a, count(*) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}
                 AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a""")
    return top(rows, margin, higher=False)


def top_fb_avg(by, cond, min_n, margin=0.1, trap=True):
    sql = f"""SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond}
              AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {{n}} ORDER BY a DESC"""
    rows = q(sql.format(n=min_n))
    assert rows[0][1] - rows[1][1] > margin, rows[:3]
    if trap:
        allr = q(sql.format(n=1))
        assert allr[0][0] != rows[0][0], allr[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    return top(rows, margin)


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
AUTUMN = ("2025-09-01", "2025-11-30")
BACKLOG = ("2025-10-01", "2026-01-31")
NEG = "f.sentiment_label = 'neg'"
PATIENT_T = _like("f.text", ["耐心", "patient"])
CRACK_T = _like("f.text", ["开裂", "烧裂", "裂了", "cracked"])
WAIT_T = _like("f.text", ["等太久", "还没烧好", "迟迟", "still waiting", "took forever"])
RELAX_T = _like("f.text", ["放松", "治愈", "解压", "relaxing", "therapeutic", "calming"])
PRICEY_T = _like("f.text", ["太贵", "偏贵", "性价比", "pricey", "expensive", "overpriced"])
PAYFAIL_T = _like("f.text", ["支付失败", "付不了款", "payment failed", "couldn't pay"])
CROWD_T = _like("f.text", ["人太多", "太吵", "crowded", "noisy"])
PAID_SINGLE = "s.booking_type IN ('first', 'repeat') AND s.channel = 'mini_program'"


def gold():
    return {
        # ---- acquisition, bookings, no-shows, payment
        "pt01": lambda: conv("acquire", *Y25, both=False),
        "pt02": lambda: top_lost("acquire", *Y25, "c.source = 'meituan_deal'"),
        "pt03": lambda: book_rate("s.noshow", *H2_25, "s.booking_type = 'first' AND s.source = 'meituan_deal'"),
        "pt04": lambda: book_rate("s.noshow", *H2_25, "s.booking_type = 'first' AND s.source = 'xiaohongshu'"),
        "pt05": lambda: top_book_rate("s.noshow", *Y25, by="s.source_zh", cond="s.booking_type = 'first'", margin=1.6),
        "pt06": lambda: book_rate("s.paid", *month(2026, 5), f"{PAID_SINGLE} AND s.device = 'android'"),
        "pt07": lambda: book_rate("s.paid", *month(2026, 5), f"{PAID_SINGLE} AND s.device = 'ios'"),
        "pt08": lambda: book_rate("s.paid", *Y25, f"{PAID_SINGLE} AND s.device = 'android'"),
        "pt10": lambda: top_book_rate("s.resched", *Y25, by="s.visitor_type", margin=1.3),
        "pt12": lambda: book_rate("s.noshow", *quarter(2026, 1)),
        # ---- kiln cracks
        "pt14": lambda: crack_rate(*AUTUMN, "e.studio_id = 'S4'"),
        "pt15": lambda: crack_rate(*AUTUMN, "e.studio_id <> 'S4'"),
        "pt16": lambda: top_crack(*AUTUMN, by="e.studio_en", margin=2.5),
        "pt17": lambda: crack_rate(*Y25, "e.workshop_type = 'wheel'"),
        "pt19": lambda: fb_topic_count(CRACK_T),
        "pt20": lambda: top_fb_count("f.studio", f"{CRACK_T} AND {_in('f.ts', '2025-09-01', '2025-12-31')}", margin=2.0),
        "pt21": lambda: fb_avg(f"f.channel = 'dianping' AND f.studio_id = 'S4' AND {_in('f.ts', '2025-09-01', '2025-12-31')}",
                               tol=0.05),
        "pt22": lambda: fb_avg(f"f.channel = 'dianping' AND f.studio_id = 'S4' AND {_in('f.ts', '2025-01-01', '2025-08-31')}",
                               tol=0.05),
        # ---- firing backlog, pickup
        "pt24": lambda: pair_days("tp_ready", *BACKLOG, "w.studio_id = 'S3'"),
        "pt25": lambda: pair_days("tp_ready", *BACKLOG, "w.studio_id = 'S1'"),
        "pt26": lambda: pair_days("tp_ready", *BACKLOG, "w.studio_id = 'S3'", agg="avg((w.d > 28)::int)"),
        "pt27": lambda: top_fb_count("f.studio_en", WAIT_T, margin=3.0),
        "pt28": lambda: pair_days("tp_pickup", *Y25, agg="avg(w.d)"),
        "pt29": lambda: fb_ratio(NEG, f"{_in('f.ts', *BACKLOG)} AND f.studio_id = 'S3'"),
        "pt30": lambda: never_rate(*H1_25),
        "pt31": lambda: never_rate("2025-09-01", "2026-02-28"),
        "pt32": lambda: top_never(*Y25, by="s.visitor_zh", margin=2.0),
        "pt33": lambda: events_share("tp_pickup", "e.pickup_method = 'shipping'", "2025-09-01", "2026-06-30"),
        "pt34": lambda: orders(*quarter(2025, 4), cond="o.order_type = 'shipping'"),
        # ---- teachers, ratings
        "pt36": lambda: top_fb_avg("f.teacher_en", "f.channel = 'survey'", 50, margin=0.15),
        "pt37": lambda: top_fb_count("f.teacher_name", PATIENT_T, margin=2.0),
        "pt38": lambda: fb_avg(f"f.channel = 'survey' AND f.teacher_level = 'senior' AND {_in('f.ts', *Y25)}"),
        "pt39": lambda: fb_avg(f"f.channel = 'survey' AND f.teacher_level = 'junior' AND {_in('f.ts', *Y25)}"),
        "pt40": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *H1_25)}", col="f.nps", tol=0.05),
        # ---- wheel price rise
        "pt42": lambda: book_rate("s.workshop_type = 'wheel'", "2026-03-01", "2026-06-30", "s.booking_type = 'first'"),
        "pt43": lambda: book_rate("s.workshop_type = 'wheel'", "2025-09-01", "2026-02-28", "s.booking_type = 'first'"),
        "pt44": lambda: fb_topic_count(f"{PRICEY_T} AND {_in('f.ts', '2026-03-01', '2026-07-31')}"),
        # ---- packs, memberships, referrals
        "pt46": lambda: conv("upsell", *Y25, both=False),
        "pt47": lambda: pack_rank(*Y25, by="x.visitor_zh", margin=2.0),
        "pt48": lambda: pack_rank("2025-01-01", "2026-06-30", by="x.age_band", min_n=100, margin=1.2, trap=True),
        "pt49": lambda: orders(*Y25, cond="o.order_type IN ('course_pack', 'membership')"),
        "pt50": lambda: pack_rate(*Y25, "x.source = 'meituan_deal'"),
        "pt53": lambda: conv("referral", *Y25, both=False),
        # ---- money
        "pt55": lambda: orders(*quarter(2025, 3)),
        "pt56": lambda: orders_change(quarter(2025, 3), quarter(2025, 4)),
        "pt57": lambda: top_orders('o."课程类型"', *Y25, cond="o.order_type = 'workshop'", margin=1.3),
        "pt58": lambda: per_customer(*Y25),
        "pt59": lambda: per_customer(*Y25, "c.visitor_type = 'corporate'"),
        "pt60": lambda: orders(*Y25, status="refunded"),
        "pt61": lambda: top_orders("o.city", *Y25, cond="o.order_type = 'workshop'", margin=1.3),
        # ---- volumes, trends, relative periods
        "pt64": lambda: events_at("tp_attend", "2025-03-03", "2025-03-09"),
        "pt65": lambda: events_change("tp_attend", month(2026, 1), month(2026, 2)),
        "pt68": lambda: events_at("tp_booked", *month(2026, 2), "c.visitor_type = 'couple'"),
        "pt69": lambda: events_at("tp_attend", *month(2026, 6)),
        "pt70": lambda: events_at("tp_attend", *month(2026, 5)),
        "pt71": lambda: events_at("tp_pack", "2026-01-01", "2026-06-20"),
        "pt73": lambda: events_at("tp_attend", "2026-03-02", "2026-03-08", "e.studio_id = 'S1'"),
        # ---- feedback
        "pt75": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "pt76": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 20, margin=0.5),
        "pt77": lambda: feedback_ids(RELAX_T),
        "pt79": lambda: fb_topic_count(f"{PAYFAIL_T} AND {_in('f.ts', '2026-05-01', '2026-06-30')}"),
        "pt80": lambda: top_fb_count("f.studio", CROWD_T, margin=2.0),
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
    sys.exit(main())
