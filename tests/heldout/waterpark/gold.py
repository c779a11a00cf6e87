"""Gold answers for the 浪趣 SplashBay water-park held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period (ticket_online 3 d,
  park_day 1 d, rain_check 90 d, refund 30 d, lost_found 30 d, pass_signup 14 d). The value lets later steps fall
  after the period end; the tolerance also covers cutting every step at the period end. A funnel "for Android"
  keeps step-1 events with device = android (tolerance covers filtering every step). A park's funnel keeps that
  park's events (every customer belongs to one park). Drop-off of a step = 1 - reached next / reached this step;
- "visitors / customers / people" = distinct customer_id; "入园人次 / entries / visits / how many ..." = rows;
- money = orders with status `paid`, by order time (ts). Across parks, or whenever the question says RMB / CNY /
  人民币, the sum is over `amount_cny`; a Phuket question in baht (THB / 泰铢) sums `amount`. Refunded and cancelled
  orders are not revenue. "spend per paying customer" = paid CNY / distinct customers with a paid order;
- time from refund request to refund completion is per order (both events carry order_id), in days;
- the cabana A/B test (experiments.csv, cabana_upsell_2025): booking rate = assigned customers with a tp_cabana_book
  event at or after assignment and on or before 2025-08-31, over all assigned customers of the variant;
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; 差评 / bad review = rating <= 2; averages skip unrated
  rows; "all feedback" includes the rows without ts;
- customer attributes (segment, plan, home_country) are the state at the end of the data;
- periods are inclusive calendar dates in local park time; relative periods resolve against `as_of`; weeks start
  on Monday.
"""
from __future__ import annotations

import calendar
import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
ALL = ("2025-01-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
Q2_25 = ("2025-04-01", "2025-06-30")
Q3_25 = ("2025-07-01", "2025-09-30")
H1_26 = ("2026-01-01", "2026-06-30")
SUMMER25 = ("2025-07-01", "2025-08-31")
BUG = ("2025-07-01", "2025-07-21")
GW25 = ("2025-10-01", "2025-10-07")
SF26 = ("2026-02-15", "2026-02-23")


def month(y, m):
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "journeys", "customers", "experiments"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'device': 'VARCHAR', 'order_id': 'VARCHAR', 'agent': 'VARCHAR',
                            'wait_minutes': 'DOUBLE', 'slide': 'VARCHAR', 'severity': 'VARCHAR',
                            'lifeguard': 'VARCHAR', 'app_version': 'VARCHAR', 'reason': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'amount_cny': 'DOUBLE', 'store': 'VARCHAR',
                            'store_zh': 'VARCHAR', 'plan': 'VARCHAR', 'refunded_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE', 'nps': 'DOUBLE',
                            'touchpoint_id': 'VARCHAR', 'agent': 'VARCHAR', 'lifeguard': 'VARCHAR',
                            'platform': 'VARCHAR', 'park': 'VARCHAR'}})""")
    CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}')")


def q(sql, *p):
    return CON.execute(sql, list(p)).fetchall()


def one(sql, *p):
    return q(sql, *p)[0][0]


def _in(col, start, end):
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def cnt(v):
    return dict(value=int(v), tolerance=0.5)


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def money(v):
    v = float(v)
    return dict(value=round(v, 2), tolerance=round(max(0.01, abs(v) * 0.001), 2))


def num(v, rel=0.02, floor=0.05):
    v = float(v)
    return dict(value=round(v, 3), tolerance=round(max(floor, abs(v) * rel), 3))


def top(rows, gap=1.1, lowest=False):
    rows = sorted(rows, key=lambda r: r[1], reverse=not lowest)
    if len(rows) == 1:
        return dict(top_entity=rows[0][0])
    a, b = rows[0][1], rows[1][1]
    assert (a > b * gap) if not lowest else (a * gap < b), rows[:4]
    return dict(top_entity=rows[0][0])


# ---------- funnels ----------
def _steps(j):
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", j)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(j, start, end, evc="1=1", evc1="1=1", bounded=False):
    """people reaching each step; `evc` filters all events, `evc1` only step-1 events."""
    steps, win = _steps(j)
    ev = f"SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e WHERE ({evc})"
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) t1, min(ts) t FROM events e
                    WHERE ({evc}) AND ({evc1}) AND touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)}
                    GROUP BY 1""")
    out = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) t FROM r{k-1} r
                        JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}' AND e.ts > r.t
                        AND e.ts <= r.t1 + INTERVAL {win} DAY GROUP BY 1, 2""")
        out.append(one(f"SELECT count(*) FROM r{k}"))
    return out


def conv(j, start, end, a=1, b=None, drop=False, evc="1=1", evc1="1=1", alt_evc=None):
    vals = []
    variants = [dict(evc=evc, evc1=evc1), dict(evc=evc, evc1=evc1, bounded=True)]
    if alt_evc:
        variants.append(dict(evc=f"({evc}) AND ({alt_evc})", evc1=evc1))
    for kw in variants:
        c = funnel(j, start, end, **kw)
        r = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    spread = max(abs(v - vals[0]) for v in vals)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, spread + 0.005), 4))


def top_lost(j, start, end, gap=1.1):
    steps, _ = _steps(j)
    c = funnel(j, start, end)
    return top([(steps[i], c[i] - c[i + 1]) for i in range(len(c) - 1)], gap)


def by_park(j, start, end, a=1, b=None, lowest=False, gap=1.1):
    rows = []
    for p in ("Guangzhou", "Sanya", "Phuket"):
        c = funnel(j, start, end, evc=f"e.park = '{p}'")
        rows.append((p, c[(b or len(c)) - 1] / c[a - 1]))
    return top(rows, gap, lowest)


# ---------- events ----------
def ev_count(tp, start, end, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return cnt(one(f"""SELECT {what} FROM events e JOIN customers c USING (customer_id)
                       WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp))


