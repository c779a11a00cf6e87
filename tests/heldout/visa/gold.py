"""Gold answers for the 签无忧 VisaEase (visa application agency) held-out batch, from plain DuckDB SQL over the raw
CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event (any action) at step k's touchpoint after reaching
  step k-1, within the journey window from their first step-1 event in the period (sales 14 d, application 90 d);
  rates are per customer ("customers" / "people" = customer_id); the tolerance covers both readings (later steps
  allowed after the period end, or not). "Where do we lose the most" = the step reached whose next step is not
  reached, largest count (the loss between step k and k+1 is attributed to step k). A step's drop-off rate =
  customers who reached step k but not k+1 / customers who reached step k. Funnels "for X customers" keep the events
  of the customers with that attribute (customers table: acquisition_channel, region, destination_en ...);
- an application = one service order = one `session_id` (SO000123, the service order_id) on every event after the
  order (order paid, checklist, documents, appointment, biometrics, review, decision, passport return, add-ons,
  refund); pre-order events (enquiry, consultation) carry session EQ<customer>. Per-application rates take the first
  event of the named step per session with its ts in the period and look for the later step on the same session
  (at any time): "documents sent back as incomplete" = sessions whose first tp_docs_submitted is in the period,
  share with a tp_docs_incomplete;
- the questions vs08, vs11, vs12 say to follow customers for the full window (14 / 90 days), so only the unbounded
  reading is gold there;
- decisions = tp_approved / tp_refused events by their ts; refusal rate = refused / (approved + refused); approval
  rate = approved / (approved + refused); "express" applications = sessions with a tp_express event;
- times between steps = per session, first B ts - first A ts over sessions that reached both, period on A's ts;
  "more than X" is strict; enquiry -> first consultant reply = tp_enquiry -> tp_consult (session EQ...);
- money = orders with status `paid` by order ts (a cancelled order is status `refunded`, fully refunded); partial
  refunds after a refusal keep the service order `paid` and are recorded in refund_amount / refunded_at with
  refund_reason `visa_refused`; "service-fee revenue" = order_type 'service', "total sales" = all order types;
  "number of service orders" counts service orders of any status by order ts (the tolerance covers the paid-only
  reading); add-on take-up = service orders with an add-on order of that type (parent_order_id = the service
  order); per paying customer = paid amount or paid orders / customers with a paid order in the period;
- enquiries = tp_enquiry events (one per customer, = customers.signup_at); customers: traveller_type, region /
  city_en, acquisition_channel, age_band, destination / destination_en come from customers;
- zh top-entity golds use the Chinese twins (destination, 缺失材料, 来源渠道, 申请人类型), en ones the English twins
  (destination_en) or raw ids (touchpoint_id, acquisition_channel, traveller_type, visa_type);
- feedback: "survey" = channel 'survey', "Fliggy reviews" = channel 'fliggy_review'; "feedback" / "comments" = all rows
  of all channels, including undated rows when no period is named; negative share = `sentiment_label = 'neg'` over
  rows dated in the period; topic counts by text markers with a 5 % tolerance; rating by step = feedback.touchpoint_id;
- periods are inclusive calendar dates; relative periods resolve against the item's `as_of`; a week is
  Monday..Sunday; "this month so far" = from the 1st to the as_of date.
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
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0


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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


def _cust(cond):
    return f"customer_id IN (SELECT customer_id FROM customers c WHERE {cond})"


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False, evcond="1=1"):
    steps, window = _steps(journey)
    ev = f"SELECT customer_id, ts, touchpoint_id FROM events e WHERE ({evcond})"
    if bounded:
        ev += f" AND ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE fev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM fev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN fev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def _both(journey, start, end, fn, evcond="1=1"):
    return [fn(funnel(journey, start, end, bounded=b, evcond=evcond)) for b in (False, True)]


def _val(vals, tol=0.01):
    return dict(value=round(vals[0], 4), tolerance=round(max(tol, abs(vals[0] - vals[1]) + 0.005), 4))


def conv(journey, start, end, upto=None, evcond="1=1"):
    return _val(_both(journey, start, end, lambda c: (c[-1] if upto is None else c[upto - 1]) / c[0], evcond))


def cohort_conv(journey, start, end, evcond="1=1"):
    """the question says to follow each customer for the whole window even past the period end"""
    c = funnel(journey, start, end, evcond=evcond)
    return dict(value=round(c[-1] / c[0], 4), tolerance=0.01)


def cohort_dropoff(journey, start, end, k, evcond="1=1"):
    c = funnel(journey, start, end, evcond=evcond)
    return dict(value=round((c[k - 1] - c[k]) / c[k - 1], 4), tolerance=0.01)


def dropoff(journey, start, end, k, evcond="1=1"):
    """drop-off rate at step k: reached k but not k+1 / reached k"""
    return _val(_both(journey, start, end, lambda c: (c[k - 1] - c[k]) / c[k - 1], evcond))


def conv_rank(journey, start, end, options: dict, lowest=False, margin=0.03):
    res = []
    for k, cond in options.items():
        v = _both(journey, start, end, lambda c: c[-1] / c[0], cond)
        res.append((min(v), max(v), k))
    if lowest:
        res.sort(key=lambda r: r[1])
        assert res[1][0] - res[0][1] > margin, res
    else:
        res.sort(key=lambda r: -r[0])
        assert res[0][0] - res[1][1] > margin, res
    return dict(top_entity=res[0][2])


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.2, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per-session rates and durations ----------

def _tps(tp):
    tps = tp if isinstance(tp, (list, tuple)) else [tp]
    return ", ".join(f"'{t}'" for t in tps)


def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT *, row_number() OVER (PARTITION BY session_id ORDER BY ts, event_id) rn
                FROM events WHERE touchpoint_id IN ({_tps(tp)}) AND ({cond})) WHERE rn = 1)"""


