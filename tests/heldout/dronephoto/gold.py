"""Gold answers for the 天眼 SkyShot drone-photography held-out batch, from plain DuckDB SQL over the raw CSVs written
by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (booking 14 d: enquiry → quote → permit check
  → booked & paid; production 60 d: booked → flight → draft → delivery; refund 30 d; repeat 180 d: delivery → repeat
  project); rates are per customer (people); the tolerance covers both readings (later steps allowed after the period
  end, or not), except where the question says to count later steps. "Where do we lose the most" = the step whose
  next step is not reached by the most people (loss between step k and k+1 is attributed to step k). A funnel split by
  a customer attribute filters the step-1 people by that attribute;
- a project = one `session_id` (PJ00123): [tp_repeat,] tp_enquiry, tp_quote, tp_permit, tp_booking, tp_postpone
  (0..3), tp_cancel / tp_refund, tp_flight, tp_editing, tp_draft (one per draft round, `draft_round`), tp_reshoot,
  tp_delivery, tp_review. Per-project rates count projects whose first event at the named step A falls in the period
  (by its date) and look for the later step B in the same project at any time; project attributes (city / 城市,
  shoot_type / 拍摄类型, package / 套餐, pilot_id, drone_model, editor_team / 剪辑团队, rush) are read from the step-A
  event (pilot / drone from tp_flight, editor team from tp_editing);
- times between steps = per project, first B ts - first A ts (B after A), the period by the date of A, in days
  (fractional; tolerance also covers whole calendar days) or hours as asked; "longer than X" is strict;
- money = orders with status `paid` (refunded package / rush fees of cancelled projects are no revenue), by order ts;
  revenue = shoot packages + editing add-ons + rush fees + re-shoot fees; refunds = `refund_amount` of `tp_refund`
  events by refund date; spend per paying customer = paid amount / customers with >= 1 paid order in the period;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (城市, 客户类型, 获客渠道, 套餐, 拍摄类型, 剪辑团队, 改期原因), en ones against the English values /
  touchpoint_id / pilot_id / drone_model;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); portal ratings = channel `portal_review`; Dianping = `dianping_review`; rating by step =
  feedback.touchpoint_id over rows with a rating; negative = 1-2 stars when the question says so; NPS = share of
  promoters (9-10) - share of detractors (0-6) over `client_survey` rows with nps, or the mean score when asked;
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


def conv(journey, start, end, cond="1=1", unbounded_only=False, upto=None):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        last = c[-1] if upto is None else c[upto - 1]
        vals.append(last / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def step_conv(journey, start, end, k):
    """share of people at step k who reach step k+1."""
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        vals.append(c[k] / c[k - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def funnel_count(journey, start, end, k):
    c = funnel(journey, start, end)
    return dict(value=c[k - 1], tolerance=0.5)


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


# ---------- per project (session_id) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None):
    """share of projects with a first `a_tp` in the period that have a `b_tp` (matching b_cond)."""
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


UNITS = {"minutes": 60.0, "hours": 3600.0, "days": 86400.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="days"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / {UNITS[unit]}) {_gap(a_tp, b_tp, start, end, cond)}")
    if unit != "days":
        return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))
    w = one(f"SELECT {agg}(date_diff('day', a.t::DATE, b.t::DATE)) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03, abs(v - w) + 0.05), 3))


def step_time_share(a_tp, b_tp, start, end, thr, unit="days", cond="1=1"):
    v = one(f"SELECT avg((epoch(b.t - a.t) / {UNITS[unit]} > {thr})::int) {_gap(a_tp, b_tp, start, end, cond)}")
    return dict(value=round(v, 4), tolerance=0.01)


def top_step_time(a_tp, b_tp, start, end, by, unit="days", margin=1.25, cond="1=1"):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / {UNITS[unit]}) m {_gap(a_tp, b_tp, start, end, cond)} "
             f"GROUP BY 1 ORDER BY m DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def rounds_avg(start, end, cond="1=1"):
    """draft rounds per delivered project (max draft_round), projects by delivery date."""
    v = one(f"""SELECT avg(r) FROM (SELECT d.session_id, max(e.draft_round) r FROM {_first('tp_delivery')} d
                JOIN events e ON e.session_id = d.session_id AND e.touchpoint_id = 'tp_draft'
                LEFT JOIN customers c ON c.customer_id = d.customer_id
                WHERE {_in('d.t', start, end)} AND ({cond.replace('a.', 'd.')}) GROUP BY 1)""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


