"""Gold answers for the 律帮 LawHelp (online legal consultation) held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event (any action) at step k's touchpoint after reaching
  step k-1, within the journey window from their first step-1 event in the period (consult 14 d, case 365 d); rates
  are per customer ("people", "visitors" = customer_id); the tolerance covers both readings (later steps allowed after
  the period end, or not) unless the question says to follow everyone to the end of the data (cohort reading only).
  A step's drop-off rate = customers who reached step k but not k+1 / customers who reached step k (the loss is
  attributed to step k). Funnels "for X customers" keep the events of the customers with that attribute
  (customers table: acquisition_channel, customer_type, primary_device ...);
- one customer = one case = one `session_id` (CS00123) on every event; per-case rates take the first event of the
  named step per session with its ts in the period and look for the later step on the same session at any time
  (the tolerance also covers "within 14 days" where the question gives no window);
- times between steps = per session, first B ts - first A ts over sessions that reached both, period on A's ts;
  "more than X" is strict; lawyer reply time = tp_question -> tp_matched; call length = events.call_minutes on
  tp_consult_done; case duration = tp_retained -> tp_case_closed;
- lawyer columns (lawyer_id, lawyer_name, law_firm / law_firm_en, lawyer_seniority / 律师级别) are on events, orders and
  feedback rows; zh top-entity golds use the Chinese twins (law_firm, 案件类型, 来源渠道, lawyer_name), en ones the
  English twins (law_firm_en) or raw ids (case_type, acquisition_channel, touchpoint_id);
- money = orders with status `paid` by order ts (a refunded order is status `refunded`, refunded in full, refund date in
  `refunded_at`); order types consultation (电话咨询费), overtime (超时费, from 2025-09-01), drafting (文书代写费), retainer
  (委托代理费); "revenue" = all paid orders; counts of consultation orders "booked" take every status by order ts
  (the tolerance covers the paid-only reading unless the question says refunded ones count); consultation refund rate = refunded / all consultation orders by
  order ts; per paying customer = paid amount (or paid orders) / customers with a paid order in the period;
- "completed consultations" = tp_consult_done events by ts; "free questions" = tp_question events; "visitors" =
  customers (one landing visit each);
- feedback: "comments" / "feedback" = all rows of all channels, including undated rows when no period is named;
  "lawyer ratings" = channel 'lawyer_rating' (touchpoint_id = the step rated: tp_consult_done, tp_case_closed,
  tp_drafting); "app store reviews" = channel 'app_review'; "Douyin comments" = channel 'douyin_comment'; negative =
  `sentiment_label = 'neg'` (generator truth) over rows dated in the period (every row, undated too, when no period
  is named); topic counts by text markers with a 5 %
  tolerance; rating by step = feedback.touchpoint_id over every rated row;
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
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
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


def cohort_conv(journey, start, end, upto=None, evcond="1=1"):
    """the question says to follow each customer to the end of the data"""
    c = funnel(journey, start, end, evcond=evcond)
    return dict(value=round((c[-1] if upto is None else c[upto - 1]) / c[0], 4), tolerance=0.01)


def cohort_dropoff(journey, start, end, k, evcond="1=1"):
    c = funnel(journey, start, end, evcond=evcond)
    return dict(value=round((c[k - 1] - c[k]) / c[k - 1], 4), tolerance=0.01)


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


def top_dropoff_rate(journey, start, end, margin=0.1):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        rates = [(c[i] - c[i + 1]) / c[i] for i in range(len(c) - 1)]
        best = max(range(len(rates)), key=lambda i: rates[i])
        assert rates[best] - sorted(rates)[-2] > margin, rates
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per-case rates and durations ----------

def _tps(tp):
    tps = tp if isinstance(tp, (list, tuple)) else [tp]
    return ", ".join(f"'{t}'" for t in tps)


def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT *, row_number() OVER (PARTITION BY session_id ORDER BY ts, event_id) rn
                FROM events WHERE touchpoint_id IN ({_tps(tp)}) AND ({cond})) WHERE rn = 1)"""