def rate_rows(a_tp, b_tp, start, end, cond="1=1", by=None, having="1=1"):
    sel = f"{by}, " if by else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id IN ({_tps(b_tp)})) b USING (session_id)
              LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.ts', start, end)} AND ({cond})
              {f'GROUP BY 1 HAVING {having} ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", tol=0.01):
    rows = rate_rows(a_tp, b_tp, start, end, cond)
    return dict(value=round(rows[0][0], 4), tolerance=tol)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", lowest=False, margin=1.3, having="1=1"):
    rows = rate_rows(a_tp, b_tp, start, end, cond, by=by, having=having)
    if lowest:
        rows = rows[::-1]
        assert rows[0][1] * margin < rows[1][1], rows
    else:
        assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=str(rows[0][0]))


DIV = {"day": 86400.0, "hour": 3600.0, "minute": 60.0}
EXPRESS = "a.session_id IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_express')"


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="day", share_over=None):
    x = f"epoch(b.ts - a.ts) / {DIV[unit]}"
    expr = f"avg(({x} > {share_over})::int)" if share_over is not None else f"{agg}({x})"
    v = one(f"""SELECT {expr} FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
                LEFT JOIN customers c ON c.customer_id = a.customer_id
                WHERE b.ts > a.ts AND {_in('a.ts', start, end)} AND ({cond})""")
    if share_over is not None:
        return dict(value=round(v, 4), tolerance=0.01)
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


