"""Gold answers for the 箱循环 LoopCrate (reusable moving-box rental) held-out batch, from plain DuckDB SQL over the
raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey's window from their first step-1 event in the period; rates are per customer (customers are
  the people in `customer_id`); the tolerance covers both readings (later steps allowed after the period end, or
  not);
- a rental (租箱单) = one `session_id` (RN000123); every event of a rental carries it; per-rental step rates ("of
  rentals that reached A, the share that reached B") count the rentals with an A event in the period (by A's date)
  and look for B on the same rental at any time;
- a late drop-off = `minutes_late` > 30 on tp_dropoff; a late return = `days_late` > 0 on tp_pickup; periods of
  these go by the date of that event; the depot is the `depot` column (zh names; `depot_en` is its twin);
- damage: an inspection (tp_inspection) "found damage" when damaged_boxes > 0; damaged boxes = sum(damaged_boxes);
- times between steps = per rental, first later-step ts - first earlier-step ts, over rentals that reached both,
  the rental taken in the period by the date of the step the question names;
- money = orders with status `paid`, `amount` in CNY (Hong Kong orders carry HKD in `amount_local`, `currency`),
  order_type rental / extension / late_fee / damage / b2b_contract; refunded = cancelled rentals;
- A/B test exp_return_reminder: late-return rate of a variant = pickups of its customers after their `assigned_at`
  with days_late > 0 / those pickups (tolerance covers the per-customer reading);
- customer facts from customers (segment with its Chinese twin 客户类型, city, acquisition channel, company size,
  agent_id); B2B rep = agent_id;
- feedback = all rows (all channels); "all data" includes rows without ts; negative = `sentiment_label = neg`
  (generator truth); topic counts use text markers with a 5 % tolerance; post-rental survey = channel `survey`;
  NPS = share of 9–10 minus share of 0–6 among survey rows with an nps;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve
  against the item's `as_of`; 2024 国庆 = 2024-10-01 .. 10-07.
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
    for t in ("touchpoints", "customers", "journeys", "orders", "feedback", "experiments"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true)")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0


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
    sql = "SELECT e.customer_id, e.ts, e.touchpoint_id FROM events e JOIN customers c USING (customer_id) WHERE 1=1"
    if cust:
        sql += f" AND ({cust})"
    if bounded:
        sql += f" AND e.ts < DATE '{end}' + INTERVAL 1 DAY"
    CON.execute(f"CREATE OR REPLACE TEMP TABLE ev AS {sql}")
    CON.execute(f"""CREATE OR REPLACE TEMP TABLE r1 AS SELECT customer_id, min(ts) AS t1, min(ts) AS t
                    FROM ev WHERE touchpoint_id = '{steps[0]}' AND {_in('ts', start, end)} GROUP BY 1""")
    counts = [one("SELECT count(*) FROM r1")]
    for k, tp in enumerate(steps[1:], 2):
        CON.execute(f"""CREATE OR REPLACE TEMP TABLE r{k} AS SELECT r.customer_id, r.t1, min(e.ts) AS t
                        FROM r{k - 1} r JOIN ev e ON e.customer_id = r.customer_id AND e.touchpoint_id = '{tp}'
                        AND e.ts > r.t AND e.ts <= r.t1 + INTERVAL {window} DAY GROUP BY 1, 2""")
        counts.append(one(f"SELECT count(*) FROM r{k}"))
    return counts


def conv(journey, start, end, open_end=False, **kw):
    """open_end: the question says later steps may fall after the period end (then only that reading)."""
    vals = []
    for bounded in ((False,) if open_end else (False, True)):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        vals.append(c[-1] / c[0])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[-1]) + 0.005), 4))


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


def top_conv(journey, start, end, column, lowest=False, min_n=30, margin=0.04):
    vals = [r[0] for r in q(f'SELECT DISTINCT "{column}" FROM customers WHERE "{column}" IS NOT NULL')]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"c.\"{column}\" = '{v}'")
        if c[0] >= min_n:
            rates[v] = c[-1] / c[0]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > margin, rates
    print("   ", {k: round(v, 3) for k, v in rates.items()})
    return dict(top_entity=order[0])


def conv_value(journey, start, end, cust):
    return conv(journey, start, end, cust=cust)


# ---------- per-rental step rates and durations ----------

def job_rate(a_tp, b_tp, start, end, cond="1=1", bcond="1=1"):
    v = one(f"""WITH a AS (SELECT DISTINCT e.session_id FROM events e JOIN customers c USING (customer_id)
                           WHERE e.touchpoint_id = '{a_tp}' AND {_in('e.ts', start, end)} AND ({cond}))
                SELECT avg((b.session_id IS NOT NULL)::int) FROM a LEFT JOIN
                (SELECT DISTINCT session_id FROM events e WHERE touchpoint_id = '{b_tp}' AND ({bcond})) b
                USING (session_id)""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_job_rate(a_tp, b_tp, start, end, by, lowest=False, margin=0.05, join_c=False):
    rows = q(f"""WITH a AS (SELECT e.session_id, any_value({by}) g FROM events e JOIN customers c USING (customer_id)
                            WHERE e.touchpoint_id = '{a_tp}' AND {_in('e.ts', start, end)} GROUP BY 1)
                 SELECT g, avg((b.session_id IS NOT NULL)::int) r, count(*) FROM a LEFT JOIN
                 (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b USING (session_id)
                 GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
    assert abs(rows[0][1] - rows[1][1]) > margin, rows
    return dict(top_entity=rows[0][0])


def step_time(a_tp, b_tp, start, end, by="b", cond="1=1", agg="avg", unit="day"):
    div = 86400.0 if unit == "day" else 3600.0
    v = one(f"""WITH a AS (SELECT session_id, min(ts) ta, any_value(customer_id) customer_id FROM events
                           WHERE touchpoint_id = '{a_tp}' GROUP BY 1),
                b AS (SELECT session_id, min(ts) tb FROM events WHERE touchpoint_id = '{b_tp}' GROUP BY 1)
                SELECT {agg}(epoch(tb - ta) / {div}) FROM a JOIN b USING (session_id)
                JOIN customers c USING (customer_id)
                WHERE tb > ta AND {_in('t' + by, start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.02), 3))


