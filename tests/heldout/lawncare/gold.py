"""Gold answers for the 青坪 GreenYard held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (acquisition 30 d, onboarding 30 d,
  complaint 7 d, pause 120 d, upsell 90 d); rates are per customer (people); the tolerance covers both readings
  (later steps allowed after the period end, or not) unless the question says later steps count. "Where do we lose
  the most" = the step whose next step is not reached by the most people (the loss between step k and k+1 is
  attributed to step k, the step people stop at). A funnel split by a customer attribute filters the step-1 people;
- sessions: a quote = `session_id` QT00012 (tp_quote_request, tp_site_survey, tp_quote_sent); a subscription =
  SUB00012 (tp_subscribe, tp_first_visit, tp_mow_visit, tp_fertilise_visit, tp_weather_skip, tp_addon_order,
  tp_rate, tp_cancel); a complaint ticket = CT00012 (tp_complaint, tp_redo_visit); a pause = PZ00012 (tp_pause,
  tp_resume). Each customer has at most one quote, so "share of quotes that were signed" = quotes sent in the period
  (by the quote's date) whose customer has a tp_subscribe after it (any time). Per-session rates count sessions
  whose first step-A event falls in the period and look for step B in the same session (any time, or within N days
  when the question says so); attributes (depot, city, crew, plan, reason) are read from the step-A event;
- times between steps = per session, first B ts - first A ts (B after A), period by the date of A; hours / days as
  asked;
- weather: a skip = a tp_weather_skip event (one per planned visit pushed back; the visit then happens
  `rescheduled_days` later as a tp_mow_visit with rescheduled = true). Planned mowing visits = skips + mowing visits
  done on the planned day (tp_mow_visit, service mow, rescheduled false); skip share = skips / planned, by date;
  notified share = skips with notified = true / skips;
- complaints = tp_complaint events by ts (complaint_type / 投诉类型); per-visit complaint ratios = complaints of
  the type for the crew in the period / that crew's tp_mow_visit events in the period; burn share of a fertiliser =
  fertilising visits with that product in the period followed by a lawn_burn complaint on the same subscription
  within 10 days / those visits;
- money = orders with status `paid` by order ts (subscription fees + first clean-ups + add-ons); refunds = add-on
  orders with status `refunded` by order ts; spend per paying customer = paid amount / customers with >= 1 paid
  order in the period;
- customer attributes as stored (state at the end of the data, 2026-07-31): "active subscribers" = segment active or
  new; zh questions are checked against the Chinese twins (depot, crew, 城市, 套餐, 肥料, 暂停原因, 取消原因, 投诉类型,
  加购项目, 草种), en ones against depot_en / crew_en / city / plan / fertiliser / pause_reason / addon_type /
  touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `app_review`; rating by step = feedback.touchpoint_id over rows
  with a rating; negative = 1-2 stars when the question says so; NPS = survey `nps` 0-10, NPS score = share 9-10
  minus share 0-6 (as a fraction);
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


def _top(rows, margin, lowest=False):
    """rows sorted best first as (entity, value, ...); the first must beat the second by `margin` (a ratio)."""
    if lowest:
        assert rows[1][1] > rows[0][1] * margin, rows[:3]
    else:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


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
        tops.add(_top(rows, margin, lowest)["top_entity"])
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


# ---------- per customer / per session ----------

def cust_rate(a_tp, b_tp, start, end, cond="1=1"):
    """customers whose first a_tp falls in the period: share with a b_tp after it (any time)."""
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events b WHERE b.customer_id = a.customer_id
                              AND b.touchpoint_id = '{b_tp}' AND b.ts > a.t))::int)
                FROM (SELECT e.customer_id, min(e.ts) t, any_value(e.depot_id) depot_id FROM events e
                      WHERE e.touchpoint_id = '{a_tp}' AND ({cond}) GROUP BY 1) a
                WHERE {_in('a.t', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", within=None, by=None, order="DESC"):
    """share of sessions with a first `a_tp` in the period that have a `b_tp` after it (within N days)."""
    sel = f"{by}, " if by else ""
    win = f" AND b.ts <= a.t + INTERVAL {within} DAY" if within else ""
    sql = f"""SELECT {sel}avg((EXISTS (SELECT 1 FROM events b WHERE b.session_id = a.session_id
                                  AND b.touchpoint_id = '{b_tp}' AND b.ts > a.t{win}))::int) r, count(*) n
              FROM {_first(a_tp)} a WHERE {_in('a.t', start, end)} AND ({cond})
              {f'GROUP BY 1 ORDER BY r {order}' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", within=None):
    return dict(value=round(sess_rate(a_tp, b_tp, start, end, cond, within)[0][0], 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", within=None, min_n=1, margin=1.25, lowest=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, within, by=by, order="" if lowest else "DESC")
    return _top([r for r in rows if r[2] >= min_n], margin, lowest)


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def top_step_time(a_tp, b_tp, start, end, by, agg="median", margin=1.5):
    rows = q(f"SELECT a.{by}, {agg}(epoch(b.t - a.t) / 86400) v {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY v DESC")
    return _top(rows, margin)


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}"
                          f" AND ({cond})"), tolerance=0.5)


