"""Gold answers for the 童乐岛 JoyIsland (indoor kids' playground chain) held-out batch, from plain DuckDB SQL over
the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (first_visit 14 d, membership 30 d, party
  60 d, renewal 120 d); rates are per customer; the tolerance covers both readings (later steps allowed after the
  period end, or not); for the renewal journey later steps may fall after the period. "Where do we lose the most"
  = the step reached whose next step is not reached, largest count (INTERFACE.md's drop-off: reached the step but
  not the next one).
- people: a customer is a parent / family (one child each); source, age band, home branch and first ticket type come
  from customers (zh questions are checked against the Chinese twins 来源渠道 / 孩子年龄段 / branch / 城市 / 平台 / 派对套餐,
  en ones against acquisition_channel / child_age_band / branch_en / card_type / item / payment_method /
  touchpoint_id); a visit = one `tp_checkin` event (入园人次 = check-ins); the visit's play session and food are the
  `tp_play_session` / `tp_food` events with the same session_id (visit id).
- deal vouchers: `tp_ticket_buy` events with ticket_type `deal_voucher` (per voucher, by purchase date, platform
  from the event); redeemed = a `tp_checkin` with the same voucher_id (any time); voucher -> check-in days by the
  check-in date.
- membership: first card = `tp_membership_buy`, later cards = `tp_membership_renewal`; "visit -> card within 30 days"
  = customers whose FIRST ever check-in is in the period, share with a `tp_membership_buy` within 30 days after it;
  renewal within N days of a card = a `tp_membership_renewal` of the same customer in (buy, buy + N days];
  visits per member by card = check-ins with that card_type / distinct customers.
- play: overtime = `tp_play_session` with overtime_minutes > 0 (2 hours included), by the session's date;
  session length = session_minutes; weekend = Saturday / Sunday (day_type).
- food attach = check-ins whose visit has a `tp_food` event / all check-ins in the period.
- party: enquiry -> deposit = `tp_party_enquiry` (by enquiry date) whose party id (session_id) has a
  `tp_party_booked` (any time); wait = booked time - enquiry time in days over booked parties; parties held =
  `tp_party_held` events; deposits = `tp_party_booked` events.
- money = orders with status `paid` (CNY); revenue / 营业额 = all paid orders; food revenue = order_type `food`;
  membership sales = order_type `membership` (new + renewal); refunds = amount of orders with status `refunded`
  (unused vouchers, cancelled-party deposits, injury compensation); spend per paying family = paid amount /
  distinct customers with a paid order in the period.
- feedback: "comments" = all rows of all channels, "all data" includes rows without a date; negative share =
  `sentiment_label = 'neg'` over rows dated in the period; topic counts by text markers with a 5 % tolerance;
  rating by step = feedback.touchpoint_id over rows with a rating (dated or not); NPS = `party_survey` `nps`.
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


def rate_val(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def days_val(v):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


def money_val(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def count_val(v):
    return dict(value=int(v), tolerance=0.5)


def avg_val(v, rel=0.01, floor=0.05):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, v * rel), 3))


def top(rows, margin, higher=True):
    """rows sorted best first: (entity, metric, ...); the winner must be clear."""
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


def conv(journey, start, end, cond="1=1", both=True):
    vals = []
    for bounded in ((False, True) if both else (False,)):
        c = funnel(journey, start, end, cond, bounded=bounded)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def top_lost(journey, start, end, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, cond, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.15, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- deal vouchers ----------

VOUCHER = """(SELECT b.customer_id, b.ts, b.voucher_id, b.platform, b."平台" AS platform_zh, c.ts AS t_in,
              (c.voucher_id IS NOT NULL) AS redeemed FROM events b
              LEFT JOIN (SELECT voucher_id, min(ts) ts FROM events WHERE touchpoint_id = 'tp_checkin'
                         AND voucher_id IS NOT NULL GROUP BY 1) c USING (voucher_id)
              WHERE b.touchpoint_id = 'tp_ticket_buy' AND b.ticket_type = 'deal_voucher')"""


def redeem_rate(start, end, cond="1=1"):
    return rate_val(one(f"SELECT avg(redeemed::int) FROM {VOUCHER} v WHERE {_in('v.ts', start, end)} AND ({cond})"))


def bottom_redeem(start, end, by, margin=0.2):
    rows = q(f"SELECT {by}, avg(redeemed::int) r, count(*) FROM {VOUCHER} v WHERE {_in('v.ts', start, end)} "
             f"GROUP BY 1 ORDER BY r")
    return top(rows, margin, higher=False)


def redeem_days(start, end, agg="median(d)"):
    v = one(f"""SELECT {agg} FROM (SELECT epoch(v.t_in - v.ts) / 86400.0 AS d FROM {VOUCHER} v
                WHERE v.redeemed AND {_in('v.t_in', start, end)})""")
    return rate_val(v) if agg.startswith("avg((") else days_val(v)


# ---------- membership ----------

FIRST_VISIT = """(SELECT f.customer_id, f.t, c.acquisition_channel, c."来源渠道", c.first_ticket_type, c."首次票种",
                  EXISTS (SELECT 1 FROM events m WHERE m.customer_id = f.customer_id
                          AND m.touchpoint_id = 'tp_membership_buy' AND m.ts > f.t
                          AND m.ts <= f.t + INTERVAL 30 DAY) AS carded
                  FROM (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = 'tp_checkin' GROUP BY 1) f
                  JOIN customers c USING (customer_id))"""


def card_rate(start, end, cond="1=1"):
    return rate_val(one(f"SELECT avg(carded::int) FROM {FIRST_VISIT} x WHERE {_in('x.t', start, end)} AND ({cond})"))


def bottom_card(start, end, by, margin=0.08):
    rows = q(f"SELECT {by}, avg(carded::int) r, count(*) FROM {FIRST_VISIT} x WHERE {_in('x.t', start, end)} "
             f"GROUP BY 1 ORDER BY r")
    return top(rows, margin, higher=False)


def ever_card_share(cond):
    return rate_val(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events m WHERE m.customer_id = c.customer_id
                             AND m.touchpoint_id = 'tp_membership_buy'))::int) FROM customers c
                             WHERE c.customer_id IN (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_checkin')
                             AND ({cond})"""))


