"""Gold answers for the 快搬 MoveMate (moving & storage) held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md (a customer reaches step k with an event at step k's touchpoint after step k-1, within the
  journey window from their first step-1 event in the period); rates are per customer; the tolerance covers both
  readings (later steps allowed after the period end, or not);
- a job (搬家单) = one `session_id` (MV000123); every event of a job carries it and the move's attributes (city,
  distance_km, floor_count, has_elevator, truck_size, crew_id from the crew assignment on); per-job step rates
  ("of jobs that reached A, the share that reached B") count the jobs with an A event in the period (by A's date) and
  look for B on the same job at any time;
- a completed move (完成的搬家) = a `tp_delivered` event, counted by its date; a crew's moves = its tp_delivered events;
- quote acceptance rate = jobs with tp_quote_accept / jobs with tp_site_survey; deposit conversion = jobs with
  tp_deposit_paid / jobs with tp_quote_accept (by accept date);
- time between steps = per job, later step ts - earlier step ts (first of each), over jobs that reached both, the job
  taken in the period by the date named in the question (deposit date, filing date, ...);
- lateness = `minutes_late` on tp_truck_arrived (0 = on time), by arrival date; "long" = distance_km > 50;
- damage claim rate of a crew = tp_damage_claim events / tp_delivered events of that crew (all data);
- money = orders with status `paid` unless a status is named; order_type deposit / final / storage; a completed
  move's spend = its paid deposit + paid final payment, over jobs with a paid final payment;
- customer facts (segment = 客户类型 twin, city, region, housing_type, household_size, acquisition channel) come from
  customers; customer counts are all customers in the table;
- post-move review rating = feedback.rating where channel = 'review' (has_elevator / crew_id on the row); "feedback"
  = all rows (all channels) and "all data" includes rows without a date; negative = `sentiment_label = neg`
  (generator truth); topic counts use text markers with a 5 % tolerance;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; 2025 国庆 holiday = 2025-10-01 .. 10-08 (the official 8-day break).
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
    for t in ("touchpoints", "customers", "journeys", "orders", "feedback"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, types={{'has_elevator': 'BOOLEAN', 'crew_id': 'VARCHAR'}})""")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    n_fin = CON.execute("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_final_payment'").fetchone()[0]
    assert n_fin == CON.execute("SELECT count(*) FROM orders WHERE order_type = 'final'").fetchone()[0]


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


# ---------- funnels (per customer, DATA.md rule) ----------

def _steps(journey):
    rows = q(f"SELECT touchpoint_id, window_days FROM journeys WHERE journey_id = '{journey}' ORDER BY step")
    return [r[0] for r in rows], int(rows[0][1])


def funnel(journey, start, end, cust=None, bounded=False):
    steps, window = _steps(journey)
    ev = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        ev += f" AND ({cust})"
    if bounded:
        ev += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {ev}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM ev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, lost
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, min_n=40):
    vals = [r[0] for r in q(f'SELECT DISTINCT "{column}" FROM customers WHERE "{column}" IS NOT NULL')]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.\"{column}\" = '{v}'")
        if c[0] >= min_n:
            rates[v] = c[-1] / c[0]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > 0.04, rates
    return dict(top_entity=order[0])


# ---------- per-job step rates and durations ----------

