"""Gold answers for the 骰子局 DiceDen held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (booking 7 d, session 30 d, in_store 3 d,
  refund 30 d, rebook 90 d); rates are per customer (people); the tolerance covers both readings (later steps allowed
  after the period end, or not). "Where do we lose the most" = the step whose next step is not reached by the most
  people (the loss between step k and k+1 is attributed to step k). A funnel split by a customer attribute filters the
  step-1 people by that attribute (acquisition channel, player type, ...);
- a booking = one `session_id` (BK000123) from the discovery visit to the review: discover, browse, book, deposit
  (or failed deposit attempts), confirmation or cancellation, refund, check-in, play, food, balance, review (and
  tp_rebook on the booking step of a returning player's booking). A paid booking = it has a `tp_deposit`; a
  cancellation for too few players = `tp_cancel` with cancel_reason `not_enough_players` (人数不足); script / table
  = `product_type` (预约类型 剧本杀 / 桌游); group buyout (包场) = `is_group_booking`;
- per-booking rates count bookings whose first event at the named step falls in the period (by its date); the later
  event is looked for in the same booking at any time;
- times between steps = per booking, first B ts - first A ts, the period by the date of A; days (fractional; the
  tolerance also covers whole calendar days) or hours when the question asks hours; "more than X days" is strict;
- money = orders with status `paid` (refunded deposits and failed payment attempts are no revenue), by order ts;
  revenue = deposits + balances + food & drink; script fee revenue = paid deposit + balance orders of script
  bookings; refunds = `refund_amount` of `tp_refund` events by refund date; spend per paying customer = paid amount /
  customers with >= 1 paid order in the period; visits = check-ins (`tp_checkin`);
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (store, 难度, 玩家类型, 城市, game, host), en ones against store_en / difficulty / player_type / region /
  script_en / game_en / host_en / touchpoint_id; platform / channel answers are the raw values;
- feedback: "all data" includes undated rows; negative share = `sentiment_label = 'neg'` over rows dated in the
  period; topic counts by text markers with a 5 % tolerance (cross-checked against _truth/feedback_truth.csv);
  rating by step = feedback.touchpoint_id over rows with a rating; host ratings = rated rows carrying `host`;
  NPS = survey `nps` (0-10);
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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


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
    rows = []
    for g in groups:
        c = funnel(journey, start, end, cond=f"{by} = '{g}'")
        if c[0] >= min_n:
            rows.append((g, c[-1] / c[0], c[0]))
    rows.sort(key=lambda r: r[1], reverse=not lowest)
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


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

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None, having="1=1"):
    """share of bookings with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {f'GROUP BY 1 HAVING {having} ORDER BY r DESC' if by else ''}"""
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


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", hours=False):
    if hours:
        v = one(f"SELECT {agg}(epoch(b.t - a.t) / 3600.0) {_gap(a_tp, b_tp, start, end, cond)}")
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond)}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_time_share(a_tp, b_tp, start, end, thr_days, cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / 86400.0 > {thr_days})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_avg(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT avg({col}) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def top_events(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def visits_per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = 'tp_checkin' AND {_in('e.ts', start, end)} AND ({cond})""")
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


def food_per_visit(start, end):
    f = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND order_type = 'food_drink' "
            f"AND {_in('o.ts', start, end)}")
    n = one(f"SELECT count(*) FROM events WHERE touchpoint_id = 'tp_checkin' AND {_in('ts', start, end)}")
    v = float(f) / n
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.01), 2))


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
            f"AND NOT list_contains(string_split(truth.topics, '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(truth.topics, '|'), '{topic}') AND NOT ({cond})")
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


def bottom_fb_avg(by, cond, min_n, margin=0.3, trap=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a")
    big = [r for r in rows if r[2] >= min_n]
    assert big[1][1] - big[0][1] > margin, big[:3]
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
Q3_25, Q4_25, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 2)
IOS_BUG = ("2025-12-01", "2026-01-10")
DISCOVER, BROWSE, BOOK, DEPOSIT, CONFIRM, CANCEL, REFUND, CHECKIN, PLAY, FOOD, BALANCE, REVIEW, REBOOK = (
    "tp_discover", "tp_browse", "tp_book", "tp_deposit", "tp_confirm", "tp_cancel", "tp_refund", "tp_checkin",
    "tp_play", "tp_food", "tp_balance", "tp_review", "tp_rebook")
