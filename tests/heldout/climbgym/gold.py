"""Gold answers for the climbing-gym chain (Boulder Up 抱石派) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period. Rates are computed with
  later steps allowed after the period end and with every step inside the period; the tolerance covers both.
  Drop-off of a step = 1 - reached next / reached this step;
- "customers / climbers / people who did X" = distinct customers with an event at X's touchpoint in the period;
  "how many check-ins / visits / bookings / orders" = rows, never people;
- "first visit" = a customer's earliest tp_checkin event; "came back" = a second check-in within N days (stated);
- a check-in's gym = events.gym / gym_en (Chinese name and English twin); "weekend" = Saturday and Sunday;
- orders.product: day_pass, intro_course, ten_visit_card, monthly_membership (first purchase and monthly auto
  renewals), gear_rental, youth_team. Money / revenue / 营收 = sum(amount) of status `paid`; refunded and
  cancelled are not revenue; refund rate = refunded / all orders of that product in the period;
- customer attributes (segment, tier, age_band, experience_level, home_gym, region = city) are the state at the
  end of the data (2026-02-28);
- feedback "negative" = the generator's truth sentiment (OUTDIR/_truth/feedback_truth.csv, not a DATA.md table);
  差评 / bad review = rating 1-2; topic counts use the truth topic with a 5 % tolerance (text markers are plain);
  "all feedback" includes the Xiaohongshu posts without a date (and without a rating);
- periods are inclusive calendar dates; relative periods resolve against `as_of` (else 2026-02-28, the last day).
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
ALL = ("2025-03-01", "2026-02-28")
H2_25 = ("2025-07-01", "2025-12-31")
Q3_25 = ("2025-07-01", "2025-09-30")
Q4_25 = ("2025-10-01", "2025-12-31")


def month(y, m):
    import calendar
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "customers", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'device': 'VARCHAR', 'gym': 'VARCHAR', 'gym_en': 'VARCHAR',
                            'route_grade': 'VARCHAR', 'coach': 'VARCHAR', 'order_id': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'device': 'VARCHAR', 'amount': 'DOUBLE'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT * FROM read_csv_auto('{data / 'feedback.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'customer_id': 'VARCHAR', 'rating': 'DOUBLE'}})""")
    CON.execute(f"CREATE TABLE truth AS SELECT * FROM read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}')")
    CON.execute("""CREATE TABLE firstv AS SELECT customer_id, min(ts) AS t0 FROM events
                   WHERE touchpoint_id = 'tp_checkin' GROUP BY 1""")


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


def top(rows, gap=1.1, lowest=False):
    rows = sorted(rows, key=lambda r: r[1], reverse=not lowest)
    a, b = rows[0][1], rows[1][1]
    assert (a > b * gap) if not lowest else (a * gap < b), rows[:3]
    return dict(top_entity=rows[0][0])


# ---------- funnels ----------
def _steps(j):
    rows = q("SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = ? ORDER BY step", j)
    return [r[0] for r in rows], int(rows[0][1])


def funnel(j, start, end, cust="1=1", bounded=False):
    steps, win = _steps(j)
    ev = f"SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE ({cust})"
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) t1, min(ts) t FROM ev
                    WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    out = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) t FROM r{k-1} r
                        JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}' AND e.ts > r.t
                        AND e.ts <= r.t1 + INTERVAL {win} DAY GROUP BY 1, 2""")
        out.append(one(f"SELECT count(*) FROM r{k}"))
    return out


def conv(j, start, end, a=1, b=None, drop=False, cust="1=1"):
    vals = []
    for bounded in (False, True):
        c = funnel(j, start, end, cust, bounded)
        r = c[(b or len(c)) - 1] / c[a - 1]
        vals.append(1 - r if drop else r)
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def reached(j, start, end, k, cust="1=1"):
    return cnt(funnel(j, start, end, cust)[k - 1])


def top_lost(j, start, end):
    steps, _ = _steps(j)
    c = funnel(j, start, end)
    lost = [(steps[i], c[i] - c[i + 1]) for i in range(len(c) - 1)]
    return top(lost, 1.1)


def top_conv(j, start, end, col, lowest=False, min_n=30, gap=1.05):
    vals = [r[0] for r in q(f"SELECT DISTINCT {col} FROM customers c WHERE {col} IS NOT NULL")]
    rows = []
    for v in vals:
        c = funnel(j, start, end, f"{col} = '{v}'")
        if c[0] >= min_n:
            rows.append((v, c[-1] / c[0]))
    return top(rows, gap, lowest)


# ---------- events ----------
def users_at(tp, start, end, cond="1=1"):
    return cnt(one(f"""SELECT count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                       WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp))


