"""Gold answers for the 轻驮同城 PedalHaul cargo-bike courier held-out batch: plain DuckDB SQL over the raw CSVs
written by generate.py (never the product).

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "merchants" / "customers" = distinct customer_id (merchants are the customers; recipients are not customers);
- funnels follow DATA.md, per merchant: a merchant reaches step k when they have an event at step k's touchpoint (any
  action: a rejected verification still reaches the verification step) after reaching step k-1, within the journey
  window from their first step-1 event in the period (merchant_onboarding 30 d, sales_pipeline 14 d, delivery 2 d,
  dispute_refund 30 d, plan_upgrade 30 d). The tolerance covers both readings (later steps may fall after the period
  end, or not) unless the question says later steps count. A sign-up channel filters the merchant's first step-1
  event in the period by that event's `channel`; a merchant type filters customers.segment. "Where do we lose the
  most" = the step whose next step is not reached by the most merchants (answer: that step's touchpoint_id);
- per-booking questions are shares / counts of a step's own records: bookings = tp_booking events (session_id =
  delivery_id); "cancelled because no rider" = bookings of the period (by booking ts) whose delivery has a tp_cancel
  event with cancel_reason 'no_rider' (tolerance covers counting the cancellations by their own ts); failed / late
  drop rates = tp_delivery_attempt 'failed' / 'delivered_late' among all attempts (first and second); rider wait =
  tp_pickup wait_min; proof-of-delivery shares = tp_pod pod_type; dispute reasons = tp_dispute 'opened' events;
  billing errors = tp_weekly_bill billing_error among bills issued; churn = tp_churn events; verification first-try
  approval = 'approved' among attempt_no 1 verification events;
- money = orders with status 'paid' by order ts, `amount` in CNY (GBP 9.1, AUD 4.7, EUR 7.8 at the fixed group rate);
  amount_local only when a local currency is asked. Revenue = pay-as-you-go deliveries + weekly bills + plan fees
  (status 'paid'); refunds are their own orders (order_type 'refund', status 'refunded', positive amount) and never
  revenue; overdue bills are status 'overdue';
- zh top entities are Chinese values (hub, 失败原因, 流失原因, 驳回原因, 商户类型 ...), en ones English / raw values
  (hub_en, fail_reason, churn_reason, segment, channel ...) or touchpoint_id;
- feedback: "all data" includes rows without ts; topic counts by text markers (tolerance 5 %, checked against
  _truth/feedback_truth.csv); merchant survey = channel 'survey' (rating 1-5 + NPS 0-10), recipient ratings = channel
  'recipient_sms'; negative = rating 1-2; NPS = share of 9-10 minus share of 0-6 over survey rows, as a fraction;
- periods are inclusive calendar dates; relative periods resolve against the item's as_of; weeks Monday..Sunday.
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
    for t in ("touchpoints", "journeys", "orders", "feedback", "customers", "events"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true, "
                    "sample_size=-1)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    truth = data / "_truth" / "feedback_truth.csv"
    if truth.exists():
        CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{truth}', header=true, all_varchar=true)")


def q(sql):
    return CON.execute(sql).fetchall()


def one(sql):
    return q(sql)[0][0]


def _in(col, start, end):
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join("lower(" + col + ") LIKE '%" + w.lower().replace("'", "''") + "%'" for w in words) + ")"


def _rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def _rate2(a, b):
    """two readings of one rate: the first is the gold, the tolerance covers the second."""
    return dict(value=round(float(a), 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def _count(n):
    return dict(value=int(n), tolerance=0.5)


# ---------- funnels (per merchant, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    """merchants reaching each step; cond may use e.* (the first step-1 event in the period) and c.*."""
    steps, window = _steps(journey)
    lim = f"WHERE ts < DATE '{end}' + INTERVAL 1 DAY" if bounded else ""
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS SELECT customer_id, ts, touchpoint_id FROM events {lim}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS
        SELECT customer_id, t1, t1 AS t FROM (
          SELECT e.customer_id, e.ts AS t1, ({cond}) AS ok,
                 row_number() OVER (PARTITION BY e.customer_id ORDER BY e.ts, e.event_id) rn
          FROM events e JOIN customers c USING (customer_id)
          WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)}) WHERE rn = 1 AND ok""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", upto=None, frm=0, later=False):
    """later=True: the question says later steps count (the window may run past the period end)."""
    vals = []
    for bounded in ((False,) if later else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        k = len(c) - 1 if upto is None else upto
        vals.append(c[k] / c[frm])
    return _rate2(vals[0], vals[-1])


def rank_conv(journey, start, end, by, groups, margin=1.1, lowest=False, min_n=30):
    tops = set()
    for bounded in (False, True):
        rows = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] >= min_n:
                rows.append((g, c[-1] / c[0]))
        rows.sort(key=lambda r: r[1], reverse=not lowest)
        assert (rows[1][1] > rows[0][1] * margin) if lowest else (rows[0][1] > rows[1][1] * margin), rows[:3]
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_lost(journey, start, end, margin=1.2, cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- events ----------

def events_count(tp, start, end, cond="1=1"):
    return _count(one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                      f"AND ({cond})"))


def events_avg(tp, col, start, end, cond="1=1", tol_rel=0.02):
    v = float(one(f"SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 2), tolerance=round(max(0.1, abs(v) * tol_rel), 2))


def share_of(tp, num, start, end, cond="1=1"):
    return one(f"SELECT avg(({num})::int) FROM events e WHERE e.touchpoint_id = '{tp}' "
               f"AND {_in('e.ts', start, end)} AND ({cond})")


def events_share(tp, num, start, end, cond="1=1"):
    return _rate(share_of(tp, num, start, end, cond))


def top_events_share(tp, num, by, start, end, margin=1.2, min_n=30, cond="1=1"):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' "
             f"AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 "
             f"HAVING count(*) >= {min_n} ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_events_count(tp, by, start, end, cond="1=1", margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def no_rider_share(start, end):
    a = one(f"""SELECT avg((c.session_id IS NOT NULL)::int) FROM events b
                LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = 'tp_cancel'
                           AND cancel_reason = 'no_rider') c USING (session_id)
                WHERE b.touchpoint_id = 'tp_booking' AND {_in('b.ts', start, end)}""")
    n = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = 'tp_cancel' AND e.cancel_reason = 'no_rider' "
            f"AND {_in('e.ts', start, end)}")
    d = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = 'tp_booking' AND {_in('e.ts', start, end)}")
    return _rate2(a, n / d)


def attempt_share(action, start, end, cond="1=1"):
    """share of delivery attempts; the tolerance covers the reading 'among delivered drops' for late."""
    a = share_of("tp_delivery_attempt", f"e.action = '{action}'", start, end, cond)
    b = share_of("tp_delivery_attempt", f"e.action = '{action}'", start, end, f"({cond}) AND e.action <> 'failed'") \
        if action == "delivered_late" else a
    return _rate2(a, b)


# ---------- orders / customers ----------

def _money(v):
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


def orders_sum(start, end, cond="1=1", col="o.amount", status="paid"):
    return _money(one(f"SELECT sum({col}) FROM orders o WHERE o.status = '{status}' AND {_in('o.ts', start, end)} "
                      f"AND ({cond})"))


def orders_share(num, start, end, cond="1=1"):
    return _rate(one(f"SELECT sum(CASE WHEN {num} THEN o.amount ELSE 0 END) / sum(o.amount) FROM orders o "
                     f"WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})"))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return _rate((y - x) / x)


def order_avg(start, end, cond="1=1", col="o.amount"):
    v = one(f"SELECT avg({col}) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.005), 2))


def top_orders(by, start, end, cond="1=1", margin=1.1, join=""):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o {join} WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return _count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def customers_share(num, cond="1=1"):
    return _rate(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"))


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
    wrong = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) WHERE ({cond}) "
                f"AND truth.topic <> '{topic}'")
    missed = one(f"SELECT count(*) FROM feedback f JOIN truth USING (feedback_id) "
                 f"WHERE truth.topic = '{topic}' AND NOT ({cond})")
    assert wrong == 0 and missed == 0, (topic, wrong, missed)


def fb_topic_count(cond, period="1=1"):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond} AND {period}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, col="f.rating", tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return _rate(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"))


def nps_share(cond):
    return _rate(one(f"SELECT avg((nps >= 9)::int) - avg((nps <= 6)::int) FROM feedback f "
                     f"WHERE nps IS NOT NULL AND {cond}"))


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- names ----------
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
JAN_MAY_26 = ("2026-01-01", "2026-05-31")
Q1_25, Q1_26, Q4_25 = quarter(2025, 1), quarter(2026, 1), quarter(2025, 4)
MAR_MAY_26 = ("2026-03-01", "2026-05-31")
OCT25, SEP25, NOV25, DEC25, JAN26 = month(2025, 10), month(2025, 9), month(2025, 11), month(2025, 12), month(2026, 1)
VDAY26 = ("2026-02-14", "2026-02-14")
(SIGNUP, VERIFY, BOOK, CANCEL, PICK, ATTEMPT, POD, BILL, DISPUTE, REFUND, OFFER, CHURN) = (
    "tp_signup", "tp_verification", "tp_booking", "tp_cancel", "tp_pickup", "tp_delivery_attempt", "tp_pod",
    "tp_weekly_bill", "tp_dispute", "tp_refund", "tp_upgrade_offer", "tp_churn")
SURVEY = "f.channel = 'survey'"
RECIP = "f.channel = 'recipient_sms'"
MARKERS = {
    "no_rider": ["没骑手", "没有骑手", "no rider", "rider never"],
    "not_received": ["显示已签收", "显示已送达", "marked as delivered", "marked delivered"],
    "late": ["送晚了", "迟到", "arrived late", "was late"],
    "damaged": ["压坏", "洒了", "squashed", "crushed", "spilled"],
    "billing": ["重复扣费", "扣了两次", "账单算错", "charged twice", "double charged", "billed twice"],
    "verification": ["认证", "许可证", "verification", "verify"],
    "failed_fee": ["派送失败", "failed delivery fee", "failed attempt"],
    "price": ["太贵", "涨价", "too expensive", "price increase", "price rise"],
    "refund_slow": ["退款", "refund"],
    "praise_rider": ["骑手很", "小哥很", "rider was", "riders are"],
    "praise_eco": ["环保", "eco-friendly", "zero emission"],
    "app_easy": ["方便", "简单", "easy to", "simple"],
    "on_time": ["准时", "on time"],
    "suggestion": ["建议", "suggest", "would be nice"],
}
TOPIC = {k: _like("f.text", v) for k, v in MARKERS.items()}
HUB = {k: f"e.hub_id = '{k}'" for k in ("H1", "H2", "H3", "H4", "H5", "H6")}


def gold():
    signed = "c.signup_at IS NOT NULL"
    return {
        # ---- funnels
        "cb01": lambda: conv("merchant_onboarding", *Y25),
        "cb02": lambda: rank_conv("merchant_onboarding", *Y25, by="e.channel",
                                  groups=["app", "mini_program", "web", "sales_visit"], lowest=True, margin=1.3),
        "cb03": lambda: conv("merchant_onboarding", *Y25, cond="e.channel = 'sales_visit'"),
        "cb04": lambda: conv("merchant_onboarding", "2026-01-01", "2026-04-30", cond="e.channel = 'mini_program'",
                             later=True),
        "cb05": lambda: conv("sales_pipeline", *H1_25),
        "cb06": lambda: conv("plan_upgrade", *Y25, later=True),
        "cb07": lambda: conv("plan_upgrade", *Y25, cond="c.segment = 'florist'", later=True),
        "cb08": lambda: conv("dispute_refund", *Y25, later=True),
        "cb09": lambda: top_lost("merchant_onboarding", *Q4_25),
        # ---- step records
        "cb10": lambda: no_rider_share(*OCT25),
        "cb11": lambda: no_rider_share(*SEP25),
        "cb12": lambda: events_avg(PICK, "e.wait_min", *OCT25),
        "cb13": lambda: events_avg(PICK, "e.wait_min", *NOV25),
        "cb14": lambda: top_events_share(ATTEMPT, "e.action = 'failed'", "e.hub_en", *Y25, margin=1.4),
        "cb15": lambda: top_events_count(ATTEMPT, 'e."失败原因"', *Y25, "e.action = 'failed'", margin=1.8),
        "cb16": lambda: attempt_share("delivered_late", *Y25, HUB["H2"]),
        "cb17": lambda: top_events_share(ATTEMPT, "e.action = 'delivered_late'", "e.hub_en", *Y25, margin=1.1),
        "cb18": lambda: attempt_share("delivered_late", *VDAY26,
                                      "e.customer_id IN (SELECT customer_id FROM customers WHERE segment = 'florist')"),
        "cb19": lambda: events_count(BOOK, *VDAY26,
                                     "e.customer_id IN (SELECT customer_id FROM customers WHERE segment = 'florist')"),
        "cb20": lambda: events_share(POD, "e.pod_type = 'safe_place'", *Y25, HUB["H5"]),
        "cb21": lambda: top_events_share(POD, "e.pod_type = 'safe_place'", "e.hub", *Y25, margin=2),
        "cb22": lambda: top_events_count(DISPUTE, "e.dispute_reason", *Y25, "e.action = 'opened'", margin=1.4),
        "cb23": lambda: events_share(DISPUTE, "e.dispute_reason = 'not_received'", *Y25,
                                     f"e.action = 'opened' AND {HUB['H5']}"),
        "cb24": lambda: events_share(BILL, "e.billing_error", *JAN26, HUB["H4"]),
        "cb25": lambda: events_count(BILL, *JAN26, f"e.billing_error AND {HUB['H4']}"),
        "cb26": lambda: events_count(DISPUTE, *JAN26,
                                     f"e.action = 'opened' AND e.dispute_reason = 'billing_error' AND {HUB['H4']}"),
        "cb27": lambda: events_count(CHURN, *MAR_MAY_26, HUB["H3"]),
        "cb28": lambda: top_events_count(CHURN, 'e."流失原因"', *MAR_MAY_26, HUB["H3"], margin=3),
        "cb29": lambda: top_events_count(CHURN, "e.churn_reason", *Y25, margin=1.3),
        "cb30": lambda: events_share(VERIFY, "e.action = 'approved'", *Y25, "e.attempt_no = 1"),
        "cb31": lambda: top_events_count(VERIFY, 'e."驳回原因"', *Y25,
                                         "e.action = 'rejected' AND e.channel = 'mini_program'", margin=2),
        "cb32": lambda: events_count(VERIFY, *Y25, "e.action = 'rejected'"),
        "cb33": lambda: events_count(BOOK, "2025-12-08", "2025-12-14"),
        "cb34": lambda: events_count(BOOK, *month(2026, 5)),
        "cb35": lambda: top_events_count(BOOK, "e.channel", *Y25, margin=2),
        "cb36": lambda: events_share(BOOK, "e.channel = 'api'", *Y25, "e.plan = 'business'"),
        "cb37": lambda: events_count(OFFER, *Q1_26),
        # ---- money
        "cb38": lambda: orders_sum(*Y25),
        "cb39": lambda: top_orders("o.hub", *Y25, margin=1.1),
        "cb40": lambda: orders_change(Q1_25, Q1_26),
        "cb41": lambda: orders_sum(*Y25, "o.order_type = 'weekly_bill'"),
        "cb42": lambda: orders_sum(*Y25, "o.order_type = 'refund'", status="refunded"),
        "cb43": lambda: orders_sum("2026-01-01", "2026-02-28", "o.order_type = 'refund' AND o.hub_id = 'H4'",
                                   col="o.amount_local", status="refunded"),
        "cb44": lambda: order_avg(*Y25, "o.order_type = 'delivery'"),
        "cb45": lambda: orders_share("o.order_type = 'plan_fee'", *Y25),
        "cb46": lambda: orders_sum(*month(2026, 5), "o.order_type = 'plan_fee'"),
        "cb47": lambda: orders_sum(*month(2026, 4), "o.order_type = 'plan_fee'"),
        "cb48": lambda: orders_sum("2024-09-01", "2026-05-31", "o.order_type = 'weekly_bill'", status="overdue"),
        "cb49": lambda: top_orders("c.segment", *Y25, margin=1.5, join="JOIN customers c USING (customer_id)"),
        # ---- merchants
        "cb50": lambda: customers_count("c.tier = 'business' AND c.status = 'active'"),
        "cb51": lambda: customers_share("c.acquisition_channel = 'sales_visit'", signed),
        "cb52": lambda: top_customers('c."商户类型"', signed, margin=1.2),
        # ---- feedback
        "cb53": lambda: fb_topic_count(TOPIC["not_received"]),
        "cb54": lambda: top_fb_count("f.touchpoint_id", TOPIC["not_received"], margin=3),
        "cb55": lambda: top_fb_count("f.hub", TOPIC["not_received"], margin=1.5),
        "cb56": lambda: fb_topic_count(TOPIC["no_rider"], _in("f.ts", *OCT25)),
        "cb57": lambda: nps_share(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "cb58": lambda: fb_avg(f"{SURVEY} AND {_in('f.ts', *JAN_MAY_26)}"),
        "cb59": lambda: fb_avg(f"{RECIP} AND {_in('f.ts', *Y25)}"),
        "cb60": lambda: fb_ratio("f.rating <= 2", f"{RECIP} AND {_in('f.ts', *Y25)}"),
        "cb61": lambda: fb_topic_count(TOPIC["billing"]),
        "cb62": lambda: feedback_ids(TOPIC["refund_slow"]),
        "cb63": lambda: fb_topic_count(TOPIC["praise_rider"]),
        "cb64": lambda: fb_topic_count(TOPIC["damaged"]),
        "cb65": lambda: fb_avg(f"{SURVEY} AND f.hub_id = 'H3' AND {_in('f.ts', *JAN_MAY_26)}", tol=0.05),
    }


def checks():
    for topic, cond in TOPIC.items():
        _check_topic(cond, topic)


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    if one("SELECT count(*) FROM information_schema.tables WHERE table_name = 'truth'"):
        checks()
    fns = dict(gold())
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
    langs = [it["lang"] for it in items]
    print(f"{len(items)} items: zh {langs.count('zh')} / en {langs.count('en')}; status",
          {s: sum(1 for it in items if it['expect']['status'] == s) for s in ('ok', 'unsupported', 'clarify')},
          "follow-ups", sum(1 for it in items if 'follow_up_of' in it), "as_of", sum(1 for it in items if 'as_of' in it))
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