def renew_within(days, start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events r WHERE r.customer_id = b.customer_id
                             AND r.touchpoint_id = 'tp_membership_renewal' AND r.ts > b.ts
                             AND r.ts <= b.ts + INTERVAL {days} DAY))::int)
                             FROM events b WHERE b.touchpoint_id = 'tp_membership_buy' AND {_in('b.ts', start, end)}
                             AND ({cond})"""))


def visits_per_member(start, end, card):
    v = one(f"""SELECT count(*) / count(DISTINCT customer_id) FROM events WHERE touchpoint_id = 'tp_checkin'
                AND card_type = '{card}' AND {_in('ts', start, end)}""")
    return avg_val(v)


# ---------- visits / play / food ----------

def checkins(start, end, cond="1=1"):
    return count_val(one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = 'tp_checkin' "
                         f"AND {_in('e.ts', start, end)} AND ({cond})"))


def checkins_change(a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_checkin' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_checkin' AND {_in('ts', *b)} AND ({cond})")
    return rate_val((y - x) / x)


def top_checkins(by, start, end, margin=1.1):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE touchpoint_id = 'tp_checkin' AND {_in('e.ts', start, end)} "
             f"GROUP BY 1 ORDER BY n DESC")
    return top(rows, margin)


def checkin_share(num, start, end):
    return rate_val(one(f"SELECT avg(({num})::int) FROM events e WHERE touchpoint_id = 'tp_checkin' "
                        f"AND {_in('e.ts', start, end)}"))


def visits_per_family(start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = 'tp_checkin' AND {_in('e.ts', start, end)} AND ({cond})""")
    return avg_val(v)


def play_share(num, start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg(({num})::int) FROM events e JOIN customers c USING (customer_id)
                            WHERE e.touchpoint_id = 'tp_play_session' AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_play_share(num, by, start, end, margin=1.3):
    rows = q(f"""SELECT {by}, avg(({num})::int) r, count(*) FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = 'tp_play_session' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY r DESC""")
    return top(rows, margin)


def play_avg(start, end, cond):
    return avg_val(one(f"SELECT avg(e.session_minutes) FROM events e WHERE e.touchpoint_id = 'tp_play_session' "
                       f"AND {_in('e.ts', start, end)} AND ({cond})"), rel=0.005, floor=0.3)


FOOD_ATTACH = """(SELECT c.ts, c.branch_id, (f.session_id IS NOT NULL) AS ate FROM events c
                  LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_food') f USING (session_id)
                  WHERE c.touchpoint_id = 'tp_checkin')"""


def food_attach(start, end):
    return rate_val(one(f"SELECT avg(ate::int) FROM {FOOD_ATTACH} x WHERE {_in('x.ts', start, end)}"))


def events_count(tp, start, end, cond="1=1"):
    return count_val(one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                         f"AND ({cond})"))