SCRIPT = "a.product_type = 'script'"
TABLE = "a.product_type = 'table'"
SEAT = "a.product_type = 'script' AND NOT a.is_group_booking"
FEW = "cancel_reason = 'not_enough_players'"
NEG = "f.sentiment_label = 'neg'"
REVIEWS = "f.channel IN ('dianping_review', 'meituan_review', 'mini_program_review')"
BORING_T = _like("f.text", ["无聊", "念稿", "敷衍", "boring", "bored"])
GREAT_T = _like("f.text", ["演技", "控场", "host was amazing", "fantastic game master"])
HARD_T = _like("f.text", ["太难", "难度太高", "烧脑过头", "too hard", "too difficult"])
MISSING_T = _like("f.text", ["缺零件", "配件不全", "卡牌不全", "missing pieces", "cards were missing"])
NOISE_T = _like("f.text", ["太吵", "特别吵", "noisy", "so loud"])
SNACK_T = _like("f.text", ["太贵", "定价离谱", "涨得太狠", "overpriced", "rip-off"])
CANCEL_T = _like("f.text", ["人数不够", "没成团", "人数不足", "not enough players"])
REFUND_SLOW_T = _like("f.text", ["还没到", "still waiting", "took forever"])
PAYFAIL_T = _like("f.text", ["付定金一直失败", "跳转失败", "payment keeps failing"])


