"""Gold answers for the 海帆 BlueSail held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (booking 7 d, certification 45 d, weather
  30 d, refund 30 d, club 90 d); rates are per customer (people); the tolerance covers both readings (later steps
  allowed after the period end, or not), except where the question says to count later steps (then only that
  reading). "Where do we lose the most" = the step whose next step is not reached by the most people (the loss
  between step k and k+1 is attributed to step k). A funnel split by a customer attribute filters the step-1 people;
- a booking = one `session_id` (BS000123): tp_book, tp_pay, [tp_weather_cancel, tp_rebook]*, tp_refund_request /
  tp_refund, tp_theory (courses), tp_briefing + tp_sail per on-water session, tp_exam (1-2 attempts), tp_certificate,
  tp_review. Per-booking rates count bookings whose first event at the named step A falls in the period (by its
  date) and look for step B in the same booking at any time; booking attributes (marina, city / 城市, product,
  payment method, cancel reason) are read from the step-A event;
- times between steps = per booking, first B ts - first A ts (B after A), the period by the date of A; days
  fractional (the tolerance also covers whole calendar days); "more than X" is strict;
- money = orders with status `paid` (refunded orders are no revenue), by order ts; revenue = intro sails + courses +
  charters + club sails + memberships + photo packages; refunds = `refund_amount` of `tp_refund` events by refund date;
  spend per paying customer = paid amount / customers with >= 1 paid order in the period; paid bookings = `tp_pay`
  events (one per booking);
- customer attributes are as stored (state at the end of the data, 2026-08-31); zh top entities are the Chinese
  twins (marina, 城市, 客源地, 客群, 会员类型), en ones the English values / codes / touchpoint_id;
- feedback: "all data" includes undated rows, period questions only dated rows; topic counts by text markers with a
  5 % tolerance (checked against _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`;
  rating by step = feedback.touchpoint_id over rows with a rating; negative = 1-2 stars; NPS score = % promoters
  (9-10) - % detractors (0-6) of survey `nps` answers, as a fraction; average NPS answer = mean of `nps`;
- seasickness on the water = tp_sail events with `seasick = yes` (per on-water session);
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


def step_days(a_tp, b_tp, start, end, cond="1=1", agg="median"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond)}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_share(a_tp, b_tp, start, end, thr_days, cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / 86400.0 > {thr_days})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, agg="avg", margin=1.25):
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t) / 86400.0) m {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY m DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = float(one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, lowest=False, min_n=1):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY r {'' if lowest else 'DESC'}")
    rows = [r for r in rows if r[2] >= min_n]
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_avg(start, end, cond="1=1"):
    v = float(one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


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


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def fb_nps(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.1, highest=False, trap=False):
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


HAS_TRUTH = False
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
JAN_AUG_26 = ("2026-01-01", "2026-08-31")
ALL = ("2025-01-01", "2026-08-31")
TYPHOON = ("2025-08-01", "2025-10-31")
WINTER = ("2025-10-01", "2026-03-31")
Q2_25, Q2_26, Q3_25, Q4_25 = quarter(2025, 2), quarter(2026, 2), quarter(2025, 3), quarter(2025, 4)
(DISCOVER, ENQUIRE, BOOK, PAY, WEATHER, REBOOK, REFUND_REQ, REFUND, THEORY, BRIEFING, SAIL, EXAM, CERT, REVIEW,
 MEMBER) = ("tp_discover", "tp_enquire", "tp_book", "tp_pay", "tp_weather_cancel", "tp_rebook", "tp_refund_request",
            "tp_refund", "tp_theory", "tp_briefing", "tp_sail", "tp_exam", "tp_certificate", "tp_review",
            "tp_membership")
APP = "f.channel = 'mini_program_review'"
WEATHER_T = _like("f.text", ["说取消就取消", "大风取消", "天气取消", "天气原因取消", "大风停航", "cancelled because of the wind",
                             "cancelled due to weather", "typhoon cancellation", "cancelled for weather"])
SEASICK_T = _like("f.text", ["晕船", "seasick"])
CROWD_T = _like("f.text", ["太挤", "人太多", "挤得", "crowded", "packed like"])
REFUND_T = _like("f.text", ["还没到账", "退款太慢", "迟迟不到账", "refund still", "waiting for my refund",
                            "refund process is painfully slow"])
INSTR_T = _like("f.text", ["教练很专业", "船长人超好", "教练教得很好", "教练特别耐心", "instructor was patient",
                           "skipper was fantastic", "great instructor", "excellent coaching"])
SCENERY_T = _like("f.text", ["海水特别蓝", "日落太美", "看到了海豚", "天际线", "gorgeous sunset", "beautiful scenery",
                             "stunning views", "saw dolphins"])
EXAM_T = _like("f.text", ["考核标准太严", "考核太难", "考试要求", "assessment was much harder", "strict examiner",
                          "exam standard"])
REPLY_T = _like("f.text", ["客服回复太慢", "私信半天", "咨询了一天", "took forever to reply", "nobody answered"])


def gold():
    return {
        # ---- funnels / conversion
        "sl01": lambda: conv("booking", *Y25),
        "sl02": lambda: top_lost("booking", *Q2_26),
        "sl03": lambda: rank_conv("booking", *Y25, by="c.acquisition_channel", lowest=True, margin=1.15),
        "sl04": lambda: conv("booking", *Y25, cond="c.acquisition_channel = 'hotel_concierge'"),
        "sl05": lambda: conv("weather", *TYPHOON),
        "sl06": lambda: conv("weather", *H1_26),
        "sl07": lambda: conv("certification", *Y25),
        "sl08": lambda: events_share(EXAM, "e.exam_result = 'pass'", *ALL, "e.attempt = 1 AND e.product_code = 'RYA_DS'"),
        "sl09": lambda: rank_events_share(EXAM, "e.exam_result = 'pass'", "e.product_code", *ALL, "e.attempt = 1",
                                          lowest=True, margin=1.3),
        "sl10": lambda: conv("club", *H1_25, unbounded_only=True),
        "sl11": lambda: rank_conv("club", *Y25, by='c."客群"', margin=1.3, unbounded_only=True),
        "sl12": lambda: rate(PAY, WEATHER, *TYPHOON, "a.city = 'Sanya'"),
        "sl13": lambda: rate(PAY, WEATHER, *TYPHOON, "a.city = 'Qingdao'"),
        "sl14": lambda: rank_rate(PAY, WEATHER, *month(2025, 6), by='a."城市"', margin=1.5),
        "sl15": lambda: rate(PAY, SAIL, *Y25),
        "sl16": lambda: rate(WEATHER, REBOOK, *Y25, "a.cancel_reason = 'typhoon'"),
        "sl17": lambda: rate(WEATHER, REBOOK, *Y25, "a.cancel_reason = 'strong_wind'"),
        # ---- refund times
        "sl18": lambda: step_days(REFUND_REQ, REFUND, *Y25, "a.payment_method = 'wechat_pay'"),
        "sl19": lambda: step_days(REFUND_REQ, REFUND, *Y25, "a.payment_method = 'ctrip'"),
        "sl20": lambda: top_step_time(REFUND_REQ, REFUND, *Y25, by="a.payment_method"),
        "sl21": lambda: step_days(REFUND_REQ, REFUND, "2025-09-01", "2025-10-31", agg="avg"),
        "sl22": lambda: step_days(REFUND_REQ, REFUND, *H1_25, agg="avg"),
        "sl23": lambda: step_share(REFUND_REQ, REFUND, *Y25, 5),
        # ---- money
        "sl25": lambda: orders(*Q4_25),
        "sl26": lambda: orders(*month(2026, 8)),
        "sl27": lambda: orders(*month(2026, 7)),
        "sl28": lambda: orders(*Y25, "o.order_type = 'charter'"),
        "sl29": lambda: orders_change(H1_25, H1_26),
        "sl30": lambda: orders(*Y25, "o.order_type = 'membership'"),
        "sl31": lambda: events_sum(REFUND, "e.refund_amount", *Q3_25),
        "sl32": lambda: top_orders('o."城市"', *Y25, "o.order_type = 'charter'", margin=1.3),
        "sl33": lambda: top_orders('o."订单类型"', *Y25, margin=1.1),
        "sl34": lambda: orders(*Y25, "o.order_type = 'photo_package'"),
        "sl35": lambda: per_customer(*Y25),
        "sl36": lambda: per_customer(*Y25, "c.customer_type = 'corporate'"),
        "sl37": lambda: orders_avg(*Y25, "o.order_type = 'intro_sail'"),
        # ---- volumes / trends
        "sl39": lambda: events_at(PAY, "2025-10-06", "2025-10-12"),
        "sl40": lambda: events_at(PAY, *month(2026, 2), "e.city = 'Sanya' AND e.product_type = 'intro_sail'"),
        "sl43": lambda: events_change(PAY, Q2_25, Q2_26),
        "sl44": lambda: events_at(WEATHER, *month(2025, 8)),
        # ---- customers
        "sl45": lambda: customers_count(_in("c.signup_at", *quarter(2026, 1))),
        "sl46": lambda: customers_count("c.\"会员类型\" = '年卡'"),
        "sl47": lambda: customers_share("c.region = 'Overseas'"),
        "sl48": lambda: top_customers('c."客源地"', "c.\"客源地\" <> '华东'"),
        # ---- feedback
        "sl49": lambda: fb_topic_count(SEASICK_T, "seasick"),
        "sl50": lambda: top_fb_count("f.marina_en", SEASICK_T, margin=1.5),
        "sl51": lambda: fb_topic_count(CROWD_T, "crowded", period=_in("f.ts", "2026-01-01", "2026-03-31")),
        "sl52": lambda: top_fb_count("f.marina", CROWD_T, margin=2.0),
        "sl53": lambda: fb_avg(f"{APP} AND f.marina_id = 'M01' AND {_in('f.ts', *month(2026, 2))}", tol=0.05),
        "sl54": lambda: fb_avg(f"{APP} AND f.marina_id = 'M01' AND {_in('f.ts', *Q4_25)}", tol=0.05),
        "sl55": lambda: rank_fb_avg("f.marina_en", f"{APP} AND {_in('f.ts', *JAN_AUG_26)}", 100, margin=0.1,
                                    highest=True, trap=True),
        "sl56": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "sl57": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 20, margin=0.3),
        "sl58": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "sl59": lambda: fb_nps(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "sl60": lambda: fb_topic_count(REFUND_T, "refund_slow", period=_in("f.ts", *Y25)),
        "sl61": lambda: fb_topic_count(WEATHER_T, "weather", period=_in("f.ts", *month(2025, 9))),
        "sl62": lambda: feedback_ids(f"{SEASICK_T} AND f.marina_id = 'M04'"),
        "sl64": lambda: fb_avg(f"f.channel = 'ctrip_review' AND {_in('f.ts', *Y25)}", tol=0.05),
        # ---- seasickness on the water
        "sl66": lambda: events_share(SAIL, "e.seasick = 'yes'", *WINTER,
                                     "e.marina_id = 'M04' AND e.product_type = 'intro_sail'"),
        "sl67": lambda: events_share(SAIL, "e.seasick = 'yes'", *WINTER,
                                     "e.city = 'Sanya' AND e.product_type = 'intro_sail'"),
        "sl68": lambda: rank_events_share(SAIL, "e.seasick = 'yes'", "e.boat_type", *Y25, margin=1.5),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((INSTR_T, "instructor"), (SCENERY_T, "scenery"), (EXAM_T, "exam_hard"), (REPLY_T, "slow_reply"),
                        (WEATHER_T, "weather"), (CROWD_T, "crowded"), (REFUND_T, "refund_slow")):
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
