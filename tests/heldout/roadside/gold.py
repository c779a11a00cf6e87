"""Gold answers for the 道援 RoadAid held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (join 14 d, rescue 1 d, tow 2 d,
  renewal 30 d, refund 14 d); rates are per customer (people); the tolerance covers both readings (later steps
  allowed after the period end, or not) unless the question says later steps count. "Where do we lose the most" =
  the step whose next step is not reached by the most people (the loss is attributed to the earlier step). A funnel
  split by a customer attribute filters the step-1 people by that attribute (as stored at the end of the data);
- a case = one `session_id` (CS000123): tp_request, [tp_locate_fail], [tp_pay call-out fee], tp_dispatch,
  [tp_cancel, tp_refund] or tp_arrive, tp_fix (action fix_failed when the on-the-spot fix did not work), [tp_tow,
  tp_handover, tp_pay tow surcharge], [tp_pay call-out fee for hotline callers], [tp_refund late arrival], [tp_rate].
  Per-case rates count cases whose first event at the named step A falls in the period (by its date) and look for
  step B in the same case at any time; case attributes (city / 城市, service_type / 服务类型, provider / provider_en,
  request_channel / 求助渠道, road_type / 道路类型, device, coverage) are read from the step-A event;
- times between steps = per case, first B ts - first A ts (B after A), the period by the date of A; minutes as asked;
  "longer than X" is strict; "arrival time" = tp_request -> tp_arrive unless the question says from dispatch;
- a request = a tp_request event (one per case); money = orders with status `paid` (refunded fees are no revenue),
  by order ts; revenue = membership + renewal + call_out_fee + tow_surcharge; refunds = `refund_amount` of
  tp_refund events by refund date; spend per paying customer = paid amount / customers with >= 1 paid order in the
  period;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (城市, 服务类型, provider, 获客渠道, 会员等级, 道路类型), en ones against city / region / provider_en /
  service_type / acquisition_channel / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); app ratings = channel `app_review` (1-5); rating by step = feedback.touchpoint_id over
  rows with a rating; negative = 1-2 stars; NPS questions use `nps` of channel insurer_survey (0-10) and say whether
  they mean the average or promoters (9-10) minus detractors (0-6), as a fraction;
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


def rank_conv(journey, start, end, by, margin=1.2, lowest=False, min_n=30):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
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


# ---------- per case (session_id) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    """share of cases with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events e WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id)
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def _gap(a_tp, b_tp, start, end, cond, b_cond="1=1"):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp, b_cond)} b USING (session_id)
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


UNITS = {"minutes": 60.0, "hours": 3600.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="minutes", b_cond="1=1"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond, b_cond)}")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))


def step_time_share(a_tp, b_tp, start, end, thr, unit="minutes", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, unit="minutes", margin=1.15, min_n=1, trap=False):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / {UNITS[unit]}) m, count(*) n "
             f"{_gap(a_tp, b_tp, start, end, '1=1')} GROUP BY 1 ORDER BY m DESC")
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


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


def top_events(tp, by, start, end, cond="1=1", margin=1.2):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_avg(start, end, cond="1=1"):
    v = one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


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
    if topic:
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
    return dict(value=round(v, 4), tolerance=0.015)


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


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25 = quarter(2025, 3), quarter(2025, 4)
GPS_BUG = ("2025-08-11", "2025-09-14")
WINTER = ("2025-12-01", "2026-02-28")
SUMMER_25 = ("2025-06-01", "2025-08-31")
APR_AUG_26 = ("2026-04-01", "2026-08-31")
(DISCOVER, PLAN, BUY, REQUEST, LOCATE, DISPATCH, CANCEL, ARRIVE, FIX, TOW, HANDOVER, PAY, REFUND, RATE, REMIND,
 RENEW) = ("tp_discover", "tp_plan_view", "tp_member_buy", "tp_request", "tp_locate_fail", "tp_dispatch",
           "tp_cancel", "tp_arrive", "tp_fix", "tp_tow", "tp_handover", "tp_pay", "tp_refund", "tp_rate",
           "tp_renew_remind", "tp_renew")
