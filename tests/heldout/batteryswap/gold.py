"""Gold answers for the SwapGo 闪换 battery-swap held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a rider reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; rates are per rider.
  Rates are computed with later steps allowed after the period end and with every step inside the period; the
  tolerance covers both readings. "Lose the most after step X" = the step with the most riders who reached it but
  not the next one;
- a swap (换电) = one tp_swap_success event; a failed swap = one tp_swap_fail event; swap attempts = both;
  cabinet failure rate = tp_swap_fail / (tp_swap_success + tp_swap_fail), by the event's cabinet_model /
  cabinet_id / district / date. A rider's first swap = their earliest tp_swap_success (the first battery pick-up,
  battery_soc empty). battery_soc (SOC of the returned battery, %) and swap_seconds live on tp_swap_success;
- "riders who swapped" / active riders in a month = distinct customers with a tp_swap_success that month; swaps
  per rider = swaps / those riders;
- times between steps are per rider: earliest event of step A (in the stated cohort) to the rider's first event of
  step B after it; medians and means over riders who reached B. Refund time = tp_refund_apply to tp_deposit_refund;
- renewal rate = plan-expiry reminders (tp_renew_reminder) followed by a tp_renew within 7 days / reminders, by
  the reminder's date and plan; the tolerance also covers renewals / reminders counted in the same period.
  90-day retention = share of riders (by first-swap cohort) with a swap 61–90 days after the first swap;
- money = orders with status `paid`; plan revenue = paid orders of order_type plan + renewal; deposits are not
  revenue; deposit refunds = deposit orders with status refunded, by `refunded_at`;
- customer attributes (city / 城市, rider_type / 骑手类型, acquisition_channel, platform, battery_type) from
  customers; zh questions expect the zh twin (城市, 套餐), en questions the en one;
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes the app reviews without a date;
- exact duplicate event rows (same event_id) are loaded once; periods are inclusive calendar dates; relative
  periods resolve against the item's `as_of` (else 2026-08-31, the last day of the data).
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection
SW, FAIL = "tp_swap_success", "tp_swap_fail"


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "customers", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE events AS SELECT DISTINCT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'battery_soc': 'DOUBLE', 'swap_seconds': 'DOUBLE',
                            'deposit_amount': 'DOUBLE', 'fault_code': 'VARCHAR', 'plan': 'VARCHAR'}})""")
    assert one("SELECT count(*) - count(DISTINCT event_id) FROM events") == 0
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'refunded_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT f.*, t.topic, t.sentiment FROM read_csv_auto('{data / 'feedback.csv'}',
                    header=true, types={{'ts': 'TIMESTAMP', 'rating': 'DOUBLE', 'nps': 'DOUBLE'}}) f
                    JOIN read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}') t USING (feedback_id)""")
    CON.execute(f"""CREATE TABLE firsts AS SELECT customer_id, min(ts) AS fs FROM events
                    WHERE touchpoint_id = '{SW}' GROUP BY 1""")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
    import calendar
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def quarter(y, k):
    return (month(y, 3 * k - 2)[0], month(y, 3 * k)[1])


def num(v, rel=0.03, floor=0.01, nd=4):
    v = float(v)
    return dict(value=round(v, nd), tolerance=round(max(floor, abs(v) * rel), nd))


def count(v):
    return dict(value=int(v), tolerance=0.5)


def rate(v, tol=0.01):
    return dict(value=round(float(v), 4), tolerance=tol)


def top(rows, gap=1.1, lowest=False):
    """rows sorted best first (value in column 1)."""
    a, b = rows[0][1], rows[1][1]
    if lowest:
        assert b > a * gap or b - a > 0.04, rows[:4]
    else:
        assert a > b * gap, rows[:4]
    return dict(top_entity=str(rows[0][0]))


# ---------- funnels ----------

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


def conv(journey, start, end, a=1, b=None, **kw):
    vals = []
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded, **kw)
        vals.append(c[(b or len(c)) - 1] / c[a - 1])
    return dict(value=round(vals[0], 4), tolerance=round(max(0.01, abs(vals[0] - vals[1]) + 0.005), 4))


