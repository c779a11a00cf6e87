"""Gold answers for the 听见 ClearSound (hearing-aid retail chain) held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "people" / "leads" = customer_id; every rate is per customer unless the question says otherwise.
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (acquire 60 d, trial_to_buy 30 d,
  aftercare 120 d); the tolerance covers both readings (later steps allowed after the period end, or not).
  "Where do we lose the most" = the step reached whose next step is not reached, largest count (the loss between
  step k and k+1 is attributed to step k). Per-source funnels group by customers.acquisition_channel (the same as
  the lead event's lead_source).
- step-to-step rates ("of customers who started a trial in H2 2025, what share bought"): customers whose first A
  event falls in the period (by date), with a B event after it at any time (or within N days when the question says
  so); test no-show = booked a test (`tp_test_booked`) and no `tp_test_done` afterwards.
- times between steps: per customer, first B after the first A, over customers that reached both, the period by the
  date of A; "more than X days" is strict; days are fractional (epoch difference / 86400).
- money = orders with status `paid`; `refunded` (returned within the 30-day guarantee) and `cancelled` orders are no
  revenue. Subsidies / insurance credits are separate order lines with negative amounts (order_type `subsidy`, paid
  when their device order is paid): "net revenue" = sum of all paid lines including the negative ones; "device sales
  (before subsidies)" = paid `device` lines only. Spend per paying customer = net paid amount / customers with a paid
  order in the period. Return (refund) rate = refunded / (paid + refunded) device orders by order date.
- buyers / purchases = `tp_purchase` events (one per buyer); device-order shares are over paid device orders unless
  the question says otherwise.
- customer attributes from customers.csv (city / 城市, age_band / 年龄段, hearing_loss / 听损程度, payer_relation /
  付款人关系, acquisition_channel / 获客渠道, home store); zh top-entity golds use the Chinese twin where the column has
  one (城市, 听损程度, 付款人关系, 型号档次, store), en ones the English values (store_en, acquisition_channel, tier,
  touchpoint_id, device, repair_reason). Store of a step = the event's store_id (equal to the customer's home store).
- app pairing: `tp_app_pair` events (one per attempt, device = phone OS), action success / fail; "failure rate" =
  failed attempts / attempts. Follow-up call coverage = buyers with a `tp_followup_call` event (reached or not)
  within N days of purchase; "reached" = action `reached`.
- per-buyer averages: events per customer whose (first) purchase is in the period, customers without any such event
  counted as 0. Repair share = buyers in the period with a later `tp_repair`. Peak month / week = the largest count in
  the trend table (the number must appear in it).
- why-questions with `citations_from`: at least half the quoted comments must be about the planted cause.
- feedback: "comments" = all rows of all channels; "all feedback" includes rows without a date; period questions use
  dated rows only; negative share = generator truth `sentiment_label = 'neg'`; topic counts by text markers with a
  5 % tolerance; rating by step = feedback.touchpoint_id over rows with a rating; recommend score = call-note `nps`.
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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower().replace(chr(39), chr(39) * 2)}%'" for w in words) + ")"


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, cond="1=1"):
    """counts per step; `cond` filters on the customer (alias c) and their first step-1 event in the period (e)."""
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT e.customer_id, e.ts AS t1, e.ts AS t FROM
                    (SELECT *, row_number() OVER (PARTITION BY customer_id ORDER BY ts, event_id) rn FROM events
                     WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)}) e
                    LEFT JOIN customers c USING (customer_id) WHERE e.rn = 1 AND ({cond})""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, cond="1=1", upto=None, frm=1):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, cond=cond)
        last = c[-1] if upto is None else c[upto - 1]
        vals.append(last / c[frm - 1])
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


def rank_conv(journey, start, end, by, min_n=1, desc=True, margin=0.03):
    """rank groups (values of `by` on customers c) by whole-funnel conversion."""
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM customers c WHERE {by} IS NOT NULL")]
    tops = set()
    for bounded in (False, True):
        res = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0]:
                res.append((g, c[-1] / c[0], c[0]))
        big = sorted([r for r in res if r[2] >= min_n], key=lambda r: r[1], reverse=desc)
        assert abs(big[0][1] - big[1][1]) > margin, big[:3]
        tops.add(big[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- step-to-step, per customer ----------

def _first(tp, where="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY customer_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}' AND ({where})) WHERE rn = 1)"""


