"""Gold answers for the 帘上 DrapeHome held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (lead 45 d, delivery 45 d, refund 30 d,
  retrofit 90 d); rates are per customer (people); the tolerance covers both readings (later steps allowed after the
  period end, or not). "Where do we lose the most" = the step whose next step is not reached by the most people (the
  loss between step k and k+1 is attributed to step k); the drop-off rate of step k = (reached k - reached k+1) /
  reached k. A funnel split by a customer attribute filters the step-1 people by that attribute;
- a project = one `session_id` (PJ000123): tp_consult, tp_measure_book, [tp_cancel, tp_refund], tp_measure,
  tp_sample, tp_quote, tp_order, [tp_motor], tp_production, tp_install_book, tp_install, [tp_remake, tp_adjust],
  [tp_review], [tp_motor retrofit]. Per-project rates count projects whose first event at the named step A falls
  in the period (by its date) and look for step B in the same project at any time; project attributes (store_city /
  门店城市, product_line / 品类, fabric_series / 布料系列, measure_vendor, motor_model) are read from the step-A event;
  "motor fault" = tp_adjust with adjust_reason motor_fault; "motor add-on with the order" = tp_motor action add_on;
- times between steps = per project, first B ts - first A ts (B after A), the period by the date of A; days
  fractional (the tolerance also covers whole calendar days); installer lateness = `late_minutes` on tp_install
  (arrival minus appointment), "late" = more than 30 minutes, strictly;
- money = orders with status `paid` (refunded orders are no revenue), by order ts; revenue = curtain orders + motor
  add-ons + measuring fees; refunds = `refund_amount` of `tp_refund` events by refund date; spend per paying
  customer = paid amount / customers with >= 1 paid order in the period; a paid curtain order = a `tp_order` event
  (one per project) - order counts are tp_order events by date, whatever happened to the order later;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (门店城市, 获客渠道, 房屋类型, 布料系列), en ones against store_city / product_line / acquisition_channel /
  motor_model / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app reviews = channel `mini_program_review`; rating by step = feedback.touchpoint_id
  over rows with a rating; negative = 1-2 stars when the question says so; NPS answers = survey `nps` (0-10),
  promoters 9-10;
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


def step_drop(journey, start, end, k):
    """drop-off rate at step k (1-based): (reached k - reached k+1) / reached k."""
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        vals.append((c[k - 1] - c[k]) / c[k - 1])
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


# ---------- per project (session_id) ----------

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({cond})
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", by=None, a_cond="1=1"):
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp, a_cond)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}' AND ({b_cond})) b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", b_cond="1=1", a_cond="1=1"):
    v = sess_rate(a_tp, b_tp, start, end, cond, b_cond, a_cond=a_cond)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, trap=False, a_cond="1=1"):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by, a_cond=a_cond)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:        # the minimum size matters: a small group tops the raw list
        assert rows[0][0] != big[0][0], rows[:3]
    return dict(top_entity=big[0][0])


def _gap(a_tp, b_tp, start, end, cond):
    return f"""FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
               LEFT JOIN customers c ON c.customer_id = a.customer_id
               WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median"):
    v = one(f"SELECT {agg}(epoch(b.t - a.t) / 86400.0) {_gap(a_tp, b_tp, start, end, cond)}")
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


