"""Gold answers for the 膜范 FilmPro held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (quote 30 d, install 30 d, warranty 45 d,
  refund 30 d, referral 90 d); rates are per customer (people, "users" = customer_id); the tolerance covers both
  readings (later steps allowed after the period end, or not). "Where do we lose the most" = the step whose next
  step is not reached by the most people (the loss between step k and k+1 is attributed to step k). A funnel split
  by a customer attribute filters the step-1 people by that attribute;
- a job = one `session_id` (JOB000123): tp_book, tp_pay, [tp_cancel, tp_refund], tp_dropoff, tp_install (1-2),
  tp_qc (pass, or rework then pass), tp_pickup, tp_rate, tp_claim, tp_repair. Per-job rates count jobs whose first
  event at the named step A falls in the period and look for step B (matching a condition) in the same job at any
  time; job attributes (studio, 门店城市, service_type / 施工项目, film_brand / 膜品牌, film_line, car_class) come from
  the step-A event. QC rework rate = jobs with a `rework` QC result / jobs with a QC event, period by first QC;
- times between steps = per job, first B ts - first A ts (B after A), period by the date of A; days fractional
  (the tolerance also covers whole calendar days) or hours as asked;
- money = orders with status `paid` (refunded orders are no revenue) by order ts; revenue = tint + PPF + wrap +
  self-paid warranty repairs; refunds = `refund_amount` of tp_refund events by refund date; spend per paying customer
  = paid amount / customers with >= 1 paid order in the period; paid jobs = `tp_pay` events;
- customer attributes are as stored (state at the end of the data); zh questions are checked against the Chinese
  twins (studio, 门店城市, 城市, 订单类型, 膜品牌, 车型级别, 获客渠道), en ones against studio_en / studio_city / region /
  order_type / film_brand / car_class / acquisition_channel / touchpoint_id; film_line has no twin;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `mini_program_review`; rating by step = feedback.touchpoint_id
  over rows with a rating; NPS = % promoters (9-10) - % detractors (0-6) over survey rows, as a fraction;
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


def conv(journey, start, end, cond="1=1", upto=None):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append((c[upto - 1] if upto else c[-1]) / c[0])
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


def top_lost(journey, start, end, margin=1.1):
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


# ---------- per job (session_id) ----------

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


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", b_cond="1=1", min_n=1, margin=1.25, trap=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, b_cond, by=by)
    big = [r for r in rows if r[2] >= min_n]
    assert big[0][1] > big[1][1] * margin, big[:3]
    if trap:
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


def top_step_time(a_tp, b_tp, start, end, by, unit="days", margin=1.25):
    rows = q(f"SELECT {by}, median(epoch(b.t - a.t) / {UNITS[unit]}) m {_gap(a_tp, b_tp, start, end, '1=1')} "
             f"GROUP BY 1 ORDER BY m DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def rework_rate(start, end, cond="1=1"):
    return rate("tp_qc", "tp_qc", start, end, cond, b_cond="qc_result = 'rework'")


def rank_rework(start, end, by, min_n, margin=1.5, trap=False):
    return rank_rate("tp_qc", "tp_qc", start, end, by, b_cond="qc_result = 'rework'", min_n=min_n, margin=margin,
                     trap=trap)


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


def quote_fail_share(start, end, device):
    """people on `device` who tried to submit a quote (tp_quote or tp_quote_fail) in the period: share with a fail."""
    v = one(f"""SELECT avg(f::int) FROM (SELECT customer_id, bool_or(touchpoint_id = 'tp_quote_fail') f FROM events
                WHERE touchpoint_id IN ('tp_quote', 'tp_quote_fail') AND device = '{device}'
                AND {_in('ts', start, end)} GROUP BY 1)""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def _all():
    return ("2000-01-01", "2099-12-31")