def top_rounds(by, start, end, margin=1.2):
    rows = q(f"""SELECT {by}, avg(r) v FROM (SELECT d.session_id, any_value(d.{by}) {by}, max(e.draft_round) r
                 FROM {_first('tp_delivery')} d JOIN events e ON e.session_id = d.session_id
                 AND e.touchpoint_id = 'tp_draft' WHERE {_in('d.t', start, end)} GROUP BY 1) GROUP BY 1
                 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1", distinct=None):
    what = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return dict(value=one(f"SELECT {what} FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_sum(tp, col, start, end, cond="1=1"):
    v = one(f"SELECT sum({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def top_events(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, margin=1.25, min_n=1):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY r DESC")
    rows = [r for r in rows if r[2] >= min_n]
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_count(start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"),
                tolerance=0.5)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def orders_share(num, start, end, cond="1=1"):
    v = one(f"SELECT sum(CASE WHEN {num} THEN amount ELSE 0 END) / sum(amount) FROM orders o "
            f"WHERE status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_per_customer(by, start, end, min_n=1, margin=1.1):
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
    if topic and HAVE_TRUTH:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f "
            f"WHERE f.channel = 'client_survey' AND f.nps IS NOT NULL AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


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


def top_topic(period, topics, margin=1.3):
    counts = sorted(((one(f"SELECT count(*) FROM feedback f WHERE {c} AND {period}"), k) for k, c in topics.items()),
                    reverse=True)
    assert counts[0][0] > counts[1][0] * margin, counts
    return counts


HAVE_TRUTH = False


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2025-01-01", "2026-06-30")
Q1_25, Q3_25, Q4_25, Q1_26 = quarter(2025, 1), quarter(2025, 3), quarter(2025, 4), quarter(2026, 1)
JUN_SEP_25 = ("2025-06-01", "2025-09-30")
AUG_DEC_25 = ("2025-08-01", "2025-12-31")
ENQ, QUOTE, PERMIT, BOOK, POSTPONE, CANCEL, REFUND, FLIGHT, EDIT, DRAFT, RESHOOT, DELIVERY, REVIEW, REPEAT = (
    "tp_enquiry", "tp_quote", "tp_permit", "tp_booking", "tp_postpone", "tp_cancel", "tp_refund", "tp_flight",
    "tp_editing", "tp_draft", "tp_reshoot", "tp_delivery", "tp_review", "tp_repeat")
PORTAL = "f.channel = 'portal_review'"
SLOW_T = _like("f.text", ["剪辑太慢", "初稿等了", "took forever", "waiting for the first cut"])
WEATHER_T = _like("f.text", ["改期", "postpone"])
IQ_T = _like("f.text", ["画面模糊", "果冻", "噪点", "blurry", "jello", "grainy"])
PERMIT_T = _like("f.text", ["禁飞", "限飞", "no-fly"])
REV_T = _like("f.text", ["改了好几轮", "修改意见", "revision rounds", "feedback on the draft"])
PRICE_T = _like("f.text", ["价格太贵", "价格偏高", "overpriced"])
PILOT_T = _like("f.text", ["飞手很专业", "pilot was"])
STUN_T = _like("f.text", ["震撼", "stunning"])
FAST_T = _like("f.text", ["交付很快", "出片速度很快", "quick turnaround"])
TOPICS = {"slow_edit": SLOW_T, "weather": WEATHER_T, "image_quality": IQ_T, "permit": PERMIT_T, "revision": REV_T,
          "price": PRICE_T, "pilot": PILOT_T, "stunning": STUN_T, "fast": FAST_T}


def gold():
    return {
        # ---- funnels / conversion
        "dp01": lambda: conv("booking", *Y25),
        "dp02": lambda: top_lost("booking", *Q4_25),
        "dp03": lambda: rank_conv("booking", *Y25, by="c.acquisition_channel", lowest=True, margin=1.25),
        "dp04": lambda: conv("booking", *Y25, cond="c.acquisition_channel = 'agency'"),
        "dp05": lambda: step_conv("booking", *H1_26, 2),
        "dp06": lambda: conv("production", *H1_25, unbounded_only=True),
        "dp07": lambda: conv("repeat", *H1_25, unbounded_only=True),
        "dp08": lambda: rank_conv("repeat", *H1_25, by='c."客户类型"', margin=1.2, unbounded_only=True),
        "dp09": lambda: events_share(PERMIT, "e.permit_result = 'restricted'", *Y25, "e.city = 'Shenzhen'"),
        "dp10": lambda: events_share(PERMIT, "e.permit_result = 'restricted'", *Y25, "e.city = 'Kunming'"),
        "dp11": lambda: rank_rate(BOOK, POSTPONE, *JUN_SEP_25, by="a.city", margin=1.5),
        "dp12": lambda: rate(BOOK, POSTPONE, *JUN_SEP_25, "a.city = 'Kunming'"),
        "dp13": lambda: rate(BOOK, CANCEL, *Y25),
        "dp14": lambda: events_share(BOOK, "e.rush", *Y25),
        "dp15": lambda: top_events_share(BOOK, "e.rush", "e.shoot_type", *ALL, margin=1.5),
        # ---- times between steps
        "dp16": lambda: step_time(FLIGHT, DRAFT, *Q4_25),
        "dp17": lambda: step_time(FLIGHT, DRAFT, *Q1_26),
        "dp18": lambda: top_step_time(EDIT, DRAFT, *AUG_DEC_25, by="a.editor_team", margin=1.5),
        "dp19": lambda: step_time(EDIT, DRAFT, *AUG_DEC_25, "a.editor_team = 'outsourced'"),
        "dp20": lambda: step_time_share(FLIGHT, DRAFT, *Q4_25, 7),
        "dp21": lambda: step_time(BOOK, DELIVERY, *Y25, agg="avg"),
        "dp22": lambda: step_time(CANCEL, REFUND, *ALL, "c.client_type = 'B2B'", agg="avg"),
        "dp23": lambda: step_time(CANCEL, REFUND, *ALL, "c.client_type = 'B2C'", agg="avg"),
        # ---- money
        "dp24": lambda: orders(*Q4_25),
        "dp25": lambda: orders(*month(2026, 4)),
        "dp26": lambda: orders(*month(2026, 3)),
        "dp27": lambda: orders(*Y25, "o.order_type = 'rush_fee'"),
        "dp28": lambda: orders_change(H1_25, H1_26),
        "dp29": lambda: events_sum(REFUND, "e.refund_amount", *Y25),
        "dp30": lambda: top_orders('o."城市"', *Y25),
        "dp31": lambda: top_orders("o.package", *Y25, "o.order_type = 'shoot_package'"),
        "dp32": lambda: orders(*Y25, "o.order_type = 'editing_addon'"),
        "dp33": lambda: orders_share("o.order_type <> 'shoot_package'", *Y25),
        # ---- per customer / project
        "dp34": lambda: per_customer(*Y25),
        "dp35": lambda: per_customer(*Y25, "c.\"客户类型\" = '地产楼盘'"),
        "dp36": lambda: top_per_customer("c.customer_type", *Y25, margin=1.2),
        "dp37": lambda: rounds_avg(*Y25, "d.shoot_type = 'wedding'"),
        "dp38": lambda: top_rounds("shoot_type", *ALL, margin=1.4),
        # ---- volumes / trends
        "dp39": lambda: events_at(FLIGHT, *month(2025, 10)),
        "dp40": lambda: events_at(BOOK, "2025-11-10", "2025-11-16"),
        "dp41": lambda: events_change(ENQ, Q1_25, Q1_26),
        "dp44": lambda: events_at(POSTPONE, *JUN_SEP_25, "e.city = 'Kunming'"),
        # ---- customers
        "dp47": lambda: customers_count("c.\"城市\" = '深圳' AND c.\"客户类型\" = '地产楼盘'"),
        "dp49": lambda: top_customers('c."城市"', "c.\"客户类型\" = '旅拍'", margin=1.3),
        # ---- pilots / drones
        "dp50": lambda: rank_rate(FLIGHT, RESHOOT, *ALL, by="a.drone_model", b_cond="reshoot_reason = 'image_quality'",
                                  margin=2.0),
        "dp51": lambda: rank_rate(FLIGHT, RESHOOT, *H1_26, by="a.pilot_id", min_n=30, margin=1.4, trap=True),
        "dp52": lambda: rate(FLIGHT, RESHOOT, *H1_26, "a.pilot_id = 'P12'"),
        "dp53": lambda: rate(FLIGHT, RESHOOT, *Y25, b_cond="reshoot_reason = 'image_quality'"),
        # ---- feedback
        "dp54": lambda: fb_topic_count(SLOW_T, "slow_edit"),
        "dp55": lambda: fb_topic_count(SLOW_T, "slow_edit", period=_in("f.ts", *Q4_25)),
        "dp56": lambda: fb_topic_count(PERMIT_T, "permit"),
        "dp57": lambda: top_fb_count('f."城市"', PERMIT_T, margin=2.0),
        "dp58": lambda: fb_topic_count(IQ_T, "image_quality"),
        "dp59": lambda: top_fb_count('f."城市"', IQ_T, margin=1.3),
        "dp60": lambda: fb_ratio("f.rating <= 2", f"{PORTAL} AND {_in('f.ts', *Y25)}"),
        "dp61": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.4),
        "dp62": lambda: nps(_in("f.ts", *Y25)),
        "dp63": lambda: nps(_in("f.ts", *H1_26)),
        "dp64": lambda: fb_avg(f"f.channel = 'dianping_review' AND f.shoot_type = 'wedding' AND {_in('f.ts', *Y25)}",
                               tol=0.03),
        "dp65": lambda: fb_avg(f"{PORTAL} AND f.city = 'Kunming' AND {_in('f.ts', *JUN_SEP_25)}", tol=0.03),
        "dp66": lambda: feedback_ids(f"{WEATHER_T} AND f.city = 'Kunming'"),
        "dp68": lambda: fb_topic_count(WEATHER_T, "weather", period=_in("f.ts", *Y25)),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for topic, cond in TOPICS.items():
        _check_topic(cond, topic)


def main() -> int:
    global HAVE_TRUTH
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    HAVE_TRUTH = bool(one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"))
    if HAVE_TRUTH:
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
