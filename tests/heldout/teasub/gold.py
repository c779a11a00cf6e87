"""Gold answers for the 茶语 LeafBox held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (signup 7 d, first_box 21 d, renewal 100 d,
  aftersale 14 d, gift 7 d); rates are per customer (people); the tolerance covers both readings (later steps
  allowed after the period end, or not), except where the question says to count later steps. "Where do we lose
  the most" = the step whose next step is not reached by the most people (the loss is attributed to step k). A
  funnel split by a customer attribute filters the step-1 people by that attribute;
- a box = one `session_id` (BX000123 subscription box, GB000123 gift box): [tp_renew,] [tp_swap,] tp_ship,
  tp_deliver, [tp_brew_video, tp_tasting_note, tp_aftersale, tp_refund or a re-ship]. Per-box rates count boxes
  whose first event at step A falls in the period (by its date) and look for step B in the same box at any time
  (with the condition on B, e.g. issue_type); box attributes (warehouse / 发货仓, courier / 快递公司, tea_type / 茶类,
  box_kind / 包裹类型, platform / 平台, dest_city / 收货城市) are read from the step-A event; a quiz attempt = one
  visit session (S000123) with tp_quiz_start, completed when the same session has tp_quiz_done;
- times between steps = per box, first B ts - first A ts (B after A), period by the date of A, in days
  (fractional; the tolerance also covers whole calendar days);
- money = orders with status `paid` (refunded orders are no revenue), by order ts; refunds paid out = `refund_amount`
  of tp_refund events by refund date; spend per paying customer = paid amount / customers with >= 1 paid order in the
  period; a new subscription = a tp_pay event (first subscription payment); renewals = tp_renew events;
  cancellations = tp_cancel events;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (获客渠道, 城市, 平台, 发货仓, 快递公司, 茶类, 包裹类型, 收货城市, 换出茶类, 订单类型), en ones against the English values
  or touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); Tmall ratings = channel `tmall_review`, tasting-note ratings = channel `tasting_note`;
  rating by touchpoint = feedback.touchpoint_id over rows with a rating; NPS = `nps` of channel `nps_survey`
  (promoters 9-10);
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


# ---------- per box / per session ----------

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
    v, n = sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0]
    assert n >= 30, n
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=30, margin=1.25):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n and r[0] is not None]
    assert big[0][1] > big[1][1] * margin, big[:3]
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond)}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def top_step_time(a_tp, b_tp, start, end, by, agg="median", margin=1.2):
    rows = q(f"SELECT {by}, {agg}(epoch(b.t - a.t) / 86400.0) m, count(*) n {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY m DESC")
    rows = [r for r in rows if r[2] >= 30]
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                          f"AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def top_events(tp, by, start, end, margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def renewed_share(start, end, cond="1=1"):
    """monthly subscribers whose first subscription payment (tp_pay) falls in the period: share with >= 1 tp_renew
    at any later time."""
    v, n = q(f"""SELECT avg((EXISTS (SELECT 1 FROM events r WHERE r.customer_id = p.customer_id
                   AND r.touchpoint_id = 'tp_renew' AND r.ts > p.ts))::int), count(*)
               FROM (SELECT customer_id, min(ts) ts FROM events WHERE touchpoint_id = 'tp_pay' GROUP BY 1) p
               JOIN customers c USING (customer_id)
               WHERE {_in('p.ts', start, end)} AND c.subscription_plan = 'monthly' AND ({cond})""")[0]
    assert n >= 30, n
    return dict(value=round(v, 4), tolerance=0.01)


def first_box_video(watched: bool):
    """as renewed_share for 2025 monthly subscribers, split by a brew-video play on their first box (the box of their
    first tp_ship)."""
    fb = f"""(SELECT customer_id, session_id FROM (SELECT customer_id, session_id, row_number() OVER (PARTITION BY
              customer_id ORDER BY ts, event_id) rn FROM events WHERE touchpoint_id = 'tp_ship'
              AND session_id LIKE 'BX%') WHERE rn = 1)"""
    cond = (f"{'' if watched else 'NOT '}EXISTS (SELECT 1 FROM {fb} f JOIN events v ON v.session_id = f.session_id "
            f"AND v.touchpoint_id = 'tp_brew_video' WHERE f.customer_id = c.customer_id)")
    return renewed_share("2025-01-01", "2025-12-31", cond)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", agg="sum(o.amount)"):
    return _money(one(f"SELECT {agg} FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"),
                tolerance=0.5)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_per_customer(by, start, end, min_n, margin=1.08):
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


def top_customers(by, cond="1=1", margin=1.15):
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
    v, n = q(f"SELECT avg({col}), count(*) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")[0]
    assert n >= 30, n
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.2, highest=False):
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
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
SUMMER_25 = ("2025-07-01", "2025-08-31")
SUMMER_26 = ("2026-07-01", "2026-08-31")
JT_WIN = ("2025-11-01", "2026-02-28")
QUIZ_BUG = ("2025-06-10", "2025-07-20")
MID_AUTUMN = ("2025-08-25", "2025-10-04")
SHIP, DELIVER, AFTER, REFUND = "tp_ship", "tp_deliver", "tp_aftersale", "tp_refund"
SUB_BOX = "a.box_kind = 'subscription_box'"
STALE_T = _like("f.text", ["陈味", "不新鲜", "受潮", "stale", "musty", "damp"])
BROKEN_T = _like("f.text", ["压瘪", "破损", "压坏", "dented", "crushed", "packaging was broken"])
WRONG_T = _like("f.text", ["发错", "不是我订的", "少发", "wrong item", "not what i ordered", "missing a tin"])
SLOW_T = _like("f.text", ["物流太慢", "等了一周", "took forever", "shipping was really slow"])
QUIZ_T = _like("f.text", ["测试闪退", "卡住退出", "quiz crashed", "quiz kept freezing"])
CANCEL_T = _like("f.text", ["取消订阅找不到入口", "退订太麻烦", "hard to cancel", "where to cancel"])
PRICE_T = _like("f.text", ["涨价", "price went up", "price increase"])
TASTE_T = _like("f.text", ["推荐很准", "很对我的口味", "nailed my taste", "spot on for my taste"])
VIDEO_T = _like("f.text", ["冲泡视频", "brew guide video", "brewing videos"])
GIFT_T = _like("f.text", ["礼盒很精美", "gift box looks beautiful", "gift box is gorgeous"])


def gold():
    return {
        # ---- funnels / conversion
        "ts01": lambda: conv("signup", *Y25),
        "ts02": lambda: top_lost("signup", *Q3_25),
        "ts03": lambda: rank_conv("signup", *Y25, by='c."获客渠道"', lowest=True, margin=1.25),
        "ts04": lambda: conv("signup", *Y25, cond="c.acquisition_channel = 'wechat_referral'"),
        "ts05": lambda: rate("tp_quiz_start", "tp_quiz_done", *QUIZ_BUG, "a.device = 'android'"),
        "ts06": lambda: rate("tp_quiz_start", "tp_quiz_done", *QUIZ_BUG, "a.device = 'ios'"),
        "ts07": lambda: conv("first_box", *Y25),
        "ts08": lambda: conv("renewal", *H1_25, unbounded_only=True),
        "ts09": lambda: rank_conv("renewal", *Y25, by="c.acquisition_channel", margin=1.1, lowest=True,
                                  unbounded_only=True),
        "ts10": lambda: conv("aftersale", *H2_25),
        "ts11": lambda: conv("gift", *MID_AUTUMN),
        "ts12": lambda: first_box_video(True),
        "ts13": lambda: first_box_video(False),
        # ---- per box
        "ts14": lambda: rate(SHIP, AFTER, *SUMMER_25, f"{SUB_BOX} AND a.tea_type = 'green' AND a.warehouse = 'hangzhou'",
                             "issue_type = 'stale'"),
        "ts15": lambda: rate(SHIP, AFTER, *SUMMER_26, f"{SUB_BOX} AND a.tea_type = 'green' AND a.warehouse = 'hangzhou'",
                             "issue_type = 'stale'"),
        "ts16": lambda: rank_rate(SHIP, AFTER, *SUMMER_25, by="a.warehouse", b_cond="issue_type = 'stale'"),
        "ts17": lambda: rank_rate(SHIP, AFTER, *JT_WIN, by="a.courier", b_cond="issue_type = 'broken'", margin=2),
        "ts18": lambda: rate(SHIP, AFTER, *JT_WIN, "a.platform = 'wechat_mall'", "issue_type = 'broken'"),
        "ts19": lambda: rate(SHIP, AFTER, "2025-09-01", "2025-10-05", "a.box_kind = 'gift_box'",
                             "issue_type = 'wrong_item'"),
        "ts20": lambda: rank_rate(SHIP, AFTER, *month(2025, 9), by='a."包裹类型"', b_cond="issue_type = 'wrong_item'"),
        "ts21": lambda: step_time(SHIP, DELIVER, *Y25),
        "ts22": lambda: top_step_time(SHIP, DELIVER, *Y25, by='a."收货城市"'),
        "ts23": lambda: step_time(AFTER, REFUND, *Y25, agg="avg"),
        "ts24": lambda: step_time(AFTER, REFUND, *Y25, "a.platform = 'tmall'", agg="avg"),
        "ts25": lambda: top_step_time(AFTER, REFUND, *Y25, by='a."平台"', agg="avg"),
        "ts26": lambda: top_events("tp_swap", 'e."换出茶类"', *Y25),
        "ts27": lambda: events_at("tp_skip", *Q1_26),
        # ---- money
        "ts28": lambda: orders(*Q4_25),
        "ts29": lambda: orders("2025-01-01", "2026-08-31", "o.order_type = 'gift_box' AND o.festival = 'mid_autumn_2025'"),
        "ts30": lambda: orders("2025-01-01", "2026-08-31",
                               "o.order_type = 'gift_box' AND o.festival = 'spring_festival_2026'"),
        "ts31": lambda: orders_change(H1_25, H1_26),
        "ts32": lambda: orders(*Y25, "o.order_type = 'teaware'"),
        "ts33": lambda: top_orders("o.order_type", *Y25),
        "ts34": lambda: top_orders('o."平台"', *Y25, margin=1.1),
        "ts35": lambda: events_sum(REFUND, "e.refund_amount", *Q4_25),
        "ts36": lambda: orders_count(*Y25, "o.status = 'refunded'"),
        "ts37": lambda: per_customer(*Y25),
        "ts38": lambda: per_customer(*Y25, "c.subscription_plan = 'quarterly'"),
        "ts39": lambda: top_per_customer("c.age_band", *Y25, min_n=100),
        # ---- volumes / trends
        "ts41": lambda: events_at("tp_pay", *month(2026, 3)),
        "ts42": lambda: events_change("tp_pay", Q1_26, Q2_26),
        "ts43": lambda: events_at("tp_cancel", *month(2026, 4)),
        "ts44": lambda: events_at("tp_cancel", *month(2026, 3)),
        "ts46": lambda: events_at("tp_gift_pay", "2025-09-22", "2025-09-28"),
        "ts47": lambda: events_at("tp_cancel", *month(2026, 4), "e.cancel_reason = 'price'"),
        # ---- customers
        "ts48": lambda: customers_count("c.region = 'Shanghai' AND c.tier = 'gold'"),
        "ts49": lambda: customers_count(f"{_in('c.signup_at', *quarter(2025, 2))} AND c.\"获客渠道\" = '小红书种草'"),
        "ts50": lambda: customers_share("c.segment = 'prospect'"),
        "ts51": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'"),
        # ---- feedback
        "ts52": lambda: fb_topic_count(STALE_T, "stale"),
        "ts53": lambda: fb_topic_count(BROKEN_T, "broken", period=_in("f.ts", "2025-12-01", "2026-02-28")),
        "ts54": lambda: top_fb_count('f."快递公司"', f"{BROKEN_T} AND {_in('f.ts', *JT_WIN)}"),
        "ts55": lambda: fb_avg(f"f.channel = 'tmall_review' AND {_in('f.ts', *Y25)}"),
        "ts56": lambda: fb_ratio("f.rating <= 2", f"f.channel = 'tasting_note' AND {_in('f.ts', *Y25)}"),
        "ts57": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.5),
        "ts58": lambda: fb_avg(f"f.channel = 'nps_survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "ts59": lambda: fb_ratio("f.nps >= 9", f"f.channel = 'nps_survey' AND {_in('f.ts', *Y25)}"),
        "ts60": lambda: rank_fb_avg("f.tea_type", "f.channel = 'tasting_note'", 30, margin=0.3, highest=True),
        "ts61": lambda: feedback_ids(f"{STALE_T} AND {_in('f.ts', '2025-07-01', '2025-09-30')} AND f.tea_type = 'green'"),
        "ts63": lambda: fb_topic_count(QUIZ_T, "quiz_crash"),
        "ts64": lambda: fb_topic_count(VIDEO_T, "video"),
        "ts65": lambda: fb_topic_count(PRICE_T, "price", period=_in("f.ts", "2026-04-01", "2026-06-30")),
        "ts66": lambda: fb_topic_count(CANCEL_T, "cancel_hard"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((WRONG_T, "wrong_item"), (SLOW_T, "slow_delivery"), (TASTE_T, "taste_match"),
                        (GIFT_T, "gift_pretty")):
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
