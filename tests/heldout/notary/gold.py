"""Gold answers for the 公证通 NotaryOne (notary office chain) held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event (any action) at step k's touchpoint after reaching
  step k-1, within the journey window from their first step-1 event in the period (intake 14 d, certify 45 d); rates
  are per customer ("clients" = customer_id); the tolerance covers both readings (later steps allowed after the period
  end, or not). A step's drop-off rate = customers who reached step k but not k+1 / customers who reached step k (the
  loss is attributed to step k). Funnels "for X clients" keep the events of the customers with that attribute
  (customers table: acquisition_channel, primary_device, client_type ...);
- one case = one `session_id` (CS000123) on every event of the case (enquiry to survey); per-case rates take the
  first event of the named step per case with its ts in the period and look for the later step on the same case at
  any time (the tolerance also covers "within 30 days");
- times between steps = per case, first B ts - first A ts over cases that reached both, period on A's ts; "more than X"
  is strict; the queue wait = tp_submit -> tp_id_verify in minutes; turnaround = tp_fee_paid -> tp_issued;
- "returned for missing papers" = the case has a tp_return event; return reasons counted per tp_return event;
- money = orders with status `paid` by order ts (notary_fee 公证费, addon_fee 加办费, express_fee 快递费); a cancelled
  case's notary fee is status `refunded`, refunded in full (refund_amount = amount, date `refunded_at`); "revenue" =
  all paid orders; per paying client = paid amount / clients with a paid order in the period;
- counts: "cases accepted / documents submitted" = tp_submit events; "certificates issued" = tp_issued events;
  "appointments booked" = tp_booking events; "enquiries" = tp_inquiry events;
- feedback: "comments" / "feedback" = all rows of all channels, including undated rows when no period is named;
  "survey" = channel 'survey' (post-service survey, rated 1-5 with NPS 0-10); "mini-program reviews" = channel
  'mini_program_review'; negative = `sentiment_label = 'neg'` over rows dated in the period; topic counts by text
  markers with a 5 % tolerance (markers checked against every generator template: no false hits, none missed);
  rating by step = feedback.touchpoint_id over every rated row; notary / office ratings = survey rows' notary /
  office columns;
- zh top-entity golds use the Chinese values (notary, office, city), en ones the English twins (notary_en, office_en)
  or raw ids (doc_type, acquisition_channel, nationality_group, booking_method, touchpoint_id);
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
    return _val(_both(journey, start, end, lambda c: c[(upto or len(c)) - 1] / c[0], evcond))


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


def top_dropoff_rate(journey, start, end, margin=0.03):
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

def _first(tp, cond="1=1"):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT *, row_number() OVER (PARTITION BY session_id ORDER BY ts, event_id) rn
                FROM events WHERE touchpoint_id = '{tp}' AND ({cond})) WHERE rn = 1)"""


def _rate(a_tp, b_tp, start, end, cond="1=1", within=None, by=None, having="1=1"):
    sel = f"{by}, " if by else ""
    win = f"AND b.ts <= a.ts + INTERVAL {within} DAY" if within else ""
    sql = f"""SELECT {sel}avg((b.session_id IS NOT NULL)::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN {_first(b_tp)} b ON b.session_id = a.session_id AND b.ts > a.ts {win}
              LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.ts', start, end)} AND ({cond})
              {f'GROUP BY 1 HAVING {having} ORDER BY r DESC' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", alt_within=30):
    """per case; tolerance also covers the reading 'within alt_within days of A'"""
    v = _rate(a_tp, b_tp, start, end, cond)[0][0]
    w = _rate(a_tp, b_tp, start, end, cond, within=alt_within)[0][0] if alt_within else v
    return dict(value=round(v, 4), tolerance=round(max(0.01, abs(v - w) + 0.005), 4))


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", lowest=False, margin=1.2, having="1=1"):
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


def rank_step_time(a_tp, b_tp, start, end, by, min_n, cond="1=1", unit="day", margin=1.3):
    rows = q(f"""SELECT {by}, median(epoch(b.ts - a.ts) / {DIV[unit]}) m, count(*) n FROM {_first(a_tp)} a
                 JOIN {_first(b_tp)} b USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE b.ts > a.ts AND {_in('a.ts', start, end)}
                 AND ({cond}) GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY m DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def events_at(tp, start, end, cond="1=1", distinct=None):
    agg = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return dict(value=one(f"SELECT {agg} FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_change(tp, a, b, cond="1=1"):
    x = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *a)} AND ({cond})")
    y = one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *b)} AND ({cond})")
    return dict(value=round((y - x) / x, 4), tolerance=0.01)


