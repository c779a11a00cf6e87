"""Gold answers for the 齐美 AlignSmile (DTC clear aligners) held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- "customers" / "people" / "patients" = customer_id; every rate is per customer unless the question says otherwise.
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (acquire 90 d, scan_to_buy 45 d,
  treatment 900 d); the tolerance covers both readings (later steps allowed after the period end, or not).
  "Where do we lose the most" = the step reached whose next step is not reached, largest count (the loss between
  step k and k+1 is attributed to step k). Per-channel / per-influencer funnels group by the step-1 (ad click) event.
- step-to-step rates ("of customers whose plan was sent in Q2, what share bought"): customers whose first A event
  falls in the period (by date), with a B event after it at any time (or within N days when the question says so);
  scan no-show = booked a scan (`tp_scan_booked`) and no `tp_scan_done` afterwards.
- times between steps: per customer, first B after the first A, over customers that reached both, the period by the
  date of A; "more than X days" is strict; days are fractional (epoch difference / 86400).
- money = orders with status `paid` (refunded and `cancelled` orders are no revenue; `cancelled` = installment
  application rejected); revenue = all paid order types (aligner_plan, refinement, retainer, replacement) unless
  the question names one; refunds = amount of `refunded` aligner_plan orders by their order date; spend per paying
  customer = paid revenue / customers with a paid order in the period; "plans bought" = aligner_plan orders that
  were paid or later refunded (tolerance covers counting paid ones only); installment share = payment_plan
  `installment` among them.
- check-ins = `tp_checkin` events (one row each); fit problems = `fit_ok = 'no'`; pain = `pain_level` 0-10.
- refinement share = customers scanned at the clinic in the period who bought (`tp_purchase`) and have a
  `tp_refinement` event.
- customer attributes from customers.csv (city / 城市, age_band / 年龄段, case_complexity / 病例难度,
  acquisition_channel, influencer_code); zh top-entity golds use Chinese twins where the column has one
  (病例难度), en ones the English values (clinic_en, refund_reason, touchpoint_id, device, channel).
- feedback: "comments" = all rows of all channels; "all feedback" includes rows without a date; negative share =
  generator truth `sentiment_label = 'neg'` over rows dated in the period; topic counts by text markers with a 5 %
  tolerance; rating by step = feedback.touchpoint_id over rows with a rating (in-app ratings and app-store reviews);
  recommend score = survey `nps` (0-10) mean.
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
    """counts per step; `cond` filters the customers' first step-1 event in the period (alias e, customers c)."""
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


def rank_conv(journey, start, end, by, upto=None, min_n=1, desc=True, margin=0.03, check_small=False):
    """rank groups (values of `by` on customers c / the step-1 event e) by funnel conversion."""
    groups = [r[0] for r in q(f"SELECT DISTINCT {by} FROM events e LEFT JOIN customers c USING (customer_id) "
                              f"WHERE {by} IS NOT NULL AND {by} <> ''")]
    tops = set()
    for bounded in (False, True):
        res = []
        for g in groups:
            c = funnel(journey, start, end, bounded=bounded, cond=f"{by} = '{g}'")
            if c[0] == 0:
                continue
            last = c[-1] if upto is None else c[upto - 1]
            res.append((g, last / c[0], c[0]))
        big = sorted([r for r in res if r[2] >= min_n], key=lambda r: r[1], reverse=desc)
        assert abs(big[0][1] - big[1][1]) > margin, big[:3]
        tops.add(big[0][0])
        if check_small and not bounded:
            allr = sorted(res, key=lambda r: r[1], reverse=desc)
            assert allr[0][0] != big[0][0], allr[:3]
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- step-to-step, per customer ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY customer_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}') WHERE rn = 1)"""


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


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", having="1=1", missing=False, desc=True, margin=1.3,
              check_small=False):
    rows = cust_rate(a_tp, b_tp, start, end, cond, by=by, having=having, missing=missing, desc=desc)
    if desc:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    else:
        assert rows[0][1] * margin < rows[1][1], rows[:3]
    if check_small:   # the ranking must change when small groups are let in (the minimum size matters)
        allr = cust_rate(a_tp, b_tp, start, end, cond, by=by, missing=missing, desc=desc)
        assert allr[0][0] != rows[0][0], allr[:3]
    return dict(top_entity=rows[0][0])