def ev_avg(col, tp, start, end, cond="1=1"):
    return num(one(f"""SELECT avg({col}) FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                       AND ({cond})""", tp), 0.01, 0.05)


def ev_share(num_cond, tp, start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(CASE WHEN {num_cond} THEN 1.0 ELSE 0 END) FROM events e
                        WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp))


def top_events(col, tp, start, end, cond="1=1", gap=1.1, agg="count(*)", lowest=False):
    return top(q(f"""SELECT {col}, {agg} FROM events e WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)}
                     AND ({cond}) AND {col} IS NOT NULL GROUP BY 1""", tp), gap, lowest)


def max_month_events(tp, start, end, cond="1=1"):
    return cnt(one(f"""SELECT max(n) FROM (SELECT date_trunc('month', ts), count(*) n FROM events e
                       WHERE touchpoint_id = '{tp}' AND {_in('ts', start, end)} AND ({cond}) GROUP BY 1)"""))


def refund_days(cond="1=1", agg="avg"):
    """per order: refund request -> refund completed, in days; period on the request."""
    return num(one(f"""WITH a AS (SELECT order_id, min(ts) ta, any_value(park) park, any_value(agent) agent
                                  FROM events WHERE touchpoint_id = 'tp_refund_req' GROUP BY 1),
                       b AS (SELECT order_id, min(ts) tb FROM events WHERE touchpoint_id = 'tp_refund_done'
                             GROUP BY 1)
                       SELECT {agg}(date_diff('second', ta, tb) / 86400.0) FROM a JOIN b USING (order_id)
                       WHERE tb > ta AND ({cond})"""), 0.03, 0.05)


def top_refund_agent(gap=1.3, cond="1=1"):
    return top(q(f"""WITH a AS (SELECT order_id, min(ts) ta, any_value(agent) agent FROM events
                               WHERE touchpoint_id = 'tp_refund_req' AND ({cond}) GROUP BY 1),
                    b AS (SELECT order_id, min(ts) tb FROM events WHERE touchpoint_id = 'tp_refund_done' GROUP BY 1)
                    SELECT agent, median(date_diff('second', ta, tb) / 86400.0) FROM a JOIN b USING (order_id)
                    GROUP BY 1 HAVING count(*) >= 5"""), gap)


def visits_per_person(cond):
    return num(one(f"""SELECT count(*) * 1.0 / count(DISTINCT e.customer_id) FROM events e
                       JOIN customers c USING (customer_id) WHERE e.touchpoint_id = 'tp_turnstile' AND ({cond})"""),
               0.01, 0.01)


