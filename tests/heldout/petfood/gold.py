"""Gold answers for the 毛孩子粮仓 PawPantry (pet food subscription boxes) held-out batch, from plain DuckDB SQL over the
raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (acquire 14 d, trial 30 d, renewal 45 d,
  referral 90 d); rates are per customer; later steps may fall after the period end (the conversion questions say
  so). "Where do we lose the most" = the step reached whose next step is not reached, largest count (the loss
  between step k and k+1 belongs to step k); it must agree whether or not later steps after the period end count.
- people: a customer is one pet owner with one pet; source / pet type / age band / breed size / tier / phone OS /
  city come from customers; zh questions are checked against the Chinese twins (来源渠道, 宠物类型, 年龄段, 体型,
  会员等级, 城市, 快递公司, 取消原因, 咨询类型, 订阅方案), en ones against the raw English values (source, plan,
  tier, support_reason, touchpoint_id, warehouse_id). Tier is customers.tier at the end of the data.
- boxes: a "box" is a delivered trial box (`tp_trial_delivered`) or monthly box (`tp_box_delivered`), counted by
  delivery date; damaged rate = box_condition 'damaged' / delivered boxes; delivery time = the `delivery_days`
  column (= delivered ts minus the trial order / billing ts of the same session_id, in days); "more than 3 days"
  strict. Courier / warehouse from the delivery event.
- tasting: `tp_tasting` events (by check-in date) with pet_reaction loved / ok / refused (爱吃 / 一般 / 拒食); pet
  type / breed size from customers; "subscribed after refusing" = a `tp_subscribe` within 30 days after the check-in.
- time between steps: trial delivered -> subscribed = first `tp_subscribe` after the customer's `tp_trial_delivered`
  (customers whose trial arrived in the period and who subscribed at any time), in days; discover -> trial order =
  first `tp_trial_order` after `tp_discover`, customers discovered in the period who ordered a trial.
- churn: cancellations = `tp_cancel` events by date; 90-day cancellation = customers whose `tp_subscribe` is in the
  period and who have a `tp_cancel` within 90 days after it; skip rate by plan = `tp_skip` events / (`tp_skip` +
  `tp_renew` events) in the period, plan from the event; skips = `tp_skip` events (skip and pause alike).
- support: `tp_support` events by date, reason = support_reason (咨询类型); contacts per contacting customer =
  events / distinct customers with >= 1 in the period.
- money = orders with status `paid` (CNY): revenue = all paid orders (trial boxes, subscription boxes, add-ons,
  shipping); box revenue = order_type subscription; refunds = amount of `refunded` rows (order_type refund,
  refund_reason damaged / duplicate_charge); spend per paying customer = paid amount / customers with >= 1 paid
  order in the period; add-on attach rate = paid addon orders / paid subscription orders in the period.
- referrals: customers with >= 1 `tp_referral` event in the period; per customer by tier = referral events /
  all customers of the tier.
- feedback: "comments" = all rows of all channels; "all data" includes rows without a date; negative share =
  `sentiment_label = 'neg'` over rows dated in the period; topic counts by text markers (README) with a 5 %
  tolerance; rating by step = feedback.touchpoint_id over rows with a rating (dated or not), steps with >= 20
  ratings; rating by channel / step in a period over dated rows.
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of` (last month / last quarter = the previous full calendar month / quarter; this year =
  Jan 1 .. as_of; 去年下半年 = Jul-Dec of the previous year); a week is Monday..Sunday.
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
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def rate_val(v):
    return dict(value=round(float(v), 4), tolerance=0.01)


def dur_val(v):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


def money_val(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.05, v * 0.002), 2))


def count_val(v):
    return dict(value=int(v), tolerance=0.5)


def top(rows, margin, higher=True):
    """rows sorted best first: (entity, metric, ...); the winner must be clear."""
    if len(rows) > 1:
        a, b = rows[0][1], rows[1][1]
        ok = a > b * margin if higher else b - a > margin
        assert ok, rows[:4]
    return dict(top_entity=rows[0][0])


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cond="1=1", bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS
                    SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t
                    FROM events e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", both=True):
    """both=False when the question says that later steps after the period end count."""
    vals = []
    for bounded in ((False, True) if both else (False,)):
        c = funnel(journey, start, end, cond, bounded=bounded)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def top_lost(journey, start, end, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, cond, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.2, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def conv_rank(journey, start, end, by, min_n, margin=1.1):
    """conversion by a customer column, groups with >= min_n starters; the small-group trap must bite."""
    res = {}
    for v, in q(f"SELECT DISTINCT {by} FROM customers c"):
        c = funnel(journey, start, end, f"{by} = '{v}'")
        res[v] = (c[-1] / c[0] if c[0] else 0.0, c[0])
    rows = sorted(((k, r, n) for k, (r, n) in res.items() if n >= min_n), key=lambda x: -x[1])
    allr = sorted(((k, r, n) for k, (r, n) in res.items() if n > 0), key=lambda x: -x[1])
    assert allr[0][0] != rows[0][0] and allr[0][2] < min_n, allr[:3]
    print("   ranking", [(k, round(r, 3), n) for k, r, n in allr])
    return top(rows, margin)


# ---------- boxes and delivery ----------

BOX = """(SELECT e.*, c.pet_type FROM events e JOIN customers c USING (customer_id)
          WHERE e.touchpoint_id IN ('tp_trial_delivered', 'tp_box_delivered'))"""


def box_share(num, start, end, cond="1=1"):
    return rate_val(one(f"SELECT avg(({num})::int) FROM {BOX} b WHERE {_in('b.ts', start, end)} AND ({cond})"))


def top_box_rate(num, by, start, end, min_n=30, margin=1.5):
    rows = q(f"""SELECT {by}, avg(({num})::int) r, count(*) n FROM {BOX} b WHERE {_in('b.ts', start, end)}
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    return top(rows, margin)