def event_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def per_client_events(tp, start, end, cond="1=1"):
    v = one(f"SELECT count(*) * 1.0 / count(DISTINCT e.customer_id) FROM events e LEFT JOIN customers c "
            f"USING (customer_id) WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 3), tolerance=round(max(0.02, v * 0.01), 3))


# ---------- orders / customers ----------

OC = "orders o LEFT JOIN customers c USING (customer_id)"


def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1", col="o.ts"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM {OC} WHERE {st} AND {_in(col, start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.003), 2))


def sales_change(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount) FROM {OC} WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM {OC} WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, agg="sum(o.amount)", cond="1=1"):
    v = one(f"""SELECT {agg} / count(DISTINCT o.customer_id) FROM {OC}
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.01), 3))


def order_share(num, start, end, cond="1=1", both=True):
    """share over orders of any status; with both, the tolerance covers the paid-only reading"""
    a = one(f"SELECT avg(({num})::int) FROM {OC} WHERE {_in('o.ts', start, end)} AND ({cond})")
    b = one(f"SELECT avg(({num})::int) FROM {OC} WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
            f"AND ({cond})") if both else a
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def top_orders(by, start, end, agg="sum(o.amount)", status="paid", cond="1=1", margin=1.15):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {by}, {agg} n FROM {OC} WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_share(num, cond="1=1"):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM customers c WHERE {cond}"), 4), tolerance=0.01)


# ---------- feedback ----------

FC = "feedback f LEFT JOIN customers c USING (customer_id)"


def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM {FC} WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM {FC} WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, alt=None, tol=0.02):
    v = one(f"SELECT avg(f.rating) FROM {FC} WHERE f.rating IS NOT NULL AND {cond}")
    w = one(f"SELECT avg(f.rating) FROM {FC} WHERE f.rating IS NOT NULL AND {alt}") if alt else v
    return dict(value=round(v, 3), tolerance=round(max(tol, abs(v - w) + 0.01), 3))


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM {FC} WHERE {cond}"), 4), tolerance=0.01)


def promoters(start, end):
    """share of 2025 survey rows with NPS 9-10; the tolerance also covers the per-client reading"""
    a = one(f"SELECT avg((f.nps >= 9)::int) FROM feedback f WHERE f.channel = 'survey' AND {_in('f.ts', start, end)}")
    b = one(f"""SELECT avg(p) FROM (SELECT customer_id, max((f.nps >= 9)::int) p FROM feedback f
                WHERE f.channel = 'survey' AND {_in('f.ts', start, end)} GROUP BY 1)""")
    return dict(value=round(a, 4), tolerance=round(max(0.01, abs(a - b) + 0.005), 4))


def rank_fb_avg(by, cond, min_n, lowest=True, margin=0.3):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM {FC} WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a {'' if lowest else 'DESC'}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows
    return dict(top_entity=rows[0][0])


ALL = ("2024-07-01", "2026-05-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
NEG = "f.sentiment_label = 'neg'"
ACQ = {k: _cust(f"c.acquisition_channel = '{k}'")
       for k in ("walk_in", "wechat_mini", "lawyer_referral", "web_search")}
WAIT_TXT = _like("f.text", ["排队", "等了一个多小时", "等了快两个小时", "等太久", "waited", "long wait", "queue"])
UNCLEAR_TXT = _like("f.text", ["材料清单", "没说清楚要带", "document list", "checklist", "which papers"])
RUDE_TXT = _like("f.text", ["态度很差", "态度恶劣", "不耐烦", "爱答不理", "rude", "dismissive"])
HELPFUL_TXT = _like("f.text", ["很耐心", "非常热情", "very helpful", "explained everything"])
FAST_TXT = _like("f.text", ["出证很快", "当天就拿到", "效率很高", "fast turnaround", "quick", "same day"])
FEE_TXT = _like("f.text", ["太贵", "费用太高", "too expensive", "fees are high"])
LEGAL = "a.session_id IN (SELECT session_id FROM events WHERE addon_type IN ('legalisation', 'translation_legalisation'))"


def gold():
    SURVEY = "f.channel = 'survey'"
    return {
        # ---- intake funnel (per client)
        "nt01": lambda: conv("intake", *Y25),
        "nt02": lambda: conv("intake", *Y25, evcond=ACQ["lawyer_referral"]),
        "nt03": lambda: conv_rank("intake", *Y25, ACQ, lowest=True),
        "nt04": lambda: top_dropoff_rate("intake", *Y25),
        "nt05": lambda: conv("intake", *month(2025, 11), upto=2,
                             evcond=_cust("c.acquisition_channel = 'wechat_mini' AND c.primary_device = 'android'")),
        "nt06": lambda: conv("intake", *month(2025, 11), upto=2,
                             evcond=_cust("c.acquisition_channel = 'wechat_mini' AND c.primary_device = 'ios'")),
        "nt07": lambda: top_dropoff_rate("certify", *quarter(2025, 3)),
        "nt08": lambda: rate("tp_submit", "tp_issued", *quarter(2026, 1)),
        # ---- returns for missing papers (per case)
        "nt09": lambda: rate("tp_submit", "tp_return", *H1_25, "a.doc_type = 'property'"),
        "nt10": lambda: rate("tp_submit", "tp_return", *quarter(2025, 4), "a.doc_type = 'property'"),
        "nt11": lambda: rank_rate("tp_submit", "tp_return", *H1_25, "a.doc_type", having="count(*) >= 100"),
        # ---- queue wait (minutes)
        "nt13": lambda: step_time("tp_submit", "tp_id_verify", *H2_25, "a.office = '广州天河'", unit="minute"),
        "nt14": lambda: step_time("tp_submit", "tp_id_verify", *H2_25, "a.office = '北京朝阳'", unit="minute"),
        "nt15": lambda: rank_step_time("tp_submit", "tp_id_verify", *H2_25, "a.office_en", 50, unit="minute"),
        "nt16": lambda: step_time("tp_submit", "tp_id_verify", *Y25, unit="minute", share_over=60),
        # ---- turnaround
        "nt17": lambda: step_time("tp_fee_paid", "tp_issued", *Y25, "a.urgency = 'expedited'"),
        "nt18": lambda: step_time("tp_fee_paid", "tp_issued", *Y25, "a.urgency = 'standard'"),
        "nt19": lambda: step_time("tp_issued", "tp_collect", *Y25, LEGAL),
        "nt20": lambda: step_time("tp_submit", "tp_issued", *Y25, share_over=10),
        "nt21": lambda: step_time("tp_booking", "tp_submit", *Y25, "a.booking_method = 'phone'", agg="avg"),
        # ---- notaries
        "nt22": lambda: rank_fb_avg("f.notary", SURVEY, 50, lowest=False, margin=0.2),
        "nt23": lambda: rank_fb_avg("f.notary_en", SURVEY, 30, margin=0.3),
        # ---- money
        "nt25": lambda: orders(*quarter(2025, 3)),
        "nt26": lambda: orders(*Y25, cond="o.order_type = 'express_fee'"),
        "nt27": lambda: orders(*Y25, agg="sum(o.refund_amount)", status="refunded", col="o.refunded_at"),
        "nt28": lambda: orders(*Y25, agg="count(*)", status="refunded", col="o.refunded_at"),
        "nt29": lambda: per_customer(*Y25),
        "nt30": lambda: sales_change(quarter(2025, 1), quarter(2026, 1)),
        "nt31": lambda: top_orders("o.doc_type", *Y25, cond="o.order_type = 'notary_fee'"),
        "nt32": lambda: top_orders("o.city", *Y25, cond="o.order_type = 'notary_fee'"),
        "nt33": lambda: order_share("o.urgency = 'expedited'", *Y25, cond="o.order_type = 'notary_fee'"),
        "nt34": lambda: orders(*H1_25, agg="avg(o.amount)", cond="o.order_type = 'notary_fee' AND o.doc_type = 'property'"),
        "nt35": lambda: orders(*H2_25, agg="avg(o.amount)", cond="o.order_type = 'notary_fee' AND o.doc_type = 'property'"),
        "nt36": lambda: orders(*Y25, cond="o.order_type = 'addon_fee'"),
        "nt37": lambda: per_client_events("tp_issued", *Y25, "c.client_type = 'company'"),
        "nt38": lambda: orders(*Y25, agg="avg(o.amount)", cond="o.order_type = 'notary_fee' AND c.age_band = '60+'"),
        # ---- clients / extra columns
        "nt40": lambda: rank_rate("tp_issued", "tp_addon", *Y25, "c.nationality_group", margin=1.2),
        "nt41": lambda: event_share("tp_collect", "e.delivery_method = 'express'", *Y25,
                                    "c.nationality_group = 'foreign'"),
        "nt42": lambda: rank_rate("tp_booking", "tp_submit", *Y25, "a.booking_method", lowest=True, margin=1.05),
        "nt43": lambda: rate("tp_issued", "tp_addon", *Y25, "a.doc_type = 'degree'"),
        # ---- counts and periods
        "nt44": lambda: events_at("tp_submit", *month(2025, 10)),
        "nt45": lambda: events_at("tp_issued", "2025-03-03", "2025-03-09"),
        "nt46": lambda: events_change("tp_inquiry", month(2025, 10), month(2025, 11)),
        "nt47": lambda: events_at("tp_issued", *month(2026, 3)),
        "nt48": lambda: events_at("tp_issued", *month(2026, 2)),
        "nt49": lambda: events_at("tp_booking", "2026-05-11", "2026-05-17"),
        "nt50": lambda: orders("2026-05-01", "2026-05-20", cond="o.order_type = 'notary_fee'"),
        "nt51": lambda: events_at("tp_issued", *H2_25),
        # ---- feedback
        "nt55": lambda: fb_topic_count(WAIT_TXT),
        "nt56": lambda: fb_topic_count(f"{WAIT_TXT} AND c.region = '广州'"),
        "nt57": lambda: fb_topic_count(UNCLEAR_TXT),
        "nt58": lambda: feedback_ids(FAST_TXT),
        "nt59": lambda: feedback_ids(RUDE_TXT),
        "nt60": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 3))),
        "nt61": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2024, 3))),
        "nt62": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 20, margin=0.3),
        "nt63": lambda: fb_avg("f.channel = 'mini_program_review'"),
        "nt64": lambda: fb_topic_count(f"{FEE_TXT} AND {_in('f.ts', *Y25)}"),
        "nt66": lambda: promoters(*Y25),
        "nt67": lambda: fb_avg(f"{SURVEY} AND f.office_en = 'Guangzhou Tianhe' AND {_in('f.ts', *H2_25)}"),
        "nt68": lambda: feedback_ids(HELPFUL_TXT),
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
