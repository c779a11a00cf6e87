"""Gold answers for the 小橡树托育 LittleOak (daycare / early-education chain) held-out batch, from plain DuckDB SQL
over the raw CSVs written by generate.py.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- a family = one row of customers (customer_id); "families" / "kids" / "children" are counted per customer_id;
- funnels follow DATA.md: a family reaches step k with an event at step k's touchpoint after reaching step k-1, within
  the journey window (enrolment 60 d, monthly 31 d, exit 30 d) from its first step-1 event in the period; rates are per
  family; the tolerance covers both readings (later steps allowed after the period end, or not);
- per-family step rates without a window ("of families who toured in 2025, the share that signed"): families whose
  first A event falls in the period, and who have a B event after it at any time;
- time between steps = per family, first B ts - first A ts over families that have both with B after A, in days; the
  period is on A or on B as the question says (contracts signed in ... = by B; requests made in ... = by A);
- tour-to-contract rate of a campus / tour guide: families whose tour (tp_tour_attended, `campus` / `tour_guide` on
  that event) ..., share with a later tp_sign_contract;
- money = orders with status `paid` (overdue and refunded orders are no revenue), by order ts; order types tuition,
  deposit, meal as the question names them (all when it says so). "Monthly spend per family" = paid tuition + meal
  in the period / number of (family, calendar month) pairs with at least one such paid order. "Per paying family" =
  paid amount / families with a paid order in the period;
- attendance = tp_attendance events: sick_day = 'yes' rows are sick days (absences), sick_day = 'no' rows are
  check-ins carrying minutes_late_pickup; "picked up more than 15 minutes late" = minutes_late_pickup > 15; shares of
  late pickups are over check-in rows; sick days per child in a month = sick-day rows / families with any
  tp_attendance row that month;
- withdrawal rate of a plan = families with tp_sign_contract whose later tp_withdraw_request exists / signed families
  of that plan (customers.plan, twin 托育方案: full_day 全日托, half_day 半日托, hourly 计时托), all data;
- children under 24 months = customers.child_age_months < 24 (the age at registration);
- feedback: "all data" includes rows without ts; negative = sentiment_label 'neg' (generator truth) over dated rows of
  the period; monthly parent surveys = channel 'survey'; app-store reviews = channel 'app_review'; topic counts by
  text markers with a 5 % tolerance; NPS promoters = nps >= 9 over survey rows with an nps;
- exact duplicate event rows are loaded once; periods are inclusive calendar dates; relative periods resolve against
  the item's as_of; 2025年秋季学期 = 2025-09-01 .. 2026-01-31 and 寒假 dates are stated in the question.
- In rankings, zh questions about a plan are gold-named by the zh twin (半日托), en ones by `plan` (half_day);
  campuses exist only as zh names (望京园 …) and are gold-named so in both languages.
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
    for t in ("touchpoints", "journeys", "customers", "feedback"):
        CON.execute(f"CREATE TABLE {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'billing_month': 'VARCHAR'}})""")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}',
                    header=true, types={{'minutes_late_pickup': 'INTEGER', 'sick_day': 'VARCHAR'}})""")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


# ---------- funnels (per family, DATA.md rule) ----------

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


def conv(journey, start, end, upto=None):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
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


# ---------- per-family step rates and times ----------

def _pair(a_tp, b_tp):
    return f"""a AS (SELECT customer_id, min(ts) ta, any_value(campus) campus, any_value(tour_guide) guide
                     FROM events WHERE touchpoint_id = '{a_tp}' GROUP BY 1),
               b AS (SELECT customer_id, min(ts) tb FROM events WHERE touchpoint_id = '{b_tp}' GROUP BY 1)"""


def step_rate(a_tp, b_tp, start, end, cond="1=1"):
    v = one(f"""WITH {_pair(a_tp, b_tp)}
                SELECT avg((b.tb IS NOT NULL AND b.tb > a.ta)::int) FROM a LEFT JOIN b USING (customer_id)
                WHERE {_in('a.ta', start, end)} AND ({cond})""")
    return dict(value=round(v, 4), tolerance=0.01)


def rank_step_rate(a_tp, b_tp, by, start, end, lowest=False, margin=0.05):
    rows = q(f"""WITH {_pair(a_tp, b_tp)}
                 SELECT {by}, avg((b.tb IS NOT NULL AND b.tb > a.ta)::int) r, count(*) n
                 FROM a LEFT JOIN b USING (customer_id) WHERE {_in('a.ta', start, end)}
                 GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[0][1] - rows[1][1]) > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def step_time(a_tp, b_tp, start, end, by="b", agg="avg"):
    v = one(f"""WITH {_pair(a_tp, b_tp)}
                SELECT {agg}(epoch(tb - ta) / 86400.0) FROM a JOIN b USING (customer_id)
                WHERE tb > ta AND {_in('t' + by, start, end)}""")
    return dict(value=round(v, 3), tolerance=round(max(0.1, v * 0.02), 3))