def box_median_days(start, end, cond="1=1"):
    return dur_val(one(f"SELECT median(delivery_days) FROM {BOX} b WHERE {_in('b.ts', start, end)} AND ({cond})"))


# ---------- tasting ----------

TASTE = """(SELECT e.ts, e.customer_id, e.pet_reaction, c.pet_type, c.breed_size, c."体型" AS size_zh
            FROM events e JOIN customers c USING (customer_id) WHERE e.touchpoint_id = 'tp_tasting')"""


def taste_share(reaction, start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg((t.pet_reaction = '{reaction}')::int) FROM {TASTE} t
                            WHERE {_in('t.ts', start, end)} AND ({cond})"""))


def top_taste(reaction, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, avg((t.pet_reaction = '{reaction}')::int) r, count(*) FROM {TASTE} t
                 WHERE {_in('t.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY r DESC""")
    return top(rows, margin)


def sub_after_taste(reaction, start, end, days=30):
    return rate_val(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events s WHERE s.customer_id = t.customer_id
                               AND s.touchpoint_id = 'tp_subscribe' AND s.ts > t.ts
                               AND s.ts <= t.ts + INTERVAL {days} DAY))::int)
                            FROM {TASTE} t WHERE t.pet_reaction = '{reaction}' AND {_in('t.ts', start, end)}"""))


# ---------- time between steps ----------

def gap_days(tp_a, tp_b, start, end, agg="median(d)", cond="1=1"):
    v = one(f"""SELECT {agg} FROM (
                   SELECT a.customer_id, epoch(min(b.ts) - a.ts) / 86400.0 AS d
                   FROM (SELECT customer_id, min(ts) ts FROM events WHERE touchpoint_id = '{tp_a}' GROUP BY 1) a
                   JOIN customers c USING (customer_id)
                   JOIN events b ON b.customer_id = a.customer_id AND b.touchpoint_id = '{tp_b}' AND b.ts > a.ts
                   WHERE {_in('a.ts', start, end)} AND ({cond}) GROUP BY a.customer_id, a.ts)""")
    return rate_val(v) if agg.startswith("avg((") else dur_val(v)


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return count_val(one(f"SELECT count(*) FROM events e JOIN customers c USING (customer_id) "
                         f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"))


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('ts', *b)} AND ({cond})")
    return rate_val((y - x) / x)


def top_events(tp, by, start, end, cond="1=1", margin=1.3):
    rows = q(f"""SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    return top(rows, margin)


def distinct_customers(tp, start, end):
    return count_val(one(f"SELECT count(DISTINCT customer_id) FROM events WHERE touchpoint_id = '{tp}' "
                         f"AND {_in('ts', start, end)}"))


def per_contacting_customer(tp, start, end):
    v = one(f"""SELECT count(*) / count(DISTINCT customer_id) FROM events WHERE touchpoint_id = '{tp}'
                AND {_in('ts', start, end)}""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


def cancel_within(days, start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events x WHERE x.customer_id = s.customer_id
                               AND x.touchpoint_id = 'tp_cancel' AND x.ts > s.ts
                               AND x.ts <= s.ts + INTERVAL {days} DAY))::int)
                            FROM events s JOIN customers c USING (customer_id)
                            WHERE s.touchpoint_id = 'tp_subscribe' AND {_in('s.ts', start, end)} AND ({cond})"""))


def top_skip_rate(start, end, margin=1.3):
    rows = q(f"""SELECT plan, avg((touchpoint_id = 'tp_skip')::int) r, count(*) FROM events
                 WHERE touchpoint_id IN ('tp_skip', 'tp_renew') AND {_in('ts', start, end)} GROUP BY 1 ORDER BY r DESC""")
    return top(rows, margin)


