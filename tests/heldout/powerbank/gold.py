"""Gold answers for the 电宝宝 ChargeBuddy power-bank held-out batch, from plain DuckDB SQL over the raw CSVs.

    python gold.py DATADIR batch1.yaml [--write]

Conventions:
- funnels follow DATA.md: a customer reaches step k when they have an event at step k's touchpoint after reaching
  step k-1, within the journey's window_days from their first step-1 event in the period; rates are per customer.
  Computed twice (later steps allowed after the period end / every step inside the period); the tolerance covers
  both readings. "Lose the most after step X" = the step with the most customers who reached it but not the next;
- a rental (借出 / successful rental) = one tp_eject event; an eject attempt = tp_eject or tp_eject_fail; eject
  failure rate = tp_eject_fail / (tp_eject + tp_eject_fail), by the event's date / cabinet_model / error_code;
  return failure rate (no free slot) = tp_return_fail / (tp_return + tp_return_fail) by the event's (= the return
  cabinet's) venue_type / venue_id / city; buy-out rate = tp_buyout / tp_eject by the rental's venue type;
- rental duration is per rental (rental_id): tp_eject to tp_return of the same rental, by the eject's date and
  venue; "returned to a different venue" = return_mode other_venue on the tp_return of rentals started there;
- authorisations = tp_auth events; auth_method credit_free (免押) / deposit (押金, a new 99 yuan deposit) /
  deposit_balance (押金余额); deposits paid = tp_auth with auth_method deposit;
- dispute to refund time is per dispute (rental_id): tp_dispute to tp_refund, by the dispute's date, over disputes
  that were refunded; deposit withdrawal time per request (session_id): tp_deposit_withdraw to tp_deposit_back;
- money = orders with status `paid` (rental + buy-out orders; cancelled = free short rentals, amount 0; refunded
  orders are not revenue), by the order's ts (= charge time) and its city; average order = over paid orders;
- per customer: events / distinct customers with at least one such event in the period; customer attributes
  (tier / 会员等级, payment_app, phone_os, acquisition_channel) from customers; signups by signup_at;
- zh questions expect the zh twin values (城市, 场所类型, 会员等级), en questions the en ones;
- feedback "negative" = the generator's truth sentiment (DATADIR/_truth/feedback_truth.csv, not a DATA.md table);
  topic counts use the truth topic with a 5 % tolerance; "all feedback" includes rows without ts; ratings are the
  `rating` column where present;
- periods are inclusive calendar dates; weeks run Monday-Sunday; relative periods resolve against the item's
  `as_of` (else 2026-07-31, the last day of the data).
"""
from __future__ import annotations

import calendar
import sys
from pathlib import Path

import duckdb
import yaml

CON: duckdb.DuckDBPyConnection


