"""Gold answers for the 谜境 MysteryBox (escape-room chain) held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (booking 14 d, play 1 d, discovery 7 d);
  rates are per customer; the tolerance covers both readings (later steps allowed after the period end, or not).
  "Where do we lose the most" = the step reached whose next step is not reached, largest count (the loss between
  step k and k+1 is attributed to step k);
- a booking / visit = one `session_id` (S000123): discover, room page, slot booked, payment, cancel / reschedule,
  check-in, game start, game end, photo, review. Walk-ins start at check-in. A paid booking = a `tp_payment` event
  (all payments succeed; unpaid slot bookings time out as `cancelled` orders). Per-session rates count sessions whose
  first event of the named step is in the period (by its date) and look for the later event in the same session at
  any time: room page -> paid per browsing session; slot booked and never paid; cancellation rate = paid bookings
  with a `tp_cancel` / paid bookings; reschedule share = paid bookings with a `tp_reschedule` / paid bookings;
  no-show = paid booking, not cancelled, with no `tp_checkin`, over paid bookings that were not cancelled (the
  period by payment date); photo share = games (`tp_game_end`) whose session has a `tp_photo`;
- games = `tp_game_end` (one per `tp_game_start`), period by the event date; escape rate = result `escaped` / games;
  give-up share = result `quit` / games; hints and time used from `hints_used` / `time_used_min` of `tp_game_end`;
- times between steps = per session, first B ts - first A ts over sessions that reached both, the period by the date
  of A; wait to start = `tp_checkin` -> `tp_game_start` (minutes), weekend = check-in on Saturday or Sunday; lead
  time = `tp_payment` -> `tp_checkin` (days); "more than X" is strict;
- money = orders with status `paid` (refunded and timed-out `cancelled` orders are no revenue); revenue / 营业额 =
  order_type booking + extra_charge + merch, never `topup` (stored value is a liability); refunds = amount of
  `refunded` orders by their (payment) date; spend per paying customer = revenue / customers with >= 1 paid non-top-up
  order in the period;
- visits = check-ins (`tp_checkin`); games per customer = check-ins / customers with one; member tier, age band,
  source channel from customers (zh questions are checked against the Chinese twins venue / theme, en questions
  against venue_en / theme_en / source / pay_mode);
- feedback: "comments" = all rows of all channels, "all data" includes rows without a date; negative share =
  `sentiment_label = 'neg'` over rows dated in the period; topic counts by text markers with a 5 % tolerance;
  rating by step = feedback.touchpoint_id (rows with a rating); venue / theme ratings = rated rows with that venue;
  recommend score = survey `nps` (0-10) mean;
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

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


NOT_CANCELLED = "a.session_id NOT IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_cancel')"


def sess_rate(a_tp, b_tp, start, end, cond="1=1", missing=False, by=None, having="1=1", desc=True):
    """share of sessions with a first `a_tp` in the period that have (or, missing=True, lack) a `b_tp`."""
    sel = f"{by}, " if by else ""
    hit = "b.session_id IS NULL" if missing else "b.session_id IS NOT NULL"
    order = "DESC" if desc else "ASC"
    sql = f"""SELECT {sel}avg(({hit})::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {f'GROUP BY 1 HAVING {having} ORDER BY r {order}' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", missing=False, tol=0.01):
    v = sess_rate(a_tp, b_tp, start, end, cond, missing=missing)[0][0]
    return dict(value=round(v, 4), tolerance=tol)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", having="1=1", missing=False, desc=True, margin=1.3,
              check_small=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by, having=having, missing=missing, desc=desc)
    if desc:
        assert rows[0][0] is not None and rows[0][1] > rows[1][1] * margin, rows[:3]
    else:
        assert rows[0][1] * margin < rows[1][1], rows[:3]
    if check_small:   # the ranking must change when small groups are let in (the minimum size matters)
        allr = sess_rate(a_tp, b_tp, start, end, cond, by=by, missing=missing, desc=desc)
        assert allr[0][0] != rows[0][0], allr[:3]
    return dict(top_entity=rows[0][0])


NOSHOW = dict(a_tp="tp_payment", b_tp="tp_checkin", missing=True)


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


# ---------- games (tp_game_end rows) ----------

def games(start, end, expr, cond="1=1", agg="avg", tol=0.01, digits=4):
    v = one(f"""SELECT {agg}({expr}) FROM events e LEFT JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = 'tp_game_end' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), digits), tolerance=tol)


ESCAPED = "(e.result = 'escaped')::int"
QUIT = "(e.result = 'quit')::int"


def rank_games(start, end, by, expr, min_n, desc=True, margin=0.05, check_small=False, cond="1=1"):
    order = "DESC" if desc else "ASC"
    sql = (f"SELECT {by}, avg({expr}) r, count(*) n FROM events e WHERE e.touchpoint_id = 'tp_game_end' "
           f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING count(*) >= {{n}} ORDER BY r {order}")
    rows = q(sql.format(n=min_n))
    assert abs(rows[0][1] - rows[1][1]) > margin, rows[:3]
    if check_small:
        allr = q(sql.format(n=1))
        assert allr[0][0] != rows[0][0], allr[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
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

REVENUE = "o.order_type IN ('booking', 'extra_charge', 'merch')"


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


def top_orders(by, start, end, agg="sum(o.amount)", status="paid", cond="1=1", margin=1.15):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
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
NOSHOW_WIN = ("2025-01-01", "2026-05-31")
PROPS = ("2025-09-01", "2025-12-31")
ALL = ("2024-07-01", "2026-06-30")
DISC, PAGE, BOOK, PAY, CANCEL, RESCHED, CHECKIN, START, END_, PHOTO = (
    "tp_discover", "tp_room_page", "tp_book_slot", "tp_payment", "tp_cancel", "tp_reschedule", "tp_checkin",
    "tp_game_start", "tp_game_end", "tp_photo")
WEEKEND = "dayofweek(a.t) IN (0, 6)"
NEG = "f.sentiment_label = 'neg'"
SCARY_T = _like("f.text", ["吓", "太恐怖", "scary", "terrifying"])
EASY_T = _like("f.text", ["太简单", "没难度", "难度太低", "too easy"])
PROPS_T = _like("f.text", ["机关", "道具", "prop", "mechanism"])
CHARGE_T = _like("f.text", ["收费", "隐形消费", "hidden charge", "extra fee"])
NPC_T = _like("f.text", ["npc"])


def gold():
    return {
        # ---- booking funnel / sources
        "er01": lambda: conv("booking", *Y25),
        "er02": lambda: top_lost("booking", *quarter(2025, 3)),
        "er03": lambda: rank_rate(PAGE, PAY, *Y25, by="a.source", desc=False, margin=1.5),
        "er04": lambda: rate(PAGE, PAY, *H2_25, "a.source = 'douyin'"),
        "er05": lambda: rate(PAGE, PAY, *H2_25, "a.source = 'referral'"),
        "er06": lambda: conv("discovery", *month(2025, 10)),
        "er07": lambda: rate(BOOK, PAY, *H1_26, missing=True),
        # ---- no-shows, cancellations, rescheduling
        "er08": lambda: rank_rate(**NOSHOW, start=Y25[0], end=Y25[1], by="a.pay_mode", cond=NOT_CANCELLED,
                                  margin=2.0),
        "er09": lambda: rate(**NOSHOW, start=Y25[0], end=Y25[1], cond=f"{NOT_CANCELLED} AND a.pay_mode = 'deposit'"),
        "er10": lambda: rate(**NOSHOW, start=Y25[0], end=Y25[1], cond=f"{NOT_CANCELLED} AND a.pay_mode = 'full'"),
        "er11": lambda: rank_rate(**NOSHOW, start=NOSHOW_WIN[0], end=NOSHOW_WIN[1], by="a.venue_en",
                                  cond=NOT_CANCELLED, having="count(*) >= 200", margin=1.5, check_small=True),
        "er12": lambda: rate(PAY, CANCEL, *Y25, "a.group_size >= 6"),
        "er13": lambda: rate(PAY, CANCEL, *Y25, "a.group_size <= 5"),
        "er14": lambda: orders(*Y25, status="refunded", cond="o.order_type = 'booking'"),
        "er15": lambda: rate(PAY, RESCHED, *H1_26),
        # ---- waiting for the game to start, lead time, time used
        "er16": lambda: rank_step_time(CHECKIN, START, *Y25, by="a.venue", min_n=30, cond=WEEKEND),
        "er17": lambda: step_time(CHECKIN, START, *Y25, f"a.venue_id = 'SH01' AND {WEEKEND}"),
        "er18": lambda: step_time(CHECKIN, START, *Y25, f"a.venue_id = 'SH01' AND NOT {WEEKEND}"),
        "er19": lambda: step_time_share(CHECKIN, START, *quarter(2025, 4), 20, "a.venue_id = 'SH01'"),
        "er20": lambda: step_time(PAY, CHECKIN, *Y25, unit="day"),
        "er21": lambda: games(*Y25, "e.time_used_min", "e.room_id = 'R03' AND e.result = 'escaped'", tol=0.5,
                              digits=2),
        # ---- escape rates, giving up, photos
        "er22": lambda: games(*PROPS, ESCAPED, "e.room_id = 'R07'"),
        "er23": lambda: games("2025-01-01", "2025-08-31", ESCAPED, "e.room_id = 'R07'"),
        "er24": lambda: rank_games(*H1_26, "e.theme_en", ESCAPED, 100, desc=False, check_small=True),
        "er25": lambda: games(*quarter(2025, 4), "e.hints_used", "e.room_id = 'R07'", tol=0.05, digits=3),
        "er26": lambda: rank_games(*Y25, "e.theme", QUIT, 100),
        "er27": lambda: games(*Y25, QUIT, "e.room_id = 'R01'"),
        "er28": lambda: rate(END_, PHOTO, *Y25, "a.npc = 'yes'"),
        "er29": lambda: rate(END_, PHOTO, *Y25, "a.npc = 'no'"),
        "er30": lambda: games(*Y25, ESCAPED),
        "er32": lambda: games(*Y25, ESCAPED, "e.\"难度\" = '困难'"),
        # ---- money
        "er33": lambda: orders(*Y25, cond=REVENUE),
        "er34": lambda: orders_change(quarter(2026, 1), quarter(2026, 2), REVENUE),
        "er35": lambda: orders(*month(2025, 11), cond="o.order_type = 'topup'"),
        "er36": lambda: orders(*month(2025, 10), cond="o.order_type = 'topup'"),
        "er37": lambda: per_customer(*Y25),
        "er38": lambda: orders(*H2_25, cond="o.order_type = 'extra_charge' AND o.venue_id = 'NJ02'"),
        "er39": lambda: top_orders("o.venue_en", *Y25, cond="o.order_type = 'extra_charge'"),
        "er41": lambda: top_orders("o.venue_en", *Y25, cond="o.order_type = 'booking'", margin=1.1),
        # ---- customers
        "er42": lambda: customers_count("c.member_tier IN ('gold', 'diamond')"),
        "er43": lambda: customers_share("c.source_channel = 'douyin'"),
        "er44": lambda: visits_per_customer(*Y25, "c.\"会员等级\" = '金卡会员'"),
        "er45": lambda: visits_per_customer(*Y25, "c.\"会员等级\" = '普通会员'"),
        "er46": lambda: customers_count(_in("c.signup_at", *H2_25)),
        "er47": lambda: events_share(END_, "e.genre = 'horror'", *Y25, "c.age_band = '18-24'"),
        # ---- volumes / periods
        "er49": lambda: events_at(START, "2025-03-03", "2025-03-09"),
        "er50": lambda: events_at(CHECKIN, *month(2025, 10), "e.city = 'Hangzhou'"),
        "er51": lambda: events_at(PAY, *month(2026, 4)),
        "er52": lambda: events_change(CHECKIN, quarter(2025, 2), quarter(2025, 3)),
        "er53": lambda: events_change(START, month(2025, 9), month(2025, 10), "e.genre = 'horror'"),
        "er55": lambda: events_at(START, "2026-06-01", "2026-06-07"),
        "er56": lambda: events_at(START, *month(2026, 5)),
        # ---- feedback
        "er59": lambda: fb_topic_count(PROPS_T),
        "er60": lambda: fb_topic_count(SCARY_T),
        "er61": lambda: top_fb_count("f.theme_en", SCARY_T),
        "er62": lambda: top_fb_count("f.theme", EASY_T),
        "er63": lambda: fb_ratio(NEG, _in("f.ts", *H1_26)),
        "er64": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.5),
        "er65": lambda: fb_avg("f.npc = 'yes' AND f.touchpoint_id = 'tp_game_end'"),
        "er66": lambda: fb_avg("f.npc = 'no' AND f.touchpoint_id = 'tp_game_end'"),
        "er67": lambda: fb_topic_count(f"{CHARGE_T} AND f.venue_id = 'NJ02'"),
        "er68": lambda: feedback_ids(NPC_T),
        "er69": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "er70": lambda: bottom_fb_avg("f.venue_en", _in("f.ts", *H2_25), 30, margin=0.15),
        "er71": lambda: fb_avg("f.channel = 'dianping' AND f.city = 'Hangzhou'"),
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