def _pairs(a_tp, b_tp):
    return f"""(SELECT a.customer_id, a.t AS ta, min(b.ts) AS tb, any_value(a.clinic_id) AS clinic_id
               FROM {_first(a_tp)} a JOIN events b ON b.customer_id = a.customer_id AND b.touchpoint_id = '{b_tp}'
               AND b.ts > a.t GROUP BY 1, 2)"""


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="day"):
    div = {"day": 86400.0, "hour": 3600.0, "minute": 60.0}[unit]
    v = one(f"""SELECT {agg}(epoch(p.tb - p.ta) / {div}) FROM {_pairs(a_tp, b_tp)} p
                LEFT JOIN customers c USING (customer_id) WHERE {_in('p.ta', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


def step_time_share(a_tp, b_tp, start, end, thr, cond="1=1", unit="day"):
    div = {"day": 86400.0, "hour": 3600.0, "minute": 60.0}[unit]
    v = one(f"""SELECT avg((epoch(p.tb - p.ta) / {div} > {thr})::int) FROM {_pairs(a_tp, b_tp)} p
                LEFT JOIN customers c USING (customer_id) WHERE {_in('p.ta', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def refine_share(start, end, cond="1=1", by=None, min_n=1):
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((EXISTS (SELECT 1 FROM events r WHERE r.customer_id = s.customer_id
                  AND r.touchpoint_id = 'tp_refinement'))::int) v, count(*) n
              FROM {_first('tp_scan_done')} s
              WHERE {_in('s.t', start, end)} AND ({cond}) AND EXISTS (SELECT 1 FROM events p
                  WHERE p.customer_id = s.customer_id AND p.touchpoint_id = 'tp_purchase')
              {f'GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC' if by else ''}"""
    rows = q(sql)
    if by:
        assert rows[0][1] > rows[1][1] * 1.5, rows[:3]
        return dict(top_entity=rows[0][0])
    return dict(value=round(rows[0][0], 4), tolerance=0.01)


# ---------- events ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_avg(tp, expr, start, end, cond="1=1", tol=0.01, digits=4):
    v = one(f"""SELECT avg({expr}) FROM events e LEFT JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), digits), tolerance=tol)


def top_events(tp, by, start, end, margin=1.5):
    rows = q(f"""SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 GROUP BY 1 ORDER BY n DESC""")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def buyers(start, end):
    a = one(f"SELECT count(DISTINCT customer_id) FROM events WHERE touchpoint_id = 'tp_purchase' "
            f"AND {_in('ts', start, end)}")
    b = one(f"SELECT count(DISTINCT customer_id) FROM orders WHERE order_type = 'aligner_plan' AND status = 'paid' "
            f"AND {_in('ts', start, end)}")
    return dict(value=a, tolerance=max(0.5, abs(a - b) + 0.5))


def buyer_share(num, start, end):
    v = one(f"""SELECT avg(({num})::int) FROM {_first('tp_purchase')} a JOIN customers c USING (customer_id)
                WHERE {_in('a.t', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


def checkins_per_completer(start, end):
    v = one(f"""SELECT count(*) / count(DISTINCT e.customer_id) FROM events e WHERE e.touchpoint_id = 'tp_checkin'
                AND e.customer_id IN (SELECT customer_id FROM events WHERE touchpoint_id = 'tp_complete'
                AND {_in('ts', start, end)})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.05, float(v) * 0.01), 3))


