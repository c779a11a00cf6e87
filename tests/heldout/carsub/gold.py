"""Gold answers for the 随心驾 FlexDrive (monthly car subscription) held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (acquire 14 d, onboarding 30 d, swap 45 d,
  offboarding 30 d); rates are per customer. When the question says later steps after the period end count, only
  that reading is used; otherwise both readings (later steps unbounded / cut at the period end) must agree within the
  tolerance. A filter on the first step (application channel + device) is read from the customer's first step-1 event
  in the period; lead source / driver type / city / age band from customers. "After which step do we lose the most" =
  the step reached whose next step is not reached, largest count (the loss between step k and k+1 belongs to step k),
  both readings agreeing. Drop-off between two steps = 1 - reached(next) / reached(step).
- people: a customer is one driver (one subscription, session_id = subscription id S…, kept over renewals and swaps).
  "applicants" = customers with a `tp_apply` event in the period; credit rejection share = applicants whose
  application got a `tp_credit_reject`. zh top-entity golds use the Chinese twin values where a twin exists (城市,
  用户类型, 获客渠道, 车型级别, 目标车型级别, 损伤类型, 咨询类型, 支付方式), en ones the English values (acquisition_channel,
  driver_type, car_class, payment_method, service_center_en, touchpoint_id).
- deliveries: `tp_delivered` events by delivery ts; late = `late_days` > 0 (delivered after the promised date);
  application -> delivery = days from `tp_apply` to `tp_delivered` of the same subscription, by delivery date. EV share
  of deliveries = car_class on the `tp_delivered` event.
- swaps: each `tp_swap_request` is paired with the first `tp_swap_done` of the same subscription after it (and before
  that subscription's next request); wait = days between them; by request date; target class = to_class / 目标车型级别
  of the request. Shares "over 14 days" are among completed swaps.
- returns: `tp_return` events by return date; a deduction = deduction_amount > 0; average deduction per return counts
  zero-deduction returns; return -> deposit refund = days to the subscription's `tp_deposit_refund`. Renewal rate =
  contract ends (`tp_renew` + `tp_return` events) in the period that were `tp_renew`, per contract end. Months
  subscribed = `months_subscribed` on the return event (one return per customer). NPS = share of return-survey rows
  (channel survey, touchpoint tp_return) with nps 9-10 minus share with nps 0-6, as a fraction, dated in the period.
- money = orders with status `paid` (CNY) by order ts; 月租收入 / monthly-fee revenue = paid `monthly_fee` orders;
  deposits are not revenue; deductions = paid `damage_deduction` orders. A failed charge attempt = a `monthly_fee`
  order with status `failed`; failure rate = failed / (failed + paid) monthly_fee orders (per attempt), by order ts,
  payment method / driver type from the order / customer. Per-subscriber average = paid monthly fees / distinct
  customers with one in the period; per-class "人均" groups by the order's car class.
- customer service: `tp_support` events by ts; wait = `wait_min` (minutes to first response).
- feedback: "comments" = all rows of all channels; "all data" includes rows without a date; negative share =
  `sentiment_label = 'neg'` over rows dated in the period; topic counts by text markers with a 5 % tolerance; rating by
  step = feedback.touchpoint_id over rows with a rating (dated or not); service-centre rating = maintenance survey rows.
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of` (last month / last
  quarter = the previous full calendar month / quarter; this year = Jan 1 .. as_of); a week is Monday..Sunday.
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


def funnel(journey, start, end, cond="1=1", first_cond="1=1", bounded=False):
    """first_cond may use the first step-1 event's columns: f.ch (channel), f.dev (device), f.src (source)."""
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT * FROM (
                    SELECT e.customer_id, min(e.ts) AS t1, min(e.ts) AS t, arg_min(e.channel, e.ts) AS ch,
                           arg_min(e.device, e.ts) AS dev, arg_min(e.source, e.ts) AS src
                    FROM events e JOIN customers c USING (customer_id)
                    WHERE e.touchpoint_id = '{steps[0]}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1) f
                    WHERE {first_cond}""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", first_cond="1=1", both=True, upto=None, frm=1):
    """share of step-`frm` customers reaching the last step (or step `upto`); both=False when the question says
    that later steps after the period end count."""
    vals = []
    for bounded in ((False, True) if both else (False,)):
        c = funnel(journey, start, end, cond, first_cond, bounded=bounded)
        k = len(c) if upto is None else upto
        vals.append(c[k - 1] / c[frm - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def dropoff(journey, start, end, k, cond="1=1"):
    """1 - reached(step k+1) / reached(step k)."""
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, cond, bounded=bounded)
        vals.append(1 - c[k] / c[k - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


def top_lost(journey, start, end, cond="1=1", first_cond="1=1"):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, cond, first_cond, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.2, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def conv_rank(journey, start, end, min_n, by, margin=1.1, cond="1=1", trap=False):
    """per customer group (customers column); minimum group size."""
    steps, _ = _steps(journey)
    res = {}
    for bounded in (False, True):
        funnel(journey, start, end, cond, bounded=bounded)
        last = f"r{len(steps)}"
        rows = q(f"""SELECT {by} g, avg((x.customer_id IS NOT NULL)::int) r, count(*) n FROM r1
                     LEFT JOIN {last} x USING (customer_id) JOIN customers c USING (customer_id)
                     GROUP BY 1 ORDER BY r DESC""")
        big = [r for r in rows if r[2] >= min_n]
        assert big[0][1] > big[1][1] * margin, big
        if trap:   # without the minimum a small group wins
            assert rows[0][0] != big[0][0] and rows[0][2] < min_n, rows
        res[bounded] = (big[0][0], rows)
    assert res[False][0] == res[True][0], res
    return dict(top_entity=res[False][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return count_val(one(f"SELECT count(*) FROM events e JOIN customers c USING (customer_id) "
                         f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"))


def events_share(tp, num, start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg(({num})::int) FROM events e JOIN customers c USING (customer_id)
                            WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def events_median(tp, col, start, end, cond="1=1", agg="median"):
    return dur_val(one(f"""SELECT {agg}({col}) FROM events e JOIN customers c USING (customer_id)
                           WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_events(tp, by, start, end, cond="1=1", margin=1.3, rate=None, min_n=1, agg=None):
    """count of events per group, the group share of events matching `rate`, or an aggregate `agg`."""
    metric = agg or ("count(*)" if rate is None else f"avg(({rate})::int)")
    rows = q(f"""SELECT {by}, {metric} m, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY m DESC""")
    return top(rows, margin)


# ---------- applications, swaps, returns ----------

def tables():
    CON.execute("""CREATE OR REPLACE TABLE sub AS SELECT session_id, any_value(customer_id) customer_id,
        min(ts) FILTER (WHERE touchpoint_id = 'tp_apply') applied,
        min(ts) FILTER (WHERE touchpoint_id = 'tp_credit_pass') passed,
        min(ts) FILTER (WHERE touchpoint_id = 'tp_credit_reject') rejected,
        min(ts) FILTER (WHERE touchpoint_id = 'tp_deposit') deposit,
        min(ts) FILTER (WHERE touchpoint_id = 'tp_delivered') delivered,
        min(ts) FILTER (WHERE touchpoint_id = 'tp_return') returned,
        min(ts) FILTER (WHERE touchpoint_id = 'tp_deposit_refund') refunded
        FROM events WHERE session_id IS NOT NULL GROUP BY 1""")
    assert one("SELECT count(*) FROM sub WHERE applied IS NULL") == 0
    assert one("SELECT count(*) - count(DISTINCT customer_id) FROM sub") == 0
    CON.execute("""CREATE OR REPLACE TABLE sw AS
        WITH r AS (SELECT event_id, session_id, customer_id, ts, to_class, "目标车型级别" to_zh,
                          lead(ts) OVER (PARTITION BY session_id ORDER BY ts) nxt
                   FROM events WHERE touchpoint_id = 'tp_swap_request')
        SELECT r.event_id, any_value(r.customer_id) customer_id, any_value(r.ts) ts, any_value(r.to_class) to_class,
               any_value(r.to_zh) to_zh, min(d.ts) done, epoch(min(d.ts) - any_value(r.ts)) / 86400.0 wait
        FROM r LEFT JOIN events d ON d.session_id = r.session_id AND d.touchpoint_id = 'tp_swap_done' AND d.ts > r.ts
             AND (r.nxt IS NULL OR d.ts < r.nxt)
        GROUP BY 1""")


def applicants_share(num, start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg(({num})::int) FROM sub s JOIN customers c USING (customer_id)
                            WHERE {_in('s.applied', start, end)} AND ({cond})"""))


def top_applicants(by, num, start, end, margin=1.3, min_n=30):
    rows = q(f"""SELECT {by}, avg(({num})::int) m, count(*) n FROM sub s JOIN customers c USING (customer_id)
                 WHERE {_in('s.applied', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY m DESC""")
    return top(rows, margin)


def apply_to_delivery(start, end, agg="median(d)"):
    return dur_val(one(f"""SELECT {agg} FROM (SELECT epoch(delivered - applied) / 86400.0 d, delivered FROM sub
                           WHERE delivered IS NOT NULL) WHERE {_in('delivered', start, end)}"""))


def swap_wait(start, end, cond="1=1", agg="median(wait)"):
    v = one(f"SELECT {agg} FROM sw WHERE done IS NOT NULL AND {_in('ts', start, end)} AND ({cond})")
    return rate_val(v) if agg.startswith("avg((") else dur_val(v)


def top_swap_wait(by, start, end, margin=1.5, min_n=10):
    rows = q(f"""SELECT {by}, median(wait) m, count(*) n FROM sw WHERE done IS NOT NULL AND {_in('ts', start, end)}
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY m DESC""")
    return top(rows, margin)


def refund_days(start, end, cond="1=1"):
    return dur_val(one(f"""SELECT median(epoch(s.refunded - s.returned) / 86400.0) FROM sub s
                           JOIN events e ON e.session_id = s.session_id AND e.touchpoint_id = 'tp_return'
                           WHERE s.refunded IS NOT NULL AND {_in('s.returned', start, end)} AND ({cond})"""))


def renew_rate(start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg((e.touchpoint_id = 'tp_renew')::int) FROM events e JOIN customers c
                            USING (customer_id) WHERE e.touchpoint_id IN ('tp_renew', 'tp_return')
                            AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_renew(by, start, end, margin=1.1):
    rows = q(f"""SELECT {by}, avg((e.touchpoint_id = 'tp_renew')::int) m, count(*) n FROM events e JOIN customers c
                 USING (customer_id) WHERE e.touchpoint_id IN ('tp_renew', 'tp_return') AND {_in('e.ts', start, end)}
                 GROUP BY 1 ORDER BY m DESC""")
    return top(rows, margin)


# ---------- orders ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return count_val(v) if agg.startswith("count") else money_val(v)


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return rate_val((y - x) / x)


FEE = "o.order_type = 'monthly_fee'"


def fail_rate(start, end, cond="1=1"):
    return rate_val(one(f"""SELECT avg((o.status = 'failed')::int) FROM orders o JOIN customers c USING (customer_id)
                            WHERE {FEE} AND o.status IN ('paid', 'failed') AND {_in('o.ts', start, end)} AND ({cond})"""))


def top_fail(by, start, end, margin=1.5):
    rows = q(f"""SELECT {by}, avg((o.status = 'failed')::int) m, count(*) n FROM orders o JOIN customers c
                 USING (customer_id) WHERE {FEE} AND o.status IN ('paid', 'failed') AND {_in('o.ts', start, end)}
                 GROUP BY 1 ORDER BY m DESC""")
    return top(rows, margin)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def per_customer_top(by, start, end, cond="1=1", margin=1.1):
    rows = q(f"""SELECT {by}, sum(o.amount) / count(DISTINCT o.customer_id) m FROM orders o JOIN customers c
                 USING (customer_id) WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})
                 GROUP BY 1 ORDER BY m DESC""")
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


def nps(cond):
    return rate_val(one(f"""SELECT avg((f.nps >= 9)::int) - avg((f.nps <= 6)::int) FROM feedback f
                            WHERE f.nps IS NOT NULL AND {cond}"""))


def bottom_fb_avg(by, cond, min_n, margin=0.2, trap=True):
    sql = """SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond}
             AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {n} ORDER BY a"""
    rows = q(sql.format(by=by, cond=cond, n=min_n))
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    if trap:
        small = q(sql.format(by=by, cond=cond, n=1))
        assert small[0][0] != rows[0][0] and small[0][2] < min_n, small[:3]
    return dict(top_entity=rows[0][0])


def top_fb_avg(by, cond, min_n, margin=0.2, trap=True):
    sql = """SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond}
             AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {n} ORDER BY a DESC"""
    rows = q(sql.format(by=by, cond=cond, n=min_n))
    assert rows[0][1] - rows[1][1] > margin, rows[:3]
    if trap:
        small = q(sql.format(by=by, cond=cond, n=1))
        assert small[0][0] != rows[0][0] and small[0][2] < min_n, small[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    return top(rows, margin)


LATE_T = _like("f.text", ["晚了", "推迟", "late"])
SWAP_T = _like("f.text", ["换车", "swap"])
DAMAGE_T = _like("f.text", ["验车", "deduct", "hidden"])
APP_T = _like("f.text", ["好用", "easy"])
CS_T = _like("f.text", ["客服", "customer service"])
DEPOSIT_T = _like("f.text", ["押金支付", "pay the deposit"])
NEG = "f.sentiment_label = 'neg'"

Y25 = ("2025-01-01", "2025-12-31")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
Q3_24 = quarter(2024, 3)
Q3_25 = quarter(2025, 3)
Q4_25 = quarter(2025, 4)
Q1_26 = quarter(2026, 1)
Q2_26 = quarter(2026, 2)
BJ_NEW = ("2025-09-01", "2026-06-30")
BJ_OLD = ("2024-09-01", "2025-08-31")
JANFEB26 = ("2026-01-01", "2026-02-28")
NOVDEC25 = ("2025-11-01", "2025-12-31")
FEBMAR26 = ("2026-02-01", "2026-03-31")
APR26 = month(2026, 4)
ALL = ("2024-01-01", "2026-12-31")


def gold():
    tables()
    return {
        # ---- finding us, applying, credit check, deposit, delivery
        "cs01": lambda: conv_rank("onboarding", *H1_26, min_n=50, by="c.acquisition_channel", margin=1.15, trap=True),
        "cs02": lambda: conv("onboarding", *H1_26, cond="c.acquisition_channel = 'douyin'"),
        "cs03": lambda: applicants_share("s.rejected IS NOT NULL", *Y25),
        "cs04": lambda: top_applicants('c."获客渠道"', "s.rejected IS NOT NULL", *Y25, margin=1.5),
        "cs05": lambda: conv("onboarding", *Q3_25, both=False),
        "cs06": lambda: top_lost("onboarding", *Y25),
        "cs07": lambda: dropoff("onboarding", *Y25, 2),
        "cs08": lambda: conv("acquire", *Y25, cond="c.acquisition_channel = 'autohome'"),
        "cs09": lambda: apply_to_delivery(*Y25),
        "cs10": lambda: events_share("tp_delivered", "e.late_days > 0", *Q4_25, "e.city = 'Shenzhen'"),
        "cs11": lambda: events_share("tp_delivered", "e.late_days > 0", *Q4_25, "e.city <> 'Shenzhen'"),
        "cs12": lambda: top_events("tp_delivered", 'e."城市"', *Q4_25, rate="e.late_days > 0", margin=3.0),
        "cs14": lambda: events_at("tp_delivered", *month(2025, 10)),
        "cs15": lambda: events_at("tp_apply", "2025-03-03", "2025-03-09"),
        "cs17": lambda: fb_avg(f"f.touchpoint_id = 'tp_delivered' AND f.city = 'Shenzhen' AND {_in('f.ts', *Q4_25)}"),
        # ---- monthly fees and payments
        "cs19": lambda: orders(*Q3_25, cond=FEE),
        "cs20": lambda: orders_change(Q3_25, Q4_25, cond=FEE),
        "cs22": lambda: fail_rate(*month(2026, 2), "o.payment_method = 'credit_card'"),
        "cs23": lambda: fail_rate(*month(2025, 12), "o.payment_method = 'credit_card'"),
        "cs24": lambda: top_fail("o.payment_method", *FEBMAR26, margin=3.0),
        "cs25": lambda: top_fail("c.driver_type", *Y25, margin=1.8),
        "cs26": lambda: per_customer(*Y25, FEE),
        "cs27": lambda: per_customer_top('o."车型级别"', *Y25, FEE, margin=1.3),
        "cs28": lambda: events_share("tp_delivered", "e.car_class = 'ev'", *Q2_26),
        "cs29": lambda: events_share("tp_delivered", "e.car_class = 'ev'", *Q3_24),
        "cs30": lambda: orders(*Y25, cond="o.order_type = 'damage_deduction'"),
        # ---- swaps
        "cs31": lambda: swap_wait(*H2_25, "to_class = 'ev'"),
        "cs32": lambda: swap_wait(*H2_25, "to_class <> 'ev'"),
        "cs33": lambda: swap_wait(*H2_25, agg="avg((wait > 14)::int)"),
        "cs34": lambda: top_swap_wait("to_zh", *H2_25, margin=2.0),
        "cs35": lambda: conv("swap", *Y25, both=False),
        "cs36": lambda: fb_topic_count(SWAP_T),
        # ---- returns, deductions, deposit refunds
        "cs37": lambda: events_share("tp_return", "e.deduction_amount > 0", *BJ_NEW, "e.city = 'Beijing'"),
        "cs38": lambda: events_share("tp_return", "e.deduction_amount > 0", *BJ_OLD, "e.city = 'Beijing'"),
        "cs39": lambda: top_events("tp_return", 'e."城市"', *Q4_25, agg="avg(e.deduction_amount)", margin=2.0),
        "cs40": lambda: refund_days(*BJ_NEW, "e.city = 'Beijing' AND e.deduction_amount > 0"),
        "cs41": lambda: conv("offboarding", *Q1_26, both=False),
        "cs42": lambda: fb_topic_count(DAMAGE_T),
        "cs43": lambda: top_fb_count('f."城市"', DAMAGE_T, margin=2.0),
        "cs45": lambda: nps(f"f.channel = 'survey' AND f.touchpoint_id = 'tp_return' AND {_in('f.ts', *Y25)}"),
        # ---- renewals
        "cs46": lambda: renew_rate(*Y25),
        "cs47": lambda: top_renew('c."用户类型"', *Y25, margin=1.1),
        "cs48": lambda: renew_rate(*Y25, "c.driver_type = 'expat'"),
        "cs49": lambda: renew_rate(*H2_25),
        "cs50": lambda: events_median("tp_return", "e.months_subscribed", *Y25, agg="avg"),
        # ---- customer service
        "cs51": lambda: events_median("tp_support", "e.wait_min", *JANFEB26),
        "cs52": lambda: events_median("tp_support", "e.wait_min", *NOVDEC25),
        "cs53": lambda: events_share("tp_support", "e.wait_min > 30", *month(2026, 2)),
        "cs55": lambda: fb_topic_count(f"{CS_T} AND {_in('f.ts', *JANFEB26)}"),
        "cs56": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.2),
        # ---- maintenance and damage
        "cs57": lambda: top_fb_avg("f.service_center_en", "f.touchpoint_id = 'tp_maintenance'", 30, margin=0.2),
        "cs59": lambda: top_events("tp_damage_report", 'e."损伤类型"', *Y25, margin=1.5),
        # ---- feedback
        "cs61": lambda: fb_ratio(NEG, _in("f.ts", *Y25)),
        "cs63": lambda: feedback_ids(APP_T),
        # ---- Android deposit bug
        "cs70": lambda: conv("onboarding", *APR26, first_cond="f.ch = 'app' AND f.dev = 'android'", upto=3, both=False),
        "cs71": lambda: conv("onboarding", *APR26, first_cond="f.ch = 'app' AND f.dev = 'ios'", upto=3, both=False),
        "cs72": lambda: fb_topic_count(f"{DEPOSIT_T} AND {_in('f.ts', *APR26)}"),
        # ---- relative periods, twins
        "cs73": lambda: events_at("tp_delivered", *month(2026, 5)),
        "cs74": lambda: orders(*Q1_26, cond=FEE),
        "cs75": lambda: orders(*Q4_25, cond=FEE),
        "cs76": lambda: events_at("tp_apply", "2026-01-01", "2026-06-30"),
        "cs77": lambda: applicants_share("s.passed IS NOT NULL", *Y25, "c.\"年龄段\" = '26-35岁'"),
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