# ---------- orders ----------
def orders(start, end, agg="sum(o.amount_cny)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    return cnt(v) if agg.startswith("count") else money(v)


def top_orders(col, start, end, agg="sum(o.amount_cny)", cond="1=1", gap=1.1, having="1=1"):
    return top(q(f"""SELECT {col}, {agg} FROM orders o JOIN customers c USING (customer_id)
                     WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1
                     HAVING {having}"""), gap)


def order_share(start, end, num_cond, den="1=1", weight="o.amount_cny"):
    return rate(one(f"""SELECT sum(CASE WHEN {num_cond} THEN {weight} ELSE 0 END) * 1.0 / sum({weight})
                        FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({den})"""))


def growth(a, b, cond="1=1"):
    x = one(f"SELECT sum(amount_cny) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *a)} AND ({cond})")
    y = one(f"SELECT sum(amount_cny) FROM orders o WHERE status = 'paid' AND {_in('o.ts', *b)} AND ({cond})")
    return rate(y / x - 1)


def best_month_revenue(start, end, cond="1=1"):
    return money(one(f"""SELECT max(s) FROM (SELECT date_trunc('month', ts) m, sum(amount_cny) s FROM orders o
                         WHERE status = 'paid' AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1)"""))


def refund_share():
    """refunded / ticket orders placed in 2025; tolerance also covers leaving out cancelled (failed payments)."""
    v = [one(f"""SELECT avg(CASE WHEN status = 'refunded' THEN 1.0 ELSE 0 END) FROM orders o
                 WHERE product = 'ticket' AND {_in('o.ts', *Y25)} AND {st}""")
         for st in ("1=1", "status <> 'cancelled'")]
    return rate(v[0], round(max(0.01, abs(v[1] - v[0]) + 0.005), 4))


def cabana_rate(variant):
    return rate(one(f"""SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM events e WHERE e.customer_id = x.customer_id
                                    AND e.touchpoint_id = 'tp_cabana_book' AND e.ts >= x.assigned_at
                                    AND e.ts < DATE '2025-09-01') THEN 1.0 ELSE 0 END)
                        FROM experiments x WHERE experiment_id = 'cabana_upsell_2025' AND variant = '{variant}'"""))


def cabana_lift():
    a, b = cabana_rate("A")["value"], cabana_rate("B")["value"]
    return rate(b - a)


# ---------- customers ----------
def customers_share(num_cond, cond="1=1"):
    return rate(one(f"SELECT avg(CASE WHEN {num_cond} THEN 1.0 ELSE 0 END) FROM customers c WHERE {cond}"))


# ---------- feedback ----------
FB = "feedback f JOIN truth t USING (feedback_id) LEFT JOIN customers c USING (customer_id)"
NEG = "t.sentiment = 'negative'"


def topic_count(topic, cond="1=1"):
    v = one(f"SELECT count(*) FROM {FB} WHERE t.topic = '{topic}' AND ({cond})")
    return dict(value=int(v), tolerance=round(max(1.0, v * 0.05), 1))


def fb_count(cond):
    return cnt(one(f"SELECT count(*) FROM {FB} WHERE {cond}"))


def fb_ratio(num_cond, cond="1=1", tol=0.01):
    return rate(one(f"SELECT avg(CASE WHEN {num_cond} THEN 1.0 ELSE 0 END) FROM {FB} WHERE {cond}"), tol)


def fb_avg(col, cond):
    return dict(value=round(float(one(f"SELECT avg({col}) FROM {FB} WHERE {cond} AND {col} IS NOT NULL")), 3),
                tolerance=0.05)


def top_fb(col, cond, agg="count(*)", gap=1.2, lowest=False, having="1=1"):
    return top(q(f"SELECT {col}, {agg} FROM {FB} WHERE ({cond}) AND {col} IS NOT NULL GROUP BY 1 HAVING {having}"),
               gap, lowest)


def fb_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM {FB} WHERE {cond} ORDER BY 1")])


def max_month_fb(cond, start, end):
    v = one(f"""SELECT max(n) FROM (SELECT date_trunc('month', f.ts), count(*) n FROM {FB}
                WHERE ({cond}) AND {_in('f.ts', start, end)} GROUP BY 1)""")
    return dict(value=int(v), tolerance=round(max(1.0, v * 0.05), 1))


def gold():
    android = "e.device = 'android'"
    ios = "e.device = 'ios'"
    gz, sy, pk = "e.park = 'Guangzhou'", "e.park = 'Sanya'", "e.park = 'Phuket'"
    return {
        # ---- online ticket funnel
        "wp01": lambda: conv("ticket_online", *Y25),
        "wp02": lambda: conv("ticket_online", *BUG, a=2, b=3, evc1=android, alt_evc=android),
        "wp03": lambda: conv("ticket_online", *BUG, a=2, b=3, evc1=ios, alt_evc=ios),
        "wp04": lambda: top_lost("ticket_online", *H1_25),
        "wp05": lambda: conv("ticket_online", *month(2025, 10), a=1, b=2, drop=True),
        # ---- day at the park
        "wp06": lambda: conv("park_day", *Y25, a=1, b=4),
        "wp07": lambda: conv("park_day", *SUMMER25, a=2, b=3, drop=True),
        # ---- rain checks, refunds, lost and found, pass
        "wp08": lambda: conv("rain_check", *Y25, a=1, b=3),
        "wp09": lambda: conv("rain_check", *Y25, a=1, b=3, evc=gz),
        "wp10": lambda: by_park("rain_check", *ALL, a=2, b=3, lowest=True),
        "wp11": lambda: conv("lost_found", *Y25),
        "wp12": lambda: by_park("lost_found", *ALL, lowest=True),
        "wp13": lambda: conv("pass_signup", *Y25),
        "wp14": lambda: refund_days("park = 'Phuket'"),
        "wp15": lambda: refund_days("park = 'Sanya'"),
        "wp16": lambda: top_refund_agent(cond="park IN ('Guangzhou', 'Sanya')"),
        # ---- on-site operations
        "wp17": lambda: top_events("e.slide", "tp_slide_queue", *SUMMER25, agg="avg(e.wait_minutes)", gap=1.3),
        "wp18": lambda: ev_avg("e.wait_minutes", "tp_slide_queue", *month(2025, 8),
                               "e.park = 'Sanya' AND e.slide = 'Tornado'"),
        "wp19": lambda: ev_avg("e.wait_minutes", "tp_slide_queue", *month(2025, 10),
                               "e.park = 'Sanya' AND e.slide = 'Tornado'"),
        "wp20": lambda: ev_share("e.action = 'fail'", "tp_locker", *SUMMER25, gz),
        "wp21": lambda: ev_count("tp_turnstile", *GW25, gz),
        "wp22": lambda: ev_count("tp_turnstile", *SF26, sy, distinct=True),
        "wp23": lambda: top_events("e.park_zh", "tp_turnstile", *Y25, gap=1.2),
        "wp24": lambda: top_events("e.slide", "tp_lifeguard", *ALL, gap=1.3),
        "wp25": lambda: ev_count("tp_lifeguard", *Y25),
        "wp26": lambda: ev_count("tp_lifeguard", *Y25, "e.severity = 'serious'"),
        "wp27": lambda: num(one(f"""SELECT (SELECT count(*) FROM events WHERE touchpoint_id = 'tp_slide_queue'
                                            AND {_in('ts', *Y25)}) * 1.0 /
                                           (SELECT count(*) FROM events WHERE touchpoint_id = 'tp_turnstile'
                                            AND {_in('ts', *Y25)})"""), 0.01, 0.01),
        "wp28": lambda: ev_count("tp_weather_close", "2025-06-01", "2025-08-31", gz),
        "wp29": lambda: max_month_events("tp_weather_close", *ALL),
        "wp30": lambda: ev_count("tp_turnstile", "2025-08-04", "2025-08-10", gz),
        # ---- money
        "wp31": lambda: orders(*Y25, cond="o.product = 'ticket'"),
        "wp32": lambda: orders(*Y25, agg="sum(o.amount)", cond="o.product = 'ticket' AND o.park = 'Phuket'"),
        "wp33": lambda: top_orders("o.park", *Q3_25, gap=1.2),
        "wp34": lambda: orders(*Y25, cond="o.product = 'food' AND o.store = 'Sea Breeze Snacks'"),
        "wp35": lambda: top_orders("o.store", *Y25, cond="o.product = 'food' AND o.park = 'Guangzhou'", gap=1.1),
        "wp36": lambda: money(one(f"""SELECT sum(amount_cny) / count(DISTINCT customer_id) FROM orders o
                                      WHERE status = 'paid' AND {_in('o.ts', *Y25)}""")),
        "wp37": lambda: growth(Q2_25, Q3_25),
        "wp38": lambda: orders(*SUMMER25, cond="o.product = 'cabana'"),
        "wp39": lambda: order_share(*ALL, "o.plan = 'premium'", "o.product = 'annual_pass'"),
        "wp40": refund_share,
        "wp41": lambda: top_orders("o.channel", *Y25, cond="o.product = 'ticket'", gap=1.1),
        "wp42": lambda: orders(*Y25, agg="avg(o.amount)", cond="o.product = 'locker' AND o.park = 'Phuket'"),
        "wp43": lambda: orders(*H1_26, cond="o.product = 'ticket' AND o.park = 'Phuket'"),
        "wp44": lambda: best_month_revenue(*Y25),
        "wp45": lambda: orders(*SUMMER25),
        "wp46": lambda: orders(*month(2026, 2), cond="o.park = 'Sanya'"),
        "wp47": lambda: ev_count("tp_turnstile", *month(2025, 8), gz),
        "wp48": lambda: top_orders("c.home_country", *ALL,
                                   agg="sum(o.amount_cny) / count(DISTINCT o.customer_id)",
                                   having="count(DISTINCT o.customer_id) >= 50", gap=1.05),
        "wp49": lambda: visits_per_person("c.plan = 'premium'"),
        # ---- A/B test
        "wp50": lambda: cabana_rate("B"),
        "wp51": lambda: cabana_rate("A"),
        "wp52": cabana_lift,
        # ---- feedback
        "wp53": lambda: fb_ratio(NEG),
        "wp54": lambda: top_fb("f.park", "t.topic = 'food_quality'", gap=3),
        "wp55": lambda: topic_count("long_queue"),
        "wp56": lambda: topic_count("locker_problem"),
        "wp57": lambda: top_fb("f.agent", "f.rating IS NOT NULL", agg="avg(f.rating)", gap=1.3, lowest=True,
                               having="count(*) >= 10"),
        "wp58": lambda: fb_avg("f.rating", f"f.channel = 'survey' AND f.park = 'Sanya' AND {_in('f.ts', *Y25)}"),
        "wp59": lambda: fb_avg("f.nps", f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "wp60": lambda: fb_count("f.ts IS NULL"),
        "wp61": lambda: top_fb("f.lifeguard", "t.topic = 'lifeguard_praise'", gap=1.3),
        "wp62": lambda: fb_ids("t.topic = 'refund_slow'"),
        "wp63": lambda: fb_ids("t.topic = 'rain_check_expired'"),
        "wp64": lambda: fb_ids("t.topic = 'food_quality'"),
        "wp65": lambda: fb_count(f"f.rating <= 2 AND {_in('f.ts', *Y25)}"),
        "wp66": lambda: max_month_fb(NEG, *H2_25),
        "wp67": lambda: fb_ratio("f.language = 'en'"),
        "wp68": lambda: fb_avg("f.rating", "f.channel = 'app_review'"),
        "wp69": lambda: fb_ratio(NEG, "f.platform = 'Klook'"),
        "wp70": lambda: fb_ids("t.topic = 'payment_fail'"),
        "wp71": lambda: customers_share("c.segment = 'at_risk'"),
    }


def main() -> int:
    data, batch = Path(sys.argv[1]), Path(sys.argv[2])
    write = "--write" in sys.argv
    load(data)
    checks = gold()
    items = yaml.safe_load(batch.read_text(encoding="utf-8"))
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert not set(checks) - set(ids), sorted(set(checks) - set(ids))
    for it in items:
        if "follow_up_of" in it:
            assert it["follow_up_of"] in ids[:ids.index(it["id"])], it["id"]
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["lang"], it["question"][:70], shown)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