# ---------- party ----------

PARTY = """(SELECT e.customer_id, e.ts, e.session_id, e.branch_id, e.branch, e.branch_en, e.city, b.ts AS t_book,
            (b.session_id IS NOT NULL) AS booked FROM events e
            LEFT JOIN (SELECT session_id, min(ts) ts FROM events WHERE touchpoint_id = 'tp_party_booked' GROUP BY 1) b
            USING (session_id) WHERE e.touchpoint_id = 'tp_party_enquiry')"""


def top_party(start, end, by, min_n, margin=1.15, check_small=True):
    sql = f"""SELECT {by}, avg(booked::int) r, count(*) n FROM {PARTY} p WHERE {_in('p.ts', start, end)}
              GROUP BY 1 HAVING count(*) >= {{n}} ORDER BY r DESC"""
    rows = q(sql.format(n=min_n))
    res = top(rows, margin)
    if check_small:     # letting small groups in must change the winner (the minimum size matters)
        allr = q(sql.format(n=1))
        assert allr[0][0] != rows[0][0], allr[:3]
    return res


def party_wait(start, end, cond, agg="median(d)"):
    v = one(f"""SELECT {agg} FROM (SELECT epoch(p.t_book - p.ts) / 86400.0 AS d FROM {PARTY} p
                WHERE p.booked AND {_in('p.ts', start, end)} AND ({cond}))""")
    return rate_val(v) if agg.startswith("avg((") else days_val(v)


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
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def order_share(num, start, end, cond="1=1"):
    return rate_val(one(f"SELECT avg(({num})::int) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                        f"AND ({cond})"))


def order_avg(start, end, cond):
    return money_val(one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                         f"AND ({cond})"))


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", status="paid", margin=1.15):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    return top(rows, margin)


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
    return rate_val(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def bottom_fb_avg(by, cond, min_n, margin=0.3):
    rows = q(f"""SELECT {by}, avg(f.rating) a, count(*) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}
                 AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a""")
    return top(rows, margin, higher=False)


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    return top(rows, margin)


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25 = quarter(2025, 3), quarter(2025, 4)
ALL = ("2025-01-01", "2026-06-30")
NEG = "f.sentiment_label = 'neg'"
CROWD_T = _like("f.text", ["人太多", "挤", "crowded", "packed"])
HURT_T = _like("f.text", ["受伤", "磕", "hurt"])
FOOD_T = _like("f.text", ["贵", "overpriced"])
CLEAN_T = _like("f.text", ["卫生", "消毒", "不干净", "脏", "hygiene", "dirty", "sanitiz"])
STAFF_T = _like("f.text", ["贴心", "细心", "caring", "attentive"]) + " AND f.sentiment_label = 'pos'"
HOST_T = _like("f.text", ["主持", "host"]) + " AND f.sentiment_label = 'pos'"
VOUCHER_T = _like("f.text", ["券", "voucher"])
B04 = "e.branch_id = 'B04'"


def gold():
    return {
        # ---- deals and vouchers
        "pg01": lambda: conv("first_visit", *Y25),
        "pg02": lambda: top_lost("first_visit", *Y25, "c.acquisition_channel = 'douyin'"),
        "pg03": lambda: redeem_rate(*H2_25, "v.platform = 'douyin'"),
        "pg04": lambda: redeem_rate(*H2_25, "v.platform = 'dianping'"),
        "pg05": lambda: bottom_redeem(*H2_25, by="v.platform_zh"),
        "pg06": lambda: redeem_days(*Y25),
        "pg07": lambda: redeem_days(*Y25, agg="avg((d > 7)::int)"),
        # ---- membership
        "pg09": lambda: card_rate(*Q4_25),
        "pg10": lambda: bottom_card(*Y25, by="x.acquisition_channel"),
        "pg11": lambda: conv("membership", *H1_26),
        "pg12": lambda: renew_within(60, "2025-07-01", "2025-08-31", "b.card_type = 'monthly'"),
        "pg13": lambda: renew_within(60, *Y25, "b.card_type = 'monthly' AND month(b.ts) NOT IN (7, 8)"),
        "pg14": lambda: top_orders("o.card_type", *Y25, cond="o.order_type = 'membership'", margin=1.1),
        "pg15": lambda: orders(*Y25, cond="o.order_type = 'membership'"),
        "pg17": lambda: conv("renewal", *H1_25, both=False),
        "pg18": lambda: visits_per_member(*Y25, "monthly"),
        "pg20": lambda: ever_card_share("c.first_ticket_type = 'deal_voucher'"),
        "pg21": lambda: ever_card_share("c.first_ticket_type = 'single'"),
        # ---- play and overtime
        "pg22": lambda: play_share("e.overtime_minutes > 0", *Y25),
        "pg23": lambda: top_play_share("e.overtime_minutes > 0", "c.child_age_band", *ALL),
        "pg24": lambda: orders(*Y25, cond="o.order_type = 'overtime'"),
        "pg25": lambda: play_avg(*Q3_25, "e.day_type = 'weekend'"),
        "pg26": lambda: play_avg(*Q3_25, "e.day_type = 'weekday'"),
        # ---- food
        "pg27": lambda: food_attach(*Q3_25),
        "pg28": lambda: food_attach(*Q4_25),
        "pg29": lambda: orders_change(Q3_25, Q4_25, "o.order_type = 'food'"),
        "pg30": lambda: top_orders("o.item", *Y25, agg="count(*)", cond="o.order_type = 'food'", margin=1.2),
        # ---- visits
        "pg32": lambda: checkins(*month(2025, 10)),
        "pg33": lambda: checkins("2025-03-03", "2025-03-09"),
        "pg36": lambda: top_checkins("e.branch_en", *Y25, margin=1.05),
        "pg37": lambda: checkin_share("e.day_type = 'weekend'", *Y25),
        "pg38": lambda: checkins_change(quarter(2026, 1), quarter(2026, 2), B04),
        "pg39": lambda: visits_per_family(*Y25),
        "pg40": lambda: visits_per_family(*Y25, "c.child_age_band = '1-3'"),
        # ---- money
        "pg41": lambda: orders(*Q3_25),
        "pg42": lambda: orders_change(Q3_25, Q4_25),
        "pg43": lambda: orders(*H2_25, status="refunded"),
        "pg44": lambda: per_customer(*Y25),
        "pg45": lambda: top_orders("o.payment_method", *Y25, agg="count(*)", cond="o.channel = 'store'", margin=1.5),
        "pg47": lambda: top_orders("o.branch_en", *H1_26, cond="o.refund_reason = 'injury'", status="refunded",
                                   margin=1.5),
        # ---- party
        "pg49": lambda: events_count("tp_party_held", *Y25, "e.party_package = 'basic'"),
        "pg50": lambda: events_count("tp_party_held", *Y25, "e.party_package = 'deluxe'"),
        "pg51": lambda: conv("party", *Y25),
        "pg52": lambda: top_party("2025-07-01", "2026-06-30", "p.branch_en", 30),
        "pg53": lambda: party_wait(*Y25, "p.branch_id = 'B05'"),
        "pg54": lambda: party_wait(*Y25, "p.city = 'Shanghai'"),
        "pg55": lambda: party_wait(*Y25, "p.branch_id = 'B05'", agg="avg((d > 3)::int)"),
        "pg56": lambda: top_fb_count("f.host_name", HOST_T, margin=2.0),
        "pg57": lambda: fb_avg(f"f.channel = 'party_survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        # ---- feedback
        "pg58": lambda: fb_topic_count(CROWD_T),
        "pg59": lambda: top_fb_count("f.branch_en", CROWD_T, margin=2.0),
        "pg60": lambda: top_fb_count("f.branch", HURT_T, margin=2.0),
        "pg61": lambda: fb_topic_count(FOOD_T),
        "pg62": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "pg63": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 20, margin=0.5),
        "pg64": lambda: top_fb_count('f."孩子年龄段"', CLEAN_T, margin=1.5),
        "pg65": lambda: feedback_ids(STAFF_T),
        "pg67": lambda: fb_avg("f.channel = 'dianping' AND f.branch_id = 'B01'", tol=0.03),
        "pg68": lambda: fb_ratio(NEG, f"{_in('f.ts', '2026-03-01', '2026-04-30')} AND f.branch_id = 'B04'"),
        "pg69": lambda: fb_topic_count(VOUCHER_T),
        # ---- relative periods
        "pg76": lambda: checkins(*month(2026, 5)),
        "pg77": lambda: checkins(*month(2026, 4)),
        "pg78": lambda: orders(*quarter(2026, 1)),
        "pg79": lambda: events_count("tp_party_enquiry", *month(2026, 3)),
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