def events_at(tp, start, end, cond="1=1"):
    return cnt(one(f"""SELECT count(*) FROM events e JOIN customers c USING (customer_id)
                       WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond})""", tp))


def top_events(col, tp, start, end, cond="1=1", gap=1.1, agg="count(*)"):
    return top(q(f"""SELECT {col}, {agg} FROM events e JOIN customers c USING (customer_id)
                     WHERE e.touchpoint_id = ? AND {_in('e.ts', start, end)} AND ({cond}) AND {col} IS NOT NULL
                     GROUP BY 1""", tp), gap)


WEEKEND = "dayofweek(e.ts) IN (0, 6)"


def weekend_share(start, end, cond="1=1"):
    return rate(one(f"""SELECT avg(CASE WHEN {WEEKEND} THEN 1.0 ELSE 0 END) FROM events e
                        WHERE e.touchpoint_id = 'tp_checkin' AND {_in('e.ts', start, end)} AND ({cond})"""))


def came_back(start, end, days, cond="1=1"):
    """first-time visitors (first check-in in the period) with another check-in within `days` days."""
    return rate(one(f"""SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM events e WHERE e.customer_id = f.customer_id
                          AND e.touchpoint_id = 'tp_checkin' AND e.ts > f.t0 AND e.ts <= f.t0 + INTERVAL {days} DAY)
                          THEN 1.0 ELSE 0 END)
                        FROM firstv f JOIN customers c USING (customer_id) WHERE {_in('f.t0', start, end)} AND ({cond})"""))


def top_came_back(start, end, days, col, lowest=True):
    rows = q(f"""SELECT {col}, avg(CASE WHEN EXISTS (SELECT 1 FROM events e WHERE e.customer_id = f.customer_id
                   AND e.touchpoint_id = 'tp_checkin' AND e.ts > f.t0 AND e.ts <= f.t0 + INTERVAL {days} DAY)
                   THEN 1.0 ELSE 0 END) FROM firstv f JOIN customers c USING (customer_id)
                 WHERE {_in('f.t0', start, end)} GROUP BY 1""")
    return top(rows, 1.3, lowest)


def member_after(start, end, intro: bool | None):
    """first-time visitors in the period who ever bought a monthly membership (tp_buy_membership), split by intro."""
    ic = "" if intro is None else ("AND " if True else "") + ("" if intro else "NOT ") + \
        "EXISTS (SELECT 1 FROM events i WHERE i.customer_id = f.customer_id AND i.touchpoint_id = 'tp_intro_course')"
    return rate(one(f"""SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM events m WHERE m.customer_id = f.customer_id
                          AND m.touchpoint_id = 'tp_buy_membership') THEN 1.0 ELSE 0 END)
                        FROM firstv f WHERE {_in('f.t0', start, end)} {ic}"""))


def gap_days(tp_a, tp_b, start, end, agg="avg"):
    """days from a customer's first tp_a (in the period) to their first tp_b after it."""
    v = one(f"""WITH a AS (SELECT customer_id, min(ts) ta FROM events WHERE touchpoint_id = '{tp_a}' GROUP BY 1),
                b AS (SELECT a.customer_id, a.ta, min(e.ts) tb FROM a JOIN events e ON e.customer_id = a.customer_id
                      AND e.touchpoint_id = '{tp_b}' AND e.ts > a.ta GROUP BY 1, 2)
                SELECT {agg}(date_diff('second', ta, tb) / 86400.0) FROM b WHERE {_in('ta', start, end)}""")
    return dict(value=round(float(v), 2), tolerance=round(max(0.1, float(v) * 0.03), 2))