def job_rate(a_tp, b_tp, start, end, cond="1=1"):
    v = one(f"""WITH a AS (SELECT DISTINCT session_id FROM events e WHERE touchpoint_id = '{a_tp}'
                           AND {_in('ts', start, end)} AND ({cond}))
                SELECT avg((b.session_id IS NOT NULL)::int) FROM a LEFT JOIN
                (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b USING (session_id)""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_job_rate(a_tp, b_tp, start, end, by, lowest=False, margin=0.1):
    rows = q(f"""WITH a AS (SELECT session_id, any_value({by}) g FROM events e WHERE touchpoint_id = '{a_tp}'
                            AND {_in('ts', start, end)} GROUP BY 1)
                 SELECT g, avg((b.session_id IS NOT NULL)::int) r FROM a LEFT JOIN
                 (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b USING (session_id)
                 GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[0][1] - rows[1][1]) > margin, rows
    return dict(top_entity=rows[0][0])


def step_time(a_tp, b_tp, start, end, by="b", cond="1=1", agg="avg", unit="day"):
    div = 86400.0 if unit == "day" else 3600.0
    v = one(f"""WITH a AS (SELECT session_id, min(ts) ta FROM events WHERE touchpoint_id = '{a_tp}' GROUP BY 1),
                b AS (SELECT session_id, min(ts) tb FROM events WHERE touchpoint_id = '{b_tp}' GROUP BY 1),
                j AS (SELECT session_id, any_value(has_elevator) has_elevator, any_value(city) city,
                             any_value(distance_km) distance_km FROM events GROUP BY 1)
                SELECT {agg}(epoch(tb - ta) / {div}) FROM a JOIN b USING (session_id) JOIN j USING (session_id)
                WHERE tb > ta AND {_in('t' + by, start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.02), 3))


# ---------- event counts / averages ----------

def events_at(tp, start, end, cond="1=1"):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND "
                          f"{_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def top_events(tp, start, end, by, cond="1=1", margin=1.1):
    rows = q(f"""SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def avg_ev(col, tp, start, end, cond="1=1", rel=0.01, agg="avg"):
    v = one(f"""SELECT {agg}(e.{col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, abs(float(v)) * rel), 3))


def share_ev(cond_share, tp, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({cond_share})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND
                {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def crew_claims():
    return q("""SELECT crew_id, count(*) FILTER (WHERE touchpoint_id = 'tp_damage_claim') cl,
                       count(*) FILTER (WHERE touchpoint_id = 'tp_delivered') mv
                FROM events WHERE crew_id IS NOT NULL GROUP BY 1""")


def top_crew_claim_rate(margin=1.3):
    rows = sorted(crew_claims(), key=lambda r: r[1] / r[2], reverse=True)
    assert rows[0][1] / rows[0][2] > rows[1][1] / rows[1][2] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def crew_claim_rate(crew):
    r = [x for x in crew_claims() if x[0] == crew][0]
    return dict(value=round(r[1] / r[2], 4), tolerance=0.01)


def storage_renew_share(start, end, cond="1=1"):
    v = one(f"""WITH s AS (SELECT e.customer_id, min(e.ts) t FROM events e JOIN customers c USING (customer_id)
                           WHERE e.touchpoint_id = 'tp_storage_in' AND {_in('e.ts', start, end)} AND ({cond})
                           GROUP BY 1)
                SELECT avg((EXISTS (SELECT 1 FROM events r WHERE r.customer_id = s.customer_id
                                    AND r.touchpoint_id = 'tp_storage_renewal' AND r.ts > s.t))::int) FROM s""")
    return dict(value=round(v, 4), tolerance=0.01)


# ---------- orders / customers ----------

def orders(start, end, agg="sum", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def order_share(cond_share, start, end, cond="1=1"):
    v = one(f"SELECT avg(({cond_share})::int) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", margin=1.1):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o JOIN customers c USING (customer_id) WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def move_spend(cond="1=1"):
    v = one(f"""WITH f AS (SELECT job_id, customer_id FROM orders WHERE order_type = 'final' AND status = 'paid')
                SELECT sum(o.amount) / count(DISTINCT f.job_id) FROM f JOIN customers c USING (customer_id)
                JOIN orders o ON o.job_id = f.job_id AND o.status = 'paid' AND o.order_type IN ('deposit', 'final')
                WHERE {cond}""")
    return dict(value=round(float(v), 2), tolerance=round(float(v) * 0.005, 2))


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_avg(expr, cond="1=1"):
    return dict(value=round(float(one(f"SELECT avg({expr}) FROM customers c WHERE {cond}")), 3), tolerance=0.02)


def customers_share(cond):
    return dict(value=round(float(one(f"SELECT avg(({cond})::int) FROM customers c")), 4), tolerance=0.01)


def top_customers(col, margin=1.1):
    rows = q(f"SELECT {col}, count(*) n FROM customers GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


# ---------- feedback ----------

def feedback_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


def fb_count(cond):
    return dict(value=one(f"SELECT count(*) FROM feedback f WHERE {cond}"), tolerance=0.5)


def fb_topic_count(cond):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * 0.05, 1)))


def fb_avg(cond, tol=0.02):
    return dict(value=round(one(f"SELECT avg(rating) FROM feedback f WHERE rating IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def top_fb(col, cond="1=1", margin=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                 GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


ALL = ("2024-03-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
NEG = "f.sentiment_label = 'neg'"
DEL, ARR = "tp_delivered", "tp_truck_arrived"
REVIEW = "f.channel = 'review'"
BROKEN = _like("f.text", ["磕坏", "断了", "碎了", "被划", "撞凹", "划破", "损坏", "摔坏",
                          "broke", "dent", "cracked", "scratched"])
HIDDEN = _like("f.text", ["楼层费", "隐形收费", "要加钱", "爬楼费", "多出来", "临时加价", "不透明",
                          "hidden fee", "surprise charge", "extra fees"])
LATE = _like("f.text", ["迟到", "才到", "晚了很多", "来得太晚", "late"])
QUOTE_HIGH = _like("f.text", ["报价太贵", "吓一跳", "价格太高", "报价高", "too expensive", "too high"])
POLITE = _like("f.text", ["客气", "专业", "态度很好", "人很好", "polite", "professional", "friendly"])


def gold() -> dict:
    return {
        # ---- funnels / conversion
        "mv01": lambda: conv("quote_flow", *Y25),
        "mv02": lambda: top_lost("quote_flow", *H1_26),
        "mv03": lambda: top_job_rate("tp_site_survey", "tp_quote_accept", *ALL, "e.city", lowest=True),
        "mv04": lambda: job_rate("tp_site_survey", "tp_quote_accept", *ALL, "e.city = '深圳'"),
        "mv05": lambda: job_rate("tp_site_survey", "tp_quote_accept", *ALL, "e.city = '杭州'"),
        "mv06": lambda: job_rate("tp_quote_accept", "tp_deposit_paid", *month(2025, 9)),
        "mv07": lambda: job_rate("tp_quote_accept", "tp_deposit_paid", *month(2025, 8)),
        "mv08": lambda: job_rate("tp_quote_accept", "tp_deposit_paid", *H1_26),
        "mv09": lambda: job_rate("tp_quote_accept", "tp_deposit_paid", *quarter(2025, 4)),
        "mv10": lambda: conv("moving_day", *quarter(2025, 4)),
        "mv11": lambda: conv("damage_claim", *Y25),
        "mv12": lambda: top_conv("quote_flow", *ALL, "客户类型", lowest=True),
        # ---- time between steps
        "mv13": lambda: step_time("tp_quote_request", "tp_deposit_paid", *H1_25, by="b"),
        "mv14": lambda: step_time("tp_damage_claim", "tp_compensation_paid", *Y25, by="a"),
        "mv15": lambda: step_time("tp_site_survey", "tp_quote_accept", *Y25, by="b", agg="median"),
        "mv16": lambda: step_time(ARR, "tp_loading_done", *ALL, by="a", cond="NOT has_elevator", unit="hour"),
        "mv17": lambda: step_time(ARR, "tp_loading_done", *ALL, by="a", cond="has_elevator", unit="hour"),
        "mv18": lambda: step_time("tp_deposit_paid", ARR, *H1_26, by="b"),
        # ---- money
        "mv19": lambda: orders(*quarter(2025, 4), agg="avg(o.amount)", cond="o.order_type = 'final'"),
        "mv20": lambda: orders(*Y25, agg="avg(o.amount)", cond="o.order_type = 'deposit'"),
        "mv21": lambda: orders(*Y25, agg="sum(o.amount)"),
        "mv22": lambda: orders(*H1_26, agg="sum(o.amount)", cond="o.order_type = 'storage'"),
        "mv23": lambda: order_share("o.coupon_code IS NOT NULL", *quarter(2025, 4), "o.order_type = 'final'"),
        "mv24": lambda: orders(*Y25, agg="sum(o.discount_amount)",
                               cond="o.order_type = 'final' AND c.segment = 'student'"),
        "mv25": lambda: move_spend("c.segment = 'student'"),
        "mv26": lambda: top_orders("c.segment", *ALL, margin=1.5),
        "mv27": lambda: top_orders('c."客户类型"', *ALL, agg="avg((o.coupon_code IS NOT NULL)::int)",
                                   cond="o.order_type = 'final'", margin=1.5),
        "mv28": lambda: orders(*Y25, agg="count(*)", status="refunded", cond="o.order_type = 'deposit'"),
        "mv30": lambda: orders(*Y25, agg="count(*)", cond="o.order_type = 'final' AND o.extra_fee > 0"),
        "mv31": lambda: orders(*ALL, agg="avg(o.amount)", cond="o.order_type = 'final' AND c.segment = 'office'"),
        # ---- lateness / thresholds
        "mv32": lambda: events_at(ARR, *Y25, "e.minutes_late > 30"),
        "mv33": lambda: share_ev("e.minutes_late > 30", ARR, *ALL, "e.distance_km > 50"),
        "mv34": lambda: share_ev("e.minutes_late > 30", ARR, *ALL, "e.distance_km <= 50"),
        "mv35": lambda: avg_ev("minutes_late", ARR, *H1_26),
        "mv36": lambda: events_at(DEL, *Y25, "e.floor_count > 5 AND NOT e.has_elevator"),
        # ---- crews / cities
        "mv37": lambda: top_crew_claim_rate(),
        "mv38": lambda: top_events("tp_damage_claim", *Y25, "e.crew_id", margin=1.3),
        "mv39": lambda: events_at("tp_damage_claim", *ALL, "e.crew_id = 'SH-C03'"),
        "mv40": lambda: crew_claim_rate("GZ-C02"),
        "mv41": lambda: fb_avg(f"{REVIEW} AND f.crew_id = 'GZ-C02'", tol=0.03),
        "mv42": lambda: events_at(DEL, *quarter(2025, 3), "e.city = '上海'"),
        "mv43": lambda: top_orders("o.truck_size", *ALL, agg="avg(o.amount)", cond="o.order_type = 'final'",
                                   margin=1.3),
        # ---- ratings / feedback
        "mv44": lambda: fb_avg(f"{REVIEW} AND NOT f.has_elevator"),
        "mv45": lambda: fb_avg(f"{REVIEW} AND f.has_elevator"),
        "mv46": lambda: fb_avg(f"{REVIEW} AND {_in('f.ts', *quarter(2025, 4))}"),
        "mv47": lambda: fb_topic_count(BROKEN),
        "mv48": lambda: fb_topic_count(HIDDEN),
        "mv49": lambda: fb_ratio(NEG, _in("f.ts", *H1_26)),
        "mv50": lambda: feedback_ids(f"{LATE} AND {NEG}"),
        "mv51": lambda: top_fb("f.city", QUOTE_HIGH, margin=1.5),
        "mv52": lambda: fb_count("f.ts IS NULL"),
        "mv55": lambda: feedback_ids(f"{POLITE} AND f.sentiment_label = 'pos'"),
        # ---- customers
        "mv56": lambda: customers_count("c.segment = 'student'"),
        "mv57": lambda: customers_count("c.\"客户类型\" = '公司'"),
        "mv58": lambda: top_customers("acquisition_channel"),
        "mv59": lambda: customers_avg("c.household_size", "c.segment = 'family'"),
        "mv60": lambda: customers_share("c.housing_type = '老小区步梯房'"),
        # ---- periods
        "mv63": lambda: events_at(DEL, "2025-10-01", "2025-10-08"),
        "mv64": lambda: events_at("tp_quote_request", "2025-06-23", "2025-06-29"),
        "mv65": lambda: events_at("tp_quote_request", *month(2026, 4)),
        "mv66": lambda: events_at("tp_deposit_paid", *quarter(2025, 4)),
        "mv67": lambda: events_at(DEL, "2025-06-01", "2025-07-31",
                                  "e.customer_id IN (SELECT customer_id FROM customers WHERE segment = 'student')"),
        "mv68": lambda: storage_renew_share(*Y25),
        "mv69": lambda: storage_renew_share(*Y25, "c.segment = 'student'"),
        "mv70": lambda: events_at(DEL, *H1_26),
        "mv71": lambda: events_at(DEL, *H1_25),
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
    missing = []
    for it in items:
        fn = checks.get(it["id"])
        exp = it.setdefault("expect", {})
        if fn is None:
            assert exp.get("status") in ("ok", "clarify", "unsupported"), it["id"]
            if exp.get("status") == "ok":
                missing.append(it["id"])
            continue
        got = fn()
        for k in ("top_entity", "value", "tolerance", "citations_from"):
            exp.pop(k, None)
        exp["status"] = "ok"
        exp.update(got)
        shown = {k: (f"{len(v)} ids" if k == "citations_from" else v) for k, v in got.items()}
        print(it["id"], it["question"][:70], shown)
    print("status-only ok items:", missing)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
