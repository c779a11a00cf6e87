"""Gold answers for the 膳盒 FitBox held-out batch, from plain DuckDB SQL over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (onboarding 14 d, weekly_box 7 d, issue 7 d,
  winback 60 d); rates are per customer (people); the tolerance covers both readings (later steps allowed after the
  period end, or not) unless the question says later steps count. "Where do we lose the most people" = the step whose
  next step is not reached by the most people (the loss between step k and k+1 is attributed to step k). A step
  conversion "A → B" = people reaching B / people reaching A in that funnel. A funnel split by a customer attribute
  filters the step-1 people by that attribute (customers table);
- "users / people / subscribers" = distinct customer_id; a subscriber = a customer with a tp_first_pay event;
- per-box rates count `tp_delivered` events (one per box) by delivery date; late = `late_minutes` > 30; warm =
  `arrival_temp_c` > 8; missing = `missing_items` > 0; box attributes (city / 城市, carrier / 承运商, delivery window /
  配送时段, kitchen) are read from the event;
- time from issue report to compensation = per issue event, the first tp_compensation of the same customer with the
  same issue_type and week_of after the report; hours; the period by the report date;
- money = orders with status `paid` (refunded boxes are no revenue), by order ts; revenue = weekly boxes + add-ons +
  gift cards; refunds / credits = `amount` of tp_compensation events of that compensation_type by their date;
  spend per paying customer = paid amount / customers with >= 1 paid order in the period;
- customer attributes are as stored (state at the end of the data, 2026-08-31); zh questions are checked against the
  Chinese twins (城市, 套餐, 配送时段, 承运商, 取消原因, 获客渠道), en ones against the English values / touchpoint_id;
- feedback: "all data" includes undated rows; topic counts by text markers with a 5 % tolerance (checked against
  _truth/feedback_truth.csv); in-app ratings = channel `app_review` (1-5 stars); negative = 1-2 stars; NPS = survey
  `nps` 0-10, net score = share 9-10 minus share 0-6 as a fraction;
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "experiments"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true, "
                "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, sample_size=-1, "
                    "all_varchar=true)")


def q(sql):
    return CON.execute(sql).fetchall()


def one(sql):
    return q(sql)[0][0]


def _in(col, start, end):
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


def conv(journey, start, end, cond="1=1", a=0, b=-1, unbounded_only=False):
    vals = []
    for bounded in ((False,) if unbounded_only else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        vals.append(c[b] / c[a])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def rank_conv(journey, start, end, by, a=0, b=-1, margin=1.15, lowest=False, min_n=30, trap=False):
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            rows.append((g, c[b] / c[a] if c[a] else 0.0, c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        big = [r for r in rows if r[2] >= min_n]
        if lowest:
            assert big[1][1] > big[0][1] * margin, big[:3]
        else:
            assert big[0][1] > big[1][1] * margin, big[:3]
        if trap:
            assert rows[0][0] != big[0][0], rows[:3]
        tops.add(big[0][0])
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


def exp_rate(variant, tp):
    """share of the customers assigned to `variant` with a `tp` event after assignment."""
    v = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                AND e.touchpoint_id = '{tp}' AND e.ts >= x.assigned_at))::int)
                FROM experiments x WHERE x.experiment_id = 'quiz_length_2026' AND x.variant = '{variant}'""")
    return dict(value=round(v, 4), tolerance=0.01)