def top_lost(journey, start, end):
    steps, _ = _steps(journey)
    tops = set()
    for bounded in (False, True):
        c = funnel(journey, start, end, bounded=bounded)
        lost = [c[i] - c[i + 1] for i in range(len(c) - 1)]
        best = max(range(len(lost)), key=lambda i: lost[i])
        assert lost[best] > sorted(lost)[-2] * 1.1, (c, lost)
        tops.add(steps[best])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def top_conv(journey, start, end, column, lowest=False, min_n=60, gap=0.04):
    vals = [r[0] for r in q(f"SELECT DISTINCT {column} FROM customers c WHERE {column} IS NOT NULL")]
    rates = {}
    for v in vals:
        c = funnel(journey, start, end, cust=f"{column} = '{v}'")
        if c[0] >= min_n:
            rates[v] = c[-1] / c[0]
    order = sorted(rates, key=rates.get, reverse=not lowest)
    assert abs(rates[order[0]] - rates[order[1]]) > gap, rates
    return dict(top_entity=order[0])


# ---------- events ----------

def ev_count(tp, start, end, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def per_day(tp, start, end, ndays):
    n = one(f"SELECT count(*) FROM events e WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)}")
    return num(n / ndays, rel=0.005, floor=0.1, nd=2)


def ev_share(num_cond, tp, start, end, cond="1=1", tol=0.01):
    return rate(one(f"""SELECT avg(({num_cond})::int) FROM events e JOIN customers c USING (customer_id)
                        WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""), tol)


def ev_avg(col, tp, start, end, cond="1=1", rel=0.01, floor=0.05):
    return num(one(f"""SELECT avg({col}) FROM events e WHERE e.touchpoint_id = '{tp}' AND {col} IS NOT NULL
                       AND {_in('e.ts', start, end)} AND ({cond})"""), rel=rel, floor=floor, nd=2)


def ev_top(tp, col, start, end, cond="1=1", gap=1.15):
    rows = q(f"""SELECT {col}, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {col} IS NOT NULL AND {_in('e.ts', start, end)} AND ({cond})
                 GROUP BY 1 ORDER BY n DESC""")
    return top(rows, gap)


def fail_rate(start, end, cond="1=1"):
    return rate(one(f"""SELECT count(*) FILTER (WHERE touchpoint_id = '{FAIL}') * 1.0 / count(*) FROM events e
                        WHERE touchpoint_id IN ('{SW}', '{FAIL}') AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_fail_rate(by, start, end, cond="1=1", gap=1.5, min_n=200):
    rows = q(f"""SELECT {by}, count(*) FILTER (WHERE touchpoint_id = '{FAIL}') * 1.0 / count(*) r FROM events e
                 WHERE touchpoint_id IN ('{SW}', '{FAIL}') AND {_in('e.ts', start, end)} AND ({cond})
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    return top(rows, gap)


def per_rider(start, end, cond="1=1"):
    v = one(f"""SELECT count(*) * 1.0 / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{SW}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return num(v, rel=0.01, floor=0.05, nd=2)


def gaps(tp_a, tp_b, start=None, end=None, cond="1=1", first_b=False):
    """per rider: first tp_a (cohort by its date) → first tp_b after it, in hours."""
    per = f"AND {_in('a.ta', start, end)}" if start else ""
    b_sql = (f"SELECT customer_id, fs AS tb FROM firsts" if first_b else
             f"SELECT a.customer_id, min(e.ts) AS tb FROM a JOIN events e ON e.customer_id = a.customer_id "
             f"AND e.touchpoint_id = '{tp_b}' AND e.ts > a.ta GROUP BY 1")
    return f"""WITH a AS (SELECT customer_id, min(ts) AS ta FROM events WHERE touchpoint_id = '{tp_a}' GROUP BY 1),
               b AS ({b_sql})
               SELECT c.*, date_diff('second', a.ta, b.tb) / 3600.0 AS h FROM a JOIN b USING (customer_id)
               JOIN customers c USING (customer_id) WHERE b.tb > a.ta {per} AND ({cond})"""


def gap_value(tp_a, tp_b, start=None, end=None, cond="1=1", agg="median", unit=1.0, first_b=False, rel=0.03):
    v = one(f"SELECT {agg}(h) / {unit} FROM ({gaps(tp_a, tp_b, start, end, cond, first_b)})")
    return num(v, rel=rel, floor=0.05, nd=2)


def gap_top(tp_a, tp_b, by, agg="median", first_b=False, gap=1.5):
    tops = set()
    for a in (agg, "avg"):
        rows = q(f"SELECT {by}, {a}(h) v FROM ({gaps(tp_a, tp_b, first_b=first_b)}) GROUP BY 1 ORDER BY v DESC")
        top(rows, gap)
        tops.add(str(rows[0][0]))
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


# ---------- renewal / retention ----------

def renewal_rate(start, end, cond="1=1"):
    matched = one(f"""SELECT avg((EXISTS (SELECT 1 FROM events x WHERE x.customer_id = e.customer_id
                          AND x.touchpoint_id = 'tp_renew' AND x.ts > e.ts AND x.ts <= e.ts + INTERVAL 7 DAY))::int)
                      FROM events e JOIN customers c USING (customer_id) WHERE e.touchpoint_id = 'tp_renew_reminder'
                      AND {_in('e.ts', start, end)} AND ({cond})""")
    ratio = one(f"""SELECT count(*) FILTER (WHERE e.touchpoint_id = 'tp_renew') * 1.0
                        / count(*) FILTER (WHERE e.touchpoint_id = 'tp_renew_reminder')
                    FROM events e JOIN customers c USING (customer_id) WHERE {_in('e.ts', start, end)} AND ({cond})""")
    return dict(value=round(matched, 4), tolerance=round(max(0.01, abs(matched - ratio) + 0.005), 4))


def top_renewal(by, start, end, lowest=True, gap=0.1):
    rows = q(f"""SELECT {by}, avg((EXISTS (SELECT 1 FROM events x WHERE x.customer_id = e.customer_id
                     AND x.touchpoint_id = 'tp_renew' AND x.ts > e.ts AND x.ts <= e.ts + INTERVAL 7 DAY))::int) r
                 FROM events e JOIN customers c USING (customer_id) WHERE e.touchpoint_id = 'tp_renew_reminder'
                 AND {_in('e.ts', start, end)} GROUP BY 1 ORDER BY r {'ASC' if lowest else 'DESC'}""")
    assert abs(rows[0][1] - rows[1][1]) > gap, rows
    return dict(top_entity=str(rows[0][0]))


def top_retention(by, start, end, gap=0.05):
    rows = q(f"""SELECT {by}, avg((EXISTS (SELECT 1 FROM events x WHERE x.customer_id = f.customer_id
                     AND x.touchpoint_id = '{SW}' AND x.ts > f.fs + INTERVAL 60 DAY
                     AND x.ts <= f.fs + INTERVAL 90 DAY))::int) r
                 FROM firsts f JOIN customers c USING (customer_id) WHERE {_in('f.fs', start, end)}
                 GROUP BY 1 ORDER BY r DESC""")
    assert rows[0][1] - rows[1][1] > gap, rows
    return dict(top_entity=str(rows[0][0]))


# ---------- orders / customers ----------

PLAN_REV = "o.status = 'paid' AND o.order_type IN ('plan', 'renewal')"


def orders_agg(start, end, cond, agg="sum", col="o.ts"):
    v = one(f"SELECT {agg}(o.amount) FROM orders o WHERE {_in(col, start, end)} AND ({cond})")
    if agg == "count":
        return count(v)
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


def orders_top(col, start, end, cond, gap=1.08):
    rows = q(f"""SELECT {col}, sum(o.amount) v FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})
                 GROUP BY 1 ORDER BY v DESC""")
    return top(rows, gap)


def orders_share(num_cond, start, end, cond):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})"))


def customers_count(cond):
    return count(one(f"SELECT count(*) FROM customers c WHERE {cond}"))


def customers_share(num_cond, cond="1=1"):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM customers c WHERE {cond}"))


def customers_top(col, cond="1=1", gap=1.2):
    return top(q(f"SELECT {col}, count(*) n FROM customers c WHERE {cond} GROUP BY 1 ORDER BY n DESC"), gap)


# ---------- feedback ----------

def fb_count(cond, rel=0.0):
    n = one(f"SELECT count(*) FROM feedback f WHERE {cond}")
    return dict(value=n, tolerance=max(0.5, round(n * rel, 1)))


def fb_ratio(num_cond, cond):
    return rate(one(f"SELECT avg(({num_cond})::int) FROM feedback f WHERE {cond}"))


def fb_avg(col, cond, tol=0.03):
    return dict(value=round(one(f"SELECT avg({col}) FROM feedback f WHERE {col} IS NOT NULL AND {cond}"), 3),
                tolerance=tol)


def fb_top(col, cond, gap=1.3):
    return top(q(f"""SELECT {col}, count(*) n FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                     GROUP BY 1 ORDER BY n DESC"""), gap)


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


ALL = ("2025-01-01", "2026-08-31")
Y25 = ("2025-01-01", "2025-12-31")
Y26 = ("2026-01-01", "2026-08-31")
H1_26 = ("2026-01-01", "2026-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
HEAT = ("2026-07-13", "2026-07-26")
LITE_LATE = ("2026-03-01", "2026-08-31")
NEG = "f.sentiment = 'negative'"


def gold() -> dict:
    return {
        # ---- onboarding / refund funnels
        "bs01": lambda: conv("onboarding", *Y25),
        "bs02": lambda: top_lost("onboarding", *quarter(2026, 2)),
        "bs03": lambda: top_conv("onboarding", *ALL, 'c."城市"', lowest=True),
        "bs04": lambda: conv("onboarding", *H1_26, a=3, b=4),
        "bs05": lambda: conv("deposit_refund", *Y26),
        "bs06": lambda: conv("deposit_refund", *Y25),
        # ---- renewal / retention
        "bs07": lambda: renewal_rate(*LITE_LATE, "e.plan = 'lite'"),
        "bs08": lambda: renewal_rate(*Y25, "e.plan = 'lite'"),
        "bs09": lambda: top_renewal('e."套餐"', *LITE_LATE),
        "bs10": lambda: renewal_rate(*ALL, "c.acquisition_channel = 'referral'"),
        "bs11": lambda: renewal_rate(*ALL, "c.acquisition_channel <> 'referral'"),
        "bs12": lambda: top_retention("c.acquisition_channel", *Y25),
        "bs13": lambda: ev_count("tp_renew", *quarter(2026, 2)),
        # ---- times between steps
        "bs14": lambda: gap_value("tp_deposit_pay", SW, *Y25, first_b=True),
        "bs15": lambda: gap_top("tp_verify_pass", SW, '"城市"', first_b=True),
        "bs16": lambda: gap_value("tp_verify_pass", SW, cond="c.\"城市\" = '成都'", first_b=True),
        "bs17": lambda: gap_value("tp_verify_submit", "tp_verify_pass", cond="c.city = 'Chengdu'", agg="avg"),
        "bs18": lambda: gap_value("tp_verify_submit", "tp_verify_pass", cond="c.city = 'Wuhan'", agg="avg"),
        "bs19": lambda: gap_value("tp_refund_apply", "tp_deposit_refund", *Y26, agg="avg", unit=24.0),
        "bs20": lambda: gap_top("tp_refund_apply", "tp_deposit_refund", '"城市"', agg="avg", gap=1.4),
        # ---- per rider / per day
        "bs21": lambda: per_rider(*month(2026, 5)),
        "bs22": lambda: per_rider(*month(2026, 6), "c.rider_type = 'dedicated'"),
        "bs23": lambda: per_rider(*month(2026, 6), "c.rider_type = 'crowdsource'"),
        "bs24": lambda: per_day(SW, *HEAT, 14),
        # ---- thresholds / shares
        "bs26": lambda: ev_share("e.swap_seconds > 60", SW, *quarter(2026, 1)),
        "bs27": lambda: ev_share("e.swap_seconds > 60", SW, *ALL, "e.cabinet_model = 'SG-16'"),
        "bs28": lambda: ev_count(SW, *Y25, "e.battery_soc < 10"),
        "bs29": lambda: ev_avg("battery_soc", SW, *Y26),
        "bs30": lambda: orders_share("o.plan = 'unlimited'", *Y25, "o.order_type = 'plan' AND o.status = 'paid'"),
        "bs31": lambda: ev_share("e.deposit_amount = 800", "tp_deposit_pay", *ALL),
        # ---- cabinet faults
        "bs33": lambda: top_fail_rate("e.cabinet_model", *ALL),
        "bs34": lambda: fail_rate(*ALL, "e.cabinet_model = 'SG-16'"),
        "bs35": lambda: fail_rate(*ALL, "e.cabinet_model = 'SG-20'"),
        "bs36": lambda: ev_top(FAIL, "e.cabinet_id", *Y25, gap=1.5),
        "bs37": lambda: ev_top(FAIL, "e.fault_code", *quarter(2026, 2), gap=1.5),
        "bs38": lambda: ev_count(FAIL, *month(2026, 7)),
        "bs39": lambda: top_fail_rate("e.cabinet_id", *Y26, gap=1.3),
        # ---- battery faults
        "bs40": lambda: ev_count("tp_battery_fault", *HEAT),
        "bs41": lambda: ev_top("tp_battery_fault", "e.fault_code", *month(2026, 7), gap=2),
        "bs42": lambda: num(one(f"""SELECT 1000.0 * count(*) FILTER (WHERE touchpoint_id = 'tp_battery_fault')
                                    / count(*) FILTER (WHERE touchpoint_id = '{SW}') FROM events e
                                    WHERE {_in('e.ts', *Y25)}"""), rel=0.01, floor=0.05, nd=3),
        # ---- trends
        "bs43": lambda: top(q(f"""SELECT strftime(ts, '%Y-%m') m, count(*) n FROM events WHERE touchpoint_id = '{SW}'
                                  AND {_in('ts', *Y26)} GROUP BY 1 ORDER BY n DESC"""), gap=1.1),
        "bs44": lambda: ev_count(SW, *month(2026, 7)),
        "bs45": lambda: ev_count(SW, *month(2026, 6)),
        "bs47": lambda: ev_count(SW, *Y25),
        "bs49": lambda: ev_count(SW, *month(2026, 8), distinct=True),
        # ---- money
        "bs50": lambda: orders_agg(*H1_26, PLAN_REV),
        "bs51": lambda: orders_top("o.plan", *Y25, PLAN_REV),
        "bs52": lambda: orders_agg(*quarter(2026, 2), "o.order_type = 'deposit' AND o.status = 'refunded'",
                                   col="o.refunded_at"),
        "bs53": lambda: orders_agg(*month(2026, 8), PLAN_REV),
        "bs55": lambda: orders_agg(*month(2025, 10), "o.order_type = 'renewal' AND o.status = 'paid'", agg="avg"),
        # ---- riders / referrals
        "bs56": lambda: customers_count("c.acquisition_channel = 'referral'"),
        "bs57": lambda: ev_count("tp_referral_invite", *H1_26),
        "bs58": lambda: customers_top("c.platform"),
        # ---- feedback
        "bs61": lambda: fb_top("f.touchpoint_id", NEG, gap=1.5),
        "bs62": lambda: fb_count("f.topic = 'cabinet_fault'", rel=0.05),
        "bs63": lambda: fb_ratio(NEG, _in("f.ts", *H1_26)),
        "bs64": lambda: fb_avg("rating", f"f.channel = 'post_swap' AND {_in('f.ts', *month(2026, 7))}"),
        "bs65": lambda: fb_avg("rating", f"f.channel = 'post_swap' AND {_in('f.ts', *month(2026, 6))}"),
        "bs66": lambda: fb_ids("f.topic = 'verification_slow' AND f.city = 'Chengdu'"),
        "bs67": lambda: fb_count("f.ts IS NULL"),
        "bs68": lambda: fb_count("f.topic = 'refund_slow'", rel=0.05),
        "bs69": lambda: fb_ids("f.topic = 'plan_cap'"),
        "bs70": lambda: fb_ratio("f.rating <= 2", "f.channel = 'app_review'"),
        "bs71": lambda: fb_avg("nps", "f.channel = 'survey'", tol=0.05),
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