def _rate(a_tp, b_tp, start, end, cond="1=1", within=None, by=None, having="1=1"):
    sel = f"{by}, " if by else ""
    win = f"AND b.ts <= a.ts + INTERVAL {within} DAY" if within else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN {_first(b_tp)} b ON b.session_id = a.session_id AND b.ts > a.ts {win}
              LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.ts', start, end)} AND ({cond})
              {f'GROUP BY 1 HAVING {having} ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", alt_within=14):
    """per case; tolerance also covers the reading 'within alt_within days of A'"""
    v = _rate(a_tp, b_tp, start, end, cond)[0][0]
    w = _rate(a_tp, b_tp, start, end, cond, within=alt_within)[0][0] if alt_within else v
    return dict(value=round(v, 4), tolerance=round(max(0.01, abs(v - w) + 0.005), 4))


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", lowest=False, margin=1.3, having="1=1"):
    rows = _rate(a_tp, b_tp, start, end, cond, by=by, having=having)
    if lowest:
        rows = rows[::-1]
        assert rows[0][1] * margin < rows[1][1], rows
    else:
        assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=str(rows[0][0]))


DIV = {"day": 86400.0, "hour": 3600.0, "minute": 60.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="day", share_over=None):
    x = f"epoch(b.ts - a.ts) / {DIV[unit]}"
    expr = f"avg(({x} > {share_over})::int)" if share_over is not None else f"{agg}({x})"
    v = one(f"""SELECT {expr} FROM {_first(a_tp)} a JOIN {_first(b_tp)} b USING (session_id)
                LEFT JOIN customers c ON c.customer_id = a.customer_id
                WHERE b.ts > a.ts AND {_in('a.ts', start, end)} AND ({cond})""")
    if share_over is not None:
        return dict(value=round(v, 4), tolerance=0.01)
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.03), 3))