def cust_within(a_tp, b_tp, start, end, days, cond="1=1", by=None, margin=1.3):
    """per customer: first a_tp in the period; share with a b_tp within `days` after it (any date)."""
    sel = f"{by}, " if by else ""
    sql = f"""WITH a AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = '{a_tp}'
                         AND {_in('ts', start, end)} GROUP BY 1)
              SELECT {sel}avg((EXISTS (SELECT 1 FROM events e WHERE e.customer_id = a.customer_id
                     AND e.touchpoint_id = '{b_tp}' AND e.ts > a.t AND e.ts <= a.t + INTERVAL {days} DAY))::int) r,
                     count(*) n
              FROM a JOIN customers c USING (customer_id) WHERE ({cond})
              {'GROUP BY 1 ORDER BY r DESC' if by else ''}"""
    rows = q(sql)
    if by:
        assert rows[0][1] > rows[1][1] * margin, rows
        return dict(top_entity=rows[0][0])
    return dict(value=round(rows[0][0], 4), tolerance=0.01)


def cust_gap_days(a_tp, b_tp, start, end, agg="avg"):
    """customers whose b_tp falls in the period: days from their first a_tp to their first b_tp in the period."""
    v = one(f"""WITH b AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = '{b_tp}'
                           AND {_in('ts', start, end)} GROUP BY 1),
                     a AS (SELECT customer_id, min(ts) t FROM events WHERE touchpoint_id = '{a_tp}' GROUP BY 1)
                SELECT {agg}(epoch(b.t - a.t) / 86400) FROM a JOIN b USING (customer_id) WHERE b.t > a.t""")
    return dict(value=round(v, 2), tolerance=round(max(0.5, v * 0.03), 2))


# ---------- boxes (tp_delivered events) ----------