def orders(start, end, cond="1=1"):
    return _money(one(f"SELECT sum(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_avg(start, end, cond="1=1"):
    return _money(one(f"SELECT avg(o.amount) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_diff(start, end, cond_a, cond_b):
    a = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', start, end)} AND ({cond_a})")
    b = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', start, end)} AND ({cond_b})")
    return _money(a - b)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_per_customer(by, start, end, margin=1.15):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) v FROM orders o
                 JOIN customers c USING (customer_id)
                 WHERE o.status = 'paid' AND {_in('o.ts', start, end)} GROUP BY 1 ORDER BY v DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_orders(by, start, end, cond="1=1", margin=1.15, agg="sum(o.amount)"):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)}
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


def fb_avg(cond, col="f.rating", tol=0.02):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def nps(cond):
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
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
MAR_JUN_26 = ("2026-03-01", "2026-06-30")
QUOTE_BUG = ("2025-11-03", "2025-11-30")
WINTER = ("2025-12-01", "2026-02-28")
ALL = _all()
DISCOVER, QUOTE, QFAIL, VISIT, BOOK, PAY, CANCEL, REFUND, DROPOFF, INSTALL, QC, PICKUP, RATE, CLAIM, REPAIR, REFER = (
    "tp_discover", "tp_quote", "tp_quote_fail", "tp_visit", "tp_book", "tp_pay", "tp_cancel", "tp_refund",
    "tp_dropoff", "tp_install", "tp_qc", "tp_pickup", "tp_rate", "tp_claim", "tp_repair", "tp_referral")
APP = "f.channel = 'mini_program_review'"
BUBBLES_T = _like("f.text", ["气泡", "起泡", "bubble"])
DUST_T = _like("f.text", ["灰尘", "颗粒", "dust"])
PEEL_T = _like("f.text", ["翘边", "翘起", "脱胶", "peeling", "lifting"])
FADE_T = _like("f.text", ["褪色", "发紫", "faded", "turned purple"])
WAIT_T = _like("f.text", ["排期", "等了好久", "等太久", "waited", "too long"])
PRICE_T = _like("f.text", ["比别家贵", "价格太贵", "有点贵", "too expensive", "pricier"])
QFAIL_T = _like("f.text", ["提交不了", "点提交就报错", "quote form", "couldn't submit"])
CRAFT_T = _like("f.text", ["细致", "flawless", "neat work"])


def gold():
    return {
        # ---- funnels / conversion
        "cf01": lambda: conv("quote", *Y25),
        "cf02": lambda: top_lost("quote", *Q2_26),
        "cf03": lambda: rank_conv("quote", *Y25, by="c.acquisition_channel", lowest=True, margin=1.2),
        "cf04": lambda: conv("quote", *Y25, cond="c.acquisition_channel = 'referral'"),
        "cf05": lambda: conv("install", *H2_25),
        "cf06": lambda: quote_fail_share(*QUOTE_BUG, "android"),
        "cf07": lambda: quote_fail_share(*QUOTE_BUG, "ios"),
        "cf08": lambda: conv("quote", *month(2025, 11), cond="c.phone_os = 'android'", upto=2),
        "cf09": lambda: conv("quote", *month(2025, 10), cond="c.phone_os = 'android'", upto=2),
        # ---- QC rework
        "cf10": lambda: rank_rework(*Y25, by="a.studio", min_n=100),
        "cf11": lambda: rework_rate(*H1_26, "a.studio_id = 'S02'"),
        "cf13": lambda: rework_rate("2026-02-01", "2026-06-30", "a.studio_id = 'T03'"),
        # ---- times
        "cf14": lambda: step_time(BOOK, DROPOFF, *MAR_JUN_26, "a.studio_id = 'B01'"),
        "cf15": lambda: step_time(BOOK, DROPOFF, *MAR_JUN_26, "a.studio_id <> 'B01'"),
        "cf16": lambda: top_step_time(BOOK, DROPOFF, *H1_26, by="a.studio_en"),
        "cf17": lambda: step_time(DROPOFF, PICKUP, *Y25, "a.service_type = 'ppf'"),
        "cf18": lambda: step_time(DROPOFF, PICKUP, *Y25, "a.service_type = 'tint'", agg="avg", unit="hours"),
        "cf19": lambda: step_time(CANCEL, REFUND, *ALL, "a.studio_id IS NOT NULL AND a.session_id IN (SELECT "
                                  "session_id FROM events WHERE touchpoint_id = 'tp_pay' AND channel = 'store_pos')",
                                  agg="avg"),
        "cf20": lambda: step_time(CLAIM, REPAIR, *ALL, agg="avg"),
        "cf21": lambda: step_time(CLAIM, REPAIR, *ALL, "a.claim_type = 'fading'", agg="avg"),
        "cf22": lambda: rate(PAY, CANCEL, *MAR_JUN_26, "a.studio_id = 'B01'"),
        "cf23": lambda: rate(PAY, CANCEL, *MAR_JUN_26, "a.studio_id <> 'B01'"),
        # ---- money
        "cf24": lambda: orders(*Q3_25),
        "cf25": lambda: orders(*month(2026, 5)),
        "cf26": lambda: orders(*month(2026, 4)),
        "cf28": lambda: top_orders("o.order_type", *Y25, margin=1.5),
        "cf29": lambda: top_orders('o."订单类型"', *Y25, agg="count(*)", margin=1.5),
        "cf30": lambda: orders_change(H1_25, H1_26),
        "cf31": lambda: events_sum(REFUND, "e.refund_amount", *Y25),
        "cf32": lambda: orders_avg(*Y25, "o.order_type = 'ppf'"),
        "cf33": lambda: top_orders('o."膜品牌"', *Y25, "o.order_type = 'ppf'", margin=1.3),
        "cf34": lambda: orders(*ALL, "o.order_type = 'warranty_repair'"),
        "cf35": lambda: per_customer(*Y25, "c.\"车型级别\" = '豪华车'"),
        "cf36": lambda: top_per_customer("c.car_class", *Y25),
        "cf37": lambda: orders_diff(*Y25, "o.\"门店城市\" = '北京'", "o.\"门店城市\" = '天津'"),
        # ---- volumes / trends
        "cf38": lambda: events_at(PAY, *month(2026, 5)),
        "cf39": lambda: events_at(PAY, "2025-06-02", "2025-06-08"),
        "cf42": lambda: events_at(PAY, *month(2026, 2)),
        "cf43": lambda: events_at(REFER, *Y25),
        "cf44": lambda: customers_count(f"c.acquisition_channel = 'referral' AND {_in('c.signup_at', *Q1_26)}"),
        # ---- customers
        "cf48": lambda: top_customers("c.acquisition_channel", margin=1.15),
        # ---- warranty
        "cf49": lambda: rank_rate(PICKUP, CLAIM, *Y25, by="a.film_line", min_n=100, margin=1.4),
        "cf50": lambda: rate(PICKUP, CLAIM, *Y25, "a.film_line = 'FP-Eco 35'"),
        "cf51": lambda: rate(PICKUP, CLAIM, *Y25, "a.service_type = 'tint' AND a.film_line <> 'FP-Eco 35'"),
        "cf52": lambda: rate(DROPOFF, CLAIM, *WINTER, "a.service_type = 'ppf'", b_cond="claim_type = 'peeling'"),
        "cf53": lambda: rate(DROPOFF, CLAIM, "2025-03-01", "2025-10-31", "a.service_type = 'ppf'",
                             b_cond="claim_type = 'peeling'"),
        # ---- feedback
        "cf54": lambda: fb_topic_count(BUBBLES_T, "bubbles"),
        "cf55": lambda: fb_topic_count(DUST_T, "dust"),
        "cf56": lambda: top_fb_count("f.studio_en", DUST_T, margin=2.0),
        "cf57": lambda: top_fb_count("f.studio", WAIT_T, margin=2.0),
        "cf58": lambda: fb_topic_count(FADE_T, "fading"),
        "cf59": lambda: top_fb_count("f.film_line", FADE_T, margin=2.0),
        "cf60": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "cf61": lambda: fb_avg(f"{APP} AND {_in('f.ts', *Y25)}"),
        "cf62": lambda: fb_avg(f"{APP} AND f.studio_id = 'T03' AND {_in('f.ts', *Y25)}", tol=0.03),
        "cf63": lambda: nps(f"f.channel = 'survey' AND {_in('f.ts', *H1_26)}"),
        "cf64": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.3),
        "cf65": lambda: fb_avg("f.channel = 'dianping_review'"),
        "cf66": lambda: fb_topic_count(QFAIL_T, "quote_fail", period=_in("f.ts", *month(2025, 11))),
        "cf67": lambda: feedback_ids(f"{BUBBLES_T} AND f.studio_id = 'T03'"),
        "cf69": lambda: fb_topic_count(CRAFT_T, "craft", period="f.studio_city = 'Shijiazhuang'"),
        "cf70": lambda: fb_topic_count(PRICE_T, "price"),
        "cf71": lambda: fb_topic_count(PEEL_T, "peeling", period=_in("f.ts", *H1_26)),
    }


def checks():
    for cond, topic in ((BUBBLES_T, "bubbles"), (DUST_T, "dust"), (PEEL_T, "peeling"), (FADE_T, "fading"),
                        (WAIT_T, "wait"), (PRICE_T, "price"), (QFAIL_T, "quote_fail"), (CRAFT_T, "craft")):
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