# ---------- events ----------

def events_at(tp, start, end, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return dict(value=one(f"SELECT {what} FROM events e WHERE e.touchpoint_id = '{tp}' AND "
                          f"{_in('e.ts', start, end)} AND ({cond})"), tolerance=0.5)


def top_events(tp, start, end, by, cond="1=1", margin=1.1):
    rows = q(f"""SELECT {by}, count(*) n FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}
                 AND ({cond}) AND {by} IS NOT NULL GROUP BY 1 ORDER BY n DESC""")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


CHECKIN = "e.touchpoint_id = 'tp_attendance' AND e.sick_day = 'no'"
SICK = "e.touchpoint_id = 'tp_attendance' AND e.sick_day = 'yes'"
LATE15 = "e.minutes_late_pickup > 15"


def sick_days(start, end):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE {SICK} AND {_in('e.ts', start, end)}"),
                tolerance=0.5)


def late_count(start, end):
    return dict(value=one(f"SELECT count(*) FROM events e WHERE {CHECKIN} AND {LATE15} AND {_in('e.ts', start, end)}"),
                tolerance=0.5)


def sick_per_child(start, end):
    v = one(f"""SELECT count(*) FILTER (WHERE e.sick_day = 'yes') / count(DISTINCT e.customer_id) FROM events e
                WHERE e.touchpoint_id = 'tp_attendance' AND {_in('e.ts', start, end)}""")
    return dict(value=round(v, 3), tolerance=round(max(0.02, v * 0.02), 3))