def cust_rate(a_tp, b_tp, start, end, cond="1=1", missing=False, within=None, by=None, having="1=1", desc=True):
    """share of customers with a first `a_tp` in the period that have (missing=True: lack) a later `b_tp`."""
    sel = f"{by}, " if by else ""
    win = f" AND b.ts <= a.t + INTERVAL {within} DAY" if within else ""
    hit = "NOT EXISTS" if missing else "EXISTS"
    order = "DESC" if desc else "ASC"
    sql = f"""SELECT {sel}avg(({hit} (SELECT 1 FROM events b WHERE b.customer_id = a.customer_id
                 AND b.touchpoint_id = '{b_tp}' AND b.ts > a.t{win}))::int) r, count(*) n
              FROM {_first(a_tp)} a LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {f'GROUP BY 1 HAVING {having} ORDER BY r {order}' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", missing=False, within=None):
    v = cust_rate(a_tp, b_tp, start, end, cond, missing=missing, within=within)[0][0]
    return dict(value=round(v, 4), tolerance=0.01)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", having="1=1", missing=False, desc=True, margin=1.15,
              check_small=False, within=None):
    rows = cust_rate(a_tp, b_tp, start, end, cond, by=by, having=having, missing=missing, desc=desc, within=within)
    if desc:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    else:
        assert rows[0][1] * margin < rows[1][1], rows[:3]
    if check_small:   # the ranking must change when small groups are let in (the minimum size matters)
        allr = cust_rate(a_tp, b_tp, start, end, cond, by=by, missing=missing, desc=desc, within=within)
        assert allr[0][0] != rows[0][0], allr[:3]
    return dict(top_entity=rows[0][0])


def _pairs(a_tp, b_tp):
    return f"""(SELECT a.customer_id, a.t AS ta, min(b.ts) AS tb, any_value(a.store_id) AS store_id,
               any_value(a.store_en) AS store_en
               FROM {_first(a_tp)} a JOIN events b ON b.customer_id = a.customer_id AND b.touchpoint_id = '{b_tp}'
               AND b.ts > a.t GROUP BY 1, 2)"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median"):
    v = one(f"""SELECT {agg}(epoch(p.tb - p.ta) / 86400.0) FROM {_pairs(a_tp, b_tp)} p
                LEFT JOIN customers c USING (customer_id) WHERE {_in('p.ta', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


def step_time_share(a_tp, b_tp, start, end, thr, cond="1=1"):
    v = one(f"""SELECT avg((epoch(p.tb - p.ta) / 86400.0 > {thr})::int) FROM {_pairs(a_tp, b_tp)} p
                LEFT JOIN customers c USING (customer_id) WHERE {_in('p.ta', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_step_time(a_tp, b_tp, start, end, by, min_n, margin=1.3):
    rows = q(f"""SELECT {by}, median(epoch(p.tb - p.ta) / 86400.0) m, count(*) n FROM {_pairs(a_tp, b_tp)} p
                 LEFT JOIN customers c USING (customer_id) WHERE {_in('p.ta', start, end)}
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY m DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1", distinct=False):
    agg = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return dict(value=one(f"SELECT {agg} FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_ratio(tp, num, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 4), tolerance=0.01)




def top_events(tp, by, start, end, cond="1=1", margin=1.3):
    rows = q(f"""SELECT {by}, count(*) n FROM events e LEFT JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def peak_period(tp, start, end, unit="month", cond="1=1"):
    """the count of the busiest month / week (Monday weeks) - the number must appear in the trend table."""
    rows = q(f"""SELECT date_trunc('{unit}', e.ts) p, count(*) n FROM events e LEFT JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * 1.05, rows[:3]
    return dict(value=rows[0][1], tolerance=0.5)


def per_buyer(tp, start, end, cond="1=1"):
    """average number of `tp` events per customer who bought (tp_purchase) in the period (zero counts included)."""
    v = one(f"""SELECT avg(n) FROM (SELECT a.customer_id, (SELECT count(*) FROM events b WHERE b.customer_id =
                a.customer_id AND b.touchpoint_id = '{tp}') n FROM {_first('tp_purchase')} a
                LEFT JOIN customers c USING (customer_id) WHERE {_in('a.t', start, end)} AND ({cond}))""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


# ---------- orders / customers ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o LEFT JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, abs(float(v)) * 0.002), 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def order_share(num, start, end, cond="1=1", statuses="('paid')"):
    v = one(f"""SELECT avg(({num})::int) FROM orders o LEFT JOIN customers c USING (customer_id)
                WHERE o.status IN {statuses} AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 4), tolerance=0.01)


def top_orders(by, start, end, agg="sum(o.amount)", status="('paid')", cond="1=1", margin=1.15, desc=True,
               having="1=1"):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o LEFT JOIN customers c USING (customer_id)
                 WHERE o.status IN {status} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 HAVING {having} ORDER BY n {'DESC' if desc else 'ASC'}""")
    if desc:
        assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    else:
        assert rows[0][1] * margin < rows[1][1], rows[:3]
    return dict(top_entity=rows[0][0])




def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


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
    rows = q(f"""SELECT {by}, avg(f.rating) a, count(*) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}
                 AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a""")
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"""SELECT {by}, count(*) n FROM feedback f LEFT JOIN customers c USING (customer_id)
                 WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def rank_events_ratio(tp, num, start, end, by, cond="1=1", margin=1.5):
    rows = q(f"""SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL
                 GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def buyers(start, end):
    """customers with a purchase event in the period; tolerance covers counting paid device orders only."""
    a = one(f"SELECT count(DISTINCT customer_id) FROM events WHERE touchpoint_id = 'tp_purchase' AND {_in('ts', start, end)}")
    b = one(f"SELECT count(DISTINCT customer_id) FROM orders WHERE order_type = 'device' AND status = 'paid' "
            f"AND {_in('ts', start, end)}")
    return dict(value=a, tolerance=max(0.5, abs(a - b) + 0.5))




ALL = ("2024-07-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
LAST12 = ("2025-07-01", "2026-06-30")
LEAD, BOOKED, TEST, TRIAL, BUY, ADJ, CALL, APP, BATT, REPAIR = (
    "tp_lead", "tp_test_booked", "tp_test_done", "tp_trial", "tp_purchase", "tp_adjust", "tp_followup_call",
    "tp_app_pair", "tp_battery", "tp_repair")
NEG = "f.sentiment_label = 'neg'"
DATED = "f.ts IS NOT NULL"
WHISTLE_T = _like("f.text", ["啸叫", "杂音", "whistl", "background noise"])
PRICE_T = _like("f.text", ["太贵", "价格", "expensive", "price"])
WAIT_T = _like("f.text", ["要等", "约不上", "等了", "wait"])
APP_T = _like("f.text", ["配对", "连不上", "pairing", "won't pair", "to pair"])
PATIENT_T = _like("f.text", ["耐心", "patient"])
DEVICE = "o.order_type = 'device'"
SUBSIDY_DF = ("EXISTS (SELECT 1 FROM orders s WHERE s.linked_order_id = o.order_id "
              "AND s.subsidy_source = 'disability_federation' AND s.status = 'paid')")


def gold():
    return {
        # ---- funnels / conversion
        "ha01": lambda: conv("acquire", *Y25),
        "ha02": lambda: top_lost("acquire", *quarter(2025, 3)),
        "ha03": lambda: conv("acquire", *Y25, cond="c.acquisition_channel = 'ent_referral'"),
        "ha04": lambda: conv("acquire", *Y25, cond="c.acquisition_channel = 'online_ad'"),
        "ha05": lambda: conv("acquire", *H2_25, cond="c.acquisition_channel = 'community_screening'", upto=2),
        "ha06": lambda: rank_conv("acquire", *Y25, by="c.acquisition_channel", desc=False, margin=0.05),
        "ha07": lambda: rank_rate(TRIAL, BUY, *Y25, by='c."付款人关系"', having="count(*) >= 100"),
        "ha08": lambda: rate(TRIAL, BUY, *H1_25, cond="c.city = 'Hangzhou'"),
        "ha09": lambda: rate(TRIAL, BUY, *H2_25, cond="c.city = 'Hangzhou'"),
        "ha10": lambda: rank_rate(TRIAL, BUY, *LAST12, by="a.store_en", having="count(*) >= 30", margin=1.1,
                                  check_small=True),
        "ha11": lambda: rate(BOOKED, TEST, *Y25, missing=True),
        "ha12": lambda: rate(TEST, TRIAL, *quarter(2026, 1), within=14),
        "ha13": lambda: conv("trial_to_buy", *quarter(2025, 4)),
        "ha14": lambda: rank_rate(TEST, TRIAL, *Y25, by='c."听损程度"', desc=False, margin=1.3),
        # ---- time between steps
        "ha15": lambda: step_time(BUY, ADJ, *H2_25, cond="p.store_id = 'SH02'"),
        "ha16": lambda: step_time(BUY, ADJ, *H2_25, cond="p.store_id <> 'SH02'"),
        "ha17": lambda: rank_step_time(BUY, ADJ, *LAST12, by="p.store_en", min_n=20, margin=1.5),
        "ha18": lambda: step_time_share(BUY, ADJ, *H2_25, 14, cond="p.store_id = 'SH02'"),
        "ha19": lambda: step_time_share(BUY, ADJ, *Y25, 10),
        "ha20": lambda: step_time(LEAD, TEST, *quarter(2026, 1), agg="avg"),
        # ---- follow-up calls, app
        "ha21": lambda: rate(BUY, CALL, "2026-03-01", "2026-04-30", within=35),
        "ha22": lambda: rate(BUY, CALL, "2025-03-01", "2025-04-30", within=35),
        "ha23": lambda: events_ratio(CALL, "e.action = 'reached'", *Y25),
        "ha24": lambda: events_ratio(APP, "e.action = 'fail'", *quarter(2025, 4), cond="e.device = 'android'"),
        "ha25": lambda: events_ratio(APP, "e.action = 'fail'", *quarter(2025, 4), cond="e.device = 'ios'"),
        "ha26": lambda: rank_events_ratio(APP, "e.action = 'fail'", *ALL, by="e.device",
                                          cond="e.app_version = 3.2"),
        # ---- money
        "ha27": lambda: orders(*Y25),
        "ha28": lambda: orders(*Y25, cond=DEVICE),
        "ha29": lambda: orders_change(quarter(2025, 3), quarter(2025, 4)),
        "ha30": lambda: per_customer(*Y25),
        "ha31": lambda: order_share("o.tier = 'premium'", *Y25, cond=f"{DEVICE} AND o.payer_relation = 'adult_child'"),
        "ha32": lambda: order_share("o.tier = 'premium'", *Y25, cond=f"{DEVICE} AND o.payer_relation = 'self'"),
        "ha33": lambda: top_orders('o."城市"', *Y25, cond=DEVICE, margin=1.08),
        "ha34": lambda: order_share("o.ear_config = 'paired'", *Y25, cond=DEVICE),
        "ha35": lambda: top_orders('o."型号档次"', *Y25, agg="avg((o.status = 'refunded')::int)",
                                   status="('paid', 'refunded')", cond=DEVICE, margin=1.5),
        "ha36": lambda: order_share("o.status = 'refunded'", *Y25, cond=f"{DEVICE} AND o.tier = 'basic'",
                                    statuses="('paid', 'refunded')"),
        "ha37": lambda: order_share(SUBSIDY_DF, *H2_25, cond=f"{DEVICE} AND o.city = 'Hangzhou'"),
        "ha38": lambda: orders(*month(2026, 5), agg="count(*)", cond="o.order_type = 'battery'"),
        # ---- per customer / customers / repairs
        "ha39": lambda: per_buyer(ADJ, *H1_25),
        "ha40": lambda: per_buyer(BATT, *H1_25, cond="c.tier IN ('basic', 'mid')"),
        "ha41": lambda: customers_share("c.acquisition_channel = 'community_screening'"),
        "ha42": lambda: rate(BUY, REPAIR, *Y25, cond="c.tier = 'basic'"),
        "ha43": lambda: rate(BUY, REPAIR, *Y25, cond="c.tier = 'premium'"),
        "ha44": lambda: top_events(REPAIR, 'e."维修原因"', *Y25),
        # ---- trends / counts
        "ha45": lambda: peak_period(LEAD, *Y25),
        "ha46": lambda: peak_period(LEAD, "2025-10-01", "2025-11-30", unit="week"),
        "ha47": lambda: events_at(TEST, "2025-03-03", "2025-03-09"),
        "ha48": lambda: events_at(LEAD, *quarter(2026, 1)),
        "ha49": lambda: events_at(LEAD, *month(2026, 4)),
        "ha50": lambda: buyers(*month(2026, 5)),
        # ---- feedback
        "ha51": lambda: fb_topic_count(WHISTLE_T),
        "ha52": lambda: top_fb_count("f.tier", WHISTLE_T),
        "ha53": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "ha54": lambda: fb_ratio(NEG, _in("f.ts", *H1_25)),
        "ha55": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.3),
        "ha56": lambda: fb_avg(f"f.touchpoint_id = 'tp_adjust' AND f.store_id = 'SH02' AND {_in('f.ts', *H2_25)}"),
        "ha57": lambda: top_fb_count("f.device", APP_T),
        "ha58": lambda: top_fb_count("f.audiologist", PATIENT_T),
        "ha59": lambda: fb_topic_count(PRICE_T),
        "ha60": lambda: fb_avg(f"f.channel = 'call_note' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "ha61": lambda: fb_avg(f"f.channel = 'app_review' AND f.device = 'android' AND {_in('f.ts', *quarter(2025, 4))}"),
        "ha62": lambda: feedback_ids(PATIENT_T),
        "ha63": lambda: fb_topic_count(WAIT_T),
        # ---- why-questions: status ok and at least half the quoted comments from the planted cause
        "ha68": lambda: feedback_ids(APP_T),
        "ha69": lambda: feedback_ids(f"{WAIT_T} OR (f.store_id = 'SH02' AND f.touchpoint_id = 'tp_adjust')"),
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
        print(it["id"], it["lang"], it["question"][:60], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