def rank_step_time(a_tp, b_tp, start, end, by, min_n, cond="1=1", unit="day", margin=1.5):
    rows = q(f"""SELECT {by}, median(epoch(b.ts - a.ts) / {DIV[unit]}) m, count(*) n FROM {_first(a_tp)} a
                 JOIN {_first(b_tp)} b USING (session_id) WHERE b.ts > a.ts AND {_in('a.ts', start, end)}
                 AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY m DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def reply_then_order(start, end, delay_cond):
    """per customer: enquiry in the period, first consultant reply delay (hours) matching delay_cond, share who paid
    a service order within 14 days of the enquiry"""
    v = one(f"""WITH e AS (SELECT customer_id, min(ts) t0 FROM events WHERE touchpoint_id = 'tp_enquiry' GROUP BY 1),
                     r AS (SELECT customer_id, min(ts) t1 FROM events WHERE touchpoint_id = 'tp_consult' GROUP BY 1),
                     o AS (SELECT customer_id, min(ts) t2 FROM events WHERE touchpoint_id = 'tp_order_paid' GROUP BY 1)
                SELECT avg((o.t2 IS NOT NULL AND o.t2 <= e.t0 + INTERVAL 14 DAY)::int)
                FROM e JOIN r USING (customer_id) LEFT JOIN o USING (customer_id)
                WHERE {_in('e.t0', start, end)} AND ({delay_cond.replace('H', 'epoch(r.t1 - e.t0) / 3600.0')})""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- decisions ----------

DEC = "touchpoint_id IN ('tp_approved', 'tp_refused')"


def decision_rate(start, end, cond="1=1", refused=True):
    tp = "tp_refused" if refused else "tp_approved"
    v = one(f"""SELECT avg((e.touchpoint_id = '{tp}')::int) FROM events e LEFT JOIN customers c USING (customer_id)
                WHERE e.{DEC} AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_refusal(start, end, by, min_n, margin=1.5):
    rows = q(f"""SELECT {by}, avg((e.touchpoint_id = 'tp_refused')::int) r, count(*) n FROM events e
                 LEFT JOIN customers c USING (customer_id) WHERE e.{DEC} AND {_in('e.ts', start, end)}
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def top_events(tp, by, start, end, margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
             f"GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def event_share(tp, num, start, end):
    v = one(f"SELECT avg(({num})::int) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- orders / customers ----------

OC = "orders o LEFT JOIN customers c USING (customer_id)"
SVC = "o.order_type = 'service'"


def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1", col="o.ts"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM {OC} WHERE {st} AND {_in(col, start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.003), 2))


def service_count(start, end, cond="1=1"):
    a, b = q(f"SELECT count(*), count(*) FILTER (WHERE o.status = 'paid') FROM {OC} WHERE {SVC} AND "
             f"{_in('o.ts', start, end)} AND ({cond})")[0]
    return dict(value=a, tolerance=a - b + 0.5)


def count_change(a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM {OC} WHERE {SVC} AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM {OC} WHERE {SVC} AND {_in('o.ts', *b)} AND ({cond})")
    x2 = one(f"SELECT count(*) FROM {OC} WHERE {SVC} AND o.status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y2 = one(f"SELECT count(*) FROM {OC} WHERE {SVC} AND o.status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    v1, v2 = (y - x) / x, (y2 - x2) / x2
    return dict(value=round(v1, 4), tolerance=round(max(0.01, abs(v1 - v2) + 0.005), 4))


def sales_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM {OC} WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM {OC} WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, agg="sum(o.amount)", cond="1=1"):
    v = one(f"""SELECT {agg} / count(DISTINCT o.customer_id) FROM {OC}
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


def both_share(cond_share, start, end, cond="1=1"):
    """share over service orders of any status; tolerance covers the paid-only reading"""
    a = one(f"SELECT avg(({cond_share})::int) FROM {OC} WHERE {SVC} AND {_in('o.ts', start, end)} AND ({cond})")
    b = one(f"SELECT avg(({cond_share})::int) FROM {OC} WHERE {SVC} AND o.status = 'paid' AND "
            f"{_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def addon(kind):
    return f"o.order_id IN (SELECT parent_order_id FROM orders WHERE order_type = '{kind}')"


def top_orders(by, start, end, agg="sum(o.amount)", status="paid", cond="1=1", margin=1.15, having="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {by}, {agg} n FROM {OC} WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 HAVING {having} ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
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


def fb_avg(cond, tol=0.02):
    v = one(f"SELECT avg(f.rating) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def bottom_fb_avg(by, cond, min_n, margin=0.1):
    rows = q(f"SELECT {by}, avg(f.rating) a FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows
    return dict(top_entity=rows[0][0])


ALL = ("2024-07-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
V3 = ("2025-09-01", "2025-12-31")
NEG = "f.sentiment_label = 'neg'"
SLOW_TXT = _like("f.text", ["回复太慢", "才回复", "没人理", "took ages", "slow to respond", "no one replied",
                            "slow response"])
CHECKLIST_TXT = _like("f.text", ["清单", "checklist", "document list"])
SLOT_TXT = _like("f.text", ["约不到", "预约名额", "放号", "排到", "slot"])
NOREASON_TXT = ("(" + _like("f.text", ["拒", "refused"]) + " AND "
                + _like("f.text", ["原因", "解释", "理由", "explanation", "reason"]) + ")")
FAST_TXT = _like("f.text", ["出签太快", "这么快就出签", "出签速度很快", "出签很快", "approved in just", "fast approval"])
SALES_ACQ = {k: _cust(f"c.acquisition_channel = '{k}'") for k in ("baidu", "wechat", "fliggy", "referral")}
SCH = "a.destination_en = 'Schengen'"
US = "a.destination_en = 'United States'"


def gold():
    return {
        # ---- enquiry -> order
        "vs01": lambda: conv("sales", *Y25),
        "vs02": lambda: conv("sales", *Y25, evcond=SALES_ACQ["referral"]),
        "vs03": lambda: conv_rank("sales", *Y25, SALES_ACQ, lowest=True),
        "vs04": lambda: step_time("tp_enquiry", "tp_consult", *Y25, "c.acquisition_channel = 'fliggy'", unit="hour"),
        "vs05": lambda: step_time("tp_enquiry", "tp_consult", *Y25, "c.acquisition_channel = 'wechat'", unit="hour"),
        "vs06": lambda: step_time("tp_enquiry", "tp_consult", *Y25, unit="hour", share_over=24),
        "vs07": lambda: top_lost("sales", *quarter(2025, 2)),
        "vs08": lambda: cohort_dropoff("sales", *month(2025, 10), 2),
        "vs09": lambda: reply_then_order(*Y25, "H < 2"),
        "vs10": lambda: reply_then_order(*Y25, "H > 24"),
        # ---- application funnel, documents
        "vs11": lambda: cohort_conv("application", *H1_25),
        "vs12": lambda: cohort_conv("application", *H1_25, evcond=_cust("c.destination_en = 'United States'")),
        "vs13": lambda: rate("tp_docs_submitted", "tp_docs_incomplete", *V3, SCH),
        "vs14": lambda: rate("tp_docs_submitted", "tp_docs_incomplete", *quarter(2026, 1), SCH),
        "vs15": lambda: rank_rate("tp_docs_submitted", "tp_docs_incomplete", *ALL, "c.traveller_type",
                                  having="count(*) >= 150", margin=1.4),
        "vs16": lambda: top_events("tp_docs_incomplete", "e.缺失材料", *ALL),
        "vs17": lambda: step_time("tp_docs_incomplete", "tp_docs_resubmitted", *ALL),
        "vs18": lambda: step_time("tp_checklist_sent", "tp_docs_submitted", *Y25),
        # ---- appointments
        "vs19": lambda: step_time("tp_appointment", "tp_biometrics", "2025-04-01", "2025-07-31", SCH),
        "vs20": lambda: step_time("tp_appointment", "tp_biometrics", "2025-10-01", "2025-12-31", SCH),
        "vs21": lambda: rank_step_time("tp_appointment", "tp_biometrics", *Y25, "a.destination_en", 100),
        "vs22": lambda: step_time("tp_appointment", "tp_biometrics", *Y25, US, share_over=30),
        "vs23": lambda: events_at("tp_biometrics", *month(2026, 5)),
        # ---- decisions
        "vs24": lambda: decision_rate(*ALL, "e.destination_en = 'United States' AND e.visa_type = 'tourist'"),
        "vs25": lambda: decision_rate(*ALL, "e.destination_en = 'United States' AND e.visa_type = 'tourist' "
                                            "AND c.age_band = '18-24'"),
        "vs26": lambda: rank_refusal(*ALL, "e.destination", 150),
        "vs27": lambda: step_time("tp_under_review", "tp_approved", *Y25, "a.destination_en = 'Japan'"),
        "vs28": lambda: step_time("tp_biometrics", ["tp_approved", "tp_refused"], *Y25,
                                  f"a.destination_en = 'United Kingdom' AND {EXPRESS}"),
        "vs29": lambda: step_time("tp_biometrics", ["tp_approved", "tp_refused"], *Y25,
                                  f"a.destination_en = 'United Kingdom' AND NOT {EXPRESS}"),
        "vs30": lambda: events_at("tp_refused", *Y25),
        # ---- add-ons
        "vs32": lambda: both_share(addon("insurance"), *Y25, "o.destination_en = 'Schengen'"),
        "vs33": lambda: top_orders("o.visa_type", *ALL, agg=f"avg(({addon('express')})::int)", status=None,
                                   cond=SVC, margin=1.5),
        "vs34": lambda: orders(*Y25, cond="o.order_type = 'express'"),
        "vs35": lambda: orders(*quarter(2026, 1), cond="o.order_type = 'translation'"),
        # ---- money
        "vs36": lambda: orders(*quarter(2025, 3), cond=SVC),
        "vs37": lambda: sales_change(month(2024, 10), month(2025, 10)),
        "vs38": lambda: per_customer(*Y25),
        "vs39": lambda: top_orders("o.destination_en", *Y25, cond=SVC, margin=1.3),
        "vs40": lambda: orders(*quarter(2026, 1), agg="sum(o.refund_amount)", status=None,
                               cond="o.refund_reason = 'visa_refused'", col="o.refunded_at"),
        "vs41": lambda: orders(*Y25, agg="count(*)", status="refunded", cond="o.refund_reason = 'cancelled'",
                               col="o.refunded_at"),
        "vs42": lambda: both_share("o.package = 'premium'", *H2_25),
        "vs43": lambda: orders(*Y25, agg="avg(o.amount)", cond=f"{SVC} AND o.visa_type = 'business'"),
        # ---- periods / volumes
        "vs46": lambda: service_count("2025-03-03", "2025-03-09"),
        "vs47": lambda: events_at("tp_enquiry", *month(2026, 4)),
        "vs48": lambda: count_change(month(2024, 12), month(2025, 12), "o.destination_en = 'Japan'"),
        "vs49": lambda: count_change(quarter(2025, 3), quarter(2025, 4)),
        "vs50": lambda: service_count("2026-06-01", "2026-06-20"),
        "vs51": lambda: service_count(*month(2026, 5)),
        "vs52": lambda: events_at("tp_enquiry", *quarter(2025, 4)),
        # ---- customers
        "vs53": lambda: customers_share("c.traveller_type = 'self_employed'"),
        "vs54": lambda: customers_share("c.city_en = 'Shanghai'", _in("c.signup_at", *Y25)),
        "vs55": lambda: conv("sales", *Y25, evcond=_cust("c.region = '深圳'")),
        "vs56": lambda: event_share("tp_enquiry", "e.device = 'android'", *Y25),
        "vs57": lambda: event_share("tp_enquiry", "e.device = 'ios'", *Y25),
        # ---- feedback
        "vs60": lambda: fb_topic_count(SLOT_TXT),
        "vs61": lambda: fb_topic_count(CHECKLIST_TXT),
        "vs62": lambda: feedback_ids(NOREASON_TXT),
        "vs63": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2026, 1))),
        "vs64": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 20),
        "vs65": lambda: fb_avg(f"f.channel = 'fliggy_review' AND {_in('f.ts', *Y25)}"),
        "vs66": lambda: fb_avg("f.channel = 'survey' AND f.destination_en = 'Japan'"),
        "vs67": lambda: fb_topic_count(FAST_TXT),
        "vs68": lambda: feedback_ids(SLOW_TXT),
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