def rank_step_time(a_tp, b_tp, start, end, by, min_n, cond="1=1", unit="day", margin=1.15):
    rows = q(f"""SELECT {by}, median(epoch(b.ts - a.ts) / {DIV[unit]}) m, count(*) n FROM {_first(a_tp)} a
                 JOIN {_first(b_tp)} b USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE b.ts > a.ts AND {_in('a.ts', start, end)}
                 AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY m DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def reply_then_book(start, end, delay_cond):
    """per case: first free question in the period, first lawyer reply delay (hours) matching delay_cond, share who
    booked a paid consultation within 14 days of the question"""
    v = one(f"""WITH e AS (SELECT session_id, min(ts) t0 FROM events WHERE touchpoint_id = 'tp_question' GROUP BY 1),
                     r AS (SELECT session_id, min(ts) t1 FROM events WHERE touchpoint_id = 'tp_matched' GROUP BY 1),
                     o AS (SELECT session_id, min(ts) t2 FROM events WHERE touchpoint_id = 'tp_consult_booked'
                           GROUP BY 1)
                SELECT avg((o.t2 IS NOT NULL AND o.t2 <= e.t0 + INTERVAL 14 DAY)::int)
                FROM e JOIN r USING (session_id) LEFT JOIN o USING (session_id)
                WHERE {_in('e.t0', start, end)} AND ({delay_cond.replace('H', 'epoch(r.t1 - e.t0) / 3600.0')})""")
    return dict(value=round(v, 4), tolerance=0.01)


def event_stat(tp, expr, start, end, cond="1=1", tol_rel=0.03):
    v = float(one(f"SELECT {expr} FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} "
                  f"AND ({cond})"))
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * tol_rel), 3))


def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def top_events(tp, by, start, end, margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def event_share(tp, num, start, end):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- orders / customers ----------

OC = "orders o LEFT JOIN customers c USING (customer_id)"
CONS = "o.order_type = 'consultation'"


def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1", col="o.ts"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM {OC} WHERE {st} AND {_in(col, start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.003), 2))


def order_count(start, end, cond=CONS, strict=False):
    """orders of any status; unless strict (the question says refunded ones count), the tolerance covers the
    paid-only reading"""
    a, b = q(f"SELECT count(*), count(*) FILTER (WHERE o.status = 'paid') FROM {OC} WHERE "
             f"{_in('o.ts', start, end)} AND ({cond})")[0]
    return dict(value=a, tolerance=0.5 if strict else a - b + 0.5)


def sales_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM {OC} WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM {OC} WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, agg="sum(o.amount)", cond="1=1"):
    v = one(f"""SELECT {agg} / count(DISTINCT o.customer_id) FROM {OC}
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


def order_share(num, start, end, cond=CONS, both=True):
    """share over orders of any status; with both, the tolerance covers the paid-only reading"""
    a = one(f"SELECT avg(({num})::int) FROM {OC} WHERE {_in('o.ts', start, end)} AND ({cond})")
    b = one(f"SELECT avg(({num})::int) FROM {OC} WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
            f"AND ({cond})") if both else a
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def top_orders(by, start, end, agg="sum(o.amount)", status="paid", cond="1=1", margin=1.15, having="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {by}, {agg} n FROM {OC} WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 HAVING {having} ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
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


def fb_avg(cond, alt=None, tol=0.02):
    v = one(f"SELECT avg(f.rating) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}")
    w = one(f"SELECT avg(f.rating) FROM feedback f WHERE f.rating IS NOT NULL AND {alt}") if alt else v
    return dict(value=round(v, 3), tolerance=round(max(tol, abs(v - w) + 0.01), 3))


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def bottom_fb_avg(by, cond, min_n, margin=0.1):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows
    return dict(top_entity=rows[0][0])


ALL = ("2024-07-01", "2026-05-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
NEG = "f.sentiment_label = 'neg'"
ACQ = {k: _cust(f"c.acquisition_channel = '{k}'") for k in ("baidu", "douyin", "wechat", "referral")}
SLOW_TXT = _like("f.text", ["才有律师回复", "回复太慢", "没人接单", "接单太慢", "回复速度太慢", "等律师回复",
                            "hours to reply", "slow to reply", "picked up my question", "slow reply"])
FEES_TXT = _like("f.text", ["收费不透明", "另外收费", "超时费", "价格说明", "收费标准", "hidden charges",
                            "fees were not clear", "pricing is confusing", "unclear fees"])
SHORT_TXT = _like("f.text", ["时间太短", "咨询太短", "分钟就挂", "too short"])
REFUND_TXT = _like("f.text", ["退款", "refund"])
PRO_TXT = _like("f.text", ["专业", "professional"])


def gold():
    return {
        # ---- consultation funnel
        "la01": lambda: conv("consult", *Y25),
        "la02": lambda: conv("consult", *Y25, evcond=ACQ["douyin"]),
        "la03": lambda: conv_rank("consult", *Y25, ACQ, lowest=True),
        "la04": lambda: top_dropoff_rate("consult", *quarter(2025, 2)),
        "la05": lambda: cohort_dropoff("consult", *month(2025, 10), 3),
        "la06": lambda: conv("consult", *month(2026, 2), upto=2, evcond=_cust("c.primary_device = 'android'")),
        "la07": lambda: conv("consult", *month(2026, 2), upto=2, evcond=_cust("c.primary_device = 'ios'")),
        "la08": lambda: rate("tp_question", "tp_consult_done", *quarter(2026, 1)),
        # ---- case journey
        "la09": lambda: cohort_conv("case", *H1_25, upto=2),
        "la10": lambda: cohort_conv("case", *H1_25, upto=2, evcond=_cust("c.customer_type = 'small_business'")),
        "la11": lambda: rate("tp_consult_done", "tp_retained", *ALL, "a.lawyer_seniority = 'senior'"),
        "la12": lambda: rate("tp_consult_done", "tp_retained", *ALL, "a.lawyer_seniority = 'junior'"),
        # ---- times
        "la13": lambda: step_time("tp_question", "tp_matched", *Y25, unit="hour"),
        "la14": lambda: rank_step_time("tp_question", "tp_matched", *Y25, "b.law_firm_en", 100, unit="hour",
                                       margin=2),
        "la15": lambda: step_time("tp_question", "tp_matched", *Y25, unit="hour", share_over=8),
        "la16": lambda: reply_then_book(*Y25, "H < 2"),
        "la17": lambda: reply_then_book(*Y25, "H > 8"),
        "la18": lambda: step_time("tp_retained", "tp_case_closed", *ALL, "a.case_type = 'traffic_accident'"),
        "la19": lambda: rank_step_time("tp_retained", "tp_case_closed", *ALL, "a.case_type", 20),
        "la20": lambda: step_time("tp_retained", "tp_case_closed", *Y25, share_over=90),
        "la21": lambda: step_time("tp_consult_booked", "tp_consult_done", *Y25, agg="avg", unit="hour"),
        "la22": lambda: event_stat("tp_consult_done", "median(call_minutes)", *Y25, "e.lawyer_seniority = 'junior'"),
        "la23": lambda: event_stat("tp_consult_done", "median(call_minutes)", *Y25, "e.lawyer_seniority = 'senior'"),
        # ---- rankings
        "la24": lambda: bottom_fb_avg("f.lawyer_name", "1=1", 30, margin=0.5),
        "la25": lambda: rank_rate("tp_consult_done", "tp_drafting", *ALL, "c.案件类型", having="count(*) >= 100"),
        "la26": lambda: top_orders("o.case_type", *Y25, cond="o.order_type = 'retainer'", margin=1.3),
        "la27": lambda: top_events("tp_question", "c.案件类型", *month(2025, 12), margin=1.5),
        # ---- money / counts
        "la29": lambda: orders(*quarter(2025, 3), cond=CONS),
        "la30": lambda: orders(*quarter(2025, 4), cond="o.order_type = 'overtime'"),
        "la31": lambda: orders(*Y25, cond="o.order_type = 'retainer'"),
        "la32": lambda: order_count("2025-03-03", "2025-03-09", strict=True),
        "la33": lambda: events_at("tp_consult_done", *month(2025, 10)),
        "la34": lambda: orders(*Y25, agg="count(*)", status="refunded", cond=CONS, col="o.refunded_at"),
        "la35": lambda: order_share("o.status = 'refunded'", "2025-09-01", "2025-12-31", both=False),
        "la36": lambda: order_share("o.status = 'refunded'", "2025-01-01", "2025-08-31", both=False),
        "la37": lambda: per_customer(*Y25),
        "la39": lambda: per_customer(*Y25, agg="count(*)"),
        "la40": lambda: events_change("tp_consult_done", month(2026, 2), month(2026, 3)),
        "la41": lambda: sales_change(quarter(2025, 1), quarter(2026, 1)),
        "la42": lambda: order_count(*H2_25, strict=True),
        "la43": lambda: events_at("tp_question", *month(2026, 3)),
        "la44": lambda: events_at("tp_question", *month(2026, 2)),
        "la45": lambda: events_at("tp_consult_done", "2026-05-01", "2026-05-20"),
        "la46": lambda: events_at("tp_consult_done", *month(2026, 4)),

        # ---- shares
        "la51": lambda: customers_share("c.customer_type = 'small_business'"),
        "la52": lambda: event_share("tp_question", "e.case_type = 'labor_dispute'", *Y25),
        "la53": lambda: rate("tp_consult_done", "tp_drafting", *Y25),
        "la54": lambda: customers_share("c.tier = 'tier3'"),
        "la55": lambda: order_share("o.case_id IN (SELECT case_id FROM orders WHERE order_type = 'overtime')",
                                    "2025-09-01", "2026-05-31", both=False),
        # ---- lawyer columns
        "la56": lambda: fb_avg("f.channel = 'lawyer_rating' AND f.touchpoint_id = 'tp_consult_done' "
                               "AND f.律师级别 = '资深律师'",
                               alt="f.channel = 'lawyer_rating' AND f.律师级别 = '资深律师'"),
        "la57": lambda: fb_avg("f.channel = 'lawyer_rating' AND f.touchpoint_id = 'tp_consult_done' "
                               "AND f.律师级别 = '初级律师'",
                               alt="f.channel = 'lawyer_rating' AND f.律师级别 = '初级律师'"),
        "la58": lambda: events_at("tp_consult_done", *Y25, "e.law_firm_en = 'Hengzheng Law Firm'"),

        # ---- feedback
        "la61": lambda: fb_topic_count(FEES_TXT),
        "la62": lambda: fb_topic_count(SHORT_TXT),
        "la63": lambda: feedback_ids(REFUND_TXT),
        "la64": lambda: feedback_ids(SLOW_TXT),
        "la65": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 4))),
        "la66": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 2))),
        "la67": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 5, margin=0.5),
        "la68": lambda: fb_avg(f"f.channel = 'app_review' AND {_in('f.ts', *Y25)}"),
        "la69": lambda: fb_ratio(NEG, "f.channel = 'douyin_comment'"),
        "la70": lambda: fb_topic_count(PRO_TXT),
        "la71": lambda: fb_avg("f.lawyer_id = 'L07'", alt="f.lawyer_id = 'L07' AND f.channel = 'lawyer_rating'"),
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
