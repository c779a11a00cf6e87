"""Gold answers for the 乐岛 IslandBeats (music festivals) held-out batch, from plain DuckDB SQL over the raw CSVs
written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window from their first step-1 event in the period (ticketing 60 d, entry 120 d, cashless 2 d,
  balance_refund 30 d); any action at the touchpoint counts (a failed top-up attempt is an event at tp_topup);
  rates are per customer; the tolerance covers both readings (later steps allowed after the period end, or not).
  "Where do we lose the most" = the step reached whose next step is not reached, largest count (the loss between
  step k and k+1 is attributed to step k);
- a "visit" = one `session_id` (V000123) = one fan x one festival edition (discovery, pre-registration, ticket,
  transfer, activation, gate, top-ups, purchases, balance refund, survey). A fan who receives a transferred or
  resold ticket gets a new session that starts at activation. Per-visit rates count sessions whose first event of
  the named step is in the period (or of the named festival edition) and look for the later event in the same
  session at any time: discovery -> ticket, pre-registration -> ticket (drop-off = missing), ticket -> transfer /
  resale, no-show = activated e-ticket (`tp_activate`) without a gate entry (`tp_gate`);
- festivals are named by `festival` (zh) / `festival_en` and `edition` (the year of the festival date);
  "the 2025 festivals" = editions 2025; a single edition is `festival_id` (e.g. ECHO2025 = Valley Echo 2025);
- times between steps = per session, first B ts - first A ts over sessions that reached both, period by the date
  of A (or the festival edition): gate queue = `tp_gate_queue` -> `tp_gate` (minutes), balance refund =
  `tp_refund_request` -> `tp_refund_done` (days / hours), pre-registration -> ticket (days); "more than X" is strict;
- wristband top-up failure rate = `tp_topup` events with action `fail` / all `tp_topup` events (attempts), device
  on the event;
- money = orders with status `paid`; revenue / 营业额 = all paid orders (tickets, food & drink, merch, transfer fees;
  wristband top-ups are stored value, not orders); refunds = amount of `refunded` orders (`balance_refund` = unused
  wristband balance, `ticket` = cancellations); tickets sold = paid ticket orders (by order ts); spend per paying
  fan = paid amount / fans with >= 1 paid order in the period; average order value = mean amount of paid orders;
- customers' attributes from customers (fan_type / 粉丝类型, age_band / 年龄段, tier / 会员等级, home_city / 常住城市);
  zh questions are checked against the Chinese twins (festival, 粉丝类型), en questions against festival_en /
  source / payment_method / age_band / touchpoint_id; attendees = distinct customers with `tp_gate`;
  re-registration = customers with a `tp_gate` dated in 2025 who have a `tp_prereg` dated in 2026;
- feedback: "comments" = all rows of all channels, "all data" includes rows without a date; negative share =
  `sentiment_label = 'neg'` over rows dated in the period; topic counts by text markers with a 5 % tolerance;
  rating by step = feedback.touchpoint_id (rows with a rating); festival ratings = rated rows with that
  festival_id; recommend score = survey `nps` (0-10) mean;
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
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT customer_id, ts, touchpoint_id FROM events WHERE 1=1"
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


def conv(journey, start, end, upto=None, frm=1):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        last = c[-1] if upto is None else c[upto - 1]
        vals.append(last / c[frm - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end, margin=1.3):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * margin, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- per visit (session) ----------

def _first(tp):
    return f"""(SELECT * EXCLUDE (rn) FROM (SELECT e.*, e.ts AS t, row_number() OVER (PARTITION BY session_id
               ORDER BY ts, event_id) rn FROM events e WHERE touchpoint_id = '{tp}'
               AND session_id IS NOT NULL) WHERE rn = 1)"""


def sess_rate(a_tp, b_tp, start, end, cond="1=1", missing=False, by=None, having="1=1", desc=True):
    """share of sessions with a first `a_tp` in the period that have (or, missing=True, lack) a `b_tp`."""
    sel = f"{by}, " if by else ""
    hit = "b.session_id IS NULL" if missing else "b.session_id IS NOT NULL"
    order = "DESC" if desc else "ASC"
    sql = f"""SELECT {sel}avg(({hit})::int) r, count(*) n FROM {_first(a_tp)} a
              LEFT JOIN (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b
              USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
              WHERE {_in('a.t', start, end)} AND ({cond})
              {f'GROUP BY 1 HAVING {having} ORDER BY r {order}' if by else ''}"""
    return q(sql)


def rate(a_tp, b_tp, start, end, cond="1=1", missing=False, tol=0.01):
    v = sess_rate(a_tp, b_tp, start, end, cond, missing=missing)[0][0]
    return dict(value=round(v, 4), tolerance=tol)


def rank_rate(a_tp, b_tp, start, end, by, cond="1=1", having="1=1", missing=False, desc=True, margin=1.3,
              check_small=False):
    rows = sess_rate(a_tp, b_tp, start, end, cond, by=by, having=having, missing=missing, desc=desc)
    if desc:
        assert rows[0][1] > rows[1][1] * margin, rows[:3]
    else:
        assert rows[0][1] * margin < rows[1][1], rows[:3]
    if check_small:   # the ranking must change when small groups are let in (the minimum size matters)
        allr = sess_rate(a_tp, b_tp, start, end, cond, by=by, missing=missing, desc=desc)
        assert allr[0][0] != rows[0][0], allr[:3]
    return dict(top_entity=rows[0][0])


DIV = {"day": 86400.0, "hour": 3600.0, "minute": 60.0}


def step_time(a_tp, b_tp, start, end, cond="1=1", agg="median", unit="minute"):
    v = one(f"""SELECT {agg}(epoch(b.t - a.t) / {DIV[unit]}) FROM {_first(a_tp)} a JOIN {_first(b_tp)} b
                USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.02, v * 0.03), 3))