def load(data: Path) -> None:
    global CON
    CON = duckdb.connect()
    for t in ("touchpoints", "customers", "journeys"):
        CON.execute(f"CREATE VIEW {t} AS SELECT * FROM read_csv_auto('{data / (t + '.csv')}', header=true)")
    CON.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv_auto('{data / 'events.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'error_code': 'VARCHAR', 'battery_pct': 'DOUBLE',
                            'rental_minutes': 'DOUBLE', 'deposit_amount': 'DOUBLE', 'fault_type': 'VARCHAR',
                            'cable_type': 'VARCHAR', 'dispute_reason': 'VARCHAR'}})""")
    assert CON.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0] == 0
    CON.execute(f"""CREATE TABLE orders AS SELECT * FROM read_csv_auto('{data / 'orders.csv'}', header=true,
                    types={{'ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'refunded_at': 'TIMESTAMP'}})""")
    CON.execute(f"""CREATE TABLE feedback AS SELECT f.*, t.topic, t.sentiment FROM read_csv_auto('{data / 'feedback.csv'}',
                    header=true, types={{'ts': 'TIMESTAMP', 'rating': 'DOUBLE'}}) f
                    JOIN read_csv_auto('{data / '_truth' / 'feedback_truth.csv'}') t USING (feedback_id)""")
    # one row per rental that was ejected: start, venue, return time and mode
    CON.execute("""CREATE TABLE rentals AS
                   SELECT x.rental_id, x.customer_id, x.ts AS t_eject, x.venue_type, x."场所类型", x.city,
                          x.battery_pct, r.ts AS t_return, r.return_mode,
                          date_diff('second', x.ts, r.ts) / 3600.0 AS hours
                   FROM events x LEFT JOIN events r ON r.rental_id = x.rental_id AND r.touchpoint_id = 'tp_return'
                   WHERE x.touchpoint_id = 'tp_eject'""")


def q(sql: str):
    return CON.execute(sql).fetchall()


def one(sql: str):
    return q(sql)[0][0]


def _in(col: str, start: str, end: str) -> str:
    return f"{col} >= DATE '{start}' AND {col} < DATE '{end}' + INTERVAL 1 DAY"


def month(y, m):
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


# ---------- events ----------

def ev_count(tp, start, end, cond="1=1", distinct=False):
    what = "count(DISTINCT e.customer_id)" if distinct else "count(*)"
    return count(one(f"""SELECT {what} FROM events e JOIN customers c USING (customer_id)
                         WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""))


def ev_share(num_cond, tp, start, end, cond="1=1", tol=0.01):
    return rate(one(f"""SELECT avg(({num_cond})::int) FROM events e JOIN customers c USING (customer_id)
                        WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})"""), tol)


def ev_top(tp, col, start, end, cond="1=1", gap=1.15):
    rows = q(f"""SELECT {col}, count(*) n FROM events e JOIN customers c USING (customer_id)
                 WHERE e.touchpoint_id = '{tp}' AND {col} IS NOT NULL AND {_in('e.ts', start, end)} AND ({cond})
                 GROUP BY 1 ORDER BY n DESC""")
    return top(rows, gap)


def fail_rate(ok, bad, start, end, cond="1=1"):
    return rate(one(f"""SELECT count(*) FILTER (WHERE touchpoint_id = '{bad}') * 1.0 / count(*)
                        FROM events e JOIN customers c USING (customer_id)
                        WHERE touchpoint_id IN ('{ok}', '{bad}') AND {_in('e.ts', start, end)} AND ({cond})"""))


def top_fail_rate(ok, bad, by, start, end, gap=1.5, min_n=0):
    rows = q(f"""SELECT {by}, count(*) FILTER (WHERE touchpoint_id = '{bad}') * 1.0 / count(*) r FROM events e
                 WHERE touchpoint_id IN ('{ok}', '{bad}') AND {_in('e.ts', start, end)}
                 GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY r DESC""")
    return top(rows, gap)


def per_customer(tp, start, end, cond="1=1"):
    v = one(f"""SELECT count(*) * 1.0 / count(DISTINCT e.customer_id) FROM events e JOIN customers c USING (customer_id)
                WHERE e.touchpoint_id = '{tp}' AND {_in('e.ts', start, end)} AND ({cond})""")
    return num(v, rel=0.01, floor=0.02, nd=3)


def month_top(tp, start, end, cond="1=1", gap=1.1):
    return top(q(f"""SELECT strftime(ts, '%Y-%m') m, count(*) n FROM events e WHERE touchpoint_id = '{tp}'
                     AND {_in('ts', start, end)} AND ({cond}) GROUP BY 1 ORDER BY n DESC"""), gap)


# ---------- rentals / durations ----------

def rent_stat(expr, start, end, cond="1=1", rel=0.03, floor=0.01, nd=4, share=False):
    v = one(f"""SELECT {expr} FROM rentals r WHERE r.t_return IS NOT NULL AND {_in('r.t_eject', start, end)}
                AND ({cond})""")
    return rate(v) if share else num(v, rel=rel, floor=floor, nd=nd)


def rent_top(expr, start, end, gap=1.2, min_n=0):
    tops = set()
    for agg in (expr, "avg(hours)"):
        rows = q(f"""SELECT venue_type, {agg} v FROM rentals r WHERE t_return IS NOT NULL
                     AND {_in('t_eject', start, end)} GROUP BY 1 HAVING count(*) >= {min_n} ORDER BY v DESC""")
        top(rows, gap)
        tops.add(rows[0][0])
    assert len(tops) == 1, tops
    return dict(top_entity=tops.pop())


def buyout_top(by, start, end, min_n=500, gap=1.5):
    rows = q(f"""SELECT {by}, count(*) FILTER (WHERE touchpoint_id = 'tp_buyout') * 1.0
                     / count(*) FILTER (WHERE touchpoint_id = 'tp_eject') r FROM events e
                 WHERE touchpoint_id IN ('tp_eject', 'tp_buyout') AND {_in('e.ts', start, end)}
                 GROUP BY 1 HAVING count(*) FILTER (WHERE touchpoint_id = 'tp_eject') >= {min_n} ORDER BY r DESC""")
    return top(rows, gap)


def pair_hours(a, b, key, start, end, cond="1=1"):
    return f"""SELECT c.*, date_diff('second', x.ts, y.ts) / 3600.0 AS h
               FROM events x JOIN events y ON y.{key} = x.{key} AND y.touchpoint_id = '{b}'
               JOIN customers c ON c.customer_id = x.customer_id
               WHERE x.touchpoint_id = '{a}' AND {_in('x.ts', start, end)} AND ({cond})"""


def pair_value(a, b, key, start, end, agg="median", cond="1=1", rel=0.03, share=None):
    sub = pair_hours(a, b, key, start, end, cond)
    if share is not None:
        return rate(one(f"SELECT avg((h > {share})::int) FROM ({sub})"))
    return num(one(f"SELECT {agg}(h) FROM ({sub})"), rel=rel, floor=0.05, nd=2)


# ---------- orders / customers ----------

def orders_agg(start, end, cond="o.status = 'paid'", agg="sum"):
    v = one(f"SELECT {agg}(o.amount) FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})")
    if agg == "count":
        return count(v)
    return dict(value=round(float(v), 2), tolerance=round(max(0.5, float(v) * 0.002), 2))


def orders_top(col, start, end, cond="o.status = 'paid'", gap=1.08):
    rows = q(f"""SELECT {col}, sum(o.amount) v FROM orders o WHERE {_in('o.ts', start, end)} AND ({cond})
                 GROUP BY 1 ORDER BY v DESC""")
    return top(rows, gap)


def change(cur, prev, what="sum(o.amount)", cond="o.status = 'paid'"):
    a = one(f"SELECT {what} FROM orders o WHERE {_in('o.ts', *cur)} AND ({cond})")
    b = one(f"SELECT {what} FROM orders o WHERE {_in('o.ts', *prev)} AND ({cond})")
    return rate((a - b) / b)


def ev_change(tp, cur, prev, cond="1=1"):
    a, b = (one(f"SELECT count(*) FROM events e WHERE touchpoint_id = '{tp}' AND {_in('e.ts', *p)} AND ({cond})")
            for p in (cur, prev))
    return rate((a - b) / b)


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


def fb_top(col, cond, gap=1.3, lowest=False, agg="count(*)"):
    return top(q(f"""SELECT {col}, {agg} n FROM feedback f WHERE {col} IS NOT NULL AND {cond}
                     GROUP BY 1 ORDER BY n {'ASC' if lowest else 'DESC'}"""), gap, lowest=lowest)


def fb_ids(cond):
    ids = [r[0] for r in q(f"SELECT feedback_id FROM feedback f WHERE {cond} ORDER BY 1")]
    assert len(ids) >= 5, ids
    return dict(citations_from=ids)


ALL = ("2025-01-01", "2026-07-31")
Y25 = ("2025-01-01", "2025-12-31")
H1_25 = ("2025-01-01", "2025-06-30")
H2_25 = ("2025-07-01", "2025-12-31")
H1_26 = ("2026-01-01", "2026-06-30")
FW = ("2026-03-09", "2026-04-05")
WK_MAR16 = ("2026-03-16", "2026-03-22")
EJ, EJF, RT, RTF = "tp_eject", "tp_eject_fail", "tp_return", "tp_return_fail"
PAID_RENTAL = "o.status = 'paid' AND o.order_type = 'rental'"
NEG = "f.sentiment = 'negative'"


def gold() -> dict:
    return {
        # ---- rental funnel
        "pb01": lambda: conv("rental", *H2_25),
        "pb02": lambda: top_lost("rental", *quarter(2026, 1)),
        "pb03": lambda: conv("rental", *Y25, a=1, b=3, cust="c.payment_app = 'wechat'"),
        "pb04": lambda: conv("rental", *Y25, a=1, b=3, cust="c.payment_app = 'alipay'"),
        "pb05": lambda: conv("rental", *H1_26, a=1, b=3, cust="e.device = 'ios'"),
        "pb06": lambda: conv("rental", *H1_26, a=1, b=3, cust="e.device = 'android'"),
        # ---- authorisation
        "pb07": lambda: ev_share("e.auth_method = 'credit_free'", "tp_auth", *Y25),
        "pb08": lambda: ev_share("e.auth_method = 'credit_free'", "tp_auth", *H1_26, "c.payment_app = 'wechat'"),
        # ---- eject failures
        "pb10": lambda: fail_rate(EJ, EJF, *month(2026, 3)),
        "pb11": lambda: fail_rate(EJ, EJF, *month(2026, 2)),
        "pb12": lambda: top_fail_rate(EJ, EJF, "e.cabinet_model", *FW, gap=2.0),
        "pb13": lambda: ev_top(EJF, "e.error_code", *month(2026, 3), gap=1.5),
        "pb14": lambda: ev_count(EJF, *WK_MAR16),
        "pb15": lambda: fail_rate(EJ, EJF, *WK_MAR16, "e.cabinet_model = 'CB-24'"),
        # ---- return failures
        "pb16": lambda: top_fail_rate(RT, RTF, 'e."场所类型"', *ALL, gap=2.0),
        "pb17": lambda: fail_rate(RT, RTF, *Y25, "e.venue_type = 'hospital'"),
        "pb18": lambda: fail_rate(RT, RTF, *Y25, "e.venue_type = 'mall'"),
        "pb19": lambda: top_fail_rate(RT, RTF, "e.venue_id", *ALL, gap=1.3, min_n=50),
        "pb21": lambda: rent_stat("avg((r.return_mode = 'other_venue')::int)", *Y25, "r.venue_type = 'station'",
                                  share=True),
        # ---- durations
        "pb22": lambda: rent_stat("median(hours)", *Y25, "r.venue_type = 'hospital'", nd=2),
        "pb23": lambda: rent_top("median(hours)", *ALL),
        "pb24": lambda: rent_stat("median(hours)", *ALL, "r.venue_type = 'station'", nd=2),
        "pb25": lambda: rent_stat("avg((hours > 6)::int)", *quarter(2025, 4), share=True),
        # ---- buy-outs
        "pb26": lambda: buyout_top('e."场所类型"', *Y25),
        "pb27": lambda: ev_count("tp_buyout", *H1_26),
        # ---- disputes / refunds / deposits
        "pb29": lambda: ev_count("tp_dispute", *Y25),
        "pb30": lambda: ev_top("tp_dispute", "e.dispute_reason", *Y25, gap=1.3),
        "pb31": lambda: pair_value("tp_dispute", "tp_refund", "rental_id", *quarter(2026, 2)),
        "pb32": lambda: pair_value("tp_dispute", "tp_refund", "rental_id", *quarter(2025, 4)),
        "pb33": lambda: pair_value("tp_dispute", "tp_refund", "rental_id", *quarter(2026, 2), share=72),
        "pb34": lambda: conv("dispute_refund", *Y25),
        "pb35": lambda: top(q(f"""SELECT payment_app, median(h) v FROM ({pair_hours('tp_deposit_withdraw',
                              'tp_deposit_back', 'session_id', *ALL)}) GROUP BY 1 ORDER BY v DESC"""), gap=3),
        "pb36": lambda: pair_value("tp_deposit_withdraw", "tp_deposit_back", "session_id", *ALL, agg="avg",
                                   cond="c.payment_app = 'wechat'"),
        "pb37": lambda: conv("deposit_withdraw", *H1_26),
        # ---- money
        "pb38": lambda: orders_agg(*quarter(2025, 3)),
        "pb39": lambda: num(one(f"""SELECT avg(amount) FROM orders o WHERE {PAID_RENTAL} AND o.city = 'Shanghai'
                                    AND {_in('o.ts', *quarter(2025, 4))}"""), rel=0.005, floor=0.02, nd=2),
        "pb40": lambda: num(one(f"""SELECT avg(amount) FROM orders o WHERE {PAID_RENTAL} AND o.city = 'Shanghai'
                                    AND {_in('o.ts', *quarter(2025, 3))}"""), rel=0.005, floor=0.02, nd=2),
        "pb41": lambda: orders_top('o."城市"', *H1_26),
        "pb42": lambda: num(one(f"""SELECT sum(amount) / count(DISTINCT customer_id) FROM orders o
                                    WHERE o.status = 'paid' AND {_in('o.ts', *Y25)}"""), rel=0.005, floor=0.02, nd=2),
        "pb43": lambda: ev_change(EJ, quarter(2025, 4), quarter(2025, 3), "e.city = 'Shanghai'"),
        "pb44": lambda: change(month(2026, 6), month(2026, 5)),
        "pb45": lambda: orders_agg(*month(2026, 4)),
        # ---- per customer
        "pb46": lambda: per_customer(EJ, *Y25, "c.tier = 'gold'"),
        "pb47": lambda: per_customer(EJ, *Y25, "c.tier = 'basic'"),
        # ---- customers
        "pb49": lambda: customers_share("c.payment_app = 'wechat'"),
        "pb50": lambda: customers_share("NOT EXISTS (SELECT 1 FROM events e WHERE e.customer_id = c.customer_id "
                                        "AND e.touchpoint_id = 'tp_eject')"),
        "pb51": lambda: customers_count(_in("c.signup_at", *month(2026, 5))),
        "pb52": lambda: customers_top("c.acquisition_channel", _in("c.signup_at", *Y25), gap=2),
        # ---- counts / trends
        "pb54": lambda: ev_count(EJ, *month(2025, 10)),
        "pb55": lambda: ev_count(EJ, "2025-03-03", "2025-03-09", distinct=True),
        "pb56": lambda: month_top(EJ, *Y25),
        "pb57": lambda: month_top(EJ, *H1_26, "e.venue_type = 'station'"),
        "pb58": lambda: ev_count("tp_deposit_withdraw", *quarter(2026, 2)),
        "pb59": lambda: num(one(f"""SELECT avg(battery_pct) FROM events e WHERE touchpoint_id = '{EJ}'
                                    AND venue_type = 'restaurant' AND {_in('e.ts', *Y25)}"""), rel=0.005, nd=2),
        "pb60": lambda: ev_share("e.battery_pct < 50", EJ, *Y25, "e.venue_type = 'restaurant'"),
        # ---- feedback
        "pb61": lambda: fb_top("f.touchpoint_id", NEG, gap=1.4),
        "pb62": lambda: fb_ids("f.touchpoint_id = 'tp_return_fail'"),
        "pb63": lambda: fb_count("f.topic = 'cable'", rel=0.05),
        "pb64": lambda: fb_ratio(NEG, _in("f.ts", *H1_26)),
        "pb65": lambda: fb_top("f.venue_type", "f.rating IS NOT NULL", agg="avg(rating)", lowest=True, gap=1.1),
        "pb66": lambda: fb_top("f.touchpoint_id", "f.rating IS NOT NULL", agg="avg(rating)", gap=1.2),
        "pb67": lambda: fb_ids("f.topic = 'buyout'"),
        "pb68": lambda: fb_count("f.ts IS NULL"),
        "pb69": lambda: fb_ratio("f.rating <= 2", "f.channel = 'app_review'"),
        "pb70": lambda: fb_count(f"f.topic = 'price_high' AND f.city = 'Shanghai' AND {_in('f.ts', *quarter(2025, 4))}",
                                 rel=0.05),
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