# ---------- orders / customers ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o LEFT JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def plan_share(num, start, end, cond="1=1", alt=True):
    """share among aligner plans bought (paid or later refunded); tolerance covers paid-only (alt)."""
    vals = []
    for st in ("('paid', 'refunded')", "('paid')") if alt else ("('paid', 'refunded')",) * 2:
        vals.append(one(f"""SELECT avg(({num})::int) FROM orders o LEFT JOIN customers c USING (customer_id)
                            WHERE o.order_type = 'aligner_plan' AND o.status IN {st} AND {_in('o.ts', start, end)}
                            AND ({cond})"""))
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_orders(by, start, end, agg="sum(o.amount)", status="paid", cond="1=1", margin=1.15):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {by}, {agg} n FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


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
    sql = (f"SELECT {by}, avg(f.rating) a, count(*) FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
           f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {{n}} ORDER BY a")
    rows = q(sql.format(n=min_n))
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5, via_customer=None):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    if via_customer:   # the same answer when the attribute is taken from the customer instead of the row
        alt = q(f"""SELECT {via_customer}, count(*) n FROM feedback f JOIN customers c USING (customer_id)
                    WHERE {cond} GROUP BY 1 ORDER BY n DESC""")
        assert alt[0][1] > alt[1][1] * margin, alt[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H2_24 = ("2024-07-01", "2024-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
SLOW = ("2025-11-01", "2026-01-31")
SLOW_PREV = ("2024-11-01", "2025-01-31")
CLICK, QUIZ, BOOKED, SCAN, PLAN, BUY, SHIP, CHECKIN, REFINE, DONE, RETAINER, REFUND = (
    "tp_ad_click", "tp_quiz", "tp_scan_booked", "tp_scan_done", "tp_plan_sent", "tp_purchase", "tp_shipped",
    "tp_checkin", "tp_refinement", "tp_complete", "tp_retainer", "tp_refund")
NEG = "f.sentiment_label = 'neg'"
FIT_T = _like("f.text", ["不贴合", "戴不进", "卡不到位", "n't fit", "not fitting"])
PAIN_T = _like("f.text", ["疼", "痛", "酸", "磨破", "hurt", "sore", "pain"])
SHIP_T = _like("f.text", ["发货", "物流", "ship"])
REMIND_T = _like("f.text", ["提醒", "推送", "reminder", "notification"])
RESULTS_T = _like("f.text", ["效果", "整齐", "result", "straight"])
ALIGNER = "o.order_type = 'aligner_plan'"


def gold():
    return {
        # ---- acquisition funnel / channels / influencers
        "da01": lambda: conv("acquire", *Y25),
        "da02": lambda: top_lost("acquire", *quarter(2025, 3)),
        "da03": lambda: top_lost("scan_to_buy", *H2_25),
        "da04": lambda: conv("acquire", *H2_25, cond="e.channel = 'douyin'", upto=2),
        "da05": lambda: conv("acquire", *H2_25, cond="e.channel = 'xiaohongshu'", upto=2),
        "da06": lambda: rank_conv("acquire", *Y25, by="e.channel", upto=2, desc=False, margin=0.1),
        "da07": lambda: rate(PLAN, BUY, *quarter(2025, 2)),
        "da08": lambda: rate(PLAN, BUY, *quarter(2025, 4)),
        "da09": lambda: rank_rate(PLAN, BUY, *Y25, by='a."病例难度"', desc=False, margin=1.15),
        "da10": lambda: rank_conv("acquire", *Y25, by="e.influencer_code", min_n=40, check_small=True),
        "da11": lambda: customers_share("c.acquisition_channel = 'influencer'"),
        # ---- scans
        "da12": lambda: rate(BOOKED, SCAN, *quarter(2026, 1), missing=True),
        "da13": lambda: rank_rate(BOOKED, SCAN, "2025-01-01", "2026-05-31", by="a.clinic_en", missing=True,
                                  having="count(*) >= 50", check_small=True),
        "da14": lambda: step_time(BOOKED, SCAN, *Y25, "p.clinic_id = 'CD01'"),
        "da15": lambda: step_time(BOOKED, SCAN, *Y25, "p.clinic_id <> 'CD01'"),
        "da16": lambda: step_time_share(BOOKED, SCAN, *Y25, 7),
        "da17": lambda: events_at(BOOKED, "2025-03-03", "2025-03-09"),
        "da18": lambda: events_at(SCAN, *quarter(2026, 1)),
        # ---- plans
        "da20": lambda: step_time(SCAN, PLAN, *Y25, agg="avg"),
        "da21": lambda: step_time(PLAN, BUY, *Y25),
        "da22": lambda: events_at(PLAN, *month(2025, 10)),
        # ---- shipping
        "da23": lambda: step_time(BUY, SHIP, *month(2025, 12)),
        "da24": lambda: step_time(BUY, SHIP, *month(2025, 6)),
        "da25": lambda: step_time_share(BUY, SHIP, *SLOW, 14),
        # ---- refunds
        "da28": lambda: orders(*Y25, status="refunded", cond=ALIGNER),
        "da29": lambda: plan_share("o.status = 'refunded'", *SLOW, alt=False),
        "da30": lambda: plan_share("o.status = 'refunded'", *SLOW_PREV, alt=False),
        "da31": lambda: top_events(REFUND, "e.refund_reason", "2025-12-01", "2026-01-31"),
        # ---- money
        "da32": lambda: orders(*Y25, cond=ALIGNER),
        "da33": lambda: orders_change(quarter(2025, 4), quarter(2026, 1)),
        "da34": lambda: per_customer(*Y25),
        "da35": lambda: orders_change(month(2025, 10), month(2025, 11)),
        "da36": lambda: plan_share("o.payment_plan = 'installment'", *quarter(2025, 4)),
        "da37": lambda: plan_share("o.payment_plan = 'installment'", *quarter(2025, 2)),
        "da38": lambda: plan_share("o.payment_plan = 'installment'", *Y25, cond="c.\"年龄段\" = '18-24岁'"),
        "da39": lambda: orders(*Y25, agg="avg(o.amount)", cond=f"{ALIGNER} AND o.case_complexity = 'complex'"),
        "da40": lambda: top_orders("o.influencer_code", *Y25, cond=f"{ALIGNER} AND o.influencer_code IS NOT NULL"),
        "da41": lambda: buyers(*month(2026, 5)),
        # ---- customers
        "da43": lambda: customers_count("c.\"年龄段\" = '18-24岁'"),
        "da44": lambda: buyer_share("c.case_complexity = 'complex'", *Y25),
        "da45": lambda: events_at(CHECKIN, *Y25, "c.city = 'Shenzhen'"),
        "da46": lambda: checkins_per_completer(*Y25),
        # ---- treatment
        "da47": lambda: rate(BUY, DONE, *H1_25),
        "da48": lambda: refine_share("2025-01-01", "2025-09-30", "s.clinic_id = 'SZ01'"),
        "da49": lambda: refine_share("2025-01-01", "2025-09-30", "s.clinic_id = 'GZ01'"),
        "da50": lambda: refine_share(*Y25, by="s.clinic_en", min_n=30),
        "da51": lambda: events_avg(CHECKIN, "(e.fit_ok = 'no')::int", *quarter(2025, 3)),
        "da52": lambda: events_avg(CHECKIN, "e.pain_level", *Y25, "e.case_complexity = 'complex'", tol=0.05, digits=3),
        "da53": lambda: events_avg(CHECKIN, "e.pain_level", *Y25, "e.case_complexity = 'mild'", tol=0.05, digits=3),
        "da54": lambda: rate(DONE, RETAINER, *Y25, within=90),
        "da55": lambda: rate(DONE, RETAINER, *Y25, "c.case_complexity = 'complex'", within=90),
        "da56": lambda: step_time(SHIP, DONE, *H2_24),
        # ---- feedback
        "da59": lambda: fb_topic_count(FIT_T),
        "da60": lambda: fb_topic_count(SHIP_T),
        "da61": lambda: top_fb_count("f.clinic_en", FIT_T, via_customer="c.scan_clinic_id"),
        "da62": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "da63": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.15),
        "da64": lambda: fb_topic_count(PAIN_T),
        "da65": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "da66": lambda: fb_avg(f"f.touchpoint_id = 'tp_checkin' AND f.device = 'android' AND {_in('f.ts', *H2_25)}"),
        "da67": lambda: fb_avg(f"f.touchpoint_id = 'tp_checkin' AND f.device = 'ios' AND {_in('f.ts', *H2_25)}"),
        "da68": lambda: top_fb_count("f.device", REMIND_T),
        "da69": lambda: feedback_ids(RESULTS_T),
        "da70": lambda: fb_avg(f"f.touchpoint_id = 'tp_shipped' AND {_in('f.ts', *month(2025, 12))}", tol=0.03),
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