def events_agg(tp, expr, start, end, cond="1=1", agg="avg"):
    v = one(f"SELECT {agg}({expr}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, abs(float(v)) * 0.01), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, cond="1=1", margin=1.25, lowest=False):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL "
             f"GROUP BY 1 ORDER BY r {'' if lowest else 'DESC'}")
    return _top(rows, margin, lowest)


def top_events_count(tp, by, start, end, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    return _top(rows, margin)


def skip_share(start, end, cond="1=1"):
    s = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_weather_skip' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    v = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_mow_visit' AND service = 'mow' "
            f"AND NOT rescheduled AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(s / (s + v), 4), tolerance=0.01)


def complaints_per_visit(ctype, start, end, cond):
    n = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_complaint' AND complaint_type = '{ctype}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")
    v = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = 'tp_mow_visit' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(n / v, 4), tolerance=0.01)


def burn_share(start, end, cond):
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events b WHERE b.subscription_id = a.subscription_id
                              AND b.touchpoint_id = 'tp_complaint' AND b.complaint_type = 'lawn_burn'
                              AND b.ts > a.ts AND b.ts <= a.ts + INTERVAL 10 DAY))::int)
                FROM events a WHERE a.touchpoint_id = 'tp_fertilise_visit' AND {_in('a.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1", status="paid"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
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


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    return _top(rows, margin)


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def top_customers(by, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    return _top(rows, margin)


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


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps_score(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, margin=0.3, highest=False):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 ORDER BY a {'DESC' if highest else ''}")
    big = [r for r in rows if r[2] >= min_n]
    assert abs(big[1][1] - big[0][1]) > margin, big[:3]
    return dict(top_entity=big[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q1_26, Q2_26 = quarter(2026, 1), quarter(2026, 2)
Q2_25 = quarter(2025, 2)
ALL = ("2025-01-01", "2026-07-31")
(DISCOVER, QREQ, SURVEY, QSENT, SUBSCRIBE, FIRST, MOW, FERT, SKIP, ADDON, COMPLAINT, REDO, PAUSE, RESUME, CANCEL,
 RATE) = ("tp_discover", "tp_quote_request", "tp_site_survey", "tp_quote_sent", "tp_subscribe", "tp_first_visit",
          "tp_mow_visit", "tp_fertilise_visit", "tp_weather_skip", "tp_addon_order", "tp_complaint", "tp_redo_visit",
          "tp_pause", "tp_resume", "tp_cancel", "tp_rate")
APP = "f.channel = 'app_review'"
TOPICS = {
    "missed": _like("f.text", ["漏割", "missed"]),
    "clippings": _like("f.text", ["草屑", "clippings"]),
    "damage": _like("f.text", ["踩坏", "trampled"]),
    "late": _like("f.text", ["迟到", " late"]),
    "no_notice": _like("f.text", ["没通知", "without telling", "no notice"]),
    "burn": _like("f.text", ["烧苗", "burn"]),
    "pricey": _like("f.text", ["太贵", "涨价", "expensive", "price hike"]),
    "hard_cancel": _like("f.text", ["退订要", "被挽留", "hard to cancel"]),
    "neat": _like("f.text", ["整齐", "neat"]),
    "friendly": _like("f.text", ["客气", "friendly"]),
    "hedge": _like("f.text", ["绿篱", "hedge"]),
    "overgrown": _like("f.text", ["草长太高", "too long between", "overgrown"]),
}


def gold():
    T = TOPICS
    return {
        # ---- funnels / conversion
        "lc01": lambda: conv("acquisition", *Y25),
        "lc02": lambda: top_lost("acquisition", *Q2_25),
        "lc03": lambda: rank_conv("acquisition", *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "lc04": lambda: conv("acquisition", *Y25, cond="c.acquisition_channel = 'property_partner'"),
        "lc05": lambda: conv("acquisition", *H1_26, cond="c.\"获客渠道\" = '邻居推荐'"),
        "lc06": lambda: cust_rate(QSENT, SUBSCRIBE, "2026-03-01", "2026-06-30"),
        "lc07": lambda: cust_rate(QSENT, SUBSCRIBE, "2025-03-01", "2025-06-30"),
        "lc08": lambda: top_step_time(QREQ, SURVEY, *Y25, by="depot_en", margin=1.8),
        "lc09": lambda: step_time(QREQ, SURVEY, *Y25, "a.city = 'Beijing'"),
        "lc10": lambda: step_time(SUBSCRIBE, FIRST, "2026-03-01", "2026-07-31", "a.city = 'Chengdu'"),
        "lc11": lambda: step_time(SUBSCRIBE, FIRST, "2026-03-01", "2026-07-31", "a.city = 'Shanghai'"),
        "lc12": lambda: conv("onboarding", *Y25),
        "lc13": lambda: rate(COMPLAINT, REDO, *Y25, within=7),
        "lc14": lambda: step_time(COMPLAINT, REDO, *Y25, "a.complaint_type = 'missed_spots'", unit="hours"),
        "lc15": lambda: rate(PAUSE, RESUME, "2025-11-01", "2026-01-31", "a.pause_reason = 'winter'"),
        "lc16": lambda: rank_rate(PAUSE, RESUME, *ALL, by='a."暂停原因"', lowest=True, margin=2.0),
        "lc17": lambda: rank_rate(SUBSCRIBE, CANCEL, *H1_25, by="a.plan", within=180, margin=1.6),
        "lc18": lambda: rate(SUBSCRIBE, CANCEL, *H1_25, "a.plan = 'weekly'", within=180),
        "lc19": lambda: conv("upsell", *H1_25, unbounded_only=True),
        # ---- weather
        "lc20": lambda: events_at(SKIP, *month(2025, 6), "e.city = 'Hangzhou'"),
        "lc21": lambda: events_at(SKIP, "2025-09-15", "2025-09-21", "e.skip_reason = 'typhoon'"),
        "lc22": lambda: events_share(SKIP, "e.notified", *Y25, "e.depot_id = 'HZ-YH'"),
        "lc23": lambda: top_events_share(SKIP, "e.notified", "e.depot", *ALL, lowest=True, margin=2.0),
        "lc24": lambda: skip_share(*month(2026, 6), "e.city = 'Shanghai'"),
        # ---- money
        "lc25": lambda: orders(*Y25),
        "lc26": lambda: orders(*month(2026, 6)),
        "lc27": lambda: orders(*month(2026, 5)),
        "lc28": lambda: orders(*Y25, "o.order_type = 'addon'"),
        "lc29": lambda: top_orders("o.addon_type", *Y25, "o.order_type = 'addon'", margin=1.4),
        "lc30": lambda: top_orders('o."加购项目"', "2026-01-01", "2026-07-31", "o.order_type = 'addon'", margin=2.0),
        "lc31": lambda: orders_change(H1_25, H1_26),
        "lc32": lambda: top_orders('o."套餐"', *H1_26, "o.order_type = 'subscription'", margin=1.5),
        "lc33": lambda: per_customer(*Y25),
        "lc34": lambda: per_customer(*Y25, "c.tier = 'large'"),
        "lc35": lambda: top_orders('o."城市"', *Y25, margin=1.5),
        # ---- volumes / trends
        "lc36": lambda: events_at(MOW, *Y25),
        "lc37": lambda: events_at(FERT, *month(2026, 5)),
        "lc38": lambda: events_at(SUBSCRIBE, *Q1_26),
        "lc39": lambda: events_at(SUBSCRIBE, *Q2_26),
        "lc42": lambda: events_at(QREQ, "2026-03-16", "2026-03-22"),
        "lc43": lambda: events_at(CANCEL, *Y25),
        "lc44": lambda: top_events_count(CANCEL, 'e."取消原因"', *ALL, "e.plan = 'biweekly'", margin=1.2),
        # ---- complaints / crews
        "lc45": lambda: top_events_count(COMPLAINT, "e.crew", "2025-08-01", "2025-12-31",
                                         "e.complaint_type = 'missed_spots'", margin=3.0),
        "lc46": lambda: complaints_per_visit("missed_spots", "2025-08-01", "2025-12-31", "e.crew_id = 'QP-B'"),
        "lc47": lambda: top_events_count(COMPLAINT, 'e."肥料"', "2026-05-01", "2026-06-30",
                                         "e.complaint_type = 'lawn_burn'", margin=3.0),
        "lc48": lambda: burn_share("2026-04-25", "2026-06-15", "a.fertiliser = 'FastGreen 30'"),
        "lc49": lambda: top_events_count(COMPLAINT, "e.complaint_type", *Y25, margin=1.4),
        # ---- feedback
        "lc50": lambda: fb_topic_count(T["missed"]),
        "lc51": lambda: fb_topic_count(T["burn"]),
        "lc52": lambda: top_fb_count('f."城市"', T["no_notice"], margin=1.5),
        "lc53": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "lc54": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.3),
        "lc55": lambda: fb_avg(f"{APP} AND f.crew_en = 'Qingpu Crew B' AND {_in('f.ts', *H2_25)}", tol=0.05),
        "lc56": lambda: top_fb_count("f.depot", T["neat"], margin=1.5),
        "lc57": lambda: nps_score(f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}"),
        "lc58": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "lc59": lambda: fb_avg("f.channel = 'dianping_review'", tol=0.03),
        "lc60": lambda: feedback_ids(f"{T['burn']} AND {_in('f.ts', '2026-05-01', '2026-06-30')}"),
        "lc61": lambda: fb_topic_count(T["pricey"]),
        "lc62": lambda: fb_topic_count(T["overgrown"]),
        # ---- customers
        "lc64": lambda: customers_count("c.region = 'Beijing' AND c.segment IN ('active', 'new')"),
        "lc65": lambda: top_customers('c."草种"', "c.region = 'Beijing'", margin=2.0),
    }


def checks():
    """topic markers must match the generator's truth."""
    for topic, cond in TOPICS.items():
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
    n = len(items)
    zh = sum(it["lang"] == "zh" for it in items)
    st = {}
    for it in items:
        st[it["expect"]["status"]] = st.get(it["expect"]["status"], 0) + 1
    print(f"{n} items: zh {zh}, en {n - zh}; status {st}; follow-ups {sum('follow_up_of' in it for it in items)}; "
          f"as_of {sum('as_of' in it for it in items)}")
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
