"""Gold answers for the 野趣营地 WildCamp (glamping / campsite booking) held-out batch, from plain DuckDB SQL over the
raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (online_booking 7 d, content_to_booking 14 d,
  stay 7 d, refund 30 d); rates are per customer; the tolerance covers both readings (later steps allowed after the
  period end, or not). "Which step loses the most" = the step reached whose next step is not reached, largest count
  (the loss between step k and k+1 is attributed to step k);
- a trip / booking = one `session_id` (T000123): content view, site page, dates & tent, payment, pre-trip info,
  cancellation, refund, check-in, nights, add-ons, check-out, review. A paid booking = a `tp_pay` event; cancelled =
  the session has a `tp_cancel`; no-show = a paid, not cancelled booking with no `tp_checkin`;
- per-session rates count sessions whose first event at the named step is in the period (by its date), or whose
  `checkin_date` is in the period when the question says "check-in dates / stays in ..."; the later event is looked
  for in the same session at any time. "Per content view" = per `tp_content` event (one per session);
- cancellation rate = paid bookings that were cancelled / paid bookings; weather share of cancellations =
  `cancel_reason = 'weather'` among `tp_cancel` events;
- times between steps = per session, first B ts - first A ts, the period by the date of A (or by `checkin_date`);
  in days (fractional; the tolerance also covers whole calendar days); "more than X" is strict;
- money = orders with status `paid` (refunded orders are no revenue; late cancellations that were not refunded stay
  paid); revenue = stay (营位费) + add-on (活动加购) orders by order ts; refunds = `refund_amount` of `tp_refund` events
  (= refunded orders by `refunded_at`); spend per paying customer = revenue / customers with >= 1 paid order in the
  period; add-on revenue by `addon_type`;
- check-ins = `tp_checkin` events; check-ins per customer over customers with one in the period; nights per stay =
  `nights` of the check-in; group type, member level, source, home city come from customers (zh questions are checked
  against the Chinese twins 出行类型 / 会员等级 / 来源渠道 / site / 帐篷类型, en ones against group_type / first_source /
  site_en / tent_type / touchpoint_id);
- feedback: "comments" = all rows of all channels, "all data" includes rows without a date; negative share =
  `sentiment_label = 'neg'` over rows dated in the period; topic counts by text markers with a 5 % tolerance;
  rating by step = feedback.touchpoint_id (rows with a rating); guest reviews = channels app_review + ctrip_review;
  site ratings = rated rows with a site; NPS = survey `nps` (0-10);
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


def conv(journey, start, end):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        vals.append(c[-1] / c[0])
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


# ---------- per session (trip / booking) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def _period(start, end, by_checkin):
    return (f"a.checkin_date BETWEEN DATE '{start}' AND DATE '{end}'" if by_checkin else _in("a.t", start, end))


def sess_rate(a_tp, b_tp, start, end, cond="1=1", missing=False, by=None, having="1=1", b_cond="1=1",
              by_checkin=False):
    """share of sessions with a first `a_tp` in the period that have (or, missing=True, lack) a `b_tp`."""
    sel = f"{by}, " if by else ""
    hit = "b.session_id IS NULL" if missing else "b.session_id IS NOT NULL"
    sql = f"""SELECT {sel}avg(({hit})::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_period(start, end, by_checkin)} AND ({cond})
              {f'GROUP BY 1 HAVING {having} ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", missing=False, b_cond="1=1", by_checkin=False):
    v = sess_rate(a_tp, b_tp, start, end, cond, missing=missing, b_cond=b_cond, by_checkin=by_checkin)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", having="1=1", missing=False, b_cond="1=1", margin=1.3,
              by_checkin=False, check_small=False, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by, having=having, missing=missing, b_cond=b_cond,
                     by_checkin=by_checkin)
    if lowest:
        rows = rows[::-1]
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    if check_small:   # the ranking must change when small groups are let in (the minimum size matters)
        allr = sess_rate(a_tp, b_tp, start, end, cond, by=by, missing=missing, b_cond=b_cond, by_checkin=by_checkin)
        assert allr[0][0] != rows[0][0], allr[:3]
    return dict(top_entity=rows[0][0])


CANCELLED = dict(a_tp="tp_pay", b_tp="tp_cancel")