def per_customer(tp, start, end, cond="1=1"):
    v = one(f"""SELECT count(*) * 1.0 / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=0.05)


def heavy(tp, start, end, k, cond="1=1"):
    return cnt(one(f"""SELECT count(*) FROM (SELECT e.customer_id FROM events e JOIN customers c USING (customer_id)
                       WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})
                       GROUP BY 1 HAVING count(*) >= {k})"""))


# ---------- orders ----------
def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    return cnt(v) if agg.startswith("count") else money(v)


def top_orders(col, start, end, agg="sum(o.amount)", cond="1=1", gap=1.1, status="paid"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    return top(q(f"SELECT {col}, {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1"),
               gap)


def order_share(start, end, num, den="1=1", status="paid", weight="o.amount"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    return rate(one(f"""SELECT sum(CASE WHEN {num} THEN {weight} ELSE 0 END) * 1.0 / sum({weight}) FROM orders o
                        WHERE {st} AND {_in('o.ts', start, end)} AND ({den})"""))


def spend_per_customer(start, end, cond="1=1"):
    v = one(f"""SELECT sum(amount) / count(DISTINCT o.customer_id) FROM orders o JOIN customers c USING (customer_id)
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)} AND ({cond})""")
    return money(v)


# ---------- customers ----------
def customers_count(cond):
    return cnt(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def top_customers(col, cond="1=1", gap=1.1):
    return top(q(f"SELECT {col}, count(*) FROM customers c WHERE {cond} GROUP BY 1"), gap)


# ---------- feedback ----------
FB = "feedback f JOIN truth t USING (feedback_id)"


def topic_count(topic, cond="1=1"):
    v = one(f"SELECT count(*) FROM {FB} WHERE t.topic = '{topic}' AND ({cond})")
    return dict(value=int(v), tolerance=round(max(1.0, v * 0.05), 1))


def fb_count(cond):
    return cnt(one(f"SELECT count(*) FROM {FB} WHERE {cond}"))


def fb_ratio(num, cond="1=1", tol=0.015):
    return rate(one(f"SELECT avg(CASE WHEN {num} THEN 1.0 ELSE 0 END) FROM {FB} WHERE {cond}"), tol)


def fb_avg(col, cond):
    return dict(value=round(float(one(f"SELECT avg({col}) FROM {FB} WHERE {cond}")), 3), tolerance=0.05)


def top_fb(col, cond, agg="count(*)", gap=1.2, lowest=False):
    return top(q(f"SELECT {col}, {agg} FROM {FB} WHERE ({cond}) AND {col} IS NOT NULL GROUP BY 1"), gap, lowest)


def fb_ids(cond):
    return dict(citations_from=[r[0] for r in q(f"SELECT feedback_id FROM {FB} WHERE {cond} ORDER BY 1")])


G = "e.gym_en = '{}'"
OG = "o.gym_en = '{}'"
FG = "f.gym_en = '{}'"
NEG = "t.sentiment = 'negative'"


def gold():
    return {
        # ---- funnels
        "cg01": lambda: conv("first_visit", *ALL),
        "cg02": lambda: top_lost("first_visit", *ALL),
        "cg03": lambda: conv("first_visit", *Q4_25, a=2, b=3, drop=True),
        "cg04": lambda: conv("first_visit", *Q4_25, cust="c.acquisition_channel = 'xiaohongshu'"),
        "cg05": lambda: conv("first_visit", *Q4_25, cust="c.acquisition_channel = 'meituan_dianping'"),
        "cg06": lambda: top_conv("first_visit", *ALL, "c.acquisition_channel", lowest=True),
        "cg07": lambda: conv("intro_to_member", *H2_25),
        "cg08": lambda: reached("first_visit", *month(2025, 9), 4),
        "cg09": lambda: conv("youth_team", *ALL),
        "cg10": lambda: conv("first_visit", *H2_25, cust="c.region = 'Beijing'"),
        # ---- return / membership patterns
        "cg11": lambda: came_back(*H2_25, 30, "c.acquisition_channel = 'xiaohongshu'"),
        "cg12": lambda: came_back(*H2_25, 30, "c.acquisition_channel <> 'xiaohongshu'"),
        "cg13": lambda: top_came_back(*ALL, 30, "c.acquisition_channel"),
        "cg14": lambda: member_after(*ALL, True),
        "cg15": lambda: member_after(*ALL, False),
        "cg16": lambda: gap_days("tp_checkin", "tp_buy_membership", *ALL),
        "cg17": lambda: gap_days("tp_book_daypass", "tp_checkin", *Q3_25),
        "cg18": lambda: gap_days("tp_intro_course", "tp_buy_membership", *ALL, agg="median"),
        # ---- visits / gyms
        "cg19": lambda: top_events("e.gym_en", "tp_checkin", *ALL, cond=WEEKEND, gap=1.2),
        "cg20": lambda: weekend_share(*ALL, G.format("Xuhui Riverside")),
        "cg21": lambda: weekend_share(*ALL, "e.gym = '抱石派·静安店'"),
        "cg22": lambda: events_at("tp_checkin", *month(2025, 12)),
        "cg23": lambda: events_at("tp_checkin", *month(2026, 2)),
        "cg24": lambda: users_at("tp_checkin", *Q4_25, G.format("Sanlitun")),
        "cg25": lambda: per_customer("tp_checkin", *ALL, "c.tier = 'monthly'"),
        "cg26": lambda: heavy("tp_checkin", *ALL, 10),
        "cg27": lambda: top_events("e.coach", "tp_intro_course", *ALL, gap=1.05),
        "cg28": lambda: events_at("tp_intro_course", *H2_25, "e.coach = 'Leo'"),
        "cg29": lambda: top_events("e.route_grade", "tp_climb_log", *ALL, gap=1.05),
        "cg30": lambda: rate(one(f"""SELECT avg(CASE WHEN e.route_grade IN ('V5','V6','V7','V8') THEN 1.0 ELSE 0 END)
                                     FROM events e WHERE e.touchpoint_id = 'tp_climb_log' AND {_in('e.ts', *ALL)}""")),
        "cg31": lambda: users_at("tp_gear_rental", *month(2026, 1)),
        "cg32": lambda: users_at("tp_freeze", *ALL),
        "cg33": lambda: events_at("tp_cancel", *Q4_25),
        "cg34": lambda: top_events("e.device", "tp_site_visit", *ALL, agg="count(DISTINCT e.customer_id)"),
        # ---- money
        "cg35": lambda: orders(*ALL),
        "cg36": lambda: orders(*Q4_25, cond="o.product = 'monthly_membership'"),
        "cg37": lambda: top_orders("o.gym_en", *H2_25, gap=1.1),
        "cg38": lambda: order_share(*ALL, "o.product = 'monthly_membership'"),
        "cg39": lambda: orders(*ALL, agg="count(*)", status="refunded", cond="o.product = 'gear_rental'"),
        "cg40": lambda: rate(one(f"""SELECT avg(CASE WHEN status = 'refunded' THEN 1.0 ELSE 0 END) FROM orders o
                                     WHERE o.product = 'day_pass' AND {_in('o.ts', *ALL)}""")),
        "cg41": lambda: spend_per_customer(*ALL),
        "cg42": lambda: orders(*month(2025, 11), cond="o.product = 'day_pass'"),
        "cg43": lambda: orders(*month(2025, 11), agg="count(*)", cond="o.product = 'day_pass'"),
        "cg44": lambda: top_orders("o.product", *ALL, gap=1.5),
        "cg45": lambda: orders(*ALL, agg="avg(o.amount)", cond="o.product <> 'monthly_membership'"),
        # ---- customers
        "cg46": lambda: customers_count("c.segment = 'one_time'"),
        "cg47": lambda: top_customers("c.acquisition_channel", gap=1.02),
        "cg48": lambda: customers_count("c.tier = 'monthly' AND c.region = 'Shanghai'"),
        # ---- feedback
        "cg49": lambda: topic_count("crowded"),
        "cg50": lambda: top_fb("f.gym_en", "t.topic = 'crowded'", gap=2),
        "cg51": lambda: topic_count("chalk_dust"),
        "cg52": lambda: topic_count("shower_broken", FG.format("Nanshan") + " AND " + _in("f.ts", *Q4_25)),
        "cg53": lambda: fb_avg("f.rating", FG.format("Nanshan") + " AND " + _in("f.ts", *month(2025, 12))),
        "cg54": lambda: fb_ratio(NEG, _in("f.ts", *Q4_25)),
        "cg55": lambda: fb_ratio("f.rating <= 2", "f.rating IS NOT NULL"),
        "cg56": lambda: fb_count("f.ts IS NULL"),
        "cg57": lambda: fb_avg("f.rating", "f.gym = '抱石派·静安店' AND f.rating IS NOT NULL"),
        "cg58": lambda: fb_ids("t.topic = 'routes_stale'"),
        "cg59": lambda: fb_ids("t.topic = 'crowded' AND " + FG.format("Xuhui Riverside")),
        "cg60": lambda: topic_count("coach_great"),
        "cg61": lambda: fb_count(_in("f.ts", *H2_25)),
        "cg62": lambda: topic_count("routes_stale", FG.format("Sanlitun")),
        # ---- relative periods
        "cg63": lambda: orders(*month(2026, 1)),
        "cg64": lambda: users_at("tp_book_daypass", "2026-02-09", "2026-02-15"),
        "cg65": lambda: events_at("tp_checkin", "2026-02-16", "2026-02-22", G.format("Xuhui Riverside")),
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
        print(it["id"], it["question"][:60], shown)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