def gold():
    return {
        # ---- funnels / conversion
        "bg01": lambda: conv("booking", *Y25),
        "bg02": lambda: top_lost("booking", *Q3_25),
        "bg03": lambda: rank_conv("booking", *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "bg04": lambda: conv("booking", *Y25, cond="c.acquisition_channel = 'friend_invite'"),
        "bg05": lambda: rate(BOOK, DEPOSIT, *IOS_BUG, "a.channel = 'mini_program' AND a.device = 'ios'"),
        "bg06": lambda: rate(BOOK, DEPOSIT, *IOS_BUG, "a.channel = 'mini_program' AND a.device = 'android'"),
        "bg07": lambda: rate(DEPOSIT, CANCEL, *Y25, SCRIPT, FEW),
        "bg08": lambda: rank_rate(DEPOSIT, CANCEL, *Y25, by='a."难度"', cond=SCRIPT, b_cond=FEW, margin=1.5),
        "bg09": lambda: rank_rate(DEPOSIT, CANCEL, *H1_26, by="a.store_en", cond=SCRIPT, b_cond=FEW, min_n=60,
                                  trap=True, margin=1.2),
        "bg10": lambda: rate(DEPOSIT, CANCEL, *H1_26, f"{SCRIPT} AND a.store_id = 'S6'", FEW),
        "bg11": lambda: conv("session", *Y25),
        "bg12": lambda: rate(CHECKIN, FOOD, "2025-01-01", "2025-08-31"),
        "bg13": lambda: rate(CHECKIN, FOOD, "2025-09-01", "2025-12-31"),
        "bg14": lambda: conv("rebook", *H1_25, unbounded_only=True),
        "bg15": lambda: rank_conv("rebook", *H1_25, by='c."玩家类型"', margin=1.1),
        # ---- times between steps
        "bg17": lambda: step_time(CANCEL, REFUND, *Y25, "a.channel = 'meituan'"),
        "bg18": lambda: step_time(CANCEL, REFUND, *Y25, "a.channel = 'mini_program'"),
        "bg19": lambda: step_time_share(CANCEL, REFUND, *Q4_25, 3),
        "bg20": lambda: step_time(DEPOSIT, CONFIRM, *Y25, SEAT, hours=True),
        "bg21": lambda: step_time(DEPOSIT, CONFIRM, *Y25, f"{SEAT} AND a.difficulty = 'hardcore'", agg="avg",
                                  hours=True),
        "bg22": lambda: step_time(CHECKIN, BALANCE, *Y25, SCRIPT, agg="avg", hours=True),
        "bg23": lambda: step_time(CHECKIN, BALANCE, *Y25, TABLE, agg="avg", hours=True),
        # ---- money
        "bg24": lambda: orders(*Q3_25, "o.product_type = 'script' AND o.order_type IN ('deposit', 'balance')"),
        "bg25": lambda: orders(*month(2025, 10)),
        "bg26": lambda: orders(*month(2025, 9)),
        "bg27": lambda: orders(*Y25, "o.\"难度\" = '硬核' AND o.order_type IN ('deposit', 'balance')"),
        "bg28": lambda: top_orders("o.store_en", *Y25, "o.order_type = 'food_drink'", margin=1.1),
        "bg29": lambda: orders_change(H1_25, H1_26),
        "bg30": lambda: orders_change(Q3_25, Q4_25, "o.order_type = 'food_drink'"),
        "bg31": lambda: events_sum(REFUND, "e.refund_amount", *month(2025, 8)),
        # ---- per customer
        "bg32": lambda: per_customer(*Y25),
        "bg33": lambda: per_customer(*Y25, "c.player_type = 'group_organiser'"),
        "bg34": lambda: per_customer(*Y25, "c.player_type = 'casual'"),
        "bg35": lambda: top_per_customer("c.age_band", *Y25, min_n=100),
        "bg36": lambda: visits_per_customer(*Y25, "c.\"玩家类型\" = '硬核玩家'"),
        "bg37": lambda: events_avg(BOOK, "e.party_size", *Y25, "e.is_group_booking"),
        "bg38": lambda: food_per_visit(*Q4_25),
        # ---- volumes / trends
        "bg39": lambda: events_at(DEPOSIT, "2025-03-03", "2025-03-09"),
        "bg40": lambda: events_at(CHECKIN, *month(2025, 10)),
        "bg41": lambda: events_at(CHECKIN, *month(2025, 11)),
        "bg42": lambda: events_change(CHECKIN, Q3_25, Q4_25),
        "bg45": lambda: events_at(CHECKIN, *Q2_26),
        "bg46": lambda: events_at(CANCEL, *H2_25),
        "bg47": lambda: top_events(PLAY, "e.game_en", *Y25),
        "bg48": lambda: top_events(PLAY, "e.script", *Y25, "e.product_type = 'script'", margin=1.1),
        # ---- customers
        "bg49": lambda: customers_share("c.\"玩家类型\" = '组局达人'"),
        "bg50": lambda: customers_count("c.tier = 'gold' AND c.region = 'Hangzhou'"),
        "bg51": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'"),
        "bg52": lambda: customers_count(_in("c.signup_at", *H2_25)),
        # ---- feedback
        "bg53": lambda: fb_topic_count(BORING_T, "host_boring"),
        "bg54": lambda: bottom_fb_avg("f.host_en", REVIEWS, 30, margin=0.4, trap=True),
        "bg55": lambda: top_fb_count("f.store", MISSING_T, margin=2.0),
        "bg56": lambda: top_fb_count("f.game", f"{MISSING_T} AND f.store_id = 'S2'", margin=1.3),
        "bg57": lambda: top_fb_count("f.store_en", NOISE_T, margin=2.0),
        "bg58": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "bg59": lambda: bottom_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.5),
        "bg60": lambda: top_fb_count("f.script_en", HARD_T, margin=1.5),
        "bg61": lambda: fb_topic_count(SNACK_T, "snacks_overpriced", period="f.ts >= DATE '2025-09-01'"),
        "bg62": lambda: feedback_ids(f"({BORING_T} OR {GREAT_T}) AND f.store_id = 'S4'"),
        "bg63": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "bg65": lambda: fb_avg(f"f.touchpoint_id = 'tp_food' AND {_in('f.ts', *Y25)}", tol=0.03),
        "bg66": lambda: fb_topic_count(CANCEL_T, "cancel_few"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((HARD_T, "too_hard"), (MISSING_T, "missing_pieces"), (NOISE_T, "noisy"),
                        (REFUND_SLOW_T, "refund_slow"), (PAYFAIL_T, "payment_fail"), (GREAT_T, "host_great")):
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
