"""Gold answers for the 译通 LinguaBridge (translation & interpreting agency) held-out batch, from plain DuckDB SQL over
the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event (any action) at step k's touchpoint after reaching
  step k-1, within the journey window from their first step-1 event in the period (quote 30 d, delivery 60 d); rates
  are per customer ("clients", "visitors" = customer_id); the tolerance covers both readings (later steps allowed
  after the period end, or not). A step's drop-off rate = customers who reached step k but not k+1 / customers who
  reached step k (the loss is attributed to step k). Funnels "for X clients" keep the events of the customers with
  that attribute (customers table: acquisition_channel, client_type, primary_device ...);
- one project = one `session_id` (PJ00123) on every event of the project (the portal visit carries the id of the
  client's first project); per-project rates take the first event of the named step per session with its ts in the
  period and look for the later step on the same session at any time (the tolerance also covers "within 30 days");
- times between steps = per project, first B ts - first A ts over projects that reached both, period on A's ts;
  "more than X" is strict; turnaround of a quote = tp_quote_request -> tp_quote_sent;
- "late" = tp_final events with delivered_on_time = 'late' (final ts after the agreed deadline); revision rate =
  share of projects with a tp_draft event (period on the draft) that have any tp_revision event; "revision requests"
  counted as tp_revision events (every round);
- translator columns (translator_id, translator_name / _en, translator_level / 译员级别) are on events from
  tp_assigned on, on survey feedback rows; account_manager / account_manager_en on customers, events, orders,
  feedback; zh top-entity golds use the Chinese values (translator_name, account_manager, region, 行业), en ones the
  English twins (account_manager_en, city_en) or raw ids (language_pair, client_type, acquisition_channel,
  touchpoint_id);
- money = orders with status `paid` by order ts (deposit 定金, balance 尾款, notarisation 公证费; a refunded deposit is
  status `refunded`, refunded in full, refund date in `refunded_at`); "revenue" = all paid orders; rush surcharge and
  discounts = the rush_surcharge / discount_amount columns of paid orders; per paying client = paid amount / clients
  with a paid order in the period; "deposits taken" count deposit orders of any status by order ts (= tp_deposit
  events);
- "quote requests" = tp_quote_request events (each a project); "final deliveries" = tp_final events; repeat orders =
  tp_repeat events (logged with the repeat project's quote request);
- feedback: "comments" / "feedback" = all rows of all channels, including undated rows when no period is named;
  "survey" = channel 'survey' (post-delivery / post-certification satisfaction survey); "Dianping reviews" = channel
  'dianping'; negative = `sentiment_label = 'neg'` over rows dated in the period; topic counts by text markers with a
  5 % tolerance; rating by step = feedback.touchpoint_id over every rated row;
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


def top_dropoff_rate(journey, start, end, margin=0.08):
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


# ---------- per-project rates and durations ----------

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


def rate(a_tp, b_tp, start, end, cond="1=1", alt_within=30):
    """per project; tolerance also covers the reading 'within alt_within days of A'"""
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


def top_events(tp, by, start, end, margin=1.15):
    rows = q(f"SELECT {by}, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def event_share(tp, num, start, end, cond="1=1"):
    v = one(f"SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id) "
            f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_event_share(tp, num, start, end, by, min_n, margin=1.3):
    rows = q(f"SELECT {by}, avg(({num})::int) r, count(*) n FROM events e LEFT JOIN customers c USING (customer_id) "
             f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} "
             f"ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def repeat_within(start, end, days, cond="1=1"):
    """clients whose first project (earliest quote request) had its balance paid in the period: share with a repeat
    order (tp_repeat) within `days` days after that payment"""
    v = one(f"""WITH fp AS (SELECT customer_id, arg_min(session_id, ts) pid FROM events
                            WHERE touchpoint_id = 'tp_quote_request' GROUP BY 1),
                     paid AS (SELECT fp.customer_id, min(e.ts) tp FROM fp JOIN events e ON e.session_id = fp.pid
                              AND e.touchpoint_id = 'tp_invoice_paid' GROUP BY 1),
                     fin AS (SELECT e.session_id, e.delivered_on_time FROM events e WHERE e.touchpoint_id = 'tp_final')
                SELECT avg((EXISTS (SELECT 1 FROM events r WHERE r.customer_id = paid.customer_id
                                    AND r.touchpoint_id = 'tp_repeat' AND r.ts > paid.tp
                                    AND r.ts <= paid.tp + INTERVAL {days} DAY))::int)
                FROM paid JOIN fp USING (customer_id) LEFT JOIN fin ON fin.session_id = fp.pid
                WHERE {_in('paid.tp', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


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


def top_projects_per_client(by, margin=1.15):
    rows = q(f"""SELECT {by}, count(*) * 1.0 / count(DISTINCT e.customer_id) n FROM events e
                 JOIN customers c USING (customer_id) WHERE e.touchpoint_id = 'tp_quote_request'
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f LEFT JOIN customers c USING (customer_id) WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, alt=None, tol=0.02):
    v = one(f"SELECT avg(f.rating) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}")
    w = one(f"SELECT avg(f.rating) FROM feedback f WHERE f.rating IS NOT NULL AND {alt}") if alt else v
    return dict(value=round(v, 3), tolerance=round(max(tol, abs(v - w) + 0.01), 3))


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def rank_fb_avg(by, cond, min_n, lowest=True, margin=0.3):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) n FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a {'' if lowest else 'DESC'}")
    assert abs(rows[1][1] - rows[0][1]) > margin, rows
    return dict(top_entity=rows[0][0])


ALL = ("2024-10-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
NEG = "f.sentiment_label = 'neg'"
ACQ = {k: _cust(f"c.acquisition_channel = '{k}'") for k in ("web_search", "referral", "partner_law_firm")}
LATE_TXT = _like("f.text", ["延期", "没有按时交稿", "一拖再拖", "missed the deadline", "delivery was late",
                            "missed deadline", "came back late"])
TERMS_TXT = _like("f.text", ["术语不统一", "译法不一致", "前后不统一", "terminology was inconsistent",
                             "translated three different ways", "inconsistent terms"])
PRICE_TXT = _like("f.text", ["太贵", "价格太高", "价格偏贵", "收费太高", "too expensive", "price too high"])
PM_TXT = _like("f.text", ["响应很快", "响应特别快", "响应及时", "沟通很及时", "responsive"])
NOTARY_TXT = _like("f.text", ["公证办得太慢", "盖章公证拖太久", "等公证", "公证环节等了很久", "公证太慢", "notarisation took",
                              "notarisation was very slow", "notarised copy"])


def gold():
    LATE = "e.delivered_on_time = 'late'"
    REV = "e.session_id IN (SELECT session_id FROM events WHERE touchpoint_id = 'tp_revision')"
    DOCS = "a.service_type IN ('document', 'certified')"
    return {
        # ---- quote-to-order funnel (per customer)
        "tr01": lambda: conv("quote", *Y25),
        "tr02": lambda: conv("quote", *Y25, evcond=ACQ["partner_law_firm"]),
        "tr03": lambda: conv_rank("quote", *Y25, ACQ, lowest=True),
        "tr04": lambda: top_dropoff_rate("quote", *quarter(2025, 3)),
        "tr05": lambda: conv("quote", *month(2026, 3), upto=2, evcond=_cust("c.primary_device = 'android'")),
        "tr06": lambda: conv("quote", *month(2026, 3), upto=2, evcond=_cust("c.primary_device = 'ios'")),
        "tr07": lambda: rate("tp_quote_request", "tp_deposit", *quarter(2026, 1)),
        # ---- quote acceptance (per quote)
        "tr08": lambda: rate("tp_quote_sent", "tp_quote_accepted", *H1_25, "c.client_type = 'individual'"),
        "tr09": lambda: rate("tp_quote_sent", "tp_quote_accepted", *H2_25, "c.client_type = 'individual'"),
        "tr10": lambda: rank_rate("tp_quote_sent", "tp_quote_accepted", *Y25, "c.client_type", lowest=True),
        # ---- revisions
        "tr11": lambda: rate("tp_draft", "tp_revision", *Y25, "a.translator_level = 'junior'"),
        "tr12": lambda: rate("tp_draft", "tp_revision", *Y25, "a.translator_level = 'senior'"),
        "tr13": lambda: rank_rate("tp_draft", "tp_revision", *ALL, "a.translator_name", having="count(*) >= 30"),
        "tr14": lambda: rank_rate("tp_draft", "tp_revision", *ALL, "c.industry", having="count(*) >= 100"),
        "tr15": lambda: event_share("tp_revision", "e.revision_reason = 'terminology'", *Y25),
        # ---- deadlines
        "tr17": lambda: event_share("tp_final", LATE, *quarter(2025, 4), "e.language_pair = 'zh-ja'"),
        "tr18": lambda: event_share("tp_final", LATE, *quarter(2025, 4), "e.language_pair = 'zh-en'"),
        "tr19": lambda: rank_event_share("tp_final", LATE, *quarter(2025, 4), "e.language_pair", 15, margin=2),
        "tr20": lambda: event_share("tp_final", LATE, *Y25, "e.urgency = 'rush'"),
        "tr21": lambda: orders(*Y25, agg="count(*)", status="refunded",
                               cond="o.refund_reason = 'no_translator_available'", col="o.refunded_at"),
        # ---- times
        "tr22": lambda: step_time("tp_quote_request", "tp_quote_sent", *Y25, agg="avg", unit="hour"),
        "tr23": lambda: step_time("tp_deposit", "tp_final", *Y25, DOCS),
        "tr24": lambda: step_time("tp_final", "tp_certify", *Y25,
                                  "c.region = '深圳' AND a.session_id IN (SELECT session_id FROM events "
                                  "WHERE certify_type = 'notarisation')"),
        "tr25": lambda: rank_step_time("tp_final", "tp_certify", *Y25, "c.region", 20,
                                       "a.session_id IN (SELECT session_id FROM events WHERE certify_type = "
                                       "'notarisation')"),
        "tr26": lambda: step_time("tp_final", "tp_certify", *Y25,
                                  "a.session_id IN (SELECT session_id FROM events WHERE certify_type = "
                                  "'notarisation')", share_over=5),
        "tr27": lambda: step_time("tp_final", "tp_invoice_paid", *Y25, "c.client_type = 'company'", agg="avg"),
        # ---- rankings
        "tr28": lambda: rank_fb_avg("f.account_manager_en", "f.channel = 'survey'", 50, lowest=False, margin=0.15),
        "tr29": lambda: rank_fb_avg("f.account_manager", "f.channel = 'survey'", 30, margin=0.3),
        "tr30": lambda: top_orders("c.行业", *Y25),
        "tr31": lambda: top_orders("o.language_pair", *Y25, margin=1.5),
        "tr32": lambda: top_events("tp_quote_request", "c.city_en", *Y25),
        "tr33": lambda: top_projects_per_client("c.client_type"),
        # ---- money / counts
        "tr34": lambda: orders(*quarter(2025, 3)),
        "tr35": lambda: orders(*Y25, agg="sum(o.rush_surcharge)"),
        "tr36": lambda: orders(*Y25, cond="o.order_type = 'notarisation'"),
        "tr39": lambda: per_customer(*Y25),
        "tr40": lambda: sales_change(quarter(2025, 1), quarter(2026, 1)),
        "tr41": lambda: events_at("tp_quote_request", *month(2025, 10)),
        "tr42": lambda: events_at("tp_quote_request", "2025-03-03", "2025-03-09"),
        "tr43": lambda: events_change("tp_quote_request", month(2025, 11), month(2025, 12)),
        "tr45": lambda: order_share("o.urgency = 'rush'", *Y25, cond="o.order_type = 'deposit'"),
        # ---- relative periods
        "tr49": lambda: events_at("tp_quote_request", "2026-05-01", "2026-05-20"),
        "tr50": lambda: events_at("tp_quote_request", *month(2026, 4)),
        "tr51": lambda: events_at("tp_final", *month(2026, 3)),
        "tr52": lambda: events_at("tp_final", *month(2026, 2)),
        "tr53": lambda: events_at("tp_deposit", "2026-06-08", "2026-06-14"),
        # ---- repeat orders
        "tr54": lambda: repeat_within(*H1_25, 180),
        "tr55": lambda: repeat_within(*H1_25, 180, "fin.delivered_on_time = 'late'"),
        "tr56": lambda: events_at("tp_repeat", *Y25, distinct="e.customer_id"),
        # ---- feedback
        "tr61": lambda: fb_topic_count(LATE_TXT),
        "tr62": lambda: fb_topic_count(TERMS_TXT),
        "tr63": lambda: feedback_ids(PRICE_TXT),
        "tr64": lambda: feedback_ids(PM_TXT),
        "tr65": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 4))),
        "tr66": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 2))),
        "tr67": lambda: rank_fb_avg("f.touchpoint_id", "1=1", 20, margin=0.5),
        "tr68": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "tr69": lambda: fb_avg("f.channel = 'dianping'"),
        "tr70": lambda: fb_topic_count(f"{NOTARY_TXT} AND c.region = '深圳'"),
        "tr71": lambda: fb_avg("f.channel = 'survey' AND f.translator_level = 'senior'",
                               alt="f.translator_level = 'senior'"),
        "tr72": lambda: fb_avg("f.channel = 'survey' AND f.translator_level = 'junior'",
                               alt="f.translator_level = 'junior'"),
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