def box_share(num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = 'tp_delivered' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_box_share(num, by, start, end, cond="1=1", margin=1.5, min_n=30):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = 'tp_delivered' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def box_avg(col, start, end, cond="1=1"):
    v = one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = 'tp_delivered' AND {_in('e.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.02), 2))


def resolve_hours(start, end, cond="1=1", agg="median"):
    v = one(f"""WITH i AS (SELECT * FROM events WHERE touchpoint_id = 'tp_issue' AND {_in('ts', start, end)}),
                     c AS (SELECT * FROM events WHERE touchpoint_id = 'tp_compensation')
                SELECT {agg}(h) FROM (SELECT i.event_id, min(epoch(c.ts - i.ts) / 3600) h FROM i JOIN c
                  ON c.customer_id = i.customer_id AND c.issue_type = i.issue_type AND c.week_of = i.week_of
                  AND c.ts > i.ts WHERE ({cond}) GROUP BY 1)""")
    return dict(value=round(v, 2), tolerance=round(max(0.1, v * 0.03), 2))


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


def top_events(tp, by, start, end, margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


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


def top_orders(by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def per_customer(start, end, cond="1=1"):
    v = float(one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                      LEFT JOIN customers c USING (customer_id)
                      WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"""))
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.005), 2))


def boxes_per_customer(start, end, cond="1=1"):
    v = float(one(f"""SELECT count(*) / count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                      WHERE o.status = 'paid' AND o.order_type = 'weekly_box' AND {_in('o.ts', start, end)}
                      AND ({cond})"""))
    return dict(value=round(v, 3), tolerance=round(max(0.02, v * 0.01), 3))


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


def top_customers(by, cond="1=1", margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM customers c WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def _check_topic(cond, topic):
    """the text markers must agree with the generator's truth."""
    t = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
            f"AND NOT list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}')")
    m = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
            f"WHERE list_contains(string_split(coalesce(truth.topics, ''), '|'), '{topic}') AND NOT ({cond})")
    assert t == 0 and m == 0, (topic, t, m)


def fb_count(cond, topic=None, period="1=1"):
    if topic and HAVE_TRUTH:
        _check_topic(cond, topic)
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def net_promoter(cond):
    v = one(f"SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f WHERE f.nps IS NOT NULL "
            f"AND {cond}")
    return dict(value=round(v, 4), tolerance=0.01)


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


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


HAVE_TRUTH = False
Y25 = ("2025-01-01", "2025-12-31")
H1_25, H2_25 = ("2025-01-01", "2025-06-30"), ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_25, Q4_25, Q1_26, Q2_26 = quarter(2025, 3), quarter(2025, 4), quarter(2026, 1), quarter(2026, 2)
SZ_HEAT = ("2025-06-01", "2025-09-14")
APP = "f.channel = 'app_review'"
LATE, WARM, MISSING = "e.late_minutes > 30", "e.arrival_temp_c > 8", "e.missing_items > 0"
LATE_T = _like("f.text", ["配送超时", "迟到", "delivery window", " late"])
WARM_T = _like("f.text", ["不冷", "冰袋", "温的", "warm", "not cold", "ice pack"])
MISS_T = _like("f.text", ["漏发", "少了两份", "missing"])
DAMAGE_T = _like("f.text", ["压坏", "crushed"])
PORTION_T = _like("f.text", ["分量太少", "吃不饱", "量太少", "portion", "not filling"])
REPEAT_T = _like("f.text", ["重复", "吃腻", "repeating", "repetitive"])
CANCEL_T = _like("f.text", ["打电话", "取消太麻烦", "找不到入口", "call to cancel", "had to phone", "cancel button",
                            "hassle"])
TASTY_T = _like("f.text", ["好吃", "味道很好", "tast", "delicious"])
KIDS_T = _like("f.text", ["孩子", "kids"])


def gold():
    return {
        # ---- onboarding funnel / experiment
        "mp01": lambda: conv("onboarding", *Y25),
        "mp02": lambda: top_lost("onboarding", *Q4_25),
        "mp03": lambda: rank_conv("onboarding", *Y25, by="c.acquisition_channel", min_n=100, margin=1.15, trap=True),
        "mp04": lambda: conv("onboarding", *Y25, cond="c.acquisition_channel = 'douyin'"),
        "mp05": lambda: conv("onboarding", *Y25, a=1, b=2),
        "mp06": lambda: rank_conv("onboarding", *Y25, by="c.phone_os", a=1, b=2, lowest=True, margin=1.08),
        "mp07": lambda: exp_rate("short_quiz", "tp_quiz"),
        "mp08": lambda: exp_rate("control", "tp_quiz"),
        "mp09": lambda: conv("issue", *H2_25),
        "mp10": lambda: conv("winback", *Y25, unbounded_only=True),
        "mp11": lambda: cust_within("tp_first_pay", "tp_cancel", *H1_25, 60),
        "mp12": lambda: cust_within("tp_first_pay", "tp_cancel", *Y25, 60, by="c.plan", margin=1.3),
        "mp13": lambda: cust_gap_days("tp_first_pay", "tp_cancel", *Y25),
        # ---- delivery quality
        "mp14": lambda: box_share(LATE, *Q4_25),
        "mp15": lambda: top_box_share(LATE, 'e."配送时段"', *Y25, "e.city = 'Shanghai'", margin=2.5),
        "mp16": lambda: box_share(LATE, *Y25, "e.city = 'Shenzhen' AND e.delivery_window = 'evening'"),
        "mp17": lambda: box_share(WARM, *SZ_HEAT, "e.city = 'Shenzhen' AND e.carrier = 'jd_cold'"),
        "mp18": lambda: box_share(WARM, *SZ_HEAT, "e.city = 'Shenzhen' AND e.carrier = 'sf_cold'"),
        "mp19": lambda: top_box_share(WARM, 'e."承运商"', *Y25, margin=2.0),
        "mp20": lambda: box_share(MISSING, *month(2025, 10), "e.city = 'Hangzhou'"),
        "mp21": lambda: box_share(MISSING, *month(2025, 9), "e.city = 'Hangzhou'"),
        "mp22": lambda: top_box_share(MISSING, 'e."城市"', *month(2025, 10), margin=2.5),
        "mp23": lambda: resolve_hours("2025-07-01", "2025-08-31", "i.city = 'Shenzhen'"),
        "mp24": lambda: resolve_hours("2025-07-01", "2025-08-31", "i.city = 'Shanghai'"),
        # ---- money
        "mp26": lambda: orders(*Q4_25),
        "mp27": lambda: orders(*month(2026, 6)),
        "mp28": lambda: orders(*month(2026, 5)),
        "mp29": lambda: orders_change(H2_25, H1_26),
        "mp30": lambda: events_sum("tp_compensation", "e.amount", *Y25, "e.compensation_type = 'refund'"),
        "mp31": lambda: events_sum("tp_compensation", "e.amount", *H1_26, "e.compensation_type = 'credit'"),
        "mp32": lambda: orders(*month(2026, 3), "o.order_type = 'addon'"),
        "mp33": lambda: top_orders("o.addon_type", *Y25, "o.order_type = 'addon'", margin=1.1),
        "mp34": lambda: orders(*Y25, "o.order_type = 'gift_card'"),
        "mp35": lambda: top_orders('o."套餐"', *Y25, "o.order_type = 'weekly_box'", margin=1.2),
        "mp36": lambda: per_customer(*H1_26),
        "mp37": lambda: per_customer(*H1_26, "c.plan = 'family'"),
        "mp38": lambda: per_customer(*H1_26, "c.acquisition_channel = 'corporate'"),
        # ---- volumes
        "mp40": lambda: events_at("tp_delivered", "2026-03-02", "2026-03-08"),
        "mp41": lambda: events_at("tp_skip", *month(2026, 2)),
        "mp42": lambda: events_at("tp_skip", *month(2026, 1)),
        "mp45": lambda: events_change("tp_first_pay", Q4_25, Q1_26),
        # ---- customers
        "mp47": lambda: customers_count(_in("c.signup_at", *Q3_25)),
        "mp48": lambda: customers_count("c.segment = 'paused'"),
        "mp50": lambda: top_customers('c."城市"', "c.\"城市\" <> '上海'"),
        "mp52": lambda: top_events("tp_cancel", 'e."取消原因"', *Y25, margin=1.2),
        # ---- feedback
        "mp53": lambda: fb_count(WARM_T, "warm"),
        "mp54": lambda: top_fb_count("f.city", WARM_T, margin=1.4),
        "mp55": lambda: fb_avg(f"{APP} AND f.city = 'Shenzhen' AND {_in('f.ts', '2025-07-01', '2025-08-31')}"),
        "mp56": lambda: fb_ratio("f.rating <= 2", f"{APP} AND {_in('f.ts', *Y25)}"),
        "mp57": lambda: rank_fb_avg("f.touchpoint_id", _in("f.ts", *Y25), 30, margin=0.3),
        "mp58": lambda: fb_count(PORTION_T, "portion"),
        "mp59": lambda: top_fb_count("f.city", LATE_T, margin=1.8),
        "mp60": lambda: fb_count(REPEAT_T, "repetitive", period=_in("f.ts", *Q2_26)),
        "mp61": lambda: fb_count(CANCEL_T, "cancel_hard"),
        "mp62": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "mp63": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)} AND f.plan = 'muscle'", col="f.nps",
                               tol=0.05),
        "mp64": lambda: net_promoter(_in("f.ts", *H1_26)),
        "mp65": lambda: feedback_ids(f"{WARM_T} AND f.city = 'Shenzhen' AND {_in('f.ts', *SZ_HEAT)}"),
        "mp67": lambda: fb_count(MISS_T, "missing", period=_in("f.ts", *month(2025, 10))),
        "mp68": lambda: rank_fb_avg('f."承运商"', f"{APP} AND {_in('f.ts', *Y25)}", 100, margin=0.2),
    }


def checks():
    """topic markers that no question counts directly must still match the truth."""
    for cond, topic in ((LATE_T, "late"), (DAMAGE_T, "damaged"), (TASTY_T, "tasty"), (KIDS_T, "kids"),
                        (MISS_T, "missing"), (REPEAT_T, "repetitive")):
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