def late_share(cond="1=1"):
    v = one(f"SELECT avg(({LATE15})::int) FROM events e WHERE {CHECKIN} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_late_campus(margin=2.0):
    rows = q(f"SELECT campus, avg(({LATE15})::int) r FROM events e WHERE {CHECKIN} GROUP BY 1 ORDER BY r DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def avg_late_when_late(start, end):
    v = one(f"""SELECT avg(e.minutes_late_pickup) FROM events e WHERE {CHECKIN} AND e.minutes_late_pickup > 0
                AND {_in('e.ts', start, end)}""")
    return dict(value=round(v, 3), tolerance=round(max(0.1, v * 0.02), 3))


WITHDRAW_RATE = """WITH s AS (SELECT customer_id, min(ts) ts FROM events WHERE touchpoint_id = 'tp_sign_contract'
                              GROUP BY 1),
                        w AS (SELECT customer_id, min(ts) tw FROM events WHERE touchpoint_id = 'tp_withdraw_request'
                              GROUP BY 1)
                   SELECT {by}, avg((w.tw IS NOT NULL AND w.tw > s.ts)::int) r
                   FROM s JOIN customers c USING (customer_id) LEFT JOIN w USING (customer_id)
                   GROUP BY 1 ORDER BY r DESC"""


def withdraw_rate(plan):
    rows = dict(q(WITHDRAW_RATE.format(by="c.plan")))
    return dict(value=round(rows[plan], 4), tolerance=0.01)


def top_withdraw_plan(col, margin=0.08):
    rows = q(WITHDRAW_RATE.format(by=col))
    assert rows[0][1] - rows[1][1] > margin, rows
    return dict(top_entity=rows[0][0])


# ---------- orders / customers ----------

def orders(start, end, agg="sum(o.amount)", status="paid", cond="1=1"):
    st = "1=1" if status is None else f"o.status = '{status}'"
    v = one(f"SELECT {agg} FROM orders o WHERE {st} AND {_in('o.ts', start, end)} AND ({cond})")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def orders_all(agg, cond):
    v = one(f"SELECT {agg} FROM orders o WHERE {cond}")
    if agg.startswith("count"):
        return dict(value=v, tolerance=0.5)
    return dict(value=round(float(v), 2), tolerance=round(max(0.05, float(v) * 0.002), 2))


def monthly_spend(start, end):
    v = one(f"""SELECT sum(amount) / count(DISTINCT (customer_id, strftime(ts, '%Y-%m'))) FROM orders o
                WHERE status = 'paid' AND order_type IN ('tuition', 'meal') AND {_in('o.ts', start, end)}""")
    return dict(value=round(float(v), 2), tolerance=round(float(v) * 0.005, 2))


def per_paying_family(start, end):
    v = one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o
                WHERE status = 'paid' AND {_in('o.ts', start, end)}""")
    return dict(value=round(float(v), 2), tolerance=round(float(v) * 0.005, 2))


def order_share(cond_share, start, end, cond="1=1"):
    v = one(f"SELECT avg(({cond_share})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    return dict(value=round(v, 4), tolerance=0.01)


def top_orders(by, start, end, cond="1=1", margin=1.1, lowest=False):
    rows = q(f"""SELECT {by}, sum(o.amount) n FROM orders o WHERE o.status = 'paid'
                 AND {_in('o.ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}""")
    big, small = (rows[1][1], rows[0][1]) if lowest else (rows[0][1], rows[1][1])
    assert big > small * margin, rows[:3]
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
    v = one(f"SELECT avg(f.rating) FROM feedback f WHERE f.rating IS NOT NULL AND {cond}")
    return dict(value=round(v, 3), tolerance=tol)


def fb_ratio(num, cond):
    return dict(value=round(one(f"SELECT avg(({num})::int) FROM feedback f WHERE {cond}"), 4), tolerance=0.01)


def top_fb(by, cond, margin=1.3):
    rows = q(f"SELECT {by}, count(*) n FROM feedback f WHERE {cond} GROUP BY 1 ORDER BY n DESC")
    assert rows[0][1] > rows[1][1] * margin, rows[:3]
    return dict(top_entity=rows[0][0])


def top_teacher_rating(min_n=20, margin=0.3):
    rows = q(f"""SELECT teacher_id, avg(rating) a FROM feedback WHERE channel = 'survey' AND rating IS NOT NULL
                 AND teacher_id IS NOT NULL GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY a DESC""")
    assert rows[0][1] - rows[1][1] > margin, rows[:3]
    return dict(top_entity=rows[0][0])


def month(y, m):
    last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def _like(col, words):
    return "(" + " OR ".join(f"lower({col}) LIKE '%{w.lower()}%'" for w in words) + ")"


ALL = ("2024-03-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H1_26 = ("2026-01-01", "2026-06-30")
NEG = "f.sentiment_label = 'neg'"
TOUR, SIGN, FIRST = "tp_tour_attended", "tp_sign_contract", "tp_first_day"
WREQ, REFUND = "tp_withdraw_request", "tp_deposit_refund"
T_SICK = _like("f.text", ["生病", "发烧", "感冒", "传染", "病假", "sick", "fever", "flu ", "colds"])
T_APP = _like("f.text", ["照片", "photo"])
T_FEES = _like("f.text", ["涨价", "学费", "太贵", "收费", "费用", "fees", "tuition", "expensive"])
T_PICKUP = _like("f.text", ["排队", "门口", "混乱", "pickup line", "pickup queue", "chaotic"])
T_CARING = _like("f.text", ["耐心", "用心", "温柔", "负责", "爱心", "patient", "caring"])


def gold() -> dict:
    return {
        # ---- funnels / conversion
        "lo01": lambda: conv("enrolment", *Y25),
        "lo02": lambda: top_lost("enrolment", *H1_26),
        "lo03": lambda: conv("enrolment", *quarter(2025, 3), upto=2),
        "lo04": lambda: step_rate(TOUR, SIGN, *Y25),
        "lo05": lambda: rank_step_rate(TOUR, SIGN, "a.campus", *ALL, lowest=True, margin=0.2),
        "lo06": lambda: step_rate(TOUR, SIGN, *Y25, "a.campus = '张江园'"),
        "lo07": lambda: step_rate(TOUR, SIGN, *Y25, "a.campus = '望京园'"),
        "lo09": lambda: conv("monthly", *month(2026, 3)),
        "lo10": lambda: conv("exit", *Y25),
        "lo11": lambda: step_rate(WREQ, "tp_exit_interview", *Y25),
        "lo12": lambda: rank_step_rate(TOUR, SIGN, "a.guide", *ALL, margin=0.1),
        # ---- time between steps
        "lo13": lambda: step_time(TOUR, SIGN, *Y25, by="b"),
        "lo14": lambda: step_time(TOUR, SIGN, *H1_26, by="b", agg="median"),
        "lo15": lambda: step_time(WREQ, REFUND, *Y25, by="a"),
        "lo16": lambda: step_time(WREQ, REFUND, "2025-09-01", "2025-12-31", by="a"),
        "lo17": lambda: step_time(WREQ, REFUND, *H1_25, by="a"),
        "lo18": lambda: step_time(SIGN, FIRST, *ALL, by="b"),
        # ---- money
        "lo19": lambda: orders(*Y25),
        "lo20": lambda: orders(*quarter(2025, 4), cond="o.order_type = 'tuition'"),
        "lo21": lambda: monthly_spend(*Y25),
        "lo22": lambda: per_paying_family(*H1_26),
        "lo23": lambda: orders(*month(2025, 10), agg="avg(o.amount)",
                               cond="o.order_type = 'tuition' AND o.plan = 'full_day'"),
        "lo24": lambda: orders(*month(2025, 8), agg="avg(o.amount)",
                               cond="o.order_type = 'tuition' AND o.plan = 'full_day'"),
        "lo25": lambda: orders_all("count(*)", "o.order_type = 'tuition' AND o.status = 'overdue'"),
        "lo26": lambda: orders_all("sum(o.amount)", "o.status = 'overdue'"),
        "lo28": lambda: top_orders("o.campus", *Y25, cond="o.order_type = 'tuition'", lowest=True),
        "lo29": lambda: orders(*month(2026, 6)),
        "lo30": lambda: orders(*month(2026, 5)),
        "lo31": lambda: order_share("o.status = 'overdue'", *Y25, cond="o.order_type = 'tuition'"),
        # ---- attendance, sick days, late pickups, thresholds
        "lo32": lambda: sick_days("2025-12-01", "2026-02-28"),
        "lo33": lambda: sick_per_child(*month(2026, 1)),
        "lo34": lambda: sick_per_child(*month(2025, 6)),
        "lo35": lambda: late_count(*Y25),
        "lo36": lambda: top_late_campus(),
        "lo37": lambda: late_share("e.campus = '国贸园'"),
        "lo38": lambda: late_share("e.campus = '望京园'"),
        "lo39": lambda: avg_late_when_late(*H1_26),
        "lo40": lambda: customers_count("c.child_age_months < 24"),
        "lo41": lambda: customers_share("c.plan = 'half_day'"),
        "lo42": lambda: withdraw_rate("half_day"),
        "lo43": lambda: withdraw_rate("full_day"),
        "lo44": lambda: top_withdraw_plan("c.plan"),
        "lo45": lambda: events_at(WREQ, "2025-09-01", "2025-11-30", distinct=True),
        "lo46": lambda: events_at(WREQ, "2024-09-01", "2024-11-30", distinct=True),
        "lo47": lambda: events_at(TOUR, "2025-04-14", "2025-04-20"),
        # ---- rankings
        "lo48": lambda: top_events("tp_trial_day", *Y25, "e.teacher_id", margin=1.3),
        "lo49": lambda: top_teacher_rating(),
        "lo50": lambda: top_events(TOUR, *Y25, "e.campus", margin=1.2),
        "lo51": lambda: top_customers("district", margin=1.3),
        "lo52": lambda: top_customers("acquisition_channel", margin=1.3),
        # ---- feedback
        "lo56": lambda: fb_topic_count(T_SICK),
        "lo57": lambda: fb_topic_count(T_APP),
        "lo58": lambda: fb_topic_count(T_FEES),
        "lo59": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 4))),
        "lo60": lambda: fb_ratio(NEG, _in("f.ts", *quarter(2025, 2))),
        "lo61": lambda: fb_avg(f"f.channel = 'survey' AND {_in('f.ts', *Y25)}"),
        "lo62": lambda: top_fb("f.campus", T_PICKUP, margin=1.5),
        "lo63": lambda: feedback_ids(f"{T_CARING} AND f.sentiment_label = 'pos'"),
        "lo66": lambda: fb_ratio("f.nps >= 9", f"f.channel = 'survey' AND f.nps IS NOT NULL AND {_in('f.ts', *H1_26)}"),
        "lo67": lambda: fb_topic_count(f"f.channel = 'exit_interview' AND {T_FEES}"),
        # ---- periods
        "lo68": lambda: events_at(FIRST, "2025-09-01", "2026-01-31"),
        "lo69": lambda: sick_days("2025-01-15", "2025-02-15"),
        "lo70": lambda: events_at(SIGN, *quarter(2026, 1)),
        "lo71": lambda: events_at("tp_ptm", *H1_26),
        "lo72": lambda: customers_count(_in("c.signup_at", *month(2025, 10))),
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