APP = "f.channel = 'app_review'"
SLOW_T = _like("f.text", ["才到", "才来", "迟迟不到", "waited over an hour", "took forever", "for ages"])
LOCATE_T = _like("f.text", ["定位", "location"])
DAMAGE_T = _like("f.text", ["刮", "scratched"])
SURCH_T = _like("f.text", ["超公里费", "surcharge"])
NOENG_T = _like("f.text", ["english"])
INSURER_T = _like("f.text", ["派单", "insurer's line", "insurance company"])
FAST_T = _like("f.text", ["很快", "quickly", "super quick"])
PRO_T = _like("f.text", ["专业", "professional"])
RENEW_T = _like("f.text", ["续费", "renew"])


def gold():
    return {
        # ---- funnels / conversion
        "rs01": lambda: conv("join", *Y25),
        "rs02": lambda: top_lost("join", *Q4_25),
        "rs03": lambda: rank_conv("join", *Y25, by="c.acquisition_channel", lowest=True, margin=1.5),
        "rs04": lambda: conv("join", *Y25, cond="c.acquisition_channel = 'car_dealer'"),
        "rs05": lambda: conv("rescue", *H1_26),
        "rs06": lambda: conv("tow", *Y25),
        "rs07": lambda: conv("renewal", "2026-01-01", "2026-06-30", unbounded_only=True),
        "rs08": lambda: conv("refund", *Y25),
        "rs09": lambda: rate(REQUEST, LOCATE, *GPS_BUG, "a.request_channel = 'app' AND a.device = 'android'"),
        "rs10": lambda: rate(REQUEST, LOCATE, *GPS_BUG, "a.request_channel = 'app' AND a.device = 'ios'"),
        "rs11": lambda: rate(ARRIVE, FIX, *Y25, "a.service_type <> 'tow'", "e.action <> 'fix_failed'"),
        "rs12": lambda: rate(ARRIVE, TOW, *Y25, "a.\"服务类型\" = '搭电'"),
        # ---- times between steps
        "rs14": lambda: step_time(REQUEST, ARRIVE, *Q4_25),
        "rs15": lambda: step_time(REQUEST, ARRIVE, *Q4_25, "a.\"城市\" = '北京'"),
        "rs16": lambda: top_step_time(REQUEST, ARRIVE, *Y25, by="a.provider_en", margin=1.2),
        "rs17": lambda: step_time(REQUEST, ARRIVE, *WINTER, "a.city = 'Beijing'"),
        "rs18": lambda: step_time(REQUEST, ARRIVE, *SUMMER_25, "a.city = 'Beijing'"),
        "rs19": lambda: top_step_time(REQUEST, ARRIVE, *APR_AUG_26, by='a."城市"', margin=1.3),
        "rs20": lambda: events_at(ARRIVE, *APR_AUG_26, "e.city = 'Xi''an'"),
        "rs21": lambda: top_step_time(REQUEST, ARRIVE, *WINTER, by="a.city", margin=1.2),
        "rs22": lambda: step_time(REQUEST, DISPATCH, *Y25, "a.request_channel = 'insurer'"),
        "rs23": lambda: step_time(REQUEST, DISPATCH, *Y25, "a.request_channel = 'app'"),
        "rs24": lambda: step_time_share(REQUEST, ARRIVE, *Y25, 60),
        "rs25": lambda: step_time(TOW, HANDOVER, *Y25, agg="avg"),
        # ---- money
        "rs27": lambda: orders(*Q3_25),
        "rs28": lambda: orders(*month(2026, 2)),
        "rs29": lambda: orders(*month(2026, 1)),
        "rs30": lambda: orders(*Y25, "o.order_type = 'tow_surcharge'"),
        "rs31": lambda: orders(*H1_26, "o.order_type IN ('membership', 'renewal')"),
        "rs32": lambda: orders_change(H1_25, H1_26),
        "rs33": lambda: events_sum(REFUND, "e.refund_amount", *Y25),
        "rs34": lambda: events_sum(REFUND, "e.refund_amount", *Y25, "e.refund_reason = 'late_arrival'"),
        "rs35": lambda: top_orders('o."服务类型"', *Y25, "o.order_type = 'call_out_fee'", margin=1.3),
        "rs36": lambda: top_orders("o.city", *Y25, margin=1.1),
        "rs37": lambda: orders_avg(*Y25, "o.order_type = 'call_out_fee'"),
        "rs39": lambda: per_customer(*Y25),
        "rs40": lambda: per_customer(*Y25, "c.\"获客渠道\" = '4S店推荐'"),
        # ---- volumes / trends
        "rs41": lambda: events_at(REQUEST, "2025-09-29", "2025-10-05"),
        "rs42": lambda: events_at(REQUEST, *month(2026, 2)),
        "rs43": lambda: events_at(REQUEST, *month(2026, 1)),
        "rs46": lambda: events_change(REQUEST, Q3_25, Q4_25),
        "rs48": lambda: events_at(REQUEST, *WINTER, "e.city = 'Beijing' AND e.service_type = 'battery'"),
        "rs50": lambda: top_events(REQUEST, 'e."服务类型"', *month(2026, 1), "e.\"城市\" = '北京'", margin=1.5),
        # ---- customers
        "rs51": lambda: customers_share("c.acquisition_channel = 'insurer'"),
        "rs52": lambda: customers_count("c.\"城市\" = '上海' AND c.\"会员等级\" = '尊享卡'"),
        "rs54": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'"),
        "rs55": lambda: customers_count("c.segment = 'active_member'"),
        # ---- feedback
        "rs56": lambda: fb_topic_count(SLOW_T, "slow_arrival"),
        "rs57": lambda: top_fb_count("f.provider_en", DAMAGE_T, margin=2.0),
        "rs58": lambda: fb_avg(f"{APP} AND f.provider = '速达拖车' AND {_in('f.ts', *Y25)}"),
        "rs59": lambda: fb_topic_count(SURCH_T, "surcharge"),
        "rs60": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "rs61": lambda: rank_fb_avg("f.service_type", f"{APP} AND {_in('f.ts', *Y25)}", 30, margin=0.3),
        "rs62": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 20, margin=0.5),
        "rs63": lambda: fb_topic_count(NOENG_T, "no_english", period="f.ts < DATE '2026-03-01'"),
        "rs64": lambda: fb_topic_count(NOENG_T, "no_english", period="f.ts >= DATE '2026-03-01'"),
        "rs65": lambda: feedback_ids(LOCATE_T),
        "rs67": lambda: fb_avg(f"f.channel = 'insurer_survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "rs68": lambda: fb_nps(f"f.channel = 'insurer_survey' AND {_in('f.ts', *H1_26)}"),
        "rs69": lambda: fb_topic_count(PRO_T, "pro", period=_in("f.ts", *Y25)),
        "rs70": lambda: fb_topic_count(f"{RENEW_T} AND f.channel = 'ticket'", period=_in("f.ts", *H1_26)),
        "rs71": lambda: fb_avg(f"{APP} AND f.\"城市\" = '北京' AND {_in('f.ts', *WINTER)}"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((LOCATE_T, "locate_fail"), (DAMAGE_T, "tow_damage"), (INSURER_T, "insurer_slow"),
                        (FAST_T, "fast"), (RENEW_T, "auto_renew")):
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
    zh = sum(it["lang"] == "zh" for it in items)
    print(f"{len(items)} items: zh {zh} / en {len(items) - zh}; status",
          {s: sum(it['expect'].get('status') == s for it in items) for s in ('ok', 'unsupported', 'clarify')})
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
