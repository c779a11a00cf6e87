"""Gold answers for the 好帮手家政 HandyHome (on-demand housekeeping) held-out batch, from plain DuckDB SQL over the
raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k with an event at step k's touchpoint after reaching step k-1,
  within the journey window (first_order 14 d, subscription 45 d, complaint 30 d) from their first step-1 event in
  the period; rates are per customer; the tolerance covers both readings (later steps allowed after the period end,
  or not). "Share that paid" in the first-order funnel = customers reaching step 4 / customers at step 1;
- a booking = one `session_id` (HB000123) of the events = `booking_id` of orders and feedback; per-booking rates
  ("of complaints, the share that got a re-clean") count the bookings with an A event in the period (by A's date)
  and look for B on the same booking at any time;
- time between steps = per booking / subscription (session_id), first B ts - first A ts, over those that reached
  both, the booking taken in the period by the date the question names (payment date, complaint date, refund date);
- a completed service = a `tp_service_done` event (by its date; trial cleans are separate, `tp_trial_clean`);
  service duration = `duration_hours` on it; lateness = `minutes_late` on `tp_cleaner_arrived` (0 = on time),
  "20+ minutes late" = minutes_late >= 20, weekend = the arrival falls on Saturday or Sunday;
- a cleaner team's complaint rate = tp_complaint events / tp_service_done events of that team (all data);
- money = orders with status `paid` (a refunded or cancelled order is no revenue); all order types (single, trial,
  subscription, renewal) unless the question names one; refund rate of a service = refunded / (paid + refunded)
  single orders of that service; orders per customer and spend per customer are over customers with at least one
  paid order in the period; cancellations in a year = tp_order_cancelled events that year (tolerance covers the
  count by the order's payment date), and so are the cancellation fees of a year (orders.cancel_fee);
- renewal rate = customers whose (first) tp_subscribe is in the period and who have any later tp_renew;
  member level, pets, home size, household type (household_type = 家庭类型 twin), city, acquisition channel come
  from customers; customer counts are all rows of customers; "new customers" = signup_at in the period;
- order-review rating = feedback.rating where channel = 'order_review' (service_type on the row; pets joined from
  customers); "feedback" = all rows of all channels and "all data" includes rows without a date; negative =
  `sentiment_label = neg` (generator truth) over dated rows of the period; topic counts use text markers with a 5 %
  tolerance;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's `as_of`; 2025 暑假 = 2025-07-01 .. 08-31 (said in the question).
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
    for t in ("touchpoints", "journeys", "orders", "feedback"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE customers AS SELECT * FROM read_csv_auto('{data / 'customers.csv'}', header=true,
                    types={{'has_pets': 'BOOLEAN', 'home_size_sqm': 'INTEGER'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true)""")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    n_pay = CON.execute("SELECT count(*) FROM events WHERE touchpoint_id = 'tp_pay'").fetchone()[0]
    assert n_pay == CON.execute("SELECT count(*) FROM orders WHERE order_type = 'single'").fetchone()[0]


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