# ---------- event counts / averages ----------

def events_at(tp, start, end, cond="1=1", agg="count(*)"):
    v = one(f"SELECT {agg} FROM events e JOIN customers c USING (customer_id) WHERE e.touchpoint_id = '{tp}' "
            f"AND {_in('e.ts', start, end)} AND ({cond})")
    return dict(value=v, tolerance=0.5)


def top_events(tp, start, end, by, cond="1=1", margin=1.1, agg="count(*)"):
    rows = q(f"""SELECT {by}, {agg} n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    print("   ", [(r[0], round(float(r[1]), 3)) for r in rows[:4]])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def avg_ev(col, tp, start, end, cond="1=1", rel=0.02, agg="avg"):
    v = one(f"""SELECT {agg}(e.{col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                AND ({cond})""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.05, abs(float(v)) * rel), 3))


def share_ev(cond_share, tp, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({cond_share})::int) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_share_ev(cond_share, tp, start, end, by, cond="1=1", lowest=False, margin=0.05):
    rows = q(f"""SELECT {by}, avg(({cond_share})::int) r, count(*) FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})
                 GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    print("   ", [(r[0], round(r[1], 3), r[2]) for r in rows])
    assert abs(rows[0][1] - rows[1][1]) > margin, rows
    return dict(top_entity=rows[0][0])


def exp_late(variant):
    vals = []
    for per_customer in (False, True):
        inner = f"""SELECT x.customer_id, (e.days_late > 0)::int late FROM experiments x JOIN events e
                    ON e.customer_id = x.customer_id AND e.touchpoint_id = 'tp_pickup' AND e.ts > x.assigned_at
                    WHERE x.variant = '{variant}'"""
        if per_customer:
            inner = f"SELECT customer_id, max(late) late FROM ({inner}) GROUP BY 1"
        vals.append(one(f"SELECT avg(late) FROM ({inner})"))
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


# ---------- orders / customers ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
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
    print("   ", [(r[0], round(float(r[1]), 2)) for r in rows[:4]])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


def customers_share(cond, where="1=1"):
    return dict(value=round(float(one(f"SELECT avg(({cond})::int) FROM customers c WHERE {where}")), 4),
                tolerance=0.01)


def top_customers(col, where="1=1", margin=1.1):
    rows = q(f"SELECT {col}, count(*) n FROM customers c WHERE {where} GROUP BY 1 ORDER BY n DESC")
    print("   ", rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def dispute_share(charge_tp, kind, start, end, cond="1=1"):
    return job_rate(charge_tp, "tp_dispute", start, end, cond=cond, bcond=f"e.dispute_type = '{kind}'")


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


def fb_nps(cond):
    v = one(f"""SELECT avg((nps >= 9)::int) - avg((nps <= 6)::int) FROM feedback f
                WHERE nps IS NOT NULL AND {cond}""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_fb(col, cond="1=1", margin=1.3):
    rows = q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                 GROUP BY 1 ORDER BY n DESC""")
    print("   ", rows[:4])
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


ALL = ("2024-07-01", "2026-06-30")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
NEG = "f.sentiment_label = 'neg'"
SURVEY = "f.channel = 'survey'"
LATE_DROP = _like("f.text", ["送箱迟到", "下午才到", "delivery was late", "hours after the slot"])
LATE_FEE = _like("f.text", ["逾期费", "late fee"])
DAMAGE = _like("f.text", ["弄坏", "损坏", "damage"])
DEPOSIT = _like("f.text", ["押金", "deposit"])
STURDY = _like("f.text", ["结实", "sturdy"])
PAYMENT = _like("f.text", ["失败", "fail"])
B2B_PRICE = _like("f.text", ["报价偏高", "too high"])
MISSED = _like("f.text", ["没来", "爽约", "没人来", "never showed", "missed the pickup", "no-show"])
DROP, PICK, INSP = "tp_dropoff", "tp_pickup", "tp_inspection"


def gold() -> dict:
    return {
        # ---- funnels / conversion
        "br01": lambda: conv("home_order", *Y25),
        "br02": lambda: top_lost("home_order", *H1_26),
        "br03": lambda: job_rate("tp_plan_pick", "tp_checkout", *month(2025, 11), "e.device = 'android'"),
        "br04": lambda: job_rate("tp_plan_pick", "tp_checkout", *month(2025, 11), "e.device = 'ios'"),
        "br05": lambda: top_conv("home_order", *month(2025, 11), "primary_device", lowest=True),
        "br06": lambda: conv("office_move", *Y25),
        "br07": lambda: top_job_rate("tp_b2b_enquiry", "tp_contract", *ALL, "e.agent_id", lowest=True),
        "br08": lambda: job_rate("tp_b2b_enquiry", "tp_contract", *ALL, "e.agent_id = 'BD04'"),
        "br09": lambda: top_job_rate("tp_b2b_quote", "tp_contract", *ALL, "c.company_size", margin=0.06),
        "br10": lambda: conv("rental_cycle", *H2_25, open_end=True),
        "br11": lambda: conv("charge_dispute", *quarter(2025, 3), open_end=True),
        # ---- durations
        "br12": lambda: step_time(INSP, "tp_deposit_refund", "2026-03-01", "2026-06-30", by="a"),
        "br13": lambda: step_time(INSP, "tp_deposit_refund", *Y25, by="a"),
        "br14": lambda: step_time("tp_dispute", "tp_dispute_resolved", *quarter(2025, 3), by="a"),
        "br15": lambda: step_time("tp_contract", DROP, *ALL, by="a"),
        "br16": lambda: step_time("tp_b2b_enquiry", "tp_contract", *Y25, by="b", agg="median"),
        # ---- drop-off lateness
        "br17": lambda: top_share_ev("e.minutes_late > 30", DROP, *quarter(2026, 1), "e.depot", margin=0.2),
        "br18": lambda: share_ev("e.minutes_late > 30", DROP, *quarter(2026, 1), "e.depot = '南山仓'"),
        "br19": lambda: share_ev("e.minutes_late > 30", DROP, *quarter(2025, 4), "e.depot = '南山仓'"),
        "br20": lambda: avg_ev("minutes_late", DROP, *Y25),
        "br21": lambda: events_at(DROP, *Y25),
        # ---- returns / late fees / A/B
        "br22": lambda: share_ev("e.days_late > 0", PICK, *Y25),
        "br23": lambda: top_share_ev("e.days_late > 0", PICK, *ALL, 'c."客户类型"', margin=0.1),
        "br24": lambda: exp_late("sms_reminder"),
        "br25": lambda: exp_late("control"),
        "br26": lambda: dict(value=one("SELECT count(*) FROM experiments WHERE variant = 'sms_reminder'"),
                             tolerance=0.5),
        "br27": lambda: orders(*H2_25, cond="o.order_type = 'late_fee'"),
        "br28": lambda: orders(*H1_25, agg="avg(o.amount)", cond="o.order_type = 'late_fee'"),
        "br29": lambda: dispute_share("tp_late_fee", "late_fee", *H2_25),
        # ---- damage
        "br30": lambda: top_share_ev("e.damaged_boxes > 0", INSP, *ALL, "e.depot", margin=0.15),
        "br31": lambda: share_ev("e.damaged_boxes > 0", INSP, *Y25, "e.depot = '朝阳仓'"),
        "br32": lambda: events_at(INSP, *Y25, agg="sum(e.damaged_boxes)"),
        "br33": lambda: orders(*Y25, cond="o.order_type = 'damage'"),
        "br34": lambda: dispute_share("tp_damage_charge", "damage", *ALL, "e.depot = '朝阳仓'"),
        # ---- missed pickups
        "br35": lambda: top_events("tp_pickup_missed", *ALL, "e.depot", margin=1.5),
        "br36": lambda: events_at("tp_pickup_missed", *Y25, "e.city = '杭州'"),
        # ---- money
        "br37": lambda: orders(*Y25),
        "br38": lambda: orders(*H1_26, cond="o.order_type = 'rental'"),
        "br39": lambda: top_orders("o.plan", *ALL, cond="o.order_type = 'rental'"),
        "br40": lambda: orders(*Y25, agg="avg(o.amount)", cond="o.order_type = 'b2b_contract'"),
        "br41": lambda: orders(*Y25, agg="avg(o.amount_local)", cond="o.order_type = 'rental' AND o.city = '香港'"),
        "br42": lambda: orders("2025-06-01", "2025-07-31", agg="sum(o.discount_amount)",
                               cond="o.coupon_code = 'GRAD20'"),
        "br43": lambda: orders(*Y25, agg="count(*)", status="refunded", cond="o.order_type = 'rental'"),
        "br44": lambda: orders(*Y25, cond="o.order_type = 'extension'"),
        "br45": lambda: order_share("o.coupon_code IS NOT NULL", *quarter(2025, 3), "o.order_type = 'rental'"),
        "br46": lambda: top_orders("o.city", *Y25, margin=1.2),
        # ---- customers
        "br47": lambda: customers_count("c.segment = 'business'"),
        "br48": lambda: customers_share("c.acquisition_channel = 'xiaohongshu'"),
        "br49": lambda: top_customers("c.acquisition_channel", "c.city = '香港'"),
        # ---- feedback
        "br50": lambda: fb_topic_count(LATE_FEE),
        "br51": lambda: fb_topic_count(DEPOSIT),
        "br52": lambda: fb_ratio(NEG, _in("f.ts", *H1_26)),
        "br53": lambda: fb_avg(f"{SURVEY} AND {_in('f.ts', *quarter(2026, 1))}"),
        "br54": lambda: fb_avg(f"{SURVEY} AND f.depot = '南山仓'"),
        "br55": lambda: feedback_ids(f"{LATE_DROP} AND {NEG}"),
        "br56": lambda: feedback_ids(STURDY),
        "br57": lambda: fb_nps(f"{SURVEY} AND {_in('f.ts', *Y25)}"),
        "br58": lambda: fb_count("f.ts IS NULL"),
        "br59": lambda: top_fb("f.depot", DAMAGE, margin=1.5),
        "br61": lambda: fb_topic_count(f"f.channel = 'app_review' AND {PAYMENT}"),
        "br62": lambda: events_at("tp_payment_failed", *month(2025, 11), "e.device = 'android'"),
        "br63": lambda: fb_avg("f.channel = 'app_review'"),
        "br64": lambda: fb_topic_count(f"f.channel = 'call_note' AND {B2B_PRICE}"),
        "br69": lambda: events_at("tp_checkout", *month(2025, 6)),
        # ---- periods
        "br70": lambda: events_at("tp_checkout", "2025-06-16", "2025-06-22"),
        "br71": lambda: events_at(DROP, *month(2026, 4)),
        "br72": lambda: events_at("tp_contract", *quarter(2025, 4)),
        "br73": lambda: events_at("tp_checkout", "2024-10-01", "2024-10-07"),
        "br74": lambda: fb_topic_count(MISSED),
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