def step_time_share(a_tp, b_tp, start, end, thr, cond="1=1", unit="minute"):
    v = one(f"""SELECT avg((epoch(b.t - a.t) / {DIV[unit]} > {thr})::int) FROM {_first(a_tp)} a
                JOIN {_first(b_tp)} b USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_step_time(a_tp, b_tp, start, end, by, min_n, cond="1=1", unit="minute", margin=2.0):
    rows = q(f"""SELECT {by}, median(epoch(b.t - a.t) / {DIV[unit]}) m, count(*) n FROM {_first(a_tp)} a
                 JOIN {_first(b_tp)} b USING (session_id) LEFT JOIN customers c ON c.customer_id = a.customer_id
                 WHERE b.t > a.t AND {_in('a.t', start, end)} AND ({cond})
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY m DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- events ----------

def events_at(tp, start, end, cond="1=1", distinct=None):
    agg = f"count(DISTINCT {distinct})" if distinct else "count(*)"
    return dict(value=one(f"SELECT {agg} FROM events e LEFT JOIN customers c USING (customer_id) "
                          f"WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def events_share(tp, num, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({num})::int) FROM events e LEFT JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_events_share(tp, num, start, end, by, cond="1=1", margin=2.0):
    rows = q(f"""SELECT {by}, avg(({num})::int) r, count(*) FROM events e LEFT JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond}) GROUP BY 1
                 ORDER BY r DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def reregister(cond="1=1"):
    v = one(f"""SELECT avg((s.customer_id IS NOT NULL)::int) FROM
                (SELECT DISTINCT customer_id FROM events WHERE touchpoint_id = 'tp_gate' AND year(ts) = 2025) g
                JOIN customers c USING (customer_id)
                LEFT JOIN (SELECT DISTINCT customer_id FROM events WHERE touchpoint_id = 'tp_prereg'
                 AND year(ts) = 2026) s USING (customer_id) WHERE {cond}""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- orders / customers ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o LEFT JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders_share(num, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({num})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def orders_change(a, b, cond):
    x = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return dict(value=round(float((y - x) / x), 4), tolerance=0.01)


def per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(o.amount) / count(DISTINCT o.customer_id) FROM orders o
                LEFT JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.005), 2))


def top_orders(by, start, end, agg="sum(o.amount)", status="paid", cond="1=1", margin=1.15):
    st = "1=1" if status is None else f"o.status = '{status}'"
    rows = q(f"""SELECT {by}, {agg} n FROM orders o LEFT JOIN customers c USING (customer_id)
                 WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})
                 AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert len(rows) == 1 or rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


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
    v = one(f"""SELECT avg(({num})::int) FROM feedback f LEFT JOIN customers c USING (customer_id)
                WHERE {cond}""")
    return dict(value=round(v, 4), tolerance=0.01)


def bottom_fb_avg(by, cond, min_n, margin=0.15):
    rows = q(f"SELECT {by}, avg(f.rating) a, count(*) FROM feedback f WHERE f.rating IS NOT NULL AND {cond} "
             f"AND {by} IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a")
    assert rows[1][1] - rows[0][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_fb_count(by, cond, margin=1.5):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
ALL = ("2024-06-01", "2026-06-30")
DISC, PRE, TICKET, TRANSFER, ACT, QUEUE, GATE, TOPUP, FOOD, MERCH, REQ, DONE, SURVEY = (
    "tp_discover", "tp_prereg", "tp_ticket", "tp_transfer", "tp_activate", "tp_gate_queue", "tp_gate", "tp_topup",
    "tp_food", "tp_merch", "tp_refund_request", "tp_refund_done", "tp_survey")
NEG = "f.sentiment_label = 'neg'"
QUEUE_T = _like("f.text", ["排队", "queue"])
FOOD_T = _like("f.text", ["太贵", "expensive", "overpriced"])
TOPUP_T = _like("f.text", ["充值", "top up", "top-up"])
TOILET_T = _like("f.text", ["厕所", "卫生间", "toilet"])
LINEUP_T = _like("f.text", ["阵容", "line-up"])


def fest(fid, alias="a"):
    return f"{alias}.festival_id = '{fid}'"


def ed25(alias="a"):
    return f"{alias}.edition = 2025"


def gold():
    q4_25, q4_24, q1_26 = quarter(2025, 4), quarter(2024, 4), quarter(2026, 1)
    return {
        # ---- funnels / conversion / drop-off
        "mf01": lambda: conv("ticketing", *Y25),
        "mf02": lambda: top_lost("entry", *H2_25),
        "mf03": lambda: rank_rate(DISC, TICKET, *Y25, by="a.source", desc=False, margin=1.8),
        "mf04": lambda: rate(DISC, TICKET, *H2_25, "a.source = 'douyin'"),
        "mf05": lambda: rate(DISC, TICKET, *H2_25, "a.source = 'friend'"),
        "mf06": lambda: rate(PRE, TICKET, *q1_26),
        "mf07": lambda: conv("cashless", *Y25),
        "mf08": lambda: rate(PRE, TICKET, *Y25, missing=True),
        # ---- gate queue, refunds: time between steps
        "mf09": lambda: step_time(QUEUE, GATE, *ALL, fest("ECHO2025")),
        "mf10": lambda: step_time(QUEUE, GATE, *ALL, fest("VOLT2025")),
        "mf11": lambda: step_time_share(QUEUE, GATE, *ALL, 60, fest("ECHO2025")),
        "mf12": lambda: rank_step_time(QUEUE, GATE, *ALL, by="a.festival_en", min_n=100, cond=ed25()),
        "mf13": lambda: step_time(REQ, DONE, *ALL, fest("VOLT2025"), unit="day"),
        "mf14": lambda: step_time(REQ, DONE, *ALL, fest("FOLK2025"), unit="day"),
        "mf15": lambda: step_time_share(REQ, DONE, *ALL, 72, ed25(), unit="hour"),
        # ---- no-shows, top-ups, tickets
        "mf17": lambda: rate(ACT, GATE, *ALL, ed25(), missing=True),
        "mf18": lambda: rank_rate(ACT, GATE, *ALL, by="c.age_band", missing=True, having="count(*) >= 100",
                                  margin=1.5, check_small=True),
        "mf19": lambda: rank_rate(ACT, GATE, *ALL, by="c.\"粉丝类型\"", missing=True, margin=2.0),
        "mf20": lambda: rate(ACT, GATE, *ALL, f"{ed25()} AND c.fan_type = 'student'", missing=True),
        "mf21": lambda: rate(ACT, GATE, *ALL, f"{ed25()} AND c.fan_type = 'family'", missing=True),
        "mf22": lambda: events_share(TOPUP, "e.action = 'fail'", *ALL, f"{fest('VOLT2025', 'e')} AND e.device = 'android'"),
        "mf23": lambda: events_share(TOPUP, "e.action = 'fail'", *ALL, f"{fest('VOLT2025', 'e')} AND e.device = 'ios'"),
        "mf24": lambda: rank_events_share(TOPUP, "e.action = 'fail'", *ALL, by="e.festival"),
        "mf25": lambda: orders_share("o.ticket_tier = 'early_bird'", *Y25, "o.order_type = 'ticket' AND o.status = 'paid'"),
        "mf26": lambda: orders_share("o.ticket_tier = 'vip'", *Y25,
                                     "o.order_type = 'ticket' AND o.status = 'paid' AND o.customer_id IN "
                                     "(SELECT customer_id FROM customers WHERE fan_type = 'student')"),
        "mf27": lambda: rate(TICKET, TRANSFER, *ALL, ed25()),
        "mf28": lambda: rank_rate(TICKET, TRANSFER, *ALL, by="c.\"粉丝类型\"", margin=1.4),
        "mf29": lambda: orders_share("o.status = 'cancelled'", *Y25, "o.order_type = 'ticket'"),
        "mf30": lambda: orders(*month(2025, 10), agg="count(*)", cond="o.order_type = 'ticket'"),
        "mf31": lambda: events_at(GATE, *ALL, fest("BAY2025", "e"), distinct="e.customer_id"),
        "mf32": lambda: events_at(PRE, "2025-03-03", "2025-03-09"),
        # ---- money
        "mf34": lambda: orders(*Y25),
        "mf35": lambda: orders_change(q4_24, q4_25, "o.order_type = 'ticket'"),
        "mf36": lambda: orders(*ALL, agg="avg(o.amount)", cond=f"o.order_type = 'food_drink' AND {fest('BAY2025', 'o')}"),
        "mf37": lambda: orders(*ALL, agg="avg(o.amount)", cond=f"o.order_type = 'food_drink' AND {fest('BAY2024', 'o')}"),
        "mf38": lambda: per_customer(*ALL, f"o.order_type = 'food_drink' AND {fest('BAY2025', 'o')}"),
        "mf39": lambda: orders(*Y25, status="refunded", cond="o.order_type = 'balance_refund'"),
        "mf40": lambda: top_orders("o.festival_en", *ALL, cond="o.order_type = 'merch' AND o.festival_id LIKE '%2025'"),
        "mf41": lambda: per_customer(*Y25),
        "mf42": lambda: per_customer(*Y25, "c.tier = 'gold'"),
        "mf43": lambda: orders(*Y25, cond="o.order_type = 'transfer_fee'"),
        "mf44": lambda: orders_change(H1_25, H2_25, "o.order_type = 'food_drink'"),
        # ---- periods, shares of sources, relative periods
        "mf48": lambda: events_share(DISC, "e.source = 'douyin'", *H1_26),
        "mf49": lambda: events_share(DISC, "e.source = 'douyin'", *H1_25),
        "mf50": lambda: orders(*month(2025, 12), cond="o.order_type = 'food_drink'"),
        "mf51": lambda: events_at(GATE, *month(2026, 5), distinct="e.customer_id"),
        "mf52": lambda: events_at(GATE, *month(2026, 4), distinct="e.customer_id"),
        # ---- fans
        "mf53": lambda: customers_count("c.home_city = 'Chengdu'"),
        "mf54": lambda: customers_count("c.fan_type = 'student' AND c.tier = 'gold'"),
        "mf55": lambda: reregister(),
        "mf56": lambda: reregister("c.tier = 'gold'"),
        "mf57": lambda: reregister("c.tier = 'basic'"),
        # ---- feedback
        "mf58": lambda: fb_topic_count(QUEUE_T),
        "mf59": lambda: fb_topic_count(FOOD_T),
        "mf60": lambda: top_fb_count("f.festival_en", FOOD_T, margin=2.0),
        "mf61": lambda: top_fb_count("f.festival", TOPUP_T, margin=3.0),
        "mf62": lambda: fb_ratio(NEG, _in("f.ts", *H2_25)),
        "mf63": lambda: bottom_fb_avg("f.touchpoint_id", "1=1", 30, margin=0.3),
        "mf64": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}", col="f.nps", tol=0.05),
        "mf65": lambda: fb_avg(fest("ECHO2025", "f")),
        "mf66": lambda: feedback_ids(LINEUP_T),
        "mf67": lambda: fb_topic_count(TOILET_T),
        "mf68": lambda: bottom_fb_avg("f.festival", "f.festival_id LIKE '%2025'", 30, margin=0.15),
        "mf69": lambda: fb_ratio(NEG, f"f.touchpoint_id = 'tp_gate' AND {_in('f.ts', *Y25)}"),
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
