"""Gold answers for the 钓趣 HookHaven fishing-park held-out batch, from plain DuckDB SQL over the raw CSVs written by
generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (first_trip 7 d, visit 7 d, match 10 d,
  rain_refund 14 d, membership 30 d, comeback 30 d); rates are per customer (people); the tolerance covers both
  readings (later steps allowed after the period end, or not), except where the question says later steps count.
  "Where do we lose the most" = the step whose next step is not reached by the most people (the loss between step k
  and k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1 people by it;
- a ticket = one `session_id` (TK000123): [tp_return,] tp_ticket, tp_rainout + tp_refund (rain-out) or tp_checkin,
  tp_fishing, tp_gear (0..1), tp_weigh, tp_huiyu (black pit, 0..1), tp_review (0..1). A competition entry = one
  `session_id` MT000123: tp_match_signup, then tp_match (competed) or tp_rainout + tp_refund (called off) or nothing
  (no-show). Per-ticket / per-entry rates count sessions whose first event at the named step A falls in the period
  (by its date) and look for step B in the same session at any time; session attributes (park, pond type, 场次,
  payment method) are read from the step-A event, customer attributes from customers;
- times between steps = per session, first B ts - first A ts (B after A), the period by the date of A; minutes,
  hours or days as the question asks (days fractional; the tolerance also covers whole calendar days);
- 空军 / skunked = a weigh-in (tp_weigh) with `skunked` true (catch 0 jin); the rate is per weigh-in;
- money = orders with status `paid` (refunded tickets / match fees are no revenue, cancelled = unpaid), by order ts;
  revenue = tickets + rod rental + bait + 带鱼费 + match entry fees + membership cards; sessions paid with a member card
  have no ticket order; refunds = `refund_amount` of tp_refund events by refund date; 回鱼 payouts (money the park
  pays anglers) and prizes are event amounts (tp_huiyu.huiyu_amount / huiyu_jin, tp_match.prize_amount), not revenue;
  spend per paying customer = paid amount / customers with >= 1 paid order in the period; tickets sold = tp_ticket
  events (one per ticket, incl. card-paid ones);
- customer attributes as stored (state at the end of the data); zh questions are checked against the Chinese twins
  (park, 钓场城市, 城市, 钓手类型, 会员卡类型, 场次), en ones against park_en / park_city / region / angler_type /
  acquisition_channel / pond_type / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app (mini-program) ratings = channel `mini_program_review`; rating by step =
  feedback.touchpoint_id over rows with a rating; negative = 1-2 stars when the question says so; NPS questions use the
  survey `nps` (0-10);
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


# ---------- per session (ticket / competition entry) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
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


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
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


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", min_n=1, margin=1.25):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY r DESC")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


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


def top_per_customer(by, start, end, min_n, margin=1.1, trap=True):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v, count(DISTINCT o.customer_id) n
                 FROM orders o JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]          # a small group tops the raw list
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


def top_customers(by, cond="1=1", margin=1.2):
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
    if topic and HAS_TRUTH:
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


HAS_TRUTH = False
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
SEP_DEC_25 = ("2025-09-01", "2025-12-31")
JAN_AUG_25 = ("2025-01-01", "2025-08-31")
(DISCOVER, TICKET, RETURN, GEAR, CHECKIN, FISHING, WEIGH, HUIYU, SIGNUP, MATCH, CARD, RAINOUT, REFUND,
 REVIEW) = ("tp_discover", "tp_ticket", "tp_return", "tp_gear", "tp_checkin", "tp_fishing", "tp_weigh", "tp_huiyu",
            "tp_match_signup", "tp_match", "tp_card", "tp_rainout", "tp_refund", "tp_review")
APP = "f.channel = 'mini_program_review'"
SKUNK = "e.skunked"
STOCK_T = _like("f.text", ["放鱼", "stock"])
CROWD_T = _like("f.text", ["人太多", "太挤", "crowded", "packed"])
TOILET_T = _like("f.text", ["厕所", "toilet"])
RUDE_T = _like("f.text", ["态度差", "态度恶劣", "rude"])
PRICE_T = _like("f.text", ["涨价", "太贵", "too expensive", "price hike"])
MOSQ_T = _like("f.text", ["蚊子", "mosquito"])
REFUND_T = _like("f.text", ["退款还没到账", "退款太慢", "refund still hasn't", "refund is taking"])
SCALE_T = _like("f.text", ["秤不准", "缺斤少两", "scale"])
PRIZE_T = _like("f.text", ["奖金", "prize money"])
CATCH_T = _like("f.text", ["鱼情好", "biting", "great bites"])
PLACE_T = _like("f.text", ["环境好", "setting"])


def gold():
    return {
        # ---- funnels / conversion
        "fp01": lambda: conv("first_trip", *Y25),
        "fp02": lambda: top_lost("first_trip", *Q2_25),
        "fp03": lambda: rank_conv("first_trip", *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "fp04": lambda: conv("first_trip", *Y25, cond="c.acquisition_channel = 'wechat_group'"),
        "fp05": lambda: conv("visit", *Y25),
        "fp06": lambda: rate(TICKET, RAINOUT, *Y25),
        "fp07": lambda: rate(TICKET, RAINOUT, "2025-06-01", "2025-07-31"),
        "fp08": lambda: events_share(WEIGH, SKUNK, *SEP_DEC_25, "e.park_id = 'P05'"),
        "fp09": lambda: events_share(WEIGH, SKUNK, *JAN_AUG_25, "e.park_id = 'P05'"),
        "fp10": lambda: top_events_share(WEIGH, SKUNK, "e.park", *Q4_25, "e.pond_type = 'black_pit'", min_n=100,
                                         margin=1.5),
        "fp11": lambda: rank_rate(CHECKIN, GEAR, *Y25, by='c."钓手类型"', b_cond="rod_rental > 0", margin=1.5),
        "fp13": lambda: rate(SIGNUP, MATCH, *Y25),
        "fp14": lambda: rate(SIGNUP, MATCH, *Y25, "c.acquisition_channel = 'douyin'"),
        "fp15": lambda: conv("comeback", *H1_25, unbounded_only=True),
        "fp16": lambda: rank_conv("comeback", *H1_25, by='c."钓手类型"', margin=1.3, unbounded_only=True),
        "fp17": lambda: rank_conv("comeback", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2,
                                  unbounded_only=True),
        "fp18": lambda: conv("membership", *Y25),
        # ---- times between steps
        "fp19": lambda: step_time(RAINOUT, REFUND, *Y25, "a.payment_method = 'douyin_voucher'", agg="avg"),
        "fp20": lambda: step_time(RAINOUT, REFUND, *Y25, "a.payment_method = 'wechat_pay'", agg="avg",
                                  unit="minutes"),
        # ---- money
        "fp22": lambda: orders(*Q3_25),
        "fp23": lambda: orders(*month(2025, 10)),
        "fp24": lambda: orders(*month(2025, 9)),
        "fp25": lambda: orders(*Y25, "o.order_type = 'bait'"),
        "fp26": lambda: orders_change(H1_25, H1_26),
        "fp27": lambda: orders(*Y25, "o.order_type = 'match_fee'"),
        "fp28": lambda: events_sum(MATCH, "e.prize_amount", *Y25),
        "fp29": lambda: events_sum(HUIYU, "e.huiyu_amount", *Y25),
        "fp30": lambda: events_sum(HUIYU, "e.huiyu_jin", *month(2025, 10)),
        "fp31": lambda: events_sum(REFUND, "e.refund_amount", *Q3_25),
        "fp32": lambda: top_orders("o.park", *Y25, "o.order_type = 'ticket'"),
        "fp33": lambda: top_orders("o.pond_type", *Y25, "o.order_type = 'ticket'"),
        "fp34": lambda: top_orders('o."会员卡类型"', *Y25, "o.order_type = 'card'", margin=1.1),
        "fp35": lambda: orders(*Y25, "o.order_type = 'fish_takeaway'"),
        # ---- per customer
        "fp36": lambda: per_customer(*Y25),
        "fp37": lambda: per_customer(*Y25, "c.\"钓手类型\" = '黑坑玩家'"),
        "fp38": lambda: top_per_customer("c.acquisition_channel", *Y25, min_n=300),
        "fp39": lambda: per_customer_events(TICKET, *Y25, "c.angler_type = 'pit_pro'"),
        # ---- volumes / trends
        "fp40": lambda: events_at(TICKET, "2025-10-06", "2025-10-12"),
        "fp41": lambda: events_at(TICKET, *month(2026, 5)),
        "fp42": lambda: events_at(TICKET, *month(2026, 4)),
        "fp45": lambda: events_change(TICKET, Q3_25, Q4_25),
        "fp46": lambda: events_at(TICKET, *Y25, "e.\"场次\" = '夜钓'"),
        "fp47": lambda: events_at(RAINOUT, *month(2025, 6), "e.session_id LIKE 'TK%'"),
        # ---- customers
        "fp49": lambda: customers_share("c.angler_type = 'pit_pro'"),
        "fp50": lambda: customers_count("c.\"城市\" = '南京' AND c.\"会员卡类型\" = '年卡'"),
        "fp52": lambda: top_customers('c."城市"', "c.\"城市\" <> '南京'"),
        # ---- feedback
        "fp53": lambda: fb_topic_count(STOCK_T, "stocking"),
        "fp54": lambda: top_fb_count("f.park_en", STOCK_T, margin=1.5),
        "fp55": lambda: fb_avg(f"{APP} AND f.park_id = 'P05' AND {_in('f.ts', *Q4_25)}", tol=0.03),
        "fp56": lambda: fb_avg(f"{APP} AND f.park_id = 'P05' AND {_in('f.ts', *H1_25)}", tol=0.03),
        "fp57": lambda: top_fb_count("f.park", TOILET_T, margin=1.5),
        "fp58": lambda: fb_topic_count(CROWD_T, "crowding"),
        "fp59": lambda: top_fb_count("f.park", RUDE_T, margin=1.5),
        "fp60": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "fp61": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.3),
        "fp62": lambda: rank_fb_avg("f.park_city", f"{APP} AND {_in('f.ts', *Y25)}", 100, margin=0.3),
        "fp63": lambda: fb_topic_count(PRICE_T, "price", period=_in("f.ts", *H1_26)),
        "fp64": lambda: fb_topic_count(MOSQ_T, "mosquito"),
        "fp65": lambda: feedback_ids(f"{STOCK_T} AND f.park_id = 'P05'"),
        "fp67": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "fp68": lambda: fb_ratio("f.nps >= 9", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "fp69": lambda: fb_avg(f"f.channel = 'angler_app_review' AND {_in('f.ts', *Y25)}", tol=0.03),
        "fp70": lambda: top_fb_count("f.park", SCALE_T, margin=1.5),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((TOILET_T, "toilet"), (RUDE_T, "rude"), (REFUND_T, "refund_slow"), (SCALE_T, "scale"),
                        (PRIZE_T, "prize"), (CATCH_T, "good_catch"), (PLACE_T, "nice_place"), (PRICE_T, "price")):
        _check_topic(cond, topic)


def main() -> int:
    global HAS_TRUTH
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    HAS_TRUTH = bool(one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"))
    if HAS_TRUTH:
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