def conv(journey, start, end, upto=None, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        last = c[-1] if upto is None else c[upto - 1]
        vals.append(last / c[0])
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


# ---------- per-booking step rates and durations ----------

def sess_rate(a_tp, b_tp, start, end, cond="1=1"):
    v = one(f"""WITH a AS (SELECT DISTINCT session_id FROM events e WHERE touchpoint_id = '{a_tp}'
                           AND {_in('ts', start, end)} AND ({cond}))
                SELECT avg((b.session_id IS NOT NULL)::int) FROM a LEFT JOIN
                (SELECT DISTINCT session_id FROM events WHERE touchpoint_id = '{b_tp}') b USING (session_id)""")
    return dict(value=round(v, 4), tolerance=0.01)


def step_time(a_tp, b_tp, start, end, by="a", cond="1=1", agg="avg", unit="day"):
    div = {"day": 86400.0, "hour": 3600.0}[unit]
    v = one(f"""WITH a AS (SELECT session_id, min(ts) ta, any_value(service_type) service_type FROM events
                           WHERE touchpoint_id = '{a_tp}' GROUP BY 1),
                b AS (SELECT session_id, min(ts) tb FROM events WHERE touchpoint_id = '{b_tp}' GROUP BY 1)
                SELECT {agg}(epoch(tb - ta) / {div}) FROM a JOIN b USING (session_id)
                WHERE tb > ta AND {_in('t' + by, start, end)} AND ({cond})""")
    return dict(value=round(v, 3), tolerance=round(max(0.05, v * 0.02), 3))


# ---------- events ----------

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


def top_avg_ev(col, tp, start, end, by, margin=1.2):
    rows = q(f"""SELECT {by}, avg(e.{col}) a FROM events e WHERE e.touchpoint_id = '{tp}' AND
                 {_in('e.ts', start, end)} GROUP BY 1 ORDER BY a DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def share_ev(cond_share, tp, start, end, cond="1=1"):
    v = one(f"""SELECT avg(({cond_share})::int) FROM events e WHERE e.touchpoint_id = '{tp}' AND
                {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def team_complaints():
    return q("""SELECT cleaner_team, count(*) FILTER (WHERE touchpoint_id = 'tp_complaint') c,
                       count(*) FILTER (WHERE touchpoint_id = 'tp_service_done') s
                FROM events WHERE cleaner_team IS NOT NULL GROUP BY 1""")


def top_team_complaint_rate(margin=1.4):
    rows = sorted(team_complaints(), key=lambda r: r[1] / r[2], reverse=True)
    assert rows[0][1] / rows[0][2] > rows[1][1] / rows[1][2] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def team_complaint_rate(team):
    r = [x for x in team_complaints() if x[0] == team][0]
    return dict(value=round(r[1] / r[2], 4), tolerance=0.01)


def cancellations(start, end):
    a = one(f"SELECT count(*) FROM events WHERE touchpoint_id = 'tp_order_cancelled' AND {_in('ts', start, end)}")
    b = one(f"SELECT count(*) FROM orders WHERE status = 'cancelled' AND {_in('ts', start, end)}")
    return dict(value=a, tolerance=max(0.5, abs(a - b) + 0.5))


def cancel_fees(start, end):
    a = one(f"""SELECT sum(o.cancel_fee) FROM orders o JOIN events e ON e.session_id = o.booking_id
                AND e.touchpoint_id = 'tp_order_cancelled' WHERE {_in('e.ts', start, end)}""")
    b = one(f"SELECT sum(cancel_fee) FROM orders WHERE status = 'cancelled' AND {_in('ts', start, end)}")
    return dict(value=float(a), tolerance=max(0.5, abs(float(a) - float(b)) + 0.5))


def renew_share(start, end, cond="1=1"):
    v = one(f"""WITH s AS (SELECT e.customer_id, min(e.ts) t FROM events e JOIN customers c USING (customer_id)
                           WHERE e.touchpoint_id = 'tp_subscribe' AND ({cond}) GROUP BY 1)
                SELECT avg((EXISTS (SELECT 1 FROM events r WHERE r.customer_id = s.customer_id
                                    AND r.touchpoint_id = 'tp_renew' AND r.ts > s.t))::int) FROM s
                WHERE {_in('s.t', start, end)}""")
    return dict(value=round(v, 4), tolerance=0.01)


def top_renew_level(start, end, margin=0.08):
    rates = {lv: renew_share(start, end, f"c.member_level = '{lv}'")["value"] for lv in ("none", "silver", "gold")}
    order = sorted(rates, key=rates.get, reverse=True)
    assert rates[order[0]] - rates[order[1]] > margin, rates
    return dict(top_entity=order[0])


# ---------- orders / customers ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"""SELECT {agg} FROM orders o JOIN customers c USING (customer_id)
                WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})""")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def per_customer(start, end, what):
    agg = "sum(o.amount)" if what == "spend" else "count(*)"
    v = one(f"""SELECT {agg} / count(DISTINCT o.customer_id) FROM orders o
                WHERE o.status = 'paid' AND {_in('o.ts', start, end)}""")
    return dict(value=round(float(v), 3), tolerance=round(max(0.02, float(v) * 0.005), 3))


def order_share(cond_share, start, end, cond="1=1"):
    v = one(f"SELECT avg(({cond_share})::int) FROM orders o WHERE o.status = 'paid' AND {_in('o.ts', start, end)} "
            f"AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(by, start, end, agg="sum(o.amount)", cond="1=1", margin=1.1):
    rows = q(f"""SELECT {by}, {agg} n FROM orders o JOIN customers c USING (customer_id) WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


REFUND_RATE = "count(*) FILTER (WHERE status = 'refunded') / count(*) FILTER (WHERE status IN ('paid', 'refunded'))"


def refund_rate(svc):
    v = one(f"SELECT {REFUND_RATE} FROM orders WHERE order_type = 'single' AND service_type = '{svc}'")
    return dict(value=round(v, 4), tolerance=0.01)


def top_refund_rate(margin=1.5):
    rows = q(f"SELECT service_type, {REFUND_RATE} r FROM orders WHERE order_type = 'single' GROUP BY 1 "
             f"ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows
    return dict(top_entity=rows[0][0])


def customers_count(cond):
    return dict(value=one(f"SELECT count(*) FROM customers c WHERE {cond}"), tolerance=0.5)


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
    v = one(f"""SELECT avg(f.rating) FROM feedback f LEFT JOIN customers c USING (customer_id)
                WHERE f.rating IS NOT NULL AND {cond}""")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


ALL = ("2024-06-01", "2026-08-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
NEG = "f.sentiment_label = 'neg'"
PAY, ARR, DONE = "tp_pay", "tp_cleaner_arrived", "tp_service_done"
REVIEW = "f.channel = 'order_review'"
WEEKEND = "dayofweek(e.ts) IN (0, 6)"
LATE = _like("f.text", ["迟到", "才到", "late"])
BROKEN = _like("f.text", ["打碎", "弄坏", "装坏", "broke", "damaged"])
GREAT = _like("f.text", ["细心", "人很好", "很专业", "满意", "很有经验", "great ayi", "fantastic", "professional",
                         "wonderful"])
CANCEL_FEE = _like("f.text", ["取消费", "违约金", "cancellation fee"])


def gold() -> dict:
    return {
        # ---- funnels / conversion
        "hk01": lambda: conv("first_order", *Y25),
        "hk02": lambda: top_lost("first_order", *H1_26),
        "hk03": lambda: conv("first_order", *quarter(2025, 3), upto=4),
        "hk04": lambda: conv("subscription", *Y25, upto=2),
        "hk05": lambda: renew_share(*Y25),
        "hk06": lambda: renew_share(*Y25, "c.member_level = 'gold'"),
        "hk07": lambda: renew_share(*Y25, "c.member_level = 'none'"),
        "hk08": lambda: top_renew_level(*ALL),
        "hk09": lambda: conv("complaint", *Y25),
        "hk10": lambda: sess_rate("tp_complaint", "tp_reclean", *ALL),
        # ---- time between steps
        "hk11": lambda: step_time(PAY, ARR, *Y25, by="a", unit="hour"),
        "hk12": lambda: step_time(PAY, ARR, *month(2025, 7), by="a", cond="service_type = 'appliance_cleaning'"),
        "hk13": lambda: step_time(PAY, ARR, *month(2025, 3), by="a", cond="service_type = 'appliance_cleaning'"),
        "hk14": lambda: step_time("tp_complaint", "tp_refund", *Y25, by="a"),
        "hk15": lambda: step_time("tp_complaint", "tp_refund", *H1_26, by="b", agg="median"),
        "hk16": lambda: avg_ev("duration_hours", DONE, *ALL, "e.service_type = 'deep_clean'"),
        "hk17": lambda: step_time("tp_trial_clean", "tp_subscribe", *Y25, by="b", agg="median"),
        # ---- money
        "hk18": lambda: orders(*Y25),
        "hk19": lambda: per_customer(*Y25, "spend"),
        "hk20": lambda: per_customer(*Y25, "orders"),
        "hk21": lambda: orders(*quarter(2025, 3), agg="avg(o.amount)",
                               cond="o.order_type = 'single' AND o.service_type = 'deep_clean'"),
        "hk22": lambda: refund_rate("deep_clean"),
        "hk23": lambda: refund_rate("hourly_cleaning"),
        "hk24": lambda: top_refund_rate(),
        "hk25": lambda: cancellations(*Y25),
        "hk26": lambda: order_share("o.coupon_code IS NOT NULL", *Y25),
        "hk27": lambda: top_orders("o.coupon_code", *Y25, agg="count(*)", margin=1.5),
        "hk28": lambda: top_orders("o.city", *Y25),
        "hk29": lambda: orders(*H1_26, cond="o.order_type IN ('subscription', 'renewal')"),
        "hk30": lambda: orders(*month(2026, 7)),
        "hk31": lambda: orders(*month(2026, 6)),
        "hk32": lambda: cancel_fees(*Y25),
        # ---- lateness / thresholds
        "hk33": lambda: events_at(ARR, *Y25, "e.minutes_late >= 20"),
        "hk34": lambda: share_ev("e.minutes_late >= 20", ARR, *ALL, WEEKEND),
        "hk35": lambda: share_ev("e.minutes_late >= 20", ARR, *ALL, f"NOT {WEEKEND}"),
        "hk36": lambda: avg_ev("minutes_late", ARR, *H1_26),
        "hk37": lambda: customers_count("c.home_size_sqm > 120"),
        "hk38": lambda: orders(*ALL, agg="avg(o.amount)",
                               cond="o.service_type = 'deep_clean' AND o.order_type = 'single' "
                                    "AND c.home_size_sqm > 120"),
        "hk39": lambda: customers_share("c.has_pets"),
        "hk40": lambda: events_at(DONE, *Y25, "e.service_type = 'hourly_cleaning' AND e.duration_hours > 4"),
        # ---- rankings
        "hk41": lambda: top_team_complaint_rate(),
        "hk42": lambda: team_complaint_rate("GZ-T2"),
        "hk43": lambda: top_events(DONE, *Y25, "e.cleaner_id", margin=1.2),
        "hk44": lambda: top_avg_ev("minutes_late", ARR, *ALL, "e.city"),
        "hk45": lambda: top_orders("o.service_type", *Y25, cond="o.order_type = 'single'", margin=1.5),
        "hk46": lambda: top_events(DONE, *month(2025, 7), "e.service_type", margin=1.3),
        "hk47": lambda: top_customers("acquisition_channel", margin=1.3),
        "hk48": lambda: top_customers('"家庭类型"'),
        # ---- ratings / feedback
        "hk50": lambda: fb_avg(f"{REVIEW} AND c.has_pets"),
        "hk51": lambda: fb_avg(f"{REVIEW} AND NOT c.has_pets"),
        "hk52": lambda: fb_avg(f"{REVIEW} AND f.service_type = 'deep_clean' AND {_in('f.ts', *Y25)}", tol=0.03),
        "hk53": lambda: fb_topic_count(LATE),
        "hk54": lambda: fb_topic_count(BROKEN),
        "hk55": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 4))),
        "hk56": lambda: feedback_ids(f"{GREAT} AND f.sentiment_label = 'pos'"),
        "hk57": lambda: fb_topic_count(CANCEL_FEE),
        "hk59": lambda: fb_count("f.ts IS NULL"),
        "hk60": lambda: fb_avg("f.channel = 'app_review'"),
        # ---- periods
        "hk61": lambda: events_at(DONE, "2025-07-01", "2025-08-31", "e.service_type = 'appliance_cleaning'"),
        "hk62": lambda: events_at(DONE, "2025-12-22", "2025-12-28"),
        "hk63": lambda: customers_count(_in("c.signup_at", "2025-07-01", "2025-12-31")),
        "hk64": lambda: orders(*quarter(2025, 3), agg="count(*)"),
        "hk65": lambda: events_at(DONE, *month(2025, 10), "e.service_type = 'deep_clean'"),
        "hk66": lambda: events_at("tp_complaint", *H1_26),
        "hk67": lambda: events_at("tp_complaint", *H1_25),
        "hk68": lambda: events_at("tp_subscribe", *quarter(2026, 2)),
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
        print(it["id"], it["question"][:70], shown)
    print("status-only ok items:", status_only)
    if write:
        batch.write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