def events_agg(tp, expr, start, end, cond="1=1", agg="median"):
    v = float(one(f"SELECT {agg}({expr}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.03), 2))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_events_share(tp, num, by, start, end, margin=1.25):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_avg(start, end, cond="1=1"):
    v = float(one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def orders_share(num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


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
    if topic:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
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
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1)
YONGCE = ("2025-07-01", "2026-01-31")
MOTOR_P = ("2025-06-01", "2026-06-30")
PEAK = ("2025-09-01", "2025-10-31")
MIST = ("2026-03-01", "2026-06-30")
LAST_YEAR_ORDERS = ("2025-07-01", "2026-06-30")
(CONSULT, MBOOK, MEASURE, SAMPLE, QUOTE, ORDER, MOTOR, PRODUCTION, IBOOK, INSTALL, ADJUST, REMAKE, CANCEL, REFUND,
 REVIEW) = ("tp_consult", "tp_measure_book", "tp_measure", "tp_sample", "tp_quote", "tp_order", "tp_motor",
            "tp_production", "tp_install_book", "tp_install", "tp_adjust", "tp_remake", "tp_cancel", "tp_refund",
            "tp_review")
APP = "f.channel = 'mini_program_review'"
FAULT = "adjust_reason = 'motor_fault'"
LATE = "e.late_minutes > 30"
WRONG_T = _like("f.text", ["尺寸不对", "尺寸量错", "wrong size"])
COLOUR_T = _like("f.text", ["色差", "colour", "color"])
LATE_T = _like("f.text", ["迟到", "late"])
MOTOR_T = _like("f.text", ["电机", "motor"])
PRICE_T = _like("f.text", ["报价", "expensive", "pricey"])
SLOW_T = _like("f.text", ["工期", "lead time"])
REFUND_T = _like("f.text", ["退款", "refund"])
PRO_T = _like("f.text", ["专业", "professional"])
QUALITY_T = _like("f.text", ["质感", "quality"])


def gold():
    return {
        # ---- funnels / conversion
        "ct01": lambda: conv("lead", *Y25),
        "ct02": lambda: top_lost("lead", *Q3_25),
        "ct03": lambda: rank_conv("lead", *Y25, by="c.acquisition_channel", lowest=True, margin=1.3),
        "ct04": lambda: conv("lead", *Y25, cond="c.acquisition_channel = 'referral'"),
        "ct05": lambda: step_drop("lead", *H2_25, k=4),
        "ct06": lambda: rank_conv("lead", *Y25, by='c."房屋类型"', lowest=True, margin=1.3),
        "ct07": lambda: conv("delivery", *H1_25, unbounded_only=True),
        "ct08": lambda: rate(ORDER, MOTOR, *Y25, b_cond="action = 'add_on'"),
        "ct09": lambda: rank_rate(ORDER, MOTOR, *LAST_YEAR_ORDERS, by="a.product_line", b_cond="action = 'add_on'",
                                  min_n=100, trap=True, margin=1.4),
        "ct10": lambda: rate(ORDER, MOTOR, *LAST_YEAR_ORDERS, "a.product_line = 'skylight'",
                             b_cond="action = 'add_on'"),
        "ct11": lambda: rate(INSTALL, REMAKE, *YONGCE, "a.store_city = 'Ningbo'"),
        "ct12": lambda: rate(INSTALL, REMAKE, *YONGCE, "a.store_city = 'Hangzhou'"),
        "ct13": lambda: rank_rate(INSTALL, REMAKE, *Y25, by='a."门店城市"', margin=1.5),
        "ct14": lambda: rate(MEASURE, REMAKE, *YONGCE, "a.measure_vendor = 'yongce'"),
        "ct15": lambda: rate(MOTOR, ADJUST, *MOTOR_P, "a.motor_model = 'KM-200'", b_cond=FAULT),
        "ct16": lambda: rate(MOTOR, ADJUST, *MOTOR_P, "a.motor_model = 'DY-Pro'", b_cond=FAULT),
        "ct17": lambda: rank_rate(MOTOR, ADJUST, *MOTOR_P, by="a.motor_model", b_cond=FAULT, margin=2.0),
        "ct18": lambda: orders_share("o.status = 'refunded'", *Y25, "o.order_type = 'curtain'"),
        "ct19": lambda: rate(MBOOK, CANCEL, *Y25, b_cond="cancel_type = 'measure_visit'"),
        # ---- times
        "ct20": lambda: step_time(ORDER, INSTALL, *Y25),
        "ct21": lambda: step_time(ORDER, PRODUCTION, *PEAK),
        "ct22": lambda: events_agg(INSTALL, "e.late_minutes", *Y25, "e.store_city = 'Nanchang'"),
        "ct23": lambda: events_agg(INSTALL, "e.late_minutes", *Y25, "e.\"门店城市\" = '杭州'"),
        "ct24": lambda: events_share(INSTALL, LATE, *Y25),
        "ct25": lambda: top_events_share(INSTALL, LATE, "e.store_city", *Y25, margin=2.0),
        "ct28": lambda: step_time(CANCEL, REFUND, *Y25, "a.cancel_type = 'order'", agg="avg"),
        # ---- money
        "ct29": lambda: orders(*Q3_25),
        "ct30": lambda: orders(*month(2026, 6)),
        "ct31": lambda: orders(*month(2026, 5)),
        "ct32": lambda: orders(*Y25, "o.order_type = 'motor'"),
        "ct33": lambda: orders_change(H1_25, H1_26),
        "ct34": lambda: orders(*Y25, "o.order_type = 'measure_fee'"),
        "ct35": lambda: events_sum(REFUND, "e.refund_amount", *Q4_25),
        "ct36": lambda: top_orders('o."门店城市"', *Y25, "o.order_type = 'curtain'"),
        "ct37": lambda: top_orders("o.product_line", *Y25, "o.order_type = 'curtain'"),
        "ct38": lambda: orders_avg(*Y25, "o.order_type = 'curtain'"),
        "ct39": lambda: per_customer(*Y25),
        "ct40": lambda: per_customer(*Y25, "c.\"房屋类型\" = '新房'"),
        # ---- volumes / trends
        "ct42": lambda: events_at(ORDER, "2025-09-08", "2025-09-14"),
        "ct43": lambda: events_at(ORDER, *month(2025, 10)),
        "ct44": lambda: events_at(ORDER, *month(2025, 2)),
        "ct47": lambda: events_change(CONSULT, Q3_25, Q4_25),
        # ---- customers
        "ct49": lambda: customers_count("c.region = 'Ningbo' AND c.tier = 'vip'"),
        "ct50": lambda: customers_share("c.house_type = 'rental'"),
        "ct51": lambda: customers_count(_in("c.signup_at", *Q1_26)),
        "ct52": lambda: top_customers('c."获客渠道"'),
        # ---- feedback
        "ct53": lambda: fb_topic_count(WRONG_T, "wrong_size"),
        "ct54": lambda: top_fb_count("f.store_city", WRONG_T, margin=1.5),
        "ct55": lambda: fb_topic_count(COLOUR_T, "colour_diff", period=_in("f.ts", *MIST)),
        "ct56": lambda: top_fb_count('f."布料系列"', COLOUR_T, margin=2.0),
        "ct57": lambda: fb_topic_count(MOTOR_T, "motor_fault"),
        "ct58": lambda: top_fb_count('f."门店城市"', LATE_T, margin=2.0),
        "ct59": lambda: fb_avg(f"{APP} AND f.store_city = 'Nanchang' AND {_in('f.ts', *Y25)}"),
        "ct60": lambda: fb_avg(f"{APP} AND f.\"门店城市\" = '杭州' AND {_in('f.ts', *Y25)}"),
        "ct61": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "ct62": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.2),
        "ct63": lambda: rank_fb_avg("f.store_city", f"{APP} AND {_in('f.ts', *Y25)}", 50, margin=0.15, highest=True),
        "ct64": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "ct65": lambda: fb_ratio("f.nps >= 9", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "ct66": lambda: feedback_ids(f"{COLOUR_T} AND f.fabric_series = 'mist_linen'"),
        "ct68": lambda: fb_topic_count(PRICE_T, "price_high", period=_in("f.ts", *Y25)),
        "ct69": lambda: fb_avg("f.channel = 'tmall_review'"),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((LATE_T, "late_installer"), (SLOW_T, "slow_production"), (REFUND_T, "refund_slow"),
                        (PRO_T, "praise_install"), (QUALITY_T, "praise_fabric")):
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