def _gap(a_tp, b_tp, start, end, cond, by_checkin, a_cond="1=1"):
    return f"""FROM {_first(a_tp, a_cond)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_period(start, end, by_checkin)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", by_checkin=False, a_cond="1=1"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond, by_checkin, a_cond)}")
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) "
            f"{_gap(a_tp, b_tp, start, end, cond, by_checkin, a_cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_time_share(a_tp, b_tp, start, end, thr, cond="1=1", a_cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / 86400.0 > {thr})::int) "
            f"{_gap(a_tp, b_tp, start, end, cond, False, a_cond)}")
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
    v = one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


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

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders_by_checkin(start, end, cond="1=1"):
    v = one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND o.checkin_date BETWEEN DATE '{start}' "
            f"AND DATE '{end}' AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


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


def top_customers(by, margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM customers c GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


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
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
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
IOS_BUG = ("2026-03-16", "2026-05-14")
SLOW = ("2025-06-01", "2025-10-31")
AFTER_SLOW = ("2025-11-01", "2026-04-30")
SUMMER_25 = ("2025-06-01", "2025-09-30")
ALL = ("2024-09-01", "2026-08-31")
CONTENT, SITE, SELECT, PAY, PRETRIP, CANCEL, REFUND, CHECKIN, STAY, ADDON, CHECKOUT = (
    "tp_content", "tp_site_page", "tp_select_dates", "tp_pay", "tp_pretrip", "tp_cancel", "tp_refund", "tp_checkin",
    "tp_stay", "tp_addon", "tp_checkout")
NEG = "f.sentiment_label = 'neg'"
REVIEWS = "f.channel IN ('app_review', 'ctrip_review')"
BATH_T = _like("f.text", ["卫生间", "厕所", "洗手间", "淋浴", "洗澡", "bathroom", "toilet", "shower"])
MOSQ_T = _like("f.text", ["蚊", "虫子", "被咬", "mosquito", "bug", "bitten"])
NOISE_T = _like("f.text", ["吵", "噪音", "noisy", "noise", "loud"])
SCEN_T = _like("f.text", ["风景", "景色", "scenery", "views"])
REFUND_SLOW_T = (_like("f.text", ["退款", "refund"]) + " AND " +
                 _like("f.text", ["慢", "还没", "拖了", "等了", "slow", "waiting", "took over"]))
LEAK_T = _like("f.text", ["漏雨", "漏水", "潮湿", "湿了", "leak", "damp", "wet"])
PAYSTUCK_T = _like("f.text", ["转圈", "卡住", "卡死", "付不了", "froze", "spinning"])
NOT_CANCELLED = "a.session_id NOT IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_cancel')"
NO_PRETRIP = "a.session_id NOT IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_pretrip')"


def gold():
    return {
        # ---- funnels / conversion
        "gl01": lambda: conv("online_booking", *Y25),
        "gl02": lambda: top_lost("online_booking", *quarter(2025, 3)),
        "gl03": lambda: conv("content_to_booking", *H2_25),
        "gl04": lambda: rank_rate(CONTENT, PAY, *Y25, by="a.channel", lowest=True, margin=1.8),
        "gl05": lambda: rate(CONTENT, PAY, *Y25, "a.channel = 'douyin'"),
        "gl06": lambda: rate(CONTENT, PAY, *Y25, "a.channel = 'xiaohongshu'"),
        "gl07": lambda: rate(SELECT, PAY, *IOS_BUG, "a.device = 'ios' AND a.channel = 'mini_program'"),
        "gl08": lambda: rate(SELECT, PAY, *IOS_BUG, "a.device = 'android' AND a.channel = 'mini_program'"),
        "gl09": lambda: rate(SELECT, PAY, *Y25, missing=True),
        "gl10": lambda: fb_topic_count(PAYSTUCK_T),
        # ---- cancellations & refunds
        "gl11": lambda: rank_rate(**CANCELLED, start="2025-07-01", end="2025-09-30", by="a.site", by_checkin=True,
                                  margin=1.25),
        "gl12": lambda: events_share(CANCEL, "e.cancel_reason = 'weather'", "2024-09-01", "2025-09-30",
                                     "e.site_id = 'S5' AND e.checkin_date BETWEEN DATE '2025-07-01' "
                                     "AND DATE '2025-09-30'"),
        "gl13": lambda: rank_rate(**CANCELLED, start="2026-07-01", end="2026-08-31", by="a.site_en", by_checkin=True,
                                  having="count(*) >= 100", margin=1.3, check_small=True),
        "gl14": lambda: rate(**CANCELLED, start="2025-07-01", end="2025-09-30", cond="a.site_id = 'S5'",
                             by_checkin=True),
        "gl15": lambda: events_share(CANCEL, "e.cancel_reason = 'weather'", *Y25),
        "gl16": lambda: step_time(CANCEL, REFUND, *SLOW, a_cond="cancel_reason = 'weather'"),
        "gl17": lambda: step_time(CANCEL, REFUND, *AFTER_SLOW, a_cond="cancel_reason = 'weather'"),
        "gl18": lambda: step_time_share(CANCEL, REFUND, *quarter(2025, 3), 5, a_cond="cancel_reason = 'weather'"),
        "gl19": lambda: events_sum(REFUND, "e.refund_amount", *month(2025, 8)),
        # ---- lead time / stays
        "gl21": lambda: step_time(PAY, CHECKIN, *Y25),
        "gl22": lambda: step_time(PAY, CHECKIN, "2025-10-01", "2025-10-08", by_checkin=True),
        "gl23": lambda: events_avg(CHECKIN, "e.nights", *Y25),
        "gl24": lambda: events_at(CHECKIN, "2026-05-01", "2026-05-05"),
        "gl26": lambda: rate(PAY, CHECKIN, *Y25, cond=f"{NOT_CANCELLED} AND {NO_PRETRIP}", missing=True),
        "gl27": lambda: rate(PAY, CHECKIN, *Y25, cond=f"{NOT_CANCELLED} AND NOT ({NO_PRETRIP})", missing=True),
        # ---- add-ons
        "gl29": lambda: rank_rate(CHECKIN, ADDON, *ALL, by="a.site", b_cond="addon_type = 'stargazing'", margin=2.0),
        "gl30": lambda: rate(CHECKIN, ADDON, *Y25, "c.group_type = 'family'", b_cond="addon_type = 'kids_camp'"),
        "gl31": lambda: rate(CHECKIN, ADDON, *Y25, "c.\"出行类型\" = '朋友结伴'", b_cond="addon_type = 'bbq'"),
        "gl32": lambda: rate(CHECKIN, ADDON, *Y25, "c.\"出行类型\" = '情侣'", b_cond="addon_type = 'bbq'"),
        "gl33": lambda: top_orders("o.addon_type", *Y25, cond="o.order_type = 'addon'", margin=1.1),
        "gl34": lambda: orders(*Y25, cond="o.order_type = 'addon'"),
        # ---- money
        "gl35": lambda: orders(*Y25),
        "gl36": lambda: orders(*month(2025, 10), cond="o.order_type = 'stay'"),
        "gl37": lambda: orders(*month(2025, 9), cond="o.order_type = 'stay'"),
        "gl38": lambda: per_customer(*Y25),
        "gl39": lambda: orders(*Y25, agg="avg(o.amount)", cond="o.order_type = 'stay' AND o.tent_type = 'dome'"),
        "gl40": lambda: top_orders('o."帐篷类型"', *Y25, cond="o.order_type = 'stay'", margin=1.15),
        "gl41": lambda: orders_change(H1_25, H1_26),
        "gl42": lambda: orders_by_checkin("2026-05-01", "2026-05-05", "o.order_type = 'stay'"),
        # ---- customers
        "gl43": lambda: customers_share("c.\"出行类型\" = '亲子家庭'"),
        "gl44": lambda: customers_count("c.member_level = 'gold' AND c.home_city = 'Shanghai'"),
        "gl45": lambda: customers_count("c.member_level = 'gold' AND c.home_city = 'Beijing'"),
        "gl46": lambda: per_customer(*Y25, "c.\"来源渠道\" = '小红书'"),
        "gl47": lambda: top_customers('c."来源渠道"'),
        "gl48": lambda: visits_per_customer(*Y25, "c.\"会员等级\" = '金卡会员'"),
        "gl49": lambda: customers_count(_in("c.signup_at", *H2_25)),
        "gl50": lambda: events_at(CHECKIN, *month(2026, 5)),
        # ---- volumes / trends
        "gl53": lambda: events_at(PAY, "2025-09-15", "2025-09-21"),
        "gl54": lambda: events_change(CHECKIN, quarter(2025, 3), quarter(2025, 4)),
        # ---- feedback
        "gl55": lambda: top_fb_count("f.site", BATH_T, margin=2.0),
        "gl56": lambda: fb_topic_count(MOSQ_T),
        "gl56b": lambda: fb_topic_count(f"{MOSQ_T} AND f.site_id = 'S3'"),
        "gl57": lambda: bottom_fb_avg("f.site", f"{REVIEWS} AND {_in('f.ts', *SUMMER_25)}", 30, margin=0.2),
        "gl59": lambda: bottom_fb_avg("f.site_en", f"{REVIEWS} AND f.checkin_date BETWEEN DATE '2025-10-01' "
                                      "AND DATE '2025-10-08'", 10, margin=0.4),
        "gl61": lambda: bottom_fb_avg("f.touchpoint_id", _in("f.ts", *H2_25), 30, margin=0.5),
        "gl62": lambda: fb_ratio(NEG, _in("f.ts", *H1_26)),
        "gl63": lambda: fb_topic_count(f"{NOISE_T} AND f.site_id = 'S5'"),
        "gl64": lambda: fb_avg("f.tent_type = 'dome'"),
        "gl65": lambda: fb_avg("f.channel = 'ctrip_review'"),
        "gl66": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "gl68": lambda: fb_topic_count(REFUND_SLOW_T),
        "gl69": lambda: feedback_ids(f"{SCEN_T} AND f.site_id = 'S4'"),
        "gl70": lambda: top_fb_count('f."帐篷类型"', LEAK_T, margin=2.0),
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