def quiz_within(days, start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg((EXISTS (SELECT 1 FROM events x WHERE x.customer_id = d.customer_id
                               AND x.touchpoint_id = 'tp_quiz' AND x.ts > d.ts
                               AND x.ts <= d.ts + INTERVAL {days} DAY))::int)
                            FROM events d JOIN customers c USING (customer_id)
                            WHERE d.touchpoint_id = 'tp_discover' AND {_in('d.ts', start, end)} AND ({cond})"""))


def top_referral_tier(margin=1.5):
    rows = q("""SELECT c.tier, count(e.event_id) / count(DISTINCT c.customer_id) r FROM customers c
                LEFT JOIN events e ON e.customer_id = c.customer_id AND e.touchpoint_id = 'tp_referral'
                GROUP BY 1 ORDER BY r DESC""")
    return top(rows, margin)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return count_val(v) if agg.startswith("count") else money_val(v)


def orders_change(a, b, cond="1=1", status="paid"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = '{status}' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = '{status}' AND {_in('o.ts', *b)} AND ({cond})")
    return rate_val((y - x) / x)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def attach_rate(start, end):
    a = one(f"SELECT count(*) FROM orders o WHERE status = 'paid' AND order_type = 'addon' AND {_in('o.ts', start, end)}")
    s = one(f"SELECT count(*) FROM orders o WHERE status = 'paid' AND order_type = 'subscription' AND {_in('o.ts', start, end)}")
    return rate_val(a / s)


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", margin=1.15):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    return top(rows, margin)


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    v = one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return rate_val(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def bottom_fb_avg(by, cond, min_n, margin=0.2):
    rows = q(f"""SELECT {by}, avg(f.rating) a, count(*) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}
                 AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a""")
    return top(rows, margin, higher=False)


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    return top(rows, margin)


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
Q2_25, Q3_25, Q4_25 = quarter(2025, 2), quarter(2025, 3), quarter(2025, 4)
Q1_26 = quarter(2026, 1)
AUGSEP25 = ("2025-08-01", "2025-09-30")
ALLERGY_WIN = ("2025-12-01", "2026-02-28")
SALMON_WIN = ("2026-03-01", "2026-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
MARK = {
    "crushed": ["压扁", "压坏", "破损", "crushed", "damaged box"],
    "loves": ["爱吃", "抢着吃", "loves it", "gobbled"],
    "price": ["太贵", "偏贵", "涨价", "贵了", "too expensive", "price went up", "pricey"],
    "allergy": ["过敏", "软便", "挠痒", "allerg", "itchy", "soft stool"],
    "double": ["扣了两次", "重复扣款", "charged twice", "double charge"],
    "cs_good": ["耐心", "很快就解决", "态度超好", "helpful", "sorted it out"],
}
T = {k: _like("f.text", v) for k, v in MARK.items()}
NEG = "f.sentiment_label = 'neg'"


def gold():
    return {
        # ---- acquisition and funnels
        "pf01": lambda: conv("acquire", *Y25, both=False),
        "pf02": lambda: conv("trial", *Y25, "c.source = 'douyin_live'", both=False),
        "pf03": lambda: conv("trial", *Y25, "c.source = 'vet_clinic'", both=False),
        "pf04": lambda: conv_rank("trial", *Y25, 'c."来源渠道"', 100),
        "pf05": lambda: top_lost("trial", *Y25, "c.pet_type = 'cat'"),
        "pf06": lambda: quiz_within(14, *AUGSEP25, "c.phone_os = 'android'"),
        "pf07": lambda: quiz_within(14, *AUGSEP25, "c.phone_os = 'ios'"),
        "pf08": lambda: conv("renewal", *H1_25, both=False),
        # ---- delivery
        "pf10": lambda: box_share("b.box_condition = 'damaged'", *Q3_25, "b.warehouse_id = 'WH_S'"),
        "pf11": lambda: box_share("b.box_condition = 'damaged'", *Q3_25, "b.warehouse_id = 'WH_E'"),
        "pf12": lambda: top_box_rate("b.box_condition = 'damaged'", 'b."快递公司"', *Y25, margin=3.0),
        "pf13": lambda: box_median_days(*Q3_25, "b.warehouse_id = 'WH_S'"),
        "pf14": lambda: box_share("b.delivery_days > 3", *month(2026, 2)),
        "pf15": lambda: orders(*Y25, status="refunded", cond="o.refund_reason = 'damaged'"),
        "pf16": lambda: orders_change(Q2_25, Q3_25, "o.refund_reason = 'damaged'", status="refunded"),
        # ---- tasting
        "pf18": lambda: taste_share("refused", *Y25, "t.pet_type = 'cat'"),
        "pf19": lambda: taste_share("refused", *Y25, "t.pet_type = 'dog'"),
        "pf20": lambda: taste_share("refused", *SALMON_WIN, "t.pet_type = 'cat'"),
        "pf21": lambda: top_taste("loved", "t.size_zh", *Y25, "t.pet_type = 'dog'"),
        "pf22": lambda: sub_after_taste("refused", *Y25),
        # ---- money
        "pf23": lambda: orders(*Q3_25),
        "pf24": lambda: orders(*month(2025, 10), cond="o.order_type = 'subscription'"),
        "pf25": lambda: top_orders("o.plan", *Y25, agg="count(*)", cond="o.order_type = 'subscription'", margin=1.15),
        "pf26": lambda: per_customer(*Y25),
        "pf27": lambda: attach_rate(*Y25),
        "pf28": lambda: orders(*H2_25, cond="o.order_type = 'shipping'"),
        "pf29": lambda: orders_change(Q4_25, Q1_26),
        "pf30": lambda: per_customer(*Y25, "c.pet_age_band = 'senior'"),
        "pf31": lambda: orders("2024-01-01", "2026-12-31", status="refunded", cond="o.refund_reason = 'duplicate_charge'"),
        # ---- churn and skips
        "pf32": lambda: events_at("tp_cancel", *Q1_26),
        "pf33": lambda: top_events("tp_cancel", 'e."取消原因"', *Q1_26, margin=1.5),
        "pf34": lambda: cancel_within(90, *H1_25),
        "pf35": lambda: cancel_within(90, *H1_25, "c.source = 'vet_clinic'"),
        "pf36": lambda: events_at("tp_skip", *Y25),
        "pf37": lambda: events_at("tp_skip", *Y25, "e.skip_type = 'pause'"),
        "pf38": lambda: top_skip_rate(*Y25),
        # ---- support
        "pf40": lambda: top_events("tp_support", 'e."咨询类型"', *month(2026, 4), margin=1.3),
        "pf41": lambda: events_at("tp_support", *month(2026, 4), "e.support_reason = 'billing'"),
        "pf42": lambda: events_at("tp_support", *month(2026, 3), "e.support_reason = 'billing'"),
        "pf43": lambda: events_at("tp_support", *ALLERGY_WIN, "e.support_reason = 'allergy'"),
        "pf44": lambda: top_events("tp_support", "e.plan", *ALLERGY_WIN, "e.support_reason = 'allergy'", margin=2.0),
        "pf45": lambda: per_contacting_customer("tp_support", *Y25),
        # ---- time between steps
        "pf46": lambda: gap_days("tp_trial_delivered", "tp_subscribe", *Y25),
        "pf47": lambda: gap_days("tp_discover", "tp_trial_order", *Y25, agg="avg(d)"),
        "pf48": lambda: gap_days("tp_trial_delivered", "tp_subscribe", *Y25, agg="avg((d > 14)::int)"),
        # ---- referrals and tiers
        "pf49": lambda: distinct_customers("tp_referral", *Y25),
        "pf50": lambda: top_referral_tier(),
        # ---- feedback
        "pf52": lambda: fb_topic_count(T["crushed"]),
        "pf53": lambda: top_fb_count("f.warehouse_id", f"{T['crushed']} AND {_in('f.ts', *Q3_25)}", margin=2.0),
        "pf54": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "pf55": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 20),
        "pf56": lambda: fb_avg(f"f.channel = 'delivery_survey' AND f.touchpoint_id = 'tp_trial_delivered' "
                               f"AND {_in('f.ts', *Y25)}"),
        "pf57": lambda: fb_avg(f"f.channel = 'delivery_survey' AND f.touchpoint_id = 'tp_box_delivered' "
                               f"AND {_in('f.ts', *Y25)}"),
        "pf58": lambda: fb_topic_count(T["double"]),
        "pf59": lambda: fb_topic_count(T["loves"]),
        "pf60": lambda: feedback_ids(T["cs_good"]),
        "pf62": lambda: fb_topic_count(f"{T['price']} AND {_in('f.ts', *H1_26)}"),
        "pf64": lambda: fb_topic_count(f"{T['allergy']} AND {_in('f.ts', *ALLERGY_WIN)}"),
        # ---- volumes
        "pf65": lambda: events_at("tp_trial_order", "2025-11-03", "2025-11-09"),
        "pf66": lambda: events_at("tp_box_delivered", "2025-03-03", "2025-03-09"),
        "pf69": lambda: events_at("tp_subscribe", *month(2025, 10)),
        # ---- relative periods
        "pf75": lambda: events_at("tp_subscribe", *month(2026, 4)),
        "pf76": lambda: events_at("tp_subscribe", *month(2026, 3)),
        "pf77": lambda: orders(*Q1_26, status="refunded", cond="o.refund_reason = 'damaged'"),
        "pf78": lambda: events_at("tp_cancel", "2026-01-01", "2026-06-20"),
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
